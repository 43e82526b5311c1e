"""A reviewed translation aligned with its client's corrected original is not asked whether
the original is the right one.

newcomer42 8: communique.fr, 7 of its 11 pairs edited in the app, aligned with the
corrected original (one number changed): `align` warned "7 of the 11 pairs … are unsure
(scored under 0.5): check that communique.en is its original", exit 3, and `beads` said it
again. The 7 were the edited beads, which have no score: a reviewer's pair is no guess of
the aligner's, and no evidence of a wrong original.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_cli_bad_pages import NONE, cli
from workbench.pipeline.alignment import apply
from workbench.review import edit_text
from workbench.store import Store

DATA = Path(__file__).parent / "data" / "substituted"
UNSURE = "are unsure (scored under 0.5)"


def test_edited_beads_are_not_counted_as_unsure_pairs_against_a_corrected_original(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.db"
    french = tmp_path / "musee.fr.txt"
    french.write_text((DATA / "museum.fr").read_text(encoding="utf-8"), encoding="utf-8")
    english = (DATA / "museum.en").read_text(encoding="utf-8")
    original = tmp_path / "musee.en.txt"
    original.write_text(english, encoding="utf-8")
    assert cli("ingest", french, db=db)[0] == 0
    code, out, err = cli("align", "musee.fr", "--to", "en", "--original", original, *NONE, db=db)
    assert code == 0 and UNSURE not in out + err, out + err

    # a reviewer corrects the English of most pairs: no score is left on them
    store = Store.open(str(db))
    try:
        [alignment] = store.alignments(store.document("musee.fr").id)
        pairs = [k for k, b in enumerate(store.beads(alignment.id)) if b.fr and b.cp]
        edited = pairs[: len(pairs) * 3 // 4]
        for k in edited:
            beads = store.beads(alignment.id)
            text = beads[k].cp_text.replace(".", " (checked).")
            fix = edit_text(beads, k, "cp", text, "ana")
            apply(store, alignment.id, fix, "ana")
        assert all(store.beads(alignment.id)[k].score is None for k in edited)
    finally:
        store.close()

    # the client's corrected original: one figure changed, in a bead no one edited
    corrected = english.replace("18 minutes", "20 minutes")
    assert corrected != english
    original.write_text(corrected, encoding="utf-8")
    code, out, err = cli("align", "musee.fr", "--to", "en", "--original", original, *NONE, db=db)
    assert code == 0 and UNSURE not in out + err, out + err
    code, out, err = cli("beads", "musee.fr", "--to", "en", db=db)
    assert code == 0 and UNSURE not in out + err, out + err
