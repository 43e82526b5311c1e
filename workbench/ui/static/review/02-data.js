// --- data from the server ---------------------------------------------------------------------

// What the reviewer must look at changed while this tab was open: the left-behind beads were
// marked dealt with (or the mark taken back) in another window. The warning this tab shows
// goes (or comes back); what the reviewer's own action just said stays, with this after it.
function restand(standing, by) {
  const said = standing ? { kind: "warning", text: standing }
    : by ? { kind: "info", text: `The left-behind beads were marked dealt with by ${by}.` } : null;
  const showing = S.message === null || (S.message.kind === "warning" && S.message.text === S.standing);
  if (showing) S.message = said;
  else if (said && S.message.kind === "ok") S.message = { kind: said.kind, text: `${S.message.text} ${said.text}` };
  S.standing = standing;
}

function receive(data) {
  const fresh = S.data === null || S.alignment !== data.alignment;
  S.data = data;
  if (fresh) {
    S.alignment = data.alignment;
    S.since = data.revision || 0;
    S.askedUndo = null;
    S.cursor = Math.max(0, (data.start || 1) - 1);
    S.page = -1;
    // "Opening …" or what was said of the other document goes; a link's bead not found says
    // so; else what the reviewer must look at: reviewed beads left behind, a pending re-align
    S.leftBehind = 0;
    S.message = data.start_note ? { kind: "info", text: data.start_note }
      : data.standing ? { kind: "warning", text: data.standing } : null;
    S.standing = data.standing || "";
    S.earlier = null;
    loadDrafts();
  } else renameDrafts(data.reviewer || "");
  if (data.left_behind !== null && data.left_behind !== undefined) S.leftBehind = data.left_behind;
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
  if (!fresh && typeof data.standing === "string") {
    // this tab's own mark said what it did (handleResult): nothing to add
    if ((data.results || []).some((r) => r.action === "dealt_with")) S.standing = data.standing;
    else restand(data.standing, data.dealt_with || "");
  }
  if (data.earlier) { S.earlier = data.earlier; adoptEarlier(); }
  awaitKept(data, askingFull);
  reconcileDrafts();
  for (const seq of [...S.inflight.keys()]) if (seq <= done) S.inflight.delete(seq);
  if (data.goto && data.goto.n !== S.gotoN) {
    S.gotoN = data.goto.n;
    if (!fresh) S.cursor = data.goto.pos;
  }
  // no rows yet (a first payload without them: asked for): the link's bead waits for them
  if (S.beads.length) S.cursor = Math.min(Math.max(0, S.cursor), S.beads.length - 1);
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
  if (r.action === "dealt_with" && r.ok) S.leftBehind = 0;  // marked, here or by someone before
  if (r.ok && typeof r.focus === "number") S.cursor = r.focus;
  if (!r.ok && inflight && inflight.confirmed !== undefined) comeBack(inflight);
}

// A confirm refused (the bead changed after it was seen) goes back to its bead, as the line
// says, while the cursor is still where the confirm moved it on to: a second Y meant for the
// refused bead confirmed the next one (newcomer42 #3). A reviewer gone on elsewhere stays.
function comeBack(record) {
  const here = S.beads[S.cursor];
  if (here && record.then !== null && here.id !== record.then) return;
  const at = S.beads.findIndex((b) => b.id === record.confirmed);
  if (at < 0 || at === S.cursor) return;
  S.cursor = at;
  S.cuts = { fr: null, cp: null };
  S.carets = { fr: null, cp: null };
}

