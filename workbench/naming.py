"""Which document a name means, when documents share it: the one rule of the store's
look-up (`Store.document`), the app's pickers, export names and the commands suggested.

A translation aligned with an original from another folder often has the original's
file name (``fr/climat.html``, ``orig/climat.html``): that name means the translation,
whose original is reached as its original (or by its id). Two translations, or two
documents unrelated to each other, sharing a name leave it meaning none of them.
"""

from __future__ import annotations

import re
import shlex
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar


class Linked(Protocol):
    """A document as far as naming goes: its id and the document it is the original of."""

    @property
    def id(self) -> int: ...

    @property
    def original_of(self) -> int | None: ...


class Named(Linked, Protocol):
    @property
    def name(self) -> str: ...


D = TypeVar("D", bound=Linked)


def name_holder(namesakes: Sequence[D]) -> D | None:
    """The one of ``namesakes`` (every document going by one name) the name means: the
    only one, or the only one that is not the original of another; None when several are."""
    ids = {d.id for d in namesakes}
    holders = [d for d in namesakes if d.original_of not in ids]
    return holders[0] if len(holders) == 1 else None


def labels(docs: Sequence[Named], every: Iterable[Named]) -> list[str]:
    """How the workbench names each of ``docs`` to a user: its name, or ``name-ID`` when
    its name means another document or none (:func:`name_holder` over ``every``).

    ``pont.fr.docx`` and ``pont.fr.odt`` are both ``pont.fr``: `Store.document`
    refuses the shared name, so the pickers and ``?doc=`` show ``pont.fr-2`` and
    exports write ``pont.fr-2.es-fr.tmx`` (one file each, not one over the other).
    """
    namesakes: defaultdict[str, list[Named]] = defaultdict(list)
    for d in every:
        namesakes[d.name].append(d)

    def meant(d: Named) -> bool:
        shared = namesakes[d.name]
        holder = name_holder(shared)
        return len(shared) <= 1 or (holder is not None and holder.id == d.id)

    return [d.name if meant(d) else f"{d.name}-{d.id}" for d in docs]


def command_ref(doc: Named, every: Iterable[Named]) -> str:
    """How a command line names ``doc``: its name, or its id when the name would be
    refused or would mean another document."""
    (label,) = labels([doc], every)
    return shell_word(doc.name) if label == doc.name else str(doc.id)


_UNSAFE = re.compile(r"[^\w@%+=:,./-]")


def shell_word(text: str) -> str:
    """``text`` as one word of a command line a user can paste into a POSIX shell or
    PowerShell: as it is when made only of letters (any script), digits and
    ``@%+=:,./-``, else single-quoted by :func:`shlex.quote` (``Canal été.fr.txt`` →
    ``'Canal été.fr.txt'``). Every path or document name a suggested command carries
    goes through it."""
    return text if text and not _UNSAFE.search(text) else shlex.quote(text)


def untagged(name: str, lang: str) -> str:
    """``name`` without a final language tag, casefolded: ``marseille.en`` → ``marseille``,
    as ``marseille-en`` and ``marseille_EN``."""
    folded = name.casefold()
    for mark in ".-_":
        if folded.endswith(mark + lang.casefold()):
            return folded[: -len(lang) - 1]
    return folded


def tagged(name: str, lang: str) -> bool:
    """Whether ``name`` ends with the language tag ``lang`` (``berlin.fr``, ``berlin-FR``)."""
    return untagged(name, lang) != name.casefold()
