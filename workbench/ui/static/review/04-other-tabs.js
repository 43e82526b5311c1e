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

