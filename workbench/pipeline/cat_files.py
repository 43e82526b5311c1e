"""Which file came back from a CAT tool: an export of the workbench, or OmegaT's memory.

An export carries each bead's version in every unit (`pipeline.returned` merges it
back into its beads). OmegaT's project memory carries none, and is not the file to
bring back: `omegat_memory` says which is.
"""

from __future__ import annotations

from pathlib import Path

from workbench.formats.tmx_read import stream_units
from workbench.formats.xliff import NS_2, NS_12
from workbench.formats.xliff_read import NS_11, read_xliff, stream_xliff
from workbench.formats.xmlsafe import root_tag
from workbench.model import InputError, ParseError, TranslationUnit
from workbench.naming import shell_word


def exported_units(path: Path) -> list[TranslationUnit] | None:
    """The units of ``path`` when it is a TMX or XLIFF the workbench exported (its first
    unit carries its bead's version), else None: a file to import as a new alignment.
    Only the first unit is read for the answer, so a large memory is not read twice."""
    kind = _export_kind(Path(path))
    if kind == "xliff":
        return list(read_xliff(path).units)
    if kind == "tmx":
        return [u for u in stream_units(path)[1] if u is not None]
    return None


def _export_kind(path: Path) -> str | None:
    """The kind of ``path``, xliff or tmx, when its first unit carries its bead's version
    (a file the workbench exported), else None."""
    try:
        namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    except (ParseError, OSError):  # not XML: the ordinary import says what it is
        return None
    if namespace in (NS_12, NS_11, NS_2):
        first = next((u for u in stream_xliff(path)[1] if u is not None), None)
        return "xliff" if first and first.version is not None else None
    if name != "tmx" or namespace:
        return None
    first = next((u for u in stream_units(path)[1] if u is not None), None)
    return "tmx" if first is not None and first.version is not None else None


_LOOKED_AT = 200  # files of an OmegaT project's source/ read for the workbench's exports


def omegat_memory(path: Path) -> str | None:
    """What to say of ``path`` when it is the memory of an OmegaT project whose source/
    holds a file the workbench exported (``omegat/project_save.tmx``, or the
    ``project-*.tmx`` copies OmegaT writes beside ``omegat.project``), else None.

    OmegaT (3.6, measured headless) keeps its memory by sentence: it cuts our beads
    into its own segments, keeps one translation for a sentence that repeats, and
    writes neither our unit ids nor the bead versions; with an XLIFF, the sentences
    it translates are the texts of the ``<target>``s, the French, labelled with the
    project's source language. Nothing in it says which bead a sentence belongs
    to. Its translated copy of the export, in the project's target/, carries every
    unit's id and version, with the sentences' translations joined: that file
    goes back into the beads.
    """
    path = Path(path)
    try:
        if root_tag(path) != "tmx" or stream_units(path)[0].creationtool != "OmegaT":
            return None
    except (ParseError, InputError, OSError):
        return None
    resolved = path.resolve()
    project = next((p for p in resolved.parents[:2] if (p / "omegat.project").is_file()), None)
    source = project / "source" if project is not None else None
    if project is None or source is None or not source.is_dir():
        return None
    files = [f for f in sorted(source.rglob("*"))[:_LOOKED_AT] if f.is_file()]
    ours = [f for f in files if _export_kind(f) is not None]
    if not ours:
        return None
    copies = " ".join(shell_word(str(project / "target" / f.relative_to(source))) for f in ours)
    return (
        f"{path} is OmegaT's memory of its project: sentences without the ids of the beads "
        f"they came from, so nothing was imported; import OmegaT's translated copy instead: "
        f"`workbench import {copies} --reviewer NAME` (in OmegaT, Project > Create "
        "Translated Documents writes it with your latest work)"
    )
