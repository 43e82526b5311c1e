"""Bead files to score: parsed with their file's name in every error, and checked before a score.

vecalign's ``score.py`` scores whatever it is given: a sentence in two beads, an index
past the end, a prediction for another document. Each of these gives a number that
looks like a score and is not one, so we refuse them, one line naming the file and
the bead (we are stricter than vecalign; its numbers on valid files are ours):

- every sentence is in at most one bead (no overlap, no repeated bead);
- each side's ids run from 0 with no gap: sentences 9–11 in no bead beside a 12 is
  an index out of range or beads missing (a sentence with no counterpart is a null
  bead, ``[7]:[]``);
- gold and prediction cover the same source and target sentences (the same document).

Pure: text in, beads out; reading the files is the caller's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.formats.beads import parse_bead
from workbench.model import BadValue, Bead, InputError, ParseError
from workbench.wording import counted

_SIDES = ("source", "target")


@dataclass(frozen=True)
class BeadFile:
    """The beads of one file, with the name errors give and the sentences each side covers."""

    name: str
    beads: tuple[Bead, ...]

    def size(self, side: int) -> int:
        """How many sentences this side covers (ids 0 … n-1, once checked)."""
        return 1 + max((sid for bead in self.beads for sid in _ids(bead, side)), default=-1)


def _ids(bead: Bead, side: int) -> tuple[int, ...]:
    return bead.src if side == 0 else bead.tgt


def parse_bead_file(name: str, text: str) -> BeadFile:
    """Parse one bead a line; an error names the file and the line. A blank line between
    beads is refused, as vecalign's score.py fails on it (a bead lost in an edit, or two
    files joined); blank lines at the end are an editor's and skipped."""
    beads = []
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            raise InputError(
                f"{name}, line {number} is blank: one bead a line, e.g. [6, 7]:[9]; remove "
                "the line, or put back the bead it lost"
            )
        try:
            beads.append(parse_bead(line, number))
        except ParseError as exc:
            raise ParseError(f"{name}, {exc}", exc.cause) from exc
    if not beads:
        raise InputError(f"{name} has no beads: expected one bead a line, e.g. [6, 7]:[9]")
    found = BeadFile(name, tuple(beads))
    check_bead_file(found)
    return found


def _where(found: BeadFile, k: int) -> str:
    bead = found.beads[k - 1]
    text = str(bead).rsplit(":", 1)[0]
    return f"{found.name}, bead {k} ({text})"


def check_bead_file(found: BeadFile) -> None:
    """Every sentence in one bead at most; each side's ids from 0 with no gap."""
    for side, name in enumerate(_SIDES):
        first_bead: dict[int, int] = {}
        for k, bead in enumerate(found.beads, 1):
            for sid in _ids(bead, side):
                if sid in first_bead:
                    raise InputError(
                        f"{_where(found, k)}: {name} sentence {sid} is already in bead "
                        f"{first_bead[sid]}: a sentence belongs to one bead; correct or "
                        "remove one of the two"
                    )
                first_bead[sid] = k
        missing = sorted(set(range(found.size(side))) - set(first_bead))
        if missing:
            _refuse_gap(found, side, missing, first_bead)


def _refuse_gap(found: BeadFile, side: int, missing: list[int], first_bead: dict[int, int]) -> None:
    name = _SIDES[side]
    after = min(sid for sid in first_bead if sid > missing[0])  # ids below it are all missing
    gap = (
        f"sentence {missing[0]} is"
        if after - missing[0] == 1
        else (f"sentences {missing[0]}–{after - 1} are")
    )
    null = f"[{missing[0]}]:[]" if side == 0 else f"[]:[{missing[0]}]"
    raise InputError(
        f"{_where(found, first_bead[after])}: {name} sentence {after} but {name} {gap} in "
        "no bead: an index out of range, or beads missing; every sentence needs a bead "
        f"(one with no counterpart: a null bead such as {null})"
    )


def check_same_document(gold: BeadFile, system: BeadFile) -> None:
    """Gold and prediction must cover the same sentences: otherwise one is another document's."""
    for side, name in enumerate(_SIDES):
        if gold.size(side) != system.size(side):
            raise InputError(
                f"{system.name} covers {counted(system.size(side), name + ' sentence')} but "
                f"its gold {gold.name} covers {gold.size(side)}: not the same document, or beads "
                "missing at the end of one; give each prediction with its own gold, in order"
            )


def pair_files(
    gold: Sequence[BeadFile], system: Sequence[BeadFile]
) -> list[tuple[BeadFile, BeadFile]]:
    """The n-th prediction with the n-th gold, as vecalign's ``score.py -g … -t …`` pairs them."""
    if len(gold) != len(system):
        raise BadValue(
            f"{len(gold)} --gold but {len(system)} --pred files: give one gold file for each "
            "prediction, in the same order"
        )
    pairs = list(zip(gold, system, strict=True))
    for g, s in pairs:
        check_same_document(g, s)
    return pairs
