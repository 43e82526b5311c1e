"""How HTML and Markdown become blocks: list items on their own, with their link density."""

from __future__ import annotations

import pytest

from workbench.ingest import markup


def _blocks(body: str) -> list[tuple[str, bool, float | None]]:
    """(text, is a list item, share of link characters to 2 places) per block."""
    return [
        (b.text, b.bullet, None if b.links is None else round(b.links, 2))
        for b in markup.html_blocks(f"<html><body>{body}</body></html>")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A related-stories list: each headline is a block of its own, all link text.
        (
            "<div>Most read<ul><li><a href='/a'>Dam at a record low</a></li>"
            "<li><a href='/b'>Steel prices slide</a></li></ul></div>",
            [("Most read", False, 0.0), ("Dam at a record low", True, 1.0),
             ("Steel prices slide", True, 1.0)],
        ),
        # A list of sentences in an article: blocks too, with no link text.
        (
            "<p>Two rules:</p><ol><li>Rise at a fixed hour.</li><li>Avoid screens.</li></ol>",
            [("Two rules:", False, 0.0), ("Rise at a fixed hour.", True, 0.0),
             ("Avoid screens.", True, 0.0)],
        ),
        # A link inside a sentence counts its characters only.
        (
            "<p>Read the <a>report</a> online.</p>",
            [("Read the report online.", False, 0.3)],
        ),
    ],
)  # fmt: skip
def test_list_items_are_blocks_with_their_link_density(
    body: str, expected: list[tuple[str, bool, float | None]]
) -> None:
    assert _blocks(body) == expected


def test_plain_text_has_no_link_density() -> None:
    from workbench.ingest.extract import plain_blocks

    assert [b.links for b in plain_blocks("One line.\n- an item\n")] == [None, None]


def test_a_markdown_list_item_is_a_bullet_block() -> None:
    blocks = markup.markdown_blocks("Kim a promis son soutien.\n\n- Un point.\n")
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Kim a promis son soutien.", False),
        ("Un point.", True),
    ]
