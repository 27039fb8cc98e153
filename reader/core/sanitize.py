"""Make untrusted article text safe to show: no terminal control, no bidi tricks.

An article may carry escape sequences (ESC[2J clears a screen, OSC 52 writes the clipboard),
bidi overrides that reorder what the reader sees, or stray control bytes. All of them are
removed; line ends become `\\n` and tabs a space. Every other character is kept as it is,
because every offset in the model indexes this text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings (ended by BEL or
# ESC \\, or unterminated), and two-character escapes. C1 forms (0x9b CSI, 0x9d OSC) likewise.
_ESCAPES: Final = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]?          # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])       # OSC, DCS, SOS, PM, APC ...
      .*? (?:\x07|\x1b\\|\x9c|(?=\n)|\Z)            # ... up to BEL, ST or the line end
    | \x1b [ -/]* [0-~]?                            # other escapes (ESC c, ESC ( B, ...)
    """,
    re.VERBOSE,
)
# Bidi embeddings, overrides, isolates and marks; the BOM / zero-width no-break space; and every
# C0/C1 control character but the newline. One translate table deletes them all in one pass.
_BIDI: Final = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_CONTROLS: Final = [
    c for c in range(0x00, 0xA0) if unicodedata.category(chr(c)) == "Cc" and c != 0x0A
]
_DELETE: Final = dict.fromkeys([*_CONTROLS, *map(ord, _BIDI)])


def sanitize(text: str) -> str:
    """Return `text` without control characters, escape sequences or bidi controls.

    Line ends (CRLF, CR, U+2028/2029) become `\\n`, a tab becomes a space; nothing else changes.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", " ")
    text = _ESCAPES.sub("", text)
    return text.translate(_DELETE)
