"""What the sentence splitter knows of each language: titles, abbreviations, the words that
open sentences, the words that label a provision ("Art.", "Sec."), and the names of months
and days.

Lists we keep by hand only where no maintained source has them: pysbd's abbreviation
lists are read from pysbd, month and day names from CLDR through Babel. pysbd has no
Swedish or Romanian rules, and no offline source we found lists their abbreviations
(CLDR's sentence-break suppressions cover neither), so those are ours; so is the list
of languages that write ordinals with a period, which Babel does not give, and so are
the labels of provisions.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

# Titles that pysbd's rules miss in some languages (it splits "El Sr. | Putin").
TITLES = {
    "fr": ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste"),
    "es": ("Sr", "Sra", "Srta", "Sres", "Dr", "Dra", "D", "Dña", "Ud", "Uds", "Lic", "Ing", "Prof"),
    "en": ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col"),
    "de": ("Hr", "Hrn", "Fr", "Dr", "Prof", "St"),
    # "Fot." (photograph by) opens a Polish credit: "Fot. Piotr Wiśniewski / Agencja Gazeta"
    "pl": ("Fot", "Dr", "Prof", "Mgr", "Inż", "Ks"),
}

# Abbreviations a name or a noun always follows, so that no sentence ends after them, even
# before a capital: "cf. Braun-Tischhauser", "Anna geb. Bhend", "beim Eidg. Institut", "le
# Rév. Arthur Pelham" (align_blind10 to 12); lower case, without the final period.
BEFORE_A_NAME = {
    "fr": ("cf", "rév"),
    "en": ("cf",),
    "es": ("cf", "cfr"),
    "de": ("geb", "eidg"),
}

# Abbreviations pysbd's list for the language lacks (lower case, no final period).
MORE_ABBREVIATIONS = {
    "fr": ("inc", "corp", "ltd", "cie", "p", "ex", "env", "cf", "etc", "av", "apr", "vol",
           "chap", "éd", "art", "hab", "min", "max", "tél", "fig", "coll", "s", "t", "j.-c",
           "op"),
    "de": ("abb", "bd", "kap", "taf", "tab", "jh", "jhs", "ü", "m", "aufl"),
    "en": ("inc", "corp", "ltd", "co", "e.g", "i.e", "etc", "approx", "vs", "p", "pp", "vol",
           "fig", "dept", "est"),
    "es": ("inc", "corp", "ltd", "s.a", "s.l", "cía", "p", "ej", "etc", "aprox", "pág", "núm",
           "art", "vol", "cap", "ud", "uds", "fig", "tel"),
    # pysbd has no Swedish or Romanian rules: "restaurerat bl.a. lotsbåtar", "kl. 10–14",
    # "acoperă aprox. 2.000 de metri" (align_blind8)
    "sv": ("bl.a", "kl", "t.ex", "dvs", "ca", "m.m", "osv", "s.k", "jfr", "resp", "fr.o.m",
           "t.o.m", "p.g.a", "o.d", "m.fl", "st", "kap", "s", "nr", "f.d"),
    "ro": ("aprox", "cca", "etc", "ș.a", "ş.a", "ș.a.m.d", "ş.a.m.d", "nr", "p", "pag", "pg",
           "str", "ex", "vol", "art", "cap", "fig", "sec", "mil", "mld"),
}  # fmt: skip

# Words that open sentences (articles, pronouns, demonstratives, conjunctions,
# common adverbs) and are not names: after "vitamine D." they start a sentence.
OPENERS = {
    "fr": (
        "le la les l un une des du ce cet cette ces il ils elle elles on nous vous je tu "
        "c ça cela ceci mais et ou donc puis ensuite alors cependant pourtant en dans "
        "pour par sur avec sans selon son sa ses leur leurs mon ma mes notre nos votre "
        "vos tout tous toute toutes chaque aucun aucune si quand lorsque comme qui que "
        "quel quelle quels quelles où y ne pas plus aussi enfin ainsi depuis après avant "
        "qu d j n s"
    ),
    "en": (
        "the a an this that these those it its he she they we you i his her their our "
        "my your but and or so then however yet in on at for with by from as if when "
        "while there here what which who how why all each every no not some many most "
        "also after before since thus"
    ),
    # German capitalises nouns, so only words that never are nouns: after "2350 m ü. M."
    "de": (
        "der die das den dem des ein eine einen einem einer es er sie wir ich man dies "
        "diese dieser dieses am im vom zum zur beim um auf in an mit nach bei von zu aus "
        "aber und doch dann da so als wenn nun auch noch schon wie wo hier dort heute "
        "hinzu dazu danach damals später jetzt zudem deshalb daher trotzdem"
    ),
    "es": (
        "el la los las lo un una unos unas este esta estos estas ese esa esos esas es "
        "son fue era está están hay él ella ellos ellas nosotros usted ustedes yo tú "
        "pero y o así luego entonces sin embargo en con por para según su sus mi mis "
        "nuestro nuestra todo todos toda todas cada ningún ninguna si cuando como que "
        "qué quien quién donde dónde no también además después antes desde"
    ),
}

# The words that label a provision, a section, a table or a figure by its number ("Art. 3.",
# "Article 4.", "N° 6.", "Sec. 4.", "Artículo 12.", "Tableau 1."), lower case, without their
# period; "§" and "¶" label one in every language. No maintained source lists them (CLDR
# and pysbd have none).
LABELS = {
    "fr": "art article n° nº no chap chapitre section titre annexe alinéa tableau fig figure",
    "en": "art article sec section no nr chap chapter clause rule para paragraph part annex "
    "table fig figure",
    "es": "art artículo n° nº núm no cap capítulo sec secc sección título anexo apartado cláusula "
    "tabla fig figura",
    "de": "art artikel abs absatz abschn abschnitt nr kap kapitel ziff ziffer teil anhang "
    "tab tabelle abb abbildung",
    "it": "art articolo n° nº n capo sezione titolo allegato comma tab tabella fig figura",
    "pt": "art artigo n° nº cap capítulo secção seção título anexo cláusula tabela fig figura",
    "nl": "art artikel afd afdeling hoofdstuk nr tabel fig figuur",
}
LABEL_SIGNS = frozenset(("§", "§§", "¶"))

# Languages that write an ordinal as its number and a period ("1875. gadā", "16. storočí",
# "am 3. Juli"): there a number, a period and a word in lower case are one sentence.
ORDINALS_WITH_A_PERIOD = frozenset(
    ("de", "da", "nb", "nn", "no", "fi", "et", "lv", "cs", "sk", "sl", "hr", "sr", "bs",
     "hu", "pl", "tr", "is", "fo", "eu")
)  # fmt: skip


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """pysbd's abbreviations for ``lang`` and ours, lower case, without the final period."""
    from pysbd.languages import LANGUAGE_CODES

    rules = LANGUAGE_CODES.get(lang)
    known = getattr(getattr(rules, "Abbreviation", None), "ABBREVIATIONS", ())
    return frozenset((*known, *MORE_ABBREVIATIONS.get(lang, ()))) - prefixes(lang)


@cache
def prefixes(lang: str) -> frozenset[str]:
    """The words pysbd never ends a sentence after although they are no abbreviation.

    pysbd's Spanish list of "prepositive" abbreviations (those a name follows, as in
    "Sr. García") holds Spanish prefixes and words ("bien", "contra", "sobre", "auto",
    "super"), so "Todo está bien. No he echado nada." stays one sentence. Those of three
    letters or more that are not titles; none for the other languages, whose lists hold
    titles.
    """
    if lang != "es":
        return frozenset()
    from pysbd.languages import LANGUAGE_CODES

    listed = LANGUAGE_CODES[lang].Abbreviation.PREPOSITIVE_ABBREVIATIONS
    titles = {title.lower() for title in TITLES[lang]}
    return frozenset(w for w in listed if w.isalpha() and len(w) >= 3 and w not in titles)


@cache
def date_words(lang: str) -> frozenset[str]:
    """The names of the months and days in ``lang``, wide and abbreviated, lower case and
    without a final period, from CLDR (Babel), over every region's variant of the
    language ("Jänner" is Austrian German's January). Empty for a language CLDR lacks."""
    return frozenset(
        name for width in ("wide", "abbreviated") for name in _cldr_names(lang, width, days=True)
    )


@cache
def month_abbreviations(lang: str) -> frozenset[str]:
    """The abbreviated month names of ``lang`` that are no month's full name ("janv",
    "févr", "sept", "feb", "jan"; not "mai" or "juin", which French writes whole), lower
    case and without a final period, from CLDR (Babel) over every region's variant.
    Empty for a language CLDR lacks."""
    return _cldr_names(lang, "abbreviated", days=False) - _cldr_names(lang, "wide", days=False)


@cache
def _cldr_names(lang: str, width: Literal["wide", "abbreviated"], *, days: bool) -> frozenset[str]:
    """CLDR's names of the months (and the days, with ``days``) of ``width`` in ``lang``,
    in every region's variant ("de_AT", "es_419") but not other scripts ("en_Shaw")."""
    from babel import UnknownLocaleError
    from babel.dates import get_day_names, get_month_names
    from babel.localedata import locale_identifiers

    words: set[str] = set()
    for locale in locale_identifiers():
        base, _, region = locale.partition("_")
        if base != lang or (region and not (region.isupper() or region.isdigit())):
            continue
        for context in ("format", "stand-alone"):
            try:
                names = [*get_month_names(width, context, locale).values()]
                if days:
                    names += get_day_names(width, context, locale).values()
            except UnknownLocaleError:
                continue
            words.update(name.lower().rstrip(".") for name in names)
    return frozenset(words)


@cache
def openers(lang: str) -> frozenset[str]:
    return frozenset(OPENERS.get(lang, "").split())


@cache
def labels(lang: str) -> frozenset[str]:
    """The words that label a numbered provision in ``lang`` (`LABELS`), and "§" and "¶"."""
    return frozenset(LABELS.get(lang, "").split()) | LABEL_SIGNS
