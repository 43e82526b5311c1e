"""Spacing around punctuation as each side's language sets it (`qa.check_pair` runs it).

French puts a no-break space before ``: ; ! ?`` and inside ``« »`` (Imprimerie nationale,
*Lexique des règles typographiques*; Xbench's and Verifika's French punctuation checks):
an ordinary space lets the line break before the mark, no space at all is English
spacing kept. Either a no-break space (U+00A0) or a narrow one (U+202F, what CLDR and
Word's French autocorrect write before ``; ! ?``) is right. English, Spanish, German,
Italian, Portuguese, Dutch and Catalan put no space before those marks: a space there is
French spacing kept in the translation.

A mark counts only where it ends something said: after a word or a closing quote or
bracket, and before a space, the end of the text or another mark. So times ("10:30"),
ratios ("3:1"), URLs ("https://", "?id=2"), paths ("C:\\"), code ("a::b", "x != y") and
emoticons (":-)", ";)") are never read as punctuation. Swiss and Canadian French often
set ``; ! ?`` without a space: the language tag the alignment keeps is "fr" alone, so
such a text is flagged (a warning, to look at).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.quality.qa_base import Finding, IssueKind, Severity

NO_BREAK = "\u00a0\u202f"
# Languages whose typography puts no space before these marks.
_UNSPACED = frozenset({"en", "es", "de", "it", "pt", "nl", "ca"})
_EMOTICON = re.compile(r"(?<![\w])[:;=8][-'^]?[()\[\]DPpOo3/\\|*]+(?![\w])")
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_CODE = re.compile(r"`[^`]*`|\{[^{}\s]*\}|%\w|<[^<>]*>")
# A mark that ends something said: after a word, a digit, a closing quote or bracket (and
# the spaces before it), before a space, the text's end, a closing quote or another mark.
_MARK = re.compile(
    r"(?<=[\w)\]»”’\"'.…])(?P<space>[ \u00a0\u202f\t]*)(?P<mark>[:;!?])(?=$|[\s)\]»”\"'!?.,…])"
)
_NO_BREAK_USED = re.compile(r"[\u00a0\u202f][:;!?»]|«[\u00a0\u202f]")
_RATIO = re.compile(r"\d[ \u00a0\u202f\t]*:[ \u00a0\u202f\t]*\d")
_OPEN = re.compile(r"«(?P<space>[ \u00a0\u202f]*)(?=\S)")
_CLOSE = re.compile(r"(?<=\S)(?P<space>[ \u00a0\u202f]*)»")


def no_break_before_marks(text: str) -> bool:
    """Whether ``text`` writes a no-break space before ``: ; ! ?`` or inside ``« »``."""
    return _NO_BREAK_USED.search(text) is not None


def punctuation_findings(
    text: str, side: str, lang: str, no_break_seen: bool = True
) -> Iterator[Finding]:
    """Spacing before ``: ; ! ?`` (and inside ``« »`` in French) that ``lang`` does not
    write: one warning per kind of fault, naming the marks and where they stand. An
    ordinary space where French wants a no-break one is an info when the document's side
    never writes a no-break space there (``no_break_seen`` False): the whole text is set
    so, and one look tells. ``side``: how the message names ``text`` ("fr", "the target")."""
    base = lang.split("-")[0].lower()
    if base != "fr" and base not in _UNSPACED:
        return
    blanked = _blanked(text)
    faults: dict[str, list[tuple[str, str]]] = {}
    for match in _MARK.finditer(blanked):
        mark, space = match["mark"], match["space"]
        if mark in "!?" and not space and blanked[match.start() - 1] in "!?":
            continue  # the second mark of "?!" or "!!": the first one is judged
        if mark == ":" and _RATIO.match(blanked, match.start() - 1):
            continue  # "3 : 1", a ratio or a score set as its writer chose
        fault = _fault(space, base == "fr")
        if fault:
            faults.setdefault(fault, []).append((mark, _at(text, match.start(), match.end())))
    if base == "fr":
        for pattern, mark in ((_OPEN, "«"), (_CLOSE, "»")):
            for match in pattern.finditer(blanked):
                if fault := _fault(match["space"], True):
                    faults.setdefault(fault, []).append(
                        (mark, _at(text, match.start(), match.end()))
                    )
    for fault, places in faults.items():
        marks = _where(dict.fromkeys(mark for mark, _ in places))
        where = ", ".join(dict.fromkeys(f"“{place}”" for _, place in places))
        severity = Severity.INFO if fault == "ordinary" and not no_break_seen else Severity.WARNING
        message = _MESSAGES[fault].format(side=side, marks=marks, where=where, lang=base)
        yield (
            IssueKind.PUNCTUATION,
            severity,
            message + (_NEVER if severity is Severity.INFO else ""),
        )


_NEVER = " (this side never does: its style, or no-break spaces lost)"
_MESSAGES = {
    "none": "{side} has no space {marks} ({where}): French writes a no-break space "
    "(U+00A0 or U+202F)",
    "ordinary": "{side} has an ordinary space {marks} ({where}): the line can break "
    "there; French writes a no-break space (U+00A0 or U+202F)",
    "unwanted": "{side} has a space {marks} ({where}): French spacing kept, which {lang} "
    "does not write",
}


def _where(marks: Iterable[str]) -> str:
    """Where the faulty spaces stand: "before : !", "after «", "before », after «"."""
    before = [mark for mark in marks if mark != "«"]
    parts = [f"before {' '.join(before)}"] if before else []
    return ", ".join([*parts, *(["after «"] if "«" in marks else [])])


def _fault(space: str, french: bool) -> str:
    """What is wrong with the ``space`` before a mark: "none", "ordinary", "unwanted" or ""."""
    if not french:
        return "unwanted" if space else ""
    if not space:
        return "none"
    return "ordinary" if any(c not in NO_BREAK for c in space) else ""


def _blanked(text: str) -> str:
    """``text`` with URLs, e-mail addresses, code and emoticons turned to letters (``x``),
    so that their colons and question marks are never judged; the rest keeps its place."""
    for pattern in (_URL, _CODE, _EMOTICON):
        text = pattern.sub(lambda m: "x" * len(m.group()), text)
    return text


def _at(text: str, start: int, end: int) -> str:
    """Where a mark stands: the word before it and the mark ("chaud!", "attendre ?"), or
    the opening quote and the word after it ("«Bonjour")."""
    piece, head, tail = text[start:end], text[:start].split(), text[end:].split()
    if piece.startswith("«"):
        return (piece + (tail[0] if tail else "")).strip()
    return ((head[-1] if head else "") + piece).strip()
