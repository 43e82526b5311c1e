"""A table opened and saved again by a spreadsheet comes back without a change.

Cells a spreadsheet reads differently from text: a leading quote (a TSV reader's
text delimiter) and a leading ``=``, ``+``, ``-`` or ``@`` (a formula); and text that
reads as a spreadsheet's error value (``#N/A``). Saved again by Python's csv and
openpyxl, and by LibreOffice Calc itself.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.spreadsheet_calc import CALC_READS, needs_calc, saved_by_calc
from workbench.formats.units import ExportOptions
from workbench.model import BeadDraft, Kind, Sentence, Status
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

# (English source, French target): the texts a spreadsheet would read otherwise.
PAIRS = [
    ('"We have learned the lessons of 2018," the deputy mayor said.',
     "« Nous avons tiré les leçons de 2018 », a déclaré la maire adjointe."),
    ('"Are you coming tonight?"', '"Tu viens ce soir ?"'),
    ("=SUM(A1:A3) is a formula.", "=SOMME(A1:A3) est une formule."),
    ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("-5 °C tonight.", "-5 °C cette nuit."),
    ("@mairie wrote.", "@mairie a écrit."),
    ('He said "yes".', "Il a dit « oui »."),
    ("= 3 km", "= 3 km"),
    ("=== Summary ===", "=== Résumé ==="),
    ("Hello, he said.", "- Bonjour, dit-il."),  # a dialogue dash (the unit leaves it out)
    ("+33 1 23", "+33 1 23"),
    ("@user", "@user"),
    ("#N/A", "#N/A"),  # text, though Excel's error value reads so
]  # fmt: skip
# What a plain reader (Python's csv, pandas) shows of each: TSV and CSV put an
# apostrophe before a cell a spreadsheet would run; the unit has no list marker.
TSV_SHOWN = [(f"'{s}" if s[0] == "=" else s, f"'{t}" if t[0] == "=" else t) for s, t in PAIRS]
UNIT_SHOWN = [(s, t.removeprefix("- ")) for s, t in TSV_SHOWN]


def _aligned(store: Store, pairs: Sequence[tuple[str, str]] = PAIRS) -> int:
    """One French document "q" and its English original, one bead a (English, French) pair."""
    fr = store.store_file(
        name="q", path="/c/q.fr.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, (_, t) in enumerate(pairs)],
    ).document  # fmt: skip
    en = store.store_file(
        name="q-en", path="/c/q.en.txt", lang="en", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence(s, Kind.BODY, "en", i) for i, (s, _) in enumerate(pairs)],
        original_of=fr.id,
    ).document  # fmt: skip
    ids = zip(store.segments(fr.id), store.segments(en.id), strict=True)
    drafts = [
        BeadDraft((f.id,), (e.id,), f.text, e.text, 0.9, Status.AUTO, "auto:test") for f, e in ids
    ]
    alignment = store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(en.id, 1), fr_lang="fr", cp_lang="en",
        aligner="test", beads=drafts,
    )  # fmt: skip
    return alignment.id


def _saved_again(path: Path) -> None:
    """The table read and saved again as Python's csv, pandas and a spreadsheet do."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
        # no formula Excel would run, no error value: every text is text
        assert not {"f", "e"} & {cell.data_type for cell in cells}
        assert [[c.value for c in row[:2]] for row in sheet.iter_rows(min_row=2)] == [
            [s, t.removeprefix("- ")] for s, t in PAIRS
        ]
        book.save(path)
        return
    dialect = "excel-tab" if path.suffix == ".tsv" else "excel"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, dialect=dialect))
    if dialect == "excel-tab":  # a CSV shows more of its cells with an apostrophe
        assert [row[:2] for row in rows[1:]] == [list(pair) for pair in UNIT_SHOWN]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, dialect=dialect).writerows(rows)


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx"])
def test_a_table_saved_again_unchanged_imports_as_no_edit(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _aligned(store)
    path = tmp_path / f"q.{fmt}"
    export_documents(store, ["q"], "en", fmt, path, ExportOptions())
    _saved_again(path)
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (0, len(PAIRS), ())
    assert [b.fr_text for b in store.beads(alignment)] == [t for _, t in PAIRS]
    assert not [e for e in store.events() if e.actor == "ben"]


def test_pandas_reads_the_exported_tsv_as_the_beads_say(store: Store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    _aligned(store)
    path = tmp_path / "q.tsv"
    export_documents(store, ["q"], "en", "tsv", path, ExportOptions())
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert frame.iloc[:, :2].to_numpy().tolist() == [list(pair) for pair in UNIT_SHOWN]


@needs_calc
@pytest.mark.parametrize(
    ("fmt", "reads"), [(f, r) for f in ("tsv", "csv") for r in sorted(CALC_READS)] + [("xlsx", "")]
)
def test_a_table_libreoffice_saved_again_imports_as_no_edit(
    store: Store, tmp_path: Path, fmt: str, reads: str
) -> None:
    """The reviewer opens the export in LibreOffice Calc and saves it, changing nothing:
    every text comes back as exported (a TSV's "= 3 km" came back "Err:509", an XLSX's
    "#N/A", written as an error value, "=#N/A")."""
    alignment = _aligned(store)
    path = tmp_path / f"q.{fmt}"
    export_documents(store, ["q"], "en", fmt, path, ExportOptions())
    saved_by_calc(path, tmp_path, reads or "formulas")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (0, len(PAIRS), ())
    assert [b.fr_text for b in store.beads(alignment)] == [t for _, t in PAIRS]


def test_a_tsv_exported_before_quoting_imports_as_before(store: Store, tmp_path: Path) -> None:
    """The newcomer's file: written unquoted by an earlier version, not one edit in it."""
    alignment = _aligned(store)
    path = tmp_path / "q.tsv"
    export_documents(store, ["q"], "en", "tsv", path, ExportOptions())
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    old = [lines[0]]
    for line in lines[1:]:  # the cells as the earlier writer left them: never quoted
        cells = line.rstrip("\n").split("\t")
        old.append("\t".join(_unquoted(cell) for cell in cells) + "\n")
    assert old[1].startswith('"We have learned the lessons of 2018," the deputy')
    path.write_text("".join(old), encoding="utf-8")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.unchanged, report.refused) == (0, len(PAIRS), ())
    assert [b.fr_text for b in store.beads(alignment)] == [t for _, t in PAIRS]


def _unquoted(cell: str) -> str:
    quoted = cell.startswith('"""') and cell.endswith('"')
    return cell[1:-1].replace('""', '"') if quoted else cell
