"""Markup to plain blocks with lxml (and markdown-it for Markdown).

Never regular expressions on markup: entities, nested tags and broken HTML
are lxml's job. Untrusted HTML is parsed without network access and without
entity resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from workbench.model import Kind


@dataclass(frozen=True)
class RawBlock:
    """A block before classification: text plus what the markup said of it."""

    text: str
    line: int
    hint: Kind | None = None  # from markup: <h2> is a heading, <nav> boilerplate
    bullet: bool = False
    extracted: bool | None = None  # kept by the main-text extractor; None when not run


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title"}
_CAPTIONS = {"figcaption", "caption"}
_CHROME = {"nav", "footer", "aside", "form", "button", "menu", "header"}
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
_BLOCKS = _HEADINGS | _CAPTIONS | {
    "p", "li", "blockquote", "dd", "dt", "td", "th", "pre", "address", "summary", "div",
    "section", "article", "figure", "main", "body",
}  # fmt: skip
_CHROME_CLASS = re.compile(
    r"\b(?:comment|footer|nav|menu|share|social|related|sidebar|cookie|newsletter|breadcrumb"
    r"|byline|author|advert|promo|teaser)",
    re.IGNORECASE,
)
_CAPTION_CLASS = re.compile(r"\b(?:caption|legend|credit)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _parser() -> Any:
    from lxml import html

    # The text is already decoded; lxml gets UTF-8 bytes with the encoding
    # fixed, so that no <meta charset> in the page can re-decode it.
    return html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: tags gone, entities decoded."""
    from lxml import html

    element = html.fragment_fromstring(
        fragment.encode("utf-8"), create_parent="div", parser=_parser()
    )
    return _SPACE.sub(" ", str(element.text_content())).strip()


def html_blocks(source: str) -> list[RawBlock]:
    """Block-level elements of an HTML page, with hints from tags and classes."""
    from lxml import etree, html

    if not source.strip():
        return []
    root = html.document_fromstring(source.encode("utf-8"), parser=_parser())
    etree.strip_elements(root, *_DROP, with_tail=False)
    blocks: list[RawBlock] = []
    _walk(root, None, blocks)
    kept = main_text_lines(source)
    if kept is None:
        return blocks
    return [replace(b, extracted=_in_main_text(b.text, kept)) for b in blocks]


def main_text_lines(source: str) -> list[str] | None:
    """The lines trafilatura keeps as a page's main text (comments left out), or None.

    None when trafilatura finds no main text at all. It runs offline: the page
    is given as a string and nothing is fetched.
    """
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    text = trafilatura.extract(
        source, include_comments=False, include_tables=True, deduplicate=False, fast=True
    )
    if not text:
        return None
    return [_SPACE.sub(" ", line).strip() for line in text.splitlines() if line.strip()]


def _in_main_text(text: str, kept: list[str]) -> bool:
    """Whether a block's text is one of the extractor's lines, or most of one."""
    for line in kept:
        if text == line:
            return True
        shorter, longer = sorted((text, line), key=len)
        if shorter in longer and len(shorter) >= 0.5 * len(longer):
            return True
    return False


def _hint_of(element: Any, inherited: Kind | None) -> Kind | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    attrs = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    if tag in _CHROME or _CHROME_CLASS.search(attrs) or inherited is Kind.BOILERPLATE:
        return Kind.BOILERPLATE
    if tag in _HEADINGS:
        return Kind.HEADING
    if tag in _CAPTIONS or _CAPTION_CLASS.search(attrs):
        return Kind.CAPTION
    return inherited


def _walk(element: Any, inherited: Kind | None, out: list[RawBlock]) -> None:
    """Emit each block's own text; nested blocks are emitted on their own."""
    hint = _hint_of(element, inherited)
    pieces: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BLOCKS or tag in _CHROME or tag == "br":
            _flush(pieces, element, hint, out)
            pieces = []
            if tag != "br":
                _walk(child, hint, out)
        else:
            pieces.append(str(child.text_content()))
        pieces.append(child.tail or "")
    _flush(pieces, element, hint, out)


def _flush(pieces: list[str], element: Any, hint: Kind | None, out: list[RawBlock]) -> None:
    text = _SPACE.sub(" ", "".join(pieces)).strip()
    if text:
        tag = element.tag if isinstance(element.tag, str) else ""
        out.append(RawBlock(text, element.sourceline or 0, hint=hint, bullet=tag == "li"))


def markdown_blocks(source: str) -> list[RawBlock]:
    """Markdown rendered by markdown-it, then read as HTML."""
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": True}).render(source)
    return html_blocks(f"<html><body>{rendered}</body></html>")
