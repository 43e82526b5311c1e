"""A post-edited MT draft is a reviewer's work: every path protects it as a reviewed bead.

`workbench fill` drafts a French sentence with no counterpart; a reviewer who
edits that draft's text has translated the sentence. Before session 12 the
bead kept origin ``mt:…`` and status ``draft``, exactly as a raw fill: aligning
with another original replaced it, a new version of the file left it behind,
a re-alignment that paired its French dropped it ("1 MT draft was dropped"),
and the default export left it out as "MT nobody post-edited". Each test here
failed before the fix; every one runs on SQLite and PostgreSQL, with real
Apertium drafts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_review import ES, FR
from tests.xliff_schemas import schema_errors
from workbench import review
from workbench.formats.units import ExportOptions, SkipReason
from workbench.model import POST_EDIT, BeadDraft, Kind, Sentence, Status, StoredBead
from workbench.pipeline.alignment import align_document, apply, realign_unconfirmed
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.mt import fill_document
from workbench.store import Store

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)

BENS = "Hablaron durante cuatro horas."  # ben's post-edit of the draft of FR[1]


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _store_texts(store: Store, fr: list[str], sha: str = "a") -> tuple[int, int]:
    french = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256=sha * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(fr)],
    ).document  # fmt: skip
    spanish = store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)],
        original_of=french.id,
    ).document  # fmt: skip
    return french.id, spanish.id


def post_edited(store: Store) -> int:
    """An alignment whose bead 2 is ben's post-edit of Apertium's draft of FR[1].

    The (wrong) alignment left FR[1] and its true counterpart ES[1] apart, FR[1]
    and FR[3] as gaps; `workbench fill` drafted both gaps, ben post-edited bead 2
    and left bead 6 (FR[3]'s draft) as the engine wrote it.
    """
    fr_id, es_id = _store_texts(store, FR)
    f = [s.id for s in store.segments(fr_id)]
    e = [s.id for s in store.segments(es_id)]
    pairs = [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,)), ((3,), ()), ((4,), (3,))]
    drafts = [
        BeadDraft(tuple(f[i] for i in a), tuple(e[j] for j in b),
                  " ".join(FR[i] for i in a), " ".join(ES[j] for j in b),
                  0.9, Status.AUTO, "auto:test")
        for a, b in pairs
    ]  # fmt: skip
    aid = store.save_alignment(
        doc_id=fr_id, version=1, counterpart=(es_id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    ).id  # fmt: skip
    assert fill_document(store, "fr", "es", engine="apertium", estimate=False).filled == 2
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", BENS, "ben"), "ben")
    return aid


def _bens(beads: list[StoredBead]) -> list[tuple[str, str, str | None]]:
    return [(b.fr_text, b.cp_text, b.reviewer) for b in beads if b.cp_text == BENS]


def test_a_post_edit_is_no_longer_an_mt_draft_and_keeps_its_engine(store: Store) -> None:
    aid = post_edited(store)
    bead, raw = store.beads(aid)[1], store.beads(aid)[4]
    assert raw.status is Status.DRAFT and raw.origin.startswith("mt:apertium")
    assert review.reviewed(bead) and not review.reviewed(raw)
    assert bead.status is Status.AUTO and bead.origin == POST_EDIT + raw.origin
    assert (bead.cp_text, bead.reviewer, bead.score) == (BENS, "ben", None)


def test_undo_and_redo_of_a_post_edit_give_the_draft_then_the_post_edit_back(
    store: Store,
) -> None:
    """Undo gives back the engine's draft as it was; redo gives back ben's post-edit as
    a post-edit (reviewed, kept by `align`), not as a draft with his text in it."""
    aid = post_edited(store)
    raw = store.beads(aid)[4]
    store.undo(aid, "ben", by="ben")
    draft = store.beads(aid)[1]
    assert (draft.origin, draft.status, review.reviewed(draft)) == (raw.origin, Status.DRAFT, False)
    store.redo(aid, "ben", by="ben")
    again = store.beads(aid)[1]
    assert (again.cp_text, again.origin, again.status) == (BENS, POST_EDIT + raw.origin,
                                                           Status.AUTO)  # fmt: skip
    align_document(store, "fr", "es")
    assert _bens(store.beads(aid)) == [(FR[1], BENS, "ben")]


def test_another_original_linked_since_leaves_a_post_edit_where_it_is(store: Store) -> None:
    """A plain `align` aligns again with the original it is aligned with, even when another
    is linked since (newcomer36: it took the one stored last); `align --original` with
    another file is refused over reviewed beads (tests/test_pipeline_align.py)."""
    aid = post_edited(store)
    store.store_file(
        name="es2", path="/c/es2.txt", lang="es", encoding="utf-8", sha256="e" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)],
        original_of=store.document("fr").id,
    )  # fmt: skip
    report = align_document(store, "fr", "es")
    assert report.alignment.id == aid
    assert report.alignment.counterpart_doc_id == store.document("es").id
    assert _bens(store.beads(aid)) == [(FR[1], BENS, "ben")]


def test_aligning_again_keeps_a_post_edit_the_aligner_would_pair(store: Store) -> None:
    """The aligner pairs FR[1] with ES[1]: the raw draft would rightly give way, but
    ben's translation is his word and stays, as a confirmed bead would."""
    aid = post_edited(store)
    report = align_document(store, "fr", "es")
    assert report.alignment.id == aid and report.warnings == ()
    assert _bens(store.beads(aid)) == [(FR[1], BENS, "ben")]


def test_the_apps_realign_keeps_a_post_edit(store: Store) -> None:
    aid = post_edited(store)
    realign_unconfirmed(store, aid, store.beads(aid), actor="ana")
    assert _bens(store.beads(aid)) == [(FR[1], BENS, "ben")]


def test_a_new_version_of_the_file_carries_a_post_edit_over(store: Store) -> None:
    post_edited(store)
    _store_texts(store, [*FR, "Une phrase ajoutée par la rédaction."], sha="c")
    report = align_document(store, "fr", "es")
    assert report.alignment.version == 2
    assert _bens(store.beads(report.alignment.id)) == [(FR[1], BENS, "ben")]
    # Raw drafts follow their gaps into the new version (session 15); FR[3]'s gap is gone
    # (the aligner pairs it now), and the warning says so; ben's post-edit is not counted.
    assert [w.split(":")[0] for w in report.warnings] == [
        "1 MT draft of an earlier version was not carried over"
    ]


@pytest.mark.parametrize(
    ("fmt", "says"),
    [
        ("tmx", '<prop type="x-origin">post-edited machine translation</prop>'),
        ("xliff12", 'state="translated" state-qualifier="leveraged-mt"'),
        ("xliff21", '<segment state="translated" subState="workbench:auto">'),
    ],
)
def test_the_default_export_writes_a_post_edit_as_a_human_translation_from_mt(
    store: Store, tmp_path: Path, fmt: str, says: str
) -> None:
    """MT nobody post-edited is left out by default (and a TM would take it for a human
    translation otherwise); a post-edit is a reviewer's translation derived from MT:
    XLIFF 1.2 ``leveraged-mt``, not ``mt-suggestion``; TMX names it in ``x-origin``. An
    XLIFF's source is the original's text, which the post-edit is not (leftovers22): it
    goes French first, as the target, and is left out and counted the other way round."""
    post_edited(store)
    path = tmp_path / f"out.{fmt}"
    report = export_documents(store, ["fr"], "es", fmt, path)
    if fmt.startswith("xliff"):
        # ben's post-edit and FR[3]'s raw draft: both drafts as the source, not originals
        assert report.skipped_for(SkipReason.MACHINE_SOURCE) == 2
        assert BENS not in path.read_text(encoding="utf-8")
        export_documents(store, ["fr"], "es", fmt, path, ExportOptions(french_source=True))
    written = path.read_text(encoding="utf-8")
    assert BENS in written and says in written
    assert "El Kremlin" not in written.replace("Kremlin est", "")  # FR[3]'s raw draft
    if fmt.startswith("xliff"):  # leveraged-mt is one of 1.2's own state-qualifiers
        assert schema_errors(path, {"xliff12": "1.2", "xliff21": "2.1"}[fmt]) == []


def test_fill_leaves_a_post_edit_erased_to_nothing_alone(store: Store) -> None:
    """Ben erased the draft (it was wrong, and he will translate later): a new fill
    would put the engine's text back over his edit."""
    aid = post_edited(store)
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", "", "ben"), "ben")
    fill_document(store, "fr", "es", engine="apertium", estimate=False)
    bead = store.beads(aid)[1]
    assert (bead.cp_text, bead.reviewer) == ("", "ben")
