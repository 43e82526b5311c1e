"""From decoded text to typed blocks: markup removed, kind and language set.

Scraped articles arrive with their debris: login links, bylines, comment
threads, teasers of other stories, site footers, and photo captions, some in
another language. Markup is parsed with lxml (Markdown through markdown-it
first); the kind of each block comes from the markup where there is some and
from the text where there is not. No file is read here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from workbench.ingest import debris as bp
from workbench.ingest import debris_lines, figures, markup
from workbench.ingest.block_languages import (
    Detector,
    block_language,
    dominant_language,
    settled_languages,
    word_count,
)
from workbench.ingest.caption_languages import link_caption_translations, mixed_captions
from workbench.ingest.debris_bylines import is_byline_element
from workbench.ingest.debris_databoxes import NO_BOX, box_rows
from workbench.ingest.debris_features import LineContext
from workbench.ingest.markup import RawBlock
from workbench.ingest.markup_embeds import in_quote
from workbench.ingest.markup_tables import DATA_TABLE_COLUMNS, DATA_TABLE_ROWS
from workbench.ingest.plain_markdown import is_markdown, markdown_line
from workbench.ingest.plain_paragraphs import joined, wrapped_groups
from workbench.model import TABLE_CELL, Block, Kind, table_cell
from workbench.spaces import collapse, plain

CAPTION_MAX_WORDS = 80
HEADING_MAX_WORDS = 20

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?…:;][\s»\"”’)\]]*$")
_BULLET = re.compile(r"^\s*[•·▪◦‣●*\-–]\s+")
# A dash that opens direct speech (Finnish, Swedish, and French or Spanish dialogue):
# "– Hän sanoi, että…". A capital after it and a sentence's end set it apart from a list's
# dash ("– le lundi 7 décembre, de 9 h à 12 h ;"). It is the sentence's, so it stays.
_SPEECH_DASH = re.compile(r"^\s*[–—]\s+[^\W\d_]")
# The keyboard's hyphen opens a list's item as often as a line of dialogue ("- Gardez cette
# notice." in a leaflet, "- Bonjour, dit-il." in a story): it opens speech only in a run
# of such lines one of which reads as said: a question or an exclamation at its end, an
# incise ("…, dit-il.", "…, demanda-t-elle,") or guillemets.
_HYPHEN_LINE = re.compile(r"^\s*-\s+(?:[«\"“]\s*)?[^\W\d_]")
_SAID = re.compile(
    r"[?!…][\s»\"”’)\]]*$|[«»]"
    r"|[,?!…»]\s+[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous)\s*[.,!?…]"
)
_GAP = re.compile(r"\s{2,}")
# A dash and a space opening a line that no dash closes ("— Chapitre 1 —" may be a heading).
_OPENING_DASH = re.compile(r"^\s*[-‐‑‒–—―]\s(?!.*[-‐‑‒–—―]\s*$)")
_TRAILING_TAGS = re.compile(r"(?:\s*#[^\W\d_][\w-]*)+\s*$")


def blocks_from_text(
    text: str, suffix: str, detect: Detector, known_lines: Collection[str] = frozenset()
) -> tuple[list[Block], str]:
    """Parse ``text`` (the content of a file with ``suffix``) into typed blocks.

    ``known_lines`` are the block texts of other documents of the store: a
    line repeated across the pages of one site is evidence of site chrome.
    Returns the blocks and the document's language (the language of most of
    its body text).
    """
    if suffix in {".html", ".htm", ".xhtml"}:
        raw = markup.html_blocks(text)
    elif suffix == ".md":
        raw = markup.markdown_blocks(text)
    else:
        raw = plain_blocks(text)
    return classify(raw, detect, known_lines)


def plain_blocks(text: str, rejoin: bool = True) -> list[RawBlock]:
    """One block per non-blank line, a hard-wrapped paragraph's lines one block
    (`plain_paragraphs`; not with ``rejoin`` False); lines carrying tags are parsed by lxml.

    A line whose tabs part two cells or more is a table's row (a table copied from a
    page or a spreadsheet): its block keeps the cells (``RawBlock.cells``), which
    `split_table_rows` makes blocks of their own once the row is classified. A cell
    after the first that opens in lower case goes on a sentence the tab only spaced
    ("Une phrase<TAB>avec une tabulation."): that line is one block. A block's
    ``line`` is its first line's number.
    """
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    lines = [line for _, line in numbered]
    headings = [False] * len(lines)
    if is_markdown(lines):  # a CMS's export, a static site's source (`plain_markdown`)
        read = [markdown_line(line) if "\t" not in line else (line, False) for line in lines]
        lines, headings = [t for t, _ in read], [h for _, h in read]
    groups = wrapped_groups(lines, headings) if rejoin else [[i] for i in range(len(lines))]
    speech = dialogue_lines(lines)
    blocks: list[RawBlock] = []
    for group, line in zip(groups, joined(lines, groups), strict=True):
        number = numbered[group[0]][0]
        hint = Kind.HEADING if headings[group[0]] else None
        cells = row_cells(line)
        if cells:
            blocks.append(RawBlock(" ".join(cells), number, cells=cells))
            continue
        content = _line_text(line)
        said = group[0] in speech
        bullet = bool(_BULLET.match(content)) and not (said or opens_direct_speech(content))
        content = (_BULLET.sub("", content) if bullet else content).strip()
        if content:
            blocks.append(RawBlock(content, number, hint=hint, bullet=bullet))
    return blocks


def row_cells(line: str) -> tuple[str, ...]:
    """The cells of a line of plain text that is a table's row: tabs part two cells or
    more, and none after the first opens in lower case (a tab that only spaced a sentence,
    "Une phrase<TAB>avec une tabulation."); () for any other line."""
    cells = tuple(cell for cell in (_line_text(c) for c in line.split("\t")) if cell)
    return cells if len(cells) > 1 and not any(c[:1].islower() for c in cells[1:]) else ()


def _line_text(line: str) -> str:
    content = markup.fragment_text(line) if _TAG.search(line) else line
    if debris_lines.is_spaced_menu(content):
        # A menu's items keep the gaps that part them, the menu's one mark in scraped text.
        return "  ".join(collapse(item) for item in _GAP.split(content.strip()))
    return collapse(content)


def split_table_rows(raw: Sequence[RawBlock], blocks: list[Block]) -> list[Block]:
    """``blocks`` (from `classify`, one per raw block) with each table row of ``raw`` cut
    into its cells, each a block on the row's line, as a Word table's cells are: the two
    sides of a translation then align cell by cell, and no two figures of a row run
    together ("650 000 702 500" read as one number). A row is debris or body as a whole.

    `classify` decides on whole rows, as it did on lines (the debris benchmark relies
    on one block per raw block); the pipeline cuts the rows after it, as it cuts the
    mixed captions (`split_mixed_captions`).
    """
    out: list[Block] = []
    for b, block in zip(raw, blocks, strict=True):
        if not b.cells:
            out.append(block)
            continue
        kind = Kind.BOILERPLATE if block.kind is Kind.BOILERPLATE else Kind.BODY
        meta = (*block.meta, *table_cell(b.line))  # a line is a row
        out.extend(replace(block, text=cell, kind=kind, meta=meta) for cell in b.cells)
    return out


def opens_direct_speech(line: str) -> bool:
    """Whether ``line`` is a line of dialogue opened by a dash ("– Jag har inget körkort. Nu
    vet jag inte hur jag ska ta mig hem, säger hon."): a capital after the dash, and the
    line ends as a sentence does. A list's dash opens a lower-case item or one with no end."""
    match = _SPEECH_DASH.match(line)
    return (
        match is not None
        and line[match.end() - 1].isupper()
        and bool(re.search(r"[.!?…][\s»\"”’)\]]*$", line))
    )


def dialogue_lines(lines: Sequence[str]) -> set[int]:
    """The indexes of the ``lines`` a hyphen opens as dialogue: every line of a run of
    lines opened by "- " and a capital, when one of them reads as said (`_SAID`): "- Qui
    est là ?" then "- Moi.". A run none of whose lines does is a list ("- Un point.")."""
    speech: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        found = _HYPHEN_LINE.match(line)
        if found and line[found.end() - 1].isupper():
            run.append(i)
            continue
        if any(_SAID.search(lines[j]) for j in run):
            speech.update(run)
        run = []
    return speech


def classify(
    raw: Sequence[RawBlock], detect: Detector, known_lines: Collection[str] = frozenset()
) -> tuple[list[Block], str]:
    """Give every block a kind and a language; return them with the document language."""
    texts = [debris_lines.without_credit(b.text) for b in raw]
    guesses = detect(texts)
    doc_lang = dominant_language(raw, guesses)
    langs = [block_language(b.text, g, doc_lang) for b, g in zip(raw, guesses, strict=True)]
    langs = settled_languages(texts, guesses, langs, doc_lang, detect)
    contexts = line_contexts(raw, known_lines)
    # the debris rules read no-break spaces as spaces, as they did when ingest dropped them
    lines, bullets = [plain(b.text) for b in raw], [b.bullet for b in raw]
    kinds = bp.boilerplate_mask(lines, bullets, debris_language(raw, doc_lang), contexts)
    # A row of a data box ("Turbines: 4" in a key-figures list) is never a heading.
    rows = [box != NO_BOX for box in box_rows(lines, contexts)]
    blocks: list[Block] = []
    for i, b in enumerate(raw):
        hint = b.hint if b.hint is not Kind.BOILERPLATE else None
        kind = Kind.BOILERPLATE if kinds[i] else hint or Kind.BODY
        if kind is Kind.BODY:
            kind = Kind.BODY if rows[i] else _text_kind(raw, langs, doc_lang, i)
        meta = (*b.meta, TABLE_CELL) if b.cell else b.meta
        blocks.append(Block(text=b.text, kind=kind, lang=langs[i], line=b.line, meta=meta))
    mixed = mixed_captions(blocks, doc_lang, detect)
    # blocks outside the <figure> of the caption before them (`figures.inside_figure`)
    outside = {i for i in range(1, len(raw)) if not figures.inside_figure(raw[i], raw[i - 1])}
    return link_caption_translations(blocks, doc_lang, mixed, outside), doc_lang


def line_contexts(raw: Sequence[RawBlock], known_lines: Collection[str]) -> list[LineContext]:
    """What the markup, the extractor and the store's other documents say of each block.

    A plain-text table's row counts as a data table's cell (`plain_table_rows`), as an
    HTML table's cell does: until session 19 a scraped report's tables were debris while
    its Word original's were body, and their cells were left without counterparts.
    """
    rows = plain_table_rows(raw)
    of_other_pages = getattr(known_lines, "of_other_pages", None)  # `site_lines.SiteLines`
    if of_other_pages is not None:  # a stored copy of this very text is no other page
        known_lines = of_other_pages([plain(b.text) for b in raw])
    return [
        LineContext(
            b.bullet,
            b.hint is Kind.BOILERPLATE,
            b.extracted,
            plain(b.text) in known_lines,  # `site_lines` reads no-break spaces as spaces
            b.links,
            b.thread,
            b.title,
            b.cell or row,
            b.path,
        )
        for b, row in zip(raw, rows, strict=True)
    ]


def plain_table_rows(raw: Sequence[RawBlock]) -> list[bool]:
    """Per block, whether it is a row of a plain-text data table: one of a run of
    `markup_tables.DATA_TABLE_ROWS` tab-separated rows or more (`RawBlock.cells`), each of as
    many cells, `markup_tables.DATA_TABLE_COLUMNS` or more: what makes an HTML table a data
    table (`markup.html_blocks`)."""
    out = [False] * len(raw)
    start = 0
    while start < len(raw):
        width = len(raw[start].cells)
        end = start + 1
        while end < len(raw) and width and len(raw[end].cells) == width:
            end += 1
        if width >= DATA_TABLE_COLUMNS and end - start >= DATA_TABLE_ROWS:
            out[start:end] = [True] * (end - start)
        start = end
    return out


def classify_structured(raw: Sequence[RawBlock], detect: Detector) -> tuple[list[Block], str]:
    """Blocks whose kind the file's structure gives (DOCX, ODT, PDF, subtitles): language only.

    No web-debris guessing: a Word heading is a heading because its style says
    so, a page number is furniture because the PDF reader found it repeating.
    A block with no hint is body. Returns the blocks and the document language.
    """
    guesses = detect([b.text for b in raw])
    doc_lang = dominant_language(raw, guesses)
    blocks = [
        Block(b.text, b.hint or Kind.BODY, block_language(b.text, g, doc_lang), b.line, b.meta)
        for b, g in zip(raw, guesses, strict=True)
    ]
    return blocks, doc_lang


def debris_language(raw: Sequence[RawBlock], doc_lang: str) -> str:
    """The language whose function words the debris rules read the page in: ``doc_lang``, or
    the code of a language the guesser does not serve when the page reads as one
    (`unserved_language`; a Swedish page the guesser calls Dutch reads as "sv")."""
    from workbench.ingest.debris_features import unserved_code

    name = unserved_language([Block(b.text, Kind.BODY, doc_lang, b.line) for b in raw])
    return (unserved_code(name) if name else None) or doc_lang


def document_language(raw: Sequence[RawBlock], detect: Detector) -> str:
    """The language of most of the blocks' text (by characters), "und" if none is recognised."""
    return dominant_language(raw, detect([debris_lines.without_credit(b.text) for b in raw]))


# The document's text must hold this many words before its language is questioned…
UNSERVED_MIN_WORDS = 20
# …and read as prose of the other language: this share of its words are that language's
# stop words (prose runs 0.3 to 0.5), this many times the share of the best served language.
UNSERVED_MIN_DENSITY = 0.25
UNSERVED_RATIO = 2.0
# Words read for it: enough to tell a language, and a book costs no more than a page.
UNSERVED_SAMPLE_WORDS = 3000
# The cheap first guess: when the served languages' own stop lists cover this share of the
# words, another list would have to cover twice as much (0.6) to win, past what any of
# jusText's lists covers in another language's prose (0.50 at most on the 140 texts of the
# benchmarks: Marathi's list holds English words, Asturian's Spanish ones). The ~100 other
# lists (about 1 s to read) are then never loaded.
SERVED_SURE_DENSITY = 0.3


def unserved_language(blocks: Sequence[Block]) -> str | None:
    """The name of the language the text reads as, when the guesser does not serve it.

    The guesser knows a few languages (`langid.DEFAULT_LANGUAGES`) and names
    one of them for any text: a Finnish page comes out as Dutch. Function
    words tell: the body's words are matched against every stop list jusText
    ships (about a hundred languages). Returns a stop list's name such as
    "Finnish" when an unserved list covers at least `UNSERVED_MIN_DENSITY` of
    the words and `UNSERVED_RATIO` times the best served list; None otherwise
    (too little text, a served language, or no clear reading). The served
    languages' lists are tried first: text that reads as one of them
    (`SERVED_SURE_DENSITY`) is not questioned further.
    """
    from workbench.ingest.debris_features import (
        reads_as_served,
        stop_list_code,
        stop_list_densities,
        words,
    )

    tokens: list[str] = []
    for block in blocks:
        if len(tokens) >= UNSERVED_SAMPLE_WORDS:
            break
        if block.kind is not Kind.BOILERPLATE:
            tokens.extend(words(block.text))
    if len(tokens) < UNSERVED_MIN_WORDS:
        return None
    sample = tokens[:UNSERVED_SAMPLE_WORDS]
    if reads_as_served(sample, SERVED_SURE_DENSITY):
        return None
    densities = stop_list_densities(sample)
    served = max((d for n, d in densities.items() if stop_list_code(n)), default=0.0)
    name, best = max(densities.items(), key=lambda item: item[1])
    if stop_list_code(name) or best < UNSERVED_MIN_DENSITY or best < UNSERVED_RATIO * served:
        return None
    return name.replace("_", " ")


def _text_kind(raw: Sequence[RawBlock], langs: Sequence[str], doc_lang: str, i: int) -> Kind:
    text = raw[i].text
    # A table's row or cell (tab-separated, or a data table's <td>/<th>, Markdown's pipe
    # tables among them) is no heading however short its cells are, as in a Word table.
    if raw[i].cells or raw[i].cell:
        return Kind.BODY
    if debris_lines.has_photo_credit(text) or debris_lines.has_caption_label(text):
        return Kind.CAPTION
    if langs[i] != doc_lang and word_count(text) <= CAPTION_MAX_WORDS:
        return Kind.CAPTION
    if (
        _looks_like_heading(text)
        and _has_content_after(raw, i)
        and not _byline(raw[i].path)
        # A quote's lines are the quoted text: "Cada litro cuenta. #Sequía" in a
        # <blockquote> ends on no stop and is no heading (newcomer37).
        and not in_quote(raw[i].path)
    ):
        return Kind.HEADING
    return Kind.BODY


def _byline(path: str) -> bool:
    """Whether a block's own element (`RawBlock.path`'s last step) is a byline by its class
    (`debris_bylines.BYLINE_CLASS`: also Spanish, Portuguese and German "autor", Italian
    "autore", French "auteur"): its text is no heading, however short and unpunctuated
    ("Par Julie Marchand, envoyée spéciale · Publié le 4 mai")."""
    return is_byline_element(path)


def _looks_like_heading(text: str) -> bool:
    """A short line that ends on no stop and opens with a capital, a digit or a sign; but
    no line a dash opens (a quote's attribution, "— Govern (@govern) March 12, 2026", a line
    of dialogue or a list's item: no labelled heading opens so) and no line of hashtags alone
    ("#Sequía", "#boerenkool #stamppot": a post's tags). Hashtags closing a line are its
    tags, not its words: "Cada litro cuenta. #Sequía" ends on a stop."""
    words = _TRAILING_TAGS.sub("", text)
    if not words or _TERMINAL.search(words) or word_count(text) > HEADING_MAX_WORDS:
        return False
    if _OPENING_DASH.match(text):
        return False
    first = text.lstrip("0123456789. ")[:1]
    return bool(first) and (first.isupper() or not first.isalpha())


def _has_content_after(raw: Sequence[RawBlock], i: int) -> bool:
    """A heading announces something: the last line of a text is never one."""
    return i + 1 < len(raw)
