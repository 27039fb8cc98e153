"""Gloss coverage: the share of distinct Han words of an article that get a gloss.

    .venv/bin/python benchmarks/glossary.py [PATH]      (default: the bundled article)

Prints coverage by source (dictionary, number rule, name, sub-words) and the words left bare.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from reader.core.glossary import glossary, section_words
from reader.core.pinyin import annotate
from reader.core.sources import open_article


def main() -> None:
    document = open_article(sys.argv[1] if len(sys.argv) > 1 else None)
    started = time.perf_counter()
    glossary()
    loaded = time.perf_counter() - started
    rows = section_words(annotate(document.text))
    distinct = {row.word: row for row in rows}
    sources = Counter(row.gloss.source for row in distinct.values())
    covered = sum(n for source, n in sources.items() if source != "none")
    print(
        f"{document.source}: {len(distinct)} distinct Han words, glossed {covered / len(distinct):.1%}"
    )
    for source, n in sources.most_common():
        print(f"  {source:<10} {n:4d}  {n / len(distinct):.1%}")
    bare = [w for w, row in distinct.items() if row.gloss.source == "none"]
    print("  not glossed:", " ".join(bare) or "-")
    print(f"  dictionary load {loaded:.2f} s")


if __name__ == "__main__":
    main()
