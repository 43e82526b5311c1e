"""What the review editor takes while its server is gone, in a real browser (newcomer42).

A human edit is sacred: Streamlit's "Connection error" box takes the focus and makes the page
inert, so the editor cannot take typing while it is up. Input is then refused whole and
said, never half taken (plain keys were, accents and paste were not, and the mangled draft
was saved), Esc still leaves the editor, and command keys never become text.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.streamlit_server import CHROMIUM, free_port, launch, stop, wait_healthy
from tests.test_browser_offline import VIEWPORT, Offline, browser, offline, opened, state

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]
__all__ = ["browser", "offline"]  # fixtures, used by name


ACCENTS = " [type: été] [insert: très] [dead: fête] [paste: Noël]"


def _type_every_way(page: Any) -> None:
    """The text ACCENTS, each part as a French
    reviewer's keyboard sends it: é as text input (an IME, a compose key), text with no key
    (dictation, a snippet tool), ê from a dead key (^ then e), and Ctrl+V."""
    cdp = page.context.new_cdp_session(page)
    page.keyboard.type(" [type: été]", delay=30)
    page.keyboard.insert_text(" [insert: très]")
    page.keyboard.type(" [dead: f")
    cdp.send("Input.imeSetComposition", {"text": "^", "selectionStart": 1, "selectionEnd": 1})
    cdp.send("Input.insertText", {"text": "ê"})
    page.keyboard.type("te]")
    page.evaluate("t => navigator.clipboard.writeText(t)", " [paste: Noël]")
    page.keyboard.press("Control+v")
    page.wait_for_timeout(500)


def test_nothing_typed_while_the_server_is_gone_is_half_taken_accents_paste_or_keys(
    browser: Any, offline: Offline, tmp_path: Path
) -> None:
    """newcomer42 #1: with the "Connection error" box up, plain keys went on into the text
    and everything with no key of its own (é as text input, a dead-key ê, paste) was lost:
    "été" became "t" and "fête" "fte", kept as the draft and saved. The text is locked
    instead: all of it is refused, the line says so, and the draft is what was typed before.
    With the server up, the same input is taken whole (the test's own check)."""
    db, log = offline.db, tmp_path / "server.log"
    offline.store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    servers = [launch(db, port, log=log)]
    try:
        wait_healthy(url, servers[0], 30, log)
        context_ = browser.new_context(viewport=VIEWPORT)
        context_.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context_.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{url}/?page=review&doc=offline&to=es&reviewer=ben&bead=2")
        page.locator('.wb-review[data-pending="0"]').wait_for()
        french = page.locator('.wb-ed-text[data-side="fr"]')
        french.click()
        page.keyboard.press("End")
        stored = french.input_value()
        _type_every_way(page)
        assert french.input_value() == stored + ACCENTS  # up: every way of typing is taken
        servers[0].kill()
        servers[0].wait(timeout=10)
        page.get_by_text("Connection error").first.wait_for()
        _type_every_way(page)
        assert french.input_value() == stored + ACCENTS  # nothing half taken
        assert french.evaluate("f => f.readOnly")
        # no button acts either, as the line says: Revert would drop the text typed before
        page.locator("button.btn", has_text="Revert").evaluate("b => b.click()")  # page inert
        assert french.input_value() == stored + ACCENTS
        said = page.locator(".wb-side").inner_text()
        assert "the editor's text is locked (nothing you type now goes into it)" in said
        servers.append(launch(db, port, log=log))
        wait_healthy(url, servers[1], 30, log)
        page.reload()
        page.locator('.wb-review[data-pending="0"]').wait_for()
        assert french.input_value() == stored + ACCENTS  # the draft, whole
        assert not french.evaluate("f => f.readOnly")
        context_.close()
    finally:
        for server in servers:
            stop(server)


@pytest.mark.xfail(
    reason="flaky (session 42): after SIGSTOP then kill, the page sometimes never shows "
    "'connection to the server is back' (one of two CI runs, and locally); the keys part "
    "passes: under investigation",
    strict=False,
)
def test_esc_leaves_the_editor_and_j_y_type_nothing_after_a_save_with_no_answer(
    browser: Any, offline: Offline, tmp_path: Path
) -> None:
    """newcomer42 #2: Ctrl+Enter as the server died, "No answer from the server for 10 s",
    then Esc, J, Y: Esc stayed in the text and "jy" was typed into it, then saved. Esc
    leaves the editor, the letters are refused, the line says the save is not stored, and
    once the server is back J and Y are commands again, never text."""
    db, log = offline.db, tmp_path / "server.log"
    offline.store.close()
    before = state(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    servers = [launch(db, port, log=log)]
    try:
        wait_healthy(url, servers[0], 30, log)
        page = opened(browser, url, bead=2)
        counterpart = page.locator('.wb-ed-text[data-side="cp"]')
        counterpart.click()
        page.keyboard.press("End")
        page.keyboard.type(" [gracias]")
        typed = counterpart.input_value()
        servers[0].send_signal(signal.SIGSTOP)  # it hears the save and never answers
        page.keyboard.press("Control+Enter")
        side = page.locator(".wb-side")
        side.get_by_text("No answer from the server for 10 s", exact=False).wait_for()
        servers[0].kill()  # then dies: Streamlit's box comes up
        servers[0].wait(timeout=10)
        page.get_by_text("Connection error").first.wait_for()
        side.get_by_text("Your last action is not stored yet", exact=False).wait_for()
        for key in ("Escape", "j", "y"):
            page.keyboard.press(key)
            page.wait_for_timeout(300)
        assert counterpart.input_value() == typed
        assert "Your last action is not stored yet" in side.inner_text()
        assert page.locator(".wb-ed-title").inner_text() == "Bead 2 of 6"
        servers.append(launch(db, port, log=log))
        wait_healthy(url, servers[1], 30, log)
        # Streamlit's reconnection backs off: after a long outage on a loaded machine its
        # next try may come after the locator's default 30 s (a CI run waited in vain)
        side.get_by_text("The connection to the server is back", exact=False).wait_for(
            timeout=90_000
        )
        page.keyboard.press("j")  # Esc left the editor: J moves on
        page.wait_for_timeout(500)
        assert counterpart.input_value() != typed + "j"
        assert page.locator(".wb-ed-title").inner_text() == "Bead 3 of 6"
        assert state(db) == before
        page.close()
    finally:
        for server in servers:
            stop(server)
