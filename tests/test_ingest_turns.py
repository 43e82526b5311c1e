"""A transcript's turn markup: the speaker and the time are the segment's meta, not its text.

The shapes are those real transcripts have (Descript, Rev, Otter, Word's Transcribe, an
interview's Q/A, a broadcaster's as-broadcast script, French typography's space before
the colon); the counter-examples are lines of pages and reports that look like labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import readers_files as F
from workbench.align.turn_times import turn_seconds, turn_timecodes
from workbench.ingest.files import unreadable_type
from workbench.ingest.markup import RawBlock
from workbench.ingest.readers import SUFFIXES, read_file
from workbench.ingest.readers_subtitles import TIMECODE
from workbench.ingest.turns import opening_turn, turn_blocks
from workbench.model import SPEAKER, TURN_TIME, Kind, Meta, Segment
from workbench.pipeline.alignment import timecodes
from workbench.pipeline.parsing import parse_file


@pytest.mark.parametrize(
    ("line", "speaker", "time", "said"),
    [
        ("[00:00:28] LENOIR: When I started here.", "LENOIR", "00:00:28", "When I started here."),
        ("00:01:02 NARRATOR – At dawn.", "NARRATOR", "00:01:02", "At dawn."),
        ("LENOIR : Quand j'ai commencé.", "LENOIR", "", "Quand j'ai commencé."),
        ("LENOIR\u00a0: Quand j'ai commencé.", "LENOIR", "", "Quand j'ai commencé."),
        ("JEAN-PIERRE REY : Sans le glacier…", "JEAN-PIERRE REY", "", "Sans le glacier…"),
        ("(00:12) Q: What did you see?", "Q", "00:12", "What did you see?"),
        ("10:00:04:12 NARRATOR (V.O.): Hello.", "NARRATOR", "10:00:04:12", "Hello."),
        ("Marie Lenoir (00:04):", "Marie Lenoir", "00:04", ""),  # Rev: a line of its own
        ("Marie Lenoir  0:04", "Marie Lenoir", "0:04", ""),  # Otter
        ("00:00:04 Speaker 1", "Speaker 1", "00:00:04", ""),  # Word's Transcribe
        ("[00:00:04] At dawn, it is silent.", "", "00:00:04", "At dawn, it is silent."),
        ("Marie Lenoir: Every year.", "Marie Lenoir", "", "Every year."),
        ("Marie Lenoir: [00:00:28] When I…", "Marie Lenoir", "00:00:28", "When I…"),
        ("LENOIR [00:00:28]: When I…", "LENOIR", "00:00:28", "When I…"),
        ("Q : Qu'avez-vous vu ?", "Q", "", "Qu'avez-vous vu ?"),
    ],
)  # fmt: skip
def test_a_turn_opening_gives_its_speaker_time_and_what_is_said(
    line: str, speaker: str, time: str, said: str
) -> None:
    turn = opening_turn(line)
    assert turn is not None
    assert (turn.speaker, turn.time, line[turn.end :].strip()) == (speaker, time, said)


@pytest.mark.parametrize(
    "line",
    [
        "10:30 Coffee break",  # a schedule
        "00:00 Intro",  # a podcast's chapters
        "THE LAST ICE – Transcript (English, final cut v3)",  # a title in capitals
        "END OF TRANSCRIPT",
        "Attention : le pont est fin ici.",  # prose
        "Messages : 12",  # a forum's field
        "Inscription : sept. 2026",
        "Marie went home.",
        "NASA said the rocket was ready.",
        "In 1998 the ice reached that rock.",
    ],
)
def test_lines_that_only_look_like_labels_open_no_turn(line: str) -> None:
    assert opening_turn(line) is None


def _blocks(*lines: str) -> list[RawBlock]:
    return [RawBlock(text, n) for n, text in enumerate(lines, 1)]


def _said(blocks: list[RawBlock]) -> list[tuple[str, Meta]]:
    return [(b.text, b.meta) for b in blocks]


def _meta(speaker: str = "", time: str = "") -> Meta:
    return tuple(pair for pair in ((SPEAKER, speaker), (TURN_TIME, time)) if pair[1])


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # Descript: a turn a paragraph, a heading and a closing line outside the turns
            ["THE LAST ICE", "[00:00:04] NARRATOR: At dawn.", "[00:00:28] LENOIR: Look.",
             "[00:00:40] NARRATOR: Marie Lenoir measures it.", "END OF TRANSCRIPT"],
            [("THE LAST ICE", ()), ("At dawn.", _meta("NARRATOR", "00:00:04")),
             ("Look.", _meta("LENOIR", "00:00:28")),
             ("Marie Lenoir measures it.", _meta("NARRATOR", "00:00:40")),
             ("END OF TRANSCRIPT", ())],
        ),
        (  # Rev: the label on a line of its own gives the paragraphs after it their turn
            ["Marie Lenoir (00:04):", "When I started here, the ice reached that rock.",
             "Look where it is now.", "Paul Favre (00:12):", "Are you ready?",
             "Marie Lenoir (00:15):", "Almost."],
            [("When I started here, the ice reached that rock.", _meta("Marie Lenoir", "00:04")),
             ("Look where it is now.", _meta("Marie Lenoir", "00:04")),
             ("Are you ready?", _meta("Paul Favre", "00:12")),
             ("Almost.", _meta("Marie Lenoir", "00:15"))],
        ),
        (  # French, untimed: two speakers, a space before the colon
            ["PAUL : Tu es prête ?", "LENOIR : Presque. Passe-moi la foreuse.",
             "PAUL : Elle est plus lourde que l'an dernier."],
            [("Tu es prête ?", _meta("PAUL")),
             ("Presque. Passe-moi la foreuse.", _meta("LENOIR")),
             ("Elle est plus lourde que l'an dernier.", _meta("PAUL"))],
        ),
        (  # several turns in one paragraph: one block a turn
            ["[00:00:50] PAUL: Are you ready? [00:00:53] LENOIR: Almost. Give me the drill.",
             "[00:00:57] PAUL: It's heavier. LENOIR: No, you're getting older.",
             "[00:01:03] NARRATOR: - Attention, le pont est fin ici. - Je vois. Vas-y."],
            [("Are you ready?", _meta("PAUL", "00:00:50")),
             ("Almost. Give me the drill.", _meta("LENOIR", "00:00:53")),
             ("It's heavier.", _meta("PAUL", "00:00:57")),
             ("No, you're getting older.", _meta("LENOIR")),
             ("- Attention, le pont est fin ici.", _meta("NARRATOR", "00:01:03")),
             ("- Je vois. Vas-y.", _meta("NARRATOR", "00:01:03"))],
        ),
    ],
)  # fmt: skip
def test_a_transcript_is_cut_at_each_turn_its_markup_kept_as_meta(
    lines: list[str], expected: list[tuple[str, Meta]]
) -> None:
    assert _said(turn_blocks(_blocks(*lines))) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # a forum page: fields and replies' subjects
        ["Messages : 12", "Re: Frenos de disco que chirrían", "Messages : 1204",
         "Re: Frenos de disco que chirrían", "Inscription : mars 2011"],
        # a podcast page: its chapters and a few quoted lines among its menus
        ["00:00 Intro", "03:12 Out on the sands", "Home", "Episodes", "About", "Support",
         "Contact", "JACK: You watch the water.", "HOST: How fast?", "JACK: Faster than that.",
         "Subscribe", "Share", "Comments", "Privacy"],
        # a report: one note, two speakers' words quoted once each
        ["Summary", "Note: figures are provisional.", "The council met twice.",
         "MAYOR: We need water.", "The vote was close."],
    ],
)  # fmt: skip
def test_a_document_that_is_not_a_transcript_is_left_as_it_is(lines: list[str]) -> None:
    blocks = _blocks(*lines)
    assert turn_blocks(blocks) == blocks


TRANSCRIPT = [
    "[00:00:04] NARRATOR: At dawn, the mountain is silent. But under the snow, the ice moves.",
    "[00:00:28] LENOIR : Quand j'ai commencé ici en 1998, la glace arrivait jusqu'à ce rocher.",
    "[00:00:40] NARRATOR: Marie Lenoir has measured this glacier for twenty-six years.",
]
SEGMENTS = [
    ("At dawn, the mountain is silent.", "NARRATOR", "00:00:04"),
    ("But under the snow, the ice moves.", "NARRATOR", "00:00:04"),
    ("Quand j'ai commencé ici en 1998, la glace arrivait jusqu'à ce rocher.", "LENOIR", "00:00:28"),
    ("Marie Lenoir has measured this glacier for twenty-six years.", "NARRATOR", "00:00:40"),
]  # fmt: skip


def _docx(lines: list[str]) -> bytes:
    return F.docx("".join(F.para(F.run(line)) for line in lines))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("t.txt", "\n".join(TRANSCRIPT).encode()),
        ("t.md", "\n\n".join(TRANSCRIPT).encode()),
        ("t.docx", _docx(TRANSCRIPT)),
        ("t.odt", F.odt("".join(f"<text:p>{line}</text:p>" for line in TRANSCRIPT))),
    ],
)
def test_a_transcript_file_becomes_sentences_without_markup_and_a_turn_each(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _, _, sentences = parse_file(path)
    said = [s for s in sentences if s.kind is not Kind.FOOTNOTE]  # the test package's own note
    got = [(s.text, dict(s.meta).get(SPEAKER), dict(s.meta).get(TURN_TIME)) for s in said]
    assert got == SEGMENTS
    assert read_file(path).blocks[0].text.startswith("At dawn")


@pytest.mark.parametrize(
    ("time", "seconds"),
    [("00:00:28", 28.0), ("0:04", 4.0), ("(00:12)", None), ("01:02:03", 3723.0),
     ("00:00:04.20", 4.2), ("10:00:04:12", 36004.48), ("soon", None)],
)  # fmt: skip
def test_a_turn_time_reads_as_seconds(time: str, seconds: float | None) -> None:
    assert turn_seconds(time) == (pytest.approx(seconds) if seconds is not None else None)


def test_a_turns_sentences_share_its_time_by_length_and_markup_alone_is_an_empty_span() -> None:
    metas = [(), _meta("A", "00:00:10"), _meta("A", "00:00:10"), _meta("B", "00:00:16"), ()]
    texts = ["TITLE", "x" * 20, "x" * 40, "y" * 8, "END"]
    assert turn_timecodes(metas, texts) == [
        "00:00:10,000 --> 00:00:10,000 derived",  # before every turn: empty, at the first turn
        "00:00:10,000 --> 00:00:12,000 derived",  # a third of the turn's six seconds
        "00:00:12,000 --> 00:00:16,000 derived",
        "00:00:16,000 --> 00:00:17,000 derived",  # the last turn: its text at 8 characters a second
        "00:00:17,000 --> 00:00:17,000 derived",
    ]


def test_an_untimed_paragraph_between_timed_turns_is_part_of_the_turn_before_it() -> None:
    metas = [_meta("A", "00:00:10"), (), _meta("B"), _meta("A", "00:00:16"), _meta("A"), ()]
    texts = ["x" * 20, "[MUSIC]", "y" * 13, "z" * 8, "w" * 8, "END"]
    assert turn_timecodes(metas, texts) == [
        "00:00:10,000 --> 00:00:12,500 derived",  # shares the turn with what follows it untimed,
        "00:00:12,500 --> 00:00:13,375 derived",  # 40 characters at 8 a second
        "00:00:13,375 --> 00:00:15,000 derived",
        "00:00:16,000 --> 00:00:17,000 derived",
        "00:00:17,000 --> 00:00:18,000 derived",  # a speaker's, after the last time: still said
        "00:00:18,000 --> 00:00:18,000 derived",
    ]


def test_an_untimed_document_gives_no_timecodes() -> None:
    assert turn_timecodes([_meta("A"), ()], ["Hello.", "Bye."]) == [None, None]


@pytest.mark.parametrize(
    ("name", "ffmpeg"),
    [("film.ass", True), ("film.ssa", True), ("film.sub", True), ("film.smi", True),
     ("film.scc", True), ("film.sbv", False), ("film.stl", False), ("film.ttml", False),
     ("film.dfxp", False)],
)  # fmt: skip
def test_a_subtitle_format_not_read_is_refused_with_the_way_to_subrip(
    name: str, ffmpeg: bool
) -> None:
    message = str(unreadable_type(Path(name), SUFFIXES))
    assert "save it as SubRip (.srt) in Subtitle Edit" in message
    assert (f"`ffmpeg -i {name} film.srt`" in message) is ffmpeg
    assert "not a file type" not in message


def _segment(index: int, text: str, meta: Meta) -> Segment:
    return Segment(index + 1, 1, 1, index, index, Kind.BODY, "en", text, meta)


@pytest.mark.parametrize(
    ("metas", "expected"),
    [
        # a subtitle's cues: their own timecodes, whatever else the segments say
        ([((TIMECODE, "00:00:01,000 --> 00:00:02,000"),),
          ((TIMECODE, "00:00:03,000 --> 00:00:04,000"), (SPEAKER, "A"))],
         ["00:00:01,000 --> 00:00:02,000", "00:00:03,000 --> 00:00:04,000"]),
        # a timed transcript: its turns' spans ("Bonjour": 7 characters at 8 a second),
        # marked as derived
        ([_meta("A", "00:00:01"), _meta("B", "00:00:02")],
         ["00:00:01,000 --> 00:00:01,875 derived", "00:00:02,000 --> 00:00:02,875 derived"]),
        # untimed: nothing
        ([_meta("A"), _meta("B")], [None, None]),
    ],
)  # fmt: skip
def test_the_aligner_gets_cues_timecodes_or_a_transcripts_turn_spans(
    metas: list[Meta], expected: list[str | None]
) -> None:
    segments = [_segment(i, "Bonjour", meta) for i, meta in enumerate(metas)]
    assert timecodes(segments) == expected


def test_align_files_times_a_transcripts_sentences_as_the_stored_alignment_does(
    tmp_path: Path,
) -> None:
    from workbench.pipeline.files import read_sentences

    path = tmp_path / "t.docx"
    path.write_bytes(_docx(["TRANSCRIPT", *TRANSCRIPT]))
    read = read_sentences(path, "en", presplit=False)
    assert read.sentences[:2] == ("TRANSCRIPT", "At dawn, the mountain is silent.")
    assert read.timecodes[:2] == (
        "00:00:04,000 --> 00:00:04,000 derived",
        "00:00:04,000 --> 00:00:08,000 derived",
    )
