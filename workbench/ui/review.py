"""The Review page: the whole parallel text, its editor beside the current bead.

The text, the cursor, the filters and the editor live in the browser (a
``st.components.v2`` component, workbench/ui/static/review.js): J/K and clicks
move without asking the server. Each deliberate action reaches the server as
one event in the component's "outbox"; :func:`_on_events` stores them in order
(workbench.ui.editor) and the page answers with the beads as they now are and
the outcome of each event. The beads travel as one JSON text built once per
revision of the alignment and shared by every session, sent as bytes
(:func:`payload`) so that nothing encodes or parses it twice.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from collections.abc import Collection, Mapping, Sequence
from datetime import timedelta
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import streamlit as st

from workbench.model import Alignment, HeldByUnsavedText, StoredBead, WorkbenchError
from workbench.review import Estimates, holds_mt
from workbench.store.audit_log import DIFF_AT_MOST, HistoryEntry
from workbench.store.rows import bead_span
from workbench.store.schema import utcnow
from workbench.ui import editor, keys, parallel
from workbench.ui.common import (
    ROOT,
    Snapshot,
    bead_cache,
    flash,
    get_encoder,
    get_store,
    reviewer,
    set_reviewer,
    show_flashes,
    snapshot,
)
from workbench.ui.late import late
from workbench.ui.links import bead_link, start_row
from workbench.ui.pick import Choice, choose, pick_alignment, remember
from workbench.ui.qa import warned_beads
from workbench.ui.translate import mt_engine
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.store import Store

KEY = "review_editor"
STATIC = ROOT / "workbench" / "ui" / "static"
RESULTS_KEPT = 40
# A tab holding unsaved texts says it is open every 20 s (review.js, BEAT_MS; a hidden tab's
# timers may tick only once a minute): one not heard from for this long is taken as closed.
TAB_GONE_AFTER = timedelta(minutes=2)


@st.cache_resource
def _component() -> Any:
    """The editor component, registered once per process (its JS and CSS read then)."""
    js = (STATIC / "review.js").read_text(encoding="utf-8")
    css = (STATIC / "review.css").read_text(encoding="utf-8")
    return st.components.v2.component("workbench_review", js=js, css=css, isolate_styles=True)


@st.cache_resource(max_entries=16)
def _segments(url: str, sides: tuple[tuple[int, int], ...]) -> Mapping[int, parallel.SegmentText]:
    store = get_store()
    found: dict[int, parallel.SegmentText] = {}
    for doc_id, version in sides:
        found.update(
            (s.id, parallel.SegmentText(s.text, s.kind, dict(s.meta).get("timecode", "")))
            for s in store.segments(doc_id, version)
        )
    return MappingProxyType(found)


def _sides(alignment: Alignment) -> tuple[tuple[int, int], ...]:
    sides = [(alignment.doc_id, alignment.version)]
    if alignment.counterpart_doc_id is not None and alignment.counterpart_version is not None:
        sides.append((alignment.counterpart_doc_id, alignment.counterpart_version))
    return tuple(sides)


def segments(store: Store, alignment: Alignment) -> Mapping[int, parallel.SegmentText]:
    """Segment id → text and kind, for both sides (versions never change: cached)."""
    return _segments(store.url, _sides(alignment))


@st.cache_resource(max_entries=16)
def _texts(url: str, sides: tuple[tuple[int, int], ...]) -> Mapping[int, str]:
    return MappingProxyType({k: s.text for k, s in _segments(url, sides).items()})


def segment_texts(store: Store, alignment: Alignment) -> Mapping[int, str]:
    """Segment id → text, for both sides (built once per pair of versions, not per edit)."""
    return _texts(store.url, _sides(alignment))


@st.cache_resource(max_entries=8, show_spinner=False)
def _rows(
    url: str, alignment_id: int, revision: int, _snap: Snapshot, _alignment: Alignment
) -> bytes:
    estimated = _estimated(url, alignment_id, revision, _snap.beads)
    rows = parallel.rows_json(_snap.beads, segments(get_store(), _alignment), estimated)
    return rows.encode("utf-8")


@st.cache_resource(max_entries=16, show_spinner=False)
def _estimated_at(url: str, alignment_id: int, revision: int) -> Estimates:
    return MappingProxyType(get_store().draft_estimates(alignment_id))


def _estimated(
    url: str, alignment_id: int, revision: int, beads: Sequence[StoredBead]
) -> Estimates:
    """The fills' estimates (``Store.draft_estimates``), read only when ``beads`` hold MT
    (`review.holds_mt`)."""
    if not any(holds_mt(b) for b in beads):
        return MappingProxyType({})
    return _estimated_at(url, alignment_id, revision)


@st.cache_resource(show_spinner=False)
def _quality_estimator() -> Any:
    """The MT drafts' quality estimator on the app's shared encoder, or None (not installed)."""
    from workbench.align.encoders import available_encoders
    from workbench.translate.estimate import USEM3, QualityEstimator

    if USEM3.encoder not in available_encoders():
        return None
    return QualityEstimator(USEM3, encoder=get_encoder(USEM3.encoder))


@st.cache_resource(show_spinner=False)
def _draft_vocabulary(lang: str, engine: str, model: str) -> tuple[Any, threading.Lock]:
    """What knows the words of ``engine``'s drafts in ``lang`` (`draft_vocabulary`), kept
    for the app's life (its ``lt-proc`` processes stay open), and a lock: one question
    at a time."""
    from workbench.pipeline.mt import draft_vocabulary

    return draft_vocabulary(lang, engine, model), threading.Lock()


def draft_estimate(source: str, draft: str, origin: str, lang: str) -> tuple[float, str] | None:
    """(quality estimate of ``draft``, by ``origin`` "mt:engine:model", as a ``lang``
    translation of ``source``; its signature), or None (the encoder is not installed).

    Scored as `fill` scores its drafts (`workbench.pipeline.mt.estimate_drafts`): each word
    left untranslated halves the estimate.
    """
    from workbench.model import Translation
    from workbench.pipeline.mt import estimate_drafts

    estimator = _quality_estimator()
    if estimator is None:
        return None
    _, engine, model = origin.split(":", 2)
    vocabulary, lock = _draft_vocabulary(lang, engine, model)
    translation = Translation(source, draft, engine, model, "", "", lang)
    with lock:
        [score], _ = estimate_drafts(estimator, [source], [translation], vocabulary)
    return float(score), str(estimator.signature)


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
        estimate=partial(draft_estimate, lang=alignment.cp_lang) if translate is not None else None,
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
        if event.get("action") == "realign":
            realigned = _realign(
                alignment, client, seq, bool(event.get("encoder")), editor.held(event)
            )
            _record(state, realigned, alignment.id)
            continue
        engine = (
            mt_engine(alignment.fr_lang, alignment.cp_lang)
            if event.get("action") == "fill"
            else None
        )
        outcome = editor.perform(event, _context(alignment, engine.translate if engine else None))
        if outcome.action == "unsaved" and outcome.ok:  # kept: nothing to tell the reviewer
            state["done"][client] = max(state["done"].get(client, 0), seq)
            continue
        _record(state, outcome, alignment.id)


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
# down while it ran. The editor's script styles the container of this key (review.js,
# PAGE_CSS), once it is on the page, so before any fill can start.
PROGRESS_KEY = "wb_fill_progress"


def _run_job(alignment: Alignment, state: dict[str, Any], slot: Any) -> None:
    """A fill of several gaps (a selection or all of them), its progress bar in ``slot``.

    ``slot`` is an ``st.empty`` drawn before the editor on every run, so the
    editor keeps its place among the page's elements (and is not drawn anew)
    whether a fill runs or not.
    """
    job = state.pop("job")
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
    if client:
        _record(state, outcome, alignment.id)
    else:
        flash("success" if outcome.ok else "error", outcome.message)


def _start(alignment_id: int, beads: Sequence[StoredBead]) -> int:
    """The row (1-based) the link's ``?bead=`` names (`links.start_row`)."""
    value = str(st.query_params.get("bead", "1"))
    store = get_store()
    return start_row(value, beads, partial(store.logged_sentences, alignment_id))


@st.fragment
def _panel(choice: Choice, alignment: Alignment, pages: tuple[str, ...]) -> None:
    """The editor and its tools: an event reruns only this part of the page."""
    if st.session_state.pop("_repick", False):
        st.rerun(scope="app")
    show_flashes()
    doc = choice.doc
    store = get_store()
    state = _state(alignment.id)
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
        # the reviewer's latest edit U would undo: sent back with U (undoing.seen_latest)
        "latest": store.latest_edit(alignment.id, name) if name else 0,
        "session": _session(),
        "store": hashlib.sha1(store.url.encode()).hexdigest()[:8],
        **_beads_data(store, alignment, snap, state),
        "earlier": None, "unsaved": None,
        "done": state["done"], "results": state["results"], "goto": state["goto"],
        "start": _start(alignment.id, snap.beads), "engine": engine.name if engine else None,
        "filters": keys.filters_data(),
        "pick": {
            "documents": choice.documents, "doc": choice.label,
            "languages": choice.languages, "to": alignment.cp_lang, "pages": pages,
        },
        # the QA checks run once the reviewer asks for their marks (the "QA warnings" filter)
        "warned": sorted(warned_beads(store, doc, alignment)) if _component_state("qa") else None,
        "history": _history(store.url, alignment.id, snap.revision)
        if _component_state("history") else None,
    }  # fmt: skip
    if data["beads"] is not None:  # a whole text: the browser may hold drafts of older versions
        data["earlier"] = _earlier(store.url, alignment.id, snap.revision)
    if data["beads"] is not None or state.get("unsaved_for") != name:
        # a page opened anew, or a name given: the texts the server keeps for it
        state["unsaved_for"] = name
        earlier = _earlier(store.url, alignment.id, snap.revision)
        data["unsaved"] = _unsaved(store, alignment.id, name, earlier)
    # The page's only element: every tool is in the component, so an edit's rerun
    # sends and lays out this one element.
    _component()(
        key=KEY, data=payload(data), on_outbox_change=partial(_on_events, alignment),
        on_want_full_change=lambda: None, on_history_change=lambda: None,
        on_qa_change=lambda: None, on_pick_change=_on_pick, on_page_change=_on_page,
        on_name_change=_on_name, height="content",
    )  # fmt: skip


@st.cache_resource(max_entries=8, show_spinner=False)
def _earlier(url: str, alignment_id: int, revision: int) -> list[tuple[int, dict[str, int]]]:
    """[earlier version's alignment id, {its bead id: the bead it became here}] (JSON keys),
    for the browser to move the unsaved texts typed there (review.js, adoptEarlier)."""
    from workbench.pipeline.alignment import carried_into

    store = get_store()
    found = carried_into(store, store.alignment(alignment_id))
    return [(aid, {str(old): new for old, new in ids.items()}) for aid, ids in found.items()]


def _unsaved(
    store: Store, alignment_id: int, name: str, earlier: Sequence[tuple[int, Any]] | None
) -> list[dict[str, object]]:
    """``name``'s unsaved texts kept by the server, on this alignment and on the earlier
    versions' (``earlier``, as :func:`_earlier` gives it), as the browser keeps its own
    (review.js, mergeKept). ``live``: its tab was heard from within TAB_GONE_AFTER, so it
    may still be open: a page opened anew shows its text beside the editor, never takes it."""
    ids = [alignment_id, *(aid for aid, _ in earlier or [])]
    live = store.tabs_heard_since(name, utcnow() - TAB_GONE_AFTER)
    return [
        {"a": t.alignment_id, "id": t.bead_id, "v": t.version, "baseFr": t.base_fr,
         "baseCp": t.base_cp, "fr": t.fr, "cp": t.cp, "at": t.typed_at, "t": t.client,
         "live": t.client in live}
        for t in store.unsaved(name, ids)
    ]  # fmt: skip


def payload(data: Mapping[str, Any]) -> bytes:
    """``data`` as the UTF-8 JSON object the browser parses once, rows spliced in as they are.

    ``data["beads"]``, the rows of the whole document (bytes of a JSON object,
    :func:`workbench.ui.parallel.pack`, built once per revision) or None, goes
    in without being encoded again.
    Given as a dict, Streamlit would send the data as a JSON text (every
    non-ASCII letter escaped), and the rows inside it as a string escaped once
    more, which the browser would parse twice; bytes reach the component as
    they are. 0.9 MB of message for 2,000 beads becomes about 0.7 MB.
    """
    rest = {k: v for k, v in data.items() if k != "beads"}
    head = json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    rows = data.get("beads")
    beads = b'"beads":' + (rows if isinstance(rows, bytes) else b"null")
    return head[:-1] + (b"," if rest else b"") + beads + b"}"


def received(data: bytes) -> dict[str, Any]:
    """What :func:`payload` sent, as the browser reads it, rows unpacked (for tests)."""
    found = dict(json.loads(data.decode("utf-8")))
    if isinstance(found.get("beads"), Mapping):
        found["beads"] = parallel.unpack(found["beads"])
    patch = found.get("patch")
    if isinstance(patch, Mapping) and isinstance(patch.get("rows"), Mapping):
        found["patch"] = {**patch, "rows": parallel.unpack(patch["rows"])}
    return found


FULL_BELOW = 400  # rows: a change bigger than this is sent as the whole text again


def _beads_data(
    store: Store, alignment: Alignment, snap: Snapshot, state: dict[str, Any]
) -> dict[str, Any]:
    """The beads for the browser: all of them, or only the rows changed since it last had them.

    ``patch`` = {base revision, start, old end, rows (packed)}: the browser replaces its
    rows [start, old end) of revision ``base`` with ``rows``. A browser that
    does not hold ``base`` asks for the whole text (state ``want_full``).
    """
    sent: Snapshot | None = state.get("sent")
    wanted = _component_state("want_full")
    if wanted is not None and wanted != state.get("full_for"):
        state["full_for"], sent = wanted, None  # the browser lost track: send everything
    state["sent"] = snap
    if sent is not None and sent.revision == snap.revision:
        return {"beads": None, "patch": None}
    if sent is not None:
        if snap.since is not None and snap.since[0] == sent.revision:
            _, start, old_end, new_end = snap.since  # one edit since: no need to compare
        else:
            start, old_end, new_end = parallel.splice(sent.beads, snap.beads)
        if new_end - start <= FULL_BELOW:
            texts = segments(store, alignment)
            changed = snap.beads[start:new_end]
            estimated = _estimated(store.url, alignment.id, snap.revision, changed)
            rows = parallel.pack([parallel.row(b, texts, estimated) for b in changed])
            patch = {"base": sent.revision, "start": start, "end": old_end, "rows": rows}
            return {"beads": None, "patch": patch}
    return {"beads": _rows(store.url, alignment.id, snap.revision, snap, alignment), "patch": None}


def _component_state(name: str) -> Any:
    state = st.session_state.get(KEY)
    if state is None:
        return None
    return state.get(name) if hasattr(state, "get") else getattr(state, name, None)


def _realign(
    alignment: Alignment, client: str, seq: int, use_encoder: bool, held: frozenset[int]
) -> editor.Outcome:
    """Re-align every stretch between reviewed beads (every reviewed bead stays as it is);
    refused, nothing changed, when it would replace a bead of ``held`` (`editor.held`)."""
    from workbench.pipeline.alignment import realign_unconfirmed

    name = reviewer()
    if not name:
        message = "Give your name first: every edit is signed."
        return editor.Outcome(client, seq, "realign", False, message)
    store = get_store()
    snap = snapshot(store, alignment.id)
    try:
        encoder = get_encoder() if use_encoder else None
        beads = realign_unconfirmed(
            store, alignment.id, snap.beads, encoder=encoder, actor=name, held=held
        )
    except HeldByUnsavedText as exc:
        return editor.Outcome(client, seq, "realign", False, editor.held_refusal("realign", exc))
    except WorkbenchError as exc:
        return editor.Outcome(client, seq, "realign", False, f"Re-align: {exc}.")
    if store.revision(alignment.id) == snap.revision:
        message = "Re-aligned between the reviewed beads: nothing changed."
    else:
        message = f"Re-aligned between the reviewed beads: {counted(len(beads), 'bead')} now."
    return editor.Outcome(client, seq, "realign", True, message)


@st.cache_resource(max_entries=8, show_spinner=False)
def _history(url: str, alignment_id: int, revision: int) -> list[dict[str, object]]:
    return history_rows(get_store(), alignment_id)  # read once per revision, not per rerun


def history_rows(store: Store, alignment_id: int) -> list[dict[str, object]]:
    """The latest edits, newest first: who, what, where, and the text before and after."""
    entries = store.history(alignment_id, limit=30)
    reversed_ = {e.event.id: e for e in entries}
    return [history_row(e, reversed_.get(e.reverses) if e.reverses else None) for e in entries]


def history_row(entry: HistoryEntry, of: HistoryEntry | None = None) -> dict[str, object]:
    """One line of the history: bead positions and a word-level before → after diff.

    ``of``: for an undo or a redo, the entry of the edit it reversed (when it
    is among the lines shown), so the line says which edit and where.
    """
    event = entry.event
    action = event.action
    if entry.reverses is not None:
        what = f"{of.event.action} by {of.event.actor}" if of else f"edit #{entry.reverses}"
        action = f"{action} of {what}"
    diff = " · ".join(f"{_SIDE[c.side]}: {c.diff()}" for c in entry.changes)
    if entry.statuses:
        diff = " · ".join([*entry.statuses, *([diff] if diff else [])])
    cut = entry.detail.get("split")
    if isinstance(cut, Mapping) and "segment_offset" in cut:
        diff = f"cut inside a sentence at character {cut['segment_offset']} · {diff}"
    return {
        "when": event.at, "who": event.actor, "action": action,
        "beads": _positions(entry.before, entry.after), "before → after": diff,
        "undone": event.undone,
    }  # fmt: skip


_SIDE = {"fr": "French", "cp": "counterpart"}


def _positions(before: Sequence[int], after: Sequence[int]) -> str:
    """``bead 3``, ``beads 3–4 → 3`` (1-based, as the reviewer numbers beads)."""
    if len(before) > DIFF_AT_MOST or len(after) > DIFF_AT_MOST:
        return f"{len(before)} beads → {len(after)}"
    return bead_span(before, after)
