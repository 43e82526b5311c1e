"""The review app in a real browser: Debian's Chromium driven by Playwright.

One server (`streamlit run app.py` on 127.0.0.1, a free port, a store of its
own) serves the whole module. The tests run in order as a reviewer's session
would: open 004 and align it, confirm a bead with the keyboard, merge two,
undo, then export a TMX and download it. Each action waits for the app's
acknowledgement (what the page then says) before the next one, since an edit
reaches the server asynchronously.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import aligned_beads
from tests.streamlit_server import CHROMIUM, running_app
from workbench.model import Status, StoredBead
from workbench.store import Store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]

DOC = "004_c5001f9aa01043f8"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(URL, database) of a running app whose store starts empty (it ingests corpora/)."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "browser.db"
    with running_app(db, log=folder / "server.log") as url:
        yield url, db


@pytest.fixture(scope="module")
def tab(server: tuple[str, Path]) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip package playwright")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        yield page
        browser.close()


def idle(page: Any) -> None:
    page.locator(IDLE).wait_for()


def beads(db: Path) -> list[StoredBead]:
    return aligned_beads(db, DOC, "es")


def test_opening_004_and_aligning_it_with_its_spanish_captions(
    tab: Any, server: tuple[str, Path]
) -> None:
    url, _ = server
    tab.goto(f"{url}/?page=review&doc={DOC}&to=es")
    tab.get_by_role("textbox", name="Your name").fill("ana")
    tab.get_by_role("textbox", name="Your name").press("Enter")
    idle(tab)
    tab.get_by_role("button", name="Align with es").click()
    tab.get_by_text("Bead 1 of 38").wait_for(timeout=60_000)
    idle(tab)
    tab.get_by_text("0 of 38 beads confirmed").wait_for()


def test_a_bead_is_confirmed_with_the_keyboard(tab: Any, server: tuple[str, Path]) -> None:
    tab.evaluate("document.activeElement?.blur()")  # keys typed in a field are text, not actions
    tab.keyboard.press("y")
    tab.get_by_text("1 of 38 beads confirmed").wait_for()
    idle(tab)
    first = beads(server[1])[0]
    assert (first.status, first.reviewer) == (Status.CONFIRMED, "ana")
    assert tab.get_by_text("Bead 2 of 38").is_visible()  # the cursor moved on


def test_a_click_on_a_row_of_the_grid_moves_the_cursor_there(tab: Any) -> None:
    grid = tab.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    tab.mouse.click(box["x"] + 15, box["y"] + 35 * 4 + 17)  # the row marker of bead 4
    tab.get_by_text("Bead 4 of 38").wait_for()
    idle(tab)
    tab.get_by_role("button", name=re.compile(r"^Previous")).click()
    tab.get_by_text("Bead 3 of 38").wait_for()
    tab.get_by_role("button", name=re.compile(r"^Previous")).click()
    tab.get_by_text("Bead 2 of 38").wait_for()
    idle(tab)


def test_two_beads_are_merged(tab: Any, server: tuple[str, Path]) -> None:
    tab.get_by_role("button", name="Merge next").click()
    tab.get_by_text("Bead 2 of 37").wait_for()
    idle(tab)
    merged = beads(server[1])[1]
    assert len(merged.fr) == 2 and merged.reviewer == "ana"


def test_undo_brings_the_two_beads_back(tab: Any, server: tuple[str, Path]) -> None:
    tab.get_by_role("button", name="Undo").click()
    tab.get_by_text("Bead 2 of 38").wait_for()
    idle(tab)
    assert [len(b.fr) for b in beads(server[1])[:3]] == [1, 1, 1]


def test_a_second_reviewers_stale_edit_is_refused(tab: Any, server: tuple[str, Path]) -> None:
    url, db = server
    ben = tab.context.browser.new_page(viewport={"width": 1400, "height": 1000})
    ben.goto(f"{url}/?page=review&doc={DOC}&to=es&reviewer=ben")
    ben.get_by_role("spinbutton", name="Bead").fill("2")
    ben.get_by_role("spinbutton", name="Bead").press("Enter")
    ben.get_by_text("Bead 2 of 38").wait_for()
    idle(ben)
    tab.get_by_role("button", name="Merge next").click()  # ana, still on bead 2
    tab.get_by_text("Bead 2 of 37").wait_for()
    ben.get_by_role(
        "button", name=re.compile(r"^Confirm(?! above)")
    ).click()  # ben saw the old beads
    ben.get_by_text("someone else got there first").wait_for()
    ben.get_by_text("Bead 2 of 37").wait_for()  # and now sees ana's merge
    merged = beads(db)[1]
    assert (len(merged.fr), merged.reviewer, merged.status) == (2, "ana", Status.AUTO)
    ben.close()


def test_the_tmx_export_is_written_and_downloaded(
    tab: Any, server: tuple[str, Path], tmp_path: Path
) -> None:
    tab.get_by_text("Export", exact=True).click()
    export = tab.get_by_role("button", name=re.compile(r"^Export to exports"))
    export.click()
    tab.get_by_text("5 units written").first.wait_for()
    idle(tab)
    written = server[1].parent / "exports" / f"{DOC}.es-fr.tmx"
    text = written.read_text(encoding="utf-8")
    assert text.count("<tu ") == 5 and 'srclang="es"' in text
    with tab.expect_download() as download:
        tab.get_by_role("button", name=f"Download {written.name}").click()
    saved = tmp_path / "download.tmx"
    download.value.save_as(saved)
    assert saved.read_bytes() == written.read_bytes()


def test_a_file_uploaded_on_the_corpus_page_is_ingested(
    tab: Any, server: tuple[str, Path], tmp_path: Path
) -> None:
    note = tmp_path / "note_du_maire.txt"
    note.write_text(
        "Le conseil municipal a voté le budget.\n\nLa séance a duré trois heures.\n",
        encoding="utf-8",
    )
    tab.get_by_text("Corpus", exact=True).click()
    tab.get_by_text("Add documents").click()
    tab.locator('input[type="file"][multiple]').set_input_files(str(note))
    tab.get_by_text(note.name).wait_for()  # the upload reached the server
    tab.get_by_role("button", name="Ingest the uploaded files").click()
    tab.get_by_text("note_du_maire (new)").first.wait_for()
    idle(tab)
    store = Store.open(str(server[1]))
    try:
        assert store.document("note_du_maire").segment_count == 2
    finally:
        store.close()
