"""`align`'s count of sentences without counterpart leaves out those a reviewer gave one
(newcomer38 LOW 8).

A sentence of the original the translator dropped gets its French typed by a reviewer;
when a new version of the original comes, `align` said "… and 1 en sentence without
counterpart", and the reviewer looked for an untranslated sentence that was not there.
"""

from __future__ import annotations

from workbench import review
from workbench.model import Kind, Sentence
from workbench.pipeline.alignment import align_document, apply
from workbench.store import Store

FR = ["Le canal rouvre en mai.", "Les péniches reviennent.", "La ville fête l'événement."]
EN = ["The canal reopens in May.", "Barges are coming back.",
      "Tolls will stay the same this year.", "The town is celebrating."]  # fmt: skip


def _store_file(store: Store, name: str, lang: str, texts: list[str], **extra: object) -> int:
    sentences = [Sentence(t, Kind.BODY, lang, i) for i, t in enumerate(texts)]
    digest = (name + str(len(texts)) + texts[0]).encode().hex()[:64].ljust(64, "0")
    return store.store_file(
        name=name, path=f"/c/{name}.txt", lang=lang, encoding="utf-8", sha256=digest, size=1,
        sentences=sentences, **extra,  # type: ignore[arg-type]
    ).document.id  # fmt: skip


def test_a_sentence_whose_french_a_reviewer_typed_has_a_counterpart_in_the_count(
    store: Store,
) -> None:
    doc = _store_file(store, "canal.fr", "fr", FR)
    original = _store_file(store, "canal.en", "en", EN, original_of=doc)
    first = align_document(store, doc, "en")
    assert (first.unaligned_fr, first.unaligned_cp) == (0, 1)  # the tolls, dropped
    beads = store.beads(first.alignment.id)
    alone = next(k for k, b in enumerate(beads) if b.cp and not b.fr)
    typed = "Les péages ne changeront pas cette année."
    apply(store, first.alignment.id, review.edit_text(beads, alone, "fr", typed, "ana"), "ana")
    _store_file(store, "canal.en", "en", [*EN[:3], "The whole town is celebrating."],
                version_of=original)  # fmt: skip

    again = align_document(store, doc, "en")

    assert (again.unaligned_fr, again.unaligned_cp) == (0, 0)
    assert typed in [b.fr_text for b in store.beads(again.alignment.id)]
