"""Build bench/data/align_subst: spent fr–en documents with one French sentence substituted.

Issue 14's case (newcomer23): a translator replaced one sentence by an unrelated
one, and the aligner paired it at 0.97. For each of 20 French–English documents of
the spent blind sets (every fifth, in `align_blind/score.py` order), the French
sentence of the one-to-one gold bead nearest the middle whose neighbours are
one-to-one too is replaced by the middle one-to-one French sentence of the next
chosen document (another subject). The gold bead becomes two null beads: neither
line translates the other. Deterministic; the labels need no judgement.

    .venv/bin/python bench/align_subst_build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
OUT = DATA / "align_subst"
DOCUMENTS = 20


def _spent_fr_en() -> list[tuple[str, str]]:
    """(set folder, document) of every spent French–English document, in score.py order."""
    spec = importlib.util.spec_from_file_location("blind_score", DATA / "align_blind" / "score.py")
    assert spec is not None and spec.loader is not None
    blind = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(blind)
    return [(f, n) for f, rows in blind.SETS.items() for n, tl, _ in rows if tl == "en"]


def _middle_one_to_one(gold: list[str]) -> int | None:
    """Index of the gold line of a 1–1 bead with 1–1 neighbours nearest the middle."""

    def one(k: int) -> bool:
        src, tgt = gold[k].split(":")
        return src.count(",") == 0 and tgt.count(",") == 0 and "[]" not in gold[k]

    inner = [k for k in range(1, len(gold) - 1) if one(k - 1) and one(k) and one(k + 1)]
    return min(inner, key=lambda k: abs(k - len(gold) / 2)) if inner else None


def main() -> None:
    chosen = []
    for folder, name in _spent_fr_en()[::5]:
        gold = (DATA / folder / f"{name}.gold").read_text(encoding="utf-8").splitlines()
        at = _middle_one_to_one(gold)
        if at is not None:
            chosen.append((folder, name, gold, at))
    chosen = chosen[:DOCUMENTS]
    OUT.mkdir(exist_ok=True)
    for k, (folder, name, gold, at) in enumerate(chosen):
        fr = (DATA / folder / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        en = (DATA / folder / f"{name}.en").read_text(encoding="utf-8").splitlines()
        o_folder, o_name, o_gold, o_at = chosen[(k + 1) % len(chosen)]
        o_fr = (DATA / o_folder / f"{o_name}.fr").read_text(encoding="utf-8").splitlines()
        src, tgt = (int(side.strip("[]")) for side in gold[at].split(":"))
        fr[src] = o_fr[int(o_gold[o_at].split(":")[0].strip("[]"))]
        gold[at : at + 1] = [f"[{src}]:[]", f"[]:[{tgt}]"]
        stem = f"{folder.removeprefix('align_')}-{name}"
        (OUT / f"{stem}.fr").write_text("\n".join(fr) + "\n", encoding="utf-8")
        (OUT / f"{stem}.en").write_text("\n".join(en) + "\n", encoding="utf-8")
        (OUT / f"{stem}.gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
        print(f"{stem}: French line {src} from {o_folder}/{o_name}")


if __name__ == "__main__":
    main()
