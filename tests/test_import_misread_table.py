"""A review table opened in the wrong character set and saved is refused whole (newcomer38
HIGH 1).

An exported CSV or TSV is UTF-8 without a byte-order mark; Excel on Windows opens it as
Windows-1252, LibreOffice's dialog often as Latin-1, and the reviewer sees "Ã©" for "é".
Saved as "CSV UTF-8" (what `import` asks of a file that is not UTF-8), it is valid UTF-8
full of mojibake: `import` took every accented letter, on both sides, as the reviewer's
edit ("11 beads edited", exit 0), and a colleague's confirmation passed to the importer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_reviewed import _export
from tests.test_review import aligned_pair
from workbench import review
from workbench.model import InputError
from workbench.pipeline.alignment import apply
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store


@pytest.mark.parametrize(("fmt", "opened_as"), [("csv", "cp1252"), ("tsv", "latin-1")])
def test_a_table_saved_after_opening_it_in_a_western_code_page_changes_nothing(
    store: Store, tmp_path: Path, fmt: str, opened_as: str
) -> None:
    _, alignment, _ = aligned_pair(store)
    apply(store, alignment, review.confirm(store.beads(alignment), 1, "claire"), "claire")
    before = [(b.fr_text, b.cp_text, b.status, b.reviewer) for b in store.beads(alignment)]
    path = _export(store, tmp_path, fmt)
    text = path.read_text(encoding="utf-8")
    misread = text.encode("utf-8").decode(opened_as, errors="replace")
    path.write_text(misread, encoding="utf-8")  # "CSV UTF-8", as the spreadsheet saves it

    with pytest.raises(InputError, match="opened in the wrong character set") as refused:
        import_reviewed(store, path, reviewer="ben")

    assert str(refused.value).count("\n") == 0
    assert "nothing was imported" in str(refused.value)
    after = [(b.fr_text, b.cp_text, b.status, b.reviewer) for b in store.beads(alignment)]
    assert after == before  # claire's confirmation is still hers


def test_a_table_whose_accents_were_kept_is_imported(store: Store, tmp_path: Path) -> None:
    aligned_pair(store)
    path = _export(store, tmp_path, "csv")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Ils ont parlé", "Ils ont discuté"), encoding="utf-8")

    report = import_reviewed(store, path, reviewer="ben")

    assert report.edited == 1
