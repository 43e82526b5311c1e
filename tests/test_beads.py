"""The bead text form and alignment scoring, as the Text+Berg benchmark defines them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.formats.beads import format_beads, parse_bead, parse_beads, validate
from workbench.model import Bead, InputError, ParseError
from workbench.quality.alignment import AlignmentScore, score_alignment


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
        ([Bead((0,), (0,))], (2, 1), "cover 1 source sentences but the text has 2"),
        ([Bead((1,), (0,)), Bead((0,), (1,))], (None, None), "in order"),
    ],
)
def test_validate_explains_what_is_wrong(
    beads: list[Bead], sizes: tuple[int | None, int | None], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        validate(beads, *sizes)


GOLD = [
    Bead((0,), (0,)),
    Bead((1,), (1, 2)),
    Bead((2, 3), (3,)),
    Bead((), (4,)),
    Bead((4,), (5,)),
]


@pytest.mark.parametrize(
    ("system", "strict", "lax"),
    [
        # identical: everything right; the insertion is ignored
        (GOLD, (1.0, 1.0), (1.0, 1.0)),
        # 1-2 split into 1-1 + insertion: strict miss, lax hit for the 1-1
        (
            [
                Bead((0,), (0,)),
                Bead((1,), (1,)),
                Bead((), (2,)),
                Bead((2, 3), (3,)),
                Bead((), (4,)),
                Bead((4,), (5,)),
            ],
            (3 / 4, 3 / 4),
            (1.0, 1.0),
        ),
        # shifted by one: no strict hit; only the big bead shares gold links,
        # and it covers two gold beads
        (
            [Bead((0,), ()), Bead((1,), (0,)), Bead((2,), (1,)), Bead((3, 4), (2, 3, 4, 5))],
            (0.0, 0.0),
            (1 / 3, 2 / 4),
        ),
    ],
)
def test_score_strict_and_lax(
    system: list[Bead], strict: tuple[float, float], lax: tuple[float, float]
) -> None:
    report = score_alignment(GOLD, system)
    assert (report.strict_precision, report.strict_recall) == pytest.approx(strict)
    assert (report.lax_precision, report.lax_recall) == pytest.approx(lax)
    assert report.gold_beads == 4


def test_f1_is_the_harmonic_mean_and_empty_system_scores_zero() -> None:
    report = score_alignment(GOLD, [Bead((0,), (0,)), Bead((1,), (1,))])
    p, r = report.strict_precision, report.strict_recall
    assert report.strict_f1 == pytest.approx(2 * p * r / (p + r))
    empty = score_alignment(GOLD, [])
    assert isinstance(empty, AlignmentScore)
    assert (empty.strict_f1, empty.lax_f1) == (0.0, 0.0)


def test_report_is_frozen_and_carries_a_signature() -> None:
    report = score_alignment(GOLD, GOLD)
    with pytest.raises(AttributeError):
        report.strict_f1 = 0.0  # type: ignore[misc]
    assert report.as_dict()["signature"].startswith("align|")
