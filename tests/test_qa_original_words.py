"""QA never calls an original's own words "left untranslated" (newcomer38 LOW 7).

Aligned with its English original, a French translation's pair "… moins cher qu'une
couchette." / "… cheaper than a couchette." had a warning "left untranslated:
couchette": the word English uses, written by the original's author, that no translator
could act on. The check reads translations (an MT draft, a reviewer's typed counterpart);
a pair the aligner made with the French's original holds the author's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_bad_pages import NONE, cli
from workbench.pipeline.quality import qa_document
from workbench.quality.qa import IssueKind
from workbench.store import Store

FRENCH = [
    "La liaison a été supprimée en 2003.",
    "À l'époque, un vol était moins cher qu'une couchette.",
]
ENGLISH = [
    "The line was withdrawn in 2003.",
    "At the time, a flight was cheaper than a couchette.",
]


@pytest.mark.skipif(not Path("/usr/share/apertium/modes/spa-eng.mode").exists(),
                    reason="needs Debian package apertium-eng-spa")  # fmt: skip
def test_a_loanword_of_the_original_is_no_word_left_untranslated(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    for name, lines in (("train.fr.txt", FRENCH), ("train.en.txt", ENGLISH)):
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "train.fr.txt", db=db)[0] == 0
    original = tmp_path / "train.en.txt"
    assert cli("align", "train.fr", "--to", "en", *NONE, "--original", original, db=db)[0] == 0

    store = Store.open(str(db))
    try:
        issues = [i.issue for i in qa_document(store, "train.fr", "en")]
        found = [i.message for i in issues if i.kind is IssueKind.UNTRANSLATED]
    finally:
        store.close()

    assert found == []
