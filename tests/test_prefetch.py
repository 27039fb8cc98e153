"""The first screen's readings from a forked child (reader/prefetch.py)."""

from __future__ import annotations

import time

from reader.core.analysis import analyze
from reader.core.pinyin import annotate
from reader.prefetch import start
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView


def test_the_child_reads_the_section_as_the_reader_would(seed_text: str) -> None:
    article = analyze(seed_text)
    first = start(article, 2)
    assert first is not None  # Linux: fork is there
    tokens = None
    deadline = time.monotonic() + 60
    while tokens is None and not first.finished and time.monotonic() < deadline:
        tokens = first.result(0.1)
    first.close()
    section = article.sections[2]
    assert tokens == annotate(article.text, section.start, section.end)


def test_closing_stops_a_child_still_at_work(seed_text: str) -> None:
    first = start(analyze(seed_text), 0)
    assert first is not None
    first.close()  # at once, long before jieba is loaded
    assert not first._child.is_alive()


async def test_the_reader_shows_the_childs_readings(seed_text: str) -> None:
    article = analyze(seed_text)
    first = start(article, 0)
    app = ReaderApp(article, first_readings=first)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await pilot.press("p")
        view = app.query_one(ArticleView)
        assert first is not None and first.finished
        assert view.tokens[0] == annotate(article.text, 0, article.sections[0].end)
        assert "guǎngshēn" in view.render_line(0).text
    first.close()
