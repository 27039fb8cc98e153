"""Places in the reader: resuming where the user left an article, search (/ n N) and
bookmarks (m ').

Held by the reader screen (composition, not a mixin), which forwards its bindings here. The
search matches are part of the learner's state, so the article view and the position bar
follow them by themselves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.state import KnownWords, Positions

if TYPE_CHECKING:
    from reader.tui.screens.reader_screen import ReaderScreen


class Places:
    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._readings: tuple[int, dict[int, str]] = (-1, {})
        """Reading per character offset for pinyin search, and how many sections it covers."""

    def load_user_data(self) -> None:
        """Known words, bookmarks, and where the user left this article (so it resumes)."""
        screen = self.screen
        try:
            known, positions = KnownWords(), Positions()
            words, level = known.load()
            place = positions.get(screen.key)
        except OSError as error:
            screen.notify(f"User data unavailable: {error}", severity="warning", markup=False)
            return
        screen.study.load_known(words, level)
        for warning in (known.store.warning, positions.store.warning):
            if warning:
                screen.notify(warning, title="User data", severity="warning", markup=False)
        screen.bookmarks = place.bookmarks
        screen.remembered = (place.section, place.offset)
        if place.section == 0 and place.offset is None:
            return
        sections = len(screen.article.sections)
        section = min(place.section, sections - 1)
        screen.show_section(section, at_once=True)
        if place.offset is not None and screen.article.section_at(place.offset) == section:
            screen.call_after_refresh(screen.view.scroll_to_offset, place.offset)
        screen.notify(
            f"Back where you left off: section {section + 1} of {sections}. Press 1 for the start.",
            title="Resumed",
        )

    def remember(self) -> None:
        """Store the reading position (on each section change and on quitting)."""
        screen = self.screen
        if not screen.view.is_attached:
            return
        offset: int | None = screen.view.top_offset()
        if screen.article.sections[screen.current_section].start == offset:
            offset = None  # the section's top: stays right if the layout changes
        if (screen.current_section, offset) == screen.remembered:
            return  # nothing moved: no write
        try:
            Positions().remember(screen.key, screen.current_section, offset)
            screen.remembered = (screen.current_section, offset)
        except OSError as error:
            screen.log(f"position not saved: {error}")

    def open_search(self) -> None:
        from reader.tui.widgets.search_bar import SearchBar

        found = self.screen.query(SearchBar)
        bar = found.first() if found else SearchBar(id="search")
        if not found:
            self.screen.mount(bar, before="#bottom-bar")
        bar.open()

    def search(self, query: str) -> None:
        """Highlight every match of `query` (characters, or toneless pinyin) and go to the
        first one at or after the reading position."""
        from reader.core.search import find, pinyin_key

        screen = self.screen
        matches = tuple(find(screen.article.text, query, self._readings_by_offset()))
        screen.learner = replace(screen.learner, matches=matches, match_index=-1)
        if not matches:
            screen.app.bell()
            screen.notify(f"「{query}」: no match", severity="warning", markup=False, timeout=3)
            return
        cursor = screen.view.cursor_token
        here = cursor.end if cursor is not None else screen.view.top_offset()
        first = next((i for i, (start, _) in enumerate(matches) if start >= here), 0)
        self._go_to_match(first)
        partial = pinyin_key(query) and len(screen.annotated) < len(screen.article.sections)
        message = (
            # the query first: Textual blanks wide characters where a toast lies over a
            # widget's border (Textualize/textual#6357), which is further right
            f"「{query}」: {_count(len(matches), 'match', 'matches')} (n / N step through them)"
            + (" · pinyin still loading for some sections" if partial else "")
        )
        screen.notify(message, markup=False, timeout=3)

    def _readings_by_offset(self) -> dict[int, str]:
        """Every character's reading in the sections read so far; rebuilt only when more
        sections have been read (on a long article it takes a moment)."""
        tokens = self.screen.view.tokens
        covered, readings = self._readings
        if covered != len(tokens):
            readings = {
                token.start + i: reading
                for section in tokens.values()
                for token in section
                for i, reading in enumerate(token.pinyin)
                if reading
            }
            self._readings = (len(tokens), readings)
        return readings

    def _go_to_match(self, index: int) -> None:
        learner = self.screen.learner
        index %= len(learner.matches)
        self.screen.learner = replace(learner, match_index=index)
        self.screen.jump_to(*learner.matches[index])

    def next_match(self, step: int) -> None:
        """The next match (`step` 1) or the previous one (-1), round the end."""
        learner = self.screen.learner
        if not learner.matches:
            self.screen.app.bell()
            return
        if step > 0 and learner.match_index + 1 == len(learner.matches):
            self.screen.notify("Back to the first match", timeout=1.5)
        if step < 0 and learner.match_index == 0:
            self.screen.notify("On to the last match", timeout=1.5)
        self._go_to_match(learner.match_index + step)

    def clear_search(self) -> None:
        if self.screen.learner.matches:
            self.screen.learner = replace(self.screen.learner, matches=(), match_index=-1)

    def bookmark(self) -> None:
        screen = self.screen
        token = screen.view.cursor_token
        offset = token.start if token is not None else screen.view.top_offset()
        text = screen.article.text
        line_end = text.find("\n", offset)
        snippet = text[offset : line_end if line_end >= 0 else None][:24]
        try:
            place = Positions().add_bookmark(screen.key, offset, snippet)
        except OSError as error:
            screen.store_failed(error)
            return
        screen.bookmarks = place.bookmarks
        screen.notify(
            f"Bookmark set in section {screen.article.section_at(offset) + 1}: {snippet}"
            f" · {len(place.bookmarks)} in this article (' lists them)",
            markup=False,
            timeout=3,
        )

    def bookmarks(self) -> None:
        from reader.tui.screens.lists import bookmarks_screen

        screen = self.screen
        marks = list(screen.bookmarks)

        def chosen(index: int | None) -> None:
            screen.bookmarks = tuple(marks)  # some may have been deleted
            if index is None:
                return
            offset = marks[index].offset
            screen.show_section(screen.article.section_at(offset))
            screen.view.scroll_to_offset(offset)
            screen.view.move_cursor_to(offset)

        screen.app.push_screen(bookmarks_screen(screen.shown_article, screen.key, marks), chosen)


def _count(n: int, one: str, many: str) -> str:
    """3 matches, 1 match (the query goes in 「」: curly quotes are one cell wide in some
    terminals and two in others)."""
    return f"{n} {one if n == 1 else many}"
