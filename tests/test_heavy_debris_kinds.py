"""The heavy-debris warning says what it is for the file's kind (issue 13, verify25 #1).

A subtitle file's credit cue ("Sous-titres : Claire Aubert") is boilerplate by design, the
subtitle reader's own call, not web debris: it is counted apart, and a short clip with a
credit ingests and aligns without a warning. A web page that lost its article is still
warned of, and `ingest` still exits 3.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.debris_text import LOST_ARTICLE_PAGE
from workbench.ingest.readers_subtitles import TIMECODE
from workbench.model import Kind, Sentence
from workbench.pipeline.heavy_debris import heavy_debris_line

SHORT_CLIP_FR = """1
00:00:01,000 --> 00:00:03,000
<i>Bonjour, madame.</i>

2
00:00:03,500 --> 00:00:06,000
<i>— Merci.</i>
Sous-titres : Claire Aubert

3
00:00:06,500 --> 00:00:09,000
Au revoir.
"""

SHORT_CLIP_EN = """1
00:00:01,000 --> 00:00:03,000
<i>Hello, madam.</i>

2
00:00:03,500 --> 00:00:06,000
<i>— Thank you.</i>
Subtitles: Claire Aubert

3
00:00:06,500 --> 00:00:09,000
Goodbye.
"""


@pytest.mark.parametrize(
    ("name", "text", "exit_code", "warned"),
    [
        ("dc.fr.srt", SHORT_CLIP_FR, 0, False),  # a credit cue: boilerplate by design
        ("page.txt", LOST_ARTICLE_PAGE, 3, True),  # the article lost: a reviewer must look
    ],
)
def test_ingest_warns_of_heavy_debris_only_where_text_may_be_lost(
    tmp_path: Path, name: str, text: str, exit_code: int, warned: bool
) -> None:
    from workbench.cli import app

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == exit_code, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert bool(warnings) == warned, result.output
    if warned:
        assert len(warnings) == 1 and "web debris" in warnings[0]


def test_align_repeats_no_warning_for_a_subtitle_credit(tmp_path: Path) -> None:
    from workbench.cli import app

    db = str(tmp_path / "w.db")
    (tmp_path / "dc.fr.srt").write_text(SHORT_CLIP_FR, encoding="utf-8")
    (tmp_path / "dc.en.srt").write_text(SHORT_CLIP_EN, encoding="utf-8")
    runner = CliRunner()
    for name in ("dc.fr.srt", "dc.en.srt"):
        assert runner.invoke(app, ["ingest", str(tmp_path / name), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["align", "dc.fr", "--to", "en", "--db", db])
    assert "debris" not in result.output and "boilerplate" not in result.output, result.output


def _cue(text: str, kind: Kind, n: int) -> Sentence:
    return Sentence(text, kind, "fr", n, meta=((TIMECODE, f"00:00:0{n},000 --> 00:00:0{n},900"),))


@pytest.mark.parametrize(
    ("cues", "line_says"),
    [
        # credits only: nothing a subtitler would align was left out
        ([("Bonjour.", Kind.CAPTION), ("Sous-titres : Claire Aubert", Kind.BOILERPLATE)], None),
        # dialogue cues classed as boilerplate: said, in the words of a subtitle file
        (
            [
                ("Bonjour, madame, comment allez-vous ce matin ?", Kind.BOILERPLATE),
                ("Très bien, merci, et vous ?", Kind.BOILERPLATE),
                ("Au revoir.", Kind.CAPTION),
            ],
            "cues",
        ),
    ],
)
def test_a_subtitle_files_debris_line_counts_credits_apart_and_speaks_of_cues(
    cues: list[tuple[str, Kind]], line_says: str | None
) -> None:
    line = heavy_debris_line("clip", [_cue(text, kind, n) for n, (text, kind) in enumerate(cues)])
    if line_says is None:
        assert line is None
    else:
        assert line is not None and line_says in line and "web" not in line
        assert "`workbench segments clip --kind boilerplate`" in line
