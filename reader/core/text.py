"""Characters, sentences and clauses: the one place that says what a Han character, a sentence
end and a clause break are, for every part of the analysis.

The delimiter sets are named, because the parts need different cuts on purpose: speakers and
figures read a sentence up to its full stop, the pinyin model reads shorter windows (a
semicolon ends one too), and a speaker's clause also breaks at an enumeration comma.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any, ClassVar, Final, Protocol, TypeVar

HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff〇]")
"""A Han character: the CJK blocks (extensions included) and 〇."""

SENTENCE_END: Final = "。！？!?\n"
"""What ends a sentence (a line end always does)."""
WINDOW_END: Final = SENTENCE_END + "；;"
"""What ends a context window for the pinyin model: a sentence end or a semicolon."""
CLAUSE_BREAK: Final = "，。；：！？,;:!?\n"
"""What ends a clause."""


def is_han(char: str) -> bool:
    return bool(HAN.match(char))


def sentences(
    text: str, start: int = 0, end: int | None = None, ends: str = SENTENCE_END
) -> list[tuple[int, int]]:
    """[start, end) cut after every character of `ends`: spans that cover it, in order."""
    end = len(text) if end is None else end
    spans, first = [], start
    for mark in _one_of(ends).finditer(text, start, end):
        spans.append((first, mark.end()))
        first = mark.end()
    if first < end:
        spans.append((first, end))
    return spans


@lru_cache(maxsize=16)
def _one_of(chars: str) -> re.Pattern[str]:
    """A pattern matching any one of `chars`: a search in C, where a step a character in
    Python made the speakers' reads of every sentence before a place a twentieth of a 1 MB
    export."""
    return re.compile(f"[{re.escape(chars)}]")


def sentence_around(text: str, position: int, ends: str = SENTENCE_END) -> tuple[int, int]:
    """The sentence holding `position`, its closing mark included."""
    start = position
    while start > 0 and text[start - 1] not in ends:
        start -= 1
    end = position
    while end < len(text) and text[end] not in ends:
        end += 1
    return start, min(end + 1, len(text))


def clause_start(text: str, position: int, floor: int, breaks: str = CLAUSE_BREAK) -> int:
    """Where the clause holding `position` starts, not before `floor`.

    Looked for with `rfind` in a window that grows until it holds a break: a step a character
    in Python had made a long clause read for each of its many figures quadratic, and a
    search back to `floor` for every break character does the same on a long sentence."""
    if position <= floor:
        return position
    width = 64
    while True:
        low = max(floor, position - width)
        found = max((text.rfind(b, low, position) for b in breaks), default=-1)
        if found >= 0:
            return found + 1
        if low <= floor:
            return floor
        width *= 4


def clause_end(text: str, position: int, ceiling: int, breaks: str = CLAUSE_BREAK) -> int:
    """Where the clause holding `position` ends, not after `ceiling` (as `clause_start`)."""
    if position >= ceiling:
        return position
    width = 64
    while True:
        high = min(ceiling, position + width)
        found = [at for at in (text.find(b, position, high) for b in breaks) if at >= 0]
        if found:
            return min(found)
        if high >= ceiling:
            return ceiling
        width *= 4


def occurrences(text: str, word: str) -> list[int]:
    """Every offset where `word` is written in `text` (overlapping ones too)."""
    found, start = [], text.find(word) if word else -1
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


def chunks(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """[start, end) in spans of at most `size` characters, cut after sentence ends where one
    is near (a longer sentence is cut where it reaches `size`), for work done in pieces."""
    spans: list[tuple[int, int]] = []
    first = last = start
    for _, stop in sentences(text, start, end, WINDOW_END):
        if stop - first > size and last > first:  # this sentence would overflow: close
            spans.append((first, last))
            first = last
        while stop - first > size:  # one sentence longer than a chunk
            spans.append((first, first + size))
            first += size
        last = stop
    if last > first:
        spans.append((first, last))
    return spans


_GAP: Final = "[ \u2009\u2006\u00a0]+"
# spaces some outlets set between Han characters and digits (在 6 月 1 日, 28 亿元, 12 %:
# "pangu spacing", as 财新 and many WeChat accounts write) ...
NUMBER_GAPS: Final = re.compile(
    rf"(?<=\d){_GAP}(?=[\u4e00-\u9fff%％])|(?<=[\u4e00-\u9fff]){_GAP}(?=\d)"
)
# ... and between Han characters and Latin letters (据 Ray 介绍)
WORD_GAPS: Final = re.compile(
    rf"(?<=[0-9A-Za-z]){_GAP}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]){_GAP}(?=[0-9A-Za-z])"
)


class _Spans(Protocol):  # a frozen dataclass with a span: a Section, a Figure, a Quote
    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_Spanned = TypeVar("_Spanned", bound=_Spans)


class Squeezed:
    """`text` with the spaces `gaps` matches taken out, and the way back to the article's
    offsets, so a finder written for unspaced text reads spaced text too. Only the gaps are
    kept (offsets are mapped by bisection), so a long article costs no per-character lists."""

    def __init__(self, text: str, gaps: re.Pattern[str]) -> None:
        self._starts: list[int] = []  # each gap's start in the article
        self._at: list[int] = []  # each gap's place in the squeezed text
        self._removed = [0]  # characters taken out before gap k (and in all: the last)
        pieces, last = [], 0
        for gap in gaps.finditer(text):
            pieces.append(text[last : gap.start()])
            self._starts.append(gap.start())
            self._at.append(gap.start() - self._removed[-1])
            self._removed.append(self._removed[-1] + gap.end() - gap.start())
            last = gap.end()
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def inward(self, offset: int) -> int:
        """An article offset as an offset in the squeezed text (inside a gap: after it)."""
        k = bisect_right(self._starts, offset)
        if not k:
            return offset
        before = self._removed[k - 1]
        size = self._removed[k] - before
        return offset - before - min(size, offset - self._starts[k - 1])

    def origin(self, offset: int) -> int:
        """A squeezed offset as the article's offset of the same character."""
        return offset + self._removed[bisect_right(self._at, offset)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A squeezed span as the article's span (the spaces inside it kept)."""
        if end <= start:
            return self.origin(start), self.origin(start)
        return self.origin(start), self.origin(end - 1) + 1

    def inward_all(self, spans: Iterable[_Spanned]) -> tuple[_Spanned, ...]:
        """Things with article offsets (sections) with squeezed ones."""
        return tuple(replace(x, start=self.inward(x.start), end=self.inward(x.end)) for x in spans)

    def outward_all(self, found: Iterable[_Spanned], article: str) -> list[_Spanned]:
        """Things found in the squeezed text (figures, quotes) with the article's offsets and
        text, the spaces inside them kept."""
        out = []
        for x in found:
            start, end = self.span(x.start, x.end)
            out.append(replace(x, start=start, end=end, text=article[start:end]))
        return out


# Latin letters with a mark (é, ü, ñ, ă, ư): the name rules read Latin names in ASCII letters
_MARKED: Final = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_MARKED_LETTER: Final = re.compile(f"[{_MARKED}]")
_MARKED_WORD: Final = re.compile(f"[A-Za-z{_MARKED}]*[{_MARKED}][A-Za-z{_MARKED}]*")
_UNMARKED: Final = {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i"}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table = {}
    for low, high in ((0xC0, 0x24F), (0x1E00, 0x1EFF)):
        for point in range(low, high + 1):
            base = _UNMARKED.get(chr(point)) or unicodedata.normalize("NFD", chr(point))[0]
            if base.isascii() and base.isalpha():
                table[point] = base
    return table


# a dash other than the hyphen between two Latin letters (Nandra–Koehrer): a double name's
_LATIN_DASH: Final = re.compile(r"(?<=[A-Za-z])[‐‑‒–](?=[A-Za-z])")
_DASHED_WORD: Final = re.compile(r"[A-Za-z]+(?:[‐‑‒–-][A-Za-z]+)+")


class Folded:
    """`text` with each Latin letter that carries a mark written as its bare letter, and a
    dash between Latin letters as the hyphen, one character for one, so offsets hold: a rule
    that knows Latin names by A-Z reads Idriss Déby or Nguyễn Xuân Phúc as it reads Idriss
    Deby, and Nandra–Koehrer as Nandra-Koehrer. `back` gives a name found in the folded text
    the article's own spelling."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[str, str] = {}
        if _MARKED_LETTER.search(text):
            table = _fold_table()  # (a substitution at each marked letter: str.translate
            # reads every character, 20 ms on 1 MB against 2)
            self.text = _MARKED_LETTER.sub(lambda m: table.get(ord(m[0]), m[0]), text)
            for word in _MARKED_WORD.finditer(text):
                self._words.setdefault(self.text[word.start() : word.end()], word[0])
        if _LATIN_DASH.search(self.text):
            dashed = self.text
            self.text = _LATIN_DASH.sub("-", dashed)
            for word in _DASHED_WORD.finditer(dashed):
                self._words.setdefault(
                    self.text[word.start() : word.end()], text[word.start() : word.end()]
                )

    def back(self, found: str) -> str:
        """`found` (a name, a title) with each folded word spelt as the article spells it."""
        if not self._words:
            return found
        return re.sub(
            r"[A-Za-z]+(?:-[A-Za-z]+)*",
            lambda m: (
                self._words.get(m[0])
                or re.sub(r"[A-Za-z]+", lambda w: self._words.get(w[0], w[0]), m[0])
            ),
            found,
        )
