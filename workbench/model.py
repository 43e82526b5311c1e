"""The things that flow through the workbench, and the errors it reports.

Everything here is a frozen dataclass or an enum: no I/O, no behaviour beyond
formatting. Modules pass these across their boundaries instead of dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum

from workbench import errors
from workbench.naming import command_ref as command_ref
from workbench.naming import labels as labels

# The errors are workbench.errors'; every module takes them from here, beside the things
# that flow.
WorkbenchError = errors.WorkbenchError
InputError = errors.InputError
BadValue = errors.BadValue
ReviewedSentencesGone = errors.ReviewedSentencesGone
ParseError = errors.ParseError
UnsafeInputError = errors.UnsafeInputError
NotFoundError = errors.NotFoundError
ConflictError = errors.ConflictError
HeldByUnsavedText = errors.HeldByUnsavedText
EngineError = errors.EngineError
StoreError = errors.StoreError


# --- documents and segments --------------------------------------------------


class FileNote(str):
    """A reader's line on a file it stored as written, losing and changing nothing (a
    subtitle's overlapping cues: a QA finding, which `workbench qa` reports too): said as
    a note, where a warning (`ingest` exits 3) says something was left out or changed."""

    __slots__ = ()


class Kind(StrEnum):
    """What a block of a document is, as a translator would sort it."""

    BODY = "body"
    HEADING = "heading"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"  # web debris and page furniture (running heads, page numbers)
    FOOTNOTE = "footnote"  # a DOCX/ODT footnote or endnote, kept after the body it annotates

    @classmethod
    def named(cls, name: str) -> Kind:
        """The kind called ``name``; InputError listing every kind when there is none."""
        try:
            return cls(name)
        except ValueError:
            *first, last = (str(kind) for kind in cls)
            raise InputError(f"{name!r} is not a kind: use {', '.join(first)} or {last}") from None


# Metadata a file gives a block, as (name, value) pairs: a subtitle cue's
# ``("timecode", "00:00:01,000 --> 00:00:03,500")``. Empty for most blocks.
Meta = tuple[tuple[str, str], ...]

# The metadata of a block that is a table's cell (a Word, OpenDocument, PDF or HTML
# data table's cell, a tab-separated row's cell of plain text): the aligner never joins
# a cell and a sentence on one side of a bead (`is_cell`), nor cells of two rows.
TABLE_CELL = ("table", "cell")
# The name of a cell's row in its metadata; the value tells the document's rows apart
# (their ordinal in it, or where the markup has them).
TABLE_ROW = "table row"


def table_cell(row: int | str) -> Meta:
    """The metadata of a cell of ``row`` (`TABLE_CELL`, `TABLE_ROW`)."""
    return (TABLE_CELL, (TABLE_ROW, str(row)))


def is_cell(meta: Meta) -> bool:
    """Whether a block's or segment's ``meta`` marks a table's cell (`TABLE_CELL`)."""
    return TABLE_CELL in meta


def row_of(meta: Meta) -> str | None:
    """The row of a cell's ``meta`` (`TABLE_ROW`); None when it names none."""
    return next((value for name, value in meta if name == TABLE_ROW), None)


# A transcript's turn (`workbench.ingest.turns`): who speaks ("LENOIR") and the time the
# turn starts at, as the transcript writes it ("00:00:28"); markup, not the segment's text.
SPEAKER = "speaker"
TURN_TIME = "turn time"
_SPLIT_AS_TEXT = frozenset({TABLE_ROW, SPEAKER, TURN_TIME})


def is_whole(meta: Meta) -> bool:
    """Whether a block with ``meta`` stays one sentence: metadata other than a cell's or
    a turn's (a subtitle cue's timecode) belongs to the whole block; a cell and a
    transcript's turn are split as text is."""
    return any(pair != TABLE_CELL and pair[0] not in _SPLIT_AS_TEXT for pair in meta)


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of a source file, after markup is gone."""

    text: str
    kind: Kind
    lang: str
    line: int  # 1-based line in the decoded file where the block starts
    meta: Meta = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block, before it is stored."""

    text: str
    kind: Kind
    lang: str
    block: int  # index of its block in the document
    meta: Meta = ()


@dataclass(frozen=True)
class Segment:
    """A stored sentence of a document version."""

    id: int
    doc_id: int
    version: int
    index: int  # 0-based position in the document version
    block: int
    kind: Kind
    lang: str
    text: str
    meta: Meta = ()


@dataclass(frozen=True)
class Document:
    """A stored document: its current version and where it came from."""

    id: int
    name: str  # the file stem, e.g. "004_c5001f9aa01043f8"
    path: str
    lang: str  # the dominant language of its body
    version: int  # current version number, from 1
    sha256: str
    encoding: str
    segment_count: int
    created_at: datetime
    # The French document this one is the counterpart of: its original when ingested
    # with --original; an imported memory's other side, whichever way it was translated.
    original_of: int | None = None


# --- alignment -----------------------------------------------------------------


class Status(StrEnum):
    """Where a bead is in review."""

    AUTO = "auto"  # proposed by the aligner, not yet seen
    DRAFT = "draft"  # machine translation waiting for post-editing
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


# The origin of an MT draft a reviewer edited, before the engine's: "postedit:mt:apertium:fr-es".
# Their translation, derived from the engine's (XLIFF 1.2's ``leveraged-mt``).
POST_EDIT = "postedit:"
# The origin of a bead a reviewer made or changed by hand (merge, split, edit…).
HUMAN = "human"
# The origin of a bead the aligner made: "auto:" and its name ("auto:workbench+usem3").
ALIGNED = "auto:"
# The origin of a French sentence alone in an MT-only alignment, waiting for its draft: no
# aligner ran (aligner "none"), its score 0.0 is no confidence.
NOT_ALIGNED = ALIGNED + "none"


def is_mt_origin(origin: str) -> bool:
    """An origin naming a machine translation engine nobody post-edited (``mt``, ``mt:…``)."""
    return origin == "mt" or origin.startswith("mt:")


def holds_machine_translation(origin: str, status: str) -> bool:
    """Whether a counterpart with this ``origin`` and ``status`` (a bead's, or an exported
    unit's) is machine translation nobody post-edited: the one rule behind
    `workbench.review.holds_mt` and `workbench.formats.units.is_machine_translation`.

    A raw MT draft (origin ``mt:…``), or a bead still waiting for its post-edit (status
    ``draft``) with a reviewer's words beside the draft: a merge that kept it (origin
    ``postedit:mt:…``), an MT draft whose French they corrected (origin ``human``). A
    draft from elsewhere (a CAT tool's unconfirmed segment, origin ``xliff:omegat``) is
    a translator's, not MT.
    """
    return is_mt_origin(origin) or (
        status == Status.DRAFT and (origin == HUMAN or origin.startswith(POST_EDIT))
    )


@dataclass(frozen=True)
class Bead:
    """A link between a run of source sentences and a run of target sentences.

    Ids are 0-based sentence positions on each side. An empty side is an
    insertion or a deletion. ``str(bead)`` gives the text form the field uses:
    ``[6, 7]:[9]:0.873``.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0

    def __str__(self) -> str:
        src = ", ".join(map(str, self.src))
        tgt = ", ".join(map(str, self.tgt))
        return f"[{src}]:[{tgt}]:{self.score:.3f}"

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.src), len(self.tgt))


@dataclass(frozen=True)
class Alignment:
    """A stored alignment of a French document with one counterpart."""

    id: int
    doc_id: int
    version: int  # the French document version it aligns
    counterpart_doc_id: int | None  # None: the counterpart sits inside the document
    counterpart_version: int | None
    fr_lang: str
    cp_lang: str
    aligner: str
    created_at: datetime


@dataclass(frozen=True)
class StoredBead:
    """A bead as the reviewer sees it: segment ids and texts on both sides.

    ``fr``/``cp`` hold segment ids (the French side and the counterpart side).
    ``fr_text``/``cp_text`` are what the bead says: the segments' text joined,
    a reviewer's edit, or a machine translation draft. ``score``: the
    aligner's confidence in [0, 1] (or an MT draft's quality estimate, or an
    imported pair's), None once a reviewer changed the bead's text or sentences
    (edit, merge, split, move, insert): the figure was about other texts.
    """

    id: int
    alignment_id: int
    position: int
    fr: tuple[int, ...]
    cp: tuple[int, ...]
    fr_text: str
    cp_text: str
    score: float | None
    status: Status
    origin: str  # "auto:<aligner>", "human", "mt:<engine>:<model>"
    reviewer: str | None
    version: int  # optimistic-locking counter
    created_at: datetime
    updated_at: datetime
    note: str | None = None


@dataclass(frozen=True)
class BeadDraft:
    """A bead about to be stored: segment ids on each side, the texts, how it came to be.

    ``score``: as `StoredBead.score` (None: no score applies, a reviewer made the bead).
    """

    fr: tuple[int, ...]
    cp: tuple[int, ...]
    fr_text: str
    cp_text: str
    score: float | None
    status: Status
    origin: str
    reviewer: str | None = None
    note: str | None = None
    # When the pair was made and last changed, for beads read from a TMX or XLIFF
    # (None: now). Edits leave them None.
    created: datetime | None = None
    changed: datetime | None = None


@dataclass(frozen=True)
class UnsavedText:
    """What a reviewer typed in a bead's editor and has not saved: kept by the server so
    that it outlives the browser (a crash, another machine). Never a change to the bead.

    ``version``: the bead version the editor loaded (-1: typed on after a save, or moved
    from an earlier version onto a bead that changed: a save of it is refused until the
    reviewer keeps it over the bead as it is). ``base_fr``/``base_cp``: the texts it was
    typed over. ``typed_at``: the browser's clock at the last keystroke, milliseconds since
    1970 (the newer of two copies wins). ``client``: the browser tab it was typed in (an
    id the tab keeps across its reloads): two tabs of one reviewer keep a text each.
    """

    alignment_id: int
    bead_id: int
    reviewer: str
    version: int
    base_fr: str
    base_cp: str
    fr: str
    cp: str
    typed_at: int
    client: str = ""


@dataclass(frozen=True)
class LeftBehind:
    """Reviewed beads of an earlier version that a new version's alignment could not carry
    over (their sentences changed): they stay in that version's alignment. ``bead_ids``:
    theirs; ``note``: the warning `align` or `fill` gave, naming them and the command that
    shows them. Logged with the alignment, so a reviewer finds them after that run's output
    is gone (`workbench status`, the Review page)."""

    bead_ids: tuple[int, ...]
    note: str
    # who marked them dealt with and when ("ben, 2026-12-04 09:15 UTC": `Store.mark_dealt_with`),
    # "" while they are not: only then is ``note`` said again
    dealt_with: str = ""


# --- exchange ------------------------------------------------------------------


@dataclass(frozen=True)
class Prop:
    """A TMX ``<prop>`` of a unit beyond the workbench's own: a subtitle's timecode.

    ``lang`` says which side it describes (``xml:lang`` on the prop), empty for both.
    """

    type: str  # "x-timecode"
    value: str  # "00:00:01,000 --> 00:00:03,500"
    lang: str = ""


@dataclass(frozen=True)
class TranslationUnit:
    """One source/target pair as it leaves the workbench (TMX, TSV, XLSX)."""

    tuid: str
    source: str
    target: str
    source_lang: str
    target_lang: str
    origin: str
    status: str
    score: float | None
    document: str
    reviewer: str | None
    created: datetime
    changed: datetime
    notes: tuple[str, ...] = field(default=())
    props: tuple[Prop, ...] = field(default=())
    # The bead's version when it was exported (`StoredBead.version`): a reviewed table's
    # row is applied only to that very version. None where a format carries none.
    version: int | None = None
    # The alignment the bead was exported from, as `exporting.alignment_key` names it (its
    # id and creation time, hashed): a unit comes back into its bead only in the database
    # that holds that very alignment. None where a format carries none.
    alignment_key: str | None = None
    # The language of a side no document holds, an MT engine's draft of what the original
    # lacks (`fill`); None where both sides are documents' texts (an imported CAT file's
    # MT target is its document's text). An XLIFF never makes such a side its source.
    drafted: str | None = None
    # (source, target) as an imported file delivered them, inline codes as tags and white
    # space untouched (`formats.inline_codes`), for QA at import; None where the plain
    # text says it all, and for units the workbench writes. Not part of a unit's equality:
    # the same unit read back from a file the workbench wrote is the same unit.
    delivered: tuple[str, str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class MadeBy:
    """What made a machine translation: the engine, its model id and version, the language
    pair. The MT cache keys a translation by it and the source text (`CachedTranslator`,
    the store's `TranslationCache`, whose columns bear these names): another model version
    or pair translates the sentence again. A translator and a `Translation` carry it as
    attributes of these names."""

    engine: str  # "argos" or "apertium"; a pivot's "argos+apertium"
    model: str  # model id, e.g. "translate-fr_en" or "fr-es"
    model_version: str
    src_lang: str
    tgt_lang: str

    @classmethod
    def of(cls, maker: object) -> MadeBy:
        """The identity ``maker`` (a translator or a `Translation`) carries as attributes."""
        return cls(*(getattr(maker, f.name) for f in fields(cls)))


@dataclass(frozen=True)
class Translation:
    """A machine translation and where it came from (the fields after ``text`` are
    `MadeBy`'s, in its order)."""

    source: str
    text: str
    engine: str  # "argos" or "apertium"
    model: str  # model id, e.g. "translate-fr_en" or "fr-es"
    model_version: str
    src_lang: str
    tgt_lang: str

    @property
    def origin(self) -> str:
        return f"mt:{self.engine}:{self.model}"

    @property
    def made_by(self) -> MadeBy:
        return MadeBy.of(self)
