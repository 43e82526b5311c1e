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


def _add_column(path: Path, at: int, name: str, values: dict[int, str]) -> None:
    """A column inserted into a CSV export at ``at`` (0-based), as a reviewer types one."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for k, row in enumerate(rows):
        row.insert(at, name if k == 0 else values.get(k, ""))
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


@pytest.mark.parametrize("at", [10, 4], ids=["at-the-end", "between-two-of-ours"])
def test_a_column_a_reviewer_added_is_left_unread_and_named_and_the_rows_come_in(
    store: Store, tmp_path: Path, at: int
) -> None:
    # newcomer38: a "commentaire" column refused the whole table, "export the file again",
    # which would have thrown the review away
    from tests.test_import_reviewed import STATUS, _edit

    _, alignment, _ = aligned_pair(store)
    path = _export(store, tmp_path, "csv")
    _edit(path, 1, STATUS, "confirmed")
    _add_column(path, at, "commentaire", {2: "à revoir"})

    report = import_reviewed(store, path, reviewer="lucie")

    assert (report.confirmed, report.refused) == (1, ())
    assert store.beads(alignment)[0].reviewer == "lucie"
    assert report.unread_note == (
        f"{path.name}: the column commentaire you added is not read (a bead's note is typed "
        "in the app's Review page); the rest of each row was"
    )


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_a_table_saved_as_excels_unicode_text_is_imported(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """Excel's "Unicode Text" is UTF-16 with a byte-order mark and CR LF line ends: the
    mark says the encoding, so its edits come in (newcomer38 LOW 21: refused as "not
    UTF-8 … byte 0", and told to save a TSV as CSV)."""
    aligned_pair(store)
    path = _export(store, tmp_path, fmt)
    text = path.read_text(encoding="utf-8").replace("Ils ont parlé", "Ils ont discuté")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))  # BOM, little-endian here
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")

    report = import_reviewed(store, path, reviewer="ben")

    assert (report.edited, report.refused) == (1, ())
    assert any(b.fr_text.startswith("Ils ont discuté") for b in store.beads(1))
