"""A Markdown file's front matter: a static site's page metadata, read as HTML's <head> is.

Hugo, Jekyll, Eleventy, Astro and most static-site generators open a page's Markdown
with its metadata between two ``---`` lines (YAML) or two ``+++`` lines (TOML, Hugo):
``title``, ``date``, ``author``, ``tags``, ``draft``. Read as CommonMark, the YAML's lines
were one paragraph that the closing ``---`` made a setext heading: newcomer38's blog post
had "title: … date: 2026-10-02 author: … draft: false" as its first heading, paired 1.000
with the English's, and its real "# Title" classed as debris beside it. The metadata is
not the page's text, as an HTML page's <head> is not (`markup`'s reader drops <head>);
only the values a translation of the page carries are: its title (a heading) and its
summary lines (`TRANSLATED`), as Hugo's multilingual sites translate them.
"""

from __future__ import annotations

import re
import tomllib

from workbench.ingest.markup import RawBlock
from workbench.model import Kind

# The front matter's keys whose values a translation carries, and the kind of each.
TRANSLATED = {
    "title": Kind.HEADING,
    "subtitle": Kind.HEADING,
    "linktitle": Kind.HEADING,
    "description": Kind.BODY,
    "summary": Kind.BODY,
    "excerpt": Kind.BODY,
    "lead": Kind.BODY,
}
_FENCES = {"---": "yaml", "+++": "toml"}
_KEYED = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")


def front_matter(source: str) -> tuple[list[RawBlock], str]:
    """The blocks of ``source``'s front matter values a translation carries (in the front
    matter's order, ``line`` their key's line), and the Markdown after it, blank lines
    where the front matter was (its lines keep their numbers). A file that opens with no
    fence, or whose fenced lines do not parse as YAML or TOML mappings, has none: its
    text is returned as it is."""
    lines = source.splitlines(keepends=True)
    fence = lines[0].strip() if lines else ""
    if fence not in _FENCES:
        return [], source
    end = next((k for k in range(1, len(lines)) if lines[k].strip() == fence), None)
    if end is None:
        return [], source
    values = _parsed("".join(lines[1:end]), _FENCES[fence])
    if values is None:
        return [], source
    blocks = []
    for key, value in values.items():
        kind = TRANSLATED.get(str(key).casefold())
        text = " ".join(value.split()) if isinstance(value, str) else ""
        if kind is not None and text:
            blocks.append(RawBlock(text, _line_of(lines[1:end], str(key)), hint=kind))
    return blocks, "\n" * (end + 1) + "".join(lines[end + 1 :])


def _parsed(text: str, syntax: str) -> dict[str, object] | None:
    """The front matter as a mapping, None when it is not one. YAML a generator would
    refuse but whose every line opens with a key ("author: Priya Nair (traduction :
    Lucie Marchal)", a colon inside a plain value) is read a line a key."""
    if syntax == "toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return None
    import yaml  # deferred: Markdown files only

    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError:
        return _keyed_lines(text)
    return {str(k): v for k, v in loaded.items()} if isinstance(loaded, dict) else None


def _keyed_lines(text: str) -> dict[str, object] | None:
    """``key: value`` per line (quotes around a value removed); an indented line or a list
    item goes on the key above; None when a line is neither."""
    values: dict[str, object] = {}
    for line in text.splitlines():
        if not line.strip() or line[0] in " \t-":
            if not values and line.strip():
                return None
            continue
        found = _KEYED.match(line)
        if found is None:
            return None
        value = (found.group("value") or "").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[found.group("key")] = value
    return values or None


def _line_of(lines: list[str], key: str) -> int:
    """The number (from 1, the opening fence's line being 1) of ``key``'s line."""
    pattern = re.compile(rf"^\s*['\"]?{re.escape(key)}['\"]?\s*[:=]")
    return next((k + 2 for k, line in enumerate(lines) if pattern.match(line)), 1)
