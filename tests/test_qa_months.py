"""A month changed between the sides is a stale fact, as a changed figure is (newcomer41).

A new version of the original moved a date ("published in June." → "in July."); the old
French stayed paired with it at 0.998, `qa` said nothing and the TMX carried "juin" ↔
"July" as an ordinary unit, which OmegaT inserts as an exact match. Now `qa` calls it an
error ("months differ") and a memory leaves the unreviewed pair out, as it does a pair whose
figures differ (`tests/test_export_stale_figures.py`). Month names come from the CLDR
(Babel), in each side's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_bad_pages import cli
from tests.test_export_stale_figures import _new_version, _tmx_pairs
from workbench.quality.months import months_differ, months_named
from workbench.quality.qa import check_pair
from workbench.quality.qa_base import QaOptions


def test_qa_calls_a_changed_month_an_error_naming_each_sides_month() -> None:
    [issue] = check_pair(
        "Les comptes seront publiés en juin.", "The accounts will be published in July.",
        options=QaOptions(langs=("fr", "en")),
    )  # fmt: skip
    assert (issue.kind, issue.severity) == ("numbers", "error")
    assert issue.message == "months differ (only in fr: juin; only in en: July)"


@pytest.mark.parametrize(
    ("french", "other", "lang"),
    [
        ("Les comptes seront publiés en juin.", "The accounts will be published in June.", "en"),
        ("Janvier à juin 1934", "Januar bis Juni 1934", "de"),  # a title's capital
        ("Puis-je venir ?", "May I come?", "en"),  # the verb, not the month
        # one side leaves a month out: the translator's choice, no change of fact
        ("Les prix ont augmenté de 2,9 % sur un an, contre 3,4 % en août.",
         "Prices rose 2.9% in the year to September, down from 3.4% in August.", "en"),
        ("Il a observé Mars toute la nuit.", "Observó marzo toda la noche.", "es"),
        ("Rendez-vous le 3 mai.", "Cita el 3 de mayo.", "es"),
    ],
)  # fmt: skip
def test_the_same_month_a_month_left_out_or_a_word_that_is_no_month_is_no_error(
    french: str, other: str, lang: str
) -> None:
    assert not months_differ(french, other, "fr", lang)


def test_months_are_read_as_each_language_writes_them() -> None:
    assert months_named("Il a vu Mars en mars.", "fr") == {3}  # the planet is no month
    assert months_named("Im März und im Mai", "de") == {3, 5}
    assert months_named("de gener a març", "ca") == {1, 3}
    assert months_named("w czerwcu, czerwca 2026", "pl") == {6}
    assert months_named("May 1968 changed France.", "en") == {5}  # a figure follows
    assert months_named("en juin", "xx") == frozenset()  # a language Babel does not know


def test_a_memory_leaves_out_an_unreviewed_pair_whose_month_changed(tmp_path: Path) -> None:
    french = ["Le rapport annuel est prêt.", "Les comptes seront publiés en juin."]
    old = ["The annual report is ready.", "The accounts will be published in June."]
    new = ["The annual report is ready.", "The accounts will be published in July."]
    db = _new_version(tmp_path, french, old, new)

    out = tmp_path / "r.tmx"
    code, said, err = cli("export", "usine.fr", "--to", "en", "-f", "tmx", "-o", out, db=db)

    assert code == 0, err
    pairs = _tmx_pairs(out)
    assert ("The accounts will be published in July.", french[1]) not in pairs
    assert ("The annual report is ready.", french[0]) in pairs
    assert "1 left out (unreviewed, numbers differ between the sides" in said
