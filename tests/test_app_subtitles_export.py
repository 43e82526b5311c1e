"""The Export page gives a subtitle document its subtitle file back, as the CLI does.

verify24 (item 4 of loose25subs): `workbench export film.fr -f srt` wrote the French cues;
the page offered SubRip and WebVTT for every document (a text one was refused only after
the click) and showed the memory's choices (confidence floor, MT drafts, French source),
which a subtitle file does not take. Now it offers them for a document read from a .srt or
.vtt, says what the file holds in the CLI's words, and its line is the CLI's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.test_app import db, errors, on_page, prepared, successes  # noqa: F401
from tests.test_subtitles_export import ENGLISH, FRENCH
from workbench.cli import app
from workbench.pipeline.alignment import align_document
from workbench.pipeline.documents import ingest_file
from workbench.store import Store


@pytest.fixture
def film_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fr, en = tmp_path / "glacier.fr.srt", tmp_path / "glacier.en.vtt"
    fr.write_text(FRENCH, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    path = tmp_path / "app.db"
    store = Store.open(str(path))
    ingest_file(store, fr)
    align_document(store, "glacier.fr", "en", original_path=en)
    store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return path


def _film_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"page": "export", "doc": "glacier.fr", "to": "en", "reviewer": "ana"})
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_a_subtitle_document_gets_its_cues_back_with_the_clis_line(
    film_db: Path, tmp_path: Path, fmt: str
) -> None:
    from typer.testing import CliRunner

    at = _film_page()
    assert {"SubRip", "WebVTT"} <= set(at.radio(key="fmt").options)
    at.radio(key="fmt").set_value(fmt).run()
    shown = {w.key for w in (*at.checkbox, *at.selectbox, *at.slider)}
    assert not shown & {"confirmed_only", "french_source", f"min_score_{fmt}"}
    assert not any(str(key).startswith("mt_policy") for key in shown)
    assert any("French cues with their timing" in c.value for c in at.caption)
    at.button(key="export").click().run()
    assert not errors(at), errors(at)
    path = film_db.parent / "exports" / f"glacier.fr.en-fr.{fmt}"
    said = [s for s in successes(at) if "cues written to" in s]
    out = tmp_path / f"cli.{fmt}"
    args = ["export", "glacier.fr", "--to", "en", "-f", fmt, "-o", str(out), "--db", str(film_db)]
    cli = CliRunner().invoke(app, args)
    assert cli.exit_code == 0, cli.output
    assert said == [f"Exported: {cli.stdout.strip().replace(str(out), str(path))}."]
    assert path.read_bytes() == out.read_bytes()
    if fmt == "srt":
        assert path.read_text(encoding="utf-8") == FRENCH


def test_a_text_document_is_not_offered_subtitle_formats(db: Path) -> None:  # noqa: F811
    at = on_page("export")
    assert not {"SubRip", "WebVTT"} & set(at.radio(key="fmt").options)
    assert "cue_styling" not in {w.key for w in at.selectbox}
    assert "confirmed_only" in {w.key for w in at.checkbox}  # the memory's choices


def test_a_subtitle_documents_tmx_offers_the_cli_s_cue_styling_routes(film_db: Path) -> None:
    at = _film_page()
    at.radio(key="fmt").set_value("tmx").run()
    assert at.selectbox(key="cue_styling").value == "text"  # OmegaT's, the CLI's default
    at.selectbox(key="cue_styling").set_value("codes").run()
    at.button(key="export").click().run()
    assert not errors(at), errors(at)
    text = (film_db.parent / "exports" / "glacier.fr.en-fr.tmx").read_text(encoding="utf-8")
    assert '<bpt i="1">&lt;i&gt;</bpt>À l\'aube' in text
