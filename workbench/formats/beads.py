"""The bead text form (``[6, 7]:[9]:0.873``) that Vecalign and the gold files use.

Parsing, formatting and checking that beads cover each sentence once, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from workbench.model import ALIGNED, NOT_ALIGNED, Bead, InputError, ParseError, StoredBead
from workbench.wording import counted

_BEAD = re.compile(r"^\[([\d,\s]*)\]:\[([\d,\s]*)\](?::\s*(-?[\d.eE+-]+))?$")


def _ids(text: str, line_no: int) -> tuple[int, ...]:
    text = text.strip()
    if not text:
        return ()
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError as exc:
        raise ParseError(f"line {line_no}: bad sentence id list [{text}]", exc) from exc


def parse_bead(line: str, line_no: int = 1) -> Bead:
    """Parse one bead, ``[src ids]:[tgt ids]`` with an optional ``:score``."""
    match = _BEAD.match(line.strip())
    if match is None:
        raise ParseError(
            f"line {line_no}: {line.strip()[:60]!r} is not a bead; expected e.g. [6, 7]:[9]:0.873"
        )
    try:
        score = float(match.group(3)) if match.group(3) else 0.0
    except ValueError as exc:
        raise ParseError(f"line {line_no}: bad score {match.group(3)!r}", exc) from exc
    return Bead(_ids(match.group(1), line_no), _ids(match.group(2), line_no), score)


def parse_beads(text: str) -> list[Bead]:
    """Parse a beads file: one bead a line; blank lines are ignored."""
    return [parse_bead(line, k) for k, line in enumerate(text.splitlines(), 1) if line.strip()]


def format_beads(beads: Iterable[Bead], *, scores: bool = True, cost: bool = False) -> str:
    """One bead a line, the text form that Vecalign and the gold files use:
    ``[6, 7]:[9]:0.873``, the third field the aligner's confidence (higher is better);
    ``cost``: vecalign's third field instead, a cost (lower is better) taken as
    1 - confidence, ``[6, 7]:[9]:0.127000`` (see :func:`vecalign_form`); ``scores=False``:
    no third field, as gold files have none."""
    lines = [
        (f"{str(b).rsplit(':', 1)[0]}:{1.0 - b.score:.6f}" if cost else str(b))
        if scores
        else str(b).rsplit(":", 1)[0]
        for b in beads
    ]
    return "".join(line + "\n" for line in lines)


def vecalign_form(beads: Sequence[StoredBead], places: Mapping[int, int]) -> str:
    """A stored alignment in vecalign's bead form, one line a bead as its
    ``print_alignments`` writes them (``[0, 1]:[2]:0.127000``), for its ``score.py``.

    Ids are vecalign's: 0-based sentence indices on each side, the n-th sentence of that
    side among those the beads hold, in document order (``places``: each segment id's
    position in its document, `Segment.index`; debris is in no bead and takes no index).
    The third field is a cost, lower better as vecalign's: 1 minus the aligner's
    confidence, the probability that the bead is wrong; not vecalign's own cost (a
    cosine distance, 0 for a null bead), which only ranks as it does. A bead whose score
    is not the aligner's (a reviewer changed it, an MT draft's estimate) has no cost
    field, as vecalign writes none without scores; score.py reads the first two fields
    alone. A sentence without counterpart is a null bead, ``[3]:[]`` or ``[]:[4]``
    (an MT draft's side is no sentence); a rejected bead is written as it is stored, a
    link; a bead with no sentence on either side (a reviewer's empty bead) is left out, as
    score.py leaves it out."""
    fr = _indices([i for b in beads for i in b.fr], places)
    cp = _indices([j for b in beads for j in b.cp], places)
    lines = []
    for b in beads:
        if not (b.fr or b.cp):
            continue
        line = f"{[fr[i] for i in b.fr]}:{[cp[j] for j in b.cp]}"
        aligned = b.origin.startswith(ALIGNED) and b.origin != NOT_ALIGNED
        if aligned and b.score is not None:
            line += f":{1.0 - b.score:.6f}"
        lines.append(line + "\n")
    return "".join(lines)


def _indices(ids: Iterable[int], places: Mapping[int, int]) -> dict[int, int]:
    """Each segment id's 0-based index among ``ids`` in document order."""
    return {sid: k for k, sid in enumerate(sorted(ids, key=places.__getitem__))}


def validate(beads: Sequence[Bead], n_src: int | None = None, n_tgt: int | None = None) -> None:
    """Check that beads are in order and cover each sentence exactly once.

    With ``n_src``/``n_tgt`` given, also check that nothing is missing at the end.
    """
    expected = [0, 0]
    for k, bead in enumerate(beads, 1):
        if not bead.src and not bead.tgt:
            raise InputError(f"bead {k} ({bead}) is empty: every bead needs a sentence")
        for side, ids in enumerate((bead.src, bead.tgt)):
            for sid in ids:
                if sid != expected[side]:
                    name = ("source", "target")[side]
                    raise InputError(
                        f"bead {k} ({bead}): {name} sentence {sid} where {expected[side]} "
                        "was expected; beads must be in order and cover each sentence once"
                    )
                expected[side] += 1
    for side, size in enumerate((n_src, n_tgt)):
        if size is not None and expected[side] != size:
            name = ("source", "target")[side]
            raise InputError(
                f"the beads cover {counted(expected[side], f'{name} sentence')} "
                f"but the text has {size}"
            )
