"""A refused confirm and the page's unpair, in a real browser (newcomer42 #3, #4).

A human edit is sacred: nothing but a reviewer's deliberate action changes a bead. A confirm
refused because a colleague changed the bead moved the cursor on all the same, so the second
Y, meant for the refused bead, confirmed the next one. And the hint of a refused split, "put
the caret at the start of the counterpart, then Split", named an action the page did not
take: offset 0 was never a caret.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from tests.conftest import aligned_beads
from tests.streamlit_server import CHROMIUM, running_app
from tests.test_app_editor import context, event
from tests.test_browser_offline import Offline, browser, offline, opened
from workbench.model import Status
from workbench.store import Store
from workbench.ui import editor

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]
__all__ = ["browser", "offline"]  # fixtures, used by name


def test_a_confirm_refused_for_a_colleague_s_change_stays_on_its_bead_and_says_y_again(
    browser: Any, offline: Offline
) -> None:
    """ana's page shows bead 1 as it was; ben changes it; ana's Y is refused. The cursor
    stays on bead 1 (it went to bead 2, whose Y then confirmed a bead she did not mean), the
    line says to read it and press Y again, and that Y confirms bead 1, not bead 2."""
    db = offline.db
    offline.store.close()
    with running_app(db) as url:
        page = opened(browser, url, bead=1, reviewer="ana")
        store = Store.open(str(db))
        try:
            first = store.beads(offline.aid)[0]
            changed = event(store, offline.aid, "save", 0, [0], fr=first.fr_text + " (ben)",
                            cp=first.cp_text)  # fmt: skip
            assert editor.perform(changed, context(store, offline.aid, "ben")).ok
        finally:
            store.close()
        page.keyboard.press("y")
        side = page.locator(".wb-side")
        side.get_by_text("Not confirmed: bead 1 was changed by ben", exact=False).wait_for()
        assert "read it as it is now, then press Y to confirm it" in side.inner_text()
        assert page.locator(".wb-ed-title").inner_text() == "Bead 1 of 6"
        page.keyboard.press("y")
        side.get_by_text("Confirmed bead 1", exact=False).wait_for()
        after = aligned_beads(db, "offline", "es")
        assert (after[0].status, after[0].reviewer) == (Status.CONFIRMED, "ana")
        assert after[0].fr_text == first.fr_text + " (ben)"  # what she read the second time
        assert after[1].status is not Status.CONFIRMED
        page.close()


def test_the_caret_at_the_start_of_the_counterpart_then_split_parts_the_pair(
    browser: Any, offline: Offline
) -> None:
    """The hint of a refused split names this way to part a pair that does not translate
    each other, and README gives it: the French stays alone, its counterpart alone below."""
    db = offline.db
    offline.store.close()
    before = aligned_beads(db, "offline", "es")
    with running_app(db) as url:
        page = opened(browser, url, bead=2, reviewer="ana")
        counterpart = page.locator('.wb-ed-text[data-side="cp"]')
        counterpart.click()
        page.keyboard.press("Home")
        page.locator(".wb-ed-hint").get_by_text("parts this pair", exact=False).wait_for()
        page.keyboard.press("Alt+Enter")
        page.locator(".wb-side").get_by_text("Split bead 2", exact=False).wait_for()
        after = aligned_beads(db, "offline", "es")
        assert len(after) == len(before) + 1
        assert (after[1].fr, after[1].cp) == (before[1].fr, ())
        assert (after[2].fr, after[2].cp) == ((), before[1].cp)
        assert (after[2].cp_text, after[1].reviewer) == (before[1].cp_text, "ana")
        page.close()
