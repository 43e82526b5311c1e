"""Ingesting documents: files in, versioned segments stored."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.ingest import files as _ingest
from workbench.ingest.readers import Reading
from workbench.model import Block, Document, InputError, Kind, Sentence, command_ref, is_whole
from workbench.pipeline.readings import CarryOver
from workbench.spaces import NO_BREAK, plain
from workbench.store import IngestStatus, Store
from workbench.wording import counted, plural

Progress = Callable[[int], None]
# What `ingest` says it is doing with a file: ``step(what, total)`` shows ``what``, with a
# count up to ``total`` when known, and returns the function that advances that count.
Step = Callable[[str, int | None], Progress]


def _no_progress(_n: int = 1) -> None:
    return None


def _no_step(_what: str, _total: int | None = None) -> Progress:
    return _no_progress


@dataclass(frozen=True)
class FileResult:
    """What happened to one file of an ingest run."""

    path: Path
    status: IngestStatus | None  # None when it failed
    document: Document | None = None
    previous_version: int | None = None
    error: str | None = None
    warning: str | None = None  # e.g. most of the file classed as web debris
    carry: CarryOver | None = None  # status "reread": what `align` does with review work

    @property
    def failed(self) -> bool:
        return self.status is None


@dataclass(frozen=True)
class IngestReport:
    files: tuple[FileResult, ...]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]


def detect_languages(
    texts: Sequence[str], languages: Sequence[str] | None = None
) -> list[tuple[str, float] | None]:
    """Lingua's guess for each text (`extract.Detector`), among ``languages`` if given."""
    from workbench.ingest.langid import DEFAULT_LANGUAGES, detect_many

    guesses = detect_many(texts, languages or DEFAULT_LANGUAGES)
    return [(g.lang, g.confidence) if g else None for g in guesses]


def sentences_of(blocks: Sequence[Block], advance: Progress = _no_progress) -> list[Sentence]:
    """Split every block into sentences that keep the block's kind and language.

    A block with metadata (a subtitle cue and its timecode) is one sentence:
    the metadata belongs to the whole of it. A photo caption's label ("Pie de
    foto:", "Légende :") is a boilerplate sentence of its own before the caption:
    the label has no counterpart in the caption's translation, so it is kept out
    of the caption's sentences, but it stays in the document, where the
    translator sees it (until session 19 it was dropped). A photo credit after a
    block's last sentence ("… Tollesbury Fleet. Photo: Environment Agency",
    "… - AFP/JOHN DOE", "… en Orleans. - AFP/JOHN DOE", and in a caption "… de Benimaclet.
    EFE/Manuel Bruque", "… al amanecer. Diario del Turia") is a boilerplate sentence of
    its own: glued to the caption, it was aligned with the translation's next sentence.
    ``advance`` is called once a block.
    """
    from workbench.ingest.segment import caption_label, split_sentences

    out: list[Sentence] = []
    for i, b in enumerate(blocks):
        advance(1)
        if is_whole(b.meta):
            out.append(Sentence(text=b.text, kind=b.kind, lang=b.lang, block=i, meta=b.meta))
            continue
        label, text = caption_label(b.text) if b.kind is Kind.CAPTION else ("", b.text)
        if label:
            out.append(Sentence(text=label, kind=Kind.BOILERPLATE, lang=b.lang, block=i))
        pieces, credit = _without_trailing_credit(split_sentences(text, b.lang), b)
        out += [Sentence(text=s, kind=b.kind, lang=b.lang, block=i, meta=b.meta) for s in pieces]
        if credit:
            out.append(Sentence(text=credit, kind=Kind.BOILERPLATE, lang=b.lang, block=i))
    return out


# What parts a credit from its caption: "2024 - AFP/…", a no-break space kept before the dash.
_DASHES = " -–—" + NO_BREAK


def _without_trailing_credit(sentences: list[str], block: Block) -> tuple[list[str], str]:
    """A block's sentences but a trailing photo credit, and that credit ("" if none).

    The credit must follow a sentence of the block: a block that is a credit
    alone is the debris rules' business, and boilerplate keeps its text whole.
    """
    from workbench.ingest.debris_lines import (
        has_photo_credit,
        is_agency_alone,
        is_credit_alone,
        is_name_alone,
        is_split_credit,
        without_credit,
    )

    if block.kind is Kind.BOILERPLATE or not sentences:
        return sentences, ""
    last = sentences[-1]
    if len(sentences) > 1 and is_split_credit(last):
        return sentences[:-1], last.strip(_DASHES)
    if len(sentences) > 1 and (is_credit_alone(last) or is_agency_alone(last)):
        return sentences[:-1], last
    if (
        block.kind is Kind.CAPTION
        and len(sentences) > 1
        and sentences[-2].rstrip().endswith((".", "!", "?", "»", "”", '"'))
        and is_name_alone(last)
    ):
        return sentences[:-1], last
    if has_photo_credit(last):
        rest = without_credit(last).rstrip()
        credit = last.strip()[len(rest) :].strip(_DASHES)
        if rest and credit:
            return [*sentences[:-1], rest], credit
    return sentences, ""


def parse_file(
    path: Path, max_bytes: int = _ingest.MAX_BYTES, known_lines: Collection[str] = frozenset()
) -> tuple[Reading, str, list[Sentence]]:
    """Read one file with the reader of its suffix, classify its blocks and split them.

    Nothing is stored. ``known_lines``: block texts of other stored documents
    (see `site_lines`); they count only for web text (.txt, .html, .md).
    Raises InputError (see :func:`workbench.ingest.readers.read_file`).
    """
    from workbench.ingest.readers import read_file

    return _classified(read_file(path, max_bytes), path, known_lines)


def _classified(
    source: Reading, path: Path, known_lines: Collection[str], step: Step = _no_step
) -> tuple[Reading, str, list[Sentence]]:
    """A reading's blocks classified and split (see :func:`parse_file`), each stage
    told to ``step``."""
    from workbench.ingest.extract import (
        classify,
        classify_structured,
        split_mixed_captions,
        split_table_rows,
        unserved_language,
    )

    step(
        f"{path.name}: finding languages and debris in {counted(len(source.blocks), 'block')}", None
    )
    if source.structured:
        blocks, lang = classify_structured(source.blocks, detect_languages)
    else:
        blocks, lang = classify(source.blocks, detect_languages, known_lines)
        blocks = split_table_rows(source.blocks, blocks)
        blocks = split_mixed_captions(blocks, lang, detect_languages)
    sentences = sentences_of(
        blocks, step(f"{path.name}: cutting blocks into sentences", len(blocks))
    )
    if not sentences:
        raise InputError(f"{path}: holds no text once markup is removed; nothing to ingest")
    unserved = unserved_language(blocks)
    if unserved is not None:
        from workbench.ingest.langid import DEFAULT_LANGUAGES

        raise InputError(
            f"{path}: reads as {unserved}, a language the workbench does not recognise "
            f"(it knows {', '.join(DEFAULT_LANGUAGES)}); nothing was stored: ingest the "
            "text in one of those languages"
        )
    return source, lang, sentences


# Lines of this many of the newest other documents count as the site's own.
SITE_DOCUMENTS = 50

# A file stem that names one text in one language: "statut.fr", "statut_en", "guide-pt-BR".
_IN_A_LANGUAGE = re.compile(r"^(?P<text>.+?)[._-](?P<lang>[a-z]{2})(?:[-_][A-Z]{2})?$")


def site_lines(store: Store, exclude: str, doc_id: int | None = None) -> frozenset[str]:
    """Block texts of the newest stored documents that are other pages of a site:
    not ``exclude`` (a file stem) nor document ``doc_id``, nor their kin (`kin`).

    A line found on another page ingested alongside (a site name, a footer,
    a newsletter box) is evidence of site chrome. A document's own versions and
    its original or translation are the same text, not other pages: until
    session 19 a statute's new version found "Article 3." in its English
    original and classed it as chrome, and `align` left reviewed beads behind.
    """
    docs = store.documents()
    related = kin(store, docs, exclude, doc_id)
    lines: set[str] = set()
    for doc in docs[-SITE_DOCUMENTS:]:
        if doc.id in related:
            continue
        blocks: dict[int, list[str]] = {}
        for s in store.segments(doc.id, doc.version):
            blocks.setdefault(s.block, []).append(s.text)
        lines.update(plain(" ".join(texts)) for texts in blocks.values())
    return frozenset(lines)


def kin(store: Store, docs: Sequence[Document], name: str, doc_id: int | None) -> set[int]:
    """Ids of ``docs`` that are the text named ``name`` (a file stem) or document
    ``doc_id`` in some version or language: that document, the documents of that
    name or of that name in another language ("statut.en" for "statut.fr"), and the
    originals and translations of each (`Document.original_of`, alignments)."""
    text = _text_named(name)
    own = {d.id for d in docs if d.id == doc_id or d.name == name or _text_named(d.name) == text}
    linked = {d.original_of for d in docs if d.id in own and d.original_of is not None}
    linked |= {d.id for d in docs if d.original_of in own}
    for i in own:
        linked |= {a.counterpart_doc_id for a in store.alignments(i) if a.counterpart_doc_id}
    return own | linked


def _text_named(name: str) -> str:
    """The text a file stem names, without its language: "statut" for "statut.fr"."""
    from workbench.ingest.langid import DEFAULT_LANGUAGES

    match = _IN_A_LANGUAGE.match(name)
    return match["text"] if match and match["lang"] in DEFAULT_LANGUAGES else name


def ingest_file(
    store: Store,
    path: Path,
    *,
    original_of: int | None = None,
    max_bytes: int = _ingest.MAX_BYTES,
    actor: str = "cli",
    reread: bool = False,
    step: Step = _no_step,
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
    from workbench.ingest.readers import read_file
    from workbench.pipeline.readings import reader_key, stored_at

    step(f"{path.name}: reading", None)
    where = str(path.resolve())
    here = stored_at(store, where)
    known = site_lines(store, path.stem, here.id if version_of is None and here else version_of)
    try:
        source = read_file(path, max_bytes)
        key = reader_key(() if source.structured else known)
        told = reread or original_of is not None or version_of is not None
        same = None if told else _read_alike(store, source, where, key)
        if same is not None:
            return same
        _, lang, sentences = _classified(source, path, known, step)
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
    if result.status != "new" or not namesakes or result.document is None:
        return result
    warning = namesake_warning(result.document, namesakes, path)
    return replace(result, warning="; ".join(w for w in (result.warning, warning) if w))


def namesake_warning(doc: Document, namesakes: Sequence[Document], path: Path) -> str:
    """The warning for a new document ``doc`` stored from ``path`` whose name
    ``namesakes`` (documents from other paths) already have: a client's new version
    delivered in another folder, or another document of the same name."""
    first = namesakes[0]
    others = ", ".join(str(d.id) for d in namesakes)
    return (
        f"{doc.name} is a new document (id {doc.id}) beside {plural(len(namesakes), 'document')} "
        f"{others} of the same name (from {first.path}); if it is its new version, run "
        f"`workbench ingest {path} --version-of {first.id}` (reviews are carried over by "
        f"`align`); if it is another document, name each by its id, as in "
        f"`workbench align {doc.id} --to LANG`"
    )


def _read_alike(store: Store, source: Reading, where: str, key: str) -> FileResult | None:
    """The result for a file whose current version has ``source``'s bytes and was read
    under ``key`` (`readings.reader_key`): unchanged, without classifying and splitting
    it again, which was most of the cost of `ingest` (a 5 MB text: two minutes of CPU);
    None when the file must be read.

    The warnings are the reader's and, from the stored segments, the heavy-debris note.
    """
    from workbench.ingest.debris import heavy_debris_note
    from workbench.pipeline.readings import stored_at

    doc = stored_at(store, where)
    if doc is None or doc.sha256 != source.sha256 or store.reader_of(doc.id, doc.version) != key:
        return None
    segments = store.segments(doc.id)
    debris = heavy_debris_note(doc.name, [(s.text, s.kind is Kind.BOILERPLATE) for s in segments])
    notes = (*source.warnings, *([debris] if debris else []))
    return FileResult(source.path, "unchanged", doc, warning="; ".join(notes) or None)


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
    from workbench.ingest.readers import read_file
    from workbench.pipeline.readings import reader_key

    known = site_lines(store, path.stem, doc.id)
    try:
        source = read_file(path, _ingest.MAX_BYTES)
        key = reader_key(() if source.structured else known)
        same = _read_alike(store, source, str(path.resolve()), key)
        stored = same.document if same is not None else None
        if same is not None and stored and (stored.original_of, stored.lang) == (doc.id, cp_lang):
            return same
        _, lang, sentences = _classified(source, path, known)
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
    the key it was read under (`readings.reader_key`), None when not known;
    ``version_of``: see `Store.store_file`. A changed file's unchanged lines keep the
    kinds its current version gave them (`readings.kinds_kept`)."""
    from workbench.pipeline.readings import kinds_kept, stored_at

    reading, held = _reading_to_store(store, where, source.sha256, sentences, reread, version_of)
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
        reader=reader,
        version_of=version_of,
    )
    from workbench.ingest.debris import heavy_debris_note

    debris = heavy_debris_note(name, [(s.text, s.kind is Kind.BOILERPLATE) for s in sentences])
    carry, kinds_left = _carried(store, stored.status, stored.document, stored.previous_version)
    notes = (*source.warnings, *(n for n in (debris, held, kinds_left) if n))
    return FileResult(
        source.path, stored.status, stored.document, stored.previous_version, None,
        "; ".join(notes) or None, carry,
    )  # fmt: skip


def _reading_to_store(
    store: Store,
    where: str,
    sha256: str,
    sentences: Sequence[Sentence],
    reread: bool,
    version_of: int | None = None,
) -> tuple[str | None, str | None]:
    """(digest of the reading to give the store, why a new reading is held back or None).

    For an original whose reviewed beads a new version would leave behind
    (`held_original`) the digest is None, which the store takes as "not known":
    its unchanged bytes stay unchanged, and the reason is given when they
    read otherwise now (their cut differs) or ``reread`` asked for it.
    """
    from workbench.pipeline.readings import held_original, reading_of, stored_at

    doc = store.document(version_of) if version_of is not None else stored_at(store, where)
    held = held_original(store, doc) if doc is not None else None
    if doc is None or held is None:
        return reading_of(sentences), None
    if doc.sha256 != sha256:
        return None, None  # a changed file: a new version, as always
    cut = [(x.block, x.text) for x in store.segments(doc.id)]
    differs = reread or cut != [(x.block, x.text) for x in sentences]
    return None, held if differs else None


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
    from workbench.pipeline.readings import carry_kinds, carry_over

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
    from workbench.ingest.readers import BY_SUFFIX

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
            f"`workbench ingest {name}`"
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
    from workbench.ingest.readers import BY_SUFFIX

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
        _, lang, sentences = _classified(source, shown, site_lines(store, stem))
    except InputError as exc:
        return FileResult(shown, None, error=str(exc))
    return _stored(store, source, stem, PASTE_PATH.format(name=stem), lang, sentences, actor)


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    max_bytes: int = _ingest.MAX_BYTES,
    on_total: Callable[[int], None] | None = None,
    progress: Progress = _no_progress,
    actor: str = "cli",
    reread: bool = False,
    step: Step = _no_step,
    version_of: int | None = None,
) -> IngestReport:
    """Ingest files and folders. Each file is stored whole or not at all; one
    bad file does not stop the others. ``reread``: unchanged files become a new
    version too (see :func:`ingest_file`); ``step`` is told what each file's ingest
    does as it goes; ``version_of``: see :func:`ingest_file` (for every file given)."""
    files, problems = _ingest.collect(paths)
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
    return IngestReport(tuple(results))
