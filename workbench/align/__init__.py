"""Sentence alignment of a text with its counterpart (pure: no I/O).

`align` finds the beads of two sentence lists; `realign` keeps a reviewer's
confirmed beads and re-aligns only what lies between them. Evidence combined:
multilingual sentence embeddings (an `Encoder`), sentence lengths (Gale &
Church), shared words through a bilingual `Lexicon` with cognates and numbers,
an optional MT bridge, and, for two timed subtitle files, the cues' time overlap.
"""

from workbench.align.aligner import CachedEncoder, align, choose_mode
from workbench.align.config import (
    DENSE_TYPES,
    SPARSE_TYPES,
    AlignConfig,
    Costs,
    Encoder,
    Lexicon,
    Mode,
    WordLexicon,
)
from workbench.align.stretches import realign

__all__ = [
    "DENSE_TYPES",
    "SPARSE_TYPES",
    "AlignConfig",
    "CachedEncoder",
    "Costs",
    "Encoder",
    "Lexicon",
    "Mode",
    "WordLexicon",
    "align",
    "choose_mode",
    "realign",
]
