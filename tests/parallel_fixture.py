"""Stores holding a given parallel text, for the browser tests and bench/app_browser.py.

``store_parallel(store, name, beads)`` stores one French document whose
counterpart sentences sit inside it (as 004's Spanish captions do) and an
alignment made of exactly ``beads``: a list of (French sentences, counterpart
sentences). ``gold_beads(n)`` gives ``n`` beads of real text: the Text+Berg
dev gold alignment (German–French, with its 1:2, 2:1 and 0:n beads), repeated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from workbench.model import Alignment, BeadDraft, Kind, Sentence, Status
from workbench.store import Store

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "textberg-dev"
Pair = tuple[Sequence[str], Sequence[str]]


def _score(fr: Sequence[str], cp: Sequence[str]) -> float:
    """A length-ratio confidence (what a Gale–Church aligner starts from); 0 for a gap."""
    a, b = sum(map(len, fr)), sum(map(len, cp))
    return round(min(a, b) / max(a, b), 3) if a and b else 0.0


def store_parallel(
    store: Store,
    name: str,
    beads: Sequence[Pair],
    cp_lang: str = "es",
    kinds: Mapping[str, Kind] | None = None,
) -> Alignment:
    """Store ``beads`` as the alignment of a new document ``name`` with its ``cp_lang`` side.

    ``kinds``: sentence text → its kind, for the sentences that are not body text.
    """
    kind = (kinds or {}).get
    sentences: list[Sentence] = []
    for block, (fr, cp) in enumerate(beads):
        sentences += [Sentence(t, kind(t, Kind.BODY), "fr", block) for t in fr]
        sentences += [Sentence(t, kind(t, Kind.BODY), cp_lang, block) for t in cp]
    digest = hashlib.sha256(repr(beads).encode()).hexdigest()
    doc = store.store_file(
        name=name, path=f"/parallel/{name}.txt", lang="fr", encoding="utf-8", sha256=digest,
        size=sum(len(s.text) for s in sentences), sentences=sentences, actor="test",
    ).document  # fmt: skip
    ids = iter(s.id for s in store.segments(doc.id, doc.version))
    drafts = []
    for fr, cp in beads:
        fr_ids = tuple(next(ids) for _ in fr)
        cp_ids = tuple(next(ids) for _ in cp)
        score = _score(fr, cp)
        drafts.append(
            BeadDraft(fr_ids, cp_ids, " ".join(fr), " ".join(cp), score, Status.AUTO, "auto:gold")
        )
    return store.save_alignment(
        doc_id=doc.id, version=doc.version, counterpart=None, fr_lang="fr", cp_lang=cp_lang,
        aligner="gold", beads=drafts, actor="test",
    )  # fmt: skip


def gold_beads(n: int) -> list[Pair]:
    """``n`` beads of the Text+Berg dev gold (French | German), repeated as often as needed."""
    fr = (GOLD / "dev.fr").read_text(encoding="utf-8").splitlines()
    de = (GOLD / "dev.de").read_text(encoding="utf-8").splitlines()
    links = []
    for line in (GOLD / "dev.defr").read_text(encoding="utf-8").splitlines():
        de_ids, fr_ids = line.split(":")
        links.append(([fr[int(i)].strip() for i in _ids(fr_ids)],
                      [de[int(i)].strip() for i in _ids(de_ids)]))  # fmt: skip
    return [links[k % len(links)] for k in range(n)]


def _ids(text: str) -> list[str]:
    return [i for i in text.strip().strip("[]").split(",") if i.strip()]
