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
  if (e.key === "Enter" && !e.altKey && pressable(e) && !offline()) return;  // it presses it
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

