"""What a person's name looks like in running news text: the shape checks and trims the
speaker rules apply to what the name model (persons.py) and the cues propose.

A name is kept only in a shape a person's name has (a surname and a given name, a dotted full
name, a Latin name, a long transliteration); it never ends inside a common word or on a
closed-class character; a dotted name is read whole around the part the model found.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from reader.core.cues import NOT_NAMES, TITLES, VERB_RE
from reader.core.names import surname_length
from reader.core.persons import DOTS

# Closed-class characters (adverbs, particles, conjunctions) that never end a name.
FUNCTION_CHARS: Final = frozenset(
    "的之地得了着著过過也还還就又亦都曾再更即并並才便则則续續却卻仍均皆已正和与與及等们們是在"
    "先仅僅只没沒被将將尚如此这這那"
)
DOT: Final = f"[{DOTS}]"
DOTTED_NAME: Final = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:{DOT}[\u4e00-\u9fff]{{1,8}})+")


@lru_cache(maxsize=4096)
def short_forms(name: str) -> frozenset[str]:
    """The parts of a dotted full name that stand for it alone (喬恩·米爾斯 → 米爾斯; 纳吉拉·
    阿扎鲁尼 → 纳吉拉, the given name first as many languages write it)."""
    parts = [p for p in re.split(DOT, name) if len(p) >= 2]
    return frozenset(parts) if len(parts) > 1 else frozenset()


def title_end(head: str, *more: str) -> int:
    """Where a name may start in `head`: after the last title, 的 or 之 (or `more`) in it."""
    ends = (head.rfind(t) + len(t) for t in (*TITLES, "的", "之", *more) if t in head)
    return max(ends, default=0)


def dotted_around(text: str, start: int, end: int) -> list[str]:
    """The dotted name written around a part of it (text[start:end] holds the part and its
    dot) where the model found none: the other part is the run of characters on the other
    side of the dot, cut after a title or 的 before it, or at an adverb after it."""
    if text[start] in DOTS:  # ·KEY: the given name stands before the dot
        head = re.search(r"[\u4e00-\u9fff]{1,8}$", text[max(0, start - 8) : start])
        if head is None:
            return []
        left = head.group()
        left = left[title_end(left, "是") :]
        return [left + text[start:end]] if len(left) >= 2 else []
    tail = re.match(r"[\u4e00-\u9fff]{1,8}", text[end:])
    if tail is None:
        return []
    right = tail.group()
    cut = next((i for i, c in enumerate(right) if c in FUNCTION_CHARS or i >= 6), len(right))
    return [text[start:end] + right[:cut]] if cut >= 2 else []


def word_with_dao(text: str, at: int) -> bool:
    """道 at `at` ends a dictionary word (知道, 报道, 步道), so it is no verb of saying (刘杰道：)."""
    return any(frequency(text[at - n : at + 1]) for n in (1, 2, 3) if at >= n)


def common_word(word: str) -> bool:
    """A word jieba's dictionary counts often (双方 7289, 白宫 678, 路透 181) is a word, not
    a name, even where it starts with a surname; names score 0 to a few dozen there."""
    return frequency(word) >= 100


@lru_cache(maxsize=16384)
def frequency(word: str) -> int:
    """How often jieba's dictionary counts `word` (read in its simplified form); 0 if never."""
    from reader.core.script import to_simplified
    from reader.core.segment import tokenizer

    return tokenizer().FREQ.get(to_simplified(word)) or 0


def trim_name(text: str, a: int, b: int) -> tuple[int, int]:
    """A name the model ran on into the words after it (鄭鎮熙正, 程燕敲开, 张伟面对): cut it
    where a closed-class character or a verb begins, past its first two characters."""
    for i in range(a + 2, b):
        if text[i] in FUNCTION_CHARS or VERB_RE.match(text, i):
            return a, i
    # nor does a name end inside a common word (张伟面|对 → 张伟), unless a verb of saying
    # follows (李建国|道：)
    if b - a >= 3 and not VERB_RE.match(text, b) and common_word(text[b - 1 : b + 1]):
        return a, b - 1
    return a, b


def unknown_run(subject: str) -> str | None:
    """The characters at the end of a subject that are no dictionary word: jieba without its
    HMM breaks a name it does not know into single characters (印度游客|克|鲁|巴, 美國前總統|
    川|普), which is the shape of a name in the subject's head, where a title or a noun
    stands before it."""
    from reader.core.segment import dictionary_words

    run: list[str] = []
    for word in reversed(dictionary_words(subject)):
        if len(word) != 1 or not ("\u4e00" <= word <= "\u9fff" or word in DOTS):
            break
        run.insert(0, word)
    # a name ends where the adverbs begin (鄭鎮熙|被連番, 李鎔津|先)
    cut = next((i for i, char in enumerate(run) if char in FUNCTION_CHARS), len(run))
    name = "".join(run[:cut]).strip(DOTS)
    # only after a noun that says who this is (印度游客|克鲁巴), and in a name's length
    if not 2 <= len(name) <= 5 or len(subject) - len(name) < 2:
        return None
    return name if name not in NOT_NAMES else None


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from reader.core.assets import asset

    return frozenset(asset("place-words.txt").read_text(encoding="utf-8").split())


def is_place(word: str) -> bool:
    """Whether jieba's dictionary tags `word` a place or an organisation (華盛頓, 山西): a
    name's shape is no proof of a person (training/build_place_words.py)."""
    return word in _places()


def is_name(name: str) -> bool:
    """What the model calls a name, kept only in a shape a person's name has: a Chinese
    name (a surname and one to three characters), a dotted full name, a Latin name, or a
    transliteration of three or more characters. Precision first: a two-character word
    without a surname (双方, 向外界) is too often not a person."""
    if len(name) < 2 or len(name) > 20 or name in NOT_NAMES or is_place(name):
        return False
    if re.search(r"[，。；：、！？“”「」（）()\d\n]", name):
        return False
    if name.isascii():
        return name[:1].isupper() and " " in name.strip()
    if any(d in name for d in DOTS):
        return True
    if any(c in FUNCTION_CHARS for c in name[1:]):
        return False
    size = surname_length(name)
    if size and 1 <= len(name) - size <= 3:
        return True
    return len(name) >= 3


def plausible_name(name: str) -> bool:
    if DOTTED_NAME.fullmatch(name):
        return True  # a dotted full name (彼得·汉森), whatever its length
    if not 2 <= len(name) <= 4 or name in NOT_NAMES or is_place(name):
        return False
    size = surname_length(name)
    if size == 0:
        return "·" in name and len(name) >= 3
    given = name[size:]
    if not 1 <= len(given) <= 2:
        return False
    return all("\u4e00" <= c <= "\u9fff" for c in name)
