"""The safe XML parser refuses entity tricks and reads nothing outside the input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from workbench.formats.xmlsafe import iter_elements, parse_bytes, parse_file
from workbench.model import ParseError, UnsafeInputError

SECRET = "SECRET-MARKER-7f3a"

XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file://{target}"> ]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>
</tu></body></tmx>
"""

PARAMETER_XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY % remote SYSTEM "file://{target}"> %remote; ]>
<tmx version="1.4"><body/></tmx>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>
"""


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """A named pipe: any attempt to open it for reading blocks forever (no writer)."""
    path = tmp_path / "trap.fifo"
    os.mkfifo(path)
    return path


def test_the_xxe_file_really_reads_the_disk_with_a_naive_parser(
    tmp_path: Path, secret: Path
) -> None:
    """Control: the attack file is real, so the refusals below mean something."""
    path = tmp_path / "xxe.tmx"
    path.write_text(XXE.format(target=secret))
    naive = etree.XMLParser(resolve_entities=True, load_dtd=True)
    assert SECRET in etree.tostring(etree.parse(str(path), naive)).decode()


@pytest.mark.parametrize(
    ("template", "encoding"),
    [
        (XXE, "utf-8"),
        (XXE, "utf-16"),
        (PARAMETER_XXE, "utf-8"),
        (BILLION_LAUGHS, "utf-8"),
    ],
    ids=["xxe", "xxe-utf16", "parameter-entity", "billion-laughs"],
)
def test_entity_declarations_are_refused(
    tmp_path: Path, secret: Path, template: str, encoding: str
) -> None:
    text = template.format(target=secret) if "{target}" in template else template
    if encoding == "utf-16":
        text = text.replace('version="1.0"?', 'version="1.0" encoding="UTF-16"?')
    path = tmp_path / "evil.tmx"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(UnsafeInputError, match="declares XML entities") as caught:
        parse_file(path)
    assert SECRET not in str(caught.value)
    with pytest.raises(UnsafeInputError):
        parse_bytes(path.read_bytes())
    with pytest.raises(UnsafeInputError):
        list(iter_elements(path, {"seg"}))


def test_the_classic_etc_passwd_xxe_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "passwd.tmx"
    path.write_text(XXE.format(target="/etc/passwd"))
    with pytest.raises(UnsafeInputError) as caught:
        parse_file(path)
    assert "root:" not in str(caught.value)


def _parse_in_child(path: Path, how: str) -> subprocess.CompletedProcess[str]:
    """Parse in a child process: opening the FIFO would hang it until the timeout."""
    code = (
        "import sys; from pathlib import Path; from workbench.formats import xmlsafe\n"
        "p = Path(sys.argv[1])\n"
        "try:\n"
        f"    {how}\n"
        "    print('PARSED')\n"
        "except xmlsafe.UnsafeInputError:\n"
        "    print('REFUSED')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


HOW = {
    "parse_file": "xmlsafe.parse_file(p)",
    "iter_elements": "list(xmlsafe.iter_elements(p, {'seg'}))",
}


@pytest.mark.parametrize("how", sorted(HOW))
@pytest.mark.parametrize(
    ("prefix", "template", "expected"),
    [
        ("", XXE, "REFUSED"),
        # Past the pre-scan window the declaration still reaches libxml2, which must
        # not open anything; the check after parsing refuses it.
        ("<!--" + "x" * 70_000 + "-->\n", XXE.replace('<?xml version="1.0"?>\n', ""), "REFUSED"),
        ("", '<!DOCTYPE tmx SYSTEM "{target}">\n<tmx version="1.4"><body/></tmx>\n', "PARSED"),
    ],
    ids=["xxe", "xxe-after-64k", "external-dtd-not-loaded"],
)
def test_nothing_is_read_from_disk(
    tmp_path: Path, fifo: Path, how: str, prefix: str, template: str, expected: str
) -> None:
    path = tmp_path / "probe.xml"
    path.write_text(prefix + template.format(target=fifo))
    result = _parse_in_child(path, HOW[how])
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(
    "data",
    [b"<tmx><body></tmx>", b"<tmx>&undefined;</tmx>", b"not xml at all", b"<a>\x01</a>"],
    ids=["unclosed", "undefined-entity", "text", "control-char"],
)
def test_malformed_xml_is_a_parse_error_that_keeps_the_cause(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(data)
    with pytest.raises(ParseError, match="not well-formed XML") as caught:
        parse_file(path)
    assert isinstance(caught.value.cause, etree.XMLSyntaxError)
    assert str(caught.value).count("bad.tmx") == 1  # lxml's "(FILE, line 1)" is left out
    assert "\n" not in str(caught.value)
    with pytest.raises(ParseError):
        parse_bytes(data)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b'<xliff>\n<file>\n<source>Bonjour', "at line 3, column 16 (Premature end of data "
         "in <source> opened on line 3)"),
        (b"<tmx>\n<body>\n</tmx>", "at line 3, column 7 (Opening and ending tag mismatch: "
         "body line 2 and tmx)"),
    ],
    ids=["cut-off", "mismatch"],
)  # fmt: skip
def test_a_malformed_file_is_placed_once_by_line_and_column(
    tmp_path: Path, data: bytes, said: str
) -> None:
    """A half-written XLIFF was "(Premature end of data in tag source line 67, line 67,
    column 41)": lxml's position and libxml2's own, run together."""
    path = tmp_path / "half.xlf"
    path.write_bytes(data)
    with pytest.raises(ParseError) as caught:
        parse_file(path)
    assert f"half.xlf is not well-formed XML {said}; check" in str(caught.value)


def test_an_empty_or_missing_file_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tmx"
    empty.write_bytes(b"  \n")
    with pytest.raises(ParseError, match="is empty"):
        parse_file(empty)
    with pytest.raises(ParseError, match="cannot read"):
        parse_file(tmp_path / "missing.tmx")


def test_iter_elements_streams_each_element_complete_and_frees_it(tmp_path: Path) -> None:
    body = "".join(f"<tu><seg>unit {i}</seg></tu>" for i in range(1000))
    path = tmp_path / "big.tmx"
    path.write_text(f'<?xml version="1.0"?><tmx><header/><body>{body}</body></tmx>')
    seen = []
    for element in iter_elements(path, {"tu"}):
        seen.append(element.findtext("seg"))
        assert element.getprevious() is None  # the units before it were freed
    assert seen == [f"unit {i}" for i in range(1000)]
