"""A language's function words, which the names check does not take for names (verify25)."""

from __future__ import annotations

from functools import cache

# A language's function words: its words wordfreq counts at Zipf 6.5 or more (three in a
# thousand words and up): "the", "to", "of"; "los", "el"; "le", "les"; "der", "die"; some 30
# to 45 a language in en, es, fr, de, it, pt, nl, sv, and no name among them ("May" 6.0,
# "London" 5.3, "German" 5.0 stay below).
FUNCTION_WORD_ZIPF = 6.5


@cache
def _function_words(lang: str) -> frozenset[str]:
    """``lang``'s function words (`FUNCTION_WORD_ZIPF`); empty where wordfreq has no list."""
    try:
        from wordfreq import top_n_list, zipf_frequency

        return frozenset(
            w
            for w in top_n_list(lang, 100, "small")
            if zipf_frequency(w, lang, "small") >= FUNCTION_WORD_ZIPF
        )
    except (ImportError, LookupError):
        return frozenset()


def function_word(word: str, lang: str) -> bool:
    """Whether ``word`` (not an acronym) is a function word of ``lang``: "The" after a word a
    machine draft left untranslated ("Ralentizan The thaw"), or "The Guardian", read as
    mid-sentence capitals, are words of the text's language, not names."""
    return bool(lang) and not word.isupper() and word.casefold() in _function_words(lang)
