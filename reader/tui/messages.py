"""Messages between the reader's parts: the loader's results, and the panels' requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from reader.core.brief import Brief
    from reader.core.glossary import Glossary
    from reader.core.model import Article, Token


class JumpRequested(Message):
    """Show the article at [start, end) and mark the span (a quote, a figure)."""

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start, self.end = start, end


class Analysed(Message):
    """The article's speakers and figures are found: `article` is the analysed article (or,
    with `failed`, the article without them and why)."""

    def __init__(self, article: Article, failed: str | None = None) -> None:
        super().__init__()
        self.article, self.failed = article, failed


class SectionAnnotated(Message):
    """The loader finished the readings of one section."""

    def __init__(self, index: int, tokens: tuple[Token, ...]) -> None:
        super().__init__()
        self.index, self.tokens = index, tokens


class GlossaryReady(Message):
    """CC-CEDICT and the HSK lists are loaded; `traditional`: the article's script."""

    def __init__(self, glossary: Glossary, traditional: bool) -> None:
        super().__init__()
        self.glossary, self.traditional = glossary, traditional


class NamesRead(Message):
    """The pinyin of the speakers' names, surname apart (孙婧 → Sūn Jìng), and their surnames'
    syllables for the text's readings (任志强 → ren2)."""

    def __init__(self, names: dict[str, str], surnames: dict[str, str]) -> None:
        super().__init__()
        self.names = names
        self.surnames = surnames


class BriefReady(Message):
    """The brief (B) is computed: its unknown words as tokens at their first occurrence."""

    def __init__(self, brief: Brief, tokens: list[Token]) -> None:
        super().__init__()
        self.brief, self.tokens = brief, tokens
