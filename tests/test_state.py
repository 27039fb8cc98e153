"""Settings: read if good, set aside with a warning if not, never a crash; atomic writes."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.core.analysis import analyze
from reader.state import Config, load_config, write_atomically
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "config.toml") == (Config(), None)


def test_settings_are_read_and_bad_values_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'pinyin = true\ntone_style = "numbers"\ntone_colours = "yes"\nunknown = 1\n'
        'pinyin_mode = "unknown"\n'
    )
    config, warning = load_config(path)
    assert warning is None
    assert config == Config(
        pinyin=True, tone_style="numbers", tone_colours=False, pinyin_mode="unknown"
    )
    path.write_text('pinyin_mode = "sometimes"\n')
    assert load_config(path)[0].pinyin_mode == "all"


def test_a_corrupt_file_is_set_aside_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"pinyin = = [\xff\xfe")
    config, warning = load_config(path)
    assert config == Config() and warning is not None and "set aside" in warning
    assert not path.exists()
    assert len(list(tmp_path.glob("config.toml.corrupt-*"))) == 1


def test_writes_are_atomic_under_concurrency(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    texts = [f"{n}" * 100_000 for n in range(8)]
    threads = [threading.Thread(target=write_atomically, args=(path, t)) for t in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert path.read_text() in texts  # one whole write, never a mix
    assert list(tmp_path.glob(".bayreader-*")) == []


async def test_the_reader_opens_with_a_warning_and_its_settings(seed_text: str) -> None:
    app = ReaderApp(
        analyze(seed_text),
        config=Config(pinyin=True, tone_style="numbers"),
        warning="config.toml [bold] could not be read; set aside",
    )
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        assert any("[bold]" in str(n.message) for n in app._notifications)
        await app.loaded()
        await pilot.press("2")
        view = app.query_one(ArticleView)
        assert view.pinyin_shown and "jiao1tong1" in view.render_line(0).text


async def test_the_reader_opens_when_its_user_data_is_corrupt(seed_text: str) -> None:
    from reader.core.userdirs import data_dir

    (data_dir() / "known.json").write_bytes(b'{"words": [1, 2')
    (data_dir() / "positions.json").write_text('{"articles": []}')
    app = ReaderApp(analyze(seed_text))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert sum("set aside" in m for m in messages) == 2
        assert app.reader.learner.knowledge.words == frozenset() and app.reader.current_section == 0
        await pilot.press("3")  # and its state works again
        await pilot.pause(0.3)
    assert len(list(data_dir().glob("*.corrupt-*"))) == 2
    assert '"articles"' in (data_dir() / "positions.json").read_text()


async def test_an_unwritable_data_folder_is_reported_not_fatal(seed_text: str, monkeypatch) -> None:
    from reader.state import JsonStore

    def refuse(self, change):  # type: ignore[no-untyped-def]
        raise PermissionError("read-only file system")

    monkeypatch.setattr(JsonStore, "update", refuse)
    app = ReaderApp(analyze(seed_text))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await app.loaded()
        await pilot.press("3", "w", "x", "s", "m")
        messages = [str(n.message) for n in app._notifications]
        assert sum("read-only" in m for m in messages) == 3
        await pilot.press("q")
