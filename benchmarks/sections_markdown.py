"""Line-shape headings checked against the headings Markdown articles declare themselves.

    .venv/bin/python benchmarks/sections_markdown.py FOLDER [--verbose]

A Markdown article marks its sub-headings (`##`, `###`); plain text does not. This strips the
marks (and links, images, HTML tags, front matter), finds the headings from the lines' shape as
for any .txt, and scores them against the declared ones: a check on articles nobody annotated,
as many as the folder holds. Only articles that declare a sub-heading are scored.

It also counts the headings found in articles that declare none: most of those are wrong.

Used with 300 articles drawn at random (seed 2026) from hkarchivist/hkcnews-article-archive
(眾新聞, fetched with the search tool's fetch; the dev set's five hkcnews articles excluded):
the headings there are the writers' own ### lines. And with the 613 posts of
Terminus2049/Terminus2049.github.io (端点星: mainland magazines and WeChat accounts archived as
Markdown — 财新, 南方周末, 中国新闻周刊, 三联生活周刊 …; the repository is MIT-licensed, the
articles remain their publishers'), split by sorted file name into alternate halves: one read for
misses, the other kept aside and only scored. Neither is committed here; both are read in place.
And with 1,815 Nei.st posts of NodeBE4/oped2 (business and overseas Chinese-language media),
made Markdown by benchmarks/html_posts_to_markdown.py and split the same way.

The front matter's `title:` becomes the first line, as a plain-text article's headline is.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from reader.core.sections import find_sections

_FRONT_MATTER = re.compile(r"^---\n.*?\n---\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")


def plain_and_headings(markdown: str) -> tuple[str, list[str]]:
    """The article as plain paragraphs, and its declared sub-headings (## and ###)."""
    lines, declared = [], []
    front = _FRONT_MATTER.match(markdown)
    title = front and re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front.group(0), re.M)
    if title and title.group(1):
        lines.append(title.group(1))  # the headline, first line as in a plain-text article
    for raw in _FRONT_MATTER.sub("", markdown).split("\n"):
        line = raw.strip()
        if not line or line.startswith(("![", "<", "|")) or re.fullmatch(r"[-*_ ]+", line):
            continue
        line = re.sub(r"<[^>]+>", "", line).strip()
        line = re.sub(r"^(?:>\s*)+", "", line)  # a block quote is a paragraph in plain text
        line = re.sub(r"\\(.)", r"\1", line)  # Markdown escapes: \| is |
        heading = _HEADING.match(line)
        text = heading.group(2) if heading else line
        text = re.sub(r"\*\*|__", "", text)
        text = re.sub(r"^\*(.+)\*$", r"\1", text)  # a line in italics (a caption, a credit)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).strip()
        if not text or (lines and text == lines[0] and heading):
            continue  # the headline again as a level-one heading
        if heading and len(heading.group(1)) in (2, 3):
            declared.append(text)
        lines.append(text)
    return "\n\n".join(lines) + "\n", declared


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    hits = extra = missed = articles = bare = undeclared = 0
    for path in sorted(args.folder.glob("*.md")):
        text, declared = plain_and_headings(path.read_text(encoding="utf-8"))
        if not declared:  # no heading to score against: any found is most likely wrong
            bare += 1
            undeclared += sum(1 for s in find_sections(text) if s.kind == "body" and s.title)
            continue
        articles += 1
        found = {s.title for s in find_sections(text) if s.kind == "body" and s.title}
        gold = set(declared)
        hits += len(found & gold)
        extra += len(found - gold)
        missed += len(gold - found)
        if args.verbose and found ^ gold:
            print(f"{path.name}: missed {sorted(gold - found)} extra {sorted(found - gold)}")
    precision = hits / (hits + extra) if hits + extra else 0.0
    recall = hits / (hits + missed) if hits + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{articles} articles with declared sub-headings: sections P/R/F1 "
        f"{precision:.2f}/{recall:.2f}/{f1:.2f} ({hits} found, {extra} extra, {missed} missed)"
    )
    print(f"{bare} articles that declare none: {undeclared} headings found in them")


if __name__ == "__main__":
    main()
