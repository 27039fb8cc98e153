"""The reader: sections on the left, the article in the middle, panels on the right.

The app only renders an `Article` the core produced; it never parses text itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import ClassVar

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from reader.core.model import Article
from reader.tui.commands import SectionCommands
from reader.tui.render import text_content
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.sections_pane import SectionsPane
from reader.tui.widgets.side_panels import SidePanels

PANELS_MIN_WIDTH = 100
"""Below this many columns the side panels hide unless asked for with `\\`."""
SECTIONS_MIN_WIDTH = 50
"""Below this the sections pane hides too, leaving the text the whole width."""


def _section_keys() -> list[Binding]:
    return [
        Binding(str(n), f"goto_section({n})", f"Section {n}", show=False, id=f"section-{n}")
        for n in range(1, 10)
    ]


class ReaderApp(App[None]):
    """A terminal reader for one analysed article."""

    CSS_PATH = "app.tcss"
    TITLE = "bayreader"
    COMMANDS = App.COMMANDS | {SectionCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "right_square_bracket",
            "next_section",
            "Next",
            key_display="]",
            tooltip="Next section",
            id="next-section",
        ),
        Binding(
            "left_square_bracket",
            "previous_section",
            "Prev",
            key_display="[",
            tooltip="Previous section",
            id="previous-section",
        ),
        *_section_keys(),
        Binding(
            "t",
            "focus_sections",
            "Sections",
            tooltip="Focus the sections pane",
            id="focus-sections",
        ),
        Binding(
            "backslash",
            "toggle_panels",
            "Panels",
            key_display="\\",
            show=False,
            tooltip="Show or hide the side panels",
            id="toggle-panels",
        ),
        Binding(
            "d", "toggle_dark", "Theme", show=False, tooltip="Dark / light theme", id="toggle-theme"
        ),
        Binding(
            "question_mark,f1", "help", "Help", key_display="?", tooltip="This help", id="help"
        ),
        Binding("q", "quit", "Quit", tooltip="Quit", id="quit"),
    ]

    def __init__(self, article: Article) -> None:
        self._started = time.perf_counter()
        super().__init__()
        self.article = article
        self.current_section = 0
        self.show_panels: bool | None = None
        """None: panels follow the terminal width; True/False: the user chose with `\\`."""

    def compose(self) -> ComposeResult:
        title = self.article.title or self.article.source
        yield Static(text_content(title), id="title-bar")
        with Horizontal(id="main"):
            yield SectionsPane(self.article, id="sections")
            yield ArticleView(self.article, id="article")
            with SidePanels(id="panels") as panels:
                yield from panels.compose_panes()
        with Horizontal(id="bottom-bar"):
            yield Footer(id="footer", compact=True, show_command_palette=False)
            yield Static(id="position")

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.show_section(0)
        self._apply_width(self.size.width)
        self.log(f"started in {(time.perf_counter() - self._started) * 1000:.0f} ms")

    def on_resize(self, event: events.Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        wanted = self.show_panels if self.show_panels is not None else width >= PANELS_MIN_WIDTH
        self.query_one(SidePanels).display = wanted
        self.query_one(SectionsPane).display = width >= SECTIONS_MIN_WIDTH

    # navigation -----------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        """Open section `index` (clamped to the article), from its top."""
        index = max(0, min(index, len(self.article.sections) - 1))
        self.current_section = index
        self.query_one(ArticleView).show_section(index)
        self.query_one(SectionsPane).mark_current(index)
        self._update_position()

    def action_next_section(self) -> None:
        if self.current_section + 1 < len(self.article.sections):
            self.show_section(self.current_section + 1)
        else:
            self.bell()

    def action_previous_section(self) -> None:
        if self.current_section > 0:
            self.show_section(self.current_section - 1)
        else:
            self.bell()

    def action_goto_section(self, number: int) -> None:
        if number <= len(self.article.sections):
            self.show_section(number - 1)
        else:
            self.bell()

    def action_focus_sections(self) -> None:
        pane = self.query_one(SectionsPane)
        pane.display = True
        pane.focus()

    def action_focus_article(self) -> None:
        self.query_one(ArticleView).focus()

    def action_toggle_panels(self) -> None:
        panels = self.query_one(SidePanels)
        self.show_panels = not panels.display
        panels.display = self.show_panels

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def help_groups(self) -> list[tuple[str, Iterable[Binding]]]:
        """The keys the help screen lists, by where they act."""
        app_keys = [
            b
            for b in self.BINDINGS
            if isinstance(b, Binding) and not (b.id or "").startswith("section-")
        ]
        sections = Binding("1", "", "Go to section N", key_display="1-9")
        palette = Binding(
            "ctrl+p", "command_palette", "Command palette: go to section, every action"
        )
        return [
            ("Sections", [*app_keys[:2], sections, app_keys[2]]),
            ("Reading", [b for b in ArticleView.BINDINGS if isinstance(b, Binding)]),
            ("App", [*app_keys[3:], palette]),
        ]

    # events -----------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SectionsPane):
            self.show_section(event.option_index)
            self.action_focus_article()

    def on_article_view_scrolled(self) -> None:
        self._update_position()

    def _update_position(self) -> None:
        view = self.query_one(ArticleView)
        total = len(self.article.sections)
        progress = view.progress
        where = " all " if progress is None else f" {progress:4.0%} "
        self.query_one("#position", Static).update(
            Content.assemble((f" section {self.current_section + 1}/{total}", "bold"), where)
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Next section", "Go to the next section (])", self.action_next_section)
        yield SystemCommand(
            "Previous section", "Go to the previous section ([)", self.action_previous_section
        )
        view = self.query_one(ArticleView)
        yield SystemCommand("Top of section", "Scroll to the top (g)", view.action_scroll_home)
        yield SystemCommand("Bottom of section", "Scroll to the bottom (G)", view.action_scroll_end)
        yield SystemCommand(
            "Focus sections pane",
            "Move focus to the table of contents (t)",
            self.action_focus_sections,
        )
        yield SystemCommand(
            "Toggle side panels",
            "Show or hide Glossary / Speakers / Figures (\\)",
            self.action_toggle_panels,
        )
        yield SystemCommand("Toggle dark / light", "Switch the theme (d)", self.action_toggle_dark)
        yield SystemCommand("Help: keys", "List every key (? or F1)", self.action_help)
