"""User settings (config.toml) and user data (known words, reading positions, bookmarks).

Settings live in `user_config_path("bayreader")/config.toml`, data as small JSON files in
`user_data_path("bayreader")` (both under `$BAYREADER_HOME` when it is set). A file that
cannot be read or parsed never stops the reader: it is set aside as `<name>.corrupt-<time>`
and the defaults are used, with a warning for the user.

Every write goes to a temporary file first and is renamed into place, so a crash never leaves
half a file; every change to user data is read-modify-write under a lock file, so two readers
running at once both keep their changes instead of the last one winning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TextIO

from reader.core.userdirs import config_dir, data_dir


@dataclass(frozen=True, slots=True)
class Config:
    """What a user may set in config.toml; every key is optional."""

    theme: str = "textual-dark"
    pinyin: bool = False
    """Show pinyin from the start."""
    tone_style: str = "marks"
    pinyin_mode: str = "all"
    """"all": pinyin over every word; "unknown": only over words not known (P cycles)."""
    tone_colours: bool = False
    keys: dict[str, str] = field(default_factory=dict)
    """The `[keys]` table: binding id → keys (`next-section = "l,right"`), as Textual keymaps."""


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
        return Config(), _set_aside(path, error, "using the defaults")
    known = {f.name: f.type for f in fields(Config)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        kind = {"bool": bool, "str": str}.get(str(known.get(key)))
        if kind is not None and type(value) is kind:
            values[key] = value
    table = data.get("keys", {})
    if isinstance(table, dict):
        values["keys"] = {k: v for k, v in table.items() if isinstance(v, str) and v.strip()}
    if values.get("tone_style", "marks") not in {"marks", "numbers"}:
        values.pop("tone_style")
    if values.get("pinyin_mode", "all") not in {"all", "unknown"}:
        values.pop("pinyin_mode")
    return Config(**values), None


def write_atomically(path: str | Path, data: str | Callable[[TextIO], object]) -> None:
    """Write via a temporary file in the same folder and a rename. The file keeps its mode
    (a new one gets the usual mode, not the temporary file's private 0600). `data` is the text,
    or a function that writes it to the file it is given (a large export, streamed).

    A symbolic link keeps pointing where it did: the file it points to is replaced. What is
    not a regular file (/dev/null, /dev/stdout, a FIFO) is written to as it is: renaming over
    it would put a regular file in its place, and as root even /dev/null would become one."""
    write = (lambda file: file.write(data)) if isinstance(data, str) else data
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding="utf-8", newline="") as file:
            write(file)
        return
    path = os.path.realpath(path)
    folder = os.path.dirname(path)
    _sweep(folder)
    handle, temp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=".tmp")
    try:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(temp, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            write(file)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def _umask() -> int:
    """The process's umask, read without setting it (os.umask sets it, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


TEMP_PREFIX = ".bayreader-"
STALE_AFTER = 3600
"""Seconds after which a temporary file is a leftover (a writer killed with -9), not a write
in progress."""
_swept: set[str] = set()


def _sweep(folder: str) -> None:
    """Remove the temporary files a killed writer left in `folder` (once per process)."""
    if folder in _swept:
        return
    _swept.add(folder)
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_AFTER:
                        os.unlink(entry.path)


def _set_aside(path: Path, error: Exception, fallback: str) -> str:
    """Move an unreadable file out of the way; the warning to show the user."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError:
        return f"could not read {path} ({error}); {fallback}"
    return f"{path} could not be read ({error}); set aside as {aside.name}, {fallback}"


class JsonStore:
    """One JSON object in the data folder, read whole and changed under a lock.

    A file that is not a JSON object of the expected shape (`valid`) is set aside and read as
    empty; `warning` then says so once. A folder that cannot be written raises OSError from
    `update`, for the caller to report.
    """

    def __init__(
        self,
        name: str,
        valid: Callable[[dict[str, Any]], bool],
        folder: Path | None = None,
        clean: Callable[[dict[str, Any]], int] | None = None,
    ) -> None:
        self.path = (folder or data_dir()) / name
        self._valid = valid
        self._clean = clean
        self.warning: str | None = None

    def read(self) -> dict[str, Any]:
        """The data; entries of the wrong shape dropped by `clean` (with a warning), a file
        that is no JSON object of the expected shape set aside."""
        try:
            # utf-8-sig: a byte-order mark (some editors write one) is not corruption
            data = json.loads(self.path.read_text(encoding="utf-8-sig"))
            if not isinstance(data, dict) or not self._valid(data):
                raise ValueError("unexpected contents")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as error:  # JSON, UTF-8 and nesting errors
            self.warning = _set_aside(self.path, error, "starting afresh")
            return {}
        dropped = self._clean(data) if self._clean else 0
        if dropped:
            self.warning = f"{self.path}: {dropped} malformed entries ignored, the rest kept"
        return data

    @contextmanager
    def _locked(self) -> Iterator[None]:
        from filelock import FileLock

        with FileLock(self.path.with_name(f".{self.path.name}.lock"), timeout=10):
            yield

    def update(self, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        """Apply `change` to what is on disk now (another reader may have written since we
        last read) and write the result back atomically."""
        with self._locked():
            data = self.read()
            change(data)
            write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        return data


def _valid_known(data: dict[str, Any]) -> bool:
    words, level = data.get("words", []), data.get("level", 0)
    return (
        isinstance(words, list)
        and all(isinstance(w, str) for w in words)
        and type(level) is int
        and 0 <= level <= 6
    )


class KnownWords:
    """The words the user marked as known (`x`), shared by every article, and the HSK level
    up to which words count as known without being marked (0: none)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.store = JsonStore("known.json", _valid_known, folder)

    def load(self) -> tuple[frozenset[str], int]:
        data = self.store.read()
        return frozenset(data.get("words", [])), data.get("level", 0)

    def set_level(self, level: int) -> None:
        self.store.update(lambda data: data.update(level=max(0, min(6, level))))

    def set(self, word: str, known: bool) -> frozenset[str]:
        """Mark `word` known or not; the whole set as it now stands on disk."""

        def change(data: dict[str, Any]) -> None:
            words = set(data.get("words", []))
            (words.add if known else words.discard)(word)
            data["words"] = sorted(words)

        return frozenset(self.store.update(change)["words"])


def article_key(text: str) -> str:
    """Identifies an article by its content, so a moved or renamed file is still recognised."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Bookmark:
    offset: int
    label: str


@dataclass(frozen=True, slots=True)
class Place:
    """Where the user left an article, and their bookmarks in it."""

    section: int = 0
    offset: int | None = None
    """Text offset at the top of the view; None: the section's top."""
    bookmarks: tuple[Bookmark, ...] = ()


_MAX_ARTICLES = 500
"""Positions kept; the least recently read are dropped beyond this."""


def _valid_places(data: dict[str, Any]) -> bool:
    return isinstance(data.get("articles", {}), dict)


def _clean_places(data: dict[str, Any]) -> int:
    """Drop what does not have the shape positions.json promises (hand-edited or from
    another version): an article entry that is no object, a field of the wrong type, a
    bookmark without an integer offset. Returns how many were dropped."""
    dropped = 0
    articles = data.setdefault("articles", {})
    for key in list(articles):
        entry = articles[key]
        if not isinstance(entry, dict):
            del articles[key]
            dropped += 1
            continue
        checks = {
            "section": lambda v: type(v) is int and v >= 0,
            "offset": lambda v: v is None or (type(v) is int and v >= 0),
            "seen": lambda v: type(v) in (int, float),
            "bookmarks": lambda v: isinstance(v, list),
        }
        for name, ok in checks.items():
            if name in entry and not ok(entry[name]):
                del entry[name]
                dropped += 1
        marks = entry.get("bookmarks", [])
        kept = [
            m
            for m in marks
            if isinstance(m, dict) and type(m.get("offset")) is int and m["offset"] >= 0
        ]
        dropped += len(marks) - len(kept)
        if "bookmarks" in entry:
            entry["bookmarks"] = [
                {"offset": m["offset"], "label": str(m.get("label", ""))} for m in kept
            ]
    return dropped


class Positions:
    """Reading position and bookmarks per article (keyed by `article_key`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.store = JsonStore("positions.json", _valid_places, folder, clean=_clean_places)

    def get(self, key: str) -> Place:
        entry = self.store.read().get("articles", {}).get(key)
        return _place(entry) if entry else Place()

    def _change(self, key: str, edit: Callable[[dict[str, Any]], None]) -> Place:
        def change(data: dict[str, Any]) -> None:
            articles = data.setdefault("articles", {})
            entry = articles.setdefault(key, {})
            edit(entry)
            entry["seen"] = time.time()
            if len(articles) > _MAX_ARTICLES:
                oldest = sorted(articles, key=lambda k: articles[k].get("seen", 0))
                for stale in oldest[: len(articles) - _MAX_ARTICLES]:
                    del articles[stale]

        return _place(self.store.update(change)["articles"][key])

    def remember(self, key: str, section: int, offset: int | None) -> Place:
        return self._change(key, lambda e: e.update(section=section, offset=offset))

    def add_bookmark(self, key: str, offset: int, label: str) -> Place:
        def edit(entry: dict[str, Any]) -> None:
            marks = [m for m in entry.get("bookmarks", []) if m.get("offset") != offset]
            entry["bookmarks"] = sorted(
                [*marks, {"offset": offset, "label": label}], key=lambda m: m["offset"]
            )

        return self._change(key, edit)

    def remove_bookmark(self, key: str, offset: int) -> Place:
        def edit(entry: dict[str, Any]) -> None:
            entry["bookmarks"] = [m for m in entry.get("bookmarks", []) if m["offset"] != offset]

        return self._change(key, edit)


def _place(entry: dict[str, Any]) -> Place:
    """A stored entry, with anything of the wrong type ignored rather than trusted."""
    section = entry.get("section")
    offset = entry.get("offset")
    marks = tuple(
        Bookmark(m["offset"], str(m.get("label", "")))
        for m in entry.get("bookmarks", [])
        if isinstance(m, dict) and type(m.get("offset")) is int
    )
    return Place(
        section if type(section) is int and section >= 0 else 0,
        offset if type(offset) is int and offset >= 0 else None,
        marks,
    )
