"""Ingesting documents: files in (read by `parsing`, with `site_lines`), versioned segments
stored."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.ingest import files as _ingest
from workbench.ingest.block_languages import word_count
from workbench.ingest.readers import BY_SUFFIX, Reading, read_file, said_apart
from workbench.model import Document, FileNote, InputError, Sentence, command_ref
from workbench.naming import name_holder, shell_word, tagged
from workbench.pipeline.heavy_debris import heavy_debris_line
from workbench.pipeline.namesakes import namesake_warning

# imported `as` themselves: re-exported, their callers take them from here
from workbench.pipeline.parsing import Progress as Progress
from workbench.pipeline.parsing import Step, classified, no_progress, no_step
from workbench.pipeline.parsing import detect_languages as detect_languages
from workbench.pipeline.parsing import parse_file as parse_file
from workbench.pipeline.parsing import sentences_of as sentences_of
from workbench.pipeline.readings import (
    CarryOver,
    carry_kinds,
    carry_over,
    kinds_kept,
    reader_key,
    reading_to_store,
    stored_at,
)
from workbench.pipeline.site_lines import site_lines
from workbench.store import IngestStatus, Store
from workbench.wording import counted, plural


@dataclass(frozen=True)
class FileResult:
    """What happened to one file of an ingest run."""

    path: Path
    status: IngestStatus | None  # None when it failed
    document: Document | None = None
    previous_version: int | None = None
    # why the store made ``previous_version`` without a file (`StoredFile.previous_why`)
    previous_why: str | None = None
    error: str | None = None
    warning: str | None = None  # e.g. most of the file classed as web debris
    carry: CarryOver | None = None  # status "reread": what `align` does with review work
    note: str | None = None  # stored as written, nothing lost (`model.FileNote`): no exit 3
    # the lines of ``warning`` and ``note`` other than the heavy-debris one, which `align`
    # says itself from the stored segments (`alignment.debris_notes`): the reader's (a cue
    # left out, a page cut off) and the new version's (kind changes not carried)
    reading_notes: tuple[str, ...] = ()
    # named as French (``berlin.fr``) but read as another language: said in ``warning``
    misnamed: bool = False
    # stored as a new document beside documents of its name from other paths: its warning
    # asks whether it is a new version of one (`namesakes.namesake_warning`)
    beside_namesakes: bool = False

    @property
    def failed(self) -> bool:
        return self.status is None


@dataclass(frozen=True)
class IngestReport:
    files: tuple[FileResult, ...]
    # files of the folders given left out by name: README, LICENSE, CHANGELOG
    # (`ingest.files.project_file`)
    project_files: tuple[Path, ...] = ()

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]


def ingest_file(
    store: Store,
    path: Path,
    *,
    original_of: int | None = None,
    max_bytes: int = _ingest.MAX_BYTES,
    actor: str = "cli",
    reread: bool = False,
    step: Step = no_step,
    version_of: int | None = None,
) -> FileResult:
    """Ingest one file; an InputError is reported in the result, not raised. What it
    does is told to ``step`` as it goes (reading, classifying, cutting, storing).

    ``version_of``: the id of the document the file is a new version of, stored from
    another path (see `Store.store_file`). Without it, a file whose name another
    document from another path has, with other bytes, is a new document, and its
    result's warning names both and the command for each reading (`namesake_warning`).

    The same bytes as the stored version are "unchanged" when this workbench
    reads them as that version's segments were read; read otherwise (a newer
    reader or segmenter), or with ``reread``, they are a new version (status
    "reread"), but for an original whose translation has reviewed beads
    (`readings.held_original`: it stays, with a warning).
    """
    step(f"{path.name}: reading", None)
    where = str(path.resolve())
    known = _site_lines_before(store, path, where, version_of)
    try:
        source = read_file(path, max_bytes)
        key = reader_key(() if source.structured else known)
        told = reread or original_of is not None or version_of is not None
        same = None if told else _read_alike(store, source, where, key)
        if same is not None:
            return same
        _, lang, sentences = classified(source, path, known, step)
    except InputError as exc:
        return FileResult(path, None, error=str(exc))
    step(f"{path.name}: storing {counted(len(sentences), 'segment')}", None)
    namesakes = [d for d in store.documents() if d.name == path.stem and d.path != where]
    try:
        result = _stored(
            store, source, path.stem, where, lang, sentences, actor, original_of, reread, key,
            version_of,
        )  # fmt: skip
    except InputError as exc:
        return FileResult(path, None, error=str(exc))
    return _warned_of_language(store, _warned_of_namesakes(result, namesakes, path), path)


def _site_lines_before(
    store: Store, path: Path, where: str, version_of: int | None
) -> frozenset[str]:
    """Other pages' lines of the file's site (`site_lines`), known before it is read: not
    the file's own document (``version_of``, or the one stored from ``where``) nor its kin."""
    here = stored_at(store, where)
    return site_lines(store, path.stem, here.id if version_of is None and here else version_of)


def _warned_of_namesakes(
    result: FileResult, namesakes: Sequence[Document], path: Path
) -> FileResult:
    """``result`` with a warning naming ``namesakes`` (documents of that name from other
    paths) and the command for each reading, when it stored a new document that left
    the name meaning none of them (not so an original named like its translation)."""
    if result.status != "new" or not namesakes or result.document is None:
        return result
    if name_holder([*namesakes, result.document]) is not None:
        return result
    warning = namesake_warning(result.document, namesakes, path)
    return replace(_warned(result, warning), beside_namesakes=True)


# A page named as French is said to read otherwise only on this many words of its text:
# three cues ("Un.", "Cinq.", "Quatre.") read as Catalan.
MISNAMED_MIN_WORDS = 20


def _warned_of_language(store: Store, result: FileResult, path: Path) -> FileResult:
    """``result`` with a warning (exit 3) when it stored a new document whose name says
    French (``berlin.fr``) and whose text reads as another language: stored, nothing lost,
    but the file is not what its name says (newcomer33: a German page saved as
    ``berlin.fr.txt`` was stored with exit 0 and a note that took it for an original). A
    file named otherwise that reads as another language is an original: a note, exit 0
    (`ingested.file_lines`), as is a text of fewer than `MISNAMED_MIN_WORDS` words, too
    short for its reading to be sure."""
    doc = result.document
    if result.status != "new" or doc is None or doc.lang == "fr" or not tagged(doc.name, "fr"):
        return result
    if sum(word_count(s.text) for s in store.segments(doc.id)) < MISNAMED_MIN_WORDS:
        return result
    warning = (
        f"{doc.name} is named as French but reads as {doc.lang}: check that {path.name} holds "
        f"the French text (if it is an original, align its French translation with it: "
        f"`workbench align FRENCH --to {doc.lang} --original {shell_word(str(path))}`)"
    )
    return replace(_warned(result, warning), misnamed=True)


def _warned(result: FileResult, warning: str) -> FileResult:
    """``result`` with ``warning`` after the warnings it has, on its one warning line."""
    return replace(result, warning="; ".join(w for w in (result.warning, warning) if w))


def _read_alike(store: Store, source: Reading, where: str, key: str) -> FileResult | None:
    """The result for a file whose current version has ``source``'s bytes and was read
    under ``key`` (`readings.reader_key`): unchanged, without classifying and splitting
    it again, which was most of the cost of `ingest` (a 5 MB text: two minutes of CPU);
    None when the file must be read.

    The warnings are the reader's and, from the stored segments, the heavy-debris note.
    """
    doc = stored_at(store, where)
    if doc is None or doc.sha256 != source.sha256 or store.reader_of(doc.id, doc.version) != key:
        return None
    segments = store.segments(doc.id)
    debris = heavy_debris_line(doc.name, segments)
    notes = (*source.warnings, *([debris] if debris else []))
    warning, note = said_apart(notes)
    return FileResult(
        source.path, "unchanged", doc, warning=warning, note=note, reading_notes=source.warnings
    )


def ingest_original(
    store: Store, path: Path, doc: Document, cp_lang: str, *, actor: str = "cli"
) -> FileResult:
    """Ingest ``path`` as ``doc``'s original in ``cp_lang``; an InputError is in the result.

    The file's language is checked before anything is stored: a file in
    another language (a wrong file, or ``doc``'s own) stays out of the store,
    and no document is marked as ``doc``'s original by a refused align.

    ``doc``'s original in ``cp_lang`` stored from these bytes under the same reader
    key (`readings.reader_key`) is unchanged without being read again: re-running
    `align --original` spent most of its time finding the languages of a file it
    had read already (newcomer21, bench/noop_rerun.py).
    """
    known = site_lines(store, path.stem, doc.id)
    try:
        source = read_file(path, _ingest.MAX_BYTES)
        key = reader_key(() if source.structured else known)
        same = _read_alike(store, source, str(path.resolve()), key)
        stored = same.document if same is not None else None
        if same is not None and stored and (stored.original_of, stored.lang) == (doc.id, cp_lang):
            return same
        _, lang, sentences = classified(source, path, known)
    except InputError as exc:
        return FileResult(path, None, error=str(exc))
    if lang == doc.lang:
        error = (
            f"{path} is in {lang}, as {doc.name} is: give {doc.name}'s {cp_lang} original "
            "with --original"
        )
        return FileResult(path, None, error=error)
    if lang != cp_lang:
        return FileResult(path, None, error=f"{path} is in {lang}, not {cp_lang}: pass --to {lang}")
    where = str(path.resolve())
    return _stored(store, source, path.stem, where, lang, sentences, actor, doc.id, reader=key)


def _stored(
    store: Store,
    source: Reading,
    name: str,
    where: str,
    lang: str,
    sentences: list[Sentence],
    actor: str,
    original_of: int | None = None,
    reread: bool = False,
    reader: str | None = None,
    version_of: int | None = None,
) -> FileResult:
    """Store a parsed file or paste as document ``name`` kept at ``where``; ``reader``:
    the key it was read under (`readings.reader_key`), None when not known; not noted on
    a held original read otherwise, so that each read says so; ``version_of``: see
    `Store.store_file`. A changed file's unchanged lines keep the kinds its current
    version gave them (`readings.kinds_kept`)."""
    reading, held = reading_to_store(store, where, source.sha256, sentences, reread, version_of)
    doc = store.document(version_of) if version_of is not None else stored_at(store, where)
    if doc is not None and doc.sha256 != source.sha256:
        sentences = kinds_kept(store, doc, sentences)
    stored = store.store_file(
        name=name,
        path=where,
        lang=lang,
        encoding=source.encoding,
        sha256=source.sha256,
        size=source.size,
        sentences=sentences,
        original_of=original_of,
        actor=actor,
        reading=reading,
        reread=reread and held is None,
        reader=None if held else reader,
        version_of=version_of,
    )
    debris = heavy_debris_line(name, sentences)
    carry, kinds_left = _carried(store, stored.status, stored.document, stored.previous_version)
    folded = _folded_note(stored.folded, stored.document)
    notes = (debris, held, kinds_left, folded)
    warning, note = said_apart((*source.warnings, *(n for n in notes if n)))
    reading_notes = (*source.warnings, *(n for n in (held, kinds_left) if n))
    return FileResult(
        source.path, stored.status, stored.document, stored.previous_version,
        previous_why=stored.previous_why, carry=carry,
        warning=warning, note=note, reading_notes=reading_notes,
    )  # fmt: skip


def _folded_note(folded: tuple[int, str] | None, doc: Document) -> FileNote | None:
    """The note (exit 0: nothing of anyone's work lost) when ``--version-of`` folded into
    ``doc`` the document stored from the same file and never worked on (newcomer34: it
    vanished, with its ingest event, without a word)."""
    if folded is None:
        return None
    return FileNote(
        f"document {folded[0]} ({folded[1]}), stored from this file and never worked on, is "
        f"folded into document {doc.id} ({doc.name}): one document of this file"
    )


def _carried(
    store: Store, status: IngestStatus, doc: Document, previous: int | None
) -> tuple[CarryOver | None, str | None]:
    """After a new version (status "reread" or "updated"): the reviewers' kind changes
    carried onto it; for a new reading, what `align` will do with reviewed beads; and a
    note on kind changes whose sentence is not in the new version (None when there is
    none).

    A changed file's kinds are carried as a new reading's are: a debris line a
    reviewer gave back to the text stays text in the new version (until session 15
    it was debris again, and its bead and draft were gone with no word).
    """
    if status not in ("reread", "updated") or previous is None:
        return None, None
    left = carry_kinds(store, doc, previous)
    now = "cut otherwise now" if status == "reread" else f"not in version {doc.version}"
    note = (
        f"{doc.name}: {counted(left, 'segment')} whose kind a reviewer changed in version "
        f"{previous} {plural(left, 'is', 'are')} {now}; see them with "
        f"`workbench segments {command_ref(doc, store.documents())} --version {previous}` and "
        "mark the new ones again"
        if left
        else None
    )
    return (carry_over(store, doc) if status == "reread" else None), note


# Where a pasted text is kept in the store: a second paste under the same name with
# other text becomes its new version, as a changed file does.
PASTE_PATH = "stdin:{name}"


_PASTE_FORMATS = (".txt", ".md", ".html", ".htm")


def paste_name(name: str, text: bytes) -> tuple[str, str]:
    """(document name, suffix read as) of a pasted text called ``name``.

    ``article.html`` or ``article.md`` is read as that format, ``article`` as
    plain text unless the paste opens as an HTML page does (``<!DOCTYPE``,
    ``<html``). Raises InputError for an empty name or a suffix naming a file
    format a paste cannot be (a .docx or .pdf is a file: ingest the file).
    """
    stem, suffix = Path(name.strip()).stem, Path(name.strip()).suffix.lower()
    if suffix and suffix not in BY_SUFFIX:  # "notes.v2": the dot is part of the name
        stem, suffix = name.strip(), ""
    if not stem or "/" in name:
        raise InputError(
            f"--name {name!r}: name the pasted text with a plain word, e.g. --name article"
        )
    if suffix and suffix not in _PASTE_FORMATS:
        raise InputError(
            f"--name {name}: a {suffix} document is a file, not a paste; save it and run "
            f"`workbench ingest {shell_word(name)}`"
        )
    if not suffix:
        head = text.lstrip()[:64].lower()
        suffix = ".html" if head.startswith((b"<!doctype html", b"<html")) else ".txt"
    return stem, suffix


def ingest_text(
    store: Store,
    text: bytes,
    name: str,
    *,
    max_bytes: int = _ingest.MAX_BYTES,
    actor: str = "cli",
) -> FileResult:
    """Ingest a pasted text (``workbench ingest - --name NAME``) as the document ``NAME``.

    ``text`` is the paste's bytes, decoded as a file's are; :func:`paste_name`
    says how ``name`` chooses the format. Pasting the same text again changes
    nothing; other text under the same name is a new version. An InputError
    (an empty or oversized paste, text the reader refuses) is reported in the
    result, not raised.
    """
    shown = Path("-")
    try:
        stem, suffix = paste_name(name, text)
        if not text.strip():
            raise InputError(
                "-: the pasted text is empty; paste the text, then press Ctrl+D on a new line"
            )
        if len(text) > max_bytes:
            raise InputError(
                f"-: the pasted text is over the {max_bytes:,}-byte limit; ingest it with a "
                "larger --max-size (in MB)"
            )
        shown = Path(f"{stem}{suffix}")  # what messages and the reader call it
        reader = BY_SUFFIX[suffix]
        blocks, encoding, warnings = reader.parse(text, shown)
        source = Reading(
            path=shown, blocks=tuple(blocks), encoding=encoding,
            sha256=hashlib.sha256(text).hexdigest(), size=len(text),
            structured=reader.structured, warnings=warnings,
        )  # fmt: skip
        _, lang, sentences = classified(source, shown, site_lines(store, stem))
    except InputError as exc:
        return FileResult(shown, None, error=str(exc))
    return _stored(store, source, stem, PASTE_PATH.format(name=stem), lang, sentences, actor)


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    max_bytes: int = _ingest.MAX_BYTES,
    on_total: Callable[[int], None] | None = None,
    progress: Progress = no_progress,
    actor: str = "cli",
    reread: bool = False,
    step: Step = no_step,
    version_of: int | None = None,
) -> IngestReport:
    """Ingest files and folders. Each file is stored whole or not at all; one
    bad file does not stop the others. ``reread``: unchanged files become a new
    version too (see :func:`ingest_file`); ``step`` is told what each file's ingest
    does as it goes; ``version_of``: see :func:`ingest_file` (for every file given)."""
    files, problems, project_files = _ingest.collect(paths)
    if on_total is not None:
        on_total(len(files))
    results = [FileResult(p, None, error=str(e)) for p, e in problems]
    for path in files:
        result = ingest_file(
            store, path, max_bytes=max_bytes, actor=actor, reread=reread, step=step,
            version_of=version_of,
        )  # fmt: skip
        results.append(result)
        progress(1)
    return IngestReport(tuple(results), tuple(project_files))
