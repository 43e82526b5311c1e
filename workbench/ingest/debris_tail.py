"""What follows an article, read from where it stands and its shape: the replies of a forum
thread after its opening post, and a list of other pages' titles under a short label.

- A forum or a blog prints each reply under (or over) a stamp: who wrote it and when ("Par
  Fanfan_plomberie » 22 nov. 2026, 19:20", "Mensaje por MielDeRomero » Sáb Nov 21, 2026 9:10
  pm", "allotment_ann · 3 hours ago"), or stacks it: the handle on its line, a member's card
  at most, then the date alone ("Pierrot74" / "Grand voyageur – 1 873 messages" / "24 nov.
  2026, 22:31"), the post opening at the handle. The stamps cut the page into posts; the post
  with the most prose that quotes no other ("Margaux_en_sac a écrit :") is the article (the
  opening post, or the story above the first comment), and every post after it that holds
  prose is a reply. Each reply is closed by the next stamp, the last by its own short text.
- Past the article's last long paragraph, a short label ("Lue myös", "Sujets similaires",
  "More fact checks", "Tin liên quan") over two lines or more that read as titles (no
  sentence's end, no separator, no `label: value` row) is a list of other pages, whatever its
  words; the first line that is no title closes it, and a table's value never does.

Each rule marks a mask of `debris_regions.region_mask`, under its net
(`outside_the_article`): no rule takes the article. No word of any language is read but the
dates and stamps' separators `debris_regions` reads and a quotation's verb ("a écrit",
"dijo", "wrote").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.ingest.debris_edges import sign_off
from workbench.ingest.debris_features import DATE, is_date_alone, words
from workbench.ingest.debris_notices import PHONE
from workbench.ingest.debris_regions import (
    HEADER_SEPARATOR,
    RELATIVE_TIME,
    is_handle,
    past_a_third,
    reads_as_comment,
)
from workbench.ingest.debris_structure import (
    ARTICLE_PARAGRAPHS,
    PARAGRAPH_WORDS,
    is_clock,
    shape,
)

# A stamp has this many words at most ("Mensaje por colmenero_alpujarra » Dom Nov 22, 2026
# 10:04 am").
STAMP_WORDS = 14
# "Par Fanfan_plomberie » 22 nov. 2026", "Posted by Ana R. on 3 May 2026", "Von Jan am 3.5.":
# a stamp's author after its label word.
_STAMP_AUTHOR = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:by|par|por|von|di|door|av|przez)\s+(?P<handle>[^»|·,–—]{1,30}?)"
    r"\s*(?:»|\||·|,|–|—|\bon\b|\ble\b|\bel\b|\bam\b|\bil\b|\bop\b|\s-\s)",
    re.IGNORECASE,
)
# The last reply's text runs this many lines at most under its stamp.
REPLY_LINES = 4
# A thread holds this many replies at least after its article.
REPLIES = 2


# A username: one to three words, each capitalised or holding a digit or "_" ("Gégé41",
# "pedalo_du_49", "Grand-Braquet", "Ana R."); no sentence's punctuation.
_USERNAME_WORD = re.compile(r"^@?(?:[^\W\d_][\w'’.-]*|\w*[\d_]\w*)$")


def _is_username(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 3 and all(
        _USERNAME_WORD.match(t) and (t[:1].isupper() or t[:1] == "@" or re.search(r"[\d_]", t))
        for t in tokens
    )


def is_stamp(text: str) -> bool:
    """A short line that says who wrote a post and when: a handle and a date or a time, with
    no sentence: "Par Gégé41 » 23 nov. 2026, 09:15", "birder_jo · 3 hours ago"."""
    stripped = text.strip()
    if len(stripped.split()) > STAMP_WORDS or stripped.endswith((".", "!", "?", "…")):
        return False
    when = DATE.search(stripped) or RELATIVE_TIME.search(stripped)
    if when is None:
        return False
    author = _STAMP_AUTHOR.match(stripped)
    if author is not None and _is_username(author.group("handle")):
        return True
    head, *rest = HEADER_SEPARATOR.split(stripped, maxsplit=1)
    return bool(rest) and is_handle(head) and not any(ch.isdigit() for ch in head)


def stamps_of(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Each post's stamp as (its first line, its last): a stamp on one line (`is_stamp`), or
    stacked (module doc): a date alone with a username on the line above it, or two lines
    above it over a short line with no sentence's end (the member's card: "Miembro ·
    Mensajes: 57"). The nearest username is the handle: a sign-off two lines up ("Maite")
    stays its post's."""
    out = []
    for i, text in enumerate(texts):
        if is_stamp(text):
            out.append((i, i))
        elif i > 0 and _is_day(text):
            if _is_username(texts[i - 1]):
                out.append((i - 1, i))
            elif i > 1 and _is_username(texts[i - 2]) and _is_card(texts[i - 1]):
                out.append((i - 2, i))
    return out


def _opens_on_a_quote(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether the post's first line past its stamp quotes another post."""
    return start < end and bool(_QUOTES.match(texts[start].strip()))


def _is_day(text: str) -> bool:
    """A post's date alone, a day or an age ("24 nov. 2026, 22:31", "27/09/2026", "Il y a 3
    heures"), not a time of day alone or a match's minute ("16:54", "55'"): a live page's
    entries stand under those (`live_entry_times`)."""
    return is_date_alone(text) and not is_clock(text) and bool(_DAY_MARK.search(text))


# A day's date holds a word (a month, "ago") or a digit after a separator ("27/09", "3.5.").
_DAY_MARK = re.compile(r"[/.-]\d|[^\W\d_]{2,}")
# A post that opens on a quotation of another is a reply ("Margaux_en_sac a écrit :",
# "Maite_Bilbo dijo: ¿Hay…?", "dave_k wrote:").
_QUOTES = re.compile(
    r"^\S+(?:\s\S+)?\s+(?:wrote|said|a écrit|escribió|dijo|escreveu|disse|schrieb"
    r"|hat geschrieben|ha scritto|schreef|skrev|napisał)\s*:",
    re.IGNORECASE,
)


def _is_card(text: str) -> bool:
    """A short line under a handle with no sentence in it: a member's rank and count."""
    stripped = text.strip()
    return 0 < len(stripped.split()) <= STAMP_WORDS and not reads_as_comment(stripped)


def mark_replies(texts: Sequence[str], prose: Sequence[bool], mask: list[bool]) -> None:
    """The replies of a thread after its article (module doc): from each reply's stamp to its
    last line of prose; the last reply, its `REPLY_LINES` lines at most under its stamp.
    Nothing when fewer than `REPLIES` replies follow the article."""
    stamps = stamps_of(texts)
    if len(stamps) < REPLIES + 1:
        return
    bounds = [0, *(first for first, _ in stamps), len(texts)]
    lasts = [-1, *(last for _, last in stamps)]
    posts = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    sizes = [sum(len(words(texts[j])) for j in range(a, b) if prose[j]) for a, b in posts]
    # The article is the post with the most prose that quotes no other.
    quoting = [
        k > 0 and _opens_on_a_quote(texts, lasts[k] + 1, posts[k][1]) for k in range(len(posts))
    ]
    article = max(range(len(posts)), key=lambda k: (not quoting[k], sizes[k], -k))
    replies = []
    for k in range(article + 1, len(posts)):
        (start, end), stamp_end = posts[k], lasts[k]
        if k == len(posts) - 1:
            end = stamp_end + 1
            while end < min(len(texts), stamp_end + 1 + REPLY_LINES) and reads_as_comment(
                texts[end]
            ):
                end += 1
            said = list(range(stamp_end + 1, end))
        else:
            said = [j for j in range(stamp_end + 1, end) if prose[j]]
        if said:
            replies.append((start, said[-1] + 1))
    if len(replies) < REPLIES:
        return
    for start, end in replies:
        mask[start:end] = [True] * (end - start)


# A list's label: this many words at most, no sentence's end.
LABEL_WORDS = 6
# A title: this many words, no full stop, colon or semicolon at its end.
TITLE_WORDS = (2, 16)
TITLES = 2
TITLES_MAX = 15
_SENTENCE_END = re.compile(r"[.!…:;,][\s»\"”’)\]]*$")
# A menu's or a footer's separators: a title holds none.
_SEPARATORS = re.compile(r"[·|•]")
# How to reach someone: a phone number, an e-mail or web address, a street address with its
# number ("4 avenue du Maréchal Leclerc", "12 Mill Lane", "Calle Mayor 12", "Hauptstraße 5")
# or a postcode before a town ("39000 Lons-le-Saunier"). No page's title gives one; a contact
# box under its label does ("Contact" / "Service Voirie : 03 84 00 00 00, voirie@ville-lons.fr").
_CONTACT = re.compile(
    PHONE + r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://|\bwww\.\w"
    r"|\b\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|impasse"
    r"|allée|quai|route|street|st\.|road|rd\.|lane|square|calle|c/|plaza|paseo"
    r"|avenida|camino)\b"
    r"|\b\d{1,4}\s+(?:[A-Z][^\W\d]+\s+){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Way|Square"
    r"|Place|Terrace|Crescent|St|Rd|Ave)\b"
    r"|\b(?i:calle|plaza|paseo|avenida|c/)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3},?\s+\d{1,4}\b"
    r"|\b[^\W\d]+(?i:straße|strasse|weg|platz|gasse|allee)\s+\d{1,4}\b"
    r"|\b\d{5}\s+[A-Z][^\W\d]+"
)
# After a colon a headline goes on ("Talvi tuli: näin auraus etenee"), a fact box's row gives
# a value of fewer words ("Weight: 265 g", "Durée : 1 h 42").
HEADLINE_AFTER_COLON = 3


def _is_title(text: str, prose: bool) -> bool:
    """A line that reads as a page's title: `TITLE_WORDS` words, capitalised, no sentence's
    or label's end (a question is one: "Remplacer un groupe de sécurité soi-même ?"), no
    separator, no `label: value` row, and no contact (`_CONTACT`)."""
    stripped = text.strip()
    _, colon, after = stripped.partition(":")
    return (
        # A tab-separated line is a data table's row ("North quay\t2,400,000"), not a title.
        "\t" not in stripped
        and TITLE_WORDS[0] <= len(words(stripped)) <= TITLE_WORDS[1]
        and (stripped[:1].isupper() or stripped[:1] in "¿¡«\"“'‘")
        and not _SENTENCE_END.search(stripped)
        and not _SEPARATORS.search(stripped)
        and (not colon or len(words(after)) >= HEADLINE_AFTER_COLON)
        and (not prose or stripped.endswith("?"))
        and not _CONTACT.search(stripped)
    )


def _is_list_label(text: str) -> bool:
    """A short label with no sentence's or value's mark in it: no digit, no punctuation but a
    final colon ("Sujets similaires", "Lue myös", "More fact checks")."""
    stripped = text.strip().removesuffix(":").strip()
    n = len(words(stripped))
    return (
        1 <= n <= LABEL_WORDS
        # A table's header row ("Item\tBudget (£)\tSpent (£)") is no label.
        and "\t" not in stripped
        and not any(ch.isdigit() for ch in stripped)
        and re.search(r"[.!?…;:,·|]", stripped) is None
    )


def mark_title_lists(
    texts: Sequence[str],
    prose: Sequence[bool],
    mask: list[bool],
    cells: Sequence[bool] | None = None,
) -> None:
    """A list of other pages' titles under a short label, past the article's last run of prose
    (module doc): the label and `TITLES` titles or more, closed by the first other line or the
    page's end within `TITLES_MAX` lines. A data table's row (``cells``) is neither."""
    cell = list(cells) if cells is not None else [False] * len(texts)
    # The page's tail: past the article's last long paragraph (a question in the list reads
    # as prose, and would stretch the article's run of prose over it).
    long = [i for i, p in enumerate(prose) if p and len(words(texts[i])) >= PARAGRAPH_WORDS]
    # With fewer long paragraphs the article is not read (a language with no stop list): its
    # end is not known.
    if len(long) < ARTICLE_PARAGRAPHS:
        return
    late = past_a_third(texts)
    # and past a letter's closing, its signatory and her office (`sign_off`): a school's
    # newsletter signed "Diretora do Agrupamento" over "Siga-nos" was read as a list of titles
    # (blind heldout33)
    signed = [k for k, s in enumerate(sign_off(texts)) if s]
    i = max([long[-1], *signed[-1:]]) + 1
    while i < len(texts):
        if not (late[i] and not cell[i] and _is_list_label(texts[i])):
            i += 1
            continue
        j = i + 1
        while (
            j < len(texts) and j - i <= TITLES_MAX and not cell[j] and _is_title(texts[j], prose[j])
        ):
            j += 1
        # A column of a table goes on with its values ("71", "94 %"): no list of titles.
        closed = j == len(texts) or (
            not _is_title(texts[j], prose[j]) and shape(texts[j], prose[j]) != "number"
        )
        if j - i - 1 >= TITLES and closed:
            mask[i:j] = [True] * (j - i)
            i = j
        else:
            i += 1
