"""Ingesting a long file fast, with the same segments as before (speed17).

pysbd's sentence spans are found by plain string search
(`workbench.ingest.segment_spans`): the sentences must be pysbd's own, on
every corpus paragraph and on cases made to trip a search (repeated
sentences, odd whitespace).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pysbd
import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from tests.long_text import long_text, stored_rows
from workbench import pipeline
from workbench.cli import app
from workbench.ingest import debris_features, extract, segment
from workbench.ingest.segment_spans import Segmenter
from workbench.pipeline import readings
from workbench.store import Store

LANGS = ("fr", "en", "es", "de", "it")

TRICKY = [
    "Oui. Oui. Oui.",
    "Il dit: Oui.  Oui.\u00a0Non. Oui.",
    "A. A. A. B. A.",
    "Fin.\u2003Début. Fin.\u2003Début.",
    "Mr. Smith. Mr. Smith?  Mr. Smith!\n",
    "« Oui. » « Oui. » Non…   Oui…",
    "   Espaces devant. Et après.   ",
    "...",
    "a",
]


def _paragraphs() -> list[str]:
    return [
        line
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_spans_found_by_search_give_pysbds_sentences(lang: str) -> None:
    theirs = pysbd.Segmenter(language=lang, clean=False)
    ours = Segmenter(language=lang, clean=False)
    for text in [*_paragraphs(), *TRICKY]:
        assert ours.segment(text) == theirs.segment(text), text


def _ingest_rows(path: Path, db: Path) -> list[tuple[object, ...]]:
    url = f"sqlite:///{db}"
    store = Store.open(url)
    try:
        [result] = pipeline.ingest_paths(store, [path]).files
    finally:
        store.close()
    assert result.status == "new"
    return stored_rows(url)


def test_a_long_file_is_stored_as_with_pysbds_own_search_and_no_shared_topic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows ingest stores (block, kind, language, text, metadata of every
    segment) are those of the code before speed17: pysbd's regex search, each
    caller computing the page's topic itself. Compared live, so that a change of the
    rules changes both sides."""
    path = tmp_path / "long.fr.txt"
    path.write_text(long_text(2), encoding="utf-8")
    ours = _ingest_rows(path, tmp_path / "ours.db")

    def pysbds(lang: str) -> pysbd.Segmenter:
        return pysbd.Segmenter(language=lang if lang in segment._PYSBD_LANGS else "en", clean=False)

    monkeypatch.setattr(segment, "_segmenter", pysbds)
    monkeypatch.setattr(debris_features, "_page_topic", debris_features._page_topic.__wrapped__)
    before = _ingest_rows(path, tmp_path / "before.db")
    # each paragraph's "§ N." label is in its first sentence, not a sentence of its own
    assert len(ours) > 500 and {r[4] for r in ours} >= {"body", "heading", "boilerplate"}
    assert ours == before


# An unchanged file ingested again is not classified and split again when the store
# knows it was read by this very workbench (`readings.reader_key`); anything else
# reads it, so that a newer reader still makes a new version (test_ingest_reread.py).


def _refuse_to_read(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the unchanged file was classified again")


def _count_classify(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets a 1 each time `ingest` classifies a file from now on."""
    calls: list[int] = []
    classify = extract.classify

    def counted_classify(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return classify(*args, **kwargs)

    monkeypatch.setattr(extract, "classify", counted_classify)
    return calls


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "004_c5001f9aa01043f8.txt"
    path.write_bytes((CORPUS / path.name).read_bytes())
    return path


def test_an_unchanged_file_read_by_this_workbench_is_not_read_again(
    both_store: Store, corpus_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [first] = pipeline.ingest_paths(both_store, [corpus_file]).files
    monkeypatch.setattr(extract, "classify", _refuse_to_read)
    [again] = pipeline.ingest_paths(both_store, [corpus_file]).files
    assert (again.status, again.carry, again.document) == ("unchanged", None, first.document)
    assert again.warning == first.warning
    assert both_store.versions(corpus_file.stem) == [1]
    assert [e.action for e in both_store.events()] == ["ingest"]


def test_an_unchanged_file_read_by_another_workbench_is_read_again(
    both_store: Store, corpus_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.ingest_paths(both_store, [corpus_file])
    calls = _count_classify(monkeypatch)
    monkeypatch.setattr(readings, "_code_key", lambda: "a newer workbench")
    [again] = pipeline.ingest_paths(both_store, [corpus_file]).files
    assert calls == [1]
    assert again.status == "unchanged" and both_store.versions(corpus_file.stem) == [1]
    # found cut the same under the newer key, it is not read again under it (newcomer21)
    [third] = pipeline.ingest_paths(both_store, [corpus_file]).files
    assert calls == [1] and (third.status, third.document) == ("unchanged", again.document)
    assert [e.action for e in both_store.events()] == ["ingest"]


def test_the_reader_key_names_every_installed_library_and_its_version() -> None:
    # the key reads the metadata folders' names, not each METADATA file (speed24): a
    # library upgraded gives another key, as importlib.metadata would tell it
    import importlib.metadata
    import re
    import sys

    named = readings._installed(sys.path)
    names = set()
    for dist in importlib.metadata.distributions():
        name = re.sub(r"[-_.]+", "_", dist.metadata["Name"]).lower()
        folders = [n.lower() for n in named if n.lower().startswith(f"{name}-")]
        assert any(f"-{dist.version}." in n for n in folders), (name, dist.version)
        names.add(name)
    # and nothing else: each folder is a library's (counts differ: a library found on two
    # path entries, an editable install's version-less "workbench.egg-info" beside its
    # dist-info, are as many distributions to importlib.metadata as it finds)
    stems = {re.sub(r"[-_.]+", "_", re.split(r"-|\.egg-info", n)[0]).lower() for n in named}
    assert stems == names


def test_an_unchanged_web_text_is_read_again_after_other_pages_came(
    store: Store, corpus_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Web text is classed with the store's other pages (`site_lines`): a page added
    since can change the reading, so the file is read again."""
    pipeline.ingest_paths(store, [corpus_file])
    pipeline.ingest_paths(store, [CORPUS / "003_f7e50d4cada97fff.txt"])
    calls = _count_classify(monkeypatch)
    [again] = pipeline.ingest_paths(store, [corpus_file]).files
    assert calls == [1] and again.status == "unchanged"
    [third] = pipeline.ingest_paths(store, [corpus_file]).files  # the same pages: not read
    assert calls == [1] and third.status == "unchanged"


ORIGINAL = "The council voted the tram line on Monday. Work starts next autumn.\n"
TRANSLATION = "Le conseil a voté la ligne de tram lundi. Les travaux commencent à l'automne.\n"


def test_aligning_again_with_an_unchanged_original_does_not_read_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer21: `align --original` read its original whole (languages, debris) on
    every run; re-ingesting that original after it was read the same. Neither reads it
    now, and both say what they said."""
    from typer.testing import CliRunner

    from workbench.cli import app

    runner, db = CliRunner(), str(tmp_path / "w.db")
    (tmp_path / "tram.fr.txt").write_text(TRANSLATION, encoding="utf-8")
    original = tmp_path / "tram.en.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    align = ["align", "tram.fr", "--to", "en", "--original", str(original), "--encoder", "none"]
    outputs = []
    for command in (["ingest", str(tmp_path / "tram.fr.txt")], align, align,
                    ["ingest", str(original)], ["ingest", str(original)]):  # fmt: skip
        outputs.append(runner.invoke(app, [*command, "--db", db]))
        assert outputs[-1].exit_code == 0, outputs[-1].output
        if len(outputs) == 2:  # the original is read once, by the first align
            calls = _count_classify(monkeypatch)
    assert outputs[2].stdout == outputs[1].stdout
    assert outputs[3].stdout == outputs[4].stdout == "tram.en: unchanged [en]\n"
    assert calls == []


def test_ingest_says_what_it_does_with_a_file_as_it_goes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.fr.txt"
    path.write_text(long_text(1), encoding="utf-8")
    said: list[tuple[str, int | None]] = []
    counts: list[int] = []

    def step(what: str, total: int | None = None) -> Callable[[int], None]:
        said.append((what, total))
        return counts.append

    [result] = pipeline.ingest_paths(store, [path], step=step).files
    blocks = 1 + max(s.block for s in store.segments("long.fr"))
    assert [what.split(":")[1].split()[0] for what, _ in said] == [
        "reading", "finding", "cutting", "storing"
    ]  # fmt: skip
    assert said[2] == ("long.fr.txt: cutting blocks into sentences", blocks)
    assert sum(counts) == blocks
    assert result.document is not None
    assert said[3][0] == f"long.fr.txt: storing {result.document.segment_count} segments"


def test_the_bar_shows_each_step_on_a_line_of_its_own() -> None:
    from rich.console import Console
    from rich.progress import Progress

    from workbench.cli.progress import Bar

    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    with Progress(console=console, auto_refresh=False) as progress:
        bar = Bar(progress, progress.add_task("Ingesting", total=1))
        bar.step("a.txt: reading")
        advance = bar.step("a.txt: cutting blocks into sentences", 10)
        advance(4)
        [_files, step] = progress.tasks
        assert (step.description, step.total, step.completed) == (
            "a.txt: cutting blocks into sentences", 10, 4
        )  # fmt: skip
        bar.step("a.txt: storing 12 segments")
        [_files, step] = progress.tasks
        assert (step.description, step.total, step.completed) == (
            "a.txt: storing 12 segments", None, 0
        )  # fmt: skip
    assert Bar().step("a.txt: reading") is not None  # in a pipe: quiet, and callable


def test_a_long_job_in_a_pipe_says_how_far_it_is_now_and_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer28: a 30 MB text piped into a log ingested for 15 minutes without a word.
    In a pipe a job writes a line every `PIPE_EVERY` seconds once it has run that long
    (here 0, so every step of one real ingest says where it is)."""
    from workbench.cli import progress

    text = tmp_path / "long.fr.txt"
    text.write_text("\n\n".join(f"Le canal numéro {n} rouvre samedi." for n in range(40)))
    monkeypatch.setattr(progress, "PIPE_EVERY", 0.0)
    run = CliRunner().invoke(app, ["ingest", str(text), "--db", str(tmp_path / "w.db")])

    assert run.exit_code == 0, run.output
    lines = [line for line in run.output.splitlines() if line.startswith("Ingesting: ")]
    assert any("long.fr.txt: cutting blocks into sentences" in line for line in lines)
    assert lines[-1].startswith("Ingesting: 1") and lines[-1].endswith(" s")


def test_a_short_job_in_a_pipe_stays_silent(tmp_path: Path) -> None:
    text = tmp_path / "short.fr.txt"
    text.write_text("Le canal rouvre samedi.")
    run = CliRunner().invoke(app, ["ingest", str(text), "--db", str(tmp_path / "w.db")])

    assert run.output.splitlines() == ["short.fr: new, 1 segment [fr]"]
