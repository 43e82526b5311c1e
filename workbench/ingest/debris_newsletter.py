"""What a newsletter platform puts after (and inside) a post, whatever the letter is about:
Substack, Ghost, Beehiiv, Medium, Buttondown and Mailchimp's archive thank the reader and ask
for a subscription, a share, a follow ("Thanks for reading Inky Ribbons! Subscribe for free
to receive new posts and support my work."), or say who pays for the letter ("… is a
reader-supported publication"). The letter's own sign-off thanks the reader and asks for
nothing ("Until then, thank you for reading."): it is content (LABELS.md).

`debris.line_evidence` forces these lines (`debris_notices.is_notice`): the model's score
cannot take them, for a sentence right after the article's prose is kept (issue 13,
session 22: a Substack footer glued into a bead of a blind pair).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The thanks opening the line: fr, en, es, de, it, pt.
_THANKS = (
    r"^\W*(?:(?:many )?thanks? (?:you )?(?:so much )?for reading|thank you for reading"
    r"|merci (?:beaucoup )?(?:de|d['’]avoir|pour) (?:me |nous )?(?:lire|lu|votre lecture"
    r"|la lecture)"
    r"|gracias por (?:leer|tu lectura|su lectura|haber leído)"
    r"|(?:vielen )?dank(?:e)?(?: dir| euch| ihnen)? (?:fürs|für das|für's|für ihr(?:e)?) lesen"
    r"|grazie (?:per (?:aver letto|la lettura|leggere)|di aver letto)"
    r"|obrigad[oa] (?:por (?:ler|ter lido|sua leitura|a leitura))"
    r")\b"
)
# What the platform asks for in the same line: a subscription, a share, a follow, a forward.
_ASK = (
    r"\b(?:subscribe|subscription|share (?:it|this)|follow (?:me|us)|forward (?:it|this)|clap"
    r"|restack|sign up|abonnez|abonner|abonné|inscri\w+|partagez|transférez|suivez"
    r"|suscr[ií]\w+|comp[aá]rte\w*|reenv[ií]a\w*|s[ií]gueme|abonnier\w*|teile\w*|leite\w* "
    r"(?:\w+ )*weiter|folge\w*|iscriviti|condividi\w*|inoltra\w*|segui(?:mi)?|assine|inscreva"
    r"|compartilhe|partilhe|reencaminhe|siga(?:-me)?)\b"
)
_THANKS_ASK = re.compile(_THANKS + r".*" + _ASK, re.IGNORECASE)
THANKS_WORDS = 45
# A reader-supported letter's pitch: "To receive new posts and support my work, consider
# becoming a free or paid subscriber.", "Pour recevoir les nouveaux articles et soutenir mon
# travail…", "… is a reader-supported publication".
_PITCH = re.compile(
    r"\b(?:reader-supported publication|publication (?:soutenue|financée) par (?:ses|les)"
    r" lect(?:eurs|rices)|publicación (?:financiada|apoyada|sostenida) por (?:sus|los) lectores"
    r"|von (?:ihren |seinen )?leser(?:n|innen) (?:unterstützte|finanzierte) publikation"
    r"|pubblicazione sostenuta dai (?:suoi )?lettori|publicação apoiada pelos (?:seus )?leitores"
    r"|(?:to )?receive new posts and support my work|recevoir les nouveaux (?:articles|posts"
    r"|billets) et soutenir mon travail|recibir (?:las )?nuevas (?:publicaciones|entradas) y"
    r" apoyar mi trabajo|neue beiträge (?:zu )?erhalten und meine arbeit (?:zu )?unterstützen"
    r"|ricevere i nuovi post e sostenere il mio lavoro|receber novos posts e apoiar o meu"
    r" trabalho)\b",
    re.IGNORECASE,
)
PITCH_WORDS = 45

# A newsletter box's promise: what arrives in the reader's inbox and how often, or the reader
# told to get it there ("Notre lettre du berger : chaque mois, l'actualité du pastoralisme dans
# votre boîte mail.", "Get the Gazette in your inbox", "Recibe cada mañana las noticias de
# Asturias en tu correo"). The reader's own inbox: "our customer service inbox" is content.
_INBOX = re.compile(
    r"\b(?:(?:straight |directly |right )?(?:in|into|to) your (?:e-?mail )?inbox"
    r"|dans (?:votre|ta) boîte (?:mail|e-mail|email|de réception|aux lettres)"
    r"|(?:en|a) (?:tu|su) (?:correo|bandeja de entrada|buzón)"
    r"|(?:in|direkt in) (?:ihr|ihrem|dein|deinem) (?:e-mail-)?postfach"
    r"|nella (?:tua|sua) casella (?:di posta|e-?mail)"
    r"|na (?:sua|tua) caixa de (?:entrada|correio))\b",
    re.IGNORECASE,
)
_EVERY = re.compile(
    r"\b(?:chaque|tous les|toutes les|every|each|once a|twice a|cada|todos los|todas las"
    r"|jede[nrs]?|ogni|tod[oa]s? [oa]s)\s+\w+"
    r"|\b(?:daily|weekly|monthly|weekday|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|diari[oa]"
    r"|semanal|mensual|täglich|wöchentlich|monatlich|settimanale|mensile|semanal)\b",
    re.IGNORECASE,
)
_GET = re.compile(
    r"^\W*(?:get|receive|recevez|recevoir|reçois|recibe|recibir|reciba|erhalten sie|erhalte"
    r"|ricevi|ricevere|receba|sign up|inscrivez-vous|abonnez-vous|suscríbete|abonnieren sie)\b",
    re.IGNORECASE,
)
INBOX_WORDS = 30
# A newsletter box's word against spam, a clause of its own: "No spam.", "No spam, ever.",
# "Pas de spam, désinscription en un clic" ("No spam filter is perfect" is a sentence).
_NO_SPAM = re.compile(
    r"(?:^|[.!,;:]\s*)\W*(?:no|pas de|zéro|jamais de|sin|nada de|kein|niente|sem) spam"
    r"(?:,?\s*(?:ever|jamais|nunca|garantiert|promis|promised))?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
NO_SPAM_WORDS = 20


def is_inbox_promise(text: str) -> bool:
    """A newsletter box's promise (`_INBOX`, `INBOX_WORDS` words at most): the reader's
    inbox with how often the letter comes, or with a call to get it there."""
    return (
        len(text.split()) <= INBOX_WORDS
        and _INBOX.search(text) is not None
        and (_EVERY.search(text) is not None or _GET.search(text) is not None)
    )


def is_platform_call(text: str) -> bool:
    """A newsletter platform's call after or inside a post: thanks for reading with a
    subscription, a share, a follow or a forward asked for in the same line ("Thanks for
    reading Inky Ribbons! Subscribe for free…", "¡Gracias por leer Crónica lenta!
    Suscríbete gratis…", "Danke fürs Lesen! … leite ihn an eine Freundin weiter…"), or a
    reader-supported letter's pitch, a newsletter box's promise (`is_inbox_promise`) or its "No
    spam.". Thanks that ask for nothing are the letter's sign-off."""
    n = len(text.split())
    return (
        (n <= THANKS_WORDS and _THANKS_ASK.search(text) is not None)
        or (n <= PITCH_WORDS and _PITCH.search(text) is not None)
        or is_inbox_promise(text)
        or (n <= NO_SPAM_WORDS and _NO_SPAM.search(text) is not None)
    )


# A newsletter's box inside a page holds its title, its promise, a field and a button.
BOX_LINES = 6


def newsletter_boxes(texts: Sequence[str], paths: Sequence[str]) -> list[bool]:
    """For each line, whether it is a line of a newsletter's box as the markup draws it: the
    lines under one element the markup reads as chrome (an <aside>, a <form>, a
    "NewsletterInline_root" class: `markup.is_chrome_step`), `BOX_LINES` at most, one of which
    is the box's promise, a platform's call (`is_platform_call`) or names the reader's inbox
    (`_INBOX`: "Stories from the coast, straight to your inbox."). Its title ("The Journal,
    every Sunday"), its blurb and its button ("Sign me up") go with it: blind33 left them
    alone between the article's paragraphs, each a bead of its own. The smallest such element
    around the promise that holds the rest of the box is taken (its form alone holds only the
    button)."""
    from workbench.ingest.markup import is_chrome_step

    boxes: list[list[str]] = []
    for path in paths:
        steps = path.split("/")
        boxes.append(["/".join(steps[: k + 1]) for k, step in enumerate(steps)
                      if is_chrome_step(step)])  # fmt: skip
    members: dict[str, list[int]] = {}
    for i, keys in enumerate(boxes):
        for key in keys:
            members.setdefault(key, []).append(i)
    out = [False] * len(texts)
    for i, text in enumerate(texts):
        if not boxes[i] or not _names_the_letter(text):
            continue
        for key in boxes[i]:  # from the outermost element in
            lines = members[key]
            if len(lines) <= BOX_LINES:
                for j in lines:
                    out[j] = True
                break
    return out


def _names_the_letter(text: str) -> bool:
    """A newsletter box's line: its promise or call, or a short line naming the inbox."""
    short = len(text.split()) <= INBOX_WORDS
    return is_platform_call(text) or (short and _INBOX.search(text) is not None)
