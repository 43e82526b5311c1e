"""A site's notices, debris on any site and in any language, and a fact-check's verdict, which
is the article's however short it is.

Each rule reads one line and holds for every labelled page (`bench/data/pages`: no body,
heading or caption line matches a debris rule), from words of four languages or more: an
advertising label ("— ANNONCE —", "Reklama"), a media-enquiries line, a paywall's teaser ("Il
vous reste 68 % de cet article à lire."), a byline under its label ("Piše: Milica
Jovanović"), a funder's or a donation's line, a review's rating ("Nota: 4/5"), and the
notices a site puts around any article (`is_site_notice`: a disclaimer, an affiliate
disclosure, a player's "listen" link, a wiki's footer, a call to action ending on a phone
number), a newsletter platform's call (`debris_newsletter`). `debris.line_evidence` forces
them all (`is_notice`), a byline's name beside its role too (`byline_roles`), and keeps the
verdict (issue 13, sessions 19, 20 and 22).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.ingest.debris_calls import is_comment_call
from workbench.ingest.debris_lines import PRICE
from workbench.ingest.debris_newsletter import is_platform_call

# An advertising slot's label alone, between dashes or brackets at most: fr, en, es, de, it,
# pt, nl, the Nordic, Slavic, Baltic and other languages of the labelled pages.
_AD_LABEL = re.compile(
    r"^\W*(?:annonces?|publicit[ée]|advertisements?|advert|ad|ads|sponsored|sponsoris[ée]e?"
    r"|contenu sponsoris[ée]|sponsored content|publicidad|anuncio|patrocinado|contenido"
    r" patrocinado|anzeige|werbung|gesponsert|pubblicit[àa]|sponsorizzato|publicidade"
    r"|advertentie|gesponsord|reklame|annons|mainos|reklama|reklaam|reklāma|reklam|reklamë"
    r"|publicitate|reclamă"
    r"|hirdetés|oglas|publicitat|iragarkia|hysbyseb|fógra|advertensie|iklan|tangazo"
    r"|quảng cáo|patalastas|διαφήμιση|реклама|оглас)\W*$",
    re.IGNORECASE,
)


def is_ad_label(text: str) -> bool:
    """An advertising slot's label alone: "Publicité", "— ANNONCE —", "Reklama",
    "- Publicidade -", "Anzeige". The word inside a sentence is the article's ("Le préfet
    annonce que…", "D'Gemeng huet d'Annonce schonn ausgeschriwwen.")."""
    return _AD_LABEL.match(text) is not None


# An advert's copy: a call to book, register or buy ("Réservez sur plongee-portcros.fr",
# "Book your stand now", "Reserve su stand", "Billetterie en ligne") or a bare web address.
_AD_CALL = re.compile(
    r"\b(?:réservez|réserver|book (?:now|your|online|a|tickets)|register now|inscrivez-vous"
    r"|reserve su|reserva (?:ya|tu|su)|billetterie|entradas (?:ya|online|a la venta)"
    r"|jetzt (?:buchen|anmelden)|buchen sie|prenota(?:te)? ora|reserve já|compre já)\b"
    # a discount, or a promotion code ("-15 % … avec le code CHEVAL15": blind33-farrier)
    r"|(?<![\w-])[-–]\s?\d{1,2}\s?%|\b(?:code(?: promo)?|promo code|coupon|código|codice"
    r"|gutscheincode|rabattcode)\s*:?\s*[A-Z][A-Z0-9]*\d[A-Z0-9]*\b"
    r"|(?<![@\w.])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|es|de|it|pt"
    r"|uk|eu|info|be|ch|ca|io|co|cat|nl|at)\b(?!\.\w)",
    re.IGNORECASE,
)
AD_COPY_WORDS = 30


def advert_copy(texts: Sequence[str]) -> list[bool]:
    """For each line, whether it is an advert's copy: right under an advertising label
    (`is_ad_label`), `AD_COPY_WORDS` words at most, with a call to book, register or buy, a
    discount or a promotion code, or a web address ("Publicité" over "Stage Niveau 2 à
    Port-Cros : encore 3 places en juin ! Réservez sur plongee-portcros.fr"). The article's
    paragraph that often comes next has neither: on the labelled pages 286 body, heading and
    caption lines follow a label, none of them so, and 9 advert lines do."""
    return [
        i > 0
        and is_ad_label(texts[i - 1])
        and len(text.split()) <= AD_COPY_WORDS
        and _AD_CALL.search(text) is not None
        for i, text in enumerate(texts)
    ]


# A press office's contact: "Media enquiries: press office, +44 …", "Contact presse : …",
# "Contacto de prensa", "Pressekontakt", "Ufficio stampa", "Assessoria de imprensa".
_MEDIA = re.compile(
    r"^\W*(?:(?:for )?media (?:enquiries|inquiries|contacts?|relations)|press (?:contacts?"
    r"|enquiries|inquiries|office)|(?:contacts?|relations?|service) (?:de )?presse"
    r"|contacto(?:s)? (?:de prensa|para medios|con (?:los )?medios)|gabinete de prensa"
    r"|pressekontakt|pressestelle|kontakt für (?:die )?medien|contatt[oi] (?:per la )?stampa"
    r"|ufficio stampa|(?:contacto|assessoria) de imprensa|perscontact|persvoorlichting"
    r"|kontakt dla (?:mediów|prasy)|kontakt pro (?:média|novináře))\b",
    re.IGNORECASE,
)
MEDIA_WORDS = 30


def is_media_contact(text: str) -> bool:
    """A press office's contact line: "Media enquiries: press office, +44 1326 000 000",
    "Contact presse : service communication – presse@…", "Contacto de prensa". Who to call
    about the page, not what it says; `MEDIA_WORDS` words at most."""
    return len(text.split()) <= MEDIA_WORDS and _MEDIA.match(text) is not None


# A paywall's teaser: how much of the article is left, to whom it is reserved, the offer.
_PAYWALL = re.compile(
    r"^\W*(?:il vous reste \d+\s?%|you have \d+\s?% (?:of this article )?left"
    r"|(?:te|le) queda(?:n)? (?:el |un )?\d+\s?%|(?:sie haben|dir bleiben|es bleiben) (?:noch )?"
    r"\d+\s?%|ti resta (?:(?:ancora )?(?:il|un) )?\d+\s?%|faltam \d+\s?%"
    r"|(?:cet |this |este |dieser |questo |este )?(?:article|contenu|content|artículo|contenido"
    r"|artikel|inhalt|articolo|contenuto|artigo|conteúdo)\s+(?:est |is |es |ist |è |é )?"
    r"(?:réservée? (?:aux|à nos) abonnés|(?:reserved )?for (?:paying )?subscribers(?: only)?"
    r"|(?:exclusivo|reservado) (?:para|a) (?:suscriptores|abonados|assinantes)"
    r"|nur für abonnent(?:en|innen)|riservat[oa] agli abbonati"
    r"|exclusiv[oa] para assinantes))",
    re.IGNORECASE,
)
# "Offre découverte : 1 € le premier mois", "£1 for your first month", "1 € el primer mes".
_FIRST_MONTH = re.compile(
    PRICE + r"\s*(?:(?:le|pour le|for (?:the|your)|el|por el|den|im|für den|il|per il|o|no"
    r"|pelo)\s+)?(?:premier mois|first month|primer mes|ersten monat|primo mese|primeiro mês)",
    re.IGNORECASE,
)
PAYWALL_WORDS = 25


def is_paywall_teaser(text: str) -> bool:
    """A paywall's line: "Il vous reste 68 % de cet article à lire.", "Article réservé aux
    abonnés", "Este contenido es exclusivo para suscriptores", "Offre découverte : 1 € le
    premier mois". A line of `PAYWALL_WORDS` words at most."""
    if len(text.split()) > PAYWALL_WORDS:
        return False
    return _PAYWALL.match(text) is not None or _FIRST_MONTH.search(text) is not None


# A byline under its label: "Piše: Milica Jovanović", "Autor: Ivana Horvat", "Door Sanne de
# Vries", "Av Erik Niemi", "Written by Owen Castellan", "Auteur : Anne Roux, correspondante".
_BYLINE_LABEL = (
    r"(?:(?i:piše|pisze|napisao|napisala|autor|autorka|autora|author|auteur|autrice|autore"
    r"|verfasser(?:in)?|tekst|texte|texto|testo|text)\s*:|(?i:written by|écrit par|escrito por"
    r"|geschrieben von|scritto da|reportage de|reporting by)|Door|Av|Af|Von)"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞČĆŠŽĐŁŚŹŻ][\w'’.-]*"
_PARTICLE = r"(?:de|del|della|di|da|do|dos|du|des|la|le|van|von|der|den|ter|y|e)"
_BYLINE = re.compile(
    r"^\s*"
    + _BYLINE_LABEL
    + r"\s*"
    + _NAME_WORD
    + r"(?:\s+(?:"
    + _PARTICLE
    + r"\s+)?"
    + _NAME_WORD
    + r"){0,3}(?:\s*,\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3})?\s*$"
)


def is_labelled_byline(text: str) -> bool:
    """A byline under a label of its language, a name, maybe a role: "Piše: Milica
    Jovanović", "Autor: Agnieszka Wróbel", "Door Marieke Brinkhuis", "Af Mette Kjærgaard",
    "Written by Owen Pritchard-Hale". A sentence that opens on such a word ("Door de regen
    …", "Text is available under …") holds lower-case words, or ends on a full stop."""
    return _BYLINE.match(text) is not None


# Who paid for the project or the episode: "Ce programme est cofinancé par …", "Proyecto
# cofinanciado por …", "This episode is supported by …", "Avec le soutien de …".
_FUNDED_WHAT = (
    r"(?:programme|program|programa|programm|programma|project|projet|proyecto|projekt"
    r"|progetto|projeto|episode|épisode|episodio|folge|mission|misión|work|response"
    r"|exhibition|exposition|exposición|ausstellung|mostra|exposição|study|étude|estudio"
    r"|studie|studio|estudo|campaign|campagne|campaña|kampagne|campagna|campanha|podcast"
    r"|festival|spectacle|show|edition|édition|edición|ausgabe|edizione|edição)"
)
_FUNDED = re.compile(
    r"^\W*(?:(?:this|ce|cet|cette|este|esta|dieses|diese|dieser|questo|questa|deze|dit)\s+)?"
    + _FUNDED_WHAT
    + r"\s+(?:(?:is|was|has been|est|a été|es|fue|ha sido|ist|wird|wurde|è|é|foi|wordt|werd)"
    r"\s+)?(?:(?:co-?)?(?:funded|financed|financée?s?|financiad[oa]s?|finanziert|finanziat[oa]"
    r"|financiad[oa]|gefinancierd)|(?:supported|sponsored|soutenue?s?|apoyad[oa]s?|unterstützt"
    r"|gefördert|sostenut[oa]|apoiad[oa]s?|patrocinad[oa]s?)|cuenta con el apoyo|bénéficie du"
    r" soutien|(?:is )?made possible)\b"
    r"|^\W*(?:(?:co-?)?(?:funded|financed|financée?s?|cofinancée?s?|financiad[oa]|cofinanciad[oa]"
    r"|gefördert|finanziert|cofinanziat[oa]|finanziat[oa]|gefinancierd|supported|soutenu)"
    r"\s+(?:by|par|por|von|durch|da|dal|dalla|pel[oa]|door)|avec le soutien (?:de|du|des)"
    r"|with (?:the )?(?:kind )?support (?:of|from)|con el (?:apoyo|patrocinio) de"
    r"|mit (?:freundlicher )?unterstützung (?:von|der|des)|con il (?:sostegno|contributo) d"
    r"|com o apoio d|met steun van|financement|financiación|financiamento|finanzierung"
    r"|funding|förderung)\s*:?\s",
    re.IGNORECASE,
)
FUNDER_WORDS = 30


def is_funder_line(text: str) -> bool:
    """Who pays for the project, the episode, the study: "Ce programme est cofinancé par la
    Fondation …", "Proyecto cofinanciado por la Diputación …", "This episode is supported by
    …", "Avec le soutien de la DRAC …". The line opens on it: an article's "The study, funded
    by a local trust, is published …" or "Le chantier est financé par l'État" names its own
    subject first."""
    return len(text.split()) <= FUNDER_WORDS and _FUNDED.match(text) is not None


# What a donation does or costs the giver: "Un don de 30 € permet de servir 120 repas.",
# "Con 15 euros al mes ayudas a una familia …", "Votre don est déductible à 75 %".
_DONATION = re.compile(
    r"^\W*(?:(?:un don|a (?:gift|donation)|una donación|un donativo|eine spende|una donazione"
    r"|um donativo|uma doação|een gift|een donatie) (?:de|of|von|di|van)\s+"
    + PRICE
    + r"|(?:avec|with|con|mit|com|met|pour|for|por|per)\s+"
    + PRICE
    + r"(?:\s+(?:par|a|per|al|pro|im|por|each|every|chaque|cada)\s+\w+)?\s*,?\s+"
    r"(?:vous|you|usted|tú|ayudas|ayuda|sie|du|lei|tu|você|u|je)\b"
    r"|(?:votre|your|tu|su|ihre|deine|la tua|il tuo|o seu|a sua|uw|je) (?:don|gift|donation"
    r"|donativo|donación|spende|donazione|doação|gift|donatie)\s+(?:est|is|es|ist|è|é)\s+"
    r"(?:\w+\s+)?(?:déductible|tax[- ]deductible|deducible|desgrava|steuerlich absetzbar"
    r"|deducibile|dedutível|aftrekbaar))",
    re.IGNORECASE,
)
DONATION_WORDS = 35


def is_donation_line(text: str) -> bool:
    """A donation box's line: "Un don de 30 € permet de servir 120 repas.", "With £10 you
    can …", "Con 15 euros al mes ayudas a una familia …", "Your gift is tax-deductible."
    A price the reader gives, opening the line, and the reader it speaks to."""
    return len(text.split()) <= DONATION_WORDS and _DONATION.match(text) is not None


# A review's rating widget: "Rating: 4/5", "Nota: 4/5", "Unsere Wertung: 4,5 von 5". Rating
# widgets are debris (LABELS.md); a fact-check's verdict is words, not a score (`is_verdict`).
_RATING = re.compile(
    r"^\W*(?:(?:our|notre|nuestra|unsere|la nostra|a nossa|my|ma|mi|meine) )?(?:rating|note"
    r"|nota|bewertung|wertung|valutazione|voto|calificación|puntuación|valoración|avaliação"
    r"|classificação|score|cote|verdict)\s*:\s*\d+(?:[.,]\d+)?\s*(?:/\s*\d+|(?:out of|sur|de"
    r"|von|su|em|op) \d+)",
    re.IGNORECASE,
)
RATING_WORDS = 12


def is_rating(text: str) -> bool:
    """A review's score under its label: "Rating: 4/5", "Nota: 4/5", "Our rating: 3.5/5",
    "Valoración: 4,8 de 5 (126 votos)", "Unsere Wertung: 4,5 von 5". `RATING_WORDS` at most."""
    return len(text.split()) <= RATING_WORDS and _RATING.match(text) is not None


# A site's notices around any article, whatever the site is about, from words of five
# languages (en, fr, es, de, it; session 19, held-out 20): a disclaimer ("ne constitue pas une
# consultation juridique", "This article is for general information only"), an affiliate-link
# disclosure ("This post may contain affiliate links"), a player's "listen" link ("▶ Écouter
# sur Apple Podcasts · Spotify"), a wiki's footer ("This page was last edited on …"), a call
# to action with a phone number ("Call our sales team on 01566 000 000") or a phone number
# alone.
# "… for (general) information (purposes) only", "… does not constitute legal advice".
_NOT_ADVICE = re.compile(
    r"(?i)\b(?:"
    r"for (?:general )?information(?:al)? (?:purposes )?only|is for general information"
    r"|(?:does not|doesn't) constitute (?:legal |financial |tax |medical )?advice"
    r"|is not (?:a substitute for )?(?:legal|financial|tax|medical|professional) advice"
    r"|à titre (?:purement )?(?:d['’]information|informatif)"
    r"|ne constitue pas (?:un |une )?(?:conseil|consultation|avis)"
    r"|(?:tiene )?carácter (?:meramente |exclusivamente )?informativo"
    r"|no (?:sustituye|constituye|reemplaza) (?:el |un |una )?(?:asesoramiento|consejo|consulta)"
    r"|stellt keine (?:\w+)?beratung dar|dient (?:nur|lediglich|ausschließlich) der "
    r"(?:allgemeinen )?information"
    r"|(?:a|ha) (?:solo |puro )?(?:scopo|carattere) informativo"
    r"|non costituisce (?:una )?(?:consulenza|parere)"
    r")"
)
# "This post may contain affiliate links", "Cet article contient des liens affiliés".
_AFFILIATE = re.compile(
    r"(?i)\b(?:affiliate links?|liens? (?:d['’])?affili(?:és?|ation)|enlaces? de afiliad[oa]s?"
    r"|enlaces? afiliados|affiliate-links?|provisions-links?|link (?:di )?affiliazione"
    r"|link affiliati)\b"
)
# A player's link: a listen verb at the line's start, then a live stream or a platform.
_LISTEN = re.compile(
    r"(?i)^\W*(?:listen|écoute[rz]?|escucha[r]?|escúchalo|jetzt anhören|anhören|hören sie"
    r"|ascolta(?:re)?)\b.{0,80}?\b(?:live|direct|directo|diretta|podcasts?|spotify|deezer"
    r"|apple|rss|itunes|stream)\b"
)
LISTEN_WORDS = 14
# The credit line of Vimeo's embed code under its player: "<p><a>Title</a> from <a>Author</a>
# on <a>Vimeo</a>.</p>" (the player's iframe is never read: `markup._DROP`).
_VIMEO_CREDIT = re.compile(r"(?i)^.+\sfrom\s.+\son Vimeo\.?\s*$")
VIMEO_CREDIT_WORDS = 30
# A wiki's footer: when the page was last edited, the licence of its content.
_WIKI_FOOTER = re.compile(
    r"(?i)\b(?:this page was last (?:edited|modified) on|page was last edited"
    r"|dernière modification de cette page|cette page a été modifiée pour la dernière fois"
    r"|esta página (?:se editó|fue editada) por última vez|última edición de esta página"
    r"|diese seite wurde zuletzt (?:am )?|questa pagina è stata modificata per l['’]ultima volta"
    r"|(?:content|contenu|contenido|inhalt|contenuto)\b.{0,30}\b(?:available under|disponible "
    r"sous|disponible bajo|verfügbar unter|disponibile (?:sotto|secondo))\b.{0,30}"
    r"\b(?:cc[- ]by|creative commons))"
)
# A phone number: eight digits or more in three groups or more ("05 49 00 00 00",
# "0113 000 0000", "+34 912 345 678"; not a span of years, "1985-1986").
PHONE = r"\+?\(?\d{2,5}\)?(?:[\s.-]\d{2,4}){2,5}"
_PHONE_ALONE = re.compile(rf"(?i)^\s*(?:tel\.?|tél\.?|phone|teléfono|telefon)?\s*:?\s*{PHONE}\s*$")
# A call to action that ends on a number: a verb to call or book, then the number, and no
# full stop after it (a sentence that gives a number, "… or call 01632 960 418.", is content).
_CALL = re.compile(
    rf"(?i)^\W*(?:call|phone|ring|book|contact|appelez|téléphonez|contactez|llame|llámenos"
    rf"|llámanos|contacte|rufen sie|kontaktieren sie|chiama(?:teci)?|contatta(?:teci)?)\b"
    rf".*{PHONE}\s*$"
)


def _phone_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def is_site_notice(text: str) -> bool:
    """Whether ``text`` is one of the notices a site puts around any article, whatever the
    site is about: an "information only, not advice" disclaimer, an affiliate-link
    disclosure, a player's "listen" link or Vimeo's credit line, a wiki's footer, a call to
    action ending on a phone number or a phone number alone."""
    if _NOT_ADVICE.search(text) or _AFFILIATE.search(text) or _WIKI_FOOTER.search(text):
        return True
    if _LISTEN.search(text) and len(text.split()) <= LISTEN_WORDS:
        return True
    if _VIMEO_CREDIT.match(text) and len(text.split()) <= VIMEO_CREDIT_WORDS:
        return True
    return bool(_PHONE_ALONE.match(text) or _CALL.search(text)) and _phone_digits(text) >= 8


# The site asking whether the reader liked the piece they just read: "Enjoying this story?",
# "Cet article vous a plu ?", "¿Te ha gustado este artículo?", "Hat Ihnen dieser Artikel
# gefallen?", "Ti è piaciuta questa ricetta?", "Gostou deste artigo?", "Vond je dit artikel
# leuk?". The piece by a noun of pieces (a page's, a letter's, a recipe's): an article asks
# the reader nothing about itself. The question opens the line; what follows it (a button, a
# call to subscribe or share) is the box's. Whether it helped is `is_feedback_widget`'s.
_PIECES = """story article post piece recipe read newsletter episode guide page answer
    information info video podcast content issue letter tale interview report feature column
    billet histoire conte numéro lettre recette réponse épisode vidéo contenu reportage
    portrait chronique entretien dossier infolettre artículo historia receta respuesta
    información página entrada episodio contenido reportaje crónica entrevista boletín
    artikel beitrag rezept seite antwort folge geschichte articolo storia ricetta risposta
    informazione pagina contenuto intervista artigo história receita resposta informação
    episódio conteúdo verhaal recept antwoord informatie aflevering"""
_DEMONSTRATIVES = """this the our cet cette ce notre la le este esta nuestro nuestra el dieser
    diese dieses der die das unser unsere questo questa il lo deste desta desse dessa do da dit
    deze het"""


def _alternation(words: str) -> str:
    """A regex alternation of the words of ``words``, the longest first."""
    return "(?:" + "|".join(sorted(set(words.split()), key=len, reverse=True)) + ")"


_PIECE = _alternation(_PIECES)
_DEM = rf"(?:quest['’]|l['’]|{_alternation(_DEMONSTRATIVES)}\s+)"
_LIKED = re.compile(
    r"(?i)^\W*(?:"
    rf"(?:did you |have you )?(?:enjoy(?:ed|ing)?|lik(?:e|ed|ing)|lov(?:e|ed|ing)) {_DEM}{_PIECE}"
    rf"|(?:vous avez|tu as) (?:aimé|apprécié) {_DEM}{_PIECE}"
    rf"|(?:vous aimez|tu aimes) {_DEM}{_PIECE}"
    rf"|{_DEM}{_PIECE} (?:vous|t['’]) ?a(?:-t-il|-t-elle)? plu"
    rf"|{_DEM}{_PIECE} (?:a-t-il|a-t-elle) plu"
    rf"|(?:te|le|os|les) (?:gust[óo]|ha gustado|han gustado) {_DEM}{_PIECE}"
    rf"|(?:hat|haben) (?:ihnen|dir|euch) {_DEM}{_PIECE} gefallen"
    rf"|ti (?:è|e['’]) piaciut[oa] {_DEM}{_PIECE}"
    rf"|{_DEM}{_PIECE} ti (?:è|e['’]) piaciut[oa]"
    rf"|gostou {_DEM}{_PIECE}"
    rf"|(?:vond je|vond u) {_DEM}{_PIECE} (?:leuk|mooi|interessant)"
    r")\s*\?"
)
LIKED_WORDS = 14


def is_liked_question(text: str) -> bool:
    """Whether ``text`` opens with the site asking if the reader liked the piece ("Enjoying
    this story?", "Vous avez aimé ce numéro ? Transférez-le à un ami.").
    `LIKED_WORDS` at most; the question mark is the question's."""
    return len(text.split()) <= LIKED_WORDS and _LIKED.search(text.lstrip("¿ ")) is not None


# How long ago a comment, a feed's item or a page was posted, in digits: "2 hours ago", "il y
# a 2 jours", "hace 5 h", "vor 3 Tagen", "2 giorni fa", "há 4 horas", "3 uur geleden". An
# article counts its time in words or from a date ("deux ans plus tard"); a stamp is the
# site's.
_AGO = (
    r"(?:il y a \d+ ?(?:min(?:ute)?s?|h|heures?|j|jours?|semaines?|mois|ans?)"
    r"|\d+ ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo"
    r"|months?|y|yrs?|years?) ago"
    r"|hace \d+ ?(?:s|min|minutos?|h|horas?|d|días?|semanas?|meses|mes|años?)"
    r"|vor \d+ ?(?:min\.?|minuten?|std\.?|stunden?|tagen?|wochen?|monaten?|jahren?)"
    r"|\d+ ?(?:min|minuti|ore|h|giorni|settimane|mesi|anni) fa"
    r"|há \d+ ?(?:min|minutos?|h|horas?|dias?|semanas?|meses|anos?)"
    r"|\d+ ?(?:min|minuten|uur|u|dagen|weken|maanden|jaar) geleden)"
)
_UPDATED = (
    r"(?:updated|posted|published|edited|mis à jour|modifié|publié|actualizado|publicado"
    r"|editado|aktualisiert|veröffentlicht|aggiornato|pubblicato|atualizado|bijgewerkt"
    r"|gepubliceerd)"
)
# the stamp alone; after a separator at the line's very end, with a name of four words at most
# ("– Clémence_V il y a 2 jours", "From Lakeland Evening Post · 3 hours ago"; an article's
# "… date de 2021 – il y a 3 ans." ends on its full stop); or opening a feed's item with no
# full stop ("1h ago Polls close across the province")
_STAMP = re.compile(
    rf"(?i)^\W*(?:{_UPDATED}\s*:?\s*)?{_AGO}\W*$"
    rf"|\s[·•|–—-]\s*(?:(?:by|par|por|von|di|de|from|de la part de)\s+)?(?:\S+\s+){{0,4}}?"
    rf"(?:{_UPDATED}\s*:?\s*)?{_AGO}\s*$"
    rf"|^\s*{_AGO}\s+[^\W\d_][^.!?]*$"
)
STAMP_WORDS = 30


def is_time_stamp(text: str) -> bool:
    """Whether ``text`` is, or ends on, how long ago something was posted: "2 hours ago",
    "Merci, je vais espacer. – Clémence_V il y a 2 jours", "Los trenes nocturnos vuelven ·
    hace 5 h". `STAMP_WORDS` at most."""
    return len(text.split()) <= STAMP_WORDS and _STAMP.search(text) is not None


def is_notice(text: str) -> bool:
    """Any of this module's debris classes."""
    return (
        is_ad_label(text)
        or is_liked_question(text)
        or is_time_stamp(text)
        or is_media_contact(text)
        or is_paywall_teaser(text)
        or is_labelled_byline(text)
        or is_funder_line(text)
        or is_donation_line(text)
        or is_rating(text)
        or is_site_notice(text)
        # A newsletter platform's call after the post (`debris_newsletter`).
        or is_platform_call(text)
        # A comment button or the comments' heading alone (`debris_calls`).
        or is_comment_call(text)
    )


# A fact-check's rating, in the words of the checkers' scales (fr, en, es, de, it, pt, nl).
_RATINGS = (
    r"(?:(?:plutôt |mostly |partly |partially |half |en partie |partiellement |parcialmente"
    r" |mayormente |teilweise |überwiegend |parzialmente |in parte |deels |grotendeels )?"
    r"(?:faux|fausse|vrai|vraie|trompeur|trompeuse|infondée?|inexacte?|exacte?|détournée?"
    r"|false|true|misleading|fake|unproven|unsupported|inaccurate|accurate|correct|incorrect"
    r"|falso|falsa|verdadero|verdadera|engañoso|engañosa|bulo|cierto|cierta|inexact[oa]"
    r"|sin pruebas|falsch|richtig|irreführend|unbelegt|vero|vera|fuorviante|verdadeiro"
    r"|verdadeira|enganos[oa]|impreciso|onwaar|waar|misleidend)|à nuancer|sans preuve"
    r"|missing context|manque de contexte|sin contexto|fehlender kontext|fuera de contexto"
    r"|hors contexte|out of context)"
)
_VERDICT = re.compile(
    r"^\W*(?:(?:(?:our|notre|nuestro|nuestra|unser|unsere|il nostro|o nosso|ons) )?"
    r"(?:verdict|veredicto|verdicto|calificación|clasificación|valoración|rating|bewertung"
    r"|urteil|verdetto|valutazione|classificação|avaliação|veredito|oordeel|conclusion"
    r"|conclusión|fazit|conclusione|conclusão)\s*:\s*)?" + _RATINGS + r"\W*$",
    re.IGNORECASE,
)


def is_verdict(text: str) -> bool:
    """A fact-check's verdict: "FAUX", "Calificación: Falso", "Verdict: mostly false", "Our
    verdict: Misleading", "Bewertung: Falsch". A heading of the article (LABELS.md), short
    and shouted as it is; a review's score ("Rating: 4/5") is none."""
    return _VERDICT.match(text) is not None


# A journalist's role under or beside the byline: "Business reporter", "Correspondante à
# Bruxelles", "Redactora de Economía", "Korrespondentin in Paris" (fr, en, es, de, it, pt, nl).
_ROLE = re.compile(
    r"\b(?:reporters?|correspondents?|editors?|journalists?|writers?|columnists?"
    r"|contributors?|photographers?|analysts?|critics?|commentators?|presenters?"
    r"|correspondante?s?|journalistes?|rédact(?:eur|rice)s?|envoyée?s? spéciale?s?"
    r"|chroniqueu(?:r|se)s?|éditorialistes?|photographes?|pigistes?|corresponsal(?:es)?"
    r"|redactor(?:a|es|as)?|periodistas?|enviad[oa]s? especial(?:es)?|columnistas?|cronistas?"
    r"|reporter[oa]s?|editor(?:a|es|as)|fotógraf[oa]s?|articulistas?|korrespondent(?:in)?"
    r"|redakteur(?:in)?|reporterin|journalist(?:in)?|autorin|kolumnist(?:in)?|fotograf(?:in)?"
    r"|corrispondente|giornalista|inviat[oa] speciale|redat(?:tore|trice)|editorialista"
    r"|fotograf[oa]|correspondente|jornalista|repórter|redator(?:a)?|colunista|verslaggever"
    r"|redacteur|correspondent)\b",
    re.IGNORECASE,
)
ROLE_WORDS = 6
_PERSON = re.compile(
    r"^\s*(?:(?i:by|par|por|von|di|door|av|af)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    r"(?:\s+(?:(?:de|del|da|di|du|van|von|der|le|la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}\s*$"
)


def is_role_line(text: str) -> bool:
    """A journalist's role alone: a short noun phrase ("Business reporter", "Correspondante
    à Bruxelles", "Redactora de Economía") with a role's noun, no digit and no sentence end."""
    stripped = text.strip()
    return (
        0 < len(stripped.split()) <= ROLE_WORDS
        and stripped[:1].isupper()
        and not re.search(r"[\d.!?:;,»\"”]\s*$|\d", stripped)
        and _ROLE.search(stripped) is not None
    )


def byline_roles(texts: Sequence[str]) -> list[bool]:
    """For each line, whether it is a byline's name or its role, one beside the other: "Sophie
    Grant" over "Business reporter", "Par Claire Dumas" over "Correspondante à Bruxelles".
    A role alone ("Foreign correspondent" over a paragraph) or a name alone is left to the
    other rules: a section's heading may name a trade."""
    out = [False] * len(texts)
    for i, text in enumerate(texts):
        if not is_role_line(text):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and _PERSON.match(texts[j]) and not is_role_line(texts[j]):
                out[i] = out[j] = True
    return out
