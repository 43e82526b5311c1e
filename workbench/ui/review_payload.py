"""What the Review page sends its component: its script, and one JSON object as bytes, rows
spliced in."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workbench.ui import parallel

SCRIPT = Path(__file__).resolve().parent / "static" / "review"  # the editor's script, in parts


def editor_script() -> str:
    """The review editor's script: the parts in ``static/review/`` joined in name order.

    Streamlit hands a component's script to the browser as text, which the browser imports
    from a blob URL, so one part could not import another by a relative path. The parts are
    one ES module cut at its sections: they share one scope, as the single file did, and
    only the last one exports (the function the component mounts with).
    """
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SCRIPT.glob("*.js")))


def payload(data: Mapping[str, Any]) -> bytes:
    """``data`` as the UTF-8 JSON object the browser parses once, rows spliced in as they are.

    ``data["beads"]``, the rows of the whole document (bytes of a JSON object,
    :func:`workbench.ui.parallel.pack`, built once per revision) or None, goes
    in without being encoded again.
    Given as a dict, Streamlit would send the data as a JSON text (every
    non-ASCII letter escaped), and the rows inside it as a string escaped once
    more, which the browser would parse twice; bytes reach the component as
    they are. 0.9 MB of message for 2,000 beads becomes about 0.7 MB.
    """
    rest = {k: v for k, v in data.items() if k != "beads"}
    head = json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    rows = data.get("beads")
    beads = b'"beads":' + (rows if isinstance(rows, bytes) else b"null")
    return head[:-1] + (b"," if rest else b"") + beads + b"}"


def received(data: bytes) -> dict[str, Any]:
    """What :func:`payload` sent, as the browser reads it, rows unpacked (for tests)."""
    found = dict(json.loads(data.decode("utf-8")))
    if isinstance(found.get("beads"), Mapping):
        found["beads"] = parallel.unpack(found["beads"])
    patch = found.get("patch")
    if isinstance(patch, Mapping) and isinstance(patch.get("rows"), Mapping):
        found["patch"] = {**patch, "rows": parallel.unpack(patch["rows"])}
    return found
