"""Build `assets/place-words.txt` and `assets/person-words.txt` from the dictionaries' tags.

place-words: the words jieba's dictionary tags as places or organisations, and CC-CEDICT's
proper nouns of three to six characters that name a city, a county, a palace or a river and no
person (克里姆林宫, 安克雷奇, which jieba tags as names or not at all).

The name tagger reads a name's shape; a place name can have that shape too (華盛頓 is a
surname and two characters, and stands before 表示 as a speaker would). jieba's dictionary
tags about 22,000 words `ns` (place) or `nt` (organisation); no speaker name of the
development set is among them. Some people are tagged so too (普京, 奥巴马): a word whose
CC-CEDICT senses give a lifespan and name no place is left out. This writes those of two to six characters, in simplified and
traditional forms (OpenCC s2t, s2hk, s2tw), one a line.

predicate-words: words of one or two characters jieba tags as verbs, adverbs, prepositions,
times and other closed classes (會, 握, 稍, 周一): what follows a name, never part of it.

closed-words: of those, the ones jieba tags a conjunction, an adverb, a preposition, a time, a
position word or a particle, not a verb or a pronoun (于是, 当时, 之后; 该院 is "this hospital"),
and the conjunctions and prepositions of three or four characters (以至于, 与此同时): no
noun phrase ends on one, so a speaker's title never does (导演 and 校委, tagged verbs, may; nor the times CC-CEDICT
also gives as people: 青年, 元首).

spelling-chars: the characters that spell foreign names (those of at least 8 of the names jieba
tags nrt: 斯 拉 克 尔 …), for telling a name the model cut short (辛伯拉|图卢姆) from a name and
the word after it (石某某|握咪).

measure-chars: the characters CC-CEDICT calls a classifier or measure word (剂, 瓶, 趟, 幅 …) and
jieba does not tag a function word or a verb (这, 和, 进), and those jieba tags a measure word
(袋, 箱, 碗: CC-CEDICT has them as nouns only): after a number such a character makes a
count (5剂, 3瓶), whatever the noun, so counts are read from the dictionary, not from a list. Its
second line: the words jieba's dictionary starts with a numeral and such a character and tags
other than a number (三局, 三番五次, 十万火急): a number inside a word, not a count. Its third:
the very common two-character words jieba tags other than a noun (首次, 多次, 主要; at least
3,500 in its counts), which no given name is (小龙, a noun, may be). Its fourth: CC-CEDICT's
four-character sayings with a number and such a character inside (胡说八道, 说三道四). Its fifth:
the words CC-CEDICT names as units of measure (贝克, 西弗). Its sixth: each such character and a
noun of one character CC-CEDICT counts with it (本书 from 书 "CL:本", 匹马): after a number
they are a count, though 本书 "this book" is a common word of its own.

japanese-surnames: the two-character surnames CC-CEDICT gives as Japanese (佐藤, 山田, 铃木),
and those of the 2,000 commonest Japanese surnames (shuheilocale/japanese-personal-name-dataset,
MIT, counts from myoji-yurai.net) that jieba counts fewer than 300 times as a word (岸田, 上川,
赤沢; not 大家, 长江), in Chinese forms (OpenCC jp2t, then t2s: 豊田 -> 豐田 -> 丰田): for names
the Chinese surname list cannot read (山田健太郎, 上川阳子). Give MIRRORS_DIR, the folder holding
that repository as a git directory, to include them:

    python training/build_word_tags.py MIRRORS_DIR

rare-surnames: the single-character surnames CC-CEDICT gives that jieba counts fewer than 500
times as a word alone (牟, 佟, 冼, 鄺), less those the name model was trained with: after a title
and before a verb such a character opens a name (园长牟琳介绍), which the common list missed.

surname-readings: each single-character surname CC-CEDICT reads one way only, with that
reading (曾 zeng1, 区 ou1, 解 xie4, 查 zha1, 牟 mou2), for the pinyin of speakers' names.

person-words: two-character names that a name's shape alone cannot tell from a word (港鐵,
理據): those with no surname first that jieba tags as a person (nr) or CC-CEDICT gives as a
name, a surname or a person with a lifespan (川普, 拜登, 布朗), and every two-character
transliterated name jieba tags nrt (盖茨); not a word CC-CEDICT gives only as a verb (夸口
"to boast", 扬言, which jieba tags nrt).

company-words: the proper nouns of two to six characters CC-CEDICT gives as companies, chains
or brands (星巴克 "Starbucks, US coffee shop chain", 万豪, 诺基亚; 阿里巴巴 is also a story's character)
and never as a person, or as a person only by a family name (福特 "Ford (name)" and "Ford, US car
make", 博世, 麦当劳; not 迪士尼, whom a lifespan makes Walt Disney), in any case (夏普 "Sharp
Corporation"; a Bank only where the word says 银 or 行), and the short names CC-CEDICT points at
a firm's full name (腾讯 "see 腾讯控股有限公司", 中行 "abbr. for 中国银行"): a speaker with such a name and no
person's title is a firm speaking (a group). With them, the Latin names CC-CEDICT's first
senses give such firms and online services (优步 "Uber (ride-hailing company)", 推特 "Twitter
(microblogging service)"): no Latin person's name.

verb-words: the two-character words jieba tags as verbs whose every CC-CEDICT sense is a verb's
("to find", "to include": 找到, 包括), so never a noun: no title ends on one (记者们找到|贝佐斯),
where 导演 "to direct; director" and 主持 may.

adverb-words: the words of up to four characters jieba tags as adverbs (还, 一再) or adjectives
used as adverbs (明确, 公开, 积极): before a verb of saying they say how one speaks, never who
(…，还明确表示: the sentence's subject speaks).

function-words: the words jieba tags a preposition or a conjunction (在, 以, 而, 因为, 即便),
a particle (的, 来说), and its adverbs of one character (只, 还; longer ones may say something,
and jieba tags some verbs so: 反对, 立法): words that name nothing, so a figure's label made of
them alone says nothing of what the figure measures (在|三年前的这个月…, 而|1ppm|就被视为有害).
pronoun-words: the words of one character jieba tags a pronoun (他, 这, 其, 另, 该): a figure's
label made of them alone, with function and position words, names who or which, never what the
figure measures (他|15岁时 is an age, 另有|16% a share).
position-words: the words of one or two characters jieba tags a position (前, 之前, 里, 以来,
最近): after a duration they place it in time (三年|前), before one they say which (最近|三天).

jieba and its dictionary are MIT-licensed, CC-CEDICT is CC BY-SA 4.0 (assets/DATA-LICENSES.txt).

    .venv/bin/python training/build_word_tags.py [MIRRORS_DIR]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


_CEDICT_PLACE = (
    r"\b(?:[Cc]ity|[Pp]rovince|[Pp]refecture|[Mm]unicipality|[Cc]ounty|[Dd]istrict|[Tt]ownship"
    r"|[Rr]iver|[Pp]alace|[Cc]apital of)\b"
)
_A_PERSONS_SENSE = r"\(\d{3,4}-|\bsurname\b|\(name\)|given name"  # a lifespan, a name
_PLACE_SENSE = (
    r"\b(?:[Cc]ity|[Ss]tate|[Pp]rovince|[Cc]apital|[Cc]ounty|[Dd]istrict|[Rr]iver|D\.C\.)\b"
)


# verbs, adverbs, prepositions, times, places, conjunctions, particles, pronouns, and the
# bound forms of verbs and adverbs
_PREDICATE_TAGS = {"v", "vd", "vg", "d", "dg", "ad", "p", "t", "tg", "f", "c", "u", "r", "zg"}
# a classifier jieba knows as a measure word, a number word, a noun, or a bound form
_MEASURE_TAGS = {"q", "m", "n", "zg"}
# a classifier jieba tags otherwise, counted by 两 and 几 at least this often in its words (两具,
# 两对, 几根); rarer ones are mostly other words (两身, 几出 - 四出 "everywhere", 七折 a discount)
_COUNTED_AT_LEAST = 30
# adjectives and attributives (重, 副): after a number they modify (三重压力, 副总裁), not count
_MODIFIER_TAGS = {"a", "b"}
# the closed classes among them: no noun phrase ends on one of these
# a surname CC-CEDICT knows and jieba counts fewer times than this as a word alone (牟 221, 佟
# 230, 冼 44, 鄺 36): rare enough as a word that after a title and before a verb it is a name
_RARE_SURNAME_COUNT = 500
_CLOSED_TAGS = {"d", "dg", "p", "t", "tg", "f", "c", "u"}  # not r: 该院 (this hospital)
# of three or four characters, only conjunctions and prepositions: jieba's longer times,
# positions and adverbs hold people and things (周恩来, 下一代, 堂本刚, 一体机); nor an agent
# noun in 者 jieba tags a conjunction (所有者 "owner")
_LONG_CLOSED_TAGS = {"c", "p"}
_NUMERALS = "一二两三四五六七八九十百千万"
# a sense that names a unit of measure: the unit's English name, then what it measures
# (贝克 "becquerel (unit of radioactivity, symbol Bq)", 百帕 "hectopascal (hPa), unit of
# atmospheric pressure"); not a currency's (日元), which the money grammar reads, nor an
# administrative or military unit (科室, 总监 "director (of an organizational unit)"), nor the
# old Chinese market units, words of other senses in news (市里 "in the city", 方寸 "heart")
_UNIT_SENSE = re.compile(
    r"^[A-Za-z][\w .'-]*(?: \([^()]*\))?,? \(?(?:SI |British )?unit of (?!currency|money)"
)
_PERSON_SENSE = r"\b(?:person|people|man|woman|men|women|head of|leader|elderly|youngster)\b"
_NAME_SENSE = r"\(name\)|\([0-9]{3,4}-|\bsurname [A-Z]"


# what else a unit's word may be: a name (贝克 "Baker or Becker (name)", 牛顿 "Isaac Newton
# (1642-1727)"), an abbreviation or a variant form
_UNIT_ALSO = re.compile(r"\(name\)|\(\d{3,4}-|abbr\. (?:for|to)|^(?:old )?variant of")


def _names_a_unit(book: Any, word: str) -> bool:
    """Whether CC-CEDICT gives `word` a unit's sense and no sense of another thing: 烛光 is
    "candela" but "candle light" first (六四燭光, the vigil), 土方 "excavated soil" too."""
    senses = [sense for entry in book.lookup(word) for sense in entry.senses]
    units = [sense for sense in senses if _UNIT_SENSE.match(sense)]
    return bool(units) and all(s in units or _UNIT_ALSO.search(s) for s in senses)


def _both_scripts(words: set[str]) -> set[str]:
    """`words` with their traditional forms (OpenCC s2t, then s2hk and s2tw on the result)."""
    import opencc

    out = set(words)
    for config in ("s2t", "s2hk", "s2tw"):
        converter = opencc.OpenCC(config)
        out |= {converter.convert(word) for word in list(out)}
    return out


def _jieba_entries() -> Iterator[tuple[str, int, str]]:
    """(word, count, tag) for each line of the dict.txt that ships with jieba."""
    import jieba

    with open(jieba.Tokenizer().get_dict_file().name, encoding="utf-8") as lines:
        for line in lines:
            word, count, tag = line.split()
            yield word, int(count), tag


def _write_words(name: str, words: set[str]) -> None:
    """assets/`name`: `words` sorted, one a line."""
    target = ROOT / "assets" / name
    target.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"wrote {target} ({len(words):,} words)")


_JAPANESE_NAMES = "shuheilocale+japanese-personal-name-dataset"
_JAPANESE_WORD_COUNT = 300  # 大家 19,177, 长江 18,930, 山下 793: a word first, a surname rarely


def _common_japanese_surnames() -> set[str]:
    """The two-character surnames of the Japanese name dataset in MIRRORS_DIR (sys.argv[1]), in
    the forms Chinese writes them, less those jieba counts often as a word; none without it."""
    import subprocess

    import opencc

    from reader.core.name_shapes import frequency

    if len(sys.argv) < 2:
        print("no MIRRORS_DIR: japanese-surnames.txt holds CC-CEDICT's surnames only")
        return set()
    table = subprocess.run(
        [
            "git",
            "--git-dir",
            str(Path(sys.argv[1]) / _JAPANESE_NAMES / "repo"),
            "show",
            "HEAD:japanese_personal_name_dataset/dataset/last_name_org.csv",
        ],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    jp2t, t2s = opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")
    found = set()
    for row in table.splitlines():
        name = row.split(",")[0]
        simple = t2s.convert(jp2t.convert(name))
        if len(name) == 2 and frequency(simple) < _JAPANESE_WORD_COUNT:
            found |= {name, jp2t.convert(name), simple}
    return found


def _measured_nouns(book: Any, measures: set[str]) -> set[str]:
    """Each classifier of `measures` and a one-character noun CC-CEDICT gives it as the
    noun's classifier ("CL:本[ben3],冊|册[ce4]" of 书), in both scripts: 本书, 本書, 册书."""
    pairs: set[str] = set()
    for _, entry in book.entries():
        if len(entry.simplified) != 1:
            continue
        for sense in entry.senses:
            for listed in re.finditer(r"CL:([^;/]*)", sense):
                for forms in re.findall(r"([^\s,\[|]+)(?:\|([^\s,\[]+))?\[", listed.group(1)):
                    for form in forms:
                        if len(form) == 1 and form in measures:
                            pairs |= {form + entry.simplified, form + entry.traditional}
    return pairs


def main() -> None:
    from reader.core.names import COMMON, COMPOUND, TAGGER_COMMON, TAGGER_SINGLE

    def surname_length(text: str) -> int:
        """The surname list these lists were first built with: without the rare surnames,
        which this script derives itself (凯悦, 凯旋 stay words a name's shape cannot tell)."""
        if text[:2] in COMPOUND:
            return 2
        return 1 if text[:1] in TAGGER_SINGLE | COMMON else 0

    words: set[str] = set()
    named: set[str] = set()
    spelled: dict[str, int] = {}  # characters of transliterated names (jieba's nrt)
    char_tags: dict[str, str] = {}
    char_counts: dict[str, int] = {}
    numeral_words: set[str] = set()
    numerals: set[str] = set()
    predicates: set[str] = set()
    closed: set[str] = set()
    # what 两 and 几 count in the numeral words jieba knows (两具 131, 几具 37; 两对, 几根):
    # classifiers, though jieba tags the character alone a verb or a preposition
    counted: dict[str, int] = {}
    for word, count, tag in _jieba_entries():
        if len(word) == 2 and word[0] in "两几" and tag == "m":
            counted[word[1]] = counted.get(word[1], 0) + count
        if len(word) == 1:
            char_tags[word] = tag
            char_counts[word] = count
        if len(word) == 2 and not tag.startswith("n") and count >= 3500:
            numerals.add(word)  # 首次, 多次, 主要: very common and no noun, so no given name
        if (
            len(word) >= 2
            and word[0] in _NUMERALS
            and tag not in {"m", "mq", "q"}
            and not (tag == "n" and len(word) > 2)  # 两封信, 一朵花: a count and its noun
        ):
            numeral_words.add(word)  # 四处 (s), 三国 (ns), 三番五次 (i): not counts
        if tag in {"ns", "nt"} and 2 <= len(word) <= 6:
            words.add(word)
        common = count >= 1000  # 令人 4728 "nrt": a word mistagged
        if (
            len(word) == 2
            and not common
            and (tag == "nrt" or (tag == "nr" and not surname_length(word)))
        ):
            named.add(word)  # 川普; and transliterations that start like a surname (盖茨)
        if tag in _PREDICATE_TAGS and len(word) <= 2:
            predicates.add(word)
            if tag in _CLOSED_TAGS:
                closed.add(word)
        elif tag in _LONG_CLOSED_TAGS and 3 <= len(word) <= 4 and word[-1] != "者":
            closed.add(word)  # 以至于, 与此同时: a title ends on none of them either
        if tag == "nrt":
            for char in word:
                spelled[char] = spelled.get(char, 0) + 1
    # jieba tags some people ns (普京, 奥巴马): CC-CEDICT tells them apart, a person's sense
    # giving a lifespan; a word that also names a place (华盛顿, "Washington, US State") stays
    from reader.core.glossary import glossary

    book = glossary()
    people = set()
    for word in words:
        senses = [sense for entry in book.lookup(word) for sense in entry.senses]
        lifespan = any(re.search(r"\(\d{3,4}-", sense) for sense in senses)
        place = any(re.search(_PLACE_SENSE, sense) for sense in senses)
        if lifespan and not place:
            people.add(word)
        # a surname and two characters CC-CEDICT does not know at all: jieba tags many people
        # so (钟南山, 沈家本, 郑洞国); the few small places lost are rare as a sentence's subject
        if not senses and len(word) == 3 and word[0] in TAGGER_COMMON:
            people.add(word)
    words -= people
    # places jieba does not tag (克里姆林宫, 白金汉宫, 安克雷奇, 石家庄 as nr): CC-CEDICT's
    # proper nouns of three to six characters that name a city, a county, a palace or a river
    # and no person; two-character ones are left out, as they are often given names too (万里,
    # 秀英)
    for _, entry in book.entries():
        if not (3 <= len(entry.simplified) <= 6 and entry.pinyin[:1].isupper()):
            continue
        if not any(re.search(_CEDICT_PLACE, sense) for sense in entry.senses):
            continue
        # every entry of the word, as a name and a city can be two (汉密尔顿, 凯恩斯)
        senses = [sense for other in book.lookup(entry.simplified) for sense in other.senses]
        if not any(re.search(_A_PERSONS_SENSE, sense) for sense in senses):
            words.add(entry.simplified)
    for word, entry in book.entries():
        if (
            len(word) == 2
            and not surname_length(word)
            and any(re.search(_NAME_SENSE, sense) for sense in entry.senses)
        ):
            named.add(word)
    named -= words
    measures = {
        entry.simplified
        for _, entry in book.entries()
        if len(entry.simplified) == 1
        and (
            char_tags.get(entry.simplified, "q") in _MEASURE_TAGS
            or (
                counted.get(entry.simplified, 0) >= _COUNTED_AT_LEAST
                and char_tags.get(entry.simplified) not in _MODIFIER_TAGS
            )
        )
        and any(re.search(r"\b(?:classifier|measure word)\b", sense) for sense in entry.senses)
    }
    # and those jieba's dictionary tags a measure word alone, which CC-CEDICT gives only as
    # nouns: containers (袋 "bag", 箱 "box", 碗, 盒) count what they hold (40多袋方便面)
    measures |= {char for char, tag in char_tags.items() if tag == "q"}
    words, named = _both_scripts(words), _both_scripts(named)
    # jieba tags some verbs nrt (夸口 "to boast", 扬言, 凯旋): a word CC-CEDICT gives only
    # verbs' senses names no one
    from reader.core.name_shapes import names_an_act

    named = {word for word in named if not names_an_act(word)}
    target = ROOT / "assets" / "place-words.txt"
    target.write_text("".join(word + "\n" for word in sorted(words)), encoding="utf-8")
    persons = ROOT / "assets" / "person-words.txt"
    persons.write_text("".join(word + "\n" for word in sorted(named)), encoding="utf-8")
    print(f"wrote {persons} ({len(named):,} names)")
    japanese = _both_scripts(
        {
            entry.simplified
            for _, entry in book.entries()
            if len(entry.simplified) == 2
            and any("Japanese surname" in sense for sense in entry.senses)
        }
        | _common_japanese_surnames()
    )
    surnames = ROOT / "assets" / "japanese-surnames.txt"
    surnames.write_text("".join(word + "\n" for word in sorted(japanese)), encoding="utf-8")
    print(f"wrote {surnames} ({len(japanese)} surnames)")
    rare = set()
    for _, entry in book.entries():
        if (
            len(entry.simplified) == 1
            and entry.pinyin[:1].isupper()
            and any(re.match(r"surname [A-Z]", sense) for sense in entry.senses)
            and char_counts.get(entry.simplified, 0) < _RARE_SURNAME_COUNT
            and char_tags.get(entry.simplified, "n") not in _PREDICATE_TAGS - {"zg"}  # 佘: zg
        ):
            rare |= {entry.simplified, entry.traditional}
    rare -= TAGGER_SINGLE
    rare_file = ROOT / "assets" / "rare-surnames.txt"
    rare_file.write_text("".join(sorted(rare)) + "\n", encoding="utf-8")
    print(f"wrote {rare_file} ({len(rare)} characters)")
    # a surname's own reading where CC-CEDICT gives it one (曾 zeng1, 区 ou1, 解 xie4, 查 zha1):
    # read by context, a name's first character took the word's reading (céng, qū, jiě, chá)
    said: dict[str, set[str]] = {}
    for _, entry in book.entries():
        if (
            len(entry.simplified) == 1
            and entry.pinyin[:1].isupper()
            and any(re.match(r"surname [A-Z]", sense) for sense in entry.senses)
        ):
            for char in {entry.simplified, entry.traditional}:
                said.setdefault(char, set()).add(entry.pinyin.lower().replace("u:", "v"))
    readings_file = ROOT / "assets" / "surname-readings.tsv"
    readings_file.write_text(
        "".join(f"{c}\t{next(iter(r))}\n" for c, r in sorted(said.items()) if len(r) == 1),
        encoding="utf-8",
    )
    print(f"wrote {readings_file} ({sum(len(r) == 1 for r in said.values())} surnames)")
    letters = {c for c, n in spelled.items() if n >= 8 and c not in "一二三四五六七八九十"}
    letters, predicates = _both_scripts(letters), _both_scripts(predicates)
    measures = _both_scripts(measures)
    numeral_words |= {  # four-character sayings CC-CEDICT has and jieba lacks (三番五次)
        entry.simplified
        for _, entry in book.entries()
        if len(entry.simplified) == 4 and entry.simplified[0] in _NUMERALS
    }
    words_of_numbers = {
        w
        for w in numeral_words
        if any(c in measures for c in w[1:3]) and not re.search(r"[^\u4e00-\u9fff]", w)
    }
    words_of_numbers = _both_scripts(words_of_numbers)
    measure = ROOT / "assets" / "measure-chars.txt"
    # sayings with a number and a classifier inside, not at their start (胡说八道, 说三道四)
    sayings = {
        entry.simplified
        for _, entry in book.entries()
        if len(entry.simplified) == 4
        and any(
            entry.simplified[k] in _NUMERALS and entry.simplified[k + 1] in measures for k in (1, 2)
        )
    }
    numerals, sayings = _both_scripts(numerals), _both_scripts(sayings)
    units = _both_scripts(
        {
            entry.simplified
            for _, entry in book.entries()
            if 2 <= len(entry.simplified) <= 5 and _names_a_unit(book, entry.simplified)
        }
    )
    measured = _measured_nouns(book, measures)
    measure.write_text(
        "".join(sorted(measures))
        + "\n"
        + " ".join(sorted(words_of_numbers))
        + "\n"
        + " ".join(sorted(numerals))
        + "\n"
        + " ".join(sorted(sayings))
        + "\n"
        + " ".join(sorted(units))
        + "\n"
        + " ".join(sorted(measured))
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {measure} ({len(measures)} characters, {len(units)} unit words)")
    _write_words("predicate-words.txt", predicates)
    # some "times" are people too (青年 "young person", 元首 "head of state", 少年 "young
    # man"): a title may end on them. CC-CEDICT's senses tell them apart.
    closed = {
        word
        for word in closed
        if not any(re.search(_PERSON_SENSE, sense) for e in book.lookup(word) for sense in e.senses)
    }
    _write_words("closed-words.txt", _both_scripts(closed))
    spelling = ROOT / "assets" / "spelling-chars.txt"
    spelling.write_text("".join(sorted(letters)) + "\n", encoding="utf-8")
    print(f"wrote {spelling} ({len(letters)} characters)")
    print(
        f"wrote {target} ({len(words):,} words, {target.stat().st_size / 1e3:.0f} kB); "
        f"left out as people: {len(people)}"
    )


# in any case: a firm's own name capitalises it (Microsoft Corporation, Bank of China, Cisco
# Systems Company)
_COMPANY_SENSE = re.compile(
    r"\b(?:company|companies|chain|retailer|corporation|Corp|Inc|firm|manufacturer|airline"
    r"|bank|brand|conglomerate|carmaker|automaker|maker of|car maker?|multinational)\b",
    re.IGNORECASE,
)
# the Chinese name of a bank says so (银行, 工行, 中银); a Bank in a name is a place's as
# well (the West Bank, the Left Bank, Macclesfield Bank: a reef)
_BANK_CHARS = "银銀行"
# what a sense points to (see 騰訊控股有限公司|腾讯控股有限公司[…], abbr. for 中國銀行|中国银行[…])
_POINTS_TO = re.compile(r"(?:^see |abbr\. for )(?:[^|\[ ]+\|)?([^\[ ,)]+)\[")
_FIRMS_ENDINGS = ("公司", "集团", "银行")
_ANY_PERSON_SENSE = r"\(\d{3,4}-|\(name\)|surname|given name|\bperson\b"
# a family name and nothing more, after the name (Ford (name), Bosch (surname), Suzuki (Japanese
# surname)): no one person, where a lifespan (Walt Disney (1901-1966)) is one
_FAMILY_NAME_MARK = r" \((?:Japanese )?(?:sur)?name\)"


def write_company_words() -> None:
    """assets/company-words.txt (see the module's docstring)."""
    from reader.core.glossary import glossary

    entries: dict[str, list] = {}
    for simplified, entry in glossary().entries():
        entries.setdefault(simplified, []).append(entry)
    companies = set()
    for word, found in entries.items():
        if not 2 <= len(word) <= 6:
            continue
        proper = [e for e in found if e.pinyin[:1].isupper()]
        if (
            proper
            # one reading a firm (阿里巴巴 "Alibaba, PRC e-commerce company", and "Ali Baba,
            # character from The Arabian Nights")
            and any(_a_firms_sense(word, e.senses[0]) for e in proper)
            and not _a_persons_sense(found)
        ) or _a_firm_and_a_family_name(word, found):  # 福特 "Ford (name)", "Ford, US car make"
            companies.add(word)
    companies |= _pointing_to_a_firm(entries, companies)
    _write_words("company-words.txt", _both_scripts(companies) | _latin_companies(entries))


def _a_persons_sense(found: list) -> bool:
    """Whether any of CC-CEDICT's entries of a word gives it a person's sense."""
    return any(re.search(_ANY_PERSON_SENSE, x) for e in found for x in e.senses)


def _a_firms_sense(word: str, sense: str) -> bool:
    """Whether CC-CEDICT's `sense` of `word` is a firm's, a chain's or a brand's."""
    return any(
        found[0] != "Bank" or any(c in word for c in _BANK_CHARS)
        for found in _COMPANY_SENSE.finditer(sense)
    )


def _pointing_to_a_firm(entries: dict[str, list], companies: set[str]) -> set[str]:
    """The words whose first sense points to a firm's full name, no person's sense among
    theirs (腾讯 "see 腾讯控股有限公司", 中行 "abbr. for 中国银行", 空客 "Airbus (abbr. for
    空中客车)"): the short name of a firm is the firm."""
    found = set()
    for word, listed in entries.items():
        if not 2 <= len(word) <= 6 or word in companies:
            continue
        if _a_persons_sense(listed):
            continue
        for entry in listed:
            target = _POINTS_TO.search(entry.senses[0]) if entry.pinyin[:1].isupper() else None
            if target and (target[1] in companies or target[1].endswith(_FIRMS_ENDINGS)):
                found.add(word)
    return found


def _a_firm_and_a_family_name(word: str, found: list) -> bool:
    """Whether CC-CEDICT's entries of a word give it a firm's or a brand's sense and, as a
    person's, only a family name's (福特 "Ford (name)" and "Ford, US car make", 博世, 麦当劳,
    丰田): alone before a verb of saying, with no given name or title, it is the firm far more
    often than someone of that surname; a person with a lifespan (迪士尼 "Walt Disney
    (1901-1966)", 李宁) or a full name keeps the word a person's."""
    from reader.core.name_shapes import A_NAME

    senses = [x for e in found if e.pinyin[:1].isupper() for x in e.senses]
    personal = [x for e in found for x in e.senses if re.search(_ANY_PERSON_SENSE, x)]
    return (
        any(_a_firms_sense(word, x) for x in senses)
        and bool(personal)
        and all(re.fullmatch(A_NAME + _FAMILY_NAME_MARK, x) for x in personal)
    )


# the Latin name a CC-CEDICT sense opens with (Uber (ride-hailing company), Google, Internet
# company and search engine, Twitter (microblogging service))
_LATIN_HEAD = re.compile(
    r"([A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&'’.-]*)*)(?: \(|, |$)"
)
_SERVICE_SENSE = r"\b(?:service|website|social network|search engine|app|platform)\b"


def _latin_companies(entries: dict[str, list]) -> set[str]:
    """The Latin names CC-CEDICT's first senses give to firms, chains, brands and online
    services, no person's sense among the entry's (优步 "Uber (ride-hailing company)", 推特
    "Twitter (microblogging service)"): in Chinese news such a name before a verb of saying
    is the firm speaking (Facebook 和 Twitter 表示), no person's name."""
    names = set()
    for word, found in entries.items():
        if _a_persons_sense(found):
            continue
        for entry in found:
            sense = entry.senses[0]
            head = _LATIN_HEAD.match(sense)
            if head and (_a_firms_sense(word, sense) or re.search(_SERVICE_SENSE, sense)):
                names.add(head.group(1))
    return {name for name in names if len(name) >= 3 and not name.isupper()}


def write_verb_words() -> None:
    """assets/verb-words.txt (see the module's docstring)."""
    from reader.core.glossary import glossary

    book = glossary()
    verbs = set()
    for word, _, tag in _jieba_entries():
        if len(word) != 2 or tag != "v":
            continue
        senses = [sense for entry in book.lookup(word) for sense in entry.senses]
        if senses and all(sense.startswith("to ") for sense in senses):
            verbs.add(word)  # 找到 "to find", not 导演 "to direct; director"
    _write_words("verb-words.txt", _both_scripts(verbs))


def write_adverb_words() -> None:
    """assets/adverb-words.txt (see the module's docstring)."""
    adverbs = {
        word  # 还, 明确, 公开, 一再: how one speaks, never who
        for word, _, tag in _jieba_entries()
        if tag in {"d", "ad", "dg"} and len(word) <= 4
    }
    _write_words("adverb-words.txt", _both_scripts(adverbs))


def write_function_words() -> None:
    """assets/function-words.txt, pronoun-words.txt and position-words.txt (see the module's
    docstring)."""
    found, positions, pronouns = set(), set(), set()
    for word, _, tag in _jieba_entries():
        joining = tag in {"p", "c"} and len(word) <= 4  # 在, 因为, 以至于
        if (
            joining
            or (tag.startswith("u") and len(word) <= 2)
            or (tag in {"d", "dg"} and len(word) == 1)
        ):
            found.add(word)
        elif tag == "f" and len(word) <= 2:
            positions.add(word)
        elif tag == "r" and len(word) == 1:
            pronouns.add(word)
    _write_words("function-words.txt", _both_scripts(found))
    _write_words("pronoun-words.txt", _both_scripts(pronouns))
    _write_words("position-words.txt", _both_scripts(positions))


if __name__ == "__main__":
    main()
    write_company_words()
    write_verb_words()
    write_adverb_words()
    write_function_words()
