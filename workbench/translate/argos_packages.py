"""Argos Translate packages on disk: read, check, install and remove them.

A ``.argosmodel`` is a zip holding ``metadata.json``, a CTranslate2 model in
``model/`` and ``sentencepiece.model`` (or ``bpe.model``), in one top folder (or, as some
hand-made packages do, at the root). Every archive is checked whole before a
byte is unpacked: its entry names (``./`` prefixes are accepted, paths that
leave the package and links are not), its total unpacked size and compression
ratio against ``InstallLimits``, the free disk, and its metadata (:mod:`argos_archive`,
the disk here). It is then unpacked into a hidden folder beside the packages and
renamed into place, so a package folder is never half-installed and the packages folder
itself is never moved.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.model import (
    EngineError,
    InputError,
    NotFoundError,
    UnsafeInputError,
    WorkbenchError,
)
from workbench.translate.argos_archive import MB, Entry, check_archive, metadata_of

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INSTALL_HINT = "run `workbench models install FILE.argosmodel`"


@dataclass(frozen=True)
class ArgosPackage:
    """An installed (or about to be installed) Argos translate package."""

    path: Path
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    package_version: str
    argos_version: str
    target_prefix: str = ""

    @property
    def model_id(self) -> str:
        """The argospm name, e.g. ``translate-fr_en``."""
        return f"translate-{self.from_code}_{self.to_code}"


@dataclass(frozen=True)
class InstallLimits:
    """What an archive may unpack to; anything past a limit is refused before unpacking.

    ``max_bytes``: total unpacked size in bytes (real packages unpack to 100–500 MB).
    ``max_ratio``: unpacked size over compressed size, for the whole archive (real
    packages are near 1.1; the tests' tiny ones, mostly zero weights, near 76; a zip
    bomb is in the hundreds or thousands). ``max_entries``: files in the archive.
    """

    max_bytes: int = 2048 * MB
    max_ratio: float = 100.0
    max_entries: int = 10_000

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> InstallLimits:
        """Defaults, overridden by ``WORKBENCH_ARGOS_MAX_MB`` and ``WORKBENCH_ARGOS_MAX_RATIO``."""
        try:
            mb = float(env.get("WORKBENCH_ARGOS_MAX_MB", cls.max_bytes / MB))
            ratio = float(env.get("WORKBENCH_ARGOS_MAX_RATIO", cls.max_ratio))
        except ValueError as err:
            raise InputError(
                f"WORKBENCH_ARGOS_MAX_MB and WORKBENCH_ARGOS_MAX_RATIO must be numbers ({err})"
            ) from err
        return cls(max_bytes=int(mb * MB), max_ratio=ratio)


@dataclass(frozen=True)
class Installed:
    """What an install did: the package now in place and the ones it replaced."""

    package: ArgosPackage
    replaced: tuple[ArgosPackage, ...] = ()


def read_package(path: Path) -> ArgosPackage:
    """The installed package in folder ``path``; ``InputError`` when it is not one."""
    meta_path = path / "metadata.json"
    if not meta_path.is_file():
        raise InputError(f"{path}: no metadata.json, not an Argos package")
    meta = metadata_of(meta_path.read_bytes(), str(path))
    return ArgosPackage(
        path=path,
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        from_name=str(meta.get("from_name", meta["from_code"])),
        to_name=str(meta.get("to_name", meta["to_code"])),
        package_version=str(meta.get("package_version", "")),
        argos_version=str(meta.get("argos_version", "")),
        target_prefix=str(meta.get("target_prefix", "") or ""),
    )


def list_packages(directory: Path) -> list[ArgosPackage]:
    """The translate packages installed in ``directory``; other folders are skipped.

    So are hidden ones: an install or removal cut short leaves its work in a
    ``.installing-``, ``.replaced-`` or ``.removing-`` folder, never a package.
    """
    if not directory.is_dir():
        return []
    found = []
    for child in sorted(directory.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir() and (child / "model" / "model.bin").is_file():
            try:
                found.append(read_package(child))
            except InputError:
                continue
    return found


def folder_name(meta: Mapping[str, Any]) -> str:
    """The folder a package is installed in, from its metadata: ``translate-fr_en-1_0``.

    Never the archive's own folder name, which may disagree with the metadata
    (``translate-de_en`` holding a fr→en model) or name a place outside the packages.
    """
    version = re.sub(r"[^A-Za-z0-9]+", "_", str(meta.get("package_version", ""))).strip("_")
    name = f"translate-{meta['from_code']}_{meta['to_code']}"
    return f"{name}-{version}" if version else name


# --- installing --------------------------------------------------------------------------


def _full_disk(directory: Path, needed: int) -> WorkbenchError:
    return WorkbenchError(
        f"not enough disk space in {directory}: the package needs {needed / MB:,.0f} MB; "
        "free some space and install again (nothing was installed)"
    )


def _unpack(archive: zipfile.ZipFile, entries: list[Entry], into: Path, limit: int) -> None:
    """Write ``entries`` under ``into``, stopping if they unpack to more than ``limit`` bytes."""
    written = 0
    for entry in entries:
        target = into / entry.name
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(entry.info) as src, target.open("wb") as out:
            while block := src.read(MB):
                written += len(block)
                if written > limit:
                    raise UnsafeInputError(
                        f"{entry.name} unpacks to more than its archive declares; not installed"
                    )
                out.write(block)


def _swap_in(new: Path, target: Path, others: list[Path]) -> None:
    """Rename ``new`` to ``target`` once the folders it replaces (``target``, ``others``) are aside.

    Only package folders inside the packages folder are ever renamed; when the
    final rename fails, the set-aside folders come back.
    """
    aside = []
    for old in [target, *others]:
        if old.exists():
            moved = old.with_name(f".replaced-{old.name}")
            shutil.rmtree(moved, ignore_errors=True)
            old.rename(moved)
            aside.append((old, moved))
    try:
        new.rename(target)
    except OSError:
        for old, moved in aside:
            moved.rename(old)
        raise
    for _, moved in aside:
        shutil.rmtree(moved, ignore_errors=True)


def install_package(path: Path, directory: Path, limits: InstallLimits | None = None) -> Installed:
    """Check and install the ``.argosmodel`` at ``path`` into the packages folder ``directory``.

    The archive is checked whole first (see the module docstring), unpacked into
    a hidden folder beside the packages and renamed into place as
    ``folder_name(metadata)``. A package for the same pair already installed is
    replaced (one package per pair, so the new one is the one used); the result
    says which. A corrupt, hostile or foreign file installs nothing:
    ``InputError`` (``UnsafeInputError`` for links, escaping paths and zip bombs),
    ``WorkbenchError`` for a full disk. ``limits`` default to ``InstallLimits.from_env``.
    """
    limits = limits or InstallLimits.from_env(os.environ)
    where = str(path)
    if not path.is_file():
        raise NotFoundError(f"{where}: no such file")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{where}: not a zip archive, so not an Argos package; not installed")
    try:
        with zipfile.ZipFile(path) as archive:
            entries, meta, unpacked = check_archive(archive, where, limits)
            directory.mkdir(parents=True, exist_ok=True)
            if shutil.disk_usage(directory).free < unpacked + 16 * MB:
                raise _full_disk(directory, unpacked)
            name = folder_name(meta)
            pair = (meta["from_code"], meta["to_code"])
            same_pair = [p for p in list_packages(directory) if (p.from_code, p.to_code) == pair]
            staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=directory))
            try:
                _unpack(archive, entries, staging / name, unpacked)
                others = [p.path for p in same_pair if p.path.name != name]
                _swap_in(staging / name, directory / name, others)
            except OSError as err:
                if err.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise _full_disk(directory, unpacked) from err
                raise
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except (zipfile.BadZipFile, EOFError) as err:
        raise InputError(f"{where}: the archive is damaged ({err}); not installed") from err
    return Installed(read_package(directory / name), tuple(same_pair))


def install_from_file(
    path: Path, directory: Path, limits: InstallLimits | None = None
) -> ArgosPackage:
    """``install_package`` for callers that need only the installed package."""
    return install_package(path, directory, limits).package


def remove_package(name: str, directory: Path) -> ArgosPackage:
    """Uninstall package ``name`` (``translate-fr_en``, ``fr_en``, ``fr en``) from ``directory``.

    The folder is renamed aside first and deleted after, so a failure half-way
    leaves no half package where the registry would find it.
    """
    wanted = "_".join(name.removeprefix("translate-").replace("-", " ").split())
    installed = list_packages(directory)
    matches = [p for p in installed if f"{p.from_code}_{p.to_code}" == wanted]
    if not matches:
        listing = ", ".join(p.model_id for p in installed) or "none"
        raise NotFoundError(
            f"no Argos package {name!r} in {directory} (installed: {listing}); "
            "`workbench models list` shows them"
        )
    package = matches[0]
    aside = package.path.with_name(f".removing-{package.path.name}")
    shutil.rmtree(aside, ignore_errors=True)
    package.path.rename(aside)
    shutil.rmtree(aside)
    return package


def install_from_index(
    from_code: str,
    to_code: str,
    directory: Path,
    index_url: str = DEFAULT_INDEX,
    timeout: float = 10,
    limits: InstallLimits | None = None,
) -> Installed:
    """Download and install the ``from_code``→``to_code`` package named in the Argos index."""
    import urllib.error  # here, not at the top: http and ssl cost every command's start-up
    import urllib.request

    offline = (
        f"cannot reach the Argos package index at {index_url}: this machine looks offline. "
        f"Get translate-{from_code}_{to_code}-*.argosmodel on a connected machine, copy it "
        f"here and {INSTALL_HINT}"
    )
    try:
        with urllib.request.urlopen(index_url, timeout=timeout) as response:
            index = json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise EngineError(f"{offline} ({err})") from err
    wanted = [
        p
        for p in index
        if isinstance(p, dict) and p.get("from_code") == from_code and p.get("to_code") == to_code
    ]
    if not wanted:
        raise NotFoundError(f"the Argos index has no {from_code}→{to_code} package")
    links = [link for link in wanted[0].get("links") or [] if isinstance(link, str)]
    if not links:
        raise EngineError(
            f"the Argos index lists {from_code}→{to_code} without a download link; "
            f"{INSTALL_HINT} with a file from a connected machine"
        )
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        for link in links:
            try:
                with urllib.request.urlopen(link, timeout=timeout) as response:
                    target.write_bytes(response.read())
                return install_package(target, directory, limits)
            except (urllib.error.URLError, OSError) as err:
                failures.append(f"{link}: {err}")
        raise EngineError(
            f"download of {from_code}→{to_code} failed ({'; '.join(failures)}); {INSTALL_HINT}"
        )
