"""The warning a new document gets when documents from other paths already have its name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.model import Document
from workbench.naming import shell_word
from workbench.wording import plural


def namesake_warning(doc: Document, namesakes: Sequence[Document], path: Path) -> str:
    """The warning for a new document ``doc`` stored from ``path`` whose name
    ``namesakes`` (documents from other paths) already have: a client's new version
    delivered in another folder, or another document of the same name."""
    first = namesakes[0]
    others = ", ".join(str(d.id) for d in namesakes)
    return (
        f"{doc.name} is a new document (id {doc.id}) beside {plural(len(namesakes), 'document')} "
        f"{others} of the same name (from {first.path}); if it is its new version, run "
        f"`workbench ingest {shell_word(str(path))} --version-of {first.id}` (reviews are "
        "carried over by "
        f"`align`); if it is another document, name each by its id, as in "
        f"`workbench align {doc.id} --to LANG`"
    )
