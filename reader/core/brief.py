"""A brief before reading: how long the article is, how hard its words are, and which
unknown words are worth learning first.

Names (people, places, organisations) and numbers are left out of the word counts: they are
not vocabulary to learn. Words are counted in simplified form, so a traditional article is
measured against the same HSK lists and the same known words.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import islice

from reader.core.glossary import Glossary
from reader.core.known import Knowledge
from reader.core.model import Article, Figure, Token
from reader.core.pinyin import merge_numbers
from reader.core.script import convert, is_traditional
from reader.core.segment import cut
from reader.core.text import HAN

_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")

LEVELS = ("1", "2", "3", "4", "5", "6", "none")
"""HSK 2.0 levels, and "none" for words on no HSK 2.0 list."""


@dataclass(frozen=True, slots=True)
class RankedWord:
    word: str
    count: int
    hsk: int | None
    gloss: str
    first: int
    """Offset of its first occurrence in the article text."""


@dataclass(frozen=True, slots=True)
class Brief:
    characters: int
    """Characters of text, whitespace excluded."""
    han_characters: int
    words: int
    """Running words (tokens) of vocabulary: names and numbers excluded."""
    distinct_words: int
    hsk_mix: dict[str, int]
    """Distinct words per HSK 2.0 level ("1".."6", "none")."""
    known_words: int
    """Distinct words the user knows (marked, or at or below their chosen HSK level)."""
    known_share: float
    """known_words / distinct_words (0.0 for an article with no words)."""
    known_running_share: float
    """Share of the running words that are known: how much of the text reads without help."""
    unknown: tuple[RankedWord, ...]
    """Unknown words, most frequent first (ties in order of first appearance)."""
    names: int
    numbers: int


def article_words(text: str) -> WordList:
    """(word, offset) for every Han word of an article's text, in simplified form.

    One jieba pass over the whole text, as `jieba.lcut` does: the per-line segmentation the
    reader uses (a word never spans a paragraph) would cost half as much again here, and no
    Han word spans a line break anyway.
    """
    if is_traditional(text):
        text = convert(text, "simplified")
    found = WordList()
    found.extend((word, at) for word, at in merge_numbers(_cut(text)) if HAN.search(word))
    return found


def _cut(text: str, block: int = 65_536) -> Iterator[tuple[str, int]]:
    """jieba over the text a block of whole lines at a time: its cut of a whole book holds
    every piece of it at once, and no Han word spans a line break."""
    offset = 0
    while offset < len(text):
        end = text.find("\n", offset + block)
        end = len(text) if end < 0 else end + 1
        for word in cut(text[offset:end]):
            yield word, offset
            offset += len(word)


class WordList:
    """(word, offset) pairs held compactly: each distinct word once, the sequence as two
    arrays of integers (a book's 1.5 million words took 160 MB as tuples, and as much again
    to send from the process that cuts them)."""

    def __init__(self) -> None:
        self.vocabulary: list[str] = []
        self._ids: dict[str, int] = {}
        self.words = array("I")
        self.offsets = array("Q")

    def extend(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Add (word, offset) pairs, in one loop: a book's million words made a call per word
        the cost."""
        if len(self._ids) != len(self.vocabulary):  # received from another process
            self._ids = {word: i for i, word in enumerate(self.vocabulary)}
        ids, vocabulary = self._ids, self.vocabulary
        add_word, add_offset = self.words.append, self.offsets.append
        for word, offset in pairs:
            index = ids.get(word)
            if index is None:
                index = ids[word] = len(vocabulary)
                vocabulary.append(word)
            add_word(index)
            add_offset(offset)

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[tuple[str, int]]:
        vocabulary = self.vocabulary
        return ((vocabulary[i], at) for i, at in zip(self.words, self.offsets, strict=True))

    def __getstate__(self) -> tuple[list[str], array[int], array[int]]:
        return self.vocabulary, self.words, self.offsets  # the index is rebuilt, not sent

    def __setstate__(self, state: tuple[list[str], array[int], array[int]]) -> None:
        self.vocabulary, self.words, self.offsets = state
        self._ids = {}  # rebuilt only if more words are appended: the receiver only reads


@dataclass(frozen=True, slots=True)
class Tally:
    """What a brief counts before the speakers are known: everything but the speakers' names.

    An export works it out in a forked child beside the speakers (reader/forked.py), with
    the glossary and the user's known words, and sends it back small; `finish` then takes the
    speakers' names out with plain dictionary arithmetic, so the export's last step needs
    neither the glossary nor pypinyin loaded."""

    characters: int
    han_characters: int
    occurrences: dict[str, int]
    """Every word outside a figure and with no digit, by count, in order of first use."""
    first: dict[str, int]
    figure_words: frozenset[str]
    """Words written inside a figure or with a digit: numbers, whatever else they are."""
    name_words: frozenset[str]
    """Words the dictionary gives only as proper nouns, or that look like a person's name."""
    spelled_numbers: frozenset[str]
    """The other words that spell a number (三十, 36个)."""
    hsk: dict[str, int]
    """HSK 2.0 level of the vocabulary words that have one."""
    known: frozenset[str]
    """The vocabulary words the user knows."""
    glosses: dict[str, str]
    """Glosses of the most frequent unknown words: enough for `top` once the speakers' names
    are out, unless most of them are names (then `finish` glosses the rest itself)."""


_GLOSS_MARGIN = 40  # unknown words glossed beyond `top`, for the speakers' names taken out


def tally(
    text: str,
    figures: Iterable[Figure],
    book: Glossary,
    knowledge: Knowledge,
    words: Iterable[tuple[str, int]] | None = None,
    top: int = 30,
) -> Tally:
    """The counts of a brief of `text` (`figures`: those written in it) for a user who
    knows what `knowledge` says; `words` is `article_words(text)` if already at hand."""
    in_figure = bytearray(len(text))  # 1 where a figure is written
    for figure in figures:
        in_figure[figure.start : figure.end] = b"\x01" * (figure.end - figure.start)
    occurrences: Counter[str] = Counter()
    first: dict[str, int] = {}
    figure_words: set[str] = set()
    has_digit: dict[str, bool] = {}
    for word, offset in article_words(text) if words is None else words:
        digit = has_digit.get(word)
        if digit is None:
            digit = has_digit[word] = any(c.isdigit() for c in word)
        if in_figure[offset] or digit:
            figure_words.add(word)
        else:
            occurrences[word] += 1
            first.setdefault(word, offset)
    # names and spelled-out numbers are told apart once per distinct word, not per occurrence
    names = frozenset(w for w in occurrences if _is_name(book, w))
    spelled = frozenset(w for w in occurrences if w not in names and _is_number(book, w))
    vocabulary = [w for w in occurrences if w not in names and w not in spelled]
    hsk = {w: level for w in vocabulary if (level := book.hsk2.get(w))}
    known = frozenset(w for w in vocabulary if knowledge.knows(w, book.hsk2))
    frequent = sorted(
        (w for w in vocabulary if w not in figure_words and w not in known),
        key=lambda w: -occurrences[w],  # stable: ties stay in order of first use
    )
    return Tally(
        characters=len(text) - sum(map(str.isspace, text)),
        # counted by what is left without them: findall held a string per character (4 million
        # objects, 300 MB, for a 5 MB book)
        han_characters=len(text) - len(HAN.sub("", text)),
        occurrences=dict(occurrences),
        first=first,
        figure_words=frozenset(figure_words),
        name_words=names,
        spelled_numbers=spelled,
        hsk=hsk,
        known=known,
        glosses={w: book.gloss(w).meaning for w in frequent[: top + _GLOSS_MARGIN]},
    )


def finish(
    counted: Tally, speakers: Collection[str], top: int = 30, book: Glossary | None = None
) -> Brief:
    """The brief from its `tally`, the article's speakers' names taken out of the vocabulary.
    `book` glosses ranked words the tally did not (the glossary is loaded if it is None)."""
    occurrences = counted.occurrences
    names = counted.name_words | {s for s in speakers if s in occurrences}
    numbers = counted.figure_words | (counted.spelled_numbers - names)
    counts = Counter({w: n for w, n in occurrences.items() if w not in names and w not in numbers})
    mix = dict.fromkeys(LEVELS, 0)
    for word in counts:
        level = counted.hsk.get(word)
        mix[str(level) if level else "none"] += 1
    known = counted.known
    known_distinct = sum(1 for w in counts if w in known)
    running = sum(counts.values())
    known_running = sum(n for w, n in counts.items() if w in known)
    unknown = list(islice(((w, n) for w, n in counts.most_common() if w not in known), top))
    if any(w not in counted.glosses for w, _ in unknown) and book is None:
        from reader.core.glossary import glossary

        book = glossary()

    def gloss(word: str) -> str:
        found = counted.glosses.get(word)
        if found is None and book is not None:
            found = book.gloss(word).meaning
        return found or ""

    ranked = [
        RankedWord(word, n, counted.hsk.get(word), gloss(word), counted.first[word])
        for word, n in unknown
    ]
    return Brief(
        characters=counted.characters,
        han_characters=counted.han_characters,
        words=running,
        distinct_words=len(counts),
        hsk_mix=mix,
        known_words=known_distinct,
        known_share=known_distinct / len(counts) if counts else 0.0,
        known_running_share=known_running / running if running else 0.0,
        unknown=tuple(ranked),
        names=len(names),
        numbers=len(numbers),
    )


def make_brief(
    article: Article,
    book: Glossary,
    known: Collection[str] = frozenset(),
    known_level: int = 0,
    top: int = 30,
    words: Iterable[tuple[str, int]] | None = None,
    traditional: bool = False,
) -> Brief:
    """The brief of `article` for a user who knows `known` and every word of HSK 2.0 level
    `known_level` or below; `words` is `article_words(article.text)` if already at hand."""
    knowledge = Knowledge(frozenset(known), known_level, traditional)
    counted = tally(article.text, article.figures, book, knowledge, words, top)
    return finish(counted, person_names(article), top, book)


def person_names(article: Article) -> frozenset[str]:
    """The names of the article's speakers who are people (not groups): `finish` takes them
    out of the vocabulary."""
    return frozenset(s.name for s in article.speakers if not s.group)


def _is_number(book: Glossary, word: str) -> bool:
    """36个, 7024亿元, 三十: counted apart from vocabulary (a lone 一 or 十 stays a word)."""
    if len(word) > 1 and all(c in _NUMERALS for c in word):
        return True
    return book.kind(word) == "number"


def _is_name(book: Glossary, word: str) -> bool:
    """A proper noun: CC-CEDICT gives it only capitalised readings (广州 Guang3 zhou1), or it
    is not in the dictionary and looks like a person's name."""
    entries = book.lookup(word)
    if entries:
        return all(e.pinyin[:1].isupper() for e in entries)
    return book.kind(word) == "name"


def brief_dict(brief: Brief) -> dict[str, object]:
    """The brief as the export's `brief` field."""
    return {
        "characters": brief.characters,
        "han_characters": brief.han_characters,
        "words": brief.words,
        "distinct_words": brief.distinct_words,
        "hsk_mix": brief.hsk_mix,
        "known_words": brief.known_words,
        "known_share": round(brief.known_share, 4),
        "known_running_share": round(brief.known_running_share, 4),
        "names": brief.names,
        "numbers": brief.numbers,
        "unknown": [
            {"word": w.word, "count": w.count, "hsk": w.hsk, "gloss": w.gloss}
            for w in brief.unknown
        ],
    }


def unknown_tokens(
    article: Article, brief: Brief, annotated: Mapping[int, tuple[Token, ...]]
) -> list[Token]:
    """The brief's unknown words as tokens at their first occurrence, read in context where
    that section's readings are at hand (`annotated`: section index → tokens), else alone."""
    from reader.core.pinyin import annotate

    def token_at(start: int, size: int) -> Token:
        for token in annotated.get(article.section_at(start), ()):
            if token.start == start and token.end == start + size:
                return token
        text = article.text[start : start + size]
        readings = tuple(r for t in annotate(text) for r in t.pinyin)
        return Token(text, start, start + size, readings)

    return [token_at(w.first, len(w.word)) for w in brief.unknown]


def glossed_as_read(brief: Brief, tokens: list[Token], book: Glossary) -> Brief:
    """The brief with each unknown word glossed as `tokens` (`unknown_tokens`) read it: the
    reader shows a word's pinyin at its first occurrence, and the gloss beside it must be of
    that reading (为 wéi "as", not the out-of-context wèi "because of")."""
    unknown = tuple(
        replace(word, gloss=book.gloss(token.text, token.pinyin).meaning)
        if token.pinyin and all(token.pinyin)
        else word
        for word, token in zip(brief.unknown, tokens, strict=True)
    )
    return replace(brief, unknown=unknown)
