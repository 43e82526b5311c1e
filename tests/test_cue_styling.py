"""A subtitle cue's styling in our TMX: written as the cue wrote it while its text is the
one ingested (OmegaT's SubRip filter keeps ``<i>`` as text: `test_omegat_styled_cues`),
read back by our own readers as the clean text the unit would have held without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.test_subtitles_export import ENGLISH, FRENCH, _edit
from tests.test_tmx import tmx_dtd  # noqa: F401  (the fixture)
from workbench.formats.choices import CueStyling
from workbench.formats.cue_styling import as_inline_codes, styled_side, without_styling
from workbench.formats.tmx_read import read_tmx
from workbench.formats.units import ExportOptions
from workbench.pipeline.alignment import align_document
from workbench.pipeline.documents import ingest_file
from workbench.pipeline.exchange import import_file
from workbench.pipeline.exporting import export_documents, units_for_export
from workbench.store import Store

# (the unit's text, the cue as ingested, what the TMX unit holds)
SIDES = [
    ("At dawn, the mountain is silent.", "<i>At dawn, the mountain is silent.</i>",
     "<i>At dawn, the mountain is silent.</i>"),
    ("Voici le glacier du Rhône,\ndans les Alpes suisses.",
     "<i>Voici le glacier du Rhône,\ndans les Alpes suisses.</i>",
     "<i>Voici le glacier du Rhône,\ndans les Alpes suisses.</i>"),
    ("Refuge du Grimsel, 2 165 m", "{\\an8}Refuge du Grimsel, 2 165 m",
     "{\\an8}Refuge du Grimsel, 2 165 m"),
    ("Non, c'est toi qui vieillis, Paul.", "Non, c'est <b>toi</b> qui vieillis, Paul.",
     "Non, c'est <b>toi</b> qui vieillis, Paul."),
    ("Careful!", '<font color="#ffff00">Careful!</font>', '<font color="#ffff00">Careful!</font>'),
    # WebVTT's voice span is not SubRip's: a .srt made from the .vtt has no <v>.
    ("Are you ready?", "<v Anna><i>Are you ready?</i></v>", "<i>Are you ready?</i>"),
    ("Are you ready?", "<v Anna>Are you ready?", "Are you ready?"),
    # A reviewer's text: no styling to restore.
    ("Le lendemain, le temps se gâte.", "<i>Le lendemain matin, le temps se gâte.</i>",
     "Le lendemain, le temps se gâte."),
    # A caption apart from the credit in its cue: its own lines' styling, closed.
    ("Merci.", "<i>Merci.</i>\nSous-titrage : Studio Mistral", "<i>Merci.</i>"),
    ("— Merci.", "<i>— Merci.\nSous-titres : Claire Aubert</i>", "<i>— Merci.</i>"),
    ("Sous-titres : Claire Aubert", "<i>— Merci.\nSous-titres : Claire Aubert</i>",
     "<i>Sous-titres : Claire Aubert</i>"),
    ("We walked for hours.", "", "We walked for hours."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "styled", "unit"), SIDES)
def test_a_cue_s_unit_holds_its_subrip_styling_while_its_text_is_unchanged(
    text: str, styled: str, unit: str
) -> None:
    assert styled_side(text, styled) == unit
    assert without_styling(unit) == text  # read back as the text it was written from


@pytest.fixture
def film(store: Store, tmp_path: Path) -> Store:
    """newcomer 24's kind of documentary: a styled French .srt aligned with a styled .vtt."""
    fr, en = tmp_path / "glacier.fr.srt", tmp_path / "glacier.en.vtt"
    fr.write_text(FRENCH, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    ingest_file(store, fr)
    align_document(store, "glacier.fr", "en", original_path=en)
    return store


def _segs(path: Path) -> list[tuple[str, str]]:
    """Each unit's (source, target) ``seg`` text as written, styling in."""
    root = etree.parse(str(path)).getroot()
    return [(tu[-2][0].text or "", tu[-1][0].text or "") for tu in root.iter("tu")]


def test_our_tmx_writes_each_styled_cue_as_written_valid_for_the_dtd(
    film: Store,
    tmp_path: Path,
    tmx_dtd: etree.DTD,  # noqa: F811
) -> None:
    path = tmp_path / "film.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path)
    assert tmx_dtd.validate(etree.parse(str(path))), str(tmx_dtd.error_log)
    segs = _segs(path)
    assert (
        "<i>At dawn, the mountain is silent.</i>",
        "<i>À l'aube, la montagne est silencieuse.</i>",
    ) in segs
    assert (
        "<i>This is the Rhône Glacier, in the Swiss Alps.</i>",
        "<i>Voici le glacier du Rhône,\ndans les Alpes suisses.</i>",
    ) in segs
    assert ("Grimsel hut, 2,165 m", "{\\an8}Refuge du Grimsel, 2 165 m") in segs
    assert ("- Are you ready?\n- Almost. Pass me the drill.",
            "- Tu es prête ?\n- Presque. Passe-moi la foreuse.") in segs  # fmt: skip
    # French first (--french-source): each side keeps its own styling.
    options = ExportOptions(french_source=True)
    export_documents(film, ["glacier.fr"], "en", "tmx", tmp_path / "fr.tmx", options)
    grimsel = ("{\\an8}Refuge du Grimsel, 2 165 m", "Grimsel hut, 2,165 m")
    assert grimsel in _segs(tmp_path / "fr.tmx")


def test_our_readers_read_a_styled_tmx_back_to_the_clean_units(film: Store, tmp_path: Path) -> None:
    path = tmp_path / "film.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path)
    clean = {u.tuid: (u.source, u.target) for u in units_for_export(film, "glacier.fr", "en")}
    read = read_tmx(path).units
    assert read and [(u.source, u.target) for u in read] == [clean[u.tuid] for u in read]
    assert all("<" not in u.source + u.target and "{\\" not in u.target for u in read)


def test_an_edited_cue_s_unit_has_no_styling_and_the_other_side_keeps_its_own(
    film: Store, tmp_path: Path
) -> None:
    _edit(film, "Voici le glacier du Rhône, dans les Alpes suisses.",
          "Voici le glacier du Rhône, dans les Alpes valaisannes.")  # fmt: skip
    path = tmp_path / "film.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path)
    assert ("<i>This is the Rhône Glacier, in the Swiss Alps.</i>",
            "Voici le glacier du Rhône, dans les Alpes valaisannes.") in _segs(path)  # fmt: skip


def test_styling_goes_only_into_a_tmx_and_an_import_of_it_is_clean(
    film: Store, tmp_path: Path
) -> None:
    for fmt in ("xliff12", "tsv"):
        path = tmp_path / f"film.{fmt}"
        export_documents(film, ["glacier.fr"], "en", fmt, path)
        assert "<i>" not in path.read_text(encoding="utf-8").replace("&lt;i&gt;", "<i>")
    path = tmp_path / "film.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path)
    report = import_file(film, path)
    texts = [s.text for s in film.segments(report.french.id)]
    assert "À l'aube, la montagne est silencieuse." in texts
    assert not [t for t in texts if "<" in t or "{\\" in t]


# (--cue-styling, what the italic narration's French seg holds, as serialized)
ROUTES = [
    (CueStyling.TEXT, "&lt;i&gt;À l'aube, la montagne est silencieuse.&lt;/i&gt;"),
    (CueStyling.CODES, '<bpt i="1">&lt;i&gt;</bpt>À l\'aube, la montagne est silencieuse.'
                       '<ept i="1">&lt;/i&gt;</ept>'),
    (CueStyling.NONE, "À l'aube, la montagne est silencieuse."),
]  # fmt: skip


@pytest.mark.parametrize(("route", "seg"), ROUTES)
def test_each_cue_styling_route_is_valid_tmx_and_reads_back_clean(
    film: Store,
    tmp_path: Path,
    tmx_dtd: etree.DTD,  # noqa: F811
    route: CueStyling,
    seg: str,
) -> None:
    """TMX 1.4b marks a native code (an SRT's <i>) with <bpt>/<ept>: the route for a tool
    whose SubRip filter makes it a tag (Trados, memoQ); OmegaT 3.6 matches only the text
    route (`test_omegat_styled_cues`). Each is valid for the DTD and reads back clean."""
    path = tmp_path / f"{route}.tmx"
    export_documents(film, ["glacier.fr"], "en", "tmx", path, ExportOptions(cue_styling=route))
    assert tmx_dtd.validate(etree.parse(str(path))), str(tmx_dtd.error_log)
    assert f"<seg>{seg}</seg>" in path.read_text(encoding="utf-8")
    grimsel = "<ph>{\\an8}</ph>Refuge" if route is CueStyling.CODES else "{\\an8}Refuge"
    assert (grimsel in path.read_text(encoding="utf-8")) is (route is not CueStyling.NONE)
    clean = {u.tuid: (u.source, u.target) for u in units_for_export(film, "glacier.fr", "en")}
    read = read_tmx(path).units
    assert read and [(u.source, u.target) for u in read] == [clean[u.tuid] for u in read]


@pytest.mark.parametrize(
    ("seg", "codes"),
    [
        ("&lt;i&gt;Un&lt;/i&gt; &lt;b&gt;deux",
         '<bpt i="1">&lt;i&gt;</bpt>Un<ept i="1">&lt;/i&gt;</ept> '
         '<it pos="begin">&lt;b&gt;</it>deux'),
        ("deux&lt;/b&gt;", 'deux<it pos="end">&lt;/b&gt;</it>'),
        ('&lt;font color="#ff0"&gt;toi&lt;/font&gt;',
         '<bpt i="1">&lt;font color="#ff0"&gt;</bpt>toi<ept i="1">&lt;/font&gt;</ept>'),
        ("Rien.", "Rien."),
    ],
)  # fmt: skip
def test_a_cues_styling_as_content_markup(seg: str, codes: str) -> None:
    assert as_inline_codes(seg) == codes
