"""SVG snapshots of the layout (pytest-textual-snapshot); update with --snapshot-update."""

from __future__ import annotations

from reader.core.model import Article
from reader.tui.app import ReaderApp


async def _loaded(pilot) -> None:
    """Wait for readings and the dictionary, so the glossary panel is the same every time."""
    await pilot.app.loaded()
    await pilot.pause()


def test_pinyin_on_at_120x40(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(120, 40), run_before=_loaded, press=["2", "p", "w"]
    )


def test_pinyin_on_with_colours_at_80x24(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(80, 24), run_before=_loaded, press=["3", "p", "c"]
    )


def test_lookup_popup(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article),
        terminal_size=(100, 32),
        run_before=_loaded,
        press=["2", "w", "enter"],
    )


def test_headline_at_120x40(snap_compare, seed_article: Article) -> None:
    assert snap_compare(ReaderApp(seed_article), terminal_size=(120, 40), run_before=_loaded)


def test_sub_headed_section_at_120x40(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(120, 40), run_before=_loaded, press=["3"]
    )


def test_lead_at_80x24(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(80, 24), press=["right_square_bracket"]
    )


def test_help_at_80x24(snap_compare, seed_article: Article) -> None:
    assert snap_compare(ReaderApp(seed_article), terminal_size=(80, 24), press=["question_mark"])


def test_tiny_terminal_40x12(snap_compare, seed_article: Article) -> None:
    assert snap_compare(ReaderApp(seed_article), terminal_size=(40, 12), press=["2"])


async def _speakers_tab(pilot) -> None:
    await _loaded(pilot)
    pilot.app.query_one("SidePanels").active = "speakers"
    pilot.app.query_one("#speaker-list").focus()
    await pilot.pause()


def test_speakers_panel(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article),
        terminal_size=(120, 40),
        run_before=_speakers_tab,
        press=["down", "down", "down", "down", "enter"],
    )


async def _figures_chart(pilot) -> None:
    await _loaded(pilot)
    await pilot.press("f4")
    await pilot.pause()
    await pilot.pause()


def test_figures_panel_and_chart(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(120, 40), run_before=_figures_chart, press=["v"]
    )


def _pressing(*keys: str):  # type: ignore[no-untyped-def]
    """Settle, press `keys`, then drop the toasts they raised: a toast that may or may not
    have timed out when the picture is taken would make the snapshot flaky."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _loaded(pilot)
        await pilot.press(*keys)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_pinyin_only_over_unknown_words_at_120x40(snap_compare, seed_article: Article) -> None:
    """HSK 1-2 counted as known (L L): 的, 在, 新... stand without pinyin."""
    assert snap_compare(
        ReaderApp(seed_article),
        terminal_size=(120, 40),
        run_before=_pressing("3", "P", "P", "L", "L"),
    )


def test_search_matches_at_80x24(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article),
        terminal_size=(80, 24),
        run_before=_pressing("slash", *"jingji", "enter"),
    )


async def _brief(pilot) -> None:
    from reader.tui.screens.brief_screen import BriefScreen

    await _loaded(pilot)
    await pilot.press("B")
    for _ in range(200):
        await pilot.pause(0.05)
        if isinstance(pilot.app.screen, BriefScreen):
            break
    # "Preparing the brief…" (2 s) may or may not have timed out when the brief comes: it is
    # cleared, and the reader screen under the brief, which drew it, is drawn again without it
    # (its last drawing stood under the brief, with the toast in it or not as the clock fell)
    pilot.app.clear_notifications()
    reader = pilot.app.screen_stack[0]
    for _ in range(100):
        await pilot.pause(0.02)
        if not reader.query("Toast"):
            break
    reader.refresh()
    await pilot.pause()


def test_brief_at_100x32(snap_compare, seed_article: Article) -> None:
    assert snap_compare(ReaderApp(seed_article), terminal_size=(100, 32), run_before=_brief)


def _light(press: list[str]):
    async def run(pilot) -> None:
        pilot.app.theme = "textual-light"
        await _loaded(pilot)
        await pilot.press(*press)
        await pilot.pause(0.2)

    return run


def test_headline_in_the_light_theme(snap_compare, seed_article: Article) -> None:
    assert snap_compare(ReaderApp(seed_article), terminal_size=(120, 40), run_before=_light([]))


def test_pinyin_and_speakers_in_the_light_theme(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(120, 40), run_before=_light(["2", "p", "f3"])
    )


def test_byline_and_figures_in_the_light_theme(snap_compare, seed_article: Article) -> None:
    assert snap_compare(
        ReaderApp(seed_article), terminal_size=(120, 40), run_before=_light(["6", "f4"])
    )
