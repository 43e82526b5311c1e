"""Short texts: the aligner on windows of a few gold beads cut from every spent set.

A translator's day holds many short texts (a notice, an e-mail, a product blurb) and
newcomer38 found the aligner unsteady on them: a right pair of a three-line notice
scored 0.52 where it scored 0.99 with one line more (LOW 19), and a three-line French
text whose translator dropped one English sentence of four came back as one 2–3 bead
at 0.35 instead of two pairs and a null (session 41). The field's benchmarks are whole
documents, so nothing measured this.

Each document of `bench/align_spent.py`'s sets is cut into consecutive windows of W
gold beads (every window that starts on a multiple of W); each window is aligned alone,
as a short file would be, and scored the field's way (`quality.alignment`, strict,
pooled per W), with the expected calibration error over every bead (a bead is right when
the gold holds it exactly; `align_calibrate.quality`'s bins) and the right pair beads
scored under 0.5, the floor under which a translation memory leaves a pair out.
"dropped" is the same windows with the source side (the French; the
German of Text+Berg) of one inner one-to-one bead taken out (the translator dropped that
sentence): its original should stand alone as a null bead. Columns: strict F1, pair
beads >= 0.8 right / scored, ECE, right pairs under 0.5, and for "dropped" how often the
orphan is a null bead alone.

    .venv/bin/python bench/align_short.py [--sizes 3,4,6] [--per-doc 8] [--cache FILE]

Embeddings come from `align_variants.CachedUsem3` (the same cache as align_spent), written
once at the end.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import numpy as np  # noqa: E402
from align_calibrate import expected_calibration_error  # noqa: E402
from align_spent import _documents  # noqa: E402
from align_variants import CachedUsem3, lexicon_for  # noqa: E402

from workbench.align import AlignConfig, align  # noqa: E402
from workbench.align.config import WITH_ENCODER  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402
from workbench.quality.alignment import score_alignments  # noqa: E402

Window = tuple[list[str], list[str], list[Bead], int | None]  # src, tgt, gold, orphan


def windows(
    src: Sequence[str], tgt: Sequence[str], gold: Sequence[Bead], size: int, drop: bool,
    rng: random.Random, per_doc: int,
) -> list[Window]:  # fmt: skip
    """Windows of ``size`` consecutive gold beads, renumbered from 0; with ``drop``, the
    French (source) of one inner one-to-one bead taken out, and the index of its original
    sentence in the window (None without ``drop``)."""
    starts = list(range(0, len(gold) - size + 1, size))
    rng.shuffle(starts)
    out: list[Window] = []
    for start in starts:
        beads = list(gold[start : start + size])
        ones = [k for k, b in enumerate(beads) if len(b.src) == 1 and len(b.tgt) == 1]
        if drop:
            inner = [k for k in ones if 0 < k < size - 1] or ones
            if not inner or len(ones) < 2:
                continue
            dropped = rng.choice(inner)
        else:
            dropped = None
        s_ids = [i for k, b in enumerate(beads) if k != dropped for i in b.src]
        t_ids = [i for b in beads for i in b.tgt]
        if not s_ids or not t_ids:
            continue
        s_at = {i: n for n, i in enumerate(s_ids)}
        t_at = {i: n for n, i in enumerate(t_ids)}
        renumbered = [
            Bead(() if k == dropped else tuple(s_at[i] for i in b.src),
                 tuple(t_at[i] for i in b.tgt), 1.0)
            for k, b in enumerate(beads)
        ]  # fmt: skip
        orphan = t_at[beads[dropped].tgt[0]] if dropped is not None else None
        out.append(([src[i] for i in s_ids], [tgt[i] for i in t_ids], renumbered, orphan))
        if len(out) == per_doc:
            break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="3,4,6")
    parser.add_argument("--per-doc", type=int, default=8)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument(
        "--set", action="append", default=[], metavar="FIELD=V",
        help="a field of the encoder's `Costs` replaced (an experiment; repeatable)",
    )  # fmt: skip
    args = parser.parse_args()
    changed = {k: float(v) for k, v in (x.split("=", 1) for x in args.set)}
    config = AlignConfig(with_encoder=replace(WITH_ENCODER, **changed))  # type: ignore[arg-type]
    encoder = CachedUsem3(args.cache, autosave=False)
    docs = _documents(ROOT)
    print("| window | texts | strict F1 | pairs >= 0.8 right | ECE | right pairs < 0.5 |"
          " orphan a null alone |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        for drop in (False, True):
            rng = random.Random(f"{size}-{drop}")
            pairs: list[tuple[list[Bead], list[Bead]]] = []
            sure = right = orphans = alone = floored = 0
            scores: list[float] = []
            truths: list[bool] = []
            for _, _, _, s, t, g, sl, tl in docs:
                src = s.read_text(encoding="utf-8").splitlines()
                tgt = t.read_text(encoding="utf-8").splitlines()
                gold = parse_beads(g.read_text(encoding="utf-8"))
                for ws, wt, wg, orphan in windows(src, tgt, gold, size, drop, rng, args.per_doc):
                    got = align(ws, wt, src_lang=sl, tgt_lang=tl, encoder=encoder,
                                lexicon=lexicon_for(sl, tl), config=config)  # fmt: skip
                    pairs.append((wg, got))
                    truth = {(b.src, b.tgt) for b in wg}
                    for b in got:
                        scores.append(b.score)
                        truths.append((b.src, b.tgt) in truth)
                        if b.src and b.tgt and b.score >= 0.8:
                            sure += 1
                            right += (b.src, b.tgt) in truth
                        floored += bool(b.src and b.tgt and b.score < 0.5 and truths[-1])
                    if orphan is not None:
                        orphans += 1
                        alone += any(b.tgt == (orphan,) and not b.src for b in got)
            f1 = score_alignments(pairs).strict_f1
            said = f"{alone}/{orphans}" if drop else ""
            share = f"{right}/{sure} ({right / max(sure, 1):.1%})"
            name = f"{size} beads{', one source sentence dropped' if drop else ''}"
            ece = expected_calibration_error(np.array(scores), np.array(truths, dtype=float))
            print(
                f"| {name} | {len(pairs)} | {f1:.3f} | {share} | {ece:.3f} | {floored} | {said} |",
                flush=True,
            )
    encoder.save()


if __name__ == "__main__":
    main()
