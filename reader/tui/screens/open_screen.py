"""Open another article (`o`): a path, checked by the app before the reader switches to it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class OpenScreen(ModalScreen[str | None]):
    """Dismisses with the path typed (None: cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Cancel", id="close-open"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="list-body"):
            yield Static(Content.styled("Open an article", "bold $accent"))
            yield Input(placeholder="path to a .txt, .md or .html file (~ works)", id="open-path")
            yield Static(
                Content.styled("Enter opens it · Esc cancels · the reading position is kept", "dim")
            )

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_close(self) -> None:
        self.dismiss(None)
