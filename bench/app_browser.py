"""The review app in a real browser: first render of a long document, and an action's round trip.

Builds a synthetic French document of N sentences and a Spanish original
aligned one-to-one (stored through the store API), serves the app with
`streamlit run app.py`, and drives Debian's Chromium with Playwright:

- first render: from navigation to the Review page of the document until the
  script has finished and the bead table and the bead under the cursor are shown;
- confirm (key Y) and merge (key M): from the key press until the app has stored
  the edit, run again and said so (its toast), the script idle again.

Goals (issue 6): first render under 2 s, an action under 300 ms.
Run: .venv/bin/python bench/app_browser.py [--beads 2000 5000] [--actions 10]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.streamlit_server import CHROMIUM, running_app  # noqa: E402
from workbench.model import BeadDraft, Kind, Sentence, Status  # noqa: E402
from workbench.store import Store  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RESULTS = ROOT / "bench" / "results" / "app_browser.md"
GRID = '[data-testid="stDataFrame"] canvas'
VIEWPORT = {"width": 1500, "height": 1000}


def build_synthetic(store: Store, n: int) -> str:
    """A French document of ``n`` sentences aligned 1-1 with a Spanish original; its name."""
    name = f"synthetic_{n}"
    fr = [
        Sentence(f"Phrase {i} : le conseil examine le dossier numéro {i % 97}.", Kind.BODY, "fr",
                 i // 4)
        for i in range(n)
    ]  # fmt: skip
    es = [
        Sentence(f"Frase {i}: el consejo examina el expediente número {i % 97}.", Kind.BODY, "es",
                 i // 4)
        for i in range(n)
    ]  # fmt: skip
    doc = store.store_file(
        name=name, path=f"/synthetic/{name}.fr.txt", lang="fr", encoding="utf-8",
        sha256=f"fr-{n}", size=n, sentences=fr, actor="bench",
    ).document  # fmt: skip
    original = store.store_file(
        name=f"{name}.es", path=f"/synthetic/{name}.es.txt", lang="es", encoding="utf-8",
        sha256=f"es-{n}", size=n, sentences=es, original_of=doc.id, actor="bench",
    ).document  # fmt: skip
    rng = random.Random(n)
    drafts = [
        BeadDraft((a.id,), (b.id,), a.text, b.text, rng.random(), Status.AUTO, "auto:synthetic")
        for a, b in zip(store.segments(doc.id), store.segments(original.id), strict=True)
    ]
    store.save_alignment(
        doc_id=doc.id, version=doc.version, counterpart=(original.id, original.version),
        fr_lang="fr", cp_lang="es", aligner="synthetic", beads=drafts, actor="bench",
    )  # fmt: skip
    return name


def first_render(page: Any, url: str, shown: str, element: str = "") -> float:
    """Seconds from navigation until ``shown`` (and ``element``) is on the page, script idle."""
    start = time.perf_counter()
    page.goto(url)
    page.get_by_text(shown).wait_for(timeout=60_000)
    if element:
        page.locator(element).first.wait_for(timeout=60_000)
    page.locator(IDLE).wait_for(timeout=60_000)
    return time.perf_counter() - start


def action(page: Any, key: str, acknowledgement: str) -> float:
    """Seconds from a key press until the page says ``acknowledgement`` and is idle."""
    start = time.perf_counter()
    page.keyboard.press(key)
    page.get_by_text(acknowledgement).first.wait_for(timeout=30_000)
    page.locator(IDLE).wait_for(timeout=30_000)
    return time.perf_counter() - start


BASELINE_APP = """
import streamlit as st
st.session_state.setdefault("n", 0)
def add(): st.session_state["n"] += 1
st.button("Add", shortcut="Y", on_click=add)
st.write(f"count {st.session_state['n']} shown")
"""


def review_app(browser: Any, url: str, n: int, repeats: int) -> dict[str, list[float]]:
    """Measure the review app serving the synthetic document of ``n`` beads."""
    times: dict[str, list[float]] = {
        "first render, new server and browser": [], "first render, empty browser cache": [],
        "first render": [], "confirm": [], "merge": [],
    }  # fmt: skip
    target = f"{url}/?page=review&doc=synthetic_{n}&to=es&reviewer=bench"
    for k in range(repeats + 1):  # a fresh browser context has an empty cache
        context = browser.new_context(viewport=VIEWPORT)
        label = "first render, empty browser cache" if k else "first render, new server and browser"
        times[label].append(first_render(context.new_page(), target, f"Bead 1 of {n}", GRID))
        context.close()
    context = browser.new_context(viewport=VIEWPORT)
    context.new_page().goto(url)  # a reviewer who has used the app before
    for _ in range(repeats):
        page = context.new_page()
        times["first render"].append(first_render(page, target, f"Bead 1 of {n}", GRID))
    for i in range(repeats):  # the page shows the new count once the edit is stored
        times["confirm"].append(action(page, "y", f"{i + 1} of {n} beads confirmed"))
    for i in range(repeats):  # merging with the next bead keeps the cursor in place
        times["merge"].append(action(page, "m", f"Bead {repeats + 1} of {n - i - 1} "))
    context.close()
    return times


def baseline(browser: Any, url: str, repeats: int) -> dict[str, list[float]]:
    """The same measures on a one-button Streamlit app: the framework's own floor."""
    context = browser.new_context(viewport=VIEWPORT)
    context.new_page().goto(url)
    times: dict[str, list[float]] = {"baseline: first render": [], "baseline: action": []}
    for _ in range(repeats):
        page = context.new_page()
        times["baseline: first render"].append(first_render(page, url, "count 0 shown"))
    for i in range(repeats):
        times["baseline: action"].append(action(page, "y", f"count {i + 1} shown"))
    context.close()
    return times


def measure(n: int, repeats: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        db = Path(tmp) / "bench.db"
        store = Store.open(str(db))
        build_synthetic(store, n)
        store.close()
        hello = Path(tmp) / "baseline.py"
        hello.write_text(BASELINE_APP, encoding="utf-8")
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        with running_app(db, log=Path(tmp) / "server.log") as url:
            times = review_app(browser, url, n, repeats)
        with running_app(db, app=hello) as url:
            times.update(baseline(browser, url, repeats))
        browser.close()
    return times


GOALS = {"confirm": 0.3, "merge": 0.3, "baseline: action": 0.3}


def table(times: dict[str, list[float]], n: int, load: tuple[float, float]) -> str:
    lines = [
        f"# Review app in Chromium: {n}-bead document",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, Debian chromium headless; load average {load[0]:.1f} "
        f"before and {load[1]:.1f} after the run (other work shared the cores). Command: "
        "`.venv/bin/python bench/app_browser.py` (2,000 and 5,000 beads).",
        "",
        "| measure | runs | median (s) | min (s) | max (s) | goal (s) | met |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for label, values in times.items():
        median, goal = statistics.median(values), GOALS.get(label, 2.0)
        lines.append(
            f"| {label} | {len(values)} | {median:.3f} | {min(values):.3f} | {max(values):.3f} "
            f"| {goal:.1f} | {'yes' if median <= goal else 'no'} |"
        )
    lines += [
        "",
        "First render: navigation to the Review page until the script is idle with the bead",
        "table and the bead under the cursor shown; 'empty browser cache' is a first visit",
        "(Streamlit's scripts downloaded again), plain 'first render' a reviewer who has used",
        "the app before. Action: key press until the edit is stored, the page re-run and the",
        "new state shown. Baseline: the same measures on a one-button Streamlit app.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--actions", type=int, default=10)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("needs Debian package chromium (/usr/bin/chromium)")
    tables = []
    for n in args.beads:
        before = os.getloadavg()[0]
        times = measure(n, args.actions)
        tables.append(table(times, n, (before, os.getloadavg()[0])))
    text = "\n".join(tables)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
