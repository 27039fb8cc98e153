"""Command palette entries: "Go to section …" for every section of the open article."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.tui.render import section_label, text_content


def _highlight(text: str, query: str) -> Content:
    """Embolden the query's characters in order. Not `Matcher.highlight`: that parses markup,
    and section headings are article text."""
    content, position = text_content(text), 0
    for char in query.lower():
        found = text.lower().find(char, position)
        if found < 0:
            break
        content = content.stylize("bold underline", found, found + 1)
        position = found + 1
    return content


class SectionCommands(Provider):
    """Offers each section by number and heading."""

    def _entries(self) -> list[tuple[str, int]]:
        from reader.tui.screens.reader_screen import ReaderScreen

        if not isinstance(self.screen, ReaderScreen):
            return []
        article = self.screen.article
        return [
            (f"Go to section {i + 1}: {section_label(article, i)}", i)
            for i in range(len(article.sections))
        ]

    def _show(self, index: int) -> None:
        from reader.tui.screens.reader_screen import ReaderScreen

        if isinstance(self.screen, ReaderScreen):
            self.screen.show_section(index)

    async def discover(self) -> Hits:
        for text, index in self._entries():
            show = partial(self._show, index)
            yield DiscoveryHit(text_content(text), show, text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, index in self._entries():
            score = matcher.match(text)
            if score > 0:
                show = partial(self._show, index)
                yield Hit(score, _highlight(text, query), show, text=text)
