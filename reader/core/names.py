"""Chinese surnames, for telling a person's name from an unknown word.

The common single-character surnames (the top of the national register, which together cover
most of the population) plus the compound surnames, in simplified and traditional forms.
A surname alone proves nothing (智慧, 卫星 start with surnames too): callers also need an anchor
such as a title before the name or a speech verb after it.
"""

from __future__ import annotations

from typing import Final

SINGLE: Final = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭"
    "曾肖蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付"
    "方邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易"
    "乔喬赖賴文施洪辛柯庄莊樊殷祝颜顏倪牛温溫芦蘆俞季章鲁魯葛伍申尤毕畢聂聶焦向柴左齐齊凌晏栾欒甘"
    "岳祁阮蓝藍骆駱邢欧歐安霍袁单單翁宁寧包成诸諸耿车車舒管闵閔关關邬鄔梅查仇宫宮华華滕连連兰蘭"
    "卜游房裴苗蓝鲍鮑符景屈饶饒卓鞠刁祖丛叢涂塗詹蒲麦麥冉揭糜宗谷劳勞甄"
)
COMPOUND: Final = frozenset(
    {
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "上官",
        "诸葛",
        "諸葛",
        "夏侯",
        "东方",
        "東方",
        "皇甫",
        "尉迟",
        "尉遲",
        "公孙",
        "公孫",
        "令狐",
        "慕容",
        "司徒",
        "长孙",
        "長孫",
        "宇文",
        "轩辕",
        "軒轅",
        "端木",
        "西门",
        "西門",
        "南宫",
        "南宮",
        "钟离",
        "鍾離",
        "闻人",
        "聞人",
        "赫连",
        "赫連",
        "澹台",
        "公羊",
        "濮阳",
        "濮陽",
        "淳于",
        "单于",
        "單于",
        "申屠",
        "呼延",
        "万俟",
        "萬俟",
        "独孤",
        "獨孤",
        "百里",
        "东郭",
        "東郭",
        "左丘",
        "梁丘",
        "第五",
    }
)


def surname_length(text: str) -> int:
    """How many leading characters of `text` form a surname (2, 1, or 0)."""
    if text[:2] in COMPOUND:
        return 2
    return 1 if text[:1] in SINGLE else 0


def looks_like_name(word: str) -> bool:
    """A 2-4 character word that starts with a surname and has a given name after it."""
    size = surname_length(word)
    return size > 0 and 1 <= len(word) - size <= 2
