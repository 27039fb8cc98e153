"""Split an article into title, lead, sub-headed body sections, byline and trailer.

Plain-text Chinese news marks structure only by line shape: a headline first, short unpunctuated
sub-heading lines before long paragraphs, bracketed credits (【南方+记者】…) and disclaimers
(郑重声明…) at the end. These rules read that shape (research notes: extraction.md §4).
Sections always partition the text: each runs from its first line to the next section's start,
so concatenating them gives the whole text back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Final

from reader.core.cues import VERBS
from reader.core.model import Section, SectionKind
from reader.core.wordset import word_set

_SPACE: Final = " \t\u3000\u00a0\u2002\u2003\u200b"
_SENTENCE_END: Final = "。！!；;…."
_CLAUSE_MARKS: Final = re.compile(r"[，,；;。]")
# Credits: 【南方+记者】黄舒旻, 【通讯员】穗商务宣, 文/张三, 记者 李四, （作者：赵子健）.
_CREDIT_ROLE: Final = (
    r"(?:博客|主筆|主笔|專欄|专栏|撰稿|记者|記者|通讯员|通訊員|(?:责任|責任|网络|網絡|网页|網頁)?编辑|"
    r"(?:责任|責任|网络|網絡|网页|網頁)?編輯|责编|責編|摄影|攝影|作者|来源|來源|撰文|实习生|實習生|校对|校對|"
    r"审核|審核|采访|採訪|核查|统筹|統籌|监制|監製|策划|策劃|翻译|翻譯|译者|譯者|插画|插畫|美编|美編|排版|"
    r"图片|圖片|配图|配圖|搜集|蒐集|整理)"
)
# What a reporter writes, after 记者 (记者手记, 记者观察): a heading's words, not a credited name
_NOTES: Final = (
    r"(?:手记|手記|札记|札記|笔记|筆記|观察|觀察|调查|調查|探访|探訪|追踪|追蹤|来信|來信)"
)
# A credited name: 张三, 欧阳修文, or a two-character name spaced out as print sets it (苏  滨)
# (a letter, [^\W\d_], where a name stands: a class of Han characters costs half a millisecond
# to compile, on the first paint's path, a letter almost nothing)
_NAME: Final = r"(?:(?:[^\W\d_]|·){2,4}|[^\W\d_]\s{1,3}[^\W\d_](?=\s|$))"
_NAMES: Final = r"(?:、?(?:[^\W\d_]|·){2,4}){1,4}"  # 楊漢聲、趙蔡州
_BYLINE: Final = re.compile(
    rf"""^[►▶■●◆◎☉]?\s*(?:
        【[^】]{{0,12}}{_CREDIT_ROLE}[^】]{{0,8}}】\s*\S.{{0,30}}
      | 【\s*{_CREDIT_ROLE}\s*[:：]\s*[^】]{{1,30}}】
      | [（(]\s*{_CREDIT_ROLE}\s*[:：/].{{0,60}}[）)]
      # 记者：张三, 文/张三; not 某某告诉记者：「…」, what was told to a reporter
      | [^，,。：:\s]{{0,12}}?(?<!告诉)(?<!告訴)(?:文|图|圖|文/图|文/圖|摄|攝|{_CREDIT_ROLE})\s*[/／:：|｜丨\\=✎✍✏]\s*(?![「“『"])\S.{{0,40}}
      | {_CREDIT_ROLE}\s*{_NAMES}\s*[/／]\s*\S{{0,10}}(?:報導|报道|報道)  # 記者曾羿翔／綜合報導
      | [^\W\d_]{{2,8}}[/／]\s*{_NAMES}(?:報導|报道|報道)  # 生活中心／賴俊佑報導
      | [^，,。]{{1,40}}(?:[/／|｜丨]|\s)\s*(?:文|图|圖|摄|攝|{_CREDIT_ROLE})
      | [^，,。\s]{{2,20}}(?:出品|出品人)
      | (?:文|图|圖|摄|攝)\s+{_NAMES}  # 文 艾飞: the writer, set off by a space alone
      | {_CREDIT_ROLE}(?:公众号|公眾號|网站|網站|微博)\s*[:：]\s*\S.{{0,30}}  # 来源公众号：…
      | \S{{0,20}}?(?:微信)?(?:公众号|公眾號|公号|公號)\s*[:：]\s*[\w.-]{{1,30}}  # 《…》微信公号：ohistory
      | (?<=[►▶■●◆])\s*(?:文|图|圖)\S{{2,20}}
      | 原创\s+\S.{{0,30}}
      | (?:作者|筆者|笔者)(?:為|为|是|係|系)\S.{{0,40}}
      | [\u4e00-\u9fff《》]{{0,8}}?{_CREDIT_ROLE}\s*(?![的之们們是在和与與]|{_NOTES})(?:{_NAME}(?:\s+|$)){{1,6}}(?:\S{{1,8}})?
      | (?:本报|本報)?{_CREDIT_ROLE}(?:\s*[\u4e00-\u9fff·]{{1,4}}){{1,8}}\s*《[^》]{{1,12}}》\s*(?:[（(][^）)]{{0,30}}[）)])?
      | 《[^》]{{1,12}}》\s*[（(][^）)]{{0,30}}(?:版|期|號|号)\s*[）)]
    )$""",
    re.VERBOSE,
)
_DISCLAIMER: Final = re.compile(
    r"""^(?:郑重声明|鄭重聲明|免责声明|免責聲明|版权声明|版權聲明|特别声明|特別聲明|声明|聲明)\s*[:：]
      | 版权归原作者所有|版權歸原作者所有|如有侵权|如有侵權|联系我们(?:修改|删除)|转载.{0,12}(?:仅为|目的)
      | ^(?:编者按|編者按|编后|編後)\s*[:：]
      | ^(?:原标题|原標題|本文来自|本文來自|推荐阅读|推薦閱讀)\s*[:：]
      | ^本文(?:由|经|經).{1,30}(?:转码|轉碼|转载|轉載|授权|授權|出品)
      | ^本文(?:成文|写|寫)(?:于|於)|^(?:原文|原文章)(?:来自|來自|来源|來源|链接|鏈接)
      | (?:电话|電話|热线|熱線)\s*[:：]\s*[\d-]{7,}  # 读者热线：4008890008
      | ^(?:案件編號|案件编号)\s*[:：]  # a court report's case number
      | ^(?:该内容已被发布者删除|該內容已被發佈者刪除)
      | (?:微信号|微信號)\s*[:：]?\s*[A-Za-z0-9_-]{4,}$
      | ^(?:广告|廣告|Advertisement|ADVERTISEMENT)$  # an advert's place, left by a web page
      | ^(?:点击|點擊|长按|長按|扫码|掃碼|扫描|掃描|(?:关注|關注)(?:我们|我們|公众号|公眾號|微信|本号|本號)).{0,30}$
      | ^[（(](?:完|完\s*[）)].*)[）)]?$
      | ^\W*(?:全文完|完|未完待续|未完待續|待续|待續)\W*$
      | ^\W*(?:本文)?(?:首发|首發|原载|原載|原刊|原刋|刊于|刊於|发于|發於|发表于|發表於|转载自|轉載自|摘自|节选自|節選自)
      | 本文(?:长|長|共|全文)?约?[\d,，]+字|阅读(?:需时|需要|时间|時間|大约)|閱讀(?:需時|需要|時間|大約)
      | ^(?:欢迎|歡迎)(?:读者|讀者|各位|大家)?.{0,10}(?:联络|聯絡|联系|聯繫|来信|來信)  # a contact line
    """,
    re.VERBOSE,
)
_NUMBERED: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．]\s*\S"
    r"|\d{1,2}\s+(?![年月日号號时時点點分秒个個万萬亿億%％]|[\d.])\S"  # 01 回到那一天
    r"|\d{1,2}[，,](?!\d)"  # 1，碳九的危害
    r"|第[一二三四五六七八九十\d]+[部分章节節])"
)
_MARKER: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}(?:[.、．](?!\d)|\s)"
    r"|第[一二三四五六七八九十\d]+[部分章节節])"
)


def _scheme(text: str) -> str | None:
    """The shape of a line's numbering (一、 / （一） / 1. / 1␣), numerals masked, or the bullet
    that opens it (◎, ■); None if none."""
    marker = _MARKER.match(text)
    if marker is None:
        return text[0] if text[:1] in _BULLETS else None
    return re.sub(r"\d+", "1", re.sub(r"[一二三四五六七八九十]+", "一", marker.group(0)))


def _marker_end(text: str) -> int:
    """Where the text after a line's numbering (1， / 一、) starts; 0 if it has none."""
    marker = _MARKER.match(text) or re.match(r"^\d{1,2}[，,]", text)
    return marker.end() if marker else 0


def _in_list(body: list[_Line], i: int) -> bool:
    """Whether numbered line `i` has a line numbered the same way right before or after it:
    items of a list (1. … / 2. …), not headings, which have text between them."""
    scheme = _scheme(body[i].text)
    return scheme is not None and any(
        0 <= j < len(body) and _scheme(body[j].text) == scheme for j in (i - 1, i + 1)
    )


# a numbered heading's own marker (一、 （二） 1. 2.1), not a bullet, 【…】 or a count (40 家)
_LEVEL_MARK: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}(?:\.\d{1,2})*[.、．](?!\d)"
    r"|\d{1,2}\.\d\s)"  # 2.1 数据来源, not 83.03 吨
)
_BRACKETED: Final = re.compile(r"^【[^】]{2,20}】$")
_HEADING_BULLETS: Final = "■▶◆●▌★"  # a line opened by one may head a section
_BULLET: Final = re.compile(f"^[{_HEADING_BULLETS}]")
_BULLETS: Final = _HEADING_BULLETS + "◎•▪►▸◇□☆"  # (a run of lines each opened by one is a list)
_CAPTION: Final = re.compile(
    r"^(?:图为|圖為|▲|↑)|(?:摄|攝|供图|供圖|图源网络|圖源網絡|受访者提供|受訪者提供)\W*$"
    r"|图片来源|圖片來源|图片由|圖片由|照片由|照片来源|照片來源|相片由|(?:摄影|攝影|图|圖)\s*[/／:：]"
    r"|^(?:Photo|Photograph|Image|Picture|Illustration|Credit)s?(?:\s*[:：]|\s+by\s)"  # Photo: X/Reuters, Photograph by X
    r"|^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}(?<![共描彩])\s*(?:绘|繪)(?:图|圖)?$"  # 洪  琥绘
)
_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
_DATA_LINE: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|亿|億|万|萬|元)")
_WHOLE_QUOTE: Final = re.compile(r"^[“「『\"].*[”」』\"]$")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    text: str  # stripped of surrounding white space
    # length in characters, white space not counted (what a reader sees as length); counted
    # once, as the rules compare each line with its neighbours many times
    size: int = field(init=False)

    def __post_init__(self) -> None:
        # (counted a space character at a time, in C: a step a character was 0.03 s on 1 MB)
        spaces = sum(self.text.count(space) for space in _SPACE)
        object.__setattr__(self, "size", len(self.text) - spaces)


def _paragraphs(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(_SPACE)
        if stripped:
            lines.append(_Line(offset, stripped))
        offset += len(raw) + 1
    return lines


def _is_title(line: _Line, has_more: bool) -> bool:
    return has_more and line.size <= 60 and not line.text.endswith(("。", "."))


def _tail_kind(line: _Line) -> SectionKind | None:
    if _DISCLAIMER.search(line.text):
        return "trailer"
    if line.size <= 60 and _BYLINE.match(line.text):
        return "byline"
    return None


_CLOSERS: Final = "”」』\"'）)》"
_BARE_NUMERAL: Final = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[.、．]?$")
_DATE_ONLY: Final = re.compile(
    r"^[（(]?\d{4}\s*[年./-]\s*\d{1,2}\s*(?:[月./-]\s*\d{1,2}\s*日?)?[）)]?$"
    r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$"  # Sept. 5, 2019
)  # 2018年5月1日, 2018.11.24: a signature's date (a diary's 2月5日 heads its day)
_ATTRIBUTION: Final = re.compile(r"^\s*[—―－-]{1,2}")  # ——哈耶克: a quotation's source
_QUESTION_TURN: Final = re.compile(r"^[^，,。：:？?]{1,12}[：:].*[？?]$")  # 记者：您怎么看？
# A question asked in the running text: opened by a connective (那么…？ 而…呢？), closed by
# a spoken particle (…呢？), or said inside quotation marks (“你去哪里？”).
_ASKED_IN_TEXT: Final = re.compile(
    r"^(?:那么|那麼|那|而|但|可是|可|所以|然而|于是|於是|还是|還是|难道|難道|又)\S*[？?]$"
    r"|呢[？?]$|[？?！!][”」』\"]$"
)
_ASIDE: Final = re.compile(r"^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$")  # （…）
_DATELINE: Final = re.compile(r"\d.*[电電讯訊]$")
_HEADING_MAX: Final = 40
_LATIN_LINE: Final = re.compile(r"^[A-Za-z][\x20-\x7e]*$")  # Photo illustration by …
# One to four phrases of two to six characters, then a dash: a print kicker (扎根一线，服务百姓——;
# 慢旅行—— over a deck), not a sentence that opens onto what follows (演出开始了——).
_KICKER: Final = re.compile(
    r"^[\u4e00-\u9fff]{2,6}((?:[，,、\s]+[\u4e00-\u9fff]{2,6}){1,3})?[—―]{1,2}$"
)
# One phrase of any length, no punctuation, then a dash: over a deck, the place a page's
# report comes from (贵州省黔东南苗族侗族自治州黎平县肇兴侗寨——); a clause (…发现了…的历史——) is text
_PLACE_KICKER: Final = re.compile(r"^(?![^—―]*[的了是着把被让])[^\W\d_A-Za-z]{2,30}[—―]{1,2}$")
_FIRST_HEADING_MAX: Final = 20
_REPORTER: Final = re.compile(r"记者|記者|通讯员|通訊員")
_EDITOR_SIGNS: Final = re.compile(r"^[—―－-]{1,2}\s*(?:编|編)\s*者$")  # an editor's note's ——编  者


_ENDS_A_SENTENCE: Final = re.compile(r"[。！？!?][（(][^（(）)]*[）)]$")  # …。（43段）
_NOT_WORDS: Final = re.compile(r"^[^\w]*$")  # {{}}, ***: no letter or character at all
_LINK: Final = re.compile(r"https?://|www\.|\.com\b|@\w")
_LIST_ITEM: Final = re.compile(r"^[-–•·*]\s")  # - 一項, • 一項
_CODE_LABEL: Final = re.compile(
    r"^【[^】：:]{1,8}[:：]\s*[A-Za-z0-9/\-_.、, ]+】$"
)  # 【案件編號：DC12/2020】


def _could_head(
    line: _Line, standing_out: bool = False, in_pair: bool = False, topics: Collection[str] = ()
) -> bool:
    """A line that by itself could be a sub-heading: short, no sentence ending (a closing
    quote aside) nor an open one (a dash, unless a kicker of parallel phrases that stands
    out), not a caption, a dateline or a lead-in to a list.

    A question of several clauses, a quoted question or cry, or a line with a figure in it is
    a heading only when it stands out (`standing_out`: far shorter than the paragraphs on both
    sides); otherwise it is a line of the text (a question asked in the text, a line of a data
    list). A line with a figure may also head as one line of a pair that stands out together
    (`in_pair`). A labelled question heads when its label is one of the article's `topics`
    (used once), not an interviewer's."""
    text = line.text
    core = text.rstrip(_CLOSERS) or text
    if core[-1] in "—―" and (kicker := _KICKER.match(core)):
        # 披荆斩棘，冲锋在前—— standing out, or 慢旅行—— over a deck (量身设计  细致周到)
        return (standing_out and bool(kicker.group(1))) or in_pair
    if in_pair and _PLACE_KICKER.match(core):
        return True  # 吉林省延边朝鲜族自治州和龙市东城镇光东村—— over its report's deck
    # a quoted question or cry standing alone between long paragraphs heads its section
    # (「天呐，她老了好多！」): on the archives 5 such lines of 5; unquoted, 典型的老牛吃嫩草！
    # is the running text
    cried = standing_out and bool(_WHOLE_QUOTE.match(text)) and core[-1] in "？?！!"
    if line.size > _HEADING_MAX or (core[-1] in "。；;…！!." and not cried):
        return False  # a sentence's end (an exclamation too)
    if core[-1] in "—―～~":
        return False  # a dash: the sentence goes on below
    if _CAPTION.search(text) or _DATELINE.search(text) or _LINK.search(text):
        return False
    if _NOT_WORDS.match(text) or _tail_kind(line) or _ENDS_A_SENTENCE.search(text):
        return False
    if _DATE_ONLY.match(text) or _ATTRIBUTION.match(text):
        return False  # a date, a quotation's source
    if _QUESTION_TURN.match(text) and _label(text) not in topics:
        return False  # an interviewer's question (记者：您怎么看？), not a topic's (动画番剧：超越泡沫？)
    if (_ASKED_IN_TEXT.search(text) and not cried) or _ASIDE.match(text):
        return False  # a question of the running text, a remark in brackets
    if (_LIST_ITEM.match(text) and not _BARE_NUMERAL.match(text)) or _CODE_LABEL.match(text):
        return False
    numbered = _marker_end(core)
    clauses = re.split(r"[，,；;]", core[numbered:])  # after 1， or 一、
    if (
        len(clauses) > 1
        and len(clauses[0]) <= 2
        and not numbered
        and (core[-1] in "？?" or len(clauses[0]) <= 1 or _closed(clauses[0]))
    ):
        # 那么，…呢？ opens on a connective: a question asked in the text; 但是，… a clause of
        # it (结扎，讲究“一个都不留” and 野草，野草 head their sections)
        return False
    if not standing_out and core[-1] in "？?" and len(clauses) > 1:
        return False
    if not (standing_out or in_pair) and _DATA_LINE.search(text):
        return False
    return not text.endswith(("：", ":", "、", "，", ","))


def _closed(word: str) -> bool:
    """Whether jieba tags `word` a word of a closed class or an adverb (但是, 其实, 突然): the word
    lists alone, loaded for the rare line that opens on two characters and a comma, and neither
    jieba nor the speaker rules' modules on the first paint's path."""
    return word in word_set("closed-words.txt") or word in word_set("adverb-words.txt")


# How long a line standing out between long paragraphs may be and still head: a statement
# may run to 30 characters (全面推进“绿钢”生产，低碳汽车钢可实现综合降碳30%以上); past 24 an
# unnumbered question is more often the text's own (on the archives 2 headings against 5)
_STANDOUT_SIZE: Final = 30
_ASKED_STANDOUT_SIZE: Final = 24


def _long_beside(body: list[_Line], j: int, short: int) -> bool:
    """Whether body line `j` is a paragraph far longer than a short line of `short`
    characters beside it (at least 40 characters and twice as long, ending a sentence)."""
    return (
        0 <= j < len(body)
        and body[j].size >= max(40, 2 * short)
        and body[j].text[-1] in _SENTENCE_END + _CLOSERS + "？?"
    )


def _stands_out(body: list[_Line], i: int) -> bool:
    """Whether body line `i` is far shorter than the paragraphs on both sides of it: a
    heading's shape, whatever it holds."""
    line = body[i]
    size = line.size
    asked = line.text.rstrip(_CLOSERS)[-1:] in ("？", "?") and not _marker_end(line.text)
    return (
        size <= (_ASKED_STANDOUT_SIZE if asked else _STANDOUT_SIZE)
        and _long_beside(body, i - 1, size)
        and _long_beside(body, i + 1, size)
    )


_QUOTE_OPENERS: Final = '“「『"'


def _cry_stands_out(body: list[_Line], i: int) -> bool:
    """Whether body line `i` is a quoted question or cry set between paragraphs as a
    feature's sub-heading (「物资！物资！」 over 医用防护物资就是战士的装备。…): a whole quote
    no longer than a line standing out may be (a question shorter), after a paragraph that
    ends a sentence and is no quote itself, over a paragraph at least as long that does not
    answer it in quotes (a dialogue's turn). The paragraphs beside it may be short, as a
    feature's often are: on the Nei.st read half 11 such lines were headings and 2 were not
    (a question and its quoted reply; a question of 28 characters in clauses)."""
    line = body[i]
    end = line.text.rstrip(_CLOSERS)[-1:]
    size = _ASKED_STANDOUT_SIZE if end in ("？", "?") else _STANDOUT_SIZE
    if not (0 < i < len(body) - 1 and line.size <= size and end in ("？", "?", "！", "!")):
        return False
    before, after = body[i - 1], body[i + 1]
    return (
        bool(_WHOLE_QUOTE.match(line.text))
        and before.text[-1] in _SENTENCE_END + _CLOSERS + "？?"
        and not _WHOLE_QUOTE.match(before.text)
        and after.size >= max(20, line.size)
        and after.text[0] not in _QUOTE_OPENERS
    )


def _figure_stands_out(body: list[_Line], i: int) -> bool:
    """Whether body line `i` is a short line with a figure in it, of one clause, between a long
    paragraph that ends a sentence and one of twenty characters or more that does too, no
    figure line itself (136 亿举牌招行 over 溢价 10% 交易的背后，…): a sub-heading that names an
    amount, where a line of a data list has more such lines beside it."""
    line = body[i]
    if not (0 < i < len(body) - 1 and line.size <= 16) or _CLAUSE_MARKS.search(line.text):
        return False
    before, after = body[i - 1], body[i + 1]
    return (
        bool(_DATA_LINE.search(line.text))
        and _long_beside(body, i - 1, line.size)
        and after.size >= 20
        and after.text[-1] in _SENTENCE_END + _CLOSERS + "？?"
        and not _DATA_LINE.search(after.text[:16])
        and before.size >= 40
    )


def _short_sentence(line: _Line) -> bool:
    """A whole sentence of eight characters or more, however short (一条长江，…。)."""
    return line.size >= 8 and line.text[-1] == "。"


def _opens_a_section(body: list[_Line], j: int) -> bool:
    """Whether body line `j` is a short whole sentence of the kind that opens a section under
    its heading (天光初亮，晨雾轻笼着黑土地上连绵的菌棚。), itself over a paragraph."""
    return (
        0 <= j < len(body) and _short_sentence(body[j]) and _long_beside(body, j + 1, body[j].size)
    )


def _pair_size(line: _Line) -> int:
    """How long one line of a two-line heading may be: a place kicker runs longer."""
    return _HEADING_MAX if _PLACE_KICKER.match(line.text) else _STANDOUT_SIZE


def _pair_stands_out(body: list[_Line], i: int) -> bool:
    """Whether body line `i` is one line of a two-line heading (a kicker over a deck) that
    stands out as a pair: its partner a heading-shaped line, both short, and the paragraphs
    before and after the pair long. A press briefing's pair is often all figures
    (两地经济总量突破8万亿元 / 增速高于全国)."""
    if body[i].size > _pair_size(body[i]):
        return False
    for k in (i - 1, i + 1):
        if not 0 <= k < len(body) or body[k].size > _pair_size(body[k]):
            continue
        short = max(body[i].size, body[k].size)
        below = max(i, k) + 1
        if (
            _long_beside(body, min(i, k) - 1, short)
            and (_long_beside(body, below, short) or _opens_a_section(body, below))
            and _could_head(body[k], in_pair=True)
        ):
            return True
    return False


def _marked(line: _Line) -> bool:
    """A heading marked as one (一、 / （二） / 1. / 【…】 / ■), one clause, no sentence end."""
    text = line.text
    return bool(
        (_NUMBERED.match(text) or _BRACKETED.match(text) or _BULLET.match(text))
        and not _CLAUSE_MARKS.search(text[:-1], _marker_end(text))
        and text[-1] not in "。；;：:，,、"  # a comma: the sentence goes on (●3人被控…，)
        and not _CODE_LABEL.match(text)
        and not _tail_kind(line)
    )


def _numbers_a_part(body: list[_Line], i: int) -> bool:
    """Whether a bare numeral on line `i` numbers a part: a paragraph follows it, or a title
    line and then one (一 / 引子 / …), or a paragraph ends before it. Among a chart's labels and
    values (15 / 2001 / % of people) short lines stand on both sides, and it numbers nothing."""
    return (
        _has_body(body, i)
        or (i + 2 < len(body) and _has_body(body, i + 1))
        or (0 < i < len(body) - 1 and not _could_head(body[i - 1]))
    )


def _titles_the_part(body: list[_Line], i: int) -> bool:
    """Whether line `i`, right under a part's bare numeral, is that part's title: a line that
    could head, with a paragraph under it (01 / 市场反应强烈 / …). Numeral and title are a
    two-line heading, each line a heading, as the dev set's gold counts such pairs."""
    return (
        i < len(body)
        and not _BARE_NUMERAL.match(body[i].text)
        and _could_head(body[i])
        and _has_body(body, i)
    )


def _has_body(body: list[_Line], i: int) -> bool:
    """Whether line `i` has a paragraph under it, not another short line (1. 引子 / 近日，…。
    heads a section; 第二部分 / 一、… in a table of contents does not)."""
    return i + 1 < len(body) and not _could_head(body[i + 1])


def _label(text: str) -> str:
    return re.split("[:：]", text, maxsplit=1)[0].strip()


def _topics(body: list[_Line]) -> set[str]:
    """Labels that open one question line only: an interview repeats its asker's label
    (《财经》：…？ 虎嗅：…？ 问：…？) on every question; a heading names its topic once."""
    labels = Counter(_label(line.text) for line in body if _QUESTION_TURN.match(line.text))
    return {
        label
        for label, count in labels.items()
        if count == 1 and not any(label.endswith(verb) for verb in VERBS)  # 只是我想问：
    }


def _headings(body: list[_Line]) -> list[int]:
    """Indices of the body lines that are sub-headings (`_headings_among`), read as if an
    editor's signature (——编  者) and a report's own reporter line under a short line (a
    heading, then 本报记者  苏  滨, then the report) were not there: a page of several reports
    puts one under each report's heading. Credits at an article's top or foot (原文来自… /
    作者…记者… / 编辑…) stay in view."""

    def reporter_under_heading(k: int) -> bool:
        line = body[k]
        return (
            3 <= k < len(body) - 1
            and body[k - 1].size <= _HEADING_MAX
            and _REPORTER.search(line.text) is not None
            and _tail_kind(line) == "byline"
            and _tail_kind(body[k + 1]) is None
        )

    seen = [
        k
        for k, line in enumerate(body)
        if not reporter_under_heading(k) and not _EDITOR_SIGNS.match(line.text)
    ]
    return [seen[i] for i in _headings_among([body[k] for k in seen])]


def _headings_among(body: list[_Line]) -> list[int]:
    """Indices of the body lines that are sub-headings, read from line shape.

    Marked headings (一、, （二）, 1., 【…】, ■, a bare numeral on its line) count wherever
    they stand. Otherwise a heading is a run of one or two short lines (`_could_head`), much
    shorter than the paragraph after them (≥ 40 characters or 1.5× the line), and after a
    paragraph or the start of the body, so whatever punctuation a heading holds inside
    (commas, quotes, a whole quote) it is read by its shape against its neighbours. Two short
    lines over a paragraph are a two-line heading (a kicker over a deck: 谁来建 /
    发挥政府主导作用…): each is a heading, as the dev set's gold counts them. Three or more
    short lines in a row are a list, a poem or a dialogue, not headings.
    """
    out: list[int] = []
    topics = _topics(body)
    i = 0
    while i < len(body):
        text = body[i].text
        if _in_list(body, i):
            i += 1
            continue
        if _marked(body[i]):
            out.append(i)
            i += 1
            continue
        if _BARE_NUMERAL.match(text) and _numbers_a_part(body, i):
            out.append(i)
            i += 1
            if _titles_the_part(body, i):
                out.append(i)  # 一 / 引子 / …: the part's title under its numeral
                i += 1
            continue
        run = 0
        while (
            i + run < len(body)
            and run < 3
            and not (run and _marked(body[i + run]) and _has_body(body, i + run))
            and _could_head(
                body[i + run],
                _stands_out(body, i + run)
                or _cry_stands_out(body, i + run)
                or _figure_stands_out(body, i + run),
                _pair_stands_out(body, i + run),
                topics,
            )
        ):
            run += 1
        after = body[i + run] if i + run < len(body) else None
        if (
            1 <= run <= 2
            and after is not None
            and (i == 0 or not _could_head(body[i - 1]))
            and not _DATE_ONLY.match(after.text)  # 褚朝新 / 2019年6月14日: a signature, dated
        ):
            lines = body[i : i + run]
            if all(after.size >= 40 or after.size > line.size for line in lines) or (
                _short_sentence(after)
                and _long_beside(body, i - 1, max(line.size for line in lines))
                and (run == 1 or _opens_a_section(body, i + run))
            ):  # a short sentence may open the section under a heading that stands out above
                if i > 0 or lines[0].size <= _FIRST_HEADING_MAX:
                    out.extend(range(i, i + run))
                elif run == 2 and after.size >= 40 and not _LATIN_LINE.match(lines[1].text):
                    out.append(1)  # a standfirst under the headline, then the first heading
        i += max(run, 1)
    if out == [0] and not _marked(body[0]):
        return []  # a lone short line over an unsectioned article is its standfirst
    return out


def _marked_paragraph(line: _Line) -> bool:
    """Whether a line a page marked up as a heading is a paragraph: longer than any heading
    and holding a full stop or an exclamation (## 2015 年 10 月，…。一场…。), or asking in
    clauses (…莫屬，…引起關切：是…，抑或…？; a short question, 为什么…？, or a numbered one
    can head a section), or a sentence of clauses ending on a full stop (## 美国颁布禁酒令
    100 周年，但…。; a point's short heading may end on one: ### 其一，就是求生的機智。)."""
    text = line.text
    # read piece by piece, not by a pattern that backtracks over a whole paragraph at each
    # comma (a 290 KB line took 9 s)
    if line.size > 20 and text.endswith("。"):
        last = text[text.rfind("。", 0, len(text) - 1) + 1 :]
        if "，" in last or "," in last:
            return True  # a comma in the sentence the line ends on
    return (
        line.size > _HEADING_MAX
        and (
            bool(_STATEMENT_END.search(text))
            or (
                not _NUMBERED.match(text)  # ### 3. …，…？ among numbered questions heads one
                and any(_CLAUSE_MARK.search(asked) for asked in _QUESTION_MARK.split(text)[:-1])
            )
        )
    )


_CLAUSE_MARK: Final = re.compile(r"[，,：:]")
_QUESTION_MARK: Final = re.compile(r"[？?]")


_STATEMENT_END: Final = re.compile(r"[。！!]")


# what opens no sentence: a comma, a sentence's end, a closing mark, 的 (的确 "indeed" aside)
_GOES_ON: Final = re.compile(r"[。，、；：！？）」』】,;:!?)]|的(?![确確])")


def find_sections(text: str, headings: Collection[int] = ()) -> tuple[Section, ...]:
    """Sections of `text`; `headings` are line offsets a markup format declared as headings."""
    lines = _paragraphs(text)
    if not lines:
        return (Section("body", 0, len(text)),)
    starts: list[tuple[int, SectionKind, str | None]] = []
    index = 0
    if _is_title(lines[0], len(lines) > 1) or lines[0].start in headings:
        starts.append((lines[0].start, "title", lines[0].text))
        index = 1
    while index < len(lines) and _tail_kind(lines[index]) == "byline":
        # a credit line right under the headline (本报记者 张三)
        starts.append((lines[index].start, "byline", None))
        index += 1
    end = len(lines)
    tail: list[tuple[int, SectionKind, str | None]] = []
    while end > index + 1 and (kind := _tail_kind(lines[end - 1])) is not None:
        end -= 1
        tail.insert(0, (lines[end].start, kind, None))
    body = lines[index:end]
    # a paragraph that a page marked as a heading is read as the paragraph it is: its figures
    # and quotes are the text's
    declared = {line.start for line in body if not _marked_paragraph(line)} & set(headings)
    heads = _headings(body)
    if declared:
        # the markup's headings, and the numbered ones under them it left as paragraphs
        # (## 一、… over (一) … and 1. …): markdown often marks one level only
        heads = sorted(
            {i for i, line in enumerate(body) if line.start in declared}
            | {i for i in heads if _marked(body[i]) and _LEVEL_MARK.match(body[i].text)}
        )
    if index:  # the headline said again (a web page's <title> over its own <h1>) heads nothing
        heads = [i for i in heads if body[i].text != lines[0].text]
    # a line the next one goes on from (…使馆高级官员储茂明 / 的陪同下…, …监视他们的政治对手 /
    # ，包括…: a link or a stress a page broke out) is a piece of a sentence, not a heading; a
    # next line opening on a bracket or a word is left alone (a paragraph may open so)
    heads = [i for i in heads if i + 1 >= len(body) or not _GOES_ON.match(body[i + 1].text)]
    # a line of marks alone (●    ●    ●, * * *) breaks the text but names no section; a line
    # in Latin letters alone over more of them is a chart's title over its legend and source
    # (U.S. Farm Profits / Data: …), or a page's label (Leaders); over the Chinese text it heads
    heads = [
        i
        for i in heads
        if re.search(r"[^\W_]", body[i].text)
        and (
            _HAN.search(body[i].text)
            or not re.search(r"[A-Za-z]{2}", body[i].text)
            or re.fullmatch(r"[IVXLC]+\.?", body[i].text)  # II., a part's numeral
            or (i + 1 < len(body) and _HAN.search(body[i + 1].text))
        )
    ]
    if body:
        starts.append((body[0].start, "lead", None))
        if heads:
            for i in heads:
                if i == 0:
                    starts[-1] = (body[0].start, "body", body[0].text)
                else:
                    starts.append((body[i].start, "body", body[i].text))
        else:
            starts.extend(_unheaded_body(body))
    starts.extend(tail)
    merged: list[tuple[int, SectionKind, str | None]] = []
    for entry in starts:  # consecutive credit/disclaimer lines form one section
        if merged and entry[1] in {"byline", "trailer"} and merged[-1][1] == entry[1]:
            continue
        merged.append(entry)
    bounds = [start for start, _, _ in merged[1:]] + [len(text)]
    first = [0, *bounds[:-1]]
    return tuple(
        Section(kind, start, stop, title)
        for (_, kind, title), start, stop in zip(merged, first, bounds, strict=True)
    )


_LEAD_MIN: Final = 60
_PART_SIZE: Final = 1200


def _unheaded_body(body: list[_Line]) -> list[tuple[int, SectionKind, str | None]]:
    """Lead and body parts for an article without sub-headings.

    The lead is the first paragraph (two if the first is a short dateline sentence); the rest
    is cut into parts of about `_PART_SIZE` characters at paragraph ends, so `]` pages through
    a long article without making every paragraph a section.
    """
    lead_end = 1 if body[0].size >= _LEAD_MIN or len(body) < 3 else 2
    parts: list[tuple[int, SectionKind, str | None]] = []
    size = _PART_SIZE
    for line in body[lead_end:]:
        if size >= _PART_SIZE:
            parts.append((line.start, "body", None))
            size = 0
        size += line.size
    if len(parts) > 1 and size < _PART_SIZE // 3:  # no stub of a last part
        del parts[-1]
    return parts
