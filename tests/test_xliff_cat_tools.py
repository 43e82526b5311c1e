"""XLIFF as CAT tools write it: Trados' SDLXLIFF, Okapi's and memoQ's files.

What a translator gets back from each tool must import as it is in that tool:
one pair per segment the tool shows, with the state the tool shows, and an
origin that names the tool even when the file does not say so in ``tool-id``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.xliff_schemas import schema_errors
from workbench.formats.units import ExportOptions, MtPolicy, SkipReason
from workbench.formats.xliff_read import read_xliff
from workbench.pipeline.exchange import export_documents, import_file
from workbench.store import Store

# A Trados Studio 2022 SDLXLIFF (English original, French translation), cut down to what
# the reader looks at, with the structure a real one has: a translate="no" unit holding
# a tag only, <seg-source> splitting paragraphs into sentences, the target's <mrk>s
# matched by mid, inline <g> codes, and each segment's state in <sdl:seg-defs>.
SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"
 xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="C:\\Projects\\Glacier\\en-GB\\glacier.docx" datatype="x-sdlfilterframework2"
 source-language="en-GB" target-language="fr-FR">
<header><sdl:filetype-info><sdl:filetype-id>Word 2007 v 2.0.0.0</sdl:filetype-id>
</sdl:filetype-info></header>
<body><group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>
<trans-unit translate="no" id="0d9f"><source><x id="0"/></source></trans-unit>
<trans-unit id="u1">
<source>Rhône Glacier has shrunk.</source>
<seg-source><mrk mtype="seg" mid="1">Rhône Glacier has shrunk.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Le glacier du Rhône a fondu.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" origin="interactive"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="u2">
<source>It lost a third. Researchers in <g id="pt1">Zurich</g> measured it.</source>
<seg-source><mrk mtype="seg" mid="2">It lost a third.</mrk> <mrk mtype="seg" mid="3">Researchers
 in <g id="pt1">Zurich</g> measured it.</mrk></seg-source>
<target><mrk mtype="seg" mid="2">Il a perdu un tiers.</mrk> <mrk mtype="seg" mid="3">Des
 chercheurs de <g id="pt1">Zurich</g> l'ont mesuré.</mrk></target>
<sdl:seg-defs><sdl:seg id="2" conf="ApprovedTranslation" origin="tm" percent="100"
 locked="true"/><sdl:seg id="3" conf="Translated" origin="interactive"><sdl:prev-origin
 origin="mt"/></sdl:seg></sdl:seg-defs>
</trans-unit>
<trans-unit id="u3">
<source>"Never so fast," she said. It may vanish by 2100.</source>
<seg-source><mrk mtype="seg" mid="4">"Never so fast," she said.</mrk> <mrk mtype="seg"
 mid="5">It may vanish by 2100.</mrk></seg-source>
<target><mrk mtype="seg" mid="4">« Jamais si vite », a-t-elle dit.</mrk> <mrk mtype="seg"
 mid="5">Il pourrait disparaître d'ici 2100.</mrk></target>
<sdl:seg-defs><sdl:seg id="4" conf="Draft" origin="nmt"/><sdl:seg id="5"
 conf="RejectedTranslation" origin="interactive"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="u4">
<source>Glaciers lost 4% in 2023. And 2.5% in 2024.</source>
<seg-source><mrk mtype="seg" mid="6">Glaciers lost 4% in 2023.</mrk> <mrk mtype="seg"
 mid="7">And 2.5% in 2024.</mrk></seg-source>
<target><mrk mtype="seg" mid="6"/> <mrk mtype="seg" mid="7">Et 2,5 % en 2024.</mrk></target>
<sdl:seg-defs><sdl:seg id="6"/><sdl:seg id="7" origin="mt"/></sdl:seg-defs>
</trans-unit>
</group></body></file></xliff>"""

# Each segment as Trados shows it: (tuid, source, target, status, origin).
SDL_SEGMENTS = [
    ("u1#1", "Rhône Glacier has shrunk.", "Le glacier du Rhône a fondu.", "confirmed",
     "xliff:trados"),  # Signed off
    ("u2#2", "It lost a third.", "Il a perdu un tiers.", "confirmed",
     "xliff:trados"),  # Translation Approved (a 100% match, locked)
    ("u2#3", "Researchers in Zurich measured it.", "Des chercheurs de Zurich l'ont mesuré.",
     "auto", "xliff:trados"),  # Translated: the translator's, waiting for review
    ("u3#4", '"Never so fast," she said.', "« Jamais si vite », a-t-elle dit.", "draft",
     "mt:trados"),  # Draft, from neural MT
    ("u3#5", "It may vanish by 2100.", "Il pourrait disparaître d'ici 2100.", "rejected",
     "xliff:trados"),  # Translation Rejected
    ("u4#6", "Glaciers lost 4% in 2023.", "", "auto", "xliff:trados"),  # Not Translated
    ("u4#7", "And 2.5% in 2024.", "Et 2,5 % en 2024.", "draft",
     "mt:trados"),  # no level, but machine translated: a draft to post-edit
]  # fmt: skip


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_an_sdlxliff_unit_is_one_pair_per_trados_segment_with_its_state(tmp_path: Path) -> None:
    document = read_xliff(_write(tmp_path, "glacier.docx.sdlxliff", SDLXLIFF))
    got = [(u.tuid, " ".join(u.source.split()), " ".join(u.target.split()), u.status, u.origin)
           for u in document.units]  # fmt: skip
    assert got == SDL_SEGMENTS
    # The translate="no" unit holds a tag only: Trados' structure, not a unit skipped.
    assert document.skipped == 0
    assert {(u.source_lang, u.target_lang, u.document) for u in document.units} == {
        ("en-GB", "fr-FR", "C:\\Projects\\Glacier\\en-GB\\glacier.docx")
    }


def test_an_sdlxliff_imports_as_one_bead_per_segment(store: Store, tmp_path: Path) -> None:
    report = import_file(store, _write(tmp_path, "glacier.docx.sdlxliff", SDLXLIFF))
    assert (report.units, report.skipped, report.french.name) == (7, 0, "glacier.docx")
    beads = store.beads(report.alignment.id)
    assert [(len(b.fr), len(b.cp), b.status) for b in beads] == [
        (1, 1, "confirmed"), (1, 1, "confirmed"), (1, 1, "auto"), (1, 1, "draft"),
        (1, 1, "rejected"), (0, 1, "auto"), (1, 1, "draft"),
    ]  # fmt: skip
    assert beads[2].fr_text == "Des chercheurs de Zurich l'ont mesuré."
    # A pair is taken as the file gives it (1.0); an MT draft's score would be its quality
    # estimate, which the file lacks, and a segment not translated was never scored.
    assert [b.score for b in beads] == [1.0, 1.0, 1.0, None, 1.0, None, None]


# A unit segmented the standard way, by a tool that is not Trados: each segment takes
# the unit's target state. A target with text but no segment marks cannot be split:
# the unit stays one pair.
SEGMENTED_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"
 tool-id="rainbow"><body>
<trans-unit id="1" approved="yes"><source>Un. Deux.</source>
<seg-source><mrk mtype="seg" mid="0">Un.</mrk> <mrk mtype="seg" mid="1">Deux.</mrk></seg-source>
<target state="translated"><mrk mtype="seg" mid="0">One.</mrk> <mrk mtype="seg"
 mid="1">Two.</mrk></target></trans-unit>
<trans-unit id="2"><source>Trois. Quatre.</source>
<seg-source><mrk mtype="seg" mid="0">Trois.</mrk> <mrk mtype="seg" mid="1">Quatre.</mrk>
</seg-source><target>Three. Four.</target></trans-unit>
<trans-unit id="3"><source>Cinq. Six.</source>
<seg-source><mrk mtype="seg" mid="0">Cinq.</mrk> <mrk mtype="seg" mid="1">Six.</mrk>
</seg-source></trans-unit>
</body></file></xliff>"""


def test_standard_segments_split_a_unit_and_share_its_state(tmp_path: Path) -> None:
    units = read_xliff(_write(tmp_path, "a.xlf", SEGMENTED_12)).units
    assert [(u.tuid, u.source, u.target, u.status) for u in units] == [
        ("1#0", "Un.", "One.", "confirmed"),
        ("1#1", "Deux.", "Two.", "confirmed"),
        ("2", "Trois. Quatre.", "Three. Four.", "auto"),
        ("3#0", "Cinq.", "", "auto"),
        ("3#1", "Six.", "", "auto"),
    ]
    assert {u.origin for u in units} == {"xliff:rainbow"}


# Who wrote a 1.2 file, when its <file> has no tool-id: (what the file has) → origin.
_FILE = (
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"{ns}>'
    '<file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"'
    "{attrs}>{header}<body><trans-unit id='1'><source>Un.</source><target>One.</target>"
    "</trans-unit></body></file></xliff>"
)
TOOLS = [
    ("", ' tool-id="omt"', '<header><tool tool-id="omt" tool-name="OmegaT"/></header>',
     "xliff:omt"),
    ("", "", '<header><tool tool-id="x" tool-name="Okapi Rainbow"/></header>',
     "xliff:Okapi Rainbow"),
    ("", ' tool="Passolo"', "", "xliff:Passolo"),  # XLIFF 1.1's attribute
    (' xmlns:okp="okapi-framework:xliff-extensions"', "", "", "xliff:okapi"),
    (' xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"', "", "", "xliff:trados"),
    (' xmlns:mq="MQXliff"', "", "", "xliff:memoq"),
    ("", "", "", "xliff:unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("ns", "attrs", "header", "origin"), TOOLS)
def test_the_origin_names_the_tool_that_wrote_the_file(
    tmp_path: Path, ns: str, attrs: str, header: str, origin: str
) -> None:
    content = _FILE.format(ns=ns, attrs=attrs, header=header)
    (read,) = read_xliff(_write(tmp_path, "a.xlf", content)).units
    assert read.origin == origin


# A memoQ 10 bilingual (.mqxliff): the row status is memoQ's own attribute, the targets
# carry no state. (mq:status) → (status, origin).
MEMOQ = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
<file original="courrier.docx" source-language="fr-FR" target-language="es-ES"
 datatype="x-memoq"><body>{units}</body></file></xliff>"""
MEMOQ_ROWS = [
    ("Proofread", "confirmed", "xliff:memoq"),  # reviewer 1 confirmed
    ("ManuallyConfirmed", "auto", "xliff:memoq"),  # the translator's: waits for review
    ("PartiallyEdited", "draft", "xliff:memoq"),
    ("MachineTranslated", "draft", "mt:memoq"),
    ("Rejected", "rejected", "xliff:memoq"),
    ("SomethingNew", "auto", "xliff:memoq"),  # unknown: the standard rule (no state: auto)
]


@pytest.mark.parametrize(("row", "status", "origin"), MEMOQ_ROWS)
def test_a_memoq_row_status_becomes_the_beads(
    tmp_path: Path, row: str, status: str, origin: str
) -> None:
    units = (
        f'<trans-unit id="1" mq:status="{row}"><source>Madame,</source>'
        "<target>Señora:</target></trans-unit>"
    )
    (read,) = read_xliff(_write(tmp_path, "c.mqxliff", MEMOQ.format(units=units))).units
    assert (read.status, read.origin) == (status, origin)


def test_an_sdlxliff_goes_back_out_segment_by_segment_with_its_states(
    store: Store, tmp_path: Path
) -> None:
    """Our XLIFF of an imported SDLXLIFF keeps Trados' segment ids and states, in our
    metadata and in the standard attributes (see the README: the way back into Trados
    itself is a TMX for its translation memory; no SDLXLIFF skeleton is kept)."""
    report = import_file(store, _write(tmp_path, "glacier.docx.sdlxliff", SDLXLIFF))
    back = tmp_path / "back.xlf"
    options = ExportOptions(mt=MtPolicy.INCLUDE)
    sent = export_documents(store, [report.french.id], "en", "xliff12", back, options)
    # Every segment goes; the one Trados had not translated goes untranslated, and the
    # rejected one asks for a new translation (needs-translation), as Trados had it.
    assert (sent.written, sent.untranslated, sent.skipped) == (7, 1, ())
    assert back.read_text(encoding="utf-8").count('state="needs-translation"') == 1
    again = read_xliff(back).units
    assert [(u.tuid, u.status, u.origin) for u in again] == [
        (tuid, status, origin) for tuid, _, _, status, origin in SDL_SEGMENTS
    ]
    assert schema_errors(back, "1.2") == []


def test_a_memory_leaves_out_rejected_pairs_and_says_so(store: Store, tmp_path: Path) -> None:
    """A TMX is a memory: a pair a reviewer rejected is not in it, and the report says
    so (before, rejected beads vanished from every export without a word)."""
    report = import_file(store, _write(tmp_path, "glacier.docx.sdlxliff", SDLXLIFF))
    tmx = tmp_path / "glacier.tmx"
    sent = export_documents(store, [report.french.id], "en", "tmx", tmx, ExportOptions())
    assert sent.skipped_for(SkipReason.REJECTED) == 1
    assert "1 skipped (rejected by a reviewer)" in sent.summary()
    assert "disparaître" not in tmx.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
def test_an_xliff_export_counts_the_rejected_pairs_it_sends_to_translate_again(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    """A hand-off carries a rejected pair, in the state asking for a new translation,
    and the report says how many (before, it counted only the units with no target)."""
    report = import_file(store, _write(tmp_path, "glacier.docx.sdlxliff", SDLXLIFF))
    sent = export_documents(
        store, [report.french.id], "en", fmt, tmp_path / "g.xlf", ExportOptions()
    )
    assert sent.to_translate_again == 1
    assert "1 of them rejected by a reviewer, to translate again" in sent.summary()


# XLIFF 2 puts a tool's segmentation in <segment>s: a unit of two sentences, as Trados
# and memoQ write 2.x, each sentence with its own state; ignorables between them.
SEGMENTED_2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">
<file id="f1" original="glacier.docx"><unit id="p1">
<segment id="s1" state="final"><source>It lost a third.</source>
<target>Il a perdu un tiers.</target></segment>
<ignorable><source> </source></ignorable>
<segment id="s2" state="translated"><source>Researchers measured it.</source>
<target>Des chercheurs l'ont mesuré.</target></segment>
<ignorable><source> </source></ignorable>
<segment state="initial"><source>It may vanish.</source></segment>
</unit><unit id="p2"><ignorable><source> </source></ignorable>
<segment state="final"><source>Alone.</source><target>Seule.</target></segment>
</unit></file></xliff>"""


def test_xliff_2_segments_are_one_pair_each_with_their_state(tmp_path: Path) -> None:
    units = read_xliff(_write(tmp_path, "g.xlf", SEGMENTED_2)).units
    assert [(u.tuid, u.source, u.target, u.status) for u in units] == [
        ("p1#s1", "It lost a third.", "Il a perdu un tiers.", "confirmed"),
        ("p1#s2", "Researchers measured it.", "Des chercheurs l'ont mesuré.", "auto"),
        ("p1#3", "It may vanish.", "", "auto"),  # no id: its place among the segments
        ("p2", " Alone.", " Seule.", "confirmed"),  # one segment: the unit, as before
    ]
