"""A capitalised function word is no name (verify25 #2): Apertium's draft "Ralentizan The
thaw…" leaves a word untranslated, and the "The" after it, which reads as mid-sentence,
is a word of the draft's language, not a name the other side left out. A real name
beside it is still reported."""

from __future__ import annotations

import pytest

from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaOptions, check_pair


@pytest.mark.parametrize(
    ("langs", "source", "target", "expected"),
    [
        (("en", "es"), "Ralentizan The thaw of half roughly, here, locally.",
         "Ralentizan el deshielo a la mitad, aproximadamente, aquí, localmente.", []),
        (("en", "fr"), "He read it in The Guardian.", "Il l'a lu dans le Guardian.", []),
        (("es", "en"), "Dijo que Los precios suben.", "He said prices rise.", []),
        # a real name beside the function word is still reported
        (("en", "es"), "Ralentizan The thaw near Oslo.", "Ralentizan el deshielo.",
         ["only in the MT draft (en): Oslo"]),
        # without the pair's languages, no stop list: as before
        ((), "Ralentizan The thaw.", "Ralentizan el deshielo.",
         ["only in the MT draft: The"]),
    ],
)  # fmt: skip
def test_a_capitalised_function_word_is_not_a_name_left_out(
    langs: tuple[str, ...], source: str, target: str, expected: list[str]
) -> None:
    options = (
        QaOptions(
            source_numbers=convention_for(langs[0]),
            target_numbers=convention_for(langs[1]),
            langs=(langs[0], langs[1]),
        )
        if langs
        else None
    )
    found = [
        issue.message
        for issue in check_pair(source, target, 0, options, draft=True)
        if issue.kind is IssueKind.NAMES
    ]
    assert found == expected
