"""U acts at once only on edits the page showed or made, in a real browser (app22c).

ana has the text open in two windows. In the second she confirms bead 3; the first hears of
it only as a refresh (its own unsaved text went to the server and the page came back with
the beads as they are). U in the first window undid that confirm at once, as if she had
seen it there. Now U names it and waits for a second press; an edit the page made itself
is undone at once, as before.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import aligned_beads
from tests.parallel_fixture import store_parallel
from tests.streamlit_server import CHROMIUM, running_app
from tests.test_browser_offline import SMALL, VIEWPORT
from tests.test_browser_offline import browser as browser  # the module's Chromium
from workbench.model import Status
from workbench.store import Store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]


def window(browser: Any, url: str, bead: int) -> Any:
    """A window of ana's (a browser context of its own) on the review page at ``bead``."""
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=seen&to=es&reviewer=ana&bead={bead}")
    page.locator(".wb-bead").first.wait_for()
    page.locator('.wb-review[data-pending="0"]').wait_for()
    return page


def statuses(db: Path) -> list[Status]:
    return [b.status for b in aligned_beads(db, "seen", "es")]


def test_u_names_an_edit_of_another_window_seen_only_on_a_refresh_before_undoing_it(
    browser: Any, tmp_path: Path
) -> None:
    db = tmp_path / "seen.db"
    store = Store.open(str(db))
    store_parallel(store, "seen", SMALL, cp_lang="es")
    store.close()
    with running_app(db) as url:
        first = window(browser, url, bead=2)
        first.locator('.wb-bead[data-i="0"]').click()
        first.keyboard.press("y")  # an edit of this window's own
        first.get_by_text("Confirmed bead 1", exact=False).wait_for()
        first.locator('.wb-review[data-pending="0"]').wait_for()
        second = window(browser, url, bead=3)
        second.locator('.wb-bead[data-i="2"]').click()
        second.keyboard.press("y")
        second.get_by_text("Confirmed bead 3", exact=False).wait_for()
        assert statuses(db)[:3] == [Status.CONFIRMED, Status.AUTO, Status.CONFIRMED]
        # the first window is refreshed (its text typed on bead 2 goes to the server)
        french = first.locator('.wb-ed-text[data-side="fr"]')
        french.click()
        first.keyboard.press("End")
        first.keyboard.type(" [ana]", delay=15)
        french.press("Escape")
        first.locator('.wb-review[data-pending="0"]').wait_for()
        first.keyboard.press("u")
        first.get_by_text("Not undone: your confirm at bead 3 made in another window",
                          exact=False).wait_for()  # fmt: skip
        first.locator('.wb-review[data-pending="0"]').wait_for()
        assert statuses(db)[:3] == [Status.CONFIRMED, Status.AUTO, Status.CONFIRMED]
        first.keyboard.press("u")  # named on screen now: undone
        first.get_by_text("Undid your confirm at bead 3.", exact=False).wait_for()
        first.keyboard.press("u")  # this window's own edit: undone at once
        first.get_by_text("Undid your confirm at bead 1.", exact=False).wait_for()
        first.locator('.wb-review[data-pending="0"]').wait_for()
        assert statuses(db)[:3] == [Status.AUTO, Status.AUTO, Status.AUTO]
        first.locator('.wb-bead[data-i="1"]').click()
        assert french.input_value().endswith(" [ana]")  # the unsaved text on bead 2 stays
