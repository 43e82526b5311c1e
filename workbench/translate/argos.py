"""Argos Translate packages, used without argostranslate's own translation code.

An installed package is a folder holding ``metadata.json``, a CTranslate2 model
in ``model/`` and ``sentencepiece.model`` (or, in older packages, ``bpe.model``:
subword-nmt codes used after Moses tokenisation). The workbench splits sentences
itself, so it loads the model and the tokenizer directly and
translates whole batches with ``ctranslate2.Translator.translate_batch``: the
package's sentence splitter (stanza, which tries to download at every start)
is never touched, and ``argostranslate`` itself is never imported. Reading,
checking and installing packages is ``argos_packages``'s job.
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from workbench.model import EngineError
from workbench.translate.argos_packages import (
    DEFAULT_INDEX,
    INSTALL_HINT,
    ArgosPackage,
    Installed,
    InstallLimits,
    install_from_file,
    install_from_index,
    install_package,
    list_packages,
    read_package,
    remove_package,
)
from workbench.translate.base import EngineTranslator, split_long

MAX_TOKENS = 250  # longest chunk sent to a model without a position table of its own

__all__ = [
    "DEFAULT_INDEX",
    "INSTALL_HINT",
    "ArgosPackage",
    "ArgosTranslator",
    "InstallLimits",
    "Installed",
    "install_from_file",
    "install_from_index",
    "install_package",
    "list_packages",
    "packages_dir",
    "read_package",
    "remove_package",
]


def packages_dir(explicit: Path | str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The packages folder: ``explicit``, else ``ARGOS_PACKAGES_DIR``, else Argos's default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if env is None else env
    if env.get("ARGOS_PACKAGES_DIR"):
        return Path(env["ARGOS_PACKAGES_DIR"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


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


def thread_plan(inputs: int, cores: int, batch_size: int) -> tuple[int, int]:
    """``(intra_threads, inter_threads)`` for one call of ``inputs`` chunks on ``cores`` cores.

    CTranslate2's advice for a large volume is more ``inter_threads`` (batches in
    parallel, one thread each) rather than more ``intra_threads``, and never more
    threads in all than cores. Measured on 2 cores (``bench/mt_speed.py``, a
    transformer-base-shaped package): a whole document runs fastest as one
    single-threaded batch per core, but a paragraph of 20 sentences split into
    small batches on one core each ran at 1.9× argostranslate where the same
    sentences on all cores together ran at 2.6×. So a call goes batch-parallel
    only when every core gets at least one full batch (``inputs >= cores ×
    batch_size``); a smaller one runs its batches one after the other, each on
    every core. Either way the product is ``cores``.
    """
    if inputs < 0 or cores < 1 or batch_size < 1:
        raise ValueError("inputs must be at least 0, cores and batch_size at least 1")
    if cores > 1 and inputs >= cores * batch_size:
        return 1, cores
    return cores, 1


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


# argostranslate leaves CTranslate2's own limit on output pieces; so does the workbench,
# so that a beam that runs long stops where argostranslate's stops and outputs agree.
ARGOS_DECODING_LIMIT = 256


def decoding_limit(cap: int) -> int:
    """Most output pieces a sentence may get: argostranslate's 256, within the model's ``cap``."""
    return min(cap, ARGOS_DECODING_LIMIT)


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


class Tokenizer(Protocol):
    """A package's tokenizer: text to model pieces and back, as argostranslate does it."""

    def encode(self, text: str) -> list[str]: ...

    def decode(self, pieces: list[str]) -> str: ...

    def starts_word(self, piece: str) -> bool: ...


class SentencePieceTokenizer:
    """``sentencepiece.model``: most Argos packages."""

    def __init__(self, path: Path) -> None:
        import sentencepiece

        self.processor = sentencepiece.SentencePieceProcessor(model_file=str(path))

    def encode(self, text: str) -> list[str]:
        return list(self.processor.encode(text, out_type=str))

    def decode(self, pieces: list[str]) -> str:
        return detokenize(pieces, self.processor.decode_pieces)

    def starts_word(self, piece: str) -> bool:
        return piece.startswith("▁")


class BPETokenizer:
    """``bpe.model`` (subword-nmt merge codes): older OpenNMT packages, as argostranslate 1.11's
    ``BPETokenizer``: Moses punctuation normalisation and tokenisation of the source
    language, BPE segmentation with ``@@`` continuation marks; decoding joins the
    marked pieces and Moses-detokenises in the target language.
    """

    def __init__(self, path: Path, from_code: str, to_code: str) -> None:
        from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer
        from subword_nmt.apply_bpe import BPE

        self.normalizer = MosesPunctNormalizer(from_code)
        self.tokenizer = MosesTokenizer(from_code)
        self.detokenizer = MosesDetokenizer(to_code)
        with path.open(encoding="utf-8") as codes:
            self.bpe = BPE(codes)

    def encode(self, text: str) -> list[str]:
        words = " ".join(self.tokenizer.tokenize(self.normalizer.normalize(text)))
        return list(self.bpe.segment_tokens(words.strip("\r\n ").split(" ")))

    def decode(self, pieces: list[str]) -> str:
        text = str(self.detokenizer.detokenize(" ".join(pieces).replace("@@ ", "").split(" ")))
        return text[1:] if text.startswith(" ") else text

    def starts_word(self, piece: str) -> bool:
        return True  # a long input is cut between any two pieces: "@@" joins them back


def load_tokenizer(package: ArgosPackage) -> Tokenizer:
    """The package's tokenizer: ``sentencepiece.model`` first, else ``bpe.model`` (as
    argostranslate chooses)."""
    sentencepiece_model = package.path / "sentencepiece.model"
    if sentencepiece_model.exists():
        return SentencePieceTokenizer(sentencepiece_model)
    bpe_model = package.path / "bpe.model"
    if bpe_model.exists():
        return BPETokenizer(bpe_model, package.from_code, package.to_code)
    raise OSError(f"neither sentencepiece.model nor bpe.model in {package.path}")


class ArgosTranslator(EngineTranslator):
    """One installed package, translating batches through CTranslate2 directly.

    By default the threads are chosen per call (``thread_plan``): a call with a
    full batch for every core the process may use runs one single-threaded batch
    per core (``inter_threads``; CTranslate2 shares the weights between them), a
    smaller call runs its batches on all cores together (``intra_threads``).
    Each setting is a CTranslate2 translator of its own, loaded on first use and
    kept. Batches hold at most ``max_batch_size`` sentences, like lengths
    together (``plan_batches``). Giving ``intra_threads`` or ``inter_threads``
    fixes the setting for every call (the other then defaults to 1 intra-op
    thread, or one batch per core). Outputs do not depend on the setting.
    """

    def __init__(
        self,
        package: ArgosPackage,
        *,
        beam_size: int = 4,
        intra_threads: int | None = None,
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
        self.cores = usable_cores()
        fixed = intra_threads is not None or inter_threads is not None
        self.fixed_threads: tuple[int, int] | None = (
            (intra_threads or 1, inter_threads or self.cores) if fixed else None
        )
        self.max_batch_size = max_batch_size
        self.compute_type = compute_type
        rows = position_limit(package.path / "model")
        # Room for </s> (and <s>) at the ends of the source and of the output.
        self.max_tokens = MAX_TOKENS if rows is None else min(MAX_TOKENS, rows - 2)
        self.max_decoding_length = 2 * self.max_tokens + 16 if rows is None else rows
        self._tokenizer: Tokenizer | None = None
        self._translators: dict[tuple[int, int], Any] = {}

    def threads_for(self, inputs: int) -> tuple[int, int]:
        """``(intra_threads, inter_threads)`` a call of ``inputs`` chunks runs with."""
        if self.fixed_threads is not None:
            return self.fixed_threads
        return thread_plan(inputs, self.cores, self.max_batch_size)

    def load(self, inputs: int = 1) -> None:
        """Load now what a call of ``inputs`` chunks would load on first use: the tokenizer
        and the CTranslate2 translator for its threads (for a benchmark, or to start
        eagerly). Raises EngineError if the package cannot be loaded."""
        self._load_tokenizer()
        self._translator(self.threads_for(inputs))

    def _failed_to_load(self, err: Exception) -> EngineError:
        return EngineError(
            f"the Argos package in {self.package.path} cannot be loaded ({err}): "
            f"reinstall it ({INSTALL_HINT})"
        )

    def _load_tokenizer(self) -> Tokenizer:
        """The package's tokenizer, loaded once per instance."""
        if self._tokenizer is None:
            try:
                self._tokenizer = load_tokenizer(self.package)
            except (RuntimeError, OSError, ValueError) as err:
                raise self._failed_to_load(err) from err
        return self._tokenizer

    def _translator(self, threads: tuple[int, int]) -> Any:
        """The CTranslate2 translator for ``(intra_threads, inter_threads)``, loaded once."""
        if threads not in self._translators:
            import ctranslate2

            intra, inter = threads
            try:
                self._translators[threads] = ctranslate2.Translator(
                    str(self.package.path / "model"),
                    device="cpu",
                    compute_type=self.compute_type,
                    intra_threads=intra,
                    inter_threads=inter,
                )
            except (RuntimeError, OSError, ValueError) as err:
                raise self._failed_to_load(err) from err
        return self._translators[threads]

    def translate_clean(self, texts: list[str]) -> list[str]:
        pieces = self._load_tokenizer()
        chunks: list[list[str]] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for chunk in split_long(pieces.encode(text), self.max_tokens, pieces.starts_word):
                chunks.append(chunk)
                owner.append(i)
        outputs = self._decode(chunks)
        prefix = self.package.target_prefix
        parts: list[list[str]] = [[] for _ in texts]
        for i, tokens in zip(owner, outputs, strict=True):
            parts[i] += tokens[1:] if prefix and tokens[:1] == [prefix] else tokens
        return [pieces.decode(part) for part in parts]

    def _decode(self, chunks: list[list[str]]) -> list[list[str]]:
        """The best hypothesis of every chunk, in order; the batches run on all workers at once.

        Options as argostranslate's ``translate()`` (beam 4, length penalty 0.2,
        unknowns replaced by the source piece, at most 256 output pieces), so outputs
        are the same.
        """
        if not chunks:
            return []
        prefix = self.package.target_prefix
        threads = self.threads_for(len(chunks))
        translator = self._translator(threads)
        batches = plan_batches([len(c) for c in chunks], self.max_batch_size, threads[1])
        try:
            pending = [
                translator.translate_batch(
                    [chunks[i] for i in batch],
                    target_prefix=[[prefix]] * len(batch) if prefix else None,
                    beam_size=self.beam_size,
                    replace_unknowns=True,
                    length_penalty=0.2,
                    max_decoding_length=decoding_limit(self.max_decoding_length),
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
