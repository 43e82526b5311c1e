"""Counts in messages read as words ("1 gap", never "gap(s)"); the README's links resolve."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from workbench.wording import counted, plural

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("n", "noun", "many", "expected"),
    [
        (0, "gap", None, "0 gaps"),
        (1, "gap", None, "1 gap"),
        (2, "gap", None, "2 gaps"),
        (1, "MT draft", None, "1 MT draft"),
        (3, "MT draft", None, "3 MT drafts"),
        (1, "is", "are", "1 is"),
        (2, "is", "are", "2 are"),
        (1, "entry", "entries", "1 entry"),
        (5, "entry", "entries", "5 entries"),
    ],
)
def test_a_count_takes_the_number_of_its_noun(
    n: int, noun: str, many: str | None, expected: str
) -> None:
    assert counted(n, noun, many) == expected
    assert plural(n, noun, many) == expected.split(" ", 1)[1]


# The Streamlit editor's own messages are another session's files (the review page).
_LEFT_TO_THE_EDITOR = {"workbench/ui/editor.py", "workbench/ui/review.py"}


def test_no_message_says_s_in_brackets() -> None:
    """A message with "(s)" makes the reader do the grammar: every one now counts in words."""
    offenders = []
    for path in sorted([*(ROOT / "workbench").rglob("*.py"), ROOT / "app.py"]):
        relative = path.relative_to(ROOT).as_posix()
        if relative in _LEFT_TO_THE_EDITOR:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and n.body
            and isinstance(n.body[0], ast.Expr)
            and isinstance(n.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "(s)" in node.value
                and id(node) not in docstrings
            ):
                offenders.append(f"{relative}:{node.lineno}: {node.value!r}")
    assert offenders == []


def test_the_readme_quotes_no_message_with_s_in_brackets() -> None:
    """The newcomer pass (N6): the README quoted "1 bead(s) changed in the workbench since
    the last import are not in tm.tmx", a message the workbench no longer prints; the
    README is the first thing a newcomer reads, so its quoted messages count too. Since
    session 14 the README's long sections live in docs/ (machine translation, every
    benchmark's history): the messages quoted there count as well."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    assert len(pages) > 1, "docs/ holds the README's moved sections"
    offenders = [
        f"{page.relative_to(ROOT).as_posix()}:{n}: {line.strip()}"
        for page in pages
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\w\(s\)", line)  # "bead(s)"; "time (s)" is seconds
    ]
    assert offenders == []


# A Markdown link to a page or a heading of this repository: code blocks and spans are text.
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _outside_code(page: Path) -> list[tuple[int, str]]:
    lines, fenced = [], False
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines.append((n, line))
    return lines


def _anchors(page: Path) -> set[str]:
    """The `#anchor` of every heading as GitHub makes it: lower case, letters, digits, spaces
    turned to hyphens, `-1`, `-2` after a repeated one; and every `<a id=…>`."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for _, line in _outside_code(page):
        found.update(re.findall(r'<a\s+(?:id|name)="([^"]+)"', line))
        heading = re.match(r"#{1,6} +(.*?)\s*#*\s*$", line)
        if heading:
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.group(1).lower())
            slug = "".join(c for c in text if c in " -_" or c.isalnum()).replace(" ", "-")
            found.add(slug if slug not in seen else f"{slug}-{seen[slug]}")
            seen[slug] = seen.get(slug, 0) + 1
    return found


def broken_links(page: Path, root: Path = ROOT) -> list[str]:
    """Each relative link of a page whose file or heading is not there, as `page:line: target`."""
    broken = []
    for n, line in _outside_code(page):
        for target in _LINK.findall(re.sub(r"`[^`]*`", "``", line)):
            if re.match(r"[a-z]+:|/", target):  # a web address, a site's own path in an example
                continue
            file, _, anchor = target.partition("#")
            found = (page.parent / file).resolve() if file else page
            if not found.exists() or (
                anchor and found.suffix == ".md" and anchor not in _anchors(found)
            ):
                broken.append(f"{page.relative_to(root).as_posix()}:{n}: {target}")
    return broken


def test_a_link_to_a_missing_page_or_heading_is_found(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Top\n\n## Benchmarks\n", encoding="utf-8")
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    page.write_text(
        "# Benchmarks: *now*\n## Benchmarks: *now* (`debris25`)\n\n[ok](#benchmarks-now)"
        " [ok](#benchmarks-now-debris25) [no](#benchmarks-now-1) [ok](../README.md#benchmarks)"
        " [no](../README.md#nothing-here) [no](missing.md) `[code](missing.md)`"
        " [web](https://example.org/x.md) [a site's path](/blog)\n",
        encoding="utf-8",
    )
    assert broken_links(page, tmp_path) == [
        "docs/page.md:4: #benchmarks-now-1",
        "docs/page.md:4: ../README.md#nothing-here",
        "docs/page.md:4: missing.md",
    ]


_DOCS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*.md"))
_PAGES = ["README.md", "ARCHITECTURE.md", *_DOCS]


@pytest.mark.parametrize("page", _PAGES)
def test_every_relative_link_and_anchor_resolves(page: str) -> None:
    """The README's benchmark table links each section by its heading's anchor, and each
    section its history in docs/benchmarks/, whose passages moved from the README link back
    to it: a heading renamed or a file moved breaks them."""
    assert broken_links(ROOT / page) == []


def test_an_engine_that_fails_after_one_line_says_so_in_words() -> None:
    """It said "the first 1 of 2 lines were translated and printed; lines 2–2 were not"."""
    from workbench.cli.translating import partial_failure
    from workbench.model import EngineError

    said = str(partial_failure(EngineError("apertium fr-es died"), 1, 2))
    assert said == (
        "apertium fr-es died — the first 1 of 2 lines was translated and printed; line 2 was not"
    )
    said = str(partial_failure(EngineError("apertium fr-es died"), 2, 5))
    assert said.endswith("the first 2 of 5 lines were translated and printed; lines 3–5 were not")


def test_beads_that_cover_one_sentence_say_so_in_words() -> None:
    """`score align` said "the beads cover 1 source sentences but the text has 3"."""
    from workbench.formats.beads import validate
    from workbench.model import Bead, InputError

    with pytest.raises(InputError) as err:
        validate([Bead((0,), (0,))], 3, 1)
    assert str(err.value) == "the beads cover 1 source sentence but the text has 3"


def test_a_memory_of_one_unit_without_french_says_so_in_words(tmp_path: Path) -> None:
    """`import` said "none of its 1 units pairs French with text in another language"."""
    from typer.testing import CliRunner

    from workbench.cli import app

    path = tmp_path / "de-en.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de" '
        'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body><tu><tuv xml:lang="de"><seg>Guten Tag.</seg></tuv>'
        '<tuv xml:lang="en"><seg>Good day.</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["import", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert f"{path}: of its 1 unit, none pairs French with text in another language" in (
        result.output
    )


def test_a_new_document_of_one_sentence_says_one_segment(tmp_path: Path) -> None:
    """`ingest` said "note: new, 1 segments [fr]"."""
    from typer.testing import CliRunner

    from workbench.cli import app

    path = tmp_path / "note.txt"
    path.write_text("Le conseil municipal se réunira demain soir à la mairie.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert result.stdout == "note: new, 1 segment [fr]\n"
