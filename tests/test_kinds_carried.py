"""A reviewer's change of kind is review work: it follows the file into its new version.

newcomer15 gave a debris line back to the text (`workbench restore`), drafted it
with `fill`, then changed one sentence of the file: in version 2 the line was
debris again, its bead and draft gone, and nothing said so. Every test runs on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import needs_apertium
from workbench import pipeline
from workbench.cli import app
from workbench.model import Kind, Status
from workbench.pipeline.alignment import align_document, alignment_for
from workbench.pipeline.debris import set_segment_kinds
from workbench.store import Store

CREDIT = "Traduit de l'anglais par l'équipe de Terre et Climat."
STORY_FR = [
    "Le conseil municipal a voté mardi un nouveau plan contre les crues.",
    "Les digues du fleuve seront relevées d'un mètre avant l'hiver prochain.",
    "Les habitants des quartiers bas seront prévenus par un message sur leur téléphone.",
    "Le maire a dit que les travaux coûteraient près de deux millions d'euros.",
    "Une réunion publique aura lieu le quinze janvier à la mairie.",
]
STORY_ES = [
    "El consejo municipal votó el martes un nuevo plan contra las inundaciones.",
    "Los diques del río se elevarán un metro antes del próximo invierno.",
    "Los vecinos de los barrios bajos serán avisados con un mensaje en su teléfono.",
    "El alcalde dijo que las obras costarían cerca de dos millones de euros.",
    "Una reunión pública tendrá lugar el quince de enero en el ayuntamiento.",
]
CHANGED = "Une réunion publique se tiendra le seize janvier à la mairie."


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _page(tmp_path: Path, story: list[str]) -> Path:
    page = tmp_path / "crues.txt"
    page.write_text("\n".join([*story, CREDIT]), encoding="utf-8")
    return page


def _aligned(store: Store, tmp_path: Path) -> Path:
    """The French page (its credit line classed as debris) aligned with its Spanish original."""
    original = tmp_path / "crues-es.txt"
    original.write_text("\n".join(STORY_ES), encoding="utf-8")
    page = _page(tmp_path, STORY_FR)
    pipeline.ingest_paths(store, [page])
    align_document(store, "crues", "es", original_path=original)
    return page


def _credit(store: Store) -> tuple[int, Kind]:
    [credit] = [s for s in store.segments("crues") if s.text == CREDIT]
    return credit.id, credit.kind


def _new_version(store: Store, page: Path) -> pipeline.FileResult:
    page.write_text("\n".join([*STORY_FR[:-1], CHANGED, CREDIT]), encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [page]).files
    assert result.status == "updated"
    return result


@needs_apertium
def test_a_line_given_back_to_the_text_and_drafted_stays_so_in_the_changed_file(
    store: Store, tmp_path: Path
) -> None:
    from workbench.pipeline.mt import fill_document

    page = _aligned(store, tmp_path)
    credit, kind = _credit(store)
    assert kind is Kind.BOILERPLATE  # the premise: the classifier calls it debris
    set_segment_kinds(store, "crues", [credit], Kind.BODY, actor="ana")
    fill_document(store, "crues", "es", engine="apertium", estimate=False)
    [draft] = [b for b in store.beads(alignment_for(store, "crues", "es").id) if b.fr == (credit,)]
    assert draft.status is Status.DRAFT and draft.cp_text

    result = _new_version(store, page)
    report = align_document(store, "crues", "es")

    now, kind = _credit(store)
    assert kind is Kind.BODY  # on main: boilerplate again
    newest = store.kind_changes(store.document("crues").id)[0]
    assert (newest.actor, newest.version, newest.kind) == ("ana", 2, Kind.BODY)
    assert result.warning is None
    [bead] = [b for b in store.beads(report.alignment.id) if now in b.fr]
    assert (bead.fr, bead.cp, bead.cp_text, bead.origin, bead.status) == (
        (now,), (), draft.cp_text, draft.origin, Status.DRAFT
    )  # fmt: skip
    assert report.warnings == ()


def test_a_kind_whose_sentence_the_file_changed_is_named_and_stays_in_the_earlier_version(
    store: Store, tmp_path: Path
) -> None:
    page = _aligned(store, tmp_path)
    [last] = [s for s in store.segments("crues") if s.text == STORY_FR[-1]]
    credit, _ = _credit(store)
    set_segment_kinds(store, "crues", [last.id], Kind.HEADING, actor="ben")
    set_segment_kinds(store, "crues", [credit], Kind.BODY, actor="ana")

    result = _new_version(store, page)

    assert result.warning == (
        "crues: 1 segment whose kind a reviewer changed in version 1 is not in version 2; "
        "see them with `workbench segments crues --version 1` and mark the new ones again"
    )
    assert _credit(store)[1] is Kind.BODY  # the other change is carried
    kinds = {s.id: s.kind for s in store.segments("crues", 1)}
    assert kinds[last.id] is Kind.HEADING  # version 1 as ben left it


def test_restore_on_the_command_line_is_signed_and_carried_into_the_next_version(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "w.db")
    store = Store.open(db)
    page = _aligned(store, tmp_path)
    credit, _ = _credit(store)
    store.close()
    runner = CliRunner()
    args = ["restore", "crues", str(credit), "--encoder", "none", "--db", db]

    unsigned = runner.invoke(app, args)
    assert unsigned.exit_code == 2  # a missing --reviewer: a usage error
    assert "a change of kind is signed: give your name with --reviewer NAME" in unsigned.output
    signed = runner.invoke(app, [*args, "--reviewer", "claire"])
    assert signed.exit_code == 0, signed.output
    # the alignment aligned again is named by its two documents (newcomer 15b read
    # "alignment 1 (en)" after restoring a line of the English original)
    assert " of crues with crues-es aligned again: " in signed.output

    store = Store.open(db)
    try:
        _new_version(store, page)
        assert _credit(store)[1] is Kind.BODY
        [carried, given] = store.kind_changes(store.document("crues").id)
        assert (carried.actor, carried.version) == ("claire", 2)
        assert (given.actor, given.version) == ("claire", 1)
    finally:
        store.close()


# --- reviewed captions and the whole page's original (newcomer15 #6) ---------------

PAGE = [
    ("La feria abrió ses portes samedi à Valence.", Kind.HEADING, "fr"),
    ("Des milliers de visiteurs sont venus dès le matin.", Kind.BODY, "fr"),
    ("Les exposants ont présenté des machines agricoles.", Kind.BODY, "fr"),
    ("Légende : la foule devant les stands.", Kind.CAPTION, "fr"),
    ("Pie de foto: la multitud ante los puestos.", Kind.CAPTION, "es"),
    ("La feria ferme ses portes dimanche soir.", Kind.BODY, "fr"),
]
ORIGINAL_ES = [
    "La feria abrió sus puertas el sábado en Valencia.",
    "Miles de visitantes llegaron desde la mañana.",
    "Los expositores presentaron maquinaria agrícola.",
    "Pie de foto: la multitud ante los puestos.",
    "La feria cierra sus puertas el domingo por la noche.",
]


def _captions_confirmed(store: Store) -> tuple[int, int, int]:
    """The French page aligned with the Spanish captions inside it, the caption's bead
    confirmed by ana; (document id, that bead's French segment, its number)."""
    from workbench import review
    from workbench.model import Sentence
    from workbench.pipeline.alignment import apply

    fr = store.store_file(
        name="feria", path="/c/feria.fr.html", lang="fr", encoding="utf-8", sha256="a" * 64,
        size=1, sentences=[Sentence(t, k, lang, i) for i, (t, k, lang) in enumerate(PAGE)],
    ).document  # fmt: skip
    alignment = align_document(store, fr.id, "es").alignment.id
    beads = store.beads(alignment)
    [at] = [i for i, b in enumerate(beads) if b.cp]
    apply(store, alignment, review.confirm(beads, at, "ana"), "ana")
    return fr.id, beads[at].fr[0], at + 1


def _original(store: Store, doc: int, texts: list[str]) -> None:
    from workbench.model import Sentence

    store.store_file(
        name="feria.es", path="/c/feria.es.html", lang="es", encoding="utf-8", sha256="b" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(texts)],
        original_of=doc,
    )  # fmt: skip


def test_reviewed_caption_beads_move_onto_the_whole_page_original(store: Store) -> None:
    doc, caption_fr, _ = _captions_confirmed(store)
    _original(store, doc, ORIGINAL_ES)

    report = align_document(store, doc, "es")  # on main: "already aligned with another original"

    beads = store.beads(report.alignment.id)
    [caption] = [b for b in beads if caption_fr in b.fr]
    original = store.document("feria.es")
    [es] = [s.id for s in store.segments(original.id) if s.text.startswith("Pie de foto")]
    assert (caption.cp, caption.status, caption.reviewer) == ((es,), Status.CONFIRMED, "ana")
    assert report.alignment.counterpart_doc_id == original.id
    assert report.pairs == len(ORIGINAL_ES)  # the rest of the page is aligned with the original


def test_a_reviewed_caption_the_original_lacks_is_refused_by_a_true_message(
    store: Store,
) -> None:
    from workbench.model import InputError

    doc, _, number = _captions_confirmed(store)
    before = store.beads(alignment_for(store, doc, "es").id)
    _original(store, doc, [t for t in ORIGINAL_ES if not t.startswith("Pie de foto")])

    with pytest.raises(InputError) as refused:
        align_document(store, doc, "es")

    assert str(refused.value) == (
        "feria: 1 reviewed bead of its alignment with the es captions inside the page "
        f"(bead {number}, by ana) has no sentences that read the same in feria.es, and aligning "
        "with it would replace them; nothing was changed: export them (`workbench export "
        "feria --to es`), undo those reviews on the app's Review page, then align again"
    )
    assert store.beads(alignment_for(store, doc, "es").id) == before


# --- one original for two translations of one name (newcomer15 #10) ------------------

KITCHEN_FR = ["Passe-moi le sel, s'il te plaît.", "Le dîner sera prêt dans dix minutes."]
KITCHEN_EN = ["Pass me the salt, please.", "Dinner will be ready in ten minutes."]


def _namesakes(tmp_path: Path) -> tuple[list[Path], Path]:
    """Two French files of one name (a .srt and a .vtt of one scene) and their original."""
    paths = []
    for folder, cut in (("srt", "\n"), ("vtt", " ")):  # cut otherwise: two documents
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "kitchen.fr.txt"
        path.write_text(cut.join(KITCHEN_FR), encoding="utf-8")
        paths.append(path)
    original = tmp_path / "kitchen.en.txt"
    original.write_text("\n".join(KITCHEN_EN), encoding="utf-8")
    return paths, original


def test_the_second_translation_of_one_original_is_aligned_again_without_naming_it(
    store: Store, tmp_path: Path
) -> None:
    paths, original = _namesakes(tmp_path)
    pipeline.ingest_paths(store, paths)
    first, second = (d.id for d in store.documents())
    align_document(store, first, "en", original_path=original)
    align_document(store, second, "en", original_path=original)  # linked to the first still

    report = align_document(store, second, "en")  # on main: "holds no en sentences"

    assert report.alignment.counterpart_doc_id == store.document("kitchen.en").id
    assert report.pairs == len(KITCHEN_FR)


def test_the_command_an_error_suggests_names_a_shared_name_by_its_id(
    store: Store, tmp_path: Path
) -> None:
    from workbench.model import InputError

    paths, _ = _namesakes(tmp_path)
    pipeline.ingest_paths(store, paths)
    second = store.documents()[1].id

    with pytest.raises(InputError) as refused:
        align_document(store, second, "en")

    assert str(refused.value) == (
        f"kitchen.fr holds no en sentences: give its original with "
        f"`workbench align {second} --to en --original FILE`"
    )


# --- undo on a new version (newcomer15 #14) ------------------------------------------


def test_undo_on_a_new_version_says_why_the_carried_review_is_out_of_its_reach(
    store: Store, tmp_path: Path
) -> None:
    """Undo walks back a reviewer's edits on one alignment; a file's new version is a new
    alignment, whose beads `align` carried over. Undo there said only "nothing to undo",
    with claire's confirmation in plain sight."""
    from tests.test_app_editor import context
    from workbench.ui import editor

    page = _aligned(store, tmp_path)
    first = alignment_for(store, "crues", "es").id
    bead = store.beads(first)[0]
    confirm = {"client": "c1", "seq": 1, "action": "confirm", "pos": 0, "id": bead.id,
               "seen": [[bead.id, bead.version]]}  # fmt: skip
    assert editor.perform(confirm, context(store, first, "claire")).ok
    _new_version(store, page)
    second = align_document(store, "crues", "es").alignment.id

    undo = editor.perform(
        {"client": "c1", "seq": 2, "action": "undo"}, context(store, second, "claire")
    )

    assert not undo.ok
    assert undo.message == (
        "Undo: nothing to undo by claire on this alignment; bead 1, reviewed by you on the "
        "file's earlier version, came over as you left it, and undo does not reach back "
        "across versions: edit or reject it here."
    )
    assert store.beads(second)[0].status is Status.CONFIRMED
