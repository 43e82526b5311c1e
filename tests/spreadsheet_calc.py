"""A table opened and saved again by LibreOffice Calc, headless (`soffice --convert-to`):
what a reviewer's spreadsheet does to an exported TSV, CSV or XLSX."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# Calc's CSV options: 9 (tab) or 44 (comma) between fields, 34: '"' as text delimiter,
# 76: UTF-8; then from line 1, no column types, the default language, and Calc's import
# switches: quoted fields as text (off, as its dialog opens), special numbers (off), and
# the 13th, evaluate formulas: on when left out, as for the file the Err:509 came from.
CALC_READS = {
    "formulas": "{sep},34,76",
    "formulas-off": "{sep},34,76,1,,0,false,false,true,false,false,-1,false",
}
_SEPARATORS = {".tsv": "9", ".csv": "44"}


def calc() -> str | None:
    """soffice when LibreOffice Calc (Debian's libreoffice-calc) is installed."""
    soffice = shutil.which("soffice")
    program = Path(soffice).resolve().parent if soffice else None
    return soffice if program and any(program.glob("libsclo.so")) else None


needs_calc = pytest.mark.skipif(
    calc() is None, reason="LibreOffice Calc (Debian package libreoffice-calc) not installed"
)


def saved_by_calc(path: Path, work: Path, reads: str = "formulas") -> None:
    """``path`` (.tsv, .csv or .xlsx) opened and saved again in place by Calc, which
    reads a TSV or CSV as ``CALC_READS[reads]`` says; ``work`` holds Calc's profile."""
    out = work / "calc-out"
    if path.suffix == ".xlsx":
        options = ["--convert-to", "xlsx:Calc Office Open XML"]
    else:
        sep = _SEPARATORS[path.suffix]
        read = CALC_READS[reads].format(sep=sep)
        options = [f"--infilter=CSV:{read}",
                   "--convert-to", f"csv:Text - txt - csv (StarCalc):{sep},34,76"]  # fmt: skip
    subprocess.run(
        [str(calc()), f"-env:UserInstallation=file://{work}/calc-profile", "--headless",
         *options, "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (saved,) = out.iterdir()
    saved.replace(path)
