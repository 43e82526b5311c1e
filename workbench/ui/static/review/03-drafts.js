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
  S.keptOpening = Boolean(S.draftsName);
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
  S.keptOpening = false;
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

