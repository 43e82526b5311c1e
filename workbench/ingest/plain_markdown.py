"""A plain-text file written in Markdown, read a line at a time as Markdown.

Pure; used by :func:`workbench.ingest.extract.plain_blocks`. A CMS's export, a
static site's source or a newsletter platform's "copy as Markdown" saved as ``.txt``
carries ``# headings``, ``[links](urls)`` and ``*emphasis*``: read as plain text, the
marks reached the segments and the debris model ("[Inicio](/) | [Blog](/blog)" as
one long word-poor line, a link's URL as a sentence's words). A ``.md`` file is read
whole by markdown-it (`markup.markdown_blocks`); a ``.txt`` file keeps a block a line
(its lines are labelled, re-joined, cut into table rows one by one), so each line is
rendered inline by markdown-it and read back as HTML, and an ATX heading's line is a
heading. Only a text that writes Markdown (`MIN_MARKS` lines of headings or links) is
read so: a plain text's "5 * 3" or "[sic]" stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from workbench.ingest.markup import fragment_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# A text with this many lines written in Markdown's marks or more is Markdown.
MIN_MARKS = 2
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_LINK = re.compile(r"!?\[[^\]\n]+\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)\S(?:.*?\S)?\1")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def is_markdown(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are written in Markdown: `MIN_MARKS` lines or more holding an ATX
    heading, a link or an image, or strong emphasis."""
    marked = sum(
        bool(_HEADING.match(line) or _LINK.search(line) or _STRONG.search(line)) for line in lines
    )
    return marked >= MIN_MARKS


def markdown_line(line: str) -> tuple[str, bool]:
    """A Markdown line's text, marks and URLs gone, and whether it is an ATX heading.
    A thematic break ("---") is left as written (a line with no letter: debris)."""
    if _RULE.match(line):
        return line.strip(), False
    heading = _HEADING.match(line)
    source = heading.group("text") if heading else line
    if not source.strip():
        return "", heading is not None
    return fragment_text(_renderer().renderInline(source)), heading is not None


@cache
def _renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt  # deferred for start-up time

    return MarkdownIt("commonmark")
