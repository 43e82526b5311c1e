"""Measure the recogniser of this checkout on one blind part alone, the way the lead does once.

A new held-out part is written by a helper who never reads or runs the
recogniser, and is kept out of ``bench/debris.py``'s ``SPLITS`` (so nothing is
fitted or cross-validated on it) until it has been measured: once on main
before a session's changes, once on the merged main after them. This prints
the same table as ``bench/debris.py`` for that part only, then the pages that
lose a content line or keep more than two debris lines.

    .venv/bin/python bench/debris_blind.py heldout7 [--pages]

Run it from the checkout being measured (its ``workbench`` is imported from
the working directory). jusText's stop lists for the part's languages are
added for the jusText baseline when the bench does not know them yet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "bench"))
sys.path.insert(0, str(Path.cwd()))

import debris as bench

EXTRA_STOPLISTS = {
    "da": "Danish",
    "ro": "Romanian",
    "cs": "Czech",
    "pl": "Polish",
    "sv": "Swedish",
    "fi": "Finnish",
    "gl": "Galician",
    "eu": "Basque",
    "hu": "Hungarian",
    "sl": "Slovenian",
    "hr": "Croatian",
    "tr": "Turkish",
    "et": "Estonian",
    "lt": "Lithuanian",
    "cy": "Welsh",
    "lv": "Latvian",
    "sk": "Slovak",
    "el": "Greek",
    "nb": "Norwegian_Bokmal",
    "bg": "Bulgarian",
    "is": "Icelandic",
    "uk": "Ukrainian",
    "af": "Afrikaans",
    "ga": "Irish",
    "id": "Indonesian",
    "sw": "Swahili",
    "vi": "Vietnamese",
    "tl": "Tagalog",
    "sq": "Albanian",
    "ms": "Malay",
    "sr": "Serbian",
    "lb": "Luxembourgish",
    "oc": "Occitan",
    "eo": "Esperanto",
    "br": "Breton",
    "fy": "West_Frisian",
    "ru": "Russian",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("part", help="a folder of bench/data/pages, e.g. heldout7")
    parser.add_argument("--pages", action="store_true", help="list the pages with misses")
    args = parser.parse_args()
    bench.SPLITS = (args.part,)
    for lang, name in EXTRA_STOPLISTS.items():
        bench._JUSTEXT_LISTS.setdefault(lang, name)
    pages = bench.ready_pages()
    for page in pages:
        page.predictions = {name: system(page) for name, system in bench.SYSTEMS.items()}
    print(len(pages), "pages", sum(len(p.gold) for p in pages), "lines")
    print("\n".join(row for row in bench.table(pages).splitlines() if "(0)" not in row))
    if args.pages:
        for page in pages:
            pairs = list(zip(page.gold, page.predictions["workbench"], strict=True))
            lost = sum(1 for gold, said in pairs if gold[0] != "boilerplate" and said)
            kept = sum(1 for gold, said in pairs if gold[0] == "boilerplate" and not said)
            if lost or kept > 2:
                print(page.name, "lost", lost, "debris kept", kept, "of", len(page.gold))


if __name__ == "__main__":
    main()
