"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl on a temporary folder.

Debian's ``postgresql`` package puts its programs in /usr/lib/postgresql/N/bin
(not on PATH) and starts no server we could rely on, so the tests start their
own: a cluster in a temporary folder, trusting local connections, gone when
the session ends. initdb refuses to run as root; as root the cluster runs as
the ``postgres`` user the package creates.

The server listens on a Unix socket in its own folder and on no TCP port, so
two clusters (two test runs, two helpers' suites) never race for a port; the
port number only names the socket file. Start-up waits until a real
connection answers (a loaded machine can take a minute) and is retried on a
failed start; `Cluster.stop` shuts the server down fast, then immediately,
then kills it, and does not mind a server that is already gone.

    python -m tests.pg_cluster    # start one by hand; prints its URL, Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "postgresql"
PORT = 5432  # names the socket file (.s.PGSQL.5432) in the cluster's folder; no TCP
READY_TIMEOUT = 180.0  # seconds: initdb and start-up under a load of 20 take tens of seconds
ATTEMPTS = 3  # starts tried before giving up


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when not installed."""
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(found).parent
    found_on_path = shutil.which("initdb")
    return Path(found_on_path).parent if found_on_path else None


@dataclass
class Cluster:
    """A server on ``folder``/data, reached through the socket in ``folder``."""

    folder: Path
    bin: Path
    user: str | None  # who runs the server, when we are root
    port: int = PORT
    # A server that keeps a commit through its own crash, as a default installation does:
    # fsync, synchronous commits, full pages. The session's cluster runs without them
    # (fast, and the tests kill clients, not it); tests that crash the server need them.
    durable: bool = False

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the maintenance database ``postgres``."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str, timeout: float = READY_TIMEOUT) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run(
            [*prefix, *args],
            check=True,
            capture_output=True,
            text=True,
            cwd=self.folder,
            timeout=timeout,
        )

    def _pg_ctl(self, *args: str, timeout: float = READY_TIMEOUT) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), *args, timeout=timeout)

    def initdb(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", *(() if self.durable else ("--no-sync",)))  # fmt: skip

    def start(self, timeout: float = READY_TIMEOUT) -> None:
        """Start the server and wait until it accepts a connection.

        Raises subprocess.CalledProcessError or subprocess.TimeoutExpired when
        pg_ctl fails, TimeoutError when no connection is accepted in ``timeout`` s.
        """
        fast = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses='' "
            f"{'' if self.durable else fast}-c max_connections=200"
        )
        self._pg_ctl("-l", str(self.folder / "log"), "-o", options, "-w", "-t", str(int(timeout)),
                     "start")  # fmt: skip
        self.wait_ready(timeout)

    def connect(self, database: str = "postgres", timeout: float = 10.0) -> object:
        """A psycopg connection in autocommit mode (the caller closes it)."""
        import psycopg

        return psycopg.connect(
            host=str(self.folder),
            port=self.port,
            user="postgres",
            dbname=database,
            autocommit=True,
            connect_timeout=max(1, int(timeout)),
        )

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Return once ``SELECT 1`` answers; TimeoutError after ``timeout`` seconds."""
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                with self.connect(timeout=5) as conn:  # type: ignore[attr-defined]
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"PostgreSQL in {self.folder} is not ready: {exc}") from exc
                time.sleep(0.25)

    def pid(self) -> int | None:
        """The postmaster's process id while it runs, else None."""
        try:
            pid = int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    def shut_down(self) -> None:
        """Stop the server however it is: running, hung, stopped or killed.

        pg_ctl's fast mode first (sessions are ended cleanly), then immediate,
        then SIGKILL to the postmaster; a server that is not running is fine.
        """
        for mode in ("fast", "immediate"):
            if self.pid() is None:
                return
            try:
                self._pg_ctl("-m", mode, "-w", "-t", "60", "stop", timeout=90)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                continue
        pid = self.pid()
        if pid is not None:
            os.kill(pid, signal.SIGKILL)

    def crash(self) -> None:
        """Kill the server as a power cut or the OOM killer would: SIGKILL to the postmaster
        and every process it started, with no checkpoint and no goodbye to a client. Start it
        again with `start`: it recovers from its write-ahead log."""
        pid = self.pid()
        if pid is None:
            return
        children = [
            int(entry.name)
            for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _parent(entry) == pid
        ]
        for victim in (pid, *children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while self.pid() is not None and time.monotonic() < deadline:
            time.sleep(0.05)

    def stop(self) -> None:
        """Shut the server down and remove its folder."""
        try:
            self.shut_down()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        log = self.folder / "log"
        return "\n".join(log.read_text().splitlines()[-lines:]) if log.exists() else ""

    def create_database(self, name: str) -> str:
        """A new empty database on the cluster; its URL."""
        with self.connect() as conn:  # type: ignore[attr-defined]
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)


def _parent(process: Path) -> int | None:
    """The parent's pid of the process whose /proc folder is ``process`` (None once gone)."""
    try:
        return int((process / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class Given:
    """A server someone else runs (WORKBENCH_TEST_PG): its maintenance database's URL."""

    url: str

    def create_database(self, name: str) -> str:
        from sqlalchemy import create_engine, make_url, text

        engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)


def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
    if len(str(folder / f".s.PGSQL.{PORT}")) > 100:  # a socket path is at most 107 bytes
        shutil.rmtree(folder)
        folder = Path(tempfile.mkdtemp(prefix="workbench-pg-", dir="/tmp"))
    return folder


def _stderr(exc: BaseException) -> str:
    """What the failed program wrote to stderr, as text ('' when nothing was captured).

    TimeoutExpired keeps bytes even when the program ran with ``text=True``.
    """
    err = getattr(exc, "stderr", None)
    if isinstance(err, bytes):
        return err.decode(errors="replace")
    return err if isinstance(err, str) else ""


def start(*, port: int = PORT, timeout: float = READY_TIMEOUT, durable: bool = False) -> Cluster:
    """Start a cluster and wait until it answers; a failed start is tried again.
    ``durable``: with a default installation's fsync and synchronous commits (`Cluster`).

    Raises FileNotFoundError naming the Debian package when it is absent,
    RuntimeError with the server's log when ``ATTEMPTS`` starts all fail.
    """
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError(f"PostgreSQL is not installed: apt-get install {PACKAGE}")
    folder = _folder()
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        shutil.chown(folder, user)
    cluster = Cluster(folder, bin_dir, user, port, durable)
    failure = ""
    try:
        cluster.initdb()
        for _ in range(ATTEMPTS):
            try:
                cluster.start(timeout)
                return cluster
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, TimeoutError) as exc:
                failure = f"{exc}\n{_stderr(exc)}{cluster.log_tail()}"
                cluster.shut_down()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:  # initdb
        failure = f"{exc}\n{_stderr(exc)}"
    cluster.stop()
    raise RuntimeError(f"could not start PostgreSQL in {ATTEMPTS} attempts: {failure}")


if __name__ == "__main__":
    c = start()
    print(c.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        c.stop()
