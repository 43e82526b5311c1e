"""Lines that are debris, or the article's, on their own: a site's vocabulary ("Sign in",
"Skip to content", "© 2026"), a menu's trail, the site's name, photo credits and captions.

Each rule reads one line, whatever surrounds it; `debris.line_evidence` weighs
them with the fitted model and the region rules (`debris_regions`).
"""

from __future__ import annotations

import re

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
