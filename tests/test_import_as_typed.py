"""A text saved as typed (two spaces, a line break) survives the CAT tool's round trip.

Newcomer 19b: the editor stores a reviewer's text exactly as typed since session 19, but a
TMX or XLIFF exported with that text and imported back untouched came in with its white
space folded, counted as an edit, and replaced the reviewer's text, signed by the importer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_returned import FORMATS, _aligned, _beads, _edit_in_file, _export
from workbench import review
from workbench.pipeline.alignment import apply
from workbench.pipeline.returned import import_returned
from workbench.store import Store

TYPED = "Le président  russe est arrivé\nle 2 juin. "


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_handed_back_untouched_leaves_a_text_saved_as_typed_and_its_reviewer(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    aid = _aligned(both_store, tmp_path)
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 1, "fr", TYPED, "ana"), "ana")
    saved = _beads(both_store, aid)
    assert saved[1].fr_text == TYPED
    path = _export(both_store, tmp_path, fmt)
    report = import_returned(both_store, path, reviewer="tr9")
    assert report is not None
    assert (report.edited, report.unchanged, report.conflicts, report.refused) == (0, 3, (), ())
    assert _beads(both_store, aid) == saved  # ana's text as she typed it, signed ana


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_real_change_in_the_file_to_a_text_saved_as_typed_still_comes_in(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    aid = _aligned(both_store, tmp_path)
    apply(both_store, aid, review.edit_text(_beads(both_store, aid), 1, "fr", TYPED, "ana"), "ana")
    path = _export(both_store, tmp_path, fmt)
    _edit_in_file(path, fmt, {1: "Le président russe est arrivé le 3 juin."})
    report = import_returned(both_store, path, reviewer="tr9")
    assert report is not None and (report.edited, report.conflicts) == (1, ())
    after = _beads(both_store, aid)[1]
    assert (after.fr_text, after.reviewer) == ("Le président russe est arrivé le 3 juin.", "tr9")
