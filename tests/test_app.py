"""The Streamlit app, driven headless through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "app.db"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def test_first_start_ingests_the_sample_corpus_and_lists_it(app: AppTest) -> None:
    app.run()
    assert not app.exception
    names = list(app.dataframe[0].value["name"])
    assert names == [
        "000_643066c2911256c7", "001_4497bcf81f3b2004", "002_765b164ab8e23b0a",
        "003_f7e50d4cada97fff", "004_c5001f9aa01043f8",
    ]  # fmt: skip


def test_picking_a_document_shows_its_segments_by_kind_and_language(app: AppTest) -> None:
    app.run()
    app.selectbox(key="doc").select("004_c5001f9aa01043f8").run()
    counts = app.dataframe[1].value
    spanish = counts[(counts["kind"] == "caption") & (counts["lang"] == "es")]
    assert int(spanish["segments"].iloc[0]) == 5
    app.multiselect(key="kinds").set_value(["caption"]).run()
    shown = app.dataframe[2].value
    assert set(shown["kind"]) == {"caption"} and len(shown) == 10
