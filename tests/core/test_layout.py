from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.layout import NO_ROW_END, NO_ROW_START, text_width, wrap_line, wrap_text

SENTENCE = "广州与深圳两座特大城市的联动，正擦出越来越多“比翼双飞”的火花。百度ACE智能交通引擎，GDP增长31.8%。"


def _texts(text: str, rows) -> list[str]:
    return [text[r.start : r.end] for r in rows]


def test_rows_fit_and_lose_nothing() -> None:
    for width in range(4, 60):
        rows = wrap_line(SENTENCE, width)
        assert "".join(_texts(SENTENCE, rows)) == SENTENCE
        assert all(text_width(t) <= width for t in _texts(SENTENCE, rows))


def test_no_row_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    # from 7 cells up every row can obey the rules (the longest unbreakable run, "31.8%。", is 7)
    for width in range(7, 40):
        pieces = _texts(SENTENCE, wrap_line(SENTENCE, width))
        assert all(p[0] not in NO_ROW_START for p in pieces[1:]), (width, pieces)
        assert all(p[-1] not in NO_ROW_END for p in pieces[:-1]), (width, pieces)


def test_latin_words_and_numbers_stay_whole() -> None:
    pieces = _texts(SENTENCE, wrap_line(SENTENCE, 10))
    assert "ACE智能交" in pieces or any(p.startswith("ACE") or p.endswith("ACE") for p in pieces)
    assert any("31.8%" in p for p in pieces)


def test_cjk_is_two_cells_wide() -> None:
    assert text_width("中文ab") == 6
    assert _texts("中文中文", wrap_line("中文中文", 5)) == ["中文", "中文"]


def test_paragraphs_are_separated_by_one_blank_row() -> None:
    text = "第一段。\n\n\n\n第二段。\n"
    rows = wrap_text(text, 20)
    assert _texts(text, rows) == ["第一段。", "", "第二段。"]


@given(
    st.text(alphabet=st.sampled_from(list("中文字，。“”《》ab 1.%")), min_size=1, max_size=200),
    st.integers(min_value=2, max_value=50),
)
def test_any_line_wraps_without_loss(text: str, width: int) -> None:
    rows = wrap_line(text, width)
    assert "".join(_texts(text, rows)) == text
    assert all(text_width(t) <= width for t in _texts(text, rows))
