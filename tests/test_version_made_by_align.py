"""A French file's new version names where its previous version came from (newcomer37 LOW 17).

A translation reviewed against its original gets a version of its own when the original's
corrected version arrives (`align` makes it: one alignment holds one version of each
side). A translator who ingested the French file once, then its edited copy, read
"stored as version 3; version 2 and its review work are kept" and took it for a mistake:
the line now says that version 2 was made for the original's new version.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_cli_bad_pages import NONE, cli
from tests.test_export_stale_figures import FRENCH, NEW, OLD


def test_a_version_align_made_is_named_with_its_reason(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    for path, lines in ((tmp_path / "usine.fr.txt", FRENCH), (tmp_path / "usine.en.txt", OLD)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "usine.en.txt").write_text("\n".join(NEW) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "usine.fr.txt", db=db)[0] == 0
    align = ("align", "usine.fr", "--to", "en", *NONE)
    assert cli(*align, "--original", tmp_path / "usine.en.txt", db=db)[0] == 0
    assert cli("confirm", "usine.fr", "1", "--to", "en", "--reviewer", "ana", db=db)[0] == 0
    new = tmp_path / "v2" / "usine.en.txt"
    assert cli("ingest", new, "--version-of", "usine.en", db=db)[0] == 0
    assert cli(*align, db=db)[0] in (0, 3)

    edited = [*FRENCH[:1], "Elle emploie 135 personnes.", *FRENCH[2:]]
    (tmp_path / "usine.fr.txt").write_text("\n".join(edited) + "\n", encoding="utf-8")
    code, out, err = cli("ingest", tmp_path / "usine.fr.txt", db=db)

    assert code == 0, err
    assert (
        "changed: stored as version 3; version 2 (aligned with version 2 of its original "
        "usine.en) and its review work are kept"
    ) in out + err


def test_a_version_read_from_a_file_is_named_alone(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    french = tmp_path / "usine.fr.txt"
    french.write_text("\n".join(FRENCH) + "\n", encoding="utf-8")
    assert cli("ingest", french, db=db)[0] == 0
    french.write_text("\n".join(FRENCH[:2]) + "\n", encoding="utf-8")
    code, out, err = cli("ingest", french, db=db)

    assert code == 0, err
    assert "changed: stored as version 2; version 1 and its review work are kept" in out + err
