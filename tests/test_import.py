"""`workbench import`: TMX or XLIFF in, as an alignment; round trips that keep what they can.

The faults of issue 15 are tables here: a TMX whose units carry four
languages, inline codes that stand for breaks, texts normalised as ingested
sentences are.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS, needs_apertium
from tests.factories import WHEN, unit
from tests.readers_files import docx, odt, paragraph, pdf
from tests.xliff_schemas import schema_errors
from workbench import pipeline, review
from workbench.cli import app
from workbench.formats.choices import ExportFormat
from workbench.formats.registry import read_units, write_units
from workbench.formats.units import ExportOptions, MtPolicy
from workbench.model import InputError, TranslationUnit
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.exchange import export_documents, export_path, import_file
from workbench.store import Store

DOC_004 = "004_c5001f9aa01043f8"
TMX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="Trados" '
    'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="{srclang}" '
    'datatype="plaintext"/><body>'
)


@pytest.fixture
def aligned_004(both_store: Store) -> Store:
    """The sample document aligned with its Spanish, one bead confirmed by ana."""
    pipeline.ingest_paths(both_store, [CORPUS / f"{DOC_004}.txt"])
    report = align_document(both_store, DOC_004, "es")
    beads = both_store.beads(report.alignment.id)
    first_pair = next(i for i, b in enumerate(beads) if b.cp)
    apply(both_store, report.alignment.id, review.confirm(beads, first_pair, "ana"), "ana")
    return both_store


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second, empty store: the translator's colleague who receives the file."""
    s = Store.open(str(tmp_path / "colleague.db"))
    yield s
    s.close()


# --- round trips ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "xliff21"])
def test_export_import_export_keeps_names_dates_ids_and_statuses(
    aligned_004: Store, other_store: Store, tmp_path: Path, fmt: str
) -> None:
    first = tmp_path / f"first.{fmt}"
    every = ExportOptions(min_score=None)  # the round trip of every pair, doubtful ones too
    assert export_documents(aligned_004, [DOC_004], "es", fmt, first, every).written == 5
    imported = import_file(other_store, first)
    assert imported.french.name == DOC_004  # not "first"
    second = tmp_path / f"second.{fmt}"
    export_documents(other_store, [DOC_004], "es", fmt, second, every)
    # Every field: tuid, texts, languages, origin, status, score, document, reviewer,
    # creation and change dates, notes.
    # The beads are new ones (their versions and alignment too); the rest is kept.
    assert list(map(_unversioned, read_units(second))) == list(map(_unversioned, read_units(first)))
    if fmt != "tmx":
        assert schema_errors(second, "1.2" if fmt == "xliff12" else "2.1") == []


@pytest.mark.parametrize("holders", [1, 2], ids=["one-holder", "two-holders"])
def test_importing_into_a_store_that_has_the_name_keeps_the_file_name(
    aligned_004: Store, tmp_path: Path, holders: int
) -> None:
    path = tmp_path / "memory.xlf"
    export_documents(aligned_004, [DOC_004], "es", "xliff12", path)
    if holders == 2:  # the same page stored from a second place (an upload) shares the name
        aligned_004.store_file(
            name=DOC_004, path="/uploads/004.txt", lang="fr", encoding="utf-8",
            sha256="b" * 64, size=1, sentences=[],
        )  # fmt: skip
    assert import_file(aligned_004, path).french.name == "memory"
    assert [d.name for d in aligned_004.documents()].count(DOC_004) == holders


def test_an_imported_bead_edited_keeps_its_id_and_a_merged_one_gets_a_new_one(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "tm.tmx"
    write_units([unit(1), unit(2), unit(3)], path, "tmx")
    report = import_file(store, path)
    beads = store.beads(report.alignment.id)
    apply(store, report.alignment.id, review.confirm(beads, 0, "bea"), "bea")
    beads = store.beads(report.alignment.id)
    apply(store, report.alignment.id, review.merge(beads, 1, "bea"), "bea")
    out = tmp_path / "out.tmx"
    export_documents(store, [report.french.name], "es", "tmx", out)
    tuids = [u.tuid for u in read_units(out)]
    assert tuids[0] == "004:1" and tuids[1] not in ("004:2", "004:3") and len(tuids) == 2


def test_an_imported_pair_keeps_its_creation_date_and_status(
    both_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "tm.xlf"
    units = [unit(1, status="draft", origin="mt:argos:translate-fr_es"), unit(2)]
    write_units(units, path, "xliff21", ExportOptions(mt=MtPolicy.INCLUDE))
    report = import_file(both_store, path)
    beads = both_store.beads(report.alignment.id)
    assert [b.status for b in beads] == ["draft", "confirmed"]
    assert [b.origin for b in beads] == ["mt:argos:translate-fr_es", "auto:vecalign"]
    assert [b.created_at.replace(tzinfo=None) for b in beads] == [WHEN.replace(tzinfo=None)] * 2


@pytest.mark.parametrize(
    ("fmt", "kind", "encoding", "aligner"),
    [
        ("tmx", "TMX", "tmx", "tmx:tm.file"),
        ("xliff12", "XLIFF 1.2", "xliff12", "xliff:tm.file"),
        ("xliff21", "XLIFF 2.1", "xliff21", "xliff:tm.file"),
    ],
)
def test_an_import_records_the_format_it_was_read_from(
    store: Store, tmp_path: Path, fmt: str, kind: str, encoding: str, aligner: str
) -> None:
    path = tmp_path / "tm.file"  # told by its content, not its name
    write_units([unit(1), unit(2)], path, fmt)
    report = import_file(store, path)
    assert (report.kind, report.french.encoding, report.counterpart.encoding) == (
        kind, encoding, encoding,
    )  # fmt: skip
    assert report.alignment.aligner == aligner


def test_an_xliff_import_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    import tracemalloc

    from workbench.formats.xliff_read import stream_xliff

    def peak(fmt: str, n: int) -> int:
        path = tmp_path / f"{n}.{fmt}"
        write_units((unit(i, tuid=f"u{i}") for i in range(n)), path, fmt)
        tracemalloc.start()
        _, units = stream_xliff(path)
        assert sum(1 for u in units if u is not None) == n
        found = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return found

    for fmt in ("xliff12", "xliff21"):
        small, large = peak(fmt, 1_000), peak(fmt, 8_000)
        assert large - small < 500_000, (fmt, small, large)  # eight times the units


# --- what a file holds becomes an alignment -------------------------------------------


# (version, trans-unit attributes, target or segment attributes) → status. Confirmed is
# a reviewer's word only: 1.2 approved="yes" (its default is "no"), signed-off or final;
# 2.x reviewed or final. A translation nobody approved waits for review (auto).
XLIFF_STATES = [
    ("1.2", "", ' state="translated"', "auto"),
    ("1.2", ' approved="yes"', ' state="translated"', "confirmed"),
    ("1.2", ' approved="no"', ' state="translated"', "auto"),
    ("1.2", "", ' state="signed-off"', "confirmed"),
    ("1.2", "", ' state="final"', "confirmed"),
    ("1.2", "", "", "auto"),
    ("1.2", ' approved="yes"', "", "confirmed"),
    ("1.2", "", ' state="needs-review-translation"', "auto"),
    ("1.2", "", ' state="needs-translation"', "draft"),
    ("1.2", "", ' state="translated" state-qualifier="mt-suggestion"', "draft"),
    ("1.2", ' approved="yes"', ' state="translated" state-qualifier="mt-suggestion"', "confirmed"),
    ("2.0", "", ' state="final"', "confirmed"),
    ("2.0", "", ' state="reviewed"', "confirmed"),
    ("2.0", "", ' state="translated"', "auto"),
    ("2.0", "", "", "auto"),
    ("2.0", "", ' state="initial"', "draft"),
]


@pytest.mark.parametrize(("version", "unit_attrs", "state", "status"), XLIFF_STATES)
def test_xliff_states_become_statuses_and_notes_are_kept(
    store: Store, tmp_path: Path, version: str, unit_attrs: str, state: str, status: str
) -> None:
    path = tmp_path / "from-omegat.xliff"
    if version == "1.2":
        body = (
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
            'original="guide.odt" source-language="en" target-language="fr" datatype="plaintext">'
            f'<body><trans-unit id="7"{unit_attrs}><source>Hello</source>'
            f"<target{state}>Bonjour</target>"
            "<note>client glossary</note></trans-unit></body></file></xliff>"
        )
    else:
        body = (
            '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" '
            'trgLang="fr"><file id="f" original="guide.odt"><unit id="7"><notes><note>client '
            f"glossary</note></notes><segment{state}><source>Hello</source><target>Bonjour"
            "</target></segment></unit></file></xliff>"
        )
    path.write_text(body, encoding="utf-8")
    report = import_file(store, path)
    [bead] = store.beads(report.alignment.id)
    assert (bead.fr_text, bead.cp_text, bead.status, bead.note) == (
        "Bonjour", "Hello", status, "client glossary",
    )  # fmt: skip
    assert (report.french.name, report.alignment.cp_lang) == ("guide.odt", "en")


# The unit of a TMX from a multilingual memory: English, German, Spanish and French.
FOUR = (
    '<tu tuid="42"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de"><seg>Hallo'
    '</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="fr"><seg>Bonjour'
    "</seg></tuv></tu>"
)

FOUR_LANGUAGES = [
    # (header srclang, --to) → (counterpart text, its language, languages left out)
    ("en", None, ("Hello", "en", ("de", "es"))),
    ("en", "es", ("Hola", "es", ("de", "en"))),
    ("fr", "de", ("Hallo", "de", ("en", "es"))),
    ("*all*", "en", ("Hello", "en", ("de", "es"))),
    ("EN-us", "ES", ("Hola", "es", ("de", "en"))),
]


@pytest.mark.parametrize(("srclang", "to", "expected"), FOUR_LANGUAGES)
def test_a_tmx_with_four_languages_imports_french_against_the_chosen_one(
    store: Store,
    tmp_path: Path,
    srclang: str,
    to: str | None,
    expected: tuple[str, str, tuple[str, ...]],
) -> None:
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang=srclang) + FOUR + "</body></tmx>", encoding="utf-8")
    report = import_file(store, path, to=to)
    [bead] = store.beads(report.alignment.id)
    assert (bead.cp_text, report.alignment.cp_lang, report.left_out) == expected
    assert bead.fr_text == "Bonjour"


TRADOS_TU = (
    '<tu><tuv xml:lang="fr-FR"><seg>Bonjour à tous.</seg></tuv>'
    '<tuv xml:lang="en-GB"><seg>Hello everyone.</seg></tuv></tu>'
)


@pytest.mark.parametrize(("srclang", "said"), [("fr-FR", "fr"), ("en-GB", "en"), ("*all*", "")])
def test_the_link_to_the_counterpart_claims_no_original_whatever_the_srclang(
    store: Store, tmp_path: Path, srclang: str, said: str
) -> None:
    """A Trados memory of a French text says srclang="fr-FR": the English is then its
    translation, not its original. The import links the English as the French
    document's counterpart (what review and `align` follow) and reports the file's
    source language as the file's word, never as which text is the original."""
    path = tmp_path / "trados.tmx"
    path.write_text(TMX_HEAD.format(srclang=srclang) + TRADOS_TU + "</body></tmx>", "utf-8")
    report = import_file(store, path)
    assert (report.source_lang, report.counterpart.name) == (said, "trados.en")
    assert report.counterpart.original_of == report.french.id  # the counterpart link
    assert report.alignment.counterpart_doc_id == report.counterpart.id
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    named = f"the file's source language: {said}"
    assert (named in result.output) is bool(said)
    assert "original" not in result.output


@pytest.mark.parametrize("srclang", ["fr", "*all*"])
def test_a_tmx_with_four_languages_and_no_choice_asks_for_to(
    store: Store, tmp_path: Path, srclang: str
) -> None:
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang=srclang) + FOUR + "</body></tmx>", encoding="utf-8")
    with pytest.raises(
        InputError, match=r"has de, en, es besides fr: choose the counterpart with --to"
    ):
        import_file(store, path)
    assert store.documents() == []


SEGMENTS = [
    # (French seg as a CAT tool wrote it) → the sentence imported
    ("Ligne un<ph x=\"1\">&lt;br/&gt;</ph>Ligne deux", "Ligne un Ligne deux"),
    ("Ligne un<ph x=\"1\">&lt;BR&gt;</ph>Ligne deux", "Ligne un Ligne deux"),
    ("Ligne un<ph type=\"lb\">\\n</ph>Ligne deux", "Ligne un Ligne deux"),
    ("Ligne un<ph x=\"1\">{\\line}</ph>Ligne deux", "Ligne un Ligne deux"),
    ("Mot<ph x=\"1\">&amp;nbsp;</ph>suivant", "Mot suivant"),
    ("<bpt i=\"1\">&lt;p&gt;</bpt>Para<ept i=\"1\">&lt;/p&gt;</ept><bpt i=\"2\">&lt;p&gt;"
     "</bpt>suivant<ept i=\"2\">&lt;/p&gt;</ept>", "Para suivant"),
    ("Mot<bpt i=\"1\">&lt;b&gt;</bpt>gras<ept i=\"1\">&lt;/b&gt;</ept>", "Motgras"),
    ("Le <hi type=\"b\">mot</hi> juste", "Le mot juste"),
    ("  trop   d'espaces\n\tici ", "trop d'espaces ici"),
    ("e\u0301te\u0301", "\u00e9t\u00e9"),  # decomposed accents, as macOS writes them: NFC
]  # fmt: skip


@pytest.mark.parametrize(("seg", "imported"), SEGMENTS)
def test_inline_codes_do_not_fuse_words_and_text_is_normalised(
    store: Store, tmp_path: Path, seg: str, imported: str
) -> None:
    path = tmp_path / "codes.tmx"
    path.write_text(
        TMX_HEAD.format(srclang="es") + f'<tu><tuv xml:lang="es"><seg>Uno dos</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>{seg}</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    report = import_file(store, path)
    [bead] = store.beads(report.alignment.id)
    assert bead.fr_text == imported
    assert [s.text for s in store.segments(report.french.id)] == [imported]


def test_an_xliff_whose_pair_is_not_the_one_asked_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "es-fr.xlf"
    write_units([unit(1)], path, "xliff12")
    with pytest.raises(InputError, match="pairs French with es, not en: run with --to es"):
        import_file(store, path, to="en")
    assert store.documents() == []


def test_a_tmx_without_the_language_asked_names_the_language_not_french(
    store: Store, tmp_path: Path
) -> None:
    """`--to qq` on an es-fr memory: the answer is the --to, not "no French on one side"
    (which sent the translator looking for a fault in a sound file)."""
    path = tmp_path / "es-fr.tmx"
    write_units([unit(1)], path, "tmx")
    with pytest.raises(InputError, match=r"no unit pairs French with qq .*: run with --to es$"):
        import_file(store, path, to="qq")
    assert store.documents() == []


# --- the command line ---------------------------------------------------------------------


def _units(path: Path) -> list[TranslationUnit]:
    return read_units(path)


@pytest.mark.parametrize(
    ("command", "fmt", "name"),
    [
        ("import", "xliff21", "memory.xlf"),
        ("import", "xliff12", "memory.xml"),  # told by its content, not its name
        ("import", "tmx", "memory.tmx"),
        ("import-tmx", "xliff12", "memory.xlf"),  # the old name reads XLIFF too
    ],
)
def test_import_from_the_command_line(tmp_path: Path, command: str, fmt: str, name: str) -> None:
    db = str(tmp_path / "w.db")
    path = tmp_path / name
    write_units([unit(1), unit(2, target="")], path, fmt)
    result = CliRunner().invoke(app, [command, str(path), "--db", db])
    assert result.exit_code == 0, result.output
    kind = "TMX" if fmt == "tmx" else f"XLIFF {'2.1' if fmt == 'xliff21' else '1.2'}"
    # The Spanish sentence with no French: a TMX leaves it out, an XLIFF hands it over.
    units = "1 unit" if fmt == "tmx" else "2 units"
    assert f"004_c5001f9aa01043f8: {units} imported from {kind} as alignment" in result.output
    again = CliRunner().invoke(app, [command, str(path), "--db", db])
    assert again.exit_code == 0 and "unchanged" in again.output


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.tmx", "error: {path}: no such file; check the name and the folder"),
        ("", "error: {path} is a folder: give a .tmx or .xlf file"),
    ],
)
def test_import_of_what_is_not_a_file_is_one_line(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert (result.exit_code, result.output.strip()) == (1, message.format(path=path))


def test_import_says_which_languages_were_left_out(tmp_path: Path) -> None:
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang="fr") + FOUR + "</body></tmx>", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["import", str(path), "--to", "es", "--db", str(tmp_path / "w.db")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(
        "(fr–es); left out: de, en; the file's source language: fr"
    )


def test_import_of_a_file_that_is_no_exchange_format_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text("<html><body><p>Bonjour</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert "is neither TMX nor XLIFF (its root element is <html>)" in result.output
    assert len(result.output.strip().splitlines()) == 1


# A document given to `import` instead of `ingest`: (file, its bytes, what the line calls it).
DOCUMENTS = [
    ("report.docx", docx(), "(Word document)"),
    ("report.odt", odt(), "(OpenDocument text)"),
    ("report.pdf", pdf([paragraph(72, 72, ["Bonjour le monde."])]), "(PDF)"),
    ("film.srt", b"1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n", "(SubRip subtitles)"),
    ("film.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour.\n", "(WebVTT subtitles)"),
    ("page.html", b"<html><body><p>Bonjour.</p></body></html>", "(web page)"),
    ("page.html", b"<p>Bonjour.<br></p>", "(web page)"),  # HTML that is no XML
    ("notes.txt", "Bonjour à tous.\n".encode(), "(plain text)"),
    ("notes.md", b"# Bonjour\n", "(Markdown)"),
]


@pytest.mark.parametrize(
    ("name", "data", "kind"), DOCUMENTS, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(DOCUMENTS)]
)
@pytest.mark.parametrize("signed", [[], ["--reviewer", "marie"]])
def test_import_of_a_document_says_to_ingest_it_in_one_line(
    tmp_path: Path, name: str, data: bytes, kind: str, signed: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    command = ["import", str(path), *signed, "--db", str(tmp_path / "w.db")]
    result = CliRunner().invoke(app, command)  # signed: the --reviewer usage line (newcomer28)
    suffix = path.suffix
    assert (result.exit_code, result.output.strip()) == (
        1,
        f"error: {path} is a {suffix} file {kind}, not a TMX or XLIFF: run "
        f"`workbench ingest {path}` to read it as a document, then `workbench align` it",
    )


@pytest.mark.parametrize("name", ["page.html", "notes.txt", "notes.md"])
def test_binary_data_named_as_text_is_not_sent_to_ingest(tmp_path: Path, name: str) -> None:
    """The newcomer pass: a binary file named .html was sent to `workbench ingest`, which
    then refused it as binary. One line says what the file is instead."""
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert (result.exit_code, result.output.strip()) == (
        1,
        f"error: {path} holds binary data: neither a TMX or XLIFF nor a {path.suffix} text "
        "to ingest; check that it is the file you meant (not a damaged copy)",
    )


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx"])
def test_a_table_export_given_to_import_is_one_line_naming_the_way_in(
    tmp_path: Path, fmt: str
) -> None:
    """The newcomer pass: our own .xlsx export, given back to `import`, was "not well-formed
    XML ... saved as XML (a TMX or XLIFF export, not a project or a zip)". A table now goes
    back into its beads as a reviewer's edits (tests/test_import_reviewed.py): it asks who."""
    path = tmp_path / f"doc.es-fr.{fmt}"
    write_units([unit(1)], path, fmt)
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert (result.exit_code, result.output.strip()) == (
        2,
        f"error: {path}: a reviewed table's changes are signed: add --reviewer NAME (your name)",
    )
    store = Store.open(str(tmp_path / "w.db"))
    try:  # the library's TMX/XLIFF import names the way in
        with pytest.raises(InputError, match=_REVIEWED):
            import_file(store, path)
    finally:
        store.close()


_REVIEWED = re.escape("--reviewer NAME` (`pipeline.reviewed.import_reviewed`)")


def _cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _sheet_xml_cut(data: bytes) -> bytes:
    """The workbook with its sheet's XML cut short inside a whole zip."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for item in source.infolist():
            part = source.read(item.filename)
            damaged = item.filename.startswith("xl/worksheets/")
            package.writestr(item, part[: len(part) // 2] if damaged else part)
    return out.getvalue()


@pytest.mark.parametrize(
    ("made", "said"),
    [
        (_cut_in_half, "is a damaged Excel workbook (cut off or corrupted, it cannot be "
         "opened); save it again from your spreadsheet, or ask for the file again"),
        (_sheet_xml_cut, "is a damaged Excel workbook"),
        (lambda _: b"source (fr)\ttarget (es)\tscore\n", "is not an Excel workbook: it is a "
         "table saved as text; give it the .tsv extension to import it as such"),
        (lambda _: b"source (fr);target (es)\n", "is not an Excel workbook: it is a table "
         "saved as text; give it the .csv extension"),
        (lambda _: docx(), "is not an Excel workbook: it is a Word document; check that the "
         "right file was sent"),
        (lambda _: b"", "is empty; export the table again"),
        (lambda _: b'<?xml version="1.0"?>\n<tmx version="1.4"><header/><body/></tmx>\n',
         "is not an Excel workbook: it is a TMX; give it the .tmx extension to import it as "
         "such"),
    ],
    ids=["cut-off", "sheet-damaged", "tsv-renamed", "csv-renamed", "word-renamed", "empty",
         "tmx-renamed"],
)  # fmt: skip
def test_an_xlsx_that_will_not_open_says_what_it_is(
    tmp_path: Path, made: Callable[[bytes], bytes], said: str
) -> None:
    """newcomer35 LOW 8: a truncated .xlsx and a CSV renamed .xlsx both read "not an Excel
    workbook (File is not a zip file); export it again": the library's words, and one
    line for two files a reviewer mends differently."""
    path = tmp_path / "doc.es-fr.xlsx"
    write_units([unit(1)], path, "xlsx")
    path.write_bytes(made(path.read_bytes()))
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(app, ["import", str(path), "--reviewer", "ben", "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}: {said}"), result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_tmx_named_txt_is_imported_all_the_same(tmp_path: Path) -> None:
    """What a file is comes from its content: the ingest hint is for files that are no TMX."""
    path = tmp_path / "memory.txt"
    path.write_text(
        TMX_HEAD.format(srclang="es")
        + '<tu><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="fr"><seg>Salut.</seg>'
        "</tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert "1 unit imported from TMX" in result.output


@pytest.mark.parametrize(("fmt", "version"), [("xliff12", "1.2"), ("xliff21", "2.1")])
def test_export_names_each_xliff_version_apart_ending_in_xlf(
    aligned_004: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, version: str
) -> None:
    monkeypatch.chdir(tmp_path)
    report = export_documents(aligned_004, [DOC_004], "es", fmt)
    assert report.paths == (Path("exports") / f"{DOC_004}.es-fr.{fmt}.xlf",)
    assert schema_errors(tmp_path / report.paths[0], version) == []


def test_no_default_export_name_is_another_formats() -> None:
    """Exporting one document in every format, one after the other, replaces no file."""
    names = [export_path(DOC_004, "es", "fr", fmt.value) for fmt in ExportFormat]
    assert len(set(names)) == len(names)
    assert all(n.suffix in (".tmx", ".tsv", ".csv", ".xlsx", ".xlf", ".srt", ".vtt") for n in names)


def test_the_default_name_reads_as_the_file_does_french_source_or_not(
    aligned_004: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --french-source the file is fr→es: named so, and not written over the es→fr one."""
    monkeypatch.chdir(tmp_path)
    for french_source, name in [(False, "es-fr"), (True, "fr-es")]:
        options = ExportOptions(french_source=french_source)
        report = export_documents(aligned_004, [DOC_004], "es", "xliff12", options=options)
        assert report.paths == (Path("exports") / f"{DOC_004}.{name}.xliff12.xlf",)
    assert len(list((tmp_path / "exports").iterdir())) == 2


# --- a hand-off not translated yet -------------------------------------------------------

# As Okapi (Rainbow) or Trados write a file to translate: French the source, the targets
# empty (state "new"), or missing; the 2.x one with segments in state "initial".
OKAPI_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
 xmlns:okp="okapi-framework:xliff-extensions">
<file original="lettre.txt" source-language="fr-FR" target-language="es-ES"
 datatype="x-text/plain" okp:inputEncoding="UTF-8"><body>
<trans-unit id="1"><source xml:lang="fr-FR">Le conseil se réunit demain.</source>
<target xml:lang="es-ES" state="translated">El consejo se reúne mañana.</target></trans-unit>
<trans-unit id="2"><source xml:lang="fr-FR">La séance est publique.</source>
<target xml:lang="es-ES" state="new"></target></trans-unit>
<trans-unit id="3"><source xml:lang="fr-FR">Le vote aura lieu à midi.</source></trans-unit>
</body></file></xliff>"""
INITIAL_2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="es">
<file id="f1" original="lettre.txt">
<unit id="1"><segment state="final"><source>Le conseil se réunit demain.</source>
<target>El consejo se reúne mañana.</target></segment></unit>
<unit id="2"><segment state="initial"><source>La séance est publique.</source></segment></unit>
<unit id="3"><segment><source>Le vote aura lieu à midi.</source><target/></segment></unit>
</file></xliff>"""


@needs_apertium
@pytest.mark.parametrize("content", [OKAPI_12, INITIAL_2], ids=["okapi 1.2", "2.0 initial"])
def test_an_untranslated_hand_off_imports_fills_and_goes_back(
    both_store: Store, tmp_path: Path, content: str
) -> None:
    from workbench.pipeline.mt import fill_document

    path = tmp_path / "lettre.xlf"
    path.write_text(content, encoding="utf-8")
    report = import_file(both_store, path)
    assert (report.units, report.skipped, report.french.name) == (3, 0, "lettre.txt")
    beads = both_store.beads(report.alignment.id)
    # Okapi's "translated" is not approved: it waits for review; 2.0's "final" is past it.
    first = "auto" if content is OKAPI_12 else "confirmed"
    assert [(len(b.fr), len(b.cp), b.status) for b in beads] == [
        (1, 1, first), (1, 0, "auto"), (1, 0, "auto"),
    ]  # fmt: skip
    # The two French sentences waiting are what `fill` drafts, with a real engine.
    filled = fill_document(both_store, report.french.id, "es", engine="apertium", estimate=False)
    assert filled.filled == 2
    drafted = both_store.beads(report.alignment.id)
    assert drafted[0].cp_text == "El consejo se reúne mañana."  # human text untouched
    assert [b.origin for b in drafted[1:]] == ["mt:apertium:fr-es"] * 2
    assert all(b.cp_text and b.status == "draft" for b in drafted[1:])
    # Back to the translator: by default the drafts stay home, every sentence goes.
    back = tmp_path / "back.xlf"
    fr_first = ExportOptions(french_source=True)
    sent = export_documents(both_store, [report.french.id], "es", "xliff12", back, fr_first)
    assert (sent.written, sent.untranslated) == (3, 2)
    assert [u.target for u in read_units(back)] == ["El consejo se reúne mañana.", "", ""]
    # Asked for, the drafts go as targets marked machine translation.
    with_mt = ExportOptions(french_source=True, mt=MtPolicy.INCLUDE)
    sent = export_documents(both_store, [report.french.id], "es", "xliff12", back, with_mt)
    assert (sent.written, sent.untranslated) == (3, 0)
    assert back.read_text(encoding="utf-8").count('state-qualifier="mt-suggestion"') == 2
    assert schema_errors(back, "1.2") == []


def test_the_command_line_counts_untranslated_units_as_imported(tmp_path: Path) -> None:
    path = tmp_path / "lettre.xlf"
    path.write_text(OKAPI_12, encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert "lettre.txt: 3 units imported from XLIFF 1.2" in result.output
    assert "skipped" not in result.output


def test_a_unit_not_translated_yet_has_no_score_and_exports_none(
    both_store: Store, tmp_path: Path
) -> None:
    """A null alignment nobody scored stores no score (not 0), writes no x-score, and a
    score threshold keeps it in a hand-off as it keeps a reviewer's own beads."""
    path = tmp_path / "lettre.xlf"
    path.write_text(OKAPI_12, encoding="utf-8")
    report = import_file(both_store, path)
    beads = both_store.beads(report.alignment.id)
    assert [b.score for b in beads] == [1.0, None, None]
    back = tmp_path / "back.xlf"
    options = ExportOptions(french_source=True, min_score=0.5)
    sent = export_documents(both_store, [report.french.id], "es", "xliff12", back, options)
    assert (sent.written, sent.untranslated, sent.skipped) == (3, 2, ())
    assert back.read_text(encoding="utf-8").count('context-type="x-score"') == 1
    assert [u.score for u in read_units(back)] == [1.0, None, None]


def test_an_export_into_a_folder_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    """A mistyped -o folder was created, wherever it pointed (the newcomer pass wrote
    /nonexistent/dir/x.tmx); the default exports/ folder is still made as needed."""
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang="fr") + FOUR + "</body></tmx>", encoding="utf-8")
    db = str(tmp_path / "w.db")
    CliRunner().invoke(app, ["import", str(path), "--to", "es", "--db", db])
    wrong = tmp_path / "no" / "such" / "x.tmx"
    result = CliRunner().invoke(
        app, ["export", "multi", "--to", "es", "-o", str(wrong), "--db", db]
    )
    assert (result.exit_code, result.output.strip()) == (
        2,
        f"error: {wrong}: the folder {wrong.parent} does not exist; create it, or choose "
        "another file with -o",
    )
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize(("fmt", "head"), [("tsv", "source (es)"), ("tmx", "<?xml")])
def test_an_export_to_dash_goes_to_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, head: str
) -> None:
    """The newcomer pass (N5): `export … -o -` in a CI pipe wrote a file named "-" in the
    current folder and said "13 units written to -"; the pipe got nothing."""
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang="fr") + FOUR + "</body></tmx>", encoding="utf-8")
    db = str(tmp_path / "w.db")
    CliRunner().invoke(app, ["import", str(path), "--to", "es", "--db", db])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app, ["export", "multi", "--to", "es", "-f", fmt, "-o", "-", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(head)
    assert "Hola" in result.stdout and "Bonjour" in result.stdout
    assert result.stderr.strip() == "1 unit written to standard output"
    assert not (tmp_path / "-").exists()


def test_an_export_to_dash_of_two_files_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "multi.tmx"
    path.write_text(TMX_HEAD.format(srclang="fr") + FOUR + "</body></tmx>", encoding="utf-8")
    db = str(tmp_path / "w.db")
    CliRunner().invoke(app, ["import", str(path), "--to", "es", "--db", db])
    result = CliRunner().invoke(
        app, ["export", "multi", "--to", "es", "--mt", "separate", "-o", "-", "--db", db]
    )
    assert (result.exit_code, result.stderr.strip()) == (
        2,
        "error: --mt separate writes two files, which standard output cannot hold; "
        "give a file name with -o",
    )


OMEGAT_TMX = (
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="OmegaT" '
    'creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" '
    'srclang="fr" datatype="plaintext"/><body>'
    '<tu><tuv xml:lang="fr"><seg>Le pont est fermé.</seg></tuv>'
    '<tuv xml:lang="es"><seg>El puente está cerrado.</seg></tuv></tu>'
    '<tu><prop type="x-ConfirmationLevel">Draft</prop>'
    '<tuv xml:lang="fr"><seg>Il rouvrira lundi.</seg></tuv>'
    '<tuv xml:lang="es"><seg>Reabrirá el lunes.</seg></tuv></tu>'
    "</body></tmx>"
)


def test_another_tools_memory_comes_in_as_a_translators_confirmed_pairs(
    both_store: Store, tmp_path: Path
) -> None:
    """N12: a translation memory holds the pairs a translator committed (OmegaT and
    Trados write only those), so a unit that says nothing of its state is confirmed,
    scored 1.000 (a person paired it: no aligner guessed), and `align` and `fill` leave
    it as a reviewed bead. A unit that says it is a draft (Trados' confirmation level)
    stays one. The README and `workbench import --help` say so."""
    path = tmp_path / "pont.tmx"
    path.write_text(OMEGAT_TMX, encoding="utf-8")
    report = import_file(both_store, path)
    beads = both_store.beads(report.alignment.id)
    assert [(str(b.status), b.score, b.origin) for b in beads[:2]] == [
        ("confirmed", 1.0, "tmx:OmegaT"),
        ("draft", 1.0, "tmx:OmegaT"),
    ]
    assert review.reviewed(beads[0]) and not review.reviewed(beads[1])
    from workbench.cli import app

    shown = CliRunner().invoke(app, ["import", "--help"], terminal_width=200).output
    assert "confirmed" in shown and "1.000" in shown


def _unversioned(u: TranslationUnit) -> TranslationUnit:
    return replace(u, version=None, alignment_key=None)


@pytest.mark.parametrize("name", ["missing.tmx", "missing.xlf", "missing.xlsx"])
def test_a_mistyped_name_is_no_such_file_with_or_without_a_reviewer(
    tmp_path: Path, name: str
) -> None:
    """newcomer36: `import MISSING.tmx --reviewer eve` said the file was "neither" a reviewed
    table nor an export of this database, a usage error (exit 2)."""
    path = tmp_path / name
    # (a table named without --reviewer is told to add it first, as every usage error)
    for extra in (
        ([], ["--reviewer", "eve"]) if not name.endswith(".xlsx") else (["--reviewer", "eve"],)
    ):
        args = ["import", str(path), *extra, "--db", str(tmp_path / "w.db")]
        result = CliRunner().invoke(app, args)
        assert (result.exit_code, result.output.strip()) == (
            1,
            f"error: {path}: no such file; check the name and the folder",
        )


@pytest.mark.parametrize("name", ["returned.xlf", "returned.tmx", "returned.xliff"])
@pytest.mark.parametrize("reviewer", [[], ["--reviewer", "ana"]])
def test_an_empty_returned_file_says_it_is_empty_whatever_the_options(
    tmp_path: Path, name: str, reviewer: list[str]
) -> None:
    """A CAT tool or a sync client that failed to write the file leaves 0 bytes: one line
    saying so, exit 1, whether or not the reviewer signs it (newcomer41: with --reviewer,
    a usage error said the file was neither a table nor a memory of this database)."""
    path = tmp_path / name
    path.write_bytes(b"")
    result = CliRunner().invoke(
        app, ["import", str(path), *reviewer, "--db", str(tmp_path / "w.db")]
    )
    assert result.exit_code == 1, result.output
    assert result.output.strip() == (
        f"error: {path}: is empty; nothing was imported: save or export it again from the "
        "tool that wrote it"
    )
