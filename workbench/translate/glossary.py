"""A translator's term list applied to MT drafts: terms forced through the engine, then checked.

A glossary is a TSV file, one term pair a line: the source term, a tab, the target
term (``conseil de sécurité<TAB>Consejo de Seguridad``); blank lines, lines starting
with ``#`` and a ``source<TAB>target`` header are skipped.

Neither engine takes a term list as it runs: Apertium would need its dictionaries
recompiled with the terms (lemma, category, inflection; out of a translator's reach),
and CTranslate2's Argos models have no term constraint. So the terms go round the
engine, the usual way in CAT tools: ``GlossaryTranslator`` replaces every source
term in a text by a placeholder the engines pass through untouched (``ZXQ1``, an
unknown word to Apertium, a string of ordinary pieces to an Argos model), has the
text translated, and puts the target term where its placeholder came out. A draft
in which a placeholder was lost or duplicated is translated again without them and
keeps whatever the engine made of the term; ``missing_terms`` then finds it, as it
finds a human translation that ignores a term (``workbench qa --glossary``).

The cost of a placeholder: the engine does not see the term, so words that agree
with it (an article's gender) follow the source's, not the term's.
Matching is whole words, case-insensitive; a term that starts a sentence in the
source starts with a capital in the draft too. This module does no I/O but
``read_glossary``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.model import InputError, Translation
from workbench.translate.base import Translator, WrappingTranslator, clean_text

PLACEHOLDER = "ZXQ{}"
_PLACEHOLDER = re.compile(r"ZXQ(\d+)")


@dataclass(frozen=True)
class Term:
    """A source term and the target term a translation of it must use."""

    source: str
    target: str


@dataclass(frozen=True)
class Glossary:
    """Term pairs, longest source term first (so ``conseil de sécurité`` beats ``conseil``)."""

    terms: tuple[Term, ...]
    name: str = "glossary"

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.terms, key=lambda t: (-len(t.source), t.source)))
        object.__setattr__(self, "terms", ordered)

    def pattern(self) -> re.Pattern[str] | None:
        """One regex matching any source term as whole words, case-insensitive; None if empty."""
        if not self.terms:
            return None
        words = "|".join(re.escape(t.source) for t in self.terms)
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    def term_for(self, found: str) -> Term:
        """The term whose source is ``found`` (matched case-insensitively)."""
        folded = found.casefold()
        return next(t for t in self.terms if t.source.casefold() == folded)


def read_glossary(path: Path) -> Glossary:
    """The term pairs of a TSV file (``InputError``, naming the line, for a malformed one)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(
            f"cannot read the glossary {path} ({err}): give a UTF-8 TSV file, "
            "one `source term<TAB>target term` a line"
        ) from err
    return parse_glossary(text, path.name)


def parse_glossary(text: str, name: str = "glossary") -> Glossary:
    """The term pairs of TSV ``text`` (see ``read_glossary``)."""
    seen: dict[str, tuple[int, Term]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [clean_text(cell) for cell in line.split("\t")]
        if number == 1 and [c.casefold() for c in cells[:2]] == ["source", "target"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise InputError(
                f"{name} line {number}: expected `source term<TAB>target term`, got {line!r}; "
                "fix the line and run again"
            )
        term = Term(cells[0], cells[1])
        key = term.source.casefold()
        if key in seen and seen[key][1].target != term.target:
            first, other = seen[key]
            raise InputError(
                f"{name} line {number}: {term.source!r} is already glossed as "
                f"{other.target!r} on line {first}; keep one of the two"
            )
        seen.setdefault(key, (number, term))
    return Glossary(tuple(term for _, term in seen.values()), name)


def _contains(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None


def missing_terms(source: str, target: str, glossary: Glossary) -> list[Term]:
    """The terms whose source is in ``source`` but whose target is not in ``target``.

    Whole words, case-insensitive; an inflected form of the target term (a plural)
    counts as missing, so the check errs towards a second look.
    """
    pattern = glossary.pattern()
    if pattern is None:
        return []
    found = dict.fromkeys(glossary.term_for(m.group(0)) for m in pattern.finditer(source))
    return [term for term in found if not _contains(target, term.target)]


@dataclass(frozen=True)
class Protected:
    """A text with its terms replaced by placeholders, and the targets to put back."""

    text: str
    targets: tuple[str, ...]  # the target term of placeholder i


def protect(text: str, glossary: Glossary) -> Protected:
    """``text`` with every source term replaced by ``ZXQ<i>``."""
    pattern = glossary.pattern()
    if pattern is None:
        return Protected(text, ())
    targets: list[str] = []

    def hide(match: re.Match[str]) -> str:
        target = glossary.term_for(match.group(0)).target
        if match.group(0)[:1].isupper() and _starts_sentence(text, match.start()):
            target = target[:1].upper() + target[1:]
        targets.append(target)
        return PLACEHOLDER.format(len(targets) - 1)

    return Protected(pattern.sub(hide, text), tuple(targets))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(' "«“(¿¡')
    return not before or before.endswith((".", "!", "?", ":"))


def restore(output: str, protected: Protected) -> str | None:
    """``output`` with each placeholder replaced by its target term; None if one was lost.

    None when a placeholder is missing, repeated or unknown: the engine did not
    pass it through, and the caller translates the text again without them.
    """
    found = [int(m.group(1)) for m in _PLACEHOLDER.finditer(output)]
    if sorted(found) != list(range(len(protected.targets))):
        return None
    return _PLACEHOLDER.sub(lambda m: protected.targets[int(m.group(1))], output)


class GlossaryTranslator(WrappingTranslator):
    """``inner`` with ``glossary``'s terms forced into its output (see the module's doc).

    ``forced`` counts the texts whose terms were all put in by placeholder, ``fallback``
    the texts translated again without placeholders because the engine lost one.
    """

    def __init__(self, inner: Translator, glossary: Glossary) -> None:
        super().__init__(inner)
        self.glossary = glossary
        self.forced = 0
        self.fallback = 0

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        protected = [protect(clean_text(text), self.glossary) for text in texts]
        outputs = self.inner.translate_batch([p.text for p in protected])
        final = [restore(out.text, p) for out, p in zip(outputs, protected, strict=True)]
        lost = [i for i, text in enumerate(final) if text is None]
        if lost:
            again = self.inner.translate_batch([texts[i] for i in lost])
            for i, out in zip(lost, again, strict=True):
                final[i] = out.text
        self.fallback += len(lost)
        self.forced += sum(1 for p in protected if p.targets) - len(lost)
        return [self._record(text, out or "") for text, out in zip(texts, final, strict=True)]
