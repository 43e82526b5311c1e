"""What a row of the parallel text says about its bead (workbench/ui/parallel.py): pure rules."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import unit
from workbench import review
from workbench.formats.units import is_machine_translation
from workbench.model import Kind, Status, StoredBead
from workbench.ui.parallel import (
    RUNS,
    SPARSE,
    Look,
    SegmentText,
    look,
    origin_label,
    pack,
    row,
    rows_json,
    splice,
    text_of,
    unpack,
)
from workbench.ui.review_payload import editor_script

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SEGMENTS = {
    1: SegmentText("Le conseil se réunit.", Kind.BODY),
    2: SegmentText("Il vote.", Kind.BODY),
    3: SegmentText("El consejo se reúne.", Kind.BODY),
    4: SegmentText("Ordre du jour", Kind.HEADING),
}


def bead(fr: tuple[int, ...] = (1,), cp: tuple[int, ...] = (3,), *, bead_id: int = 7,
         version: int = 1, **more: object) -> StoredBead:  # fmt: skip
    values: dict[str, object] = {
        "fr_text": " ".join(SEGMENTS[i].text for i in fr),
        "cp_text": " ".join(SEGMENTS[i].text for i in cp),
        "score": 0.8, "status": Status.AUTO, "origin": "auto:workbench", "reviewer": None,
    }  # fmt: skip
    values.update(more)
    return StoredBead(bead_id, 1, 0, fr, cp, version=version, created_at=NOW, updated_at=NOW,
                      **values)  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        (bead(), Look.SCORE),
        (bead(cp=()), Look.NULL_CP),
        (bead(fr=()), Look.NULL_FR),
        (bead(fr=(), cp=()), Look.EMPTY),
        (bead(origin="human", reviewer="ana"), Look.EDITED),
        (bead(cp=(), cp_text="El consejo.", status=Status.DRAFT, origin="mt:apertium:fr-es"),
         Look.MT),
        (bead(status=Status.CONFIRMED, origin="human", reviewer="ana"), Look.CONFIRMED),
        (bead(cp=(), status=Status.CONFIRMED), Look.CONFIRMED),
        (bead(status=Status.REJECTED, origin="mt:apertium:fr-es"), Look.REJECTED),
    ],
    ids=lambda v: str(v) if isinstance(v, Look) else "",
)  # fmt: skip
def test_a_bead_has_one_look_and_only_the_aligners_pairs_show_a_score(
    b: StoredBead, expected: Look
) -> None:
    assert look(b) == expected


DRAFT = bead(cp=(), cp_text="El consejo.", status=Status.DRAFT, origin="mt:apertium:fr-es")
POST_EDITED = review.edit_text([DRAFT], 0, "cp", "El consejo se reúne.", "ana").drafts[0]


@pytest.mark.parametrize(
    ("b", "machine"),
    [
        (DRAFT, True),
        # the reviewer's post-edit of the draft: their translation, not yet confirmed
        (bead(cp=(), cp_text=POST_EDITED.cp_text, status=POST_EDITED.status,
              origin=POST_EDITED.origin, reviewer="ana", score=None), False),
        # a draft a merge kept beside a reviewer's words, still waiting for its post-edit
        (bead(status=Status.DRAFT, origin="postedit:mt:apertium:fr-es", score=None), True),
        # two engines' drafts merged
        (bead(cp=(), cp_text="El consejo.", origin="mt", score=None), True),
        # a CAT tool's unconfirmed segment, imported: a translator's draft
        (bead(status=Status.DRAFT, origin="xliff:omegat", score=None), False),
        (bead(status=Status.DRAFT, origin="tmx", score=None), False),
    ],
    ids=["mt-draft", "post-edit", "merged-draft", "two-engines", "cat-draft", "tmx-draft"],
)  # fmt: skip
def test_a_bead_looks_like_mt_exactly_when_the_exports_write_it_as_mt(
    b: StoredBead, machine: bool
) -> None:
    """lows18: the Review page had its own copy of the rule, which took any ``draft`` for
    MT (an imported CAT draft showed an engine, while exports wrote it as human) and
    missed a merge of two engines' drafts (origin ``mt``)."""
    exported = unit(origin=b.origin, status=str(b.status), source=b.cp_text)
    assert is_machine_translation(exported) is machine
    assert (look(b) is Look.MT) is machine


def test_a_row_keeps_the_sentences_apart_and_marks_edited_text() -> None:
    merged = row(bead(fr=(4, 1, 2)), SEGMENTS)
    assert merged["fr"] == ["Ordre du jour", "Le conseil se réunit.", "Il vote."]
    assert merged["fk"] == ["heading", "", ""] and "ck" not in merged
    assert "fe" not in merged and "ce" not in merged  # defaults are not sent
    assert (
        "ft" not in merged
        and text_of(merged, "fr") == "Ordre du jour Le conseil se réunit. Il vote."
    )
    edited = row(bead(fr_text="Le conseil municipal se réunit.", origin="human"), SEGMENTS)
    assert (edited["fe"], edited["look"], edited["ft"]) == (
        True, "edited", "Le conseil municipal se réunit.",
    )  # fmt: skip


def test_an_mt_draft_names_its_engine() -> None:
    draft = bead(cp=(), cp_text="El consejo.", status=Status.DRAFT, origin="mt:apertium:fr-es")
    assert row(draft, SEGMENTS)["engine"] == "apertium fr-es"


def test_markup_in_a_text_travels_as_text() -> None:
    hostile = bead(fr_text='<img src=x onerror="alert(1)">', origin="human")
    assert unpack(json.loads(rows_json([hostile], SEGMENTS)))[0]["ft"] == (
        '<img src=x onerror="alert(1)">'
    )


# Every kind of row: the aligner's pairs, gaps, a heading, subtitle cues, edits, an MT draft
# with and without an estimate, a confirmed and a rejected bead, an empty inserted one.
MIXED = [
    {"id": 3, "v": 1, "fr": ["Le conseil se réunit."], "cp": ["El consejo se reúne."],
     "st": "auto", "look": "score", "origin": "aligner (gold)", "s": 0.808},
    {"id": 4, "v": 1, "fr": ["Ordre du jour", "Il vote."], "cp": [], "st": "auto",
     "look": "null-cp", "origin": "aligner (gold)", "s": 0.5, "fk": ["heading", ""]},
    {"id": 9, "v": 7, "fr": [], "cp": ["Vota.", "Sí."], "st": "auto", "look": "null-fr",
     "origin": "aligner (gold)", "fm": ["00:01", "00:02"], "cm": ["00:01", "00:03"]},
    {"id": 5, "v": 3, "fr": ["Il vote."], "cp": ["<b>Vota</b>"], "st": "pending",
     "look": "edited", "origin": "edited by hand", "r": "ana", "ce": True, "ct": "<b>x</b>",
     "ck": ["caption"], "fe": True, "ft": "Il vote !"},
    {"id": 6, "v": 2, "fr": ["Il vote."], "cp": [], "st": "draft", "look": "mt",
     "origin": "MT apertium fr-es", "r": "ben", "ct": "Vota.", "engine": "apertium fr-es",
     "qe": 0.412, "qh": "qe:usem3"},
    {"id": 8, "v": 2, "fr": ["Il vote."], "cp": [], "st": "draft", "look": "mt",
     "origin": "MT apertium fr-es", "r": "ben", "ct": "Vota.", "engine": "apertium fr-es",
     "s": 0.412},
    {"id": 10, "v": 4, "fr": ["A."], "cp": ["B."], "st": "confirmed", "look": "confirmed",
     "origin": "aligner (gold)", "r": "ana", "s": 0.9},
    {"id": 11, "v": 4, "fr": ["A."], "cp": ["B."], "st": "rejected", "look": "rejected",
     "origin": "aligner (gold)", "r": "ana"},
    {"id": 2, "v": 1, "fr": [], "cp": [], "st": "pending", "look": "empty",
     "origin": "edited by hand", "r": "ana"},
    {"id": 12, "v": 5, "fr": ["Infos pratiques"], "cp": [], "st": "auto", "look": "edited",
     "origin": "post-edited MT apertium fr-es", "r": "hugo", "ct": "Información práctica",
     "sh": "1:1"},
]  # fmt: skip


@pytest.mark.parametrize(
    "rows", [MIXED, MIXED[:1], MIXED * 3, []], ids=["mixed", "one", "repeated", "none"]
)
def test_packed_rows_unpack_to_the_same_rows(rows: list[dict[str, object]]) -> None:
    assert unpack(json.loads(json.dumps(pack(rows)))) == rows


def test_a_row_key_pack_does_not_know_is_an_error_not_a_loss() -> None:
    with pytest.raises(ValueError, match="row keys \\['new'\\]"):
        pack([{**MIXED[0], "new": 1}])


def test_packing_leaves_out_what_every_row_repeats() -> None:
    rows = [dict(MIXED[0], id=k) for k in range(1, 2001)]
    packed, plain = json.dumps(pack(rows)), json.dumps(rows)
    assert len(packed) < 0.5 * len(plain)
    assert packed.count("aligner (gold)") == 1


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the editor's script")
def test_the_editors_script_unpacks_the_rows_as_python_does() -> None:
    script = editor_script()
    found = re.search(r"^const RUNS = .*?^}\n", script, re.S | re.M)
    assert found is not None, "review/*.js lost its unpack()"
    program = (
        found.group(0) + "process.stdout.write(JSON.stringify(unpack(JSON.parse("
        "require('fs').readFileSync(0, 'utf8')))));"
    )
    out = subprocess.run(["node", "-e", program], input=json.dumps(pack(MIXED)),
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert json.loads(out) == MIXED


def test_the_editors_script_knows_every_key_the_rows_travel_with() -> None:
    """newcomer35 LOW 8: a post-edited MT draft showed 1:0 in the Review page and 1:1 in
    `workbench beads`: the server sent its shape ("sh") and the script's unpack, whose key
    lists are its own copy of pack's, dropped it."""
    script = editor_script()
    for name, keys in (("RUNS", RUNS), ("SPARSE", SPARSE)):
        found = re.search(rf"^const {name} = (\[.*?\]);", script, re.M)
        assert found is not None, f"review/*.js lost its {name}"
        assert json.loads(found.group(1)) == list(keys), name


keys = st.lists(st.tuples(st.integers(1, 40), st.integers(1, 3)), unique_by=lambda k: k[0],
                max_size=12)  # fmt: skip


@given(old=keys, new=keys)
def test_splicing_the_changed_rows_into_the_old_list_gives_the_new_one(
    old: list[tuple[int, int]], new: list[tuple[int, int]]
) -> None:
    a = [bead(bead_id=i, version=v) for i, v in old]
    b = [bead(bead_id=i, version=v) for i, v in new]
    start, old_end, new_end = splice(a, b)
    rebuilt = a[:start] + b[start:new_end] + a[old_end:]
    assert [(x.id, x.version) for x in rebuilt] == [(x.id, x.version) for x in b]


@pytest.mark.parametrize(
    ("origin", "label"),
    [
        ("auto:workbench+usem3", "aligner (workbench+usem3)"),
        ("mt:apertium:fr-es", "MT apertium fr-es"),
        ("human", "edited by hand"),
    ],
)
def test_origins_say_who_or_what_wrote_the_counterpart(origin: str, label: str) -> None:
    assert origin_label(origin) == label


GAPS = [
    bead(cp=(), cp_text=""),  # a gap
    bead(cp=(), cp_text="", status=Status.CONFIRMED, reviewer="ana"),  # confirmed as it is
    bead(cp=(), cp_text="", status=Status.REJECTED, reviewer="ana"),
    bead(cp=(), cp_text="", origin="postedit:mt:apertium:fr-es", reviewer="ana"),  # erased
    bead(cp=(), cp_text="El consejo.", status=Status.DRAFT, origin="mt:apertium:fr-es"),
    bead(),  # a pair
    bead(fr=(), cp=(3,)),  # nothing French to translate
]


def _js_gaps(rows: list[dict[str, object]]) -> list[bool]:
    """the editor script's isGap over the rows as the browser gets them (packed, then unpacked)."""
    script = editor_script()
    function = re.search(r"^function isGap\(.*?^}\n", script, re.S | re.M)
    unpacked = re.search(r"^const RUNS = .*?^}\n", script, re.S | re.M)
    assert function and unpacked, "review/*.js lost isGap or unpack"
    program = (
        function.group(0)
        + unpacked.group(0)
        + (
            "process.stdout.write(JSON.stringify(unpack(JSON.parse("
            "require('fs').readFileSync(0, 'utf8'))).map(isGap)));"
        )
    )
    out = subprocess.run(["node", "-e", program], input=json.dumps(pack(rows)),
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    found = json.loads(out)
    assert isinstance(found, list)
    return [bool(x) for x in found]


def test_the_editors_fill_all_counts_the_gaps_the_store_would_fill() -> None:
    """the editor script's isGap (the "Fill all N gaps" button) agrees with review.is_gap,
    which `workbench fill` and the app's Fill follow: a gap a reviewer settled is not one."""
    from workbench.review import is_gap

    expected = [True, False, False, False, False, False, False]
    assert _js_gaps([row(b, SEGMENTS) for b in GAPS]) == [is_gap(b) for b in GAPS] == expected


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the editor's script")
@pytest.mark.parametrize(
    ("gaps", "engine", "label"),
    [
        (1, "apertium fr-es+spa-eng", "Fill the 1 gap with MT (apertium fr-es+spa-eng)"),
        (3, "apertium fr-es", "Fill all 3 gaps with MT (apertium fr-es)"),
        (2, "", "Fill all 2 gaps with MT"),
        (0, "apertium fr-es", "No gap left to fill"),
    ],
)
def test_the_fill_all_button_counts_its_gaps_in_words(gaps: int, engine: str, label: str) -> None:
    """The newcomer pass (N10): the Review page offered "Fill all 1 gaps with MT"."""
    script = editor_script()
    found = re.search(r"^function fillAllLabel\(.*?^}\n", script, re.S | re.M)
    assert found is not None, "review/*.js has no fillAllLabel()"
    program = found.group(0) + (
        f"process.stdout.write(fillAllLabel({gaps}, {json.dumps(engine)}));"
    )
    out = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    assert out.stdout == label


def test_the_editors_gap_count_does_not_read_the_origins_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A draft erased by its post-editor is no gap. review/*.js told it by the label
    ", post-edited" it shows, so rewording the label made "Fill all N gaps" count it
    (and the server refuse it): the row carries the store's own answer instead."""
    from workbench.review import is_gap
    from workbench.ui import parallel

    monkeypatch.setattr(parallel, "origin_label", lambda origin: origin.replace(":", " "))
    assert _js_gaps([parallel.row(b, SEGMENTS) for b in GAPS]) == [is_gap(b) for b in GAPS]
