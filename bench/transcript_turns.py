"""A subtitle file aligned with its film's transcript: beads against a gold, strict and lax F1.

``bench/data/transcript_glacier``: newcomer24's French subtitles (``glacier.fr.srt``) and the
English transcript of the film (``glacier.en.transcript.docx``: "[00:00:28] LENOIR: …" a
paragraph), and ``gold.tsv``, one bead a line: the French cues' texts, the English
sentences' texts (several joined by " ‖ "; an empty side is a null bead). The gold was
written by reading the two files side by side, cue by cue (starting from an alignment's
output and correcting every bead: the transcript's header and "END OF TRANSCRIPT", the
sound tags and the translator's credit have no counterpart; a cue of two speakers
("- Tu es prête ? - Presque. Passe-moi la foreuse.") goes with both turns).

The two files go through the CLI as a translator runs it (``ingest``, ``align --original``,
``beads``, ``segments``) in a temporary database, with the tree on ``PYTHONPATH``, so
the same script measures main and a branch. Sentences are matched to the gold by their
text, a transcript's turn markup ("[00:00:28] LENOIR: ") set aside, as the gold has none.

    PYTHONPATH=. .venv/bin/python bench/transcript_turns.py
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from workbench.model import Bead
from workbench.quality.alignment import score_alignment

DATA = Path(__file__).resolve().parent / "data" / "transcript_glacier"
FR, EN = DATA / "glacier.fr.srt", DATA / "glacier.en.transcript.docx"
_MARKUP = re.compile(r"^\[\d\d:\d\d:\d\d\] [A-Z][A-Z' -]*: ")
_JOIN = " ‖ "


def _cli(env: dict[str, str], *args: str) -> str:
    """A command's output; exit 3 (stored, with a warning: the French file's overlapping
    cues) is no failure."""
    command = [sys.executable, "-m", "workbench", *args]
    done = subprocess.run(command, env=env, check=False, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise subprocess.CalledProcessError(done.returncode, command, done.stdout, done.stderr)
    return done.stdout


def _rows(tsv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t"))


def system_beads(folder: Path) -> tuple[list[Bead], dict[str, int], dict[str, int]]:
    """The aligner's beads as sentence positions, and each side's text → position."""
    env = {**os.environ, "WORKBENCH_DB": str(folder / "wb.db"), "OMP_NUM_THREADS": "1"}
    _cli(env, "ingest", str(FR))
    _cli(env, "align", "glacier.fr", "--to", "en", "--original", str(EN))
    sides = []
    for doc in ("glacier.fr", "glacier.en.transcript"):
        segments = _rows(_cli(env, "segments", doc, "-f", "tsv"))
        sides.append({s["id"]: (int(s["index"]), _MARKUP.sub("", s["text"])) for s in segments})
    beads = []
    for row in _rows(_cli(env, "beads", "glacier.fr", "--to", "en", "-f", "tsv")):
        fr, en = ([side[i][0] for i in ids.split(", ") if i] for side, ids in
                  zip(sides, (row["fr_ids"], row["cp_ids"]), strict=True))  # fmt: skip
        beads.append(Bead(tuple(fr), tuple(en), float(row["score"] or 0.0)))
    fr_pos, en_pos = ({text: pos for pos, text in side.values()} for side in sides)
    return beads, fr_pos, en_pos


def gold_beads(fr_pos: dict[str, int], en_pos: dict[str, int]) -> tuple[list[Bead], list[str]]:
    """The gold as this run's positions, and the gold sentences the run does not have."""
    beads, missing = [], []
    for line in (DATA / "gold.tsv").read_text(encoding="utf-8").splitlines():
        fr, en = line.split("\t")
        sides: list[tuple[int, ...]] = []
        for texts, pos in ((fr, fr_pos), (en, en_pos)):
            found = [t for t in texts.split(_JOIN) if t]
            missing += [t for t in found if t not in pos]
            sides.append(tuple(pos[t] for t in found if t in pos))
        beads.append(Bead(sides[0], sides[1]))
    return beads, missing


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        system, fr_pos, en_pos = system_beads(Path(tmp))
    gold, missing = gold_beads(fr_pos, en_pos)
    score = score_alignment(gold, system)
    pairs = [b for b in system if b.src and b.tgt]
    right = sum(b in {(g.src, g.tgt) for g in gold} for b in ((p.src, p.tgt) for p in pairs))
    print(f"gold beads {len(gold)}, system beads {len(system)}, pair beads {len(pairs)}")
    print(f"pair beads right {right}/{len(pairs)}; gold sentences not found {len(missing)}")
    print(f"strict P/R/F1 {score.strict_precision:.3f} {score.strict_recall:.3f} "
          f"{score.strict_f1:.3f}; lax F1 {score.lax_f1:.3f}")  # fmt: skip
    sure = {(g.src, g.tgt) for g in gold}
    confidence = sorted((p.score, p.src, p.tgt) for p in pairs if (p.src, p.tgt) in sure)
    low = ", ".join(f"{list(s)}:{list(t)} {c:.3f}" for c, s, t in confidence if c < 0.5)
    mean = sum(c for c, _, _ in confidence) / len(confidence)
    print(f"right pairs' confidence: mean {mean:.3f}, under the export floor 0.5: {low or 'none'}")


if __name__ == "__main__":
    main()
