"""Turn Jekyll posts whose body is HTML into Markdown that sections_markdown.py can score.

    .venv/bin/python benchmarks/html_posts_to_markdown.py POSTS_DIR OUT_DIR [--category Nei.st]

Each post's HTML is read with the reader's own HTML parser (reader.core.sources.parse), and the
lines it marks as headings (<h2>, <h3> …) are written with `## ` before them. Used with the
Nei.st posts of NodeBE4/oped2 (MIT-licensed repository; the articles remain their publishers'):
Chinese translations and reprints of Caixin, The Economist, WSJ, 端传媒, Bloomberg, NYT,
南方周末, 三联生活周刊 … — business media and overseas Chinese-language media, which the dev set
lacks. Posts under 600 characters are skipped. Split by sorted name into alternate halves: one
read for misses, the other only scored. Nothing of it is committed here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from reader.core.sources import SourceError, parse

_FRONT: re.Pattern[str] = re.compile(r"^---\n(.*?)\n---\n", re.S)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("posts", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--category", default="Nei.st")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(args.posts.glob("*.md")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        front = _FRONT.match(raw)
        if front is None or f"categories: [ {args.category} ]" not in front.group(1):
            continue
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', front.group(1), re.M)
        origin = re.search(r"^from: https?://[^/]+/medium/([^/]+)/", front.group(1), re.M)
        try:
            doc = parse(raw[front.end() :].encode("utf-8"), source=path.name, suffix=".html")
        except SourceError:
            continue
        lines, offset = [], 0
        for line in doc.text.split("\n"):
            if line.strip():
                lines.append(("## " if offset in doc.headings else "") + line.strip())
            offset += len(line) + 1
        if sum(map(len, lines)) < 600:
            continue
        name = f"{origin.group(1) if origin else 'x'}-{written:04d}.md"
        head = f"---\ntitle: {title.group(1) if title else ''}\n---\n\n"
        (args.out / name).write_text(head + "\n\n".join(lines) + "\n", encoding="utf-8")
        written += 1
    print(f"{written} posts written to {args.out}")


if __name__ == "__main__":
    main()
