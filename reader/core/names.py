"""Chinese surnames, for telling a person's name from an unknown word.

The common single-character surnames (the top of the national register, which together cover
most of the population) plus the compound surnames, in simplified and traditional forms.
A surname alone proves nothing (智慧, 卫星 start with surnames too): callers also need an anchor
such as a title before the name or a speech verb after it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from reader.core.model import Article, Token

# The Hundred Family Surnames (百家姓) and other common ones; traditional forms are added below.
_SIMPLIFIED: Final = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公肖付覃涂邹颜揭麦甄区"
)


# Their traditional and Hong Kong forms (張, 鄭, 劉 …), generated once with OpenCC (s2t, s2hk) and
# written out here: converting at import time cost half a second of start-up.
_TRADITIONAL: Final = (
    "儲別劉勞卻厙厲吳呂喬單嚴國塗壽婁孫宮寧師幹廣張強後從應懷時東楊榮樂權欒歐湯溫滿烏畢盧祿竇範簡紀紅"
    "終經繆羅習聞聶荊莊華萬葉蒼蓋蔣蕭薊藍藺蘇衛衞計許談諸謝譚豐貝貢費賀賁賈賴趙車農連遊邊郟鄒鄔鄧鄭酈"
    "鈄鈕錢鍾閔閻闕關闞陰陳陸雙雲鞏韋韓項須顏顧養餘饒馬馮駱鬱魚魯鮑鳳鹹麥黃黨齊龍龐龔"
)
_COMMON_TRADITIONAL: Final = "劉吳呂喬嚴孫張於楊湯溫畢盧範羅聶莊萬葉蔣蘇許謝譚賀賈賴趙鄒鄧鄭錢鍾閆陳陸韋韓顏顧餘馬馮魯黃齊龍龔"


_LISTED: Final = frozenset(_SIMPLIFIED + _TRADITIONAL + "萧蕭鍾钟於于區")
# The commonest surnames only (about 90% of people): for guessing a name with no anchor at all.
# TAGGER_COMMON and TAGGER_SINGLE are the sets the name model (persons.crfsuite) was trained
# with; its features must not change under it.
TAGGER_COMMON: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁"
    "任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
    "莫孔向常汤康易乔赖文施洪辛柯庄樊殷祝颜倪牛温俞季章鲁葛伍申尤毕聂焦柴左齐" + _COMMON_TRADITIONAL
)
TAGGER_SINGLE: Final = _LISTED
# the next tier, less those that open common words (安, 华, 成, 关, 管, 全, 纪委, 符合 …)
COMMON: Final = TAGGER_COMMON | frozenset(
    "岳翟欧阎邢傅骆蔺庞苗谷卜邬鲍霍凌梅盛祁窦裴冉芦翁饶虞桂舒阮耿瞿戚苟缪巫奚丛蒲晏郎喻麦栾隋屈宫蓝柳"
    "歐閻駱藺龐鄔鮑竇蘆饒繆叢藍"
)


def _rare_surnames() -> frozenset[str]:
    """The surnames CC-CEDICT knows that are rare as words (牟, 佟, 冼, 鄺, 朴): built by
    training/build_word_tags.py. A name with one (园长牟琳介绍) was no name here before."""
    from reader.core.assets import asset

    return frozenset(asset("rare-surnames.txt").read_text(encoding="utf-8").strip())


# 岳, 隋, 苟: common, and missing from the list above; and the rare ones
SINGLE: Final = _LISTED | COMMON | _rare_surnames()
COMPOUND: Final = frozenset(
    (
        "欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 夏侯 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 "
        "令狐 慕容 司徒 长孙 長孫 宇文 轩辕 軒轅 端木 西门 西門 南宫 南宮 钟离 鍾離 "
        "闻人 聞人 赫连 赫連 澹台 公羊 濮阳 濮陽 淳于 单于 單于 申屠 呼延 万俟 萬俟 "
        "独孤 獨孤 百里 东郭 東郭 左丘 梁丘 第五"
    ).split()
)


def surname_length(text: str) -> int:
    """How many leading characters of `text` form a surname (2, 1, or 0)."""
    if text[:2] in COMPOUND:
        return 2
    return 1 if text[:1] in SINGLE else 0


def married_name(name: str) -> bool:
    """Whether `name` has a Hong Kong married name's shape: four characters, two surnames of
    one character each (hers after her husband's), then her given name (陈方安生, 林鄭月娥)."""
    return len(name) == 4 and surname_length(name) == 1 and surname_length(name[1]) == 1


def looks_like_name(word: str) -> bool:
    """A 2-4 character word that starts with a common surname and has a given name after it
    (a guess with no context: callers with an anchor use `surname_length`)."""
    size = 2 if word[:2] in COMPOUND else 1 if word[:1] in COMMON else 0
    return size > 0 and 1 <= len(word) - size <= 2


def name_readings(article: Article) -> dict[str, str]:
    """Pinyin of each speaker's name, capitalised, surname apart: 孙婧 → Sūn Jìng, 山田健太郎 →
    Shāntián Jiàntàiláng (a Japanese surname has two characters), 陈方安生 → Chén Fāng
    Ānshēng (a Hong Kong married name, two surnames); a foreign name spelt in
    Han characters is one word, or one a part (内塔尼亚胡 → Nèitǎníyàhú, 马克西姆·鲁辛 →
    Mǎkèxīmǔ·Lǔxīn)."""
    # the reader's loader thread runs this only once the speakers are found, by a child
    # process or by the reader's analysis thread (which has imported these then)
    from reader.core.name_shapes import DOT, japanese_name
    from reader.core.pinyin import annotate, word_pinyin
    from reader.core.text import HAN

    said = _surname_readings()

    def spoken(part: str, split: int, surname: bool = False) -> str:
        readings = [r for t in annotate(part) for r in t.pinyin]
        if surname and split == 1 and readings and part[0] in said:
            readings[0] = said[part[0]]  # 曾 Zēng, 区 Ōu, 解 Xiè: the surname's own reading
        words = [word_pinyin(readings[:split]), word_pinyin(readings[split:])]
        return " ".join(w.capitalize() for w in words if w)

    names = {}
    for speaker in article.speakers:
        if speaker.group:
            continue
        name = speaker.name
        if re.search(r"[A-Za-z]", name):
            # Latin letters are read as written, each Han run as one word (B先生 → B
            # Xiānsheng, 小Q → Xiǎo Q, Ray Valdes as it is)
            runs = (("".join(run), han) for han, run in groupby(name, lambda c: bool(HAN.match(c))))
            names[name] = " ".join(
                spoken(run, len(run)) if han else run.strip() for run, han in runs if run.strip()
            )
            continue
        if re.search(DOT, name):
            parts = re.split(DOT, name)  # 加西亞-埃雷羅: a double surname keeps its hyphen
            names[name] = "·".join(
                "-".join(spoken(half, len(half)) for half in part.split("-") if half)
                for part in parts
                if part
            )
            continue
        listed = _dictionary_reading(name)
        if listed is not None:
            names[name] = listed  # 盖茨 Gàicí, not the surname's Gě
            continue
        size = surname_length(name)
        japanese = japanese_name(name)
        if married_name(name) and not japanese:
            # a Hong Kong married name, two surnames and a given name: 林鄭月娥 → Lín Zhèng Yuè'é
            names[name] = f"{spoken(name[:2], 1, surname=True)} {spoken(name[2:], 2)}"
            continue
        if japanese:
            split = 2
        elif (
            (not size or len(name) > 3)
            and (len(name) >= 3 or not size)
            and _spelt_whole(name, size)
        ):
            split = len(name)  # a surname and a given name stay two (梅传博); 拉布 is Lābù
        else:
            split = size or 1
        names[name] = spoken(name, split, surname=size == 1)
    return names


def _dictionary_reading(name: str) -> str | None:
    """CC-CEDICT's reading of a name it gives only as a person's, its capitals marking where
    each word of the name starts (盖茨 "Gai4 ci2" -> Gàicí, a transliteration, where 盖 as a
    Chinese surname is Gě; 闻一多 "Wen2 Yi1 duo1" -> Wén Yīduō); None for any other name."""
    from reader.core.glossary import glossary, marked_reading
    from reader.core.name_shapes import only_a_persons_name

    if not only_a_persons_name(name):
        return None
    return next(
        (
            marked_reading(entry.pinyin)
            for entry in glossary().lookup(name)
            if len(entry.pinyin.split()) == len(name) and entry.pinyin[:1].isupper()
        ),
        None,
    )


def surname_syllables(names: dict[str, str]) -> dict[str, str]:
    """Name -> its surname's syllable, tone-numbered (任志强 -> ren2), for each name that
    `names` (`name_readings`) reads with a surname apart of one syllable (not Nèitǎníyàhú, a
    name read as one word, nor Shāntián, a Japanese surname of two): worked out once, where
    the names are read, for `surnames_read`."""
    from reader.core.pinyin import load_pypinyin

    load_pypinyin()  # pypinyin's first import is made under its lock (reader/core/pinyin.py)
    from pypinyin.contrib.tone_convert import to_tone3

    syllables = {}
    for name, spoken in names.items():
        first = spoken.split(" ")[0]
        if " " in spoken and "·" not in spoken and len(_VOWELS.findall(first.lower())) == 1:
            syllables[name] = to_tone3(first.lower(), neutral_tone_with_five=True).replace("ü", "v")
    return syllables


def surnames_read(
    tokens: tuple[Token, ...], text: str, surnames: dict[str, str]
) -> tuple[Token, ...]:
    """`tokens` (a stretch of `text`) with each speaker's surname read as `surnames`
    (`surname_syllables`) gives it wherever the name is written: the ruby and the glossary
    said 任志强 rèn zhì qiáng, the word's 任, where the Speakers panel says Rén Zhìqiáng."""
    from reader.core.model import Token

    if not tokens or not surnames:
        return tokens
    lo, hi = tokens[0].start, tokens[-1].end
    reading_at: dict[int, str] = {}
    for name, reading in surnames.items():
        at = text.find(name, lo, hi)
        while at >= 0:
            reading_at[at] = reading
            at = text.find(name, at + len(name), hi)
    if not reading_at:
        return tokens
    out = []
    for token in tokens:
        inside = [at for at in range(token.start, token.end) if at in reading_at]
        if inside and token.pinyin:
            pinyin = list(token.pinyin)
            for at in inside:
                if at - token.start < len(pinyin) and pinyin[at - token.start]:
                    pinyin[at - token.start] = reading_at[at]
            token = Token(token.text, token.start, token.end, tuple(pinyin))
        out.append(token)
    return tuple(out)


_VOWELS: Final = re.compile("[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+")  # one run a syllable


def _spelt_whole(name: str, size: int) -> bool:
    """Whether `name` (its surname `size` characters, 0 for none) is a foreign name read as
    one word: spelt as one is (内塔尼亚胡), or a famous one the dictionary counts often, which
    `spelt_name` leaves out (爱因斯坦, 赫鲁晓夫, 奥巴马; 森|雅子 is Japanese)."""
    from reader.core.name_shapes import spelt_count
    from reader.core.subjects import spelt_name

    if spelt_name(name) == name:
        return True
    if len(name) >= 4:
        return spelt_count(name) * 3 >= len(name) * 2
    return not size and spelt_count(name) == len(name)


@cache
def _surname_readings() -> dict[str, str]:
    """Each single-character surname CC-CEDICT reads one way only, and that reading
    (assets/surname-readings.tsv, built by training/build_word_tags.py)."""
    from reader.core.assets import asset_lines

    return dict(line.split("\t") for line in asset_lines("surname-readings.tsv") if "\t" in line)


# One syllable of Hanyu Pinyin without tones: an initial, then a final (zh|uang, x|uan, l|ong).
_SYLLABLE: Final = (
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    "|ua|uo|ui|un|ue|a|o|e|i|u|v|ü)"
)
_PINYIN_NAME: Final = re.compile(
    rf"([A-Z][a-z]{{0,5}}) ([A-Z](?:{_SYLLABLE})(?:['-]?{_SYLLABLE})?)", re.IGNORECASE
)


@cache
def _surname_syllables() -> frozenset[str]:
    """The toneless readings of the surnames (陈 chen, 佘 she): what a Chinese name written
    in Pinyin, surname first, opens on (Chen Long, She Yuxuan)."""
    return frozenset(reading.strip()[:-1] for reading in _surname_readings().values())


def pinyin_name(name: str) -> bool:
    """Whether `name` is a Chinese name in Pinyin, surname first: a surname's syllable and a
    given name of one or two syllables (She Yuxuan, Liu Yaohai; not Ray Dalio)."""
    found = _PINYIN_NAME.fullmatch(name)
    return (
        found is not None
        and found[2][:1].isupper()
        and found[2][1:] == found[2][1:].lower()
        and found[1].lower() in _surname_syllables()
    )
