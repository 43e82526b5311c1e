"""Argos Translate packages, used without argostranslate's own translation code.

An installed package is a folder holding ``metadata.json``, a CTranslate2 model
in ``model/`` and ``sentencepiece.model``. The workbench splits sentences
itself, so it loads the model and the sentencepiece model directly and
translates whole batches with ``ctranslate2.Translator.translate_batch``: the
package's sentence splitter (stanza, which tries to download at every start)
is never touched, and ``argostranslate`` itself is never imported.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import struct
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.model import EngineError, InputError, NotFoundError
from workbench.translate.base import EngineTranslator, split_long

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INSTALL_HINT = "run `workbench models install FILE.argosmodel`"
MAX_TOKENS = 250  # longest chunk sent to a model without a position table of its own


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


def packages_dir(explicit: Path | str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The packages folder: ``explicit``, else ``ARGOS_PACKAGES_DIR``, else Argos's default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if env is None else env
    if env.get("ARGOS_PACKAGES_DIR"):
        return Path(env["ARGOS_PACKAGES_DIR"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


def _metadata(data: bytes | str, where: str) -> dict[str, Any]:
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
    return meta


def read_package(path: Path) -> ArgosPackage:
    """The installed package in folder ``path``; ``InputError`` when it is not one."""
    meta_path = path / "metadata.json"
    if not meta_path.is_file():
        raise InputError(f"{path}: no metadata.json, not an Argos package")
    meta = _metadata(meta_path.read_bytes(), str(path))
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


# --- installing --------------------------------------------------------------------


def _check_archive(archive: zipfile.ZipFile, where: str) -> tuple[str, dict[str, Any]]:
    """The archive's single top folder and its metadata, or ``InputError`` saying what is wrong."""
    names = [n for n in archive.namelist() if n and not n.startswith("__MACOSX/")]
    if any(n.startswith("/") or ".." in Path(n).parts for n in names):
        raise InputError(f"{where}: the archive has paths outside its folder; not installed")
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) != 1 or not any("/" in n for n in names):
        raise InputError(
            f"{where}: an Argos package holds exactly one top folder, found {sorted(tops)}"
        )
    top = tops.pop()
    files = set(names)
    if f"{top}/metadata.json" not in files:
        raise InputError(f"{where}: no {top}/metadata.json, not an Argos package")
    meta = _metadata(archive.read(f"{top}/metadata.json"), where)
    if f"{top}/model/model.bin" not in files:
        raise InputError(f"{where}: no CTranslate2 model ({top}/model/model.bin)")
    if f"{top}/sentencepiece.model" not in files:
        raise InputError(f"{where}: no {top}/sentencepiece.model (BPE packages are not supported)")
    broken = archive.testzip()
    if broken is not None:
        raise InputError(f"{where}: {broken} is corrupt in the archive; not installed")
    return top, meta


def _swap_in(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``, replacing an older ``target`` only once ``new`` is in place."""
    old = target.with_name(f".replaced-{target.name}")
    if target.exists():
        target.rename(old)
    try:
        new.rename(target)
    except OSError:
        if old.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def install_from_file(path: Path, directory: Path) -> ArgosPackage:
    """Check and install the ``.argosmodel`` at ``path`` into ``directory``.

    The archive is extracted into a temporary folder beside the packages and
    renamed into place, so a corrupt or foreign file installs nothing and an
    installed package of the same name is replaced whole.
    """
    where = str(path)
    if not path.is_file():
        raise NotFoundError(f"{where}: no such file")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{where}: not a zip archive, so not an Argos package; not installed")
    try:
        with zipfile.ZipFile(path) as archive:
            top, _ = _check_archive(archive, where)
            directory.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=directory))
            try:
                archive.extractall(staging)
                _swap_in(staging / top, directory / top)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except (zipfile.BadZipFile, EOFError) as err:
        raise InputError(f"{where}: the archive is damaged ({err}); not installed") from err
    return read_package(directory / top)


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
) -> ArgosPackage:
    """Download and install the ``from_code``→``to_code`` package named in the Argos index."""
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
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"translate-{from_code}_{to_code}.argosmodel"
        for link in wanted[0].get("links", []):
            try:
                with urllib.request.urlopen(link, timeout=timeout) as response:
                    target.write_bytes(response.read())
                break
            except (urllib.error.URLError, OSError) as err:
                last = err
        else:
            raise EngineError(f"download of {from_code}→{to_code} failed ({last}); {INSTALL_HINT}")
        return install_from_file(target, directory)


# --- translating -------------------------------------------------------------------


def _read_string(handle: Any) -> str:
    (length,) = struct.unpack("<H", handle.read(2))
    return str(handle.read(length)[:-1].decode("utf-8"))


def position_limit(model_dir: Path) -> int | None:
    """Rows of the model's learned position table, or ``None`` (sinusoidal, unknown format).

    Reads only the variable headers of CTranslate2's ``model.bin`` (binary
    version 5 and later), seeking over the weights.
    """
    try:
        with (model_dir / "model.bin").open("rb") as handle:
            (version,) = struct.unpack("<I", handle.read(4))
            if version < 5:
                return None
            _read_string(handle)  # spec name
            handle.read(4)  # revision
            (count,) = struct.unpack("<I", handle.read(4))
            for _ in range(count):
                name = _read_string(handle)
                (rank,) = struct.unpack("<B", handle.read(1))
                shape = struct.unpack(f"<{rank}I", handle.read(4 * rank))
                handle.read(1)  # dtype
                (size,) = struct.unpack("<I", handle.read(4))
                if name.endswith("position_encodings/encodings"):
                    return int(shape[0])
                handle.seek(size, os.SEEK_CUR)
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    return None


def plan_batches(lengths: Sequence[int], size: int, workers: int) -> list[list[int]]:
    """Indices of ``lengths`` cut into batches, longest inputs first, for ``workers`` threads.

    Inputs of like length share a batch (little padding, and a decoding limit that
    fits them all). A batch holds at most ``size`` inputs, and fewer when that keeps
    every worker busy: 10 inputs for 2 workers make batches of 3, 3, 3 and 1, not one
    batch of 10 on one core. Longest first, so the last batch to finish is a short one.
    """
    if size < 1 or workers < 1:
        raise ValueError("size and workers must be at least 1")
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    size = max(1, min(size, math.ceil(len(order) / (2 * workers))))
    return [order[k : k + size] for k in range(0, len(order), size)]


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def decoding_limit(source_pieces: int, cap: int) -> int:
    """Most output pieces for a source of ``source_pieces``: twice it plus 10, at most ``cap``.

    A real translation is rarely longer; a beam that repeats itself stops there
    instead of running to the model's limit.
    """
    return min(cap, 2 * source_pieces + 10)


def detokenize(pieces: Sequence[str], decode: Callable[[list[str]], str]) -> str:
    """The text of target ``pieces``, by argostranslate 1.11's rules but for real underscores.

    ``decode`` is the package's ``SentencePieceProcessor.decode_pieces``: it joins
    the pieces it knows (turning their ``▁`` into spaces and byte-fallback pieces into
    characters) and passes the pieces it does not know through unchanged, ``▁`` and
    all, so, as argostranslate does, every remaining ``▁`` becomes a space and one
    leading space (the first word's) is dropped: ``["▁The", "▁cat", "."]`` outside
    the vocabulary gives ``The cat.``, not ``▁The▁cat.``.

    Where argostranslate is wrong the workbench differs: argostranslate also turns
    every ``_`` into a space, so ``snake_case`` comes out as ``snake case``; here a
    real underscore stays. (The target prefix of a multilingual package is removed
    as a piece before this is called; argostranslate removes it from the text after
    the underscores became spaces, so a prefix such as ``__en__`` is left in.)
    """
    text = decode(list(pieces)).replace("▁", " ")
    return text[1:] if text.startswith(" ") else text


class ArgosTranslator(EngineTranslator):
    """One installed package, translating batches through CTranslate2 directly.

    Defaults measured on 2 cores (bench/mt_speed.py): one thread per batch and one
    batch per core the process may use (``inter_threads``; CTranslate2 shares the
    weights between them), 16 sentences a batch. GEMMs on a 16-sentence beam-4
    batch already run near a core's peak, so two batches on two cores beat two
    threads on one batch, whose small steps (cache copies, top-k) do not parallelise.
    """

    def __init__(
        self,
        package: ArgosPackage,
        *,
        beam_size: int = 4,
        intra_threads: int = 1,
        inter_threads: int | None = None,
        max_batch_size: int = 16,
        compute_type: str = "auto",
    ) -> None:
        super().__init__(
            engine="argos",
            model=package.model_id,
            model_version=package.package_version,
            src_lang=package.from_code,
            tgt_lang=package.to_code,
        )
        self.package = package
        self.beam_size = beam_size
        inter = usable_cores() if inter_threads is None else inter_threads
        self.threads = (intra_threads, inter)
        self.max_batch_size = max_batch_size
        self.compute_type = compute_type
        rows = position_limit(package.path / "model")
        # Room for </s> (and <s>) at the ends of the source and of the output.
        self.max_tokens = MAX_TOKENS if rows is None else min(MAX_TOKENS, rows - 2)
        self.max_decoding_length = 2 * self.max_tokens + 16 if rows is None else rows
        self._models: tuple[Any, Any] | None = None

    def _load(self) -> tuple[Any, Any]:
        """The CTranslate2 translator and sentencepiece model, loaded once per instance."""
        if self._models is None:
            import ctranslate2
            import sentencepiece

            intra, inter = self.threads
            try:
                translator = ctranslate2.Translator(
                    str(self.package.path / "model"),
                    device="cpu",
                    compute_type=self.compute_type,
                    intra_threads=intra,
                    inter_threads=inter,
                )
                pieces = sentencepiece.SentencePieceProcessor(
                    model_file=str(self.package.path / "sentencepiece.model")
                )
            except (RuntimeError, OSError, ValueError) as err:
                raise EngineError(
                    f"the Argos package in {self.package.path} cannot be loaded ({err}): "
                    f"reinstall it ({INSTALL_HINT})"
                ) from err
            self._models = (translator, pieces)
        return self._models

    def translate_clean(self, texts: list[str]) -> list[str]:
        translator, pieces = self._load()
        chunks: list[list[str]] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            tokens = pieces.encode(text, out_type=str)
            for chunk in split_long(tokens, self.max_tokens, lambda p: p.startswith("▁")):
                chunks.append(chunk)
                owner.append(i)
        outputs = self._decode(translator, chunks)
        prefix = self.package.target_prefix
        parts: list[list[str]] = [[] for _ in texts]
        for i, tokens in zip(owner, outputs, strict=True):
            parts[i] += tokens[1:] if prefix and tokens[:1] == [prefix] else tokens
        return [detokenize(part, pieces.decode_pieces) for part in parts]

    def _decode(self, translator: Any, chunks: list[list[str]]) -> list[list[str]]:
        """The best hypothesis of every chunk, in order; the batches run on all workers at once.

        Options as argostranslate's ``translate()`` (beam 4, length penalty 0.2,
        unknowns replaced by the source piece), so outputs are the same.
        """
        prefix = self.package.target_prefix
        batches = plan_batches([len(c) for c in chunks], self.max_batch_size, self.threads[1])
        try:
            pending = [
                translator.translate_batch(
                    [chunks[i] for i in batch],
                    target_prefix=[[prefix]] * len(batch) if prefix else None,
                    beam_size=self.beam_size,
                    replace_unknowns=True,
                    length_penalty=0.2,
                    max_decoding_length=decoding_limit(
                        len(chunks[batch[0]]) + bool(prefix), self.max_decoding_length
                    ),
                    return_scores=False,
                    asynchronous=True,
                )
                for batch in batches
            ]
            outputs: list[list[str]] = [[] for _ in chunks]
            for batch, results in zip(batches, pending, strict=True):
                for i, result in zip(batch, results, strict=True):
                    outputs[i] = list(result.result().hypotheses[0])
        except (RuntimeError, ValueError) as err:
            raise EngineError(
                f"Argos package {self.model} {self.model_version} failed ({err}): "
                f"reinstall it ({INSTALL_HINT}) or try --engine apertium"
            ) from err
        return outputs
