"""The immutable model the analysis produces and every client (TUI, export) reads.

Every span is a pair of character offsets into `Article.text`, the sanitised text, so the
UI can highlight and the export can cite without re-parsing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SectionKind = Literal["title", "lead", "body", "byline", "trailer"]
FigureKind = Literal["money", "percent", "count", "date", "measure", "other"]


@dataclass(frozen=True, slots=True)
class Section:
    """A contiguous slice of the article; all sections together partition the text."""

    kind: SectionKind
    start: int
    end: int
    title: str | None = None
    """The heading exactly as the article writes it; None where it writes none."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word (or a run of punctuation, Latin, digits) with one reading per character."""

    text: str
    start: int
    end: int
    pinyin: tuple[str, ...]
    """Tone-numbered syllables (`zhong4`, neutral `de5`, ü as `v`); "" for non-Han characters."""


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    title: str | None
    group: bool
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    value: float | int | str | None
    unit: str
    kind: FigureKind
    about: str
    approx: Literal["less", "more", "about"] | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A whole analysed article."""

    text: str
    title: str | None
    source: str
    sections: tuple[Section, ...]
    speakers: tuple[Speaker, ...] = field(default=())
    figures: tuple[Figure, ...] = field(default=())

    def section_text(self, index: int) -> str:
        section = self.sections[index]
        return self.text[section.start : section.end]

    def section_at(self, offset: int) -> int:
        """Index of the section holding character `offset` (the last one for the end)."""
        for index, section in enumerate(self.sections):
            if section.start <= offset < section.end:
                return index
        return len(self.sections) - 1
