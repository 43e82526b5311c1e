"""Reader comments held in a container of their own are debris, however well they read."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import markup
from workbench.ingest.extract import classify
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages

STORY = (
    "<h1>Council approves the new tram line</h1>"
    "<p>The city council approved the new tram line on Tuesday after a long debate.</p>"
    "<p>Work on the first section will start in the spring and last two years.</p>"
    "<p>Residents of the eastern districts have asked for the line for a decade.</p>"
)
CAPTION = "Fachadas modernistas en la calle de San Antolín."
COMMENT = "About time! The council should have done this years ago."


@pytest.mark.parametrize(
    "container",
    [
        '<section id="comments"><h2>3 comments</h2><p>{}</p></section>',
        '<div class="comments-area"><ol class="comment-list"><li class="comment">'
        '<div class="comment-content"><p>{}</p></div></li></ol></div>',
        '<div id="disqus_thread"><p>{}</p></div>',
        '<div class="article__replies"><p>{}</p></div>',
        '<section class="kommentare"><p>{}</p></section>',
    ],
)
def test_a_comment_in_a_comment_container_is_debris(container: str) -> None:
    page = f"<html><body><article>{STORY}</article>{container.format(COMMENT)}</body></html>"
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds[COMMENT] is Kind.BOILERPLATE
    assert all(kinds[t] is Kind.BODY for t in kinds if t.startswith(("The city", "Work on")))


@pytest.mark.parametrize(
    "page",
    [
        # An opinion column's class is not a comment thread's.
        f'<html><body><article class="commentary">{STORY}</article></body></html>',
        # A page's state ("comments are open") says nothing of where the comments are.
        f'<html><body class="comments-open"><article>{STORY}</article></body></html>',
        f'<html><body><article class="post no-comments">{STORY}</article></body></html>',
        # A container that holds the page's title holds the article.
        f'<html><body><div id="comments-wrapper">{STORY}</div></body></html>',
        # A container of the article's paragraphs with a comment class (a theme's wrapper that
        # also holds the thread to come): the page's prose is no comment thread.
        STORY.replace("</h1>", '</h1><div class="entry-body comments-wrap">', 1).join(
            ["<html><body>", "</div></body></html>"]
        ),
    ],
)
def test_an_article_is_never_taken_for_a_comment_thread(page: str) -> None:
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    assert [b.kind for b in blocks] == [Kind.HEADING, Kind.BODY, Kind.BODY, Kind.BODY]


@pytest.mark.parametrize(
    "header",
    [
        # The article's own header: its <h1> is the headline, whatever <header> says.
        '<header class="entry-header"><a>Plats mijotés</a><h1>{}</h1></header>',
        '<div class="kopf">Morgenblatt <a>Anmelden</a></div><h1>{}</h1>',
    ],
)
def test_the_page_s_h1_is_its_title(header: str) -> None:
    headline = "Stadtrat beschließt autofreie Innenstadt ab 2027"
    page = f"<html><body>{header.format(headline)}{STORY.split('</h1>')[1]}</body></html>"
    raw = markup.html_blocks(page)
    assert [b.text for b in raw if b.title] == [headline]
    blocks, _ = classify(raw, detect_languages)
    assert next(b.kind for b in blocks if b.text == headline) is not Kind.BOILERPLATE


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>Business</h1><p>Markets rallied on Friday.</p></body></html>",
        "<html><body><nav><h1>The Daily Meridian Online</h1></nav><p>Hi there.</p></body></html>",
    ],
)
def test_a_section_name_or_a_menu_s_h1_is_no_title(page: str) -> None:
    assert not any(b.title for b in markup.html_blocks(page))


TABLE = (
    "<table><tr><th>Bin</th><th>Price</th></tr><tr><td>Garden waste</td><td>£45 a year</td></tr>"
    "<tr><td>Extra recycling box</td><td>£8</td></tr><tr><td>Bulky item</td><td>£25</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # Among the article's paragraphs, a table is the article's (a council's bin prices).
        (f"<html><body><article>{STORY}{TABLE}</article></body></html>", True),
        (f'<html><body><main><div class="entry">{STORY}{TABLE}</div></main></body></html>', True),
        # In a box of its own that holds no prose, it is the site's: a shop's spec sheet, a
        # match's stats, a league table.
        (
            f'<html><body><article>{STORY}<section class="c-x1">{TABLE}</section></article>'
            "</body></html>",
            False,
        ),
        (f'<html><body><main>{STORY}</main><div class="x">{TABLE}</div></body></html>', False),
    ],
)
def test_a_table_cell_is_kept_only_when_its_table_stands_among_the_prose(
    page: str, kept: bool
) -> None:
    from workbench.ingest import debris, extract

    raw = markup.html_blocks(page)
    contexts = extract.line_contexts(raw, frozenset())
    texts = [b.text for b in raw]
    evidence = debris.line_evidence(texts, contexts, "en")
    cells = [i for i, c in enumerate(contexts) if c.cell]
    assert len(cells) == 8
    assert {evidence.kept[i] for i in cells} == {kept}


def test_the_headline_a_page_marks_for_search_engines_is_its_title_not_a_menu_line() -> None:
    """Joomla, Drupal and many WordPress themes give the article's headline on an <h2> with
    schema.org's ``itemprop="headline"``, between a breadcrumb and the article's info lines:
    it is the story's title, and stays a heading (newcomer17: a Joomla page's headline was
    debris, so its French translation's title got a machine draft instead of its original).
    Nothing else on the page changes kind."""
    page = (Path(__file__).parent / "data" / "pages" / "joomla-article.es.html").read_text()
    headline = "Murcia aprueba un plan de 18 millones para renovar el Carmen"
    blocks = markup.html_blocks(page)
    assert [b.text for b in blocks if b.title] == [headline]
    kinds = {b.text: b.kind for b in classify(blocks, detect_languages)[0]}
    assert kinds[headline] is Kind.HEADING
    kept = [t for t, k in kinds.items() if k is not Kind.BOILERPLATE]
    assert kept[:2] == [headline, f"{CAPTION} Foto: Diario del Segura / J. Ferrer"]
    assert len(kept) == 8 and all(t.endswith((".", "»")) for t in kept[2:])  # its six paragraphs
