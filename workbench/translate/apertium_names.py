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
from collections.abc import Callable, Sequence
from pathlib import Path

# How the analyser reads a capitalised word (`readings`).
NAME, PROPER, AMBIGUOUS, COMMON, UNKNOWN = "name", "proper", "ambiguous", "common", "unknown"
# Courtesy titles before a surname, as French, Spanish and English write them.
TITLES = frozenset({
    "M", "Mme", "Mmes", "Mlle", "Mlles", "MM", "Me", "Dr", "Pr", "Monsieur", "Madame",
    "Mademoiselle", "Maître", "Sr", "Sra", "Srta", "Don", "Doña", "Mr", "Mrs", "Ms", "Miss",
})  # fmt: skip
# Lower-case words a name keeps between its capitals ("Charles de Gaulle").
PARTICLES = frozenset({"d'", "d’", "da", "de", "del", "della", "di", "du", "van", "von"})
# A word, an elided particle with its word ("d'Estaing") or a title's full stop: a name
# made of them holds nothing a superblank would need escaped ("[", "]", "\\").
_ELIDED = re.compile(r"[dD]['’][^\W\d_a-z][^\W\d_]*")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?\.?")
# Marks standing for a protected name until the batch is deformatted: private use
# characters, which apertium-destxt copies as they are and no source holds (`clean_text`
# drops them before an engine sees the text).
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{_OPEN}(\\d+){_CLOSE}")


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def protected_spans(text: str, reading: Callable[[str], str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of a person's name's words to pass through
    (module docstring), or of a name in another language: capitalised words opening
    with one the analyser does not know ("Diario del Sur", a Spanish paper's name in a
    French sentence: fr→es wrote "Diario del Sobre", newcomer37); ``reading`` says how
    the analyser reads a word (`readings`).

    Of a name's words only those Apertium could change go in a span: a word read as a
    proper noun only stays a word, which Apertium keeps or writes as the target
    language does ("Vladimir Poutine" → "Vladimir Putin") and, seeing a subject, adds no
    pronoun and capitalises no verb after it. A particle goes with the word after it.
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
            and (
                follows_title or (reading(word) in (NAME, AMBIGUOUS, UNKNOWN) and following > i + 1)
            )
        )
        if not person:
            i += 1
            continue
        last = following - 1 if following > i + 1 else i
        keep = [_changeable(tokens, j, last, reading) for j in range(i, last + 1)]
        for j, changeable in enumerate(keep, start=i):
            if not changeable:
                continue
            end = tokens[j].start() + len(tokens[j].group().rstrip("."))
            if j > i and keep[j - i - 1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((tokens[j].start(), end))
        i = last + 1
    return spans


def _changeable(
    tokens: list[re.Match[str]], j: int, last: int, reading: Callable[[str], str]
) -> bool:
    """Whether Apertium could change ``tokens[j]``, a word of a name ending at ``last``."""
    word = tokens[j].group().rstrip(".")
    if _ELIDED.fullmatch(word):  # "d'Estaing": Apertium writes the particle out ("de")
        return True
    if not _capitalised(word):  # a particle, kept with the word it introduces
        return j < last and _changeable(tokens, j + 1, last, reading)
    return reading(word) not in (NAME, PROPER)


def _name_run(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The index just past the capitalised words (and particles between capitals,
    "d'Estaing" too) that start at ``tokens[i]``, each one space after the one before."""
    while i < len(tokens) and text[tokens[i - 1].end() : tokens[i].start()] == " ":
        word = tokens[i].group()
        surname = _capitalised(word) and word.rstrip(".") not in TITLES
        elided = _ELIDED.fullmatch(word.rstrip(".")) is not None
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


def analyse(
    mode_file: Path, words: list[str], run: Callable[[list[str], bytes], bytes]
) -> dict[str, str]:
    """`readings` of ``words`` from the analyser that starts ``mode_file``'s pipeline,
    called through ``run`` (command, input → output); empty if the mode names none."""
    text = mode_file.read_text(encoding="utf-8", errors="replace")
    analyser = re.search(r"lt-proc '([^']+automorf\.bin)'", text)
    if not analyser:
        return {}
    said = run(["lt-proc", analyser.group(1)], "\n".join(words).encode())
    return readings(words, said.decode("utf-8", errors="replace"))


def readings(words: list[str], analysed: str) -> dict[str, str]:
    """How the analyser reads each of ``words``, from its output for them one a line
    (``^Julie/Julie<np><ant>$``): ``NAME`` (an anthroponym only), ``PROPER`` (another
    proper noun only), ``AMBIGUOUS`` (an anthroponym or a common word), ``COMMON`` (a
    common word, or split into several: "Jong-un" is Jong and *un*) or ``UNKNOWN``."""
    found = {}
    for word, line in zip(words, analysed.split("\n"), strict=False):
        units = re.findall(r"\^(.*?)\$", line)
        tags = units[0].split("/")[1:] if len(units) == 1 else ["split"]
        names = [tag for tag in tags if "<np><ant>" in tag]
        if not tags or tags[0].startswith("*"):
            found[word] = UNKNOWN
        elif names:
            found[word] = NAME if len(names) == len(tags) else AMBIGUOUS
        else:
            found[word] = PROPER if all("<np>" in tag for tag in tags) else COMMON
    return found


def mark(
    texts: list[str], reading: Callable[[str], str], keep: Sequence[Sequence[str]] = ()
) -> tuple[list[str], list[str]]:
    """``texts`` with each person's name replaced by a numbered mark, and the names.
    ``keep``: per text, names passed through already (an earlier leg's, `kept_names`),
    marked wherever they stand in it as whole words, whatever this analyser reads."""
    names: list[str] = []
    marked = []
    for k, text in enumerate(texts):
        pieces, at = [], 0
        given = keep[k] if k < len(keep) else ()
        found = _found(text, given, reading)
        for start, end in _merged(protected_spans(text, reading), found):
            pieces += [text[at:start], f"{_OPEN}{len(names)}{_CLOSE}"]
            names.append(text[start:end])
            at = end
        marked.append("".join(pieces) + text[at:])
    return marked, names


def kept(texts: list[str], reading: Callable[[str], str]) -> list[list[str]]:
    """Per text, the names `mark` passes through (what a pivot's next leg must keep)."""
    return [[text[start:end] for start, end in protected_spans(text, reading)] for text in texts]


def _found(text: str, names: Sequence[str], reading: Callable[[str], str]) -> list[tuple[int, int]]:
    """Where the words of ``names`` that this analyser reads as common words (``COMMON`` or
    ``AMBIGUOUS``: "Sur", "Isla", "Teme") stand in ``text``, each name as whole words, with
    the particles between them. A word it does not know or reads as a name is left to
    Apertium, which keeps it: a whole name passed through leaves the sentence without a
    subject, and es→en then added one ("Felicity Gale It does…") and capitalised the
    next word."""
    spans: list[tuple[int, int]] = []
    for name in dict.fromkeys(names):
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            tokens = list(_TOKEN.finditer(text, hit.start(), hit.end()))
            common = [reading(t.group().rstrip(".")) in (COMMON, AMBIGUOUS) for t in tokens]
            for j, token in enumerate(tokens):
                particle = not _capitalised(token.group()) and any(common[j + 1 : j + 2])
                if not (common[j] and _capitalised(token.group())) and not particle:
                    continue
                end = token.start() + len(token.group().rstrip("."))
                if spans and text[spans[-1][1] : token.start()] == " " and j > 0:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((token.start(), end))
    return spans


def _merged(*spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of all lists in text order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(span for group in spans for span in group):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def superblanks(block: bytes, names: list[str]) -> bytes:
    """The deformatted ``block`` with each mark turned into a superblank holding its name."""
    if not names:
        return block
    text = block.decode("utf-8")
    return _MARK.sub(lambda m: f"[{names[int(m.group(1))]}]", text).encode("utf-8")
