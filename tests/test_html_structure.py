"""An HTML page's footnotes, the paragraph after a foreign photo caption, a byline (newcomer23).

A ``<sup>`` reference stayed in its sentence ("…ingénieur hydraulicien.1") and its note kept
its number ("1. Pieter Jansen…"): QA flagged a number the English sentence had not. The
reference is markup, as a Word or PDF note's is: left out of the text, the note a block of
kind ``footnote`` without its mark. And a French paragraph right after a Spanish
``<figcaption>``, outside the ``<figure>``, was typed caption as the caption's translation.
"""

from __future__ import annotations

import pytest

from workbench.ingest import markup
from workbench.ingest.extract import _text_kind, classify
from workbench.ingest.figures import reads_as_translation
from workbench.ingest.markup import RawBlock
from workbench.model import Kind
from workbench.pipeline.parsing import detect_languages

BODY = "Le dragage coûte 650 000 euros par an, estime Pieter Jansen, ingénieur."
NOTE = "Il s'exprimait à titre personnel."


def _kinds(body: str) -> list[tuple[str, Kind | None]]:
    """(text, the markup's kind) per block of a page with ``body``."""
    return [(b.text, b.hint) for b in markup.html_blocks(f"<html><body>{body}</body></html>")]


# Each site's shape of a reference and its note, from their writers' output.
LINKED = {
    "pandoc": (
        f'<p>{BODY[:-1]}.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">'
        '<sup>1</sup></a></p><section id="footnotes" class="footnotes footnotes-end-of-document"'
        f' role="doc-endnotes"><hr /><ol><li id="fn1"><p>{NOTE}<a href="#fnref1" '
        'class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'
    ),
    "hugo": (
        f'<p>{BODY[:-1]}.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" '
        'role="doc-noteref">1</a></sup></p><div class="footnotes" role="doc-endnotes"><hr><ol>'
        f'<li id="fn:1"><p>{NOTE}&#160;<a href="#fnref:1" class="footnote-backref" '
        'role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>'
    ),
    "ghost (markdown-it-footnote)": (
        f'<p>{BODY[:-1]}.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>'
        '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">'
        f'<li id="fn1" class="footnote-item"><p>{NOTE} <a href="#fnref1" '
        'class="footnote-backref">↩︎</a></p></li></ol></section>'
    ),
    "wordpress": (
        f'<p>{BODY[:-1]}.<sup data-fn="8a1c" class="fn"><a href="#8a1c" id="8a1c-link">1</a>'
        f'</sup></p><ol class="wp-block-footnotes"><li id="8a1c">{NOTE} '
        '<a href="#8a1c-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>'
    ),
    "wikipedia": (
        f'<p>{BODY[:-1]}.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a>'
        '</sup></p><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">'
        '<b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">'
        f"{NOTE}</span></li></ol>"
    ),
    "word (save as web page)": (
        f'<p>{BODY[:-1]}.<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a></p><div '
        'style="mso-element:footnote-list"><div style="mso-element:footnote" id="ftn1">'
        '<p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1"><sup>[1]</sup></a> '
        f"{NOTE}</p></div></div>"
    ),
    "typed by hand": f"<p>{BODY[:-1]}.<sup>1</sup></p><p class='note'><small>1. {NOTE}</small></p>",
    "typed by hand, raised": f"<p>{BODY[:-1]}.<sup>1</sup></p><p><sup>1</sup> {NOTE}</p>",
    "an asterisk": f"<p>{BODY[:-1]}.<sup>*</sup></p><p>* {NOTE}</p>",
}


@pytest.mark.parametrize("body", LINKED.values(), ids=LINKED.keys())
def test_a_reference_leaves_the_sentence_and_its_note_is_a_footnote(body: str) -> None:
    blocks = [(t, k) for t, k in _kinds(body) if t]
    assert blocks == [(BODY, None), (NOTE, Kind.FOOTNOTE)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an exponent: no note answers it
        ("<p>Une surface de 40 m<sup>2</sup> au sol.</p><p>2. Le deuxième point du plan.</p>",
         [("Une surface de 40 m2 au sol.", None), ("2. Le deuxième point du plan.", None)]),
        # an ordinal: letters raised, no reference
        ("<p>Le 1<sup>er</sup> mai, au XIX<sup>e</sup> siècle.</p>",
         [("Le 1er mai, au XIXe siècle.", None)]),
        # a link to a part of the page from a raised word is no reference
        ("<p>Voir <sup><a href='#plan'>plan</a></sup>.</p><h2 id='plan'>Le plan</h2>",
         [("Voir plan.", None), ("Le plan", Kind.HEADING)]),
        # a paragraph before the raised number is no note of it
        ("<p>1. Un premier point du texte.</p><p>Une phrase.<sup>1</sup></p>",
         [("1. Un premier point du texte.", None), ("Une phrase.1", None)]),
        # a reference whose class says so, its note cut off the page: the mark still goes
        ("<p>Une phrase.<sup class='reference'><a href='#cite_note-9'>[9]</a></sup></p>",
         [("Une phrase.", None)]),
    ],
)  # fmt: skip
def test_a_raised_mark_no_note_answers_stays(
    body: str, expected: list[tuple[str, Kind | None]]
) -> None:
    assert _kinds(body) == expected


def test_notes_answer_their_references_in_order() -> None:
    body = (
        "<p>Un.<sup>1</sup> Deux.<sup>2</sup></p><p>Trois, sur 40 m<sup>2</sup>.</p>"
        "<p>1. La première note du texte.</p><p>2. La seconde note du texte.</p>"
    )
    assert _kinds(body) == [
        ("Un. Deux.", None),
        ("Trois, sur 40 m2.", None),  # note 2 answers the first 2
        ("La première note du texte.", Kind.FOOTNOTE),
        ("La seconde note du texte.", Kind.FOOTNOTE),
    ]


FR = [
    "Le photographe galicien expose pour la première fois en France, à Toulouse.",
    "Abal a passé trente-cinq ans à suivre les pêcheurs de la Costa da Morte.",
]
ES = "Un marinero repara las redes en el puerto de Laxe, 1995."
FIGURE = f"<figure><img src='a.jpg'><figcaption>{ES}</figcaption>"


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        # the article's next paragraph, after the figure: body
        ("</figure><p>Les images parlent d'elles-mêmes, explique la commissaire.</p>", Kind.BODY),
        # a paragraph holding the caption's numbers and names, after the figure: its translation
        ("</figure><p>Un marin répare les filets dans le port de Laxe, 1995.</p>", Kind.CAPTION),
        # a paragraph inside the figure: its translation
        ("<p>Un marin répare ses filets au port, en hiver.</p></figure>", Kind.CAPTION),
        # after the figure, naming the caption's place but saying more (newcomer42): a
        # number the caption has not, or more sentences than it has, is the page's text
        ("</figure><p>Au port de Laxe, les marins réparent leurs filets depuis 1995 et "
         "jusqu'en 2020.</p>", Kind.BODY),
        ("</figure><p>Au port de Laxe, en 1995, les marins réparent leurs filets. Ils "
         "partent avant l'aube.</p>", Kind.BODY),
    ],
)  # fmt: skip
def test_a_caption_s_translation_is_looked_for_in_its_figure(after: str, kind: Kind) -> None:
    page = (
        f"<html><body><article><p>{FR[0]}</p>{FIGURE}{after}<p>{FR[1]}</p></article></body></html>"
    )
    blocks, lang = classify(markup.html_blocks(page), detect_languages)
    assert lang == "fr"
    assert [(b.kind, b.lang) for b in blocks[1:3]] == [(Kind.CAPTION, "es"), (kind, "fr")]


@pytest.mark.parametrize(
    ("caption", "text", "expected"),
    [
        ("Un bombero ayuda a una anciana en Orleans.", "Un pompier aide une dame à Orléans.", True),
        ("Procesión en Corcubión, 2018.", "Procession à Corcubión, en 2018.", True),
        ("Procesión en Corcubión, 2018.", "Procession à Corcubión.", False),  # its year lost
        ("Un percebeiro desciende las rocas.", "Le métier est l'un des plus dangereux.", False),
        ("Un marinero en Laxe, 1995.", "Il y explique pourquoi il n'a jamais voulu.", False),
    ],
)  # fmt: skip
def test_a_translation_keeps_the_caption_s_numbers_and_a_name(
    caption: str, text: str, expected: bool
) -> None:
    assert reads_as_translation(caption, text) is expected


BYLINE = "Par Julie Marchand, envoyée spéciale · Publié le 4 mai 2026 à 06h30"


@pytest.mark.parametrize(
    ("step", "kind"),
    [
        # the byline's own class says what it is: no heading, however short and unpunctuated
        ("p.byline", Kind.BODY),
        ("div.entry-meta", Kind.BODY),
        ("span.posted-on", Kind.BODY),
        # in the site's own language (newcomer35: a Spanish site's <p class="autor">)
        ("p.autor", Kind.BODY),
        ("div.auteur-article", Kind.BODY),
        # a short line with no such class is a heading, as before; so is an <h2> of any class
        ("p.chapo", Kind.HEADING),
        ("p", Kind.HEADING),
        ("h2.author-title", Kind.HEADING),
    ],
)  # fmt: skip
def test_a_byline_is_no_heading(step: str, kind: Kind) -> None:
    """The kind a line gets from its text once the debris rules keep it (`_text_kind`)."""
    raw = [
        RawBlock(FR[0], 1, path="html/body/article/p"),
        RawBlock(BYLINE, 2, path=f"html/body/article/{step}"),
        RawBlock(FR[1], 3, path="html/body/article/p"),
    ]
    assert _text_kind(raw, ["fr"] * 3, "fr", 1) is kind
