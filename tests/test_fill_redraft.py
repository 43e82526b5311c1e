"""`workbench fill --redraft`: the MT drafts nobody touched drafted again with this run's
engine and glossary (newcomer32: the older drafts kept "riada" for *crue*), a reviewer's
bead never, and a reviewer's change made while fill runs kept over the fill's draft.

Real engines: Apertium fr-es (the drafts below are its words), the tiny Argos packages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import needs_apertium
from tests.factories import french_document, null_alignment
from tests.mt_fixtures import install, tiny_packages
from workbench import review
from workbench.cli import app
from workbench.model import Status, StoredBead, UnsavedText
from workbench.pipeline import mt
from workbench.pipeline.alignment import apply
from workbench.review import Edit
from workbench.store import Store
from workbench.translate.glossary import Glossary, Term

CRUE = Glossary((Term("crue", "crecida"),), "crue.tsv")
FRENCH = [
    "La crue de la Seine menace Paris.",
    "Les pompiers surveillent la crue.",
    "La crue a atteint six mètres.",
]


def _document(store: Store, french: list[str]) -> int:
    """A French document whose every sentence waits for its Spanish draft (an MT-only
    alignment, as `fill` makes for a document with no original)."""
    return null_alignment(store, french_document(store, french, "d" * 64), "es")


def _fill(
    store: Store, *, glossary: Glossary | None = None, redraft: bool = False
) -> mt.FillReport:
    return mt.fill_document(
        store, "doc", "es", engine="apertium", estimate=False, glossary=glossary, redraft=redraft
    )


@needs_apertium
def test_a_glossary_given_after_a_first_fill_reaches_the_old_drafts_with_redraft(
    store: Store, tmp_path: Path
) -> None:
    aid = _document(store, FRENCH)
    terms = tmp_path / "crue.tsv"
    terms.write_text("crue\tcrecida\n", encoding="utf-8")
    db = store.url.removeprefix("sqlite:///")
    fill = ["fill", "doc", "--to", "es", "--engine", "apertium", "--db", db, "--no-estimate"]
    runner = CliRunner()
    assert runner.invoke(app, fill).exit_code == 0
    assert [b.cp_text for b in store.beads(aid)] == [
        "La riada de Sena amenace París.",
        "Los bomberos vigilan la riada.",
        "La riada ha alcanzado seis metros.",
    ]
    # Without --redraft the glossary reaches no draft made before, and fill says so.
    plain = runner.invoke(app, [*fill, "--glossary", str(terms)])
    assert plain.exit_code == 0, plain.output
    assert "not applied to the 3 drafts made before" in " ".join(plain.output.split())
    assert all("riada" in b.cp_text for b in store.beads(aid))

    events = len(store.history(aid, limit=100))
    done = runner.invoke(app, [*fill, "--glossary", str(terms), "--redraft"])
    assert done.exit_code == 0, done.output
    assert done.output == (
        "alignment 1: 0 gaps drafted, 3 drafts redrafted by mt:apertium:fr-es; not scored "
        "(--no-estimate)\nglossary crue.tsv: terms forced into 3 drafts\n"
    )
    beads = store.beads(aid)
    assert [b.cp_text for b in beads] == [
        "La crecida de Sena amenace París.",
        "Los bomberos vigilan la crecida.",
        "La crecida ha alcanzado seis metros.",
    ]
    assert all((b.status, b.origin, b.reviewer) == (Status.DRAFT, "mt:apertium:fr-es", None)
               for b in beads)  # fmt: skip
    # Adjacent drafts, one edit: one undo gives the drafts before back.
    assert len(store.history(aid, limit=100)) == events + 1
    store.undo(aid, "ana")
    assert all("riada" in b.cp_text for b in store.beads(aid))


@needs_apertium
def test_the_same_engine_and_glossary_twice_writes_no_new_version(store: Store) -> None:
    aid = _document(store, FRENCH)
    _fill(store, glossary=CRUE)
    before, events = store.beads(aid), len(store.history(aid, limit=100))
    report = _fill(store, glossary=CRUE, redraft=True)
    assert (report.filled, report.redrafted, report.unchanged) == (0, 0, 3)
    assert store.beads(aid) == before  # the cache gives the same texts: nothing to write
    assert len(store.history(aid, limit=100)) == events


@needs_apertium
def test_redraft_replaces_another_engines_drafts(
    store: Store, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    models = install(tiny_packages(tmp_path_factory), tmp_path / "models", "fr-es")
    aid = _document(store, ["le chat noir mange.", "la guerre."])
    mt.fill_document(store, "doc", "es", engine="argos", models_dir=models, estimate=False)
    assert {b.origin for b in store.beads(aid)} == {"mt:argos:translate-fr_es"}
    report = _fill(store, redraft=True)
    assert (report.redrafted, report.origin) == (2, "mt:apertium:fr-es")
    beads = store.beads(aid)
    assert [(b.cp_text, b.origin) for b in beads] == [
        ("el gato negro come.", "mt:apertium:fr-es"),
        ("la guerra.", "mt:apertium:fr-es"),
    ]


def _reviewed(store: Store, aid: int) -> None:
    """Every way a reviewer makes a bead theirs, on beads 2–7 of an 8-sentence document:
    a post-edit, a confirmation, a corrected French (the draft still waits for its
    post-edit: `holds_mt`), a typed translation, a rejection, a draft asked for in the
    review app (their name on it); bead 1 and 8 stay raw drafts."""

    def act(make: Callable[[list[StoredBead]], Edit], who: str = "ana") -> None:
        apply(store, aid, make(store.beads(aid)), who)

    act(lambda b: review.edit_text(b, 4, "cp", "Esperamos la crecida mañana.", "ana"))
    act(lambda b: review.fill_with(b, 6, "La riada del Ródano ha acabado.", "mt:apertium:fr-es",
                                   "ben"))  # fmt: skip
    _fill(store)  # the gaps left: beads 1, 2, 3, 4, 6, 8
    act(lambda b: review.edit_text(b, 1, "cp", "Los bomberos vigilan el río.", "ana"))
    act(lambda b: review.confirm(b, 2, "ana"))
    act(lambda b: review.edit_text(b, 3, "fr", "La crue inquiète les riverains.", "ana"))
    act(lambda b: review.reject(b, 5, "ana"))


@needs_apertium
def test_redraft_never_touches_a_bead_a_reviewer_made_theirs(store: Store) -> None:
    aid = _document(store, [*FRENCH, "La crue inquiète les habitants.", "On attend la crue demain.",
                            "La crue baisse enfin.", "La crue du Rhône est finie.",
                            "La crue est là."])  # fmt: skip
    _reviewed(store, aid)
    before = store.beads(aid)
    assert [review.is_raw_draft(b) for b in before] == [True, *[False] * 6, True]
    report = _fill(store, glossary=CRUE, redraft=True)
    assert (report.filled, report.redrafted, report.already) == (0, 2, 6)
    after = store.beads(aid)
    assert after[1:7] == before[1:7]  # same texts, status, origin, reviewer and version
    assert [after[0].cp_text, after[7].cp_text] == [
        "La crecida de Sena amenace París.",
        "La crecida es allí.",
    ]
    # The corrected French's draft and ben's still say riada: fill names them.
    assert (report.unglossed, report.unglossed_missing) == (3, 3)  # and the rejected one


@needs_apertium
def test_redraft_leaves_a_draft_a_reviewer_is_typing_into(store: Store) -> None:
    aid = _document(store, FRENCH)
    _fill(store)
    bead = store.beads(aid)[1]
    typed = "Los bomberos vigilan"
    typing = UnsavedText(aid, bead.id, "ana", bead.version, bead.fr_text, bead.cp_text,
                         bead.fr_text, typed, 1_764_000_000_000, "tab")  # fmt: skip
    store.keep_unsaved([typing])
    report = _fill(store, glossary=CRUE, redraft=True)
    assert (report.redrafted, report.unsaved) == (2, 1)
    assert [b.cp_text for b in store.beads(aid)] == [
        "La crecida de Sena amenace París.",
        "Los bomberos vigilan la riada.",  # the draft ana is post-editing
        "La crecida ha alcanzado seis metros.",
    ]


RACES: dict[str, Callable[[list[StoredBead]], Edit]] = {
    "post-edit": lambda b: review.edit_text(b, 1, "cp", "Los bomberos vigilan el río.", "ben"),
    "confirm": lambda b: review.confirm(b, 1, "ben"),
    # no bead changed, but the run of three is no longer one: stored in two
    "insert": lambda b: review.insert_empty(b, 0, "ben"),
}


@needs_apertium
@pytest.mark.parametrize("race", list(RACES))
def test_a_reviewers_change_made_while_redraft_runs_wins(
    both_store: Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, race: str
) -> None:
    """fill read the beads; then, while Apertium translated, ben post-edited, confirmed or
    inserted a bead beside the second draft. His change stays; fill stores the other
    drafts of the same edit, says how many it left, and exits 4 (partly done)."""
    store = both_store
    aid = _document(store, FRENCH)
    _fill(store)
    real = mt.translator_for
    raced: list[str] = []

    def translator_while_ben_works(*args: object, **kwargs: object) -> object:
        translator = real(*args, **kwargs)  # type: ignore[arg-type]
        translate = translator.translate_batch

        def batch(texts: list[str]) -> object:
            if not raced:  # once, as the engine starts
                apply(store, aid, RACES[race](store.beads(aid)), "ben")
                raced.append(race)
            return translate(texts)

        monkeypatch.setattr(translator, "translate_batch", batch)
        return translator

    monkeypatch.setattr(mt, "translator_for", translator_while_ben_works)
    mid = store.beads(aid)
    terms = tmp_path / "crue.tsv"
    terms.write_text("crue\tcrecida\n", encoding="utf-8")
    done = CliRunner().invoke(
        app, ["fill", "doc", "--to", "es", "--engine", "apertium", "--db", db_url,
              "--no-estimate", "--glossary", str(terms), "--redraft", "-f", "json"],
    )  # fmt: skip
    [row] = json.loads(done.stdout)
    beads = store.beads(aid)
    if race == "insert":
        assert done.exit_code == 0, done.output
        assert (row["redrafted"], row["changed_meanwhile"]) == (3, 0)
        assert [b.cp_text for b in beads] == [
            "La crecida de Sena amenace París.",
            "",  # ben's empty bead
            "Los bomberos vigilan la crecida.",
            "La crecida ha alcanzado seis metros.",
        ]
        return
    assert done.exit_code == 4, done.output
    assert (row["redrafted"], row["changed_meanwhile"]) == (2, 1)
    assert done.stderr == (
        "warning: 1 bead was left as a reviewer changed it while fill ran (their change stays; "
        "run fill again to draft what is still a gap)\n"
    )
    assert [b.cp_text for b in beads] == [
        "La crecida de Sena amenace París.",
        "Los bomberos vigilan el río." if race == "post-edit" else "Los bomberos vigilan la riada.",
        "La crecida ha alcanzado seis metros.",
    ]
    assert beads[1].reviewer == "ben" and beads[1].version > mid[1].version
