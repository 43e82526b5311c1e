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
  showRefusal(ed, m);
}

// A refusal, or a choice to make, said out of sight is not said: on a small window (1280×720
// at 125%) the editor's buttons and the box under them sat below its fold, and a refused save
// showed nothing (newcomer29). What comes up is scrolled into the editor's view, once.
function showRefusal(ed, m) {
  const boxes = [ed.conflict, ed.orphans].filter((box) => !box.hidden);
  const said = [...boxes.map((box) => box.textContent), m && m.kind === "error" ? m.text : ""].join("|");
  if (said === (S.refusalShown || "")) return;
  S.refusalShown = said;
  const first = boxes[0] || (m && m.kind === "error" ? ed.message : null);
  if (first && first.scrollIntoView) first.scrollIntoView({ block: "nearest" });
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

