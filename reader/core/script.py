"""Simplified ⇄ traditional characters (OpenCC), always keeping the text's length.

Every span in the model is an offset into the article text, so a converted text is only
useful if each character stays where it was. OpenCC converts phrase by phrase and almost
always one character for one; a line where it did not is converted character by character.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Literal

from reader.core.imports import locked_import
from reader.core.model import Article

Script = Literal["simplified", "traditional"]

_CONFIGS = {"simplified": "hk2s.json", "traditional": "s2t.json"}


@lru_cache(maxsize=2)
def converter(target: Script):  # type: ignore[no-untyped-def]
    return locked_import("opencc").OpenCC(_CONFIGS[target])


def convert(text: str, target: Script) -> str:
    """`text` in the `target` script, character for character (same length, same offsets)."""
    if text.isascii():
        return text
    opencc = converter(target)
    whole = opencc.convert(text)
    if len(whole) == len(text):
        return whole
    lines = []
    for line in text.split("\n"):
        converted = opencc.convert(line)
        if len(converted) != len(line):
            converted = "".join(
                c if len(c) == 1 else ch for ch, c in ((ch, opencc.convert(ch)) for ch in line)
            )
        lines.append(converted)
    return "\n".join(lines)


def to_simplified(text: str) -> str:
    """`text` in simplified characters if it is traditional on the whole, else as it is.

    jieba, pypinyin's phrases and g2pM know simplified Chinese far better; readings found on
    the simplified form map back one to one. If a conversion changed the length, the text is
    read as it is.
    """
    if text.isascii():
        return text
    return _short_simplified(text) if len(text) <= 64 else _simplified(text)


@lru_cache(maxsize=8192)
def _short_simplified(text: str) -> str:
    """`_simplified` of a clause or a word, kept: the speaker rules convert the same short
    texts again and again (two in five of a 1 MB export's conversions repeat one)."""
    return _simplified(text)


def _simplified(text: str) -> str:
    from reader.core.text import HAN

    converted = converter("simplified").convert(text)
    if len(converted) != len(text):
        return text
    # Simplified text has a few characters OpenCC would still change (著名 → 着名, 乾隆 →
    # 干隆): convert only text that is traditional on the whole. (Counted with map and a
    # regex, not a loop in Python: the speaker rules convert thousands of clauses; and not
    # with findall, whose list of one-character strings for a 5 MB text took 60 MB.)
    changed = sum(map(str.__ne__, text, converted))
    han = len(text) - len(HAN.sub("", text))
    return converted if changed * 20 > han else text


def is_traditional(text: str, sample: int = 20_000) -> bool:
    """Is the text written in traditional characters on the whole? (Judged on its start.)"""
    head = text[:sample]
    return to_simplified(head) != head


def convert_article(article: Article, target: Script) -> Article:
    """The whole model in the `target` script: every span still indexes the same place."""
    text = convert(article.text, target)

    def conv(value: str | None) -> str | None:
        return None if value is None else convert(value, target)

    return replace(
        article,
        text=text,
        title=conv(article.title),
        sections=tuple(replace(s, title=conv(s.title)) for s in article.sections),
        speakers=tuple(
            replace(
                speaker,
                name=convert(speaker.name, target),
                title=conv(speaker.title),
                quotes=tuple(replace(q, text=text[q.start : q.end]) for q in speaker.quotes),
            )
            for speaker in article.speakers
        ),
        figures=tuple(
            replace(f, text=text[f.start : f.end], about=convert(f.about, target))
            for f in article.figures
        ),
    )
