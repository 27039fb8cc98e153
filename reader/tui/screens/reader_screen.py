"""The reader's screen: sections on the left, the article in the middle, panels on the right.

It composes the layout, holds the learner's state (`learner`, one reactive value the widgets
watch), runs the loader and owns the keys that act on the article. Dialogs (lists, the brief,
look-up) are screens of their own in this package; the analysis is `reader.core`'s.
"""

from __future__ import annotations

import asyncio
import gc
import time
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList, Static
from textual.worker import Worker, WorkerState

from reader.core.model import Article, Token
from reader.state import Bookmark, Config, article_key
from reader.tui.keys import READER_KEYS
from reader.tui.learner import Learner
from reader.tui.loader import Loader
from reader.tui.messages import (
    Analysed,
    BriefReady,
    GlossaryReady,
    JumpRequested,
    NamesRead,
    SectionAnnotated,
)
from reader.tui.places import Places
from reader.tui.render import text_content
from reader.tui.study import Study
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import KeyFooter
from reader.tui.widgets.position_bar import PositionBar
from reader.tui.widgets.sections_pane import SectionsPane

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.glossary import Glossary
    from reader.forked import Piped
    from reader.prefetch import FirstReadings
    from reader.tui.widgets.search_bar import SearchBar
    from reader.tui.widgets.side_panels import SidePanels

FOLLOW_DELAY = 0.12
"""Seconds after a section change before the sections pane and glossary catch up."""
PANELS_MIN_WIDTH = 100
"""Below this many columns the side panels hide unless asked for with `\\`."""
SECTIONS_MIN_WIDTH = 50
"""Below this the sections pane hides too, leaving the text the whole width."""
_SAYING = 2.0
"""Seconds a `nowhere` message shows; the same one again within them only rings the bell."""


class ReaderScreen(Screen[None]):
    """One article, read."""

    BINDINGS: ClassVar[list[BindingType]] = READER_KEYS

    learner: reactive[Learner] = reactive(Learner, init=False)
    """What the learner knows and chose; every widget that shows any of it watches this."""

    def __init__(
        self,
        article: Article,
        *,
        config: Config,
        analysed: bool = True,
        first_readings: FirstReadings | None = None,
        analysis: Piped[Article] | None = None,
        back: bool = False,
        at: tuple[int, int] | None = None,
    ) -> None:
        """`back`: opened from the library, which Esc or backspace returns to; `at`: a span
        of the text to open on (a quote chosen in the people index)."""
        super().__init__()
        self.back = back
        self._at = at
        self._created = time.perf_counter()
        self.article = article
        self._first_readings = first_readings
        self._analysis = analysis
        self.analysed = asyncio.Event()
        """Set once `article` has its speakers and figures: the side panels wait for it."""
        if analysed:
            self.analysed.set()
        self._analysis_failed: str | None = None
        """Why the speakers and figures could not be found, if they could not."""
        self._said: tuple[str, float] = ("", 0.0)
        """The last `nowhere` message and when it was shown, so a held key shows it once."""
        self._wanted_pane: str | None = None
        """A panel asked for (F2-F4) before the analysis came: opened when it does."""
        self.key = article_key(article.text)
        self.current_section = 0
        self.glossary: Glossary | None = None
        self.panels: SidePanels | None = None
        self._panels_lock = asyncio.Lock()
        self.show_panels: bool | None = None
        """None: panels follow the terminal width; True/False: the user chose with `\\`."""
        self.annotated: set[int] = set()
        self._names: dict[str, str] | None = None
        self._surnames: dict[str, str] = {}  # name -> surname syllable, with the names
        self._converted: Article | None = None
        self._follow_timer: Timer | None = None
        self.bookmarks: tuple[Bookmark, ...] = ()
        self.remembered: tuple[int, int | None] = (0, None)
        self.quitting = False
        self.loaded = asyncio.Event()
        """Set once every section has its readings and the dictionary and names are in (and
        drawn, and what is loaded frozen: `_freeze_what_is_loaded`)."""
        self.study = Study(self)
        self.places = Places(self)
        self._loader = Loader(article, self.post_message, lambda: self.current_section)
        if not analysed:
            self._loader.analysed.clear()
        self.set_reactive(
            ReaderScreen.learner,
            Learner(
                show_pinyin=config.pinyin,
                pinyin_mode="unknown" if config.pinyin_mode == "unknown" else "all",
                tone_style="numbers" if config.tone_style == "numbers" else "marks",
                tone_colours=config.tone_colours,
            ),
        )

    def compose(self) -> ComposeResult:
        yield Static(text_content(self.article.title or self.article.source), id="title-bar")
        with Horizontal(id="main"):
            yield SectionsPane(self.article, id="sections")
            yield ArticleView(self.article, id="article")
            # the tabs are mounted once the first screen is up: they are most of the widgets
            yield Container(id="panels")
        with Horizontal(id="bottom-bar"):
            yield KeyFooter(id="footer", compact=True, show_command_palette=False)
            yield PositionBar(id="position")

    @cached_property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @cached_property
    def sections_pane(self) -> SectionsPane:
        return self.query_one(SectionsPane)

    @property
    def winding_down(self) -> bool:
        """q was pressed or the app is shutting down: a message from the loader that arrives
        now has nothing left to update."""
        return self.quitting or not self.is_attached or not self.view.is_attached

    @property
    def shown_article(self) -> Article:
        """The article as displayed: converted to the other script after T."""
        return self._converted if self.learner.converted and self._converted else self.article

    def on_mount(self) -> None:
        self.view.focus()
        self.show_section(0)
        self.apply_width(self.app.size.width)
        self.places.load_user_data()
        if self._at is not None:
            self.call_after_refresh(self.jump_to, *self._at)
        # heavy loading starts once the first screen is up
        self.app.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        if self.quitting:
            return
        self._loader.first_readings = self._first_readings
        if self.analysed.is_set():
            self._load()
            await self.mount_panels()
        elif self._analysis is None:
            # found in this process: before the readings, not beside them (the same modules
            # first imported from two threads, and a fight over the GIL); on_analysed loads
            self._analyse()
        else:
            self._load()  # the readings need the sections only; the child finds the rest
            self._analyse()

    @work(
        thread=True,
        exclusive=True,
        group="analyse",
        name="Finding speakers and figures",
        exit_on_error=False,
    )
    def _analyse(self) -> None:
        """Speakers and figures: from the child that looked for them while the reader started
        (waited for off the UI thread, which answers keys meanwhile), or found here."""
        from textual.worker import get_current_worker

        stopped = self._stopped(get_current_worker())
        analysis = self._analysis
        try:
            if analysis is None:
                from reader.core.analysis import complete

                article = complete(self.article)
            else:
                while not analysis.ready(0.05):  # short waits: q must not hang here
                    if stopped():
                        return
                article = analysis.result()
        except Exception as error:
            # the error is shown (on_worker_state_changed); the panels and the names' pinyin
            # still come, with no speakers and no figures, rather than never
            if not stopped():
                self.post_message(Analysed(self.article, failed=str(error) or type(error).__name__))
            raise
        if not stopped():
            self.post_message(Analysed(article))

    def _stopped(self, worker: Worker[None]) -> Callable[[], bool]:
        """Whether a worker thread should give up: cancelled, or the reader is quitting."""
        return lambda: worker.is_cancelled or self.quitting

    async def on_analysed(self, message: Analysed) -> None:
        if self.winding_down:
            return
        self.article = self._loader.article = message.article
        self._analysis_failed = message.failed
        self._converted = None  # made from the article without its speakers
        self.view.set_article(self.article)
        self.sections_pane.article = self.article
        if self.learner.converted:
            self._show_script()
        self.analysed.set()
        self._loader.analysed.set()  # the names' pinyin may be read now
        if self._analysis is None:
            self._load()  # it waited for the analysis found here (_after_first_paint)
        await self.mount_panels()
        if self._wanted_pane is not None:
            await self.action_open_panel(self._wanted_pane)

    @work(
        thread=True,
        exclusive=True,
        group="annotate",
        name="Loading pinyin and the dictionary",
        exit_on_error=False,
    )
    def _load(self) -> None:
        """The loader's thread: it reports through messages (an error, see below, too)."""
        from textual.worker import get_current_worker

        self._loader.cancelled = self._stopped(get_current_worker())
        self._loader.run()

    async def mount_panels(self) -> None:
        """Glossary, Speakers and Figures: mounted after the first paint (or at once when asked
        for), then brought up to date with what arrived before."""
        from reader.tui.widgets.side_panels import SidePanels  # not needed for the first paint

        async with self._panels_lock:
            if self.panels is not None:
                return
            panels = SidePanels(
                self.shown_article, unavailable=self._analysis_failed, id="side-tabs"
            )
            await self.query_one("#panels").mount(panels)
            self.panels = panels
            self.call_after_refresh(self._loader.panels_drawn.set)
        if self._names is not None:
            panels.speakers.set_readings(self._names)
        self.refresh_glossary()

    # the loader's messages ----------------------------------------------------------------

    def _check_loaded(self) -> None:
        if (
            self.glossary is not None
            and self._names is not None
            and len(self.annotated) == len(self.article.sections)
        ):
            self.log(f"loaded in {(time.perf_counter() - self._created) * 1000:.0f} ms")
            # what came last is drawn first: the collection holds the UI thread for a moment
            self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        if not self.loaded.is_set():
            _freeze_what_is_loaded()
            self.loaded.set()

    def on_unmount(self) -> None:
        gc.unfreeze()  # what was frozen with this screen up is collected as usual again

    def on_section_annotated(self, message: SectionAnnotated) -> None:
        if self.winding_down:
            return
        if not self.annotated:
            self.call_after_refresh(self._loader.first_drawn.set)
        self.annotated.add(message.index)
        self._check_loaded()
        self.view.set_tokens(message.index, self._surnames_read(message.tokens))
        if message.index == self.current_section:
            self.refresh_glossary()
        self.update_position()

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        if self.winding_down:
            return
        self.glossary = message.glossary
        learner = self.learner
        knowledge = replace(learner.knowledge, traditional=message.traditional)
        self.learner = replace(learner, hsk=message.glossary.hsk2, knowledge=knowledge)
        self._check_loaded()
        self.refresh_glossary()

    def on_names_read(self, message: NamesRead) -> None:
        if self.winding_down:
            return
        self._names, self._surnames = message.names, message.surnames
        if self.panels is not None:
            self.panels.speakers.set_readings(message.names)
        # the sections read before the names came: their speakers' surnames as the panel says
        for index, tokens in list(self.view.tokens.items()):
            read = self._surnames_read(tokens)
            if read != tokens:
                self.view.set_tokens(index, read)
                if index == self.current_section:
                    self.refresh_glossary()
        self._check_loaded()

    def _surnames_read(self, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
        """`tokens` with the speakers' surnames read as the Speakers panel reads them (任志强
        Rén, not the word's rèn), once their names' readings are in."""
        if not self._surnames:
            return tokens
        from reader.core.names import surnames_read

        return surnames_read(tokens, self.article.text, self._surnames)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed says so on screen (the reader keeps going without it)."""
        if event.state == WorkerState.ERROR and not self.winding_down:
            self.notify(
                f"{event.worker.name} failed: {event.worker.error}",
                title="Something went wrong",
                severity="error",
                markup=False,
                timeout=10,
            )

    def refresh_glossary(self) -> None:
        """The glossary lists the words of the section on screen."""
        if self.panels is None:
            return
        tokens = self.view.section_tokens
        if self.glossary is None or tokens is None:
            self.panels.glossary.show_loading()
            return
        from reader.core.glossary import section_words

        names = frozenset(s.name for s in self.article.speakers if not s.group)
        self.panels.glossary.show_words(section_words(tokens, names))
        token = self.view.cursor_token
        if token is not None:
            self.panels.glossary.highlight_word(token.text, token.pinyin)

    # the learner's state ------------------------------------------------------------------

    @cached_property
    def is_traditional(self) -> bool:
        """Is the article written in traditional characters? (Worked out on first need, unless
        the loader said so first.)"""
        if self.learner.hsk is not None:
            return self.learner.knowledge.traditional
        from reader.core.script import is_traditional

        return is_traditional(self.article.text)

    def watch_learner(self, old: Learner, new: Learner) -> None:
        if old.converted != new.converted:
            self._show_script()

    def _show_script(self) -> None:
        """Show the text in the other script or back (T): every offset stays."""
        if self._converted is None:
            from reader.core.script import convert_article

            self._converted = convert_article(
                self.article, "simplified" if self.is_traditional else "traditional"
            )
        shown = self.shown_article
        self.view.set_display_text(shown.text)
        self.query_one("#title-bar", Static).update(text_content(shown.title or shown.source))
        self.sections_pane.set_article(shown)
        if self.panels is not None:
            self.panels.speakers.set_article(shown)
            self.panels.figures.set_article(shown)

    # layout -------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.apply_width(event.size.width)

    def apply_width(self, width: int) -> None:
        wanted = self.show_panels if self.show_panels is not None else width >= PANELS_MIN_WIDTH
        self.query_one("#panels").display = wanted
        # on a narrow screen the text needs the room: sections pane or panels, not both
        crowded = wanted and width < PANELS_MIN_WIDTH
        self.sections_pane.display = width >= SECTIONS_MIN_WIDTH and not crowded

    def update_position(self) -> None:
        if self.winding_down:
            return
        view = self.view
        waiting = view.show_pinyin and not view.pinyin_shown
        total = len(self.article.sections)
        self.query_one(PositionBar).show(self.current_section, total, view.progress, waiting)

    # navigation ---------------------------------------------------------------------------

    def show_section(self, index: int, *, at_once: bool = False) -> None:
        """Open section `index` (clamped to the article), from its top; `at_once` brings the
        pane's marker and the glossary along now (on resuming) rather than after the keys stop."""
        index = max(0, min(index, len(self.article.sections) - 1))
        self.current_section = index
        self.view.show_section(index)
        self.update_position()
        # The pane's marker and the glossary list cost tens of milliseconds on a long article:
        # they follow once the keys stop, so paging through sections stays instant.
        if self._follow_timer is not None:
            self._follow_timer.stop()
            self._follow_timer = None
        if at_once:
            self._follow_section()
        else:
            self._follow_timer = self.set_timer(FOLLOW_DELAY, self._follow_section)

    def _follow_section(self) -> None:
        self._follow_timer = None
        if self.winding_down:
            return
        self.sections_pane.mark_current(self.current_section)
        self.refresh_glossary()
        self.places.remember()

    def jump_to(self, start: int, end: int) -> None:
        """Show the section holding [start, end) and mark the span there."""
        index = self.article.section_at(start)
        if index != self.current_section:
            self.show_section(index)
        self.view.select(start, end)

    def go_to_offset(self, offset: int | None) -> None:
        """Open the section holding `offset` with the word cursor there (a dialog's answer)."""
        if offset is not None:
            self.show_section(self.article.section_at(offset))
            self.view.move_cursor_to(offset)

    def nowhere(self, why: str) -> None:
        """A key that cannot go anywhere says so, rather than doing nothing."""
        self.app.bell()
        now = time.monotonic()
        if self._said[0] == why and now - self._said[1] < _SAYING:
            return
        self._said = (why, now)
        self.notify(why, timeout=_SAYING)

    def action_next_section(self) -> None:
        if self.current_section + 1 < len(self.article.sections):
            self.show_section(self.current_section + 1)
        else:
            self.nowhere(f"This is the last section ({len(self.article.sections)}).")

    def action_previous_section(self) -> None:
        if self.current_section > 0:
            self.show_section(self.current_section - 1)
        else:
            self.nowhere("This is the first section.")

    def action_goto_section(self, number: int) -> None:
        if number <= len(self.article.sections):
            self.show_section(number - 1)
        else:
            total = len(self.article.sections)
            self.nowhere(f"No section {number}: this article has {total}.")

    def action_focus_sections(self) -> None:
        self.sections_pane.display = True
        self.sections_pane.focus()

    def action_focus_article(self) -> None:
        self.view.focus()

    def action_toggle_panels(self) -> None:
        self.show_panels = not self.query_one("#panels").display
        self.apply_width(self.app.size.width)

    async def action_open_panel(self, pane: str) -> None:
        """Show the side panels on tab `pane` and put the focus in its list (once the
        analysis has come)."""
        if not self.analysed.is_set():
            self._wanted_pane = pane
            return
        self._wanted_pane = None
        await self.mount_panels()
        assert self.panels is not None
        self.show_panels = True
        self.apply_width(self.app.size.width)
        self.panels.active = pane
        # the figures tab builds itself when first shown
        self.call_after_refresh(self.panels.panel(pane).focus_list)

    def action_toggle_names(self) -> None:
        self.view.show_names = not self.view.show_names

    def action_toggle_figures(self) -> None:
        self.view.show_figures = not self.view.show_figures

    # events -------------------------------------------------------------------------------

    def on_jump_requested(self, message: JumpRequested) -> None:
        self.jump_to(message.start, message.end)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SectionsPane):
            self.show_section(event.option_index)
            self.action_focus_article()

    def on_article_view_scrolled(self) -> None:
        self.update_position()

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        if message.token is not None and self.panels is not None:
            self.panels.glossary.highlight_word(message.token.text, message.token.pinyin)

    def on_article_view_lookup_requested(self, message: ArticleView.LookupRequested) -> None:
        from reader.tui.screens.lookup_screen import LookupScreen

        self.app.push_screen(
            LookupScreen(message.token, self.article, self.glossary), self.go_to_offset
        )

    def word_under_cursor(self) -> Token | None:
        """The Chinese word under the cursor; if there is none, the user is told how to pick one."""
        token = self.view.cursor_token
        if token is None or not any(token.pinyin):
            self.app.bell()
            self.notify(
                "Put the word cursor on a Chinese word first: w / b, or click it.",
                severity="warning",
                timeout=3,
            )
            return None
        return token

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        self.action_focus_article()
        self.places.search(message.query)

    def on_search_bar_closed(self) -> None:
        self.action_focus_article()

    def on_brief_ready(self, message: BriefReady) -> None:
        if not self.winding_down:
            self.study.show_brief(message.brief, message.tokens)

    def store_failed(self, error: Exception) -> None:
        self.notify(f"Could not save: {error}", severity="error", markup=False)

    # keys kept in their own modules ------------------------------------------------------

    def action_toggle_pinyin(self) -> None:
        self.study.toggle_pinyin()

    def action_toggle_tone_style(self) -> None:
        self.study.toggle_tone_style()

    def action_toggle_colours(self) -> None:
        self.study.toggle_colours()

    def action_pinyin_mode(self) -> None:
        self.study.pinyin_mode()

    def action_toggle_known(self) -> None:
        self.study.toggle_known()

    def action_known_level(self) -> None:
        self.study.known_level()

    def action_glossary_known(self) -> None:
        self.study.glossary_known()

    def action_save_word(self) -> None:
        self.study.save_word()

    def action_saved_words(self) -> None:
        self.study.saved_words()

    def action_brief(self) -> None:
        self.study.brief()

    def action_toggle_script(self) -> None:
        self.study.toggle_script()

    def action_search(self) -> None:
        self.places.open_search()

    def action_next_match(self) -> None:
        self.places.next_match(+1)

    def action_previous_match(self) -> None:
        self.places.next_match(-1)

    def action_clear_search(self) -> None:
        """Esc with no word cursor: clear the search; with none, back to the library."""
        if self.learner.matches or not self.back:
            self.places.clear_search()
        else:
            self.action_back()

    def action_back(self) -> None:
        """Back to the library, where it was; the reading position is kept."""
        if not self.back:
            return
        self.quitting = True
        self.app.workers.cancel_node(self)
        self.places.remember()
        self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.back  # the key shows only over a library
        return True

    def action_bookmark(self) -> None:
        self.places.bookmark()

    def action_bookmarks(self) -> None:
        self.places.bookmarks()


def _freeze_what_is_loaded() -> None:
    """Leave what is loaded out of the cyclic collector's later full passes. pypinyin's phrase
    dictionary alone is 190,000 lists that live as long as the reader, and every full pass
    walked them all: 0.2 s with the UI thread held, 16 times in 120 key presses on the bundled
    article (benchmarks/gc_pauses.py). Collected first, so that only what is alive is frozen.
    What is alive now and dropped later (the key bar's keys, the panels' placeholders) waits
    for `on_unmount`, which unfreezes: about 7,000 objects however long the session, and the
    screen's own widgets are collected as usual once it goes."""
    gc.collect()
    gc.freeze()
