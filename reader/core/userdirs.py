"""Where bayreader keeps the user's config, state and caches (platformdirs, or $BAYREADER_HOME).

`BAYREADER_HOME` puts all three under one folder, so tests and two installs never share state.
`BAYREADER_CACHE` moves the caches alone (jieba's dictionary and the CC-CEDICT index, derived
data that any user may share): the test suite builds them once for the whole run.

A home that cannot be used (a file, a read-only or full disk) never stops the reader: the
caches go to a temporary folder for this run (`warnings` says so, once), and user data is
read where it is and reports "could not save" when it cannot be written.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from pathlib import Path

warnings: list[str] = []
"""What went wrong with the user's folders, for the command or the reader to say once."""
_fallback: Path | None = None


def _home() -> Path | None:
    home = os.environ.get("BAYREADER_HOME")
    return Path(home) if home else None


def _platform(kind: str) -> Path:
    import platformdirs  # only when no BAYREADER_HOME: the import costs start-up time

    return getattr(platformdirs, kind)("bayreader")  # type: ignore[no-any-return]


def _usable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path, os.W_OK)


def cache_dir() -> Path:
    """The cache folder, or a temporary one for this run if it cannot be written."""
    global _fallback
    home, cache = _home(), os.environ.get("BAYREADER_CACHE")
    path = Path(cache) if cache else home / "cache" if home else _platform("user_cache_path")
    if _usable(path):
        return path
    if _fallback is None:
        _fallback = Path(tempfile.mkdtemp(prefix="bayreader-cache-"))
        atexit.register(_remove, _fallback, os.getpid())
        warnings.append(f"cannot write the cache folder {path}; using {_fallback} for this run")
    return _fallback


def _remove(folder: Path, owner: int) -> None:
    """Delete this run's temporary cache on the way out: each run makes its own (jieba's
    cache alone is 9 MB), so one kept per run would fill the disk. Only the process that
    made it removes it, not a child forked from it that exits first."""
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


def _folder(path: Path) -> Path:
    """A user folder, created if it can be; returned either way (reads then find nothing,
    writes fail with an OSError the caller reports)."""
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _folder(home / "data" if home else _platform("user_data_path"))


def config_dir() -> Path:
    home = _home()
    return _folder(home / "config" if home else _platform("user_config_path"))
