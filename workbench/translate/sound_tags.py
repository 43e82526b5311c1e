"""A subtitle's sound descriptions and speaker labels in capitals, around the engine.

Subtitles for the deaf and hard of hearing (and transcripts) write what is heard in
capitals, in brackets or parentheses: "[CRAQUEMENT DE LA GLACE]", "(ESSOUFFLÉE)"; and
who speaks as a label: "PAUL : Tu es prête ?". An engine reads capitals as names or
acronyms: Apertium fr→en drafted "[CRAQUEMENT OF THE ICE CREAM]" and "[Wind THAT
BLOWS]", case mixed word by word. So, in a timed document's drafts:

- a sound description is translated lower-cased, in its brackets, and its capitals
  restored: "[vent qui souffle]" → "[wind that blows]" → "[WIND THAT BLOWS]". On 40
  tags in fr→en, fr→es, en→fr, es→fr (Apertium, README "Machine translation"), 20
  came out right against 15 as written; the others hold words the engine's
  dictionaries lack ("craquement", "chuchotant") either way, which the draft's
  estimate now sees (`lowered`: each such word lowers it, `estimate.penalised`);
- a speaker's label is kept as it is, for the reviewer: most labels are names, and a
  name lower-cased is a word to an engine ("MARIE" is a form of *marier*).

Texts with neither go to the engine unchanged. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.model import Translation
from workbench.translate.base import WrappingTranslator

# A bracketed or parenthesised run with three letters or more and no lower-case letter
# ("(UE)", "(A)" are an acronym and a list's letter).
_TAG = re.compile(r"([\[(])([^\[\]()]*[^\W\d_][^\[\]()]*)([\])])")
# A speaker's label in capitals that opens a line or a sentence, with a dialogue dash
# before it: "PAUL :", "- LENOIR :".
_LABEL = re.compile(
    r"(?:^|(?<=[.!?…] ))((?:[-–—] ?)?[^\W\d_a-z][^\Wa-z]*(?:[ '’-][^\Wa-z]+)*\s?:)\s"
)


def is_tag(content: str) -> bool:
    """Whether a bracket's ``content`` is in capitals: three letters or more, none lower-case."""
    letters = [c for c in content if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def lowered(text: str) -> str:
    """``text`` with its sound descriptions in lower case: how its words are checked."""
    return _TAG.sub(lambda m: m.group(0).lower() if is_tag(m.group(2)) else m.group(0), text)


def pieces(text: str) -> list[tuple[str, str]]:
    """``text`` as (kind, piece): "tag" (a description, lower-cased, in its brackets),
    "label" (kept), "prose"; one ("prose", text) when it holds neither."""
    cuts = [(m.start(), m.end(), "tag") for m in _TAG.finditer(text) if is_tag(m.group(2))]
    cuts += [(m.start(1), m.end(1), "label") for m in _LABEL.finditer(text) if is_tag(m.group(1))]
    out: list[tuple[str, str]] = []
    at = 0
    for start, end, kind in sorted(cuts):
        if start < at:
            continue
        if text[at:start].strip():
            out.append(("prose", text[at:start].strip()))
        out.append((kind, text[start:end].lower() if kind == "tag" else text[start:end]))
        at = end
    if text[at:].strip():
        out.append(("prose", text[at:].strip()))
    return out


def restored(kind: str, source: str, output: str) -> str:
    """A piece's text in the draft: a tag's translation in capitals in its own brackets,
    a label as it was, prose as translated."""
    if kind == "label":
        return source
    if kind == "tag":
        inner = output.strip().strip("[]()").strip() or source[1:-1]
        return f"{source[0]}{inner.upper()}{source[-1]}"
    return output


class SoundTagTranslator(WrappingTranslator):
    """``inner`` with sound descriptions translated lower-cased and labels kept (see the
    module's docstring): one call to ``inner`` a batch."""

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        split = [pieces(text) for text in texts]
        plain = [len(p) == 1 and p[0][0] == "prose" for p in split]
        asked = [
            text if whole else piece
            for text, parts, whole in zip(texts, split, plain, strict=True)
            for kind, piece in ([("prose", text)] if whole else parts)
            if kind != "label"
        ]
        answers = iter(t.text for t in self.inner.translate_batch(asked))
        out = []
        for text, parts, whole in zip(texts, split, plain, strict=True):
            if whole:
                out.append(self._record(text, next(answers)))
                continue
            drafted = [restored(k, p, "" if k == "label" else next(answers)) for k, p in parts]
            out.append(self._record(text, " ".join(d for d in drafted if d)))
        return out
