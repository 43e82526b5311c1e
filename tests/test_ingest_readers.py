"""Reading the files translators get: DOCX, ODT, PDF, SRT and WebVTT into blocks.

Every file here is built in the test from its format's specification
(tests/readers_files.py). What is body and what is not is the reader's
contract; the tables below are that contract.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import readers_files as F
from workbench import pipeline
from workbench.ingest import readers
from workbench.ingest.files import collect
from workbench.ingest.markup import RawBlock
from workbench.ingest.readers_odt import read_odt
from workbench.ingest.readers_office import read_docx
from workbench.ingest.readers_pdf import join_lines, read_pdf, read_pdf_pages
from workbench.ingest.readers_subtitles import (
    clean_cue,
    read_srt,
    read_vtt,
    timecode_props,
    timecode_span,
)
from workbench.model import FileNote, InputError, Kind, Prop
from workbench.store import Store

# A WebVTT cue's timecode in WebVTT's notation (a period before the milliseconds, hours
# written): until session 17 it came back in SubRip's, commas and all, in the TMX too.
VTT_BLOCKS = [
    ("Bonjour, je m'appelle Marie & Paul.", "00:00:01.000 --> 00:00:03.500"),
    ("Je vous présente le projet", "00:00:04.000 --> 00:00:06.250"),
]


def kinds(blocks: list[RawBlock]) -> list[tuple[str, str]]:
    return [(b.text, str(b.hint or Kind.BODY)) for b in blocks]


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# --- the table -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("notes.txt", "plain text"),
        ("page.HTML", "web page"),
        ("readme.md", "Markdown"),
        ("contrat.docx", "Word document"),
        ("contrat.odt", "OpenDocument text"),
        ("rapport.pdf", "PDF"),
        ("episode.srt", "SubRip subtitles"),
        ("episode.vtt", "WebVTT subtitles"),
    ],
)
def test_the_reader_table_picks_a_reader_by_suffix(name: str, reader: str) -> None:
    assert readers.reader_for(Path(name)).name == reader


def test_folders_are_collected_with_every_suffix_of_the_table(tmp_path: Path) -> None:
    for name in ("a.docx", "b.pdf", "c.srt", "d.vtt", "e.odt", "f.txt", "g.rtf", "h.doc"):
        _write(tmp_path, name, "x")
    found, problems, _ = collect([tmp_path])
    assert [p.name for p in found] == ["a.docx", "b.pdf", "c.srt", "d.vtt", "e.odt", "f.txt"]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "skipped"),
    [
        ("README.md", True),
        ("readme.txt", True),
        ("README", True),
        ("LICENSE", True),
        ("LICENCE.txt", True),
        ("LICENSE-MIT.md", True),
        ("CHANGELOG.md", True),
        ("changelog.txt", True),
        ("readmes.txt", False),  # not the folder's README
        ("license-plates.fr.txt", True),  # a name is all it goes by: named alone it is read
        ("article.fr.txt", False),
        ("mon-readme.fr.txt", False),
    ],
)
def test_a_folder_s_readme_license_and_changelog_are_skipped_by_name(
    tmp_path: Path, name: str, skipped: bool
) -> None:
    """newcomer33: `ingest corpus/` stored the corpus's README.md as an English document.
    Named on its own, the file is read all the same."""
    path = _write(tmp_path, name, "x")
    found, problems, by_name = collect([tmp_path])
    assert (by_name, found) == (([path], []) if skipped else ([], [path]))
    assert problems == []
    assert collect([path])[0] == [path]


def test_a_file_type_outside_the_table_is_refused_naming_the_ones_read(tmp_path: Path) -> None:
    _, problems, _ = collect([_write(tmp_path, "old.doc", "x")])
    (message,) = [str(e) for _, e in problems]
    assert "not a file type the workbench reads" in message and ".docx" in message


@pytest.mark.parametrize(
    ("name", "command"),
    [("rev.xlsx", "workbench import {folder}/rev.xlsx --reviewer NAME"),
     ("rev.csv", "workbench import {folder}/rev.csv --reviewer NAME"),
     ("rev.ods", "saved as rev.xlsx, with `workbench import {folder}/rev.xlsx --reviewer NAME")],
)  # fmt: skip
def test_a_review_table_given_to_ingest_names_the_import_command(
    tmp_path: Path, name: str, command: str
) -> None:
    """newcomer37 LOW 14: `ingest rev.csv` listed the types ingest reads, where `import X.docx`
    names `ingest`: a spreadsheet given to the wrong command names the right one."""
    _, problems, _ = collect([_write(tmp_path, name, "x")])
    (message,) = [str(e) for _, e in problems]
    assert "a spreadsheet is no document to ingest" in message
    assert command.format(folder=tmp_path) in message


def test_the_app_upload_accepts_what_the_table_reads() -> None:
    from workbench.ui import corpus

    assert vars(corpus)["SUFFIXES"] == readers.SUFFIXES  # ui.corpus imports the table


# --- DOCX and ODT --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "read"), [(F.docx, read_docx), (F.odt, read_odt)], ids=["docx", "odt"]
)
def test_office_body_in_reading_order_with_notes_after_and_no_headers_or_comments(
    build: object, read: object, tmp_path: Path
) -> None:
    blocks = read(build(), tmp_path / "rapport")  # type: ignore[operator]
    assert kinds(blocks) == F.REPORT_BLOCKS
    texts = " ".join(b.text for b in blocks)
    for absent in ("En-tête", "Pied de page", "Vérifier ce chiffre", "rejeté"):
        assert absent not in texts


def test_office_list_items_are_marked_as_bullets(tmp_path: Path) -> None:
    for read, build in ((read_docx, F.docx), (read_odt, F.odt)):
        bullets = [b.text for b in read(build(), tmp_path / "x") if b.bullet]
        assert bullets == ["Premier point"]


def test_files_written_by_python_docx_and_odfdo_read_the_same(tmp_path: Path) -> None:
    import io

    import docx
    import odfdo

    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "En-tête"
    word.sections[0].footer.paragraphs[0].text = "Pied de page"
    word.add_heading("Rapport annuel", 1)
    word.add_paragraph("Le conseil a adopté le budget.")
    word.add_paragraph("Premier point", style="List Bullet")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Cellule A1", "Cellule B1"
    saved = io.BytesIO()
    word.save(saved)
    writer = odfdo.Document("text")
    writer.body.append(odfdo.Header(1, "Rapport annuel"))
    writer.body.append(odfdo.Paragraph("Le conseil a adopté le budget."))
    writer.body.append(odfdo.List(["Premier point"]))
    sheet = odfdo.Table("T", width=2, height=1)
    sheet.set_value((0, 0), "Cellule A1")
    sheet.set_value((1, 0), "Cellule B1")
    writer.body.append(sheet)
    opened = io.BytesIO()
    writer.save(opened)
    expected = F.REPORT_BLOCKS[:5]
    assert kinds(read_docx(saved.getvalue(), tmp_path / "w.docx")) == expected
    assert kinds(read_odt(opened.getvalue(), tmp_path / "w.odt")) == expected


# Tracked changes read as accepted; what else a Word paragraph holds.
@pytest.mark.parametrize(
    ("runs", "text"),
    [
        (F.run("a ") + '<w:ins w:id="1" w:author="A">' + F.run("new") + "</w:ins>", "a new"),
        (F.run("a ") + '<w:del w:id="1" w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del>'
         + F.run("b"), "a b"),
        ('<w:moveFrom w:id="1" w:author="A">' + F.run("moved ") + "</w:moveFrom>" + F.run("x"),
         "x"),
        ('<w:moveTo w:id="1" w:author="A">' + F.run("moved ") + "</w:moveTo>" + F.run("x"),
         "moved x"),
        ("<w:r><w:t>un</w:t><w:tab/><w:t>deux</w:t></w:r>", "un deux"),
        ("<w:r><w:t>Jean</w:t><w:noBreakHyphen/><w:t>Paul</w:t></w:r>", "Jean-Paul"),
        ("<w:r><w:t>ligne</w:t><w:br/><w:t>suivante</w:t></w:r>", "ligne suivante"),
        ('<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' + F.run("7"), "7"),
        ('<w:r><w:footnoteReference w:id="1"/></w:r>' + F.run("Texte"), "Texte"),
    ],
    ids=["insertion kept", "deletion dropped", "move source dropped", "move target kept",
         "tab", "non-breaking hyphen", "line break", "field code", "footnote marker"],
)  # fmt: skip
def test_a_word_paragraph_reads_as_accepted(runs: str, text: str, tmp_path: Path) -> None:
    blocks = read_docx(F.docx(F.para(runs), footnotes=F.FOOTNOTES), tmp_path / "x")
    assert blocks[0].text == text


_VANISH = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">caché </w:t></w:r>'


# Hidden text (w:vanish) is not body text, whether on the run or through a style.
@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        (F.para(F.run("Texte "), _VANISH, F.run("visible.")), ["Texte visible."]),
        (F.para(F.run("Texte "), _VANISH.replace("<w:vanish/>", '<w:vanish w:val="false"/>'),
                F.run("visible.")), ["Texte caché visible."]),
        (F.para(F.run("Texte "), '<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>caché'
                "</w:t></w:r>", F.run(" visible.")), ["Texte visible."]),
        (F.para(F.run("Tout caché."), style="Hidden"), []),
        (F.para(F.run("Tout caché."), style="HiddenChild"), []),
        (F.para(F.run("Montré."), style="Shown"), ["Montré."]),
        (F.para(F.run("Caché "), '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>montré.</w:t>'
                "</w:r>", style="Hidden"), ["montré."]),
        (F.para('<w:r><w:rPr><w:webHidden/></w:rPr><w:t>Imprimé.</w:t></w:r>'), ["Imprimé."]),
    ],
    ids=["run", "run shown again", "character style", "paragraph style",
         "inherited paragraph style", "style shown again", "run shown in hidden paragraph",
         "hidden on the web only"],
)  # fmt: skip
def test_hidden_word_text_is_not_read(paragraph: str, texts: list[str], tmp_path: Path) -> None:
    blocks = read_docx(F.docx(paragraph + F.para(F.run("Fin."))), tmp_path / "x")
    assert [b.text for b in blocks if b.hint is not Kind.FOOTNOTE] == [*texts, "Fin."]


# Hidden text in OpenDocument: text:display="none" on an element or its style.
@pytest.mark.parametrize(
    ("body", "texts"),
    [
        ('<text:p>Texte <text:span text:style-name="Cache">caché </text:span>visible.</text:p>',
         ["Texte visible."]),
        ('<text:p>Texte <text:span text:style-name="T1">caché </text:span>visible.</text:p>',
         ["Texte visible."]),
        ('<text:p text:style-name="P1">Tout caché.</text:p>', []),
        ('<text:p text:style-name="P2">Montré.</text:p>', ["Montré."]),
        ('<text:section text:name="S" text:display="none"><text:p>Section cachée.</text:p>'
         "</text:section>", []),
        ('<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
         "Paragraphe caché.</text:p>", []),
        ('<text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>'
         "Paragraphe montré.</text:p>", ["Paragraphe montré."]),
    ],
    ids=["common style", "inherited style", "paragraph style", "style shown again",
         "hidden section", "hidden paragraph", "paragraph shown"],
)  # fmt: skip
def test_hidden_opendocument_text_is_not_read(body: str, texts: list[str], tmp_path: Path) -> None:
    blocks = read_odt(F.odt(body + "<text:p>Fin.</text:p>"), tmp_path / "x")
    assert [b.text for b in blocks] == [*texts, "Fin."]


@pytest.mark.parametrize(
    ("style", "kind"),
    [("Heading1", "heading"), ("Normal", "body"), ("", "body"), ("Unknown", "body")],
)
def test_a_word_heading_is_known_by_its_style(style: str, kind: str, tmp_path: Path) -> None:
    blocks = read_docx(F.docx(F.para(F.run("Titre"), style=style)), tmp_path / "x")
    assert kinds(blocks)[0] == ("Titre", kind)


# --- PDF -----------------------------------------------------------------------------


def test_a_pdf_reads_in_order_with_running_heads_and_folios_as_furniture(tmp_path: Path) -> None:
    blocks = read_pdf(F.pdf(F.REPORT_PDF_PAGES), tmp_path / "rapport.pdf")
    assert kinds(blocks) == F.REPORT_PDF_BLOCKS
    assert [b.line for b in blocks] == [1, 1, 1, 1, 1, 2, 2, 2]  # the page each starts on


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["la tra-", "duction"], "la traduction"),
        (["Jean-", "Paul"], "Jean-Paul"),  # a capital after: a real hyphen
        (["un mot -", "et la suite"], "un mot - et la suite"),  # a dash after a space
        (["2024-", "2025"], "2024-2025"),  # a range
        (["  spaced   out ", "", "line"], "spaced out line"),
        (["sous\u00ad", "titre"], "soustitre"),  # a soft hyphen
    ],
)
def test_lines_of_a_paragraph_are_joined_and_line_end_hyphens_undone(
    lines: list[str], text: str
) -> None:
    assert join_lines(lines) == text


# A hyphen at a line end before a lower-case word: the document's own usage decides.
@pytest.mark.parametrize(
    ("lines", "words", "text"),
    [
        (["les relations franco-", "allemandes"], {"franco-allemandes": 1},
         "les relations franco-allemandes"),  # the compound is written so elsewhere
        # no evidence in the document: a compound of known words, joined into no word,
        # keeps its hyphen (wordfreq, session 41: "porteconteneurs" was stored as French)
        (["les relations franco-", "allemandes"], {}, "les relations franco-allemandes"),
        (["le porte-", "conteneurs"], {}, "le porte-conteneurs"),
        (["dans l'après-", "midi"], {}, "dans l'après-midi"),
        (["le chef-", "d'œuvre"], {}, "le chef-d'œuvre"),
        (["la tra-", "duction"], {}, "la traduction"),  # a word the typesetter broke
        (["un con-", "tenant"], {}, "un contenant"),
        (["die Über-", "setzung"], {}, "die Übersetzung"),
        (["la tra-", "duction"], {"traduction": 3}, "la traduction"),
        (["le porte-", "monnaie"], {"porte-monnaie": 1, "portemonnaie": 2},
         "le portemonnaie"),  # the joined form is the more frequent
        (["le porte-", "monnaie"], {"porte-monnaie": 2, "portemonnaie": 1}, "le porte-monnaie"),
        (["un Franco-", "allemand"], {"franco-allemand": 1}, "un Franco-allemand"),  # any case
        (["un cessez-le-", "feu"], {}, "un cessez-le-feu"),  # broken at its own hyphen
        (["un cessez-le-", "feu"], {"cessez-lefeu": 1}, "un cessez-lefeu"),
    ],
    ids=["hyphenated elsewhere", "no evidence: a compound", "porte-conteneurs", "après-midi",
         "chef-d'œuvre", "no evidence: a broken word", "contenant", "Übersetzung",
         "joined elsewhere",
         "joined more often", "hyphenated more often", "case ignored",
         "no evidence: a compound keeps its hyphen", "a compound joined elsewhere"],
)  # fmt: skip
def test_a_line_end_hyphen_is_kept_when_the_document_writes_the_word_with_it(
    lines: list[str], words: dict[str, int], text: str
) -> None:
    assert join_lines(lines, words) == text


def test_a_pdf_keeps_the_hyphen_of_a_compound_it_writes_whole_elsewhere(tmp_path: Path) -> None:
    page = [
        *F.paragraph(72, 700, ["Les relations franco-allemandes sont bonnes."]),
        *F.paragraph(72, 600, ["Nous parlons des relations franco-", "allemandes et de la tra-",
                               "duction."]),
    ]  # fmt: skip
    blocks = read_pdf(F.pdf([page]), tmp_path / "x.pdf")
    assert blocks[1].text == "Nous parlons des relations franco-allemandes et de la traduction."


def test_scanned_pages_among_text_pages_are_named_in_one_warning(tmp_path: Path) -> None:
    text = F.paragraph(72, 700, ["Une page de texte."])
    blank = [(72.0, 700.0, 11.0, "")]  # nothing drawn: a blank page, not a scan
    blocks, warnings = read_pdf_pages(F.pdf([text, [], text, [], [], blank]), tmp_path / "x.pdf")
    assert [b.text for b in blocks] == ["Une page de texte."] * 2
    assert warnings == (
        "x.pdf: pages 2, 4-5 of 6 have no text layer (scanned?) and their text is missing; "
        "run OCR on them (e.g. `ocrmypdf --skip-text x.pdf ocr.pdf`) and ingest the "
        "result",
    )
    assert read_pdf_pages(F.pdf([text, []]), tmp_path / "y.pdf")[1] == (
        "y.pdf: page 2 of 2 has no text layer (scanned?) and its text is missing; run OCR on it "
        "(e.g. `ocrmypdf --skip-text y.pdf ocr.pdf`) and ingest the result",
    )
    assert read_pdf_pages(F.pdf([text, blank]), tmp_path / "z.pdf")[1] == ()


def test_ingest_warns_about_scanned_pages_and_stores_the_text_pages(
    tmp_path: Path, store: Store
) -> None:
    text = F.paragraph(72, 700, ["Une page de texte."])
    path = _write(tmp_path, "mixte.pdf", F.pdf([text, []]))
    (result,) = pipeline.ingest_paths(store, [path]).files
    assert result.document is not None and result.warning is not None
    assert result.warning.startswith("mixte.pdf: page 2 of 2 has no text layer")
    assert [s.text for s in store.segments("mixte")] == ["Une page de texte."]


@pytest.mark.parametrize(
    "folio", ["3", "- 3 -", "Page 3", "page 3 of 9", "3 / 9", "iv", "Página 3 de 9"]
)
def test_page_numbers_alone_at_a_page_foot_are_furniture(folio: str, tmp_path: Path) -> None:
    page = [*F.paragraph(72, 700, ["Un paragraphe du corps du texte."]), (290, 40, 9, folio)]
    blocks = read_pdf(F.pdf([page]), tmp_path / "x.pdf")
    assert kinds(blocks)[-1] == (folio, "boilerplate")


def test_a_line_repeated_in_the_body_of_pages_is_not_furniture(tmp_path: Path) -> None:
    page = [
        (72, 800, 9, "Titre courant"),
        *F.paragraph(72, 700, ["Oui."]),
        *F.paragraph(72, 600, ["Le corps du texte continue ici."]),
        (72, 40, 9, "Pied"),
    ]
    blocks = read_pdf(F.pdf([page, page, page]), tmp_path / "x.pdf")
    assert {b.text for b in blocks if b.hint is Kind.BOILERPLATE} == {"Titre courant", "Pied"}
    assert [b.text for b in blocks].count("Oui.") == 3


def test_a_chapter_running_head_on_three_pages_is_furniture(tmp_path: Path) -> None:
    words = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"]

    def page(head: str, n: int) -> list[F.Line]:
        return [(72, 800, 9, head), *F.paragraph(72, 700, [f"Le texte de la page {words[n]}."])]

    pages = [page("Chapitre 1 : Budget", n) for n in range(3)]
    pages += [page("Chapitre 2 : Dette", n) for n in range(3, 8)]
    blocks = read_pdf(F.pdf(pages), tmp_path / "x.pdf")
    assert {b.text for b in blocks if b.hint is Kind.BOILERPLATE} == {
        "Chapitre 1 : Budget",
        "Chapitre 2 : Dette",
    }


# A justified paragraph: its last-but-one line holds three words spread over the measure.
JUSTIFIED = [
    "The scheme lets selected meadows flood on purpose, and most farmers",
    "along the river have signed up for it already this winter. Yet",
    "not everyone is",
    "convinced that flooded land will ever pay its way again.",
]


def test_a_justified_line_keeps_its_widened_word_spaces(tmp_path: Path) -> None:
    """pdfminer cuts a line where the gap to the next word passes 2 character widths:
    "not everyone is" set justified came out as three lines sorted into boxes by position
    (words out of order, a word alone as a paragraph). The lines around write in those
    gaps: they are word spaces, not a column's gutter. As justified lines do, it ends
    where the column's longest line ends."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    measure = 72 + sum(widths.get(ch, 556) for ch in JUSTIFIED[0]) * 11 / 1000
    page: list[F.Line] = []
    for k, line in enumerate(JUSTIFIED):
        y = 700 - k * 14.3
        if line == "not everyone is":
            last = measure - sum(widths[ch] for ch in "is") * 11 / 1000
            page += [(72, y, 11, "not"), (190, y, 11, "everyone"), (last, y, 11, "is")]
        else:
            page.append((72, y, 11, line))
    blocks = read_pdf(F.pdf([page]), tmp_path / "justified.pdf")
    assert [b.text for b in blocks] == [" ".join(JUSTIFIED)]


def test_two_columns_written_line_by_line_across_the_page_stay_apart(tmp_path: Path) -> None:
    """Some writers draw the lines of both columns at one height one after the other; the
    gutter between them is no word space, as no line around writes in it."""
    left = ["Le conseil a adopté le budget", "de la ville pour l'année qui", "vient."]
    right = ["La séance a duré quatre heures", "et s'est terminée tard dans la", "nuit."]
    page: list[F.Line] = []
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        page += [(72, 700 - k * 14.3, 11, a), (260, 700 - k * 14.3, 11, b)]
    blocks = read_pdf(F.pdf([page]), tmp_path / "columns.pdf")
    assert [b.text for b in blocks] == [" ".join(left), " ".join(right)]


# --- subtitles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "text", "expected"),
    [(read_srt, F.SRT, F.SUBTITLE_BLOCKS), (read_vtt, F.VTT, VTT_BLOCKS)],
    ids=["srt", "vtt"],
)
def test_each_cue_is_one_caption_with_its_timecode(
    read: object, text: str, expected: list[tuple[str, str]], tmp_path: Path
) -> None:
    blocks, encoding = read(text.encode(), tmp_path / "episode")  # type: ignore[operator]
    assert [(b.text, dict(b.meta)["timecode"]) for b in blocks] == expected
    assert {b.hint for b in blocks} == {Kind.CAPTION} and encoding == "utf-8"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<i>Bonjour</i>", "Bonjour"),
        ("{\\an8}En haut", "En haut"),
        ('<font color="red">Rouge</font>', "Rouge"),
        ("<c.yellow.bg_blue>Oui</c>", "Oui"),
        ("<v Marie>Non</v>", "Non"),
        ("Un <00:00:01.500>karaoké", "Un karaoké"),
        ("- Tu viens ?\n- Oui.", "- Tu viens ? - Oui."),
        ("a < b", "a < b"),
    ],
)
def test_styling_is_removed_and_lines_joined(raw: str, clean: str) -> None:
    assert clean_cue(raw) == clean


def test_a_subtitle_file_in_a_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    blocks, encoding = read_srt(F.SRT.encode("cp1252"), tmp_path / "old.srt")
    assert blocks[1].text == "Je vous présente le projet" and encoding != "utf-8"


# The subtitler's credit on a line of the last cue (newcomer 17's "Merci d'avoir regardé !"
# / "Sous-titres : Atelier Lumière") was read into the cue's caption and aligned with
# "Thanks for watching!" at 0.542. It is a block of its own, furniture as a PDF's running
# head is, with the cue's timecode; a cue that only credits is furniture whole.
CREDITS = [
    (["Merci d'avoir regardé !", "Sous-titres : Atelier Lumière"],
     [("Merci d'avoir regardé !", "caption"), ("Sous-titres : Atelier Lumière", "boilerplate")]),
    (["Subtitles by Atelier Lumière"], [("Subtitles by Atelier Lumière", "boilerplate")]),
    (["Subtítulos: Atelier Lumière"], [("Subtítulos: Atelier Lumière", "boilerplate")]),
    (["Sous-titrage : Atelier Lumière"], [("Sous-titrage : Atelier Lumière", "boilerplate")]),
    # with the language it is in, before or after the label
    (["Sous-titres français : Atelier Lumière"],
     [("Sous-titres français : Atelier Lumière", "boilerplate")]),
    (["Subtítulos en español: Atelier Lumière"],
     [("Subtítulos en español: Atelier Lumière", "boilerplate")]),
    (["English subtitles by Atelier Lumière"],
     [("English subtitles by Atelier Lumière", "boilerplate")]),
    # words of the dialogue stay the cue's
    (["Les sous-titres sont trop petits", "pour moi."],
     [("Les sous-titres sont trop petits pour moi.", "caption")]),
    (["Subtitles: that is what I read."], [("Subtitles: that is what I read.", "caption")]),
    (["Les sous-titres ? Je les lis."], [("Les sous-titres ? Je les lis.", "caption")]),
]  # fmt: skip


@pytest.mark.parametrize(("cue", "expected"), CREDITS)
def test_a_subtitlers_credit_is_furniture_not_the_cues_caption(
    cue: list[str], expected: list[tuple[str, str]], tmp_path: Path
) -> None:
    text = F.SRT + "3\n00:00:40,000 --> 00:00:43,000\n" + "\n".join(cue) + "\n"
    blocks, _ = read_srt(text.encode(), tmp_path / "credits.srt")
    assert kinds(blocks[2:]) == expected
    assert {dict(b.meta)["timecode"] for b in blocks[2:]} == {"00:00:40,000 --> 00:00:43,000"}


def test_a_bead_of_several_cues_spans_their_timecodes() -> None:
    meta = {
        1: {"timecode": "00:00:01,000 --> 00:00:02,000"},
        2: {"timecode": "00:00:02,500 --> 00:00:04,000"},
        9: {"timecode": "00:00:01,100 --> 00:00:03,900"},
    }
    assert timecode_props((9,), (1, 2), meta, "fr", "en") == (
        Prop("x-timecode", "00:00:01,000 --> 00:00:04,000", "en"),
        Prop("x-timecode", "00:00:01,100 --> 00:00:03,900", "fr"),
    )
    assert timecode_props((5,), (6,), meta, "fr", "en") == ()
    assert timecode_span([]) is None


# --- bad input: one line, what to do, nothing stored --------------------------------


def _broken_srt() -> str:
    return F.SRT.replace("00:00:06,250", "00:00:0x,250")


BAD = [
    ("corrupt.docx", b"PK\x03\x04 not really a zip", r"a damaged Word document.*save it again"),
    ("locked.docx", F.OLE2_ENCRYPTED, r"password-protected.*remove the password"),
    ("empty-package.docx", F.zip_of({"hello.txt": "hi"}),
     r"is not a Word document: it is a zip file without a Word document inside \(it holds "
     r"hello.txt\); check that the right file was sent$"),
    ("corrupt.odt", b"PK\x03\x04 broken", r"a damaged OpenDocument text.*save it again as .odt"),
    ("locked.odt", F.odt(encrypted=True), r"password-protected.*remove the password"),
    ("scan.pdf", F.pdf([[]]), r"no text layer \(a scan\?\); run OCR"),
    ("locked.pdf", F.encrypted(F.pdf(F.REPORT_PDF_PAGES)), r"password-protected.*qpdf"),
    ("corrupt.pdf", b"%PDF-1.4\n garbage", r"a damaged PDF"),
    ("empty.srt", b"", r"the file is empty"),
    ("blank.srt", b"\n\n  \n", r"the file is empty"),
    ("broken.srt", _broken_srt().encode(),
     r"cue 2 \(line 7\) has a broken timecode '00:00:04,000 --> 00:00:0x,250'"),
    # a timing with a one-dash arrow: named at its own line, quoted (newcomer 17 was sent
    # to the next cue's good timing, or to an empty line when the bad cue was the last)
    ("arrow.srt", (F.SRT + "3\n00:00:07,000 --> 00:00:08,000\nTrois.\n\n").replace(
        "00:00:04,000 -->", "00:00:04,000 ->").encode(),
     r"cue 2 \(line 7\) has a broken timecode '00:00:04,000 -> 00:00:06,250'; "
     r"write it as `00:00:04,000 --> 00:00:06,250`$"),
    ("arrow-last.srt", F.SRT.replace("00:00:04,000 -->", "00:00:04,000 ->").encode(),
     r"cue 2 \(line 7\) has a broken timecode '00:00:04,000 -> 00:00:06,250'"),
    ("notimes.srt", b"Just some text\n", r"has no SubRip cue .*is it a subtitle file"),
    ("silent.srt", b"1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n", r"no cue with text"),
    ("noheader.vtt", b"00:01.000 --> 00:02.000\nHi\n", r"not a WebVTT file.*start with `WEBVTT`"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("timing", "mended"),
    [
        # newcomer 18's cue: the fix kept its own times (it was sent to a fixed example,
        # `00:00:01,000 --> 00:00:03,500`, which would have given the cue other times)
        ("00:00:07,125 -> 00:00:09,250", "`00:00:07,125 --> 00:00:09,250`"),
        ("00:00:07,125 => 00:00:09,250", "`00:00:07,125 --> 00:00:09,250`"),
        ("00:00:07,125 —> 00:00:09,250", "`00:00:07,125 --> 00:00:09,250`"),
        ("01:02:07.125 - 01:02:09.250", "`01:02:07.125 --> 01:02:09.250`"),
        # not two times: the notation, never times the file does not hold
        ("00:00:07,125 -> 00:00:0x,250", "its start and end times, `HH:MM:SS,mmm --> "
         "HH:MM:SS,mmm`"),
    ],
)  # fmt: skip
def test_a_broken_timecode_is_mended_with_the_cues_own_times(
    timing: str, mended: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, "cue.srt", f"1\n00:00:01,000 --> 00:00:02,000\nUn.\n\n"
                  f"2\n{timing}\nDeux.\n\n".encode())  # fmt: skip
    with pytest.raises(InputError) as caught:
        readers.read_file(path)
    assert str(caught.value) == (
        f"{path}: cue 2 (line 6) has a broken timecode {timing!r}; write it as {mended}"
    )
    assert "00:00:01,000 --> 00:00:03,500" not in str(caught.value)


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_saying_what_to_do_and_nothing_is_stored(
    name: str, data: bytes, message: str, tmp_path: Path, store: Store
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError, match=message) as caught:
        readers.read_file(path)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(str(path))
    report = pipeline.ingest_paths(store, [path])
    assert [f.error for f in report.failed] == [str(caught.value)]
    assert store.documents() == []


# --- conformance: every reader ------------------------------------------------------

# A good file for every row of the reader table, and what it must read as.
SAMPLES: dict[str, tuple[bytes, list[tuple[str, str]]]] = {
    ".txt": (b"Premier paragraphe du texte.\nSecond paragraphe, plus long.\n", [
        ("Premier paragraphe du texte.", "body"), ("Second paragraphe, plus long.", "body")]),
    ".html": (b"<html><body><h1>Titre</h1><p>Le paragraphe du corps.</p></body></html>", [
        ("Titre", "heading"), ("Le paragraphe du corps.", "body")]),
    ".md": (b"# Titre\n\nLe paragraphe du corps.\n", [
        ("Titre", "heading"), ("Le paragraphe du corps.", "body")]),
    ".docx": (F.docx(), F.REPORT_BLOCKS),
    ".odt": (F.odt(), F.REPORT_BLOCKS),
    ".pdf": (F.pdf(F.REPORT_PDF_PAGES), F.REPORT_PDF_BLOCKS),
    ".srt": (F.SRT.encode(), [(t, "caption") for t, _ in F.SUBTITLE_BLOCKS]),
    ".vtt": (F.VTT.encode(), [(t, "caption") for t, _ in VTT_BLOCKS]),
}  # fmt: skip
BAD_BY_SUFFIX = {Path(name).suffix: (data, message) for name, data, message in BAD}
BAD_BY_SUFFIX |= {
    ".txt": (b"\x00\x01\x02binary" * 50, r"binary file"),
    ".html": (b"  \n", r"empty"),
    ".md": (b"", r"empty"),
}


def test_every_reader_of_the_table_has_a_conformance_sample() -> None:
    firsts = {r.suffixes[0] for r in readers.READERS}
    assert firsts == set(SAMPLES) and firsts <= set(BAD_BY_SUFFIX)


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
def test_conformance_a_good_file_reads_into_the_expected_blocks(
    suffix: str, tmp_path: Path
) -> None:
    data, expected = SAMPLES[suffix]
    reading = readers.read_file(_write(tmp_path, f"sample{suffix}", data))
    assert reading.size == len(data) and len(reading.sha256) == 64
    if reading.structured:
        assert kinds(list(reading.blocks)) == expected
    else:  # web text: kinds are settled by the classifier, from the text
        assert [b.text for b in reading.blocks] == [t for t, _ in expected]


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
def test_conformance_a_good_file_is_stored_then_unchanged(
    suffix: str, tmp_path: Path, store: Store
) -> None:
    data, expected = SAMPLES[suffix]
    path = _write(tmp_path, f"sample{suffix}", data)
    first = pipeline.ingest_paths(store, [path])
    again = pipeline.ingest_paths(store, [path])
    assert [f.status for f in first.files + again.files] == ["new", "unchanged"]
    stored = " ".join(s.text for s in store.segments("sample"))
    assert all(text in stored or text.split(".")[0] in stored for text, _ in expected)


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
def test_conformance_bad_input_is_one_line_and_nothing_is_stored(
    suffix: str, tmp_path: Path, store: Store
) -> None:
    data, message = BAD_BY_SUFFIX[suffix]
    report = pipeline.ingest_paths(store, [_write(tmp_path, f"bad{suffix}", data)])
    (failed,) = report.failed
    assert failed.error is not None and "\n" not in failed.error
    with pytest.raises(InputError, match=message):
        readers.read_file(tmp_path / f"bad{suffix}")
    assert store.documents() == []


# --- into the store, the review and the TMX --------------------------------------------


def test_office_kinds_reach_the_stored_segments(tmp_path: Path, store: Store) -> None:
    (result,) = pipeline.ingest_paths(store, [_write(tmp_path, "rapport.docx", F.docx())]).files
    assert result.document is not None and result.document.encoding == "docx"
    segments = store.segments("rapport")
    assert [(s.text, str(s.kind)) for s in segments] == F.REPORT_BLOCKS
    assert segments[0].lang == segments[-1].lang == result.document.lang == "fr"


def test_subtitle_timecodes_and_line_breaks_are_stored_with_their_segments(
    tmp_path: Path, both_store: Store
) -> None:
    pipeline.ingest_paths(both_store, [_write(tmp_path, "episode.srt", F.SRT)])
    segments = both_store.segments("episode")
    assert [(s.text, dict(s.meta)["timecode"]) for s in segments] == F.SUBTITLE_BLOCKS
    lines = ["Bonjour, je m'appelle\nMarie.", "Je vous présente\nle projet"]  # styling removed
    # the cue's number, and its text as written while styling is in it (the exports' own)
    styled = [
        "<i>Bonjour,</i> je m'appelle\n{\\an8}Marie.",
        '<font color="#ffff00">Je vous présente</font>\nle projet',
    ]
    # the file ends with a blank line after its last cue: the subtitle exports end so too
    assert both_store.segment_meta([s.id for s in segments]) == {
        s.id: {"timecode": t, "lines": cue, "cue": str(n), "styled": raw, "file end": "blank line"}
        for n, (s, (_, t), cue, raw) in enumerate(
            zip(segments, F.SUBTITLE_BLOCKS, lines, styled, strict=True), 1
        )
    }


ENGLISH_SRT = """1
00:00:01,200 --> 00:00:03,400
Hello, my name is Marie.

2
00:00:04,100 --> 00:00:06,000
I am presenting the project.
"""


ENGLISH_VTT = """WEBVTT

00:00:01.200 --> 00:00:03.400 line:85%
Hello, my name is Marie.

00:00:04.100 --> 00:00:06.000
I am presenting the project.
"""


@pytest.mark.parametrize(
    ("name", "english", "timecode"),
    [("episode.en.srt", ENGLISH_SRT, "00:00:01,200 --> 00:00:03,400"),
     ("episode.en.vtt", ENGLISH_VTT, "00:00:01.200 --> 00:00:03.400")],
    ids=["srt", "vtt"],
)  # fmt: skip
def test_timecodes_show_in_review_and_are_written_as_tmx_props(
    name: str, english: str, timecode: str, tmp_path: Path, both_store: Store
) -> None:
    """Each side's timecode in its own file's notation."""
    from lxml import etree

    from workbench.pipeline.alignment import align_document, alignment_for
    from workbench.pipeline.exchange import export_documents
    from workbench.ui import parallel

    pipeline.ingest_paths(both_store, [_write(tmp_path, "episode.srt", F.SRT)])
    original = _write(tmp_path, name, english)
    align_document(both_store, "episode", "en", original_path=original)
    alignment = alignment_for(both_store, "episode", "en")
    beads = both_store.beads(alignment.id)
    texts = {
        s.id: parallel.SegmentText(s.text, s.kind, dict(s.meta).get("timecode", ""))
        for doc in both_store.documents()
        for s in both_store.segments(doc.id)
    }
    row = parallel.row(beads[0], texts)
    assert row["fm"] == ["00:00:01,000 --> 00:00:03,500"]
    assert row["cm"] == [timecode]

    out = tmp_path / "episode.tmx"
    export_documents(both_store, ["episode"], "en", "tmx", out)
    tu = etree.parse(str(out)).find(".//tu")
    assert tu is not None
    props = {
        (p.get("{http://www.w3.org/XML/1998/namespace}lang"), p.text)
        for p in tu.iter("prop")
        if p.get("type") == "x-timecode"
    }
    assert props == {("en", timecode), ("fr", "00:00:01,000 --> 00:00:03,500")}


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "xliff21"])
def test_subtitle_timecodes_survive_export_import_export(
    tmp_path: Path, both_store: Store, fmt: str
) -> None:
    from workbench.formats.registry import read_units
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.exchange import export_documents, import_file

    pipeline.ingest_paths(both_store, [_write(tmp_path, "episode.srt", F.SRT)])
    original = _write(tmp_path, "episode.en.srt", ENGLISH_SRT)
    align_document(both_store, "episode", "en", original_path=original)
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    export_documents(both_store, ["episode"], "en", fmt, first)
    colleague = Store.open(str(tmp_path / "colleague.db"))
    report = import_file(colleague, first)
    fr = colleague.segments(report.french.id)
    assert dict(fr[0].meta) == {"timecode": "00:00:01,000 --> 00:00:03,500"}
    export_documents(colleague, [report.french.name], "en", fmt, second)
    colleague.close()
    units = read_units(second)
    assert [u.props for u in units] == [u.props for u in read_units(first)]
    assert {p.lang for p in units[0].props} == {"en", "fr"}


def test_align_files_reads_a_word_original(tmp_path: Path) -> None:
    from workbench.pipeline.files import read_sentences

    sentences = read_sentences(_write(tmp_path, "r.docx", F.docx()), "fr", presplit=False)
    assert sentences.sentences[:2] == ("Rapport annuel", "Le conseil a adopté le budget.")
    pdf = read_sentences(_write(tmp_path, "r.pdf", F.pdf(F.REPORT_PDF_PAGES)), "fr", presplit=False)
    assert "1" not in pdf.sentences and "Introduction" in pdf.sentences  # no folio


@pytest.mark.parametrize("name", ["crue.php", "crue.html.v1", "crue.fr"])
def test_align_files_reads_a_saved_page_by_its_bytes_whatever_its_suffix(
    tmp_path: Path, name: str
) -> None:
    # newcomer32: a browser's "Save page" of a .php URL, or a backup, was read as plain text:
    # "<!", "DOCTYPE html>" and every tag became sentences, exit 0
    from workbench.pipeline.files import read_sentences

    page = (
        "<!DOCTYPE html><html lang='fr'><head><title>Crue</title></head><body>"
        "<nav><a href='/'>Accueil</a> | <a href='/monde'>Monde</a></nav><main>"
        "<h1>Crue de la Loire</h1><p>Le niveau de la Loire a atteint 4,20 mètres à Orléans. "
        "Les écoles resteront fermées jeudi.</p></main></body></html>"
    )
    side = read_sentences(_write(tmp_path, name, page), "fr", presplit=False)
    assert side.sentences == (
        "Crue de la Loire",
        "Le niveau de la Loire a atteint 4,20 mètres à Orléans.",
        "Les écoles resteront fermées jeudi.",
    )
    assert side.warnings == (f"{tmp_path / name}: its type {Path(name).suffix} is not one we "
                             "read: read as a web page, as a .html file is",)  # fmt: skip
    # plain text under such a suffix (Bleualign's corpus.fr) is read a line at a time, as before
    plain = read_sentences(
        _write(tmp_path, "corpus.de", "<b> ist fett.\nZwei.\n"), "de", presplit=True
    )
    assert plain.sentences == ("<b> ist fett.", "Zwei.")


def test_migration_0003_adds_segment_metadata_and_keeps_older_segments(db_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from workbench.store import dialect
    from workbench.store import engine as store_engine

    engine = store_engine.make_engine(db_url)
    config = store_engine.alembic_config(db_url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        conn.execute(
            text(
                "INSERT INTO documents (id, name, path, current_version, created_at) "
                "VALUES (1, 'old', '/old', 1, '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO document_versions (id, document_id, version, sha256, encoding, "
                "size, lang, created_at) VALUES (1, 1, 1, 'x', 'utf-8', 1, 'fr', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO segments (id, version_id, idx, block, kind, lang, text) "
                "VALUES (1, 1, 0, 0, 'body', 'fr', 'Une phrase.')"
            )
        )
    engine.dispose()
    store = Store.open(db_url)
    try:
        (segment,) = store.segments("old")
        assert (segment.text, segment.meta) == ("Une phrase.", ())
        assert store.segment_meta([1]) == {}
    finally:
        store.close()


def test_ingest_from_the_command_line_reads_office_files_and_names_the_bad_one(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from workbench.cli import app

    good = _write(tmp_path, "rapport.odt", F.odt())
    scan = _write(tmp_path, "scan.pdf", F.pdf([[]]))
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(app, ["ingest", str(good), str(scan), "--db", db])
    assert result.exit_code == 4  # partly done: the good file is stored
    assert "rapport: new, 9 segments [fr]" in result.stdout
    assert result.stderr.splitlines()[0] == (
        f"error: {scan}: has no text layer (a scan?); run OCR on it first "
        "(e.g. `ocrmypdf scan.pdf ocr.pdf`) and ingest the result"
    )


def test_segments_without_metadata_store_sql_null(tmp_path: Path, both_store: Store) -> None:
    from sqlalchemy import func, select

    from workbench.store.schema import SegmentRow

    pipeline.ingest_paths(both_store, [_write(tmp_path, "a.txt", "Une phrase.\n")])
    pipeline.ingest_paths(both_store, [_write(tmp_path, "b.srt", F.SRT)])
    with both_store.reading() as s:
        with_meta = s.scalar(select(func.count()).where(SegmentRow.meta.is_not(None)))
    assert with_meta == len(F.SUBTITLE_BLOCKS)


def test_a_pdf_set_with_wide_leading_keeps_its_paragraphs_whole(tmp_path: Path) -> None:
    """Lines 1.6 × the type size apart (Word's "1.5 lines", fpdf2's default cell height)
    are each a text box of their own for pdfminer: a line that runs to the column's
    right edge goes on in the box below it, so a sentence is not cut at a line end. A
    short line (a heading in body type, a paragraph's last line) is not joined."""
    lines = [
        "The Old Harbour bridge will close to traffic on 3 March for a renovation",
        "expected to cost 48 million. Buses will be diverted through the busy",
        "tunnel, adding about ten minutes to each journey across the old town.",
    ]
    page = [
        (72.0, 760.0, 11.0, "Background"),  # a heading in body type
        *[(72.0, 730 - k * 11 * 1.6, 11.0, text) for k, text in enumerate(lines)],
        (72.0, 640.0, 11.0, "Work is due to finish in spring 2029."),
    ]
    blocks = read_pdf(F.pdf([page]), tmp_path / "leading.pdf")
    assert [b.text for b in blocks] == [
        "Background",
        " ".join(lines),
        "Work is due to finish in spring 2029.",
    ]


@pytest.mark.parametrize("name", ["4", "pont.en"])
def test_an_original_that_is_no_file_is_named_missing_not_of_a_wrong_type(
    tmp_path: Path, both_store: Store, name: str
) -> None:
    """`align DOC --original 4` (a document id where a file goes) said "4: not a file
    type the workbench reads; use one of .docx, …", as if renaming it would help."""
    from workbench.pipeline.alignment import align_document

    pipeline.ingest_paths(both_store, [_write(tmp_path, "episode.srt", F.SRT)])
    missing = tmp_path / name
    with pytest.raises(InputError) as refused:
        align_document(both_store, "episode", "en", original_path=missing)
    assert str(refused.value) == f"{missing}: no such file; check the name and the folder"


# A text box as Word 2010+ writes it: the drawing in mc:Choice, a VML copy in mc:Fallback.
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _text_box(text: str) -> str:
    box = f"<w:txbxContent>{F.para(F.run(text))}</w:txbxContent>"
    return (
        f'<w:r><mc:AlternateContent {_MC}><mc:Choice Requires="wps"><w:drawing>'
        f"<wps:wsp {_WPS}><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_word_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    """The box's paragraphs were found but every word of them skipped (a text box is
    left out of the paragraph that anchors it, and the test looked past the box's own
    paragraph up to the anchor's): a sidebar's text was lost."""
    body = F.para(F.run("Encadré : "), _text_box("Le chantier durera deux ans.")) + F.para(
        F.run("Fin.")
    )
    blocks = read_docx(F.docx(body), tmp_path / "x")
    assert [b.text for b in blocks if b.hint is not Kind.FOOTNOTE] == [
        "Encadré :",
        "Le chantier durera deux ans.",
        "Fin.",
    ]


def test_a_word_file_s_comments_are_not_read_and_said_in_a_note(tmp_path: Path) -> None:
    """newcomer37 LOW 18: a reviewer's comment ("Vérifier ce chiffre avec le siège : 212 ou
    214 ?") vanished without a word; it is still no text of the document, but a note names
    it, and the reading is no warning (nothing of the text was left out)."""
    reading = readers.read_file(_write(tmp_path, "report.docx", F.docx()))
    assert "Vérifier ce chiffre" not in " ".join(b.text for b in reading.blocks)
    assert reading.warnings == (
        "1 comment by B not read (a comment annotates the text and is no part of it; the "
        'first: "Vérifier ce chiffre"): read it in Word',
    )
    assert all(isinstance(w, FileNote) for w in reading.warnings)
    without = F.zip_of({"word/document.xml": "x"})  # no comments part: nothing said
    from workbench.ingest.readers_office import docx_comments_note

    assert docx_comments_note(without) is None
