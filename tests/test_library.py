"""The library of a folder: summaries cached by article, people folded across articles, and
the screens that list them (pilot: filter, open, come back, the people index's jump)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.library import Cache, Entry, index, people

WAITS = 1200
"""Pauses of 0.05 s to wait for the index (it ends the wait as soon as it is done): a minute,
because a cold index under a parallel test run took more than the 5 s first allowed here."""
SEED = Path(__file__).resolve().parents[1] / "assets" / "guangshen-digital-economy.txt"
# as conftest.py says it (imported from there, the name would be tests/tui's conftest when both
# are collected)
DEV = Path(os.environ.get("BAYREADER_SHARED", SEED.parents[2] / "shared")) / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason=f"no shared dev set at {DEV}")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles: the seed, a variant of it (same people, another id) and a short one."""
    library = tmp_path / "articles"
    (library / "sub").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    (library / "seed.txt").write_text(text, encoding="utf-8")
    (library / "sub" / "variant.md").write_text(
        "# 广深数字经济再出发\n\n" + text.split("\n", 1)[1], encoding="utf-8"
    )
    (library / "short.txt").write_text(
        "港口吞吐量创新高\n\n记者王小明报道。\n\n港务局局长张大伟表示：“今年吞吐量增长了12%。”\n",
        encoding="utf-8",
    )
    (library / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    return library


def _paths(folder: Path) -> list[Path]:
    from reader.library import folder_articles

    return folder_articles(str(folder))


def test_index_summarises_each_article_and_reports_the_unreadable(folder: Path) -> None:
    found = list(index(_paths(folder)))
    entries = [f for f in found if isinstance(f, Entry)]
    failures = [f for f in found if not isinstance(f, Entry)]
    assert {Path(e.path).name for e in entries} == {"seed.txt", "variant.md", "short.txt"}
    assert len(failures) == 1 and "broken.txt" in failures[0][1]
    seed = next(e for e in entries if e.path.endswith("seed.txt"))
    assert seed.title.startswith("广深“双子星”") and seed.sections == 7 and seed.figures > 30
    assert {"经济", "数字"} <= seed.words
    assert len({e.id for e in entries}) == 3


def test_a_second_index_reads_the_cache_and_a_changed_file_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _paths(folder)
    first = {e.path: e for e in index(paths) if isinstance(e, Entry)}
    import reader.library

    summarised: list[Path] = []
    real = reader.library.summarise
    monkeypatch.setattr(reader.library, "summarise", lambda p: summarised.append(p) or real(p))
    again = {e.path: e for e in index(paths) if isinstance(e, Entry)}
    assert again == first and summarised == [folder / "broken.txt"]  # only the unreadable
    short = folder / "short.txt"
    short.write_text(short.read_text(encoding="utf-8") + "\n另一段。\n", encoding="utf-8")
    os.utime(short, (time.time() + 5, time.time() + 5))
    summarised.clear()
    list(index(paths))
    assert short in summarised


def test_people_are_folded_across_articles_by_full_name(folder: Path) -> None:
    entries = [e for e in index(_paths(folder)) if isinstance(e, Entry)]
    quoted = {p.name: p for p in people(entries)}
    assert quoted["魏敏"].articles == 2  # the seed and its variant
    assert quoted["张大伟"].articles == 1 and "局长" in (quoted["张大伟"].title or "")
    assert all(not p.name.startswith("与会") for p in quoted.values())  # groups left out
    for person in quoted.values():
        for entry, start, end, text in person.quotes:
            body = Path(entry.path).read_text(encoding="utf-8")
            assert text in body and end - start == len(text)


def test_a_cache_folder_that_cannot_be_made_still_indexes(folder: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    found = [f for f in index(_paths(folder), cache=Cache(blocked)) if isinstance(f, Entry)]
    assert len(found) == 3


async def test_library_screen_filters_opens_and_comes_back(folder: Path) -> None:
    from textual.widgets import DataTable, Input

    from reader.tui.app import ReaderApp
    from reader.tui.screens.library_screen import LibraryScreen
    from reader.tui.screens.reader_screen import ReaderScreen

    app = ReaderApp(None, library=_paths(folder))
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        for _ in range(WAITS):
            await pilot.pause(0.05)
            if library.done:
                break
        table = library.query_one(DataTable)
        assert table.row_count == 3 and "1 could not be read" in str(
            library.query_one("#library-status").render()
        )
        await pilot.press(*"港口")  # typing filters
        assert table.row_count == 1
        await pilot.press("enter")
        for _ in range(WAITS):
            await pilot.pause(0.05)
            if isinstance(app.screen, ReaderScreen):
                break
        assert isinstance(app.screen, ReaderScreen)
        assert app.reader.article.title == "港口吞吐量创新高"
        await pilot.press("backspace")
        await pilot.pause()
        assert app.screen is library and library.query_one(Input).value == "港口"
        assert table.row_count == 1  # where the reader left it


async def test_people_index_jumps_to_a_quote(folder: Path) -> None:
    from reader.tui.app import ReaderApp
    from reader.tui.screens.list_screen import ListScreen
    from reader.tui.screens.people_screen import PeopleScreen
    from reader.tui.screens.reader_screen import ReaderScreen
    from reader.tui.widgets.article_view import ArticleView

    app = ReaderApp(None, library=_paths(folder))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(WAITS):
            await pilot.pause(0.05)
            if app.screen.done:  # type: ignore[attr-defined]
                break
        await pilot.press("f2")
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press(*"张大伟", "enter")
        assert isinstance(app.screen, ListScreen)
        await pilot.press("enter")
        for _ in range(WAITS):
            await pilot.pause(0.05)
            if isinstance(app.screen, ReaderScreen) and app.screen.query(ArticleView):
                view = app.screen.query_one(ArticleView)
                if view.selection is not None:
                    break
        reader = app.reader
        start, end = view.selection  # type: ignore[misc]
        assert reader.article.text[start:end] == "今年吞吐量增长了12%。"
        await pilot.press("escape")  # no cursor, no search: back to the people index
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)


async def test_every_file_is_listed_at_once_and_filled_in_as_it_is_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import threading

    from textual.widgets import DataTable

    import reader.library
    from reader.tui.app import ReaderApp

    monkeypatch.setenv("BAYREADER_CACHE", str(tmp_path / "cold"))  # nothing cached
    release = threading.Event()
    real = reader.library.summarise

    def slow(path: Path) -> Entry:
        release.wait(10)
        return real(path)

    monkeypatch.setattr(reader.library, "summarise", slow)
    app = ReaderApp(None, library=_paths(folder))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        table = app.screen.query_one(DataTable)
        names = {str(table.get_row(key)[1]) for key in table.rows}
        assert names == {"broken.txt", "seed.txt", "short.txt", "variant.md"}
        assert all(table.get_row(key)[2] == "…" for key in table.rows)
        release.set()
        for _ in range(WAITS):
            await pilot.pause(0.05)
            if app.screen.done:  # type: ignore[attr-defined]
                break
        assert table.row_count == 3 and "…" not in {table.get_row(k)[2] for k in table.rows}


@needs_dev
def test_the_dev_articles_make_a_library() -> None:
    found = list(index(_paths(DEV / "articles")))
    entries = [f for f in found if isinstance(f, Entry)]
    assert len(entries) == len(list((DEV / "articles").glob("*.txt"))) == len(found)
    assert all(e.title and e.characters > 300 and e.sections >= 1 for e in entries)
    quoted = people(entries)
    assert len(quoted) > 40 and all(p.quotes for p in quoted)
