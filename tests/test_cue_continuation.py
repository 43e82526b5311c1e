"""A bead of two cues is one unit whose text is each cue on its own lines, styling kept,
the continuation dots between them left out; the bead and the subtitle file keep them.

verify24, new problem 1: OmegaT pre-translated the English cue "<i>For ten thousand years,
it fed</i> / <i>the river…</i>" from a unit whose French was "Depuis dix mille ans, il
alimente... ...le fleuve qui porte son nom.": one line of 68 characters, no italics, dots
in the middle. `workbench.formats.continuation`; through real OmegaT in
`tests/test_omegat_styled_cues.py`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_cue_styling import _segs, film  # noqa: F401  (the fixture)
from tests.test_subtitles_export import _read_back
from workbench.formats.continuation import (
    joined_cues,
    their_dots,
    with_continuation,
    without_continuation,
)
from workbench.formats.registry import read_units, write_units
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.exporting import export_documents
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

BEAD = "Depuis dix mille ans, il alimente... ...le fleuve qui porte son nom."
UNIT = "Depuis dix mille ans, il alimente\nle fleuve qui porte son nom."
STYLED_UNIT = "<i>Depuis dix mille ans, il alimente</i>\n<i>le fleuve qui porte son nom.</i>"

# (the cues as the unit writes them, the unit's text)
JOINED = [
    (["<i>il alimente...</i>", "<i>...le fleuve.</i>"], "<i>il alimente</i>\n<i>le fleuve.</i>"),
    (["il alimente…", "…le fleuve."], "il alimente\nle fleuve."),
    (["{\\an8}<i>il alimente...</i>", "{\\an8}<i>...le fleuve.</i>"],
     "{\\an8}<i>il alimente</i>\n{\\an8}<i>le fleuve.</i>"),
    # a cue's own lines stay under each other
    (["ça dépend de ce...", "...que nous ferons dans les\nvingt prochaines années."],
     "ça dépend de ce\nque nous ferons dans les\nvingt prochaines années."),
    # no continuation: two sentences, each cue's text as it is
    (["Regardez où elle est.", "Quatre cents mètres plus haut."],
     "Regardez où elle est.\nQuatre cents mètres plus haut."),
    # dots on one side only are the cue's words (a voice trailing off), not a cut
    (["Je ne sais pas...", "Bon, on y va."], "Je ne sais pas...\nBon, on y va."),
    (["Attends.", "...et puis rien."], "Attends.\n...et puis rien."),
]  # fmt: skip


@pytest.mark.parametrize(("cues", "unit"), JOINED)
def test_the_unit_of_several_cues_leaves_out_the_dots_between_them(
    cues: list[str], unit: str
) -> None:
    assert joined_cues(cues) == unit


# (the bead's text as exported, the file's text, the text the import compares)
RETURNED = [
    (BEAD, UNIT, BEAD),  # untouched: no edit
    (BEAD, "Depuis dix mille ans, il alimente le fleuve qui porte son nom.", BEAD),
    (BEAD, "Il nourrit\nle fleuve.", "Il nourrit\nle fleuve."),  # an edit
    (BEAD, BEAD, BEAD),  # an export from before this change
    ("Il fond... et recule.", "Il fond et recule.", "Il fond et recule."),  # one cue's words
]  # fmt: skip


@pytest.mark.parametrize(("stored", "text", "compared"), RETURNED)
def test_a_unit_back_without_the_dots_is_the_bead_as_it_was(
    stored: str, text: str, compared: str
) -> None:
    assert with_continuation(stored, text) == compared
    assert without_continuation(BEAD) == UNIT.replace("\n", " ")


@pytest.mark.parametrize(
    ("said", "cut", "written"),
    [
        (["il alimente...", "...le fleuve."], ["il nourrit", "le fleuve."],
         ["il nourrit...", "...le fleuve."]),
        (["il alimente...", "...le fleuve."], ["il nourrit…", "…le fleuve."],
         ["il nourrit…", "…le fleuve."]),  # the reviewer's own dots
        (["Regardez.", "Plus haut."], ["Regardez donc.", "Plus haut."],
         ["Regardez donc.", "Plus haut."]),
    ],
)  # fmt: skip
def test_a_reviewers_text_cut_into_cues_gets_each_cues_dots_back(
    said: list[str], cut: list[str], written: list[str]
) -> None:
    assert their_dots(said, cut) == written


def test_the_tmx_unit_of_two_cues_holds_each_cue_styled_on_its_line(
    film: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "film.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path)
    english = "<i>For ten thousand years, it has fed the river that bears its name.</i>"
    assert (english, STYLED_UNIT) in _segs(path)
    export_documents(film, ["glacier.fr"], "en", "tsv", tmp_path / "film.tsv")
    units = read_units(tmp_path / "film.tsv", "tsv")
    assert UNIT in [u.target for u in units]  # no styling outside a TMX
    beads = film.beads(alignment_for(film, "glacier.fr", "en").id)
    assert BEAD in [b.fr_text for b in beads]  # the bead keeps the dots


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "tsv", "xlsx"])
def test_the_unit_of_two_cues_comes_back_as_no_edit_and_an_edit_keeps_the_cues_dots(
    film: Store,  # noqa: F811
    tmp_path: Path,
    fmt: str,
) -> None:
    aid = alignment_for(film, "glacier.fr", "en").id
    before = film.beads(aid)
    path = tmp_path / f"film.{fmt}"
    export_documents(film, ["glacier.fr"], "en", fmt, path)
    assert _handed_back(film, path, fmt)[0] == 0
    assert film.beads(aid) == before
    units = read_units(path, fmt)
    edited = [replace(u, target="Depuis dix mille ans, il nourrit\nle fleuve qui porte son nom.")
              if u.target.startswith("Depuis dix") else u for u in units]  # fmt: skip
    write_units(edited, path, fmt)
    assert _handed_back(film, path, fmt)[0] == 1
    export_documents(film, ["glacier.fr"], "en", "srt", tmp_path / "back.srt")
    cues = [text for text, _ in _read_back(tmp_path / "back.srt")]
    assert cues[3:5] == ["Depuis dix mille ans, il nourrit...", "...le fleuve qui porte son nom."]
    written = (tmp_path / "back.srt").read_text(encoding="utf-8")
    assert "<i>Depuis dix mille ans, il nourrit...</i>\n\n" in written  # its styling too


def _handed_back(store: Store, path: Path, fmt: str) -> tuple[int, int]:
    """(edited, unchanged) of the file imported back as the reviewer claire."""
    if fmt in ("tmx", "xliff12"):
        returned = import_returned(store, path, reviewer="claire")
        assert returned is not None and returned.refused == ()
        return returned.edited, returned.unchanged
    reviewed = import_reviewed(store, path, reviewer="claire")
    assert reviewed.refused == ()
    return reviewed.edited, reviewed.unchanged
