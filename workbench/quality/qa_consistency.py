"""Inconsistency across a document's pairs, as Xbench and Verifika report it: one source
translated two ways ("inconsistency in target"), and one target given to two different
sources ("inconsistency in source"). `qa.check_pairs` runs it over the whole document.

Texts are compared as a reader sees them: case, runs of spaces (no-break ones too) and
the final full stop aside. The first pair of each text is the reference; every later pair
that differs from it is flagged, naming the first one's text, so a reviewer sees both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.quality.qa_base import IssueKind, QaIssue, Severity

_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().rstrip(".").strip().casefold()


def inconsistencies(
    pairs: Sequence[tuple[str, str]],
    names: Sequence[str] | None = None,
    sides: tuple[str, str] = ("source", "target"),
) -> list[QaIssue]:
    """A warning on each pair whose source an earlier pair translated otherwise, and on
    each whose target an earlier pair gave to another source; pairs with an empty side
    are left out (`check_pair` flags them). ``names``: how a message names each pair
    ("bead 6"; "pair 6" by default); ``sides``: each side ("en text", "fr text")."""
    named = names or [f"pair {i + 1}" for i in range(len(pairs))]
    full = [(i, s.strip(), t.strip()) for i, (s, t) in enumerate(pairs) if s.strip() and t.strip()]
    issues = [
        *_differing(full, named, what=sides[0], then="translated"),
        *_differing(
            [(i, t, s) for i, s, t in full], named, what=sides[1], then="the translation of"
        ),
    ]
    return sorted(issues, key=lambda issue: issue.index)


def _differing(
    pairs: Sequence[tuple[int, str, str]],
    names: Sequence[str],
    what: str,
    then: str,
) -> Iterator[QaIssue]:
    """``pairs``: (index, text compared, its other side). The pairs whose compared text
    an earlier pair has, with another other side: a warning naming the earlier pair's."""
    first: dict[str, tuple[int, str]] = {}
    for pair in pairs:
        key, text = _key(pair[1]), pair[2]
        if not any(c.isalnum() for c in key):
            continue  # punctuation or a bullet alone: nothing to be consistent about
        if key not in first:
            first[key] = (pair[0], text)
        elif _key(first[key][1]) != _key(text):
            yield QaIssue(
                IssueKind.INCONSISTENCY,
                Severity.WARNING,
                f"the same {what} is {then} “{first[key][1]}” in {names[first[key][0]]}",
                pair[0],
            )
