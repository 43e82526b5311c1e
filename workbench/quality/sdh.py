"""What subtitles for the deaf and hard of hearing (SDH) add to what is said: sound
descriptions ("[VENT QUI SOUFFLE]", "(ESSOUFFLÉE)", "[door slams]") and speaker labels
("MARIE :", "- JEAN: …").

Netflix's SDH guides put sound effects and speaker identification in brackets (lower
case in its English guide: "[door creaks]"; the French convention writes them in
capitals, often in parentheses), the BBC Subtitle Guidelines write sound effects in
capitals and label a speaker out of vision with their name in capitals. Standard
subtitles have none of them, so a description or a label on one side only is the
difference between an SDH file and a standard one, not an error: `said` takes them out
before a pair's sides are compared (numbers, length, names), and the capitals of
"[VENT QUI SOUFFLE]" are no names. What is worth a warning is a side that is only a
sound against a side that says words (`sound_against_speech`): the aligner paired a
description cue with a line of dialogue, or the translation of a line is missing.

Applied to subtitle pairs only (`QaOptions.subtitles`): in running text "(ONU)" is an
acronym and "[sic]" an editor's note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.quality.qa_base import Finding, IssueKind, Severity

_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_PARENTHESISED = re.compile(r"\(([^()]*)\)")
# A speaker's label: words up to a colon, opening the text or a speaker's dash; kept as a
# label only when written in capitals ("MARIE :", "DR WATSON:"), as the guides write them.
_LABEL = re.compile(r"(?:^|(?<=[-–—])\s*)([^\W\d_][^\s:]*(?: [^\s:]+){0,2}) ?:(?=\s)")
_OPENS = re.compile(r"^\s*(?:[-–—]\s*)?$")


def _is_description(match: re.Match[str], text: str) -> bool:
    """A parenthesis in capitals ("(RIRES)"), or one that opens the text or a speaker's
    turn ("(essoufflée) Douze…"): a sound; "Il est parti (enfin)." is a remark."""
    inside = match.group(1)
    return (inside.isupper() and len(inside.strip()) > 1) or bool(
        _OPENS.match(text[: match.start()])
    )


def sdh_marks(text: str) -> list[str]:
    """The sound descriptions and speaker labels of a subtitle's ``text``, in order."""
    found = [(m.start(), m.group()) for m in _BRACKETED.finditer(text)]
    found += [
        (m.start(), m.group()) for m in _PARENTHESISED.finditer(text) if _is_description(m, text)
    ]
    found += [
        (m.start(1), m.group().strip()) for m in _LABEL.finditer(text) if m.group(1).isupper()
    ]
    return [annotation for _, annotation in sorted(found)]


def said(text: str) -> str:
    """``text`` without its sound descriptions and speaker labels, spaces made one; what
    followed a description that opened the text now opens it ("(ESSOUFFLÉE) Douze
    mètres" → "Douze mètres")."""
    text = _BRACKETED.sub(" ", text)
    text = _PARENTHESISED.sub(lambda m: " " if _is_description(m, text) else m.group(), text)
    text = _LABEL.sub(lambda m: "" if m.group(1).isupper() else m.group(), text)
    text = re.sub(r"[-–—](?:\s*[-–—])+", "-", text)  # a turn that was only a sound
    text = " ".join(text.split()).rstrip(" -–—")  # a turn's dash is kept, a lone one not
    return text if any(c.isalnum() for c in text) else ""


def _speech(text: str) -> bool:
    return any(c.isalnum() for c in text)


def sound_against_speech(
    source: str, target: str, names: tuple[str, str] = ("the source", "the target")
) -> Iterator[Finding]:
    """A side that is only sound descriptions or labels against a side that says words;
    ``names``: how the message names each side ("en", "fr")."""
    for side, text, other in ((names[0], source, target), (names[1], target, source)):
        if not _speech(said(text)) and sdh_marks(text) and _speech(said(other)):
            yield (
                IssueKind.SOUND,
                Severity.WARNING,
                f"{side} is only a sound ({' '.join(sdh_marks(text))}) and the other "
                "side is speech: are these the right cues together?",
            )
