"""text.Squeezed: spaces taken out between Han characters and numbers or letters, and the
offsets mapped back, checked against a character-by-character reference."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.text import NUMBER_GAPS, WORD_GAPS, Squeezed


def _reference(text: str, gaps: re.Pattern[str]) -> tuple[str, list[int], list[int]]:
    kept = [True] * len(text)
    for gap in gaps.finditer(text):
        kept[gap.start() : gap.end()] = [False] * (gap.end() - gap.start())
    origin = [i for i, keep in enumerate(kept) if keep] + [len(text)]
    inward = [sum(kept[:i]) for i in range(len(text) + 1)]
    return "".join(text[i] for i in origin[:-1]), origin, inward


@given(st.text(alphabet=st.sampled_from(list("年月 12a中 \u00a0%")), max_size=40))
def test_offsets_map_both_ways_as_a_character_walk_does(text: str) -> None:
    for gaps in (NUMBER_GAPS, WORD_GAPS):
        squeezed = Squeezed(text, gaps)
        flat, origin, inward = _reference(text, gaps)
        assert squeezed.text == flat
        assert [squeezed.origin(i) for i in range(len(flat) + 1)] == origin
        assert [squeezed.inward(i) for i in range(len(text) + 1)] == inward


def test_a_spaced_figure_keeps_its_spaces_in_the_article() -> None:
    text = "在 6 月 1 日，增长 12 %。"
    squeezed = Squeezed(text, NUMBER_GAPS)
    assert squeezed.text == "在6月1日，增长12%。"
    start = squeezed.text.index("6月1日")
    a, b = squeezed.span(start, start + len("6月1日"))
    assert text[a:b] == "6 月 1 日"
