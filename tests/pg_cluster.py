"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl on a temporary folder.

Debian's ``postgresql`` package puts its programs in /usr/lib/postgresql/N/bin
(not on PATH) and starts no server we could rely on, so the tests start their
own: a cluster in a temporary folder, listening on a free loopback port only,
trusting local connections, gone when the session ends. initdb refuses to run
as root; as root the cluster runs as the ``postgres`` user the package creates.

    python -m tests.pg_cluster    # start one by hand; prints its URL, Ctrl-C stops it
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "postgresql"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when not installed."""
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(found).parent
    found_on_path = shutil.which("initdb")
    return Path(found_on_path).parent if found_on_path else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    user: str | None  # who runs the server, when we are root

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str) -> str:
        return self.url.rsplit("/", 1)[0] + f"/{database}"

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run(
            [*prefix, *args], check=True, capture_output=True, text=True, cwd=self.folder
        )

    def start(self) -> None:
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")  # fmt: skip
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"),
                  "-o", options, "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                      "immediate", "stop")  # fmt: skip
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """A new empty database on the cluster; its URL."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url_for(name)


@dataclass
class Given:
    """A server someone else runs (WORKBENCH_TEST_PG): its maintenance database's URL."""

    url: str

    def create_database(self, name: str) -> str:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url.rsplit("/", 1)[0] + f"/{name}"


def start() -> Cluster:
    """Start a cluster; raises FileNotFoundError naming the Debian package when it is absent."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError(f"PostgreSQL is not installed: apt-get install {PACKAGE}")
    folder = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        shutil.chown(folder, user)
    cluster = Cluster(folder, _free_port(), bin_dir, user)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        log = folder / "log"
        detail = log.read_text() if log.exists() else exc.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {detail}") from exc
    return cluster


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
