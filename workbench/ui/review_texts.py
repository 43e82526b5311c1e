"""What the Review page reads once per version or revision and shares between sessions:
segment texts, the rows of the whole text, the fills' quality estimates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

import streamlit as st

from workbench.model import Alignment, StoredBead
from workbench.review import Estimates, holds_mt
from workbench.ui import parallel
from workbench.ui.common import Snapshot, get_store

if TYPE_CHECKING:
    from workbench.store import Store


@st.cache_resource(max_entries=16)
def _segments(
    url: str, sides: tuple[tuple[int, int], ...], kinds: int
) -> Mapping[int, parallel.SegmentText]:
    store = get_store()
    found: dict[int, parallel.SegmentText] = {}
    for doc_id, version in sides:
        found.update(
            (s.id, parallel.SegmentText(s.text, s.kind, dict(s.meta).get("timecode", "")))
            for s in store.segments(doc_id, version)
        )
    return MappingProxyType(found)


def _sides(alignment: Alignment) -> tuple[tuple[int, int], ...]:
    sides = [(alignment.doc_id, alignment.version)]
    if alignment.counterpart_doc_id is not None and alignment.counterpart_version is not None:
        sides.append((alignment.counterpart_doc_id, alignment.counterpart_version))
    return tuple(sides)


@st.cache_resource(max_entries=16, show_spinner=False)
def _kinds_at(url: str, sides: tuple[tuple[int, int], ...], revision: int) -> int:
    return get_store().kinds_stamp([doc_id for doc_id, _ in sides])


def segments(
    store: Store, alignment: Alignment, revision: int
) -> Mapping[int, parallel.SegmentText]:
    """Segment id → text and kind, for both sides, as of the alignment's ``revision``.

    A version's texts never change, but its kinds do: a line given back to the text
    (`workbench restore`, the Corpus page) was drawn as debris on every Review page opened
    later, until the app restarted (newcomer42 5). The kinds' stamp (`Store.kinds_stamp`)
    is read once per revision: giving a line back aligns again, which makes a revision.
    """
    sides = _sides(alignment)
    return _segments(store.url, sides, _kinds_at(store.url, sides, revision))


@st.cache_resource(max_entries=16)
def _texts(url: str, sides: tuple[tuple[int, int], ...]) -> Mapping[int, str]:
    store = get_store()
    return MappingProxyType(
        {s.id: s.text for doc_id, version in sides for s in store.segments(doc_id, version)}
    )


def segment_texts(store: Store, alignment: Alignment) -> Mapping[int, str]:
    """Segment id → text, for both sides (built once per pair of versions, not per edit)."""
    return _texts(store.url, _sides(alignment))


@st.cache_resource(max_entries=8, show_spinner=False)
def rows_at(
    url: str, alignment_id: int, revision: int, _snap: Snapshot, _alignment: Alignment
) -> bytes:
    estimated = estimates_for(url, alignment_id, revision, _snap.beads)
    rows = parallel.rows_json(_snap.beads, segments(get_store(), _alignment, revision), estimated)
    return rows.encode("utf-8")


@st.cache_resource(max_entries=16, show_spinner=False)
def _estimated_at(url: str, alignment_id: int, revision: int) -> Estimates:
    return MappingProxyType(get_store().draft_estimates(alignment_id))


def estimates_for(
    url: str, alignment_id: int, revision: int, beads: Sequence[StoredBead]
) -> Estimates:
    """The fills' estimates (``Store.draft_estimates``), read only when ``beads`` hold MT
    (`review.holds_mt`)."""
    if not any(holds_mt(b) for b in beads):
        return MappingProxyType({})
    return _estimated_at(url, alignment_id, revision)
