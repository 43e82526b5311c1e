"""QA's punctuation-spacing, number-format and inconsistency findings (qa25) over the gold pairs
`bench/qa_number_words.py` reads, each side in its own language (the file suffixes).

The pairs are right translations, but their texts are pages as published: a warning is
either a page that sets its spacing otherwise (an ordinary space before "?" in French, the
line free to break there) or a false alarm of the rule (a time, a URL, code). Each line
shows the finding and the words it quotes, to judge by reading.

Run: PYTHONPATH=. .venv/bin/python bench/qa_typography.py [--lines]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_number_words import checked_documents

from workbench.quality.qa import IssueKind
from workbench.quality.qa_consistency import inconsistencies

KINDS = (IssueKind.PUNCTUATION, IssueKind.NUMBER_FORMAT, IssueKind.INCONSISTENCY)


def main() -> None:
    counts: Counter[tuple[str, str, str, str]] = Counter()
    pairs = 0
    for doc in checked_documents(Path("bench/data")):
        pairs += len(doc.pairs)
        for issue in [*doc.issues, *inconsistencies(doc.pairs)]:
            if issue.kind in KINDS:
                side = "source" if issue.message.startswith("the source") else "target"
                side = "source" if "same source" in issue.message else side
                lang = (doc.source if side == "source" else doc.target).suffix[1:]
                fault = issue.message.split(" (")[0]
                counts[(str(issue.kind), str(issue.severity), lang, fault)] += 1
                if "--lines" in sys.argv:
                    print(doc.folder, doc.gold.stem, issue.index, lang, issue.message, sep="\t")
    for (kind, severity, lang, fault), n in sorted(counts.items()):
        print(f"{n:5d}  {kind:13s} {severity:7s} {lang}  {fault}")
    warned = sum(n for key, n in counts.items() if key[1] != "info")
    print(f"{pairs} gold pairs, {sum(counts.values())} findings, {warned} of them warnings")


if __name__ == "__main__":
    main()
