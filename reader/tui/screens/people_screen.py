"""The people index: everyone quoted across the library, with their quotes.

Enter on a person lists what they said, with the article each quote is from; Enter on a quote
opens that article at the quote (Esc there comes back to this list)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from reader.library import Person
from reader.tui.render import text_content
from reader.tui.screens.list_screen import ListScreen
from reader.tui.widgets.footer import KeyFooter


class PeopleScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "quotes", "Quotes", id="people-quotes", priority=True),
        Binding("down", "table_down", show=False),
        Binding("up", "table_up", show=False),
        Binding("escape", "close", "Library", id="people-close"),
    ]

    def __init__(self, people: list[Person]) -> None:
        super().__init__()
        self.people = people

    def compose(self) -> ComposeResult:
        count = Content.assemble(
            ("People ", "bold $accent"), (f"{len(self.people)} quoted", "bold")
        )
        yield Static(count, id="people-title")
        yield Input(placeholder="type to filter by name or title", id="people-filter")
        yield DataTable(id="people-table", cursor_type="row", zebra_stripes=True)
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label in (("name", "Name"), ("title", "Title"), ("articles", "Articles"),
                           ("quotes", "Quotes")):  # fmt: skip
            table.add_column(label, key=key)
        self._fill()
        self.query_one(Input).focus()

    def _fill(self) -> None:
        query = self.query_one(Input).value.strip()
        table = self.query_one(DataTable)
        table.clear()
        for index, person in enumerate(self.people):
            if query and query not in person.name and query not in (person.title or ""):
                continue
            title = Text(person.title or "", "dim", no_wrap=True)
            title.truncate(max(12, self.app.size.width - 44), overflow="ellipsis")
            table.add_row(  # rich Text: a DataTable reads plain strings as markup
                Text(person.name, "bold"),
                title,
                str(person.articles),
                str(len(person.quotes)),
                key=str(index),
            )

    def on_input_changed(self) -> None:
        self._fill()

    def on_data_table_row_selected(self) -> None:
        self.action_quotes()

    def action_table_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_table_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss()

    def current(self) -> Person | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.people[int(key or 0)]

    def action_quotes(self) -> None:
        person = self.current()
        if person is None:
            self.app.bell()
            return
        entries = [
            Content.assemble(
                text_content(text[:80] + ("…" if len(text) > 80 else "")),
                "\n  ",
                text_content(entry.title[:50], "dim italic"),
            )
            for entry, _, _, text in person.quotes
        ]

        def chosen(index: int | None) -> None:
            if index is None:
                return
            from reader.tui.screens.library_screen import LibraryScreen

            entry, start, end, _ = person.quotes[index]
            library = next(s for s in self.app.screen_stack if isinstance(s, LibraryScreen))
            library.action_open(at=(start, end), entry=entry)

        title = (
            f"{person.name}{' · ' + person.title if person.title else ''}: {len(entries)} quotes"
        )
        self.app.push_screen(
            ListScreen(
                title,
                entries,
                empty="No quotes.",
                hint="Enter opens the article there · Esc closes",
            ),
            chosen,
        )
