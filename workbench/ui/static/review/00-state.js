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
  cuts: { fr: null, cp: null }, carets: { fr: null, cp: null }, selected: new Set(), anchor: null, leftBehind: 0, standing: "", gotoN: null,
  filters: new Set(), qeBelow: 0.5, needle: "", message: null, seenResults: new Set(), editorId: null,
  draftsName: "", draftsFrom: "",  // the name drafts are kept under; the last one given
  earlier: null, orphans: [],  // drafts of earlier versions (data.earlier); those not moved onto a bead here
  gone: [],  // drafts of this alignment whose bead another reviewer merged, split or re-aligned
  kept: new Map(),  // the drafts the server keeps, as this page last sent or read them (sendKept)
  keptFor: null,  // the name whose drafts kept by the server this page has read (null: none since it opened)
  keptOpening: false,  // those it waits for are the name's it opened with (awaitKept)
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
  // none acts while the connection is lost, as the line then says: Revert, Keep theirs or
  // Dismiss would drop a text, and Put into this bead fill the locked field (09-keys.js)
  b.addEventListener("click", (e) => {
    e.preventDefault();
    if (offline()) { offlineInput(e); return; }
    onClick(e);
  });
  return b;
}

