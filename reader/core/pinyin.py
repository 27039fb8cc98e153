"""Readings for every word of a text: jieba words, pypinyin's phrases, g2pM's context model.

How the readings are chosen, and why (measured on the CPP dev split, 9,893 polyphones):
- pypinyin is called once per jieba word *as a string*: given a list, it skips its phrase
  dictionary, and `pinyin(["银行行长"])` reads 行长 as xíng. Alone it scores 87.5%.
- g2pM predicts each polyphonic character from the whole sentence: 97.4%. It is confidently
  wrong on many lexicalised words (相机, 划船, 了解 in some contexts), which pypinyin's phrase
  dictionary gets right, and right on single-character words (了, 得, 地, 着), where pypinyin
  only has a default.
- So: inside a phrase that pypinyin's dictionary knows, its reading wins if the phrase is a
  common word (see `_word_readings`) or if g2pM does not rule it out (probability of at least
  0.1%); elsewhere g2pM's best reading wins.
  See benchmarks/polyphones.py for the figure.
- Then 一 and 不 take the tone they are spoken with (一个 yí gè, 一起 yì qǐ, 不是 bú shì,
  第一 dì yī), as learners' readers show them. CPP does not annotate 一 or 不.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Final, Literal

from reader.core.model import Token
from reader.core.script import to_simplified

_import_lock = threading.Lock()


def load_pypinyin() -> None:
    """Import every pypinyin module bayreader uses, once, under one lock.

    pypinyin's modules import each other in a cycle; a module imported for the first time from
    two threads at once (the reader's annotating worker and the UI thread drawing tone marks)
    can be seen half-initialised, and `p` crashed with an ImportError. Every use of pypinyin in
    this file goes through here first, so the first import happens in one place.
    """
    with _import_lock:
        import pypinyin
        import pypinyin.constants
        import pypinyin.contrib.tone_convert
        import pypinyin.seg.mmseg  # noqa: F401

Style = Literal["marks", "numbers"]

_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff〇]")
_SENTENCE_END: Final = re.compile(r"[。！？!?；;\n]")
_MAX_SENTENCE: Final = 120
_VETO: Final = 1e-3
_COMMON: Final = 3000
_LEXICAL: Final = 500
_DIGITS: Final = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_MEASURE_START: Final = frozenset(
    "个個位项項家名亿億万萬元年月日号號%％余多批座件条條种種次倍岁歲公米吨噸天"
)
_NUMERALS: Final = frozenset("〇零一二三四五六七八九十")
_ORDINAL_BEFORE: Final = frozenset("第初周星期礼拜")
_PLAIN_YI_AFTER: Final = frozenset("〇零一二三四五六七八九十月日号號")


def is_han(char: str) -> bool:
    return bool(_HAN.match(char))


def _no_reading(chars: str) -> list[str]:
    return [""] * len(chars)


@lru_cache(maxsize=65536)  # words repeat: pypinyin per word was most of the annotation time
def _word_readings(word: str) -> tuple[tuple[str, bool, bool], ...]:
    """pypinyin's reading of each character of a word, with two flags per character.

    The word is split the way pypinyin splits it (its mmseg over its phrase dictionary), so
    银行行长 reads as 银行 + 行长. The flags: the character sits in a phrase pypinyin knows;
    that phrase is one whose reading g2pM must not overrule: a common word (jieba frequency
    >= 3000: 为了 wèi, 了解 liǎo, which g2pM gives 1e-8), or a fairly common one (>= 500)
    that reads the character other than its default (着急 zháo).
    """
    load_pypinyin()
    from pypinyin import Style as PinyinStyle
    from pypinyin import pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import seg

    from reader.core.segment import tokenizer

    out: list[tuple[str, bool, bool]] = []
    for part in seg.cut(word):
        readings = [
            r[0].replace("ü", "v")
            for r in pinyin(
                part, style=PinyinStyle.TONE3, neutral_tone_with_five=True, errors=_no_reading
            )
        ]
        if len(readings) != len(part):  # pypinyin merged or split something: per character
            out += [
                _word_readings(char)[0] if is_han(char) else ("", False, False) for char in part
            ]
            continue
        known = len(part) > 1 and part in PHRASES_DICT
        frequency = tokenizer().FREQ.get(part, 0) if known else 0
        out += [
            (
                reading,
                known,
                frequency >= _COMMON
                or (frequency >= _LEXICAL and reading != _default_reading(char)),
            )
            for char, reading in zip(part, readings, strict=True)
        ]
    return tuple(out)


@lru_cache(maxsize=8192)
def _default_reading(char: str) -> str:
    """pypinyin's reading of a character on its own (its most common one)."""
    load_pypinyin()
    from pypinyin import Style as PinyinStyle
    from pypinyin import pinyin

    return pinyin(char, style=PinyinStyle.TONE3, neutral_tone_with_five=True)[0][0].replace(
        "ü", "v"
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for the context model, cut at sentence ends and at most _MAX_SENTENCE."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for first, last in spans:
        while last - first > _MAX_SENTENCE:
            out.append((first, first + _MAX_SENTENCE))
            first += _MAX_SENTENCE
        if last > first:
            out.append((first, last))
    return out


def _tone(reading: str) -> str:
    return reading[-1] if reading and reading[-1].isdigit() else ""


def _sandhi(tokens: list[Token]) -> list[Token]:
    """Spoken tones for 一 and 不, from the next syllable in the same phrase."""
    flat = [(ti, ci) for ti, token in enumerate(tokens) for ci in range(len(token.text))]
    readings = [list(token.pinyin) for token in tokens]
    for k, (ti, ci) in enumerate(flat):
        char = tokens[ti].text[ci]
        if char not in "一不" or readings[ti][ci] in {"", "yi5", "bu5"}:
            continue
        prev_char = tokens[flat[k - 1][0]].text[flat[k - 1][1]] if k else ""
        if k + 1 < len(flat):
            nti, nci = flat[k + 1]
            next_char, next_reading = tokens[nti].text[nci], readings[nti][nci]
        else:
            next_char, next_reading = "", ""
        next_tone = _tone(next_reading)
        if prev_char and prev_char == next_char and is_han(prev_char):
            readings[ti][ci] = f"{'yi' if char == '一' else 'bu'}5"  # 看一看, 去不去
        elif char == "不":
            readings[ti][ci] = "bu2" if next_tone == "4" else "bu4"
        elif (
            not next_tone
            or prev_char in _ORDINAL_BEFORE
            or prev_char in _NUMERALS
            or next_char in _PLAIN_YI_AFTER
        ):
            readings[ti][ci] = "yi1"
        else:
            readings[ti][ci] = "yi2" if next_tone == "4" else "yi4"
    for ti, token in enumerate(tokens):
        # 地 after a reduplicated adverb (慢慢地, 认认真真地) is the adverbial particle de
        if token.text == "地" and ti and _is_reduplicated(tokens[ti - 1].text):
            readings[ti] = ["de5"]
    return [
        Token(t.text, t.start, t.end, tuple(r)) if tuple(r) != t.pinyin else t
        for t, r in zip(tokens, readings, strict=True)
    ]


def _is_reduplicated(word: str) -> bool:
    return (len(word) == 2 and word[0] == word[1]) or (
        len(word) == 4 and word[0] == word[1] and word[2] == word[3]
    )


def annotate(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of `text[start:end]` with one reading per character ("" for non-Han).

    Offsets are into `text`. Readings are tone-numbered: `zhong4`, neutral `de5`, ü as `v`.
    """
    end = len(text) if end is None else end
    return annotate_many([text[start:end]], [start])[0]


def annotate_many(texts: list[str], offsets: list[int] | None = None) -> list[tuple[Token, ...]]:
    """`annotate` for many texts at once: the context model runs on all their sentences in
    batches, which is several times faster than one call per line."""
    from reader.core import polyphone
    from reader.core.segment import words

    offsets = offsets or [0] * len(texts)
    originals = texts
    texts = [to_simplified(text) for text in texts]
    spans = [_sentences(text) for text in texts]
    flat = [text[a:b] for text, found in zip(texts, spans, strict=True) for a, b in found]
    predictions = iter(polyphone.predict(flat))
    results = []
    for original, text, found, start in zip(originals, texts, spans, offsets, strict=True):
        context: dict[int, dict[str, float]] = {}
        for first, _ in found:
            for position, probs in next(predictions).items():
                context[start + first + position] = probs
        tokens: list[Token] = []
        for word, offset in _merge_numbers(words(text, start)):
            tokens.append(_token(word, offset, context))
        tokens = _sandhi(tokens)
        if original != text:  # traditional text, read through its simplified form
            tokens = [
                Token(original[t.start - start : t.end - start], t.start, t.end, t.pinyin)
                for t in tokens
            ]
        results.append(tuple(tokens))
    return results


def _token(word: str, offset: int, context: dict[int, dict[str, float]]) -> Token:
    if not any(is_han(c) for c in word):
        return Token(word, offset, offset + len(word), ("",) * len(word))
    readings = []
    for i, (reading, known, common) in enumerate(_word_readings(word)):
        probs = context.get(offset + i)
        if probs and not common and not (known and probs.get(reading, 0.0) >= _VETO):
            reading = max(probs, key=probs.__getitem__)
        readings.append(reading)
    return Token(word, offset, offset + len(word), tuple(readings))


def _merge_numbers(pairs: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Keep a number with its measure word (36 + 个, 100 + 余公里, 7024 + 亿元): one token
    reads and glosses as one amount."""
    out: list[tuple[str, int]] = []
    for word, offset in pairs:
        if out and _DIGITS.fullmatch(out[-1][0]) and len(word) <= 3 and word[0] in _MEASURE_START:
            out[-1] = (out[-1][0] + word, out[-1][1])
        else:
            out.append((word, offset))
    return out


@lru_cache(maxsize=4096)
def styled(reading: str, style: Style = "marks") -> str:
    """One syllable in the display style: `zhòng` (marks) or `zhong4` (numbers)."""
    if not reading or style == "numbers":
        return reading
    load_pypinyin()
    from pypinyin.contrib.tone_convert import to_tone

    return to_tone(reading)


def word_pinyin(readings: Iterable[str], style: Style = "marks") -> str:
    """A word's syllables joined as pinyin writes words (`yínháng`)."""
    return "".join(styled(r, style) for r in readings if r)
