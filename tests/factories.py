"""Test data every format test shares: one translation unit, varied by keyword."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from workbench.model import TranslationUnit

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
