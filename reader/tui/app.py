"""The reader: sections on the left, the article in the middle, panels on the right.

The app only renders an `Article` the core produced; it never parses text itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, OptionList, Static
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from reader.core.glossary import Glossary

from reader.core.model import Article, Token
from reader.state import Config
from reader.tui.commands import SectionCommands
from reader.tui.messages import JumpRequested
from reader.tui.render import text_content
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.figures_panel import FiguresPanel
from reader.tui.widgets.glossary_panel import GlossaryPanel
from reader.tui.widgets.sections_pane import SectionsPane
from reader.tui.widgets.side_panels import SidePanels
from reader.tui.widgets.speakers_panel import SpeakersPanel

_FOLLOW_DELAY = 0.12
"""Seconds after a section change before the sections pane and glossary catch up."""
PANELS_MIN_WIDTH = 100
"""Below this many columns the side panels hide unless asked for with `\\`."""
SECTIONS_MIN_WIDTH = 50
"""Below this the sections pane hides too, leaving the text the whole width."""


class SectionAnnotated(Message):
    """The annotation worker finished the readings of one section."""

    def __init__(self, index: int, tokens: tuple[Token, ...]) -> None:
        super().__init__()
        self.index, self.tokens = index, tokens


class GlossaryReady(Message):
    """CC-CEDICT and the HSK lists are loaded (and the pinyin of speakers' names is known)."""

    def __init__(self, glossary: Glossary, names: dict[str, str]) -> None:
        super().__init__()
        self.glossary, self.names = glossary, names


HELP_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Sections",
        ("next-section", "previous-section", "go-to-section", "focus-sections", "sections-back"),
    ),
    (
        "Pinyin and words",
        (
            "toggle-pinyin",
            "toggle-tone-style",
            "toggle-colours",
            "next-word",
            "previous-word",
            "lookup",
            "clear-cursor",
        ),
    ),
    (
        "Panels",
        (
            "panel-glossary",
            "panel-speakers",
            "panel-figures",
            "toggle-names",
            "toggle-figures",
            "toggle-chart",
            "toggle-panels",
        ),
    ),
    ("Scrolling", ("scroll-down", "scroll-up", "page-down", "page-up", "top", "bottom")),
    ("App", ("toggle-theme", "palette", "help", "quit")),
)


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
            "p",
            "toggle_pinyin",
            "Pinyin",
            tooltip="Show or hide pinyin above the words",
            id="toggle-pinyin",
        ),
        Binding(
            "number_sign",
            "toggle_tone_style",
            "Tones",
            key_display="#",
            show=False,
            tooltip="Tone marks (zhòng) / tone numbers (zhong4)",
            id="toggle-tone-style",
        ),
        Binding(
            "c",
            "toggle_colours",
            "Colours",
            show=False,
            tooltip="Colour words by tone",
            id="toggle-colours",
        ),
        Binding(
            "f2",
            "open_panel('glossary')",
            "Glossary",
            show=False,
            tooltip="Glossary panel",
            id="panel-glossary",
        ),
        Binding(
            "f3",
            "open_panel('speakers')",
            "Speakers",
            show=False,
            tooltip="Speakers panel",
            id="panel-speakers",
        ),
        Binding(
            "f4",
            "open_panel('figures')",
            "Figures",
            show=False,
            tooltip="Figures panel",
            id="panel-figures",
        ),
        Binding(
            "H",
            "toggle_names",
            "Names",
            show=False,
            tooltip="Highlight speakers' names in the text",
            id="toggle-names",
        ),
        Binding(
            "F",
            "toggle_figures",
            "Figures",
            show=False,
            tooltip="Highlight figures in the text",
            id="toggle-figures",
        ),
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

    def __init__(
        self, article: Article, *, config: Config | None = None, warning: str | None = None
    ) -> None:
        self._started = time.perf_counter()
        super().__init__()
        self.article = article
        self.config = config or Config()
        self._warning = warning
        self.current_section = 0
        self.glossary: Glossary | None = None
        self._annotated: set[int] = set()
        self._follow_timer: Timer | None = None
        self._quitting = False
        self._loaded = asyncio.Event()
        self.show_panels: bool | None = None
        """None: panels follow the terminal width; True/False: the user chose with `\\`."""

    def compose(self) -> ComposeResult:
        title = self.article.title or self.article.source
        yield Static(text_content(title), id="title-bar")
        with Horizontal(id="main"):
            yield SectionsPane(self.article, id="sections")
            yield ArticleView(self.article, id="article")
            with SidePanels(id="panels") as panels:
                yield from panels.compose_panes(self.article)
        with Horizontal(id="bottom-bar"):
            yield Footer(id="footer", compact=True, show_command_palette=False)
            yield Static(id="position")

    def _main(self, selector, expect_type=None):  # type: ignore[no-untyped-def]
        """A widget of the reader's own screen, even while a modal (help, lookup, the command
        palette) is on top: `query_one` would search the modal."""
        screen = self.screen_stack[0]
        return (
            screen.query_one(selector)
            if expect_type is None
            else screen.query_one(selector, expect_type)
        )

    def on_mount(self) -> None:
        self.theme = self.config.theme if self.config.theme in self.available_themes else self.theme
        view = self._main(ArticleView)
        view.tone_style = "numbers" if self.config.tone_style == "numbers" else "marks"
        view.tone_colours = self.config.tone_colours
        view.show_pinyin = self.config.pinyin
        if self._warning:
            self.notify(self._warning, title="Settings", severity="warning", markup=False)
        view.focus()
        self.show_section(0)
        self._apply_width(self.size.width)
        self.log(f"started in {(time.perf_counter() - self._started) * 1000:.0f} ms")
        # heavy loading starts once the first screen is up
        self.call_after_refresh(self._start_workers)

    def _start_workers(self) -> None:
        if self._quitting:
            return
        self.run_worker(self._annotate, thread=True, exclusive=True, group="annotate")

    def _annotate(self) -> None:
        """Readings for every section, the one on screen first (jieba and g2pM load here),
        then the dictionary, then the other sections. One thread: two would fight over the
        GIL and delay the first pinyin."""
        from reader.core.glossary import glossary
        from reader.core.pinyin import annotate

        worker = get_current_worker()
        todo = list(range(len(self.article.sections)))
        while todo and not worker.is_cancelled and not self._quitting:
            index = self.current_section if self.current_section in todo else todo[0]
            todo.remove(index)
            section = self.article.sections[index]
            self.post_message(
                SectionAnnotated(index, annotate(self.article.text, section.start, section.end))
            )
            if self.glossary is None and not worker.is_cancelled:
                self.post_message(GlossaryReady(glossary(), self._name_readings()))

    def _name_readings(self) -> dict[str, str]:
        """Pinyin of each speaker's name, surname apart: 孙婧 → Sūn Jìng."""
        from reader.core.names import surname_length
        from reader.core.pinyin import annotate, word_pinyin

        names = {}
        for speaker in self.article.speakers:
            if speaker.group:
                continue
            readings = [r for t in annotate(speaker.name) for r in t.pinyin]
            split = surname_length(speaker.name) or 1
            parts = [word_pinyin(readings[:split]), word_pinyin(readings[split:])]
            names[speaker.name] = " ".join(p.capitalize() for p in parts if p)
        return names

    async def loaded(self) -> None:
        """Wait until every section has its readings and the dictionary is in (for tests and
        benchmarks that need a settled screen)."""
        await self._loaded.wait()

    def _check_loaded(self) -> None:
        if self.glossary is not None and len(self._annotated) == len(self.article.sections):
            self._loaded.set()

    def on_section_annotated(self, message: SectionAnnotated) -> None:
        if not self.screen_stack:
            return
        self._annotated.add(message.index)
        self._check_loaded()
        self._main(ArticleView).set_tokens(message.index, message.tokens)
        if message.index == self.current_section:
            self._refresh_glossary()
        self._update_position()

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        if not self.screen_stack:
            return
        self.glossary = message.glossary
        self._check_loaded()
        self._main(SpeakersPanel).set_readings(message.names)
        self._refresh_glossary()

    def _refresh_glossary(self) -> None:
        view = self._main(ArticleView)
        tokens = view.section_tokens
        note = self._main("#glossary-note", Static)
        if self.glossary is None or tokens is None:
            note.update("loading dictionary…")
            note.display = True
            return
        note.display = False
        from reader.core.glossary import section_words

        names = frozenset(s.name for s in self.article.speakers if not s.group)
        self._main(GlossaryPanel).show_words(section_words(tokens, names), view.tone_style)
        token = view.cursor_token
        if token is not None:
            self._main(GlossaryPanel).highlight_word(token.text, token.pinyin)

    def on_resize(self, event: events.Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        wanted = self.show_panels if self.show_panels is not None else width >= PANELS_MIN_WIDTH
        self._main(SidePanels).display = wanted
        # on a narrow screen the text needs the room: sections pane or panels, not both
        crowded = wanted and width < PANELS_MIN_WIDTH
        self._main(SectionsPane).display = width >= SECTIONS_MIN_WIDTH and not crowded

    # navigation -----------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        """Open section `index` (clamped to the article), from its top."""
        index = max(0, min(index, len(self.article.sections) - 1))
        self.current_section = index
        self._main(ArticleView).show_section(index)
        self._update_position()
        # The pane's marker and the glossary list cost tens of milliseconds on a long article:
        # they follow once the keys stop, so paging through sections stays instant.
        if self._follow_timer is not None:
            self._follow_timer.stop()
        self._follow_timer = self.set_timer(_FOLLOW_DELAY, self._follow_section)

    def _follow_section(self) -> None:
        self._follow_timer = None
        if not self.screen_stack:  # the app is closing
            return
        self._main(SectionsPane).mark_current(self.current_section)
        self._refresh_glossary()

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

    async def action_quit(self) -> None:
        """Quit at once: the loader stops after its current section instead of annotating
        the whole article while the interpreter waits for its thread."""
        self._quitting = True
        self.workers.cancel_all()
        self.exit()

    def action_toggle_pinyin(self) -> None:
        view = self._main(ArticleView)
        view.show_pinyin = not view.show_pinyin
        self._update_position()

    def action_toggle_tone_style(self) -> None:
        view = self._main(ArticleView)
        view.tone_style = "numbers" if view.tone_style == "marks" else "marks"
        self._refresh_glossary()

    def action_open_panel(self, pane: str) -> None:
        """Show the side panels on tab `pane` and put the focus in its list."""
        panels = self._main(SidePanels)
        self.show_panels = True
        self._apply_width(self.size.width)
        panels.active = pane
        target = {
            "glossary": "#glossary-table",
            "speakers": "#speaker-list",
            "figures": "#figure-table",
        }[pane]

        def focus() -> None:  # the figures tab builds itself when first shown
            found = self.screen_stack[0].query(target)
            if found:
                found.first().focus()

        self.call_after_refresh(focus)

    def action_toggle_names(self) -> None:
        view = self._main(ArticleView)
        view.show_names = not view.show_names

    def action_toggle_figures(self) -> None:
        view = self._main(ArticleView)
        view.show_figures = not view.show_figures

    def jump_to(self, start: int, end: int) -> None:
        """Show the section holding [start, end) and mark the span there."""
        index = self.article.section_at(start)
        if index != self.current_section:
            self.show_section(index)
        self._main(ArticleView).select(start, end)

    def on_jump_requested(self, message: JumpRequested) -> None:
        self.jump_to(message.start, message.end)

    def action_toggle_colours(self) -> None:
        view = self._main(ArticleView)
        view.tone_colours = not view.tone_colours

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        if message.token is not None:
            self._main(GlossaryPanel).highlight_word(message.token.text, message.token.pinyin)

    def on_article_view_lookup_requested(self, message: ArticleView.LookupRequested) -> None:
        from reader.tui.screens.lookup_screen import LookupScreen

        def jump(offset: int | None) -> None:
            if offset is not None:
                self.show_section(self.article.section_at(offset))
                self._main(ArticleView).move_cursor_to(offset)

        self.push_screen(LookupScreen(message.token, self.article, self.glossary), jump)

    def action_focus_sections(self) -> None:
        pane = self._main(SectionsPane)
        pane.display = True
        pane.focus()

    def action_focus_article(self) -> None:
        self._main(ArticleView).focus()

    def action_toggle_panels(self) -> None:
        panels = self._main(SidePanels)
        self.show_panels = not panels.display
        self._apply_width(self.size.width)

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def help_groups(self) -> list[tuple[str, Iterable[Binding]]]:
        """The keys the help screen lists, by what they do."""
        known = {
            b.id: b
            for b in [
                *self.BINDINGS,
                *ArticleView.BINDINGS,
                *SectionsPane.BINDINGS,
                *FiguresPanel.BINDINGS,
            ]
            if isinstance(b, Binding) and b.id
        }
        known["go-to-section"] = Binding("1", "", "Go to section N", key_display="1-9")
        known["palette"] = Binding(
            "ctrl+p", "command_palette", "Command palette: go to section, every action"
        )
        return [(title, [known[i] for i in ids if i in known]) for title, ids in HELP_GROUPS]

    # events -----------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SectionsPane):
            self.show_section(event.option_index)
            self.action_focus_article()

    def on_article_view_scrolled(self) -> None:
        self._update_position()

    def _update_position(self) -> None:
        view = self._main(ArticleView)
        total = len(self.article.sections)
        progress = view.progress
        where = " all " if progress is None else f" {progress:4.0%} "
        waiting = view.show_pinyin and not view.pinyin_shown
        self._main("#position", Static).update(
            Content.assemble(
                ("loading pinyin… ", "italic $text-warning") if waiting else "",
                (f" section {self.current_section + 1}/{total}", "bold"),
                where,
            )
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Next section", "Go to the next section (])", self.action_next_section)
        yield SystemCommand(
            "Previous section", "Go to the previous section ([)", self.action_previous_section
        )
        view = self._main(ArticleView)
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
        yield SystemCommand(
            "Toggle pinyin", "Show or hide pinyin above the words (p)", self.action_toggle_pinyin
        )
        yield SystemCommand(
            "Tone marks / numbers",
            "Switch how tones are written (#)",
            self.action_toggle_tone_style,
        )
        yield SystemCommand(
            "Toggle tone colours", "Colour words by tone (c)", self.action_toggle_colours
        )
        yield SystemCommand("Next word", "Move the word cursor (w)", view.action_next_word)
        yield SystemCommand(
            "Look up word",
            "Dictionary entry of the word under the cursor (Enter)",
            view.action_lookup,
        )
        for pane, key in (("glossary", "F2"), ("speakers", "F3"), ("figures", "F4")):
            yield SystemCommand(
                f"Open {pane} panel",
                f"Show the {pane} panel ({key})",
                partial(self.action_open_panel, pane),
            )
        yield SystemCommand(
            "Highlight speakers", "Speakers' names in the text (H)", self.action_toggle_names
        )
        yield SystemCommand(
            "Highlight figures", "Figures in the text (F)", self.action_toggle_figures
        )
        yield SystemCommand("Help: keys", "List every key (? or F1)", self.action_help)
