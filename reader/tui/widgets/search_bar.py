"""The search line (`/`): type characters or toneless pinyin, Enter searches, Esc closes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Mounted on first use, above the footer; hidden again after each search."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", show=False),
    ]

    class Submitted(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="Search: characters (经济) or pinyin without tones (jingji) · Enter · Esc",
            id=id,
            compact=True,
        )

    def open(self) -> None:
        self.add_class("-open")
        self.focus()
        self.select_all()  # the last query, ready to be typed over or reused

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())

    async def action_submit(self) -> None:
        query = self.value.strip()
        self.remove_class("-open")
        if query:
            self.post_message(self.Submitted(query))
        else:
            self.post_message(self.Closed())
