"""Where the review editor's navigation time goes: a Chromium trace of J and of row clicks.

bench/app_browser.py times navigation from the outside (the press until the editor
shows another bead). This script says what the browser did meanwhile, for this
checkout and other commits side by side (``--baseline``), on the same store of N
beads: it records a Chromium performance trace (Playwright's ``start_tracing``,
category ``devtools.timeline``) around ``--presses`` presses of J, then around as
many clicks on rows, and sums the renderer main thread's work per press:

- input: the key or click event's dispatch, our handlers included (component JS);
- style and layout: style recalculation (``UpdateLayoutTree``) and ``Layout``,
  wherever they ran (forced inside our JS, or in the frame after it);
- paint: ``PrePaint``, ``Paint``, ``Layerize``, ``Commit``;
- other JS: script run outside the input handlers (Streamlit, React, Playwright's
  polling for the new title);
- websocket frames sent: navigation must send none (nothing goes to the server).

Run: .venv/bin/python bench/app_trace.py [--beads 2000] [--presses 20] [--baseline 3bd35fd ...]
Writes bench/results/app_trace.md and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app_browser import (  # noqa: E402  (a sibling: bench/ is on sys.path)
    VIEWPORT,
    at_revision,
    checkout,
    first_render,
    navigation,
)

from tests.parallel_fixture import gold_beads, store_parallel  # noqa: E402
from tests.streamlit_server import CHROMIUM, running_app  # noqa: E402
from workbench.store import Store  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "app_trace.md"
CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"]
STYLE_LAYOUT = ("UpdateLayoutTree", "Layout")
PAINT = ("PrePaint", "Paint", "Layerize", "Commit", "UpdateLayer", "CompositeLayers")
GC = ("MinorGC", "MajorGC", "V8.GC_SCAVENGER", "BlinkGC.AtomicPhase")


def _main_thread(events: list[dict[str, Any]]) -> tuple[int, int] | None:
    """(pid, tid) of the renderer main thread that ran the editor's key handler."""
    names = {
        (e["pid"], e["tid"]): e["args"]["name"]
        for e in events
        if e.get("ph") == "M" and e.get("name") == "thread_name"
    }
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for e in events:
        if e.get("name") == "EventDispatch" and names.get((e["pid"], e["tid"])) == "CrRendererMain":
            counts[(e["pid"], e["tid"])] += 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _process_cpu(events: list[dict[str, Any]]) -> dict[str, float]:
    """Microseconds of CPU per process kind (browser, GPU, renderers), top-level events only."""
    kinds = {
        e["pid"]: e["args"]["name"]
        for e in events
        if e.get("ph") == "M" and e.get("name") == "process_name"
    }
    threads: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and "tdur" in e:
            threads[(e["pid"], e["tid"])].append(e)
    cpu: dict[str, float] = defaultdict(float)
    for (pid, _tid), xs in threads.items():
        end = -1
        for e in sorted(xs, key=lambda e: (e["ts"], -e.get("dur", 0))):
            if e["ts"] >= end:  # nested events are inside their parent's time
                cpu[kinds.get(pid, "other")] += e["tdur"]
                end = e["ts"] + e.get("dur", 0)
    return cpu


def summarise(trace: Path, presses: int, kind: str) -> dict[str, float]:
    """Milliseconds per press, by where the main thread's time went (see the docstring)."""
    events = json.loads(trace.read_text(encoding="utf-8"))["traceEvents"]
    main = _main_thread(events)
    if main is None:
        return {}
    ours = sorted(
        (e for e in events if (e.get("pid"), e.get("tid")) == main and e.get("ph") == "X"),
        key=lambda e: (e["ts"], -e.get("dur", 0)),
    )
    inputs = [
        e for e in ours
        if e["name"] == "EventDispatch" and e.get("args", {}).get("data", {}).get("type") == kind
    ]  # fmt: skip
    spans = [(e["ts"], e["ts"] + e.get("dur", 0)) for e in inputs]

    def inside(e: dict[str, Any]) -> bool:
        return any(a <= e["ts"] < z for a, z in spans)

    total: dict[str, float] = defaultdict(float)
    for e in inputs:
        total["input handler (component JS + forced layout)"] += e.get("tdur", 0)
    for e in ours:
        dur = e.get("tdur", 0)  # CPU time: on a shared machine, wall time is mostly waiting
        if e["name"] in STYLE_LAYOUT:
            total["style + layout (all)"] += dur
            if inside(e):
                total["  of which forced inside the handler"] += dur
        elif e["name"] in PAINT:
            total["paint + composite"] += dur
        elif e["name"] in GC:
            total["garbage collection"] += dur
        elif e["name"] in ("FunctionCall", "EvaluateScript", "TimerFire", "FireAnimationFrame"):
            if not inside(e):
                total["other JS (Streamlit/React, the bench's polling)"] += dur
        elif e["name"] == "RunTask":
            total["renderer main thread, all tasks"] += dur
    layouts = [e for e in ours if e["name"] == "Layout"]
    nodes = [
        int(e.get("args", {}).get("beginData", {}).get("dirtyObjects", 0) or 0) for e in layouts
    ]
    styles = [
        int(e.get("args", {}).get("elementCount", 0) or 0)
        for e in ours
        if e["name"] == "UpdateLayoutTree"
    ]
    for name, cpu in _process_cpu(events).items():
        total[f"CPU of {name} (all threads)"] = cpu
    per = {k: v / 1000 / presses for k, v in total.items()}
    per["layouts per press"] = len(layouts) / presses
    per["objects laid out per press"] = sum(nodes) / presses
    per["elements restyled per press"] = sum(styles) / presses
    return per


def traced(
    browser: Any, page: Any, path: Path, presses: int, press: Any, sent: list[int]
) -> tuple[list[float], int]:
    """(seconds per navigation, websocket frames sent) over ``presses`` traced presses."""
    before = len(sent)
    browser.start_tracing(page=page, path=str(path), categories=CATEGORIES)
    times = [navigation(page, lambda k=k: press(k)) for k in range(presses)]
    browser.stop_tracing()
    return times, len(sent) - before


def one_app(browser: Any, url: str, n: int, presses: int, folder: Path) -> dict[str, Any]:
    context = browser.new_context(viewport=VIEWPORT)
    context.new_page().goto(url)
    page = context.new_page()
    target = f"{url}/?page=review&doc=gold_{n}&to=de&reviewer=bench"
    first_render(page, target, f"Bead 1 of {n}", ".wb-bead.cur")
    sent: list[int] = []
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.on("Network.webSocketFrameSent", lambda _e: sent.append(1))
    for _ in range(3):  # warm: the first presses compile the handlers
        navigation(page, lambda: page.keyboard.press("j"))
    j_times, j_sent = traced(
        browser, page, folder / "j.json", presses, lambda _k: page.keyboard.press("j"), sent
    )

    def click(k: int) -> None:
        i = (k * 7) % 60 + 1
        row = page.locator(f'.wb-bead[data-i="{i}"]')
        if "cur" in str(row.get_attribute("class")):
            row = page.locator('.wb-bead[data-i="0"]')
        row.click()

    c_times, c_sent = traced(browser, page, folder / "click.json", presses, click, sent)
    context.close()
    return {
        "J": (j_times, j_sent, summarise(folder / "j.json", presses, "keydown")),
        "click": (c_times, c_sent, summarise(folder / "click.json", presses, "click")),
    }


# Installed before the page's own scripts: the times (page clock, ms from the navigation's
# start) when the script started and stopped running on the server (Streamlit's
# data-test-script-state) and when the editor got its data and was done with it.
_MARKS = """(() => {
    const marks = window.__marks = {};
    const note = (name) => { if (!(name in marks)) marks[name] = performance.now(); };
    new MutationObserver(() => {
        const app = document.querySelector('[data-testid="stApp"]');
        const state = app && app.getAttribute('data-test-script-state');
        if (state === 'running') note('script running');
        if (state === 'notRunning' && 'script running' in marks) note('script done');
    }).observe(document, {
        subtree: true, attributes: true, attributeFilter: ['data-test-script-state'],
    });
    new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
            if (e.name !== 'wb-receive') continue;
            note('editor has the data');
            marks['editor has the data'] = e.startTime;
            note('editor built');
            marks['editor built'] = e.startTime + e.duration;
        }
    }).observe({entryTypes: ['measure']});
})()"""
STAGES = ("script running", "script done", "editor has the data", "editor built", "shown")


def first_renders(browser: Any, url: str, n: int, rounds: int) -> dict[str, list[dict[str, float]]]:
    """The 50-bead and the ``n``-bead documents' first renders, by place and stage.

    Each round, as bench/app_browser.py measured them until session 11: a new
    browser context opens the app's root page, then, without waiting for it,
    four Review pages in new tabs, the two documents in turn (one round the
    50-bead one first, the next round the other). Returns "<document> at
    <place>" → each render's stage marks (ms from the navigation's start).
    """
    docs = {"50": ("gold_50", 50), str(n): (f"gold_{n}", n)}
    found: dict[str, list[dict[str, float]]] = defaultdict(list)
    for k in range(rounds):
        order = ["50", str(n)] if k % 2 == 0 else [str(n), "50"]
        context = browser.new_context(viewport=VIEWPORT)
        context.add_init_script(_MARKS)
        context.new_page().goto(url)
        for place, which in enumerate(order * 2, start=1):
            name, beads = docs[which]
            page = context.new_page()
            target = f"{url}/?page=review&doc={name}&to=de&reviewer=bench"
            shown = first_render(page, target, f"Bead 1 of {beads}", ".wb-bead.cur")
            marks = dict(page.evaluate("() => window.__marks"))
            found[f"{which} beads, tab {place}"].append({**marks, "shown": 1000 * shown})
        context.close()
    return found


def first_render_table(found: dict[str, list[dict[str, float]]]) -> list[str]:
    import statistics

    lines = [
        "| document, tab after the root page's | renders | "
        + " | ".join(STAGES) + " |",
        "|---|---:|" + "---:|" * len(STAGES),
    ]  # fmt: skip
    for label in sorted(found, key=lambda x: (int(x.split()[0]), x)):
        rows = found[label]
        cells = [
            f"{statistics.median(r[s] for r in rows if s in r):.0f}"
            if any(s in r for r in rows) else ""
            for s in STAGES
        ]  # fmt: skip
        lines.append(f"| {label} | {len(rows)} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, default=2000)
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--baseline", nargs="+", default=["3bd35fd"])
    parser.add_argument("--keep", type=Path, help="keep the traces in this folder")
    parser.add_argument(
        "--first-render", type=int, metavar="ROUNDS", default=0,
        help="instead: the first renders of a 50-bead and the --beads document, by place",
    )  # fmt: skip
    args = parser.parse_args()
    if args.first_render:
        first_render_main(args)
        return
    import statistics

    from playwright.sync_api import sync_playwright

    load = os.getloadavg()[0]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp_, sync_playwright() as p:
        tmp = Path(tmp_)
        db = tmp / "bench.db"
        store = Store.open(str(db))
        store_parallel(store, f"gold_{args.beads}", gold_beads(args.beads), cp_lang="de")
        store.close()
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        with ExitStack() as apps:
            runs = [("this checkout", apps.enter_context(running_app(db, log=tmp / "app.log")))]
            for k, ref in enumerate(args.baseline):
                db_ref = tmp / f"ref{k}.db"
                shutil.copyfile(db, db_ref)
                ref_app = checkout(ref, tmp / f"ref{k}")
                at_revision(db_ref, ref_app.parent)
                log = tmp / f"ref{k}.log"
                runs.append((ref, apps.enter_context(running_app(db_ref, log=log, app=ref_app))))
            for label, where in runs:
                folder = (args.keep or tmp) / label.replace(" ", "_")
                folder.mkdir(parents=True, exist_ok=True)
                results[label] = one_app(browser, where, args.beads, args.presses, folder)
        browser.close()
    labels = list(results)
    lines = [
        f"# Review editor navigation traced: {args.beads} beads, {args.presses} presses each",
        "",
        f"Load average {load:.1f} before, {os.getloadavg()[0]:.1f} after (shared machine). "
        f"Command: `.venv/bin/python bench/app_trace.py {' '.join(sys.argv[1:])}`. "
        "Milliseconds of CPU per press (thread time, so a loaded machine does not stretch "
        "them), from a Chromium trace; the page's renderer main thread unless said.",
        "",
    ]
    for what in ("J", "click"):
        head = "| | " + " | ".join(labels) + " |"
        lines += [f"## {what}", "", head, "|---|" + "---:|" * len(labels)]
        rows = [
            ("navigation median (ms, page clock)",
             [f"{1000 * statistics.median(results[x][what][0]):.1f}" for x in labels]),
            ("websocket frames sent", [str(results[x][what][1]) for x in labels]),
        ]  # fmt: skip
        keys: list[str] = []
        for x in labels:
            keys += [k for k in results[x][what][2] if k not in keys]
        for key in keys:
            rows.append((key, [f"{results[x][what][2].get(key, 0):.2f}" for x in labels]))
        lines += [f"| {k} | " + " | ".join(v) + " |" for k, v in rows]
        lines.append("")
    text = "\n".join(lines)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


def first_render_main(args: Any) -> None:
    """``--first-render``: the stage marks of each first render, by document and tab."""
    from playwright.sync_api import sync_playwright

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp_, sync_playwright() as p:
        tmp = Path(tmp_)
        db = tmp / "bench.db"
        store = Store.open(str(db))
        store_parallel(store, f"gold_{args.beads}", gold_beads(args.beads), cp_lang="de")
        store_parallel(store, "gold_50", gold_beads(50)[::-1], cp_lang="de")
        store.close()
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        with running_app(db, log=tmp / "app.log") as url:
            warm = browser.new_context(viewport=VIEWPORT)  # the server's caches, not the browser's
            for name, n in ((f"gold_{args.beads}", args.beads), ("gold_50", 50)):
                page = warm.new_page()
                first_render(page, f"{url}/?page=review&doc={name}&to=de", f"Bead 1 of {n}")
            warm.close()
            found = first_renders(browser, url, args.beads, args.first_render)
        browser.close()
    lines = [
        f"# First renders by place: 50 and {args.beads} beads, {args.first_render} rounds",
        "",
        f"Load average {load:.1f} before, {os.getloadavg()[0]:.1f} after (shared machine). "
        f"Command: `.venv/bin/python bench/app_trace.py {' '.join(sys.argv[1:])}`. Medians, "
        "milliseconds of the page's clock from the navigation's start until each stage: the "
        "server's script started and finished (Streamlit's script state), the editor got its "
        "data and had built the page with it, the page was shown (bench/app_browser.py's "
        "first render). Tab 1 is opened as the root page's is still starting.",
        "",
        *first_render_table(found),
    ]
    text = "\n".join(lines) + "\n"
    (ROOT / "bench" / "results" / "app_first_render.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
