"""What a person's name looks like in running news text: the shape checks and trims the
speaker rules apply to what the name model (persons.py) and the cues propose.

A name is kept only in a shape a person's name has (a surname and a given name, a dotted full
name, a Latin name, a long transliteration); it never ends inside a common word or on a
closed-class character; a dotted name is read whole around the part the model found.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from reader.core.cues import GROUPS, NOT_NAMES, ORGANISATION_HEADS, TITLES, VERB_RE
from reader.core.lazy_re import lazy_compile
from reader.core.names import COMMON, married_name, pinyin_name, surname_length
from reader.core.persons import DOTS, HONORIFICS
from reader.core.wordset import WordSet, word_set

# Closed-class characters (adverbs, particles, conjunctions) that never end a name.
FUNCTION_CHARS: Final = frozenset(
    "的之地得了着著过過也还還就又亦都曾再更即并並才便则則续續却卻仍均皆已正和与與及或等们們是在"
    "先仅僅只没沒被将將尚此这這那较較很另倒"  # not 如: a given name holds it (李希如)
)
# Function characters that open a two-character given name often enough to be read as one
# there: the most frequent in the middle of jieba's three-character person names (之 371,
# 正 181, 先 125, 尚 73, 亦 36, 才 29 in its dictionary's nr words), leaving out those that
# also join or mark words (过 和 得 将 都 在 与). At a name's end they stay a sign the model
# ran on (張某|也).
NAME_MIDDLE: Final = frozenset("之正先尚亦才")
# Function characters that end a three-character name often: the most frequent at the end of
# jieba's three-character person names (之 412, 正 114, 才 106, 先 76; not 和, which joins).
# Before another function character they end the name, not begin the predicate (邱国正|也在).
NAME_ENDS: Final = frozenset("之正才先")


def function_inside(name: str, size: int = 1) -> bool:
    """Whether a function character stands in `name` after its first `size` characters (the
    surname): 黃之鋒's 之, in the middle of a three-character name, does not count, nor as
    the one given character after a surname (张正, 王之: 正 ends 147 of jieba's names); nor
    和 there before a character that is no surname (林和立, 王和平; 张和李 is two people), nor
    和 ending a name of three (蕭世和), which the model's spans take only before a verb of
    saying (speakers' `_one_more`)."""
    return any(
        c in FUNCTION_CHARS
        and not (
            len(name) == 3
            and i == 1
            and (c in NAME_MIDDLE or (c == "和" and not surname_length(name[2])))
        )
        and not (len(name) == 3 and i == 2 and c == "和")
        and not (len(name) == 2 and i == 1 and c in NAME_MIDDLE and surname_length(name[0]))
        for i, c in enumerate(name)
        if i >= size
    )


DOT: Final = f"[{DOTS}]"
HYPHENS: Final = "-‐－"
"""The hyphens a foreign name's parts are joined by (让-皮埃尔, 马克-朱利亚诺)."""
HYPHENED_PART: Final = rf"[\u4e00-\u9fff]{{1,4}}[{HYPHENS}]"
"""The first part of a given name in two, joined by a hyphen (让-|皮埃尔·拉法兰)."""
DOTTED_NAME: Final = lazy_compile(
    rf"(?:{HYPHENED_PART})?[\u4e00-\u9fff]{{1,4}}(?:{DOT}(?:{HYPHENED_PART})?[\u4e00-\u9fff]{{1,8}})+"
)
# a given name in two joined by a hyphen, alone (让-皮埃尔): a name where its characters spell one
HYPHENED_NAME: Final = lazy_compile(rf"{HYPHENED_PART}[\u4e00-\u9fff]{{1,4}}")


LATIN_PARTICLE: Final = "(?:von|van|de|der|den|del|da|di|du|dos|bin|ibn|le|la)"
"""A particle inside a Latin name, lower case (Alexandre de Juniac, Carl von Voit)."""


@lru_cache(maxsize=4096)
def short_forms(name: str) -> frozenset[str]:
    """The parts of a name that stand for it alone: those of a dotted full name (喬恩·米爾斯 →
    米爾斯; 纳吉拉·阿扎鲁尼 → 纳吉拉, the given name first as many languages write it), and the
    given name of a Chinese name when it is no word of the language (黄文政 → 文政, as a
    colleague calls him; not 王建国 → 建国), the last word of a name in Latin letters, and a
    surname and what the person is without 姓 (林姓老闆 → 林老闆)."""
    if re.search(DOT, name):
        if re.match(DOT, name) or re.search(DOT + "$", name):
            return frozenset()  # 楊文俊・(朝華夕秀): a column's name broken off, no full name
        # each part of two characters or more, and each tail from a dot on (杰伊·范·巴维尔 →
        # 范·巴维尔; 瑞·达利欧 → 达利欧, its given name of one character no form alone)
        parts = {p for p in re.split(DOT, name) if len(p) >= 2}
        tails = {name[m.end() :] for m in re.finditer(DOT, name)}
        return frozenset(parts | {t for t in tails if len(t) >= 2}) - {name}
    words = name.split()
    if len(words) == 2 and pinyin_name(name):
        # Chen Long → Chen, a Chinese name with its surname first; but Jing Sun → Sun, as
        # English papers write it too: the order the spelling leaves open, either word is one
        return frozenset(w for w in words if len(w) >= 2)
    if 2 <= len(words) <= 4 and name.isascii() and re.fullmatch(r"[A-Z][a-z]{2,}", words[-1]):
        return frozenset({words[-1]})  # Anthony Rendall → Rendall, as English papers write
    if len(name) == 3 and surname_length(name) == 1 and is_han_name(name):
        given = name[1:]
        if frequency(given) == 0 and not known_name(given):
            return frozenset({given})
    size = surname_length(name)
    if size and name[size : size + 1] == "姓" and len(name) - size >= 3:
        rest = name[size + 1 :]
        # 林姓老闆 → 林老闆; 徐姓女子 → 徐女子 and 徐女, as the story calls her after
        sex = {"女子": "女", "女士": "女", "男子": "男"}.get(rest, "")
        return frozenset({name[:size] + rest} | ({name[:size] + sex} if sex else set()))
    if (
        len(name) == 4
        and is_han_name(name)
        and surname_length(name[0]) == 1 == size
        and surname_length(name[1]) == 1 == surname_length(name[1:])
    ):
        return frozenset({name[:2]})  # a Hong Kong married name by its surnames: 林鄭
    return frozenset()


def is_han_name(name: str) -> bool:
    """Whether `name` is written in Han characters only (no Latin, digit or dot)."""
    return all("\u4e00" <= c <= "\u9fff" for c in name)


def title_end(head: str, *more: str) -> int:
    """Where a name may start in `head`: after the last title, 的, 之 or 之一 (or `more`) in it."""
    ends = (head.rfind(t) + len(t) for t in (*TITLES, "的", "之", "之一", *more) if t in head)
    return max(ends, default=0)


def dotted_around(text: str, start: int, end: int) -> list[str]:
    """The dotted name written around a part of it (text[start:end] holds the part and its
    dot) where the model found none: the other part is the run of characters on the other
    side of the dot, cut after a title or 的 before it, or at an adverb after it."""
    if text[start] in DOTS:  # ·KEY: the given name stands before the dot
        head = re.search(r"[\u4e00-\u9fff]{1,8}$", text[max(0, start - 8) : start])
        if head is None:
            return []
        from reader.core.persons import persons

        left = head.group()
        left = left[title_end(left, "是", "叫") :]  # 名叫|拉腊‧莱文: the name after what names it
        left = _after_common_words(left)  # 瑞典|少女|格蕾塔·通贝里
        # where the given name starts after a title no list holds (历史学家|莱纳·齐特曼, 作家|
        # 詹西斯·罗宾逊): the name model reads the words before the dot
        whole = left + text[start:end]
        starts = [a for a, b in persons(whole) if a < len(left) < b]
        if starts and len(left) - starts[0] >= 2:
            left = left[starts[0] :]
        return [left + text[start:end]] if len(left) >= 2 else []
    tail = re.match(r"[\u4e00-\u9fff]{1,8}", text[end:])
    if tail is None:
        return []
    right = tail.group()
    cut = next((i for i, c in enumerate(right) if c in FUNCTION_CHARS or i >= 6), len(right))
    return [text[start:end] + right[:cut]] if cut >= 2 else []


def _after_common_words(left: str) -> str:
    """`left` without the common words that open it, where a name the foreign sounds spell
    stays (瑞典少女格蕾塔 → 格蕾塔; 安东尼奥 stays whole, its sounds all a name's)."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(left)
    cut = 0
    for word in words[:-1]:
        if not common_word(word) or all(spells_names(c) for c in word):
            break
        cut += len(word)
    return left[cut:] if len(left) - cut >= 2 else left


def word_with_dao(text: str, at: int) -> bool:
    """道 at `at` ends a dictionary word (知道, 报道, 步道), so it is no verb of saying (刘杰道：);
    but 地道 after a manner and before a colon is "…ly said" (尷尬地道：「…」), not "authentic"."""
    if text[at - 1 : at] == "地" and at >= 3 and text[at + 1 : at + 2] in "：:":
        return False
    return any(frequency(text[at - n : at + 1]) for n in (1, 2, 3) if at >= n)


def in_a_noun(text: str, at: int, floor: int = 0) -> bool:
    """Whether the one character at `at` (a verb of saying: 称, 说, 指) is inside a word the
    dictionary route reads across it with the character before (高级职称 "professional title",
    股指): a word jieba tags no verb, opened by no adverb or verb (又称 "also known as" is
    他又称, "he also said"), whose two characters there are a noun CC-CEDICT gives no verb's
    sense (职称) is no one speaking."""
    from reader.core.segment import dictionary_word_at

    start, word = dictionary_word_at(text, at, max(floor, at - 8), at + 3)
    return (
        start < at
        and not is_predicate(word)
        and not is_predicate(word[0])
        and names_a_role(text[at - 1 : at + 1])
    )


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


# a day or a time of day a name the model ran on into may end on: today's or yesterday's
# (今早, 昨晚, 今日, which jieba's dictionary partly lacks), a weekday (特朗普|周一), 上午,
# the day after or that day (甘地|第二天, 次日, 当天)
_TODAY: Final = lazy_compile(
    "[今昨][早晨晚午日天夜]|(?:周|週|星期|禮拜|礼拜)[一二三四五六日天末]|[上下]午"
    "|第[二三]天|[次翌隔]日|隔天|[当當同][天日]|[本上][月周週]|今年|去年"  # 马丁|本月称
)


# a day, then a time of that day (周三晚, 週五早): a time, though 周 is a surname
_DAY_AND_TIME: Final = lazy_compile(rf"(?:{_TODAY.pattern})[早晨晚午夜]")


def ends_a_given_name(text: str, a: int, b: int) -> bool:
    """Whether the function character that ends the model's name [a, b) of three is the last
    of its given name (邱国正|也在): a surname and two given characters, the last one that
    ends names often (`NAME_ENDS`), with another function character after it and no word
    across the two (正在 is one: 李明|正在说). `function_inside` cannot see what follows."""
    return (
        b - a == 3
        and text[b - 1] in NAME_ENDS
        and surname_length(text[a:b]) == 1
        and text[b : b + 1] in FUNCTION_CHARS
        and not frequency(text[b - 1 : b + 1])
    )


def trim_name(text: str, a: int, b: int) -> tuple[int, int]:
    """A name the model ran on into the words after it (鄭鎮熙正, 程燕敲开, 张伟面对): cut it
    where a closed-class character, a verb or 今早/昨晚 begins, past its first two characters
    (past the last dot and two of a dotted name: 彼得·格林 spells 得 inside); and start it past
    a title's last character the model took in before a name spelt in sounds (策略|师迈克)."""
    title = next((t for t in TITLES if text.endswith(t, a, b)), None)
    if title is not None and b - len(title) - a >= 2 and is_han_name(text[a:b]):
        b -= len(title)  # 林鄭|特首竟說: a title after the name, as 習近平|主席 is
    dot = max((i for i in range(a, b) if text[i] in DOTS), default=a - 2)
    if (
        dot < a
        and b - a >= 4
        and text[a] in ROLE_ENDS
        and not spells_names(text[a])
        and "\u4e00" <= text[a - 1 : a] <= "\u9fff"
        and all(map(spells_names, text[a + 1 : b]))
    ):
        a += 1  # 策略|师|迈克埃里格特: a title's last character, then a name spelt in sounds
    if dot < a and b - a >= 5 and all(map(spells_names, text[a : a + 3])):
        # 马斯克|难掩兴奋: a transliteration the model ran on into words no transliteration
        # spells with ends where they begin (not 史密斯先生 nor 坎宁安父子: an honorific or the
        # family named by the name is the speaker's name)
        end = b
        while end - a > 3 and not spells_names(text[end - 1]):
            end -= 1
        tail = text[end:b]
        if len(tail) >= 2 and not tail.endswith(HONORIFICS):
            b = b if names_kin(tail) else end
    said = VERB_RE.match(text, a + 1)
    if b - a == 3 and said is not None and said.end() == a + 2 and surname_length(text[a:b]) == 1:
        return a, a + 1  # 張|指王最初…: a surname and a verb of saying, no name
    if (
        b - a == 3
        and surname_length(text[a:b]) == 1
        and is_verb_only(text[a + 1 : b])
        and text[b : b + 1] in "，。,；;！？"
    ):
        # 潘|否認，: a surname and a verb with no noun's sense ending the clause, no given
        # name (张传名说: a name, a verb after it)
        return a, a + 1
    if b - a == 3 and surname_length(text[a:b]) == 1 and _takes_an_aspect(text, b - 1):
        return a, b - 1  # 孙丽|换过|两份工作: a name takes no 过 or 了, a verb does
    for i in range(max(a, dot) + 2, b):
        if (
            dot >= a
            and text[i] in FUNCTION_CHARS
            and _in_a_known_name(text[dot + 1 : b], i - dot - 1)
        ):
            continue  # 英迪拉·甘地
        if i == b - 1 and ends_a_given_name(text, a, b):
            continue
        if text[i] in FUNCTION_CHARS or VERB_RE.match(text, i) or _TODAY.match(text, i):
            return a, a + _before_a_word(text[a : i + 2], i - a, max(a, dot) + 2 - a)
    verb = _verb_inside(text[a:b], max(a, dot) + 2 - a)
    if verb:
        return a, a + verb  # 齐王|采纳|邹忌讽谏: a verb with no noun's sense ends the name
    # nor does a name end inside a common word (张伟面|对 → 张伟), unless a verb of saying
    # follows (李建国|道：)
    if (
        b - a >= 3
        and not VERB_RE.match(text, b)
        and common_word(text[b - 1 : b + 1])
        and _word_across(text[a : b + 3], b - a)
    ):
        return a, b - 1
    # a surname and two characters, then more (石某某|握咪宣布, 盧某某|稍早): a Chinese given
    # name has two characters at most, so the name ends there, unless a second surname
    # follows the first (范徐麗泰) or it spells on like a foreign name (辛伯拉图卢姆)
    return a, a + name_length(text[a:b])


_ASPECTS: Final = frozenset("了过過")


def _takes_an_aspect(text: str, at: int) -> bool:
    """Whether the character at `at` is a verb that 了 or 过 follows as a word of its own (换|过|
    两份, not 过来 "to come over" nor 了解 "to understand"): no name takes an aspect, so that
    character is no given name's last (李小龙|过了: 龙 is no verb)."""
    from reader.core.segment import dictionary_word_from

    return (
        text[at + 1 : at + 2] in _ASPECTS
        and dictionary_word_from(text, at + 1, at, min(len(text), at + 4)) == text[at + 1]
        and an_act(text[at])
    )


def _verb_inside(name: str, floor: int) -> int:
    """Where the first dictionary word that is only ever a verb starts in `name`, at
    `floor` or after; 0 for none."""
    from reader.core.segment import dictionary_words

    at = 0
    for word in dictionary_words(name):
        if at >= floor and len(word) >= 2 and is_verb_only(word):
            return at
        at += len(word)
    return 0


def _before_a_word(text: str, cut: int, floor: int) -> int:
    """`cut`, where a name ends before a function character or a verb, or one less where
    that character ends a common word (库克利|用 → 库克|利用): a name does not end inside a word.
    `floor` is the shortest the name may become."""
    if cut - 1 >= floor and common_word(text[cut - 1 : cut + 1]) and _word_across(text, cut):
        return cut - 1
    return cut


def _word_across(text: str, at: int) -> bool:
    """Whether jieba reads a dictionary word across offset `at` of `text` (张伟|面对: 面对 does;
    蒋万安|上午: 安上 is a word too, but jieba reads 万安 and 上午)."""
    return at not in word_bounds(text)


def word_bounds(text: str) -> set[int]:
    """The offsets of `text` where jieba's dictionary words begin or end."""
    from reader.core.segment import dictionary_words

    bounds, offset = {0}, 0
    for word in dictionary_words(text):
        offset += len(word)
        bounds.add(offset)
    return bounds


_NEGATORS: Final = frozenset("無无沒没未不非")


def name_length(name: str) -> int:
    """How much of `name` is a name: a surname and two characters, when what follows them is a
    verb, an adverb or a time (石某某|握咪宣布, 黎某某|會後說), unless a second surname follows
    the first (范徐麗泰) or it spells on like a foreign name (辛伯拉图卢姆). A Japanese given
    name runs on (高桥|健一郎) where a verb would not (training/build_word_tags.py)."""
    if japanese_name(name) and name[2:4] not in _predicates():
        # 伊藤|隆典: a Japanese surname of two, then the given name (not 山田|會後)
        return len(name)
    size = surname_length(name)
    second = surname_length(name[size:]) if size else 0
    if second and len(name) > size + second + 2 and not _word_across(name, size + second + 2):
        size += second  # 林鄭|月娥|昨: a wife's two surnames, then hers (not 韩|国瑜|周六)
    end = size + 2
    rest = name[end:]
    if size and rest[:1] in _NEGATORS:
        return end  # 徐樂堅|無直接回應: a negation ends the name, whatever surname 樂 may be
    # a wife's second surname is a common one (范徐|麗泰); a rare one is a given name's
    # character (陳|弘毅|持不同觀點: 弘 is a surname too)
    another = surname_length(name[size:]) if size else 0
    if (
        size
        and rest
        and not (another > 1 or (another and name[size] in COMMON))
        # a foreign name spells on (辛|伯拉|图卢姆); a Han given name does not (羅|致光|肯)
        and not all(spells_names(c) for c in name[size:end] + rest)
        and (
            rest[:2] in _predicates()
            or rest[:1] in _predicates()
            or (len(rest) > 1 and may_act(rest[:2]))  # 杜淦堃|陳詞: jieba tags it a name
        )
    ):
        return end  # a verb, an adverb, a time after the name (會後, 握咪, 稍早, 周一)
    return len(name)


@lru_cache(maxsize=1)
def _common_non_nouns() -> frozenset[str]:
    from reader.core.assets import asset_lines

    return frozenset(asset_lines("measure-chars.txt")[2].split())


def is_common_non_noun(word: str) -> bool:
    """Whether `word` is a very common two-character word jieba tags other than a noun (首次,
    多次, 主要): no given name is one (training/build_word_tags.py)."""
    return word in _common_non_nouns()


def _predicates() -> WordSet:
    return word_set("predicate-words.txt")


def an_act(word: str) -> bool:
    """Whether `word` is a verb, as jieba tags it or as CC-CEDICT gives it (聊天 "to chat")."""
    return is_predicate(word) or names_an_act(word)


def _in_a_when_clause(words: list[str]) -> bool:
    """Whether `words`, before a 时, open a clause of time with 在 or 当 (在|聯絡|時|答允: "when
    getting in touch"), which 时 closes: no surname."""
    return any(word in {"在", "当", "當"} for word in words)


def unknown_run(subject: str) -> str | None:
    """The characters at the end of a subject that are no dictionary word: jieba without its
    HMM breaks a name it does not know into single characters (印度游客|克|鲁|巴, 美國前總統|
    川|普), which is the shape of a name in the subject's head, where a title or a noun
    stands before it."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(subject)
    if (
        len(words) >= 3
        and len(words[-1]) == 2
        and len(words[-2]) == 1
        and surname_length(words[-2])
        and frequency(words[-1]) < 50
        and is_han_name(words[-1])
        and not is_predicate(words[-3])  # 上訴|方|陳詞: 方 closes 上訴方, no surname
        and not (words[-2] in ("时", "時") and _in_a_when_clause(words[:-2]))
    ):
        words = [*words[:-1], *words[-1]]  # 新思維|狄|志遠: a given name that is a rare word
    run: list[str] = []
    for word in reversed(words):
        if len(word) != 1 or not ("\u4e00" <= word <= "\u9fff" or word in DOTS):
            break
        run.insert(0, word)
    if (
        run[:1] in (["时"], ["時"])
        and len(words) > len(run)
        and (an_act(words[-len(run) - 1]) or _in_a_when_clause(words[: -len(run)]))
    ):
        run = run[1:]  # 聊天|时|对|张: "while chatting", no surname 时; 对 leads then
    if len(words) > len(run) and is_verb_only(words[-len(run) - 1]):
        return None  # 警方一度舉起|藍|旗: the object of a verb, no noun says who it is
    if len(run) >= 3 and len(words) > len(run) and names_an_institution(run[0]):
        run = run[1:]  # 公民|黨|譚文豪: the party's 黨 (a surname too) ends the body's name
    if len(words) > len(run) and words[-len(run) - 1][-1:].isdigit():
        return None  # 提出的4|項|加碼: a count's measure word after its number, no surname
    # a name ends where the adverbs begin (鄭鎮熙|被連番, 李鎔津|先)
    cut = next((i for i, char in enumerate(run) if char in FUNCTION_CHARS), len(run))
    if cut < len(run) and not all(is_predicate(w) for w in dictionary_words("".join(run[cut:]))):
        return None  # 高雄|地檢署: a noun follows, no adverbs; the name heads nothing
    name = "".join(run[:cut]).strip(DOTS)
    name = name[: name_length(name)]
    # only after a noun that says who this is (印度游客|克鲁巴), and in a name's length
    if not 2 <= len(name) <= 5 or len(subject) - len(name) < 2:
        return None
    # a name's shape: a surname first (not a preposition: 向|石說), or a foreign name's
    # spelling (克鲁巴); not any run of words jieba does not know (帶點勞氣, 採檢後確)
    spelt = spelt_count(name) * 2 >= len(name)
    if name[0] in _PREPOSITIONS or not (surname_length(name) or spelt):
        return None
    if len(name) >= 4 and surname_length(name) == 1 and not spelt and not married_name(name):
        return None  # 车|企|高|管 ("car makers' executive"): a Han name is three at most
    return name if name not in NOT_NAMES else None


@lru_cache(maxsize=1)
def _spelling() -> frozenset[str]:
    from reader.core.assets import asset

    return frozenset(asset("spelling-chars.txt").read_text(encoding="utf-8").strip())


def spelt_count(word: str) -> int:
    """How many characters of `word` spell foreign names (read in the simplified form)."""
    from reader.core.script import to_simplified

    return sum(spells_names(c) for c in to_simplified(word))


def spelt_tail(text: str) -> int:
    """How many characters at the end of `text` spell foreign names (历史学家|亚诺什: 3)."""
    return next((i for i, c in enumerate(reversed(text)) if not spells_names(c)), len(text))


def spells_names(char: str) -> bool:
    """Whether `char` is one that spells foreign names (斯, 拉, 克, 尔 …): the name model may
    stop short inside such a name (training/build_word_tags.py)."""
    return char in _spelling()


def latin_firm(name: str) -> bool:
    """Whether a Latin `name` is a firm's, a chain's or an online service's that CC-CEDICT
    gives (Twitter, Uber), or opens with one (Uber Eats, Costco Wholesale): a product or a
    branch of it, no person (training/build_word_tags.py)."""
    words = name.split()
    return bool(words) and (is_company(name) or is_company(words[0]))


def is_company(word: str) -> bool:
    """Whether CC-CEDICT gives `word` as a company, a chain or a brand and never as a person
    (星巴克, 万豪, 诺基亚, 阿里巴巴; training/build_word_tags.py)."""
    return word in word_set("company-words.txt")


@lru_cache(maxsize=1)
def _company_starts() -> frozenset[str]:
    from reader.core.assets import asset

    words = asset("company-words.txt").read_text(encoding="utf-8").split()
    return frozenset(w[:k] for w in words for k in range(2, len(w)))


def starts_a_company(word: str) -> bool:
    """Whether `word` is the start of a company's name the dictionary knows (阿里 of 阿里巴巴)."""
    return word in _company_starts()


def is_closed_word(word: str) -> bool:
    """Whether jieba tags `word` a conjunction, an adverb, a preposition, a time or a particle
    (于是, 当时, 之后): a closed class, no noun and no verb (training/build_word_tags.py)."""
    return word in word_set("closed-words.txt")


@lru_cache(maxsize=4096)
def _senses(word: str) -> tuple[str, ...]:
    """CC-CEDICT's senses of `word`, every entry's, asked once a word."""
    from reader.core.glossary import glossary

    return tuple(sense for entry in glossary().lookup(word) for sense in entry.senses)


def _a_sense(word: str, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` is found in one of CC-CEDICT's senses of `word`: how the sense
    tests below (a kind of body, kin, a rank, working somewhere) read the dictionary."""
    return any(pattern.search(sense) for sense in _senses(word))


def in_the_dictionary(word: str) -> bool:
    """Whether CC-CEDICT has `word` at all (高盛 "Goldman Sachs", 麦肯锡 "McKinsey"): a name a
    dictionary holds is a famous one or a thing's, seldom an interviewee's."""
    return bool(_senses(word))


def cedict_surname(char: str) -> bool:
    """Whether CC-CEDICT gives `char` as a surname (展 "surname Zhan"), however common it is
    as a word: only where a title anchors a name is this enough."""
    return any(sense.startswith("surname ") for sense in _senses(char))


def names_a_role(word: str) -> bool:
    """Whether CC-CEDICT gives `word` senses and none is a verb's (助手 "assistant", 律师; not
    会见 "to meet with", which jieba tags a noun): a noun a person can be."""
    senses = _senses(word)
    return bool(senses) and not any(sense.startswith("to ") for sense in senses)


# the label a CC-CEDICT sense may open with: "(military) to fight with a bayonet"
_SENSE_LABEL: Final = lazy_compile(r"^\([^)]*\)\s*")
# senses of a body, which a firm's or an institute's name ends on (布鲁金斯学会, 波士顿咨询)
# the kinds of body and of institution CC-CEDICT's senses name, for the tests below
_BODY_KINDS: Final = r"institute|society|organi[sz]ation|association|firm|company"
_INSTITUTION_KINDS: Final = (
    r"university|college|school|academy|hospital|clinic|bank|cent(?:er|re)|committee"
    r"|commission|council|foundation|laboratory|court|agency|bureau|ministry|department"
    r"|think tank|office"
)
_BODYS_SENSE: Final = lazy_compile(rf"\b(?:{_BODY_KINDS}|consult\w*)\b")


def acts_first(word: str) -> bool:
    """Whether CC-CEDICT's first sense of `word` is a verb's (分析 "to analyze; analysis", 总结
    "to sum up; summary"): a word jieba tags a noun that, right before a verb of saying, says
    how it was said (分析说, 总结说), where 小说 "novel" and 传说 "legend" stay nouns."""
    senses = _senses(word)
    return bool(senses) and _SENSE_LABEL.sub("", senses[0]).startswith("to ")


def names_a_bodys_kind(word: str) -> bool:
    """Whether a CC-CEDICT sense of `word` is a kind of body (学会 "to learn; institute", 咨询
    "to consult", as in 波士顿咨询): a firm's or an institute's name may end on it."""
    return _a_sense(word, _BODYS_SENSE)


_INSTITUTION_SENSE: Final = lazy_compile(
    rf"\b(?:{_INSTITUTION_KINDS}|(?:TV|television|radio) station)\b", re.IGNORECASE
)


def names_an_institution(word: str) -> bool:
    """Whether a CC-CEDICT sense of `word` is a kind of body or institution (大学 "university",
    医院 "hospital", 中心 "center", 委员会 "committee"), beside `names_a_bodys_kind`: a word
    that ends the name of the place a person works (北京服装学院, 欧亚集团)."""
    return names_a_bodys_kind(word) or _a_sense(word, _INSTITUTION_SENSE)


def may_act(word: str) -> bool:
    """Whether any CC-CEDICT sense of `word` is a verb's (调查 "investigation; to investigate")."""
    return any(_SENSE_LABEL.sub("", sense).startswith("to ") for sense in _senses(word))


# a sense that counts: a number's word, a fraction, a share (九成 "ninety percent")
_COUNTING_SENSE: Final = lazy_compile(
    r"\d|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|pair"
    r"|dozen|\w+-tenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"|single|once|twice|double|triple|quadruple|half|percent)\b",
    re.I,
)


def counts_nothing(word: str) -> bool:
    """Whether CC-CEDICT gives `word` senses and none counts (四面 "all sides", 四处
    "everywhere", 两头 "both ends"; not 九天 "the ninth heaven", 四级 "grade 4", 三倍
    "triple"): a numeral and a measure word that make an idiom."""
    return in_the_dictionary(word) and not _a_sense(word, _COUNTING_SENSE)


def names_no_amount(word: str) -> bool:
    """Whether CC-CEDICT gives `word` senses and none counts, or only a proper noun's (三轮车
    "pedicab", 一家人 "household", 四人帮 "Gang of Four", 七国集团 "G7, …"): a word that opens
    on a numeral and its measure word and runs on past them names a thing or a group; it
    counts nothing (两辆车, 两件事, which jieba lists too, have no entry)."""
    senses = _senses(word)
    return bool(senses) and (
        counts_nothing(word)
        or all(re.match(r"(?:the )?[A-Z]", _SENSE_LABEL.sub("", s)) for s in senses)
    )


def names_an_act(word: str) -> bool:
    """Whether every CC-CEDICT sense of `word` is a verb's (关心 "to care about", 刺杀 "to
    assassinate; (military) to fight with a bayonet"), which jieba may still tag a noun: no
    noun phrase ends on it."""
    senses = [_SENSE_LABEL.sub("", sense) for sense in _senses(word)]
    return bool(senses) and all(sense.startswith("to ") for sense in senses)


# English words of closed classes that end like a person's noun (为什么 "for what reason?",
# 以后 "after", 不打紧 "never mind", 三 "three") and CC-CEDICT's own cross-references ("see …",
# "variant of …"), and a classifier of things (和 "classifier for rinses of clothes"; 位
# "classifier for people" is one): none names a person
_NOT_A_NOUN: Final = (
    r"(?:classifier(?! for people)|for|or|nor|per|after|over|under|ever|never|whether|either"
    r"|neither|rather|together|later|further|however|whatever|whenever|wherever|other|another"
    r"|three|five|see|variant|list|exist|assist|insist|persist|resist|consist|twist|wrist|mist|fist|gist)\b"
)
_PERSON_NOUN: Final = lazy_compile(
    rf"^(?!to |{_NOT_A_NOUN})[\w-]*(?:er|or|ist|ian|ant|(?<!m)ent|ive|ate|ee)\b"
)
# a sense of two words whose second is a person's noun (office worker, staff member)
_PERSON_NOUN_LATE: Final = lazy_compile(
    r"^(?!to )[\w-]+ [\w-]*(?:er|or|ist|ian|man|woman|member|official)$"
)


def acts_too(word: str) -> bool:
    """Whether CC-CEDICT gives `word` a verb's sense too (代表 "to represent", 导演 "to
    direct"): after a name that 由 ("by") and a title precede, it is the clause's verb."""
    return any(sense.startswith("to ") for sense in _senses(word))


def names_a_person(word: str, loosely: bool = False) -> bool:
    """Whether CC-CEDICT gives `word` a sense that is a person's noun (导演 "director", 代表
    "representative"; not 希望 "hope" nor 决定 "decision"); `loosely`, also one of two words
    (职员 "office worker", 会员 "staff member")."""
    return any(
        _PERSON_NOUN.match(sense) or (loosely and _PERSON_NOUN_LATE.match(sense))
        for sense in _senses(word)
    )


_HUMAN_SENSE: Final = lazy_compile(
    r"^(?:an? |the )?(?:(?:old|young|married) )?(?:man|woman|men|women|male|female|boy|girl|child"
    r"|person|people|elderly)\b"
)


def names_a_human(word: str) -> bool:
    """Whether CC-CEDICT's first sense of `word` is a man, a woman, a child or a person (男子
    "a man", 女孩 "girl", 老人 "old man or woman"): someone, as a subject, though no role."""
    senses = _senses(word)
    return bool(senses) and _HUMAN_SENSE.match(senses[0]) is not None


_KIN_SENSE: Final = lazy_compile(
    r"\b(?:son|daughter|wife|husband|mother|father|mom|dad|brother|sister|in-law|grandson"
    r"|granddaughter|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|parents?)\b"
)


def names_kin(word: str) -> bool:
    """Whether CC-CEDICT gives `word` (two characters or more) a relative's sense (女婿
    "son-in-law", 妈妈): after 他/她 with no 的 it is theirs (她女婿), and the relative, not the
    pronoun's person, is who acts."""
    return len(word) >= 2 and _a_sense(word, _KIN_SENSE)


_RANK_SENSE: Final = lazy_compile(r"\brank|\bplace\b")


def names_a_rank(word: str) -> bool:
    """Whether CC-CEDICT gives `word` the sense of a rank or a place in order (名次, 位次)."""
    return _a_sense(word, _RANK_SENSE)


_RELATIVES_SENSE: Final = lazy_compile(r"\b(?:relatives|kin|kindred|family members?)\b")


def names_relatives(word: str) -> bool:
    """Whether CC-CEDICT gives `word` the sense of a family or its relatives as a group (亲友
    "friends and relatives", 亲属, 家属): after a name they are that person's, and no form of
    address (李普|伯伯 and 蔡元培|先生 are the person named)."""
    return _a_sense(word, _RELATIVES_SENSE)


_WORKS_AT_SENSE: Final = lazy_compile(
    r"^to (?:take office|assume a post|hold (?:a|an office or) post|hold a teaching position"
    r"|be employed|serve|work|go to school|graduate|teach|come from)\b"
)


def works_at(word: str) -> bool:
    """Whether CC-CEDICT gives `word` the sense of working, studying or coming from somewhere
    (就职, 任职, 供职, 就读, 毕业, 来自): with 于 after it, what follows is where the person is
    from, their affiliation (现就职于|投资公司盛博)."""
    return _a_sense(word, _WORKS_AT_SENSE)


_ADVERB_SENSE: Final = lazy_compile(r"[a-z]+ly")


def says_how(word: str) -> bool:
    """Whether a CC-CEDICT sense of `word` is an English adverb of manner alone (反覆
    "repeatedly", 亲自 "personally"), not a noun's (家人 "family")."""
    return any(
        _ADVERB_SENSE.fullmatch(sense) and sense not in _NOT_MANNER for sense in _senses(word)
    )


def asks(word: str) -> bool:
    """Whether CC-CEDICT gives `word` a question's sense ("why?", "how?", or just "how" and
    "why" as it writes 如何 and 为何): jieba tags them pronouns, and none is a title."""
    return any(sense.endswith("?") or sense in {"how", "why"} for sense in _senses(word))


_NOT_MANNER: Final = frozenset({"family", "only", "early", "daily", "weekly", "monthly", "yearly"})


def only_adverbs(text: str, closed: bool = False) -> bool:
    """Whether `text` is nothing but adverbs (还明确, 一再公开), or with `closed` adverbs and
    other closed words (并一再): the manner of a verb, no subject (training/build_word_tags.py)."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(text)
    return bool(words) and all(
        word in word_set("adverb-words.txt") or (closed and is_closed_word(word)) for word in words
    )


def starts_inside_a_word(before: str, name: str) -> bool:
    """Whether `name`, right after `before`, begins inside a word and goes on as another
    (贸|易公司, 各|方企业, 辩|方代表): its surname ends a word with the character before it and
    its given name is a word the dictionary counts very often, which given names are not
    (企业 34,826, 公司 45,604; 建国 3,083 is both). Where the two characters across are a word
    of their own as often as 先于 (273) is, a given name counted less often is one word still
    (先于|一线医生, 一线 1,398; 由于|平安)."""
    size = surname_length(name) or 1
    if not before or len(name) - size < 2:
        return False
    across = frequency(before[-1] + name[0])
    return across >= 5 and frequency(name[size:]) >= (1000 if across >= 200 else 3000)


def straddles_two_words(text: str, a: int, b: int) -> bool:
    """Whether the two-character name [a, b) of `text` is the end of one word and the start of
    the next as jieba reads the words around it (新聞片|段盤|問: 片段, 盤問): a surname and a
    given name begin and end a word of their own, wherever they stand."""
    if b - a != 2:
        return False
    lo = max(0, a - 4)
    bounds = word_bounds(text[lo : b + 4])
    return a - lo not in bounds and b - lo not in bounds and a + 1 - lo in bounds


def is_verb_only(word: str) -> bool:
    """Whether `word` is a verb of two characters with no noun's sense in CC-CEDICT (找到,
    包括; not 导演 "to direct; director"): no title ends on one (training/build_word_tags.py)."""
    return word in word_set("verb-words.txt")


def is_predicate(word: str) -> bool:
    """Whether jieba tags `word` a verb, an adverb, a time or another closed class."""
    return word in _predicates()


def japanese_name(name: str) -> bool:
    """Whether `name` is a Japanese surname CC-CEDICT knows and a given name of one to three
    characters (山田健太郎, 佐藤恒治), which the Chinese surname list cannot read."""
    return (
        3 <= len(name) <= 5
        and name[:2] in word_set("japanese-surnames.txt")
        and is_han_name(name)
        and name[-1] not in FUNCTION_CHARS  # 植田和男 holds 和; 山田和 (and) does not end one
        and not name.endswith(TITLES)  # 中田|教授: a surname and a title
        and not (len(name) >= 4 and is_predicate(name[-2:]))  # 秋山骏|曾经: an adverb after it
    )


_HONOURED: Final = lazy_compile(r"(?:先生|女士|小姐|太太|夫人|太|姓)(?![们們])")


def honoured_names(text: str) -> list[tuple[int, int]]:
    """Spans of a surname with an honorific (王女士, 區太, 歐陽先生) or with 姓 and a noun
    (李姓居民, 陳姓男子) standing as words of their own in `text`: how news names a private
    person, whom the name model often misses outside a sentence of saying (王女士今年六十岁，
    …。她说：…). jieba's dictionary words must break before the surname and after the
    honorific, so 提高|太多 and 我先生 are none."""
    from reader.core.segment import dictionary_words

    found = []
    bounds: set[int] | None = None
    for match in _HONOURED.finditer(text):
        at, end = match.start(), match.end()
        size = next((n for n in (2, 1) if at >= n and surname_length(text[at - n : at]) == n), 0)
        if not size or text[at - 1] in FUNCTION_CHARS:  # 他和|夫人
            continue
        if bounds is None:
            bounds = word_bounds(text)
        if match.group() == "姓":  # the noun after it: 居民, 男子, 老闆
            noun = (dictionary_words(text[end : end + 4]) or [""])[0]
            if len(noun) < 2 or VERB_RE.fullmatch(noun) or not is_han_name(noun):
                continue
            end += len(noun)
        if at - size in bounds and end in bounds:
            found.append((at - size, end))
    return found


def familiar_names(text: str) -> list[tuple[int, int]]:
    """Spans of a familiar form of address (老李, 小周, 阿陳) standing as a word of its own in
    `text`: feature stories name the people they quote so, and the name model rarely reads
    them (老李今年六十岁，他说…). Not one CC-CEDICT holds as a word (小康, 小米, 小林 the
    Japanese surname), nor where jieba's words run across it (从小|学, 老|张家)."""
    found = []
    bounds: set[int] | None = None
    for match in _FAMILIAR.finditer(text):
        at, end = match.start(), match.end()
        if not familiar_surname(match.group()) or in_the_dictionary(match.group()):
            continue
        if bounds is None:
            bounds = word_bounds(text)
        if at in bounds and end in bounds:
            found.append((at, end))
    return found


_FAMILIAR: Final = lazy_compile(r"[老小阿][\u4e00-\u9fff]")


def familiar_surname(name: str) -> str:
    """The surname in a familiar form of address (老刘 → 刘, 小陳 → 陳), else ""."""
    return name[1] if len(name) == 2 and name[0] in "老小阿" and name[1] in COMMON else ""


def familiar_given(name: str) -> bool:
    """Whether `name` is 小 and one character of a given name (小筏, 小智), as feature
    stories call the people they quote: no word of the dictionaries (not 小编, 小孩, 小米),
    no function character and no numeral (小一, 小五: a primary school's years)."""
    return (
        len(name) == 2
        and name[0] == "小"
        and "\u4e00" <= name[1] <= "\u9fff"
        and name[1] not in FUNCTION_CHARS
        and name[1] not in "一二三四五六七八九十两兩"
        and frequency(name) == 0
        and not _senses(name)
    )


def known_name(word: str) -> bool:
    """Whether the dictionaries know `word` as a two-character name with no surname (普京),
    or it is spelt as a foreign name is and is no word of the dictionary (耶伦, 蒂姆): both
    characters spell names and jieba does not count it as a common word (not 克里 or 斯里)."""
    if word in word_set("person-words.txt"):
        return True
    return len(word) == 2 and spelt_count(word) == 2 and frequency(word) == 0


def from_a_place(word: str) -> bool:
    """Whether `word` is a place and 人, someone from there (江门人, 山东人): a person's
    noun, no name."""
    return len(word) >= 3 and word[-1] == "人" and is_place(word[:-1])


def known_with_a_particle(name: str) -> bool:
    """Whether `name` is a surname and two characters that hold a function character (文在寅:
    在) and CC-CEDICT gives it a person's sense: a name, whatever 在 reads as elsewhere."""
    return len(name) == 3 and function_inside(name, 1) and has_a_persons_sense(name)


def is_place(word: str) -> bool:
    """Whether jieba's dictionary tags `word` a place or an organisation (華盛頓, 山西): a
    name's shape is no proof of a person (training/build_word_tags.py)."""
    return word in word_set("place-words.txt")


# what no name the model finds holds (so no speaker's name either)
# 越…越 "the more… the more" (越想越|觉得): a clause's grammar, no name
_MORE_AND_MORE: Final = lazy_compile(r"([越愈]).\1")
NOT_IN_A_NAME: Final = lazy_compile(rf"[，。；：、！？“”「」（）()\d\n]|{_MORE_AND_MORE.pattern}")


def names_a_land(word: str) -> bool:
    """Whether CC-CEDICT gives `word` only as a proper name of one capitalised word (乌克兰
    "Ukraine", 阿曼 "Oman"): most often a country's or a place's, which jieba's place tags
    miss (a few are a person's known by one name, 孔子 "Confucius"); not 普京 "Vladimir
    Putin (1952-), …"."""
    from reader.core.glossary import glossary

    entries = glossary().lookup(word)
    return (
        bool(entries)
        and all(e.pinyin[:1].isupper() for e in entries)
        and all(re.fullmatch(r"[A-Z][a-z]+", sense) for e in entries for sense in e.senses)
    )


def is_name(name: str, place_too: bool = False) -> bool:
    """What the model calls a name, kept only in a shape a person's name has: a Chinese
    name (a surname and one to three characters), a dotted full name, a Latin name, or a
    transliteration of three or more characters. Precision first: a two-character word
    without a surname (双方, 向外界) is too often not a person; nor a place's name (華盛頓),
    unless `place_too` (a person's role stands right before it: 社会学家|帕特南)."""
    # a Latin name runs longer than a Han one (Francisco T. Duque III, Alexandria Ocasio-Cortez)
    if len(name) < 2 or len(name) > (40 if name.isascii() else 20):
        return False
    if name in NOT_NAMES or (is_place(name) and not place_too):
        return False
    if NOT_IN_A_NAME.search(name):
        return False
    if name.isascii():
        return name[:1].isupper() and " " in name.strip() and not latin_firm(name.strip())
    if any(d in name for d in DOTS):
        return not names_a_bodys_end(name)  # 约翰·霍普金斯|大学: the body named after him
    if re.search(r"\S\s+\S", name):
        return False  # 设|施 乌|称: a space inside ends a Han name (a headline's two clauses)
    if len(name) >= 4 and name.endswith(ORGANISATION_HEADS):
        return False  # 安倍|政府, 宁波|公司: a body, not a person
    if len(name) >= 4 and name[-2:] in GROUPS:
        return False  # 瑞幸|高管, 华为|员工: a body's people, unnamed
    if function_inside(name) or (len(name) == 2 and is_predicate(name)):
        return False  # 張某|也; 周一 (Monday), a time word in a name's shape
    if _DAY_AND_TIME.fullmatch(name):
        return False  # 周三晚 (Wednesday night) 刊出…: a day and a time of day
    if adverb_and_preposition(name):
        return False
    if (
        len(name) >= 3
        and name[0] not in COMMON
        and not all(spells_names(c) for c in name[:2])
        and names_an_act(name[:2])
    ):
        return False  # 強逼|林, 威嚇|林: a verb and its object, not a rare surname (布雷尔 is)
    if len(name) == 3 and name[0] in "老小" and common_word(name[1:]):
        return False  # 老|知青, 老|教授: "old" and a common noun, a role; 老刘 is a name
    size = surname_length(name)
    if size and 1 <= len(name) - size <= 3:
        return True
    return (
        len(name) >= 3 or known_name(name) or bool(familiar_surname(name)) or familiar_given(name)
    )  # 普京, 老刘, 小筏


# a CC-CEDICT sense that can name a person: a proper name alone ((Mahatma) Gandhi, Jesus), or
# with dates (Vladimir Putin (1952-), Mencius (c. 372-c. 289 BC)), or a name's own mark
# (Martin (name), (Tw) surname Trump, pen name of); not 'Cathay Pacific (Hong Kong airline)'
# nor an acronym ('OPEC')
_PERSON_SENSE: Final = lazy_compile(
    r"^(?:\([^)]*\)\s*)?[A-Z](?=[\w'.-]*[a-z])[\w'.-]*(?:[ -][A-Z][\w'.-]*)*"
    r"(?:$|,?\s\([^)]*\d|,? or )"
    r"|\b(?:name|surname)\b"
    # a lifespan after a run of capitalised names (Ma Huateng aka Pony Ma (1971-), Khamenei,
    # Ayatollah Aly (1939-); not "Confucian school, founded by Confucius (551-479 BC)")
    r"|^(?:(?:[A-Z\"][\w'\".-]*|aka)[ ,]+)+\((?:c\. ?)?\d{1,4}(?: BC)?-"
    # a full name, then what they are (Aleksandr Grigoryevich Lukachenko, president of
    # Belarus; Eva Mendes, American actress; not "King Lear, 1605 tragedy by …", "Elysée
    # Palace, the residence of the president", "Putonghua Proficiency Test, an official test")
    r"|^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)+, (?:(?!(?:of|by|the|an?)\b)[\w'-]+ ){0,4}?"
    r"(?:president|king|queen|prime minister|premier|leader|chairman|minister|general|emperor"
    r"|ruler|politician|statesman|diplomat|official|commander|writer|author|poet|novelist"
    r"|painter|scientist|singer|actor|actress|philosopher|founder|musician|composer)\b"
    # a ruler's title and a name, of a land or not, and nothing more (King Fahd of Saudi
    # Arabia; not "Prince Edward Island, province of Canada")
    r"|^(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Shah|Tsar|Duke) "
    r"[A-Z][\w'.-]*(?: of [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)?$"
)
# a sense that only points to another form (丘吉尔: variant of 邱吉爾|邱吉尔[Qiu1 ji2 er3])
_VARIANT: Final = lazy_compile(r"^(?:old )?variant of (?:[^|\[]+\|)?([^|\[]+)\[")


# a person's mark in a CC-CEDICT sense: "(name)", "surname", a lifespan's digits; or a sense
# that only points elsewhere
_PERSONS_MARK: Final = lazy_compile(r"\b(?:name|surname)\b|\d|^variant of|^see ")


def glossed_as_no_name(word: str) -> bool:
    """Whether `word` is two characters in common use (jieba counts it 40 times or more) that
    CC-CEDICT glosses with no proper name's sense, every sense opening lower-case (陈词 "to
    state one's views; statement", 科普 "popular science", 聞言 "to have heard what was
    said"): the model reads a surname in it, but with no title or Latin name to anchor it
    (副市长|黎明 is a person) the word is what is meant."""
    if len(word) != 2 or frequency(word) < 40:
        return False
    senses = _senses(word)
    return bool(senses) and not any(re.match(r"[^A-Za-z]*[A-Z]", sense) for sense in senses)


def names_a_proper_thing(word: str) -> bool:
    """Whether `word` is a common word (jieba counts it 100 times or more) that CC-CEDICT gives
    only as a proper noun with no person's mark: a place, a body or a day (白宫 "White House",
    哈佛 "Harvard", 五角大楼 "the Pentagon", 周一 "Monday"). `has_a_persons_sense` takes any
    capitalised sense for a name (a person is often glossed by the name alone, "Jesus"); a word
    that common and glossed so is a thing's name far more often than a person's (布什 "Bush
    (name)", 普京 "Vladimir Putin (1952-)" carry their marks)."""
    senses = _senses(word)
    return (
        common_word(word)
        and bool(senses)
        and all(re.match(r"(?:the )?[A-Z]", s) and not _PERSONS_MARK.search(s) for s in senses)
    )


def has_a_persons_sense(word: str, follow: bool = True) -> bool:
    """Whether CC-CEDICT gives `word` a sense that can name a person (万里 "Wan Li (1916-2015),
    PRC politician"), a common word though it is; a variant's, its main form's. A company's
    proper name ('Foxconn Technology Group') names none."""
    for sense in _senses(word):
        found = _PERSON_SENSE.search(sense)
        if found and not names_a_body(found.group()):  # not "Foxconn Technology Group"
            return True
        variant = _VARIANT.match(sense) if follow else None
        if variant and has_a_persons_sense(variant.group(1), follow=False):
            return True
    return False


def names_a_thing(name: str) -> bool:
    """Whether `name` is a word for a thing, whatever the model reads: two characters with no
    common surname (儒家, 國泰; not the spelt 哈恩 of a dotted name) that CC-CEDICT knows and
    gives no person's sense ("Confucian school", "Cathay Pacific (Hong Kong airline)", "Nazi
    (loanword)"); or longer, one dictionary word with no person's sense (哈哈大笑 "to laugh
    heartily", 克里姆林宫, 诺贝尔 "Nobel (Prize)"); or, with no surname first, a run that ends on
    a common word naming no person (布鲁克林|博物馆, 福特|汽车, 中车|人士): a transliteration
    does not end on one (奥巴马, 布|林肯 hold rarer words)."""
    if len(name) == 2:
        if name[0] in COMMON or all(spells_names(c) for c in name):
            return False
        return bool(_senses(name)) and not has_a_persons_sense(name)
    if len(name) < 3 or not is_han_name(name) or japanese_name(name):
        return False
    from reader.core.script import to_simplified
    from reader.core.segment import dictionary_words

    words = dictionary_words(to_simplified(name))
    if len(words) == 1:
        return bool(_senses(name)) and not has_a_persons_sense(name)
    tail = words[-1]
    return (
        not surname_length(name)
        and len(tail) >= 2
        and frequency(tail) >= _COMMON_TAIL
        and tail not in _PERSONS_TAILS
        and not names_a_person(tail, loosely=True)
        and not has_a_persons_sense(tail)
    )


# how often jieba counts a word a name without a surname may not end on (人士 5774, 汽车 10193,
# 家族 1918; the ends of the read halves' transliterations: 林肯 216, 布什 708, 西亚 671)
_COMMON_TAIL: Final = 1000


def adverb_and_preposition(name: str) -> bool:
    """Whether `name` is two characters, a closed word and a preposition (他曾|向署长建议:
    "once, to"), though each is a surname too; 曾刚 is a name."""
    return len(name) == 2 and is_closed_word(name[0]) and name[1] in _PREPOSITIONS


def adverb_then_word(name: str) -> bool:
    """Whether `name` is a surname that is an adverb too (曾 "once", 常 "often") and a word of
    two characters CC-CEDICT glosses with no proper name (亲口 "in one's own words"): the
    adverb and that word (…，曾|亲口|说), by its shape alone; 曾国藩's given name is no word.
    For the rules that read a name from its shape; the model may still find such a name."""
    return (
        len(name) == 3 and name[0] in word_set("adverb-words.txt") and glossed_as_no_name(name[1:])
    )


def names_a_kind_of_body(word: str) -> bool:
    """Whether a CC-CEDICT sense of `word` is a kind of institution, a common noun's whole (大学
    "university", 学会 "learned society"), not one body's own name (康奈尔 "Cornell (US
    University)", the sound of a surname too) nor the head of one (院长, 部长)."""
    return any(_KIND_OF_BODY.match(sense) for sense in _senses(word))


def _whole_sense(kinds: str, ends: str = r"$| ?\(|,") -> str:
    """A sense that is one of `kinds` whole: an article and up to two lowercase words before
    it, nothing after it but a note in brackets or a comma (or what `ends` adds)."""
    return rf"^(?:an? |the )?(?:[a-z][\w-]* ){{0,2}}?(?:{kinds})s?(?:{ends})"


# a kind of body and nothing after it but its note or its own "of" (research institute, a
# society, court of law, foundation (institution …); not department head, bank president,
# head of a (government etc) department, Cornell (US University))
_KIND_OF_BODY: Final = lazy_compile(
    _whole_sense(f"{_INSTITUTION_KINDS}|{_BODY_KINDS}", r"$| ?\(| of\b|,")
)


def names_a_document(word: str) -> bool:
    """Whether a CC-CEDICT sense of `word` is a kind of document whole (白皮书 "white paper",
    文件 "document", 杂志 "magazine"): what ends a work's name, which says but is no one."""
    return any(_DOCUMENT_SENSE.match(sense) for sense in _senses(word))


_DOCUMENT_SENSE: Final = lazy_compile(
    _whole_sense(
        "paper|document|magazine|newspaper|report|statement|announcement|declaration"
        "|manifesto|guidebook|white book"
    )
)


def names_a_bodys_end(name: str) -> bool:
    """Whether `name` ends on a firm's or an institution's kind (集团, 公司, 大学, 医院)."""
    return len(name) >= 4 and (
        name.endswith(ORGANISATION_HEADS) or any(names_a_kind_of_body(name[-k:]) for k in (3, 2))
    )


def plausible_name(name: str) -> bool:
    if DOTTED_NAME.fullmatch(name):
        # a dotted full name (彼得·汉森), whatever its length; not one a body's kind ends
        # (施普林格·自然|出版集团, 约翰·霍普金斯|大学): the body named after them
        return not names_a_bodys_end(name)
    if not 2 <= len(name) <= 4 or name in NOT_NAMES or is_place(name):
        return False
    if adverb_and_preposition(name):
        return False
    size = surname_length(name)
    if size == 0:
        return ("·" in name and len(name) >= 3) or known_name(name) or familiar_given(name)
    given = name[size:]
    if not 1 <= len(given) <= 2:
        return False
    return is_han_name(name)


# Pronouns never stand in a name; an organisation's name ends on what it is (監警會, 衛健委).
_PRONOUN_CHARS: Final = frozenset("我你他她您们們咱")
BODY_ENDS: Final = frozenset("會会委署院局處处部黨党鐵铁報报社廳厅辦办法话話")  # and 四川话
# the English words that make a name an organisation's (Uber Technologies Inc., Keele University)
_LATIN_BODIES: Final = frozenset(
    "Inc Corp Corporation Co Ltd LLC PLC Plc AG SA Group Holdings Technologies Company "
    "University College Institute Institution Academy School Bank Fund Association Foundation "
    "Research Lab Labs Times News Post Journal Agency Council Centre Center Committee Department "
    # a paper's or a magazine's (Daily Caller, Boston Herald, Chicago Tribune)
    "Daily Weekly Magazine Gazette Herald Tribune Telegraph Chronicle "
    "Ministry Office Party Capital Partners Securities Hospital Airline Airlines Motors Media Club "
    "League Network Networks Organization Organisation Union Authority Commission Bureau "
    "Administration Board Government Federation Society Alliance Service Services Court Tribunal"
    # and a document's (Technology Court Operation Manual): no one's name either (not Law, Bill:
    # a surname, a given name)
    " Manual Handbook Guide Guidelines Report Act Ordinance Code Treaty Agreement"
    " Convention Declaration Charter Constitution Policy Strategy".split()
)


def names_a_body(latin: str) -> bool:
    """Whether words in Latin letters hold an organisation's or a document's word (Onus Group,
    Chan Kee Holdings Ltd., Operation Manual) or join two names with an ampersand (Ernst &
    Young, Food & Water Watch): a company, an institution or a text, no person; so does an
    acronym alone (毕马威 (KPMG), 汇丰 (HSBC)): a person's gloss spells a name."""
    return (
        "&" in latin
        or any(word in _LATIN_BODIES for word in re.findall(r"[A-Za-z]+", latin))
        or re.fullmatch(r"[\s(（]*[A-Z]{2,6}[\s)）]*", latin) is not None
    )


_MONTHS: Final = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split())
_NOT_FIRST_WORD: Final = _MONTHS | frozenset(
    "On In At The A An For To Of By From With Due As If But And Or This That".split()
    # English forms of address and titles before a surname (Mr Bowser, Judge Brann)
    + "Mr Mrs Ms Miss Dr Sir Dame Lord Lady Judge Justice President Senator Governor Mayor"
    " Professor Prof General Captain Pope King Queen Prince Princess Saint".split()
)


_HONOURS_AFTER: Final = ("亲王", "親王", "王子", "爵士", "勋爵", "勳爵", "夫人", "先生", "女士")
# what a person's name may end on though common: an honour (威廉|王子), "himself" (列宁|本人)
_PERSONS_TAILS: Final = frozenset(("本人",)) | frozenset(_HONOURS_AFTER)
# the characters titles end on (员 of 议员, 师 of 分析师)
ROLE_ENDS: Final = frozenset(title[-1] for title in TITLES)


def _spelt_inside(tail: str, at: int) -> bool:
    """Whether the function character at `at` (得, 那) spells a foreign name there: after a
    character that spells one, and before another or at the end (彼得|森, 彼得; not 马克|得知);
    or inside a known name that opens `tail` (`_in_a_known_name`)."""
    after = tail[at + 1 : at + 2]
    return (
        at > 0
        and spells_names(tail[at])
        and spells_names(tail[at - 1])
        and (not after or spells_names(after))
    ) or _in_a_known_name(tail, at)


def _in_a_known_name(tail: str, at: int) -> bool:
    """Whether the character at `at` lies inside the dictionary word opening `tail` (the part
    of a dotted name after its dot) that CC-CEDICT knows as a person's name (甘地 "Gandhi": 地
    is no adverb's mark there)."""
    from reader.core.segment import dictionary_word_at

    start, word = dictionary_word_at(tail, at, 0, len(tail))
    return start == 0 and len(word) >= 2 and has_a_persons_sense(word)


def title_off(name: str) -> str:
    """A dotted name without the word for a person's role that opens it (高管|本‧戈梅斯,
    德国总理|安格拉·默克尔), where a given name is left before the dot."""
    first_dot = next((i for i, c in enumerate(name) if c in DOTS), 0)
    title = _title_word(name[:first_dot]) if first_dot >= 3 else ""
    return name[len(title) :]


def _title_word(given: str) -> str:
    """The word for a person's role that opens `given` (高管 of 高管本), where a name is left
    after it; else ""."""
    for size in range(len(given) - 1, 1, -1):
        word = given[:size]
        if spelt_count(word) < size and (
            word.endswith(TITLES)
            or any(sense[0].islower() and _PERSON_NOUN.match(sense) for sense in _senses(word))
        ):  # a common noun's sense: not 唐纳 "Tanner or Donald (name)" of 唐纳德
            return word
    return ""


_REFLEXIVES: Final = ("本人", "本身", "自己")


def _says_from(tail: str, i: int) -> bool:
    """Whether a verb of saying of two characters or more starts at `i` in a dotted name's
    last part and stands as one of the dictionary's words there."""
    from reader.core.segment import dictionary_word_from

    found = VERB_RE.match(tail, i)
    return (
        found is not None
        and len(found[0]) >= 2
        and dictionary_word_from(tail, i, i, len(tail)) == found[0]
    )


def clean_edges(name: str) -> str | None:
    """A name with the words a rule took in at its edges cut off, or None if no name is left.

    A dotted name ends where a particle begins (喬恩·米爾斯|的話, 埃里克·鲁宾|则透露) and
    starts after one (的|迪安·艾奇逊). A Han name does not start on a preposition or a verb
    that is no surname (据|宁吉喆, 读|哈耶克, 的|万里). A surname and a common word, then a
    closed-class character (文件|中, 严格|来) is that word and not a name. A reflexive after
    the name (列宁|本人) is none of it."""
    if name.endswith(_REFLEXIVES) and len(name) >= 4:
        name = name[:-2]  # 列宁|本人, 特朗普|自己: "himself" stands after the name
    last_dot = max(name.rfind(d) for d in DOTS)
    if last_dot >= 0:
        tail = name[last_dot + 1 :]
        cut = next(
            (
                i
                for i, c in enumerate(tail)
                if (c in FUNCTION_CHARS and not _spelt_inside(tail, i))
                or (  # 凯南|对中国…; not 马|歇尔, spelt on, nor 安|恰 (a part is two at least)
                    i >= 2
                    and is_predicate(c)
                    and not spells_names(c)
                    and 2 * spelt_count(tail[i:]) < len(tail) - i
                )
                # a verb of saying of two characters standing as a word, however its
                # characters spell names (约翰·托什|形容说: 形 and 容 spell names too)
                or (i >= 2 and _says_from(tail, i))
                or (i >= 2 and _TODAY.match(tail, i))  # 英迪拉·甘地|第二天
            ),
            len(tail),
        )
        if cut < len(tail):
            cut = _before_a_word(tail, cut, 2)
        if cut == 0:  # 楊文俊・: a dot and nothing after it
            name = name[:last_dot]
            return name if plausible_name(name) else None
        name = name[: last_dot + 1 + cut].lstrip("".join(FUNCTION_CHARS))
        first_dot = next((i for i, c in enumerate(name) if c in DOTS), 0)
        hyphened = re.match(HYPHENED_PART, name)  # 伊夫-亚历山大·…
        if first_dot > 4 and not hyphened:  # 匈牙利政治学家|亚诺什·基斯: the given name is spelt
            spelt = first_dot - spelt_tail(name[:first_dot])
            # not inside a word the dictionary holds whole (亚历|山德罗: 亚历山德罗 is one)
            if first_dot - spelt >= 2 and spelt in word_bounds(name[:first_dot]):
                name = name[spelt:]
        elif (
            first_dot >= 3
            and name[0] in ROLE_ENDS
            and frequency(name[1:first_dot]) > 10 * frequency(name[:first_dot])
        ):  # 策略|师保罗·桑德雷格: a title's last character before a name the dictionary knows
            name = name[1:]  # (保罗; 理查德 is one name)
        else:
            name = title_off(name)
        honour = next((h for h in _HONOURS_AFTER if name.endswith(h)), "")
        name = name[: len(name) - len(honour)]  # 萨勒曼|亲王, 韦斯特|爵士: the honour after it
        return name if any(d in name[1:-1] for d in DOTS) else None
    if not is_han_name(name):
        return name
    title = _title_word(name) if len(name) >= 4 and surname_length(name) < 2 else ""
    rest = name[len(title) :]
    if title and len(rest) >= 2 and (plausible_name(rest) or spelt_count(rest) == len(rest)):
        name = rest  # 高级策略顾问|费根: a role's word the model took into the name after it
    if (
        len(name) >= 3
        and not surname_length(name)
        and (name[0] in FUNCTION_CHARS or is_predicate(name[0]))
        and not spells_names(name[0])  # 爱|因斯坦, 里|尔克 are one name
        and not japanese_name(name)  # 村山富市: 村 opens the surname
        and not frequency(name)  # 伽利略: a name the dictionary holds whole starts on 伽
        and (plausible_name(name[1:]) or spelt_count(name[1:]) == len(name) - 1)
        # 保尔森: a transliteration's first sounds the dictionary knows (保尔), spelt on by
        # no surname (但|丁文 is "but" and 丁文)
        and not (
            frequency(name[:2])
            and spelt_count(name[1:]) == len(name) - 1
            and not surname_length(name[1:])
        )
    ):
        name = name[1:]
    if (
        len(name) in (4, 5)
        and surname_length(name) == 1
        and common_word(name[-2:])
        and name[1] != "姓"
        and not japanese_name(name)  # 山田健|太郎
        and not frequency(name)  # 麥克馬斯特: a transliteration the dictionary holds whole
        # 马格韦尼亚: spelt in sounds throughout, where 尼亚 is a word only as part of
        # country names (肯尼亚), a foreign name
        and not all(map(spells_names, name))
    ):
        name = name[:-2] if plausible_name(name[:-2]) else name  # 张某|中心, 柯某某|微博
    if (
        len(name) == 3
        and surname_length(name) == 1
        and frequency(name[:2]) >= 1000  # 文件 4288; 李家 443 (李家超), 馬道 281 (馬道立)
        and is_predicate(name[2])
    ):
        return None
    return name


# Hong Kong's forms of address with 阿 and an English word (阿Sir for a police officer or a
# teacher, 阿Miss, 阿Madam): whom one speaks to, no one's name (阿Wing is one)
_ADDRESSED: Final = lazy_compile(r"阿\s?(?:sir|madam|miss)", re.I)


@cache
def _english_roles() -> frozenset[str]:
    """The English words of CC-CEDICT's senses of the listed titles (chairman, minister,
    executive, spokesperson), lower case, three letters or more; senses that give a surname
    or an abbreviation are left out (their pinyin is no role)."""
    return frozenset(
        word
        for title in TITLES
        for sense in _senses(title)
        if "surname" not in sense and "abbr" not in sense
        for word in re.findall(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", sense)
    )


def english_title(latin: str) -> bool:
    """Whether a Latin gloss is a title's English, not a name: each of its words one the
    dictionary gives the titles, or a small word of grammar (Chief Executive, Secretary of
    State; not Theresa May, whose May is no title's alone)."""
    words = latin.split()
    return bool(words) and all(w.lower() in _english_roles() or w.islower() for w in words)


def latin_name_alone(text: str) -> bool:
    """Whether `text` is a Latin full name's shape with no title's word in it (Simon Cheng, a
    person's own name written before the Han one: 對Simon Cheng鄭文傑而言), so no title;
    not Apple CEO, not Chief Executive."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
        and not any(w.lower() in _english_roles() for w in words)
    )


def hong_kong_address(name: str) -> bool:
    """Whether two characters are how Hong Kong papers call someone: a surname CC-CEDICT
    knows, rare in the lists, and 官, 太 or 生 (練官 "Magistrate Lin", 區太), or a given
    name's character and 姐 or 哥, or 阿 and one, that no dictionary holds as a word (娥姐,
    華哥, 阿慶; not 大姐, 表哥, 帅哥, 阿姨)."""
    if len(name) != 2:
        return False
    first, last = name[0], name[1]
    if last in "官太生":
        return cedict_surname(first)
    if first == "阿":  # 阿慶, 阿強: a given name's character; not 阿姨, 阿婆, 阿里 (CC-CEDICT's)
        return is_han_name(last) and last not in FUNCTION_CHARS and not _senses(name)
    return (
        last in "姐哥"
        and is_han_name(first)
        and first not in FUNCTION_CHARS
        and not frequency(name)
        and not _senses(name)
        and not is_predicate(first)
    )


# a CC-CEDICT sense that is a person's name and lifespan, a title or a middle name with it
# ("Lu Xun (1881-1936), …", "Confucius (551-479 BC), …", "Sir Li Ka-shing (1928-)", "Ma
# Huateng aka Pony Ma (1971-)")
_A_LIFE: Final = lazy_compile(
    r"^(?:(?:[A-Z][\w'.-]*|aka|de|van|von|bin|al|da|di|du|la|le) ){0,4}[A-Z][\w'.-]* "
    r"\((?:c\. ?)?\d{1,4}(?: BC)?-"
)
# what dates an event or an age, not a life (Sino-French War (1883-1885), Qin Dynasty (221-207
# BC), 文革 "Cultural Revolution (1966-76)")
_AN_EVENT: Final = lazy_compile(
    r"\b(?:War|Wars|Dynasty|Kingdom|Kingdoms|Empire|Revolution|Rebellion|Uprising|Incident|"
    r"Movement|Period|Era|Reform|Expedition|Battle|Treaty|Campaign)\b"
)


def _a_life(sense: str) -> bool:
    """Whether a CC-CEDICT sense gives someone's name and years, not an event's."""
    return _A_LIFE.match(sense) is not None and not _AN_EVENT.search(sense.split("(", 1)[0])


# a life with no end yet: "(1952-)"
_OPEN_LIFE: Final = lazy_compile(r"\((?:c\. ?)?\d{3,4}-\)")


def lives_on(word: str) -> bool:
    """Whether CC-CEDICT gives `word` as someone whose years have no end yet (普京 "Vladimir
    Putin (1952-), president of Russia"): a person alive when the dictionary was written, for
    whom a spokesperson may speak; not a firm (特斯拉 "Nikola Tesla (1856-1943)" is long dead,
    so 特斯拉|发言人 is the carmaker's)."""
    return any(_a_life(sense) and _OPEN_LIFE.search(sense) for sense in _senses(word))


# a CC-CEDICT sense that names a city or a county: "Enshi prefecture-level city in …"
_PLACE_SENSE: Final = lazy_compile(
    r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:prefecture-level |county-level )?"
    r"(?:city|county|district|province|town)\b"
)


def _a_places_sense(word: str) -> bool:
    """Whether CC-CEDICT gives `word` as a city, a county or a province (恩施, 黄石): two of
    them joined by a dot (恩施·黄石) are places listed, no foreign name."""
    return _a_sense(word, _PLACE_SENSE)


def _lived(word: str) -> bool:
    """Whether CC-CEDICT gives `word` as someone who lived (鲁迅, 孔子, 曹操)."""
    return any(_a_life(sense) for sense in _senses(word))


A_NAME: Final = r"[A-Z][\w'.-]*(?: or [A-Z][\w'.-]*)?"
"""A Latin name as a CC-CEDICT sense gives it, another spelling or not (Johnson or Johnston)."""
# a CC-CEDICT sense that only says a word is a name: "Hugo (name)", "Johnson or Johnston (name)"
_A_NAME_SENSE: Final = lazy_compile(A_NAME + r" \(name\)")


def only_a_persons_name(word: str) -> bool:
    """Whether CC-CEDICT gives `word` only as a person's name: someone who lived (闻一多 "Wen
    Yiduo (1899-1946), poet") or a name (盖茨 "Gates (name)", 雨果 "Hugo (name)" and "Victor
    Hugo (1802-1885)"); not also a word, a place or a firm (苗圃 "plant nursery", 达尔文 the
    city, 阿里 Ngari, 迪士尼 "company name"), nor an event (文革 "Cultural Revolution
    (1966-76)")."""
    from reader.core.glossary import glossary

    if word not in glossary().names_and_dates:
        return False
    senses = _senses(word)
    return (
        bool(senses)
        and all(_a_life(sense) or _A_NAME_SENSE.fullmatch(sense) for sense in senses)
        and is_name(word)
        and person_like(word)
    )


# a determiner and 一 opening a run ("another one", "this one"): a count, never a name
_DETERMINER_ONE: Final = lazy_compile("[另这這那每该該此][一二两兩三]")


def _a_rare_word(given: str) -> bool:
    """Whether `given`, two characters, is a dictionary word jieba counts rarely (under 300)
    and of no closed class: a function character inside it stands in no phrase."""
    return len(given) == 2 and 0 < frequency(given) < 300 and not is_closed_word(given)


# a Latin surname and the address a Han surname takes after it (Hu 女士, Wong 先生)
LATIN_ADDRESS: Final = lazy_compile(r"[A-Z][a-z]{1,12} ?(?:先生|女士|小姐|太太|夫人)")


def person_like(name: str) -> bool:
    """The last check on a speaker's name, whatever rule found it: a Latin name is two to four
    capitalised words (not "On Jan", not a sentence); a Han name holds no pronoun, is no place
    or organisation, and has a surname, three characters or more, or is a two-character name
    the dictionaries know (training/build_word_tags.py)."""
    if name != name.strip() or not name or _ADDRESSED.fullmatch(name):
        return False
    if re.fullmatch(r"阿[A-Z][a-z]{1,12}", name):
        return True  # 阿Wing
    if LATIN_ADDRESS.fullmatch(name):
        return True  # Hu 女士: a Latin surname and the address a Han one takes (王女士)
    if name.isascii():
        words = name.split()
        if len(words) == 1:  # a given name alone (Jenny, Riley), as Hong Kong papers write
            return bool(re.fullmatch(r"[A-Z][a-z]{2,12}", name)) and name not in _NOT_FIRST_WORD
        capitalised = [w for w in words if not re.fullmatch(LATIN_PARTICLE, w)]
        return (
            2 <= len(capitalised) <= 4
            and len(words) - len(capitalised) <= 2  # Alexandre de Juniac, Jean de la Fontaine
            and words[0] in capitalised
            and words[-1] in capitalised
            and not names_a_body(name)  # Onus Group, Chan Kee Holdings
            and (words[0] not in _NOT_FIRST_WORD or words[0] in _MONTHS)  # Jan Hatzius
            and all(re.fullmatch(r"(?:[ae]l-)?[A-Z][A-Za-z'.-]*", w) for w in capitalised)
        )
    if any(c in _PRONOUN_CHARS for c in name) or is_place(name) or _MORE_AND_MORE.search(name):
        return False
    if _DETERMINER_ONE.match(name):
        return False  # 另一家, 这一位, 每一个: "another one", a count, no one's name
    if re.search(
        r"[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z·•‧・．\s]", name
    ) and not DOTTED_NAME.fullmatch(name):
        if HYPHENED_NAME.fullmatch(name):  # 让-皮埃尔, not 中-美
            return 2 * spelt_count(re.sub(f"[{HYPHENS}]", "", name)) >= len(name)
        return False  # 董某 陈某 .: Han and other signs, no one name (让-皮埃尔·拉法兰 is)
    if any(d in name for d in DOTS):
        parts = [p for p in re.split(f"[{''.join(DOTS)}]", name) if p]
        return not all(map(_a_places_sense, parts))  # not 恩施·黄石: two cities listed
    if japanese_name(name):
        return True
    if (
        len(name) >= 2
        and name[-1] in BODY_ENDS
        and not (len(name) == 3 and name[0] in COMMON and not frequency(name[1:]))
        and not (_spelt_whole(name) and not frequency(name))  # 卡尔法 (Karfa), not 基本法
    ):
        return False  # 監警會, 保|安局; 王贞会 is a common surname and a given name no word
    if from_a_place(name):
        return False  # 江门|人 (a man of Jiangmen): where one is from, no name
    size = surname_length(name)
    if size and len(name) - size >= 2 and name[-1] == "案" and not known_name(name):
        # 吴英|案, 聂树斌|案: a court case is named for its principal, so the name and 案 are
        # the case, no one speaking (案 ends 2 of jieba's 60,456 three-character names)
        return False
    if len(name) == 2 and not size:  # 川普, 拜登: a name the dictionaries know; not 港鐵
        return (  # 老刘, 小筏
            known_name(name)
            or bool(familiar_surname(name))
            or hong_kong_address(name)
            or familiar_given(name)
        )
    if len(name) == 2 and frequency(name) >= 1000 and not known_name(name):
        # 學生, 公司: a common word that starts with a surname; 鲁迅 "Lu Xun (1881-1936)" is a
        # person's name that common
        return _lived(name)
    given = name[size:]
    if married_name(name):
        given = name[2:]  # 陈方|安生, 林鄭|月娥: a Hong Kong married name, two surnames first
    if size and (_POLITE.fullmatch(given) or (given[:1] == "姓" and len(given) >= 3)):
        return True  # 李先生, 吳小姐, 陳官, 高同學, 李姓居民
    if size and len(given) <= 2 and not _spelt_whole(name):
        if known_with_a_particle(name):
            return True  # 文在寅 "Moon Jae-in (1953-)": 在 inside a name the dictionary knows
        # a surname and a given name, with no particle or common word; a function character
        # inside a rare word whole is a given name's (章|更生: 更生, 30 in jieba's counts; not
        # 在于 5,141, nor 更新, a closed word)
        return not (function_inside(name, size) and not _a_rare_word(given)) and not (
            len(given) == 2
            and frequency(given) >= _VERY_COMMON
            and is_common_non_noun(given)  # 俞|首次, 都|多次, 邱|主要; not 张|小龙
        )
    # longer, or no surname: a foreign name is spelt in the characters for it (格瑞德, 辛伯拉图
    # 卢姆); a run that holds a common word and few of them is a phrase (帶點勞氣, 採檢後確)
    from reader.core.script import to_simplified
    from reader.core.segment import dictionary_words

    if spelt_count(name) * 2 >= len(name):
        return True
    if (
        size == 1
        and len(given) >= 3
        and all("\u4e00" <= c <= "\u9fff" for c in given)  # (沈sir, 邓 小平: as written)
        and not married_name(name)
        and not _lived(name)
    ):
        return False  # 张大妈家煤, 魏桥铝电: a Chinese given name has two characters at most
    if not size and any(c in BODY_ENDS for c in name):
        return False  # 監警會時: an organisation and more
    simple = to_simplified(name)
    if _lived(simple):
        return True  # 伽利略 "Galileo Galilei (1564-1642)": a word as common as a name is
    return not any(len(word) >= 2 and common_word(word) for word in dictionary_words(simple))


def _spelt_whole(name: str) -> bool:
    """Whether a three-character name is spelt wholly in the characters for foreign names
    (索马那, whose 索 is also a surname and whose 那 is also "that"): read as a foreign name,
    not as a surname and a given name holding a function character. Not with 得, which
    after a name is far more often a verb's (马克|得知)."""
    return len(name) == 3 and "得" not in name and spelt_count(name) == 3


_VERY_COMMON = 3500
_PREPOSITIONS: Final = frozenset("向對对給给跟與与和把被讓让替為为從从於于將将")
_POLITE: Final = lazy_compile(
    r"先生|女士|小姐|太太|太|夫人|伯伯|伯|婆婆|婆|姐|嫂|叔|姨|生|官|法官|同學|同学|老師|老师|"
    r"醫生|医生|教授|主任|局長|局长|司長|司长|某某|某.?"
)
