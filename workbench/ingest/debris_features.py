"""What a line of a scraped page shows about being debris, as numbers a fitted model weighs.

Evidence that holds across sites and languages, after jusText (Pomikálek
2011): length, the density of stop words (jusText's own lists, which ship in
its wheel), sentence punctuation, separators between short items ("|" "›"
"•"), a date or time alone, the vocabulary of consent, advertising, sharing,
newsletters, paywalls and accounts in French, English, Spanish and German,
position before the first or after the last paragraph of prose, and what the
markup or a main-text extractor said of the block. Pure: no I/O beyond
reading the stop lists once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from workbench.ingest.debris_commerce import COMMERCE_FEATURES, commerce_features
from workbench.ingest.debris_structure import STRUCTURE_FEATURES, structure_features
from workbench.ingest.debris_subject import is_notice_page, notice_sentences
from workbench.ingest.debris_vocabulary import STRONG as _STRONG
from workbench.ingest.debris_vocabulary import VOCAB as _VOCAB

# Stop lists tried on every line, whatever the document's language: the
# languages of most pages and of the debris they carry.
_ALWAYS = ("fr", "en", "es", "de")
# jusText's stop-list file names, for those and the other languages the
# language guesser names (langid.DEFAULT_LANGUAGES) that jusText has a list for.
_STOPLISTS = {
    "fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan", "pl": "Polish", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "ko": "Korean",
}  # fmt: skip
# Stop lists of languages the guesser does not serve (`extract.unserved_language` names them):
# the debris features read a Swedish page's function words in Swedish, not in Dutch.
_UNSERVED_STOPLISTS = {
    "sv": "Swedish", "da": "Danish", "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk",
    "fi": "Finnish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian",
    "el": "Greek", "tr": "Turkish", "hr": "Croatian", "sl": "Slovenian", "et": "Estonian",
    "lv": "Latvian", "lt": "Lithuanian", "bg": "Bulgarian", "sr": "Serbian", "eu": "Basque",
    "gl": "Galician", "id": "Indonesian", "vi": "Vietnamese",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…;:][\s»\"”’)\]]*$")
_SEPARATORS = re.compile(r"\s(?:\||›|»|•|·|/|–|-|>)\s|\s?[|•·›]\s?")
_MONTHS = (
    "jan(?:vier|uary|\\.)?|f[ée]v(?:rier)?|feb(?:ruary|rero|\\.)?|mars|march|mar(?:zo|\\.)?"
    "|avr(?:il)?|apr(?:il|\\.)?|abr(?:il)?|mai|may|mayo|juin|june?|junio|juil(?:let)?|july?|julio"
    "|ao[uû]t|aug(?:ust|\\.)?|agosto|sept?(?:embre|ember|iembre|\\.)?|oct(?:obre|ober|ubre|\\.)?"
    "|nov(?:embre|ember|iembre|\\.)?|d[ée]c(?:embre)?|dec(?:ember|\\.)?|dic(?:iembre)?|enero"
    "|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno"
    "|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    "|outubro|dezembro"
)
_DAY_OR_TIME = (
    r"\d{1,2}[./·-]\d{1,2}[./·-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\s*(?:am|pm)\b"
    r"|(?:" + _MONTHS + r")\s+\d{1,2}\b|\d{1,2}\.?\s+(?:de\s+)?(?:" + _MONTHS + r")\b"
    r"|\d+\s*(?:heures?|hours?|horas?|ore|stunden|min(?:utes?|utos?|uti|uten)?|days?|jours?"
    r"|días?|dias?|giorni|tagen?|uur|dagen)\b"
    r"|\d{1,3}\s?(?:m|h|d|hrs?|mins?)\s+ago"
    # A match's minute: "46'", "90+4'".
    r"|\d{1,3}(?:\+\d{1,2})?['’′](?!\w)"
)
# A day, a time or an age ("3 hours ago") with or without a year.
DATE = re.compile(r"\b(?:" + _DAY_OR_TIME + r"|\b(?:19|20)\d{2}\b)", re.IGNORECASE)
# The same without a bare year: "bis 2028" in a headline is content, "04.03.2026, 17:30" is not.
DAY_OR_TIME = re.compile(r"\b(?:" + _DAY_OR_TIME + r")", re.IGNORECASE)
# Words that carry no content on a dateline once the date itself is gone.
_DATE_WORDS = re.compile(
    r"\b(?:" + _MONTHS + r"|am|pm|a\.m|p\.m|gmt|utc|cet|cest|edt|est|et|pt|bst|h|uhr|le|el|de|"
    r"à|a|at|on|am|um|del|las|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|published|updated|posted|publié|mis|jour|publicado|actualizado"
    r"|veröffentlicht|aktualisiert|ago|il|y|hace|vor|heures?|hours?|horas?|stunden|min|read"
    r"|lecture|lectura|temps|tiempo|de|by|par|por|von|and|et|y|und|la|the|staff|newsroom|rédaction"
    r"|redacción|redaktion|agences|agencies|agencias|agenturen|with|avec|con|mit"
    r"|às|atualizado|atualizada|há|ore|alle|aggiornato|aggiornata|pubblicato|fa|em|com"
    r"|leestijd|gepubliceerd|bijgewerkt|uur|door|min|minuten|last|dernière|última|zuletzt"
    r"|ct|mt|cst|cdt|pst|pdt)\b",
    re.IGNORECASE,
)

_URL = re.compile(r"\S+@\S+\.\w+|https?://|www\.\w|\.(?:com|org|net|fr|es|de)\b")
_BY = re.compile(r"(?<!\w)(?:by|par|por|von)(?!\w)", re.IGNORECASE)
_BYLINE = re.compile(
    r"^\s*(?:by|par|por|von|text[eo]? (?:et|and|y|und) (?:photos?|fotos?)\s*:?|text[eo]?\s*:|"
    r"review by|guide by|rédigé par|redacción|staff writer|guest columnist"
    r"|propos recueillis par|entretien réalisé par|interview (?:by|par|de|von)"
    r"|entrevista (?:de|por)|photography by|photographs by)\b",
    re.IGNORECASE,
)

FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",
    "one_word",
    "stopword_density",
    "no_stopwords",
    "terminal",
    "separators",
    "date_alone",
    "has_day_or_time",
    "vocab_hits",
    "vocab_dense",
    "byline",
    "bullet",
    "capitalised",
    "digits",
    "before_prose",
    "after_prose",
    "markup_chrome",
    "extractor_kept",
    "extractor_dropped",
    "neighbours_short",
    "prose_before",
    "prose_after",
    "vocab_matches",
    "strong_vocab",
    "url_or_email",
    "dated_byline",
    "repeated",
    "opens_with_vocab",
    "consent_vocab",
    "link_density",
    "names_author",
    "repeated_in_page",
    "names_site",
    "kicker",
    *STRUCTURE_FEATURES,
    *COMMERCE_FEATURES,
)

# Past this share of lines seen in other documents, a document is a copy, not a page of a site.
REPEATED_MAX_SHARE = 0.5
# A line of this many words or fewer said twice on a page is chrome's ("repeated_in_page").
SHORT_WORDS = 6
# A section's name over the headline ("Business", "OPINION") has this many words at most.
KICKER_WORDS = 3


@dataclass(frozen=True)
class LineContext:
    """What is known about a line besides its text: markup and extractor evidence."""

    bullet: bool = False
    markup_chrome: bool = False  # inside <nav>, <footer> or a "share"/"cookie" class
    extractor: bool | None = None  # kept by the main-text extractor; None: not run (plain text)
    repeated: bool = False  # the same line is in another document of the store (site chrome)
    links: float | None = None  # share of the line's characters that are link text; None: no markup
    thread: bool = False  # inside a reader-comment container of the markup
    title: bool = False  # the page's title, its first <h1> (see markup.html_blocks)
    cell: bool = False  # a cell of a data table (see markup.html_blocks)
    path: str = ""  # its element's tags and classes from the root (markup.RawBlock.path)


@cache
def stop_words(lang: str) -> frozenset[str]:
    """jusText's stop list for ``lang`` (an ISO 639-1 code), lower-cased; empty if it has none."""
    name = _STOPLISTS.get(lang) or _UNSERVED_STOPLISTS.get(lang)
    return frozenset() if name is None else _stop_list(name)


@cache
def stop_list_names() -> tuple[str, ...]:
    """The names of every stop list jusText ships ("Finnish", "Norwegian_Bokmal"…), sorted."""
    from importlib.resources import files

    folder = files("justext").joinpath("stoplists")
    return tuple(sorted(p.name.removesuffix(".txt") for p in folder.iterdir()))


@cache
def _stop_list(name: str) -> frozenset[str]:
    from importlib.resources import files

    text = files("justext").joinpath("stoplists", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


def stop_list_densities(tokens: Sequence[str]) -> dict[str, float]:
    """Per jusText stop list (by name), the share of ``tokens`` that are its stop words."""
    lowered = [t.lower() for t in tokens]
    if not lowered:
        return {}
    return {
        name: sum(t in _stop_list(name) for t in lowered) / len(lowered)
        for name in stop_list_names()
    }


def reads_as_served(tokens: Sequence[str], density: float) -> bool:
    """Whether one served language's stop list (`_STOPLISTS`) covers at least ``density`` of
    ``tokens``. The lists are read one at a time, the usual languages first, and no further
    once one does."""
    return any(stopword_density(tokens, (lang,)) >= density for lang in _STOPLISTS)


def stop_list_code(name: str) -> str | None:
    """The ISO 639-1 code of a stop list the guesser serves ("French" -> "fr"), else None."""
    if name == "Simple_English":
        return "en"
    return next((code for code, list_name in _STOPLISTS.items() if list_name == name), None)


def unserved_code(name: str) -> str | None:
    """The ISO 639-1 code of a stop list of a language the guesser does not serve ("Swedish"
    -> "sv"), if `stop_words` reads it by that code; else None."""
    wanted = name.replace(" ", "_")
    return next((code for code, n in _UNSERVED_STOPLISTS.items() if n == wanted), None)


def words(text: str) -> list[str]:
    """The words of ``text``: letters, with inner apostrophes."""
    return _WORD.findall(text)


def stopword_density(tokens: Sequence[str], langs: Sequence[str]) -> float:
    """The highest share of stop words in ``tokens`` over the stop lists of ``langs``."""
    if not tokens:
        return 0.0
    lowered = [t.lower() for t in tokens]
    best = 0.0
    for lang in langs:
        stops = stop_words(lang)
        if stops:
            best = max(best, sum(t in stops for t in lowered) / len(lowered))
    return best


def strong_vocabulary_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """How many kinds of the vocabulary an article rarely uses about itself ``text`` uses;
    the kinds of the page's ``topic`` (`page_topic`) left out."""
    return sum(1 for k in _STRONG if k not in topic and _VOCAB[k].search(text))


# From this many words, a sentence may use the weaker kinds of site vocabulary.
LONG_SENTENCE_WORDS = 10


def chrome_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """The site vocabulary that counts against ``text`` reading as a sentence of content.

    A long sentence may use a word of the weaker kinds ("recommended",
    "search", "print"), as articles do; only the strong kinds (consent,
    paywall, newsletter…) count against it. A short line: every kind. The
    kinds of the page's ``topic`` never count.
    """
    if len(words(text)) >= LONG_SENTENCE_WORDS:
        return strong_vocabulary_hits(text, topic)
    return vocabulary_hits(text, topic)


def vocabulary_hits(text: str, topic: frozenset[str] = frozenset()) -> int:
    """How many kinds of chrome vocabulary (consent, sharing, paywall…) ``text`` uses; the
    kinds of the page's ``topic`` (`page_topic`) left out."""
    return sum(1 for k, pattern in _VOCAB.items() if k not in topic and pattern.search(text))


# A kind of vocabulary is the page's subject when this many of its long sentences use it.
TOPIC_MIN_SENTENCES = 3
TOPIC_SENTENCE_WORDS = 12
# On a page that is itself a notice (`debris_subject`), a kind is its subject from this many.
NOTICE_TOPIC_SENTENCES = 2
# The kinds a notice speaks of (not a menu's, a share bar's or a related list's words).
_NOTICE_KINDS = (*_STRONG, "account")


def page_topic(texts: Sequence[str], lang: str) -> frozenset[str]:
    """The kinds of chrome vocabulary that the page's own prose is about: an article on a
    fine over cookie banners says "cookies" and "Accept all" in sentence after sentence.

    A kind is the topic when `TOPIC_MIN_SENTENCES` sentences of
    `TOPIC_SENTENCE_WORDS` words or more (final punctuation, stop words) use
    it; a cookie banner or a newsletter box says its piece in one or two.
    """
    return _page_topic(tuple(texts), lang)


# One page's topic is asked for by the boxes, the prose lines and the features alike:
# computed once (a 5 MB text spent seconds on it three times over).
@lru_cache(maxsize=2)  # the page's language and "und"
def _page_topic(texts: tuple[str, ...], lang: str) -> frozenset[str]:
    sentences = _long_sentences(texts, lang)
    return frozenset(
        kind
        for kind, pattern in _VOCAB.items()
        if sum(1 for t in sentences if pattern.search(t)) >= TOPIC_MIN_SENTENCES
    )


def _long_sentences(texts: Sequence[str], lang: str) -> list[str]:
    """The lines of ``texts`` that read as long sentences: `TOPIC_SENTENCE_WORDS` words or
    more, final punctuation, stop words."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    return [
        t
        for t in texts
        if len(words(t)) >= TOPIC_SENTENCE_WORDS
        and _TERMINAL.search(t)
        and stopword_density(words(t), langs) >= 0.25
    ]


def notice_topic(texts: Sequence[str], lang: str) -> frozenset[str] | None:
    """On a page that is itself a notice (a privacy or cookie policy, terms of use:
    `debris_subject.is_notice_page`), what it is about: its `page_topic`, consent and the
    law, and every kind of the notices' vocabulary that two of its sentences use (accounts,
    subscriptions) or one of those that speak of data or terms ("Solo los compartimos…
    cuando contratas una suscripción"). None on any other page.

    The rules read it (`debris_boxes.read_page`); the model's columns keep `page_topic`:
    fitted with it, they learnt consent and subscriptions as surer debris evidence, and
    articles about cookie banners lost sentences (issue 13, session 22)."""
    sentences = _long_sentences(texts, lang)
    if not is_notice_page(sentences):
        return None
    said = notice_sentences(sentences)
    return (
        page_topic(texts, lang)
        | {"consent", "legal"}
        | {
            kind
            for kind in _NOTICE_KINDS
            if any(_VOCAB[kind].search(t) for t in said)
            or sum(1 for t in sentences if _VOCAB[kind].search(t)) >= NOTICE_TOPIC_SENTENCES
        }
    )


# "ASX 200 8,412.6 +0.4%", "Gold $2,941 ▲0.1%", "EUR/USD 1,0842 −0,12 %": a name, a price and
# a signed change: a market ticker's item. A strip of them may stand on one line.
_TICKER_ITEM = re.compile(
    r"\s*([^\s\d.!?%][^.!?%]{0,40}?)\s[$€£¥]?\d[\d.,]*\s*[$€£¥]?\s+"
    r"(?:[▲▼↑↓△▽]\s*[-+−]?|[-+−])\d+(?:[.,]\d+)?\s?%"
)


def is_ticker(text: str) -> bool:
    """A market ticker's items, one or several: each a name, a price and a signed change."""
    pos, items = 0, 0
    while (match := _TICKER_ITEM.match(text, pos)) is not None:
        tokens = words(match.group(1))
        if len(tokens) > 4 or stopword_density(tokens, _ALWAYS) > 0:
            return False
        pos, items = match.end(), items + 1
    return items > 0 and not text[pos:].strip()


def is_dated_byline(text: str) -> bool:
    """A short line with an author and a date: "By Ann Lee, AP Updated 3:41 PM, Oct. 8, 2025"."""
    return (
        len(words(text)) <= 12
        # A length of time is no date: "Contrat : CDI, 39 heures par semaine".
        and (any(not _DURATION.match(m[0]) for m in DATE.finditer(text)) or bool(_AGE.search(text)))
        and bool(_BY.search(text))
        and not _TERMINAL.search(text)
    )


_BY_WORD = re.compile(r"^\s*(?:by|par|por|von|di|de)\s+(.*)$", re.IGNORECASE)


def byline_names(texts: Sequence[str]) -> set[str]:
    """The authors' names the page's bylines give: "By Rachel Dunn" -> {"Rachel Dunn"}.

    A name is two to four capitalised words right after the "by" word of a
    short line; any language's script with case.
    """
    names = set()
    for text in texts:
        match = _BY_WORD.match(text)
        if match is None or len(words(text)) > 12:
            continue
        name = []
        for token in match.group(1).split():
            core = token.strip(",;|·–-")
            if not core or not core[0].isupper():
                break
            name.append(core)
            if core != token or len(name) == 4:
                break
        if len(name) >= 2:
            names.add(" ".join(name))
    return names


_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_NAME_PIECES = re.compile(r"\s[-–—|·•]\s|[.,;|·•]\s|[.,;]$")
_YEAR_OR_MARK = re.compile(r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)
SITE_NAME_WORDS = 6
# A caption's credit after its sentence, with no year: "… en répétition en avril. © Lou
# Perrin" names the photographer, not the site (blind heldout33: a show's title, which the
# caption names too, was taken for the site's name and lost).
_CAPTION_CREDIT = re.compile(r"\w[.!?»”)]\s+(?:©|\(c\))", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def site_names(texts: Sequence[str]) -> set[str]:
    """The site's names its copyright lines give: "Copyright © 2025 The Bakehouse Diaries",
    "InfoMonde © 2025 - Tous droits réservés" -> {"the bakehouse diaries", "infomonde"}.

    A name is a piece of such a line (between separators), the year and the
    sign left out, of one to `SITE_NAME_WORDS` words, most of them capitalised.
    """
    names = set()
    for text in texts:
        if not _COPYRIGHT.search(text) or len(words(text)) > 40:
            continue
        if _CAPTION_CREDIT.search(text) and not _YEAR.search(text):
            continue
        for piece in _NAME_PIECES.split(text):
            name = " ".join(_YEAR_OR_MARK.sub(" ", piece).split()).strip(" -–—:")
            tokens = words(name)
            caps = sum(t[0].isupper() for t in tokens)
            named = 1 <= len(tokens) <= SITE_NAME_WORDS and caps >= 0.5 * len(tokens)
            if named and vocabulary_hits(name) == 0:
                names.add(name.casefold())
    return names


def names_a_site(text: str, names: set[str]) -> bool:
    """Whether ``text`` names one of the sites ``names`` (as `site_names` gives them), as a
    name: a whole word, capitalised ("Terrain est édité par…", not "sur le terrain")."""
    folded = text.casefold()
    for name in names:
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded):
            if text[match.start()].isupper():
                return True
    return False


def is_related_label(text: str) -> bool:
    """A label of four words or fewer from the related-stories vocabulary: "À lire aussi"."""
    return len(words(text)) <= 4 and bool(_VOCAB["related"].search(text))


def _opens_with_vocabulary(text: str, topic: frozenset[str] = frozenset()) -> bool:
    """ "Lire aussi : …", "Tags: …", "Read more: …": a label of site chrome, then its content."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(words(head)) <= 4 and vocabulary_hits(head, topic) > 0


# A length of time: "20 minutes", "2 ore". Alone it is a recipe's cooking time, not a date…
_DURATION = re.compile(
    r"^\d+\s*(?:heures?|hours?|horas?|ore|stunden|min(?:utes?|utos?|uti|uten)?|days?|jours?"
    r"|días?|dias?|giorni|tagen?|uur|dagen)$",
    re.IGNORECASE,
)
# …unless it says how long ago, or how long the reading takes: "3 hours ago", "5 min read".
_AGE = re.compile(
    r"(?<!\w)(?:ago|il y a|hace|vor|fa|há|read|lecture|lectura|lettura|leitura|lesezeit"
    r"|lesedauer|leestijd|geleden)(?!\w)",
    re.IGNORECASE,
)


def is_date_alone(text: str) -> bool:
    """A date or a time with nothing but dateline words around it.

    A length of time alone is not one ("Cottura: 2 ore" in a recipe) unless
    it gives an age or a reading time ("2 hours ago", "5 min read").
    """
    found = [m.group(0) for m in DATE.finditer(text)]
    if not found:
        return False
    if all(_DURATION.match(f) for f in found) and not _AGE.search(text):
        return False
    rest = _DATE_WORDS.sub(" ", DATE.sub(" ", text))
    return len(words(rest)) <= 1


def _is_prose(text: str, langs: Sequence[str], topic: frozenset[str]) -> bool:
    tokens = words(text)
    return (
        len(tokens) >= 5
        and bool(_TERMINAL.search(text))
        and stopword_density(tokens, langs) >= 0.25
        and chrome_hits(text, topic) == 0
    )


def prose_lines(texts: Sequence[str], lang: str, topic: frozenset[str] | None = None) -> list[bool]:
    """For each line, whether it reads as prose: a sentence of five words or more, with
    stop words, final punctuation and no site vocabulary (but the page's ``topic``, by
    default its `page_topic`)."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    if topic is None:
        topic = page_topic(texts, lang)
    return [_is_prose(t, langs, topic) for t in texts]


def line_features(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str
) -> list[list[float]]:
    """One feature vector per line, in the order of `FEATURES`."""
    langs = tuple(dict.fromkeys([lang, *_ALWAYS]))
    # The vocabulary the article itself is about is no evidence of chrome on its page.
    topic = page_topic(texts, lang)
    prose = [_is_prose(t, langs, topic) for t in texts]
    first = prose.index(True) if any(prose) else len(texts)
    last = len(texts) - 1 - prose[::-1].index(True) if any(prose) else -1
    short = [len(words(t)) <= 4 for t in texts]
    repeated_share = sum(c.repeated for c in contexts) / max(1, len(contexts))
    # An author box names the author of the byline again: "Rachel Dunn is the Meridian's…".
    names = byline_names(texts)
    # A line about the publisher names the site its © line names: "Terrain est édité par…".
    sites = site_names(texts)
    site = repeated_share <= REPEATED_MAX_SHARE
    # A short line the page says twice: a menu's item, a section's name, an author's name.
    seen: dict[str, int] = {}
    for text in texts:
        key = " ".join(text.split()).casefold()
        seen[key] = seen.get(key, 0) + 1
    headline = [
        c.title or (3 <= len(words(t)) <= 20 and not _TERMINAL.search(t))
        for t, c in zip(texts, contexts, strict=True)
    ]
    rows: list[list[float]] = []
    for i, (text, ctx) in enumerate(zip(texts, contexts, strict=True)):
        tokens = words(text)
        n = len(tokens)
        density = stopword_density(tokens, langs)
        hits = vocabulary_hits(text, topic)
        caps = sum(t[0].isupper() for t in tokens) / n if n else 0.0
        digits = sum(c.isdigit() for c in text) / max(1, len(text))
        pieces = [p for p in _SEPARATORS.split(text) if p and p.strip()]
        separated = len(pieces) >= 2 and max(len(words(p)) for p in pieces) <= 4
        prev_short = short[i - 1] if i > 0 else True
        next_short = short[i + 1] if i + 1 < len(texts) else True
        rows.append([
            1.0,
            math.log1p(n),
            float(n <= 1),
            density,
            float(n >= 2 and density == 0.0),
            float(bool(_TERMINAL.search(text))),
            float(separated),
            float(is_date_alone(text)),
            float(bool(DAY_OR_TIME.search(text))),
            float(min(hits, 3)),
            hits / max(1.0, math.log1p(n)),
            float(bool(_BYLINE.match(text)) and n <= 12 and not _TERMINAL.search(text)),
            float(ctx.bullet),
            caps,
            digits,
            float(i < first),
            float(i > last),
            float(ctx.markup_chrome),
            float(ctx.extractor is True),
            float(ctx.extractor is False),
            float(prev_short and next_short),
            float(i > 0 and prose[i - 1]),
            float(i + 1 < len(texts) and prose[i + 1]),
            float(min(5, sum(len(p.findall(text)) for k, p in _VOCAB.items() if k not in topic))),
            float(strong_vocabulary_hits(text, topic)),
            float(bool(_URL.search(text))),
            float(is_dated_byline(text)),
            float(site and ctx.repeated),
            float(_opens_with_vocabulary(text, topic)),
            float("consent" not in topic and bool(_VOCAB["consent"].search(text))),
            ctx.links or 0.0,
            float(not _BY_WORD.match(text) and any(name in text for name in names)),
            float(n <= SHORT_WORDS and seen[" ".join(text.split()).casefold()] > 1),
            float(not ctx.title and names_a_site(text, sites)),
            # A section's name right over the headline, before the article's prose.
            float(
                1 <= n <= KICKER_WORDS
                and not _TERMINAL.search(text)
                and not ctx.title
                and i < first
                and i + 1 < len(texts)
                and headline[i + 1]
            ),
        ])  # fmt: skip
    # What the line's neighbours show: runs of one shape, the main run of prose.
    paths = [c.path for c in contexts]
    for row, structure in zip(rows, structure_features(texts, prose, paths), strict=True):
        row.extend(structure)
    # A shop's price, basket and stock lines (`debris_commerce`).
    for row, selling in zip(
        rows, commerce_features(texts, [c.cell for c in contexts]), strict=True
    ):
        row.extend(selling)
    return rows
