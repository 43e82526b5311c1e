"""The reviewer's actions that change which sentences a bead holds: merge, split (between
sentences or at the caret), move a sentence into the neighbouring bead, insert an empty bead.

Each is pure and returns an `Edit` (`review_base`). A bead they reshape gets no score (the
aligner's confidence was about other texts); a text a reviewer typed is never rebuilt from
the sentences (`typed_text`), and machine words kept stay machine words (`mark_after`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from workbench.model import (
    HUMAN,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
    is_mt_origin,
)
from workbench.review_base import (
    Edit,
    Side,
    as_ingested,
    bead_at,
    draft_of,
    holds_mt,
    join_texts,
    mark_after,
    post_edit_origin,
    side_ids,
    side_name,
    typed_refusal,
    typed_text,
)


def merge(beads: Sequence[StoredBead], i: int, reviewer: str, *, with_next: bool = True) -> Edit:
    """Merge bead ``i`` with the next bead (or the previous one).

    Machine text never becomes the reviewer's: a gap's raw MT draft merged with
    a bead holding the original's sentences is dropped (the draft translates a
    French sentence the original's sentences already translate: newcomer17's
    "…15 Jan. 2026. 2026."), and a merged bead that keeps MT words is marked so
    (`_merged_mark`).
    """
    j = i + 1 if with_next else i - 1
    a, b = sorted((bead_at(beads, i), bead_at(beads, j)), key=lambda x: x.position)
    dropped = [x for x, y in ((a, b), (b, a)) if _draft_only(x) and y.cp]
    kept = [x for x in (a, b) if x not in dropped]
    origin, status = _merged_mark(kept)
    merged = BeadDraft(
        fr=a.fr + b.fr,
        cp=a.cp + b.cp,
        fr_text=join_texts(a.fr_text, b.fr_text),
        cp_text=join_texts(*(x.cp_text for x in kept)),
        score=None,
        status=status,
        origin=origin,
        reviewer=reviewer,
    )
    done = f"merged beads {i + 1} and {j + 1}{_unreviewed((a, b), 'the merged bead')}"
    if dropped:
        done += (f"; the MT draft of bead {dropped[0].position + 1} was left out: the "
                 "original's sentences translate its French")  # fmt: skip
    return Edit("merge", {a.id: a.version, b.id: b.version}, (merged,), done)


def _draft_only(bead: StoredBead) -> bool:
    """A gap whose counterpart is nothing but an engine's draft."""
    return is_mt_origin(bead.origin) and not bead.cp and bool(bead.cp_text)


def _merged_mark(kept: Sequence[StoredBead]) -> tuple[str, Status]:
    """(origin, status) of a merge of ``kept``, the beads whose counterpart text it keeps.

    Drafts alone stay an MT draft to post-edit (their engine's origin, or ``mt``
    when two engines made them); drafts beside a reviewer's or the original's
    words make a bead waiting for its post-edit (``postedit:`` + the engine,
    status ``draft``: `holds_mt`); no MT words, the reviewer's bead.
    """
    words = [x for x in kept if x.cp_text]
    machine = [x for x in words if holds_mt(x)]
    if not machine:
        return HUMAN, Status.AUTO
    if all(_draft_only(x) for x in words):
        engines = {x.origin for x in words}
        return (engines.pop() if len(engines) == 1 else "mt"), Status.DRAFT
    return post_edit_origin(machine[0].origin), Status.DRAFT


def _unreviewed(beads: Sequence[StoredBead], what: str) -> str:
    """What a merge or split takes back from the reviewers who had confirmed or rejected
    a bead it replaces (``what`` it makes is `auto` again), said in its summary: newcomer16
    saw a colleague's confirmation go without a word. '' when there was none."""
    said = [
        f"bead {b.position + 1} was {b.status} by {b.reviewer}"
        for b in beads
        if b.status in (Status.CONFIRMED, Status.REJECTED) and b.reviewer
    ]
    return f" ({' and '.join(said)}: review {what} again)" if said else ""


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
    done = f"split bead {i + 1}{_unreviewed((b,), 'both halves')}"
    return Edit("split", {b.id: b.version}, drafts, done)


def _unpair_hint(b: StoredBead, i: int) -> str:
    """How to part a wrong pair (newcomer23's Split of one had no hint); '' for one side."""
    if not (b.fr and b.cp):
        return ""
    return (
        f"; to part bead {i + 1}'s French from a counterpart that does not translate it, "
        "put the caret at the start of the counterpart, then Split "
        f"(`workbench unpair DOC {i + 1} --to LANG --reviewer NAME` on the command line)"
    )


def unpair(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Part bead ``i``, whose sides do not translate each other, into two null beads: its
    French alone (n:0), a gap `fill` drafts, and its counterpart alone below it (0:m).

    A reviewer's "not a pair" that leaves the French to translate (`reject` keeps the pair
    whole); the counterpart keeps its text and mark. InputError when a side has no sentence.
    """
    b = bead_at(beads, i)
    if not (b.fr and b.cp):
        side = "French" if not b.fr else "counterpart"
        raise InputError(f"bead {i + 1} has no {side} sentence: there is no pair to unpair")
    origin, status = mark_after(b, True, b.cp_text)
    french = BeadDraft(b.fr, (), b.fr_text, "", None, Status.AUTO, HUMAN, reviewer)
    counterpart = BeadDraft((), b.cp, "", b.cp_text, None, status, origin, reviewer)
    done = (f"unpaired bead {i + 1}: its French stays bead {i + 1}, to translate (`fill`), "
            f"its counterpart is bead {i + 2}{_unreviewed((b,), 'both')}")  # fmt: skip
    return Edit("unpair", {b.id: b.version}, (french, counterpart), done)


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
    done = f"split bead {i + 1}{where}{_unreviewed((b,), 'both halves')}"
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
    return tuple(drafts)


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


def move(
    beads: Sequence[StoredBead],
    i: int,
    side: Side,
    down: bool,
    texts: Mapping[int, str],
    reviewer: str,
) -> Edit:
    """Move one sentence of ``side`` from bead ``i`` into its neighbour.

    Down moves the bead's last sentence to the start of the next bead; up moves
    its first sentence to the end of the previous bead. A bead left with no
    sentence on either side, and no typed text, disappears.

    Text a reviewer typed (`typed_text`) is never rebuilt from the sentences:
    the other side of both beads stays as it reads, a sentence moved into a
    typed side is added to the typing, and moving a sentence out of a typed
    side is refused (InputError), since where it stands in the typing is unknown.
    """
    b = bead_at(beads, i)
    j = i + 1 if down else i - 1
    n = bead_at(beads, j)
    rest, grown, grown_text = _moved_sentence(b, n, i, side, down, texts)
    other: Side = "cp" if side == "fr" else "fr"
    pair = [(b, rest, None), (n, grown, grown_text)]
    pair.sort(key=lambda x: x[0].position)
    drafts = tuple(
        _rebuilt(bead, side, new, text, texts, reviewer)
        for bead, new, text in pair
        if new or _other(bead, side) or typed_text(bead, other, texts) is not None
    )
    direction = "down" if down else "up"
    return Edit(
        "move",
        {b.id: b.version, n.id: n.version},
        drafts,
        f"moved a {side_name(side)} sentence of bead {i + 1} {direction}",
    )


def _moved_sentence(
    b: StoredBead, n: StoredBead, i: int, side: Side, down: bool, texts: Mapping[int, str]
) -> tuple[tuple[int, ...], tuple[int, ...], str | None]:
    """One sentence of ``side`` moved from bead ``b`` (the ``i``-th) into its neighbour ``n``
    (`move`): what ``b`` keeps, what ``n`` then holds, and ``n``'s text when it was typed."""
    ids = side_ids(b, side)
    if not ids:
        raise InputError(f"bead {i + 1} has no {side_name(side)} sentence to move")
    if typed_text(b, side, texts) is not None:
        raise typed_refusal(i, side, "moving one of them out")
    moved = ids[-1] if down else ids[0]
    rest = ids[:-1] if down else ids[1:]
    grown = (moved, *side_ids(n, side)) if down else (*side_ids(n, side), moved)
    # Into a typed text the moved sentence goes as it reads, before or after the typing.
    typed = typed_text(n, side, texts)
    grown_text = None if typed is None else (
        join_texts(texts[moved], typed) if down else join_texts(typed, texts[moved])
    )  # fmt: skip
    return rest, grown, grown_text


def _rebuilt(
    bead: StoredBead,
    side: Side,
    new_ids: tuple[int, ...],
    text: str | None,
    texts: Mapping[int, str],
    reviewer: str,
) -> BeadDraft:
    """``bead`` after a `move`, holding ``new_ids`` on ``side`` (read as ``text`` when typed)."""
    other: Side = "cp" if side == "fr" else "fr"
    moved_side = join_texts(*(texts[s] for s in new_ids)) if text is None else text
    # The other side is left as it reads, a reviewer's typing included.
    kept = typed_text(bead, other, texts)
    other_side = join_texts(*(texts[s] for s in side_ids(bead, other))) if kept is None else kept
    fr_text, cp_text = (moved_side, other_side) if side == "fr" else (other_side, moved_side)
    origin, status = mark_after(bead, typed_text(bead, "cp", texts) is not None, cp_text)
    return BeadDraft(
        fr=new_ids if side == "fr" else bead.fr, cp=new_ids if side == "cp" else bead.cp,
        fr_text=fr_text, cp_text=cp_text, score=None, status=status, origin=origin,
        reviewer=reviewer,
    )  # fmt: skip


def _other(bead: StoredBead, side: Side) -> tuple[int, ...]:
    return bead.cp if side == "fr" else bead.fr


def insert_empty(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Insert an empty bead after bead ``i``, to move sentences into."""
    b = bead_at(beads, i)
    empty = BeadDraft((), (), "", "", None, Status.AUTO, HUMAN, reviewer)
    return Edit("insert", {b.id: b.version}, (draft_of(b), empty), f"inserted a bead after {i + 1}")
