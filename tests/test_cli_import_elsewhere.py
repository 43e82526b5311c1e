"""`workbench import` of a CAT tool's file says when it merged nothing.

A translator ingests a page, aligns it, exports an XLIFF and works on it in OmegaT,
which writes its copy into the project's `target/` folder. Importing that copy
made a new document beside the reviewed one, merged with nothing, and said only
"13 units imported" (newcomer14b, N1): the translator believed her CAT work and
her colleague's reviews were now one document. Since session 15 an export carries
each bead's version and the copy goes back into the reviewed beads
(`pipeline.returned`); a file without them (an export from before, a tool that
drops our metadata) still becomes a new document, and says so.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from workbench.cli import app
from workbench.formats.registry import read_units, write_units

FRENCH = (
    "<html><body><article><h1>Crue de la Loire</h1>"
    "<p>Le niveau de la Loire a atteint 4,20 mètres à Orléans mercredi soir.</p>"
    "<p>Les autorités ont ordonné l'évacuation de 1 200 habitants.</p>"
    "<p>Les écoles resteront fermées jeudi.</p></article></body></html>"
)
ENGLISH = (
    "Loire flood\n\nThe level of the Loire reached 4.20 metres in Orléans on Wednesday "
    "evening.\n\nThe authorities ordered the evacuation of 1,200 residents.\n\n"
    "Schools will remain closed on Thursday.\n"
)


def _run(*args: str, code: int = 0) -> tuple[str, str]:
    """Run a command; ``code`` 3: stored, with a warning a reviewer must read."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.stdout, result.stderr


def _aligned_and_exported(tmp_path: Path) -> tuple[str, Path]:
    db = str(tmp_path / "wb.db")
    (tmp_path / "crue.fr.html").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "crue.en.txt").write_text(ENGLISH, encoding="utf-8")
    _run("ingest", str(tmp_path / "crue.fr.html"), "--db", db)
    _run("align", "crue.fr", "--to", "en", "--original", str(tmp_path / "crue.en.txt"),
         "--encoder", "none", "--db", db)  # fmt: skip
    _run("confirm", "crue.fr", "1", "--to", "en", "--reviewer", "ana", "--db", db)
    exported = tmp_path / "handoff.xlf"
    _run("export", "crue.fr", "--to", "en", "-f", "xliff12", "-o", str(exported), "--db", db)
    return db, exported


def _omegat_copy(tmp_path: Path, exported: Path) -> Path:
    """The file as OmegaT writes it into its project's target/ folder: same units."""
    target = tmp_path / "project" / "target" / exported.name
    target.parent.mkdir(parents=True)
    shutil.copyfile(exported, target)
    return target


def _without_versions(path: Path) -> Path:
    """The file as an export from before session 15 wrote it: no bead versions."""
    units = read_units(path, "xliff12")
    write_units([replace(u, version=None, alignment_key=None) for u in units], path, "xliff12")
    return path


def test_a_cat_copy_of_an_export_goes_back_into_the_reviewed_document(tmp_path: Path) -> None:
    db, exported = _aligned_and_exported(tmp_path)
    copy = _omegat_copy(tmp_path, exported)
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("Schools will", "The schools will"),
        encoding="utf-8",
    )
    out, err = _run("import", str(copy), "--db", db, "--reviewer", "ben")
    assert out.startswith("handoff.xlf: ") and "1 bead edited" in out and "signed ben" in out
    assert err == ""
    listed, _ = _run("docs", "--db", db)
    assert "handoff" not in listed  # no new document beside crue.fr


def test_a_cat_copy_of_an_ingested_documents_export_says_it_was_not_merged(
    tmp_path: Path,
) -> None:
    db, exported = _aligned_and_exported(tmp_path)
    copy = _without_versions(_omegat_copy(tmp_path, exported))
    out, err = _run("import", str(copy), "--db", db, code=3)
    assert "handoff: " in out
    assert (
        "warning: the units of handoff.xlf were exported from crue.fr (alignment 1), which "
        "this import leaves as it was: handoff is a new document, not merged with the "
        "reviews of crue.fr; review handoff, or carry its changes into crue.fr through a "
        "table (`workbench export crue.fr --to en -f tsv`, edit it, then `workbench import "
        "FILE.tsv --reviewer NAME`)"
    ) in err


def test_a_cat_copy_of_an_imported_file_says_where_to_put_it_to_merge(tmp_path: Path) -> None:
    _db, exported = _aligned_and_exported(tmp_path)  # at the agency
    mine = str(tmp_path / "mine.db")  # the translator's own store
    first = tmp_path / "agency" / "handoff.xlf"
    first.parent.mkdir()
    shutil.copyfile(exported, first)
    out, _err = _run("import", str(first), "--db", mine)
    assert out.startswith("crue.fr: ")  # the units' document, alignment 1 here too
    out, err = _run("import", str(_omegat_copy(tmp_path, first)), "--db", mine, code=3)
    assert out.startswith("handoff: ")
    assert (
        "warning: the units of handoff.xlf were exported from crue.fr (alignment 1), which "
        "this import leaves as it was: handoff is a new document, not merged with the "
        f"reviews of crue.fr; to merge them, copy the file over {first} (where crue.fr was "
        "imported from) and import that"
    ) in err


def test_a_file_imported_again_from_its_own_place_gives_no_such_warning(tmp_path: Path) -> None:
    db, exported = _aligned_and_exported(tmp_path)
    _run("import", str(_without_versions(exported)), "--db", db, code=3)  # not merged
    text = exported.read_text(encoding="utf-8")
    exported.write_text(text.replace("fermées jeudi", "closes jeudi"), encoding="utf-8")
    out, err = _run("import", str(exported), "--db", db)  # a new version, merged
    assert out.startswith("handoff: ") and "unchanged" not in out
    assert "not merged" not in err


def test_an_export_of_an_earlier_version_of_the_file_goes_into_the_beads_carried_over(
    tmp_path: Path,
) -> None:
    """Newcomer 15b: after the French page changed (ingest + align), an XLIFF exported
    before was refused with "--reviewer signs … a TMX or XLIFF exported from this database;
    this file is neither", which is false; session 15 named the version it came from and
    refused it. Its units now go into the beads `align` carried over unchanged; before
    the new version is aligned, the command says to align it."""
    db, exported = _aligned_and_exported(tmp_path)
    exported.write_text(
        exported.read_text(encoding="utf-8").replace("Schools will", "The schools will"),
        encoding="utf-8",
    )
    page = tmp_path / "crue.fr.html"
    page.write_text(FRENCH.replace("</article>", "<p>Une phrase ajoutée.</p></article>"), "utf-8")
    _run("ingest", str(page), "--db", db)
    signed = ["import", str(exported), "--db", db, "--reviewer", "ben"]
    result = CliRunner().invoke(app, signed)
    assert result.exit_code == 1, result.output
    assert " ".join(result.stderr.split()).endswith(
        "was exported from version 1 of crue.fr, and version 2 is current since and not "
        "aligned with en yet: run `workbench align crue.fr --to en`, then import the file "
        "again (its units go into the beads align carries over unchanged)"
    )
    _run("align", "crue.fr", "--to", "en", "--encoder", "none", "--db", db)
    out, err = _run(*signed)
    assert out.startswith(
        "handoff.xlf: 4 units read back into the beads they were exported from (4 of them "
        "through beads align carried over unchanged): 1 bead edited"
    )
    assert err == ""
