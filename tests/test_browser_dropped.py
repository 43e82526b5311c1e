"""The page handed a payload it never got, in a real browser: nothing is lost or misapplied.

The server decides what to send the review editor when it computes the payload (the rows
changed since the revision it last sent, the texts it keeps for the reviewer's name), not
when the browser has it. A payload can be lost on its way: a rerun that cuts the one before
it short, a frontend that renders only the newer of two, a connection that drops. Here the
page's websocket hands it, in place of one component payload chosen by what it holds, the
payload it had before (Playwright's ``route_web_socket``, each Streamlit message read as the
protobuf it is), and the page has to come right by itself: an action on the rows it missed
refused, the rows refreshed, a text typed on them refused with the colleague's beside it,
the texts kept for a name shown once the name reaches it.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.parallel_fixture import store_parallel
from tests.streamlit_server import CHROMIUM, running_app
from tests.test_browser_app import silent
from tests.test_browser_offline import SMALL, VIEWPORT
from tests.test_browser_offline import browser as browser  # the module's Chromium
from workbench import review
from workbench.model import Status
from workbench.pipeline.alignment import alignment_for, apply
from workbench.store import Store
from workbench.ui.review_payload import payload, received

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]

Payload = dict[str, Any]


class Dropper:
    """The app's messages to one page, forwarded as they come, except that the first
    component payload ``drop`` picks once armed (the payload as :func:`received` reads it)
    reaches the page as the payload it had before: the element stays, its new data never
    arrives. (Leaving the message out altogether is not a lost payload: Streamlit then
    takes the element for gone at the end of the run and removes it from the page.)"""

    def __init__(self) -> None:
        self.drop: Callable[[Payload], bool] | None = None
        self.instead: Callable[[Payload], bytes] | None = None
        self.dropped: list[Payload] = []
        self.last = b""  # the payload the page has
        self.lock = threading.Lock()

    def route(self, ws: Any) -> None:
        server = ws.connect_to_server()
        server.on_message(lambda message: ws.send(self._passed(message)))
        ws.on_message(server.send)

    def _passed(self, message: str | bytes) -> str | bytes:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if not isinstance(message, bytes):
            return message
        msg = ForwardMsg.FromString(message)
        if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
            return message
        element = msg.delta.new_element
        if element.WhichOneof("type") != "bidi_component" or not element.bidi_component.bytes:
            return message
        with self.lock:
            data = received(element.bidi_component.bytes)
            if self.drop is None or not self.drop(data):
                self.last = element.bidi_component.bytes
                return message
            self.drop = None  # once
            self.dropped.append(data)
            element.bidi_component.bytes = self.instead(data) if self.instead else self.last
            # a message of its own: under the original's hash the page would take the original,
            # sent again later, for the element it has, and would neither draw nor cache it
            msg.hash = f"{msg.hash}-lost"
            msg.metadata.cacheable = False
        return bytes(msg.SerializeToString())

    def arm(
        self, drop: Callable[[Payload], bool], instead: Callable[[Payload], bytes] | None = None
    ) -> None:
        """Lose the next payload ``drop`` picks: the page gets the one it had, or ``instead``'s."""
        with self.lock:
            self.drop, self.instead, self.dropped = drop, instead, []


def cut_short(data: Payload) -> bytes:
    """The payload of the rerun after one cut short before its payload left: the server took
    the rows and the texts it keeps as sent, so it sends neither."""
    rest = {k: v for k, v in data.items() if k not in ("beads", "patch", "unsaved", "earlier")}
    return payload({**rest, "beads": None, "patch": None, "unsaved": None, "earlier": None})


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("dropped")
    db = folder / "dropped.db"
    store = Store.open(str(db))
    for doc in ("rows", "named0", "named1", "opened0", "opened1"):
        store_parallel(store, doc, SMALL, cp_lang="es")
    store.close()
    with running_app(db, log=folder / "server.log") as url:
        yield url, db


def page_on(browser: Any, url: str, doc: str, name: str, bead: int) -> tuple[Any, Dropper]:
    """A browser of its own on the review page of ``doc`` at ``bead``, its messages routed
    through a :class:`Dropper` (disarmed)."""
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(30_000)
    dropper = Dropper()
    page.route_web_socket("**/_stcore/stream", dropper.route)
    page.goto(f"{url}/?page=review&doc={doc}&to=es&reviewer={name}&bead={bead}")
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    return page, dropper


def settled(page: Any) -> None:
    page.locator('.wb-review[data-pending="0"]').wait_for()


def until(page: Any, done: Callable[[], bool]) -> None:
    for _ in range(300):
        if done():
            return
        page.wait_for_timeout(100)
    raise AssertionError("not done in 30 s")


def wait_dropped(page: Any, dropper: Dropper) -> Payload:
    until(page, lambda: bool(dropper.dropped))
    return dropper.dropped[0]


def rerun(page: Any) -> None:
    """A rerun asking for no edit: the history box opened (then closed again)."""
    page.get_by_role("button", name="Show the history").click()
    page.locator(".wb-history-table").wait_for()


def french_row(page: Any, bead: int) -> str:
    return str(page.locator(f'.wb-bead[data-i="{bead - 1}"] .wb-text.fr').inner_text())


def test_rows_whose_patch_was_lost_take_no_edit_and_come_back_with_the_next_action(
    browser: Any, server: tuple[str, Path]
) -> None:
    """ben corrects beads 2 and 3 while ana's page is open; the rerun that carries his rows to
    her page is lost. She confirms bead 3 as she sees it: refused, as the event names the
    version she saw, not the one the server last sent. The server took the rows as sent, so
    that rerun's payload has none: her page sees a revision it does not hold and asks for the
    whole text. Her text typed on bead 2 before is refused, ben's beside it; nothing of
    either is lost."""
    url, db = server
    page, dropper = page_on(browser, url, "rows", "ana", bead=2)
    before = french_row(page, 2)
    store = Store.open(str(db))
    try:
        aid = alignment_for(store, "rows", "es").id
        for k in (1, 2):
            edit = review.edit_text(store.beads(aid), k, "fr", f"Texte {k + 1} de ben.", "ben")
            apply(store, aid, edit, "ben")
        revision = store.revision(aid)
    finally:
        store.close()
    dropper.arm(lambda data: data["revision"] == revision)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    french.click()
    page.keyboard.press("End")
    page.keyboard.type(" [ana]", delay=15)
    french.press("Escape")  # the draft goes to the server: a rerun, whose payload is lost
    lost = wait_dropped(page, dropper)
    # the rows drawn again, as they were (read once per look: a redraw empties them a moment,
    # and a second read under load caught one, session 35's CI)
    shown: list[str] = []

    def drawn() -> bool:
        shown.append(french_row(page, 2))
        return shown[-1] != ""

    until(page, drawn)
    assert lost["patch"] is not None and shown[-1] == before  # ben's row never came
    page.keyboard.press("j")
    page.keyboard.press("y")  # bead 3 as she sees it, ben's text not yet there
    page.get_by_text(
        "Not confirmed: bead 3 was changed by ben after you saw it;", exact=False
    ).wait_for()
    page.locator('.wb-bead[data-i="2"] .wb-text.fr').get_by_text("Texte 3 de ben.").wait_for()
    settled(page)
    page.locator('.wb-bead[data-i="1"]').click()
    assert french.input_value() == before + " [ana]"  # her text stays in the editor
    french.press("Control+Enter")
    page.get_by_text("Not saved: bead 2 was changed by ben", exact=False).wait_for()
    page.locator(".wb-conflict").get_by_text("Texte 2 de ben.", exact=False).wait_for()
    assert french.input_value() == before + " [ana]"
    store = Store.open(str(db))
    try:
        stored = store.beads(aid)
        assert [b.fr_text for b in stored[1:3]] == ["Texte 2 de ben.", "Texte 3 de ben."]
        assert stored[2].status is not Status.CONFIRMED
    finally:
        store.close()


@pytest.mark.parametrize("lost", [False, True], ids=["delivered", "lost"])
def test_the_texts_kept_for_a_name_are_shown_when_the_payload_carrying_them_was_lost(
    browser: Any, server: tuple[str, Path], lost: bool
) -> None:
    """ben typed on bead 2 in his laptop, still open. At the desk, the page was ana's; he
    gives his name there, and the rerun carrying the texts the server keeps for ben is lost.
    The next payload names ben, and his laptop's text is shown beside the desk's editor as
    it is when nothing is lost (the server sent them once, so it used to send them never)."""
    url, _ = server
    doc = f"named{int(lost)}"
    laptop, _ = page_on(browser, url, doc, "ben", bead=2)
    laptop.locator('.wb-ed-text[data-side="fr"]').fill("Tapé par ben sur le portable.")
    laptop.locator('.wb-ed-text[data-side="fr"]').press("Escape")
    settled(laptop)
    desk, dropper = page_on(browser, url, doc, "ana", bead=2)
    if lost:
        dropper.arm(lambda data: data["reviewer"] == "ben" and data["unsaved"] is not None)
    name = desk.locator(".wb-name-input")
    name.fill("ben")
    name.press("Enter")
    if lost:
        missed = wait_dropped(desk, dropper)
        assert [u["fr"] for u in missed["unsaved"]] == ["Tapé par ben sur le portable."]
        rerun(desk)
    until(desk, lambda: name.input_value() == "ben")  # the next payload names ben
    settled(desk)
    box = desk.locator(".wb-orphans")
    box.get_by_text("Tapé par ben sur le portable.", exact=True).wait_for(timeout=10_000)
    assert desk.locator('.wb-ed-text[data-side="fr"]').input_value() == SMALL[1][0][0]
    laptop.close()
    desk.close()


@pytest.mark.parametrize("lost", [False, True], ids=["delivered", "lost"])
def test_a_page_whose_first_payload_was_cut_short_takes_a_gone_tabs_text_as_any_page_does(
    browser: Any, server: tuple[str, Path], lost: bool
) -> None:
    """ana typed on bead 2 in a tab now gone (closed minutes ago). A page opened anew takes
    her text into its editor. Its first rerun is cut short before its payload leaves: the next
    one has neither rows nor kept texts (the server took them as sent). The page asks for the
    whole text, and takes her text from it as it would have from the first."""
    url, db = server
    doc = f"opened{int(lost)}"
    gone, _ = page_on(browser, url, doc, "ana", bead=2)
    gone.locator('.wb-ed-text[data-side="fr"]').fill("Tapé dans un onglet fermé.")
    gone.locator('.wb-ed-text[data-side="fr"]').press("Escape")
    settled(gone)
    gone.context.close()
    silent(db)
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(30_000)
    dropper = Dropper()
    if lost:
        dropper.arm(lambda data: data["unsaved"] is not None, instead=cut_short)
    page.route_web_socket("**/_stcore/stream", dropper.route)
    page.goto(f"{url}/?page=review&doc={doc}&to=es&reviewer=ana&bead=2")
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    assert bool(dropper.dropped) == lost
    french = page.locator('.wb-ed-text[data-side="fr"]')
    until(page, lambda: french.input_value() == "Tapé dans un onglet fermé.")
    page.context.close()
