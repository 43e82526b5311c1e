"""A line's language is read on its words, not on the web and e-mail addresses it holds.

newcomer42 9: the last line of a French .docx press release, "Contact presse : Julie
Marchand, press@lumenrail.example, +33 4 72 00 00 00", was read as English (0.61, by the
address's "press" and "example"): the French page's line was in no bead, and `ingest` said
nothing. An address is a name, in whatever language its owner chose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import readers_files as F
from workbench.ingest import langid
from workbench.pipeline.parsing import parse_file

CONTACT = "Contact presse : Julie Marchand, press@lumenrail.example, +33 4 72 00 00 00"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", CONTACT),
        ("fr", "Inscriptions : https://www.summer-school-online.example/register"),
        ("de", "Kontakt: Anna Weber, contact@la-maison-bleue.fr"),
        ("es", "Contacto: Lucía Gómez, press@newsroom.example"),
    ],
)
def test_an_address_in_another_language_does_not_make_the_line_that_language(
    lang: str, line: str
) -> None:
    guess = langid.detect(line)
    assert guess is not None and guess.lang == lang
    [batch] = langid.detect_many([line])
    assert batch is not None and batch.lang == lang


def test_a_line_that_is_only_an_address_has_no_language() -> None:
    """It keeps its page's language (`block_language` takes None as the document's)."""
    assert langid.detect_many(["press@lumenrail.example", "https://www.example.com/news"]) == [
        None,
        None,
    ]


def test_a_french_documents_press_contact_is_french_text(tmp_path: Path) -> None:
    lines = [
        "Lumen Rail ouvre un nouvel atelier de maintenance à Vénissieux.",
        "Le site emploiera 120 personnes d'ici la fin de l'année prochaine.",
        "L'entreprise emploie 3 200 personnes en France, en Belgique et en Suisse.",
        CONTACT,
    ]
    page = tmp_path / "communique.fr.docx"
    page.write_bytes(F.docx("".join(F.para(F.run(line)) for line in lines)))
    _, lang, sentences = parse_file(page)
    assert lang == "fr"
    assert [(s.lang, s.kind.value) for s in sentences if s.text == CONTACT] == [("fr", "body")]
