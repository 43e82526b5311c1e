"""Start-up: what a command imports before it does its work (speed itself: bench/cli_startup.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbench.store import Store
from workbench.store.engine import HEAD_REVISION, head_revision


def test_the_head_revision_constant_is_alembics_head(tmp_path: Path) -> None:
    assert head_revision(f"sqlite:///{tmp_path / 'w.db'}") == HEAD_REVISION


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return {name.partition(".")[0] for name in out.split()}


def test_a_current_store_opens_without_alembic(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(str(db)).close()  # created and migrated: alembic is needed once
    loaded = imported_after(f"from workbench.store import Store\nStore.open({str(db)!r})")
    assert "sqlalchemy" in loaded and "alembic" not in loaded


def test_the_command_line_loads_no_heavy_package_before_a_command_runs() -> None:
    loaded = imported_after("import workbench.cli")
    assert not loaded & {"sqlalchemy", "alembic", "numpy", "pandas", "lxml", "rich", "sacrebleu"}
