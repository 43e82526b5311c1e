"""Whether every Apertium draft translates its own line: batch drafts against each line alone.

Run: .venv/bin/python bench/mt_lines.py [--save drafts.json] [--compare other.json]

The bench's MT sets: the French of every 1:1 gold pair in bench/data/pairs
(``mt_estimate.gold_pairs``), the French captions of corpora/004
(``mt_estimate.caption_pairs``) and the French cues of bench/data/subtitles (lines of
the ``.fr.srt``/``.fr.vtt`` files that are neither numbers nor times), translated fr→es
and fr→en (through Spanish) ``CALL_SIZE`` lines a call, as ``fill`` does. Each line is
also translated alone (one line a call: nothing before or after it). Reported per set
and direction: how many batch drafts differ from the line's translation alone (a draft
that took words from a neighbour, or lost its own), chrF of the fr→en gold drafts
against the human English, and with ``--compare`` (another tree's ``--save``) how many
drafts changed. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sacrebleu  # noqa: E402
from mt_estimate import caption_pairs, gold_pairs  # noqa: E402

from workbench.translate import get_translator  # noqa: E402
from workbench.translate.base import CALL_SIZE  # noqa: E402

SUBTITLES = ROOT / "bench" / "data" / "subtitles"
_NOT_TEXT = re.compile(r"^(\d+|WEBVTT.*|[\d:.,]+ --> .*)$")


def cues() -> list[str]:
    lines = []
    for path in sorted([*SUBTITLES.glob("*.fr.srt"), *SUBTITLES.glob("*.fr.vtt")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not _NOT_TEXT.match(line.strip()):
                lines.append(line.strip())
    return lines


def drafts(src: str, tgt: str, lines: list[str]) -> tuple[list[str], list[str]]:
    """Batch drafts (CALL_SIZE a call) and each line's translation alone."""
    translator = get_translator(src, tgt, "apertium", Path("/nonexistent-models"))
    batch = [
        result.text
        for start in range(0, len(lines), CALL_SIZE)
        for result in translator.translate_batch(lines[start : start + CALL_SIZE])
    ]
    alone = [translator.translate_batch([line])[0].text for line in lines]
    return batch, alone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", help="write the batch drafts to this JSON file")
    parser.add_argument("--compare", help="another run's --save: count the drafts that changed")
    args = parser.parse_args()
    gold = gold_pairs()
    sets = {
        "gold pairs": [fr for fr, _ in gold],
        "captions 004": [fr for fr, _ in caption_pairs()],
        "subtitle cues": cues(),
    }
    other = json.loads(Path(args.compare).read_text()) if args.compare else {}
    saved: dict[str, list[str]] = {}
    print("| set | direction | lines | drafts ≠ line alone | changed vs --compare | chrF |")
    print("|---|---|---:|---:|---:|---:|")
    for name, lines in sets.items():
        for tgt in ("es", "en"):
            batch, alone = drafts("fr", tgt, lines)
            key = f"{name} fr→{tgt}"
            saved[key] = batch
            wrong = sum(1 for a, b in zip(batch, alone, strict=True) if a != b)
            before = other.get(key)
            changed = sum(1 for a, b in zip(batch, before, strict=True) if a != b) if before else ""
            chrf = (
                f"{sacrebleu.corpus_chrf(batch, [[en for _, en in gold]]).score:.2f}"
                if name == "gold pairs" and tgt == "en"
                else ""
            )
            print(f"| {name} | fr→{tgt} | {len(lines)} | {wrong} | {changed} | {chrf} |")
    if args.save:
        Path(args.save).write_text(json.dumps(saved, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
