"""What stands in the subject of a speech verb: the shapes of a name at its head, and of the
predicate between that name and the verb.

The speaker finder (speakers.py) cuts a clause before its verb; these functions read that
subject the way Chinese news writes it, by the structure of the language (a surname, a title,
a preposition, a time word) and the dictionaries' own tags, not by lists of names.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.cues import BYLINE_ROLES, GROUPS, TITLES
from reader.core.lazy_re import lazy_compile
from reader.core.name_shapes import (
    DOT,
    FUNCTION_CHARS,
    LATIN_PARTICLE,
    NAME_MIDDLE,
    ROLE_ENDS,
    acts_first,
    adverb_then_word,
    cedict_surname,
    common_word,
    familiar_given,
    familiar_surname,
    frequency,
    from_a_place,
    function_inside,
    has_a_persons_sense,
    is_closed_word,
    is_han_name,
    is_place,
    is_predicate,
    japanese_name,
    known_name,
    known_with_a_particle,
    latin_firm,
    names_a_person,
    names_a_role,
    plausible_name,
    spells_names,
    spelt_count,
    starts_inside_a_word,
    title_end,
    word_bounds,
)
from reader.core.names import COMMON as COMMON_SURNAMES
from reader.core.names import surname_length

MASK: Final = "\ue000"  # a speech quote's filler in the masked text: same length, no match
GLOSS: Final = "\ue001"  # a name's Latin gloss in brackets, the same way

# A surname and an honorific or a masked given name: 王女士, 區太, 陳伯, 梁某基, 李某某.
_POLITE_NAME: Final = lazy_compile(
    r"(?:先生|女士|小姐|太太|太|伯|婆|姐|嫂|叔|姨|同學|同学|老師|老师|某某|某[\u4e00-\u9fff]?)$"
)
# What opens a predicate: a preposition, a time word or an adverb. A name right before one is
# the subject of the clause however long the predicate runs before its speech verb (周某|在臉書
# 發文指出, 张某|今日出席活动后对传媒表示).
_PREDICATE_OPENER: Final = lazy_compile(
    r"^(?:在|于|於|对|對|向|跟|给|給|透过|透過|通过|通過|藉|借|接受|出席|今|昨|前天|近日|日前|早前|"
    r"上周|上週|本周|本週|[上下]午|晚间|晚間|当天|當天|也|还|還|则|則|更|又|亦|再|便|就|曾|已|随后|"
    r"隨後|随即|隨即|并|並|先后|先後|发文|發文|贴文|貼文|撰文|发帖|發帖|受访|受訪"
    r"|\d{1,4}\s?[年月日号號]|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]"  # 1月4日
    r"|[上下本去](?:个|個)?(?:年|月|周|週|星期))"  # 上月底, 去年底, 下個月: a time, its part
)
# how often jieba counts a predicate word that may follow a two-character name (严厉 1,260)
_COMMON_WORD: Final = 1000
# the last character of a place's name that the title of its head repeats (州|州长, 市|市长)
_PLACE_ENDS: Final = frozenset("州省市县縣郡区區镇鎮村")
# the words for the day a clause's subject acted, right after the subject (涅边贾|当天)
DAY_WORDS: Final = "[当當]天|今天|昨天|日前|近日|同一天|[当當]日|早前|此前"
# when, after a name and before its verb: a date (所长徐某|1月4日表示) or a day's word
_DATE_TAIL: Final = lazy_compile(rf"(?:(?:\d{{1,4}}\s?[年月日号號])+|{DAY_WORDS})$")
# A predicate that ends in a noun phrase's head is no predicate: 张某的同事|表示, 张某公司|表示
_NOUN_PHRASE_END: Final = lazy_compile(r"的[^的]{1,4}$")


# a predicate does not end on a title or a group (张某公司发言人|表示)
_TITLES_AND_GROUPS: Final = (*TITLES, *GROUPS)
# what may follow a name and say a person: a title or a form of address
_TITLES_AFTER: Final = (*TITLES, "先生", "女士", "小姐", "爵士", "勳爵", "勋爵")
# roles that are someone's, never a form of address after a name: what stands before them is
# whose role it is (白宫|发言人, 特斯拉|创始人), where 李强|教授 and 王委员 name the person
OWNED_ROLES: Final = tuple(
    "发言人 發言人 负责人 負責人 创始人 创办人 創辦人 联合创始人 聯合創始人 合伙人 合夥人 董秘".split()
)
TITLE_GRADES: Final = frozenset(
    "助理 资深 資深 高级 高級 首席 客座 特聘 名誉 名譽 荣誉 榮譽 讲座 講座 终身 終身 兼任 专任 專任".split()
)
"""What may stand between a name and the title after it (朱岳中|助理|教授, 王明|资深|研究员):
the grades and standings a title takes, a closed class."""
# a given name, or a full name of two or three words (Ray Valdes), in Latin letters
_GIVEN_NAME: Final = lazy_compile(
    rf"(?<![A-Za-z])阿?[A-Z][a-z]{{2,12}}(?:(?: {LATIN_PARTICLE})? [A-Z][a-z'-]{{1,15}}"
    r"(?:-[A-Z][a-z']{1,15})?){0,2}$"
)


def _name_ending(head: str) -> str:
    """The name `head` ends on, where a title follows it: a Chinese name with a common
    surname (王建国|院长, 李强|教授) or a foreign name spelt out (馬丁路德金|博士); "" if none."""
    for size in (3, 2):
        name = head[-size:]
        if size == 3 and head[:-2].endswith(TITLES):
            continue  # 副主任|姚岚|教授, not 副主|任姚岚
        if name[-1] in "前原":
            continue  # 雷诺|前|总裁: "former" opens the title, it ends no name
        surname = surname_length(name)
        if (
            surname
            and plausible_name(name)
            and (name[:surname] in COMMON_SURNAMES or surname == 2)
            and not any(c in FUNCTION_CHARS for c in name[surname:])
            and not starts_inside_a_word(head[:-size], name)  # 各|方企业|负责人
        ):
            return name
    return _spelt_tail(head)


def heads_its_place(name: str, title: str) -> bool:
    """Whether `name` ends on a place's last character that the `title` after it repeats
    (罗斯托夫州|州长, 某某市|市长): the place's name, and the title its head's, unnamed."""
    return name[-1:] in _PLACE_ENDS and title.startswith(name[-1])


def starts_predicate(text: str) -> bool:
    """Whether `text` opens on a preposition, a time word or an adverb."""
    return bool(_PREDICATE_OPENER.match(text))


def has_predicate(words: str) -> bool:
    """Whether `words` hold a verb or an adverb (a clause, not a noun phrase)."""
    from reader.core.segment import dictionary_words

    return any(is_predicate(w) for w in dictionary_words(words) if len(w) >= 2)


def _spelt_tail(head: str) -> str:
    """The longest foreign name spelt at the end of `head` (民權領袖|馬丁路德金), or ""."""
    from reader.core.script import to_simplified
    from reader.core.segment import dictionary_word_at

    simple = to_simplified(head)
    start = len(head)
    while start and spells_names(simple[start - 1]) and len(head) - start < 8:
        start -= 1
    if 0 < start < len(head):
        # a common word the run's first character ends (感|谢里斯特: 感谢 "to thank", then
        # 里斯特): the name starts after that word
        at, word = dictionary_word_at(head, start, 0, len(head))
        if at < start and common_word(word):
            start = at + len(word)
    return spelt_name(head[start:]) if len(head) - start >= 3 else ""


def spelt_name(words: str) -> str:
    """A foreign name spelt in the characters for one, as all of `words` (古特雷斯), or ""."""
    from reader.core.script import to_simplified
    from reader.core.segment import dictionary_words

    simple = to_simplified(words)
    end = len(words)
    whole = len(words) >= 3 and dictionary_words(words) == [words]  # 内塔尼亚胡: one word
    while end and not whole and not spells_names(simple[end - 1]):
        end -= 1  # 普伊格蒙特|並無, 伊利莎伯二世|來: the name ends on its spelling
    if (
        0 < end < len(words)
        and "\u4e00" <= words[end] <= "\u9fff"
        and words[end + 1 : end + 2] in {"", " ", "的", "之"}
        and not _ends_a_clause(simple[end])
    ):
        end += 1  # 格奥尔基耶娃 (at the subject's end, before 的 or the verb; 扎哈罗娃 |的话):
        # a last character rarer in names than 斯 or 克, and no word of its own
    words = words[:end]
    if not 3 <= len(words) <= 8 or not is_han_name(words):
        return ""
    pieces = dictionary_words(words)
    if len(pieces) > 1 and all(len(p) > 1 and common_word(p) for p in pieces):
        return ""  # 部门|人士: common words, each of two characters or more, spell no name
    return words if spelt_count(words) * 3 >= len(words) * 2 and not common_word(words) else ""


def _ends_a_clause(char: str) -> bool:
    """A closed-class character or one a verb is made of (並, 來, 無): no name ends on it."""
    return char in FUNCTION_CHARS or is_predicate(char) or frequency(char) >= 10000


def rare_surname_name(name: str) -> bool:
    """Whether `name`, right after a listed title and before the verb, is a surname CC-CEDICT
    gives that is a common word too (展 "to unfold", so on no list of surnames here) and one or
    two characters of a given name, the whole no word (传播学者|展江|提醒)."""
    return (
        2 <= len(name) <= 3
        and is_han_name(name)
        and cedict_surname(name[0])
        and not common_word(name)
        and (len(name) == 2 or not common_word(name[1:]))  # 江 of 展江 is a word alone
        and not any(c in FUNCTION_CHARS or is_predicate(c) for c in name[1:])
    )


def no_words(name: str) -> bool:
    """Whether `name`, right after a title and before the verb, is two to four characters that
    make no dictionary word and no function word (首席经济学家|美和卓|认为): a name the surname
    list does not know (美和卓 is Japanese), not an adverb (经理|亦|表示). 和 and the name-middle
    characters count as a name's in the middle of three."""
    from reader.core.segment import dictionary_words

    inner = name[0] + name[2:] if len(name) == 3 and name[1] in NAME_MIDDLE | {"和"} else name
    # the middle of three may be a character jieba tags alone as a verb or a place word (涅|边|
    # 贾): an adverb or a verb there has a name's character on both sides, which it never has
    middle = name[1] if len(name) == 3 and name[1] not in FUNCTION_CHARS else ""
    return (
        2 <= len(name) <= 4
        and is_han_name(name)
        and all(len(w) == 1 for w in dictionary_words(name))
        and not any(c in FUNCTION_CHARS or c in "们們等" for c in inner)
        and not any(is_predicate(c) for c in inner if c != middle)
    )


def bare_name(subject: str) -> bool:
    """Whether a subject that is nothing but a surname and a given name is one by its shape
    alone: a common surname, and a given name that is no word of the language and holds no
    particle or preposition (not 余|向廖說, 梁|無奈道, 連|番質疑, 曾|亲口说). Others are left to the
    name model."""
    size = surname_length(subject)
    given = subject[size:]
    return (
        (subject[:size] in COMMON_SURNAMES or size == 2)
        and not function_inside(subject, size)
        and not is_predicate(subject)  # 周一 (Monday), a time word in a name's shape
        and not any(c in "向對对給给跟" for c in given)
        and (len(given) < 2 or frequency(given) < 500)  # one character is always a word
        and not adverb_then_word(subject)
        and not (len(given) == 1 and subject[0] in "向于於和与與将將对對")  # 向|石說: to 石
        and not (len(given) == 1 and (is_predicate(given) or given in "人們们"))  # 易|供, 令|人
    )


def opens_on_predicate_word(between: str, least: int = 0) -> bool:
    """Whether `between` opens on a word of two characters or more that jieba tags a verb, an
    adverb, a preposition or a time (针对…就已指出, 当然可以认为): what no list holds; one
    jieba counts at least `least` times."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(between[:8])
    if words and len(words[0]) == 1 and is_predicate(between[:2]):
        words[0] = between[:2]  # jieba's route cuts a time it holds (李克强|上|月|表示: 上月)
    return (
        bool(words)
        and len(words[0]) >= 2
        # or the whole gap is one word whose first sense is a verb's (贾平|分析|说, 总结|说)
        and (is_predicate(words[0]) or (words[0] == between and acts_first(words[0])))
        and (not least or frequency(words[0]) >= least)
    )


def _manner_before(between: str) -> bool:
    """Whether `between` holds an adverbial of manner, a phrase and 地 as a word of its own
    (面露讥讽|地|回答, 语重心长|地, 开玩笑|地|跟他): what stands before a verb after its
    subject, whatever the phrase (not 当地, 土地, 各地: 地 in a word)."""
    from reader.core.segment import dictionary_words

    return "地" in between[2:] and "地" in dictionary_words(between)[1:]


# 等 and the kind of people the name is one of (等行政法学者, 等多位专家, 等人)
_AND_OTHER_PEOPLE: Final = lazy_compile(
    r"等(?:[^，,。；;：:、\ue000]{0,8}?(?:学者|學者|专家|專家|人士|官员|官員|委员|委員|代表|议员|議員|"
    r"律师|律師|教授|医生|醫生|学生|學生|研究员|研究員|人))"
)


def _in_a_place(between: str) -> bool:
    """Whether `between` is where the subject was when speaking (朱克|在…17 楼的办公室|说,
    某某|在…提交的《…》中|表示): a phrase 在 or 于 opens and a place's word or a position word
    ends; 张某|在公司的同事|说 is a colleague speaking, 在…的这一介绍 a noun."""
    tail = between.rsplit("的", 1)[-1]
    return (
        between[:1] in "在于於"
        and tail[-1:] in _PLACE_LAST
        and not tail.endswith((*TITLES, *GROUPS))
        and not names_a_person(tail, loosely=True)
    )


# what a phrase of place ends on: a position word (会上, 文章里, 提案中) or a room's or a
# meeting's word (办公室, 媒体会)
_PLACE_LAST: Final = frozenset("上中里裡内內室会會厅廳")


# verbs of speaking to or about someone or something, whose object stands before a 说 that
# goes on with what was said (某某|评价特朗普的孩子们|说：…, 某某|回应外界的质疑|说): the
# object's noun phrase is no subject. Not verbs that take a clause (认为, 表示, 相信), whose
# clause may have a subject and a 说 of its own.
_OF_WHOM_THEN: Final = lazy_compile(
    r"^(?:评价|評價|批评|批評|形容|描述|回应|回應|回答|告诉|告訴|提到|提及|谈到|談到|谈及|談及|"
    r"谈起|談起|说起|說起|质疑|質疑|反驳|反駁|称赞|稱讚|赞扬|讚揚|抨击|抨擊|提醒|警告|追问|追問|反问|反問)"
    r"[^，,。；;：:]+$"
)


def opens_predicate(between: str, name: str = "") -> bool:
    """Whether the text between a name and its speech verb is a predicate the name is the
    subject of (a preposition, time word or adverb first; no noun phrase or quote at its end).
    After a name of two characters only the listed openers and common words count: the model
    may have cut a name short (邱某|明早前 is 邱某明|早前; 明早 is rare, 严厉 1,260 in jieba's
    counts: 毛宁|严厉批评称)."""
    # the gloss and a space after it: 某某（Latin Name）對記者說, 某某 (Latin Name) 周四向…表示
    between = between.lstrip(GLOSS + " \u3000")
    # a title or an honorific after the name is no part of the predicate (某某先生|在…现场说)
    after = next((t for t in _TITLES_AFTER if between.startswith(t)), "")
    if after and len(between) > len(after) and _PREDICATE_OPENER.match(between[len(after) :]):
        between = between[len(after) :]
    # nor are the others named with them (宋某等行政法学者|在…中也表示: they and more speak)
    others = _AND_OTHER_PEOPLE.match(between)
    if others and len(between) > others.end() and _PREDICATE_OPENER.match(between[others.end() :]):
        between = between[others.end() :]
    if _OF_WHOM_THEN.match(between) and MASK not in between:
        return True  # 某某|评价特朗普的孩子们|说：the verb's object, then what was said
    return bool(
        between
        and not between.startswith(("为首", "為首"))  # 以某某|为首的团队辩称: the team's
        and (
            _PREDICATE_OPENER.match(between)
            or opens_on_predicate_word(between, _COMMON_WORD if len(name) == 2 else 0)
            or _manner_before(between)
        )
        and not (_NOUN_PHRASE_END.search(between) and not _in_a_place(between))
        and MASK not in between
        and not between.endswith(_TITLES_AND_GROUPS)
    )


def _given_name_alone(given: str) -> bool:
    """Whether what follows a surname is no word of grammar nor a date: not 村上|然後,
    安倍|直到, 木田|的歌声 (a conjunction, a preposition, a particle opening it), 山口|廿六日."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(given)
    return (
        "的" not in given
        and not (words and len(words[0]) >= 2 and is_predicate(words[0]))
        and not _DAY_IN_WORDS.search(given)  # 山口|廿六日指出: a date, not a given name
    )


_DAY_IN_WORDS: Final = lazy_compile("[廿卅〇零一二三四五六七八九十]+[日号號]$")


# English forms of address, which the Latin given-name shape takes in (我们的|Sir|感慨)
_FORMS_OF_ADDRESS: Final = frozenset("Sir Madam Madame Miss Mister Boss".split())


def _japanese_name_at_end(subject: str) -> str | None:
    """A Japanese name (a surname CC-CEDICT knows, which the Chinese list cannot read) that is
    the whole subject (山口那津男表示) or ends it after a title, a person's noun or 的 (作家|
    村上春树表示); not 安倍|政府 (a body), nor where the title runs on into the surname
    (董事长|井贤栋 is no 董事|长井)."""
    from reader.core.segment import dictionary_words

    for size in (len(subject), *(n for n in (5, 4, 3) if n < len(subject))):
        name, lead = subject[-size:], subject[:-size]
        if not (japanese_name(name) and not common_word(name[2:]) and _given_name_alone(name[2:])):
            continue
        if not lead:
            if not common_word(name):
                return name
        elif (
            lead.endswith(("的", "之"))
            or title_end(lead) == len(lead)
            or _a_persons_noun(dictionary_words(lead)[-1])
        ) and not (lead + name[0]).endswith(TITLES):
            return name
    return None


def named_in(subject: str, after_quote: bool = False) -> str | None:
    """The name in a subject that is a Chinese name (梁國權則表示), a listed title and
    one (副局长魏敏表示), or a surname with an honorific or a masked given name at the
    head of a noun phrase (受訪的區太, 工程师梁某基): shapes whose edges are sure, tried
    before the model. Not a Han name of two that ends a word of the dictionary with the
    character before it (前述国际贸|易商|负责人: 贸易商 "trader" is one word, 易 a surname too;
    主任|何渊 stays, 任何渊 being none)."""
    name = _named_in(subject, after_quote)
    if name is None or len(name) != 2 or not is_han_name(name):
        return name
    at = subject.rfind(name)
    return None if at > 0 and frequency(subject[at - 1 : at + 2]) else name


def _named_in(subject: str, after_quote: bool = False) -> str | None:
    """`named_in`, before the check on where the name starts."""
    if plausible_name(subject) and not common_word(subject) and bare_name(subject):
        return subject
    if known_with_a_particle(subject):
        return subject  # 文在寅: 在 inside a name CC-CEDICT gives a person's sense
    if familiar_given(subject):
        return subject  # 小筏说: 小 and a given name, the subject whole
    if after_quote and spelt_name(subject) == subject and spelt_count(subject) == len(subject):
        return subject  # 」|格瑞德|則稱: a foreign name spelt in Han, every character of it
    # a modifier and 的, then a name the model missed after it (年轻时的|王海明, 研究茶饮的|罗军,
    # 出生于 1995 年的|巴西尔): a Chinese name whose first two characters are no word (not 施政|中),
    # or a name spelt in name characters only (not 中报|中)
    head, de, tail = subject.rpartition("的")
    if (
        de
        and head
        and not common_word(tail)
        and not tail.endswith(("人", "者"))  # 伊朗|人, 焦虑|者: a people, a doer
        and (
            (plausible_name(tail) and bare_name(tail) and not common_word(tail[:2]))
            or (len(tail) >= 3 and all(spells_names(c) for c in tail))
        )
    ):
        return tail
    # one of a kind, then who (举报人之一|李悠悠, 创始人之一|王某): 之一 closes the noun phrase
    one, of, who = subject.rpartition("之一")
    if of and one and plausible_name(who) and bare_name(who) and not common_word(who):
        return who
    japanese = _japanese_name_at_end(subject)
    if japanese is not None:
        return japanese
    # a given name in Latin, where it can only be a person's: after a noun for one
    # (受訪者Jenny說), beside another name (和Effie說), right after a quote (」Peter說), or
    # with 阿 (阿Wing說). Alone at a clause's start it may be a company (Apple表示).
    latin = _GIVEN_NAME.search(subject)
    if latin and latin.group() not in _FORMS_OF_ADDRESS and not latin_firm(latin.group()):
        lead = subject[: latin.start()]
        if lead[:1] in {"他", "她"} and lead[1:2] not in {"的", "之", "们", "們"}:
            return None  # 他有权代表|Sherry Guo回答: the pronoun is the subject, the name an object
        if (
            (lead and lead.endswith(("的", "之", "和", "與", "与", "者")))
            or (lead and title_end(lead) == len(lead))
            # after a noun for a person, where the model reads a person's name too (另一成員|
            # Jacky則說; not 零售商|Primark, 母公司|Alphabet: firms, which such nouns fit too)
            or (lead and _ends_on_a_persons_noun(lead) and _read_as_a_person(subject, latin))
            or (not lead and (after_quote or latin.group().startswith("阿")))
            # a full name after a noun ending as titles end (旧金山警长|Bill Scott)
            or (" " in latin.group() and len(lead) >= 2 and lead[-1] in ROLE_ENDS)
        ):
            return latin.group()
    tail = subject[-2:]  # a name the dictionaries know (普京, 拜登) at the subject's head
    if known_name(tail):
        lead = subject[:-2]
        if not lead or lead.endswith(("的", "之")) or title_end(lead) == len(lead):
            return tail
    polite = _POLITE_NAME.search(subject)
    if polite:
        for size in (2, 1):
            at = polite.start() - size
            if at >= 0 and surname_length(subject[at : polite.start()]) == size:
                lead = subject[:at]
                if not lead or lead.endswith(("的", "之")) or title_end(lead) == len(lead):
                    return subject[at:]
    for title in _TITLES_AFTER:  # 清华大学李强|教授认为, 劉某良|先生說
        if subject.endswith(title) and len(subject) > len(title):
            whole = subject[: -len(title)]
            if heads_its_place(whole, title):
                break  # 罗斯托夫州|州长: the place the title's head runs, no name
            if title in OWNED_ROLES:
                break  # 白宫|发言人表示: the White House's spokesperson, unnamed

            heads = [whole]
            if len(whole) > 4 and whole[-2:] in TITLE_GRADES:
                heads.append(whole[:-2])  # 朱岳中|助理|教授, 王明|资深|研究员
            for head in heads:
                if 3 <= len(head) <= 5 and spelt_count(head) == len(head) and not is_place(head):
                    return head  # 塞雷达|医生: a transliteration whole, not 塞|雷达 (radar)
                name = _name_ending(head)
                # 俄|羅斯總理, 民主黨|佛羅里達州|參議員: a country's, a state's
                if name and not is_place(head[-len(name) - 1 :]) and not is_place(name):
                    return name
            break
    for title in TITLES:
        at = subject.rfind(title)
        if at >= 0:
            end = at + len(title)
            rest = subject[end + 1 :]
            if (
                common_word(subject[at : end + 1])
                and 2 <= len(rest) <= surname_length(rest) + 2
                and plausible_name(rest)
                and not is_predicate(rest[0])
            ):
                end += 1  # 法定代表人|程涛: the title runs on into a longer word (not 委員會|向)
            elif subject[end : end + 1] in {"的", "之"}:
                end += 1  # 曾任财政部长的|王大明: the name after the title's 的
            name = _DATE_TAIL.sub("", subject[end:])  # 所长徐某|1月4日
            # a Japanese surname and given name first: 那 of 山口那津男 also spells foreign names
            spelt = (name if japanese_name(name) else "") or spelt_name(name)
            if len(name) > len(spelt) > 0 and common_word(name[len(spelt) - 1 : len(spelt) + 1]):
                spelt = ""  # 书记|蔡奇大|概在十天之后…: no name ends inside a word (大概)
            if spelt and "的" in name[len(spelt) : -1] and _a_person_after_de(name):
                return None  # 总统佐科威|手下的一位部长: the name modifies the head after 的
            spelt = spelt or (name if no_words(name) or rare_surname_name(name) else "")
            name = spelt or name
            # a name jieba also counts as a word, less often than words are (王明 368, 李强
            # 159: people it knows), is still one between a title and the verb, unless jieba
            # tags it a verb, an adverb or a time (部长|周末表示; 陈述 763 is a word)
            if spelt or (
                plausible_name(name)
                and (
                    not common_word(name)
                    or known_name(name)
                    or (frequency(name) < _KNOWN_PERSON_COUNT and not is_predicate(name))
                    or has_a_persons_sense(name)  # 时任北京市委书记的|万里
                )
            ):
                prefix = subject[:end]
                if any(prefix.endswith(role) for role in BYLINE_ROLES):
                    return None
                return name
    return _name_after_a_persons_noun(subject) or _spelt_after_a_persons_noun(subject)


def _spelt_after_a_persons_noun(subject: str) -> str | None:
    """A foreign name spelt in Han (`spelt_name`; a hyphen between its parts, 迪亚斯-卡内尔)
    that ends the subject, a time after it or not, right after a word for a person (总参谋长|
    格拉西莫夫|今天, 国家主席|迪亚斯-卡内尔|当天): the model misses many such names it has not
    met. The name starts where the dictionary's words break, and the noun before it is no
    spelling itself (彼得|羅夫)."""
    from reader.core.segment import dictionary_words

    subject = _DATE_TAIL.sub("", subject)
    words = dictionary_words(subject)
    for k in range(len(words) - 1, 0, -1):  # the shortest first (not 国家|主席迪亚斯-卡内尔)
        lead, name = "".join(words[:k]), "".join(words[k:])
        if not 3 <= len(name.replace("-", "")) <= 8 or name[0] == "-" or name[-1] == "-":
            continue
        spelling = name.replace("-", "")
        if spelt_name(spelling) != spelling or not all(map(spells_names, spelling)):
            continue
        last = words[k - 1]
        if (
            len(last) >= 2
            and (
                _a_persons_noun(last)
                or last.endswith(TITLES)
                # a role no list holds, ending as titles end (总参谋长)
                or (len(last) >= 3 and last[-1] in ROLE_ENDS and names_a_role(last))
            )
            and not all(map(spells_names, last))
            and not any(lead.endswith(role) for role in BYLINE_ROLES)
        ):
            return name
    return None


def _a_person_after_de(phrase: str) -> bool:
    """Whether the head after the last 的 of `phrase` is a person (…手下的一位部长, …的律师):
    who speaks is that person, unnamed; not a thing of the name's (…的研究表明, …的话)."""
    head = re.sub(r"^[一两兩几幾多数數\d]+[位名个個]", "", phrase.rsplit("的", 1)[1])
    if any(c in FUNCTION_CHARS or c in "对對向跟上" for c in head):
        return False  # …举行的一次会议上|对白宫官员: a frame, then whom they spoke to
    return heads_a_person(head) or head in GROUPS


def heads_a_person(role: str) -> bool:
    """Whether the last word of `role` is a person's: a title or a noun CC-CEDICT gives a
    person's sense (顧問, 主管, 母亲), not a thing's (局限性, 身份)."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(role)
    return bool(words) and (role.endswith(TITLES) or names_a_person(words[-1]))


def _read_as_a_person(subject: str, name: re.Match[str]) -> bool:
    """Whether the person-name model reads `name` in `subject` as a person's."""
    from reader.core.persons import persons

    return name.span() in persons(subject)


def _ends_on_a_persons_noun(lead: str) -> bool:
    """Whether the last dictionary word of `lead` is one CC-CEDICT gives a person's sense
    (成員 "member", 居民, 學生; not 組織 nor 公司): a given name after it is that person's."""
    from reader.core.script import to_simplified
    from reader.core.segment import dictionary_words

    words = dictionary_words(to_simplified(lead))
    return bool(words) and len(words[-1]) >= 2 and names_a_person(words[-1])


def _name_after_a_persons_noun(subject: str) -> str | None:
    """A Chinese name that ends the subject after a word CC-CEDICT gives a person's sense,
    where the list of titles has none (少数党领袖|舒默, 舞蹈家|王明): the noun says who, the
    name says which one. Not where the name would begin inside a word (领|袖舒)."""
    from reader.core.segment import dictionary_words

    for size in (3, 2):
        name, lead = subject[-size:], subject[:-size]
        if len(lead) < 2 or not (plausible_name(name) and bare_name(name)):
            continue  # the cheap checks first: most subjects end on no name
        words = dictionary_words(lead)
        if not words:
            continue
        last = words[-1]
        # a word whose head names a person, where CC-CEDICT lacks the whole (女|服务员), or a
        # place and 人 (山东人)
        persons_noun = (
            len(last) >= 2
            and (names_a_person(last) or (len(last) >= 3 and names_a_person(last[1:])))
        ) or _a_places_people(words)
        if (
            persons_noun
            and not common_word(lead[-1] + name[0])
            # not a foreign name's part (伊萬·彼得|羅夫, 彼得|羅夫: 彼得 "Peter" runs on after a
            # dot or in the characters that spell names)
            and not re.search(DOT + "$", lead[: -len(last)])
            and not all(spells_names(c) for c in last + name)
            and (
                not common_word(name)
                or (frequency(name) < _KNOWN_PERSON_COUNT and not is_predicate(name))
            )
            and not any(lead.endswith(role) for role in BYLINE_ROLES)
            # 商户|向老田证实: a preposition before a familiar name (老田), no surname
            and not (size == 3 and familiar_surname(name[1:]))
            # 专利|申请时|补充: a common word across the surname's end (申请), no name
            and not (size == 3 and common_word(name[:2]))
        ):
            return name
    return None


def _a_places_people(words: list[str]) -> bool:
    """Whether the words end on a place and 人, someone from there (山东济宁|人|苟晶, 山东人):
    a person's noun, as 市民 is, that jieba may cut in two."""
    if words[-1] == "人" and len(words) >= 2:
        return from_a_place(words[-2] + "人")
    return from_a_place(words[-1])


_DOTTED_TAIL: Final = lazy_compile(rf"([\u4e00-\u9fff]{{1,10}})((?:{DOT}[\u4e00-\u9fff]{{1,8}})+)$")


def dotted_tail(subject: str) -> str | None:
    """A dotted foreign name heading the subject (达美航空CEO|埃德·巴斯蒂安) where the name
    model read none: the parts after the dot spelt in the characters for foreign names, and
    the given name before it the run of such characters that no word before it ends in
    (首席执行官|埃德, 高管|丹)."""
    found = _DOTTED_TAIL.search(subject)
    if found is None:
        return None
    rest = re.sub(DOT, "", found.group(2))
    if not all(spells_names(c) for c in rest):
        return None
    head = found.group(1)
    start = len(head)
    while start and spells_names(head[start - 1]) and len(head) - start < 6:
        start -= 1
    while start < len(head) and start and frequency(head[start - 1 : start + 1]):
        start += 1  # 高管|丹·盖诺: the given name starts after a word that ends in it
    given = head[start:]
    return given + found.group(2) if given else None


_KNOWN_PERSON_COUNT: Final = 500


def before_a_predicate(subject: str) -> str | None:
    """A name after a noun for a person, with a predicate between it and the speech verb
    (邻居|王建国|回忆说, 摊主|老陈|笑着说, 国家主席|迪亚斯-卡内尔|当天通过社交媒体表示): the
    name `after_a_noun` (or `_spelt_after_a_persons_noun`) finds in what stands
    before the predicate, where the rest opens one (`opens_predicate`) with a preposition or
    ends on a word jieba tags a predicate."""
    from reader.core.segment import dictionary_words

    words = dictionary_words(subject)
    for cut in range(len(words) - 1, 0, -1):
        head, rest = "".join(words[:cut]), "".join(words[cut:])
        if not (
            _PREDICATE_OPENER.match(rest)
            or is_predicate(words[-1])
            or (rest == words[-1] and acts_first(rest))  # 村民|王立新|分析说
        ):
            continue  # a noun at the end, no preposition first (有蚂蚁金服|相关人士称)
        name = after_a_noun(head) or _spelt_after_a_persons_noun(head)
        if name is not None and opens_predicate(rest, name):
            return name
    return None


def _a_persons_noun(word: str) -> bool:
    """Whether CC-CEDICT reads `word` as a person's noun and never as a verb, whatever jieba
    tags it (邻居 "neighbor", which jieba's dictionary tags a verb)."""
    return names_a_person(word) and names_a_role(word)


# one character that makes a noun of the word before it a person who does it (评论|员 "commentator",
# 经济学|家, 设计|师, 参与|者): jieba's dictionary often holds the word without it
_AGENT_SUFFIXES: Final = frozenset("员員家师師者手")


def after_a_noun(subject: str) -> str | None:
    """A common surname and a given name at the subject's end, right after a noun no list
    holds as a title (店主|周建国, 白酒经销商|周建国), where the name model, tried first, found
    none: a noun jieba knows, of two characters or more, tagged no verb, adverb or time (not
    支持|周建国, 今天|王明) and not spelling a foreign name (麦克|马纳斯 is one name). The
    surname is no preposition or adverb (向|外, 曾|颇为), the given name no closed word."""
    from reader.core.segment import dictionary_words

    # where the subject's own words break: no name starts inside one (一位境内外|贸|易商:
    # 贸易商 "trader" is one word; cut after 贸, 外贸 would read as the noun before a name)
    bounds = word_bounds(subject)
    for size in (3, 2):
        name, lead = subject[-size:], subject[:-size]
        given = name[1:]
        if not (
            len(lead) in bounds
            and len(lead) >= 2
            and surname_length(name) == 1
            and name[0] in COMMON_SURNAMES
            and not is_predicate(name[0])
            and plausible_name(name)
            and not common_word(name)
            and frequency(name[:2]) < 1000  # 许多|人
            and frequency(given) < 10000  # 甲骨文|公司
            and not is_closed_word(given)
            and not any(c in FUNCTION_CHARS for c in given)
        ):
            continue
        words = dictionary_words(lead)
        last = words[-1] if words else ""
        agent = last in _AGENT_SUFFIXES and len(words) > 1 and len(words[-2]) >= 2
        if agent:
            last = words[-2]  # 时事评论|员|李明: the suffix makes a person's noun of the word
        if (
            len(last) >= 2
            and frequency(last)
            and (agent or not is_predicate(last) or _a_persons_noun(last))
            and not is_closed_word(last)
            and 2 * spelt_count(last) < len(last)
        ) or (last == "的" and len(lead) >= 4 and not common_word(name[:2])):
            # or after a clause that says who they are (在高洁干了10年的|许娟说; not
            # 未来几年的|施政中, a word and more)
            return name
    # a familiar form of address after a noun for a person (农民工|老李, 退休教师|老张): 老, 小
    # or 阿 and a common surname, its own word where the subject is cut into words
    words = dictionary_words(subject[:-2]) if familiar_surname(subject[-2:]) else []
    last = words[-1] if words else ""
    if (
        len(last) >= 2
        and (names_a_person(last, loosely=True) or last.endswith(TITLES) or last[-1] in "主工民")
        and dictionary_words(last[-1] + subject[-2:])[0] == last[-1]  # not 养老|陈
    ):
        return subject[-2:]
    # a foreign name spelt out after a noun for a person (職員|巴斯尼特, 船长|哈维尔森)
    spelt = _spelt_tail(subject)
    words = dictionary_words(subject[: -len(spelt)]) if spelt else []
    last = words[-1] if words else ""
    if (
        spelt
        and len(last) >= 2
        and not is_place(spelt)
        and not any(common_word(spelt[k : k + 2]) for k in range(len(spelt) - 1))  # 镇|人士
        and names_a_person(last, loosely=True)
    ):
        return spelt
    return None
