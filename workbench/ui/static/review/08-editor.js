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
  // at the start of the counterpart of a pair: Split parts it (editor._split), as
  // the hint of a refused split says (newcomer42 #4: offset 0 was never taken as a caret)
  const parts = at > 0 || (side === "cp" && b.fr.length > 0 && b.cp.length > 0);
  const inside = area.value === text && area.selectionStart === area.selectionEnd && parts && at < text.length;
  S.carets[side] = inside ? at : null;
  if (inside) S.cuts[side] = null;
  markCursor();
  renderHint();
}

function renderHint() {
  const b = S.beads[S.cursor];
  const hint = S.el.ed.hint;
  const parts = [];
  if (b && S.carets.cp === 0 && S.carets.fr === null && S.cuts.fr === null) {
    put(hint, "textContent", `Split (S or Alt+Enter) parts this pair: the French alone, then its ` +
      `counterpart (${S.data.cp_lang}) alone below it`);
    return;
  }
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
  if (offline()) { say(offlineLine()); return; }
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

