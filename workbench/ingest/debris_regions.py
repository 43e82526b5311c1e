"""Regions of a page that are debris as a whole: reader-comment threads (with a heading, or
closed by "Reply · Report", or signed inline by usernames), a footer opened by "Leave a
comment", a related-stories list, teasers at the page's end; and what frames the article
(`debris_frame`: masthead, credits, bio, appeals, newsletter box, end matter, pull quote).

A region rule marks lines only between its opening and its closing evidence
(a "Reply" link, the form that invites one more comment, the page's short
end), within a bounded reach, and never a run that holds the article
(`region_mask`): no rule may swallow an unbounded run of lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby

from workbench.ingest.debris_features import (
    DATE,
    is_date_alone,
    is_dated_byline,
    prose_lines,
    stopword_density,
    vocabulary_hits,
    words,
)

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
    r"|dans le même numéro|in this issue|weitere (?:artikel|tests|beiträge)"
    r"|articles similaires|similar (?:articles|stories)|artículos similares|ähnliche artikel"
    r"|vous aimerez aussi|vous aimerez peut-être aussi|you (?:may|might) also enjoy"
    r"|te puede gustar|das könnte sie auch interessieren)\b[^.]{0,30}$",
    re.IGNORECASE,
)

# Bounds of the region rules: each must see its closing evidence within these.
COMMENT_MAX_LINES = 8
FOOTER_MAX_LINES = 12
FOOTER_MAX_SHARE = 0.25
RELATED_MAX_ITEMS = 15
# A related list's last headline over the prose: this many words at least (a subheading has
# fewer: "Ce qui change pour vous").
RELATED_LAST_WORDS = 6

TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")


def region_mask(
    texts: Sequence[str],
    bullets: Sequence[bool],
    prose: Sequence[bool] | None = None,
    cells: Sequence[bool] | None = None,
    titles: Sequence[bool] | None = None,
) -> list[bool]:
    """Lines inside a debris region that showed its closing evidence (comments, footer, lists).

    ``prose`` says per line whether it reads as prose (default `prose_lines` of
    the page, language unknown); ``cells`` whether a line is a data table's row (no
    list of titles holds one; default none); ``titles`` whether a line is the page's own
    title (`LineContext.title`: no list of related links runs on into it; default none).
    Whatever its closing evidence, a region never
    takes the article: one that would hold as many words of prose as the rest of
    the page is not marked (`outside_the_article`).
    """
    from workbench.ingest import debris_frame as frame  # its rules use this module's helpers
    from workbench.ingest import debris_tail as tail

    if prose is None:
        prose = prose_lines(texts, "und")
    mask = [False] * len(texts)
    rules: list[Callable[[list[bool]], None]] = [
        lambda m: _mark_comment_threads(texts, m),
        lambda m: _mark_footer(texts, m),
        lambda m: _mark_counted_threads(texts, m),
        lambda m: _mark_handled_threads(texts, m),
        lambda m: _mark_related_lists(texts, bullets, m, titles),
        lambda m: _mark_teasers(texts, m),
        lambda m: frame.mark_credits(texts, m),
        lambda m: _mark_acted_comments(texts, m),
        lambda m: _mark_signed_comments(texts, m),
        lambda m: frame.mark_appeals(texts, m),
        lambda m: frame.mark_signup_boxes(texts, m),
        lambda m: frame.mark_end_matter(texts, m),
        lambda m: frame.mark_masthead(texts, prose, m),
        lambda m: frame.mark_bios(texts, prose, m),
        lambda m: frame.mark_site_statements(texts, m, prose),
        lambda m: frame.mark_pull_quotes(texts, m),
        lambda m: tail.mark_replies(texts, prose, m),
        lambda m: tail.mark_title_lists(texts, prose, m, cells),
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
    # a comment never begins before its thread's heading: a live blog's last entry ("09:30",
    # its text, "Partager") over "Réagissez" and a first comment's "Répondre" (newcomer32)
    stops = [h or bool(THREAD_START.match(t)) for h, t in zip(headers, texts, strict=True)]
    for i in range(len(texts)):
        if headers[i]:
            _mark_closed_region(
                mask, i, COMMENT_MAX_LINES, lambda j: bool(COMMENT_END.match(texts[j])),
                stops=stops.__getitem__,
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
    r"|comentaris|réagissez|vos réactions)\s*:?\s*$",
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
    late = past_a_third(texts)
    for i in range(len(texts)):
        if late[i] and _thread_heading(texts, i):
            _mark_closed_region(
                mask, i, THREAD_MAX_LINES, lambda j: bool(THREAD_END.match(texts[j]))
            )


def past_a_third(texts: Sequence[str]) -> list[bool]:
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


def is_handle(text: str) -> bool:
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
    late = past_a_third(texts)
    for i in range(n):
        if not late[i] or not _thread_heading(texts, i):
            continue
        j = i + 1
        while j < min(n, i + 1 + THREAD_PREAMBLE) and not is_handle(texts[j]):
            j += 1
        end, comments = i, 0
        while j < min(n, i + 1 + THREAD_MAX_LINES) and is_handle(texts[j]):
            k = j + 1
            while k < n and is_date_alone(texts[k]):
                k += 1
            said = k
            while (
                said < min(n, k + COMMENT_TEXT_LINES)
                and not is_handle(texts[said])
                and reads_as_comment(texts[said])
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


def reads_as_comment(text: str) -> bool:
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


def _mark_related_lists(
    texts: Sequence[str],
    bullets: Sequence[bool],
    mask: list[bool],
    titles: Sequence[bool] | None = None,
) -> None:
    """A "Read more" heading and the list of headlines under it.

    The list is bulleted, or a run of headline-like lines (short, no final
    full stop); its first other line closes it, and so does the page's own title
    (``titles``): a cookie banner's "En savoir plus" over the site's menu and breadcrumb
    took a manual's h1 for the list's last headline (newcomer36).
    """
    # A headline over two paragraphs of prose opens a section of the article.
    prose = prose_lines(texts, "und")
    heads = [i + 2 < len(texts) and prose[i + 1] and prose[i + 2] for i in range(len(texts))]
    if titles is not None:
        heads = [h or t for h, t in zip(heads, titles, strict=True)]
    for i, text in enumerate(texts):
        if not RELATED_HEADING.match(text) or len(text.split()) > 12:
            continue
        j = i + 1
        while (
            j < len(texts)
            and j <= i + RELATED_MAX_ITEMS
            and (bullets[j] or (headline_like(texts[j]) and not heads[j]))
        ):
            mask[j] = True
            j += 1
        # The list's last headline may stand over the article's next paragraphs, where the
        # page puts the list amid the prose: after an item of a headline's length
        # (`RELATED_LAST_WORDS`), a line of that length with no question is one more, not
        # the article's subheading ("Et les somnifères ?") nor its title under a menu that a
        # cookie banner's "En savoir plus" heads (held-out 4). Of the labelled pages' lines so
        # placed, 5 of 6 are debris, the sixth that question (session 28; blind23-almadraba's
        # second item).
        if (
            j > i + 1
            and j < len(texts)
            and j <= i + RELATED_MAX_ITEMS
            and headline_like(texts[j])
            and len(texts[j].split()) >= RELATED_LAST_WORDS
            and len(texts[j - 1].split()) >= RELATED_LAST_WORDS
            and not texts[j].rstrip().endswith("?")
            and not (titles is not None and titles[j])
        ):
            mask[j] = True
            j += 1
        if j > i + 1:
            mask[i] = True


def headline_like(text: str) -> bool:
    """Two to sixteen words with no final stop or colon, and no "Read more" heading."""
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
RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one|une?)\s*(?:min\w*|h|hours?|days?|weeks?|months?|years?|heures?"
    r"|jours?|semaines?|mois|ans?|horas?|días?|semanas?|meses|años?|stunden?|tagen?|wochen?"
    r"|ore|giorni|settimane|dias)\s*(?:ago|fa)\b|\b(?:il y a|hace|vor|há)\s+\d+\s*\w+",
    re.IGNORECASE,
)
HEADER_SEPARATOR = re.compile(r"\s+[·|•–—-]\s+|,\s+")


def _comment_signature(text: str) -> bool:
    """A commenter's handle, alone or with when they wrote: "birder_jo · 3 hours ago"."""
    head, *rest = HEADER_SEPARATOR.split(text.strip(), maxsplit=1)
    if not is_handle(head):
        return False
    return not rest or bool(RELATIVE_TIME.search(rest[0]) or DATE.search(rest[0]))


def _mark_acted_comments(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader comment with its actions under it, heading or none: a handle (and when),
    one to `COMMENT_TEXT_LINES` lines a reader writes, then "Reply · Report".

    The actions line is the closing evidence, the handle the opening; past a
    third of the page's words only.
    """
    late = past_a_third(texts)
    for j, text in enumerate(texts):
        if not (late[j] and COMMENT_ACTIONS.match(text)):
            continue
        mask[j] = True
        k = j - 1
        while k >= max(0, j - COMMENT_TEXT_LINES) and reads_as_comment(texts[k]):
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
    said (a reader's line, `reads_as_comment`)."""
    if _READER_LABEL.match(text) and reads_as_comment(text):
        return len(text.split()) <= SIGNED_MAX_WORDS
    match = _SIGNED.match(text)
    if match is None or len(text.split()) > SIGNED_MAX_WORDS:
        return False
    handle = match.group("handle").strip()
    return (
        is_handle(handle)
        and _USERNAME.match(handle) is not None
        and reads_as_comment(match.group("said"))
    )


def _mark_signed_comments(texts: Sequence[str], mask: list[bool]) -> None:
    """Reader comments signed inline, past a third of the page: a run of two or more, or one
    under an invitation ("Une réaction ?", "Comments (2)") or signed with a reader's label.

    The run closes at its first line that is no signed comment; an interview's
    "Name: answer" lines are no usernames, and the net (`outside_the_article`)
    keeps any run that would hold the article.
    """
    late = past_a_third(texts)
    signed = [late[i] and _signed_comment(t) for i, t in enumerate(texts)]
    for start, end in true_runs(signed):
        invited = start > 0 and bool(_INVITE.match(texts[start - 1]))
        labelled = any(_READER_LABEL.match(texts[k]) for k in range(start, end))
        if end - start >= 2 or invited or labelled:
            mask[start - int(invited) : end] = [True] * (end - start + int(invited))
