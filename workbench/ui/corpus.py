"""The Corpus page: add files, see every document and how far its review has got."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from workbench.formats.atomic import atomic_path
from workbench.ingest.readers import SUFFIXES
from workbench.model import Document, labels
from workbench.store import Store
from workbench.ui import view
from workbench.ui.common import (
    attempt,
    below_root,
    data_dir,
    flash,
    get_store,
    reviewer,
    server_root,
    show_flashes,
)
from workbench.ui.debris import debris_ui
from workbench.ui.pick import pick_document, profile
from workbench.wording import counted

KINDS = ["body", "heading", "caption", "footnote", "boilerplate"]


def _report(paths: Sequence[str | Path]) -> None:
    from workbench import pipeline

    report = attempt(
        "Ingest", pipeline.ingest_paths, get_store(), list(paths), actor=reviewer() or "app"
    )
    if report is None:
        return
    done = [f for f in report.files if not f.failed]
    statuses = ", ".join(f"{f.document.name} ({f.status})" for f in done if f.document is not None)
    if done:
        flash("success", f"Ingested {counted(len(done), 'file')}: {statuses}.")
    # The CLI's lines, each file by its name: the uploads folder is the server's, not
    # the user's (newcomer17 saw "vide.txt: /…/uploads/vide.txt: the file is empty").
    from workbench.pipeline.ingested import Level, report_lines

    shown = {Level.DONE: "info", Level.NOTE: "info", Level.WARNING: "warning"}
    documents = get_store().documents()
    for line in report_lines(report, paths=False, documents=documents):
        text = line.text
        if line.original is not None:  # this page aligns an original, not a command
            text = original_note(line.original, line.french, documents)
        flash(shown.get(line.level, "error"), text)
    if not report.files:
        flash("warning", "No file to ingest there.")


def original_note(doc: Document, french: Document | None, documents: Sequence[Document]) -> str:
    """What to do with ``doc``, just ingested, that reads in another language than
    French: on this page, choose its French translation (``french`` when the same
    upload held it) and open the panel that aligns it with its original (an upload, or a path on the
    server for a folder ingested there)."""
    file = Path(doc.path).name if doc.path else doc.name
    if french is None:
        how = (
            "choose its French translation as the Document in the sidebar and open its “Align … "
            "with its original” panel"
        )
    else:
        (label,) = labels([french], documents)
        how = (
            f"choose {label} as the Document in the sidebar and open “Align {french.name} "
            "with its original”"
        )
    return (
        f"{doc.name} reads as {doc.lang}, not French: if it is an original, {how} and "
        f"give it {file}."
    )


def _ingest_uploads() -> None:
    _report(_save_upload("uploads"))


def _ingest_folder() -> None:
    typed = str(st.session_state.get("folder", "")).strip()
    folder = attempt("Ingest", below_root, typed or ".")
    if folder is None:
        return
    if not folder.exists():
        flash("error", f"Ingest: no folder {typed!r} below {server_root()}; give an existing one.")
        return
    _report([folder])


LANGUAGES = ("en", "es", "de")


def _save_upload(key: str) -> list[Path]:
    files = st.session_state.get(key) or []
    if not isinstance(files, list):
        files = [files]
    folder = data_dir() / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for f in files:
        path = folder / Path(f.name).name  # never a path the browser chose
        with atomic_path(path) as part:  # a crash never leaves half an upload to ingest
            part.write_bytes(f.getvalue())
        saved.append(path)
    return saved


def _align_original(name: str) -> None:
    """Ingest the original given (upload or server path), link it to ``name``, align them."""
    from workbench.pipeline.alignment import align_document
    from workbench.ui.common import get_encoder

    lang = str(st.session_state.get("original_lang", "en"))
    typed = str(st.session_state.get("original_path", "")).strip()
    paths = _save_upload("original_upload")
    if not paths and typed:
        found = attempt("Align", below_root, typed)
        if found is None:
            return
        paths = [found]
    if not paths:
        flash("error", "Align: upload the original or give its path on the server first.")
        return
    use_encoder = bool(st.session_state.get("original_enc", True))
    report = attempt(
        "Align", align_document, get_store(), name, lang, original_path=paths[0],
        encoder=get_encoder() if use_encoder else None, actor=reviewer() or "app",
    )  # fmt: skip
    if report is not None:
        flash(
            "success",
            f"Linked {paths[0].name} as the {lang} original of {name} and aligned them: "
            f"{report.beads} beads, {report.pairs} pairs. Review them on the Review page.",
        )


def original_ui(name: str) -> None:
    """Give a document its original (the text it translates) and align the two."""
    with st.expander(f"Align {name} with its original (English, Spanish, German…)"):
        left, right = st.columns([3, 1])
        left.file_uploader(
            "The original", type=sorted(s.lstrip(".") for s in SUFFIXES), key="original_upload"
        )
        left.text_input(
            "Or its path on the server", key="original_path",
            help=f"A file below {server_root()}.",
        )  # fmt: skip
        right.selectbox("Its language", LANGUAGES, key="original_lang")
        right.checkbox("Use the sentence encoder", value=True, key="original_enc")
        st.button(
            "Ingest, link and align", key="align_original", on_click=_align_original, args=(name,)
        )


def add_ui() -> None:
    with st.expander("Add documents", expanded=False):
        st.file_uploader(
            "Upload files", type=sorted(s.lstrip(".") for s in SUFFIXES),
            accept_multiple_files=True, key="uploads",
        )  # fmt: skip
        st.button("Ingest the uploaded files", key="ingest_uploads", on_click=_ingest_uploads)
        st.text_input(
            "Or a folder on the server", key="folder", placeholder=".",
            help=f"A folder below {server_root()} (set WORKBENCH_SERVER_ROOT to change it).",
        )  # fmt: skip
        st.button("Ingest the folder", key="ingest_folder", on_click=_ingest_folder)


def documents_table(store: Store) -> pd.DataFrame:
    """One row per document: language, kinds, counts, and review progress."""
    docs = store.documents()
    names = {d.id: d.name for d in docs}
    rows = []
    for d in docs:
        prof = profile(store, d)
        confirmed = total = 0
        aligned: list[str] = []
        for a in store.alignments(d.id):
            if a.version == d.version:
                c, t = view.progress(store.bead_counts(a.id))
                confirmed, total, aligned = confirmed + c, total + t, [*aligned, a.cp_lang]
        rows.append({
            "id": d.id, "name": d.name, "lang": d.lang, "version": d.version,
            "kinds": ", ".join(prof.kinds), "segments": d.segment_count,
            "original of": names.get(d.original_of, "") if d.original_of else "",
            "aligned with": ", ".join(aligned), "confirmed": confirmed, "beads": total,
            "progress": confirmed / total if total else 0.0,
        })  # fmt: skip
    return pd.DataFrame(rows)


def corpus_page() -> None:
    store = get_store()
    add_ui()
    table = documents_table(store)
    if table.empty:
        st.info("No document yet: upload files or give a folder above.")
        return
    st.dataframe(
        table, hide_index=True, width="stretch", key="documents",
        column_config={
            "progress": st.column_config.ProgressColumn(
                "progress", help="Beads confirmed / beads", format="percent", min_value=0,
                max_value=1,
            )
        },
    )  # fmt: skip
    doc = pick_document(store, "corpus")
    show_flashes()  # what the link named, if not this document: said now, not next run
    if doc is None:
        return
    original_ui(doc.name)
    debris_ui(doc)
    for original in (d for d in store.documents() if d.original_of == doc.id):
        debris_ui(original, of=doc)
    segments = store.segments(doc.id)
    frame = pd.DataFrame(
        [{"#": s.index, "kind": str(s.kind), "lang": s.lang, "text": s.text} for s in segments]
    )
    st.subheader(f"{doc.name} · version {doc.version}")
    counts = frame.groupby(["kind", "lang"]).size().reset_index(name="segments")
    st.dataframe(counts, hide_index=True, key="counts")
    kinds = st.multiselect("Kinds", KINDS, default=KINDS, key="kinds")
    shown = frame[frame["kind"].isin(kinds)]
    st.dataframe(shown, hide_index=True, width="stretch", height=600, key="segments")
