"""Places in the reader: resuming where the user left an article, search (/ n N) and
bookmarks (m ').

A mixin of `ReaderApp`, kept apart so that each file holds one concern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from reader.state import KnownWords, Positions
from reader.tui.render import text_content
from reader.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp
    from reader.tui.widgets.search_bar import SearchBar

    _Base = ReaderApp
else:
    _Base = object


class PlacesActions(_Base):
    """Resume, search and bookmarks."""

    def _load_user_data(self) -> None:
        """Known words, bookmarks, and where the user left this article (so it resumes)."""
        try:
            known, positions = KnownWords(), Positions()
            self.known, self.known_level = known.load()
            place = positions.get(self.key)
        except OSError as error:
            self.notify(f"User data unavailable: {error}", severity="warning", markup=False)
            return
        for warning in (known.store.warning, positions.store.warning):
            if warning:
                self.notify(warning, title="User data", severity="warning", markup=False)
        self._bookmarks = place.bookmarks
        self._remembered = (place.section, place.offset)
        if place.section == 0 and place.offset is None:
            return
        section = min(place.section, len(self.article.sections) - 1)
        self.show_section(section, at_once=True)
        view = self._main(ArticleView)
        if place.offset is not None and self.article.section_at(place.offset) == section:
            self.call_after_refresh(view.scroll_to_offset, place.offset)
        self.notify(
            f"Back where you left off: section {section + 1} of {len(self.article.sections)}. "
            "Press 1 for the start.",
            title="Resumed",
        )

    def _remember(self) -> None:
        """Store the reading position (on each section change and on quitting)."""
        if self._view_gone:
            return
        offset = self._main(ArticleView).top_offset()
        if self.article.sections[self.current_section].start == offset:
            offset = None  # the section's top: stays right if the layout changes
        if (self.current_section, offset) == self._remembered:
            return  # nothing moved: no write
        try:
            Positions().remember(self.key, self.current_section, offset)
            self._remembered = (self.current_section, offset)
        except OSError as error:
            self.log(f"position not saved: {error}")

    def action_search(self) -> None:
        from reader.tui.widgets.search_bar import SearchBar

        found = self.screen_stack[0].query(SearchBar)
        bar = found.first() if found else SearchBar(id="search")
        if not found:
            self.screen_stack[0].mount(bar, before="#bottom-bar")
        bar.open()

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        self.action_focus_article()
        self.search(message.query)

    def on_search_bar_closed(self) -> None:
        self.action_focus_article()

    def search(self, query: str) -> None:
        """Highlight every match of `query` (characters, or toneless pinyin) and go to the
        first one at or after the reading position."""
        from reader.core.search import find, pinyin_key

        view = self._main(ArticleView)
        self.matches = find(self.article.text, query, self._readings_by_offset())
        view.set_matches(self.matches)
        if not self.matches:
            self.match_index = -1
            self._update_position()
            self.bell()
            self.notify(f"No match for 「{query}」", severity="warning", markup=False, timeout=3)
            return
        cursor = view.cursor_token
        here = cursor.end if cursor is not None else view.top_offset()
        first = next((i for i, (start, _) in enumerate(self.matches) if start >= here), 0)
        self._go_to_match(first)
        partial = pinyin_key(query) and len(self._annotated) < len(self.article.sections)
        message = (
            f"{_count(len(self.matches), 'match', 'matches')} for 「{query}」"
            " (n / N step through them)"
            + (" · pinyin still loading for some sections" if partial else "")
        )
        self.notify(message, markup=False, timeout=3)

    def _readings_by_offset(self) -> dict[int, str]:
        """Every character's reading in the sections read so far; rebuilt only when more
        sections have been read (on a long article it takes a moment)."""
        tokens = self._main(ArticleView).tokens
        covered, readings = self._search_readings
        if covered != len(tokens):
            readings = {
                token.start + i: reading
                for section in tokens.values()
                for token in section
                for i, reading in enumerate(token.pinyin)
                if reading
            }
            self._search_readings = (len(tokens), readings)
        return readings

    def _go_to_match(self, index: int) -> None:
        self.match_index = index % len(self.matches)
        self.jump_to(*self.matches[self.match_index])
        self._update_position()

    def action_next_match(self) -> None:
        if not self.matches:
            self.bell()
            return
        if self.match_index + 1 == len(self.matches):
            self.notify("Back to the first match", timeout=1.5)
        self._go_to_match(self.match_index + 1)

    def action_previous_match(self) -> None:
        if not self.matches:
            self.bell()
            return
        if self.match_index == 0:
            self.notify("On to the last match", timeout=1.5)
        self._go_to_match(self.match_index - 1)

    def action_clear_search(self) -> None:
        if self.matches:
            self.matches, self.match_index = [], -1
            self._main(ArticleView).set_matches([])
            self._update_position()

    def action_bookmark(self) -> None:
        view = self._main(ArticleView)
        token = view.cursor_token
        offset = token.start if token is not None else view.top_offset()
        line_end = self.article.text.find("\n", offset)
        snippet = self.article.text[offset : line_end if line_end >= 0 else None][:24]
        try:
            place = Positions().add_bookmark(self.key, offset, snippet)
        except OSError as error:
            self._store_failed(error)
            return
        self._bookmarks = place.bookmarks
        self.notify(
            f"Bookmark set in section {self.article.section_at(offset) + 1}: {snippet}"
            f" · {len(place.bookmarks)} in this article (' lists them)",
            markup=False,
            timeout=3,
        )

    def action_bookmarks(self) -> None:
        from reader.tui.render import section_label
        from reader.tui.screens.list_screen import ListScreen

        marks = list(self._bookmarks)
        shown = self.shown_article

        def entries() -> list[Content]:
            return [
                Content.assemble(
                    (f"§{shown.section_at(m.offset) + 1} ", "bold $accent"),
                    (section_label(shown, shown.section_at(m.offset))[:16], "dim"),
                    "  ",
                    text_content(shown.text[m.offset : m.offset + len(m.label)]),
                )
                for m in marks
            ]

        def delete(index: int) -> list[Content]:
            place = Positions().remove_bookmark(self.key, marks[index].offset)
            self._bookmarks = place.bookmarks
            marks[:] = place.bookmarks
            return entries()

        def chosen(index: int | None) -> None:
            if index is None:
                return
            offset = marks[index].offset
            self.show_section(self.article.section_at(offset))
            view = self._main(ArticleView)
            view.scroll_to_offset(offset)
            view.move_cursor_to(offset)

        self.push_screen(
            ListScreen(
                f"Bookmarks in this article ({len(marks)})",
                entries(),
                empty="No bookmarks yet: m bookmarks the word cursor, or the top of the view.",
                hint="Enter jumps · d deletes · Esc closes",
                delete=delete,
            ),
            chosen,
        )


def _count(n: int, one: str, many: str) -> str:
    """3 matches, 1 match (the query goes in 「」: curly quotes are one cell wide in some
    terminals and two in others)."""
    return f"{n} {one if n == 1 else many}"
