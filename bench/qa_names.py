"""QA's `names` infos over the gold pairs `bench/qa_number_words.py` reads, each side read
in its own language (from the file suffixes): every pair is right, so each info is a name
spelt apart, a name one side leaves out, or a word taken for a name.

Run: PYTHONPATH=. .venv/bin/python bench/qa_names.py
Prints one line per info (set, document, pair, message), then the count; compare two
checkouts' outputs with diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_number_words import checked_documents

from workbench.quality.qa import IssueKind


def main() -> None:
    infos = pairs = 0
    for doc in checked_documents(Path("bench/data")):
        pairs += len(doc.pairs)
        for issue in doc.issues:
            if issue.kind is IssueKind.NAMES:
                infos += 1
                print(doc.folder, doc.gold.stem, issue.index, issue.message)
    print(f"{pairs} gold pairs, {infos} names infos")


if __name__ == "__main__":
    main()
