"""The reader's loader: readings for every section, the dictionary and the names' pinyin,
computed in one worker thread that touches no widget and reports only through messages.

One thread: two would fight over the GIL and delay the first pinyin. The section on screen
goes first (the screen may change while it works: `current` is asked each time).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from reader.tui.messages import GlossaryReady, NamesRead, SectionAnnotated

if TYPE_CHECKING:
    from reader.core.model import Article, Token
    from reader.prefetch import FirstReadings


CHUNK = 2000
"""Characters annotated between two looks at `cancelled` (about 50 ms of work)."""
MIN_PATIENCE = 0.5
"""Seconds the child is waited for at least, once the dictionary is in (reader/prefetch.py)."""
PANELS_PATIENCE = 2.0
"""Seconds the side panels are waited for, once the child's readings are in (`_hold_back`)."""


@dataclass
class Loader:
    article: Article
    post: Callable[[Message], object]
    """Where the results go (the screen's `post_message`: safe from any thread)."""
    current: Callable[[], int]
    """The section on screen now."""
    first_readings: FirstReadings | None = None
    """The opening section's readings, on their way from a child process (reader/prefetch.py)."""
    cancelled: Callable[[], bool] = lambda: False
    analysed: threading.Event = field(default_factory=lambda: _set(threading.Event()))
    """Whether `article` has its speakers yet (their names are read after): cleared by a screen
    whose analysis is still to come, set again when it comes."""
    first_drawn: threading.Event = field(default_factory=threading.Event)
    """Set by the screen once the first readings are drawn: the loader gives it the GIL till then."""
    panels_drawn: threading.Event = field(default_factory=threading.Event)
    """Set by the screen once its side panels are drawn (see `_hold_back`)."""
    left_child: bool = False
    """The child was too slow and the opening section was read here."""

    def run(self) -> None:
        todo = list(range(len(self.article.sections)))
        glossed = named = False
        first = self.first_readings
        if first is not None and first.section == self.current():
            # the child loads jieba on the other core; loading it here too would only slow the
            # UI thread down (the GIL) until the child's tokens arrive. The dictionary is
            # mostly unpacking and SQLite, which let go of the GIL: it loads meanwhile.
            began = time.monotonic()
            glossary = self._glossary()
            # The child runs at a lower priority: behind other work of the same terminal
            # session (a build started with &) it can starve for good. Waited for as long
            # again as the dictionary took (the child's head start), it is left behind and
            # the section is read here, if it is starved; one that runs (beside the analysis
            # child, at half a core) is waited for: reading here means loading it all again.
            loaded = time.monotonic()
            patience = loaded + max(loaded - began, MIN_PATIENCE)
            tokens = None
            while tokens is None and not first.finished and not self.cancelled():
                if time.monotonic() > patience and first.starved():
                    self.left_child = True
                    break
                tokens = first.result(timeout=0.05)  # short waits: q must not hang here
            if tokens is not None and not self.cancelled():
                todo.remove(first.section)
                self.post(SectionAnnotated(first.section, tokens))
                # the opening section's words can be glossed now, while the next section would
                # take this process's first jieba and g2pM
                self.post(glossary)
                glossed = True
                self.first_drawn.wait(0.5)
                self._hold_back(first.section)
            elif not self.cancelled():
                self.post(glossary)  # loaded already: not again after the section
                glossed = True
        while todo and not self.cancelled():
            current = self.current()
            index = current if current in todo else todo[0]
            todo.remove(index)
            tokens = self._annotate(index)
            if tokens is None:
                return  # cancelled halfway through a long section
            self.post(SectionAnnotated(index, tokens))
            # let the UI thread have the GIL to draw that pinyin before the dictionary loads
            self.first_drawn.wait(0.5)
            if not glossed and not self.cancelled():
                self._gloss()
                glossed = True
            if not named and self.analysed.is_set() and not self.cancelled():
                self._name()
                named = True
        if not named and not self.cancelled():  # the analysis came last
            self._name()

    def _hold_back(self, section: int) -> None:
        """Wait for the side panels to be drawn before the next section loads this process's
        own jieba and pypinyin: that holds the GIL for about a second, and the speakers and
        the glossary, which the child's readings and analysis make ready first, would be drawn
        after it (0.5 s later on the bundled article). The reader turning to another section
        ends the wait: its readings are wanted now."""
        deadline = time.monotonic() + PANELS_PATIENCE
        while not self.panels_drawn.wait(0.05):  # short waits: q must not hang here
            if self.cancelled() or self.current() != section or time.monotonic() > deadline:
                return

    def _annotate(self, index: int) -> tuple[Token, ...] | None:
        """The readings of section `index`, worked out a few sentences at a time so that q is
        obeyed within a fraction of a second even on a one-paragraph book (None if cancelled)."""
        from reader.core.pinyin import annotate
        from reader.core.text import chunks

        section, text = self.article.sections[index], self.article.text
        tokens: list[Token] = []
        for start, end in chunks(text, section.start, section.end, CHUNK):
            if self.cancelled():
                return None
            tokens += annotate(text, start, end)
        return tuple(tokens)

    def _glossary(self) -> GlossaryReady:
        from reader.core.glossary import glossary
        from reader.core.script import is_traditional

        return GlossaryReady(glossary(), is_traditional(self.article.text))

    def _gloss(self) -> None:
        self.post(self._glossary())

    def _name(self) -> None:
        from reader.core.names import name_readings, surname_syllables

        while not self.analysed.wait(0.05):  # short waits: q must not hang here
            if self.cancelled():
                return

        names = name_readings(self.article)
        self.post(NamesRead(names, surname_syllables(names)))


def _set(event: threading.Event) -> threading.Event:
    event.set()
    return event
