"""OmegaT 3.6, headless, pre-translates a list's items from our TMX only without the bullet.

A Word or HTML list keeps its bullets and numbers in its markup: OmegaT's segment of
the item "– Los horarios cambian." of a Word list is "Los horarios cambian.". Our beads
hold the line as the page typed it (a scraped page, a PDF, plain text); a unit that kept
the marker matched none of those segments (measured here, before: 1 of 6, the "1)" item,
which OmegaT cuts off itself; after: 6 of 6). newcomer19: 48 of the 68 OmegaT misses
left. A source file that types its bullets as text ("– " in a plain paragraph) keeps
them in OmegaT's segment, and our unit is a fuzzy match there, not an exact one.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from tests import readers_files as F
from tests.factories import WHEN, unit
from tests.test_omegat import PROJECT, needs_omegat, run_omegat
from workbench.formats.registry import write_units
from workbench.formats.tmx import write_tmx
from workbench.pipeline.exchange import export_documents, import_file
from workbench.store import Store

pytestmark = [pytest.mark.slow, needs_omegat]

DOC = "004_c5001f9aa01043f8"  # the document unit() names
ITEMS = [  # (the line's marker, the Spanish original's item, its French translation)
    ("– ", "Los horarios cambian.", "Les horaires changent."),
    ("- ", "Los autobuses llevan retraso.", "Les bus ont du retard."),
    ("• ", "Los trenes quedan suprimidos.", "Les trains sont supprimés."),
    ("1) ", "Consulten el sitio web.", "Consultez le site."),
    ("— ", "Manténganse informados.", "Restez informés."),
    ("* ", "Lleven un abrigo.", "Prenez un manteau."),
]
SOURCES = {  # the original as the translator's OmegaT project holds it: a real list
    "notice.docx": F.docx("".join(F.para(F.run(es), numbered=True) for _, es, _ in ITEMS)),
    "notice.html": (
        "<html><head><title>Aviso</title></head><body><ul>"
        + "".join(f"<li>{es}</li>" for _, es, _ in ITEMS)
        + "</ul></body></html>"
    ).encode(),
}


def _project(root: Path, name: str) -> Path:
    """A Spanish → French OmegaT project that cuts sentences (its default), ``name`` its
    one source file."""
    project = root / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    settings = PROJECT.format(source="es", target="fr")
    (project / "omegat.project").write_text(
        settings.replace("<sentence_seg>false", "<sentence_seg>true"), encoding="utf-8"
    )
    (project / "source" / name).write_bytes(SOURCES[name])
    return project


def _exact_matches(project: Path, name: str) -> int:
    """How many of the items OmegaT wrote in French into its translated copy."""
    out = project / "target" / name
    if name.endswith(".docx"):
        xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
        text = "\n".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))
    else:
        text = out.read_text(encoding="utf-8")
    return sum(fr in text for _, _, fr in ITEMS)


@pytest.mark.parametrize("name", SOURCES)
def test_omegat_pretranslates_every_item_of_a_list_from_our_export(
    store: Store, tmp_path: Path, name: str
) -> None:
    memory = tmp_path / "memory.tmx"
    write_units([unit(n, source=m + es, target=m + fr, changed=WHEN)
                 for n, (m, es, fr) in enumerate(ITEMS, 1)], memory, "tmx")  # fmt: skip
    alignment = import_file(store, memory).alignment
    assert store.beads(alignment.id)[0].fr_text == "– Les horaires changent."  # as typed

    before = _project(tmp_path / "before", name)  # the units as exports wrote them until now
    as_stored = [unit(n, source=b.cp_text, target=b.fr_text, changed=WHEN)
                 for n, b in enumerate(store.beads(alignment.id), 1)]  # fmt: skip
    write_tmx(as_stored, before / "tm" / "auto" / "ours.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(before, tmp_path / "config-before")
    assert _exact_matches(before, name) == 1  # "1)" alone: OmegaT cuts it off both sides

    after = _project(tmp_path / "after", name)
    export_documents(store, [DOC], "es", "tmx", after / "tm" / "auto" / "ours.tmx")
    assert "TF_TM_LOAD_ERROR" not in run_omegat(after, tmp_path / "config-after")
    assert _exact_matches(after, name) == len(ITEMS)
