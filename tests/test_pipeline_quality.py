"""QA checks and MT scores over a stored alignment."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.model import POST_EDIT, BeadDraft, Kind, Sentence, Status
from workbench.pipeline.quality import human_pairs, qa_document
from workbench.store import Store

PAIRS = [
    ("Kim met Putin on 19 June 2024.", "Kim a rencontré Poutine le 19 juin 2024."),
    ("They talked for 4 hours.", "Ils ont parlé pendant 5 heures."),  # a number that differs
    ("The summit (in Vostochny was long.", "Le sommet (à Vostochny) a été long."),
    ("Washington is worried.", "Washington is worried."),  # untranslated
]


@pytest.fixture
def aligned(store: Store) -> Store:
    return _aligned(store, PAIRS)


def _aligned(store: Store, pairs: list[tuple[str, str]], origin: str = "auto:test") -> Store:
    fr = store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(f, Kind.BODY, "fr", i) for i, (_, f) in enumerate(pairs)],
    ).document  # fmt: skip
    en = store.store_file(
        name="doc.en", path="/c/doc.en.txt", lang="en", encoding="utf-8", sha256="b" * 64,
        size=1, original_of=fr.id,
        sentences=[Sentence(e, Kind.BODY, "en", i) for i, (e, _) in enumerate(pairs)],
    ).document  # fmt: skip
    f = [s.id for s in store.segments(fr.id)]
    e = [s.id for s in store.segments(en.id)]
    drafts = [
        BeadDraft((f[i],), (e[i],), fr_text, en_text, 0.9, Status.AUTO, origin)
        for i, (en_text, fr_text) in enumerate(pairs)
    ]
    drafts.append(
        BeadDraft((), (), "Une phrase traduite.", "A translated sentence.", 0.0, Status.DRAFT,
                  "mt:apertium:fr-es")
    )  # fmt: skip
    store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(en.id, 1), fr_lang="fr", cp_lang="en",
        aligner="test", beads=drafts,
    )  # fmt: skip
    return store


def test_qa_finds_the_issues_a_translator_would(aligned: Store) -> None:
    found = {(i.position, str(i.issue.kind)) for i in qa_document(aligned, "doc", "en")}
    assert (1, "numbers") in found
    assert (2, "brackets") in found
    assert (3, "identical") in found
    assert not any(position == 0 for position, _ in found)


def test_qa_reads_each_sides_numbers_in_its_language(store: Store) -> None:
    # newcomer17: "missing in the target: 35, 57" for a bead holding 3.5 and 5.7, and no
    # word on an English draft that kept the French "5,7".
    pairs = [
        ("Costs: 3.5 and 5.7 million.", "Coûts\u00a0: 3,5 et 5,7 millions."),
        ("Prices rose by 5,7 %.", "Les prix ont augmenté de 5,7 %."),
    ]
    found = [
        (i.position, i.issue.message) for i in qa_document(_aligned(store, pairs), "doc", "en")
    ]
    assert found == [(1, "en writes 5,7 with a decimal comma: English writes 5.7")]


@pytest.mark.parametrize(
    ("origin", "severity"),
    [("auto:test", "info"), ("mt:apertium:fr-es+spa-eng", "warning"), (POST_EDIT, "info")],
)
def test_a_renamed_person_is_a_warning_in_a_machine_draft_only(
    store: Store, origin: str, severity: str
) -> None:
    # newcomer23: Apertium wrote "Julie Trader" for "Julie Marchand", and QA said `info`, as
    # for a translator's choice (names do change across languages). newcomer32: "only in the
    # source: Endowed" named the English draft "source"; each side is named by its language.
    aligned = _aligned(store, [("He saw Julie Trader.", "Il a vu Julie Marchand.")], origin)
    found = [
        (str(i.issue.kind), str(i.issue.severity), i.issue.message)
        for i in qa_document(aligned, "doc", "en")
    ]
    english = "the MT draft (en)" if severity == "warning" else "en"
    assert found == [
        ("names", severity, f"only in {english}: Trader"),
        ("names", severity, "only in fr: Marchand"),
    ]


def test_machine_translations_are_not_references(aligned: Store) -> None:
    assert [b.position for b in human_pairs(aligned, "doc", "en")] == [0, 1, 2, 3]


def test_qa_from_the_command_line_as_json(aligned: Store) -> None:
    db = aligned.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(app, ["qa", "doc", "--to", "en", "--db", db, "-f", "json"])
    assert result.exit_code == 3, result.output  # a `numbers` error: a reviewer must look
    rows = json.loads(result.output)
    assert {"bead", "kind", "severity", "message", "source", "target"} <= set(rows[0])
    assert any(r["bead"] == 2 and r["kind"] == "numbers" for r in rows)
    # each side named by its language (newcomer32): the rows' source is the English
    said = {r["bead"]: r["message"] for r in rows if r["kind"] in ("numbers", "identical")}
    assert said == {2: "numbers differ (only in en: 4; only in fr: 5)", 4: "fr is the same as en"}
    assert next(r for r in rows if r["bead"] == 2)["source"] == "They talked for 4 hours."


def test_qa_help_says_which_side_is_which() -> None:
    shown = " ".join(CliRunner().invoke(app, ["qa", "--help"]).output.split())
    assert 'Each message names a side by its language: "only in en: Lille" is in the ' in shown
    assert '"source" is the counterpart, "target" the French.' in shown


def test_score_doc_compares_two_real_engines_with_a_paired_bootstrap(
    store: Store, tmp_path_factory: pytest.TempPathFactory, tmp_path: object
) -> None:
    import shutil
    from pathlib import Path

    from tests.mt_fixtures import install, tiny_packages
    from workbench.pipeline.mt import translator_for
    from workbench.pipeline.quality import score_document

    if shutil.which("apertium") is None:
        pytest.skip("needs Debian packages apertium and apertium-fr-es")
    models = install(tiny_packages(tmp_path_factory), Path(str(tmp_path)) / "m", "fr-es")
    pairs = [("le chat noir mange.", "el gato negro come."), ("la guerre.", "la guerra."),
             ("le chien blanc et le chat.", "el perro blanco y el gato.")]  # fmt: skip
    fr = store.store_file(
        name="d", path="/c/d.txt", lang="fr", encoding="utf-8", sha256="d" * 64, size=1,
        sentences=[Sentence(f, Kind.BODY, "fr", i) for i, (f, _) in enumerate(pairs)],
    ).document  # fmt: skip
    ids = [s.id for s in store.segments(fr.id)]
    store.save_alignment(
        doc_id=fr.id, version=1, counterpart=None, fr_lang="fr", cp_lang="es", aligner="t",
        beads=[BeadDraft((ids[i],), (), f, e, 1.0, Status.CONFIRMED, "human")
               for i, (f, e) in enumerate(pairs)],
    )  # fmt: skip
    engines = [translator_for("fr", "es", e, store, models) for e in ("argos", "apertium")]
    scores = score_document(store, "d", "es", engines)
    assert scores.segments == 3
    assert [e.engine for e in scores.engines] == ["argos", "apertium"]
    bleu = scores.metrics(0)[0]
    assert bleu.name == "BLEU" and bleu.signature.startswith("nrefs:1|case:mixed")
    assert {p.name for p in scores.paired} == {"BLEU", "chrF2", "TER"}
    assert len(scores.engines[0].report.segments) == 3
