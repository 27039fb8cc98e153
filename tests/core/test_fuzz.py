"""Fuzzing the whole analysis: any text in, a consistent model out, never an exception."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.analysis import analyze
from reader.export import to_dict, to_json

SEED = (Path(__file__).resolve().parents[2] / "assets" / "guangshen-digital-economy.txt").read_text(
    encoding="utf-8"
)
NEWSY = st.sampled_from(
    [
        *list("中文，。、；：！？“”「」『』‘’（）《》【】\n\n 0123456789.%-～万亿元个年月日"),
        "表示",
        "认为",
        "李峰",
        "副主任",
        "与会嘉宾",
        "增长",
        "12月17日",
        "31.8万亿美元",
        "【南方+记者】",
        "郑重声明:",
    ]
)


def check(text: str) -> None:
    article = analyze(text)
    assert "".join(article.text[s.start : s.end] for s in article.sections) == article.text
    for speaker in article.speakers:
        assert speaker.quotes
        for quote in speaker.quotes:
            assert 0 <= quote.start < quote.end <= len(article.text)
            assert article.text[quote.start : quote.end] == quote.text
    for figure in article.figures:
        assert 0 <= figure.start < figure.end <= len(article.text)
        assert article.text[figure.start : figure.end] == figure.text
    assert json.loads(to_json(article)) == to_dict(article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(NEWSY, max_size=120).map("".join))
def test_news_shaped_text(text: str) -> None:
    check(text)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_real_article(data: st.DataObject) -> None:
    text = SEED
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 40))
        insert = data.draw(st.text(max_size=10) | NEWSY)
        text = text[:at] + insert + text[at + cut :]
    check(text)
