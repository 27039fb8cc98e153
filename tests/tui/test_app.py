"""Pilot tests: press the keys a user presses, assert on the app's state."""

from __future__ import annotations

import gc
import weakref

import pytest
from textual.command import CommandPalette
from textual.widgets import TabbedContent
from textual.widgets._footer import FooterKey

from reader.core.analysis import analyze
from reader.tui.app import ReaderApp
from reader.tui.screens import reader_screen
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.screens.lookup_screen import LookupScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.glossary_panel import GlossaryPanel
from reader.tui.widgets.sections_pane import SectionsPane
from reader.tui.widgets.side_panels import SidePanels


def _rows_fill_the_view(view: ArticleView, rows: int) -> bool:
    """The first `rows` drawn lines are exactly as wide as the view: none cut, none short."""
    width = view.scrollable_content_region.width
    return all(view.render_line(y).cell_length == width for y in range(rows))


async def test_opens_on_the_headline_with_the_article_focused(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)):
        assert app.reader.current_section == 0
        assert isinstance(app.focused, ArticleView)
        assert app.query_one(SectionsPane).highlighted == 0
        position = str(app.query_one("#position").render())
        assert "section 1/7" in position


async def test_brackets_move_between_sections(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_square_bracket")
        assert app.reader.current_section == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.reader.current_section == 3
        await pilot.press("left_square_bracket")
        assert app.reader.current_section == 2
        await pilot.pause(0.3)  # the pane's marker follows once the keys stop
        assert app.query_one(SectionsPane).current == 2
        assert "section 3/7" in str(app.query_one("#position").render())


async def test_brackets_stop_at_the_ends(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("left_square_bracket")
        assert app.reader.current_section == 0
        for _ in range(10):
            await pilot.press("right_square_bracket")
        assert app.reader.current_section == 6


async def test_number_keys_jump_to_a_section(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        assert app.reader.current_section == 2
        await pilot.press("7")
        assert app.reader.current_section == 6
        await pilot.press("9")  # only 7 sections: nothing happens
        assert app.reader.current_section == 6
        await pilot.press("1")
        assert app.reader.current_section == 0


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
        assert app.reader.current_section == 3
        assert isinstance(app.focused, ArticleView)
        await pilot.press("t", "escape")
        assert isinstance(app.focused, ArticleView)


async def test_clicking_a_section_opens_it(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click(SectionsPane, offset=(4, 4))
        await pilot.pause()
        assert app.reader.current_section == 4


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
        assert app.reader.current_section == 4


async def test_command_palette_runs_actions(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Next section")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.current_section == 1


async def test_theme_toggle(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)

        def background() -> object:
            return view.render_line(3)._segments[0].style.bgcolor  # type: ignore[union-attr]

        dark, before = app.current_theme.dark, background()
        await pilot.press("d")
        await pilot.pause()
        assert app.current_theme.dark is not dark
        assert background() != before  # the text is redrawn in the new theme's colours
        await pilot.press("d")
        await pilot.pause()
        assert app.current_theme.dark is dark and background() == before


async def test_side_panels_have_three_tabs_and_collapse_when_narrow(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the tabs are mounted just after the first paint
        panels = app.query_one("#panels")
        assert panels.display
        tabs = app.query_one(SidePanels)
        assert [pane.id for pane in tabs.query("TabPane")] == ["glossary", "speakers", "figures"]
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
        assert app.reader.current_section == 1
        assert not app.query_one(SectionsPane).display
        for size in [(80, 24), (41, 12), (200, 60), (40, 12), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("right_square_bracket")
        assert app.reader.current_section == 2
        assert _rows_fill_the_view(app.query_one(ArticleView), 5)


async def test_rows_fill_the_view_without_losing_text(app: ReaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        view = app.query_one(ArticleView)
        section = app.reader.article.sections[2]
        expected = app.reader.article.text[section.start : section.end].replace("\n", "")
        assert view.laid_out_text() == expected
        await app.loaded()
        await pilot.press("p")
        assert view.pinyin_shown
        assert view.laid_out_text() == expected


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


# pinyin, tones, word cursor ---------------------------------------------------------------------


async def test_p_shows_pinyin_once_readings_are_ready(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("2", "p")  # pressed at once: pinyin arrives when ready
        assert view.show_pinyin
        await app.loaded()
        await pilot.pause()
        assert view.pinyin_shown
        lines = [view.render_line(y).text for y in range(4)]
        assert "jiāotōng" in lines[0] and "交" in lines[1]
        assert "loading" not in str(app.query_one("#position").render())
        await pilot.press("p")
        assert not view.pinyin_shown
        assert view.render_line(0).text.startswith("交通互联")


async def test_tone_style_and_colours(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        view = app.query_one(ArticleView)
        await pilot.press("2", "p", "number_sign")
        assert view.tone_style == "numbers"
        assert "jiao1tong1" in view.render_line(0).text
        await pilot.press("number_sign")
        assert view.tone_style == "marks"
        plain = view.render_line(1)
        await pilot.press("c")
        assert view.tone_colours
        coloured = view.render_line(1)
        assert plain.text == coloured.text
        assert {s.style.color for s in coloured if s.text.strip()} != {
            s.style.color for s in plain if s.text.strip()
        }


async def test_word_cursor_moves_and_the_glossary_follows(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        view = app.query_one(ArticleView)
        glossary = app.query_one(GlossaryPanel)
        await pilot.press("2", "w")
        assert view.cursor_token is not None and view.cursor_token.text == "交通"
        await pilot.press("w", "w")
        assert view.cursor_token.text == "科创"
        assert glossary.words[glossary.highlighted].word == "科创"
        await pilot.press("b")
        assert view.cursor_token.text == "互联"
        await pilot.press("right_square_bracket")  # a new section: the cursor on its first word
        assert view.cursor_token is not None and view.cursor_token.text == "湾区"
        await pilot.press("escape")
        assert view.cursor_token is None


async def test_enter_opens_the_lookup_and_a_number_jumps(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await pilot.press("2", "w")
        await pilot.press("enter")
        assert isinstance(app.screen, LookupScreen)
        text = str(app.screen.query_one("#lookup-text").render())
        assert "交通" in text and "jiāotōng" in text and "traffic" in text and "HSK" in text
        assert "Elsewhere in the article" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, LookupScreen)
        await pilot.press("w", "w", "w", "w")  # 产业, which recurs in later sections
        assert app.query_one(ArticleView).cursor_token.text == "产业"
        await pilot.press("enter", "1")
        assert not isinstance(app.screen, LookupScreen)
        view = app.query_one(ArticleView)
        assert (
            view.cursor_token.text == "产业"
            and view.cursor_token.start > app.reader.article.sections[1].start
        )


async def test_clicking_a_word_puts_the_cursor_on_it(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await pilot.press("2", "p")
        await pilot.click(ArticleView, offset=(12, 1))  # the character line of the first ruby row
        assert app.query_one(ArticleView).cursor_token.text == "互联"


async def test_first_screen_paints_before_the_readings(seed_article, monkeypatch) -> None:
    import threading

    import reader.core.pinyin as pinyin

    gate = threading.Event()
    real = pinyin.annotate

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(pinyin, "annotate", slow)
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "p")
        view = app.query_one(ArticleView)
        assert view.render_line(0).text.startswith("交通互联")  # text shows while loading
        assert "loading pinyin" in str(app.query_one("#position").render())
        gate.set()
        await app.loaded()
        await pilot.pause()
        assert view.pinyin_shown


# speakers and figures -----------------------------------------------------------------------------


async def test_speakers_panel_lists_people_then_groups_and_jumps(app: ReaderApp) -> None:
    from textual.widgets import OptionList

    from reader.tui.widgets.speakers_panel import SpeakersPanel

    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        panel = app.query_one(SpeakersPanel)
        assert [s.name for s in panel.speakers] == [
            "孙婧",
            "梅传博",
            "余少波",
            "杜健",
            "李峰",
            "魏敏",
            "参会企业代表",
            "与会嘉宾",
        ]
        assert panel.readings["孙婧"] == "Sūn Jìng"
        app.query_one(SidePanels).active = "speakers"
        speakers = app.query_one("#speaker-list", OptionList)
        speakers.focus()
        await pilot.press("down", "down", "down", "down")  # 李峰
        assert panel.current.name == "李峰"
        quotes = app.query_one("#quote-list", OptionList)
        assert quotes.option_count == 4
        view = app.query_one(ArticleView)
        await pilot.press("enter")  # his first quote, in the last body section's neighbour
        first = view.selection
        assert (
            first is not None
            and app.reader.article.text[first[0] : first[1]] == panel.current.quotes[0].text
        )
        await pilot.press("enter", "enter", "enter")  # stepping across sections
        assert view.selection[0] == panel.current.quotes[3].start
        assert app.reader.current_section == app.reader.article.section_at(
            panel.current.quotes[3].start
        )
        quotes.focus()
        quotes.highlighted = 0
        await pilot.press("down", "enter")
        assert view.selection[0] == panel.current.quotes[1].start


async def test_speaker_names_and_figures_highlight(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        view = app.query_one(ArticleView)
        assert not view.show_names
        y = next(y for y in range(30) if "孙婧" in view.render_line(y).text)
        before = [s.style for s in view.render_line(y)]
        await pilot.press("H")
        assert view.show_names
        assert [s.style for s in view.render_line(y)] != before
        await pilot.press("F")
        assert view.show_figures


async def test_figures_panel_filters_jumps_and_charts(app: ReaderApp) -> None:
    from textual.widgets import DataTable, Select

    from reader.tui.widgets.figures_panel import FiguresPanel, chart_figures

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.query_one(FiguresPanel)
        assert not panel.built  # built when first shown, not at start-up
        await pilot.press("f4")
        await pilot.pause()
        table = app.query_one("#figure-table", DataTable)
        assert app.focused is table
        assert table.row_count == len(app.reader.article.figures)
        app.query_one("#figure-kind", Select).value = "percent"
        await pilot.pause()
        assert table.row_count == sum(1 for f in app.reader.article.figures if f.kind == "percent")
        table.focus()
        await pilot.press("down", "enter")
        view = app.query_one(ArticleView)
        figure = panel.shown[1]
        assert view.selection == (figure.start, figure.end)
        assert app.reader.current_section == app.reader.article.section_at(figure.start)
        await pilot.press("v")
        assert panel.showing_chart
        chart = str(panel.query_one("#figure-chart-body").render())
        assert "320.3%" in chart and "24.1%" in chart
        assert all(f.unit == "%" for f in chart_figures(panel.shown))
        await pilot.press("v")
        assert not panel.showing_chart


async def test_readings_arriving_under_a_modal_do_not_crash(app: ReaderApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")  # help on top while the loader posts its results
        await app.loaded()
        await pilot.press("right_square_bracket")  # keys go to the help screen, which ignores ]
        await pilot.pause(0.3)
        assert app.is_running and isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "right_square_bracket")
        await pilot.pause(0.3)
        assert app.reader.current_section == 1 and app.query_one(SectionsPane).current == 1


async def test_quitting_while_loading_ends_the_loader(seed_article) -> None:
    import time

    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.monotonic()  # q pressed while the loader is still at work
        await pilot.press("q")
    # the app closed without annotating the rest of the article first (that takes seconds)
    assert time.monotonic() - started < 5
    assert all(worker.is_cancelled or worker.is_finished for worker in app.workers)


async def test_dragging_over_the_text_then_copying_does_not_crash(seed_article) -> None:
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.mouse_down(ArticleView, offset=(3, 3))
        await pilot.hover(ArticleView, offset=(30, 8))
        await pilot.mouse_up(ArticleView, offset=(30, 8))
        await pilot.press("ctrl+c")  # Textual asked the view for its text: a TypeError before
        await pilot.pause(0.1)
        assert app.is_running


async def test_the_glossary_says_it_is_loading_until_the_dictionary_is_in(seed_article) -> None:
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)):
        await app.reader.mount_panels()
        app.reader.refresh_glossary()  # right after mounting: the panel's own, no query by id
        panel = app.query_one(GlossaryPanel)
        if app.reader.glossary is None:
            assert "loading dictionary" in str(panel.get_option_at_index(0).prompt)
        await app.loaded()
        assert panel.words


# hostile input and terminal sizes -------------------------------------------------------------------

HOSTILE = {
    "escapes": "标题\x1b[2J\n\n正文\x1b]52;c;aGVsbG8=\x07第一段\u202e反向\u202c，内容。\n",
    "english": "Markets rally\n\nStocks rose 3% on Monday, the biggest gain since May, analysts said.\n",
    "headings only": "# One\n\n## Two\n\n## Three\n",
    "one long line": "数字经济规模达到31.8万亿美元，" * 1500,  # 24,000 characters
    "markup": "[@click=app.quit]点我[/]\n\n[bold]正文[/] [$accent] [link=http://x]链接[/link] [bold\n",
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_articles_open_and_page_with_pinyin(name: str) -> None:
    app = ReaderApp(analyze(HOSTILE[name], source=name))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.loaded()
        for key in [
            "p",
            "right_square_bracket",
            "w",
            "G",
            "g",
            "c",
            "H",
            "F",
            "f4",
            "left_square_bracket",
        ]:
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running
        assert _rows_fill_the_view(app.query_one(ArticleView), 10)


async def test_pinyin_on_through_sizes_and_resizes(app: ReaderApp) -> None:
    async with app.run_test(size=(300, 100)) as pilot:
        await app.loaded()
        await pilot.press("p", "3", "w", "w")
        view = app.query_one(ArticleView)
        token = view.cursor_token
        for size in [(80, 24), (40, 12), (300, 100), (41, 13), (120, 40), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert view.pinyin_shown and view.cursor_token == token
        expected = app.reader.article.text[
            app.reader.article.sections[2].start : app.reader.article.sections[2].end
        ]
        assert view.laid_out_text() == expected.replace("\n", "")
        await pilot.press("right_square_bracket", "j", "space", "G", "g", "1")
        assert app.reader.current_section == 0 and app.is_running


async def test_the_ruby_and_the_glossary_read_a_speakers_surname_as_the_panel_does() -> None:
    """曾 is céng as a word and Zēng as a surname: the text above 曾立新 said céng while the
    Speakers panel said Zēng Lìxīn."""
    text = "曾立新谈开工\n\n市长曾立新表示，明年开工。他曾经说过，这里很好。\n"
    app = ReaderApp(analyze(text, source="zeng.txt"))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await pilot.press("2", "p")
        view = app.query_one(ArticleView)
        assert view.section_tokens is not None
        read = {t.start + i: r for t in view.section_tokens for i, r in enumerate(t.pinyin)}
        assert read[text.index("曾立新表示")] == "zeng1"
        assert read[text.index("曾经")] == "ceng2"  # the word 曾经 keeps its reading
        assert "zēng" in "".join(view.render_line(y).text for y in range(6))
        rows = {(row.word, row.readings) for row in app.query_one(GlossaryPanel).words}
        assert ("曾", ("zeng1",)) in rows or ("曾立新", ("zeng1", "li4", "xin1")) in rows


async def test_speakers_and_figures_are_found_after_the_first_paint(seed_text: str) -> None:
    """The command opens the reader on the structure alone; the rest follows at once."""
    from reader.core.analysis import analyze, analyze_structure

    app = ReaderApp(analyze_structure(seed_text, source="bundled"), analysed=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.reader.analysed.wait()
        await pilot.pause()
        full = analyze(seed_text, source="bundled")
        assert app.reader.article == full
        assert app.query_one(ArticleView).article == full
        await pilot.press("f3")
        await pilot.pause()
        speakers = app.query_one("#speaker-list")
        assert speakers.option_count == len(full.speakers)


async def test_o_opens_another_article_and_a_bad_path_says_why(
    app: ReaderApp, tmp_path, monkeypatch
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这是正文。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # short paths to type: each key waits on a loading reader
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("o", *"/no/x.txt", "enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if app._notifications:
                break
        assert app.is_running and app.next_article is None
        assert any("x.txt" in str(n.message) for n in app._notifications)
        await pilot.press("o", *other.name, "enter")  # relative to the working folder
        for _ in range(600):  # up to 30 s: the wait ends as soon as the worker has answered
            await pilot.pause(0.05)
            if app.next_article is not None:
                break
    assert app.next_article is not None and app.next_article.title == "另一篇文章"
    assert app.reader.quitting  # the loader of the first article was told to stop


async def test_figure_columns_fit_their_numbers_and_the_panel_grows(seed_article) -> None:
    """A number is never cut into another number (7024亿元 read as 702.4): every column is
    as wide as its widest cell, a narrow panel shows fewer columns, a wide terminal a wider
    panel."""
    from textual.widgets import DataTable

    from reader.core.layout import text_width

    shown = {}
    for width in (80, 120, 200):
        app = ReaderApp(seed_article)
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.press("f4")
            await pilot.pause(0.3)
            table = app.query_one("#figure-table", DataTable)
            names = [str(c.label) for c in table.columns.values()]
            assert names[:2] == ["figure", "value"]
            for key, column in table.columns.items():
                if str(column.label) == "about":
                    continue
                cells = [str(table.get_cell(row, key)) for row in table.rows]
                assert column.width >= max(map(text_width, cells))
            shown[width] = (names, app.query_one("#panels").size.width)
    assert len(shown[200][0]) > len(shown[80][0])
    assert shown[200][1] > shown[120][1]


def _screen_lines(app: ReaderApp) -> list[str]:
    """What the terminal shows, line by line."""
    from rich.segment import Segment

    update = app.screen._compositor.render_full_update()

    def segments(item):  # type: ignore[no-untyped-def]
        if isinstance(item, Segment):
            yield item
        else:
            for inner in item:
                yield from segments(inner)

    return ["".join(s.text for s in segments(strip)) for strip in update.strips]


async def test_everything_is_legible_at_80x24(seed_article) -> None:
    """The footer keeps Quit, the sections pane leaves the text its room, the panel's tabs
    and speaker rows are whole."""
    app = ReaderApp(seed_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.loaded()
        await pilot.pause(0.2)
        lines = _screen_lines(app)
        assert "q Quit" in lines[-1] and "section 1/7" in lines[-1]
        assert app.query_one(SectionsPane).size.width <= 18
        await pilot.press("f3")
        await pilot.pause(0.3)
        lines = _screen_lines(app)
        assert any("Glossary  Speakers 6  Figures 41" in line for line in lines)
        assert any("孙婧" in line and "3 quotes" in line for line in lines)


async def test_keys_that_go_nowhere_say_so(seed_article) -> None:
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("7", "right_square_bracket", "9")
        await pilot.pause(0.1)
        said = [n.message for n in app._notifications]
        assert "This is the last section (7)." in said
        assert "No section 9: this article has 7." in said


async def test_a_held_key_that_goes_nowhere_says_so_once(seed_article, monkeypatch) -> None:
    """Twenty presses of `]` on the last section stack no twenty toasts, and a different
    message still shows. The window is widened so a slow machine cannot let it lapse."""
    monkeypatch.setattr(reader_screen, "_SAYING", 60.0)
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("7", *["right_square_bracket"] * 20, "1", "left_square_bracket")
        await pilot.pause(0.1)
        said = [n.message for n in app._notifications]
        assert said.count("This is the last section (7).") == 1
        assert said.count("This is the first section.") == 1


async def test_help_says_how_to_close_it_at_the_top(seed_article) -> None:
    app = ReaderApp(seed_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert "Esc closes" in _screen_lines(app)[1] + _screen_lines(app)[2]


async def test_an_article_from_stdin_says_so() -> None:
    app = ReaderApp(analyze("标题\n\n正文第一段。\n", source="-"))
    async with app.run_test(size=(120, 40)):
        assert any("standard input" in line for line in _screen_lines(app))


async def test_o_on_a_fifo_refuses_it_and_q_still_quits(
    app: ReaderApp, tmp_path, monkeypatch
) -> None:
    """F12: opening a FIFO with no writer blocked for ever, and q with it."""
    import os
    import time

    os.mkfifo(tmp_path / "pipe")
    monkeypatch.chdir(tmp_path)  # a short path to type: each key waits on a loading reader
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("o", *"pipe", "enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if app._notifications:
                break
        assert any("not a regular file" in str(n.message) for n in app._notifications)
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 5 and app.next_article is None


async def test_the_key_bar_lets_go_of_the_keys_it_replaces(app: ReaderApp) -> None:
    # the bar is rebuilt whenever the keys in force change (a panel opened, focus moved); the
    # keys it drew before must be freed, not kept alive by the bar (Textualize/textual#6666)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        # the bar alone: what the screen froze once loaded (see the test below) holds on to
        # the keys of the bar's next rebuild until the screen goes
        gc.unfreeze()
        footer = app.screen.query_one("#footer")
        before = [weakref.ref(key) for key in footer.query(FooterKey)]
        assert before
        for key in ("f3", "f4", "f2", "f5"):
            await pilot.press(key)
            await pilot.pause()
        now = set(footer.query(FooterKey))
        assert not any(ref() in now for ref in before)  # the bar was rebuilt
        gc.collect()
        assert [ref() for ref in before] == [None] * len(before)


async def test_what_is_loaded_is_out_of_the_collectors_way_while_the_reader_is_up(
    app: ReaderApp,
) -> None:
    # pypinyin's phrase dictionary is 190,000 lists: walked by every full collection, it held
    # the UI thread 0.2 s at a time (benchmarks/gc_pauses.py)
    from pypinyin.constants import PHRASES_DICT

    async with app.run_test(size=(120, 40)):
        await app.loaded()  # set once the screen has frozen what is loaded
        phrase = next(iter(PHRASES_DICT.values()))
        assert gc.get_freeze_count() > len(PHRASES_DICT)
        assert not any(tracked is phrase for tracked in gc.get_objects())
    assert gc.get_freeze_count() == 0  # the screen is gone: its widgets are collected again
