"""Where Debian's dictionary packages put their dictd files, for every reader of them.

FreeDict's ``dict-freedict-XXX-YYY`` packages install ``freedict-XXX-YYY.index``
and ``.dict.dz`` here. The aligner's word lexicons (`workbench.align.lexicon`) and
the untranslated-words check (`workbench.translate.vocabulary`) both read them; this
module imports nothing, so neither side pulls the other's dependencies (numpy).
"""

from pathlib import Path

DICTD_DIR = Path("/usr/share/dictd")
