"""Every sentence's language (and kind) over the labelled pages, the pairs and the sample
corpus, this checkout beside another commit: does a change to the language guesser move any?

Run: .venv/bin/python bench/ingest_languages.py [--before REF] [--after REF]

Each checkout's ``workbench`` (exported with ``git archive``, as `checkouts.sides` does)
reads every file of bench/data/pages (``NAME-LANG-N.txt|html``: the page's language is in
its name), bench/data/pairs and corpora/ with `parse_file`, in a process of its own. The
table gives, per checkout, the share of the pages' content sentences (not boilerplate) in
the page's language, and the sentences whose language or kind differ between the two.
Writes bench/results/ingest_languages.md and prints it; exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT / "bench"))

from checkouts import add_options, sides  # noqa: E402

# a blind set being written in this session stays unread (the helpers' brief)
UNSEEN = ("heldout23", "blind23")
NAMED = re.compile(r"-([a-z]{2})-\d+\.(txt|html)$")
DUMP = """
import json, sys
from pathlib import Path
from workbench.model import InputError
from workbench.pipeline.documents import parse_file
out = {}
for f in sys.argv[2:]:
    try:
        out[f] = [[s.lang, s.kind.value, s.text] for s in parse_file(Path(f))[2]]
    except InputError as exc:
        out[f] = str(exc)
Path(sys.argv[1]).write_text(json.dumps(out), encoding="utf-8")
"""


def inputs() -> list[str]:
    data = ROOT / "bench" / "data"
    pages = [p for p in (data / "pages").rglob("*")
             if p.suffix in (".txt", ".html") and not any(u in str(p) for u in UNSEEN)]  # fmt: skip
    pairs = [p for p in (data / "pairs").iterdir() if p.suffix in (".txt", ".html", ".md")]
    return sorted(str(p) for p in [*pages, *pairs, *(ROOT / "corpora").iterdir()])


def languages(src: Path, files: list[str], out: Path) -> dict[str, object]:
    """Each file's sentences [lang, kind, text] (or its InputError) read by the package at
    ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, "-c", DUMP, str(out), *files], env=env, check=True)
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


def in_page_language(read: dict[str, object]) -> tuple[int, int]:
    """(content sentences of the named pages, those in the page's language)."""
    total = same = 0
    for f, sentences in read.items():
        named = NAMED.search(f)
        if "/pages/" not in f or named is None or not isinstance(sentences, list):
            continue
        content = [lang for lang, kind, _ in sentences if kind != "boilerplate"]
        total += len(content)
        same += sum(lang == named.group(1) for lang in content)
    return total, same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_options(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ingest-languages-"))
    files = inputs()
    checkouts = sides(args.before, args.after, work)
    reads = {name: languages(src, files, work / f"{k}.json")
             for k, (name, src) in enumerate(checkouts.items())}  # fmt: skip
    first, second = reads.values()
    moved = [f for f in files if first[f] != second[f]]
    lines = [f"{len(files)} files read with `parse_file`", "",
             "| checkout | pages' content sentences | in the page's language |",
             "| --- | ---: | ---: |"]  # fmt: skip
    for name, read in reads.items():
        total, same = in_page_language(read)
        lines.append(f"| {name} | {total:,} | {same:,} ({same / max(total, 1):.2%}) |")
    lines += ["", f"Files whose sentences, languages or kinds differ: {len(moved)}"]
    lines += [f"- {Path(f).relative_to(ROOT)}" for f in moved[:30]]
    table = "\n".join(lines)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest_languages.md").write_text(table + "\n", encoding="utf-8")
    sys.exit(1 if moved else 0)


if __name__ == "__main__":
    main()
