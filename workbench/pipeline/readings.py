"""Which reading produced a document's segments, and what a new reading means for review.

A reading is how the readers and the segmenter cut a file's bytes into
sentences. The store keeps a digest of it with each version, so that the same
bytes cut otherwise by a newer workbench become a new version (see
`Store.store_file`) instead of keeping the old cut for ever.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache

from workbench.model import Alignment, Document, InputError, Kind, Segment, Sentence
from workbench.store import Store
from workbench.wording import counted


def reading_of(sentences: Sequence[Sentence]) -> str:
    """SHA-256 (64 hex digits) of how a read cut a file: block, language, text and
    metadata of each sentence, in order. Equal cuts give equal digests.

    Kinds are left out: a reviewer changes them (`restore`), and for web text
    they depend on the store's other pages (site chrome), so the same page
    ingested again after its neighbours would count as read otherwise (2 of
    the 17 heldout pages did, with kinds in).
    """
    rows = [[s.block, s.lang, s.text, sorted(s.meta)] for s in sentences]
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reader_key(known_lines: Collection[str] = ()) -> str:
    """SHA-256 (64 hex digits) of everything but the file's bytes that a reading depends
    on: this workbench's source (every module of the package), the versions of the
    installed libraries (pysbd, lingua, the readers') and ``known_lines``, the other
    stored pages' lines that web text is classed with (`documents.site_lines`).

    The same bytes read under the same key are cut the same, so `ingest` can call them
    unchanged without reading them again; a newer workbench has another key and reads
    them again (README, "Re-ingesting an unchanged file").
    """
    digest = hashlib.sha256(_code_key().encode("ascii"))
    for line in sorted(known_lines):
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


@cache
def _code_key() -> str:
    import sys
    from pathlib import Path

    import workbench

    digest = hashlib.sha256()
    root = Path(workbench.__file__).parent
    for source in sorted(root.rglob("*.py")):
        digest.update(str(source.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(source.read_bytes())
    digest.update("\n".join(_installed(sys.path)).encode("utf-8"))
    return digest.hexdigest()


def _installed(folders: Collection[str]) -> list[str]:
    """The installed distributions as their metadata folders name them (``name-version``
    and ``.dist-info`` or ``.egg-info``), sorted: the folders `importlib.metadata` finds,
    without parsing each one's METADATA (130 of them: 0.13 s of every ingest)."""
    import os

    found: set[str] = set()
    for folder in folders:
        try:
            found.update(n for n in os.listdir(folder or ".") if n.endswith(_METADATA))
        except OSError:  # a zip, a folder gone: importlib.metadata finds nothing there either
            continue
    return sorted(found)


_METADATA = (".dist-info", ".egg-info")


def stored_at(store: Store, path: str) -> Document | None:
    """The document stored from ``path``, if any."""
    return next((d for d in store.documents() if d.path == path), None)


def held_original(store: Store, doc: Document) -> str | None:
    """Why ``doc`` may not get a new version from a new reading, or None when it may.

    An original (a translation's counterpart) whose alignment holds reviewed
    beads: `align` carries review work over a new version of the translation,
    not of its original, so that work would be left behind.
    """
    from workbench.review import reviewed

    if doc.original_of is None:
        return None
    for a in store.alignments(doc.original_of):
        if a.counterpart_doc_id == doc.id and any(reviewed(b) for b in store.beads(a.id)):
            return (
                f"{doc.name}: this workbench reads it otherwise, but it stays as it was: "
                "it is the original of reviewed beads, which a new version of it would leave "
                "behind; export them first if you want it read again"
            )
    return None


def reading_to_store(
    store: Store,
    where: str,
    sha256: str,
    sentences: Sequence[Sentence],
    reread: bool,
    version_of: int | None = None,
) -> tuple[str | None, str | None]:
    """(digest of the reading to give the store, why a new reading is held back or None).

    For the same bytes as an original whose reviewed beads a new version would leave
    behind (`held_original`) the digest is None, which the store takes as "not known":
    they stay unchanged, and the reason is given when they read otherwise now (their cut
    differs) or ``reread`` asked for it. Read as they were stored, a version that an
    earlier workbench kept without a digest gets it (`_unknown_reading`). Changed bytes are
    a new version with their digest, held or not: a corrected original kept none until
    session 26, and every later `align --original` read it again (verify26).
    """
    doc = store.document(version_of) if version_of is not None else stored_at(store, where)
    reading = reading_of(sentences)
    if doc is None or doc.sha256 != sha256:
        return reading, None
    held = held_original(store, doc)
    if held is None:
        return reading, None
    stored = store.segments(doc.id)
    if reread or [(x.block, x.text) for x in stored] != [(x.block, x.text) for x in sentences]:
        return None, held
    return (reading if _unknown_reading(store, doc, stored, sentences) else None), None


def _unknown_reading(
    store: Store, doc: Document, stored: Sequence[Segment], sentences: Sequence[Sentence]
) -> bool:
    """Whether ``doc``'s current version (``stored``) has no reading digest and ``sentences``
    are its segments on everything a digest covers (`reading_of`), so that the store
    records the digest (not a new version) and the next run skips the read (`_read_alike`)."""
    if store.stored_reading(doc.id, doc.version) is not None:
        return False
    return [(x.block, x.lang, x.text, tuple(sorted(x.meta))) for x in stored] == [
        (x.block, x.lang, x.text, tuple(sorted(x.meta))) for x in sentences
    ]


@dataclass(frozen=True)
class CarryOver:
    """What `align` will do with the reviewed beads of the version before a new reading."""

    carried: int  # reviewed beads whose sentences the new reading cuts as before
    again: int  # reviewed beads it cuts otherwise: they stay in the earlier alignment

    def line(self, version: int, previous: int) -> str:
        """One line for `ingest`: what happened and what the reviewer does next."""
        head = (
            f"read again with the newer reader: stored as version {version}; version "
            f"{previous} and its review work are kept"
        )
        if not self.carried and not self.again:
            return head
        return (
            f"{head}; `workbench align` carries {counted(self.carried, 'reviewed bead')} "
            f"over, {counted(self.again, 'bead')} to review again (cut otherwise now)"
        )


def carry_over(store: Store, doc: Document) -> CarryOver:
    """How many reviewed beads of ``doc``'s earlier alignments `align` will carry onto its
    current version (`carry_forward`, against the original `align` will use), and how
    many it cannot."""
    from workbench.pipeline.alignment import carry_forward, find_original, sides

    carried = again = 0
    newest: dict[str, Alignment] = {}
    for a in store.alignments(doc.id):  # newest first
        if a.version < doc.version:
            newest.setdefault(a.cp_lang, a)
    for cp_lang, old in newest.items():
        original = None if old.counterpart_doc_id is None else find_original(store, doc, cp_lang)
        try:
            kept, lost = carry_forward(store, sides(store, doc, cp_lang, original))
        except InputError:
            continue
        carried, again = carried + len(kept), again + lost
    return CarryOver(carried, again)


def carry_kinds(store: Store, doc: Document, previous: int) -> int:
    """Give ``doc``'s current version the kinds reviewers gave segments of version
    ``previous`` (`restore`, debris marks), where the new reading has the sentence.

    A sentence is found by its text, the occurrence nearest to where it was. Each
    carried change is logged as a kind event by the reviewer who made it. Returns
    how many changed segments have no sentence of the same text now.
    """
    old = {s.id: s for s in store.segments(doc.id, previous)}
    by_whom: dict[int, str] = {}
    for change in reversed(store.kind_changes(doc.id)):  # oldest first: the last one wins
        if change.version == previous:
            by_whom.update((seg_id, change.actor) for seg_id, _ in change.before)
    new = store.segments(doc.id, doc.version)
    where: dict[str, list[int]] = {}
    for s in new:
        where.setdefault(s.text, []).append(s.index)
    groups: dict[tuple[Kind, str], list[int]] = {}
    missing = 0
    for seg_id, actor in by_whom.items():
        was = old[seg_id]
        found = where.get(was.text)
        if not found:
            missing += 1
            continue
        nearest = min(found, key=lambda i: abs(i - was.index))
        if new[nearest].kind is not was.kind:
            groups.setdefault((was.kind, actor), []).append(new[nearest].id)
    for (kind, actor), ids in groups.items():
        store.set_segment_kinds(doc.id, doc.version, ids, kind, actor=actor)
    return missing


def kinds_kept(store: Store, doc: Document, sentences: Sequence[Sentence]) -> list[Sentence]:
    """``sentences``, a changed file's new version of ``doc``, with each line whose text
    did not change (a run of lines that reads the same in ``doc``'s current version,
    `difflib`) given the kind and language that version gave it.

    A line's kind hangs on its neighbours and on the store's other pages, so a
    new version classed afresh re-classed unchanged lines ("Article 3." became
    chrome), and `align` left their reviewed beads behind as changed. Lines whose
    kind a reviewer changed are left to `carry_kinds`, which logs the change.
    """
    import difflib

    old = store.segments(doc.id, doc.version)
    by_reviewer = {
        seg_id
        for change in store.kind_changes(doc.id)
        if change.version == doc.version
        for seg_id, _ in change.before
    }
    kept = list(sentences)
    match = difflib.SequenceMatcher(
        None, [s.text for s in old], [s.text for s in sentences], autojunk=False
    )
    for a, b, size in match.get_matching_blocks():
        for was, i in zip(old[a : a + size], range(b, b + size), strict=True):
            if was.id not in by_reviewer:
                kept[i] = replace(kept[i], kind=was.kind, lang=was.lang)
    return kept
