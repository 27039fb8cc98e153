"""The tabs on the right: Glossary, Speakers and Figures."""

from __future__ import annotations

from textual.widgets import TabbedContent, TabPane

from reader.core.model import Article
from reader.tui.widgets.figures_panel import FiguresPanel
from reader.tui.widgets.glossary_panel import GlossaryPanel
from reader.tui.widgets.speakers_panel import NOBODY, SpeakersPanel


class SidePanels(TabbedContent):
    """Glossary, Speakers and Figures as tabs, the glossary shown first.

    It keeps its three panels as attributes: the reader talks to them, never to their
    children by id (a child may not be mounted yet when the reader first asks)."""

    def __init__(
        self, article: Article, *, unavailable: str | None = None, id: str | None = None
    ) -> None:
        """`unavailable`: why the article has no speakers and figures (the analysis failed)."""
        super().__init__(id=id)
        self.glossary = GlossaryPanel(id="glossary-table")
        empty = f"Speakers could not be found: {unavailable}" if unavailable else NOBODY
        self.speakers = SpeakersPanel(article, empty=empty, id="speakers-panel")
        self.figures = FiguresPanel(article, id="figures-panel")
        people = sum(1 for s in article.speakers if not s.group)
        for pane in (
            TabPane("Glossary", self.glossary, id="glossary"),
            TabPane(f"Speakers {people}", self.speakers, id="speakers"),
            TabPane(f"Figures {len(article.figures)}", self.figures, id="figures"),
        ):
            self.compose_add_child(pane)

    def panel(self, name: str) -> GlossaryPanel | SpeakersPanel | FiguresPanel:
        panels: dict[str, GlossaryPanel | SpeakersPanel | FiguresPanel] = {
            "glossary": self.glossary,
            "speakers": self.speakers,
            "figures": self.figures,
        }
        return panels[name]
