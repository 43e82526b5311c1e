"""Lines that are debris, or the article's, on their own: a site's vocabulary ("Sign in",
"Skip to content", "© 2026"), a menu's trail, the site's name, photo credits and captions.

Each rule reads one line, whatever surrounds it; `debris.line_evidence` weighs
them with the fitted model and the region rules (`debris_regions`).
"""

from __future__ import annotations

import re

from workbench.ingest.debris_credits import names_an_agency
from workbench.ingest.debris_features import (
    is_related_label,
    stopword_density,
    words,
)
from workbench.ingest.segment import CAPTION_LABELS


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


# The headings of a document's own structure: a table of contents, a FAQ.
STRUCTURE = _full(
    r"sommaire|table des matières|contents|table of contents|índice|contenido|inhalt"
    r"|inhaltsverzeichnis|faq|questions fréquentes|preguntas frecuentes|summary|résumé|resumen"
    r"|introduction|introducción|conclusion|conclusión|einleitung|fazit"
)

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
# "… sur un mur au-dessus d'Askrigg. © Tom Kettlewell": a name after a sentence under its
# copyright sign; a year ("… is published by the Foxglove Trust. © 2026") is a footer's.
_SIGNED = r"©\s*[A-ZÀ-ÖØ-Þ][^\d!?:©]{1,60}"
_SIGNED_CREDIT = re.compile(r"(?<=[.!?»”)])\s+(" + _SIGNED + r")$")
_SIGNED_ALONE = re.compile(r"^\s*" + _SIGNED + r"$")
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
    """A photo credit with no caption: "Photo DDR – Xavier de Fenoyl", "Foto: EFE",
    "© Tom Kettlewell" (a name: "© 2026" is a footer's), or one that names an agency with
    no label: "Getty Images", "– Danny Lawson/PA" (`debris_credits`). A caption under its
    label with its own credit after it ("Bild: Lilla Vreta sommaren 1978. Foto:
    föreningens arkiv") is a caption."""
    # A full stop ends a sentence, or an initial: "© La Sentinelle / T. C.".
    ended = text.rstrip().endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$", text.rstrip())
    ended = ended or _LABELLED_CREDIT.search(text) is not None
    labelled = bool(_CREDIT_ALONE.match(text) or _SIGNED_ALONE.match(text)) and not ended
    return labelled or names_an_agency(text)


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


# Lower-case words a person's or an outlet's name may hold: "Diario del Turia", "Jan van Dijk".
_NAME_PARTICLES = frozenset({
    "de", "del", "della", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
    "lo", "van", "von", "der", "den", "ter", "y", "e", "et", "and", "of", "the", "el", "los",
    "las",
})  # fmt: skip


def is_name_alone(text: str) -> bool:
    """A photographer's or an outlet's name alone, as a caption's last sentence: "EFE/Manuel
    Bruque", "Diario del Turia", "Jean-Pierre Martin".

    Two to five words, each capitalised but the particles names hold ("del", "van"), no
    digit, comma or closing punctuation: a caption's place ("Antofagasta, Chile"), date or
    phrase ("Vue depuis la rive gauche") is none. Only a caption's last sentence is asked
    (`pipeline.documents.sentences_of`): in a paragraph such a line is a signature.
    """
    stripped = text.strip()
    if not stripped or stripped[-1] in '.!?:;»”"':
        return False
    if any(c.isdigit() or c == "," for c in stripped):
        return False
    tokens = stripped.replace("/", " ").split()
    if not 2 <= len(tokens) <= 5 or not tokens[0][:1].isupper():
        return False
    capitalised = sum(t[:1].isupper() for t in tokens)
    return capitalised >= 2 and all(
        t[:1].isupper() or t.casefold() in _NAME_PARTICLES for t in tokens
    )


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
    signed = _SIGNED_CREDIT.search(text.strip())
    if signed is not None and not STANDALONE.match(text.strip()[: signed.start()]):
        return signed
    match = _CREDIT.search(text.strip())
    return match if match is not None and _credited(match.group(1)) else None


def _credited(credit: str) -> bool:
    """Whether the words after a caption's dash name its photographer: "AFP/JOHN DOE"."""
    letters = [c for c in credit if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    # Or names and an agency in any case: "Danny Lawson/PA", "Reuters via Getty Images".
    shouted = upper >= 0.7 and ("/" in credit or bool(_AGENCIES.search(credit)))
    return shouted or names_an_agency(credit)


def is_split_credit(text: str) -> bool:
    """A photo credit that the sentence splitter cut off its caption's last sentence, dash
    and all: "- AFP/GUILLAUME SOUVANT" of "… en Orleans. - AFP/GUILLAUME SOUVANT"."""
    match = _CREDIT.match(" " + text.strip())
    return match is not None and _credited(match.group(1))


def has_photo_credit(text: str) -> bool:
    """True when the text ends with a photo credit such as " - AFP/JOHN DOE"."""
    return _credit(text) is not None


def without_credit(text: str) -> str:
    """The text with a trailing photo credit cut off: credits confuse language guessing."""
    match = _credit(text)
    return text.strip()[: match.start()] if match is not None else text


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


# A tags or keywords line's label: "Étiquettes :", "Mots-clés :", "Tags:", "Temas:",
# "Schlagworte:". Every line of the labelled pages that opens on one is debris.
_TAGS_LABEL = (
    r"(?i:tags?|tagged|étiquettes?|mots[- ]clés|keywords|topics|catégories|categories"
    r"|category|catégorie|etiquetas|palabras clave|temas|categorías|schlagw(?:o|ö)rte(?:r)?"
    r"|stichw(?:o|ö)rte(?:r)?|themen|kategorien|argomenti|parole chiave|categorie|tópicos"
    r"|assuntos|rubriques?)\s*:"
)
# Its items: a few words each, between commas, dots, bars; a second label may follow
# ("Catégories : Carnets de voyage · Étiquettes : Galles, phares").
_TAGS_LINE = re.compile(
    r"\s*" + _TAGS_LABEL + r"\s*(?:[^\s,·|;•.!?:«»\"“”]+\s*){1,4}"
    r"(?:[,·|;•]\s*(?:" + _TAGS_LABEL + r"\s*)?(?:[^\s,·|;•.!?:«»\"“”]+\s*){1,4})*"
)
TAGS_MAX_WORDS = 16


def is_tags_line(text: str) -> bool:
    """A tags or keywords line: "Étiquettes : Angleterre, glacières, restauration",
    "Topics: Saltash · Transport · River Tamar", "Temas: IVA · Inflación".

    A label from a closed list (fr, en, es, de, it, pt) and its colon, then items of
    one to four words between separators, with no sentence's punctuation and at most
    `TAGS_MAX_WORDS` words: a recipe's or a job's fact line ("Location: St Ives,
    Cornwall") has no such label, and a sentence after one ("Tags: we use them to sort
    the posts.") ends on a full stop.
    """
    stripped = text.strip()
    return len(stripped.split()) <= TAGS_MAX_WORDS and _TAGS_LINE.fullmatch(stripped) is not None


# A piece's credits: who wrote, photographed and translated it, where it first ran, its source.
# Keywords are matched in any case; names must be capitalised (a sentence's words are not).
_KEYWORD = (
    r"(?:traduit|traduite|traduits|traduites|traduction|translated|translation|traducido"
    r"|traducida|traducción|übersetzt|übersetzung|tradotto|tradotta|traduzione|traduzido"
    r"|traduzida|tradução|adapté|adaptée|adapted|adaptado|adaptada|adattato|bearbeitet"
    r"|photos?|photographies?|photographs?|pictures?|fotos?|fotografías?|fotografie|bilder"
    r"|illustrations?|texte|text|words|story|texto|testo|article|artículo|articolo|artigo"
    r"|source|sources|fuente|quelle|fonte|paru|published|publicado|erschienen|pubblicato"
    r"|d['’]après|according|según|nach|secondo|segundo|mis|soumis|posted|submitted)"
)
# A name's word: capitalised, a dot only inside ("claire.b") or after an initial ("J.").
_NAME_WORD = (
    r"(?:(?!(?i:" + _KEYWORD + r")\b)[A-ZÀ-ÖØ-Þ](?:[\w'’&-]|\.(?=\w))*(?:(?<=\b\w)\.)?|&|\d{1,4})"
)
_NAME_GLUE = r"(?:de|du|des|la|le|of|the|van|von|der|da|di|del|y|and|et|und|e|do|dos|on|upon)"
# "Odile Marchetti", "le Calder Valley Post", "Field & Lab Magazine", "la rédaction".
_NAME = (
    r"(?:(?i:le|la|les|l['’]|the|el|der|die|das|il|lo|o|a|un|une|an)\s*)?"
    + _NAME_WORD
    + r"(?:\s+(?:"
    + _NAME_GLUE
    + r"\s+)?"
    + _NAME_WORD
    + r"){0,7}"
    r"|(?i:la rédaction|nos bénévoles|des bénévoles|notre rédaction|the editors|our volunteers"
    r"|(?:the )?staff|la redacción|nuestros voluntarios|der redaktion|die redaktion"
    r"|la redazione|a redação|nossa redação"
    # "traduit par nos soins" (by us), "by our team", "por nuestro equipo"
    r"|nos soins|notre équipe|nos traducteurs|nos traductrices|our (?:own )?(?:team|translators)"
    r"|nuestro equipo|nuestr[oa]s traductor[ae]s|unserem team|unserer redaktion|il nostro team"
    r"|a nossa equipa|nossa equipe"
    # The author or the publisher unnamed: "avec l'autorisation de l'éditeur".
    r"|l['’](?:éditeur|éditrice|auteur|autrice)|the (?:author|publisher)s?"
    r"|(?:el|la) (?:autor|autora|editor|editorial)|(?:dem|des) (?:verlag|autors?)"
    # A group with a common noun for a name: "Traduction : commission communication", "traduit
    # par le comité de jumelage", "Translation: the outreach committee".
    r"|(?:(?:le|la|l['’]|the|el|der|die|il|o|a)\s*)?(?:commission|comité|committee|équipe|team"
    r"|bureau|conseil|groupe|group|comisión|equipo|grupo|ausschuss|arbeitsgruppe|gruppo|equipa)"
    r"(?:\s+(?:(?:de|des|du|d['’]|of|the|del|de la|für|der|di|do|da)\s*)?[^\W\d][\w'’-]*){1,3}"
    r"|(?i:the|our)\s+(?:[^\W\d][\w'’-]*\s+){1,2}(?i:committee|team|group))"
)
_BY = r"(?i:par|by|por|von|di|da|de|d['’]|from)"
_FROM_LANGUAGE = (
    r"(?i:\s+(?:de l['’]|du |de |from (?:the )?|del |de la |aus dem |dall['’]|dal |do |da )"
    r"[^\W\d]+)"
)
_TRANSLATED = (
    r"(?i:traduit|traduite|traduits|traduites|translated|traducido|traducida|übersetzt"
    r"|tradotto|tradotta|traduzido|traduzida|adapté|adaptée|adapted|adaptado|adaptada"
    r"|adattato|bearbeitet|republié|republished|republicado)"
)
_WORK = (
    r"(?i:(?:un |an |a |el |einem |um |uma )?(?:article|story|piece|report|artículo|reportaje"
    r"|artikel|articolo|artigo|reportage)\s+)?(?:" + _BY + r"\s*)?(?:" + _NAME + r")"
)
_PERMISSION = (
    r"(?i:avec l['’](?:aimable )?(?:accord|autorisation) d(?:e |u |es |e l['’]|['’])"
    r"|with (?:the )?(?:kind )?permission (?:of|from)"
    r"|con (?:el |la )?(?:amable )?(?:permiso|autorización) de(?:l)?"
    r"|mit (?:freundlicher )?genehmigung (?:von|des|der)"
    r"|con (?:il )?(?:gentile )?permesso d[ie]|com (?:a )?(?:amável )?autorização d[eo])\s*"
)
# How a table's figures were made, by whom wrote the table: its author's own work ("elaboración
# propia", "own calculations", "eigene Berechnungen", "calculs de l'auteur") or a method "from"
# the data ("à partir de", "a partir de", "based on", "auf Grundlage von", "ausgehend von"). A
# credit names who gave the figures ("Fuente: INE", "Source : Insee, 2024"); a method is the
# table's own text, content (LABELS.md: a caption with what shares its element).
_MADE_BY_THE_AUTHOR = (
    r"(?i:\b(?:à partir d(?:e|u|es|['’])|a partir d(?:e|el)|based on|on the basis of|derived"
    r" from|sur la base d|basad[oa]s? en|auf (?:der )?(?:grundlage|basis)|ausgehend von"
    r"|élaboration propre|elaboración propia|elaborado por|own (?:calculations?|elaboration"
    r"|estimates?|analysis)|authors?['’] (?:own )?(?:calculations?|estimates?|analysis)"
    r"|calculs? (?:propres|de l['’]auteur|des auteurs|de la rédaction)|nos calculs"
    r"|cálculos propios|estimaci(?:ón|ones) propias?|eigene (?:berechnung|darstellung"
    r"|erhebung|schätzung|auswertung)\w*)\b)"
)
_RAN_IN = (
    r"(?i:(?:initialement |first |originally |originalmente )?(?:paru|parue|publié|publiée"
    r"|published|appeared|publicado|publicada|erschienen|pubblicato|pubblicata)"
    r"(?: (?:initialement|first|originally|zuerst))?\s+(?:dans|in|en|su|em|no|na|by|par|sur|on)"
    r")\s+(?!\d{1,2}[/.]\d)" + r"(?:" + _NAME + r")"  # "publicado em 14/11/2026" is a date's
)
_CREDIT_CLAUSES = (
    # "Traduit de l'anglais par Odile Marchetti", "Translated from the Welsh by …",
    # "Traduit et adapté de l'anglais d'après un article de …", "Übersetzt von …",
    # "Article traduit avec l'aimable autorisation de la Welsh Sheepdog Society."
    r"(?i:(?:article|texte|text|story|piece|artículo|texto|artikel|articolo|artigo)\s+)?"
    + _TRANSLATED
    + r"(?:\s+(?i:et|and|y|und|e)\s+"
    + _TRANSLATED
    + r")?(?:"
    + _FROM_LANGUAGE
    + r")?(?:\s+(?:(?i:par|by|por|von|da|di)\s+(?:"
    + _NAME
    + r")|(?i:d['’]après|after|según"
    r"|nach|secondo|segundo)\s*" + _WORK + r"|" + _PERMISSION + r"(?:" + _NAME + r")))?",
    # "Traduction : Léa Vannier", "Translation by …", "Übersetzung: …"
    r"(?i:traduction|translation|traducción|übersetzung|traduzione|tradução)\s*(?::\s*|"
    + _BY
    + r"\s*)(?:"
    + _NAME
    + r")",
    # "Texte d'Imogen Thwaite", "Words by …", "Photographs by …", "Un article de … paru dans …"
    r"(?i:(?:un |an |a |el |una |ein |um |uma )?(?:texte|textes|text|words|story|reporting"
    r"|texto|testo|article|artículo|articolo|artigo|artikel|reportage|reportaje|photos?"
    r"|photographies?|photographs?|pictures?|fotos?|fotografías?|fotografie|bilder"
    r"|illustrations?)(?:\s+(?:par|by|por|von|di|da|de|d['’]|of)\s*|\s*:\s*))(?:"
    + _NAME
    + r")(?:\s*,?\s*"
    + _RAN_IN
    + r")?",
    # "Paru dans The Fenmoor Herald", "First published in …", "Article paru dans …"
    r"(?i:(?:article|texte|story|artículo|artikel|articolo|artigo)\s+)?" + _RAN_IN,
    # "Article original : « Volunteers reopen Bridport's lido », West Dorset Bugle, 25 …"
    r"(?i:article original|original (?:article|story)|artículo original|originalartikel"
    r"|articolo originale|artigo original|version originale|original version)\s*:\s*"
    r"(?:[«“\"„][^»”\"“]{2,150}[»”\"“]|(?:" + _NAME + r"))",
    # "This article appears in the Winter 2026 issue of Coastline Quarterly", "This feature …"
    r"(?i:(?:this|the) (?:article|story|piece|report|essay|feature|interview|column|profile)"
    r" (?:first |originally )?(?:appears"
    r"|appeared|was (?:first |originally )?published|ran)|cet article (?:est paru|a paru|a été"
    r" publié)|este artículo (?:se publicó|apareció|fue publicado)|dieser artikel erschien"
    r"|questo articolo è (?:apparso|stato pubblicato)|este artigo foi publicado)"
    r"(?: (?:first|originally|zuerst|initialement|d['’]abord))? (?:in|dans|en|su|em|no|na|on)\s"
    r"[^.!?,;]{2,80}",
    # "D'après Crossriver News", "D'après un article de …", "Adapted from …", "Based on …"
    r"(?i:d['’]après|adapted from|based on|según|nach|secondo|segundo)\s*" + _WORK,
    # "Source : North Devon Tidings", "Fuente: EFE", "Quelle: dpa"; not a note on how the
    # figures were made, which the table's author writes ("Fuente: elaboración propia a partir
    # de las lecturas de contadores.", "Source : calculs de l'auteur d'après l'Insee").
    r"(?i:sources?|fuentes?|quellen?|fontes?)\s*:\s*(?![^,·|;()!?]*" + _MADE_BY_THE_AUTHOR + r")"
    r"[^,·|;:()!?]{2,60}?(?=\s*(?:[,·|;]|$|\.\s*$))",
    # "Soumis par claire.b le 27/11/2026", "Mis en ligne le 25/11/2026", "Posted by …",
    # "Actualizado: 14/09/2026",
    # "mis à jour à 09h12" (its time is a tail), "actualizado a las 09:12"
    r"(?i:soumis|submitted|posted|publié|publiée|mis en ligne|published|updated|mis à jour"
    r"|modifié|modifiée|actualisé|actualisée|last updated|publicado|publicada|actualizado"
    r"|actualizada|veröffentlicht|aktualisiert|pubblicato|pubblicata|aggiornato|aggiornata"
    r"|atualizado|atualizada)(?:\s+(?i:par|by|por|von|da)\s+\S+)?"
    # "Actualizado: 14/09/2026", "Mis à jour : 3 mai 2026": a label's colon before the date
    r"(?:(?:\s*:\s*|\s+)(?i:le|on|el|am|il|em)?\s*(?=\d)[\d/.\-]+(?![:h]\d)"
    r"(?:\s+[^\W\d]+\s+\d{4})?)?",
    # A byline: "Par la rédaction", "By Ana Ruiz"
    r"(?i:par|by|por|von|di)\s+(?:" + _NAME + r")",
    # "Republié avec l'accord du Wenlock Edge Journal"
    _PERMISSION + r"(?:" + _NAME + r")",
    # "Lecture 2 min", "4 min read", "Lesezeit: 3 Minuten"
    r"(?i:(?:lecture|temps de lecture|reading time|lectura|tiempo de lectura|lesezeit"
    r"|lettura)\s*:?\s*\d+\s*min\w*|\d+\s*(?:min|minute)s?(?: read| de lecture| de lectura"
    r"| lesezeit| di lettura)?)",
)
_CREDIT_CLAUSE = re.compile("|".join(f"(?:{c})" for c in _CREDIT_CLAUSES))
# A translator's note: "Traduction de la lettre de Tom Whitcombe, apiculteur dans le
# Herefordshire, publiée avec son accord.": what was translated and whose, who the author
# is, and the author's permission.
_TRANSLATOR_NOTE = re.compile(
    r"(?i:traduction|translation|traducción|übersetzung|traduzione|tradução)\s+"
    r"(?i:de la |de l['’]|du |d['’]un |d['’]une |de |of (?:the |a |an )?|del |de la |de un |"
    r"de una |der |des |eines |einer |della |del |dell['’]|da |do )"
    r"(?i:lettre|letter|article|texte|text|chronique|column|billet|post|newsletter|tribune"
    r"|essay|essai|carta|artículo|columna|texto|brief|artikels?|kolumne|lettera|articolo"
    r"|artigo)\s+(?i:de |d['’]|by |of |von |di |do |da )(?:" + _NAME + r"),[^.!?]{2,120},\s*"
    r"(?i:publiée?s?|reproduite?s?|traduite?s?|published|reproduced|reprinted|translated"
    r"|publicad[oa]s?|reproducid[oa]s?|traducid[oa]s?|veröffentlicht|abgedruckt|übersetzt"
    r"|pubblicat[oa]|riprodott[oa]|publicad[oa])\s+(?i:avec (?:son|leur) (?:aimable )?"
    r"(?:accord|autorisation|permission)|with (?:his|her|their|the author['’]s) (?:kind )?"
    r"permission|con su (?:permiso|autorización)|mit (?:seiner|ihrer) (?:freundlichen )?"
    r"genehmigung|con il (?:suo )?permesso|com (?:a )?(?:sua )?autorização)"
)
# A time of day after a date: "à 07h45", "at 7:45 a.m.", "a las 07:45", "um 9.12 Uhr", "às 9h".
_TIME = (
    r"(?:(?i:à|at|a las|a la|um|alle|all['’]|às|as|ore)\s*)?\d{1,2}\s?(?:[h:.]\s?\d{2}\b|h\b)"
    r"(?:\s?(?i:[ap]\.?m\b\.?|(?:uhr|gmt|utc|cet|cest|bst|et|heures?|hrs?)\b))?"
)
_ZONED_TIME = re.compile(r"(?i:.*\d.*\b(?:gmt|utc|cet|cest|bst)$)")
# After a first credit: a date ("24 novembre 2026") and its time ("à 07h45"), an agency or
# outlet's name ("avec CRN", "mit dpa").
_CREDIT_TAIL = re.compile(
    r"\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}|[^\W\d]+\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|" + _TIME +
    # "6 commentaires", "12 comments": the count a credit line ends on.
    r"|\d+\s+(?i:commentaires?|comments?|comentarios?|kommentare?|commenti|comentários?"
    r"|réactions?|reacciones|reações)\b"
    r"|(?i:(?:avec|with|con|mit|com)\s+)?(?:" + _NAME + r"|dpa|epd|kna)"
    # "… issue of The Towpath Review, on sale now": where the issue ran is still on sale.
    r"|(?i:(?:on sale|out|available|in shops) now|en kiosque(?: actuellement)?|actuellement en"
    r" kiosque|ya a la venta|jetzt im handel)"
)
# Between two credits: a comma, a dot, a dash, "et"; or a full stop ("… Quarterly. Traduction : …").
_CREDIT_SEPARATOR = re.compile(
    r"\s*(?:[,·|;•]|\.(?=\s)|[–—-](?=\s)|\s(?i:et|and|y|und|e)(?=\s))?\s*"
)
# "(Bristol Neighbourhood Post, Amira Okonjo)": names in brackets, read as one more credit.
_BRACKETED = re.compile(r"\s*\(([^()]{2,80})\)")
CREDIT_MAX_WORDS = 40


def is_credit_line(text: str, clauses: re.Pattern[str] = _CREDIT_CLAUSE) -> bool:
    """A line of credits and nothing else: "Traduit de l'anglais par Odile Marchetti",
    "Source : North Devon Tidings, 24 novembre 2026", "Words by Nell Haworth Photographs by
    Isaac Mbeki", "D'après un article de Holly Ackroyd paru dans le Calder Valley Post.",
    "Traducción: Ana Ruiz", "Übersetzt aus dem Englischen von Jan Berg".

    Clauses of credit vocabulary (fr, en, es, de, it, pt) and capitalised names,
    between separators, one at least a credit, the others credits, names, dates or a
    comment count: the author and outlet may come first ("Ezra Pettengill, Penobscot Bay
    Press Hour · traduit de l'anglais (États-Unis) par Loïc Kerhervé · 29 novembre 2026").
    A sentence that merely opens like one ("D'après les experts, …", "Traduit de
    l'anglais par Marie Dupont, le roman a connu un grand succès.") is none.
    ``clauses``: the credits a clause may be (`debris_provenance` adds a translation's).
    """
    stripped = _BRACKETED.sub(lambda m: ", " + m.group(1), text.strip()).strip()
    stripped = re.sub(r"\s*[.]\s*$", "", stripped)
    if not stripped or len(stripped.split()) > CREDIT_MAX_WORDS:
        return False
    if _TRANSLATOR_NOTE.fullmatch(stripped):
        return True
    pos, credited = 0, False
    while pos < len(stripped):
        match = clauses.match(stripped, pos)
        credited = credited or match is not None
        if match is None:
            match = _CREDIT_TAIL.match(stripped, pos)
            # A time in a time zone is a wire story's stamp: "… | Valencia | 22 nov 2026 -
            # 08:30 CET" is a byline with no "by"; an event's hour ("20:30") has no zone.
            credited = credited or bool(match and _ZONED_TIME.fullmatch(match.group()))
        if match is None or match.end() == pos:
            return False
        end = match.end()
        # A clause ends at a word's end: "Traduit de l'anglais par Odile" in "… Odileau" is none.
        if end < len(stripped) and (stripped[end].isalnum() or stripped[end] in "'’"):
            return False
        pos = _CREDIT_SEPARATOR.match(stripped, end).end()  # type: ignore[union-attr]
    return credited


# A price: "£3", "15 €", "4,90 euros" (an appeal's, a donation box's).
PRICE = r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|euros?|dollars?|pounds?|francs?))"
# A reader asked to pay: "Chip in from £3 a month", "Adhérez pour 15 € par an",
# "The Journal is paid for by readers", "Buy us a coffee", "Spenden Sie jetzt".
_PERIOD = (
    r"(?:a|per|par|/|al|pro|im|ao|por|each|every|chaque|cada|jeden|ogni)\s*(?:month|year|week"
    r"|mois|an|année|semaine|mes|año|semana|monat|jahr|woche|mese|anno|mês|ano)"
)
_APPEAL_VERB = (
    r"(?:please,?\s+)?(?:donate|give|chip in|support|subscribe|join|become|buy us|help us"
    r"|sign up|faites|soutenez|adhérez|abonnez|devenez|rejoignez|aidez|offrez|recevez|donnez"
    r"|haz|dona|apoya|apóyanos|suscríbete|únete|hazte|colabora|spenden|spende|unterstützen sie"
    r"|unterstütze|abonnieren|abonniere|werden sie|sostieni|sostienici|abbonati|iscriviti"
    r"|doe|apoie|assine|contribua|can you (?:give|help|support|chip in)|could you|if you can"
    r"|si vous le pouvez|if you value|si vous aimez|would you)\b"
)
_APPEAL_OBJECT = re.compile(
    PRICE + r"|\b(?:us|our|we|nous|notre|nos|nosotros|nuestr[oa]s?|uns|unser\w*|noi|nostr\w+"
    r"|nós|noss[oa]s?|journalism|reporting|journalisme|periodismo|journalismus|giornalismo"
    r"|jornalismo|newsletter|lettre|boletín|what you can|ce que vous pouvez|(?:chaque|every|each"
    r"|cada|jeden|ogni)\s+\w+)\b",
    re.IGNORECASE,
)
_APPEAL_OPENING = re.compile(r"^\s*" + _APPEAL_VERB, re.IGNORECASE)
_FROM_PRICE = re.compile(
    r"(?:from|à partir de|dès|desde|ab|da|a partir de|only|seulement)\s+"
    + PRICE
    + r"(?:\s*"
    + _PERIOD
    + r")?",
    re.IGNORECASE,
)
# Who pays for the site: "… is owned by its readers", "… financé par ses lecteurs".
_READER_FUNDED = re.compile(
    r"\b(?:is|are|we are|est|sommes|es|somos|ist|sind|è|é)\s+(?:\w+\s+){0,2}(?:(?:owned|funded"
    r"|paid for|run|supported|financed|made) by (?:its |our |nobody but its |volunteers|readers"
    r"|members)|free to read|reader-funded|reader-supported"
    r"|(?:financé|soutenu|détenu|possédé|porté)e?s? par (?:ses|nos) (?:lecteurs|lectrices|membres"
    r"|abonnés)|gratuit et sans publicité|financiad[oa]s? por (?:sus|nuestros) (?:lectores"
    r"|socios)|von (?:unseren|seinen|ihren) (?:lesern|leserinnen|mitgliedern) (?:finanziert"
    r"|getragen)|finanziat[oi] dai (?:suoi |nostri )?lettori|financiad[oa]s? pelos (?:seus "
    r"|nossos )?leitores)\b|\b(?:has|have|a|avons|tiene|hat|ha|tem) no (?:owner|paywall)"
    r"|\bappartient à ses lecteurs\b"
    # "… vit de vos dons", "… lives on donations", "… vive de tus donaciones".
    r"|\b(?:vit|vivons|lives?|lebt|leben|vive|viven|vivono|vivem)\s+(?:de|on|from|von|delle|das"
    r"|grâce à|thanks to)\s+(?:vos |your |reader |tus |sus |ihren |euren |vostre |suas )?"
    r"(?:dons|donations|donaciones|spenden|donazioni|doações)\b",
    re.IGNORECASE,
)
APPEAL_MAX_WORDS = 30
# Who pays is said in a short line of the site's own: "It is paid for by readers."
FUNDED_MAX_WORDS = 15
_REPORTED = re.compile(r"[«“\"]|\b(?:says?|said|dit|selon|según|sagt|dice|diz)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[a-z][.!?])(?=[A-Z])")
# A French colon's two sides: "Presse d'ailleurs vit de vos dons : un euro par mois suffit…".
_SPACED_COLON = re.compile(r"\s:\s")
APPEAL_PARAGRAPH_WORDS = 50


def is_appeal(text: str) -> bool:
    """A line that asks the reader to pay or join, or says who pays for the site:
    "Chip in from £3 a month", "Abonnez-vous pour tous les lire : 3 € par mois",
    "The Tynedale Tribune is owned by its readers", "Hazte socio desde 5 € al mes";
    or a short paragraph with such a sentence ("Terres Partagées est une association.
    Adhérez pour 15 € par an.").

    No quotation or reported speech ("… asks donors to give £5 a month, the
    charity says" is an article's). A sentence is an appeal when it opens with an
    appeal's verb over a price, "us" or a period, opens with a price from ("À
    partir de 4,90 € par mois"), or says in a few words that readers fund the site.
    """
    if len(text.split()) > APPEAL_PARAGRAPH_WORDS or _REPORTED.search(text):
        return False
    return any(
        _appeal_sentence(part)
        for s in _SENTENCE_END.split(text.strip())
        if s
        for part in (s, *_SPACED_COLON.split(s)[:1])
    )


def _appeal_sentence(text: str) -> bool:
    if len(text.split()) > APPEAL_MAX_WORDS:
        return False
    if _APPEAL_OPENING.match(text) and _APPEAL_OBJECT.search(text):
        return True
    if _FROM_PRICE.match(text.strip()):
        return True
    return len(text.split()) <= FUNDED_MAX_WORDS and _READER_FUNDED.search(text) is not None


_NAME_PAIR = re.compile(r"^\s*(?:" + _NAME + r")\s*,\s*(?:" + _NAME + r")\s*$")
NAME_PAIR_WORDS = 8


def is_name_pair(text: str) -> bool:
    """Two capitalised names and a comma, nothing else: "Samira Doyle, The Don Valley Gazette",
    an author and an outlet as a translated piece credits them (`is_credit_line` beside it)."""
    return len(text.split()) <= NAME_PAIR_WORDS and _NAME_PAIR.match(text) is not None


# A menu scraped from a page as text: its items on one line, two spaces or more apart
# ("Tudela  Ribera Alta  Comarca  Deportes"), each a capitalised word or three, no digit.
_WIDE_GAP = re.compile(r"\s{2,}|\t")
SPACED_MENU_ITEMS = 3


def is_spaced_menu(text: str) -> bool:
    """A menu's items on one line of plain text, two spaces or more between them: "News  Sport
    What's On  Farming". `SPACED_MENU_ITEMS` items or more of one to `TRAIL_ITEM_WORDS`
    capitalised words, no digit, no sentence punctuation: a table's row of figures or a
    sentence with a double space is none. Markup's blocks have their spaces collapsed, so
    the rule reads scraped text alone."""
    items = [item for item in _WIDE_GAP.split(text.strip()) if item]
    if len(items) < SPACED_MENU_ITEMS or any(ch.isdigit() for ch in text):
        return False
    for item in items:
        tokens = words(item)
        if not 1 <= len(tokens) <= TRAIL_ITEM_WORDS or not tokens[0][0].isupper():
            return False
        if item.rstrip().endswith((".", "!", "?", ":", ",", ";")):
            return False
    return True


# A download's file type and size, in any language's units: "(PDF, 2,1 Mo)", "[DOCX – 340 KB]",
# "(PDF)". File types are their extensions; sizes are SI and French units.
_FILE_TYPE = r"(?:PDF|DOCX?|XLSX?|ODT|ODS|PPTX?|CSV|ZIP|EPUB|RTF|MP3|MP4)"
_FILE_SIZE = r"\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|[kKMG]o|kB|[KMG]b)"
_TYPE_AND_SIZE = rf"{_FILE_TYPE}(?:\s*[,;:·–—-]\s*{_FILE_SIZE})?"
_SIZE_AND_TYPE = rf"{_FILE_SIZE}(?:\s*[,;:·–—-]\s*{_FILE_TYPE})?"
_DOWNLOAD = re.compile(rf"[(\[]\s*(?:{_TYPE_AND_SIZE}|{_SIZE_AND_TYPE})\s*[)\]]\s*$")
DOWNLOAD_WORDS = 15


def is_download_link(text: str) -> bool:
    """A download's link: a short line ending on its file's type and size in brackets,
    "Télécharger le rapport complet (PDF, 2,1 Mo)", "Annual report [DOCX – 340 KB]",
    "Descargar el informe (PDF)". Downloads are debris (LABELS.md): the file is not the page."""
    return len(text.split()) <= DOWNLOAD_WORDS and _DOWNLOAD.search(text) is not None


# A page's feedback widget: "Was this page helpful?" and its answers, in fr, en, es, de, it,
# pt, nl, sv, da, ro and pl; and its tally, "41 of 57 found this helpful" (blind heldout33:
# a Swedish help centre's "Var den här artikeln till hjälp?" and "41 av 57 tyckte att detta
# var till hjälp").
_FEEDBACK = re.compile(
    r"^\s*(?:(?:was|is) this (?:page|article|information|content) (?:helpful|useful)"
    r"|did (?:this page|you find this page|you find what you were looking for)"
    r"|(?:cette page|cet article|cette information) vous (?:a-t-(?:elle|il)|a) (?:été|semblé)"
    r" utile|avez-vous trouvé (?:cette page|ce que vous cherchiez)"
    r"|¿?\s*(?:le|te) (?:ha|han) (?:resultado|sido) útil(?:es)? (?:esta|este|la) "
    r"(?:página|artículo|información)|¿?\s*(?:esta|la) (?:página|información) (?:le|te) (?:ha )?"
    r"(?:resultado|sido|parecido) útil|¿?\s*(?:ha|has) encontrado lo que buscaba(?:s)?"
    r"|(?:war|ist) (?:diese seite|dieser artikel|diese information) (?:hilfreich|nützlich)"
    r"|(?:questa pagina|questo articolo) (?:ti|le|vi) è stat[oa] utile"
    r"|(?:esta página|este artigo) (?:foi|lhe foi|te foi) útil"
    r"|(?:was|is) (?:deze pagina|dit artikel) (?:nuttig|behulpzaam)"
    r"|var (?:den här|denna) (?:artikeln|artikel|sidan|sida|informationen) till hjälp"
    r"|var (?:denne|dette) (?:artikel|side|artikelen|siden) (?:nyttig|til hjælp)"
    r"|(?:ți|v) ?-?a (?:fost|fost de) util[ăe]? (?:acest articol|această pagină)"
    r"|(?:acest articol|această pagină) (?:ți|v)-a fost util[ăe]?"
    r"|czy (?:ten artykuł|ta strona) (?:był[ao]? )?(?:pomocn[ya]|przydatn[ya])"
    r"|\d+ (?:of|out of|sur|de|von|av|van|din|su|z) \d+\b.{0,40}\b(?:helpful|useful|utile"
    r"|útil|hilfreich|till hjälp|nuttig|util|pomocn\w*|nyttig))\b",
    re.IGNORECASE,
)
# Its answers, alone on a line: "Yes | No", "Oui Non", "Sí · No".
_YES = r"(?:yes|oui|sí|si|ja|sim)"
_NO = r"(?:no|non|nein|não|nee|nope)"
_ANSWERS = re.compile(
    r"^\s*(?:" + _YES + r"\W+" + _NO + r"|" + _NO + r"\W+" + _YES + r")\s*\W*\s*$", re.IGNORECASE
)
FEEDBACK_WORDS = 16


def is_feedback_widget(text: str) -> bool:
    """A page's "was this helpful" widget: "Cette page vous a-t-elle été utile ?", "Was this
    page helpful? Yes | No", "¿Le ha resultado útil esta página?", or its yes/no answers
    alone ("Oui Non"). The question opens the line; nothing but its answers follows it."""
    if _ANSWERS.match(text):
        return True
    question = _FEEDBACK.match(text)
    if question is None or len(text.split()) > FEEDBACK_WORDS:
        return False
    rest = text[question.end() :].strip(" ?¿")
    return not rest or _ANSWERS.match(rest) is not None


# A newsletter's footer as its archive on the web keeps it: why the reader receives it, how
# to stop it, in fr, en, es, de, it and pt.
_RECEIVING = re.compile(
    r"^\s*(?:you(?:['’]re| are) receiving this|you received this|you(?:['’]re| are) getting this"
    r"|this (?:email|e-mail|message|newsletter) was sent to"
    r"|vous recevez (?:ce|cet|cette)|vous avez reçu (?:ce|cet|cette)|cet? (?:e-?mail|courriel"
    r"|message) (?:vous )?a été envoyé"
    r"|(?:recibes|recibe|estás recibiendo|has recibido|ha recibido) este"
    r"|(?:sie erhalten|du erhältst|sie haben) diese"
    r"|(?:ricevi|stai ricevendo|hai ricevuto) questa"
    r"|(?:você está recebendo|você recebeu|recebeste) este)\b",
    re.IGNORECASE,
)
_UNSUBSCRIBE = re.compile(
    r"\b(?:unsubscribe|opt[- ]out|update your preferences|manage (?:your )?(?:preferences"
    r"|subscription)|se désinscrire|se désabonner|désinscription|désabonnement|gérer (?:mes|vos)"
    r" préférences|darse de baja|date de baja|darte de baja|cancelar (?:la |tu |su )?suscripción"
    r"|abmelden|abbestellen|newsletter abbestellen|disiscriviti|annulla l['’]iscrizione"
    r"|cancelar (?:a )?inscrição|descadastrar|uitschrijven)\b",
    re.IGNORECASE,
)
NEWSLETTER_FOOTER_WORDS = 40
UNSUBSCRIBE_WORDS = 12


def is_newsletter_footer(text: str) -> bool:
    """A newsletter's footer line: "You are receiving this email because you signed up…",
    "Vous recevez cette lettre car…", or a short line to stop it ("Unsubscribe · Update your
    preferences", "Se désinscrire"): the sender's words about the mailing, not the letter's."""
    n = len(text.split())
    return (n <= NEWSLETTER_FOOTER_WORDS and _RECEIVING.match(text) is not None) or (
        n <= UNSUBSCRIBE_WORDS and _UNSUBSCRIBE.search(text) is not None
    )


# A blog's links to the posts before and after: an arrow on the side it points to
# ("← Mettre à jour Hugo", "Un thème en CSS pur →", "« Article précédent"), or its label.
_POST_LABEL = (
    r"(?:previous|next|older|newer) (?:post|article|entry|story)|(?:article|billet) (?:précédent"
    r"|suivant)|(?:entrada|artículo|publicación) (?:anterior|siguiente)"
    r"|(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|eintrag)"
    r"|(?:articolo|post) (?:precedente|successivo)|(?:post|artigo) (?:anterior|seguinte)"
    r"|próximo (?:post|artigo)"
)
_POST_LABEL_LINE = re.compile(r"^\W*(?:" + _POST_LABEL + r")\b", re.IGNORECASE)
POST_NAVIGATION_WORDS = 14


def is_post_navigation(text: str) -> bool:
    """A link to the blog's previous or next post: an arrow at the start pointing back or at
    the end pointing on ("← Previous post", "Next post →", "« Article précédent"), or the
    label in fr, en, es, de, it, pt. A quotation in guillemets opens and closes them."""
    line = text.strip()
    if len(line.split()) > POST_NAVIGATION_WORDS or not any(ch.isalpha() for ch in line):
        return False
    back = line.startswith(("←", "‹", "< ", "<< ")) or (line.startswith("«") and "»" not in line)
    on = line.endswith(("→", "›", " >", " >>")) or (line.endswith("»") and "«" not in line)
    return back or on or _POST_LABEL_LINE.match(line) is not None
