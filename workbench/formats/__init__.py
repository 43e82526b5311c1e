"""File formats in and out: TMX, TSV/CSV/XLSX, the bead text form, the one safe
XML parser and atomic file writing. Nothing here touches the store."""
