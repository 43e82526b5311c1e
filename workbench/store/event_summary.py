"""The audit log's one line per event: what an edit, an ingest, a rename or a kind
change did, in a reviewer's words (``beads 3–4 → 3: French “…” → “…”``).

Plain text from an event's payload: no SQL, no session.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from workbench.wording import counted


def summary(action: str, payload: Mapping[str, Any], *, whole: bool = False) -> str:
    """One line saying what an event changed, in the audit log's words.

    Bead edits: ``3 beads → 2``. The events of documents say what they name
    instead: ``kind``: ``segments 4–6, 9 of version 2: boilerplate → body``;
    ``ingest``: ``version 2 of corpus/a.html``; ``rename``: ``a → b``. ``whole``:
    changed texts in full, not cut short (`bead_summary`).
    """
    if action == "kind":
        return kind_summary(payload)
    if action == "ingest":
        path, why = payload.get("path"), payload.get("why")
        return (
            f"version {payload.get('version')}"
            + (f" of {path}" if path else "")
            + (f" ({why})" if why else "")
        )
    if action == "rename":
        return f"{payload.get('from')} → {payload.get('to')}"
    if action in ("dealt with", "not dealt with"):  # `rows.DEALT_WITH`, `NOT_DEALT_WITH`
        dealt = payload.get("dealt_with")
        ids = dealt.get("ids", []) if isinstance(dealt, Mapping) else []
        n = len(ids)
        where = ""
        if isinstance(dealt, Mapping) and dealt.get("positions") and len(dealt.get("in", [])) == 1:
            shown = bead_span([int(p) for p in dealt["positions"]], [])
            where = f" ({shown} of alignment {dealt['in'][0]})"
        return f"{counted(n, 'reviewed bead')} an earlier version left behind{where}: {action}"
    return bead_summary(payload, whole=whole)


SUMMED_UP_BEYOND = 20  # beads: an aligner's run, an import, a re-alignment is counted
CONTEXT = 12  # characters of unchanged text shown either side of a change
CHANGE_SHOWN = 40  # characters of a changed stretch shown, before and after


def bead_summary(payload: Mapping[str, Any], *, whole: bool = False) -> str:
    """Where a bead edit acted, as the screen numbers beads, and what it changed, in short.

    ``bead 14: counterpart “…el alcalde inauguró…” → “…el alcalde abrió…”``;
    ``beads 3–4 → 3: French “…ville. ¦ Elle…” → “…ville. Elle…”`` (``¦``: where
    one bead ended and the next began); ``bead 7: auto → confirmed``. Runs of
    more than SUMMED_UP_BEYOND beads, a first alignment and bulk imports (which
    log a count) are counted: ``0 beads → 10``. ``whole``: each changed side's text
    before and after in full (``bead 14: counterpart “…” → “…”``), for a script.
    """
    before = [b for b in payload.get("before", []) if isinstance(b, Mapping)]
    after = [b for b in payload.get("after", []) if isinstance(b, Mapping)]
    # A bulk import logs the count of its beads, not each one (see `bulk.BulkStore`).
    count = payload.get("beads")
    placed = all("position" in b for b in (*before, *after))
    # nothing replaced (an aligner's first run, an import): a count, not a diff from nothing
    if (
        count is not None
        or not placed
        or not before
        or max(len(before), len(after)) > SUMMED_UP_BEYOND
    ):
        return f"{counted(len(payload.get('before', [])), 'bead')} → {count or len(after)}"
    where = bead_span([int(b["position"]) + 1 for b in before],
                      [int(b["position"]) + 1 for b in after])  # fmt: skip
    said = []
    for side, name in (("fr", "French"), ("cp", "counterpart")):
        old, new = _joined(before, side), _joined(after, side)
        if old != new:
            said.append(f"{name} {f'“{old}” → “{new}”' if whole else short_change(old, new)}")
    if len(before) == len(after):
        # a decision reversed says whose it was ("confirmed by ana → rejected", newcomer34)
        said += dict.fromkeys(
            f"{a.get('status')}{_whose(a, b)} → {b.get('status')}"
            for a, b in zip(before, after, strict=True)
            if a.get("status") != b.get("status")
        )
        # a decision kept but signed by someone else now: an edited confirmed bead a file
        # confirmed again, `confirm --seen` (newcomer33: "confirmed · eve", not a word of ana)
        said += dict.fromkeys(
            f"{a.get('status')} by {a.get('reviewer')} → by {b.get('reviewer')}"
            for a, b in zip(before, after, strict=True)
            if _resigned(a, b)
        )
    return f"{where}: {'; '.join(said)}" if said else where


def _whose(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """ " by ana" when ``before`` was another reviewer's confirmation or rejection, else ""."""
    was, now = before.get("reviewer"), after.get("reviewer")
    decided = before.get("status") in ("confirmed", "rejected")
    return f" by {was}" if decided and was and was != now else ""


def _resigned(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """Whether a confirmation or rejection stayed one, signed by another reviewer now."""
    status, was, now = before.get("status"), before.get("reviewer"), after.get("reviewer")
    kept = status == after.get("status") and status in ("confirmed", "rejected")
    return kept and bool(was) and bool(now) and was != now


def _joined(beads: Sequence[Mapping[str, Any]], side: str) -> str:
    return " ¦ ".join(str(b.get(f"{side}_text") or "") for b in beads)


def bead_span(before: Sequence[int], after: Sequence[int]) -> str:
    """``bead 3``, ``beads 3–4 → 3``, ``beads 5, 9`` (1-based positions, before and after)."""
    if sorted(before) == sorted(after) or not before or not after:
        shown = before or after
        return ("bead " if len(set(shown)) == 1 else "beads ") + _span(shown)
    word = "bead " if len(set(before)) == 1 else "beads "
    return f"{word}{_span(before)} → {_span(after)}"


def _span(positions: Sequence[int]) -> str:
    shown = sorted(set(positions))
    if not shown:
        return "none"
    if len(shown) > 1 and shown[-1] - shown[0] == len(shown) - 1:
        return f"{shown[0]}–{shown[-1]}"
    return ", ".join(map(str, shown))


def short_change(old: str, new: str) -> str:
    """``“…unchanged changed unchanged…” → “…unchanged other unchanged…”``, each cut short.

    The common start and end are kept to CONTEXT characters either side of
    the change, and the changed stretch of each to CHANGE_SHOWN, so that a
    long sentence still says what changed in a line. A change of spaces alone shows
    them (``“…nuit␣: au…” → “…nuit⟨nbsp⟩: au…”``): otherwise its two sides read the same.
    """
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    # whole words: the change starts after a space and the unchanged end at one
    start = old.rfind(" ", 0, start) + 1 if start < len(old) else start
    if end and old[len(old) - end - 1] != " " and old[len(old) - end] != " ":
        space = old.find(" ", len(old) - end)
        end = len(old) - space if space >= 0 else 0
    lead = old[:start]
    if len(lead) > CONTEXT:
        lead = "…" + lead[-CONTEXT:].split(" ", 1)[-1]
    tail = old[len(old) - end :]
    if len(tail) > CONTEXT:
        tail = tail[:CONTEXT].rsplit(" ", 1)[0] + "…"

    spacing_only = _SPACES.sub("", old) == _SPACES.sub("", new)

    def middle(text: str) -> str:
        cut = text[start : len(text) - end]
        cut = f"{cut[:CHANGE_SHOWN]}…" if len(cut) > CHANGE_SHOWN else cut
        return _SPACES.sub(_space_mark, cut) if spacing_only else cut

    return f"“{lead}{middle(old)}{tail}” → “{lead}{middle(new)}{tail}”"


_SPACES = re.compile(r"\s")
# How `short_change` shows the spaces of a change that is nothing else (a no-break space
# typed before a colon read “…nuit : au…” → “…nuit : au…”, newcomer35 LOW 8).
_SPACE_MARKS = {" ": "␣", "\u00a0": "⟨nbsp⟩", "\u202f": "⟨nnbsp⟩", "\t": "⟨tab⟩", "\n": "⟨newline⟩"}


def _space_mark(found: re.Match[str]) -> str:
    """A space made visible: ``␣``, ``⟨nbsp⟩`` (U+00A0), ``⟨nnbsp⟩`` (U+202F), ``⟨tab⟩``,
    ``⟨newline⟩``, or ``⟨U+2009 THIN SPACE⟩`` for any other."""
    char = found.group()
    return _SPACE_MARKS.get(char) or f"⟨U+{ord(char):04X} {unicodedata.name(char, 'SPACE')}⟩"


def kind_summary(payload: Mapping[str, Any]) -> str:
    """``segments 4–6, 9 of version 2: boilerplate → body`` (one clause per kind before)."""
    now = payload.get("kind")
    by_kind: dict[str, list[int]] = {}
    for segment_id, kind in payload.get("before", []):
        by_kind.setdefault(str(kind), []).append(int(segment_id))
    clauses = [
        f"{'segment' if len(ids) == 1 else 'segments'} {id_ranges(ids)}"
        f" of version {payload.get('version')}: {kind} → {now}"
        for kind, ids in by_kind.items()
    ]
    return "; ".join(clauses) or f"no segment changed kind (→ {now})"


def id_ranges(ids: Sequence[int]) -> str:
    """``[4, 5, 6, 9]`` → ``4–6, 9``: runs of consecutive ids written as ranges."""
    runs: list[list[int]] = []
    for i in sorted(set(ids)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
