"""What an alignment links: a document and its counterpart, and the alignment that holds them.

The counterpart is either inside the document (the Spanish captions of a news page) or a
separate original, ingested and linked to it (`find_original`). `resolve_sides` reads the
sentences of each side, or says in one line what to do when a side holds none;
`alignment_for` finds the alignment of a document's current version with a language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    Document,
    InputError,
    Kind,
    NotFoundError,
    Segment,
    command_ref,
)
from workbench.naming import shell_word
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Store


@dataclass(frozen=True)
class Sides:
    """The two sentence lists an alignment links, in document order."""

    document: Document
    original: Document | None
    fr: tuple[Segment, ...]
    cp: tuple[Segment, ...]
    cp_lang: str
    # what ingesting the original given with `align --original` said, apart from the
    # heavy-debris line (`documents.FileResult.reading_notes`); empty without one
    original_notes: tuple[str, ...] = ()


def _content(segments: Sequence[Segment], lang: str) -> tuple[Segment, ...]:
    return tuple(s for s in segments if s.lang == lang and s.kind is not Kind.BOILERPLATE)


def find_original(store: Store, doc: Document, lang: str) -> Document | None:
    """The original of ``doc``'s newest alignment with ``lang`` when it is linked as
    ``doc``'s original, else the newest ingested original of ``doc`` in ``lang``; else the
    original of that alignment; None when there is none (or that alignment is with the
    captions inside the page).

    The newest alignment's first (newcomer36): a translation aligned by mistake with
    another article's original, then with its own (stored before), has two originals
    linked, and a plain `align` took the newer-stored wrong one, replacing the right
    alignment (or, with reviewed beads, refused: "already aligned with another original").

    One file can be the original of two translations (a film's English subtitles
    for its French .srt and .vtt): it is linked to the first, and the second
    finds it through the alignment `align --original` made.
    """
    originals = [d for d in store.documents() if d.original_of == doc.id and d.lang == lang]
    newest = next((a for a in store.alignments(doc.id) if a.cp_lang == lang), None)
    current = newest.counterpart_doc_id if newest is not None else None
    if originals:
        return next((d for d in originals if d.id == current), originals[-1])
    if current is None:
        return None
    return store.document(current)


def sides(store: Store, doc: Document, cp_lang: str, original: Document | None) -> Sides:
    segments = store.segments(doc.id, doc.version)
    if original is not None:
        counterpart = _content(store.segments(original.id, original.version), cp_lang)
    else:
        counterpart = _content(segments, cp_lang)
    return Sides(doc, original, _content(segments, doc.lang), counterpart, cp_lang)


def resolve_sides(
    store: Store,
    ref: str | int,
    cp_lang: str,
    original_path: Path | None = None,
    actor: str = "cli",
) -> Sides:
    """The document, its (newly ingested) original, and the sentences of each side."""
    from workbench.pipeline.documents import ingest_original
    from workbench.translate.registry import require_language_code

    require_language_code(cp_lang)
    doc = store.document(ref)
    if cp_lang == doc.lang:
        raise InputError(f"{doc.name} is already in {cp_lang}: align it --to another language")
    original: Document | None = None
    notes: tuple[str, ...] = ()
    if original_path is not None:
        _refuse_another_original(store, doc, cp_lang, original_path)
        result = ingest_original(store, original_path, doc, cp_lang, actor=actor)
        if result.failed or result.document is None:
            raise InputError(result.error or f"{original_path}: could not be ingested")
        original, notes = result.document, result.reading_notes
    else:
        original = find_original(store, doc, cp_lang)
    found = replace(sides(store, doc, cp_lang, original), original_notes=notes)
    if not found.cp and original is not None:
        raise InputError(_all_debris(original, doc.name, cp_lang))
    if not found.cp and doc.lang != "fr" and cp_lang == "fr":
        raise InputError(not_french_note(doc))
    if not found.cp:
        raise InputError(
            f"{doc.name} holds no {cp_lang} sentences: give its original with "
            f"`workbench align {command_ref(doc, store.documents())} --to {cp_lang} "
            "--original FILE`"
        )
    if not found.fr:
        raise InputError(_all_debris(doc, doc.name, cp_lang))
    return found


def _refuse_another_original(store: Store, doc: Document, cp_lang: str, path: Path) -> None:
    """InputError, before ``path`` is read or stored, when this version of ``doc`` is
    aligned with another file as its ``cp_lang`` original and reviewed there: `align` would
    refuse to replace those reviews (`carry_over.from_standing`), and until session 33 it
    did so only after storing the file as a second original of the same name, which then
    made every plain `align` refuse too (newcomer33: the same original sent again as a
    Word file). The same path read again (an edited original) goes on: its new version
    carries the reviews over (`alignment._own_version`)."""
    from workbench.review_base import reviewed

    for a in store.alignments(doc.id):
        if a.version != doc.version or a.cp_lang != cp_lang or a.counterpart_doc_id is None:
            continue
        standing = store.document(a.counterpart_doc_id)
        if standing.path and Path(standing.path).resolve() == path.resolve():
            return
        done = sum(1 for b in store.beads(a.id) if reviewed(b))
        if not done:
            return
        documents = store.documents()
        ref, theirs = command_ref(doc, documents), command_ref(standing, documents)
        # a file `ingest` stored already is not stored again, nor aligned (newcomer38 LOW
        # 16: "was not stored" while `docs` listed it)
        kept = [d for d in documents if d.path and Path(d.path).resolve() == path.resolve()]
        said = (
            f"{path} is stored as document {kept[0].id} but was not aligned" if kept
            else f"{path} was not stored"
        )  # fmt: skip
        raise InputError(
            f"{doc.name} is aligned with {standing.name} ({standing.path or 'stored'}) as its "
            f"{cp_lang} original, with {counted(done, 'reviewed bead')} there; "
            f"{said}. If it is that original corrected or in another format: "
            f"`workbench ingest {shell_word(str(path))} --version-of {theirs}`, then "
            f"`workbench align {ref} --to {cp_lang}` (the reviews carry over); to align with "
            f"another text, export the reviews first (`workbench export {ref} --to {cp_lang}`)"
        )


def not_french_note(
    doc: Document, *, original: str | None = None, french: str | None = None
) -> str:
    """What to do with a document that reads in another language than French: it is
    most likely an original, aligned from its French translation's side. ``original``:
    how to name its file (default: its stored path); ``french``: its French
    translation's name, when known."""
    return (
        f"{doc.name} reads as {doc.lang}, not French: if it is an original, align its "
        f"French translation with it: `workbench align {french or 'FRENCH'} --to {doc.lang} "
        f"--original {shell_word(original or doc.path) if original or doc.path else 'FILE'}`"
    )


def _all_debris(side: Document, doc: str, cp_lang: str) -> str:
    """The refusal for a side (``doc`` or its original) whose sentences were all classed as
    web debris: where to see them and how to give them back; they stay stored."""
    return (
        f"{side.name} holds no {side.lang} sentences outside its web debris: see them with "
        f"`workbench segments {shell_word(side.name)} --kind boilerplate`, give the text back with "
        f"`workbench restore {shell_word(side.name)} ID… --reviewer NAME`, then run "
        f"`workbench align {shell_word(doc)} --to {cp_lang}`"
    )


def sentence_places(store: Store, alignment: Alignment) -> dict[int, int]:
    """Each segment id of the document versions ``alignment`` links (the French one, and
    its original's when the counterpart is one), with its position in its document."""
    versions = {(alignment.doc_id, alignment.version)}
    if alignment.counterpart_doc_id is not None and alignment.counterpart_version is not None:
        versions.add((alignment.counterpart_doc_id, alignment.counterpart_version))
    return {s.id: s.index for doc, version in versions for s in store.segments(doc, version)}


def existing_alignment(store: Store, found: Sides) -> Alignment | None:
    cp = found.original
    for a in store.alignments(found.document.id):
        if a.version != found.document.version or a.cp_lang != found.cp_lang:
            continue
        if (cp is None and a.counterpart_doc_id is None) or (
            cp is not None and (a.counterpart_doc_id, a.counterpart_version) == (cp.id, cp.version)
        ):
            return a
    return None


def same_language_alignment(store: Store, found: Sides) -> Alignment | None:
    """The alignment of this document version with this language, whatever its counterpart."""
    for a in store.alignments(found.document.id):
        if a.version == found.document.version and a.cp_lang == found.cp_lang:
            return a
    return None


def alignment_for(store: Store, ref: str | int, cp_lang: str | None = None) -> Alignment:
    """The alignment of a document's current version with ``cp_lang``.

    ``cp_lang`` may be left out when the document is aligned with one language
    only. NotFoundError, saying which languages there are, otherwise.
    """
    doc = store.document(ref)
    current = [a for a in store.alignments(doc.id) if a.version == doc.version]
    langs = sorted({a.cp_lang for a in current})
    documents = store.documents()
    name = command_ref(doc, documents)
    if cp_lang is None and len(langs) > 1:  # never a silent pick among languages
        raise NotFoundError(f"{doc.name} is aligned with {', '.join(langs)}: pass --to one of them")
    for a in current:
        if cp_lang is None or a.cp_lang == cp_lang:
            return a
    earlier = next((a for a in store.alignments(doc.id) if a.cp_lang == cp_lang), None)
    if earlier is not None:  # newcomer18b: "aligned with es, not en", with en in version 1
        now = (
            f"is aligned with {', '.join(langs)} in version {doc.version}, and with {cp_lang} "
            f"only in version {earlier.version}"
            if current
            else f"is not aligned yet in version {doc.version} (its {cp_lang} alignment is of "
            f"version {earlier.version})"
        )
        raise NotFoundError(
            f"{doc.name} {now}: run `workbench align {name} --to {cp_lang}` to carry its "
            f"reviewed beads over, or read that one with `workbench beads {name} --alignment "
            f"{earlier.id}`"
        )
    if current:  # aligned, but with other languages than the one asked (a default --to, say)
        raise NotFoundError(
            f"{doc.name} is aligned with {', '.join(langs)}, not {cp_lang}: pass --to "
            f"{langs[0]}, or run "
            f"`workbench align {name} --to {cp_lang}`"
        )
    if cp_lang and cp_lang in _counterpart_langs(store, doc, documents):
        raise NotFoundError(
            f"{doc.name} is not aligned yet: run `workbench align {name} --to {cp_lang}`"
        )
    if cp_lang:  # nothing in that language to align with: the original must be given
        raise NotFoundError(
            f"{doc.name} is not aligned yet: give its {cp_lang} original with "
            f"`workbench align {name} --to {cp_lang} --original FILE`"
        )
    raise NotFoundError(
        f"{doc.name} is not aligned yet: {_how_to_align(store, doc, name, documents)}"
    )


def _counterpart_langs(store: Store, doc: Document, documents: Sequence[Document]) -> list[str]:
    """The languages ``doc`` can be aligned with as it stands: those of the originals linked
    to it (among ``documents``, the store's) and of its own other-language text. One query
    of its languages, not its segments: the app's Review page asks this of an unaligned
    document on every run (reading a 2,000-sentence document's segments cost ~0.15 s)."""
    originals = {d.lang for d in documents if d.original_of == doc.id}
    inside = store.content_languages(doc.id, doc.version)
    return sorted((originals | inside) - {doc.lang})


def _how_to_align(store: Store, doc: Document, name: str, documents: Sequence[Document]) -> str:
    """The `align` command(s) to run for an unaligned ``doc``, with its counterparts' real
    languages (`_counterpart_langs`)."""
    langs = _counterpart_langs(store, doc, documents)
    if not langs:
        return (
            f"give its original with `workbench align {name} --to LANG --original FILE` "
            "(LANG: the original's language code, e.g. en)"
        )
    commands = " or ".join(f"`workbench align {name} --to {lang}`" for lang in langs)
    return f"run {commands}"
