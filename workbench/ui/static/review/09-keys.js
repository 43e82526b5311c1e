// --- keys ------------------------------------------------------------------------------------------

// A key typed into a text field is text; one pressed on a filter's checkbox is a command.
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

// Enter on a focused button, link or checkbox presses it, as everywhere on the web (WCAG
// 2.1.1): it opened the editor instead, and a keyboard-only reviewer's Enter on Confirm then Y
// typed "y" into the French and confirmed nothing (newcomer29). Enter is "open the editor"
// only where it presses nothing.
const PRESSABLE = /^(button|link|checkbox|radio|switch|tab|menuitem|option)$/;
function pressable(e) {
  const path = e.composedPath ? e.composedPath() : [e.target];
  return path.some((n) => n && n.tagName && (
    /^(BUTTON|A|SUMMARY)$/.test(n.tagName) || (n.tagName === "INPUT" && NOT_TEXT.has(n.type)) ||
    PRESSABLE.test(n.getAttribute("role") || "")));
}

function typing(e) {
  const path = e.composedPath ? e.composedPath() : [e.target];
  return path.some((n) => n && n.tagName && (
    (n.tagName === "INPUT" && !NOT_TEXT.has(n.type)) || /^(TEXTAREA|SELECT)$/.test(n.tagName) || n.isContentEditable));
}

// Streamlit marks its status widget (and, after a while, opens a "Connection error" box) while
// the page has no server. A command then waited in the outbox and ran, signed, when the page
// reconnected, long after anyone meant it (newcomer22, s7: letters typed while the box held
// the click ran as Y, M, U). So no key and no button acts meanwhile, and the editor says so.
// The box is a modal dialog: it takes the focus and makes the rest of the page inert, so no
// text field can have the focus while it is up. Letters put back into the field by hand kept
// plain keys and silently lost every input with no key of its own (a dead-key "ê", an IME's
// "é", paste, dictation: "tapé" was saved as "tap", newcomer42 #1). So the editor's text is
// locked (read-only, greyed) from the moment the connection is lost, every try to type then
// is refused with the line below, and what was typed before stays as it was.
const OFFLINE = "The connection to the server is lost: the editor's text is locked (nothing you " +
  "type now goes into it) and no button and no key but Esc acts until it is back. Text typed before " +
  "is kept in this browser.";
function offline() {
  if (document.querySelector('[data-testid="stConnectionStatus"]')) return true;
  return [...document.querySelectorAll('[role="dialog"]')].some((d) => /Connection error/i.test(d.textContent || ""));
}

// The line said while the connection is lost: with an action sent and not answered, that it
// is not stored (the "No answer" line replaced this one every second, and its "Typed text is
// kept" hid that keys had become text, newcomer42 #2).
function offlineLine() {
  const waiting = [...S.inflight.values()].some((f) => !f.unsaved);
  return waiting ? `${OFFLINE} Your last action is not stored yet: once the connection is ` +
    "back, reload the page (F5) and do it again." : OFFLINE;
}

// Once the server is back the line above must go: it stayed for good, and a save made then
// waited for ever without a word (verify22). What the page sent before is refused as late
// (ui/late.py), so the page says to reload, which keeps what was typed (drafts in this browser).
const RECONNECTED = "The connection to the server is back: reload the page (F5) before going " +
  "on; text typed in the editor is kept.";
function watchConnection() {
  if (offline()) { goneOffline(); return; }
  if (!S.wentOffline) return;
  S.wentOffline = false;
  lockText(false);
  // Esc pressed meanwhile left the editor: the box, closing, gives the focus back to the
  // field it took it from, and the next J or Y would be typed into the text
  if (S.escaped) leaveEditor();
  S.escaped = false;
  say(RECONNECTED);
}

// Checked every second (keepTabLive) and at every key, paste or input (offlineInput): the
// first try to type after the connection went locks the text before the input lands.
function goneOffline() {
  lockText(true);
  if (S.wentOffline) return;
  S.wentOffline = true;
  say(offlineLine());
}

function lockText(locked) {
  if (!S.el || !S.el.ed) return;
  for (const field of [S.el.ed.fr, S.el.ed.cp]) {
    put(field, "readOnly", locked);
    field.classList.toggle("wb-locked", locked);
  }
}

// Input of any kind (a paste, a composition, text from an IME or dictation) while the
// connection is lost: refused, and said, never half taken.
function offlineInput(e) {
  if (!offline()) return;
  goneOffline();
  if (e.cancelable) e.preventDefault();
  if (!S.message || S.message.text !== offlineLine()) say(offlineLine());
}

// The focus leaves the editor's text for the review text (Esc), wherever it is now.
function leaveEditor() {
  const active = S.root && S.root.activeElement;
  if (active && (active === S.el.ed.fr || active === S.el.ed.cp)) active.blur();
  S.el.app.focus({ preventScroll: true });
}

// A key pressed while the connection is lost: Esc leaves the editor, whatever has the focus
// (the box has it, not the field: Esc did nothing and J, Y then went into the text,
// newcomer42 #2); a key that would type or act is refused and said. Say if handled.
const TYPES = new Set(["Enter", "Backspace", "Delete", "Dead", "Process", "Unidentified"]);
function offlineKey(e) {
  if (e.key === "Escape") {
    S.escaped = true;
    leaveEditor();
    return false;  // the box may close on it too
  }
  const copies = (e.ctrlKey || e.metaKey) && e.key !== "Enter" && e.key.toLowerCase() !== "v";
  if (copies || (e.key.length !== 1 && !TYPES.has(e.key))) return false;
  offlineInput(e);
  e.stopPropagation();
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
  if (offline() && offlineKey(e)) return;
  if (typing(e) || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  if (e.key === "Enter" && !e.altKey && pressable(e) && !offline()) return;  // it presses it
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const changes = e.altKey ? key === "ArrowUp" || key === "ArrowDown" : CHANGES.has(key);
  const gone = offline() && !e.altKey && (key.length === 1 || key === "Enter");  // any key's command
  if (gone || (changes && !inGrid(e))) {
    e.preventDefault();
    e.stopPropagation();
    say(gone || offline() ? offlineLine() : UNFOCUSED);
    return;
  }
  let done = true;
  if (e.altKey && (key === "ArrowUp" || key === "ArrowDown")) {
    act("move", { side: e.shiftKey ? "cp" : "fr", down: key === "ArrowDown" });
  } else if (e.altKey) done = false;
  else if (key === "j" || key === "k") (e.shiftKey ? extendSelection : step)(key === "j");
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

