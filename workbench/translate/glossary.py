"""A translator's term list applied to MT drafts: terms forced through the engine, then checked.

A glossary is a TSV file, one term pair a line: the source term, a tab, the target
term (``conseil de sécurité<TAB>Consejo de Seguridad``), or a ``.csv`` file as Excel
and termbases export it (comma or semicolon, quoted cells, UTF-8 with or without a
byte-order mark; UTF-16 as Excel's "Unicode text"). Blank lines and lines starting
with ``#`` are skipped. A first row whose first two cells are labels is a header:
``source``/``target`` (TBX-style), or languages as codes or names (``fr,en``,
``French;English``, ``Term (fr)``, ``fr-FR``). With language headers the columns are
picked by the languages of the call (an ``en;fr`` file serves fr→en), so one file
with three languages serves each pair; without a header the first column is the
source and the second the target, and further columns (notes) are ignored.

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

import codecs
import csv
import io
import re
from collections import Counter
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

    def target_words(self) -> frozenset[str]:
        """The words of every target term, casefolded: words a draft holds on purpose."""
        return frozenset(w.casefold() for t in self.terms for w in t.target.split())

    def term_for(self, found: str) -> Term:
        """The term whose source is ``found`` (matched case-insensitively)."""
        folded = found.casefold()
        return next(t for t in self.terms if t.source.casefold() == folded)


def read_glossary(path: Path, source: str | None = None, target: str | None = None) -> Glossary:
    """The term pairs of a TSV or ``.csv`` file for ``source``→``target`` (language codes).

    ``.csv`` files are read as CSV (the delimiter sniffed among comma, semicolon and
    tab), anything else as TSV. ``source`` and ``target`` pick the columns of a file
    whose header names languages (either may be None: see ``parse_glossary``).
    ``InputError``, one line naming the line or row and what to do, for a file that
    cannot be read or a malformed row.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read the glossary {path} ({err.strerror or err})") from err
    try:
        text = (
            data.decode("utf-16")
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            else data.decode("utf-8-sig")
        )
    except UnicodeDecodeError as err:
        raise InputError(
            f"the glossary {path} is not UTF-8 (byte {err.start}): save it as UTF-8 "
            "(in Excel: CSV UTF-8) and run again"
        ) from err
    if path.suffix.casefold() == ".csv":
        return parse_csv_glossary(text, path.name, source, target)
    return parse_glossary(text, path.name, source, target)


def parse_glossary(
    text: str, name: str = "glossary", source: str | None = None, target: str | None = None
) -> Glossary:
    """The term pairs of TSV ``text``, one ``source term<TAB>target term`` a line.

    A header row picks the columns: by role (the columns headed ``source`` and
    ``target``) or by language (the columns headed ``source`` and ``target``'s
    languages; with one of them None, the other side is the first labelled column
    that is not the known one; with both None, the first two columns). A header
    that does not name a language asked for is an ``InputError``.
    """
    rows = [
        (number, line.split("\t"))
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    where = _Where(name, "line", "`source term<TAB>target term`", "\t")
    return _glossary(rows, where, source, target)


def parse_csv_glossary(
    text: str, name: str = "glossary", source: str | None = None, target: str | None = None
) -> Glossary:
    """The term pairs of CSV ``text`` (Excel's quoting; the delimiter: ``sniff_delimiter``).

    Rows are numbered as a spreadsheet numbers them (a quoted cell may hold a line
    break); columns are picked as ``parse_glossary`` picks them.
    """
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [
            (number, cells)
            for number, cells in enumerate(reader, 1)
            if any(c.strip() for c in cells) and not cells[0].lstrip().startswith("#")
        ]
    except csv.Error as err:
        raise InputError(
            f"{name} row {reader.line_num}: {err}; check the quotes on that row and run again"
        ) from err
    shape = "two cells, the source term and the target term, separated by a comma or a semicolon"
    return _glossary(rows, _Where(name, "row", shape, delimiter), source, target)


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV ``text``: whichever of ``,`` ``;`` and tab separates the most rows.

    Only delimiters outside quoted cells count, so ``chat;"conseil, sécurité"`` is
    semicolon-separated (``csv.Sniffer`` says comma: it guesses from character
    frequencies). Ties go to the delimiter found the same number of times on every
    row, then to the semicolon (Excel's in locales that write decimal commas).
    Comment rows (``#``) are ignored; a file with none of the three gives ``,``. A
    header row settles a file whose every row holds two of them unquoted.
    """
    rows: list[Counter[str]] = []
    row: Counter[str] = Counter()
    inside = starts = False
    for char in text[:65536] + "\n":
        if not row and not starts and not inside:
            starts = char == "#"
        if char == '"':
            inside = not inside  # a doubled "" inside a cell toggles twice
        elif char == "\n" and not inside:
            if not starts:
                rows.append(row)
            row, starts = Counter(), False
            continue
        elif not inside and char in _DELIMITERS:
            row[char] += 1
        if char != '"' and not char.isspace():
            row["text"] += 1
    rows = [r for r in rows if r["text"] or any(r[d] for d in _DELIMITERS)]

    def key(delimiter: str) -> tuple[int, bool, int]:
        counts = [r[delimiter] for r in rows]
        return sum(c > 0 for c in counts), len(set(counts)) == 1, -_DELIMITERS.index(delimiter)

    best = max(_DELIMITERS, key=key)
    return best if any(r[best] for r in rows) else ","


_DELIMITERS = ";,\t"


@dataclass(frozen=True)
class _Where:
    """How errors name a place in the file: ``terms.csv row 3: expected …``."""

    name: str
    unit: str  # "line" for TSV, "row" for CSV (spreadsheets number rows)
    shape: str
    separator: str  # to show a row as it was

    def at(self, number: int) -> str:
        return f"{self.name} {self.unit} {number}"


def _glossary(
    rows: list[tuple[int, list[str]]], where: _Where, source: str | None, target: str | None
) -> Glossary:
    src_col, tgt_col = 0, 1
    if rows:
        number, first = rows[0]
        labels = [_label(cell) for cell in first]
        if len(labels) >= 2 and labels[0] and labels[1]:
            src_col, tgt_col = _columns(labels, source, target, where.at(number))
            rows = rows[1:]
    seen: dict[str, tuple[int, Term]] = {}
    for number, raw in rows:
        cells = [clean_text(cell) for cell in raw]
        if len(cells) <= max(src_col, tgt_col) or not cells[src_col] or not cells[tgt_col]:
            got = where.separator.join(raw)
            raise InputError(
                f"{where.at(number)}: expected {where.shape}, got {got!r}; "
                f"fix the {where.unit} and run again"
            )
        term = Term(cells[src_col], cells[tgt_col])
        key = term.source.casefold()
        if key in seen and seen[key][1].target != term.target:
            first_number, other = seen[key]
            raise InputError(
                f"{where.at(number)}: {term.source!r} is already glossed as "
                f"{other.target!r} on {where.unit} {first_number}; keep one of the two"
            )
        seen.setdefault(key, (number, term))
    return Glossary(tuple(term for _, term in seen.values()), where.name)


# Header labels: roles (TBX's source/target) and the languages the engines serve, by code
# (ISO 639-1 and -2), English name and own name. A term such as "anglais" is not a label.
_ROLES = {"source": "source", "src": "source", "target": "target", "tgt": "target"}
_LANGUAGES = {
    "ca": ("cat", "catalan", "català"),
    "de": ("deu", "ger", "german", "deutsch"),
    "en": ("eng", "english"),
    "es": ("spa", "spanish", "español", "espanol", "castellano"),
    "fr": ("fra", "fre", "french", "français", "francais"),
    "it": ("ita", "italian", "italiano"),
    "nl": ("nld", "dut", "dutch", "nederlands"),
    "pt": ("por", "portuguese", "português", "portugues"),
}
_LABELS = _ROLES | {n: code for code, names in _LANGUAGES.items() for n in (code, *names)}


def _label(cell: str) -> str | None:
    """``source``, ``target`` or a language code for a header cell; None for anything else.

    ``fr``, ``FR``, ``fr-FR``, ``fr_CA``, ``French``, ``Français``, ``Term (fr)``,
    ``Source term`` are labels; a cell is one if one of its words is and the others
    are ``term``/``terme``/``language``.
    """
    words = re.findall(r"[^\W\d_]+(?:[-_][A-Za-z]{2,4})?", cell.casefold())
    found = {_LABELS.get(re.split(r"[-_]", w)[0]) for w in words} - {None}
    rest = [w for w in words if _LABELS.get(re.split(r"[-_]", w)[0]) is None]
    if len(found) != 1 or any(w not in ("term", "terme", "language", "lang") for w in rest):
        return None
    return found.pop()


def _columns(
    labels: list[str | None], source: str | None, target: str | None, at: str
) -> tuple[int, int]:
    """The source and target columns a header picks (see ``parse_glossary``)."""
    if "target" in labels or "source" in labels:
        src = labels.index("source") if "source" in labels else 0
        tgt = labels.index("target") if "target" in labels else 1
        return src, tgt
    headed = ", ".join(label for label in labels if label)

    def column(lang: str) -> int:
        code = _label(lang) or lang.casefold()
        if code not in labels:
            raise InputError(
                f"{at}: the header names {headed}, not {code}: add a column headed {code}, "
                "or give the glossary for this language pair"
            )
        return labels.index(code)

    if not source and not target:
        return 0, 1

    def other(than: int) -> int:
        return next(i for i, label in enumerate(labels) if label and i != than)

    if source and target:
        return column(source), column(target)
    if target:
        return other(column(target)), column(target)
    return column(source or ""), other(column(source or ""))


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


def forced_words(source: str, target: str, glossary: Glossary) -> frozenset[str]:
    """The words, casefolded, of the target terms ``target`` holds for terms of ``source``:
    the words a draft holds on purpose (`Glossary.target_words`, of this pair alone)."""
    pattern = glossary.pattern()
    if pattern is None:
        return frozenset()
    found = {glossary.term_for(m.group(0)) for m in pattern.finditer(source)}
    held = [term for term in found if _contains(target, term.target)]
    return frozenset(w.casefold() for term in held for w in term.target.split())


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
