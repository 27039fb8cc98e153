"""Golden readings: heteronyms in context, 一/不 tone sandhi, and the token contract."""

from __future__ import annotations

import itertools

import pytest
from conftest import imported_outside_the_lock

from reader.core.pinyin import annotate, annotate_many, styled, word_pinyin


def reading(sentence: str, word: str, occurrence: int = 0) -> str:
    """The readings of `word` (its `occurrence`-th appearance) as annotated in `sentence`."""
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(word, start + 1)
    tokens = annotate(sentence)
    chars = {t.start + i: r for t in tokens for i, r in enumerate(t.pinyin)}
    return " ".join(chars[start + i] for i in range(len(word)))


GOLDEN = [
    ("银行行长在路上行走。", "银行", "yin2 hang2"),
    ("银行行长在路上行走。", "行长", "hang2 zhang3"),
    ("银行行长在路上行走。", "行走", "xing2 zou3"),
    ("他长大了，这条路的长度是一百米。", "长大", "zhang3 da4"),
    ("他长大了，这条路的长度是一百米。", "长度", "chang2 du4"),
    ("重庆是一个重要的城市。", "重庆", "chong2 qing4"),
    ("重庆是一个重要的城市。", "重要", "zhong4 yao4"),
    ("你还是把钱还给他吧。", "还是", "hai2 shi5"),
    ("你还是把钱还给他吧。", "还", "huan2", 1),
    ("我了解情况，他走了。", "了解", "liao3 jie3"),
    ("我了解情况，他走了。", "了", "le5", 1),
    ("这个地方很好，他慢慢地走。", "地方", "di4 fang1"),
    ("这个地方很好，他慢慢地走。", "地", "de5", 1),
    ("我觉得他得到了奖。", "觉得", "jue2 de5"),
    ("我觉得他得到了奖。", "得到", "de2 dao4"),
    ("这是一座现代化的都市。大家都是朋友。", "都市", "du1 shi4"),
    ("这是一座现代化的都市。大家都是朋友。", "都是", "dou1 shi4"),
    ("为了孩子，我认为值得。", "为了", "wei4 le5"),
    ("为了孩子，我认为值得。", "认为", "ren4 wei2"),
    ("他很着急，一直看着我。", "着急", "zhao2 ji2"),
    ("他很着急，一直看着我。", "看着", "kan4 zhe5"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected", "occurrence"),
    [(*case, 0) if len(case) == 3 else case for case in GOLDEN],
    ids=[f"{c[1]}:{c[2]}" for c in GOLDEN],
)
def test_heteronyms_in_context(sentence: str, word: str, expected: str, occurrence: int) -> None:
    assert reading(sentence, word, occurrence) == expected


NEUTRAL = [
    # a suffix or particle CC-CEDICT writes neutral
    ("他的孩子在学校。", "孩子", "hai2 zi5"),
    ("我们走吧。", "我们", "wo3 men5"),
    # reduplicated kin terms and verbs
    ("妈妈和爸爸都来了。", "妈妈", "ma1 ma5"),
    ("妈妈和爸爸都来了。", "爸爸", "ba4 ba5"),
    # lexical neutral tones the HSK list writes too, on characters with one reading
    ("我的朋友很喜欢你。", "朋友", "peng2 you5"),
    ("我的朋友很喜欢你。", "喜欢", "xi3 huan5"),
    # a polyphonic character keeps its context reading
    ("两国关系很好。", "关系", "guan1 xi4"),
    # 个 counted is unstressed; 一 before it keeps the tone of gè
    ("他有一个问题。", "一个", "yi2 ge5"),
    ("来了三个人。", "个", "ge5"),
    ("这是我个人的看法。", "个人", "ge4 ren2"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), NEUTRAL, ids=[f"{c[1]}:{c[2]}" for c in NEUTRAL]
)
def test_neutral_tones_as_a_dictionary_writes_them(sentence: str, word: str, expected: str) -> None:
    assert reading(sentence, word) == expected


PARTICLES = [
    ("他跑得很快。", "得", "de5"),  # g2pM alone: de2
    ("大家认真地学习。", "地", "de5"),  # g2pM alone: di4
    ("他们买了这块地。", "地", "di4"),
    ("打造数字经济的新高地。", "地", "di4"),
    ("为人民服务。", "为", "wei4"),  # g2pM alone: wei2
    ("他被评为先进。", "为", "wei2"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), PARTICLES, ids=[f"{c[0]}:{c[2]}" for c in PARTICLES]
)
def test_grammar_settles_the_commonest_particles(sentence: str, word: str, expected: str) -> None:
    assert reading(sentence, word) == expected


def test_the_context_model_is_asked_only_where_the_dictionary_leaves_doubt() -> None:
    from reader.core.pinyin import doubts

    # 银行: CC-CEDICT reads its 行 one way, as pypinyin does; 行 alone could be xíng or háng
    asked = {index for index, *_ in doubts(["我去银行。他行不行？"])[0]}
    assert 3 not in asked
    assert 6 in asked


def test_the_learned_choice_matches_its_features() -> None:
    from reader.core.reading_choice import FEATURES, features, prefer_model

    evidence = features("行", 0, "xing2", False, False, {"xing2": 0.2, "hang2": 0.8}, "xing2")
    assert len(evidence) == len(FEATURES)
    assert isinstance(prefer_model(evidence), bool)  # the shipped weights load and fit


SANDHI = [
    ("一个人", "一", "yi2"),  # before a 4th tone
    ("一起走", "一", "yi4"),  # before a 3rd tone
    ("一天", "一", "yi4"),  # before a 1st tone
    ("一样", "一", "yi2"),
    ("第一名", "一", "yi1"),  # ordinal
    ("星期一", "一", "yi1"),  # at the end
    ("一月一日", "一", "yi1"),  # month name
    ("统一", "一", "yi1"),
    ("看一看", "一", "yi5"),  # between a reduplicated verb
    ("不是", "不", "bu2"),  # before a 4th tone
    ("不好", "不", "bu4"),
    ("不来", "不", "bu4"),
    ("去不去", "不", "bu5"),
]


@pytest.mark.parametrize(("text", "char", "expected"), SANDHI, ids=[c[0] for c in SANDHI])
def test_yi_and_bu_take_their_spoken_tone(text: str, char: str, expected: str) -> None:
    assert reading(text, char) == expected


def test_tokens_cover_the_text_with_one_reading_per_character(seed_text: str) -> None:
    tokens = annotate(seed_text, 25, 378)
    assert tokens[0].start == 25 and tokens[-1].end == 378
    assert "".join(t.text for t in tokens) == seed_text[25:378]
    for before, after in itertools.pairwise(tokens):
        assert before.end == after.start
    assert all(len(t.pinyin) == len(t.text) for t in tokens)
    assert all(
        (r == "") == (not ("\u4e00" <= c <= "\u9fff"))
        for t in tokens
        for c, r in zip(t.text, t.pinyin, strict=True)
    )


def test_numbers_stay_with_their_measure_words() -> None:
    words = [t.text for t in annotate("相隔仅100余公里，发布36个场景，共7024亿元。")]
    assert "100余公里" in words and "36个" in words and "7024亿元" in words


def test_styles() -> None:
    assert styled("zhong4") == "zhòng" and styled("lv4") == "lǜ" and styled("de5") == "de"
    assert styled("zhong4", "numbers") == "zhong4"
    assert word_pinyin(("yin2", "hang2")) == "yínháng"


def test_tone_marks_are_pypinyins_on_every_syllable_it_and_cc_cedict_know() -> None:
    """`styled` places the marks itself (pypinyin's import is half a second of GIL); it must
    agree with pypinyin's `to_tone` everywhere, ń, ḿ, ňg and ê̄ included."""
    import sqlite3

    from pypinyin.contrib.tone_convert import to_tone, to_tone3
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    from reader.core.assets import asset

    marked = {r for v in pinyin_dict.values() for r in v.split(",")}
    marked |= {r for v in phrases_dict.values() for readings in v for r in readings}
    numbered = {to_tone3(r, neutral_tone_with_five=True) for r in marked}
    numbered |= {r.replace("ü", "v") for r in numbered} | {to_tone3(r) for r in marked}
    with sqlite3.connect(asset("cedict.sqlite3")) as db:
        for (pinyin,) in db.execute("SELECT pinyin FROM entries"):
            numbered.update(s.lower() for s in pinyin.replace("u:", "v").split())
    assert len(numbered) > 1500
    assert {r: styled(r) for r in numbered} == {r: to_tone(r) for r in numbered}
    assert (styled("n2"), styled("m2"), styled("ng3"), styled("ê1")) == ("ń", "ḿ", "ňg", "ê̄")


def test_tone_marks_are_drawn_without_loading_pypinyin() -> None:
    import subprocess
    import sys

    probe = """
import sys
from reader.core.glossary import marked_reading
from reader.core.pinyin import word_pinyin
assert marked_reading("Ha1 er3 bin1") == "Hā'ěrbīn" and word_pinyin(("nv3", "er2")) == "nǚ'ér"
print(sorted(m for m in sys.modules if m.startswith("pypinyin")) or "none")
"""
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert out == "none"


def test_a_syllable_opening_on_a_o_or_e_is_set_off_by_an_apostrophe() -> None:
    # xīān would read as 先 xiān; the written word is Xī'ān. Tone numbers need no mark.
    assert word_pinyin(("xi1", "an1")) == "xī'ān"
    assert word_pinyin(("tian1", "an1", "men2")) == "tiān'ānmén"
    assert word_pinyin(("nv3", "er2")) == "nǚ'ér"
    assert word_pinyin(("xi1", "an1"), "numbers") == "xi1an1"
    assert word_pinyin(("er4",)) == "èr"


def test_traditional_characters_get_readings() -> None:
    assert reading("銀行行長說，他們會還錢。", "銀行") == "yin2 hang2"
    assert reading("銀行行長說，他們會還錢。", "說") == "shuo1"


def test_pypinyin_is_first_imported_only_under_the_one_lock() -> None:
    """The crash on `p`: the UI thread drew tone marks (styled → tone_convert) while the
    annotating worker was importing pypinyin, and saw a half-initialised module. In a fresh
    interpreter, every first import of a pypinyin module must happen under the import lock,
    whichever entry point comes first."""
    out = imported_outside_the_lock(
        "pypinyin",
        "import reader.core.pinyin as P",
        'P.styled("zhong4")\nP.annotate("银行行长在路上行走。")',
    )
    assert out == "none"


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("我去商店买东西。", "dong1 xi5"),
        ("这是谁的东西？", "dong1 xi5"),
        ("这条大街东西走向。", "dong1 xi1"),
        ("公园在河的东西两岸。", "dong1 xi1"),
    ],
)
def test_dongxi_is_a_thing_unless_a_direction_is_meant(sentence: str, reading: str) -> None:
    from reader.core.pinyin import annotate

    token = next(t for t in annotate(sentence) if t.text == "东西")
    assert " ".join(token.pinyin) == reading


def test_a_character_weight_does_not_override_a_confident_context() -> None:
    # 长 has weights of its own in the reading choice; 太长了 is still "too long"
    from reader.core.pinyin import annotate

    readings = {t.text: t.pinyin for t in annotate("这个杆子太长了，差一点打到人。")}
    assert readings["太长"] == ("tai4", "chang2")


def test_a_piece_read_again_keeps_its_offsets_and_its_script() -> None:
    """annotate keeps what it read (an article opened again reads the same chunks): the same
    piece at another offset, or in traditional characters, gives its own offsets and text."""
    text = "他們說銀行的行長走了。他们说银行的行长走了。"
    for start, end in [(0, 11), (11, 22), (11, 22), (3, 9)]:
        assert annotate(text, start, end) == annotate_many([text[start:end]], [start])[0]
    assert "".join(t.text for t in annotate(text, 0, 11)) == text[:11]  # traditional kept
    assert annotate(text, 11, 22)[0].start == 11
