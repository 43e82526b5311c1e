"""Untrusted HTML parsed one way (`markup`): lxml with no network and no entity resolution,
and a page refused where the parser would read only part of it, or noted where it was cut off.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.model import InputError

# How deep libxml2 lets elements nest with ``huge_tree`` (256 without it). Past
# that it drops the deep element and what follows it, and only says so in its
# error log: such a page is refused rather than read in part.
MAX_DEPTH = 2048


def parser() -> Any:
    """lxml's HTML parser as every page is read with: offline, no entities fetched."""
    from lxml import html

    # The text is already decoded; lxml gets UTF-8 bytes with the encoding
    # fixed, so that no <meta charset> in the page can re-decode it. huge_tree
    # lifts the nesting limit from 256 to MAX_DEPTH (real pages built by page
    # builders pass 256); the file size limit of ingest still bounds the rest.
    return html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True,
        huge_tree=True,
    )  # fmt: skip


def check_complete(parser: Any) -> None:
    """Refuse a page the parser read only in part (it recovers silently from everything else)."""
    for error in parser.error_log:
        if "Excessive depth" in error.message:
            raise InputError(
                f"the HTML is nested more than {MAX_DEPTH} levels deep (line {error.line}), "
                "deeper than the workbench reads without losing text; save the page's text "
                "as .txt, or simplify its markup"
            )
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise InputError(
                f"the HTML passes a limit of the parser at line {error.line} "
                f"({error.message.strip()}); save the page's text as .txt"
            )


_OPENS_PAGE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSES_PAGE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def cut_off_note(source: str) -> str | None:
    """One line if a saved page stops before its end, else None.

    A page that opens ``<html>`` or ``<body>`` and closes neither was cut off
    (a download that stopped, a copy of part of the file): the parser reads
    what is there without a word, and the rest of the article is missing.
    """
    if not _OPENS_PAGE.search(source) or _CLOSES_PAGE.search(source):
        return None
    return (
        "the page stops before its end (no </body> or </html>), so the rest of its text "
        "is missing; save the whole page again and ingest it"
    )
