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

import itertools
import re
import string
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Final

from reader.core import persons
from reader.core.assets import asset_lines
from reader.core.cues import (
    ADVERBS,
    AS_OFTEN_NOUNS,
    BARE_VERBS,
    BEFORE_THE_NOUN,
    BYLINE_ROLES,
    CHIEF_OFFICERS,
    COMPOUND_BEFORE,
    FIRM_OFFICERS,
    GROUPS,
    NOT_SPEECH_AFTER,
    NOT_SPEECH_BEFORE,
    ORGANISATION_HEADS,
    PRONOUNS,
    QUOTE_VERBS,
    SAID_ONCE,
    TITLES,
    VERB_RE,
    VERBS,
    called_by_people,
)
from reader.core.lazy_re import lazy_compile
from reader.core.model import Quote, Section, Speaker
from reader.core.name_shapes import (
    BODY_ENDS,
    DOT,
    DOTTED_NAME,
    FUNCTION_CHARS,
    HYPHENED_PART,
    HYPHENS,
    LATIN_ADDRESS,
    LATIN_PARTICLE,
    NOT_IN_A_NAME,
    ROLE_ENDS,
    acts_first,
    acts_too,
    adverb_then_word,
    an_act,
    asks,
    clean_edges,
    common_word,
    dotted_around,
    ends_a_given_name,
    english_title,
    familiar_given,
    familiar_names,
    familiar_surname,
    frequency,
    function_inside,
    glossed_as_no_name,
    has_a_persons_sense,
    hong_kong_address,
    honoured_names,
    in_a_noun,
    in_the_dictionary,
    is_closed_word,
    is_company,
    is_han_name,
    is_name,
    is_place,
    is_predicate,
    is_verb_only,
    japanese_name,
    known_name,
    latin_firm,
    latin_name_alone,
    lives_on,
    may_act,
    names_a_body,
    names_a_bodys_end,
    names_a_bodys_kind,
    names_a_document,
    names_a_human,
    names_a_kind_of_body,
    names_a_land,
    names_a_person,
    names_a_proper_thing,
    names_a_role,
    names_a_thing,
    names_an_act,
    names_an_institution,
    names_kin,
    names_relatives,
    only_a_persons_name,
    only_adverbs,
    person_like,
    plausible_name,
    says_how,
    short_forms,
    spells_names,
    spelt_count,
    spelt_tail,
    starts_a_company,
    starts_inside_a_word,
    straddles_two_words,
    title_end,
    title_off,
    trim_name,
    unknown_run,
    word_bounds,
    word_with_dao,
    works_at,
)
from reader.core.names import COMMON, married_name, pinyin_name, surname_length
from reader.core.persons import DOTS
from reader.core.quotes import is_speech, quote_spans, quoted_words
from reader.core.records import Record, Records
from reader.core.script import is_traditional, to_simplified
from reader.core.segment import dictionary_word_at, dictionary_word_from, dictionary_words
from reader.core.subjects import (
    DAY_WORDS,
    GLOSS,
    MASK,
    OWNED_ROLES,
    TITLE_GRADES,
    after_a_noun,
    bare_name,
    before_a_predicate,
    dotted_tail,
    has_predicate,
    heads_a_person,
    heads_its_place,
    named_in,
    no_words,
    opens_on_predicate_word,
    opens_predicate,
    rare_surname_name,
    spelt_name,
    starts_predicate,
)
from reader.core.text import (
    CLAUSE_BREAK,
    WORD_GAPS,
    Folded,
    Squeezed,
    clause_start,
    is_han,
    occurrences,
    sentence_around,
    sentences,
)

_MASK: Final = MASK
_GLOSS: Final = GLOSS
_SOUND_NOTE: Final = "音譯|音译|譯音|译音|音"  # the writer's note that the Han spells a sound
_GLOSS_RE: Final = lazy_compile(
    r"(?<=[\u4e00-\u9fff》」”]) ?[（(](?: ?[A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž .'’‘·&,-]{1,80}"
    r"(?:[；;] ?[\u4e00-\u9fff·・]{2,12})?"  # and the other side's Han form (Jake Sullivan；沙利文)
    rf"(?:[，,] ?(?:{_SOUND_NOTE}))?"  # and a note that the Han is its sound (Hannah Yeung，音)
    rf"|化名|假名|{_SOUND_NOTE}|[前後后]?排?[左右中][一二三四]?"
    r"|\d{1,4}日?|\d{1,2}月\d{1,2}日|(?:周|週|星期)[一二三四五六日天])[）)]"
)  # a name's Latin form or a note on it: 李某（Tom Li）, 李女士（化名）, 王某（左二); or the
# day, in brackets after a time word or a name: 昨日（30日）, 羅某（30日）表示, 昨（21）日; a space
# may stand before the bracket, as overseas papers write (林郑月娥 (Carrie Lam) 表示), and a
# title's outlet may close before it (《纽约时报》(the Times) 专栏作家)
_CLAUSE_BREAKS: Final = CLAUSE_BREAK + "、" + _MASK + "（(#＃"
_A_CLAUSE_BREAK: Final = lazy_compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
# A name right after one of these is the object of a preposition, not the clause's subject.
_OBJECT_BEFORE: Final = "对對向给給把被让讓替为為从從"
# doing one thing while saying (边哭边|说, 一邊走一邊|說): how one speaks, never who
_WHILE_DOING: Final = lazy_compile(r"(?:一)?[边邊][\u4e00-\u9fff]{1,3}(?:一)?[边邊]$")
# "thus, in this way" before a verb of saying (某某这样告诉记者, 如此表示): how, never who
_THUS: Final = tuple("这样 這樣 这么 這麼 那样 那樣 如此 如是".split())
_PAUSE: Final = lazy_compile(r"[，,。：:；;！？!?]")
# a topic's prepositions (`_about`), and the ends that make their phrase a point of view
_ABOUT: Final = tuple("对于 对於 對於 关于 關於 针对 針對".split())
_VIEWPOINT_ENDS: Final = ("来说", "來說", "而言", "来讲", "來講")
# `_owns_a_noun`: what may stand between a name and 的 (the name owning the noun after it),
# and what the noun after it names when it is people or a body that may speak instead
_ADDRESSES: Final = tuple("先生 女士 小姐 太太 夫人 老师 老師".split())
_LOCATIVE_ENDS: Final = frozenset("里裡内內上中下外")
_NOUNS_BEFORE_DE: Final = lazy_compile(r"([\u4e00-\u9fff]{2,3}?)的")
_HOW_MANY: Final = lazy_compile(r"(?:[一二两兩三几幾多数數某每0-9]+|一些)(?:名|位|个|個|些|家)?")
_STOPS: Final = frozenset("还還在都也就又已曾才和与與及跟对對向被把说說是为為")
_PEOPLES_ENDS: Final = frozenset("人者员員农農民工友师師生手家")
_REGIMES: Final = tuple(
    "政府 當局 当局 政權 政权 內閣 内阁 陣營 阵营 家族 王朝 執政團隊 执政团队 办公室 辦公室".split()
)
_CLOSING_QUOTES: Final = frozenset("”」』\"'’")  # after a name in quotes (「龍耳」創辦人)
_OPENING_QUOTES: Final = frozenset("“「『\"'‘")  # a clause that opens on a quote mark
_NOT_A_PRONOUN: Final = frozenset("们們和與与及的")  # after 他/她: 他们, 他和…, 他的…
_PREPOSITIONS: Final = frozenset(_OBJECT_BEFORE + "以用与與和跟同从從自於于")
_COMPARED_WITH: Final = frozenset("与與跟同和像")
# a verb's direction before 来 (停下来, 站起來): 来说 there is "then said", not "as for"
_DIRECTIONAL: Final = tuple(d + c for d in "下起出回過过上进進" for c in "来來")
_COMPARISONS: Final = ("相比", "相較", "相较", "比较", "比較", "一样", "一樣", "不同", "相同")
_SAYING: Final = frozenset(VERBS)
# one-character verbs of saying or shouting: one ending a two-character "name" right before a
# quote is the verb
_SHOUTED: Final = frozenset("喊呼叫吼说說问問道称稱答唱骂罵")
_TITLE_PREFIXES: Final = frozenset("前 原 时任 時任 现任 現任 首任 副 代".split())
# the family a name's own noun after it names (周筱贇家屬接受訪問，說: his family, not him)
_KIN: Final = tuple(
    "家屬 家属 家人 妻子 太太 丈夫 母親 母亲 父親 父亲 兒子 儿子 女兒 女儿 胞兄 胞弟 胞姊 胞妹".split()
)
# a Latin given name with what only a person has after it: a pseudonym's mark, a smile or tears,
# a spouse or a child (Helen（化名）, Brian馬上笑說, Helen兩夫婦, Agnes的兒子)
_PERSONS_GIVEN_NAME: Final = lazy_compile(
    r"(?<![A-Za-z.'-])([A-Z][a-z]{2,12})(?![A-Za-z])\s?(?:[（(]化名|(?:馬上|马上|不禁|忍不住)?"
    r"(?:笑|苦笑|哭|哽咽)|兩夫婦|两夫妇|夫婦|夫妇|的(?:丈夫|太太|妻子|兒子|儿子|女兒|女儿|父親|父亲|母親|母亲))"
)
# who a quote is attributed to where nothing stands between them: a closing quote mark (a
# comma after it or none), the subject (two or three Han characters, an adverb after it or
# none), a verb of saying or how they said it before 说 (」光磊說, 」，一涵回忆说)
_ATTRIBUTED: Final = lazy_compile(
    rf"[」”』][，,]?([\u4e00-\u9fff]{{2,3}}?)(?:{ADVERBS.pattern})?"
    rf"(?:{VERB_RE.pattern}|(?P<how>[\u4e00-\u9fff]{{2}})[说說道])"
)
# what no name found in that slot holds: grammar, a pronoun, a determiner (他|写, 该|人士)
_NOT_IN_AN_ATTRIBUTED_NAME: Final = FUNCTION_CHARS | frozenset("他她我你您该該其各每")
# an adverb or a negation: after a lone surname opening a clause, the predicate begins
# (梁|並無正面回應); a noun or a verb there (王|姓二人, 习|对抗) may be no subject's
_AFTER_A_LONE_SURNAME: Final = frozenset("並并也亦則则卻却仍沒没未不已曾再又就都還还")
# a capitalised Latin word alone, after a Han character (no full name: Ray Dalio)
_LATIN_ALONE: Final = lazy_compile(r"(?<=[\u4e00-\u9fff]) ?([A-Z][a-z]{2,12})(?![A-Za-z]| [A-Z])")
# the given names and the O' of a Latin surname (Robert O'|Brien), right before its rest
_BEFORE_AN_APOSTROPHE: Final = lazy_compile(r"(?<![A-Za-z])(?:[A-Z][a-z]+ ){1,2}[A-Z]['’]$")
# a quote that opens by calling someone (「李教授，…」, 「志明！…」): the name, then a pause
_CALLED: Final = lazy_compile(r"([\u4e00-\u9fff·]{2,6})[，,！!]")
# what a surname is called with besides a title (王老师, 陳生, 李先生)
_FORMS_OF_CALL: Final = frozenset("老师 老師 先生 女士 小姐 太太 生 太 哥 姐 叔 伯".split())
# 之 opening a time word (之後, 之前), not a possessive's
_AFTER_WARDS: Final = lazy_compile("之(?:後|后|前|際|际)")
# the characters a word for a person ends on (男生, 導遊, 確診者, 家人, 學員, 網友, 市民, 廚師)
_AGENT_ENDS: Final = frozenset("生者人员員友民师師客游遊")
# an age before a name: 27 岁的 Chris, 59歲的Mercy
_AGED: Final = lazy_compile(r"\d+ ?[岁歲]的?$")
# the words that join the parts of one name or title (呼吸与危重症医学科): no clause's mark
_JOINING: Final = frozenset("与 與 和 及 或 兼 暨 以及 或者".split())
_SOMEONE: Final = ("有人", "對方", "对方", "有網民", "有网民", "有市民")
# a call or a message received: what follows is the sender's (接到律师事务所的电话，表示…)
_MESSAGE_RECEIVED: Final = lazy_compile(
    r"(?:接到|收到|接获|接獲)[^，。；]{0,20}(?:电话|電話|来电|來電|回电|回電|短信|信息|訊息|消息|来信|"
    r"來信|邮件|郵件|电邮|電郵|通知|回复|回覆|答复|答覆)"
    # the answer someone got (等到的说法却是：「…」, 得到的答复是)
    r"|(?:得到|等到|听到|聽到|获得|獲得)的(?:说法|說法|答复|答覆|回复|回覆|回答|解释|解釋)"
)
_PREPOSITION: Final = lazy_compile(
    r"(用|以|向|对|對|跟|和|与|與|透過|透过|通过|通過)([\u4e00-\u9fff]{2,4}|[我你妳他她此][们們]?)$"
)
# to an outlet named in 《》 and its reporter (向《华夏时报》记者, 对《财经》的记者)
_TO_AN_OUTLET: Final = lazy_compile(
    r"(?:向|对|對|跟|接受)(?:《[^》]{1,20}》|[\u4e00-\u9fff]{1,6}?"
    # an outlet named with no book marks, by the head its name ends on (端传媒, 南华早报)
    r"(?:传媒|傳媒|日报|日報|时报|時報|早报|早報|晚报|晚報|周刊|週刊|杂志|雜誌|电视台|電視台|通讯社|通訊社))"
    r"(?:的)?(?:记者|記者)?$"
)
# whom 告诉 told, then a comma and what (perhaps with a bracket: 澎湃新闻（www.thepaper.cn），
# and a word after it: 《人物》(People) 杂志，)
_TOLD_THEN: Final = lazy_compile(
    rf"[^，。：；{_MASK}{_GLOSS}（(]{{1,20}}?"
    rf"(?:(?:[（(][^）)，。]{{1,40}}[）)]|{_GLOSS}+)[^，。：；{_MASK}{_GLOSS}（(]{{0,8}})?[，：]"
)
# whom 告诉 told, where what follows may begin right after them: a pronoun or a reporter
_A_LISTENER: Final = lazy_compile(
    r"(?:[他她我你][们們]|[他她我你](?![们們])|[^，,。：:；;\n]{0,10}?(?:记者|記者)(?![们們]))"
)
# what opens the clause of what was told right after whom (告诉王梅|自己…, 告诉记者|他们…)
_TOLD_SUBJECTS: Final = ("自己", "自已", "他", "她", "我", "你", "这", "這", "那")
# that clause, four characters or more, and what ends it
_TOLD_CLAUSE: Final = lazy_compile(
    rf"([^，,。：:；;！!？?\n{_MASK}]{{4,}})([，,。：:；;！!？?\n]|$)"
)
# a noun phrase as what was told: its head after 的 (自己的分析, 他和某人的一段感情)
_TOLD_THING: Final = lazy_compile(r"^(?:自己|自已|[他她我你][们們]?)[的之]|的[^的]{1,5}$")
# whom 告诉 told, ending the sentence (「…」，他告诉记者。)
_TOLD_LAST: Final = lazy_compile(rf"[^，。：；{_MASK}]{{1,20}}?(?=[。！!]|$)")
# an opinion framed as a view or a saying (在赵某看来，… 正如赵某所说，… 用赵某的话说，…
# 按照赵某的说法，…): the frame's noun phrase is who holds it
_HOLDER: Final = (
    r"([^，,。；;：:\ue000在]{1,60}?)"  # a Latin gloss or two inside (…卡内基 (Carnegie) 的…)
)
_IN_VIEW: Final = (
    lazy_compile(rf"(?<![存现現实實])在{_HOLDER}(?:看来|看來|眼中|眼裡|眼里)[，,]"),
    # (在 may stand inside: 正如主帅里皮近日在接受媒体采访时|所说, where it is when they said it)
    lazy_compile(
        r"(?:正如|誠如|诚如|如同)?([^，,。；;：:\ue000]{1,60}?)"
        r"所(?:说|說|言|指出|强调|強調|形容)的?(?:那样|那樣)?[，,：:]"
    ),
    # and a quote after a colon (用某某的话说就是：「…」)
    lazy_compile(rf"用{_HOLDER}的(?:话|話)(?:来|來)?(?:说|說)(?:就是|便是)?(?:[，,：:]|——)"),
    lazy_compile(rf"(?:按照|依照|根据|根據|据|據|按){_HOLDER}的(?:说法|說法|话|話)[，,：:]"),
    # 据聂云宸自称，…; 据王某透露，…: according to what someone said, they said it (据《某某
    # 感染病学》介绍 is a book's)
    lazy_compile(
        r"(?<![根依])(?:据|據)([^，,。；;：:\ue000在《》]{1,60}?)"
        r"(?:自称|自稱|自述|透露|介绍|介紹|表示|称|稱|说|說)[，,：:]"
    ),
    # a source that cites someone's words (新华社援引王某的话说，…; 「…」，网站引用王某的话说。):
    # the words are theirs, not the citing outlet's; what follows 的话， without a verb or a
    # quote is the writer's (引用了牧师某某的话，似乎在把自己的命运和…相提并论)
    lazy_compile(
        rf"(?:引用|援引|引述)了?{_HOLDER}的(?:话|話|讲话|講話|说法|說法)(?:(?:说|說|称|稱|表示|指出)"
        r"(?=[，,：:。])|(?=[：:])|[，,](?=\ue000|表示|指|称|稱))"
    ),
    # and without 的话 (湯家驊引述喬曉陽在…演講中稱，…; 引述楊潔篪表示): whom the verb's
    # words are cited from, where a person heads them (引述消息稱 names no one)
    lazy_compile(
        r"(?:引用|援引|引述)了?([^，,。；;：:\ue000]{1,40}?)(?:的(?:观点|觀點|回忆|回憶))?"
        r"(?:说|說|称|稱|表示|指出)(?=[，,：:])"
    ),
)
# a 问/答 interview: its answers' mark, its first question, and what says it is one
_ANSWER_MARKS: Final = frozenset({"答", "A"})
_FIRST_QUESTION: Final = lazy_compile(r"(?m)^[ 　]*(?:问|問|Q)[：:]")
_INTERVIEW: Final = lazy_compile("专访|專訪|采访|採訪|访谈|訪談|对话|對話|访问|訪問|受访|受訪")
# a turn of an interview: a name, a colon, then the answer (李斌：我不这么看。)
_TURN: Final = lazy_compile(r"[ 　]*([^：:，,。；;\s\ue000「“『]{1,12})[：:][ 　]*(?=\S)")
# a short object, then a speech quote: what the verb says of it (形容加幅「令人失望」)
_QUOTED_OBJECT: Final = lazy_compile(r"[^，,。；;：:\ue000\s]{1,6}\ue000")
# a verb's object, a noun after 的, then a colon and a speech quote (形容|…的情況：「…」)
_OBJECT_THEN_QUOTE: Final = lazy_compile(
    r"[^，,。；;：:！？!?「」“”\ue000\n]{1,14}[的之][\u4e00-\u9fff]{1,3}[：:]\ue000"
)
_ADVERB_RUN: Final = ADVERBS.pattern.removesuffix("$")  # the adverbs, anchored nowhere
# a plea: 承认 with a charge for its object (承認|一項襲警罪), which no one says; not a
# clause about a crime (承认|他犯了罪, 承认|这是重罪)
_PLEA: Final = lazy_compile(r"[^，,。；;：:\ue000「“是犯了過过]{0,60}罪(?=$|[，,。；;])")
# a charge named right before a verb that can say what it alleges (被控一项…罪，|指他…)
_A_CHARGE: Final = lazy_compile(r"罪[」』”]?[，,]$")
# what is called for, demanded, instructed; after what follows or answers one (响应, 按照,
# 根据) up to the verb, the noun (响应政府号召, 按照公司要求), whose owner says nothing here
_CALLS: Final = frozenset("呼吁 呼籲 要求 建议 建議 指示 号召 號召".split())
_FOLLOWING: Final = lazy_compile(
    r"(?:响应|響應|按照|根据|根據|遵照|依照|遵从|遵從)[^，,。；;：:\ue000]{1,12}$"
)
# a count or a determiner right before a verb of saying, which then modifies a noun
# (许多|批评…的言论, 一些|质疑的声音)
_A_COUNT_OF: Final = lazy_compile(r"(?:许多|許多|一些|不少|很多|大量|诸多|諸多|这些|這些|那些)$")
# 说这句话的时候，, 講完這番話後，: when it was said, the clause a time's
_WHEN_SAYING: Final = lazy_compile(
    r"(?:完|了|起)?(?:这|這|那|此)(?:句|番|些)?(?:话|話)(?:的时候|的時候|时|時|之后|之後|后|後)[，,]"
)
# answered, rebutted: what they take is what was said before, and a verb of saying may
# follow it in their clause (回應|事件|指，)
_RESPONDS: Final = frozenset("回應 回应 反駁 反驳 回覆 回复".split())
# what ends what they answered: a pause, a colon, a quote's opening or a line's end
_OBJECT_ENDS: Final = frozenset("，,。；;：:！？!?「“『\n" + _MASK)
# a passive or a verb that takes what was said as a thing, then its modifier ending on 的
_RECEIVED_OF: Final = lazy_compile(
    r"(?:受到|遭到|遭受|招致|引起|引來|引来|接受|面對|面对|面臨|面临)[了過过]?[^，,。；;：:\ue000]{0,12}的$"
)
# the prepositions that open a topic a clause's verb of saying then speaks on (就…表示)
_TOPIC_OPENERS: Final = frozenset("就 对于 對於 针对 針對 关于 關於".split())
_A_TOPIC_OPENER: Final = lazy_compile("|".join(_TOPIC_OPENERS))
# the rest of a verb's clause up to 时 and the verb of saying it frames (答复议员提问时|透露)
_IN_TIME_CLAUSE: Final = lazy_compile(
    rf"[^，,。；;：:\ue000]{{0,20}}(?:时|時|时候|時候|之际|之際)(?:{_ADVERB_RUN})?(?:{VERB_RE.pattern})"
)
# a frame 在 opens around a verb of saying and its object (在介绍新书的发布会上|指): the verb
# after it says what follows
_IN_A_FRAME: Final = lazy_compile(
    rf"[^，,。；;：:\ue000]{{0,20}}(?:上|中)(?:{_ADVERB_RUN})?(?:{VERB_RE.pattern})"
)
# a frame 在 opens that runs up to the verb after a name (在今年发表的报告中|指出): what it
# holds is of the frame, not of the name
_FRAME_BEFORE_VERB: Final = lazy_compile(
    r"^\s*(?:在|於|于)[^，,。；;：:\ue000]{1,30}?(?:上|中|里|裡|内|內|时|時)"
    rf"\s*(?:{_ADVERB_RUN})?\s*$"
)
_HAN_RUN: Final = lazy_compile(r"[\u4e00-\u9fff]+")
# a verb of saying next, after adverbs or a day (周一表示) or none
_SAYS_NEXT: Final = lazy_compile(
    rf"(?:[上下本这這]?[周週][一二三四五六日]|[昨今前][日天])?(?:{_ADVERB_RUN})?(?:{VERB_RE.pattern})"
)
# the adverbs that may stand before a verb, standing at the clause's start instead
_LEADING_ADVERBS: Final = lazy_compile("^" + _ADVERB_RUN)
_TITLE_SET: Final = frozenset(TITLES)
_TITLE_AND_MORE: Final = lazy_compile("(?:" + "|".join(map(re.escape, TITLES)) + ")、")
# a count of people (一名, 另一位, 其中一个), at a title's start or, after a place, its end
_COUNT: Final = (  # 一名, 另一位; 另一|議員, 另一家|咨询公司 with another classifier or none
    r"(?:(?:[一二兩两三四五六七八九十几幾數数\d]+|另一?|其中一)[名位個个]"
    r"|另一[家間间]?(?=[\u4e00-\u9fff]))"
)
_COUNTED: Final = lazy_compile(rf"^(?:[^，,、]{{0,4}}?(?:该|該|这|這|那|此)[名位個个]|{_COUNT})")
_COUNTED_LAST: Final = lazy_compile(_COUNT + "$")
_THE_NOTE: Final = lazy_compile(r"^(?:本文|此文|该文|該文)(?:为|為|是|係)")
_HONORIFIC: Final = lazy_compile(
    r"^(?:先生|女士|小姐|太太|太|夫人|某某|某|主任|總|总|局长|局長|教授|醫生|医生|老师|老師|官|生|狀|老)$"
)
# name parts joined by dots; a whole dotted name has a given name of at most four characters
# (each part bounded: an unbounded run made the search quadratic on a long text without dots)
_DOTTED_RUN: Final = lazy_compile(
    rf"[\u4e00-\u9fffA-Za-z-]{{1,16}}(?:{DOT}[\u4e00-\u9fffA-Za-z-]{{1,16}})+"
)
_A_DOT: Final = lazy_compile(DOT)
_ASCII_LETTERS: Final = frozenset(string.ascii_letters)


def _dotted_runs(text: str) -> list[str]:
    """What `_DOTTED_RUN.finditer(text)` finds, leftmost first, tried only in the 16
    characters before each dot (a run opens at most 16 before its first dot): tried at every
    character of a text, the pattern took 0.06 s on 1 MB."""
    found, done = [], 0
    for dot in _A_DOT.finditer(text):
        for start in range(max(done, dot.start() - 16), dot.start()):
            if run := _DOTTED_RUN.match(text, start):
                found.append(run[0])
                done = run.end()
                break
    return found


_TIME_TAIL: Final = lazy_compile(
    r"今日|昨日|今天|昨天|日前|近日|早前|当天|當天|今早|今晨|今次|稍早|今"
)
# a question put to someone, as the clause of time their answer comes in (…被問到，|為何不聽
# 專家意見時|表示), and the asking right before it
_ASKED_WHY: Final = lazy_compile(
    r"(?:為何|为何|為甚麼|為什麼|为什么|为甚么|是否|會否|会否|有否|能否|可否|如何|怎樣|怎样"
    r"|何時|何时|有沒有|有没有|會不會|会不会|是不是)"
)
_ASKED_BEFORE: Final = lazy_compile(
    r"(?:問到|问到|問及|问及|被問|被问|追問|追问|詢問|询问)[，,]\s*$"
)
# 說 in a set phrase, as a conjunction or an aside (如果說, 也就是說, 比如說): no one speaks
_SO_TO_SAY: Final = lazy_compile(
    r"(?:如果|假如|若|要是|倘若|可以|應該|应该|就是|不是|比如|譬如|例如|好比|換句話|换句话)[說说]$"
)
# the words that open a condition (如果|局長某某肯…), for titles and for antecedents
_CONDITIONS: Final = "如果|假如|倘若|要是|若是|如若"
_A_CONDITION: Final = lazy_compile(rf"{_CONDITIONS}|若")
_TAG: Final = lazy_compile(r"^[【\[][^】\]]{1,12}[】\]]")
# a time, then 與/和/跟/同 inside what stands before a name: the time says when its clause's
# subject did something with the person (代表團周二下午與|外交部副部長王某會面), so what
# precedes the joiner is no part of the title; a title holds no time
_MET_WHEN: Final = lazy_compile(
    r"(?:[上下本这這]?[周週][一二三四五六日]|星期[一二三四五六日天]|[上下中]午|早上|晚上|凌晨"
    r"|清晨|傍晚|深夜|[昨今前][日天早晚晨]|日前|早前|近日|近期|當天|当天|當日|当日|\d{1,2}[日号號])"
    r"(?:與|与|和|跟|同)"
)


# a name the writer masks to one Latin initial: 小 Q, 老K, 阿B, Z先生, C女士
_MASKED_INITIAL: Final = lazy_compile(
    r"(?<![A-Za-z])(?:(?:小|老|阿) ?[A-Z]|[A-Z] ?(?:先生|女士|小姐|太太))$"
)
# a person's noun and a capital letter for their name (護士B, 學生A, 消息人士C)
_LETTERED_ROLE: Final = lazy_compile(r"(?<![A-Za-z])([\u4e00-\u9fff]{2,12})([A-Z])$")
# one-character words that stand only in a clause: aspect, passive, disposal, future
_CLAUSE_MARK: Final = lazy_compile(r"[已被把将將]")
# "so", "like this" right before a verb of saying (对基辛格|这样|说道)
_SAID_SO: Final = lazy_compile(r"(?:这样|這樣|如此|这么|這麼|那样|那樣)$")
_PSEUDONYM: Final = lazy_compile(
    # and whom it was said to, between the mark and the verb (达宽（化名）对创业家表示)
    r"([\u4e00-\u9fff]{2,4})[（(](?:化名|假名)[）)]\s*(?:(?:对|對|向|跟)[^，,。；;：:]{1,16})?$"
    r"|(?:化名|假名)(?:为|為|叫)?([\u4e00-\u9fff]{2,3}?)的([^，。的]{1,8})$"  # 化名阿明的受訪者
)
# a Han name and the person's Latin full name in brackets: 库克（Tim Cook）, 奥特曼（Sam Altman）
_LATIN_GLOSS: Final = lazy_compile(
    # 加西亞-埃雷羅: a double name; 罗伯特·C·奥布莱恩: a middle initial between dots
    # 约翰-迪特里希·沃纳: a hyphened first name
    r"((?:[\u4e00-\u9fff]{1,8}-)?(?:[\u4e00-\u9fff·・]|(?<=[·・])[A-Z](?=[·・])){2,16}"
    r"(?:-[\u4e00-\u9fff]{2,8})?) ?"
    r"[（(] ?[A-Z][a-zà-ž'’.-]+(?:[ -][A-Z‘’'][A-Za-zà-ž'’‘.-]+)+(?:[；;] ?[\u4e00-\u9fff·・]{2,12})?"
    rf"(?:[，,] ?(?:{_SOUND_NOTE}))?[）)]"
)
# the Latin part of a `_LATIN_GLOSS` match (its Han alias after ；and a note after ，left out),
# a gloss's opening on a given name and a surname, and a gloss's closing bracket
_GLOSS_LATIN: Final = lazy_compile(r"[（(] ?([^；;，,）)]+?) ?(?:[；;，,][^）)]*)?[）)]$")
_GLOSS_GIVEN: Final = lazy_compile(r"[（(] ?([A-Z][a-z]{2,12}) [A-Z]")
_GLOSS_SURNAME: Final = lazy_compile(r" ([A-Z][a-z]{2,12}) ?(?:[，,][^）)]*)?[）)]$")
# a bracket that opens on two capitalised words (Jean-Marc Sernon, Mats Ericsson): a gloss's
# opening, where the full gloss pattern is worth trying
_GLOSS_OPEN: Final = lazy_compile(r"[（(] ?[A-Z][A-Za-zà-ž'’.-]*[ -][A-Z‘’']")
_GIVEN_ALONE: Final = lazy_compile(r"([\u4e00-\u9fff]{2,4}) ?[（(]([A-Z][a-z]{2,12})[）)]")
_GLOSS_CLOSE: Final = lazy_compile(r"[）)]")
_LATIN_NAME: Final = lazy_compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
# a name given to the noun that ends a subject (一位名叫|王明|的|工人, 一名叫做|李华|的|女生,
# 一位名叫 Ben 的 20 岁|示威者: a Latin name, an age before the noun)
_NAMED_AS: Final = lazy_compile(
    r"(?:名叫|叫做|名为|名為|名字叫|名字是)\s*([\u4e00-\u9fff·]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"\s*的\s*(?:\d{1,3}\s*[岁歲]\s*(?:的\s*)?)?([\u4e00-\u9fff]{2,8})$"
)
# a Latin full name opening a subject: capitalised words, a hyphened given name among them
_LATIN_HEAD: Final = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,3}(?![A-Za-z'’.-])")
# a Latin full name ending the subject, a time after it or not (Jane Shang 1 月份时)
_TITLED_LATIN: Final = lazy_compile(
    # (McConkey, DeSantis: a capital inside a surname)
    r"([A-Z][a-z]+(?: (?:Mc|Mac|De|Le|La|Di|Van)?[A-Z][a-z'-]+){1,2}) ?(?:\d{1,2} ?月份?|\d{1,2} ?[日号]|"
    r"周[一二三四五六日]|星期[一二三四五六日天])?(?:时|時|上午|下午)?$"
)
_VERBS_ONLY: Final = lazy_compile(rf"(?:{VERB_RE.pattern})+")
_CONNECTIVE: Final = lazy_compile(
    r"^(?:据|據|另外|此外|其中|对此|對此|为此|為此|同时|同時|而|但|但是|惟|唯|不过|不過|然而|至于|至於"
    r"|也就是说|也就是說|也就是|结果|結果|随后|隨後|接着|接著"  # 结果|谢某: "as a result"
    r"|正如|誠如|诚如|一如"  # 正如|某某所说: "as"
    r"|以至|乃至|甚至|以及|並且|并且|或者"  # 以至|前總理: "and even", a list goes on
    rf"|{_CONDITIONS})"  # 如果|勞福局局長: "if", a condition's opening
)

# 尽管|前总统某某…: "although", "because", "so": a clause's conjunction before a title, no
# word of it (a subject after one is read as it was: 因为他说 leaves whom 他 is to the rules)
_CONJUNCTION: Final = lazy_compile(
    r"^(?:尽管|儘管|虽然|雖然|即使|即便|哪怕|就算|因为|因為|由于|由於|所以|因此|可是|而且)"
)


_CLAUSE_DASH: Final = lazy_compile(r"[—─―]\s*[—─―]|…+")
"""A dash (——, or — — typed with a space) or an ellipsis: the clause before it ends there."""
_DASH_BEFORE: Final = lazy_compile(r"[—─―]\s*[—─―]\s*$")
"""A dash ending what stands before a name (会抱怨连连——|某某说)."""
_BULLET: Final = lazy_compile(r"^[^\w\s\ue000《〈「『“‘\"'（(【\[<]+\s*")
"""Symbols that open a line as a bullet (📌, ★, ▶): no word, no bracket, no quote's mark."""


def _without_connective(title: str) -> str:
    """`title` without the connective that opens its clause (此外|, 不過|), read as a word: 其中
    is no connective in 其|中国区市场负责人, where 其 ("its") is dropped instead."""
    opener = _CONNECTIVE.match(title) or _CONJUNCTION.match(title)
    if opener is None and not title.startswith("其"):
        return title  # (most titles: no need to cut them into words)
    words = dictionary_words(title[:6])
    if opener is not None and words and len(words[0]) >= len(opener[0]):
        return title[opener.end() :]
    if words[:1] == ["其"] and len(title) > 3 and not has_predicate(title[1:]):
        return title[1:]  # 其|首席执行官: its, the firm's just named (not 其|4 年前在…主导…)
    return title


# a relative clause of saying right before a quote, which heads the noun phrase (所指的「…」):
# verbs whose object is the words said, not one whose object is what they answer or attack
# (被某某批评的「…」, 某某否认的「…」: someone else's words)
_SAID_OF: Final = lazy_compile(
    r"所?(?:说|說|讲|講|指出?|称|稱|指称|指稱|提出|提到|提及|形容|强调|強調|表示|写道|寫道)的[ 　]*$"
)
# a quoted term then 一, before 说: “救亡压倒启蒙”一说, "the theory of …", a noun
_A_VIEW_NAMED: Final = lazy_compile("[”」』\"'" + _MASK + "]一$")
_EXISTENTIAL: Final = lazy_compile(r"^(?:[也亦还還另]|同时|同時)?有(?![人的些])")
# a nickname in quotes right before a name (「王婆婆」王鳳瑤): `_nickname_of`
_NICKNAME: Final = lazy_compile(r"[「“]([\u4e00-\u9fff]{2,4})[」”](?=[\u4e00-\u9fff]|$)")
_AS: Final = "作为|作為|身为|身為"  # "as", before the role one holds
_ROLE_BEFORE: Final = lazy_compile(rf"(?:{_AS})([^，。；：、\n]{{2,30}})，$")
_ROLE_OF: Final = lazy_compile(rf"(?:{_AS})([^，。；：、\n]{{2,40}})的 ?$")
_ROLE_AFTER: Final = lazy_compile(rf"({_AS}|是|係)([^，。；：、\n]{{2,30}})[，。]")
# the pronoun a name's honorific says (王女士, 陳小姐: 她; 李先生: 他)
_HONORIFIC_PRONOUNS: Final = (
    ("女士", "她"),
    ("小姐", "她"),
    ("太太", "她"),
    ("夫人", "她"),
    ("先生", "他"),
)
_WIVES: Final = frozenset({"太太", "夫人", "太"})  # 王太太, 區太: Mrs, a wife's address
# what makes 说 with no comma after it no saying: the character after it (说到…, 说回…; 说起,
# 说完 and 说不定 are words by jieba's counts; 说着一口流利的中文: the aspect of speaking, a
# language or while doing something else) or before it (不是说, 只能说, 更确切地说, 可说)
_NOT_SAID_AFTER: Final = frozenset("到回着著")
_ADVERB_CHARS: Final = frozenset("却卻还還也又再就则則亦并並更才都均")
_NOT_SAID_BEFORE: Final = frozenset("是能地可么麼")
# verbs of saying that take a clause with no comma after them (称自己…, 說未具體問及…)
_CLAUSE_VERBS: Final = frozenset("称 稱 说 說 指".split())
# a role in brackets right after the subject's name (陳文敏（港大法律學院教授）表示)
_ROLE_ASIDE: Final = lazy_compile(r"[（(]([^（()）\n，。；：、]{2,30})[）)]\s*$")
_PRONOUN: Final = lazy_compile("[他她]")  # the one 他/她 a clause opens on (not 他们: plural)
# "as X said" (正如|…指出|的那样，): the clause opens on 正如 and ends on the verb, 的 and a pause
_AS_SAID_BEFORE: Final = lazy_compile(  # (a masked gloss counts as one: 卡亚多 (Jose Caiado))
    f"(?:正如|誠如|诚如|一如|如同|(?<![\u4e00-\u9fff])如)(?:{_GLOSS}+ ?|[^，,。；：:]){{1,32}}$"
)
_AS_SAID_AFTER: Final = lazy_compile(r"[过過]?的(?:那样|那樣|一样|一樣)?[，,：:]")
_CONJUNCTIONS: Final = "与與和及跟同、"  # 王文涛与|美国商务部长雷蒙多: two people
_JOINS: Final = frozenset("与 與 和 及 、".split())  # what joins a subject's conjuncts as a word
_NOT_TITLE: Final = lazy_compile(r"[了着著过過在从從将將把被对對向给給，]")
_ADVERBS_ALONE: Final = frozenset("已曾仍还還亦都均就才又再")


def _adverbs_ending(head: str) -> tuple[int, ...]:
    """How many characters to look back past: none; the progressive 在/正在 when it is a word
    of its own right before the verb (某某在|暗示，, not 现在 or 存在), which can stand there
    only as the aspect (在 + a place puts the place between); and the words ending `head` before
    it that the word tags know as adverbs (似乎, 再次, 公开 in 某某似乎|暗示，, 一直在|暗示).
    Each is tried, so a name that ends on an adverb's character is still found whole."""
    aspect = _aspect_ending(head)
    cuts = [0, aspect] if aspect else [0]
    rest = head[: len(head) - aspect]
    # after the aspect a one-character adverb is clear too (他也在|暗示); alone it is not
    for size in (4, 3, 2, 1) if aspect else (4, 3, 2):
        if len(rest) > size and only_adverbs(rest[-size:]):
            cuts.append(aspect + size)
            break
    return tuple(cuts)


def _aspect_ending(head: str) -> int:
    """The length of the progressive 在 or 正在 that ends `head` as a word of its own, or 0."""
    if not head.endswith("在"):
        return 0
    last = dictionary_words(head[-3:])[-1]
    return len(last) if last in ("在", "正在") else 0


# the small (compatibility) forms of the enumeration comma and the comma (撤回惡法﹑林鄭下台)
# read as the common ones, and 説, a variant form of 說 some Hong Kong writers type (他激動地
# 説：「…」), as 說: one character for one, so every offset stays
_COMMON_FORMS: Final = tuple(zip("﹑﹐説〈〉", "、，說《》", strict=True))


def _in_common_forms(text: str) -> str:
    """`text` with `_COMMON_FORMS` put in: a replace a form, each a search in C, where one
    `str.translate` took 0.025 s on 1 MB (it looks every character up)."""
    for rare, common in _COMMON_FORMS:
        text = text.replace(rare, common)
    return text


# what the masked text writes in place of other characters (`_Extractor.masked`)
_MASKED_FORMS: Final = frozenset(_MASK + _GLOSS + "、，說《》")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in sentences(text, start, end) if text[a:b].strip()]


class _Extractor:
    def __init__(
        self, text: str, sections: tuple[Section, ...], known: persons.Known | None = None
    ) -> None:
        self.text = text
        self.sections = sections
        self._labelled = known  # the model's labels of some sentences, worked out ahead
        quoted = quote_spans(text)
        self.speech = [s for s in quoted if is_speech(text, *s)]
        # short quoted phrases that are no one's words (「左耳入、右耳出」): a name the model reads
        # inside one, not the whole of it, is a word of the phrase (`_in_a_phrase`); asked of a
        # set, not the list (a long text's thousands of quotes made that quadratic)
        speech = set(self.speech)
        self._phrases = [(a, b) for a, b in quoted if b - a <= 12 and (a, b) not in speech]
        # joined from slices: a list of the characters took 80 bytes a character (140 MB
        # for a 5 MB book)
        parts, last = [], 0
        for start, end in self.speech:  # in order, never overlapping
            parts += [text[last:start], _MASK * (end - start)]
            last = end
        # a Latin gloss after a name (布林肯（Antony Blinken）週二表示) is not a clause break
        self.masked = _in_common_forms(
            _GLOSS_RE.sub(lambda m: _GLOSS * len(m[0]), "".join([*parts, text[last:]]))
        )
        # what the model reads: the text in the same common forms (〈篇名〉 as 《篇名》, a
        # title it knows holds no one who acts)
        self._common = _in_common_forms(text)
        self.records = Records()
        self.last: Record | None = None
        self._tagged: dict[int, list[tuple[int, int]]] = {}
        # a traditional text's sentences are tagged in simplified characters too (`persons`)
        self._traditional = is_traditional(text)
        # sentence start -> the organisations the model finds there, start -> end
        self._bodies: dict[int, dict[int, int]] = {}
        # (speaker, sentence start) -> the one who speaks with them there
        self._partners: dict[tuple[int, int], list[Record]] = {}
        self._latin_full: dict[str, re.Match[str] | None] = {}
        self._dotted_at: dict[str, int] | None = None  # `_after_dots`
        self._quoted_at: dict[str, list[int]] | None = None  # `_nickname_of`
        self._recent: list[Record] = []  # who spoke, the last last
        # where the last to speak was one person left unnamed (一位钢企人士告诉财新记者): 他/她
        # in that paragraph or the next is that one, no one named before; -1 if a person spoke
        self._unnamed_one = -1
        # the verbs of saying whose subject is a person left unnamed (马永茂的律师|称): the quote
        # such an attribution follows is no named speaker's (`_unnamed_after`)
        self._unnamed_verbs: set[int] = set()
        # where the last attribution's verb stands and whose it is (`_referent`)
        self._said_at: tuple[int, Record] | None = None
        self._announced: Record | None = None  # `_block_after`
        self._glossed_by_last: dict[str, list[str]] = {}  # `_glossed_names`
        self._starts_of: dict[tuple[str, bool], list[int]] = {}  # `_starts`

    # person mentions --------------------------------------------------------------------------

    def _read(self, start: int, end: int) -> tuple[list[int], str]:
        """What the model reads of the sentence [start, end), and the offset in the text of
        each of its characters (-1 for a space put in)."""
        # a Latin gloss (蒂爾克（Volker Türk）) is left out of what the model reads: the
        # brackets and letters right after a transliteration hid it from the model
        kept = [i for i in range(start, end) if self.masked[i] != _GLOSS]
        kept = _spaced_after_latin(self.text, _quote_ends(self.masked, kept))
        return kept, "".join(" " if i < 0 else self._common[i] for i in kept)

    def _persons(self, start: int, end: int) -> list[tuple[int, int]]:
        """Person names the model finds in the sentence [start, end), outside speech quotes.

        The sentence is tagged with its quotes in place (they are context), once."""
        if start not in self._tagged:
            kept, seen = self._read(start, end)
            labels = persons.tag(seen, simplified_too=self._traditional, known=self._labelled)
            # organisations the model finds: one heading a clause is that clause's subject
            self._bodies[start] = dict(
                _in_text(kept, x, y) for x, y in persons.spans(labels, "ORG")
            )
            found = [
                (a, b)
                for a, b in (
                    _mended(self.text, *_in_text(kept, x, y))
                    for x, y in _apart_at_a_verb(
                        seen,
                        _unspaced(
                            seen, persons.persons(seen, labels) + _spelt_places(seen, labels)
                        ),
                    )
                )
                if _MASK not in self.masked[a:b]
                and _GLOSS not in self.masked[a:b]  # the Latin form in brackets
                and (
                    is_name(self.text[a:b])
                    or (ends_a_given_name(self.text, a, b) and is_name(self.text[a : b - 1]))
                    or self._glossed_spelling(self.text[a:b])
                    # a place's name after a person's noun (社会学家|帕特南): looked at only then
                    or (
                        is_place(self.text[a:b])
                        and _a_persons_noun(self.masked[max(start, a - 10) : a])
                        and is_name(self.text[a:b], place_too=True)
                    )
                )
                and not starts_inside_a_word(self.text[a - 1 : a], self.text[a:b])
                and not _a_common_verb(self.text[a:b])  # 與警方|周旋: "to deal with"
                and not _heads_a_doctrines_follower(self.masked, b)  # 马克思|主义经济学家
                and not self._in_a_phrase(a, b)
                and not self._a_thing(a, b, start)
                # 市民开窗|齐喊|「…」: an adverb and a verb ("shouted together") right before
                # what is shouted, not a surname and a given name
                and not (b - a == 2 and self.text[b - 1] in _SHOUTED and self.text[b] in "「“『")
            ]
            found += self._dictionary_names(seen, kept, found, start)
            found += self._joined_names(start, end, found)
            # a surname and an honorific (欧阳先生, 李姓居民) is a name by its shape, whatever
            # the model or the given-name checks (先 is a function character) make of it
            for x, y in honoured_names(seen):
                a, b = kept[x], kept[y - 1] + 1
                inside = [(p, q) for p, q in found if a <= p and q <= b]  # 李姓 of 李姓居民
                if _MASK not in self.masked[a:b] and not any(
                    p < b and a < q for p, q in found if (p, q) not in inside
                ):
                    found = [span for span in found if span not in inside] + [(a, b)]
            # a Latin given name a copula says is a person (Wang 是一家公司的员工): the model
            # reads one Latin word as no name, and alone it may be a firm's (Apple 表示)
            for x, y in _latin_introduced(seen):
                a, b = kept[x], kept[y - 1] + 1
                if not any(p < b and a < q for p, q in found):
                    found.append((a, b))
            # a familiar form (老李, 小周) the model missed, where it overlaps nothing found
            for x, y in familiar_names(seen):
                a, b = kept[x], kept[y - 1] + 1
                if _MASK not in self.masked[a:b] and not any(p < b and a < q for p, q in found):
                    found.append((a, b))
            self._tagged[start] = sorted(found)
        return self._tagged[start]

    def _dictionary_names(
        self, seen: str, kept: list[int], found: list[tuple[int, int]], start: int
    ) -> list[tuple[int, int]]:
        """Names jieba holds as one dictionary word (闻一多, 巴金, 盖茨), which the model, reading
        a dictionary word as no name, misses, or splits into characters (梁|振|英), which it
        may miss after a title: words CC-CEDICT gives only as a person's name,
        in the sentence at `start` read as `seen` (`_read`), overlapping none `found`; not a
        part of a dotted name (杰米·戴蒙), of a body's (摩根|中心, 李嘉诚|医学院, and 摩根|大通,
        a body the model reads on past it) nor of a name spelt on (卡尔|尼|亚|图)."""
        words = _with_listed_names(dictionary_words(seen))
        names: list[tuple[int, int]] = []
        at = 0
        for index, word in enumerate(words):
            if 2 <= len(word) <= 4 and kept[at] >= 0 and only_a_persons_name(word):
                a, b = kept[at], kept[at + len(word) - 1] + 1
                after = words[index + 1] if index + 1 < len(words) else ""
                if (
                    _MASK not in self.masked[a:b]
                    and not any(p < b and a < q for p, q in found)
                    and self.text[a - 1 : a] not in DOTS
                    and after[:1] not in DOTS
                    and not names_an_institution(after)
                    and not (after and all(spells_names(c) for c in after))
                    and not any(p < b < q for p, q in self._bodies[start].items())
                    and not self._a_thing(a, b, start)  # 「羅斯福號」: a ship's name
                ):
                    names.append((a, b))
            at += len(word)
        return names

    def _in_a_phrase(self, a: int, b: int) -> bool:
        """Whether the name [a, b) stands only inside short quoted phrases that are no one's
        words, never the whole of one (有關人員「左耳入、右耳出」，僅回應…: 左耳 "the left ear"):
        a word of the phrase. A name written elsewhere too (「来自陈某」的回应, and 陈某 in the
        text) and a quoted name alone (「長毛」) are read as before."""
        if not self._inside_a_phrase(a, b):
            return False  # (asked first: most names stand in no phrase, and need no search)
        size = b - a
        return all(
            self._inside_a_phrase(at, at + size) for at in occurrences(self.text, self.text[a:b])
        )

    def _inside_a_phrase(self, a: int, b: int) -> bool:
        """Whether [a, b) lies inside one short quoted phrase, not the whole of it."""
        k = bisect_left(self._phrases, (a + 1, -1)) - 1
        if k < 0:
            return False
        start, end = self._phrases[k]
        return start <= a and b <= end and (start + 1, end - 1) != (a, b)  # inside the marks

    def _joined_names(
        self, start: int, end: int, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Names of three the model misses (a rare character: 曾璟璇) joined by 及/和/與/、 to
        a name it finds (到庭的曾璟璇及|黃書雅): what is joined to a person is a person too,
        where it has a name's shape, opens where a name may (after 的, a pause or a title)
        and holds no common word; every place it stands in the sentence [start, end)."""
        names: list[tuple[int, int]] = []
        for a, _ in found:
            if self.masked[a - 1 : a] not in _NAMES_JOINED or a - 4 < start:
                continue
            name, opens = self.masked[a - 4 : a - 1], self.masked[a - 5 : a - 4]
            if not (
                (opens in _BEFORE_A_NAME or a - 4 == start or self._after_a_role(a - 4))
                and surname_length(name) == 1
                and is_name(name)
                and not any(common_word(w) for w in dictionary_words(name[1:]) if len(w) > 1)
            ):
                continue
            at = self.masked.find(name, start, end)
            while at >= 0:
                span = (at, at + 3)
                if not any(p < span[1] and span[0] < q for p, q in [*found, *names]):
                    names.append(span)
                at = self.masked.find(name, at + 3, end)
        return names

    def _introduced_after_a_title(self, name: str, before: int) -> bool:
        """Whether `name`, a foreign name spelt in Han that is a clause's subject alone, stands
        earlier in the article right after a title (俄罗斯国家杜马副主席|巴巴科夫 … 巴巴科夫表示):
        the writer introduced the person there; the model, shown the bare name, reads none."""
        if len(name) < 3 or spelt_name(name) != name:
            return False
        at = self.text.rfind(name, 0, before)
        while at > 0:
            if named_in(self.masked[max(0, at - 12) : at] + name) == name:
                return True
            at = self.text.rfind(name, 0, at)
        return False

    def _a_countrys_side(self, name: str) -> bool:
        """Whether `name` is a country's first character and 方 "side", 军 "army" or 媒
        "media" (乌军方, 阿方, 伊媒), where the article names a place that opens with that
        character (乌克兰, 阿曼: a word of its own there): the country's side, army or press
        speaks, no one by name (阿方 is a familiar name's shape too: 阿 and a given name)."""
        side = _A_SIDE.fullmatch(name)
        if side is None:
            return False
        return any(
            is_place(word) or names_a_land(word)
            for at in occurrences(self.text, side[1])
            if len(word := dictionary_word_from(self.text, at, at, at + 6)) >= 2
        )

    def _a_thing(self, a: int, b: int, floor: int) -> bool:
        """Whether the model's name [a, b) of three or more characters is a word for a thing
        (`names_a_thing`: 诺贝尔|文学奖得主奈保尔, 中泰国际 (Zhongtai International) 驻香港策略师
        Alvin Ngan) with no person's role right before it (全科医生|福克斯 is Guy Fuchs), so
        the clause's person is looked for past it; or a name the text itself calls one of a
        kind of organisation (壳牌和道达尔等|石油公司: what 等 lists is of the kind after it),
        or a case's, a ship's or a storm's name (「吳某案」, 「羅斯福號」, 卡特里娜飓风)."""
        return (
            (
                b - a >= 3
                and not is_company(self.text[a:b])  # 星巴克宣布: a firm, which speaks as a group
                and names_a_thing(self.text[a:b])
                and not _a_role(self.masked[max(floor, a - 12) : a])
            )
            or _OF_A_KIND.match(self.masked, b) is not None
            or _A_THING_AFTER.match(self.masked, b) is not None
            or self._heads_a_speaking_body(b)
            # a work's or a paper's name (Libra 白皮书所言): a document ends it, no person
            or (
                b - a >= 3
                and len(last := dictionary_words(self.masked[a:b])[-1]) >= 2
                and names_a_document(last)
            )
            or self._names_a_road(b, floor)
            # a place and the head of it (罗斯托夫州|州长, 某某市|市长): the place's own word
            # again, then 长, names who runs it, unnamed
            or (
                b - a >= 3
                and heads_its_place(self.masked[a:b], self.masked[b : b + 2])
                and self.masked[b + 1 : b + 2] in {"长", "長"}
            )
        )

    def _heads_a_speaking_body(self, b: int) -> bool:
        """Whether a kind of institution or firm follows the name ending at `b`, a word of it
        or two between (马普|学会|表示, 施普林格·自然|出版集团 (…) 周一|表示), and a verb of
        saying follows that: the name is the body's, which speaks. A role after the name
        names a person (某某|院长|表示, 某某学会|会长王某)."""
        run = _HAN_RUN.match(self.masked, b, b + 6)
        if run is None:
            return False
        for end in range(b + 2, run.end() + 1):
            said = end
            while self.masked[said : said + 1] in (_GLOSS, " ", "\u3000"):
                said += 1  # past a gloss: 出版集团 (Springer Nature) 周一表示
            if _SAYS_NEXT.match(self.masked, said) is None:
                continue
            kind = self.masked[b:end]
            first = dictionary_words(kind)[0]
            if first in _PREPOSITIONS or first in FUNCTION_CHARS:
                return False  # 某某|对|本地媒体|说: whom they spoke to, no body of theirs
            return (
                kind.endswith(ORGANISATION_HEADS)
                or (
                    not heads_a_person(kind)  # (集团 reads "conglomerate", a person's noun's shape)
                    and any(names_a_kind_of_body(kind[-k:]) for k in (3, 2) if len(kind) >= k)
                )
            )
        return False

    def _names_a_road(self, b: int, floor: int) -> bool:
        """Whether a road's word stands alone right after the name ending at `b`, with no
        pause or quote after it (盧押|道|交界, 從盧押|道|轉右: Lockhart Road): the name is the
        road's, not a person's; 道 "said" comes before a pause (刘杰|道：), and 路过, 道歉, 街坊
        are words of their own."""
        if self.masked[b : b + 1] not in _ROADS or self.masked[b + 1 : b + 2] in _AFTER_SAID:
            return False
        return dictionary_word_from(self.masked, b, max(floor, b - 4), b + 4) == self.masked[b]

    def _glossed_as_a_body(self, end: int) -> bool:
        """Whether the Latin gloss right after a name ending at `end` names an organisation
        (安永 (Ernst & Young), 陈记 (Chan Kee Holdings Ltd.)): the writer says it is a body."""
        start = end
        while self.masked[start : start + 1] == " ":
            start += 1
        stop = start
        while self.masked[stop : stop + 1] == _GLOSS:
            stop += 1
        return stop > start and names_a_body(self.text[start:stop])

    def _mentions(self, start: int, end: int, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """Person mentions in [start, end): the model's, and names already known."""
        known: set[tuple[int, int]] = set()
        region = self.masked[start:end]
        forms = self.records.forms_by_start()
        for char in set(region):
            for form, part in forms.get(char, ()):
                at = region.find(form)
                while (
                    at >= 0
                    and form.isascii()
                    and _inside_a_word(region, at, at + len(form), part=part)
                ):
                    at = region.find(form, at + 1)  # Chan of Chanapa is no mention of Chan
                if at >= 0:
                    known.add((start + at, start + at + len(form)))
        # names already known win over the model's reading of the same characters; a short
        # form inside a longer one met there (宝强 of 张宝强) is no second mention
        found = [
            (a, b)
            for a, b in sorted(known, key=lambda s: (s[0], -s[1]))
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in known)
        ]
        for a, b in self._persons(*sentence):
            if start <= a and b <= end and not any(a < y and x < b for x, y in found):
                found.append((a, b))
        for char in set(region) & self._head_names.keys():
            for name in self._head_names[char]:
                # its first place in the region, where the model read no one (徐风暴看好)
                at = start + region.find(name)
                if at >= start and not any(at < y and x < at + len(name) for x, y in found):
                    found.append((at, at + len(name)))
        return sorted(found)

    # subjects -----------------------------------------------------------------------------

    def _clause_start(self, position: int, floor: int) -> int:
        """Where the clause holding `position` starts: after punctuation, a speech quote or a
        dash of two (接到一张通知——|通知说; one is a hyphen: 俄罗斯—欧亚研究中心)."""
        start = clause_start(self.masked, position, floor, _CLAUSE_BREAKS)
        # (the short test first: the search back for 《 may read back to the floor)
        if "》" in self.masked[start:position] and (
            (opened := self.masked.rfind("《", floor, start)) >= 0
            and "》" not in self.masked[opened:start]
        ):
            # a pause inside a work's title is none (一书《我们为什么结婚，又为什么出轨》中指出)
            return self._clause_start(opened, floor)
        dash = self.masked.rfind("——", start, position)
        return start if dash < 0 else dash + 2

    def _subject(self, clause: int, verb: int, sentence: tuple[int, int]) -> Record | None:
        """The speaker of a verb: the person who is the subject of its clause, whatever stands
        between them (a time, a place, an interview frame, an adverb)."""
        raw = self.masked[clause:verb]
        if (
            clause > sentence[0]
            and self.masked[clause - 1] in "（("
            and (
                ADVERBS.sub("", raw.rstrip(" 　")).endswith(("）", ")"))  # （娥姐）|則說
                # an aside after Chinese, not a year nor a ticker: (下称中钢协)|理事会上公开表示,
                # 奥布莱恩 (Robert O'Brien) 周日在福斯新闻 (Fox News)|上表示; not R v Jones (Margaret)
                or (
                    re.match(r"[^（()）0-9]*[）)]", raw)
                    and not re.search(r"[A-Za-z.]\s*$", self.masked[sentence[0] : clause - 1])
                )
            )
        ):
            # the clause broke at a bracket the subject holds (陳文敏（港大法律學院教授）表示,
            # 司长王伟曾在…协会 (下称中钢协) 理事会上公开表示)
            clause = self._clause_start(clause - 1, sentence[0])
            raw = self.masked[clause:verb]
        # the clause broke at a comma inside a note in brackets (伊桑·布朗 (Ethan Brown，他与…
        # 没有亲属关系) 在…中称): the subject stands before the note, unless the note modifies
        # whom it names (…) 的妻子称)
        closed = re.search("[)）]", raw)
        opened = max(self.masked.rfind(o, sentence[0], clause) for o in "(（")
        if (
            closed is not None
            and opened >= 0
            and self.masked[clause - 1] in "，,；;"  # not 00016.|HK)
            and not re.search("[)）]", self.masked[opened:clause])
            and not raw[closed.end() :].lstrip(" 　").startswith("的")
            # a person's Latin name opens the note: not a body's (European Centre for …，简称)
            and person_like(self.masked[opened + 1 : clause - 1].strip())
        ):
            return self._subject(self._clause_start(opened, sentence[0]), opened, sentence)
        last_item = raw.strip(" 　")
        if (
            self.masked[clause - 1 : clause] == "、"
            and 2 <= len(last_item) <= 3
            and surname_length(last_item) == 1
            and is_name(last_item)
            and any(b == clause - 1 for _, b in self._persons(*sentence))
        ):
            # 分析师孙某、|于瑶|指出: the last of a list of names, whose surname may be a
            # preposition too (于, 向), a person as the names before it are
            return self._person(last_item, clause + raw.find(last_item))
        to_whom = self._said_to(clause, verb, sentence)
        if to_whom is not None:  # 首相安倍|向皇太子德仁|說明: who was told is no speaker
            return self._subject(clause, to_whom, sentence)
        subject = _CONNECTIVE.sub(
            "", _without_adverbs(_without_how(raw.replace(_GLOSS, "").rstrip(" 　")))
        ).strip(" 　@＠" + _MASK)  # @温儒敏: a social-media handle's sign is no part of it
        subject = _without_manner(subject)  # 处长卢勇|公开表示: how they said it
        if self.masked[verb : verb + 1] in {"说", "說", "道"}:
            subject = self._without_a_verb(subject)  # 他|回忆|说
        if (
            subject.endswith(("的", "之"))
            and (said := VERB_RE.match(self.masked, verb)) is not None
            and re.match(r"(?:是|為|为)[：:，,]", self.masked[said.end() : said.end() + 2])
        ):
            subject = subject[:-1]  # 司长韩进的|回答是：「…」: the answer, as a noun, is his
        words_of = _WORDS_OF.search(subject)
        if words_of is not None and words_of.start() >= 2:
            # 教授李某的公开评论|称, 某某的讲话|指出: what their words say, they say
            found = self._subject(clause, clause + raw.rfind(words_of[0]), sentence)
            return found if found is not None and not found.group else None
        if len(subject) > 2 and subject[-1] in "在於于" and not common_word(subject[-2:]):
            subject = subject[:-1]  # 李高|在|谈及…时表示: 在 opens the predicate (not 现在)
        # a prepositional phrase before the verb is no subject: 梁國權|用英文說, |向外界坦承
        phrase = _PREPOSITION.search(subject)
        if (
            phrase
            # (通过|其发言人: whose, then a common noun)
            and common_word(re.sub("^[其该該]", "", phrase.group(2)))
            # 向建军: a surname that is a preposition too, in a name met before (not 向|警方)
            and not (phrase.start() == 0 and subject in self.records)
            and (cut := _before_a_lead(subject, phrase)) is not None
        ):
            subject = _without_manner(subject[:cut])  # 醉醺醺地|跟我说, 他|走向|市民|說
        elif outlet := _TO_AN_OUTLET.search(subject):
            subject = subject[: outlet.start()]  # 严跃进|向《21世纪经济报道》记者|表示
        if not subject:
            return self._topic(clause, sentence)
        if subject.endswith(_TEAM) and len(subject) > 4:
            # 分析师王汉锋|团队在研报中指出: a named team speaks by its head
            team = self._subject(clause, clause + raw.rfind(subject[-2:]), sentence)
            return team if team is not None and not team.group else None
        gloss = self._last_gloss(clause, verb)
        if gloss is not None and self._glossed_organisation(gloss, verb):
            return None
        pseudonym = self._pseudonym(clause, verb) or (
            self._glossed(gloss, verb) if gloss is not None else None
        )
        if pseudonym is not None:
            return pseudonym
        masked = _MASKED_INITIAL.search(subject)
        if masked is not None:  # 执行总导演小 Q|说, 受访者Z先生|表示: a name the writer hid
            return self._named_by_writer(masked[0], clause + raw.rfind(masked[0]))
        lettered = _LETTERED_ROLE.search(subject)
        if lettered is not None:
            noun = dictionary_words(lettered[1])[-1]
            name = noun + lettered[2]
            if (
                len(noun) >= 2
                and (names_a_person(noun, loosely=True) or noun[-1] in ROLE_ENDS)
                and name in raw
            ):
                # 前線護士D|坦言, 學生A|表示: a person's noun and a letter, a name the writer
                # gives them in the place of theirs
                return self._named_by_writer(name, clause + raw.rfind(name))
        aside = _ROLE_ASIDE.search(ADVERBS.sub("", raw.rstrip(" 　")))  # （教授）|亦表示
        if aside is not None and aside.start() > 0:
            # 陳文敏（港大法律學院教授）表示: the person before the brackets, titled by them
            role = aside.group(1).strip()
            if role.endswith(TITLES) or _noun_phrase(role):
                found = self._subject(clause, clause + aside.start(), sentence)
                if found is not None and not found.group and not found.title:
                    found.title = role
                return found
            # a note on them (姚某（现已去世）告诉他): still who speaks, with no title from it
            noted = self._subject(clause, clause + aside.start(), sentence)
            if noted is not None and not noted.group:
                return noted
        # a group is the subject, or the last of a subject's conjuncts (彭斯與|衛生官員表示:
        # the person joined to it speaks too, as _partner reads)
        last = _last_conjunct(subject)
        head = last.rsplit("的", 1)[-1]  # 言语谨慎的|华为高管: the noun a relative clause modifies
        # a plural's 们 after the noun (居民们, 王某和网友们): the group all the same
        head = head[:-1] if head[-1:] in {"们", "們"} and len(head) >= 3 else head
        for group in GROUPS:
            if (
                head.endswith(group)
                and len(head) <= len(group) + 6
                and "姓" not in head
                and _NAMED_AS.search(last) is None  # 名叫王明的|学生 is someone
            ):
                return self._record(group, None, True, clause)  # 林姓|居民 is someone
        if media := _MEDIA.search(head):
            # 陆媒, 港媒: outlets, no one's name; 陆媒|报道称: their report says what they do
            return self._record(media[1], None, True, clause)
        if (
            _ONE_OF.match(last)
            and len(last) <= 12
            and "姓" not in last
            and _NAMED_AS.search(last) is None
            and len(noun := _last_word(head)) >= 2
            and noun[-1] in _PEOPLES_ENDS
        ):
            return self._record(noun, None, True, clause)  # 一位资深债市|投资者: one unnamed
        if subject in PRONOUNS[:4]:
            return None  # 他們憶述: several people, none of them by name
        if (
            subject[:2] in _LATTER_OR_FORMER
            and subject[2:3] not in {"的", "之"}
            and not re.search("[是為为]", subject[2:])
            and not any(
                self.masked[a:b] == subject[2:] for a, b in self._mentions(clause, verb, sentence)
            )
        ):
            # 后者|和他一道登顶珠峰下来后|说: the latter heads a predicate as 他 does; not
            # 后者的发言人, someone of theirs, nor 前者曾是与某某同|称…的: a copula's, whose
            # object the verb is inside, nor 前者|王大明说: the former, named
            return self._latter_or_former(subject[:2], clause, sentence)
        if subject[-1:] in {"他", "她"} and _causative_end(subject[:-1]):
            return None  # 短信让|他|补充材料: what he is asked to do, not what he said
        if (
            subject in PRONOUNS
            or (
                subject[-1:] in {"他", "她"}
                # (12日|他在…时表示: a date before the pronoun says when)
                and (len(subject) <= 2 or _DATE_LEAD.fullmatch(subject[:-1]) is not None)
            )
        ):
            return self._antecedent(clause, sentence)
        if re.search(r"的[他她]$", subject) and subject[-3:-1] not in {"其他", "其她"}:
            return self._antecedent(clause, sentence)  # 臉帶倦容的他說, 已经70岁的她表示
        # the written shapes first, where their edges are sure: a name met before, or a
        # listed title and a Chinese name right before the verb (副局长魏敏); then the model
        known = self._known(subject, clause)
        if known is None and self.masked[verb : verb + 1] == "道":
            known = self._known(subject[:-1])  # 程燕劝道: a speaker and what she does
        if known is not None:
            return known
        glossed = self._glossed_before(subject)
        if glossed is not None:  # 外交大臣拉布 (Dominic Raab) 谴责…。拉布表示
            return self._named_by_writer(glossed, clause + raw.rfind(glossed))
        if subject.endswith(_WHEN):
            if _ASKED_WHY.match(subject) and _ASKED_BEFORE.search(self.masked, sentence[0], clause):
                # 黃某…被問到，|為何不聽專家意見時|表示: the question put is no subject; who
                # was asked answers
                return self._topic(clause, sentence)
            timed = self._first_person(clause, verb, sentence)
            if timed is not None:
                return timed
        after_time = self._after_time(subject)
        if after_time is not None:
            name, title = after_time
            found = self._person(name, clause + raw.find(name))
            found.title = found.title or title
            return found
        latin = _TITLED_LATIN.search(subject)
        if (
            latin is not None
            and _a_latin_names_role(subject[: latin.start()].rstrip(" "))
            and person_like(latin[1])
        ):  # 商贩 Wang Yuling 说, 市长 Jane Shang 1 月份时表示: a title, then a Latin name
            return self._person(latin[1], clause + raw.find(latin[1]))  # the model missed
        given = re.match(r"[A-Z][a-z]{2,12}(?![A-Za-z])", subject)
        if given and (given[0] in self._given_names or given[0] in self._glossed_given):
            # Helen說, Brian馬上笑說: a given name the article shows a person's, heading a
            # predicate or alone
            rest = re.sub(r"(?:笑笑地|笑著|笑着|苦笑|笑)$", "", subject[given.end() :].strip())
            if not rest or opens_predicate(rest, given[0]):
                known = self.records.ending_on(self._glossed_given.get(given[0], ""))
                if known is not None:  # 鄭文傑（Simon Cheng）…。Simon認為: the same person
                    return known
                if given[0] in self._given_names:
                    return self._person(given[0], clause + raw.find(given[0]))
        whole = self._full_of_a_given_name(subject)
        if whole is not None:  # 李英强 … 英强说: the given name of a full name the article writes
            return self._person(whole, clause + max(raw.find(subject), 0))
        others = subject.find("等")
        if others > 0 and _and_others(subject[others:]):
            subject = subject[:others]  # 储某|等多位法学家: she and others of her kind
        counted = _THE_COUNT_OF_THEM.search(subject)
        if counted is not None and re.search(r"[、和及與与]", subject[: counted.start()]):
            subject = subject[: counted.start()]  # 甲、乙、丙|三人: the list, counted
        listed = named_in(subject, after_quote=self.masked[clause - 1 : clause] == _MASK)
        if listed is not None and not _existential(listed):  # 有|村干部: someone, unnamed
            lead = subject[: subject.find(listed)]
            if lead[-1:] != "被" and (_object_lead(lead) or _causative_end(lead)):
                return None  # 有记者向|国家体育总局局长苟仲文|问道: whom they asked
            return self._person(listed, clause + raw.find(listed))
        part = self._dotted_part(subject)
        if part is not None:  # named in full elsewhere (_full_names)
            return self._person(part, clause + raw.find(part))
        full = self._latin_surname(subject)
        if full is not None:  # named, and titled, where the article introduces them
            return self._person(full.group(), full.start())
        head_end = (
            clause + len(raw) - len(raw.lstrip(" 　")) + len(ADVERBS.sub("", raw.lstrip(" 　")))
        )
        head_end = self._before_a_gloss(head_end, clause)  # 格林 (Peter Green) 说
        mentions = self._mentions(clause, verb, sentence)
        for index, (a, b) in enumerate(mentions):
            if self._not_subject(a, b, clause):
                continue
            if index + 1 < len(mentions) and (
                "的" in (between := self.masked[b : mentions[index + 1][0]])
                or _a_role_in_it(between)
            ):
                # 万秀玲此前的|辩护律师王丹阳: whose, the head named after it; 卫健委高级别专家组
                # 组长|钟南山: a body and a role in it, the title of the name after them
                continue
            if index + 1 == len(mentions) and self._modifies_a_thing(b, head_end):
                continue  # 特朗普上任后的|美国宣布: the name sits in what modifies the subject
            a, b = self._snap(a, b, head_end if index == len(mentions) - 1 else b)
            time = _TIME_TAIL.search(self.text, a + 2, b)
            if time is not None and time.end() == b:
                b = time.start()  # 张某今日|在…表示: the model ran the name into the time
            after = self._title_after(b, verb) if b - a >= 2 else None
            if after is not None and after.endswith(OWNED_ROLES):
                continue  # 特斯拉|发言人表示: whose spokesperson, unnamed; not a name and a title
            if self.masked.startswith(("报道", "報道", "报导", "報導"), b):
                return None  # 彭博|报道称: an outlet's report (or a reporter's), no one's words
            if after is not None and _ONE_OF.match(raw.lstrip(" 　")):
                continue  # 一位国际|小微|信贷专家告诉: one counted, whom a role names, unnamed
            if after is not None:
                # 习近平主席表示, 蔡英文總統|今天出席活動時致詞表示: a title after the name
                found = self._person(self.text[a:b], a)
                found.title = found.title or after
                return found
            if (
                b != head_end
                and not _and_others(self.masked[b:head_end])  # 李红|等人表示: she and more
                and self.text[a:b] not in self.records
                and not _is_known_form(self.text[a:b], self.records)
                and not (  # a surname and an honorific for someone met before: 胡官|裁決當日
                    b - a <= 3
                    and "某" not in self.text[a:b]  # (李某 is someone masked, no 李志)
                    and self._known(self.text[a:b]) is not None
                )
                and not opens_predicate(self.masked[b:verb], self.text[a:b])
                and not _one_act_then_saying(
                    self.text[a:b], self.masked[b:verb], self.masked[verb : verb + 2]
                )
            ):
                continue  # the model's name must be the subject's head, right before the verb
            role = dictionary_words(self.masked[b:head_end])[:1]
            if b < head_end and role and _owns_the_next(self.masked, mentions, index, b, role[0]):
                continue  # 黎智英助手|Mark Simon表示: a name met before owns the head after it
            if b - a < 2:
                known = self._known(self.text[a:head_end])
                if known is not None:
                    return known
                continue
            return self._person(self.text[a:b], a)
        if subject[:1] in {"他", "她"} and subject[:2] not in PRONOUNS[:4]:
            if subject[1:2] in {"的", "之"}:
                return None  # 他的女儿说: someone of theirs, unnamed
            if _a_relative_after(subject):
                return None  # 她丈夫潘某的屋也證實: her husband, not she
            named = self._mentions(sentence[0], clause, sentence)
            if not named:  # 居民某某…。“…”她掏出手机演示道
                return self._antecedent(clause, sentence)
            a, b = named[0]
            # one who only owns a noun after the first is no other subject (罗成华是|蒋彦永的|
            # 学生，他走上台说: the student)
            subjects = [m for m in named[1:] if self.masked[m[1] : m[1] + 1] not in {"的", "之"}]
            if (
                not subjects
                and self._heads_sentence(a, sentence)
                and self.masked[b : b + 1] not in {"被", "的", "之"}
                and not self._opened_work(a, sentence[0])
                and not self._in_a_place(self.masked[self._clause_start(a, sentence[0]) : a], b)
            ):
                # 闻一多在书桌上…，他常对来客说: the one the sentence is about, named alone;
                # not one a thing is done to (某某被黑之后), a book's name (《金智英》) nor
                # where or when (在贝尔斯登陷入困境时)
                return self._antecedent(clause, sentence)
            return self._agreeing(self.last, subject[:1], clause)  # 他在接受采访时表示
        if (
            len(subject) > 2
            and known_name(subject[:2])
            and dictionary_words(subject)[0] == subject[:2]  # not 哈尔|滨, 新加|坡
            and opens_predicate(subject[2:], subject[:2])
            and persons.tag(subject)[:2] == ["O", "O"]  # 南韓|聯合通訊社稱: a body's name
        ):
            # a name the dictionaries know heading a predicate, where the model, which reads
            # it as the object of a verb far more often, tags nothing (拜登|在白宫表示)
            return self._person(subject[:2], clause + raw.find(subject[:2]))
        called = _NAMED_AS.search(subject)
        if called is not None and person_like(called[1]) and _someones_noun(called[2]):
            # 一位名叫|王明|的工人说: the one the subject's noun is, by the name it is given
            at = clause + raw.rfind(called[1])
            found = (
                self._named_by_writer(called[1], at)  # a Latin name: the writer says it is one
                if called[1].isascii()
                else self._person(called[1], at)
            )
            found.title = found.title or called[2]
            return found
        latin_head = _LATIN_HEAD.search(subject)
        role = subject[: latin_head.start()].rstrip(" ") if latin_head is not None else ""
        if (
            latin_head is not None
            and (not role or _a_latin_names_role(role))
            and is_name(latin_head[0])
            and person_like(latin_head[0])
            and opens_predicate(subject[latin_head.end() :], latin_head[0])
        ):
            # a full Latin name the model does not know heading a predicate, its role before
            # it or none ((教授)Eom Jung-sik|结合自身经验分析说): the clause's subject, as a
            # Chinese name there
            found = self._person(latin_head[0], clause + raw.find(latin_head[0]))
            found.title = found.title or role or None
            return found
        run = (
            unknown_run(subject)
            or after_a_noun(subject)
            or dotted_tail(subject)
            or _named_before_a_predicate(subject)
        )
        if (
            run is None
            and len(subject) <= 8
            and (
                only_adverbs(subject)
                or _manner(subject)
                # 緩下來|說, 站起来|说: a movement, then said, by the chain's subject
                or (subject.endswith(_DIRECTIONAL) and not _own_subject(subject))
            )
        ):
            return self._topic(clause, sentence)  # …，还明确表示: the sentence's subject speaks
        if run is None and (
            _a_name_whole(subject)
            or LATIN_ADDRESS.fullmatch(subject)  # Wong 先生|表示
            or (self._after_a_quote(verb, sentence[0]) and _a_name_of_two(subject))
            or hong_kong_address(subject)
            or self._introduced_after_a_title(subject, clause)
        ):
            return self._person(subject, clause + raw.rfind(subject))  # 在|王建国|看来
        if run is None and (titled := _name_then_title(subject)) is not None:
            # 拜登|总统表示: the model reads no name there
            found = self._person(titled[0], clause + raw.rfind(subject))
            found.title = found.title or titled[1]
            return found
        if run is None and subject in self._attributed_names:  # 」光磊說, twice or more
            return self._named_by_writer(subject, clause + raw.rfind(subject))
        if run is None or _byline(subject[: -len(run)]) or _causative_end(subject[: -len(run)]):
            return None  # 记者|某某, 希望|某某指出: the reporter, or one asked to speak
        if run[0] == "人" and subject[: subject.rfind(run)].endswith("有"):
            return None  # 还有|人提|建议说: "someone", unnamed (人 is a surname too)
        at = clause + raw.rfind(run)
        if straddles_two_words(self.masked, at, at + len(run)):
            return None  # 新聞片|段盤|問: 片段 and 盤問 as the sentence is read, no name
        return self._person(run, at)

    def _full_of_a_given_name(self, given: str) -> str | None:
        """The full name whose given name `given` is, where the subject is two characters that
        open on no surname and make no common word, and the article writes them after one
        surname only, at a name's start (李英强 … 英强说): friends and writers call one so."""
        if (
            len(given) != 2
            or not is_han_name(given)
            or surname_length(given)
            or frequency(given) >= 50
        ):
            return None
        fulls = set()
        for m in re.finditer(given, self.text):
            at = m.start() - 1
            surname = self.text[at : at + 1]
            if (
                surname_length(surname) != 1
                or surname in FUNCTION_CHARS
                or surname in _OPENS_A_PHRASE
                or is_predicate(surname)  # 和|滴滴, 经|瑞银, 能|留债: no surname there
            ):
                continue
            lead = self.text[max(0, at - 12) : at]
            if lead and is_han_name(lead[-1]) and title_end(lead) != len(lead):
                continue  # 经济学家|陆挺 is a title's end, 和|黄风 a conjunction: no surname
            fulls.add(self.text[at : m.end()])
        if len(fulls) != 1:
            return None
        (full,) = fulls
        if any(f"{full}{dot}" in self.text for dot in DOTS):
            return None  # 胡某・閱微左翼筆記: a column's name, read as a dotted name
        return full if plausible_name(full) and not common_word(full) else None

    def _without_a_verb(self, subject: str) -> str:
        """`subject` without the verb a bare 说 or 道 compounds with (他|回忆|说, 记者|沃尔特·利格特
        |作证|说, 他对《…》|回忆|说, 王某|开玩笑|说), where what stands before that verb is a pronoun, an outlet
        or a person: a dictionary verb of two characters or more, not after a negation (不|等于|说
        is "that is not to say") nor right after a surname (周|立新 is a name)."""
        words = dictionary_words(subject) if len(subject) >= 3 else []
        if not (
            len(words) >= 2
            and len(words[-1]) >= 2
            and (
                is_predicate(words[-1])
                or words[-1] in _SAYING  # 分析 "analysis" too
                or may_act(words[-1])  # 他|微笑|说, 他|开玩笑|说: CC-CEDICT's verbs
            )
        ):
            return subject
        rest = subject[: -len(words[-1])].rstrip(" 　")
        if rest[-1:] in "不没沒未别別" or surname_length(words[-2]) == len(words[-2]):
            return subject
        if (
            rest[-1:] in {"他", "她", "》"}
            or rest.endswith(_REPORTER)
            or rest in self.records
            or named_in(rest) is not None
            or (rest.isascii() and is_name(rest))  # Eom Jung-sik|分析|说
        ):
            return rest
        return subject

    def _said_to(self, clause: int, verb: int, sentence: tuple[int, int]) -> int | None:
        """Where 向 or 对 opens the phrase of whom the words were said to, when it is a person
        named right before the verb, perhaps after their role (安倍|向皇太子德仁|說明, 市长|
        向议员王小明|解释说, 对王某表示): the speaker is the subject before it, not the name.
        跟 too, before a bare 说 or 讲 (父母跟伊婷说: "said to"; 跟 is "and" where more
        stands between the name and the verb: 某某跟某某都说)."""
        leads = "向对對跟着著" if self.masked[verb : verb + 1] in _TOLD_BARE else "向对對"
        if not any(c in self.masked[clause:verb] for c in leads):
            return None  # (most subjects: no need to read their mentions here)
        end = self._before_a_gloss(verb, clause)
        how = _SAID_SO.search(self.masked, clause, end)
        if how is not None:  # 对…基辛格|这样|说道: how it was said, between them and the verb
            end = self._before_a_gloss(how.start(), clause)
        aside = _ASIDE_BEFORE.search(self.masked, clause, end)
        if aside is not None:  # 看着李小红|（执笔人）|说: a note on whom, in brackets
            end = aside.start()
        for a, b in self._mentions(clause, verb, sentence):
            if b != end:
                continue
            at = max(self.masked.rfind(c, max(clause, a - 9), a) for c in leads)
            role = self.masked[at + 1 : a]
            watched = self.masked[at : at + 1] in {"着", "著"}
            if (
                at >= 0
                and not (self.masked[at] == "向" and self._surname_here(at, a, b))
                and _a_listeners_lead(role)
                # 面向, 方向, 反对 (a verb and 着 is one word too: 看着, not the lead alone)
                and (watched or not common_word(self.masked[at - 1 : at + 1]))
                and not common_word(self.masked[at : at + 2])  # 对于, 向来, 着急
            ):
                # 王大明看着|李小红说: the one looked at is the verb's object, and the verb
                # before 着 is no part of the subject
                return self._verb_before(at, clause) if watched else at
        return None

    def _verb_before(self, aspect: int, clause: int) -> int:
        """Where the verb that the aspect particle at `aspect` (着) marks starts (看|着, 凝视|着,
        or 看着 as one of the dictionary's words)."""
        words = dictionary_words(self.masked[clause : aspect + 1])
        if len(words[-1]) > 1:
            return aspect + 1 - len(words[-1])
        return aspect - len(words[-2]) if len(words) >= 2 else aspect

    def _listener_end(self, at: int, end: int, sentence: tuple[int, int]) -> int | None:
        """Where whom 告诉 told ends, at `at`, when what they were told follows with no comma
        (李亮告诉王梅|自己体温只有35度, 告诉记者|他们已经…): a pronoun, a person the model reads
        there (after their role: 告诉妻子高敏) or a reporter, then a clause that opens on its
        own subject or predicate. None where a comma or a colon ends whom (the usual way,
        `_TOLD_THEN`), or where the words after whom go on naming them (告诉他老婆, 告诉王梅的
        父亲) or are what was told as a noun (告诉他们具体的细节)."""
        listener = _A_LISTENER.match(self.masked, at, end)
        stop = listener.end() if listener is not None else None
        named = self._persons(*sentence)
        for a, b in named:
            lead = self.masked[at:a]
            if at <= a <= at + 8 and (_a_listeners_lead(lead) or names_kin(lead)):
                stop = b  # 告诉|妻子|高敏: whom, perhaps after their role
                break
        if stop is None:
            return None
        content = _TOLD_CLAUSE.match(self.masked, stop, end)
        if content is None or content[2] in {"：", ":"} or _TOLD_THING.search(content[1]):
            return None  # 告诉我|这样一个细节：, 告诉他们|自己的分析和判断: what, as a noun
        opens = (
            content[1].startswith(_TOLD_SUBJECTS)
            or any(a == stop for a, _ in named)
            or starts_predicate(content[1])
        )
        return stop if opens else None

    def _before_a_gloss(self, end: int, floor: int) -> int:
        """`end` moved back over a name's bracketed Latin gloss and spaces (格林 (Peter Green)
        说): where the name before them ends."""
        while end > floor and self.masked[end - 1] in (_GLOSS, " ", "\u3000"):
            end -= 1
        return end

    def _surname_here(self, at: int, a: int, b: int) -> bool:
        """Whether 向 at `at`, right before the name [a, b), is the surname of 向文丽 rather
        than "to": a speaker's name with it, or a name the article only ever writes after 向
        (王攀 stands alone elsewhere in 陶崇园…向王攀表示)."""
        if at != a - 1 or b - a != 2:  # (向|皇太子德仁: a name whole without it)
            return False
        whole = self.masked[at:b]
        return (
            whole in self.records
            or _is_known_form(whole, self.records)
            or self.masked.count(whole) == self.masked.count(self.masked[a:b])
        )

    def _title_after(self, end: int, verb: int) -> str | None:
        """The listed title right after a name that ends at `end`, where the verb or a
        predicate follows it (习近平|主席|表示, 蔡英文|總統|今天出席活動時致詞|表示)."""
        rest = self.masked[end:verb].rstrip(" \u3000")
        title = _title_opening(rest) or _body_and_title(rest)
        if title is None and _a_chiefs_word(rest):
            return rest  # 王志|关长|称: a chief's title no list holds, right before the verb
        if title is None or not (rest == title or opens_predicate(rest[len(title) :])):
            return None
        return title

    def _modifies_a_thing(self, end: int, head_end: int) -> bool:
        """Whether a clause ending in 的 after a mention that ends at `end` modifies a noun
        that is no person (特朗普上任后的|美国, 马斯克收购后的|推特): the subject is that noun."""
        between = self.masked[end:head_end].lstrip(_GLOSS + " \u3000")
        if "的" not in between[1:] or between.startswith(_AFTER_THE_SUBJECT):
            # 王某的 is `_not_subject`'s; a preposition or a conjunction after the name opens
            # a phrase of the predicate's or another subject (李波向国防部的调查人员|表示,
            # 佛利和他的团队|指出), not a modifier of the head
            return False
        head = between.rsplit("的", 1)[1]
        return bool(head) and not (
            heads_a_person(head)  # (a title's too)
            or surname_length(head)
            or has_predicate(head)  # 对这一学说的|有效性提出了|质疑: a clause, no noun
            # 针对…的|社会情绪就已|指出: an adverb ends it (not a copula: 最大的|智慧是|承认)
            or (head[-1] in FUNCTION_CHARS and head[-1] != "是")
        )

    @staticmethod
    def _after_time(subject: str) -> tuple[str, str | None] | None:
        """A name right after a time, a connective or an adverb that opens the clause (当时|王某
        说, 会后|周某说, 随后|某某表示), where the name model, trained on text that puts a comma
        there, tags nothing: the rest, when it is a name whole, or a name and a listed title
        (2017 年|穆罕默德王储表示); (name, title)."""
        date = _DATE_LEAD.match(subject)  # 3月|王某表示, 去年10月|…: a date, then the name
        start = date.end() if date else 0
        lead = _LEADING_ADVERBS.match(subject[start:])
        last = start + lead.end() - 1 if lead else -1
        if lead and surname_length(subject[last:]) == 1:
            # (会后)曾|永胜教授: 曾, 常 and 向 are surnames as well as adverbs; a surname, two
            # characters and a title after them are a name and its title (曾永胜|教授)
            whole = _name_then_title(subject[last:])
            if whole is not None and len(whole[0]) == 3:
                return whole
        start += lead.end() if lead else 0
        if not start and not is_closed_word(subject[:2]):
            return None  # the common case, without segmenting the subject
        words = dictionary_words(subject[start:])
        while len(words) > 1 and len(words[0]) >= 2 and is_closed_word(words[0]):
            start += len(words.pop(0))
        rest = subject[start:]
        if start > 0 and rest and named_in(rest) == rest and not re.fullmatch(".家", rest):
            return rest, None  # (not 陈家, the Chen family)
        return _name_then_title(rest) if start > 0 and rest else None

    def _about(self, lead: str, at: int) -> bool:
        """Whether the clause that `lead` opens and `at` is in is what a topic's preposition
        governs (對於|此前發生的陳小武事件，…): the name in it is no subject. Not a point of
        view (对于凯恩斯来说，…: his)."""
        if not lead.lstrip(" 　").startswith(_ABOUT):
            return False
        end = _PAUSE.search(self.masked, at)
        return (
            not self.masked[at : end.start() if end else len(self.masked)]
            .rstrip(" 　")
            .endswith(_VIEWPOINT_ENDS)
        )

    def _owns_a_noun(self, b: int) -> bool:
        """Whether the name ending at `b` only modifies the noun after it: 的 or 之 right
        after it (王某的律师), a government or a clan it names (特朗普|政府), or a noun or two
        and 的 (盖永峰|同村的|一名豆农, 某某|身边的|人, 小贺|村子里的|猪): whose, not who. Not a
        time (某某|今天的|讲话), a verb (某某|所说的) nor a title (金耀基|先生的)."""
        if self.masked[b : b + 1] in {"的", "之"}:
            return not _AFTER_WARDS.match(self.masked, b)  # 林鄭之後|補充: a time
        if self.masked.startswith(_REGIMES, b):
            return True  # 特朗普|政府…，认为: the government speaks, not its head
        after = dictionary_words(self.masked[b : b + 4])
        if after and len(after[0]) >= 2 and names_relatives(after[0]):
            return True  # 朱家|亲友回忆, 李家|亲属称: the relatives speak, not the one named
        gap = _NOUNS_BEFORE_DE.match(self.masked, b)
        return (
            gap is not None
            and not gap[1].endswith((*TITLES, *_ADDRESSES))
            and all(
                word in _LOCATIVE_ENDS or (len(word) >= 2 and not is_predicate(word))
                for word in dictionary_words(gap[1])
            )
            and self._people_at(gap.end())
        )

    def _people_at(self, at: int) -> bool:
        """Whether the noun phrase at `at` names people or a body (一名豆农, 邻居, 工作室的同事,
        公司): someone else who may speak, where a thing (羈絆, 沮丧) leaves the owner the
        topic (蔡耀昌最大的羈絆是妻兒，他低頭說著)."""
        counted = _HOW_MANY.match(self.masked, at)
        words = dictionary_words(self.masked[counted.end() if counted else at :][:8])
        run = list(
            itertools.takewhile(
                lambda w: w.isalpha() and not (is_predicate(w) if len(w) >= 2 else w in _STOPS),
                words,
            )
        )
        head = "".join(run)  # 豆|农|还在: jieba cuts a noun it does not know into characters
        return len(head) >= 2 and (
            (len(run[-1]) >= 2 and names_a_person(run[-1], loosely=True))
            or head[-1] in _PEOPLES_ENDS
            or head.endswith(ORGANISATION_HEADS)
            or head.endswith(_REGIMES)
        )

    def _not_subject(self, a: int, b: int, clause: int) -> bool:
        """Whether the mention [a, b) in a clause is no subject: it owns a noun (王某的), it is
        the object of a preposition (对王某), or it is the reporter (记者王某)."""
        before = self.masked[a - 1 : a] if a > clause else ""
        lead = self.masked[clause:a].lstrip(" 　")
        return (
            self._owns_a_noun(b)
            or self._opened_work(a, clause)  # 据《哈里森感染病学》介绍
            or (bool(before) and before in _OBJECT_BEFORE)
            or _object_lead(lead)
            or self._caused(lead, b)  # 希望|某某指出: asked to speak, not speaking
            or self._about(lead, b)
            or _byline(self.masked[clause:a])
            # 他其後回應|民建聯陳恒鑌指: the pronoun is the subject, a name after it an object
            # (not 她的父亲|张建国说)
            or (lead[:1] in {"他", "她"} and len(lead) >= 3 and lead[1] not in _NOT_A_PRONOUN)
        )

    def _caused(self, lead: str, b: int) -> bool:
        """Whether a causative verb ends `lead`, the clause before a name ending at `b`, so
        that the person is asked or made to act (女网友希望|常伟付, 要求|某某解释), unless the
        clause is a noun that 的 closes (令|盧女士開始留意時政的，是…: what made her, hers)."""
        if not _causative_end(lead):
            return False
        end = _A_CLAUSE_BREAK.search(self.masked, b)
        return end is None or self.masked[end.start() - 1] != "的"

    def _named_by_writer(self, name: str, at: int) -> Record:
        """The record of a name the writer marks as one (a pseudonym, a Latin gloss, quotes
        attributed to it again and again): a person whatever the name's shape."""
        record = self._person(name, at)
        record.pseudonym = record.pseudonym or record.name == name
        return record

    def _pseudonym(self, clause: int, verb: int) -> Record | None:
        """The person of a subject that names them by a pseudonym (受访者小雨（化名）表示,
        化名阿明的受訪者說): the writer says it is a name, whatever its shape."""
        found = _PSEUDONYM.search(self.text[clause:verb])
        if found is None:
            return None
        part = 1 if found.group(1) else 2
        run = found.group(part)
        name = next(  # 佐藤恵子, 张小雨 stay whole; 受访者|小雨, 骑手|晓东
            (run[-size:] for size in (4, 3) if japanese_name(run[-size:])),
            run[-3:] if plausible_name(run[-3:]) else run[-2:],
        )
        if any(c in FUNCTION_CHARS for c in name):
            return None
        record = self._named_by_writer(name, clause + found.end(part) - len(name))
        if part == 2 and not record.title:
            record.title = found.group(3)  # 化名李华的|教师
        return record

    def _glossed(self, found: re.Match[str], verb: int) -> Record | None:
        """The person whose Latin full name the writer gives in brackets (苹果CEO库克（Tim
        Cook）接受采访时表示): the Han run before the gloss nearest the verb. The name model
        reads the run (流行病学家|安妮·斯派洛, 韦伯的学生|勒文施泰因); where it finds no one, the
        run after any title is the name if it has a person's shape. An organisation's gloss
        (Uber Technologies Inc.) and a gloss inside a modifier (于沃思堡 (Fort Worth) 召开的…)
        name no speaker. `found` is the gloss nearest the verb (`_last_gloss`)."""
        rest = self.masked[found.end() : verb]
        # whom they spoke to is no title after the gloss (博拉 (Mary Barra) 对|分析师表示)
        core = "" if re.match(r"\s*[对對向跟给給]", rest) else rest
        run = found.group(1)
        before = self.text[max(0, found.start(1) - 3) : found.start(1)]
        if re.search(r"[\d一二两兩三四五六七八九十百]\s*$", before):
            run = run[1:]  # 一名 22 岁|学生阿拉姆里 (Shoug Alamr): the count's measure word
        found_spans = persons.persons(run)
        # a title between the name and its gloss (经济学家中田|教授 (Hiroyuki Nakata))
        cut = next(
            (
                len(t)
                for t in TITLES
                if run.endswith(t) and any(b == len(run) - len(t) > a + 1 for a, b in found_spans)
            ),
            0,
        )
        run = run[: len(run) - cut]
        spans = [_hyphened(run, a, b) for a, b in found_spans if b == len(run) and b - a >= 2]
        # a person's title after their gloss (霍华德·马克尔 (Howard Markel) 博士说)
        titled_after = core.strip() in _TITLE_SET and (bool(spans) or any(d in run for d in DOTS))
        if not titled_after and (
            core.endswith(TITLES) or any(role in core for role in BYLINE_ROLES)
        ):
            return None  # 緬甸時報（Myanmar Times）記者劉某: the gloss names the paper
        # (a frame between the gloss and the verb may hold its own 的: 金 (Kevin Kim) 在…发表的
        # 报告中|指出)
        if (
            "的" in _FRAME_BEFORE_VERB.sub("", rest)
            or names_a_body(found.group(0))
            # 施普林格·自然出版集团 (Springer Nature): the gloss is a firm's or a body's
            or names_a_bodys_end(run)
        ):
            return None
        if not titled_after and re.search(
            r"(?:[师師家员員者官]|[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)+)\s*$", core
        ):
            # 高盛 (Goldman Sachs) 分析师估计, 中泰国际 (Zhongtai International) 驻香港策略师
            # Alvin Ngan 表示: the gloss names whom they work for
            return None
        if spans:
            name = _name_from_span(run, spans[-1][0])
        else:
            bare = _name_after_title(run)
            if not bare:  # 高盛 (Goldman Sachs) 预计: a word, not a name; "" for no Han left
                return self._named_in_latin(found, rest)
            name = _across_a_title(run, bare)
        if name[:1] in "和与與及在如" and len(name) >= 3:
            # 卡尔法 (Nilanjan Karfa) 和|托什尼瓦尔 (Harshit Toshniwal); 在|巴郡 (Berkshire
            # Hathaway) 年会上; 如|馬克吐溫 (Mark Twain) 所言: a preposition (not 于, a
            # surname), whose object is checked below
            name = name[1:]
        # one character is a name where a listed title stands before it and the gloss gives a
        # full name (联邦调查局局长|雷 (Christopher Wray): the writer spells him so)
        single = (
            len(name) == 1
            and run[: -len(name)].endswith(TITLES)
            and _GLOSS_SURNAME.search(found.group(0)) is not None
            and _GLOSS_GIVEN.search(found.group(0)) is not None
        )
        if not (_a_names_length(name) or single) or (
            not spans and any(c in FUNCTION_CHARS for c in name[1:])
        ):  # the model and the gloss agreeing on 林和立 (Willy Lam) hold 和 as a name's
            return None
        name = _role_before_the_dot(_spelt_after_words(name))  # 老板|加曼, 见证者|让·杜歇
        at = found.end(1) - cut - len(name)
        if self._glossed_object(at, rest):
            return None
        return self._named_by_writer(name, at)

    def _glossed_object(self, at: int, rest: str) -> bool:
        """Whether the glossed person at `at` is no subject: whom a verb or a preposition
        before them governs (他对|该公司老板吉米·凯恩 (Jimmy Cayne) 所说: whom he told), or the
        one a time clause is about (瑟洛在|总督黑斯廷斯 (Warren Hastings) 被弹劾时|所说), or a
        place's (巴菲特…在今年的|巴郡 (Berkshire Hathaway) 年会上|说: where he spoke).
        `rest` is what stands between the gloss and the verb."""
        lead = self.masked[self._clause_start(at, 0) : at].lstrip(" 　")
        return bool(
            _object_lead(lead)
            or (lead[:1] in {"他", "她"} and lead[1:2] not in _NOT_A_PRONOUN)
            or (re.search(r"[在当當]", lead) and re.search(r"(?:时|時|之际|之際)\s*$", rest))
            or (re.search(r"[在於于]", lead) and re.search(r"[上中里裡内內]\s*$", rest))
        )

    def _named_in_latin(self, found: re.Match[str], rest: str) -> Record | None:
        """The person whose name a title's gloss gives in Latin letters only, with no Han
        name before it (通用汽车中国公司总裁 (Matt Tsien) 说): the writer names them so. Not
        the title's own English (行政长官 (Chief Executive))."""
        run = found.group(1)
        latin = _GLOSS_LATIN.search(found.group(0))
        last = _last_word(run)  # a title of two characters or more ends it, no name after
        if latin is None or len(last) < 2 or not (run.endswith(TITLES) or heads_a_person(last)):
            return None
        name = latin.group(1)
        title = self._title_from(self._clause_start(found.start(1), 0), found.end(1))
        if (
            not person_like(name)
            or english_title(name)
            or self._glossed_object(found.end(1) - len(title or run), rest)
        ):
            return None
        record = self._named_by_writer(name, found.start() + latin.start(1))
        record.title = record.title or title
        return record

    def _last_gloss(self, clause: int, verb: int) -> re.Match[str] | None:
        """The Latin gloss nearest the verb (律师事务所 (Gibson Dunn) 的亚当·史密斯 (Adam Smith)
        说: Adam Smith's)."""
        glosses = list(_LATIN_GLOSS.finditer(self.text, clause, verb))
        return glosses[-1] if glosses else None

    def _glossed_organisation(self, found: re.Match[str], verb: int) -> bool:
        """Whether the gloss nearest the verb (`found`) makes the subject an organisation the
        writer glosses in English, right before the verb (陈记 (Chan Kee Holdings Ltd.) 表示):
        no one speaks, whatever the Han name's shape."""
        return (
            names_a_body(found.group(0))
            and not self.masked[found.end() : verb].strip(" 　" + _MASK)
            and not re.search("[对對向给給把被让讓替跟和與与]", found.group(1))  # 对福克斯新闻 (Fox
            # News) 表示: the organisation is whom they speak to
        )

    def _first_person(self, clause: int, verb: int, sentence: tuple[int, int]) -> Record | None:
        """The speaker of a verb after a clause of time (李强会见德国总理朔尔茨时|指出, 王毅与
        布林肯会面时|强调): that clause's subject, the first person in it; whom they met or
        called is its object. Where the model names no one before that clause's own verb
        (越南总理范明政|会见…时|表示), the words before that verb are read as a subject is."""
        mentions = self._mentions(clause, verb, sentence)
        at = clause
        # (a name the model reads at the clause's start leaves no words before a verb to read)
        opening = not mentions or mentions[0][0] >= clause + 2
        for word in dictionary_words(self.masked[clause:verb]) if opening else ():
            if len(word) >= 2 and at - clause >= 2 and acts_first(word):
                if mentions and _a_role(self.masked[at : mentions[0][0]]):
                    break  # 北區醫院|代理行政總監|柯世強…時: a title's first word, no verb
                if not mentions or mentions[0][0] >= at:
                    found = self._subject(clause, at, sentence)
                    return None if found is None or found.group else found
                break
            at += len(word)
        for index, (a, b) in enumerate(mentions):
            if self._not_subject(a, b, clause) or b - a < 2:
                return None
            after = dictionary_words(self.masked[b:verb])[:1]
            if not (after and (len(after[0]) >= 2 or is_predicate(after[0]))):
                return None  # 许强核|证时: the model ran the name into a word
            if _owns_the_next(self.masked, mentions, index, b, after[0], latin=False):
                continue  # 黎智英助手|陳大明接受查詢時: the first name owns the noun after it
            if self._owns_a_noun(b):
                return None  # 布莱尔|办公室人士回应…时: someone of theirs, unnamed
            return self._person(self.text[a:b], a)
        return None

    def _before_a_listed_object(self, start: int, floor: int) -> int:
        """`start`, or where a list whose items 、 parts began, when a preposition governs the
        list (某某在与|陈某、|廖某谈话时，点明…: whom they talked with, not the chain's
        subject); a list of speakers (甲、乙、丙等表示) keeps its last item's clause."""
        first = start
        while first > floor + 1 and self.masked[first - 1] == "、":
            first = self._clause_start(first - 2, floor)
        if first == start:
            return start
        lead = self.masked[first:start]
        return (
            first
            if re.search(r"(?:与|與|和|同|跟|向|对|對)[^与與和同跟向对對、]{2,12}、$", lead)
            or _subject_then_time(lead)  # 辯方昨為|甲、|乙及丙申請保釋，稱: for whom
            else start
        )

    def _topic(self, clause: int, sentence: tuple[int, int]) -> Record | None:
        """The speaker of a clause with no subject of its own (还曾经解释说「…」): the person
        who opens an earlier clause of the same sentence (潘石屹面对外界质疑，还曾经解释说),
        as a Chinese topic chain carries its subject across commas. Not across a dash: what
        follows one with no subject is the writer's aside (…抬头」——暗指与美国的贸易战)."""
        if self.masked[clause - 2 : clause] == "——":
            return None
        end = clause
        while end > sentence[0]:
            start = self._clause_start(end - 1, sentence[0])
            start = self._before_a_listed_object(start, sentence[0])
            said = VERB_RE.search(self.masked, max(sentence[0], start - 5), start)
            if (
                said is not None
                and not self.masked[said.end() : start].strip(" 　，,")  # 重申 ，|…
                and start > sentence[0]
            ):
                end = start - 1  # 有人认为，[…与罗斯福新政无关]，甚至认为: what was said holds
                continue  # no subject of the chain
            opening = _LEADING_ADVERBS.sub("", self.masked[start:end].lstrip(" 　"))
            if opening[:1] in {"他", "她"} and opening[1:2] not in {"们", "們", "的", "之"}:
                if _a_relative_after(opening):
                    return None  # 她女婿…，过来跟我说: her son-in-law, unnamed, is the topic
                return self._antecedent(start, sentence)  # 他沉默一会儿，…，只说: 他 is the topic
            if _opens_on_someone_unnamed(opening):
                # 他看到，有人冒充厂家…，称; 某某跟黃耀明說話，不少市民揮手，稱: someone
                # unnamed, a kind of people, is the topic now
                return None
            if _MESSAGE_RECEIVED.search(self.masked, start, end):
                return None  # 他接到了某某老婆打来的电话，说: who called says it
            mentions = self._mentions(start, end, sentence)
            heading = end - len(opening)
            body = self._bodies[sentence[0]].get(heading)  # None: one the model missed
            if self._body_heads(heading, end, sentence) and not any(
                body is None or a == body for a, _ in mentions
            ):
                # 某某…，中國民航局去年因…，指: an organisation is the topic now; not one
                # before a name (自由黨|張宇人)
                return None
            for index, (a, b) in enumerate(mentions):
                lead = self.masked[start:a]
                if self._in_a_work(a, start, end):
                    # 報導《陳某家中遭竊》，…，但提到: a name in a work's title acts only in
                    # it; the work heads the chain (not 《王明传》作者|李华，…，曾提到)
                    if index + 1 < len(mentions):
                        continue
                    return None
                if lead.strip(" 　") in _COMPARED_WITH:
                    continue  # 與|某某有關的另一則新聞，…，表示: the preposition's object
                than = lead.lstrip(" 　")[:4]
                if than[:1] == "比" and dictionary_words(than)[:1] == ["比"]:
                    continue  # 比|前特首某某好很多，認為: what the topic is compared with
                if self.masked.startswith(("在内", "在內"), b):
                    # 包括…|赛诺菲|在内的数十家企业，…宣布: the head after it is the topic, not
                    # the last of those it includes
                    return None
                if self._others_of_no_persons_kind(b, end):
                    return None  # 广发证券、|富瑞|等投行券商均看好…，认为: the firms listed
                if lead.lstrip(" 　")[:1] in _COMPARED_WITH and self.masked[start:end].rstrip(
                    " 　"
                ).endswith(_COMPARISONS):
                    break  # 与旷日持久的|某某案|相比，…，直指: what is compared is no subject
                if (
                    index + 1 < len(mentions)
                    and "的" in self.masked[b : mentions[index + 1][0]]
                    and not _heads_its_clause(lead)
                ):
                    continue  # 主演韓劇《…》而揚名的|演員李英愛: the head is named after 的
                owner_end = b + (self.masked[b : b + 1] in _CLOSING_QUOTES)
                role = dictionary_words(self.masked[owner_end : owner_end + 6])[:1]
                if role and _owns_the_next(
                    self.masked, mentions, index, owner_end, role[0], latin=False
                ):
                    # 黎智英助手|陳大明…，認為, 「龍耳」創辦人|邵日贊: the name after the role
                    # heads the clause, the lead before the owner tells whether it is a subject
                    a, b = mentions[index + 1]
                # 不過有|…董事長某某就有另一看法: an existential 有 brings the subject in
                opened = _CONNECTIVE.sub("", lead.lstrip(" 　"))
                if brought := _existential(opened):
                    lead = opened[brought:]
                sayer = self._saying_in(lead)
                if sayer is not None:
                    # a name after a verb of saying is in what was said (館長某某指…，並稱|艾未未
                    # 的作品…，強調): past it, if the verb has no subject of its own; a subject
                    # that is no name (对方回应表示某某…，只称) ends the chain
                    if sayer:
                        return None
                    break
                head = lead.rsplit("的", 1)[-1]
                if not _opens_on_a_verb(lead[: len(lead) - len(head)]):
                    head = lead  # 政府批評了參加比賽的|成員王某: the 的 ends no relative clause
                # a relative clause counts for nothing (再度征戰奧運賽場的|香港代表隊成員鄭俊樑，認為)
                long = len(head) > 10 and not (len(head) <= 30 and not has_predicate(head))
                if (
                    long
                    or _MASK in lead
                    or _object_lead(lead)
                    or self._caused(lead, b)
                    or _negated_lead(lead)
                    or _subject_then_time(lead)
                    or self._about(lead, b)
                    or _after_a_copula(lead)
                    or self._in_a_place(lead, b)
                    or any(is_verb_only(w) for w in dictionary_words(lead.rsplit("的", 1)[-1]))
                    # 大家不约而同穿了|白衬衫: a verb with its aspect governs what follows
                    or lead.rstrip(" 　")[-1:] in _ASPECTS
                ):
                    # a lead of up to 30 with no verb is a title (北京大学 2014 级本科生); after a
                    # verb a name is its object (全書歌頌|中共總書記習近平，並稱), not after a
                    # relative clause's (承办此案的|检察官韩某，觉得)
                    break
                if self.masked.startswith(_KIN, b):
                    if index + 1 < len(mentions) and mentions[index + 1][0] - b <= 3:
                        continue  # 盧思位太太|喬映瑜: the one the kin noun names
                    break  # 周筱贇家屬接受訪問，說: his family, unnamed, is the subject
                if self._owns_a_noun(b):
                    break
                if frequency(self.masked[a : b + 1]) or frequency(self.masked[a : b + 2]):
                    continue  # 诺贝尔|奖得主罗伯特·席勒: the start of a word, not a person
                return self._person(self.text[a:b], a)
            part = self.masked[start:end]
            run = _DOTTED_RUN.match(self.masked, start + len(part) - len(part.lstrip(" 　")))
            name = dotted_tail(run.group()) if run else None
            if (
                run
                and name
                and len(run.group()) - len(name) <= 10
                and not _acts_on(run.group()[: -len(name)])
            ):
                # a dotted name the model missed heads the clause (作家约翰·泽拉茨基 (John
                # Zeratsky) 虽没公开宣称，但也承认：…); not one a verb or a preposition
                # before it governs (助手们向|司法部长埃德温·米斯|提交了一份报告，建议)
                return self._person(name, run.end() - len(name))
            lone = opening[:2] if surname_length(opening[:2]) == 2 else opening[:1]
            if (
                not mentions
                and surname_length(lone) == len(lone)
                and opening[len(lone) : len(lone) + 1] in _AFTER_A_LONE_SURNAME
                and (known := self._known(lone, start)) is not None
            ):
                # 梁振英…。對此，梁|並無正面回應，只表示: a surname heads the chain, an adverb
                # or a negation right after it (not 王|姓二人, 习|对抗疫情: a noun, a verb)
                return known
            if not mentions and (titled := self._surname_and_title(opening, start)):
                return titled  # 裁判官羅某…。惟羅官|堅持批出保釋，稱「…」
            whole = part.rstrip(" 　，,")
            head = whole.rsplit("的", 1)[-1]
            named = named_in(head) if head and not mentions else None
            lead = head[: len(head) - len(named)] if named and head.endswith(named) else ""
            if named and lead and title_end(lead) == len(lead) and not _acts_in(head):
                # a clause that is all subject, a title and a name the model missed (…訪陸的日本
                # 公明黨黨魁山口那津男，廿六日表示); not a verb's object (投诉该局局长米健，指)
                return self._person(named, start + len(whole) - len(named))
            if not mentions and self.masked[start - 1 : start] != "、" and _unnamed_subject(whole):
                return None  # ICU 的主任跟我打电话借…，说: someone unnamed heads the chain now
            end = start - 1
        return None

    def _body_heads(self, start: int, end: int, sentence: tuple[int, int]) -> bool:
        """Whether an organisation the model finds is the subject of the clause opening at
        `start`: its name, then a predicate (中國民航局|去年因…, 新华社|发表了). Not one a
        title follows (麻省理工学院|院长 (Daniel Huttenlocher)), and not a verb and its object
        the model read as a firm (掩盖公司|经营管理)."""
        self._persons(*sentence)  # tags the sentence, once
        stop = self._bodies[sentence[0]].get(start)
        words, size = dictionary_words(self.masked[start:end]), 0
        if stop is None and len(words) >= 2:
            # one the model misses, named as a government body's or a firm's name ends (澳門|
            # 交通局|在本週二推出…): the first word, or the one after a place, then a predicate
            head = int(
                is_place(words[0]) and not words[0].endswith(_BODY_NAME_ENDS) and len(words) >= 3
            )
            body = words[head]
            return (
                len(body) >= 3
                and body.endswith(_BODY_NAME_ENDS)
                and not an_act(body)
                and an_act(words[head + 1])
            )
        if stop is None or stop >= end:
            return False
        for index, word in enumerate(words[:-1]):
            size += len(word)
            if size == stop - start:  # the name ends where a word does (not 北大社|会学系)
                first, after = words[0], words[index + 1]
                return not an_act(first) and an_act(after)
        return False

    @staticmethod
    def _said_by_someone_unnamed(clause: str) -> bool:
        """Whether `clause`, right before a quote, is a verb of saying whose subject is a
        person's noun (老师却说：, 妈妈说：, 网友留言：): that person speaks, unnamed."""
        said = VERB_RE.search(clause)
        if said is None:
            return False
        lead = _LEADING_ADVERBS.sub("", clause[: said.start()].lstrip(" 　"))
        words = dictionary_words(lead[_existential(lead) :])  # 另有|男子聲音插話說
        # a copula says what something is, no one's saying (内容是诉说…)
        return bool(words) and _says_someone(words[0]) and not {"是", "為", "为"} & set(words)

    @staticmethod
    def _saying_in(lead: str) -> str | None:
        """What stands before a verb of saying in `lead` (the words before a name in its clause),
        adverbs left out; None where no verb of saying is there. A verb inside a relative
        clause (此前表示物资充足的|王某) is no saying of this clause's."""
        words = dictionary_words(_LEADING_ADVERBS.sub("", lead.rsplit("的", 1)[-1]))
        for index, word in enumerate(words):
            if word in _SAYING:
                return ADVERBS.sub("", "".join(words[:index]))
        return None

    def _dotted_part(self, subject: str) -> str | None:
        """The last part of a dotted name the article writes (威廉·巴尔) heading a subject that
        is otherwise adverbs and verbs (巴尔|后来|回忆说): the model, shown two characters with
        no surname, tags nothing there."""
        words = dictionary_words(subject)
        size = next(
            (k for k, w in enumerate(words) if is_predicate(w) or only_adverbs(w)), len(words)
        )
        head, rest = "".join(words[:size]), words[size:]
        if head.endswith(TITLES):  # 迈耶|教授: the title after the name is no part of it
            head = head[: -len(next(t for t in TITLES if head.endswith(t)))]
        end = self._after_dots().get(head, -1) if 2 <= len(head) <= 5 else -1
        if end < 0:
            # a name whose first character jieba reads as a verb (努|钦, from 史蒂文·努钦):
            # the whole subject, where it is what the dotted name ends on
            head, rest = subject, []
            end = self._after_dots().get(head, -1) if len(head) <= 5 else -1
        if end < 0 or not is_han_name(head):
            return None
        if not all(is_predicate(w) or only_adverbs(w) for w in rest):
            return None
        # jieba split the name (斯万|特, 埃尔多|安): as far as the dotted name and the subject
        # go on alike, it is the name, up to a predicate the two share (哈立德·埃纳尼|当选…,
        # 埃纳尼|当选后表示: a verb of two characters or more)
        more = 0
        while (
            len(head) + more < len(subject)
            and self.text[end + more : end + more + 1] == subject[len(head) + more]
            and not subject[len(head) + more :].startswith(TITLES)
            and not opens_on_predicate_word(subject[len(head) + more :])
        ):
            more += 1
        return subject[: len(head) + more]

    def _latin_surname(self, subject: str) -> re.Match[str] | None:
        """The full name a bare Latin word heading the clause ends (Gostin 认为 after Lawrence
        Gostin, Kim 表示 after Hyunwoo Kim): the article wrote it as a person's surname, which
        no firm's one-word name is (Google 表示 stays no one). Surnames in two parts too
        (McCarthy, Rapp-Hooper)."""
        word = re.fullmatch(
            r"([A-Z][a-z]{1,15}(?:[A-Z][a-z]{1,12})?(?:-[A-Z][a-z]{1,15})?)\s?", subject
        )
        if word is None:
            return None
        if word.group(1) not in self._latin_full:  # one search of the text per word
            self._latin_full[word.group(1)] = self._full_latin_name(word.group(1))
        return self._latin_full[word.group(1)]

    def _full_latin_name(self, word: str) -> re.Match[str] | None:
        """The first full name in Latin letters the article writes that ends on `word`, or one
        the article writes in Pinyin or by the given name (`_full_from_given`)."""
        full = self._written_in_full(word)
        if full is not None:
            return full if person_like(full.group()) else None
        return self._full_from_given(word) or self._full_from_surname(word)

    def _written_in_full(self, word: str) -> re.Match[str] | None:
        """The first full name in Latin letters the article writes that ends on `word` (Lawrence
        Gostin, Richard O. Boyer: a middle name's initial too), outside a Han name's gloss. The
        pattern is tried on the few hundred characters before each place the word stands, not
        along the whole text (over 1 MB that took 16 ms a word)."""
        pattern = re.compile(  # Yasir al-Rumayyan, Alexandre de Juniac too
            rf"(?<![A-Za-z])[A-Z][a-z]+[ -]"
            rf"(?:(?:[A-Z][a-z]+|[A-Z]\.|{LATIN_PARTICLE})[ -]|[ae]l-)*"
            rf"{word}(?![A-Za-z])"
        )
        at = self.text.find(word)
        while at >= 0:
            end, at = at + len(word), self.text.find(word, at + 1)
            full = next(
                (
                    m
                    for m in pattern.finditer(self.text, max(0, end - 400), end + 1)
                    if m.end() == end
                ),
                None,
            )
            if full is None:
                continue
            if self._in_a_gloss(full.start()):
                continue  # 哈拉 (Martin Hala): a Han name's gloss, and the Han name is theirs
            return full
        return None

    def _full_from_surname(self, word: str) -> re.Match[str] | None:
        """The Chinese name in Pinyin, surname first, that `word` opens (She Yuxuan … She 表示,
        Liu Yaohai … Liu 称), written where it is no gloss of a Han name (that name is theirs)."""
        pattern = re.compile(rf"{re.escape(word)} [A-Z][a-z'-]+(?![A-Za-z])")
        return next(
            (
                full
                for full in self._opened_by(word, pattern)
                if pinyin_name(full.group()) and not self._in_a_gloss(full.start())
            ),
            None,
        )

    def _full_from_given(self, word: str) -> re.Match[str] | None:
        """The full Latin name `word` opens, where the article writes it right after a role
        (政治編輯|Annika Smethurst … Annika說): a person called by their given name, which
        no firm's name alone is without the role before it."""
        pattern = re.compile(rf"{re.escape(word)}(?: [A-Z][a-z]+)+(?![A-Za-z])")
        for full in self._opened_by(word, pattern):
            lead = self.masked[max(0, full.start() - 12) : full.start()].rstrip(" ")
            role = _last_word(lead)  # a whole word for a person, not 手机|和
            if (lead.endswith(TITLES) or (len(role) >= 2 and names_a_person(role))) and person_like(
                full.group()
            ):
                return full
        return None

    def _opened_by(self, word: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """`pattern` matched where the Latin `word` stands before a space, not inside a longer
        word: each place found by searching for the word, not by a scan of the whole text."""
        at = self.text.find(f"{word} ")
        while at >= 0:
            full = pattern.match(self.text, at)
            if full is not None and not _LATIN_LETTER.match(self.text[at - 1 : at]):
                yield full
            at = self.text.find(f"{word} ", at + 1)

    def _in_a_gloss(self, start: int) -> bool:
        """Whether Latin letters at `start` open a bracket's gloss of a Han name (哈拉 (Martin
        Hala)): the name is the Han one's."""
        before = self.text[max(0, start - 3) : start].rstrip(" ")[-1:]
        return bool(before) and before in "(（"

    def _spoke(self, speaker: Record) -> None:
        """`speaker` is the last to speak; the order of who spoke last is kept for pronouns."""
        self.last = speaker
        self._unnamed_one = -1
        if self._recent and self._recent[-1] is speaker:
            return
        if speaker in self._recent:
            self._recent.remove(speaker)
        self._recent.append(speaker)

    def _antecedent(self, clause: int, sentence: tuple[int, int]) -> Record | None:
        """Who 他/她 is (`_referent`). The pronoun it first resolves to is what the article
        calls that person from then on: one called 她 is no 他 later (a woman's quote, then
        他说: the man before her), and the other way round. (Learning it only where the
        name stands right before the pronoun moved 11 quotes, 4 for the better; from every
        resolution, 39 on the read halves, about 13 for the better and 2 for the worse.)"""
        found = _PRONOUN.search(self.masked, clause, clause + 12)
        plural = found is not None and self.masked[found.end() : found.end() + 1] in "们們"
        pronoun = found[0] if found and not plural else None
        return self._named_as(self._referent(clause, sentence, pronoun), pronoun)

    @staticmethod
    def _named_as(record: Record | None, pronoun: str | None) -> Record | None:
        """`record`, which the article calls by `pronoun` from now on, if it called it by none."""
        if record is not None and pronoun and not record.group and record.pronoun is None:
            record.pronoun = pronoun
        return record

    def _agreeing(self, record: Record | None, pronoun: str | None, clause: int) -> Record | None:
        """`record`, or where the article calls it by the other pronoun, the last speaker it
        calls by this one (a woman's quote, then 他说: the man who spoke before her). (Any
        speaker not called by the other pronoun was tried: 86 quotes moved on the read halves,
        most from one wrong speaker to another.) Where none is, `record` only if the paragraph
        names it before the pronoun (the pronoun it was given may have been a wrong reading:
        赵南柱…。她很想说); else no one (一名应届毕业生…。她说: someone unnamed, not the man
        who spoke last)."""
        if record is None or pronoun is None or record.pronoun in (None, pronoun):
            return record
        agreeing = next((r for r in reversed(self._recent) if r.pronoun == pronoun), None)
        if agreeing is not None:
            return agreeing
        paragraph = self.text.rfind("\n", 0, clause) + 1
        if self._names(record, paragraph, clause):
            return record
        # 林鄭月娥認同…。⏎⏎她說: the one other who spoke in the paragraph before, the
        # article calling them by neither pronoun yet
        before = self._paragraph_before(paragraph)
        if before is None:
            return None
        others = {
            r
            for r in self._recent
            if r is not record
            and not r.group
            and r.pronoun is None
            and any(before[0] <= q.start < before[1] for q in r.quotes)
        }
        return others.pop() if len(others) == 1 else None

    def _experiencer(
        self, mentions: list[tuple[int, int]], sentence: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The one person `sentence` names where a causative or 给 governs them (疫情的发展也
        让|黄晓波心有余悸, 电动汽车的普及给|游客加布里埃莱留下深刻印象): what it tells is
        what they felt, so a 他/她 after it is them."""
        if len({self.text[a:b] for a, b in mentions}) != 1:
            return None
        a, b = mentions[0]
        lead = self.masked[self._clause_start(a, sentence[0]) : a]
        return (a, b) if _FELT_BY.search(lead) and not self._opened_work(a, sentence[0]) else None

    def _only_one_named(self, paragraph: int, clause: int) -> Record | None:
        """The one person the paragraph names before `clause`, heading a sentence as what it
        is about; None where it names no one, or more than one."""
        heads, named = [], set()
        at = paragraph
        while at < clause:
            found = sentence_around(self.masked, at)
            found = (max(paragraph, found[0]), min(clause, found[1]))
            if found[1] <= at:
                break
            mentions = self._mentions(*found, found)
            named |= {self.text[a:b] for a, b in mentions}
            heads += [(a, b) for a, b in mentions[:1] if self._heads_as_topic(a, b, found)]
            at = found[1]
        if len(named) != 1 or not heads:
            return None
        a, b = heads[0]
        record = self._person(self.text[a:b], a)
        return None if record.group else record

    def _paragraph_before(self, start: int) -> tuple[int, int] | None:
        """(start, end) of the paragraph before the one opening at `start`, past blank lines;
        None for the first."""
        end = self.text.rfind("\n", 0, start)
        while end > 0 and not self.text[self.text.rfind("\n", 0, end) + 1 : end].strip():
            end = self.text.rfind("\n", 0, end)  # past blank lines
        if end <= 0:
            return None
        return self.text.rfind("\n", 0, end) + 1, end

    def _referent(
        self, clause: int, sentence: tuple[int, int], pronoun: str | None
    ) -> Record | None:
        """Who 他/她 is: the person named last before it in its own sentence (记者见到了孙菊萍，
        “……”她说), else the last speaker that the article does not call by the other pronoun.
        (The whole paragraph was tried: it cost 8 points of precision on the articles kept
        aside.)"""
        before = [
            (a, b)
            for a, b in self._mentions(sentence[0], clause, sentence)
            if b <= clause
            # 他續指，如果|局長某某肯聽取意見，…，他建議: one a condition supposes is no one
            # who goes on speaking
            and not _A_CONDITION.match(
                self.masked[self._clause_start(a, sentence[0]) : a].lstrip(" 　")
            )
            # nor one named inside quoted words (哀叹社交圈「迷于|特朗普」，他说: the
            # writer who quotes them)
            and not self._in_quoted_words(a, sentence[0])
        ]
        if len(before) >= 2 and self._says_first(before[0], sentence):
            # 毛孟靜表示，…希望確認涂謹申作為主席…，惟她承認: a name inside what the
            # sentence's speaker said is not who goes on speaking; the speaker is
            a, b = before[0]
            return self._person(self.text[a:b], a)
        said = self._said_at
        if (
            said is not None
            and sentence[0] <= said[0] < clause
            and not said[1].group
            and (not before or before[-1][1] <= said[0])
        ):
            # 林鄭月娥今日公布政綱，胡官指…，他批評|林鄭月娥…: one who spoke in this sentence
            # after the last name in it goes on speaking (胡官: a surname and a title, no name)
            return said[1]
        if before:
            # the last named, unless a verb governs it and someone was named before it (…處長
            # 鍾悟思…警告削弱|查冊…，他直言: 他 is no verb's object)
            # nor one who only owns a noun (钱晓峰是|赵宏图的|学生，他后来…说: the student)
            a, b = next(
                (
                    m
                    for m in reversed(before[1:])
                    if not self._a_verbs_object(*m, sentence)
                    and self.masked[m[1] : m[1] + 1] not in {"的", "之"}
                    and not self._names_a_body_at(m[1])  # 谢菲尔德|大学的…
                    # nor the subject of a question asked (追問…、|林鄭|是否需要問責，他只說)
                    and not self.masked.startswith(_WHETHER_WORDS, m[1])
                ),
                before[0],
            )
            whole = min(m[0] for m in before if m[1] == b)  # 陈|晓卿: the full form's start
            if self.masked[b : b + 1] in {"的", "之"} and self.masked[whole - 1 : whole] in {
                "对",
                "對",
            }:
                # 罗永浩对|陈晓卿的评价…，他说: whose words are judged is no one who speaks;
                # the one who judges them, named before, is
                a, b = next(
                    (
                        m
                        for m in reversed(before)
                        if m[1] <= whole and self._heads_sentence(m[0], sentence)
                    ),
                    (a, b),
                )
            # not one who owns a person (某某的女儿，她: the daughter), nor the object of a
            # clause the same pronoun opens (她…讲她喜爱的诗人|某某，「…」她告诉台下: that 她
            # is who speaks; 她会劝老吴不要管了，他回嘴: 他 is the man she spoke to)
            owner = self.masked[b : b + 1] in {"的", "之"}
            if (not owner or self._owns_a_thing(b, clause)) and not (
                pronoun and self._object_of_a_pronoun(a, b, sentence, pronoun)
            ):
                return self._person(self.text[a:b], a)
        previous = self._previous_sentence(sentence)
        walked = False
        while (
            previous is not None
            and pronoun is not None
            and self._opens_with(previous, pronoun)
            and (walked or not self._mentions(*previous, previous))
        ):
            # 张某…。他敏锐地意识到…。接受采访时，他认真地说: the sentences the same pronoun
            # opens go on about the one named before them (whom else they name are objects:
            # 他主动向副部长某某发送了备忘录。他花了…)
            previous, walked = self._previous_sentence(previous), True
        if previous is not None and previous[0] <= self._unnamed_one < previous[1]:
            # 某公司的一名员工表示…。(他指的是…。)他说: that employee, unnamed, not one the
            # employee's noun phrase names (一位与贾志宏打过交道的人士说。他提及)
            return None
        if previous is not None:
            # 居民某某跟记者聊起经历。“…”她说: the subject before, unless the last speaker
            # already speaks in this paragraph (a speaker goes on until someone else does) and
            # the sentence before does not bring in someone new, who has not spoken (…世行行长
            # 戴维·马尔帕斯…反对…。2017 年，他表示)
            speaking = self._in_paragraph(self.last, sentence[0])
            mentions = (
                self._mentions(*previous, previous)
                or self._titled_head(previous)
                or self._set_off_head(previous)
            )
            # the first that heads it (在疫情从|库姆|蔓延…后，|哈梅内伊…: a place the model
            # took for a name stands in the frame, the subject after it)
            heads = next(([m] for m in mentions if self._heads_as_topic(*m, previous)), [])
            if not heads and (last := self._last_clauses_subject(mentions, previous)):
                heads = [last]  # …，但|贝尔特利说，…。「…」他反问道
            if not heads and (felt := self._experiencer(mentions, previous)):
                heads = [felt]  # …也让黄晓波心有余悸。他介绍
            for a, b in heads:
                if speaking:
                    known = self.records.get(self.text[a:b])
                    if (
                        (known is not None and known.quotes)
                        or _MASK in self.masked[previous[0] : previous[1]]
                        or self._cues(*previous)
                    ):
                        continue
                return self._person(self.text[a:b], a)
        paragraph = self.text.rfind("\n", 0, clause) + 1
        lead = self.masked[paragraph:clause].replace(_MASK, "").strip(" 　，,。：:")
        # the pronoun opens the paragraph, after a frame at most (信中，她写道: in the letter)
        opens = not lead or _frames_only(lead) or _IN_A_THING.fullmatch(lead) is not None
        plural = self.masked[clause : clause + 2] in PRONOUNS[:4]  # 他们: no one person
        # or where every sentence before it in the paragraph is one the same pronoun opens and
        # no one speaks in (她和未婚夫担心…。她说): they go on about the one named before them
        narrative = (
            walked
            and VERB_RE.search(self.masked, paragraph, clause) is None
            and _MASK not in self.masked[paragraph : sentence[0]]
        )
        if previous is None and (opens or narrative) and not plural:
            introduced = self._introduced_before(paragraph, pronoun)
            if introduced is not None and introduced.pronoun in (None, pronoun):
                return introduced
        if self._unnamed_one >= 0 and self._paragraphs_between(self._unnamed_one, clause) <= 1:
            return None  # 一位车主表示，…。他表示: that owner, unnamed
        topic = self._paragraph_topic(paragraph, clause, sentence, pronoun)
        if topic is not None:
            return topic  # 阿喬害怕迷失自己…。畫中人…。她解釋
        return self._agreeing(self.last, pronoun, clause)

    def _paragraph_topic(
        self, paragraph: int, clause: int, sentence: tuple[int, int], pronoun: str | None
    ) -> Record | None:
        """Who 他/她 at `clause` is where the last to speak is not in its paragraph and no one
        has spoken in it before the pronoun's sentence: the one person the paragraph names as
        what a sentence is about (阿喬害怕迷失自己…。畫中人…。她解釋), if the article calls
        them by no other pronoun. (Without the second condition an unnamed executive's 他说
        went to 特朗普, whose tariffs opened the paragraph.)"""
        last = self.last
        if pronoun is None or (
            last is not None
            and (self._in_paragraph(last, clause) or self._names(last, paragraph, clause))
        ):
            return None
        if _MASK in self.masked[paragraph : sentence[0]] or self._cues(paragraph, sentence[0]):
            return None
        topic = self._only_one_named(paragraph, clause)
        return topic if topic is not None and topic.pronoun in (None, pronoun) else None

    def _owns_a_thing(self, end: int, clause: int) -> bool:
        """Whether the name ending at `end` owns, with 的, a thing and no person, up to the
        clause of the pronoun at `clause` (轉載黎雯齡的獄中書，她在信中提到: her letter, so
        she; not 她的女儿，她说 nor 赵宏图的学生，他: the daughter, the student)."""
        if self.masked[end : end + 1] not in {"的", "之"}:
            return False
        owned = self.masked[end + 1 : clause].rstrip("，, ")
        words = dictionary_words(owned) if 0 < len(owned) <= 10 else []
        return bool(words) and not any(
            # one character's senses are too many to read (書 "book", and a scribe once)
            (names_a_person(word, loosely=True) if len(word) > 1 else word == "人")
            or names_kin(word)
            or word in TITLES
            for word in words
        )

    def _latter_or_former(self, word: str, clause: int, sentence: tuple[int, int]) -> Record | None:
        """Who 后者 (the latter) or 前者 (the former) is: the last or the first of the last two
        people named before it, in its sentence or the one before (李克强同容克通了电话，后者
        表示)."""
        found = [m for m in self._mentions(sentence[0], clause, sentence) if m[1] <= clause]
        previous = self._previous_sentence(sentence)
        if len(found) < 2 and previous is not None:
            found = self._mentions(*previous, previous) + found
        if len(found) < 2:
            return None
        a, b = found[-1] if word in ("后者", "後者") else found[-2]
        tail = re.sub(rf"[{_GLOSS}\s]", "", self.masked[found[-1][1] : clause])
        if len(tail) > 8:
            return None  # …遇到了老员工的反对，后者: a noun named after the last name, unnamed
        return self._person(self.text[a:b], a)

    def _paragraphs_between(self, start: int, end: int) -> int:
        """How many paragraph breaks stand between `start` and `end`."""
        return len(re.findall(r"\n\s*", self.text[start:end]))

    def _asks_whether(self, verb: int, floor: int) -> bool:
        """Whether the clause asks if the verb's act took place (問某某是否接納…, 有否跟某某提及)
        or supposes it (如果某某認為…): no saying; but what someone answered when asked whether
        (被問到…是否…時表示) is."""
        clause = self.masked[self._clause_start(verb, floor) : verb]
        found = list(_ASKED_WHETHER.finditer(clause))
        return bool(found) and not re.search("[时時]", clause[found[-1].end() :])

    def _inside_a_topic(self, verb_start: int, verb_end: int, floor: int, end: int) -> bool:
        """Whether the verb is inside the topic a preposition opens, which the clause's own
        verb of saying closes before its pause (某某就美方宣布…一事|表示，…; 針對…指控…|回應：):
        what the topic reports is no one's words here; the speaker's follow that verb."""
        clause = self._clause_start(verb_start, floor)
        lead = self.masked[clause:verb_start]
        if not _A_TOPIC_OPENER.search(lead):  # (most clauses: no need to cut them into words)
            return False
        words = dictionary_words(lead)
        if not any(word in _TOPIC_OPENERS for word in words[:-1]):
            return False
        pause = _A_CLAUSE_BREAK.search(self.masked, verb_end, end)
        if pause is None:
            return False
        ends = [m.end() for m in VERB_RE.finditer(self.masked, verb_end, pause.start())]
        return bool(ends) and ends[-1] == pause.start()

    def _a_verbs_object(self, a: int, b: int, sentence: tuple[int, int]) -> bool:
        """Whether the mention [a, b) comes right after a word that is only ever a verb in its
        clause (削弱|查冊, 歌頌|某某): the verb's object."""
        lead = self.masked[self._clause_start(a, sentence[0]) : a].rstrip(" 　")
        words = dictionary_words(lead) if lead else []
        return bool(words) and is_verb_only(words[-1])

    def _titled_head(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The name right after a listed title heading the sentence, where the model found no
        one there (工會主席|王建國|今日出席活動。他表示…: the model reads some such sentences
        with no verb of saying as naming no one), with no verb before the title in its clause
        (宣布|总裁王建国离职: whom the verb names). A Chinese name is a surname and one
        dictionary word of one or two characters, jieba's words breaking at both ends; else a
        full name in Latin letters, or a foreign name spelt in Han, every character of it."""
        start, end = sentence
        clause = self.masked[start:end]
        clause = clause[: next((i for i, c in enumerate(clause) if c in _CLAUSE_BREAKS), None)]
        match = _TITLES_RE.search(clause)
        if match is None or has_predicate(clause[: match.start()]):
            return []
        at = match.end()
        latin = _LATIN_FULL_NAME.match(clause, at + (clause[at : at + 1] == " "))
        if latin is not None:  # a full name in Latin letters (財政司司長|Ray Valdes|今日…)
            return [(start + latin.start(), start + latin.end())]
        size = surname_length(clause[at : at + 2])
        words = dictionary_words(clause[at + size : at + size + 5]) if size else []
        given = words[0] if words else ""
        if (
            len(given) == 1
            and len(words) >= 2
            and len(more := words[1]) == 1
            and is_han_name(more)
            and more not in FUNCTION_CHARS
            and not VERB_RE.match(more)
            and not is_predicate(more)
        ):
            # 林家|豪|今日: jieba reads 林家 "the Lin family"; a second character standing alone
            # that no grammar or verb claims is the given name's too
            given += more
        name = clause[at : at + size + len(given)]
        chinese = (
            1 <= len(given) <= 2
            and is_han_name(name)
            and plausible_name(name)
            and not (size == 1 and common_word(name[:2]))
        )
        if not chinese:  # or a foreign name spelt in Han (台北市長|格瑞德|今日…)
            spelt = re.match(r"[\u4e00-\u9fff]{2,5}", clause[at:])
            name = spelt.group() if spelt else ""
            while name and spelt_count(name) != len(name):
                name = name[:-1]
        if len(name) < 2 or common_word(name) or not {at, at + len(name)} <= word_bounds(clause):
            return []
        return [(start + at, start + at + len(name))]

    def _introduced_before(self, start: int, pronoun: str | None = None) -> Record | None:
        """Who 他/她 opening a paragraph is when the paragraph before is narrative about
        someone else than the last speaker (北京大学教授张建国长期研究城市规划。| 他认为…): the
        person heading its last sentence, if that paragraph quotes no one and never names the
        last speaker. `pronoun`: the one after the paragraph's frame (信中，|她), if any."""
        before = self._paragraph_before(start)
        if before is None:
            return None
        begin, end = before
        if _MASK in self.masked[begin:end] or self._cues(begin, end):
            return None  # someone speaks there: the usual rules had their say
        if self.last is not None and self._names(self.last, begin, end):
            return None
        pronoun = pronoun or self.masked[start : start + 40].lstrip(_MASK + "，,")[:1]
        at = end
        while at > begin:  # the paragraph's sentences, last first
            found = sentence_around(self.masked, max(begin, at - 2))
            found = (max(begin, found[0]), min(end, found[1]))
            for a, b in self._mentions(*found, found)[:1] or self._titled_head(found):
                if self._heads_as_topic(a, b, found):
                    return self._person(self.text[a:b], a)
            # a sentence about the same 她 (…。凭借…，她拿下了…): the one named before it
            if pronoun not in {"他", "她"} or pronoun not in self.masked[found[0] : found[1]]:
                return None
            at = found[0]
        return None

    def _set_off_head(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        """The name that, with a relative clause and 的 before it, is the whole first clause of
        `sentence`, set off by a comma (离家逃亡的许志永，|并没有停止发声。), where the model
        found no one in the sentence: the subject the sentence goes on about, whom a 他/她
        after it is. Read by its shape (`named_in`), as a subject before a verb of saying is."""
        start, end = sentence
        stop = self.masked.find("，", start, end)
        if stop < 0 or stop - start > 16 or _MASK in self.masked[start:stop]:
            return []
        name = named_in(self.masked[start:stop])
        if name is None or not self.masked[start:stop].endswith("的" + name):
            return []  # (a name alone may be a name and a verb: 罗阳称，; 她的家乡金华, a place)
        return [(stop - len(name), stop)]

    def _heads_as_topic(self, a: int, b: int, sentence: tuple[int, int]) -> bool:
        """Whether the mention [a, b) heads `sentence` as what it is about, for a 他/她 after
        it: its subject, or one who owns, with 的, the thing the sentence is about (皮尔斯的
        解决方案并不复杂。她后来…表示: hers), not a person of theirs (某某的女儿…。她说)."""
        return (
            self._heads_sentence(a, sentence)
            and (self.masked[b : b + 1] not in "的之" or self._owns_the_topic(a, b, sentence))
            and not self._names_a_body_at(b)
        )

    def _names_a_body_at(self, b: int) -> bool:
        """Whether a kind of body follows the mention ending at `b` (谢菲尔德|大学的蒂姆·奇科,
        某某|公司): the name is the body's, no one who goes on as 他."""
        after = next(iter(dictionary_words(self.masked[b : b + 4])), "")
        return after.endswith(ORGANISATION_HEADS) or (
            names_a_kind_of_body(after) and not an_act(after)  # (担任 "to hold an office")
        )

    def _owns_the_topic(self, a: int, b: int, sentence: tuple[int, int]) -> bool:
        """Whether the name [a, b) opens, with 的, the thing its sentence is about, no verb
        before it in its clause (由于冲突不断，陈琪琪的婚礼场地就在…附近。| 她…: hers; not
        但他仍然谴责|莫雷的推文, an object, nor SSAB 在|吕勒奥的高炉, a preposition's)."""
        lead = self.masked[self._clause_start(a, sentence[0]) : a]
        return (
            self._owns_a_thing(b, b + 6)
            and not has_predicate(lead)
            and _PRONOUN.search(lead) is None
            and lead.rstrip(" 　")[-1:] not in _PREPOSITIONS | {"在"}
        )

    def _names(self, record: Record, start: int, end: int) -> bool:
        """Whether [start, end) names `record`: the name, a part of a dotted or Latin name
        (沃尔什 of 史蒂夫·沃尔什), or the surname with an honorific or a title (张教授)."""
        text = self.text[start:end]
        parts = [p for p in re.split(rf"{DOT}|\s", record.name) if len(p) >= 2]
        return any(p in text for p in [record.name, *parts]) or bool(
            re.search(
                re.escape(record.name[:1]) + r"(?:先生|女士|小姐|太太|教授|博士|主任|某)", text
            )
        )

    def _in_paragraph(self, record: Record | None, position: int) -> bool:
        """Whether `record` has a quote in the paragraph holding `position`, before it."""
        if record is None:
            return False
        paragraph = self.text.rfind("\n", 0, position) + 1
        return any(paragraph <= quote.start < position for quote in record.quotes)

    def _opens_with(self, sentence: tuple[int, int], pronoun: str) -> bool:
        """Whether `sentence`'s first clause has `pronoun` (not its plural) as its subject,
        after a time or a frame at most (接受采访时，他…)."""
        found = _PRONOUN.search(self.masked, sentence[0], min(sentence[1], sentence[0] + 16))
        return (
            found is not None
            and found[0] == pronoun
            and self.masked[found.end() : found.end() + 1] not in "们們的之"
        )

    def _previous_sentence(self, sentence: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before `sentence` in its paragraph, if any."""
        paragraph = self.text.rfind("\n", 0, sentence[0]) + 1
        end = sentence[0]
        while end > paragraph:  # back one sentence at a time (the paragraph may be a book)
            a, b = sentence_around(self.masked, end - 1)
            a = max(a, paragraph)
            if self.masked[a:end].replace(_MASK, "").strip(" 　，。\n"):  # not a quote alone
                return a, min(b, end)
            end = a
        return None

    def _snap(self, a: int, b: int, head_end: int) -> tuple[int, int]:
        """Mend the model's edges by the clause's structure: a name does not run into the
        adverbs before the verb (鄭則表示 → 鄭), runs on to the verb when only a few characters
        are left (朱佑|存说 → 朱佑存), and takes in every part joined by the middle dot."""
        b = min(b, head_end)
        rest = self.masked[b:head_end]
        if b - a == 1 and len(rest) <= 2 and plausible_name(self.text[a:head_end]):
            b = head_end  # 张|立新: the model saw the surname only
        if (
            0 < len(rest) <= 3
            and b - a >= 2
            and all("\u4e00" <= c <= "\u9fff" and c not in FUNCTION_CHARS for c in rest)
            and not VERB_RE.search(rest)
            and not _HONORIFIC.match(rest)
            and not starts_predicate(rest)
            and all(spells_names(c) for c in rest)  # 辛伯拉|图卢姆; not 石某某|握咪宣布
        ):
            b = head_end  # 辛伯拉|图卢姆说
        if any(d in self.text[a - 1 : b + 1] for d in DOTS):
            floor = self._clause_start(a, 0)
            for match in _DOTTED_RUN.finditer(self.masked, floor, max(b + 12, head_end)):
                if match.start() <= a < match.end() or match.start() < b <= match.end():
                    end = min(match.end(), max(b, head_end))  # not into the verb (格林|说)
                    cleaned = clean_edges(self.text[a:end]) if end < head_end else None
                    if cleaned and self.text[a:end].startswith(cleaned) and a + len(cleaned) >= b:
                        # nor into a verb after it, when more stands before the clause's verb
                        # (博格纳|接受《…》采访中指出; 普京利用講話|表示 is cleaned as a name)
                        end = a + len(cleaned)
                    if any(d in self.text[a:b] for d in DOTS):
                        return a, end  # the model read the dot: its start stands
                    start = max(match.start(), a - 6)
                    return start + title_end(self.masked[start:a]), end
        return a, b

    def _a_persons_noun_before(self, verb: int, floor: int) -> bool:
        """Whether the dictionary word right before the verb at `verb` is a title or a
        person's noun that ends there (马克龙总统|说, 选手|称, 马克龙总统|谴责): the character
        before the verb ends that word, not a compound with a one-character verb (统称
        "collectively called", 职称 "a professional title")."""
        lo = max(floor, verb - 4)
        start, word = dictionary_word_at(self.masked, verb - 1, lo, verb + 1)
        return (
            len(word) >= 2
            and start + len(word) == verb
            and (word.endswith(TITLES) or names_a_person(word))
        )

    def _named_before(self, position: int) -> bool:
        """Whether a person already quoted is named right before `position`."""
        return any(
            self.masked.startswith(record.name, position - len(record.name))
            for record in self.records.ending(self.masked[position - 1 : position])
        )

    def _a_person_right_before(self, verb: int, floor: int, end: int) -> bool:
        """Whether a pronoun or a name the model finds stands right before the verb at `verb`,
        adverbs and whom it was said to aside (她|回忆，, 某某|向财新记者|回忆，, 他|还|回忆，).
        Only a person's subject makes 回忆 or 评价 before a comma the verb: a noun's modifier
        stands there otherwise (成為一個美好嘅|回憶，, 為歌迷帶來無限|回憶，)."""
        clause = self._clause_start(verb, floor)
        before = self.masked[max(clause, verb - 24) : verb]
        adverbs = ADVERBS.search(before)
        at = verb - (len(adverbs.group()) if adverbs else 0)
        while at > clause and self.masked[at - 1] in " 　" + _GLOSS:
            at -= 1  # 乔什·沃尔夫 (Josh Wolff)|回忆: the name's Latin gloss
        return any(
            self._a_person_ends_at(at - cut, clause, floor, end)
            for cut in _adverbs_ending(self.masked[clause:at])
        )

    def _a_person_ends_at(self, at: int, clause: int, floor: int, end: int) -> bool:
        """Whether a pronoun, a name the model finds or a person's noun ends at `at`."""
        head = self.masked[clause:at]
        return (
            head.endswith(PRONOUNS)
            or any(b == at for _, b in self._persons(floor, end))
            or self._named_before(at)
            or self._a_persons_noun_before(at, clause)  # 马克龙总统|谴责，
            # a name no model finds: 医生|田|璐|对《财经》记者|回忆
            or unknown_run(head) is not None
        )

    def _after_a_quote(self, verb: int, floor: int) -> bool:
        """Whether the clause of the verb at `verb` comes right after a quote (「…」，他告诉)."""
        clause = self._clause_start(verb, floor)
        return _MASK in self.masked[max(floor, clause - 2) : clause]

    def _after_words_told(self, verb: int, floor: int) -> bool:
        """Whether the clause of the verb at `verb` follows a comma or a dash, with a clause
        of four characters or more before it in the sentence (这种做法已经停止了，|某某告诉我)."""
        clause = self._clause_start(verb, floor)
        if self._words_told_end(clause, floor) is None:
            return False
        before = self.masked[floor:clause].rstrip(" 　")
        return len(before.strip(" 　，,—─―")) >= 4 and has_predicate(before)

    def _words_told_end(self, clause: int, floor: int) -> int | None:
        """Where the words before the speaker's clause at `clause` end, where a comma or a
        dash sets them off (…，|某某说, …会抱怨连连——|某某说); None where neither does or
        the clause opens at `floor`."""
        if clause <= floor:
            return None
        if self.masked[clause - 1] in "，,":
            return clause - 1
        dash = _DASH_BEFORE.search(self.masked, floor, clause)
        return None if dash is None else dash.start()

    def _known(self, subject: str, position: int = -1) -> Record | None:
        """A speaker met before, named by a short form: a bare surname (鄭表示) or a surname
        and a title or honorific (李主任, 王女士)."""
        if (ending := self.records.ending_on(subject)) is not None:
            return ending
        if (full := self._nickname_of(subject)) is not None:
            return self._person(*full)  # 長毛說: 「長毛」梁國雄
        people = self.records.people()
        alike = self.records.starting(subject[:1])  # all a surname or family name can be
        for record in alike:
            if len(subject) >= 2 and len(record.name) >= 4 and record.name.startswith(subject):
                return record  # a family name first (岸田 → 岸田文雄)
        size = surname_length(subject)
        if size and size == len(subject):  # 鄭表示
            same = [r for r in alike if r.name[:size] == subject]
            fullest = max(same, key=lambda r: len(r.name), default=None)
            if fullest is not None and all(fullest.name.startswith(r.name) for r in same):
                return fullest  # one person, though met cut short once (盧思 of 盧思位)
            if not same and position >= 0:  # 主任張竹君被問及…，張表示: named, not yet quoted
                return self._named_in_paragraph(subject, position)
        if (addressed := self._same_surname(subject)) is not None:
            return addressed
        role = re.sub(r"^(?:这位|這位|这名|這名|该|該|此)", "", subject)
        # the title alone (校長又指, 这位局长表示) for its one holder; a bare 记者 is the
        # paper's own reporter, whoever else the article calls one (记者问他：)
        if len(role) >= 2 and not (role == subject and role in _REPORTER):
            holders = [r for r in people if r.title and r.title.endswith(role)]
            if len(holders) == 1 and not (
                role != subject and self._someone_unnamed(role, holders[0].first, position)
            ):
                return holders[0]
        for record in alike:
            if not record.title:
                continue
            surname = record.name[: surname_length(record.name) or 1]
            rest = subject[len(surname) :] if subject.startswith(surname) else ""
            if rest and len(rest) <= 4 and record.title.endswith(rest):
                return record
        return None

    def _surname_and_title(self, opening: str, position: int) -> Record | None:
        """The speaker met before whom a surname and the end of their title, heading a clause,
        name (裁判官羅德泉 … 羅官|堅持, 主任張竹君 … 張主任|亦): the clause's subject."""
        opening = _CONNECTIVE.sub("", opening)
        size = surname_length(opening)
        if not size:
            return None
        words = dictionary_words(opening[size : size + 6])
        if not words or (not words[0].endswith(TITLES) and words[0][-1:] not in ROLE_ENDS):
            return None
        found = self._known(opening[: size + len(words[0])], position)
        if found is None:
            # named before with that title, not yet quoted (裁判官羅德泉…。惟羅官…，稱)
            floor = max(0, position - 3000)
            for name in reversed(self._names_between(floor, position, opening[:size])):
                at = self.masked.rfind(name, floor, position)
                if len(name) > size and at >= 0 and self.masked.endswith(words[0], 0, at):
                    found = self._person(name, at)
                    break
        return found if found is not None and not found.group else None

    def _someone_unnamed(self, role: str, since: int, position: int) -> bool:
        """Whether an unnamed holder of `role` is brought in between `since` and `position`
        (一位不愿具名的设计专业教授…。这位教授表示: that one, not the professor named before)."""
        if position < 0:
            return False
        pattern = rf"[一另][位名個个][^。！？\n]{{0,24}}{re.escape(role)}"
        return re.search(pattern, self.masked[since:position]) is not None

    def _person(self, name: str, position: int) -> Record:
        """The record for a person mention, folding the forms of one name into one speaker
        named by the fullest form (米爾斯 → 喬恩·米爾斯; 王女士 → 王芳 when she is the only 王)."""
        name = name.strip(" \u3000\xa0\t\n")
        met = self.records.first_of([name])  # a form met before is not cut (札|加尼 ≠ 札加尼)
        if met is not None:
            return met
        if (full := self._nickname_of(name)) is not None:
            return self._person(*full)  # 王婆婆 is 「王婆婆」王鳳瑤
        if self._a_countrys_side(name):
            return self._record(name, None, True, position)  # 乌军方称: the army, a group
        cleaned = clean_edges(name)
        if cleaned is None:
            return Record(name, None, False, position)  # no one: a record kept nowhere
        position += name.find(cleaned)
        name = cleaned
        if self.text.startswith(name, position):  # 佩泽希齐|扬|22日: a subject's name too
            name = self.text[
                slice(*_spelt_before_a_time(self.text, position, position + len(name)))
            ]
        if self._married_surname(name, position):
            name, position = self.text[position - 1] + name, position - 1  # 葉|劉淑儀
        if name in self.records:
            return self.records[name]
        shorter = self.records.get(name[:-1])
        if (
            shorter is not None
            and len(name) >= 3
            and is_han_name(name[-1])
            and (
                name[-1] in FUNCTION_CHARS
                or name[-1] in "未不"
                or len(name) - surname_length(name) > 2
                or self._ends_inside_a_word(position + len(name))
            )
        ):
            # 雷闯|未回应, 曹满云|瘦得, 郭建|发问: a name known, and the word after it
            return shorter
        # the first person in order of whose name this is a form, or whose name is a form of
        # this one (the fuller form comes later: rename)
        parts = [k for k in short_forms(name) if k in self.records]
        fuller = self.records.first_of([name])
        key = min(
            (k for k in parts if not self.records[k].group),
            key=self.records.rank,
            default=None,
        )
        if fuller is not None and (
            key is None or self.records.rank(fuller.name) <= self.records.rank(key)
        ):
            return fuller
        if key is not None:
            record = self.records[key]
            del self.records[key]
            record.name = name
            self.records[name] = record
            return record
        same = self._same_surname(name, position) or self._surname_and_a_word(name, position)
        if same is not None:
            return same
        if self._glossed_as_a_body(position + len(name)):
            return self._record(name, None, True, position)  # 安永 (Ernst & Young): a firm
        record = self._record(name, self._title_at(position, name), False, position)
        # a spelling the article glosses as a person's (莱文 (Jason Levin)) is a name whatever
        # its shape, as a pseudonym is
        record.pseudonym = record.pseudonym or self._glossed_spelling(name)
        return record

    def _ends_inside_a_word(self, end: int) -> bool:
        """Whether `end` falls inside a dictionary word of the text around it (郭建发|问: 发问)."""
        return dictionary_word_at(self.masked, end, max(0, end - 4), end + 3)[0] < end

    def _surname_and_a_word(self, name: str, position: int) -> Record | None:
        """The one person of a surname whom the article calls by the surname alone, where the
        model read the surname and the word after it as a name (張綺君 … 張|作最後警告, 王|另
        不忿謂, 張|自言): a surname and one character that jieba reads as a verb or an adverb
        (and one more where the article calls someone by the surname alone elsewhere: 張表示),
        met once in the whole text and with no title before it (a new person has one:
        武汉市疾控中心主任李刚), with one person of that surname named in full."""
        if len(name) not in {2, 3} or surname_length(name) != 1 or known_name(name):
            return None
        if self._title_at(position, name) or _HONORIFIC.match(name[1:]) or name[1:] in _TITLE_SET:
            return None  # 周太, 王生: a form of address (_same_surname)
        if (
            not (is_predicate(name[1]) or name[1] in _ONE_CHARACTER_VERBS)
            or self.text.count(name) != 1
        ):  # (楊|指，…: 指 "finger" is no predicate word, but a verb of saying here)
            return None
        if len(name) == 3 and not re.search(  # 王建国 may be a new person; 王|仰前向着 is not
            rf"(?:^|[，。；：！？\n{_MASK}]){name[0]}(?:{VERB_RE.pattern})", self.masked
        ):
            return None  # where the article calls no one by the surname alone (王表示)
        full = [
            record
            for record in self.records.values()
            if not record.group
            and len(record.name) >= 3
            and record.name[0] == name[0]
            and surname_length(record.name) == 1
        ]
        return full[0] if len(full) == 1 else None

    def _same_surname(self, name: str, position: int = -1) -> Record | None:
        """The one person met before whom a surname and a form of address (王女士, 李主任,
        老刘, 小陳) names, if one alone has that surname; never one named by a form of address
        too: 周太 is not 周先生. At a mention (`position`), else the person of that surname
        its paragraph named last before it (退休工人刘德胜…。老刘说)."""
        size = surname_length(name)
        if size and (_HONORIFIC.match(name[size:]) or name[size:] in _TITLE_SET):
            surname = name[:size]  # 王女士, 李博士
        elif familiar := familiar_surname(name):
            surname, size = familiar, 1
        else:
            return None
        if position >= 0 and not any(
            r.name.startswith(surname) for r in self.records.values() if not r.group
        ):
            full = self._named_in_paragraph(surname, position) or self._titled_before(
                surname, name[size:], position
            )
            if full is not None and _may_be_called(full, name[size:]):
                return full
        same = [
            r
            for r in self.records.values()
            if not r.group
            and r.name.startswith(surname)
            and not _HONORIFIC.match(r.name[size:])
            and r.name != name
            and _may_be_called(r, name[size:])
        ]
        return same[0] if len(same) == 1 else None

    def _titled_before(self, surname: str, title: str, position: int) -> Record | None:
        """The one person of `surname` the article named before `position`, in any paragraph,
        right after the title that now stands with the surname alone (研究生老师朱羽君看。…
        朱老师…说): the article introduced them by it."""
        if len(title) < 2 or title in {"先生", "女士", "小姐", "太太", "夫人", "某某"}:
            return None  # 先生 and 女士 are anyone's
        names = set()
        for found in re.finditer(re.escape(title + surname), self.masked[:position]):
            a = found.end() - len(surname)
            sentence = self._sentence_around(a)
            names |= {self.text[p:q] for p, q in self._persons(*sentence) if p == a}
        if len(names) != 1:
            return None
        name = names.pop()
        return self._person(name, self.text.find(name))

    def _named_in_paragraph(self, surname: str, position: int) -> Record | None:
        """The person of `surname` its paragraph named last before `position` (退休工人刘德胜…。
        老刘说; 主任張竹君…，張表示)."""
        size = len(surname)
        paragraph = self.text.rfind("\n", 0, position) + 1
        full = [
            n
            for n in self._names_between(paragraph, position, surname)
            if surname_length(n) == size and not _HONORIFIC.match(n[size:])
        ]
        if not full:
            return None
        return self._person(full[-1], self.text.rfind(full[-1], paragraph, position))

    def _names_between(self, start: int, position: int, surname: str) -> list[str]:
        """The names of `surname` the model reads in the sentences from `start` up to
        `position`, in order. A sentence without the surname is not tagged: these reads were
        a sixth of the model's work on 1 MB of news."""
        holding, at = [], self.masked.find(surname, start, position)
        while at >= 0:  # (found, not each sentence split off: a twentieth of the speakers)
            first, last = sentence_around(self.masked, at)
            holding.append((max(first, start), min(last, position)))
            at = self.masked.find(surname, last, position)
        return [
            self.text[a:b]
            for first, last in holding
            for a, b in self._persons(first, last)
            if b <= position and self.text[a:b].startswith(surname)
        ]

    def _introduced_as(self, surname: str, position: int) -> Record | None:
        """The one person of `surname` the article named before `position`, in any paragraph:
        an interview labels its guest's answers with the surname alone (記者專訪了涂謹申 …
        涂：…)."""
        names = {n for n in self._names_between(0, position, surname) if len(n) > len(surname)}
        if len(names) != 1:
            return None
        name = names.pop()
        return self._person(name, self.text.find(name))

    def _married_surname(self, name: str, position: int) -> bool:
        """Whether a Hong Kong married name's first surname stands before a three-character
        name (議員葉|劉淑儀, 林|鄭月娥): a common surname right after a title or at the clause's
        start, which no title or word ends on."""
        if len(name) != 3 or surname_length(name) != 1 or position < 1:
            return False
        before = self.text[position - 1]
        if before not in COMMON or surname_length(before + name[0]) == 2:
            return False
        head = self.masked[self._clause_start(position - 1, 0) : position - 1]
        return not head or head.endswith(TITLES)

    def _title_at(self, start: int, name: str) -> str | None:
        """The title around a mention: before the name, and a title right after it
        (清华大学李强教授: 清华大学教授)."""
        title = self._full_title(start)
        if title and only_adverbs(title) and not title.endswith(TITLES):
            title = None  # 另一邊|陳肇始局長: an adverb of the clause, not who they are
        # 社運人士|「長毛」: a nickname right before the name is no role (智库「新美国」的| is)
        nickname = _NICKNAME.search(title or "")
        if title and nickname and nickname.end() == len(title) and self.text[start - 1] in "」”":
            title = title[: nickname.start()] or None
        if title:
            title = _after_a_joined_other(title)
        if title:  # 这种想法可以追溯到|托克维尔: a clause whose object the name is
            title = _after_a_modals_verb(title) or None
        date = _DATE_FIRST.match(title or "")
        if title and date:
            # 据 2019 年 7 月|国家卫健委妇幼司司长秦耕介绍: when they said it, then who
            title = title[date.end() :]
        after = self.masked[start + len(name) : start + len(name) + 8]
        title_after = next((t for t in TITLES if after.startswith(t)), None)
        if title_after is None and after[:2] in TITLE_GRADES:  # 朱岳中|助理教授
            title_after = next((after[:2] + t for t in TITLES if after.startswith(t, 2)), None)
        if title_after is None and _a_chiefs_word(after[:2]) and VERB_RE.match(after, 2):
            title_after = after[:2]  # 王志|关长|称
        if title_after is not None and title_after.endswith(OWNED_ROLES):
            title_after = None  # 特斯拉|发言人, 阿里巴巴|创始人: whose, not the name's own
        if title_after is not None:
            title_after = _title_word_after(after, title_after)
        if title_after:
            behind = start + len(name) + len(title_after)
            if any(a == behind for a, _ in self._persons(*self._sentence_around(behind))):
                title_after = None  # 万豪|首席执行官|苏安励: the title of the name after it
            elif (
                title
                and self.masked[start - len(title) - 1 : start - len(title)] == "由"
                and acts_too(title_after)
            ):
                title_after = None  # 由資深大律師陳某|代表: who acts, by whom, a verb after
        if title_after:  # 执行主任吕某|律师: 执行主任、律师
            joint = "、" if title and title.endswith(TITLES) else ""
            title = (title or "") + joint + title_after
        elif title and (
            _A_DATE.fullmatch(title)  # 一九五七年五月二十日|吴宓记道: when, not who
            or _A_SPAN.fullmatch(title)  # 前两天|李伟打电话来: a span of time, when
            or (latin_name_alone(title) and self._glossed_as(name, title))
            or asks(dictionary_words(title)[0])  # 为什么|沈学姐作为…, 如何扳倒|马丁·斯科塞斯
            or _reporter_acting(title)  # 财新记者多次联系|刘岩: what the reporter did to them
            or (is_predicate(title) and not (title.endswith(TITLES) or names_a_person(title)))
            or self._on_behalf(start, title)
        ):
            return None  # 这时|杨大哥: a time or a pronoun alone is no title (该院|某某院长 is)
        return title

    def _on_behalf(self, start: int, title: str) -> bool:
        """Whether `title` (before a name at `start`) ends on another person's name and 代表:
        the verb "on behalf of" (贝茨|代表|某银行与他们见面, 某某代表党中央), which a name takes
        before a body; a title 代表 follows a body or a place (人大代表, 工会代表)."""
        if not title.endswith("代表") or len(title) < 4:
            return False
        before, at = title[:-2], start - 2
        return (
            self.records.ending_on(before) is not None  # a speaker of the article's
            or any(b == at for _, b in self._persons(*self._sentence_around(at)))
        )

    def _glossed_as(self, name: str, latin: str) -> bool:
        """Whether the article writes `latin` in brackets after `name` somewhere (鄭文傑（Simon
        Cheng）): then 對Simon Cheng|鄭文傑而言 puts their own name before it, no title."""
        return any(f"{name}{o}{latin}" in self.text for o in ("（", "(", " (", " （"))

    def _record(self, name: str, title: str | None, group: bool, position: int) -> Record:
        record = self.records.get(name)
        if record is None:
            record = Record(name, title, group, position)
            record.pronoun = next((p for end, p in _HONORIFIC_PRONOUNS if name.endswith(end)), None)
            self.records[name] = record
        elif title and not record.title:
            record.title = title
        return record

    # cues -----------------------------------------------------------------------------------

    def _asked(self, verb: str, verb_end: int, start: int, end: int) -> int | None:
        """Where whom a question was put to ends, before the pause that opens it: a person the
        model names right after 问 (杜賓（Richard Durbin）問朱克伯格：「…」), their gloss taken in;
        None where no such name and pause follow."""
        if verb not in _ASKS or not self.masked[verb_end : verb_end + 1].isalpha():
            return None  # (问：, 问「: no name after it, and no sentence to tag)
        stop = _PAUSE.search(self.masked, verb_end, end)
        if stop is None or stop.group() not in "，,：:":
            return None  # no name ends on the first pause (问题。): no sentence to tag
        for a, b in self._persons(start, end):
            if a == verb_end:
                b = self._past_a_gloss(b, end)
                return b if self.masked[b : b + 1] in ("，", ",", "：", ":") else None
        return None

    def _a_word_of_its_own(self, verb_start: int, verb_end: int, floor: int) -> bool:
        """Whether the verb at [verb_start, verb_end) is a word of the dictionary's cut of its
        clause, not part of a longer one (分析|师, 形容|词)."""
        lo = max(floor, verb_start - 4)
        word = dictionary_word_from(self.masked, verb_start, lo, verb_end + 4)
        return word == self.masked[verb_start:verb_end]

    def _past_a_gloss(self, at: int, end: int) -> int:
        """`at` moved on over a name's bracketed Latin gloss and spaces (朱克伯格 (Mark
        Zuckerberg)：): where what follows the name starts."""
        while at < end and self.masked[at] in (_GLOSS, " ", "\u3000"):
            at += 1
        return at

    def _inside_speech(self, verb: int, start: int) -> bool:
        """Whether the clause of the verb at `verb` is inside what an earlier verb of the
        sentence [start, …) reports (邓小平…指出，马克思说过，…: Marx is cited, Deng speaks).
        A speech quote closed since then ends that report (詹宁斯说：「…」霍梅尼回答了一个词：)."""
        clause = self._clause_start(verb, start)
        closed = self.masked.rfind(_MASK, start, clause)
        return VERB_RE.search(self.masked, max(start, closed + 1), clause) is not None

    def _in_a_work(self, at: int, start: int, end: int) -> bool:
        """Whether `at` is inside a 《title》 of the sentence [start, end)."""
        return self._opened_work(at, start) and "》" in self.masked[at:end]

    def _as_said(self, verb_start: int, ahead: str, start: int) -> bool:
        """Whether a verb with 的 after it closes an "as X said" clause (正如苏布拉玛尼安指出的
        那样，…): what follows the pause is what they said, the 的 no noun's."""
        return bool(_AS_SAID_AFTER.match(ahead)) and bool(
            _AS_SAID_BEFORE.search(self.masked, start, verb_start)
        )

    def _counted_after_a_pause(self, clause: int, verb: int, start: int) -> bool:
        """Whether the clause before the verb is only a count of people (兩人均先後|指出)
        after a pause that ends the people it counts (陳某與李某，|兩人均先後指出): they are
        the subject."""
        return (
            clause - 2 >= start
            and self.masked[clause - 1] in "，,"
            and _COUNTED_PEOPLE.fullmatch(self.masked[clause:verb].strip(" 　")) is not None
        )

    def _object_then_saying(self, verb_end: int, end: int) -> bool:
        """Whether a short object follows the verb ending at `verb_end` with no pause, and then
        another verb of saying, a word of its own (not 来|说, 报|道), before a pause or a
        quote; not a bare 说 (回应记者说: whom they answered, read as `_said_to` reads it)."""
        if self.masked[verb_end : verb_end + 1] in _OBJECT_ENDS | _PAUSE_MARKS:
            return False
        # the object may hold a verb of its own (回应|媒体询问时|称): the first that ends it
        for other in VERB_RE.finditer(self.masked, verb_end + 1, min(end, verb_end + 11)):
            if not _OBJECT_ENDS.isdisjoint(self.masked[verb_end : other.start()]):
                return False
            if (
                other.group() not in {"说", "說", "道"}
                and self.masked[other.end() : other.end() + 1] in {"，", ",", "：", ":", _MASK}
                and dictionary_word_from(self.masked, other.start(), verb_end, other.end() + 2)
                == other.group()
            ):
                return True
        return False

    def _laughed(self, at: int, start: int) -> bool:
        """Whether the 笑 at `at` ends a longer word (苦笑, 微笑, 大笑, 開玩笑): the 笑說 or
        笑道 it opens is that verb and a bare 說, whose subject stands before the verb, not
        笑說 "said laughing" after a subject ending on its first half (王小明苦|笑說)."""
        return dictionary_word_at(self.masked, at, max(start, at - 3), at + 1)[0] < at

    def _left_open(self, at: int, start: int, opens: str, closes: str) -> bool:
        """Whether a mark of `opens` set between `start` and `at` is closed by none of
        `closes` before `at`: `at` stands inside what it opened."""
        return max(self.masked.rfind(o, start, at) for o in opens) > max(
            self.masked.rfind(c, start, at) for c in closes
        )

    def _in_quoted_words(self, at: int, start: int) -> bool:
        """Whether a 「 or “ opened between `start` and `at` is not closed before `at`."""
        return self._left_open(at, start, "「“", "」”")

    def _opened_work(self, at: int, start: int) -> bool:
        """Whether a 《 opened between `start` and `at` is not closed before `at`."""
        return self._left_open(at, start, "《", "》")

    def _cues(self, start: int, end: int) -> list[tuple[int, int, Record]]:
        """(verb start, verb end, speaker) for each attribution in the sentence [start, end)."""
        cues = []
        joined = start
        for match in VERB_RE.finditer(self.masked, start, end):
            verb_start, verb_end = match.span()
            verb = match.group()
            if verb[0] == "笑" and self._laughed(verb_start, start):
                verb_start, verb = verb_start + 1, verb[1:]  # 他|苦笑|說: a bare 說
            after = self.masked[verb_end : verb_end + 4]
            ahead = self.masked[verb_end : verb_end + 7]  # 说了一句话：: read past the object
            before = self.masked[max(start, verb_start - 3) : verb_start]
            as_said = self._as_said(verb_start, ahead, start)
            if (
                (NOT_SPEECH_AFTER.match(ahead) and not as_said)
                # 只要领导说了，…: a bare verb, 了 and a pause end a condition; 指出了，…
                # opens what was said
                or (verb in BARE_VERBS and ahead[:2] in _LE_PAUSE)
                or (before.endswith(NOT_SPEECH_BEFORE) and before[-2:] != "未未")  # 艾未未說
                # 这么说来, 都这么说: "so", "thus"; only after the words it points back to
                # (「…」她曾经这么表示) is it who said them
                or (
                    before.endswith(("这么", "這麼"))
                    and self.masked[(at := self._clause_start(verb_start, start)) - 1 : at] != _MASK
                )
                or re.search(r"[没沒][^有]{1,2}$", before)  # 沒主動說, 没再说: said nothing
                or re.search(r"未[見见曾有再]$", before)  # 內文未見提及: nothing said
                # ，人稱「大班」: what people call someone ("known as"), no one speaks (not
                # 發言人稱, 證人稱, whose 人 ends a noun)
                or (verb in "称稱" and called_by_people(before))
                or (verb in "说說" and _A_VIEW_NAMED.search(before) is not None)  # “…”一说
                or _counted_noun(before)  # 看到这篇|回答: a noun, counted
                or self._asks_whether(verb_start, start)
                or self._inside_a_topic(verb_start, verb_end, start, end)
                # 发表了许多|批评…的言论: a count of things said, the verb modifies a noun
                or _A_COUNT_OF.search(before) is not None
                # 響應林鄭特首|呼籲, 按照公司|要求: the call or the demand followed, a noun
                or (
                    verb in _CALLS
                    and _FOLLOWING.search(
                        self.masked, self._clause_start(verb_start, start), verb_start
                    )
                    is not None
                )
                # 说这句话的时候，…: when it was said, a time's clause, not what was said
                or _WHEN_SAYING.match(self.masked, verb_end, end) is not None
                # 回應|事件|指，…: what was answered, then the clause's own verb of saying,
                # which is the attribution
                or (verb in _RESPONDS and self._object_then_saying(verb_end, end))
                # …之间没有发现联系，|说明…: what a fact shows, no one saying it
                or self._a_fact_shows(verb, verb_start, start)
                # 公會與其寫公開信回應他，何不…: the alternative put aside, which no one says
                or self._rather_than(verb_start, start)
                # 受到了连珠炮式的|批评，: what was received, a noun, with its modifier
                or (
                    before.endswith("的")
                    and _RECEIVED_OF.search(
                        self.masked, self._clause_start(verb_start, start), verb_start
                    )
                    is not None
                )
            ):
                continue
            if as_said:  # what was said starts at the pause
                verb_end += len(ahead) - len(ahead.lstrip("过過的那样樣一"))
                after = self.masked[verb_end : verb_end + 4]
                ahead = self.masked[verb_end : verb_end + 7]
            # 问我，“…”, 反問記者：「…」: whom it was said to, then a pause; 说过：…, 回答了一个词：…:
            # said once, and what
            to_whom = _TO_WHOM.match(after) if verb in BARE_VERBS or verb in _ASKS else None
            aspect = None if to_whom else _ASPECT_PAUSE.match(ahead)
            pause = to_whom or aspect
            if aspect and self._inside_speech(verb_start, start):
                pause = None  # 邓小平…指出，马克思说过，…: 邓小平 speaks
                if self.masked[verb_end : verb_end + 2] in _LE_PAUSE:
                    continue  # 了 and a pause open what was said only as a pause
            opens = self._asked(verb, verb_end, start, end) if pause is None else None
            if opens is None and pause is None and verb in BARE_VERBS:
                # 形容|唐某當時衝向防線的情況：「…」: what is described, then what was said
                described = _OBJECT_THEN_QUOTE.match(self.masked, verb_end, end)
                if (
                    described is not None
                    and not VERB_RE.search(described[0])  # 分析|师孙某认为：: 认为 cues it
                    and self._a_word_of_its_own(verb_start, verb_end, start)
                ):
                    opens = described.end() - 2
            if verb in BARE_VERBS and not (
                # a typed space is no word (她說 : 「…」)
                after.lstrip(" 　")[:1] in "，,：:。" + _MASK
                or after == ""
                or pause is not None
                or opens is not None
                or _QUOTED_OBJECT.match(self.masked, verb_end, end)  # 形容加幅「令人失望」
                or (verb in _CLAUSE_VERBS and self._claims(verb_end, end))
            ):
                continue
            if (
                len(verb) == 1
                # 高级|职称，: a noun's end (or 特称, 来说: listed words' ends); 道 is read below
                and (
                    before[-1:] in COMPOUND_BEFORE
                    or (verb != "道" and in_a_noun(self.masked, verb_start, start))
                )
                and not before.endswith(_A_SPEECH)  # 发表讲话|称, not 换句话|说
                and not before.endswith(_DIRECTIONAL)  # 緩下來|說: came down, then said
                and not self._named_before(verb_start)  # 普拉特|称, not 特称 (so named)
                and not any(b == verb_start for _, b in self._persons(start, end))  # 周恩来|说
                and not self._a_persons_noun_before(verb_start, start)  # 马克龙总统|说
            ):
                continue
            if verb == "道" and word_with_dao(self.masked, verb_start):
                continue
            if len(verb) >= 2 and _opens_a_word(self.masked, verb_end):
                continue  # 則指|揮警員: 指 opens 指揮 ("to command"), no 則指 ("then said")
            if len(verb) >= 2 and _inside_a_longer_word(self.masked, verb_start, verb_end):
                continue  # 直言不讳地说: the idiom says how; 说 is the verb
            if verb in {"提问", "提問"} and (
                after[:1] not in "：:" + _MASK or before.endswith(("的", "记者", "記者"))
            ):
                continue  # 回应记者提问，|回答了…的提问，: the question, a noun; 提问：「…」 asks
            if (
                verb in AS_OFTEN_NOUNS
                and (
                    BEFORE_THE_NOUN.search(before)
                    or not (
                        after[:1] in "：:" + _MASK
                        or re.match(f"[，,]{_MASK}", after)  # 回忆，「…」
                        # 他回忆，…, 某某向记者回忆，…: a person recalls; 美好的回忆，, 集體回憶，
                        or (
                            after[:1] in "，,"
                            and self._a_person_right_before(verb_start, start, end)
                        )
                        or (after[:1] == "。" and self._after_a_quote(verb_start, start))
                        # 某某曾预测|澳门将成为…: a clause its object, a person its subject
                        or (
                            verb in _PROPOSITION_VERBS
                            and _a_clause_object(self.masked[verb_end:end])
                            and self._a_person_right_before(verb_start, start, end)
                        )
                    )
                )
            ):
                continue  # 网友的评论，|给予高度评价：|此主張「: the noun; 评论：「…」, 「…」某某评价。 say
            if verb in {"介绍", "介紹"} and after[:1] in _INTRODUCED_TO:
                continue  # 把孙某介绍进|…, 介绍给|…: introduced someone, said nothing
            if self._in_a_work(verb_start, start, end):
                continue  # 《列夫·朗道：娜塔莎》: a film's or a book's name, no one speaks
            if verb_start < joined:
                continue  # the second of two verbs read as one (回应|称)
            if pause is not None:
                verb_end = joined = verb_end + pause.end() - 1  # what was said follows 我，
            elif opens is not None:  # 問朱克伯格：, …的情況：: what was said follows the pause
                verb_end = joined = opens
            framed = _IN_TIME_CLAUSE.match(self.masked, verb_end, end)
            if framed is None and before.endswith(("在", "於", "于")):
                framed = _IN_A_FRAME.match(self.masked, verb_end, end)  # 在介紹…的文章上|指
            if framed:  # 答复议员提问时透露，…: one attribution, what follows the second verb
                verb_end = joined = framed.end()
            follow = VERB_RE.match(self.masked, verb_end)
            if follow and (
                (follow.group() not in BARE_VERBS and follow.group() not in AS_OFTEN_NOUNS)
                or self.masked[follow.end() : follow.end() + 1] in "，,：:" + _MASK
            ):  # not 觉得|总结到位: a noun, the first of what was said
                verb_end = joined = follow.end()  # 回应称，… 感慨道：…: one attribution
            if verb in QUOTE_VERBS and not (
                after.startswith(_MASK)
                or (
                    verb == "提出"
                    and after[:1] in "，,：:"
                    and not re.search("[由被]", self.masked[start:verb_start])
                )
            ):
                continue  # 作出…的指示; but 律師提出，… puts a case in words (not 由…提出，)
            if verb in {"承认", "承認", "否认", "否認"} and _PLEA.match(self.masked, verb_end, end):
                continue  # 早前已承認一項襲警罪, 否認控罪: a plea to a charge
            if verb in {"指", "称", "稱"} and _A_CHARGE.search(
                self.masked, max(start, verb_start - 3), verb_start
            ):
                continue  # 被控一項…罪，指他…: what the charge alleges, no one speaking
            if verb in _TELLS:  # 告诉 + whom + ，content
                target = _TOLD_THEN.match(self.masked, verb_end, verb_end + 64)
                told_to = self._listener_end(verb_end, end, (start, end))
                if told_to is not None:
                    verb_end = told_to  # 告诉王梅|自己体温只有35度: no comma after whom
                elif target is not None:
                    verb_end = target.end() - 1
                else:
                    told = _TOLD_LAST.match(self.masked, verb_end, end)
                    if told is None or not (
                        self._after_a_quote(verb_start, start)
                        # …已经停止了，参议员某某告诉|我。: a pronoun or a reporter, after the
                        # words told set off by a comma or a dash
                        or (
                            _A_LISTENER.fullmatch(self.masked, verb_end, told.end())
                            and self._after_words_told(verb_start, start)
                        )
                    ):
                        continue
                    verb_end = told.end()  # 「…」，他告诉记者。: whom it was told to, no more
            clause = self._clause_start(verb_start, start)
            head = verb_start  # where the subject ends
            if self._counted_after_a_pause(clause, verb_start, start):
                head, clause = clause - 1, self._clause_start(clause - 2, start)
            speaker = self._subject(clause, head, (start, end))
            if speaker is not None and (
                _denied(self._after_name(clause, verb_start, speaker))
                or self.masked[verb_start - 1 : verb_start] == "被"
            ):
                # 未有透露, 沒有正面回應, 不便透露: what follows is not said; nor by whom a
                # passive speaks of (他被认为是…, 某某被指…); who did not say it stays the topic
                # (侯某不肯正面回應…，只是形容「…」; 他也被认为…。他对…的论述：「…」)
                self._spoke(speaker)
            elif speaker is not None:
                cues.append((verb_start, verb_end, speaker))
                self._said_at = (verb_start, speaker)
                if not speaker.group:
                    self._spoke(speaker)
                elif _ONE_OF.search(self.masked, clause, verb_start) or self.masked[
                    clause:verb_start
                ].rstrip(" 　").endswith("一" + speaker.name):  # 医务室一工作人员说
                    self._unnamed_one = verb_start
                # a person joined to the subject speaks too, a group's partner as well
                # (美國副總統彭斯與|衛生官員周一表示)
                partners = self._partners_of(clause, head, speaker)
                if partners:
                    self._partners[id(speaker), start] = partners
            elif _ends_on_a_persons_noun(
                unnamed := ADVERBS.sub("", self.masked[clause:verb_start].rstrip(" 　"))
            ):
                self._unnamed_verbs.add(verb_start)
                # one unnamed: 唐山市一位钢企人士表示, or the one who holds a body's role
                # (外交部发言人在记者会上表示): a 他 after them is them, no one named before
                if _ONE_OF.search(self.masked, clause, verb_start) or unnamed.endswith(OWNED_ROLES):
                    self._unnamed_one = verb_start
        for pattern in _IN_VIEW:  # 在赵某看来，… 正如赵某所说，… 用赵某的话说，…
            for frame in pattern.finditer(self.masked, start, end):
                speaker = self._subject(
                    frame.start(1), frame.end(1), (start, end)
                ) or self._holder_owning_the_words(frame, (start, end))
                if speaker is not None:
                    cues.append((frame.end(1), frame.end(), speaker))
                    if not speaker.group:
                        self._spoke(speaker)
        return sorted(cues, key=lambda cue: cue[0])

    def _holder_owning_the_words(
        self, frame: re.Match[str], sentence: tuple[int, int]
    ) -> Record | None:
        """The person the model reads right before 的 in a frame of someone's words (用|斯大林|
        的话来说，按照|某某|的说法): `_subject` takes a name before 的 for one owning a noun,
        which here is the words the frame gives them."""
        end = frame.end(1)
        if self.masked[end : end + 1] != "的":
            return None
        found = [(a, b) for a, b in self._mentions(frame.start(1), end, sentence) if b == end]
        return self._person(self.text[found[-1][0] : end], found[-1][0]) if found else None

    def _after_name(self, clause: int, verb: int, speaker: Record) -> str:
        """The words between the speaker's name and the verb (at most 12 characters): a name
        may hold what reads as a negation (艾未未說)."""
        before = self.masked[max(clause, verb - 12) : verb]
        at = before.rfind(speaker.name)
        return before[at + len(speaker.name) :] if at >= 0 else before

    def _claims(self, verb_end: int, end: int) -> bool:
        """Whether 称 ending at `verb_end` opens what someone claims with no comma after it
        (道歉，称自己将负起责任; 說 likewise: 艾未未說未具體問及…): the verb stands as a word of
        its own (not 简称, 号称, 称赞, 说明, 小说) and a clause follows it, not a name it gives
        (称其为…, (下称|平安产险))."""
        after = self.masked[verb_end:end]
        clause = re.match(r"[^，,。；;：:！？!?\n()（）]*", after)
        # a clause of six characters or more, or four that open on a pronoun, its subject
        # (發表文告，稱|他懷着敬意，…)
        least = 4 if after[:1] in {"他", "她"} else 6
        if clause is None or len(clause.group()) < least or _MASK in clause.group():
            return False
        if self.masked[verb_end - 1] in "说說" and (
            self.masked[verb_end : verb_end + 1] in _NOT_SAID_AFTER
            or self.masked[verb_end - 2 : verb_end - 1] in _NOT_SAID_BEFORE
        ):
            return False  # 说到, 说回; 不是说, 只能说, 更确切地说: no one says it here
        named = self.text[verb_end : verb_end + clause.end()]
        if (
            re.search(r"(?<!因)[为為作]", after[:4])  # (因为 is "because")
            or re.search(r"[为為][^，。]{0,3}[「“『]", named)
            or re.search(r"[（(]", self.masked[verb_end - 4 : verb_end])
        ):
            return False  # 称其为…, 称…制度为「…」, (下称|平安产险): a name given
        verb = self.masked[verb_end - 1]
        before = self.masked[verb_end - 2 : verb_end - 1]
        # a word of its own: not the start of one (说明 8,446, 称号 2,930, 说教 135) nor the end
        # (小说 5,501, 简称 3,534, 演说 481; 陳大文說: 文说 173), save after an adverb (却说,
        # 又称: he also claimed), nor in a connective (如果说 1,175, 或者说, 比如说)
        return (
            frequency(verb + self.masked[verb_end : verb_end + 1]) < 100
            and (before in _ADVERB_CHARS or frequency(before + verb) < 200)
            and frequency(self.masked[verb_end - 3 : verb_end]) < 100  # 如果说, 或者说
            and frequency(self.masked[verb_end - 1 : verb_end + 2]) < 100  # 说不定, 说不清
        )

    def _model_name_ends(self, at: int) -> bool:
        """Whether a name the model reads in the sentence ends at `at`, or before the Latin
        gloss and spaces that end there (贾维德 (Sajid Javid) |和)."""
        return self._model_name_ending(at) is not None

    def _model_name_ending(self, at: int) -> tuple[int, int] | None:
        """`_model_name_ends`' name, (start, end) in the text."""
        while at > 0 and self.masked[at - 1] in (_GLOSS, " "):
            at -= 1
        return next(
            (span for span in self._persons(*self._sentence_around(at - 1)) if span[1] == at),
            None,
        )

    def _partners_of(self, clause: int, verb: int, speaker: Record) -> list[Record]:
        """`_partner`, and where the subject lists names with 、 before the speaker's (高某、陈某、
        储某等多位法学家认为, 王某、李某、刘某、陈某等人表示), every name of the list."""
        partner = self._partner(clause, verb, speaker)
        found = [] if partner is None else [partner]
        at = self.masked.rfind(speaker.name, clause, verb)
        if at < 0 or speaker.group:
            return found
        if partner is not None and (before := self.masked.rfind(partner.name, clause, at)) >= 0:
            at = before  # 甲、乙及|丙均表示: on from the partner, back along the list
        while self.masked[at - 1 : at] == "、":  # back along the list, a name at a time
            opens = clause_start(self.masked, at - 1, 0, _LIST_BREAKS)
            if at - 1 - opens < 2:
                break
            whole = self.masked[opens : at - 1].strip(" 　")
            # in a list of people, a surname and a given name the dictionary knows (刘伟) too
            listed = 2 <= len(whole) <= 3 and surname_length(whole) == 1 and not is_place(whole)
            name = named_in(whole) or (whole if listed else None)
            if name is None and any(d in whole for d in DOTS):  # 经济学家|卡尔提克·穆拉里达兰、
                name = _titled_dotted(whole)
            if name is None or not person_like(name):
                break
            if all(r.name != name and r is not speaker for r in found):
                found.append(self._person(name, at - 1 - len(name)))
            at = at - 1 - len(name)
        return found

    def _partner(self, clause: int, verb: int, speaker: Record) -> Record | None:
        """The first of two people who speak together (張某和李某均表示, Kurt和Effie說): the
        name before 和/與/及/、 when the subject's head is `speaker`."""
        subject = self.masked[clause:verb]
        at = subject.rfind(speaker.name)
        if at < 0:
            return None
        if speaker.group:  # 美國副總統彭斯與|衛生官員: the group's conjunct, whole
            at = len(ADVERBS.sub("", subject.rstrip(" 　"))) - len(_last_conjunct(subject))
        joined = re.search(r"(?:和|與|与|及|、|跟|同)$", subject[:at])
        if joined is None:  # 总经理王明和|董事长|李华都表示: a title of its own between
            joined = _titled_conjunct(subject[:at])
            if joined is not None and not self._model_name_ends(clause + joined.start()):
                joined = None  # 苗木与|花卉…协会主席: things joined, inside a body's name
        second = re.match(
            rf"[\s{_GLOSS}]*(?:和|與|与|及|、)([^\s{_GLOSS}]{{2,4}})[\s{_GLOSS}]*$",
            ADVERBS.sub("", subject[at + len(speaker.name) :]),
        )
        if joined is not None:
            # without the Latin form glossed after it (詹娜·麦克劳林 (Jenna McLaughlin) 和)
            first = re.sub(rf"[\s{_GLOSS}]*$", "", subject[: joined.start()])
            origin = clause
        elif at == 0 and self.masked[clause - 1 : clause] == "、":  # 陳某、黃某都說
            origin = self._clause_start(clause - 1, 0)
            first = self.masked[origin : clause - 1].strip(" 　")
        elif second is not None and bare_name(second.group(1)):
            # 经济学家萧如彬 (Alan Siu) 和|王于渐 (…) 写道: the speaker found first, then a second
            other = second.group(1)
            if other == speaker.name or not plausible_name(other) or not person_like(other):
                return None
            record = self._person(other, clause + subject.rfind(other))
            record.title = record.title or speaker.title  # the title before both is theirs
            return record
        else:
            return None
        # a Latin name whole, given name and surname (主席Malcom Grant及…), not its last word
        latin = re.fullmatch(r".*?((?<![A-Za-z])[A-Z][a-z]{2,12}(?: [A-Z][a-z]{1,12}){0,2})", first)
        if 3 <= len(first) <= 6 and spelt_count(first) == len(first) and not is_place(first):
            name: str | None = first  # 艾因霍恩 (Robert Einhorn) 和…: a transliteration, whole
        else:
            name = latin.group(1) if latin else named_in(first)
        if name is None and first:  # a dotted name, whole (詹娜·麦克劳林和…) or after a title
            name = _titled_dotted(first)
        if name is None and _a_name_whole(first):
            name = first  # 王建国、李红等人: 建国 is a word, so named_in refuses it
        if name is None and joined is not None and first:
            # 分析师|卡尔法 (Nilanjan Karfa) 和…: a spelt name the model reads, after its title
            span = self._model_name_ending(clause + joined.start())
            if span is not None and span[0] >= clause + len(first) - len(first.lstrip(" 　")):
                name = self.text[span[0] : span[1]]
        bounds = word_bounds(first)
        for size in (3, 2):  # 市民|陳大文、黃某都說: a name at the end of the first part
            if (
                name is None
                and len(first) > size
                and len(first) - size in bounds  # not 贸|易商 of 一位石油贸易商
                and bare_name(first[-size:])
            ):
                name = first[-size:] if plausible_name(first[-size:]) else None
        if name is None or name == speaker.name or not person_like(name):
            return None
        at = origin + max(first.find(name), 0)
        record = self._person(name, at)
        if speaker.title is None and record.title and self.masked[at - 1 : at] == "的":
            speaker.title = record.title  # 法战博客的|甲和乙: where both of them work
        return record

    # assembly -------------------------------------------------------------------------------

    def _full_title(self, name_start: int) -> str | None:
        """The title written right before a mention of a name (`_title_from`), whole: one
        that a quote or a book's name breaks (「上线了」的创始人, 《…，…》一书的作者) runs back
        to where they open; one that ends opening them (尤其是「) is none."""
        title = self._title_from(self._clause_start(name_start, 0), name_start)
        if not title or _balanced(title):
            return title
        closer = next((c for c in title if c in _CLOSERS), None)
        if closer is None or title[-1] in _OPENING_MARKS:
            return None  # 尤其是「, 「澳大利亚大火: a quote's start, not a title
        end = self.text.rfind(closer, 0, name_start)
        # a bracketed Latin gloss may run 70 characters with a comma inside (…California, San
        # Diego) 主任): the opening is looked for up to 120 back
        opener = self.text.rfind(_CLOSERS[closer], max(0, end - 120), end)
        if opener < 0 or re.search(r"[。！？!?\n]", self.text[opener:end]):
            return None
        title = self._title_from(self._clause_start(opener, 0), name_start)
        return title.strip() if title and _balanced(title) else None

    def _title_from(self, start: int, name_start: int) -> str | None:
        """The title between a clause's `start` and a name: the noun phrase from the clause
        start, across 、 between titles (商务部原副部长、中国国际经济交流中心副理事长), without a
        leading 被/据/由 (这一过程被中铁装备党委宣传部长王伟). A police officer's number between
        the role and the name is no part of the title (警員25711|羅偉文: 警員)."""
        badge = _BADGE.search(self.masked, start, name_start)
        return self._title_before(start, name_start if badge is None else badge.start())

    def _title_before(self, start: int, name_start: int) -> str | None:
        """`_title_from`, with no number before the name."""
        aside = _ORG_ASIDE.match(self.masked, start)
        if (
            start > 1
            and self.masked[start - 1] in "（("
            and aside
            and aside.end() <= name_start  # (署長（藥物）|陳某: the bracket ends the title)
            and not re.search(r"[和與与及跟同、]", self.masked[aside.end() : name_start])
            and not re.search(r"记者|記者|[电電]$", aside.group()[:-1])
        ):
            # 监督部（环境保护部）环保单元高级经理: an organisation's other name inside the title
            # (a dateline's bracket, （中央社記者…電）or 新华社…电（记者…）, stays cut)
            earlier = self._clause_start(start - 1, 0)
            if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9&.\- ]{2,}", self.masked[earlier : start - 1]):
                start = earlier  # the name before the bracket, a space between or not
        end = name_start  # where the title ends
        while start > 1 and self.masked[start - 1] == "、":
            earlier = self._clause_start(start - 1, 0)
            role = self.masked[earlier : start - 1]
            joined = self.masked[start:end]
            if (
                _ends_a_role(role)
                # (not 罗冠聪任主席、黄之锋任秘书长、: the roles others serve as; 特朗普|前公关助理 is)
                and not any(
                    earlier <= a < start and _SERVES_AS.match(self.masked, b)
                    for a, b in self._persons(*self._sentence_around(earlier))
                )
                and (
                    _AN_AGE.fullmatch(joined)
                    or (
                        joined.endswith("的")
                        and has_predicate(joined[:-1])
                        and not role.endswith("的")
                        # (not …、曾担任诺华研发部门负责人的: a role of its own)
                        and not _ends_a_role(joined[:-1])
                    )
                )
            ):
                # 港口首席运行官、|现年 54 岁的|某某, 国民党前主席、|此次…失利的|某某: what the
                # 、 joins to the role tells of them; the role is the title
                start, end = earlier, start - 1
                continue
            if not role.endswith(TITLES):
                break
            start = earlier
        start = self._after_other_person(start, end)
        for pattern in _IN_VIEW:  # 在|北京大学教授张某看来: the frame's words are no title
            frame = pattern.match(self.masked, start)
            if frame and frame.start(1) <= end < frame.end(1):
                start = frame.start(1)
                break
        # a Latin gloss inside the title is left out with the space around it (律师事务所
        # (Gibson Dunn) 的合伙人: 律师事务所的合伙人); a quote inside it is its words
        span = "".join(
            t if m == _MASK else m
            for m, t in zip(self.masked[start:end], self.text[start:end], strict=True)
        )
        title = re.sub(rf"\s*{_GLOSS}+\s*", "", span)
        # a dash or an ellipsis ends the clause before it (拒之门外——|也就是牛津大学学者; a
        # dash may be typed as two with a space between, 老规矩 — —|周某)
        title = _CLAUSE_DASH.split(title)[-1]
        if re.search(r"[被据據由让讓令使请請经經受遭向对對给給从從就像比为為]", title):
            # after the last of these standing as a word, or ending a preposition of two
            # (根据|, 经由|), a passive's verb (判决受到|澳门法律学者) or the preposition whose
            # object they are (記者向|…總經理, 信息传递给|美国卫生部长, not 给女儿买iPad的|经理,
            # a relative clause): 被|某某, 据|…, 经|某某指示 ("via"), 像|建筑师某某 ("like"),
            # 比|前特首某某 (than; not 比利時, one word); 被告, 经理 and 经济学家 hold them as
            # words of the title's own (代表被告的資深大律師)
            words = dictionary_words(title)
            cuts = [
                k
                for k, word in enumerate(words)
                if (
                    word in _CUT_BEFORE_TITLE
                    # 从医20多年的|医生, 为公司服务多年的|员工: a relative clause's verb
                    and not (word in "给給从從为為" and "的" in words[k:])
                    and not (word in "经經" and _a_bureaus_short_name(words[k + 1 :]))
                    and not (word in "从從" and "到" in words[k:])  # 从…到…: from, to
                )
                or word in _PASSIVES
                or (len(word) == 2 and word[-1] in _CUT_BEFORE_TITLE and is_closed_word(word))
            ]
            if cuts:
                title = "".join(words[cuts[-1] + 1 :])
        met = max((m.end() for m in _MET_WHEN.finditer(title)), default=0)
        title = title[met:]  # 代表團周二下午與|外交部副部長: who met them, and when
        title = _after_a_pivot(title)
        if title.count("）") > title.count("（"):  # （中央社記者…電）|行政院長: a dateline
            title = title[title.rfind("）") + 1 :]
        # a separator right before the name ends what stands before it (最新访谈译文|
        # 周雪光：…: a column's label, no title)
        if re.search(r"[|｜丨]\s*$", title):
            title = ""
        # 【中美峰會】: a headline's tag; ﹣政協常委: a list's bullet
        title = _TAG.sub("", title).strip(" 　\ue000|｜丨/﹣－•")
        title = _BULLET.sub("", title)  # 📌 工人协会的负责人: a symbol set as a bullet
        if title[:1] in _OPENING_QUOTES and not any(c in title[1:] for c in _CLOSING_QUOTES):
            # 」"|大赛组委会主席: a quote's mark the clause opens on; words that are no role
            # after it are the quote's own (“天下苦|秦久矣”)
            title, last = title[1:], _last_word(title[1:])
            if not (title.endswith(TITLES) or (len(last) >= 2 and names_a_person(last))):
                return None  # (苦 "bitter" reads as a person's noun alone)
        title = _without_connective(title).strip(" 　")  # 不過 執行長: the connective is no title
        title = title[_existential(title) :]  # 另有|分析師: what brings them in is no title
        title = _COUNTED.sub("", title)  # 一名|陳姓男子, 该名|警察: a count is no title
        title = _COUNTED_LAST.sub("", title)  # 上海市|一名|徐姓女子: nor after where they live
        things = list(_THINGS_COUNTED.finditer(title))
        if things and len(title) - things[-1].end() >= 2:
            # 網上傳出幾段|局長…與…的片段: the clips are counted, the person is in them
            title = title[things[-1].end() :]
        title = _without_an_age(title)  # 35 岁|药剂师: an age before the role is no part of it
        title = _THE_NOTE.sub("", title)  # 本文为|…教授: the article's note on itself
        if any(c in title for c in "是係任兼"):  # 可以是|富家小姐, 现担任|…营运总监的,
            # 身兼|…顧問的: what a copula or "to serve as" says they are
            words = dictionary_words(title)
            copula = max((k for k, w in enumerate(words) if _a_copula(w)), default=-1)
            if (
                copula >= 0
                and len("".join(words[copula + 1 :])) >= 2
                and not _role_then_de(words[copula + 1 : -1])
            ):  # not 曾擔任發展局局長的|現任特首, a relative clause's copula
                title = "".join(words[copula + 1 :]).lstrip(" 　")
                if words[copula] not in {"是", "係"} and title.endswith("的"):
                    # 担任|斯坦福大学驻场企业家|的, 担任|族长|的: who serves as one (a word
                    # ending as titles end: CC-CEDICT's entrepreneur, elder read as no person)
                    role, last = title[:-1], _last_word(title[:-1])
                    if heads_a_person(role) or (len(last) >= 2 and last[-1] in ROLE_ENDS):
                        title = role
        title = _after_where_they_met(title)  # 在利雅得会见|突尼斯总统: whom the host met
        title = _lead_off(title)  # 当|…部的高级官员, 面对|美国总统: the clause's opening word
        title = _verb_before_a_title(title)  # 提名|原税务局局长: the verb's object
        title = "、".join(_where_they_work(part) for part in title.split("、"))
        if re.match(r"[这這那此][一二两兩三四五六七八九十几幾\d]", title) and not title.endswith(
            TITLES
        ):
            return None  # 这四个字|谭某说过, 所以这一块|小王…: a fronted object, no title
        title = _after_a_demonstrative(title)
        title = _after_the_body_referred_to(title)
        if title.startswith("的") and dictionary_words(title)[:1] == ["的"]:
            title = title[1:]  # 马跃曾经|的合伙人: a cut before 的 (not 的士司机) leaves the role
        if not title or _no_role(title) or _an_ordinal(title):
            return None
        # another dotted name joined to theirs (…的丹尼尔·斯格罗伊和|格拉斯哥大学的): not theirs
        title = re.sub(rf"^.*[\u4e00-\u9fff]{DOT}[\u4e00-\u9fff]+(?:和|与|與|及)", "", title)
        # a relative clause before the title: 同樣出席簡報會的|美國國家安全顧問
        head, _, rest = title.rpartition("的")
        rest = _without_an_age(_COUNTED.sub("", rest))  # 住在村东头的|一位|退休教师, …的|35 岁|
        # or a clause naming the person as what it is about: 提出方案的|是|省交通厅副厅长
        named = rest[:1] in ("是", "係")
        if (
            head
            and (rest.endswith(TITLES) or _TITLE_AND_MORE.search(rest))
            and (named or has_predicate(head[-24:]))
        ):  # (…的|油尖旺區議會副主席、公民黨: a title and a party after it)
            title = _lead_off(rest)
        organisation = False  # the title is where they work, a name of its own in it
        glossed = _glossed_body(span) if title.endswith("的") else None
        if glossed:
            title, organisation = glossed, True  # 供应商嘉里大通 (Kerry Logistics) 的|张亚伦
        elif (
            title.endswith(("的", "之"))
            and (
                title[:-1].endswith(TITLES)
                # 时任 FDA 专员的|戈特利布: a role its time opens, whatever word it ends on
                or (title.startswith(("时任", "時任", "现任", "現任")) and _ends_a_role(title[:-1]))
            )
            and not has_predicate(title[:-1])
        ):
            title = title[:-1]  # 时任北京市委书记的|万里
        elif (
            title.endswith("的")
            and (
                # an organisation's name, its Latin name after it or not (北京服装学院的|卢戈,
                # 欧亚集团的|保罗·特廖洛): where they work, as much a title as a role
                _names_an_organisation(
                    body := re.sub(r"\s*[A-Za-z][A-Za-z0-9&.\- ]*$", "", title[:-1])
                )
                or _kind_then_name(body)  # 美国研究公司百瑞精鼎 (Parexel) 的|李昌
                or (
                    any(d in self.masked[name_start : name_start + 12] for d in DOTS)
                    and (  # before a dotted name, one a clause describes (总部位于…的英国公司 ITM)
                        body.endswith(ORGANISATION_HEADS)
                        or (_noun_phrase(title[:-1]) and not has_predicate(title[:-1]))
                    )
                )
            )
        ):
            title, organisation = title[:-1].strip(), True  # 马里兰大学的|…
        if not title or (_byline(title) and not self._foreign_name_at(name_start)):
            return None  # 记者|王某: the article's reporter; 记者|沃尔克·乌尔里希 (…) is titled
        if "化名" in title or "假名" in title:
            return None  # 化名为|李华: the pseudonym's own mark, not a title
        if title.endswith(("是", "如", "叫")):
            return None  # 这家公司是|某某, 正如|某某, 一位名叫|某某: a verb's object, no title
        if _COUNT_OF_A_THING.search(title):
            return None  # 網民拍到一張|李梓敬(的相片): the name is inside what is counted
        if title.endswith(TITLES):
            return _no_running_text(_after_aspect(title), self.records.forms_by_start())
        if "、" in title and (listed := _listed_roles(title)):
            # 第一医院…科主任、|新型冠状病毒感染肺炎专家组成员: roles listed, each a noun
            # phrase, too long together for one
            return _no_running_text(listed, self.records.forms_by_start())
        if _noun_phrase(title) or (organisation and re.search("[A-Za-z]", title)):
            # (分析机构 ALM Intelligence 的: an organisation's Latin name is no noun's word)
            return _no_running_text(title, self.records.forms_by_start())
        # a relative clause or an age before a noun (参加…活动的|巴基斯坦青年, 23岁的|肢体残疾者),
        # or before roles listed with 、 (总干事谭德塞的|顾问、流行病学家)
        if head and all(
            is_han_name(part)
            # (a function word standing alone; 地 of 地盤 "building site" is none)
            and not any(w in FUNCTION_CHARS for w in dictionary_words(part))
            and (_noun_phrase(part) or part.endswith(TITLES))
            for part in rest.split("、")
        ):
            return _no_running_text(rest, self.records.forms_by_start())
        return _works_in(title)

    def _foreign_name_at(self, at: int) -> bool:
        """Whether a dotted name, a name with its Latin gloss or a Latin full name starts at
        `at` (沃尔克·乌尔里希 (Volker Ullrich), 德國戰地記者 Enno Lenze): a foreign journalist
        is no byline of a Chinese paper's own."""
        head = self.masked[at : at + 16]
        return (
            any(d in head[:10] for d in DOTS)
            or _GLOSS in head
            or _LATIN_NAME.match(self.masked, at + (head[:1] == " ")) is not None
        )

    def _after_other_person(self, start: int, name_start: int) -> int:
        """Where a title before `name_start` can begin: after another person named with a
        conjunction between (商务部部长王文涛与|美国商务部长雷蒙多: two people, two titles). A
        person named without one stays in the title (汤兰兰的爷爷, 特朗普私人律師)."""
        if not any(c in _CONJUNCTIONS for c in self.masked[start:name_start]):
            return start  # no conjunction: no one else to skip (and no sentence to tag)
        a, b = self._sentence_around(name_start)
        ends = [
            joined
            for s, e in self._persons(a, b)
            if start <= s and e < name_start and (joined := self._joined_at(e, name_start)) >= 0
        ]
        # or, after a listed title, a name the dictionaries know or a Chinese name jieba counts
        # rarely, which the model may miss in a long title (俄罗斯总统普京与|朝鲜劳动党总书记、
        # 国务委员长金正恩, 总经理于淼和|书店创始人严搏非)
        ends += [
            c
            for c in range(start + 2, name_start)
            if self.masked[c] in _CONJUNCTIONS
            and any(
                _titled_name(self.masked[c - size : c], size)
                and self.masked[start : c - size].endswith(TITLES)  # 总统|普京, not 国家|过敏
                for size in (2, 3)
            )
        ]
        # or a pronoun (第二天，他与|白宫国务卿…): whom they met is titled after it
        lead = self.masked[start:name_start]
        pronoun = _PRONOUN_LEAD.match(lead)
        if pronoun and lead[pronoun.end() : pronoun.end() + 1] in _CONJUNCTIONS:
            ends.append(start + pronoun.end())
        return max(ends) + 1 if ends else start

    def _joined_at(self, end: int, name_start: int) -> int:
        """Where the conjunction joining a person ending at `end` to the next stands, adverbs
        between or not (王文涛与|, 特朗普同时和|华盛顿市长), or -1; a conjunction's character
        inside a word is none (特朗普|同时: "at the same time")."""
        at = end
        for word in dictionary_words(self.masked[end:name_start]):
            if len(word) == 1 and word in _CONJUNCTIONS:  # (a string: no word of two in it)
                return at
            if not only_adverbs(word, closed=True):
                return -1
            at += len(word)
        return -1

    def _full_names(self) -> None:
        """Name each speaker by the fullest form the article uses: a part of a dotted name
        (鲁辛) becomes the whole name (马克西姆·鲁辛) wherever the article writes it in full."""
        # the dotted names of the article, found once: a key not in one needs no search
        dotted = " ".join(_dotted_runs(self.text))
        for key, record in list(self.records.items()):
            if record.group or "·" in key:
                continue
            if self._longer_name(key, record) or self._married_form(key, record):
                continue
            if key not in dotted:
                continue
            for start, end in self._dotted_mentions(key):
                sentence = self._sentence_around(start)
                full = [
                    title_off(self.text[a:b])  # (高管|本‧戈梅斯: a title cut off)
                    for a, b in self._persons(*sentence)
                    if a <= start
                    and end <= b
                    and self.text[a] not in DOTS  # the model's ·维特斯: the given name left out
                ]
                # and the dotted run itself, where the model's name takes in more than it
                # (布莱尔夫人切丽·布莱尔: the husband's name and 夫人 before hers)
                full += [
                    title_off(f)
                    for f in dotted_around(self.masked, start, end)
                    if _spelt(title_off(f).replace(key, "", 1))
                ]
                whole = next((f for f in full if f != key and key in short_forms(f)), None)
                if whole is not None:
                    self._rename(key, record, whole)
                    break

    def _dotted_mentions(self, key: str) -> list[tuple[int, int]]:
        """(start, end) of each place the text writes `key` with a dot right before or after
        it, as `re.finditer(DOT + key | key + DOT)` finds them (leftmost first, none
        overlapping), read off where `key` stands: a pattern's search of a long text for each
        speaker took a tenth of the passes after the paragraphs."""
        if any(dot in key for dot in DOTS):
            pattern = rf"{DOT}{re.escape(key)}|{re.escape(key)}{DOT}"
            return [m.span() for m in re.finditer(pattern, self.text)]
        size, found = len(key), []
        for at in self._starts(key, masked=False):
            if at and self.text[at - 1] in DOTS:
                found.append((at - 1, at + size))
            if at + size < len(self.text) and self.text[at + size] in DOTS:
                found.append((at, at + size + 1))
        return _leftmost(sorted(found))  # (no two start together: the key holds no dot)

    def _after_a_role(self, at: int) -> bool:
        """Whether the word of the dictionary's cut ending right before `at` is a title, or a
        person's noun ending as titles end (成员 "member"; not 人气 "popularity; character")."""
        words = dictionary_words(self.masked[max(0, at - 8) : at])
        last = words[-1] if words else ""
        return len(last) >= 2 and (
            last.endswith(TITLES) or (last[-1] in ROLE_ENDS and names_a_person(last))
        )

    def _married_form(self, key: str, record: Record) -> bool:
        """Rename a speaker of three (劉淑儀) to the married name the article writes after 的 or
        a role, or twice and once after a break (參選特首的葉劉淑儀, 行政会议成员叶刘淑仪; not
        、连|章子怡 "even"): her husband's surname first, as Hong Kong writes it (a story of her
        schooldays calls her by her maiden name alone)."""
        for at in self._starts(key) if len(key) == 3 else ():
            before, married = self.masked[at - 2 : at - 1], self.masked[at - 1 : at + 3]
            if _married_shape(self.masked, at, at + 3) and (
                before == "的"  # after a break, written once, the surname may be 连 ("even")
                or self._after_a_role(at - 1)  # 行政会议成员|叶…
                or self.masked.endswith(_BODY_NAME_ENDS, 0, at - 1)  # 新民黨|葉…, 民建聯|…
                or (before in _MARRIED_AFTER and self._count(married) >= 2)
            ):
                self._rename(key, record, married)
                return True
        return False

    def _longer_name(self, key: str, record: Record) -> bool:
        """Rename a speaker known by the start of a name (林鄭) to the whole name where the
        model finds it elsewhere in the article, ending where punctuation or a word of
        grammar follows (特首林鄭月娥等人); a Latin given name (Benjamin) to the given name and
        surname the article writes (Benjamin Swan), a Latin surname or two last names (Boyer,
        Turner Bargen) to the name written in full (Richard O. Boyer, Jonathan Turner Bargen)."""
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", key):  # Benjamin Swan, then Benjamin
            whole = self._with_a_word_after(key) if " " not in key else None
            if whole is None:  # Muriel Bowser, then Bowser: one given name before it, no Mr
                before = self._words_before(key)
                if len(before) == 1 and person_like(full := f"{before.pop()} {key}"):
                    whole = full
                elif (
                    not before
                    and (written := self._written_in_full(key)) is not None
                    and person_like(written.group())
                ):
                    whole = written.group()  # Richard O. Boyer, then Boyer: an initial between
            if whole is not None and whole not in self.records:
                del self.records[key]
                given = whole[: -len(key)].strip() if whole.endswith(key) else ""
                if given and record.title and record.title.endswith(given):  # Waldo Emerson
                    record.title = record.title[: -len(given)].strip() or None
                record.name = whole
                self.records[record.name] = record
                return True
            return False
        # (a longer name holds the key: the others are passed over before the loop)
        for full, other in [(f, r) for f, r in self.records.items() if key in f]:
            if (
                full != key
                and full.startswith(key)
                and len(full) <= len(key) + 2
                and not other.group
                and self._count(key, masked=False) == self._count(full, masked=False)
            ):  # 朱岳|中助理教授 and 朱岳中就告訴: the shorter name is only ever the longer cut
                del self.records[key]
                _join(record, other)
                return True
            if (
                full != key
                and full.endswith(key)
                and len(full) - len(key) >= 2
                and len(key) >= 2
                and not other.group
                and _spelt(to_simplified(full))
                and _spelt(to_simplified(key))
                and not heads_a_person(full[: -len(key)])  # 顾问|费根: a title's, not a name
            ):  # 大衛馬丁 (David Martin), then 馬丁: a foreign name written with no dot, then
                # its surname, as 喬恩·米爾斯 is then 米爾斯
                del self.records[key]
                _join(record, other)
                return True
        if (longer := self._always_one_more(key)) is not None:
            self._rename(key, record, longer)
            return True
        # the whole name comes first, where the article introduces the person
        for start in self._han_after(key, record.first):
            if not self._may_run_on(key, start):
                continue  # no end the model could give closes a longer name here
            sentence = self._sentence_around(start)
            for a, b in self._persons(*sentence):
                if a == start + 1 and married_name(self.text[start:b]):
                    a = start  # 葉|陳美華: the model left the husband's surname out
                full, after = self.text[a:b], self.text[b : b + 1]
                ends = not "\u4e00" <= (after or " ") <= "\u9fff" or after in FUNCTION_CHARS
                if a == start and key in short_forms(full) and married_name(full):
                    ends = True  # 林鄭 of 林鄭月娥昨日…: the two surnames, its usual short form
                if a != start or not a + len(key) < b <= a + 4 or not ends:
                    continue
                if common_word(self.text[a + len(key) : b]):
                    continue  # 鄭鎮熙|現 (now): a word after the name, not more of it
                self._rename(key, record, full)
                return True
        if (named := self._surname_before(key)) is not None:
            self._rename(key, record, named)
            return True
        return False

    def _may_run_on(self, key: str, start: int) -> bool:
        """Whether the name `key` at `start` could run on into a whole name `_longer_name`
        takes, whatever the model reads there: one or two more characters, no punctuation or
        digit (no model name holds one), not a common word, then a break. Tagging the sentence
        is the costly step, and on a long article most places a name stands hold none: on 1 MB
        of news the sentences tagged from here fell from 399 to 24, results unchanged."""
        for end in range(start + len(key) + 1, min(start + 5, len(self.text) + 1)):
            rest, after = self.text[start + len(key) : end], self.text[end : end + 1]
            if NOT_IN_A_NAME.search(rest):  # (`is_name`'s test)
                return False
            full = self.text[start:end]
            if common_word(rest):
                continue
            if (
                not "\u4e00" <= (after or " ") <= "\u9fff"
                or after in FUNCTION_CHARS
                or (married_name(full) and key in short_forms(full))
            ):
                return True
        return False

    def _surname_before(self, key: str) -> str | None:
        """The full name a speaker known by a given name of two characters goes by, where the
        model finds a surname and that given name elsewhere (梁文軒 … 文軒指: Hong Kong papers
        call a young person by the given name), and only one such."""
        if len(key) != 2 or not is_han_name("王" + key):
            return None
        found = set()
        for at in self._starts(key, masked=False):
            if at == 0:
                continue
            lead = self.masked[max(0, at - 12) : at - 1]
            if (
                surname_length(self.text[at - 1 : at + 2]) == 1
                # where a name may start: after 的, a pause or a title (弱聽的|梁文軒, 學生|
                # 梁文軒), not inside a word (公|司安博, 师|傅奎因) nor after a verb (谈|丰巢)
                and (not lead or lead[-1] in _BEFORE_A_NAME or lead.endswith(TITLES))
                and (at - 1, at + 2) in self._persons(*self._sentence_around(at))
            ):
                found.add(self.text[at - 1 : at + 2])
        return found.pop() if len(found) == 1 else None

    def _always_one_more(self, key: str) -> str | None:
        """A surname and one character that the article only ever writes with the same third
        one after it (费振|刚对…, 费振|刚、…, 费振|刚说…): the model cut the name wherever that
        character starts a word with what follows (刚对), but the article's own usage says
        the name has three. Not a verb of saying nor a word of grammar (王明|说 twice), nor
        an adverb (王明|也…) unless a pause follows it somewhere (费振刚、陆俭明). A
        transliteration of two characters takes what it is always spelt on with instead
        (`_always_spelt_on`: 班尼|斯特), and two surnames a given name they are always
        written with (`_married_name_on`: 陈方|安生)."""
        if len(key) != 2:
            return None
        ats = _apart(self._starts(key), len(key))
        if all(map(spells_names, key)):
            spelt = self._always_spelt_on(key, ats)
            if spelt is not None:
                return spelt
        if surname_length(key) != 1:
            return None
        married = self._married_name_on(key, ats)
        if married is not None:
            return married
        after = {self.masked[at + 2 : at + 3] for at in ats}
        if len(ats) < 2 or len(after) != 1:
            return None
        if 2 * sum(frequency(self.masked[at + 2 : at + 4]) > 0 for at in ats) >= len(ats):
            return None  # 曾刚|表示, 唐杰|老师, 华创|证券: the third character starts a word
        full = key + after.pop()
        last = full[-1]
        if last in _NAME_ENDS and len(ats) >= 3 and is_name(key):
            # 吴永正 three times or more, the 正 mostly before a new word (not 正在): the
            # adverb is not written each time, so it ends his name
            return full
        if (
            not "\u4e00" <= last <= "\u9fff"
            or last in FUNCTION_CHARS
            or any(VERB_RE.match(self.masked, at + 2) for at in ats)
            or (
                is_closed_word(last)
                and not any(self.masked[at + 3 : at + 4] in _PAUSE_MARKS for at in ats)
            )
            or not is_name(full)
        ):
            return None
        return full

    def _married_name_on(self, key: str, ats: list[int]) -> str | None:
        """Two surnames the article only ever writes on with the same given name of two
        characters: a Hong Kong married name whole (陈方|安生, 18 times; 安生 is a word too)."""
        if surname_length(key[1]) != 1 or len(ats) < 2:
            return None
        given = {self.masked[at + 2 : at + 4] for at in ats}
        if len(given) != 1 or any(frequency(self.masked[at + 2 : at + 5]) for at in ats):
            return None  # 华林|派出所: a word runs on, no given name
        full = key + given.pop()
        if (
            len(full) != 4
            or not all("\u4e00" <= c <= "\u9fff" for c in full)
            or any(c in FUNCTION_CHARS for c in full[2:])
            or VERB_RE.match(full, 2)
            or not is_name(full)
        ):
            return None
        return full

    def _always_spelt_on(self, key: str, ats: list[int]) -> str | None:
        """A foreign name of two characters (found at `ats`) the article always writes on with
        the same one or two characters that spell names (班尼|斯特, five times): the whole
        transliteration, which the model cut where its end reads as a word (斯特)."""
        runs = []
        for at in ats:
            if at and spells_names(self.masked[at - 1]):
                return None  # inside a longer name (多|布林)
            tail = self.masked[at + 2 : at + 4]
            runs.append(tail[: next((k for k, c in enumerate(tail) if not spells_names(c)), 2)])
        common = min(runs, key=len) if len(runs) >= 2 else ""
        while common and not all(run.startswith(common) for run in runs):
            common = common[:-1]  # what every occurrence writes on with
        return key + common if common and spelt_name(key + common) == key + common else None

    def _after_dots(self) -> dict[str, int]:
        """Where the first text of two to five characters after a middle dot ends, by that text
        (read once: one search of the whole text for each word took 0.4 s on a long article)."""
        if self._dotted_at is None:
            self._dotted_at = {}
            for dot in re.finditer(DOT, self.text):
                for end in range(dot.end() + 2, min(dot.end() + 6, len(self.text) + 1)):
                    self._dotted_at.setdefault(self.text[dot.end() : end], end)
        return self._dotted_at

    def _han_after(self, key: str, end: int) -> Iterator[int]:
        """Where `key` starts before `end` with a Han character after it (found with str.find:
        a pattern compiled for each name took half a second on a long article)."""
        for at in self._starts(key):
            if at + len(key) > end:
                break
            after = self.masked[at + len(key) : at + len(key) + 1]
            if after and "\u4e00" <= after <= "\u9fff" and at + len(key) < end:
                yield at

    def _rename(self, key: str, record: Record, full: str) -> None:
        """Name `record` (known as `key`) by `full`; where a speaker already goes by it (瑞·达利欧
        and 达利欧 both quoted), the two are one person and their quotes join."""
        del self.records[key]
        head = full[: len(full) - len(key)] if full.endswith(key) else ""
        if head and record.title and record.title.endswith(head):
            # …数据学家本·|高达克: the title read before the last part holds the first parts
            record.title = record.title[: -len(head)].rstrip(" 　") or None
        other = self.records.get(full)
        if other is None or other.group:
            record.name = full
            self.records[full] = record
        else:
            _join(record, other)

    def _nickname_of(self, name: str) -> tuple[str, int] | None:
        """The full name, and where it stands, of the person `name` is a nickname of: the
        article writes it in quotes right before the name once (「王婆婆」王鳳瑤, 「長毛」梁國雄),
        then calls them by it alone (王婆婆反指…, 長毛說). Only a name the model finds starting
        right after the closing quote counts; a quoted word before a title (「公民黨」黨魁)
        names no one."""
        if self._quoted_at is None:
            self._quoted_at = {}
            for match in _NICKNAME.finditer(self.text):
                self._quoted_at.setdefault(match[1], []).append(match.end())
        for end in self._quoted_at.get(name, ()):
            full = next((b for a, b in self._persons(*self._sentence_around(end)) if a == end), 0)
            if full and self.text[end:full] != name:
                return self.text[end:full], end
        return None

    def _sentence_around(self, position: int) -> tuple[int, int]:
        return sentence_around(self.masked, position)

    def _starts(self, key: str, masked: bool = True) -> list[int]:
        """Every offset where `key` starts in the masked text (or the text), overlapping ones
        too, in order; found once a key. The passes after the paragraphs look up where each
        speaker's name stands several times over, and a search of the whole text for each
        look made them quadratic (3 s of a 3 MB article's 12 s of speakers)."""
        found = self._starts_of.get((key, masked))
        if found is None:
            if masked and not any(c in _MASKED_FORMS for c in key):
                # the masked text holds such a key only where the text does
                size = len(key)
                found = [a for a in self._starts(key, False) if self.masked[a : a + size] == key]
            else:
                text, found = self.masked if masked else self.text, []
                at = text.find(key)
                while at >= 0:
                    found.append(at)
                    at = text.find(key, at + 1)
            self._starts_of[key, masked] = found
        return found

    def _count(self, key: str, masked: bool = True) -> int:
        """`str.count` of `key` in the masked text (or the text): occurrences that do not
        overlap, taken from the left, as `str.count` and `re.finditer` take them."""
        return len(_apart(self._starts(key, masked), len(key)))

    def _appositive(self, start: int, name: str) -> str | None:
        """A role said of a person in a clause of its own: 作为…业务主管，|马克西姆·鲁辛…,
        許樹昌作为|港府專家顧問, 章旭峰是|三墩镇居民 (a noun phrase, no verb in it)."""
        before = _ROLE_BEFORE.search(self.masked, max(0, start - 40), start)
        if before and _noun_phrase(before.group(1)) and is_han_name(before.group(1)):
            return before.group(1)
        # 身为|复旦大学研究员|的|王放, 作为|经理之一|的|某某: the role, 的 and the name
        held = _ROLE_OF.search(self.masked, max(0, start - 40), start)
        if (
            held is not None
            and _noun_phrase(held[1])
            and is_han_name(held[1])
            and heads_a_person(held[1].removesuffix("之一"))
        ):
            return held[1]
        # 作为|从 2015 年起和蔚来打交道的|投资人，: the role after the clause describing it
        role = before.group(1).rpartition("的")[2] if before else ""
        if role and _noun_phrase(role) and is_han_name(role) and heads_a_person(role):
            return role
        after = _ROLE_AFTER.match(self.masked, start + len(name))
        if after is None:
            return None
        role = _COUNTED.sub("", after.group(2))  # 是|一位|老运动员
        if after.group(1) in {"是", "係"}:
            role = re.sub("^[位名個个]", "", role)  # 是|位|老运动员: a measure word, "a"
        if after.group(1) in {"是", "係"} and "的" in role:
            role = _member_of(role) or role  # 是|某医院急诊科的一名医生: 某医院急诊科医生
        if after.group(1) in {"是", "係"} and (
            "的" in role
            or len(role) < 3
            or (is_predicate(dictionary_words(role)[0]) and not role.endswith(TITLES))
        ):
            # 是第一个到场的人, 是一个: a description; 是|希望…读博: a predicate, not a role
            return None
        if role.endswith(("之一", "一个", "一個")):
            return None  # 是其中之一
        if after.group(1) not in {"是", "係"} and not heads_a_person(role):
            return None  # 特朗普作为|总统的局限性: a thing's, not a role
        return role if _noun_phrase(role) and is_han_name(role) else None

    def _in_heading(self, position: int) -> bool:
        """Whether `position` is in the headline or a sub-heading, not the body."""
        for section in self.sections:
            if section.start <= position < section.end:
                if section.kind == "title":
                    return True
                line_end = self.text.find("\n", section.start, section.end)
                return section.title is not None and position < (
                    section.end if line_end < 0 else line_end
                )
        return False

    def _titles_from_mentions(self) -> None:
        """A speaker's title is the one at their first mention that carries one, spoken or not."""
        for record in self.records.values():
            if record.group:
                continue
            first = True
            for start in self._starts(record.name):
                if self._in_heading(start):  # 【專訪盧思位】, …停刊紙本　社長陳裕鑫: a headline's
                    continue  # words are no title
                at = start
                if self.masked[start - 2 : start - 1] == "的" and _married_shape(
                    self.masked, start, start + len(record.name)
                ):
                    at = start - 1  # 參選特首的葉|劉淑儀: her husband's surname ends no title
                title = self._title_at(at, record.name) or self._appositive(at, record.name)
                if title and record.pseudonym and _LETTERED_ROLE.fullmatch(record.name):
                    title += record.name[:-1]  # 前線|護士D: the noun is the title's end too
                # past the first mention, what stands before a name is often the running text
                # (我们回头来看一下|奥巴马, 隐隐约约听见|某某): there a title ends on no verb
                if title and is_predicate(title) and not names_a_person(title):
                    title = None  # 希望|特朗普下台, 嘲笑|蔡徐坤: a verb alone, never a title
                elif title and (_ends_on_an_act(title) or _negated(title)):
                    title = None  # 民建聯不再聯絡|潘太, 阿纳达科不能确信|霍卢布: a clause's verb
                    record.title = None  # not kept from the mention that spoke either
                elif title and _SOME.fullmatch(re.sub("^(?:另外|另|其他|其余|其餘)", "", title)):
                    title = None  # 另一部分|常伟没说出口: "another part", running text
                if title and (first or title.endswith(TITLES) or not _ends_on_verb(title)):
                    record.title = title
                    break
                first = False
            if record.title is None:
                # the name written with another variant form (曾國衛 titled, 曾國衞 speaking)
                for at, form in self._variant_mentions(record.name):
                    title = self._title_at(at, form)
                    if title and title.endswith(TITLES) and not _ends_on_verb(title):
                        record.title = title
                        break
            if record.title is None:
                # 香港大学经济学家萧如彬 (Alan Siu) 和|王于渐: a title before two names joined,
                # the second given none anywhere in the article, is the title of both
                record.shared_title = next(
                    filter(None, map(self._shared_title, self._starts(record.name))), None
                )

    def _shared_title(self, start: int) -> str | None:
        """The title right before another person's name that 和, 与, 及 or 、 joins to the
        name at `start` (its Latin gloss between them or not), if that mention carries one."""
        if self.masked[start - 1 : start] not in ("和", "与", "與", "及", "、"):
            return None
        end = start - 1
        while end > 0 and self.masked[end - 1] in _GLOSS + " \u3000":
            end -= 1
        other = self.records.ending_on(self.text[max(0, end - 40) : end])
        if other is None or len(other.name) < 2:
            return None
        title = self._title_at(end - len(other.name), other.name)
        # a role, as shared titles are (经历|罗冠聪和周庭被先后 DQ: "went through", no title),
        # and not an office one person holds (美国总统特朗普和|普京, 局长, 市長)
        if not title or not _ends_a_role(title) or _ends_on_verb(title):
            return None
        return None if title.endswith(_SOLE_OFFICES) or title[-1] in "长長" else title

    def _variant_mentions(self, name: str) -> list[tuple[int, str]]:
        """(offset, form) of each mention of `name` written with another variant form of one
        of its characters (曾國衛 for 曾國衞): the same simplified form, read where the name's
        first character (or its simplified form) stands, not by converting the whole text (a
        5 MB text's conversion counted its characters in a list of millions)."""
        simple = to_simplified(name)
        if simple == name:
            return []
        found = []
        for head in {name[0], simple[0]}:
            at = self.masked.find(head)
            while at >= 0:
                form = self.masked[at : at + len(name)]
                if form != name and to_simplified(form) == simple:
                    found.append((at, form))
                at = self.masked.find(head, at + 1)
        return sorted(found)

    def paragraphs(self, section: Section) -> Iterator[tuple[int, int]]:
        """(start, end) of each paragraph of `section` the speakers are looked for in."""
        if section.kind in {"byline", "trailer", "title"}:
            return
        paragraph_start = section.start
        for line in self.text[section.start : section.end].split("\n"):
            paragraph_end = paragraph_start + len(line)
            if line.strip():
                yield paragraph_start, paragraph_end
            paragraph_start = paragraph_end + 1

    def run(self) -> list[Record]:
        previous_speaker: Record | None = None
        for section in self.sections:
            if section.title is not None:
                self._announced = None  # a heading is no one's words (the lead runs on)
            for start, end in self.paragraphs(section):
                previous_speaker = self._block_after(start, end) or previous_speaker
                previous_speaker = self._paragraph(start, end, previous_speaker)
        self._full_names()
        self._spelt_heads()
        self._glossed_spelt_heads()
        self._misspelt()
        self._variant_forms()
        self._verb_run_on()
        self._surname_run_on()
        self._run_together()
        self._titles_from_mentions()
        return sorted(self.records.values(), key=lambda r: r.first)

    def _spelt_heads(self) -> None:
        """Name a speaker spelt in Han by the one or two characters written before it at every
        mention (蒙古国总统呼|日勒苏赫 … 呼日勒苏赫表示 read 日勒苏赫 and 勒苏赫): the model
        began the name late, at characters it reads as verbs (呼 "to call"). The character
        must stand as a word of its own there, and be none of a title's (总统|普京), a
        function word's or a preposition's (对|普京, 会见|普京: 见 is 会见's)."""
        for key, record in list(self.records.items()):
            if record.group or len(key) < 3 or not all(map(spells_names, key)):
                continue
            name = key
            for _ in range(2):
                at = occurrences(self.text, name)
                heads = {self.text[a - 1 : a] for a in at}
                head = heads.pop() if len(heads) == 1 and len(at) >= 2 else ""
                if (
                    not "\u4e00" <= head <= "\u9fff"
                    or head in FUNCTION_CHARS
                    or head in _PREPOSITIONS
                    or self.text.endswith(TITLES, 0, at[0])
                    or not _a_word_at(self.text[max(0, at[0] - 5) : at[0]], min(at[0], 5) - 1)
                ):
                    break
                name = head + name
            if name != key and name not in self.records:
                self._rename(key, record, name)

    def _glossed_spelt_heads(self) -> None:
        """Name a speaker spelt in Han by the spelling characters its title ends on, where the
        two run together right before a Latin gloss (波斯尼亚领导人札|菲洛维奇 (Sefik
        Dzaferovic), 如斯塔|萨瓦奇 (Stasavage)): the gloss marks where the whole name starts, and
        the title read one or two of its characters as its own. What is left of the title must
        end on a role, or be nothing; a place (俄罗斯|…) is no part of a name."""
        for key, record in list(self.records.items()):
            title = record.title or ""
            if record.group or not title or len(key) < 2 or not all(map(spells_names, key)):
                continue
            words = dictionary_words(title)
            head = ""
            while words and len(head) < 2 and all(map(spells_names, words[-1])):
                head = words.pop() + head
            if (
                not head
                and len(key) >= 3
                and words
                and len(words[-1]) == 1
                and is_han(words[-1])
                and words[-1] not in FUNCTION_CHARS
            ):
                head = words.pop()  # one character after a role, whatever it is (领导人|札)
            rest = "".join(words)
            if (
                not head
                or len(head) > 2
                or is_place(head)
                # (a role a place or a body owns, ending as roles end: 菲律宾大学的|社会学家|
                # 伊万|杰莉丝塔)
                or (rest and not _ends_a_role(rest.rsplit("的", 1)[-1]))
                or head + key in self.records
                or not re.search(re.escape(head + key) + r"\s*[（(]\s*[A-Z]", self.text)
            ):
                continue
            self._rename(key, record, head + key)

    def _run_together(self) -> None:
        """Drop a speaker whose name is a preposition or a verb run into another speaker's
        name or surname (向|唐, 向|唐英傑, 大讚|馬雲): the model read the clause's word and the
        name as one, so what was given to it is the words of a subject the rules missed (警員…
        向唐發出警告要求停車: the warning asked, Tang did not), and no one is named so."""
        surnames = {key[:1] for key, r in self.records.items() if not r.group and len(key) >= 2}
        for key, record in list(self.records.items()):
            if record.group or len(key) < 2:
                continue
            for cut in (1, 2):
                head, rest = key[:cut], key[cut:]
                named = (
                    rest in self.records and not self.records[rest].group and len(rest) >= 2
                ) or (len(rest) == 1 and rest in surnames)
                if named and (
                    head in _PREPOSITIONS  # 向|唐
                    or (len(head) == 2 and len(rest) >= 2 and is_predicate(to_simplified(head)))
                ):
                    del self.records[key]
                    break

    def _variant_forms(self) -> None:
        """Fold speakers whose names differ only in a character's variant form (曾國衛 and
        曾國衞, 林峰 and 林峯: one simplified form) into the form the article writes most."""
        forms: dict[str, list[str]] = {}
        for key, record in self.records.items():
            if not record.group and len(key) >= 2 and not key.isascii():
                forms.setdefault(to_simplified(key), []).append(key)
        for keys in (keys for keys in forms.values() if len(keys) >= 2):
            main = max(keys, key=lambda k: (self.text.count(k), -self.records[k].first))
            for key in keys:
                if key != main:
                    self._rename(key, self.records[key], main)

    def _verb_run_on(self) -> None:
        """Fold a three-character name the article writes once, with no title, into the
        speaker named by its first two, whom it names three times or more, where the third is
        a verb (李斌|发内部信宣布: 发 "sent"): the model ran the name into the verb after it."""
        for key, record in list(self.records.items()):
            short = self.records.get(key[:2])
            if (
                len(key) != 3
                or record.group
                or record.title is not None
                or short is None
                or short.group
                or not is_predicate(to_simplified(key[2]))
                or self.text.count(key) != 1
                or self.text.count(key[:2]) < 3
            ):
                continue
            self._rename(key, record, key[:2])

    def _surname_run_on(self) -> None:
        """Fold a two-character name the article writes once, with no title, into the one
        speaker of that surname it names in full, where the second character and the one
        after it make a verb (潘|感到「八卦」 after 潘美美): the model ran the bare surname, as
        a follow-up mention writes it, into the verb."""
        for key, record in list(self.records.items()):
            if (
                len(key) != 2
                or record.group
                or record.title is not None
                or surname_length(key) != 1
                or self._count(key, masked=False) != 1
            ):
                continue
            at = self._starts(key, masked=False)[0]
            verb = self.text[at + 1 : at + 3]
            if len(verb) < 2 or not is_verb_only(to_simplified(verb)):
                continue
            full = [
                k
                for k, r in self.records.items()
                if k != key and k.startswith(key[0]) and len(k) >= 3 and not r.group
            ]
            if len(full) == 1:
                self._rename(key, record, full[0])

    def _misspelt(self) -> None:
        """Fold a three-character name the article writes once, with no title, into a speaker
        it names three times or more who differs from it in the last character alone: a slip
        of the writer's (馬時享 once for 馬時亨), not a second person, whom an article would
        introduce (周忠好的弟弟|周忠来; 全国政协委员|刘永好 beside 刘永富) or name again."""
        # (grouped by the first two characters first: the text is searched only for names
        # that share them with another, not once for each of a long article's speakers)
        alike: dict[str, list[str]] = {}
        for key, speaker in self.records.items():
            if not speaker.group and len(key) == 3:
                alike.setdefault(key[:2], []).append(key)
        for keys in (keys for keys in alike.values() if len(keys) >= 2):
            counts = {key: self.text.count(key) for key in keys}
            for key in keys:
                record = self.records.get(key)
                if (
                    record is None
                    or record.title is not None  # 刘永好, 全国政协委员: introduced, another
                    or counts[key] != 1
                    or not is_han_name(key)
                ):
                    continue
                other = next((k for k in keys if k != key and counts[k] >= 3), None)
                if other is not None:
                    self._rename(key, record, other)

    def _paragraph(self, start: int, end: int, carried: Record | None) -> Record | None:
        turn = self._turn(start, end)
        if turn is not None:
            return turn
        first = bisect_left(self.speech, (start, -1))
        last = bisect_left(self.speech, (end, -1))
        quotes = self.speech[first:last]
        speaker_here: Record | None = None
        previous: tuple[int, int] | None = None
        for sent_start, sent_end in _sentences(self.masked, start, end):
            cues = self._outer(self._cues(sent_start, sent_end))
            heard = {id(r): len(r.quotes) for _, _, r in cues}
            inside = quotes[
                bisect_left(quotes, (sent_start, -1)) : bisect_left(quotes, (sent_end, -1))
            ]
            for index, (verb_start, verb_end, cued) in enumerate(cues):
                speaker_here = cued
                # the words run to the sentence's end, or to the clause of the next attribution
                # with a subject of its own (…应儘速面对；她說：「…」, past one with none:
                # 提到，…，認為…；聶某則表示), unless that verb is in the words' first clause
                # (表示，張某並未提及…: what was said of someone's saying)
                stop = sent_end
                for following, following_end, other in cues[index + 1 :]:
                    if following <= verb_end:
                        break
                    clause = self._clause_start(following, verb_end)
                    subject = ADVERBS.sub("", self.masked[clause:following]).strip(" 　")
                    if subject and self.masked[verb_end:clause].strip(_AFTER_VERB):
                        stop = clause  # a verb with a subject of its own: 她說, 陳某表示
                        break
                    if (
                        other is cued
                        and not subject
                        and self.masked[verb_end:clause].strip(_AFTER_VERB)
                        and self.masked[following_end : following_end + 4].lstrip("：: 　")[:1]
                        == _MASK
                    ):
                        # …參選是為了服務社區，並指「…」: the same speaker goes on to words
                        # quoted of their own; the first words stop where that clause starts
                        stop = clause
                        break
                    named = self.masked.rfind(other.name, verb_end, clause)
                    if other is not cued and named > verb_end:
                        # another speaker named in a clause of theirs before the verb (…；
                        # 馮某亦發表文章，指「…」): the words stop where that clause starts
                        stop = self._clause_start(named, verb_end)
                        break
                self._reported(cued, verb_end, stop, inside)
                if index == 0 and len(cued.quotes) == heard[id(cued)] and not inside:
                    self._said_before(cued, verb_start, verb_end, (sent_start, sent_end))
            addressed: tuple[Record, int] | None = None
            for quote in inside:
                if self._opened_by_no_one(quote, cues, sent_start) or self._unnamed_after(
                    quote, cues
                ):
                    continue  # 有人说：“…”老刘说：…: the first is no one's, not 老刘's
                speaker = self._said_of(quote, (sent_start, sent_end)) or self._nearest(quote, cues)
                if speaker is None and self._writer_says(quote, sent_start):
                    continue  # 我告诫他：“…”: the writer speaks, no one named
                if speaker is None and speaker_here is not None:
                    # the subject of the quote's own sentence, where the paragraph's speaker is
                    # not named (天皇德仁在…进行了慰问，「…」 after 安倍晋三's quote); the
                    # sentence opens after a quote its own full stop closed (某某所说：「…。」|
                    # 武西奇更为直率：「…」)
                    own = (self._after_a_closed_quote(sent_start, quote[0]), sent_end)
                    if not self._named_in(speaker_here, *own) and self._heads_before(quote, own):
                        speaker = self._beside(quote, own)
                speaker = speaker or speaker_here
                if speaker is None and carried is not None and self._only_quotes(start, end):
                    speaker = carried
                if speaker is None:
                    speaker = self._beside(quote, (sent_start, sent_end))
                if speaker is None:
                    speaker = self._introduced(quote, (sent_start, sent_end), previous)
                    if speaker is not None and self._named_inside(speaker, quote):
                        speaker = None  # 居民某某…。“…某某…”: of them, not theirs
                if speaker is not None and (
                    self._addressed(speaker, quote)
                    or (
                        addressed is not None
                        and addressed[0] is speaker
                        and not self.text[addressed[1] : quote[0]].strip(" \u3000、")
                    )
                ):
                    # 公眾高呼「李教授，頂住啊！」「撐住啊！」: called to, and what follows at once
                    addressed = (speaker, quote[1])
                    continue
                if speaker is not None:
                    a, b = quoted_words(self.text, quote)
                    speaker.quotes.append(Quote(self.text[a:b], a, b, True))
                    speaker_here = speaker_here or speaker
            for _, _, cued in cues:  # what two said together, each said
                for partner in self._partners.get((id(cued), sent_start), ()):
                    partner.quotes.extend(cued.quotes[heard[id(cued)] :])
            previous = (sent_start, sent_end)
        return speaker_here

    def _outer(self, cues: list[tuple[int, int, Record]]) -> list[tuple[int, int, Record]]:
        """`cues` without those standing in the first clause of the words after the one before
        (王某说，|很多人都觉得没意义了，「…」): a saying he reports, inside his words; the
        quotes after them are still his."""
        kept = cues[:1]
        for cue in cues[1:]:
            words = self.masked[kept[-1][1] : cue[0]].lstrip("，,：: 　")
            if (
                not words
                or cue[2] is kept[-1][2]  # 表示同意并说: the same speaker goes on
                or _A_CLAUSE_BREAK.search(words) is not None
                # someone named who said something (某某说，|习近平曾说…): reported speech,
                # theirs; a group's or anyone's view (很多人都觉得, 王某觉得) is the speaker's
                or not (cue[2].group or self.masked[cue[0] : cue[1]] in _VIEWS_HELD)
            ):
                kept.append(cue)
        return kept

    def _addressed(self, record: Record, quote: tuple[int, int]) -> bool:
        """Whether a quote opens by calling `record` (「李教授，頂住啊！」, 「志明，…」): words
        said to them, not by them. Called by the name, the given name, or the surname and a
        title or an honorific."""
        if record.group:
            return False
        a, _ = quoted_words(self.text, quote)
        called = _CALLED.match(self.text, a)
        if called is None:
            return False
        who, name = called[1], record.name
        size = surname_length(name)
        return (
            who == name
            or (size > 0 and len(name) - size >= 2 and who == name[size:])
            or (
                size > 0
                and who[:size] == name[:size]
                and (who[size:].endswith(TITLES) or who[size:] in _FORMS_OF_CALL)
            )
        )

    @cached_property
    def _attributed_names(self) -> frozenset[str]:
        """Names no list holds and the model misses that the article itself shows to be
        people's: the whole subject between a closing quote and a verb of saying, twice or
        more (「…」光磊說, 「…」丫丫表示, 「…，」一涵回忆说, 「…」冯和说). That slot holds who spoke; a role or a
        body there (记者, 校方, 白宫, 刘经理) is or holds a dictionary word, a pronoun or a
        determiner (他写, 该人士) no name has, and a verb the run would cut (崔|回答说) runs on
        from its last character."""
        counts: Counter[str] = Counter()
        cut = set()
        for m in _ATTRIBUTED.finditer(self.text):
            if m["how"] and not is_predicate(to_simplified(m["how"])):
                continue  # 」，一涵|回忆|说: how they said it is a verb
            counts[m[1]] += 1
            if common_word(self.text[m.end(1) - 1 : m.end(1) + 1]):
                cut.add(m[1])  # 崔|回答說: the verb runs on from the run's last character
        return frozenset(
            run
            for run, count in counts.items()
            if count >= 2
            and run not in cut
            and not any(c in _NOT_IN_AN_ATTRIBUTED_NAME for c in run[:-1])
            # a function character last, right before the verb, is a given name's (冯和说:
            # 和 joins no noun there), after a surname only
            and (run[-1] not in _NOT_IN_AN_ATTRIBUTED_NAME or surname_length(run) == len(run) - 1)
            and not is_place(run)
            and not run.endswith(TITLES)
            and not any(len(word) >= 2 and common_word(word) for word in dictionary_words(run))
        )

    @cached_property
    def _head_names(self) -> dict[str, list[str]]:
        """Names the article shows to be people's by opening three sentences or more with
        them (徐风暴第一次登台…。徐风暴真名徐益…。徐风暴看好…), by their first character: a
        surname standing as a word of its own and two characters, followed by more than one
        character (not 隆众资|讯 each time) and ending inside a word no more than half the
        time (邢钢搬|迁), which the model may miss in one place (徐风暴看好|…前景) though it
        is the same name. Two characters are as often a firm's (蔚来, 东旭)."""
        after: dict[str, set[str]] = {}
        ends: dict[str, list[int]] = {}
        for m in _SENTENCE_HEAD.finditer(self.masked):
            after.setdefault(m[1], set()).add(self.masked[m.end(1) : m.end(1) + 1])
            ends.setdefault(m[1], []).append(m.end(1))
        names: dict[str, list[str]] = {}
        for name, at in ends.items():
            if (
                len(at) >= 3
                and len(after[name]) >= 2
                and surname_length(name) == 1
                # (read only for the few heads met three times: 邢钢搬|迁 of 搬迁办)
                and sum(map(self._ends_inside_a_word, at)) * 2 <= len(at)
                and name[-1] not in _KIND_ENDS  # 山鹰社, 红点奖: a body's or a thing's name
                and is_name(name)
                and dictionary_words(name)[0] == name[0]  # 徐|风暴, not 方面, 黄金|价
            ):
                names.setdefault(name[0], []).append(name)
        return names

    @cached_property
    def _given_names(self) -> frozenset[str]:
        """Latin given names the article shows to be people's (Helen（化名）, Brian笑說,
        Helen兩夫婦, a person's noun or an age right before: 上海男生 Mark, 27 岁的 Chris):
        alone before a verb, one may else be a firm (Twitter表示, 分析公司 Llamasoft)."""
        named = {m[1] for m in _PERSONS_GIVEN_NAME.finditer(self.text)}
        for alone in _LATIN_ALONE.finditer(self.text):
            if alone[1] in named:
                continue
            lead = self.masked[max(0, alone.start() - 12) : alone.start()].rstrip(" ")
            role = _last_word(lead)  # 上海男生|Mark, 一位確診者家人|Jenny: a person's noun
            if (
                _AGED.search(lead)
                or lead.endswith(TITLES)
                or (
                    len(role) >= 2
                    and (names_kin(role) or role[-1] in _AGENT_ENDS)
                    and not names_a_bodys_kind(role)  # Google母公司|Alphabet
                )
            ) and not self._in_a_latin_full_name(alone[1]):
                named.add(alone[1])  # (one a full name holds is that name's: Jing Sun)
        return frozenset(named)

    # (the Latin names below are read off where the name stands: searched for along the
    # whole text, these patterns took 0.1 s of 1 MB of news)

    def _with_a_word_after(self, key: str) -> str | None:
        """The first `key` with a capitalised Latin word after it (Benjamin Swan): what
        re.search(rf"(?<![A-Za-z]){key} [A-Z][a-z]+(?![A-Za-z])") finds."""
        for at in self._starts(key, masked=False):
            stop = _capital_word_after(self.text, at + len(key))
            if stop >= 0 and not _latin_at(self.text, at - 1) and not _latin_at(self.text, stop):
                return self.text[at:stop]
        return None

    def _words_before(self, key: str) -> set[str]:
        """The capitalised Latin words written right before `key` (Muriel Bowser): the groups
        of re.finditer(rf"(?<![A-Za-z])([A-Z][a-z]+) {key}(?![A-Za-z])")."""
        found, done = set(), 0
        for at in self._starts(key, masked=False):
            start = _capital_word_before(self.text, at)
            if (
                start >= done
                and not _latin_at(self.text, start - 1)
                and not _latin_at(self.text, at + len(key))
            ):
                found.add(self.text[start : at - 1])
                done = at + len(key)
        return found

    def _in_a_latin_full_name(self, name: str) -> bool:
        """Whether the text writes the Latin `name` after a capitalised word (Jing Sun) or
        before one (Sun Jing): what re.search(rf"[A-Z][a-z]+ {name}(?![A-Za-z])|
        (?<![A-Za-z]){name} [A-Z]") finds."""
        text, size = self.text, len(name)
        return any(
            (_capital_word_before(text, at) >= 0 and not _latin_at(text, at + size))
            or (
                not _latin_at(text, at - 1)
                and text[at + size : at + size + 1] == " "
                and "A" <= text[at + size + 1 : at + size + 2] <= "Z"
            )
            for at in self._starts(name, masked=False)
        )

    @cached_property
    def _latin_glosses(self) -> list[re.Match[str]]:
        """Every Han run glossed with a full name in Latin letters (鄭文傑（Simon Cheng）).
        The gloss pattern is tried only before each bracket that opens on two capitalised
        words: along a whole 1 MB text it took 0.4 s."""
        glosses = []
        for latin in _GLOSS_OPEN.finditer(self.text):
            close = _GLOSS_CLOSE.search(self.text, latin.end())
            if close is None:
                continue
            found = _LATIN_GLOSS.search(self.text, max(0, latin.start() - 40), close.end())
            if found is not None and found.end() == close.end():
                glosses.append(found)
        return glosses

    @cached_property
    def _glossed_runs(self) -> dict[str, list[re.Match[str]]]:
        """The Latin glosses (`_latin_glosses`) by the last character of the Han run each
        glosses: the names in them are worked out only for a subject that ends the same."""
        runs: dict[str, list[re.Match[str]]] = {}
        for found in self._latin_glosses:
            runs.setdefault(found.group(1)[-1:], []).append(found)
        return runs

    def _glossed_names(self, last: str) -> list[str]:
        """The Chinese forms ending on `last` of the names the article glosses in full in
        Latin letters (英国外交大臣拉布 (Dominic Raab)): the writer says they are people's,
        wherever they first stand (a verb not of saying), so the same form heading a later
        clause is one."""
        if last not in self._glossed_by_last:
            names = []
            for found in self._glossed_runs.get(last, ()):
                run = found.group(1)
                if names_a_bodys_end(run):
                    continue  # 施普林格·自然出版集团 (Springer Nature): a firm's name glossed
                if len(run) >= 3 and run[0] in {"是", "係"}:
                    run = run[1:]  # 是|里谷奥里 (Anthony Liguori): what the clause says he is
                name = _name_after_title(run)
                if name:  # 时尚作家|坦普尔顿: the role's words are no part of the name
                    name = _after_role_words(_spelt_after_words(name))
                if name and _a_names_length(name) and not names_a_body(found.group(0)):
                    names.append(name)
            self._glossed_by_last[last] = names
        return self._glossed_by_last[last]

    def _glossed_spelling(self, name: str) -> bool:
        """Whether `name`, which the model reads as a person's, is a foreign name spelt in Han
        characters that the article glosses somewhere with a person's name in Latin letters
        (莱文 (Jason Levin)): then it is one wherever the model reads it (莱文点了一下, 墨菲拒绝了
        采访要求), two characters and untitled as it may be."""
        if not 2 <= len(name) <= 4 or sum(map(spells_names, name)) < len(name) - 1:
            return False  # (one character a list of spellings lacks: 墨菲, Murphy)
        return any(
            found.group(1).endswith(name)
            # the whole run, or what a title ends before it (伊朗石油部长|赞加内: not 加内)
            and title_end(lead := found.group(1)[: -len(name)]) == len(lead)
            and not names_a_body(found.group(0))
            for found in self._glossed_runs.get(name[-1], ())
        )

    def _glossed_before(self, subject: str) -> str | None:
        """A name the article glossed (`_glossed_names`) that is the whole subject, or ends
        it after a title (拉布|表示, 外交大臣拉布|表示)."""
        for name in self._glossed_names(subject[-1:]):
            if subject.endswith(name):
                lead = subject[: -len(name)]
                if not lead or (
                    title_end(lead) == len(lead) and not re.search("[对對向跟给給他她我]", lead)
                ):  # not 他对…的作家|艾萨克森说: whom he spoke to
                    return name
        return None

    @cached_property
    def _glossed_given(self) -> dict[str, str]:
        """Latin given name or surname -> the Han run its full name glosses (鄭文傑（Simon
        Cheng）: Simon -> …鄭文傑), for the names only one gloss of the article has: Hong Kong
        papers go on to call the person by the given name (Simon認為), others by the surname."""
        runs: dict[str, set[str]] = {}
        for found in self._latin_glosses:
            given = _GLOSS_GIVEN.search(found.group(0))
            if given is not None:
                runs.setdefault(given.group(1), set()).add(found.group(1))
            # and the surname, as English papers go on (哈拉 (Martin Hala) … Hala 表示)
            surname = _GLOSS_SURNAME.search(found.group(0))
            if surname is not None and surname.group(1) != (given and given.group(1)):
                runs.setdefault(surname.group(1), set()).add(found.group(1))
        # an English name alone in brackets after a Chinese one (鄭俊樑(Michael)): the name
        # the person goes by, as Hong Kong papers write it
        for alone in _GIVEN_ALONE.finditer(self.text):
            runs.setdefault(alone.group(2), set()).add(alone.group(1))
        return {given: next(iter(run)) for given, run in runs.items() if len(run) == 1}

    @cached_property
    def _interviewee(self) -> tuple[str, int] | None:
        """(name, offset) of the one person an interview of 问/答 turns is with: the only
        person the text before its first question names (专访清华大学教授王建国。/ 问：…？)."""
        first = _FIRST_QUESTION.search(self.masked)
        if first is None:
            return None
        names: dict[str, int] = {}
        for sentence in _sentences(self.masked, 0, first.start()):
            if not _INTERVIEW.search(self.masked, *sentence):
                continue  # 七问七答：…回应张鹏事件: whom the story is about, not who answers
            for a, b in self._mentions(*sentence, sentence):
                if not _byline(self.masked[max(0, a - 6) : a]):
                    names.setdefault(self.text[a:b], a)
        # a known short form of the name (雪光 of 周雪光) is the same person
        whole = {n: a for n, a in names.items() if not any(n in m and n != m for m in names)}
        return next(iter(whole.items())) if len(whole) == 1 else None

    @cached_property
    def _answerers(self) -> Counter[str]:
        """How often each head of a turn answers a question (…？ / 陆俭明：…): a name that
        answers twice or more is an interviewee's, whatever the model reads there."""
        lines = [line.strip() for line in self.text.split("\n") if line.strip()]
        return Counter(
            turn[1]
            for before, line in itertools.pairwise(lines)
            if before.endswith(("？", "?")) and (turn := _TURN.match(line))
        )

    @cached_property
    def _askers(self) -> frozenset[str]:
        """Who asks in an interview: the heads of the turns that are questions (记者：…？)."""
        return frozenset(
            turn[1]
            for line in self.text.split("\n")
            if line.rstrip().endswith(("？", "?")) and (turn := _TURN.match(line))
        )

    def _turn(self, start: int, end: int) -> Record | None:
        """An interview's answer: a paragraph after a question that opens on a person's name
        and a colon (…？ / 李斌：我不这么看。…) is theirs, word for word. Only a person met
        before or a name the model reads whole; a question (…？) is the interviewer's, their
        outlet (界面新闻：) no one's, and a list of names and colons (何某：保釋金5萬元) no one's."""
        turn = _TURN.match(self.masked, start, end)
        text = self.text[start:end].rstrip()
        if turn is None or text.endswith(("？", "?")):
            return None
        stop = start
        while stop > 0 and self.text[stop - 1].isspace():
            stop -= 1
        before = self.text[self.text.rfind("\n", 0, stop) + 1 : stop]  # the paragraph before
        asker = _TURN.match(before)
        if not before.endswith(("？", "?")) and (asker is None or asker[1] not in self._askers):
            return None  # not after the interviewer's question or remark
        head = turn.group(1)
        if head in _ANSWER_MARKS:
            # 问：…？ / 答：…: the answers are the one person the interview is with
            found = self._interviewee
            speaker = self._person(*found) if found is not None else None
        else:
            speaker = self.records.get(head) or self._known(head)
        if speaker is None and 0 < surname_length(head) == len(head):
            speaker = self._introduced_as(head, turn.start(1))  # 涂：… after 涂謹申 was named
        if speaker is None and (turn.start(1), turn.end(1)) in self._persons(
            *sentence_around(self.masked, turn.start(1))
        ):
            speaker = self._person(head, turn.start(1))  # a name the model reads whole
        if speaker is None and self._answerers[head] >= 2 and _a_name_whole(head):
            # 陆俭明：… answering question after question: the interviewee's name
            speaker = self._person(head, turn.start(1))
        if speaker is None or speaker.group:
            return None
        body = turn.end()
        speaker.quotes.append(
            Quote(self.text[body : start + len(text)], body, start + len(text), True)
        )
        return speaker

    def _writer_says(self, quote: tuple[int, int], floor: int) -> bool:
        """Whether the clause that opens `quote` has the writer as its subject (我告诫他：“…”,
        我们问他，“…”): a first-person quote, which no one named in the sentence said."""
        clause = self._clause_start(quote[0] - 1, floor) if quote[0] > floor else floor
        lead = self.masked[clause : quote[0]].strip(" 　")
        return lead[:1] == "我" and lead[-1:] in {"：", ":", "，", ","} and len(lead) <= 16

    def _introduced(
        self, quote: tuple[int, int], sentence: tuple[int, int], previous: tuple[int, int] | None
    ) -> Record | None:
        """A quote with no verb after a sentence that introduced its speaker: the subject of
        the sentence before it in the paragraph (居民某某跟记者聊起经历。“…”), or the person
        that sentence names when the quote's own sentence opens on 他/她 (记者遇到了某某。她
        笑着说起…，“…”)."""
        if previous is None:
            return None
        lead = self.masked[sentence[0] : quote[0]].strip(" 　")
        mentions = [
            (a, b)
            for a, b in self._mentions(*previous, previous)
            if self.masked[b : b + 1] not in {"的", "之"} and b - a >= 2
        ]
        if not mentions:
            return None
        # the pronoun opens the sentence, or the clause that leads into the quote after a
        # time clause (一开始…时，她以为…，直至…，她才醒觉…：「…」)
        opening = _LEADING_ADVERBS.sub(
            "", self.masked[self._clause_start(quote[0] - 1, sentence[0]) : quote[0]].lstrip(" 　")
        )
        if (lead[:1] in {"他", "她"} and lead[:2] not in PRONOUNS[:4]) or (
            opening[:1] in {"他", "她"}
            and opening[1:2] not in {"们", "們", "的", "之"}
            and self.masked[quote[0] - 1 : quote[0]] in {"：", ":"}
            and not self._mentions(sentence[0], quote[0], sentence)  # 怀登…，他告诉我巴尔…：
        ):
            a, b = mentions[-1]
            return self._person(self.text[a:b], a)
        if lead:
            return None
        a, b = mentions[0]
        between = self.masked[b : mentions[1][0]] if len(mentions) > 1 else ""
        if (
            "的" in between
            and len(between) <= 12
            and not re.search(r"[，,。；;：:\ue000]", between)
        ):
            a, b = mentions[1]  # 亨克最好的朋友|凯拉·科夫曼: whose friend, then the friend
        if self._heads_sentence(a, previous):
            return self._person(self.text[a:b], a)
        # or the subject of its last clause (…，教育界正處於風眼，李建文今天卻仍願…受訪。「…」)
        last = self._last_clauses_subject(mentions, previous)
        return None if last is None else self._person(self.text[last[0] : last[1]], last[0])

    def _last_clauses_subject(
        self, mentions: list[tuple[int, int]], sentence: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The last of `mentions` (in `sentence`) where it is the subject of the sentence's last
        clause and no one else is named in that clause: nothing but adverbs or a role before it
        (not 由董事長|…, 是|…提出的, 都出自|…), no body's head or 的 after it (特朗普|政府). The
        sentence ends on that person, who speaks next."""
        if not mentions:
            return None
        a, b = mentions[-1]
        clause = self._clause_start(a, sentence[0])
        lead = self.masked[clause:a].strip(" 　")
        if (
            clause > sentence[0]
            and self.masked[clause - 1] != "、"  # 和李想、|秦力洪等人的合影: one of a list
            and (
                not lead
                or only_adverbs(lead)
                # a role before the name (研究员|…), not one a preposition or 是 brings in
                or (_a_role(lead) and lead[0] not in _PREPOSITIONS and lead[0] not in "由是係被")
            )
            and not self.masked.startswith(ORGANISATION_HEADS, b)
            and self.masked[b : b + 1] not in {"的", "之"}
            and all(m[1] <= clause for m in mentions[:-1])
            and not re.search(r"[，,；;：:]", self.masked[b : sentence[1]])
            and self._heads_sentence(a, (clause, sentence[1]))
        ):
            return a, b
        return None

    def _reported(
        self, speaker: Record, verb_end: int, sent_end: int, inside: list[tuple[int, int]]
    ) -> None:
        """Reported speech: from the verb to `sent_end` (the sentence's end or the next
        attribution's clause) or the next direct quote."""
        content_start = self._past_verb(verb_end, sent_end)
        if (
            self.text[content_start : content_start + 1] in {"说", "說"}
            and self.text[verb_end - 1] not in "说說道"
            and len(dictionary_word_from(self.text, content_start, content_start, sent_end)) == 1
        ):
            # 解释|说他认为…, 警告 说 ，…: 说 after a verb of saying is part of the verb (as 道
            # is), where it stands as a word of its own; 表示|说法不一 opens the words
            content_start = self._past_verb(content_start + 1, sent_end)
        later = [q for q in inside if q[0] >= content_start]
        content_end = min(later[0][0], sent_end) if later else sent_end
        content = self.text[content_start:content_end].rstrip("，,。：:；; ")
        if len(content) >= 4 and not self.masked[content_start:content_end].strip(_MASK + "，。 "):
            content = ""
        said = VERB_RE.search(content)
        if (
            said is not None
            and said.group() not in AS_OFTEN_NOUNS  # 回應說，暫不評論: the refusal is what was said
            and _VERBS_ONLY.fullmatch(content, said.start())
            and (said.start() == 0 or only_adverbs(content[: said.start()], closed=True))
        ):
            content = ""  # 承认，并一再强调“…”: the next verb of saying and its quote, no content
        if len(content) >= 4:
            stop = content_start + len(content)
            speaker.quotes.append(Quote(content, content_start, stop, False))
        elif (
            not later
            and self.text[verb_end:sent_end].strip(" 　") in {"：", ":"}
            and self.text[sent_end : sent_end + 1] in {"", "\n"}
        ):
            self._announced = speaker  # 严某说：and the paragraph ends: the next is theirs

    def _past_verb(self, at: int, sent_end: int) -> int:
        """Where the words after a verb of saying start: past what may follow it
        (`_AFTER_VERB`)."""
        while at < sent_end and self.text[at] in _AFTER_VERB:
            at += 1
        return at

    def _block_after(self, start: int, end: int) -> Record | None:
        """The speaker whose verb and colon ended the paragraph before (严某说：), who then
        says this whole paragraph, set off as a block with no quote marks; None where none
        announced it, or the paragraph opens on a quote of speech (then the quote is theirs as
        any is; a term in quote marks, 「两个维护」有…, opens a block like any word)."""
        speaker, self._announced = self._announced, None
        words = self.text[start:end].strip(" 　")
        if speaker is None or len(words) < 4:
            return None
        at = self.text.index(words, start)
        if self.masked[at] == _MASK:
            return None  # it opens on a quote of speech, which is theirs as any is
        speaker.quotes.append(Quote(words, at, at + len(words), False))
        return speaker

    def _said_before(
        self, speaker: Record, verb_start: int, verb_end: int, sentence: tuple[int, int]
    ) -> None:
        """Reported speech before its attribution, which closes the sentence (中国正播下不信任
        的种子，并将损害自身利益，谢淑丽说。): the clauses before the speaker's own, where no
        quote marks hold them and nothing follows the verb."""
        verb = self.masked[verb_start:verb_end]
        if self.masked[verb_end : verb_end + 1] in {"道", "说", "說"} and verb[-1] not in "道说說":
            verb_end += 1  # 解释|道, 补充|说: any verb of saying marked as one by 道 or 说
        elif verb not in _SAID_AFTER and verb[:2] not in _TELLS:
            return  # (…，某某告诉我。: the cue holds whom they told, then nothing)
        if self.masked[verb_end : sentence[1]].strip("。！!.． 　"):
            return  # the verb's words follow it (handled by _reported), or more of the clause
        if self.masked[verb_start - 1 : verb_start] in "难難要再可诉訴所来來":
            return  # …都很难说, 有更多的话要说, 平常地訴說: a word, and no one says what came before
        clause = self._clause_start(verb_start, sentence[0])
        if (
            clause > sentence[0]
            and self.masked[clause - 1] in "（("
            and re.search("[)）]", self.masked[clause:verb_start])
        ):
            # an aside the speaker's clause holds (基金组织 (以下简称 IMF) 的经济学家某某表示。)
            clause = self._clause_start(clause - 1, sentence[0])
        told_end = self._words_told_end(clause, sentence[0])
        if told_end is None:
            return  # the speaker opens the sentence, or a quote or a colon stands before them
        lead = self.text[sentence[0] : told_end]
        content = lead.strip(" 　")
        start = sentence[0] + len(lead) - len(lead.lstrip(" 　"))
        if (
            len(content) >= 6
            and _MASK not in self.masked[sentence[0] : clause]
            # 12 月 24 日，某某在座谈会上说: a time, no words; 已, 被, 把, 将 mark a clause
            # whose verb jieba may read as a noun (该机构已将产品|归类|为…)
            and (has_predicate(content) or _CLAUSE_MARK.search(content) is not None)
        ):
            speaker.quotes.append(Quote(content, start, start + len(content), False))

    def _beside(self, quote: tuple[int, int], sentence: tuple[int, int]) -> Record | None:
        """A speech quote with no verb, in a sentence whose only person stands in the clause
        right before or after it (记者见到了打电话的孙菊萍，“…”; “…”路阳面露难色); not one the
        quote names by full name, as people seldom call themselves (…巨亏：「王微太厉害…」)."""
        found = self._beside_person(quote, sentence)
        return None if found is not None and self._named_inside(found, quote) else found

    def _named_inside(self, record: Record, quote: tuple[int, int]) -> bool:
        """Whether the quote's own words name `record` in full: then they are of them, not
        theirs (the quote given by no verb of saying; people seldom call themselves by name)."""
        return len(record.name) >= 2 and record.name in self.text[slice(*quote)]

    def _beside_person(self, quote: tuple[int, int], sentence: tuple[int, int]) -> Record | None:
        """`_beside`, before the check on the quote's own words."""
        said_by = self.masked[self._clause_start(quote[0] - 1, sentence[0]) : quote[0]]
        if _LEADING_ADVERBS.sub("", said_by.lstrip(" 　")).startswith(_SOMEONE):
            return None  # …，有人大叫：「…」: someone unnamed, not the one named before
        people = {self.text[a:b]: (a, b) for a, b in self._mentions(*sentence, sentence)}
        if len(people) >= 2 and self.masked[quote[0] - 1 : quote[0]] in {"：", ":", "，", ","}:
            return self._colon_subject(quote[0] - 1, sentence)
        if len(people) != 1 or len(next(iter(people))) < 2:
            return None
        ((a, b),) = people.values()
        if b <= quote[0]:
            near = (
                self._clause_start(quote[0] - 1, sentence[0]) <= a
                or not self.masked[b : quote[0]].strip("，：: ")
                or self._heads_sentence(a, sentence)
                or self._topic_of_the_next_clause(a, b, quote[0], sentence[0])
            )
        else:
            near = not re.search(
                r"[，。；！？]", self.masked[quote[1] : a]
            ) and not self._modifies_a_noun(quote, sentence)
        if not near or self._owns_a_noun(b):
            return None
        opens = self._clause_start(a, sentence[0])  # the clause the name stands in
        if b <= quote[0] and _inside_a_prepositions_object(self.masked[opens:a].lstrip(" 　")):
            return None  # 教育部对北航|陈小武性骚扰事件作出回应，“…”: the ministry's
        if b <= quote[0] and self._after_disposal(a, sentence[0]) and not self._says_at(b):
            return None  # 将|惠益分享的目标设定为「…」: what 将 (把) governs is an object
        if (
            b <= quote[0]
            and a < self._clause_start(quote[0] - 1, sentence[0])
            and self._said_by_someone_unnamed(said_by)
        ):
            return None  # 某某在学校被欺负，老师却说：「…」: the teacher's words, not hers
        if b <= quote[0] and _someone_else_opens(self.masked[b : quote[0]]):
            return None  # 某某…，不少支持者揮手，稱「…」: theirs, a kind of people, not the name's
        if b <= quote[0] and self._in_a_counted_phrase(a, b, sentence):
            return None  # 一位曾做空|瑞幸|的投资人…：「…」: the name says whom, not who speaks
        if b <= quote[0] and _MESSAGE_RECEIVED.search(self.masked, b, quote[0]):
            return None  # 某某收到社区的回电：「…」: the caller's words, not hers
        if b <= quote[0] and _ASKED.search(self.masked, opens, a):
            return None  # 有记者问其董事长某某：「…」: the question is the asker's, not his
        if b <= quote[0] and self._named_by_a_saying(opens, a):
            return None  # 官媒誣指|召集人某某「…」: whom a verb of saying names, not who speaks
        if b <= quote[0] and re.search(r"[.．]\s*$", self.masked[b : quote[0]]):
            return None  # [16] 董某 陈某 . “…” 微信公众平台: a reference list cites a title
        if (
            b <= quote[0]
            and self._clause_start(quote[0] - 1, sentence[0]) <= a
            and self._object_of_a_pronoun(a, b, sentence)
        ):
            return None  # 她开始讲她喜爱的诗人某某，「…」: hers, not the poet's
        return self._person(self.text[a:b], a)

    def _modifies_a_noun(self, quote: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether `quote` stands before 的 with no verb of saying before it in its clause
        (「驱逐满人，光复中华」的|孙中山民族主义运动): it modifies the noun after, and a name
        opening that noun is no speaker (not 高喊「…」的|李某)."""
        clause = self._clause_start(quote[0], sentence[0])
        return (
            self.masked[quote[1] : quote[1] + 1] == "的"
            and VERB_RE.search(self.masked, clause, quote[0]) is None
        )

    def _heads_before(self, quote: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether the one person the quote's sentence names before it is its subject (heads
        it, with no 的 after the name making it a modifier: 特朗普最坚定的支持者「…」)."""
        mentions = {
            self.text[a:b]: (a, b) for a, b in self._mentions(*sentence, sentence) if b <= quote[0]
        }
        if len(mentions) != 1:
            return False
        ((a, b),) = mentions.values()
        clause_end = self.masked.find("，", b, quote[0])
        head = self.masked[b : quote[0] if clause_end < 0 else clause_end]
        return self._heads_sentence(a, sentence) and "的" not in head[:6]

    def _named_by_a_saying(self, clause: int, a: int) -> bool:
        """Whether a verb of saying in the clause from `clause` governs the name at `a`: it
        stands right before the name or before a role of theirs (官媒誣指|港語學召集人|某某,
        批評|某某), so the name is what is spoken of. Not 說著 ("while talking"), and not a
        verb a passive's 被 precedes (被|某某|称为: the agent says it)."""
        said = max(VERB_RE.finditer(self.masked, clause, a), key=lambda m: m.start(), default=None)
        if said is None or not self._saying_in_span(said.start(), said.end()):
            return False
        between = self.masked[said.end() : a]
        if between[:1] in {"着", "著", "了", "过", "過"} or "被" in self.masked[clause:a]:
            return False
        if _SO_TO_SAY.search(self.masked, clause, said.end()):
            return False  # 如果說|龔某「…」的說法: "if, as one says", no verb that names
        return not between or (_a_role_in_it(between) and " " not in between)

    def _rather_than(self, verb_start: int, floor: int) -> bool:
        """Whether 與其 opens the clause of the verb at `verb_start`; its clause is looked for
        only where the sentence holds one (this runs on every verb of saying)."""
        return _RATHER_THAN.search(self.masked, floor, verb_start) is not None and (
            _RATHER_THAN.search(self.masked, self._clause_start(verb_start, floor), verb_start)
            is not None
        )

    def _a_fact_shows(self, verb: str, verb_start: int, floor: int) -> bool:
        """Whether 说明/表明 opens its clause right after a comma, so what the clause before
        says is its subject (…没有发现流行病学联系，说明…, 他收购了 Oculus，表明…): a fact shows
        it. Not where the clause before gives an example (以这个故事为例，说明…: someone
        illustrates) or is one of time (她被問到…時，表明…: she states it)."""
        if verb not in _SHOWS or self.masked[verb_start - 1 : verb_start] not in ("，", ","):
            return False
        before = self.masked[self._clause_start(verb_start - 1, floor) : verb_start - 1]
        return _EXAMPLE.search(before) is None and not before.rstrip(" 　").endswith(_WHEN)

    def _saying_in_span(self, start: int, end: int) -> bool:
        """Whether a verb of saying stands in [start, end), as a word of its own (not the 道
        of 道歉, nor a character that ends another word: 据说, 小说)."""
        for said in VERB_RE.finditer(self.masked, start, end):
            at = said.start()
            if said.group() == "道" and word_with_dao(self.masked, at):
                continue
            if said.group() in AS_OFTEN_NOUNS:
                continue  # 给予高度评价：「…」: the noun as often; cued by _cues alone
            if _inside_a_longer_word(self.masked, at, said.end()):
                continue  # 認同此說|法：「…」: a noun that opens with a verb of saying
            before = self.masked[at - 1 : at]
            if len(said.group()) == 1 and before in COMPOUND_BEFORE and before != "所":
                continue  # 据说, 小说; but 所说 is what someone said
            return True
        return False

    def _named_in(self, record: Record, start: int, end: int) -> bool:
        """Whether [start, end) names `record` by its name, a short form of it, its surname
        alone (董还逗过她, 張當時對王謂) or a pronoun (更让她感到焦虑)."""
        part = self.masked[start:end]
        size = surname_length(record.name)
        return (
            record.name in part
            or any(f in part for f in short_forms(record.name))
            or (size > 0 and record.name[:size] in part)
            or _PRONOUN.search(part) is not None
        )

    def _colon_subject(self, colon: int, sentence: tuple[int, int]) -> Record | None:
        """Who says the quote a colon or a comma opens, in a sentence naming several people: the
        subject of the clause before it (然而，张鹏并未停止责骂：“…”; 同学李建国当时和他开玩笑，
        「…」), or where it has none, the subject its topic chain carries (张鹏看到小柯发信息的
        动作，立刻火了：“…”)."""
        clause = self._clause_start(colon, sentence[0])
        if self._saying_in_span(sentence[0], colon):
            # 但盧說：, 记者问他：: a verb of saying whose subject was not found; 某某告诉记者，
            # …：「…」: inside what an earlier verb reports
            return None
        if re.match(r"\s*(?:我|咱)", self.masked[clause:colon]):
            return None  # 我们曾经…进行过调查：「…」: the writer
        mentions = [(a, b) for a, b in self._mentions(clause, colon, sentence) if b <= colon]
        if not mentions:
            # no one named: the chain's subject where the clause has none of its own (立刻火了：);
            # a noun before its verb is its own subject (协议书显示：, 激进学生挂出了标语：)
            opening = _LEADING_ADVERBS.sub("", self.masked[clause:colon].lstrip(" 　"))
            if (
                _own_subject(opening)
                or opening.startswith(_SOMEONE)  # 有人大叫：
                or _MASK in self.masked[sentence[0] : clause]  # not back past another quote
            ):
                return None
            return self._topic(clause, sentence)
        if not _heads_its_clause(self.masked[clause : mentions[0][0]]):
            return None  # 在…微博上，留下…: a place's or a verb's, not who speaks
        # the subject runs to the clause's first predicate word; its last name is its head
        # (泰森食品 (Tyson Foods) 董事长|约翰 在…惊呼), unless a 的 makes it a modifier
        # (工友拿着|姜小鹏|的身份证, 伊利和圣牧|的收购谈判)
        predicate, at = colon, mentions[0][1]
        for word in dictionary_words(self.masked[at:colon]):
            if is_predicate(word) and not any(x <= at < y for x, y in mentions):
                predicate = at
                break
            at += len(word)
        if predicate == colon:
            return None  # no verb the dictionary knows (王攀评价陶崇园：): whose is unclear
        a, b = [m for m in mentions if m[1] <= predicate][-1]
        if "的" in self.masked[b:predicate] or "之" in self.masked[b : b + 1]:
            return None
        return self._person(self.text[a:b], a)

    def _others_of_no_persons_kind(self, b: int, end: int) -> bool:
        """Whether the name ending at `b` closes a list with 等 and a noun that is no
        person's (中信建投、富瑞|等投行券商): the list names that kind of thing, firms here,
        whatever the model reads in its last item."""
        more = _OTHERS_OF_A_KIND.match(self.masked, b, end)
        if (
            more is None
            or not self.masked[b - 1 : b].strip()
            or "、" not in self.masked[b - 12 : b]
        ):
            return False
        head = re.split("[均都也皆亦則则纷紛的，,。；;：:]", more[1], maxsplit=1)[0]  # 券商|均看好
        words = dictionary_words(head)
        return (
            len(head) >= 2
            and not _and_others("等" + head)  # 等人, 等多位学者
            and not _a_persons_noun(words[-1])
            and not any(head.endswith(group) for group in GROUPS)
        )

    def _topic_of_the_next_clause(self, a: int, b: int, quote: int, floor: int) -> bool:
        """Whether the name [a, b) ends its clause as a subject set off by a comma, and the one
        clause after it, up to the quote, is its predicate (…的|李乐，不知道怎么面对，“…”):
        before the name nothing but adverbs or a relative clause (从没遇到过这种事的), after it a
        verb opening the next clause."""
        if self.masked[b : b + 1] not in {"，", ","}:
            return False
        lead = self.masked[self._clause_start(a, floor) : a].strip(" 　")
        if lead.endswith("的"):
            if not _opens_on_a_verb(lead[:-1]):
                return False  # 公安局突然找到了实验室里的|孙维: a verb's object, not a subject
        elif not _heads_its_clause(lead):
            return False  # 辅导员并不相信|张震林, 超过|李佳琦: the verb's object
        between = self.masked[b + 1 : quote].rstrip("，,：: ")
        if not between or re.search(r"[，,。；;]", between):
            return False
        words = [w for w in dictionary_words(between) if w.strip(" 　")]
        return bool(words) and is_predicate(words[0])

    def _says_at(self, at: int) -> bool:
        """Whether a verb of saying starts at `at` (将马云|说过的一句话: his words still)."""
        return VERB_RE.match(self.masked, at) is not None

    def _after_disposal(self, a: int, floor: int) -> bool:
        """Whether the mention at `a` stands right after 将 or 把 as a word of its own, the
        marker of what a verb disposes of (将|某某列为…): an object, not the clause's subject;
        not after a rank that ends in 将 (少将|某某)."""
        if self.masked[a - 1 : a] not in {"将", "將", "把"} or a - 1 < floor:
            return False
        words = dictionary_words(self.masked[max(floor, a - 4) : a])
        return bool(words) and len(words[-1]) == 1

    def _in_a_counted_phrase(self, a: int, b: int, sentence: tuple[int, int]) -> bool:
        """Whether the mention [a, b) is a verb's object inside a counted noun phrase, after
        its count and before its 的 (一位曾经做空|瑞幸|但最终放弃的投资人): the phrase's head,
        a noun after the 的, is who the clause is about; the name only modifies it. After a
        count and a role (一位色情片演员|某某) the name is that person's."""
        lead = self.masked[self._clause_start(a, sentence[0]) : a].lstrip(" 　")
        words = dictionary_words(lead)
        return (
            bool(re.match(_COUNT + ".", lead))
            and bool(words)
            and is_predicate(words[-1])
            and bool(re.match(r"[^，,。；;：:\ue000]*?的", self.masked[b : sentence[1]]))
        )

    def _object_of_a_pronoun(
        self, a: int, b: int, sentence: tuple[int, int], pronouns: str = "他她"
    ) -> bool:
        """Whether the mention [a, b) stands in a clause one of `pronouns` opens (她开始讲她喜爱
        的诗人|某某): that person is its subject, and the name only what they speak of."""
        opens = self.masked[self._clause_start(a, sentence[0]) : a].lstrip(" 　")
        if re.search(r"(?:名叫|叫做|叫|名為|名为|是|就是)$", opens) or VERB_RE.match(
            self.masked, b
        ):
            return False  # 他名叫|郑文杰: who he is; 他将马云|说过的一句话: who said it
        return re.match(rf"(?:{_ADVERB_RUN})?[{pronouns}](?![们們])", opens) is not None

    def _says_first(self, mention: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether the sentence opens on this person and a verb of saying right after the
        name (毛孟靜表示，…), adverbs between or not."""
        a, b = mention
        if not self._heads_sentence(a, sentence):
            return False
        for gap in range(4):  # 某某|亦|表示
            if gap and not ADVERBS.fullmatch(self.masked[b : b + gap]):
                continue
            said = VERB_RE.match(self.masked, b + gap)
            if said is not None:
                return self.masked[said.end() : said.end() + 1] in {"，", ",", "：", ":"} or (
                    # 孙夕庆承认|姜辉昌和李磊…出了…，但他强调: a clause its object, whoever it names
                    said.group() in _CLAUSE_TAKING and _a_clause_object(self.masked[said.end() :])
                )
        return False

    def _heads_sentence(self, a: int, sentence: tuple[int, int]) -> bool:
        """The mention at `a` is the subject of its sentence: in its first clause, or the
        second after a time or place (一场雪后，巡查员徐广瑞来到…), with at most a title or
        role before it in its clause and no verb."""
        clause = self._clause_start(a, sentence[0])
        lead = self.masked[clause:a]
        if (
            (len(lead) > 8 and not (len(lead) <= 40 and _a_role(lead.rstrip(" 　"))))
            or _object_lead(lead)
            or self._caused(lead, a)
            or self._about(lead, a)
            or lead.strip(" 　") in _COMPARED_WITH
            or VERB_RE.search(lead)
        ):
            # a long lead is the person's title; after a preposition (对|某某) or a verb, and
            # at the head of a likeness (与|某某类似, 跟|某某…不同), the person is no subject
            return False
        earlier = self.masked[sentence[0] : clause].replace(_MASK, "")  # quotes before: not words
        short = len(re.findall(r"[，,]", earlier)) <= 1 and len(earlier) <= 12
        return short or _frames_only(earlier)

    def _nearest(
        self, quote: tuple[int, int], cues: list[tuple[int, int, Record]]
    ) -> Record | None:
        if not cues:
            return None
        opening = self._opening_cue(quote, cues)
        if opening is not None:
            return opening  # 川普曾說，「…」: the verb that opens the quote
        before = [c for c in cues if c[1] <= quote[0]]
        after = [c for c in cues if c[0] >= quote[1]]
        if after and (not before or after[0][0] - quote[1] <= 30):
            return after[0][2]
        if not before:
            return None
        closed = self._after_a_closed_quote(before[-1][1], quote[0])
        if closed > before[-1][1] and self.masked[closed : quote[0]].strip(" 　，,：:"):
            # 孔戴所说：「…。」|武西奇更为直率：「…」: words after a quote its own full stop
            # closed open a sentence of their own, which the verb before does not reach
            return None
        return before[-1][2]

    def _opening_cue(
        self, quote: tuple[int, int], cues: list[tuple[int, int, Record]]
    ) -> Record | None:
        """The speaker of the last cue before `quote` where only a pause stands between its
        verb and the quote (川普曾說，「…」): the verb that opens it."""
        before = [c for c in cues if c[1] <= quote[0]]
        if before and not self.masked[before[-1][1] : quote[0]].strip("，,：: 　"):
            return before[-1][2]
        return None

    def _unnamed_after(self, quote: tuple[int, int], cues: list[tuple[int, int, Record]]) -> bool:
        """Whether the clause right after `quote`, no verb opening it, is an attribution whose
        subject is someone unnamed (「…」马永茂的律师称，马永茂…认为: the lawyer's words, not
        those of 马永茂, whom the lawyer's own words name): the quote is theirs. Not one that
        brings someone in (「…」有股東表示, 據該中心介紹), one a verb opens (惹來官媒批評) nor
        one whose verb opens the next quote (…領導人回應：「…」)."""
        if self._opening_cue(quote, cues) is not None:
            return False
        verb = next((v for v in range(quote[1], quote[1] + 31) if v in self._unnamed_verbs), None)
        if verb is None or any(quote[1] <= a < verb for a, _, _ in cues):
            return False
        clause = self._clause_start(verb, quote[1])
        subject = self.masked[clause:verb].strip(" 　")
        words = dictionary_words(subject)
        said = VERB_RE.match(self.masked, verb)
        return (
            said is not None
            and not self.masked[quote[1] : clause].strip("，, 　")
            and bool(words)
            and _INTRODUCING.match(subject) is None
            and not acts_first(words[0])
            and _THEN_A_QUOTE.match(self.masked, said.end()) is None
        )

    def _said_of(self, quote: tuple[int, int], sentence: tuple[int, int]) -> Record | None:
        """The person a relative clause of saying right before `quote` names (盧文端所指的「…」,
        蔡英文所說的「…」, 魏源提出的「…」): the quote heads a noun phrase and is their words,
        not the words of a verb after it (「…」，李某指) nor of the paragraph's speaker."""
        low = max(sentence[0], quote[0] - 16)
        said = _SAID_OF.search(self.masked, low, quote[0])
        if said is None:
            return None
        for a, b in reversed(self._mentions(sentence[0], said.start(), sentence)):
            between = self.masked[b : said.start()]
            if not between or ADVERBS.fullmatch(between):
                return self._person(self.text[a:b], a)
        return None

    def _opened_by_no_one(
        self, quote: tuple[int, int], cues: list[tuple[int, int, Record]], floor: int
    ) -> bool:
        """Whether `quote` follows a verb of saying and a pause (有人说：, 一名工人路过，淡淡地说了
        句：), or a question's verb, whom it was put to and a colon (记者问王某：), in a sentence
        that names no one before it: the quote is that verb's, so no later verb and no speaker
        of the paragraph takes it. A sentence with a name or 他/她 the rules could not resolve
        is left to the fallbacks (默克尔微笑着说，「…」)."""
        clause = self._clause_start(max(floor, quote[0] - 1), floor)
        lead = self.masked[clause : quote[0]]
        if not lead.rstrip(" 　").endswith(("：", ":", "，", ",")) or _MASK in lead:
            return False
        said = next(reversed(list(VERB_RE.finditer(self.masked, clause, quote[0]))), None)
        if said is None:
            return False
        # or a question and whom it was put to (记者问王某：「…」: the asker's, not 王某's)
        asked = _ASKED.fullmatch(said.group()) and _ASKED_WHOM.fullmatch(
            self.masked, said.end(), quote[0]
        )
        # or a telling and the one told (有警察告诉他，「…」)
        told = said.group() in _TELLS and _TO_WHOM.fullmatch(self.masked, said.end(), quote[0])
        if not (asked or told) and not _OPENS_A_QUOTE.fullmatch(self.masked, said.end(), quote[0]):
            return False
        if any(verb_start <= said.start() < verb_end for verb_start, verb_end, _ in cues):
            return False
        sentence = self._sentence_around(clause)
        if self._someone_unnamed_says(said.start(), sentence):
            return True
        opens = self._after_a_closed_quote(sentence[0], said.start())
        before = self.masked[opens : said.start()]
        return not (
            "他" in before or "她" in before or self._mentions(opens, said.start(), sentence)
        )

    def _someone_unnamed_says(self, verb: int, sentence: tuple[int, int]) -> bool:
        """Whether the clause of the verb at `verb` brings in someone unnamed as its subject
        (李某在奔波过程中，|有警察告诉他，「…」): the words are theirs, whoever the sentence
        named before, as long as the clause names no one itself."""
        clause = self._clause_start(verb, sentence[0])
        lead = self.masked[clause:verb]
        return (
            _SOMEONE_THERE.match(lead) is not None
            and not any(c in lead for c in "他她我你")
            and not self._mentions(clause, verb, sentence)
        )

    def _after_a_closed_quote(self, start: int, end: int) -> int:
        """Where the words before `end` begin: after the last quote in [start, end) that ends
        on a full stop of its own (某某说：「…走吧。」|女检查员回应：), which closed the sentence
        the name before it stood in, or `start` where there is none."""
        last = self.masked.rfind(_MASK, start, end)
        if last < 0 or self.text[last - 1 : last] not in {"。", "！", "？", "!", "?"}:
            return start
        return last + 1

    def _in_a_place(self, lead: str, end: int) -> bool:
        """Whether a mention ending at `end` after `lead` is where something happens, the
        object of 在/于/从 standing as a word (曾在|道尔顿上学, 在|福田康夫执政期间), not the
        frame of a view (在|王毅看来, which `_IN_VIEW` reads) nor 由于 (because)."""
        words = dictionary_words(lead.rstrip(" 　")) if lead else []
        return bool(words) and words[-1] in _LOCATIVES and self.masked[end : end + 2] not in _VIEWS

    def _only_quotes(self, start: int, end: int) -> bool:
        rest = self.masked[start:end].replace(_MASK, "")
        return len(rest.strip(" 　。，")) <= 2


# the last character of a body's or a region's name, which jieba tags as it tags places
_A_BODYS_END: Final = frozenset("署院部会會局处處司所厅廳委办辦组組团團区區盟")


def _after_a_joined_other(title: str) -> str:
    """The title after 和/及/與 where the words after it are a listed title alone, a place's
    name before it or not, and the words before it end on no role (中央和|特首, 中共政府及|香港
    特首, 時任…董事長的王某和|董秘): who or what stands before the joiner is named beside this
    person, not part of their title. Two roles (主席和|行政總裁) and a body's name that the
    joiner runs through (工业和信息化部部长, 气候和能源顾问) stay whole."""
    joiner = _BEFORE_A_TITLE.search(title)
    if joiner is None:
        return title
    before, after = title[: joiner.start()], joiner.group(1)
    other = named_in(before) if before else None
    if (
        other
        and before.endswith(other)
        and len(before) > len(other)
        and (plausible_name(other) or spelt_name(other) == other)  # (not 代表|機管局: a body)
        and heads_a_person(after)
    ):
        return after  # 欧洲理事会主席科斯塔和|欧盟委员会主席: another person, titled, before it
    words = dictionary_words(after)
    alone = (
        after in _TITLE_SET
        or (
            len(words) >= 2
            and is_place(words[0])
            and words[0][-1] not in _A_BODYS_END  # 卫生署|负责人: the body's own name, joined
            and "".join(words[1:]) in _TITLE_SET
        )
    )
    if (
        not alone
        or not before
        or before.endswith(TITLES)
        or not _a_word_at(title, joiner.start())  # (阿尔|及|利亚: 阿尔及利亚 is one)
    ):
        return title
    return after


def _title_word_after(after: str, title: str) -> str | None:
    """The title a listed `title` opens right after a name, read as the dictionary's word
    there: the longer role it is the start of (赵乐际|委员长, not 委员), or none where it is a
    verb whose object is a body or a place (李希|代表|党中央|致词 "on behalf of")."""
    words = dictionary_words(after)
    if not words:
        return title
    if len(words[0]) > len(title) and words[0].startswith(title) and words[0][-1] in ROLE_ENDS:
        return words[0]  # 委员长 "chairman", a word no list holds
    if (
        words[0] == title
        and may_act(to_simplified(title))
        and len(words) > 1
        and (is_place(words[1]) or names_an_institution(words[1]))
    ):
        return None  # 代表|党中央: the verb, and the body they act for (not 教授|感觉…)
    return title


# a country's first character and its side, army or press (乌|军方, 阿|方, 伊|媒)
_A_SIDE: Final = lazy_compile(r"([\u4e00-\u9fff])(?:军方|軍方|方|军|軍|媒)")


# verbs of saying that are no noun (建议, 批评 are "proposal", "criticism" too)
_ONLY_SAYING: Final = lazy_compile(r"(?:表示|指出|强调|強調|称|稱|说|說)")


def _one_act_then_saying(name: str, between: str, after: str) -> bool:
    """Whether `between` is one word whose first sense is a verb's, between a name CC-CEDICT
    gives only as a person's and a verb of saying that is no noun (普京|致辞|表示): what the
    person did as they spoke. `opens_predicate` takes only common words after a name of two,
    as the model may cut one short; a name the dictionary knows whole is not cut. A verb
    that is a noun too makes a noun phrase of the two (林鄭|改組建議 "restructuring
    proposal")."""
    return (
        len(between) >= 2
        and dictionary_words(between) == [between]
        and acts_first(between)
        and _ONLY_SAYING.match(after) is not None
        and only_a_persons_name(name)
    )


def _a_word_at(text: str, position: int) -> bool:
    """Whether the character at `position` stands as a word of its own in `text`."""
    at = 0
    for word in dictionary_words(text):
        if at == position:
            return len(word) == 1
        at += len(word)
        if at > position:
            return False
    return False


def _titled_conjunct(before: str) -> re.Match[str] | None:
    """The joining word before a listed title or a person's noun that ends `before` (王明和|
    董事长, 工程师赵建和|同事), where the second person of two has a title of their own."""
    found = _BEFORE_A_TITLE.search(before)
    if (
        found is None
        or not (found.group(1).endswith(TITLES) or heads_a_person(found.group(1)))
        or "的" in found.group(1)
    ):
        return None  # 和某某同部门的|主管: a relative clause, no second person
    lead = before[max(0, found.start() - 4) : found.end()]
    if dictionary_words(lead)[-1:] != [found.group(0)]:
        return None  # 武汉协和|医院, 苗木与花卉…协会主席: 和 inside a word, or joining things
    return found


_BEFORE_A_TITLE: Final = lazy_compile(r"(?:和|與|与|及)(?=([^和與与及、跟，,]{2,12})$)")


def _titled_name(name: str, size: int) -> bool:
    """Whether `name`, right after a listed title, is a person's: one the dictionaries know
    (two characters: 普京), or a surname and a given name jieba counts rarely (于淼, 马国强;
    not 专家|顧問, 1,697)."""
    return (size == 2 and known_name(name)) or bool(
        surname_length(name) and plausible_name(name) and frequency(name) < 500
    )


def _join(record: Record, other: Record) -> None:
    """Fold `record` into `other`, the same person under the name kept: its quotes, its first
    mention, its title where `other` has none."""
    other.quotes += record.quotes
    other.first = min(other.first, record.first)
    other.title = other.title or record.title


# 说过：…, 指出了，…, 说了一句话：…, 讲了这番话：…: said once, and what
_ASPECT_PAUSE: Final = lazy_compile(r"[过過了][，,：:]|" + SAID_ONCE)
_AFTER_VERB: Final = "，,：: 　道"
"""What may stand between a verb of saying and the words it reports: a colon, a comma,
spaces, or 道 closing the verb (补充道)."""
_LE_PAUSE: Final = frozenset({"了，", "了,"})
"""了 and a comma after a verb: what was said opens (指出了，…), or a condition ends (说了，)."""
_INTRODUCED_TO: Final = frozenset("进進给給到入")
_ROADS: Final = frozenset("道路街")
# an officer's number right before the name, after a Han role (警員25711|羅偉文)
_BADGE: Final = lazy_compile(r"(?<=[\u4e00-\u9fff])\d{3,6} ?$")
_AFTER_SAID: Final = frozenset("：:，,。「“『 \u3000" + MASK)
_ASKS: Final = frozenset("问 問 追问 追問 反问 反問 质问 質問".split())
_PAUSE_MARKS: Final = frozenset("，,、。；;")
# someone's words as a noun, at a subject's end (李某的公开评论|称, 某某的讲话|指出): theirs
_WORDS_OF: Final = lazy_compile(
    r"的(?:公开|公開|最新|一篇|一份|一封)?(?:讲话|講話|谈话|談話|演讲|演講|发言|發言|评论|評論"
    r"|文章|声明|聲明|推文|贴文|貼文|来信|來信|投稿|回应|回應|答复|答覆)$"
)
# what opens an attribution that brings someone in, rather than naming whose the words
# before were: 有 ("there is", 但也有股東表示) or 據 ("according to", 據該中心介紹)
# "there is" opening a clause (有警察告诉他): someone unnamed as its subject (not 有关, 有时)
_SOMEONE_THERE: Final = lazy_compile(r"[但也還还却卻而]{0,3}有(?![关關时時些])")
_INTRODUCING: Final = lazy_compile(r"[但也還还却卻而]{0,3}有|[据據]")
# a verb's pause opening a quote right after it (回應：「…」)
_THEN_A_QUOTE: Final = lazy_compile(rf"[道了]?[：:，,]?[ 　]*{_MASK}")
# what stands between a verb of saying and the quote it opens (说了句：, 道：, 说，)
# (回应是：, the answer as a noun: 女检查员的回答是：「…」)
_OPENS_A_QUOTE: Final = lazy_compile(
    r"(?:(?:了一?句|了|道|着|著)?[ 　]*[：:，,]|(?:是|為|为)[ 　]*[：:])[ 　]*"
)
# or between a question's verb and the quote: whom it was put to, and a colon (问王某：)
_ASKED_WHOM: Final = lazy_compile(r"[^，,。：:；;「」“”\n]{1,12}(?:道)?[：:][ 　]*")
_TELLS: Final = frozenset(("告诉", "告訴"))
# predicted, held: verbs as often nouns (做出预测, 此主张) whose object may be a clause with no
# comma before it, what was said (某某预测|澳门将成为…)
_PROPOSITION_VERBS: Final = frozenset(("预测", "預測", "主张", "主張"))
# verbs of saying that take a clause (承认|他们出了钱), not a noun phrase (批评|政府, 告诉|记者):
# who the clause names are what was said
_CLAUSE_TAKING: Final = frozenset(
    "承认 承認 认为 認為 表示 强调 強調 指出 透露 坦言 坦承 相信 觉得 覺得 估计 估計 预计 預計 "
    "声称 聲稱 宣称 宣稱 证实 證實 否认 否認 说 說 称 稱".split()
)


def _a_clause_object(after: str) -> bool:
    """Whether `after`, what follows a verb, opens on a clause of six characters or more with
    a predicate of its own (预测|澳门将成为远东的赌城), not a noun phrase (预测|结果) nor a
    name given (主张|为…)."""
    clause = re.match(r"[^，,。；;：:！？!?\n()（）\ue000]*", after)
    words = clause.group() if clause else ""
    return len(words) >= 6 and not re.match(r"[为為作]", words) and has_predicate(words)


# a note in brackets right before the verb (看着李小红|（执笔人）|说)
_ASIDE_BEFORE: Final = lazy_compile(r"[（(][^（()）]{1,20}[）)][ 　]*$")
# a bare verb of saying that 跟 + whom goes before ("said to": 父母跟伊婷说)
_TOLD_BARE: Final = frozenset("说說讲講")
_TO_WHOM: Final = lazy_compile(r"(?:我们|我們|你们|你們|他们|他們|我|你|他|她|记者|記者)[，,：:]")


# whether: a clause asking if something was said says nothing (再問某某，有否跟…某某|提及…);
# nor one that supposes it (如果某某認為…: if they think so, they have not said it)
_ASKED_WHETHER: Final = lazy_compile(
    "有否|是否|有沒有|有没有|會否|会否|可否|能否|如果|假如|假若|倘若|要是"
)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """A speaker's quotes less any reported one inside another of theirs (佩洛西批评称，…，表明
    |特朗普「缺乏…」应对伊朗威胁|: a verb inside what they said, read as their saying again):
    the panel shows the passage once, whole."""
    return [
        q
        for q in quotes
        if q.direct
        or not any(
            o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
            for o in quotes
        )
    ]


_RATHER_THAN: Final = lazy_compile("与其|與其")
_SHOWS: Final = frozenset("说明 說明 表明".split())
_EXAMPLE: Final = lazy_compile("为例|為例|举例|舉例|例子")
_WHEN: Final = ("时", "時", "时候", "時候", "之际", "之際")  # a clause of time's last word


# a day's time word after a clause's subject (辯方|昨|為…): not 上午/下午, which also open
# the time of a message received (阿扎尔在…上午接到了甲、乙的电话，说: the callers speak)
_WHEN_WORD: Final = lazy_compile(
    r"[昨今前][日天早晚晨]?|[上下本这這]?[周週][一二三四五六日]|星期[一二三四五六日天]|日前|早前"
    r"|近日|近期|稍早|當天|当天|當日|当日"
)


def _subject_then_time(lead: str) -> bool:
    """Whether the words before a name open on a noun and then a time, with a verb or a
    preposition after the time (辯方|昨|為|前常委某某, 律師|昨日|代表|某某): the noun is the
    clause's subject, as a time stands after the subject, and the name is an object."""
    words = dictionary_words(lead.strip(" 　"))
    for k in range(1, len(words) - 1):
        if _WHEN_WORD.fullmatch(words[k]) is None:
            continue
        head, rest = "".join(words[:k]), words[k + 1 :]
        return (
            len(head) >= 2
            and not has_predicate(head)
            and "的" not in "".join(rest)
            and (is_predicate(rest[0]) or is_closed_word(rest[0]) or may_act(rest[0]))
        )
    return False


def _negated_lead(lead: str) -> bool:
    """Whether the words before a name open on a negator (不|點名|某某, 沒有|邀請|某某): a
    denied verb's clause, whose object the name is; its subject stands earlier."""
    words = dictionary_words(lead.lstrip(" 　"))
    return bool(words) and words[0] in _NEGATORS and len(words) > 1


def _object_lead(lead: str) -> bool:
    """Whether the words before a name make it a preposition's object (对|某某, 对这个|某某,
    对|北航|某某性骚扰事件)."""
    bare = _DETERMINER_END.sub("", lead)
    return (
        (bool(bare) and bare[-1] in _OBJECT_BEFORE)
        # 受|某某蒙骗: the agent of a passive (not 接受|某某說, whose 受 ends another word)
        or any(word in _PASSIVES for word in dictionary_words(bare[-4:])[-1:])
        or _inside_a_prepositions_object(lead)
    )


# verbs that make the person after them do something (要求|某某解释, 让|他补充, 希望|某某指出):
# what that person is asked to say, they have not said
_CAUSATIVES: Final = frozenset(
    "让 讓 叫 令 请 請 逼 要求 希望 请求 請求 敦促 促请 促請 邀请 邀請 命令 吩咐 允许 允許".split()
)


def _causative_end(lead: str) -> bool:
    """Whether `lead` ends on a causative verb as a word of its own (要求|, 让|; not 申请|,
    名叫|): the name after it is that verb's object."""
    return lead[-1:] in _CAUSATIVE_LAST and dictionary_words(lead[-4:])[-1:][0] in _CAUSATIVES


_CAUSATIVE_LAST: Final = frozenset(word[-1] for word in _CAUSATIVES)


_LOCATIVES: Final = frozenset("在於于从從自")
# the kind of thing a proper name ends on (山鹰社, 红点奖, 黄山村): a body, a prize, a place
_KIND_ENDS: Final = frozenset(
    "會会委署院局處处部黨党報报社廳厅辦办奖獎赛賽节節展馆館店厂廠站台网網团團队隊校园園村镇鎮区區县縣省市"
)
# three Han characters opening a sentence or a paragraph (`_head_names`)
_SENTENCE_HEAD: Final = lazy_compile(r"(?:^|(?<=[。！？!?]))[ 　]*([\u4e00-\u9fff]{3})", re.M)
# verbs of holding a view, not of saying: reported inside someone's words, still theirs
_VIEWS_HELD: Final = frozenset("觉得 覺得 认为 認為 相信 坚信 堅信 以为 以為".split())
_VIEWS: Final = frozenset("看来 看來 眼中 眼里 眼裡 心中 心目".split())
_DETERMINER_END: Final = lazy_compile(r"(?:这|這|那|该|該|此)(?:个|個|位|家|名)?$")


def _existential(text: str) -> int:
    """How long the existential 有 opening `text` is (也有|, 另有|, 有|), as a word of its own
    (not 有限公司, 有关部门); 0 for none."""
    found = _EXISTENTIAL.match(text)
    if found is None or dictionary_words(text[found.end() - 1 : found.end() + 3])[:1] != ["有"]:
        return 0
    return found.end()


def _acts_on(lead: str) -> bool:
    """Whether a word of `lead` is a preposition that takes an object (向, 对) or a verb and
    nothing else: what `lead` stands before is its object, not a subject."""
    return any(
        w in _OBJECT_BEFORE or is_verb_only(to_simplified(w)) for w in dictionary_words(lead)
    )


def _latin_at(text: str, at: int) -> bool:
    """Whether a Latin letter (A-Z, a-z) stands at `at` in `text` (none before its start)."""
    return 0 <= at < len(text) and text[at] in _ASCII_LETTERS


def _capital_word_before(text: str, at: int) -> int:
    """Where a capitalised Latin word ([A-Z][a-z]+) starts that ends one space before `at`,
    or -1."""
    k = at - 1  # the space
    if k < 1 or text[k] != " ":
        return -1
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return k - 1 if 0 < k < at - 1 and "A" <= text[k - 1] <= "Z" else -1


def _capital_word_after(text: str, end: int) -> int:
    """Where a capitalised Latin word ([A-Z][a-z]+) ends that starts one space after `end`,
    or -1."""
    if text[end : end + 1] != " " or not "A" <= text[end + 1 : end + 2] <= "Z":
        return -1
    k = end + 2
    while k < len(text) and "a" <= text[k] <= "z":
        k += 1
    return k if k > end + 2 else -1


def _leftmost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of `spans` sorted by start, those that do not overlap the one taken before them: what
    `re.finditer` finds, leftmost first."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _apart(starts: list[int], size: int) -> list[int]:
    """Of the sorted `starts` of a key `size` long, those `re.finditer` and `str.count` find."""
    return [at for at, _ in _leftmost((at, at + size) for at in starts)]


def _spaced_after_latin(text: str, kept: list[int]) -> list[int]:
    """`kept` (offsets of the characters the model reads) with a space (-1) put back between
    a chief officer's title (CEO, CFO, CTO) and the Han character after it, which the
    speakers' squeezed text took out: the model reads 苹果CEO|库克 and CFO|武卫 as names only
    with the space (CEO 库克). Only there: after a Latin name (So Lam表示) or another acronym
    (CNN 主播Erin Burnett) the space moved the model's edges or hid the name."""
    out: list[int] = []
    word = ""  # the Latin letters right before
    for i in kept:
        char = text[i]
        if word in CHIEF_OFFICERS and "\u4e00" <= char <= "\u9fff":
            out.append(-1)
        out.append(i)
        word = word + char if char.isascii() and char.isalpha() else ""
    return out


_QUOTE_EDGE: Final = 8  # characters of a quote the model reads at each end


def _quote_ends(masked: str, kept: list[int]) -> list[int]:
    """`kept` without the middle of each long speech quote: only its first and last
    `_QUOTE_EDGE` characters. No name inside a quote is taken, and the model reads three
    characters either side, so the labels outside are the same; the middles were a tenth
    of what the model read in a megabyte of distinct news."""
    out: list[int] = []
    run: list[int] = []  # the masked characters since the last unmasked one
    for i in [*kept, -1]:
        if i >= 0 and masked[i] == _MASK:
            run.append(i)
            continue
        if len(run) > 3 * _QUOTE_EDGE:
            run = run[:_QUOTE_EDGE] + run[-_QUOTE_EDGE:]
        out += run
        run = []
        if i >= 0:
            out.append(i)
    return out


def _a_common_verb(name: str) -> bool:
    """Whether `name`, two characters, is a common word CC-CEDICT gives a verb's sense (周旋
    "to deal with", 398 in jieba's counts): a surname's character opening a verb, no name.
    Rarer such words are names as often (包涵, 夏清, 拉布 "Raab"). Three characters whose
    last two are a verb of saying are a surname and that verb (鄒|重申)."""
    if len(name) == 3 and to_simplified(name[1:]) in _SAYING_WORDS:
        return True  # 鄒|重申: a surname, then a verb of saying (表示, 指出), no given name
    if len(name) != 2:
        return False
    simple = to_simplified(name)
    return frequency(simple) >= 200 and an_act(simple)


def _in_text(kept: list[int], x: int, y: int) -> tuple[int, int]:
    """The text's (start, end) of the model's span [x, y) over `kept`, without the spaces
    put back at its edges."""
    while y - x > 1 and kept[x] < 0:
        x += 1
    while y - x > 1 and kept[y - 1] < 0:
        y -= 1
    return kept[x], kept[y - 1] + 1


def _spelt_places(text: str, labels: list[str]) -> list[tuple[int, int]]:
    """The places the model reads right after a person's noun that foreign sounds spell
    (意大利游客|加布里埃莱): a transliterated name it took for a place's, where only a person
    can stand."""
    return [
        (a, b)
        for a, b in persons.spans(labels, "LOC")
        if b - a >= 3
        and spelt_count(text[a : b - 1]) == b - a - 1
        and text.rfind("《", 0, a) <= text.rfind("》", 0, a)  # not in a work's name
        and not any(is_place(p) or names_a_proper_thing(p) for p in (text[a:b], text[a : b - 1]))
        and len(noun := _last_word(text[max(0, a - 6) : a])) >= 2
        and _a_role(noun)
    ]


def _unspaced(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's name spans without the white space it may take in at their edges (格林 |说,
    where a Latin gloss stood before the space; overseas papers space words apart), nor what
    follows a space inside a Han name."""
    out = []
    for a, b in spans:
        while b > a + 1 and text[b - 1] in " \u3000":
            b -= 1
        while a < b - 1 and text[a] in " \u3000":
            a += 1
        # a space between two Han characters ends a Han name (梁志祥 |黑曬面, @温儒敏 |发微博);
        # a Latin one holds spaces (Ray Valdes)
        gap = _HAN_GAP.search(text, a, b)
        if gap is not None and gap.start() + 1 - a >= 2:
            b = gap.start() + 1
        out.append((a, b))
    return out


_HAN_GAP: Final = lazy_compile(r"[\u4e00-\u9fff][ \u3000]+(?=[\u4e00-\u9fff])")
# one-character verbs of saying and asking the model runs two names together across
_JOINING_VERBS: Final = frozenset("问問说說称稱答告")


def _apart_at_a_verb(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's name spans, one that runs two names together across a verb of asking or
    saying (王明|问|李华：, 杜賓|問|朱克伯格：) cut into the two, where each side has a name's
    shape: no name holds the verb between two names; and each without a verb 着 marks
    (`_off_an_aspect`)."""
    out = []
    for a, b in spans:
        cut = next(
            (
                k
                for k in range(a + 2, b - 2)
                if text[k] in _JOINING_VERBS and is_name(text[a:k]) and is_name(text[k + 1 : b])
            ),
            None,
        )
        out += [(a, b)] if cut is None else [(a, cut), (cut + 1, b)]
    return [part for a, b in out for part in _off_an_aspect(text, a, b)]


def _off_an_aspect(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The name [a, b) without the verb that 着 marks as one (张伟拿|着话筒说, 王大明拉|着|李小红
    的手): 着 follows verbs, so the character before it ends no name where the rest is one; a
    span the model ran across 着 is the two names either side. Not where 着 opens a word of
    its own (李秀英|着急地说)."""
    for k in range(a + 3, b + 1):
        if (
            text[k : k + 1] not in {"着", "著"}
            or dictionary_word_from(text, k, k, k + 3) != text[k]
        ):
            continue
        if not is_name(text[a : k - 1]):
            return [(a, b)]
        rest = (k + 1, b) if b - k - 1 >= 2 and is_name(text[k + 1 : b]) else None
        return [(a, k - 1)] + ([rest] if rest else [])
    return [(a, b)]


def _manner(subject: str) -> bool:
    """Whether the word before a verb of saying is how it was said, and no subject: one that
    jieba tags a verb but CC-CEDICT reads as an English adverb (反覆 "repeatedly", 亲自
    "personally", 严正 "sternly"), as the adverb list has only jieba's adverbs."""
    # (not 大 "greatly", one of a character's many senses, nor 于是 "consequently", a connective)
    return 2 <= len(subject) <= 3 and says_how(subject) and not is_closed_word(subject)


def _spelt(part: str) -> bool:
    """Whether most characters of `part` (the dot aside) are those transliterations spell
    names with (切丽, 布莱尔; not 朝華夕秀, nor 高管)."""
    part = part.strip(DOTS)
    return bool(part) and sum(map(spells_names, part)) * 2 >= len(part)


def _across_the_dot(text: str, a: int, b: int) -> tuple[int, int]:
    """The whole of a dotted name the model ended at its dot (霍华德·|莱茵戈德，一名记者…): a
    given name and a dot name no one; the part after the dot is the same person's surname,
    spelt in the characters transliterations use (not 楊文俊・|朝華夕秀, a column's name)."""
    end = b
    while b - a >= 2 and text[b - 1] in DOTS:
        whole = dotted_around(text, a, b)
        added = whole[0][b - a :] if whole else ""
        if not _spelt(added):
            break
        b = a + len(whole[0])
        if text[b : b + 1] in DOTS:
            b += 1  # 盖尔·安妮·|赫德: a third part
    if b == end:
        return a, b  # nothing taken: the dot stays where the model put it
    return (a, b - 1) if text[b - 1] in DOTS else (a, b)


def _spelt_on(text: str, a: int, b: int) -> tuple[int, int]:
    """A dotted name the model ended before the last characters of its surname (兰特·普里|切特
    (2009), 肖恩·欧海|根写了): up to three characters transliterations spell, taken in where
    the dictionary's words break right after them and none is a verb or a common word (not
    特蕾莎·梅|夸大了, 安东尼·法希|希望)."""
    if not any(d in text[a + 1 : b - 1] for d in DOTS):
        return a, b
    run = 0
    while (
        run < 3
        and b + run < len(text)
        and "\u4e00" <= text[b + run] <= "\u9fff"
        and spells_names(text[b + run])
        and text[b + run] not in FUNCTION_CHARS
    ):
        run += 1
    if not run:
        return a, b
    # the dictionary's words break after the run, and none of them is a verb or common (切特
    # is a name's word; 夸大 a verb)
    words, size = dictionary_words(text[b : min(len(text), b + run + 4)]), 0
    for word in words:
        if size >= run:
            break
        if len(word) > 1 and (common_word(word) or is_predicate(to_simplified(word))):
            return a, b
        size += len(word)
    return (a, b + run) if size == run else (a, b)


# when a sentence's subject spoke, right after the subject (佩泽希齐扬|22日|表示)
_WHEN_AFTER_A_NAME: Final = lazy_compile(rf"\d{{1,2}} ?[日号號]|{DAY_WORDS}")


def _spelt_before_a_time(text: str, a: int, b: int) -> tuple[int, int]:
    """A spelt name the model ended one character short, right before a time (伊朗总统佩泽希齐|
    扬|22日表示): a verb of one character stands before its object, never before the time its
    subject acted, so the character is the name's last (not a function character: 普京|也|…)."""
    if (
        b - a < 3
        or b + 1 >= len(text)
        or not all(map(spells_names, text[a:b]))
        or not "\u4e00" <= text[b] <= "\u9fff"
        or text[b] in FUNCTION_CHARS
        or spells_names(text[b])  # (one that spells names the model would have read on)
        or not _WHEN_AFTER_A_NAME.match(text, b + 1)
    ):
        return a, b
    return a, b + 1


def _off_a_when(text: str, a: int, b: int) -> tuple[int, int]:
    """A dotted name the model began on the 当 that opens a time clause (当|迈尔斯·张 (Miles
    Zhang) 出差到武汉时): 当 spells names too, but where the first part spells a name without
    it and the clause closes on 时 after the name, 当 is "when" and the name starts after it."""
    if text[a : a + 1] not in ("当", "當") or not any(c in DOTS for c in text[a:b]):
        return a, b
    first = re.split(f"[{''.join(DOTS)}]", text[a + 1 : b])[0]
    gloss = _GLOSS_RE.match(text, b)  # (Miles Zhang，音): its comma ends no clause
    after = b if gloss is None else gloss.end()
    clause = _A_CLAUSE_BREAK.split(text[after : after + 40], maxsplit=1)[0]
    if len(first) >= 2 and all(map(spells_names, first)) and re.search("[时時]$", clause):
        return a + 1, b
    return a, b


def _first_left_before(text: str, a: int, b: int) -> tuple[int, int]:
    """A spelt name the model began one character late (柬埔寨国会主席昆|索达莉, 。昆|索达莉表示):
    after a title or at a clause's start, a character no word takes in (主席昆 is none) and
    that is no function word, preposition, or (at a clause's start) verb is the name's first."""
    if a < 1 or b - a < 3 or not all(map(spells_names, text[a:b])):
        return a, b
    first, before = text[a - 1], text[max(0, a - 9) : a - 1]
    if (
        not "\u4e00" <= first <= "\u9fff"
        or first in FUNCTION_CHARS
        or first in _PREPOSITIONS
        or spells_names(first)  # (the model reads those on itself)
    ):
        return a, b
    titled = before.endswith(TITLES) and dictionary_words(before[-4:] + first)[-1] == first
    opening = (not before or before[-1] in "，。；：！？、\n「」“”") and not is_predicate(first)
    return (a - 1, b) if titled or opening else (a, b)


def _before_the_dot(text: str, a: int, b: int) -> tuple[int, int]:
    """The whole of a dotted name the model began at its dot (主持人彼得|·詹宁斯说): the given
    name before the dot is the same person's, where transliterations spell it."""
    if b - a < 2 or text[a] not in DOTS:
        return a, b
    whole = dotted_around(text, a, b)
    given = whole[0][: -(b - a)] if whole else ""
    return (a - len(given), b) if _spelt(given) else (a, b)


_TITLES_RE: Final = lazy_compile("|".join(map(re.escape, TITLES)))
_LATIN_FULL_NAME: Final = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")


def _a_names_length(name: str) -> bool:
    """Whether a glossed Han run is as long as a name is: two to eight characters, or up to
    sixteen with a dot or a hyphen (艾麗西亞·加西亞-埃雷羅); longer, it is a clause and a place
    (拜登在德拉瓦州雷荷勃斯灘 (Rehoboth Beach))."""
    return 2 <= len(name) <= (16 if re.search(rf"{DOT}|-", name) else 8)


def _after_a_title_inside(text: str, a: int, b: int) -> tuple[int, int]:
    """A name the model ran back into the person's noun before it (甜品廚師|斯多比): the name
    starts after the last word that ends as titles end or that CC-CEDICT gives a person's
    sense, where two characters or more of a name's shape are left (a surname's, or a foreign
    name's spelling)."""
    if b - a < 4 or japanese_name(text[a:b]):
        return a, b  # (王子|文, 福田|康夫: a surname and a word naming a person is a name still)
    words = dictionary_words(to_simplified(text[a:b]))
    cut, at, people = 0, 0, False
    for i, word in enumerate(words[:-1]):
        at += len(word)
        if len(word) >= 2 and (word[-1] in ROLE_ENDS or names_a_person(word)):
            cut, people = at, False  # (厨师 "cook" ends as titles end; CC-CEDICT: no -er)
        elif _a_peoples_name(words[: i + 1]):
            cut, people = at, True  # 阿根廷|人|奥斯卡·墨西拿: what the person is
    rest = text[a + cut : b]
    if (
        cut
        and len(rest) >= 2
        and (surname_length(rest) or spelt_count(rest) == len(rest) or (people and is_name(rest)))
    ):
        return a + cut, b
    return a, b


def _a_peoples_name(words: list[str]) -> bool:
    """Whether the dictionary's words end on a people's name, a place's and 人 (阿根廷|人,
    巴西人): what a person is, never part of their name (人 spells foreign names too)."""
    last = words[-1] if words else ""
    place = words[-2] if last == "人" and len(words) >= 2 else last[:-1]
    return (
        last.endswith("人") and len(place) >= 2 and (is_place(place) or names_a_proper_thing(place))
    )


def _with_listed_names(words: list[str]) -> list[str]:
    """`words` with each run of three or four one-character words that CC-CEDICT gives only
    as a person's name, a surname first, joined into one (梁|振|英: jieba's dictionary lacks the
    name, and the model may miss it after a title: 前特首|梁振英), the longest run first, and a
    word of two and the next of one or two that do (馬克|龍). Not two characters: 麦|可
    (Michael), 彭|博 (Bloomberg) and 叶|问 (a film's hero) are as often no one."""
    out: list[str] = []
    at = 0
    while at < len(words):
        joined, size = "", 0
        if len(words[at]) == 1:
            run = 1
            while run < 4 and at + run < len(words) and len(words[at + run]) == 1:
                run += 1
            joined = next(
                (
                    name
                    for count in range(run, 2, -1)
                    if surname_length(name := "".join(words[at : at + count]))
                    and only_a_persons_name(name)
                ),
                "",
            )
            size = len(joined)
        elif len(words[at]) == 2 and at + 1 < len(words) and len(words[at + 1]) <= 2:
            # a foreign name jieba cuts into a word and what is left (馬克|龍: Macron)
            name = words[at] + words[at + 1]
            if only_a_persons_name(name):
                joined, size = name, 2
        out.append(joined or words[at])
        at += size or 1
    return out


# what the name of a party, a government body or a firm ends on (新民黨, 民建聯, 交通局,
# 衞生署, 外交部, 安邦集团): a Hong Kong paper writes the party right before a member's name
# (新民黨葉劉淑儀), and one heading a clause is its subject (交通局|在本週二推出…)
_BODY_NAME_ENDS: Final = (
    *"黨 党 聯 联 局 署 處 处 部 廳 厅 委員會 委员会".split(),
    *ORGANISATION_HEADS,
)


# the paper's own reporter, by the bare title
_REPORTER: Final = ("记者", "記者")


# what opens a clause that frames the sentence's main one, with no subject of its own: a time,
# a place, a purpose, a cause (在成为骑手的三年里，|为了…，|赵彬换过两辆车)
_FRAMES: Final = tuple(
    "在 当 當 为了 為了 随着 隨着 隨著 自从 自從 经过 經過 面对 面對 由于 由於 因为 因為".split()
)


def _frames_only(earlier: str) -> bool:
    """Whether the clauses before a sentence's first name (`earlier`, up to its pause) are
    frames of the main clause, however long (`_FRAMES`, or a time): the name heads the
    sentence after them, as after a short lead."""
    parts = [p.lstrip(" 　") for p in re.split(r"[，,]", earlier.strip(" 　")) if p.strip(" 　")]
    return (
        0 < len(parts) <= 3
        and len(earlier) <= 60
        and all(
            p.startswith(_FRAMES)
            or _TIME_LEAD.fullmatch(p + "，")
            or _a_time_or_place(p)
            # 随着经济放缓，|以及他本人的生意下滑: a frame joined on
            or (k > 0 and p.startswith(_JOINED_ON) and parts[k - 1].startswith(_FRAMES))
            for k, p in enumerate(parts)
        )
    )


# what makes a person's name before it a doctrine's (马克思主义, 凯恩斯主義)
_DOCTRINE: Final = frozenset({"主义", "主義"})


def _heads_a_doctrines_follower(masked: str, end: int) -> bool:
    """Whether the name ending at `end` names a doctrine that a person's noun after it
    follows (马克思|主义|经济学家夏尔·贝特兰, 凯恩斯主義者): no mention of that person, whom
    a 他 later is not. (凯恩斯主义受欢迎…，因为他: the doctrine, then its founder, stays.)"""
    if masked[end : end + 2] not in _DOCTRINE:
        return False
    words = dictionary_words(masked[end + 2 : end + 10])
    return bool(words) and (words[0] in {"者", "派"} or names_a_person(words[0]))


# a thing and a localiser, a frame of where in it (信中, 文中, 会上, 采访中, 节目里)
_IN_A_THING: Final = lazy_compile(r"[\u4e00-\u9fff]{1,4}[中上里裡内內]")
# what joins a second part onto the frame before it (随着…，以及…)
_JOINED_ON: Final = ("以及", "及", "和", "并且", "並且")


def _a_time_or_place(part: str) -> bool:
    """Whether `part` is a noun and a localiser with no verb (这些日子里, 会议期间中): when or
    where the main clause happens."""
    words = dictionary_words(part)
    return (
        len(part) >= 3
        and len(words[-1]) == 1
        and words[-1] in "里裏中时時后後前间間内內"
        and not any(is_verb_only(w) for w in words)
        and VERB_RE.search(part) is None
        and not re.search("[他她我你]", part)
    )


# a capitalised Latin word opening a clause, then 是 and what it is (Wang 是一家公司的员工)
_LATIN_IS: Final = lazy_compile(
    r"(?:^|(?<=[，,。；;：:\s「“]))([A-Z][a-z]{1,12}) ?(?:是|係)([^，,。；;！？!?\n]{2,24})"
)


def _latin_introduced(text: str) -> list[tuple[int, int]]:
    """Spans of a Latin given name the sentence says is a person: it opens a clause and a
    copula's complement after it ends on a person's noun (Wang 是一家培训公司的员工, Ben 係
    學生), not a firm's kind (Apple 是一家公司) nor a firm's known name."""
    found: list[tuple[int, int]] = []
    if "是" not in text and "係" not in text:
        return found  # (most sentences: no copula, nothing to look for)
    for match in _LATIN_IS.finditer(text):
        what = match.group(2).rstrip(" 　")
        # not a body's noun, for CC-CEDICT's senses mislead (合作社 "cooperative", 集团
        # "conglomerate" read as people's nouns by their ends)
        if (
            heads_a_person(what)
            and what[-1] not in BODY_ENDS
            and not what.endswith(ORGANISATION_HEADS)
            and not latin_firm(match.group(1))
        ):
            found.append(match.span(1))
    return found


def _mended(text: str, a: int, b: int) -> tuple[int, int]:
    """The model's name at [a, b), its ends mended in turn: each mend reads what the one
    before left (`_MENDS`)."""
    for mend in _MENDS:
        a, b = mend(text, a, b)
    return a, b


# a surname and the address it makes, then the full name with that surname again (曾太曾黃蓮華)
_ADDRESS_THEN_NAME: Final = lazy_compile(r"(\w{1,2}?)(?:太太|太|先生|女士|小姐|夫人)(?=\1)")


def _after_an_address(text: str, a: int, b: int) -> tuple[int, int]:
    """The name at [a, b) without the address before it (曾太|曾黃蓮華, 陳先生|陳大文): Hong
    Kong news may call a woman by her husband's surname and 太 and then give her full
    (married) name, which the model reads as one name with it."""
    address = _ADDRESS_THEN_NAME.match(text, a, b)
    if (
        address is None
        or surname_length(address[1]) != len(address[1])
        or not 2 <= b - address.end() - len(address[1]) <= 3  # her given name, perhaps hers
    ):
        return a, b
    return address.end(), b


# what may stand before a married name written whole: 的, a break, a quote or bracket opening
_MARRIED_AFTER: Final = frozenset("的，、。：；！？「『“（ \n")


def _married_shape(text: str, a: int, b: int) -> bool:
    """Whether the name of three at [a, b) and the surname before it make a married name's
    shape (葉|劉淑儀): that surname a word of its own there, and no preposition, function
    character or closed word (向|劉淑儀, 总理|李克强)."""
    if b - a != 3 or a < 1 or surname_length(text[a:b]) != 1:
        return False
    head = text[a - 1]
    return (
        surname_length(head) == 1
        and head not in _PREPOSITIONS
        and head not in FUNCTION_CHARS
        and not is_closed_word(head)
        and married_name(text[a - 1 : b])
        and dictionary_word_from(text, a - 1, max(0, a - 4), b) == head
        and is_name(text[a - 1 : b])
    )


def _husbands_surname(text: str, a: int, b: int) -> tuple[int, int]:
    """A name of three the model began one late, after a lone surname (新民黨的葉|劉淑儀): a
    Hong Kong married name puts her husband's surname before her own, and a surname that
    jieba reads as a word of its own there is his where the article writes the four more
    than once, one of them after a break or 的 (新民黨葉|劉淑儀 where 葉劉淑儀 opens a clause).
    Not a preposition (向|劉淑儀查詢), the end of a word (總理|李克強), nor a character that
    ends a title or opens a clause as a word of its own (公民|黨|郭家麒, 连|章子怡)."""
    if not _married_shape(text, a, b):
        return a, b
    married = text[a - 1 : b]
    if text.count(married) < 2 or not re.search(
        rf"(?:^|[的，、。：；！？「『“（ ]){re.escape(married)}", text, re.M
    ):
        return a, b  # 、连|章子怡 "even", 经|张艾嘉 "through", written so once
    return a - 1, b


def _one_more(text: str, a: int, b: int) -> tuple[int, int]:
    """A surname and one character that the model ended one short of a verb of saying
    (華安|雅指, 周忠|来称), or of any verb where that character has no verb sense (华春|莹发推):
    the character before the verb is the name's last, where it is no word of grammar, no
    adverb and starts no word with the verb."""
    if b - a != 2 or b >= len(text) or surname_length(text[a:b]) != 1:
        return a, b  # a name at the text's end has no more to take
    if not is_han_name(text[a : b + 1]) or (a and text[a - 1] in _PREPOSITIONS):
        return a, b  # 以|马精入说: after a preposition the model's name is none to lengthen
    last = text[b]
    if last == "和" and VERB_RE.match(text, b + 1) and is_name(text[a:b]):
        return a, b + 1  # 蕭世和|表示: no "and" stands right before a verb of saying
    if (
        not (VERB_RE.match(text, b + 1) or _acts_after(text, b))
        or last in FUNCTION_CHARS
        or is_closed_word(last)
        or ADVERBS.fullmatch(last)
        or common_word(text[b : b + 2])
        or not is_name(text[a : b + 1])
    ):
        return a, b
    return a, b + 1


def _acts_after(text: str, b: int) -> bool:
    """Whether the character at `b` is no verb and a verb or adverb follows it as a word of
    its own (華春|瑩|發推, 王|小|莹|严厉批评): then it ends a name, not a clause."""
    last = text[b]
    if not "\u4e00" <= last <= "\u9fff" or may_act(last) or is_predicate(last):
        return False
    word = dictionary_word_from(text, b + 1, b, min(len(text), b + 6))
    return bool(word) and is_predicate(word)


def _surname_left_out(text: str, a: int, b: int) -> tuple[int, int]:
    """A name of two characters the model began one late, right after a title in Latin
    letters (CMO鲍|艾乐) or a party's or a body's name (新民黨容|海恩): neither ends on a
    surname of one (a Han title is no one character long; a body's name ends on its head, 黨,
    聯, 局, 公司…), so a lone surname between it and the name is the name's own."""
    if b - a != 2 or a < 2 or surname_length(text[a - 1]) != 1:
        return a, b
    after_latin = text[a - 2].isascii() and text[a - 2].isalpha()
    after_a_body = (
        a >= 3 and text.endswith(_BODY_NAME_ENDS, 0, a - 1) and is_han_name(text[a - 1 : b])
    )
    if (after_latin or after_a_body) and is_name(text[a - 1 : b]):
        return a - 1, b
    return a, b


_HYPHENED: Final = lazy_compile(HYPHENED_PART + "$")


def _apostrophed(text: str, a: int, b: int) -> tuple[int, int]:
    """A Latin surname with its O' or D' and the given names before it (Robert O'|Brien,
    Dinesh D'|Souza), which the model, stopped by the apostrophe, leaves out."""
    if not re.match(r"[A-Z][a-z]", text[a : a + 2]):
        return a, b
    before = _BEFORE_AN_APOSTROPHE.search(text, max(0, a - 40), a)
    return (a, b) if before is None else (before.start(), b)


def _hyphened(text: str, a: int, b: int) -> tuple[int, int]:
    """A name with its given name's first part before a hyphen (让-|皮埃尔·拉法兰, 伊夫-|
    亚历山大·德蒙乔伊, 让-|皮埃尔), or a dotted name's first sounds after a 的 or a pause
    (…公司的|米卡|埃尔·努德兰德) or a title (实业家|拉|胡尔·巴贾吉), which the model leaves
    out: the name starts at that part, its characters those transliterations spell with."""
    part = _HYPHENED.search(text, max(0, a - 5), a)
    if part is None and not any(d in text[a:b] for d in DOTS):
        return a, b
    if part is None:
        # the given name's first sounds, which the model left out after a 的, a pause or a
        # title (大瀑布公司的|米卡|埃尔·努德兰德)
        before = text[max(0, a - 4) : a]
        spelt = spelt_tail(before)
        opening = before[: len(before) - spelt][-1:]
        sounds = before[len(before) - spelt :]
        if (
            1 <= spelt <= 3
            and (
                opening in {"的", "、", "，", " "}
                or _after_a_role(text[max(0, a - spelt - 8) : a], spelt)
            )
            and not (set(sounds) & FUNCTION_CHARS)
            and not _a_peoples_name(dictionary_words(to_simplified(text[max(0, a - 6) : a])))
        ):
            return a - spelt, b
        return a, b
    spelt = spelt_tail(part.group()[:-1])
    lone = text[max(0, a - 3) : a - 2]  # before one character and the hyphen
    if not spelt and (
        not lone
        or not "\u4e00" <= lone <= "\u9fff"
        or lone in "的、"
        or text[max(0, a - 12) : a - 2].endswith(TITLES)  # 发言人|让-|皮埃尔
    ):
        spelt = 1  # 让-|保罗·拜德航卡: Jean, one character no list of spellings holds
    return (a - 1 - spelt, b) if spelt else (a, b)


_HYPHENS: Final = frozenset(HYPHENS)


def _hyphened_on(text: str, a: int, b: int) -> tuple[int, int]:
    """A foreign name spelt with a hyphen between the given name and the surname instead of
    the dot (马克|-朱利亚诺), which the model ends at the hyphen: the name runs on over the Han
    characters after it (two to six, ending on one that spells names), where all but one of
    them spell names (朱 of 朱利亚诺, Giuliano, is a surname the lists of spellings lack)."""
    if text[b : b + 1] not in _HYPHENS or not all(map(spells_names, to_simplified(text[a:b]))):
        return a, b
    end = b + 1
    while (
        end < len(text)
        and end - b - 1 < 6
        and "\u4e00" <= text[end] <= "\u9fff"
        and text[end] not in FUNCTION_CHARS
    ):
        end += 1
    run = to_simplified(text[b + 1 : end])
    while run and not spells_names(run[-1]):
        run = run[:-1]
    if len(run) >= 2 and sum(map(spells_names, run)) >= len(run) - 1:
        return a, b + 1 + len(run)
    return a, b


def _known_before_a_word(text: str, a: int, b: int) -> tuple[int, int]:
    """The name at [a, b) without its last character where the rest is a person CC-CEDICT
    knows and that character opens a word of its own (毛泽东|思想), or the rest is four
    characters or more (昂山素季|义正严辞, misspelt "righteously"): the model ran a famous name
    into the words after it. (李白 is known, but 李白玉 may be someone else.)"""
    if b - a < 3 or has_a_persons_sense(text[a:b]) or not has_a_persons_sense(text[a : b - 1]):
        return a, b
    if b - a < 5 and len(dictionary_word_from(text, b - 1, b - 1, min(len(text), b + 4))) < 2:
        return a, b
    return a, b - 1


# the order `_mended` applies them in: trim the run-ons first, then extend the starts
_MENDS: Final = (
    _after_an_address,
    _after_a_title_inside,
    trim_name,
    _apostrophed,
    _hyphened,
    _hyphened_on,
    _surname_left_out,
    _before_the_dot,
    _across_the_dot,
    _spelt_on,
    _spelt_before_a_time,
    _off_a_when,
    _first_left_before,
    _one_more,
    _husbands_surname,
    _known_before_a_word,
)


def _without_how(subject: str) -> str:
    """`subject` without the adverbial of a word and 地 that ends it (李伟|醉醺醺地, 王明|笑嘻嘻地,
    市长 Bowser|毫不留情地; not 各地, 当地): read by the dictionary's words, as a pattern
    of two characters and 地 cut 醺醺地 and left 李伟醉."""
    while_doing = _WHILE_DOING.search(subject)
    if while_doing is not None:
        return subject[: while_doing.start()]  # 一位同事|边哭边说, 她|一邊走一邊說
    if len(subject) >= 4 and subject.endswith(_THUS):
        return subject[:-2]  # 成竞业|这样告诉…: "thus", how, not who
    if not subject.endswith("地"):
        return subject
    words = dictionary_words(subject)
    if len(words) >= 2 and words[-1] == "地" and len(words[-2]) >= 2:
        return subject[: -len(words[-2]) - 1]
    return subject


def _without_adverbs(subject: str) -> str:
    """`subject` without the adverbs that end it (`ADVERBS`), and without the rest of an
    adverb the cut fell inside (领导人|越来|越多地: 越来越 is one word, "more and more")."""
    cut = ADVERBS.sub("", subject)
    at = len(cut)
    if at == len(subject) or at < 2:
        return cut
    start, word = dictionary_word_at(subject, at, max(0, at - 4), min(len(subject), at + 3))
    return cut[:start] if start < at and only_adverbs(word) else cut


def _without_manner(subject: str) -> str:
    """`subject` without the adverbs of two or more characters that end it (卢勇|公开, 某某|
    正式): jieba's dictionary tags them adverbs, a closed list (`ADVERBS`) holds only some."""
    subject = _without_how(subject)
    if len(subject) < 4 or not only_adverbs(subject[-2:]):
        return subject  # the common case, without segmenting the subject
    words = dictionary_words(subject)
    while len(words) > 1 and len(words[-1]) >= 2 and only_adverbs(words[-1]):
        if surname_length(subject[-len(words[-1]) - 1]) == 1 and frequency(words[-1]) < 1000:
            break  # 周|立新, 陈|一新: a rare "adverb" after a surname is a given name
        subject = subject[: -len(words.pop())]
    return ADVERBS.sub("", subject) or subject  # 丁帆则|公开: the listed ones before them


def _after_a_role(text: str, spelt: int) -> bool:
    """Whether the last `spelt` characters of `text` stand after a whole word naming a
    person's role (实业家|拉), not inside one (发言|人, 候选|人)."""
    words = dictionary_words(text)
    size = 0
    while words and size < spelt:
        size += len(words.pop())
    last = words[-1] if words else ""
    return size == spelt and len(last) >= 2 and (last.endswith(TITLES) or names_a_person(last))


def _own_subject(clause: str) -> bool:
    """Whether `clause` opens on a noun phrase of its own before its first verb (协议书|显示,
    激进学生|还挂出了): a subject, so no topic chain carries one into it (立刻火了, 跟隨梁高呼)."""
    subject = ""
    for word in dictionary_words(clause):
        if is_predicate(word):
            return len(subject.strip(" 　")) >= 2
        subject += word
    return False


def _opens_on_a_verb(clause: str) -> bool:
    """Whether `clause` opens on a verb, after adverbs alone (再度|征戰…的): a relative clause
    with no subject of its own, as 政府批評了…的 has."""
    for word in dictionary_words(clause):
        if not only_adverbs(word):
            return is_predicate(word) and not re.match("[他她我你它咱]", word)
    return False


def _owns_the_next(
    masked: str,
    mentions: list[tuple[int, int]],
    index: int,
    name_end: int,
    word: str,
    latin: bool = True,
) -> bool:
    """Whether mention `index`, ending at `name_end`, owns `word`, a role right after it, and
    the name right after that is the head (黎智英助手|陳大明, 黎智英助手|Mark Simon with
    `latin`): the first name only modifies."""
    end = name_end + len(word)
    return names_a_role(word) and (
        (index + 1 < len(mentions) and mentions[index + 1][0] == end)
        or (latin and _LATIN_NAME.match(masked, end) is not None)
    )


def _after_a_copula(lead: str) -> bool:
    """Whether a name after `lead` is what a subject before it is (現任領導人均是|毛澤東培養出來):
    是 or 為 ends the lead and words other than adverbs stand before it (not 正是|某某指出)."""
    lead = lead.rstrip(" 　")
    if not lead.endswith(("是", "為", "为")):
        return False
    before = ADVERBS.sub("", lead[:-1].lstrip(" 　"))
    return bool(before) and not only_adverbs(before) and not common_word(lead[-2:])


def _inside_a_prepositions_object(lead: str) -> bool:
    """Whether a name after `lead` stands inside the object of a preposition that opens with
    other nouns (教育部对|北航|陈小武性骚扰事件作出回应): a preposition standing as a word, then
    only words that are no verb, adverb or time; the subject is before the preposition. Not
    被, whose object is the agent (被|北航|某某称为「…」 is theirs)."""
    words = dictionary_words(lead)
    at = max((k for k, word in enumerate(words) if word in _OBJECT_BEFORE), default=-1)
    if at >= 0 and words[at] == "被":
        return False
    between = words[at + 1 :]
    return at >= 0 and bool(between) and all(len(w) >= 2 and not is_predicate(w) for w in between)


def _across_a_title(run: str, name: str) -> str:
    """A glossed name of one character after a title, with the title's last character
    (诺贝尔经济学奖得主席|勒 (Robert Shiller)): a title read across the name's first character
    (得主|席勒), where the gloss says a name stands, what is left still heads a person's noun
    and the two characters have a name's shape; else `name`."""
    if len(name) != 1 or len(run) < 4:
        return name
    moved = run[-2:]
    return moved if person_like(moved) and heads_a_person(run[:-2]) else name


def _name_from_span(run: str, start: int) -> str:
    """The glossed name the model found in `run` from `start` to its end, its edges mended: a
    dotted name's first part where the model began at the dot (本杰明|·科恩), the title's last
    character left to the title (美国能源部长|丹·布罗伊莱特), and the first sounds the model left
    after a role word taken in (工程师|克什|鲍姆; not a word of their own: 保守派|人士|斯蒂芬·K·班农)."""
    name = run[start:]
    if name[0] in DOTS:
        first = re.search(r"[\u4e00-\u9fff]{1,8}$", run[:start])
        if first:
            name = first.group()[title_end(first.group()) :] + name
    dot = next((k for k, c in enumerate(name) if c in DOTS), -1)
    if dot >= 2 and (run[: len(run) - len(name) + 1]).endswith(TITLES):
        name = name[1:]
    head = run[: len(run) - len(name)]
    spelt = 0
    while spelt < min(3, len(head)) and spells_names(head[-1 - spelt]):
        spelt += 1
    taken = next(
        (
            k
            for k in range(spelt, 0, -1)
            if _after_a_role(head, k) and (k == 1 or not common_word(head[-k:]))
        ),
        0,
    )
    return head[-taken:] + name if taken else name


@lru_cache(maxsize=4096)
def _name_after_title(run: str) -> str | None:
    """The glossed name where the model found none in `run`: what follows the last title, past
    the common words and nouns for a person that open it (早期|投资人|朗斯代尔, 执行官|上村典继,
    研究助理|欣茨); None where that is a word, not a name (高盛 (Goldman Sachs) 预计)."""
    titled = run[: title_end(run)].endswith(TITLES)  # 外交大臣|拉布 (Dominic Raab)
    name = run[title_end(run) :]
    if not person_like(name):
        name = _spelt_after_words(name)
    if not person_like(name) and not (titled and not common_word(name)):
        # after a role the list lacks, a Japanese name or a short spelling no dictionary
        # counts, which the gloss says is a person's
        after = _after_role_words(name)
        if after != name and (
            japanese_name(after)
            or plausible_name(after)
            or (len(after) <= 3 and spelt_count(after) > 0 and not frequency(after))
        ):
            name, titled = after, True
    # a title, then a name in Han and in full in Latin letters (分析師賽格（Ahsel Sag）): the
    # writer names a person, whatever sounds the Han form spells
    spelt = titled and not common_word(name)
    if not (person_like(name) or spelt) or (
        common_word(name) and not known_name(name) and not titled
    ):
        return None
    return name


def _spelt_after_words(name: str) -> str:
    """The spelt part of a glossed name that opens on common words, a person's noun or a
    role's word (老板|加曼 (Matt Garman), 资深|护士|布西 (Fiorella Busi), 退休|牙医|福克斯,
    策略师|威尔逊 (Michael Wilson)): the words go while what is left is spelt
    (`_spelt_enough`); a run spelt whole from the start stays (哈哈莫维奇)."""
    rest = name
    while len(rest) > 2 and not _spelt_enough(rest):
        head = next((w for w in dictionary_words(rest[:4])[:1] if len(w) >= 2), "")
        if (
            not head
            or not (common_word(head) or names_a_person(head) or head[-1] in ROLE_ENDS)
            or all(map(spells_names, head))
            or rest[len(head) : len(head) + 1] in tuple(DOTS)  # 丹尼尔|·鲁西: a name's part
        ):
            return name
        rest = rest[len(head) :]
    return rest if len(rest) >= 2 and _spelt_enough(rest) else name


def _role_before_the_dot(name: str) -> str:
    """A dotted name without the words for a role that open its first part (见证者|让·杜歇
    "the witness Jean Douchet"): a word of two characters or more, not spelt whole, that
    names a person or ends as a title ends, with a given name left after it."""
    dot = next((k for k, c in enumerate(name) if c in DOTS), -1)
    if dot < 3:
        return name
    words = dictionary_words(name[:dot])
    k = 0
    while (
        k < len(words) - 1
        and len(words[k]) >= 2
        and not all(map(spells_names, words[k]))
        and (names_a_person(words[k]) or words[k][-1] in ROLE_ENDS)
    ):
        k += 1
    return name[sum(map(len, words[:k])) :]


def _after_role_words(name: str) -> str:
    """What is left of `name` past the common words and nouns for a person that open it
    (执行官|上村典继, 研究|助理|欣茨), at least two characters; `name` where none opens it."""
    rest = name
    while len(rest) > 3:
        head = next((w for w in dictionary_words(rest[:4])[:1] if len(w) >= 2), "")
        if not head or not (common_word(head) or names_a_person(head)) or len(rest) - len(head) < 2:
            break
        rest = rest[len(head) :]
    return rest


def _spelt_enough(run: str) -> bool:
    """Whether `run` is spelt in the characters for foreign names (and middle dots): all of
    them, or all but one after the first of three or more (朗斯|代|尔, Lonsdale: 代 spells few
    names; 马|赛|厄斯·德普克 stays whole)."""
    unspelt = [k for k, c in enumerate(run) if not (spells_names(c) or c in DOTS)]
    return not unspelt or (len(run) >= 3 and len(unspelt) == 1 and unspelt[0] > 0)


def _last_conjunct(subject: str) -> str:
    """The part of `subject` after its last conjunction standing as a word (彭斯與|衛生官員;
    not 和平 or 同事), without the adverbs after it; all of it where it has none."""
    if not any(c in subject for c in _CONJUNCTIONS):
        return subject
    words = dictionary_words(ADVERBS.sub("", subject.rstrip(" 　")))
    joins = [k for k, word in enumerate(words) if word in _JOINS]
    return "".join(words[joins[-1] + 1 :]) if joins else subject


_CLOSERS: Final = {"」": "「", "』": "『", "》": "《", "）": "（", ")": "(", "”": "“"}
_OPENING_MARKS: Final = frozenset(_CLOSERS.values())


def _balanced(title: str) -> bool:
    """Whether every quote, book name and bracket that `title` opens it closes, and the other
    way round."""
    return all(title.count(c) == title.count(o) for c, o in _CLOSERS.items())


def _holds_a_particle(title: str) -> bool:
    """Whether `title` holds an aspect particle, a preposition or a comma standing as a word,
    inside a verb's or ending a word (记者联系了, 在美国, 对准, 比得过, 一对): a clause, no noun
    phrase. Inside a noun or an adjective they are the word's own (一把手, 在野党, 著名)."""
    if title.endswith(("于", "於")):
        return True  # 支持率不逊|于, 相当|于: a comparison's preposition, its object to come
    if not _NOT_TITLE.search(title) and not any(c in _ADVERBS_ALONE for c in title):
        return False
    return any(
        (
            _NOT_TITLE.search(w)
            and not (len(w) > 1 and w[0] == "著")  # 著名, 著稱: 著 opening a word is no particle
            # 少将, 对手, 被告: a word CC-CEDICT gives a person's sense is a role, whatever it
            # holds; not a closed word whose sense only ends as such nouns do (现在 "present")
            and not (len(w) > 1 and names_a_person(w) and not is_closed_word(w))
            and (len(w) == 1 or is_predicate(w) or is_verb_only(w) or bool(_NOT_TITLE.match(w[-1])))
        )
        or (len(w) == 1 and w in _ADVERBS_ALONE)  # 受訪者|已|消化特首: an adverb, a clause
        for w in dictionary_words(title)
    )


# the words that deny a verb, with the modal they may carry (未能, 不便, 不肯, 没有): negation is
# a closed class; 不得不 "must", 不禁 "cannot help", 不过 "but" are words of their own
_NEGATORS: Final = frozenset(
    "不 未 没 沒 没有 沒有 未有 未能 未曾 不曾 从未 從未 从没 從沒 并未 並未 并没 並沒 并没有 並沒有 "
    "不能 不会 不會 不便 不肯 不要 不愿 不願 不想 无法 無法 拒绝 拒絕 并非 並非".split()
)
# what may stand between the denial and the verb: a modal, or whom it was (not) said to
_BETWEEN_DENIAL: Final = lazy_compile(
    r"(?:愿意|願意|打算|再|(?:向|对|對)[^，,。；;：:\ue000]{1,4})?"
)


def _denied(before: str) -> bool:
    """Whether the words before a verb of saying deny it: a negator, then nothing but adverbs
    or a modal up to the verb (没有|正面|回应, 未有|透露, 始终未能|解释, 没有|向我|提到). Not
    a manner phrase (心有不甘地|指出) nor 不 that opens an adverb (不只一次, 不断)."""
    words = dictionary_words(before)
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        denies = word in _NEGATORS or (
            word[:1] == "未" and len(word) > 1 and word not in {"未来", "未來", "未必"}
        )
        if not denies:
            continue
        rest = "".join(words[at + 1 :])
        if word == "不" and rest[:1] in "只止仅僅但断斷停时時少久":
            return False
        if rest.endswith("地"):
            return False
        core = _BETWEEN_DENIAL.sub("", rest, count=1) if rest else ""
        return not core or only_adverbs(core, closed=True)
    return False


# function characters that end a hundred or more of jieba's three-character names (之 468,
# 正 133), for a name the article always writes with one (吴永正): `_always_one_more`
_NAME_ENDS: Final = frozenset("之正")


# what opens the stretch after a subject's name when it goes on to the predicate or to
# another subject (a preposition, a conjunction, an adverb), not to a modifier of a noun:
# `_modifies_a_thing` (被 and 为 are left out: 特朗普被弹劾后的|美国 modifies 美国)
_AFTER_THE_SUBJECT: Final = tuple(
    "在 於 于 对 對 向 跟 与 與 和 及 以及 同 给 給 从 從 把 将 將 据 據 就 也 还 還 又 则 則 曾 已 正".split()
)


# a demonstrative or a number, then a classifier of what is said or written (这篇, 一份, 该项,
# 这番, 一席, 这些): what follows is a noun (这篇|回答, 这些|警告); not 这样 (so), 一边 (while), 再一次
_COUNTED_SPEECH: Final = lazy_compile(
    r"[这這那此该該每各一两兩几幾数數][篇份项項番句段则則封条條席种種些]$"
)


def _opens_a_word(masked: str, verb_end: int) -> bool:
    """Whether a verb of saying ending in a one-character verb (則指, 亦指, 笑說) gives that
    character to a longer dictionary word with what follows (則指|揮 "commanded", 笑說|服):
    the cut from that character reads the word, unless it is a verb of saying itself (指出)."""
    last = masked[verb_end - 1]
    if last not in _ONE_CHARACTER_VERBS or not masked[verb_end : verb_end + 1].isalpha():
        return False
    word = dictionary_words(masked[verb_end - 1 : verb_end + 4])[0]
    return len(word) >= 2 and word not in VERBS


_ONE_CHARACTER_VERBS: Final = frozenset(verb for verb in VERBS if len(verb) == 1)


def _inside_a_longer_word(masked: str, verb_start: int, verb_end: int) -> bool:
    """Whether a verb of saying of two characters or more opens a longer dictionary word with
    what follows it (直言|不讳 "outspoken", 解释|权 "the right to interpret"), read from the verb:
    then it is no verb of saying there, unless that word is one too (分析|称)."""
    if not masked[verb_end : verb_end + 1].isalpha():
        return False
    word = dictionary_word_from(masked, verb_start, verb_start, verb_end + 4)
    return len(word) > verb_end - verb_start and not VERB_RE.fullmatch(word)


def _counted_noun(before: str) -> bool:
    """Whether what stands right before a verb of saying counts it as a noun with a
    demonstrative or a number and a classifier (这篇|回答, 一份|声明, 该项|建议)."""
    return _COUNTED_SPEECH.search(before) is not None


def _acts_in(words: str) -> bool:
    """Whether `words` hold a verb or an adverb: `has_predicate`, less a word jieba tags a
    verb that CC-CEDICT reads only as a noun (終審|法院首席法官: 终审 "final ruling", part of
    the court's name, not 投诉|该局局长, a verb with its object)."""
    return any(
        is_predicate(word) and (may_act(word) or only_adverbs(word) or not in_the_dictionary(word))
        for word in dictionary_words(words)
        if len(word) >= 2
    )


def _a_relative_after(opening: str) -> bool:
    """Whether the pronoun opening `opening` is followed by a relative, with no 的 (她丈夫, 他
    父亲, 她女婿): the relative is who acts, not the pronoun's person."""
    words = dictionary_words(opening[1:8])
    return bool(words) and names_kin(words[0])


def _a_name_of_two(subject: str) -> bool:
    """Whether the whole subject after a quote is a surname and one character that make no
    word of the dictionary (「…」包伟说: 包 "bag" keeps the model from it; not 网友, 对方,
    which are words, nor 王|说's surname alone)."""
    return (
        len(subject) == 2
        and surname_length(subject) == 1
        and frequency(subject) == 0
        and subject[1] not in FUNCTION_CHARS
        and person_like(subject)
    )


def _a_name_whole(subject: str) -> bool:
    """Whether the whole subject is a surname and two characters that look like a person's
    name and are no word (王建国, whose 建国 is one, so `unknown_run` refuses it)."""
    return (
        len(subject) == 3
        and surname_length(subject) == 1
        and subject[0] not in _OPENS_A_PHRASE  # 经|朋友, 从|招股, 那|群人: 经 and 那 are surnames
        and subject[-1] not in "人上下里裡中内內外"  # 沙井|人, 纪要|上: who or where, no name
        and not common_word(subject)
        and not is_predicate(subject[:2])  # 强逼|林
        and not only_adverbs(to_simplified(subject[1:]))  # 梁|無奈|道: a surname and how
        and not adverb_then_word(to_simplified(subject))  # 曾|亲口|说: once, in person
        and not function_inside(subject)
        and person_like(subject)
    )


# what a writer or an outlet does with what someone said (新华社多次援引|…发言人), and the
# prepositions of a topic (关于|总统特朗普的财务记录): running text, where a role follows
_REPORTED: Final = lazy_compile(
    r"援引|引述|报道|報導|报导|報道|表示|游说|遊說|关于|關於|对于|對於|至于|至於"
)


def _ends_on_a_transitive(title: str) -> bool:
    """Whether `title` ends on a word CC-CEDICT first reads as a verb, no person's noun and no
    body's (纪念, 任命, 选举, 支持 "to support"): running text whose object is the name after
    it, not what the person is."""
    last = _last_word(title)
    return (
        len(last) >= 2
        and acts_first(last)
        and not names_a_person(last, loosely=True)
        and not title.endswith(ORGANISATION_HEADS)
        and not names_a_bodys_kind(last)
    )


def _after_a_report(title: str) -> str:
    """`title` past the running text that reports or quotes the person (媒体报道|北京市市长,
    新华社多次援引|外交部发言人, 表示|国家主席) or makes them a topic (关于|总统): the role is
    what follows, where it begins a word of its own (not 新闻报道|部主任)."""
    found = list(_REPORTED.finditer(title))
    if not found:
        return title
    rest = title[found[-1].end() :]
    if len(rest) < 2 or "（" in rest or "(" in rest or len(dictionary_words(rest)[0]) < 2:
        return title
    return rest if rest.endswith(TITLES) or names_a_person(rest) else title


# the verbs of saying that close a sentence of reported speech (…，金冬雁说。): not those
# that take what came before as their object or cause (否认, 批评, 质疑, 交口称赞), unless 道
# or 说 after them marks them as saying (批评道, 解释说: `_said_before`)
_SAID_AFTER: Final = frozenset("说 說 说道 說道 道 表示 指出 称 稱 写道 寫道".split())
# a speech or a talk given, which a verb of saying may follow as its content (发表讲话|称)
_A_SPEECH: Final = ("讲话", "講話", "谈话", "談話", "演讲", "演講")
_TEAM: Final = ("团队", "團隊")
# what may stand right before a name: 的, a pause, a quote's end, a line's start
_BEFORE_A_NAME: Final = frozenset("的，,。、：:；;「」“”（）() \n\u3000")
_NAMES_JOINED: Final = frozenset("及和與与、")  # one name joined to another (甲及乙, 甲、乙)
_LATTER_OR_FORMER: Final = frozenset(("后者", "後者", "前者"))
# a date alone (一九五七年五月二十日, 2019 年 3 月)
_A_DATE: Final = lazy_compile(r"(?:[\d〇○零一二三四五六七八九十廿卅]+ ?[年月日号號] ?)+")
# a span of time counted from now (前两天, 三个月前, 这几年, 过去十年来) or a length (两年时间)
_A_SPAN: Final = lazy_compile(
    r"(?:前|后|後|这|這|那|近|最近|过去|過去)?[一二两兩三四五六七八九十几幾数數\d]+"
    r"(?:天|日|年|个月|個月|周|週|个星期|個星期|星期)(?:前|后|後|来|來|里|裡|内|內|的?时间|的?時間)?"
)
# a date in digits before a title, with no word of time after it (2019 年 7 月|国家卫健委…
# 司长; not 2018年|时任, 六年级)
_DATE_FIRST: Final = lazy_compile(
    r"(?:\d{4} ?年 ?)?\d{1,2} ?月(?: ?\d{1,2} ?[日号號])? ?(?=[^\s时時后後前以间間起至底初中末来來])"
    r"|\d{4} ?年 ?(?=[^\s\d时時后後前以间間起至底初中末来來度])"
)
# a date that opens a clause (去年10月|王某表示, 3月上旬|…)
_DATE_LEAD: Final = lazy_compile(
    rf"(?:去年|今年|明年|前年)?{_A_DATE.pattern}(?:[上中下]旬|初|底|中)?"
)
# one person counted, not named (一位|钢企人士, 该名|车主)
_ONE_OF: Final = lazy_compile(r"[一该該][位名個个]")


def _ends_on_a_persons_noun(subject: str) -> bool:
    """Whether `subject` ends on a noun for a person (钢企人士, 车主, 发言人, 医生)."""
    words = dictionary_words(subject) if subject else []
    return bool(words) and (
        subject.endswith((*GROUPS, *TITLES, "人士")) or names_a_person(words[-1], loosely=True)
    )


# what follows the last of named people who speak together (王建国、李红|等人表示)
_AND_OTHERS: Final = frozenset({"等", "等人", "等等"})
# a count of the people a list names, after it (甲、乙、丙|三人|表示, 甲與乙|兩人)
_THE_COUNT_OF_THEM: Final = lazy_compile(r"(?:[两兩二三四五六七八九十]|\d{1,2}) ?(?:人|位|名)$")
# a count of people alone as a clause's subject, with the adverbs a plural takes (兩人均先後|指出)
_COUNTED_PEOPLE: Final = lazy_compile(
    r"(?:[两兩二三四五六七八九十]|\d{1,2}) ?(?:人|位|名)"
    r"(?:均|都|亦|也|皆|又|同時|同时|先後|先后|分別|分别|一致|一同|異口同聲|异口同声)*"
)
# a verb of asking before a name: the name is whom the question was put to (问其董事长|某某：)
_ASKED: Final = lazy_compile(r"(?:问|問|询问|詢問|追问|追問|提问|提問)")
# what ends the part of a list before a 、 (…法学家|高某|、): a pause or the sentence's start
_LIST_BREAKS: Final = "、，,。；;：:！？\n"
_OTHERS_OF_A_KIND: Final = lazy_compile(r"等(?:[多几幾数數两兩三四五六七八九十百]+[位名])?(.{1,6})")


def _titled_dotted(part: str) -> str | None:
    """A dotted name that is all of `part` or follows a title in it (经济学家|卡尔提克·穆拉里达兰),
    as a conjunct of people who speak together; not one after a verb (遭到了|弥尔顿·…)."""
    if not any(d in part for d in DOTS):
        return None
    name = part if DOTTED_NAME.fullmatch(part) else dotted_tail(part)
    if name is None:  # 北京大学的|本杰明·维特斯: all after the title, whose 明 spells no name alone
        dot = min(part.find(d) for d in DOTS if d in part)
        after = part[title_end(part[:dot]) :]
        name = after if after != part and DOTTED_NAME.fullmatch(after) else None
    lead = part[: len(part) - len(name or "")]
    return name if name and title_end(lead) == len(lead) else None


def _and_others(tail: str) -> bool:
    """Whether `tail`, after a name, adds others to it (李红|等人, 储某|等多位法学家) or counts
    the list it ends (甲、乙、丙|三人): the name still heads the subject and speaks."""
    if tail in _AND_OTHERS or _THE_COUNT_OF_THEM.fullmatch(tail):
        return True
    more = _OTHERS_OF_A_KIND.fullmatch(tail)
    return more is not None and _a_persons_noun(more[1])


# characters that open a phrase before the subject (a preposition, a demonstrative, 经 "via")
_OPENS_A_PHRASE: Final = _PREPOSITIONS | frozenset("经經那这這却卻将將在由据據")


def _a_chiefs_word(text: str) -> bool:
    """Whether `text` is two characters that name a chief of something (关长, 所长, 镇长): a
    noun ending on 长 "head", no verb (成长, 增长) and no function character first."""
    return (
        len(text) == 2
        and text[1] in "长長"
        and is_han(text[0])
        and text[0] not in FUNCTION_CHARS
        and not is_predicate(to_simplified(text))
    )


def _title_opening(text: str) -> str | None:
    """The longest listed title `text` starts with, or None: one test of the whole tuple
    first, for this runs for every mention, then the first match (TITLES is longest first)."""
    if not text.startswith(TITLES):
        return None
    return next(t for t in TITLES if text.startswith(t))


def _body_and_title(text: str) -> str | None:
    """A body's name and a listed title that `text` starts with (夏寶龍|港澳辦主任|早前反駁:
    the title after the name holds whose office it is): the shortest such opening that is a
    noun phrase of three to ten characters with no 的 (接受彭博|调查的经济学家: a clause), opening
    on no function character (向|局长, 和|主任 are a predicate's or another subject's)."""
    if not text or text[0] in FUNCTION_CHARS or text[0] in _CONJUNCTIONS:
        return None
    for size in range(3, min(len(text), 10) + 1):
        head = text[:size]
        if head.endswith(TITLES) and not head.startswith(TITLES):
            return head if _noun_phrase(head) and "的" not in head else None
    return None


def _name_then_title(subject: str) -> tuple[str, str] | None:
    """(name, title) where the subject is a name and a listed title after it (拜登|总统,
    张建国|律师, 穆罕默德|王储): a name the dictionaries know, a surname and two characters,
    or a transliteration, that looks like a person's."""
    if not subject.endswith(TITLES):
        return None
    title = next(t for t in TITLES if subject.endswith(t))  # (longest first)
    name = subject[: len(subject) - len(title)]
    if (
        not title.endswith(OWNED_ROLES)  # 戴姆勒的|发言人, 特斯拉|创始人: the firm's
        and not heads_its_place(name, title)  # 罗斯托夫州|州长
        and (
            known_name(name)
            # (not 那边|厢|省长: a common word across the surname's end, "over there")
            # (nor 却|鲜有|经济学家: a surname that is an adverb, then a verb, "rarely")
            or (
                len(name) == 3
                and surname_length(name) == 1
                and not common_word(name[:2])
                and not (is_closed_word(name[0]) and is_predicate(name[1:]))
            )
            # a transliteration whole (穆罕默德|王储), not a place's (俄罗斯|总统)
            or (3 <= len(name) <= 5 and spelt_count(name) == len(name) and not is_place(name))
        )
        and not function_inside(name)
        and person_like(name)
    ):
        return name, title
    return None


def _named_before_a_predicate(subject: str) -> str | None:
    """`before_a_predicate`, where the predicate denies nothing (发言人耿爽|没有做出直接|回答:
    what follows is no answer of his)."""
    name = before_a_predicate(subject)
    if name is None or _negated(subject[subject.rindex(name) + len(name) :]):
        return None
    return name


def _negated(title: str) -> bool:
    """Whether `title` holds a negation (不肯評價|現任特首, 事先没想到, 不得不日益屈服于): a
    clause of the running text, for a role is named, never denied. A word that only opens
    with 不 is no negation (不列颠, 不平等: names and nouns, not the predicates jieba tags)."""
    words = dictionary_words(title)
    for k, word in enumerate(words):
        if len(word) == 1:
            # 不, 没 alone deny the verb after them (不|逊于), not an adjective that a noun
            # follows (不|平等研究中心); one that ends the title is its predicate (並|不|清楚)
            if word in _NEGATORS and (
                (k + 1 < len(words) and is_predicate(words[k + 1])) or k + 2 == len(words)
            ):
                return True
        elif (
            word in _NEGATORS
            or (word[0] in "没沒" and word != "没收")
            or (word[0] == "不" and (is_predicate(word) or only_adverbs(word)))
            or (len(word) == 3 and word[1] in "不沒没")  # 聽不懂, 拿不出: a verb that cannot
        ):
            return True
    return False


def _noun_phrase(title: str) -> bool:
    """Whether `title` can be a title by its shape alone: a short noun phrase with no verb,
    no figure (a birth cohort, 90后, is none) and no open end (三墩镇居民, 墨西哥游客,
    美國副總統). A Latin name inside counts as one word (资产管理公司 Guggenheim Partners LLC
    首席投资长: 15, not 34)."""
    return (
        len(title) >= 2
        and len(_LATIN_WORDS.sub("A", title)) <= 30
        and not _holds_a_particle(title)
        and not _a_verb_in(title)
        and not title.endswith(("的", "和", "与", "與", "及", "、"))
        and not re.search(r"\d", _GENERATION.sub("", title))  # 80后|创业者: a cohort, no figure
        and not _ends_on_no_noun(title)
    )


def _a_verb_in(title: str) -> bool:
    """Whether a verb of saying stands in `title`: not one character inside a longer word
    (普华永|道, 总|指|挥) or a noun (问|题), or opening a verb that names a body with the word
    after it (指揮|中心, 指挥|部), nor 道 opening it (道富, 道琼斯: 道 says only after 说, 写,
    问)."""
    for verb in VERB_RE.finditer(title):
        start, end = verb.span()
        if end - start == 1:
            if start == 0 and title[0] == "道":
                continue
            at, word = dictionary_word_at(title, start, 0, len(title))
            after = dictionary_word_from(title, at + len(word), 0, len(title)) if word else ""
            if len(word) > 2 or (
                len(word) == 2
                and (
                    not may_act(to_simplified(word))  # 问|题 "problem"
                    or names_an_institution(after)
                    or after in ORGANISATION_HEADS
                )
            ):
                continue
        return True
    return False


_GENERATION: Final = lazy_compile(r"(?<![\d.])\d{2}[后後]")
_LATIN_WORDS: Final = lazy_compile(r"[A-Za-z][A-Za-z0-9&.'\- ]*[A-Za-z0-9.]|[A-Za-z]")


# what an organisation's bracketed other name holds: a few characters and its closing bracket
# an organisation's other name, short name or code in brackets: （环境保护部）, (下称长江办),
# (OC&C Strategy Consultants), (000671.SZ); no clause inside
_ORG_ASIDE: Final = lazy_compile(r"[^（()）\n，,。；;：:、\ue000]{2,40}[）)]")
_OPENERS: Final = frozenset(
    "当 當 在 面对 面對 因为 因為 由于 由於 与 與 和 跟 对于 對於 随着 隨着 隨著 于是 於是 是 係 用 "
    # the conjunctions that open a sentence (虽然|马塔努斯卡的CEO, 所以|社進成員)
    "虽然 雖然 所以 但是 但 然而 因此 不过 不過 而且 并且 並且 此外 另外 只得 甚至 可是 可 却 卻 正如 "
    "例如 比如 譬如 好比 如 以及 关于 關於 按照 即便 即使 后来 後來 当时 當時 如今 "
    # what brings in the members of a set named before, and "even" (当中|包括|全国人大常委,
    # 连|新帅): the title is what they bring in
    "其中 当中 當中 包括 包含 就连 就連 连 連 "
    # prepositions, 有 ("there is") and 并 ("and") of one character (按|中國科學院院士,
    # 有|上海…董事長, 並|與|中國國家主席, 应|俄罗斯国家杜马主席…邀请 "at the invitation of")
    "按 据 據 有 并 並 应 應 "
    # an interview's label: who is interviewed is the object (专访|澳门政治学者)
    "专访 專訪".split()
)


_TIME_LEAD: Final = lazy_compile(
    r"(?:[一二两兩三四五六七八九十几幾\d]+(?:天|日|年|周|週|个月|個月)(?:后|後|前(?!任))|同一天|那天|之后|之後|事后|事後|此前|其后|其後|随后|隨後|然后|然後|"
    r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号號]|昨天|昨日|前天|日前|近日|当天|當天|是日|同日|当日|當日|"
    # the part of the day after a date (20日|晚, 3日|凌晨), and from or until when (直到|昨天,
    # 从 12 月 31 日|到 1 月 20 日)
    r"(?<=[日号號天])(?:晚间|晚間|晚(?![报報会會宴])|凌晨|深夜|傍晚|中午|夜间|夜間)|直到|直至|[从從到至](?=\s?\d)|"
    r"(?:去年|今年|明年|前年|上年)[底初末]|年底|年初|月底|月初|"  # 去年底|馬哈蒂爾
    r"(?:本|上|下|今|这|這)?(?:[周週](?:[一二三四五六日]|末)|星期[一二三四五六日天])|[上下]午|晚上|早上|今早|今晨|"
    r"晚间|晚間|夜间|夜間|凌晨|深夜|傍晚|中午|"  # (上周四)|晚间|副馆长: a part of the day
    r"有时候|有時候|有时|有時|那时候|那時候|那时|那時|这时|這時|此时|此時|当时|當時|"
    r"当晚|當晚|当夜|當夜|期间|期間|其间|其間|早前|早先|先前|"
    r"[，, 　])+"
)
# a day's date inside the words before a name (…来自 1 月 23 日|传染病专家)
_DAY_INSIDE: Final = lazy_compile(r"(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号號]\s?")
# a century opening a title, where a place's name follows (直到 20 世紀|瑞典病理學家)
_CENTURY_LEAD: Final = lazy_compile(
    r"(?:直到|直至)?[ 　]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ 　]?世[纪紀]"
    r"(?:初|末|中叶|中葉)?[ 　]?"
)
# a time inside the words before a verb (立法會|今早|召開): they are a clause, not a title
_TIME_INSIDE: Final = lazy_compile(
    r"今早|今晨|今晚|昨晚|昨日|今日|明日|昨天|今天|明天|早前|稍早|日前|近日|[上下]午|晚上|早上"
)
# an age, with the word that may open it (现年 "now aged", 时年 "then aged")
_AGE: Final = r"(?:现年|現年|今年|时年|時年)?\s*[\d一二三四五六七八九十两兩]+\s*[岁歲]"
# an age opening a title (35 岁|药剂师, 时年 58 岁的|陈毅元帅之子)
_AGE_FIRST: Final = lazy_compile(rf"^{_AGE}(?:的)?\s*(?=\S)")
# an age standing alone before a name (港口首席运行官、|现年 54 岁的|某某)
_AN_AGE: Final = lazy_compile(rf"\s*{_AGE}的?\s*")


def _without_an_age(title: str) -> str:
    """`title` without the age that opens it (35 岁|药剂师, 72岁的|法国退休全科医生), where what
    is left is a title or a person's noun (not 18 岁的|某某因服用过量…: a clause). (An age
    after the role, 、 between, is the walk across 、's in `_title_before`.)"""
    rest = _AGE_FIRST.sub("", title)
    if rest == title or any(
        len(w) == 1
        and is_predicate(w)
        and w not in _TITLE_PREFIXES
        and w not in _JOINING
        and w != "之"  # (陈毅元帅之子: "of", as 的)
        for w in dictionary_words(rest)
    ):
        return title  # (因 "because": a clause; 前, 兼 are a title's own)
    return rest if rest.endswith(TITLES) or heads_a_person(rest) else title


def _glossed_body(span: str) -> str | None:
    """The name before a Latin gloss and 的 right before a person (物流服务供应商嘉里大通 (Kerry
    Logistics) 的|张亚伦, 来自巴克莱 (Barclays) 的|…): whom a person is "of", glossed so, is
    a body they work for. Only the name after the last 的 of a clause describing it (…拥有
    卡车和人手的|嘉里物流), and after another glossed name joined to it (…的塞特龙 (…) 和|)."""
    if not re.search(rf"{_GLOSS}\s*的$", span):
        return None
    piece = re.split(rf"{_GLOSS}+\s*[和与與及、]", span)[-1]
    piece = re.sub(rf"\s*{_GLOSS}+\s*", "", piece)[:-1].rsplit("的", 1)[-1]
    parts = _lead_off(piece.strip(" 　")).split("、")
    piece = "、".join(_where_they_work(part) for part in parts)  # 现就职于|布鲁金斯学会
    return piece if _noun_phrase(piece) and not VERB_RE.search(piece) else None


def _listed_roles(title: str) -> str | None:
    """`title` where it lists roles with 、, each a noun phrase that ends as roles end
    (中国工程院院士、…研究中心主任、…专家组组长), the first with no 的."""
    parts = title.split("、")
    if "的" in parts[0]:
        return None  # (患上新冠肺炎的|…主任、…: a clause, read by the rules for 的)
    if all(_ends_a_role(part) and _noun_phrase(part) for part in parts):
        return title
    return None


def _ends_a_role(words: str) -> bool:
    """Whether `words` end on a role: a listed title, a person's noun, or a character titles
    end on (港口首席运行|官: CC-CEDICT has no such word)."""
    return words.endswith(TITLES) or heads_a_person(words) or words[-1:] in ROLE_ENDS


# a count of things, not of people, ending the words before a name (拍到一張|…的相片)
_NUMERAL_RUN: Final = r"[一二两兩三四五六七八九十几幾数數\d]+"
_COUNT_OF_A_THING: Final = lazy_compile(_NUMERAL_RUN + "[张張个個件份本篇幅段条條部封]$")
# a count of texts, clips or pictures inside a title (幾段, 一張, 兩篇): what is counted is no
# person, and the title starts after it
_THINGS_COUNTED: Final = lazy_compile(_NUMERAL_RUN + "[段張张條条篇份則则幅封本]")
_COPULAS: Final = frozenset("是 係 像是 担任 擔任 出任 身兼 兼任".split())  # 像是 "to be like"
# the article itself, where its note on names stands (文中|刘梅、孙晨为化名): no one's role
_THE_TEXT: Final = frozenset("文中 本文 文内 文內 此文".split())
_PERSONAL: Final = frozenset("他 她 我 你 他们 她们 我们 你们 他們 她們 我們 你們 谁 誰".split())


_UNCLOSED: Final = lazy_compile(r"[〈《「『“（(][^〉》」』”）)]*$")


_SO: Final = lazy_compile("这样|這樣|这么|這麼|那样|那樣|那么|那麼|如此")


def _no_running_text(
    title: str, known: Mapping[str, list[tuple[str, bool]]] | None = None
) -> str | None:
    """The title, or None where what is left of it is running text: a clause with a pronoun
    (当时他想起|某某) or words broken off at a dash (法官发来判决结果——|某某). A clause that
    ends on the verb whose object the person is keeps only that object (`_verbs_object`).
    A `known` speaker's name that opens the title is another's, as the model's names are
    (马永茂|找…工作人员|郝晋栋: the model reads no name in the title alone); `known` is the
    speakers' forms by their first character (`_Extractor._forms_by_start`)."""
    if _clause_with_a_pronoun(title) and "的" in title:
        # 他手下的|国际业务拓展副总监: whose, then the role, which is the title
        role = title.rsplit("的", 1)[1]
        if role.endswith(TITLES) and len(role) >= 2 and not _clause_with_a_pronoun(role):
            title = role
    if title.endswith(("——", "…")) or _clause_with_a_pronoun(title) or title in _THE_TEXT:
        return None
    if _SO.search(title):
        return None  # 很多观众这样评价一开场|张东升: "so", "like this" say how it was done
    if _TIME_LEAD.fullmatch(title) or _UNCLOSED.search(title):
        return None  # 是日|林鄭月娥: when, not who; 題為 〈|周恩來論香港〉: a work's name cut
    title = _verbs_object(title)
    spans = persons.persons(title)  # tagged once, for both readings of another's name
    names = (known or {}).get(title[:1], ())
    opening = max(
        (f for f, part in names if not part and len(f) >= 2 and title.startswith(f)),
        key=len,
        default="",
    )
    if opening and not any(a == 0 for a, _ in spans):
        spans = [(0, len(opening)), *spans]
    if spans and spans[-1] == (0, len(title)) and plausible_name(title) and not known_name(title):
        return None  # 郭涛|梅芳一家: another person's name, not a role
    if (after := _after_another(title, spans)) is not None:
        return after or None
    for _, b in reversed(spans):
        if (
            title[b : b + 1] in {"和", "與", "与", "及"}
            and len(title) - b > 2
            # a word of its own there (诺贝尔|和平奖: "peace", no joiner)
            and dictionary_word_from(title, b, max(0, b - 4), b + 4) == title[b]
        ):
            return title[b + 1 :]  # …武汉市委书记马国强和|武汉市委副书记、市长: another's title
    return title


def _after_another(title: str, spans: list[tuple[int, int]]) -> str | None:
    """What a title holding another person's name keeps where that name opens a clause
    (容海恩|昨日在|特首, 唐英年|祝賀): the words after the clause's opening, "" where none are
    left; None where no name opens one (…武汉市委书记马国强|和…, a name in a title). `spans`
    are the names the model finds in `title`."""
    if not spans or "的" in title or "之" in title:
        return None  # a relative clause or whose: the rules for 的 read those
    a, b = spans[-1]
    if b - a < 3 or title[a:b].isascii():
        return None  # 凯雷, 金镝|互动, B. Riley: a firm's name as often as a person's
    words = dictionary_words(title[b:])
    if words and words[0] in _TITLE_PREFIXES:
        return None  # 西门子|前高级主管: a title's own opening

    def opens(word: str) -> bool:  # a clause's opening word: a time, an adverb, a verb
        simple = to_simplified(word)
        return is_closed_word(simple) or an_act(simple)

    if not words or not opens(words[0]):
        return None
    while words and opens(words[0]):
        words.pop(0)
        if words and (words[0] in _TITLE_PREFIXES or is_place(to_simplified(words[0]))):
            break  # 联同|前公务员事务局局长, 找|包头高新区…: the title's own opening
    kept = "".join(words).lstrip(" 　")
    return kept if len(kept) >= 2 else ""


def _unnamed_subject(clause: str) -> bool:
    """Whether `clause` opens on a subject of its own that names a person but no one by name:
    a role or a person's noun right before its first verb, preposition or adverb (ICU 的主任|跟
    我打电话, 一位老医生|说). A topic chain stops there: the clauses after it are that person's,
    not those of someone named earlier in the sentence."""
    words = [w for w in dictionary_words(clause) if w.strip(" 　")]
    for index, word in enumerate(words):
        if is_predicate(word):
            head = words[index - 1] if index else ""
            # a verb of one character may be the start of a name the dictionary cut up (外交大臣
            # 拉|布): only a longer word or a closed one shows the predicate has begun
            opens = len(word) >= 2 or is_closed_word(word) or word in _PREPOSITIONS
            return opens and len(head) >= 2 and head.endswith((*TITLES, *GROUPS, *_KIN))
    return False


def _heads_its_clause(lead: str) -> bool:
    """Whether a name after `lead` heads its clause: nothing before it but a title or adverbs
    (省长|许达哲, 在故事里，|夏洛克), not a verb or a preposition whose object it is (主演|韓劇,
    发文举报北航教授|陈小武, 和|陶崇园)."""
    lead = lead.strip(" 　")
    if not lead or only_adverbs(lead):
        return True
    return (
        lead[-1] not in _PREPOSITIONS and lead[-1] not in _COMPARED_WITH and not has_predicate(lead)
    )


def _names_an_organisation(title: str) -> bool:
    """Whether `title` is an organisation's own name: its head (学院, 公司, 研究所) after words
    of its own, no clause (北京服装学院, 欧亚集团; not 这家公司, 他创办的公司)."""
    head = next((h for h in ORGANISATION_HEADS if title.endswith(h)), "")
    if not head:  # 学院, 大学, 中心: the dictionary's kinds of institution, as its last word
        head = next((title[-k:] for k in (3, 2) if names_an_institution(title[-k:])), "")
    rest = title[: len(title) - len(head)]
    return (
        bool(head)
        and len(rest) >= 2
        and not re.match(r"[这這那此该該其本每各]", rest)
        and not has_predicate(rest)
    )


def _kind_then_name(title: str) -> bool:
    """Whether `title` is an organisation's kind, then its own name: a name of words the
    dictionary does not hold or a listed firm's (美国研究公司|百瑞精鼎); the kind no clause
    (not 他创办的公司|…). (A Latin name after the kind is cut off before this is asked, and
    the kind alone is `_names_an_organisation`'s.)"""
    for head in ORGANISATION_HEADS:
        found = title.rfind(head)
        if found < 0:
            continue
        at = found + len(head)
        name, kind = title[at:].strip(" 　"), title[:at]
        if (
            not 2 <= len(name) <= 16
            or has_predicate(kind)
            or re.match(r"[这這那此该該其本每各]", kind)
        ):
            continue
        if (
            is_company(name)
            or (is_han_name(name) and all(len(w) == 1 for w in dictionary_words(name)))
            # or one word the dictionary holds but seldom meets, no role (咨询公司|麦肯锡)
            or (len(dictionary_words(name)) == 1 and not common_word(name) and not _a_role(name))
        ):
            return True
    return False


def _byline(lead: str) -> bool:
    """Whether the words before a name end on a byline's role (记者|王某, 责任编辑|李某): the
    reporter, not a speaker. An editor's post is a title (华尔街日报总编辑, 年度调查编辑)."""
    lead = lead.strip(" 　")
    if re.search(r"(?:》|[A-Za-z] ?)(?:的)?[\u4e00-\u9fff]{0,6}?(?:记者|記者)$", lead):
        # 《卫报》记者|丹尼尔·特里林认为, ESPN 记者|Brian Windhorst 透露, 《纽约时报》的白宫
        # 记者|哈珀曼: a named paper's journalist (on a beat or not), titled so
        return False
    return lead.endswith(BYLINE_ROLES) and not (
        lead.endswith(("编辑", "編輯")) and (len(lead) > 4 or lead.endswith(("总编辑", "總編輯")))
    )


def _a_copula(word: str) -> bool:
    """Whether `word` is a copula or "to serve as" (是, 担任), or 是 joined to an adverb in one
    of jieba's words (正是|中國國家主席的, 就是, 更是); not 还是 "was still", which opens a
    relative clause of the time before (當時還是|區選候選人的|現任區議員)."""
    return word in _COPULAS or (
        len(word) == 2 and word[1] in "是係" and word[0] not in "还還" and only_adverbs(word[0])
    )


# a given name's initials before the surname spelt in characters: J.M.|库切, 作家J. K.|罗琳
_INITIALS: Final = lazy_compile(r"\s*(?:[A-Z][.．·]\s?)+$")


def _given_names_off(title: str) -> str:
    """`title` without the given names that open the person's name (J.M.|库切, 英国小说家J.K.|
    罗琳, 小说家乔丹·|凯斯纳): their initials, and a given name before a middle dot, back to the
    last word that heads a person (小说家); nothing where none does (丹尼尔·W.|德雷兹内)."""
    title = _INITIALS.sub("", title)
    bare = title.rstrip()
    if not bare or bare[-1] not in DOTS:
        return title
    words = dictionary_words(bare[:-1].rstrip())
    for k in range(len(words) - 1, 0, -1):
        role = "".join(words[:k])
        if heads_a_person(role):
            return role
    return ""


def _no_role(title: str) -> bool:
    """Whether `title` ends on a copula (也不失为|张爱玲的知音, 可以是|王某的朋友) or on 得: the name
    after it is the copula's complement or the result's subject, and what stands before it
    other words, no role."""
    last = dictionary_words(title)[-1]
    # a verb and 得 (太阳光照得|邱悦睁不开眼, 风吹得|…): a result's clause, whose subject the
    # name is; 得 ends no role (CC-CEDICT's senses of 得 read as a person's)
    return last == "得" or (
        not heads_a_person(title) and (_a_copula(last) or (len(last) >= 2 and last[-1] in "为為"))
    )


_ORDINAL: Final = lazy_compile(r"第[〇零一二两兩三四五六七八九十百千\d]+(.)")


def _an_ordinal(title: str) -> bool:
    """Whether `title` is an ordinal and its classifier only (在第六十五回|李瓶儿出殡后: the
    chapter, 第三次|…): a place in a sequence, no role (第一夫人, 第三任总统 are roles)."""
    found = _ORDINAL.fullmatch(title)
    return found is not None and found[1] in asset_lines("measure-chars.txt")[0]


def _role_then_de(words: list[str]) -> bool:
    """Whether `words` hold a role and then 的 (發展局局長|的|現任特首): after a copula, a
    relative clause (who served as …) before the title, not a title's own 的 (酒厂的董事长)."""
    return any(word == "的" and "".join(words[:k]).endswith(TITLES) for k, word in enumerate(words))


def _verbs_object(title: str) -> str:
    """What follows the last verb of a clause standing where a title would (政府周五公布|特首,
    最近一起涉及|外交部官员): a clause by an adverb, a time or a preposition before a verb
    with no noun's sense, which no organisation's name holds (疾病控制预防中心, 执行董事). Not
    across 的, which the relative clauses' own rule reads, nor inside a word (呼吸|病学)."""
    if "的" in title or "之" in title:
        return title
    words = dictionary_words(title)
    verbs = [k for k, word in enumerate(words) if is_verb_only(word)]
    if not verbs or verbs[-1] + 1 >= len(words):
        return title
    last = verbs[-1]
    clause = any(
        len(word) >= 2 and is_closed_word(word) and word not in _JOINING and not is_place(word)
        for word in words[:last]
    )  # not 前 (former) nor 首尔, which the tags hold
    clause = clause or _TIME_INSIDE.search("".join(words[1:last])) is not None
    rest = "".join(words[last + 1 :]).lstrip(" 　")
    if not clause or len(rest) < 2 or frequency(words[last] + words[last + 1][:1]):
        return title
    if last + 2 == len(words) and may_act(to_simplified(rest)) and not names_a_role(rest):
        return ""  # 立法會今早召開|調查|梁振英: the object's verb, no title
    return rest


_LIST_HEADS: Final = frozenset({"包括", "包含", "其中包括", "包括了", "例如", "比如"})


def _verb_before_a_title(title: str) -> str:
    """The title after the last verb with no noun's sense in the clause, which takes it as
    its object (提名|原税务局局长, 大会播放|挪威诺贝尔委员会主席, 接到|武汉市…急诊科主任): where
    what follows opens as a title of its own opens (a place, 原, 时任) and ends on a role. A
    verb that names a trade or a department with the words after it stays (制造|研发总监,
    支付|事业部负责人, 执行|副总裁: 副 opens no title alone)."""
    words = dictionary_words(title)
    # a list's head (签署人|包括|著名作家, 嘉宾|包括|前总统): each name after it is one of those
    # it counts, in the role before the name, whatever stands before the list
    listed = [k for k, word in enumerate(words[:-1]) if to_simplified(word) in _LIST_HEADS]
    if listed:
        rest = "".join(words[listed[-1] + 1 :]).lstrip(" 　")
        if heads_a_person(rest) or (len(rest) >= 2 and rest[-1] in ROLE_ENDS):
            return rest
    if "的" in title or "之" in words:
        return title  # a relative clause: the rules for 的 read those (not 之前 "before")
    # 有 "there is, has" standing as a word of its own (民建聯還有|立法會議員, 公司另|有|副总裁,
    # 代表团中还有|财政部副部长): what a body or a gathering has is the person, in the role
    # after it (有限公司, 国有, 拥有者 are other words)
    had = [k for k, word in enumerate(words[:-1]) if to_simplified(word) in {"有", "还有"}]
    if had and heads_a_person(rest := "".join(words[had[-1] + 1 :]).lstrip(" 　")):
        return rest
    for k in range(1, len(words) - 1):
        # an adverb makes the word after it a verb, and a listed title after that is its
        # object whole (立法會即將|調查|行政長官: 调查 is "investigation" too); not where a
        # longer title runs on (山水自然|保护|中心创始人: a body's name)
        if (
            len(words[k - 1]) >= 2
            and only_adverbs(words[k - 1])
            and may_act(to_simplified(words[k]))
            and (rest := "".join(words[k + 1 :])) in _TITLE_SET
        ):
            return rest
    # a verb of saying or asking opening the clause takes whom it answers as its object,
    # whatever the title opens on (回應|星島集團主席, 問及|內地最高人民法院院長; not 道|富环球,
    # a firm), and so does one after an adverb (美國傳媒則|指|總統, 點名|批評|議員; not 下|称,
    # "hereafter")
    answers = (
        bool(words)
        and len(words[0]) >= 2
        and _says_or_asks(words[0])
        # (not 分析|人士, 批评|者: the verb names the people who do it, a title of its own)
        and not (len(words) > 1 and to_simplified(words[1]) in {"人士", "者", "人"})
    )
    said = [
        k
        for k in range(1, len(words) - 1)
        if _says_or_asks(words[k])
        and (
            only_adverbs(to_simplified(words[k - 1]))
            or ADVERBS.fullmatch(words[k - 1])
            # or a person who asks or says (主持人白岩松|问|武汉市委书记, 记者|问|其董事长)
            or (len(words[k - 1]) >= 2 and words[k - 1][-1] in ROLE_ENDS)
            or (
                len(words[k - 1]) == 3
                and surname_length(words[k - 1])
                and is_han_name(words[k - 1])
                and not common_word(words[k - 1])  # (经济学|评价: a field, no name)
            )
        )
    ]
    # a word after the adverbial 地 is a verb, whatever nouns it also means (直言不讳地|批评|
    # 中国国家主席: 批评 is "criticism" too), and so is one after "whether" (是否|应验|全国侨联
    # 副主席: an embedded question's predicate)
    verb = max(
        (
            k
            for k, w in enumerate(words[:-1])
            if is_verb_only(to_simplified(w))
            or (k == 0 and answers)
            or k in said
            or (k > 0 and words[k - 1] == "地" and is_predicate(to_simplified(w)))
            or (k > 0 and to_simplified(words[k - 1]) in _WHETHER and may_act(to_simplified(w)))
            # and one its aspect follows (采访了|前美国驻华外交官)
            or (words[k + 1] in _ASPECTS and may_act(to_simplified(w)))
        ),
        default=-1,
    )
    before = to_simplified(words[verb - 1]) if verb > 0 else ""
    aspect = 0 <= verb < len(words) - 2 and words[verb + 1] in _ASPECTS
    verb += aspect  # what follows the aspect is the object
    opening = to_simplified(words[verb + 1]) if verb >= 0 else ""
    if verb < 0 or not (
        # the verb opens the clause, or an adverb or a person before it (父亲|见到, 记者多次|
        # 拨打); after another noun it may be an organisation's own word (人权|观察|中国部),
        # unless what follows opens on a title's own time (公司|容许|时任特首)
        not before
        or aspect
        or before in _MAKES_A_VERB
        or opening in {"时任", "现任"}
        or is_closed_word(before)
        or is_predicate(before)
        or says_how(before)  # 多次|询问: "repeatedly"
        or names_a_person(before)
        or verb in said  # 主持人白岩松|问: a person's asking
    ):
        return title
    rest = "".join(words[verb + 1 :]).lstrip(" 　")
    opens = is_place(opening) or (opening in _TITLE_PREFIXES and opening not in {"副", "代"})
    # (a verb for certain)
    opens = opens or (verb == 0 and answers) or verb in said or before in _MAKES_A_VERB
    # or after a time or a conjunction of two characters (莫德里之前|解除|航空母艦…艦長)
    opens = opens or (len(before) >= 2 and is_closed_word(before))
    if aspect:
        # after a verb and its aspect, a noun that ends as roles end is whom it took (采访了|
        # 前美国驻华外交官: 外交官 "diplomat" is no agent's word to CC-CEDICT's glosses)
        last = _last_word(rest)
        opens = heads_a_person(rest) or (len(last) >= 2 and last[-1] in ROLE_ENDS)
        return rest if len(rest) >= 2 and opens else title
    return rest if len(rest) >= 2 and opens and heads_a_person(rest) else title


_ASKING: Final = lazy_compile(rf"{_ASKED.pattern}(?:及|到)?")  # 問及, 追問到
_WHETHER: Final = frozenset(
    {"是否", "是不是", "有否", "有没有", "有沒有", "会否", "會否", "能否", "可否"}
)
_WHETHER_WORDS: Final = tuple(_WHETHER)
_MAKES_A_VERB: Final = frozenset({"地", *_WHETHER})  # what makes the word after it a verb
_ASPECTS: Final = frozenset({"了", "过", "過"})  # what makes the word before it a verb
# offices one person holds at a time: a title before two names joined is never both's
_SOLE_OFFICES: Final = tuple(
    "总统 總統 总理 總理 首相 主席 总裁 總裁 书记 書記 国王 國王 女王 特首 CEO 首席执行官 首席執行官".split()
)
# a causative or 给 and at most a role before a name: the name is who is made to feel
_FELT_BY: Final = lazy_compile(r"[让讓令使给給][^，。；：、\s]{0,8}$")
# the verbs of saying of two characters (鄒|重申: no given name)
_SAYING_WORDS: Final = frozenset(to_simplified(v) for v in VERBS if len(v) == 2)
_PRONOUN_LEAD: Final = lazy_compile(r"\s*(?:[我他她][们們]?)")  # who stands before 与, 和
_SERVES_AS: Final = lazy_compile("[任为為]|[担擔出]任")  # 罗冠聪|任主席: serves as


def _says_or_asks(word: str) -> bool:
    """Whether `word` is a verb of saying (VERB_RE) or of asking (問及, 追問): its object is
    who is spoken to or of, never the words of a title."""
    return bool(VERB_RE.fullmatch(word) or _ASKING.fullmatch(word))


def _a_role_in_it(between: str) -> bool:
    """Whether the words between a name and the next are a role, with no verb before it
    (卫健委|高级别专家组组长|钟南山: the body's, a title of the next name; not 科特金|借鉴了
    …经济学家|考恩, the object of a verb)."""
    words = dictionary_words(between)
    if not words or len(words[-1]) < 2 or not words[-1].isalpha():
        return False
    return (between.endswith(TITLES) or words[-1][-1] in ROLE_ENDS) and not any(
        len(word) >= 2 and is_predicate(word) for word in words[:-1]
    )


def _member_of(role: str) -> str | None:
    """A role said with 的 between a body or a place and a person's noun (中心医院急诊科的|
    一名|医生, 三墩镇的|居民): the title they would be given, the two joined (的 kept after a
    person's name: 王立林的上司); None for any other description (第一个到场的人, 他最好的朋友)."""
    body, _, head = role.rpartition("的")
    head = _COUNTED.sub("", head)
    if not (body and head and heads_a_person(head)):
        return None
    if not (
        _names_an_organisation(body)
        or is_place(body)
        or (_noun_phrase(body) and not has_predicate(body) and not _clause_with_a_pronoun(body))
    ):
        return None
    keep = person_like(body) and body[-1] not in "州省市县縣镇鎮村区區乡鄉"  # 王立林的|上司
    return f"{body}的{head}" if keep else body + head


def _works_in(title: str) -> str | None:
    """The organisation a relative clause says the person does something in (在|票代公司|
    负责订票的, 在|某医院|任职的): where they work, as a title; None for any other clause
    (在会上发言的, 在北京工作的: no body)."""
    words = dictionary_words(title)
    first = 1 if words and words[0] in ("在", "於", "于") else 0  # (`_lead_off` took it off)
    if len(words) < first + 3 or words[-1] != "的":
        return None
    for k in range(len(words) - 2, first, -1):  # the longest body before a verb
        body = "".join(words[first:k]).strip(" 　")
        verb = to_simplified(words[k])
        if (
            # a verb of one character with a word after it: one between single characters
            # may be part of a name jieba does not know (研究公司|盛|博的: Gavekal, no verb)
            ((is_predicate(verb) and (len(verb) >= 2 or len(words[k + 1]) >= 2)) or works_at(verb))
            and "的" not in body
            and _names_an_organisation(body)
        ):
            return body
    return None


def _where_they_work(title: str) -> str:
    """The title without a verb of working or studying somewhere and its 于 (现就职于|投资公司
    盛博, 毕业于|香港中文大学的人类学博士): the place they work at is the affiliation; an
    adverb of time before the verb goes with it (现, 目前, 曾)."""
    if "于" not in title and "於" not in title:
        return title
    words = dictionary_words(title)
    k = 0
    while k < len(words) - 2 and only_adverbs(words[k], closed=True):
        k += 1
    verb = to_simplified(words[k]) if k < len(words) - 2 else ""
    if verb[:1] in "现曾原" and len(verb) >= 3:
        verb = verb[1:]  # 现就职: jieba's one word for "now" and the verb
    if works_at(verb) and words[k + 1] in ("于", "於"):
        return "".join(words[k + 2 :]).lstrip(" 　")
    return title


def _clause_with_a_pronoun(title: str) -> bool:
    """Whether `title` holds a personal pronoun standing as a word and not owning a noun
    (当时他想起, 我们回头来看一下, 誰令|潘媽媽): a clause of the running text. 他的父亲 and
    她的丈夫 are titles of a kind, and 马耳他 holds 他 inside a word."""
    if not any(c in title for c in "他她我你谁誰"):
        return False
    words = dictionary_words(title)
    return any(
        word in _PERSONAL and (k + 1 == len(words) or words[k + 1] not in {"的", "之"})
        for k, word in enumerate(words)
    )


def _after_a_demonstrative(title: str) -> str:
    """A title that opens on 这/此 as the subject of a clause (这与|工信部副部长, 这令人想到|日本
    作家, 这有点像|侯宝林): what follows the clause's last verb or preposition, where a person's
    noun heads it; "" where none does (此阶段 is no person's)."""
    if not re.match(r"[这這那此]", title) or "的" in title or "之" in title:
        return title  # (a relative clause the rules for 的 read: 此次…最为严峻的|北威州州长)
    words = dictionary_words(to_simplified(title))
    if words[0] not in {"这", "那", "此"}:
        return title  # 此次, 这家: a demonstrative with its classifier opens a noun phrase
    cut = max((k for k, word in enumerate(words[:-1]) if k > 0 and is_predicate(word)), default=-1)
    if cut < 0:  # no clause: a noun phrase the demonstrative opens, or no title (此阶段)
        return title if heads_a_person(title) else ""
    rest = "".join(words[cut + 1 :])
    return title[len(title) - len(rest) :] if heads_a_person(rest) else ""


# the media of a place or a kind in the short form (陆媒 "mainland media", 港媒, 官媒, 外媒):
# outlets, though 陆 is a surname
_MEDIA: Final = lazy_compile(r"^([\u4e00-\u9fff]媒)(?:报道|報道|報導|消息)?$")
# words that point back in the text ("the said", "the former", "the latter"): no one's role
_POINTERS: Final = frozenset({"上述", "前述", "上文", "前文", "上面"}) | _LATTER_OR_FORMER


def _after_the_body_referred_to(title: str) -> str:
    """A title without the 该/其 and the body it points back to (该公司|董事长, 该院|感染科
    副主任, 该机构的|负责人): "the said company" reads as nothing alone in a list of
    speakers, and the role after it is the title the article gives."""
    if title in _POINTERS:
        return ""  # 如上述|沃克所言: "the said" alone is no role
    if title[:1] not in {"该", "該", "其"}:
        return title
    head, of, rest = title.partition("的")
    if of and len(head) > 6:
        return title  # 该市收治传染病的…: a clause, which the rules for 的 read
    if not of:
        # no 的: the pointing word and the one noun after it, the role beginning on a word
        # of two characters or more (该公益团|成员 keeps its own)
        words = dictionary_words(to_simplified(title))
        skip = 1 if len(words[0]) > 1 or words[0] == "其" else 2
        rest = title[len("".join(words[:skip])) :]
        first = dictionary_words(to_simplified(rest))[:1]
        if not first or len(first[0]) < 2:
            return title
    rest = rest.lstrip(" 　")
    return rest if len(rest) >= 2 and heads_a_person(rest) else title


# a day the clause's subject acted on, right before the verb (栗战书1日|会见|…)
_A_DAY_THEN: Final = lazy_compile(
    r"(?:\d{1,2}[日号號]|[当當今昨]天|日前|近日)(?=[\u4e00-\u9fff]{3})"
)


def _after_where_they_met(title: str) -> str:
    """The title after the place the clause's subject acted in (what stands before it is the
    subject and when) and the verb it did there, whose object the person is (在利雅得|会见|
    突尼斯总统, 在北京以视频方式|会见|新加坡国会议长, 在中南海紫光阁|应约|同|越南总理), or with
    whom it acted there (在人民大会堂|同|智利众议长), or after the day it acted on and the verb
    (栗战书1日|会见|白俄罗斯总统): a title holds a place, but no 在 before it and no verb after
    it. What is left must end on a role, and no 的 may make the verb a relative clause's
    (在北京工作的|律师)."""
    if "的" in title:
        return title
    words = dictionary_words(title)
    # (韩|正在|哈尔滨会见: jieba joins the given name's 正 and 在 into 正在 "in the middle of")
    at = max(
        (k for k, w in enumerate(words) if to_simplified(w) in {"在", "于", "正在"}), default=-1
    )
    first = at + 1  # the place (a verb right after 在: 在|会见|副总统…时, while they met)
    day = _A_DAY_THEN.search(title)
    if day is not None and (at < 0 or len("".join(words[: at + 1])) < day.end()):
        # the verb right after the day (a place after it has its 在)
        lengths = list(itertools.accumulate(map(len, words), initial=0))
        first = lengths.index(day.end()) if day.end() in lengths else len(words)
        return _after_the_verb(words, first, first + 1) or title
    if at < 0:
        return title
    return _after_the_verb(words, first, len(words) - 1) or title


def _after_the_verb(words: list[str], first: int, last: int) -> str | None:
    """What follows the first verb among `words[first:last]` (or a 同, 与, 跟 "with"), where it
    ends on a role (`_after_where_they_met`); None where nothing does."""
    for k in range(first, min(last, len(words) - 1)):
        word = to_simplified(words[k])
        # 在人民大会堂|同|智利众议长|…举行会谈 (和 joins places as often: 在北京和上海)
        with_whom = word in {"同", "与", "跟"}
        if not with_whom and (
            len(word) < 2
            or is_place(word)
            or only_adverbs(word)  # 在北京|分别|会见
            or not may_act(word)  # (在|20|年前|性侵|學生: 年前 "years ago" is a time)
        ):
            continue
        rest = words[k + 1 :]
        if not with_whom and to_simplified(rest[0]) in {"同", "与", "和", "跟"}:
            rest = rest[1:]  # 应约|同|越南总理: with whom
        joined = "".join(rest)
        last_word = _last_word(joined) if joined else ""
        if len(joined) >= 2 and (
            heads_a_person(joined) or (len(last_word) >= 2 and last_word[-1] in ROLE_ENDS)
        ):
            return joined
        return None
    return None


def _lead_off(title: str) -> str:
    """The title without the preposition or conjunction that opens the clause it stands in
    (在|民主党籍的众议院议长, 当|卫生部的应急救灾高级官员), or the copula after a clause that
    names the person as its predicate (引发讨论的是|财政科学院院长), read as whole words: 在野党
    主席 and 和平基金会主席 keep theirs."""
    when = _TIME_LEAD.match(title)  # 6月21日|俄罗斯财政部副部长, 昨天|…: when, not who
    century = _CENTURY_LEAD.match(title)
    if century and is_place(next(iter(dictionary_words(title[century.end() :][:4])), "")):
        when = century  # 19 世纪|英国史学家; not 21世纪|经济报道记者, a paper's name
    if when and len(title) - when.end() >= 2:
        title = title[when.end() :]
        if title[:1] == "的" and len(title) > 2:
            title = title[1:]  # 150 年前|的|法国作家
    dated = list(_DAY_INSIDE.finditer(title))
    if dated and "的" not in (rest := title[dated[-1].end() :]) and heads_a_person(rest):
        title = rest  # 这段话来自 1 月 23 日|…传染病专家: a day ends the clause it dates
    words = dictionary_words(title[:4])
    if len(words) >= 2 and words[1] in {"时", "時"} and may_act(words[0]) and len(title) > 4:
        title = title[len(words[0]) + 1 :].lstrip(" 　")  # 開庭時|裁判官: when they did, not who
    for _ in range(2):  # 並|與|中國國家主席: a conjunction, then a preposition
        words = dictionary_words(title[:4])
        if not (words and words[0] in _OPENERS and len(title) - len(words[0]) >= 2):
            break
        if words[0] == "如" and len(words) > 1 and len(words[1]) < 2:
            break  # 如|武汉市长 "such as", but 如涵 is a firm's name jieba does not know
        rest = title[len(words[0]) :].lstrip(" 　")
        title = rest[1:] if rest[:1] == "的" and len(rest) > 2 else rest  # 当时|的…领导人
    return title


def _inside_a_word(text: str, a: int, b: int, part: bool = False) -> bool:
    """Whether the Latin letters at [a, b) continue a longer word on either side, or, for
    a `part` of a name, end another person's name (Trump of Ivanka Trump is no mention of
    Donald Trump)."""
    return (
        (a > 0 and text[a - 1].isascii() and text[a - 1].isalpha())
        or (b < len(text) and text[b].isascii() and text[b].isalpha())
        or (part and bool(re.search(r"[A-Z][A-Za-z'.-]*\s$", text[max(0, a - 24) : a])))
    )


def _a_verb_before_de(text: str) -> bool:
    """Whether `text` is a verb phrase and 的 alone (来访的, 前来采访的, 在场的): what whom the
    words were said to was doing (对|来访的|李明表示). Not a verb with a noun of its own (对|此次
    事件负责的|李明: 对 is that verb's, the name the subject)."""
    return (
        text.endswith("的")
        and 2 <= len(text) <= 7
        and all(is_predicate(word) for word in dictionary_words(text[:-1]))
    )


def _before_a_lead(subject: str, phrase: re.Match[str]) -> int | None:
    """Where the subject ends before the phrase `phrase` opens on a preposition (用, 向, 对…)
    or on a verb of facing that ends on 向 or 对 (走向, 指向, 面对: 他|走向|市民|說, whom he
    walked up to hears it); None where the preposition is inside another word (方向)."""
    at = phrase.start()
    if len(phrase.group(1)) > 1:
        return at  # 透过, 通过
    start, word = dictionary_word_at(subject, at, 0, len(subject))
    if start == at:
        return at  # 方面|向|記者, 方面|对此: the preposition itself
    facing = start == at - 1 and len(word) == 2 and phrase.group(1) in {"向", "对", "對"}
    return start if facing else None  # not 所以|他, 利用, 参与: no verb of facing


def _a_listeners_lead(role: str) -> bool:
    """Whether `role`, between 向/对 and a name right before a verb of saying, says who the
    listener is: nothing, a role, what they were doing (对|来访的|李明表示), or a person's
    noun a clause of theirs may modify (对|逃到那里的女孩|鲁晓麦说: a novel's girl, whom
    CC-CEDICT's 女孩 "girl" names as no role)."""
    if not role or _a_role(role) or _a_verb_before_de(role):
        return True
    lead, de, head = role.rpartition("的")
    return (
        bool(head)
        and (names_a_human(head) or _a_role(head))
        and (not de or _a_verb_before_de(lead + de))
    )


def _a_role(title: str | None) -> bool:
    """Whether `title` ends on a role a person holds (副教授、禁毒研究专家, 女团成员)."""
    return title is not None and (title.endswith(TITLES) or names_a_person(_last_word(title)))


def _may_be_called(record: Record, address: str) -> bool:
    """Whether `record` may be the person a surname and `address` names: a woman's form of
    address (女士, 太太) is no man's, whom the article calls 他, nor 先生 a woman's; and a
    wife's (王太太, 王夫人, 區太) is only a woman's or a married name's (區陳美華), never that
    of a man who shares the surname, as far as the article tells."""
    if address in _WIVES:
        return record.pronoun == "她" or married_name(record.name)
    said = next((p for end, p in _HONORIFIC_PRONOUNS if address == end), None)
    return said is None or record.pronoun in (None, said)


def _a_latin_names_role(role: str) -> bool:
    """Whether `role`, before a Latin name in a subject, is its title: a role, or a noun that
    ends as titles end (市政执行|官 Jane Shang); not a clause with a pronoun, whose object the
    name is (他有权代表|Sherry Guo)."""
    return (_a_role(role) or role[-1:] in ROLE_ENDS) and not _clause_with_a_pronoun(role)


def _a_persons_noun(title: str) -> bool:
    """`_a_role`, or a noun for a scholar of a field (社会学家, 人類學家), which CC-CEDICT
    often does not hold: the evidence that a place's name before a verb is a person's."""
    return _a_role(title) or title.endswith(("学家", "學家"))


def _last_word(title: str) -> str:
    """The last of jieba's dictionary words in `title` ("" for none)."""
    words = dictionary_words(title)
    return words[-1] if words else ""


def _ends_on_verb(title: str) -> bool:
    """Whether the last word of `title` is one jieba tags a verb or another closed class."""
    return is_predicate(_last_word(title))


_CUT_BEFORE_TITLE: Final = frozenset("被据據由让讓令使请請经經是向对對将將给給从從就像比为為")
# the verbs of a passive, whose agent follows (受到|某某批评, 遭到|…)
_PASSIVES: Final = frozenset("受 受到 遭 遭到 遭受".split())
# verbs of a pivotal sentence (兼语句), whose object is who acts next: 邀请|伊朗外交部长扎里夫
# 访华, 要求|医院检验科主任李某…, 傳召|東區區議員徐某作供, 安排|社区干部郭某跟我沟通. A
# closed class of the grammar. (Not 委托: 家屬委託律師 is the family's lawyer, a noun.)
_PIVOTS: Final = frozenset(
    "邀请 邀請 要求 促使 命令 派遣 吩咐 嘱咐 囑咐 催促 劝说 勸說 鼓励 鼓勵 迫使 允许 "
    "允許 准许 准許 授权 授權 动员 動員 号召 號召 说服 說服 传召 傳召 传讯 傳訊 聘请 聘請 逼迫 "
    "责令 責令 敦促 呼吁 呼籲 请求 請求 指派 任命 委任 安排 派 指定".split()
)
_PIVOT_IN: Final = lazy_compile("|".join(sorted(_PIVOTS)))


def _after_a_pivot(title: str) -> str:
    """What follows the last pivot verb standing as words of its own in `title` (傳|召 are two
    of jieba's words): the pivot's object, whose title it is. Not where a 的 follows the
    pivot's own object (负责邀请嘉宾的|主任: the verb is inside a relative clause; 傳召|案發當晚
    報警的市民 is the pivot's), where a verb follows the object's first
    word (a clause: the object acts), or too little is left to be a title."""
    if _PIVOT_IN.search(title) is None:
        return title
    bounds, at = {0}, 0
    for word in dictionary_words(title):
        at += len(word)
        bounds.add(at)
    last = None
    for found in _PIVOT_IN.finditer(title):
        if found.start() in bounds and found.end() in bounds:
            last = found.end()
    if last is None or len(title) - last < 2:
        return title
    if "的" in title[last:]:
        # the pivot's object a relative clause of its own describes (傳召|案發當晚報警的|市民:
        # a clause with a verb of its own before 的) is whose title it is
        clause = title[last:].rpartition("的")[0]
        return title[last:] if has_predicate(clause) else title
    _object_head, *rest = dictionary_words(title[last:])
    if has_predicate("".join(rest)):
        return title  # 要求|校方|撤銷…: the object acts, and its verb's object is another
    return title[last:]


_COMMON_ALONE: Final = 5000


def _ends_on_an_act(title: str) -> bool:
    """Whether the last word of `title` is a verb of two characters or more and nothing else
    in CC-CEDICT, and no person's noun (a clause before the name: 民建聯不再聯絡|潘太)."""
    last = _last_word(title)
    if len(last) >= 4 and not names_an_act(last) and not names_a_person(last):
        last = last[-2:]  # 开庭|审理: an idiom of acts, read by its last verb
    return len(last) >= 2 and names_an_act(last) and not names_a_person(last)


def _ends_on_no_noun(title: str) -> bool:
    """Whether the last word of `title` is one jieba tags a conjunction, an adverb, a time or a
    particle (于是, 当时, 之后), a common verb of one character (愿意|听) or a verb of two with
    no noun's sense (记者们|找到): a noun phrase ends on its noun. (Other verbs of two are left
    out, and so are pronouns: 导演 and 校委 are roles jieba tags as verbs, 该院 "this hospital"
    a pronoun.)"""
    last = _last_word(title)
    if len(last) == 1:  # 愿意|听, 曾留意|到: a common verb's end, never a noun's (主|播, 校|委,
        # 蟹|农 are rarer alone as words, and 巡查|员 ends titles as 议员 does)
        # (许多人|投: a verb CC-CEDICT gives that jieba's tags leave out)
        return (
            (is_predicate(last) or an_act(last))
            and frequency(last) >= _COMMON_ALONE
            and last not in ROLE_ENDS
        )
    return is_closed_word(last) or is_verb_only(last)  # not 隊|目


def _after_aspect(title: str) -> str:
    """A title is a noun phrase: one with a verb's aspect particle inside, or in the writer's
    own clause, is the part after the verb (法廣記者電話聯繫了|香港中文大學…副教授, 我去找|
    编辑部主任)."""
    mine = title[:1] == "我"
    words = dictionary_words(title)
    depth, quoted = 0, set()  # words inside a quote or a book's name (「上线了」的创始人)
    for k, word in enumerate(words):
        depth = max(
            0, depth + sum(c in _OPENING_MARKS for c in word) - sum(c in _CLOSERS for c in word)
        )
        if depth:
            quoted.add(k)
    cut = max(
        (
            k + 1
            for k, word in enumerate(words[:-1])
            if k not in quoted
            and (
                word in _ASPECT
                or word in _LISTS  # 被捕人士包括|前…副主席、大律師: one of the list
                # a verb of saying that is no noun (普京宣布|提名原税务局局长; not 分析|的…主管)
                or (VERB_RE.fullmatch(word) is not None and is_verb_only(word))
                or (mine and is_predicate(word))
                # a verb after an adverb or a modal heads a clause (人往往会引用|经济学家, 议会
                # 已授予|财政大臣), not a name's compound (医院呼吸|与危重症医学科, 创始人和执行|总裁)
                or (k > 0 and is_verb_only(word) and only_adverbs(words[k - 1]))
                # (an adverb before the modal: 中碳|能|投 and 慈幼|會 are names' parts)
                or (
                    k > 1
                    and words[k - 1] in _MODALS
                    and only_adverbs(words[k - 2], closed=True)
                    and may_act(to_simplified(word))
                )
                # a word after an adverb standing alone is a verb (受訪者已|消化|特首)
                or (
                    k > 0
                    and words[k - 1] in _ADVERBS_ALONE
                    and len(word) >= 2
                    and not names_a_person(word)
                )
            )
        ),
        default=0,
    )
    rest = "".join(words[cut:])
    if cut and rest[:1] in {"的", "之"} and len(rest) > 2:
        rest = rest[1:]  # 曾在万科工作过|的|华大运动CEO: a relative clause's aspect
    return rest if len(rest) >= 2 else title


def _a_bureaus_short_name(after: list[str]) -> bool:
    """Whether the words after a 经 in a title open on one character that a bureau's or a
    commission's head follows (经|信|局局长: 经信局, 经贸委): 经 opens that short name, no
    preposition ("via")."""
    rest = "".join(after)
    return bool(after) and len(after[0]) == 1 and rest[1:2] in "局委厅廳办辦"


def _reporter_acting(title: str) -> bool:
    """Whether `title` is a reporter and what they did, words after 记者 that are no role (财新
    记者|多次联系|刘岩): the name is the object; 记者协会主席 is a role."""
    words = dictionary_words(title)
    at = next((k for k, word in enumerate(words) if word in _REPORTER), None)
    if at is None or at == len(words) - 1:
        return False
    rest = "".join(words[at + 1 :])
    return not _a_role(rest) and not rest.endswith(ORGANISATION_HEADS)


# modal verbs of two characters, and 想 and 必须, that head a predicate: a title holding one
# with a verb after it and no 的 (a relative clause's: 需要处理肺炎病人的|医生) is a clause whose
# object the name is (日产必须效仿|唐唯实的做法); 会 and 能 alone end bodies' short names (红会,
# 监警会, 粤能), so they are left out
_CLAUSE_MODALS: Final = frozenset(
    "可以 必须 必須 必需 想 能够 能夠 应该 應該 应当 應當 需要 愿意 願意 得以".split()
)


def _after_a_modals_verb(title: str) -> str:
    """`title` where it holds no modal verb standing as a word with a word after it and no 的
    after that; else what follows the word after the modal, where that is a role (可以|追溯到|
    哲学家 → 哲学家), or "" (必须|效仿, 想|由此讨论一下: a clause, the name its object)."""
    words = dictionary_words(title)
    at = next(
        (
            k
            for k, word in enumerate(words[:-1])
            if word in _CLAUSE_MODALS and "的" not in words[k + 1 :]
        ),
        None,
    )
    if at is None:
        return title
    rest = "".join(words[at + 2 :])
    return rest if rest and _a_role(rest) else ""


_ASPECT: Final = frozenset("了着著过過")
_LISTS: Final = frozenset("包括 包含 包涵 當中包括 当中包括".split())
_MODALS: Final = frozenset("会 會 要 能 可以 将 將 应 應".split())


def _is_known_form(name: str, records: dict[str, Record]) -> bool:
    return any(name in short_forms(key) for key in records)


# what a firm's name runs into where the article calls it one (亚马逊公司, 华创证券, 温氏股份,
# 某某信托, 某某银行, 安永会计师事务所, 武钢有限),
# or what only a firm has, with 的 or not (特斯拉股价, 亚马逊的市值, 星巴克财报, 谷歌总部; not
# 官网, which a singer has too)
_FIRM: Final = (
    r"(?:公司|集团|集團|股份|证券|證券|资本|資本|汽车|汽車|航空|电子|電子|传媒|傳媒|地产|地產|"
    r"保险|保險|信托|信託|基金|银行|銀行|酒店|超市|(?:会计师|會計師|律师|律師)?(?:事务所|事務所)|有限|"
    r"(?:的\s*)?(?:股价|股價|市值|财报|財報|总部|總部))"
)


def _a_persons_shape(name: str) -> bool:
    """Whether `name` can only be a person's: a dotted name (保罗·特廖洛 of 欧亚集团的|保罗·特廖洛
    is of the firm, where 互联网巨头|谷歌 is the firm), or a Chinese name with a common surname.
    Not a Latin name's shape nor a transliteration alone: Chef Software, 麦肯锡 and 戴姆勒
    have them."""
    return any(d in name for d in DOTS) or (
        # a common surname and a given name no transliteration spells, in no dictionary
        # (麦肯锡公司|王明远; not 戴姆勒, 克罗格, nor 高盛, 麦肯锡, 陶氏: firms' names)
        2 <= len(name) <= 3
        and name[0] in COMMON
        and is_han_name(name)
        and not all(spells_names(c) for c in name[1:])
        and not in_the_dictionary(name)
        and not name.endswith("氏")
    )


# a firm's word after a name, not 基金 of 基金会: a foundation is no firm, and one named after
# a person leaves them a person (盖茨基金会)
_FIRM_NAMED: Final = lazy_compile(rf"(?!基金[会會]){_FIRM}")


def _firm_names(text: str) -> set[str]:
    """Every run of up to 12 characters the article writes straight before 公司, 集团, 证券 …:
    the names it calls firms', gathered in one pass (a book has thousands of speakers)."""
    return {
        text[max(0, m.start() - size) : m.start()]
        for m in _FIRM_NAMED.finditer(text)
        for size in range(1, 13)
    }


# what follows an organisation that has a spokesperson of its own (克里姆林宮發言人, 海康威视的
# 发言人, 海康威视一位发言人, Beyond Meat 的一位发言人: a space before it is read through)
_SPOKESPERSON: Final = tuple(
    f"{between}{word}"
    for between in ("", "的", "一位", "一名", "的一位", "的一名")
    for word in ("发言人", "發言人")
)


_SPOKESPERSON_RE: Final = lazy_compile("|".join(map(re.escape, _SPOKESPERSON)))
# what marks a title off as a list item or Markdown, not part of it (\xa0•中国疾控中心现任副主任)
_MARKUP: Final = "*_#~`> \u3000\xa0•"
"""What a title never holds at its edges: Markdown's emphasis left in the text where it did not
close (**北京副市长王宁…), and spaces."""


_FIRM_END: Final = lazy_compile(rf"[\u4e00-\u9fff]{{2,}}{_FIRM}$")


def _ends_as_a_firm(name: str) -> bool:
    """Whether `name` runs into a firm's word itself (郑华有限, 某某集团): the model read the
    firm's short name as a person's."""
    return _FIRM_END.search(name) is not None


def _called_a_firm(name: str, firms: set[str], text: str) -> bool:
    """Whether the article writes `name` as a firm's (特斯拉公司, 富士康集团): a name of no
    Chinese person's shape run straight into 公司, 集团, 证券 …; a surname and two characters
    (马永茂公司, his firm) is a person's, and so is a surname and one that the article names
    mostly with no firm's word after it (到了苟晶公司门口 "her firm's gate", once in forty)."""
    if name not in firms or not plausible_name(name) or surname_length(name) != 1:
        return name in firms
    if len(name) == 3:
        return all(spells_names(c) for c in name)  # 吉利德公司: a foreign name, spelt
    if common_word(name) or in_the_dictionary(name) or _ends_a_company(name, text):
        return True  # 雷诺公司 "Renault", 蚂蚁金服 (金服 of it)
    return len(re.findall(re.escape(name) + _FIRM, text)) * 2 >= text.count(name)


# a listed firm's ticker in brackets right after its name: 周生生 (00116.HK), 万科 (02202.HK/
# 000002.SZ), 星巴克 (NASDAQ：SBUX), 特斯拉 (TSLA.US)
_TICKER: Final = lazy_compile(
    r"[（(]\s*(?:[A-Z]{2,6}\s*[:：]\s*)?(?:\d{4,6}\.?(?:HK|SH|SZ|hk)|[A-Z]{1,5}\.(?:US|N|O)"
    r"|(?:NYSE|NASDAQ|Nasdaq|纳斯达克|納斯達克|纽交所|紐交所|港交所|深交所|上交所)\s*[:：]?\s*[A-Z0-9]{1,6})"
)


def _listed_names(text: str) -> set[str]:
    """Every run of up to 12 characters the article writes right before a stock ticker in
    brackets (周生生 (00116.HK) 门店的一名店员说道): the names of listed firms, whatever the
    person-name model reads in a jeweller's name shaped as a person's; gathered in one pass."""
    names = set()
    for ticker in _TICKER.finditer(text):
        end = ticker.start()
        while end and text[end - 1] in " \u3000":
            end -= 1
        runs = {text[max(0, end - size) : end] for size in range(1, 13)}
        # (万科 A (000002.SZ): the name is read with the space between Han and Latin left out)
        names |= runs | {re.sub(r"[ \u3000]", "", run) for run in runs}
    return names


def _short_for_a_firm(name: str, text: str) -> bool:
    """Whether `name` is the start of a firm's name the article writes in full (阿里 of
    阿里巴巴, which the dictionary knows as a company): the firm's short name, though the
    model reads it as a person's (Ali)."""
    if not starts_a_company(name):
        return False  # (most names start none: the text is searched for the few that do)
    return any(
        is_company(text[at : at + k])
        for at in occurrences(text, name)
        for k in range(len(name) + 1, len(name) + 5)
    )


def _ends_a_company(name: str, text: str) -> bool:
    """Whether `name` ends a company's name the dictionary knows, somewhere the article
    writes it (金服 of 蚂蚁金服): `_short_for_a_firm` read the other way."""
    return any(
        is_company(text[max(0, at - k) : at + len(name)])
        for at in occurrences(text, name)
        for k in range(1, 5)
    )


def _organisations_aliases(text: str) -> set[str]:
    """The names the article says it calls an organisation or a listed firm from then on
    (莎莎国际控股 (00178.HK，下称莎莎)): the body it names in full before the alias ends on a
    body's word or a stock code. Read in one pass over the article."""
    found = set()
    for alias in _ALIAS.finditer(text):
        opened = max(text.rfind("(", 0, alias.start()), text.rfind("（", 0, alias.start()))
        head = text[max(0, opened - 12) : alias.start()]
        if opened >= 0 and (
            _STOCK_CODE.search(head)
            or text[max(0, opened - 8) : opened].rstrip(" ").endswith(ORGANISATION_HEADS)
        ):
            found.add(alias[1])
    return found


_ALIAS: Final = lazy_compile(r"(?:下称|下稱|简称|簡稱)[「“]?([^」”)）\s，,]{1,12}?)[」”]?[)）]")
_STOCK_CODE: Final = lazy_compile(r"\d{4,5}\.HK|\.S[HZ]|NYSE|NASDAQ")


# a name and 案 is a case's name (「吳某案」, 李某案件), 號 a ship's or a craft's (「羅斯福號」),
# 飓风 a storm's, 事件 or 风波 an affair's (周某事件时，…社评表示): not the person (案發時,
# 案情, 號召, 號稱: words of their own)
_A_THING_AFTER: Final = lazy_compile(
    "案(?![發发情由底頭头卷])|[號号](?![召稱称令])|[飓颶][风風]|事件|[风風][波]"
    # a virus or a syndrome named after someone or somewhere (埃博拉|病毒, 唐氏|综合征)
    "|病毒|[综綜]合[征症]"
)
_OF_A_KIND: Final = lazy_compile(
    rf"等{{1,2}}[^，。；：！？\n{MASK}]{{0,10}}?(?:{'|'.join(ORGANISATION_HEADS)})"
)


# the nouns for a place that end a title naming one (枢纽城市|库姆, 小镇|卡纳尔, 邦交国家|…)
_PLACE_NOUNS: Final = tuple(
    "城市 都市 首都 省会 小镇 县城 縣城 村庄 村莊 国家 國家 地区 地區 港口 邦交国 邦交國".split()
)
# a state, a province, a city or a county: a place a title names by itself
_DIVISIONS: Final = ("州", "省", "市", "县", "縣")


# a district, county, town or village written right after its name (张湾区, 平江县, 石牌村)
_DISTRICT: Final = "区區县縣镇鎮乡鄉村"


def _a_district(name: str, text: str) -> bool:
    """Whether the article writes `name`, a Han name of two or three, as a district's, county's,
    town's or village's (张湾区正在实行…): a word ends on that character after it, not a title
    (区长, 村长) nor a longer word (小贺|村子)."""
    if not 2 <= len(name) <= 3 or not is_han_name(name):
        return False
    for at in occurrences(text, name):
        end = at + len(name)
        if text[end : end + 1] in _DISTRICT:
            start, word = dictionary_word_at(text, end, at, end + 3)
            if start + len(word) == end + 1:  # 张湾区|正在, 张湾|区: not 区长, 村子
                return True
    return False


_DIVISION_CHARS: Final = _DISTRICT + "".join(_DIVISIONS)


def _a_divisions_body(name: str, text: str) -> bool:
    """Whether `name` opens on a division's character (区, 县, 市 …) that the article writes
    right after a place's name, the two a place (江汉|区疾控: 江汉区): the body of that district,
    county or city, whose short name the model read with 区 as a surname (區, Ou)."""
    if name[:1] not in _DIVISION_CHARS:
        return False
    return any(
        is_place(text[at - k : at + 1]) for at in occurrences(text, name) for k in (2, 3) if at >= k
    )


def _titled_namesake(record: Record, text: str) -> bool:
    """Whether a name the dictionaries hold as a place (马丁内斯 Martinez, 加西亚 Garcia, 华盛顿)
    is a person's here: spelt in the characters for foreign names, with a person's title
    (首席执行官|马丁内斯就表示, 社会学家|帕特南说). Alone before a verb (華盛頓表示) it stays the
    place. Or, under a listed title, a name with a surname only CC-CEDICT lists (传播学者|展江)
    or a common surname and a character that is also a word of grammar (副總理|韓正)."""
    title = record.title or ""
    if is_place(record.name) and spelt_count(record.name) * 2 >= len(record.name):
        return _a_persons_noun(title)  # (社会学家|帕特南, 作家|昆德拉: a person's noun)
    name = record.name
    return (
        title.endswith(TITLES)
        and (
            rare_surname_name(name)  # 传播学者|展江: a surname only CC-CEDICT lists
            # 副總理|韓正: a common surname and any character, written right after the title,
            # though 正 is also a word of grammar (not an adverb nor a verb: 市长陈|也表示)
            or (
                len(name) == 2
                and name[0] in COMMON
                and not ADVERBS.fullmatch(name[1])
                and not VERB_RE.fullmatch(name[1])
                and _ends_after(title[-2:] + name, text)
            )
            # 负责人|税宁: a surname no list holds, two characters that make no word; not a noun
            # the article counts (一名|大狀, a barrister)
            or (
                len(name) == 2
                and no_words(name)
                and not is_place(name)
                and re.search(_COUNT + re.escape(name), text) is None
            )
        )
    )


def _ends_after(words: str, text: str) -> bool:
    """Whether the text writes `words` once at least with the name they end on closed: no Han
    character after it, or a verb of saying or an adverb (副總理韓正|，, 議員鲁会|灿 runs on)."""
    for found in re.finditer(re.escape(words), text):
        after = text[found.end() : found.end() + 4]
        if (
            not re.match(r"[\u4e00-\u9fff]", after)
            or VERB_RE.match(after)
            or any(ADVERBS.fullmatch(after[:k]) for k in range(1, 5))  # (韓正|日前指)
        ):
            return True
    return False


def _runs_on(name: str, text: str) -> bool:
    """Whether the article writes `name` mostly run on into the same Han character (小红书,
    小红书, 小红): the start of a longer name, not a name of its own."""
    after = Counter(text[m.end() : m.end() + 1] for m in re.finditer(re.escape(name), text))
    total = sum(after.values())
    if total < 2:
        return False  # once is no pattern (小陈则注意到)
    (following, count), *_ = after.most_common(1)
    return (
        "\u4e00" <= following <= "\u9fff"
        and following not in FUNCTION_CHARS
        and not is_predicate(following)  # 小筏|说 twice is her speaking twice
        and count * 2 > total
    )


_LATIN_LETTER: Final = lazy_compile("[A-Za-z]")


def _has_an_officer(name: str, text: str, people: tuple[str, ...]) -> bool:
    """Whether `name` stands before a listed title and another speaker's name somewhere in
    the article (Recurly 行政总裁伯克哈特, Beyond Meat 行政总裁布朗): a firm with its officer,
    not a person, though it speaks (为该行业提供收费服务的 Recurly 称). A Han name only
    before a firm's officer (贝莱德|首席执行官|芬克): a spokesperson, a lawyer or an aide
    after a name is a person's too (普京|发言人|佩斯科夫). A place may stand between, the
    firm's arm there (毕马威|中国|合伙人)."""
    latin = re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+)*", name) is not None
    if not latin and not is_han_name(name):
        return False
    at = text.find(name)  # each place it stands: a search, not a pattern run along 1 MB
    while at >= 0:
        start, end, at = at, at + len(name), text.find(name, at + 1)
        if _LATIN_LETTER.match(text[start - 1 : start]) or _LATIN_LETTER.match(text[end : end + 1]):
            continue  # inside a longer Latin word (Recurly of Recurlys)
        end += text[end : end + 1].isspace()  # one space or break before the title
        rest = text[end : end + 40]
        # the title right after the name, or after the firm's arm in a place (毕马威|中国|
        # 合伙人, 高盛|亚洲|董事长)
        for k in (0, 2, 3, 4):
            title = _title_opening(rest[k:]) if k == 0 or is_place(rest[:k]) else None
            if title is not None:
                break
        if title is not None and (latin or title in FIRM_OFFICERS):
            after = rest[k + len(title) :].lstrip(" \u3000")
            if any(after.startswith(person) for person in people if person != name):
                return True
    return False


def _read_as(
    text: str, sections: tuple[Section, ...]
) -> tuple[Folded, Squeezed | None, tuple[Section, ...]]:
    """The article as the rules read it: Latin letters without their marks (`Folded`), and
    spaces between Han characters and digits or Latin letters taken out (`Squeezed`)."""
    folded = Folded(text)
    squeezed = Squeezed(folded.text, WORD_GAPS) if WORD_GAPS.search(folded.text) else None
    return folded, squeezed, squeezed.inward_all(sections) if squeezed else sections


def model_inputs(text: str, sections: tuple[Section, ...], share: float) -> list[tuple[str, bool]]:
    """What `find_speakers` will likely ask the name model (`persons.tag`) of the last
    `share` of the article: each sentence that holds a verb of saying, as the rules read it.
    Another process tags them while the speakers are found (`known`): the model is a third of
    the speakers' time on news, and the rules reach those sentences last. A guess: a sentence
    it misses is tagged when it is met, one it adds costs only the other process's time, and
    one met earlier in the article is left out."""
    folded, squeezed, sections = _read_as(text, sections)
    extractor = _Extractor(squeezed.text if squeezed else folded.text, sections)
    masked, read = extractor.masked, []
    for start, end in (p for s in sections for p in extractor.paragraphs(s)):
        for sentence in _sentences(masked, start, end):
            for m in VERB_RE.finditer(masked, *sentence):
                # what `_cues` passes over first (知道, 说明书) asks the model nothing
                if not masked[max(0, m.start() - 3) : m.start()].endswith(
                    NOT_SPEECH_BEFORE
                ) and not NOT_SPEECH_AFTER.match(masked[m.end() : m.end() + 7]):  # (^)
                    read.append(sentence)
                    break
    # a sentence met before is tagged there, by the speakers themselves (`persons._tagged`
    # keeps it): an article that repeats itself leaves the other process nothing to do
    first: dict[str, int] = {}
    for index, (start, end) in enumerate(read):
        first.setdefault(masked[start:end], index)
    inputs, left = [], share * sum(b - a for a, b in read)
    for index in range(len(read) - 1, -1, -1):
        if left <= 0:
            break
        start, end = read[index]
        if first[masked[start:end]] == index:
            inputs.append((extractor._read(start, end)[1], extractor._traditional))
        left -= end - start
    return inputs


def find_speakers(
    text: str, sections: tuple[Section, ...], known: persons.Known | None = None
) -> tuple[Speaker, ...]:
    """Every person (or group) quoted or reported in the article, in order of first appearance.

    Whatever rule named them, a speaker must look like a person (`person_like`). Spaces
    between Han characters and digits or Latin letters (张某 3 日表示, 据 Ray 介绍) are read as
    if absent; quotes keep the article's own offsets and text. `known`: the name model's
    labels of some sentences, worked out ahead (`model_inputs`)."""
    article = text
    folded, squeezed, sections = _read_as(text, sections)
    text = folded.text
    records = _Extractor(squeezed.text if squeezed else text, sections, known).run()
    firms = _firm_names(text)
    listed = _listed_names(text)
    aliases = _organisations_aliases(text)
    # what stands before each spokesperson word: one pass, not one search of the text a name
    spoken_for = [text[max(0, m.start() - 40) : m.start()] for m in _SPOKESPERSON_RE.finditer(text)]
    people = tuple(r.name for r in records if not r.group)
    speakers = []
    for record in records:
        if not record.quotes or not (
            record.group
            or record.pseudonym
            or person_like(record.name)
            or (record.name[-1] in _NAME_ENDS and person_like(record.name[:-1]))  # 吴永正
            or _titled_namesake(record, text)
        ):
            continue
        if (
            not (record.group or record.pseudonym or _a_role(record.title))
            and glossed_as_no_name(record.name)
            and text.count(record.name) <= 2
            and not re.search(re.escape(record.name) + r"\s*[（(]\s*[A-Z]", text)
        ):
            # 律師的|陳詞|，認為…: a word ("statement") met once or twice, whatever stands
            # before it that is no role (两鬓|刘海 "bangs"); not 哈拉 (Martin Hala), nor 雷鸣
            # ("thunder") whom an article names six times as who acts
            continue
        # a title that says the name is a firm's or a body's (连锁超市巨头|克罗格), a name
        # that has a spokesperson of its own in the article (克里姆林宮|發言人), or one the
        # dictionary knows as a company and no person (星巴克) with no person's title: a group
        officer = False
        # a person's role before the name, a listed title or a word for a person that ends as
        # titles end (前总统|奥巴马, 德国工程师|博世; not 蚂蚁|金服, "ant"), keeps a
        # spokesperson's or a firm's sense of the name from making them a body
        titled = _a_role(record.title) and (record.title or "")[-1:] in ROLE_ENDS
        body = (
            bool(
                record.title
                # (a shop's kind too: 化妆品连锁店|莎莎, 便利店)
                and record.title.endswith((*ORGANISATION_HEADS, "店"))
                and not _a_persons_shape(record.name)
            )
            or (
                len(record.name) >= 2
                and not record.pseudonym
                and any(before.rstrip(" ").endswith(record.name) for before in spoken_for)
                and not titled  # 前总统|奥巴马的发言人
                and not lives_on(record.name)  # 普京|发言人: a living person's
            )
            or (officer := _has_an_officer(record.name, text, people))
            or (
                (
                    is_company(record.name)
                    or (record.name.isascii() and latin_firm(record.name))  # Uber (Eats)
                    or _called_a_firm(record.name, firms, text)
                    or _ends_as_a_firm(record.name)
                    or _short_for_a_firm(record.name, text)
                    or record.name in aliases
                    or record.name in listed
                )
                and not titled
            )
        )
        if familiar_given(record.name) and _runs_on(record.name, text):
            continue  # 小红|书: a longer name the article writes, not 小 and a given name
        if (record.title or "").endswith(_PLACE_NOUNS):
            continue  # 伊朗中部枢纽城市|库姆: a city the title calls one, no person
        if not (record.group or record.pseudonym or _a_role(record.title)) and _a_divisions_body(
            record.name, text
        ):
            continue  # 江汉|区疾控仍回复: the district's disease control, 区 no surname here
        if (
            not (record.group or record.pseudonym)
            # (no title, or a place's: 湖北的仙桃市|彭场镇 is a town of that city)
            and (not record.title or record.title.endswith((*_DIVISIONS, *_DISTRICT)))
            and _a_district(record.name, text)
        ):
            continue  # 茅箭区和张湾区…。张湾开始实行…：the article's own district
        if (
            record.title
            and record.title.endswith(_DIVISIONS)
            and is_place(record.title)
            and not _a_persons_shape(record.name)
            and not re.search("[姓某]|先生|女士|小姐|太太", record.name)  # 上海市|徐姓女子
        ):
            continue  # 亚利桑那州|弗拉格斯塔夫, 马萨诸塞州|赛默飞世尔: a town or a firm there
        if not (record.group or record.title or record.pseudonym) and names_a_proper_thing(
            record.name
        ):
            continue  # 白宫表示: the White House, no person; 董秘|秦军 (the Qin army) is one
        if (
            not (record.group or body)
            and names_a_thing(record.name)
            and not re.search(re.escape(record.name) + r"\s*[（(]\s*化名", text)  # 参宿（化名）
            and not (_a_role(record.title) and f"{(record.title or '')[-2:]}{record.name}" in text)
        ):
            # 儒家提出「…」: a word for a thing, with no person's title before it; a role after
            # it is the thing's (欧佩克|代表说: OPEC's delegate, unnamed)
            continue
        if not record.group and record.name in _TITLE_SET:
            body = True  # 振德医疗|董秘告诉财新记者: a role with no name, someone unnamed
        some = not record.group and _SOME.fullmatch(record.title or "") is not None
        if some:
            body = True  # 一些|党媒称: "some" before it, a kind of speaker, not a name
        quotes = _outermost(sorted(set(record.quotes), key=lambda q: (q.start, q.end)))
        if squeezed is not None:
            quotes = squeezed.outward_all(quotes, article)
        elif text is not article:
            quotes = [replace(q, text=article[q.start : q.end]) for q in quotes]
        own = record.title or (None if record.group or body else record.shared_title)
        title = _given_names_off(_after_a_report((own or "").strip(_MARKUP))) or None
        if title is not None and _ends_on_a_transitive(title):
            title = None  # 纪念|邓小平, 会议选举|毛泽东: the verb whose object the name is
        if officer or some:
            title = None  # Recurly|行政总裁: its officer's title, read as its own; 一些 no title
        name = record.name if record.group or body else _spelt_whole(record.name, text)
        if name != record.name and title and title.endswith(name[: len(name) - len(record.name)]):
            title = title[: len(title) - len(name) + len(record.name)] or None
        if text is not article:
            name, title = folded.back(name), title and folded.back(title)
        if title and "〈" in text:
            title = _WORK_NAMES.sub(lambda m: _as_written(m[0], text), title)
        speakers.append(Speaker(name, title, record.group or body, tuple(quotes)))
    return tuple(speakers)


_WORK_NAMES: Final = lazy_compile(r"《[^《》]+》")


def _as_written(work: str, text: str) -> str:
    """A work's name in a title with the marks the article puts round it: the rules read
    〈篇名〉 as 《篇名》 (`_COMMON_FORMS`), and a title is given as written."""
    single = "〈" + work[1:-1] + "〉"
    return single if work not in text and single in text else work


def _says_someone(word: str) -> bool:
    """Whether `word` (two characters or more) is a noun for someone unnamed (老师, 妈妈, 男子,
    网友): a person's noun, a relative or a human in CC-CEDICT, or ending as such nouns do."""
    return len(word) >= 2 and (
        names_a_person(word) or names_kin(word) or names_a_human(word) or word[-1] in _AGENT_ENDS
    )


def _someones_noun(head: str) -> bool:
    """Whether `head`, a subject's noun, says someone (工人, 女子, 服务员, 记者): its last word
    does (`_says_someone`), or it ends as titles do."""
    last = _last_word(head)
    return len(last) >= 2 and (_says_someone(last) or head.endswith(TITLES))


def _someone_else_opens(between: str) -> bool:
    """Whether a clause after the first of `between` (from a name to a quote) opens on someone
    unnamed or on a kind of people (有人, 不少市民): its subject, not the name before."""
    return any(
        _opens_on_someone_unnamed(_LEADING_ADVERBS.sub("", clause.lstrip(" 　")))
        for clause in re.split(r"[，,；;]", between)[1:]
    )


def _opens_on_someone_unnamed(opening: str) -> bool:
    """Whether a clause's `opening` (adverbs left out) is someone unnamed or a kind of people
    (有人, 对方, 不少市民): the clause's own subject, which no name before it is."""
    return opening.startswith(_SOMEONE) or _SOME.match(opening) is not None


# plural determiners: what they count is a kind, never one person's name (一些|党媒, 部分|学者)
_SOME: Final = lazy_compile(
    "一些|有些|部分|一部分|许多|許多|不少|很多|众多|眾多|诸多|諸多|大批|一批|多家|多位|多名|几位|幾位|几家|幾家"
)


def _spells_on(char: str) -> bool:
    """Whether `char` may go on spelling a foreign name: a Han character for the sounds of
    foreign names, no function character (施瓦茨 is always 和|施瓦茨 after 弗里德曼)."""
    return bool(char) and is_han_name(char) and spells_names(char) and char not in FUNCTION_CHARS


def _spelt_whole(name: str, text: str) -> str:
    """A transliterated name widened by the characters that spell names around it wherever the
    article writes it: a rule or the model that cut 扎克|伯格 or 拉|乔利纳 at a dictionary word
    is overruled by the article, which never writes 伯格 alone."""
    if not (is_han_name(name) and spelt_count(name) == len(name)) or len(name) < 2:
        return name
    while len(name) < 8:
        found = [m.start() for m in re.finditer(re.escape(name), text)]
        if len(found) < 2:
            return name  # once is no evidence: the next character may be the next word
        # the character and the one beyond it must make no common word (护士|布西, 克莱姆森|大学)
        before = {"" if common_word(text[at - 2 : at]) else text[at - 1 : at] for at in found}
        after = {
            "" if common_word(text[at + len(name) : at + len(name) + 2]) else text[at + len(name)]
            for at in found
            if at + len(name) < len(text)
        }
        if len(before) == 1 and _spells_on(c := before.pop()):
            name = c + name
        elif len(after) == 1 and _spells_on(c := after.pop()):
            name += c
        else:
            return name
    return name
