from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.model import Article
from reader.tui.app import ReaderApp


@pytest.fixture
def seed_article(seed_text: str) -> Article:
    return analyze(seed_text, source="bundled")


@pytest.fixture
def app(seed_article: Article) -> ReaderApp:
    return ReaderApp(seed_article)
