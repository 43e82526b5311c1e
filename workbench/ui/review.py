"""The Review page: the whole parallel text, its editor beside the current bead.

The text, the cursor, the filters and the editor live in the browser (a
``st.components.v2`` component, workbench/ui/static/review/): J/K and clicks
move without asking the server. Each deliberate action reaches the server as
one event in the component's "outbox"; :func:`_on_events` stores them in order
(workbench.ui.editor) and the page answers with the beads as they now are and
the outcome of each event. The beads travel as one JSON text built once per
revision of the alignment and shared by every session, sent as bytes
(:func:`payload`) so that nothing encodes or parses it twice.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import streamlit as st

from workbench.model import Alignment, StoredBead, WorkbenchError
from workbench.pipeline.status import standing
from workbench.ui import editor, keys
from workbench.ui.common import (
    ROOT,
    Snapshot,
    bead_cache,
    flash,
    get_store,
    reviewer,
    set_reviewer,
    show_flashes,
    snapshot,
)
from workbench.ui.late import late
from workbench.ui.links import Opening, bead_link, earlier_bead, opening
from workbench.ui.pick import Choice, choose, pick_alignment, remember
from workbench.ui.qa import warned_beads
from workbench.ui.replaced import note_replaced, replaced_outcome, with_replaced
from workbench.ui.review_drafts import draft_estimate as draft_estimate  # "x as x": re-exported
from workbench.ui.review_history import history_at
from workbench.ui.review_history import history_row as history_row
from workbench.ui.review_history import history_rows as history_rows
from workbench.ui.review_payload import editor_script
from workbench.ui.review_payload import payload as payload
from workbench.ui.review_payload import received as received
from workbench.ui.review_realign import dealt_with, realign
from workbench.ui.review_rows import beads_data
from workbench.ui.review_texts import segment_texts
from workbench.ui.review_unsaved import earlier_versions, unsaved_texts
from workbench.ui.translate import mt_engine
from workbench.ui.undoing import SeenEdits
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.store import Store

KEY = "review_editor"
STATIC = ROOT / "workbench" / "ui" / "static"
RESULTS_KEPT = 40


@st.cache_resource
def _component() -> Any:
    """The editor component, registered once per process (its JS and CSS read then)."""
    css = (STATIC / "review.css").read_text(encoding="utf-8")
    return st.components.v2.component(
        "workbench_review", js=editor_script(), css=css, isolate_styles=True
    )


def review_page() -> None:
    """The Review page with nothing to review yet: the sidebar's pickers, and what to do."""
    pick_alignment(get_store(), "review")


def review_alone(pages: Sequence[str]) -> bool:
    """Draw the Review page with no sidebar, if the document chosen is aligned; say if drawn.

    The editor's head holds what the sidebar would: the pages (``pages``), the
    document and counterpart, the reviewer's name.
    """
    choice = choose(get_store())
    if choice is None or choice.alignment is None:
        return False
    st.query_params["page"] = "review"
    st.session_state["page_in_url"] = "Review"  # app.py, URL_PAGE
    _panel(choice, choice.alignment, tuple(pages))
    return True


def _on_page() -> None:
    """The reviewer chose another page in the editor's head: the whole script reruns."""
    picked = _component_state("page")
    if isinstance(picked, Mapping) and isinstance(picked.get("page"), str):
        st.session_state["page"] = picked["page"]
        st.query_params["page"] = picked["page"].lower()
        st.session_state["page_in_url"] = picked["page"]  # app.py, URL_PAGE: Back returns here
        st.session_state["_repick"] = True


def _on_name() -> None:
    """The reviewer gave (or changed) their name in the editor's head."""
    given = _component_state("name")
    if isinstance(given, Mapping) and isinstance(given.get("name"), str):
        set_reviewer(given["name"])


def _on_pick() -> None:
    """The reviewer chose another document or counterpart in the editor's head.

    The page is drawn for one alignment, so the whole script reruns (not the
    editor's fragment), opening the new one at its first bead.
    """
    picked = _component_state("pick")
    if not isinstance(picked, Mapping):
        return
    for param in ("doc", "to"):
        if isinstance(picked.get(param), str) and picked[param]:
            remember(param, picked[param])
    st.query_params.pop("bead", None)
    st.session_state["_repick"] = True


def _state(alignment_id: int) -> dict[str, Any]:
    """This session's bookkeeping for one alignment: events done, outcomes, where to go."""
    all_states = st.session_state.setdefault("_editor", {})
    return all_states.setdefault(alignment_id, {"done": {}, "results": [], "goto": None})  # type: ignore[no-any-return]


def _context(alignment: Alignment, translate: editor.Translate | None = None) -> editor.Context:
    store = get_store()

    def splice(snap: Snapshot, replaced: Collection[int], stored: Sequence[StoredBead]) -> None:
        bead_cache().patch(store, snap, replaced, stored)

    return editor.Context(
        store=store, alignment_id=alignment.id, reviewer=reviewer(),
        snapshots=lambda: snapshot(store, alignment.id), texts=segment_texts(store, alignment),
        translate=translate, splice=splice,
        estimate=partial(draft_estimate, lang=alignment.cp_lang, source_lang=alignment.fr_lang)
        if translate is not None
        else None,
    )  # fmt: skip


def _outbox() -> list[Mapping[str, Any]]:
    return [e for e in _component_state("outbox") or [] if isinstance(e, Mapping)]


def _on_events(alignment: Alignment) -> None:
    """The component's outbox changed: store every event not stored yet, in order.

    The outbox holds every event the browser has not seen acknowledged, so an
    event sent while the server was busy arrives with the next one; the
    sequence number makes each one count once. A fill of several gaps waits
    for the page body, which shows its progress.
    """
    state = _state(alignment.id)
    if state.get("job") is not None:
        return
    # a colleague's change to what this reviewer saved, since the page last had its rows:
    # said with this action (newcomer42 7: never said at all)
    note_replaced(state, snapshot(get_store(), alignment.id), reviewer())
    state["acted"] = True  # what changes from here on is this page's own doing
    client = ""
    for event in sorted(_outbox(), key=lambda e: int(e.get("seq", 0))):
        client, seq = str(event.get("client", "")), int(event.get("seq", 0))
        if seq <= state["done"].get(client, 0):
            continue
        refused = late(event, _session())
        if refused is not None:
            _record(state, refused, alignment.id)
            continue
        # sent before a switch (a draft names its own alignment: kept all the same)
        if event.get("alignment") not in (None, alignment.id) and event.get("action") != "unsaved":
            message = "Not done: that action was for the document shown before."
            _record(
                state,
                editor.Outcome(client, seq, str(event.get("action")), False, message),
                alignment.id,
            )
            continue
        if event.get("action") == "fill" and len(event.get("seen") or []) > 1:
            state["job"] = dict(event)
            return
        before = _latest(alignment.id) if event.get("action") != "unsaved" else 0
        outcome = _perform(alignment, event)
        if event.get("action") != "unsaved":
            _seen(state, alignment.id).note(before, _latest(alignment.id), outcome.named)
        if outcome.action == "unsaved" and outcome.ok:  # kept: nothing to tell the reviewer
            state["done"][client] = max(state["done"].get(client, 0), seq)
            continue
        _record(state, with_replaced(state, outcome), alignment.id)
    told = replaced_outcome(state, client, snapshot(get_store(), alignment.id).revision)
    if told is not None:
        _record(state, told, alignment.id)


def _perform(alignment: Alignment, event: Mapping[str, Any]) -> editor.Outcome:
    """Store what one event asks for (`editor.perform`; a re-alignment here)."""
    if event.get("action") == "realign":
        client, seq = str(event.get("client", "")), int(event.get("seq", 0))
        return realign(alignment, client, seq, bool(event.get("encoder")), editor.held(event))
    if event.get("action") == "dealt_with":
        return dealt_with(alignment, str(event.get("client", "")), int(event.get("seq", 0)))
    fill = event.get("action") == "fill"
    engine = mt_engine(alignment.fr_lang, alignment.cp_lang) if fill else None
    return editor.perform(event, _context(alignment, engine.translate if engine else None))


def _latest(alignment_id: int) -> int:
    """The reviewer's latest edit not undone (what U would undo first), 0 for none."""
    name = reviewer()
    return get_store().latest_edit(alignment_id, name) if name else 0


def _seen(state: dict[str, Any], alignment_id: int) -> SeenEdits:
    """The reviewer's edits this page showed or made (`SeenEdits`), kept per name: a page
    opened, or a name given, starts at the alignment's revision then."""
    seen = state.setdefault("seen", {})
    name = reviewer()
    if name not in seen:
        seen[name] = SeenEdits(snapshot(get_store(), alignment_id).revision)
    return seen[name]  # type: ignore[no-any-return]


def _session() -> str:
    """This Streamlit session's id as the page is told it: an event made in another is late
    (`workbench.ui.late`)."""
    return str(st.session_state.setdefault("_page_session", secrets.token_hex(6)))


def _record(state: dict[str, Any], outcome: editor.Outcome, alignment_id: int) -> None:
    state["done"][outcome.client] = max(state["done"].get(outcome.client, 0), outcome.seq)
    state["results"] = [*state["results"], outcome.as_dict()][-RESULTS_KEPT:]
    if outcome.focus is not None:
        goto = state.get("goto") or {"n": 0}
        state["goto"] = {"n": int(goto["n"]) + 1, "pos": outcome.focus}
        beads = snapshot(get_store(), alignment_id).beads
        at = outcome.focus
        st.query_params["bead"] = bead_link(beads[at]) if at < len(beads) else str(at + 1)


# The fill's progress floats over the page's foot: laid out in the page, it pushed the text
# down while it ran. The editor's script styles the container of this key (review/*.js,
# PAGE_CSS), once it is on the page, so before any fill can start.
PROGRESS_KEY = "wb_fill_progress"


def _run_job(alignment: Alignment, state: dict[str, Any], slot: Any) -> None:
    """A fill of several gaps (a selection or all of them), its progress bar in ``slot``.

    ``slot`` is an ``st.empty`` drawn before the editor on every run, so the
    editor keeps its place among the page's elements (and is not drawn anew)
    whether a fill runs or not.
    """
    job = state.pop("job")
    before = _latest(alignment.id)
    with slot.container(key=PROGRESS_KEY):
        bar = st.progress(0.0, "Filling gaps with MT…")
    engine = mt_engine(alignment.fr_lang, alignment.cp_lang)
    client, seq = str(job.get("client", "")), int(job.get("seq", 0))

    def progress(done: int, total: int) -> None:
        bar.progress(done / total, f"Filling gaps with MT: {done} of {total}")

    if engine is None:
        outcome = editor.Outcome(
            client, seq, "fill", False, "Fill with MT: no engine is installed."
        )
    else:
        seen = [(int(i), int(v)) for i, v in job.get("seen") or []]
        try:
            filled, skipped = editor.fill_gaps(
                _context(alignment, engine.translate), seen, progress
            )
            extra = (
                f"; {counted(skipped, 'bead')} {plural(skipped, 'was', 'were')} not gaps"
                if skipped
                else ""
            )
            message = f"Filled {counted(filled, 'gap')} with {engine.name}{extra}."
            outcome = editor.Outcome(client, seq, "fill", filled > 0, message)
        except WorkbenchError as exc:
            outcome = editor.Outcome(client, seq, "fill", False, f"Fill with MT stopped: {exc}.")
    slot.empty()
    _seen(state, alignment.id).note(before, _latest(alignment.id), None)  # its drafts: this page's
    if client:
        _record(state, outcome, alignment.id)
    else:
        flash("success" if outcome.ok else "error", outcome.message)


def _start(state: dict[str, Any], alignment_id: int, snap: Snapshot) -> Opening:
    """Where the link's ``?bead=`` opens the page, and why not at that bead
    (`links.opening`): found once per link and session."""
    value = str(st.query_params.get("bead", "1"))
    if state.get("opening", (None,))[0] != value:
        store = get_store()
        earlier = partial(
            earlier_bead, store.beads, earlier_versions(store.url, alignment_id, snap.revision)
        )
        found = opening(value, snap.beads, partial(store.logged_sentences, alignment_id), earlier)
        state["opening"] = (value, found)
    return state["opening"][1]  # type: ignore[no-any-return]


@st.fragment
def _panel(choice: Choice, alignment: Alignment, pages: tuple[str, ...]) -> None:
    """The editor and its tools: an event reruns only this part of the page."""
    if st.session_state.pop("_repick", False):
        st.rerun(scope="app")
    show_flashes()
    doc = choice.doc
    store = get_store()
    state = _state(alignment.id)
    if not state.pop("acted", False):  # what changed before this page's own actions was noted
        # a colleague's change to what this reviewer saved, before the rows sent move on
        note_replaced(state, snapshot(store, alignment.id), reviewer())
    slot = st.empty()  # where a fill shows its progress (see _run_job)
    if state.get("job") is not None:
        _run_job(alignment, state, slot)
        _on_events(alignment)  # what came after the fill, in order
    snap = snapshot(store, alignment.id)
    name = reviewer()
    engine = mt_engine(alignment.fr_lang, alignment.cp_lang)
    data = {
        "alignment": alignment.id, "revision": snap.revision, "fr_lang": alignment.fr_lang,
        "cp_lang": alignment.cp_lang, "reviewer": name, "can_edit": bool(name),
        # the reviewer's latest edit U may undo at once, one this page showed or made: sent
        # back with U (undoing.seen_latest); another window's, seen on a rerun, is named first
        "latest": _seen(state, alignment.id).latest(_latest(alignment.id)),
        "session": _session(),
        "store": hashlib.sha1(store.url.encode()).hexdigest()[:8],
        **beads_data(store, alignment, snap, state, _component_state("want_full")),
        "earlier": None, "unsaved": None, "standing": None, "left_behind": None, "dealt_with": "",
        "done": state["done"], "results": state["results"], "goto": state["goto"],
        "start": _start(state, alignment.id, snap).row,
        "start_note": _start(state, alignment.id, snap).note,
        "engine": engine.name if engine else None,
        "filters": keys.filters_data(),
        "pick": {
            "documents": choice.documents, "doc": choice.label,
            "languages": choice.languages, "to": alignment.cp_lang, "pages": pages,
        },
        # the QA checks run once the reviewer asks for their marks (the "QA warnings" filter)
        "warned": sorted(warned_beads(store, doc, alignment)) if _component_state("qa") else None,
        "history": history_at(store.url, alignment.id, snap.revision)
        if _component_state("history") else None,
    }  # fmt: skip
    _add_drafts(data, store, alignment.id, snap, state, _component_state("want_unsaved"))
    marked = store.marked_since(alignment.id, state.get("standing_at", snap.revision))
    state["standing_at"] = snap.revision
    if data["beads"] is not None or marked:
        # a page opened anew: what the reviewer must look at (reviewed beads an earlier
        # version left behind, a re-alignment left to do), said each time, not only by the
        # run that made them (`workbench status` says the same); and the "Mark dealt with"
        # button's count. Read with the page, and again when a mark was made or taken back
        # since this tab last had them (in another window: its warning goes, or comes back),
        # not on every rerun: an alignment's left-behind beads never change, only a mark does
        now = standing(store, alignment, snap.beads)
        fresh = data["beads"] is not None
        data["standing"] = " ".join(now.notes) or (None if fresh else "")
        data["left_behind"] = sum(len(x.bead_ids) for x in now.left_behind if not x.dealt_with)
        data["dealt_with"] = next((x.dealt_with for x in now.left_behind if x.dealt_with), "")
    # The page's only element: every tool is in the component, so an edit's rerun
    # sends and lays out this one element.
    _component()(
        key=KEY, data=payload(data), on_outbox_change=partial(_on_events, alignment),
        on_want_full_change=lambda: None, on_want_unsaved_change=lambda: None,
        on_history_change=lambda: None,
        on_qa_change=lambda: None, on_pick_change=_on_pick, on_page_change=_on_page,
        on_name_change=_on_name, height="content",
    )  # fmt: skip


def _add_drafts(
    data: dict[str, Any],
    store: Store,
    alignment_id: int,
    snap: Snapshot,
    state: dict[str, Any],
    wanted: Any = None,
) -> None:
    """The earlier versions and the unsaved texts the browser may need, into ``data``.

    The unsaved texts go with a whole text, with the first payload naming a reviewer, and
    whenever the browser asks (``wanted``, the component's state ``want_unsaved``, changes):
    a payload can be lost after it is computed, so the page, not this record of what was
    computed, says that it has them (review/*.js, awaitKept).
    """
    if data["beads"] is not None:  # a whole text: the browser may hold drafts of older versions
        data["earlier"] = earlier_versions(store.url, alignment_id, snap.revision)
    asked = wanted is not None and wanted != state.get("unsaved_asked")
    if data["beads"] is not None or state.get("unsaved_for") != data["reviewer"] or asked:
        # a page opened anew, a name given, or a page without them: the texts kept for it
        state["unsaved_for"], state["unsaved_asked"] = data["reviewer"], wanted
        earlier = earlier_versions(store.url, alignment_id, snap.revision)
        data["unsaved"] = unsaved_texts(store, alignment_id, data["reviewer"], earlier)


def _component_state(name: str) -> Any:
    state = st.session_state.get(KEY)
    if state is None:
        return None
    return state.get(name) if hasattr(state, "get") else getattr(state, name, None)
