"""`align --original FILE` says what reading FILE says, as `ingest FILE` would.

The original is ingested by `align` itself; until session 28 what its reader found (a
subtitle cue with no text, left out; cues numbered out of order, kept as written) was
said by `ingest` but not by `align --original`, so a translator who never ran `ingest`
on the original never heard of a cue that was not aligned.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_cli_bad_pages import ENGLISH, FRENCH, NONE, cli
from tests.test_kinds_carried import STORY_ES, STORY_FR
from workbench import pipeline
from workbench.model import Kind
from workbench.pipeline.alignment import align_document
from workbench.pipeline.debris import set_segment_kinds
from workbench.store import Store

CORRECTED_ES = "Una reunión pública se celebrará el dieciséis de enero en el ayuntamiento."


def srt(path: Path, texts: list[str]) -> Path:
    """A subtitle file: one cue a text, two seconds each; an empty text is a cue with none."""
    cues = [
        f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 1:02d},500\n{text}\n"
        for n, text in enumerate(texts, start=1)
    ]
    path.write_text("\n".join(cues), encoding="utf-8")
    return path


def test_a_cue_left_out_of_the_original_is_said_by_align_as_by_ingest(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    french = srt(tmp_path / "budget.fr.srt", FRENCH[1:])
    english = srt(tmp_path / "budget.en.srt", [*ENGLISH[1:3], "", *ENGLISH[3:]])
    assert cli("ingest", french, db=db)[0] == 0

    code, out, err = cli("align", "budget.fr", "--to", "en", "--original", english, *NONE, db=db)

    # a warning, and exit 3, as `ingest` of the same file gives (newcomer35: exit 0)
    assert code == 3, err
    assert "alignment 1:" in out
    assert err.startswith("warning: ")
    assert "cue 3: no text, left out" in err
    assert cli("ingest", english, db=tmp_path / "other.db")[0] == 3

    # an unchanged re-run (nothing aligned again) reads the file and says it again
    code, _, again = cli("align", "budget.fr", "--to", "en", "--original", english, *NONE, db=db)
    assert (code, again) == (3, err)


def test_an_original_read_without_remark_adds_no_warning(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    french = srt(tmp_path / "budget.fr.srt", FRENCH[1:])
    english = srt(tmp_path / "budget.en.srt", ENGLISH[1:])
    assert cli("ingest", french, db=db)[0] == 0

    code, out, err = cli("align", "budget.fr", "--to", "en", "--original", english, *NONE, db=db)

    assert (code, err) == (0, "")
    assert out.startswith("alignment 1: 5 beads, 5 pairs")


def test_a_reviewers_kind_change_the_corrected_original_lost_is_said_by_align(
    both_store: Store, tmp_path: Path
) -> None:
    """A reviewer marked a sentence of the original as a heading; the client's corrected
    original rewrote that sentence. `align --original` reads the correction as version 2 and
    says, as `ingest` would, that the change stays with version 1."""
    store = both_store
    page = tmp_path / "crues.txt"
    page.write_text("\n".join(STORY_FR), encoding="utf-8")
    original = tmp_path / "crues-es.txt"
    original.write_text("\n".join(STORY_ES), encoding="utf-8")
    pipeline.ingest_paths(store, [page])
    align_document(store, "crues", "es", original_path=original)
    [last] = [s for s in store.segments("crues-es") if s.text == STORY_ES[-1]]
    set_segment_kinds(store, "crues-es", [last.id], Kind.HEADING, actor="ben")

    original.write_text("\n".join([*STORY_ES[:-1], CORRECTED_ES]), encoding="utf-8")
    report = align_document(store, "crues", "es", original_path=original)

    assert report.warnings[0] == (
        "crues-es: 1 segment whose kind a reviewer changed in version 1 is not in version 2; "
        "see them with `workbench segments crues-es --version 1` and mark the new ones again"
    )
    kinds = {s.id: s.kind for s in store.segments("crues-es", 1)}
    assert kinds[last.id] is Kind.HEADING  # version 1 as ben left it
