"""The review tables (TSV, CSV, XLSX) carry every bead, row n bead n, and take each back as
the Review page would (newcomer33 MEDIUM 5).

Until session 37 they left out the pairs a reviewer rejected and the null beads (a French
sentence with no counterpart, a counterpart sentence with no French): "9 units written;
4 skipped (rejected by a reviewer); 1 skipped (empty source)". A second reviewer could
not un-reject a pair whose Spanish says 120 where the French says 210, nor translate a
photo credit the original lacks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_import_reviewed import STATUS, TARGET, _edit
from workbench import review
from workbench.cli import app
from workbench.formats.registry import read_units
from workbench.formats.units import ExportOptions
from workbench.model import BeadDraft, Kind, Sentence, Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.reviewed import import_reviewed
from workbench.pipeline.reviewed_status import UNREJECT
from workbench.store import Store
from workbench.ui.editor import text_edit

FORMATS = ["tsv", "csv", "xlsx"]
SOURCE = 0  # the original's column (Spanish); TARGET is the French

FR = ["Le pont a 210 ans.", "Il traverse la Saône.", "Photo : Ana Pérez.",
      "Il a été restauré en 2019."]  # fmt: skip
ES = ["El puente tiene 120 años.", "Cruza el Saona.", "Fue restaurado en 2019.",
      "Horario: de 9 a 18 h."]  # fmt: skip
# bead 1 a pair ana rejected (120 for 210); bead 3 French alone (the photo credit the
# original lacks); bead 5 Spanish alone (opening hours the French page lacks)
PAIRS = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((), (3,))]


def _page(store: Store) -> int:
    """The page aligned, bead 1 rejected by ana; its alignment's id."""
    fr = store.store_file(
        name="pont", path="/c/pont.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FR)],
    ).document  # fmt: skip
    es = store.store_file(
        name="puente", path="/c/puente.txt", lang="es", encoding="utf-8", sha256="b" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)],
        original_of=fr.id,
    ).document  # fmt: skip
    f, e = store.segments(fr.id), store.segments(es.id)
    alignment = store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(es.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=[
            BeadDraft(tuple(f[i].id for i in a), tuple(e[j].id for j in b),
                      " ".join(FR[i] for i in a), " ".join(ES[j] for j in b),
                      0.8, Status.AUTO, "auto:test")
            for a, b in PAIRS
        ],
    ).id  # fmt: skip
    apply(store, alignment, review.reject(store.beads(alignment), 0, "ana"), "ana")
    return alignment


def _export(store: Store, folder: Path, fmt: str) -> Path:
    path = folder / f"pont.es-fr.{fmt}"
    export_documents(store, ["pont"], "es", fmt, path, ExportOptions())
    return path


def _as_the_review_page(beads: list[StoredBead], i: int, fr: str, cp: str) -> tuple[object, ...]:
    """What the Review page stores for ben's typing ``fr`` and ``cp`` into bead ``i``."""
    edit = text_edit(beads, i, fr, cp, "ben")
    assert edit is not None
    (draft,) = edit.drafts
    return (draft.fr_text, draft.cp_text, draft.status, draft.origin, draft.reviewer, draft.score)


def _held(bead: StoredBead) -> tuple[object, ...]:
    return (bead.fr_text, bead.cp_text, bead.status, bead.origin, bead.reviewer, bead.score)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_is_every_bead_in_order_rejected_pairs_and_null_beads_too(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _page(store)
    path = tmp_path / f"pont.es-fr.{fmt}"
    report = export_documents(store, ["pont"], "es", fmt, path, ExportOptions())
    assert report.summary() == f"5 units written to {path}"  # nothing "skipped (rejected…)"
    rows = read_units(path)
    assert [(u.source, u.target, u.status, u.reviewer) for u in rows] == [
        (ES[0], FR[0], "rejected", "ana"),
        (ES[1], FR[1], "auto", None),
        ("", FR[2], "auto", None),  # a null bead's empty side: an empty cell
        (ES[2], FR[3], "auto", None),
        (ES[3], "", "auto", None),
    ]
    ids = [b.id for b in store.beads(alignment)]
    assert [u.tuid for u in rows] == [f"pont-{alignment}-{i}" for i in ids]  # row n is bead n


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_export_summary_and_its_json_row_skip_nothing_of_a_table(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    _page(store)
    out = tmp_path / f"pont.{fmt}"
    args = ["export", "pont", "--to", "es", "-f", fmt, "-o", str(out), "--db", store.url]
    line = CliRunner().invoke(app, args)
    assert line.exit_code == 0, line.output
    assert line.stdout.strip() == f"5 units written to {out}"
    summary = CliRunner().invoke(app, [*args, "--summary", "json"])
    [row] = json.loads(summary.stdout)
    assert (row["written"], row["skipped"]) == (5, {})


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_back_unchanged_changes_nothing_the_rejected_pair_stays_its_reviewers(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    before = store.beads(alignment)
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.rows, report.unchanged, report.edited, report.refused) == (5, 5, 0, ())
    assert store.beads(alignment) == before
    assert (before[0].status, before[0].reviewer) == (Status.REJECTED, "ana")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rejected_pair_corrected_and_confirmed_in_the_sheet_is_the_reviewers_pair(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, SOURCE, "El puente tiene 210 años.")
    _edit(path, 1, STATUS, "confirmed")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.also_confirmed, report.unchanged) == (1, 1, 4)
    bead = store.beads(alignment)[0]
    assert _held(bead) == (FR[0], "El puente tiene 210 años.", Status.CONFIRMED, "human", "ben",
                           None)  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rejected_pair_confirmed_as_it_is_in_the_sheet_says_whose_rejection_it_reversed(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """As `workbench confirm --seen` over another reviewer's rejection: applied, and said."""
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, STATUS, "Confirmé")
    report = import_reviewed(store, path, reviewer="ben")
    assert (
        "0 beads edited, 1 confirmed (1 of them rejected before by ana), 0 rejected, "
        "4 unchanged, signed ben" in report.summary("ben")
    )
    bead = store.beads(alignment)[0]
    assert (bead.status, bead.reviewer, bead.cp_text) == (Status.CONFIRMED, "ben", ES[0])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_null_french_bead_translated_in_the_sheet_is_stored_as_the_review_page_would(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    french = "Horaires : de 9 h à 18 h."
    _edit(path, 5, TARGET, french)
    expected = _as_the_review_page(store.beads(alignment), 4, french, ES[3])
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (1, 4, ())
    bead = store.beads(alignment)[4]
    assert _held(bead) == expected
    assert (bead.status, bead.origin, review.shape(bead)) == (Status.AUTO, "human", "1:1")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_null_counterpart_bead_given_its_counterpart_in_the_sheet_is_a_pair_to_review(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 3, SOURCE, "Foto: Ana Pérez.")
    expected = _as_the_review_page(store.beads(alignment), 2, FR[2], "Foto: Ana Pérez.")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (1, 4, ())
    bead = store.beads(alignment)[2]
    assert _held(bead) == expected
    assert (bead.cp_text, bead.status, review.shape(bead)) == ("Foto: Ana Pérez.", Status.AUTO,
                                                               "1:1")  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("status", ["rejected", "", "auto"], ids=["left", "cleared", "auto"])
def test_a_rejected_pair_whose_text_is_corrected_is_to_review_again_as_in_the_app(
    store: Store, tmp_path: Path, fmt: str, status: str
) -> None:
    """The Review page's edit of a rejected pair leaves it to review again (`auto`): a row
    that corrects its text does so whether its status cell says rejected, was emptied, or
    says auto (what the edit makes it)."""
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, SOURCE, "El puente tiene 210 años.")
    _edit(path, 1, STATUS, status)
    expected = _as_the_review_page(store.beads(alignment), 0, FR[0], "El puente tiene 210 años.")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.reopened, report.refused) == (1, 1, ())
    assert "1 bead edited (1 of them rejected before: now to review again)" in report.summary("ben")
    assert _held(store.beads(alignment)[0]) == expected
    assert expected[2] is Status.AUTO


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rejected_row_whose_status_alone_is_emptied_says_how_to_take_a_rejection_back(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """No action of the Review page makes a rejected pair unreviewed but Undo: an emptied
    status cell with nothing else changed is refused, in one line saying what does."""
    alignment = _page(store)
    path = _export(store, tmp_path, fmt)
    _edit(path, 1, STATUS, "")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (
        "row 2: bead 1 of pont: status '' is not one a file may set: type confirmed or "
        f"rejected, or leave it as exported; nothing of this row was imported ({UNREJECT})",
    )
    assert (store.beads(alignment)[0].status, report.unchanged) == (Status.REJECTED, 4)
