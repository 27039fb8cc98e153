"""bayreader: a terminal reader for Chinese news."""

from __future__ import annotations

__version__ = "0.1.0"
