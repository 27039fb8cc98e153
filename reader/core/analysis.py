"""`analyze(text) -> Article`: the one entry point that composes the analysis steps.

The reader paints its first screen from the structure alone (`analyze_structure`: sanitised
text and sections, a few milliseconds) and adds speakers and figures (`complete`) right after;
their rules take longer to load than everything else on the first screen together.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.model import Article, Figure
from reader.core.sanitize import sanitize
from reader.core.sections import find_sections

if TYPE_CHECKING:
    from reader.core.persons import Known


def analyze_structure(text: str, *, source: str = "-", headings: Collection[int] = ()) -> Article:
    """Sanitised text and sections; no speakers or figures yet (see `complete`).

    `headings` are line offsets that the file format declared as headings (Markdown, HTML);
    they are only meaningful for text that `sanitize` leaves unchanged.
    """
    clean = sanitize(text)
    sections = find_sections(clean, headings if clean == text else ())
    title = sections[0].title if sections[0].kind == "title" else None
    return Article(text=clean, title=title, source=source, sections=sections)


def complete(article: Article) -> Article:
    """The article with its speakers and figures found."""
    return replace(with_speakers(article), figures=figures_of(article))


def with_speakers(article: Article, known: Known | None = None) -> Article:
    """The article with its speakers found; `known`: the name model's labels of some of its
    sentences, worked out ahead (core/speakers.py `model_inputs`)."""
    from reader.core.speakers import find_speakers

    return replace(article, speakers=find_speakers(article.text, article.sections, known))


def figures_of(article: Article) -> tuple[Figure, ...]:
    """The figures of an article, from its text and sections alone: nothing here waits for
    the speakers, so the export finds them in a forked child beside the speakers."""
    from reader.core.figures import find_figures

    return find_figures(article.text, article.sections)


def analyze(text: str, *, source: str = "-", headings: Collection[int] = ()) -> Article:
    """Analyse article text (sanitised here if it was not already) into an immutable Article."""
    return complete(analyze_structure(text, source=source, headings=headings))
