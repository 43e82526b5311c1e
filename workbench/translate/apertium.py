"""Apertium, the rule-based engine of the Debian packages, one process per batch.

Each batch goes through one ``apertium -u MODE`` process with one sentence per
line: Apertium's plain-text format keeps line breaks, so line ``i`` of the
output is the translation of line ``i`` of the input. Sentences reach it
cleaned (``clean_text``), so none holds a line break of its own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from workbench.model import EngineError
from workbench.translate.base import EngineTranslator

MODES_DIR = Path("/usr/share/apertium/modes")
INSTALL_HINT = "install the Debian packages apertium, apertium-fr-es and apertium-eng-spa"
# Apertium names some languages with ISO 639-3 codes; the workbench uses ISO 639-1.
ISO1 = {"spa": "es", "eng": "en", "fra": "fr", "cat": "ca", "por": "pt", "deu": "de", "ita": "it"}
_PACKAGE = re.compile(r"/usr/share/apertium/(apertium-[a-z_]+-[a-z_]+)/")


@dataclass(frozen=True)
class ApertiumMode:
    """An installed translation direction such as ``fr-es`` or ``spa-eng``."""

    name: str
    src_lang: str
    tgt_lang: str
    package: str  # the Debian package that ships it, e.g. "apertium-fr-es"


def _iso1(code: str) -> str:
    return ISO1.get(code, code)


def list_modes(modes_dir: Path = MODES_DIR) -> list[ApertiumMode]:
    """Plain ``SRC-TGT`` modes, leaving out variants (``spa-eng_US``) and ``eco-`` debug modes."""
    if shutil.which("apertium") is None or not modes_dir.is_dir():
        return []
    modes = []
    for path in sorted(modes_dir.glob("*.mode")):
        parts = path.stem.split("-")
        if len(parts) != 2 or not all(p.isalpha() and p.islower() for p in parts):
            continue
        match = _PACKAGE.search(path.read_text(encoding="utf-8", errors="replace"))
        package = match.group(1) if match else f"apertium-{path.stem}"
        modes.append(ApertiumMode(path.stem, _iso1(parts[0]), _iso1(parts[1]), package))
    return modes


def package_version(package: str) -> str:
    """The installed Debian version of ``package``, or ``"unknown"``."""
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", package],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else "unknown"


class ApertiumTranslator(EngineTranslator):
    """One Apertium mode; a whole batch per ``apertium`` process."""

    def __init__(self, mode: ApertiumMode, timeout: float = 600) -> None:
        super().__init__(
            engine="apertium",
            model=mode.name,
            model_version=package_version(mode.package),
            src_lang=mode.src_lang,
            tgt_lang=mode.tgt_lang,
        )
        self.mode = mode
        self.timeout = timeout
        self.processes = 0  # apertium processes started

    def translate_clean(self, texts: list[str]) -> list[str]:
        if shutil.which("apertium") is None:
            raise EngineError(f"the apertium command is missing: {INSTALL_HINT}")
        lines = self._run(texts)
        if len(lines) != len(texts):
            # Not seen so far; one process per sentence keeps the mapping exact if it happens.
            lines = [(self._run([text]) or [""])[0] for text in texts]
        return lines

    def _run(self, texts: list[str]) -> list[str]:
        self.processes += 1
        try:
            done = subprocess.run(
                ["apertium", "-u", self.mode.name],
                input="".join(f"{text}\n" for text in texts),
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=self.timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise EngineError(f"apertium {self.mode.name} failed: {err}") from err
        if done.returncode != 0:
            raise EngineError(
                f"apertium {self.mode.name} failed ({done.stderr.strip()[:300]}): "
                f"is {self.mode.package} installed? ({INSTALL_HINT})"
            )
        out = done.stdout.split("\n")
        if out and out[-1] == "":
            out.pop()
        return [line.strip() for line in out]
