"""QA of subtitles: a subtitler's checks on timed cues (Netflix's limits), and pairs of
cues compared without their sound descriptions and speaker labels (SDH)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.model import BeadDraft, Kind, Sentence, Status, StoredBead
from workbench.pipeline.quality import _nearest_beads, qa_document
from workbench.quality.qa import IssueKind, QaOptions, Severity, check_pair, check_pairs
from workbench.quality.sdh import said, sdh_marks
from workbench.quality.subtitles import (
    Audience,
    Cue,
    SubtitleRules,
    check_cues,
    cues_of,
    seconds,
)
from workbench.store import Store


def cue(start: float, end: float, *lines: str, number: int = 1) -> Cue:
    return Cue(number, start, end, lines or ("Bonjour.",), f"{start} --> {end}", number)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("00:00:01,000", 1.0),
        ("01:02:03,450", 3723.45),
        ("00:00:03.5", 3.5),  # WebVTT, short milliseconds
        ("02:03.250", 123.25),  # WebVTT without hours
        ("10:00:00,001", 36000.001),
    ],
)
def test_a_subtitle_time_in_seconds(stamp: str, expected: float) -> None:
    assert seconds(stamp) == pytest.approx(expected)


LINE_42 = "x" * 42
SPEED_17 = "y" * 34  # 17 characters a second over 2 s


@pytest.mark.parametrize(
    ("cues", "lang", "rules", "expected"),
    [
        # reading speed: at the limit passes, above it is a warning; English reads faster
        ([cue(0, 2, SPEED_17)], "fr", SubtitleRules(), []),
        ([cue(0, 2, SPEED_17 + "y")], "fr", SubtitleRules(), [IssueKind.READING_SPEED]),
        ([cue(0, 2, SPEED_17 + "y")], "en", SubtitleRules(), []),
        ([cue(0, 2, "z" * 41)], "en", SubtitleRules(), [IssueKind.READING_SPEED]),
        (
            [cue(0, 2, "y" * 27)],
            "fr",
            SubtitleRules(audience=Audience.CHILDREN),
            [IssueKind.READING_SPEED],
        ),  # children: 13 a second
        ([cue(0, 2, SPEED_17 + "y")], "fr-CA", SubtitleRules(sdh=True), []),  # SDH: 20
        ([cue(0, 2, "Deux lignes,", "dix-sept.")], "fr", SubtitleRules(), []),
        # characters per line, lines per cue
        ([cue(0, 4, LINE_42)], "fr", SubtitleRules(), []),
        ([cue(0, 4, LINE_42 + "!")], "fr", SubtitleRules(), [IssueKind.LINE_LENGTH]),
        ([cue(0, 4, "x" * 20)], "ja", SubtitleRules(), [IssueKind.READING_SPEED]),
        ([cue(0, 4, "Un.", "Deux.", "Trois.")], "fr", SubtitleRules(), [IssueKind.LINE_COUNT]),
        # time on screen: 5/6 s to 7 s; a cue ending before it starts is an error
        ([cue(0, 0.84, "Oui.")], "fr", SubtitleRules(), []),
        ([cue(0, 0.8, "Oui.")], "fr", SubtitleRules(), [IssueKind.DURATION]),
        ([cue(0, 7.0)], "fr", SubtitleRules(), []),
        ([cue(0, 7.2)], "fr", SubtitleRules(), [IssueKind.DURATION]),
        ([cue(5.5, 5.0)], "fr", SubtitleRules(), [IssueKind.DURATION]),
        # the next cue: overlapping, out of order, under 2 frames away, or far enough
        ([cue(1, 4), cue(3, 6, number=2)], "fr", SubtitleRules(), [IssueKind.OVERLAP]),
        ([cue(8, 9), cue(7, 7.9, number=2)], "fr", SubtitleRules(), [IssueKind.OVERLAP]),
        ([cue(1, 3), cue(3.04, 5, number=2)], "fr", SubtitleRules(), [IssueKind.GAP]),
        ([cue(1, 3), cue(3, 5, number=2)], "fr", SubtitleRules(), [IssueKind.GAP]),
        ([cue(1, 3), cue(3.067, 5, number=2)], "fr", SubtitleRules(), []),
        ([cue(1, 3), cue(3.08, 5, number=2)], "fr", SubtitleRules(frame_rate=24), [IssueKind.GAP]),
    ],
)
def test_a_subtitlers_checks_on_cues(
    cues: list[Cue], lang: str, rules: SubtitleRules, expected: list[IssueKind]
) -> None:
    assert [f.kind for f in check_cues(cues, lang, rules)] == expected


def test_each_finding_names_its_cue_and_time_and_only_the_broken_cue_is_an_error() -> None:
    cues = cues_of([
        (10, "Première réplique.", {"timecode": "00:00:01,000 --> 00:00:04,000"}),
        (11, "Deuxième, qui chevauche.", {"timecode": "00:00:03,000 --> 00:00:06,000"}),
        (12, "Fin avant le début.", {"timecode": "00:00:05,500 --> 00:00:05,000"}),
    ])  # fmt: skip
    found = check_cues(cues, "fr", label="overlap.fr cue")
    assert [(f.cue.key, f.severity) for f in found] == [
        (10, Severity.WARNING), (11, Severity.WARNING), (12, Severity.ERROR),
    ]  # fmt: skip
    assert found[0].message.startswith("overlap.fr cue 1 at 00:00:01,000: overlaps cue 2")


def test_a_cue_of_several_segments_is_one_cue_with_all_its_lines() -> None:
    # the reader stores a subtitler's credit as a segment of its own on its cue's timecode
    timecode = "00:05:06,973 --> 00:05:09,973"
    cues = cues_of([
        (1, "Voici le glacier du Rhône, dans les Alpes suisses.",
         {"timecode": "00:00:12,826 --> 00:00:16,540",
          "lines": "Voici le glacier du Rhône,\ndans les Alpes suisses."}),
        (2, "Un titre sans temps.", {}),
        (3, "Traduction : Claire Aubert", {"timecode": timecode}),
        (4, "Sous-titrage : Studio Mistral", {"timecode": timecode}),
    ])  # fmt: skip
    assert [(c.number, c.key, len(c.lines)) for c in cues] == [(1, 1, 2), (2, 3, 2)]
    assert cues[1].characters == 55
    assert [f.kind for f in check_cues(cues, "fr")] == [IssueKind.READING_SPEED]


@pytest.mark.parametrize(
    ("text", "spoken", "marks"),
    [
        ("[VENT QUI SOUFFLE]", "", ["[VENT QUI SOUFFLE]"]),
        ("(ESSOUFFLÉE) Douze mètres de glace.", "Douze mètres de glace.", ["(ESSOUFFLÉE)"]),
        ("[door slams] Who's there?", "Who's there?", ["[door slams]"]),
        ("(essoufflée) Douze mètres.", "Douze mètres.", ["(essoufflée)"]),  # opens the cue
        ("MARIE : Tu es prête ?", "Tu es prête ?", ["MARIE :"]),
        ("- MARIE: Prête ? - JEAN: Presque.", "- Prête ? - Presque.", ["MARIE:", "JEAN:"]),
        ("Il est parti (enfin).", "Il est parti (enfin).", []),  # a remark, not a sound
        ("Note : rien.", "Note : rien.", []),  # a label is written in capitals
        ("Il a dit [RIRES] non.", "Il a dit non.", ["[RIRES]"]),
    ],
)
def test_sound_descriptions_and_speaker_labels(text: str, spoken: str, marks: list[str]) -> None:
    assert said(text) == spoken
    assert sdh_marks(text) == marks


SUBTITLES = QaOptions(subtitles=True)


@pytest.mark.parametrize(
    ("source", "target", "options", "expected"),
    [
        # newcomer24: capitals of a sound description are no names, nor what follows one
        ("[Wind THAT BLOWS]", "[VENT QUI SOUFFLE]", SUBTITLES, []),
        ("[VENT QUI SOUFFLE]", "[VENT QUI SOUFFLE]", SUBTITLES, [IssueKind.IDENTICAL]),
        ("Twelve metres of ice, gone in five years.",
         "(ESSOUFFLÉE) Douze mètres de glace, disparus en cinq ans.", SUBTITLES, []),
        ("[THUNDER] Far away.", "[TONNERRE AU LOIN]", SUBTITLES, [IssueKind.SOUND]),
        # SDH against standard subtitles: a sound or a label on one side only is no error
        ("Where is Marie?", "[PORTE QUI CLAQUE] Où est Marie ?", SUBTITLES, []),
        ("JEAN: Twelve o'clock.", "Midi.", SUBTITLES, []),
        ("[CLOCK STRIKES 12] Noon.", "Midi.", SUBTITLES, []),
        # a sound alone against speech: the wrong cues together, or a line not translated
        ("Are you ready?", "[VENT QUI SOUFFLE]", SUBTITLES, [IssueKind.SOUND]),
        ("[door slams]", "Tu es prête ?", SUBTITLES, [IssueKind.SOUND]),
        # the other checks still run on what is said, and brackets on the whole cue
        ("[RAIN] I paid 12 euros.", "[PLUIE] J'ai payé 13 euros.", SUBTITLES,
         [IssueKind.NUMBERS]),
        ("[RAIN I paid.", "[PLUIE] J'ai payé.", SUBTITLES, [IssueKind.BRACKETS]),
        # Spanish opens a question with ¿: its first word is no name (newcomer24's corto)
        ("¿Con quién? ¿Con ese tal Andrés?", "Avec qui ? Ce fameux Andrés ?", SUBTITLES, []),
        ("¿Dónde estabas anoche?", "Où étais-tu hier soir ?", QaOptions(), []),
        # outside subtitles capitals in brackets are read as before
        ("[Wind THAT BLOWS]", "[VENT QUI SOUFFLE]", QaOptions(), [IssueKind.NAMES] * 2),
    ],
)  # fmt: skip
def test_subtitle_pairs_are_compared_on_what_is_said(
    source: str, target: str, options: QaOptions, expected: list[IssueKind]
) -> None:
    assert [i.kind for i in check_pair(source, target, options=options)] == expected


def test_the_usual_length_of_subtitle_pairs_leaves_their_sounds_out() -> None:
    pairs = [("[MUSIC] " * 6 + "Yes.", "Oui."), ("No.", "Non."), ("Maybe.", "Peut-être.")] * 3
    assert not check_pairs(pairs, SUBTITLES)


# newcomer24's credit cue: 55 characters in 3 s (18.3 a second), over French's 17.
CREDIT = Sentence(
    "Sous-titrage : Studio Mistral Traduction : Claire Aubert", Kind.BOILERPLATE, "fr", 3,
    (("timecode", "00:00:09,000 --> 00:00:12,000"),
     ("lines", "Sous-titrage : Studio Mistral\nTraduction : Claire Aubert")),
)  # fmt: skip


def _film(
    store: Store, looked: str = "Regardez.", credit: bool = False, second: Status = Status.AUTO
) -> Store:
    """A French SDH cue file against English standard subtitles, one bead a cue; its last
    French cue as ``looked`` says (a reviewer's edit when it is not "Regardez."); with
    ``credit``, a credit cue after it, boilerplate as ingest stores it, in no bead."""
    fr_cues = [
        ("[VENT QUI SOUFFLE]", "00:00:02,324 --> 00:00:03,724"),
        ("(ESSOUFFLÉE) Douze mètres de glace, disparus en cinq ans.",
         "00:00:04,000 --> 00:00:06,000"),
        ("Regardez.", "00:00:06,040 --> 00:00:08,000"),
    ]  # fmt: skip
    en_cues = [("Twelve metres of ice, gone in five years.", "00:00:04.100 --> 00:00:07.900"),
               ("Look.", "00:00:07.500 --> 00:00:09.000")]  # fmt: skip
    fr = store.store_file(
        name="glacier.fr", path="/c/glacier.fr.srt", lang="fr", encoding="utf-8",
        sha256="a" * 64, size=1,
        sentences=[Sentence(t, Kind.CAPTION, "fr", i, (("timecode", c),))
                   for i, (t, c) in enumerate(fr_cues)] + ([CREDIT] if credit else []),
    ).document  # fmt: skip
    en = store.store_file(
        name="glacier.en", path="/c/glacier.en.vtt", lang="en", encoding="utf-8",
        sha256="b" * 64, size=1, original_of=fr.id,
        sentences=[Sentence(t, Kind.CAPTION, "en", i, (("timecode", c),))
                   for i, (t, c) in enumerate(en_cues)],
    ).document  # fmt: skip
    f = [s.id for s in store.segments(fr.id)]
    e = [s.id for s in store.segments(en.id)]
    beads = [
        BeadDraft((f[0],), (), fr_cues[0][0], "", 0.9, Status.AUTO, "auto:test"),
        BeadDraft((f[1],), (e[0],), fr_cues[1][0], en_cues[0][0], 0.9, second, "auto:test"),
        BeadDraft((f[2],), (e[1],), looked, "Look.", 0.9, Status.AUTO, "auto:test"),
    ]
    store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(en.id, 1), fr_lang="fr", cp_lang="en",
        aligner="test", beads=beads,
    )  # fmt: skip
    return store


def test_qa_of_a_subtitled_film_names_each_cue_on_its_bead(store: Store) -> None:
    found = [(i.position, str(i.issue.kind), i.issue.message) for i in qa_document(_film(store),
             "glacier.fr", "en")]  # fmt: skip
    assert found == [
        (1, "reading speed", "glacier.fr cue 2 at 00:00:04,000: 28.5 characters a second, "
         "over 17 (fr adult): 57 characters in 2.00 s"),
        (1, "line length", "glacier.fr cue 2 at 00:00:04,000: line 1 has 57 characters, "
         "over 42: '(ESSOUFFLÉE) Douze mètres de glace, disparus en cinq ans.'"),
        (1, "gap", "glacier.fr cue 2 at 00:00:04,000: 40 ms before cue 3, under 2 frames "
         "(67 ms at 30 fps)"),
        (1, "overlap", "glacier.en cue 1 at 00:00:04.100: overlaps cue 2 by 0.400 s "
         "(it starts at 00:00:07.500)"),
    ]  # fmt: skip


def test_every_cue_is_read_a_credit_set_aside_as_boilerplate_too(store: Store) -> None:
    """A subtitler delivers the credit cue that ingest keeps out of the alignment: its
    reading speed is checked, on the bead before it, saying what it is, with its text."""
    found = [(i.position, str(i.issue.kind), i.issue.message, i.source, i.target)
             for i in qa_document(_film(store, credit=True), "glacier.fr", "en")
             if i.issue.kind is IssueKind.READING_SPEED]  # fmt: skip
    credit = "Sous-titrage : Studio Mistral / Traduction : Claire Aubert"
    assert found[1:] == [
        (2, "reading speed", "glacier.fr cue 4 at 00:00:09,000: 18.3 characters a second, "
         f"over 17 (fr adult): 55 characters in 3.00 s (boilerplate, in no bead: {credit})",
         "", credit),
    ]  # fmt: skip


def test_a_rejected_pairs_cues_are_still_read_on_its_bead(store: Store) -> None:
    """Rejecting the pair unpairs nothing in the file: the French cue is delivered."""
    found = [(i.position, str(i.issue.kind)) for i in qa_document(
        _film(store, second=Status.REJECTED), "glacier.fr", "en")]  # fmt: skip
    assert found == [(1, "reading speed"), (1, "line length"), (1, "gap"), (1, "overlap")]


@pytest.mark.parametrize(
    ("keys", "held", "near"),
    [
        ([1, 2, 3], {1: 10, 3: 30}, {2: 10}),  # after a held cue: its bead
        ([1, 2, 3], {3: 30}, {1: 30, 2: 30}),  # before every held cue: the first bead
        ([1, 2], {}, {}),  # no bead at all: nowhere to say it
        ([1, 2], {1: 10, 2: 20}, {}),
    ],
)
def test_a_cue_in_no_bead_is_told_on_the_nearest_bead(
    keys: list[int], held: dict[int, int], near: dict[int, int]
) -> None:
    beads = {position: _bead(position) for position in held.values()}
    holder = {key: beads[position] for key, position in held.items()}
    found = _nearest_beads(keys, holder)
    assert {key: bead.position for key, bead in found.items()} == near


def _bead(position: int) -> StoredBead:
    return StoredBead(
        id=position, alignment_id=1, position=position, fr=(), cp=(), fr_text="", cp_text="",
        score=0.0, status=Status.AUTO, origin="auto:test", reviewer=None, version=1,
        created_at=datetime(2026, 12, 2), updated_at=datetime(2026, 12, 2),
    )  # fmt: skip


def test_qa_of_subtitles_from_the_command_line(store: Store) -> None:
    db = _film(store).url.removeprefix("sqlite:///")
    args = ["qa", "glacier.fr", "--to", "en", "--db", db, "-f", "json", "--encoder", "none"]
    adults = json.loads(CliRunner().invoke(app, args).output)
    children = json.loads(CliRunner().invoke(app, [*args, "--audience", "children"]).output)
    assert [r["kind"] for r in adults].count("reading speed") == 1
    assert [r["kind"] for r in children].count("reading speed") == 1
    assert "over 13 (fr children)" in next(
        r["message"] for r in children if r["kind"] == "reading speed"
    )
    help_text = CliRunner().invoke(app, ["qa", "--help"]).output
    assert "reading speed" in help_text and "--audience" in help_text


@pytest.mark.parametrize(
    ("looked", "expected"),
    [
        ("Regardez.", []),
        ("Regardez bien :\nla glace a fondu.", []),  # the edit's lines are the cue's
        ("Regardez bien : toute la glace a fondu depuis.", ["reading speed", "line length"]),
    ],
)
def test_a_reviewers_edit_of_a_cue_is_checked_as_it_now_reads(
    store: Store, looked: str, expected: list[str]
) -> None:
    found = qa_document(_film(store, looked), "glacier.fr", "en")
    cue_kinds = {"reading speed", "line length", "lines", "duration", "overlap", "gap"}
    assert [k for i in found if i.position == 2 and (k := str(i.issue.kind)) in cue_kinds] == (
        expected
    )


def test_a_reviewers_own_line_breaks_in_a_cue_are_what_qa_checks(store: Store) -> None:
    """A reviewer who only broke a too-long cue in two (same words) sees its line-length
    finding go: the exports write their lines (newcomer37 MEDIUM 6), and qa checked the
    cue's old single line, since the words had not changed."""
    from workbench import review
    from workbench.pipeline.alignment import alignment_for, apply

    _film(store)
    alignment = alignment_for(store, "glacier.fr", "en")
    broken = "(ESSOUFFLÉE) Douze mètres\nde glace, disparus en cinq ans."
    apply(store, alignment.id, review.edit_text(store.beads(alignment.id), 1, "fr", broken,
          "lea"), "lea")  # fmt: skip
    kinds = [str(i.issue.kind) for i in qa_document(store, "glacier.fr", "en") if i.position == 1]
    assert "line length" not in kinds and "reading speed" in kinds
