"""Readings for the first screen, worked out in a forked child while the reader starts.

Loading jieba, pypinyin and g2pM takes over a second of CPU, and in the reader's own process
it can only start after the first paint (it would hold the GIL and delay it). A child forked
before Textual is imported loads them on the machine's other core at the same time, annotates
the section the reader opens on, sends the tokens back through a pipe and exits. The reader
loads its own copy afterwards for everything else. Where `fork` is not available (or the child
fails) the reader simply annotates that section itself.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Article, Token


class FirstReadings:
    """The readings of one section, coming from a child process."""

    def __init__(self, article: Article, section: int) -> None:
        self.section = section
        self.finished = False
        """The tokens came, or the child failed: nothing more to wait for."""
        span = article.sections[section]
        context = multiprocessing.get_context("fork")
        self._pipe, child_end = context.Pipe(duplex=False)
        self._child = context.Process(
            target=_annotate, args=(child_end, article.text, span.start, span.end), daemon=True
        )
        self._child.start()
        child_end.close()

    def result(self, timeout: float) -> tuple[Token, ...] | None:
        """The tokens, or None if they are not there within `timeout` seconds (or the child
        failed: then `finished` is set too)."""
        try:
            if self._pipe.poll(timeout):
                self.finished = True
                return self._pipe.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            self.finished = True  # the child died before sending
        return None

    def close(self) -> None:
        if self._child.is_alive():
            self._child.terminate()
        self._child.join(1)
        self._pipe.close()


def start(article: Article, section: int) -> FirstReadings | None:
    """Start the child, if this platform can fork (Linux, not macOS or Windows)."""
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        return FirstReadings(article, section)
    except OSError:
        return None


def _annotate(pipe: Connection, text: str, start: int, end: int) -> None:
    import os

    os.nice(10)  # the reader's first paint comes first when the cores are busy
    from reader.core.pinyin import annotate

    try:
        pipe.send(annotate(text, start, end))
    finally:
        pipe.close()
