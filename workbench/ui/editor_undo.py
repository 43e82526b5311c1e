"""Undo and redo in the review editor (:func:`workbench.ui.editor.perform`'s ``undo`` and
``redo`` events): the reviewer's own latest edit that can be, refused when it would change
a bead holding the tab's unsaved text, asked first when it lies outside the page's scope."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from workbench.model import ConflictError, HeldByUnsavedText, NotFoundError, StoredBead
from workbench.store.undo_scope import UndoElsewhere, UndoOutdated, UndoScope
from workbench.ui.parallel import changed_from
from workbench.ui.undoing import elsewhere_question
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.ui.editor import Context, Outcome


def held(event: Mapping[str, Any]) -> frozenset[int]:
    """The bead ids an undo, redo or re-align ``event`` names as holding its tab's unsaved
    text (``held``): the action is refused only if it would change one of them."""
    return frozenset(int(i) for i in event.get("held") or [])


# what the refusal says of each action the server picks the beads of (review/*.js, REFUSED)
HELD_WORDS = {"undo": ("undone", "undo"), "redo": ("redone", "redo"),
              "realign": ("aligned again", "align again")}  # fmt: skip


def held_refusal(action: str, exc: HeldByUnsavedText) -> str:
    """``Not undone: bead 2 has unsaved text. Save it (Ctrl+Enter) or Revert it, then undo.``"""
    done, again = HELD_WORDS[action]
    return f"Not {done}: {exc}. Save it (Ctrl+Enter) or Revert it, then {again}."


def undo(
    action: str,
    ctx: Context,
    done: Callable[..., Outcome],
    mine: frozenset[int],
    scope: UndoScope | None = None,
    latest: int | None = None,
) -> Outcome:
    """Undo (or redo) this reviewer's latest edit that can be; the view moves to the bead it
    changed, and the message names the bead of a later edit passed over and who blocked it.
    Refused, nothing changed, when it would change a bead of ``mine`` (`held`); asked
    first (``ask``), nothing changed, when its edit is outside ``scope``; refused when the
    reviewer's latest edit is not ``latest``, the one the page showed (`UndoOutdated`)."""
    before = ctx.snapshots()
    try:
        if action == "undo":
            step = ctx.store.undo(
                ctx.alignment_id, ctx.reviewer, by=ctx.reviewer, held=mine, scope=scope,
                latest=latest,
            )  # fmt: skip
        else:
            step = ctx.store.redo(ctx.alignment_id, ctx.reviewer, by=ctx.reviewer, held=mine)
    except HeldByUnsavedText as exc:
        return done(False, held_refusal(action, exc))
    except UndoOutdated as exc:
        return done(False, f"Not undone: {exc}.", named=exc.event)
    except UndoElsewhere as exc:
        now = datetime.now(UTC).replace(tzinfo=None)  # the log's times: naive UTC
        return done(False, elsewhere_question(exc, now), ask=exc.event)
    except ConflictError as exc:  # another reviewer changed its bead since: "Not saved" misled
        return done(False, f"Not {'undone' if action == 'undo' else 'redone'}: {exc}.")
    except NotFoundError as exc:
        note = carried_note(ctx, before.beads) if action == "undo" else ""
        raise NotFoundError(f"{exc}{note}") from None
    if ctx.splice is not None and step.replaced:
        ctx.splice(before, [b.id for b in step.replaced], step.beads)
    if step.positions:
        focus: int | None = step.positions[0]
    else:
        after = ctx.snapshots()
        focus = changed_from(before.beads, after.beads)
    where = f" at bead {focus + 1}" if focus is not None else ""
    verb = "Undid" if action == "undo" else "Redid"
    kept = "Your later edit stays" if action == "undo" else "An edit you undid since stays undone"
    stays = f" {kept}: {step.passed_over[0]}." if step.passed_over else ""
    return done(True, f"{verb} your {step.action}{where}.{stays}", focus=focus)


def carried_note(ctx: Context, beads: Sequence[StoredBead]) -> str:
    """Why undo finds none of this reviewer's edits here although beads show their review:
    they came over from the file's earlier version (`align`), whose edits undo does not
    reach (a version's history is its own; the earlier one refuses edits). '' otherwise."""
    _, carried = ctx.store.carried_over(ctx.alignment_id)
    came = set(carried.values())
    mine = [k for k, b in enumerate(beads) if b.id in came and b.reviewer == ctx.reviewer]
    if not mine:
        return ""
    which = f"bead {mine[0] + 1}" + (f" and {counted(len(mine) - 1, 'other')}" if mine[1:] else "")
    it = plural(len(mine), "it", "them")
    return (
        f"; {which}, reviewed by you on the file's earlier version, came over as you left "
        f"{it}, and undo does not reach back across versions: edit or reject {it} here"
    )
