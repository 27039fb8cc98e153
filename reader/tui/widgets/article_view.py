"""The article body: the current section, laid out by `core.layout`, drawn with the Line API.

A ScrollView draws only the rows on screen (as toolong's log view does), so a long section
costs nothing to scroll; rows are recomputed only when the section or the width changes.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.layout import Row, wrap_line, wrap_text
from reader.core.model import Article
from reader.tui.render import row_strip


class ArticleView(ScrollView, can_focus=True):
    """Shows one section of an article; scrolls with the keyboard and the mouse."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--heading",
        "article-view--headline",
        "article-view--credit",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="scroll-down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="scroll-up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page-up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="bottom"),
    ]

    class Scrolled(Message):
        """The reading position changed (for the position in the footer)."""

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.section_index = 0
        self._rows: list[Row] = []
        self._notes: list[str] = []
        self._width = 0
        self._strips: LRUCache[int, Strip] = LRUCache(1024)

    def show_section(self, index: int) -> None:
        """Display section `index` from its top."""
        self.section_index = index
        self._layout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.post_message(self.Scrolled())

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def progress(self) -> float | None:
        """How far through the section the view is, 0.0 to 1.0; None if it all fits."""
        if self.max_scroll_y <= 0:
            return None
        return min(1.0, self.scroll_y / self.max_scroll_y)

    def _layout(self, force: bool = False) -> None:
        width = max(1, self.scrollable_content_region.width)
        if not force and width == self._width:
            return
        self._width = width
        section = self.article.sections[self.section_index]
        self._rows = wrap_text(self.article.text, width, section.start, section.end)
        notes = self._cover_notes() if section.kind == "title" else []
        self._notes = [
            note[row.start : row.end] for note in notes for row in wrap_line(note, width)
        ]
        self._strips.clear()
        self.virtual_size = Size(width, len(self._rows) + len(self._notes))
        self.refresh()
        self.post_message(self.Scrolled())

    def _cover_notes(self) -> list[str]:
        """Under the headline: what the article holds and how to move on."""
        article = self.article
        source = "the bundled article" if article.source == "bundled" else article.source
        headed = sum(1 for s in article.sections if s.kind == "body" and s.title)
        return [
            "",
            f"{len(article.text):,} characters · {len(article.sections)} sections"
            + (f" ({headed} sub-headed)" if headed else "")
            + f" · {source}",
            "",
            "Press ] for the next section, 1-9 to jump, t for the sections pane, ? for help.",
        ]

    def on_resize(self) -> None:
        self._layout()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.post_message(self.Scrolled())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= len(self._rows):
            note = index - len(self._rows)
            if note < len(self._notes):
                style = self.rich_style + self.get_component_rich_style(
                    "article-view--credit", partial=True
                )
                return row_strip(self._notes[note], style, width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._render_row(index, width)
            self._strips[index] = strip
        return strip

    def _render_row(self, index: int, width: int) -> Strip:
        row = self._rows[index]
        section = self.article.sections[self.section_index]
        base = self.rich_style
        style = base
        heading_end = self.article.text.find("\n", section.start, section.end)
        in_heading = section.title is not None and row.start < (
            heading_end if heading_end >= 0 else section.end
        )
        if in_heading:
            component = (
                "article-view--headline" if section.kind == "title" else "article-view--heading"
            )
            style = base + self.get_component_rich_style(component, partial=True)
        elif section.kind in {"byline", "trailer"}:
            style = base + self.get_component_rich_style("article-view--credit", partial=True)
        return row_strip(self.article.text[row.start : row.end], style, width, base)
