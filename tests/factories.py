"""Test data the tests share: one translation unit, varied by keyword; a short parallel text;
a stored French document, and its null alignment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from workbench.model import BeadDraft, Kind, Sentence, Status, TranslationUnit

if TYPE_CHECKING:
    from workbench.store import Store

WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def unit(n: int = 1, **changes: object) -> TranslationUnit:
    """Unit ``n`` of the Spanish–French sample document, confirmed by ana; ``changes`` override."""
    base = TranslationUnit(
        tuid=f"004:{n}",
        source=f"El presidente ruso aterrizó el {n} de junio.",
        target=f"Le président russe a atterri le {n} juin.",
        source_lang="es",
        target_lang="fr",
        origin="auto:vecalign",
        status="confirmed",
        score=0.873,
        document="004_c5001f9aa01043f8",
        reviewer="ana",
        created=WHEN,
        changed=WHEN + timedelta(hours=1),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


Pair = tuple[Sequence[str], Sequence[str]]
COUNCIL: tuple[Pair, ...] = (
    (["Le conseil se réunit demain.", "Il examinera le budget."],
     ["El consejo se reúne mañana.", "Examinará el presupuesto."]),
    (["La séance est publique."], ["La sesión es pública."]),
    (["Les journalistes sont invités."], []),
    (["Le vote aura lieu à midi."], ["La votación será a mediodía."]),
    ([], ["Nota del traductor."]),
    (["La presse en parlera."], ["La prensa hablará de ello."]),
)  # fmt: skip


def parallel_text(n: int = len(COUNCIL), **replaced: Pair) -> list[Pair]:
    """The first ``n`` beads of a French council notice and its Spanish translation.

    Bead 1 is 2:2, bead 3 a French sentence with no Spanish (1:0), bead 5 a
    Spanish note with no French (0:1), the others 1:1. ``replaced`` swaps a
    bead by its 1-based number (``b4=(["Oui."], ["Sí…"])``).
    """
    beads = list(COUNCIL[:n])
    for key, pair in replaced.items():
        beads[int(key.removeprefix("b")) - 1] = pair
    return beads


def french_document(store: Store, french: Sequence[str], sha256: str = "a" * 64) -> int:
    """The id of a French document "doc" (/c/doc.txt) stored with ``french``, one body
    sentence each."""
    return store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256=sha256, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(french)],
    ).document.id  # fmt: skip


def null_alignment(store: Store, doc_id: int, cp_lang: str = "en") -> int:
    """The id of an alignment of document ``doc_id`` (French) with no counterpart in
    ``cp_lang``: each segment a bead alone (1:0), as `align` leaves a text no original
    answers, for `fill` to draft into."""
    beads = [
        BeadDraft((s.id,), (), s.text, "", 0.0, Status.AUTO, "auto:none")
        for s in store.segments(doc_id)
    ]
    return store.save_alignment(
        doc_id=doc_id, version=1, counterpart=None, fr_lang="fr", cp_lang=cp_lang, aligner="none",
        beads=beads,
    ).id  # fmt: skip
