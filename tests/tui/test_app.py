"""Pilot tests: press the keys a user presses, assert on the app's state."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import TabbedContent

from reader.core.analysis import analyze
from reader.tui.app import ReaderApp
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.sections_pane import SectionsPane
from reader.tui.widgets.side_panels import SidePanels


async def test_opens_on_the_headline_with_the_article_focused(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)):
        assert app.current_section == 0
        assert isinstance(app.focused, ArticleView)
        assert app.query_one(SectionsPane).highlighted == 0
        position = str(app.query_one("#position").render())
        assert "section 1/7" in position


async def test_brackets_move_between_sections(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_square_bracket")
        assert app.current_section == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.current_section == 3
        await pilot.press("left_square_bracket")
        assert app.current_section == 2
        assert app.query_one(SectionsPane).current == 2
        assert "section 3/7" in str(app.query_one("#position").render())


async def test_brackets_stop_at_the_ends(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("left_square_bracket")
        assert app.current_section == 0
        for _ in range(10):
            await pilot.press("right_square_bracket")
        assert app.current_section == 6


async def test_number_keys_jump_to_a_section(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        assert app.current_section == 2
        await pilot.press("7")
        assert app.current_section == 6
        await pilot.press("9")  # only 7 sections: nothing happens
        assert app.current_section == 6
        await pilot.press("1")
        assert app.current_section == 0


async def test_scroll_keys(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")  # the longest section
        view = app.query_one(ArticleView)
        assert view.max_scroll_y > 10
        await pilot.press("j")
        assert view.scroll_y == 1
        await pilot.press("down", "down")
        assert view.scroll_y == 3
        await pilot.press("k", "up")
        assert view.scroll_y == 1
        await pilot.press("space")
        page = view.scroll_y - 1
        assert page >= view.size.height - 2
        await pilot.press("pageup")
        assert view.scroll_y == 1
        await pilot.press("pagedown")
        assert view.scroll_y == 1 + page
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert "100%" in str(app.query_one("#position").render())
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_new_section_starts_at_its_top(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "G", "left_square_bracket")
        assert app.query_one(ArticleView).scroll_y == 0


async def test_t_focuses_sections_and_enter_opens_one(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        assert isinstance(app.focused, SectionsPane)
        await pilot.press("down", "down", "j", "enter")
        assert app.current_section == 3
        assert isinstance(app.focused, ArticleView)
        await pilot.press("t", "escape")
        assert isinstance(app.focused, ArticleView)


async def test_clicking_a_section_opens_it(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click(SectionsPane, offset=(4, 4))
        await pilot.pause()
        assert app.current_section == 4


async def test_help_screen_with_question_mark_and_f1(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for expected in (
            "Next section",
            "Previous section",
            "Go to section N",
            "Page down",
            "Focus the sections pane",
            "Quit",
            "Command palette",
            "CC-CEDICT",
        ):
            assert expected in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")  # closes help, does not quit
        assert not isinstance(app.screen, HelpScreen) and app.is_running


async def test_q_quits(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_command_palette_goes_to_a_section(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"营商环境")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_section == 4


async def test_command_palette_runs_actions(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Next section")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_section == 1


async def test_theme_toggle(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        dark = app.current_theme.dark
        await pilot.press("d")
        assert app.current_theme.dark is not dark
        await pilot.press("d")
        assert app.current_theme.dark is dark


async def test_side_panels_have_three_tabs_and_collapse_when_narrow(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        panels = app.query_one(SidePanels)
        assert panels.display
        assert [pane.id for pane in panels.query("TabPane")] == ["glossary", "speakers", "figures"]
        assert app.query_one(TabbedContent).active == "glossary"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not panels.display
        await pilot.press("backslash")
        assert panels.display
        await pilot.press("backslash")
        assert not panels.display


async def test_survives_tiny_terminals_and_resizes(app: ReaderApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("right_square_bracket", "j", "G")
        assert app.current_section == 1
        assert not app.query_one(SectionsPane).display
        for size in [(80, 24), (41, 12), (200, 60), (40, 12), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("right_square_bracket")
        assert app.current_section == 2
        view = app.query_one(ArticleView)
        assert all(
            view.render_line(y).cell_length == view.scrollable_content_region.width
            for y in range(5)
        )


async def test_rows_fill_the_view_without_losing_text(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        view = app.query_one(ArticleView)
        section = app.article.sections[2]
        shown = "".join(app.article.text[r.start : r.end] for r in view.rows)
        assert shown == app.article.text[section.start : section.end].replace("\n", "")


MARKUP = (
    "[@click=app.quit]点我[/]标题\n\n"
    "第一段[bold]不是粗体[/bold]，还有[$accent]和[/]以及[link=http://x]链接[/link]，"
    "这些都必须原样显示，什么也不执行。\n\n"
    "[@click=app.quit]再点我[/]\n"
)


async def test_markup_in_an_article_is_shown_literally() -> None:
    app = ReaderApp(analyze(MARKUP, source="evil.txt"))
    async with app.run_test(size=(120, 40)) as pilot:
        assert "[@click=app.quit]点我[/]标题" in str(app.query_one("#title-bar").render())
        assert (
            "[@click=app.quit]点我[/]标题"
            in app.query_one(SectionsPane).get_option_at_index(0).prompt.plain
        )
        await pilot.press("right_square_bracket")
        view = app.query_one(ArticleView)
        lines = "".join(view.render_line(y).text for y in range(10))
        assert "[bold]不是粗体[/bold]" in lines and "[$accent]" in lines
        await pilot.click(ArticleView, offset=(3, 0))
        await pilot.click(ArticleView, offset=(3, 4))
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+p", *"点我")
        await pilot.pause(0.5)
        assert app.is_running
