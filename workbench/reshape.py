"""The reviewer's actions that join or move sentences between beads: merge, move a sentence
into the neighbouring bead, insert an empty bead; the ones that cut a bead (split, at the
caret, unpair) are `reshape_split`'s.

Each is pure and returns an `Edit` (`review_base`). A bead they reshape gets no score (the
aligner's confidence was about other texts); a text a reviewer typed is never rebuilt from
the sentences (`typed_text`), and machine words kept stay machine words (`mark_after`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
    unreviewed,
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
    done = f"merged beads {i + 1} and {j + 1}{unreviewed((a, b), 'the merged bead')}"
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
