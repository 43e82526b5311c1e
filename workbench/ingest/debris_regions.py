"""Regions of a page that are debris as a whole: reader-comment threads, a footer opened by
"Leave a comment", a related-stories list, teasers at the page's end.

A region rule marks lines only between its opening and its closing evidence
(a "Reply" link, the form that invites one more comment, the page's short
end), within a bounded reach, and never a run that holds the article
(`region_mask`): no rule may swallow an unbounded run of lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby, pairwise

from workbench.ingest.debris_features import (
    DATE,
    is_date_alone,
    is_dated_byline,
    prose_lines,
    stopword_density,
    vocabulary_hits,
    words,
)
from workbench.ingest.debris_lines import NAVIGATION, is_appeal, is_credit_line, is_name_pair

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    "|décembre|decembre|january|february|march|april|may|june|july|august|september|october"
    "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    "|noviembre|diciembre"
)


# "SallyM septembre 13, 2023 - 11:00 pm": the header of a reader comment.
COMMENT_HEADER = re.compile(
    r"^.{1,60}?\s(?:\d{1,2}\s+)?(?:" + _MONTHS + r")\s+\d{1,2}(?:,|\s)\s*\d{4}"
    r"(?:\s*[-–à,]\s*\d{1,2}[:h]\d{2}\s*(?:am|pm)?)?\s*$",
    re.IGNORECASE,
)
COMMENT_END = re.compile(r"^\s*(?:répondre|reply|responder|antworten)\s*$", re.IGNORECASE)
COMMENT_HEADER_WORDS = 12
FOOTER_START = re.compile(
    r"^\s*(?:(?:laissez|laisser) un commentaire|leave a (?:comment|reply)|deja un comentario"
    r"|logo[\w-]*)\s*$",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"^\s*(?:en savoir plus|lire aussi|à lire aussi|pour aller plus loin"
    r"|sur le même (?:sujet|thème)|nos articles sur|à découvrir|read more|related"
    r"|more (?:on|from|stories)|most (?:read|viewed)"
    r"|trending|you (?:may|might) also like|más información|leer más|noticias relacionadas"
    r"|notas relacionadas|relacionad[oa]s?|te puede interesar|también te puede interesar"
    r"|lo más leído|les plus lus|mehr zum thema|mehr aus|meistgelesen|meest gelezen"
    r"|dans le même numéro|in this issue|weitere (?:artikel|tests|beiträge))\b[^.]{0,30}$",
    re.IGNORECASE,
)

# Bounds of the region rules: each must see its closing evidence within these.
COMMENT_MAX_LINES = 8
FOOTER_MAX_LINES = 12
FOOTER_MAX_SHARE = 0.25
RELATED_MAX_ITEMS = 15

TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")


def region_mask(
    texts: Sequence[str], bullets: Sequence[bool], prose: Sequence[bool] | None = None
) -> list[bool]:
    """Lines inside a debris region that showed its closing evidence (comments, footer, lists).

    ``prose`` says per line whether it reads as prose (default `prose_lines` of
    the page, language unknown). Whatever its closing evidence, a region never
    takes the article: one that would hold as many words of prose as the rest of
    the page is not marked (`outside_the_article`).
    """
    if prose is None:
        prose = prose_lines(texts, "und")
    mask = [False] * len(texts)
    rules: list[Callable[[list[bool]], None]] = [
        lambda m: _mark_comment_threads(texts, m),
        lambda m: _mark_footer(texts, m),
        lambda m: _mark_counted_threads(texts, m),
        lambda m: _mark_handled_threads(texts, m),
        lambda m: _mark_related_lists(texts, bullets, m),
        lambda m: _mark_teasers(texts, m),
        lambda m: _mark_credits(texts, m),
        lambda m: _mark_acted_comments(texts, m),
        lambda m: _mark_signed_comments(texts, m),
        lambda m: _mark_appeals(texts, m),
        lambda m: _mark_signup_boxes(texts, m),
        lambda m: _mark_end_matter(texts, m),
        lambda m: _mark_masthead(texts, prose, m),
        lambda m: _mark_bios(texts, m),
        lambda m: _mark_pull_quotes(texts, m),
    ]
    for rule in rules:
        marked = [False] * len(texts)
        rule(marked)
        kept = outside_the_article(texts, prose, marked)
        mask = [a or b for a, b in zip(mask, kept, strict=True)]
    return mask


def outside_the_article(
    texts: Sequence[str], prose: Sequence[bool], marked: Sequence[bool]
) -> list[bool]:
    """``marked`` without its runs that hold the article: a run holding at least as many
    words of prose as the rest of the page, and some, is left unmarked. A comment thread,
    a footer or a list of links is the smaller part of a page's prose, the article the
    larger."""
    sizes = [len(t.split()) if p else 0 for t, p in zip(texts, prose, strict=True)]
    total = sum(sizes)
    out = [False] * len(texts)
    for start, end in true_runs(marked):
        inside = sum(sizes[start:end])
        if not (inside > 0 and inside >= total - inside):
            out[start:end] = [True] * (end - start)
    return out


def _mark_comment_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader comment runs from its "name, date" header to its "Reply" link.

    A header alone proves nothing: "Published 7:15 AM GMT, September 3, 2025"
    reads like one. Only a header closed by a reply link within a few lines
    opens a comment, so a rule can never run on into the article.
    """
    headers = [_comment_header(t) for t in texts]
    for i in range(len(texts)):
        if headers[i]:
            _mark_closed_region(
                mask, i, COMMENT_MAX_LINES, lambda j: bool(COMMENT_END.match(texts[j])),
                stops=headers.__getitem__,
            )  # fmt: skip


def _mark_closed_region(
    mask: list[bool],
    start: int,
    reach: int,
    closes: Callable[[int], bool],
    stops: Callable[[int], bool] = lambda j: False,
) -> None:
    """Mark ``start`` through the first line that ``closes`` the region, looked for in the
    next ``reach`` lines; mark nothing when a line that ``stops`` it comes first, or when
    none closes it within reach. A region rule never runs on without closing evidence.
    """
    for j in range(start + 1, min(len(mask), start + 1 + reach)):
        if closes(j):
            mask[start : j + 1] = [True] * (j + 1 - start)
            return
        if stops(j):
            return


def _comment_header(text: str) -> bool:
    """A short line with a date or time in it: "SallyM septembre 13, 2023 - 11:00 pm"."""
    if COMMENT_HEADER.match(text):
        return True
    return len(text.split()) <= COMMENT_HEADER_WORDS and bool(DATE.search(text))


# "48 Comments", "14 comentarios en «Lentejas»", "Kommentare (3)", a blog theme's "5 thoughts on
# “Title”" ("3 réflexions sur", "2 Gedanken zu"): a thread's heading…
THREAD_START = re.compile(
    r"^\s*(?:\d+\s+(?:comments?|commentaires?|comentarios?|coment[aá]rios?|commenti"
    r"|kommentare?|thoughts?|réflexions?|gedanken"
    r"|réactions?|reacciones|respuestas?|replies|responses|reacties|reactie|comentaris)"
    r"(?:\s+(?:on|to|sur|à|en|a|zu|su|em|op)\s.{1,80})?"
    r"|(?:comments?|commentaires|comentarios|coment[aá]rios|commenti|kommentare|réactions"
    r"|reacties|comentaris|leserkommentare)"
    r"\s*\(\d+\)|(?:reader )?comments|commentaires|comentarios|kommentare|commenti|reacties"
    r"|comentaris)\s*:?\s*$",
    re.IGNORECASE,
)
# …closed by the form to leave one, or by the fine print of such a form.
THREAD_END = re.compile(
    r"^\s*(?:(?:leave|post|add|write) a (?:comment|reply|response)|(?:laissez|laisser|ajouter|"
    r"écrire) un commentaire|deja (?:un comentario|una respuesta)|escribe un comentario"
    r"|lascia un commento|deixe (?:um|seu) comentário|kommentar (?:schreiben|verfassen)"
    r"|schreiben sie einen kommentar|répondre à l['’]article)\b.{0,40}$"
    r"|.*(?:email address will not be published|adresse (?:e-?mail|de messagerie) ne sera pas"
    r" publiée|correo electrónico no será publicad[ao]|e-mail-adresse wird nicht veröffentlicht"
    r"|email non sarà pubblicato|e-mail não será publicado).*",
    re.IGNORECASE,
)
THREAD_MAX_LINES = 40


def _mark_counted_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader-comment thread in plain text: from its heading ("48 Comments") to the form
    that invites one more ("Leave a Reply"), within `THREAD_MAX_LINES` lines.

    Comments need no "Reply" link here: the two ends are the closing evidence,
    and a heading with no form after it within reach opens nothing.
    """
    late = _past_a_third(texts)
    for i in range(len(texts)):
        if late[i] and _thread_heading(texts, i):
            _mark_closed_region(
                mask, i, THREAD_MAX_LINES, lambda j: bool(THREAD_END.match(texts[j]))
            )


def _past_a_third(texts: Sequence[str]) -> list[bool]:
    """For each line, whether a third of the page's words or more lie before it.

    Counted in words, not lines: a page's header is many short lines (menus,
    the site's name, a byline), its article few long ones, so a third of the
    lines may still lie above the article's first paragraph.
    """
    total = sum(len(t.split()) for t in texts)
    before, late = 0, []
    for text in texts:
        late.append(3 * before >= total)
        before += len(text.split())
    return late


def _thread_heading(texts: Sequence[str], i: int) -> bool:
    """Line ``i`` heads a comment thread ("48 Comments"), and is no comment count in the
    article's byline: "5 comments" right under "Posted by … on 24 November 2026" is the
    story's metadata, as blog themes print it."""
    if not THREAD_START.match(texts[i]):
        return False
    return not (i > 0 and (is_dated_byline(texts[i - 1]) or is_date_alone(texts[i - 1])))


# A commenter's handle: "Ana R.", "Noémie_42", "jvdberg", "G. Roussel", "Marlies Harms".
_HANDLE = re.compile(r"^\s*@?[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,2}\s*$")
HANDLE_MAX_CHARS = 30
_INITIAL_END = re.compile(r"(?:^|\s)\w\.$")
# A comment's text runs this many lines at most under its handle.
COMMENT_TEXT_LINES = 4
# Lines between a thread's heading and its first handle ("Sort by: Newest").
THREAD_PREAMBLE = 2


def _is_handle(text: str) -> bool:
    """A short name with no sentence in it: one to three words, no stop word, no final "!?:",
    a full stop only after an initial."""
    stripped = text.strip()
    return (
        len(stripped) <= HANDLE_MAX_CHARS
        and bool(_HANDLE.match(stripped))
        # A full stop ends an initial ("Ana R."), not a word ("Endlich.").
        and (not stripped.endswith(".") or bool(_INITIAL_END.search(stripped)))
        # Capitalised words are a name's, whatever the stop lists hold ("Pierre L.").
        and stopword_density([w for w in words(text) if w[0].islower()], ("fr", "en", "es", "de"))
        == 0
        and vocabulary_hits(text) == 0
    )


def _mark_handled_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A thread of reader comments with no "Reply" link and no form after it: a heading
    ("Comentarios (6)", "Reacties (3)"), then comments, each a handle ("Ana R.") over its
    text (and perhaps a date); two comments at least.

    The comments themselves are the closing evidence: the region ends with the
    text of the last handle, at most `COMMENT_TEXT_LINES` lines of sentences.
    """
    n = len(texts)
    late = _past_a_third(texts)
    for i in range(n):
        if not late[i] or not _thread_heading(texts, i):
            continue
        j = i + 1
        while j < min(n, i + 1 + THREAD_PREAMBLE) and not _is_handle(texts[j]):
            j += 1
        end, comments = i, 0
        while j < min(n, i + 1 + THREAD_MAX_LINES) and _is_handle(texts[j]):
            k = j + 1
            while k < n and is_date_alone(texts[k]):
                k += 1
            said = k
            while (
                said < min(n, k + COMMENT_TEXT_LINES)
                and not _is_handle(texts[said])
                and _reads_as_comment(texts[said])
            ):
                said += 1
            while said < n and is_date_alone(texts[said]):
                said += 1
            if said == k:
                break
            comments, end, j = comments + 1, said, said
        if comments >= 2:
            for k in range(i, end):
                mask[k] = True


def _reads_as_comment(text: str) -> bool:
    """A line a reader writes: a sentence ending ".!?…", or an @reply."""
    stripped = text.strip()
    return stripped.startswith("@") or stripped.rstrip(' »"”’)').endswith((".", "!", "?", "…"))


def _mark_footer(texts: Sequence[str], mask: list[bool]) -> None:
    """A footer opened by "Leave a comment" runs to the end of a page, if that end is short.

    The closing evidence is the end of the page itself: a "footer" longer
    than a few lines, or holding much of the page's words, is not one.
    """
    total = sum(len(t.split()) for t in texts)
    for i, text in enumerate(texts):
        # A footer starts after the content: never in the first lines of a page.
        if i >= len(texts) // 2 and FOOTER_START.match(text):
            tail = texts[i:]
            words = sum(len(t.split()) for t in tail)
            if len(tail) <= FOOTER_MAX_LINES and words <= FOOTER_MAX_SHARE * total:
                for j in range(i, len(texts)):
                    mask[j] = True
            return


def _mark_related_lists(texts: Sequence[str], bullets: Sequence[bool], mask: list[bool]) -> None:
    """A "Read more" heading and the list of headlines under it.

    The list is bulleted, or a run of headline-like lines (short, no final
    full stop); its first other line closes it.
    """
    # A headline over two paragraphs of prose opens a section of the article.
    prose = prose_lines(texts, "und")
    heads = [i + 2 < len(texts) and prose[i + 1] and prose[i + 2] for i in range(len(texts))]
    for i, text in enumerate(texts):
        if not RELATED_HEADING.match(text) or len(text.split()) > 12:
            continue
        j = i + 1
        while (
            j < len(texts)
            and j <= i + RELATED_MAX_ITEMS
            and (bullets[j] or (_headline_like(texts[j]) and not heads[j]))
        ):
            mask[j] = True
            j += 1
        if j > i + 1:
            mask[i] = True


def _headline_like(text: str) -> bool:
    stripped = text.strip()
    return (
        2 <= len(stripped.split()) <= 16
        and not stripped.endswith((".", "!", ":", ";"))
        and not RELATED_HEADING.match(stripped)
    )


def _mark_teasers(texts: Sequence[str], mask: list[bool]) -> None:
    """Teasers of other stories: a run of lines cut with "…", at the end of a page."""
    ends = [bool(TEASER_END.search(t)) and len(t.split()) <= 30 for t in texts]
    for i, j in true_runs(ends):
        if j - i >= 2 or j == len(texts):
            for k in range(i, j):
                mask[k] = True


def true_runs(flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Each maximal run of True in ``flags`` as [start, end), in order."""
    i = 0
    for value, group in groupby(flags):
        n = sum(1 for _ in group)
        if value:
            yield i, i + n
        i += n


def _mark_credits(texts: Sequence[str], mask: list[bool]) -> None:
    """Each line of credits alone (`debris_lines.is_credit_line`): "Traduit de l'anglais par
    …", "Source : …, 24 novembre 2026"; and an author and outlet beside one ("Samira Doyle,
    The Don Valley Gazette"). One line is its own closing evidence."""
    credits = [is_credit_line(t) for t in texts]
    for i, credit in enumerate(credits):
        if credit:
            mask[i] = True
            # "Nathan Coombe, North Devon Tidings" over "Traduit de l'anglais par …".
            for k in (i - 1, i + 1):
                if 0 <= k < len(texts) and not credits[k] and is_name_pair(texts[k]):
                    mask[k] = True


# A comment's actions on one line: "Reply · Report", "Like · Reply · 3", "Répondre | Signaler".
_ACTION = (
    r"(?:reply|report|like|likes|share|flag|répondre|signaler|j['’]aime|partager|responder"
    r"|denunciar|me gusta|compartir|antworten|melden|gefällt mir|teilen|rispondi|segnala"
    r"|mi piace|condividi|curtir|reportar|\d+)"
)
COMMENT_ACTIONS = re.compile(
    r"^\s*(?=.*[^\W\d])" + _ACTION + r"(?:\s*[·|•/–-]\s*" + _ACTION + r")+\s*$",
    re.IGNORECASE,
)
# "3 hours ago", "il y a 2 jours", "hace 3 horas", "vor 2 Stunden", "3 ore fa", "há 2 dias".
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one|une?)\s*(?:min\w*|h|hours?|days?|weeks?|months?|years?|heures?"
    r"|jours?|semaines?|mois|ans?|horas?|días?|semanas?|meses|años?|stunden?|tagen?|wochen?"
    r"|ore|giorni|settimane|dias)\s*(?:ago|fa)\b|\b(?:il y a|hace|vor|há)\s+\d+\s*\w+",
    re.IGNORECASE,
)
_HEADER_SEPARATOR = re.compile(r"\s+[·|•–—-]\s+|,\s+")


def _comment_signature(text: str) -> bool:
    """A commenter's handle, alone or with when they wrote: "birder_jo · 3 hours ago"."""
    head, *rest = _HEADER_SEPARATOR.split(text.strip(), maxsplit=1)
    if not _is_handle(head):
        return False
    return not rest or bool(_RELATIVE_TIME.search(rest[0]) or DATE.search(rest[0]))


def _mark_acted_comments(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader comment with its actions under it, heading or none: a handle (and when),
    one to `COMMENT_TEXT_LINES` lines a reader writes, then "Reply · Report".

    The actions line is the closing evidence, the handle the opening; past a
    third of the page's words only.
    """
    late = _past_a_third(texts)
    for j, text in enumerate(texts):
        if not (late[j] and COMMENT_ACTIONS.match(text)):
            continue
        mask[j] = True
        k = j - 1
        while k >= max(0, j - COMMENT_TEXT_LINES) and _reads_as_comment(texts[k]):
            if _comment_signature(texts[k]):
                break
            k -= 1
        if k < j - 1 and k >= 0 and late[k] and _comment_signature(texts[k]):
            mask[k:j] = [True] * (j - k)


# "Gérard P. : Merci …", "Trevor_B: Brilliant idea.", "Paulette R. — Quelle belle idée".
_SIGNED = re.compile(r"^\s*(?P<handle>[^:–—]{1,30}?)\s*(?::|\s[–—]\s)\s*(?P<said>\S.*)$")
# A reader's handle, not a person an article names: "Trevor_B", "sue42", "DaveW", "Sue H".
_USERNAME = re.compile(
    r"^@?(?:\w*[_\d]\w*|[a-z][\w.]*|[A-Z][a-z]+[A-Z]\w*"
    r"|[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?\s+[A-Z]\.?)$"
)
# "Réaction de Jean-Pierre, Luchon :", "Réaction d'un lecteur – Gérard, Lille :",
# "Comment from Ana:", "Comentario de Luis, Murcia:", "Leserkommentar von Jan:".
_READER_LABEL = re.compile(
    r"^\s*(?:(?:réaction|commentaire|comment|comentario|kommentar|leserkommentar|commento"
    r"|comentário)\s+(?:d['’]une? (?:lect(?:eur|rice)|internaute)|from a reader|de un lector"
    r"|eines lesers|di un lettore|de um leitor)\b[^:]{0,40}"
    r"|(?:réaction|commentaire|comment|comentario|kommentar|leserkommentar|commento|comentário)"
    r"\s+(?:de|d['’]|from|by|von|di|do|da)\s*[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)?"
    r"(?:,\s*[^:,]{2,30})?)\s*:\s*\S",
    re.IGNORECASE,
)
# "Une réaction ?", "Vos réactions (1)", "Have your say", "Ihre Meinung": an invitation.
_INVITE = re.compile(
    r"^\s*(?:une réaction|vos réactions|réagissez|your (?:comments|reactions|views)"
    r"|have your say|reader comments|comments|commentaires|comentarios|tu opinión|opina"
    r"|ihre meinung|kommentare|commenti|comentários|sua opinião|(?:\d+\s+)?(?:reactions?"
    r"|réactions?|reacciones))\s*(?:\(\d+\)|\?)?\s*:?\s*$",
    re.IGNORECASE,
)
SIGNED_MAX_WORDS = 60


def _signed_comment(text: str) -> bool:
    """A comment signed inline by its reader: a username or a reader's label, then what they
    said (a reader's line, `_reads_as_comment`)."""
    if _READER_LABEL.match(text) and _reads_as_comment(text):
        return len(text.split()) <= SIGNED_MAX_WORDS
    match = _SIGNED.match(text)
    if match is None or len(text.split()) > SIGNED_MAX_WORDS:
        return False
    handle = match.group("handle").strip()
    return (
        _is_handle(handle)
        and _USERNAME.match(handle) is not None
        and _reads_as_comment(match.group("said"))
    )


def _mark_signed_comments(texts: Sequence[str], mask: list[bool]) -> None:
    """Reader comments signed inline, past a third of the page: a run of two or more, or one
    under an invitation ("Une réaction ?", "Comments (2)") or signed with a reader's label.

    The run closes at its first line that is no signed comment; an interview's
    "Name: answer" lines are no usernames, and the net (`outside_the_article`)
    keeps any run that would hold the article.
    """
    late = _past_a_third(texts)
    signed = [late[i] and _signed_comment(t) for i, t in enumerate(texts)]
    for start, end in true_runs(signed):
        invited = start > 0 and bool(_INVITE.match(texts[start - 1]))
        labelled = any(_READER_LABEL.match(texts[k]) for k in range(start, end))
        if end - start >= 2 or invited or labelled:
            mask[start - int(invited) : end] = [True] * (end - start + int(invited))


# Lines between two appeals that the block holds ("The Post is run by volunteers.").
APPEAL_GAP = 2
APPEAL_GAP_WORDS = 25
APPEAL_QUESTION_WORDS = 8


def _mark_appeals(texts: Sequence[str], mask: list[bool]) -> None:
    """A donation or subscription appeal after the article (`debris_lines.is_appeal`): its
    appeal lines, the few short lines between two of them, and a short question that opens
    the block ("Like this story?"). Past a third of the page's words only.
    """
    late = _past_a_third(texts)
    anchors = [i for i, t in enumerate(texts) if late[i] and is_appeal(t)]
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
            if before.endswith("?") and len(before.split()) <= APPEAL_QUESTION_WORDS:
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
# …under a heading that names what the reader gets: "The Hearth & Hand letter".
_SIGNUP_HEADING = re.compile(
    r"\b(?:newsletter|letter|lettre|bulletin|boletín|rundbrief|notiziario|membership"
    r"|adhésion|donate|faites un don|spenden)\b",
    re.IGNORECASE,
)
SIGNUP_REACH = 3
SIGNUP_HEADING_WORDS = 12
SIGNUP_LINE_WORDS = 25


def _mark_signup_boxes(texts: Sequence[str], mask: list[bool]) -> None:
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
    r"|contacto de prensa|pressekontakt|contatti stampa|contato de imprensa"
    r"|(?:about|à propos|sobre|acerca|über|informazioni su)(?: (?:the|de l['’]|de|del|el|la"
    r"|den|die|l['’]|o|a))? ?(?:author|auteur|autrice|autor|autora|autore|autorin|writer))"
    r"|(?i:about|à propos de|acerca de|über)\s+[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ&][\w'’&.-]*){0,4})"
    r"\s*:?\s*$"
)


END_MATTER_LINES = 3
END_MATTER_WORDS = 60


def _mark_end_matter(texts: Sequence[str], mask: list[bool]) -> None:
    """A press release's or a column's end matter in the page's second half: its heading and
    the paragraphs under it, at most `END_MATTER_LINES`, closed by the page's end or by the
    next box's heading (a short line with no final stop: "More news")."""
    for i in range(len(texts) // 2, len(texts)):
        if not END_MATTER_START.match(texts[i]):
            continue
        j = i + 1
        while (
            j < min(len(texts), i + 1 + END_MATTER_LINES)
            and len(texts[j].split()) <= END_MATTER_WORDS
            and not _box_heading(texts[j])
        ):
            j += 1
        if j == len(texts) or _box_heading(texts[j]):
            mask[i:j] = [True] * (j - i)
        return


def _box_heading(text: str) -> bool:
    stripped = text.strip()
    return 1 <= len(stripped.split()) <= 6 and not stripped.endswith((".", "!", "?", ":", ","))


# A site's main menu on one line: three items or more between "|", "·" or "•".
_MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
MENU_ITEM_WORDS = 4
MASTHEAD_NAME_WORDS = 4
MASTHEAD_WORDS = 15
HEADLINE_REACH = 8


def _main_menu(text: str) -> bool:
    items = [item.strip() for item in _MENU_SEPARATOR.split(text)]
    return len(items) >= 3 and all(1 <= len(item.split()) <= MENU_ITEM_WORDS for item in items)


def _mark_masthead(texts: Sequence[str], prose: Sequence[bool], mask: list[bool]) -> None:
    """The site's masthead at the page's top: its name (the first line, or the first under a
    "Skip to content" link) and its tagline ("Le magazine des savoir-faire textiles"), right
    above its main menu.

    The menu closes it; and the page's own headline must stand below the menu,
    over the article's prose, so a headline is never taken for a tagline.
    """
    top = 1 if texts and NAVIGATION.match(texts[0]) else 0
    name, tagline, menu = top, top + 1, top + 2
    if menu >= len(texts) or not _main_menu(texts[menu]) or any(prose[: menu + 1]):
        return
    if len(texts[name].split()) > MASTHEAD_NAME_WORDS or _MENU_SEPARATOR.search(texts[name]):
        return
    line = texts[tagline].rstrip()
    if len(line.split()) > MASTHEAD_WORDS or line.endswith((".", "!", "?", ":")):
        return
    headline = any(
        _headline_like(texts[k]) and not _main_menu(texts[k]) and any(prose[k + 1 : k + 4])
        for k in range(menu + 1, min(len(texts), menu + 1 + HEADLINE_REACH))
    )
    if headline:
        mask[name : tagline + 1] = [True, True]


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


def _mark_bios(texts: Sequence[str], mask: list[bool]) -> None:
    """The author's bio after the article: a short paragraph in the page's second half that
    opens with the byline's author and a copula ("Nadia Brooks is a science journalist…",
    "Joséphine est apicultrice…"). A name no byline gives opens no bio."""
    authors = _authors(texts)
    if not authors:
        return
    opening = re.compile(
        r"^\s*(?:"
        + "|".join(re.escape(a) for a in sorted(authors, key=len, reverse=True))
        + r")"
        + _COPULA
    )
    for i in range(len(texts) // 2, len(texts)):
        if len(texts[i].split()) <= BIO_WORDS and opening.match(texts[i]):
            mask[i] = True


PULL_QUOTE_WORDS = (4, 25)
PULL_QUOTE_REACH = 3
PULL_QUOTE_SOURCE = 1.5


def _mark_pull_quotes(texts: Sequence[str], mask: list[bool]) -> None:
    """A pull quote: a short sentence set apart whose every word a longer paragraph within
    `PULL_QUOTE_REACH` lines already says ("The miller keeps the tide table." beside "… She
    keeps the tide table."). The paragraph is the article's; its echo is layout."""
    bags = [[w.casefold() for w in words(t)] for t in texts]
    for i, text in enumerate(texts):
        low, high = PULL_QUOTE_WORDS
        said = set(bags[i])
        if not low <= len(bags[i]) <= high or not _reads_as_comment(text):
            continue
        for k in range(max(0, i - PULL_QUOTE_REACH), min(len(texts), i + PULL_QUOTE_REACH + 1)):
            if k != i and len(bags[k]) >= PULL_QUOTE_SOURCE * len(bags[i]) and said <= set(bags[k]):
                mask[i] = True
                break
