"""Exit codes a nightly script can branch on (`workbench.cli.outcome`): 0 done, 1 failed
with nothing changed, 2 usage, 3 done but a reviewer must look, 4 partly done.

Before, an import conflict exited 0 and a run that refused one unit and stored the
rest exited 1, as a run that stored nothing did: a script had to grep standard
error to know whether reviewers must look.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import needs_apertium
from tests.mt_fixtures import kill_group
from tests.test_import_returned import DOC, _aligned, _beads, _edit_in_file, _export
from workbench import review
from workbench.cli import app
from workbench.cli.outcome import EXIT_CODES, Outcome, outcome
from workbench.model import Kind, Sentence, Status
from workbench.pipeline.alignment import apply
from workbench.store import Store
from workbench.translate.apertium_pipeline import Pipeline

runner = CliRunner()


@pytest.mark.parametrize(
    ("done", "refused", "to_review", "code"),
    [
        (3, 0, 0, 0),
        (0, 0, 0, 0),  # nothing to do is done
        (0, 2, 0, 1),
        (0, 2, 1, 1),  # nothing stored: a failure, whatever else was flagged
        (3, 0, 1, 3),
        (3, 1, 0, 4),
        (3, 1, 1, 4),  # refusals outrank review
    ],
)
def test_one_rule_turns_what_a_command_did_into_its_code(
    done: int, refused: int, to_review: int, code: int
) -> None:
    assert outcome(done=done, refused=refused, to_review=to_review) == code


def test_the_codes_are_the_documented_ones() -> None:
    assert [int(o) for o in Outcome] == [0, 1, 2, 3, 4]
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for line in ("| 3 | done, but a reviewer must look |", "| 4 | partly done: some files"):
        assert line in readme


@pytest.mark.parametrize("command", [[], ["ingest"], ["align"], ["import"], ["fill"], ["export"]])
def test_help_ends_with_the_exit_codes(command: list[str]) -> None:
    shown = runner.invoke(app, [*command, "--help"], terminal_width=400)
    assert shown.exit_code == 0
    # click folds the epilogue to the terminal's width
    assert " ".join(EXIT_CODES.split()) in " ".join(shown.output.split())


def _page(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


FRENCH = [
    "Le conseil municipal a voté le budget de la bibliothèque mardi soir.",
    "La nouvelle salle de lecture ouvrira au printemps prochain.",
    "Les habitants pourront emprunter des livres le dimanche.",
]
ENGLISH = [
    "The town council voted the library budget on Tuesday evening.",
    "The new reading room will open next spring.",
    "Residents will be able to borrow books on Sundays.",
]


def test_align_leaving_reviewed_work_behind_exits_3(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    french = _page(tmp_path, "budget.txt", FRENCH)
    english = _page(tmp_path, "budget-en.txt", ENGLISH)
    none = ["--encoder", "none", "--db", db]
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    first = runner.invoke(app, ["align", "budget", "--to", "en", "--original", str(english), *none])
    assert first.exit_code == 0, first.output
    confirmed = runner.invoke(app, ["confirm", "budget", "2", "--reviewer", "ana", "--db", db])
    assert confirmed.exit_code == 0, confirmed.output
    _page(tmp_path, "budget.txt", [FRENCH[0], "La salle ouvrira en été.", FRENCH[2]])
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    again = runner.invoke(app, ["align", "budget", "--to", "en", *none])
    assert "could not be carried over (bead 2 by ana)" in again.stderr
    assert again.exit_code == Outcome.REVIEW
    # nothing left behind this time: done
    quiet = runner.invoke(app, ["align", "budget", "--to", "en", *none])
    assert (quiet.exit_code, quiet.stderr) == (0, "")


@pytest.mark.parametrize(("changed", "code"), [({0: "Changé.", 2: "Le 3 juin, revu."}, 4),
                                               ({0: "Changé."}, 1)])  # fmt: skip
def test_an_export_back_with_a_unit_refused_exits_4_or_1_when_nothing_was_stored(
    tmp_path: Path, changed: dict[int, str], code: int
) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    aid = _aligned(store, tmp_path)
    path = _export(store, tmp_path, "xliff12")
    apply(store, aid, review.merge(_beads(store, aid), 0, "ana"), "ana")  # unit 1 refused
    store.close()
    _edit_in_file(path, "xliff12", changed)
    result = runner.invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.stderr.startswith("error: handoff.xliff12.xlf unit 1 (004:1): its bead of")
    assert result.exit_code == code, result.output


def test_an_export_back_with_a_conflict_exits_3(tmp_path: Path) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    aid = _aligned(store, tmp_path)
    path = _export(store, tmp_path, "tmx")
    # ana corrects the French the file corrects too, otherwise: a conflict (a side each is none)
    ana = "Le président est venu le 2 juin, selon Ana."
    apply(store, aid, review.edit_text(_beads(store, aid), 1, "fr", ana, "ana"), "ana")
    store.close()
    _edit_in_file(path, "tmx", {1: "Le président est arrivé le 2 juin."})
    result = runner.invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.stderr.startswith("warning: handoff.tmx.xlf unit 2: bead 2 of")
    assert result.exit_code == 3, result.output
    again = runner.invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert (again.exit_code, again.stderr) == (0, "")  # settled: nothing more to look at


def test_an_export_that_removes_characters_exits_3(tmp_path: Path) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    memory = tmp_path / "memory.tmx"
    from tests.factories import unit
    from workbench.formats.registry import write_units

    write_units([unit(1), unit(2)], memory, "tmx")
    runner.invoke(app, ["import", str(memory), "--db", db])
    alignment = store.alignments(store.document(DOC).id)[0].id
    edit = review.edit_text(_beads(store, alignment), 0, "cp", "Texto\x07 roto.", "ana")
    apply(store, alignment, edit, "ana")
    store.close()
    out = tmp_path / "out.tmx"
    result = runner.invoke(app, ["export", DOC, "--to", "es", "-o", str(out), "--db", db])
    assert "1 character illegal in XML removed" in result.stdout
    assert result.exit_code == 3, result.output
    clean = runner.invoke(app, ["export", DOC, "--to", "es", "-o", str(out), "--db", db,
                                "--confirmed-only"])  # fmt: skip
    assert clean.exit_code == 0, clean.output


@needs_apertium
@pytest.mark.parametrize(("killed_at", "code"), [(1, 4), (0, 1)])
def test_fill_whose_engine_dies_exits_4_or_1_when_nothing_was_drafted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, killed_at: int, code: int
) -> None:
    """Apertium's pipeline really killed as batch ``killed_at`` is handed over (a fill
    sends 128 sentences a batch: 130 make two)."""
    real = Pipeline.exchange

    def killed(pipeline: Pipeline, block: bytes, timeout: float, segments: int = 1) -> bytes:
        if pipeline.answered == killed_at:
            kill_group(pipeline)
        return real(pipeline, block, timeout, segments)

    monkeypatch.setattr(Pipeline, "exchange", killed)
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(f"Le chat {n} dort.", Kind.BODY, "fr", n) for n in range(130)],
    )  # fmt: skip
    store.close()
    result = runner.invoke(app, ["fill", "doc", "--to", "es", "--engine", "apertium",
                                 "--no-estimate", "--db", db])  # fmt: skip
    assert "run fill again once the engine works" in result.stderr
    assert result.exit_code == code, result.output
    store = Store.open(db)
    drafted = [b for b in store.beads(store.alignments(1)[0].id) if b.status is Status.DRAFT]
    assert len(drafted) == (128 if code == 4 else 0)
    store.close()


def test_a_usage_error_stays_2() -> None:
    assert runner.invoke(app, ["ingest", "--no-such-option"]).exit_code == 2
    with pytest.raises(typer.Exit) as ended:
        from workbench.cli.outcome import finish

        finish(done=0, refused=1)
    assert ended.value.exit_code == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["history", "contrat", "--since", "yesterday"], "--since 'yesterday' is not a time"),
        (["export", "contrat", "--to", "en", "-f", "xliff12", "--dedupe"], "leave --dedupe out"),
        (["export", "contrat", "--to", "en", "-f", "xliff21", "--mt", "separate"],
         "with XLIFF use --mt include"),
        (["export", "contrat", "--to", "en", "-f", "tsv", "--mt", "separate"],
         "exists for TMX only"),
        (["export", "contrat", "--to", "en", "-f", "tsv", "--cue-styling", "codes"],
         "--cue-styling applies to TMX only"),
        (["export", "contrat", "--to", "en", "-f", "srt", "--cue-styling", "none"],
         "--cue-styling applies to TMX only"),
        # verify25: --bom was taken silently by formats that write no mark
        (["export", "contrat", "--to", "en", "--bom"], "--bom applies to TSV and CSV only"),
        (["export", "contrat", "--to", "en", "-f", "xlsx", "--bom"], "-f xlsx writes none"),
        (["export", "contrat", "--to", "en", "-f", "srt", "--bom"], "-f srt writes none"),
        (["export", "contrat", "--to", "en", "--mt", "separate", "-o", "-"],
         "give a file name with -o"),
        (["export", "contrat", "--to", "en", "-o", "no/such/x.tmx"], "does not exist"),
        (["confirm", "contrat", "1", "--reviewer", " "], "give your name with --reviewer"),
        (["ingest", "-"], "a pasted text needs a name"),
        (["ingest", "-", "--name", "a/b"], "name the pasted text with a plain word"),
        (["ingest", "a.txt", "b.txt", "--version-of", "1"], "takes one file, its new version"),
        (["import", "review.tsv"], "add --reviewer NAME"),
        (["models", "remove", "a", "b", "c"], "give one package name"),
        (["export", "contrat", "--to", "en", "--min-score", "2"], "give a number from 0 to 1"),
        (["export", "contrat", "--to", "en", "--min-score", "nan"], "nan is not a score"),
        (["export", "contrat", "--to", "en", "--min-score", "-0.5"], "-0.5 is not a score"),
        (["history", "contrat", "--bead", "0"], "--bead 0 is not a bead"),
        (["history", "contrat", "--bead", "-1", "--to", "en"], "numbered from 1"),
        (["ingest", "a.txt", "--max-size", "inf"], "--max-size inf is not a size"),
        # tsv27: an empty name listed nobody's events and exited 0
        (["history", "--all", "--reviewer", ""], "--reviewer names whose work to list"),
        (["history", "contrat", "--reviewer", " "], "--reviewer names whose work to list"),
        (["export", "contrat", "--to", "en", "--reviewer", ""], "give a name, such as ben"),
        (["history", "--all", "--by", ""], "No such option: --by"),
        (["align", "contrat", "--to", "en", "--by", " "], "--by names who runs the command"),
        (["import", "contrat.tmx", "--reviewer", " "], "--reviewer is empty: give your name"),
    ],
    ids=["since", "xliff-dedupe", "xliff-mt", "tsv-mt", "tsv-styling", "srt-styling",
         "tmx-bom", "xlsx-bom", "srt-bom",
         "stdout-mt", "folder", "reviewer", "paste-name", "paste-slash", "version-of",
         "table-reviewer", "models-remove",
         "score-2", "score-nan", "score-negative", "bead-0", "bead-negative", "size-inf",
         "history-all-reviewer", "history-reviewer", "export-reviewer", "history-by",
         "align-by", "tmx-reviewer"],
)  # fmt: skip
def test_a_bad_value_exits_2_before_the_store_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], said: str
) -> None:
    """newcomer18b L1: `export -f xliff12 --dedupe` and `history --since yesterday` exited
    with 1, where the README's table promises 2 for a bad value. A value the command line
    alone shows to be wrong is a usage error, in every command; the store is not even
    opened (no database file appears)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "review.tsv").write_text("id\tfr\ten\n", encoding="utf-8")
    db = [] if args[0] == "models" else ["--db", "w.db"]
    result = runner.invoke(app, [*args, *db], input="Bonjour.\n")
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and said in line
    assert not (tmp_path / "w.db").exists()
