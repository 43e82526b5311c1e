"""A Markdown page's front matter is its metadata, not its text (newcomer38 MEDIUM 2).

Hugo, Jekyll and most static-site generators open a page with its metadata between two
``---`` lines (YAML) or ``+++`` lines (TOML). Read as CommonMark, the YAML's lines were one
heading ("title: … date: 2026-10-02 author: … draft: false"), paired 1.000 with the
original's, and the page's real "# Title" was classed as debris beside it. Now the
metadata is left out, as an HTML page's <head> is, but for the values a translation
carries: the title (a heading) and its summary lines, each once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import pipeline
from workbench.ingest.markup import markdown_blocks
from workbench.model import Kind
from workbench.store import Store

BODY = "# Cinq erreurs avec mon levain\n\nQuand j'ai commencé, je pensais que c'était simple.\n"
OWN_TITLE = "# Mes débuts avec le levain\n\nQuand j'ai commencé, je pensais que c'était simple.\n"
HUGO = """---
title: "Cinq erreurs avec mon levain"
date: 2026-10-02
description: >
  Ce que j'aurais aimé savoir
  avant mon premier pain.
tags: [pâtisserie, levain]
draft: false
---

"""
# A colon inside a plain value: YAML a generator refuses, every line still a key.
BY_HAND = """---
title: "Cinq erreurs avec mon levain"
author: Priya Nair (traduction : Lucie Marchal)
tags: [pâtisserie, levain]
---
"""
TOML = """+++
title = "Cinq erreurs avec mon levain"
date = 2026-10-02
summary = "Ce que j'aurais aimé savoir."
+++
"""


def _read(source: str) -> list[tuple[Kind | None, str]]:
    return [(b.hint, b.text) for b in markdown_blocks(source)]


@pytest.mark.parametrize(
    ("head", "summary"),
    [
        (HUGO, "Ce que j'aurais aimé savoir avant mon premier pain."),
        (BY_HAND, None),
        (TOML, "Ce que j'aurais aimé savoir."),
    ],
    ids=["yaml", "yaml-by-hand", "toml"],
)
def test_only_the_title_and_summary_of_the_front_matter_are_text(
    head: str, summary: str | None
) -> None:
    blocks = _read(head + OWN_TITLE)

    assert blocks[0] == (Kind.HEADING, "Cinq erreurs avec mon levain")
    assert (summary is None) or blocks[1] == (Kind.BODY, summary)
    assert blocks[-2:] == [
        (Kind.HEADING, "Mes débuts avec le levain"),
        (None, "Quand j'ai commencé, je pensais que c'était simple."),
    ]
    assert not any(key in text for _, text in blocks for key in ("date", "tags", "draft", "2026"))


def test_a_title_the_page_writes_again_is_one_block() -> None:
    assert _read(BY_HAND + BODY) == [
        (Kind.HEADING, "Cinq erreurs avec mon levain"),
        (None, "Quand j'ai commencé, je pensais que c'était simple."),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "---\n\nUn paragraphe après un filet.\n\n---\n\nUn autre.\n",  # thematic breaks
        "---\nUne ligne sans clé, puis un titre souligné\n---\n\nLe texte.\n",  # setext
        "---\ntitle: jamais fermé\n\nLe texte.\n",  # no closing fence
    ],
    ids=["breaks", "setext-heading", "unclosed"],
)
def test_a_page_that_opens_with_a_rule_but_no_metadata_is_read_as_before(source: str) -> None:
    from markdown_it import MarkdownIt

    from workbench.ingest.markup import html_blocks

    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(source)
    as_before = [(b.hint, b.text) for b in html_blocks(f"<html><body>{rendered}</body></html>")]

    assert _read(source) == as_before


def test_an_ingested_page_has_its_title_and_no_metadata(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "levain.fr.md"
    path.write_text(BY_HAND + BODY, encoding="utf-8")

    pipeline.ingest_paths(store, [path])

    assert [(s.kind, s.text) for s in store.segments("levain.fr")] == [
        (Kind.HEADING, "Cinq erreurs avec mon levain"),
        (Kind.BODY, "Quand j'ai commencé, je pensais que c'était simple."),
    ]
