"""A site's own lines: the block texts of other pages stored alongside, evidence of its
chrome (a site name, a footer, a newsletter box) when a page is read (`parsing.parse_file`'s
``known_lines``). A document's own versions, originals and translations are the same text,
not other pages (`kin`); nor is a document that holds most of the page's text, or nearly
all of whose text the page holds (a copy cut off before its end), whatever its name
(`SiteLines.of_other_pages`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from workbench.model import Document
from workbench.spaces import plain
from workbench.store import Store

# Lines of this many of the newest other documents count as the site's own.
SITE_DOCUMENTS = 50
# A stored document sharing this share of the word trigrams of the longer of it and the
# page is the same text (a copy, another format, a draft), not another page of the site: two
# pages of one site share their chrome, not most of their words. Trigrams of words (no
# punctuation, lower case): a text cut into other blocks or set with other quotes and dashes
# (Notepad's "'" and "-" for a page's "’" and "—") is still the same text.
SAME_TEXT = 0.5
# And a document this share of whose trigrams the other holds is part of it: a page saved
# cut off before its end, then whole under another name (newcomer34: the whole page's
# headline and lead, found in the cut-off copy, were classed as chrome). Two pages of one
# site share their chrome, not most of either's words; a stored page of chrome alone (no
# text of its own) lends no evidence then.
CONTAINED = 0.8
_WORD = re.compile(r"\w+")


class SiteLines(frozenset[str]):
    """Every other page's block texts (the set itself), and each page's apart (``pages``),
    so that a page read can leave out the pages that are the same text as itself."""

    pages: tuple[frozenset[str], ...]

    def __new__(cls, pages: Iterable[frozenset[str]] = ()) -> SiteLines:
        pages = tuple(pages)
        lines = super().__new__(cls, frozenset().union(*pages))
        lines.pages = pages
        return lines

    def of_other_pages(self, page: Collection[str]) -> frozenset[str]:
        """The lines of the stored pages that are not the same text as ``page`` (its block
        texts, as `plain` gives them): newcomer28 ingested an article as Notepad text, then
        as the saved page, and the page's headline and two sentences, found in the text,
        were classed as site chrome, silently left out of alignment and TMX."""
        own = _trigrams(page)
        kept = [p for p in self.pages if not _same_text(own, _trigrams(p))]
        return frozenset().union(*kept)


def _trigrams(lines: Collection[str]) -> frozenset[tuple[str, ...]]:
    """The word trigrams of ``lines``, each line apart, in lower case."""
    grams: set[tuple[str, ...]] = set()
    for line in lines:
        words = _WORD.findall(line.lower())
        grams.update(zip(words, words[1:], words[2:], strict=False))
    return frozenset(grams)


def _same_text(page: frozenset[tuple[str, ...]], other: frozenset[tuple[str, ...]]) -> bool:
    """Whether two pages' trigrams show one text: most of the longer's (`SAME_TEXT`), or
    nearly all of the shorter's (`CONTAINED`: a cut-off copy, a part of the page)."""
    shared = len(page & other)
    return shared > 0 and (
        shared >= SAME_TEXT * max(len(page), len(other))
        or shared >= CONTAINED * min(len(page), len(other))
    )


# A file stem that names one text in one language: "statut.fr", "statut_en", "guide-pt-BR".
_IN_A_LANGUAGE = re.compile(r"^(?P<text>.+?)[._-](?P<lang>[a-z]{2})(?:[-_][A-Z]{2})?$")


def site_lines(store: Store, exclude: str, doc_id: int | None = None) -> SiteLines:
    """Block texts of the newest stored documents that are other pages of a site:
    not ``exclude`` (a file stem) nor document ``doc_id``, nor their kin (`kin`).

    A line found on another page ingested alongside (a site name, a footer,
    a newsletter box) is evidence of site chrome. Only documents read as web text
    (`is_web_text`) are pages of a site: a Word report, a PDF, subtitles or an imported
    memory share sentences with a page, not chrome (newcomer41: a report's "Les comptes
    seront publiés en juin." made the same sentence of a three-line note site chrome).
    A document's own versions and its original or translation are the same text, not
    other pages: until
    session 19 a statute's new version found "Article 3." in its English
    original and classed it as chrome, and `align` left reviewed beads behind.
    """
    docs = [d for d in store.documents() if is_web_text(d.path)]
    related = kin(store, docs, exclude, doc_id)
    pages: list[frozenset[str]] = []
    for doc in docs[-SITE_DOCUMENTS:]:
        if doc.id in related:
            continue
        blocks: dict[int, list[str]] = {}
        for s in store.segments(doc.id, doc.version):
            blocks.setdefault(s.block, []).append(s.text)
        pages.append(frozenset(plain(" ".join(texts)) for texts in blocks.values()))
    return SiteLines(pages)


def is_web_text(path: str) -> bool:
    """Whether a stored document's file was read as web text (plain text, a page,
    Markdown: `readers.Reader.structured` false), whose lines may be a site's chrome;
    a paste (`documents.PASTE_PATH`) is always web text."""
    from workbench.ingest.readers import BY_SUFFIX

    if path.startswith("stdin:"):
        return True
    reader = BY_SUFFIX.get(Path(path).suffix.lower())
    return reader is not None and not reader.structured


def kin(store: Store, docs: Sequence[Document], name: str, doc_id: int | None) -> set[int]:
    """Ids of ``docs`` that are the text named ``name`` (a file stem) or document
    ``doc_id`` in some version or language: that document, the documents of that
    name or of that name in another language ("statut.en" for "statut.fr"), and the
    originals and translations of each (`Document.original_of`, alignments)."""
    text = _text_named(name)
    own = {d.id for d in docs if d.id == doc_id or d.name == name or _text_named(d.name) == text}
    linked = {d.original_of for d in docs if d.id in own and d.original_of is not None}
    linked |= {d.id for d in docs if d.original_of in own}
    for i in own:
        linked |= {a.counterpart_doc_id for a in store.alignments(i) if a.counterpart_doc_id}
    return own | linked


def _text_named(name: str) -> str:
    """The text a file stem names, without its language: "statut" for "statut.fr"."""
    from workbench.ingest.langid import DEFAULT_LANGUAGES

    match = _IN_A_LANGUAGE.match(name)
    return match["text"] if match and match["lang"] in DEFAULT_LANGUAGES else name
