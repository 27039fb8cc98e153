"""Whole-text scans made fast read exactly what their plain definitions read."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.quotes import OPEN_CLOSE, quote_spans
from reader.core.speakers import _DOTTED_RUN, _dotted_runs


def _quote_spans_by_character(text: str) -> list[tuple[int, int]]:
    """quote_spans as first written: a step a character."""
    spans, stack, line = [], [], 0
    for i, char in enumerate(f"{text}\n"):
        if char in OPEN_CLOSE:
            stack.append((i, OPEN_CLOSE[char]))
        elif stack and char == stack[-1][1]:
            start, _ = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char == "\n":
            if stack and i > stack[0][0] + 2:
                start = stack[0][0]
                if not text[line:start].strip(" \u3000") or text[start - 1] in "：:":
                    spans.append((start, i))
            stack.clear()
            line = i + 1
    return spans


@given(st.text(alphabet="他说：“”「」『』\n 好。", max_size=40))
def test_quote_spans_read_each_mark_as_the_walk_does(text: str) -> None:
    assert quote_spans(text) == _quote_spans_by_character(text)


@given(st.text(alphabet="马克·•．aB- 1，", max_size=80))
def test_dotted_runs_are_the_pattern_s_matches(text: str) -> None:
    # runs longer than the 16 characters a part may hold come often from so few letters
    assert _dotted_runs(text) == [m[0] for m in _DOTTED_RUN.finditer(text)]


def test_a_dotted_run_opens_at_most_16_characters_before_its_dot() -> None:
    text = "据报道" * 8 + "马克西姆·鲁辛说"
    assert _dotted_runs(text) == [text[text.index("·") - 16 :]]
