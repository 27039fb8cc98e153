"""The table of contents: one entry per section, the current one marked."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Article
from reader.tui.render import section_label


class SectionsPane(OptionList):
    """Sections by heading; Enter or a click opens one (the app routes OptionSelected)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("escape", "screen.focus_article", "Back to text", id="sections-back"),
    ]

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        self.article = article
        self.current = 0
        super().__init__(*self._section_options(), id=id)

    def _prompt(self, index: int) -> Content:
        marker = "▸ " if index == self.current else "  "
        return Content.assemble((marker, "bold $accent"), section_label(self.article, index))

    def _section_options(self) -> list[Option]:
        return [
            Option(self._prompt(i), id=f"section-{i}") for i in range(len(self.article.sections))
        ]

    def set_article(self, article: Article) -> None:
        """Relabel the sections from `article` (the same one in the other script)."""
        self.article = article
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self._section_options())
        self.highlighted = highlighted

    def mark_current(self, index: int) -> None:
        """Move the ▸ marker (and the highlight) to section `index`."""
        previous, self.current = self.current, index
        for i in {previous, index}:
            self.replace_option_prompt_at_index(i, self._prompt(i))
        self.highlighted = index
