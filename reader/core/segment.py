"""Word segmentation with jieba, loaded once, lazily and thread-safely.

jieba builds a prefix dictionary on first use (1.2-1.9 s); the wheel ships it prebuilt, it is
loaded on demand behind a lock, its log silenced, and its cache kept in bayreader's cache
folder rather than the system temp folder.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import marshal
import os
import re
import string
import threading
from collections.abc import Iterator
from functools import lru_cache
from math import log
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    """The shared jieba tokenizer, initialised on first call."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            _import_jieba()
            import jieba

            from reader.core.userdirs import cache_dir

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.tmp_dir = str(cache_dir())
            cache = cache_dir() / "jieba.cache"  # the name jieba gives its default dict's cache
            try:
                # jieba's own marshal.load(file) takes 1.4 s here; loads(bytes) takes 0.5 s
                tk.FREQ, tk.total = marshal.loads(cache.read_bytes())
                tk.initialized = True
            except (OSError, ValueError, EOFError, TypeError):
                if not _load_shipped(tk, cache):
                    tk.initialize()  # builds the dictionary and writes the cache
            _tokenizer = tk
        return _tokenizer


def _import_jieba() -> None:
    """jieba, imported without setuptools' pkg_resources.

    jieba's first import tries pkg_resources only to open its own data files (0.15-0.3 s of
    the speakers panel's first second, and a deprecation warning on new setuptools); where it
    is missing jieba opens them by their path, the same files. Hidden for that one import."""
    import sys

    if "jieba" in sys.modules:
        return
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        import jieba  # noqa: F401
    finally:
        if hide and sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]


SHIPPED = "jieba-prefix-dict.marshal.gz"
"""jieba's prefix dictionary, built from its dict.txt by training/build_jieba_dict.py: building
it on a user's first launch took 1.2-1.9 s, while the first pinyin and glossary waited."""


def shipped_stamp() -> str:
    """What the shipped dictionary must have been built from: this jieba's dictionary file."""
    _import_jieba()
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    return f"jieba {jieba.__version__} dict.txt {dictionary.stat().st_size} marshal 4"


def _load_shipped(tk: jieba.Tokenizer, cache: Path) -> bool:
    """Load the shipped prefix dictionary (and keep it as the user's cache), if it was built
    from this jieba's dictionary; False if there is none that fits."""
    import gzip

    from reader.core.assets import asset

    try:
        stamp, data = gzip.decompress(asset(SHIPPED).read_bytes()).split(b"\n", 1)
        if stamp.decode() != shipped_stamp():
            return False
        tk.FREQ, tk.total = marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return False
    tk.initialized = True
    with contextlib.suppress(OSError):  # next time it is read from the cache, as jieba's own
        temp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, cache)
    return True


def words(text: str, start: int = 0) -> Iterator[tuple[str, int]]:
    """(word, offset) pairs covering `text` exactly, offsets shifted by `start`.

    Segmented line by line, so a word never spans a paragraph break.
    """
    offset = start
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        for word in cut(body):
            yield word, offset
            offset += len(word)
        if len(body) < len(line):
            yield "\n", offset
            offset += 1


def dictionary_words(text: str) -> list[str]:
    """`text` cut into jieba's dictionary words only (no HMM guesses), in its own script.

    Without the HMM a name jieba does not know falls apart into single characters, the shape
    both the name model and the speaker rules read. jieba's dictionary is simplified, so the
    cut is made on the simplified form (same length) and mapped back.
    """
    return list(_dictionary_words(text))


def dictionary_word_at(text: str, at: int, lo: int, hi: int) -> tuple[int, str]:
    """(start, word): the dictionary word of `text[lo:hi]`, cut as `dictionary_words` cuts it,
    that holds the character at `at` (lo <= at < hi); (at, "") where none does. A word that
    starts before `at` runs across it (发问 around 问, 职称 around 称)."""
    start = lo
    for word in _dictionary_words(text[lo:hi]):
        if start + len(word) > at:
            return start, word
        start += len(word)
    return at, ""


def dictionary_word_from(text: str, at: int, lo: int, hi: int) -> str:
    """The dictionary word of `text[lo:hi]`, cut as `dictionary_words` cuts it, that starts at
    `at`; "" where a word begun before `at` runs across it. The rules ask it whether some
    characters stand as a word of their own there (分析|师: 分析 does, 四起 does)."""
    start, word = dictionary_word_at(text, at, lo, hi)
    return word if start == at else ""


@lru_cache(maxsize=8192)
def _dictionary_words(text: str) -> tuple[str, ...]:
    """`dictionary_words`, kept: the speaker rules cut one clause several times (half the
    calls on a long article repeat a text)."""
    from reader.core.script import to_simplified

    out, at = [], 0
    for size in _dictionary_cut(to_simplified(text)):
        out.append(text[at : at + size])
        at += size
    return tuple(out)


_HAN_RUN = re.compile(r"([\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]+)")  # jieba's re_han_default
_SPACE = re.compile(r"(\r\n|\s)")  # jieba's re_skip_default
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)


def _dictionary_cut(text: str) -> Iterator[int]:
    """The lengths of the words `jieba.Tokenizer.cut(text, HMM=False)` yields, worked out the
    same way (its dictionary's DAG, the most probable route, single Latin letters and digits
    joined) in a third less time: jieba's pure-Python route search was a sixth of a 1 MB
    export's speakers time. tests/core/test_segment.py holds the two to the same cuts."""
    tk = tokenizer()
    freq, total = tk.FREQ, log(tk.total)
    for block in _HAN_RUN.split(text):
        if not block:
            continue
        if _HAN_RUN.match(block):
            yield from _route(freq, total, block)
        else:
            for part in _SPACE.split(block):
                if _SPACE.match(part):
                    yield len(part)
                else:
                    yield from itertools.repeat(1, len(part))


def cut(text: str) -> Iterator[str]:
    """The words `jieba.Tokenizer.cut(text)` yields (its HMM on), worked out on the same
    route as `_dictionary_cut`: jieba's pure-Python route search was a third of the brief's cut
    of a 1 MB export. Runs of single characters that make no dictionary word go to jieba's own
    HMM (`finalseg`), as jieba sends them. tests/core/test_segment.py holds the two to the same
    cuts."""
    tk = tokenizer()  # first: jieba (and its finalseg) imported once, under the lock
    from jieba import finalseg

    freq, total = tk.FREQ, log(tk.total)
    for block in _HAN_RUN.split(text):
        if not block:
            continue
        if not _HAN_RUN.match(block):
            for part in _SPACE.split(block):
                if _SPACE.match(part):
                    yield part
                else:
                    yield from part
            continue
        ends, at, single = _best_ends(freq, total, block), 0, -1
        while at <= len(block):  # one step past the end, as a word of two, flushes the run
            stop = ends[at] + 1 if at < len(block) else at + 2
            if stop - at == 1:
                single = at if single < 0 else single
            else:
                if single >= 0:
                    run = block[single:at]
                    if len(run) > 1 and not freq.get(run):
                        yield from finalseg.cut(run)
                    else:
                        yield from run
                    single = -1
                if at < len(block):
                    yield block[at:stop]
            at = stop


def _best_ends(freq: dict[str, int], total: float, block: str) -> list[int]:
    """Each start's last character along jieba's most probable route through `block`
    (`Tokenizer.calc`: each start's best end by log frequency, ties to the longer word)."""
    size = len(block)
    score = [0.0] * (size + 1)
    ends = list(range(size + 1))
    for start in range(size - 1, -1, -1):
        best: float | None = None
        for stop in range(start + 1, size + 1):
            count = freq.get(block[start:stop])
            if count is None:
                break  # no dictionary word starts with this: none longer does
            if count:
                here = log(count) - total + score[stop]
                if best is None or here >= best:
                    best, ends[start] = here, stop - 1
        if best is None:
            best = log(freq.get(block[start]) or 1) - total + score[start + 1]
        score[start] = best
    return ends


def _route(freq: dict[str, int], total: float, block: str) -> Iterator[int]:
    """Word lengths along jieba's most probable route through `block`, single Latin letters
    and digits joined as jieba joins them without its HMM."""
    ends, size = _best_ends(freq, total, block), len(block)
    at, run = 0, 0
    while at < size:
        stop = ends[at] + 1
        if stop - at == 1 and block[at] in _ASCII_ALNUM:
            run += 1  # jieba joins single letters and digits into one word
        else:
            if run:
                yield run
                run = 0
            yield stop - at
        at = stop
    if run:
        yield run
