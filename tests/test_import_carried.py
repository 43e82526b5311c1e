"""An export comes back into the beads `align` carried over unchanged into a new alignment.

Before session 16 every unit of a TMX or XLIFF exported from an earlier alignment of
its document (a new version of the file, aligned since; or the counterpart file read
again, which gives every bead new sentence ids) was refused: the whole file after a new
version ("cannot go back into the beads of another version"), every unit after the
counterpart changed ("merged, split or aligned again"). A translator who exported
yesterday, and whose colleague re-aligned today, lost the way back for beads nobody
changed. Now a unit goes into today's bead that holds the very sentences its bead
held; any other is named in one line, never written.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from workbench import review
from workbench.formats.registry import read_units, write_units
from workbench.model import InputError, StoredBead
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.pipeline.documents import ingest_file
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.returned import import_returned
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

TITLE, LEVEL, EVACUATION, SCHOOLS = (
    "Crue de la Loire",
    "Le niveau de la Loire a atteint 4,20 mètres à Orléans mercredi soir.",
    "Les autorités ont ordonné l'évacuation de 1 200 habitants.",
    "Les écoles resteront fermées jeudi.",
)
ENGLISH = (
    "Loire flood\n\nThe level of the Loire reached 4.20 metres in Orléans on Wednesday "
    "evening.\n\nThe authorities ordered the evacuation of 1,200 residents.\n\n"
    "Schools will remain closed on Thursday.\n"
)
FORMATS = ["xliff12", "tmx"]


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>"


def _aligned(store: Store, folder: Path, *paragraphs: str, english: str = ENGLISH) -> int:
    """crue.fr (read again when it exists: a new version) aligned with crue.en."""
    (folder / "crue.fr.html").write_text(_page(*paragraphs), encoding="utf-8")
    (folder / "crue.en.txt").write_text(english, encoding="utf-8")
    assert ingest_file(store, folder / "crue.fr.html").error is None
    report = align_document(store, "crue.fr", "en", original_path=folder / "crue.en.txt")
    return report.alignment.id


def _exported(store: Store, folder: Path, fmt: str) -> Path:
    out = folder / "cat" / f"handoff.{fmt}"
    out.parent.mkdir(exist_ok=True)
    export_documents(store, ["crue.fr"], "en", fmt, out)
    return out


def _translators_work(path: Path, fmt: str, french: dict[str, str]) -> None:
    """The CAT tool's work: the French ``old`` of a unit becomes ``french[old]``."""
    units = read_units(path, fmt)
    write_units([replace(u, target=french.get(u.target, u.target)) for u in units], path, fmt)


def _texts(store: Store, aid: int) -> list[tuple[str, str | None]]:
    return [(b.fr_text, b.reviewer) for b in store.beads(aid)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_of_beads_carried_into_a_new_version_come_back_into_them(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    first = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, fmt)
    _translators_work(path, fmt, {SCHOOLS: "Les écoles resteront fermées jusqu'à jeudi."})
    added = "Une cellule de crise a été ouverte."
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, added)  # version 2
    assert second != first
    before = both_store.beads(second)
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None
    assert (report.edited, report.unchanged, report.carried, report.refused) == (1, 3, 4, ())
    assert report.summary("ben") == (
        f"handoff.{fmt}: 4 units read back into the beads they were exported from (4 of them "
        "through beads align carried over unchanged): 1 bead edited, 0 confirmed, 0 rejected, "
        "3 unchanged, 0 conflicts, signed ben"
    )
    after = both_store.beads(second)
    assert after[:3] == before[:3]  # untouched: status, reviewer, dates, version
    assert (after[3].fr_text, after[3].reviewer, after[3].id) == (
        "Les écoles resteront fermées jusqu'à jeudi.", "ben", before[3].id,
    )  # fmt: skip
    assert after[4:] == before[4:]  # the new sentence, which the file never had
    assert [b.fr_text for b in both_store.beads(first)] == [TITLE, LEVEL, EVACUATION, SCHOOLS]
    again = import_returned(both_store, path, reviewer="ben")  # the same file once more
    assert again is not None and (again.edited, again.unchanged) == (0, 4)
    assert both_store.beads(second) == after


def test_a_unit_whose_sentences_changed_in_the_new_version_is_named_never_written(
    both_store: Store, tmp_path: Path
) -> None:
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xliff12")
    units = read_units(path, "xliff12")
    _translators_work(path, "xliff12", {
        LEVEL: "Le niveau de la Loire a atteint 4,20 m à Orléans mercredi soir.",
        SCHOOLS: "Les écoles resteront fermées jusqu'à jeudi.",
    })  # fmt: skip
    changed = "Les écoles et les crèches resteront fermées jeudi."
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, changed)
    before = both_store.beads(second)
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.carried) == (1, 3)
    assert report.refused == (
        f"unit 4 ({units[3].tuid}): its bead of version 1 of crue.fr is not in version 2 as it "
        "was (its sentences changed, or align paired them otherwise); it was not imported: "
        "make this change in the app",
    )
    after = both_store.beads(second)
    assert after[1].fr_text == "Le niveau de la Loire a atteint 4,20 m à Orléans mercredi soir."
    assert after[3] == before[3] and after[3].fr_text == changed


def test_a_change_made_since_the_export_is_kept_in_a_conflict_not_overwritten(
    both_store: Store, tmp_path: Path
) -> None:
    """ana corrected bead 3 after the export, before the file changed: `align` carried her
    edit into version 2; the file's change of that bead is then a conflict (her text in
    the note). Cid edited bead 2 of version 2 since: a conflict too."""
    first = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xliff12")
    ana = "Les autorités ont ordonné l'évacuation de 1 200 riverains."
    apply(both_store, first, review.edit_text(both_store.beads(first), 2, "fr", ana, "ana"), "ana")
    _translators_work(path, "xliff12", {
        LEVEL: "Le niveau a atteint 4,20 mètres à Orléans.",
        EVACUATION: "L'évacuation de 1 200 habitants a été ordonnée.",
    })  # fmt: skip
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, "Une phrase ajoutée.")
    cid = "Le niveau de la Loire a atteint 4,20 mètres mercredi soir."
    apply(
        both_store, second, review.edit_text(both_store.beads(second), 1, "fr", cid, "cid"), "cid"
    )
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.refused) == (0, ())
    assert [line.split(" after")[0] for line in report.conflicts] == [
        "unit 2: bead 2 of crue.fr was changed by cid",
        "unit 3: bead 3 of crue.fr was changed by ana",
    ]
    beads = both_store.beads(second)
    assert [(b.fr_text, str(b.status)) for b in beads[1:3]] == [
        ("Le niveau a atteint 4,20 mètres à Orléans.", "auto"),
        ("L'évacuation de 1 200 habitants a été ordonnée.", "auto"),
    ]
    assert cid in str(beads[1].note) and ana in str(beads[2].note)  # nothing lost


def test_units_come_back_after_align_read_the_counterpart_file_again(
    both_store: Store, tmp_path: Path
) -> None:
    """`align` again with a changed English file keeps the alignment but gives every bead
    new sentence ids: the units of beads it paired as before come back, the one whose
    English changed is named."""
    aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "tmx")
    units = read_units(path, "tmx")
    _translators_work(path, "tmx", {
        EVACUATION: "Les autorités ont ordonné l'évacuation de 1 200 riverains.",
        SCHOOLS: "Les écoles resteront fermées jusqu'à jeudi.",
    })  # fmt: skip
    english = ENGLISH.replace("Schools will remain", "The schools will remain")
    assert _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, english=english) == aid
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.carried) == (1, 3)
    assert report.refused == (
        f"unit 4 ({units[3].tuid}): its bead of crue.fr was merged, split or aligned again "
        "since the export; it was not imported: make this change in the app",
    )
    assert _texts(both_store, aid) == [
        (TITLE, None), (LEVEL, None),
        ("Les autorités ont ordonné l'évacuation de 1 200 riverains.", "ben"),
        (SCHOOLS, None),
    ]  # fmt: skip


def test_a_new_version_not_aligned_yet_says_to_align_it_first(store: Store, tmp_path: Path) -> None:
    _aligned(store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(store, tmp_path, "xliff12")
    (tmp_path / "crue.fr.html").write_text(_page(LEVEL, SCHOOLS), encoding="utf-8")
    assert ingest_file(store, tmp_path / "crue.fr.html").error is None
    with pytest.raises(InputError) as caught:
        import_returned(store, path, reviewer="ben")
    assert str(caught.value) == (
        f"{path} was exported from version 1 of crue.fr, and version 2 is current since and "
        "not aligned with en yet: run `workbench align crue.fr --to en`, then import the "
        "file again (its units go into the beads align carries over unchanged)"
    )


def test_a_realign_during_the_import_keeps_its_edits_or_is_refused_never_loses_them(
    both_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`align` run again while the import stores its edits into the beads carried over:
    it waits for the import's lock, finds the alignment changed, and aligns again around
    the importer's edits (or says to run again); the edits are never lost."""
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xliff12")
    edits = {
        LEVEL: "Le niveau a atteint 4,20 mètres.",
        EVACUATION: "L'évacuation de 1 200 habitants.",
        SCHOOLS: "Les écoles fermeront jeudi.",
    }
    _translators_work(path, "xliff12", edits)
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, "Une phrase ajoutée.")
    told: list[str] = []
    threads: list[threading.Thread] = []

    def realign() -> None:
        own = Store.open(both_store.url)  # another process's connection
        try:
            align_document(own, "crue.fr", "en", actor="cid")
            told.append("aligned")
        except Exception as exc:  # what the colleague is told
            told.append(str(exc))
        finally:
            own.close()

    real = apply

    def during(*args: Any, **kwargs: Any) -> list[StoredBead]:
        if not threads:  # the import holds the alignment and stores its first edit
            threads.append(threading.Thread(target=realign))
            threads[0].start()
            threads[0].join(timeout=3)  # it waits for the import
        return real(*args, **kwargs)

    monkeypatch.setattr("workbench.pipeline.returned_beads.apply", during)
    report = import_returned(both_store, path, reviewer="ben")
    threads[0].join(timeout=120)
    assert report is not None and (report.edited, report.carried) == (3, 4)
    assert told == ["aligned"] or "run it again" in told[0]
    assert alignment_for(both_store, "crue.fr", "en").id == second
    kept = {(b.fr_text, b.reviewer) for b in both_store.beads(second)}
    assert {(text, "ben") for text in edits.values()} <= kept


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reviewed_bead_whose_new_version_says_what_the_reviewer_wrote_comes_back_reviewed(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """ana corrected and confirmed bead 3; the file's author adopted her correction in
    version 2. `align` carries her bead onto the corrected sentence, confirmed and hers
    (before: "1 reviewed bead … could not be carried over", the bead made again by the
    aligner), and a unit exported from her bead comes back into it (one rule for both)."""
    first = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    fixed = "Les écoles resteront fermées jusqu'à jeudi."
    beads = both_store.beads(first)
    apply(both_store, first, review.edit_text(beads, 3, "fr", fixed, "ana"), "ana")
    apply(both_store, first, review.confirm(both_store.beads(first), 3, "ana"), "ana")
    path = _exported(both_store, tmp_path, fmt)
    _translators_work(path, fmt, {fixed: "Les écoles resteront fermées jusqu'à vendredi."})
    (tmp_path / "crue.fr.html").write_text(_page(LEVEL, EVACUATION, fixed), encoding="utf-8")
    assert ingest_file(both_store, tmp_path / "crue.fr.html").error is None
    report = align_document(both_store, "crue.fr", "en")
    assert (report.kept_confirmed, report.warnings) == (1, ())
    second = report.alignment.id
    carried = both_store.beads(second)[3]
    assert (carried.fr_text, str(carried.status), carried.reviewer) == (fixed, "confirmed", "ana")
    texts = {s.id: s.text for s in both_store.segments("crue.fr")}
    assert [texts[i] for i in carried.fr] == [fixed]
    back = import_returned(both_store, path, reviewer="ben")
    assert back is not None and (back.edited, back.carried, back.refused) == (1, 4, ())
    assert both_store.beads(second)[3].fr_text == "Les écoles resteront fermées jusqu'à vendredi."


def test_after_a_plain_realign_the_summary_says_the_beads_were_made_again(
    both_store: Store, tmp_path: Path
) -> None:
    """newcomer16b: after `align` ran again on the same version, the summary said the units
    went "through beads align carried over unchanged", which is not what happened: align
    made those beads again, holding the same sentences."""
    from tests.test_align_core import HashedWords  # a small real encoder

    aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(both_store, tmp_path, "xliff12")
    _translators_work(path, "xliff12", {SCHOOLS: "Les écoles resteront fermées jusqu'à jeudi."})
    before = {b.id for b in both_store.beads(aid)}
    # the same version aligned again, with a sentence encoder as the Review page's re-align
    # uses one: the aligner's beads are new ones (another origin, other scores)
    again = align_document(both_store, "crue.fr", "en", encoder=HashedWords("hashed"))
    # (hashed words read French and English words apart: its pairs are unsure, and said so)
    assert again.alignment.id == aid and [w for w in again.warnings if "unsure" not in w] == []
    assert not before & {b.id for b in both_store.beads(aid)}
    report = import_returned(both_store, path, reviewer="ben")
    assert report is not None and (report.edited, report.carried, report.again) == (1, 4, 4)
    assert report.summary("ben") == (
        "handoff.xliff12: 4 units read back into the beads they were exported from (4 of them "
        "into beads align made again with the same sentences): 1 bead edited, 0 confirmed, "
        "0 rejected, 3 unchanged, 0 conflicts, signed ben"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_third_delivery_after_a_new_version_replaces_the_translators_own_text(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    """newcomer18b (LOW 3): tr8 delivered one export twice, then the client's new version
    was aligned (the bead tr8 had changed carried over), then tr8's third delivery came:
    it was a conflict with tr8's own text ("changed by you (tr8)"), where a later delivery
    replaces the translator's own earlier import."""
    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    export = _exported(both_store, tmp_path, fmt)
    deliveries = []
    for n, text in enumerate(("jusqu'à jeudi", "jusqu'à jeudi soir", "jusqu'à vendredi"), 1):
        delivery = tmp_path / f"delivery{n}" / export.name
        delivery.parent.mkdir()
        delivery.write_bytes(export.read_bytes())
        _translators_work(delivery, fmt, {SCHOOLS: f"Les écoles resteront fermées {text}."})
        deliveries.append(delivery)
    for delivery in deliveries[:2]:
        report = import_returned(both_store, delivery, reviewer="tr8")
        assert report is not None and (report.edited, report.conflicts) == (1, ())
    added = "Une cellule de crise a été ouverte."
    second = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, added)  # version 2
    assert both_store.beads(second)[3].fr_text == "Les écoles resteront fermées jusqu'à jeudi soir."

    third = import_returned(both_store, deliveries[2], reviewer="tr8")

    assert third is not None
    assert (third.edited, third.conflicts) == (1, ())  # main: 1 conflict, "changed by you (tr8)"
    bead = both_store.beads(second)[3]
    assert (bead.fr_text, bead.reviewer, bead.note) == (
        "Les écoles resteront fermées jusqu'à vendredi.", "tr8", None,
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
def test_units_approved_in_the_cat_tool_come_back_confirmed_by_the_reviewer(
    both_store: Store, tmp_path: Path, fmt: str
) -> None:
    # newcomer32: Trados and memoQ keep our x-status ("auto") and set their own markers;
    # ours won, and both approvals were read back as "auto", without a word
    from lxml import etree

    from workbench.formats.xliff import NS_2, NS_12

    aid = _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = tmp_path / f"handoff.{fmt}"
    export_documents(both_store, ["crue.fr"], "en", fmt, path)
    tree = etree.parse(str(path))
    if fmt == "xliff12":
        first, second = list(tree.iter(f"{{{NS_12}}}trans-unit"))[1:3]
        first.set("approved", "yes")  # approved, text as it was
        second.set("approved", "yes")
        target = second.find(f"{{{NS_12}}}target")
        assert target is not None
        target.set("state", "signed-off")
        target.text = "Les autorités ont ordonné l'évacuation de 1 200 riverains."
    else:
        first, second = list(tree.iter(f"{{{NS_2}}}segment"))[1:3]
        first.set("state", "final")
        second.set("state", "reviewed")
        target = second.find(f"{{{NS_2}}}target")
        assert target is not None
        target.text = "Les autorités ont ordonné l'évacuation de 1 200 riverains."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    report = import_returned(both_store, path, reviewer="eve")
    assert report is not None
    # each unit counted once: the approved edit is an edit, also confirmed (newcomer33)
    assert (report.edited, report.also_confirmed, report.confirmed, report.unchanged) == (
        1, 1, 1, 2,
    )  # fmt: skip
    beads = both_store.beads(aid)
    assert [(b.status, b.reviewer) for b in beads[1:3]] == [("confirmed", "eve")] * 2
    assert beads[2].fr_text == "Les autorités ont ordonné l'évacuation de 1 200 riverains."


AFTER = (
    ("La préfecture a ouvert un gymnase pour accueillir les familles évacuées.",
     "The prefecture opened a gymnasium to shelter the evacuated families."),
    ("Les pompiers ont effectué une trentaine de sauvetages pendant la nuit.",
     "Firefighters carried out some thirty rescues during the night."),
    ("La décrue n'est pas attendue avant le week-end, selon Vigicrues.",
     "The water is not expected to recede before the weekend, according to Vigicrues."),
)  # fmt: skip


def test_a_sentence_the_author_adds_as_the_reviewer_typed_it_joins_her_bead(
    both_store: Store, tmp_path: Path
) -> None:
    """Version 1 left the evacuation sentence out; ana typed its French on the English-only
    bead through a table; the file's author adopted it in version 2. `align` carries her
    bead onto the new sentence, edited and hers: one bead, no French sentence left alone
    "without counterpart" beside it for `fill` to draft (newcomer38 MEDIUM 4: before,
    the new sentence stood alone at 1.000 and `fill` machine-translated it). The table
    she returned comes back again unchanged, nothing refused."""
    english = ENGLISH + "".join(f"\n{en}\n" for _, en in AFTER)
    after = [fr for fr, _ in AFTER]
    first = _aligned(both_store, tmp_path, LEVEL, SCHOOLS, *after, english=english)
    table = tmp_path / "ana.tsv"
    export_documents(both_store, ["crue.fr"], "en", "tsv", table)
    _translators_work(table, "tsv", {"": EVACUATION})
    assert import_reviewed(both_store, table, reviewer="ana").edited == 1
    [typed] = [b for b in both_store.beads(first) if b.fr_text == EVACUATION]
    assert typed.fr == ()

    _aligned(both_store, tmp_path, LEVEL, EVACUATION, SCHOOLS, *after, english=english)
    report = align_document(both_store, "crue.fr", "en")
    assert (report.kept_confirmed, report.warnings) == (1, ())
    beads = both_store.beads(report.alignment.id)
    holding = [b for b in beads if EVACUATION in b.fr_text]
    assert len(holding) == 1, [(b.fr_text, b.cp_text) for b in beads]
    [bead] = holding
    texts = {s.id: s.text for s in both_store.segments("crue.fr")}
    assert [texts[i] for i in bead.fr] == [EVACUATION]
    assert (bead.cp_text, review.reviewed(bead), bead.reviewer) == (
        "The authorities ordered the evacuation of 1,200 residents.", True, "ana",
    )  # fmt: skip
    assert not [b for b in beads if b.fr and not b.cp]

    again = import_reviewed(both_store, table, reviewer="ana")
    assert (again.edited, again.refused) == (0, ())
