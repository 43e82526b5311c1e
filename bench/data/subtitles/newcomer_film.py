"""Gold for newcomer21's film pair (session 20), from the generator that wrote it.

``film.en.srt`` and ``film.fr.srt`` are copies of ``/work/newcomer21-inputs/job/``; their
cues come from ``gen/dialogue.py`` (``LINES``, English original and French subtitles,
``SPLIT_EN``: an English line over two cues, ``MERGE_FR``: two lines in one two-speaker
French cue) and a subtitler's credit after the last French cue. One bead a line, French
first; the credit is a null bead. Its English cues 126–127 (1-based) repeat "Dear
Anne…" where "I am sorry for what happened on the ferry." belongs, the generator's slip
kept as a subtitle error: the French line they are timed with has no counterpart, so
the gold has it and each of the two cues as null beads (vecalign's convention for a
sentence whose content has no counterpart), not the pair their times make.

    .venv/bin/python bench/data/subtitles/newcomer_film.py [/work/newcomer21-inputs/gen]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    gen = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/newcomer21-inputs/gen")
    spec = importlib.util.spec_from_file_location("dialogue", gen / "dialogue.py")
    assert spec is not None and spec.loader is not None
    dialogue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dialogue)
    second = {b for _, b in dialogue.MERGE_FR}
    beads: list[tuple[list[int], list[int]]] = []
    en = fr = 0
    for i in range(len(dialogue.LINES)):
        cues = list(range(en, en + (2 if i in dialogue.SPLIT_EN else 1)))
        en += len(cues)
        if i in second:
            beads[-1][1].extend(cues)
            continue
        beads.append(([fr], cues))
        fr += 1
    beads.append(([fr], []))  # "Sous-titres : Atelier Lumière"
    slip = next(k for k, (_, t) in enumerate(beads) if t == [125, 126])
    beads[slip : slip + 1] = [(beads[slip][0], []), ([], [125]), ([], [126])]
    lines = [f"{s}:{t}" for s, t in beads]
    (HERE / "film.gold").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"film: {fr + 1} French cues, {en} English cues, {len(beads)} beads")


if __name__ == "__main__":
    main()
