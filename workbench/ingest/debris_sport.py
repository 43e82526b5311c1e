"""A match sheet's lines in a club's or a paper's report: the score line and the line-ups.

Pure; part of the rules of :mod:`workbench.ingest.debris`. A match report's page sets a
sheet filled from the match's data beside the prose: "AFB 2 – 1 ES Marcigny", "Real
Betis 2-1 Villarreal" (a score line, teams and score alone), "Rovers: Marsh; Doyle, Pruitt,
Kendal, Ash; …", "Goles: Quiles (2), Mompeán, Ferrández; Sáez (2), Cartagena" (a label and
the names of five players or more). The page in the other language renders its own sheet
from the same data (bench/data/pages/LABELS.md: scoreboards, match sheets and line-ups are
debris). Read from shape alone, no word of any language: on the 924 labelled pages of 30
parts (fr, en, es, pt, it) every line of these shapes is debris, and a live page's entry
heading that tells a score ("Full time: Rovers 2-2 Athletic", "Report: Dunmore 3–2
Glenbrack") carries a label and a colon, which a score line has not.
"""

from __future__ import annotations

import re

# Words that join the capitalised words of a team's or a player's name ("Racing de
# Santander", "Dal Sasso").
_PARTICLES = frozenset({"de", "del", "da", "dal", "do", "di", "la", "le", "van", "von"})
# A score line: a team, the score, a team; a competition's name and a dash may come first.
_SCORE_LINE = re.compile(r"^([^:!?]+?)\s+\d{1,3}\s?[–—-]\s?\d{1,3}\s+([^:!?]+?)\s*$")
_DASH = re.compile(r"\s[–—-]\s")
# A line-up's label: a team's name or a word ("Goles", "Buts") before a colon.
_LINE_UP = re.compile(r"^\s*([^:\d]{1,40}?)\s?:\s*(.+)$")
# Between two players of a line-up: a comma, a semicolon, a dash between spaces.
_BETWEEN = re.compile(r"\s*[,;]\s*|\s+[–—-]\s+")
# What a player's name carries besides it: "(c)", "(Hanley 80')", "(o)", "(2)", a last "…".
_ASIDE = re.compile(r"\([^)]*\)?|\.{3}|…|[.]$")
# A team's name has this many words at most, a player's this many.
TEAM_WORDS = 5
PLAYER_WORDS = 3
# A line-up names this many players at least.
PLAYERS = 5
# Of the line's items, this share at least are names (a "Subs:" or "Sub" among them).
NAME_SHARE = 0.8
# And this share at least of the names are a surname alone ("Lamy"): a sheet's. A list of
# those present at a meeting names each with a title ("Mme Bouvard, M. Ferrand"), the
# minutes' own line.
SURNAME_SHARE = 0.5


def _is_name(text: str, most: int) -> bool:
    """Capitalised words ("CV Alberca Lorca", "Tondela B", "O'Hara"), particles between
    them, `most` words at most."""
    tokens = text.split()
    return (
        0 < len(tokens) <= most
        and tokens[0][0].isupper()
        and all(
            (t[0].isupper() and all(ch.isalpha() or ch in "'’.&-" for ch in t)) or t in _PARTICLES
            for t in tokens
        )
    )


def is_score_line(text: str) -> bool:
    """Two teams and the score between them, alone on the line ("Linares 2 – 1 Xerez",
    "Seniors filles (Nationale 2) – USP 29 – 24 HBC Dole")."""
    found = _SCORE_LINE.match(text)
    if not found or not _is_name(found.group(2), TEAM_WORDS):
        return False
    # The first team, or what follows a competition's name and a dash.
    return _is_name(_DASH.split(found.group(1))[-1], TEAM_WORDS)


def is_line_up(text: str) -> bool:
    """A label, a colon and `PLAYERS` names or more, `NAME_SHARE` of the items names
    ("Marcigny : Deschamps – Baudin, Ravier, Lamy, Corneloup – Sarre, …")."""
    found = _LINE_UP.match(text)
    if not found:
        return False
    items = [_ASIDE.sub("", item).strip() for item in _BETWEEN.split(found.group(2))]
    items = [item for item in items if item]
    names = [item for item in items if _is_name(item, PLAYER_WORDS)]
    surnames = sum(" " not in name for name in names)
    return (
        len(names) >= PLAYERS
        and len(names) >= NAME_SHARE * len(items)
        and surnames >= SURNAME_SHARE * len(names)
    )


def is_match_sheet(text: str) -> bool:
    """A score line or a line-up (`is_score_line`, `is_line_up`)."""
    return is_score_line(text) or is_line_up(text)
