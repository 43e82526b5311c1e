// The rows travel as columns (workbench/ui/parallel.py, pack: its docstring says how); here
// they become one object per bead again, as the rest of this script reads them. Texts stay
// strings: they are only ever put in the page as text.
const RUNS = ["v", "st", "look", "origin", "r", "engine", "qh"];
const SPARSE = ["fk", "ck", "fe", "ce", "fm", "cm", "ft", "ct", "qe", "gap", "nt", "x", "sh"];

function unpack(packed) {
  const rows = new Array(packed.n);
  let id = 0;
  for (let i = 0; i < packed.n; i++) {
    id += packed.id[i];
    const fr = packed.fr[i], cp = packed.cp[i], s = packed.s[i];
    const r = { id, fr: typeof fr === "string" ? [fr] : fr, cp: typeof cp === "string" ? [cp] : cp };
    if (s !== null) r.s = s / 1000;
    rows[i] = r;
  }
  for (const key of RUNS) {
    const [values, runs] = packed[key];
    for (let k = 0, i = 0; k < runs.length; k += 2) {
      const value = values[runs[k]], end = i + runs[k + 1];
      if (value !== null) for (let j = i; j < end; j++) rows[j][key] = value;
      i = end;
    }
  }
  for (const key of SPARSE) for (const [i, value] of packed[key] || []) rows[i][key] = value;
  return rows;
}

// The page sends its data as the bytes of one UTF-8 JSON object (workbench/ui/review.py,
// payload): parsed here once, the rows with it.
function decode(raw) {
  return raw instanceof Uint8Array ? JSON.parse(new TextDecoder().decode(raw)) : raw;
}

export default function (component) {
  const { parentElement, setStateValue } = component;
  S.set = setStateValue;
  if (S.root !== parentElement || !S.el || !S.el.app.isConnected) build(parentElement);
  if (!S.listening) {
    keepTabLive();
    window.addEventListener("keydown", onKey, true);
    // input with no key of its own, while the connection is lost (offlineInput)
    for (const name of ["beforeinput", "paste", "compositionstart", "drop"]) window.addEventListener(name, offlineInput, true);
    window.addEventListener("pagehide", flushUrl);  // a reload right after a move keeps it
    window.addEventListener("pagehide", sendKept);
    S.listening = true;
  }
  // Marks for bench/app_browser.py: when the data arrived, how long the editor took with it.
  const start = performance.now();
  receive(decode(component.data));
  performance.measure("wb-receive", { start, end: performance.now() });
}
