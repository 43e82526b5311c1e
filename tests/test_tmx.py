"""TMX export and import: valid for the official DTD, read by a second reader, round trips.

What each test shows is what a CAT tool needs: OmegaT, Trados and memoQ read
TMX 1.4b; the DTD checks the structure, the checks below it what the DTD
cannot (language codes, dates, two tuvs per tu, unique tuids).
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.factories import unit
from workbench.formats.tmx import (
    basic_utc,
    escape_attribute,
    escape_text,
    origin_label,
    write_tmx,
)
from workbench.formats.tmx_read import read_tmx, stream_tmx
from workbench.formats.units import (
    ExportOptions,
    MtPolicy,
    Selector,
    SkipReason,
    language_code,
    strip_illegal,
)
from workbench.model import ParseError, TranslationUnit
from workbench.store import Store

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
BASIC_UTC = re.compile(r"^\d{8}T\d{6}Z$")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def mixed_units() -> list[TranslationUnit]:
    return [
        unit(1),
        unit(2, origin="human", notes=("checked against the photo caption",)),
        unit(3, origin="mt:argos:translate-fr_es", status="draft", score=None),
        unit(4, status="auto", score=0.41, reviewer=None),
        # The workbench's pipeline may hand French first; the export turns it round.
        unit(5, source="Bonjour.", target="Hola.", source_lang="fr", target_lang="es"),
    ]


@pytest.fixture(scope="module")
def tmx_dtd(tmp_path_factory: pytest.TempPathFactory) -> etree.DTD:
    if not OMEGAT_JAR.exists():
        pytest.skip("needs Debian package omegat (the official TMX 1.4 DTD is in its jar)")
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        data = jar.read("schemas/tmx14.dtd")
    path = tmp_path_factory.mktemp("dtd") / "tmx14.dtd"
    path.write_bytes(data)
    return etree.DTD(str(path))


def assert_conforms(path: Path, dtd: etree.DTD, region_variants: bool = False) -> etree._Element:
    """Everything a CAT tool relies on: the DTD, then what the DTD does not check."""
    root = etree.parse(str(path)).getroot()
    assert dtd.validate(root), str(dtd.error_log)
    header = root.find("header")
    assert header is not None
    for name in ("creationtool", "creationtoolversion", "o-tmf", "adminlang", "srclang"):
        assert header.get(name), name
    assert header.get("segtype") == "paragraph" and header.get("datatype") == "plaintext"
    code = r"^[a-z]{2}-[A-Z]{2}$" if region_variants else r"^[a-z]{2}$"
    assert re.match(code, header.get("srclang", "")), header.get("srclang")
    tuids = [tu.get("tuid") for tu in root.iter("tu")]
    assert len(tuids) == len(set(tuids)) and all(tuids)
    for tu in root.iter("tu"):
        assert BASIC_UTC.match(tu.get("creationdate", "")) and BASIC_UTC.match(
            tu.get("changedate", "")
        )
        tuvs = tu.findall("tuv")
        assert len(tuvs) == 2
        assert tuvs[0].get(XML_LANG) == header.get("srclang")
        for tuv in tuvs:
            assert re.match(code, tuv.get(XML_LANG, "")), tuv.get(XML_LANG)
            seg = tuv.findtext("seg") or ""
            assert seg and seg == seg.strip()
        assert all(p.get("type", "").startswith("x-") for p in tu.iter("prop"))
    assert_translate_toolkit_reads(path)
    return root


def assert_translate_toolkit_reads(path: Path) -> None:
    """A second, independent reader finds the same pairs as ours."""
    from translate.storage.tmx import tmxfile

    with path.open("rb") as handle:
        store = tmxfile(handle)
    theirs = [(u.source, u.target) for u in store.units]
    assert theirs == [(u.source, u.target) for u in read_tmx(path).units]


def test_the_export_is_valid_tmx_that_translate_toolkit_reads(
    tmp_path: Path, tmx_dtd: etree.DTD
) -> None:
    path = tmp_path / "out.tmx"
    report = write_tmx(mixed_units(), path, ExportOptions(mt=MtPolicy.INCLUDE))
    assert report.written == 5 and report.paths == (path,) and report.skipped == ()
    root = assert_conforms(path, tmx_dtd)
    assert root.find("header").get("srclang") == "es"  # type: ignore[union-attr]
    assert ("Hola.", "Bonjour.") in [(u.source, u.target) for u in read_tmx(path).units]


def test_each_tu_carries_its_dates_reviewer_props_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    write_tmx([unit(2, origin="human", notes=("see photo",))], path)
    tu = etree.parse(str(path)).find("body/tu")
    assert tu is not None
    assert dict(tu.attrib) == {
        "tuid": "004:2",
        "creationdate": "20261123T120000Z",
        "changedate": "20261123T130000Z",
        "creationid": "ana",
        "changeid": "ana",
    }
    props = {p.get("type"): p.text for p in tu.iter("prop")}
    assert props == {
        "x-origin": "aligned by hand",
        "x-origin-detail": "human",
        "x-status": "confirmed",
        "x-score": "0.873",
        "x-document": "004_c5001f9aa01043f8",
    }
    assert [n.text for n in tu.iter("note")] == ["see photo"]


@pytest.mark.parametrize(
    ("origin", "label"),
    [
        ("human", "aligned by hand"),
        ("auto:vecalign", "aligned automatically"),
        ("mt:apertium:fr-es", "machine translation"),
    ],
)
def test_origin_is_named_in_translators_words(tmp_path: Path, origin: str, label: str) -> None:
    path = tmp_path / "out.tmx"
    write_tmx([unit(origin=origin)], path, ExportOptions(mt=MtPolicy.INCLUDE))
    assert etree.parse(str(path)).findtext("body/tu/prop[@type='x-origin']") == label
    assert read_tmx(path).units[0].origin == origin


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 23, 12, 0, 5), "20261123T120005Z"),  # naive: taken as UTC
        (datetime(2026, 11, 23, 13, 0, tzinfo=timezone(timedelta(hours=1))), "20261123T120000Z"),
        (datetime(2026, 11, 23, 12, 0, 0, 999_999, tzinfo=UTC), "20261123T120000Z"),
    ],
)
def test_dates_are_basic_utc(tmp_path: Path, moment: datetime, expected: str) -> None:
    path = tmp_path / "out.tmx"
    write_tmx([unit(created=moment, changed=moment)], path)
    assert etree.parse(str(path)).find("body/tu").get("creationdate") == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("options", "source_lang", "codes"),
    [
        (ExportOptions(), "es", ("es", "fr")),
        (ExportOptions(french_source=True), "fr", ("fr", "es")),
        (ExportOptions(region_variants=True), "es", ("es-ES", "fr-FR")),
        (ExportOptions(region_variants=True, french_source=True), "fr", ("fr-FR", "es-ES")),
    ],
    ids=["default", "french-source", "regions", "regions-french-source"],
)
def test_srclang_and_language_codes(
    tmp_path: Path,
    tmx_dtd: etree.DTD,
    options: ExportOptions,
    source_lang: str,
    codes: tuple[str, str],
) -> None:
    path = tmp_path / "out.tmx"
    write_tmx(mixed_units(), path, options)
    root = assert_conforms(path, tmx_dtd, region_variants=options.region_variants)
    assert root.find("header").get("srclang") == codes[0]  # type: ignore[union-attr]
    first = read_tmx(path).units[0]
    assert (first.source_lang, first.target_lang) == codes
    assert first.source.startswith("El" if source_lang == "es" else "Le")


@pytest.mark.parametrize(
    ("given", "plain", "regional"),
    [
        ("fr_FR", "fr", "fr-FR"),
        ("FR", "fr", "fr-FR"),
        ("en-us", "en", "en-US"),
        ("en", "en", "en-GB"),
    ],
)
def test_language_codes_never_have_underscores(given: str, plain: str, regional: str) -> None:
    from workbench.formats.units import language_code

    assert language_code(given, ExportOptions()) == plain
    assert language_code(given, ExportOptions(region_variants=True)) == regional


@pytest.mark.parametrize(
    ("dirty", "clean", "removed"),
    [
        ("Le\x01 président\x0b", "Le président", 2),
        ("\ufffeBonjour\uffff", "Bonjour", 2),
        ("lone \ud800surrogate", "lone surrogate", 1),
        ("tab\tand newline\nstay", "tab\tand newline\nstay", 0),
        ("émoji 🙂 stays", "émoji 🙂 stays", 0),
        ("  spaces trimmed \u00a0", "spaces trimmed", 0),
    ],
)
def test_illegal_characters_are_removed_and_counted(
    tmp_path: Path, tmx_dtd: etree.DTD, dirty: str, clean: str, removed: int
) -> None:
    path = tmp_path / "out.tmx"
    report = write_tmx([unit(source=dirty)], path)
    assert report.characters_removed == removed
    assert_conforms(path, tmx_dtd)
    assert read_tmx(path).units[0].source == clean


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"source": ""}, SkipReason.EMPTY_SOURCE),
        ({"target": "   "}, SkipReason.EMPTY_TARGET),
        ({"target": "\x01\x02"}, SkipReason.EMPTY_TARGET),
        ({"source_lang": "de"}, SkipReason.OTHER_LANGUAGES),
    ],
)
def test_units_without_two_sides_are_skipped_not_written_empty(
    tmp_path: Path, bad: dict[str, str], reason: SkipReason
) -> None:
    path = tmp_path / "out.tmx"
    report = write_tmx([unit(1), unit(2, **bad), unit(3)], path)
    assert report.written == 2 and report.skipped == ((reason, 1),)
    assert "<seg></seg>" not in path.read_text() and "<seg/>" not in path.read_text()


@pytest.mark.parametrize(
    ("options", "written", "skipped"),
    [
        (ExportOptions(mt=MtPolicy.INCLUDE), 5, ()),
        (ExportOptions(confirmed_only=True), 3, ((SkipReason.NOT_CONFIRMED, 2),)),
        # one unit under the floor is an MT draft: counted as one (--min-score 0 would not
        # bring it in), each unit under its one reason
        (
            ExportOptions(min_score=0.5),
            3,
            ((SkipReason.BELOW_THRESHOLD, 1), (SkipReason.MACHINE_TRANSLATION, 1)),
        ),
        (ExportOptions(), 4, ((SkipReason.MACHINE_TRANSLATION, 1),)),  # the default
    ],
    ids=["all", "confirmed-only", "threshold", "no-mt-by-default"],
)
def test_filters_choose_what_goes_in(
    tmp_path: Path, options: ExportOptions, written: int, skipped: tuple[object, ...]
) -> None:
    report = write_tmx(mixed_units(), tmp_path / "out.tmx", options)
    assert (report.written, report.skipped) == (written, skipped)
    assert len(read_tmx(tmp_path / "out.tmx").units) == written


def test_machine_translations_can_go_to_their_own_file(tmp_path: Path, tmx_dtd: etree.DTD) -> None:
    path = tmp_path / "004.tmx"
    report = write_tmx(mixed_units(), path, ExportOptions(mt=MtPolicy.SEPARATE))
    mt_path = tmp_path / "004.mt.tmx"
    assert report.paths == (path, mt_path) and report.written == 5 and report.mt_written == 1
    for written in report.paths:
        assert_conforms(written, tmx_dtd)
    assert [u.origin for u in read_tmx(mt_path).units] == ["mt:argos:translate-fr_es"]
    assert not any(u.origin.startswith("mt:") for u in read_tmx(path).units)


def test_duplicate_tuids_can_be_skipped(tmp_path: Path) -> None:
    units = [unit(1), unit(1), unit(2)]
    report = write_tmx(units, tmp_path / "out.tmx", ExportOptions(check_tuids=True))
    assert report.written == 2 and report.skipped_for(SkipReason.DUPLICATE_TUID) == 1


def test_no_units_still_make_a_valid_file(tmp_path: Path, tmx_dtd: etree.DTD) -> None:
    path = tmp_path / "empty.tmx"
    assert write_tmx([], path).written == 0
    assert tmx_dtd.validate(etree.parse(str(path)))
    assert read_tmx(path).units == ()
    assert_translate_toolkit_reads(path)


# --- atomic writing --------------------------------------------------------------


def failing_units() -> Iterator[TranslationUnit]:
    yield unit(1)
    yield unit(2)
    raise RuntimeError("the store went away")


def test_an_exception_leaves_the_existing_file_untouched_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    path.write_text("previous export")
    with pytest.raises(RuntimeError, match="store went away"):
        write_tmx(failing_units(), path, ExportOptions(mt=MtPolicy.SEPARATE))
    assert path.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.tmx"]


def test_a_killed_export_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    path.write_text("previous export")
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from tests.test_tmx import unit\n"
        "from workbench.formats.tmx import write_tmx\n"
        "def units():\n"
        "    for n in range(5000):\n"
        "        if n == 4000:\n"
        "            os.kill(os.getpid(), signal.SIGKILL)\n"
        "        yield unit(n)\n"
        "write_tmx(units(), Path(sys.argv[1]))\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=root, timeout=60, check=False
    )
    assert result.returncode == -signal.SIGKILL
    assert path.read_text() == "previous export"
    leftovers = [p for p in tmp_path.iterdir() if p.name != "out.tmx"]
    assert all(p.name.startswith(".out.tmx.") for p in leftovers)  # hidden, never the export


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "out.tmx"
    write_tmx([unit()], path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


# --- reading and round trips -----------------------------------------------------


def test_export_read_export_gives_the_same_units(tmp_path: Path) -> None:
    first = tmp_path / "first.tmx"
    second = tmp_path / "second.tmx"
    write_tmx(mixed_units(), first)
    units = read_tmx(first).units
    write_tmx(units, second)
    assert read_tmx(second).units == units
    original = {u.tuid: u for u in mixed_units()}
    for read in units:  # the reader gives back what went in, turned the export's way
        expected = original[read.tuid]
        if expected.source_lang == "fr":
            assert (read.source, read.target) == (expected.target, expected.source)
        else:
            assert replace(read, notes=expected.notes) == expected
            assert read.notes == expected.notes


XML_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(source=XML_TEXT, target=XML_TEXT, note=XML_TEXT)
def test_any_unicode_text_survives_write_then_read(
    tmp_path: Path, source: str, target: str, note: str
) -> None:
    path = tmp_path / "prop.tmx"
    report = write_tmx([unit(source=source, target=target, notes=(note,))], path)
    expected = [strip_illegal(text)[0].strip() for text in (source, target, note)]
    units = read_tmx(path).units
    assert_translate_toolkit_reads(path)
    if not (expected[0] and expected[1]):
        assert units == () and report.skipped_total == 1
        return
    assert (units[0].source, units[0].target) == (expected[0], expected[1])
    assert units[0].notes == ((expected[2],) if expected[2] else ())


OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
    creationtoolversion="3.6.0_0" segtype="sentence" srclang="FR"/>
  <body>
    <tu>
      <tuv lang="FR"><seg>Le chat dort.</seg></tuv>
      <tuv lang="ES" changeid="marta" changedate="20200102T030405Z"
        creationid="marta" creationdate="20200101T000000Z"><seg>El gato duerme.</seg></tuv>
    </tu>
    <tu><tuv lang="FR"><seg>Seul.</seg></tuv></tu>
  </body>
</tmx>
"""

TRADOS_TMX = """<?xml version="1.0" encoding="utf-16"?>
<tmx version="1.4">
<header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
  datatype="xml" segtype="sentence" adminlang="en-GB" srclang="en-US"
  creationdate="20250101T100000Z" creationid="PC\\trad"/>
<body>
<tu creationdate="20250102T100000Z" creationid="PC\\trad" changedate="20250103T100000Z"
  changeid="PC\\rev" lastusagedate="20250104T100000Z" usagecount="2">
  <prop type="x-ConfirmationLevel">ApprovedTranslation</prop>
  <prop type="x-Origin">TM</prop>
  <tuv xml:lang="en-US"><seg>Click <bpt i="1" type="1" x="1">&lt;b&gt;</bpt>Save<ept
    i="1">&lt;/b&gt;</ept> now.<ph x="2" type="QuickPlaceholder"/></seg></tuv>
  <tuv xml:lang="fr-FR"><seg>Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept
    i="1">&lt;/b&gt;</ept> maintenant.<ph x="2"/></seg></tuv>
</tu>
<tu>
  <prop type="x-ConfirmationLevel">Draft</prop>
  <prop type="x-Origin">MachineTranslation</prop>
  <tuv xml:lang="en-US"><seg>Hello</seg></tuv>
  <tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv>
</tu>
</body>
</tmx>
"""

MEMOQ_TMX = """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4">
  <header creationtool="MemoQ" creationtoolversion="10.0.1" segtype="sentence" o-tmf="MemoQTM"
    adminlang="en-us" srclang="de-de" datatype="unknown"/>
  <body>
    <tu changedate="20240512T081522Z" creationdate="20240512T081522Z" creationid="anna"
      changeid="anna">
      <prop type="client">ACME</prop>
      <prop type="x-Document">manual.docx</prop>
      <note>terminology checked</note>
      <tuv xml:lang="de-DE"><seg>Drücken Sie <it pos="begin" x="1">&lt;i&gt;</it><hi
        type="emphasis">Start</hi>.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Press <hi>Start</hi>.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Appuyez sur <hi>Démarrer</hi>.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_reads_omegat_tmx(tmp_path: Path) -> None:
    path = tmp_path / "project_save.tmx"
    path.write_text(OMEGAT_TMX)
    document = read_tmx(path)
    assert document.header.creationtool == "OmegaT" and document.header.srclang == "fr"
    assert document.skipped == 1  # a tu with one tuv has no pair
    (only,) = document.units
    assert (only.source, only.target, only.source_lang, only.target_lang) == (
        "Le chat dort.",
        "El gato duerme.",
        "fr",
        "es",
    )
    assert only.reviewer == "marta" and only.created == datetime(2020, 1, 1, tzinfo=UTC)
    assert only.changed == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert only.tuid == "project_save:1" and only.origin == "tmx:OmegaT"


def test_reads_trados_utf16_tmx_with_inline_codes(tmp_path: Path) -> None:
    path = tmp_path / "trados.tmx"
    path.write_bytes(TRADOS_TMX.encode("utf-16"))
    first, second = read_tmx(path).units
    assert (
        first.source == "Click Save now." and first.target == "Cliquez sur Enregistrer maintenant."
    )
    assert (first.source_lang, first.target_lang) == ("en-US", "fr-FR")
    assert first.status == "confirmed" and first.reviewer == "PC\\rev"
    assert second.status == "draft" and second.origin.startswith("mt:")


@pytest.mark.parametrize(
    ("target_lang", "expected"), [(None, "Press Start."), ("fr", "Appuyez sur Démarrer.")]
)
def test_reads_memoq_multilingual_tmx(
    tmp_path: Path, target_lang: str | None, expected: str
) -> None:
    path = tmp_path / "memoq.tmx"
    path.write_text(MEMOQ_TMX)
    (only,) = read_tmx(path, target_lang=target_lang).units
    assert only.source == "Drücken Sie Start." and only.target == expected
    assert only.document == "manual.docx" and only.notes == ("terminology checked",)


def test_stream_tmx_reads_lazily(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    write_tmx((unit(n) for n in range(2000)), path)
    header, units = stream_tmx(path)
    assert header.srclang == "es"
    assert sum(1 for _ in units) == 2000


@pytest.mark.parametrize(
    "text",
    ['<?xml version="1.0"?><xliff><file/></xliff>', '<?xml version="1.0"?><tmx><body/></tmx>'],
    ids=["other-format", "no-header"],
)
def test_a_file_that_is_not_tmx_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "other.tmx"
    path.write_text(text)
    with pytest.raises(ParseError, match="not a TMX file"):
        read_tmx(path)


# --- the string writer writes what lxml would ------------------------------------
#
# The writer formats each <tu> as a string instead of building lxml elements
# (three times faster). These tests hold it to lxml: for any unit, the file is
# byte for byte the one lxml's incremental writer makes from the same units.


def lxml_tu(unit: TranslationUnit, langs: tuple[str, str]) -> etree._Element:
    """A <tu> built and indented the way the writer lays it out, through lxml."""
    tu = etree.Element("tu", tuid=unit.tuid)
    tu.set("creationdate", basic_utc(unit.created))
    tu.set("changedate", basic_utc(unit.changed))
    if unit.reviewer:
        tu.set("creationid", unit.reviewer)
        tu.set("changeid", unit.reviewer)
    props = [("x-origin", origin_label(unit.origin)), ("x-origin-detail", unit.origin)]
    props.append(("x-status", unit.status))
    if unit.score is not None:
        props.append(("x-score", repr(float(unit.score))))
    if unit.document:
        props.append(("x-document", unit.document))
    for kind, text in props:
        etree.SubElement(tu, "prop", type=kind).text = text
    for note in unit.notes:
        etree.SubElement(tu, "note").text = note
    for lang, text in zip(langs, (unit.source, unit.target), strict=True):
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
        etree.SubElement(tuv, "seg").text = text
        tuv.text, tuv[0].tail = "\n    ", "\n  "
    tu.text = "\n  "
    for child in tu:
        child.tail = "\n  "
    tu[-1].tail, tu.tail = "\n", "\n"
    return tu


def lxml_tmx(path: Path, units: list[TranslationUnit]) -> bytes:
    """The file lxml's incremental writer makes from the selected ``units``, ``path``'s header."""
    header = etree.parse(str(path)).find("header")
    assert header is not None
    target = language_code(units[0].target_lang, ExportOptions()) if units else ""
    langs = (header.get("srclang", ""), target)
    buffer = io.BytesIO()
    with etree.xmlfile(buffer, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write("\n")
            xf.write(etree.Element("header", dict(header.attrib)), pretty_print=True)
            with xf.element("body"):
                xf.write("\n")
                for selected in units:
                    xf.write(lxml_tu(selected, langs))
    return buffer.getvalue()


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12)
SPECIAL_TEXT = st.text(
    st.sampled_from(list("&<>\"'\t\n\r ]]>\x01\ud800\ufffe\xa0é🙂a")), max_size=12
)
TEXTS = ANY_TEXT | SPECIAL_TEXT
ZONES: st.SearchStrategy[tzinfo] = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(0))]
)
EARLIEST, LATEST = datetime(1970, 1, 2), datetime(2200, 1, 1)
MOMENTS = st.datetimes(EARLIEST, LATEST) | st.datetimes(EARLIEST, LATEST, timezones=ZONES)
PAIRS = st.sampled_from([("es", "fr"), ("es_ES", "fr"), ("ES", "fr_FR"), ("fr", "es")])
UNITS = st.builds(
    lambda langs, **fields: TranslationUnit(source_lang=langs[0], target_lang=langs[1], **fields),
    langs=PAIRS,
    tuid=TEXTS,
    source=TEXTS,
    target=TEXTS,
    origin=st.sampled_from(["human", "auto:vecalign", "mt:argos:x"]) | TEXTS,
    status=st.sampled_from(["confirmed", "draft"]) | TEXTS,
    score=st.none() | st.floats(),
    document=st.sampled_from(["", "004_c5001f9aa01043f8"]) | TEXTS,
    reviewer=st.none() | st.sampled_from(["ana", "marta"]) | TEXTS,
    created=MOMENTS,
    changed=MOMENTS,
    notes=st.lists(TEXTS, max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(units=st.lists(UNITS, max_size=6))
@example(
    units=[
        unit(
            1,
            tuid='a"b&c<d>\te\nf\rg',
            source='x ]]> & <y> "q" \r\n z',
            target="t\x01\ud800\ufffe  ",
            reviewer=' "r"&\n ',
            document='d"&<>',
            notes=("  & <x> \r\n", "   ", "\x0b"),
        )
    ]
)
def test_the_file_is_byte_for_byte_what_lxml_writes(units: list[TranslationUnit]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.tmx"
        report = write_tmx(units, path)
        selected = [u for u in map(Selector(ExportOptions()).select, units) if u is not None]
        assert report.written == len(selected)
        assert path.read_bytes() == lxml_tmx(path, selected)


@settings(max_examples=300, deadline=None)
@given(units=st.lists(UNITS, max_size=8))
def test_selection_cleans_every_field_and_counts_what_it_removed(
    units: list[TranslationUnit],
) -> None:
    """The Selector's shortcuts (repeating fields checked once) change nothing it returns."""
    selector = Selector(ExportOptions(mt=MtPolicy.INCLUDE))
    removed = 0

    def clean(text: str) -> str:
        nonlocal removed
        text, count = strip_illegal(text)
        removed += count
        return text.strip()

    for original in units:
        before = removed
        swap = original.source_lang.lower().startswith("fr")
        expected = replace(
            original,
            tuid=clean(original.tuid),
            source=clean(original.target if swap else original.source),
            target=clean(original.source if swap else original.target),
            source_lang=original.target_lang if swap else original.source_lang,
            target_lang=original.source_lang if swap else original.target_lang,
            origin=clean(original.origin),
            status=clean(original.status),
            document=clean(original.document),
            reviewer=None if original.reviewer is None else clean(original.reviewer) or None,
            notes=tuple(note for note in map(clean, original.notes) if note),
        )
        kept = expected if expected.source and expected.target else None
        assert selector.select(original) == kept
        if kept is None:  # characters are counted as removed from the units written only
            removed = before
    assert selector.removed == removed


@pytest.mark.parametrize("char", list("&<>\"'\t\n\r"), ids=repr)
@pytest.mark.parametrize(
    "field", ["tuid", "source", "target", "reviewer", "document", "status", "origin", "notes"]
)
def test_each_escaped_character_alone_in_any_field_is_written_as_lxml_writes_it(
    tmp_path: Path, field: str, char: str
) -> None:
    value = f"a{char}b"
    units = [unit(1, **{field: (value,) if field == "notes" else value}), unit(2)]
    path = tmp_path / "out.tmx"
    write_tmx(units, path)
    assert path.read_bytes() == lxml_tmx(path, units)


@settings(max_examples=150, deadline=None)
@given(tuid=TEXTS, reviewer=TEXTS, document=TEXTS, status=TEXTS, source=TEXTS, target=TEXTS)
@example(
    tuid='"]]>&amp;', reviewer="\t'x'\r\n", document="<d>", status="&", source="]]>", target='"'
)
def test_attributes_and_props_read_back_as_written(
    tuid: str, reviewer: str, document: str, status: str, source: str, target: str
) -> None:
    import tempfile

    original = unit(tuid=tuid, reviewer=reviewer, document=document, status=status)
    original = replace(original, source=source, target=target)
    cleaned = Selector(ExportOptions()).clean(original)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.tmx"
        report = write_tmx([original], path)
        if not (cleaned.source and cleaned.target):
            assert report.written == 0
            return
        tu = etree.parse(str(path)).find("body/tu")
        assert tu is not None
        assert tu.get("tuid") == cleaned.tuid and tu.get("creationid") == cleaned.reviewer
        assert [tuv.findtext("seg") for tuv in tu.iter("tuv")] == [cleaned.source, cleaned.target]
        props = {p.get("type"): p.text or "" for p in tu.iter("prop")}
        assert props["x-status"] == cleaned.status
        assert props.get("x-document", "") == cleaned.document
        # Our own reader too; it names a unit without a tuid or document after the file.
        (read,) = read_tmx(path).units
        assert (read.source, read.target, read.reviewer) == (
            cleaned.source,
            cleaned.target,
            cleaned.reviewer,
        )
        assert read.tuid == cleaned.tuid or not cleaned.tuid
        assert read.document == cleaned.document or not cleaned.document


@pytest.mark.parametrize(
    ("text", "as_text", "as_attribute"),
    [
        ("plain", "plain", "plain"),
        ("Tom & Jerry", "Tom &amp; Jerry", "Tom &amp; Jerry"),
        ("<b>]]>", "&lt;b&gt;]]&gt;", "&lt;b&gt;]]&gt;"),
        ('say "hi", l\'ami', 'say "hi", l\'ami', "say &quot;hi&quot;, l'ami"),
        ("a\tb\nc\r\nd", "a\tb\nc&#13;\nd", "a&#9;b&#10;c&#13;&#10;d"),
        ("&amp;", "&amp;amp;", "&amp;amp;"),
    ],
    ids=["plain", "ampersand", "markup-and-cdata-end", "quotes", "whitespace", "entity-text"],
)
def test_escaping_matches_lxml(text: str, as_text: str, as_attribute: str) -> None:
    assert escape_text(text) == as_text
    assert escape_attribute(text) == as_attribute
    element = etree.Element("e", a=text)
    element.text = text
    assert etree.tostring(element, encoding="unicode") == f'<e a="{as_attribute}">{as_text}</e>'


def test_printable_text_never_holds_a_character_illegal_in_xml() -> None:
    """The Selector skips its regex for printable text; that is safe for every code point."""
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    assert strip_illegal(printable) == (printable, 0)


def test_many_chunks_keep_every_unit_in_order_in_both_files(
    tmp_path: Path, tmx_dtd: etree.DTD
) -> None:
    """More units than one chunk, machine translations interleaved into a second file."""
    units = [
        unit(n, origin="mt:apertium:fr-es" if n % 3 == 0 else "auto:vecalign") for n in range(7000)
    ]
    path = tmp_path / "big.tmx"
    report = write_tmx(iter(units), path, ExportOptions(mt=MtPolicy.SEPARATE))
    assert (report.written, report.mt_written) == (7000, 2334)
    main, mt = (read_tmx(p).units for p in report.paths)
    assert [u.tuid for u in main] == [u.tuid for u in units if u.origin == "auto:vecalign"]
    assert [u.tuid for u in mt] == [u.tuid for u in units if u.origin.startswith("mt:")]
    for written in report.paths:
        assert tmx_dtd.validate(etree.parse(str(written)))


def test_memory_stays_flat_whatever_the_number_of_units(tmp_path: Path) -> None:
    import tracemalloc

    def peak(n: int) -> int:
        tracemalloc.start()
        write_tmx((unit(i) for i in range(n)), tmp_path / f"{n}.tmx")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, large = peak(5_000), peak(40_000)
    assert large - small < 1_000_000, (small, large)  # eight times the units, under 1 MB more


def test_an_aligned_units_changedate_is_never_before_its_creationdate(
    store: Store, tmp_path: Path
) -> None:
    """newcomer19 L1: a new bead's creation stamp was taken at the flush, after the write
    that stamped its change (a TMX showed changedate 162209Z, creationdate 162210Z)."""
    from tests.test_review import aligned_pair
    from workbench.pipeline.exchange import export_documents

    store, alignment, _ = aligned_pair(store)
    assert all(b.created_at <= b.updated_at for b in store.beads(alignment))
    path = tmp_path / "fr.tmx"
    export_documents(store, ["fr"], "es", "tmx", path, ExportOptions())
    units = etree.parse(str(path)).findall("body/tu")
    assert units and all(tu.get("creationdate") <= tu.get("changedate") for tu in units)  # type: ignore[operator]
