from __future__ import annotations

import pytest

from reader.core.glossary import Glossary, glossary, section_words
from reader.core.pinyin import annotate


@pytest.fixture(scope="module")
def book() -> Glossary:
    return glossary()


def test_seed_words_are_nearly_all_glossed(seed_text: str) -> None:
    rows = section_words(annotate(seed_text))
    distinct = {row.word: row for row in rows}
    glossed = [row for row in distinct.values() if row.gloss.meaning]
    assert len(distinct) > 500
    assert len(glossed) / len(distinct) >= 0.98


def test_entry_follows_the_reading(book: Glossary) -> None:
    assert "row" in book.gloss("行", ("hang2",)).meaning
    assert "walk" in book.gloss("行", ("xing2",)).meaning
    assert book.gloss("银行", ("yin2", "hang2")).meaning.startswith("bank")


def test_number_and_measure_words(book: Glossary) -> None:
    assert book.gloss("36个").meaning == "36 (measure word)"
    assert book.gloss("7024亿元").meaning == "702.4 billion yuan"
    assert book.gloss("两万亿").meaning == "2 trillion"
    assert book.gloss("近百位").meaning.startswith("nearly 100")
    assert book.gloss("2019年").meaning == "the year 2019"
    assert book.gloss("12月").meaning == "December"


def test_unknown_words_get_their_parts(book: Glossary) -> None:
    gloss = book.gloss("数字经济产业")
    assert gloss.source == "parts" and "economy" in gloss.meaning and "industry" in gloss.meaning


def test_names(book: Glossary) -> None:
    assert book.gloss("孙婧").meaning == "name"
    assert book.gloss("高水平").source != "name"  # 水平 is a word, not a given name
    assert book.gloss("李峰", name=True).source == "name"


def test_hsk_levels(book: Glossary) -> None:
    assert book.gloss("爱").hsk == 1
    assert book.gloss("经济").hsk is not None
    assert book.level("爱")[1] == "entry"


def test_words_in_order_of_first_appearance() -> None:
    rows = section_words(annotate("银行很大。银行很好，他是行长。"))
    assert [r.word for r in rows if r.word in {"银行", "行长"}] == ["银行", "行长"]
    assert next(r for r in rows if r.word == "银行").count == 2


def test_a_corrupt_dictionary_cache_is_rebuilt(tmp_path) -> None:
    path = tmp_path / "cedict.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    book = Glossary(path)
    assert book.gloss("银行", ("yin2", "hang2")).meaning.startswith("bank")
    assert Glossary(path).lookup("银行")  # and the rebuilt file is reused


def test_a_first_launch_reads_the_shipped_index_in_place(tmp_path, monkeypatch) -> None:
    """The index ships prebuilt: a first launch opens it where it is installed, neither parsing
    CC-CEDICT for three seconds nor copying it, while the glossary stays empty."""
    import reader.core.glossary as module

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed CC-CEDICT although the shipped index fits")

    monkeypatch.setattr(module, "_build", no_parsing)
    monkeypatch.setattr(module, "cache_dir", lambda: tmp_path)
    book = Glossary()
    assert book.gloss("银行", ("yin2", "hang2")).meaning.startswith("bank")
    assert list(tmp_path.iterdir()) == []  # nothing unpacked into the cache


def test_an_index_elsewhere_is_copied_from_the_shipped_one(tmp_path, monkeypatch) -> None:
    import reader.core.glossary as module

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed CC-CEDICT although the shipped index fits")

    monkeypatch.setattr(module, "_build", no_parsing)
    book = Glossary(tmp_path / "cedict.sqlite3")
    assert book.gloss("银行", ("yin2", "hang2")).meaning.startswith("bank")


def test_cross_references_read_as_a_learner_reads_them() -> None:
    from reader.core.glossary import glossary

    book = glossary()
    meaning = book.gloss("朋友圈").meaning
    assert "微信 Wēixìn" in meaning and "[" not in meaning
    assert "Téngxùn Kònggǔ Yǒuxiàn Gōngsī" in book.gloss("腾讯").meaning
    assert "|" not in book.gloss("腾讯").meaning


def test_without_a_reading_the_ordinary_sense_comes_first() -> None:
    from reader.core.glossary import glossary

    book = glossary()
    assert book.gloss("广").meaning.startswith("wide")  # not the radical "house on a cliff"
    assert book.gloss("广深").meaning.startswith("广 wide")


@pytest.mark.parametrize(
    ("word", "sense"),
    [("说", "to say"), ("觉", "to feel"), ("要", "to want"), ("重", "heavy"), ("着", "particle")],
)
def test_without_a_reading_a_polyphone_reads_its_common_way(
    book: Glossary, word: str, sense: str
) -> None:
    # the brief glosses words out of context: 说 shuō "to say", not shuì "to persuade"
    assert sense in book.gloss(word).meaning


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        ("两只", "2 (measure word for birds and certain animals)"),
        ("3辆", "3 (measure word for vehicles)"),
        ("十场", "10 (measure word for events and happenings)"),
        ("三行", "3 line(s)"),
    ],
)
def test_a_measure_word_is_glossed_as_one(book: Glossary, word: str, meaning: str) -> None:
    assert book.gloss(word).meaning == meaning


@pytest.mark.parametrize("word", ["经济", "36个", "两只", "近百位", "孙婧", "数字经济产业", "qq"])
def test_kind_is_the_gloss_source_without_the_gloss(book: Glossary, word: str) -> None:
    source = book.gloss(word).source
    assert book.kind(word) == (
        source if source in {"dictionary", "number", "name"} else "parts or none"
    )


def test_a_county_name_used_as_words_is_glossed_by_its_parts_first() -> None:
    def meaning(text: str, word: str) -> str:
        return next(r.gloss.meaning for r in section_words(annotate(text)) if r.word == word)

    # 双城 is in the dictionary only as a county-level city in Harbin
    used_as_words = meaning("两地推动“双城联动”，合作不断深化。", "双城")
    assert used_as_words.startswith("双 two + 城") and "Harbin" in used_as_words
    assert meaning("他出生在双城，后来去了哈尔滨。", "双城").startswith("S")
