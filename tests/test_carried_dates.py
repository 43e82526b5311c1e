"""A review carried into a new version keeps its dates.

newcomer29: a bead confirmed at 09:36 and carried over by a new version's `align` at 09:37
was exported with changedate 09:37, as if reviewed again then; a CAT tool that keeps the
newest unit took it for a newer review. The carried bead now keeps when it was made and last
changed, and aligning again with nothing changed still writes nothing (the dates are the
bead's own, so they compare equal). SQLite and PostgreSQL.
"""

from __future__ import annotations

import time
from pathlib import Path

from lxml import etree

from tests.test_sacred_found_later import ENGLISH, LINES
from workbench import pipeline, review
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.exporting import export_documents
from workbench.store import Store


def test_a_confirmation_carried_into_a_new_version_keeps_its_time(
    both_store: Store, tmp_path: Path
) -> None:
    store = both_store
    french, original = tmp_path / "pont.txt", tmp_path / "pont.en.txt"
    french.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    original.write_text(ENGLISH, encoding="utf-8")
    pipeline.ingest_paths(store, [french])
    first = align_document(store, "pont", "en", original_path=original).alignment.id
    apply(store, first, review.confirm(store.beads(first), 2, "ana"), "ana")
    confirmed = store.beads(first)[2]
    time.sleep(1.1)  # TMX dates are to the second
    french.write_text("\n".join([LINES[0], "Il a coûté bien plus.", LINES[2]]) + "\n",
                      encoding="utf-8")  # fmt: skip
    pipeline.ingest_paths(store, [french])
    second = align_document(store, "pont", "en").alignment.id
    [carried] = [b for b in store.beads(second) if b.reviewer == "ana"]
    assert (carried.fr_text, carried.cp_text) == (confirmed.fr_text, confirmed.cp_text)
    assert (carried.created_at, carried.updated_at) == (
        confirmed.created_at, confirmed.updated_at
    )  # fmt: skip

    tmx = tmp_path / "pont.tmx"
    export_documents(store, ["pont"], "en", "tmx", tmx)
    units = etree.parse(str(tmx)).getroot().iter("tu")
    [unit] = [u for u in units if u.findtext("tuv/seg") == confirmed.cp_text]
    assert unit.get("changedate") == confirmed.updated_at.strftime("%Y%m%dT%H%M%SZ")

    revision, beads = store.revision(second), store.beads(second)
    align_document(store, "pont", "en")  # nothing changed: nothing written
    assert (store.revision(second), store.beads(second)) == (revision, beads)
