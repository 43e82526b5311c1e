"""The reviewer's actions on an alignment, as pure functions.

Each action reads the beads the reviewer sees and returns an `Edit`: the
contiguous run of beads it replaces (with the versions the reviewer saw) and
the beads that take their place. The store applies an Edit in one
transaction, refusing it when any of those beads changed meanwhile; undo
reverts it from the event log. Nothing here touches the database.

A bead whose text or sentences a reviewer changes (edit, merge, split, move,
insert) gets no score (None): the aligner's confidence was about other
texts. Confirm and reject keep the pair as it is, and its score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

from workbench.conflict_notes import without_conflict

# HUMAN and is_mt_origin are re-exported: the review's callers name them here.
from workbench.model import HUMAN as HUMAN
from workbench.model import (
    POST_EDIT,
    BeadDraft,
    InputError,
    Status,
    StoredBead,
    holds_machine_translation,
)
from workbench.model import is_mt_origin as is_mt_origin

Side = Literal["fr", "cp"]


def holds_mt(bead: StoredBead | BeadDraft) -> bool:
    """Whether the bead's counterpart holds machine translation nobody post-edited.

    A raw MT draft (origin ``mt:…``), or a bead still waiting for its post-edit
    (status ``draft``) with a reviewer's words in it too: a merge that kept a
    draft beside them (origin ``postedit:mt:…``), an MT draft whose French they
    corrected (origin ``human``). Exports never write it as a human unit.
    """
    return bool(bead.cp_text) and holds_machine_translation(bead.origin, bead.status)


def shape(bead: StoredBead) -> str:
    """A bead's shape as every listing shows it (the Review page's rows, ``workbench
    beads``, the Scores page): its French and counterpart sentences, ``1:1``, ``2:1``,
    ``1:0``. A side whose text is a reviewer's but no sentence of the document (an MT
    draft they confirmed or post-edited, a text typed into an inserted bead) counts as
    one: the bead is a pair. An MT draft nobody post-edited stays ``1:0`` (`holds_mt`).
    """
    fr = len(bead.fr) or int(bool(bead.fr_text))
    cp = len(bead.cp) or int(bool(bead.cp_text) and not holds_mt(bead))
    return f"{fr}:{cp}"


def post_edit_origin(origin: str) -> str:
    """The origin of a reviewer's translation made from a bead with origin ``origin``
    holding MT (``mt:apertium:fr-es`` → ``postedit:mt:apertium:fr-es``); ``postedit:mt``
    when the engine is no longer named (a draft whose French was corrected)."""
    if origin.startswith(POST_EDIT):
        return origin
    return POST_EDIT + (origin if is_mt_origin(origin) else "mt")


def reviewed(bead: StoredBead) -> bool:
    """A bead a reviewer made theirs, which nothing but their own action may change.

    Confirmed or rejected; made by a reviewer's merge, split, move or text
    correction (origin ``human``), even before they confirm it; or an MT draft
    whose text they edited (origin ``postedit:…``). An empty bead a reviewer
    inserted is theirs once they typed a text into it (it anchors nothing, and
    goes back where it stood); left empty, it holds nothing to keep. A raw MT
    draft is the engine's.
    """
    if bead.status in (Status.CONFIRMED, Status.REJECTED):
        return True
    if bead.origin.startswith(POST_EDIT):
        return True
    return bead.origin == HUMAN and bool(bead.fr or bead.cp or bead.fr_text or bead.cp_text)


@dataclass(frozen=True)
class Edit:
    """Replace the beads ``expected`` (id → version seen) with ``drafts``."""

    action: str
    expected: Mapping[int, int]
    drafts: tuple[BeadDraft, ...]
    summary: str = field(default="")
    # Written into the event's payload beside the beads before and after (e.g. where a
    # split cut a sentence), for the history to show.
    detail: Mapping[str, object] = field(default_factory=dict)


def draft_of(b: StoredBead, **changes: object) -> BeadDraft:
    """The bead as a draft to store again, with ``changes`` applied."""
    values: dict[str, object] = {
        "fr": b.fr, "cp": b.cp, "fr_text": b.fr_text, "cp_text": b.cp_text, "score": b.score,
        "status": b.status, "origin": b.origin, "reviewer": b.reviewer, "note": b.note,
    }  # fmt: skip
    values.update(changes)
    return BeadDraft(**values)  # type: ignore[arg-type]


def _at(beads: Sequence[StoredBead], i: int) -> StoredBead:
    if not 0 <= i < len(beads):
        raise InputError(f"there is no bead {i + 1}: the alignment has {len(beads)}")
    return beads[i]


def _join(*texts: str) -> str:
    return " ".join(t for t in texts if t)


def _as_ingested(ids: Sequence[int], texts: Mapping[int, str]) -> str:
    """What a side with sentences ``ids`` says when nobody typed over it."""
    return _join(*(texts.get(s, "") for s in ids))


def _text(bead: StoredBead, side: Side) -> str:
    return bead.fr_text if side == "fr" else bead.cp_text


def _ids(bead: StoredBead, side: Side) -> tuple[int, ...]:
    return bead.fr if side == "fr" else bead.cp


def typed_text(bead: StoredBead, side: Side, texts: Mapping[int, str]) -> str | None:
    """The text a reviewer typed on ``side`` of ``bead``, or None when that side says what
    its sentences say (or is a raw MT draft, the engine's text).

    A typed text (a correction, a post-edit, an empty bead typed into) is not
    made of its sentences any more: an action that reshapes the bead keeps it
    whole, and never rebuilds it from the ingested sentences.
    """
    text = _text(bead, side)
    if text == _as_ingested(_ids(bead, side), texts):
        return None
    if side == "cp" and is_mt_origin(bead.origin):
        return None
    return text


def _typed_refusal(i: int, side: Side, action: str) -> InputError:
    return InputError(
        f"bead {i + 1}'s {_side_name(side)} text was typed by a reviewer, so where its "
        f"sentences stand in it is unknown: {action} would lose that text; nothing was "
        "changed (split it at the caret, or undo the edit first)"
    )


def _origin_after(bead: StoredBead, kept_cp: bool) -> str:
    """A reshaped bead is the reviewer's; one that keeps a post-edited counterpart says so."""
    return bead.origin if kept_cp and bead.origin.startswith(POST_EDIT) else HUMAN


def _mark_after(bead: StoredBead, kept_cp: bool, cp_text: str) -> tuple[str, Status]:
    """(origin, status) of a bead that reshaping ``bead`` leaves with counterpart ``cp_text``.

    ``kept_cp``: that text is (part of) ``bead``'s own, not rebuilt from its
    sentences. Machine words kept stay machine words, waiting for their
    post-edit (`holds_mt`); anything else is the reviewer's (`_origin_after`).
    """
    if kept_cp and cp_text and holds_mt(bead):
        return bead.origin, Status.DRAFT
    return _origin_after(bead, kept_cp), Status.AUTO


def _confirmed(bead: StoredBead, reviewer: str) -> BeadDraft:
    """``bead`` confirmed as ``reviewer``'s. Machine words confirmed are a post-edit
    (`post_edit_origin`), with no score: the draft's estimate was the engine's."""
    if not holds_mt(bead):
        return draft_of(bead, status=Status.CONFIRMED, reviewer=reviewer)
    return draft_of(bead, status=Status.CONFIRMED, reviewer=reviewer,
                    origin=post_edit_origin(bead.origin), score=None)  # fmt: skip


def confirm(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Bead ``i`` confirmed as ``reviewer``'s. A bead in an import conflict is settled for
    the text it has (the file's): the conflict leaves its note, the event keeps it. An MT
    draft confirmed is the reviewer's post-edit (`_confirmed`)."""
    b = _at(beads, i)
    return Edit(
        "confirm",
        {b.id: b.version},
        (replace(_confirmed(b, reviewer), note=without_conflict(b.note)),),
        f"confirmed bead {i + 1}",
    )


def confirm_through(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Confirm every bead from the first unconfirmed one down to bead ``i``.

    The InterText workflow: read down the page, fix what is wrong, then confirm
    everything above in one go. Rejected beads stay rejected; MT drafts become
    post-edits, as `confirm` makes them.
    """
    _at(beads, i)
    start = next(
        (k for k in range(i + 1) if beads[k].status not in (Status.CONFIRMED, Status.REJECTED)),
        None,
    )
    if start is None:
        raise InputError(f"every bead up to {i + 1} is already confirmed or rejected")
    run = beads[start : i + 1]
    drafts = tuple(
        draft_of(b) if b.status is Status.REJECTED else
        _confirmed(b, reviewer)
        for b in run
    )  # fmt: skip
    return Edit(
        "confirm_through",
        {b.id: b.version for b in run},
        drafts,
        f"confirmed beads {start + 1}–{i + 1}",
    )


def reject(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    b = _at(beads, i)
    return Edit(
        "reject",
        {b.id: b.version},
        (draft_of(b, status=Status.REJECTED, reviewer=reviewer),),
        f"rejected bead {i + 1}",
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
    a, b = sorted((_at(beads, i), _at(beads, j)), key=lambda x: x.position)
    dropped = [x for x, y in ((a, b), (b, a)) if _draft_only(x) and y.cp]
    kept = [x for x in (a, b) if x not in dropped]
    origin, status = _merged_mark(kept)
    merged = BeadDraft(
        fr=a.fr + b.fr,
        cp=a.cp + b.cp,
        fr_text=_join(a.fr_text, b.fr_text),
        cp_text=_join(*(x.cp_text for x in kept)),
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
    b = _at(beads, i)
    if not (0 <= fr_at <= len(b.fr) and 0 <= cp_at <= len(b.cp)):
        raise InputError(
            f"bead {i + 1} has {len(b.fr)} French and {len(b.cp)} counterpart sentences; "
            "split between them"
        )
    if (fr_at, cp_at) in ((0, 0), (len(b.fr), len(b.cp))):
        raise InputError("a split must leave sentences on both beads")
    fr = _halve(b, i, "fr", fr_at, texts)
    cp = _halve(b, i, "cp", cp_at, texts)
    drafts = _split_drafts(b, fr, cp, typed_text(b, "cp", texts) is not None, reviewer)
    done = f"split bead {i + 1}{_unreviewed((b,), 'both halves')}"
    return Edit("split", {b.id: b.version}, drafts, done)


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
    b = _at(beads, i)
    halves: dict[Side, _Halves] = {}
    detail: dict[str, dict[str, int]] = {}
    for side in ("fr", "cp"):
        ids, text = (b.fr, b.fr_text) if side == "fr" else (b.cp, b.cp_text)
        if side in carets:
            offset = int(carets[side])
            if not 0 <= offset <= len(text):
                raise InputError(
                    f"bead {i + 1}'s {_side_name(side)} text has {len(text)} characters; "
                    "put the caret inside it"
                )
            first, second, cut = _cut(ids, text, offset, texts)
            halves[side] = _Halves(first, second, text[:offset].rstrip(), text[offset:].lstrip())
            detail[side] = {"offset": offset, **({"segment": cut[0], "segment_offset": cut[1]}
                                                 if cut else {})}  # fmt: skip
        else:
            k = int(at.get(side, len(ids)))
            if not 0 <= k <= len(ids):
                raise InputError(
                    f"bead {i + 1} has {len(ids)} {_side_name(side)} sentences; split between them"
                )
            halves[side] = _halve(b, i, side, k, texts)
            detail[side] = {"sentences": k}
    fr, cp = halves["fr"], halves["cp"]
    if not (fr.first_text or cp.first_text) or not (fr.second_text or cp.second_text):
        raise InputError("a split must leave text on both beads: put the caret inside the text")
    # A caret in the counterpart cuts the bead's own text, an MT draft's included.
    kept_cp = "cp" in carets or typed_text(b, "cp", texts) is not None
    drafts = _split_drafts(b, fr, cp, kept_cp, reviewer)
    inside = [_side_name(side) for side in ("fr", "cp") if "segment" in detail[side]]
    where = f" inside a {' and a '.join(inside)} sentence" if inside else ""
    done = f"split bead {i + 1}{where}{_unreviewed((b,), 'both halves')}"
    return Edit("split", {b.id: b.version}, drafts, done, {"split": detail})


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
    from ``b``'s own, not rebuilt from its sentences (`_mark_after`)."""
    drafts = []
    for fr_ids, cp_ids, fr_text, cp_text in (
        (fr.first, cp.first, fr.first_text, cp.first_text),
        (fr.second, cp.second, fr.second_text, cp.second_text),
    ):
        origin, status = _mark_after(b, kept_cp, cp_text)
        drafts.append(BeadDraft(fr_ids, cp_ids, fr_text, cp_text, None, status, origin, reviewer))
    return tuple(drafts)


def _halve(b: StoredBead, i: int, side: Side, k: int, texts: Mapping[int, str]) -> _Halves:
    """``side`` of bead ``i`` cut after its first ``k`` sentences.

    A text a reviewer typed (`typed_text`) goes whole to the half that keeps all
    the side's sentences (the first, when it has none); a cut between its
    sentences is refused (InputError), since where they stand in it is unknown.
    """
    ids = _ids(b, side)
    typed = typed_text(b, side, texts)
    if typed is None:
        return _Halves(ids[:k], ids[k:], _join(*(texts[s] for s in ids[:k])),
                       _join(*(texts[s] for s in ids[k:])))  # fmt: skip
    if k == len(ids):
        return _Halves(ids, (), typed, "")
    if k == 0:
        return _Halves((), ids, "", typed)
    raise _typed_refusal(i, side, "cutting it between its sentences")


def _cut(
    ids: Sequence[int], text: str, offset: int, texts: Mapping[int, str]
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, int] | None]:
    """(ids before the caret, ids after it, (segment cut, offset in it) or None).

    The text is the bead's sentences joined by single spaces unless it was
    edited by hand; then where each sentence stood is unknown and every
    sentence stays with the first bead.
    """
    if text != _as_ingested(ids, texts):
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
    b = _at(beads, i)
    j = i + 1 if down else i - 1
    n = _at(beads, j)
    ids = _ids(b, side)
    if not ids:
        raise InputError(f"bead {i + 1} has no {_side_name(side)} sentence to move")
    if typed_text(b, side, texts) is not None:
        raise _typed_refusal(i, side, "moving one of them out")
    moved = ids[-1] if down else ids[0]
    rest = ids[:-1] if down else ids[1:]
    grown = (moved, *_ids(n, side)) if down else (*_ids(n, side), moved)
    # Into a typed text the moved sentence goes as it reads, before or after the typing.
    typed = typed_text(n, side, texts)
    grown_text = None if typed is None else (
        _join(texts[moved], typed) if down else _join(typed, texts[moved])
    )  # fmt: skip
    other: Side = "cp" if side == "fr" else "fr"

    def rebuilt(bead: StoredBead, new_ids: tuple[int, ...], text: str | None) -> BeadDraft:
        moved_side = _join(*(texts[s] for s in new_ids)) if text is None else text
        # The other side is left as it reads, a reviewer's typing included.
        kept = typed_text(bead, other, texts)
        other_side = _join(*(texts[s] for s in _ids(bead, other))) if kept is None else kept
        fr_text, cp_text = (moved_side, other_side) if side == "fr" else (other_side, moved_side)
        origin, status = _mark_after(bead, typed_text(bead, "cp", texts) is not None, cp_text)
        return BeadDraft(
            fr=new_ids if side == "fr" else bead.fr, cp=new_ids if side == "cp" else bead.cp,
            fr_text=fr_text, cp_text=cp_text, score=None, status=status, origin=origin,
            reviewer=reviewer,
        )  # fmt: skip

    pair = [(b, rest, None), (n, grown, grown_text)]
    pair.sort(key=lambda x: x[0].position)
    drafts = tuple(
        rebuilt(bead, new, text)
        for bead, new, text in pair
        if new or _other(bead, side) or typed_text(bead, other, texts) is not None
    )
    direction = "down" if down else "up"
    return Edit(
        "move",
        {b.id: b.version, n.id: n.version},
        drafts,
        f"moved a {_side_name(side)} sentence of bead {i + 1} {direction}",
    )


def _other(bead: StoredBead, side: Side) -> tuple[int, ...]:
    return bead.cp if side == "fr" else bead.fr


def _side_name(side: Side) -> str:
    return "French" if side == "fr" else "counterpart"


def insert_empty(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Insert an empty bead after bead ``i``, to move sentences into."""
    b = _at(beads, i)
    empty = BeadDraft((), (), "", "", None, Status.AUTO, HUMAN, reviewer)
    return Edit("insert", {b.id: b.version}, (draft_of(b), empty), f"inserted a bead after {i + 1}")


def edit_text(beads: Sequence[StoredBead], i: int, side: Side, text: str, reviewer: str) -> Edit:
    """Replace the text of one side of bead ``i`` (a correction or a post-edit).

    The counterpart of an MT draft edited is a post-edit: origin ``postedit:``
    and the engine's, status ``auto`` (no longer a draft waiting for its
    post-edit, not yet confirmed). Any other edit makes the bead the reviewer's
    (origin ``human``); a draft whose French was corrected still waits for its
    post-edit. An edited confirmed or rejected bead is unconfirmed (``auto``),
    as a CAT tool makes an edited confirmed segment a draft again: the
    confirmation was of the text before, and the history keeps who gave it.
    ``text`` is stored as given: a reviewer's edit is kept as typed, its spaces (a
    trailing one, a no-break one) too; exports trim each side (`formats.units`).
    """
    b = _at(beads, i)
    change = {"fr_text": text} if side == "fr" else {"cp_text": text}
    origin, status = HUMAN, b.status
    if side == "cp" and b.origin.startswith(POST_EDIT):
        origin = b.origin
    elif side == "cp" and is_mt_origin(b.origin):
        origin = POST_EDIT + b.origin
    if side == "cp" and status is Status.DRAFT:  # the draft is theirs now
        status = Status.AUTO
    if status in (Status.CONFIRMED, Status.REJECTED):  # to be confirmed again
        status = Status.AUTO
    draft = draft_of(b, **change, origin=origin, status=status, reviewer=reviewer, score=None)
    return Edit(
        "edit", {b.id: b.version}, (draft,), f"edited the {_side_name(side)} of bead {i + 1}"
    )


def is_gap(bead: StoredBead) -> bool:
    """A French sentence with no counterpart and no draft yet, which MT may fill.

    Not one a reviewer confirmed as it is (a sentence the original lacks) or
    rejected, nor one whose draft they erased (a post-edit to nothing): each is
    their word.
    """
    empty = not bead.cp and not bead.cp_text
    settled = bead.status in (Status.CONFIRMED, Status.REJECTED)
    mine = settled or bead.origin.startswith(POST_EDIT)
    return bool(bead.fr_text) and empty and not mine


def fill_with(
    beads: Sequence[StoredBead],
    i: int,
    text: str,
    origin: str,
    reviewer: str,
    estimate: tuple[float, str] | None = None,
) -> Edit:
    """Give bead ``i``, a French sentence with no counterpart, a machine translation draft.

    ``estimate``: (the draft's quality estimate in [0, 1], how it was made, e.g.
    ``qe:usem3|…``) becomes the draft's score and is recorded with the edit;
    without one the draft has no score (the gap's null-alignment confidence says
    nothing of a machine translation). InputError when the bead has a counterpart,
    no French, or was confirmed, rejected or erased by a reviewer (their word, kept
    as `workbench fill` keeps it: `is_gap`).
    """
    b = _at(beads, i)
    if b.cp or b.cp_text:
        raise InputError(f"bead {i + 1} already has a counterpart; MT only fills gaps")
    if b.status in (Status.REJECTED, Status.CONFIRMED):  # a reviewer's word, kept by fill
        done = "rejected" if b.status is Status.REJECTED else "confirmed"
        what = "rejection" if b.status is Status.REJECTED else "confirmation"
        raise InputError(
            f"bead {i + 1} was {done} by {b.reviewer or 'a reviewer'}: undo the {what} "
            "first to fill it with MT"
        )
    if b.origin.startswith(POST_EDIT):  # they erased the draft: that is their word too
        raise InputError(
            f"bead {i + 1}'s draft was erased by {b.reviewer or 'a reviewer'}: type a "
            "translation, or undo the erasing to get the draft back"
        )
    if not b.fr_text:
        raise InputError(f"bead {i + 1} has no French text to translate")
    score = estimate[0] if estimate is not None else None
    draft = draft_of(
        b, cp_text=text, origin=origin, status=Status.DRAFT, reviewer=reviewer, score=score
    )
    detail = {"estimate": estimate[1]} if estimate is not None else {}
    return Edit("fill", {b.id: b.version}, (draft,), f"filled bead {i + 1} with {origin}", detail)


# (French text, draft text) → (quality estimate, how it was made): ``Store.draft_estimates``
Estimates = Mapping[tuple[str, str], tuple[float, str]]


def estimate_of(bead: StoredBead, estimates: Estimates) -> str | None:
    """How ``bead``'s score was estimated (``qe:usem3|…``), or None when it is no estimate.

    A bead's score is a quality estimate while the bead holds the very texts a
    fill estimated, as an MT draft, with that score: after an undo and redo or
    a re-alignment that put the draft back it still is; post-edited, it is
    another text and the estimate no longer says anything about it.
    """
    if not is_mt_origin(bead.origin) and bead.status is not Status.DRAFT:
        return None
    found = estimates.get((bead.fr_text, bead.cp_text))
    if found is None or bead.score is None or abs(found[0] - bead.score) > 1e-9:
        return None
    return found[1]
