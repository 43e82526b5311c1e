"""Alignment commands over the store (`workbench.pipeline.alignment`): `align`, `beads`, and
the reviewer's `confirm`, `reject` and `unpair`; `align-files` over two plain files is
`files`'."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    ActorOption,
    DbOption,
    LinesFormatOption,
    OutputFormat,
    beads_listing,
    emit,
    language_tag,
    no_bead,
    open_store,
)
from workbench.cli.outcome import EXIT_CODES, BadValue, finish
from workbench.formats.beads import vecalign_form
from workbench.model import ConflictError, InputError, Status, StoredBead
from workbench.naming import shell_word
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.align import Encoder
    from workbench.model import Alignment
    from workbench.store import Store


class EncoderChoice(StrEnum):
    USEM3 = "usem3"
    E5 = "e5"
    LABSE = "labse"
    NONE = "none"


EncoderOption = Annotated[
    EncoderChoice,
    typer.Option(
        "--encoder",
        help="Sentence encoder: usem3 (fast, default), e5, labse, or none (lengths and "
        "dictionary only).",
        case_sensitive=False,
    ),
]


DocArgument = Annotated[str, typer.Argument(help="Document id or file stem.")]
ToOption = Annotated[
    str | None, typer.Option("--to", callback=language_tag, help="Counterpart language.")
]


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add this feature's commands to the CLI."""
    app.command("align", epilog=EXIT_CODES)(align)
    app.command("beads")(beads)
    app.command("confirm")(confirm)
    app.command("reject")(reject)
    app.command("unpair")(unpair)


def load_encoder(choice: EncoderChoice) -> Encoder | None:
    """The sentence encoder named on the command line; None for ``none``."""
    if choice is EncoderChoice.NONE:
        return None
    from workbench.align.encoders import load_encoder  # deferred for start-up time (numpy)

    return load_encoder(choice.value)


def align(
    doc: DocArgument,
    to: Annotated[
        str, typer.Option("--to", callback=language_tag, help="Counterpart language: es, en, …")
    ],
    original: Annotated[
        Path | None,
        typer.Option(help="The original as a separate file; it is ingested and linked."),
    ] = None,
    encoder: EncoderOption = EncoderChoice.USEM3,
    actor: ActorOption = "cli",
    db: DbOption = None,
    fmt: LinesFormatOption = None,
) -> None:
    """Align a French document with its counterpart and store the beads (status auto).

    Without --original the counterpart is the text in that language inside the
    document (e.g. Spanish photo captions). Beads already confirmed by a
    reviewer are kept; only the stretches between them are re-aligned. Exits with 3
    when reviewed beads of an earlier version could not be carried over (a warning
    names them) or a pair a reviewer parted was reopened by a sentence the new version
    adds (a warning names the bead and the reviewer), when not one sentence paired or most
    pairs are unsure (another text?), when a long run of each side's sentences has no
    counterpart (two stretches read in swapped order, as a PDF's columns can be), when
    lines with no counterpart read as translations of the other side's lines with none (a
    block placed elsewhere on one side: a sidebar, a box, a caption), or when
    reading the original left something out (a page cut off), as `ingest` exits.
    With -f json or tsv, the
    summary line is a row: document, alignment, beads, pairs, null_fr, null_cp (sentences
    without counterpart), reviewed_kept, left_behind, warnings.
    """
    from workbench.pipeline.align_inputs import LazyEncoder  # deferred for start-up time
    from workbench.pipeline.alignment import align_document

    store = open_store(db)
    # loaded only when something changed since the last `align` (`align_inputs`)
    lazy = LazyEncoder(None if encoder is EncoderChoice.NONE else encoder.value,
                       lambda: load_encoder(encoder))  # fmt: skip
    report = align_document(store, doc, to, original_path=original, encoder=lazy, actor=actor)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    # both sides hold sentences and not one pairs: another text (newcomer33: a German page
    # against the English original of another article, "0 pairs", exit 0)
    unpaired = report.pairs == 0 and report.unaligned_fr > 0 and report.unaligned_cp > 0
    if unpaired:
        counterpart = "its original" if original is not None else f"its {to} sentences"
        typer.echo(
            f"warning: not one sentence of {doc} paired with {counterpart}: check that "
            f"{original or 'they'} {'is' if original else 'are'} the translation's "
            "counterpart (`workbench beads` shows the sentences of each side)",
            err=True,
        )
    counts = (report.beads, report.pairs, report.unaligned_fr, report.unaligned_cp)
    lang = report.alignment.fr_lang
    if fmt is None:
        typer.echo(aligned_summary(report.alignment.id, *counts, to, report.kept_confirmed, lang))
    else:
        from workbench.cli import summaries

        name = store.document(report.alignment.doc_id).name
        emit(summaries.aligned(report, name, to), fmt, summaries.ALIGNED, title="Aligned")
    to_review = report.left_behind + unpaired + report.unrelated + report.original_warned
    to_review += report.reopened  # a reviewer's parting a new version reopened
    to_review += report.swapped  # each side's sentences alone in a long run, apart
    to_review += report.moved  # lines alone that read as the other side's lines alone
    finish(done=report.beads, to_review=to_review)


def aligned_summary(
    alignment: int, beads: int, pairs: int, lone_fr: int, lone_cp: int, to: str | None, kept: int,
    lang: str = "fr",
) -> str:  # fmt: skip
    """The line `align` ends with: its beads, pairs, sentences left alone, reviewed beads kept.

    ``lang``: the document's language (a German page aligned with its English original
    has no "French sentences")."""
    own = "French sentence" if lang == "fr" else f"{lang} sentence"
    return (
        f"alignment {alignment}: {counted(beads, 'bead')}, {counted(pairs, 'pair')}, "
        f"{counted(lone_fr, own)} and {counted(lone_cp, f'{to} sentence')} "
        f"without counterpart, {reviewed_kept(kept)}"
    )


class BeadsFormat(StrEnum):
    """How `beads` prints an alignment: every command's rows (`OutputFormat`), or vecalign's
    bead form, to score with its score.py or `workbench score align`."""

    TABLE = "table"
    JSON = "json"
    TSV = "tsv"
    VECALIGN = "vecalign"


BeadsFormatOption = Annotated[
    BeadsFormat,
    typer.Option(
        "--format", "-f", case_sensitive=False,
        help="Output format: table, json or tsv; vecalign: a line a bead, [0, 1]:[2]:0.127000, "
        "as vecalign writes them (0-based sentence indices, cost 1 - confidence).",
    ),
]  # fmt: skip


# The review app's words for a bead's look (review/*.js, LOOK_LABEL), for `beads`.
STATE_WORDS = {
    "mt": "MT draft", "null-cp": "no counterpart", "null-fr": "no French", "score": "aligned",
}  # fmt: skip


def beads(
    doc: DocArgument,
    to: ToOption = None,
    pairs_only: Annotated[
        bool, typer.Option("--pairs", help="Only beads with text on both sides.")
    ] = False,
    of: Annotated[
        int | None,
        typer.Option(
            "--alignment",
            help="An earlier alignment of the document by its id (as `align` names one "
            "whose reviewed beads a new version could not carry over).",
        ),
    ] = None,
    db: DbOption = None,
    fmt: BeadsFormatOption = BeadsFormat.TABLE,
) -> None:
    """Show the beads of a document's alignment, numbered from 1 as in the review app.

    The alignment of the document's current version, unless --alignment names another
    of its alignments (an earlier version's). "state" is what the review app shows of a
    bead: confirmed, rejected, edited (changed by hand since the aligner or a
    confirmation: "status" is then auto), MT draft, no counterpart, no French, empty, or
    aligned (the aligner's pair, as it made it). "shape" is the row's, as the app shows
    it: 1:1, 2:1, 1:0 (an MT draft confirmed or post-edited is 1:1, a pair).

    -f vecalign writes the alignment as vecalign does, for its score.py or `workbench
    score align`: `[i, j]:[k]:cost`, French side first, ids 0-based as vecalign's (the
    n-th sentence of that side in the beads, in document order), `[3]:[]` a sentence
    without counterpart. The cost is 1 minus the aligner's confidence (lower is better,
    as vecalign's cost; not its values), left out where a reviewer changed the bead or
    the score is an MT draft's estimate. A rejected bead is written as stored, a link.
    """
    if fmt is BeadsFormat.VECALIGN and pairs_only:
        raise BadValue(
            "--pairs leaves out the sentences without counterpart, which vecalign's form "
            "writes as null beads: leave --pairs out with -f vecalign"
        )
    store = open_store(db)
    alignment = _chosen(store, doc, to, of)
    if fmt is BeadsFormat.VECALIGN:
        from workbench.pipeline.counterparts import sentence_places  # deferred for start-up time

        places = sentence_places(store, alignment)
        typer.echo(vecalign_form(store.beads(alignment.id), places), nl=False)
        return
    revision = store.revision(alignment.id)
    rows = _bead_rows(store, alignment.id, revision, pairs_only)
    # "revision" is what `confirm`/`reject --seen` take: numbers hold only while it stands.
    langs = f"{alignment.fr_lang}–{alignment.cp_lang}"
    title = f"alignment {alignment.id} ({langs}), revision {revision}"
    shown = OutputFormat(fmt.value)
    emit(rows, shown, _bead_columns(shown), title=title)


def _chosen(store: Store, doc: str, to: str | None, of: int | None) -> Alignment:
    """The alignment of the document's current version with ``to``, or its alignment ``of``
    (an earlier version's), which must be one of the document's."""
    from workbench.pipeline.alignment import alignment_for  # deferred for start-up time

    alignment = alignment_for(store, doc, to)
    if of is None:
        return alignment
    ids = [a.id for a in store.alignments(alignment.doc_id)]
    if of not in ids:
        listed = ", ".join(map(str, ids))
        raise InputError(f"{doc} has no alignment {of}: its alignments are {listed}")
    return store.alignment(of)


def _bead_rows(
    store: Store, alignment_id: int, revision: int, pairs_only: bool
) -> list[dict[str, object]]:
    """A row a bead, with what the review app shows of it (state, shape)."""
    from workbench.review import estimate_of, shape  # deferred for start-up time
    from workbench.ui.parallel import look  # the app's own rule: pure, no Streamlit

    estimates = store.draft_estimates(alignment_id)
    rows = []
    for b in store.beads(alignment_id):
        if pairs_only and not (b.fr_text and b.cp_text):
            continue
        signature = estimate_of(b, estimates)
        rows.append({
            "bead": b.position + 1, "position": b.position, "id": b.id, "fr": b.fr_text,
            "cp": b.cp_text,
            "score": b.score, "status": str(b.status), "origin": b.origin,
            "reviewer": b.reviewer, "fr_ids": list(b.fr), "cp_ids": list(b.cp),
            "estimate": b.score if signature else None, "revision": revision,
            "estimate_signature": signature or "", "note": b.note or "",
            "state": STATE_WORDS.get(str(look(b)), str(look(b))), "shape": shape(b),
        })  # fmt: skip
    return rows


def _bead_columns(fmt: OutputFormat) -> list[str]:
    """The columns `beads` prints: a few for a table, every one for a script."""
    # "bead" counts from 1 as the review app, `qa` and the review commands do;
    # "position" (from 0) stays in JSON and TSV for scripts. "estimate" is an MT draft's
    # quality estimate (0 to 1, the draft's score) while the draft is as the fill left it,
    # "estimate_signature" how it was made (qe:usem3|…), then "note" (a reviewer's or an
    # import's: a conflict keeps the workbench's text there), then "state" (the app's: a
    # confirmed bead edited since is "edited", its status auto), then "shape": last, so that
    # no column moves.
    if fmt is OutputFormat.TABLE:
        return ["bead", "shape", "fr", "cp", "score", "state", "origin"]
    cols = ["bead", "position", "id", "fr_ids", "cp_ids", "fr", "cp", "score", "status"]
    cols += ["origin", "reviewer", "estimate", "revision", "estimate_signature", "note"]
    cols += ["state", "shape"]
    return cols


BeadNumbers = Annotated[
    list[str],
    typer.Argument(
        help="Bead numbers, from 1 as `workbench beads` shows them: `3 5 8`, or a run as the "
        "workbench's messages write it, `3-5`.",
        show_default=False,
    ),
]
_RUN = re.compile(r"\s*(\d+)\s*(?:[-\u2013]\s*(\d+)\s*)?")


def bead_numbers(values: Sequence[str]) -> list[int]:
    """Bead numbers as typed: each value a number, a run ``3-5`` (or ``3–5``, as
    `history` writes it) or numbers joined by commas (``1,2``), in the order given, each
    once. BadValue, naming the value and what to type, for anything else (newcomer38
    LOW 24: ``confirm 1-3`` met a parser's "unable to parse string as an integer")."""
    numbers: list[int] = []
    for value in values:
        for part in value.split(","):
            m = _RUN.fullmatch(part)
            first = int(m.group(1)) if m else 0
            last = int(m.group(2)) if m and m.group(2) else first
            if m is None or last < first:
                raise BadValue(
                    f"{value!r} is not a bead number: give numbers as `workbench beads` shows "
                    "them, one by one (`1 2 3`) or as a run (`1-3`)"
                )
            numbers.extend(n for n in range(first, last + 1) if n not in numbers)
    return numbers


ReviewerOption = Annotated[
    str, typer.Option("--reviewer", help="Your name, recorded on each bead and in the history.")
]
SeenOption = Annotated[
    int | None,
    typer.Option(
        "--seen",
        help="The revision `workbench beads` showed with the numbers: refused, with nothing "
        "changed, if the alignment changed since (a merge or split above moves the numbers). "
        "With it, a bead another reviewer already confirmed (or rejected) is signed as yours; "
        "without it, that bead is left as it is.",
        show_default=False,
    ),
]


def confirm(
    doc: DocArgument,
    numbers: BeadNumbers,
    reviewer: ReviewerOption,
    to: ToOption = None,
    seen: SeenOption = None,
    db: DbOption = None,
) -> None:
    """Confirm beads as a reviewer, as the review app's Confirm does (aligning again keeps them).
    A bead another reviewer confirmed or rejected stays theirs unless --seen shows you saw it
    so."""
    _review(doc, numbers, reviewer, to, db, seen, "confirmed")


def reject(
    doc: DocArgument,
    numbers: BeadNumbers,
    reviewer: ReviewerOption,
    to: ToOption = None,
    seen: SeenOption = None,
    db: DbOption = None,
) -> None:
    """Reject beads as a reviewer (not a translation of each other): exports leave them out
    of a memory, and an XLIFF asks for a new translation (to draft its French with MT
    instead, `unpair` it). A bead another reviewer confirmed or rejected stays theirs unless
    --seen shows you saw it so."""
    _review(doc, numbers, reviewer, to, db, seen, "rejected")


def unpair(
    doc: DocArgument,
    numbers: BeadNumbers,
    reviewer: ReviewerOption,
    to: ToOption = None,
    seen: SeenOption = None,
    db: DbOption = None,
) -> None:
    """Part pairs that do not translate each other into null beads: the French alone, which
    `fill` drafts, and the counterpart alone below it (each bead after moves down one). A
    rejected pair's counterpart stays rejected, by whoever rejected it."""
    _review(doc, numbers, reviewer, to, db, seen, "unpaired")


def _review(
    doc: str, typed: list[str], reviewer: str, to: str | None, db: str | None,
    seen: int | None, done: str,
) -> None:  # fmt: skip
    """One edit per bead, each stored as the app stores it: refused, with nothing changed
    for that bead, if someone changed it meanwhile. A number out of range changes nothing;
    with ``seen``, nothing changes either if the alignment's revision is not ``seen`` any
    more (another reviewer's merge or split may have moved the numbers). ``done``: what
    each edit does ("confirmed", "rejected", "unpaired"), to the beads numbered as listed
    before the first (an unpair moves the beads below it down one)."""
    from workbench import review  # deferred for start-up time
    from workbench.pipeline.alignment import alignment_for, apply

    numbers = bead_numbers(typed)
    reviewer = reviewer.strip()
    if not reviewer:  # the app never lets a nameless edit through either
        raise BadValue("a review is signed: give your name with --reviewer NAME")
    store = open_store(db)
    alignment = alignment_for(store, doc, to)
    make = {"confirmed": review.confirm, "rejected": review.reject, "unpaired": review.unpair}[done]
    listing = beads_listing(doc, to)
    listed = store.beads(alignment.id)
    if seen is not None:
        _check_seen(store, alignment.id, seen, listing, numbers)
    if wrong := [n for n in numbers if not 1 <= n <= len(listed)]:  # before any is changed
        raise no_bead(wrong[0], len(listed), listing)
    # Without --seen nobody saw whose a bead is: another reviewer's confirmation (or
    # rejection) is left as it is, never re-signed (newcomer32) nor overturned (newcomer33)
    # without a word.
    others = _reviewed_by_another(listed, numbers, done, reviewer)
    theirs = [] if seen is not None else others
    # With --seen the reviewer saw whose each bead was: the line says whose review theirs
    # went over (newcomer36: "bead 2 rejected by fay" over ana's confirmation said nothing).
    over = {n: (who, was) for n, who, was in others} if seen is not None else {}
    left = [
        f"bead {n} was {'already ' if was == done else ''}{was} by {who}; nothing changed"
        for n, who, was in theirs
    ]
    if left:
        resign = all(was == done for _, _, was in theirs)
        act = (
            "sign" if resign else {"confirmed": "confirm", "rejected": "reject"}.get(done, "unpair")
        )
        left[-1] += (
            f" (to {act} {plural(len(left), 'it', 'them')} "
            f"{'as yours' if resign else 'over their review'}, list the beads with "
            f"{listing} and give the revision it shows with --seen)"
        )
    # a bead this reviewer already confirmed (rejected) is as asked: nothing to store, nor
    # to log (newcomer33: "bead 1 confirmed by ben", and an event that changed nothing)
    mine = [n for n in numbers if _already(listed[n - 1], done, reviewer)]
    todo = [n for n in numbers if n not in {n for n, _, _ in theirs} and n not in mine]
    stored: list[int] = []
    for n in todo:
        # Each edit expects the bead as listed when the revision was checked: one that
        # another reviewer changed since (ben's rejection landing meanwhile) is refused by
        # the store, never confirmed over. Re-reading here overwrote it.
        try:
            apply(store, alignment.id, make(listed, n - 1, reviewer), reviewer)
        except ConflictError as exc:
            if not stored and not left:
                raise
            # partly done (exit 4, as the exit codes say): what was stored, then the refusal;
            # exit 1 told a script that nothing had changed (newcomer32)
            _said(store, alignment.id, stored, done, reviewer, [*left, str(exc)], over)
            finish(done=len(stored), refused=len(numbers) - len(stored))
        stored.append(n)
    _said(store, alignment.id, stored, done, reviewer, left, over)
    if mine:
        are = "is" if len(mine) == 1 else "are"
        typer.echo(
            f"{plural(len(mine), 'bead')} {', '.join(map(str, mine))} {are} already {done} by "
            f"{reviewer}; nothing changed"
        )
    if done == "unpaired":
        _after_unpair(doc, alignment.cp_lang, [listed[n - 1] for n in numbers], numbers)
    finish(done=len(stored), refused=len(theirs))


def _already(bead: StoredBead, done: str, reviewer: str) -> bool:
    """Whether ``bead`` is already as this edit (``done``: "confirmed", "rejected") would
    leave it, by ``reviewer``: asking again is done, with nothing to store (exit 0, as for a
    file ingested or imported again)."""
    return done != "unpaired" and str(bead.status) == done and bead.reviewer == reviewer


def _reviewed_by_another(
    listed: list[StoredBead], numbers: list[int], done: str, reviewer: str
) -> list[tuple[int, str, str]]:
    """(number, who, what: "confirmed" or "rejected") of the beads ``numbers`` that a
    reviewer other than ``reviewer`` confirmed or rejected: what this edit (``done``)
    would re-sign or overturn. Unpairing a rejected pair carries its rejection out (the
    counterpart alone keeps it, `fill` drafts the French): only a confirmation stops it."""
    guarded = (Status.CONFIRMED,) if done == "unpaired" else (Status.CONFIRMED, Status.REJECTED)
    beads = {n: listed[n - 1] for n in numbers}
    return [
        (n, b.reviewer or "a reviewer", str(b.status))
        for n, b in beads.items()
        if b.status in guarded and b.reviewer != reviewer
    ]


def _said(
    store: Store, alignment_id: int, stored: list[int], done: str, reviewer: str,
    errors: list[str], over: dict[int, tuple[str, str]] | None = None,
) -> None:  # fmt: skip
    """What was stored and the revision the alignment is at now (the next `--seen`), on
    standard output, then each bead refused, on standard error (newcomer35: a script had
    to list the beads again after each command to learn the revision). ``over``: bead
    number → (who, "confirmed" or "rejected") of another reviewer's review it went over."""
    if stored:
        went_over = [
            f"bead {n} was {was} by {who}" for n, (who, was) in sorted((over or {}).items())
            if n in stored
        ]  # fmt: skip
        typer.echo(
            f"alignment {alignment_id}: {_beads_done(stored, done, reviewer)}"
            + (f" ({', '.join(went_over)})" if went_over else "")
            + f"; now at revision {store.revision(alignment_id)}"
        )
    for error in errors:
        typer.echo(f"error: {error}", err=True)


# What a logged event may have done for numbers read before it to still name the same
# beads: a bead's text or status changed in place (`replace_beads` keeps the ids of a run it
# replaces one for one); a merge, split, insert, unpair, undo or re-alignment may renumber.
_IN_PLACE = frozenset({"edit", "confirm", "confirm_through", "reject", "fill"})
# events read back to the revision a reviewer saw; further back, listing again is asked
_SEEN_EVENTS = 200


def _check_seen(
    store: Store, alignment_id: int, seen: int, listing: str, numbers: list[int]
) -> None:
    """Refuse bead ``numbers`` read at revision ``seen`` unless they still name those beads
    as they were: every change since acted in place (`_IN_PLACE`, one bead for one) and on
    other beads. sacred35: any change since, a colleague's confirmation of another bead or
    a `fill`, refused the command ("bead numbers may have moved"), 83 times in a run."""
    now = store.revision(alignment_id)
    if seen > now:  # revisions only grow: this one was never the alignment's (a typo?)
        raise InputError(
            f"--seen {seen} is newer than alignment {alignment_id}, which is at revision "
            f"{now}: give the revision {listing} shows in its title"
        )
    if seen == now:
        return
    since = [h for h in store.history(alignment_id, limit=_SEEN_EVENTS) if h.event.id > seen]
    covered = len(since) < _SEEN_EVENTS
    moved = [
        h for h in since
        if h.event.action not in _IN_PLACE or h.before != h.after or not h.before
    ]  # fmt: skip
    touched = sorted({n for h in since for n in h.positions} & set(numbers))
    if not covered or moved:
        raise ConflictError(
            f"alignment {alignment_id} changed since revision {seen} (it is at {now}): "
            f"bead numbers may have moved; list them again with {listing} and check them"
        )
    if touched:
        raise ConflictError(
            f"alignment {alignment_id} changed since revision {seen} (it is at {now}): "
            f"{plural(len(touched), 'bead')} {', '.join(map(str, touched))} changed since you "
            f"saw {plural(len(touched), 'it', 'them')}; list them again with {listing} and "
            "check them"
        )


def _after_unpair(doc: str, to: str, beads: list[StoredBead], numbers: list[int]) -> None:
    """What `unpair` says once done: each rejection it carried out (the counterpart alone
    keeps it: `review.kept_rejection`), and how to draft the French."""
    for n, b in zip(numbers, beads, strict=True):
        if b.status is Status.REJECTED:
            who = b.reviewer or "a reviewer"
            typer.echo(f"bead {n}'s counterpart stays rejected by {who}: it does not translate "
                       "that French")  # fmt: skip
    typer.echo(
        f"their French waits for a translation: `workbench fill {shell_word(doc)} --to {to}` "
        "drafts it"
    )


def _beads_done(numbers: list[int], done: str, reviewer: str) -> str:
    """``beads 1, 3 confirmed by ana``."""
    return f"{plural(len(numbers), 'bead')} {', '.join(map(str, numbers))} {done} by {reviewer}"


def reviewed_kept(count: int) -> str:
    """Beads a reviewer confirmed, rejected or edited, kept by aligning again."""
    return f"{counted(count, 'reviewed bead')} kept"
