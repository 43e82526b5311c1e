"""Recognising web debris in scraped text: site chrome, bylines, comments, teasers.

Two kinds of evidence: lines that are debris on their own (a login link, a
copyright), and regions that turn everything after them into debris (a
comment thread opened by "8 commentaires" and a first "name, date" line; a
footer opened by "Laissez un commentaire"; a related-links list). The
patterns cover French, English and Spanish sites.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from workbench.ingest.debris_features import (
    DATE,
    REPEATED_MAX_SHARE,
    LineContext,
    chrome_hits,
    is_date_alone,
    is_dated_byline,
    is_related_label,
    is_ticker,
    line_features,
    page_topic,
    prose_lines,
    site_names,
    stopword_density,
    vocabulary_hits,
    words,
)
from workbench.ingest.segment import CAPTION_LABELS

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    "|décembre|decembre|january|february|march|april|may|june|july|august|september|october"
    "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    "|noviembre|diciembre"
)


def _full(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + r")\s*[.:!]?\s*$", re.IGNORECASE)


# A line that is debris whatever surrounds it.
STANDALONE = _full(
    r"se connecter|connexion|s['’]identifier|s['’]inscrire|mon compte|log ?in|sign ?in|sign ?up"
    r"|iniciar sesi[oó]n|reg[ií]strate",
    r"\d+\s+(?:commentaires?|comments?|comentarios?|réactions?)",
    r"répondre|reply|responder|partager|share|compartir|imprimer|print"
    r"|save|enregistrer|guardar|speichern|merken|bookmark",
    r"(?:laissez|laisser|ajouter) un commentaire|leave a (?:comment|reply)|deja un comentario",
    r"(?:tu pourrais|vous pourriez|vous aimerez) aussi(?: aimer)?|à lire aussi|lire aussi"
    r"|you (?:may|might) also like|related (?:articles|posts|stories)|te puede interesar",
    r"choix de l['’]éditeur|dernières nouvelles|les plus lus|à la une|editor['’]s picks?"
    r"|latest news|most read|lo más leído|últimas noticias",
    r"newsletter|abonnez-vous|s['’]abonner|subscribe|suscr[ií]bete",
    r"logo[\w-]*",
    r"(?:©|\(c\)|copyright).*|.*(?:tous droits réservés|all rights reserved"
    r"|todos los derechos reservados).*",
    r"(?:[a-z]{2}_[A-Z]{2}\S*\s*)+",  # language switchers: "fr_FRFrançais"
    r"(?:par|by|por)\s+\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}",  # bylines
    r"(?:publié|mis à jour|published|updated|publicado|last updated|dernière mise à jour"
    r"|última actualización|zuletzt aktualisiert|aggiornato)\b.{0,40}",
    # A live page's label: "LIVE", "En direct", "Key events".
    r"live(?: ?blog| updates)?|en direct|en vivo|en directo|directo|ao vivo|in diretta"
    r"|liveticker|live-ticker|key events|les points clés|(?:los )?puntos clave|das wichtigste",
    r"#{3}|-\s*30\s*-|-\s*ends?\s*-",  # a press release's end mark
)

# Whole lines that only site navigation says, in fr, en, es, de, it and pt.
NAVIGATION = _full(
    r"skip to (?:main )?content|skip navigation|aller au contenu(?: principal)?"
    r"|passer au contenu|ir al contenido(?: principal)?|saltar al contenido|zum inhalt springen"
    r"|back to top|retour en haut(?: de (?:la )?page)?|volver arriba|nach oben"
    r"|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|torna su"
    r"|ir para o conte[úu]do(?: principal)?|saltar para o conte[úu]do(?: principal)?"
    r"|voltar ao topo|torna all['’]inizio",
)

# "SallyM septembre 13, 2023 - 11:00 pm": the header of a reader comment.
COMMENT_HEADER = re.compile(
    r"^.{1,60}?\s(?:\d{1,2}\s+)?(?:" + _MONTHS + r")\s+\d{1,2}(?:,|\s)\s*\d{4}"
    r"(?:\s*[-–à,]\s*\d{1,2}[:h]\d{2}\s*(?:am|pm)?)?\s*$",
    re.IGNORECASE,
)
COMMENT_END = re.compile(r"^\s*(?:répondre|reply|responder|antworten)\s*$", re.IGNORECASE)
COMMENT_HEADER_WORDS = 12
FOOTER_START = re.compile(
    r"^\s*(?:(?:laissez|laisser) un commentaire|leave a (?:comment|reply)|deja un comentario"
    r"|logo[\w-]*)\s*$",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"^\s*(?:en savoir plus|lire aussi|à lire aussi|pour aller plus loin"
    r"|sur le même (?:sujet|thème)|nos articles sur|à découvrir|read more|related"
    r"|more (?:on|from|stories)|most (?:read|viewed)"
    r"|trending|you (?:may|might) also like|más información|leer más|noticias relacionadas"
    r"|notas relacionadas|relacionad[oa]s?|te puede interesar|también te puede interesar"
    r"|lo más leído|les plus lus|mehr zum thema|mehr aus|meistgelesen|meest gelezen"
    r"|dans le même numéro|in this issue|weitere (?:artikel|tests|beiträge))\b[^.]{0,30}$",
    re.IGNORECASE,
)
# The headings of a document's own structure: a table of contents, a FAQ.
STRUCTURE = _full(
    r"sommaire|table des matières|contents|table of contents|índice|contenido|inhalt"
    r"|inhaltsverzeichnis|faq|questions fréquentes|preguntas frecuentes|summary|résumé|resumen"
    r"|introduction|introducción|conclusion|conclusión|einleitung|fazit"
)
# A line the site repeats on another page is debris when it lies in this share of either edge.
EDGE_SHARE = 0.25
# A sentence-like line is debris only when the model is this sure.
SENTENCE_THRESHOLD = 0.9
# Bounds of the region rules: each must see its closing evidence within these.
COMMENT_MAX_LINES = 8
FOOTER_MAX_LINES = 12
FOOTER_MAX_SHARE = 0.25
RELATED_MAX_ITEMS = 15

TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")

# " - AFP/GAVRIIL GRIGOROV", " - SPUTNIK/ GAVRIIL GRIGOROV via REUTERS"
_CREDIT = re.compile(r"\s[-–—]\s+([^-–—]{2,80})$")
_AGENCIES = re.compile(r"\b(?:AFP|REUTERS|AP|EFE|GETTY|EPA|SPUTNIK|XINHUA|KCNA|ANADOLU)\b")
_CREDIT_WORD = (
    r"(?:photos?|photograph(?:y|s)?|fotos?|fotograf[ií]a|picture|pic|image|imagen|immagine"
    r"|crédit|credit|bild)"
)
# "… on Tuesday. Foto: Markus Scholz/dpa": a labelled credit after a sentence.
_LABELLED_CREDIT = re.compile(
    r"(?<=[.!?»”)])\s+(" + _CREDIT_WORD + r"\b\s*[:©]?\s*[^.!?:]{2,60})$", re.IGNORECASE
)
# "Photo DDR – Xavier de Fenoyl", "Foto: EFE": a credit alone on its line.
_CREDIT_ALONE = re.compile(
    r"^\s*(?:\(?" + _CREDIT_WORD + r"\b\s*[:©]?\s*)(?:\S+\s*){1,7}\)?\s*$", re.IGNORECASE
)


# "Imagen: La Laguna Capri a primera hora de la mañana. © Rumbo Austral": a caption's label.
_CAPTION_LABEL = re.compile(rf"^\s*(?:{CAPTION_LABELS})\s*:\s*(?P<caption>.+)$", re.IGNORECASE)


def has_caption_label(text: str) -> bool:
    """A line under a caption's label (`segment.CAPTION_LABELS`): "Pie de foto: …", "Bild: …"."""
    return _CAPTION_LABEL.match(text) is not None


def is_labelled_caption(text: str) -> bool:
    """A caption under its label: "Foto: <a sentence of five words or more>."; not a credit."""
    match = _CAPTION_LABEL.match(text)
    if match is None:
        return False
    # A credit names people and agencies: its words are capitalised ("John Smith for AP").
    tokens = words(match.group("caption"))
    lower = sum(t[0].islower() for t in tokens)
    return len(tokens) >= 5 and lower >= 0.4 * len(tokens) and bool(re.search(r"[.!?]", text))


def is_credit_alone(text: str) -> bool:
    """A photo credit with no caption: "Photo DDR – Xavier de Fenoyl", "Foto: EFE"."""
    return bool(_CREDIT_ALONE.match(text)) and not text.rstrip().endswith((".", "!", "?"))


def is_agency_alone(text: str) -> bool:
    """A news agency's name alone, as a caption's last sentence: "AFP.", "(EFE)"; or a
    credit in brackets that names an agency or says it is one: "(AP Photo/Esteban Félix)"."""
    stripped = text.strip()
    name = stripped.strip(".()[] ").upper()
    if bool(name) and _AGENCIES.fullmatch(name) is not None:
        return True
    bracketed = stripped.startswith(("(", "[")) and stripped.endswith((")", "]"))
    return (
        bracketed
        and len(words(stripped)) <= 8
        and (_AGENCIES.search(stripped) is not None
             or re.search(rf"\b{_CREDIT_WORD}\b", stripped, re.IGNORECASE) is not None)
    )  # fmt: skip


def is_inline_teaser(text: str) -> bool:
    """ "Lire aussi : <headline>", "Read more: <headline>": a link to another story.

    A short label of the related-stories vocabulary, a colon, then a headline
    (no final full stop), whatever the language of the label.
    """
    head, colon, rest = text.partition(":")
    if not colon or not is_related_label(head):
        return False
    rest = rest.strip()
    return 2 <= len(rest.split()) <= 25 and not rest.endswith(".")


def _credit(text: str) -> re.Match[str] | None:
    """The trailing photo credit of ``text.strip()``, such as " - AFP/JOHN DOE", if any."""
    labelled = _LABELLED_CREDIT.search(text.strip())
    if labelled is not None:
        return labelled
    match = _CREDIT.search(text.strip())
    if match is None:
        return None
    credit = match.group(1)
    letters = [c for c in credit if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    credited = upper >= 0.7 and ("/" in credit or bool(_AGENCIES.search(credit)))
    return match if credited else None


def has_photo_credit(text: str) -> bool:
    """True when the text ends with a photo credit such as " - AFP/JOHN DOE"."""
    return _credit(text) is not None


def without_credit(text: str) -> str:
    """The text with a trailing photo credit cut off: credits confuse language guessing."""
    match = _credit(text)
    return text.strip()[: match.start()] if match is not None else text


def region_mask(
    texts: Sequence[str], bullets: Sequence[bool], prose: Sequence[bool] | None = None
) -> list[bool]:
    """Lines inside a debris region that showed its closing evidence (comments, footer, lists).

    ``prose`` says per line whether it reads as prose (default `prose_lines` of
    the page, language unknown). Whatever its closing evidence, a region never
    takes the article: one that would hold as many words of prose as the rest of
    the page is not marked (`_outside_the_article`).
    """
    if prose is None:
        prose = prose_lines(texts, "und")
    mask = [False] * len(texts)
    rules: list[Callable[[list[bool]], None]] = [
        lambda m: _mark_comment_threads(texts, m),
        lambda m: _mark_footer(texts, m),
        lambda m: _mark_counted_threads(texts, m),
        lambda m: _mark_handled_threads(texts, m),
        lambda m: _mark_related_lists(texts, bullets, m),
        lambda m: _mark_teasers(texts, m),
    ]
    for rule in rules:
        marked = [False] * len(texts)
        rule(marked)
        kept = _outside_the_article(texts, prose, marked)
        mask = [a or b for a, b in zip(mask, kept, strict=True)]
    return mask


def _outside_the_article(
    texts: Sequence[str], prose: Sequence[bool], marked: Sequence[bool]
) -> list[bool]:
    """``marked`` without its runs that hold the article: a run holding at least as many
    words of prose as the rest of the page, and some, is left unmarked. A comment thread,
    a footer or a list of links is the smaller part of a page's prose, the article the
    larger."""
    sizes = [len(t.split()) if p else 0 for t, p in zip(texts, prose, strict=True)]
    total = sum(sizes)
    out = [False] * len(texts)
    for start, end in _true_runs(marked):
        inside = sum(sizes[start:end])
        if not (inside > 0 and inside >= total - inside):
            out[start:end] = [True] * (end - start)
    return out


def debris_scores(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str = "und"
) -> list[float]:
    """For each line, the fitted model's probability that it is debris, in [0, 1].

    Two stages, as jusText does with its context pass: the second sees the
    first stage's scores of the lines just before and after, and their mean over
    `WINDOW` lines on each side (`window_mean`).
    """
    from workbench.ingest import debris_weights as fitted

    rows = model_rows(texts, contexts, lang)
    first = [_logistic(fitted.STAGE1, row) for row in rows]
    second = []
    for i, row in enumerate(rows):
        before = first[i - 1] if i > 0 else 1.0
        after = first[i + 1] if i + 1 < len(rows) else 1.0
        window = window_mean(first, i)
        second.append(_logistic(fitted.STAGE2, [*row, first[i], before, after, window]))
    return second


def model_rows(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str
) -> list[list[float]]:
    """The first stage's input per line: `FEATURES`, then the standalone-pattern flag."""
    rows = line_features(texts, contexts, lang)
    for row, text in zip(rows, texts, strict=True):
        row.append(float(bool(STANDALONE.match(text))))
    return rows


# The second stage reads the mean first-stage score of this many lines on each side.
WINDOW = 3


def window_mean(first: Sequence[float], i: int) -> float:
    """The mean first-stage score of the `WINDOW` lines on each side of line ``i`` (the
    line left out; past the page's edges, lines count as debris, 1.0): a line in a box of
    debris lines, or in the middle of the article, whatever its own score."""
    around = [
        first[j] if 0 <= j < len(first) else 1.0
        for j in range(i - WINDOW, i + WINDOW + 1)
        if j != i
    ]
    return sum(around) / len(around)


def _logistic(weights: Sequence[float], row: Sequence[float]) -> float:
    z = sum(w * x for w, x in zip(weights, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def boilerplate_mask(
    texts: Sequence[str],
    bullets: Sequence[bool],
    lang: str = "und",
    contexts: Sequence[LineContext] | None = None,
) -> list[bool]:
    """For each block, whether it is debris rather than content.

    A block is debris when the fitted model says so (`debris_scores` at or
    over the fitted threshold) or when it lies in a closed debris region.
    ``contexts`` default to plain text with the given ``bullets``.
    """
    from workbench.ingest import debris_weights as fitted

    if not texts:
        return []
    if contexts is None:
        contexts = [LineContext(bullet=b) for b in bullets]
    evidence = line_evidence(texts, contexts, lang)
    return decide(evidence, debris_scores(texts, contexts, lang), fitted.THRESHOLD)


@dataclass(frozen=True)
class Evidence:
    """What decides a line besides the model's score, one entry per line."""

    forced: tuple[bool, ...]  # debris whatever the score: a closed region, a date alone…
    kept: tuple[bool, ...]  # content whatever the score: a heading over prose, a caption…
    sentence: tuple[bool, ...]  # reads as a sentence: the model must be surer


@dataclass(frozen=True)
class PageReading:
    """What several rules read of one page's lines, computed once (`read_page`)."""

    prose: list[bool]  # reads as prose (`debris_features.prose_lines`)
    plain: list[bool]  # no evidence of site chrome at all (`_plain`)
    topic: frozenset[str]  # the kinds of vocabulary the page is about (`page_topic`)


def read_page(texts: Sequence[str], contexts: Sequence[LineContext], lang: str) -> PageReading:
    """The page's `PageReading`: per line prose and plainness, and its topic."""
    return PageReading(
        prose_lines(texts, lang),
        [_plain(t, c) for t, c in zip(texts, contexts, strict=True)],
        page_topic(texts, lang),
    )


def line_evidence(texts: Sequence[str], contexts: Sequence[LineContext], lang: str) -> Evidence:
    """The rules' side of the decision, for lines ``texts`` of one document in ``lang``."""
    reading = read_page(texts, contexts, lang)
    regions = region_mask(texts, [c.bullet for c in contexts], reading.prose)
    protected = _announces_prose(texts, reading)
    # A line the site repeats on its other pages is chrome however well it reads.
    site = sum(c.repeated for c in contexts) <= REPEATED_MAX_SHARE * len(texts)
    repeated = [site and c.repeated for c in contexts]
    names = site_names(texts)
    # The markup's comment containers obey the same net as the text's region rules.
    threads = _outside_the_article(texts, reading.prose, [c.thread for c in contexts])
    forced = [
        _forced(text, i, len(texts), regions[i] or threads[i], repeated[i])
        or (names_the_site(text, names) and not contexts[i].title)
        for i, text in enumerate(texts)
    ]
    # A cell of a data table (a timetable, a price list) that is not a menu's: the
    # article's, dates and all, unless a comment thread holds it, or its table sits in a box
    # of its own, away from the prose (`article_tables`).
    boxed_in = article_tables(contexts, reading.prose)
    cells = [
        c.cell and boxed_in[i] and not c.markup_chrome and (c.links or 0.0) < 0.5
        and not r and not regions[i]
        for i, (c, r) in enumerate(zip(contexts, repeated, strict=True))
    ]  # fmt: skip
    forced = [f and not c for f, c in zip(forced, cells, strict=True)]
    boxed = fact_boxes(texts, contexts, lang, forced, reading)
    listed = article_lists(texts, contexts, lang, forced, boxed, reading)
    entries = toc_entries(texts, [p and not r for p, r in zip(protected, repeated, strict=True)])
    contents = table_of_contents(texts, [e and not c for e, c in zip(entries, cells, strict=True)])
    forced = [f or c for f, c in zip(forced, contents, strict=True)]
    prose, topic = reading.prose, reading.topic
    kept, sentences = [], []
    for i, text in enumerate(texts):
        sentence = _sentence_like(text, lang, topic) and not repeated[i]
        # A short sentence right after the article's prose goes on with it ("No one was hurt."):
        # at the end of a page it looks like a footer's line to the model.
        follows = sentence and i > 0 and prose[i - 1] and not forced[i - 1]
        # A caption that names its photographer is the article's, not the site's.
        kept.append(
            (protected[i] and not repeated[i])
            or listed[i]
            or boxed[i]
            or follows
            # The page's title, where the markup gives one: the story's headline.
            or contexts[i].title
            or bool(STRUCTURE.match(text))
            or (has_photo_credit(text) and not is_credit_alone(text))
            or is_labelled_caption(text)
            # A sentence the main-text extractor kept as the page's text (HTML, Markdown).
            or (sentence and contexts[i].extractor is True)
            or cells[i]
        )
        sentences.append(sentence)
    return Evidence(tuple(forced), tuple(kept), tuple(sentences))


_TABLE_STEP = re.compile(r"/table(?:\.[^/]*)?(?=/|$)")


def table_container(path: str) -> str | None:
    """The path of the element that holds a cell's table ("…/div.entry-content" for
    "…/div.entry-content/table/tr/td"); None outside a table."""
    steps = list(_TABLE_STEP.finditer(path))
    return path[: steps[-1].start()] if steps else None


def article_tables(contexts: Sequence[LineContext], prose: Sequence[bool]) -> list[bool]:
    """Per line, whether it is a table cell whose table stands among paragraphs of prose:
    the element holding the table holds a line of prose (not a cell) directly.

    The article's tables (a council's bin prices, a report's figures) sit between its
    paragraphs; a shop's spec sheet, a match's stats or a league table sits in a box of its
    own, which holds no prose (readability's reasoning: a table is the article's when its
    siblings are). On the labelled pages this separates 7 of the 10 debris tables from all
    12 of the article's; the other 3 share their box with prose and stay kept.
    """
    prose_parents = {
        c.path.rsplit("/", 1)[0] for c, p in zip(contexts, prose, strict=True) if p and not c.cell
    }
    out = []
    for context in contexts:
        container = table_container(context.path) if context.cell else None
        out.append(container is not None and container in prose_parents)
    return out


def names_the_site(text: str, names: set[str]) -> bool:
    """A line that is the site's name, or its name and a tagline after a separator."""
    lowered = " ".join(text.split()).casefold().rstrip(" .")
    for name in names:
        if lowered == name:
            return True
        rest = lowered.removeprefix(name).lstrip()
        if rest != lowered and rest[:1] and rest[:1] in "-–—|·•:" and len(words(rest)) <= 12:
            return True
    return False


_TRAIL_SEPARATOR = re.compile(r"\s(?:\||›|»|•|·|/|>)\s")
TRAIL_ITEM_WORDS = 3


def is_menu_trail(text: str) -> bool:
    """A menu's or a breadcrumb's items on one line: "World | Asia", "Accueil › Recettes".

    Two items or more between separators, each of one to `TRAIL_ITEM_WORDS`
    capitalised words, with no digit, colon or stop word: a fact line
    ("Prep time: 15 mins | Serves: 4") or a sentence is none.
    """
    items = [item.strip() for item in _TRAIL_SEPARATOR.split(text)]
    if len(items) < 2 or any(ch.isdigit() or ch == ":" for ch in text):
        return False
    for item in items:
        tokens = words(item)
        if not 1 <= len(tokens) <= TRAIL_ITEM_WORDS or not tokens[0][0].isupper():
            return False
        if stopword_density([t for t in tokens if t[0].islower()], ("fr", "en", "es", "de")) > 0:
            return False
    return True


def _forced(text: str, i: int, n: int, region: bool, repeated: bool) -> bool:
    """Debris whatever the model says: line ``i`` of ``n`` in a closed region (a comment
    thread, of the text or of the markup), repeated by the site at an edge of the page, or
    evidence enough on its own (a date alone, a dated byline, a "skip to content" link, a
    line with no letter or digit)."""
    edge = min(i, n - 1 - i) < EDGE_SHARE * n
    return (
        region
        or (repeated and edge)
        or is_date_alone(text)
        or is_dated_byline(text)
        or bool(NAVIGATION.match(text))
        or is_inline_teaser(text)
        or is_credit_alone(text)
        or is_ticker(text)
        or is_menu_trail(text)
        # A rule or an ornament ("___", "* * *", "★★★★★"): nothing to align.
        or not any(ch.isalnum() for ch in text)
    )


def decide(evidence: Evidence, scores: Sequence[float], threshold: float) -> list[bool]:
    """Debris: forced by a rule, or scored at ``threshold`` or over and not kept by one.

    A sentence must score at least `SENTENCE_THRESHOLD` as well.
    """
    sure = max(threshold, SENTENCE_THRESHOLD)
    return [
        forced or (bool(score >= (sure if sentence else threshold)) and not kept)
        for forced, kept, sentence, score in zip(
            evidence.forced, evidence.kept, evidence.sentence, scores, strict=True
        )
    ]


def _sentence_like(text: str, lang: str, topic: frozenset[str] = frozenset()) -> bool:
    """A sentence with final punctuation, stop words and no site vocabulary (but the kinds
    of the page's ``topic``, `page_topic`): likely content."""
    tokens = words(text)
    return (
        len(tokens) >= 2
        and text.rstrip(' »"”’)]').endswith((".", "!", "?", "…"))
        and stopword_density(tokens, (lang, "fr", "en", "es", "de")) >= 0.25
        and chrome_hits(text, topic) == 0
    )


# An article's own list (ingredients, facts, steps) sits between its paragraphs: prose
# within this many lines before it and after it…
LIST_REACH = 3
# …and it is at most this long.
LIST_MAX_LINES = 25
_SEPARATOR_CHARS = ("|", "›", "•", "·", " / ", " » ")


_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]")


def _plain(text: str, context: LineContext) -> bool:
    """A line with no evidence of site chrome at all: no vocabulary, separators, links, date,
    price; and some letters."""
    return (
        bool(words(text))
        and vocabulary_hits(text) == 0
        and not _PRICE.search(text)
        and not any(sep in text for sep in _SEPARATOR_CHARS)
        and not STANDALONE.match(text)
        and not NAVIGATION.match(text)
        and not is_date_alone(text)
        and not is_dated_byline(text)
        and not is_credit_alone(text)
        and not context.repeated
        and not context.markup_chrome
        and not context.thread
        and not (context.links or 0.0) >= 0.5
    )


def article_lists(
    texts: Sequence[str],
    contexts: Sequence[LineContext],
    lang: str,
    forced: Sequence[bool],
    boxed: Sequence[bool] = (),
    reading: PageReading | None = None,
) -> list[bool]:
    """Lines of a list inside the article: a recipe's ingredients, a fact box, a heading over them.

    A run of lines with no evidence of site chrome (`_plain`) that has prose
    of the page within `LIST_REACH` lines on both sides is the text's own:
    menus lead to the text, related links and footers follow it, and neither
    has prose on both sides. Prose the rules force to debris (a reader
    comment) is not the page's. A fact box of the article (``boxed``, from
    `fact_boxes`) counts as prose: a recipe card's ingredients follow its facts.
    ``reading`` is the page's `read_page`, if it was read already.
    """
    langs = tuple(dict.fromkeys([lang, "fr", "en", "es", "de"]))
    reading = reading or read_page(texts, contexts, lang)
    boxed = [*boxed] or [False] * len(texts)
    prose = [(p and not f) or b for p, f, b in zip(reading.prose, forced, boxed, strict=True)]
    # A boxed line is prose here, so it is never part of a plain run.
    plain = [q and not p and not f for q, p, f in zip(reading.plain, prose, forced, strict=True)]
    out = [False] * len(texts)
    for i, j in _true_runs(plain):
        before = any(prose[max(0, i - LIST_REACH) : i])
        after = any(prose[j : j + LIST_REACH])
        # A list of the text says something: some of its lines have stop words. Names and
        # tags alone ("Daniel Ortiz", "Hostelería") are a byline's, a tag cloud's.
        worded = any(
            stopword_density([w for w in words(t) if w[0].islower()], langs) > 0 for t in texts[i:j]
        )
        if before and after and worded and j - i <= LIST_MAX_LINES:
            out[i:j] = [True] * (j - i)
    return out


# "Difficoltà: facile", "Prep Time: 15 mins", "Servings: 4": a label of one to three words, a
# colon, and a value that is a number or lower-case words, as a recipe's or a product's facts
# are; a byline's, a tag line's or a category's value is a name ("Autore: Rosa Zanon").
_FACT = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*\S[^.!?]*$")
FACT_MAX_WORDS = 8


def _is_fact(text: str) -> bool:
    """A line of a fact box: "Cottura: 2 ore", "Cook Time: 1 hr"; not "Tags: Pasta"."""
    head, _, value = text.partition(":")
    return (
        bool(_FACT.match(text))
        and len(words(text)) <= FACT_MAX_WORDS
        and bool(value.strip())
        and not value.strip()[0].isupper()
        and vocabulary_hits(head) == 0
    )


# "Prep: 15 mins | Cook: 1 hr", "Préparation : 30 min · Cuisson : 3 h": a recipe card's facts
# on one line, between separators.
_FACT_SEPARATOR = re.compile(r"\s[|·•]\s")


def fact_items(text: str) -> int:
    """How many facts (`_is_fact`) a line holds: 1 for "Serves: 4", 3 for "Prep: 15 mins |
    Cook: 1 hr | Serves: 4"; 0 when an item with a colon is no fact ("Autor: Tomasz
    Wieczorek | 28.11.2026", "SKU: OC-5 · Categoría: Aceites"), or for one fact alone
    between separators."""
    items = _FACT_SEPARATOR.split(text)
    if len(items) == 1:
        return int(_is_fact(text))
    facts = sum(_is_fact(item) for item in items)
    labelled = sum(":" in item for item in items)
    return facts if facts >= 2 and facts == labelled else 0


def _plain_but_separators(text: str, context: LineContext) -> bool:
    """`_plain` but for the separators between a fact line's items."""
    return _plain(_FACT_SEPARATOR.sub(" ", text), context)


def fact_boxes(
    texts: Sequence[str],
    contexts: Sequence[LineContext],
    lang: str,
    forced: Sequence[bool],
    reading: PageReading | None = None,
) -> list[bool]:
    """Lines of a fact box of the article: two or more "label: value" facts (`_is_fact`), on
    lines of their own or between separators on one (`fact_items`), with no other evidence
    of chrome (`_plain`), with the article's prose right after them, or after a run of plain
    lines (a recipe card's ingredients).

    A recipe's or a review's facts may open the article, with no prose above
    them, which `article_lists` needs; their shape stands in for it. ``reading`` is the
    page's `read_page`, if it was read already.
    """
    reading = reading or read_page(texts, contexts, lang)
    prose = [p and not f for p, f in zip(reading.prose, forced, strict=True)]
    plain = [q and not f for q, f in zip(reading.plain, forced, strict=True)]
    items = [
        fact_items(t) if q or (_plain_but_separators(t, c) and not f) else 0
        for t, c, q, f in zip(texts, contexts, plain, forced, strict=True)
    ]
    facts = [n > 0 for n in items]
    out = [False] * len(texts)
    for i, j in _true_runs(facts):
        # A recipe card's facts come before its ingredients, and the steps after them.
        k = j
        while k < len(texts) and k - j < LIST_MAX_LINES and plain[k] and not prose[k]:
            k += 1
        if sum(items[i:j]) >= 2 and j - i <= LIST_MAX_LINES and any(prose[k : k + LIST_REACH]):
            out[i:j] = [True] * (j - i)
    return out


# "2. La thérapie cognitive", "III) Results", "b. Method": an entry's numbering.
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}|[ivxlc]{1,5}|[a-z])\s*[.)]\s+", re.IGNORECASE)


def toc_entries(texts: Sequence[str], headings: Sequence[bool]) -> list[bool]:
    """Entries of the page's table of contents: a line that, its numbering set aside, is the
    text of one of the page's ``headings`` further on (a heading over prose).

    A menu names the site's sections, not the headings of the article.
    """

    def key(text: str) -> str:
        return " ".join(words(_NUMBERING.sub("", text))).casefold()

    later: dict[str, int] = {}
    for j, text in enumerate(texts):
        if headings[j] and words(text):
            later[key(text)] = j
    # The last entry, right above the article's first paragraph, reads as a heading over prose
    # itself: what names a heading further on is an entry all the same.
    return [
        later.get(key(text), -1) > i and len(words(text)) <= HEADING_WORDS
        for i, text in enumerate(texts)
    ]


HEADING_WORDS = 16
# A table of contents lists at least this many of the article's headings, one a line.
TOC_MIN_ENTRIES = 2
# Its own heading ("Sommaire", "En este artículo", "Table of contents") is this short.
TOC_HEADING_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…;][\s»\"”’)\]]*$")


def table_of_contents(texts: Sequence[str], entries: Sequence[bool]) -> list[bool]:
    """The page's table of contents, debris (bench/data/pages/LABELS.md): runs of at least
    `TOC_MIN_ENTRIES` consecutive ``entries`` (`toc_entries`), and the short line with no
    final punctuation right above such a run, its heading.

    The headings it repeats are kept where they stand, over their prose; the page
    in the other language has its own table, and its entries aligned with these
    would pair every heading twice.
    """
    out = [False] * len(texts)
    i = 0
    while i < len(texts):
        end = i
        while end < len(texts) and entries[end]:
            end += 1
        if end - i >= TOC_MIN_ENTRIES:
            out[i:end] = [True] * (end - i)
            above = texts[i - 1] if i > 0 else ""
            if 1 <= len(words(above)) <= TOC_HEADING_WORDS and not _SENTENCE_END.search(above):
                out[i - 1] = True
        i = max(end, i + 1)
    return out


def _announces_prose(texts: Sequence[str], reading: PageReading) -> list[bool]:
    """Lines that sit right above prose with nothing of site chrome in them: headings.

    "Performance" or "Verdict" over a review's paragraphs look like menu
    items on their own; what follows them says otherwise.
    """
    prose, topic = reading.prose, reading.topic
    out = []
    for i, text in enumerate(texts):
        out.append(
            i + 1 < len(texts)
            and prose[i + 1]
            and not prose[i]
            and vocabulary_hits(text, topic) == 0
            and not is_date_alone(text)
            and not STANDALONE.match(text)
            and not any(sep in text for sep in ("|", "›", "•", "·"))
        )
    return out


def _mark_comment_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader comment runs from its "name, date" header to its "Reply" link.

    A header alone proves nothing: "Published 7:15 AM GMT, September 3, 2025"
    reads like one. Only a header closed by a reply link within a few lines
    opens a comment, so a rule can never run on into the article.
    """
    headers = [_comment_header(t) for t in texts]
    for i in range(len(texts)):
        if headers[i]:
            _mark_closed_region(
                mask, i, COMMENT_MAX_LINES, lambda j: bool(COMMENT_END.match(texts[j])),
                stops=headers.__getitem__,
            )  # fmt: skip


def _mark_closed_region(
    mask: list[bool],
    start: int,
    reach: int,
    closes: Callable[[int], bool],
    stops: Callable[[int], bool] = lambda j: False,
) -> None:
    """Mark ``start`` through the first line that ``closes`` the region, looked for in the
    next ``reach`` lines; mark nothing when a line that ``stops`` it comes first, or when
    none closes it within reach. A region rule never runs on without closing evidence.
    """
    for j in range(start + 1, min(len(mask), start + 1 + reach)):
        if closes(j):
            mask[start : j + 1] = [True] * (j + 1 - start)
            return
        if stops(j):
            return


def _comment_header(text: str) -> bool:
    """A short line with a date or time in it: "SallyM septembre 13, 2023 - 11:00 pm"."""
    if COMMENT_HEADER.match(text):
        return True
    return len(text.split()) <= COMMENT_HEADER_WORDS and bool(DATE.search(text))


# "48 Comments", "14 comentarios en «Lentejas»", "Kommentare (3)", a blog theme's "5 thoughts on
# “Title”" ("3 réflexions sur", "2 Gedanken zu"): a thread's heading…
THREAD_START = re.compile(
    r"^\s*(?:\d+\s+(?:comments?|commentaires?|comentarios?|coment[aá]rios?|commenti"
    r"|kommentare?|thoughts?|réflexions?|gedanken"
    r"|réactions?|reacciones|respuestas?|replies|responses|reacties|reactie|comentaris)"
    r"(?:\s+(?:on|to|sur|à|en|a|zu|su|em|op)\s.{1,80})?"
    r"|(?:comments?|commentaires|comentarios|coment[aá]rios|commenti|kommentare|réactions"
    r"|reacties|comentaris|leserkommentare)"
    r"\s*\(\d+\)|(?:reader )?comments|commentaires|comentarios|kommentare|commenti|reacties"
    r"|comentaris)\s*:?\s*$",
    re.IGNORECASE,
)
# …closed by the form to leave one, or by the fine print of such a form.
THREAD_END = re.compile(
    r"^\s*(?:(?:leave|post|add|write) a (?:comment|reply|response)|(?:laissez|laisser|ajouter|"
    r"écrire) un commentaire|deja (?:un comentario|una respuesta)|escribe un comentario"
    r"|lascia un commento|deixe (?:um|seu) comentário|kommentar (?:schreiben|verfassen)"
    r"|schreiben sie einen kommentar|répondre à l['’]article)\b.{0,40}$"
    r"|.*(?:email address will not be published|adresse (?:e-?mail|de messagerie) ne sera pas"
    r" publiée|correo electrónico no será publicad[ao]|e-mail-adresse wird nicht veröffentlicht"
    r"|email non sarà pubblicato|e-mail não será publicado).*",
    re.IGNORECASE,
)
THREAD_MAX_LINES = 40


def _mark_counted_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader-comment thread in plain text: from its heading ("48 Comments") to the form
    that invites one more ("Leave a Reply"), within `THREAD_MAX_LINES` lines.

    Comments need no "Reply" link here: the two ends are the closing evidence,
    and a heading with no form after it within reach opens nothing.
    """
    late = _past_a_third(texts)
    for i in range(len(texts)):
        if late[i] and _thread_heading(texts, i):
            _mark_closed_region(
                mask, i, THREAD_MAX_LINES, lambda j: bool(THREAD_END.match(texts[j]))
            )


def _past_a_third(texts: Sequence[str]) -> list[bool]:
    """For each line, whether a third of the page's words or more lie before it.

    Counted in words, not lines: a page's header is many short lines (menus,
    the site's name, a byline), its article few long ones, so a third of the
    lines may still lie above the article's first paragraph.
    """
    total = sum(len(t.split()) for t in texts)
    before, late = 0, []
    for text in texts:
        late.append(3 * before >= total)
        before += len(text.split())
    return late


def _thread_heading(texts: Sequence[str], i: int) -> bool:
    """Line ``i`` heads a comment thread ("48 Comments"), and is no comment count in the
    article's byline: "5 comments" right under "Posted by … on 24 November 2026" is the
    story's metadata, as blog themes print it."""
    if not THREAD_START.match(texts[i]):
        return False
    return not (i > 0 and (is_dated_byline(texts[i - 1]) or is_date_alone(texts[i - 1])))


# A commenter's handle: "Ana R.", "Noémie_42", "jvdberg", "G. Roussel", "Marlies Harms".
_HANDLE = re.compile(r"^\s*@?[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,2}\s*$")
HANDLE_MAX_CHARS = 30
_INITIAL_END = re.compile(r"(?:^|\s)\w\.$")
# A comment's text runs this many lines at most under its handle.
COMMENT_TEXT_LINES = 4
# Lines between a thread's heading and its first handle ("Sort by: Newest").
THREAD_PREAMBLE = 2


def _is_handle(text: str) -> bool:
    """A short name with no sentence in it: one to three words, no stop word, no final "!?:",
    a full stop only after an initial."""
    stripped = text.strip()
    return (
        len(stripped) <= HANDLE_MAX_CHARS
        and bool(_HANDLE.match(stripped))
        # A full stop ends an initial ("Ana R."), not a word ("Endlich.").
        and (not stripped.endswith(".") or bool(_INITIAL_END.search(stripped)))
        # Capitalised words are a name's, whatever the stop lists hold ("Pierre L.").
        and stopword_density([w for w in words(text) if w[0].islower()], ("fr", "en", "es", "de"))
        == 0
        and vocabulary_hits(text) == 0
    )


def _mark_handled_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A thread of reader comments with no "Reply" link and no form after it: a heading
    ("Comentarios (6)", "Reacties (3)"), then comments, each a handle ("Ana R.") over its
    text (and perhaps a date); two comments at least.

    The comments themselves are the closing evidence: the region ends with the
    text of the last handle, at most `COMMENT_TEXT_LINES` lines of sentences.
    """
    n = len(texts)
    late = _past_a_third(texts)
    for i in range(n):
        if not late[i] or not _thread_heading(texts, i):
            continue
        j = i + 1
        while j < min(n, i + 1 + THREAD_PREAMBLE) and not _is_handle(texts[j]):
            j += 1
        end, comments = i, 0
        while j < min(n, i + 1 + THREAD_MAX_LINES) and _is_handle(texts[j]):
            k = j + 1
            while k < n and is_date_alone(texts[k]):
                k += 1
            said = k
            while (
                said < min(n, k + COMMENT_TEXT_LINES)
                and not _is_handle(texts[said])
                and _reads_as_comment(texts[said])
            ):
                said += 1
            while said < n and is_date_alone(texts[said]):
                said += 1
            if said == k:
                break
            comments, end, j = comments + 1, said, said
        if comments >= 2:
            for k in range(i, end):
                mask[k] = True


def _reads_as_comment(text: str) -> bool:
    """A line a reader writes: a sentence ending ".!?…", or an @reply."""
    stripped = text.strip()
    return stripped.startswith("@") or stripped.rstrip(' »"”’)').endswith((".", "!", "?", "…"))


def _mark_footer(texts: Sequence[str], mask: list[bool]) -> None:
    """A footer opened by "Leave a comment" runs to the end of a page, if that end is short.

    The closing evidence is the end of the page itself: a "footer" longer
    than a few lines, or holding much of the page's words, is not one.
    """
    total = sum(len(t.split()) for t in texts)
    for i, text in enumerate(texts):
        # A footer starts after the content: never in the first lines of a page.
        if i >= len(texts) // 2 and FOOTER_START.match(text):
            tail = texts[i:]
            words = sum(len(t.split()) for t in tail)
            if len(tail) <= FOOTER_MAX_LINES and words <= FOOTER_MAX_SHARE * total:
                for j in range(i, len(texts)):
                    mask[j] = True
            return


def _mark_related_lists(texts: Sequence[str], bullets: Sequence[bool], mask: list[bool]) -> None:
    """A "Read more" heading and the list of headlines under it.

    The list is bulleted, or a run of headline-like lines (short, no final
    full stop); its first other line closes it.
    """
    # A headline over two paragraphs of prose opens a section of the article.
    prose = prose_lines(texts, "und")
    heads = [i + 2 < len(texts) and prose[i + 1] and prose[i + 2] for i in range(len(texts))]
    for i, text in enumerate(texts):
        if not RELATED_HEADING.match(text) or len(text.split()) > 12:
            continue
        j = i + 1
        while (
            j < len(texts)
            and j <= i + RELATED_MAX_ITEMS
            and (bullets[j] or (_headline_like(texts[j]) and not heads[j]))
        ):
            mask[j] = True
            j += 1
        if j > i + 1:
            mask[i] = True


def _headline_like(text: str) -> bool:
    stripped = text.strip()
    return (
        2 <= len(stripped.split()) <= 16
        and not stripped.endswith((".", "!", ":", ";"))
        and not RELATED_HEADING.match(stripped)
    )


def _mark_teasers(texts: Sequence[str], mask: list[bool]) -> None:
    """Teasers of other stories: a run of lines cut with "…", at the end of a page."""
    ends = [bool(TEASER_END.search(t)) and len(t.split()) <= 30 for t in texts]
    for i, j in _true_runs(ends):
        if j - i >= 2 or j == len(texts):
            for k in range(i, j):
                mask[k] = True


def _true_runs(flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Each maximal run of True in ``flags`` as [start, end), in order."""
    i = 0
    for value, group in groupby(flags):
        n = sum(1 for _ in group)
        if value:
            yield i, i + n
        i += n


# Past this share of a document's words classed as debris, the user may be told…
HEAVY_SHARE = 1 / 3
# …when the debris holds this many prose-like segments in a row (an article's paragraphs, not
# chrome: reader comments alternate with their headers and "Reply" links)…
PROSE_RUN = 3
# …or when fewer words than this are left as text.
FEW_WORDS_LEFT = 40


def debris_share(segments: Sequence[tuple[str, bool]]) -> float:
    """Share of words in debris, from ``(text, is_debris)`` pairs; 0.0 for no words."""
    total = sum(len(text.split()) for text, _ in segments)
    debris = sum(len(text.split()) for text, is_debris in segments if is_debris)
    return debris / total if total else 0.0


def _longest_prose_run(segments: Sequence[tuple[str, bool]]) -> int:
    """The longest run of consecutive debris segments that read as prose."""
    prose = prose_lines([text for text, _ in segments], "und")
    longest = run = 0
    for (_, is_debris), reads_as_prose in zip(segments, prose, strict=True):
        run = run + 1 if is_debris and reads_as_prose else 0
        longest = max(longest, run)
    return longest


def heavy_debris_note(name: str, segments: Sequence[tuple[str, bool]]) -> str | None:
    """One line for the user when the debris may have taken some of ``name``'s text, else None.

    ``segments`` are ``(text, is_debris)`` pairs in document order. A news
    page is often a third debris or more (menus, comments, teasers): that
    alone says nothing. The note comes when more than a third of the words
    are debris *and* either the debris holds a run of `PROSE_RUN` segments
    that read as prose (what a swallowed article looks like) or fewer than
    `FEW_WORDS_LEFT` words are left as text.
    """
    share = debris_share(segments)
    if share <= HEAVY_SHARE:
        return None
    left = sum(len(text.split()) for text, is_debris in segments if not is_debris)
    if left >= FEW_WORDS_LEFT and _longest_prose_run(segments) < PROSE_RUN:
        return None
    return (
        f"{name}: {share:.0%} of its words were classed as web debris and are left out of "
        f"alignment; check them with `workbench segments {name} --kind boilerplate`"
    )
