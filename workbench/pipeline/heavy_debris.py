"""The heavy-debris line of `ingest` and `align` (issue 13), in the words of the file's kind.

The safety net is for a web page swallowed whole: more than a third of its words classed
as debris, and the debris may hold its text (`ingest.debris.heavy_debris_note`). A subtitle
file's credit cue ("Sous-titres : Claire Aubert") is boilerplate by design, the subtitle
reader's own call (`readers_subtitles.is_credit`), and leaves out nothing a subtitler
aligns: it is counted apart, and a short clip with a credit is not warned of. Cues
classed as boilerplate otherwise are said to be cues, not web debris.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from workbench.ingest.debris_share import HEAVY_SHARE, debris_share
from workbench.ingest.readers_subtitles import TIMECODE, is_credit
from workbench.model import Kind, Meta
from workbench.naming import shell_word


class Classed(Protocol):
    """A sentence before it is stored or a stored segment: its text, kind and meta."""

    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> Kind: ...

    @property
    def meta(self) -> Meta: ...


def heavy_debris_line(name: str, segments: Sequence[Classed]) -> str | None:
    """One line for the user when the debris may have taken some of ``name``'s text, else
    None; ``segments`` in document order."""
    cues = any(dict(s.meta).get(TIMECODE) for s in segments)
    said = [s for s in segments if not (cues and s.kind is Kind.BOILERPLATE and is_credit(s.text))]
    pairs = [(s.text, s.kind is Kind.BOILERPLATE) for s in said]
    if debris_share(pairs) <= HEAVY_SHARE:
        return None  # most documents: `ingest.debris` and its patterns are not even loaded
    from workbench.ingest.debris import heavy_debris_note

    note = heavy_debris_note(name, pairs)
    if note is None or not cues:
        return note
    return (
        f"{name}: {debris_share(pairs):.0%} of its cues' words (credits apart) were classed "
        f"as boilerplate and are left out of alignment; check them with "
        f"`workbench segments {shell_word(name)} --kind boilerplate`"
    )
