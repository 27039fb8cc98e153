"""The tabs on the right: Glossary, Speakers and Figures."""

from __future__ import annotations

from textual.widgets import Static, TabbedContent, TabPane

from reader.core.model import Article
from reader.tui.widgets.figures_panel import FiguresPanel
from reader.tui.widgets.glossary_panel import GlossaryPanel
from reader.tui.widgets.speakers_panel import SpeakersPanel


class SidePanels(TabbedContent):
    """Glossary, Speakers and Figures as tabs, the glossary shown first."""

    def compose_panes(self, article: Article) -> list[TabPane]:
        glossary = TabPane(
            "Glossary",
            Static("loading dictionary…", id="glossary-note", markup=False),
            GlossaryPanel(id="glossary-table"),
            id="glossary",
        )
        people = sum(1 for s in article.speakers if not s.group)
        speakers = TabPane(
            f"Speakers {people}", SpeakersPanel(article, id="speakers-panel"), id="speakers"
        )
        figures = TabPane(
            f"Figures {len(article.figures)}",
            FiguresPanel(article, id="figures-panel"),
            id="figures",
        )
        return [glossary, speakers, figures]
