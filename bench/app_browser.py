"""The review app in a real browser: first render of a long document, and each action's time.

Stores N beads of real text (the Text+Berg dev gold alignment, French | German,
repeated: its 1:1, 1:2, 2:1 and 0:n beads) through the store API, serves the app
with `streamlit run app.py`, and drives Debian's Chromium with Playwright:

- first render: from navigation to the Review page until the parallel text and
  the editor of the first bead are shown;
- next (J), a click on a row: from the key press (or click) until the editor shows
  the new bead: navigation never waits for the server;
- confirm (Y), merge (M), split (S), save (Ctrl+Enter), undo (U): from the key press
  until the server has stored the edit and the page shows the new revision (every
  event acknowledged).

The same measures run, in the same run and on a copy of the same store, on the
code of other commits (``--baseline``, default ``main``: their files taken with
``git archive``, served by the same Python), and on a one-button Streamlit app,
the framework's own floor for a server round trip. Both review apps are served
at once and measured in alternate rounds, one sample of each measure per round,
so on a shared machine the load falls on both alike: the ratio to the baseline
is the figure to read.

Goals (issue 12): first render under 2 s for 2,000 beads, navigation under 150 ms,
an edit under 300 ms. Run: .venv/bin/python bench/app_browser.py [--beads 2000 5000]
[--actions 10] [--baseline main [another commit ...]]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.parallel_fixture import gold_beads, store_parallel  # noqa: E402
from tests.streamlit_server import APP as APP_FILE  # noqa: E402
from tests.streamlit_server import CHROMIUM, running_app  # noqa: E402
from workbench.store import Store  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RESULTS = ROOT / "bench" / "results" / "app_browser.md"
VIEWPORT: ViewportSize = {"width": 1440, "height": 1000}
APP = ".wb-review"
# The editor lives in a shadow root: these reach into it from the page.
HOST = '[data-testid="stBidiComponentIsolated"]'
_APP_JS = f"document.querySelector('{HOST}').shadowRoot.querySelector('{APP}')"
_TITLE_JS = f"document.querySelector('{HOST}').shadowRoot.querySelector('.wb-ed-title')"
# The server has answered every event sent (a stored edit shows with its new revision).
_STORED = f"() => {_APP_JS}.dataset.pending === '0'"
_REFUSED = f"() => {_APP_JS}.querySelector('.wb-message').className.includes('error')"


# The page is shown: the script idle, ``shown`` on the page (in the editor's title when there
# is an editor, else in the page's text) and ``element`` in the editor. Checked in the page
# before every frame; the first time it holds, the time is noted once that frame is painted
# (a task posted from requestAnimationFrame runs after the frame), on the page's own clock.
_SHOWN = f"""([shown, element]) => {{
    if (!document.querySelector('{IDLE}')) return false;
    const host = document.querySelector('{HOST}');
    const root = host && host.shadowRoot;
    if (root) {{
        const title = root.querySelector('.wb-ed-title');
        if (!title || !title.textContent.includes(shown)) return false;
        if (element && !root.querySelector(element)) return false;
    }} else if (!document.body.innerText.includes(shown)) return false;
    if (!window.__shownSeen) {{
        window.__shownSeen = true;
        setTimeout(() => {{ window.__shownAt = performance.now(); }}, 0);
    }}
    return window.__shownAt !== undefined;
}}"""


def first_render(page: Any, url: str, shown: str, element: str = "") -> float:
    """Seconds from navigation until ``shown`` (and ``element``) is on the page, script idle.

    The page's own clock (its time origin is the navigation's start): the
    driver's round trips once the page is shown are not the reviewer's wait.
    """
    page.goto(url)
    page.wait_for_function(_SHOWN, arg=[shown, element], polling="raf", timeout=60_000)
    return float(page.evaluate("() => window.__shownAt")) / 1000


def action(page: Any, key: str, acknowledgement: str) -> float:
    """Seconds from a key press until the page says ``acknowledgement`` and is idle."""
    start = time.perf_counter()
    page.keyboard.press(key)
    page.get_by_text(acknowledgement).first.wait_for(timeout=30_000)
    page.locator(IDLE).wait_for(timeout=30_000)
    return time.perf_counter() - start


def _mark(page: Any) -> str:
    """Start a clock in the page; return the editor's revision and title as they are."""
    return str(page.evaluate(
        f"() => {{ window.__t0 = performance.now(); const a = {_APP_JS};"
        f" return a.dataset.ready + '|' + {_TITLE_JS}.textContent; }}"
    ))  # fmt: skip


def _elapsed(page: Any) -> float:
    return float(page.evaluate("() => performance.now() - window.__t0")) / 1000


def navigation(page: Any, press: Any, painted: list[float] | None = None) -> float:
    """Seconds (page clock) from ``press()`` until the editor shows another bead.

    With ``painted`` (and :func:`watch_paint` run on the page), the page's own
    time from the input event to the first frame after the editor changed is
    appended to it: the latency a reviewer sees, without the driver's round trips.
    """
    page.wait_for_timeout(SETTLE_MS)
    before = _mark(page).split("|", 1)[1]
    press()
    page.wait_for_function(f"(t) => {_TITLE_JS}.textContent !== t", arg=before)
    elapsed = _elapsed(page)
    if painted is not None:
        page.wait_for_function("() => window.__painted.length > 0")
        painted.append(float(page.evaluate("() => window.__painted.shift()")) / 1000)
    return elapsed


# Each move is timed from a page at rest: what the move before left to do once the keys
# pause (the link following the cursor) is not counted in the next one.
SETTLE_MS = 400

# The page's own clock from an input event (its timeStamp) to the frame after the editor's
# title changed: requestAnimationFrame runs before that frame is painted, a task posted
# from it after. Listeners on window in the capture phase see every key and pointer press.
_WATCH_PAINT = f"""() => {{
    window.__painted = [];
    let pressed = null;
    const note = (e) => {{ pressed = e.timeStamp; }};
    window.addEventListener("keydown", note, true);
    window.addEventListener("click", note, true);  // the button released: the click is made
    // the editor's own key listener may run first and change the title before note() runs:
    // the press is read once the frame is drawn, when both have run
    new MutationObserver(() => requestAnimationFrame(() => setTimeout(() => {{
        if (pressed === null) return;
        window.__painted.push(performance.now() - pressed);
        pressed = null;
    }}, 0))).observe({_TITLE_JS}, {{childList: true, characterData: true, subtree: true}});
}}"""


def watch_paint(page: Any) -> None:
    """Start the page's input-to-paint clock (see ``_WATCH_PAINT``); warm the driver's polling.

    Playwright compiles its injected script into the page on the first
    ``wait_for_function``: done here, outside any timed span, so that the first
    navigation timed counts the app's work and not the driver's setup.
    """
    page.wait_for_function("() => true")
    page.evaluate(_WATCH_PAINT)


class Refused(Exception):
    """The app refused an edit (its message says why): no time to count."""


def browser_busy(cdp: Any) -> float:
    """Seconds the page's renderer has spent in tasks so far (Chromium's ``TaskDuration``):
    over an edit, the page's own work as against waiting for the server (a wall time
    inside tasks, so a loaded machine stretches it too)."""
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return float(next(m["value"] for m in metrics if m["name"] == "TaskDuration"))


def edit(page: Any, press: Any, cdp: Any = None, busy: list[float] | None = None) -> float:
    """Seconds (page clock) from ``press()`` until the edit is stored and shown (new revision).

    With ``cdp`` (a CDP session of ``page``), the seconds the renderer was busy
    over the same span are appended to ``busy``.
    """
    before = browser_busy(cdp) if cdp is not None else 0.0
    _mark(page)
    press()
    page.wait_for_function(_STORED)
    elapsed = _elapsed(page)
    if cdp is not None and busy is not None:
        busy.append(browser_busy(cdp) - before)
    if page.evaluate(_REFUSED):
        raise Refused(page.locator(".wb-message").inner_text())
    return elapsed


def _save(page: Any, k: int) -> None:
    area = page.locator('.wb-ed-text[data-side="cp"]')
    area.fill(f"Texte revu {k}.")
    _mark(page)  # the clock starts at the save, not at the typing
    area.press("Control+Enter")
    page.keyboard.press("Escape")
    page.keyboard.press("j")  # the next save is another bead's


def warm(context: Any, url: str, review: str, shown: str) -> None:
    """Visit the app's root page and then the Review page in ``context``, and close both tabs.

    Each waits until its page is shown and idle, so that no page measured
    after shares the cores with their start.
    """
    root = context.new_page()
    root.goto(url)
    root.get_by_text("Alignment workbench").first.wait_for(timeout=60_000)
    root.locator(IDLE).wait_for(timeout=60_000)
    page = context.new_page()
    first_render(page, review, "Bead 1 of", shown)
    page.close()
    root.close()


def received_mb(context: Any, url: str, shown: str) -> float:
    """Megabytes the page received over Streamlit's websocket until ``shown`` (not timed:
    the browser's protocol listening in would slow what it measures)."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    frames: list[int] = []

    def note(event: dict[str, Any]) -> None:
        data = event["response"]["payloadData"]
        binary = event["response"]["opcode"] == 2  # sent base64-encoded
        frames.append(len(data) * 3 // 4 if binary else len(data.encode("utf-8")))

    cdp.on("Network.webSocketFrameReceived", note)
    first_render(page, url, shown, ".wb-bead.cur")
    page.close()
    return sum(frames) / 1e6


def review_app(
    browser: Any,
    url: str,
    n: int,
    repeats: int,
    new_server: bool = True,
    small_first: bool = True,
) -> dict[str, list[float]]:
    """Measure the review editor on the document of ``n`` beads.

    ``new_server``: the first render counts as the server's first (its caches
    cold); otherwise every fresh browser context is a first visit only.
    ``small_first``: the 50-bead document's first render is timed before the
    ``n``-bead one's in the first of the ``repeats`` (then in turn).
    """
    times: dict[str, list[float]] = {
        COLD: [], "first render, empty browser cache": [],
        "first render": [], "first render, 50-bead document": [], "next (J)": [],
        "click on a row": [], "next (J), input to paint": [], "click, input to paint": [],
        "confirm (Y)": [], "merge (M)": [], "split (S)": [],
        "save (Ctrl+Enter)": [], "undo (U)": [],
        **{f"{e}: browser busy": [] for e in EDITS}, "first render: MB received": [],
    }  # fmt: skip
    target = f"{url}/?page=review&doc=gold_{n}&to=de&reviewer=bench"
    bead = ".wb-bead.cur"
    for k in range(repeats + 1):  # a fresh browser context has an empty cache
        if k == 0 and not new_server:
            continue
        context = browser.new_context(viewport=VIEWPORT)
        label = "first render, empty browser cache" if k else COLD
        times[label].append(first_render(context.new_page(), target, f"Bead 1 of {n}", bead))
        context.close()
    # A reviewer who has used the app before: their browser holds its scripts, the Review
    # page's too, compiled (Chromium keeps the code of a script run more than once). The
    # 50-bead document was measured first, in a tab opened as the root page's was still
    # starting, with the Review page's scripts not yet fetched: 2.9-3.2 s against 1.9 s
    # for 2,000 beads, and either document measured in that place took as long
    # (bench/app_trace.py --first-render). Both are now measured alike, in turn first.
    context = browser.new_context(viewport=VIEWPORT)
    warm(context, url, f"{url}/?page=review&doc=gold_50&to=de&reviewer=bench", bead)
    small = f"{url}/?page=review&doc=gold_50&to=de&reviewer=bench"
    renders = [
        ("first render, 50-bead document", small, "Bead 1 of 50"),
        ("first render", target, f"Bead 1 of {n}"),
    ]
    editing = None  # the tab of the last n-bead render: the actions are timed in it
    for k in range(repeats):  # what the page costs whatever the document's length
        for label, where, shown in renders if (k % 2 == 0) == small_first else renders[::-1]:
            page = context.new_page()
            times[label].append(first_render(page, where, shown, bead))
            if label == "first render" and editing is None:
                editing = page
            else:
                page.close()  # one tab at a time, as a reviewer works
    times["first render: MB received"].append(received_mb(context, target, f"Bead 1 of {n}"))
    assert editing is not None  # the first render's tab, kept open for the edits
    page = editing
    keys = page.keyboard
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")

    def timed(label: str, press: Any) -> None:
        times[label].append(edit(page, press, cdp, times[f"{label}: browser busy"]))

    watch_paint(page)
    for k in range(repeats):
        times["next (J)"].append(
            navigation(page, lambda: keys.press("j"), times["next (J), input to paint"])
        )
        row = page.locator(f'.wb-bead[data-i="{(k * 7) % 60 + 1}"]')
        if row.get_attribute("class") and "cur" in str(row.get_attribute("class")):
            row = page.locator('.wb-bead[data-i="0"]')
        # the pointer goes where a reviewer's would, found before the clock starts: a
        # locator's click would also wait for the row to hold still over two frames
        row.scroll_into_view_if_needed()
        box = row.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        times["click on a row"].append(
            navigation(
                page, lambda x=x, y=y: page.mouse.click(x, y), times["click, input to paint"]
            )
        )
    for _ in range(repeats):
        timed("confirm (Y)", lambda: keys.press("y"))
    for _ in range(repeats):  # merge a bead with the next, then split it where they met
        timed("merge (M)", lambda: keys.press("m"))
        timed("split (S)", lambda: keys.press("s"))
    for k in range(repeats):
        page.keyboard.press("Enter")  # into the editor
        timed("save (Ctrl+Enter)", lambda k=k: _save(page, k))
    for _ in range(repeats):
        try:
            timed("undo (U)", lambda: keys.press("u"))
        except Refused as exc:
            print(f"undo refused: {exc}", file=sys.stderr)
            break
    context.close()
    return times


BASELINE_APP = """
import streamlit as st
st.session_state.setdefault("n", 0)
def add(): st.session_state["n"] += 1
st.button("Add", shortcut="Y", on_click=add)
st.write(f"count {st.session_state['n']} shown")
"""


def baseline(browser: Any, url: str, repeats: int) -> dict[str, list[float]]:
    """The same measures on a one-button Streamlit app: the framework's own floor."""
    context = browser.new_context(viewport=VIEWPORT)
    context.new_page().goto(url)
    times: dict[str, list[float]] = {"baseline: first render": [], "baseline: action": []}
    for _ in range(repeats):
        page = context.new_page()
        times["baseline: first render"].append(first_render(page, url, "count 0 shown"))
    for i in range(repeats):  # a click: a shortcut needs the page focused, which varies
        start = time.perf_counter()
        page.get_by_role("button", name="Add").click()
        page.get_by_text(f"count {i + 1} shown").first.wait_for(timeout=30_000)
        page.locator(IDLE).wait_for(timeout=30_000)
        times["baseline: action"].append(time.perf_counter() - start)
    context.close()
    return times


def checkout(ref: str, folder: Path) -> Path:
    """The app of commit ``ref`` (its tracked files, via git archive) in ``folder``."""
    folder.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "app.py"


def at_revision(db: Path, tree: Path) -> None:
    """Mark a copy of the store as at ``tree``'s schema revision, so older code opens it.

    Later migrations only add columns and indexes that older code never reads
    (0003: ``segments.meta``), so the rows stay valid for it as they are.
    """
    engine_py = (tree / "workbench" / "store" / "engine.py").read_text(encoding="utf-8")
    found = re.search(r'HEAD_REVISION\s*=\s*"([^"]+)"', engine_py)
    if found is None:
        return
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (found.group(1),))


COLD = "first render, new server and browser"


def cold_renders(
    browser: Any, n: int, rounds: int, apps: list[tuple[Path, Path, dict[str, list[float]]]]
) -> None:
    """Add ``rounds`` more first renders after a server start to each app's times.

    ``apps``: (store, app file, the times to add to) for this checkout and each
    baseline. Every round starts each server afresh, one after the other and in
    turn first, and opens the page in a new browser context: the figure the
    single cold render of ``review_app`` gave was one sample whose order flipped
    between sizes (session 15).
    """
    target = f"/?page=review&doc=gold_{n}&to=de&reviewer=bench"
    for k in range(rounds):
        for db, app, into in apps[k % len(apps) :] + apps[: k % len(apps)]:
            with running_app(db, log=db.with_suffix(f".cold{k}.log"), app=app) as url:
                context = browser.new_context(viewport=VIEWPORT)
                page = context.new_page()
                into.setdefault(COLD, []).append(
                    first_render(page, url + target, f"Bead 1 of {n}", ".wb-bead.cur")
                )
                context.close()


def measure(
    n: int, repeats: int, refs: list[str], cold: int = 0
) -> tuple[dict[str, list[float]], dict[str, dict[str, list[float]]]]:
    """(this checkout's times and the one-button app's, each of ``refs``' times).

    All the apps are served at once and measured in alternate rounds (one
    sample of each measure per round, the order turned every round), so a
    shared machine's load falls on all alike and the ratios stay readable.
    ``cold``: that many more first renders after a server start for each app
    (`cold_renders`).
    """
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp_, sync_playwright() as p, ExitStack() as apps:
        tmp = Path(tmp_)
        db = tmp / "bench.db"
        store = Store.open(str(db))
        store_parallel(store, f"gold_{n}", gold_beads(n), cp_lang="de")
        store_parallel(store, "gold_50", gold_beads(50)[::-1], cp_lang="de")  # another text
        store.close()
        times: dict[str, list[float]] = {}
        before: dict[str, dict[str, list[float]]] = {ref: {} for ref in refs}
        runs = [(apps.enter_context(running_app(db, log=tmp / "server.log")), times)]
        served_refs: list[tuple[Path, Path, dict[str, list[float]]]] = []
        for k, ref in enumerate(refs):
            db_ref = tmp / f"ref{k}.db"
            shutil.copyfile(db, db_ref)
            ref_app = checkout(ref, tmp / f"ref{k}")
            at_revision(db_ref, ref_app.parent)
            # the ref app's folder comes first on its server's path: it imports its own workbench
            log = tmp / f"ref{k}.log"
            served = apps.enter_context(running_app(db_ref, log=log, app=ref_app))
            runs.append((served, before[ref]))
            served_refs.append((db_ref, ref_app, before[ref]))
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        # the browser's very first page pays for starting its processes: not any app
        warm = browser.new_page()
        warm.goto(f"{runs[0][0]}/_stcore/health")
        warm.close()
        for k in range(repeats):
            for where, into in runs[k % len(runs) :] + runs[: k % len(runs)]:
                for label, values in review_app(browser, where, n, 1, k == 0, k % 2 == 0).items():
                    into.setdefault(label, []).extend(values)
        apps.close()
        cold_renders(browser, n, cold, [(db, APP_FILE, times), *served_refs])
        hello = tmp / "baseline.py"
        hello.write_text(BASELINE_APP, encoding="utf-8")
        with running_app(db, app=hello) as url:
            times.update(baseline(browser, url, repeats))
        browser.close()
    return times, before


EDITS = ("confirm (Y)", "merge (M)", "split (S)", "save (Ctrl+Enter)", "undo (U)")
GOALS = {
    "next (J)": 0.15, "click on a row": 0.15, "confirm (Y)": 0.3, "merge (M)": 0.3,
    "split (S)": 0.3, "save (Ctrl+Enter)": 0.3, "undo (U)": 0.3, "baseline: action": 0.3,
    "next (J), input to paint": 0.15, "click, input to paint": 0.15,
}  # fmt: skip


def table(
    times: dict[str, list[float]],
    before: dict[str, dict[str, list[float]]],
    n: int,
    load: tuple[float, float],
    command: str,
) -> str:
    refs = list(before)
    lines = [
        f"# Review app in Chromium: {n}-bead document",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, Debian chromium headless; load average {load[0]:.1f} "
        f"before and {load[1]:.1f} after the run (other work shared the cores). Command: "
        f"`{command}`. Medians; ratio = this code's median / the commit's, all measured in "
        "alternate rounds of the same run.",
        "",
        "| measure | runs | median (s) | min (s) | max (s) | "
        + "".join(f"{ref} median (s) | ratio | " for ref in refs)
        + "goal (s) | met |",
        "|---|---:|---:|---:|---:|" + "---:|---:|" * len(refs) + "---:|---|",
    ]
    for label, values in times.items():
        if not values:
            continue
        median, goal = statistics.median(values), GOALS.get(label, 2.0)
        cells = ""
        for ref in refs:
            old = before[ref].get(label)
            ref_median = f"{statistics.median(old):.3f}" if old else ""
            ratio = f"{median / statistics.median(old):.2f}" if old else ""
            cells += f"| {ref_median} | {ratio} "
        lines.append(
            f"| {label} | {len(values)} | {median:.3f} | {min(values):.3f} | {max(values):.3f} "
            + cells
            + (
                "| | |"
                if label.endswith(("busy", "MB received"))
                else f"| {goal:g} | {'yes' if median <= goal else 'no'} |"
            )
        )
    lines += [
        "",
        "First render: navigation to the Review page until the script is idle with the parallel",
        "text and the editor of bead 1 shown; 'empty browser cache' is a first visit (Streamlit's",
        "scripts downloaded again), plain 'first render' a reviewer who has used the app before.",
        "Navigation (J, a click): the page's own clock from the press until the editor shows the",
        "new bead (a click is the pointer pressed on the row, found before the clock starts;",
        "each move from a page at rest, 0.4 s after the one before);",
        "'input to paint', the page's clock from the input event's time stamp to the first",
        "frame after the editor changed (the driver's round trips left out). Edits: the page's",
        "clock from the press until the server stored the edit and the page shows the new",
        "revision. Baseline: a one-button Streamlit app, the framework's",
        "floor for a server round trip (its action is a click until the new count shows).",
        "Browser busy: the seconds the renderer spent in tasks over an edit (Chromium's",
        "TaskDuration), the page's own work as against waiting for the server.",
        "MB received: what the page of the n-bead document received over Streamlit's",
        "websocket until shown (a first render of its own, not timed; megabytes, not seconds).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--actions", type=int, default=10)
    parser.add_argument(
        "--baseline", nargs="+", default=["main"], help="the commit(s) to compare with"
    )
    parser.add_argument(
        "--cold",
        type=int,
        default=0,
        help="this many more first renders after a server start, each app in turn",
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("needs Debian package chromium (/usr/bin/chromium)")
    tables = []
    command = ".venv/bin/python bench/app_browser.py " + " ".join(sys.argv[1:])
    for n in args.beads:
        load = os.getloadavg()[0]
        times, before = measure(n, args.actions, args.baseline, args.cold)
        tables.append(table(times, before, n, (load, os.getloadavg()[0]), command))
    text = "\n".join(tables)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
