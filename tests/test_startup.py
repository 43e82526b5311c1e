"""Start-up: what a command imports before it does its work (speed itself: bench/cli_startup.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.model import Kind, Sentence
from workbench.store import Store, StoredFile, dialect, quick
from workbench.store import engine as store_engine
from workbench.store.engine import HEAD_REVISION, head_revision

# What `workbench docs` must not import: each costs more than the rest of the command.
HEAVY = {"sqlalchemy", "alembic", "pydantic", "numpy", "pandas", "lxml", "sacrebleu"}


def test_the_head_revision_constant_is_alembics_head(tmp_path: Path) -> None:
    assert head_revision(f"sqlite:///{tmp_path / 'w.db'}") == HEAD_REVISION


def imported_after(code: str) -> set[str]:
    """The top-level packages a fresh interpreter has imported after running ``code``."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return {name.partition(".")[0] for name in out.split()}


def imported_by_command(*args: str) -> set[str]:
    """The top-level packages loaded by running ``workbench ARGS`` to its end."""
    run = f"import sys\nsys.argv = ['workbench', *{list(args)!r}]\nfrom workbench.cli import main"
    return imported_after(f"{run}\ntry:\n    main()\nexcept SystemExit:\n    pass")


def test_a_current_store_opens_without_alembic(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(str(db)).close()  # created and migrated: alembic is needed once
    loaded = imported_after(f"from workbench.store import Store\nStore.open({str(db)!r})")
    assert "sqlalchemy" in loaded and "alembic" not in loaded


def test_the_command_line_loads_no_heavy_package_before_a_command_runs() -> None:
    assert not imported_after("import workbench.cli") & (HEAVY | {"rich"})


def test_help_loads_neither_rich_nor_the_store() -> None:
    assert not imported_by_command("--help") & (HEAVY | {"rich"})


@pytest.mark.parametrize("fmt", ["table", "json", "tsv"])
def test_docs_on_a_current_sqlite_store_loads_no_heavy_package(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "w.db"
    Store.open(str(db)).close()
    assert not imported_by_command("docs", "--db", str(db), "-f", fmt) & HEAVY


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text=t, kind=Kind.BODY, lang="fr", block=i) for i, t in enumerate(texts)]


def test_the_quick_listing_gives_what_the_store_gives(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    store = Store.open(db)

    def put(
        name: str, sha256: str, sentences: list[Sentence], original_of: int | None = None
    ) -> StoredFile:
        return store.store_file(
            name=name, path=f"/{name}.txt", sha256=sha256, sentences=sentences,
            original_of=original_of, encoding="utf-8", size=10, lang="fr",
        )  # fmt: skip

    first = put("a", "1" * 64, _sentences("Un.", "Deux.")).document
    put("a", "2" * 64, _sentences("Un."))
    put("b", "3" * 64, [], original_of=first.id)
    expected = store.documents()
    store.close()
    assert [(d.name, d.version, d.segment_count, d.original_of) for d in expected] == [
        ("a", 2, 1, None),
        ("b", 1, 0, first.id),
    ]
    assert quick.documents(db) == expected


def test_a_store_not_yet_there_is_created_and_listed(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    assert quick.documents(str(db)) == []
    assert db.is_file()


def test_a_store_behind_the_head_revision_is_migrated_before_listing(tmp_path: Path) -> None:
    from alembic import command

    db = tmp_path / "w.db"
    url = f"sqlite:///{db}"
    engine = store_engine.make_engine(url)
    config = store_engine.alembic_config(url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    assert quick.documents(str(db)) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]


def test_the_review_page_loads_no_pandas(tmp_path: Path) -> None:
    """The first render after a server start pays for every import the Review page makes:
    pandas (about 0.7 s cold) was imported by a score widget's module and never used
    there (bench/app_browser.py, "first render, new server and browser")."""
    from tests.conftest import CORPUS
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document

    db = tmp_path / "w.db"
    store = Store.open(str(db))
    try:
        assert not pipeline.ingest_paths(store, [CORPUS / "004_c5001f9aa01043f8.txt"]).failed
        align_document(store, "004_c5001f9aa01043f8", "es", actor="setup")
    finally:
        store.close()
    app = Path(__file__).resolve().parent.parent / "app.py"
    page = {"page": "review", "doc": "004_c5001f9aa01043f8", "to": "es", "reviewer": "ana"}
    run = (
        f"import os\nos.environ['WORKBENCH_DB'] = {str(db)!r}\n"
        "from streamlit.testing.v1 import AppTest\n"
        f"at = AppTest.from_file({str(app)!r}, default_timeout=60)\n"
        f"at.query_params.update({page!r})\nat.run()\n"
        "assert not at.exception, at.exception\n"
        "assert at.get('bidi_component'), 'the editor was not drawn'"
    )
    assert "pandas" not in imported_after(run)


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m workbench ARGS`` in a fresh interpreter, as a script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_python_m_workbench_runs_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(str(db)).close()
    listed = run_module("docs", "--db", str(db), "-f", "json")
    assert (listed.returncode, listed.stdout.strip(), listed.stderr) == (0, "[]", "")
    wrong = run_module("nonsense")
    assert wrong.returncode == 2 and "python -m workbench --help" in wrong.stderr


def test_python_m_workbench_loads_no_more_than_the_script() -> None:
    """`__main__` imports the script's entry point and nothing else before a command runs."""
    assert imported_after("import workbench.__main__") == imported_after("import workbench.cli")
