"""User settings (config.toml) and safe writes.

Settings live in `user_config_path("bayreader")/config.toml` (or `$BAYREADER_HOME/config`).
A file that cannot be read or parsed never stops the reader: it is set aside as
`config.toml.corrupt-<time>` and the defaults are used, with a warning for the user.
Every write goes to a temporary file first and is renamed into place, so a crash or a second
reader never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
import time
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from reader.core.userdirs import config_dir


@dataclass(frozen=True, slots=True)
class Config:
    """What a user may set in config.toml; every key is optional."""

    theme: str = "textual-dark"
    pinyin: bool = False
    """Show pinyin from the start."""
    tone_style: str = "marks"
    tone_colours: bool = False


def config_path() -> Path:
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> tuple[Config, str | None]:
    """The settings, and a warning if the file had to be set aside (None if all went well)."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config(), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            return Config(), f"could not read {path} ({error}); using the defaults"
        return Config(), f"{path} could not be read ({error}); set aside as {aside.name}"
    known = {f.name: f.type for f in fields(Config)}
    values = {}
    for key, value in data.items():
        if key in known and isinstance(value, bool if known[key] == "bool" else str):
            values[key] = value
    if values.get("tone_style", "marks") not in {"marks", "numbers"}:
        values.pop("tone_style")
    return Config(**values), None


def write_atomically(path: str | Path, data: str) -> None:
    """Write via a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".bayreader-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(data)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise
