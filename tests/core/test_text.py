from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.text import SENTENCE_END, sentences


def _by_character(text: str, start: int, end: int, ends: str) -> list[tuple[int, int]]:
    """The cut as its definition reads: after every character of `ends`, one at a time."""
    spans, first = [], start
    for i in range(start, end):
        if text[i] in ends:
            spans.append((first, i + 1))
            first = i + 1
    return [*spans, (first, end)] if first < end else spans


@given(
    st.text(alphabet="他说。好！吗？\n]-^\\a", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
    st.sampled_from([SENTENCE_END, "]-^\\", "a-c", "。"]),
)
def test_sentences_cut_after_each_end_character(text: str, start: int, end: int, ends: str) -> None:
    # the characters a pattern reads as syntax (] - ^ \) are ends like any other here
    start, end = min(start, len(text)), min(end, len(text))
    assert sentences(text, start, end, ends) == _by_character(text, start, end, ends)


def test_a_sentence_keeps_its_closing_mark() -> None:
    assert sentences("他说好。她说不！还有") == [(0, 4), (4, 8), (8, 10)]
