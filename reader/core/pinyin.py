"""Readings for every word of a text: jieba words, pypinyin's phrases, g2pM's context model.

How the readings are chosen, and why (figures: benchmarks/polyphones.py; README "Pinyin"):
- pypinyin reads each jieba word *as a string* from its phrase dictionary (given a list it
  skips that dictionary: `pinyin(["银行行长"])` reads 行长 as xíng).
- A character g2pM knows as polyphonic is in doubt unless it sits in a common word CC-CEDICT
  reads one way, the way pypinyin does; only sentences with a character in doubt go through g2pM.
- Where g2pM and pypinyin disagree, `reading_choice` decides: a logistic regression trained
  on three kinds of text, because g2pM is right there on its own CPP 88% of the time and on
  other text 22-30%.
- Then the rules that need neighbours (`_spoken`): 一 and 不 take the tone they are spoken
  with (一个 yí ge, 一起 yì qǐ, 不是 bú shì, 第一 dì yī); grammar settles 得, 地 and 为
  (`_particle`); neutral tones as a learner's dictionary writes them (`_written_neutral`,
  counted 个).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final, Literal

from reader.core.imports import locked_import
from reader.core.model import Token
from reader.core.reading_choice import dictionary, features, prefer_model
from reader.core.script import to_simplified
from reader.core.text import WINDOW_END, is_han, sentences


def load_pypinyin() -> None:
    """Import every pypinyin module bayreader uses, once, under the import lock
    (reader/core/imports.py): every use of pypinyin goes through here first."""
    locked_import(
        "pypinyin", "pypinyin.constants", "pypinyin.contrib.tone_convert", "pypinyin.seg.mmseg"
    )


Style = Literal["marks", "numbers"]

_MAX_SENTENCE: Final = 120
_COMMON: Final = 3000
_LEXICAL: Final = 500
_DIGITS: Final = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_MEASURE_START: Final = frozenset(
    "个個位项項家名亿億万萬元年月日号號%％余多批座件条條种種次倍岁歲公米吨噸天"
)
_NUMERALS: Final = frozenset("〇零一二三四五六七八九十")
_ORDINAL_BEFORE: Final = frozenset("第初周星期礼拜")
_PLAIN_YI_AFTER: Final = frozenset("〇零一二三四五六七八九十月日号號")
_SUFFIXES: Final = frozenset("子头们么的了着过吗呢吧啊")
_PARTICLES: Final = frozenset("地得为")
_COUNTING: Final = frozenset("这那哪每几两三四五六七八九十")
_MEASURED_BY: Final = frozenset(
    "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿几这那哪每某整半"
)


@lru_cache(maxsize=65536)  # words repeat: pypinyin per word was most of the annotation time
def _word_readings(word: str) -> tuple[tuple[str, bool, bool], ...]:
    """pypinyin's reading of each character of a word, with two flags per character.

    The word is split the way pypinyin splits it (its mmseg over its phrase dictionary), so
    银行行长 reads as 银行 + 行长. The flags: the character sits in a phrase pypinyin knows;
    that phrase is a common word (jieba frequency >= 3000: 为了 wèi, 了解 liǎo, which g2pM
    gives 1e-8), or a fairly common one (>= 500) that reads the character other than its
    default (着急 zháo). Readings come from pypinyin's dictionaries directly: its `pinyin()`
    call per word part was most of the time of `bayreader pinyin`, and gives the same.
    """
    load_pypinyin()
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import seg

    from reader.core.segment import tokenizer

    out: list[tuple[str, bool, bool]] = []
    for part in seg.cut(word):
        phrase = PHRASES_DICT.get(part) if len(part) > 1 else None
        if phrase is None or len(phrase) != len(part):
            out += [(_default_reading(char), False, False) for char in part]
            continue
        frequency = tokenizer().FREQ.get(part, 0)
        for char, syllables in zip(part, phrase, strict=True):
            reading = _tone3(syllables[0])
            common = frequency >= _COMMON or (
                frequency >= _LEXICAL and reading != _default_reading(char)
            )
            out.append((reading, True, common))
    return tuple(out)


def default_readings(word: str) -> tuple[str, ...]:
    """A word's readings out of context (tone numbers): pypinyin's, which for a polyphone
    is its most common (说 shuo1, not shui4 "to persuade")."""
    return tuple(reading for reading, _, _ in _word_readings(word))


@lru_cache(maxsize=4096)
def _tone3(syllable: str) -> str:
    """A tone-marked syllable of pypinyin's dictionaries as `zhong4` (neutral 5, ü as v)."""
    from pypinyin.contrib.tone_convert import to_tone3

    return str(to_tone3(syllable, neutral_tone_with_five=True)).replace("ü", "v")


@lru_cache(maxsize=8192)
def _default_reading(char: str) -> str:
    """pypinyin's reading of a character on its own (its most common one); "" if none."""
    load_pypinyin()
    from pypinyin.constants import PINYIN_DICT

    readings = PINYIN_DICT.get(ord(char)) if is_han(char) else None
    return _tone3(readings.split(",")[0]) if readings else ""


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for the context model, cut at sentence ends and at most _MAX_SENTENCE."""
    out = []
    for first, last in sentences(text, ends=WINDOW_END):
        while last - first > _MAX_SENTENCE:
            out.append((first, first + _MAX_SENTENCE))
            first += _MAX_SENTENCE
        if last > first:
            out.append((first, last))
    return out


def _tone(reading: str) -> str:
    return reading[-1] if reading and reading[-1].isdigit() else ""


def _spoken(tokens: list[Token]) -> list[Token]:
    """The readings after the rules that need neighbours: 一 and 不, particles, neutral tones.

    They work on one flat list of syllables, one per character; a token is rebuilt only
    where a reading changed (most keep theirs).
    """
    text = "".join(t.text for t in tokens)
    readings = [r for t in tokens for r in t.pinyin]
    before = list(readings)
    _yi_bu(text, readings)
    at = 0
    for ti, token in enumerate(tokens):
        word = token.text
        if word in _PARTICLES:
            previous = tokens[ti - 1].text if ti else ""
            following = tokens[ti + 1].text if ti + 1 < len(tokens) else ""
            readings[at] = _particle(word, previous, following) or readings[at]
        for i, written in _written_neutral(word):
            if readings[at + i][:-1] == written[:-1]:
                readings[at + i] = written
        if word == "东西" and readings[at + 1] == "xi1":
            previous = tokens[ti - 1].text if ti else ""
            following = tokens[ti + 1].text if ti + 1 < len(tokens) else ""
            if not _east_west(previous, following):
                readings[at + 1] = "xi5"  # dōngxi, "a thing"
        at += len(word)
    # 个 counted (一个 yí ge, 三个 sān ge, 这个 zhè ge) is unstressed, as speakers say it and
    # as textbooks write it; 一 before it has already taken the tone of gè (yí).
    for at in (at for at, char in enumerate(text) if char == "个"):
        if readings[at] == "ge4" and at and text[at - 1] in _MEASURED_BY:
            readings[at] = "ge5"
    if readings == before:
        return tokens
    out, at = [], 0
    for token in tokens:
        new = tuple(readings[at : at + len(token.text)])
        out.append(token if new == token.pinyin else Token(token.text, token.start, token.end, new))
        at += len(token.text)
    return out


def _yi_bu(text: str, readings: list[str]) -> None:
    """Spoken tones for 一 and 不, from the next syllable (看一看, 去不去: neutral)."""
    for k, char in enumerate(text):
        if char not in "一不" or readings[k] in {"", "yi5", "bu5"}:
            continue
        prev_char = text[k - 1] if k else ""
        next_char = text[k + 1] if k + 1 < len(text) else ""
        next_tone = _tone(readings[k + 1]) if next_char else ""
        if prev_char and prev_char == next_char and is_han(prev_char):
            readings[k] = f"{'yi' if char == '一' else 'bu'}5"
        elif char == "不":
            readings[k] = "bu2" if next_tone == "4" else "bu4"
        elif (
            not next_tone
            or prev_char in _ORDINAL_BEFORE
            or prev_char in _NUMERALS
            or next_char in _PLAIN_YI_AFTER
        ):
            readings[k] = "yi1"
        else:
            readings[k] = "yi2" if next_tone == "4" else "yi4"


_SPATIAL_AFTER: Final = ("走向", "向", "两", "方向", "长", "宽", "跨", "距离", "贯通", "延伸", "轴")
_SPATIAL_BEFORE: Final = ("横贯", "贯穿", "贯通", "南北", "纵横", "沿")


def _east_west(before: str, after: str) -> bool:
    """东西 as "east and west" (dōngxī), not "a thing" (dōngxi): a direction or an extent
    follows (东西走向, 东西两侧, 东西长约五公里), or a word of crossing comes before (横贯东西).
    A thing is what 东西 says far more often: all 17 times in the BZNSYP development half."""
    return after.startswith(_SPATIAL_AFTER) or before.endswith(_SPATIAL_BEFORE)


def _particle(word: str, before: str, after: str) -> str:
    """The reading grammar gives a one-character word between its neighbours, or "".

    g2pM, trained on encyclopedia sentences, reads these by their rarer sense far too often
    (跑得很快 de2, 慢慢地走 dì, 为人民服务 wéi) and they are among the most frequent words
    of news; their grammar settles them (measured on the three development sets: see
    `benchmarks/polyphones.py`):
    - 地 between a modifier of two or more characters and the verb it modifies is the
      adverbial particle (认真地做 de); after one character, before punctuation, or after a
      number or demonstrative with its measure word, it is the noun (种地, 新高地。, 这块地 dì).
    - 得 between a verb or adjective and what follows it is the complement particle (跑得快).
    - 为 opening a clause is the preposition "for" (为人民服务 wèi).
    """
    if word == "地":
        modifier = len(before) >= 2 and all(map(is_han, before))
        # a demonstrative or number with its measure word (这块, 三片) counts the noun; not
        # 一, which begins adverbs too (一再地, 一致地)
        counted = len(before) == 2 and before[0] in _COUNTING and not _is_reduplicated(before)
        return "de5" if modifier and not counted and is_han(after[:1] or "。") else ""
    if word == "得" and before and is_han(before[-1]) and after and is_han(after[0]):
        return "de5"
    if word == "为" and (not before or not is_han(before[-1])) and after and is_han(after[0]):
        return "wei4"
    return ""


@lru_cache(maxsize=65536)
def _written_neutral(word: str) -> tuple[tuple[int, str], ...]:
    """(index, neutral syllable) of each character of the word a learner's dictionary reads
    neutral and the reader shows so.

    A word CC-CEDICT reads one way only, with a neutral tone, keeps it where the neutral
    syllable is a suffix or particle (孩子 háizi, 我们 wǒmen, 什么 shénme), where the word
    is a reduplication (妈妈 māma, 看看 kànkan), or where the HSK 2.0 list writes it too and
    the character has one reading (朋友 péngyou, 喜欢 xǐhuan, 先生 xiānsheng). Polyphonic
    characters keep their context reading (关系 guānxì): CPP's and g2pL's annotators write
    the citation tone there, and the neutral tone cost 0.2-0.5 points on them.
    """
    from reader.core import polyphone

    table, hsk = dictionary()
    entries = table.get(word, ()) if len(word) > 1 else ()
    if len(entries) != 1 or len(entries[0]) != len(word):
        return ()
    polyphonic = polyphone.model().candidates
    return tuple(
        (i, written)
        for i, written in enumerate(entries[0])
        if written.endswith("5")
        and (
            word[i] in _SUFFIXES
            or _is_reduplicated(word)
            or (word in hsk and word[i] not in polyphonic)
        )
    )


def _is_reduplicated(word: str) -> bool:
    return (len(word) == 2 and word[0] == word[1]) or (
        len(word) == 4 and word[0] == word[1] and word[2] == word[3]
    )


def annotate(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of `text[start:end]` with one reading per character ("" for non-Han).

    Offsets are into `text`. Readings are tone-numbered: `zhong4`, neutral `de5`, ü as `v`.
    """
    end = len(text) if end is None else end
    tokens = _annotated(text[start:end])
    if not start:
        return tokens
    return tuple(Token(t.text, t.start + start, t.end + start, t.pinyin) for t in tokens)


@lru_cache(maxsize=64)
def _annotated(piece: str) -> tuple[Token, ...]:
    """`annotate` of one piece at offset 0, kept: the reader reads an article a chunk of 2,000
    characters at a time, and an article opened again in the same session (from the library)
    reads the same chunks (64 of them: at most about 10 MB of tokens)."""
    return annotate_many([piece])[0]


def annotate_many(texts: list[str], offsets: list[int] | None = None) -> list[tuple[Token, ...]]:
    """`annotate` for many texts at once: the context model runs on all their sentences in
    batches, which is several times faster than one call per line."""
    offsets = offsets or [0] * len(texts)
    originals = texts
    texts, pieces = _pieces(texts)
    contexts = _context(texts, pieces)
    results = []
    for original, found, context, start in zip(originals, pieces, contexts, offsets, strict=True):
        tokens = [_token(word, offset, readings, context) for word, offset, readings in found]
        tokens = _spoken(tokens)
        if start or original != "".join(t.text for t in tokens):  # traditional, or offset
            tokens = [
                Token(original[t.start : t.end], t.start + start, t.end + start, t.pinyin)
                for t in tokens
            ]
        results.append(tuple(tokens))
    return results


_WordReadings = tuple[tuple[str, bool, bool], ...]


def _pieces(texts: list[str]) -> tuple[list[str], list[list[tuple[str, int, _WordReadings]]]]:
    """The texts in simplified form, and each one's words (numbers kept with their measure
    words) with pypinyin's readings: what both the annotation and `doubts` start from."""
    from reader.core.segment import words

    simplified = [to_simplified(text) for text in texts]
    return simplified, [
        [(word, offset, _word_readings(word)) for word, offset in merge_numbers(words(text))]
        for text in simplified
    ]


def _context(
    texts: list[str], pieces: list[list[tuple[str, int, _WordReadings]]]
) -> list[dict[int, dict[str, float]]]:
    """g2pM's reading probabilities, for each text, at the characters still in doubt.

    A character is in doubt when g2pM knows it as polyphonic and the dictionaries do not
    settle it: a settled character sits in a common word (see `_word_readings`) that CC-CEDICT
    reads one way only, the way pypinyin reads it (银行's 行). Only sentences holding a
    character in doubt go through the model, in batches; that is most of the speed of
    `bayreader pinyin`. (Settling every word CC-CEDICT reads one way was a little faster but
    cost 0.7-1.0 points on g2pL: in rarer words the context model's evidence is worth having.)
    """
    from reader.core import polyphone

    table = dictionary()[0]
    candidates = polyphone.model().candidates
    doubt: list[set[int]] = []
    for found in pieces:
        positions = set()
        for word, offset, readings in found:
            entries = table.get(word, ()) if len(word) > 1 else ()
            for i, (reading, _, common) in enumerate(readings):
                if word[i] not in candidates or not reading:
                    continue
                if (
                    common
                    and len({entry[i] for entry in entries}) == 1
                    and entries[0][i] == reading
                ):
                    continue
                positions.add(offset + i)
        doubt.append(positions)
    jobs = [
        (n, first, {p - first for p in doubt[n] if first <= p < last}, text[first:last])
        for n, text in enumerate(texts)
        for first, last in _sentences(text)
    ]
    jobs = [job for job in jobs if job[2]]
    predicted = polyphone.predict([j[3] for j in jobs], [j[2] for j in jobs])
    contexts: list[dict[int, dict[str, float]]] = [{} for _ in texts]
    for (n, first, _, _), probs in zip(jobs, predicted, strict=True):
        for position, distribution in probs.items():
            contexts[n][first + position] = distribution
    return contexts


def doubts(texts: list[str]) -> list[list[tuple[int, str, int, str, bool, bool, dict[str, float]]]]:
    """For each text, the characters in doubt: (index into the text, jieba word, index in the
    word, pypinyin's reading, in a known phrase, in a common one, g2pM's probabilities).
    The evidence `reading_choice` weighs; `training/train_reading_choice.py` learns from it."""
    texts, pieces = _pieces(texts)
    out = []
    for found, context in zip(pieces, _context(texts, pieces), strict=True):
        out.append(
            [
                (offset + i, word, i, reading, known, common, context[offset + i])
                for word, offset, readings in found
                for i, (reading, known, common) in enumerate(readings)
                if offset + i in context
            ]
        )
    return out


def _token(
    word: str, offset: int, readings: _WordReadings, context: dict[int, dict[str, float]]
) -> Token:
    end = offset + len(word)
    if context.keys().isdisjoint(range(offset, end)):  # most words: nothing in doubt
        return Token(word, offset, end, _plain(readings))
    chosen = []
    for i, (reading, known, common) in enumerate(readings):
        probs = context.get(offset + i)
        if probs:
            model = max(probs, key=probs.__getitem__)
            if model != reading and prefer_model(
                features(word, i, reading, known, common, probs, _default_reading(word[i])),
                word[i],
            ):
                reading = model
        chosen.append(reading)
    return Token(word, offset, end, tuple(chosen))


@lru_cache(maxsize=65536)
def _plain(readings: _WordReadings) -> tuple[str, ...]:
    return tuple(r[0] for r in readings)


def merge_numbers(pairs: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Keep a number with its measure word (36 + 个, 100 + 余公里, 7024 + 亿元): one token
    reads and glosses as one amount. A generator: a whole book's words need not be held."""
    held: tuple[str, int] | None = None
    for word, offset in pairs:
        if held and _DIGITS.fullmatch(held[0]) and len(word) <= 3 and word[0] in _MEASURE_START:
            held = (held[0] + word, held[1])
        else:
            if held is not None:
                yield held
            held = (word, offset)
    if held is not None:
        yield held


_MARKS: Final = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}
_NUMBERED: Final = re.compile(r"([a-zêüv]+)([0-5])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def styled(reading: str, style: Style = "marks") -> str:
    """One syllable in the display style: `zhòng` (marks) or `zhong4` (numbers).

    Written here, not taken from pypinyin's `to_tone`: importing pypinyin loads its
    dictionaries (half a second holding the GIL), and the glossary draws tone marks before
    the reader needs pypinyin for anything else. Where the mark goes is the standard rule
    (tests/core/test_pinyin.py compares it with `to_tone` on every syllable pypinyin knows)."""
    if not reading or style == "numbers":
        return reading
    return _NUMBERED.sub(_marked, reading.replace("v", "ü"))


def _marked(found: re.Match[str]) -> str:
    """`found`'s letters with its tone number as a mark: on a, else o, else e, else the second
    of iu and ui, else i, u or ü, else ê, n or m (ń, ḿ: 嗯, 呣)."""
    letters, tone = found.groups()
    if tone not in _MARKS:
        return letters
    lower, at = letters.lower(), len(letters) - 1
    for part in ("a", "o", "e", "iu", "ui", "i", "u", "ü", "ê", "n", "m"):
        if part in lower:
            at = lower.index(part) + len(part) - 1
            break
    marked = unicodedata.normalize("NFC", letters[at] + _MARKS[tone])
    return letters[:at] + marked + letters[at + 1 :]


def word_pinyin(readings: Iterable[str], style: Style = "marks") -> str:
    """A word's syllables joined as pinyin writes words (`yínháng`), with the apostrophe
    before a syllable that opens on a, o or e, where the boundary would be unclear (西安
    `Xī'ān`, not `xīān`, which reads as 先 xiān; 饥饿 `jī'è`)."""
    out = ""
    for reading in (r for r in readings if r):
        syllable = styled(reading, style)
        if out and style == "marks" and reading[0] in "aoe":
            out += "'"
        out += syllable
    return out
