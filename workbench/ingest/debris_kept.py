"""Guards that keep the article's own lines from the rules and the model: an event's schedule
(a span of times or of days is no stamp), a line that names what the article's prose names
(a job ad's title and place, a concert's artist and hall), the page's headline that its site
repeats on another page as a teaser.

Out of fold (leave one part out) these were the shapes of the content lines lost: facts of the
subject above the prose read as a widget's fields, dates of an event read as a stamp
(README "Web debris on labelled pages").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from workbench.ingest.debris_features import DATE, is_date_alone, vocabulary_hits, words
from workbench.ingest.debris_vocabulary import WEEKDAY

# What joins the two ends of a span: "9 h à 12 h", "4:30 pm – 7:00 pm", "del 12 de
# diciembre al 4 de abril", "10:00 bis 12:00", "from 2 to 5 June".
_SPAN_JOIN = re.compile(
    r"^\s*(?:[-–—]|to|till|until|à|au|a|al|hasta|bis|até|fino al|tot)\s*$", re.IGNORECASE
)
# A time of day: "9 h", "21:00", "7.30pm", "5:00 PM".
_TIME = re.compile(r"\d{1,2}\s?(?:[:h.]\s?\d{2}|h\b)|\d{1,2}\s?(?:am|pm)\b", re.IGNORECASE)
_MERIDIEM = re.compile(r"\b[ap]\.?m\b\.?", re.IGNORECASE)


def is_schedule(text: str) -> bool:
    """A span of times or of days ("de 9 h à 12 h", "4:30 pm – 7:00 pm", "Del 12 de diciembre
    de 2026 al 4 de abril de 2027"): an event's or an office's hours, which the article
    states. A stamp (a page's date, "Updated 14:05") is one point in time, not a span."""
    times = list(_TIME.finditer(text))
    for a, b in pairwise(times):
        if _SPAN_JOIN.match(_MERIDIEM.sub("", text[a.end() : b.start()])):
            return True
    days = list(DATE.finditer(text))
    for a, b in pairwise(days):
        between = re.sub(r"\b(?:de|del|of)\b|\d{4}|[,\s]", " ", text[a.end() : b.start()])
        if _SPAN_JOIN.match(between) and not (_TIME.search(a[0]) or _TIME.search(b[0])):
            return True
    return False


# A line that opens on a time of day and goes on with its entry: "19:00  Opening ceilidh",
# "5:00 PM – 7:00 PM", "14h30 Visite guidée".
_TIMED_ROW = re.compile(
    r"^\s*\d{1,2}\s?[:h.]\s?\d{2}(?:\s?(?:h|uhr|[ap]\.?\s?m\.?))?\s+\S", re.IGNORECASE
)
# A day of the month: "Friday 18 June", "Mardi 1er décembre" (a month alone, "December 2026",
# is a listing's month or an archive's).
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
# An event's first time stands this many lines under its day at most (a venue's name between).
DAY_REACH = 2
# Between a programme's rows, a line of this many words at most (a stage's, a hall's name).
VENUE_WORDS = 4


def _event_day(text: str) -> bool:
    """A date alone that names a day and no time of day: "Friday 18 June"."""
    return is_date_alone(text) and not _TIME.search(text) and bool(_DAY_NUMBER.search(text))


def programme_lines(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """Per line, whether it is a programme's or an event's day, one of its timed rows or a
    venue's name between them.

    A day ("Friday 18 June", "Saturday, 12 December 2026": a date alone with a day of the
    month and no time) with a line that opens on a time of day within `DAY_REACH` lines
    under it ("19:00  Opening ceilidh", "5:00 PM – 7:00 PM"), and the lines down to its last
    timed row before prose or a longer line: the event's dates, halls and hours, which a
    translation of the page carries, where a date or a time alone elsewhere is a dateline's.
    A ticker's and a podcast's chapters open on times too, under no day (their stamps carry a
    time). On the labelled pages (26 parts) every such line is content: 18 lines, two sites.
    """
    out = [False] * len(texts)
    for i, text in enumerate(texts):
        if not _event_day(text):
            continue
        rows = []
        for j in range(i + 1, len(texts)):
            if _TIMED_ROW.match(texts[j]):
                rows.append(j)
                continue
            ended = prose[j] or _event_day(texts[j]) or len(words(texts[j])) > VENUE_WORDS
            if ended or (not rows and j - i >= DAY_REACH):
                break
        if rows:
            out[i : rows[-1] + 1] = [True] * (rows[-1] + 1 - i)
    return out


# A schedule describes this many of its timed rows at least, or names this many of its days.
SCHEDULE_ENTRIES = 2
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def schedule_lines(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """Per line, whether it is a row or a day of the page's own schedule: a programme's
    (`programme_lines`), a listing's timed rows (`described_rows`) or the days a menu or a
    timetable is set out by (`agenda_days`). Their dates and times are no dateline's."""
    return [
        a or b or c
        for a, b, c in zip(
            programme_lines(texts, prose),
            described_rows(texts, prose),
            agenda_days(texts),
            strict=True,
        )
    ]


def described_rows(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """The timed rows of a listing: a line that opens on a time of day and names its entry
    ("10:00 The Garden Hour", "16:25 El tiempo") with prose right under it (what the
    programme is), on a page with `SCHEDULE_ENTRIES` such rows or more, and the timed rows
    between the first and the last of them. A radio's or a TV's schedule, a day's timetable:
    the page's article. A ticker's headlines and a podcast's chapters are timed rows too,
    but in a run of their own with nothing under each (on the labelled pages none has two
    rows over prose)."""
    described = [
        i
        for i, text in enumerate(texts[:-1])
        if _TIMED_ROW.match(text) and prose[i + 1] and not _TIMED_ROW.match(texts[i + 1])
    ]
    out = [False] * len(texts)
    if len(described) >= SCHEDULE_ENTRIES:
        for i in range(described[0], described[-1] + 1):
            out[i] = bool(_TIMED_ROW.match(texts[i]))
    return out


def row_descriptions(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """The prose right under a listing's timed row (`described_rows`): what the programme
    is, who presents it ("Presentado por Ana Blanco y Marcos López."), which a rule that
    reads the line alone may take for a credit or a notice."""
    rows = described_rows(texts, prose)
    return [i > 0 and rows[i - 1] and prose[i] for i in range(len(texts))]


def agenda_days(texts: Sequence[str]) -> list[bool]:
    """The days a schedule is set out by: a date alone with a weekday and a day of the month
    but no year and no time ("Lundi 7 décembre", "Friday 18 June"), `SCHEDULE_ENTRIES` of
    them or more on the page. A canteen's menu, a week's timetable heads its rows with them.
    A stamp carries its year ("Jeudi 12 mars 2026") or is short or relative ("Nov 22", "2
    hours ago"); a masthead's date stands once."""
    out = [_event_day(t) and bool(WEEKDAY.search(t)) and not _YEAR.search(t) for t in texts]
    return out if sum(out) >= SCHEDULE_ENTRIES else [False] * len(texts)


# A name of the article is this long at least, in letters.
NAME_MIN_CHARS = 3
# A line over this many words is no heading or field, and a sentence decides for itself.
FIELD_MAX_WORDS = 12
# A menu's or a breadcrumb's separators (a quotation's «» are no separator).
_SEPARATORS = ("|", "›", " > ", " » ", "•", "·")


def names_of_the_prose(
    texts: Sequence[str], prose: Sequence[bool], forced: Sequence[bool]
) -> list[bool]:
    """Short lines above or inside the article (before its last line of prose) that name what
    its prose names: a capitalised word of the line, its first set aside (a field's label,
    "Location:"), is a word of a paragraph ("Location: Norwich, Norfolk" over "…in the
    centre of Norwich…"; "Sala Oasis, Zaragoza" over "…vuelve a Zaragoza…"). A job ad's
    title and place, an event's name and hall: facts of the subject (LABELS.md), which a
    widget's fields, a menu and a related list (after the prose) do not share."""
    kept = [p and not f for p, f in zip(prose, forced, strict=True)]
    if not any(kept):
        return [False] * len(texts)
    last = max(i for i, k in enumerate(kept) if k)
    vocabulary = {w.casefold() for t, k in zip(texts, kept, strict=True) if k for w in words(t)}
    out = []
    for i, text in enumerate(texts):
        tokens = words(text)
        names = {w.casefold() for w in tokens[1:] if w[0].isupper() and len(w) >= NAME_MIN_CHARS}
        out.append(
            i < last
            and not prose[i]
            and not forced[i]
            and 1 <= len(tokens) <= FIELD_MAX_WORDS
            and not any(sep in text for sep in _SEPARATORS)
            # A number beside a name is a result's, a score's, a price's, but in a field.
            and (bool(_FIELD.match(text)) or not any(ch.isdigit() for ch in text))
            and not _name_alone(text, tokens)
            # A field's label may be a site's word ("Location:"); its value may not.
            and vocabulary_hits(text.split(":", 1)[1] if _FIELD.match(text) else text) == 0
            and bool(names & vocabulary)
        )
    return out


def inside_the_article(prose: Sequence[bool], forced: Sequence[bool]) -> list[bool]:
    """Lines before the article's last line of prose that no rule forces (a line after it is
    the page's end: a footer's office hours, a related list)."""
    kept = [p and not f for p, f in zip(prose, forced, strict=True)]
    last = max((i for i, k in enumerate(kept) if k), default=-1)
    return [i < last for i in range(len(prose))]


# A field: a label of a few words, a colon, a value ("Lieu : Biarritz (64200)").
_FIELD = re.compile(r"^\s*[^\W\d_][^:]{0,30}\s?:\s")
# A particle of a name: "de", "del", "of", "la", "von".
PARTICLE_MAX_CHARS = 3


def _name_alone(text: str, tokens: Sequence[str]) -> bool:
    """A name and nothing else ("Fenwick Robotics Inc.", "Ayuntamiento de Fuentes del Moral",
    "María José Bautista"): a site's, a company's, an author's, which its prose names too. A
    field ("Lieu : Biarritz"), a pair ("Sala Oasis, Zaragoza") says something of it."""
    return not any(ch in text for ch in ":,–—-()") and all(
        w[0].isupper() or len(w) <= PARTICLE_MAX_CHARS for w in tokens
    )


# The page's headline is this long at least, in words.
HEADLINE_MIN_WORDS = 6


def repeated_headline(texts: Sequence[str], repeated: Sequence[bool]) -> list[bool]:
    """A line the site repeats elsewhere that is this page's headline: headline-shaped (six
    words or more, no final punctuation, no separators, no site vocabulary) and over a line
    the site does not repeat that is at least as long (the standfirst, the first paragraph).
    The site's other page lists it as a teaser; here it is the title."""
    out = []
    for i, text in enumerate(texts):
        after = texts[i + 1] if i + 1 < len(texts) else ""
        out.append(
            repeated[i]
            and i + 1 < len(texts)
            and not repeated[i + 1]
            and len(words(text)) >= HEADLINE_MIN_WORDS
            and len(words(after)) >= len(words(text))
            and not text.rstrip(' »"”’)]').endswith((".", "!", "?", "…", ":", ";"))
            and not any(sep in text for sep in ("|", "›", "•", "·"))
            and vocabulary_hits(text) == 0
        )
    return out
