"""The parallel text as the review editor draws it: one row per bead, computed from beads.

Pure: no Streamlit, no store. What a row shows (its sentences on each side, its
shape, and the one "look" that says how far to trust it) is decided here so it
can be tested without a browser; the browser only lays rows out, and only as
text (bead texts come from scraped pages and imported files).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from workbench.model import Kind, Status, StoredBead
from workbench.review import Estimates, estimate_of


class Look(StrEnum):
    """How a row presents its bead; exactly one applies, in this order of precedence."""

    REJECTED = "rejected"  # kept out of exports
    CONFIRMED = "confirmed"  # a reviewer vouched for it: no score shown
    MT = "mt"  # a machine translation draft: its engine, not a score
    EMPTY = "empty"  # an inserted bead with nothing in it yet
    NULL_FR = "null-fr"  # counterpart sentences with no French (0:n)
    NULL_CP = "null-cp"  # French sentences with no counterpart (n:0)
    EDITED = "edited"  # changed by hand and not confirmed: the aligner's score is stale
    SCORE = "score"  # the aligner's pair, shown with its confidence


@dataclass(frozen=True)
class SegmentText:
    """What the editor needs of a segment: its text, its kind, a subtitle cue's timecode."""

    text: str
    kind: Kind
    timecode: str = ""


def is_mt(bead: StoredBead) -> bool:
    return bead.status is Status.DRAFT or bead.origin.startswith("mt:")


def look(bead: StoredBead) -> Look:
    """The one look of a bead (see :class:`Look` for the order)."""
    if bead.status is Status.REJECTED:
        return Look.REJECTED
    if bead.status is Status.CONFIRMED:
        return Look.CONFIRMED
    if is_mt(bead):
        return Look.MT
    has_fr, has_cp = bool(bead.fr or bead.fr_text), bool(bead.cp or bead.cp_text)
    if not has_fr and not has_cp:
        return Look.EMPTY
    if not has_fr:
        return Look.NULL_FR
    if not has_cp:
        return Look.NULL_CP
    if bead.origin == "human" or bead.score is None:
        return Look.EDITED
    return Look.SCORE


def engine_label(origin: str) -> str:
    """``mt:apertium:fr-es`` → ``apertium fr-es``; any other origin as it is."""
    kind, _, detail = origin.partition(":")
    return detail.replace(":", " ") if kind == "mt" else origin


def origin_label(origin: str) -> str:
    """``auto:workbench+usem3`` → ``aligner (workbench+usem3)``; ``mt:x:y`` → ``MT x y``."""
    kind, _, detail = origin.partition(":")
    if kind == "mt":
        return f"MT {detail.replace(':', ' ')}"
    if kind == "postedit":  # postedit:mt:x:y
        return f"{origin_label(detail)}, post-edited"
    if kind == "auto":
        return f"aligner ({detail})" if detail else "aligner"
    return "edited by hand" if origin == "human" else origin


def _side(
    ids: Sequence[int], text: str, segments: Mapping[int, SegmentText]
) -> tuple[list[str], list[str] | None, bool, list[str] | None]:
    """(sentences, kinds of the non-body ones or None, whether the text was edited,
    timecodes of subtitle cues or None)."""
    found = [segments[i] for i in ids if i in segments]
    sentences = [s.text for s in found]
    kinds = [str(s.kind) if s.kind is not Kind.BODY else "" for s in found]
    timecodes = [s.timecode for s in found]
    edited = bool(ids) and " ".join(t for t in sentences if t) != text
    return (
        sentences,
        (kinds if any(kinds) else None),
        edited,
        (timecodes if any(timecodes) else None),
    )


def row(
    bead: StoredBead,
    segments: Mapping[int, SegmentText],
    estimated: Estimates = MappingProxyType({}),
) -> dict[str, object]:
    """One bead as the browser receives it (short keys, defaults left out: 5,000 travel at once).

    ``s``: the score, left out when none applies (a reviewer changed the bead);
    ``fr``/``cp``: the sentences of each side; ``ft``/``ct``: a side's text, only
    where it is not its sentences joined by spaces (edited by hand, or text with
    no sentence, as an MT draft: the editor loads it); ``fe``/``ce``: true when
    the text was edited by hand, so it is shown whole; ``fk``/``ck``: the kinds
    of the non-body sentences; ``fm``/``cm``: each sentence's subtitle timecode
    (only when a side has some); ``v``: the version an edit of it must name;
    ``engine``, ``r`` (reviewer): when there is one; ``qe``, ``qh``: an MT draft's
    quality estimate and how it was made, while its texts are those a fill
    estimated (``estimated``: from ``Store.draft_estimates``, see
    :func:`workbench.review.estimate_of`).
    """
    fr, fk, fe, fm = _side(bead.fr, bead.fr_text, segments)
    cp, ck, ce, cm = _side(bead.cp, bead.cp_text, segments)
    shown = look(bead)
    found: dict[str, object] = {
        "id": bead.id, "v": bead.version, "fr": fr, "cp": cp,
        "st": str(bead.status), "look": str(shown), "origin": origin_label(bead.origin),
    }  # fmt: skip
    if bead.score is not None:
        found["s"] = round(bead.score, 3)
    optional = (("fk", fk), ("ck", ck), ("fe", fe), ("ce", ce), ("fm", fm), ("cm", cm))
    for key, value in (*optional, ("r", bead.reviewer)):
        if value:
            found[key] = value
    if fe or (not fr and bead.fr_text):
        found["ft"] = bead.fr_text
    if ce or (not cp and bead.cp_text):
        found["ct"] = bead.cp_text
    if shown is Look.MT:
        found["engine"] = engine_label(bead.origin)
        how = estimate_of(bead, estimated)
        if how is not None and bead.score is not None:
            found["qe"], found["qh"] = round(bead.score, 3), how
    return found


def text_of(row: Mapping[str, object], side: str) -> str:
    """A side's text as the editor loads it from a row (``side``: "fr" or "cp")."""
    text = row.get("ft" if side == "fr" else "ct")
    if isinstance(text, str):
        return text
    parts = row.get(side)
    return " ".join(t for t in parts if t) if isinstance(parts, list) else ""


def rows_json(
    beads: Sequence[StoredBead],
    segments: Mapping[int, SegmentText],
    estimated: Estimates = MappingProxyType({}),
) -> str:
    """Every bead's row as one JSON array (parsed once per revision by the browser)."""
    found = [row(b, segments, estimated) for b in beads]
    return json.dumps(found, ensure_ascii=False, separators=(",", ":"))


def changed_from(old: Sequence[StoredBead], new: Sequence[StoredBead]) -> int | None:
    """The first position where two bead lists differ (id or version), None if equal."""
    for k, (a, b) in enumerate(zip(old, new, strict=False)):
        if (a.id, a.version) != (b.id, b.version):
            return k
    return min(len(old), len(new)) if len(old) != len(new) else None


def splice(old: Sequence[StoredBead], new: Sequence[StoredBead]) -> tuple[int, int, int]:
    """(start, old end, new end): ``new`` is ``old`` with ``old[start:old end]`` replaced by
    ``new[start:new end]``, beads compared by (id, version). An edit touches a few beads, so
    the browser is sent those rows, not the 5,000.
    """
    start = 0
    limit = min(len(old), len(new))
    while start < limit and (old[start].id, old[start].version) == (
        new[start].id,
        new[start].version,
    ):
        start += 1
    tail = 0
    while tail < limit - start and (old[-1 - tail].id, old[-1 - tail].version) == (
        new[-1 - tail].id,
        new[-1 - tail].version,
    ):
        tail += 1
    return start, len(old) - tail, len(new) - tail
