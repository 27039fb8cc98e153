"""The Figures tab: every number of the article in a table, filtered by kind, or as a chart.

The chart plots the largest group of comparable figures (same kind and unit, dates left out),
e.g. the seed's growth rates, as labelled bars: a glance instead of a read.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Select, Static

from reader.core.model import Article, Figure
from reader.core.numerals import english_amount
from reader.tui.render import text_content

KINDS = ("money", "percent", "count", "measure", "date", "other")
_UNITS = {"元": "yuan", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY", "%": "%"}


def human(figure: Figure) -> str:
    """31.8万亿美元 ≈ 31.8 trillion USD; dates and ranges as written."""
    if not isinstance(figure.value, int | float):
        return figure.text
    amount = english_amount(float(figure.value))
    unit = _UNITS.get(figure.unit, figure.unit)
    approx = {"less": "< ", "more": "> ", "about": "≈ "}.get(figure.approx or "", "")
    return f"{approx}{amount}{'' if unit == '%' else ' '}{unit}".strip()


def chart_figures(figures: list[Figure]) -> list[Figure]:
    """The largest set of comparable, numeric figures (kind and unit alike, no dates)."""
    numeric = [f for f in figures if isinstance(f.value, int | float) and f.kind != "date"]
    if not numeric:
        return []
    groups = Counter((f.kind, f.unit) for f in numeric)
    (kind, unit), _ = groups.most_common(1)[0]
    return [f for f in numeric if (f.kind, f.unit) == (kind, unit)]


class FiguresPanel(Vertical):
    """A kind filter, then the table (or the chart: `v` switches)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "v",
            "toggle_chart",
            "Chart",
            tooltip="Table / chart of comparable figures",
            id="toggle-chart",
        ),
    ]

    class Jump(Message):
        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start, self.end = start, end

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.kind: str | None = None
        self.shown: list[Figure] = list(article.figures)

    def compose(self) -> ComposeResult:
        options = [
            (f"{kind} ({n})", kind)
            for kind in KINDS
            if (n := sum(1 for f in self.article.figures if f.kind == kind))
        ]
        yield Select(options, prompt=f"all kinds ({len(self.article.figures)})", id="figure-kind")
        table: DataTable[Content] = DataTable(
            id="figure-table", cursor_type="row", zebra_stripes=True
        )
        yield table
        with VerticalScroll(id="figure-chart"):
            yield Static(id="figure-chart-body")

    def on_mount(self) -> None:
        table = self.query_one("#figure-table", DataTable)
        table.add_columns("figure", "value", "about", "kind", "§")
        self._fill()
        self.query_one("#figure-chart").display = False

    def _fill(self) -> None:
        table = self.query_one("#figure-table", DataTable)
        table.clear()
        self.shown = [f for f in self.article.figures if self.kind in (None, f.kind)]
        for figure in self.shown:
            table.add_row(
                text_content(figure.text, "bold"),
                text_content(human(figure)),
                text_content(figure.about),
                Content(figure.kind),
                Content(str(self.article.section_at(figure.start) + 1)),
            )
        self.query_one("#figure-chart-body", Static).update(
            self.chart(self.query_one("#figure-chart").size.width or 40)
        )

    def chart(self, width: int) -> Content:
        figures = chart_figures(self.shown)
        if not figures:
            return Content.styled("Nothing comparable to chart.", "dim")
        kind, unit = figures[0].kind, figures[0].unit
        top = max(abs(float(f.value)) for f in figures) or 1.0  # type: ignore[arg-type]
        label_width = 14
        value_width = max(len(f.text) for f in figures) + 1
        bar_width = max(4, width - label_width - value_width - 2)
        lines = [Content.styled(f"{kind} in {unit or 'units'}: {len(figures)} figures", "bold")]
        for figure in figures:
            # the time scope repeats on every bar: drop it
            about = re.sub(
                r"^(?:今年|去年|明年)?(?:\d{4}年)?(?:\d{1,2}(?:[-—至]\d{1,2})?月)?\s*",
                "",
                figure.about,
            )
            label = _fit(about or figure.text, label_width)
            cells = round(abs(float(figure.value)) / top * bar_width)  # type: ignore[arg-type]
            lines.append(
                Content.assemble(
                    text_content(label),
                    " ",
                    ("█" * max(cells, 1), "$accent"),
                    f" {figure.text}",
                )
            )
        return Content("\n").join(lines)

    def on_select_changed(self, event: Select.Changed) -> None:
        self.kind = None if event.value is Select.BLANK else str(event.value)
        self._fill()

    def action_toggle_chart(self) -> None:
        chart = self.query_one("#figure-chart")
        chart.display = not chart.display
        self.query_one("#figure-table").display = not chart.display
        self.query_one("#figure-chart-body", Static).update(
            self.chart(self.content_size.width or 40)
        )

    @property
    def showing_chart(self) -> bool:
        return bool(self.query_one("#figure-chart").display)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        figure = self.shown[event.cursor_row]
        self.post_message(self.Jump(figure.start, figure.end))


def _fit(text: str, width: int) -> str:
    """Cut or pad to `width` terminal cells (CJK counts two)."""
    from reader.core.layout import text_width

    out = ""
    for char in text:
        if text_width(out + char) > width - 1:
            out += "…"
            break
        out += char
    return out + " " * max(0, width - text_width(out))
