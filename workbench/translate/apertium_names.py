"""People's names that Apertium must pass through untranslated, as superblanks.

Apertium translates a capitalised word its dictionaries know as a common word: fr→es
gives "Julie Comerciante" for "Julie Marchand", "Tejanos Panadero" for "Jean
Boulanger" (its tagger read *Jean* as jeans), and through Spanish to English "Chat of
Gaulle" for "Charles de Gaulle". Its own format handling cannot stop it on plain text
(``-f html`` translates inside ``translate="no"`` too, in the Debian 13 packages), but
its stream format can: a superblank (``[…]``) is copied to the output untouched, in its
place between the words. So a person's name goes into the deformatted batch as a
superblank and comes out exactly as written.

A person's name, as the mode's own analyser reads it: a capitalised word it knows as
an anthroponym (``<np><ant>``: Julie, Jean, Charles) followed by capitalised words (the
surname, with ``de``/``van``… between capitals: "Charles de Gaulle"), or the
capitalised words after a courtesy title ("M. Boucher", "Mme Leblanc"). A first name
alone is left to Apertium: it keeps one it reads only as a name, and one it also reads
as a common word may be that word ("la Tierra" is the Earth). Place names and other
proper nouns its dictionary knows are left to it too, which writes them as the target
language does (France → Francia).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# How the analyser reads a capitalised word (`first_names`).
NAME, AMBIGUOUS = "name", "ambiguous"
# Courtesy titles before a surname, as French, Spanish and English write them.
TITLES = frozenset({
    "M", "Mme", "Mmes", "Mlle", "Mlles", "MM", "Me", "Dr", "Pr", "Monsieur", "Madame",
    "Mademoiselle", "Maître", "Sr", "Sra", "Srta", "Don", "Doña", "Mr", "Mrs", "Ms", "Miss",
})  # fmt: skip
# Lower-case words a name keeps between its capitals ("Charles de Gaulle").
PARTICLES = frozenset({"d'", "d’", "da", "de", "del", "della", "di", "du", "van", "von"})
# A word, an elided particle with its word ("d'Estaing") or a title's full stop: a name
# made of them holds nothing a superblank would need escaped ("[", "]", "\\").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?\.?")
# Marks standing for a protected name until the batch is deformatted (private use
# characters, which apertium-destxt copies as they are).
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{_OPEN}(\\d+){_CLOSE}")


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def protected_spans(text: str, reading: Callable[[str], str]) -> list[tuple[int, int]]:
    """The (start, end) of each person's name in ``text`` (module docstring).

    ``reading`` says how the analyser reads a word: ``NAME`` (an anthroponym only),
    ``AMBIGUOUS`` (an anthroponym or a common word: Jean, Pierre, Tierra) or ``""``.
    A first name read as a name only stays out of the span: Apertium keeps it as it is
    and, seeing a subject, neither adds a pronoun nor capitalises the verb after it.
    """
    tokens = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group().rstrip(".")
        follows_title = i > 0 and tokens[i - 1].group().rstrip(".") in TITLES
        following = _name_run(text, tokens, i + 1)
        person = (
            _capitalised(word)
            and word not in TITLES
            and (follows_title or (bool(reading(word)) and following > i + 1))
        )
        if not person:
            i += 1
            continue
        first = i + 1 if not follows_title and reading(word) == NAME else i
        last = following - 1 if following > i + 1 else i
        end = tokens[last].start() + len(tokens[last].group().rstrip("."))
        spans.append((tokens[first].start(), end))
        i = last + 1
    return spans


def _name_run(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The index just past the capitalised words (and particles between capitals,
    "d'Estaing" too) that start at ``tokens[i]``, each one space after the one before."""
    while i < len(tokens) and text[tokens[i - 1].end() : tokens[i].start()] == " ":
        word = tokens[i].group()
        surname = _capitalised(word) and word.rstrip(".") not in TITLES
        elided = re.fullmatch(r"[dD]['’][^\W\d_]+", word) is not None and word[2].isupper()
        particle = word.casefold() in PARTICLES and _name_run(text, tokens, i + 1) > i + 1
        if not (surname or elided or particle):
            break
        i += 1
    return i


def candidates(texts: list[str]) -> set[str]:
    """The capitalised words of ``texts`` whose reading decides whether they are a name."""
    return {
        token.group().rstrip(".")
        for text in texts
        for token in _TOKEN.finditer(text)
        if _capitalised(token.group())
    }


def first_names(analysed: str) -> dict[str, str]:
    """How an analyser's output (``^Julie/Julie<np><ant>$``) reads each word it reads as
    an anthroponym: ``NAME`` when that is its only reading, else ``AMBIGUOUS``."""
    found = {}
    for unit in re.findall(r"\^(.*?)\$", analysed):
        surface, *readings = unit.split("/")
        names = [reading for reading in readings if "<np><ant>" in reading]
        if names:
            found[surface] = NAME if len(names) == len(readings) else AMBIGUOUS
    return found


def mark(texts: list[str], reading: Callable[[str], str]) -> tuple[list[str], list[str]]:
    """``texts`` with each person's name replaced by a numbered mark, and the names."""
    names: list[str] = []
    marked = []
    for text in texts:
        pieces, at = [], 0
        for start, end in protected_spans(text, reading):
            pieces += [text[at:start], f"{_OPEN}{len(names)}{_CLOSE}"]
            names.append(text[start:end])
            at = end
        marked.append("".join(pieces) + text[at:])
    return marked, names


def superblanks(block: bytes, names: list[str]) -> bytes:
    """The deformatted ``block`` with each mark turned into a superblank holding its name."""
    if not names:
        return block
    text = block.decode("utf-8")
    return _MARK.sub(lambda m: f"[{names[int(m.group(1))]}]", text).encode("utf-8")
