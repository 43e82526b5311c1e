"""What frames an article on a page, told by its shape in several languages: the site's
masthead, the piece's credits (source, translator, author, where it first ran), a pull quote,
what follows the story (the author's bio, a donation or subscription appeal, a newsletter
box, a press release's notes to editors), and what the site says around every piece (a
consent statement, a licence line, a forum reply's "Re:" subject).

Each rule marks lines a mask of `debris_regions.region_mask`, under the same
net (`outside_the_article`): a rule never takes the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from workbench.ingest.debris_calls import is_parting_line, is_reader_call
from workbench.ingest.debris_echo import mark_quoted_echoes
from workbench.ingest.debris_features import DATE, words
from workbench.ingest.debris_lines import (
    NAVIGATION,
    PRICE,
    STRUCTURE,
    is_appeal,
    is_name_pair,
)
from workbench.ingest.debris_regions import (
    headline_like,
    past_a_third,
    reads_as_comment,
)
from workbench.ingest.debris_reprint import is_provenance_line


def mark_credits(texts: Sequence[str], mask: list[bool]) -> None:
    """Each line of credits alone (`debris_lines.is_credit_line`, a translation's provenance
    among them, by its phrasing, `debris_provenance`, or its shape, `debris_reprint`):
    "Traduit de l'anglais par …", "Source : …, 24 novembre 2026", "Article original paru dans
    El Zadorra.", "Ce portrait a paru en anglais dans The Orkney Islander."; and an author and
    outlet beside one ("Samira Doyle, The Don Valley Gazette").
    One line is its own closing evidence."""
    credits = [is_provenance_line(t) for t in texts]
    for i, credit in enumerate(credits):
        if credit:
            mask[i] = True
            # "Nathan Coombe, North Devon Tidings" over "Traduit de l'anglais par …".
            for k in (i - 1, i + 1):
                if 0 <= k < len(texts) and not credits[k] and is_name_pair(texts[k]):
                    mask[k] = True


# Lines between two appeals that the block holds ("The Post is run by volunteers.").
APPEAL_GAP = 2
APPEAL_GAP_WORDS = 25
APPEAL_QUESTION_WORDS = 8


def mark_appeals(texts: Sequence[str], mask: list[bool]) -> None:
    """A donation or subscription appeal after the article (`debris_lines.is_appeal`) or a
    call to take part (`debris_calls.is_reader_call`): its appeal lines, the few short lines
    between two of them, and a short question or parting words that open the block ("Like
    this story?", "Before you go…": `debris_calls`). Past a third of the page's words only.
    """
    late = past_a_third(texts)
    anchors = [i for i, t in enumerate(texts) if late[i] and (is_appeal(t) or is_reader_call(t))]
    for i in anchors:
        mask[i] = True
    for a, b in pairwise(anchors):
        between = range(a + 1, b)
        if len(between) <= APPEAL_GAP and all(
            len(texts[k].split()) <= APPEAL_GAP_WORDS for k in between
        ):
            for k in between:
                mask[k] = True
    for i in anchors:
        if i > 0 and not mask[i - 1] and late[i - 1]:
            before = texts[i - 1].strip()
            opening = before.endswith("?") or is_parting_line(before)
            if opening and len(before.split()) <= APPEAL_QUESTION_WORDS:
                mask[i - 1] = True


# A box's button that signs the reader up or takes their money: "Sign me up", "Je m'abonne".
SIGNUP_BUTTON = re.compile(
    r"^\s*(?:sign (?:me )?up|subscribe(?: now)?|join(?: now| us)?|give now|donate(?: now)?"
    r"|je m['’]abonne|je m['’]inscris|s['’]inscrire|s['’]abonner|inscrivez-vous|je donne"
    r"|faire un don|suscríbete|suscribirme|darme de alta|donar|jetzt (?:anmelden|abonnieren"
    r"|spenden)|anmelden|abonnieren|iscriviti|abbonati|dona ora|inscreva-se|assine|doar)"
    r"\s*[!.→›»]?\s*$",
    re.IGNORECASE,
)
# …under a heading that names what the reader gets: "The Hearth & Hand letter"; or what a
# gift pays for: "£30 buys a mechanic's tool kit", "30 € financent la caisse à outils…".
_SIGNUP_HEADING = re.compile(
    r"\b(?:newsletter|letter|lettre|bulletin|boletín|rundbrief|notiziario|membership"
    r"|adhésion|donate|faites un don|spenden)\b|^\s*" + PRICE,
    re.IGNORECASE,
)
SIGNUP_REACH = 3
SIGNUP_HEADING_WORDS = 12
SIGNUP_LINE_WORDS = 25


def mark_signup_boxes(texts: Sequence[str], mask: list[bool]) -> None:
    """A newsletter or membership box: a heading that names it, a few short lines, and the
    button that closes it ("Sign me up"), within `SIGNUP_REACH` lines. Both ends are the
    box's evidence, wherever it stands on the page."""
    for j, text in enumerate(texts):
        if not SIGNUP_BUTTON.match(text):
            continue
        for i in range(j - 1, max(-1, j - 1 - SIGNUP_REACH), -1):
            if len(texts[i].split()) > SIGNUP_LINE_WORDS:
                break
            if len(texts[i].split()) <= SIGNUP_HEADING_WORDS and _SIGNUP_HEADING.search(texts[i]):
                mask[i : j + 1] = [True] * (j + 1 - i)
                break


# What a press release or a column puts under the story: "Notes to editors", "About the
# author", "Contact presse", "Über den Autor", "Acerca de Bodegas Rioluz".
END_MATTER_START = re.compile(
    r"^\s*(?:(?i:notes? (?:to|for) editors|editors['’]? notes?|notes? aux rédactions"
    r"|notas? (?:para|a) (?:los )?(?:editores|redactores)|hinweis(?:e)? für redaktionen"
    r"|media (?:contact|enquiries)|press (?:contact|enquiries)|contacts? presse"
    r"|contacto de prensa|pressekontakt|contatti stampa|conta(?:c)?to de imprensa"
    r"|(?:about|à propos|sobre|acerca|über|informazioni su)(?: (?:the|de l['’]|de|del|el|la"
    r"|den|die|l['’]|o|a))? ?(?:author|auteur|autrice|autor|autora|autore|autorin|writer))"
    r"|(?i:about|à propos (?:de|d['’])|acerca de|sobre|über)\s*"
    r"(?:(?i:the|la|le|l['’]|el|los|las|a|o|die|der|den|das)\s*)?"
    r"[A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:(?i:de|des|du|del|do|da|dos|of|and|et|y|und|von|la|le|los)\s+)?"
    r"[A-ZÀ-Þ&][\w'’&.-]*){0,4})"
    r"\s*:?\s*$"
)


END_MATTER_LINES = 3
END_MATTER_WORDS = 60


def mark_end_matter(texts: Sequence[str], mask: list[bool]) -> None:
    """A press release's or a column's end matter in the page's second half: its heading and
    the paragraphs under it, at most `END_MATTER_LINES`, closed by the page's end or by the
    next box's heading (a short line with no final stop: "More news"), which opens the next
    when it is end matter too ("About Halden Therapeutics", then "Media contact")."""
    heading = next(
        (i for i in range(len(texts) // 2, len(texts)) if END_MATTER_START.match(texts[i])), None
    )
    # "About X" and "Media contact" under it are two boxes: each closes the one before.
    while heading is not None:
        j = heading + 1
        while (
            j < min(len(texts), heading + 1 + END_MATTER_LINES)
            and len(texts[j].split()) <= END_MATTER_WORDS
            and not _box_heading(texts[j])
        ):
            j += 1
        if not (j == len(texts) or _box_heading(texts[j])):
            return
        mask[heading:j] = [True] * (j - heading)
        heading = j if j < len(texts) and END_MATTER_START.match(texts[j]) else None


def _box_heading(text: str) -> bool:
    stripped = text.strip()
    return 1 <= len(stripped.split()) <= 6 and not stripped.endswith((".", "!", "?", ":", ","))


# A site's main menu on one line: three items or more between "|", "·" or "•".
_MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
MENU_ITEM_WORDS = 4
MASTHEAD_NAME_WORDS = 4
MASTHEAD_WORDS = 15
HEADLINE_REACH = 8
# A main menu laid out one item a line: this many lines or more, each of one to
# `MENU_LINE_WORDS` words with no digit and no sentence's or label's punctuation.
MENU_LINES = 4
MENU_LINE_WORDS = 3
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
# How a sentence or a label ends: a menu item or a kicker ends on none of these.
_CLOSING = (".", "!", "?", ":", ";", ",")


def _main_menu(text: str) -> bool:
    items = [item.strip() for item in _MENU_SEPARATOR.split(text)]
    return len(items) >= 3 and all(1 <= len(item.split()) <= MENU_ITEM_WORDS for item in items)


def _menu_item(text: str) -> bool:
    stripped = text.strip()
    return (
        1 <= len(stripped.split()) <= MENU_LINE_WORDS
        and not any(ch.isdigit() for ch in stripped)
        and not stripped.endswith(_CLOSING)
    )


def _menu_end(texts: Sequence[str], start: int) -> int:
    """The line after the site's main menu that opens at ``start``: one line of items
    (`_main_menu`), or `MENU_LINES` short lines or more ("Actualités", "Observer",
    "Matériel", "Dossiers"); ``start`` when no menu opens there."""
    if start >= len(texts):
        return start
    if _main_menu(texts[start]):
        return start + 1
    end = start
    while end < len(texts) and _menu_item(texts[end]):
        end += 1
    return end if end - start >= MENU_LINES else start


def _named_by_copyright(name: str, texts: Sequence[str]) -> bool:
    """Whether a copyright line of the page gives ``name``, whole: "© Les Amis du Rotin et de
    l'Osier – Mentions légales" names the site "Les Amis du Rotin et de l'Osier"."""
    pattern = re.compile(r"(?<!\w)" + re.escape(" ".join(name.split())) + r"(?!\w)", re.IGNORECASE)
    return any(_COPYRIGHT.search(text) and pattern.search(" ".join(text.split())) for text in texts)


def mark_masthead(texts: Sequence[str], prose: Sequence[bool], mask: list[bool]) -> None:
    """The site's masthead at the page's top: its name (the first line, or the first under a
    "Skip to content" link) and its tagline ("Le magazine des savoir-faire textiles"), right
    above its main menu (on one line, or one item a line).

    A name is of `MASTHEAD_NAME_WORDS` words at most, unless the page's copyright line
    gives it ("Les Amis du Rotin et de l'Osier" over its menu, "© Les Amis du Rotin et de
    l'Osier" at the foot). The menu closes the masthead; and the page's own headline must
    stand below the menu, over the article's prose, so a headline is never taken for a
    tagline.
    """
    top = 1 if texts and NAVIGATION.match(texts[0]) else 0
    name, tagline = top, top + 1
    menu = _menu_end(texts, top + 2)
    if menu == top + 2 or any(prose[:menu]):
        return
    if _MENU_SEPARATOR.search(texts[name]) or (
        len(texts[name].split()) > MASTHEAD_NAME_WORDS
        and not _named_by_copyright(texts[name], texts[menu:])
    ):
        return
    line = texts[tagline].rstrip()
    if len(line.split()) > MASTHEAD_WORDS or line.endswith((".", "!", "?", ":")):
        return
    headline = any(
        headline_like(texts[k]) and not _main_menu(texts[k]) and any(prose[k + 1 : k + 4])
        for k in range(menu, min(len(texts), menu + HEADLINE_REACH))
    )
    if headline:
        mask[name : tagline + 1] = [True, True]


# A section's or series' label right over the page's title: "Stories from the field".
KICKER_LABEL_WORDS = 6
# A book's division over its title is the text's own: "Chapter 2", "Chapitre III", "Teil 1".
_DIVISION = re.compile(
    r"^\s*(?:chapter|chapitre|cap[íi]tulo|capitolo|kapitel|hoofdstuk|part|partie|parte|teil"
    r"|book|livre|libro|buch|act|acte|acto|akt|section|sección|abschnitt)\s+\S+\s*$",
    re.IGNORECASE,
)


def kicker_labels(
    texts: Sequence[str], titles: Sequence[bool], prose: Sequence[bool]
) -> list[bool]:
    """The label right above the page's title that the markup gives (its first ``<h1>``),
    before the article's prose: a section's or a series' name ("Stories from the field",
    "People of the cut", "Opinion"), a kicker. Short, with no sentence's or label's
    punctuation at its end, and not a title itself; `LABELS.md` calls it site chrome.
    """
    first = prose.index(True) if True in prose else len(texts)
    out = [False] * len(texts)
    for i in range(min(first, len(texts) - 1)):
        line = texts[i].strip()
        out[i] = (
            titles[i + 1]
            and not titles[i]
            and 1 <= len(words(line)) <= KICKER_LABEL_WORDS
            and not line.endswith(_CLOSING)
            and not STRUCTURE.match(line)
            and not _DIVISION.match(line)
        )
    return out


# The author a byline names: "Publié le 27 novembre 2026 par Joséphine", "By Nadia Brooks".
_AUTHOR = re.compile(
    r"(?:^|\s)(?i:by|par|por|von|di)\s+([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"
)
BYLINE_WORDS = 16
BIO_WORDS = 60
# "… is a science journalist", "… est apicultrice", "… es periodista", "… ist Reporterin".
_COPULA = r"\s+(?:is|was|has|est|était|a été|es|fue|ha sido|ist|war|è|era|é|foi)\b"


def _authors(texts: Sequence[str]) -> set[str]:
    """Names that the bylines of the page's first half credit: short lines that open with
    "by" or carry a date ("Publié le 27 novembre 2026 par Joséphine")."""
    names: set[str] = set()
    for text in texts[: max(1, len(texts) // 2)]:
        by = _AUTHOR.match(text) is not None or DATE.search(text) is not None
        if by and len(text.split()) <= BYLINE_WORDS:
            for match in _AUTHOR.finditer(text):
                # "By Nadia Brooks Published …": the name is one of the capitalised run's starts.
                tokens = match.group(1).split()
                names.update(" ".join(tokens[:k]) for k in range(1, len(tokens) + 1))
    return names


# What a reporter covers: "… covers fisheries", "… couvre l'agriculture", "… escribe sobre".
_BEAT = (
    r"(?:covers|reports on|writes about|writes for|couvre|écrit (?:sur|pour)|cubre"
    r"|escribe (?:sobre|para)|berichtet über|schreibt (?:über|für)|scrive (?:di|per)"
    r"|si occupa di|cobre|escreve (?:sobre|para))"
)
# A trade that signs pieces: "… is a staff reporter", "… est journaliste", "… ist Redakteurin".
_TRADE = (
    r"(?:reporter|journalist|writer|correspondent|editor|photographer|columnist|journaliste"
    r"|reporteur|reportrice|correspondant|correspondante|rédacteur|rédactrice|photographe"
    r"|chroniqueur|chroniqueuse|periodista|reportero|reportera|corresponsal|redactor|redactora"
    r"|fotógrafo|fotógrafa|columnista|journalistin|reporterin|korrespondent|korrespondentin"
    r"|redakteur|redakteurin|fotograf|fotografin|giornalista|corrispondente|fotografo|fotografa"
    r"|redattore|redattrice|jornalista|repórter|correspondente|redator|redatora|colunista)"
)
# "Ezra Pettengill covers fisheries…", "Ana Ruiz es periodista…": a full name, then the beat.
_BIO_OPENING = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s+(?:"
    + _BEAT
    + r"\b|(?:is|est|es|ist|è|é)\s+(?:[\w'’-]+\s+){0,3}?"
    + _TRADE
    + r"\b)"
)


def mark_bios(texts: Sequence[str], prose: Sequence[bool], mask: list[bool]) -> None:
    """The author's bio after the article: a short paragraph in the page's second half that
    opens with the byline's author and a copula or a beat ("Nadia Brooks is a science
    journalist…", "Joséphine est apicultrice…", "Ezra Pettengill covers fisheries…").

    With no byline to match, a full name and a reporter's beat or trade ("… covers
    fisheries", "… est journaliste", "… schreibt über") open a bio when the name's last
    word is in no other line of the article's prose: a profile names its subject again.
    """
    authors = _authors(texts)
    opening = re.compile(
        r"^\s*(?:"
        + "|".join(re.escape(a) for a in sorted(authors, key=len, reverse=True))
        + r")"
        + rf"(?:{_COPULA}|\s+{_BEAT}\b)"
    )
    for i in range(len(texts) // 2, len(texts)):
        if len(texts[i].split()) > BIO_WORDS:
            continue
        if authors and opening.match(texts[i]):
            mask[i] = True
        elif (bio := _BIO_OPENING.match(texts[i])) is not None:
            surname = bio["name"].split()[-1]
            named = re.compile(rf"\b{re.escape(surname)}\b")
            mask[i] = not any(
                prose[k] and k != i and named.search(texts[k]) for k in range(len(texts))
            )


PULL_QUOTE_WORDS = (4, 25)
PULL_QUOTE_REACH = 3
PULL_QUOTE_SOURCE = 1.5


# A quotation inside a paragraph: «…», “…”, "…", „…“.
_QUOTATION = re.compile(r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"|„([^“”]+)[“”]")


def mark_pull_quotes(texts: Sequence[str], mask: list[bool]) -> None:
    """A pull quote: a short line set apart that a paragraph within `PULL_QUOTE_REACH` lines
    already says. Either a sentence whose every word a longer paragraph around it says ("The
    miller keeps the tide table." beside "… She keeps the tide table."), or the words of a
    quotation the line just before holds, without its quotation marks ("A tree that falls
    tells you something about itself" under "\"A tree that falls tells you something about
    itself," he said."). The paragraph is the article's; its echo is layout. A heading that
    repeats words of a breadcrumb or of a paragraph outside quotation marks is no pull quote.
    And a quotation alone whose words a longer line before it says (`debris_echo`).
    """
    bags = [[w.casefold() for w in words(t)] for t in texts]
    low, high = PULL_QUOTE_WORDS
    for i, text in enumerate(texts):
        if not low <= len(bags[i]) <= high:
            continue
        reach = range(max(0, i - PULL_QUOTE_REACH), min(len(texts), i + PULL_QUOTE_REACH + 1))
        # A question set apart is the article's subheading, whatever words the paragraph
        # before it shares ("Kto może skorzystać z ulgi?" under a paragraph on who may):
        # a pull quote quotes a statement.
        echoed = (
            reads_as_comment(text)
            and not _asks(text)
            and any(
                k != i
                and len(bags[k]) >= PULL_QUOTE_SOURCE * len(bags[i])
                and set(bags[i]) <= set(bags[k])
                for k in reach
            )
        )
        if echoed or (i > 0 and _repeats_a_quotation(texts[i - 1], bags[i])):
            mask[i] = True
    # A quotation alone that an earlier line says (`debris_echo`).
    mark_quoted_echoes(texts, mask)


def _asks(text: str) -> bool:
    """Whether the line is a question (its last mark a question mark)."""
    return text.rstrip(" \t\"'»”’)").endswith(("?", "？"))


def _repeats_a_quotation(paragraph: str, said: Sequence[str]) -> bool:
    """Whether the words ``said`` (casefolded) run on in a quotation that ``paragraph`` holds."""
    for quotation in _QUOTATION.finditer(paragraph):
        quoted = next(group for group in quotation.groups() if group)
        if _says_in_order([w.casefold() for w in words(quoted)], said):
            return True
    return False


def _says_in_order(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether ``shorter`` is a run of consecutive words of ``longer``."""
    n = len(shorter)
    return any(list(longer[j : j + n]) == list(shorter) for j in range(len(longer) - n + 1))


# A consent banner's statement: "We and our 94 partners store and access information on your
# device", "Avec votre accord, nos 163 partenaires et nous utilisons des cookies".
_CONSENT_PARTNERS = re.compile(
    r"^\s*(?:(?:avec votre accord|with your (?:consent|permission)|con tu (?:consentimiento"
    r"|permiso)|mit ihrer (?:einwilligung|zustimmung)|con il tuo consenso|com o seu"
    r" consentimento)\s*,\s*)?(?:we and our|nous et nos|avec nos|with our|nos|nosotros y"
    r" nuestros|con nuestros|wir und unsere|mit unseren|noi e i nostri|con i nostri|nós e os"
    r" nossos|com os nossos)\s+(?:\d+\s+)?(?:partners|partenaires|socios|partner|parceiros"
    r"|vendors|fournisseurs|proveedores)\b",
    re.IGNORECASE,
)
_CONSENT_DEVICE = re.compile(
    r"\b(?:store|stocker|accéder|access|cookies?|traceurs|almacenar|acceder|speichern"
    r"|zugreifen|archiviare|accedere|armazenar|aceder|device|appareil|dispositivo|gerät)\b",
    re.IGNORECASE,
)
CONSENT_WORDS = 80
# A cookie notice that speaks of the site itself or to its reader: "By continuing to use this
# site you agree to our use of cookies.", "Ce site utilise des cookies", "Al seguir navegando
# aceptas el uso de cookies", "Vi använder kakor…", "Käytämme evästeitä…". A sentence of an
# article about cookies names neither. The word for a browser's cookie, in the languages of
# the labelled pages (several are also a biscuit's name: the site or the reader must be named
# too): sv kakor, ca galetes, fi eväste, hu süti, sl piškotek, hr kolačić, tr çerez, lt slapukas,
# lv sīkdatne, et küpsis, pl ciasteczko, nb informasjonskapsel; the rest say "cookie"
# (ro cookie-uri, eu cookieak).
_COOKIE = re.compile(
    r"\b(?:cookie\w*|traceurs|kakor|galetes|eväste\w*|süti\w*|piškot\w*|kolačić\w*|çerez\w*"
    r"|slapuk\w*|sīkdatn\w*|küpsis\w*|ciasteczk\w*|informasjonskaps\w*)",
    re.IGNORECASE,
)
_SITE_OR_READER = re.compile(
    r"\b(?:(?:this|our)\s+(?:web\s?)?site|ce site|notre site|cette page|este sitio|nuestro"
    r" sitio|esta (?:web|página)|nuestra web|diese (?:web)?seite|unsere (?:web)?seite|diese"
    r" website|questo sito|il nostro sito|este site|o nosso site|you agree|you accept|you"
    r" consent|vous acceptez|vous consentez|aceptas|acepta usted|consientes|stimmen sie"
    r"|akzeptieren sie|accetti|acconsenti|aceita|concorda"
    # the site and the reader's consent: sv, da, nb, fi, ro, hu, sl, hr, tr, lt, lv, et, ca,
    # eu, pl, cs, sk
    r"|webbplats\w*|godkänner|hjemmesiden|websitet|accepterer|nettsted\w*|godtar|sivusto\w*"
    r"|hyväksy\w*|acest site|site-ul|navigării|acordul|weboldal\w*|elfogad\w*"
    r"|spletn\w* stran\w*|strinjate|stranica|prihvaćate|siteyi|sitede|kabul|svetainė\w*"
    r"|sutinkate|vietne\w*|piekrītat|veebileh\w*|nõustu\w*|aquest web|aquesta web|navegant"
    r"|navegació|accept(?:eu|es|ar)|nabigazio\w*|nabigatzen|onartzen|ta strona|zgadzasz"
    r"|akceptujesz|tento web|stránk\w*|souhlasíte|súhlasíte|návštevnos\w*)",
    re.IGNORECASE,
)
# The site saying what it does with them, "we use", in the languages of `_COOKIE`: a
# banner's sentence of `USE_NOTICE_WORDS` words or more ("Vi använder kakor för att förbättra
# din upplevelse…"), not a cookie policy's heading ("Which cookies we use", "Les cookies que
# nous utilisons": held-out 23, notices 23).
_SITE_USES = re.compile(
    r"\b(?:we use|nous utilisons|utilizamos|usamos|wir verwenden|wir nutzen|utilizziamo|usiamo"
    r"|w(?:ij|e) gebruiken|vi använder|vi bruger|vi bruker|käytämme|folosim|utilizăm|használ"
    r"|uporablja|koristi\w*|kullan\w*|naudoja\w*|izmanto\w*|kasuta\w*|utilitz\w*"
    r"|erabiltzen|używa\w*|wykorzystuje\w*|používá\w*|používa\w*)",
    re.IGNORECASE,
)
USE_NOTICE_WORDS = 6
# A licence or republishing line the site puts under its pieces: "Republish this story for
# free under a Creative Commons license.", "Article original publié sous licence Creative
# Commons par …", "Traductions sous licence CC BY-NC".
_REPUBLISH = re.compile(
    r"^\s*(?:republish this|republiez cet|republier cet|republica (?:esta|este)|diesen artikel"
    r" (?:kostenlos )?(?:wieder)?veröffentlichen|ripubblica questo|republique (?:esta|este))"
    r"|^\s*(?:(?:this|the|cet|l['’]|este|el|dieser|der|questo|o|a)\s+)?(?:original\s+)?"
    r"(?:article|story|piece|text|texte|traductions?|translations?|artículo|texto|artikel"
    r"|articolo|testo|artigo|contenu|content|contenido|inhalt)(?:\s+original[e]?)?\b[^.!?]{0,60}?"
    r"\b(?:licen[cs]e|licencia|lizenz|licenza|licença)\w*\s+(?:creative commons|cc\b)",
    re.IGNORECASE,
)
LICENCE_WORDS = 25
# Who the site is in law, by its register's number: "… registered charity no. 1177402",
# "Company no. 12345678", "Inscrita en el Registro de Fundaciones con el n.º 1.482",
# "SIRET 123 456 789 00012", "Amtsgericht Freiburg HRB 1234". An article names a charity,
# not its number.
_REGISTRATION = re.compile(
    r"\b(?:charity|company|registration|society|reg)\b[^.!?|·]{0,40}?(?:\bno|\bnumber|n\.?\s?[°º])"
    r"\.?\s*:?\s*\d[\d ]{4,}"
    r"|\bregist(?:ro|er) (?:de |of )?(?:fundaciones|asociaciones|charities|companies)\b"
    r"[^.!?]{0,30}?(?:\bno|\bnumber|n\.?\s?[°º])\.?\s*\d"
    r"|\b(?:siret|siren)\s*:?\s*\d{3}\s?\d{3}\s?\d{3}|\b(?:cif|nif)\s*:?\s*[A-Z]-?\d{7,8}\b"
    r"|\b(?:hrb|hra|vr)\s\d{3,}\b",
    re.IGNORECASE,
)
REGISTRATION_WORDS = 40
# A blogging platform's line under every post: "Blog at WordPress.com.", "Proudly powered by
# WordPress", "Propulsé par Ghost"; WordPress.com's like button: "Like this:", "J'aime
# chargement…".
_PLATFORM = re.compile(
    r"^\s*(?:(?:proudly|fièrement|orgullosamente|stolz)\s+)?(?:powered by|blog at|propulsé par"
    r"|un blog|hébergé (?:par|chez|sur)|funciona con|creado con|hecho con|con la tecnología de"
    r"|betrieben mit|bereitgestellt von|erstellt mit|realizzato con|creato con|desenvolvido com"
    r"|site (?:created|built|made) with|built with|made with)\s+(?:wordpress|blogger|blogspot"
    r"|ghost|squarespace|wix|substack|tumblr|drupal|joomla|jekyll|hugo|weebly|jimdo"
    r"|over-?blog|canalblog)(?:\.com)?\b[^.!?]{0,40}\.?\s*$"
    r"|^\s*(?:like this|j['’]aime ceci|me gusta esto|gefällt mir|mi piace questo|curtir isto)"
    r"\s*:\s*$"
    r"|^\s*(?:like|j['’]aime|me gusta|gefällt mir|mi piace|curtir)\s+(?:loading|chargement"
    r"|cargando|wird geladen|lade|caricamento|carregando)\s*(?:…|\.\.\.)?\s*$",
    re.IGNORECASE,
)
# A newsletter's first line: "View this post on the web", "Voir la version en ligne".
_IN_BROWSER = re.compile(
    r"^\s*(?:(?:view|read|open|see)\s+(?:this\s+(?:post|email|e-mail|newsletter|issue"
    r"|message)\s+)?(?:online|on the web|in (?:your |a |the )?(?:web )?browser)"
    r"|(?:voir|lire|afficher|consulter|ouvrir)\s+(?:(?:ce|cet|cette)\s+(?:e-mail|email|courriel"
    r"|message|lettre|newsletter|numéro)\s+|la version\s+)?(?:en ligne|web|dans (?:votre|le|un)"
    r" navigateur|sur le web)"
    r"|(?:ver|leer|abrir)\s+(?:(?:este|esta)\s+(?:correo|email|mensaje|boletín|newsletter)\s+"
    r"|la versión\s+)?(?:en línea|online|web|en (?:el|tu|su) navegador|en la web)"
    r"|(?:diese (?:e-mail|nachricht|ausgabe|newsletter) )?(?:im browser|online) (?:anzeigen"
    r"|ansehen|lesen|öffnen))\s*[.!→›»]?\s*$",
    re.IGNORECASE,
)


def amid_prose(prose: Sequence[bool]) -> list[bool]:
    """For each line, whether it is a line of ``prose`` with prose before and after it. Only a
    page whose subject is consent (`debris_features.page_topic`) reads a cookie notice's
    words as prose."""
    if not any(prose):
        return [False] * len(prose)
    first, last = prose.index(True), len(prose) - 1 - list(prose)[::-1].index(True)
    return [p and first < i < last for i, p in enumerate(prose)]


# A forum reply's subject: "Re: Seed potatoes in clay soil?", "AW: …", "SV: …".
_REPLY_SUBJECT = re.compile(r"^\s*(?:Re|RE|AW|Aw|SV|Sv|Odp|VS|Vs)\s*:\s*\S")
REPLY_SUBJECT_WORDS = 15


def mark_site_statements(
    texts: Sequence[str], mask: list[bool], prose: Sequence[bool] | None = None
) -> None:
    """Lines the site says around every piece, each its own evidence: a consent banner's
    statement on partners and devices, a cookie notice that names the site or its reader
    (not a sentence of ``prose`` amid the article's: a cookie policy's "Sur notre site, nous
    déposons des cookies…"), a licence or republishing line, the site's register number, a
    blogging platform's line or like button, a newsletter's "view in your browser" link, and
    past a third of the page's words a forum reply's "Re:" subject."""
    late = past_a_third(texts)
    amid = amid_prose(prose or [False] * len(texts))
    for i, text in enumerate(texts):
        size = len(text.split())
        mask[i] = (
            (
                size <= CONSENT_WORDS
                and _CONSENT_PARTNERS.match(text) is not None
                and _CONSENT_DEVICE.search(text) is not None
            )
            or (
                size <= CONSENT_WORDS
                and _COOKIE.search(text) is not None
                and (
                    _SITE_OR_READER.search(text) is not None
                    or (size >= USE_NOTICE_WORDS and _SITE_USES.search(text) is not None)
                )
                and not amid[i]
            )
            or (size <= LICENCE_WORDS and _REPUBLISH.match(text) is not None)
            or (size <= REGISTRATION_WORDS and _REGISTRATION.search(text) is not None)
            or _PLATFORM.match(text) is not None
            or _IN_BROWSER.match(text) is not None
            or (late[i] and size <= REPLY_SUBJECT_WORDS and _REPLY_SUBJECT.match(text) is not None)
        )
