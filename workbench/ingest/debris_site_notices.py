"""Notices a site puts around any article, whatever the site is about: read from words written
for four languages or more (English, French, Spanish, German, Italian).

- an "information only, not advice" disclaimer ("ne constitue pas une consultation
  juridique", "This article is for general information only");
- an affiliate-link disclosure ("This post may contain affiliate links");
- a player's "listen" link ("▶ Écouter sur Apple Podcasts · Spotify", "Escuchar en directo");
- a wiki's footer ("This page was last edited on …", "content is available under CC-BY-SA");
- a call to action with a phone number ("Call our sales team on 01566 000 000") or a phone
  number alone.

Each pattern was checked against every labelled page of bench/data/pages: no line labelled as
content matches one. Pure: one line's text in, a bool out.
"""

from __future__ import annotations

import re

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
_PHONE = r"\+?\(?\d{2,5}\)?(?:[\s.-]\d{2,4}){2,5}"
_PHONE_ALONE = re.compile(rf"(?i)^\s*(?:tel\.?|tél\.?|phone|teléfono|telefon)?\s*:?\s*{_PHONE}\s*$")
# A call to action that ends on a number: a verb to call or book, then the number, and no
# full stop after it (a sentence that gives a number, "… or call 01632 960 418.", is content).
_CALL = re.compile(
    rf"(?i)^\W*(?:call|phone|ring|book|contact|appelez|téléphonez|contactez|llame|llámenos"
    rf"|llámanos|contacte|rufen sie|kontaktieren sie|chiama(?:teci)?|contatta(?:teci)?)\b"
    rf".*{_PHONE}\s*$"
)


def _phone_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def is_site_notice(text: str) -> bool:
    """Whether ``text`` is one of the notices a site puts around any article (module doc)."""
    if _NOT_ADVICE.search(text) or _AFFILIATE.search(text) or _WIKI_FOOTER.search(text):
        return True
    if _LISTEN.search(text) and len(text.split()) <= LISTEN_WORDS:
        return True
    return bool(_PHONE_ALONE.match(text) or _CALL.search(text)) and _phone_digits(text) >= 8
