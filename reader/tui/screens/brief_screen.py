"""The brief (`B`): the article's size, the HSK mix of its words, how much the user already
knows, and the unknown words that occur most, before reading."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.core.brief import LEVELS, Brief
from reader.tui.render import text_content


def brief_content(brief: Brief, title: str, readings: dict[str, str]) -> Content:
    """The brief as lines of Content; `readings` gives the pinyin of ranked words."""
    lines = [
        Content.styled(f"Brief: {title}", "bold $accent"),
        Content(""),
        Content(
            f"{brief.characters:,} characters ({brief.han_characters:,} Chinese) · "
            f"{brief.words:,} words, {brief.distinct_words:,} distinct "
            f"(names {brief.names} and numbers {brief.numbers} not counted)"
        ),
        Content.assemble(
            ("You know ", ""),
            (f"{brief.known_share:.0%}", "bold"),
            f" of its distinct words ({brief.known_words}), ",
            (f"{brief.known_running_share:.0%}", "bold"),
            " of the running text.",
        ),
        Content(""),
        Content.styled("HSK 2.0 mix of the distinct words", "bold underline"),
    ]
    total = max(1, brief.distinct_words)
    for level in LEVELS:
        count = brief.hsk_mix[level]
        label = f"HSK {level}" if level != "none" else "not in HSK"
        bar = "█" * round(count / total * 40)
        lines.append(
            Content.assemble(
                (f"{label:<11}", "bold"), (bar, "$accent"), f" {count} ({count / total:.0%})"
            )
        )
    lines += [Content(""), Content.styled("Unknown words, most frequent first", "bold underline")]
    if not brief.unknown:
        lines.append(Content.styled("None: you know every word here.", "italic"))
    for word in brief.unknown:
        level = f"HSK {word.hsk}" if word.hsk else ""
        lines.append(
            Content.assemble(
                (f"{word.count:>3}× ", "dim"),
                (word.word, "bold"),
                "  ",
                (readings.get(word.word, ""), "$text-accent"),
                "  ",
                (level, "dim"),
                "  ",
                text_content(word.gloss.split(";")[0][:48], "italic"),
            )
        )
    lines += [Content(""), Content.styled("x marks a word known in the text · Esc closes", "dim")]
    return Content("\n").join(lines)


class BriefScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,B", "close", "Close", id="close-brief"),
    ]

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="brief-body"):
            yield Static(self.content, id="brief-text")

    def action_close(self) -> None:
        self.dismiss(None)
