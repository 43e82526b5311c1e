"""A memory never carries a figure the original no longer says (newcomer37 HIGH 1).

A new version of the original changes a figure ("It employs 135 people."); the French,
written for the old one, still says 120, and the aligner pairs the two, sure of it (0.94).
OmegaT inserts a unit of a TMX in its tm/auto folder as an exact match, so the old figure
went into the new document. A memory (TMX) now leaves out an unreviewed pair whose sides
disagree on a number, as it leaves out one under its confidence floor, and says so with
what brings it in; a reviewer's confirmation or `--min-score 0` does. An XLIFF sends it
marked for review, as before.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.test_cli_bad_pages import NONE, cli

OLD = ["The plant opened in May.", "It employs 120 people.", "Its turbines produce 45 megawatts."]
NEW = ["The plant opened in May.", "It employs 135 people.", "Its turbines produce 45 megawatts."]
FRENCH = [
    "L'usine a ouvert en mai.",
    "Elle emploie 120 personnes.",
    "Ses turbines produisent 45 mégawatts.",
]
LEFT_OUT = (
    "1 left out (unreviewed, numbers differ between the sides: `workbench qa` lists them; "
    "confirm each once checked, or --min-score 0 includes them)"
)


def _new_version(
    tmp_path: Path, french: list[str] = FRENCH, old: list[str] = OLD, new: list[str] = NEW
) -> Path:
    """The French (usine.fr) aligned with the old original, then with its new version."""
    db = tmp_path / "w.db"
    for path, lines in ((tmp_path / "usine.fr.txt", french), (tmp_path / "usine.en.txt", old)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "usine.en.txt").write_text("\n".join(new) + "\n", encoding="utf-8")
    assert cli("ingest", tmp_path / "usine.fr.txt", db=db)[0] == 0
    code, _, err = cli("align", "usine.fr", "--to", "en", "--original",
                       tmp_path / "usine.en.txt", *NONE, db=db)  # fmt: skip
    assert code == 0, err
    version = tmp_path / "v2" / "usine.en.txt"
    assert cli("ingest", version, "--version-of", "usine.en", db=db)[0] == 0
    code, _, err = cli("align", "usine.fr", "--to", "en", *NONE, db=db)
    assert code in (0, 3), err
    return db


def _tmx_pairs(path: Path) -> list[tuple[str, str]]:
    tree = etree.parse(str(path))
    return [
        tuple(seg.text or "" for seg in tu.iter("seg"))  # type: ignore[misc]
        for tu in tree.iter("tu")
    ]


def test_a_memory_leaves_out_an_unreviewed_pair_whose_figures_differ(tmp_path: Path) -> None:
    db = _new_version(tmp_path)
    out = tmp_path / "u.tmx"

    code, said, err = cli("export", "usine.fr", "--to", "en", "-f", "tmx", "-o", out, db=db)

    assert code == 0, err
    assert ("It employs 135 people.", "Elle emploie 120 personnes.") not in _tmx_pairs(out)
    assert ("Its turbines produce 45 megawatts.", "Ses turbines produisent 45 mégawatts.") in (
        _tmx_pairs(out)
    )
    assert "2 units written" in said and LEFT_OUT in said


def test_a_confirmed_pair_or_min_score_0_brings_it_back(tmp_path: Path) -> None:
    """A reviewer who checked the pair decides (the figure may be a rounding the French
    made); `--min-score 0` asks for every pair, as for those under the floor."""
    db = _new_version(tmp_path)
    every = tmp_path / "every.tmx"
    code, said, err = cli("export", "usine.fr", "--to", "en", "-f", "tmx", "-o", every,
                          "--min-score", "0", db=db)  # fmt: skip
    assert code == 0, err
    assert ("It employs 135 people.", "Elle emploie 120 personnes.") in _tmx_pairs(every)
    assert "3 units written" in said

    code, _, err = cli("confirm", "usine.fr", "2", "--to", "en", "--reviewer", "ana", db=db)
    assert code == 0, err
    checked = tmp_path / "checked.tmx"
    code, said, err = cli("export", "usine.fr", "--to", "en", "-f", "tmx", "-o", checked, db=db)
    assert code == 0, err
    assert ("It employs 135 people.", "Elle emploie 120 personnes.") in _tmx_pairs(checked)
    assert "left out" not in said


def test_an_xliff_still_sends_it_marked_for_review(tmp_path: Path) -> None:
    db = _new_version(tmp_path)
    out = tmp_path / "u.xlf"
    code, said, err = cli("export", "usine.fr", "--to", "en", "-f", "xliff12", "-o", out, db=db)
    assert code == 0, err
    targets = etree.parse(str(out)).iter("{*}target")
    [target] = [t for t in targets if t.text == "Elle emploie 120 personnes."]
    assert target.get("state") == "needs-review-translation"
    assert "left out" not in said
