"""Aligning two files without the store: what `workbench align-files` runs.

The files are read by the one decoder every file goes through
(:func:`workbench.ingest.files.read_source`: BOM, strict UTF-8, a clear refusal
of mixed encodings, a best guess for legacy ones), split into sentences by the
one splitter (:func:`workbench.ingest.segment.split_sentences`), and aligned by
:func:`workbench.align.align` in the mode :func:`workbench.align.choose_mode`
picks, which the report then names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from workbench.align import AlignConfig, Encoder, Mode, align, choose_mode
from workbench.ingest.extract import row_cells
from workbench.ingest.files import read_source
from workbench.ingest.segment import split_sentences
from workbench.model import Bead, InputError, is_whole
from workbench.pipeline.alignment import load_lexicon_or_none
from workbench.wording import counted, plural

# A "sentence" longer than this is most likely a whole unsplit file or a binary.
LONG_LINE = 5_000


@dataclass(frozen=True)
class SentenceFile:
    """The sentences of one file, with the encoding it was read in; ``timecodes``: each
    sentence's subtitle timecode (None for one that has none), empty when none has one."""

    path: Path
    sentences: tuple[str, ...]
    encoding: str
    warnings: tuple[str, ...] = ()
    timecodes: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class FilesAlignment:
    """Two files' sentences, their beads (0-based sentence ids) and how they were aligned."""

    src: SentenceFile
    tgt: SentenceFile
    beads: tuple[Bead, ...]
    mode: Mode  # the search mode the aligner ran in
    notes: tuple[str, ...]  # what the user should know: encodings, dictionary, sparse mode

    def summary(self) -> str:
        """One line: the beads (null ones included, as `score align` counts them), the
        pairs among them and the sentences they link, and the sentences left alone."""
        n, m = len(self.src.sentences), len(self.tgt.sentences)
        pairs = [b for b in self.beads if b.src and b.tgt]
        nulls = len(self.beads) - len(pairs)
        text = (
            f"{counted(len(self.beads), 'bead')}: {counted(len(pairs), 'pair')} "
            f"{plural(len(pairs), 'links', 'link')} {sum(len(b.src) for b in pairs)} of "
            f"{counted(n, 'source sentence')} and {sum(len(b.tgt) for b in pairs)} of "
            f"{counted(m, 'target sentence')}"
        )
        if nulls:
            lone_src = sum(len(b.src) for b in self.beads if not b.tgt)
            lone_tgt = sum(len(b.tgt) for b in self.beads if not b.src)
            lone = [
                counted(count, f"{side} sentence")
                for count, side in ((lone_src, "source"), (lone_tgt, "target"))
                if count
            ]
            text += f"; {nulls} with no counterpart: {' and '.join(lone)}"
        return text

    def rows(self) -> list[dict[str, object]]:
        """One row a bead: ids, score and the texts joined, for JSON or TSV output."""
        src, tgt = self.src.sentences, self.tgt.sentences
        return [
            {
                "src": list(b.src),
                "tgt": list(b.tgt),
                "score": b.score,
                "src_text": " ".join(src[i] for i in b.src),
                "tgt_text": " ".join(tgt[j] for j in b.tgt),
            }
            for b in self.beads
        ]


def read_sentences(path: Path, lang: str, *, presplit: bool) -> SentenceFile:
    """Sentences of a file: one a line with ``presplit``, else each line split, a line of
    tab-separated cells (a table's row, `extract.row_cells`) each cell.

    A .docx, .odt, .pdf, .srt or .vtt file is read by its reader instead
    (:mod:`workbench.ingest.readers`): its blocks split into sentences, page
    furniture left out, one sentence a subtitle cue. An .html, .htm, .xhtml or
    .md file is read as `ingest` reads it: no tag, no web debris, only ``lang``.
    Raises InputError (one line, what to do) when the file cannot be read, is
    empty, binary, or mixes UTF-8 with another encoding, or when its reader refuses it. A line over
    ``LONG_LINE`` characters is kept and reported in ``warnings``.
    """
    if _structured(Path(path)):
        return _structured_sentences(Path(path), lang)
    if Path(path).suffix.lower() in WEB_SUFFIXES:
        return _web_sentences(Path(path), lang)
    sniffed = _sniffed(Path(path))
    if sniffed is not None:  # a page saved as page.php, subtitles as film.fr: as ingest reads them
        return sniffed(Path(path), lang)
    source = read_source(Path(path))
    lines = source.text.splitlines()
    warnings = tuple(
        f"{path} line {number} has {len(line)} characters; "
        + ("is the file one sentence a line?" if presplit else "it may align poorly")
        for number, line in enumerate(lines, 1)
        if len(line) > LONG_LINE
    )
    # a table's row (tab-separated cells) gives a sentence a cell, as `ingest` stores it
    cut = [list(row_cells(line)) or [line] for line in lines]
    sentences = (
        lines if presplit else [s for row in cut for c in row for s in split_sentences(c, lang)]
    )
    return SentenceFile(Path(path), tuple(sentences), source.encoding, warnings)


# Markup read as `workbench ingest` reads it: tags removed, web debris left out.
WEB_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".md"})


def _sniffed(path: Path) -> Callable[[Path, str], SentenceFile] | None:
    """How to read a file whose suffix no reader has (``page.php``, ``crue.html.v1``,
    ``film.fr``) when its bytes hold a web page, subtitles or a document (`sniff.by_content`):
    as `ingest` reads that format (newcomer32: a saved page read as plain text gave its tags
    as sentences). None for plain text, read line by line as before."""
    from workbench.ingest.readers import BY_SUFFIX
    from workbench.ingest.sniff import by_content

    if path.suffix.lower() in BY_SUFFIX or not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return None  # read_source says what is wrong, in one line
    _, suffix = by_content(head)
    if suffix is None or suffix == ".txt" or suffix not in BY_SUFFIX:
        return None
    if BY_SUFFIX[suffix].structured:
        return partial(_structured_sentences, by_content=True)
    return partial(_web_sentences, by_content=True)


def _web_sentences(path: Path, lang: str, *, by_content: bool = False) -> SentenceFile:
    """A web page or Markdown file read as `ingest` reads it: its text in ``lang``.

    Markup is removed, and blocks classed as web debris (navigation, cookie
    notices, comments, footers) or in another language (a caption in a third
    language) are left out, as they are from an ingested document's alignment.
    """
    from workbench.ingest.readers import read_file
    from workbench.model import Kind
    from workbench.pipeline.parsing import classified

    reading, _, sentences = classified(read_file(path, by_content=by_content), path, ())
    kept = [s.text for s in sentences if s.kind is not Kind.BOILERPLATE and s.lang == lang]
    return SentenceFile(path, tuple(kept), reading.encoding, _named(path, reading.warnings))


def _named(path: Path, warnings: tuple[str, ...]) -> tuple[str, ...]:
    """A reading's warnings, each naming its file: `align-files` reads two."""
    return tuple(w if w.startswith(str(path)) else f"{path}: {w}" for w in warnings)


def _structured(path: Path) -> bool:
    """A file whose reader knows its structure (.docx, .odt, .pdf, .srt, .vtt); any other
    suffix (``a.de``, ``corpus.fr``) is read as plain text, one sentence or paragraph a line."""
    from workbench.ingest.readers import BY_SUFFIX

    reader = BY_SUFFIX.get(path.suffix.lower())
    return reader is not None and reader.structured


def _structured_sentences(path: Path, lang: str, *, by_content: bool = False) -> SentenceFile:
    """A Word, OpenDocument, PDF or subtitle file: its blocks, page furniture left out.

    Blocks come from the reader table (:mod:`workbench.ingest.readers`); a
    subtitle cue stays one sentence, anything else is split. A timed transcript's
    sentences are timed from their turns (`turn_timecodes`), as in the stored alignment.
    """
    from workbench.align.turn_times import turn_timecodes
    from workbench.ingest.readers import read_file
    from workbench.ingest.readers_subtitles import TIMECODE
    from workbench.model import Kind

    reading = read_file(path, by_content=by_content)
    found = [
        (s, dict(b.meta).get(TIMECODE) if whole else None, b.meta)
        for b in reading.blocks
        if b.hint is not Kind.BOILERPLATE
        for whole in (is_whole(b.meta),)
        for s in ([b.text] if whole else split_sentences(b.text, lang))
    ]
    times = tuple(t for _, t, _ in found)
    if not any(times):
        times = tuple(turn_timecodes([m for _, _, m in found], [s for s, _, _ in found]))
    return SentenceFile(
        path, tuple(s for s, _, _ in found), reading.encoding,
        _named(path, reading.warnings) if by_content else reading.warnings,
        timecodes=times if any(times) else (),
    )  # fmt: skip


def align_files(
    src_path: Path,
    tgt_path: Path,
    src_lang: str,
    tgt_lang: str,
    *,
    presplit: bool = False,
    encoder: Encoder | None = None,
    lexicon: bool = True,
    config: AlignConfig = AlignConfig(),  # noqa: B008 - frozen, safe as a default
) -> FilesAlignment:
    """Align the sentences of two plain-text files; every sentence is in one bead, in order.
    Two subtitle files' cue timecodes are evidence, as in the stored alignment.

    ``lexicon`` loads the FreeDict dictionary of the pair when one is installed
    (a note says so when none is). Raises InputError when a file has no
    sentences or cannot be read.
    """
    from workbench.translate.registry import require_language_code

    require_language_code(src_lang)
    require_language_code(tgt_lang)
    src = read_sentences(src_path, src_lang, presplit=presplit)
    tgt = read_sentences(tgt_path, tgt_lang, presplit=presplit)
    n, m = len(src.sentences), len(tgt.sentences)
    if n == 0 or m == 0:
        raise InputError(f"{src.path if n == 0 else tgt.path} has no sentences: nothing to align")
    notes = _encoding_notes(src, tgt)
    notes += _language_notes((src, src_lang, "--src-lang"), (tgt, tgt_lang, "--tgt-lang"))
    words = None
    if lexicon:
        words, missing = load_lexicon_or_none(src_lang, tgt_lang)
        if missing:
            notes.append(missing)
    # The mode is fixed here and handed to the aligner, so the note says what it did.
    mode = choose_mode(n, m, config)
    if mode is Mode.SPARSE:
        notes.append(
            f"the sides differ in size ({n} and {m} sentences): aligning only "
            "the sentences that have a clear counterpart"
        )
    beads = align(
        src.sentences, tgt.sentences, src_lang=src_lang, tgt_lang=tgt_lang,
        encoder=encoder, lexicon=words, config=replace(config, mode=mode),
        # subtitle cues' timecodes, as the stored alignment passes them (`pipeline.alignment`)
        timecodes=(src.timecodes, tgt.timecodes),
    )  # fmt: skip
    return FilesAlignment(src, tgt, tuple(beads), mode, tuple(notes))


# Sentences whose language is guessed, at most, evenly spread over a file.
LANGUAGE_SAMPLE = 60


def _language_notes(*sides: tuple[SentenceFile, str, str]) -> list[str]:
    """A note for each file most of whose text reads as another language than the one it
    was given as (``sides``: the file, its language, the option that gave it), where
    `align --original` refuses such an original: the splitter, the dictionary and the
    beads' language are the given one's (newcomer38: a Spanish file given as English, or
    the two files swapped, aligned without a word)."""
    from workbench.pipeline.parsing import detect_languages

    notes = []
    for found, lang, option in sides:
        texts = found.sentences
        sample = [
            texts[k]
            for k in sorted({k * len(texts) // LANGUAGE_SAMPLE for k in range(LANGUAGE_SAMPLE)})
        ]
        chars: dict[str, int] = {}
        for text, guess in zip(sample, detect_languages(sample), strict=True):
            if guess is not None:
                chars[guess[0]] = chars.get(guess[0], 0) + len(text)
        read = max(chars, key=lambda code: chars[code], default=lang)
        if read != lang and chars[read] > 0.6 * sum(chars.values()):
            notes.append(
                f"{found.path} reads as {read}, not {lang}: it was split and aligned as "
                f"{lang} ({option}); if it is {read}, give {option} {read}"
            )
    return notes


def _encoding_notes(*sides: SentenceFile) -> list[str]:
    """A note for each side read in another encoding than UTF-8 (a document format's own
    reading aside)."""
    return [
        f"{side.path} is not UTF-8; read it as {side.encoding}"
        for side in sides
        if side.encoding not in ("utf-8", "utf-8-sig", "docx", "odt", "pdf")
    ]
