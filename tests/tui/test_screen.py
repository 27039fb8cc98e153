"""The reader screen's contracts: a keymap from config.toml, a palette made from the bindings,
the learner's state followed by watchers, and loader errors reported instead of lost."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.binding import Binding

from reader.core.model import Article
from reader.state import Config
from reader.tui.app import ReaderApp
from reader.tui.keys import READER_KEYS
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.glossary_panel import GlossaryPanel


async def test_keys_table_rebinds_a_binding_and_help_shows_the_new_key(
    seed_article: Article,
) -> None:
    app = ReaderApp(seed_article, config=Config(keys={"next-section": "l"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("l")
        assert app.reader.current_section == 1
        await pilot.press("right_square_bracket")  # the old key no longer moves
        assert app.reader.current_section == 1
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = str(app.screen.query_one("#help-text").render()).splitlines()
        assert any(row.split()[:1] == ["l"] and "Next section" in row for row in rows)


def test_config_reads_a_keys_table(tmp_path) -> None:
    from reader.state import load_config

    path = tmp_path / "config.toml"
    path.write_text('[keys]\nnext-section = "l,right"\nquit = 3\nhelp = " "\n')
    assert load_config(path)[0].keys == {"next-section": "l,right"}


async def test_palette_offers_every_reader_key_with_a_tooltip(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)):
        titles = {command.title for command in app.get_system_commands(app.reader)}
    wanted = {
        b.tooltip
        for b in READER_KEYS
        if isinstance(b, Binding) and b.tooltip and b.id != "back"  # only over a library
    }
    assert wanted and wanted <= titles
    assert "Word cursor to the next word" in titles  # the article view's keys too


async def test_palette_command_runs_its_action(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.reader)}
        app.call_later(commands["Next section"].callback)  # as the palette runs it
        await pilot.pause()
        assert app.reader.current_section == 1


async def test_widgets_follow_the_learner_state_without_being_told(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.reader.mount_panels()
        await app.loaded()
        reader, view = app.reader, app.query_one(ArticleView)
        glossary = app.query_one(GlossaryPanel)
        assert "jīngjì" in _prompts(glossary)
        reader.learner = replace(reader.learner, tone_style="numbers", show_pinyin=True)
        await pilot.pause()
        assert view.tone_style == "numbers" and view.show_pinyin
        assert "jing1ji4" in _prompts(glossary) and "jīngjì" not in _prompts(glossary)
        knowledge = replace(reader.learner.knowledge, words=frozenset({"经济"}))
        reader.learner = replace(reader.learner, knowledge=knowledge, hide_known=True)
        await pilot.pause()
        assert "经济" not in [row.word for row in glossary.words]


async def test_a_loader_error_is_reported_on_screen(
    seed_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.pinyin

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("no readings today")

    monkeypatch.setattr(reader.core.pinyin, "annotate", broken)
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        for _ in range(600):  # up to 30 s: the wait ends as soon as the worker has answered
            await pilot.pause(0.05)
            if any("no readings today" in str(n.message) for n in app._notifications):
                break
        assert any("no readings today" in str(n.message) for n in app._notifications)
        assert app.is_running
        await pilot.press("right_square_bracket")  # the reader still reads
        assert app.reader.current_section == 1


def _prompts(glossary: GlossaryPanel) -> str:
    return "".join(str(glossary.get_option_at_index(i).prompt) for i in range(len(glossary.words)))


async def test_wrapped_glosses_keep_their_indent(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.reader.mount_panels()
        await app.loaded()
        await pilot.pause()
        glossary = app.query_one(GlossaryPanel)
        prompts = [
            str(glossary.get_option_at_index(i).prompt).split("\n")
            for i in range(len(glossary.words))
        ]
        assert any(len(lines) >= 3 for lines in prompts)  # a meaning that wraps (朋友圈's)
        assert all(line.startswith("  ") for lines in prompts for line in lines[1:])
        width = glossary.scrollable_content_region.width
        assert all(cell_len(line) <= width - 2 for lines in prompts for line in lines)


def cell_len(text: str) -> int:
    from rich.cells import cell_len as cells

    return cells(text)


async def test_a_jump_lands_near_the_top_of_the_view(app: ReaderApp) -> None:
    """Jumps (a quote, a match, a look-up) landed on the bottom row of the view."""
    async with app.run_test(size=(120, 30)) as pilot:
        await app.loaded()
        await pilot.press("p")
        view = app.query_one(ArticleView)
        longest = max(
            range(len(app.reader.article.sections)),
            key=lambda i: app.reader.article.sections[i].end - app.reader.article.sections[i].start,
        )
        app.reader.show_section(longest)
        await pilot.pause()
        height = view.size.height
        section = app.reader.article.sections[longest]
        target = next(  # a word well below the first screen, with a screen's worth after it
            t
            for t in view.section_tokens or ()
            if height + 4 < view._line_of(t.start) < view.virtual_size.height - height
            and any(t.pinyin)
        )
        assert section.start <= target.start < section.end
        app.reader.jump_to(target.start, target.end)
        await pilot.pause()
        assert view._line_of(target.start) - round(view.scroll_y) == 3
        view.move_cursor_to(view.section_tokens[0].start)  # type: ignore[index]
        await pilot.pause()
        view.move_cursor_to(target.start)  # as a look-up or the brief sends the reader there
        await pilot.pause()
        assert view._line_of(target.start) - round(view.scroll_y) == 3
        await pilot.press("w")  # stepping on scrolls no further than it must
        assert view._line_of(view.cursor_token.start) - round(view.scroll_y) <= 5  # type: ignore[union-attr]


async def test_pinyin_rows_are_never_cut_at_the_top(app: ReaderApp) -> None:
    """A scroll could leave a line of characters at the top without its pinyin row."""
    async with app.run_test(size=(100, 27)) as pilot:
        await app.loaded()
        await pilot.press("4", "p")
        view = app.query_one(ArticleView)

        def top_kind() -> str:
            top = round(view.scroll_y)
            return view._lines[top].kind if top < len(view._lines) else "end"

        tops = set()
        for keys in (["j"] * 9, ["space"] * 3, ["G"], ["k"] * 7, ["pageup"], ["g"]):
            for key in keys:
                await pilot.press(key)
                tops.add(round(view.scroll_y))
                assert top_kind() != "chars", (key, round(view.scroll_y))
        for y in range(0, round(view.max_scroll_y) + 1):  # the mouse wheel stops anywhere
            view.scroll_to(y=y, animate=False, immediate=True)
            assert top_kind() != "chars", y
        assert len(tops) > 6  # it did scroll, both ways
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert round(view.scroll_y) + view.size.height >= len(view._lines)  # the end shows
