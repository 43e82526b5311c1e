"""QA's `numbers` errors over the gold pairs of the alignment sets: every pair is right,
so each error is a false alarm or a real difference in the translation (a figure one side
drops). Numbers written as words should take errors away, never add them.

Run: PYTHONPATH=. .venv/bin/python bench/qa_number_words.py [DATA]

Sets: bench/data/align_dev2, align_dev3 and the spent align_blind to align_blind17 (French
or Spanish first). Prints the count and one line per error (set, document, pair, message);
compare two checkouts' outputs with diff.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.noun_lexicon import noun_lexicon
from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaIssue, QaOptions, check_pairs

SETS = ["align_dev2", "align_dev3", *(f"align_blind{n}" for n in ["", *range(2, 18)])]
BEAD = re.compile(r"\[(.*)\]:\[(.*)\]")


def gold_pairs(gold: Path, source: Path, target: Path) -> list[tuple[str, str]]:
    """The gold beads with a sentence on each side, as (source, target) texts."""
    sources = source.read_text(encoding="utf-8").splitlines()
    targets = target.read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if found := BEAD.match(line):
            left, right = (_ids(ids) for ids in found.groups())
            if left and right:
                pairs.append((" ".join(sources[i] for i in left),
                              " ".join(targets[i] for i in right)))  # fmt: skip
    return pairs


def _ids(text: str) -> list[int]:
    return [int(i) for i in text.split(",") if i.strip()]


def documents(data: Path) -> list[tuple[str, Path, Path, Path]]:
    """(set, gold, source, target) of each document whose source is French or Spanish."""
    found = []
    for folder in SETS:
        for gold in sorted((data / folder).glob("*.gold")):
            sides = [
                p for p in gold.parent.glob(f"{gold.stem}.*") if p.suffix not in (".gold", ".md")
            ]
            first = [p for p in sides if p.suffix == ".fr"] or [
                p for p in sides if p.suffix == ".es"
            ]
            if first and len(sides) == 2:
                other = next(p for p in sides if p != first[0])
                found.append((folder, gold, first[0], other))
    return found


@dataclass(frozen=True)
class CheckedDocument:
    """A gold document's pairs (`gold_pairs`) and what `check_pairs` finds in them."""

    folder: str
    gold: Path
    source: Path
    target: Path
    pairs: list[tuple[str, str]]
    issues: list[QaIssue]


def checked_documents(data: Path) -> Iterator[CheckedDocument]:
    """Each document of `documents` with its gold pairs checked, each side's numbers read
    in its own language (the file suffixes): the loop every QA bench runs."""
    for folder, gold, source, target in documents(data):
        pairs = gold_pairs(gold, source, target)
        options = QaOptions(
            source_numbers=convention_for(source.suffix[1:]),
            target_numbers=convention_for(target.suffix[1:]),
            nouns=(noun_lexicon(source.suffix[1:]), noun_lexicon(target.suffix[1:])),
        )
        yield CheckedDocument(folder, gold, source, target, pairs, check_pairs(pairs, options))


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data"
    lines, pairs_seen = [], 0
    for doc in checked_documents(data):
        pairs_seen += len(doc.pairs)
        for issue in doc.issues:
            if issue.kind is IssueKind.NUMBERS:
                lines.append(f"{doc.folder}\t{doc.gold.stem}\t{issue.index}\t{issue.message}")
    print(f"{pairs_seen} gold pairs, {len(lines)} numbers errors")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
