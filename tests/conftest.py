"""Shared fixtures: the bundled article, the shared dev set, a throw-away user home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_365d70c0e39d70a2.txt"
DEV = SHARED / "dev"
# for tests that read the shared development articles: a fresh clone without ../shared skips them
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason=f"no shared dev set at {DEV}")


@pytest.fixture
def seed_text() -> str:
    return (ROOT / "assets" / "guangshen-digital-economy.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's config, state and caches."""
    monkeypatch.setenv("BAYREADER_HOME", str(tmp_path / "home"))
