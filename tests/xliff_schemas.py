"""The OASIS XLIFF schemas (tests/data/xliff), loaded offline, to validate our exports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "data" / "xliff"
XML_XSD = SCHEMAS / "informativeCopiesOf3rdPartySchemas" / "w3c" / "xml.xsd"

# The 2.1 core and the Metadata module together: what our 2.1 files use.
_DRIVER_21 = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0"
      schemaLocation="{(SCHEMAS / "xliff_core_2.0.xsd").as_uri()}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0"
      schemaLocation="{(SCHEMAS / "metadata.xsd").as_uri()}"/>
</xs:schema>"""


class _LocalXmlXsd(etree.Resolver):
    """The 1.2 schema imports xml.xsd from the W3C's address: serve the local copy."""

    # lxml calls resolve(url, pubid, context); lxml-stubs give it no context argument
    def resolve(self, url: str | None, pubid: str | None, context: object) -> object:  # type: ignore[override]
        if url and url.startswith("http"):
            if url.endswith("/xml.xsd"):
                # a Resolver method that lxml-stubs do not declare
                return self.resolve_filename(str(XML_XSD), context)  # type: ignore[attr-defined]
            raise AssertionError(f"the schemas asked for {url}: the tests stay offline")
        return None


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalXmlXsd())
    return parser


@cache
def schema(version: str) -> etree.XMLSchema:
    """The official schema of XLIFF ``version`` ("1.2" strict, or "2.1" with metadata)."""
    if version == "1.2":
        tree = etree.parse(str(SCHEMAS / "xliff-core-1.2-strict.xsd"), _parser())
    else:
        tree = etree.ElementTree(etree.fromstring(_DRIVER_21.encode(), _parser()))
    return etree.XMLSchema(tree)


def schema_errors(path: Path, version: str) -> list[str]:
    """What the official schema finds wrong with the file (empty: valid)."""
    checker = schema(version)
    valid = checker.validate(etree.parse(str(path)))
    if valid:
        return []
    # an _ErrorLog iterates over its entries; lxml-stubs do not say so
    return [f"{e.line}: {e.message}" for e in checker.error_log]  # type: ignore[attr-defined]
