"""The machine-translation cache: translations keyed by engine, model, version and pair."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict

from sqlalchemy import ColumnElement, insert, select

from workbench.model import MadeBy, Translation
from workbench.store.base import Database, retry_on_clash
from workbench.store.schema import TranslationRow


class TranslationCache(Database):
    """Translations already made, so that no engine runs twice on one sentence."""

    def lookup(self, made_by: MadeBy, texts: Sequence[str]) -> dict[str, str]:
        """Cached translations of ``texts`` by this exact engine, model, version and pair."""
        keys = {_sha1(t): t for t in texts}
        found: dict[str, str] = {}
        with self.reading() as s:
            for chunk in _chunks(list(keys), 500):
                rows = s.execute(
                    select(TranslationRow.source, TranslationRow.text).where(
                        *_made_by(made_by), TranslationRow.source_sha1.in_(chunk)
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
        by_maker: dict[MadeBy, dict[str, Translation]] = {}
        for t in translations:  # the latest of one key wins
            by_maker.setdefault(t.made_by, {})[_sha1(t.source)] = t
        with self.transaction() as s:
            # One query per 500 keys and one multi-row insert, not a query per text:
            # per-row look-ups were most of fill's cost next to Apertium (bench/mt_apertium.py).
            for made_by, todo in by_maker.items():
                for chunk in _chunks(list(todo), 500):
                    for row in s.scalars(
                        select(TranslationRow).where(
                            *_made_by(made_by), TranslationRow.source_sha1.in_(chunk)
                        )
                    ):
                        row.text = todo.pop(row.source_sha1).text
                if todo:
                    s.execute(
                        insert(TranslationRow),
                        [
                            {**asdict(made_by), "source_sha1": sha1, "source": t.source,
                             "text": t.text}
                            for sha1, t in todo.items()
                        ],
                    )  # fmt: skip


def _made_by(made_by: MadeBy) -> tuple[ColumnElement[bool], ...]:
    """The conditions selecting the translations ``made_by`` made: each of its fields
    against the column of that name."""
    return tuple(getattr(TranslationRow, name) == value for name, value in asdict(made_by).items())


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
