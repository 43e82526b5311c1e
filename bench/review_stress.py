"""Many reviewers editing one alignment at once: is any acknowledged edit lost?

    python bench/review_stress.py --db sqlite:///stress.db --workers 8 --edits 200
    python bench/review_stress.py --db postgresql+psycopg://u@127.0.0.1:5432/db

N processes each make M random review edits (confirm, edit text, merge,
split, insert, move, reject, undo, redo) on one freshly made alignment of a
synthetic document, concentrated on a small window of beads so that they
contend. Afterwards the harness checks, from what the workers were told and
what the database holds:

- invariants: bead positions are 0..n-1, every sentence of both sides sits
  in exactly one bead;
- lost edits: every write a worker was told was applied produced beads
  (id, version, content) that are either still there or were seen by a later
  acknowledged write that replaced them. A write whose result vanished
  without any acknowledged write having seen it was silently overwritten.

With ``--reread N`` the French file is read again once the workers have
saved N edits (a new version, as ``ingest --reread``) and aligned, which
carries the reviewed beads over, while the workers go on editing the version
they loaded. Then also:

- hidden: reviewed beads (`review.reviewed`) of the replaced version's final
  state whose texts and status are not in the new version's alignment, the
  one the Review page shows. A save stored in the old version after the
  carry-over would be one.

With ``--realign N`` the same version is aligned again once the workers have
saved N edits (as ``workbench align`` or ``restore`` does), while they go on
editing. The re-alignment may replace what nobody reviewed, so an
acknowledged write counts as lost there only when a reviewed bead it wrote
(`review.reviewed`) vanished by id, version or content without a later
acknowledged write seeing it: a reviewed bead stored again under a new id is
one (the page, undo stack or exported table that names it no longer finds it).

It prints attempted / applied / refused / lost / violations (/ hidden) and
edits per second. The store itself is the system under test: the harness reads its
verdicts only through the public API (review actions, ``apply``, ``undo``,
``redo``, ``beads``).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import review
from workbench.model import (
    BeadDraft,
    ConflictError,
    InputError,
    Kind,
    NotFoundError,
    Sentence,
    Status,
    StoredBead,
    StoreError,
    WorkbenchError,
)
from workbench.pipeline.alignment import apply
from workbench.store import Store

# Seconds a worker waits after an error it was told (a store that is gone, a server starting
# again) before its next edit, as a reviewer reads the message first.
PAUSE_AFTER_ERROR = 0.2
KINDS = ("confirm", "edit", "merge", "split", "insert", "move", "reject", "undo", "redo")
Fingerprint = tuple[int, int, str]


def fingerprint(b: StoredBead) -> Fingerprint:
    """A bead's id, version and content: two writes from one base differ here."""
    content = repr((b.fr, b.cp, b.fr_text, b.cp_text, str(b.status), b.reviewer, b.note))
    return (b.id, b.version, hashlib.sha1(content.encode()).hexdigest()[:16])


@dataclass
class Write:
    """One write a worker was told was applied: what it saw and what it produced."""

    kind: str
    seen: list[Fingerprint]
    wrote: list[Fingerprint]
    reviewed: list[Fingerprint] = field(default_factory=list)  # of ``wrote``: the reviewer's


@dataclass
class Tally:
    attempted: int = 0
    applied: int = 0
    refused: int = 0
    errors: int = 0
    said: Counter[str] = field(default_factory=Counter)  # the errors' messages, by kind
    started: float = 0.0
    ended: float = 0.0
    writes: list[Write] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    # what writes whose commit was in doubt had seen (the server lost mid-commit: the write
    # may have gone in, replacing what it saw, though its reviewer was told of an error)
    doubted: list[Fingerprint] = field(default_factory=list)
    in_doubt: int = 0


class InDoubt(Exception):
    """A write whose connection was lost mid-statement (`StoreError.connection_lost`): it may
    have been committed. ``seen``: the beads it would replace; None for an undo or a redo,
    which only ever replace their own reviewer's writes."""

    def __init__(self, error: StoreError, seen: list[Fingerprint] | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.seen = seen


def _french(beads: int) -> list[str]:
    return [f"Phrase française numéro {i}." for i in range(beads)]


def read_again(url: str, beads: int, tag: str) -> int:
    """The French stored again as a new version, then aligned: the new alignment's id."""
    from workbench.pipeline.alignment import align_document

    store = Store.open(url)
    try:
        store.store_file(
            name=f"stress-{tag}", path=f"/stress/{tag}.fr", lang="fr", encoding="utf-8",
            sha256=hashlib.sha256(f"{tag} again".encode()).hexdigest(), size=1,
            sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(_french(beads))],
        )  # fmt: skip
        return align_document(store, f"stress-{tag}", "es", actor="reread").alignment.id
    finally:
        store.close()


def wait_for_edits(url: str, alignment_id: int, edits: int, pending: Any) -> None:
    """Return once the alignment holds ``edits`` saved edits (or the workers are done)."""
    store = Store.open(url)
    try:
        while not pending.ready() and len(store.events(alignment_id, limit=edits + 1)) <= edits:
            time.sleep(0.05)
    finally:
        store.close()


def hidden(old: Sequence[StoredBead], new: Sequence[StoredBead]) -> int:
    """Reviewed beads of the replaced version that the version shown does not hold."""
    shown = Counter((b.fr_text, b.cp_text, str(b.status)) for b in new)
    missing = 0
    for b in old:
        if not review.reviewed(b):
            continue
        key = (b.fr_text, b.cp_text, str(b.status))
        if shown[key] > 0:
            shown[key] -= 1
        else:
            missing += 1
    return missing


def make_alignment(url: str, beads: int, tag: str) -> int:
    """A document of ``beads`` French and Spanish sentences, aligned one to one."""
    store = Store.open(url)
    try:
        fr_texts = _french(beads)
        es_texts = [f"Frase española número {i}." for i in range(beads)]
        fr = store.store_file(
            name=f"stress-{tag}", path=f"/stress/{tag}.fr", lang="fr", encoding="utf-8",
            sha256=hashlib.sha256(tag.encode()).hexdigest(), size=1,
            sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(fr_texts)],
        ).document  # fmt: skip
        es = store.store_file(
            name=f"stress-{tag}.es", path=f"/stress/{tag}.es", lang="es", encoding="utf-8",
            sha256=hashlib.sha256(tag.encode()).hexdigest(), size=1, original_of=fr.id,
            sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(es_texts)],
        ).document  # fmt: skip
        fr_ids = [s.id for s in store.segments(fr.id)]
        es_ids = [s.id for s in store.segments(es.id)]
        drafts = [
            BeadDraft((f,), (e,), ft, et, 0.9, Status.AUTO, "auto:stress")
            for f, e, ft, et in zip(fr_ids, es_ids, fr_texts, es_texts, strict=True)
        ]
        alignment = store.save_alignment(
            doc_id=fr.id, version=1, counterpart=(es.id, 1), fr_lang="fr", cp_lang="es",
            aligner="stress", beads=drafts,
        )  # fmt: skip
        return alignment.id
    finally:
        store.close()


def texts_of(store: Store, alignment_id: int) -> dict[int, str]:
    a = store.alignment(alignment_id)
    texts = {s.id: s.text for s in store.segments(a.doc_id, a.version)}
    if a.counterpart_doc_id is not None and a.counterpart_version is not None:
        texts.update(
            {s.id: s.text for s in store.segments(a.counterpart_doc_id, a.counterpart_version)}
        )
    return texts


def one_edit(
    store: Store, alignment_id: int, kind: str, rng: random.Random, window: int,
    texts: dict[int, str], name: str, serial: int,
) -> Write | None:  # fmt: skip
    """Make one edit of ``kind``; the acknowledged write, or None when refused.

    Raises InputError when the random choice does not apply (nothing to undo,
    a bead with nothing to split): the caller picks again.
    """
    if kind in ("undo", "redo"):
        act = store.undo if kind == "undo" else getattr(store, "redo", None)
        if act is None:
            raise InputError("this store has no redo")
        try:
            result = act(alignment_id, name, by=name)
        except NotFoundError as exc:
            raise InputError(str(exc)) from exc
        except StoreError as exc:
            if exc.connection_lost:
                raise InDoubt(exc, None) from exc
            raise
        replaced = getattr(result, "replaced", None)
        beads = getattr(result, "beads", None)
        if replaced is None or beads is None:  # a store whose undo says nothing about beads
            return Write(kind, [], [])
        return _write(kind, replaced, beads)
    beads = store.beads(alignment_id)
    i = rng.randrange(min(window, len(beads)))
    b = beads[i]
    if kind == "confirm":
        edit = review.confirm(beads, i, name)
    elif kind == "reject":
        edit = review.reject(beads, i, name)
    elif kind == "edit":
        side = rng.choice(("fr", "cp"))
        edit = review.edit_text(beads, i, side, f"{name} edit {serial}", name)  # type: ignore[arg-type]
    elif kind == "merge":
        edit = review.merge(beads, i, name)
    elif kind == "split":
        if len(b.fr) + len(b.cp) < 2:
            raise InputError("nothing to split")
        fr_at = rng.randint(0, len(b.fr))
        cp_at = rng.randint(0, len(b.cp))
        edit = review.split(beads, i, fr_at, cp_at, texts, name)
    elif kind == "insert":
        edit = review.insert_empty(beads, i, name)
    else:
        edit = review.move(beads, i, rng.choice(("fr", "cp")), rng.random() < 0.5, texts, name)
    seen = [x for x in beads if x.id in edit.expected]
    try:
        after = apply(store, alignment_id, edit, name)
    except ConflictError:
        return None
    except StoreError as exc:
        if exc.connection_lost:
            raise InDoubt(exc, [fingerprint(x) for x in seen]) from exc
        raise
    return _write(kind, seen, after)


def _write(kind: str, seen: Sequence[StoredBead], wrote: Sequence[StoredBead]) -> Write:
    return Write(
        kind, [fingerprint(x) for x in seen], [fingerprint(x) for x in wrote],
        [fingerprint(x) for x in wrote if review.reviewed(x)],
    )  # fmt: skip


def worker(args: tuple[str, int, int, int, Sequence[str], int]) -> Tally:
    url, alignment_id, edits, window, kinds, seed = args
    rng = random.Random(seed)
    name = f"reviewer{seed}"
    store = Store.open(url)
    tally = Tally()
    try:
        texts = texts_of(store, alignment_id)
        serial = 0
        tally.started = time.time()
        while tally.attempted < edits:
            kind = rng.choice(kinds)
            serial += 1
            try:
                write = one_edit(store, alignment_id, kind, rng, window, texts, name, serial)
            except InputError:
                continue  # a choice that does not apply here: pick again
            except ConflictError:
                write = None
            except InDoubt as doubt:  # an error to its reviewer, perhaps committed
                tally.attempted += 1
                tally.errors += 1
                tally.in_doubt += 1
                tally.said[f"{kind}: StoreError: {doubt.error}"] += 1
                own = [f for w in tally.writes for f in w.wrote]
                tally.doubted += doubt.seen if doubt.seen is not None else own
                time.sleep(PAUSE_AFTER_ERROR)
                continue
            except WorkbenchError as exc:  # neither applied nor refused cleanly: counted apart
                tally.attempted += 1
                tally.errors += 1
                tally.said[f"{kind}: {type(exc).__name__}: {exc}"] += 1
                time.sleep(PAUSE_AFTER_ERROR)  # a reviewer reads the message, then goes on
                continue
            tally.attempted += 1
            tally.kinds[kind] += 1
            if write is None:
                tally.refused += 1
            else:
                tally.applied += 1
                tally.writes.append(write)
        tally.ended = time.time()
    finally:
        store.close()
    return tally


def _reopened(url: str, patience: float = 120.0) -> Store:
    """The store opened again for the verdict, waiting for a server that is starting again
    (tests/test_sacred_server_crash.py kills it under the workers)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            return Store.open(url)
        except StoreError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def violations(beads: Sequence[StoredBead], fr_ids: Iterable[int], cp_ids: Iterable[int]) -> int:
    """Broken invariants: positions not 0..n-1, sentences missing or in several beads."""
    count = sum(1 for k, b in enumerate(beads) if b.position != k)
    for side, ids in (("fr", fr_ids), ("cp", cp_ids)):
        held = Counter(i for b in beads for i in getattr(b, side))
        expected = set(ids)
        count += sum(n - 1 for n in held.values() if n > 1)
        count += len(expected - set(held)) + len(set(held) - expected)
    return count


def lost_writes(
    initial: Sequence[StoredBead],
    final: Sequence[StoredBead],
    writes: list[Write],
    *,
    reviewed_only: bool = False,
    doubted: Iterable[Fingerprint] = (),
) -> int:
    """Acknowledged writes whose result vanished without a later acknowledged write seeing it
    (``reviewed_only``: whose reviewed beads did, as a re-alignment may replace the others).
    ``doubted``: what writes whose commit was in doubt had seen (a server killed mid-commit:
    such a write may be in, having replaced what it saw; CI once found "lost 1" so)."""
    seen = {f for w in writes for f in w.seen} | set(doubted)
    now = {fingerprint(b) for b in final}
    lost = 0
    for w in writes:
        if any(f not in now and f not in seen for f in (w.reviewed if reviewed_only else w.wrote)):
            lost += 1
    return lost


def realign(url: str, tag: str) -> bool:
    """The same version aligned again, as `workbench align` or `restore` does; False when
    reviewers saved during each of its attempts (it replaced nothing, as it should)."""
    from workbench.pipeline.alignment import align_document

    store = Store.open(url)
    try:
        align_document(store, f"stress-{tag}", "es", actor="realign")
        return True
    except ConflictError:
        return False
    finally:
        store.close()


def run(
    url: str, workers: int, edits: int, window: int, kinds: Sequence[str], beads: int,
    reread: int | None = None, realigned: int | None = None,
) -> dict[str, Any]:  # fmt: skip
    tag = f"{int(time.time() * 1000)}-{random.randrange(1 << 30)}"
    alignment_id = make_alignment(url, beads, tag)
    store = Store.open(url)
    try:
        initial = store.beads(alignment_id)
    finally:
        store.close()
    jobs = [(url, alignment_id, edits, window, tuple(kinds), seed) for seed in range(workers)]
    new_id, done = None, None
    with mp.get_context("spawn").Pool(workers) as pool:
        pending = pool.map_async(worker, jobs)
        if reread is not None:
            wait_for_edits(url, alignment_id, reread, pending)
            new_id = read_again(url, beads, tag)
        if realigned is not None:
            wait_for_edits(url, alignment_id, realigned, pending)
            done = realign(url, tag)
        tallies = pending.get()
    # From the first worker's first edit to the last one's last: process start-up excluded.
    elapsed = max(t.ended for t in tallies) - min(t.started for t in tallies)
    store = _reopened(url)
    try:
        final = store.beads(alignment_id)
        shown = store.beads(new_id) if new_id is not None else None
    finally:
        store.close()
    writes = [w for t in tallies for w in t.writes]
    fr_ids = [i for b in initial for i in b.fr]
    cp_ids = [i for b in initial for i in b.cp]
    attempted = sum(t.attempted for t in tallies)
    return {
        "attempted": attempted,
        "applied": sum(t.applied for t in tallies),
        "refused": sum(t.refused for t in tallies),
        "errors": sum(t.errors for t in tallies),
        "said": dict(sum((t.said for t in tallies), Counter())),
        "lost": lost_writes(
            initial,
            final,
            writes,
            reviewed_only=realigned is not None,
            doubted=[f for t in tallies for f in t.doubted],
        ),
        "in_doubt": sum(t.in_doubt for t in tallies),
        "violations": violations(final, fr_ids, cp_ids),
        "hidden": hidden(final, shown) if shown is not None else None,
        "realigned": done,
        "edits_per_s": attempted / elapsed,
        "seconds": elapsed,
        "kinds": dict(sum((t.kinds for t in tallies), Counter())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=200, help="edits per worker")
    parser.add_argument("--window", type=int, default=12, help="beads the workers contend on")
    parser.add_argument("--beads", type=int, default=60, help="beads of the alignment")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated edit kinds")
    parser.add_argument(
        "--reread", type=int, default=None, metavar="N",
        help="read the French again (a new version) and align it once N edits are saved",
    )  # fmt: skip
    parser.add_argument(
        "--realign", type=int, default=None, metavar="N",
        help="align the same version again (as `align`, `restore`) once N edits are saved",
    )  # fmt: skip
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown edit kind(s) {', '.join(sorted(unknown))}: use {', '.join(KINDS)}")
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'stress.db'}"
    r = run(
        url, args.workers, args.edits, args.window, kinds, args.beads, args.reread, args.realign
    )
    print(f"db: {url.split('://')[0]}  workers: {args.workers}  edits/worker: {args.edits}")
    print(
        f"attempted {r['attempted']}  applied {r['applied']}  refused {r['refused']}  "
        f"errors {r['errors']}  lost {r['lost']}  violations {r['violations']}"
        + (f"  hidden {r['hidden']}" if r["hidden"] is not None else "")
        + (f"  realigned {'yes' if r['realigned'] else 'no'}" if args.realign is not None else "")
    )
    print(f"{r['edits_per_s']:.1f} edits/s ({r['seconds']:.1f} s)  kinds: {r['kinds']}")
    if r["in_doubt"]:  # of the errors: the server lost mid-commit, the write perhaps in
        print(f"in doubt: {r['in_doubt']} of the errors (the server lost mid-commit)")
    for message, count in sorted(r["said"].items(), key=lambda item: -item[1]):
        print(f"error ×{count}: {message}")  # session 28: 6 errors once, unexplained
    return 0 if r["lost"] == r["violations"] == r["errors"] == (r["hidden"] or 0) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
