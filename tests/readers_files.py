"""Real DOCX, ODT, PDF, SRT and WebVTT files, built here from the formats' specifications.

No binary fixture is downloaded or checked in: a DOCX is the zip of
WordprocessingML parts (ECMA-376 part 1), an ODT the zip of OpenDocument
parts (OASIS ODF 1.3), a PDF the objects, content streams and cross-reference
table of ISO 32000-1 written by :func:`pdf`, with the standard Helvetica font
(whose metrics every PDF reader knows), and subtitles are text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

# --- DOCX -----------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _w(body: str, root: str = "document") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:{root} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:{root}>'
    )


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, style: str = "", numbered: bool = False) -> str:
    props = ""
    if style or numbered:
        props = "<w:pPr>"
        props += f'<w:pStyle w:val="{style}"/>' if style else ""
        props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else ""
        props += "</w:pPr>"
    return f"<w:p>{props}{''.join(runs)}</w:p>"


# A table's rules, as Word's "Table Grid" style draws them: single lines around and inside.
RULES = (
    "<w:tblPr><w:tblBorders>"
    + "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders></w:tblPr>"
)


def table(rows: Sequence[Sequence[str]], *, ruled: bool = False) -> str:
    """A Word table, one cell a text of ``rows``; ``ruled``: with `RULES`, else none."""
    cells = ("".join(f"<w:tc>{para(run(c))}</w:tc>" for c in row) for row in rows)
    props = RULES if ruled else ""
    return f"<w:tbl>{props}" + "".join(f"<w:tr>{r}</w:tr>" for r in cells) + "</w:tbl>"


def body_with_table(
    intro: Sequence[str],
    rows: Sequence[Sequence[str]],
    outro: Sequence[str],
    *,
    ruled: bool = False,
    caption: str = "",
) -> str:
    """A Word body: ``intro``'s heading and paragraphs, a ``caption`` paragraph in Word's
    Caption style (when given), a table of ``rows``, ``outro``."""
    return "".join(
        [
            para(run(intro[0]), style="Heading1"),
            *(para(run(t)) for t in intro[1:]),
            para(run(caption), style="Caption") if caption else "",
            table(rows, ruled=ruled) if rows else "",
            *(para(run(t)) for t in outro),
        ]
    )


# The body of the sample report: a heading, a paragraph with a tracked
# deletion and insertion, a footnote reference and a comment, a list item,
# a 2×2 table, a last paragraph; a header and a footer in their own parts.
REPORT_BODY = "".join(
    [
        para(run("Rapport annuel"), style="Heading1"),
        para(
            run("Le conseil a "),
            '<w:del w:id="1" w:author="A"><w:r><w:delText>rejeté</w:delText></w:r></w:del>',
            '<w:ins w:id="2" w:author="A">' + run("adopté") + "</w:ins>",
            '<w:commentRangeStart w:id="0"/>',
            run(" le budget."),
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
        ),
        para(run("Premier point"), numbered=True),
        "<w:tbl>"
        + "".join(
            "<w:tr>"
            + "".join(f"<w:tc>{para(run(f'Cellule {c}{r}'))}</w:tc>" for c in "AB")
            + "</w:tr>"
            for r in "12"
        )
        + "</w:tbl>",
        para(run("Dernier paragraphe.")),
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>',
    ]
)
REPORT_BLOCKS = [
    ("Rapport annuel", "heading"),
    ("Le conseil a adopté le budget.", "body"),
    ("Premier point", "body"),
    ("Cellule A1", "body"),
    ("Cellule B1", "body"),
    ("Cellule A2", "body"),
    ("Cellule B2", "body"),
    ("Dernier paragraphe.", "body"),
    ("Voir le rapport de 2024.", "footnote"),
]
FOOTNOTES = _w(
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    + run(" Voir le rapport de 2024.")
    + "</w:p></w:footnote>",
    "footnotes",
)
STYLES = _w(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    # Hidden text (w:vanish): a character style, a paragraph style, and one based on it
    # that shows its text again.
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Hidden"><w:name w:val="Hidden"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HiddenChild"><w:name w:val="Hidden child"/>'
    '<w:basedOn w:val="Hidden"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Shown"><w:name w:val="Shown"/>'
    '<w:basedOn w:val="Hidden"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>',
    "styles",
)


def docx(body: str = REPORT_BODY, *, footnotes: str = FOOTNOTES, styles: str = STYLES) -> bytes:
    """A DOCX package: document, styles, footnotes, a comment, a header and a footer."""
    parts = {
        "word/document.xml": (_w(f"<w:body>{body}</w:body>"), f"{CT}.document.main+xml", None),
        "word/styles.xml": (styles, f"{CT}.styles+xml", "styles"),
        "word/footnotes.xml": (footnotes, f"{CT}.footnotes+xml", "footnotes"),
        "word/comments.xml": (
            _w(f'<w:comment w:id="0" w:author="B">{para(run("Vérifier ce chiffre"))}</w:comment>',
               "comments"),
            f"{CT}.comments+xml", "comments",
        ),
        "word/header1.xml": (_w(para(run("En-tête confidentiel")), "hdr"), f"{CT}.header+xml",
                             "header"),
        "word/footer1.xml": (_w(para(run("Pied de page 1")), "ftr"), f"{CT}.footer+xml",
                             "footer"),
    }  # fmt: skip
    ids = {"header": "rIdH", "footer": "rIdF"}
    types = "".join(
        f'<Override PartName="/{name}" ContentType="{ctype}"/>'
        for name, (_, ctype, _) in parts.items()
    )
    rels = "".join(
        f'<Relationship Id="{ids.get(kind, "rId" + kind)}" Type="{REL}/{kind}" '
        f'Target="{name.removeprefix("word/")}"/>'
        for name, (_, _, kind) in parts.items()
        if kind
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/>{types}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{rels}'
            "</Relationships>",
        )
        for name, (xml, _, _) in parts.items():
            z.writestr(name, xml)
    return buffer.getvalue()


# An encrypted Office file is an OLE2 compound file (MS-OFFCRYPTO), not a zip.
OLE2_ENCRYPTED = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def zip_of(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


# --- ODT ------------------------------------------------------------------------

ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_XMLNS = " ".join(f'xmlns:{p}="{u}"' for p, u in ODF_NS.items())
_CHANGE = "<office:change-info><dc:creator>A</dc:creator><dc:date>2026-01-01T00:00:00</dc:date>"
REPORT_ODT_BODY = (
    "<text:sequence-decls/>"
    "<text:tracked-changes>"
    f'<text:changed-region text:id="ct1"><text:deletion>{_CHANGE}</office:change-info>'
    "<text:p>rejeté</text:p></text:deletion></text:changed-region>"
    f'<text:changed-region text:id="ct2"><text:insertion>{_CHANGE}</office:change-info>'
    "</text:insertion></text:changed-region>"
    "</text:tracked-changes>"
    '<text:h text:outline-level="1">Rapport annuel</text:h>'
    '<text:p>Le conseil a <text:change text:change-id="ct1"/>'
    '<text:change-start text:change-id="ct2"/>adopté<text:change-end text:change-id="ct2"/>'
    ' le <text:span>budget</text:span>.<text:note text:id="ftn1" text:note-class="footnote">'
    "<text:note-citation>1</text:note-citation><text:note-body>"
    "<text:p>Voir le rapport de 2024.</text:p></text:note-body></text:note>"
    "<office:annotation><dc:creator>B</dc:creator><text:p>Vérifier ce chiffre</text:p>"
    "</office:annotation></text:p>"
    "<text:list><text:list-item><text:p>Premier point</text:p></text:list-item></text:list>"
    '<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>'
    + "".join(
        "<table:table-row>"
        + "".join(
            f"<table:table-cell><text:p>Cellule {c}{r}</text:p></table:table-cell>" for c in "AB"
        )
        + "</table:table-row>"
        for r in "12"
    )
    + "</table:table>"
    "<text:p>Dernier<text:s/>paragraphe.</text:p>"
)


# Hidden text: a common style that hides (styles.xml), automatic styles that
# inherit it or hide themselves (content.xml).
_HIDDEN = '<style:text-properties text:display="none"/>'
ODT_AUTOMATIC_STYLES = (
    '<style:style style:name="T1" style:family="text" style:parent-style-name="Cache"/>'
    f'<style:style style:name="P1" style:family="paragraph">{_HIDDEN}</style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Cache">'
    '<style:text-properties text:display="true"/></style:style>'
)


def odt(body: str = REPORT_ODT_BODY, *, encrypted: bool = False) -> bytes:
    """An ODT package (mimetype first and stored, manifest, content, styles with a header)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_XMLNS} '
        f'office:version="1.3"><office:automatic-styles>{ODT_AUTOMATIC_STYLES}'
        f"</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_XMLNS} '
        'office:version="1.3"><office:styles><style:style style:name="Cache" '
        f'style:family="text">{_HIDDEN}</style:style></office:styles>'
        '<office:master-styles><style:master-page style:name="Standard">'
        "<style:header><text:p>En-tête confidentiel</text:p></style:header>"
        "<style:footer><text:p>Pied de page 1</text:p></style:footer>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    encryption = (
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AA==">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="AA=="/></manifest:encryption-data>'
        if encrypted
        else ""
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {_XMLNS} '
        'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{encryption}</manifest:file-entry>"
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )  # fmt: skip
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", bytes(range(256)) if encrypted else content.encode())
        z.writestr("styles.xml", styles)
    return buffer.getvalue()


# --- PDF ------------------------------------------------------------------------

# One line of text on a page: (x, y in points from the bottom left, size in points, text).
Line = tuple[float, float, float, str]


def _pdf_string(text: str) -> bytes:
    # Helvetica with WinAnsiEncoding: Latin-1 covers French; \ ( ) escaped.
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages: Sequence[Sequence[Line]], *, width: int = 595, height: int = 842) -> bytes:
    """A PDF 1.4 file: one page per list of lines, set in Helvetica (a standard font).

    A page with no line gets a filled rectangle instead: an image-only page,
    as a scan has.
    """
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    for i, lines in enumerate(pages):
        if lines:
            stream = b"".join(
                b"BT /F1 %g Tf %g %g Td %s Tj ET\n" % (size, x, y, _pdf_string(text))
                for x, y, size, text in lines
            )
        else:
            stream = b"0.5 g 50 50 495 742 re f\n"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font "
            b"<< /F1 %d 0 R >> >> /Contents %d 0 R >>" % (width, height, font_id, page_ids[i] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def paragraph(x: float, top: float, lines: Sequence[str], size: float = 11) -> list[Line]:
    """Lines set solid at 1.3 × the type size, from ``top`` down."""
    return [(x, top - k * size * 1.3, size, text) for k, text in enumerate(lines)]


# Two pages of a report: a running head and a folio on each, a heading, a
# word hyphenated at a line end, a paragraph running over the page break.
REPORT_PDF_PAGES: list[list[Line]] = [
    [
        (72, 800, 9, "Rapport annuel 2025 — Conseil municipal"),
        (72, 730, 18, "Introduction"),
        *paragraph(72, 690, [
            "La traduction des documents officiels demande une atten-",
            "tion particulière aux termes juridiques.",
        ]),
        *paragraph(72, 620, [
            "Le conseil a adopté le budget de la ville pour",
            "l'année suivante, après un long débat sur les",
        ]),
        (290, 40, 9, "1"),
    ],
    [
        (72, 800, 9, "Rapport annuel 2025 — Conseil municipal"),
        *paragraph(72, 730, ["investissements et la dette."]),
        *paragraph(72, 680, ["Le second chapitre présente les comptes."]),
        (290, 40, 9, "2"),
    ],
]  # fmt: skip
REPORT_PDF_BLOCKS = [
    ("Rapport annuel 2025 — Conseil municipal", "boilerplate"),
    ("Introduction", "heading"),
    (
        "La traduction des documents officiels demande une attention particulière aux "
        "termes juridiques.",
        "body",
    ),
    (
        "Le conseil a adopté le budget de la ville pour l'année suivante, après un long "
        "débat sur les investissements et la dette.",
        "body",
    ),
    ("1", "boilerplate"),
    ("Rapport annuel 2025 — Conseil municipal", "boilerplate"),
    ("Le second chapitre présente les comptes.", "body"),
    ("2", "boilerplate"),
]


def encrypted(data: bytes, password: str = "secret") -> bytes:
    """The PDF encrypted with a user password (RC4-128, which needs no extra library)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- subtitles --------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>Bonjour,</i> je m'appelle
{\\an8}Marie.

2
00:00:04,000 --> 00:00:06,250
<font color="#ffff00">Je vous présente</font>
le projet

"""
VTT = """WEBVTT

NOTE written by hand from the WebVTT specification

intro
00:01.000 --> 00:03.500 align:start
<v Marie><c.yellow>Bonjour</c>, je m'appelle</v>
Marie &amp; Paul.

00:00:04.000 --> 00:00:06.250
<b>Je vous présente</b> le projet
"""
SUBTITLE_BLOCKS = [
    ("Bonjour, je m'appelle Marie.", "00:00:01,000 --> 00:00:03,500"),
    ("Je vous présente le projet", "00:00:04,000 --> 00:00:06,250"),
]
