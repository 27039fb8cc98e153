"""Where bayreader keeps the user's config, state and caches (platformdirs, or $BAYREADER_HOME).

`BAYREADER_HOME` puts all three under one folder, so tests and two installs never share state.
`BAYREADER_CACHE` moves the caches alone (jieba's dictionary and the CC-CEDICT index, derived
data that any user may share): the test suite builds them once for the whole run.
"""

from __future__ import annotations

import os
from pathlib import Path


def _home() -> Path | None:
    home = os.environ.get("BAYREADER_HOME")
    return Path(home) if home else None


def _platform(kind: str) -> Path:
    import platformdirs  # only when no BAYREADER_HOME: the import costs start-up time

    return getattr(platformdirs, kind)("bayreader")  # type: ignore[no-any-return]


def cache_dir() -> Path:
    home, cache = _home(), os.environ.get("BAYREADER_CACHE")
    path = Path(cache) if cache else home / "cache" if home else _platform("user_cache_path")
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else _platform("user_data_path")
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else _platform("user_config_path")
    path.mkdir(parents=True, exist_ok=True)
    return path
