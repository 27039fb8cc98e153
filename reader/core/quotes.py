"""Quoted spans and whether they are speech: “…”, 「…」 and 『…』 that a person said, told
apart from terms in scare quotes (“双子星”, “一核一带一区”), which stay text."""

from __future__ import annotations

import re
from typing import Final

from reader.core.cues import VERB_RE

OPEN_CLOSE: Final = {"“": "”", "「": "」", "『": "』"}
_CLAUSE_PUNCT: Final = re.compile(r"[，。！？；：,!?;:]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included; unbalanced ones ignored."""
    spans, stack = [], []
    for i, char in enumerate(text):
        if char in OPEN_CLOSE:
            stack.append((i, OPEN_CLOSE[char]))
        elif stack and char == stack[-1][1]:
            start, _ = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char == "\n":
            stack.clear()  # quotes do not span paragraphs here
    return spans


def is_speech(text: str, start: int, end: int) -> bool:
    """A quoted span that reads as speech rather than a term in scare quotes."""
    inner = text[start + 1 : end - 1]
    if len(inner) < 2:
        return False
    if _CLAUSE_PUNCT.search(inner) or inner[-1] in "。！？…!?":
        return True
    before = text[max(0, start - 4) : start]
    after = text[end : end + 1]
    closes = after == "" or after in "。，,！？!?；;…\n"  # not a term inside a running clause
    if closes and (before.endswith(("：", ":")) or VERB_RE.search(before[-3:] if before else "")):
        return True
    return len(inner) >= 15 and (after in "。！？!?\n" or text[start - 1 : start] in "。\n")
