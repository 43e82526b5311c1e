"""Stored alignments out as TMX/TSV/XLSX, and TMX back in as a reviewable alignment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from workbench import pipeline, review
from workbench.cli import app
from workbench.formats.tmx_read import read_tmx
from workbench.formats.units import ExportOptions
from workbench.model import InputError, NotFoundError, TranslationUnit
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.exchange import export_documents, import_tmx
from workbench.pipeline.exporting import units_for_export
from workbench.store import Store

DOC_004 = "004_c5001f9aa01043f8"


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


@pytest.fixture
def aligned_004(store: Store) -> Store:
    pipeline.ingest_paths(store, [CORPUS / f"{DOC_004}.txt"])
    report = align_document(store, DOC_004, "es")
    beads = store.beads(report.alignment.id)
    first_pair = next(i for i, b in enumerate(beads) if b.cp)
    apply(store, report.alignment.id, review.confirm(beads, first_pair, "ana"), "ana")
    return store


def _content(units: list[TranslationUnit]) -> list[tuple[object, ...]]:
    return [
        (u.source, u.target, u.source_lang, u.target_lang, u.origin, u.status, u.score,
         u.reviewer, u.notes)
        for u in units
    ]  # fmt: skip


def test_units_run_from_the_original_to_french_and_skip_nothing_but_rejections(
    aligned_004: Store,
) -> None:
    units = list(units_for_export(aligned_004, DOC_004, "es"))
    pairs = [u for u in units if u.source]
    assert len(pairs) == 5
    assert {(u.source_lang, u.target_lang) for u in units} == {("es", "fr")}
    assert pairs[0].reviewer == "ana"


def test_tmx_export_then_import_then_export_gives_the_same_units(
    aligned_004: Store, tmp_path: Path
) -> None:
    first, every = tmp_path / "first.tmx", ExportOptions(min_score=None)  # doubtful pairs too
    report = export_documents(aligned_004, [DOC_004], "es", "tmx", first, every)
    assert report.written == 5
    imported = import_tmx(aligned_004, first)
    assert (imported.units, imported.alignment.cp_lang) == (5, "es")
    second = tmp_path / "second.tmx"
    export_documents(aligned_004, [imported.french.name], "es", "tmx", second, every)
    assert _content(list(read_tmx(second).units)) == _content(list(read_tmx(first).units))


def test_importing_the_same_tmx_twice_changes_nothing(aligned_004: Store, tmp_path: Path) -> None:
    path = tmp_path / "tm.tmx"
    export_documents(aligned_004, [DOC_004], "es", "tmx", path)
    import_tmx(aligned_004, path)
    again = import_tmx(aligned_004, path)
    assert again.unchanged


def test_export_all_writes_every_aligned_document_into_one_file(
    aligned_004: Store, tmp_path: Path
) -> None:
    report = export_documents(aligned_004, None, "es", "tsv", tmp_path / "all.tsv")
    lines = (tmp_path / "all.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [
        "source (es)", "target (fr)", "score", "status", "origin", "document", "reviewer",
        "id", "changed", "version",
    ]  # fmt: skip
    # a review table is every bead, row n bead n: the null beads too (until session 37 the
    # 5 pairs alone)
    beads = len(list(units_for_export(aligned_004, DOC_004, "es")))
    assert len(lines) == 1 + report.written == 1 + beads
    assert report.skipped == ()


def test_exporting_an_unaligned_language_writes_nothing(aligned_004: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(NotFoundError, match="--to en"):
        export_documents(aligned_004, [DOC_004], "en", "tmx", out / "x.tmx")
    with pytest.raises(NotFoundError, match="no document is aligned with en"):
        export_documents(aligned_004, None, "en", "tmx", out / "x.tmx")
    assert not out.exists()


def test_a_tmx_without_french_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "de-en.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="de" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="French on one side"):
        import_tmx(store, path)
    assert store.documents() == []


@pytest.mark.parametrize(("fr", "es"), [("fr_FR", "es_ES"), ("FR-fr", "ES"), ("fr", "es-419")])
def test_a_tmx_with_any_spelling_of_french_imports(
    store: Store, tmp_path: Path, fr: str, es: str
) -> None:
    path = tmp_path / "trados.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" '
        f'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="{es}" '
        f'datatype="plaintext"/><body><tu><tuv xml:lang="{es}"><seg>Hola</seg></tuv>'
        f'<tuv xml:lang="{fr}"><seg>Bonjour</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    report = import_tmx(store, path)
    assert (report.alignment.fr_lang, report.alignment.cp_lang) == ("fr", "es")
    assert report.units == 1


def test_export_and_import_from_the_command_line(aligned_004: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    db = aligned_004.url.removeprefix("sqlite:///")
    out = tmp_path / "cli.tmx"
    result = runner.invoke(
        app, ["export", DOC_004, "--to", "es", "-o", str(out), "--confirmed-only", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert "1 unit written" in result.output and "skipped (not confirmed)" in result.output
    other = str(tmp_path / "other.db")  # another team's database: a new alignment
    result = runner.invoke(app, ["import-tmx", str(out), "--db", other])
    assert result.exit_code == 0 and "1 unit imported" in result.output
    result = runner.invoke(app, ["export", "--to", "es", "--db", db])
    assert result.exit_code == 2 and "give either a DOC or --all" in result.output


def _tmx_naming(path: Path, documents: list[str]) -> Path:
    units = "".join(
        f'<tu tuid="u{n}"><prop type="x-document">{doc}</prop>'
        f'<tuv xml:lang="es"><seg>Hola {n}</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>Bonjour {n}</seg></tuv></tu>'
        for n, doc in enumerate(documents)
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="es" '
        f'datatype="plaintext"/><body>{units}</body></tmx>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("documents", "name"),
    [
        (["report"], "report"),  # the one document the units name
        (["report", "report"], "report"),
        (["report", "letter"], "memory"),  # several documents (an --all export): the file's name
        (["report", "report", "letter"], "memory"),  # found late in the stream
    ],
)
def test_an_import_is_named_after_the_document_its_units_name_or_else_the_file(
    store: Store, tmp_path: Path, documents: list[str], name: str
) -> None:
    report = import_tmx(store, _tmx_naming(tmp_path / "memory.tmx", documents))
    assert (report.french.name, report.counterpart.name) == (name, f"{name}.es")
    assert [d.name for d in store.documents()] == [name, f"{name}.es"]
    tuids = store.unit_ids(report.alignment.id)
    assert sorted(tuids.values()) == [f"u{n}" for n in range(len(documents))]


def test_two_documents_of_one_name_export_to_two_files(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pont.fr.docx and pont.fr.odt are both `pont.fr`: exporting one after the other
    wrote both to exports/pont.fr.es-fr.tmx, the second silently replacing the first."""
    from tests.test_review import aligned_pair
    from workbench.model import Kind, Sentence

    store, alignment, _ = aligned_pair(store)
    first = store.alignment(alignment).doc_id
    store.store_file(
        name="fr", path="/d/fr.odt", lang="fr", encoding="odt", sha256="c" * 64, size=1,
        sentences=[Sentence("Un autre texte.", Kind.BODY, "fr", 0)],
    )  # fmt: skip
    monkeypatch.chdir(tmp_path)
    report = export_documents(store, [str(first)], "es", "tmx")
    assert report.paths == (Path("exports") / f"fr-{first}.es-fr.tmx",)
