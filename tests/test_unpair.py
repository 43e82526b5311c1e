"""A pair whose sides do not translate each other, parted into null beads (1:0 and 0:1)
that `fill` drafts: newcomer23 rejected a wrong 1:1 pair, and `fill` then drafted nothing
and said nothing of it."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import review
from workbench.cli import app
from workbench.model import BeadDraft, InputError, Kind, Sentence, Status, StoredBead
from workbench.store import Store

runner = CliRunner()

LETTER = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="lettre.txt" source-language="fr" target-language="es" datatype="plaintext"
 tool-id="okapi"><body>
<trans-unit id="1"><source>Le conseil se réunit demain.</source>
<target state="translated">El consejo se reúne mañana.</target></trans-unit>
<trans-unit id="2"><source>La séance est publique.</source>
<target state="translated">La votación es a las doce.</target></trans-unit>
<trans-unit id="3"><source>Le vote aura lieu à midi.</source>
<target state="translated">El voto tendrá lugar al mediodía.</target></trans-unit>
</body></file></xliff>"""


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def beads(db: str) -> list[tuple[str, str, str, str, str]]:
    rows = json.loads(run("beads", "lettre.txt", "--db", db, "-f", "json"))
    return [(r["shape"], r["fr"], r["cp"], r["status"], r["origin"]) for r in rows]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Debian's apertium-fr-es")
def test_reject_unpair_fill_round_trip(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    path = tmp_path / "lettre.xlf"
    path.write_text(LETTER, encoding="utf-8")
    run("import", str(path), "--db", db)
    run("reject", "lettre.txt", "2", "--reviewer", "claire", "--db", db)

    # fill leaves the rejected pair alone, and says so and what to do
    out = run("fill", "lettre.txt", "--to", "es", "--no-estimate", "--db", db)
    assert "0 gaps drafted" in out
    assert (
        "left alone: bead 2 rejected as not a pair; to draft their French, part them into "
        "null beads with `workbench unpair lettre.txt 2 --to es --reviewer NAME`"
    ) in out
    filled = json.loads(run("fill", "lettre.txt", "--to", "es", "--no-estimate",
                            "--db", db, "-f", "json"))  # fmt: skip
    assert filled[0]["rejected"] == [2]

    out = run("unpair", "lettre.txt", "2", "--to", "es", "--reviewer", "claire", "--db", db)
    assert "bead 2 unpaired by claire" in out
    assert "`workbench fill lettre.txt --to es` drafts it" in out
    shapes = beads(db)
    assert [s[0] for s in shapes] == ["1:1", "1:0", "0:1", "1:1"]
    assert shapes[1][1:4] == ("La séance est publique.", "", "auto")
    # the rejection carried out: the counterpart alone keeps it (loose24)
    assert shapes[2][1:4] == ("", "La votación es a las doce.", "rejected")

    out = run("fill", "lettre.txt", "--to", "es", "--no-estimate", "--db", db)
    assert "1 gap drafted by mt:apertium" in out
    assert "left alone" not in out
    after = beads(db)
    assert after[1][3] == "draft" and after[1][4].startswith("mt:apertium")
    assert after[1][2]  # the French has its draft
    assert after[2] == shapes[2]  # the counterpart alone is kept as it was
    # aligning again keeps the parted pair in document order, French first (loose24)
    run("align", "lettre.txt", "--to", "es", "--encoder", "none", "--db", db)
    assert beads(db)[1:3] == after[1:3]


def _one_pair(store: Store, status: Status = Status.AUTO) -> list[StoredBead]:
    doc = store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence("Une phrase.", Kind.BODY, "fr", 0)],
    ).document  # fmt: skip
    cp = store.store_file(
        name="doc.en", path="/c/doc.en.txt", lang="en", encoding="utf-8", sha256="d" * 64,
        size=1, sentences=[Sentence("Another one.", Kind.BODY, "en", 0)],
    ).document  # fmt: skip
    fr_id = store.segments(doc.id)[0].id
    cp_id = store.segments(cp.id)[0].id
    alignment = store.save_alignment(
        doc_id=doc.id, version=1, counterpart=(cp.id, 1), fr_lang="fr", cp_lang="en",
        aligner="test", actor="test",
        beads=[BeadDraft((fr_id,), (cp_id,), "Une phrase.", "Another one.", 0.97, status,
                         "auto:test", "claire")],
    )  # fmt: skip
    return store.beads(alignment.id)


def test_split_of_a_one_to_one_pair_says_how_to_part_it(store: Store) -> None:
    beads_ = _one_pair(store)
    with pytest.raises(InputError) as refused:
        review.split(beads_, 0, 1, 1, {}, "ana")
    assert str(refused.value) == (
        "a split must leave sentences on both beads; to part bead 1's French from a "
        "counterpart that does not translate it, put the caret at the start of the "
        "counterpart, then Split"
    )  # the page's words: the CLI's `unpair` is the CLI's (loose24)
    texts = {beads_[0].fr[0]: "Une phrase.", beads_[0].cp[0]: "Another one."}
    with pytest.raises(InputError, match=r"the start of the counterpart, then Split$"):
        review.split_at_caret(beads_, 0, {"fr": len("Une phrase.")}, {"cp": 1}, texts, "ana")
    # the way the hint names: the caret at the start of the counterpart parts them
    edit = review.split_at_caret(beads_, 0, {"cp": 0}, {"fr": 1}, texts, "ana")
    assert [(d.fr, d.cp) for d in edit.drafts] == [(beads_[0].fr, ()), ((), beads_[0].cp)]
    assert edit.drafts == review.unpair(beads_, 0, "ana").drafts


@pytest.mark.parametrize(
    ("status", "counterpart_after", "said"),
    [
        # the rejection is carried out, never lost: the counterpart alone keeps it, signed by
        # who rejected it; the French alone is the gap `fill` drafts (loose24)
        (Status.REJECTED, (Status.REJECTED, "claire"), " (still rejected by claire)"),
        # a confirmation the unpair contradicts is taken back, and said
        (Status.CONFIRMED, (Status.AUTO, "ana"),
         " (bead 1 was confirmed by claire: review both again)"),
        (Status.AUTO, (Status.AUTO, "ana"), ""),
    ],
)  # fmt: skip
def test_unpairing_a_pair_leaves_a_gap_and_the_counterpart_with_the_reviewer_s_word(
    store: Store, status: Status, counterpart_after: tuple[Status, str], said: str
) -> None:
    beads_ = _one_pair(store, status)
    edit = review.unpair(beads_, 0, "ana")
    french, counterpart = edit.drafts
    assert (french.fr_text, french.cp_text) == ("Une phrase.", "")
    assert (french.status, french.origin, french.reviewer, french.score) == (
        Status.AUTO, "human", "ana", None,
    )  # fmt: skip
    assert (counterpart.fr_text, counterpart.cp_text) == ("", "Another one.")
    assert (counterpart.status, counterpart.reviewer) == counterpart_after
    assert edit.summary == (
        "unpaired bead 1: its French stays bead 1, to translate (`fill`), its counterpart "
        f"is bead 2{said}"
    )
    # the app's way, the caret at the start of the counterpart, then Split: the same beads
    texts = {beads_[0].fr[0]: "Une phrase.", beads_[0].cp[0]: "Another one."}
    in_app = review.split_at_caret(beads_, 0, {"cp": 0}, {"fr": 1}, texts, "ana")
    assert in_app.drafts == edit.drafts
    assert in_app.summary == "split bead 1" + said.replace("both", "both halves").replace(
        "(still", "(its counterpart, bead 2, still"
    )


def test_unpair_refuses_a_bead_with_one_side(store: Store) -> None:
    beads_ = _one_pair(store)
    with pytest.raises(InputError, match=r"^bead 1 has no French sentence: there is no pair"):
        review.unpair([replace(beads_[0], fr=())], 0, "ana")


def test_a_rejection_unpaired_on_the_command_line_stays_on_the_counterpart(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "w.db")
    path = tmp_path / "lettre.xlf"
    path.write_text(LETTER, encoding="utf-8")
    run("import", str(path), "--db", db)
    run("reject", "lettre.txt", "2", "--reviewer", "claire", "--db", db)
    out = run("unpair", "lettre.txt", "2", "--to", "es", "--reviewer", "ana", "--db", db)
    assert "bead 2's counterpart stays rejected by claire: it does not translate that French" in out
    rows = json.loads(run("beads", "lettre.txt", "--db", db, "-f", "json"))
    assert [(r["shape"], r["status"]) for r in rows] == [
        ("1:1", "auto"), ("1:0", "auto"), ("0:1", "rejected"), ("1:1", "auto"),
    ]  # fmt: skip
