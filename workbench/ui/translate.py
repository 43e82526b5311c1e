"""Machine translation in the app: the engine that fills a gap, and MT scored on the Scores page.

Engines come from workbench.translate (Argos first, then Apertium) through
the store's translation cache. One translator per language pair is shared by
the sessions behind a lock, since a model is not known to be thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from workbench.model import Alignment, Document, EngineError, InputError
from workbench.ui.common import attempt, flash, get_store

if TYPE_CHECKING:
    import pandas as pd

    from workbench.pipeline.quality import DocumentScores
    from workbench.store import Store
    from workbench.translate.base import Translator


@dataclass(frozen=True)
class MtEngine:
    """A way to translate one French text: returns (text, origin such as ``mt:apertium:fr-es``)."""

    name: str
    help: str
    translate: Callable[[str], tuple[str, str]]


@st.cache_resource(show_spinner=False)
def _translator(url: str, src: str, tgt: str) -> tuple[Translator, threading.Lock] | None:
    from workbench.pipeline.mt import translator_for

    try:
        return translator_for(src, tgt, None, get_store()), threading.Lock()
    except (EngineError, InputError):
        return None


def mt_engine(src: str, tgt: str) -> MtEngine | None:
    """The engine for ``src``→``tgt``, or None when none is installed."""
    found = _translator(get_store().url, src, tgt)
    if found is None:
        return None
    translator, lock = found

    def translate(text: str) -> tuple[str, str]:
        with lock:
            result = translator.translate_batch([text])[0]
        return result.text, result.origin

    name = f"{translator.engine} {translator.model}"
    return MtEngine(name, f"Draft a translation with {name}; it stays a draft to post-edit.",
                    translate)  # fmt: skip


@st.cache_resource(max_entries=16, show_spinner="Translating and scoring…")
def _scores(url: str, doc_id: int, cp_lang: str, revision: int) -> DocumentScores | None:
    from workbench.pipeline.quality import score_document

    found = _translator(url, "fr", cp_lang)
    if found is None:
        return None
    translator, lock = found
    with lock:
        return score_document(get_store(), doc_id, cp_lang, [translator])


def _score(doc_id: int, cp_lang: str, revision: int) -> None:
    if attempt("Score", _scores, get_store().url, doc_id, cp_lang, revision) is not None:
        st.session_state["scored"] = (doc_id, cp_lang, revision)


def chrf_ui(store: Store, doc: Document, alignment: Alignment) -> None:
    """Per-segment chrF of the engine's translation against the human counterpart."""
    engine = mt_engine(alignment.fr_lang, alignment.cp_lang)
    if engine is None:
        st.info(f"No {alignment.fr_lang}→{alignment.cp_lang} engine is installed to score.")
        return
    revision = store.revision(alignment.id)
    wanted = (doc.id, alignment.cp_lang, revision)
    if st.session_state.get("scored") != wanted:
        st.button(
            f"Translate with {engine.name} and score against the counterpart", key="score",
            on_click=_score, args=wanted,
        )  # fmt: skip
        return
    scores = _scores(store.url, *wanted)
    if scores is None:
        flash("error", "Score: the engine is no longer available.")
        return
    report = scores.engines[0].report
    cols = st.columns(len(report.metrics))
    for col, metric in zip(cols, report.metrics, strict=True):
        col.metric(metric.name, f"{metric.score:.1f}", help=metric.format())
    import pandas as pd  # deferred: the Review page imports this module, and pandas's
    # import (0.7 s cold) was most of the first render after a server start

    frame = pd.DataFrame({"chrF": [s.chrf for s in report.segments]})
    chrf_histogram(frame)
    worst = pd.DataFrame(
        [{"chrF": round(s.chrf, 1), "MT": s.hypothesis, "counterpart": s.reference}
         for s in report.worst(10)]
    )  # fmt: skip
    st.caption(f"{scores.segments} segments with human text on both sides; the worst ten:")
    st.dataframe(worst, hide_index=True, width="stretch", key="worst")


def chrf_histogram(frame: pd.DataFrame) -> None:
    import altair as alt

    chart = (
        alt.Chart(frame)
        .mark_bar(color="#4c78a8")
        .encode(
            alt.X("chrF:Q", bin=alt.Bin(step=5), title="chrF per segment"),
            alt.Y("count()", title="segments"),
        )
    )
    st.altair_chart(chart, width="stretch")
