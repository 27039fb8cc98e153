"""The tabs on the right: Glossary, Speakers and Figures."""

from __future__ import annotations

from textual.widgets import Static, TabbedContent, TabPane

from reader.tui.widgets.glossary_panel import GlossaryPanel

PLACEHOLDERS = {
    "speakers": ("Speakers", "People quoted in the article, with every quote: not available yet."),
    "figures": (
        "Figures",
        "Every number in the article, normalised and labelled: not available yet.",
    ),
}


class SidePanels(TabbedContent):
    """Glossary, Speakers and Figures as tabs, the glossary shown first."""

    def compose_panes(self) -> list[TabPane]:
        glossary = TabPane(
            "Glossary",
            Static("loading dictionary…", id="glossary-note", markup=False),
            GlossaryPanel(id="glossary-table"),
            id="glossary",
        )
        return [glossary] + [
            TabPane(label, Static(text, classes="placeholder", markup=False), id=pane_id)
            for pane_id, (label, text) in PLACEHOLDERS.items()
        ]
