"""The machine-translation cache: translations keyed by engine, model, version and pair."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

from sqlalchemy import select

from workbench.model import Translation
from workbench.store.base import Database, retry_on_clash
from workbench.store.schema import TranslationRow


class TranslationCache(Database):
    """Translations already made, so that no engine runs twice on one sentence."""

    def lookup(
        self,
        engine: str,
        model: str,
        model_version: str,
        src_lang: str,
        tgt_lang: str,
        texts: Sequence[str],
    ) -> dict[str, str]:
        """Cached translations of ``texts`` by this exact engine, model and version."""
        keys = {_sha1(t): t for t in texts}
        found: dict[str, str] = {}
        with self.reading() as s:
            for chunk in _chunks(list(keys), 500):
                rows = s.execute(
                    select(TranslationRow.source, TranslationRow.text).where(
                        TranslationRow.engine == engine,
                        TranslationRow.model == model,
                        TranslationRow.model_version == model_version,
                        TranslationRow.src_lang == src_lang,
                        TranslationRow.tgt_lang == tgt_lang,
                        TranslationRow.source_sha1.in_(chunk),
                    )
                ).all()
                found.update({source: text for source, text in rows})
        return found

    @retry_on_clash
    def save(self, translations: Sequence[Translation]) -> None:
        """Remember translations; a second save of the same key replaces the first.

        Two processes saving the same new key at once both succeed: the one the
        database refused retries and finds the other's row (`retry_on_clash`).
        """
        with self.transaction() as s:
            latest = {_cache_key(t): t for t in translations}
            for key, t in latest.items():
                row = s.scalars(
                    select(TranslationRow).where(
                        TranslationRow.engine == t.engine,
                        TranslationRow.model == t.model,
                        TranslationRow.model_version == t.model_version,
                        TranslationRow.src_lang == t.src_lang,
                        TranslationRow.tgt_lang == t.tgt_lang,
                        TranslationRow.source_sha1 == key[-1],
                    )
                ).one_or_none()
                if row is not None:
                    row.text = t.text
                    continue
                s.add(
                    TranslationRow(
                        engine=t.engine,
                        model=t.model,
                        model_version=t.model_version,
                        src_lang=t.src_lang,
                        tgt_lang=t.tgt_lang,
                        source_sha1=key[-1],
                        source=t.source,
                        text=t.text,
                    )
                )


def _cache_key(t: Translation) -> tuple[str, ...]:
    return (t.engine, t.model, t.model_version, t.src_lang, t.tgt_lang, _sha1(t.source))


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
