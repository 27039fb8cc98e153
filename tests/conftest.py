"""Shared fixtures: the bundled article, the shared dev set, a throw-away user home."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_365d70c0e39d70a2.txt"
DEV = SHARED / "dev"
# for tests that read the shared development articles: a fresh clone without ../shared skips them
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason=f"no shared dev set at {DEV}")


_WATCH_IMPORTS = """
import sys
from reader.core.imports import import_lock
unlocked = []
class Watch:
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] == {package!r} and not import_lock.locked():
            unlocked.append(name)
        return None
sys.meta_path.insert(0, Watch())
"""


def imported_outside_the_lock(package: str, setup: str, uses: str) -> str:
    """The modules of `package` first imported outside `reader.core.imports.import_lock` (comma
    separated, or "none") while `uses` runs, after `setup`, in a fresh interpreter: workers
    run in threads, and a package first imported from two at once can be seen half-initialised."""
    probe = f"{setup}\n{_WATCH_IMPORTS.format(package=package)}\n{uses}\n"
    probe += 'print(",".join(unlocked) or "none")\n'
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()


@pytest.fixture
def seed_text() -> str:
    return (ROOT / "assets" / "guangshen-digital-economy.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the whole run: jieba's and the dictionary's caches are built once
    (5 s a time), not by every test and every subprocess it starts."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _shared_cache: Path) -> None:
    """Keep tests away from the real user's config, state and caches; user data starts
    fresh in every test, the derived caches are shared."""
    monkeypatch.setenv("BAYREADER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BAYREADER_CACHE", str(_shared_cache))


@pytest.fixture(autouse=True)
def _no_dead_widgets_kept() -> Iterator[None]:
    """Let each test's widgets go when it ends. Textual 8 caches
    `StylesCache.get_inner_outer` with `lru_cache` on the method, so the cache keys hold up to
    1,024 StylesCache objects, every line each one rendered with them (Textualize/textual
    #6665). Kept across tests, a worker ended with some 850,000 objects; pytest's last five
    garbage collections then took over 5 s, and execnet interrupted the worker (a
    KeyboardInterrupt printed as a PytestUnraisableExceptionWarning after every full run)."""
    yield
    styles = sys.modules.get("textual._styles_cache")  # no textual import for core tests
    if styles is not None:
        styles.StylesCache.get_inner_outer.cache_clear()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the machine has cores. A third of the suite's wall time
    the workers wait (on `bayreader` subprocesses, the reader under tmux, the pilot's checks
    that the app is idle), so with one per core a core sat idle (CPU 76% busy, 2 cores)."""
    return (os.cpu_count() or 1) + 1
