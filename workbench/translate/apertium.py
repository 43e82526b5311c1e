"""Apertium, the rule-based engine of the Debian packages, one pipeline per translator.

Each sentence of a batch goes through the mode's pipeline as a segment of its own,
ended by a NUL (null-flush mode): every stage finishes a segment before reading the
next, so no word of one sentence can reach another's draft. Lines of plain text do not
do that: a line without final punctuation is no sentence end to Apertium, and its
transfer moves words across the line break. Sentences reach it cleaned
(``clean_text``), so none holds a line break of its own. The pipeline stays
open between batches, so a long input pays Apertium's start
(about 0.4 s of CPU loading its transducers) once, not once per batch.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.model import EngineError, Translation
from workbench.translate import apertium_names
from workbench.translate.apertium_pipeline import Pipeline, PipelineDied
from workbench.translate.base import EngineTranslator, clean_text

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
    return package_versions([package])[package]


DPKG_STATUS = Path("/var/lib/dpkg/status")


def package_versions(packages: Iterable[str], status_file: Path = DPKG_STATUS) -> dict[str, str]:
    """The installed Debian version of each of ``packages`` (``"unknown"`` where dpkg does not
    say), read from dpkg's status file (about 1 ms of CPU), else asked of ``dpkg-query``
    in one call (about 10 ms, a fifth of what the 1.3× goal leaves `workbench translate`
    on a paragraph: issue 16)."""
    wanted = sorted(set(packages))
    found = _status_versions(wanted, status_file)
    missing = [package for package in wanted if package not in found]
    if missing:
        found |= _queried_versions(missing)
    return {package: found.get(package, "unknown") for package in wanted}


def _status_versions(packages: list[str], status_file: Path) -> dict[str, str]:
    """The versions dpkg's status file gives the installed ones of ``packages``."""
    try:
        status = status_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found: dict[str, str] = {}
    for package in packages:
        start = rf"(?:^|\n)Package: {re.escape(package)}\n"
        for stanza in re.finditer(start + r"((?:[^\n]+\n?)*)", status):
            fields = dict(
                line.partition(": ")[::2] for line in stanza.group(1).splitlines() if ": " in line
            )
            if fields.get("Status") == "install ok installed" and fields.get("Version"):
                found[package] = fields["Version"].strip()
                break
    return found


def _queried_versions(packages: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Package}\t${Version}\n", *packages],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        for line in done.stdout.splitlines():
            name, _, version = line.partition("\t")
            if version.strip():
                found[name.split(":")[0]] = version.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    return found


class ApertiumTranslator(EngineTranslator):
    """One Apertium mode, run as one pipeline for the translator's whole life.

    The mode's pipeline (``lt-proc | apertium-tagger | … | lt-proc -p``) is started
    once in null-flush mode (``-z``): each sentence is a segment ended by a NUL byte,
    and the pipeline answers it with the segment's translation and a NUL, staying
    loaded for the next batch. Apertium's own ``-z`` cannot be used here: its text
    deformatter drops the NULs. So each batch goes through ``apertium-destxt``,
    the open pipeline, then ``apertium-retxt`` (two small processes), exactly as
    ``apertium -u MODE`` does in one go. One sentence in, its own draft out.

    A pipeline that dies while it holds a batch fails that batch with
    ``EngineError`` naming the process that died; the next batch starts a new
    pipeline. Call ``close`` when done: it waits for the processes.
    """

    def __init__(
        self,
        mode: ApertiumMode,
        timeout: float = 600,
        version: str | None = None,
        keep_names: bool = True,
    ) -> None:
        """``version``: the package's, if already known (``package_versions``);
        ``keep_names``: pass people's names through untranslated (`apertium_names`)."""
        super().__init__(
            engine="apertium",
            model=mode.name,
            model_version=version or package_version(mode.package),
            src_lang=mode.src_lang,
            tgt_lang=mode.tgt_lang,
        )
        self.mode = mode
        self.timeout = timeout
        self.keep_names = keep_names
        self.processes = 0  # pipelines started
        self._pipeline: Pipeline | None = None
        self._readings: dict[str, str] = {}  # capitalised word: `apertium_names.readings`
        self._keep: dict[
            str, Sequence[str]
        ] = {}  # cleaned text: names to pass (`translate_keeping`)

    def translate_clean(self, texts: list[str]) -> list[str]:
        for tool in ("apertium", "apertium-destxt", "apertium-retxt", "apertium-wblank-mode"):
            if shutil.which(tool) is None:
                raise EngineError(f"the {tool} command is missing: {INSTALL_HINT}")
        return self._run(texts)

    def close(self) -> None:
        """Stop the pipeline and wait for its processes (the garbage collector does it too,
        at a time nobody chooses)."""
        if self._pipeline is not None:
            self._pipeline.stop()
            self._pipeline = None

    def _start(self) -> Pipeline:
        """The running pipeline; a new one if there is none or it died between batches
        (holding no batch, so nothing was lost)."""
        if self._pipeline is not None and self._pipeline.alive():
            return self._pipeline
        self.close()
        mode_file = MODES_DIR / f"{self.mode.name}.mode"
        script = self._tool(["apertium-wblank-mode", "-z", str(mode_file)], b"").decode()
        self._pipeline = Pipeline(script)
        self.processes += 1
        weakref.finalize(self, self._pipeline.stop)
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

    def name_readings(self, texts: list[str]) -> dict[str, str]:
        """How the mode's analyser reads each capitalised word of ``texts``
        (`apertium_names.readings`), asked once per word for the translator's life."""
        new = sorted(apertium_names.candidates(texts) - self._readings.keys())
        if new:
            mode_file = MODES_DIR / f"{self.mode.name}.mode"
            self._readings |= dict.fromkeys(new, "") | apertium_names.analyse(
                mode_file, new, self._tool
            )
        return self._readings

    def kept_names(self, texts: Sequence[str]) -> list[list[str]]:
        """Per text, the names this translator passes through untranslated (none without
        ``keep_names``): what a pivot's next leg is to keep as they are (`PivotTranslator`)."""
        if not self.keep_names:
            return [[] for _ in texts]
        cleaned = [clean_text(text) for text in texts]
        known = self.name_readings(cleaned)
        return apertium_names.kept(cleaned, lambda word: known.get(word, ""))

    def translate_keeping(
        self, texts: Sequence[str], names: Sequence[Sequence[str]]
    ) -> list[Translation]:
        """`translate_batch`, passing each of ``names[i]`` through where it stands in
        ``texts[i]`` (a pivot's first leg kept it: "Diario del Sur" in French stays so in
        Spanish, and fr→es→en's second leg wrote "south Newspaper"), beside the names this
        translator keeps itself."""
        self._keep = {clean_text(t): n for t, n in zip(texts, names, strict=True) if n}
        try:
            return self.translate_batch(texts)
        finally:
            self._keep = {}

    def _run(self, texts: list[str]) -> list[str]:
        """Each non-empty text's translation, every one through the pipeline as a segment
        of its own (one NUL each), so that no stage can carry a word across into the next
        line: a line without final punctuation is no sentence end to Apertium, and its
        transfer moved "a lo lejos" + "ahogada" to "To the far drowned" on one line and
        nothing on the next. ``EngineError`` when the answer does not split back into
        one line per text (nothing is then stored)."""
        kept = [i for i, text in enumerate(texts) if text.strip()]
        if not kept:
            return [""] * len(texts)
        known = self.name_readings(texts) if self.keep_names else {}
        marked, names = apertium_names.mark(
            [texts[i] for i in kept],
            lambda word: known.get(word, ""),
            [self._keep.get(texts[i], ()) for i in kept],
        )
        # A blank line after each text: destxt ends each as its own paragraph (".[]"),
        # exactly as it ends a text sent alone.
        source = "".join(f"{text}\n\n" for text in marked).encode()
        block = apertium_names.superblanks(self._tool(["apertium-destxt"], source), names)
        segments = deformatted_lines(block)
        translated = self._exchange(segments, len(texts))
        out = self._tool(["apertium-retxt"], translated.replace(b"\0", b"[\n]"))
        lines = out.decode("utf-8", errors="replace").split("\n")
        if len(segments) != len(kept) or len(lines) != len(kept):
            raise EngineError(
                f"apertium {self.mode.name} gave {len(lines)} lines back for a batch of "
                f"{len(kept)} sentences, which stay untranslated (no draft is stored): "
                "try a smaller --batch, or report the lines to the workbench's maintainers"
            )
        drafts = [""] * len(texts)
        for i, line in zip(kept, lines, strict=True):
            drafts[i] = strip_marks(texts[i], line)
        return drafts

    def _exchange(self, segments: list[bytes], sentences: int) -> bytes:
        """The pipeline's answer to ``segments``: their translations, NUL between them."""
        pipeline = self._start()
        try:
            return pipeline.exchange(b"\0".join(segments), self.timeout, len(segments))
        except EngineError as err:
            self._pipeline = None
            first = pipeline.answered == 0
            pipeline.stop(kill=True)
            batch = f"a batch of {sentences} sentences, which stay untranslated"
            if isinstance(err, PipelineDied):
                said = f"died with {batch}: {pipeline.what_died()}"
            else:
                said = f"was stopped after {err} to {batch}"
            hint = f"; is {self.mode.package} installed? ({INSTALL_HINT})" if first else ""
            raise EngineError(f"apertium {self.mode.name} {said}{hint}") from err


# A token of Apertium's stream format: an escaped character, a (super)blank, or plain text.
_STREAM_TOKEN = re.compile(rb"\\.|\[(?:\\.|[^\]\\])*\]|[^\\\[]+", re.DOTALL)


def deformatted_lines(block: bytes) -> list[bytes]:
    """``apertium-destxt``'s output cut at its line breaks: the text of each input line (or
    paragraph), in Apertium's stream format, without the blank that held the break.

    A line break can only be in a blank (``[\n\n]``): the text's own ``[`` is escaped."""
    segments: list[bytes] = []
    current = bytearray()
    for token in _STREAM_TOKEN.findall(block):
        if token.startswith(b"[") and b"\n" in token:
            segments.append(bytes(current))
            current.clear()
        else:
            current += token
    if current.strip():
        segments.append(bytes(current))
    return segments


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
