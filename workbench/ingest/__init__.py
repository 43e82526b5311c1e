"""Ingestion: read and decode files, strip markup, tell text from debris, find
languages, split sentences. ``files`` -> ``markup`` -> ``extract`` (with ``debris``
and ``langid``) -> ``segment``; the pipeline wires them to the store."""
