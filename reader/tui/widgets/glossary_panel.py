"""The Glossary tab: the current section's words with pinyin, meaning and HSK level.

Two lines a word (word, pinyin, level; then the meaning), because the panel is narrow and
glosses are long. The highlight follows the word cursor in the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from reader.core.glossary import WordRow

from reader.core.pinyin import word_pinyin
from reader.tui.render import text_content

HSK_BANDS = {  # HSK 3.0 lists its words by band of levels
    "entry": "HSK 3.0 levels 1-3",
    "intermediate": "HSK 3.0 levels 4-6",
    "advanced": "HSK 3.0 levels 7-9",
    "supplemental": "HSK 3.0 extra",
}


def hsk_label(row: WordRow) -> str:
    if row.gloss.hsk:
        return f"HSK {row.gloss.hsk}"
    return HSK_BANDS.get(row.gloss.band or "", "")


def _loading() -> Option:
    """The one entry while the dictionary loads."""
    return Option(Content.styled("loading dictionary…", "$text-muted"), disabled=True)


class GlossaryPanel(OptionList):
    """One entry per distinct word (and reading), in order of first appearance."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(_loading(), id=id)
        self.words: list[WordRow] = []

    def show_loading(self) -> None:
        """Say the dictionary is still loading, in place of the words."""
        self.words = []
        self.clear_options()
        self.add_option(_loading())

    def focus_list(self) -> None:
        self.focus()

    def show_words(
        self,
        words: list[WordRow],
        style: str = "marks",
        *,
        known: Callable[[str], bool] | None = None,
        hide_known: bool = False,
        shown: Callable[[str], str] = str,
    ) -> None:
        """Replace the entries (article text goes in as Content, never as markup). Known
        words get a ✓, or are left out with `hide_known`; `shown` writes a word as the text
        shows it (simplified or traditional)."""
        is_known = known or (lambda word: False)
        self.words = [row for row in words if not (hide_known and is_known(row.word))]
        self.clear_options()
        self.add_options(
            [Option(self._prompt(row, style, is_known(row.word), shown)) for row in self.words]
        )

    @staticmethod
    def _prompt(row: WordRow, style: str, known: bool, shown: Callable[[str], str]) -> Content:
        meaning = row.gloss.meaning or "—"
        return Content.assemble(
            (shown(row.word), "bold"),
            "  ",
            (word_pinyin(row.readings, style), "$text-primary"),  # type: ignore[arg-type]
            "  ",
            (hsk_label(row), "italic"),
            ("  ✓ known", "$text-success") if known else "",
            "\n  ",
            text_content(meaning, "italic" if row.gloss.source != "dictionary" else ""),
        )

    def highlight_word(self, word: str, readings: tuple[str, ...]) -> None:
        for index, row in enumerate(self.words):
            if row.word == word and row.readings == readings:
                self.highlighted = index
                self.scroll_to_highlight()
                return
