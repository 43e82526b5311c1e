"""After a translation is aligned by mistake with another article's original, then with its
own, a plain `align` keeps its own (newcomer36 LOW 9).

Both files stay linked as the translation's original. A plain `align` took the one stored
last, the wrong one: without reviews it replaced the right alignment, unsaid; with reviews
it refused, "already aligned with another en original". `docs` listed both as the
translation's original, with nothing to tell which one its alignment is with.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_bad_pages import NONE, cli
from workbench.store import quick

FRENCH = [
    "Le musée ouvre le 3 mai.",
    "Il accueille 40 écoles le lundi.",
    "La collection compte 2 000 tableaux.",
    "Le directeur part en 2027.",
]
OWN = [
    "The museum opens on 3 May.",
    "It welcomes 40 schools on Mondays.",
    "The collection holds 2,000 paintings.",
    "The director leaves in 2027.",
]
OTHER = ["Cycling lanes are being built.", "The city council voted yesterday.", "Bikes cost money."]


def _counterparts(db: Path) -> list[str]:
    code, out, err = cli("beads", "museo.fr", "--to", "en", "-f", "json", db=db)
    assert code == 0, err
    return [b["cp"] for b in json.loads(out)]


ALIGN = ("align", "museo.fr", "--to", "en", *NONE)


def _aligned_with(tmp_path: Path, *originals: str) -> Path:
    """A store where museo.fr was aligned with each of ``originals`` in turn."""
    db = tmp_path / "w.db"
    files = {"museo.fr.txt": FRENCH, "museo.en.txt": OWN, "velos.en.txt": OTHER}
    for name, lines in files.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "museo.fr.txt", db=db)[0] == 0
    for original in originals:
        assert cli(*ALIGN, "--original", tmp_path / original, db=db)[0] in (0, 3)
    return db


def _docs(db: Path) -> dict[str, tuple[int | None, int | None]]:
    code, out, err = cli("docs", "-f", "json", db=db)
    assert code == 0, err
    return {d["name"]: (d["original_of"], d["replaced_by"]) for d in json.loads(out)}


def test_a_plain_align_keeps_the_original_aligned_last(tmp_path: Path) -> None:
    db = _aligned_with(tmp_path, "museo.en.txt", "velos.en.txt", "museo.en.txt")
    align = ALIGN
    assert cli("confirm", "museo.fr", "1", "--to", "en", "--reviewer", "ana", db=db)[0] == 0

    code, _, err = cli(*align, db=db)

    assert code == 0, err
    assert _counterparts(db) == OWN


def test_docs_names_the_original_that_replaced_a_mistaken_one(tmp_path: Path) -> None:
    db = _aligned_with(tmp_path, "velos.en.txt", "museo.en.txt")

    listed = _docs(db)

    ids = {name: k + 1 for k, name in enumerate(("museo.fr", "velos.en", "museo.en"))}
    assert listed == {
        "museo.fr": (None, None),
        "velos.en": (ids["museo.fr"], ids["museo.en"]),
        "museo.en": (ids["museo.fr"], None),
    }
    table = cli("docs", db=db)[1]
    assert "replaced_by" in table


def test_an_original_aligned_once_is_replaced_by_none_and_the_table_has_no_such_column(
    tmp_path: Path,
) -> None:
    db = _aligned_with(tmp_path, "museo.en.txt")

    assert _docs(db)["museo.en"] == (1, None)
    assert "replaced_by" not in cli("docs", db=db)[1]


def test_the_store_path_finds_the_same_replaced_originals_as_the_quick_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(
        _aligned_with(tmp_path, "museo.en.txt", "velos.en.txt", "museo.en.txt", "velos.en.txt")
    )
    quickly = quick.replaced_originals(db)
    monkeypatch.setattr(quick, "_read_current", lambda *_: None)  # as PostgreSQL is read

    museo_en, velos_en = 2, 3  # stored in that order; aligned last with the wrong one
    assert quick.replaced_originals(db) == quickly == {museo_en: velos_en}
