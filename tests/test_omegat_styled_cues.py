"""A styled subtitle cue in OmegaT 3.6, and the TMX unit that pre-translates it.

OmegaT's SubRip filter keeps a cue's ``<i>…</i>``, ``<b>`` and ``{\\an8}`` as characters
in its segment (not as OmegaT tags such as ``<i0>``): a unit matches only when its
``seg`` holds the same characters. A unit with TMX inline markup for them (``<bpt>``/
``<ept>``, ``<ph>``, ``<it>``) does not match. Our export writes a cue's styling as the
cue wrote it (`workbench.formats.cue_styling`) while its text is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_omegat import needs_omegat, run_omegat
from tests.test_omegat_sentences import _empty_project
from workbench.store import Store

pytestmark = [pytest.mark.slow, needs_omegat]

# (English cue as written, French cue as written): a narration in italics, bold words,
# a cue moved to the top of the screen, a cue with one word styled, a plain cue.
CUES = [
    ("<i>At dawn, the mountain is silent.</i>", "<i>À l'aube, la montagne est silencieuse.</i>"),
    ("<i>This is the Rhône Glacier,</i>\n<i>in the Swiss Alps.</i>",
     "<i>Voici le glacier du Rhône,\ndans les Alpes suisses.</i>"),
    ("<b>Warning:</b> thin ice.", "<b>Attention :</b> glace fine."),
    ("{\\an8}Zurich, 2019", "{\\an8}Zurich, 2019"),
    ("Only <i>one word</i> styled.", "Un seul <i>mot</i> stylé."),
    ("<i>It melts. It retreats.</i>", "<i>Il fond. Il recule.</i>"),
    ("We walked for hours.", "Nous avons marché des heures."),
]  # fmt: skip
ITALIC = ("At dawn, the mountain is silent.", "À l'aube, la montagne est silencieuse.")
_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph"
o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>{}</body></tmx>
"""


def _srt(cues: list[str]) -> str:
    return "".join(
        f"{n}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{text}\n\n"
        for n, text in enumerate(cues, 1)
    )


def _tu(en: str, fr: str) -> str:
    en_tuv = f'<tuv xml:lang="en"><seg>{en}</seg></tuv>'
    return f'<tu>{en_tuv}<tuv xml:lang="fr"><seg>{fr}</seg></tuv></tu>'


# How a unit marks the cue's <i>…</i>: as text, or as TMX inline codes.
@pytest.mark.parametrize(
    ("opening", "closing", "matched"),
    [
        ("&lt;i&gt;", "&lt;/i&gt;", True),
        ('<bpt i="1">&lt;i&gt;</bpt>', '<ept i="1">&lt;/i&gt;</ept>', False),
        ('<it pos="begin">&lt;i&gt;</it>', '<it pos="end">&lt;/i&gt;</it>', False),
        ('<ph x="1">&lt;i&gt;</ph>', '<ph x="2">&lt;/i&gt;</ph>', False),
        ("", "", False),
    ],
)
def test_omegat_matches_an_italic_cue_only_from_a_unit_with_the_tags_as_text(
    tmp_path: Path, opening: str, closing: str, matched: bool
) -> None:
    en, fr = (f"{opening}{text}{closing}" for text in ITALIC)
    project = _empty_project(tmp_path, "film.srt", _srt([CUES[0][0]]))
    (project / "tm" / "auto" / "m.tmx").write_text(_TMX.format(_tu(en, fr)), encoding="utf-8")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(project, tmp_path / "config")
    out = (project / "target" / "film.srt").read_text(encoding="utf-8")
    assert (CUES[0][1] in out) is matched


def test_our_tmx_of_a_styled_film_pre_translates_every_cue_in_omegat(
    store: Store, tmp_path: Path
) -> None:
    """Through the pipeline: both films ingested (styling kept in the cues' meta, the
    segments clean), aligned, exported as TMX; OmegaT on the English .srt writes the
    French cues, styling and line breaks as the French file has them. A cue whose text a
    reviewer changed gets no styling (`test_cue_styling`)."""
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.exchange import export_documents

    english, french = [en for en, _ in CUES], [fr for _, fr in CUES]
    (tmp_path / "film.en.srt").write_text(_srt(english), encoding="utf-8")
    (tmp_path / "film.fr.srt").write_text(_srt(french), encoding="utf-8")
    pipeline.ingest_paths(store, [tmp_path / "film.fr.srt"])
    align_document(store, "film.fr", "en", original_path=tmp_path / "film.en.srt")
    assert store.segments("film.fr")[0].text == "À l'aube, la montagne est silencieuse."

    project = _empty_project(tmp_path, "film.srt", _srt(english))
    export_documents(store, ["film.fr"], "en", "tmx", project / "tm" / "auto" / "film.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(project, tmp_path / "config")
    out = (project / "target" / "film.srt").read_text(encoding="utf-8")
    assert out == _srt(french)


def _timed(cues: list[tuple[str, str]]) -> str:
    return "".join(f"{n}\n{times}\n{text}\n\n" for n, (times, text) in enumerate(cues, 1))


def test_a_cue_translated_by_two_cues_gets_both_styled_on_their_lines_without_the_dots(
    store: Store, tmp_path: Path
) -> None:
    """verify24, new problem 1: the French of one English cue is two cues, a sentence cut
    with continuation dots. OmegaT writes the two cues' lines, each in its italics, without
    the dots between them (`workbench.formats.continuation`); before, one line of 68
    characters, plain, "il alimente... ...le fleuve" in it."""
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.exchange import export_documents

    first, last = (
        ("00:00:01,000 --> 00:00:02,900", CUES[0]),
        ("00:00:06,000 --> 00:00:07,900", CUES[6]),
    )
    english = [(first[0], first[1][0]), ("00:00:03,000 --> 00:00:05,900",
               "<i>For ten thousand years, it fed</i>\n<i>the river that bears its name.</i>"),
               (last[0], last[1][0])]  # fmt: skip
    french = [(first[0], first[1][1]),
              ("00:00:03,000 --> 00:00:04,400", "<i>Depuis dix mille ans, il alimente...</i>"),
              ("00:00:04,500 --> 00:00:05,900", "<i>...le fleuve qui porte son nom.</i>"),
              (last[0], last[1][1])]  # fmt: skip
    (tmp_path / "film.en.srt").write_text(_timed(english), encoding="utf-8")
    (tmp_path / "film.fr.srt").write_text(_timed(french), encoding="utf-8")
    pipeline.ingest_paths(store, [tmp_path / "film.fr.srt"])
    align_document(store, "film.fr", "en", original_path=tmp_path / "film.en.srt")

    project = _empty_project(tmp_path, "film.srt", _timed(english))
    export_documents(store, ["film.fr"], "en", "tmx", project / "tm" / "auto" / "film.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(project, tmp_path / "config")
    out = (project / "target" / "film.srt").read_text(encoding="utf-8").replace("\r\n", "\n")
    two = "<i>Depuis dix mille ans, il alimente</i>\n<i>le fleuve qui porte son nom.</i>"
    assert out == _timed([french[0], (english[1][0], two), french[3]])


# An English sentence over two cues (3 and 4), and the French of it: (case, French cues
# 3.., whether OmegaT pre-translates English cues 3 and 4).
CUT = [
    # one French cue: a 1:2 bead, one unit holding both English cues on their lines; OmegaT
    # makes each English cue a segment of its own, and the unit matches neither
    ("one-french-cue", ["Depuis dix mille ans, il alimente\nle fleuve qui porte son nom."],
     False),
    # the French cut where the English is: a bead per cue, a unit per cue, both matched
    ("cut-alike", ["Depuis dix mille ans, il alimente", "le fleuve qui porte son nom."], True),
]  # fmt: skip


@pytest.mark.parametrize(("case", "french", "matched"), CUT, ids=[c[0] for c in CUT])
def test_an_english_sentence_over_two_cues_is_pre_translated_only_where_the_french_cut_it(
    store: Store, tmp_path: Path, case: str, french: list[str], matched: bool
) -> None:
    """verify25: an English sentence cut over two cues, the French in one cue, is one unit
    (the bead), and OmegaT pre-translates neither cue. Cutting the French where the English
    cues divide would be a guess, not a pair anyone saw: the unit stays whole (README,
    "Exports and CAT tools")."""
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.exchange import export_documents

    english = [CUES[0][0], "For ten thousand years, it has fed",
               "the river that bears its name.", CUES[6][0]]  # fmt: skip
    times = [f"00:00:0{n},000 --> 00:00:0{n},900" for n in range(1, 5)]
    joined = ["00:00:02,000 --> 00:00:03,900"]  # one French cue over both English ones
    french_times = [times[0], *(times[1:3] if len(french) == 2 else joined)]
    french_cues = list(zip(french_times, [CUES[0][1], *french], strict=True))
    french_cues.append((times[3], CUES[6][1]))
    source = _timed(list(zip(times, english, strict=True)))
    (tmp_path / "film.en.srt").write_text(source, encoding="utf-8")
    (tmp_path / "film.fr.srt").write_text(_timed(french_cues), encoding="utf-8")
    pipeline.ingest_paths(store, [tmp_path / "film.fr.srt"])
    align_document(store, "film.fr", "en", original_path=tmp_path / "film.en.srt")

    project = _empty_project(tmp_path, "film.srt", source)
    export_documents(store, ["film.fr"], "en", "tmx", project / "tm" / "auto" / "film.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(project, tmp_path / "config")
    out = (project / "target" / "film.srt").read_text(encoding="utf-8").replace("\r\n", "\n")
    assert CUES[0][1] in out  # the cue before, a 1:1 bead, as ever
    # English cues 2 and 3 in OmegaT's target: the French halves, or the English as it was
    assert [t in out for t in (french if matched else english[1:3])] == [True, True]
    assert (english[1] in out) is not matched
