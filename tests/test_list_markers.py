"""A list's bullet or number is the line's markup: the bead keeps it, the unit leaves it out.

newcomer19: "– Les horaires changent." went into every export with its dash, and a CAT
tool whose segment is the list item's sentence ("Les horaires changent.", the bullet
being Word's or HTML's list markup) found no exact match: 48 of the 68 OmegaT misses
left. `workbench.formats.markers`; through real OmegaT in `tests/test_omegat_bullets.py`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import unit
from workbench.cli import app
from workbench.formats.markers import split_marker, with_marker
from workbench.formats.registry import read_units, write_units
from workbench.pipeline.exchange import export_documents, import_file
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

DOC = "004_c5001f9aa01043f8"  # the document unit() names


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("– Les horaires changent.", "– "),
        ("— Restez informés.", "— "),
        ("• Les trains sont supprimés.", "• "),
        ("- les bus ont du retard ;", "- "),
        ("* Prenez un manteau.", "* "),
        ("1) Consultez le site.", "1) "),
        ("(2) Gardez votre billet.", "(2) "),
        ("a) Vérifiez l'horaire.", "a) "),
        ("•\u00a0Prix indicatif.", "•\u00a0"),
        ("1. Synthèse", ""),  # a heading's own number, which OmegaT cuts itself
        ("1. FC Köln a gagné.", ""),  # a name's
        ("– 3,2 % sur un an.", ""),  # a sign before a figure: a fall
        ("-5 °C cette nuit.", ""),  # a minus, no space
        ("Les horaires changent – encore.", ""),  # inside the sentence
        ("–", ""),  # a marker with no item
    ],
)
def test_a_list_marker_opens_the_line_and_is_split_off(line: str, marker: str) -> None:
    assert split_marker(line) == (marker, line[len(marker) :])


@pytest.mark.parametrize(
    ("stored", "text", "back"),
    [
        ("– Les horaires changent.", "Les horaires changent.", "– Les horaires changent."),
        ("– Les horaires changent.", "Les horaires ont changé.", "– Les horaires ont changé."),
        ("– Les horaires changent.", "– Les horaires changent.", "– Les horaires changent."),
        ("– Les horaires changent.", "• Les horaires changent.", "• Les horaires changent."),
        ("Les horaires changent.", "Les horaires ont changé.", "Les horaires ont changé."),
        ("– Les horaires changent.", "", ""),  # an emptied side stays empty: refused later
    ],
    ids=["untouched", "changed", "old-export", "own-marker", "no-marker", "emptied"],
)
def test_a_texts_marker_comes_back_from_the_bead(stored: str, text: str, back: str) -> None:
    assert with_marker(stored, text) == back


LINES = [  # (Spanish original, French translation), as a page typed them
    ("– Los horarios cambian.", "– Les horaires changent."),
    ("— Manténganse informados.", "— Restez informés."),
    ("1) Consulten el sitio.", "1) Consultez le site."),
]
FORMATS = ["tmx", "xliff12", "xliff21", "tsv", "csv", "xlsx"]
RETURNED = {"tmx", "xliff12", "xliff21"}  # the others are reviewed tables


def _aligned(store: Store, tmp_path: Path) -> int:
    """Beads that hold the list markers, as stored before this change or typed on a page."""
    memory = tmp_path / "memory.tmx"
    units = [unit(n, source=es, target=fr, status="auto", reviewer=None)
             for n, (es, fr) in enumerate(LINES, 1)]  # fmt: skip
    write_units(units, memory, "tmx")
    return import_file(store, memory).alignment.id


def _export(store: Store, tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / "cat" / f"handoff.es-fr.{fmt}"
    out.parent.mkdir(exist_ok=True)
    export_documents(store, [DOC], "es", fmt, out)
    return out


def _handed_back(store: Store, path: Path, fmt: str) -> tuple[int, int]:
    """(edited, unchanged) of the file imported back as the translator ben."""
    if fmt in RETURNED:
        returned = import_returned(store, path, reviewer="ben")
        assert returned is not None and returned.refused == ()
        return returned.edited, returned.unchanged
    reviewed = import_reviewed(store, path, reviewer="ben")
    assert reviewed.refused == ()
    return reviewed.edited, reviewed.unchanged


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_unit_holds_the_sentence_and_the_bead_keeps_its_marker(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    aid = _aligned(store, tmp_path)
    before = store.beads(aid)
    assert [b.fr_text for b in before] == [fr for _, fr in LINES]  # the bead as typed
    path = _export(store, tmp_path, fmt)
    units = read_units(path, fmt)
    assert [(u.source, u.target) for u in units] == [
        ("Los horarios cambian.", "Les horaires changent."),
        ("Manténganse informados.", "Restez informés."),
        ("Consulten el sitio.", "Consultez le site."),
    ]
    assert _handed_back(store, path, fmt) == (0, 3)  # untouched: nothing to store
    assert store.beads(aid) == before
    edited = [replace(u, target="Les horaires ont changé.") if n == 0 else u
              for n, u in enumerate(units)]  # fmt: skip
    write_units(edited, path, fmt)
    assert _handed_back(store, path, fmt) == (1, 2)
    after = store.beads(aid)
    assert (after[0].fr_text, after[0].reviewer) == ("– Les horaires ont changé.", "ben")
    assert after[1:] == before[1:]


def test_an_export_from_before_this_change_with_the_markers_is_no_edit(
    store: Store, tmp_path: Path
) -> None:
    """A file exported before, its units holding the markers, read back: nothing changed."""
    aid = _aligned(store, tmp_path)
    path = _export(store, tmp_path, "tmx")
    units = read_units(path, "tmx")
    old = [replace(u, source=es, target=fr) for u, (es, fr) in zip(units, LINES, strict=True)]
    write_units(old, path, "tmx")
    before = store.beads(aid)
    assert _handed_back(store, path, "tmx") == (0, 3)
    assert store.beads(aid) == before


def test_the_cli_exports_the_sentence_and_says_the_file_came_back_unchanged(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "wb.db")
    runner = CliRunner()
    memory = tmp_path / "memory.tmx"
    write_units([unit(n, source=es, target=fr, status="auto", reviewer=None)
                 for n, (es, fr) in enumerate(LINES, 1)], memory, "tmx")  # fmt: skip
    assert runner.invoke(app, ["import", str(memory), "--db", db]).exit_code == 0
    out = tmp_path / "out.tsv"
    export = ["export", DOC, "--to", "es", "-f", "tsv", "-o", str(out), "--db", db]
    done = runner.invoke(app, export)
    assert done.exit_code == 0, done.output
    assert "\tLes horaires changent.\t" in out.read_text(encoding="utf-8")
    back = runner.invoke(app, ["import", str(out), "--reviewer", "ben", "--db", db])
    assert back.exit_code == 0, back.output
    assert "0 beads edited, 0 confirmed, 0 rejected, 3 unchanged" in back.output
    listed = runner.invoke(app, ["beads", DOC, "--to", "es", "--db", db, "--format", "tsv"])
    assert "– Les horaires changent." in listed.output  # the bead as the page has it


def test_a_dialogue_dash_of_a_plain_text_stays_in_the_bead_and_comes_back(
    tmp_path: Path,
) -> None:
    """tsv27: "- Bonjour, dit-il." in a .txt was stored "Bonjour, dit-il.", its dash taken
    for a list's bullet. The bead keeps it now; the unit leaves it out as it does every
    line's marker ("– ", "— " dialogue alike), and the file comes back as no edit."""
    db, runner = str(tmp_path / "wb.db"), CliRunner()
    fr, en = tmp_path / "conte.fr.txt", tmp_path / "conte.en.txt"
    fr.write_text("Chapitre un\n\n- Bonjour, dit-il.\n- Bonsoir, répondit-elle.\n"
                  "\nIl faisait -5 °C ce soir-là.\n", encoding="utf-8")  # fmt: skip
    en.write_text("Chapter one\n\nHello, he said.\nGood evening, she answered.\n"
                  "\nIt was -5 °C that evening.\n", encoding="utf-8")  # fmt: skip
    assert runner.invoke(app, ["ingest", str(fr), "--db", db]).exit_code == 0
    aligned = runner.invoke(app, ["align", "conte.fr", "--to", "en", "--original", str(en),
                                  "--encoder", "none", "--db", db])  # fmt: skip
    assert aligned.exit_code == 0, aligned.output
    listed = runner.invoke(app, ["beads", "conte.fr", "--to", "en", "--db", db, "-f", "json"])
    beads = [bead["fr"] for bead in json.loads(listed.output)]
    assert beads == ["Chapitre un", "- Bonjour, dit-il.", "- Bonsoir, répondit-elle.",
                     "Il faisait -5 °C ce soir-là."]  # fmt: skip
    for fmt in ("tsv", "tmx"):
        out = tmp_path / f"conte.{fmt}"
        export = ["export", "conte.fr", "--to", "en", "-f", fmt, "-o", str(out), "--db", db]
        assert runner.invoke(app, export).exit_code == 0
        targets = [u.target for u in read_units(out, fmt)]
        assert targets == ["Chapitre un", "Bonjour, dit-il.", "Bonsoir, répondit-elle.",
                           "Il faisait -5 °C ce soir-là."]  # fmt: skip
        back = runner.invoke(app, ["import", str(out), "--reviewer", "ben", "--db", db])
        assert back.exit_code == 0, back.output
        assert "0 beads edited" in back.output
    listed = runner.invoke(app, ["beads", "conte.fr", "--to", "en", "--db", db, "-f", "json"])
    assert [bead["fr"] for bead in json.loads(listed.output)] == beads
