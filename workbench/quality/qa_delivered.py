"""QA on a pair as an imported file delivered it (`formats.inline_codes`): its inline codes,
which the stored text drops, and two spaces in a row, which the import collapses.

Codes are compared as Xbench's "tag mismatch" and Verifika's tag checks compare them: by
kind and id. A code one side has and the other lacks, or a paired code closed before it
opens, is an error (the target cannot be written back with its formatting); the same
codes in another order a warning (a translation may reorder, a reader must look).
A target that is its source copied is an error where the source is prose (`prose`): the
unit was delivered untranslated, as an empty target is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from workbench.quality.qa_base import UNITS, WORD, Finding, IssueKind, Severity

_TAG = re.compile(r"<[^<>]+>")
_DOUBLE = re.compile(r"(?<=[^\s\ufffc])( {2,})(?=[^\s\ufffc])")


def codes_in(delivered: str) -> list[str]:
    """The inline codes of a delivered text, in order (``<g id="1">``, ``</g>``…)."""
    return _TAG.findall(delivered)


def as_delivered(plain: str) -> str:
    """A stored side with no delivered text of its own, written as `codes_in` reads one:
    its ``& < >`` escaped, no codes."""
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def same_text(delivered: str, stored: str) -> bool:
    """Whether ``stored`` is still the text ``delivered`` was imported as: the same
    characters, codes and white space aside (a reviewer's edit makes it another text)."""
    plain = _TAG.sub("", delivered).replace("&lt;", "<").replace("&gt;", ">")
    plain = plain.replace("&amp;", "&")

    def squeezed(text: str) -> str:
        return "".join(unicodedata.normalize("NFC", text).split())

    return squeezed(plain) == squeezed(stored)


def delivered_findings(
    source: str, target: str, names: tuple[str, str] = ("the source", "the target")
) -> list[Finding]:
    """The findings on a pair's delivered sides (a side without codes is its plain text);
    ``names``: how the messages name each side ("en", "fr")."""
    return [
        *_codes(source, target, names),
        *_spaces(source, names[0]),
        *_spaces(target, names[1]),
    ]


def _codes(source: str, target: str, names: tuple[str, str]) -> Iterator[Finding]:
    ours, theirs = codes_in(source), codes_in(target)
    missing = list((Counter(ours) - Counter(theirs)).elements())
    extra = list((Counter(theirs) - Counter(ours)).elements())
    if missing or extra:
        parts = [f"only in {names[0]}: {' '.join(missing)}"] if missing else []
        parts += [f"only in {names[1]}: {' '.join(extra)}"] if extra else []
        yield IssueKind.TAGS, Severity.ERROR, "inline codes differ (" + "; ".join(parts) + ")"
    misnested = False
    for side, codes in ((names[0], ours), (names[1], theirs)):
        if (wrong := _misnested(codes)) is not None:
            misnested = True
            yield IssueKind.TAGS, Severity.ERROR, f"{side} closes {wrong} before it opens"
    if not (missing or extra or misnested) and ours != theirs:
        yield (IssueKind.TAGS, Severity.WARNING,
               f"inline codes in another order ({names[0]} {''.join(ours)}, "
               f"{names[1]} {''.join(theirs)})")  # fmt: skip


def _misnested(codes: Sequence[str]) -> str | None:
    """The first closing code with no open code of its kind, or None."""
    open_: list[str] = []
    for code in codes:
        if code.startswith("</"):
            name = code[2:-1]
            if not open_ or open_[-1] != name:
                return code
            open_.pop()
        elif not code.endswith("/>"):
            open_.append(code[1:-1].split()[0])
    return None


def _spaces(text: str, side: str) -> Iterator[Finding]:
    marked = _TAG.sub("\ufffc", text)
    if (match := _DOUBLE.search(marked)) is None:
        return
    before, after = marked[: match.start()].split(), marked[match.end() :].split()
    shown = (before[-1] if before else "") + match.group() + (after[0] if after else "")
    shown = shown.replace("\ufffc", "")
    yield (IssueKind.SPACES, Severity.WARNING,
           f"{side} as delivered has two spaces in a row (“{shown}”)")  # fmt: skip


# A source is prose, which a copied target leaves untranslated, when it has this many
# lower-case words its language knows ("The meeting starts at 9 a.m.": meeting, starts,
# at). A name, a product, a label or a heading copied unchanged has fewer ("Banque de
# France", "Microsoft Office for Mac", "CONDITIONS GÉNÉRALES", "Article premier").
PROSE_WORDS = 3
# How common a word must be in the source language to be one of its words (wordfreq's
# Zipf scale: 3 is once in a million words), so that a copied code or a foreign phrase
# ("sine qua non") is no prose of English.
_KNOWN_ZIPF = 3.0


def prose(text: str, lang: str) -> bool:
    """Whether ``text`` is prose of ``lang``: `PROSE_WORDS` lower-case words or more that
    ``lang`` knows (any lower-case word where wordfreq has no list for ``lang``)."""
    words = [w for w in WORD.findall(text) if len(w) > 1 and w[0].islower() and w not in UNITS]
    return len(words) >= PROSE_WORDS and sum(_known(w, lang) for w in words) >= PROSE_WORDS


@cache
def _wordfreq_langs() -> frozenset[str]:
    try:
        from wordfreq import available_languages
    except ImportError:
        return frozenset()
    return frozenset(available_languages())


def _known(word: str, lang: str) -> bool:
    base = lang.split("-")[0]
    if base not in _wordfreq_langs():
        return True
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word, base) >= _KNOWN_ZIPF)
