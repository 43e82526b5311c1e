"""French no-break spaces are the writer's text: kept from ingest to every export, and an
older export that wrote them as plain spaces still matches on import (newcomer19, M1).

French writes thousands with U+202F ("72 299 euros") and puts U+00A0 before
":" "?" "»". `str.split` and regex ``\\s`` take both for ordinary white space;
a translation memory that loses them misses every exact match on such sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import readers_files as F
from tests.test_import_reviewed import STATUS, TARGET, _edit
from workbench import pipeline, review
from workbench.formats.units import ExportOptions
from workbench.model import BeadDraft, Status
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents, import_file
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.spaces import collapse, fold
from workbench.store import Store

NNBSP, NBSP = "\u202f", "\u00a0"
FR = [
    f"Le budget atteint 72{NNBSP}299 euros.",
    f"Le maire l'a dit{NBSP}: «{NBSP}tout{NBSP}».",
    f"Pourquoi pas{NBSP}?",
]
ES = ["El presupuesto alcanza 72.299 euros.", "El alcalde lo dijo: «todo».", "¿Por qué no?"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"72{NNBSP}299  euros", f"72{NNBSP}299 euros"),
        (f" Quoi{NBSP}?\t\n Rien. ", f"Quoi{NBSP}? Rien."),
        (f"{NBSP}{NBSP}", ""),  # an HTML spacer paragraph: layout, no text
        (f"a \u2003 b{NBSP} \u2007c", f"a b{NBSP} \u2007c"),  # an em space is ordinary
    ],
)
def test_collapse_keeps_no_break_spaces_and_fold_compares_without_them(
    text: str, kept: str
) -> None:
    assert collapse(text) == kept
    assert fold(kept) == " ".join(text.split())


def _sources(folder: Path) -> dict[str, Path]:
    paragraphs = [" ".join(FR[:2]), FR[2]]
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    files: dict[str, str | bytes] = {
        "fr.txt": "\n\n".join(paragraphs) + "\n",
        "fr.html": f"<html><head><title>t</title></head><body>{html}</body></html>",
        "fr.docx": F.docx("".join(F.para(F.run(p)) for p in paragraphs)),
    }
    paths = {}
    for name, data in files.items():
        path = folder / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        paths[name] = path
    return paths


@pytest.mark.parametrize("name", ["fr.txt", "fr.html", "fr.docx"])
def test_ingest_stores_no_break_spaces_as_written(store: Store, tmp_path: Path, name: str) -> None:
    path = _sources(tmp_path)[name]
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.error is None, result.error
    texts = [s.text for s in store.segments(result.document.id)]  # type: ignore[union-attr]
    assert texts[: len(FR)] == FR  # (the docx's footnote follows)


def _aligned(store: Store, tmp_path: Path) -> int:
    """The French .txt and its Spanish counterpart, ingested and aligned one to one."""
    fr_path = _sources(tmp_path)["fr.txt"]
    es_path = tmp_path / "es.txt"
    es_path.write_text(" ".join(ES[:2]) + "\n\n" + ES[2] + "\n", encoding="utf-8")
    report = pipeline.ingest_paths(store, [fr_path, es_path])
    fr_doc, es_doc = (r.document for r in report.files)
    assert fr_doc is not None and es_doc is not None
    fr = store.segments(fr_doc.id)
    es = store.segments(es_doc.id)
    drafts = [
        BeadDraft((f.id,), (e.id,), f.text, e.text, 0.9, Status.AUTO, "auto:test")
        for f, e in zip(fr, es, strict=True)
    ]
    return store.save_alignment(
        doc_id=fr_doc.id, version=1, counterpart=(es_doc.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    ).id  # fmt: skip


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "xliff21", "tsv"])
def test_every_export_keeps_the_no_break_spaces(store: Store, tmp_path: Path, fmt: str) -> None:
    _aligned(store, tmp_path)
    path = tmp_path / f"out.{fmt}"
    export_documents(store, ["fr"], "es", fmt, path, ExportOptions(french_source=True))
    written = path.read_text(encoding="utf-8")
    assert f"72{NNBSP}299" in written and f"«{NBSP}tout{NBSP}»" in written


def test_an_older_table_with_plain_spaces_matches_and_an_edit_keeps_what_it_wrote(
    store: Store, tmp_path: Path
) -> None:
    alignment = _aligned(store, tmp_path)
    path = tmp_path / "fr.es-fr.tsv"
    export_documents(store, ["fr"], "es", "tsv", path, ExportOptions())
    # as an export before this fix wrote it: every no-break space a plain one
    path.write_text(fold_file(path.read_text(encoding="utf-8")), encoding="utf-8")
    _edit(path, 3, TARGET, "Pourquoi  pas ici ?")
    _edit(path, 1, STATUS, "confirmed")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.edited, report.confirmed, report.unchanged) == (1, 1, 1)
    beads = store.beads(alignment)
    assert [b.fr_text for b in beads] == [*FR[:2], "Pourquoi  pas ici ?"]  # as typed
    # the older file's plain spaces where the beads keep no-break ones: said, not stored
    assert report.spacing_note == (
        "fr.es-fr.tsv: 2 rows differ from their beads only in spacing or line breaks; kept as "
        "stored (change the spacing in the Review page)"
    )


def fold_file(text: str) -> str:
    return text.replace(NNBSP, " ").replace(NBSP, " ")


def test_a_tmx_imported_again_with_plain_spaces_keeps_a_reviewers_edit(
    store: Store, tmp_path: Path
) -> None:
    _aligned(store, tmp_path)
    path = tmp_path / "memory.tmx"
    export_documents(store, ["fr"], "es", "tmx", path, ExportOptions(french_source=True))
    first = import_file(store, path)
    assert [b.fr_text for b in store.beads(first.alignment.id)] == FR  # stored as written
    beads = store.beads(first.alignment.id)
    apply(store, first.alignment.id, review.confirm(beads, 0, "ana"), "ana")
    # the same memory, as an older export wrote it
    path.write_text(fold_file(path.read_text(encoding="utf-8")), encoding="utf-8")
    again = import_file(store, path)
    assert again.warnings == ()  # no conflict: the file left the bead as it was
    beads = store.beads(again.alignment.id)
    assert (beads[0].fr_text, beads[0].status, beads[0].reviewer) == (
        FR[0], Status.CONFIRMED, "ana",
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["xliff12", "tmx"])
def test_a_cat_tools_file_with_plain_spaces_comes_back_unchanged_and_an_edit_arrives(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    alignment = _aligned(store, tmp_path)
    path = tmp_path / "cat" / f"handoff.{fmt}.xlf"
    path.parent.mkdir()
    export_documents(store, ["fr"], "es", fmt, path, ExportOptions(french_source=True))
    # as an export before this fix wrote it, and one unit's translation corrected
    text = fold_file(path.read_text(encoding="utf-8"))
    path.write_text(text.replace("¿Por qué no?", "¿Y por qué no?"), encoding="utf-8")
    report = import_returned(store, path, reviewer="ben")
    assert report is not None
    assert (report.edited, report.unchanged, report.conflicts, report.refused) == (1, 2, (), ())
    beads = store.beads(alignment)
    assert [b.fr_text for b in beads] == FR
    assert beads[2].cp_text == "¿Y por qué no?"


@pytest.mark.parametrize(
    "text",
    [
        f"Il a dit{NBSP}: «{NBSP}J'écris un livre.{NBSP}» Elle habite Paris.",
        f"Puis «{NBSP}Non.{NBSP}» Fin du débat{NBSP}!",
        f"Quoi{NBSP}? Oui. Le 3 janv.{NBSP}«{NBSP}Rien{NBSP}» arriva.",
        f"Le budget est de 1{NNBSP}234{NNBSP}567 euros. M.{NBSP}Dupont l'a voté.",
    ],
)
def test_sentences_split_as_they_do_with_plain_spaces(text: str) -> None:
    """A no-break space kept in the text moves no sentence boundary (French closes a
    quotation with "livre.\u00a0»", where the splitter looked for "livre. »")."""
    from workbench.ingest.segment import split_sentences

    kept = split_sentences(text, "fr")
    assert [fold(s) for s in kept] == split_sentences(fold(text), "fr")
    assert all(sentence in text for sentence in kept)  # each as written
