"""OmegaT's own memory of a round-trip project is not the file to bring back: it says so.

A translator who exported an XLIFF, worked on it in OmegaT and picked the project's
memory (``omegat/project_save.tmx``) got, with --reviewer, "this file is neither" a
table nor an export; without it, a new document whose two sides are both French.
Measured here with real OmegaT 3.6, headless, with its default sentence segmentation:
it cuts each bead into its own sentences, keeps one translation for a sentence that
repeats, labels the French it translates with the project's source language, and
writes no unit id or bead version; its target/ copy carries them all. Bringing the
memory back bead by bead would mean cutting our beads as OmegaT does (its SRX rules)
and guessing where a repeated sentence belongs: the command names the target/ copy
instead, and writes nothing.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import unit
from tests.test_omegat import PROJECT, needs_omegat, run_omegat, segment_count
from workbench.cli import app
from workbench.formats.registry import read_units, write_units
from workbench.model import InputError
from workbench.pipeline.exchange import export_documents, import_file
from workbench.pipeline.returned import import_returned
from workbench.store import Store

pytestmark = [pytest.mark.slow, needs_omegat]
DOC = "004_c5001f9aa01043f8"
SAID, REVISED = "Il a parlé à la presse.", "Il s'est adressé à la presse."


def _round_trip(tmp_path: Path) -> tuple[str, Path]:
    """Three beads of two sentences each, exported into an OmegaT project (sentences
    cut, as OmegaT does by default), the translator's revision of the sentence all
    three share in the memory OmegaT translates from; OmegaT run headless."""
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    units = [
        unit(n, status="auto", reviewer=None,
             source=f"El presidente llegó el {n} de junio. Habló con la prensa.",
             target=f"Le président est arrivé le {n} juin. {SAID}")
        for n in range(1, 4)
    ]  # fmt: skip
    write_units(units, tmp_path / "memory.tmx", "tmx")
    import_file(store, tmp_path / "memory.tmx")
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    settings = PROJECT.format(source="es", target="fr").replace(
        "<sentence_seg>false", "<sentence_seg>true"
    )  # OmegaT's default
    (project / "omegat.project").write_text(settings)
    export_documents(store, [DOC], "es", "xliff12", project / "source" / "doc.xlf")
    revision = replace(units[0], tuid="", source=SAID, target=REVISED)
    write_units([revision], project / "tm" / "auto" / "revision.tmx", "tmx")
    store.close()
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    return db, project


def test_omegats_memory_names_the_file_to_import_and_writes_nothing(tmp_path: Path) -> None:
    db, project = _round_trip(tmp_path)
    assert segment_count(project) == (6, 1)  # three beads, six sentences of OmegaT's
    # OmegaT's memory as OmegaT writes it (console mode writes its project-*.tmx copies,
    # in the same format as omegat/project_save.tmx, which only its window saves).
    memory = project / "omegat" / "project_save.tmx"
    shutil.copy(project / "project-omegat.tmx", memory)
    [kept] = read_units(memory, "tmx")  # one sentence, once for three beads; no id, no version
    assert (kept.source, kept.target, kept.source_lang, kept.version) == (
        SAID, REVISED, "es", None,
    )  # fmt: skip
    store = Store.open(db)
    before, documents = store.beads(1), store.documents()
    copy = project / "target" / "doc.xlf"
    told = (
        f"{memory} is OmegaT's memory of its project: sentences without the ids of the beads "
        "they came from, so nothing was imported; import OmegaT's translated copy instead: "
        f"`workbench import {copy} --reviewer NAME` (in OmegaT, Project > Create Translated "
        "Documents writes it with your latest work)"
    )
    with pytest.raises(InputError) as caught:
        import_returned(store, memory, reviewer="ben")
    assert str(caught.value) == told
    for signed in (["--reviewer", "ben"], []):  # a new document of French pairs, before
        result = CliRunner().invoke(app, ["import", str(memory), "--db", db, *signed])
        assert result.exit_code == 1 and " ".join(result.stderr.split()) == f"error: {told}"
    assert store.documents() == documents and store.beads(1) == before
    report = import_returned(store, copy, reviewer="ben")  # the file it names: every bead
    assert report is not None and (report.edited, report.refused) == (3, ())
    assert [b.fr_text for b in store.beads(1)] == [
        f"Le président est arrivé le {n} juin. {REVISED}" for n in range(1, 4)
    ]
    store.close()
