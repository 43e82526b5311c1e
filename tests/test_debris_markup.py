"""Reader comments held in a container of their own are debris, however well they read."""

from __future__ import annotations

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
    ],
)
def test_an_article_is_never_taken_for_a_comment_thread(page: str) -> None:
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    assert [b.kind for b in blocks] == [Kind.HEADING, Kind.BODY, Kind.BODY, Kind.BODY]
