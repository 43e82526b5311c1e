"""QA of a delivered translation as Xbench and Verifika check one (newcomer25): French
spacing before : ; ! ? and its English mirror, one source translated two ways, digits
grouped another language's way, and an imported file's units as delivered (inline
codes, double spaces, an empty target); `workbench qa` exits 3 on an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from workbench.cli import app
from workbench.formats.inline_codes import delivered_text
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import import_file
from workbench.pipeline.quality import qa_document
from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaOptions, Severity, check_pairs
from workbench.quality.qa_consistency import inconsistencies
from workbench.quality.qa_delivered import delivered_findings
from workbench.quality.qa_numbers import number_format_findings
from workbench.quality.qa_typography import punctuation_findings
from workbench.review import edit_text
from workbench.store import Store

NBSP, NNBSP = "\u00a0", "\u202f"


def faults(text: str, lang: str) -> list[str]:
    return [message for _, _, message in punctuation_findings(text, "target", lang)]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # French: a no-break space (U+00A0 or the narrow U+202F) before : ; ! ? and in « »
        ("fr", "Attention: l'appareil est chaud!", ["no space before : !"]),
        ("fr", "Pourquoi attendre ?", ["an ordinary space before ?"]),
        ("fr", "Le musée ouvre à 10 h 30; l'entrée est libre.", ["no space before ;"]),
        ("fr", f"Remarque{NBSP}: les prix incluent la TVA.", []),
        ("fr", f"Êtes-vous d'accord{NNBSP}?", []),
        ("fr", f"Vraiment{NNBSP}?!", []),
        ("fr", "Il a dit « non ».", ["an ordinary space before », after «"]),
        ("fr", "Il a dit «non».", ["no space before », after «"]),
        ("fr", f"Il a dit «{NNBSP}non{NNBSP}».", []),
        # not punctuation: times, ratios, URLs, e-mail, code, emoticons
        ("fr", "Rendez-vous à 10:30, score 3:1, ratio 3 : 1.", []),
        ("fr", "Voir https://exemple.fr/page?id=2 ou écrire à info@exemple.fr.", []),
        ("fr", "Tapez `a::b` puis x != y dans C:\\dossier.", []),
        ("fr", "Merci :-) et à bientôt ;)", []),
        # the mirror: English and the languages that set no space there
        ("en", "Why wait ?", ["a space before ?"]),
        ("en", f"Note{NBSP}: prices include VAT.", ["a space before :"]),
        ("en", "Why wait? Note: it is 10:30; great :)", []),
        ("es", "¿Por qué esperar ?", ["a space before ?"]),
        ("de", "Warum warten?", []),
        ("ru", "Почему ?", []),  # a language this check does not know: no rule
    ],
)
def test_punctuation_spacing_as_each_language_sets_it(
    lang: str, text: str, flagged: list[str]
) -> None:
    found = faults(text, lang)
    assert len(found) == len(flagged)
    for message, fault in zip(found, flagged, strict=True):
        assert f"has {fault}" in message


def test_an_ordinary_space_is_a_slip_only_where_the_document_writes_no_break_spaces() -> None:
    fr, en = convention_for("fr"), convention_for("en")
    options = QaOptions(source_numbers=en, target_numbers=fr)
    slip = [("Why wait?", "Pourquoi attendre ?"), ("Note:", f"Remarque{NBSP}:")]
    style = [("Why wait?", "Pourquoi attendre ?"), ("Note:", "Remarque :")]
    for pairs, severity in ((slip, Severity.WARNING), (style, Severity.INFO)):
        found = [i for i in check_pairs(pairs, options) if i.kind is IssueKind.PUNCTUATION]
        assert {i.severity for i in found} == {severity}
    # English spacing kept in French is a warning either way
    (kept,) = check_pairs([("Hot!", "Chaud!")], options)
    assert (kept.kind, kept.severity) == (IssueKind.PUNCTUATION, Severity.WARNING)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        (  # one source, two targets: the second is flagged, naming the first
            [("Please contact us.", "Contactez-nous."), ("Please contact us.", "Écrivez-nous.")],
            [(1, "the same source is translated “Contactez-nous.” in pair 1")],
        ),
        (  # the mirror: two sources, one target
            [("Save", "Enregistrer"), ("Store", "Enregistrer")],
            [(1, "the same target is the translation of “Save” in pair 1")],
        ),
        # case, spaces and a final full stop aside: the same text
        ([("Close.", "Fermer"), ("close", f"fermer{NBSP}.")], []),
        ([("-", "–"), ("-", "—")], []),  # punctuation alone: nothing to keep consistent
        ([("Yes.", ""), ("Yes.", "Oui.")], []),  # an empty side is `empty`'s to flag
    ],
)
def test_inconsistency_both_ways(
    pairs: list[tuple[str, str]], expected: list[tuple[int, str]]
) -> None:
    found = inconsistencies(pairs)
    assert [(i.index, i.message) for i in found] == expected
    assert all(i.severity is Severity.WARNING for i in found)


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Le budget est de 2,500,000 euros.", "French writes 2\u202f500\u202f000"),
        ("fr", "Il a fait 40,5 degrés en 2024 (version 2.1.3), 1 000,5 t.", None),
        ("en", "It costs 1.250.000 euros.", "English writes 1,250,000"),
        ("en", "It costs 1,250,000 euros, server 192.168.100.200.", None),
        ("de", "Es kostet 2,500,000 Euro.", "German writes 2.500.000"),
        ("de", "Es kostet 2.500.000 Euro.", None),
    ],
)
def test_digits_grouped_another_languages_way(lang: str, text: str, flagged: str | None) -> None:
    found = [m for _, _, m in number_format_findings(text, "target", convention_for(lang))]
    if flagged is None:
        assert found == []
    else:
        assert len(found) == 1 and flagged in found[0]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "4.1 Nettoyage quotidien", False),  # a heading's numbering
        ("es", "4.2. Cuándo descalcificar", False),
        ("fr", "Reportez-vous à la section 4.3 avant de commencer.", False),
        ("es", "Según el artículo 12.2 del reglamento, la garantía cubre la bomba.", False),
        ("fr", "Voir le § 3.1 du contrat.", False),
        ("fr", "4.1 km séparent les deux phares.", True),  # a unit after it: a decimal
        ("fr", "Le taux est passé à 4.1 % cette année.", True),
    ],
)
def test_a_section_number_is_no_decimal(lang: str, text: str, flagged: bool) -> None:
    """newcomer36 MEDIUM 7: a manual's "4.1 Nettoyage quotidien" ↔ "4.1 Limpieza diaria" gave
    six "number format" warnings ("French writes 4,1"), both sides, every section."""
    found = list(number_format_findings(text, "target", convention_for(lang)))
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ('Click <g id="1">Save</g>.', "Cliquez sur Enregistrer.",
         [("error", 'inline codes differ (only in the source: <g id="1"> </g>)')]),
        ("See the page.", 'Voir la page <x id="2"/>.',
         [("error", 'inline codes differ (only in the target: <x id="2"/>)')]),
        ('<x id="1"/> and <x id="2"/>', '<x id="2"/> et <x id="1"/>',
         [("warning", 'inline codes in another order (the source <x id="1"/><x id="2"/>, '
                      'the target <x id="2"/><x id="1"/>)')]),
        ('<g id="1">a</g>', '</g>a<g id="1">',
         [("error", "the target closes </g> before it opens")]),
        ('Voir <x id="2"/> ici.', 'See <x id="2"/> here.', []),
        ("Closed on Sundays.", "Fermé  le dimanche.",
         [("warning", "the target as delivered has two spaces in a row (“Fermé  le”)")]),
        # the spaces on each side of a dropped code are no double space
        ('See section <x id="2"/> for details.', 'Voir la section <x id="2"/> pour plus.', []),
    ],
)  # fmt: skip
def test_a_unit_as_delivered(source: str, target: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (str(severity), message) for _, severity, message in delivered_findings(source, target)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("xml", "delivered"),
    [
        ('<target>Cliquez <g id="1" ctype="bold">ici</g>.</target>', 'Cliquez <g id="1">ici</g>.'),
        ('<target>A<x id="2"/>B<ph id="3">&lt;br/&gt;</ph></target>', 'A<x id="2"/>B<ph id="3"/>'),
        ('<target><bpt id="1">&lt;b&gt;</bpt>a<ept id="1">&lt;/b&gt;</ept></target>',
         '<bpt id="1"/>a<ept id="1"/>'),
        ('<seg><bpt i="1" x="4">{b}</bpt>a<ept i="1">{/b}</ept></seg>',
         '<bpt x="4"/>a<ept i="1"/>'),
        ('<target>a <mrk mtype="term">b</mrk>  c &lt; d</target>', "a b  c &lt; d"),
    ],
)  # fmt: skip
def test_inline_codes_are_written_as_tags_by_kind_and_id(xml: str, delivered: str) -> None:
    assert delivered_text(etree.fromstring(xml)) == delivered


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="manual.docx" source-language="en-GB" target-language="fr-FR" datatype="x-docx">
  <body>
   <trans-unit id="1"><source>Click <g id="1">Save</g> now.</source>
    <target state="translated">Cliquez sur Enregistrer maintenant.</target></trans-unit>
   <trans-unit id="2"><source>Our offices are closed.</source>
    <target state="translated">Nos bureaux sont  fermés.</target></trans-unit>
   <trans-unit id="3"><source>See section <x id="2"/> for details.</source>
    <target state="translated">Voir la section <x id="2"/> pour plus.</target></trans-unit>
   <trans-unit id="4"><source>Press Enter.</source><target state="new"></target></trans-unit>
   <trans-unit id="5"><source>Contact us.</source>
    <target state="translated">Contactez-nous.</target></trans-unit>
   <trans-unit id="6"><source>Contact us.</source>
    <target state="translated">Écrivez-nous.</target></trans-unit>
  </body>
 </file>
</xliff>
"""


def _delivered(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "delivered.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    import_file(store, path)
    return store


def test_an_imported_file_is_checked_as_delivered(store: Store, tmp_path: Path) -> None:
    found = [
        (i.position + 1, str(i.issue.severity), str(i.issue.kind))
        for i in qa_document(_delivered(store, tmp_path), "manual.docx", "en")
        if i.issue.kind is not IssueKind.NAMES
    ]
    assert found == [
        (1, "error", "tags"),
        (2, "warning", "spaces"),
        (4, "error", "empty"),
        (6, "warning", "inconsistency"),
    ]
    # the stored text is the import's: codes dropped, spaces collapsed
    beads = store.beads(store.alignments(store.document("manual.docx").id)[0].id)
    assert beads[1].fr_text == "Nos bureaux sont fermés."


def test_a_reviewers_edit_is_checked_as_it_now_reads(store: Store, tmp_path: Path) -> None:
    _delivered(store, tmp_path)
    alignment = store.alignments(store.document("manual.docx").id)[0]
    edit = edit_text(store.beads(alignment.id), 1, "fr", "Nos bureaux ferment.", "ana")
    apply(store, alignment.id, edit, actor="ana")
    kinds = {str(i.issue.kind) for i in qa_document(store, "manual.docx", "en") if i.position == 1}
    assert "spaces" not in kinds  # the delivered text is no longer what the bead says


def test_qa_exits_3_on_an_error_and_0_on_warnings_alone(store: Store, tmp_path: Path) -> None:
    db = _delivered(store, tmp_path).url.removeprefix("sqlite:///")
    args = ["qa", "manual.docx", "--to", "en", "--db", db, "-f", "json", "--encoder", "none"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 3, result.output
    assert {r["severity"] for r in json.loads(result.output)} >= {"error", "warning"}
    clean = tmp_path / "clean.xlf"
    clean.write_text(
        XLIFF.replace('Click <g id="1">Save</g> now.', "Click Save now.")
        .replace('<target state="new"></target>', "<target>Appuyez sur Entrée.</target>"),
        encoding="utf-8",
    )  # fmt: skip
    CliRunner().invoke(app, ["import", str(clean), "--db", db])
    result = CliRunner().invoke(app, ["qa", "clean", "--to", "en", "--db", db, "--encoder", "none"])
    assert result.exit_code == 0, result.output
    help_text = " ".join(CliRunner().invoke(app, ["qa", "--help"]).output.split())
    assert "3 done, but a reviewer must look" in help_text and "a QA error" in help_text


def _one_unit(store: Store, tmp_path: Path, source: str, target: str) -> list[tuple[str, str]]:
    """The severity and kind of each finding on one unit delivered as an XLIFF."""
    unit = f'<trans-unit id="1"><source>{source}</source><target>{target}</target></trans-unit>'
    start, end = XLIFF.index("<trans-unit"), XLIFF.index("  </body>")
    path = tmp_path / "copied.xlf"
    path.write_text(XLIFF[:start] + unit + "\n" + XLIFF[end:], encoding="utf-8")
    import_file(store, path)
    found = qa_document(store, "manual.docx", "en")
    return [(str(i.issue.severity), "identical") for i in found if i.issue.kind == "identical"]


@pytest.mark.parametrize(
    ("source", "severity"),
    [
        # prose copied: the unit was delivered untranslated, an error as an empty target
        ("The meeting starts at 9 a.m.", "error"),
        ("Save your changes before you close the window.", "error"),
        # fewer than three lower-case words of the source language: a warning, as ever
        ("Microsoft Office for Mac", "warning"),
        ("Press Enter now", "warning"),
        ("CONDITIONS GÉNÉRALES DE VENTE", "warning"),
        # a name, a label with its number, a code, a number alone: nothing to translate
        ("Banque de France", None),
        ("ISO 9001", None),
        ("12 km", None),
    ],
)
def test_a_copied_target_is_an_error_where_the_source_is_prose(
    store: Store, tmp_path: Path, source: str, severity: str | None
) -> None:
    expected = [(severity, "identical")] if severity else []
    assert _one_unit(store, tmp_path, source, source) == expected


def test_a_copied_target_alone_fails_the_delivery_gate(store: Store, tmp_path: Path) -> None:
    _one_unit(store, tmp_path, "The meeting starts at 9 a.m.", "The meeting starts at 9 a.m.")
    db = store.url.removeprefix("sqlite:///")
    args = ["qa", "manual.docx", "--to", "en", "--db", db, "-f", "json", "--encoder", "none"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 3, result.output
    assert [r["kind"] for r in json.loads(result.output)] == ["identical"]
