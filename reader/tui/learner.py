"""The learner's state in the reader: one immutable value the reader screen holds as a reactive.

Known words and level, how pinyin is shown, the tone style and colours, the glossary filter,
the script shown and the search matches. A key changes it with `dataclasses.replace`; the
widgets that show any of it watch the screen's `learner` and redraw what changed, so no action
has to know which widgets care (the word cursor lives in the article view, which announces
each move with a message).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from reader.core.known import Knowledge
from reader.core.model import Token

if TYPE_CHECKING:
    from textual.widget import Widget

ToneStyle = Literal["marks", "numbers"]
PinyinMode = Literal["all", "unknown"]


@dataclass(frozen=True)
class Learner:
    knowledge: Knowledge = field(default_factory=Knowledge)
    hsk: Mapping[str, int] | None = None
    """HSK 2.0 word → level, once the dictionary is loaded (until then levels count nothing)."""
    show_pinyin: bool = False
    pinyin_mode: PinyinMode = "all"
    """"all": pinyin over every word; "unknown": only over the words not known."""
    tone_style: ToneStyle = "marks"
    tone_colours: bool = False
    hide_known: bool = False
    """The glossary leaves known words out."""
    converted: bool = False
    """The text is shown in the other script (T)."""
    matches: tuple[tuple[int, int], ...] = ()
    match_index: int = -1

    def knows(self, word: str) -> bool:
        return self.knowledge.knows(word, self.hsk)

    def knows_token(self, token: Token) -> bool:
        """A Chinese word the learner knows (its pinyin is hidden in the "unknown" mode)."""
        return any(token.pinyin) and self.knows(token.text)

    @property
    def hidden_readings(self) -> tuple[object, ...] | None:
        """What decides which readings are hidden: None shows them all; otherwise equal
        values hide the same words (the article view keeps its layouts while it is equal)."""
        if self.pinyin_mode != "unknown":
            return None
        return (self.knowledge, self.hsk is not None)

    def shown(self, word: str) -> str:
        """A word of the article as the text shows it now (converted with T)."""
        if not self.converted:
            return word
        from reader.core.script import convert

        return convert(word, "simplified" if self.knowledge.traditional else "traditional")

    @property
    def script_mark(self) -> str:
        """简 or 繁 in the position bar while the text is shown converted."""
        if not self.converted:
            return ""
        return " 简 " if self.knowledge.traditional else " 繁 "


def follow(widget: Widget, callback: Callable[[Learner], None]) -> None:
    """Call `callback` with its screen's learner now and on every change (on a screen that
    has none, the widget keeps its defaults). For a widget's on_mount."""
    if hasattr(widget.screen, "learner"):
        widget.watch(widget.screen, "learner", callback)
