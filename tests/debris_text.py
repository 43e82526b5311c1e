"""Articles and readings shared by the debris rules' tests (`tests/test_debris_endmatter.py`,
`tests/test_debris_headings.py`): a few lines of prose in French and English for a page's
article, the end-to-end pairs' folder, and what the rules and the classifier make of a page.
"""

from __future__ import annotations

from pathlib import Path

from workbench.ingest import extract, markup
from workbench.ingest.debris_regions import region_mask
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages

# A news page whose article the classifier swallowed: menus and the story, all debris
# (`tests/test_debris.py`, `tests/test_heavy_debris_kinds.py`: the heavy-debris warning).
LOST_ARTICLE_PAGE = "\n".join(
    [
        "Skip to main content",
        "Sign in | Register",
        "© 2025 Daily Planet. All rights reserved.",
        "Share",
        "Print",
        "Subscribe",
        "Leave a comment",
        "Kim met Putin in Vladivostok on Tuesday.",
    ]
)

PAIRS = Path(__file__).resolve().parent.parent / "bench" / "data" / "pairs"

ARTICLE_FR = [
    "Pour la première fois depuis trente ans, le long hangar du port fabrique de la corde.",
    "Longue de trois cents mètres, la corderie a été construite en 1790 pour la marine.",
    "Un groupe de bénévoles a restauré les machines pendant deux hivers entiers.",
    "La corde est vendue aux clubs de voile et aux jardiniers de toute la région.",
    "Le groupe espère former deux apprentis l'an prochain, si la mairie l'aide.",
]
ARTICLE_EN = [
    "The seed library in the old telephone box opened in March with forty packets of seeds.",
    "Borrowers take a packet, grow the plants, and bring back seeds at the end of the season.",
    "The most popular seeds were runner beans and a yellow tomato grown here since the 1950s.",
    "The library is open every day, and next year it will add a shelf of flower seeds for bees.",
    "Nobody has to pay for a packet, and nobody checks what comes back in the autumn.",
]


def marked(texts: list[str]) -> list[str]:
    """The lines of ``texts`` the region rules mark as debris (`region_mask`), in order."""
    return [t for t, m in zip(texts, region_mask(texts, [False] * len(texts)), strict=True) if m]


def kinds(text: str, suffix: str) -> dict[str, Kind]:
    """Each line's kind once a page ``text`` (read as ``suffix``: ".html" or plain text) is
    classified as `ingest` classifies it."""
    raw = markup.html_blocks(text) if suffix == ".html" else extract.plain_blocks(text)
    blocks, _ = extract.classify(raw, detect_languages)
    return {b.text: b.kind for b in blocks}


def gold_sentences() -> set[str]:
    """Every sentence of the page pairs' gold (`bench/data/pairs/*.gold`), either side."""
    return {
        sentence
        for path in PAIRS.glob("*.gold")
        for line in path.read_text(encoding="utf-8").splitlines()
        for side in line.split("\t")
        for sentence in side.split(" ¦ ")
        if sentence
    }
