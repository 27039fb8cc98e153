"""The one place where model text becomes something Textual draws.

Article text is untrusted: it is wrapped in `Content(...)` or rich `Segment`s, never parsed as
markup, so `[@click=app.quit]` in an article stays text.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.strip import Strip

from reader.core.model import Article, Section

KIND_LABELS = {"title": "标题", "lead": "导语", "body": "正文", "byline": "署名", "trailer": "声明"}


def section_label(article: Article, index: int) -> str:
    """What the table of contents calls a section: its heading, or a label for its kind."""
    section: Section = article.sections[index]
    if section.title:
        return section.title
    label = KIND_LABELS[section.kind]
    if section.kind == "body":
        parts = [i for i, s in enumerate(article.sections) if s.kind == "body" and not s.title]
        if len(parts) > 1:
            label += f" {parts.index(index) + 1}"
    return label


def text_content(text: str, style: str = "") -> Content:
    """Untrusted text as Content: never interpreted as markup."""
    return Content.styled(text, style) if style else Content(text)


def row_strip(text: str, style: Style, width: int, base: Style) -> Strip:
    """A display row of article text, padded to `width` cells."""
    strip = Strip([Segment(text, style)]) if text else Strip([])
    return strip.adjust_cell_length(width, base)
