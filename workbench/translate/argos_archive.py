"""An Argos package's archive checked whole before a byte is unpacked
(:mod:`argos_packages` installs it): its entry names (``./`` prefixes are accepted, paths
that leave the package and links are not), its size and compression ratio against
`InstallLimits`, the files a package needs, and its metadata."""

from __future__ import annotations

import json
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from workbench.model import InputError, UnsafeInputError

if TYPE_CHECKING:
    from workbench.translate.argos_packages import InstallLimits

MB = 1024 * 1024
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")  # fr, pt_BR, zh-Hant


def metadata_of(data: bytes | str, where: str) -> dict[str, Any]:
    """The parsed ``metadata.json`` of a translate package; ``InputError`` saying what is wrong."""
    try:
        meta = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{where}: metadata.json is not valid JSON ({err})") from err
    if not isinstance(meta, dict):
        raise InputError(f"{where}: metadata.json must hold a JSON object")
    if meta.get("type", "translate") != "translate":
        raise InputError(f"{where}: a {meta.get('type')!r} package, not a translate package")
    for key in ("from_code", "to_code"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise InputError(f"{where}: metadata.json has no {key}")
        if not _CODE.match(meta[key]):
            raise InputError(f"{where}: metadata.json {key} {meta[key]!r} is not a language code")
    return meta


@dataclass(frozen=True)
class Entry:
    info: zipfile.ZipInfo
    name: str  # inside the package folder, normalised: "model/model.bin"


def _normalised(info: zipfile.ZipInfo, where: str) -> str:
    """The entry's path with ``./`` and empty parts removed; refuses escapes and links."""
    raw = info.filename.replace("\\", "/")
    if raw.startswith("/") or re.match(r"^[A-Za-z]:", raw):
        raise UnsafeInputError(
            f"{where}: entry {info.filename!r} is an absolute path; not installed"
        )
    parts = [p for p in PurePosixPath(raw).parts if p not in ("", ".")]
    if ".." in parts:
        raise UnsafeInputError(
            f"{where}: entry {info.filename!r} points outside the package; not installed"
        )
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        what = "a symbolic link" if kind == stat.S_IFLNK else "not a plain file"
        raise UnsafeInputError(f"{where}: entry {info.filename!r} is {what}; not installed")
    return "/".join(parts)


def _entries(archive: zipfile.ZipFile, where: str) -> list[Entry]:
    """The archive's files relative to the package folder (its single top folder, or the root)."""
    named = []
    for info in archive.infolist():
        name = _normalised(info, where)
        if name and not name.startswith("__MACOSX/") and not info.is_dir():
            named.append((info, name))
    at_root = any(name == "metadata.json" for _, name in named)
    tops = {name.split("/", 1)[0] for _, name in named}
    if not at_root and (len(tops) != 1 or not all("/" in name for _, name in named)):
        raise InputError(
            f"{where}: an Argos package holds metadata.json in exactly one top folder "
            f"(or at the root); found {sorted(tops)[:5]}; not installed"
        )
    cut = 0 if at_root else len(tops.pop()) + 1
    entries = [Entry(info, name[cut:]) for info, name in named]
    seen: set[str] = set()
    for entry in entries:
        if entry.name in seen:
            raise InputError(f"{where}: {entry.name} is in the archive twice; not installed")
        seen.add(entry.name)
    return entries


def _check_size(entries: list[Entry], where: str, limits: InstallLimits) -> int:
    """Total unpacked bytes, once within ``limits``; ``UnsafeInputError`` past them."""
    if len(entries) > limits.max_entries:
        raise UnsafeInputError(
            f"{where}: {len(entries)} files, more than the {limits.max_entries} a package may "
            "hold; not installed"
        )
    unpacked = sum(e.info.file_size for e in entries)
    packed = sum(e.info.compress_size for e in entries)
    if unpacked > limits.max_bytes:
        raise UnsafeInputError(
            f"{where}: unpacks to {unpacked / MB:,.0f} MB, more than the "
            f"{limits.max_bytes / MB:,.0f} MB allowed; not installed (raise "
            "WORKBENCH_ARGOS_MAX_MB if you trust this package)"
        )
    ratio = unpacked / max(packed, 1)
    if ratio > limits.max_ratio:
        raise UnsafeInputError(
            f"{where}: compressed {ratio:,.0f} to 1, more than the {limits.max_ratio:g} to 1 "
            "allowed (a zip bomb?); not installed (raise WORKBENCH_ARGOS_MAX_RATIO if you "
            "trust this package)"
        )
    return unpacked


def check_archive(
    archive: zipfile.ZipFile, where: str, limits: InstallLimits
) -> tuple[list[Entry], dict[str, Any], int]:
    """The package's entries, metadata and unpacked size, or an error saying what is wrong."""
    entries = _entries(archive, where)
    by_name = {e.name: e for e in entries}
    if "metadata.json" not in by_name:
        raise InputError(f"{where}: no metadata.json, not an Argos package")
    if "model/model.bin" not in by_name:
        raise InputError(f"{where}: no CTranslate2 model (model/model.bin)")
    if "sentencepiece.model" not in by_name and "bpe.model" not in by_name:
        raise InputError(
            f"{where}: no sentencepiece.model or bpe.model, so no tokenizer; not installed"
        )
    unpacked = _check_size(entries, where, limits)
    if by_name["metadata.json"].info.file_size > MB:
        raise InputError(f"{where}: metadata.json is over 1 MB, not an Argos package's")
    meta = metadata_of(archive.read(by_name["metadata.json"].info), where)
    broken = archive.testzip()
    if broken is not None:
        raise InputError(f"{where}: {broken} is corrupt in the archive; not installed")
    return entries, meta, unpacked
