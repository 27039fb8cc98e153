"""The article view's display lines: a section laid out for a width, with or without pinyin,
and the look-ups between lines and text offsets. Pure functions over `core.layout`'s rows, so
the view keeps to scrolling, styling and the word cursor."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from reader.core.layout import Row, RubyRow, ruby_rows, wrap_line, wrap_text
from reader.core.model import Article, Section, Token
from reader.core.text import occurrences
from reader.tui.learner import ToneStyle


@dataclass(frozen=True, slots=True)
class Line:
    """One display line: plain text, the reading or character half of a ruby row, or a note."""

    kind: Literal["plain", "reading", "chars", "blank", "note"]
    row: Row | RubyRow | None = None
    note: str = ""


def lay_out(
    text: str,
    section: Section,
    width: int,
    tokens: tuple[Token, ...] | None,
    tone_style: ToneStyle,
    hide: Callable[[Token], bool] | None,
) -> list[Line]:
    """`section` of `text` in rows of `width` cells: with `tokens` (pinyin shown and read),
    each row is a line of readings over a line of characters; `hide` picks the words whose
    reading is left out."""
    if tokens is None:
        return [Line("plain", row) for row in wrap_text(text, width, section.start, section.end)]
    lines: list[Line] = []
    for ruby in ruby_rows(tokens, width, tone_style, hide):
        if ruby.places:
            lines += [Line("reading", ruby), Line("chars", ruby)]
        else:
            lines.append(Line("blank"))
    return lines


def note_lines(notes: list[str], width: int) -> list[Line]:
    return [Line("note", note=n[r.start : r.end]) for n in notes for r in wrap_line(n, width)]


def cover_notes(article: Article) -> list[str]:
    """Under the headline: what the article holds and how to move on."""
    source = {"bundled": "the bundled article", "-": "standard input"}.get(
        article.source, article.source
    )
    headed = sum(1 for s in article.sections if s.kind == "body" and s.title)
    return [
        "",
        f"{len(article.text):,} characters · {len(article.sections)} sections"
        + (f" ({headed} sub-headed)" if headed else "")
        + f" · {source}",
        "",
        "Press ] for the next section, 1-9 to jump, p for pinyin, B for a brief of its "
        "words, / to search, ? for help.",
    ]


def laid_out_text(text: str, lines: list[Line]) -> str:
    """Every character the lines place, in order (newlines excepted)."""
    parts = []
    for line in lines:
        if isinstance(line.row, Row):
            parts.append(text[line.row.start : line.row.end])
        elif isinstance(line.row, RubyRow) and line.kind == "chars":
            parts += [text[p.start : p.end] for p in line.row.places]
    return "".join(parts)


def line_start(line: Line) -> int | None:
    """The text offset a line starts at (None for blank lines and notes)."""
    if isinstance(line.row, Row):
        return line.row.start
    if isinstance(line.row, RubyRow) and line.row.places:
        return line.row.places[0].start
    return None


def line_of(lines: list[Line], offset: int) -> int:
    """The first display line of the row holding `offset` (its reading line with pinyin)."""
    starts: list[int] = []
    found: list[int] = []
    for y, line in enumerate(lines):
        start = line_start(line)
        if start is not None and (not starts or start > starts[-1]):
            starts.append(start)
            found.append(y)
    if not starts:
        return 0
    return found[max(bisect_right(starts, offset) - 1, 0)]


def offsets(spans: list[tuple[int, int]]) -> frozenset[int]:
    """Every offset inside the spans (for per-character styling)."""
    return frozenset(i for start, end in spans for i in range(start, end))


def mentions(article: Article) -> list[tuple[int, int]]:
    """Every place a named speaker's name is written."""
    spans = []
    for speaker in article.speakers:
        if not speaker.group:
            spans += [
                (at, at + len(speaker.name)) for at in occurrences(article.text, speaker.name)
            ]
    return spans
