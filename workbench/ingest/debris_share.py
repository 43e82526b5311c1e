"""The share of a document's words classed as debris, apart from `debris`'s patterns.

Every `ingest` and `align` tells whether the debris may hold a page's text
(`pipeline.heavy_debris`); most documents are far under `HEAVY_SHARE`, and importing
`ingest.debris` for them compiled its hundreds of patterns: 3 s of CPU of a re-run
that had nothing to do (newcomer26, bench/noop_rerun.py).
"""

from __future__ import annotations

from collections.abc import Sequence

# Past this share of a document's words classed as debris, the user may be told
# (`debris.heavy_debris_note` says when).
HEAVY_SHARE = 1 / 3


def debris_share(segments: Sequence[tuple[str, bool]]) -> float:
    """Share of words in debris, from ``(text, is_debris)`` pairs; 0.0 for no words."""
    total = sum(len(text.split()) for text, _ in segments)
    debris = sum(len(text.split()) for text, is_debris in segments if is_debris)
    return debris / total if total else 0.0
