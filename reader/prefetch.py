"""Readings and the analysis for the first screen, worked out in forked children while the
reader starts.

Loading jieba, pypinyin and g2pM takes over a second of CPU, and in the reader's own process
it can only start after the first paint (it would hold the GIL and delay it). A child forked
before Textual is imported loads them on the machine's other core at the same time, annotates
the section the reader opens on, sends the tokens back through a pipe and exits. The reader
loads its own copy afterwards for everything else. Where `fork` is not available (or the child
fails) the reader simply annotates that section itself.

The speakers and figures come the same way, from a second child (`start_analysis`): found in
the reader's process after the first paint, they held its UI thread for most of a second
(jieba's dictionary, the word lists) and the speakers panel filled 1.1-1.3 s after the first
paint on a slow machine; from the child, about 0.9 s, with the keys answered meanwhile.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Article, Token
    from reader.forked import Forked

STARVED = 0.25
"""A child with less than this share of a core is left behind (reader/tui/loader.py): behind
three busy loops of its terminal session it had 0.07; beside the analysis child, half."""


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
        self._started = time.monotonic()
        self._child.start()
        child_end.close()

    def starved(self) -> bool:
        """Whether the child has had less than `STARVED` of a core since it started: work of
        the same terminal session keeps it from running (also when that cannot be read)."""
        try:
            stat = Path(f"/proc/{self._child.pid}/stat").read_text()
            ticks = stat.rsplit(")", 1)[1].split()[11:13]  # utime, stime
            used = sum(map(int, ticks)) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return True
        return used < STARVED * (time.monotonic() - self._started)

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
    os.nice(10)  # the reader's first paint comes first when the cores are busy
    from reader.core.pinyin import annotate

    try:
        pipe.send(annotate(text, start, end))
    finally:
        pipe.close()


def start_analysis(article: Article) -> Forked[Article]:
    """Find `article`'s speakers and figures (`complete`) in a child where the platform can
    fork; elsewhere its `result` finds them in the thread that asks."""
    from reader.forked import Forked

    return Forked(_complete, article, os.getpid())


def _complete(article: Article, reader: int) -> Article:
    if os.getpid() != reader:  # not when the reader runs it itself (the child failed)
        os.nice(10)  # as the readings' child: the first paint comes first
    from reader.core.analysis import complete

    return complete(article)
