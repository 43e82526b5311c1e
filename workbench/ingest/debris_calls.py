"""A site's calls to the reader around any article: a comment button or the comments' heading
alone on its line ("Comentar", "Commenter", "Comments (4)"), the words that open a
support box ("Before you go…", "Avant de partir…"), and a call to take part or join
("Take part: download the survey app…", "Vous aussi, participez aux comptages…").

The comment button is debris wherever it stands (`debris_notices.is_notice` forces it); a
box's parting words only right above an appeal (`debris_frame.mark_appeals`): "Before you
go" is also a travel guide's heading. In fr, en, es, de, it and pt; no labelled body,
heading or caption line of `bench/data/pages` is one (`tests/test_debris_provenance.py`).
Issue 13, session 24.
"""

from __future__ import annotations

import re

from workbench.ingest.debris_lines import PRICE

# "Comentar", "Commenter", "Kommentieren", "Comments (4)", "Comment *", "Deixe um comentário".
# "Comment ?" is French for "How?": a question mark is none.
_COMMENT_CALL = re.compile(
    r"^\W*(?:comment|comments|commenter|commentaires?|réagir|comentar|comenta|comentarios"
    r"|comente|comentários|kommentieren|kommentare|commenta|commentare|commenti"
    r"|(?:add|write|post) a comment|(?:ajouter|écrire) un commentaire|(?:escribe|escribir|deja)"
    r" (?:un|tu) comentario|kommentar schreiben|scrivi un commento|(?:deixe|escreva) (?:um|seu)"
    r" comentário)(?:\s*\(\d+\)|\s+\d+)?[\s*:.!›»→]*$",
    re.IGNORECASE,
)


def is_comment_call(text: str) -> bool:
    """A comment button or the comments' heading alone: "Comentar", "Commenter", "Comment",
    "Comments (4)", "Kommentare (3)", "Comment *" (a form's label). A sentence that says
    "comment" is none ("Comment se passe une inspection ?")."""
    return _COMMENT_CALL.match(text) is not None


# What a support box's heading says before it asks: the reader is about to leave.
_PARTING = re.compile(
    r"^\W*(?:before you (?:go|leave)|one (?:more|last) thing|just (?:a moment|one more thing)"
    r"|avant de (?:partir|nous quitter|vous en aller)|une dernière chose|un instant"
    r"|antes de (?:irte|marcharte|que te vayas|ir|sair|você ir)|una última cosa|uma última coisa"
    r"|bevor (?:sie gehen|du gehst)|noch eine sache|prima di (?:andare|andartene)"
    r"|un['’]ultima cosa)\s*(?:[.…!:,]+|\.\.\.)?\s*$",
    re.IGNORECASE,
)


def is_parting_line(text: str) -> bool:
    """A support box's opening words: "Before you go…", "Avant de partir…", "Antes de
    irte…", "Bevor Sie gehen …", "Prima di andare…", "Antes de sair…". Debris right above
    an appeal only (`debris_frame.mark_appeals`)."""
    return _PARTING.match(text) is not None


# A call to take part or join, by its opening: "Vous aussi, participez …", "You too can …",
# "Take part: …", "Support the crew: …", "Adhérez à … et recevez …", "Get The Orkney Islander
# delivered every Friday from £6.50 a month." An article that reports such a call quotes it or
# says who makes it; these address the reader in the site's own voice.
_READER_CALL = re.compile(
    r"^\W*(?:(?:vous aussi|toi aussi)\s*,\s*[^\W\d]+ez\b|you too can (?:help|join|take part"
    r"|get involved|support|become|sign up|volunteer|donate|contribute)\b"
    r"|(?:tú|usted|ustedes) también (?:puedes|puede|pueden) (?:participar|colaborar|ayudar|unirte"
    r"|apuntarte)\b"
    r"|(?:take part|get involved|join (?:us|in)|support (?:us|the \w+)|participez|rejoignez-nous"
    r"|engagez-vous|aidez-nous|participa|colabora|mach mit|machen sie mit|partecipa)\s*:"
    r"|(?:adhérez|abonnez-vous|join|subscribe|become a member|devenez (?:membre|adhérent\w*)"
    r"|hazte soci[oa]|suscríbete|abónate|werden sie mitglied|iscriviti|abbonati)\b[^.!?]{0,80}"
    r"\b(?:et recevez|and (?:get|receive)|y recib[ea]s?|und erhalten sie|e ricevi)\b"
    r"|(?:get|have|recevez|recibe|bekommen sie)\b[^.!?]{0,60}\b(?:delivered|livrée?s?|chez vous"
    r"|a domicilio|nach hause)\b[^.!?]{0,40}\b(?:from|dès|à partir de|desde|ab)\s*" + PRICE + r")",
    re.IGNORECASE,
)


def is_reader_call(text: str) -> bool:
    """A call to the reader to take part, join or subscribe, in the site's voice: "Take part:
    download the survey app and record the lichens on your street.", "Vous aussi, posez un
    nichoir : …", "Adhérez à l'association … et recevez les Cahiers quatre fois par an.".
    Debris after the first third of the page (`debris_frame.mark_appeals`), as an appeal."""
    return _READER_CALL.match(text) is not None
