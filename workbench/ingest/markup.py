"""Markup to plain blocks with lxml (and markdown-it for Markdown).

Never regular expressions on markup: entities, nested tags and broken HTML
are lxml's job. Untrusted HTML is parsed without network access and without
entity resolution.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from html import unescape
from typing import Any

from workbench.ingest import markup_embeds, markup_notes, markup_parser, markup_tables
from workbench.model import Kind, Meta
from workbench.spaces import collapse


@dataclass(frozen=True)
class RawBlock:
    """A block before classification: text plus what the markup said of it."""

    text: str
    line: int
    hint: Kind | None = None  # from markup: <h2> is a heading, <nav> boilerplate
    bullet: bool = False
    extracted: bool | None = None  # kept by the main-text extractor; None when not run
    meta: Meta = ()  # what the file says of the block beyond its text: a cue's timecode
    links: float | None = None  # share of its characters inside <a>; None when not from HTML
    thread: bool = False  # inside a reader-comment container (<section id="comments">…)
    title: bool = False  # the page's title: its first <h1> of three words or more, not in <nav>
    cell: bool = False  # a cell of a data table: rows of several cells, no table nested in it
    path: str = ""  # its element's tags and classes from the root: blocks of one layout share it
    # a table row of plain text (a line of tab-separated cells): the cells; ``text`` joins them
    cells: tuple[str, ...] = ()


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title"}
_CAPTIONS = {"figcaption", "caption"}
_CHROME = {"nav", "footer", "aside", "form", "button", "menu", "header"}
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
_BLOCKS = _HEADINGS | _CAPTIONS | {
    "p", "li", "blockquote", "dd", "dt", "td", "th", "pre", "address", "summary", "div",
    "section", "article", "figure", "main", "body", "ul", "ol", "dl",
    # Laid out as blocks or table parts by every browser (the HTML standard's rendering
    # rules): a page laid out in tables, as old sites are, was one block, all of it debris.
    "table", "thead", "tbody", "tfoot", "tr", "center", "hr", "fieldset", "legend",
    "details", "hgroup", "dir", "search",
}  # fmt: skip
_CHROME_CLASS = re.compile(
    r"\b(?:comment|footer|nav|menu|share|social|related|sidebar|cookie|newsletter|breadcrumb"
    r"|byline|author|autor|auteur|advert|promo|teaser"
    # After trafilatura's discarded class tokens: the masthead, banners, widgets of ratings
    # and tickers, sign-up boxes, pop-ups, recommendation widgets, an article's meta line.
    r"|(?:masthead|logo|brand|tagline)\b|site-(?:title|name|description)|banner|ticker|rating"
    r"|subscri|signup|sign-up|paywall|popup|modal|consent|outbrain|taboola|trending"
    r"|most-(?:read|popular)|meta\b|entry-meta|post-meta|timestamp|tag-?list|tags\b|ads?\b|ad-)",
    re.IGNORECASE,
)
# A class or id token that names a thread of reader comments: "comments", "comment-list",
# "disqus_thread", "replies"; not "commentary" (an opinion column), nor a page's or a
# post's state ("comments-open", "no-comments").
_THREAD_TOKEN = re.compile(
    r"^(?:[\w-]*[-_])?(?:comments?|commentlist|disqus|replies|reactions|kommentare"
    r"|commentaires|comentarios|commenti|coment[aá]rios)(?:[-_][\w-]*)?$",
    re.IGNORECASE,
)
_THREAD_STATE = re.compile(r"(?:^(?:no|has)[-_])|(?:[-_](?:open|closed|enabled|disabled)$)")
# Containers too wide to be a comment thread, whatever their classes say.
_NOT_THREAD = {"html", "body", "main"}
_CAPTION_CLASS = re.compile(r"\b(?:caption|legend|credit)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: tags gone, entities decoded.

    A fragment lxml will not take as one (a line ``<html lang="en">`` or ``<body>`` in a
    text file: "too many bodies", newcomer36) loses its tags by pattern instead."""
    from lxml import etree, html

    try:
        element = html.fragment_fromstring(
            fragment.encode("utf-8"), create_parent="div", parser=markup_parser.parser()
        )
    except (AssertionError, etree.ParserError, etree.XMLSyntaxError):
        return unescape(_ANY_TAG.sub(" ", fragment))
    return rendered_text(element)


_ANY_TAG = re.compile(r"<[^<>]*>")


def html_blocks(source: str) -> list[RawBlock]:
    """Block-level elements of an HTML page, with hints from tags and classes."""
    from lxml import etree, html

    if not source.strip():
        return []
    parser = markup_parser.parser()
    root = html.document_fromstring(source.encode("utf-8"), parser=parser)
    markup_parser.check_complete(parser)
    etree.strip_elements(root, *_DROP, with_tail=False)
    notes = markup_notes.find_notes(root)  # footnotes: kind footnote, their marks left out
    markup_notes.drop_marks(notes)
    blocks: list[RawBlock] = []
    _walk(root, None, blocks, notes.notes)
    blocks = _mark_title(root, blocks)
    kept = main_text_lines(source)
    if kept is None:
        return blocks
    return [replace(b, extracted=_in_main_text(b.text, kept)) for b in blocks]


# Where an <h1> is the site's, not the article's: a menu, a footer, a sidebar.
_NOT_TITLE = {"nav", "footer", "aside", "menu", "form"}
TITLE_MIN_WORDS = 3


def _mark_title(root: Any, blocks: list[RawBlock]) -> list[RawBlock]:
    """Mark the page's title: the heading the page marks as its article's headline for
    search engines (schema.org's ``itemprop="headline"``, which Joomla, Drupal and many
    WordPress themes write, often on an <h2>), or else its first <h1>; either one naming
    something (three words or more: "Business" is a section's name) outside a menu,
    footer or sidebar.

    An <h1> inside <header class="entry-header"> is the article's own; the
    header's chrome hint is not evidence against it.
    """
    marked = root.xpath(
        "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' headline ')][not(self::meta)]"
    )
    for heading in [*marked, *root.iter("h1")]:
        text = rendered_text(heading)
        if len(text.split()) < TITLE_MIN_WORDS:
            continue
        if any(a.tag in _NOT_TITLE for a in heading.iterancestors()):
            continue
        return [replace(b, title=True) if b.text == text else b for b in blocks]
    return blocks


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
    return [collapse(line) for line in text.splitlines() if line.strip()]


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
    if markup_embeds.is_embed(element):  # a tweet, an Instagram post…: `markup_embeds`
        return Kind.BOILERPLATE
    if tag in _HEADINGS:
        return Kind.HEADING
    if tag in _CAPTIONS or _CAPTION_CLASS.search(attrs):
        return Kind.CAPTION
    return inherited


def _is_thread(element: Any) -> bool:
    """Whether ``element`` holds reader comments, by its class and id: never the page's title."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _NOT_THREAD:
        return False
    tokens = f"{element.get('class', '')} {element.get('id', '')}".split()
    if not any(_THREAD_TOKEN.match(t) and not _THREAD_STATE.search(t) for t in tokens):
        return False
    # A container holding the <h1> holds the article, whatever its class says.
    return next(element.iterdescendants("h1"), None) is None


@dataclass
class _Open:
    """A block element being walked: its pieces of text since the last nested block."""

    element: Any
    hint: Kind | None
    children: Iterator[Any]
    pieces: list[str]
    linked: int = 0  # characters of the pieces that are link text
    thread: bool = False  # inside a reader-comment container
    link: bool = False  # inside an <a> that holds blocks (a card): all its text is link text
    path: str = ""  # tags and classes from the root down to it (`RawBlock.path`)
    after_break: bool = False  # its pieces follow a single <br> in it (`_flush` may join)


def _walk(
    root: Any, inherited: Kind | None, out: list[RawBlock], notes: Collection[Any] = ()
) -> None:
    """Emit each block's own text; nested blocks are emitted on their own.

    A loop over a stack of open blocks, not recursion: blocks nest up to
    `markup_parser.MAX_DEPTH` deep, past Python's recursion limit.
    """
    stack = [
        _Open(root, _hint_of(root, inherited), iter(root), [root.text or ""], 0, False,
              path=_step(root))
    ]  # fmt: skip
    while stack:
        top = stack[-1]
        child = next(top.children, None)
        if child is None:
            _flush(top, out)
            stack.pop()
            if stack:
                stack[-1].pieces.append(top.element.tail or "")
            continue
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BLOCKS or tag in _CHROME or tag == "br" or _holds_blocks(child):
            before = collapse(_rendered("".join(top.pieces)).replace(_BREAK, " "))
            _flush(top, out)
            top.pieces, top.linked = [], 0
            top.after_break = tag == "br" and bool(before)  # <br><br>: a paragraph's end
            if tag != "br":  # its tail is added when it closes
                thread = top.thread or _is_thread(child)
                hint = Kind.FOOTNOTE if child in notes else _hint_of(child, top.hint)
                link = top.link or tag == "a"
                path = f"{top.path}/{_step(child)}"
                opened = _Open(child, hint, iter(child), [child.text or ""], 0, thread, link, path)
                stack.append(opened)
                continue
        else:
            top.pieces.append(_marked_text(child))
            top.linked += _link_chars(child)
        top.pieces.append(child.tail or "")


def is_chrome_step(step: str) -> bool:
    """Whether a step of a block's `RawBlock.path` ("aside.newsletter-inline", "div.share")
    is an element the markup reads as site chrome: its tag (`_CHROME`) or its classes
    (`_CHROME_CLASS`), as `_hint_of` reads the element itself (ids and roles aside, which a
    path does not keep)."""
    tag, _, classes = step.partition(".")
    named = bool(classes) and _CHROME_CLASS.search(classes.replace(".", " ")) is not None
    return tag in _CHROME or named


def _step(element: Any) -> str:
    """An element's step in a block's `RawBlock.path`: its tag and its classes, the way a
    stylesheet tells one layout from another ("div.card", "td", "li.player")."""
    tag = element.tag if isinstance(element.tag, str) else ""
    classes = ".".join(str(element.get("class", "")).split())
    return f"{tag}.{classes}" if classes else tag


def _holds_blocks(element: Any) -> bool:
    """Whether an inline element (a custom element such as <amp-live-list>, a link around a
    card) holds blocks: a browser lays those out as lines of their own, so the element is
    walked as a block, not read as one line of text. (A <br> inside one is a line break
    within its block: see `_flush`.)"""
    if not isinstance(element.tag, str):
        return False
    return next(element.iterdescendants(*_BLOCKS, *_CHROME), None) is not None


def _link_chars(element: Any) -> int:
    """Characters of link text in an inline element: its own if it is an <a>, else its links'."""
    if element.tag == "a":
        return len(_SPACE.sub("", str(element.text_content())))
    return sum(len(_SPACE.sub("", str(a.text_content()))) for a in element.iterdescendants("a"))


# Where an inline element opens and closes, in the text `_marked_text` renders: a link (or a
# block nested in an inline element) apart from any other element.
_OPEN, _CLOSE, _ITEM_OPEN, _ITEM_CLOSE = "\x01", "\x02", "\x03", "\x04"
# A <br>: where a block's text breaks into lines (`_flush` makes each a block of its own).
_BREAK = "\x05"
# A run of marks, and whether punctuation follows it (",", "." after a link stay glued).
_MARKS = re.compile("([\x01-\x04]+)(?=([.,;:!?)\\]}»”’%]?))")
# One element closing and the next opening with no text between them.
_ELEMENT_AFTER_ELEMENT = re.compile("[\x02\x04][\x01-\x04]*[\x01\x03]")
# Inline elements that a page shows as items of their own: each link of a share bar or menu.
_ITEMS = {"a", "button", "input", "select", "label"}


def _marked_text(element: Any) -> str:
    """The text of an inline element (its tail left out), with a mark where each element
    inside it opens and closes; `_rendered` turns the marks into spaces or nothing.

    A loop over lxml's start and end events, not recursion: inline elements nest deep too.
    """
    from lxml import etree

    pieces = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        item = tag in _ITEMS or tag in _BLOCKS
        if event == "start":
            if tag == "br":
                pieces.append(_BREAK)
            elif tag is not None:
                pieces += [_ITEM_OPEN if item else _OPEN, node.text or ""]
        else:
            if tag is not None and tag != "br":
                pieces.append(_ITEM_CLOSE if item else _CLOSE)
            if node is not element:
                pieces.append(node.tail or "")
    return "".join(pieces)


def _rendered(marked: str) -> str:
    """Text as a page shows it: two elements side by side with nothing between them
    ("<a>Pinterest</a><a>Facebook</a>", "<span>Priya Natarajan</span><span>Last
    updated …</span>": items a stylesheet sets apart) are two words, unless punctuation
    follows ("<a>link</a><span>.</span>"); an element that styles part of a word
    ("<b>L</b>ondres") stays glued. A <br>'s mark is left for the caller."""

    def mark(match: re.Match[str]) -> str:
        run, punctuation = match.group(1), match.group(2)
        return " " if not punctuation and _ELEMENT_AFTER_ELEMENT.search(run) else ""

    return _MARKS.sub(mark, marked)


def rendered_text(element: Any) -> str:
    """An element's text as a page shows it, spaces normalised (a <br> is a space): see
    `_rendered`."""
    return collapse(_rendered(_marked_text(element)).replace(_BREAK, " "))


def _flush(block: _Open, out: list[RawBlock]) -> None:
    """Emit a block's text, one block per line where a <br> inside an inline element
    ("<font>…800x600.<br>Webmaster: …</font>") breaks it."""
    element = block.element
    tag = element.tag if isinstance(element.tag, str) else ""
    rendered = _rendered("".join(block.pieces)).split(_BREAK)
    lines = [text for text in (collapse(line) for line in rendered) if text]
    chars = sum(len(_SPACE.sub("", line)) for line in lines)
    if block.after_break and lines and out and _continues(out[-1].text, lines[0]):
        block.after_break, first = False, lines.pop(0)
        links = 1.0 if block.link else min(1.0, block.linked / max(1, chars))
        out[-1] = _joined(out[-1], first, links)
    # A list item's line, or a block right inside one: a related list's teaser under its
    # headline ("<li><a>…</a><p>Inside the fiercest vegetable show…</p></li>", blind32)
    parent = element.getparent()
    bullet = tag == "li" or (parent is not None and parent.tag == "li")
    for text in lines:
        # Link density as jusText measures it, on characters other than spaces; a block cut
        # by <br>s shares its link text out in proportion.
        links = 1.0 if block.link else min(1.0, block.linked / max(1, chars))
        out.append(
            RawBlock(text, element.sourceline or 0, hint=block.hint, bullet=bullet,
                     links=links, thread=block.thread, cell=markup_tables.data_cell(element),
                     path=block.path, meta=markup_tables.table_row(element))
        )  # fmt: skip


def _continues(line: str, after: str) -> bool:
    """Whether a <br> cut a sentence between ``line`` and the line ``after`` it: ``line``
    ends on a letter or digit and ``after`` starts in lower case. "Plus de 1 200 platanes
    ont dû être abattus<br>à cause d'une maladie fongique." was two blocks, the first typed
    a heading (newcomer28). An address ("12 rue du Port<br>31000 Toulouse"), a list of
    names, verse set with capitals keep their lines; verse in lower case with no
    punctuation at its line ends is joined (its words stay, in one block)."""
    words = len(line.split())
    return words >= _SENTENCE_WORDS and bool(_ENDS_ON_A_WORD.search(line)) and after[:1].islower()


_ENDS_ON_A_WORD = re.compile(r"\w$")
# Words a line needs to be a sentence's start (a menu's "Menu<br>accueil<br>contact" is not).
_SENTENCE_WORDS = 3


def _joined(block: RawBlock, line: str, links: float) -> RawBlock:
    """``block`` with ``line`` after it, one space between, its link density the two's
    weighted by their characters."""
    a, b = len(_SPACE.sub("", block.text)), len(_SPACE.sub("", line))  # as `_flush` counts
    density = ((block.links or 0.0) * a + links * b) / max(1, a + b)
    return replace(block, text=f"{block.text} {line}", links=density)


def markdown_blocks(source: str) -> list[RawBlock]:
    """Markdown rendered by markdown-it, then read as HTML.

    CommonMark plus GFM's pipe tables (markdown-it's own ``table`` rule): every Markdown
    writer makes tables so, and read as CommonMark a table was one paragraph of pipes and
    dashes. Rendered, its cells are <th> and <td>, a block each, as an HTML table's are.
    A static site's front matter (``---`` YAML or ``+++`` TOML metadata before the text) is
    the page's <head>: only its title and summary lines are blocks (`markup_front_matter`),
    those the page does not write again.
    """
    from markdown_it import MarkdownIt

    from workbench.ingest.markup_front_matter import front_matter

    head, source = front_matter(source)
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(source)
    body = html_blocks(f"<html><body>{rendered}</body></html>")
    said = {b.text.casefold() for b in body}  # a title the page writes again is said once
    return [b for b in head if b.text.casefold() not in said] + body
