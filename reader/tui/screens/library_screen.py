"""The library: a folder's articles, one row each, and the people quoted across them.

Typing filters the rows (title or file); Enter opens the article over the library, and Esc or
backspace in the reader comes back here. The articles are indexed by a worker thread that ends
in messages, cached ones first, so the rows show at once and fill in as the rest is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from reader.core.known import Knowledge
from reader.library import Entry, index, people
from reader.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from reader.core.glossary import Glossary

COLUMNS = (("title", "Title"), ("file", "File"), ("chars", "Chars"), ("sections", "Sect"),
           ("speakers", "Spk"), ("figures", "Fig"), ("known", "Known"))  # fmt: skip
_KEYS = tuple(key for key, _ in COLUMNS)
SORTS = ("title", "chars", "speakers", "figures", "known")


class Indexed(Message):
    """The summary of one more article (or the reason it could not be read)."""

    def __init__(self, path: str, entry: Entry | None, failure: str = "") -> None:
        super().__init__()
        self.path, self.entry, self.failure = path, entry, failure


class IndexDone(Message):
    pass


class LibraryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the filter box has the focus and would take Enter for itself
        Binding("enter", "open", "Open", id="library-open", priority=True),
        Binding("f2", "people", "People", tooltip="Everyone quoted", id="library-people"),
        Binding("f3", "sort", "Sort", tooltip="Sort by the next column", id="library-sort"),
        Binding("down", "table_down", show=False),
        Binding("up", "table_up", show=False),
        Binding("escape", "clear", "Clear", show=False, id="library-clear"),
        Binding("ctrl+q", "app.quit", "Quit", id="library-quit", priority=True),
    ]

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.pending = {str(path): path for path in paths}
        """Articles not indexed yet: listed by file name at once, filled in as they come."""
        self.entries: list[Entry] = []
        self.failures: list[str] = []
        self.sort = "title"
        self.done = False
        self.glossary: Glossary | None = None
        self.knowledge = Knowledge()
        self._shares: dict[str, float | None] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        yield Input(placeholder="type to filter by title or file", id="library-filter")
        yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="library-status")
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        self.query_one(Input).focus()
        self._fill()
        self._index()

    @work(thread=True, exclusive=True, group="library", name="Indexing the library")
    def _index(self) -> None:
        from textual.worker import get_current_worker

        from reader.core.glossary import glossary

        worker = get_current_worker()
        for found in index(self.paths, lambda: worker.is_cancelled):
            if isinstance(found, Entry):
                self.post_message(Indexed(found.path, found))
            else:
                self.post_message(Indexed(str(found[0]), None, found[1]))
        self.glossary = glossary()  # HSK levels for the known share
        self.post_message(IndexDone())

    def on_indexed(self, message: Indexed) -> None:
        table = self.query_one(DataTable)
        self.pending.pop(message.path, None)
        if message.entry is None:
            self.failures.append(message.failure)
            if message.path in table.rows:
                table.remove_row(message.path)
        else:
            self.entries.append(message.entry)
            if message.path in table.rows:
                for key, value in zip(_KEYS, self._cells(message.entry), strict=True):
                    table.update_cell(message.path, key, value)
            elif self._matches(message.entry):
                self._add_row(message.entry)
        self._status()

    def on_index_done(self) -> None:
        self.done = True
        self._load_knowledge()
        self._fill()  # the known share needs the HSK list, loaded last

    def on_screen_resume(self) -> None:
        if self.done:
            self._load_knowledge()
            self._fill()  # words marked known in the reader change the share

    # rows ---------------------------------------------------------------------------------

    def _matches(self, entry: Entry) -> bool:
        query = self.query_one(Input).value.strip().lower()
        return not query or query in entry.title.lower() or query in entry.path.lower()

    def _load_knowledge(self) -> None:
        """The user's known words and level, read once per refill (not once per row)."""
        from reader.core.known import Knowledge
        from reader.state import KnownWords

        try:
            words, level = KnownWords().load()
        except OSError:
            words, level = frozenset(), 0
        self.knowledge = Knowledge(words, level)
        self._shares.clear()

    def _share(self, entry: Entry) -> float | None:
        """The share of the entry's words the user knows, worked out once per refill of the
        known words (every word of every article: not again on each key typed in the filter)."""
        if self.glossary is None:
            return None
        if entry.path not in self._shares:
            self._shares[entry.path] = entry.known_share(self.knowledge, self.glossary.hsk2)
        return self._shares[entry.path]

    def _known(self, entry: Entry) -> str:
        if self.glossary is None:
            return "…"
        share = self._share(entry)
        return "—" if share is None else f"{share:.0%}"

    def _cells(self, entry: Entry | None, path: str = "") -> list[Text | str]:
        """A row's cells; an article not indexed yet shows its file name and dots."""
        if entry is None:
            title = Text(Path(path).stem, "dim italic", no_wrap=True)
        else:
            title = Text(entry.title, no_wrap=True)  # rich Text: DataTable reads str as markup
        title.truncate(max(16, self.app.size.width - 64), overflow="ellipsis")
        name = Text(Path(path or (entry.path if entry else "")).name, "dim", no_wrap=True)
        name.truncate(20, overflow="ellipsis")
        if entry is None:
            return [title, name, "…", "…", "…", "…", "…"]
        people = sum(1 for s in entry.speakers if not s.group)
        numbers = [f"{entry.characters:,}", str(entry.sections), str(people), str(entry.figures)]
        return [title, name, *numbers, self._known(entry)]

    def _add_row(self, entry: Entry | None, path: str = "") -> None:
        self.query_one(DataTable).add_row(
            *self._cells(entry, path), key=entry.path if entry else path
        )

    def _ordered(self) -> list[Entry]:
        shown = [e for e in self.entries if self._matches(e)]
        if self.sort == "title":
            return sorted(shown, key=lambda e: e.title)
        if self.sort == "known":
            return sorted(shown, key=lambda e: -(self._share(e) or 0.0))  # 100% before 45%
        field = {"chars": "characters", "figures": "figures"}.get(self.sort)
        if field:
            return sorted(shown, key=lambda e: -getattr(e, field))
        return sorted(shown, key=lambda e: -sum(1 for s in e.speakers if not s.group))

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        current = self._current_key()
        table.clear()
        for entry in self._ordered():
            self._add_row(entry)
        query = self.query_one(Input).value.strip().lower()
        for path in self.pending:  # still being indexed: after the others, by file name
            if not query or query in path.lower():
                self._add_row(None, path)
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current))
        self._status()

    def _current_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _status(self) -> None:
        total, done = len(self.paths), len(self.entries) + len(self.failures)
        shown = self.query_one(DataTable).row_count
        title = Content.assemble(
            ("Library ", "bold $accent"), (f"{len(self.entries)} articles", "bold")
        )
        self.query_one("#library-title", Static).update(title)
        parts = [f"{shown} shown", f"sorted by {self.sort}"]
        if done < total:
            parts.insert(0, f"indexing {done}/{total}…")
        if self.failures:
            parts.append(f"{len(self.failures)} could not be read")
        self.query_one("#library-status", Static).update(Content(" · ".join(parts)))

    def current_entry(self) -> Entry | None:
        key = self._current_key()
        return next((e for e in self.entries if e.path == key), None)

    # keys ---------------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        self.sort = key if key in SORTS else self.sort
        self._fill()

    def action_open(self, at: tuple[int, int] | None = None, entry: Entry | None = None) -> None:
        path = entry.path if entry else self._current_key()  # indexed yet or not
        if path is None:
            self.app.bell()
            return
        self._open(path, at)

    @work(thread=True, group="open", name="Opening the article")
    def _open(self, path: str, at: tuple[int, int] | None) -> None:
        from reader.core.analysis import analyze_structure
        from reader.core.sources import SourceError, open_article

        try:
            document = open_article(path, regular=True)
        except SourceError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot open", severity="error", markup=False
            )
            return
        article = analyze_structure(
            document.text, source=document.source, headings=document.headings
        )
        self.app.call_from_thread(self.app.read, article, at)  # type: ignore[attr-defined]

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()
        self.notify(f"Sorted by {self.sort}", markup=False, timeout=1.5)

    def action_table_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_table_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_clear(self) -> None:
        self.query_one(Input).value = ""

    def action_people(self) -> None:
        from reader.tui.screens.people_screen import PeopleScreen

        self.app.push_screen(PeopleScreen(people(self.entries)))
