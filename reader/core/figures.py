"""Every number in an article with its unit: value, kind, approximation and what it measures.

A regex of our own finds the candidates (research notes: extraction.md §3): a number (Arabic,
Chinese or mixed: 31.8万亿, 两万亿, 近百), an approximation (近, 超, 余, 左右 …), a unit or
measure word, or a date (12月17日, 1-10月, 2020年第三季度). Libraries do worse here: jionlp
reads 1877个 as a year and 1-10月 as 10 January; cn2an's whole-text transform turns 零售 into
0售, so it is never run on text, and numbers.py parses only the spans found.
Rejected: version and model names (5G, C919), ordinals (第一), a bare 一 before a measure word
(一批), vague amounts (两位数), numbers inside 《titles》.
The label (`about`) comes from the clause: a measure word labels the noun after it (7项合作协议),
other units the subject before the verb (全球数字经济规模达到31.8万亿美元); a growth rate
inherits the previous figure's subject; a date at the head of a sentence scopes its figures.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace
from typing import Final, Literal

from reader.core.lazy_re import lazy_compile
from reader.core.model import Figure, FigureKind, Section
from reader.core.names import COMMON
from reader.core.numerals import DIGITS, MAGNITUDES, parse_number
from reader.core.ranges import end_text as _end
from reader.core.ranges import join_date_spans, join_ranges
from reader.core.segment import dictionary_words
from reader.core.text import (
    NUMBER_GAPS,
    Squeezed,
    clause_end,
    clause_start,
    is_han,
    sentences,
)
from reader.core.wordset import word_set

Approx = Literal["less", "more", "about"]

_TOO_LARGE: Final = 1e300
"""Values beyond this are left out (null): they overflow a float once multiplied or charted."""

_FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_CN: Final = "零〇一二两兩三四五六七八九十百千"
_ANY_NUMERAL: Final = lazy_compile(rf"[0-9{_CN}半]")
"""What every figure holds (a digit, a Chinese numeral or 半, after full-width digits are made
ASCII): most sentences hold none, and trying every pattern on them was most of the time."""
# a Chinese numeral does not end on a 千 or 百 that cannot follow what came before it (三百五十千,
# 三十五百, 二十万千): that one opens the unit (三百五十千瓦 is 350 kW, 九百三十五百帕 935 hPa)
_ENDS_WELL: Final = (
    r"(?<![十百千万萬亿億]千)(?<![十百千][一二两兩三四五六七八九]千)"
    r"(?<![十百万萬亿億]百)(?<![十百][一二两兩三四五六七八九]百)"
)
_TENS_AND_ONES: Final = r"(?:\d十\d?|零?\d{1,2}(?![\d.]))?"  # after 百: 2十, 2十5, 25, 零5
_NUM: Final = (
    # 3億5000萬, 1億2千萬, 2万亿3千亿, 9千5百, 3千2百50, 1百2十: digits with a magnitude, then
    # more of the next one down, the last digits bare as spoken (3千2百50 is 3250)
    rf"(?:\d+[亿億]\d{{1,4}}千?[万萬]|\d+(?:万亿|萬億)\d{{1,4}}千?[亿億]"
    rf"|\d+[万萬]\d+千|\d+[万萬]\d{{3,4}}(?![\d.])|\d千\d百{_TENS_AND_ONES}"
    rf"|\d百(?:\d十\d?|\d{{2}}(?![\d.]))|\d+(?:,\d{{3}})*(?:\.\d+)?"
    # 两万三千, 一亿两千万: magnitudes inside a Chinese numeral belong to it
    rf"|[{_CN}]+(?:[万萬亿億][{_CN}]+)+[万萬亿億]?{_ENDS_WELL}"
    rf"|[{_CN}]+{_ENDS_WELL}(?:点[零〇一二三四五六七八九]+)?"
    r"|半(?=[天年月]|个月|個月|小时|小時|[个個]多?世[纪紀]))"
)
_MAG: Final = (
    r"(?:万亿|萬億|千萬|千万|百萬|百万|亿|億|万|萬|兆(?![瓦赫帕字位欧歐焦])|千(?![克米瓦帕卡焦伏赫])"
    r"|(?<=\d)百(?![分万萬亿億帕]))?"  # 2百人: a digit's hundreds (980百帕: hectopascals)
)  # 5千克: 5 kg, not 5000 g
_CURRENCY: Final = (
    r"(?:美元|美分|美金|港元|港币|港幣|欧元|歐元|日元|日圓|日圆|英镑|英鎊|元人民币|元人民幣|新台币|新台幣|"
    r"台币|台幣|澳元|加元|韩元|韓元|卢布|盧布|新加坡元|新元|新币|新幣|令吉|马币|馬幣|泰铢|泰銖|卢比|盧比|"
    r"比索|披索|韩圆|韓圓|澳币|澳幣|加币|加幣|纽元|紐元|瑞郎|法郎|里拉|兰特|蘭特|越南盾|印尼盾|澳门元|澳門元|"
    r"澳门币|澳門幣|葡币|葡幣|欧罗|歐羅|英磅|马克|馬克|雷亚尔|雷亞爾|迪拉姆|里亚尔|里亞爾|第纳尔|第納爾|"
    r"元|人民币|人民幣|蚊(?![子帐帳香])|(?<=[\d\s万萬])(?:[欧歐](?!姆)|镑|鎊))"
)
# a currency named by its first character after a number (1750 欧, 每周 50 镑), as it is reported
_SHORT_CURRENCY: Final = {"欧": "欧元", "歐": "歐元", "镑": "英镑", "鎊": "英鎊"}
# reported as 元: the yuan, and the dollar as Hong Kong says it (38蚊)
_RMB: Final = frozenset({"元", "元人民币", "元人民幣", "人民币", "人民幣", "蚊"})
# a currency sign before the number, or a space apart: $1.96, HK$390億, US$5000, $ 3.99
_SIGN: Final = r"(?:(?P<sign>HK\$|US\$|NT\$|S\$|A\$|C\$|\$|¥|￥|€|£)[ \u00a0]?)?"
_SIGNS: Final = {"HK$": "港元", "US$": "美元", "NT$": "新台币", "€": "欧元", "£": "英镑"}
# weights, lengths, areas and volumes of the market, imperial and metric systems; in Chinese
# numerals several open sayings (冰冻三尺, 道高一尺), so these are read where the number opens a word
_OTHER_UNITS: Final = (
    r"(?:斤|磅|盎司|克拉|载|載|欧姆|歐姆|毫克|微克|千卡|大卡|卡路里|英寸|英吋|吋|寸|尺|光年|匹马力|匹馬力|马力|馬力|"
    r"英亩|英畝|坪|加仑|加侖|桶|升(?![至到级級值逾])|分贝|分貝|赫兹|赫茲|焦耳|"
    r"立方(?![米体體厘公])|伏特|伏(?!天))"  # 每秒14立方 (cubic metres), 450伏
)
# the lengths a square or a cube is taken of (平方厘米 cm², 立方分米 dm³, 平方英里)
_LENGTHS: Final = r"(?:公里|千米|分米|厘米|釐米|毫米|微米|公尺|公分|英里|英哩|英尺|英寸|海里|米|呎)"
_MEASURES: Final = (
    r"(?:分多钟|分多鐘|个[多半]月|個[多半]月|个多?世纪|個多?世紀|个[多半]?星期|個[多半]?星期|个[多半]?礼拜|個[多半]?禮拜|个[多半]?小时|個[多半]?小時|个[多半]钟头|個[多半]鐘頭|个钟头|個鐘頭|钟头|鐘頭|"
    rf"(?:平方|立方){_LENGTHS}|平米|平方(?=以上|以下|左右|[^\u4e00-\u9fff]|$)|"
    r"公里|千米|厘米|釐米|毫米|米|公顷|公頃|亩|畝|吨标准煤|噸標準煤|万吨|萬噸|公吨|公噸|吨|噸|千克|公斤|克|"
    r"英里|英哩|海里|英尺|呎|℃|°C|°F|℉|°|摄氏度|攝氏度|"
    rf"{_OTHER_UNITS}|"
    r"(?:万千瓦|千瓦|兆瓦|吉瓦|太瓦|瓦)[时時]?|马赫|馬赫|度|小时|小時|分钟|分鐘|秒|岁|歲|周岁|天|个月|個月|年|"
    r"個星期|个星期|星期|周年|週年|周|週|日|旬|(?<=[两兩])月|"
    r"公尺|公分|纳米|納米|奈米|微米|毫升|公升|百帕|千帕|兆帕|基点|基點|点|點)"
)
# units written in Latin letters after a number (220V, 28nm, 0.4cm, 25BP basis points); not 5G, 4K,
# 3D
_LATIN_UNITS: Final = (
    r"(?:kWh|mAh|MWh|GWh|kW|MW|GW|kV|mA|mm|cm|km|nm|μm|kg|mg|μg|ml|mL|KB|kB|kb|Mb|GB|MB|TB|PB|EB|ms|"
    r"[kMG]bps|BPs|BP|bps|bp|Hz|GHz|MHz|[kMGh]Pa|mmHg|dB|ppm|ppb|mph|km/h|V|W|L|m)"
    r"(?![A-Za-z])"
)
# administrative divisions count themselves after digits (9省市, 18区, 5县); not after a
# Chinese numeral, where they make words (三省吾身, 两市 of the two bourses)
_DIVISIONS: Final = frozenset(
    "省区市 省區市 省市 省区 省區 县市 縣市 区县 區縣 市县 市縣 省份 省 市 县 縣 区 區 镇 鎮 乡 鄉 村".split()
)
_CLASSIFIERS: Final = (
    r"(?:个|個|家|项|項|位|名|人次|人|病例|批|座|款|件|台|辆|輛|所|条|條|场|場|次(?!方(?!便))|户|戶|套|只|隻|头|頭|张|張|"
    r"部|届|屆|期(?![间間])|轮|輪|起|例|篇|艘|架|枚|种|種|类|類|支|股|份|笔|筆|宗|间|間|片|层|層|栋|棟|处|處|"
    r"颗|顆|匹|班|级|級|国|國|票|檔|档|剂|劑|页|頁|章|单|單|亿人次|万人次|万人|万户|万辆|万家|万个"
    r"|(?<=[\d万萬千百])字"  # 700字, 12萬字; not 十字 (a cross), 八字 (a horoscope)
    # pairs after a number (500 双鞋, 限量 1500 双, 五双); not 双方, 双向, 2019双11 (a shopping day)
    r"|(?<=[\d万萬千百两兩二三四五六七八九十])[双雙](?![方边邊向十\d])"
    r"|(?<=\d)大(?=[\u4e00-\u9fff])"  # 8大模块 counts, as the dev gold has it; 三大改造 is a label
    rf"|(?<=\d)(?:{'|'.join(sorted(_DIVISIONS, key=lambda d: (-len(d), d)))}))"
)
# a law's name right before a number (and an earlier article joined to it: 第16 及): the
# number is which article, section or chapter of it, not how many
_LAW_BEFORE: Final = lazy_compile(
    r"(?:》|法|條例|条例|憲章|宪章|公約|公约)\s*第?\s*(?:[0-9一二三四五六七八九十百]+\s*[、及和至]\s*)?$"
)
_COUNTS_OF_TEXT: Final = frozenset("页頁章字")
"""Pages, chapters and characters: after a Chinese numeral read only where the numeral opens
its own word (not 约法三章)."""


def _dictionary_measures() -> tuple[
    frozenset[str], dict[str, list[str]], frozenset[str], frozenset[str], frozenset[str]
]:
    """The classifiers CC-CEDICT knows beyond those above (剂, 瓶, 趟 …); the words that open
    on a numeral and one of them (三局, 三番五次), by their first two characters; and the
    sayings with a number and one of them inside (胡说八道); and the words it calls units of
    measure (贝克, 西弗); and each classifier with a one-character noun it counts (本书, 匹马):
    training/build_word_tags.py."""
    from reader.core.assets import asset_lines

    chars, words, _, sayings, units, measured = asset_lines("measure-chars.txt")[:6]
    chars = chars.replace("些", "")  # 一些 "some": vague, whatever the dictionary calls it
    # and not 号 and 季, which the date grammar reads (5号, 第3季); after a number in a name
    # (中铁1号) they make no count
    known = set(re.sub(r"[^\u4e00-\u9fff]", "", _CLASSIFIERS + _MEASURES + _CURRENCY + "号號季"))
    by_start: dict[str, list[str]] = {}
    for word in words.split():
        by_start.setdefault(word[:2], []).append(word)
    return (
        frozenset(chars) - known,
        by_start,
        frozenset(sayings.split()),
        frozenset(units.split()),
        frozenset(measured.split()),
    )


_MORE_CLASSIFIERS, _NUMERAL_WORDS, _SAYINGS, _UNIT_WORDS, _MEASURED_NOUNS = _dictionary_measures()
_WRITTEN_UNITS: Final = frozenset(re.findall(r"[\u4e00-\u9fff]+", _MEASURES))
_UNIT_CHARS: Final = frozenset("".join(_WRITTEN_UNITS) + "十百千万萬亿億兆")
_METRIC_PREFIXES: Final = "毫微纳納"  # milli, micro, nano: 毫西弗, 微西弗
_DICTIONARY_UNITS: Final = (
    f"[{_METRIC_PREFIXES}]?(?:"
    + "|".join(
        sorted(  # tried before the units above: none that is one of them or starts one (千瓦|时)
            (
                w
                for w in _UNIT_WORDS
                if not any(written.startswith(w) for written in _WRITTEN_UNITS)
            ),
            key=lambda w: (-len(w), w),
        )
    )
    + ")"
)
"""The units CC-CEDICT names as units of measure (贝克 becquerel, 西弗 sievert, 土方), with a
metric prefix or without (毫西弗, 微西弗): a unit is any such word after a number, not only the
ones written out above."""


def _opens_common_word(pair: str, common: int = 1000) -> bool:
    """Whether a classifier and the character after it are a common word (文化 34,860 in
    jieba's counts, 面前, 记者), so the character is no classifier; a count's noun makes a rare
    pair (首歌 88, 封信 151, 块钱 17)."""
    from reader.core.name_shapes import frequency

    return len(pair) == 2 and frequency(pair) >= common


def _counts_times(word: str) -> bool:
    """Whether a classifier and 次 are a word of counted occurrences jieba knows (架次
    sorties, 班次 runs, 场次 showings, 批次 batches), not a rank (名次, 位次)."""
    from reader.core.name_shapes import frequency, names_a_rank

    return frequency(word) >= 8 and not names_a_rank(word)


def _labels_a_noun(after: str) -> bool:
    """Whether the words after a grade or a phase in Chinese numerals open on a noun it names
    (三级|医院, 四期|别墅), not a verb it counts for (分四期|建设) nor a wind or a quake, which a
    grade measures (八级|大风)."""
    from reader.core.name_shapes import is_predicate

    words = dictionary_words(after)
    return bool(
        words
        and len(words[0]) >= 2
        and not is_predicate(words[0])
        and not re.search("[风風震浪]", words[0])
    )


# words of approximation before a number, longest first where one starts another
_APPROX_WORDS: Final = (
    "将近|將近|接近|大约|大約|超过|超過|不到|不足|至少|多达|多達|高达|高達|突破|近|约|約|超|逾"
)
# 近 "nearly", not the 近 of 最近 (recently: 最近三天) or 附近 (nearby)
_APPROX_BEFORE: Final = _APPROX_WORDS.replace("|近|", "|(?<![最附])近|")
_PRE: Final = rf"(?P<pre>{_APPROX_BEFORE})?"
_POST: Final = "左右|以上|以下|上下|有余"  # words of approximation after a figure
_PART: Final = r"(?:\d{1,3}|[一二两兩三四五六七八九十]{1,3})"  # one part of a duration
_AND: Final = r"\s?(?:零|又)?\s?"  # 三年零四个月, 一年又三个月
_DURATION: Final = lazy_compile(
    rf"(?<![\d.{_CN}])(?:(?P<h>{_PART})\s?(?:个|個)?(?:小时|小時){_AND}(?P<hm>{_PART})\s?分(?:钟|鐘)?"
    rf"(?:\s?(?P<hs>{_PART})\s?秒)?|(?P<m>{_PART})\s?分(?:钟|鐘)?{_AND}(?P<s>{_PART})\s?秒"
    rf"|(?P<y>{_PART})\s?年{_AND}(?P<ym>{_PART})\s?[个個]月"
    rf"|(?P<d>{_PART})\s?[天日]{_AND}(?P<dh>{_PART})\s?(?:个|個)?(?:小时|小時))"
    rf"(?![\d.{_CN}])"
)
"""A duration in parts, one measure in its smallest unit's whole: seconds (7分56秒, 2小时3分15秒;
not a clock, 2時11分), months (三年零四个月: 40) or hours (二十天零五个小时: 485)."""
_SCORE: Final = lazy_compile(
    r"(?<![\d.:：∶])(\d{1,3})\s*(?:比|(?P<colon>[:：∶]))\s*(\d{1,3})(?![\d.%:：∶])"
)
"""A score or a ratio (21比18, 3:1, 1∶3 with the ratio sign): the two numbers make one figure.
With a colon, an hour and two-digit minutes (10:30, and 5∶30 起床, where the ratio sign stands
for one) is a clock time, a date."""
# 三分之一, 百分之三十, 2/3 of: a fraction is a share, reported as a percent
_PRE_WORD: Final = lazy_compile(rf"(?:{_APPROX_BEFORE})$")
_SHARE_BEFORE: Final = "[的占佔约約近逾仅僅到过過达達了]"  # 减少了 1/3: a share
_FRACTION: Final = lazy_compile(
    rf"(?P<den>\d{{1,9}}|[{_CN}]{{1,8}})分之"
    rf"(?P<num>\d+(?:\.\d+)?|[{_CN}]{{1,8}}(?:点[零〇一二三四五六七八九]+)?)"
    # 1/3的工人, 近2/3以上: a share where only a share can stand (not 3/4 as a date)
    rf"|(?<![\d/.])(?P<num2>[1-9])/(?P<den2>[2-9]|10)(?![\d/])(?=的|以上|以下|左右|多|强|弱|有)"
    # or after what only a share follows (需求量的 1/3, 占1/4, 不到 1/5)
    rf"|(?:(?<={_SHARE_BEFORE})|(?<={_SHARE_BEFORE}\s))(?P<num3>[1-9])/(?P<den3>[2-9]|10)"
    r"(?![\d/]|\s?[号號日月]|次方)"  # 到 3/4 号: a date; 的2/3次方: a power
)
# a unit between a number's whole and its next digits, as a height, a share or a race's time is
# said (1米65, 一米七: 1.65 and 1.7 metres; 3成5, 三成五: 35%; 9秒83, 十二秒八八): one figure,
# not the whole alone
_SPLIT_BY_UNIT: Final = lazy_compile(
    r"(?<![\d.零〇一二两兩三四五六七八九十百千])"
    r"(?P<whole>[1-9]\d?|[二三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])"
    r"\s?(?P<unit>米|成|秒)\s?(?P<part>\d{1,2}|[一二三四五六七八九零〇][一二三四五六七八九]?)"
    r"(?![\d.零〇一二两兩三四五六七八九十百千万萬亿億%％米成秒分])"  # not 一米一米地
)
# a comma inside a number (2,185.8万): no clause ends there
_THOUSANDS_COMMA: Final = lazy_compile(r"\d,\d{3}(?!\d)")
# 折 that opens another word (折合 "amounts to", 折旧, 折射, 折腾, 折断) is no discount
_NOT_A_DISCOUNT: Final = r"(?![合算叠疊扣旧舊射腾騰磨服返断斷])"
# a discount in two digits of its tenths (85折, 八五折: 8.5折, 85% of the price), not 850%
_DISCOUNT: Final = lazy_compile(
    r"(?<![\d.零〇一二两兩三四五六七八九十百千])(?P<tenths>[1-9]\d|[一二三四五六七八九]{2})\s?折"
    + _NOT_A_DISCOUNT
)
# the dead and the hurt as news counts them (3死5伤, 造成2死, 致三傷): after a verb of causing
# or the dead, a count ending its word; the dead before the hurt (九死一生 is an idiom)
_TOLL: Final = lazy_compile(
    r"(?:(?<=死)|(?<=致)|(?<=造成)|(?<=酿成)|(?<=釀成)|(?<=导致)|(?<=導致))"
    rf"(?P<n>\d{{1,5}}|[{_CN}]{{1,5}})(?P<unit>[死伤傷])(?![\u4e00-\u9fff])"
    rf"|(?<![\d.{_CN}])(?P<dead>\d{{1,5}}|[{_CN}]{{1,5}})死(?=(?:\d{{1,5}}|[{_CN}]{{1,5}})[伤傷])"
)
# 第8位, 第3名: a ranking with a number is a figure; 第一 is an ordinal and is not
_RANK: Final = lazy_compile(r"第(?P<n>\d{1,4})(?P<unit>位|名)")
# 第29年, 第19天, 第3次: an ordinal count of years, days or times is a count (第一 is none;
# 第66届, an edition, names the event, as 第6次会议 does); in Chinese numerals from ten on
# (封城第二十四天), where 第一次, 第二天 ("the next day") are the language's ordinals, no count
_ORDINAL: Final = lazy_compile(
    r"第(?:(?P<n>\d{1,4})\s?(?P<unit>年(?!级|級|代)|天|个月|個月|周|週|次(?!"
    r"(?:[^，。；\d]{0,12}?)(?:会议|會議|全会|全會|大会|大會|峰会|峰會|会晤|會晤|对话|對話)))"
    r"|(?P<cn>[二三四五六七八九]?十[一二三四五六七八九]?)(?P<cunit>年(?!级|級|代)|天|个月|個月|周|週))"
)
# a number in a four-character idiom (三番五次, 七上八下), or a vague one (数十名, 上百家, 成千)
_IDIOM_BEFORE: Final = lazy_compile(rf"[{_CN}][\u4e00-\u9fff]$")
# a part of the day after 一天 (一天晚上: one evening), and what opens a clause before it
_PART_OF_DAY: Final = lazy_compile(
    r"(?:晚上|早上|上午|下午|中午|夜里|夜裡|夜晚|清晨|傍晚|深夜|凌晨)"
)
_CLAUSE_ENDS: Final = ("，", ",", "。", "；", "！", "？", "\n", "：", " ")
# what names a weekday after 星期 or 礼拜 (星期六, 礼拜天)
_WEEKDAYS: Final = frozenset("一二三四五六日天")
# what makes 四周 ("all around") four weeks: a time's word after it (四周后, 四周内, 四周左右,
# 四周时间) or a span's before it (为期四周, 历时四周, 每四周, 前四周)
_AFTER_WEEKS: Final = lazy_compile(r"(?:后|内|以|之|来|时间|左右|多|前|里)")
_BEFORE_WEEKS: Final = lazy_compile(
    r"(?:为期|為期|历时|歷時|持续|持續|长达|長達|[达達每前头頭过過花用])$"
)
# a round number of twenty or more, which 几 after it rounds up as 多 does (20几, 二十几, 3000幾)
_ROUND_TENS: Final = lazy_compile(r"(?:[2-9]|[1-9]\d+)0$|[二两兩三四五六七八九]十$|[百千万萬亿億]$")
_VAGUE_BEFORE: Final = lazy_compile(r"[数數几幾上成]$")
_COMMON_HEAD: Final = 500  # jieba's count of a numeral and a character as a word: 一共 726, 三番 39
_DETERMINERS: Final = frozenset("这這那呢该該此又")
_DAY_OR_YEAR: Final = frozenset("天日年晚夜")
_PERIODS: Final = frozenset("年 周 週 代 次 届 屆 任 季 轮 輪 期 个月 個月 年度".split())
# before 一天/一年: a day or year named, not counted (有|一天 but 只有|一年 is a span, 之前|一年内;
# 新|一年 "the new year", 另|一年 "another year")
_WHICH_DAY: Final = lazy_compile(
    r"(?:(?<![只没沒还還])有|同|某|朝|(?<![之以提])前|(?<![重更刷创創])新|另)$"
)
_OPENS_A_FIGURE: Final = "".join(
    sorted({word[0] for word in _APPROX_WORDS.split("|")} | set(_CN + "半HUNSAC$¥￥€£"))
)
_FIGURE: Final = lazy_compile(
    # a figure opens with a word of approximation, a currency sign or a number: tried first,
    # they spare trying the whole pattern at every character (3x faster)
    rf"(?=[\d{re.escape(_OPENS_A_FIGURE)}])"
    + _PRE
    + _SIGN
    # a range is one figure, its first end with its own magnitude or without (3至5年, 200万–300万吨)
    + rf"(?P<num>{_NUM}(?:(?:万亿|萬億|亿|億|万|萬)?\s?[-—–~～至到]\s?{_NUM})?)(?P<mag>{_MAG})(?P<suf>多|余|餘|几|幾|来|來)?"
    # 两个亿, 一个多亿, 十几个亿: hundreds of millions counted with 个, as spoken (not 三个|万元户)
    + r"(?:[个個](?=(?:多|几|幾)?[亿億]))?(?P<suf2>(?<=[个個])(?:多|几|幾))?"
    + r"(?P<mag2>万亿|亿|万|億|萬)?"
    + rf"(?P<unit>%|‰|个千分点|個千分點|千分点|千分點|个百分点|個百分點|百分点|百分點|个基点|個基點|倍|成(?![本立功为員员]|不变|不變)|折{_NOT_A_DISCOUNT}|{_MAG}{_CURRENCY}|年级|年級|{_DICTIONARY_UNITS}|{_MEASURES}"
    + rf"|{_CLASSIFIERS}|{_LATIN_UNITS}|[{''.join(sorted(_MORE_CLASSIFIERS))}]|分(?![钟鐘之])"
    # 1 毛钱, 涨到 3 毛。, 每張1.3毫 (Hong Kong's dime, 毫子): tenths of a yuan or a dollar;
    # 角, the written dime, only before 钱 or cents or after digits (冰山一角 is a corner,
    # 5角星 a star; 三角五分钱 a price)
    + r"|毛(?=多?[钱錢]|[^\u4e00-\u9fff]|$)|毫(?=子|[^\u4e00-\u9fff]|$)"
    + r"|角(?=多?[钱錢]|\s?[1-9一二两三四五六七八九]\s?分(?![钟鐘]))|(?:(?<=\d)|(?<=\d\s))角(?=[^\u4e00-\u9fff]|$))?"
    + rf"(?P<half>半)?(?P<post>{_POST})?"
)
_CN_MONTH: Final = r"(?:十[一二]?|[一二三四五六七八九])月"
_CN_DAY: Final = (
    r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]"
)
# a century is a period where it stands as a time: before a part of it (20世纪初, 十九世纪末),
# a time word, 的, an adverb or a copula opening the predicate (19世纪正值…, 二十世纪也是) or a
# clause's end (最 opens a superlative predicate: 20世纪最初的三十年); before a noun the present
# or the last century names something (21世纪经济报道, 21世纪议程, 20世纪福克斯), before a
# place too (21世纪海上丝绸之路, a plan's name). An earlier one names nothing: 17世纪路易十四时期,
# 19世纪英国 are times whatever follows
_CENTURY_PART: Final = r"(?:初期?|末期?|中叶|中葉|中期|早期|晚期|[中早][晚后後前]期|末[叶葉]|[上下前后後]半叶|[上下前后後]半葉)"
_CENTURY_TAIL: Final = (
    rf"(?:{_CENTURY_PART}"
    r"|(?=以来|以來|之[交后後前初末]|[后後前时時内內里裏的和与與及到至就还還正是也都已曾又便才仍最"
    r"，,。、；;：:）)]|$))"
)
_PAST_CENTURY: Final = r"(?:1\d|[1-9])"
_MD: Final = r"(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\d/.])"  # 9/2
_DATE: Final = lazy_compile(
    # every alternative opens with one of these: tried first, they spare trying each at
    # every character (7x faster); a new alternative's first character belongs here
    r"(?=[\d今去明前同当當昨民首一二三四上下第本])"
    r"(?:今年|去年|明年|前年|同年|当年)?"
    r"(?:"
    r"(?:昨|今|前|明|去)[（(]\d{1,4}[）)][日年](?:\d{1,2}月(?:\d{1,2}[日号號])?)?"  # 昨（21）日, 去（2022）年11月
    # 2023财年, 2022/23財政年度
    r"|(?:民國|民国)\d{2,3}\s?年(?:\d{1,2}月(?:\d{1,2}[日号號])?)?"  # 民國109年: a Taiwan year
    r"|1[01]\d年(?=\d{1,2}月)(?:\d{1,2}月(?:\d{1,2}[日号號])?)"  # 112年8月23日
    # a year, month and day in digits alone (2019-03-06, 2023/8/22, 2019.8.29), as a page's
    # date or a citation writes it; not in a link or a number's run (…/2020-02-07/1015.html)
    r"|(?<![\d./\-A-Za-z_])(?:19|20)\d{2}(?P<ymd>[-/.])(?:0?[1-9]|1[0-2])(?P=ymd)(?:0?[1-9]|[12]\d|3[01])"
    r"(?![\d./\-A-Za-z_%])"
    r"|\d{4}年[至到\-—–~]\d{4}年"
    # 2023财年, 2012-2017财年, 2017–2018学年, 2022/23財政年度
    # (and 2027/28年, a financial or school year written with its second year's last two)
    r"|\d{4}(?:[-—–~至到]\d{4}|/\d{2,4})?\s?(?:财年|財年|财政年度|財政年度|学年|學年)|\d{4}[/-]\d{2}\s?年度|\d{4}/\d{2}\s?年(?!代)"
    r"|\d{4}(?:[-—–~至到]\d{4})?\s?年(?!代(?![表替價价理言辦办]))(?:度|前?[一二三四1-4]季度|第[一二三四1-4]季度?|首季度?|前三季度|上半年|下半年|"
    r"(?:\d{1,2}[-—–~至到])?\d{1,2}月份?(?:\d{1,2}[日号號]|\d{1,2}(?=[至到\-—–~](?:\d{1,2}月)?\d{1,2}[日号號]))?(?:底|初|末|中旬|上旬|下旬|尾(?![声聲巴随隨部款数數]))?|底|末|初)?"
    r"|(?:\d{1,2}[-—–~至到])?\d{1,2}月份?(?:\d{1,2}[日号號]|\d{1,2}(?=[至到\-—–~](?:\d{1,2}月)?\d{1,2}[日号號]))?(?:底|初|末|中旬|上旬|下旬|尾(?![声聲巴随隨部款数數]))?"
    r"(?:[至到-]\d{1,2}月\d{1,2}[日号號]|[至到\-—–~]\d{1,2}[日号號])?"
    r"|[前首]\d{1,2}[个個]月|[前首](?:[两兩][个個]?|[二三四五六七八九十][个個])月|[前首]三季度?|[一二三四]季度|上半年|下半年"
    r"|第[1-4一二三四]季(?:度)?|(?<=今年|去年|明年|前年|同年|当年|當年)首季度?"  # 今年首季: Q1
    # a decade, or decades (1990年代, 1900-1920 年代), not a year before 代表 (2015年|代表)
    r"|(?:上世纪|上世紀|\d{2}世纪|\d{2}世紀)?(?:\d{1,3}0[-—–~至到])?\d{1,3}0年代(?![表替價价理言辦办])(?:初|末|中期)?"
    rf"|(?<![\d.]){_PAST_CENTURY}(?:\s?[-—–~至到]\s?{_PAST_CENTURY})?\s?世[纪紀]{_CENTURY_PART}?"
    rf"|\d{{1,2}}(?:\s?[-—–~至到]\s?\d{{1,2}})?\s?世[纪紀]{_CENTURY_TAIL}"  # 17–18 世纪
    # a month and day with a slash, as Taiwan writes them, in brackets or as a range (週二(9/2),
    # 9/1-9/3); a slash alone is a share (1/3的工人)
    rf"|(?=\d)(?:(?<=[（(]){_MD}(?:[~～\-－至]{_MD})?(?=[）)])|{_MD}[~～\-－至]{_MD})"
    # a day, or days (在20至22日激增: the month is the one the text is in)
    r"|(?:本月|上月|下月|同月|當月|当月)?(?<![\d.])(?:(?:[12]\d|3[01]|0?[1-9])[至到\-—–~])?"
    r"(?:[12]\d|3[01]|0?[1-9])日(?![元圓圆內内后後]|\d(?!\d?[时時点點]))"  # 17日12点: a day, then its hour
    # a day by 号 where a time of day follows (在4号早上, 30號晚上, 13号晚，), "about" (21号
    # 左右) or a range to another day (4号至7号, whose end is one too); else a number (3号楼)
    r"|(?<![\d.])(?:[12]\d|3[01]|0?[1-9])[号號](?=早上|上午|下午|晚上|凌晨|中午|傍晚|深夜|当天|當天"
    r"|\d{1,2}[点點时時]|晚[，,。]|左右|前后|前後|[至到\-—–~](?:[12]\d|3[01]|0?[1-9])[号號])"
    r"|(?<=[号號][至到\-—–~])(?:[12]\d|3[01]|0?[1-9])[号號]"
    r")"
)
# dates in Chinese numerals (一九七三年十月二十六日, 二零一四年, 八月十六日) and a year by its last
# two digits (零三年, 九七年, 六八年; not 三四年, three or four years): apart from _DATE, and
# tried only where a sentence holds 年 or 月, as every alternative of _DATE is tried at
# every character
_CN_DATE: Final = lazy_compile(
    # a decade by its tens (八十年代) or, as spoken, digit by digit (七零年代)
    r"(?:上世[纪紀]|(?:二十|十[一二三四五六七八九]?)世[纪紀]|\d{2}世[纪紀])?"
    r"(?:[一二三四五六七八九]?[二三四五六七八九]十|[二三四五六七八九][零〇])年代(?:初|末|中期)?|"
    r"(?<![零〇一二三四五六七八九十百千两兩几幾])(?:(?:十[一二三四五六七八九]?|[二三四五六七八九])世[纪紀]"
    rf"{_CENTURY_PART}?|(?:二十一|二十)世[纪紀]{_CENTURY_TAIL})|"
    rf"[零〇一二三四五六七八九]{{4}}年(?:{_CN_MONTH}(?:{_CN_DAY})?)?|{_CN_MONTH}{_CN_DAY}"
    # a month alone (去年一月中旬, 2019年十二月份); not a rate (一月一通报), a month's time
    # (历时一月有余, 月复一月), nor a quoted event's or a band's name (「五月风暴」, 五月天)
    rf"|(?<![零〇一二三四五六七八九十百千两兩几幾「“『《复復])(?:\d{{4}}\s?年)?{_CN_MONTH}份?"
    r"(?:底|初|末|中旬|上旬|下旬|尾(?![声聲巴随隨部款数數]))?(?![一二三四五六七八九十天雪余餘多]|有余|有餘)"
    r"|(?<![零〇一二三四五六七八九十百千万萬两兩几幾])[零〇一二三四五六七八九]{2}年(?![代级級])"
)
# a day of the month from the 20th on as Hong Kong and Taiwan papers write it: 廿 is twenty and
# 卅 thirty (廿六日, 卅日, 廿八至卅日); the 四日 of 廿四日 is no four days
_DAY_OF_TENS: Final = r"(?:廿[一二三四五六七八九]?|卅一?)"
_TENS_DATE: Final = lazy_compile(
    rf"(?:{_CN_MONTH})?(?:{_DAY_OF_TENS}|十[一二三四五六七八九]?|[一二三四五六七八九])?"
    rf"(?:(?<=[廿卅一二三四五六七八九十])[至到\-—–~])?{_DAY_OF_TENS}[日号號]"
)
# clock times are dates: 23时20分, 6時至10時, 下午两时, 晚上8点半; the time-of-day word is not
# part of the figure's text; 点 is a clock after one, or where a time's words follow it
# (_CLOCK_AFTER), not an index level (3200点)
# (零時 is midnight; 零点 is also "zero point", 零点五, and 一时 "for a moment"; after 小, 中, 初,
# 高 the number is a school year: 在中二時寫的, 小六时)
# (时间, 时候, 时期, 时代 are words the hour's 时 opens; 时|期间 is an hour "during": 8时期间)
_HOUR: Final = r"(?:\d{1,2}|十[一二]?|[二两兩三四五六七八九]|零(?=[时時]))"
# minutes after 点 may go without 分 as they are said (下午4点30开始), two digits and no more
_MINUTES: Final = r"(?:\d{1,2}分|(?<=[点點])[0-5]\d(?![\d.%％]))"
_CLOCK: Final = lazy_compile(
    r"(?P<day>凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜間|深夜)?"
    rf"(?<![小中初高\d.])(?P<time>{_HOUR}(?P<mark>[时時点點])(?:(?<=[点點])[钟鐘])?(?:{_MINUTES}|[零〇一二三四五六七八九十]{{1,3}}分|半)?"
    rf"(?:[至到\-—–~～]{_HOUR}[时時点點](?:{_MINUTES}|半)?)?)(?![间間候代刻钟鐘]|期(?![间間]))"
)
# a minus sign before a number, not a range's dash (3-5) nor a code's (G-7, 2020-21)
_MINUS: Final = lazy_compile(r"(?<![0-9A-Za-z.%％)）\-−－万萬亿億])[-−－](?=\d)")


def _ends_on_the_same(before: str, figure: str) -> bool:
    """Whether `before`, what stands before a dash, ends on a number and the unit `figure`
    ends on (100 家|-|200 家, 3 米-5 米): the dash joins a range, no minus sign."""
    unit = re.sub(r"^[\d.,\s]+", "", figure)
    return bool(unit) and re.search(rf"\d\s*{re.escape(unit)}\s*$", before) is not None


# a minus in words: below zero (零下12度), negative (负3.5%); before a count, 负 is "lost" (负2场)
_MINUS_WORD: Final = lazy_compile(r"零下|[负負]")
# an hour in digits with 点 and no time-of-day word is a clock where a time's words follow (6点起床,
# 9点多, 7点整, 8点左右, 9点至11点), not before a noun or a colon (3点建议, 3点：…)
_CLOCK_AFTER: Final = lazy_compile(r"[多钟鐘整左前后後至到才就起，,。、）)]|$")
_INDEX_BEFORE: Final = lazy_compile(
    r"指|[大收开開]盘|[大收開开]盤|涨|漲|跌|升|降|报|報"
)  # 下跌21点
# a price or a number right before 一 and a unit, which is then its "per" (35元|一斤); not a
# year (2019 到 2020|一年之间)
_PER: Final = lazy_compile(r"(?:[元块塊钱錢]|(?<!19\d)(?<!20\d)\d多?)$")
_ABSTRACT: Final = lazy_compile(
    r"方面|层面|層面|維度|维度|特点|特點|問題|问题|环节|環節|阶段|階段|目标|目標|重点|重點|原因|途径|途徑|方向|"
    r"市场|市場|循环|循環|机制|機制|渠道|轮子|輪子|层次|層次|意识|意識|维护|維護|规定|規定|精神|理念|原则|原則|"
    r"方针|方針|战略|戰略|行动|行動|自信|全面|代表|坚持|堅持|服务|服務|保障|体系|體系|格局|工程"
)
_SKIP_BEFORE: Final = lazy_compile(r"[A-Za-z第]$")
# a span of years written without 年 (1912-1928期间, 1963~2016 of a life, 2016-present on a
# nameplate): a date
_YEAR_SPAN: Final = lazy_compile(
    r"(?<![\d./\-A-Za-z_])(?P<from>1[89]\d{2}|20\d{2})\s?[-~～–—至到]\s?"
    r"(?:(?P<to>1[89]\d{2}|20\d{2})|present|Present|至今)(?![\d./\-A-Za-z_%％年])"
)
# numbers listed by 、 (the last perhaps by 和) right before a date's, which share its unit
# (2018、|2019年, 1940、1941、1942 和|1944 年)
_LISTED_BEFORE: Final = lazy_compile(
    r"(?<![\d.,%％A-Za-z第、\-~～–—])(?:\d+\s?、\s?)*\d+\s?(?:、|和|及|与|與)\s?$"
)
_SKIP_AFTER: Final = lazy_compile(r"^[A-Za-z]")
# two neighbouring digits make an estimate, not an amount: 一两, 两三, 五六, 七八
# two numerals that say "a few": neighbours (三四年, 七八年) and 三五, the one pair apart that
# says it (用了三五年, 过去三五年): no year of the 1930s
_NEIGHBOURS: Final = lazy_compile(r"一两|一二|两三|二三|三四|四五|五六|六七|七八|八九|三五")
_VAGUE: Final = lazy_compile(r"^(?:[两三四五几数]位数|[几数]|一)$")
_APPROX: Final[dict[str, Approx]] = {
    "近": "less",
    "将近": "less",
    "接近": "less",
    "不到": "less",
    "不足": "less",
    "以下": "less",
    "超": "more",
    "超过": "more",
    "逾": "more",
    "突破": "more",
    "以上": "more",
    "余": "more",
    "餘": "more",
    "多": "more",
    "来": "about",  # 20来位, 十来天: "or so"
    "來": "about",
    "有余": "more",
    "至少": "more",
    "多达": "more",
    "约": "about",
    "約": "about",
    "大約": "about",
    "將近": "less",
    "超過": "more",
    "多達": "more",
    "高達": "more",
    "大约": "about",
    "左右": "about",
    "上下": "about",
    "几": "about",
    "幾": "about",
}
_MONEY_CONTEXT: Final = lazy_compile(
    r"GDP|营收|收入|规模|投资|总额|产值|金额|资金|市值|利润|销售额|营业额|融资"
)
_LEAD: Final = lazy_compile(
    r"^(?:据统计|统计数据显示|数据显示|其中|同时|此外|另外|预计|截至目前|目前|与此同时)[，,]?"
)
_VERB_TAIL: Final = lazy_compile(
    r"(?:累计实现|实现|达到|达|为|是|约|超过|突破|增长|同比|环比|下降|减少|提高|提升|"
    r"共|仅|累计|高达|超|(?<![最附])近|相隔|相距|有|完成|增加|新增|发布|签署了|签署)+$"
)
# what a growth verb before a figure makes of it: a share grows at a rate, an amount changes
_RATE: Final = "增速"
_CHANGE: Final = "变化"
_GROWTH: Final = lazy_compile(
    r"(?:同比|环比)?(?:增长|增速|上涨|提高|提升|下降|减少|回落|增加)(?:了)?$"
)


def _kind(unit: str, mag: str, pre_text: str) -> tuple[FigureKind, str]:
    """(kind, unit as reported) for a matched unit."""
    if unit in {"%", "‰", "个百分点", "個百分點", "百分点", "百分點"} or "千分" in unit:
        return "percent", unit  # ‰ per mille (a birth rate of 4.5‰): the number, as for %
    if unit in {"成", "折"}:
        # 六成 is 60%: the value is the percent, as the dev set's gold has it; a price at 3.6折
        # is 36% of what it was
        return "percent", "%"
    if unit == "倍":
        return "other", "倍"
    if unit in {"个基点", "個基點"}:
        return "measure", unit
    money = re.fullmatch(rf"(?:万亿|萬億|千萬|千万|百萬|百万|亿|億|万|萬|千)?({_CURRENCY})", unit)
    if money:
        currency = money.group(1)
        return "money", "元" if currency in _RMB else currency
    if unit in _SHORT_CURRENCY:
        return "money", _SHORT_CURRENCY[unit]  # 1750 欧, 50 镑: the euro and the pound, short
    if unit == "月":
        return "measure", unit  # 两月: months counted (三月 is March, and no figure of this)
    if unit == "旬":
        return "measure", "岁"
    if (
        re.fullmatch(_MEASURES, unit)
        or re.fullmatch(_LATIN_UNITS, unit)
        or unit.lstrip(_METRIC_PREFIXES) in _UNIT_WORDS
    ):
        return "measure", unit.replace("多", "").replace("半", "")  # 分多钟: 分钟
    if unit:
        return "count", unit.lstrip("万亿")
    if mag and _MONEY_CONTEXT.search(pre_text[-20:]):
        return "money", "元"  # GDP超两万亿: money without its currency
    return "count", ""  # 8500多万 (people), 3.1亿, 已近 3000: a count whose noun is said


# a magnitude the unit opens with (亿元, 万吨); not 千 (千瓦, 千米) nor 兆 as a prefix (兆瓦)
_UNIT_SCALE: Final = lazy_compile(r"(万亿|萬億|亿|億|万|萬|兆)(?![瓦赫帕字位欧歐焦])")


# units that count in tens: 八成 80%, 八折 80% (of a price), 八旬 80 years of age
_TENS_UNITS: Final = frozenset("成折旬")
# dimes, tenths of a yuan or a dollar: 毛 as said, 角 as written, 毫 in Hong Kong
_DIMES: Final = frozenset("毛角毫")


def _value(number: str, mag: str, unit: str, half: bool = False) -> float | str | None:
    ends = re.split(r"\s?[-—–~～至到]\s?", number, maxsplit=1)
    if len(ends) == 2 and ends[0]:  # a range: 3至5 → "3-5", 200万–300万 → "2000000-3000000"
        scale = _UNIT_SCALE.match(unit)  # 2至3万亿元
        tail = mag + (scale.group() if scale else "")
        first = ends[0] if re.search("[万萬亿億]$", ends[0]) else ends[0] + tail
        low, high = parse_number(first), parse_number(ends[1] + tail)
        if low is None or high is None:
            return re.sub(r"\s", "", number)
        if unit in _TENS_UNITS:  # 3至5成: 30-50%
            low, high = low * 10, high * 10
        elif unit in _DIMES:  # 4—5 角钱: 0.4-0.5 yuan
            low, high = low / 10, high / 10
        return f"{_end(low)}-{_end(high)}"
    value = 0.5 if number == "半" else parse_number(number + mag)
    if value is None:
        return None
    magnitude = _UNIT_SCALE.match(unit)
    if magnitude:
        value = parse_number(number + mag + magnitude.group(1))
    if half and value is not None:
        value += 0.5  # 一年半, 两成半
    if unit in _TENS_UNITS and value is not None:
        value *= 10  # 八成 80%, 八旬 80 years of age, 两成半 25%, 八折 80%
    if value is None or not math.isfinite(value) or abs(value) >= _TOO_LARGE:
        return None  # 309 nines: no float holds it; the figure keeps its text
    if abs(value) < 1e15:
        value = float(f"{value:.12g}")  # 2.16兆: 2160000000000, not …0.0002
    digits = number.replace(",", "")
    if abs(value) >= 1e15 and digits.isdigit() and not half and unit != "成":
        exact = int(digits)  # beyond a float's 15 digits: the exact integer
        scale = re.match(r"万亿|亿|万", unit)
        for char in mag + (scale.group() if scale else ""):
            exact *= int(MAGNITUDES[char])
        return exact
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


def _share(numerator: str, denominator: str) -> float | None:
    """A fraction as a percent: 三分之一 → 33.33, 百分之三十 → 30 (rounded to 2 places)."""
    top, bottom = parse_number(numerator), parse_number(denominator)
    if top is None or not bottom:
        return None
    share = round(100 * top / bottom, 2)
    return int(share) if share == int(share) else share


def _digits(run: str) -> str:
    """A run of digits, Chinese ones read one by one (八五 → "85", 零三 → "03"), as tenths
    and hundredths are said after a unit (三成五, 9秒八三, 八五折)."""
    return "".join(str(DIGITS.get(c, c)) for c in run)


_ASIDE: Final = lazy_compile(r"\s?[（(]([^（()）]*)[）)]")  # and what the brackets hold
_TERM_PART: Final = lazy_compile(r"[\u4e00-\u9fff]{1,3}")
_LATIN_WORD: Final = lazy_compile(r"[A-Za-z0-9]{2}")


def _clean_label(text: str) -> str:
    # （新华社）今年全国粮食产量, 记者 王明）全市: a byline in brackets is not what is measured,
    # nor a gloss or an aside (诺华公司 (Novartis), 库存 (不包括战略储备)); a word or two in
    # brackets is the term's own (注册(落地)项目)
    text = _ASIDE.sub(
        lambda m: "" if m.start() == 0 or not _TERM_PART.fullmatch(m.group(1)) else m.group(), text
    )
    closing = max(text.rfind("）"), text.rfind(")"))
    if closing >= 0 and not re.search("[（(]", text[:closing]):
        text = text[closing + 1 :]
    opening = max(text.rfind("（"), text.rfind("("))
    if opening > 0 and not re.search("[）)]", text[opening:]):
        text = text[:opening]  # 《战争的艺术》（写于: the figure opens an aside
    text = _LEAD.sub("", text.strip(" ，,、：:（("))
    # a figure that opens a quote (要求「两个小时内…」) leaves its opening mark at the end
    text = _without_verb_tail(text).lstrip(" ，,、的").rstrip(" ，,、的「『“")
    unquoted = text.lstrip("「『“")
    if not re.search("[」』”]", unquoted):  # a quote opening before the figure: 「我30歲
        text = unquoted
    if len(text) > 24:  # keep the end (the head noun), starting at a word boundary
        head = len(text) - 24
        while head < len(text) and _LATIN_WORD.fullmatch(text[head - 1 : head + 1]):
            head += 1  # not inside a word in Latin letters (Engie: not "ngie")
        text = text[head:].lstrip()
        cut = re.search(r"[在的、和与及对]", text[:10])
        text = text[cut.end() :] if cut else text
    return text


def _without_verb_tail(text: str) -> str:
    """A label without the verbs and adverbs that join it to its figure (收入达到|, 同比|增长|,
    只有|, 已有|, 已经|, 分别|, 甚至|: jieba's adverbs say how the figure stands to the clause,
    never what it measures): its last words while each is one of them, alone or after an adverb
    of one character, but not the end of a name cut up (`_ends_a_name`). A word of its own
    that ends in one stays whole (大约|有 keeps 大约, not 大; 拥有, 持有); where jieba joined
    the verb to a word that is none (占|比达, a name), the verb goes and the rest stays."""
    from reader.core.glossary import glossary

    adverbs = word_set("adverb-words.txt")
    # the last word is one of these only if the label ends in one (adverbs are of 1-4
    # characters): most labels end on a noun, and are not cut into words at all
    if not _VERB_TAIL.search(text) and not any(text[-n:] in adverbs for n in range(1, 5)):
        return text
    words = dictionary_words(text)
    while words:
        word = words[-1]
        if word in adverbs and not _ends_a_name(words):
            words.pop()
            continue
        if not (tail := _VERB_TAIL.search(word)):
            break
        cut = tail.start()
        if cut and (cut > 1 or word[0] not in adverbs):
            if not glossary().lookup(word):
                words[-1] = word[:cut]
            break
        words.pop()
    return "".join(words)


def _ends_a_name(words: list[str]) -> bool:
    """Whether the last of `words` may end a name of two or three characters that jieba did
    not know and cut up (吴|永|正, 周|立正 45岁; 李|正: not the adverbs 正, 立正): a common
    surname, then single characters up to it. A name of two before an adverb (舒|塔|已) is not
    told from one of three and keeps it: a word too many, never a name cut short."""
    size = len(words[-1])
    for word in reversed(words[:-1]):
        if len(word) > 1 or size >= 3:
            break
        size += 1
        if size >= 2 and word in COMMON:
            return True
    return False


# what may stand between a date and the words after it that say what happened then: spaces,
# the line break of a fact sheet, a sentence's end (他生于1976年。), a closing quote or bracket,
# and the 、 that lists the next date
_DATE_LABEL_TRIM: Final = " \t\n，,、；;：:。！？!?）)」』”’"
_CLOSERS: Final = {"）": "（", ")": "(", "」": "「", "』": "『", "”": "“", "’": "‘"}


def _date_label(after: str) -> str:
    """The words after a date, without the marks around them; a closing mark stays when the
    label opened it (组织了「有人读书会」); and without the 的 that makes the date modify a
    noun (2019年9月|的联合国气候行动峰会上: the summit is what happened then)."""
    label = after.lstrip(_DATE_LABEL_TRIM)
    if label.startswith("的") and next(iter(dictionary_words(label[:4])), "") == "的":
        label = label[1:].lstrip()  # not 的确 of 2019年的确…
    while label and label[-1] in _DATE_LABEL_TRIM:
        opener = _CLOSERS.get(label[-1])
        if opener and opener in label:
            break
        label = label[:-1]
    if len(label) <= 24:
        return label
    # cut at 24 characters: not inside an aside it opens (…敏实集团 (0425.HK), 理查森 (Lewis),
    # nor on the 的 of a noun left out (…名叫 curl 的); a title or a quote cut short still
    # says what was published or said (发布《关于全省特殊人群…)
    cut = label[:24]
    opened = _unclosed(cut)
    cut = (cut[:opened] if opened >= 4 else cut).rstrip(" " + _OPENING_MARKS)
    if cut.endswith("的") and dictionary_words(cut)[-1:] == ["的"]:
        cut = cut[:-1].rstrip()
    return cut


# what closes a time frame opened before a date (从…起, 自…开始, 到…为止), with the position
# words (以来, 之后, 期间)
_FRAME_ENDS: Final = frozenset({"起", "开始", "開始", "为止", "為止", "至今", "时", "時"})


def _only_closes_a_frame(words_after: str) -> bool:
    """Whether the words after a date only close the time frame it opens (2019年|以来，, 自3月|
    起，, 1月初|开始，): the event that happened then is told in the next clause."""
    words = [w for w in dictionary_words(words_after) if not w.isspace()]
    position = word_set("position-words.txt")
    return bool(words) and all(w in position or w in _FRAME_ENDS for w in words)


def _unclosed(text: str) -> int:
    """Where the first bracket that `text` opens and does not close stands; -1 if none."""
    opened: list[int] = []
    for i, char in enumerate(text):
        if char in "（(":
            opened.append(i)
        elif char in "）)" and opened:
            opened.pop()
    return opened[0] if opened else -1


# what joins dates listed together (2016年、2017年, 2019年和2020年, 2022年及2023年)
_DATE_LIST_JOIN: Final = lazy_compile(r"\s*(?:、|以及|和|及|与|與|或)\s*")


def _past_listed_dates(text: str, pos: int, date_ends: dict[int, int]) -> int:
    """Where the event of a date starts: past the dates listed after it, which share it
    (2016年、2017年两年都陷入亏损: both years' label is 两年都陷入亏损, not 2017年…)."""
    while (join := _DATE_LIST_JOIN.match(text, pos)) and join.end() in date_ends:
        pos = date_ends[join.end()]
    return pos


# an approximation after a time or date (十时许 "about ten", 8点左右, 春节前后): no event
_ABOUT_A_TIME: Final = lazy_compile(r"\s*(?:左右|前后|前後|许(?![多可诺])|許(?![多可諾]))")


# a figure in digits and the word joining it to the figure after it, which shares its clause
# (分别下降32.4%和|32.6%, 分别为5.9% 和|2.2%, 分别为430公里和|300公里)
_JOINED_BEFORE: Final = lazy_compile(
    r"(?<![\d.,])\d[\d.,]*\s?[^\s\d，,。；;、]{0,4}?\s?(?:和|及|与|與|或)\s?$"
)


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        norm = text.translate(_FULL_WIDTH)
        # 《titles》 (and 〈篇名〉, the marks Taiwan and Hong Kong put round an article's name)
        # never hold figures: mask them, keeping every offset
        self.norm = re.sub(
            r"《[^《》\n]*》|〈[^〈〉\n]*〉",
            lambda m: m.group()[0] + "\ue000" * (len(m.group()) - 2) + m.group()[-1],
            norm,
        )

    def sentence_bounds(self, start: int, end: int) -> list[tuple[int, int]]:
        return sentences(self.norm, start, end)

    def run(self, sections: tuple[Section, ...]) -> list[Figure]:
        figures: list[Figure] = []
        for section in sections:
            if section.kind in {"title", "byline", "trailer"}:
                continue
            body_start = section.start
            if section.title is not None:  # sub-headings are not body text
                newline = self.text.find("\n", section.start, section.end)
                body_start = section.end if newline < 0 else newline
            for start, end in self.sentence_bounds(body_start, section.end):
                if _ANY_NUMERAL.search(self.norm, start, end):
                    figures += self.sentence(start, end)
        return figures

    def _listed_dates(self, dates: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
        """`dates` with the numbers listed by 、 before one taken into it, which share its unit
        (2018、2019年, 70、80、90年代, 1、2月, 凌晨3、4点), one date as the dev gold writes
        2018、2019年; a day's list after its month joins the month (5月|1、2日)."""
        out: list[tuple[int, int]] = []
        for a, b in dates:
            lead = re.match(r"\d+", self.norm[a:b])
            listed = _LISTED_BEFORE.search(self.norm, max(start, a - 24), a) if lead else None
            if lead is None or listed is None or not self._a_dates_list(listed, lead.group()):
                out.append((a, b))
            elif out and out[-1][1] == listed.start():
                out[-1] = (out[-1][0], b)
            else:
                out.append((listed.start(), b))
        return out

    def _a_dates_list(self, listed: re.Match[str], lead: str) -> bool:
        """Whether the numbers `listed` before a date's number `lead` are dates of its unit:
        written alike (years in four digits, months and days in one or two) and rising; not an
        item's number opening a line or a sentence (5、|5月16日至19日…), a list's marker."""
        written = re.findall(r"\d+", listed.group())
        numbers = [int(n) for n in [*written, lead]]
        return (
            self.norm[listed.start() - 1 : listed.start()] not in {"", "\n", "。", "；", ";"}
            and numbers == sorted(set(numbers))
            and all(len(n) == len(lead) or (len(lead) <= 2 and len(n) <= 2) for n in written)
        )

    def _clause_start(self, position: int, floor: int) -> int:
        return clause_start(self.norm, position, floor)

    def _clause_end(self, position: int, ceiling: int) -> int:
        """Where the clause holding `position` ends, past a thousands comma (人口为2,185.8万)."""
        at = clause_end(self.norm, position, ceiling)
        while at < ceiling and _THOUSANDS_COMMA.match(self.norm, at - 1):
            at = clause_end(self.norm, at + 1, ceiling)
        return at

    def sentence(self, start: int, end: int) -> list[Figure]:
        found: list[Figure] = []
        dates = [(m.start(), m.end()) for m in _DATE.finditer(self.norm, start, end) if m.group()]
        here = self.norm[start:end]
        if "年" in here or "月" in here or "世" in here:
            dates += [  # not 三四年: three or four years, vague
                (m.start(), m.end())
                for m in _CN_DATE.finditer(self.norm, start, end)
                if not (len(m.group()) == 3 and _NEIGHBOURS.fullmatch(m.group()[:2]))
            ]
        dates += [
            # to the present: the year it began is the date, as dev18's gold has 2016-present
            (m.start(), m.end() if m.group("to") else m.end("from"))
            for m in _YEAR_SPAN.finditer(self.norm, start, end)
            if (not m.group("to") or int(m.group("from")) < int(m.group("to")))
            # before a Han character only as the first of a common word (1912-1928|期间): a
            # unit or a noun counted (2000-2020|元, 1990-2010|人) makes it an amount
            and (
                not "\u4e00" <= self.norm[m.end() : m.end() + 1] <= "\u9fff"
                or _opens_common_word(self.norm[m.end() : m.end() + 2])
            )
        ]
        if "廿" in here or "卅" in here:
            dates += [(m.start(), m.end()) for m in _TENS_DATE.finditer(self.norm, start, end)]
        dates += [
            (m.start("time"), m.end("time"))
            for m in _CLOCK.finditer(self.norm, start, end)
            if m.group("day")
            or self.norm[m.start() - 1 : m.start()] in ("日", "号", "號")  # 17日12点
            or m.group("mark") in "时時"
            or m.group("time").endswith(("分", "半", "钟", "鐘"))
            or (
                (hour := re.match(r"\d+", m.group("time"))) is not None
                and int(hour.group()) <= 24
                # where a time's words follow, or a span from one hour to another (3点到5点)
                and (
                    _CLOCK_AFTER.match(self.norm, m.end("time"))
                    or re.search("[至到]", m.group("time")) is not None
                )
                and not _INDEX_BEFORE.search(self.norm, max(start, m.start() - 8), m.start())
            )
        ]
        dates = sorted(
            d
            for d in set(dates)
            if not any(o != d and o[0] <= d[0] and d[1] <= o[1] for o in dates)
        )
        merged: list[tuple[int, int]] = []
        for a, b in dates:  # overlapping spans: keep the first
            if not merged or a >= merged[-1][1]:
                merged.append((a, b))
        dates = merged
        dates = [
            d for d in dates if not _SKIP_BEFORE.search(self.norm[d[0] - 1 : d[0]] if d[0] else "")
        ]
        dates = join_date_spans(self.norm, self._listed_dates(dates, start))
        taken = [False] * (end - start)
        for a, b in dates:
            for i in range(a, b):
                taken[i - start] = True
        scope = ""
        previous_label = ""
        candidates: list[tuple[int, int, str, re.Match[str] | None]] = [
            (a, b, "date", None) for a, b in dates
        ]
        for half in re.finditer(r"一半", self.norm[start:end]):  # 一半: 50%
            a, b = start + half.start(), start + half.end()
            if not any(taken[i - start] for i in range(a, b)):
                candidates.append((a, b, "half", None))
        # 21比18, 三分之一, 第8位: each one figure, not two numbers
        for pattern, name in (
            (_DURATION, "duration"),
            (_SCORE, "score"),
            (_FRACTION, "fraction"),
            (_RANK, "rank"),
            (_ORDINAL, "ordinal"),
            (_SPLIT_BY_UNIT, "split"),
            (_DISCOUNT, "discount"),
            (_TOLL, "toll"),
        ):
            for found_match in pattern.finditer(self.norm, start, end):
                a, b = found_match.span()
                if name == "split" and self._counts_after(b):
                    continue  # 3成|5年: a share, then a count of its own
                if not any(taken[i - start] for i in range(a, b)):
                    candidates.append((a, b, name, found_match))
                    for i in range(a, b):
                        taken[i - start] = True
        for hit in _FIGURE.finditer(self.norm, start, end):
            num_start = hit.start("num")
            inside = [i for i in range(num_start, hit.end("num")) if taken[i - start]]
            if inside and inside[0] > num_start:
                # a range whose second end is a date (从 2018 年的 100 万|到 2019 年的): the first
                # end is a figure of its own, read as if the text stopped at the date
                cut = _FIGURE.match(self.norm, hit.start(), inside[0])
                hit = cut if cut is not None and cut.start("num") == num_start else hit
                inside = [i for i in range(num_start, hit.end()) if taken[i - start]]
            if inside:
                continue
            candidates.append((num_start, hit.end(), "figure", hit))
        candidates.sort()
        date_ends = {a: b for a, b, kind, _ in candidates if kind == "date"}
        for a, b, kind, match in candidates:
            if kind == "date":
                text = self.text[a:b]
                about_then = _ABOUT_A_TIME.match(self.text, b, end)  # 十时许, 8点左右
                rest = _past_listed_dates(
                    self.norm, about_then.end() if about_then else b, date_ends
                )
                clause_end = self._clause_end(rest, end)
                if clause_end - rest <= 1 and rest > b and clause_end + 1 >= end:
                    # 事故发生在上午十时许。, 疫情可能会持续到7月或8月。: the time (past its 许 or
                    # the dates listed after it) ends its sentence, whose event came first
                    about = _clean_label(self.text[self._clause_start(a, start) : a])
                else:
                    # "2019年，全球…": the event is the next clause, as after the words that
                    # only close the date's frame (2019年以来，…, 自3月起，…)
                    framed = _only_closes_a_frame(self.norm[rest:clause_end])
                    if clause_end - rest <= 1 or (clause_end + 1 < end and framed):
                        if framed:
                            rest = clause_end + 1
                        clause_end = self._clause_end(clause_end + 1, end)
                    about = _date_label(self.text[rest:clause_end])
                    if not about:  # 上映时间：1995年 ending its line: the field came first
                        opens = self._clause_start(a, start)
                        if opens == a and a > start:  # past the colon that ends the field
                            opens = self._clause_start(a - 1, start)
                        about = _clean_label(self.text[opens:a])
                if (
                    a - start <= 6 or self.norm[a - 1 : a] in "，,；;"
                ):  # a scope for the figures after it
                    scope = text
                found.append(Figure(text, text, "", "date", about or "日期", None, a, b))
                continue
            if kind == "duration":
                assert match is not None
                found.append(self._duration(match, start, end, scope, previous_label))
                continue
            if kind == "score":
                assert match is not None
                first, second = match.group(1), match.group(3)
                if (
                    match.group("colon")
                    and len(second) == 2
                    and int(first) < 24
                    and int(second) < 60
                ):
                    text = self.text[a:b]  # 10:30, a clock time
                    found.append(Figure(text, text, "", "date", "date", None, a, b))
                    continue
                about = self._about(a, b, "other", "", start, end, scope, previous_label)
                value = f"{first}:{second}"
                found.append(Figure(self.text[a:b], value, "", "other", about, None, a, b))
                continue
            if kind == "fraction":
                assert match is not None
                share = _share(
                    match.group("num") or match.group("num2") or match.group("num3"),
                    match.group("den") or match.group("den2") or match.group("den3"),
                )
                if share is not None:
                    about = self._about(a, b, "percent", "%", start, end, scope, previous_label)
                    approx = self._approx_before(a, start)
                    found.append(Figure(self.text[a:b], share, "%", "percent", about, approx, a, b))
                continue
            if kind == "ordinal":
                assert match is not None
                unit = match.group("unit") or match.group("cunit")
                about = self._about(a, b, "count", unit, start, end, scope, previous_label)
                count = int(parse_number(match.group("n") or match.group("cn")) or 0)
                found.append(Figure(self.text[a:b], count, unit, "count", about, None, a, b))
                continue
            if kind == "split":
                assert match is not None
                figure = self._split_by_unit(match, start, end, scope, previous_label)
                if figure is not None:
                    found.append(figure)
                continue
            if kind == "rank":
                assert match is not None
                about = self._about(a, b, "other", "", start, end, scope, previous_label)
                rank = int(match.group("n"))
                unit = match.group("unit")
                found.append(Figure(self.text[a:b], rank, unit, "other", about, None, a, b))
                continue
            if kind == "discount":
                assert match is not None
                tenths = match.group("tenths")
                share = int(_digits(tenths))  # 八五 → 85
                about = self._about(a, b, "percent", "%", start, end, scope, previous_label)
                approx = self._approx_before(a, start)
                found.append(Figure(self.text[a:b], share, "%", "percent", about, approx, a, b))
                continue
            if kind == "toll":
                assert match is not None
                toll = parse_number(match.group("n") or match.group("dead"))
                if toll is not None:
                    unit = match.group("unit") or "死"
                    # what caused them, before the count (事故造成|3死|5伤): the words after are
                    # the toll's other half
                    before = self.text[self._clause_start(a, start) : a]
                    about = _clean_label(re.sub(rf"(?:\d+|[{_CN}]+)死$", "", before))
                    found.append(
                        Figure(self.text[a:b], int(toll), unit, "count", about, None, a, b)
                    )
                continue
            if kind == "half":
                about = self._about(a, b, "percent", "%", start, end, scope, previous_label)
                found.append(Figure(self.text[a:b], 50, "%", "percent", about, None, a, b))
                continue
            assert match is not None
            if found and found[-1].end > a:
                continue  # read into the figure before it (7 毛 8 分钱: the 8 分 is its cents)
            figure = self._figure(match, start, end, scope, previous_label)
            if figure is not None:
                found.append(figure)
                # its subject, not its 增速 or 变化: 余额增加|1.87万亿元，同比增长|124.9%
                subject = figure.about.removesuffix(f" {_RATE}").removesuffix(f" {_CHANGE}")
                previous_label = subject.split(" ")[-1] if subject else previous_label
        return join_ranges(self.text, self._sharing_a_unit(found, start), _FALLBACK_LABELS)

    def _sharing_a_unit(self, found: list[Figure], start: int) -> list[Figure]:
        """`found` with the bare numbers that share the unit of the figure after them (分别回落
        0.5和0.4个百分点, 12、15和18岁): each is a figure of that unit, scaled as it is (分别为
        3.2和4.5亿元). Not item numbers after 第 (第9、13和44項), nor two joined by 、 that say
        one or the other (2、3個小時, 3、40人)."""
        out: list[Figure] = []
        for figure in found:
            number = _LEADING_NUMBER.match(self.norm, figure.start)
            if (
                number is None
                or figure.kind in {"date", "other"}
                or figure.unit in _CLOCK_OR_CALENDAR
                or isinstance(figure.value, bool)
                or not isinstance(figure.value, (int, float))
                or not float(number.group())
            ):
                out.append(figure)
                continue
            chain: list[re.Match[str]] = []
            at = figure.start
            # the pattern ends at `at`: searched from a number's length before it, not from the
            # sentence's start, which made a long paragraph's figures quadratic
            while (before := _SHARED_BEFORE.search(self.norm, max(start, at - 64), at)) is not None:
                if out and out[-1].end > before.start("num"):
                    break
                chain.append(before)
                at = before.start("num")
            if chain and self.norm[at - 1 : at] == "第":
                chain = []  # 第9、13、15和44項: which items, ordinals
            if not chain:
                # 由60增加到|65歲, 从 3 提高至|5 个百分点: where a change starts, in the unit of
                # where it ends
                origin = _FROM_BEFORE.search(self.norm, max(start, at - 24), at)
                if origin is not None and not (out and out[-1].end > origin.start("num")):
                    chain = [origin]
            if (
                len(chain) == 1
                and chain[0].group().rstrip().endswith("、")
                and _about_as_many(float(chain[0].group("num")), float(number.group()))
            ):
                either = self._one_or_the_other(chain[0], figure, number.group())
                out.append(figure if either is None else either)
                continue
            scale = figure.value / float(number.group())
            for before in reversed(chain):
                a, b = before.span("num")
                value = round(float(before.group("num")) * scale, 10)
                shown = int(value) if value == int(value) else value
                out.append(
                    Figure(
                        self.text[a:b], shown, figure.unit, figure.kind, figure.about, None, a, b
                    )
                )
            out.append(figure)
        return out

    def _approx_before(self, a: int, floor: int) -> Approx | None:
        """The approximation a word right before a figure's span makes (近, 约, 超过)."""
        word = _PRE_WORD.search(self.norm, max(floor, a - 2), a)
        return _APPROX.get(word.group()) if word else None

    def _duration(
        self, match: re.Match[str], start: int, end: int, scope: str, previous_label: str
    ) -> Figure:
        """The measure a duration in parts makes, counted in its smallest unit."""
        groups: tuple[str, ...]
        sizes: tuple[int, ...]
        if match.group("y"):
            groups, sizes, unit = ("y", "ym"), (12, 1), "个月"
        elif match.group("d"):
            groups, sizes, unit = ("d", "dh"), (24, 1), "小时"
        elif match.group("h"):
            groups, sizes, unit = ("h", "hm", "hs"), (3600, 60, 1), "秒"
        else:
            groups, sizes, unit = ("m", "s"), (60, 1), "秒"
        # every part is digits or 一…十, which always parse
        parts = (int(parse_number(match.group(g) or "0") or 0) for g in groups)
        total = sum(part * size for part, size in zip(parts, sizes, strict=True))
        a, b = match.span()
        approx = self._approx_before(a, start)  # 近三年零四个月
        about = self._about(a, b, "measure", unit, start, end, scope, previous_label)
        return Figure(self.text[a:b], total, unit, "measure", about, approx, a, b)

    def _split_by_unit(
        self, match: re.Match[str], start: int, end: int, scope: str, previous_label: str
    ) -> Figure | None:
        """The figure a unit between a number's whole and its next digits makes (1米65 is
        1.65 metres, 三成五 35%, 9秒83 9.83 seconds)."""
        a, b = match.span()
        whole, part = parse_number(match.group("whole")), match.group("part")
        digits = _digits(part)
        if whole is None:
            return None
        value = float(f"{int(whole)}.{digits}")
        approx = self._approx_before(a, start)  # 近三成五, 约1米65
        if match.group("unit") == "成":
            share = round(value * 10, 10)
            about = self._about(a, b, "percent", "%", start, end, scope, previous_label)
            shown = int(share) if share == int(share) else share
            return Figure(self.text[a:b], shown, "%", "percent", about, approx, a, b)
        unit = match.group("unit")
        about = self._about(a, b, "measure", unit, start, end, scope, previous_label)
        return Figure(self.text[a:b], value, unit, "measure", about, approx, a, b)

    def _one_or_the_other(
        self, before: re.Match[str], figure: Figure, number: str
    ) -> Figure | None:
        """The figure two numbers joined by 、 make where they say "one or the other" (停擺4、5
        星期, 3、40人, 12、3萬元): a range, "about", as the dev gold writes 4、5星期 ("4-5");
        None where they are two amounts."""
        first, second = float(before.group("num")), float(number)
        ends = _either_ends(first, second)
        if ends is None or not isinstance(figure.value, (int, float)):
            return None
        low, high = ends
        scale = figure.value / second
        a = before.start("num")
        value = f"{_end(low * scale)}-{_end(high * scale)}"
        return replace(figure, text=self.text[a : figure.end], value=value, approx="about", start=a)

    def _in_a_word(self, a: int, b: int) -> bool:
        """Whether the number at `a` and the dictionary classifier ending at `b` are part of a
        word, not a count: a word opening on them (三局 a bureau, 三番五次, 十万火急), a saying
        holding them (胡说八道, 说三道四), or the classifier beginning a common word with the
        character after it (西九|文化, 10亿|面前, 近百|记者), unless that character is a noun the
        classifier counts (30本|书, 三本|书: 本书 "this book" and 三本 "a third-tier college"
        are words, but 书 is what 本 counts)."""
        norm = self.norm
        counted = norm[b - 1 : b + 1] in _MEASURED_NOUNS
        return (
            any(
                norm.startswith(word, a) and not (counted and a + len(word) == b)  # 三本|书
                for word in _NUMERAL_WORDS.get(norm[a : a + 2], ())
            )
            or norm[a - 1 : a + 3] in _SAYINGS
            or norm[a - 2 : a + 2] in _SAYINGS
            or (_opens_common_word(norm[b - 1 : b + 1]) and not counted)
        )

    def _counts_after(self, at: int) -> bool:
        """Whether the character at `at` is a unit, a classifier or a magnitude: a numeral
        before it counts with it."""
        char = self.norm[at : at + 1]
        return bool(char) and (
            char in _MORE_CLASSIFIERS
            or char in _UNIT_CHARS
            or re.fullmatch(_CLASSIFIERS, char) is not None
        )

    def _counts_a_noun(self, number: str, a: int, b: int) -> bool:
        """Whether digits and 大 count the noun after them (8大模块, 3大技术难题), as the dev
        gold has it: a small number, 大 a word of its own in the dictionary's cut and a noun
        after it; not the start of a word (211大学, 404大厦), a date's or a name's number
        (5·12大地震, 2016大选) nor a congress (18大以来)."""
        from reader.core.name_shapes import is_predicate

        words = dictionary_words(self.norm[b - 1 : b + 5])
        return (
            number.isdigit()
            and int(number) <= 50
            and not re.search(r"[·\-－—]\s?$", self.norm[max(0, a - 2) : a])
            and len(words) >= 2
            and words[0] == "大"
            and not is_predicate(words[1])
        )

    def _a_verb_after(self, b: int) -> bool:
        """Whether a classifier ending at `b` that jieba tags a verb, a preposition or an
        adverb when alone (回, 对, 则) is that word here: it opens a word with the character
        after it (70多|回升, 439 in jieba's counts; 回落 331), where a count's noun makes a rare
        pair (对夫妻 0). (A verb or a closed word after it was tried: 56根|「…」, 2组|以上 and
        4則|是 are counts.)"""
        from reader.core.name_shapes import frequency, is_predicate

        unit = self.norm[b - 1]
        if not is_predicate(unit) or self.norm[b - 1 : b + 1] in _MEASURED_NOUNS:
            return False  # 30本|书: 本 "this" is an adverb too, but 书 is what it counts
        return frequency(self.norm[b - 1 : b + 1]) >= 100

    def _not_a_word(self, a: int, b: int, start: int, end: int) -> bool:
        """Whether the dictionary's cut of the text around a number and its unit puts the
        number inside a word begun before it (唯一|尺度, 冰冻三尺, 大二|升) or makes one word of
        them and what follows (三尺讲台): then they are that word, not an amount. A word
        begun by the unit may run on (两|升水 is still two litres of water)."""

        low = at = max(start, a - 4)
        for word in dictionary_words(self.norm[low : min(end, b + 4)]):
            if at < a < at + len(word) or (at == a and at + len(word) > b):
                return True
            at += len(word)
        return False

    def _opens_a_longer_word(self, a: int, b: int, start: int, end: int) -> bool:
        """Whether the number and its unit open a word of the dictionary's cut that runs on
        past the unit and names a thing or a group, counting nothing (三轮车 "pedicab", 一家人
        "household", 七国集团 "G7"): the numeral is that word's."""
        from reader.core.name_shapes import names_no_amount
        from reader.core.segment import dictionary_word_from

        word = dictionary_word_from(self.norm, a, max(start, a - 4), min(end, b + 4))
        return len(word) > b - a and names_no_amount(word)

    def _some_day(self, a: int, b: int) -> bool:
        """Whether 一天 at [a, b) is "one day", a day not counted: after 有 opening a clause
        (有一天，他…) or before a part of the day (一天晚上, not 前一天晚上: the day before)."""
        opens = self.norm[a - 1 : a] == "有" and self.norm[a - 2 : a - 1] in ("", *_CLAUSE_ENDS)
        return opens or (
            _PART_OF_DAY.match(self.norm, b) is not None
            and self.norm[a - 1 : a] in ("", *_CLAUSE_ENDS)
        )

    def _a_word_not_a_count(self, a: int, b: int, start: int, end: int) -> bool:
        """Whether the number and its unit are exactly one word of the dictionary's cut that
        CC-CEDICT gives a verb's sense (四起 "to arise on all sides"), or no counting sense
        before a verb (四面|树敌 "on all sides"): a word, not an amount."""
        from reader.core.name_shapes import an_act, counts_nothing, may_act
        from reader.core.script import to_simplified
        from reader.core.segment import dictionary_word_from

        # (a count after 的, 了, 有 is one: 五起诉讼中的|四起, 发生了|四起)
        if self.norm[a - 1 : a] in {"的", "之", "了", "有", "共", "约", "近"}:
            return False
        word = dictionary_word_from(self.norm, a, max(start, a - 4), min(end, b + 4))
        if word != self.norm[a:b]:
            return False
        if may_act(word):
            return True
        # 四面|竖敌, 四处|奔走: a word that counts nothing (四面 "all sides"), before a verb;
        # not one (不足一家|公立医院: 一家 "the whole family" too), nor in a list (三、四周)
        if self.norm[a] == "一" or self.norm[a - 1 : a] in {"、", "或", "至", "到"}:
            return False
        after = to_simplified(self.norm[b : min(end, b + 4)])
        if self.norm[b - 1] in "周週" and counts_nothing(word):
            # 四周 "all around" (望着四周黑黑的山, 四周都是高楼) or four weeks: weeks where a
            # time's word follows (四周后, 四周内, 四周时间) or a span's stands before (为期四周)
            span = _BEFORE_WEEKS.search(self.norm, max(start, a - 2), a) is not None
            return not (span or _AFTER_WEEKS.match(after))
        following = dictionary_word_from(after, 0, 0, len(after))
        return counts_nothing(word) and an_act(following)

    def _figure(
        self, match: re.Match[str], start: int, end: int, scope: str, previous: str
    ) -> Figure | None:
        number, mag, unit = match.group("num"), match.group("mag"), match.group("unit") or ""
        mag = mag or match.group("mag2") or ""  # 8500多万
        suffix = match.group("suf") or match.group("suf2") or ""
        post = match.group("post") or ""
        sign = match.group("sign") or ""
        a = match.start("sign") if sign else match.start("num")
        b = (
            match.end("half")
            if match.group("half") and match.group("unit")
            else match.end("unit")
            if match.group("unit")
            else max(match.end(g) for g in ("mag", "suf", "mag2") if match.group(g) is not None)
        )
        if suffix in {"来", "來"} and not unit and not match.group("mag2"):
            suffix, b = "", match.start("suf")  # 按两万|来收: 来 a verb's, not "or so" (十来万)
        if (
            len(unit) == 1
            and b == match.end() == match.end("unit")
            and self.norm[b : b + 1] == "次"
            and re.fullmatch(_CLASSIFIERS, unit)
            and _counts_times(unit + "次")
        ):
            unit, b = unit + "次", b + 1  # 300架次, 12班次, 30场次: times of a kind, one unit
        if b <= a:
            return None
        before = self.norm[max(0, a - 1) : a]
        after = self.norm[match.end() : match.end() + 1]
        money = re.fullmatch(rf"{_MAG}{_CURRENCY}", unit) and (
            mag or "," in number or re.match("[万萬亿億]", unit)
        )
        chinese = not number[0].isdigit()
        code = _SKIP_BEFORE.search(before) and (before == "第" or not chinese)
        if (not sign and code and not (money and before != "第")) or (
            _SKIP_AFTER.match(after) and not unit
        ):
            # 5G, G20, C919, 第一; after a classifier a letter opens the noun (家A股); a sum
            # of money is no code, whatever stands before it (收取UGL5,000萬元); nor is a
            # number in Chinese after a Latin word (Android两套, iPhone三个版本)
            return None
        if sign and not unit:
            unit = _SIGNS.get(sign, "元")  # $1.96, HK$390億: money, the sign its currency
        if (
            not unit
            and not mag
            # 4萬3千|無症狀感染者: digits and magnitudes make an amount (十万八千|里 is an idiom)
            and not (number[0].isdigit() and re.search("[万萬亿億]", number))
            and not (
                match.group("pre")
                and not chinese
                and re.match(r"[。，,；;）)]", after or "。")
                and not re.match(r"[，,]\d{3}(?!\d)", self.norm[match.end() : match.end() + 5])
            )
            and not (
                suffix in {"多", "余", "餘"}
                and not chinese
                and re.match(r"[\u4e00-\u9fff]", after)
                and not _opens_common_word(self.norm[b - 1 : b + 1], 30)
            )
        ):
            # a bare number: a code, a year without 年, a list marker; but after a word of
            # approximation, ending its clause, an amount (死亡人数已近 3000。), and one
            # "and more" before its noun (300 多医护人员: no code or year takes 多; not 多数)
            return None
        if (
            chinese
            and a > 0
            and not re.search(r"[-—–~～至到]", number)
            and (
                self.norm[a - 1 : a] in _DETERMINERS
                or (number == "一" and self.norm[a - 2 : a] in {"最近", "最初", "最後", "最后"})
            )
        ):
            # 這一年, 这两项, 最近一次: a determiner and a noun, not an amount; 最近三天 (the last
            # three days) is one
            return None
        if number == "一" and self.norm[a - 1 : a] == "每":
            return None  # 每一天: every day, no amount (每两年 is one)
        if number == "一" and unit in {"天", "日"} and self._some_day(a, b):
            return None  # 有一天，…, 一天晚上: "one day", no amount of days
        if number == "一" and unit and _PER.search(self.norm[max(0, a - 7) : a]):
            return None  # 35元一斤, 5000多一平米: a price's "per", no amount of its own
        if unit in {"对", "對"} and re.match(r"\d", self.norm[b : b + 1]):
            return None  # 以232对196的票数: a vote, "against", no pairs
        if (
            number == "一"
            and self.norm[a - 1 : a] in {"上", "下"}
            and unit in _PERIODS
            and not _opens_common_word(self.norm[a - 2 : a], 100)  # 创下|一年多来 is one
        ):
            return None  # 上一年, 下一代: the one before or after, no amount (等上一个小时 is one)
        if (
            number == "一"
            and unit
            and (
                (len(unit) == 1 and self.norm[b : b + 1] == unit)
                or self.norm[b : b + 1 + len(unit)] == "一" + unit
                or self.norm[a - 1 - len(unit) : a] == "一" + unit
            )
        ):
            return None  # 一天天, 一个个, 一年一年: one by one, no amount
        if (
            number == "一"
            and unit in _DAY_OR_YEAR
            and not match.group("pre")
            # 一天到一天半: a range's two ends
            and not re.match(r"\s*[到至或~～\-—–]", self.norm[b : b + 2])
            and not re.search(r"[到至或~～\-—–]\s*$", self.norm[max(0, a - 2) : a])
            and (
                "一" + unit in self.norm[b : b + 4]
                or "一" + unit in self.norm[max(0, a - 4) : a]
                or self.norm[a - 1 : a] in {"复", "復"}
            )
        ):
            return None  # 一天比一天, 活一天算一天, 做得一日得一日, 日复一日: a saying
        if chinese and any(self.norm[a - k : a + 4 - k] in _SAYINGS for k in range(4)):
            return None  # 三天两头, 七上八下: a saying, whatever its classifier
        if number == "一" and unit in _DAY_OR_YEAR and _WHICH_DAY.search(self.norm[a - 2 : a]):
            return None  # 有一天 (some day), 同一天, 某一年, 有朝一日, 前一天: which, not how long
        if chinese and not match.group("pre"):
            from reader.core.name_shapes import frequency

            head = self.norm[max(0, a - 2) : a]
            idiom = (
                _IDIOM_BEFORE.search(head)
                and b - a <= 2
                and not re.fullmatch(_CLASSIFIERS, head[-1])  # 一位|八旬 is no idiom
                and frequency(head) < _COMMON_HEAD  # 一共|两个, 一连|三天: a word, no idiom
            )
            # 成 and 上 say "in their thousands", "up to" before 千, 百, 万 alone (成千上万,
            # 上百家); else 成 ends a verb (造成|两名, 变成|三个) and 上 a place (楼上|七张床)
            vague = _VAGUE_BEFORE.search(head) and (head[-1] not in "成上" or number in "千百万萬")
            if vague or idiom:
                return None  # 数十名, 上百家: vague; 三番五次: an idiom
        if (
            chinese
            and re.fullmatch(r"[百千万]", number)
            and not match.group("pre")
            # a sum in a magnitude alone is one (市值已过万亿美元, 估值百亿美元), not a scale
            # (千亿元级, 百万元级别) nor a vague one (数以千亿美元计)
            and not (
                money
                and mag
                and self.norm[b : b + 1] not in {"级", "級"}
                and self.norm[max(0, a - 2) : a] not in {"数以", "數以"}
            )
        ):
            return None  # 百度 (Baidu), 数百米: no amount
        if (
            chinese
            and re.fullmatch(r"[一二两兩三]", number)
            and unit == "人"
            and not match.group("pre")
            and not mag  # 两亿人, 一万人: an amount
            and not re.search(r"(?:有|其中|共|仅|僅|只)$", self.norm[max(0, a - 2) : a])
        ):
            # 夫妇二人, 兩人已經…: the people named; 还有两人, 其中兩人, 仅两人 count
            return None
        if (
            number in {"两", "兩"}
            and unit in {"国", "國"}
            and not mag
            and not re.search(r"(?:有|其中|共)$", self.norm[max(0, a - 2) : a])
        ):
            return None  # 中美两国, 兩國關係: both countries, named; 有两国 counts
        if re.fullmatch(r"[两兩二]", number) and unit == "年" and re.match(r"[平分]", after):
            return None  # 两年平均: a descriptor
        if (
            re.fullmatch(r"[一二两兩三四五六七八九十]", number)
            and unit in {"个", "個", "项", "項", "条", "條", "年"}
            and _ABSTRACT.match(self.norm[b : b + 2])
        ):
            return None  # 三个方面, 两个市场, 八项规定, 三年行动方案: a label, not an amount
        if (
            chinese
            and self.norm[a - 1 : a] in "“「『"
            and re.match(r"[^”」』。！!？?]{0,6}[”」』]", self.norm[b:])
        ):
            # “两个维护”, 「两头高，中间低」: a slogan in quotes; a quoted sentence is speech
            # (「六十多块，淘宝买的。」)
            return None

        if number == "一" and unit in {"批", "些", "系列"}:
            return None  # 突破|一批|关键技术: a collective classifier, "a number of", whatever
            # verb of exceeding stands before it
        if unit in {"国", "國"} and self.norm[b : b + 2] in {"集团", "集團"}:
            return None  # 二十国集团, 20国集团 (G20): a bloc's name
        if (
            _VAGUE.match(number)
            and not match.group("pre")
            and not suffix
            and not mag  # 一萬元, 一亿人: an amount
            and not re.fullmatch(_MEASURES, unit)
            and not (number == "一" and unit in {"成", "倍"})
        ):
            return None  # 一批, 一个: an article, not an amount (一公里, 一成, 一倍 are one)
        if re.fullmatch(r"[两二三四五六七八九十]", number) and unit in {
            "座",
            "地",
            "大",
            "方面",
            "类",
        }:
            return None
        if unit == "大" and not self._counts_a_noun(number, a, b):
            return None  # 211大学, 404大厦, 2016大选, 5·12大地震, 18大以来: a word or a name
        if unit == "位" and self.norm[b : b + 1] == "数":
            return None  # 两位数
        if suffix == "多" and not mag and re.search(r"[1-9一二两兩三四五六七八九]$", number):
            return None  # 多 rounds up a ten, a hundred (40多, 二十多): 闻一多 is a name
        if chinese and not re.search(r"[一二两兩三四五六七八九十百千半]", number):
            return None
        if unit in {"点", "點"} and chinese and not re.search(r"[百千万萬亿億]", number):
            return None  # 一点 (a little), 两点 (two points made); 三百二十点 is an index's
        if chinese and unit and self._a_word_not_a_count(a, b, start, end):
            return None  # 之聲四起, 四面树敌: a word the dictionary holds, no count
        if chinese and unit and self._opens_a_longer_word(a, b, start, end):
            return None  # 三轮|车, 一家|人, 四人|帮: a word running on past the unit
        if unit == "度" and number == "一" and self.norm[b : b + 1] != "电":
            return None  # 一度 "for a time"; 一度电 is a kilowatt-hour
        if unit == "度" and number in {"二", "两", "兩", "三"}:
            from reader.core.name_shapes import is_predicate

            if is_predicate(self.norm[b : b + 1]):
                return None  # 二度送检, 两度访华: a second time, not degrees
        if (
            chinese
            and (re.fullmatch(_OTHER_UNITS, unit) or unit in _COUNTS_OF_TEXT)
            and self._not_a_word(a, b, start, end)
        ):
            return None  # 唯一|尺度, 冰冻三尺, 大二|升, 约法三章: the numeral is another word's
        if unit in _DIVISIONS and _opens_common_word(self.norm[b - 1 : b + 1], 1):
            return None  # 322|省道, 612|鎮壓, 0.7–1.3|区间: a word the division opens, no count
        if (
            (unit in _MORE_CLASSIFIERS and (self._in_a_word(a, b) or self._a_verb_after(b)))
            or (unit in {"国", "國"} and _opens_common_word(self.norm[b - 1 : b + 1], 400))
            or (unit == "股" and _opens_common_word(self.norm[b - 1 : b + 1], 500))
            or (unit in _SHORT_CURRENCY and _opens_common_word(self.norm[b - 1 : b + 1], 10))
        ):
            # 三局, 胡说八道, 西九|文化, 517|国际, 239|国道: a word of the dictionaries, not a
            # count; 70多|回升: the verb's own; 600519|股价, 500|股票指数: a ticker or an index,
            # not shares. With a magnitude the number is still an amount of what follows
            # (500万|本地人: 5 million local people, not 5 million volumes; 200 万|国际游客;
            # 1.15 亿|股份, 1400 万|欧洲观众: Europe, not euros)
            if not mag or chinese:
                return None
            unit, b = "", max(match.end(g) for g in ("mag", "suf", "mag2") if match.group(g))
        if (
            chinese
            and unit in {"级", "級", "期"}
            and self.norm[a - 1 : a] not in {"分", "共"}  # 分两期建设: how many
            and _labels_a_noun(self.norm[b : b + 6])
        ):
            return None  # 三级医院, 三级防护, 小区四期: a grade or a phase names the noun after it
        if unit in {"单", "單"} and _opens_common_word(self.norm[b - 1 : b + 1], 50):
            return None  # 3|单位, 1|单元, Model 3|单车成本: a word, not orders counted
        if (
            unit in {"段", "頁", "页", "條", "条", "款", "章", "節", "节"}
            and re.search(r"[（(][^（()）]{0,4}$", self.norm[max(0, a - 5) : a])
            and self.norm[b : b + 1] in {"）", ")"}
        ):
            return None  # （43段）: a reference to a judgment's paragraph, not an amount
        if unit in {"條", "条", "款", "節", "节"} and _LAW_BEFORE.search(
            self.norm[max(0, a - 12) : a]
        ):
            return None  # 《基本法》23條, 刑法255條: a law's article, a label (《孟子》三章 counts)
        if unit == "期" and re.match(r"临床|臨床|试验|試驗|工程|项目|項目", self.norm[b : b + 2]):
            return None  # 三期临床试验, 二期工程: a phase's label, not a count of issues
        if unit in {"届", "屆"} and re.match(
            r"[一二三四五六七八九十]+中全[会會]|全[国國]|人大|政[协協]|中央", self.norm[b : b + 6]
        ):
            return None  # 二十届三中全会, 十四届全国人大: the meeting's name, an ordinal
        if (
            unit == "分"
            and (
                chinese
                or _opens_common_word(self.norm[b - 1 : b + 1])
                # an hour before, on a clock or in a span: 2時11分, 十点四十分, 28 小时 29 分
                # (not a unit's 时: 每千瓦时|降低9.3分)
                or re.search(
                    r"[0-9零〇一二两兩三四五六七八九十]\s?(?:[时時点點]|小时|小時)",
                    self.norm[max(start, a - 8) : a],
                )
                or self.norm[b : b + 1] in {"秒", "钟", "鐘"}
            )
        ):
            return None  # 十分 (very), 3分析, minutes of a clock (2時11分至17分): not points
        if (
            chinese
            and 2 <= len(number) <= 3
            and not re.search(r"[十拾百千万萬亿億点至到\-—–~～]", number)
            and unit not in {"年", "级", "級"}  # 六八年 (1968), 七七级 (the class of 1977)
        ):
            return None  # 一一 (one by one), 三五 (a few), 五一, 六四: no amount
        if (
            number == "二"
            and (re.fullmatch(_CLASSIFIERS, unit) or unit in _MORE_CLASSIFIERS or unit == "元")
            and not match.group("pre")
        ):
            return None  # counting says 两: 二次, 二手, 二元 (dual) are words, not counts
        if (
            unit in {"处", "處"}
            and number == "四"
            and re.match(r"[\u4e00-\u9fff]", self.norm[b : b + 1])
        ):
            return None  # 四处奔走 (everywhere)
        if unit == "起" and re.search(r"(?:周|週|星期|礼拜|禮拜)$", self.norm[max(0, a - 2) : a]):
            return None  # 本周五起, 星期三起: "from" a weekday, no count of incidents
        if unit.endswith(("星期", "礼拜", "禮拜")) and self.norm[b : b + 1] in _WEEKDAYS:
            return None  # 一个星期六下午: a Saturday, no week
        if suffix in {"来", "來"} and not _ROUND_TENS.search(number + mag):
            return None  # "or so" follows a round number (20来位, 两千来人), not 5来人
        if (suffix in {"几", "幾"} and not _ROUND_TENS.search(number + mag)) or (
            chinese and _NEIGHBOURS.search(number)
        ):
            return None  # 十几位, 五六年, 一两年: vague amounts (20几个, 二十几岁 are some)
        # 两个半小时: the half inside the unit
        value = _value(number, mag, unit, bool(match.group("half")) or "半" in unit)
        if value is None and not re.fullmatch(r"[\d,]{16,}(?:\.\d+)?", number):
            return None  # not a number after all; a very long one is kept with no value
        pre_text = self.norm[self._clause_start(a, start) : a]
        kind, shown_unit = _kind(unit, mag, pre_text)
        if unit in _DIMES and value is not None:  # 1 毛钱: a tenth of a yuan
            kind, shown_unit = "money", "元"
            if isinstance(value, (int, float)):  # a range was scaled by _value
                value = value / 10
                cents = re.match(r"\s?([1-9一二两三四五六七八九])\s?分", self.norm[b : b + 5])
                if cents is not None:  # 7 毛 8 分钱: tenths and hundredths, one price
                    value = round(value + int(parse_number(cents[1]) or 0) / 100, 2)
                    b += len(cents[0])
            coin = re.match(r"(多?)[钱錢子]", self.norm[b : b + 2])
            if coin is not None:  # 1 毛多钱: more than a tenth
                b, suffix = b + len(coin[0]), suffix or coin[1]
        elif unit == "分" and self.norm[b : b + 1] in {"钱", "錢"} and isinstance(value, int):
            kind, shown_unit, value, b = "money", "元", value / 100, b + 1  # 5分钱: cents
        if (
            not unit
            and not mag
            and suffix
            and self.norm[b : b + 1] == "一"
            and self.norm[b + 1 : b + 2] not in {"点", "點", "些"}  # 300 多一点: a bit more
            and self._counts_after(b + 1)
        ):
            kind, shown_unit = "money", "元"  # 8000 多一平米: a price "per" one of something
        if unit in {"块", "塊"}:  # yuan as people say it (2000块。, 五块钱), not 两块地
            money = self.norm[b : b + 1]
            if money in {"钱", "錢"}:
                b += 1
            if money in {"钱", "錢"} or not re.match(r"[\u4e00-\u9fff]", money or "。"):
                kind, shown_unit = "money", "元"
        if (
            unit == "年"
            and len(number) == 4
            and number.isdigit()
            and not mag
            and not suffix  # 2000多年: more than, a span
        ):
            return None  # 2019年 is a date, found by the date pattern (6500万年 is a span)
        if "多" in unit:  # 1分多钟, 两个多月: 多 inside the unit, "more than"
            suffix = suffix or "多"
        approx_word = match.group("pre") or suffix or post or ""
        approx = _APPROX.get(approx_word) if approx_word else None
        a, shown_unit = self._scale(a, start, unit, shown_unit)
        if (
            isinstance(value, (int, float))
            and not chinese
            and not sign
            and a >= start + 1
            and _MINUS.match(self.norm, a - 1, a + 1)
            and not _ends_on_the_same(self.norm[max(start, a - 16) : a - 1], self.norm[a:b])
        ):
            a, value = a - 1, -value  # 从-0.1%上调, 增长−2.3%: a negative amount
        elif isinstance(value, (int, float)) and kind != "count" and not sign and a >= start + 1:
            word = _MINUS_WORD.search(self.text, max(start, a - 2), a)
            if (
                word is not None
                and word.end() == a
                # not the end of a word (减负 "lighten the load", 抱负, 胜负, 正负)
                and (word.group() == "零下" or not _opens_common_word(self.text[a - 2 : a], 10))
            ):
                a, value = word.start(), -value  # 零下12度, 增长负3.5%: the sign in words
        a, shown_unit = self._scale(a, start, unit, shown_unit)  # 摄氏零下5度: scale, sign
        text = self.text[a:b]
        about = self._about(a, b, kind, shown_unit, start, end, scope, previous)
        return Figure(text, value, shown_unit, kind, about, approx, a, b)

    def _scale(self, a: int, start: int, unit: str, shown_unit: str) -> tuple[int, str]:
        """(start, unit) of a figure in 度 with its scale named right before it (摄氏35度 is
        35 ℃, 华氏100度 100 ℉); unchanged if no scale is named or it was already taken."""
        scale = self.norm[a - 2 : a] if unit == "度" == shown_unit and a >= start + 2 else ""
        if scale in _SCALES:
            return a - 2, _SCALES[scale]
        return a, shown_unit

    def _opening_bracket(self, clause_start: int, a: int, floor: int) -> int | None:
        """Where the bracket opens that a clause before a figure closes (a comma inside an
        aside in brackets cut the clause), if it opens within 60 characters."""
        closing = max(self.norm.rfind("）", clause_start, a), self.norm.rfind(")", clause_start, a))
        if closing < 0 or re.search("[（(]", self.norm[clause_start:closing]):
            return None
        lo = max(floor, clause_start - 60)
        opening = max(
            self.norm.rfind("（", lo, clause_start), self.norm.rfind("(", lo, clause_start)
        )
        return opening if opening >= 0 else None

    def _about(
        self, a: int, b: int, kind: str, unit: str, start: int, end: int, scope: str, previous: str
    ) -> str:
        clause_start = self._clause_start(a, start)
        opening = self._opening_bracket(clause_start, a, start)
        if opening is not None:  # 三种基金（指数基金，ETF）占其中: the comma is the aside's
            clause_start = self._clause_start(opening, start)
        # the clause's last 80 characters: a label is its end (an unbounded clause had made
        # the label's regexes quadratic on a long run of figures)
        before = self.text[max(clause_start, a - 80) : a]
        # in a 、-list of figures each item has its own subject: …增长24.1%、软件…收入增长18.5%
        cut = max((m.end() for m in re.finditer(r"[\d%％元个项家]、", before)), default=0)
        before = before[cut:]
        before = _PRE_WORD.sub("", before)
        after = re.sub(rf"^\s*(?:{_POST}|多)", "", self.text[b : self._clause_end(b, end)])
        label, bare = "", False
        owner = _owned_noun(after)
        if owner:  # 4成的巴西国民, 前0.1%的人群, 5000人左右的学校: what the figure is of
            label = owner
        elif kind == "count":
            label = _counted(_noun_of_unit(unit, after)).strip(" ，,")[:20]
            if not label:
                label = _clean_label(before)
        else:
            # 分别下降32.4%和|32.6%: the second of a pair shares the first's clause, not the first
            before = (
                before[: joined.start()] if (joined := _JOINED_BEFORE.search(before)) else before
            )
            growth = _GROWTH.search(before.strip())
            label = _clean_label(before)
            bare = not label and not growth and bool(_VERB_TAIL.search(before.strip(" ，,")))
            if (
                re.fullmatch(r"(?:同比|环比)?(?:增长|增速|上涨|提高|提升)?", label or "")
                and previous
            ):
                label = previous
            if label.startswith("占") and previous:  # 占GDP比重 inherits its subject
                label = f"{previous} {label}"
            # a rate grows (增速); an amount changes by so much (库存增加|190万桶: no rate)
            change = _RATE if kind in ("percent", "other") else _CHANGE
            if growth and label and not label.endswith((_RATE, "增长", "增幅", "降幅", change)):
                label = f"{label} {change}"
            elif growth and not label:  # 同比仅增长|13%: the growth of what came before
                label = f"{previous} {change}".strip()
        # 」他的顾问工作只坚持了|15个月: the clause opens where a quote before it closes
        label = label.lstrip(" " + _CLOSING_MARKS)
        if not owner and (every := _EVERY.search(label)):
            # 每|72小时|翻一倍, 规则应该每|十年|更新一次: an interval, of what happens after it
            subject = _without_verb_tail(label[: every.start()]).rstrip(" ，,、的")
            label = f"{subject} {_interval_of(after)}".strip()
        closed = _closed_label(label) if label and not owner else ""
        if closed == "who":
            label = ""  # 他|15岁时, 另有|16%: an age, a share; who is no measure
        elif closed == "nothing":
            label = _predicate_after(after)  # 以|56亿元|购入成都农商行: not 以
        elif bare:  # 只有|10%|的女性认为…: the clause before is the verb alone
            label = _predicate_after(after) or label
        elif (
            kind != "count"
            and label
            and self.text[max(0, a - len(label)) : a] == label
            and _says_when_only(label)
        ):
            # 过去|十年，房价翻了一倍: which ten years; what happened in them comes after it,
            # in its clause or the next (not 周期约|一周: 周期 is what the clause is of)
            if not after.strip(" ，,"):
                next_clause = self._clause_end(b, end) + 1
                after = self.text[next_clause : self._clause_end(next_clause, end)]
            label = f"{label} {_predicate_after(after)}".strip()
        if scope and label and scope not in label:
            label = f"{scope} {label}"
        return label.strip() or _fallback_label(kind, unit)


# what makes the figure after it an interval: every so long, every so far (每两周, 每隔一天)
_EVERY: Final = lazy_compile(r"(?:每隔|每逢|每)$")
_INTERVAL_WORDS: Final = 12  # characters of the words after an interval kept as its label


def _interval_of(after: str) -> str:
    """What happens at the interval a figure after 每 gives, as its label: the words after it
    past function words (就, 才: 每两周|就有一家…), up to 12 characters in whole
    words; "" where a figure follows (每三平方公里|一个浮标 is a density: the subject names it)."""
    if _GOES_ON.match(after):
        return ""
    function = word_set("function-words.txt")  # its adverbs of one character: 就, 才
    words = itertools.dropwhile(lambda w: w in function, dictionary_words(after.strip()))
    kept = ""
    for word in words:
        if len(kept) + len(word) > _INTERVAL_WORDS:
            break
        kept += word
    return kept


def _closed_label(label: str) -> Literal["who", "nothing", ""]:
    """What a label made only of closed-class words (jieba's own tags: function, pronoun and
    position words) names of its figure. "who" where it holds a pronoun (他, 但他, 在这之前,
    另): it says whose the figure is, not what it measures, so the unit names it (他|15岁时 →
    年龄, 另有|三成 → 比例), not the words after it, which say what happened then
    (他|15岁时|就曾在通用汽车实习). "nothing" where it holds a function word (在, 而, 并在,
    因为即便在, 在前: the preposition or conjunction that opens the figure's clause). "" where
    it names something: a word of another class, or a position word alone, which says which
    (最近|三天, 之后|六周)."""

    function, position = word_set("function-words.txt"), word_set("position-words.txt")
    pronoun = word_set("pronoun-words.txt")
    words = [w for w in dictionary_words(label) if not w.isspace()]
    if not all(w in function or w in position or w in pronoun for w in words):
        return ""
    if any(w in pronoun for w in words):
        return "who"
    return "nothing" if any(w in function for w in words) else ""


def _says_when_only(label: str) -> bool:
    """Whether a label is a time or position word alone, or an adverb (过去, 未来, 此前, 最近,
    短短): it says which span or when, not what was measured in it."""
    words = [w for w in dictionary_words(label) if not w.isspace()]
    return len(words) == 1 and words[0] in word_set("closed-words.txt")


# nouns of time jieba does not tag positions that place a duration (16周|内, 35岁|时, 一周|时间里)
_WHEN_AFTER: Final = frozenset({"内", "內", "时", "時", "时间", "時間"})
# what goes on from a figure to another: a range (25岁|到35岁), a list (44%、46%|和40%)
_GOES_ON: Final = lazy_compile(r"\s*(?:[到至和及与與或、~～\-–—]\s*)?[\d一二两三四五六七八九十]")


def _predicate_after(after: str) -> str:
    """What the clause says after a figure that opens it, as its label when the words before
    it are only a preposition or a conjunction (以|56亿元|购入成都农商行 → 购入成都农商行, 而|
    1ppm|就被视为有害 → 视为有害): the words after it past function and position words, if they
    open on a word of two characters or more and hold two words at least (与|10年|前相比 leaves
    only 相比; 五年|期 LPR: 期 is the figure's own); "" where another figure follows at once."""

    if _GOES_ON.match(after):
        return ""
    function, position = word_set("function-words.txt"), word_set("position-words.txt")
    words = dictionary_words(after.strip())
    rest = list(
        itertools.dropwhile(lambda w: w in function or w in position or w in _WHEN_AFTER, words)
    )
    label = _date_label("".join(rest))
    words = dictionary_words(label)
    return label if len(words) >= 2 and len(words[0]) >= 2 else ""


# what a figure with no words around it measures, by its unit: a label in the article's
# language, not the kind's English name
_UNIT_LABELS: Final = (
    (lazy_compile(r"岁|歲|周岁"), "年龄"),
    (lazy_compile(r"世纪|世紀|年|月|周|週|星期|天|日|旬|小时|小時|钟头|鐘頭|分钟|分鐘|秒"), "时长"),
    (lazy_compile(r"平方|亩|畝|公顷|公頃|英亩|英畝|坪|呎"), "面积"),
    (lazy_compile(r"米|里|哩|尺|寸|吋|公分|^(?:km|cm|mm|nm|μm|m)$"), "长度"),
    (lazy_compile(r"吨|噸|克|斤|磅|盎司|^(?:kg|mg)$"), "重量"),
    (lazy_compile(r"℃|°C|°F|℉|摄氏度|攝氏度"), "温度"),
)
_SCALES: Final = {"摄氏": "℃", "攝氏": "℃", "华氏": "℉", "華氏": "℉"}
_KIND_LABELS: Final = {"count": "数量", "money": "金额", "percent": "比例", "date": "日期"}
_NO_KIND: Final = "数值"
# every label `_fallback_label` can give: a figure labelled so says only what kind it is
_FALLBACK_LABELS: Final = frozenset(
    [*_KIND_LABELS.values(), *(name for _, name in _UNIT_LABELS), _NO_KIND]
)


def _fallback_label(kind: str, unit: str) -> str:
    """The label of a figure whose clause names nothing: what its unit measures (时长 for 10 年,
    年龄 for 35 岁), or what its kind is (数量, 金额, 比例, 日期), else 数值."""
    if kind == "measure":
        label = next((name for pattern, name in _UNIT_LABELS if pattern.search(unit)), None)
        if label:
            return label
    return _KIND_LABELS.get(kind, _NO_KIND)


_LIST_WORDS: Final = frozenset({"等", "和", "及", "以及", "及其", "与", "與", "、"})


def _counted(after: str) -> str:
    """What a count counts: the words after it, up to a word that joins a list (等, 和, 及, 与,
    、), its last 的, an aside, or the first verb, adverb or other closed word after the noun
    (两名|年轻女子表示 counts 年轻女子, 700万辆|汽车上 counts 汽车); after 是, the noun that
    follows; "" where a preposition or adverb opens the words (100万人|在这里上学). Cut into
    words first, so 与 inside 参与 or 和 inside 和平 is no joint (五家|参与单位 counts 参与单位)."""
    after = _without_glosses(after).lstrip(" " + _CLOSING_MARKS)  # 「4万亿」|刺激计划
    after = _within_its_marks(after)  # 有三十个病人」说: the quote the count stands in ends
    last_de = after.rfind("的")
    after = _OPEN_ASIDE.split(after, maxsplit=1)[0]  # 九家银行 (六家大行…: no part of the noun
    copula = _COPULA.match(after)
    if copula:  # 700万辆|是德国车, 46家|也是煤炭生产商: what they are names them
        return _counted(after[copula.end() :])
    words = dictionary_words(after)
    if next((w for w in words if w.strip()), "") in _OPENS_PREDICATE:
        return ""  # 100万人|在这里上学, 两个|为市场机制: its clause names what is counted
    label, previous = "", ""
    for word in words:
        if word in _LIST_WORDS or (last_de >= 0 and len(label) + len(word) > last_de):
            break
        compound = _one_word(previous + word)  # 非政府|组织 is one noun, whatever 组织's tag
        if len(label.strip()) >= 2 and not compound and _ends_the_noun(previous, word):
            break
        label += word
        if word.strip():
            previous = previous + word if compound else word
    return label.rstrip(" 「『“《")  # 两篇|重要论文《: the title after it is no part of the noun


_OPENING_MARKS: Final = "「『“（(《"
_CLOSING_MARKS: Final = "」』”）)》"


def _within_its_marks(after: str) -> str:
    """The words after a count up to the first closing quote or bracket it did not open there:
    a count inside a quote or an aside (「三十个病人」, （包括三家政策性银行）) counts a noun
    that ends where the quote or the aside does."""
    depth = 0
    for i, char in enumerate(after):
        if char in _OPENING_MARKS:
            depth += 1
        elif char in _CLOSING_MARKS:
            if depth == 0:
                return after[:i]
            depth -= 1
    return after


def _without_glosses(after: str) -> str:
    """The words after a count without a gloss in Latin letters (两个新秀丽 (Samsonite) 手提箱)
    or an aside before its noun (900万 (人数创新高) 大学生): both stand inside the noun
    phrase; any other aside ends it (两家医院 (武汉亚心总医院、…) 医护资源)."""
    after = _LATIN_GLOSS.sub("", after)
    lead = _ASIDE.match(after)
    if lead and not _TERM_PART.fullmatch(lead.group(1)):
        after = after[lead.end() :].lstrip()
    return after


_LATIN_GLOSS: Final = lazy_compile(
    r"\s?[（(][^（()）\u4e00-\u9fff]*[A-Za-z][^（()）\u4e00-\u9fff]*[）)]"
)
# an aside opening (not a word or two of the term's own in brackets: 2万件(套), as `_clean_label`)
_OPEN_ASIDE: Final = lazy_compile(rf"\s?[（(](?!{_TERM_PART.pattern}[）)])")


# the words of one character that open a predicate, never a noun: the prepositions and adverbs
# that start a verb phrase (not 被: 1万多人|被围困 says what the people counted are)
_OPENS_PREDICATE: Final = frozenset("在为為将將就都也才于於由因则則从從")
_COPULA: Final = lazy_compile(r"\s*[也都则則就]?是(?![否非])")


def _one_word(text: str) -> bool:
    """Whether CC-CEDICT has `text` as one word: jieba's cut of a compound (非政府|组织) is no
    sign of where its noun ends."""
    from reader.core.glossary import glossary

    return bool(glossary().lookup(text))


def _ends_the_noun(noun: str, word: str) -> bool:
    """Whether `word` after the word `noun` (the two no word of CC-CEDICT together) starts the
    predicate of a clause whose subject ends with `noun` (女子|表示, 罪犯|将, 汽车|上): `noun` a
    word jieba tags no verb nor adverb, `word` one it does (of one character, only a closed
    word: 煤电|厂 and 流量|包 go on)."""
    from reader.core.name_shapes import is_predicate

    if is_predicate(noun) or not is_predicate(word):
        return False
    return len(word) > 1 or word in _NOT_NOUN or any(word in word_set(n) for n in _CLOSED)


_CLOSED: Final = ("function-words.txt", "adverb-words.txt", "position-words.txt")


def _noun_of_unit(unit: str, after: str) -> str:
    """What follows a count, with the unit's character given back where it opens a noun with
    what follows: 1100万人|口 counts 人口, 3052项|目 counts 项目, 五部|委 counts 部委, not 口,
    目 or 委. Cut by jieba in context, so 四名|人大代表 stays 人大代表 and 3本|来自台湾的书 is
    no 本来; a word of CC-CEDICT, so 100多颗|卫星 is no 颗卫星. 人 is also a noun's head on its
    own (5000人|员); 个 of 三个|人 is not: 个人 is no thing counted."""
    from reader.core.name_shapes import is_predicate

    last = unit[-1:]
    if not is_han(last) or last == "个" or not is_han(after[:1]):
        return after
    first = next(iter(dictionary_words(last + after[:8])), "")
    if len(first) < 2:
        return after
    if last == "人":
        return last + after
    # jieba has classifier-noun pairs as words (篇文章, 架飞机): CC-CEDICT does not; and where
    # the words after open with a word of their own (两种|类别), that word is the noun
    if not _one_word(first) or is_predicate(first):
        return after
    own = next(iter(dictionary_words(after[:8])), "")
    return last + after if len(own) < 2 else after


_NOT_NOUN: Final = frozenset(
    "是有在为為被将將就都也的和与與及得很吗嗎呢才了着著过過说說称稱道问問指"
)


def _owned_noun(after: str) -> str:
    """The noun phrase a figure modifies with 的 (4成|的巴西国民表示 → 巴西国民): the Han
    characters after 的 (past a space: 72% 的石油), up to the first verb of two characters or
    more, or a modal, adverb or function word of one; "" if none."""
    from reader.core.name_shapes import is_predicate

    run = re.match(r"\s?的([\u4e00-\u9fff]{2,16})", after)
    if run is None:
        return ""
    noun, previous = "", ""
    for word in dictionary_words(run.group(1)):
        # 的企业会…, 的股权曾…: a modal, adverb or function word of one character after the
        # noun starts the predicate as surely as a verb of two
        long_verb = len(word) >= 2 and is_predicate(word[:2])
        if word in _NOT_NOUN or long_verb or (len(noun) >= 2 and _opens_predicate(previous, word)):
            break
        noun += word
        previous = word
    noun = noun.rstrip("里裡中内內上下间間")  # 人群|里, 历史|中: a place word after the noun
    return noun if len(noun) >= 2 else ""


# the modal verbs, a closed class jieba tags as verbs (the word lists hold adverbs and
# function words, not them)
_MODALS: Final = frozenset("会會能要可应應得")


def _opens_predicate(noun: str, word: str) -> bool:
    """Whether a word of one character after the word `noun` opens the predicate: a modal
    (的企业会…) or a closed word `_ends_the_noun` takes (的股权曾…, 的土地仍…); not any character
    jieba tags as a verb, which a split name is full of (斯腾伯格)."""
    from reader.core.name_shapes import is_predicate

    if len(word) != 1:
        return False
    return _ends_the_noun(noun, word) or (word in _MODALS and not is_predicate(noun))


_CLOCK_OR_CALENDAR: Final = frozenset("年月日号號点點时時")
_LEADING_NUMBER: Final = lazy_compile(r"\d+(?:\.\d+)?(?![\d,])")
# where a change starts, and its verb, before the figure where it ends (由60增加到|65歲)
_FROM_BEFORE: Final = lazy_compile(
    r"(?:由|从|從)\s*(?P<num>\d+(?:\.\d+)?)\s*(?:[增减減提降升上下调調加缩縮扩擴]\w?)?\s*(?:到|至)\s*$"
)
# a bare number and a word joining it to the figure after it (0.5|和|0.4个百分点, 12|、|15岁)
_SHARED_BEFORE: Final = lazy_compile(
    r"(?<![\d.,A-Za-z%％])(?P<num>\d+(?:\.\d+)?)\s*(?:和|与|與|及|或|、)\s*$"
)


def _about_as_many(first: float, second: float) -> bool:
    """Whether two numbers joined by 、 say "one or the other" (2、3個小時, 50、60歲, 3、40人,
    13、4 块) rather than two amounts: next to each other, next tens, or the second written
    short (麒麟1020、7纳米: a name's number, then another figure's)."""
    return (
        second - first == 1
        or (first % 10 == 0 and second - first == 10)
        or second == (first + 1) * 10  # 3、40人: 三四十
        or second < first  # 13、4 块, 12、3萬字: the second written short
    )


def _either_ends(first: float, second: float) -> tuple[float, float] | None:
    """The two ends of two numbers `_about_as_many` reads as one or the other: as written
    (2、3個小時, 50、60歲), the first written short (3、40人 "thirty or forty") or the second
    (13、4 块 "thirteen or fourteen"); None where the short one makes no neighbour (麒麟1020、
    7纳米) or either is no whole number."""
    if first != int(first) or second != int(second):
        return None
    if second == (first + 1) * 10:  # 3、40人: 三四十
        return first * 10, second
    if second < first:  # 13、4 块, 12、3萬字: the second written short
        tens = 10 ** len(str(int(second)))
        high = first - first % tens + second
        return (first, high) if high - first == 1 else None
    return first, second


def find_figures(text: str, sections: tuple[Section, ...]) -> tuple[Figure, ...]:
    """Every figure of the article's body, in text order, repeats included.

    Spaces between a number and its words (在 6 月 1 日, 28 亿元: pangu spacing) are read as if
    absent; a figure's text and offsets are the article's own, spaces kept."""
    if not NUMBER_GAPS.search(text):
        return _outside_links(text, _Finder(text).run(sections))
    squeezed = Squeezed(text, NUMBER_GAPS)
    found = squeezed.outward_all(_Finder(squeezed.text).run(squeezed.inward_all(sections)), text)
    # a date's value is its text: the article's, spaces kept
    return _outside_links(
        text, [replace(f, value=f.text) if f.kind == "date" else f for f in found]
    )


_LINK: Final = lazy_compile(r"(?:https?://|www\.)[^\s\"'<>()\[\]{}\x80-\U0010ffff]+")


def _outside_links(text: str, found: list[Figure]) -> tuple[Figure, ...]:
    """The figures not inside a web address: its digits are a word's (…/%E8%AB%95 is no 95%)."""
    links = [m.span() for m in _LINK.finditer(text)] if "http" in text or "www." in text else []
    if not links:
        return tuple(found)
    return tuple(f for f in found if not any(a <= f.start < b for a, b in links))
