"""The reader: sections on the left, the article in the middle, panels on the right.

The app only renders an `Article` the core produced; it never parses text itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, OptionList, Static
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from reader.core.glossary import Glossary
    from reader.prefetch import FirstReadings
    from reader.tui.widgets.figures_panel import FiguresPanel
    from reader.tui.widgets.glossary_panel import GlossaryPanel
    from reader.tui.widgets.side_panels import SidePanels
    from reader.tui.widgets.speakers_panel import SpeakersPanel

from reader.core.model import Article, Token
from reader.state import Bookmark, Config, article_key
from reader.tui.commands import SectionCommands
from reader.tui.keys import HELP_GROUPS, READER_KEYS
from reader.tui.learning import LearningActions
from reader.tui.messages import JumpRequested
from reader.tui.places import PlacesActions
from reader.tui.render import text_content
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.sections_pane import SectionsPane

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
    """CC-CEDICT and the HSK lists are loaded."""

    def __init__(self, glossary: Glossary) -> None:
        super().__init__()
        self.glossary = glossary


class NamesRead(Message):
    """The pinyin of the speakers' names, surname apart (孙婧 → Sūn Jìng)."""

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self.names = names


class ReaderApp(LearningActions, PlacesActions, App[None]):
    """A terminal reader for one analysed article."""

    CSS_PATH = "app.tcss"
    TITLE = "bayreader"
    COMMANDS = App.COMMANDS | {SectionCommands}
    BINDINGS: ClassVar[list[BindingType]] = READER_KEYS

    def __init__(
        self,
        article: Article,
        *,
        config: Config | None = None,
        warning: str | None = None,
        analysed: bool = True,
        first_readings: FirstReadings | None = None,
    ) -> None:
        """`analysed=False`: `article` has its sections only (`analyze_structure`); speakers
        and figures are found after the first paint. `first_readings`: the readings of the
        section the reader opens on, on their way from a child process (reader/prefetch.py)."""
        self._started = time.perf_counter()
        super().__init__()
        self.article = article
        self.config = config or Config()
        self._warning = warning
        self._analysed = analysed
        self._first_readings = first_readings
        self.current_section = 0
        self.glossary: Glossary | None = None
        self._annotated: set[int] = set()
        self._follow_timer: Timer | None = None
        self._quitting = False
        self._loaded = asyncio.Event()
        self.show_panels: bool | None = None
        """None: panels follow the terminal width; True/False: the user chose with `\\`."""
        self.key = article_key(article.text)
        self.known: frozenset[str] = frozenset()
        self.known_level = 0
        self._known_version = 0
        self.pinyin_mode: str = "all"
        """"all": pinyin over every word; "unknown": only over words the user does not know."""
        self.hide_known_glossary = False
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1
        self._traditional: bool | None = None
        self._converted: Article | None = None
        self._panels: SidePanels | None = None
        self._panels_lock = asyncio.Lock()
        self._first_drawn = threading.Event()
        """Set once the first readings are on screen: the loader waits for it."""
        self._position: tuple[object, ...] = ()
        self._bookmarks: tuple[Bookmark, ...] = ()
        self._remembered: tuple[int, int | None] = (0, None)
        self._search_readings: tuple[int, dict[int, str]] = (-1, {})
        """Reading per character offset for pinyin search, and how many sections it covers."""
        """The reading position last stored (so an unmoved reader writes nothing)."""
        self.next_article: Article | None = None
        """Set by `o`: the reader closes and the command opens this article next."""
        self._names: dict[str, str] = {}
        self._names_read = False
        self.converted = False
        """The text is shown in the other script (T)."""

    def compose(self) -> ComposeResult:
        title = self.article.title or self.article.source
        yield Static(text_content(title), id="title-bar")
        with Horizontal(id="main"):
            yield SectionsPane(self.article, id="sections")
            yield ArticleView(self.article, id="article")
            # the tabs are mounted once the first screen is up: they are most of the widgets
            yield Container(id="panels")
        with Horizontal(id="bottom-bar"):
            yield Footer(id="footer", compact=True, show_command_palette=False)
            yield Static(id="position")

    @property
    def _view_gone(self) -> bool:
        """The reader's widgets are gone: at shutdown the screen stays on the stack while
        its widgets are removed, so checking the stack alone was not enough."""
        return not self.screen_stack or not self.screen_stack[0].query(ArticleView)

    @property
    def _winding_down(self) -> bool:
        """q was pressed or the app is shutting down: a message from the loader that arrives
        now has nothing left to update."""
        return self._quitting or self._view_gone

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
        self.pinyin_mode = self.config.pinyin_mode
        if self._warning:
            self.notify(self._warning, title="Settings", severity="warning", markup=False)
        self._folder_warnings()
        self._quit_on_signals()
        view.focus()
        self.show_section(0)
        self._apply_width(self.size.width)
        self._load_user_data()
        if self.pinyin_mode == "unknown":
            self._apply_pinyin_mode()
        self.log(f"started in {(time.perf_counter() - self._started) * 1000:.0f} ms")
        # heavy loading starts once the first screen is up
        self.call_after_refresh(self._after_first_paint)

    def _quit_on_signals(self) -> None:
        """SIGTERM and SIGHUP (kill, a closed terminal window) quit as q does: the position
        is kept and Textual puts the terminal back (alternate screen off, mouse off)."""
        import signal

        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGHUP):
            # no signals to add on Windows, nor off the main thread (tests)
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, lambda: self.call_later(self.action_quit))

    def _folder_warnings(self) -> None:
        """A cache folder that could not be written (the reader uses a temporary one)."""
        from reader.core import userdirs

        userdirs.cache_dir()  # finds out now, not when the loader first needs it
        for warning in dict.fromkeys(userdirs.warnings):
            self.notify(warning, title="User folders", severity="warning", markup=False)
        userdirs.warnings.clear()

    async def _after_first_paint(self) -> None:
        if self._quitting:
            return
        if not self._analysed:
            from reader.core.analysis import complete

            self.article = complete(self.article)
            self._analysed = True
            self._main(ArticleView).set_article(self.article)
            self._main(SectionsPane).article = self.article
        self.run_worker(self._annotate, thread=True, exclusive=True, group="annotate")
        await self._mount_panels()

    def _annotate(self) -> None:
        """Readings for every section, the one on screen first (jieba and g2pM load here),
        then the dictionary, then the other sections. One thread: two would fight over the
        GIL and delay the first pinyin."""
        from reader.core.glossary import glossary
        from reader.core.pinyin import annotate

        worker = get_current_worker()
        todo = list(range(len(self.article.sections)))
        glossed = named = False
        first = self._first_readings
        if first is not None and first.section == self.current_section:
            # the child loads jieba on the other core; loading it here too would only
            # slow the UI thread down (the GIL) until the child's tokens arrive
            tokens = None
            while tokens is None and not first.finished and not worker.is_cancelled:
                tokens = first.result(timeout=0.05)  # short waits: q must not hang here
            if tokens is not None and not worker.is_cancelled:
                todo.remove(first.section)
                self.post_message(SectionAnnotated(first.section, tokens))
                # the opening section's words can be glossed now: the dictionary loads in a
                # moment once built, while the next section would take this process's
                # first load of jieba and g2pM
                self.post_message(GlossaryReady(glossary()))
                glossed = True
                self._first_drawn.wait(0.5)
        while todo and not worker.is_cancelled and not self._quitting:
            index = self.current_section if self.current_section in todo else todo[0]
            todo.remove(index)
            section = self.article.sections[index]
            self.post_message(
                SectionAnnotated(index, annotate(self.article.text, section.start, section.end))
            )
            # let the UI thread have the GIL to draw that pinyin before the dictionary loads
            self._first_drawn.wait(0.5)
            if not glossed and not worker.is_cancelled:
                self.post_message(GlossaryReady(glossary()))
                glossed = True
            if not named and not worker.is_cancelled:
                self.post_message(NamesRead(self._name_readings()))
                named = True
        if not named and not worker.is_cancelled:  # the child read the only section
            self.post_message(NamesRead(self._name_readings()))

    def _glossary_panel(self) -> GlossaryPanel:
        assert self._panels is not None
        return self._panels.glossary

    def _speakers_panel(self) -> SpeakersPanel:
        assert self._panels is not None
        return self._panels.speakers

    def _figures_panel(self) -> FiguresPanel:
        assert self._panels is not None
        return self._panels.figures

    @property
    def shown_article(self) -> Article:
        """The article as displayed: converted to the other script after T."""
        return self._converted if self.converted and self._converted else self.article

    async def _mount_panels(self) -> None:
        """Glossary, Speakers and Figures: mounted after the first paint (or at once when asked
        for), then brought up to date with what arrived before."""
        from reader.tui.widgets.side_panels import SidePanels  # not needed for the first paint

        async with self._panels_lock:
            if self._panels is not None:
                return
            panels = SidePanels(self.shown_article, id="side-tabs")
            await self._main("#panels").mount(panels)
            self._panels = panels
        if self._names:
            self._speakers_panel().set_readings(self._names)
        self._refresh_glossary()

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
        if (
            self.glossary is not None
            and self._names_read
            and len(self._annotated) == len(self.article.sections)
        ):
            self._loaded.set()

    def on_section_annotated(self, message: SectionAnnotated) -> None:
        if self._winding_down:
            return
        self._annotated.add(message.index)
        if not self._first_drawn.is_set():
            self.call_after_refresh(self._first_drawn.set)
        self._check_loaded()
        self._main(ArticleView).set_tokens(message.index, message.tokens)
        if message.index == self.current_section:
            self._refresh_glossary()
        self._update_position()

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        if self._winding_down:
            return
        self.glossary = message.glossary
        self._check_loaded()
        if self.pinyin_mode == "unknown" and self.known_level:
            self._apply_pinyin_mode()  # HSK levels are known now
        self._refresh_glossary()

    def on_names_read(self, message: NamesRead) -> None:
        if self._winding_down:
            return
        self._names, self._names_read = message.names, True
        self._check_loaded()
        if self._panels is not None:
            self._speakers_panel().set_readings(message.names)

    def _refresh_glossary(self) -> None:
        if self._panels is None:
            return
        view = self._main(ArticleView)
        tokens = view.section_tokens
        if self.glossary is None or tokens is None:
            self._glossary_panel().show_loading()
            return
        from reader.core.glossary import section_words

        names = frozenset(s.name for s in self.article.speakers if not s.group)
        words = section_words(tokens, names)
        self._glossary_panel().show_words(
            words,
            view.tone_style,
            known=self.is_known,
            hide_known=self.hide_known_glossary,
            shown=self._shown_word,
        )
        token = view.cursor_token
        if token is not None:
            self._glossary_panel().highlight_word(token.text, token.pinyin)

    def on_resize(self, event: events.Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        wanted = self.show_panels if self.show_panels is not None else width >= PANELS_MIN_WIDTH
        self._main("#panels").display = wanted
        # on a narrow screen the text needs the room: sections pane or panels, not both
        crowded = wanted and width < PANELS_MIN_WIDTH
        self._main(SectionsPane).display = width >= SECTIONS_MIN_WIDTH and not crowded

    # navigation -----------------------------------------------------------------------------

    def show_section(self, index: int, *, at_once: bool = False) -> None:
        """Open section `index` (clamped to the article), from its top; `at_once` brings the
        pane's marker and the glossary along now (on resuming) rather than after the keys stop."""
        index = max(0, min(index, len(self.article.sections) - 1))
        self.current_section = index
        self._main(ArticleView).show_section(index)
        self._update_position()
        # The pane's marker and the glossary list cost tens of milliseconds on a long article:
        # they follow once the keys stop, so paging through sections stays instant.
        if self._follow_timer is not None:
            self._follow_timer.stop()
            self._follow_timer = None
        if at_once:
            self._follow_section()
        else:
            self._follow_timer = self.set_timer(_FOLLOW_DELAY, self._follow_section)

    def _follow_section(self) -> None:
        self._follow_timer = None
        if self._winding_down:
            return
        self._main(SectionsPane).mark_current(self.current_section)
        self._refresh_glossary()
        self._remember()

    def action_next_section(self) -> None:
        if self.current_section + 1 < len(self.article.sections):
            self.show_section(self.current_section + 1)
        else:
            self._nowhere(f"This is the last section ({len(self.article.sections)}).")

    def action_previous_section(self) -> None:
        if self.current_section > 0:
            self.show_section(self.current_section - 1)
        else:
            self._nowhere("This is the first section.")

    def action_goto_section(self, number: int) -> None:
        if number <= len(self.article.sections):
            self.show_section(number - 1)
        else:
            total = len(self.article.sections)
            self._nowhere(f"No section {number}: this article has {total}.")

    def _nowhere(self, why: str) -> None:
        """A key that cannot go anywhere says so, rather than doing nothing."""
        self.bell()
        self.notify(why, timeout=2)

    def action_open(self) -> None:
        from reader.tui.screens.open_screen import OpenScreen

        def opened(path: str | None) -> None:
            if path == "-":
                self.notify("Standard input can only be read at start: bayreader -", timeout=3)
            elif path:
                self.run_worker(partial(self._read_article, path), thread=True, group="open")

        self.push_screen(OpenScreen(), opened)

    def _read_article(self, path: str) -> None:
        """Read and split another article off the UI thread; switch only if that worked."""
        import os

        from reader.core.analysis import analyze_structure
        from reader.core.sources import SourceError, open_article

        try:
            document = open_article(os.path.expanduser(path), regular=True)
            article = analyze_structure(
                document.text, source=document.source, headings=document.headings
            )
        except (SourceError, OSError) as error:
            self.call_from_thread(
                self.notify, str(error), title="Cannot open", severity="error", markup=False
            )
            return
        self.call_from_thread(self._switch_to, article)

    async def _switch_to(self, article: Article) -> None:
        self.next_article = article
        await self.action_quit()

    async def action_quit(self) -> None:
        """Quit at once: the loader stops after its current section instead of annotating
        the whole article while the interpreter waits for its thread."""
        self._quitting = True
        self.workers.cancel_all()
        self._remember()
        self.exit()

    def action_toggle_pinyin(self) -> None:
        view = self._main(ArticleView)
        view.show_pinyin = not view.show_pinyin
        self._update_position()

    def action_toggle_tone_style(self) -> None:
        view = self._main(ArticleView)
        view.tone_style = "numbers" if view.tone_style == "marks" else "marks"
        self._refresh_glossary()

    async def action_open_panel(self, pane: str) -> None:
        """Show the side panels on tab `pane` and put the focus in its list."""
        await self._mount_panels()
        assert self._panels is not None
        self.show_panels = True
        self._apply_width(self.size.width)
        self._panels.active = pane
        # the figures tab builds itself when first shown
        self.call_after_refresh(self._panels.panel(pane).focus_list)

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
        if message.token is not None and self._panels is not None:
            self._glossary_panel().highlight_word(message.token.text, message.token.pinyin)

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
        self.show_panels = not self._main("#panels").display
        self._apply_width(self.size.width)

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def help_groups(self) -> list[tuple[str, Iterable[Binding]]]:
        """The keys the help screen lists, by what they do."""
        from reader.tui.widgets.figures_panel import FiguresPanel

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

    def _store_failed(self, error: Exception) -> None:
        self.notify(f"Could not save: {error}", severity="error", markup=False)

    # events -----------------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SectionsPane):
            self.show_section(event.option_index)
            self.action_focus_article()

    def on_article_view_scrolled(self) -> None:
        self._update_position()

    def _update_position(self) -> None:
        if self._winding_down:
            return
        view = self._main(ArticleView)
        total = len(self.article.sections)
        progress = view.progress
        where = " all " if progress is None else f" {progress:4.0%} "
        waiting = view.show_pinyin and not view.pinyin_shown
        mode = view.show_pinyin and self.pinyin_mode == "unknown"
        found = f" match {self.match_index + 1}/{len(self.matches)} " if self.matches else ""
        script = self._script_mark()
        parts = (waiting, found, script, mode, self.current_section, total, where)
        if parts == self._position:
            return  # an update re-lays the bottom bar out: only when something changed
        self._position = parts
        self._main("#position", Static).update(
            Content.assemble(
                ("loading pinyin… ", "italic $text-warning") if waiting else "",
                (found, "bold $text-success"),
                (script, "bold"),
                (" new words only ·", "$text-accent") if mode else "",
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
        learning = (
            ("Pinyin mode", "Every word / unknown words only / none (P)", self.action_pinyin_mode),
            ("Mark word known", "The cursor's word, or unmark it (x)", self.action_toggle_known),
            ("Known HSK level", "Count HSK levels up to N as known (L)", self.action_known_level),
            ("Glossary: hide known", "Hide or show known words (K)", self.action_glossary_known),
            ("Save word", "Save the cursor's word for review (s)", self.action_save_word),
            ("Saved words", "List the saved words (S)", self.action_saved_words),
            ("Brief", "Size, HSK mix, known share, top words (B)", self.action_brief),
            ("Simplified / traditional", "Convert the shown text (T)", self.action_toggle_script),
            ("Search", "Characters or toneless pinyin (/)", self.action_search),
            ("Next match", "Next search match (n)", self.action_next_match),
            ("Previous match", "Previous search match (N)", self.action_previous_match),
            (
                "Bookmark here",
                "Bookmark the cursor's word or the view's top (m)",
                self.action_bookmark,
            ),
            ("Bookmarks", "List the bookmarks to jump to one (')", self.action_bookmarks),
        )
        for title, help_text, action in learning:
            yield SystemCommand(title, help_text, action)
        yield SystemCommand(
            "Open article", "Open another article from a path (o)", self.action_open
        )
        yield SystemCommand("Help: keys", "List every key (? or F1)", self.action_help)
