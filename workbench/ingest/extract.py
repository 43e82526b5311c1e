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
from typing import Protocol

from workbench.ingest import debris as bp
from workbench.ingest import debris_lines, figures, markup
from workbench.ingest.debris_features import LineContext
from workbench.ingest.markup import RawBlock
from workbench.ingest.plain_markdown import is_markdown, markdown_line
from workbench.ingest.plain_paragraphs import joined, wrapped_groups
from workbench.model import TABLE_CELL, Block, Kind, table_cell
from workbench.spaces import collapse, plain


class Detector(Protocol):
    """A language guesser: for each text, (ISO 639-1 code, confidence in [0, 1]) or None.

    ``languages`` restricts the guess to those codes (None: every language it knows).
    """

    def __call__(
        self, texts: Sequence[str], languages: Sequence[str] | None = None
    ) -> Sequence[tuple[str, float] | None]: ...


# A guess of another language than the document's must be this sure, on at
# least this many words, before a block is taken out of the document language.
FOREIGN_CONFIDENCE = 0.5
FOREIGN_MIN_WORDS = 3
# A line shorter than this is taken out of the document's language only on a sure guess or a
# stop word of the guessed language alone (`_short_line_stays`).
SHORT_LINE_WORDS = 6
SURE_CONFIDENCE = 0.8
# A line whose guess is another language but unsure (under FOREIGN_CONFIDENCE) is asked
# again, between the document's language and each of the page's other ones: it is foreign
# when one of them leads its pair by this much (0.6 against 0.4) and its stop words agree.
SETTLED_CONFIDENCE = 0.6
# …and when this many of its words are stop words of that language and not of the
# document's: one alone may be a name or an abbreviation ("13:42 CET" is French "cet").
SETTLED_STOP_WORDS = 2
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
_GAP = re.compile(r"\s{2,}")


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
    blocks: list[RawBlock] = []
    for group, line in zip(groups, joined(lines, groups), strict=True):
        number = numbered[group[0]][0]
        hint = Kind.HEADING if headings[group[0]] else None
        cells = tuple(cell for cell in (_line_text(c) for c in line.split("\t")) if cell)
        if len(cells) > 1 and not any(c[:1].islower() for c in cells[1:]):
            blocks.append(RawBlock(" ".join(cells), number, cells=cells))
            continue
        content = _line_text(line)
        bullet = bool(_BULLET.match(content)) and not opens_direct_speech(content)
        content = (_BULLET.sub("", content) if bullet else content).strip()
        if content:
            blocks.append(RawBlock(content, number, hint=hint, bullet=bullet))
    return blocks


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


def classify(
    raw: Sequence[RawBlock], detect: Detector, known_lines: Collection[str] = frozenset()
) -> tuple[list[Block], str]:
    """Give every block a kind and a language; return them with the document language."""
    texts = [debris_lines.without_credit(b.text) for b in raw]
    guesses = detect(texts)
    doc_lang = _dominant_language(raw, guesses)
    langs = [_block_language(b.text, g, doc_lang) for b, g in zip(raw, guesses, strict=True)]
    langs = _settled_languages(texts, guesses, langs, doc_lang, detect)
    contexts = line_contexts(raw, known_lines)
    # the debris rules read no-break spaces as spaces, as they did when ingest dropped them
    lines, bullets = [plain(b.text) for b in raw], [b.bullet for b in raw]
    kinds = bp.boilerplate_mask(lines, bullets, debris_language(raw, doc_lang), contexts)
    blocks: list[Block] = []
    for i, b in enumerate(raw):
        hint = b.hint if b.hint is not Kind.BOILERPLATE else None
        kind = Kind.BOILERPLATE if kinds[i] else hint or Kind.BODY
        if kind is Kind.BODY:
            kind = _text_kind(raw, langs, doc_lang, i)
        meta = (*b.meta, TABLE_CELL) if b.cell else b.meta
        blocks.append(Block(text=b.text, kind=kind, lang=langs[i], line=b.line, meta=meta))
    mixed = _mixed_captions(blocks, doc_lang, detect)
    # blocks outside the <figure> of the caption before them (`figures.inside_figure`)
    outside = {i for i in range(1, len(raw)) if not figures.inside_figure(raw[i], raw[i - 1])}
    return _link_caption_translations(blocks, doc_lang, mixed, outside), doc_lang


def line_contexts(raw: Sequence[RawBlock], known_lines: Collection[str]) -> list[LineContext]:
    """What the markup, the extractor and the store's other documents say of each block.

    A plain-text table's row counts as a data table's cell (`plain_table_rows`), as an
    HTML table's cell does: until session 19 a scraped report's tables were debris while
    its Word original's were body, and their cells were left without counterparts.
    """
    rows = plain_table_rows(raw)
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
    `markup.DATA_TABLE_ROWS` tab-separated rows or more (`RawBlock.cells`), each of as
    many cells, `markup.DATA_TABLE_COLUMNS` or more: what makes an HTML table a data
    table (`markup.html_blocks`)."""
    out = [False] * len(raw)
    start = 0
    while start < len(raw):
        width = len(raw[start].cells)
        end = start + 1
        while end < len(raw) and width and len(raw[end].cells) == width:
            end += 1
        if width >= markup.DATA_TABLE_COLUMNS and end - start >= markup.DATA_TABLE_ROWS:
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
    doc_lang = _dominant_language(raw, guesses)
    blocks = [
        Block(b.text, b.hint or Kind.BODY, _block_language(b.text, g, doc_lang), b.line, b.meta)
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
    return _dominant_language(raw, detect([debris_lines.without_credit(b.text) for b in raw]))


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


def _words(text: str) -> int:
    return len(text.split())


def _dominant_language(raw: Sequence[RawBlock], guesses: Sequence[tuple[str, float] | None]) -> str:
    weight: dict[str, int] = {}
    for b, g in zip(raw, guesses, strict=True):
        if g is not None:
            weight[g[0]] = weight.get(g[0], 0) + len(b.text)
    return max(weight, key=weight.__getitem__) if weight else "und"


def _block_language(text: str, guess: tuple[str, float] | None, doc_lang: str) -> str:
    if guess is None:
        return doc_lang
    lang, confidence = guess
    if lang != doc_lang and (confidence < FOREIGN_CONFIDENCE or _words(text) < FOREIGN_MIN_WORDS):
        return doc_lang
    if lang != doc_lang and _function_words_of(text, doc_lang, lang):
        return doc_lang
    if lang != doc_lang and _short_line_stays(text, doc_lang, lang, confidence):
        return doc_lang
    return lang


def _short_line_stays(text: str, doc_lang: str, guessed: str, confidence: float) -> bool:
    """Whether a short line guessed ``guessed`` below `SURE_CONFIDENCE` stays in ``doc_lang``
    for want of a stop word that ``guessed`` has and ``doc_lang`` has not.

    A few words' guess leans on a name or a word both languages share: an English statute's
    heading "Articles of association" reads as French at 0.54 (French's stop list holds
    "of"), a Spanish page's "© 2025 Revista Horizontes" as Portuguese. Taken out of the
    language, the heading was a caption no bead of the English side held. When neither
    language has a stop list the guess stands.
    """
    from workbench.ingest.debris_features import stop_words, words

    if _words(text) >= SHORT_LINE_WORDS or confidence >= SURE_CONFIDENCE:
        return False
    ours, theirs = stop_words(doc_lang), stop_words(guessed)
    if not ours or not theirs:
        return False
    return not any(w in theirs and w not in ours for w in (t.lower() for t in words(text)))


def _settled_languages(
    texts: Sequence[str],
    guesses: Sequence[tuple[str, float] | None],
    langs: Sequence[str],
    doc_lang: str,
    detect: Detector,
) -> list[str]:
    """``langs`` (one a text, from `_block_language`) with the unsure foreign guesses settled.

    On a short line the guesser spreads its confidence over neighbouring languages
    and the names weigh as much as the words: "voluntarios en la ribera del Lys
    cerca de Hucqueliers, en octubre." reads Catalan 0.41, Spanish 0.37, French
    under 0.03, so no guess was sure and the Spanish caption of a French page was
    taken as French (newcomer19: 6 of 34). Such a line (a guess of another language
    than ``doc_lang``, under `FOREIGN_CONFIDENCE`, on `FOREIGN_MIN_WORDS` words or
    more) is asked again, between ``doc_lang`` and each candidate: its own guess, the
    guess among the other languages but ``doc_lang`` (its runner-up), and the
    languages the page's other lines surely are. A candidate holds when it wins
    its pair at `SETTLED_CONFIDENCE` or more and the line's own stop words say so
    too: `SETTLED_STOP_WORDS` at least are only the candidate's, none is only
    ``doc_lang``'s (`_own_stop_words`). Of those that hold, the one with the most such stop words
    wins (Spanish "del", "cerca", "octubre" against Catalan "del"), then the surer.
    A time or a menu ("11 h 42", "Facebook · Email") has no stop word and keeps the
    document's language.
    """
    from workbench.ingest.langid import DEFAULT_LANGUAGES

    unsure = {
        i: g[0]
        for i, g in enumerate(guesses)
        if g is not None
        and g[0] != doc_lang
        and g[1] < FOREIGN_CONFIDENCE
        and _words(texts[i]) >= FOREIGN_MIN_WORDS
    }
    if not unsure or doc_lang not in DEFAULT_LANGUAGES:
        return list(langs)
    page = {lang for lang in langs if lang != doc_lang}
    candidates = {i: page | {guess} for i, guess in unsure.items()}
    for guess in set(unsure.values()):
        indices = [i for i, g in unsure.items() if g == guess]
        others = [lang for lang in DEFAULT_LANGUAGES if lang not in (doc_lang, guess)]
        for i, second in zip(indices, detect([texts[i] for i in indices], others), strict=True):
            if second is not None:
                candidates[i].add(second[0])
    asked: dict[str, list[int]] = {}
    for i, languages in candidates.items():
        for lang in languages:
            asked.setdefault(lang, []).append(i)
    held: dict[int, list[tuple[int, float, str]]] = {}
    for lang, indices in asked.items():
        answers = detect([texts[i] for i in indices], (doc_lang, lang))
        for i, answer in zip(indices, answers, strict=True):
            own = _own_stop_words(texts[i], lang, doc_lang)
            if (
                answer is not None
                and answer[0] == lang
                and answer[1] >= SETTLED_CONFIDENCE
                and own >= SETTLED_STOP_WORDS
            ):
                held.setdefault(i, []).append((own, answer[1], lang))
    out = list(langs)
    for i, found in held.items():
        out[i] = max(found)[2]
    return out


def _own_stop_words(text: str, lang: str, other: str) -> int:
    """How many words of ``text`` are stop words of ``lang`` and not of ``other``; 0 as well
    when one is a stop word of ``other`` only, or either language has no stop list."""
    from workbench.ingest.debris_features import stop_words, words

    ours, theirs = stop_words(lang), stop_words(other)
    if not ours or not theirs:
        return 0
    lowered = [w.lower() for w in words(text)]
    if any(w in theirs and w not in ours for w in lowered):
        return 0
    return sum(w in ours and w not in theirs for w in lowered)


def _function_words_of(text: str, doc_lang: str, guessed: str) -> bool:
    """Whether the stop words of ``text`` are all ``doc_lang``'s and none ``guessed``'s.

    Names weigh heavily in a short line's guess: "Par Lucía Herrero, correspondante à
    Madrid" reads as Spanish by its names, French by "par" and "à". A word both lists
    hold says nothing: English's list has "de", so "Ruth Halloway trie les sachets de
    graines (photo : Gareth Lowe)" is French by "les". The guess stands when a stop word
    of its language alone is there or no stop list knows either language.
    """
    from workbench.ingest.debris_features import stop_words, words

    ours, theirs = stop_words(doc_lang), stop_words(guessed)
    if not ours or not theirs:
        return False
    lowered = [w.lower() for w in words(text)]
    return any(w in ours and w not in theirs for w in lowered) and not any(
        w in theirs and w not in ours for w in lowered
    )


def _text_kind(raw: Sequence[RawBlock], langs: Sequence[str], doc_lang: str, i: int) -> Kind:
    text = raw[i].text
    # A table's row or cell (tab-separated, or a data table's <td>/<th>, Markdown's pipe
    # tables among them) is no heading however short its cells are, as in a Word table.
    if raw[i].cells or raw[i].cell:
        return Kind.BODY
    if debris_lines.has_photo_credit(text) or debris_lines.has_caption_label(text):
        return Kind.CAPTION
    if langs[i] != doc_lang and _words(text) <= CAPTION_MAX_WORDS:
        return Kind.CAPTION
    if _looks_like_heading(text) and _has_content_after(raw, i) and not _byline(raw[i].path):
        return Kind.HEADING
    return Kind.BODY


# An element's class that names an article's byline or date line: its text is no heading,
# however short and unpunctuated ("Par Julie Marchand, envoyée spéciale · Publié le 4 mai").
_BYLINE_CLASS = re.compile(r"byline|author|dateline|entry-meta|post-meta|posted-on|published")


def _byline(path: str) -> bool:
    """Whether a block's own element (`RawBlock.path`'s last step) is a byline by its class."""
    tag, _, classes = path.rpartition("/")[2].partition(".")
    return not re.fullmatch(r"h[1-6]", tag) and bool(_BYLINE_CLASS.search(classes.lower()))


def _looks_like_heading(text: str) -> bool:
    if _TERMINAL.search(text) or _words(text) > HEADING_MAX_WORDS:
        return False
    first = text.lstrip("0123456789. ")[:1]
    return bool(first) and (first.isupper() or not first.isalpha())


def _has_content_after(raw: Sequence[RawBlock], i: int) -> bool:
    """A heading announces something: the last line of a text is never one."""
    return i + 1 < len(raw)


def split_mixed_captions(blocks: list[Block], doc_lang: str, detect: Detector) -> list[Block]:
    """``blocks`` (from `classify`) with each foreign caption that holds its own translation
    cut in two or three captions, each in its language (see `_mixed_captions`).

    `classify` gives one block per raw block, which the debris benchmark relies on; the
    pipeline cuts the captions after it, before splitting sentences.
    """
    mixed = _mixed_captions(blocks, doc_lang, detect)
    return [part for i, b in enumerate(blocks) for part in mixed.get(i, [b])]


def _mixed_captions(blocks: list[Block], doc_lang: str, detect: Detector) -> dict[int, list[Block]]:
    """Foreign captions that hold their own translation, by index: the captions they make.

    A translated page often keeps the original caption and its translation in one
    element: ``<figcaption>Miles de falleras desfilan… (Foto: Biel Aliño)`` then, on the
    next line, ``Des milliers de falleras défilent…</figcaption>``. Read as one Spanish
    block, the French translation was a Spanish sentence, and the next paragraph was
    taken for the caption's translation (`_link_caption_translations`). The caption's
    leading and trailing sentences that are surely in the document's language (and are
    no photo credit) make caption blocks of their own, on the same line; what is left
    (the original, its credit) keeps the block's language. Sentences as
    `split_sentences` cuts them; "surely" as for a block's language (`_said_language`).
    """
    from workbench.ingest.segment import split_sentences

    cut = [
        (i, sentences)
        for i, b in enumerate(blocks)
        if b.kind is Kind.CAPTION
        and b.lang != doc_lang
        and len(sentences := split_sentences(b.text, b.lang)) > 1
    ]
    if not cut:
        return {}
    guesses = iter(detect([s for _, sentences in cut for s in sentences]))
    parts: dict[int, list[Block]] = {}
    for i, sentences in cut:
        said = [_said_language(s, next(guesses)) for s in sentences]
        home = [
            lang == doc_lang
            and not (debris_lines.has_photo_credit(s) or debris_lines.is_split_credit(s))
            for lang, s in zip(said, sentences, strict=True)
        ]
        start = next((k for k, h in enumerate(home) if not h), len(sentences))
        end = len(sentences) - next((k for k, h in enumerate(reversed(home)) if not h), 0)
        if (start, end) == (0, len(sentences)) or not any(
            lang not in (None, doc_lang) for lang in said[start:end]
        ):
            continue  # no sentence of the document's language at an edge, or nothing foreign
        runs = [(sentences[:start], doc_lang), (sentences[start:end], blocks[i].lang),
                (sentences[end:], doc_lang)]  # fmt: skip
        parts[i] = [replace(blocks[i], text=" ".join(run), lang=lang) for run, lang in runs if run]
    return parts


def _said_language(text: str, guess: tuple[str, float] | None) -> str | None:
    """The guessed language of ``text`` if the guess is sure enough to act on, else None."""
    if guess is None or guess[1] < FOREIGN_CONFIDENCE or _words(text) < FOREIGN_MIN_WORDS:
        return None
    return guess[0]


def _link_caption_translations(
    blocks: list[Block], doc_lang: str, mixed: Collection[int] = (), outside: Collection[int] = ()
) -> list[Block]:
    """A short block right after a foreign caption, in the document language, is its
    translation, unless that caption holds its translation already (``mixed``), or the
    block lies outside the caption's figure (``outside``) and does not read as the caption
    translated (`figures.reads_as_translation`)."""
    out = list(blocks)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            i - 1 not in mixed
            and (i not in outside or figures.reads_as_translation(prev.text, cur.text))
            and prev.kind is Kind.CAPTION
            and prev.lang != doc_lang
            and cur.lang == doc_lang
            and cur.kind is Kind.BODY
            and 0.5 <= _words(cur.text) / max(1, _words(prev.text)) <= 2.0
        ):
            out[i] = replace(cur, kind=Kind.CAPTION)
    return out
