"""Print every bead that is not one-to-one, side by side, for reading by hand.

python3 bench/data/align_blind2/show.py [NAME ...]

``main(folder)`` reads another set of the same form (align_blind3 does).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(folder: Path = HERE) -> None:
    names = sys.argv[1:] or sorted(p.stem for p in folder.glob("*.gold"))
    for name in names:
        (tgt_path,) = [p for p in folder.glob(f"{name}.*") if p.suffix not in (".fr", ".gold")]
        fr = (folder / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        other = tgt_path.read_text(encoding="utf-8").splitlines()
        print(f"== {name}")
        for line in (folder / f"{name}.gold").read_text(encoding="utf-8").splitlines():
            left, right = line.split(":")
            src, tgt = ast.literal_eval(left), ast.literal_eval(right)
            if len(src) == 1 and len(tgt) == 1:
                continue
            print(line)
            for i in src:
                print("   fr ", fr[i])
            for j in tgt:
                print(f"   {tgt_path.suffix[1:]} ", other[j])


if __name__ == "__main__":
    main()
