"""`retry_on_clash`: a store write that lost a race for a new row runs once more, and only once."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.store.base import Database, retry_on_clash
from workbench.store.dialect import Clash
from workbench.store.engine import make_engine


class Racing(Database):
    """A store part whose write loses the race ``losses`` times before it succeeds."""

    def __init__(self, path: Path, losses: int) -> None:
        url = f"sqlite:///{path}"
        super().__init__(make_engine(url), url)
        self.losses = losses
        self.runs: list[str] = []

    @retry_on_clash
    def write(self, label: str, *, twice: bool = False) -> str:
        self.runs.append(label)
        if len(self.runs) <= self.losses:
            raise Clash("another transaction inserted the row first")
        return f"{label} ({'twice' if twice else 'once'})"


@pytest.mark.parametrize(
    ("losses", "runs"),
    [(0, ["a"]), (1, ["a", "a"])],
    ids=["won the race: runs once", "lost it: runs again, with the same arguments"],
)
def test_a_write_that_lost_a_race_runs_once_more(
    tmp_path: Path, losses: int, runs: list[str]
) -> None:
    part = Racing(tmp_path / "w.db", losses)
    assert part.write("a", twice=True) == "a (twice)"
    assert part.runs == runs


def test_a_write_that_loses_twice_gives_up(tmp_path: Path) -> None:
    part = Racing(tmp_path / "w.db", losses=2)
    with pytest.raises(Clash):
        part.write("a")
    assert part.runs == ["a", "a"]
