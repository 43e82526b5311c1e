"""What OmegaT 3.6 reuses of our TMX when its project cuts text into sentences (its default).

OmegaT pre-translates a segment from a memory unit whose source is exactly that segment.
It cuts a Word paragraph, a subtitle cue or a plain-text paragraph into sentences with its
own rules, and cuts "1. Summary" after "1.". Our units are beads: a heading as one unit, a
cue of two sentences as one unit. Under ``segtype="sentence"`` OmegaT took them as they
are and matched none of those; under ``segtype="paragraph"`` it cuts each unit's two sides
with the same rules and, when they come out as many sentences, keeps the sentence pairs,
which then match the segments it cut from the file.

A sentence that runs over a cue's line break keeps the break in OmegaT's segment
("Your father waited up for you\\nuntil eleven."): a unit of one line does not match it,
so our export gives a cue's unit the lines the cue was written in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import WHEN, unit
from tests.test_omegat import PROJECT, needs_omegat, run_omegat
from workbench.formats.tmx import write_tmx
from workbench.store import Store

pytestmark = [pytest.mark.slow, needs_omegat]

# (English original, French translation) as the workbench aligned them: one bead each.
REPORT = [
    ("1. Summary", "1. Synthèse"),
    ("This year the programme completed the north quay. The work finished early.",
     "Cette année, le programme a achevé le quai nord. Les travaux ont fini en avance."),
    ("2. Costs", "2. Coûts"),
]  # fmt: skip
CUES = [
    ("Where have you been?\nIt's nearly midnight.",
     "Where have you been? It's nearly midnight.", "Tu étais où ? Il est presque minuit."),
    ("I missed the last bus.", "I missed the last bus.", "J'ai raté le dernier bus."),
    ("He's not angry. He's worried.\nThere's a difference.",
     "He's not angry. He's worried. There's a difference.",
     "Il n'est pas fâché. Il est inquiet. Ce n'est pas pareil."),
    ("Your father waited up for you\nuntil eleven.",
     "Your father waited up for you until eleven.", "Ton père t'a attendue jusqu'à 23 h."),
]  # fmt: skip


def _empty_project(root: Path, name: str, text: str) -> Path:
    """An English → French OmegaT project that cuts sentences, ``name`` its one source file."""
    project = root / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    settings = PROJECT.format(source="en", target="fr")
    settings = settings.replace("<sentence_seg>false", "<sentence_seg>true")
    settings = settings.replace("LuceneFrenchTokenizer", "LuceneEnglishTokenizer", 1)
    settings = settings.replace("LuceneSpanishTokenizer", "LuceneFrenchTokenizer")
    (project / "omegat.project").write_text(settings, encoding="utf-8")
    (project / "source" / name).write_text(text, encoding="utf-8")
    return project


def _project(root: Path, name: str, text: str, pairs: list[tuple[str, str]]) -> Path:
    """`_empty_project` with our TMX of ``pairs`` in tm/auto, run through OmegaT."""
    project = _empty_project(root, name, text)
    units = [
        unit(n, source=en, target=fr, source_lang="en", target_lang="fr", changed=WHEN)
        for n, (en, fr) in enumerate(pairs)
    ]
    write_tmx(units, project / "tm" / "auto" / "ours.tmx")
    log = run_omegat(project, root / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    return project


def test_omegat_reuses_numbered_headings_and_paragraph_beads_sentence_by_sentence(
    tmp_path: Path,
) -> None:
    text = "\n\n".join(en for en, _ in REPORT) + "\n"
    project = _project(tmp_path, "report.txt", text, REPORT)
    out = (project / "target" / "report.txt").read_text(encoding="utf-8")
    assert out.strip().split("\n\n") == [fr for _, fr in REPORT]


def test_omegat_reuses_cues_of_several_sentences_but_not_a_sentence_over_a_line_break(
    tmp_path: Path,
) -> None:
    srt = "".join(
        f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{lines}\n\n"
        for n, (lines, _, _) in enumerate(CUES, 1)
    )
    project = _project(tmp_path, "scene.srt", srt, [(en, fr) for _, en, fr in CUES])
    out = (project / "target" / "scene.srt").read_text(encoding="utf-8")
    assert "Tu étais où ?\nIl est presque minuit." in out  # the cue's break kept between them
    assert "J'ai raté le dernier bus." in out
    assert "Il n'est pas fâché. Il est inquiet.\nCe n'est pas pareil." in out
    # OmegaT's segment keeps the break inside the sentence; our unit has a space there.
    assert "Your father waited up for you\nuntil eleven." in out


FRENCH_CUES = [
    "Tu étais où ?\nIl est presque minuit.",
    "J'ai raté le dernier bus.",
    "Il n'est pas fâché. Il est inquiet.\nCe n'est pas pareil.",
    "Ton père t'a attendue\njusqu'à 23 h.",
]


def _srt(cues: list[str]) -> str:
    return "".join(
        f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{lines}\n\n" for n, lines in enumerate(cues, 1)
    )


def test_our_subtitle_export_keeps_each_cue_s_line_breaks_so_omegat_reuses_every_cue(
    store: Store, tmp_path: Path
) -> None:
    """Through the pipeline: both files ingested, aligned, exported. A cue's unit has the
    lines the cue was written in, so the cue whose sentence runs over its line break
    is pre-translated too, in the French subtitler's two lines."""
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.exchange import export_documents

    english = [lines for lines, _, _ in CUES]
    (tmp_path / "scene.en.srt").write_text(_srt(english), encoding="utf-8")
    (tmp_path / "scene.fr.srt").write_text(_srt(FRENCH_CUES), encoding="utf-8")
    pipeline.ingest_paths(store, [tmp_path / "scene.fr.srt"])
    align_document(store, "scene.fr", "en", original_path=tmp_path / "scene.en.srt")
    last = store.segments("scene.fr")[-1]
    assert last.text == "Ton père t'a attendue jusqu'à 23 h."  # one line, as ever

    project = _empty_project(tmp_path, "scene.srt", _srt(english))
    export_documents(store, ["scene.fr"], "en", "tmx", project / "tm" / "auto" / "scene.tmx")
    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    out = (project / "target" / "scene.srt").read_text(encoding="utf-8")
    assert out == _srt(FRENCH_CUES)
