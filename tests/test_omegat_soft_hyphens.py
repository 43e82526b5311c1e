"""Soft hyphens (U+00AD, a word processor's optional hyphens) and what OmegaT 3.6 matches.

An OpenDocument file writes a soft hyphen as the character U+00AD; our reader keeps it,
as OmegaT's segment does, and our TMX unit pre-translates the sentence. Word writes it as
``<w:softHyphen/>``, which OmegaT's Word filter makes an inline tag of its own (``<t0/>``):
its segment then matches only a unit that writes that tag as text, OmegaT's own memory
form, not a TMX inline code, the character, or the word whole (newcomer28: 19 sentences of
a Word original left untranslated). Our Word reader reads the word whole, which every other
use wants (the aligner, MT, a reviewer's search); for such a file in OmegaT, our units are
fuzzy matches.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.factories import WHEN, unit
from tests.test_omegat import needs_omegat, run_omegat
from tests.test_omegat_sentences import _empty_project
from workbench.formats.tmx import write_tmx
from workbench.ingest.readers_odt import read_odt
from workbench.ingest.readers_office import read_docx

pytestmark = [pytest.mark.slow, needs_omegat]

ENGLISH = "The resto{0}ration of the north quay is com{0}plete."
FRENCH = "La restauration du quai nord est terminée."
WORD = F.docx(
    F.para(
        '<w:r><w:t xml:space="preserve">The resto</w:t><w:softHyphen/>'
        '<w:t xml:space="preserve">ration of the north quay is com</w:t><w:softHyphen/>'
        "<w:t>plete.</w:t></w:r>"
    )
)
OPENDOCUMENT = F.odt(f"<text:p>{ENGLISH.format(chr(0xAD))}</text:p>")
_TMX = (
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
    'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
    'datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>{}</seg></tuv>'
    f'<tuv xml:lang="fr"><seg>{FRENCH}</seg></tuv></tu></body></tmx>'
)


def _pretranslated(root: Path, name: str, original: bytes, memory: str | None = None) -> bool:
    """Whether OmegaT, its project holding ``original`` as ``name`` and ``memory`` (a TMX's
    text; else the TMX already in ``root``'s tm/auto), wrote our French into its copy."""
    project = _empty_project(root, name, "")
    (project / "source" / name).write_bytes(original)
    if memory is not None:
        (project / "tm" / "auto" / "m.tmx").write_text(memory, encoding="utf-8")
    else:
        shutil.copy(root / "ours.tmx", project / "tm" / "auto" / "ours.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(project, root / "config")
    part = "word/document.xml" if name.endswith(".docx") else "content.xml"
    return FRENCH in zipfile.ZipFile(project / "target" / name).read(part).decode("utf-8")


def test_an_opendocument_original_with_soft_hyphens_is_pretranslated_from_our_tmx(
    tmp_path: Path,
) -> None:
    (sentence,) = (b.text for b in read_odt(OPENDOCUMENT, tmp_path / "quay.odt"))
    assert sentence == ENGLISH.format("\u00ad")  # kept, as OmegaT's segment keeps it
    units = [unit(0, source=sentence, target=FRENCH, source_lang="en", target_lang="fr",
                  changed=WHEN)]  # fmt: skip
    write_tmx(units, tmp_path / "ours.tmx")
    assert _pretranslated(tmp_path, "quay.odt", OPENDOCUMENT)


def test_our_word_reader_reads_a_word_with_soft_hyphens_whole(tmp_path: Path) -> None:
    (sentence,) = (b.text for b in read_docx(WORD, tmp_path / "quay.docx") if b.text[0] == "T")
    assert sentence == ENGLISH.format("")


@pytest.mark.parametrize(
    ("seg", "matched"),
    [
        (ENGLISH.format(""), False),  # the word whole: our Word reader's text
        (ENGLISH.format("\u00ad"), False),  # the character, as OpenDocument writes it
        ('The resto<ph x="1"/>ration of the north quay is com<ph x="2"/>plete.', False),
        ("The resto<ph x='1'>&lt;w:softHyphen/&gt;</ph>ration of the north quay is "
         "com<ph x='2'>&lt;w:softHyphen/&gt;</ph>plete.", False),  # TMX's inline code
        ("The resto&lt;t0/&gt;ration of the north quay is com&lt;t1/&gt;plete.", True),
    ],
    ids=["whole", "u00ad", "ph", "ph-with-code", "omegat-tag-as-text"],
)  # fmt: skip
def test_omegat_matches_a_word_sentence_with_soft_hyphens_only_from_its_own_tag_form(
    tmp_path: Path, seg: str, matched: bool
) -> None:
    assert _pretranslated(tmp_path, "quay.docx", WORD, _TMX.format(seg)) is matched
