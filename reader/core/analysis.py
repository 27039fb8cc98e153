"""`analyze(text) -> Article`: the one entry point that composes the analysis steps."""

from __future__ import annotations

from collections.abc import Collection

from reader.core.figures import find_figures
from reader.core.model import Article
from reader.core.sanitize import sanitize
from reader.core.sections import find_sections
from reader.core.speakers import find_speakers


def analyze(text: str, *, source: str = "-", headings: Collection[int] = ()) -> Article:
    """Analyse article text (sanitised here if it was not already) into an immutable Article.

    `headings` are line offsets that the file format declared as headings (Markdown, HTML);
    they are only meaningful for text that `sanitize` leaves unchanged.
    """
    clean = sanitize(text)
    sections = find_sections(clean, headings if clean == text else ())
    title = sections[0].title if sections[0].kind == "title" else None
    return Article(
        text=clean,
        title=title,
        source=source,
        sections=sections,
        speakers=find_speakers(clean, sections),
        figures=find_figures(clean, sections),
    )
