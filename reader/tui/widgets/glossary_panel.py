"""The Glossary tab: the current section's words with pinyin, meaning and HSK level.

Two lines a word (word, pinyin, level; then the meaning), because the panel is narrow and
glosses are long. The highlight follows the word cursor in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from reader.core.glossary import WordRow

from reader.core.pinyin import word_pinyin
from reader.tui.learner import Learner, follow
from reader.tui.render import text_content

HSK_BANDS = {  # HSK 3.0 lists its words by band of levels
    "entry": "HSK 3.0 levels 1-3",
    "intermediate": "HSK 3.0 levels 4-6",
    "advanced": "HSK 3.0 levels 7-9",
    "supplemental": "HSK 3.0 extra",
}


INDENT = 2
"""Columns a meaning stands in from its word."""


def hsk_label(row: WordRow) -> str:
    if row.gloss.hsk:
        return f"HSK {row.gloss.hsk}"
    return HSK_BANDS.get(row.gloss.band or "", "")


def _loading() -> Option:
    """The one entry while the dictionary loads."""
    return Option(Content.styled("loading dictionary…", "$text-muted"), disabled=True)


class GlossaryPanel(OptionList):
    """One entry per distinct word (and reading), in order of first appearance.

    The rows come from the screen (`show_words`); how they are written (tone style, script,
    known words marked or hidden) follows the screen's `learner`, which the panel watches."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(_loading(), id=id)
        self.rows: list[WordRow] | None = None
        """The section's words; None while the dictionary loads."""
        self.words: list[WordRow] = []
        """The rows listed (known words may be hidden)."""
        self.learner = Learner()
        self._drawn: tuple[object, ...] | None = None
        self._cursor: tuple[str, tuple[str, ...]] | None = None

    def on_mount(self) -> None:
        follow(self, self._follow_learner)

    def _follow_learner(self, learner: Learner) -> None:
        self.learner = learner
        self._draw()
        if self._cursor is not None:  # the word the text's cursor is on stays highlighted
            self.highlight_word(*self._cursor)

    def show_loading(self) -> None:
        """Say the dictionary is still loading, in place of the words."""
        self.rows = None
        self._draw()

    def show_words(self, rows: list[WordRow]) -> None:
        """List `rows` (article text goes in as Content, never as markup)."""
        self.rows = rows
        self._drawn = None
        self._draw()

    def focus_list(self) -> None:
        self.focus()

    def _draw(self) -> None:
        learner = self.learner
        how = (
            self.rows is None,
            learner.tone_style,
            learner.knowledge,
            learner.hsk is not None,
            learner.hide_known,
            learner.converted,
        )
        if how == self._drawn:
            return  # a change the glossary does not show (search matches, pinyin mode)
        self._drawn = how
        self.clear_options()
        if self.rows is None:
            self.words = []
            self.add_option(_loading())
            return
        known = learner.knows
        self.words = [r for r in self.rows if not (learner.hide_known and known(r.word))]
        width = self.scrollable_content_region.width - 2 - INDENT  # the options' padding
        self.add_options(
            [Option(self._prompt(row, learner, known(row.word), width)) for row in self.words]
        )

    def on_resize(self) -> None:
        highlighted, self._drawn = self.highlighted, None  # the meanings wrap to the width
        self._draw()
        if highlighted is not None and highlighted < len(self.words):
            self.highlighted = highlighted

    @staticmethod
    def _prompt(row: WordRow, learner: Learner, known: bool, width: int) -> Content:
        style = "italic" if row.gloss.source != "dictionary" else ""
        meaning = text_content(row.gloss.meaning or "—", style)
        if width >= 12:  # wrapped here, so that every line of it keeps the indent
            meaning = Content("\n" + " " * INDENT).join(meaning.wrap(width))
        return Content.assemble(
            (learner.shown(row.word), "bold"),
            "  ",
            (word_pinyin(row.readings, learner.tone_style), "$text-primary"),
            "  ",
            (hsk_label(row), "italic"),
            ("  ✓ known", "$text-success") if known else "",
            "\n" + " " * INDENT,
            meaning,
        )

    def highlight_word(self, word: str, readings: tuple[str, ...]) -> None:
        self._cursor = (word, readings)
        for index, row in enumerate(self.words):
            if row.word == word and row.readings == readings:
                self.highlighted = index
                self.scroll_to_highlight()
                return
