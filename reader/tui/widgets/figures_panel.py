"""The Figures tab: every number of the article in a table, filtered by kind, or as a chart.

The chart plots the largest group of comparable figures (same kind and unit, dates left out),
e.g. the seed's growth rates, as labelled bars: a glance instead of a read. The tab is built
the first time it is shown, so it costs the first screen nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from reader.core.layout import text_width

if TYPE_CHECKING:
    from textual.widgets import DataTable, Select
from reader.core.model import Article, Figure
from reader.core.numerals import english_amount
from reader.tui.messages import JumpRequested
from reader.tui.render import text_content

KINDS = ("money", "percent", "count", "measure", "date", "other")
_UNITS = {"元": "yuan", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY", "%": "%"}
_SCOPE = re.compile(r"^(?:今年|去年|明年)?(?:\d{4}年)?(?:\d{1,2}(?:[-—至]\d{1,2})?月)?\s*")


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
    (kind, unit), _ = Counter((f.kind, f.unit) for f in numeric).most_common(1)[0]
    return [f for f in numeric if (f.kind, f.unit) == (kind, unit)]


def chart(figures: list[Figure], width: int) -> Content:
    """Horizontal bars, one per figure, labelled with what it measures (time scope dropped)."""
    figures = chart_figures(figures)
    if not figures:
        return Content.styled("Nothing comparable to chart.", "dim")
    kind, unit = figures[0].kind, figures[0].unit
    top = max(abs(float(f.value)) for f in figures) or 1.0  # type: ignore[arg-type]
    label_width = 14
    value_width = max(len(f.text) for f in figures) + 1
    bar_width = max(4, width - label_width - value_width - 2)
    lines = [Content.styled(f"{kind} in {unit or 'units'}: {len(figures)} figures", "bold")]
    for figure in figures:
        label = _fit(_SCOPE.sub("", figure.about) or figure.text, label_width)
        cells = max(1, round(abs(float(figure.value)) / top * bar_width))  # type: ignore[arg-type]
        lines.append(
            Content.assemble(text_content(label), " ", ("█" * cells, "$accent"), f" {figure.text}")
        )
    return Content("\n").join(lines)


def _fit(text: str, width: int) -> str:
    """Cut or pad to `width` terminal cells (CJK counts two)."""
    out = ""
    for char in text:
        if text_width(out + char) > width - 1:
            out += "…"
            break
        out += char
    return out + " " * max(0, width - text_width(out))


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

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.kind: str | None = None
        self.shown: list[Figure] = list(article.figures)
        self._focus_wanted = False

    def set_article(self, article: Article) -> None:
        """The same figures from `article` in the other script."""
        self.article = article
        if self.built:
            self._fill()

    async def on_show(self) -> None:
        if not self.children:
            await self.mount_all(list(self._build()))
            self.call_after_refresh(self._fill)
            if self._focus_wanted:  # F4 asked for the table before it was mounted
                self.focus_list()

    def _build(self) -> Iterator[Widget]:
        from textual.widgets import DataTable, Select  # imported when the tab is first shown

        figures = self.article.figures
        options = [
            (f"{kind} ({n})", kind)
            for kind in KINDS
            if (n := sum(1 for f in figures if f.kind == kind))
        ]
        yield Select(options, prompt=f"all kinds ({len(figures)})", id="figure-kind")
        yield DataTable(id="figure-table", cursor_type="row", zebra_stripes=True)
        yield VerticalScroll(Static(id="figure-chart-body"), id="figure-chart")

    def focus_list(self) -> None:
        """Focus the table of figures; if the tab is still being built, as soon as it is (the
        mount and the request race: whichever comes second does the focusing)."""
        found = self.query("#figure-table")
        self._focus_wanted = not found
        if found:
            found.first().focus()

    @property
    def built(self) -> bool:
        return bool(self.query("#figure-table"))

    def _fill(self) -> None:
        """The table, its columns as wide as their widest cell (a number is never cut into
        another number), keeping only the columns that fit the panel: figure and value
        always, then §, kind and about as the room allows."""
        from rich.text import Text  # not markup: article text stays text
        from textual.widgets import DataTable

        table = self.query_one("#figure-table", DataTable)
        if not table.columns:  # the first fill: the table shows, the chart waits for v
            self.query_one("#figure-chart").display = False
        self.shown = [f for f in self.article.figures if self.kind in (None, f.kind)]
        cells: dict[str, list[str]] = {
            "figure": [f.text for f in self.shown],
            "value": [human(f) for f in self.shown],
            "§": [str(self.article.section_at(f.start) + 1) for f in self.shown],
            "kind": [f.kind for f in self.shown],
            "about": [f.about for f in self.shown],
        }
        widths = {
            name: max([text_width(name), *map(text_width, column)])
            for name, column in cells.items()
        }
        room = (self.content_size.width or self.size.width or 40) - 2
        names = ["figure", "value"]
        for name in ("§", "kind", "about"):
            if sum(widths[n] + 2 for n in [*names, name]) <= room or (
                name == "about" and (sum(widths[n] + 2 for n in names) + 12 <= room)
            ):
                names.append(name)  # about, the last, takes what is left (wrapped lines are
                # not possible in a table row: it is cut at the panel's edge, after the rest)
        table.clear(columns=True)
        for name in names:
            table.add_column(name, width=widths[name] if name != "about" else None)
        for row in zip(*(cells[n] for n in names), strict=True):
            table.add_row(
                *(Text(cell, style="bold" if i == 0 else "") for i, cell in enumerate(row))
            )
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.built:
            body = self.query_one("#figure-chart-body", Static)
            body.update(chart(self.shown, body.content_size.width or 30))

    def on_resize(self) -> None:
        if self.built:
            self.call_after_refresh(self._fill)  # the columns that fit depend on the width
        self.call_after_refresh(self._draw_chart)

    def on_select_changed(self, event: Select.Changed) -> None:
        from textual.widgets import Select

        self.kind = None if event.value is Select.BLANK else str(event.value)
        self._fill()

    def action_toggle_chart(self) -> None:
        if not self.built:
            return
        box = self.query_one("#figure-chart")
        box.display = not box.display
        self.query_one("#figure-table").display = not box.display
        self.call_after_refresh(self._draw_chart)

    @property
    def showing_chart(self) -> bool:
        return self.built and bool(self.query_one("#figure-chart").display)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        figure = self.shown[event.cursor_row]
        self.post_message(JumpRequested(figure.start, figure.end))
