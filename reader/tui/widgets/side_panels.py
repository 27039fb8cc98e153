"""The tabs on the right: Glossary, Speakers and Figures.

Their contents arrive with the pinyin, speakers and figures analyses; until then each tab says
plainly what it will hold.
"""

from __future__ import annotations

from textual.widgets import Static, TabbedContent, TabPane

PANELS = {
    "glossary": (
        "Glossary",
        "Words of this section with pinyin, meaning and HSK level: not available yet.",
    ),
    "speakers": ("Speakers", "People quoted in the article, with every quote: not available yet."),
    "figures": (
        "Figures",
        "Every number in the article, normalised and labelled: not available yet.",
    ),
}


class SidePanels(TabbedContent):
    """Glossary, Speakers and Figures as tabs, the glossary shown first."""

    def compose_panes(self) -> list[TabPane]:
        return [
            TabPane(label, Static(text, classes="placeholder", markup=False), id=pane_id)
            for pane_id, (label, text) in PANELS.items()
        ]
