"""Bilingual word lexicons from Debian's FreeDict dictionaries (dictd format).

``/usr/share/dictd/freedict-XXX-YYY.index`` lists headwords with base64
offsets into ``.dict.dz`` (gzip-readable). Where only the reverse dictionary
exists (spa→fra from fra→spa) it is inverted. Lexicons are cached per pair.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from workbench.align.config import WordLexicon
from workbench.dictd import DICTD_DIR
from workbench.model import NotFoundError, ParseError

# ISO 639-1 (as the workbench uses) to FreeDict's ISO 639-3
_ISO3 = {"fr": "fra", "en": "eng", "es": "spa", "de": "deu", "it": "ita", "pt": "por"}
_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
_SENSE = re.compile(r"^\s*\d+\.\s+(.*)$")  # "1. tax, duty": numbered translations
_TRAILING_SENSE = re.compile(r"\s+\d+\.$")  # WikDict: "Amérique 2." ends the first sense
_WORD = re.compile(r"^\w[\w'-]*$")


def _b64(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64[char]
    return value


def _iso3(lang: str) -> str:
    return _ISO3.get(lang, lang)


def _translations(entry: str) -> list[str]:
    """Single-word translations of one dictd entry (its first line is the headword)."""
    lines = entry.splitlines()[1:]
    first = _TRAILING_SENSE.sub("", lines[0]) if lines else ""
    chosen = [m.group(1) if (m := _SENSE.match(first)) else first]
    chosen += [m.group(1) for line in lines[1:] if (m := _SENSE.match(line))]
    words = [w.strip().lower() for line in chosen for w in re.split(r"[,;]", line)]
    return [w for w in words if _WORD.match(w)]


def read_dictd(index: Path, data: Path) -> dict[str, set[str]]:
    """Headword (lower case, single words only) to its single-word translations."""
    try:
        with gzip.open(data) as stream:
            body = stream.read()
        lines = index.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise ParseError(f"cannot read dictionary {index.stem}: {exc}", exc) from exc
    entries: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database") or " " in parts[0]:
            continue
        start, size = _b64(parts[1]), _b64(parts[2])
        entry = body[start : start + size].decode("utf-8", errors="replace")
        entries[parts[0].lower()].update(_translations(entry))
    return dict(entries)


def _files(src3: str, tgt3: str, root: Path) -> tuple[Path, Path] | None:
    index = root / f"freedict-{src3}-{tgt3}.index"
    data = root / f"freedict-{src3}-{tgt3}.dict.dz"
    return (index, data) if index.exists() and data.exists() else None


@cache
def load_lexicon(src_lang: str, tgt_lang: str, root: Path = DICTD_DIR) -> WordLexicon:
    """The word lexicon for a pair, from the direct dictionary or the inverted reverse one."""
    src3, tgt3 = _iso3(src_lang), _iso3(tgt_lang)
    direct = _files(src3, tgt3, root)
    if direct is not None:
        entries = read_dictd(*direct)
    elif (reverse := _files(tgt3, src3, root)) is not None:
        inverted: dict[str, set[str]] = defaultdict(set)
        for word, targets in read_dictd(*reverse).items():
            for target in targets:
                inverted[target].add(word)
        entries = dict(inverted)
    else:
        raise NotFoundError(
            f"no {src_lang}–{tgt_lang} dictionary in {root}: install the Debian package "
            f"dict-freedict-{src3}-{tgt3} (or dict-freedict-{tgt3}-{src3}), "
            "or align without a lexicon"
        )
    frozen = {w: frozenset(t) for w, t in entries.items() if t}
    return WordLexicon(src_lang, tgt_lang, frozen)
