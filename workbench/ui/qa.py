"""QA findings of an alignment, computed once per revision and shared by sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from workbench.model import Alignment, Document
from workbench.quality.qa_base import Severity
from workbench.ui.common import get_encoder, get_store

if TYPE_CHECKING:
    from workbench.pipeline.quality import BeadIssue
    from workbench.store import Store


@st.cache_resource(max_entries=32, show_spinner="Running the QA checks…")
def _issues(url: str, doc_id: int, cp_lang: str, revision: int) -> tuple[BeadIssue, ...]:
    from workbench.pipeline.quality import qa_document

    return tuple(qa_document(get_store(), doc_id, cp_lang, encoder=get_encoder()))


def issues(store: Store, doc: Document, alignment: Alignment) -> tuple[BeadIssue, ...]:
    """The translator's QA findings on every bead with text on both sides."""
    revision = store.revision(alignment.id)
    return _issues(store.url, doc.id, alignment.cp_lang, revision)


def warned_beads(store: Store, doc: Document, alignment: Alignment) -> frozenset[int]:
    """Ids of the beads with at least one QA warning or error.

    An info (a name spelt another way, a page set with ordinary spaces before ``: ; ! ?``
    throughout) stays in `workbench qa` and the Scores page: on a French web page that never
    writes a no-break space it would mark one bead in five, and the filter would show noise."""
    return frozenset(
        i.bead_id for i in issues(store, doc, alignment) if i.issue.severity is not Severity.INFO
    )
