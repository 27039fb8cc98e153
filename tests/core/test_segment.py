"""The speaker rules' dictionary-only cut is jieba's own, worked out faster (core/segment.py)."""

from __future__ import annotations

from pathlib import Path

from reader.core.script import to_simplified
from reader.core.segment import cut, dictionary_words, tokenizer

SEED = Path(__file__).resolve().parents[2] / "assets" / "guangshen-digital-economy.txt"
MIXED = [
    "美国商务部长罗斯 (Wilbur Ross) 1 月底称，新冠疫情暴发有助于加速工作岗位回流。",
    "華為5G產品線總裁楊超斌在媒體圓桌上表示，C++ 和 3.5GHz 頻段 #1 的 50% 份額。",
    "ab12 cd-3 x_y 王小明\r\n李四\t說：「好。」",
    "",
    "　全角空格之后的结婚的和尚未结婚的",
]


def test_the_dictionary_cut_is_jiebas_cut_without_its_hmm() -> None:
    tk = tokenizer()
    lines = SEED.read_text(encoding="utf-8").splitlines() + MIXED
    for line in lines:
        expected = list(tk.cut(to_simplified(line), HMM=False))
        assert [len(w) for w in dictionary_words(line)] == [len(w) for w in expected], line
        assert "".join(dictionary_words(line)) == line


def test_the_cut_is_jiebas_cut_with_its_hmm() -> None:
    """The brief's and the reader's cut: jieba's route, and its HMM for unknown runs (王小明,
    罗斯 are in no dictionary; 3.5GHz and C++ are split as jieba splits them)."""
    tk = tokenizer()
    lines = SEED.read_text(encoding="utf-8").splitlines() + MIXED
    for line in lines + [to_simplified(line) for line in lines]:
        assert list(cut(line)) == list(tk.cut(line)), line


def test_hong_kong_variants_are_read_as_the_words_they_spell() -> None:
    """衞 (Hong Kong's form of 衛) and 枱 are simplified as OpenCC's hk2s does: jieba knows
    公共卫生 and 台, not 衞生 (港大公共衞生學院 fell apart into 衞|生, and 衞生 was read as a name)."""
    assert "公共衞生" in dictionary_words("港大公共衞生學院教授")
    assert to_simplified("衞生防護中心") == "卫生防护中心"
