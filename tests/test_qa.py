"""QA checks on pairs: what a translator's QA tool would flag, and what it must not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.quality.qa import (
    IssueKind,
    QaIssue,
    QaOptions,
    Severity,
    check_pair,
    check_pairs,
    numbers_in,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpora"


def kinds(source: str, target: str) -> list[IssueKind]:
    return [issue.kind for issue in check_pair(source, target)]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # numbers
        ("Il a payé 1 000,50 euros le 19 juin.", "He paid 1,000.50 euros on 19 June.", []),
        ("Le 19 juin 2024.", "El 19 de junio de 2024.", []),
        ("C'est la première fois en 24 ans.", "Es la primera vez en 25 años.", [IssueKind.NUMBERS]),
        ("Trois chats.", "3 gatos.", [IssueKind.NUMBERS]),
        # empty and identical
        ("Bonjour tout le monde.", "", [IssueKind.EMPTY]),
        ("   ", "Hola.", [IssueKind.EMPTY]),
        ("Vladimir Poutine", "vladimir poutine", [IssueKind.IDENTICAL]),
        ("2024 - 2025", "2024 - 2025", []),  # no letters: nothing to translate
        ("8,1 M€", "8,1 M€", []),  # a figure and its unit read the same in every language
        ("+3,5 %", "+3,5 %", []),
        ("12 km", "12 km", []),
        ("1,2 Md$ (2023)", "1,2 Md$ (2023)", []),
        ("b.", "b.", []),  # a list label
        ("www.elysee.fr", "www.elysee.fr", []),  # as CheckMate's "same" patterns: URLs
        ("presse@elysee.fr", "presse@elysee.fr", []),  # and e-mail addresses
        ("Paris", "Paris", [IssueKind.IDENTICAL]),  # a name may be right: a second look
        ("ONU", "ONU", [IssueKind.IDENTICAL]),
        ("Le 5 mai", "Le 5 mai", [IssueKind.IDENTICAL]),  # words around a figure
        ("8,1 M€ de recettes", "8,1 M€ de recettes", [IssueKind.IDENTICAL]),
        # brackets and quotes
        ("Kim Jong Un (à droite) sourit.", "Kim Jong Un (d) sonríe.", []),
        ("Kim Jong Un (à droite sourit.", "Kim Jong Un (d) sonríe.", [IssueKind.BRACKETS]),
        ("Il a dit ) puis ( non.", "Dijo (sí) y (no).", [IssueKind.BRACKETS]),
        ("une « opération spéciale »", "una «operación especial»", []),
        ("une « opération spéciale", "una «operación especial»", [IssueKind.QUOTES]),
        ("une “opération” [sic]", 'una "operación" [sic]', []),
        ('une "opération spéciale', 'una "operación especial"', [IssueKind.QUOTES]),
        # names
        ("Vladimir Poutine a atterri à Pyongyang.", "Vladimir Putin aterrizó en Pyongyang.", []),
        ("La Russie regarde l'Ukraine.", "Rusia mira a Ucrania.", []),
        ("Le dirigeant nord-coréen arrive.", "El líder de Corea del Norte llega.", []),
        ("Poutine a rencontré Kim Jong Un.", "Putin se reunió con él.", [IssueKind.NAMES]),
        ("Photo AFP de Poutine.", "Foto de Putin.", [IssueKind.NAMES]),
        # courtesy titles are translated, so they are not names
        ("Selon Mme Dupont, le budget passe.", "According to Mrs Dupont, it passes.", []),
        ("De Mme Leroy et Mlle Petit.", "De la Sra. Leroy y la Srta. Petit.", []),
        ("Voici Mgr Roche et MME Faure.", "Aquí están Mons. Roche y la Sra. Faure.", []),
        # English capitalises its days and months, French and Spanish do not: no names
        ("Le conseil a voté mardi.", "The council voted on Tuesday.", []),
        ("Dès le 1er mars et jusqu'en août.", "From 1 March until August.", []),
        ("Desde el lunes 3 de enero.", "From Monday 3 January.", []),
        (
            "Selon Mme Dupont, le budget passe.",
            "According to Mrs Smith, it passes.",
            [IssueKind.NAMES, IssueKind.NAMES],
        ),  # Dupont, Smith
        # a sentence or the last words said twice: a merge that kept a sentence and its
        # MT draft (newcomer17), a paste made twice; not when the source says it twice too
        (
            "Le conseil votera son budget 2026 le 15 janv. 2026.",
            "The council will vote its 2026 budget on 15 Jan. 2026. 2026.",
            [IssueKind.NUMBERS, IssueKind.REPEATED],
        ),
        (
            "Il a signé. Le Kremlin est satisfait.",
            "Firmó. El Kremlin está satisfecho. El Kremlin está satisfecho.",
            [IssueKind.REPEATED],
        ),
        (
            "Les prix augmenteront le 1er mars.",
            "Prices will rise on 1 March. March.",
            [IssueKind.REPEATED],
        ),
        (
            "Les prix augmenteront le 1er mars.",
            "Prices will rise on 1 March march",
            [IssueKind.REPEATED],
        ),
        (  # either side: the review page's merge repeats the counterpart, QA's source
            "The council will vote its 2026 budget on 15 Jan. 2026. 2026.",
            "Le conseil votera son budget 2026 le 15 janv. 2026.",
            [IssueKind.NUMBERS, IssueKind.REPEATED],
        ),
        ("Non. Non.", "No. No.", []),
        ("Il a dit : « non, non ».", "He said: “no, no”.", []),
        ("Il pleut à Pago Pago", "Llueve en Pago Pago", []),
        ("Il a signé. Le Kremlin est satisfait.", "Firmó. El Kremlin está satisfecho.", []),
        ("Deux tirets : — —", "Two dashes: — —", []),
    ],
)
def test_checks(source: str, target: str, expected: list[IssueKind]) -> None:
    assert kinds(source, target) == expected


def test_an_issue_says_what_and_where() -> None:
    (issue,) = check_pair("Le 19 juin.", "El 20 de junio.", index=7)
    assert issue == QaIssue(
        IssueKind.NUMBERS,
        Severity.ERROR,
        "numbers differ (missing in the target: 19; only in the target: 20)",
        7,
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("1 000 soldats en 2024", {"1000": 1, "2024": 1}),
        ("1\u202f000,5 et 3.14", {"10005": 1, "314": 1}),
        ("le 19 juin 2024 et le 19 mai", {"19": 2, "2024": 1}),
        ("aucun chiffre", {}),
    ],
)
def test_numbers_are_compared_without_their_separators(text: str, numbers: dict[str, int]) -> None:
    assert dict(numbers_in(text)) == numbers


def test_length_outliers_are_judged_against_the_documents_usual_ratio() -> None:
    # German runs longer than French: a steady 1.3 ratio is normal here, and flagged only
    # where one pair is far from it.
    normal = [("a" * 60, "b" * 78)] * 5
    pairs = [
        *normal,
        ("a" * 60, "b" * 250),
        ("a" * 60, "b" * 24),
        ("court", "très très très long texte"),  # too short to judge
    ]
    issues = [i for i in check_pairs(pairs) if i.kind is IssueKind.LENGTH]
    assert [(i.index, "longer" in i.message) for i in issues] == [(5, True), (6, False)]
    stricter = check_pairs(pairs, QaOptions(length_factor=1.1))
    assert len([i for i in stricter if i.kind is IssueKind.LENGTH]) == 2


def test_the_sample_captions_pass_clean() -> None:
    """The five Spanish captions of corpora/004 and their French translations are correct."""
    lines = (CORPUS / "004_c5001f9aa01043f8.txt").read_text(encoding="utf-8").splitlines()
    pairs = [
        (re.sub(r"<[^>]+>", "", lines[n]).strip(), lines[n + 1].strip())
        for n, line in enumerate(lines)
        if re.match(r"(<p>)?(El|En|Pie) ", line)
    ]
    assert len(pairs) == 5
    assert check_pairs(pairs) == []


@given(st.lists(st.tuples(st.text(max_size=60), st.text(max_size=60)), max_size=8))
def test_any_text_gives_issues_in_pair_order_without_crashing(pairs: list[tuple[str, str]]) -> None:
    issues = check_pairs(pairs)
    assert [i.index for i in issues] == sorted(i.index for i in issues)
    assert all(0 <= i.index < len(pairs) and i.message for i in issues)
