"""Reviewers, re-alignments, imports and kills at once: nothing saved is ever lost.

Every test runs on SQLite and on PostgreSQL (the `db_url` fixture). Races
are made deterministic where a test needs one order (a reviewer confirms
while the aligner computes), and run for real in processes where any order
must do (the stress harness, concurrent ingests, kill -9).
"""

from __future__ import annotations

import importlib.util
import multiprocessing as mp
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.test_review import aligned_pair
from workbench import review
from workbench.cli import app
from workbench.formats.units import ExportOptions
from workbench.model import (
    BeadDraft,
    ConflictError,
    InputError,
    Kind,
    Sentence,
    Status,
)
from workbench.pipeline import alignment as pipeline_alignment
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.exchange import export_documents, import_tmx
from workbench.store import Store


def _stress() -> ModuleType:
    spec = importlib.util.spec_from_file_location("review_stress", ROOT / "bench/review_stress.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["review_stress"] = module
    spec.loader.exec_module(module)
    return module


stress = _stress()


@pytest.fixture
def store(db_url: str) -> Any:
    s = Store.open(db_url)
    yield s
    s.close()


# --- many reviewers -------------------------------------------------------------------


@pytest.mark.slow
def test_reviewers_racing_on_one_alignment_lose_nothing(db_url: str) -> None:
    Store.open(db_url).close()  # migrate once, before the workers start
    # Whether three processes meet on a bead is the scheduler's business: on a quiet machine
    # one run may see no refusal. Every run must lose nothing; one of three must contend.
    refused = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench/review_stress.py"), "--db", db_url,
             "--workers", "3", "--edits", "25", "--window", "4", "--beads", "20"],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        counts = dict(re.findall(r"(\w+) (\d+)", done.stdout.splitlines()[1]))
        assert (counts["lost"], counts["violations"], counts["errors"]) == ("0", "0", "0")
        assert int(counts["applied"]) > 0
        refused.append(int(counts["refused"]))
        if refused[-1] > 0:
            break
    assert refused[-1] > 0, f"no run saw two reviewers contend: refused {refused}"


def _open_and_store(url: str, n: int) -> str:
    store = Store.open(url)  # the first-time migration races too
    try:
        stored = store.store_file(
            name="same", path="/race/same.txt", lang="fr", encoding="utf-8", sha256="c" * 64,
            size=1, sentences=[Sentence("Une phrase.", Kind.BODY, "fr", 0)], actor=f"p{n}",
        )  # fmt: skip
        return stored.status
    finally:
        store.close()


def test_processes_migrating_and_ingesting_one_file_at_once_all_succeed(db_url: str) -> None:
    with mp.get_context("spawn").Pool(4) as pool:
        statuses = pool.starmap(_open_and_store, [(db_url, n) for n in range(4)])
    assert sorted(statuses) == ["new", "unchanged", "unchanged", "unchanged"]
    store = Store.open(db_url)
    assert [d.name for d in store.documents()] == ["same"]
    store.close()


# --- re-alignment against review ---------------------------------------------------------


def _two_sides(store: Store) -> int:
    aligned_pair(store)
    return store.documents()[0].id


def test_a_confirmation_made_while_aligning_is_kept(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _two_sides(store)
    first = align_document(store, doc, "es").alignment
    real = pipeline_alignment.compute_beads
    calls: list[int] = []

    def compute_while_ana_confirms(*args: Any, **kwargs: Any) -> Any:
        if not calls:  # the reviewer saves while the aligner is still computing
            apply(store, first.id, review.confirm(store.beads(first.id), 1, "ana"), "ana")
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline_alignment, "compute_beads", compute_while_ana_confirms)
    # as if an input had changed: an unchanged `align` would not compute at all (align_inputs)
    monkeypatch.setattr(pipeline_alignment, "said_before", lambda *_args: None)
    report = align_document(store, doc, "es")
    assert len(calls) == 2  # the first result was thrown away, not saved over Ana's work
    assert report.kept_confirmed == 1
    confirmed = [b for b in store.beads(first.id) if b.status is Status.CONFIRMED]
    assert [b.reviewer for b in confirmed] == ["ana"]


def test_two_runs_creating_one_alignment_leave_one(store: Store) -> None:
    doc = _two_sides(store)
    version = store.document(doc).version
    bead = store.beads(store.alignments(doc)[0].id)[0]
    draft = BeadDraft(bead.fr, bead.cp, "a", "b", 1.0, Status.AUTO, "auto:test")
    args: dict[str, Any] = dict(
        doc_id=doc, version=version, counterpart=None, fr_lang="fr", cp_lang="en",
        aligner="test", beads=[draft],
    )  # fmt: skip
    store.save_alignment(**args, expected_revision=0)
    with pytest.raises(ConflictError, match="run it again"):
        store.save_alignment(**args, expected_revision=0)
    assert [a.cp_lang for a in store.alignments(doc)].count("en") == 1


# --- the same rules on both databases ----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"reviewer": "x" * 121}, "reviewer name is 121 characters long, more than the 120"),
        ({"reviewer": "ana\x00"}, "reviewer name holds a NUL character"),
        ({"fr_text": "une\x00phrase"}, "French text holds a NUL character"),
        ({"origin": "mt:" + "y" * 130}, r"origin \(x-origin-detail\) is 133 characters long"),
        ({"note": "\ud800"}, "note holds an unpaired surrogate"),
    ],
)
def test_text_the_database_cannot_hold_is_refused_alike_and_changes_nothing(
    store: Store, change: dict[str, str], message: str
) -> None:
    _, a, _ = aligned_pair(store)
    before, logged = store.beads(a), store.events(a)
    edit = review.confirm(before, 0, "ana")
    bad = review.Edit(edit.action, edit.expected, (review.draft_of(before[0], **change),))
    with pytest.raises(InputError, match=message):
        apply(store, a, bad, "ana")
    assert (store.beads(a), store.events(a)) == (before, logged)


def _tmx(path: Path, units: int, reviewer: str = "ana", origin: str = "human") -> Path:
    tus = "".join(
        f'<tu changeid="{reviewer}"><prop type="x-origin-detail">{origin}</prop>'
        f'<tuv xml:lang="es"><seg>Frase {i}.</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>Phrase {i}.</seg></tuv></tu>'
        for i in range(units)
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" '
        'creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" '
        f'adminlang="en" datatype="plaintext"/><body>{tus}</body></tmx>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reviewer": "r" * 200}, "reviewer name is 200 characters long"),
        ({"origin": "o" * 121}, "origin .* is 121 characters long"),
    ],
)
def test_an_import_the_database_cannot_hold_stores_nothing(
    store: Store, tmp_path: Path, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        import_tmx(store, _tmx(tmp_path / "bad.tmx", 3, **kwargs))
    assert store.documents() == []


# --- kill -9 -----------------------------------------------------------------------------------

CHILD = """
import sys, time
from pathlib import Path
url, marker, what, target = sys.argv[1:5]
from workbench.store import Store

def hold(*args, **kwargs):
    Path(marker).write_text("in")
    time.sleep(600)

if what == "import":
    from workbench.pipeline.exchange import import_tmx
    from workbench.store import bulk
    bulk.CHUNK, write = 2, bulk._Writer.write

    def write_then_hold(self, start, chunk):
        if start:  # documents and a first chunk of segments and beads written: mid-stream
            hold()
        write(self, start, chunk)

    bulk._Writer.write = write_then_hold
    import_tmx(Store.open(url), Path(target))
elif what == "export":  # the writer killed half way through its file
    from workbench.formats.atomic import atomic_path
    with atomic_path(Path(target)) as part:
        part.write_text("half an export")
        hold()
else:  # a whole export, killed with its file written in its stage, before it is moved out
    from workbench.formats import registry
    from workbench.pipeline.exchange import export_documents
    registry.publish = hold
    export_documents(Store.open(url), ["fr"], "es", "tmx", Path(target))
"""


def _run_until_marked(args: list[str], marker: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, *args], start_new_session=True)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert child.poll() is None, "the child process ended before the kill"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return child


def _kill(child: subprocess.Popen[bytes]) -> None:
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def test_an_import_killed_half_way_leaves_nothing_and_runs_again(
    db_url: str, tmp_path: Path
) -> None:
    Store.open(db_url).close()
    tmx = _tmx(tmp_path / "memory.tmx", 5)
    marker = tmp_path / "marker"
    _kill(_run_until_marked([db_url, str(marker), "import", str(tmx)], marker))
    store = Store.open(db_url)
    try:
        assert store.documents() == []
        report = import_tmx(store, tmx)
        assert len(store.beads(report.alignment.id)) == 5
    finally:
        store.close()


def test_an_export_killed_half_way_is_swept_by_the_next(store: Store, tmp_path: Path) -> None:
    aligned_pair(store)
    out = tmp_path / "exports" / "fr.tmx"
    out.parent.mkdir()
    marker = tmp_path / "marker"
    _kill(_run_until_marked([store.url, str(marker), "export", str(out)], marker))
    [left] = [p.name for p in out.parent.iterdir()]
    assert left.startswith(".fr.tmx.") and left.endswith(".part")
    export_documents(store, ["fr"], "es", "tmx", out)
    assert [p.name for p in out.parent.iterdir()] == ["fr.tmx"]


def test_an_export_killed_before_moving_its_file_out_leaves_the_old_one_and_is_swept(
    store: Store, tmp_path: Path
) -> None:
    aligned_pair(store)
    out = tmp_path / "exports" / "fr.tmx"
    export_documents(store, ["fr"], "es", "tmx", out)
    before = out.read_bytes()
    marker = tmp_path / "marker"
    _kill(_run_until_marked([store.url, str(marker), "export-staged", str(out)], marker))
    [stage] = [p for p in out.parent.iterdir() if p != out]
    assert stage.name.startswith(".workbench-stage.") and (stage / "fr.tmx").is_file()
    assert out.read_bytes() == before  # nothing half-written where the reader looks
    with pytest.raises(InputError, match="no unit to write"):  # an export that writes nothing
        export_documents(store, ["fr"], "es", "tmx", out, ExportOptions(confirmed_only=True))
    assert [p.name for p in out.parent.iterdir()] == ["fr.tmx"]  # swept all the same
    said = " ".join(CliRunner().invoke(app, ["export", "--help"]).output.split())
    assert "An export killed or interrupted leaves nothing half-written" in said.replace("│ ", "")


@pytest.mark.slow
def test_reviewers_killed_mid_edit_leave_a_consistent_alignment(db_url: str) -> None:
    Store.open(db_url).close()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "bench/review_stress.py"), "--db", db_url,
         "--workers", "2", "--edits", "100000", "--beads", "20"],
        start_new_session=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    store = Store.open(db_url)
    try:
        deadline = time.monotonic() + 120
        while len(store.events(limit=40)) < 40:  # edits are being made
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        _kill(child)
        [doc] = [d for d in store.documents() if d.lang == "fr"]
        [alignment] = store.alignments(doc.id)
        beads = store.beads(alignment.id)
        fr = [s.id for s in store.segments(doc.id)]
        cp = [s.id for s in store.segments(alignment.counterpart_doc_id or 0)]
        assert stress.violations(beads, fr, cp) == 0
        # The database is usable at once: the next edit goes through.
        apply(store, alignment.id, review.confirm(beads, 0, "ana"), "ana")
    finally:
        store.close()
