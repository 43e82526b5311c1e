"""A file imported again, merged three ways with the beads reviewers changed since.

A TMX or XLIFF the workbench exported (or imported) comes back from a CAT
tool as a new version of its documents. Each of its units is matched, by its
unit id (or, for a unit with none, by a French or counterpart text no other
bead had), with the bead of the previous version it was written from, and
three states are compared, as version control and CAT tools' "update from
TM" do:

- base: the bead as the last import (or alignment) left it, read from the
  first edit that changed it since (`store.bases.MergeBases`);
- ours: the bead now, in the workbench;
- theirs: the unit in the file.

The rule, per unit; texts decide, as a status the file alone changed is weak
evidence (a TMX with no status reads as confirmed, a CAT tool marks each pair
it wrote as translated) and never overrules a reviewer's status:

- nobody changed the bead in the workbench → theirs, as before;
- the file left the bead's texts as they were → ours, with its reviewer,
  status, note and dates (an edit, a confirmation or a rejection made after
  the export survives);
- both changed the texts the same way → one bead, ours (its reviewer signs it);
- the file changed one side, the workbench the other → both kept, side by side
  (`by_side`), status ``auto`` (nobody has read the two together) and a line that names
  who changed the workbench's side, as a CAT tool's return of an export merges it;
- both changed the texts otherwise (one side both ways, or the file a text and the
  workbench only a status) → a conflict: the file's text goes into the
  new version with status ``auto`` (to review again, left out of
  confirmed-only exports), the workbench's text, status and reviewer in the
  bead's note, and the bead named in a warning. Nothing is dropped.

A bead the reviewers made after the import (a merge, a split, an insert)
that no unit names, or an edited bead whose unit the file lost, cannot be
matched unit by unit: it is named as before ("they stay in version 1 of the
document…"). `Merger` is pure; `workbench_side` reads the store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from workbench import review
from workbench.conflict_notes import conflict_note, found_conflict, without_conflict
from workbench.model import Document, InputError, LeftBehind, Status, StoredBead
from workbench.spaces import collapse, fold, reads_as
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.review import Edit
    from workbench.store import Store
    from workbench.store.bulk import PairDraft

NAMED = 5  # beads named in a warning line before "and N more"
TextKey = tuple[str, str]  # ("fr" or "cp", a text)


@dataclass(frozen=True)
class Content:
    """What the merge compares of a bead or a unit: its two texts and its status."""

    fr: str
    cp: str
    status: str


@dataclass(frozen=True)
class OurBead:
    """A bead of the previous version changed since its import, with its base (None: the
    bead was made after the import, by a merge, a split or an insert)."""

    bead: StoredBead
    base: Content | None
    base_note: str | None = None

    @property
    def content(self) -> Content:
        return Content(self.bead.fr_text, self.bead.cp_text, str(self.bead.status))


OURS, THEIRS, CONFLICT = "ours", "theirs", "conflict"


def choose(
    base: Content | None,
    ours: Content,
    theirs: Content,
    *,
    ours_note_changed: bool,
    held: Collection[tuple[str, str]] = (),
) -> str:
    """Which side a unit takes: OURS, THEIRS or CONFLICT (see the module's rule).

    Texts decide: a status the file alone changed (a CAT tool marks every pair it
    wrote as translated, and a memory with no status reads as confirmed) does not
    overrule a reviewer who changed the bead since. With no base (a bead made
    after the import), only equal texts merge. ``held``: the (French, counterpart)
    texts the bead held since the base; a file that brings one back (the same file
    imported twice, a reviewer's change between) brings nothing new: OURS. The one
    rule of both imports that merge (this module's, and `returned`'s of an export
    back from a CAT tool).
    """
    # Texts compare with white space folded: a file an older export wrote with plain
    # spaces where the bead keeps no-break ones reads as the bead; a no-break space the
    # file adds is a change of text (`spaces.reads_as`; newcomer34).
    texts = (theirs.fr, theirs.cp)
    if any(reads_as(texts, had) for had in held):
        return OURS  # the bead had these texts since: the file is older than its state
    if base is not None and ours == base and not ours_note_changed:
        return THEIRS  # nobody changed it here (an edit undone): the file's unit as it is
    if reads_as(texts, (ours.fr, ours.cp)):
        return OURS  # the file left it as the reviewer has it, or changed it the same way
    if base is not None and reads_as(texts, (base.fr, base.cp)):
        return OURS  # only the reviewer changed it
    return CONFLICT


def by_side(base: Content, ours: Content, theirs: Content) -> tuple[str, str] | None:
    """A `choose` CONFLICT merged side by side, as the Review page stores a save: the
    (French, counterpart) texts when each side was changed by the file or in the
    workbench since ``base``, not by both differently (the file's text where it changed
    the side, the workbench's elsewhere); None when one side was changed both ways, or
    the workbench changed no text (only a status: the file's edit of a bead confirmed
    since is the conflict it always was).

    newcomer35: a CAT tool's file that changed only the French of a bead whose English a
    reviewer corrected and confirmed since the export was a conflict: the file's stale
    English replaced the reviewer's, which went into the note."""
    if reads_as((ours.fr, ours.cp), (base.fr, base.cp)):
        return None  # the workbench changed no text (a confirmation): no side to keep apart
    merged = []
    for was, mine, file in ((base.fr, ours.fr, theirs.fr), (base.cp, ours.cp, theirs.cp)):
        if reads_as((file,), (was,)) or reads_as((file,), (mine,)):
            merged.append(mine)  # the file brings nothing new to this side
        elif reads_as((mine,), (was,)):
            merged.append(file)  # only the file changed it
        else:
            return None
    return merged[0], merged[1]


def by_side_note(changed: Collection[str], where: str, reviewer: str | None, since: str) -> str:
    """The line that says a bead was merged side by side (`by_side`): ``changed``, the
    sides ("fr", "cp") the file's text went into; ``reviewer``, who changed the other in
    the workbench ``since`` (the export, the last import). One wording for both imports that
    merge (a CAT tool's return, `returned_beads`, and a new version, `Merger`)."""
    took, kept = ("French", "counterpart") if "fr" in changed else ("counterpart", "French")
    who = f" by {reviewer}" if reviewer else ""
    return (
        f"the file changed the {took} of {where}, whose {kept} was changed{who} {since}: "
        "both kept, the bead to review again"
    )


@dataclass
class Merger:
    """Merges a file's pairs, one at a time, with the beads reviewers changed since its import.

    ``ours``: unit id → the bead that unit was written from; ``by_text``: the same
    for a unit with no id, by a text only that bead had. Call it with each
    pair; it returns the pair to store. ``kept``, ``conflicts``: the beads carried over and those in
    conflict; ``sides``: those merged side by side (`by_side`), ``by_side`` saying each;
    ``unmatched()``: the changed beads no unit named.
    """

    ours: dict[str, OurBead]
    file_name: str
    version: int  # the previous version's number, for the warnings
    by_text: dict[TextKey, OurBead] = field(default_factory=dict)  # units with no id
    kept: list[StoredBead] = field(default_factory=list)
    conflicts: list[StoredBead] = field(default_factory=list)
    sides: list[StoredBead] = field(default_factory=list)
    by_side: list[str] = field(default_factory=list)  # one line per bead in ``sides``
    document: str = ""  # the document's name, for those lines
    # place of the pair (= its bead in the new version) → the bead carried over or in conflict
    came_from: dict[int, int] = field(default_factory=dict)
    behind: LeftBehind | None = None  # the changed beads the new version does not hold
    _all: tuple[OurBead, ...] = ()
    _used: set[int] = field(default_factory=set)
    _n: int = 0

    def __post_init__(self) -> None:
        self._all = tuple({o.bead.id: o for o in self.ours.values()}.values())

    def __call__(self, pair: PairDraft) -> PairDraft:
        at, self._n = self._n, self._n + 1
        if pair.tuid and not self._numbered(pair.tuid):
            found = self.ours.get(pair.tuid)
        else:  # matched by a text only that bead had (the other side may be the edit)
            cp, fr = ("cp", fold(pair.cp_text)), ("fr", fold(pair.fr_text))
            found = self.by_text.get(cp) or self.by_text.get(fr)
        if found is None or found.bead.id in self._used:  # a bead merges into one unit only
            return pair
        if not (found.bead.fr_text or found.bead.cp_text):  # emptied: no pair can hold it
            return pair
        self._used.add(found.bead.id)
        ours = found.content
        theirs = Content(pair.fr_text, pair.cp_text, pair.status)
        note_changed = found.base is not None and found.bead.note != found.base_note
        side = choose(found.base, ours, theirs, ours_note_changed=note_changed)
        if side == THEIRS:
            return pair
        b = found.bead
        self.came_from[at] = b.id  # the Review page moves unsaved texts typed on it
        if side == OURS:
            self.kept.append(b)
            return pair._replace(
                fr_text=b.fr_text, cp_text=b.cp_text, score=b.score, status=str(b.status),
                origin=b.origin, reviewer=b.reviewer, note=b.note, created=b.created_at,
                changed=b.updated_at,
            )  # fmt: skip
        merged = by_side(found.base, ours, theirs) if found.base is not None else None
        if merged is not None:
            return self._by_side(at, pair, found, merged, note_changed)
        self.conflicts.append(b)
        return pair._replace(status=str(Status.AUTO), note=conflict_note(pair.note, b))

    def _by_side(
        self, at: int, pair: PairDraft, found: OurBead, merged: tuple[str, str], note_changed: bool
    ) -> PairDraft:
        """The file changed one side of the bead, the workbench the other since the last
        import: each side from whoever changed it, to review again (nobody has read the
        two together), as a CAT tool's return stores it (`returned_beads`)."""
        b = found.bead
        self.sides.append(b)
        changed = [s for s, mine, now in (("fr", b.fr_text, merged[0]), ("cp", b.cp_text,
                   merged[1])) if not reads_as((now,), (mine,))]  # fmt: skip
        where = f"bead {at + 1}" + (f" of {self.document}" if self.document else "")
        self.by_side.append(by_side_note(changed, where, b.reviewer, "since the last import"))
        return pair._replace(
            fr_text=merged[0], cp_text=merged[1], status=str(Status.AUTO),
            note=b.note if note_changed else pair.note,
        )  # fmt: skip

    def _numbered(self, tuid: str) -> bool:
        """Whether ``tuid`` is the one the TMX reader gives a unit with none (``tm:12``, the
        file's name and the unit's place in it): a place is no id, as units come and go."""
        stem = self.file_name.rsplit(".", 1)[0]
        return tuid.startswith(f"{stem}:") and tuid[len(stem) + 1 :].isdigit()

    def unmatched(self) -> list[StoredBead]:
        """The changed beads no unit of the file named (or emptied ones), in order."""
        used = {b.id for b in (*self.kept, *self.conflicts, *self.sides)}
        return [o.bead for o in self._all if o.bead.id not in used]

    def conflict_warning(self) -> tuple[str, ...]:
        if not self.conflicts:
            return ()
        n = len(self.conflicts)
        return (
            f"{counted(n, 'bead')} changed both in the workbench and in {self.file_name} "
            f"({_named(self.conflicts)}): the new version has the file's text, to review "
            f"again, and the workbench's in the bead's note; keep the right one and confirm "
            f"{plural(n, 'it', 'them')}",
        )


def take_workbench_side(beads: Sequence[StoredBead], i: int, reviewer: str) -> Edit:
    """Bead ``i``'s import conflict settled for the workbench: its two texts saved again as
    ``reviewer``'s edit, and the conflict taken out of the note (the file's note and the
    workbench's own note stay). The note as it was stays in the edit's event and comes back
    with an undo. InputError when the bead's note holds no import conflict.
    """
    b = beads[i]
    found = found_conflict(b.note)
    if b.note is None or found is None:
        raise InputError(f"bead {i + 1} holds no import conflict: nothing to take back")
    note = without_conflict(b.note)
    edit = review.edit_text(beads, i, "cp", collapse(found["cp"]), reviewer)
    draft = replace(edit.drafts[0], fr_text=collapse(found["fr"]), note=note)
    return replace(
        edit,
        drafts=(draft,),
        summary=f"took the workbench's text back into bead {i + 1} (import conflict)",
        detail={"import_conflict": b.note[found.start() :]},
    )


def _named(beads: list[StoredBead]) -> str:
    shown = sorted(beads, key=lambda b: b.position)
    named = ", ".join(
        f"bead {b.position + 1}" + (f" by {b.reviewer}" if b.reviewer else "")
        for b in shown[:NAMED]
    )
    return named + (f" and {len(shown) - NAMED} more" if len(shown) > NAMED else "")


def _content(snap: Mapping[str, Any]) -> Content:
    return Content(str(snap.get("fr_text") or ""), str(snap.get("cp_text") or ""),
                   str(snap.get("status")))  # fmt: skip


# --- the store's side ------------------------------------------------------------------


def workbench_side(store: Store, french: Document, cp_lang: str, file_name: str) -> Merger | None:
    """The merger for a file imported again over ``french`` (its new version just made):
    the beads of the previous version's alignment with ``cp_lang`` changed since their
    import, keyed by every unit id they went out under (the id their unit had in the
    imported file, and the one an export gives a bead that had none). None when there
    is no previous version or nobody changed it.

    Read inside the import's transaction, after the new version took the document's
    row: a reviewer's save under way has committed (it is read here) and any later one
    is refused (`rows.lock_reviewed_alignment`).
    """
    earlier = [
        a for a in store.alignments(french.id)
        if a.cp_lang == cp_lang and a.version < french.version
    ]  # fmt: skip
    if not earlier:
        return None
    previous = earlier[0]
    events = store.unit_id_events(previous.id)  # its last `align` event first
    imported = events[0] if events else 0
    beads = store.beads(previous.id)
    edited = {b.id: b for b in beads if b.version > imported}
    if not edited:
        return None
    bases = store.bead_bases(previous.id, imported, edited.keys())
    ours = {
        bead_id: OurBead(
            b,
            _content(bases[bead_id]) if bead_id in bases else None,
            bases[bead_id].get("note") if bead_id in bases else None,
        )
        for bead_id, b in edited.items()
    }
    keys = _unit_keys(store, events, ours, f"{french.name}-{previous.id}-")
    others = ((b.fr_text, b.cp_text) for b in beads if b.id not in edited)
    return Merger(keys, file_name, previous.version, by_unique_text(ours.values(), others),
                  document=french.name)  # fmt: skip


def _unit_keys(
    store: Store, events: Sequence[int], ours: dict[int, OurBead], alias_prefix: str
) -> dict[str, OurBead]:
    """Each changed bead (``ours``) by every unit id it went out under: the ids the import
    ``events`` logged, and for a bead that came in with none, the name an export gives it
    (``alias_prefix`` and its id)."""
    keys: dict[str, OurBead] = {}
    named: set[int] = set()  # beads that came in under a unit id of their own
    taken: set[str] = set()  # every unit id a bead of the version came in under
    for event in events:
        for bead_id, tuid in store.unit_id_chunk(event).items():
            named.add(bead_id)
            taken.add(tuid)
            if bead_id in ours:
                keys[tuid] = ours[bead_id]
    # As `exporting.units_for_export` names a bead that came in with no id. Such a name may
    # be another bead's real id (the file was exported from a store whose alignment had
    # this one's number): then it is that bead's, never an alias (newcomer 14b, N2).
    for bead_id, o in ours.items():
        alias = f"{alias_prefix}{bead_id}"
        if bead_id not in named and alias not in taken:
            keys.setdefault(alias, o)
    return keys


def by_unique_text(
    ours: Iterable[OurBead], others: Iterable[tuple[str, str]]
) -> dict[TextKey, OurBead]:
    """("fr" or "cp", text folded: `spaces.fold`) → the changed bead whose base had that
    text on that side,
    where no other bead of the version had it (``others``: the (French, counterpart)
    texts of the beads nobody changed): how a unit with no id (OmegaT's memories
    carry none) finds its bead. A repeated sentence matches nothing."""
    found: dict[TextKey, OurBead | None] = {}
    for o in ours:
        if o.base is not None:
            for key in (("fr", fold(o.base.fr)), ("cp", fold(o.base.cp))):
                if key[1]:
                    found[key] = None if key in found else o
    for fr, cp in others:
        for key in (("fr", fold(fr)), ("cp", fold(cp))):
            if key in found:
                found[key] = None
    return {key: o for key, o in found.items() if o is not None}


def left_behind(merger: Merger | None) -> tuple[str, ...]:
    """The warnings of a merged import: the conflicts, and the line `unheld` gave of the
    changed beads the new version does not hold (read once the import stored its beads)."""
    if merger is None:
        return ()
    return (*merger.conflict_warning(), *([merger.behind.note] if merger.behind else []))


def unheld(merger: Merger, held: Iterable[tuple[str, str, str]]) -> LeftBehind | None:
    """The changed beads no unit matched whose texts and status none of the new version's
    beads (``held``: their French, counterpart and status, in the import's transaction)
    holds: they stay in the previous version only. Kept on ``merger`` (`left_behind`) and
    logged with the import's beads (`BulkStore.fill_pairs`), so that `workbench status`
    and the Review page say it again; None when there is none."""
    missing = {(fold(b.fr_text), fold(b.cp_text), str(b.status)): b for b in merger.unmatched()}
    for fr, cp, status in held:
        if not missing:
            break
        missing.pop((fold(fr), fold(cp), str(status)), None)
    if not missing:
        return None
    shown = list(missing.values())
    n = len(shown)
    merger.behind = LeftBehind(
        tuple(b.id for b in shown),
        f"{counted(n, 'bead')} changed in the workbench since the last import "
        f"{plural(n, 'is', 'are')} not in {merger.file_name} ({_named(shown)}): they stay in "
        f"version {merger.version} of the document, not in the one now shown; make those "
        "changes again here if they still hold",
    )
    return merger.behind
