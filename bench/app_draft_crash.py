"""What a reviewer's unsaved text survives: Chromium killed (kill -9) after typing.

For each delay between the last keystroke and the kill (0.2 s, 1 s, 3 s by
default), types a sentence at the end of a bead's French in Debian's Chromium
started on a profile folder of its own, kills the browser's process group, then
opens the page again in Chromium started on the same profile (the same machine
after a crash) and on a fresh one (another machine), and notes whether the
typed text is there: in the editor, or beside it (within two minutes of the
crash the killed tab may still be open, so its text is shown, not taken).
This checkout and the ``--baseline`` commits (their files taken with ``git
archive``, as bench/app_browser.py does) are served at once and measured in
alternate rounds, each round on a document of its own.

Run: .venv/bin/python bench/app_draft_crash.py [--after 0.2 1 3] [--rounds 3]
[--baseline main]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app_browser import at_revision, checkout  # noqa: E402  (this folder: the script's own)

from tests.factories import parallel_text  # noqa: E402
from tests.parallel_fixture import store_parallel  # noqa: E402
from tests.streamlit_server import running_app  # noqa: E402
from tests.test_browser_app import french_shown, typed_then_killed  # noqa: E402
from workbench.store import Store  # noqa: E402

TYPED = " Le public est admis."
BEAD = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--after", type=float, nargs="+", default=[0.2, 1.0, 3.0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", nargs="*", default=["main"])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    docs = [f"crash{k}" for k in range(len(args.after) * args.rounds)]
    with tempfile.TemporaryDirectory() as tmp_, sync_playwright() as p, ExitStack() as apps:
        tmp = Path(tmp_)
        db = tmp / "crash.db"
        store = Store.open(str(db))
        for doc in docs:
            store_parallel(store, doc, parallel_text(), cp_lang="es")
        store.close()
        served = [("this checkout", apps.enter_context(running_app(db, log=tmp / "here.log")))]
        for k, ref in enumerate(args.baseline):
            db_ref = tmp / f"ref{k}.db"
            shutil.copyfile(db, db_ref)
            app = checkout(ref, tmp / f"ref{k}")
            at_revision(db_ref, app.parent)
            url = apps.enter_context(running_app(db_ref, log=tmp / f"ref{k}.log", app=app))
            served.append((ref, url))
        chromium = SimpleNamespace(browser_type=p.chromium)
        kept: dict[tuple[str, float], list[tuple[bool, bool]]] = {}
        for r in range(args.rounds):
            for a, after in enumerate(args.after):
                doc = docs[r * len(args.after) + a]
                for name, url in served[r % len(served) :] + served[: r % len(served)]:
                    profile = tmp / f"{name}-{doc}".replace(" ", "_")
                    typed_then_killed(chromium, url, profile, doc, BEAD, TYPED, after)
                    same = there(french_shown(chromium, url, profile, doc, BEAD))
                    fresh = there(
                        french_shown(chromium, url, tmp / f"{profile.name}-fresh", doc, BEAD)
                    )
                    kept.setdefault((name, after), []).append((same, fresh))
                    print(name, after, kept[(name, after)][-1], flush=True)
        print("\n| code | killed after | same profile | fresh profile (another machine) |")
        print("|---|---|---|---|")
        for (name, after), found in kept.items():
            n_same, n_fresh = sum(s for s, _ in found), sum(f for _, f in found)
            print(
                f"| {name} | {after:g} s | {n_same} of {len(found)} | {n_fresh} of {len(found)} |"
            )


def there(shown: tuple[str, str]) -> bool:
    """Whether the typed text is in the editor or beside it (`french_shown`)."""
    editor, beside = shown
    return editor.endswith(TYPED) or TYPED in beside


if __name__ == "__main__":
    main()
