"""What an `align` was computed from, kept with the alignment: a re-run with nothing
changed says what the last run said, without loading the encoder or aligning again.

newcomer26's nightly script spent 10–40 s on each unchanged `align` (most of it the
encoder, the dictionary and the aligner's search) to write nothing. The fingerprint is a
digest of everything the beads hang on: both sides' stored segments (every segment of
each version, so a heading given back from the debris counts), the languages and
versions, the aligner's code, the encoder's name and its package's version, and the
dictionary files; the reviewers' work is the alignment's revision, kept beside it by
`Store.save_alignment`, which any edit, fill or undo moves on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import Alignment, Segment

if TYPE_CHECKING:
    from workbench.align import Encoder
    from workbench.pipeline.counterparts import Sides
    from workbench.store import Store

PACKAGE = Path(__file__).resolve().parent.parent
# the code the beads come from: the aligner, and how `align` keeps and places review work
CODE = ("align", "pipeline/alignment.py", "pipeline/bead_drafts.py", "pipeline/carry_over.py",
        "pipeline/counterparts.py", "pipeline/align_inputs.py", "pipeline/reopened.py",
        "review.py")  # fmt: skip


@dataclass(frozen=True)
class LazyEncoder:
    """The encoder `--encoder` names, loaded only when there is something to align:
    ``name`` is what the fingerprint keeps (None: no encoder)."""

    name: str | None
    load: Callable[[], Encoder | None]


@dataclass(frozen=True)
class Said:
    """What an `align` reported (`AlignReport` but the alignment)."""

    beads: int
    pairs: int
    unaligned_fr: int
    unaligned_cp: int
    kept_confirmed: int
    warnings: tuple[str, ...]
    left_behind: int
    # most pairs unsure: the two texts do not read as each other's translation
    # (`alignment.unrelated_note`); a record of an earlier release has none
    unrelated: bool = False
    # reviewers' partings of pairs a new version reopened (`reopened`), to review
    reopened: int = 0
    # a run of each side's sentences alone, apart (`swapped`): read in swapped order?
    swapped: bool = False
    # lines alone that read as the other side's lines alone (`moved`): a block elsewhere?
    moved: bool = False


def fingerprint(store: Store, found: Sides, encoder: str | None) -> str:
    """The digest of everything the beads of ``found`` hang on but the reviewers' work;
    ``encoder``: the encoder's name (`--encoder`), None for none."""
    digest = hashlib.sha256()
    doc, original = found.document, found.original
    parts: list[object] = [
        "align-inputs 1", doc.id, doc.version, doc.lang, found.cp_lang,
        (original.id, original.version) if original else None,
        [s.id for s in found.fr], [s.id for s in found.cp],
        code_digest(), encoder, encoder_version(encoder), dictionary_files(),
    ]  # fmt: skip
    digest.update(repr(parts).encode())
    for side in (doc, original):
        if side is not None:
            digest.update(_segments(store.segments(side.id, side.version)))
    return digest.hexdigest()


def _segments(segments: Iterable[Segment]) -> bytes:
    rows = [(s.id, s.index, s.block, str(s.kind), s.lang, s.text, s.meta) for s in segments]
    return repr(rows).encode()


@cache
def code_digest() -> str:
    """The digest of the aligner's source: a changed aligner computes again."""
    digest = hashlib.sha256()
    for part in CODE:
        path = PACKAGE / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def encoder_version(encoder: str | None) -> str | None:
    """The installed version of the encoder's package: a new model computes again."""
    from importlib.metadata import PackageNotFoundError, version

    from workbench.align.encoders import _PACKAGES

    if encoder is None or encoder not in _PACKAGES:
        return None
    try:
        return version(_PACKAGES[encoder].replace("_", "-"))
    except PackageNotFoundError:
        return None


def dictionary_files() -> list[tuple[str, int, int]]:
    """Name, size and modification time of every FreeDict file: one installed, removed or
    updated computes again (another pair's too: a needless run, never a missed one)."""
    from workbench.dictd import DICTD_DIR

    if not DICTD_DIR.is_dir():
        return []
    found = [f for f in sorted(DICTD_DIR.iterdir()) if f.name.startswith("freedict-")]
    return [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in found]


def recorded(digest: str, said: Said) -> str:
    """The text `Store.save_alignment` keeps as ``inputs``."""
    return json.dumps({"digest": digest, "said": asdict(said)}, ensure_ascii=False)


def said_before(store: Store, alignment: Alignment, digest: str) -> Said | None:
    """What the last `align` of ``alignment`` said, when it was computed from ``digest``
    and the alignment did not change since; else None (compute again)."""
    kept = store.inputs_of(alignment.id)
    if kept is None or kept[0] != store.revision(alignment.id):
        return None
    try:
        data = json.loads(kept[1])
        if data["digest"] != digest:
            return None
        said = dict(data["said"])
        return Said(**{**said, "warnings": tuple(said["warnings"])})
    except (ValueError, KeyError, TypeError):
        return None  # kept by another release: compute again
