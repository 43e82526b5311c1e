"""The reviewer's actions that cut a bead in two: split between sentences, split at the
caret (inside a sentence if need be), and unpair (a pair whose sides do not translate each
other parted into null beads).

Each is pure and returns an `Edit` (`review_base`). A bead they cut gets no score (the
aligner's confidence was about other texts); a text a reviewer typed is never rebuilt from
the sentences (`typed_text`), and machine words kept stay machine words (`mark_after`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from workbench.model import (
    HUMAN,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
)
from workbench.review_base import (
    Edit,
    Side,
    as_ingested,
    bead_at,
    join_texts,
    mark_after,
    side_ids,
    side_name,
    typed_refusal,
    typed_text,
    unreviewed,
)


def split(
    beads: Sequence[StoredBead],
    i: int,
    fr_at: int,
    cp_at: int,
    texts: Mapping[int, str],
    reviewer: str,
) -> Edit:
    """Split bead ``i`` after its first ``fr_at`` French and ``cp_at`` counterpart sentences.

    A side whose text a reviewer typed goes whole to one half (`_halve`); a cut
    inside it is refused with InputError, nothing changed.
    """
    b = bead_at(beads, i)
    if not (0 <= fr_at <= len(b.fr) and 0 <= cp_at <= len(b.cp)):
        raise InputError(
            f"bead {i + 1} has {len(b.fr)} French and {len(b.cp)} counterpart sentences; "
            "split between them"
        )
    if (fr_at, cp_at) in ((0, 0), (len(b.fr), len(b.cp))):
        raise InputError("a split must leave sentences on both beads" + _unpair_hint(b, i))
    fr = _halve(b, i, "fr", fr_at, texts)
    cp = _halve(b, i, "cp", cp_at, texts)
    drafts = _split_drafts(b, fr, cp, typed_text(b, "cp", texts) is not None, reviewer)
    done = f"split bead {i + 1}{_after_cut(b, drafts, _KEPT, 'both halves')}"
    return Edit("split", {b.id: b.version}, drafts, done)


def _unpair_hint(b: StoredBead, i: int) -> str:
    """How to part a wrong pair (newcomer23's Split of one had no hint), in the review page's
    words, where a split is refused (the CLI has `unpair`, its help says so); '' for one
    side."""
    if not (b.fr and b.cp):
        return ""
    return (
        f"; to part bead {i + 1}'s French from a counterpart that does not translate it, "
        "put the caret at the start of the counterpart, then Split"
    )


def unpair(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Part bead ``i``, whose sides do not translate each other, into two null beads: its
    French alone (n:0), a gap `fill` drafts, and its counterpart alone below it (0:m).

    A reviewer's "not a pair" that leaves the French to translate (`reject` keeps the pair
    whole); the counterpart keeps its text, its mark and a rejection (`kept_rejection`).
    InputError when a side has no sentence.
    """
    b = bead_at(beads, i)
    if not (b.fr and b.cp):
        side = "French" if not b.fr else "counterpart"
        raise InputError(f"bead {i + 1} has no {side} sentence: there is no pair to unpair")
    origin, status = mark_after(b, True, b.cp_text)
    french = BeadDraft(b.fr, (), b.fr_text, "", None, Status.AUTO, HUMAN, reviewer)
    counterpart = BeadDraft((), b.cp, "", b.cp_text, None, status, origin, reviewer)
    drafts = kept_rejection(b, (french, counterpart))
    said = " (still rejected by {who})" if drafts[1].status is Status.REJECTED else ""
    done = (f"unpaired bead {i + 1}: its French stays bead {i + 1}, to translate (`fill`), "
            f"its counterpart is bead {i + 2}{_after_cut(b, drafts, said, 'both')}")  # fmt: skip
    return Edit("unpair", {b.id: b.version}, drafts, done)


def kept_rejection(b: StoredBead, drafts: tuple[BeadDraft, ...]) -> tuple[BeadDraft, ...]:
    """``drafts`` of a cut of ``b``, where a rejected pair parted into its French alone and
    its counterpart alone carries its rejection out: the counterpart keeps it, signed by
    whoever rejected it (that it does not translate this French is what they judged, and a
    reviewer's word is never lost); the French is the gap `fill` drafts. Any other cut of a
    rejected bead is to review again (`unreviewed`)."""
    parted = sorted((bool(d.fr or d.fr_text), bool(d.cp or d.cp_text)) for d in drafts)
    if b.status is not Status.REJECTED or parted != [(False, True), (True, False)]:
        return drafts
    who = b.reviewer or drafts[0].reviewer
    return tuple(
        d if d.fr or d.fr_text else replace(d, status=Status.REJECTED, reviewer=who) for d in drafts
    )


def _after_cut(b: StoredBead, drafts: tuple[BeadDraft, ...], said: str, what: str) -> str:
    """What a cut of ``b`` says of its reviewer's word: ``said`` (``{who}`` and ``{at}``,
    the counterpart's bead number, filled in) when a rejection was kept, else `unreviewed`."""
    kept = [k for k, d in enumerate(drafts) if d.status is Status.REJECTED and not d.fr]
    if b.status is not Status.REJECTED or not kept:
        return unreviewed((b,), what)
    return said.format(who=drafts[kept[0]].reviewer, at=b.position + 1 + kept[0])


def split_at_caret(
    beads: Sequence[StoredBead],
    i: int,
    carets: Mapping[Side, int],
    at: Mapping[Side, int],
    texts: Mapping[int, str],
    reviewer: str,
) -> Edit:
    """Split bead ``i`` where the reviewer put the caret, inside a sentence if need be.

    ``carets`` maps a side to a character offset in that side's text as stored
    (single spaces); that side is cut there. A sentence the caret falls inside
    is re-split: its first part ends the first bead, the rest opens the second,
    and the sentence (its segment id) stays with the first bead, so every
    sentence is still in exactly one bead, in order; sentences that start at
    or after the caret go to the second bead. A side without a caret is split
    after its first ``at[side]`` sentences. The event records, for each side
    cut inside a sentence, the segment and the offset in it. InputError when a
    caret is beyond the text or the split leaves a bead with no text.
    """
    b = bead_at(beads, i)
    halves: dict[Side, _Halves] = {}
    detail: dict[str, dict[str, int]] = {}
    for side in ("fr", "cp"):
        if side in carets:
            halves[side], detail[side] = _halves_at_caret(b, i, side, int(carets[side]), texts)
        else:
            halves[side], detail[side] = _halves_after(b, i, side, at.get(side), texts)
    fr, cp = halves["fr"], halves["cp"]
    if not (fr.first_text or cp.first_text) or not (fr.second_text or cp.second_text):
        raise InputError(
            "a split must leave text on both beads: put the caret inside the text"
            + _unpair_hint(b, i)
        )
    # A caret in the counterpart cuts the bead's own text, an MT draft's included.
    kept_cp = "cp" in carets or typed_text(b, "cp", texts) is not None
    drafts = _split_drafts(b, fr, cp, kept_cp, reviewer)
    inside = [side_name(side) for side in ("fr", "cp") if "segment" in detail[side]]
    where = f" inside a {' and a '.join(inside)} sentence" if inside else ""
    done = f"split bead {i + 1}{where}{_after_cut(b, drafts, _KEPT, 'both halves')}"
    return Edit("split", {b.id: b.version}, drafts, done, {"split": detail})


def _halves_at_caret(
    b: StoredBead, i: int, side: Side, offset: int, texts: Mapping[int, str]
) -> tuple[_Halves, dict[str, int]]:
    """``side`` of bead ``i`` cut at the caret ``offset`` (`split_at_caret`), and what the
    event records of it: the offset, and the segment cut inside and the offset in it."""
    ids, text = (b.fr, b.fr_text) if side == "fr" else (b.cp, b.cp_text)
    if not 0 <= offset <= len(text):
        raise InputError(
            f"bead {i + 1}'s {side_name(side)} text has {len(text)} characters; "
            "put the caret inside it"
        )
    first, second, cut = _cut(ids, text, offset, texts)
    halves = _Halves(first, second, text[:offset].rstrip(), text[offset:].lstrip())
    detail = {"offset": offset, **({"segment": cut[0], "segment_offset": cut[1]}
                                   if cut else {})}  # fmt: skip
    return halves, detail


def _halves_after(
    b: StoredBead, i: int, side: Side, at: int | None, texts: Mapping[int, str]
) -> tuple[_Halves, dict[str, int]]:
    """``side`` of bead ``i`` cut after its first ``at`` sentences (all of them when None),
    for a side without a caret (`split_at_caret`), and what the event records of it."""
    ids = b.fr if side == "fr" else b.cp
    k = int(len(ids) if at is None else at)
    if not 0 <= k <= len(ids):
        raise InputError(
            f"bead {i + 1} has {len(ids)} {side_name(side)} sentences; split between them"
        )
    return _halve(b, i, side, k, texts), {"sentences": k}


class _Halves(NamedTuple):
    """One side of a split: the sentences and the text of each half."""

    first: tuple[int, ...]
    second: tuple[int, ...]
    first_text: str
    second_text: str


# A split that parts a rejected pair into its two sides, as `unpair` does (`kept_rejection`).
_KEPT = " (its counterpart, bead {at}, still rejected by {who})"


def _split_drafts(
    b: StoredBead, fr: _Halves, cp: _Halves, kept_cp: bool, reviewer: str
) -> tuple[BeadDraft, ...]:
    """The two beads splitting ``b`` makes; ``kept_cp``: their counterpart texts are cut
    from ``b``'s own, not rebuilt from its sentences (`mark_after`)."""
    drafts = []
    for fr_ids, cp_ids, fr_text, cp_text in (
        (fr.first, cp.first, fr.first_text, cp.first_text),
        (fr.second, cp.second, fr.second_text, cp.second_text),
    ):
        origin, status = mark_after(b, kept_cp, cp_text)
        drafts.append(BeadDraft(fr_ids, cp_ids, fr_text, cp_text, None, status, origin, reviewer))
    return kept_rejection(b, tuple(drafts))


def _halve(b: StoredBead, i: int, side: Side, k: int, texts: Mapping[int, str]) -> _Halves:
    """``side`` of bead ``i`` cut after its first ``k`` sentences.

    A text a reviewer typed (`typed_text`) goes whole to the half that keeps all
    the side's sentences (the first, when it has none); a cut between its
    sentences is refused (InputError), since where they stand in it is unknown.
    """
    ids = side_ids(b, side)
    typed = typed_text(b, side, texts)
    if typed is None:
        return _Halves(ids[:k], ids[k:], join_texts(*(texts[s] for s in ids[:k])),
                       join_texts(*(texts[s] for s in ids[k:])))  # fmt: skip
    if k == len(ids):
        return _Halves(ids, (), typed, "")
    if k == 0:
        return _Halves((), ids, "", typed)
    raise typed_refusal(i, side, "cutting it between its sentences")


def _cut(
    ids: Sequence[int], text: str, offset: int, texts: Mapping[int, str]
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, int] | None]:
    """(ids before the caret, ids after it, (segment cut, offset in it) or None).

    The text is the bead's sentences joined by single spaces unless it was
    edited by hand; then where each sentence stood is unknown and every
    sentence stays with the first bead.
    """
    if text != as_ingested(ids, texts):
        return tuple(ids), (), None
    first: list[int] = []
    cut = None
    start = 0
    for s in ids:
        sentence = texts[s]
        if start >= offset:
            break
        first.append(s)
        if sentence and offset < start + len(sentence):
            cut = (s, offset - start)
        if sentence:  # an empty sentence takes no room in the joined text
            start += len(sentence) + 1
    return tuple(first), tuple(ids[len(first) :]), cut
