"""Article -> JSON, Markdown or CSV, for scripts and other tools.

The JSON shape is a contract (architecture.md): fields may be added, never renamed or removed.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any, Final

from reader.core.model import Article

FORMATS: Final = ("json", "markdown", "csv")


def to_dict(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "source": article.source,
        "text": article.text,
        "sections": [
            {"title": s.title, "kind": s.kind, "start": s.start, "end": s.end}
            for s in article.sections
        ],
        "speakers": [
            {**asdict(speaker), "quotes": [asdict(quote) for quote in speaker.quotes]}
            for speaker in article.speakers
        ],
        "figures": [asdict(figure) for figure in article.figures],
    }


def to_json(article: Article) -> str:
    return json.dumps(to_dict(article), ensure_ascii=False, indent=2) + "\n"


def to_markdown(article: Article) -> str:
    """The article as Markdown: the headline as `#`, each sub-heading as `##`."""
    out: list[str] = []
    for section in article.sections:
        body = article.text[section.start : section.end].strip("\n")
        if section.kind == "title":
            out.append(f"# {section.title}")
            continue
        if section.title is not None:
            heading, _, body = body.partition("\n")
            out.append(f"## {heading.strip()}")
            body = body.strip("\n")
        if body:
            out.append(body)
    return "\n\n".join(out) + "\n"


def to_csv(article: Article) -> str:
    """One row per section: its index, kind, heading, offsets and text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["index", "kind", "title", "start", "end", "text"])
    for index, section in enumerate(article.sections, 1):
        text = article.text[section.start : section.end].strip()
        writer.writerow(
            [index, section.kind, section.title or "", section.start, section.end, text]
        )
    return buffer.getvalue()


def render(article: Article, fmt: str) -> str:
    return {"json": to_json, "markdown": to_markdown, "csv": to_csv}[fmt](article)
