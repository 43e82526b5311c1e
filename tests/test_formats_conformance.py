"""The conformance suite every file format passes, as translate-toolkit's storage tests.

Parametrised over the registry (`workbench.formats.registry.FORMATS`): a format
added there runs through all of it. Each readable format must give back what
it wrote (the fields it keeps); bad input must raise one clear error naming
the file; a failed write must leave nothing behind and no earlier file changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import unit
from workbench.formats.choices import SUBTITLE_FORMATS, ExportFormat
from workbench.formats.registry import (
    FORMATS,
    FileFormat,
    file_format,
    read_units,
    write_units,
)
from workbench.formats.units import ExportOptions, MtPolicy, SkipReason
from workbench.model import InputError, TranslationUnit, WorkbenchError
from workbench.store import Store

DRAFTS = ExportOptions(mt=MtPolicy.INCLUDE)  # unit 3 is an MT draft: written, not left out

UNITS = [
    unit(1),
    unit(2, notes=("checked against the photo caption",), reviewer=None, score=None),
    unit(3, origin="mt:argos:translate-fr_es", status="draft", score=0.41),
    unit(4, source="=SUM(A1:A3)", target="+33 1 23 45 67 89"),  # formulas to a spreadsheet
    unit(5, source='Dijo: "¿vienes esta noche?"', target='Il a dit "oui",\tpuis\nil est parti'),
    unit(6, source="-- C:\\dossier\\n", target="@ana: « voir la note »"),
]
READABLE = [f for f in FORMATS.values() if f.read is not None]


def ids(fmt: FileFormat) -> str:
    return fmt.name.value


def kept(units: list[TranslationUnit], fmt: FileFormat) -> list[dict[str, object]]:
    return [{field: getattr(u, field) for field in sorted(fmt.keeps)} for u in units]


def test_every_format_of_the_enum_has_a_writer() -> None:
    # subtitles are written from a document's cues, not its units (`pipeline.subtitling`)
    assert set(FORMATS) | set(SUBTITLE_FORMATS) == set(ExportFormat)
    for name, fmt in FORMATS.items():
        assert fmt.name is name and callable(fmt.write)


@pytest.mark.parametrize("fmt", READABLE, ids=ids)
def test_what_is_written_reads_back_the_same(tmp_path: Path, fmt: FileFormat) -> None:
    path = tmp_path / f"units.{fmt.name}"
    report = write_units(UNITS, path, fmt.name, DRAFTS)
    assert report.written == len(UNITS) and report.paths == (path,)
    assert kept(read_units(path), fmt) == kept(UNITS, fmt)


@pytest.mark.parametrize("fmt", READABLE, ids=ids)
def test_an_empty_export_reads_back_empty(tmp_path: Path, fmt: FileFormat) -> None:
    path = tmp_path / f"none.{fmt.name}"
    assert write_units([], path, fmt.name).written == 0
    assert read_units(path) == []


BAD_INPUTS = {
    "empty": b"",
    "binary": b"\x00\x01\x02\xff\xfe\x00PK\x03\x04garbage\x00",
    "prose": "Ceci n'est pas un fichier d'échange.\n".encode(),
    "half a header": b"source\ttarget\n",
}


@pytest.mark.parametrize("content", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
@pytest.mark.parametrize("fmt", READABLE, ids=ids)
def test_bad_input_gives_one_clear_error(tmp_path: Path, fmt: FileFormat, content: bytes) -> None:
    path = tmp_path / f"bad.{fmt.name}"
    path.write_bytes(content)
    with pytest.raises(WorkbenchError) as caught:
        read_units(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=ids)
def test_a_failed_write_leaves_the_earlier_file_as_it_was(tmp_path: Path, fmt: FileFormat) -> None:
    path = tmp_path / f"units.{fmt.name}"
    path.write_bytes(b"the earlier export")

    def failing() -> Iterator[TranslationUnit]:
        yield from UNITS[:2]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_units(failing(), path, fmt.name)
    assert path.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary left


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=ids)
def test_a_failed_first_write_leaves_no_file(tmp_path: Path, fmt: FileFormat) -> None:
    def failing() -> Iterator[TranslationUnit]:
        raise RuntimeError("the database went away")
        yield  # pragma: no cover

    with pytest.raises(RuntimeError):
        write_units(failing(), tmp_path / f"units.{fmt.name}", fmt.name)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(InputError, match=r"unknown export format 'docx': choose one of tmx, tsv"):
        file_format("docx")


# The formats `workbench import` reads back into the store.
TABLES = (ExportFormat.TSV, ExportFormat.CSV, ExportFormat.XLSX)  # the review tables
IMPORTABLE = [FORMATS[ExportFormat(name)] for name in ("tmx", "xliff12", "xliff21")]
CUT = b"cut off mid-file"  # as a failed copy leaves it: well-formed units, then nothing


@pytest.mark.parametrize("content", [CUT, *BAD_INPUTS.values()], ids=["cut", *BAD_INPUTS])
@pytest.mark.parametrize("fmt", IMPORTABLE, ids=ids)
def test_a_bad_import_is_one_clear_error_and_stores_nothing(
    both_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: FileFormat,
    content: bytes,
) -> None:
    from workbench.pipeline.exchange import import_file
    from workbench.store import bulk

    monkeypatch.setattr(bulk, "CHUNK", 2)  # units are stored chunk by chunk before the fault
    path = tmp_path / f"memory.{fmt.file_suffix}"
    if content == CUT:
        write_units(UNITS * 4, path, fmt.name, DRAFTS)
        path.write_bytes(path.read_bytes()[:-300])
    else:
        path.write_bytes(content)
    with pytest.raises(WorkbenchError) as caught:
        import_file(both_store, path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert both_store.documents() == []


# A hand-off with French as the source: a translated sentence, one nobody translated
# yet (the usual state of a file sent to a translator), and a draft nobody checked.
FRENCH_FIRST = ExportOptions(french_source=True)
HAND_OFF = [
    unit(1),
    unit(2, source="", origin="auto:none", status="auto", score=0.0, reviewer=None),
    unit(3, origin="mt:apertium:fr-es", status="draft", score=0.41),
]


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=ids)
def test_a_sentence_not_translated_yet_goes_untranslated_in_a_hand_off_and_a_table_only(
    tmp_path: Path, fmt: FileFormat
) -> None:
    """A review table is every bead, row n bead n (session 37): the sentence nobody
    translated is a row with an empty cell, for the reviewer to translate in the sheet."""
    path = tmp_path / f"hand-off.{fmt.name}"
    report = write_units(HAND_OFF, path, fmt.name, FRENCH_FIRST)
    table = fmt.name in TABLES
    if fmt.hand_off:  # every French sentence goes; the draft left out, not its sentence
        assert (report.written, report.untranslated, report.skipped) == (3, 2, ())
    elif table:  # the draft left out (--mt exclude), not the sentence waiting
        assert report.written == 2
        assert dict(report.skipped) == {SkipReason.MACHINE_TRANSLATION: 1}
    else:  # a memory has no use for half a unit
        assert report.written == 1
        assert dict(report.skipped) == {
            SkipReason.MACHINE_TRANSLATION: 1, SkipReason.EMPTY_TARGET: 1,
        }  # fmt: skip
    if fmt.read is not None:
        back = read_units(path, fmt.name)
        assert [(u.source, u.target) for u in back] == [
            (u.target, "" if u.origin.startswith(("auto:none", "mt")) else u.source)
            for u in HAND_OFF
            if fmt.hand_off or u is HAND_OFF[0] or (table and u is HAND_OFF[1])
        ]


HAND_OFFS = [f for f in IMPORTABLE if f.hand_off]


@pytest.mark.parametrize("french_source", [True, False], ids=["fr→es", "es→fr"])
@pytest.mark.parametrize("fmt", HAND_OFFS, ids=ids)
def test_untranslated_units_import_as_null_alignments_and_go_out_again(
    both_store: Store, tmp_path: Path, fmt: FileFormat, french_source: bool
) -> None:
    """fr→es: a French sentence alone (1–0), waiting for `fill`; es→fr: a Spanish one (0–1)."""
    from workbench.pipeline.exchange import export_documents, import_file

    lonely = replace(HAND_OFF[1], source="Nadie la ha traducido.", target="")
    units = [unit(1), HAND_OFF[1] if french_source else lonely, unit(3)]
    options = ExportOptions(french_source=french_source)
    first = tmp_path / f"first.{fmt.file_suffix}"
    assert write_units(units, first, fmt.name, options).untranslated == 1
    report = import_file(both_store, first)
    assert (report.units, report.skipped) == (3, 0)
    beads = both_store.beads(report.alignment.id)
    assert [(len(b.fr), len(b.cp)) for b in beads] == [
        (1, 1), (1, 0) if french_source else (0, 1), (1, 1),
    ]  # fmt: skip
    assert [s.text for s in both_store.segments(report.french.id)] == [
        u.target for u in units if u.target
    ]
    assert (beads[1].status, beads[1].score) == ("auto", 0.0)
    second = tmp_path / f"second.{fmt.file_suffix}"
    export_documents(both_store, [report.french.id], "es", fmt.name, second, options)
    # Each unit now carries its bead's version (to come back into it); the rest is kept.
    assert [replace(u, version=None, alignment_key=None) for u in read_units(second, fmt.name)] == (
        read_units(first, fmt.name)
    )


def test_the_apps_export_page_offers_every_format() -> None:
    from workbench.ui.export import FORMATS as OFFERED
    from workbench.ui.export import MIMES

    assert set(OFFERED) == {str(f) for f in ExportFormat} == set(MIMES)
