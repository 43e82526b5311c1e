"""Offline machine translation: Argos Translate and Apertium behind one small interface.

``get_translator(src, tgt)`` gives a ``Translator``; wrap it in
``CachedTranslator(translator, cache)`` so that text already translated with
the same engine, model and version is not translated again.
"""

from workbench.translate.base import (
    CachedTranslator,
    MemoryCache,
    PivotTranslator,
    TranslationCache,
    Translator,
    clean_text,
)
from workbench.translate.registry import Pair, available_pairs, get_translator

__all__ = [
    "CachedTranslator",
    "MemoryCache",
    "Pair",
    "PivotTranslator",
    "TranslationCache",
    "Translator",
    "available_pairs",
    "clean_text",
    "get_translator",
]
