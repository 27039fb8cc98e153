"""Run one pure function in a forked child on the machine's other core, with a fallback.

`bayreader export` needs two passes over the whole text that do not depend on each other:
the analysis (sections, speakers, figures) and the brief's word segmentation (one jieba pass,
as long as `jieba.lcut` itself). Both are pure Python, so threads would take turns on the GIL;
a forked child runs the segmentation beside the analysis and sends its result back through a
pipe. Where `fork` is not available, or the child fails, the parent computes it itself.
Before its own half, the child hands the parent part of the parent's (`Handed`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Piped(Generic[T]):
    """`function(*args)`, as another process sends it through `pipe` (`(True, value)`, or
    `(False, None)` where it failed there), or computed here where nothing usable comes."""

    def __init__(
        self,
        pipe: Connection | None,
        function: Callable[..., T],
        *args: Any,
        stop: Callable[[], None] = lambda: None,
    ) -> None:
        self._pipe, self._function, self._args, self._stop = pipe, function, args, stop

    def ready(self, timeout: float) -> bool:
        """Whether `result` will answer without waiting on the child (within `timeout` s)."""
        try:
            return self._pipe is None or self._pipe.poll(timeout)
        except (EOFError, OSError):
            return True  # the child died: `result` computes it here

    def close(self) -> None:
        """Stop a child whose result is no longer wanted (not one that gave it: see result)."""
        if self._pipe is not None:
            self._stop()
            self._pipe.close()
            self._pipe = None

    def result(self) -> T:
        """The child's result, or the function run here if the child could not give it."""
        if self._pipe is not None:
            try:
                ok, value = self._pipe.recv()
                if ok:
                    return value  # type: ignore[no-any-return]
            except (EOFError, OSError):
                pass  # the child died before sending
            finally:
                self._pipe.close()
                self._pipe = None
        return self._function(*self._args)


class Forked(Piped[T]):
    """`function(*args)`, computed in a child process when the platform can fork."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        super().__init__(None, function, *args, stop=self._end)
        if not sys.platform.startswith("linux"):
            return
        try:
            context = multiprocessing.get_context("fork")
            pipe, child_end = context.Pipe(duplex=False)
            self._child = context.Process(
                target=send, args=(child_end, function, args), daemon=True
            )
            self._child.start()
            child_end.close()
            self._pipe = pipe
        except OSError:
            self._pipe = None

    def result(self) -> T:
        try:
            return super().result()
        finally:
            if hasattr(self, "_child"):
                self._child.join(1)  # it has sent, or died: nothing left to wait for

    def _end(self) -> None:
        if self._child.is_alive():
            self._child.terminate()
        self._child.join(1)


def send(pipe: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """Send `function(*args)` through `pipe` as `Piped` reads it."""
    try:
        pipe.send((True, function(*args)))
    except Exception:  # the parent computes it again and reports the error itself
        pipe.send((False, None))
    finally:
        pipe.close()


class Handed(Generic[K, V]):
    """A mapping a forked child hands its parent before it goes on with its own work, which
    the parent reads whenever it has come and never waits for: `get` answers None until then.
    The export's child tags the sentences the speakers reach last this way (reader/cli.py).

    Made before the fork (the child inherits the pipe); `forked` is called in the parent once
    the child has started. Where nothing can fork, there is no pipe and `give` does nothing."""

    def __init__(self) -> None:
        self._parent = os.getpid()
        self._values: Mapping[K, V] = {}
        self._pipe: Connection | None = None
        self._end: Connection | None = None
        if sys.platform.startswith("linux"):
            with_ends = multiprocessing.get_context("fork").Pipe(duplex=False)
            self._pipe, self._end = with_ends

    def forked(self) -> None:
        """In the parent, after the fork: only the child writes (the pipe ends if it dies)."""
        if self._end is not None:
            self._end.close()
            self._end = None

    def give(self, make: Callable[[], Mapping[K, V]]) -> None:
        """In the child, send `make()`; in the parent, nothing: it would only work out now
        what it is about to work out anyway."""
        if os.getpid() == self._parent or self._end is None:
            return
        if self._pipe is not None:
            # the child's own copy of the reading end: held open, it would keep the pipe open
            # after the parent stops reading, and a send larger than the pipe would wait for ever
            self._pipe.close()
            self._pipe = None
        try:
            self._end.send(dict(make()))
        except Exception:  # the parent works each value out itself
            pass
        finally:
            self._end.close()
            self._end = None

    def get(self, key: K) -> V | None:
        """The value handed for `key`, if it has come."""
        if self._pipe is not None:
            try:
                if self._pipe.poll():
                    self._values = self._pipe.recv()
                    self.close()
            except (EOFError, OSError):
                self.close()  # the child died, or handed nothing: nothing more will come
        return self._values.get(key)

    def close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
