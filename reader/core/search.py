"""Finding text in an article: by characters, or by pinyin without tones (`jingji` → 经济).

Character search ignores case and the simplified/traditional difference (经济 finds 經濟).
Pinyin search runs over the readings the annotation chose in context, so `hang` finds 银行
but not 行走.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from reader.core.script import convert

Span = tuple[int, int]

_PINYIN_QUERY = re.compile(r"[a-zü:'’\s1-5āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+", re.IGNORECASE)


def pinyin_key(query: str) -> str:
    """A pinyin query as bare letters: `Jīng jì`, `jing1ji4`, `jing'ji` → `jingji`; ü → v.
    Empty if the query is not pinyin."""
    if not _PINYIN_QUERY.fullmatch(query):
        return ""
    query = query.lower().replace("ü", "v").replace("u:", "v")
    for mark in "ǖǘǚǜ":
        query = query.replace(mark, "v")
    bare = unicodedata.normalize("NFD", query)
    return "".join(c for c in bare if "a" <= c <= "z")


def _fold(text: str) -> str:
    """Lower case and simplified characters, at the same offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    return convert(lowered, "simplified")


def find_text(text: str, query: str) -> list[Span]:
    """Every place `query` is written in `text` (case and script ignored)."""
    needle = _fold(query.strip())
    if not needle:
        return []
    haystack = _fold(text)
    spans, start = [], haystack.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return spans


def find_pinyin(readings: Mapping[int, str], key: str) -> list[Span]:
    """Runs of consecutive characters whose toneless readings spell `key` exactly.

    `readings` maps text offsets to tone-numbered syllables (`jing1`).
    """
    if not key:
        return []
    bare = {offset: reading.rstrip("012345") for offset, reading in readings.items()}
    spans = []
    for start in sorted(bare):
        spelled, offset = "", start
        while offset in bare:
            spelled += bare[offset]
            offset += 1
            if spelled == key:
                spans.append((start, offset))
                break
            if not key.startswith(spelled):
                break
    return spans


def find(text: str, query: str, readings: Mapping[int, str] | None = None) -> list[Span]:
    """Character matches and, for a query in pinyin, reading matches: in text order."""
    found = set(find_text(text, query))
    if readings is not None:
        found.update(find_pinyin(readings, pinyin_key(query.strip())))
    return sorted(found)
