"""Search (characters and toneless pinyin), the simplified ⇄ traditional conversion, the brief."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.brief import finish, make_brief, tally
from reader.core.glossary import glossary
from reader.core.known import Knowledge
from reader.core.pinyin import annotate
from reader.core.script import convert, is_traditional
from reader.core.search import find, pinyin_key


def _readings(text: str) -> dict[int, str]:
    return {t.start + i: r for t in annotate(text) for i, r in enumerate(t.pinyin) if r}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("jingji", "jingji"),
        ("Jīng jì", "jingji"),
        ("jing1ji4", "jingji"),
        ("lǜ", "lv"),
        ("lü", "lv"),
        ("xi'an", "xian"),
        ("经济", ""),
        ("a+b", ""),
    ],
)
def test_pinyin_queries_are_reduced_to_bare_letters(query: str, key: str) -> None:
    assert pinyin_key(query) == key


def test_pinyin_search_finds_words_by_their_reading_in_context() -> None:
    text = "银行行长说经济在增长。他在银行门口行走。"
    spans = find(text, "jingji", _readings(text))
    assert [text[a:b] for a, b in spans] == ["经济"]
    hang = [a for a, _ in find(text, "hang", _readings(text))]
    assert hang == [1, 2, 14]  # 银行, 行长 (háng), 银行; not 行走 (xíng)
    assert [text[a:b] for a, b in find(text, "yinhanghangzhang", _readings(text))] == ["银行行长"]


def test_character_search_ignores_case_and_script() -> None:
    text = "經濟增長，经济发展。GDP and gdp."
    assert [text[a:b] for a, b in find(text, "经济")] == ["經濟", "经济"]
    assert [text[a:b] for a, b in find(text, "Gdp")] == ["GDP", "gdp"]
    assert find(text, "   ") == []


def test_conversion_keeps_every_offset() -> None:
    simplified = "广深两地数字经济发展迅速，着名学者说：后来的发展更快。"
    traditional = convert(simplified, "traditional")
    assert len(traditional) == len(simplified) and traditional != simplified
    assert "廣深" in traditional and "經濟" in traditional
    assert convert(traditional, "simplified").startswith("广深两地数字经济")
    assert is_traditional(traditional) and not is_traditional(simplified)
    assert not is_traditional("English only")


def test_the_brief_of_the_seed(seed_text: str) -> None:
    article = analyze(seed_text)
    book = glossary()
    brief = make_brief(article, book)
    assert brief.characters == sum(1 for c in seed_text if not c.isspace())
    assert sum(brief.hsk_mix.values()) == brief.distinct_words > 400
    assert brief.known_words == 0 and brief.known_share == 0.0
    top = [w.word for w in brief.unknown[:5]]
    assert "数字" in top and "经济" in top
    ranked = [w.word for w in brief.unknown]
    assert "孙婧" not in ranked and "广州" not in ranked  # names are not vocabulary
    assert not any(c.isdigit() for w in ranked for c in w)  # nor are numbers
    counts = [w.count for w in brief.unknown]
    assert counts == sorted(counts, reverse=True)
    # knowing words moves them out of the ranking and into the share
    knows = make_brief(article, book, known={"数字", "经济"}, known_level=2)
    assert "数字" not in [w.word for w in knows.unknown]
    assert knows.known_words == 2 + brief.hsk_mix["1"] + brief.hsk_mix["2"]
    assert 0 < knows.known_share < knows.known_running_share < 1


def test_a_brief_finished_after_many_speakers_is_glossed_whole(seed_text: str) -> None:
    # the tally glosses only the most frequent unknown words; where the speakers' names take
    # out more of them than its margin, `finish` glosses the rest itself
    book = glossary()
    counted = tally(seed_text, [], book, Knowledge())
    ranked = [w.word for w in finish(counted, set(), top=200, book=book).unknown]
    speakers = set(ranked[:60])  # as if the 60 most frequent words were people's names
    brief = finish(counted, speakers, book=book)
    assert not speakers & {w.word for w in brief.unknown}
    assert all(w.gloss == book.gloss(w.word).meaning for w in brief.unknown)
    assert all(w.gloss for w in brief.unknown[:10])


def test_a_traditional_article_gets_the_same_brief(seed_text: str) -> None:
    book = glossary()
    simplified = make_brief(analyze(seed_text), book)
    traditional = make_brief(analyze(convert(seed_text, "traditional")), book)
    assert traditional.unknown[:5] == simplified.unknown[:5]
    assert abs(traditional.distinct_words - simplified.distinct_words) < 10


def test_the_brief_glosses_a_word_as_its_first_occurrence_reads() -> None:
    # the reader shows each unknown word's pinyin where it first stands; the gloss beside it
    # is of that reading: 为 read wéi here ("as"), not the wèi ("for") it has out of context
    from reader.core.brief import glossed_as_read, unknown_tokens

    text = "标题\n\n他被选为代表，为大家服务。他为人很好，被选为组长。为此他很高兴。\n"
    article = analyze(text)
    book = glossary()
    brief = make_brief(article, book, top=50)
    tokens = unknown_tokens(article, brief, {})
    read = {
        w.word: (w.gloss, t.pinyin)
        for w, t in zip(glossed_as_read(brief, tokens, book).unknown, tokens, strict=True)
    }
    gloss, pinyin = read["为"]
    assert gloss == book.gloss("为", pinyin).meaning
    assert pinyin == ("wei2",) and gloss.startswith("as")
