"""A subtitler gets a subtitle file back: ingest → align → a reviewer's edit → export
.srt/.vtt → read back (the workbench's readers and the `srt`/`webvtt-py` libraries)
gives the French cues, each with its number, timing, line breaks and styling, the
reviewer's text where they edited (newcomer 24). Bad timing is refused or named."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import srt
import webvtt

from workbench import review
from workbench.formats.choices import ExportFormat
from workbench.formats.subtitles import lay_out, spread
from workbench.ingest.readers_subtitles import srt_reading, vtt_reading
from workbench.model import FileNote, InputError, Kind, ParseError
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.pipeline.documents import ingest_file
from workbench.pipeline.exporting import export_documents
from workbench.store import Store

# A subtitler's French file, as their tool writes it: narration in italics, a cue of two
# lines, a sentence run over two cues with continuation dots, a dialogue, a cue set at the
# top of the screen, and the credits.
FRENCH = """1
00:00:02,324 --> 00:00:03,724
[VENT QUI SOUFFLE]

2
00:00:03,924 --> 00:00:06,922
<i>À l'aube, la montagne est silencieuse.</i>

3
00:00:12,826 --> 00:00:16,540
<i>Voici le glacier du Rhône,
dans les Alpes suisses.</i>

4
00:00:16,951 --> 00:00:19,232
<i>Depuis dix mille ans, il alimente...</i>

5
00:00:19,272 --> 00:00:22,193
<i>...le fleuve qui porte son nom.</i>

6
00:00:50,778 --> 00:00:56,625
- Tu es prête ?
- Presque. Passe-moi la foreuse.

7
00:00:58,029 --> 00:01:00,570
{\\an8}Refuge du Grimsel, 2 165 m

8
00:01:01,486 --> 00:01:04,664
Non, c'est <b>toi</b> qui vieillis, Paul.

9
00:05:06,973 --> 00:05:09,973
Sous-titrage : Studio Mistral
Traduction : Claire Aubert
"""
ENGLISH = """WEBVTT

00:00:02.300 --> 00:00:03.700
[WIND BLOWING]

00:00:03.900 --> 00:00:06.900
<i>At dawn, the mountain is silent.</i>

00:00:12.800 --> 00:00:16.500
<i>This is the Rhône Glacier, in the Swiss Alps.</i>

00:00:16.900 --> 00:00:22.100
<i>For ten thousand years, it has fed the river that bears its name.</i>

00:00:30.000 --> 00:00:32.000
[BIRDS SINGING]

00:00:50.700 --> 00:00:56.600
- Are you ready?
- Almost. Pass me the drill.

00:00:58.000 --> 00:01:00.500
Grimsel hut, 2,165 m

00:01:01.400 --> 00:01:04.600
No, it's you who's getting old, Paul.
"""
TIMES = {
    n: t
    for n, t in enumerate(
        ["00:00:02,324 --> 00:00:03,724", "00:00:03,924 --> 00:00:06,922",
         "00:00:12,826 --> 00:00:16,540", "00:00:16,951 --> 00:00:19,232",
         "00:00:19,272 --> 00:00:22,193", "00:00:50,778 --> 00:00:56,625",
         "00:00:58,029 --> 00:01:00,570", "00:01:01,486 --> 00:01:04,664",
         "00:05:06,973 --> 00:05:09,973"], 1)
}  # fmt: skip
CLEAN = {
    1: "[VENT QUI SOUFFLE]",
    2: "À l'aube, la montagne est silencieuse.",
    3: "Voici le glacier du Rhône,\ndans les Alpes suisses.",
    4: "Depuis dix mille ans, il alimente...",
    5: "...le fleuve qui porte son nom.",
    6: "- Tu es prête ?\n- Presque. Passe-moi la foreuse.",
    7: "Refuge du Grimsel, 2 165 m",
    8: "Non, c'est toi qui vieillis, Paul.",
    9: "Sous-titrage : Studio Mistral\nTraduction : Claire Aubert",
}


@pytest.fixture
def aligned(store: Store, tmp_path: Path) -> Store:
    fr, en = tmp_path / "glacier.fr.srt", tmp_path / "glacier.en.vtt"
    fr.write_text(FRENCH, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    ingest_file(store, fr)
    align_document(store, "glacier.fr", "en", original_path=en)
    return store


def _edit(store: Store, cue_text: str, text: str) -> None:
    """A reviewer's edit of the French side of the bead holding the cue that says
    ``cue_text``."""
    alignment = alignment_for(store, "glacier.fr", "en")
    segment = next(s for s in store.segments("glacier.fr") if s.text == cue_text)
    beads = store.beads(alignment.id)
    i = next(k for k, b in enumerate(beads) if segment.id in b.fr)
    apply(store, alignment.id, review.edit_text(beads, i, "fr", text, "claire"), "claire")


def _read_back(path: Path) -> list[tuple[str, str]]:
    """(clean text, SubRip timecode) of each cue, as the workbench reads the file."""
    reader = vtt_reading if path.suffix == ".vtt" else srt_reading
    blocks, _, warnings = reader(path.read_bytes(), path)
    assert not warnings
    cues: dict[str, str] = {}
    for b in blocks:  # a cue's caption and credit lines are blocks of one cue
        timecode = dict(b.meta)["timecode"].replace(".", ",")
        cues[timecode] = f"{cues[timecode]} {b.text}" if timecode in cues else b.text
    return [(text, timecode) for timecode, text in cues.items()]


def _library(path: Path) -> list[tuple[str, str]]:
    """(raw text, start in ms) of each cue, as the maintained libraries read the file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".vtt":
        captions = webvtt.from_buffer(io.StringIO(text)).captions
        return [(c.raw_text, str(_ms(*c.start_time.to_tuple()))) for c in captions]
    subs = srt.parse(text)
    return [(s.content, str(round(s.start.total_seconds() * 1000))) for s in subs]


def _ms(hours: int, minutes: int, seconds: int, millis: int) -> int:
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


EDITS = [
    # (the cue the reviewer edits, their text, each cue's clean text afterwards)
    ("unchanged", None, None, {}),
    ("one cue of two lines", CLEAN[3].replace("\n", " "),
     "Voici le glacier du Rhône, dans les Alpes valaisannes.",
     {3: "Voici le glacier du Rhône,\ndans les Alpes valaisannes."}),
    ("a cue with a styled word", CLEAN[8], "Non, c'est toi qui as vieilli, Paul.",
     {8: "Non, c'est toi qui as vieilli, Paul."}),
]  # fmt: skip


@pytest.mark.parametrize("fmt", [ExportFormat.SRT, ExportFormat.VTT])
@pytest.mark.parametrize(("case", "cue", "text", "changed"), EDITS, ids=[e[0] for e in EDITS])
def test_the_french_cues_come_back_reviewed_with_their_timing(
    aligned: Store,
    tmp_path: Path,
    fmt: ExportFormat,
    case: str,
    cue: str | None,
    text: str | None,
    changed: dict[int, str],
) -> None:
    if cue is not None and text is not None:
        _edit(aligned, cue, text)
    path = tmp_path / f"out.{fmt}"
    report = export_documents(aligned, ["glacier.fr"], "en", fmt, path)
    expected = {**CLEAN, **changed}
    assert report.written == len(CLEAN)
    assert _read_back(path) == [(expected[n].replace("\n", " "), TIMES[n]) for n in CLEAN]
    raw = _library(path)
    assert [start for _, start in raw][:2] == ["2324", "3924"] and len(raw) == len(CLEAN)
    lines = dict(zip(CLEAN, (r for r, _ in raw), strict=True))
    assert lines[6] == CLEAN[6] and lines[9] == CLEAN[9]  # line breaks kept
    assert lines[2] == "<i>À l'aube, la montagne est silencieuse.</i>"  # whole-cue styling
    assert lines[3] == f"<i>{expected[3]}</i>"
    top = "{\\an8}" if fmt is ExportFormat.SRT else ""  # an SSA override is SubRip's only
    assert lines[7] == f"{top}Refuge du Grimsel, 2 165 m"
    if fmt is ExportFormat.VTT:  # WebVTT says it as a setting: the cue stays at the top
        assert "00:00:58.029 --> 00:01:00.570 line:0\n" in path.read_text(encoding="utf-8")
    styled = "Non, c'est <b>toi</b> qui vieillis, Paul."  # a word's styling, while unchanged
    assert lines[8] == (styled if 8 not in changed else expected[8])


def test_an_unedited_subrip_file_comes_back_as_it_was(aligned: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.srt"
    export_documents(aligned, ["glacier.fr"], "en", "srt", path)
    assert path.read_text(encoding="utf-8") == FRENCH


def test_a_bead_of_two_cues_keeps_each_cues_text_and_time(aligned: Store, tmp_path: Path) -> None:
    alignment = alignment_for(aligned, "glacier.fr", "en")
    two = [b for b in aligned.beads(alignment.id) if len(b.fr) == 2]
    assert [b.cp_text for b in two] == [
        "For ten thousand years, it has fed the river that bears its name."
    ]
    _edit(aligned, CLEAN[4], "Depuis dix mille ans, il nourrit... ...le Rhône, qui porte son nom.")
    path = tmp_path / "out.srt"
    export_documents(aligned, ["glacier.fr"], "en", "srt", path)
    back = dict((t, c) for c, t in _read_back(path))
    assert back[TIMES[4]] == "Depuis dix mille ans, il nourrit..."
    assert back[TIMES[5]] == "...le Rhône, qui porte son nom."


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("a b... ...c d.", ["a b...", "...c d."], ["a b...", "...c d."]),
        ("a x... ...c y d.", ["a b...", "...c d."], ["a x...", "...c y d."]),
        ("a b c d e.", ["a b", "c d."], ["a b", "c d e."]),
    ],
)
def test_a_reviewers_text_over_several_cues_is_cut_where_their_words_went(
    text: str, parts: list[str], expected: list[str]
) -> None:
    assert spread(text, parts) == expected


@pytest.mark.parametrize(
    ("text", "lines", "expected"),
    [
        ("- Oui ? - Non.", 2, ("- Oui ?", "- Non.")),
        ("Voici le glacier du Rhône, dans les Alpes.", 2,
         ("Voici le glacier du", "Rhône, dans les Alpes.")),
        ("Un seul.", 1, ("Un seul.",)),
    ],
)  # fmt: skip
def test_an_edited_cue_is_laid_out_on_its_lines(
    text: str, lines: int, expected: tuple[str, ...]
) -> None:
    assert lay_out(text, lines) == expected


def test_a_document_without_timecodes_is_refused_in_one_line(store: Store, tmp_path: Path) -> None:
    fr, en = tmp_path / "note.fr.txt", tmp_path / "note.en.txt"
    fr.write_text("Le glacier recule chaque année.\n", encoding="utf-8")
    en.write_text("The glacier retreats every year.\n", encoding="utf-8")
    ingest_file(store, fr)
    align_document(store, "note.fr", "en", original_path=en)
    with pytest.raises(InputError, match=r"has no timecodes.*export it as tmx"):
        export_documents(store, ["note.fr"], "en", "srt", tmp_path / "out.srt")
    assert not (tmp_path / "out.srt").exists()


def _cues(*cues: tuple[str, str, str]) -> bytes:
    return "".join(f"{n}\n{t}\n{c}\n\n" for n, t, c in cues).encode()


BAD = [
    ("end before start", _cues(("1", "00:00:01,000 --> 00:00:02,000", "Un."),
                               ("2", "00:00:05,500 --> 00:00:05,000", "Deux.")),
     "cue 2: the end time is before the start time"),
]  # fmt: skip
# (case, file, the line, whether it is a note: stored as written, nothing lost, exit 0)
WARNED = [
    ("overlap", _cues(("1", "00:00:01,000 --> 00:00:04,000", "Un."),
                      ("2", "00:00:03,000 --> 00:00:06,000", "Deux.")),
     "cue 2: starts before the cue before it ends (overlap)", True),
    # newcomer32's broken.srt: cue 3 before cue 2 in time was said to be an overlap
    ("out of order in time", _cues(("1", "00:00:01,000 --> 00:00:02,000", "Un."),
                                   ("2", "00:00:05,000 --> 00:00:06,000", "Deux."),
                                   ("3", "00:00:03,000 --> 00:00:04,000", "Trois.")),
     "cue 3: out of order (starts before cue 2 starts); kept in the file's order", True),
    ("two out of order in time", _cues(("1", "00:00:05,000 --> 00:00:06,000", "Un."),
                                       ("2", "00:00:01,000 --> 00:00:02,000", "Deux."),
                                       ("3", "00:00:09,000 --> 00:00:10,000", "Trois."),
                                       ("4", "00:00:07,000 --> 00:00:08,000", "Quatre.")),
     "cues 2, 4: out of order (each starts before the cue above it starts: cue 2 before "
     "cue 1, cue 4 before cue 3)", True),
    ("out of order", _cues(("1", "00:00:01,000 --> 00:00:02,000", "Un."),
                           ("5", "00:00:03,000 --> 00:00:04,000", "Cinq."),
                           ("4", "00:00:05,000 --> 00:00:06,000", "Quatre.")),
     "cue 4: numbered out of order", True),
    ("empty cue", _cues(("1", "00:00:01,000 --> 00:00:02,000", "Un."),
                        ("2", "00:00:03,000 --> 00:00:04,000", ""),
                        ("3", "00:00:05,000 --> 00:00:06,000", "Trois.")),
     "cue 2: no text, left out", False),
]  # fmt: skip


@pytest.mark.parametrize(("case", "data", "said"), BAD, ids=[b[0] for b in BAD])
def test_a_cue_ending_before_it_starts_is_refused(
    case: str, data: bytes, said: str, tmp_path: Path
) -> None:
    with pytest.raises(ParseError, match=said):
        srt_reading(data, tmp_path / "bad.srt")


@pytest.mark.parametrize(("case", "data", "said", "note"), WARNED, ids=[w[0] for w in WARNED])
def test_odd_timing_is_stored_with_one_line(
    case: str, data: bytes, said: str, note: bool, tmp_path: Path
) -> None:
    blocks, _, warnings = srt_reading(data, tmp_path / "odd.srt")
    assert len(warnings) == 1 and said in warnings[0] and blocks
    assert isinstance(warnings[0], FileNote) is note


@pytest.mark.parametrize(("case", "data", "said", "note"), WARNED, ids=[w[0] for w in WARNED])
def test_ingest_exits_3_only_when_a_cue_was_left_out(
    case: str, data: bytes, said: str, note: bool, tmp_path: Path
) -> None:
    """verify24, worse 1: a film with overlapping cues (an ordinary one: glacier.fr.srt has
    four) exited 3 and stopped a `set -e` script; they are stored as written, a note. An
    empty cue is left out: a warning, exit 3."""
    from typer.testing import CliRunner

    from workbench.cli import app

    (tmp_path / "odd.fr.srt").write_bytes(data)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "odd.fr.srt"),
                                      "--db", str(tmp_path / "wb.db")])  # fmt: skip
    assert result.exit_code == (0 if note else 3), result.output
    level = "note" if note else "warning"
    assert f"{level}: {tmp_path / 'odd.fr.srt'}: {said}" in result.stderr


CREDITS = [
    (["Sous-titrage : Studio Mistral", "Traduction : Claire Aubert"], ["boilerplate"]),
    (["Translation by Claire Aubert"], ["boilerplate"]),
    (["Adaptation : Claire Aubert"], ["boilerplate"]),
    (["Traducción: Claire Aubert", "Subtítulos: Studio Mistral"], ["boilerplate"]),
    (["Merci d'avoir regardé !", "Sous-titres : Atelier Lumière"], ["caption", "boilerplate"]),
    (["La traduction : un métier de patience."], ["caption"]),
]


@pytest.mark.parametrize(("lines", "kinds"), CREDITS)
def test_a_credit_cue_stays_one_segment_in_its_place(
    lines: list[str], kinds: list[str], tmp_path: Path
) -> None:
    data = _cues(("1", "00:00:01,000 --> 00:00:02,000", "Bonjour."),
                 ("2", "00:00:03,000 --> 00:00:04,000", "\n".join(lines)))  # fmt: skip
    blocks, _, _ = srt_reading(data, tmp_path / "credits.srt")
    assert [str(b.hint) for b in blocks[1:]] == kinds
    assert blocks[0].hint is Kind.CAPTION


SHORT_FR = _cues(
    ("1", "00:00:01,000 --> 00:00:03,000", "Chez ma sœur, à la gare."),
    ("2", "00:00:04,000 --> 00:00:06,000", "C’est promis."),
).decode()
SHORT_ES = _cues(("1", "00:00:01,100 --> 00:00:03,100", "En casa de mi hermana, en la estación."),
                 ("2", "00:00:04,100 --> 00:00:06,100", "Te lo prometo.")).decode()  # fmt: skip


# (each line's end, the file's end: after the last cue's line, a blank line or not)
@pytest.mark.parametrize(("newline", "end"), [("\n", "\n"), ("\r\n", "\r\n"), ("\r\n", "\r\n\r\n")])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_subrip_file_comes_back_in_the_encoding_and_line_ends_it_came_in(
    store: Store, tmp_path: Path, encoding: str, newline: str, end: str
) -> None:
    """CR LF from a Windows tool stays CR LF (verify24: glacier.fr.srt came back LF)."""
    fr, es = tmp_path / "corto.fr.srt", tmp_path / "corto.es.srt"
    fr.write_bytes((SHORT_FR.rstrip("\n").replace("\n", newline) + end).encode(encoding))
    es.write_text(SHORT_ES, encoding="utf-8")
    ingest_file(store, fr)
    align_document(store, "corto.fr", "es", original_path=es)
    path = tmp_path / "out.srt"
    export_documents(store, ["corto.fr"], "es", "srt", path)
    assert path.read_bytes() == fr.read_bytes()
    export_documents(store, ["corto.fr"], "es", "vtt", tmp_path / "out.vtt")
    written = (tmp_path / "out.vtt").read_bytes()
    assert written.count(b"\r\n") == (written.count(b"\n") if newline == "\r\n" else 0)


def test_the_cli_exports_cues_and_refuses_a_memorys_options(aligned: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from workbench.cli import app

    db = ["--db", str(tmp_path / "test.db")]
    out = tmp_path / "film.vtt"
    done = CliRunner().invoke(app, ["export", "glacier.fr", "--to", "en", "-f", "vtt", "-o",
                                    str(out), *db])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert f"9 cues written to {out}" in done.output
    assert out.read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:02.324 --> ")
    refused = CliRunner().invoke(app, ["export", "glacier.fr", "--to", "en", "-f", "srt",
                                       "--dedupe", *db])  # fmt: skip
    assert refused.exit_code == 2 and "leave --dedupe and --mt out" in refused.output


def test_a_webvtt_cue_ending_before_it_starts_is_refused_too(tmp_path: Path) -> None:
    data = b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nUn.\n\n00:00:03.000 --> 00:00:02.500\nDeux.\n"
    with pytest.raises(ParseError, match="cue 2: the end time is before the start time"):
        vtt_reading(data, tmp_path / "bad.vtt")


def test_a_french_text_typed_beside_an_english_cue_alone_is_named_not_lost(
    aligned: Store, tmp_path: Path
) -> None:
    alignment = alignment_for(aligned, "glacier.fr", "en")
    beads = aligned.beads(alignment.id)
    i = next(k for k, b in enumerate(beads) if b.cp_text == "[BIRDS SINGING]")
    assert not beads[i].fr
    edit = review.edit_text(beads, i, "fr", "[CHANTS D'OISEAUX]", "claire")
    apply(aligned, alignment.id, edit, "claire")
    report = export_documents(aligned, ["glacier.fr"], "en", "srt", tmp_path / "out.srt")
    assert report.written == len(CLEAN)
    assert "1 French text with no French cue (typed beside a en cue alone) not written" in (
        report.summary()
    )
