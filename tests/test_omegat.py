"""A real CAT tool reads our TMX: OmegaT 3.6, headless, pre-translates a project from it.

The units are the five Spanish photo captions of corpora/004 and the French
translation printed right after each. The project translates French into
Spanish; its source file holds the French captions, one paragraph each.
OmegaT exits 0 even when it rejects a TMX, so the log is read too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.factories import WHEN, unit
from tests.test_no_break_spaces import ES, FR, _aligned
from workbench.formats.tmx import write_tmx
from workbench.formats.units import ExportOptions
from workbench.model import TranslationUnit
from workbench.pipeline.exchange import export_documents
from workbench.store import Store

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
CORPUS = Path(__file__).resolve().parent.parent / "corpora"

# OmegaT runs only where Debian's omegat and a Java runtime are installed (CI installs both).
needs_omegat = pytest.mark.skipif(
    not OMEGAT_JAR.exists() or shutil.which("java") is None,
    reason="needs Debian package omegat (OmegaT 3.6 and a Java runtime)",
)

pytestmark = [pytest.mark.slow, needs_omegat]

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>{source}</source_lang>
    <target_lang>{target}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def caption_pairs() -> list[tuple[str, str]]:
    """(Spanish caption, French translation) from the sample document, markup removed."""
    lines = (CORPUS / "004_c5001f9aa01043f8.txt").read_text(encoding="utf-8").splitlines()
    pairs = [
        (re.sub(r"<[^>]+>", "", line).strip(), lines[n + 1].strip())
        for n, line in enumerate(lines)
        if re.match(r"(<p>)?(El|En|Pie de foto:) ", line)
    ]
    assert len(pairs) == 5
    return pairs


def caption_units(dirty: bool = False) -> list[TranslationUnit]:
    return [
        unit(
            n,
            # A control character pasted from a word processor, as real files have.
            source=spanish + ("\x01" if dirty and n == 2 else ""),
            target=french,
            score=0.9,
            changed=WHEN,
        )
        for n, (spanish, french) in enumerate(caption_pairs())
    ]


def make_project(root: Path, source: str = "fr", target: str = "es") -> Path:
    project = root / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT.format(source=source, target=target))
    french = "\n\n".join(french for _, french in caption_pairs())
    (project / "source" / "captions.txt").write_text(french + "\n", encoding="utf-8")
    return project


def run_omegat(project: Path, config: Path) -> str:
    result = subprocess.run(
        [
            "java",
            "-Djava.awt.headless=true",
            "-jar",
            str(OMEGAT_JAR),
            str(project),
            "--mode=console-translate",
            f"--config-dir={config}",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout + result.stderr


def translated(project: Path) -> str:
    return (project / "target" / "captions.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("options", "project_langs"),
    [
        (ExportOptions(), ("fr", "es")),
        (ExportOptions(region_variants=True), ("fr-FR", "es-ES")),
        (ExportOptions(french_source=True), ("FR", "ES")),
    ],
    ids=["plain-codes", "region-variants", "french-source"],
)
def test_omegat_pretranslates_from_our_tmx(
    tmp_path: Path, options: ExportOptions, project_langs: tuple[str, str]
) -> None:
    project = make_project(tmp_path, *project_langs)
    report = write_tmx(caption_units(), project / "tm" / "auto" / "004.tmx", options)
    assert report.written == 5
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    output = translated(project)
    for spanish, french in caption_pairs():
        assert spanish in output
        assert french not in output


def test_omegat_rejects_a_whole_tmx_for_one_control_character_and_our_cleaning_avoids_it(
    tmp_path: Path,
) -> None:
    # Written by hand as a careless writer would: the character as a reference.
    raw = make_project(tmp_path / "raw")
    path = raw / "tm" / "auto" / "004.tmx"
    write_tmx(caption_units(), path)
    text = path.read_text(encoding="utf-8")
    spanish = caption_pairs()[2][0]
    path.write_text(text.replace(spanish, spanish + "&#x1;"), encoding="utf-8")
    log = run_omegat(raw, tmp_path / "config-raw")
    assert "TF_TM_LOAD_ERROR" in log
    assert not any(spanish in translated(raw) for spanish, _ in caption_pairs())

    # The same unit through our writer: the character is removed and reported.
    clean = make_project(tmp_path / "clean")
    report = write_tmx(caption_units(dirty=True), clean / "tm" / "auto" / "004.tmx")
    assert report.characters_removed == 1 and report.written == 5
    log = run_omegat(clean, tmp_path / "config-clean")
    assert "TF_TM_LOAD_ERROR" not in log
    assert all(spanish in translated(clean) for spanish, _ in caption_pairs())


def segment_count(project: Path) -> tuple[int, int]:
    """(segments, files) OmegaT found in the project's source files, from its statistics."""
    stats = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    found = re.search(r"^Total:\s+(\d+)\s+\d+\s+\d+\s+\d+\s+(\d+)", stats, re.MULTILINE)
    assert found, stats
    return int(found[1]), int(found[2])


def test_omegat_reads_our_xliff_and_writes_back_a_valid_one(tmp_path: Path) -> None:
    """OmegaT 3.6's XLIFF filter (made for files where Okapi Rainbow copied the source
    into <target>) offers the text of each <target> as the segment to work on, and
    writes it back in place. Our file loads whole: every unit is a segment, the
    translations are kept, and OmegaT's output is still XLIFF 1.2 that we import.
    """
    from tests.xliff_schemas import schema_errors
    from workbench.formats.xliff import write_xliff
    from workbench.formats.xliff_read import read_xliff

    project = make_project(tmp_path)
    (project / "source" / "captions.txt").unlink()
    ours = project / "source" / "captions.xlf"
    units = caption_units()
    write_xliff(units, ours, ExportOptions(french_source=True), version="1.2")
    log = run_omegat(project, tmp_path / "config")
    assert "ERROR" not in log and "Exception" not in log
    assert segment_count(project) == (5, 1)
    written = project / "target" / "captions.xlf"
    assert schema_errors(written, "1.2") == []
    back = read_xliff(written).units
    assert [(u.source, u.target) for u in back] == [(u.target, u.source) for u in units]
    assert [u.status for u in back] == ["confirmed"] * 5


def test_omegat_matches_a_sentence_with_french_no_break_spaces_from_our_tmx(
    store: Store, tmp_path: Path
) -> None:
    """newcomer19 M1: a French sentence ingested with U+202F ("72 299 euros") and U+00A0
    ("dit : « tout »") goes out in the TMX as written, so OmegaT's exact match finds it."""
    _aligned(store, tmp_path)
    project = make_project(tmp_path, "fr", "es")
    (project / "source" / "captions.txt").write_text("\n\n".join(FR) + "\n", encoding="utf-8")
    tmx = project / "tm" / "auto" / "fr.tmx"
    export_documents(store, ["fr"], "es", "tmx", tmx, ExportOptions(french_source=True))
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    output = translated(project)
    assert all(spanish in output for spanish in ES), output


def test_omegat_loads_our_xliff_with_drafts_and_post_edits_as_targets(tmp_path: Path) -> None:
    """leftovers22: `fill` drafts of the Spanish (one raw, one a reviewer post-edited and
    did not confirm) go in a French-first XLIFF as targets marked as the machine's
    (``mt-suggestion``) or derived from it (``leveraged-mt``); OmegaT loads every unit,
    keeps the texts and writes back an XLIFF 1.2 that reads back with both marks."""
    from dataclasses import replace

    from tests.xliff_schemas import schema_errors
    from workbench.formats.units import MtPolicy
    from workbench.formats.xliff import write_xliff
    from workbench.formats.xliff_read import read_xliff

    project = make_project(tmp_path)
    (project / "source" / "captions.txt").unlink()
    units = caption_units()
    mt = "mt:apertium:fr-es"
    units[1] = replace(units[1], origin=mt, status="draft", drafted="es")
    units[2] = replace(units[2], origin="postedit:" + mt, status="auto", drafted="es")
    ours = project / "source" / "captions.xlf"
    write_xliff(units, ours, ExportOptions(french_source=True, mt=MtPolicy.INCLUDE), version="1.2")
    log = run_omegat(project, tmp_path / "config")
    assert "ERROR" not in log and "Exception" not in log
    assert segment_count(project) == (5, 1)
    written = project / "target" / "captions.xlf"
    assert schema_errors(written, "1.2") == []
    text = written.read_text(encoding="utf-8")
    assert 'state-qualifier="mt-suggestion"' in text and 'state-qualifier="leveraged-mt"' in text
    back = read_xliff(written).units
    assert [(u.source, u.target) for u in back] == [(u.target, u.source) for u in units]
    assert [u.origin for u in back][1:3] == [mt, "postedit:" + mt]


def offered_segments(project: Path, config: Path) -> list[str]:
    """The source texts OmegaT offers to translate, in order: its pseudo-translation
    memory (each segment's source copied as its translation) read back."""
    from workbench.formats.tmx_read import read_tmx

    memory = project / "offered.tmx"
    result = subprocess.run(
        ["java", "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project),
         "--mode=console-createpseudotranslatetmx", f"--pseudotranslatetmx={memory}",
         "--pseudotranslatetype=equal", f"--config-dir={config}"],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return [u.source for u in read_tmx(memory).units]


@pytest.mark.parametrize("french_source", [False, True], ids=["es-fr", "fr-es"])
def test_omegat_offers_our_xliff12_targets_as_the_text_to_translate_as_the_export_says(
    tmp_path: Path, french_source: bool
) -> None:
    """newcomer23: in a project whose languages match the file's, OmegaT 3.6 offers the
    text of each <target> as the segment to translate, never a <source> (its XLIFF
    filter keeps <source> intact: it wants Okapi Rainbow's files, whose target is a copy
    of the source), and a unit with no target not at all. The export says so
    (``OMEGAT_NOTICE``) and points to the TMX, which works (the tests above)."""
    from workbench.formats.xliff import OMEGAT_NOTICE, write_xliff

    langs = ("fr", "es") if french_source else ("es", "fr")
    project = make_project(tmp_path, *langs)
    (project / "source" / "captions.txt").unlink()
    alone = "Un percebeiro en Roncudo." if not french_source else "Une salle est fermée."
    # a sentence with no translation: the file's source only, no <target>
    lonely = unit(9, source="", target=alone) if french_source else unit(9, source=alone, target="")
    units = [*caption_units(), lonely]
    options = ExportOptions(french_source=french_source)
    report = write_xliff(units, project / "source" / "captions.xlf", options, version="1.2")
    assert report.written == 6 and report.untranslated == 1
    assert report.summary().endswith(OMEGAT_NOTICE["1.2"])
    offered = offered_segments(project, tmp_path / "config")
    targets = [spanish if french_source else french for spanish, french in caption_pairs()]
    assert sorted(offered) == sorted(targets)  # the translations, as if they were the original
    assert alone not in offered


def test_omegat_finds_no_segment_in_our_xliff21_as_the_export_says(tmp_path: Path) -> None:
    """newcomer23: OmegaT 3.6 has no XLIFF 2 filter; it loads the file, finds nothing,
    and exits 0. The export says so and points to the TMX."""
    from workbench.formats.xliff import OMEGAT_NOTICE, write_xliff

    project = make_project(tmp_path, "es", "fr")
    (project / "source" / "captions.txt").unlink()
    ours = project / "source" / "captions.xlf"
    report = write_xliff(caption_units(), ours, ExportOptions(), version="2.1")
    assert report.written == 5 and report.summary().endswith(OMEGAT_NOTICE["2.1"])
    run_omegat(project, tmp_path / "config")
    assert segment_count(project) == (0, 0)
