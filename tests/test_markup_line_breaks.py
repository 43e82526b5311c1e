"""A <br> in the middle of a sentence does not cut it (newcomer28, MED 4).

"Plus de 1 200 platanes ont dû être abattus<br>à cause d'une maladie fongique." came
out as two blocks, the first typed a heading, so the sentence was split across two
segments of two kinds and aligned in halves. A line that ends on a word (three words or
more) before a line starting in lower case is one sentence; an address, a list of names,
verse set with capitals and a <br><br> paragraph break keep their lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import pipeline
from workbench.ingest.markup import html_blocks
from workbench.model import Kind
from workbench.store import Store

PAGES = Path(__file__).parent / "data" / "pages"


def _texts(body: str) -> list[str]:
    return [b.text for b in html_blocks(f"<html><body>{body}</body></html>")]


@pytest.mark.parametrize(
    ("body", "blocks"),
    [
        ("<p>Plus de 1 200 platanes ont dû être abattus<br>à cause d’une maladie "
         "<a href='x'>fongique</a>.</p>",
         ["Plus de 1 200 platanes ont dû être abattus à cause d’une maladie fongique."]),
        ("<p>The council voted on Thursday to<br>close the bridge for repairs.</p>",
         ["The council voted on Thursday to close the bridge for repairs."]),
        ("<p>12 rue du Port<br>31000 Toulouse<br>France</p>",
         ["12 rue du Port", "31000 Toulouse", "France"]),
        ("<p>Demain, dès l’aube, à l’heure où blanchit la campagne,<br>Je partirai.</p>",
         ["Demain, dès l’aube, à l’heure où blanchit la campagne,", "Je partirai."]),
        ("<p>Menu<br>accueil<br>contact</p>", ["Menu", "accueil", "contact"]),
        ("<p>le vent se lève sur la mer<br><br>il faut tenter de vivre</p>",
         ["le vent se lève sur la mer", "il faut tenter de vivre"]),
        ("<p>Horaires d'ouverture du lundi<br>au vendredi de 9 h à 17 h.</p>",
         ["Horaires d'ouverture du lundi au vendredi de 9 h à 17 h."]),
    ],
    ids=["french", "english", "address", "verse", "menu", "paragraph-break", "hours"],
)  # fmt: skip
def test_a_line_break_joins_only_a_cut_sentence(body: str, blocks: list[str]) -> None:
    assert _texts(body) == blocks


def test_newcomer28_s_page_keeps_the_sentence_whole_and_body(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "w.db"))
    pipeline.ingest_paths(store, [PAGES / "canal-web-bom.fr.html"])
    segments = store.segments(store.document("canal-web-bom.fr").id)
    store.close()

    [cut] = [s for s in segments if "platanes" in s.text]
    assert cut.text.endswith("à cause d’une maladie fongique.")  # on main: two segments
    assert cut.kind is Kind.BODY  # on main: its first half a heading
