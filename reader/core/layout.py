"""Lay article text out in terminal rows: CJK-aware, word-aware, nothing dropped.

Chinese may break between any two characters, but typographic rules (kinsoku) forbid a row
that starts with closing punctuation (，。、；：！？”）》…) or ends with opening punctuation
(“（《…), and Latin words and numbers must not be split. Rows are character spans into the
text, so the view can style and highlight them by offset. Pure, so it can be unit-tested.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from reader.core.model import Token

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


@dataclass(frozen=True, slots=True)
class Place:
    """Where one character (or a run of non-Han characters) sits on a ruby row."""

    start: int
    end: int
    x: int
    width: int
    reading: str
    """Tone-numbered reading (`zhong4`), "" for none; the view styles it for display."""
    shown: str
    """The reading as displayed (`zhòng` or `zhong4`)."""


@dataclass(frozen=True, slots=True)
class RubyRow:
    """Two display lines: the readings above, the characters below, column-aligned.

    An empty row is the blank line between paragraphs.
    """

    places: tuple[Place, ...]

    @property
    def width(self) -> int:
        return self.places[-1].x + self.places[-1].width if self.places else 0


_Cell = tuple[int, int, int, str, str]
"""(start, end, width, reading, shown) of one character in a ruby row, before its column."""


@lru_cache(maxsize=8192)
def _shown(reading: str, style: str) -> tuple[str, int]:
    """A reading as `style` shows it, and its width: a section repeats a few hundred
    syllables, so each is styled once (a 200,000-character section took 4 s to lay out)."""
    from reader.core.pinyin import styled

    shown = styled(reading, style)  # type: ignore[arg-type]
    return shown, text_width(shown)


def _token_cells(token: Token, style: str, hidden: bool = False) -> list[_Cell]:
    cells = []
    start, pinyin = token.start, token.pinyin
    for i, char in enumerate(token.text):
        reading = pinyin[i] if i < len(pinyin) else ""
        shown, width = _shown(reading, style) if reading and not hidden else ("", 0)
        cells.append((start + i, start + i + 1, max(char_width(char), width), reading, shown))
    return cells


def _units(tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped so that nothing breaks between them: opening punctuation with the word
    after it, closing punctuation with the word before it."""
    units: list[list[Token]] = []
    glue = False
    for token in tokens:
        attach = units and (glue or token.text[0] in NO_ROW_START)
        if attach:
            units[-1].append(token)
        else:
            units.append([token])
        glue = token.text[-1] in NO_ROW_END
    return units


def ruby_rows(
    tokens: tuple[Token, ...] | list[Token],
    width: int,
    style: str = "marks",
    hide: Callable[[Token], bool] | None = None,
) -> list[RubyRow]:
    """Lay tokens out in ruby rows at most `width` cells wide.

    Each character gets a column as wide as the wider of itself and its reading, so every
    syllable stands over its character; words are one cell apart, so the segmentation shows;
    a word is never split unless it is wider than the row. Newline tokens end a paragraph,
    and runs of blank lines give one empty row. Words for which `hide` is true (the words a
    learner knows) keep their reading but show none, and take only their characters' width.
    """
    width = max(width, 1)
    rows: list[RubyRow] = []
    paragraph: list[Token] = []

    def flush() -> None:
        if any(t.text.strip() for t in paragraph):
            if rows:
                rows.append(RubyRow(()))
            rows.extend(_wrap_units(_units(paragraph), width, style, hide))
        paragraph.clear()

    for token in tokens:
        if token.text == "\n":
            flush()
        else:
            paragraph.append(token)
    flush()
    return rows


def _wrap_units(
    units: list[list[Token]], width: int, style: str, hide: Callable[[Token], bool] | None
) -> list[RubyRow]:
    rows: list[RubyRow] = []
    line: list[Place] = []
    x = 0
    for unit in units:
        cells: list[_Cell] = []
        gaps: list[int] = []  # the space before each cell: one between two Han words
        for k, token in enumerate(unit):
            gap = 1 if k and _spaced(unit[k - 1], token) else 0
            hidden = hide is not None and hide(token)
            token_cells = _token_cells(token, style, hidden)
            if token_cells:
                cells += token_cells
                gaps += [gap] + [0] * (len(token_cells) - 1)
        size = sum(gaps) + sum(cell[2] for cell in cells)
        gap = 1 if line else 0
        if line and x + gap + size > width:
            rows.append(RubyRow(tuple(line)))
            line, x, gap = [], 0, 0
        if size > width:  # a unit wider than the row: place it character by character
            for start, end, cell_width, reading, shown in cells:
                if line and x + cell_width > width:
                    rows.append(RubyRow(tuple(line)))
                    line, x = [], 0
                line.append(Place(start, end, x, cell_width, reading, shown))
                x += cell_width
            continue
        cursor = x + gap
        for (start, end, cell_width, reading, shown), before in zip(cells, gaps, strict=True):
            cursor += before
            line.append(Place(start, end, cursor, cell_width, reading, shown))
            cursor += cell_width
        x = cursor
    if line:
        rows.append(RubyRow(tuple(line)))
    return rows


def _spaced(before: Token, after: Token) -> bool:
    """A visible gap between two words inside a unit? Only between two Han words."""
    return bool(before.pinyin and any(before.pinyin) and after.pinyin and any(after.pinyin))
