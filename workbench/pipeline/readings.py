"""Which reading produced a document's segments, and what a new reading means for review.

A reading is what the readers, the debris rules and the segmenter made of a
file's bytes. The store keeps a digest of it with each version, so that the
same bytes read otherwise by a newer workbench become a new version (see
`Store.store_file`) instead of keeping the old cut forever.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.model import Alignment, Document, InputError, Sentence
from workbench.store import Store
from workbench.wording import counted


def reading_of(sentences: Sequence[Sentence]) -> str:
    """SHA-256 (64 hex digits) of the sentences a read gave: block, kind, language,
    text and metadata of each, in order. Equal sentences give equal digests."""
    rows = [[s.block, str(s.kind), s.lang, s.text, sorted(s.meta)] for s in sentences]
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
