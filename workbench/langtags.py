"""Language tags (BCP 47), written the one way the workbench writes them.

Files arrive with ``fr_FR``, ``FR-fr``, ``EN-us`` or ``es-419``; the store,
TMX and the aligner want ``fr``, ``fr-FR``, ``en-US``, ``es-419``. Every module
that compares or writes a language tag goes through these three functions.
Pure: no I/O, no registry lookups (a tag is not checked against IANA's list).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache


@lru_cache(maxsize=512)
def normalize(tag: str) -> str:
    """``fr_FR``/``FR-fr`` → ``fr-FR``, ``ZH-hant-tw`` → ``zh-Hant-TW``, ``FR`` → ``fr``.

    RFC 5646's casing: the language lower case, a four-letter script in title
    case, a two-letter region upper case, the rest (``419``, variants) lower
    case; underscores become hyphens. ``*all*`` (TMX's "any") is kept.
    """
    subtags = tag.strip().replace("_", "-").split("-")
    out = [subtags[0].lower()]
    private = False
    for subtag in subtags[1:]:
        private = private or len(subtag) == 1  # after a singleton (x-…), all lower case
        if not private and len(subtag) == 2 and subtag.isalpha():
            out.append(subtag.upper())
        elif not private and len(subtag) == 4 and subtag.isalpha():
            out.append(subtag.title())
        else:
            out.append(subtag.lower())
    return "-".join(out)


@lru_cache(maxsize=512)
def language(tag: str) -> str:
    """The primary language subtag: ``fr_FR`` → ``fr``, ``ES-419`` → ``es``."""
    return normalize(tag).partition("-")[0]


def with_region(tag: str, regions: Mapping[str, str]) -> str:
    """The tag with a region: its own (``es-419`` stays), else ``regions[language]``.

    A language without a default region in ``regions`` stays as it is (``eu``).
    """
    tag = normalize(tag)
    base, _, rest = tag.partition("-")
    if rest:
        return tag
    region = regions.get(base, "")
    return f"{base}-{region.upper()}" if region else base
