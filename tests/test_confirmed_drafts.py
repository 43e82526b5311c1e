"""An MT draft a reviewer confirmed is a 1–1 pair everywhere it is listed and exported.

newcomer19: the draft's counterpart is no sentence of the document (the bead's
counterpart segment ids are empty), so the Review page's row and the Scores page's
count still called the confirmed bead "1:0", as if nobody had translated it.
`workbench.review.shape` is the one rule; an unconfirmed draft stays 1:0.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import review
from workbench.cli import app
from workbench.formats.registry import read_units
from workbench.formats.units import ExportOptions, SkipReason
from workbench.model import BeadDraft, Kind, Sentence, Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.store import Store
from workbench.ui.parallel import SegmentText, row

WHEN = datetime(2026, 12, 1, 12, 0)
MT = "mt:apertium:fr-es"


def _bead(fr: tuple[int, ...], cp: tuple[int, ...], status: str, origin: str, cp_text: str = "x",
          fr_text: str = "y") -> StoredBead:  # fmt: skip
    return StoredBead(
        id=1, alignment_id=1, position=0, fr=fr, cp=cp, fr_text=fr_text, cp_text=cp_text,
        score=None, status=Status(status), origin=origin, reviewer=None, version=1,
        created_at=WHEN, updated_at=WHEN,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("bead", "shape"),
    [
        (_bead((1,), (1,), "auto", "auto:test"), "1:1"),
        (_bead((1, 2), (1,), "confirmed", "auto:test"), "2:1"),
        (_bead((1,), (), "auto", "auto:test", cp_text=""), "1:0"),  # no counterpart
        (_bead((), (1,), "auto", "auto:test", fr_text=""), "0:1"),
        (_bead((1,), (), "draft", MT), "1:0"),  # the engine's draft, nobody's yet
        (_bead((1,), (), "confirmed", f"postedit:{MT}"), "1:1"),  # confirmed: a post-edit
        (_bead((1,), (), "auto", f"postedit:{MT}"), "1:1"),  # edited, to confirm
        (_bead((1,), (), "draft", f"postedit:{MT}"), "1:0"),  # merged beside a draft
        (_bead((), (), "auto", "human"), "1:1"),  # an inserted bead, both texts typed
        (_bead((), (), "auto", "human", cp_text="", fr_text=""), "0:0"),  # inserted, empty
    ],
    ids=[
        *("pair", "2-1", "no-cp", "no-fr", "mt-draft", "confirmed-draft", "post-edited"),
        *("draft-kept", "typed", "empty"),
    ],
)
def test_a_beads_shape_counts_a_reviewers_text_as_a_sentence(bead: StoredBead, shape: str) -> None:
    assert review.shape(bead) == shape


def _confirmed_draft(store: Store) -> int:
    """Two French sentences, the first paired, the second's counterpart an Apertium
    draft; ana confirms the draft (her post-edit)."""
    french = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i)
                   for i, t in enumerate(["Le conseil se réunit.", "La séance est publique."])],
    ).document  # fmt: skip
    spanish = store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence("El consejo se reúne.", Kind.BODY, "es", 0)], original_of=french.id,
    ).document  # fmt: skip
    fr, es = store.segments(french.id), store.segments(spanish.id)
    drafts = [
        BeadDraft((fr[0].id,), (es[0].id,), fr[0].text, es[0].text, 0.9, Status.AUTO, "auto:t"),
        BeadDraft((fr[1].id,), (), fr[1].text, "La sesión es pública.", 0.8, Status.DRAFT, MT),
    ]
    aid = store.save_alignment(
        doc_id=french.id, version=1, counterpart=(spanish.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    ).id  # fmt: skip
    assert review.shape(store.beads(aid)[1]) == "1:0"
    apply(store, aid, review.confirm(store.beads(aid), 1, "ana"), "ana")
    return aid


def test_the_review_page_and_the_beads_command_show_a_confirmed_draft_as_a_pair(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "wb.db")
    store = Store.open(db)
    aid = _confirmed_draft(store)
    texts = {s.id: SegmentText(s.text, s.kind) for d in ("fr", "es") for s in store.segments(d)}
    pair, draft = (row(b, texts) for b in store.beads(aid))
    assert (draft["cp"], draft["sh"]) == ([], "1:1")  # review/*.js shows "sh" where it is given
    assert "sh" not in pair  # a pair of sentences says it by itself
    store.close()
    listed = CliRunner().invoke(app, ["beads", "fr", "--to", "es", "--db", db, "-f", "json"])
    assert listed.exit_code == 0, listed.output
    assert [(r["shape"], r["state"]) for r in json.loads(listed.output)] == [
        ("1:1", "aligned"), ("1:1", "confirmed"),
    ]  # fmt: skip
    table = CliRunner().invoke(app, ["beads", "fr", "--to", "es", "--db", db])
    assert "1:0" not in table.output


@pytest.mark.parametrize("fmt", ["tmx", "xliff12", "xliff21", "tsv", "csv", "xlsx"])
def test_every_export_writes_a_confirmed_draft_as_a_reviewers_pair(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    _confirmed_draft(store)
    path = tmp_path / f"fr.es-fr.{fmt}"
    report = export_documents(store, ["fr"], "es", fmt, path)  # MT left out by default
    pair = ("La sesión es pública.", "La séance est publique.")
    if fmt.startswith("xliff"):
        # leftovers22: an XLIFF's source is the original's text, and the post-edit is no
        # document's: it goes French first, as the target (the Spanish is the original)
        assert (report.written, report.skipped_for(SkipReason.MACHINE_SOURCE)) == (1, 1)
        options = ExportOptions(french_source=True)
        report = export_documents(store, ["fr"], "es", fmt, path, options)
        pair = pair[::-1]
    assert report.written == 2
    back = read_units(path, fmt)[1]
    assert (back.source, back.target, back.status) == (*pair, "confirmed")
    assert back.origin == f"postedit:{MT}"
