"""The Speakers tab: every person quoted (groups after them), and the quotes of the selected one.

Enter on a speaker steps the article to their next quote; Enter on a quote jumps to it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.model import Article, Quote, Speaker
from reader.tui.messages import JumpRequested
from reader.tui.render import text_content

NOBODY = "No one is quoted in this article."


class SpeakersPanel(Vertical):
    """Two lists: speakers, then the highlighted speaker's quotes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "focus_next", show=False),
    ]

    def __init__(
        self,
        article: Article,
        *,
        empty: str = NOBODY,
        id: str | None = None,
    ) -> None:
        """`empty`: what the panel says when it lists no one."""
        super().__init__(id=id)
        self.article = article
        self._empty = empty
        self.speakers: list[Speaker] = _ordered(article)
        self.readings: dict[str, str] = {}
        self._next_quote: dict[str, int] = {}
        # the panel's own lists, kept (not looked up by id): a look-up while the app is
        # mounting or closing found nothing (NoMatches on a SIGTERM during start-up)
        self._list = OptionList(id="speaker-list")
        self._quotes = OptionList(id="quote-list")

    def compose(self) -> ComposeResult:
        if not self.speakers:
            yield Static(self._empty, classes="placeholder", markup=False)
            return
        self._list.add_options(self._speaker_options())
        yield self._list
        yield Static(Content.styled("Quotes (Enter jumps to one)", "dim"), id="quotes-heading")
        yield self._quotes

    def focus_list(self) -> None:
        """Focus the list of speakers (if anyone is quoted)."""
        if self.speakers and self._list.is_mounted:
            self._list.focus()

    def _speaker_options(self) -> list[Option]:
        options = []
        for speaker in self.speakers:
            count = len(speaker.quotes)
            line = Content.assemble(
                (speaker.name, "bold"),
                "  ",
                (self.readings.get(speaker.name, ""), "$text-primary"),
                "  ",
                (f"{count} quote{'s' if count != 1 else ''}", "italic"),
                ("  group" if speaker.group else "", "italic"),
            )
            if speaker.title:
                line = Content.assemble(line, "\n  ", text_content(speaker.title, "italic"))
            options.append(Option(line))
        return options

    def set_article(self, article: Article) -> None:
        """Show the same speakers from `article` in the other script (names keep their
        readings)."""
        old, self.article, self.speakers = self.speakers, article, _ordered(article)
        readings = {
            new.name: self.readings.get(was.name, "")
            for was, new in zip(old, self.speakers, strict=True)
        }
        if self.speakers:
            self.set_readings({**self.readings, **readings})
            current = self.current
            if current is not None:
                self._show_quotes(current)

    def set_readings(self, readings: dict[str, str]) -> None:
        """Pinyin of the names, once the readings are loaded."""
        self.readings = readings
        if self.speakers:
            speakers = self._list
            highlighted = speakers.highlighted
            speakers.clear_options()
            speakers.add_options(self._speaker_options())
            speakers.highlighted = highlighted

    def on_mount(self) -> None:
        if self.speakers and self._list.is_mounted:
            self._list.highlighted = 0

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "speaker-list":
            self._show_quotes(self.speakers[event.option_index])

    def _show_quotes(self, speaker: Speaker) -> None:
        quotes = self._quotes
        quotes.clear_options()
        quotes.add_options([Option(self._quote_prompt(q)) for q in speaker.quotes])

    def _quote_prompt(self, quote: Quote) -> Content:
        section = self.article.section_at(quote.start) + 1
        text = quote.text if len(quote.text) <= 60 else quote.text[:59] + "…"
        body = text_content(f"“{text}”" if quote.direct else text, "" if quote.direct else "italic")
        return Content.assemble((f"§{section} ", "dim"), body)

    @property
    def current(self) -> Speaker | None:
        if not self.speakers:
            return None
        index = self._list.highlighted
        return None if index is None else self.speakers[index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        speaker = self.current
        if speaker is None or not speaker.quotes:
            return
        if event.option_list.id == "quote-list":
            quote = speaker.quotes[event.option_index]
        else:  # Enter on a speaker: their next quote, across sections, round and round
            index = self._next_quote.get(speaker.name, 0) % len(speaker.quotes)
            self._next_quote[speaker.name] = index + 1
            quote = speaker.quotes[index]
            self._quotes.highlighted = index
        self.post_message(JumpRequested(quote.start, quote.end))


def _ordered(article: Article) -> list[Speaker]:
    """People first, then groups, each in order of appearance."""
    people = [s for s in article.speakers if not s.group]
    return people + [s for s in article.speakers if s.group]
