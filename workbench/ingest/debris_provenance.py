"""A translation's own credit and provenance lines: where the piece first ran, that this is a
translation and with whose permission, a link to the original.

A translated page says who translated it and where the original appeared, in the words of
its own language or the original's: "Traduit de l'espagnol. Article original paru dans El
Zadorra.", "Cet article est paru en anglais dans … Nous le traduisons avec l'accord de la
rédaction.", "Reprinted with the kind permission of …", "Lire l'article original (en
anglais) sur le site de …", "Versión original publicada en …". Each is a clause of
`debris_lines.is_credit_line`'s grammar, which reads a line as credits between separators
and nothing else, capitalised names where a name goes; a sentence that talks about a
translation ("La traduction de ce roman a pris dix ans.") is no line of credits. No
labelled body, heading or caption line of `bench/data/pages` is one
(`tests/test_debris_provenance.py`). Issue 13, session 24.
"""

from __future__ import annotations

import re

from workbench.ingest.debris_lines import (
    _CREDIT_CLAUSE,
    _NAME,
    _PERMISSION,
    _RAN_IN,
    is_credit_line,
)

# A clause opens the line or follows a separator, never a sentence's word: "She read the
# original in Russian" is no link to the original.
_OPENS = r"(?<![\w'’]\s)"
_PIECE = (
    r"(?:article|texte|text|story|piece|version|page|artículo|texto|versión|página|artikel"
    r"|fassung|beitrag|articolo|testo|versione|pagina|artigo|versão|reportage|reportaje)"
)
_ORIGINAL = r"(?:original|originale|originel|originelle|originales|originais)"
_ARTICLE = r"(?:l['’]|la |le |the |el |der |die |den |il |lo |o |a )"
# "Article original paru dans El Zadorra", "Original article published in …", "Versión
# original publicada en …", "Originalartikel erschienen in …".
_ORIGINAL_RAN = (
    _OPENS
    + r"(?i:"
    + _ARTICLE
    + r"?(?:"
    + _PIECE
    + r"\s+"
    + _ORIGINAL
    + r"|"
    + _ORIGINAL
    + r"\s+"
    + _PIECE
    + r"|originalartikel|originalfassung|originaltext)),?\s+"
    + _RAN_IN
)
_REPRINTED = (
    r"(?i:reproduit|reproduite|reproduits|reproduites|republié|republiée|publié|publiée"
    r"|traduit|traduite|reproduced|reprinted|republished|published|translated|reproducido"
    r"|reproducida|republicado|republicada|publicado|publicada|traducido|traducida"
    r"|nachgedruckt|abgedruckt|veröffentlicht|übersetzt|riprodotto|riprodotta|ripubblicato"
    r"|pubblicato|pubblicata|tradotto|tradotta|reproduzido|reproduzida|traduzido|traduzida)"
)
_HERE = r"(?:\s+(?i:ici|here|aquí|hier|qui|aqui))?"
# "by kind permission of …"; "com autorização da redação": "da" is "de" and the name's "a".
_BY_PERMISSION = (
    r"(?:" + _PERMISSION + r"|(?i:by (?:the )?kind permission of)\s*"
    r"|(?i:com (?:a )?(?:amável )?autorização d(?=[ao]s?\s)))"
)
# "Reproduit avec l'aimable autorisation de l'autrice", "Reprinted by kind permission of …".
_REPRINTED_WITH = (
    _OPENS
    + r"(?i:(?:article|texte|text|story|artículo|texto|artikel|articolo|testo|artigo)\s+)?"
    + _REPRINTED
    + _HERE
    + r"\s+"
    + _BY_PERMISSION
    + r"(?:"
    + _NAME
    + r")"
)
# "Nous le traduisons avec l'accord de la rédaction.", "We republish it with the permission
# of …", "Lo traducimos con permiso de …", "Wir übersetzen ihn mit freundlicher Genehmigung
# der …", "Lo traduciamo con il permesso di …", "Traduzimo-lo com autorização do …".
_WE_TRANSLATE = (
    _OPENS + r"(?i:nous (?:le |la |les |l['’])?(?:traduisons|publions|reproduisons|republions)"
    r"(?: et (?:le |la |les |l['’])?(?:publions|republions|traduisons))?"
    r"|we (?:(?:have )?(?:translated|republished|reprinted)|translate|publish|republish|reprint"
    r"|reproduce)(?: and (?:publish|republish|reprint|translate))?(?: it| this (?:article|story"
    r"|piece))?"
    r"|(?:lo|la|los|las) (?:traducimos|publicamos|reproducimos)(?: y (?:lo|la|los|las)"
    r" (?:publicamos|traducimos))?"
    r"|wir (?:übersetzen|veröffentlichen)(?: ihn| sie| es| den (?:artikel|text|beitrag))?"
    r"|(?:lo|la|li|le) (?:traduciamo|pubblichiamo|ripubblichiamo)"
    r"|(?:traduzimo|publicamo|reproduzimo)-(?:lo|la|los|las)|(?:o|a) (?:traduzimos|publicamos))"
    + _HERE
    + r"\s+"
    + _BY_PERMISSION
    + r"(?:"
    + _NAME
    + r")"
)
# "Lire l'article original (en anglais) sur le site de la Bure Wherry Society", "Read the
# original story on The Tidewater Review", "Lee el artículo original en alemán ›", "Ver
# original", "Original anzeigen", "Version originale".
_READ = (
    r"(?:lire|lisez|voir|consulter|consultez|read|see|view|leer|lee|lea|ver|leggi|leggere"
    r"|vedi|leia|ler|veja)"
)
_WHERE = (
    r"(?:\s+(?i:sur|on|en|auf|su|em|no|na|at|in)\s+(?:(?i:le site|the website|the site|el sitio"
    r"|la web|la página|der website|der seite|il sito|o site)\s+(?i:de |du |d['’]|of |von |des "
    r"|der |di |del |della |do |da )?)?(?:" + _NAME + r"))?"
)
_READ_ORIGINAL = (
    _OPENS
    + r"(?i:"
    + _READ
    + r"\s+"
    + _ARTICLE
    + r"?(?:"
    + _PIECE
    + r"\s+)?"
    + _ORIGINAL
    + r"(?:\s+"
    + _PIECE
    + r")?|(?:den |zum )?(?:originalartikel|originaltext|original)\s+(?:lesen|anzeigen|ansehen)"
    r"|(?:la |the |el |die |a )?(?:version originale|original version|versión original"
    r"|originalfassung|versione originale|versão original))"
    # the original's language, as brackets become a credit line's comma: ", en anglais"
    r"(?:\s*,?\s*(?i:en|in|auf|em|na)\s+[^\W\d]+)?"
    + _WHERE
    # its title after a colon ("… : « The winter swimmers »"); another colon is a credit's
    + r"(?:\s*:\s*[«“\"„][^»”\"“]{2,150}[»”\"“]|(?!\s*:))(?:\s*[›»→>])?"
)
# "Ce texte a d'abord paru dans La Gazette du Lot", "This interview was first published in
# …", "Este reportaje se publicó originalmente en …", "Dieser Beitrag erschien zuerst bei …".
_SUBJECT = (
    r"(?:(?:this|the) (?:article|story|piece|report|essay|feature|interview|column|post)"
    r"|(?:cet|ce|cette) (?:article|texte|entretien|reportage|billet|chronique|tribune)"
    r"|(?:este|esta) (?:artículo|texto|reportaje|entrevista|crónica|columna)"
    r"|(?:dieser|diese|dieses) (?:artikel|text|beitrag|interview)"
    r"|quest(?:o|a|['’])\s?(?:articolo|testo|intervista)|(?:este|esta) (?:artigo|reportagem))"
)
_ON_THE_WAY = (
    r"(?:est|a|été|was|has|had|been|se|fue|ha|sido|ist|wurde|è|stato|stata|foi|d['’]abord"
    r"|initialement|first|originally|originalmente|primero|zuerst|erstmals|ursprünglich"
    r"|inizialmente|per la prima volta|pour la première fois|por primera vez|primeiro)"
)
_RAN = (
    r"(?:paru|parue|publié|publiée|appeared|appears|published|ran|publicó|publicado|publicada"
    r"|apareció|erschien|erschienen|veröffentlicht|apparso|apparsa|uscito|pubblicato"
    r"|pubblicata)"
)
_FIRST_RAN = (
    _OPENS
    + r"(?i:"
    + _SUBJECT
    + r"(?:\s+"
    + _ON_THE_WAY
    + r"){0,4}\s+"
    + _RAN
    + r"(?:\s+"
    + _ON_THE_WAY
    + r")?\s+(?:in|dans|en|su|sul|sulla|em|no|na|on|sur|by|par|por|bei|im|am|nel|nella)\s)"
    r"[^.!?,;]{2,80}"
)
_ON_A_SITE = (
    r"(?i:le site|le blog|la page|the website|the site|the blog|el blog|el sitio|la web"
    r"|la página|der website|dem blog|il sito|il blog|o site|o blog)\s+(?i:de |du |d['’]|of "
    r"|von |des |der |di |del |della |do |da )?"
)
_RAN_VERB = (
    r"(?i:paru|parue|publié|publiée|published|publicado|publicada|erschienen|pubblicato"
    r"|pubblicata)(?:\s+(?i:initialement|d['’]abord|first|originally|originalmente|zuerst))?"
)
# "Article original paru sur le blog de Heath & Heron Naturalists", "published on the
# website of …".
_ON_A_SITE_RAN = (
    _RAN_VERB + r"\s+(?i:sur|on|en|auf|su|em|no|na|in)\s+" + _ON_A_SITE + r"(?:" + _NAME + r")"
)
_RAN_ON_A_SITE = (
    _OPENS
    + r"(?:(?i:"
    + _ARTICLE
    + r"?"
    + _PIECE
    + r"(?:\s+"
    + _ORIGINAL
    + r")?)\s+)?"
    + _ON_A_SITE_RAN
)
_TRANSLATION = r"(?i:traduction|translation|traducción|übersetzung|traduzione|tradução)"
# "Traduction d'un article de Wild Borders", "… d'un texte paru sur le site de …".
_A_WORK = (
    r"(?i:d['’]un |d['’]une |of an? |de un |de una |eines |di un |de um |de uma )"
    r"(?i:article|texte|text|story|piece|artículo|texto|artikels?|articolo|testo|artigo"
    r"|reportage)"
)
_TRANSLATION_OF = (
    _OPENS
    + _TRANSLATION
    + r"\s+"
    + _A_WORK
    + r"\s+(?i:de |d['’]|du |des |by |of |from |del |von |der |di |do |da )\s*(?:"
    + _NAME
    + r")"
)
_WORK_RAN = _OPENS + _A_WORK + r"\s+(?:" + _ON_A_SITE_RAN + r"|" + _RAN_IN + r")"
# "Cet article est une traduction", "Cet article est la traduction de « Heat pumps … »".
_IS_A_TRANSLATION = (
    _OPENS + r"(?i:cet article|ce texte|this article|this story|this piece|este artículo|este texto"
    r"|dieser artikel|dieser text|questo articolo|este artigo) (?i:est|is|es|ist|è|é) (?i:une"
    r"|la|a|the|una|eine|die|uma) "
    + _TRANSLATION
    + r"(?:\s+(?i:de|of|del|von|di|do|da)\s*[«“\"„][^»”\"“]{2,150}[»”\"“])?"
)
# "traduit avec son aimable autorisation par Hervé D.": the author's own permission.
_WITH_THEIR_PERMISSION = (
    _OPENS
    + _REPRINTED
    + r"\s+(?i:avec (?:son|sa|leur) (?:aimable )?(?:accord|autorisation)|with (?:his|her|their)"
    r" (?:kind )?permission|con su (?:amable )?(?:permiso|autorización)|mit (?:seiner|ihrer)"
    r" (?:freundlichen )?genehmigung|con il suo (?:gentile )?permesso|com (?:a )?sua (?:amável )?"
    r"autorização)(?:\s+(?i:par|by|por|von|da|di)\s+(?:" + _NAME + r"))?"
)
# "… publié par le Warmer Homes Trust, que nous remercions", "…, with thanks": after a
# credit only (a letter's "With thanks," is its sign-off).
_THANKS = (
    r"(?<=,\s)(?i:que nous remercions|whom we thank|with (?:our )?thanks|avec nos remerciements"
    r"|a quien agradecemos|dem wir danken|che ringraziamo|a quem agradecemos)"
)
# "Source : Coldfell National Park Authority, communiqué du 17 novembre 2026".
_RELEASE = (
    r"(?i:communiqué(?: de presse)?|press release|news release|comunicado(?: de prensa)?"
    r"|pressemitteilung|comunicato(?: stampa)?)\s+(?i:du|of|del|vom|de|do)\s+"
    r"\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}"
)
# "Texte : Lucie Fardel, d'après un article du Bere Forest Coppice Group", "Article traduit
# par Gilles B. à partir de la lettre du Rutland Nature Trust", "translated from the
# newsletter of …": the work a translation was made from, and whose it is.
_AFTER_A_WORK = (
    _OPENS + r"(?i:d['’]après|à partir d(?:e |['’])|a partir de |adapted from|based on|from|según"
    r"|nach|secondo|segundo|ausgehend von)\s*"
    + r"(?i:une? |la |le |l['’]|an? |the |el |una |einem |einer |dem |der |um |uma )?"
    r"(?i:article|story|piece|artículo|artikel|articolo|artigo|lettre|letter|newsletter"
    r"|bulletin|carta|boletín|brief|rundbrief|lettera|communiqué|billet|blog|post|chronique"
    r"|column)\s+(?i:du|des|de la|de l['’]|de|d['’]|of the|of|by|del|de la|vom|von|der|des"
    r"|dello|della|do|da)\s*(?:" + _NAME + r")"
)
# Two crafts credited to one name: "Words and pictures by Fiona Baird", "Words and pictures:
# Hannah Crewe", "Texte et photos : Lucie Fardel", "Texto y fotos de Ana Ruiz".
_CRAFT = (
    r"(?:words|text|texte|textes|texto|testo|reporting|photos?|pictures|photographs|photographies"
    r"|fotos|fotografías|fotografie|bilder|illustrations?)"
)
_TWO_CRAFTS = (
    _OPENS
    + r"(?i:"
    + _CRAFT
    + r"\s+(?:and|&|et|y|und|e)\s+"
    + _CRAFT
    + r")(?:\s+(?i:by|par|de|por|von|di|da|d['’])\s*|\s*:\s*)(?:"
    + _NAME
    + r")"
)
_PROVENANCE = (
    _TWO_CRAFTS,
    _ORIGINAL_RAN,
    _RAN_ON_A_SITE,
    _REPRINTED_WITH,
    _WITH_THEIR_PERMISSION,
    _WE_TRANSLATE,
    _READ_ORIGINAL,
    _FIRST_RAN,
    _TRANSLATION_OF,
    _WORK_RAN,
    _IS_A_TRANSLATION,
    _AFTER_A_WORK,
    _THANKS,
    _RELEASE,
)
# A translation's clauses first: a credit clause may match a shorter start of the same words.
_CLAUSES = re.compile("|".join(f"(?:{c})" for c in _PROVENANCE) + "|" + _CREDIT_CLAUSE.pattern)


def is_translation_credit(text: str) -> bool:
    """A line of credits (`debris_lines.is_credit_line`), a translation's provenance among
    them: "Traduit de l'espagnol. Article original paru dans El Zadorra.", "Traduction :
    Hélène Garnier. Article paru dans Highland Wayfarer, reproduit avec l'aimable
    autorisation de l'autrice.", "Lire l'article original (en anglais) sur le site de la Bure
    Wherry Society"."""
    return is_credit_line(text, _CLAUSES)
