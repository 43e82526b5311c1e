"""Issue 13's bad input through `ingest` and `align --original`, as a user meets it.

Pages that are nearly all debris, pages with no debris, a page in a language
other than the one asked for, an empty file, a binary file named .txt, text in
an encoding other than UTF-8: each ends in one clear line (and exit 1 when
refused), and nothing is lost: what was read stays stored and can be given
back, and what was refused leaves the store as it was.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from tests.readers_files import zip_of
from workbench.cli import app
from workbench.model import Kind
from workbench.store import Store

runner = CliRunner()

FRENCH = [
    "Le conseil municipal vote le budget de la bibliothèque",
    "Le conseil municipal de Rennes a adopté lundi soir le budget de la nouvelle "
    "bibliothèque du quartier nord, après trois heures de débat.",
    "Le projet, estimé à douze millions d'euros, prévoit une salle de lecture pour les "
    "enfants et un atelier numérique.",
    "L'opposition a dénoncé un calendrier trop serré, mais a voté en faveur du texte.",
    "Les travaux doivent commencer au printemps prochain et durer deux ans.",
    "La maire a remercié les habitants qui ont participé aux réunions de concertation.",
]
ENGLISH = [
    "City council votes the library budget",
    "Rennes city council on Monday evening adopted the budget for the new library in the "
    "northern district, after three hours of debate.",
    "The project, estimated at twelve million euros, includes a reading room for children "
    "and a digital workshop.",
    "The opposition criticised a tight schedule, but voted for the text.",
    "Work is due to start next spring and last two years.",
    "The mayor thanked the residents who took part in the consultation meetings.",
]
GERMAN = [
    "Der Stadtrat beschließt den Haushalt der Bibliothek",
    "Der Stadtrat von Rennes hat am Montagabend nach dreistündiger Debatte den Haushalt für "
    "die neue Bibliothek im Nordviertel beschlossen.",
    "Das Projekt, das auf zwölf Millionen Euro geschätzt wird, sieht einen Lesesaal für "
    "Kinder und eine digitale Werkstatt vor.",
    "Die Opposition kritisierte einen zu knappen Zeitplan, stimmte aber für den Text.",
    "Die Arbeiten sollen im nächsten Frühjahr beginnen und zwei Jahre dauern.",
]
# a page of site chrome around one line of article
DEBRIS_EN = [
    "Home | News | Sport | Culture | Business | Contact",
    "Sign in | Subscribe",
    "This website uses cookies to improve your experience.",
    "Accept all | Manage preferences",
    "Advertisement",
    "Share on Facebook",
    "Share on Twitter",
    "Newsletter: get the morning briefing in your inbox",
    "Your email address",
    "Sign up",
    "Related stories",
    "Comments (0)",
    "About us | Contact | Terms of Use | Privacy Policy | Sitemap",
    "© 2026 West Daily. All rights reserved.",
]
DEBRIS_FR = [
    "Accueil | Actualités | Sport | Culture | Économie | Contact",
    "Se connecter | S'abonner",
    "Ce site utilise des cookies pour améliorer votre expérience.",
    "Accepter tout | Gérer les préférences",
    "Publicité",
    "Partager sur Facebook",
    "Partager sur Twitter",
    "Newsletter : recevez chaque matin l'essentiel de l'actualité",
    "Votre adresse e-mail",
    "S'inscrire",
    "Commentaires (0)",
    "Connectez-vous pour commenter",
    "Mentions légales | Conditions d'utilisation | Politique de confidentialité | Plan du site",
    "© 2026 Ouest Quotidien. Tous droits réservés.",
]
NONE = ("--encoder", "none")


def page(folder: Path, name: str, lines: list[str], suffix: str, lang: str = "fr") -> Path:
    """The lines as a plain-text file, or as paragraphs of a web page."""
    path = folder / f"{name}{suffix}"
    if suffix == ".html":
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
        path.write_text(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{name}'
            f"</title></head><body>\n{body}</body></html>\n",
            encoding="utf-8",
        )
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str | Path, db: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [*map(str, args), "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


def documents(db: Path) -> list[tuple[str, str, int | None]]:
    """(name, language, original of) of each stored document."""
    code, out, _ = cli("docs", "-f", "json", db=db)
    assert code == 0
    return [(d["name"], d["lang"], d["original_of"]) for d in json.loads(out)]


def segments(db: Path, doc: str) -> list[tuple[str, str]]:
    code, out, err = cli("segments", doc, "-f", "json", db=db)
    assert code == 0, err
    return [(s["kind"], s["text"]) for s in json.loads(out)]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_page_with_no_debris_is_read_whole_and_aligned_without_a_warning(
    tmp_path: Path, suffix: str
) -> None:
    db = tmp_path / "w.db"
    french = page(tmp_path, "budget", FRENCH, suffix)
    english = page(tmp_path, "budget-en", ENGLISH, suffix, "en")
    assert cli("ingest", french, db=db) == (0, "budget: new, 6 segments [fr]\n", "")
    code, out, err = cli("align", "budget", "--to", "en", "--original", english, *NONE, db=db)
    assert (code, err) == (0, "")
    assert out.startswith("alignment 1: 6 beads, 6 pairs, 0 French sentences and 0 en sentences")
    assert [text for _, text in segments(db, "budget-en")] == ENGLISH


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_page_nearly_all_debris_says_so_in_one_line_and_keeps_every_line(
    tmp_path: Path, suffix: str
) -> None:
    db = tmp_path / "w.db"
    lines = [*DEBRIS_FR[:7], "Le conseil municipal vote le budget de la bibliothèque.",
             *DEBRIS_FR[7:]]  # fmt: skip
    code, out, err = cli("ingest", page(tmp_path, "chrome", lines, suffix), db=db)
    assert code == 3 and out.startswith("chrome: new, ")  # stored; a reviewer must look
    assert err.count("\n") == 1 and err.startswith("warning: chrome: ")
    assert "of its words were classed as web debris and are left out of alignment; check " in err
    assert "`workbench segments chrome --kind boilerplate`" in err
    stored = segments(db, "chrome")
    assert " ".join(text for _, text in stored).split() == " ".join(lines).split()
    assert ("body", "Le conseil municipal vote le budget de la bibliothèque.") in stored


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_original_that_is_all_debris_says_where_its_lines_are_and_how_to_give_them_back(
    tmp_path: Path, suffix: str
) -> None:
    """It said "budget holds no en sentences: give its original with `workbench align
    budget --to en --original FILE`" to a user who had just given it."""
    db = tmp_path / "w.db"
    cli("ingest", page(tmp_path, "budget", FRENCH, ".txt"), db=db)
    chrome = page(tmp_path, "chrome", DEBRIS_EN, suffix, "en")
    code, out, err = cli("align", "budget", "--to", "en", "--original", chrome, *NONE, db=db)
    assert (code, out) == (1, "")
    assert err == (
        "error: chrome holds no en sentences outside its web debris: see them with "
        "`workbench segments chrome --kind boilerplate`, give the text back with "
        "`workbench restore chrome ID… --reviewer NAME`, then run "
        "`workbench align budget --to en`\n"
    )
    assert ("chrome", "en", 1) in documents(db)  # stored, as the original: nothing lost
    code, out, _ = cli("segments", "chrome", "--kind", "boilerplate", "-f", "json", db=db)
    ids = [str(s["id"]) for s in json.loads(out)]
    assert len(ids) >= len(DEBRIS_EN) - 1
    assert cli("restore", "chrome", *ids, "--reviewer", "ana", *NONE, db=db)[0] == 0
    code, out, err = cli("align", "budget", "--to", "en", *NONE, db=db)
    assert code == 0, err
    assert "pair" in out


def test_a_document_that_is_all_debris_says_how_to_give_its_lines_back(tmp_path: Path) -> None:
    """It said "chrome holds no fr sentences outside its boilerplate", and no more. (As
    paragraphs of a web page, some of these lines are kept as text: not all debris.)"""
    db = tmp_path / "w.db"
    cli("ingest", page(tmp_path, "chrome", DEBRIS_FR, ".txt"), db=db)
    english = page(tmp_path, "budget-en", ENGLISH, ".txt")
    code, _, err = cli("align", "chrome", "--to", "en", "--original", english, *NONE, db=db)
    assert code == 1
    assert err == (
        "error: chrome holds no fr sentences outside its web debris: see them with "
        "`workbench segments chrome --kind boilerplate`, give the text back with "
        "`workbench restore chrome ID… --reviewer NAME`, then run "
        "`workbench align chrome --to en`\n"
    )


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_original_in_another_language_is_refused_and_stored_nowhere(
    tmp_path: Path, suffix: str
) -> None:
    """The refused file was stored and marked as the document's original anyway: a page
    the user had ingested as a document of its own vanished from the app's lists."""
    db = tmp_path / "w.db"
    cli("ingest", page(tmp_path, "budget", FRENCH, ".txt"), db=db)
    german = page(tmp_path, "haushalt", GERMAN, suffix, "fr")  # the page says fr: it is not
    code, _, err = cli("align", "budget", "--to", "en", "--original", german, *NONE, db=db)
    assert (code, err) == (1, f"error: {german} is in de, not en: pass --to de\n")
    assert documents(db) == [("budget", "fr", None)]
    cli("ingest", german, db=db)  # a document of its own, ingested first
    cli("align", "budget", "--to", "en", "--original", german, *NONE, db=db)
    assert documents(db) == [("budget", "fr", None), ("haushalt", "de", None)]


def test_a_german_page_aligned_with_its_english_original_counts_german_sentences(
    tmp_path: Path,
) -> None:
    """The summary said "0 French sentences" of a German page."""
    db = tmp_path / "w.db"
    cli("ingest", page(tmp_path, "haushalt", GERMAN, ".txt"), db=db)
    english = page(tmp_path, "budget-en", ENGLISH[:5], ".txt", "en")
    code, out, _ = cli("align", "haushalt", "--to", "en", "--original", english, *NONE, db=db)
    assert code == 0
    assert "pairs, 0 de sentences and 0 en sentences without counterpart" in out


def test_a_page_in_another_language_than_french_says_how_to_use_it_as_an_original(
    tmp_path: Path,
) -> None:
    """`ingest` said only "[de]", and `align --to fr` then asked for the German page's
    original: the user had ingested the original of a French translation."""
    db = tmp_path / "w.db"
    german = page(tmp_path, "haushalt", GERMAN, ".txt")
    code, out, err = cli("ingest", german, db=db)
    advice = (
        "haushalt reads as de, not French: if it is an original, align its French "
        f"translation with it: `workbench align FRENCH --to de --original {german}`"
    )
    assert (code, out, err) == (0, "haushalt: new, 5 segments [de]\n", f"note: {advice}\n")
    code, _, err = cli("align", "haushalt", "--to", "fr", *NONE, db=db)
    assert (code, err) == (1, f"error: {advice}\n")
    _, _, err = cli("ingest", german, db=db)
    assert err == ""  # said once, when the page is new


@pytest.mark.parametrize("name", ["haushalt.fr", "haushalt-FR", "haushalt_fr"])
def test_a_page_named_as_french_that_reads_otherwise_is_stored_with_a_warning_and_exit_3(
    tmp_path: Path, name: str
) -> None:
    """newcomer33: a German page saved as ``berlin.fr.txt`` was stored with exit 0 and a note
    that took it for an original; its name says it is the French text, so it is a warning."""
    db = tmp_path / "w.db"
    german = page(tmp_path, name, GERMAN, ".txt")
    code, out, err = cli("ingest", german, db=db)
    assert (code, out) == (3, f"{name}: new, 5 segments [de]\n")
    assert err == (
        f"warning: {name} is named as French but reads as de: check that {german.name} holds "
        "the French text (if it is an original, align its French translation with it: "
        f"`workbench align FRENCH --to de --original {german}`)\n"
    )


def test_a_folder_holding_the_french_translation_names_it_in_the_originals_note(
    tmp_path: Path,
) -> None:
    """newcomer17: the note said `align FRENCH --to en …` while `marseille.fr` was beside
    `marseille.en` in the folder just ingested."""
    db = tmp_path / "w.db"
    folder = tmp_path / "in"
    folder.mkdir()
    page(folder, "budget.fr", FRENCH, ".txt")
    english = page(folder, "budget.en", ENGLISH, ".txt")
    german = page(folder, "haushalt", GERMAN, ".txt")  # no French partner in the run
    code, _, err = cli("ingest", folder, db=db)
    assert code == 0
    assert err.splitlines() == [
        "note: budget.en reads as en, not French: if it is an original, align its French "
        f"translation with it: `workbench align budget.fr --to en --original {english}`",
        "note: haushalt reads as de, not French: if it is an original, align its French "
        f"translation with it: `workbench align FRENCH --to de --original {german}`",
    ]


def test_a_folder_s_readme_and_license_are_skipped_in_one_line_saying_how_to_ingest_one(
    tmp_path: Path,
) -> None:
    """newcomer33: `ingest corpus/` stored the corpus's README.md as an English document
    "README", exit 0 and a note only."""
    db = tmp_path / "w.db"
    folder = tmp_path / "in"
    folder.mkdir()
    page(folder, "budget.fr", FRENCH, ".txt")
    readme = page(folder, "README", ENGLISH, ".md")
    license_ = page(folder, "LICENSE", ENGLISH, ".txt")
    code, out, err = cli("ingest", folder, db=db)
    assert (code, out) == (0, "budget.fr: new, 6 segments [fr]\n")
    assert err.splitlines() == [
        f"note: 2 files of the folders skipped by name ({license_}, {readme}): a README, "
        "LICENSE or CHANGELOG is the folder's, and a saved page's NAME_files folder holds its "
        f"frames and widgets, not documents; to ingest one, name it: `workbench ingest {license_}`"
    ]
    code, out, _ = cli("ingest", readme, db=db)  # named, it is read as any file
    assert (code, out) == (0, "README: new, 5 segments [en]\n")


def test_a_page_saved_complete_is_ingested_without_its_files_folder(tmp_path: Path) -> None:
    """newcomer37 LOW 19: a browser's "Web page, complete" writes NAME.html and NAME_files/;
    the folder's ad iframe and comment widget were stored as two documents, each all debris
    (exit 3). A folder named so with no page beside it is read as any."""
    db = tmp_path / "w.db"
    folder = tmp_path / "in"
    (folder / "budget_files").mkdir(parents=True)
    page(folder, "budget", FRENCH, ".html")
    widget = page(folder / "budget_files", "comments_widget", FRENCH[:2], ".html")
    (tmp_path / "other" / "notes_files").mkdir(parents=True)
    page(tmp_path / "other" / "notes_files", "notes", FRENCH, ".txt")
    code, _, err = cli("ingest", folder, tmp_path / "other", db=db)
    assert code == 0, err
    assert [d[0] for d in documents(db)] == ["budget", "notes"]
    assert err.startswith(f"note: 1 file of the folders skipped by name ({widget}): ")


def test_the_document_itself_given_as_its_original_is_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    """It said "pass --to fr" (aligning French with French) and marked the document as
    its own original, which hid it from the app's list of documents."""
    db = tmp_path / "w.db"
    french = page(tmp_path, "budget", FRENCH, ".txt")
    cli("ingest", french, db=db)
    code, _, err = cli("align", "budget", "--to", "en", "--original", french, *NONE, db=db)
    assert (code, err) == (
        1, f"error: {french} is in fr, as budget is: give budget's en original with --original\n"
    )  # fmt: skip
    assert documents(db) == [("budget", "fr", None)]


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
CSV_ZIP = zip_of({"data.csv": "client;montant\nA;12\n"})
DAMAGED = "cut off or corrupted, it cannot be opened"
XHTML = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<!-- saved by a browser -->\n'
    b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Budget</p></body></html>\n'
)
BAD_FILES = {
    "empty.txt": (b"", "the file is empty; there is nothing to ingest"),
    "blank.txt": (b"\n  \n\t\n", "the file is empty; there is nothing to ingest"),
    "empty.html": (b"<html><body><div></div></body></html>",
                   "holds no text once markup is removed; nothing to ingest"),
    "photo.txt": (PNG, "is not plain text: it is a PNG image; check that the right file was sent"),
    "photo.html": (PNG, "is not a web page: it is a PNG image; check that the right file was sent"),
    "noise.txt": (bytes(range(256)) * 8,
                  "looks like a binary file, not text; export it as .txt, .html, .docx or "
                  ".pdf first"),
    "letter.docx": (b"Not a Word file at all.\n", "is not a Word document: it is plain text; "
                    "give it the .txt extension to ingest it as such, or check that the right "
                    "file was sent"),
    "scan.pdf": (b"\x00\x01binary", f"is a damaged PDF ({DAMAGED}); open it and print or "
                 "export it again as PDF, or ask for the file again"),
    # newcomer21's contract: a zip holding a CSV, named .docx (KeyError: "There is no item
    # named '[Content_Types].xml' in the archive" was shown, and advice to open it in Word)
    "contract.docx": (CSV_ZIP, "is not a Word document: it is a zip file without a Word "
                      "document inside (it holds data.csv); check that the right file was sent"),
    "contract.odt": (CSV_ZIP, "is not an OpenDocument text: it is a zip file without an "
                     "OpenDocument text inside (it holds data.csv); check that the right file "
                     "was sent"),
    "market.odt": (zip_of({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
                   "is not an OpenDocument text: it is a Word document; give it the .docx "
                   "extension to ingest it as such"),
    "cut.docx": (CSV_ZIP[:40], f"is a damaged Word document ({DAMAGED}); open it in Word and "
                 "save it again as .docx, or ask for the file again"),
    "report.pdf": (b"<!DOCTYPE html><html><body><p>Budget</p></body></html>",
                   "is not a PDF: it is a web page; give it the .html extension"),
    "cut.pdf": (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", f"is a damaged PDF ({DAMAGED})"),
    "film.srt": (CSV_ZIP, "is not SubRip subtitles: it is a zip file (it holds data.csv); "
                 "check that the right file was sent"),
    "page.html": (b"%PDF-1.4\n\x00\x01\x02\xff\xfe", "is not a web page: it is a PDF; "
                  "give it the .pdf extension to ingest it as such"),
    # newcomer36 HIGH 1: a page saved under a .txt name stopped ingest with lxml's traceback
    # ("AssertionError: too many bodies") for its `<html lang="en">` line
    "saved.txt": (b'<!DOCTYPE html>\n<html lang="en"><body><p>Budget</p></body></html>\n',
                  "is not plain text: it is a web page; give it the .html extension to "
                  "ingest it as such"),
    "source.txt": (b'\xef\xbb\xbf  <html lang="en">\n<head><title>Budget</title></head>\n',
                   "is not plain text: it is a web page"),
    # an XHTML page opens with its XML declaration: a .txt took it for text, a .pdf for text
    "xhtml.txt": (XHTML, "is not plain text: it is a web page"),
    "xhtml.pdf": (XHTML, "is not a PDF: it is a web page; give it the .html extension"),
    # newcomer36 LOW 9: "is not a WebVTT file; it must start with `WEBVTT`…" for a SubRip file
    "film.vtt": (b"1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n",
                 "is not a WebVTT file: it is SubRip subtitles; give it the .srt extension to "
                 "ingest it as such"),
    "cues.srt": (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour.\n",
                 "is not SubRip subtitles: it is WebVTT subtitles; give it the .vtt extension"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("how", ["ingest", "original"])
def test_a_file_with_nothing_to_read_is_one_line_and_stores_nothing(
    tmp_path: Path, name: str, how: str
) -> None:
    db = tmp_path / "w.db"
    cli("ingest", page(tmp_path, "budget", FRENCH, ".txt"), db=db)
    data, said = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    if how == "ingest":
        code, _, err = cli("ingest", bad, db=db)
    else:
        code, _, err = cli("align", "budget", "--to", "en", "--original", bad, *NONE, db=db)
    assert code == 1
    assert err.startswith(f"error: {bad}: {said}") and err.count("\n") == 1
    assert not re.search(r"[A-Z][a-z]+(Error|EOF)|Exception|\bNo /Root", err)  # Python's words
    assert documents(db) == [("budget", "fr", None)]


def test_a_text_that_quotes_markup_lines_is_read_as_text(tmp_path: Path) -> None:
    """newcomer36 HIGH 1: a line ``<html>`` inside a text (a tutorial, a page's source
    quoted) raised lxml's "too many bodies"; in a folder it stopped every file."""
    db = tmp_path / "w.db"
    lines = ["Voici une ligne de texte.", "<html>", '<body class="x">', "Et une autre ligne."]
    code, out, err = cli("ingest", page(tmp_path, "tutoriel", lines, ".txt"), db=db)
    assert (code, err) == (0, "")
    assert "tutoriel: new, 2 segments" in out


RUSSIAN = [
    "Городской совет утвердил в понедельник бюджет новой библиотеки.",
    "Проект оценивается в двенадцать миллионов евро.",
    "Работы начнутся следующей весной и продлятся два года.",
]
ARABIC = [
    "صادق المجلس البلدي يوم الاثنين على ميزانية المكتبة الجديدة.",
    "تقدر كلفة المشروع باثني عشر مليون يورو.",
    "تبدأ الأشغال في الربيع المقبل وتستمر سنتين.",
]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(("lines", "lang"), [(RUSSIAN, "ru"), (ARABIC, "ar")], ids=["ru", "ar"])
def test_cyrillic_and_arabic_text_without_a_byte_order_mark_is_text(
    tmp_path: Path, encoding: str, lines: list[str], lang: str
) -> None:
    """Only Latin letters were recognised in UTF-16/32 without a byte-order mark: a
    Russian or Arabic original saved so was "a binary file" (fix15's left)."""
    path = tmp_path / "original.txt"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    code, out, _ = cli("ingest", path, db=tmp_path / "w.db")
    assert (code, out) == (0, f"original: new, 3 segments [{lang}]\n")
    assert [text for _, text in segments(tmp_path / "w.db", "original")] == lines


def _binaries(tmp_path: Path) -> dict[str, bytes]:
    import gzip
    import random
    import sqlite3
    import sys

    db = tmp_path / "a.sqlite"
    with sqlite3.connect(db) as c:
        c.execute("create table t (x text)")
        c.executemany("insert into t values (?)", [(line,) for line in RUSSIAN * 50])
    return {
        "python": Path(sys.executable).resolve().read_bytes()[:65536],
        "sqlite": db.read_bytes(),
        "gzip": gzip.compress("\n".join(ARABIC * 50).encode("utf-16-le")),
        "random": random.Random(16).randbytes(20000),
    }


def test_binary_files_with_nul_bytes_are_still_refused(tmp_path: Path) -> None:
    for name, data in _binaries(tmp_path).items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        code, _, err = cli("ingest", path, db=tmp_path / "w.db")
        # a format known by its first bytes is named (sniff.py); the others are binary
        said = (
            "looks like a binary" if name != "gzip" else "is not plain text: it is a gzip archive"
        )
        assert code == 1 and said in err and err.count("\n") == 1, (name, err)


@pytest.mark.parametrize(
    ("encoding", "stored_as"),
    [
        ("utf-16-le", "utf-16-le"),  # no byte-order mark: was "looks like a binary file"
        ("utf-16-be", "utf-16-be"),
        ("utf-32-le", "utf-32-le"),
        ("utf-32-be", "utf-32-be"),
        ("cp500", "cp037"),  # EBCDIC: was "mixes encodings: it is UTF-8 except … line 1"
        ("cp1252", "cp1252"),
    ],
)
@pytest.mark.parametrize("how", ["ingest", "original"])
def test_text_in_another_encoding_is_read_whole(
    tmp_path: Path, encoding: str, stored_as: str, how: str
) -> None:
    """Text saved in UTF-16 or UTF-32 without a byte-order mark, or in an EBCDIC code page,
    is text: it is read, every character as written, and the encoding is recorded."""
    db = tmp_path / "w.db"
    lines = ENGLISH if how == "original" else FRENCH
    path = tmp_path / "page.txt"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    if how == "ingest":
        code, out, err = cli("ingest", path, db=db)
        assert (code, out, err) == (0, "page: new, 6 segments [fr]\n", "")
    else:
        cli("ingest", page(tmp_path, "budget", FRENCH, ".txt"), db=db)
        code, out, err = cli("align", "budget", "--to", "en", "--original", path, *NONE, db=db)
        assert code == 0, err
        assert out.startswith("alignment 1: 6 beads, 6 pairs")
    assert [text for _, text in segments(db, "page")] == lines
    if stored_as == "cp1252" and all(line.isascii() for line in lines):
        stored_as = "utf-8"  # English with no accent: the same bytes in both
    code, out, _ = cli("docs", "-f", "json", db=db)
    assert {d["name"]: d["encoding"] for d in json.loads(out)}["page"] == stored_as


def test_restore_names_a_document_that_shares_its_name_as_the_other_commands_do(
    tmp_path: Path,
) -> None:
    """Two pages called pont (two folders): restore named the second one "pont", which
    every other command refuses as ambiguous; the pickers and exports say "pont-ID"
    (`model.labels`)."""
    db = tmp_path / "w.db"
    text = (CORPUS / "004_c5001f9aa01043f8.txt").read_text(encoding="utf-8")
    for folder, extra in (("a", ""), ("b", "\nUne ligne de plus, pour que le texte diffère.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pont.txt").write_text(text + extra, encoding="utf-8")
        code, _, err = cli("ingest", tmp_path / folder / "pont.txt", db=db)
        # the second pont is a new document beside the first, with a warning: exit code 3
        assert (code, "beside document" in err) == ((0, False) if folder == "a" else (3, True))
    store = Store.open(str(db))
    try:
        second = max(d.id for d in store.documents())
        segment = next(s.id for s in store.segments(second) if s.kind is Kind.BODY)
    finally:
        store.close()
    assert cli("align", str(second), "--to", "es", *NONE, db=db)[0] == 0
    code, out, err = cli(
        "restore", str(second), str(segment), "--as", "boilerplate", "--reviewer", "ana",
        *NONE, db=db,
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"pont-{second}: 1 segment marked boilerplate"
    assert lines[1].startswith(f"alignment 1 of pont-{second} with its es captions aligned again")
