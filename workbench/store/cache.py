"""The machine-translation cache: translations keyed by engine, model, version and pair."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

from sqlalchemy import ColumnElement, insert, select

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
                        *_made_by(engine, model, model_version, src_lang, tgt_lang),
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
        latest = {_cache_key(t): t for t in translations}
        by_pair: dict[tuple[str, ...], dict[str, Translation]] = {}
        for key, t in latest.items():
            by_pair.setdefault(key[:-1], {})[key[-1]] = t
        with self.transaction() as s:
            # One query per 500 keys and one multi-row insert, not a query per text:
            # per-row look-ups were most of fill's cost next to Apertium (bench/mt_apertium.py).
            for pair, todo in by_pair.items():
                engine, model, model_version, src_lang, tgt_lang = pair
                for chunk in _chunks(list(todo), 500):
                    for row in s.scalars(
                        select(TranslationRow).where(
                            *_made_by(*pair), TranslationRow.source_sha1.in_(chunk)
                        )
                    ):
                        row.text = todo.pop(row.source_sha1).text
                if todo:
                    s.execute(
                        insert(TranslationRow),
                        [
                            {"engine": engine, "model": model, "model_version": model_version,
                             "src_lang": src_lang, "tgt_lang": tgt_lang, "source_sha1": sha1,
                             "source": t.source, "text": t.text}
                            for sha1, t in todo.items()
                        ],
                    )  # fmt: skip


def _made_by(
    engine: str, model: str, model_version: str, src_lang: str, tgt_lang: str
) -> tuple[ColumnElement[bool], ...]:
    """The conditions selecting the translations of one engine, model, version and pair."""
    return (
        TranslationRow.engine == engine,
        TranslationRow.model == model,
        TranslationRow.model_version == model_version,
        TranslationRow.src_lang == src_lang,
        TranslationRow.tgt_lang == tgt_lang,
    )


def _cache_key(t: Translation) -> tuple[str, ...]:
    return (t.engine, t.model, t.model_version, t.src_lang, t.tgt_lang, _sha1(t.source))


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
