"""`export -o NAME` without -f writes the format NAME's extension names (newcomer36 MEDIUM 4:
`-o review.xlsx` wrote a TMX under that name; the reviewer's spreadsheet could not open it,
and `import` then called it "a table saved as text"); -f that contradicts the extension is a
usage error naming both."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_cli_export_to import _aligned
from workbench.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("review.xlsx", b"PK"),
        ("review.tsv", b"source (en)\ttarget (fr)"),
        ("review.csv", b"source (en),target (fr)"),
        ("memory.tmx", b"<?xml"),
        ("handoff.xlf", b"<?xml"),
        ("memory.txt", b"<?xml"),  # an extension that names no format: TMX, as before
    ],
)
def test_the_output_s_extension_names_the_format(tmp_path: Path, name: str, starts: bytes) -> None:
    db = _aligned(tmp_path, "en")
    out = tmp_path / name
    done = runner.invoke(app, ["export", "pont.fr", "-o", str(out), "--db", db])
    assert done.exit_code == 0, done.output
    assert out.read_bytes().startswith(starts)
    if name.endswith(".xlf"):
        assert b"urn:oasis:names:tc:xliff:document:1.2" in out.read_bytes()


@pytest.mark.parametrize(
    ("given", "name", "said"),
    [
        ("xlsx", "memory.tmx", "-f xlsx does not match -o {out}, whose extension says tmx: "
         "give -o a .xlsx name, or drop -f to write tmx"),
        ("tmx", "review.xlsx", "-f tmx does not match -o {out}, whose extension says xlsx: "
         "give -o a .tmx name, or drop -f to write xlsx"),
    ],
)  # fmt: skip
def test_a_format_the_extension_contradicts_is_a_usage_error(
    tmp_path: Path, given: str, name: str, said: str
) -> None:
    db = _aligned(tmp_path, "en")
    out = tmp_path / name
    done = runner.invoke(app, ["export", "pont.fr", "-f", given, "-o", str(out), "--db", db])
    assert done.exit_code == 2
    assert done.output.strip() == f"error: {said.format(out=out)}"
    assert not out.exists()


def test_either_xliff_version_goes_to_an_xlf_name(tmp_path: Path) -> None:
    db = _aligned(tmp_path, "en")
    out = tmp_path / "handoff.xlf"
    args = ["export", "pont.fr", "-f", "xliff21", "-o", str(out), "--db", db]
    assert runner.invoke(app, args).exit_code == 0
    assert b'version="2.1"' in out.read_bytes()
