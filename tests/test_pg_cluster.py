"""The tests' throwaway PostgreSQL server (tests/pg_cluster.py) starts and stops whatever else runs.

Each test starts clusters of its own (a few seconds each), not the session's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests import pg_cluster as pg

pytestmark = pytest.mark.skipif(
    pg.binaries() is None,
    reason=f"needs Debian package {pg.PACKAGE} (apt-get install {pg.PACKAGE})",
)


@pytest.fixture
def cluster() -> Iterator[pg.Cluster]:
    c = pg.start()
    yield c
    c.stop()


def answers(c: pg.Cluster) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(c.url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def gone(pid: int, within: float = 30.0) -> bool:
    """Whether process ``pid`` ends within ``within`` seconds (it exits just after its pid file)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return True
        time.sleep(0.1)
    return False


def test_two_clusters_started_at_once_each_answer_on_their_own_socket() -> None:
    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(lambda _: pg.start(), range(2))
    try:
        assert first.port == second.port  # the same number, two folders: no race for it
        assert first.folder != second.folder
        assert answers(first) and answers(second)
        first.create_database("only_here")
        with second.connect() as conn:  # type: ignore[attr-defined]
            names = {row[0] for row in conn.execute("SELECT datname FROM pg_database")}
        assert "only_here" not in names
    finally:
        first.stop()
        second.stop()
    assert not first.folder.exists() and not second.folder.exists()


def test_a_port_taken_on_the_loopback_does_not_stop_the_cluster() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        c = pg.start(port=port)
        try:
            assert answers(c)
            assert c.url.endswith(f"port={port}")
        finally:
            c.stop()


def test_a_store_opens_on_the_cluster_s_url(cluster: pg.Cluster) -> None:
    from workbench.store import Store

    store = Store.open(cluster.create_database("store"))
    again = Store.open(store.location)  # the location a store reports opens it again
    try:
        assert store.documents() == again.documents() == []
    finally:
        store.close()
        again.close()


def test_stop_after_the_server_was_stopped_by_hand_removes_the_folder(
    cluster: pg.Cluster,
) -> None:
    cluster._pg_ctl("-m", "fast", "-w", "stop")
    assert cluster.pid() is None
    cluster.stop()
    assert not cluster.folder.exists()


def test_stop_after_the_server_was_killed_removes_the_folder(cluster: pg.Cluster) -> None:
    pid = cluster.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert gone(pid)
    cluster.stop()
    assert not cluster.folder.exists()


def test_stop_ends_a_server_with_sessions_open(cluster: pg.Cluster) -> None:
    session = cluster.connect()
    pid = cluster.pid()
    assert pid is not None
    cluster.stop()
    assert cluster.pid() is None and not cluster.folder.exists()
    assert gone(pid)
    session.close()  # type: ignore[attr-defined]


def test_a_cluster_that_cannot_start_says_why_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[pg.Cluster] = []
    real_start = pg.Cluster.start

    def refuse(self: pg.Cluster, timeout: float = pg.READY_TIMEOUT) -> None:
        made.append(self)
        self.port = -1  # postgres refuses a negative port
        real_start(self, timeout)

    monkeypatch.setattr(pg.Cluster, "start", refuse)
    with pytest.raises(RuntimeError, match=f"in {pg.ATTEMPTS} attempts"):
        pg.start()
    assert len(made) == pg.ATTEMPTS
    assert not made[0].folder.exists()
    assert not subprocess.run(["pgrep", "-f", str(made[0].folder)], capture_output=True).stdout


def test_a_cluster_whose_initdb_hangs_says_what_it_wrote_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """subprocess keeps a timed-out program's stderr as bytes even with ``text=True``:
    the message gives it as text, not as ``b'...'``."""

    def hangs(self: pg.Cluster) -> None:
        self._run("sh", "-c", "echo 'initdb: no room left' >&2; sleep 10", timeout=3)

    monkeypatch.setattr(pg.Cluster, "initdb", hangs)
    with pytest.raises(RuntimeError, match="could not start PostgreSQL") as err:
        pg.start()
    assert "\ninitdb: no room left" in str(err.value) and "b'" not in str(err.value)
