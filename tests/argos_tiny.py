"""Build a tiny but genuine Argos Translate package for the tests.

No Argos model can be downloaded on these machines, so the tests make one: a
real CTranslate2 Transformer (by default two layers, four attention heads, width
512) whose weights are set by hand so that it glosses word for word through a small lexicon, a real
sentencepiece model trained on the sample corpus, and the ``metadata.json`` an
Argos package carries, zipped as a ``.argosmodel``.

How the weights gloss: the model dimension is at least ``V + P + 1`` (one-hot
token ids, one-hot positions, a constant 1). The encoder passes its embeddings
through untouched (zero sub-layers, residual only). At decoder step ``t`` every
cross-attention head's query is the code of position ``t`` and its keys the codes
of the source positions (``position_codes``: 63 dimensions, so a head of 64 is
enough, as in transformer-base's 8 heads of 64), so the step reads source token
``t``; each head's value is its slice of that token's one-hot, and the output
projection maps source token ``s`` to the target token ``lexicon[s]`` (itself when
absent). The source gets ``</s>`` appended (``add_source_eos``), whose gloss is
``</s>``, and every query also matches ``</s>`` at half strength, so a step past
the end of the source reads ``</s>`` too: the output ends exactly where the
source ends and no beam runs on. RMSNorm keeps every normalised vector a fixed
multiple of its one-hots, which int8 survives. Sources longer than the
128-entry position table fail ("No position encodings"), like a real model past
its limit, so the workbench's chunking is tested for real.

``BASE`` builds the same glosser at the size of a real Argos package (for the
benchmark): the extra layers and vocabulary are computed but add nothing.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

POSITIONS = 128  # learned position table: longer inputs raise "No position encodings"
ATTENTION_SCORE = 40.0  # logit gap between the aligned source position and the next best
OUTPUT_SCORE = 30.0  # logit of the gloss; every other target token gets 0
# int8 matrix products on CPUs without VNNI add pairs of u8×s8 products in 16 bits, which
# saturate when two neighbouring weights are both near ±127, as neighbouring position codes
# are: a larger weight on an input that is always zero (the last dimension) quantizes the
# codes to ±127/ANCHOR instead, so the sums stay in range.
ANCHOR = 4.0
CODE = 63  # dimensions of a position code in an attention head (``position_codes``)

FR_EN = {
    "le": "the", "la": "the", "les": "the", "Le": "The", "La": "The", "Les": "The",
    "chat": "cat", "chien": "dog", "noir": "black", "blanc": "white", "petit": "small",
    "mange": "eats", "et": "and", "un": "a", "une": "a", "président": "president",
    "dirigeant": "leader", "russe": "Russian", "Russie": "Russia", "Corée": "Korea",
    "nord": "north", "visite": "visit", "guerre": "war", "soutien": "support",
}  # fmt: skip

FR_ES = {
    "le": "el", "la": "la", "Le": "El", "chat": "gato", "chien": "perro",
    "noir": "negro", "blanc": "blanco", "petit": "pequeño", "mange": "come",
    "et": "y", "un": "un", "Russie": "Rusia", "guerre": "guerra",
}  # fmt: skip

ES_EN = {
    "el": "the", "la": "the", "El": "The", "gato": "cat", "perro": "dog",
    "negro": "black", "blanco": "white", "pequeño": "small", "come": "eats",
    "y": "and", "un": "a", "Rusia": "Russia", "guerra": "war",
}  # fmt: skip

# A glosser whose English side is not in its (French-only) sentencepiece model: the
# package shape of issue 16, where decoding printed "▁The▁cat▁eats▁the▁mouse.".
FR_EN_OWN_PIECES = {
    "Le": "The", "le": "the", "la": "the", "chat": "cat", "mange": "eats",
    "souris": "mouse", "chien": "dog", "noir": "black",
}  # fmt: skip

# A multilingual-style package: every output starts with this target prefix.
TARGET_PREFIX = "__es__"

NAMES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German"}


def train_sentencepiece(
    lexicons: Iterable[Mapping[str, str]], *, source_only: bool = False
) -> bytes:
    """A BPE sentencepiece model of the sample corpus in which every lexicon word is one piece.

    With ``source_only`` only the source words are made pieces, as in a package whose
    sentencepiece model was trained on the source language alone.
    """
    import sentencepiece as spm

    if source_only:
        words = sorted({w for lex in lexicons for w in lex})
    else:
        words = sorted({w for lex in lexicons for pair in lex.items() for w in pair})
    lines = [
        line.strip()
        for path in sorted(CORPORA.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # Repeating the words makes BPE merge each of them into a single piece.
    lines += [" ".join(words)] * 200
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="bpe",
        vocab_size=320,
        character_coverage=1.0,
        minloglevel=2,
    )
    return model.getvalue()


def _position_table(dim: int, offset: int) -> np.ndarray:
    """Position ``p`` as a one-hot, plus a constant 1 in the last dimension."""
    table = np.zeros((POSITIONS, dim), dtype=np.float32)
    table[:, offset : offset + POSITIONS] = np.eye(POSITIONS, dtype=np.float32)
    table[:, offset + POSITIONS] = 1.0
    return table


@dataclass(frozen=True)
class Shape:
    """Model size. The default is the tiny test model; ``BASE`` costs what a real package costs.

    Extra layers, width, feed-forward size and vocabulary are real weights that
    CTranslate2 computes with; they are zero, so they change the cost, not the output.
    """

    layers: int = 2
    heads: int = 4  # attention heads; each needs CODE + 1 dimensions
    width: int = 512  # model dimension; at least what the one-hots need
    ffn: int = 256
    vocab: int = 0  # total vocabulary; pieces past sentencepiece's are never produced


# Transformer-base, as Argos's OpenNMT-py packages: 6+6 layers, 8 heads, 512 wide, FFN 2048,
# 32k vocabulary.
BASE = Shape(layers=6, heads=8, width=512, ffn=2048, vocab=32000)


def _zeros(rows: int, cols: int, dead: int, rng: np.random.Generator) -> np.ndarray:
    """A matrix that adds nothing: zero but for random last ``dead`` columns, which read inputs
    that are always zero (residual dimensions past the one-hots, or the sub-layer's own
    activations, which are zero).

    CTranslate2 stores identical arrays once, and a model whose layers all share one
    weight tensor stays in cache and compresses like a zip bomb: random columns make
    each layer's weights its own, as in a trained model, without changing any output.
    """
    matrix = np.zeros((rows, cols), dtype=np.float32)
    dead = min(dead, cols)
    if dead:
        matrix[:, cols - dead :] = rng.uniform(-1, 1, (rows, dead))
    return matrix


def _passthrough(
    layer: Any, dim: int, ffn: int, cross: bool, dead: int, rng: np.random.Generator
) -> None:
    """A pre-norm layer whose sub-layers add zero: the residual stream goes through unchanged."""
    ones = np.ones(dim, dtype=np.float32)
    layer.self_attention.layer_norm.gamma = ones
    layer.self_attention.linear[0].weight = _zeros(3 * dim, dim, dead, rng)
    layer.self_attention.linear[1].weight = _zeros(dim, dim, dead, rng)
    if cross:
        layer.attention.layer_norm.gamma = ones
        layer.attention.linear[0].weight = _zeros(dim, dim, dead, rng)
        layer.attention.linear[1].weight = _zeros(2 * dim, dim, dead, rng)
        layer.attention.linear[2].weight = _zeros(dim, dim, dead, rng)
    layer.ffn.layer_norm.gamma = ones
    layer.ffn.linear_0.weight = _zeros(ffn, dim, dead, rng)
    layer.ffn.linear_1.weight = _zeros(dim, ffn, dead, rng)


def position_codes() -> np.ndarray:
    """``POSITIONS`` codes of ``CODE`` ±1 entries: 63 for a match, at most 1 for a mismatch.

    The rows of a 64×64 Sylvester Hadamard matrix and their negations, without the
    first column (all ones): two distinct rows then have dot product -1 or +1, a row
    and its negation -63. Positions, being codes rather than one-hots, fit an
    attention head of 64 dimensions, as in a real model with 8 heads of width 512.
    """
    hadamard = np.ones((1, 1), dtype=np.float32)
    while hadamard.shape[0] < CODE + 1:
        hadamard = np.block([[hadamard, hadamard], [hadamard, -hadamard]])
    return np.vstack([hadamard, -hadamard])[:POSITIONS, 1:]


def _glosser_spec(
    vocab: list[str],
    lexicon: Mapping[str, str],
    shape: Shape,
    target_only: Sequence[str] = (),
    shift: int = 0,
) -> Any:
    """A CTranslate2 Transformer whose output is the word-for-word gloss of its input.

    ``vocab`` is the source vocabulary (the sentencepiece pieces); the target
    vocabulary is the same followed by ``target_only``, pieces the sentencepiece
    model does not know (glosses outside it, a multilingual target prefix). With
    ``shift`` 1 decoder step ``t`` reads source position ``t - 1``: step 0 is left
    to the forced target prefix.

    Every head of the last decoder layer's cross-attention does the same lookup:
    its first ``CODE`` query and key dimensions hold the position codes of
    ``position_codes`` and the next one the ``</s>`` bonus. Its value is its own
    slice of the source token's one-hot, so the heads' concatenation is the whole
    one-hot, whatever the number of heads.
    """
    import ctranslate2

    size = len(vocab)
    const = size + POSITIONS  # the constant dimension of every position vector
    dim = max(const + 2, shape.width)  # the last dimension stays zero: see ANCHOR
    dim = -(-dim // shape.heads) * shape.heads
    head = dim // shape.heads
    if head < CODE + 1:
        raise ValueError(f"{shape.heads} heads of {head} dimensions: a head needs {CODE + 1}")
    spec = ctranslate2.specs.TransformerSpec.from_config(shape.layers, shape.heads, rms_norm=True)
    token_block = np.zeros((dim, dim), dtype=np.float32)
    token_block[:size, :size] = np.eye(size, dtype=np.float32)
    # RMSNorm multiplies a vector of k ones by sqrt(dim / k): the decoder's query side
    # holds 2 (position, constant), the encoder and decoder outputs 3 (token too).
    two, three = float(np.sqrt(dim / 2)), float(np.sqrt(dim / 3))
    # A matching code (CODE) beats the </s> bonus (CODE / 2) and anything else (at most
    # 1 + bonus) by about CODE / 2 units: ATTENTION_SCORE after the 1/sqrt(head) scaling.
    unit = ATTENTION_SCORE / (CODE / 2) * float(np.sqrt(head)) / (two * three)
    codes = position_codes()
    query = np.zeros((dim, dim), dtype=np.float32)
    keys = np.zeros((dim, dim), dtype=np.float32)
    for h in range(shape.heads):
        rows = slice(h * head, h * head + CODE)
        # Query position p asks for source position p - shift.
        query[rows, size + shift : const] = codes[: POSITIONS - shift].T
        keys[rows, size:const] = codes.T * unit
        # The source's </s> also scores half a match for every query: a step past the end
        # of the source (no match) reads </s> and ends, so no beam runs on.
        query[h * head + CODE, const] = 1.0
        keys[h * head + CODE, vocab.index("</s>")] = (CODE / 2) * unit
        query[rows, -1] = ANCHOR
        keys[rows, -1] = ANCHOR * unit

    targets = vocab + list(target_only)
    source_total = max(size, shape.vocab)
    target_total = max(len(targets), shape.vocab)
    source_vocab = vocab + [f"<unused{i}>" for i in range(source_total - size)]
    target_vocab = targets + [f"<unused{i}>" for i in range(target_total - len(targets))]
    encoder, decoder = spec.encoder, spec.decoder
    encoder.scale_embeddings = decoder.scale_embeddings = False
    encoder.embeddings[0].weight = np.eye(source_total, dim, dtype=np.float32)
    decoder.embeddings.weight = np.zeros((target_total, dim), dtype=np.float32)
    # Dimensions past the one-hots are never written: weights reading them are free.
    rng, dead = np.random.default_rng(0), dim - const - 1
    for part, cross in ((encoder, False), (decoder, True)):
        part.position_encodings.encodings = _position_table(dim, size)
        part.layer_norm.gamma = np.ones(dim, dtype=np.float32)
        for layer in part.layer:
            _passthrough(layer, dim, shape.ffn, cross, dead, rng)
    # The last layer, whose first head CTranslate2 reads to replace unknown pieces.
    glosser = decoder.layer[-1].attention
    glosser.linear[0].weight = query
    glosser.linear[1].weight = np.vstack([keys, token_block])
    glosser.linear[2].weight = token_block / three
    projection = _projection(vocab, targets, lexicon, target_total, dim)
    decoder.projection.weight = projection * (OUTPUT_SCORE / three)

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(source_vocab)
    spec.register_target_vocabulary(target_vocab)
    return spec


def _projection(
    vocab: list[str], targets: list[str], lexicon: Mapping[str, str], total: int, dim: int
) -> np.ndarray:
    """Row ``target`` reads column ``source`` where ``target`` is the gloss of ``source``.

    A word is a sentencepiece piece ``▁word``, or a BPE piece ``word`` (no ``@@``).
    """
    index = {piece: i for i, piece in enumerate(targets)}
    projection = np.zeros((total, dim), dtype=np.float32)
    for i, piece in enumerate(vocab):
        if piece.startswith("▁"):
            gloss = lexicon.get(piece.removeprefix("▁"))
            target = index.get("▁" + gloss, i) if gloss else i
        else:
            gloss = lexicon.get(piece) if not piece.endswith("@@") else None
            target = index.get(gloss, i) if gloss else i
        projection[target, i] = 1.0
    return projection


def build_package(
    out_dir: Path,
    from_code: str,
    to_code: str,
    lexicon: Mapping[str, str],
    sp_model: bytes,
    version: str = "1.0",
    shape: Shape = Shape(),
    target_prefix: str = "",
) -> Path:
    """Write ``translate-<from>_<to>-<version>.argosmodel`` into ``out_dir`` and return its path.

    Every source word of ``lexicon`` must be one sentencepiece piece. A gloss that is
    not one becomes a target piece of the model's own (``▁mouse``): decoding then meets
    pieces the package's sentencepiece model does not know, as with packages whose
    sentencepiece model covers only the source language. With ``target_prefix`` the
    package is multilingual-style: its metadata names the prefix, the model has it as
    a target piece, and glossing starts after it.
    """
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    vocab = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    missing = [w for w in lexicon if "▁" + w not in vocab]
    if missing:
        raise ValueError(f"lexicon words that are not single pieces: {missing}")
    target_only = [p for p in {"▁" + w: None for w in lexicon.values()} if p not in vocab]
    if target_prefix and target_prefix not in vocab:
        target_only.append(target_prefix)

    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        (root / "model").mkdir(parents=True)
        spec = _glosser_spec(vocab, lexicon, shape, target_only, shift=int(bool(target_prefix)))
        spec.validate()
        spec.optimize(quantization="int8")  # as real Argos packages; a quarter of the size
        spec.save(str(root / "model"))
        (root / "sentencepiece.model").write_bytes(sp_model)
        metadata = {
            "package_version": version,
            "argos_version": "1.9",
            "from_code": from_code,
            "from_name": NAMES.get(from_code, from_code),
            "to_code": to_code,
            "to_name": NAMES.get(to_code, to_code),
            "type": "translate",
            "links": [],
        }
        if target_prefix:
            metadata["target_prefix"] = target_prefix
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (root / "README.md").write_text(
            f"Tiny {from_code}→{to_code} word-for-word glosser built for tests.\n",
            encoding="utf-8",
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{name}.argosmodel"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                archive.write(path, path.relative_to(Path(tmp)).as_posix())
    return target


def add_spacy_sentencizer(package_dir: Path, lang: str) -> None:
    """Put a blank spaCy pipeline in ``package_dir/spacy`` (argostranslate's SPACY chunk type)."""
    import spacy

    target = package_dir / "spacy"
    if target.exists():
        shutil.rmtree(target)
    spacy.blank(lang).to_disk(target)


def build_all(out_dir: Path) -> dict[str, Path]:
    """The fr→en, fr→es and es→en packages, sharing one sentencepiece model."""
    sp_model = train_sentencepiece([FR_EN, FR_ES, ES_EN])
    return {
        "fr-en": build_package(out_dir, "fr", "en", FR_EN, sp_model),
        "fr-es": build_package(out_dir, "fr", "es", FR_ES, sp_model),
        "es-en": build_package(out_dir, "es", "en", ES_EN, sp_model),
    }


def build_variants(out_dir: Path) -> dict[str, Path]:
    """Packages that decode differently from ``build_all``'s, one folder each.

    ``own-pieces``: fr→en whose English pieces are the model's own, unknown to its
    French-only sentencepiece model. ``prefix``: fr→es whose outputs start with the
    target prefix ``__es__`` named in its metadata.
    """
    return {
        "own-pieces": build_package(
            out_dir / "own-pieces",
            "fr",
            "en",
            FR_EN_OWN_PIECES,
            train_sentencepiece([FR_EN_OWN_PIECES], source_only=True),
        ),
        "prefix": build_package(
            out_dir / "prefix",
            "fr",
            "es",
            FR_ES,
            train_sentencepiece([FR_ES]),
            target_prefix=TARGET_PREFIX,
        ),
    }


def _moses_corpus(lang: str) -> list[str]:
    from sacremoses import MosesPunctNormalizer, MosesTokenizer

    normalizer, tokenizer = MosesPunctNormalizer(lang), MosesTokenizer(lang)
    return [
        " ".join(tokenizer.tokenize(normalizer.normalize(line.strip())))
        for path in sorted(CORPORA.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def build_bpe_package(
    out_dir: Path, from_code: str, to_code: str, lexicon: Mapping[str, str], version: str = "1.0"
) -> Path:
    """A package tokenized as older OpenNMT packages are: ``bpe.model`` instead of
    ``sentencepiece.model`` (subword-nmt merge codes learnt on the Moses-tokenized
    corpus, the lexicon's words kept whole), glossing word for word like ``build_package``.
    """
    from subword_nmt.apply_bpe import BPE
    from subword_nmt.learn_bpe import learn_bpe

    lines = _moses_corpus(from_code)
    words = sorted({w for pair in lexicon.items() for w in pair})
    learn_from = io.StringIO("\n".join(lines + [" ".join(words)] * 200) + "\n")
    codes = io.StringIO()
    learn_bpe(learn_from, codes, num_symbols=400, min_frequency=2)
    bpe = BPE(io.StringIO(codes.getvalue()))
    pieces = {p for line in lines for p in bpe.segment_tokens(line.split())}
    for word in words:
        pieces.update(bpe.segment_tokens([word]))
    # Every piece Moses and BPE could make of the tests' inputs: characters, alone or
    # continued, as subword-nmt's own vocabulary would hold them.
    chars = {c for line in lines for c in line if not c.isspace()}
    pieces.update(chars | {f"{c}@@" for c in chars})
    vocab = ["<unk>", "<s>", "</s>", *sorted(pieces)]
    missing = [w for w in lexicon if w not in pieces]
    if missing:
        raise ValueError(f"lexicon words that are not single BPE pieces: {missing}")
    target_only = [w for w in dict.fromkeys(lexicon.values()) if w not in pieces]
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / name
        (root / "model").mkdir(parents=True)
        spec = _glosser_spec(vocab, lexicon, Shape(), target_only)
        spec.validate()
        spec.optimize(quantization="int8")
        spec.save(str(root / "model"))
        (root / "bpe.model").write_text(codes.getvalue(), encoding="utf-8")
        metadata = {
            "package_version": version, "argos_version": "1.9", "from_code": from_code,
            "from_name": NAMES.get(from_code, from_code), "to_code": to_code,
            "to_name": NAMES.get(to_code, to_code), "type": "translate", "links": [],
        }  # fmt: skip
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{name}.argosmodel"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                archive.write(path, path.relative_to(Path(tmp)).as_posix())
    return target
