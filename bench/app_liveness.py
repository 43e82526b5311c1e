"""What telling the server a tab is open costs (sacred19): the store's side and the page's.

A tab holding unsaved text is heard from (``Store.heard_from``: an UPDATE of its rows'
``updated_at``) with every ``unsaved`` event it sends, and, when it sends none for a
while, by an empty one every 20 s (review/*.js, beatServer), which reruns the editor.
Both are measured side by side with the path without them, on SQLite and on
PostgreSQL (a throwaway cluster, tests/pg_cluster.py, set durable: fsync and
synchronous_commit on, as a team's server would be; the tests run it with both off):

- store: ``editor.perform`` of N ``unsaved`` events as the page sends them (a typing
  pause: one text kept; a beat: nothing kept) along three paths (PATHS): without
  ``heard_from`` (before sacred19), with it as a transaction of its own (sacred19), and
  in the one transaction that keeps the texts (``Store.note_unsaved``, app21), among
  ``--others`` rows of other reviewers' tabs; milliseconds per event.
- page: ``--tabs`` Chromium pages (each a browser of its own) on a document of
  ``--beads`` beads, left alone for ``--seconds``: holding a draft each (they beat),
  then with no draft (they do not). The server process's CPU time over the window
  (/proc), the beats seen (each page's pending count going 0 → 1 → 0), a beat's round
  trip, and the editor's own work on the answer (its ``wb-receive`` measure).

Run: .venv/bin/python bench/app_liveness.py [--events 300] [--others 2000] [--tabs 4]
[--seconds 80] [--beads 2000] [--kinds sqlite postgresql]
Writes bench/results/app_liveness.md and prints it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from databases import aligned, database  # noqa: E402

from tests.streamlit_server import CHROMIUM, free_port, launch, stop, wait_healthy  # noqa: E402
from workbench.model import UnsavedText  # noqa: E402
from workbench.store import Store  # noqa: E402
from workbench.store.schema import UnsavedTextRow, utcnow  # noqa: E402
from workbench.store.unsaved import Key  # noqa: E402
from workbench.ui import editor  # noqa: E402
from workbench.ui.common import Snapshot  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "app_liveness.md"
DURABLE = ("ALTER SYSTEM SET fsync = on", "ALTER SYSTEM SET synchronous_commit = on",
           "ALTER SYSTEM SET full_page_writes = on")  # fmt: skip


def _text(aid: int, bead: int, reviewer: str, tab: str, typed: str, at: int) -> UnsavedText:
    return UnsavedText(aid, bead, reviewer, 1, "Avant.", "Antes.", typed, "Antes.", at, tab)


def _others(store: Store, aid: int, rows: int) -> None:
    """``rows`` texts of other reviewers' tabs (10 beads each), as a busy team leaves them."""
    store.keep_unsaved([
        _text(aid, k % 10, f"r{k // 20}", f"t{(k // 10) % 2}", "Texte.", 1) for k in range(rows)
    ])  # fmt: skip


def _context(store: Store, aid: int) -> editor.Context:
    def snap() -> Snapshot:
        return Snapshot(aid, store.revision(aid), tuple(store.beads(aid)))

    return editor.Context(store, aid, "ana", snap, {})


def _event(ctx: editor.Context, keep: bool, seq: int) -> tuple[float, float]:
    """(wall ms, this process's CPU ms) of one unsaved event of ana's tab: a text kept (one of
    five beads', in turn), or a beat."""
    kept = [{"a": ctx.alignment_id, "id": seq % 5, "r": "ana", "t": "tab", "v": 1,
             "bf": "Avant.", "bc": "Antes.", "fr": f"Texte {seq}.", "cp": "Antes.",
             "at": seq}] if keep else []  # fmt: skip
    event = {"client": "c", "seq": seq, "action": "unsaved", "tab": "tab", "keep": kept,
             "drop": []}  # fmt: skip
    wall, cpu = time.perf_counter(), time.process_time()
    outcome = editor.perform(event, ctx)
    assert outcome.ok, outcome.message
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def store_side(url: str, events: int, others: int) -> list[tuple[str, str, float, float]]:
    """(event, path, median wall ms, median CPU ms) of unsaved events along each path (PATHS),
    taken in turn (one event of each path, then again), so that a machine's load drifting
    meanwhile weighs on every path alike."""
    store = Store.open(url)
    try:
        aid = aligned(store, "live", 20)
        _others(store, aid, others)
        ctx = _context(store, aid)
        notes = {path: make(store) for path, make in PATHS.items()}
        found = []
        seq = 1
        for event, keep in (("typing pause (1 text)", True), ("beat (empty)", False)):
            times: dict[str, list[tuple[float, float]]] = {path: [] for path in notes}
            for k in range(events + 20):  # the first 20 warm up
                for path, note in notes.items():
                    store.note_unsaved = note  # type: ignore[method-assign,assignment]
                    seq += 1
                    took = _event(ctx, keep, seq)
                    if k >= 20:
                        times[path].append(took)
            for path, pairs in times.items():
                found.append(
                    (event, path, median([w for w, _ in pairs]), median([c for _, c in pairs]))
                )
        return found
    finally:
        store.close()


Note = Callable[[str, str, Sequence[UnsavedText], Collection[Key]], None]


def _before(store: Store) -> Note:
    """Before sacred19: the texts kept and dropped, the tab never marked heard from."""

    def note(
        reviewer: str, client: str, keep: Sequence[UnsavedText], drop: Collection[Key]
    ) -> None:
        store.drop_unsaved(drop)
        store.keep_unsaved(keep)

    return note


def _sacred19(store: Store) -> Note:
    """sacred19: the same, then ``heard_from`` in a transaction of its own."""
    before = _before(store)

    def note(
        reviewer: str, client: str, keep: Sequence[UnsavedText], drop: Collection[Key]
    ) -> None:
        before(reviewer, client, keep, drop)
        with store.transaction() as s:  # sacred19's heard_from, its ORM bookkeeping too
            s.execute(
                update(UnsavedTextRow)
                .where(UnsavedTextRow.reviewer == reviewer, UnsavedTextRow.client == client)
                .values(updated_at=utcnow())
            )

    return note


PATHS: dict[str, Callable[[Store], Note]] = {
    "no heard_from (before sacred19)": _before,
    "heard_from, a transaction of its own (sacred19)": _sacred19,
    "heard_from in the same transaction (app21)": lambda store: store.note_unsaved,
}


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else 0.0


def _cpu(pid: int) -> float:
    """Seconds of CPU the process ``pid`` has used (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# Each page notes every event it sent until it was acknowledged (data-pending 0 → n → 0):
# its round trip, in the page's clock.
_WATCH = """(app) => {
    const seen = window.__trips = [];
    let since = null;
    new MutationObserver(() => {
        const n = Number(app.dataset.pending);
        if (n > 0 && since === null) since = performance.now();
        if (n === 0 && since !== null) { seen.push(performance.now() - since); since = null; }
    }).observe(app, {attributes: true, attributeFilter: ['data-pending']});
    window.__from = performance.now();
}"""
_RECEIVED = """() => performance.getEntriesByName('wb-receive')
    .filter(e => e.startTime > window.__from).map(e => e.duration)"""


def _open(browser: Any, url: str, doc: str, bead: int, typed: bool) -> Any:
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(f"{url}/?page=review&doc={doc}&to=de&reviewer=ana{bead}&bead={bead}")
    page.locator(".wb-bead.cur").wait_for()
    page.locator('.wb-review[data-pending="0"]').wait_for()
    if typed:
        area = page.locator('.wb-ed-text[data-side="fr"]')
        area.click()
        page.keyboard.press("End")
        page.keyboard.type(" Texte tapé.")
        area.press("Escape")
        page.locator('.wb-review[data-pending="0"]').wait_for()
    return page


def page_side(
    browser: Any, url: str, pid: int, doc: str, tabs: int, seconds: float
) -> list[tuple[str, float, int, float, float]]:
    """(path, server CPU s, beats, median round trip ms, median wb-receive ms)."""
    found = []
    for path, typed in (("tabs holding a draft (beat every 20 s)", True), ("no draft", False)):
        pages = [_open(browser, url, doc, 10 + k, typed) for k in range(tabs)]
        pages[0].wait_for_timeout(1000)
        for page in pages:
            page.locator(".wb-review").evaluate(_WATCH)
        before = _cpu(pid)
        pages[0].wait_for_timeout(seconds * 1000)
        used = _cpu(pid) - before
        trips = [t for p in pages for t in p.evaluate("() => window.__trips")]
        received = [d for p in pages for d in p.evaluate(_RECEIVED)]
        for page in pages:
            page.close()
        found.append((path, used, len(trips), median(trips), median(received)))
    return found


def measure(kind: str, args: Any, browser: Any, folder: Path) -> list[str]:
    lines = [f"### {kind}", ""]
    with database(kind, folder, "liveness", DURABLE) as url:
        rows = store_side(url, args.events, args.others)
        lines += [f"Store: {args.events} `unsaved` events of one tab among {args.others} "
                  "other tabs' rows (ms per event)", "",
                  "| event | path | wall (median) | this process's CPU (median) |",
                  "|---|---|---|---|"]  # fmt: skip
        lines += [f"| {e} | {p} | {m:.2f} | {a:.2f} |" for e, p, m, a in rows]
        store = Store.open(url)
        aligned(store, "beats", args.beads)
        store.close()
        port = free_port()
        process = launch(url, port, log=folder / f"{kind}.log")
        try:
            wait_healthy(f"http://127.0.0.1:{port}", process, 60.0)
            found = page_side(browser, f"http://127.0.0.1:{port}", process.pid, "beats",
                              args.tabs, args.seconds)  # fmt: skip
        finally:
            stop(process)
    lines += ["", f"Page: {args.tabs} tabs on {args.beads} beads, left alone {args.seconds:.0f} s",
              "", "| path | server CPU (s) | beats | per beat (server CPU ms) "
              "| round trip (ms, median) | editor's work (ms, median) |",
              "|---|---|---|---|---|---|"]  # fmt: skip
    idle = found[-1][1]
    for path, used, beats, trip, work in found:
        per = f"{(used - idle) * 1000 / beats:.0f}" if beats else "–"
        lines.append(f"| {path} | {used:.2f} | {beats} | {per} | {trip:.0f} | {work:.1f} |")
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--others", type=int, default=2000)
    parser.add_argument("--tabs", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=80.0)
    parser.add_argument("--beads", type=int, default=2000)
    parser.add_argument("--kinds", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = ["# Liveness costs: heard_from and the 20 s beat", "",
           f"`{' '.join(['bench/app_liveness.py', *sys.argv[1:]])}`", ""]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        for kind in args.kinds:
            out += measure(kind, args, browser, Path(tmp))
        browser.close()
    RESULTS.write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
