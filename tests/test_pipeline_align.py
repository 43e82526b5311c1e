"""Aligning stored documents: in-document captions, separate originals, kept confirmations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS
from workbench import pipeline
from workbench.model import InputError, Kind, NotFoundError, Status
from workbench.pipeline.alignment import AlignReport, align_document, alignment_for, apply
from workbench.pipeline.bead_drafts import dropped_drafts_note
from workbench.review import confirm, edit_text, merge, reject
from workbench.store import Store

DOC_004 = "004_c5001f9aa01043f8"

CAPTION_PAIRS = [
    ("El presidente de Rusia, Vladimir Putin", "Le président russe Vladimir Poutine et"),
    ("El líder norcoreano Kim Jong Un (d)", "Le dirigeant nord-coréen Kim Jong Un (à droite)"),
    ("El líder de Corea del Norte, Kim Jong Un, le", "Le dirigeant nord-coréen Kim Jong Un serre"),
    ("El presidente ruso Vladimir Putin aterrizó", "Le président russe Vladimir Poutine a atterri"),
    ("En esta foto de archivo tomada el 30", "Sur cette photo d'archives prise le 30 juin"),
]


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


@pytest.fixture
def store_004(store: Store) -> Store:
    pipeline.ingest_paths(store, [CORPUS / f"{DOC_004}.txt"])
    return store


def test_the_five_spanish_captions_find_their_french_captions_and_nothing_else(
    store_004: Store,
) -> None:
    report = align_document(store_004, DOC_004, "es")
    beads = store_004.beads(report.alignment.id)
    pairs = [(b.cp_text, b.fr_text) for b in beads if b.cp and b.fr]
    assert len(pairs) == 5
    for (es, fr), (es_start, fr_start) in zip(pairs, CAPTION_PAIRS, strict=True):
        assert es.startswith(es_start) and fr.startswith(fr_start)
    assert report.unaligned_cp == 0
    assert all(b.status is Status.AUTO for b in beads)
    assert all(b.origin == "auto:workbench" for b in beads)
    assert all(not b.cp for b in beads if not b.cp_text)  # 1-0 beads have no invented text


# A small French page (heading, body, a French caption after its Spanish original) with
# two Spanish captions: too few sentences for the sizes alone to say "captions".
MARKET_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Marché</title>
</head><body><h1>Le marché couvert de Valence rouvre ses portes</h1>
<p>Après deux ans de travaux, le marché couvert a rouvert samedi matin. Des centaines
d'habitants attendaient devant les grilles dès sept heures.</p>
<figure><img src="a.jpg"><figcaption>Pie de foto: Los vecinos esperan la apertura del
mercado.</figcaption></figure>
<p>Les habitants attendent l'ouverture du marché.</p>
<p>Les étals de fruits ont été les premiers pris d'assaut. Le maire a promis que les loyers
des commerçants resteraient stables pendant trois ans.</p>
<figure><img src="b.jpg"><figcaption>Pie de foto: Una vendedora coloca naranjas en su
puesto.</figcaption></figure>
<p>Une vendeuse dispose des oranges sur son étal.</p>
<p>La rénovation a coûté neuf millions d'euros, financés en partie par l'Union européenne.</p>
</body></html>
"""


def test_captions_in_a_short_page_are_paired_one_to_one_and_nothing_else(
    store: Store, tmp_path: Path
) -> None:
    """Inside a page, the other language's lines are captions, whatever the page's size.

    Judged from the sizes alone (8 sentences against 2), this page looked like a
    translation: its heading, two body sentences and the French caption were
    glued to the first Spanish caption in one 4-1 bead.
    """
    page = tmp_path / "marche.html"
    page.write_text(MARKET_PAGE, "utf-8")
    pipeline.ingest_paths(store, [page])
    report = align_document(store, "marche", "es")
    pairs = [(b.fr_text, b.cp_text) for b in store.beads(report.alignment.id) if b.cp]
    assert [(fr.split()[:2], es.split()[-2:]) for fr, es in pairs] == [
        (["Les", "habitants"], ["del", "mercado."]),
        (["Une", "vendeuse"], ["su", "puesto."]),
    ]
    assert (report.pairs, report.unaligned_cp) == (2, 0)


# A caption that keeps the Spanish original, its credit and the French translation in one
# element, on two lines, as translated pages often do (the newcomer pass's fiesta page).
FIESTA_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fallas</title>
</head><body><h1>Valence brûle ses Fallas sous un ciel de printemps</h1>
<p>Les Fallas de Valence se sont achevées dimanche soir. Plus d'un million de visiteurs ont
assisté aux cinq jours de fête.</p>
<figure><img src="2.jpg" alt=""><figcaption>Miles de falleras vestidas con el traje tradicional
desfilan hacia la Virgen de los Desamparados. (Foto: Biel Aliño)
Des milliers de falleras en costume traditionnel défilent vers la Vierge des
Abandonnés.</figcaption></figure>
<p>L'Offrande de fleurs reste le moment le plus émouvant. Pendant deux jours, les falleras
déposent des bouquets qui forment peu à peu le manteau d'une statue de quinze mètres.</p>
<p>Les commerçants se réjouissent. Les hôtels affichaient complet dès le 15 mars.</p>
</body></html>
"""


def test_a_caption_holding_its_translation_is_two_captions_and_the_next_paragraph_is_body(
    store: Store, tmp_path: Path
) -> None:
    """Read as one Spanish block, the caption's French line was a Spanish sentence, the
    paragraph after it was taken for the caption's translation, and the Spanish caption
    paired nothing (or the wrong French line)."""
    page = tmp_path / "fiesta.html"
    page.write_text(FIESTA_PAGE, "utf-8")
    pipeline.ingest_paths(store, [page])
    seen = [(s.kind, s.lang, " ".join(s.text.split()[:2])) for s in store.segments("fiesta")]
    assert seen[3:7] == [
        (Kind.CAPTION, "es", "Miles de"),
        (Kind.BOILERPLATE, "es", "(Foto: Biel"),  # the credit: debris of its own
        (Kind.CAPTION, "fr", "Des milliers"),
        (Kind.BODY, "fr", "L'Offrande de"),
    ]
    report = align_document(store, "fiesta", "es")
    pairs = [(b.fr_text, b.cp_text) for b in store.beads(report.alignment.id) if b.cp and b.fr]
    assert [(fr.split()[:2], es.split()[:2]) for fr, es in pairs] == [
        (["Des", "milliers"], ["Miles", "de"])
    ]
    assert report.unaligned_cp == 0  # the credit is debris: out of the alignment


def test_every_french_sentence_outside_boilerplate_is_in_exactly_one_bead(store_004: Store) -> None:
    report = align_document(store_004, DOC_004, "es")
    fr_ids = [i for b in store_004.beads(report.alignment.id) for i in b.fr]
    segments = store_004.segments(DOC_004)
    expected = [s.id for s in segments if s.lang == "fr" and s.kind is not Kind.BOILERPLATE]
    assert fr_ids == expected


def test_aligning_again_keeps_confirmed_beads(store_004: Store) -> None:
    first = align_document(store_004, DOC_004, "es")
    beads = store_004.beads(first.alignment.id)
    chosen = next(i for i, b in enumerate(beads) if b.cp)
    apply(store_004, first.alignment.id, confirm(beads, chosen, "ana"), "ana")
    again = align_document(store_004, DOC_004, "es")
    assert again.alignment.id == first.alignment.id
    assert again.kept_confirmed == 1
    kept = [b for b in store_004.beads(again.alignment.id) if b.status is Status.CONFIRMED]
    assert [(b.fr, b.cp, b.reviewer) for b in kept] == [(beads[chosen].fr, beads[chosen].cp, "ana")]


def test_aligning_again_with_nothing_changed_keeps_the_revision_and_the_bead_versions(
    store_004: Store,
) -> None:
    """newcomer18: two nightly `align` runs on an unchanged document moved the revision
    31 → 53, so a CLI reviewer's `confirm … --seen 31` was refused after every night."""
    first = align_document(store_004, DOC_004, "es").alignment.id
    beads = store_004.beads(first)
    apply(
        store_004, first, confirm(beads, next(i for i, b in enumerate(beads) if b.cp), "ana"), "ana"
    )
    seen = store_004.revision(first)
    versions = [(b.id, b.version) for b in store_004.beads(first)]

    align_document(store_004, DOC_004, "es")
    align_document(store_004, DOC_004, "es")

    assert store_004.revision(first) == seen  # on main: two align events later
    assert [(b.id, b.version) for b in store_004.beads(first)] == versions


def test_aligning_again_keeps_a_rejection(store_004: Store) -> None:
    """The newcomer pass: `workbench reject` then `workbench align` (or `restore`, which
    aligns again) gave the same pair back as ``auto``, the reviewer's word and name gone."""
    first = align_document(store_004, DOC_004, "es")
    beads = store_004.beads(first.alignment.id)
    chosen = next(i for i, b in enumerate(beads) if b.cp and b.fr)
    apply(store_004, first.alignment.id, reject(beads, chosen, "ana"), "ana")
    align_document(store_004, DOC_004, "es")
    after = store_004.beads(first.alignment.id)
    assert [(b.fr, b.cp, b.status, b.reviewer) for b in after if b.status is Status.REJECTED] == [
        (beads[chosen].fr, beads[chosen].cp, Status.REJECTED, "ana")
    ]


def test_aligning_again_keeps_a_reviewers_unconfirmed_corrections(store_004: Store) -> None:
    """A text correction and a merge are the reviewer's work before they confirm them."""
    first = align_document(store_004, DOC_004, "es")
    beads = store_004.beads(first.alignment.id)
    pair = next(i for i, b in enumerate(beads) if b.cp)
    correction = edit_text(beads, pair, "cp", "Texto corregido.", "ana")
    apply(store_004, first.alignment.id, correction, "ana")
    after = store_004.beads(first.alignment.id)
    lone = next(i for i, b in enumerate(after) if not b.cp and i + 1 < len(after))
    apply(store_004, first.alignment.id, merge(after, lone, "ben"), "ben")
    before = [b for b in store_004.beads(first.alignment.id) if b.origin == "human"]
    assert len(before) == 2
    again = align_document(store_004, DOC_004, "es")
    now = store_004.beads(again.alignment.id)
    assert [(b.fr, b.cp, b.fr_text, b.cp_text, b.reviewer) for b in before] == [
        (b.fr, b.cp, b.fr_text, b.cp_text, b.reviewer) for b in now if b.origin == "human"
    ]


@pytest.mark.parametrize("ingested_first", [False, True], ids=["new", "ingested-before"])
def test_a_separate_original_is_ingested_linked_and_aligned(
    store: Store, tmp_path: Path, ingested_first: bool
) -> None:
    french = tmp_path / "article.txt"
    french.write_text(
        "Le président a visité Pékin mercredi. Il a rencontré Xi Jinping.\n"
        "Les deux dirigeants ont signé trois accords commerciaux.\n",
        encoding="utf-8",
    )
    original = tmp_path / "article.en.txt"
    original.write_text(
        "The president visited Beijing on Wednesday. He met Xi Jinping.\n"
        "The two leaders signed three trade agreements.\n",
        encoding="utf-8",
    )
    pipeline.ingest_paths(store, [french, original] if ingested_first else [french])
    report = align_document(store, "article", "en", original_path=original)
    assert report.pairs == 3
    linked = store.document("article.en")
    assert linked.original_of == store.document("article").id
    beads = store.beads(report.alignment.id)
    assert [b.cp_text for b in beads][2] == "The two leaders signed three trade agreements."
    # Later runs find the linked original without --original.
    assert align_document(store, "article", "en").alignment.id == report.alignment.id


def test_another_file_as_the_original_of_reviewed_beads_is_refused_before_it_is_stored(
    store: Store, tmp_path: Path
) -> None:
    """newcomer33: the client sent the English original again, corrected, as another file; `align
    --original` refused to replace the reviewed beads, exit 1, but had stored the file as
    a second original of the same name, and every plain `align` then refused too. Now the
    file is refused before it is read, and the refusal names the way: a new version of the
    original, whose reviews `align` carries over."""
    french = tmp_path / "article.txt"
    french.write_text("Le président a visité Pékin mercredi.\nIl a signé trois accords.\n", "utf-8")
    original = tmp_path / "article.en.txt"
    original.write_text("The president visited Beijing on Wednesday.\nHe signed three deals.\n",
                        "utf-8")  # fmt: skip
    pipeline.ingest_paths(store, [french])
    aid = align_document(store, "article", "en", original_path=original).alignment.id
    apply(store, aid, confirm(store.beads(aid), 0, "ana"), "ana")
    again = tmp_path / "from-the-client" / "article.en.txt"
    again.parent.mkdir()
    again.write_text(original.read_text("utf-8").replace("deals", "trade deals"), "utf-8")
    documents = store.documents()
    with pytest.raises(InputError) as refused:
        align_document(store, "article", "en", original_path=again)
    assert str(refused.value).startswith(
        "article is aligned with article.en (" + str(original.resolve()) + ") as its en "
        "original, with 1 reviewed bead there; "
    )
    assert f"`workbench ingest {again} --version-of article.en`" in str(refused.value)
    assert store.documents() == documents  # nothing stored
    assert align_document(store, "article", "en").kept_confirmed == 1  # not blocked
    pipeline.ingest_paths(store, [again], version_of=store.document("article.en").id)  # its way
    report = align_document(store, "article", "en")
    assert report.kept_confirmed == 1 and report.alignment.id != aid


def test_an_original_in_another_language_than_asked_is_refused(
    store: Store, tmp_path: Path
) -> None:
    french = tmp_path / "a.txt"
    french.write_text("Le président a visité Pékin mercredi.\n", encoding="utf-8")
    original = tmp_path / "a.es.txt"
    original.write_text("El presidente visitó Pekín el miércoles por la tarde.\n", "utf-8")
    pipeline.ingest_paths(store, [french])
    with pytest.raises(InputError, match="is in es, not en: pass --to es"):
        align_document(store, "a", "en", original_path=original)


def test_a_document_without_the_language_asks_for_its_original(store_004: Store) -> None:
    with pytest.raises(InputError, match="holds no en sentences: give its original"):
        align_document(store_004, DOC_004, "en")


@pytest.mark.parametrize("code", ["xx", "english", "EN", ""])
def test_a_counterpart_language_that_is_no_code_is_refused_before_anything(
    store_004: Store, code: str
) -> None:
    with pytest.raises(InputError, match=f"unknown language code '{code}': give a lower-case"):
        align_document(store_004, DOC_004, code)


def test_asking_for_another_language_than_the_aligned_one_names_it(store_004: Store) -> None:
    align_document(store_004, DOC_004, "es")
    with pytest.raises(NotFoundError, match="is aligned with es, not en: pass --to es"):
        alignment_for(store_004, DOC_004, "en")


def test_a_document_aligned_with_two_languages_asks_which(store_004: Store) -> None:
    from workbench.pipeline.mt_alignment import ensure_alignment

    align_document(store_004, DOC_004, "es")
    assert alignment_for(store_004, DOC_004).cp_lang == "es"  # one language: no need to say
    ensure_alignment(store_004, DOC_004, "en", "ana")  # drafted for English MT
    with pytest.raises(NotFoundError, match="is aligned with en, es: pass --to one of them"):
        alignment_for(store_004, DOC_004)


def test_an_unaligned_document_says_how_to_align_it(store_004: Store) -> None:
    with pytest.raises(NotFoundError, match=f"run `workbench align {DOC_004} --to es`"):
        alignment_for(store_004, DOC_004, "es")


def test_a_changed_file_keeps_the_review_work_of_its_old_version(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / f"{DOC_004}.txt"
    path.write_text((CORPUS / f"{DOC_004}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    pipeline.ingest_paths(store, [path])
    first = align_document(store, DOC_004, "es")
    beads = store.beads(first.alignment.id)
    apply(store, first.alignment.id, confirm(beads, 2, "ana"), "ana")

    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nUne phrase ajoutée par la rédaction.\n")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.status == "updated"

    old = store.alignment(first.alignment.id)
    assert old.version == 1
    assert store.beads(old.id)[2].status is Status.CONFIRMED
    with pytest.raises(NotFoundError, match="is not aligned yet"):
        alignment_for(store, DOC_004, "es")  # the new version waits for its own alignment

    # Aligning the new version carries the confirmed bead over to its sentences.
    second = align_document(store, DOC_004, "es")
    assert second.kept_confirmed == 1 and second.warnings == ()
    [carried] = [b for b in store.beads(second.alignment.id) if b.status is Status.CONFIRMED]
    assert (carried.fr_text, carried.cp_text, carried.reviewer) == (
        beads[2].fr_text, beads[2].cp_text, "ana",
    )  # fmt: skip


@pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/fr-es.mode").exists(), reason="needs apertium-fr-es"
)
def test_aligning_after_fill_keeps_the_mt_drafts_of_the_gaps_and_counts_the_dropped(
    store_004: Store,
) -> None:
    from workbench.pipeline.mt import fill_document

    filled = fill_document(store_004, DOC_004, "es", engine="apertium", estimate=False)
    drafted = {b.fr: b.cp_text for b in store_004.beads(filled.alignment.id) if b.cp_text}
    assert len(drafted) == filled.filled > 5
    report = align_document(store_004, DOC_004, "es")
    beads = store_004.beads(report.alignment.id)
    captions = [b for b in beads if b.cp]
    assert len(captions) == 5  # these French sentences have the counterpart's own text now
    kept = {b.fr: b.cp_text for b in beads if b.status is Status.DRAFT}
    assert kept == {fr: text for fr, text in drafted.items() if all(fr != b.fr for b in captions)}
    dropped = len(drafted) - len(kept)
    assert dropped >= 5
    assert f"{dropped} MT drafts were dropped" in " ".join(report.warnings)
    again = align_document(store_004, DOC_004, "es")  # nothing left to drop
    assert not any("MT draft" in w for w in again.warnings)
    beads = store_004.beads(again.alignment.id)
    assert {b.fr: b.cp_text for b in beads if b.cp_text and not b.cp} == kept


@pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/fr-es.mode").exists(), reason="needs apertium-fr-es"
)
def test_a_drafted_sentence_marked_debris_drops_its_draft_as_debris_not_as_aligned(
    store_004: Store,
) -> None:
    """`restore … --as boilerplate` of a line holding an MT draft: the draft is dropped
    because its sentence is debris now, and the warning says so. It said the sentence "is
    now aligned with the counterpart's own text", of a line aligned with nothing
    (newcomer36 LOW 9)."""
    from workbench.pipeline.debris import set_segment_kinds
    from workbench.pipeline.mt import fill_document

    align_document(store_004, DOC_004, "es")  # the captions paired, the rest drafted
    filled = fill_document(store_004, DOC_004, "es", engine="apertium", estimate=False)
    [draft, *_] = [b for b in store_004.beads(filled.alignment.id) if b.cp_text and not b.cp]
    report = set_segment_kinds(store_004, DOC_004, list(draft.fr), Kind.BOILERPLATE, actor="fay")
    [realigned] = report.realigned
    assert realigned.warnings == (
        "1 MT draft was dropped: its French sentence is debris now "
        "(the draft stays in the alignment's history)",
    )
    beads = store_004.beads(realigned.alignment.id)
    assert not any(set(draft.fr) & set(b.fr) for b in beads)
    assert sum(1 for b in beads if b.status is Status.DRAFT) == filled.filled - 1


@pytest.mark.parametrize(
    ("aligned", "debris", "why"),
    [
        (1, 0, "1 MT draft was dropped: its French sentence is now aligned with the "
               "counterpart's own text (the draft stays"),
        (2, 0, "2 MT drafts were dropped: their French sentences are now aligned with the "
               "counterpart's own text (the drafts stay"),
        (0, 2, "2 MT drafts were dropped: their French sentences are debris now (the drafts "
               "stay"),
        (2, 1, "3 MT drafts were dropped: the French of 2 is now aligned with the "
               "counterpart's own text, that of 1 is debris now (the drafts stay"),
    ],
)  # fmt: skip
def test_the_dropped_drafts_warning_gives_each_its_reason(
    aligned: int, debris: int, why: str
) -> None:
    assert dropped_drafts_note(aligned, debris).startswith(why)


def test_a_single_bead_left_behind_is_named_in_the_singular() -> None:
    from datetime import UTC, datetime

    from workbench.model import Status, StoredBead
    from workbench.pipeline.alignment import not_carried_note

    now = datetime.now(UTC)
    bead = StoredBead(
        id=9, alignment_id=4, position=11, fr=(1,), cp=(2,), fr_text="Bonjour.", cp_text="Hi.",
        score=None, status=Status.CONFIRMED, origin="auto:x", reviewer="ben", version=2,
        created_at=now, updated_at=now,
    )  # fmt: skip
    assert not_carried_note([bead], "crues") == (
        "1 reviewed bead of an earlier version could not be carried over (bead 12 by ben): "
        "its sentences changed; it stays in that version's alignment: "
        "`workbench beads crues --alignment 4`"
    )
    assert "(bead 12 by ben, bead 12 by ben, bead 12 by ben and 1 other): their sentences" in (
        not_carried_note([bead] * 4, "crues")
    )


BRIDGE = [
    "Le nouveau pont de Lyon ouvre lundi.",
    "Il a coûté trois cents millions d'euros.",
    "Les cyclistes auront leur propre voie.",
]


def _bridge_aligned(store: Store, tmp_path: Path) -> tuple[Path, int]:
    """A three-sentence French page aligned with its English original: the page's path and
    the alignment's id."""
    french = tmp_path / "pont.txt"
    french.write_text("\n".join(BRIDGE) + "\n", encoding="utf-8")
    original = tmp_path / "pont.en.txt"
    original.write_text(
        "Lyon's new bridge opens on Monday.\nIt cost three hundred million euros.\n"
        "Cyclists will have their own lane.\n",
        encoding="utf-8",
    )
    pipeline.ingest_paths(store, [french])
    return french, align_document(store, "pont", "en", original_path=original).alignment.id


def _bridge_corrected(store: Store, french: Path) -> AlignReport:
    """The page's new version, its second sentence corrected, ingested and aligned."""
    lines = [*BRIDGE]
    lines[1] = "Il a finalement coûté trois cent dix millions d'euros."
    french.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline.ingest_paths(store, [french])
    return align_document(store, "pont", "en")


def test_a_bead_in_an_import_conflict_brings_its_note_over_and_names_the_colleague(
    store: Store, tmp_path: Path
) -> None:
    """newcomer35: eve's file, imported, was in conflict with chloe's confirmed English of
    bead 2 (the file's text in the bead, chloe's in its note). The French sentence changed in
    the page's new version: `align` carried eve's English over, named eve only, and dropped
    the note: the conflict's flag and the only copy of chloe's text in the version shown."""
    from dataclasses import replace

    from workbench.conflict_notes import conflict_in, conflict_note

    french, aid = _bridge_aligned(store, tmp_path)
    chloe = "It cost 300 million euros."
    apply(store, aid, edit_text(store.beads(aid), 1, "cp", chloe, "chloe"), "chloe")
    apply(store, aid, confirm(store.beads(aid), 1, "chloe"), "chloe")
    theirs = edit_text(store.beads(aid), 1, "cp", "It cost three hundred million.", "eve")
    note = conflict_note(None, store.beads(aid)[1])  # as an import's conflict keeps it
    apply(store, aid, replace(theirs, drafts=(replace(theirs.drafts[0], note=note),)), "eve")
    second = _bridge_corrected(store, french)
    [warning] = second.warnings
    assert "(bead 2 by eve and chloe)" in warning
    [came] = [b for b in store.beads(second.alignment.id) if "trois cent dix" in b.fr_text]
    kept = conflict_in(came.note)
    assert came.cp_text == "It cost three hundred million."
    assert kept is not None and (kept.cp, kept.reviewer) == (chloe, "chloe")


def test_a_changed_french_sentence_names_every_reviewer_left_behind_and_carries_the_other_side(
    store: Store, tmp_path: Path
) -> None:
    """newcomer17b: bead 10 held hal's French edit and fay's counterpart edit; the French
    sentence changed in the file's new version, and `align` named hal only. fay's correction
    of an English sentence that did not change was in no bead of the version shown. Both are
    named now, with the command that shows them, and fay's text is carried over onto the bead
    of the new version that holds her unchanged sentence (unconfirmed, signed fay)."""
    french, aid = _bridge_aligned(store, tmp_path)
    apply(store, aid, edit_text(store.beads(aid), 1, "cp", "It cost 300 million euros.", "fay"),
          "fay")  # fmt: skip
    apply(store, aid, edit_text(store.beads(aid), 1, "fr", "Il a coûté 300 millions.", "hal"),
          "hal")  # fmt: skip
    second = _bridge_corrected(store, french)
    [warning] = second.warnings
    assert "(bead 2 by hal and fay)" in warning
    assert f"`workbench beads pont --alignment {aid}`" in warning
    assert "fay's counterpart text of bead 2 came over" in warning
    [came] = [b for b in store.beads(second.alignment.id) if "trois cent dix" in b.fr_text]
    assert (came.cp_text, came.reviewer, came.status) == (
        "It cost 300 million euros.", "fay", Status.AUTO,
    )  # fmt: skip
    assert store.beads(aid)[1].fr_text == "Il a coûté 300 millions."  # still there, unchanged


def test_a_lost_conflict_whose_sides_all_stay_behind_brings_its_note_to_the_new_version(
    both_store: Store, tmp_path: Path
) -> None:
    """sacred35 (LOW 2): chloe corrected and confirmed bead 2's French; eve's XLIFF, exported
    before, changed it too: a conflict (eve's text in the bead, chloe's in its note). The
    page's new version then corrected that French sentence: no side of the bead could come
    over, and chloe's confirmed text lived only in version 1's note. Its note now comes onto
    the new bead holding the bead's other sentences (its English, unchanged), flagged in the
    Review page, kept by a later `align`, and the warning says so."""
    from dataclasses import replace

    from workbench.conflict_notes import conflict_in
    from workbench.formats.registry import read_units, write_units
    from workbench.pipeline.exchange import export_documents
    from workbench.pipeline.merging import take_workbench_side
    from workbench.pipeline.returned import import_returned
    from workbench.review_base import reviewed

    french, aid = _bridge_aligned(both_store, tmp_path)
    path = tmp_path / "cat" / "pont.xlf"
    path.parent.mkdir()
    export_documents(both_store, ["pont"], "en", "xliff12", path)
    chloe = "Il a coûté 300 millions d'euros."
    apply(both_store, aid, edit_text(both_store.beads(aid), 1, "fr", chloe, "chloe"), "chloe")
    apply(both_store, aid, confirm(both_store.beads(aid), 1, "chloe"), "chloe")
    units = read_units(path, "xliff12")
    units[1] = replace(units[1], target="Il a coûté trois cents millions.")
    write_units(units, path, "xliff12")
    returned = import_returned(both_store, path, reviewer="eve")
    assert returned is not None and len(returned.conflicts) == 1

    second = _bridge_corrected(both_store, french)

    [warning] = second.warnings
    assert "(bead 2 by eve and chloe)" in warning
    assert warning.endswith(
        "; the import conflict of bead 2 (chloe's text, in its note) came over onto the new "
        "bead holding its sentences, unconfirmed"
    )
    beads = both_store.beads(second.alignment.id)
    [came] = [b for b in beads if b.cp_text == "It cost three hundred million euros."]
    kept = conflict_in(came.note)
    assert kept is not None and (kept.fr, kept.status, kept.reviewer) == (chloe, "confirmed",
                                                                          "chloe")  # fmt: skip
    assert "trois cent dix" in came.fr_text and came.status is Status.AUTO
    assert reviewed(came) and came.reviewer is None  # kept by `align`; nobody wrote its text
    [draft] = take_workbench_side(beads, came.position, "ana").drafts
    assert draft.fr_text == chloe  # "Use the workbench's text" offers chloe's French
    assert conflict_in(both_store.beads(aid)[1].note) == kept  # version 1 keeps it too
