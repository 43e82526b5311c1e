"""Running the app as a real server, for the browser tests and the benchmark.

``running_app(db)`` starts ``streamlit run app.py`` on 127.0.0.1 on a free
port with WORKBENCH_DB set, waits for ``/_stcore/health``, yields the URL,
and stops the server (only that process) on the way out.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.model import WorkbenchError

APP = Path(__file__).resolve().parent.parent / "app.py"
# Debian installs it here; CHROMIUM names another build (e.g. a distribution that calls it
# chromium-browser).
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def launch(
    db: Path | str, port: int, *, log: Path | None = None, app: Path = APP
) -> subprocess.Popen[bytes]:
    """``streamlit run app`` serving the store ``db`` on 127.0.0.1:``port``, not waited for."""
    command = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--server.runOnSave", "false",
    ]  # fmt: skip
    env = {**os.environ, "WORKBENCH_DB": str(db)}
    out = log.open("ab") if log is not None else subprocess.DEVNULL
    # from the app's folder, so that it reads its own .streamlit/config.toml (a benchmark's
    # baseline app, checked out elsewhere, its own)
    try:
        return subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=app.parent
        )
    finally:
        if log is not None and hasattr(out, "close"):
            out.close()  # the server holds its own copy of the file


def wait_healthy(
    url: str, process: subprocess.Popen[bytes], timeout: float, log: Path | None = None
) -> None:
    """Return once ``url`` answers its health check; WorkbenchError if the server stops first."""
    deadline = time.monotonic() + timeout
    while not _healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            raise WorkbenchError(f"the app did not start on {url}: see {log or 'its output'}")
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop one server started by :func:`launch` (only that process)."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextmanager
def running_app(
    db: Path | str, *, timeout: float = 30.0, log: Path | None = None, app: Path = APP
) -> Iterator[str]:
    """The URL of ``app`` serving the store ``db``, for as long as the block runs."""
    port = free_port()
    process = launch(db, port, log=log, app=app)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, timeout, log)
        yield url
    finally:
        stop(process)
