"""Readings and the analysis for the first screen, worked out in forked children while the
reader starts.

Loading jieba, pypinyin and g2pM takes over a second of CPU, and in the reader's own process
it can only start after the first paint (it would hold the GIL and delay it). A child forked
before Textual is imported loads them on the machine's other core at the same time, annotates
the section the reader opens on, sends the tokens back through a pipe and exits. The reader
loads its own copy afterwards for everything else. Where `fork` is not available (or the child
fails) the reader simply annotates that section itself.

The speakers and figures come the same way, from a grandchild: found in the reader's process
after the first paint, they held its UI thread for most of a second (jieba's dictionary, the
word lists). Both children need jieba's dictionary, and loading it is half of what the
analysis costs (0.4 s of unmarshalling); two children loading it at once beside the reader's
own start-up kept all three from the cores. So the readings' child loads it first, then forks
the analysis from itself, which starts with the dictionary in memory.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from reader.forked import Piped

if TYPE_CHECKING:
    from reader.core.model import Article, Token

STARVED = 0.25
"""A child with less than this share of a core is left behind (reader/tui/loader.py): behind
three busy loops of its terminal session it had 0.07; beside the analysis child, half."""


class FirstReadings:
    """The readings of one section, coming from a child process, and the article's speakers
    and figures (`analysis`), from a grandchild."""

    def __init__(self, article: Article, section: int) -> None:
        self.section = section
        self.finished = False
        """The tokens came, or the child failed: nothing more to wait for."""
        span = article.sections[section]
        context = multiprocessing.get_context("fork")
        self._pipe, child_end = context.Pipe(duplex=False)
        found, found_end = context.Pipe(duplex=False)
        self._child = context.Process(
            target=_annotate,
            args=(child_end, article.text, span.start, span.end, found_end, article),
            daemon=True,
        )
        self._started = time.monotonic()
        self._child.start()
        child_end.close()
        found_end.close()  # the pipe ends (EOF) when the processes that could write it are gone
        self.analysis: Piped[Article] = Piped(found, _complete, article, stop=self.stop)

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

    def stop(self) -> None:
        """Stop the analysis' grandchild, and the child if it is still at work, without waiting
        for them: they are one process group, the child's (`_annotate`)."""
        import signal

        if self._child.pid is not None:
            with contextlib.suppress(OSError):
                os.killpg(self._child.pid, signal.SIGTERM)


def start(article: Article, section: int) -> FirstReadings | None:
    """Start the child, if this platform can fork (Linux, not macOS or Windows)."""
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        return FirstReadings(article, section)
    except OSError:
        return None


def _annotate(
    pipe: Connection, text: str, start: int, end: int, found: Connection, article: Article
) -> None:
    os.setpgid(0, 0)  # a group of its own, for the analysis' grandchild: stopped as one
    os.nice(10)  # the reader's first paint comes first when the cores are busy
    from reader.core.segment import tokenizer

    try:
        tokenizer()  # once, for the readings and the analysis both
    finally:
        analysis = _fork_analysis(found, article, pipe)
    from reader.core.pinyin import annotate

    try:
        pipe.send(annotate(text, start, end))
    finally:
        pipe.close()
        # reaped here if it is done (it usually is): an orphan is left to init, and not every
        # init reaps (a container's may not)
        with contextlib.suppress(OSError):
            os.waitpid(analysis, os.WNOHANG)


def _fork_analysis(found: Connection, article: Article, readings: Connection) -> int:
    """Find the speakers and figures in a process of their own, forked from this one, and
    send them through `found` (on failure, what tells the reader to find them itself).
    Returns its pid."""
    from reader.forked import send

    pid = os.fork()
    if pid == 0:  # at the child's priority (niced): the reader's first paint comes first
        try:
            readings.close()  # only the readings' child holds it: EOF when that one dies
            send(found, _complete, (article,))
        finally:
            os._exit(0)  # none of the child's exit handlers: they are the child's to run
    found.close()
    return pid


def start_analysis(article: Article) -> Piped[Article]:
    """Find `article`'s speakers and figures (`complete`) in the thread that asks, where no
    child could be started to find them (`FirstReadings.analysis`)."""
    return Piped(None, _complete, article)


def _complete(article: Article) -> Article:
    from reader.core.analysis import complete

    return complete(article)
