"""The Export page: a document's beads as TMX, XLIFF, TSV, CSV or XLSX, or a subtitle
document's French cues as SubRip or WebVTT, downloaded or saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from workbench.formats.choices import (
    DEDUPE_HELP,
    DEDUPE_NOT_XLIFF,
    SUBTITLE_FORMATS,
    CueStyling,
    ExportFormat,
    default_min_score,
    default_mt,
)
from workbench.formats.report import ExportReport
from workbench.formats.units import ExportOptions, MtPolicy
from workbench.model import Alignment, Document, InputError
from workbench.store import Store
from workbench.ui.common import attempt, exports_dir, flash, get_store
from workbench.ui.pick import pick_alignment

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

FORMATS = ("tmx", "xliff12", "xliff21", "tsv", "xlsx", "csv", "srt", "vtt")  # every ExportFormat
LABELS = {"xliff12": "XLIFF 1.2", "xliff21": "XLIFF 2.1", "srt": "SubRip", "vtt": "WebVTT"}
# The page's choices, named as its widgets name them (`APP_WORDS` says them in its lines).
CONFIRMED_ONLY = "Confirmed beads only"
FLOOR = "Leave out unreviewed beads below a score"
MT_DRAFTS = "Machine translation drafts"
FRENCH_SOURCE = "French as the source language"
DEDUPE = "One unit per distinct pair"
MIMES = {
    "tmx": "application/x-tmx+xml",
    "xliff12": "application/xliff+xml",
    "xliff21": "application/xliff+xml",
    "tsv": "text/tab-separated-values",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "srt": "application/x-subrip",
    "vtt": "text/vtt",
}


CUE_STYLING = "Subtitle cues' styling"
CUE_STYLINGS = {
    CueStyling.TEXT: "as text, for OmegaT",
    CueStyling.CODES: "as TMX codes, for Trados and memoQ",
    CueStyling.NONE: "left out",
}
# What a subtitle export writes, in the words of `workbench export --help`.
SUBTITLES_SAID = (
    "The French cues with their timing, one per cue the file had, numbers, line breaks and "
    "styling kept; each cue's text is its bead's, so a reviewer's edit wins. MT drafts never "
    "enter, so the memory's choices do not apply."
)


def offered(doc: Document) -> tuple[str, ...]:
    """The formats the page offers for ``doc``: SubRip and WebVTT only for a document read
    from a subtitle file (the others have no timing to write)."""
    timed = Path(doc.path).suffix.lower() in {".srt", ".vtt"}
    return tuple(f for f in FORMATS if timed or f not in SUBTITLE_FORMATS)


def options_ui(formats: tuple[str, ...] = FORMATS) -> tuple[str, ExportOptions]:
    """The export format and options, as a translator would choose them."""
    left, right = st.columns(2)
    fmt = _format_ui(left, formats)
    if fmt in SUBTITLE_FORMATS:
        right.caption(SUBTITLES_SAID)
        return fmt, ExportOptions()
    confirmed = left.checkbox(CONFIRMED_ONLY, key="confirmed_only")
    min_score = _floor_ui(left, fmt)
    policies = [p for p in MtPolicy if fmt == "tmx" or p is not MtPolicy.SEPARATE]
    # one choice per format, so each starts at its own default (the CLI's --mt)
    mt = right.selectbox(
        MT_DRAFTS, policies, key=f"mt_policy_{fmt}", format_func=_policy_label,
        index=policies.index(default_mt(ExportFormat(fmt))),
        help="The review tables (TSV, CSV, XLSX) include the drafts nobody post-edited, "
        "marked as drafts, for the reviewer to post-edit; TMX and XLIFF leave them out "
        "unless you ask for them.",
    )  # fmt: skip
    french_source = right.checkbox(FRENCH_SOURCE, key="french_source")
    regions = right.checkbox(
        "Region variants (fr-FR, es-ES)", key="regions", help="Trados wants its TM's variant."
    )
    memory = not fmt.startswith("xliff")
    dedupe = right.checkbox(DEDUPE, key="dedupe", help=DEDUPE_HELP, disabled=not memory)
    if not memory:
        right.caption(f"No dedupe for XLIFF: {DEDUPE_NOT_XLIFF}.")
    options = ExportOptions(
        cue_styling=_cue_styling_ui(right, fmt, formats),
        confirmed_only=confirmed,
        min_score=min_score or None,
        mt=MtPolicy(mt),
        french_source=french_source,
        region_variants=regions,
        dedupe=dedupe and memory,  # a choice left ticked before XLIFF is not a refusal
    )
    return fmt, options


def _format_ui(column: DeltaGenerator, formats: tuple[str, ...]) -> str:
    """The format chosen among ``formats`` (one no longer offered is forgotten)."""
    if st.session_state.get("fmt", formats[0]) not in formats:  # SubRip, then a text document
        del st.session_state["fmt"]
    return str(
        column.radio(
            "Format", formats, horizontal=True, key="fmt",
            format_func=lambda f: LABELS.get(f, f.upper()),
            help="XLIFF 1.2 for OmegaT and Trados; XLIFF 2.1 for tools that read 2.x. "
            "SubRip and WebVTT: the French cues, for a document read from a subtitle file.",
        )
    )  # fmt: skip


def _floor_ui(column: DeltaGenerator, fmt: str) -> float:
    """The lowest score a bead nobody reviewed needs to go out in ``fmt``."""
    floor = default_min_score(ExportFormat(fmt))
    # one slider per format, so each starts at its own default (the CLI's --min-score)
    return float(
        column.slider(
            FLOOR, 0.0, 1.0, floor or 0.0, 0.05,
            key=f"min_score_{fmt}",
            help="The aligner's confidence: the probability the pair is right. Memories (TMX, "
            "XLIFF) start at 0.5, the review tables at 0; beads a reviewer confirmed or edited "
            "always go.",
        )
    )  # fmt: skip


def _cue_styling_ui(column: DeltaGenerator, fmt: str, formats: tuple[str, ...]) -> CueStyling:
    """How a subtitle document's TMX writes a cue's styling: chosen there, else as text."""
    if fmt != "tmx" or not set(SUBTITLE_FORMATS) <= set(formats):  # not a subtitle's TMX
        return CueStyling.TEXT
    styling = column.selectbox(
        CUE_STYLING, list(CueStyling), key="cue_styling",
        format_func=lambda s: CUE_STYLINGS[CueStyling(s)],
        help="OmegaT 3.6 reads a cue's <i> as text; Trados and memoQ as a tag, which "
        "TMX 1.4b marks with <bpt>/<ept>. One file cannot serve both.",
    )  # fmt: skip
    return CueStyling(str(styling))


def _policy_label(policy: MtPolicy) -> str:
    return {
        MtPolicy.INCLUDE: "include them",
        MtPolicy.EXCLUDE: "leave them out",
        MtPolicy.SEPARATE: "a separate TMX (OmegaT tm/mt/)",
    }[MtPolicy(policy)]


def export_path(
    store: Store, doc: Document, alignment: Alignment, fmt: str, *, french_source: bool = False
) -> Path:
    """Where the CLI would write it, in the exports folder beside the app's database.

    The languages in the name read source → target, as the file's units do; a
    document whose name another has too goes by ``name-ID`` (``exchange.export_stem``),
    so two files of one name never write over each other.
    """
    from workbench.pipeline import exchange

    langs = (
        (alignment.fr_lang, alignment.cp_lang)
        if french_source
        else (alignment.cp_lang, alignment.fr_lang)
    )
    return exchange.export_path(exchange.export_stem(store, [doc]), *langs, fmt, exports_dir())


# What an export's line (`ExportReport`) says in the CLI's options, in the page's words: a
# reviewer ticks boxes, never types --confirmed-only (loose24). Longest first.
APP_WORDS: tuple[tuple[str, str], ...] = (
    ("without --confirmed-only", f'with "{CONFIRMED_ONLY}" unticked'),
    ("--min-score 0", f'"{FLOOR}" at 0'),
    ("--mt include", f'"{MT_DRAFTS}": {_policy_label(MtPolicy.INCLUDE)}'),
    ("without --dedupe", f'with "{DEDUPE}" unticked'),
    ("-f xliff12 --french-source", f'{LABELS["xliff12"]} with "{FRENCH_SOURCE}"'),
    ("--french-source", f'"{FRENCH_SOURCE}"'),
    ("-f xliff12", LABELS["xliff12"]),
    ("-f tmx", "TMX"),
    ("choose another -o PATH", "check that the exports folder can be written"),
    ("without --reviewer every reviewer's go", "this page exports every reviewer's"),
)


def in_app_words(line: str) -> str:
    """``line`` with the CLI's options named as the page's choices (`APP_WORDS`)."""
    for cli, app in APP_WORDS:
        line = line.replace(cli, app)
    return line


def _exported(
    store: Store, doc_id: int, cp_lang: str, fmt: str, path: Path, options: ExportOptions
) -> ExportReport:
    """`export_documents`, its refusal (nothing to write, a folder it cannot write) said in
    the page's words."""
    from workbench.pipeline.exchange import export_documents

    try:
        return export_documents(store, [doc_id], cp_lang, fmt, path, options)
    except InputError as exc:
        raise InputError(in_app_words(str(exc))) from exc


_LAST_EXPORT = "export_summary"  # (path, summary) of this session's last export


def _export(doc_id: int, cp_lang: str, fmt: str, path: Path, options: ExportOptions) -> None:
    report = attempt("Export", _exported, get_store(), doc_id, cp_lang, fmt, path, options)
    if report is not None:
        said = in_app_words(report.summary())
        flash("success", f"Exported: {said}.")
        # the toast fades: the counts (units skipped as repeats, characters removed) stay
        # under the file, as the CLI prints them
        st.session_state[_LAST_EXPORT] = (str(path), said)


def export_page() -> None:
    store = get_store()
    picked = pick_alignment(store, "export")
    if picked is None:
        return
    doc, alignment = picked
    fmt, options = options_ui(offered(doc))
    path = export_path(store, doc, alignment, fmt, french_source=options.french_source)
    left, right = st.columns(2)
    left.button(
        f"Export to {path.parent.name}/{path.name}", key="export", type="primary",
        on_click=_export, args=(doc.id, alignment.cp_lang, fmt, path, options),
    )  # fmt: skip
    if path.exists():  # what is downloaded is the file exported: one file, one report
        right.download_button(
            f"Download {path.name}", data=path.read_bytes(), file_name=path.name,
            mime=MIMES[fmt], key="download", on_click="ignore",
        )  # fmt: skip
        modified = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        last, summary = st.session_state.get(_LAST_EXPORT, ("", ""))
        said = f" {summary}." if last == str(path) else ""
        st.caption(f"`{path}` · written {modified}.{said} Export again to refresh it.")
