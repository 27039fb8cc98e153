"""Lay article text out in terminal rows: CJK-aware, word-aware, nothing dropped.

Chinese may break between any two characters, but typographic rules (kinsoku) forbid a row
that starts with closing punctuation (，。、；：！？”）》…) or ends with opening punctuation
(“（《…), and Latin words and numbers must not be split. Rows are character spans into the
text, so the view can style and highlight them by offset. Pure, so it can be unit-tested.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

NO_ROW_START: Final = frozenset("，。、；：！？”’）》」』】〉〕］｝…—～·%,.;:!?)]}>％‰°")
NO_ROW_END: Final = frozenset("“‘（《「『【〈〔［｛([{<")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Terminal cells a character takes: 2 for wide (CJK), 0 for combining marks, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
        return 0
    return 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1


def text_width(text: str) -> int:
    return sum(char_width(char) for char in text)


def _is_word_char(char: str) -> bool:
    return (char.isascii() and (char.isalnum() or char in "_'-")) or (
        not char.isascii()
        and char.isalpha()
        and unicodedata.east_asian_width(char) not in {"W", "F"}
    )


def _can_break_before(text: str, index: int) -> bool:
    before, after = text[index - 1], text[index]
    if after in NO_ROW_START or before in NO_ROW_END or char_width(after) == 0:
        return False
    if before == " ":
        return True
    if before in ".,:" and after.isdigit() and index > 1 and text[index - 2].isdigit():
        return False  # 31.8, 1,000, 12:30
    return not (_is_word_char(before) and _is_word_char(after))


@dataclass(frozen=True, slots=True)
class Row:
    """One display row: the text span [start, end) of the laid-out string."""

    start: int
    end: int


def wrap_line(text: str, width: int, offset: int = 0) -> list[Row]:
    """Rows for one line of text (no newline), each at most `width` cells wide.

    A single character wider than `width` still gets a row of its own; a word longer than the
    row is cut where it must be. Spans are shifted by `offset`.
    """
    if not text:
        return [Row(offset, offset)]
    width = max(width, 1)
    rows: list[Row] = []
    start, used, last_break = 0, 0, -1
    for index, char in enumerate(text):
        if index > start and _can_break_before(text, index):
            last_break = index
        cells = char_width(char)
        while used + cells > width and index > start:
            cut = last_break if last_break > start else index
            rows.append(Row(offset + start, offset + cut))
            start, last_break = cut, -1
            used = text_width(text[start:index])
        used += cells
    rows.append(Row(offset + start, offset + len(text)))
    return rows


def wrap_text(text: str, width: int, start: int = 0, end: int | None = None) -> list[Row]:
    """Rows for `text[start:end]`, paragraph by paragraph; runs of blank lines become one row.

    Every character but the newlines and the collapsed blank lines lies in exactly one row.
    """
    end = len(text) if end is None else end
    rows: list[Row] = []
    offset = start
    for line in text[start:end].split("\n"):
        if line.strip():
            rows.extend(wrap_line(line, width, offset))
        elif rows and rows[-1].start != rows[-1].end:
            rows.append(Row(offset, offset))  # one blank row between paragraphs
        offset += len(line) + 1
    while rows and rows[-1].start == rows[-1].end:
        rows.pop()
    return rows
