"""QA's subtitle checks on subtitle files: the cue checks (`workbench.quality.subtitles`)
per file, and on the films of `bench/data/subtitles` the pair checks over their gold
pairs read as subtitles or not (`QaOptions.subtitles`: sound descriptions and speaker
labels set aside, `workbench.quality.sdh`).

Run: PYTHONPATH=. .venv/bin/python bench/qa_subtitles.py [FILE.srt|.vtt ...]
(the files after the films: newcomer24's /work/newcomer24-inputs/in/glacier.fr.srt…).
Prints every finding (file, kind, message), then the counts per file and kind.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from workbench.ingest.readers_subtitles import read_srt, read_vtt
from workbench.model import Kind
from workbench.quality.numbers import convention_for
from workbench.quality.qa import QaOptions, check_pairs
from workbench.quality.subtitles import check_cues, cues_of

DATA = Path("bench/data/subtitles")
BEAD = re.compile(r"\[([\d, ]*)\]:\[([\d, ]*)\]")


def blocks(path: Path) -> list[tuple[int, str, dict[str, str], bool]]:
    """Each cue block of ``path``: its index, text, metadata and whether it is a credit."""
    reader = read_vtt if path.suffix == ".vtt" else read_srt
    found, _ = reader(path.read_bytes(), path)
    return [(i, b.text, dict(b.meta), b.hint is Kind.BOILERPLATE) for i, b in enumerate(found)]


def lang_of(path: Path) -> str:
    return path.name.split(".")[-2]


def cue_counts(path: Path) -> Counter[str]:
    cues = cues_of([(i, text, meta) for i, text, meta, _ in blocks(path)])
    counts: Counter[str] = Counter()
    for finding in check_cues(cues, lang_of(path), label=f"{path.name} cue"):
        counts[str(finding.kind)] += 1
        print(f"{path.name}\t{finding.kind}\t{finding.message}")
    print(f"{path.name}: {len(cues)} cues, {sum(counts.values())} findings: {dict(counts)}")
    return counts


def gold_pairs(gold: Path, fr: Path, other: Path) -> list[tuple[str, str]]:
    """The gold's pairs (null beads left out), the counterpart first as `qa` reads them."""
    fr_texts = [text for _, text, _, _ in blocks(fr)]
    other_texts = [text for _, text, _, _ in blocks(other)]
    pairs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if (bead := BEAD.match(line.strip())) is None:
            continue
        ids = [[int(i) for i in side.split(",") if i.strip()] for side in bead.groups()]
        if ids[0] and ids[1]:
            pairs.append((" ".join(other_texts[i] for i in ids[1]),
                          " ".join(fr_texts[i] for i in ids[0])))  # fmt: skip
    return pairs


def pair_counts(gold: Path, fr: Path, other: Path) -> None:
    pairs = gold_pairs(gold, fr, other)
    for subtitles in (False, True):
        options = QaOptions(source_numbers=convention_for(lang_of(other)),
                            target_numbers=convention_for("fr"), subtitles=subtitles)  # fmt: skip
        issues = check_pairs(pairs, options)
        counts = Counter(str(issue.kind) for issue in issues)
        for issue in issues if subtitles else ():
            print(f"{gold.stem}\tpair {issue.index}\t{issue.kind}\t{issue.message}")
        print(f"{gold.stem}: {len(pairs)} gold pairs, subtitles={subtitles}: {dict(counts)}")


def main() -> None:
    total: Counter[str] = Counter()
    for gold in sorted(DATA.glob("*.gold")):
        fr, other = (
            next(p for p in DATA.glob(f"{gold.stem}.fr.*")),
            next(p for p in DATA.glob(f"{gold.stem}.*.*") if ".fr." not in p.name
                 and p.suffix in (".srt", ".vtt")),
        )  # fmt: skip
        total += cue_counts(fr) + cue_counts(other)
        pair_counts(gold, fr, other)
    for name in sys.argv[1:]:
        total += cue_counts(Path(name))
    print(f"all files: {dict(total)}")


if __name__ == "__main__":
    main()
