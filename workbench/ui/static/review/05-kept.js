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
  if (takeKept()) {
    if (S.keptOpening) adoptOthers();
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

