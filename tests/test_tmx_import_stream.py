"""A TMX import streamed into the store in chunks: same result as one piece, still atomic.

Every test runs on SQLite and on PostgreSQL. The chunk size is made tiny so
that a few units cross several chunks; the speed and the flat memory are
measured in bench/tmx_import.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from workbench.model import BeadDraft, InputError, NotFoundError, Status
from workbench.pipeline.exchange import import_tmx
from workbench.store import Store, bulk, column_insert
from workbench.store.bulk import PairDraft


@pytest.fixture
def store(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(bulk, "CHUNK", 3)
    s = Store.open(db_url)
    yield s
    s.close()


def _tu(
    i: int, es: str | None = None, fr: str | None = None, lang: str = "es", **props: str
) -> str:
    prop = "".join(f'<prop type="{k.replace("_", "-")}">{v}</prop>' for k, v in props.items())
    return (
        f'<tu tuid="t{i}" changeid="ana">{prop}'
        f'<tuv xml:lang="{lang}"><seg>{es if es is not None else f"Frase {i}."}</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>{fr if fr is not None else f"Phrase {i}."}</seg></tuv></tu>'
    )


def _tmx(path: Path, tus: list[str]) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" '
        'creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" '
        f'adminlang="en" datatype="plaintext"/><body>{"".join(tus)}</body></tmx>',
        encoding="utf-8",
    )
    return path


def test_units_across_several_chunks_become_segments_and_beads_in_order(
    store: Store, tmp_path: Path
) -> None:
    tus = [_tu(i, x_status="draft" if i == 4 else "confirmed", x_score="0.5") for i in range(10)]
    report = import_tmx(store, _tmx(tmp_path / "memory.tmx", tus))
    assert (report.units, report.skipped, report.unchanged) == (10, 0, False)
    assert (report.french.segment_count, report.counterpart.segment_count) == (10, 10)
    fr = store.segments(report.french.id)
    cp = store.segments(report.counterpart.id)
    beads = store.beads(report.alignment.id)
    assert [s.text for s in fr] == [f"Phrase {i}." for i in range(10)]
    assert [s.text for s in cp] == [f"Frase {i}." for i in range(10)]
    assert [(b.position, b.fr, b.cp) for b in beads] == [
        (i, (fr[i].id,), (cp[i].id,)) for i in range(10)
    ]
    assert [b.status for b in beads].count(Status.DRAFT) == 1 and beads[4].status is Status.DRAFT
    assert {(b.score, b.reviewer, b.fr_text) for b in beads[:1]} == {(0.5, "ana", "Phrase 0.")}
    [event] = store.events(report.alignment.id)
    assert (event.action, event.summary) == ("align", "0 beads → 10")


def test_unit_ids_written_chunk_by_chunk_all_come_back_and_stay_out_of_the_history(
    store: Store, tmp_path: Path
) -> None:
    report = import_tmx(store, _tmx(tmp_path / "memory.tmx", [_tu(i) for i in range(10)]))
    beads = store.beads(report.alignment.id)
    assert store.unit_ids(report.alignment.id) == {b.id: f"t{i}" for i, b in enumerate(beads)}
    assert [e.action for e in store.events(report.alignment.id)] == ["align"]
    assert [h.event.action for h in store.history(report.alignment.id)] == ["align"]
    with pytest.raises(NotFoundError, match="nothing to undo"):
        store.undo(report.alignment.id, actor="cli")  # the ids are not an edit


def test_a_later_alignment_of_the_same_beads_has_no_imported_ids(
    store: Store, tmp_path: Path
) -> None:
    report = import_tmx(store, _tmx(tmp_path / "memory.tmx", [_tu(i) for i in range(5)]))
    fr, cp = store.segments(report.french.id), store.segments(report.counterpart.id)
    store.save_alignment(
        doc_id=report.french.id, version=1, counterpart=(report.counterpart.id, 1),
        fr_lang="fr", cp_lang="es", aligner="vecalign", beads=[
            BeadDraft(fr=(f.id,), cp=(c.id,), fr_text=f.text, cp_text=c.text, score=0.9,
                      status=Status.AUTO, origin="auto:vecalign")
            for f, c in zip(fr, cp, strict=True)
        ],
    )  # fmt: skip
    assert store.unit_ids(report.alignment.id) == {}


def test_a_second_import_of_the_same_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = _tmx(tmp_path / "memory.tmx", [_tu(i) for i in range(7)])
    first = import_tmx(store, path)
    again = import_tmx(store, path)
    assert again.unchanged and again.units == 7 and again.alignment.id == first.alignment.id
    assert len(store.documents()) == 2


def test_units_missing_a_side_are_counted_as_skipped(store: Store, tmp_path: Path) -> None:
    lonely = '<tu tuid="x"><tuv xml:lang="es"><seg>Sola.</seg></tuv></tu>'
    tus = [_tu(0), lonely, _tu(1, fr=" "), _tu(2), _tu(3), _tu(4)]
    report = import_tmx(store, _tmx(tmp_path / "memory.tmx", tus))
    assert (report.units, report.skipped) == (4, 2)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (_tu(7, lang="en"), r"mixes language pairs \(en, es with French\)"),
        (_tu(7, x_origin_detail="o" * 121), r"origin .* is 121 characters long"),
        (_tu(7, es="x" * 3, lang="de-DE-x-" + "a" * 8), "mixes language pairs"),
    ],
)
def test_a_bad_unit_in_a_later_chunk_stores_nothing(
    store: Store, tmp_path: Path, bad: str, message: str
) -> None:
    tus = [_tu(i) for i in range(7)] + [bad] + [_tu(i) for i in range(8, 10)]
    with pytest.raises(InputError, match=message):
        import_tmx(store, _tmx(tmp_path / "memory.tmx", tus))
    assert store.documents() == []


def test_progress_reports_the_bytes_read_up_to_the_whole_file(store: Store, tmp_path: Path) -> None:
    path = _tmx(tmp_path / "memory.tmx", [_tu(i) for i in range(2000)])
    seen: list[tuple[int, int]] = []
    import_tmx(store, path, progress=lambda done, size: seen.append((done, size)))
    size = path.stat().st_size
    assert seen and {s for _, s in seen} == {size}
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == size


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"fr_text": "une\x00phrase"}, "sentence holds a NUL character"),
        ({"cp_text": "\ud800"}, "sentence holds an unpaired surrogate"),
        ({"reviewer": "r" * 121}, "reviewer name is 121 characters long"),
        ({"note": "a\x00"}, "note holds a NUL character"),
    ],
)
def test_bulk_pairs_are_refused_by_the_same_rules_as_single_rows(
    store: Store, change: dict[str, str], message: str
) -> None:
    good = {"fr_text": "Bonjour.", "cp_text": "Hola.", "score": 1.0, "status": "confirmed"}
    pairs = [PairDraft(**good, origin="human") for _ in range(4)]  # type: ignore[arg-type]
    pairs.append(PairDraft(**{**good, **change}, origin="human"))  # type: ignore[arg-type]
    with pytest.raises(InputError, match=message), store.atomic():
        fr = store.store_file(
            name="m", path="m#fr", lang="fr", encoding="tmx", sha256="0", size=1, sentences=[]
        )
        cp = store.store_file(
            name="m.es", path="m#es", lang="es", encoding="tmx", sha256="0", size=1, sentences=[]
        )
        store.fill_pairs(
            french=(fr.document.id, 1), counterpart=(cp.document.id, 1), fr_lang="fr",
            cp_lang="es", aligner="test", pairs=pairs,
        )  # fmt: skip
    assert store.documents() == []


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 23, 12, 0),
        datetime(2026, 11, 23, 12, 0, 1, 500),
        datetime(999, 1, 2, 3, 4, 5, 6),
        datetime(1, 1, 1),
        datetime(9999, 12, 31, 23, 59, 59, 999999),
    ],
)
def test_bulk_dates_are_stored_as_sqlalchemy_itself_writes_them(moment: datetime) -> None:
    from sqlalchemy import DateTime
    from sqlalchemy.dialects import postgresql, sqlite

    for dialect in (sqlite.dialect(), postgresql.dialect()):  # type: ignore[no-untyped-call]
        theirs = DateTime().dialect_impl(dialect).bind_processor(dialect)
        ours = column_insert.converter(DateTime(), dialect)
        assert (ours(moment) if ours else moment) == (theirs(moment) if theirs else moment)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("a", 0), ("a", 1), ("a", 2), ("b", 0)], [1, 2, 3]),  # consecutive: derived
        ([("a", 0), ("b", 0), ("a", 1), ("b", 1), ("a", 2)], [1, 3, 5]),  # interleaved: read
    ],
    ids=["consecutive", "interleaved"],
)
def test_new_row_ids_follow_their_places_even_when_other_rows_interleave(
    rows: list[tuple[str, int]], expected: list[int]
) -> None:
    """As on PostgreSQL when another session inserts while a chunk goes in."""
    from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert

    table = Table(
        "t", MetaData(), Column("id", Integer, primary_key=True), Column("grp", String),
        Column("place", Integer),
    )  # fmt: skip
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table), [{"grp": g, "place": n} for g, n in rows])
        found = bulk._new_ids(conn, table.c.id, table.c.place, [0, 1, 2], table.c.grp == "a")
    assert found == expected


def test_an_export_finds_each_imported_id_reading_one_chunk_at_a_time(
    store: Store, tmp_path: Path
) -> None:
    from workbench.pipeline.exporting import _ImportedIds

    path = _tmx(tmp_path / "m.tmx", [_tu(i) for i in range(8)])
    report = import_tmx(store, path)
    aid = report.alignment.id
    every = store.unit_ids(aid)
    lazy = _ImportedIds(store, aid)
    assert len(store.unit_id_events(aid)) == 1 + 3  # the align event and 3 chunks of 3
    beads = [b.id for b in store.beads(aid)]
    asked = [*beads, *reversed(beads), 0, max(beads) + 1]  # in order, backwards, unknown
    assert [lazy.get(b) for b in asked] == [every.get(b) for b in asked]
    assert [lazy.get(b) for b in beads] == [f"t{i}" for i in range(8)]
