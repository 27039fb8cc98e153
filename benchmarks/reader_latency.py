"""The reader on a 1 MB article: time to first paint, section-switch and pinyin-toggle latency.

    .venv/bin/python benchmarks/reader_latency.py

Headless (App.run_test) at 120×40, the seed and dev articles repeated to 1 MB. First paint is
from reading the file to the first screen drawn. A switch is the `]` action plus drawing every
visible line of the new section; a toggle is the `p` action plus the same, readings loaded.
(The sections pane marker and the glossary follow 0.12 s after the keys stop, off this path.) Goals (issue 6): first paint <= 3 s,
switch and toggle <= 50 ms median.
"""

from __future__ import annotations

import asyncio
import importlib.util
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.analysis import analyze_structure
from reader.core.sources import open_article
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView


def big_article() -> str:
    """The same 1 MB article as benchmarks/export.py builds."""
    spec = importlib.util.spec_from_file_location(
        "bench_export", Path(__file__).with_name("export.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.big_article()


async def measure(path: Path) -> None:
    started = time.perf_counter()
    document = open_article(str(path))
    # as the command does: paint from the sections, speakers and figures right after
    article = analyze_structure(document.text, source=document.source)
    app = ReaderApp(article, analysed=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        painted = time.perf_counter() - started
        await app.loaded()
        view = app.query_one(ArticleView)
        height = view.size.height

        def frame() -> None:  # what the next frame needs of the view: every visible line
            for y in range(height):
                view.render_line(y)

        async def timed(action: Callable[[], None], times: int) -> list[float]:
            """Seconds from each action to its frame drawn, the app settling in between."""
            spans = []
            for _ in range(times):
                before = time.perf_counter()
                action()
                frame()
                spans.append(time.perf_counter() - before)
                await pilot.pause()
            return spans

        switches = await timed(app.reader.action_next_section, 30)
        toggles = await timed(app.reader.action_toggle_pinyin, 20)
    print(
        f"article: {len(app.reader.article.text):,} characters, {len(app.reader.article.sections)} sections"
    )
    print(f"first paint:            {painted:.2f} s (goal <= 3 s)")
    print(
        f"section switch (]):     {statistics.median(switches) * 1000:.0f} ms median (goal <= 50 ms)"
    )
    print(
        f"pinyin toggle (p):      {statistics.median(toggles) * 1000:.0f} ms median (goal <= 50 ms)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(big_article(), encoding="utf-8")
        asyncio.run(measure(path))


if __name__ == "__main__":
    main()
