"""A modal list with a title: the saved words (`S`) and the bookmarks (`'`).

Enter dismisses with the chosen entry's index; `d` deletes the highlighted entry through a
callback the app gives (which updates the user's data and returns the new list).
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


class ListScreen(ModalScreen[int | None]):
    """Entries as Content (article text never becomes markup); an empty list says why."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="close-list"),
        Binding("d,delete", "delete", "Delete", id="delete-entry"),
        Binding("j", "down", show=False),
        Binding("k", "up", show=False),
    ]

    def __init__(
        self,
        title: str,
        entries: list[Content],
        *,
        empty: str,
        hint: str,
        delete: Callable[[int], list[Content]] | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        self.title_text, self.entries, self.empty, self.hint = title, entries, empty, hint
        self._delete = delete

    def compose(self) -> ComposeResult:
        with Vertical(classes="list-body"):
            yield Static(Content.styled(self.title_text, "bold $accent"), classes="list-title")
            yield OptionList(*[Option(e) for e in self.entries], classes="list-options")
            yield Static(Content.styled(self.empty, "italic"), classes="list-empty")
            yield Static(Content.styled(self.hint, "dim"), classes="list-hint")

    def on_mount(self) -> None:
        self._show_empty()
        self.query_one(OptionList).focus()

    def _show_empty(self) -> None:
        self.query_one(".list-empty").display = not self.entries
        self.query_one(OptionList).display = bool(self.entries)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_delete(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if self._delete is None or index is None or not self.entries:
            self.app.bell()
            return
        self.entries = self._delete(index)
        options.clear_options()
        options.add_options([Option(e) for e in self.entries])
        if self.entries:
            options.highlighted = min(index, len(self.entries) - 1)
        self._show_empty()
