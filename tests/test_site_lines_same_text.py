"""The same article stored twice is not two pages of one site (newcomer28, HIGH 3).

A translator ingested an article as Notepad text, then as the page saved from the site:
the page's headline (and, before the Windows-1252 fix, two of its sentences) were found in
the text file and classed as site chrome, boilerplate, left out of alignment and of the
TMX without a word. Lines shared by two *different* pages of a site are its chrome; a
stored document that holds most of the page's words (its word trigrams, whatever the
blocks, quotes and dashes) is the same text, and its lines are no evidence of chrome.
"""

from __future__ import annotations

from pathlib import Path

from workbench import pipeline
from workbench.model import Kind
from workbench.pipeline.site_lines import SiteLines
from workbench.store import Store

PAGES = Path(__file__).parent / "data" / "pages"
HEADLINE = "Le canal du Midi rouvre après trois ans de travaux"
SENTENCES = [
    "Le canal du Midi a rouvert aux bateaux samedi après trois ans de travaux.",
    "« C’est une renaissance », a déclaré le maire de Castelnaudary.",
    "Les plaisanciers attendaient ce moment depuis l’automne 2022.",
    "Les nouveaux arbres, chênes et frênes, mettront vingt ans à donner la même ombre.",
    "Le tourisme représente 30 % des emplois dans les villages au bord du canal.",
]
NAV, FOOTER = "Accueil | Région | Contact", "© 2026 La Dépêche du Canal — Tous droits réservés"


def _kinds(store: Store, name: str) -> dict[str, Kind]:
    doc = store.document(name)
    return {s.text: s.kind for s in store.segments(doc.id)}


def test_a_page_read_after_its_own_text_keeps_its_headline_and_sentences(
    db_url: str, tmp_path: Path
) -> None:
    """newcomer28's files: the article saved by Notepad (a line a sentence), then the page
    (ISO-8859-1, paragraphs, a nav bar, a byline and a footer)."""
    store = Store.open(db_url)
    pipeline.ingest_paths(store, [PAGES / "canal-notepad.fr.txt"])
    pipeline.ingest_paths(store, [PAGES / "canal-saved.fr.html"])

    kinds = _kinds(store, "canal-saved.fr")
    store.close()

    assert kinds[HEADLINE] is Kind.HEADING  # on main: boilerplate, site chrome
    chrome = sorted(t for t, k in kinds.items() if k is Kind.BOILERPLATE)
    assert chrome == [
        "Accueil | Région | Contact", "Par Claire Dumas - 4 mai 2026",
        "© 2026 La Dépêche du Canal - Tous droits réservés",
    ]  # fmt: skip


def test_another_page_of_the_site_still_lends_its_chrome_and_a_copy_does_not() -> None:
    other_article = [
        "Le conseil municipal a voté le budget des transports jeudi soir.",
        "Les tarifs des bus baisseront de dix pour cent dès le mois de septembre.",
    ]
    copy = frozenset(t.replace("’", "'") for t in [HEADLINE, *SENTENCES])
    other_page = frozenset([NAV, "Les transports en commun", *other_article, FOOTER])
    lines = SiteLines([copy, other_page])
    page = [NAV, HEADLINE, " ".join(SENTENCES[:2]), " ".join(SENTENCES[2:]), FOOTER]

    kept = lines.of_other_pages(page)

    assert kept == other_page  # its nav and footer are evidence; the copy's headline is not
    assert HEADLINE in lines  # as a set: every stored page's lines (the readings' key)


def test_a_copy_cut_off_before_its_end_is_the_same_page_either_way() -> None:
    """newcomer34 HIGH 2: `ingest` warned that a saved page stopped before its end and said
    to save the whole page again; saved whole under another name, its headline and lead,
    found in the cut-off copy, were classed as site chrome and left out without a word."""
    other_article = [
        "Le conseil municipal a voté le budget des transports jeudi soir.",
        "Les tarifs des bus baisseront de dix pour cent dès le mois de septembre.",
    ]
    whole = [NAV, HEADLINE, " ".join(SENTENCES[:2]), " ".join(SENTENCES[2:]), FOOTER]
    cut = frozenset([NAV, HEADLINE, SENTENCES[0], "« C’est une renais"])
    other_page = frozenset([NAV, "Les transports en commun", *other_article, FOOTER])

    assert SiteLines([cut, other_page]).of_other_pages(whole) == other_page
    # and the cut-off copy read after the whole page: the whole page is no other page of it
    assert SiteLines([frozenset(whole), other_page]).of_other_pages(list(cut)) == other_page


def test_the_whole_page_saved_again_under_another_name_keeps_its_headline(
    db_url: str, tmp_path: Path
) -> None:
    """The way `ingest` itself advises after a page cut off: save it whole and ingest it."""
    more = "".join(
        f"<p>Le {n} juin, la navigation reprendra entre Toulouse et Sète, écluse après écluse, "
        f"et les mariniers de la section {n} rouvriront leurs haltes une à une.</p>\n"
        for n in range(1, 9)
    ).encode("iso-8859-1")
    saved = (
        (PAGES / "canal-saved.fr.html").read_bytes().replace(b"</article>", more + b"</article>")
    )
    cut = tmp_path / "canal.fr.html"  # cut off in its second paragraph, as a browser may save
    cut.write_bytes(saved[: saved.index(b"<p>Les plaisanciers")])
    whole = tmp_path / "canal (1).fr.html"
    whole.write_bytes(saved)
    store = Store.open(db_url)
    pipeline.ingest_paths(store, [cut])
    pipeline.ingest_paths(store, [whole])

    kinds = _kinds(store, "canal (1).fr")
    store.close()

    assert kinds[HEADLINE] is Kind.HEADING
    assert not any(k is Kind.BOILERPLATE for t, k in kinds.items() if "canal a rouvert" in t)


def test_a_word_reports_sentence_is_no_site_chrome_of_a_short_note(
    db_url: str, tmp_path: Path
) -> None:
    """newcomer41 MEDIUM 15: a store held a .docx report whose paragraph "Les comptes
    seront publiés en juin." a three-line note repeats; the note's sentence was classed as
    the site's chrome and left out of alignment. A Word report, a PDF, subtitles are no
    pages of a web site: they share sentences with a note, not chrome."""
    import docx

    report = docx.Document()
    for text in [
        "Rapport annuel du port",
        "Le port a accueilli deux millions de passagers en 2025, un record.",
        "Le trafic de fret a reculé de 3 % sur l'année.",
        "Les comptes seront publiés en juin.",
        "Le conseil portuaire se réunira le 12 mars.",
    ]:
        report.add_paragraph(text)
    report.save(str(tmp_path / "rapport.fr.docx"))
    note = tmp_path / "mois.fr.txt"
    note.write_text(
        "Le port a accueilli deux millions de passagers en 2025.\n\n"
        "Les ferries vers l’Irlande ont été les plus fréquentés.\n\n"
        "Les comptes seront publiés en juin.\n",
        encoding="utf-8",
    )
    store = Store.open(db_url)
    pipeline.ingest_paths(store, [tmp_path / "rapport.fr.docx"])
    pipeline.ingest_paths(store, [note])
    kinds = _kinds(store, "mois.fr")
    store.close()

    assert kinds["Les comptes seront publiés en juin."] is Kind.BODY


def test_a_pasted_page_lends_its_chrome_as_a_saved_page_does() -> None:
    from workbench.pipeline.site_lines import is_web_text

    assert is_web_text("stdin:article")
    assert is_web_text("/tmp/page.HTML") and is_web_text("notes.md")
    assert not is_web_text("/tmp/rapport.fr.docx") and not is_web_text("x.pdf")
    assert not is_web_text("memory.tmx")
