"""Two figures joined by a range's word are one figure: 2015年7月至2016年6月, 60%-80%, 300元至500元.

The figure grammar reads a range whose unit comes once (3至5年, 1-10月); a range that writes its
unit at both ends came out as two figures, and the second's label was the first's text. The
dev gold's convention (shared/dev/README.md) makes a range one figure, its value "low-high"
and a date's its text. A 至 or 到 after a verb of change can say "by X to Y" (增长63亿元至4396亿
元): that reading is kept where the second end is many times the first; a range runs upward.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from reader.core.lazy_re import lazy_compile
from reader.core.model import Figure

_JOIN: Final = lazy_compile(r"\s?[至到\-—–~～－]\s?")
_CHANGE_BEFORE: Final = lazy_compile(
    r"(?:增长|增長|增加|上涨|上漲|上升|下降|下跌|减少|減少|提高|提升|扩大|擴大|缩小|縮小|回落|延长|延長|"
    r"上调|上調|下调|下調|[增涨漲升降跌])了?\s?$"
)
_CLOCK: Final = lazy_compile(r"[时時点點分半]$|\d:\d")
_BY_TO: Final = 5  # after a verb of change, a second end this many times the first: "by … to …"


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def end_text(value: float) -> str:
    """A range's end as the gold writes it: 3, not 3.0; 0.45, not 0.45000000000000001."""
    return str(int(value)) if value == int(value) else f"{value:.12g}"


def _joined(
    text: str, first: Figure, second: Figure, fallbacks: frozenset[str] = frozenset()
) -> Figure | None:
    """The range the two figures make, or None where they are two figures. Its label is the
    first end's, or the second's where the first's is only a fallback (`fallbacks`, 比例 of
    15%|–20%的患者: the words after the range are the second end's to read)."""
    if not _JOIN.fullmatch(text, first.end, second.start):
        return None
    if first.kind == "date" and second.kind == "date":  # clock times read apart (10:12-12:24)
        if _CLOCK.search(first.text) and _CLOCK.search(second.text):
            span = text[first.start : second.end]
            return replace(first, text=span, value=span, about=second.about, end=second.end)
        return None  # other dates are joined as spans, before their scopes are read
    if first.unit and first.unit != second.unit and second.unit.startswith(first.unit):
        # 8个到10个百分点, 12个至18个月: the first end's 个 counted nothing; the second's label
        # is what the range measures, the first end cut from its tail
        about = second.about.removesuffix(re.sub(r"\s", "", text[first.start : second.start]))
        first = replace(first, kind=second.kind, unit=second.unit, about=about.rstrip("，, "))
    if first.kind != second.kind:
        return None
    low, high = _number(first.value), _number(second.value)
    if first.unit != second.unit or low is None or high is None or not low < high:
        return None
    by_to = text[first.end : second.start].strip() in {"至", "到"} and (
        low <= 0 or high >= _BY_TO * low
    )
    if by_to and _CHANGE_BEFORE.search(text, max(0, first.start - 5), first.start):
        return None
    approx = first.approx or second.approx
    span = text[first.start : second.end]
    about = first.about
    if about in fallbacks and re.sub(r"\s", "", first.text) not in re.sub(r"\s", "", second.about):
        about = second.about  # read from the words after the range, not the first end
    return replace(
        first,
        text=span,
        value=f"{end_text(low)}-{end_text(high)}",
        about=about,
        approx=approx,
        end=second.end,
    )


def join_ranges(
    text: str, figures: list[Figure], fallbacks: frozenset[str] = frozenset()
) -> list[Figure]:
    """`figures` (in text order) with each range's two ends made one figure; `fallbacks`, the
    labels that say only what kind a figure is."""
    joined: list[Figure] = []
    for figure in figures:
        if joined and (merged := _joined(text, joined[-1], figure, fallbacks)) is not None:
            joined[-1] = merged
        else:
            joined.append(figure)
    return joined


def join_date_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Date spans (in text order) with each range of dates made one: 2015年7月至2016年6月, 3月-6月;
    a day and an hour are not one range (2月20日9时至2月21日9时)."""
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and _JOIN.fullmatch(text, joined[-1][1], a):
            first = text[joined[-1][0] : joined[-1][1]]
            if bool(_CLOCK.search(first)) == bool(_CLOCK.search(text[a:b])):
                joined[-1] = (joined[-1][0], b)
                continue
        joined.append((a, b))
    return joined
