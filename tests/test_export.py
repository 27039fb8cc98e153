from __future__ import annotations

import csv
import io
import json

from reader.core.analysis import analyze
from reader.export import to_csv, to_dict, to_json, to_markdown


def test_json_follows_the_contract_and_round_trips(seed_text: str) -> None:
    article = analyze(seed_text, source="bundled")
    data = json.loads(to_json(article))
    assert set(data) >= {"title", "source", "text", "sections", "speakers", "figures"}
    assert data == to_dict(article)
    assert data["source"] == "bundled" and data["title"].startswith("广深“双子星”")
    assert "".join(data["text"][s["start"] : s["end"]] for s in data["sections"]) == data["text"]
    assert [s["kind"] for s in data["sections"]][:2] == ["title", "lead"]
    assert all(set(s) == {"title", "kind", "start", "end"} for s in data["sections"])


def test_markdown_has_the_headline_and_sub_headings(seed_text: str) -> None:
    markdown = to_markdown(analyze(seed_text))
    lines = markdown.splitlines()
    assert lines[0] == "# 广深“双子星” 携手共扩湾区数字经济“朋友圈”"
    assert [line for line in lines if line.startswith("## ")] == [
        "## 湾区企业开启数字经济“新想象”",
        "## 广深携手抢占产业发展新高地",
        "## 致力打造全球营商环境新标杆",
        "## Speakers",
        "## Figures",
    ]
    assert "郑重声明" in markdown
    assert "- **孙婧**, 百度智能交通业务广东省总经理" in lines
    assert "| 31.8万亿美元 | 31800000000000 | 美元 | money | 2019年 全球数字经济规模 |" in lines


def test_csv_speakers_and_figures_tables(seed_text: str) -> None:
    article = analyze(seed_text)
    quotes = list(csv.DictReader(io.StringIO(to_csv(article, "speakers"))))
    assert len(quotes) == sum(len(s.quotes) for s in article.speakers)
    assert quotes[1]["speaker"] == "孙婧" and quotes[1]["direct"] == "True"
    figures = list(csv.DictReader(io.StringIO(to_csv(article, "figures"))))
    assert len(figures) == len(article.figures)
    assert figures[0]["text"] == "100余公里" and figures[0]["section"] == "2"


def test_json_speakers_and_figures_follow_the_contract(seed_text: str) -> None:
    data = json.loads(to_json(analyze(seed_text)))
    speaker = data["speakers"][1]
    assert set(speaker) == {"name", "title", "group", "quotes"}
    assert set(speaker["quotes"][0]) == {"text", "start", "end", "direct"}
    figure = data["figures"][0]
    assert set(figure) == {"text", "value", "unit", "kind", "about", "approx", "start", "end"}
    for item in data["figures"]:
        assert data["text"][item["start"] : item["end"]] == item["text"]


def test_csv_has_one_row_per_section(seed_text: str) -> None:
    article = analyze(seed_text)
    rows = list(csv.DictReader(io.StringIO(to_csv(article))))
    assert len(rows) == len(article.sections)
    assert rows[2]["title"] == "湾区企业开启数字经济“新想象”" and rows[2]["kind"] == "body"
