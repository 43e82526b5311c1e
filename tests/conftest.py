"""Shared fixtures: paths to the sample corpus and the gold data, fresh stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.model import StoredBead
from workbench.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
GOLD = ROOT.parent / "shared" / "gold" / "textberg-dev"


def needs_dictionary(pair: str) -> pytest.MarkDecorator:
    """Skip unless Debian's FreeDict dictionary ``pair`` (e.g. "deu-fra") is installed."""
    from workbench.align.lexicon import DICTD_DIR

    return pytest.mark.skipif(
        not (DICTD_DIR / f"freedict-{pair}.index").exists(),
        reason=f"needs Debian package dict-freedict-{pair}",
    )


def aligned_beads(db: Path | str, doc: str, cp_lang: str) -> list[StoredBead]:
    """The beads of ``doc``'s alignment with ``cp_lang``, read afresh from the database at ``db``.

    For tests that check what an app or another process saved.
    """
    from workbench.pipeline.alignment import alignment_for

    store = Store.open(str(db))
    try:
        return store.beads(alignment_for(store, doc, cp_lang).id)
    finally:
        store.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a fresh SQLite file."""
    s = Store.open(str(tmp_path / "test.db"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the sample corpus, ingested once per test session.

    Tests must only read it; tests that write use `store`.
    """
    from workbench import pipeline

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    s = Store.open(str(path))
    report = pipeline.ingest_paths(s, [CORPUS])
    assert not report.failed, report.failed
    s.close()
    return str(path)


@pytest.fixture
def corpus_store(corpus_db: str) -> Iterator[Store]:
    s = Store.open(corpus_db)
    yield s
    s.close()
