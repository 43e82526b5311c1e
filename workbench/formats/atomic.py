"""Writing files so that a crash never leaves half of one.

Every export goes through :func:`atomic_path`: the data is written to a
hidden temporary file in the destination folder, flushed to disk, then moved
over the destination with ``os.replace`` (atomic on POSIX and Windows when
both sit on one file system). Until that moment an existing file is untouched;
if the writer raises, the temporary file is removed. A writer killed outright
(``kill -9``, a power cut) cannot remove its own: the temporary file's name
holds the writer's process id, and the next export to the same destination
removes the ones whose process is gone.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from workbench.model import InputError


def _default_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # some platforms cannot open a folder; the rename is still atomic
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A temporary file without a process id in its name (made before they had one)
# is stale once this old.
STALE_SECONDS = 3600


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def sweep_stale_parts(path: Path) -> list[Path]:
    """Remove the temporary files that dead writers of ``path`` left; the ones removed."""
    removed = []
    for part in path.parent.glob(f".{path.name}.*.part"):
        middle = part.name[len(path.name) + 2 : -len(".part")]
        pid = middle.split(".", 1)[0]
        try:
            stale = (
                not _alive(int(pid))
                if pid.isdigit() and "." in middle
                else (time.time() - part.stat().st_mtime > STALE_SECONDS)
            )
            if stale:
                part.unlink()
                removed.append(part)
        except OSError:  # gone already, or not ours to remove: leave it
            continue
    return removed


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` in one step."""
    path = Path(path)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        sweep_stale_parts(path)
        fd, name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=directory
        )
    except OSError as exc:
        raise InputError(
            f"cannot write {path}: {exc.strerror or exc}; choose another -o PATH"
        ) from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _fsync(temporary)
        os.chmod(temporary, _default_mode(path))
        os.replace(temporary, path)
    except OSError as exc:  # a full disk, a folder in the way: say so in the user's words
        temporary.unlink(missing_ok=True)
        raise InputError(f"cannot write {_as_named(path)}: {_why(exc)}") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_dir(directory)


def _as_named(path: Path) -> Path:
    """``path`` as the user named it: an export writes into a hidden stage folder
    (`staged`) before it moves its files out, and a file there is the one beside it."""
    if path.parent.name.startswith(f"{STAGE}."):
        return path.parent.parent / path.name
    return path


def _why(exc: OSError) -> str:
    """What failed and what to do, for a write that failed half-way (nothing was changed)."""
    said = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{said}; nothing was changed: free some space, or choose another -o PATH"
    if exc.errno == errno.EFBIG:
        return (
            f"{said} (past the size this system lets a file grow: a quota, `ulimit -f`); "
            "nothing was changed: free some space or raise the limit, or choose another -o PATH"
        )
    return f"{said}; nothing was changed"


@contextmanager
def atomic_open(path: Path, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a file for writing that appears at ``path`` only once it is complete."""
    if not mode.startswith("w"):
        raise ValueError(f"atomic_open writes new files only, not mode {mode!r}")
    with atomic_path(path) as temporary, temporary.open(mode, **kwargs) as handle:
        yield handle


STAGE = ".workbench-stage"


@contextmanager
def staged(folder: Path) -> Iterator[Path]:
    """A hidden folder in ``folder`` to write an export's files into before deciding to keep
    them (:func:`publish` moves them out, each in one step); removed with what is left in
    it. A dead writer's stages (its process id in the name) are removed first."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(f"{STAGE}.*"):
            pid = stale.name[len(STAGE) + 1 :].split(".", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)
        stage = Path(tempfile.mkdtemp(prefix=f"{STAGE}.{os.getpid()}.", dir=folder))
    except OSError as exc:
        raise InputError(
            f"cannot write in {folder}: {exc.strerror or exc}; choose another -o PATH"
        ) from exc
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def publish(moves: Sequence[tuple[Path, Path]]) -> None:
    """Move staged files over their destinations, each atomically, keeping a replaced
    file's permissions; dead writers' temporary files of a destination are swept first
    (`sweep_stale_parts`), as `atomic_path` sweeps them."""
    for staged_file, destination in moves:
        sweep_stale_parts(destination)
        try:
            os.chmod(staged_file, _default_mode(destination))
            os.replace(staged_file, destination)
        except OSError as exc:
            raise InputError(
                f"cannot write {destination}: {exc.strerror or exc}; choose another -o PATH"
            ) from exc
        _fsync_dir(destination.parent)
