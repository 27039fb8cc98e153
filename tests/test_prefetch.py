"""The first screen's readings from a forked child (reader/prefetch.py)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from textual.widgets import Static

from reader.core.analysis import analyze
from reader.core.pinyin import annotate
from reader.prefetch import start
from reader.tui import loader as loader_module
from reader.tui.app import ReaderApp
from reader.tui.loader import Loader
from reader.tui.messages import GlossaryReady, SectionAnnotated
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


async def test_the_reader_shows_the_childs_readings(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the child is niced: on a machine the other tests keep busy it may be left behind (see
    # below), and this test is about its readings
    monkeypatch.setattr(loader_module, "MIN_PATIENCE", 120.0)
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


class _StarvedChild:
    """A child that never gets the CPU: no tokens, never finished (reader/prefetch.py)."""

    section = 0
    finished = False

    def result(self, timeout: float) -> None:
        time.sleep(timeout)

    def starved(self) -> bool:
        return True


def test_a_starved_child_is_left_behind_and_the_reader_reads_the_section_itself(
    seed_text: str,
) -> None:
    """The child runs niced: behind a busy job of the same terminal session it got no CPU for
    30 s and more, and the reader waited for it with no pinyin on screen (seen in tmux with
    three busy loops started from the reader's shell)."""
    article = analyze(seed_text)
    posted: list[object] = []
    loader = Loader(article, posted.append, lambda: 0, _StarvedChild())  # type: ignore[arg-type]
    worker = threading.Thread(target=loader.run, daemon=True)
    worker.start()
    worker.join(120)  # a liveness bound, not a speed target: the old loader never returned
    assert not worker.is_alive()
    assert loader.left_child
    first = [m for m in posted if isinstance(m, SectionAnnotated) and m.index == 0]
    assert first and first[0].tokens == annotate(article.text, 0, article.sections[0].end)
    assert sum(isinstance(m, GlossaryReady) for m in posted) == 1  # loaded once, not again


class _HeldAnalysis:
    """The analysis child, held back until the test lets it answer."""

    def __init__(self, article: object) -> None:
        self.article, self.go = article, threading.Event()

    def ready(self, timeout: float) -> bool:
        return self.go.wait(timeout)

    def result(self) -> object:
        return self.article


async def test_keys_are_answered_while_the_analysis_comes_and_f3_waits_for_it(
    seed_text: str,
) -> None:
    """Speakers and figures come from a child (reader/prefetch.py): found on the UI thread,
    they froze the reader for most of a second after its first paint."""
    from reader.core.analysis import analyze_structure

    structure = analyze_structure(seed_text, source="bundled")
    full = analyze(seed_text, source="bundled")
    held = _HeldAnalysis(full)
    app = ReaderApp(structure, analysed=False, analysis=held)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_square_bracket", "f3")
        await pilot.pause()
        assert app.reader.current_section == 1  # answered with no analysis yet
        assert app.reader.panels is None and app.reader.article.speakers == ()
        held.go.set()
        await app.reader.analysed.wait()
        await pilot.pause()
        assert app.reader.article == full
        panels = app.reader.panels
        assert panels is not None and panels.active == "speakers"  # F3 was kept for it
        assert app.query_one("#speaker-list").option_count == len(full.speakers)


class _SlowChild:
    """A child that runs, at half a core beside the analysis child: slower than the reader's
    patience, but reading the section here would mean loading jieba and g2pM again."""

    section = 0
    finished = False

    def __init__(self, tokens: tuple[object, ...], after: float) -> None:
        self.tokens, self.at = tokens, time.monotonic() + after

    def result(self, timeout: float) -> tuple[object, ...] | None:
        time.sleep(timeout)
        return self.tokens if time.monotonic() > self.at else None

    def starved(self) -> bool:
        return False


def test_a_child_that_runs_is_waited_for_past_the_patience(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader_module, "MIN_PATIENCE", 0.05)
    article = analyze(seed_text)
    posted: list[object] = []
    child = _SlowChild(("from the child",), after=1.0)
    loader = Loader(article, posted.append, lambda: 0, child)  # type: ignore[arg-type]
    loader.cancelled = lambda: any(isinstance(m, GlossaryReady) for m in posted)
    loader.run()
    assert not loader.left_child
    assert [m.tokens for m in posted if isinstance(m, SectionAnnotated)] == [("from the child",)]


class _PanelsLater(threading.Event):
    """The screen's `panels_drawn`: set on the loader's third look (it waits in short steps),
    noted in `posted` where that happened."""

    def __init__(self, posted: list[object], turn: list[int] | None = None) -> None:
        super().__init__()
        self.posted, self.turn, self.looks = posted, turn, 0

    def wait(self, timeout: float | None = None) -> bool:
        self.looks += 1
        if self.looks == 3:
            if self.turn is None:
                self.posted.append("panels drawn")
                self.set()
            else:
                self.turn.append(2)  # the reader turns to section 2 instead
        return super().wait(0)


def test_the_reader_loads_its_own_jieba_only_once_the_panels_are_drawn(seed_text: str) -> None:
    """Loading jieba and pypinyin here holds the GIL for a second: begun as soon as the child's
    readings came, it pushed the speakers and glossary back by half a second (timed in tmux)."""
    article = analyze(seed_text)
    posted: list[object] = []
    loader = Loader(article, posted.append, lambda: 0, _SlowChild(("child",), after=0))  # type: ignore[arg-type]
    loader.first_drawn.set()
    loader.panels_drawn = _PanelsLater(posted)
    loader.run()
    read = [m.index if isinstance(m, SectionAnnotated) else m for m in posted]
    assert read.index("panels drawn") == read.index(0) + 2  # after the child's and the glossary
    assert sorted(i for i in read if isinstance(i, int)) == list(range(len(article.sections)))


def test_turning_to_another_section_ends_the_wait_for_the_panels(seed_text: str) -> None:
    article = analyze(seed_text)
    posted: list[object] = []
    turn = [0]
    loader = Loader(article, posted.append, lambda: turn[-1], _SlowChild(("child",), after=0))  # type: ignore[arg-type]
    loader.first_drawn.set()
    loader.panels_drawn = _PanelsLater(posted, turn)
    loader.cancelled = lambda: sum(isinstance(m, SectionAnnotated) for m in posted) == 2
    loader.run()
    assert [m.index for m in posted if isinstance(m, SectionAnnotated)] == [0, 2]
    assert not loader.panels_drawn.is_set()


def test_a_child_kept_from_running_is_starved(seed_text: str) -> None:
    import os
    import signal

    first = start(analyze(seed_text), 0)
    assert first is not None
    os.kill(first._child.pid, signal.SIGSTOP)  # as a busy job of its session would
    time.sleep(0.6)
    try:
        assert first.starved()
    finally:
        os.kill(first._child.pid, signal.SIGCONT)
        first.close()


class _FailedAnalysis:
    """An analysis that fails in the child and again in the reader."""

    def ready(self, timeout: float) -> bool:
        return True

    def result(self) -> object:
        raise RuntimeError("no speakers today")


async def test_a_failed_analysis_is_said_and_the_panels_still_come(seed_text: str) -> None:
    from reader.core.analysis import analyze_structure

    structure = analyze_structure(seed_text, source="bundled")
    app = ReaderApp(structure, analysed=False, analysis=_FailedAnalysis())  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        # bounded: before, the panels and the names' pinyin waited for good
        await asyncio.wait_for(app.reader.analysed.wait(), 60)
        await asyncio.wait_for(app.reader.loaded.wait(), 60)
        await pilot.pause()
        assert any("no speakers today" in str(n.message) for n in app._notifications)
        await pilot.press("f3")
        await pilot.pause()
        assert app.reader.panels is not None and app.reader.panels.active == "speakers"
        shown = app.reader.panels.speakers.query_one(".placeholder", Static).render()
        assert "Speakers could not be found: no speakers today" in str(shown)


def _where_found(article: object) -> tuple[int, int, int, bool]:
    """Where `_complete` ran: its process, the process's parent, its priority, and whether
    jieba's dictionary was in memory already."""
    import os

    from reader.core import segment

    return os.getpid(), os.getppid(), os.nice(0), segment._tokenizer is not None


def test_the_analysis_is_forked_from_the_readings_child_once_jieba_is_in(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both children loaded jieba's dictionary at once (0.4 s each) beside the reader's
    start-up; the analysis now starts from the readings' child with it loaded.

    The child stays until its grandchild has asked who its parent is: a child that sent its
    readings and exited first left the grandchild to init, and the test failed now and then
    on a loaded machine."""
    import multiprocessing
    import os

    from reader import prefetch
    from reader.core import pinyin, segment

    asked = multiprocessing.get_context("fork").Event()

    def where_found(article: object) -> tuple[int, int, int, bool]:
        found = _where_found(article)
        asked.set()
        return found

    def readings_once_asked(text: str, start: int, end: int) -> tuple[()]:
        asked.wait(10)
        return ()

    monkeypatch.setattr(segment, "_tokenizer", None)  # not loaded in the reader
    monkeypatch.setattr(prefetch, "_complete", where_found)
    monkeypatch.setattr(pinyin, "annotate", readings_once_asked)
    first = start(analyze(seed_text), 0)
    assert first is not None
    pid, parent, niceness, loaded = first.analysis.result()  # type: ignore[misc]
    child = first._child.pid
    first.close()
    assert pid not in (os.getpid(), child) and parent == child
    assert loaded and niceness == min(os.nice(0) + 10, 19)  # niced once, with the child


def test_closing_stops_the_analysis_still_at_work(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:

    from reader import prefetch

    monkeypatch.setattr(prefetch, "_complete", _sleeps)
    first = start(analyze(seed_text), 0)
    assert first is not None
    group = first._child.pid
    assert group is not None
    # the grandchild sleeps (the stand-in for a long analysis is set before the fork): it is
    # still at work when the reader closes
    assert not first.analysis.ready(0.5) and _group_alive(group)
    first.close()
    first.analysis.close()
    deadline = time.monotonic() + 10
    while _group_alive(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group_alive(group)


def test_a_closed_terminal_stops_the_analysis_still_at_work(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGHUP ends the reader at once (`os._exit`), past the command's clean-up: the children,
    a process group of their own that the hang-up did not reach, worked on and wrote caches
    into a home a script had just removed."""
    import os

    from reader import prefetch
    from reader.tui.app import ReaderApp

    monkeypatch.setattr(prefetch, "_complete", _sleeps)
    article = analyze(seed_text)
    first = start(article, 0)
    assert first is not None
    group = first._child.pid
    assert group is not None
    assert not first.analysis.ready(0.5) and _group_alive(group)  # the grandchild sleeps
    app = ReaderApp(article, analysed=False, first_readings=first, analysis=first.analysis)

    def ended(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(os, "_exit", ended)
    with pytest.raises(SystemExit):
        app._hung_up()
    deadline = time.monotonic() + 10
    while _group_alive(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _group_alive(group)
    first.close()
    first.analysis.close()
    assert not alive


def _sleeps(article: object) -> None:
    time.sleep(600)


def _group_alive(group: int) -> bool:
    """Whether a process of process group `group` is still running (not a zombie)."""
    from pathlib import Path

    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


def test_without_a_child_the_analysis_is_found_where_it_is_asked_for(seed_text: str) -> None:
    import os

    from reader.core.analysis import analyze_structure
    from reader.prefetch import start_analysis

    before = os.nice(0)
    found = start_analysis(analyze_structure(seed_text)).result()
    assert os.nice(0) == before and found.speakers
