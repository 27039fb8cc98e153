"""Every piece of text on the main screens is legible in both themes: WCAG AA, a contrast of
at least 4.5:1 between each segment's colour and its background, as the app renders them."""

from __future__ import annotations

import pytest
from rich.color import ColorTriplet
from rich.segment import Segment

from reader.core.model import Article
from reader.tui.app import ReaderApp


def _luminance(colour: ColorTriplet) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def contrast(a: ColorTriplet, b: ColorTriplet) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _segments(strips: object):
    if isinstance(strips, Segment):
        yield strips
        return
    for item in strips:  # type: ignore[attr-defined]
        yield from _segments(item)


# one after the other in one app: each step's keys lead from the screen before
SCREENS = {
    "headline": [],
    "pinyin": ["2", "p", "w"],
    "colours": ["3", "c"],
    "speakers": ["f3"],
    "figures": ["f4"],
    "byline": ["escape", "6"],
}


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_text_is_legible(seed_article: Article, theme: str) -> None:
    poor = set()
    app = ReaderApp(seed_article)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await app.loaded()
        for screen, keys in SCREENS.items():
            await pilot.press(*keys)
            await pilot.pause(0.2)
            update = app.screen._compositor.render_full_update()
            for segment in _segments(update.strips):
                style, text = segment.style, segment.text
                if style is None or style.color is None or style.bgcolor is None:
                    continue
                if not any(char.isalnum() for char in text):
                    continue  # borders, scrollbars, blank runs
                ratio = contrast(style.color.get_truecolor(), style.bgcolor.get_truecolor())
                if ratio < 4.5:
                    poor.add((screen, text.strip()[:12], round(ratio, 2)))
    assert not poor, sorted(poor)
