"""The machine translation engine the Review page fills gaps with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from workbench.model import Alignment, Document

if TYPE_CHECKING:
    from workbench.store import Store


@dataclass(frozen=True)
class MtEngine:
    """A way to translate one French text: returns (text, origin such as ``mt:apertium:fr-es``)."""

    name: str
    help: str
    translate: Callable[[str], tuple[str, str]]


def mt_engine(src: str, tgt: str) -> MtEngine | None:
    """The engine for ``src``→``tgt``, or None when none is installed."""
    return None


def chrf_ui(store: Store, doc: Document, alignment: Alignment) -> None:
    st.info("No machine translation engine is available to score.")
