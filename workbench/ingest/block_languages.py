"""Each block's language (`extract.classify`): the page's language by most of its text, a
block's own where the guess is sure enough and its stop words do not belie it, and an unsure
foreign guess asked again between the page's language and each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from workbench.ingest.markup import RawBlock


class Detector(Protocol):
    """A language guesser: for each text, (ISO 639-1 code, confidence in [0, 1]) or None.

    ``languages`` restricts the guess to those codes (None: every language it knows).
    """

    def __call__(
        self, texts: Sequence[str], languages: Sequence[str] | None = None
    ) -> Sequence[tuple[str, float] | None]: ...


# A guess of another language than the document's must be this sure, on at
# least this many words, before a block is taken out of the document language.
FOREIGN_CONFIDENCE = 0.5
FOREIGN_MIN_WORDS = 3
# A line shorter than this is taken out of the document's language only on a sure guess or a
# stop word of the guessed language alone (`_short_line_stays`).
SHORT_LINE_WORDS = 6
SURE_CONFIDENCE = 0.8
# A line whose guess is another language but unsure (under FOREIGN_CONFIDENCE) is asked
# again, between the document's language and each of the page's other ones: it is foreign
# when one of them leads its pair by this much (0.6 against 0.4) and its stop words agree.
SETTLED_CONFIDENCE = 0.6
# …and when this many of its words are stop words of that language and not of the
# document's: one alone may be a name or an abbreviation ("13:42 CET" is French "cet").
SETTLED_STOP_WORDS = 2


def word_count(text: str) -> int:
    """Words of ``text``, split at white space."""
    return len(text.split())


def dominant_language(raw: Sequence[RawBlock], guesses: Sequence[tuple[str, float] | None]) -> str:
    """The language most of the page's text is guessed in, weighed by length ("und": none)."""
    weight: dict[str, int] = {}
    for b, g in zip(raw, guesses, strict=True):
        if g is not None:
            weight[g[0]] = weight.get(g[0], 0) + len(b.text)
    return max(weight, key=weight.__getitem__) if weight else "und"


def block_language(text: str, guess: tuple[str, float] | None, doc_lang: str) -> str:
    """A block's language: its guess when sure enough, on enough words, and not belied by
    its stop words (`_function_words_of`, `_short_line_stays`); else the document's."""
    if guess is None:
        return doc_lang
    lang, confidence = guess
    if lang != doc_lang and (
        confidence < FOREIGN_CONFIDENCE or word_count(text) < FOREIGN_MIN_WORDS
    ):
        return doc_lang
    if lang != doc_lang and _function_words_of(text, doc_lang, lang):
        return doc_lang
    if lang != doc_lang and _short_line_stays(text, doc_lang, lang, confidence):
        return doc_lang
    return lang


def _short_line_stays(text: str, doc_lang: str, guessed: str, confidence: float) -> bool:
    """Whether a short line guessed ``guessed`` below `SURE_CONFIDENCE` stays in ``doc_lang``
    for want of a stop word that ``guessed`` has and ``doc_lang`` has not.

    A few words' guess leans on a name or a word both languages share: an English statute's
    heading "Articles of association" reads as French at 0.54 (French's stop list holds
    "of"), a Spanish page's "© 2025 Revista Horizontes" as Portuguese. Taken out of the
    language, the heading was a caption no bead of the English side held. When neither
    language has a stop list the guess stands.
    """
    from workbench.ingest.debris_features import stop_words, words

    if word_count(text) >= SHORT_LINE_WORDS or confidence >= SURE_CONFIDENCE:
        return False
    ours, theirs = stop_words(doc_lang), stop_words(guessed)
    if not ours or not theirs:
        return False
    return not any(w in theirs and w not in ours for w in (t.lower() for t in words(text)))


def settled_languages(
    texts: Sequence[str],
    guesses: Sequence[tuple[str, float] | None],
    langs: Sequence[str],
    doc_lang: str,
    detect: Detector,
) -> list[str]:
    """``langs`` (one a text, from `block_language`) with the unsure foreign guesses settled.

    On a short line the guesser spreads its confidence over neighbouring languages
    and the names weigh as much as the words: "voluntarios en la ribera del Lys
    cerca de Hucqueliers, en octubre." reads Catalan 0.41, Spanish 0.37, French
    under 0.03, so no guess was sure and the Spanish caption of a French page was
    taken as French (newcomer19: 6 of 34). Such a line (a guess of another language
    than ``doc_lang``, under `FOREIGN_CONFIDENCE`, on `FOREIGN_MIN_WORDS` words or
    more) is asked again, between ``doc_lang`` and each candidate: its own guess, the
    guess among the other languages but ``doc_lang`` (its runner-up), and the
    languages the page's other lines surely are. A candidate holds when it wins
    its pair at `SETTLED_CONFIDENCE` or more and the line's own stop words say so
    too: `SETTLED_STOP_WORDS` at least are only the candidate's, none is only
    ``doc_lang``'s (`_own_stop_words`). Of those that hold, the one with the most such stop words
    wins (Spanish "del", "cerca", "octubre" against Catalan "del"), then the surer.
    A time or a menu ("11 h 42", "Facebook · Email") has no stop word and keeps the
    document's language.
    """
    from workbench.ingest.langid import DEFAULT_LANGUAGES

    unsure = _unsure(texts, guesses, doc_lang)
    if not unsure or doc_lang not in DEFAULT_LANGUAGES:
        return list(langs)
    candidates = _candidates(texts, unsure, langs, doc_lang, detect)
    out = list(langs)
    for i, found in _held(texts, candidates, doc_lang, detect).items():
        out[i] = max(found)[2]
    return out


def _unsure(
    texts: Sequence[str], guesses: Sequence[tuple[str, float] | None], doc_lang: str
) -> dict[int, str]:
    """The lines guessed another language than ``doc_lang`` under `FOREIGN_CONFIDENCE`, on
    `FOREIGN_MIN_WORDS` words or more, by index: their guess."""
    return {
        i: g[0]
        for i, g in enumerate(guesses)
        if g is not None
        and g[0] != doc_lang
        and g[1] < FOREIGN_CONFIDENCE
        and word_count(texts[i]) >= FOREIGN_MIN_WORDS
    }


def _candidates(
    texts: Sequence[str],
    unsure: dict[int, str],
    langs: Sequence[str],
    doc_lang: str,
    detect: Detector,
) -> dict[int, set[str]]:
    """Each unsure line's candidate languages: its guess, its runner-up (the guess among
    the other languages but ``doc_lang``) and the page's other languages."""
    from workbench.ingest.langid import DEFAULT_LANGUAGES

    page = {lang for lang in langs if lang != doc_lang}
    candidates = {i: page | {guess} for i, guess in unsure.items()}
    for guess in set(unsure.values()):
        indices = [i for i, g in unsure.items() if g == guess]
        others = [lang for lang in DEFAULT_LANGUAGES if lang not in (doc_lang, guess)]
        for i, second in zip(indices, detect([texts[i] for i in indices], others), strict=True):
            if second is not None:
                candidates[i].add(second[0])
    return candidates


def _held(
    texts: Sequence[str], candidates: dict[int, set[str]], doc_lang: str, detect: Detector
) -> dict[int, list[tuple[int, float, str]]]:
    """Per line, the candidates that win their pair with ``doc_lang`` at `SETTLED_CONFIDENCE`
    with `SETTLED_STOP_WORDS` of their own: (own stop words, confidence, language)."""
    asked: dict[str, list[int]] = {}
    for i, languages in candidates.items():
        for lang in languages:
            asked.setdefault(lang, []).append(i)
    held: dict[int, list[tuple[int, float, str]]] = {}
    for lang, indices in asked.items():
        answers = detect([texts[i] for i in indices], (doc_lang, lang))
        for i, answer in zip(indices, answers, strict=True):
            own = _own_stop_words(texts[i], lang, doc_lang)
            if (
                answer is not None
                and answer[0] == lang
                and answer[1] >= SETTLED_CONFIDENCE
                and own >= SETTLED_STOP_WORDS
            ):
                held.setdefault(i, []).append((own, answer[1], lang))
    return held


def _own_stop_words(text: str, lang: str, other: str) -> int:
    """How many words of ``text`` are stop words of ``lang`` and not of ``other``; 0 as well
    when one is a stop word of ``other`` only, or either language has no stop list."""
    from workbench.ingest.debris_features import stop_words, words

    ours, theirs = stop_words(lang), stop_words(other)
    if not ours or not theirs:
        return 0
    lowered = [w.lower() for w in words(text)]
    if any(w in theirs and w not in ours for w in lowered):
        return 0
    return sum(w in ours and w not in theirs for w in lowered)


def _function_words_of(text: str, doc_lang: str, guessed: str) -> bool:
    """Whether the stop words of ``text`` are all ``doc_lang``'s and none ``guessed``'s.

    Names weigh heavily in a short line's guess: "Par Lucía Herrero, correspondante à
    Madrid" reads as Spanish by its names, French by "par" and "à". A word both lists
    hold says nothing: English's list has "de", so "Ruth Halloway trie les sachets de
    graines (photo : Gareth Lowe)" is French by "les". The guess stands when a stop word
    of its language alone is there or no stop list knows either language.
    """
    from workbench.ingest.debris_features import stop_words, words

    ours, theirs = stop_words(doc_lang), stop_words(guessed)
    if not ours or not theirs:
        return False
    lowered = [w.lower() for w in words(text)]
    return any(w in ours and w not in theirs for w in lowered) and not any(
        w in theirs and w not in ours for w in lowered
    )
