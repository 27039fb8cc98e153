"""The reader app: start-up, theme, screens and the command palette.

Everything about the article is the `ReaderScreen`'s; the app only renders an `Article` the
core produced and never parses text itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.core.model import Article
from reader.state import Config
from reader.tui.commands import SectionCommands
from reader.tui.keys import HELP_GROUPS, palette_bindings, reader_bindings
from reader.tui.screens.help_screen import HelpScreen
from reader.tui.screens.reader_screen import ReaderScreen

if TYPE_CHECKING:
    from pathlib import Path

    from reader.forked import Piped
    from reader.prefetch import FirstReadings


class ReaderApp(App[None]):
    """A terminal reader for one analysed article."""

    CSS_PATH = "app.tcss"
    TITLE = "bayreader"
    COMMANDS = App.COMMANDS | {SectionCommands}

    def __init__(
        self,
        article: Article | None,
        *,
        library: list[Path] | None = None,
        config: Config | None = None,
        warning: str | None = None,
        notes: tuple[str, ...] = (),
        analysed: bool = True,
        first_readings: FirstReadings | None = None,
        analysis: Piped[Article] | None = None,
    ) -> None:
        """`analysed=False`: `article` has its sections only (`analyze_structure`); speakers
        and figures are found after the first paint. `first_readings`: the readings of the
        section the reader opens on, on their way from a child process (reader/prefetch.py);
        `analysis`: its speakers and figures, the same way (found here if None).
        `library`: the article files of a folder, listed in a library screen to open from
        (`article` is then None)."""
        self._started = time.perf_counter()
        super().__init__()
        self.config = config or Config()
        self._warning = warning
        self._notes = notes
        """What reading the file had to mend (invalid bytes replaced)."""
        self._first: Screen
        if article is not None:
            self._first = ReaderScreen(
                article,
                config=self.config,
                analysed=analysed,
                first_readings=first_readings,
                analysis=analysis,
            )
        else:
            from reader.tui.screens.library_screen import LibraryScreen

            self._first = LibraryScreen(library or [])
        self.next_article: Article | None = None
        """Set by `o`: the reader closes and the command opens this article next."""
        self.next_notes: tuple[str, ...] = ()
        self._helpers = first_readings
        """The start-up's child processes: stopped on SIGHUP, which skips the command's own
        clean-up (`_hung_up`)."""

    def get_default_screen(self) -> Screen:
        return self._first

    @property
    def reader(self) -> ReaderScreen:
        """The article being read (the top-most reader screen)."""
        reader = self.current_reader()
        if reader is None:
            raise LookupError("no article is open")
        return reader

    def current_reader(self) -> ReaderScreen | None:
        stack = self.screen_stack if self.is_running else [self._first]
        return next((s for s in reversed(stack) if isinstance(s, ReaderScreen)), None)

    def read(self, article: Article, at: tuple[int, int] | None = None) -> None:
        """Open `article` over the library; Esc or backspace comes back (`at`: a span to show)."""
        self.push_screen(
            ReaderScreen(article, config=self.config, analysed=False, back=True, at=at)
        )

    def on_mount(self) -> None:
        if self.config.theme in self.available_themes:
            self.theme = self.config.theme
        if self.config.keys:
            self.set_keymap(self.config.keys)
        if self._warning:
            self.notify(self._warning, title="Settings", severity="warning", markup=False)
        for note in self._notes:
            self.notify(note, title="Reading the file", severity="warning", markup=False)
        self._folder_warnings()
        self._quit_on_signals()
        self.log(f"started in {(time.perf_counter() - self._started) * 1000:.0f} ms")

    def _quit_on_signals(self) -> None:
        """SIGTERM (kill) quits as q does: the position is kept and Textual puts the terminal
        back (alternate screen off, mouse off). SIGHUP (the terminal window closed, tmux
        killed) keeps the position and ends the process at once: there is no terminal left to
        put back, and Textual's shutdown would wait forever on its output thread, which died
        writing to the vanished terminal."""
        import signal

        loop = asyncio.get_running_loop()
        handlers = {
            signal.SIGTERM: lambda: self.call_later(self.action_quit),
            signal.SIGHUP: self._hung_up,
        }
        for sig, handler in handlers.items():
            # no signals to add on Windows, nor off the main thread (tests)
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, handler)

    def _hung_up(self) -> None:
        import os

        with contextlib.suppress(Exception):  # whatever happens, the process must end
            self.reader.quitting = True
            self.reader.places.remember()
        if self._helpers is not None:  # else they work on, up to a second, in a group of their
            self._helpers.stop()  # own that the hang-up never reached, and write the caches
        os._exit(128 + 1)  # as a shell reports a process ended by SIGHUP

    def _folder_warnings(self) -> None:
        """A cache folder that could not be written (the reader uses a temporary one)."""
        from reader.core import userdirs

        userdirs.cache_dir()  # finds out now, not when the loader first needs it
        for warning in dict.fromkeys(userdirs.warnings):
            self.notify(warning, title="User folders", severity="warning", markup=False)
        userdirs.warnings.clear()

    async def loaded(self) -> None:
        """Wait until every section has its readings and the dictionary is in (for tests and
        benchmarks that need a settled screen)."""
        await self.reader.loaded.wait()

    async def action_quit(self) -> None:
        """Quit at once, keeping the reading position: the loader stops after its current
        section instead of annotating the whole article while the interpreter waits."""
        reader = self.current_reader()
        self.workers.cancel_all()
        if reader is not None and not reader.quitting:
            reader.quitting = True
            reader.places.remember()
        self.exit()

    def action_open(self) -> None:
        from reader.tui.screens.open_screen import OpenScreen

        def opened(path: str | None) -> None:
            if path == "-":
                self.notify("Standard input can only be read at start: bayreader -", timeout=3)
            elif path:
                # on the screen: a failure is reported there like any worker's
                self.reader.run_worker(
                    partial(self._read_article, path),
                    thread=True,
                    group="open",
                    name="Opening the article",
                    exit_on_error=False,
                )

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
        self.next_notes = document.notes  # the next reader shows them
        self.call_from_thread(self._switch_to, article)

    def _switch_to(self, article: Article) -> None:
        if not isinstance(self._first, ReaderScreen):  # over a library: read it from there
            self.read(article)
            return
        self.next_article = article
        self.call_later(self.action_quit)

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def help_groups(self) -> list[tuple[str, Iterable[Binding]]]:
        """The keys the help screen lists, by what they do (as the keymap has them now)."""
        known = {b.id: b for b in self.reader_bindings() if b.id}
        reader = self.current_reader()
        if reader is None or not reader.back:
            known.pop("back", None)  # no library to go back to
        known["go-to-section"] = Binding("1", "", "Go to section N", key_display="1-9")
        known["palette"] = Binding(
            "ctrl+p", "command_palette", "Command palette: go to section, every action"
        )
        return [(title, [known[i] for i in ids if i in known]) for title, ids in HELP_GROUPS]

    def reader_bindings(self) -> list[Binding]:
        """Every binding of the reader with an id, remapped keys included."""
        return reader_bindings(self.config.keys)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then one for every reader key that has a tooltip."""
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReaderScreen):
            return
        view = screen.view
        ids = {b.id for b in view.BINDINGS if isinstance(b, Binding) and b.id}
        for binding, on_view in palette_bindings(self.reader_bindings(), ids):
            if binding.id == "back" and not screen.back:
                continue
            target = view if on_view else screen
            yield SystemCommand(
                binding.tooltip or binding.description,
                f"{binding.description} ({self.get_key_display(binding)})",
                partial(target.run_action, binding.action),
            )
