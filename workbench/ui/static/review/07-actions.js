// --- navigation (client only) ---------------------------------------------------------------

function moveTo(index) {
  if (!S.beads.length) return;
  const target = Math.min(Math.max(0, index), S.beads.length - 1);
  if (target !== S.cursor) { S.cuts = { fr: null, cp: null }; S.carets = { fr: null, cp: null }; }
  S.cursor = target;
  render();
}

function step(forward) {
  const k = S.shown.indexOf(S.cursor);
  if (k < 0) { moveTo(S.shown.find((i) => (forward ? i > S.cursor : i < S.cursor)) ?? S.cursor); return; }
  const next = S.shown[k + (forward ? 1 : -1)];
  if (next !== undefined) moveTo(next);
}

// Shift+J / Shift+K: the beads selected (for Fill with MT) run from where the selection began
// to the next / previous bead shown, as Shift+click selects them (newcomer29: a keyboard user
// could fill one gap, or every gap, never a few).
function extendSelection(forward) {
  if (!S.selected.size || S.anchor === null) S.anchor = S.cursor;
  step(forward);
  const [from, to] = [Math.min(S.anchor, S.cursor), Math.max(S.anchor, S.cursor)];
  S.selected = new Set(S.shown.filter((k) => k >= from && k <= to));
  render();
}

function onTableClick(e) {
  const target = e.target;
  const cut = target.closest ? target.closest(".wb-cut") : null;
  const row = target.closest ? target.closest(".wb-bead") : null;
  if (!row) return;
  const i = Number(row.dataset.i);
  if (e.shiftKey) {
    const from = S.anchor === null ? S.cursor : S.anchor;
    S.selected = new Set();
    for (let k = Math.min(from, i); k <= Math.max(from, i); k++) if (S.shown.includes(k)) S.selected.add(k);
  } else if (e.ctrlKey || e.metaKey) {
    if (S.selected.has(i)) S.selected.delete(i); else S.selected.add(i);
  } else {
    S.selected = new Set();
    S.anchor = i;
  }
  if (cut && i === S.cursor) {
    const side = cut.dataset.side;
    const k = Number(cut.dataset.k);
    S.cuts[side] = S.cuts[side] === k ? null : k;
    S.carets[side] = null;  // the latest choice on a side wins
    markCursor();
    renderHint();
    return;
  }
  moveTo(i);
}

// --- actions: one event each ------------------------------------------------------------------

function seenOf(indexes) {
  return indexes.filter((i) => i >= 0 && i < S.beads.length).map((i) => [S.beads[i].id, S.beads[i].v]);
}

// One rule for every action that changes beads, as for Confirm: none is taken while a bead it
// changes holds unsaved text of this tab. The action would store the bead as it is stored, not
// as typed, and would give it a new version, so that the reviewer's own Save is then refused as
// if a colleague had changed it (newcomer17b: rui's Undo under a draft). The draft stays.
// Undo, Redo and Re-align choose their beads on the server: they carry the beads holding this
// tab's unsaved text (ev.held), and the server refuses them, naming the bead, only when it
// would change one of those (editor.held_refusal, worded as these are).
const REFUSED = {
  confirm: ["confirmed", "confirm"], confirm_through: ["confirmed", "confirm"],
  reject: ["rejected", "reject"], merge_next: ["merged", "merge"], merge_prev: ["merged", "merge"],
  split: ["split", "split"], insert: ["inserted", "insert"], move: ["moved", "move"],
  fill: ["filled", "fill"],
};

// The position of the first bead ``action`` at bead ``i`` would change that holds unsaved text
// of this tab, or undefined (a save, or no such bead).
function draftedIn(action, i, ev) {
  if (!(action in REFUSED)) return undefined;
  let touched;
  if (action === "confirm_through") touched = range(0, i + 1);
  else if (action === "merge_next") touched = [i, i + 1];
  else if (action === "merge_prev") touched = [i - 1, i];
  else if (action === "move") touched = ev.down ? [i, i + 1] : [i - 1, i];
  else if (action === "fill") {  // a fill changes gaps only
    const chosen = ev.all ? range(0, S.beads.length) : S.selected.size ? [...S.selected].sort((a, z) => a - z) : [i];
    touched = chosen.filter((k) => S.beads[k] && isGap(S.beads[k]));
  }
  else touched = [i];
  if (!S.drafts.size) return undefined;
  return touched.find((k) => k >= 0 && k < S.beads.length && S.drafts.has(draftKey(S.beads[k].id)));
}

function act(action, extra) {
  if (offline()) { say(offlineLine()); return; }
  if (!S.data.can_edit) {
    S.message = { kind: "error", text: "Give your name (at the top) first: every edit is signed." };
    renderEditor();
    return;
  }
  const i = S.cursor;
  const b = S.beads[i];
  const whole = action === "undo" || action === "redo" || action === "realign" || action === "dealt_with";
  if (!b && !whole) return;
  const ev = Object.assign({ action, pos: i, id: b ? b.id : null }, extra || {});
  if (action !== "undo") S.askedUndo = null;  // another action: a second U asks again
  const drafted = draftedIn(action, i, ev);
  if (drafted !== undefined) {
    const [done, again] = REFUSED[action];
    S.message = { kind: "error", text: `Not ${done}: bead ${drafted + 1} has unsaved text. Save it (Ctrl+Enter) or Revert it, then ${again}.` };
    renderEditor();
    return;
  }
  if (action === "confirm") {
    ev.seen = seenOf([i]);
    const next = S.shown[S.shown.indexOf(i) + 1];
    // where it moved on to: a refused confirm comes back from there (handleResult)
    ev.then = next !== undefined ? S.beads[next].id : null;
    submit(ev);
    if (next !== undefined) moveTo(next); else render();
    return;
  }
  if (action === "confirm_through") {
    let start = 0;
    while (start <= i && (S.beads[start].st === "confirmed" || S.beads[start].st === "rejected")) start++;
    ev.seen = seenOf(range(start, i + 1));
  } else if (action === "merge_next") ev.seen = seenOf([i, i + 1]);
  else if (action === "merge_prev") ev.seen = seenOf([i - 1, i]);
  else if (action === "move") ev.seen = seenOf(ev.down ? [i, i + 1] : [i - 1, i]);
  else if (action === "split") {
    ev.seen = seenOf([i]);
    const chosen = (side) => S.cuts[side] !== null || S.carets[side] !== null;
    if (!chosen("fr") && !chosen("cp")) {  // no mark: after the first sentence
      ev.fr_at = Math.min(1, b.fr.length);
      ev.cp_at = Math.min(1, b.cp.length);
    } else {  // a side with no mark stays whole in the first bead
      ev.fr_at = S.cuts.fr === null ? b.fr.length : S.cuts.fr;
      ev.cp_at = S.cuts.cp === null ? b.cp.length : S.cuts.cp;
    }
    const caret = {};
    for (const side of ["fr", "cp"]) if (S.carets[side] !== null) caret[side] = S.carets[side];
    if (Object.keys(caret).length) ev.caret = caret;
    S.cuts = { fr: null, cp: null };
    S.carets = { fr: null, cp: null };
  } else if (action === "fill") {
    const everyGap = () => range(0, S.beads.length).filter((k) => isGap(S.beads[k]));
    const chosen = ev.all ? everyGap() : S.selected.size ? [...S.selected].sort((a, z) => a - z) : [i];
    ev.seen = seenOf(chosen);
    ev.positions = chosen;
  } else if (action === "dealt_with") {
    ev.seen = [];
  } else if (action === "undo" || action === "redo" || action === "realign") {
    ev.seen = [];
    ev.held = heldIds();
    if (action === "undo") undoScope(ev);
  }
  else ev.seen = seenOf([i]);
  submit(ev);
  render();
}

// U undoes the reviewer's last action here: on the bead on screen, or on a bead in view since
// the page opened; an edit elsewhere is named and undone by a second press (editor.undo_scope).
function undoScope(ev) {
  ev.view = inView();
  ev.since = S.since;
  if (S.askedUndo !== null) ev.agreed = S.askedUndo;
}

// The ids of the beads in view now.
function inView() {
  const view = [];
  const height = window.innerHeight || document.documentElement.clientHeight;
  for (const [i, row] of S.rows || []) {
    const box = row.getBoundingClientRect();
    if (box.bottom > 0 && box.top < height && S.beads[i]) view.push(S.beads[i].id);
  }
  return view;
}

// The ids of the beads holding this tab's unsaved text.
function heldIds() { return S.beads.filter((b) => S.drafts.has(draftKey(b.id))).map((b) => b.id); }

function range(a, z) { const out = []; for (let k = a; k < z; k++) out.push(k); return out; }

// An edit waits (in order) while an edit it depends on is on its way: any edit waits for a
// structural one, and an edit of a bead waits for the edit of that same bead.
function blocked(ev) {
  for (const f of S.inflight.values()) {
    if (f.unsaved) continue;  // a draft kept by the server never holds an edit back
    if (f.structural || STRUCTURAL.has(ev.action)) return true;
    for (const [id] of ev.seen || []) if (f.ids.has(id)) return true;
  }
  return false;
}

function submit(ev) {
  ev.session = S.data.session;  // the server session it was meant for (review.py, late events)
  if (S.queue.length || blocked(ev)) { S.queue.push(ev); return; }
  send(ev);
}

function send(ev) {
  ev.seq = ++S.seq;
  ev.client = S.clientId;
  ev.tab = S.tab;  // a save drops this tab's draft only
  ev.alignment = S.alignment;
  // U undoes the latest edit this page showed, or nothing (an undo waits for every edit on
  // its way, so S.data is the page after them): another window's later edit is not undone
  if (ev.action === "undo" && Number.isInteger(S.data.latest)) ev.latest = S.data.latest;
  const record = { ids: new Set((ev.seen || []).map(([id]) => id)), structural: STRUCTURAL.has(ev.action),
                   at: Date.now(), slow: ev.action === "fill" || ev.action === "realign" };
  if (ev.action === "save") {
    Object.assign(record, { draftKey: draftKey(ev.id), fr: ev.fr, cp: ev.cp });
    // the save carries the text: no draft of it goes to the server after it (handleResult)
    const draft = S.drafts.get(record.draftKey);
    if (draft) S.kept.set(keptKey(record.draftKey), keptText(draft));
  }
  if (ev.action === "unsaved") { record.unsaved = true; S.heardAt = Date.now(); }
  if ("then" in ev) { record.confirmed = ev.id; record.then = ev.then; delete ev.then; }  // the page's own
  S.inflight.set(ev.seq, record);
  S.outbox.push(ev);
  S.el.app.dataset.pending = String(S.inflight.size + S.queue.length);
  S.set("outbox", S.outbox.slice());
  if (!S.watchdog) S.watchdog = setInterval(watchUnanswered, 1000);
}

// A server killed and started again leaves the page looking alive while Streamlit's
// connection is gone for good: what was sent meanwhile never arrives, and "Saving bead 5…"
// would stay on screen for ever. After UNANSWERED_MS with no acknowledgement (a fill or a
// re-alignment may take longer), the reviewer is told plainly that it is not stored and
// what to do; typed text is safe in this browser's drafts, which a reload brings back.
const UNANSWERED_MS = 10000;
function watchUnanswered() {
  if (!S.inflight.size) { clearInterval(S.watchdog); S.watchdog = null; return; }
  // a text kept for the reviewer (an "unsaved" event) is no action: it is in this browser
  // whatever the server does, and "No answer…" came up with no action made (verify22)
  const waiting = [...S.inflight.values()].filter((f) => !f.unsaved);
  if (!waiting.length) return;
  if (waiting.some((f) => f.slow) || Date.now() - Math.min(...waiting.map((f) => f.at)) < UNANSWERED_MS) return;
  if (offline()) {  // what is said while the connection is lost says it (offlineLine)
    if (!S.message || S.message.text !== offlineLine()) say(offlineLine());
    return;
  }
  const text = "No answer from the server for 10 s: your last action is not stored yet. Typed " +
    "text is kept in this browser; if the server was restarted, reload the page (F5) and save or do it again.";
  if (S.message && S.message.text === text) return;
  S.message = { kind: "error", text };
  render();
}

// Queued edits go out once what they wait for has landed, against the beads as they are now.
function flush() {
  while (S.queue.length) {
    const ev = S.queue[0];
    if (blocked(ev)) break;
    S.queue.shift();
    refresh(ev);
    send(ev);
  }
  S.el.app.dataset.pending = String(S.inflight.size + S.queue.length);
}

function refresh(ev) {
  const byId = new Map(S.beads.map((b) => [b.id, b]));
  const draft = ev.action === "save" ? S.drafts.get(draftKey(ev.id)) : null;
  if (draft && draft.v >= 0) ev.seen = [[ev.id, draft.v]];  // the version its editor now holds
  if (ev.seen) ev.seen = ev.seen.map(([id, v]) => [id, byId.has(id) && ev.action !== "save" ? byId.get(id).v : v]);
  if (ev.id !== null && byId.has(ev.id)) ev.pos = S.beads.indexOf(byId.get(ev.id));
  if (ev.held) ev.held = heldIds();  // what was typed while it waited holds its beads too
  // an undo pressed while those before it were on their way reaches what they brought back
  // into view too, as it would on a page quick enough to show them first: five quick U undid
  // four edits and asked of the fifth, a confirm of the bead a split undone brought back (undo26)
  if (ev.view) ev.view = [...new Set([...ev.view, ...inView()])];
}

