"""The ruby layout: readings over their characters, words apart, nothing lost or too wide."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.layout import NO_ROW_START, ruby_rows, text_width
from reader.core.model import Token
from reader.core.pinyin import annotate

TEXT = (
    "广深“双子星” 携手共扩湾区数字经济“朋友圈”\n\n"
    "交通互联、科创互利、产业互惠……相隔仅100余公里,广州与深圳两座特大城市的联动,"
    "正擦出越来越多“比翼双飞”的火花。\n"
)


@pytest.fixture(scope="module")
def tokens() -> tuple[Token, ...]:
    return annotate(TEXT)


def _lines(rows, text: str) -> list[tuple[str, str]]:
    """Draw each row as (reading line, character line), as the view does."""
    drawn = []
    for row in rows:
        top = bottom = ""
        for place in row.places:
            top = top.ljust(place.x) + place.shown
            bottom += " " * (place.x - text_width(bottom)) + text[place.start : place.end]
        drawn.append((top, bottom))
    return drawn


@pytest.mark.parametrize("width", [12, 20, 40, 60, 80, 120])
def test_no_row_is_wider_than_the_view(tokens, width: int) -> None:
    rows = ruby_rows(tokens, width)
    for top, bottom in _lines(rows, TEXT):
        assert len(top) <= width and text_width(bottom) <= width


@pytest.mark.parametrize("width", [12, 30, 80])
def test_every_character_is_laid_out_once_in_order(tokens, width: int) -> None:
    placed = "".join(TEXT[p.start : p.end] for row in ruby_rows(tokens, width) for p in row.places)
    assert placed == TEXT.replace("\n", "")


def test_readings_sit_over_their_characters(tokens) -> None:
    for row in ruby_rows(tokens, 60):
        for place in row.places:
            assert place.width >= max(text_width(TEXT[place.start : place.end]), len(place.shown))
        xs = [p.x for p in row.places]
        assert xs == sorted(xs)
        for a, b in zip(row.places, row.places[1:], strict=False):
            assert a.x + a.width <= b.x  # columns never overlap
    top, bottom = _lines(ruby_rows(tokens, 200), TEXT)[0]
    assert top.index("guǎngshēn") == bottom.index("广")


def test_words_are_visibly_apart(tokens) -> None:
    row = ruby_rows(tokens, 200)[2]  # the lead's first row
    places = {TEXT[p.start]: p for p in row.places}
    # 交通 is one word, 互联 the next: a gap between 通 and 互, none between 交 and 通
    assert places["互"].x > places["通"].x + places["通"].width
    assert places["通"].x == places["交"].x + places["交"].width


def test_paragraphs_are_one_blank_row_apart(tokens) -> None:
    rows = ruby_rows(tokens, 200)
    assert [bool(r.places) for r in rows] == [True, False, True]


@pytest.mark.parametrize("width", range(20, 70, 7))
def test_no_row_starts_with_closing_punctuation(tokens, width: int) -> None:
    for row in ruby_rows(tokens, width)[1:]:
        if row.places:
            assert TEXT[row.places[0].start] not in NO_ROW_START


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["中文", "，", "“", "”", "ab", " ", "数字经济", "。", "\n", "x"]),
        max_size=40,
    ),
    st.integers(min_value=2, max_value=40),
)
def test_any_tokens_lay_out_without_loss(pieces: list[str], width: int) -> None:
    tokens, offset = [], 0
    for piece in pieces:
        readings = tuple("zhong1" if "\u4e00" <= c <= "\u9fff" else "" for c in piece)
        tokens.append(Token(piece, offset, offset + len(piece), readings))
        offset += len(piece)
    text = "".join(pieces)
    rows = ruby_rows(tokens, width)
    placed = "".join(text[p.start : p.end] for row in rows for p in row.places)
    # a line of only white space is a blank line, as in the plain layout
    assert placed == "".join(line for line in text.split("\n") if line.strip())
    for row, (top, bottom) in zip(rows, _lines(rows, text), strict=True):
        # only a single character whose reading is wider than the view may overflow
        assert len(row.places) == 1 or (len(top) <= width and text_width(bottom) <= width)
