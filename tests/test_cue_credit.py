"""A cue holding a line of dialogue and the subtitler's credit ("— Merci." / "Sous-titres :
Claire Aubert"): two segments, the dialogue a caption aligned with the other film's cue,
the credit boilerplate out of the alignment; the cue written back whole, its caption's
styling kept in the TMX unit and in an edited cue (loose25subs, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cue_styling import _segs
from workbench import review
from workbench.formats.subtitles import CueText, styled_text
from workbench.model import Kind
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.pipeline.documents import ingest_file
from workbench.pipeline.exporting import export_documents
from workbench.store import Store

FRENCH = """1
00:00:01,000 --> 00:00:03,000
Nous avons marché des heures.

2
00:00:04,000 --> 00:00:06,000
<i>Le glacier recule chaque année.</i>

3
00:00:07,000 --> 00:00:09,000
<i>— Merci.</i>
Sous-titres : Claire Aubert
"""
ENGLISH = """1
00:00:01,000 --> 00:00:03,000
We walked for hours.

2
00:00:04,000 --> 00:00:06,000
<i>The glacier retreats every year.</i>

3
00:00:07,000 --> 00:00:09,000
<i>— Thank you.</i>
"""


@pytest.fixture
def credited(store: Store, tmp_path: Path) -> Store:
    (tmp_path / "f.fr.srt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "f.en.srt").write_text(ENGLISH, encoding="utf-8")
    ingest_file(store, tmp_path / "f.fr.srt")
    align_document(store, "f.fr", "en", original_path=tmp_path / "f.en.srt")
    return store


def test_the_dialogue_is_aligned_and_the_credit_is_boilerplate(credited: Store) -> None:
    segments = credited.segments("f.fr")
    assert [(s.text, s.kind) for s in segments[2:]] == [
        ("— Merci.", Kind.CAPTION), ("Sous-titres : Claire Aubert", Kind.BOILERPLATE),
    ]  # fmt: skip
    beads = credited.beads(alignment_for(credited, "f.fr", "en").id)
    assert [(b.fr_text, b.cp_text) for b in beads][-1] == ("— Merci.", "— Thank you.")
    assert not [b for b in beads if segments[3].id in b.fr]


def test_the_tmx_unit_holds_the_dialogue_with_its_own_styling(
    credited: Store, tmp_path: Path
) -> None:
    export_documents(credited, ["f.fr"], "en", "tmx", tmp_path / "f.tmx")
    assert _segs(tmp_path / "f.tmx")[-1] == ("<i>— Thank you.</i>", "<i>— Merci.</i>")


def test_the_cue_comes_back_whole_and_an_edited_dialogue_keeps_its_italics(
    credited: Store, tmp_path: Path
) -> None:
    export_documents(credited, ["f.fr"], "en", "srt", tmp_path / "same.srt")
    assert (tmp_path / "same.srt").read_text(encoding="utf-8") == FRENCH
    alignment = alignment_for(credited, "f.fr", "en")
    beads = credited.beads(alignment.id)
    apply(credited, alignment.id, review.edit_text(beads, 2, "fr", "— Merci beaucoup.", "claire"),
          "claire")  # fmt: skip
    report = export_documents(credited, ["f.fr"], "en", "srt", tmp_path / "edited.srt")
    written = (tmp_path / "edited.srt").read_text(encoding="utf-8")
    assert written == FRENCH.replace("— Merci.", "— Merci beaucoup.")
    assert not report.notice  # no styling lost


# (the cue as ingested, its segments' line counts, its lines once edited, written)
EDITED = [
    ("<i>— Merci.</i>\nSous-titres : Claire Aubert", (1, 1),
     ("— Merci bien.", "Sous-titres : Claire Aubert"),
     "<i>— Merci bien.</i>\nSous-titres : Claire Aubert"),
    # one caption of two lines styled differently: words move between them, so plain
    ("<i>Il fond</i>\net recule.", (2,), ("Il fond vite", "et recule."),
     "Il fond vite\net recule."),
    ("<i>Il fond</i>\n<i>et recule.</i>", (2,), ("Il fond vite", "et recule."),
     "<i>Il fond vite</i>\n<i>et recule.</i>"),
]  # fmt: skip


@pytest.mark.parametrize(("styled", "groups", "lines", "written"), EDITED)
def test_each_segment_of_an_edited_cue_keeps_its_lines_styling(
    styled: str, groups: tuple[int, ...], lines: tuple[str, ...], written: str
) -> None:
    cue = CueText(lines, unchanged=False, styled=styled, groups=groups)
    assert styled_text(cue, vtt=False, same_notation=True)[0] == written
