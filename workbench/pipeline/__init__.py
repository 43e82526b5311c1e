"""The use cases the CLI and the app share: ingest, align, review, fill, export, score.

Each function takes the store and plain values, does one job from start to
end, and returns a frozen report. Progress is reported through a callback so
that the CLI can draw a bar and the app a spinner.
"""

from workbench.pipeline.documents import (
    FileResult,
    IngestReport,
    ingest_file,
    ingest_paths,
    parse_file,
)

__all__ = ["FileResult", "IngestReport", "ingest_file", "ingest_paths", "parse_file"]
