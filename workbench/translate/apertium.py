"""Apertium, the rule-based engine of the Debian packages, one pipeline per translator.

Batches go through the mode's pipeline with one sentence per line: Apertium's
plain-text format keeps line breaks, so line ``i`` of the output is the
translation of line ``i`` of the input. Sentences reach it cleaned
(``clean_text``), so none holds a line break of its own. The pipeline stays
open between batches (null-flush mode), so a long input pays Apertium's start
(about 0.4 s of CPU loading its transducers) once, not once per batch.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from workbench.model import EngineError
from workbench.translate.base import EngineTranslator

MODES_DIR = Path("/usr/share/apertium/modes")
INSTALL_HINT = "install the Debian packages apertium, apertium-fr-es and apertium-eng-spa"
# Apertium names some languages with ISO 639-3 codes; the workbench uses ISO 639-1.
ISO1 = {
    "afr": "af", "arg": "an", "ast": "ast", "bel": "be", "bul": "bg", "cat": "ca", "dan": "da",
    "deu": "de", "eng": "en", "fra": "fr", "glg": "gl", "hin": "hi", "ind": "id", "isl": "is",
    "ita": "it", "mkd": "mk", "nld": "nl", "nno": "nn", "nob": "nb", "nor": "no", "oci": "oc",
    "pol": "pl", "por": "pt", "rus": "ru", "slv": "sl", "spa": "es", "srd": "sc", "swe": "sv",
    "ukr": "uk", "urd": "ur", "zlm": "ms",
}  # fmt: skip
# The language-pair packages of Debian 13 (`apt-cache pkgnames apertium-`), so that advice
# names a package that exists. Most ship both directions.
DEBIAN_PAIRS = (
    "af-nl", "afr-nld", "arg-cat", "bel-rus", "br-fr", "ca-it", "cat-ita", "cat-srd", "dan-nor",
    "en-ca", "en-es", "en-gl", "eng-cat", "eng-spa", "eo-ca", "eo-en", "eo-es", "eo-fr",
    "es-ast", "es-ca", "es-gl", "es-it", "es-pt", "es-ro", "eu-en", "eu-es", "fr-es", "fra-cat",
    "fra-frp", "hbs-eng", "hbs-mkd", "hbs-slv", "id-ms", "ind-zlm", "is-sv", "isl-eng",
    "isl-swe", "mk-bg", "mk-en", "mkd-bul", "mkd-eng", "nno-nob", "oc-ca", "oc-es", "oci-fra",
    "pol-szl", "por-cat", "pt-ca", "pt-gl", "rus-ukr", "spa-arg", "spa-ast", "spa-cat",
    "spa-ita", "srd-ita", "swe-dan", "swe-nor", "urd-hin",
)  # fmt: skip
_PACKAGE = re.compile(r"/usr/share/apertium/(apertium-[a-z_]+-[a-z_]+)/")
# What Apertium leaves in its output when a stage fails on a word: a run of morphological
# tags (``<prn>``, ``<vblex><pri>``) the generator could not turn into a form, and the
# marks on unknown words (``*``: not in the analyser), words missing from the bilingual
# dictionary (``@``) and forms the generator could not make (``#``).
_SPACE = re.compile(r"[ \t]{2,}")
_TAGS = re.compile(r"\s?(?:<[a-z0-9_]+>)+")
_MARKED = re.compile(r"(?<![^\s(\[«\"'¿¡])[*@#](?=\w)")


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


def debian_packages(src: str, tgt: str) -> list[str]:
    """Debian packages serving ``src``↔``tgt`` (ISO 639-1 codes), newest naming first."""
    found = []
    for pair in DEBIAN_PAIRS:
        a, b = (_iso1(code) for code in pair.split("-"))
        if {a, b} == {src, tgt}:
            found.append(f"apertium-{pair}")
    return sorted(found, key=lambda name: -len(name))


def install_advice(src: str, tgt: str) -> str:
    """What to install for ``src``→``tgt`` with Apertium: a package, two through a third
    language, or the plain statement that Debian has none."""
    direct = debian_packages(src, tgt)
    if direct:
        return f"for Apertium install the Debian package {direct[0]}"
    langs = {_iso1(code) for pair in DEBIAN_PAIRS for code in pair.split("-")}
    for via in ("es", "en", "ca", "eo", *sorted(langs)):
        first, second = debian_packages(src, via), debian_packages(via, tgt)
        if via not in (src, tgt) and first and second:
            return (
                f"Apertium has no {src}→{tgt} package; it can go through {via}: install the "
                f"Debian packages {first[0]} and {second[0]}"
            )
    return f"Debian has no Apertium package for {src}→{tgt}, not even through a third language"


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
    """One Apertium mode, run as one pipeline for the translator's whole life.

    The mode's pipeline (``lt-proc | apertium-tagger | … | lt-proc -p``) is started
    once in null-flush mode (``-z``): each batch is one block ended by a NUL byte,
    and the pipeline answers it with the block's translation and a NUL, staying
    loaded for the next batch. Apertium's own ``-z`` cannot be used here: its text
    deformatter drops the NULs. So each batch goes through ``apertium-destxt``,
    the open pipeline, then ``apertium-retxt`` (two small processes), exactly as
    ``apertium -u MODE`` does in one go. One line in, one line out.
    """

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
        self.processes = 0  # pipelines started
        self._pipeline: subprocess.Popen[bytes] | None = None

    def translate_clean(self, texts: list[str]) -> list[str]:
        for tool in ("apertium", "apertium-destxt", "apertium-retxt", "apertium-wblank-mode"):
            if shutil.which(tool) is None:
                raise EngineError(f"the {tool} command is missing: {INSTALL_HINT}")
        lines = self._run(texts)
        if len(lines) != len(texts):
            # Not seen so far; one block per sentence keeps the mapping exact if it happens.
            lines = [(self._run([text]) or [""])[0] for text in texts]
        return lines

    def close(self) -> None:
        """Stop the pipeline (it also stops when the translator is garbage-collected)."""
        if self._pipeline is not None:
            _stop(self._pipeline)
            self._pipeline = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._pipeline is not None and self._pipeline.poll() is None:
            return self._pipeline
        mode_file = MODES_DIR / f"{self.mode.name}.mode"
        script = self._tool(["apertium-wblank-mode", "-z", str(mode_file)], b"").decode()
        # $1 is the generator's option (-n: no * on unknown words, as `apertium -u`),
        # $2 the tagger's (none).
        self._pipeline = subprocess.Popen(
            ["bash", "-c", script, "apertium", "-n", ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes += 1
        weakref.finalize(self, _stop, self._pipeline)
        return self._pipeline

    def _tool(self, command: list[str], data: bytes) -> bytes:
        try:
            done = subprocess.run(
                command, input=data, capture_output=True, timeout=self.timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise EngineError(f"apertium {self.mode.name}: {command[0]} failed ({err})") from err
        if done.returncode != 0:
            raise EngineError(
                f"apertium {self.mode.name}: {command[0]} failed "
                f"({done.stderr.decode(errors='replace').strip()[:300]}): "
                f"is {self.mode.package} installed? ({INSTALL_HINT})"
            )
        return done.stdout

    def _run(self, texts: list[str]) -> list[str]:
        source = "".join(f"{text}\n" for text in texts).encode()
        block = self._tool(["apertium-destxt"], source)
        pipeline = self._start()
        try:
            translated = _exchange(pipeline, block, self.timeout)
        except EngineError as err:
            self.close()
            raise EngineError(
                f"apertium {self.mode.name} stopped ({err}) with {len(texts)} sentences "
                f"of this batch untranslated: is {self.mode.package} installed? "
                f"({INSTALL_HINT})"
            ) from err
        out = self._tool(["apertium-retxt"], translated).decode("utf-8", errors="replace")
        lines = out.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) != len(texts):
            return [line.strip() for line in lines]
        return [strip_marks(source, line) for source, line in zip(texts, lines, strict=True)]


def strip_marks(source: str, output: str) -> str:
    """``output`` without the tags and marks Apertium leaves on words it failed on.

    ``-n`` (as ``apertium -u``) already drops most ``*`` and ``#`` marks, but a
    word whose analysis lost its lemma still comes out as its bare tags:
    "Vladimir Putin et le dirigeant" gives "Vladimir Putin, <prn> el líder". A tag
    run is removed, and so is a ``*``, ``@`` or ``#`` that starts a word, unless
    the source holds the same text (a real hashtag ``#MeToo``, a handle ``@afp``):
    the source reaches Apertium cleaned of markup, so anything else is debris.
    """
    output = _TAGS.sub(lambda m: m.group(0) if m.group(0).strip() in source else "", output)

    def unmark(match: re.Match[str]) -> str:
        word = re.match(r"\w+", output[match.end() :])
        marked = match.group(0) + (word.group(0) if word else "")
        return match.group(0) if marked in source else ""

    return _SPACE.sub(" ", _MARKED.sub(unmark, output)).strip()


def _exchange(pipeline: subprocess.Popen[bytes], block: bytes, timeout: float) -> bytes:
    """Send ``block`` and a NUL to the running pipeline; its answer, up to the NUL.

    A thread writes while this one reads, so a block larger than the pipes'
    buffers cannot deadlock. ``EngineError`` when the pipeline ends or times out.
    """
    assert pipeline.stdin is not None and pipeline.stdout is not None
    stdin, stdout = pipeline.stdin, pipeline.stdout
    failed: list[OSError] = []

    def write() -> None:
        try:
            stdin.write(block + b"\0")
            stdin.flush()
        except OSError as err:
            failed.append(err)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    deadline = time.monotonic() + timeout
    answer = bytearray()
    while not answer.endswith(b"\0"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([stdout], [], [], left)[0]:
            _stop(pipeline)
            raise EngineError(f"no answer in {timeout:g} s")
        chunk = os.read(stdout.fileno(), 1 << 16)
        if not chunk:
            raise EngineError(f"the pipeline exited with code {pipeline.wait()}")
        answer += chunk
    writer.join()
    if failed:
        raise EngineError(str(failed[0]))
    return bytes(answer[:-1])


def _stop(pipeline: subprocess.Popen[bytes]) -> None:
    """Close the pipeline's input and wait for it (killing it if it hangs)."""
    with contextlib.suppress(OSError):
        if pipeline.stdin is not None:
            pipeline.stdin.close()
    try:
        pipeline.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pipeline.kill()
        pipeline.wait()
    if pipeline.stdout is not None:
        pipeline.stdout.close()
