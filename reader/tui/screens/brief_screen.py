"""The brief (`B`): the article's size, the HSK mix of its words, how much the user already
knows, and the unknown words that occur most, before reading.

The unknown words are a list to act on: `s` saves one (as `s` in the text does, with the
sentence of its first occurrence), `x` marks it known, Enter goes to where it first occurs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.brief import LEVELS, Brief, RankedWord
from reader.core.model import Token
from reader.core.pinyin import word_pinyin
from reader.tui.render import text_content


def brief_header(brief: Brief, title: str) -> Content:
    """Size, known share and the HSK mix, as lines of Content (the title is never markup)."""
    lines = [
        Content.assemble(("Brief: ", "bold $accent"), text_content(title, "bold $accent")),
        Content(
            f"{brief.characters:,} characters ({brief.han_characters:,} Chinese) · "
            f"{brief.words:,} words, {brief.distinct_words:,} distinct "
            f"(names {brief.names} and numbers {brief.numbers} not counted)"
        ),
        Content.assemble(
            "You know ",
            (f"{brief.known_share:.0%}", "bold"),
            f" of its distinct words ({brief.known_words}), ",
            (f"{brief.known_running_share:.0%}", "bold"),
            " of the running text.",
        ),
        Content.styled("HSK 2.0 mix of the distinct words", "bold underline"),
    ]
    total = max(1, brief.distinct_words)
    cells = []
    for level in LEVELS:
        count = brief.hsk_mix[level]
        label = f"HSK {level}" if level != "none" else "no HSK"
        bar = "█" * max(1 if count else 0, round(count / total * 20))
        text = f" {count} ({count / total:.0%})"
        cells.append(
            Content.assemble(
                (f"{label:<7}", "bold"), (bar, "$accent"), text, " " * (29 - len(bar) - len(text))
            )
        )
    # two levels a line, so the word list below keeps its room on a small terminal
    lines += [Content("").join(cells[i : i + 2]) for i in range(0, len(cells), 2)]
    lines.append(Content.styled("Unknown words, most frequent first", "bold underline"))
    if not brief.unknown:
        lines.append(Content.styled("None: you know every word here.", "italic"))
    return Content("\n").join(lines)


def word_prompt(word: RankedWord, token: Token) -> Content:
    return Content.assemble(
        (f"{word.count:>3}× ", "dim"),
        (token.text, "bold"),
        "  ",
        (word_pinyin(token.pinyin), "$text-accent"),
        "  ",
        (f"HSK {word.hsk}" if word.hsk else "", "dim"),
        "  ",
        text_content(word.gloss.split(";")[0][:48], "italic"),
    )


class BriefScreen(ModalScreen[int | None]):
    """Dismisses with the offset of a word's first occurrence (Enter), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,B", "close", "Close", id="close-brief"),
        Binding("s", "save", "Save word", id="brief-save"),
        Binding("x", "known", "Mark known", id="brief-known"),
    ]

    def __init__(
        self,
        brief: Brief,
        title: str,
        tokens: list[Token],
        *,
        save: Callable[[Token], None],
        known: Callable[[Token], None],
    ) -> None:
        super().__init__()
        self.brief, self.title_text, self.tokens = brief, title, list(tokens)
        self.words = list(brief.unknown)
        self._save, self._known = save, known

    def compose(self) -> ComposeResult:
        with Vertical(id="brief-body"):
            yield Static(brief_header(self.brief, self.title_text), id="brief-text")
            yield OptionList(
                *[Option(word_prompt(w, t)) for w, t in zip(self.words, self.tokens, strict=True)],
                id="brief-words",
            )
            yield Static(
                Content.styled(
                    "s saves a word · x marks it known · Enter goes to it · Esc closes", "dim"
                )
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @property
    def highlighted(self) -> Token | None:
        index = self.query_one(OptionList).highlighted
        return None if index is None else self.tokens[index]

    def action_save(self) -> None:
        token = self.highlighted
        if token is not None:
            self._save(token)

    def action_known(self) -> None:
        """Mark the word known: it leaves the list of words to learn."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        self._known(self.tokens[index])
        del self.tokens[index]
        self.words.pop(index)
        options.remove_option_at_index(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.tokens[event.option_index].start)

    def action_close(self) -> None:
        self.dismiss(None)
