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
    ]
    assert "郑重声明" in markdown


def test_csv_has_one_row_per_section(seed_text: str) -> None:
    article = analyze(seed_text)
    rows = list(csv.DictReader(io.StringIO(to_csv(article))))
    assert len(rows) == len(article.sections)
    assert rows[2]["title"] == "湾区企业开启数字经济“新想象”" and rows[2]["kind"] == "body"
