"""The bead text form and alignment scoring, as the Text+Berg benchmark defines them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.formats.beads import format_beads, parse_bead, parse_beads, validate
from workbench.model import Bead, InputError, ParseError
from workbench.quality.alignment import AlignmentScore, score_alignment, score_alignments


@pytest.mark.parametrize(
    ("line", "bead"),
    [
        ("[6, 7]:[9]:0.873", Bead((6, 7), (9,), 0.873)),
        ("[6,7]:[9]", Bead((6, 7), (9,), 0.0)),
        ("[]:[22]", Bead((), (22,), 0.0)),
        ("[16]:[]:0.5", Bead((16,), (), 0.5)),
        ("  [0]:[0]:1  ", Bead((0,), (0,), 1.0)),
    ],
)
def test_parse_bead(line: str, bead: Bead) -> None:
    assert parse_bead(line) == bead


@pytest.mark.parametrize("line", ["6:9", "[a]:[1]", "[1]:[2]:high", "[1][2]", "[1, ]:[2]"])
def test_parse_bead_rejects_garbage_with_line_number(line: str) -> None:
    with pytest.raises(ParseError, match="line 3"):
        parse_bead(line, 3)


def test_parse_beads_skips_blank_lines() -> None:
    assert parse_beads("[0]:[0]\n\n[1]:[1, 2]\n") == [Bead((0,), (0,)), Bead((1,), (1, 2))]


beads_strategy = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 3), st.floats(0, 1)).filter(
        lambda t: t[0] + t[1] > 0
    ),
    max_size=30,
)


def _chain(shapes: list[tuple[int, int, float]]) -> list[Bead]:
    beads, i, j = [], 0, 0
    for a, b, score in shapes:
        beads.append(Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), round(score, 3)))
        i, j = i + a, j + b
    return beads


@given(beads_strategy)
def test_format_then_parse_round_trips(shapes: list[tuple[int, int, float]]) -> None:
    beads = _chain(shapes)
    assert parse_beads(format_beads(beads)) == beads
    validate(parse_beads(format_beads(beads)))


def test_format_without_scores_matches_the_gold_files() -> None:
    assert format_beads([Bead((6, 7), (9, 10), 0.5)], scores=False) == "[6, 7]:[9, 10]\n"


@pytest.mark.parametrize(
    ("beads", "sizes", "message"),
    [
        ([Bead((0,), (0,)), Bead((2,), (1,))], (None, None), "source sentence 2 where 1"),
        ([Bead((0,), (1,))], (None, None), "target sentence 1 where 0"),
        ([Bead((), ())], (None, None), "empty"),
        ([Bead((0,), (0,))], (2, 1), "cover 1 source sentence but the text has 2"),
        ([Bead((1,), (0,)), Bead((0,), (1,))], (None, None), "in order"),
    ],
)
def test_validate_explains_what_is_wrong(
    beads: list[Bead], sizes: tuple[int | None, int | None], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        validate(beads, *sizes)


def _beads(text: str) -> list[Bead]:
    return parse_beads(text.replace(" | ", "\n"))


GOLD_1TO1 = "[0]:[0] | [1]:[1] | [2]:[2] | [3]:[3]"
GOLD = "[0]:[0] | [1]:[1, 2] | []:[3] | [2, 3]:[4] | [4]:[] | [5]:[5]"
ISSUE = "[0]:[0] | [1]:[1] | [2]:[2] | [3]:[] | []:[3]"
MERGED = "[0]:[0] | [1]:[1, 2, 3] | [2, 3, 4]:[4] | [5]:[5]"

# Expected figures are the output of vecalign's own score.py (commit b9d732c,
# score_multiple) on the same beads: strict P, R, F1, then lax P, R, F1.
VECALIGN_CASES = [
    # a 1-1 split into a deletion and an insertion: both nulls count against precision
    ("issue 14", GOLD_1TO1, ISSUE, (0.6, 0.75, 0.666667, 0.6, 0.75, 0.666667)),
    ("identical", GOLD, GOLD, (1.0, 1.0, 1.0, 1.0, 1.0, 1.0)),
    # the gold's own insertion []:[3] and deletion [4]:[] are precision hits
    (
        "1-2 split into 1-1 + insertion",
        GOLD,
        "[0]:[0] | [1]:[1] | []:[2] | []:[3] | [2, 3]:[4] | [4]:[] | [5]:[5]",
        (0.714286, 0.75, 0.731707, 0.857143, 1.0, 0.923077),
    ),
    ("nulls merged into neighbours", GOLD, MERGED, (0.5, 0.5, 0.5, 1.0, 1.0, 1.0)),
    (
        "shifted by one",
        GOLD,
        "[0]:[] | [1]:[0] | [2]:[1] | [3, 4]:[2, 3, 4] | [5]:[5]",
        (0.2, 0.25, 0.222222, 0.4, 0.5, 0.444444),
    ),
    (
        "everything left out",
        GOLD,
        " | ".join([f"[{i}]:[]" for i in range(6)] + [f"[]:[{j}]" for j in range(6)]),
        (0.166667, 0.0, 0.0, 0.166667, 0.0, 0.0),
    ),
    # beads are sets: the repeated [0]:[0] counts once
    (
        "repeated bead",
        GOLD_1TO1,
        "[0]:[0] | [0]:[0] | [1]:[1] | [2, 3]:[2, 3]",
        (0.666667, 0.5, 0.571429, 1.0, 1.0, 1.0),
    ),
]


def _figures(report: AlignmentScore) -> tuple[float, ...]:
    return (
        report.strict_precision,
        report.strict_recall,
        report.strict_f1,
        report.lax_precision,
        report.lax_recall,
        report.lax_f1,
    )


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [case[1:] for case in VECALIGN_CASES],
    ids=[case[0] for case in VECALIGN_CASES],
)
def test_score_is_vecalign_score_py(gold: str, system: str, expected: tuple[float, ...]) -> None:
    report = score_alignment(_beads(gold), _beads(system))
    assert _figures(report) == pytest.approx(expected, abs=1e-6)


def test_several_documents_are_micro_averaged_as_vecalign_does() -> None:
    report = score_alignments([(_beads(GOLD_1TO1), _beads(ISSUE)), (_beads(GOLD), _beads(MERGED))])
    assert _figures(report) == pytest.approx(
        (0.555556, 0.625, 0.588235, 0.777778, 0.875, 0.823529), abs=1e-6
    )
    assert (report.system_beads, report.gold_beads) == (9, 8)
    with pytest.raises(InputError, match="no documents"):
        score_alignments([])


def test_denominators_are_all_system_beads_and_gold_pairs() -> None:
    report = score_alignment(_beads(GOLD), _beads(GOLD))
    assert (report.system_beads, report.gold_beads) == (6, 4)


@given(beads_strategy)
def test_a_system_equal_to_the_gold_scores_one(shapes: list[tuple[int, int, float]]) -> None:
    beads = _chain(shapes)
    report = score_alignment(beads, beads)
    has_pair = any(b.src and b.tgt for b in beads)
    assert report.strict_precision == (1.0 if beads else 0.0)
    assert report.strict_recall == (1.0 if has_pair else 0.0)


def test_f1_is_the_harmonic_mean_and_empty_system_scores_zero() -> None:
    report = score_alignment(_beads(GOLD), [Bead((0,), (0,)), Bead((1,), (1,))])
    p, r = report.strict_precision, report.strict_recall
    assert report.strict_f1 == pytest.approx(2 * p * r / (p + r))
    empty = score_alignment(_beads(GOLD), [])
    assert isinstance(empty, AlignmentScore)
    assert (empty.strict_f1, empty.lax_f1) == (0.0, 0.0)


def test_report_is_frozen_and_carries_a_signature() -> None:
    report = score_alignment(_beads(GOLD), _beads(GOLD))
    with pytest.raises(AttributeError):
        report.strict_f1 = 0.0  # type: ignore[misc]
    assert report.as_dict()["signature"] == (
        "align|beads:sets|p:system-beads-incl-nulls|r:gold-beads-excl-nulls"
        "|lax:shared-link|docs:micro|as:vecalign-score.py|version:2"
    )
