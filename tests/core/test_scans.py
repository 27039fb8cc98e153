"""Whole-text scans made fast read exactly what their plain definitions read."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.quotes import OPEN_CLOSE, quote_spans
from reader.core.sections import _SPACE, _Line
from reader.core.speakers import _DOTTED_RUN, _dotted_runs, _Extractor


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
                rest = f"{text}\n"[i + 1 :].lstrip()  # the paragraphs after this one
                goes_on = rest[:1] in set(OPEN_CLOSE) | set(OPEN_CLOSE.values())
                if (
                    not text[line:start].strip(" \u3000")
                    or text[start - 1] in "：:"
                    or (text[start - 1] in "。！？!?" and goes_on)
                ):
                    spans.append((start, i))
            stack.clear()
            line = i + 1
    return spans


@given(st.text(alphabet="他说：“”「」『』\n 好。", max_size=40))
@example("。“““\n“")  # a quote opened after a sentence, the next paragraph going on
def test_quote_spans_read_each_mark_as_the_walk_does(text: str) -> None:
    assert quote_spans(text) == _quote_spans_by_character(text)


@given(st.text(alphabet="马克·•．aB- 1，", max_size=80))
def test_dotted_runs_are_the_pattern_s_matches(text: str) -> None:
    # runs longer than the 16 characters a part may hold come often from so few letters
    assert _dotted_runs(text) == [m[0] for m in _DOTTED_RUN.finditer(text)]


def test_a_dotted_run_opens_at_most_16_characters_before_its_dot() -> None:
    text = "据报道" * 8 + "马克西姆·鲁辛说"
    assert _dotted_runs(text) == [text[text.index("·") - 16 :]]


# Latin names beside Latin words: a few letters, so that every boundary meets every other
latin = st.text(alphabet="AnBbn 李", max_size=30)
keys = st.sampled_from(["Ann", "Bb", "Bn"])


@settings(max_examples=1000)
@given(latin, keys)
@example("A Bb", "Bb")  # no lowercase letter after the capital: no word
@example("xAn Bb", "Bb")  # a word inside a longer one
@example("Ann Ann Ann", "Ann")  # matches taken from the left do not overlap
def test_a_latin_name_s_neighbours_are_the_patterns_matches(text: str, key: str) -> None:
    found = _Extractor(text, ())
    after = re.search(rf"(?<![A-Za-z]){key} [A-Z][a-z]+(?![A-Za-z])", text)
    assert found._with_a_word_after(key) == (after[0] if after else None)
    before = re.finditer(rf"(?<![A-Za-z])([A-Z][a-z]+) {key}(?![A-Za-z])", text)
    assert found._words_before(key) == {m[1] for m in before}
    either = rf"[A-Z][a-z]+ {key}(?![A-Za-z])|(?<![A-Za-z]){key} [A-Z]"
    assert found._in_a_latin_full_name(key) == bool(re.search(either, text))


@given(st.text(alphabet=" \t\u3000\u00a0\u2002\u2003\u200b一二a", max_size=30))
def test_a_line_s_size_counts_what_is_not_white_space(text: str) -> None:
    assert _Line(0, text).size == sum(1 for char in text if char not in _SPACE)
