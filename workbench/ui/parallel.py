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
from typing import Any

from workbench.conflict_notes import conflict_in
from workbench.model import Kind, Status, StoredBead
from workbench.review import Estimates, estimate_of, holds_mt, is_gap, shape


class Look(StrEnum):
    """How a row presents its bead; exactly one applies, in this order of precedence."""

    REJECTED = "rejected"  # kept out of a TMX; a review table's row, an XLIFF's to translate
    CONFIRMED = "confirmed"  # a reviewer vouched for it: no score shown
    MT = "mt"  # machine translation nobody post-edited (`review.holds_mt`): its engine, no score
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


def look(bead: StoredBead) -> Look:
    """The one look of a bead (see :class:`Look` for the order)."""
    if bead.status is Status.REJECTED:
        return Look.REJECTED
    if bead.status is Status.CONFIRMED:
        return Look.CONFIRMED
    if holds_mt(bead):  # the exports' rule: what they write as MT looks like MT here
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
    """``mt:apertium:fr-es`` → ``apertium fr-es``; a draft merged beside a reviewer's words
    (``postedit:mt:apertium:fr-es``, status draft) → ``apertium fr-es and a reviewer``; any
    other origin as it is."""
    kind, _, detail = origin.partition(":")
    if kind == "postedit":
        return f"{engine_label(detail)} and a reviewer"
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
    ``engine``, ``r`` (reviewer): when there is one; ``gap``: true for a gap MT may
    fill (:func:`workbench.review.is_gap`: the editor's "Fill all N gaps" counts
    these, never its own reading of labels); ``qe``, ``qh``: an MT draft's
    quality estimate and how it was made, while its texts are those a fill
    estimated (``estimated``: from ``Store.draft_estimates``, see
    :func:`workbench.review.estimate_of`); ``sh``: the bead's shape
    (:func:`workbench.review.shape`) where it is not its sentences' (a confirmed MT
    draft is 1:1); ``nt``: the bead's note; ``x``: when the
    note keeps the workbench's side of a re-import's conflict
    (:func:`workbench.pipeline.merging.conflict_in`), {fr, cp, st, r} of it.
    """

    fr, fk, fe, fm = _side(bead.fr, bead.fr_text, segments)
    cp, ck, ce, cm = _side(bead.cp, bead.cp_text, segments)
    shown = look(bead)
    found: dict[str, object] = {
        "id": bead.id, "v": bead.version, "fr": fr, "cp": cp,
        "st": str(bead.status), "look": str(shown), "origin": origin_label(bead.origin),
    }  # fmt: skip
    if (drawn := shape(bead)) != f"{len(fr)}:{len(cp)}":  # a reviewer's text, no sentence
        found["sh"] = drawn
    if bead.score is not None:
        found["s"] = round(bead.score, 3)
    optional = (("fk", fk), ("ck", ck), ("fe", fe), ("ce", ce), ("fm", fm), ("cm", cm))
    for key, value in (*optional, ("r", bead.reviewer), ("gap", is_gap(bead))):
        if value:
            found[key] = value
    if fe or (not fr and bead.fr_text):
        found["ft"] = bead.fr_text
    if ce or (not cp and bead.cp_text):
        found["ct"] = bead.cp_text
    if bead.note:
        _add_note(found, bead.note)
    if shown is Look.MT:
        _add_engine(found, bead, estimated)
    return found


def _add_note(found: dict[str, object], note: str) -> None:
    """``nt``, and ``x`` where the note keeps a re-import's conflict (`row`)."""
    found["nt"] = note
    other = conflict_in(note)
    if other is not None:
        found["x"] = {"fr": other.fr, "cp": other.cp, "st": other.status, "r": other.reviewer}


def _add_engine(found: dict[str, object], bead: StoredBead, estimated: Estimates) -> None:
    """An MT draft's ``engine``, and its ``qe``/``qh`` while its texts are those estimated."""
    found["engine"] = engine_label(bead.origin)
    how = estimate_of(bead, estimated)
    if how is not None and bead.score is not None:
        found["qe"], found["qh"] = round(bead.score, 3), how


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
    """Every bead's row, packed (:func:`pack`), as one JSON object (parsed once per
    revision by the browser)."""
    found = pack([row(b, segments, estimated) for b in beads])
    return json.dumps(found, ensure_ascii=False, separators=(",", ":"))


# How the rows travel (see pack). A row of 1:1 aligner output was 380 bytes, 75 of them
# field names, its status, look and origin spelled out: the same for nearly every bead.
RUNS = ("v", "st", "look", "origin", "r", "engine", "qh")  # few distinct values, long runs
# a few rows each; "sh" a shape that is not the row's sentences' (a confirmed MT draft's 1:1)
SPARSE = ("fk", "ck", "fe", "ce", "fm", "cm", "ft", "ct", "qe", "gap", "nt", "x", "sh")
DENSE = ("id", "fr", "cp", "s")


def pack(rows: Sequence[Mapping[str, object]]) -> dict[str, object]:
    """Rows (:func:`row`) as columns, for the browser: :func:`unpack` gives them back.

    ``n``: the number of rows. ``id``: each id less the one before (the first
    less 0), so that ids in order travel as 1s. ``fr``/``cp``: each row's
    sentences, a side of one sentence as that string alone. ``s``: each score
    in thousandths, null where a row has none. A key of ``RUNS`` is
    ``[values, runs]``: its distinct values (null where a row lacks the key)
    and ``[value index, count, …]`` down the rows. A key of ``SPARSE`` is
    ``[[row index, value], …]`` for the rows that have it. Texts stay strings
    of the JSON: the browser shows them as text, never as markup.
    """
    unknown = {k for r in rows for k in r} - {*RUNS, *SPARSE, *DENSE}
    if unknown:
        raise ValueError(f"pack does not know the row keys {sorted(unknown)}: add them")
    ids = [int(str(r["id"])) for r in rows]
    packed: dict[str, object] = {
        "n": len(rows), "id": [b - a for a, b in zip([0, *ids], ids, strict=False)],
        "fr": [_one(r["fr"]) for r in rows], "cp": [_one(r["cp"]) for r in rows],
        "s": [round(float(str(r["s"])) * 1000) if "s" in r else None for r in rows],
    }  # fmt: skip
    for key in RUNS:
        packed[key] = _runs([r.get(key) for r in rows])
    for key in SPARSE:
        found = [[i, r[key]] for i, r in enumerate(rows) if key in r]
        if found:
            packed[key] = found
    return packed


def _one(sentences: object) -> object:
    return sentences[0] if isinstance(sentences, list) and len(sentences) == 1 else sentences


def _runs(column: Sequence[object]) -> list[list[object] | list[int]]:
    values: list[object] = []
    where: dict[object, int] = {}
    runs: list[int] = []
    for value in column:
        code = where.setdefault(value, len(values))
        if code == len(values):
            values.append(value)
        if runs and runs[-2] == code:
            runs[-1] += 1
        else:
            runs += [code, 1]
    return [values, runs]


def unpack(packed: Mapping[str, Any]) -> list[dict[str, object]]:
    """The rows :func:`pack` packed (as the editor's script unpacks them, review/*.js)."""
    rows: list[dict[str, object]] = []
    last = 0
    for step, fr, cp, score in zip(*(packed[k] for k in DENSE), strict=True):
        last += step
        found: dict[str, object] = {"id": last, "fr": _many(fr), "cp": _many(cp)}
        if score is not None:
            found["s"] = score / 1000
        rows.append(found)
    for key in RUNS:
        values, runs = packed[key]
        i = 0
        for code, count in zip(runs[::2], runs[1::2], strict=True):
            if values[code] is not None:
                for r in rows[i : i + count]:
                    r[key] = values[code]
            i += count
    for key in SPARSE:
        for i, value in packed.get(key, []):
            rows[i][key] = value
    return rows


def _many(sentences: object) -> object:
    return sentences if isinstance(sentences, list) else [sentences]


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
