"""Who said what: quote attribution for Chinese news, by rules over the raw characters.

Precision first, in the manner of a sieve (research notes: extraction.md §1-2):
1. Find quoted spans (“…”, 「…」, 『…』) and keep those that read as speech: sentence
   punctuation inside, or a colon or speech verb before, or an attribution right after.
   Scare quotes (“双子星”, “一核一带一区”) stay text.
2. Mask the speech quotes, so names and verbs inside them are never taken as cues.
3. Find cues: a speech verb (表示, 指出, 认为, 介绍, 稱, 說 …) after a subject. The subject is
   the clause before the verb: a title and a name (广州市商务局副局长魏敏), a name already known
   (李峰), a surname with a title (李主任), a pronoun (他 → the last speaker), or a group
   (与会嘉宾).
4. Reported speech runs from the verb to the end of the sentence; direct quotes go to the cue
   in their sentence, else to the paragraph's speaker, else (a paragraph that is only a quote)
   to the previous paragraph's speaker.
jieba is not used: it splits news names (俞/建华) and tags words as names (智慧, 卫星).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from reader.core.model import Quote, Section, Speaker
from reader.core.names import surname_length

_OPEN_CLOSE: Final = {"“": "”", "「": "」", "『": "』"}
_CLAUSE_PUNCT: Final = re.compile(r"[，。！？；：,!?;:]")
_SENTENCE_END: Final = "。！？!?"
_MASK: Final = "\ue000"  # private-use filler: same length, matches nothing

# Speech and opinion verbs, longest first when matched. Traditional forms included.
_VERBS: Final = sorted(
    (
        "表示 指出 强调 強調 介绍 介紹 提到 提及 谈到 談到 谈及 談及 透露 坦言 直言 "
        "坦承 声称 聲稱 宣称 宣稱 宣布 披露 回应 回應 回答 答复 答覆 解释 解釋 补充 "
        "補充 重申 分享道 分享说 感慨 感叹 感嘆 笑称 笑稱 笑言 举例说 總結 总结道 "
        "写道 寫道 呼吁 呼籲 建议 建議 提醒 警告 表态 表態 承认 承認 证实 證實 认为 "
        "認為 觉得 覺得 相信 坚信 堅信 预计 預計 分析 设想 設想 说 說 称 稱 指 答 "
        "问 問 追问 追問 告诉 告訴 说道 說道 问道 問道 分析称 分析稱 分析指 回應指 "
        "回应指 解釋指 解释称 表示指 续指 續指 又指 亦指 则指 則指 笑道 笑說 笑说 "
        "比喻为 比喻為 形容 批评 批評 质疑 質疑 反驳 反駁 舉例說 感叹道 直指 估计 "
        "估計 引述 表明 提出 作出"
    ).split(),
    key=len,
    reverse=True,
)
_VERB_RE: Final = re.compile("|".join(map(re.escape, _VERBS)))
# Verbs that need the clause to continue right after them (说， 称： …) to count as speech.
_BARE_VERBS: Final = frozenset(
    ("说 說 称 稱 指 答 问 問 分析 相信 预计 預計 提出 估计 估計 形容").split()
)
# A single-character verb after one of these is part of another word (询问, 据说, 手指, 简称).
_COMPOUND_BEFORE: Final = frozenset(
    "询詢质質访訪提疑学學顾顧请請据據听聽小传傳解演游宣号號简簡自俗统統名对對手意直所确確特泛尊堪"
)
# Verbs that only attribute when a speech quote follows (作出“…”的指示)
_QUOTE_VERBS: Final = frozenset({"作出", "提出"})
_NOT_SPEECH_AFTER: Final = re.compile(
    r"^(?:感谢|感謝|祝贺|祝賀|欢迎|歡迎|慰问|慰問|敬意|歉意|遗憾|遺憾|关注|關注|的|了|过|過|出来|出來|明书|明書|法)"
)
_NOT_SPEECH_BEFORE: Final = (
    "据",
    "據",
    "听",
    "聽",
    "传",
    "傳",
    "小",
    "所",
    "可以",
    "难以",
    "難以",
    "这么",
    "這麼",
    "不",
)
_ADVERBS: Final = re.compile(
    r"(?:也|还|還|则|則|更|又|亦|再|进一步|進一步|同时|同時|此前|曾|曾经|曾經|纷纷|紛紛|都|均|随即|隨即|"
    r"坦率地|直接|当场|當場|当时|當時|昨日|昨天|今天|今日|日前|近日|最近|早前|[\u4e00-\u9fff]{2}地|最初|起初|随后|隨後|后来|後來|其后|其後|事后|事後|首先|最后|最後|"
    r"对记者|對記者|向记者|向記者|对此|對此|对本报|對本報|在会上|在會上|"
    r"在[^，。；：\ue000]{1,24}(?:上|时|時|中|期间|期間|后|後)|"
    r"接受[^，。；：\ue000]{0,24}(?:采访|採訪|专访|專訪|访问|訪問)(?:时|時)?|"
    r"回应|回應|解释|解釋|補充|补充|並|并|亦|在接受采访时|在接受採訪時)+$"
)
_TITLES: Final = sorted(
    (
        "董事长 董事長 副董事长 董事 总裁 總裁 副总裁 副總裁 总经理 總經理 副总经理 "
        "副總經理 常务副总经理 執行總經理 执行总经理 执行董事 首席执行官 首席經濟學家 "
        "首席经济学家 首席分析师 首席科学家 总工程师 總工程師 总经济师 总监 總監 工程总监 "
        "工程總監 经理 經理 创始人 創辦人 创办人 联合创始人 合伙人 负责人 負責人 董秘 "
        "书记 書記 副书记 部长 部長 副部长 副部長 局长 局長 副局长 副局長 厅长 廳長 "
        "处长 處長 科长 主任 副主任 省长 省長 市长 市長 区长 區長 县长 縣長 秘书长 "
        "秘書長 发言人 發言人 委员 委員 议员 議員 代表 副代表 主席 副主席 会长 會長 "
        "副会长 副會長 理事长 理事長 副理事长 副理事長 院长 院長 副院长 副院長 所长 "
        "所長 副所长 副所長 校长 校長 教授 副教授 研究员 研究員 副研究员 博士 院士 "
        "专家 專家 学者 學者 医生 醫生 主任医师 行政总裁 行政總裁 署长 署長 司长 司長 "
        "副司长 总书记 總書記 国家主席 國家主席 宣传部长 宣傳部長 总干事 總幹事 总编辑 "
        "主编 社长 社長 会長 候選會長 候选会长 秘書 秘书 干事 幹事 评论人士 評論人士 "
        "分析师 分析師 经济学家 經濟學家 律师 律師 法官 警司 总警司 總警司 顾问 顧問 "
        "创会会长 大使 总领事 總領事 检察官 檢察官 主管 总编 總編 队长 隊長 教练 教練 "
        "主帅 主帥"
    ).split(),
    key=len,
    reverse=True,
)
_BYLINE_ROLES: Final = (
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "编辑",
    "編輯",
    "摄影",
    "攝影",
)
_GROUPS: Final = sorted(
    (
        "与会嘉宾 與會嘉賓 与会代表 與會代表 参会企业代表 參會企業代表 企业代表 企業代表 "
        "业内人士 業內人士 业内专家 業內專家 相关负责人 相關負責人 有关负责人 有關負責人 "
        "知情人士 分析人士 受访者 受訪者 受访企业 多位专家 网友 網友 市民 专家 專家 "
        "业界 業界 消息人士 提问者 提問者 有学生 有學生 另一学生 另一學生 现场施工人员 "
        "現場施工人員 居民 村民 家长 家長 学生 學生 员工 員工 工作人员 工作人員 官员 "
        "官員 与会专家 與會專家"
    ).split(),
    key=len,
    reverse=True,
)
_PRONOUNS: Final = ("他们", "他們", "她们", "她們", "他", "她")
# Words that begin with a surname but are not names (jieba tags some as names).
_NOT_NAMES: Final = frozenset(
    (
        "双子星 卫星 高水平 智慧 沙龙 比翼双飞 新思维 拓宽 多谢 郑重声明 同时 同時 "
        "还有 還有 于是 於是 任何 高层 高層 文件 方面 时间 時間 全国 全國 项目 項目 "
        "公司 成本 成都 周年 周期 安全 程度 万元 萬元 金额 金額 江苏 向记者 向記者 "
        "高度 石油 钱包 林业 黄金 黃金 马上 馬上 温度 溫度 白色 王国 王國"
    ).split()
)


@dataclass
class _Record:
    name: str
    title: str | None
    group: bool
    first: int
    quotes: list[Quote] = field(default_factory=list)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included; unbalanced ones ignored."""
    spans, stack = [], []
    for i, char in enumerate(text):
        if char in _OPEN_CLOSE:
            stack.append((i, _OPEN_CLOSE[char]))
        elif stack and char == stack[-1][1]:
            start, _ = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char == "\n":
            stack.clear()  # quotes do not span paragraphs here
    return spans


def _is_speech(text: str, start: int, end: int) -> bool:
    """A quoted span that reads as speech rather than a term in scare quotes."""
    inner = text[start + 1 : end - 1]
    if len(inner) < 2:
        return False
    if _CLAUSE_PUNCT.search(inner) or inner[-1] in "。！？…!?":
        return True
    before = text[max(0, start - 4) : start]
    after = text[end : end + 1]
    closes = after == "" or after in "。，,！？!?；;…\n"  # not a term inside a running clause
    if closes and (before.endswith(("：", ":")) or _VERB_RE.search(before[-3:] if before else "")):
        return True
    return len(inner) >= 15 and (after in "。！？!?\n" or text[start - 1 : start] in "。\n")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, first = [], start
    for i in range(start, end):
        if text[i] in _SENTENCE_END or text[i] == "\n":
            spans.append((first, i + 1))
            first = i + 1
    if first < end:
        spans.append((first, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


class _Extractor:
    def __init__(self, text: str, sections: tuple[Section, ...]) -> None:
        self.text = text
        self.sections = sections
        self.speech = [s for s in _quote_spans(text) if _is_speech(text, *s)]
        masked = list(text)
        for start, end in self.speech:
            masked[start:end] = _MASK * (end - start)
        self.masked = "".join(masked)
        self.records: dict[str, _Record] = {}
        self.last: _Record | None = None

    # subjects -----------------------------------------------------------------------------

    def _clause_start(self, position: int, floor: int) -> int:
        """Where the clause holding `position` starts: after punctuation or a speech quote."""
        i = position
        while i > floor and self.masked[i - 1] not in "，。；：！？、,;:!?\n" + _MASK + "（(":
            i -= 1
        return i

    def _known(self, subject: str) -> _Record | None:
        for name, record in self.records.items():
            if not record.group and subject.endswith(name):
                return record
        # a bare surname (鄭表示) for the one known speaker who has it
        people = [r for r in self.records.values() if not r.group]
        same = [
            r
            for r in people
            if surname_length(subject) == len(subject) and r.name.startswith(subject)
        ]
        if len(same) == 1:
            return same[0]
        # 李主任, 馬主席: surname + a title the record carries
        for record in self.records.values():
            if record.group or not record.title:
                continue
            surname = record.name[: surname_length(record.name) or 1]
            rest = subject[len(surname) :] if subject.startswith(surname) else ""
            if rest and len(rest) <= 4 and record.title.endswith(rest):
                return record
        return None

    def _named(self, subject: str) -> tuple[str, str | None] | None:
        """(name, title) for a subject that ends in a person's name."""
        for title in _TITLES:
            at = subject.rfind(title)
            if at >= 0:
                name = subject[at + len(title) :]
                if _plausible_name(name):
                    prefix = subject[: at + len(title)]
                    if any(prefix.endswith(role) for role in _BYLINE_ROLES):
                        return None
                    return name, prefix.strip(" 　") or None
        if _plausible_name(subject) and subject not in _NOT_NAMES:
            return subject, None
        # 2-3 character name at the end after an organisation without a listed title
        for size in (3, 2):
            name = subject[-size:]
            if len(subject) > size and _plausible_name(name) and subject[-size - 1] in "的之":
                return name, None
        return None

    def _speaker_for(self, subject: str, position: int) -> _Record | None:
        subject = subject.strip(" 　\ue000")
        if not subject:
            return None
        for group in _GROUPS:
            if subject.endswith(group) and len(subject) <= len(group) + 6:
                return self._record(group, None, True, position)
        if subject in _PRONOUNS or (subject[-1:] in {"他", "她"} and len(subject) <= 2):
            return self.last
        known = self._known(subject)
        if known is not None:
            return known
        if any(subject.endswith(role) for role in _BYLINE_ROLES):
            return None  # 记者 asks; a reporter is not a speaker
        found = self._named(subject)
        if found is None:
            return None
        name, title = found
        return self._record(name, title, False, position)

    def _record(self, name: str, title: str | None, group: bool, position: int) -> _Record:
        record = self.records.get(name)
        if record is None:
            record = _Record(name, title, group, position)
            self.records[name] = record
        elif title and not record.title:
            record.title = title
        return record

    # cues -----------------------------------------------------------------------------------

    def _cues(self, start: int, end: int) -> list[tuple[int, int, _Record]]:
        """(verb start, verb end, speaker) for each attribution in [start, end)."""
        cues = []
        for match in _VERB_RE.finditer(self.masked, start, end):
            verb_start, verb_end = match.span()
            verb = match.group()
            after = self.masked[verb_end : verb_end + 4]
            before = self.masked[max(start, verb_start - 2) : verb_start]
            if _NOT_SPEECH_AFTER.match(after) or before.endswith(_NOT_SPEECH_BEFORE):
                continue
            if verb in _BARE_VERBS and not (after[:1] in "，,：:。" + _MASK or after == ""):
                continue
            if len(verb) == 1 and before[-1:] in _COMPOUND_BEFORE:
                continue
            if verb in _QUOTE_VERBS and not after.startswith(_MASK):
                continue
            if verb in {"告诉", "告訴"}:  # 告诉 + whom + ，content
                target = re.match(
                    r"[^，。：；\ue000]{1,20}?[，：]", self.masked[verb_end : verb_end + 24]
                )
                if target is None:
                    continue
                verb_end += target.end() - 1
            clause = self._clause_start(verb_start, start)
            subject = self.masked[clause:verb_start]
            subject = _ADVERBS.sub("", subject)
            subject = re.sub(
                r"^(?:据|據|另外|此外|其中|对此|對此|同时|同時|而|但|但是)", "", subject
            )
            speaker = self._speaker_for(subject, clause)
            if speaker is not None:
                cues.append((verb_start, verb_end, speaker))
                if not speaker.group:
                    self.last = speaker
        return cues

    # assembly -------------------------------------------------------------------------------

    def _full_title(self, name_start: int) -> str | None:
        """The title written right before a mention of a name: back to the clause start,
        across 、 between titles (商务部原副部长、中国国际经济交流中心副理事长), without a
        leading 被/据/由 (这一过程被中铁装备党委宣传部长王伟)."""
        start = self._clause_start(name_start, 0)
        while start > 1 and self.masked[start - 1] == "、":
            earlier = self._clause_start(start - 1, 0)
            if not self.masked[earlier : start - 1].endswith(tuple(_TITLES)):
                break
            start = earlier
        title = self.masked[start:name_start]
        title = (
            re.split(r"[被据據由让讓请請经經是向对對将將]", title)[-1]
            if re.search(r"[被据據由让讓请請]", title)
            else title
        )
        title = title.strip(" 　\ue000")
        if not title or not title.endswith(tuple(_TITLES)):
            return None
        if any(title.endswith(role) for role in _BYLINE_ROLES):
            return None
        return title

    def _titles_from_mentions(self) -> None:
        """A speaker's title is the one at their first mention that carries one, spoken or not."""
        for record in self.records.values():
            if record.group:
                continue
            start = self.masked.find(record.name)
            while start >= 0:
                title = self._full_title(start)
                if title:
                    record.title = title
                    break
                start = self.masked.find(record.name, start + 1)

    def run(self) -> list[_Record]:
        previous_speaker: _Record | None = None
        for section in self.sections:
            if section.kind in {"byline", "trailer", "title"}:
                continue
            paragraph_start = section.start
            for line in self.text[section.start : section.end].split("\n"):
                paragraph_end = paragraph_start + len(line)
                if line.strip():
                    previous_speaker = self._paragraph(
                        paragraph_start, paragraph_end, previous_speaker
                    )
                paragraph_start = paragraph_end + 1
        self._titles_from_mentions()
        return sorted(self.records.values(), key=lambda r: r.first)

    def _paragraph(self, start: int, end: int, carried: _Record | None) -> _Record | None:
        first = bisect_left(self.speech, (start, -1))
        last = bisect_left(self.speech, (end, -1))
        quotes = self.speech[first:last]
        assigned: set[tuple[int, int]] = set()
        speaker_here: _Record | None = None
        for sent_start, sent_end in _sentences(self.masked, start, end):
            cues = self._cues(sent_start, sent_end)
            inside = [q for q in quotes if sent_start <= q[0] < sent_end]
            for _verb_start, verb_end, speaker in cues:
                speaker_here = speaker
                content_start = verb_end
                while content_start < sent_end and self.text[content_start] in "，,：: 　道":
                    content_start += 1
                later = [q for q in inside if q[0] >= content_start]
                content_end = later[0][0] if later else sent_end
                content = self.text[content_start:content_end].rstrip("，,。 ")
                if len(content) >= 4 and not self.masked[content_start:content_end].strip(
                    _MASK + "，。 "
                ):
                    content = ""
                if len(content) >= 4:
                    stop = content_start + len(content)
                    speaker.quotes.append(Quote(content, content_start, stop, False))
            for quote in inside:
                speaker = self._nearest(quote, cues) or speaker_here
                if speaker is None and carried is not None and self._only_quotes(start, end):
                    speaker = carried
                if speaker is not None:
                    assigned.add(quote)
                    speaker.quotes.append(
                        Quote(
                            self.text[quote[0] + 1 : quote[1] - 1], quote[0] + 1, quote[1] - 1, True
                        )
                    )
                    speaker_here = speaker_here or speaker
        return speaker_here

    @staticmethod
    def _nearest(quote: tuple[int, int], cues: list[tuple[int, int, _Record]]) -> _Record | None:
        if not cues:
            return None
        before = [c for c in cues if c[1] <= quote[0]]
        after = [c for c in cues if c[0] >= quote[1]]
        if after and (not before or after[0][0] - quote[1] <= 30):
            return after[0][2]
        return before[-1][2] if before else None

    def _only_quotes(self, start: int, end: int) -> bool:
        rest = self.masked[start:end].replace(_MASK, "")
        return len(rest.strip(" 　。，")) <= 2


def _plausible_name(name: str) -> bool:
    if not 2 <= len(name) <= 4 or name in _NOT_NAMES:
        return False
    size = surname_length(name)
    if size == 0:
        return "·" in name and len(name) >= 3
    given = name[size:]
    if not 1 <= len(given) <= 2:
        return False
    return all("\u4e00" <= c <= "\u9fff" for c in name)


def find_speakers(text: str, sections: tuple[Section, ...]) -> tuple[Speaker, ...]:
    """Every person (or group) quoted or reported in the article, in order of first appearance."""
    records = _Extractor(text, sections).run()
    speakers = []
    for record in records:
        if not record.quotes:
            continue
        quotes = sorted(set(record.quotes), key=lambda q: (q.start, q.end))
        speakers.append(Speaker(record.name, record.title, record.group, tuple(quotes)))
    return tuple(speakers)
