"""Build a flat ODT (.fodt) from a small spec, for `soffice --convert-to docx|pdf`.

Usage: python3 mkfodt.py SPEC OUT.fodt. One spec line a block, `KIND|text`:
H1, H2 (headings), P (a paragraph; `[[note]]` is a footnote at that point),
BOX (`line;;line@@anchor paragraph`: a framed text box anchored to that paragraph),
TABLE (`cell;;cell##cell;;cell`: rows split by ##, cells by ;;), LI (`item;;item`).
"""

import html
import sys
from pathlib import Path

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
HEADING = (
    '<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}"'
    ' style:family="paragraph" style:default-outline-level="{n}">'
    '<style:text-properties fo:font-size="{size}pt" fo:font-weight="bold"/></style:style>'
)
FRAME = (
    '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties'
    ' style:wrap="parallel" fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"'
    ' style:horizontal-pos="right" style:horizontal-rel="paragraph"/></style:style>'
)
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<office:document {NS} office:version="1.2"'
    ' office:mimetype="application/vnd.oasis.opendocument.text">\n'
    f"<office:styles>{HEADING.format(n=1, size=18)}{HEADING.format(n=2, size=14)}</office:styles>\n"
    f"<office:automatic-styles>{FRAME}</office:automatic-styles>\n"
    "<office:body><office:text>\n"
)
TAIL = "</office:text></office:body></office:document>\n"


def esc(text: str) -> str:
    return html.escape(text)


def para(text: str) -> str:
    """A paragraph's content, each `[[note]]` made a numbered footnote."""
    out, n = "", 0
    while "[[" in text:
        before, rest = text.split("[[", 1)
        note, text = rest.split("]]", 1)
        n += 1
        out += (
            f'{esc(before)}<text:note text:note-class="footnote">'
            f"<text:note-citation>{n}</text:note-citation>"
            f"<text:note-body><text:p>{esc(note)}</text:p></text:note-body></text:note>"
        )
    return out + esc(text)


def ps(parts: list[str]) -> str:
    return "".join(f"<text:p>{esc(p)}</text:p>" for p in parts)


def block(kind: str, text: str) -> str:
    if kind in ("H1", "H2"):
        n = kind[1]
        style = f'text:style-name="Heading_20_{n}" text:outline-level="{n}"'
        return f"<text:h {style}>{esc(text)}</text:h>"
    if kind == "P":
        return f"<text:p>{para(text)}</text:p>"
    if kind == "BOX":
        box, _, anchor = text.partition("@@")
        frame = (
            '<draw:frame draw:style-name="fr1" text:anchor-type="paragraph"'
            f' svg:width="6cm" svg:height="5cm"><draw:text-box>{ps(box.split(";;"))}'
            "</draw:text-box></draw:frame>"
        )
        return f"<text:p>{frame}{para(anchor)}</text:p>"
    if kind == "TABLE":
        rows = [row.split(";;") for row in text.split("##")]
        cols = f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
        body = "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string">{ps([c])}</table:table-cell>'
                for c in row
            )
            + "</table:table-row>"
            for row in rows
        )
        return f'<table:table table:name="T1">{cols}{body}</table:table>'
    if kind == "LI":
        items = "".join(f"<text:list-item>{ps([i])}</text:list-item>" for i in text.split(";;"))
        return f"<text:list>{items}</text:list>"
    raise SystemExit(f"unknown block kind {kind!r}")


def build(lines: list[str]) -> str:
    blocks = [block(*line.split("|", 1)) for line in lines]
    return HEAD + "\n".join(blocks) + TAIL


if __name__ == "__main__":
    spec, out = Path(sys.argv[1]), Path(sys.argv[2])
    lines = [line for line in spec.read_text(encoding="utf-8").splitlines() if line.strip()]
    out.write_text(build(lines), encoding="utf-8")
