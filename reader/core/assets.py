"""The files bayreader ships (models, tables, the bundled article): one way to find them.

Installed, they are the package `reader.assets` (from the checkout's top-level assets/, see
pyproject.toml). Run from a checkout (`python -m reader` in it, where the checkout's `reader`
comes first on the path), that package does not exist: the files are in assets/ beside it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def asset(name: str) -> Traversable:
    """A shipped file by name (read it with read_text/read_bytes, or resources.as_file)."""
    try:
        return resources.files("reader.assets").joinpath(name)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "assets" / name


@cache
def asset_lines(name: str) -> tuple[str, ...]:
    """A shipped text file's lines, read once: several modules read one word list
    (measure-chars.txt serves both the figures and the name checks)."""
    return tuple(asset(name).read_text(encoding="utf-8").split("\n"))
