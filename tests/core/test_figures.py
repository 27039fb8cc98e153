"""Figures on real sentences (extraction.md §5 cases 16-29 and more): span, value, unit, kind."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.model import Figure
from reader.core.numerals import parse_number


def figures_of(text: str) -> list[Figure]:
    article = analyze("标题\n\n" + text + "\n")
    for figure in article.figures:
        assert article.text[figure.start : figure.end] == figure.text
    return list(article.figures)


def labels_of(text: str) -> dict[str, str]:
    """What each figure of `text` measures, by the figure's own text."""
    return {f.text: f.about for f in figures_of(text)}


def table(text: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.kind, f.approx) for f in figures_of(text)]


CASES = [
    (
        "相隔仅100余公里，广州与深圳两座特大城市的联动正擦出火花。",
        [("100余公里", 100, "公里", "measure", "more")],
    ),
    ("来自政府部门等领域近百位精英代表汇聚鹏城。", [("百位", 100, "位", "count", "less")]),
    ("这是广深两座GDP超两万亿的“双子星”城市。", [("两万亿", 2 * 10**12, "元", "money", "more")]),
    (
        "2019年，全球数字经济规模达到31.8万亿美元，占GDP比重为41.5%。",
        [
            ("2019年", "2019年", "", "date", None),
            ("31.8万亿美元", 31_800_000_000_000, "美元", "money", None),
            ("41.5%", 41.5, "%", "percent", None),
        ],
    ),
    ("签署了科技创新、智能网联汽车产业等7项合作协议。", [("7项", 7, "项", "count", None)]),
    (
        "在短短两个月内，广州已经发布两批共36个数字经济领域优质应用场景。",
        [
            ("两个月", 2, "个月", "measure", None),
            ("两批", 2, "批", "count", None),
            ("36个", 36, "个", "count", None),
        ],
    ),
    (
        "据统计，1-10月广州新洽谈产业招商项目1877个，增长50.5%；注册(落地)项目协议投资总额4900.13亿元。",
        [
            ("1-10月", "1-10月", "", "date", None),
            ("1877个", 1877, "个", "count", None),
            ("50.5%", 50.5, "%", "percent", None),
            ("4900.13亿元", 490_013_000_000, "元", "money", None),
        ],
    ),
    (
        "百度地图近期发布的2020年第三季度城市人口吸引力榜单显示，广州排名第一。",
        [
            ("2020年第三季度", "2020年第三季度", "", "date", None),
        ],
    ),
    (
        "今年10月28日《广州市优化营商环境条例》发布。",
        [("今年10月28日", "今年10月28日", "", "date", None)],
    ),
    (
        "民营企业比重提升1.1个百分点，出口增长约3-5倍。",
        [
            ("1.1个百分点", 1.1, "个百分点", "percent", None),
            ("3-5倍", "3-5", "倍", "other", "about"),
        ],
    ),
    (
        "全年完成１８７７个项目，耗电39.07亿千瓦时，投资约2,000万元左右。",
        [
            ("１８７７个", 1877, "个", "count", None),
            ("39.07亿千瓦时", 3_907_000_000, "千瓦时", "measure", None),
            ("2,000万元", 20_000_000, "元", "money", "about"),
        ],
    ),
    (
        "港鐵委員會須於3個月內完成審視，兩間公司曾邀請他實習兩次。",
        [
            ("3個月", 3, "個月", "measure", None),
            ("兩間", 2, "間", "count", None),
            ("兩次", 2, "次", "count", None),
        ],
    ),
]


CASES += [
    # clock times are dates; the time-of-day word stays outside the span
    (
        "台风预计今天下午两时登陆，晚上8时05分风力最强。",
        [("两时", "两时", "", "date", None), ("8时05分", "8时05分", "", "date", None)],
    ),
    (
        "道路将于23时20分起封闭，6時至10時暫停通行。",
        [("23时20分", "23时20分", "", "date", None), ("6時至10時", "6時至10時", "", "date", None)],
    ),
    # a day then its hour: both dates, whatever follows the hour (开始 is no time word)
    (
        "法国进入战争状态。17日12点开始强制居家，3号12点再评估。",
        [
            ("17日", "17日", "", "date", None),
            ("12点", "12点", "", "date", None),
            ("3号", "3号", "", "date", None),
            ("12点", "12点", "", "date", None),
        ],
    ),
    # units in Latin letters and less common units
    (
        "这款芯片采用28nm工艺，工作电压220V，厚度仅0.4cm。",
        [
            ("28nm", 28, "nm", "measure", None),
            ("220V", 220, "V", "measure", None),
            ("0.4cm", 0.4, "cm", "measure", None),
        ],
    ),
    (
        "中心气压980百帕，阵风12级，每瓶装500毫升，长200公尺。",
        [
            ("980百帕", 980, "百帕", "measure", None),
            ("12级", 12, "级", "count", None),
            ("500毫升", 500, "毫升", "measure", None),
            ("200公尺", 200, "公尺", "measure", None),
        ],
    ),
    # a square or a cube of any length (cm², dm³, square miles), and watt-hours at any scale
    (
        "探头的截面仅0.8平方厘米，储液罐容积为3立方分米，湖面约12平方英里。",
        [
            ("0.8平方厘米", 0.8, "平方厘米", "measure", None),
            ("3立方分米", 3, "立方分米", "measure", None),
            ("12平方英里", 12, "平方英里", "measure", "about"),
        ],
    ),
    (
        "这组电池每公斤可储存两百瓦时，电站一期可储能600兆瓦时。",
        [
            ("两百瓦时", 200, "瓦时", "measure", None),
            ("600兆瓦时", 600, "兆瓦时", "measure", None),
        ],
    ),
    # an index's points in a Chinese numeral with hundreds or thousands; 两点 stays no figure
    (
        "股指早盘跌了四百五十点，午后收复一千二百点关口，分析师提出两点看法。",
        [
            ("四百五十点", 450, "点", "measure", None),
            ("一千二百点", 1200, "点", "measure", None),
        ],
    ),
    # a unit opening on 千 or 百 after a Chinese numeral that cannot take one more (三百五十千瓦 is
    # 350 kW, not 1,350 W)
    (
        "新机组容量为三百五十千瓦，两站相距二十五千米，台风中心气压九百三十五百帕，电站装机一百二十万千瓦。",
        [
            ("三百五十千瓦", 350, "千瓦", "measure", None),
            ("二十五千米", 25, "千米", "measure", None),
            ("九百三十五百帕", 935, "百帕", "measure", None),
            ("一百二十万千瓦", 1_200_000, "千瓦", "measure", None),
        ],
    ),
    # a duration in parts, counted in its smallest unit: years and months, days and hours
    (
        "他被判刑两年零八个月，工程用了3年4个月，船员漂流了十天零六个小时，全程约一小时二十分钟。",
        [
            ("两年零八个月", 32, "个月", "measure", None),
            ("3年4个月", 40, "个月", "measure", None),
            ("十天零六个小时", 246, "小时", "measure", None),
            ("一小时二十分钟", 4800, "秒", "measure", "about"),
        ],
    ),
    # thousands and hundreds in digits, as Hong Kong writes them (9千5百元: 9,500)
    (
        "月租由8千元加至9千5百元，去年售出1千2百万台。",
        [
            ("8千元", 8000, "元", "money", None),
            ("9千5百元", 9500, "元", "money", None),
            ("1千2百万台", 12_000_000, "台", "count", None),
        ],
    ),
    # ... down to tens and ones, the last digits bare as people say them (3千2百50: 3,250)
    (
        "二手车卖3千2百50元，厂里招了1百2十人，门票1百50元，共有3千2百零5户。",
        [
            ("3千2百50元", 3250, "元", "money", None),
            ("1百2十人", 120, "人", "count", None),
            ("1百50元", 150, "元", "money", None),
            ("3千2百零5户", 3205, "户", "count", None),
        ],
    ),
    # a temperature with its scale named before the number (摄氏35度, 华氏100度)
    (
        "气温达到攝氏38度，夜里降至零下摄氏5度，相当于华氏23度。",
        [
            ("攝氏38度", 38, "℃", "measure", None),
            ("零下摄氏5度", -5, "℃", "measure", None),
            ("华氏23度", 23, "℉", "measure", None),
        ],
    ),
    # the scale before the sign in words: 摄氏零下5度 is -5 ℃, as 零下摄氏5度
    ("凌晨降到摄氏零下5度。", [("摄氏零下5度", -5, "℃", "measure", None)]),
    # a race's time with its hundredths after 秒
    (
        "她在决赛中跑出11秒02，他以四十四秒八五夺冠。",
        [
            ("11秒02", 11.02, "秒", "measure", None),
            ("四十四秒八五", 44.85, "秒", "measure", None),
        ],
    ),
    # days from the 20th on with 廿 (twenty) and 卅 (thirty), as Hong Kong and Taiwan write them
    (
        "原定廿八至卅日訪問，九月廿一日開幕，他廿六日表示延期。",
        [
            ("廿八至卅日", "廿八至卅日", "", "date", None),
            ("九月廿一日", "九月廿一日", "", "date", None),
            ("廿六日", "廿六日", "", "date", None),
        ],
    ),
    # units CC-CEDICT names as units, written in no list here; 千瓦时 stays whole
    (
        "排放的氚总计约5兆贝克，工人受到0.3西弗的辐射，仓库占地12万平方英尺，用电40亿千瓦时。",
        [
            ("5兆贝克", 5_000_000_000_000, "贝克", "measure", "about"),
            ("0.3西弗", 0.3, "西弗", "measure", None),
            ("12万平方英尺", 120_000, "平方英尺", "measure", None),
            ("40亿千瓦时", 4_000_000_000, "千瓦时", "measure", None),
        ],
    ),
    # with a metric prefix the dictionary does not list (毫西弗, 微西弗)
    (
        "读数升至每小时3.33微西弗，年剂量上限为1毫西弗。",
        [
            ("3.33微西弗", 3.33, "微西弗", "measure", None),
            ("1毫西弗", 1, "毫西弗", "measure", None),
        ],
    ),
    # units of weight, volume and area beyond the metric ones
    (
        "这块地有12英亩，猪肉涨到每斤26元，车库能放2桶油，他每天喝两升水，体重180磅。",
        [
            ("12英亩", 12, "英亩", "measure", None),
            ("26元", 26, "元", "money", None),
            ("2桶", 2, "桶", "measure", None),
            ("两升", 2, "升", "measure", None),
            ("180磅", 180, "磅", "measure", None),
        ],
    ),
    # cases, as epidemic news counts them
    (
        "单日新增超过800病例，累计24万病例。",
        [("800病例", 800, "病例", "count", "more"), ("24万病例", 240_000, "病例", "count", None)],
    ),
    # an ordinal count of days, years or times is a count; an edition names its event
    (
        "封城进入第19天，这是他第3次参选，第66届电影节开幕。",
        [("第19天", 19, "天", "count", None), ("第3次", 3, "次", "count", None)],
    ),
    # 来 after a round number is "or so", as 多 is "more than"; not 一来 (firstly) nor a
    # verb's 来 (按两万来收)
    (
        "他与 20 来位室友同住，五十来岁，一来没钱，每家按两万来收。",
        [
            ("20 来位", 20, "位", "count", "about"),
            ("五十来岁", 50, "岁", "measure", "about"),
            ("两万", 20_000, "", "count", None),
        ],
    ),
    # a sum in a magnitude alone; not a scale (千亿元级) nor a vague one (数以百亿美元计)
    (
        "估值百亿美元，年薪百万元；千亿元级市场，数以百亿美元计的投资。",
        [
            ("百亿美元", 10_000_000_000, "美元", "money", None),
            ("百万元", 1_000_000, "元", "money", None),
        ],
    ),
    # from ten on, in Chinese numerals too (第二天 is "the next day", 第一次 "the first
    # time"); a meeting's number is an edition (第16次会议), as 第66届 is
    (
        "封城第二十四天，第二天他第一次出门；第16次全体会议，第十次会议。",
        [("第二十四天", 24, "天", "count", None)],
    ),
    # pages, chapters and characters; not in a saying (约法三章)
    (
        "报告长达63页，全书共10章，约12万字，双方为此约法三章。",
        [
            ("63页", 63, "页", "count", None),
            ("10章", 10, "章", "count", None),
            ("12万字", 120_000, "字", "count", "about"),
        ],
    ),
    (
        "指数收报3200点，央行降息25基点，当天取消3班航班。",
        [
            ("3200点", 3200, "点", "measure", None),
            ("25基点", 25, "基点", "measure", None),
            ("3班", 3, "班", "count", None),
        ],
    ),
    # halves, and a magnitude with no unit after it
    (
        "排队花了半天，他在那里住了一年半，一半的人没来。",
        [
            ("半天", 0.5, "天", "measure", None),
            ("一年半", 1.5, "年", "measure", None),
            ("一半", 50, "%", "percent", None),
        ],
    ),
    (
        "全国有8500多万残疾人，老年人超过3.1亿。",
        [
            ("8500多万", 85_000_000, "", "count", "more"),
            ("3.1亿", 310_000_000, "", "count", "more"),
        ],
    ),
    # fractions are shares, a ranking with a number, a colon score, basis points, decades
    (
        "近三分之一的受访者不满，百分之三十的人没来，他排在第8位，主队3:1取胜，利率下调15个基点，"
        "上世纪80年代，会议10:30开始。",
        [
            ("三分之一", 33.33, "%", "percent", "less"),
            ("百分之三十", 30, "%", "percent", None),
            ("第8位", 8, "位", "other", None),
            ("3:1", "3:1", "", "other", None),
            ("15个基点", 15, "个基点", "measure", None),
            ("上世纪80年代", "上世纪80年代", "", "date", None),
            ("10:30", "10:30", "", "date", None),
        ],
    ),
    # currency signs, 百萬/千萬 magnitudes, traditional currencies, a number in two parts
    (
        "股價升至$1.96，市值HK$390億，逃稅1400百萬人民幣，另有3千萬港幣，約1萬6千人到場。",
        [
            ("$1.96", 1.96, "元", "money", None),
            ("HK$390億", 39_000_000_000, "港元", "money", None),
            ("1400百萬人民幣", 1_400_000_000, "元", "money", None),
            ("3千萬港幣", 30_000_000, "港幣", "money", None),
            ("1萬6千人", 16000, "人", "count", "about"),
        ],
    ),
    # a day of the month alone, a year written with a space, weeks, votes, stalls, ages by decade
    (
        "案件周三（25日）再訊，全台在19日升級，集會在 2012 年舉行，押後8星期，"
        "16票贊成，共有15檔，一位八旬老人等了1分多钟。",
        [
            ("25日", "25日", "", "date", None),
            ("19日", "19日", "", "date", None),
            ("2012 年", "2012 年", "", "date", None),
            ("8星期", 8, "星期", "measure", None),
            ("16票", 16, "票", "count", None),
            ("15檔", 15, "檔", "count", None),
            ("八旬", 80, "岁", "measure", None),
            ("1分多钟", 1, "分钟", "measure", "more"),
        ],
    ),
    # Taiwan's 兆 (10^12; not the prefix of 兆瓦), 三成五 and 兩成半, 個百分點, 1萬3000, 第3季
    (
        "市值突破1.5兆美元，裝機500兆瓦，支持度三成五，兩成半反對，失業率降3.4個百分點，"
        "人均1萬3000美元，第3季成長。",
        [
            ("1.5兆美元", 1_500_000_000_000, "美元", "money", "more"),
            ("500兆瓦", 500, "兆瓦", "measure", None),
            ("三成五", 35, "%", "percent", None),
            ("兩成半", 25, "%", "percent", None),
            ("3.4個百分點", 3.4, "個百分點", "percent", None),
            ("1萬3000美元", 13000, "美元", "money", None),
            ("第3季", "第3季", "", "date", None),
        ],
    ),
    # a percent in Chinese numerals with a decimal point; currencies of the region
    (
        "失业率从百分之五点二降至百分之四点八，投资三点五亿元，拨款5亿新元，另有20亿令吉。",
        [
            ("百分之五点二", 5.2, "%", "percent", None),
            ("百分之四点八", 4.8, "%", "percent", None),
            ("三点五亿元", 350_000_000, "元", "money", None),
            ("5亿新元", 500_000_000, "新元", "money", None),
            ("20亿令吉", 2_000_000_000, "令吉", "money", None),
        ],
    ),
    # any classifier the dictionary knows makes a count
    (
        "他写了三首歌、两封信，带着5瓶水跑了四趟，一家三口住了24集。",
        [
            ("三首", 3, "首", "count", None),
            ("两封", 2, "封", "count", None),
            ("5瓶", 5, "瓶", "count", None),
            ("四趟", 4, "趟", "count", None),
            ("三口", 3, "口", "count", None),
            ("24集", 24, "集", "count", None),
        ],
    ),
    # a container the segmenter's dictionary tags a measure word counts what it holds, though
    # CC-CEDICT gives it as a noun only
    (
        "他们吃掉了40多袋方便面，搬来12箱口罩，买了两盒药。",
        [
            ("40多袋", 40, "袋", "count", "more"),
            ("12箱", 12, "箱", "count", None),
            ("两盒", 2, "盒", "count", None),
        ],
    ),
    # spaces set between numbers and words (pangu spacing): read through, kept in the text
    (
        "在 6 月 1 日的会上，总资产为 28-37 亿元，增长 12 %，判处5-15年有期徒刑。",
        [
            ("6 月 1 日", "6 月 1 日", "", "date", None),
            ("28-37 亿元", "2800000000-3700000000", "元", "money", None),
            ("12 %", 12, "%", "percent", None),
            ("5-15年", "5-15", "年", "measure", None),
        ],
    ),
    # 块 is money as people say it (2000块, 五块钱), a count before its noun (两块地)
    (
        "他每月收入2000块，买菜花了五块钱，家里分到两块地。",
        [
            ("2000块", 2000, "元", "money", None),
            ("五块钱", 5, "元", "money", None),
            ("两块", 2, "块", "count", None),
        ],
    ),
    # a fraction written with a slash is a share where only a share can stand
    (
        "接近1/3的工人收入偏低，约2/3以上的受访者支持。",
        [("1/3", 33.33, "%", "percent", "less"), ("2/3", 66.67, "%", "percent", "about")],
    ),
    # or after 的 or 占 (a share of what was named); not a date (到 3/4 号) nor a power
    (
        "产量只有需求量的 1/5，出口占1/4，到 3/4 号截止，面积与半径的2/3次方成正比。",
        [("1/5", 20, "%", "percent", None), ("1/4", 25, "%", "percent", None)],
    ),
    # points of a score (120分), square metres as people say them (100平米, 60-70平方), and a
    # clock with its minutes whatever the hour word (19 点 30 分)
    (
        "他考了95分，住在100平米的房子里，面积在60-70平方以上，19 点 30 分出门。",
        [
            ("95分", 95, "分", "count", None),
            ("100平米", 100, "平米", "measure", None),
            ("60-70平方", "60-70", "平方", "measure", "more"),
            ("19 点 30 分", "19 点 30 分", "", "date", None),
        ],
    ),
    # 零時 is midnight on a clock; 零点五 stays a number
    (
        "即香港時間凌晨零時30分，增长零点五个百分点。",
        [
            ("零時30分", "零時30分", "", "date", None),
            ("零点五个百分点", 0.5, "个百分点", "percent", None),
        ],
    ),
    # fen after a unit's 时 (千瓦时) are no clock's minutes; the minutes of a span are no points
    # but part of it (28 小时 29 分: one duration, in seconds)
    (
        "每千瓦时降低9.3分，距停业还有 28 小时 29 分。",
        [("9.3分", 9.3, "分", "count", None), ("28 小时 29 分", 102540, "秒", "measure", None)],
    ),
    # 十分 is "very"; the minutes after a clock are no points
    (
        "这件事十分重要，当晚10时11分至17分他没有回复。",
        [("10时11分", "10时11分", "", "date", None)],
    ),
    # a number with a magnitude and no unit (二萬): 二 is no count only before a classifier
    ("當年全村人口只有二萬。", [("二萬", 20000, "", "count", None)]),
    # Taiwanese dates: 昨（21）日, 去（2022）年11月
    (
        "他昨（21）日表示，去（2022）年11月已提出申請。",
        [
            ("昨（21）日", "昨（21）日", "", "date", None),
            ("去（2022）年11月", "去（2022）年11月", "", "date", None),
        ],
    ),
    # 千 before a unit is its prefix (千克, 千米), not a thousand of the unit
    (
        "每人每月限购60千克，全程12千米。",
        [("60千克", 60, "千克", "measure", None), ("12千米", 12, "千米", "measure", None)],
    ),
    # a decade in Chinese numerals is a date, like 80年代; an anniversary is 周年, not weeks
    (
        "上世纪七十年代，他来到工厂；今年是工厂建成60周年。",
        [
            ("上世纪七十年代", "上世纪七十年代", "", "date", None),
            ("60周年", 60, "周年", "measure", None),
        ],
    ),
    # a half inside the unit (两个半小时) is a measure of 2.5; 剂 counts doses; 今年首季 is Q1
    (
        "航班晚了两个半小时，乘客在机场住了一个半月前刚接种两剂疫苗。",
        [
            ("两个半小时", 2.5, "个小时", "measure", None),
            ("一个半月", 1.5, "个月", "measure", None),
            ("两剂", 2, "剂", "count", None),
        ],
    ),
    # magnitudes inside a Chinese numeral are part of it (两万三千, 一亿两千万: one figure, not
    # two); 一 with a magnitude is an amount (一万人, not the article 一); 38蚊 is Hong Kong's dollar
    (
        "两万三千人报名，一亿两千万人受惠，一万人到场，饭盒由38蚊加到45蚊。",
        [
            ("两万三千人", 23000, "人", "count", None),
            ("一亿两千万人", 120000000, "人", "count", None),
            ("一万人", 10000, "人", "count", None),
            ("38蚊", 38, "元", "money", None),
            ("45蚊", 45, "元", "money", None),
        ],
    ),
    # 个小时 is hours, not a count of 个 (8个小时 was "8 个"); 二元 is "dual", no money
    (
        "工人每天干8个小时，城乡二元结构仍然存在，车票两元。",
        [("8个小时", 8, "个小时", "measure", None), ("两元", 2, "元", "money", None)],
    ),
    (
        "本港今年首季出口按年增长5%。",
        [("今年首季", "今年首季", "", "date", None), ("5%", 5, "%", "percent", None)],
    ),
    # an hour with 点 and no time-of-day word is a clock where a time's words follow it
    (
        "她每天6点起床，等到两点钟才吃饭，一共排了3个钟头。",
        [
            ("6点", "6点", "", "date", None),
            ("两点钟", "两点钟", "", "date", None),
            ("3个钟头", 3, "个钟头", "measure", None),
        ],
    ),
    # dates in Chinese numerals are dates, not durations; 每一天 is every day, no amount
    (
        "一九七三年十月二十六日，他在日记中写道，每一天都很难；八月十六日他又写信。",
        [
            ("一九七三年十月二十六日", "一九七三年十月二十六日", "", "date", None),
            ("八月十六日", "八月十六日", "", "date", None),
        ],
    ),
    # a month in Chinese numerals alone is a date; a month's time (历时一月有余), a rate
    # (一月一次) and a quoted event's name (「十月风暴」) are not
    (
        "去年十一月中旬，工厂停工，历时一月有余；2018年三月复工，检查一月一次，「十月风暴」过后。",
        [
            ("十一月中旬", "十一月中旬", "", "date", None),
            ("2018年三月", "2018年三月", "", "date", None),
        ],
    ),
    # 有一天, 同一天, 前一天, 某一年, 有朝一日 say which day, not how long; 只有一年 and
    # 之前一年内 are spans
    (
        "希望有一天能回去。同一天，前一天的病例有所增加；某一年有朝一日，只有一年时间，之前一年内。"
        "日子一天天过去。",
        [("一年", 1, "年", "measure", None), ("一年", 1, "年", "measure", None)],
    ),
    # a month and day with a slash in brackets or as a range is a date; alone, a share
    (
        "週二(9/2)有雨，週三至週五(9/3~9/5)轉晴，1/3的工人放假。",
        [
            ("9/2", "9/2", "", "date", None),
            ("9/3~9/5", "9/3~9/5", "", "date", None),
            ("1/3", 33.33, "%", "percent", None),
        ],
    ),
    # Taiwan writes years in its own era (民國109年, 112年8月23日); 二度送檢 and 两度访华
    # are a second time, 降至二度 a temperature
    (
        "攤商二度送檢驗，民國109年以來共抽驗55件。112年8月23日公布，氣溫降至二度。",
        [
            ("民國109年", "民國109年", "", "date", None),
            ("55件", 55, "件", "count", None),
            ("112年8月23日", "112年8月23日", "", "date", None),
            ("二度", 2, "度", "measure", None),
        ],
    ),
    # traditional-script units and Hong Kong's 首N個月 (the first N months) as a period
    (
        "首8個月出口增長5%，排水量約8萬噸，單位面積700平方呎。",
        [
            ("首8個月", "首8個月", "", "date", None),
            ("5%", 5, "%", "percent", None),
            ("8萬噸", 80000, "噸", "measure", "about"),
            ("700平方呎", 700, "平方呎", "measure", None),
        ],
    ),
    # a year by its last two digits is a date; two neighbouring digits, or 三五, an estimate
    (
        "比起零三年沙士還要艱苦，他九七年回流，三四年後再說，投資要看三五年。",
        [("零三年", "零三年", "", "date", None), ("九七年", "九七年", "", "date", None)],
    ),
    # 一 before 成 or 倍 is an amount (10%, once more), not an article; 一成不变 is a saying
    (
        "租金已下跌一成，出口增长一倍，政策一成不变。",
        [("一成", 10, "%", "percent", None), ("一倍", 1, "倍", "other", None)],
    ),
    # a year and its quarter written the Taiwanese way (第三季, no 度) are one date
    ("2023年第三季出口衰退。", [("2023年第三季", "2023年第三季", "", "date", None)]),
    # a minus sign makes a negative amount (not a range's dash); temperatures in ℃
    (
        "利率从-0.1%上调，气温降至−5℃，为期3-5年。",
        [
            ("-0.1%", -0.1, "%", "percent", None),
            ("−5℃", -5, "℃", "measure", None),
            ("3-5年", "3-5", "年", "measure", None),
        ],
    ),
    # the sign in words: 零下 (below zero), 负 (negative); not 负 ending a word (减负), nor
    # before a count, where it is "lost" (负2场)
    (
        "夜间气温零下8度，利润为负2.6亿元，可为企业减负300亿元，该队负2场。",
        [
            ("零下8度", -8, "度", "measure", None),
            ("负2.6亿元", -260000000, "元", "money", None),
            ("300亿元", 30000000000, "元", "money", None),
            ("2场", 2, "场", "count", None),
        ],
    ),
    # four digits and 年 are a year, but with 多 or 余 between them a span of years
    (
        "这座古城有 1800 多年历史，2019年成为景区。",
        [
            ("1800 多年", 1800, "年", "measure", "more"),
            ("2019年", "2019年", "", "date", None),
        ],
    ),
    # a fiscal year is a date
    (
        "公司2023财年营收增长15.3%，2022/23財政年度錄得盈利。",
        [
            ("2023财年", "2023财年", "", "date", None),
            ("15.3%", 15.3, "%", "percent", None),
            ("2022/23財政年度", "2022/23財政年度", "", "date", None),
        ],
    ),
    # and so is one written with its second year's last two digits, 年 after them
    (
        "遊客要到2027/28年才回復2012/13年的水平。",
        [
            ("2027/28年", "2027/28年", "", "date", None),
            ("2012/13年", "2012/13年", "", "date", None),
        ],
    ),
    # a number before 股价 or 股票 is a ticker or an index's name, not a count of shares
    (
        "600519股价上涨，S&P 500股票指数下跌，他持有500股。",
        [("500股", 500, "股", "count", None)],
    ),
    # …but an index level and points of a list are no clock
    (
        "指数下跌21点，收于3050点；他提出5点建议。",
        [
            ("21点", 21, "点", "measure", None),
            ("3050点", 3050, "点", "measure", None),
            ("5点", 5, "点", "measure", None),
        ],
    ),
    # classifiers jieba tags a verb or a preposition alone, which it counts with 两 and 几
    # (两对, 几具) as numeral words
    (
        "每天开行 28 对列车，现场发现 12 具遗体，村里有两根电杆。",
        [
            ("28 对", 28, "对", "count", None),
            ("12 具", 12, "具", "count", None),
            ("两根", 2, "根", "count", None),
        ],
    ),
    # a four-digit number of years with a magnitude is a span, not a year; degrees of angle
    (
        "这片海洋在约 5000 万年前消失，地轴倾斜 23.4°。",
        [
            ("5000 万年", 50000000, "年", "measure", "about"),
            ("23.4°", 23.4, "°", "measure", None),
        ],
    ),
    # 立方 alone is cubic metres, 伏 volts; a day by 号 where a time of day follows is a date
    (
        "水库在3号晚上放水，流量达到每秒220立方，电压升到450伏。",
        [
            ("3号", "3号", "", "date", None),
            ("220立方", 220, "立方", "measure", None),
            ("450伏", 450, "伏", "measure", None),
        ],
    ),
    # a verb ending on 成 and a word opening on a numeral (一共, 一连) stand before counts
    (
        "大风造成两名游客受伤，一共三个景区关闭，一连五天停业。",
        [
            ("两名", 2, "名", "count", None),
            ("三个", 3, "个", "count", None),
            ("五天", 5, "天", "measure", None),
        ],
    ),
    # 两人 after 有 or 其中 counts; 夫妇二人 names the people (not_figures)
    (
        "五名患者中有两人发烧。",
        [("五名", 5, "名", "count", None), ("两人", 2, "人", "count", None)],
    ),
    # digits and 大 count the noun after them (the dev gold's 8大模块); 三大改造 is a label,
    # 211大学 and 404大厦 names
    (
        "平台分为6大板块，推进三大改造，他是211大学毕业生，住在404大厦。",
        [("6大", 6, "大", "count", None)],
    ),
    # a bare number after a word of approximation, ending its clause, is an amount; a
    # share of 1/6 before 有
    (
        "全市确诊人数已逾 27000，只有1/6有本地户籍。",
        [
            ("27000", 27000, "", "count", "more"),
            ("1/6", 16.67, "%", "percent", None),
        ],
    ),
    # weeks counted with 个 (两个多星期, 三个礼拜) and the end of a month as Hong Kong writes it
    (
        "工程停了兩個多星期，又等了三个礼拜，到5月尾才復工。",
        [
            ("兩個多星期", 2, "個星期", "measure", "more"),
            ("三个礼拜", 3, "个礼拜", "measure", None),
            ("5月尾", "5月尾", "", "date", None),
        ],
    ),
    # a sum of money right after Latin letters is no code (5G and C919 are)
    (
        "调查发现他收取XYZ3,200万元佣金，当地GDP158.6亿元。",
        [
            ("3,200万元", 32000000, "元", "money", None),
            ("158.6亿元", 15860000000, "元", "money", None),
        ],
    ),
    # a magnitude before a classifier that opens a word is an amount of that word's noun
    # (300多万|本地人, not 3 million volumes); a sum in a quoted reply is no slogan
    (
        "移居海外的 300 多万本地人陆续回流。「八十多块，网上买的。」她说。",
        [
            ("300 多万", 3000000, "", "count", "more"),
            ("八十多块", 80, "元", "money", "more"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0][0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert table(text) == expected


NEGATIVE = [
    "推动交通、城市治理等应用场景与5G、人工智能、区块链深度融合。",
    "人工智能与数字经济广东省实验室按“两点布局”模式，由广深联合共建。",
    "产生“1+1>2”的效果，正呈现出百花齐放的新态势，共建“一带一路”。",
    "百度将在黄埔区建设百度ACE智能交通引擎。",
    "广州在最具人口吸引力城市排名第一。",
    "均实现两位数以上增速，在时间、空间和功能这三个方面进行共享。",
    "《2021年数字经济发展规划》发布，见《第3号公告》。",
    "該報頭版以〈5年砍掉300間學校〉為題，另見〈兩年12次出訪〉一文。",  # 〈篇名〉 too
    "请致电13800138000咨询，C919已交付，G20峰会召开。",
    "更好利用国内国际两个市场，一批企业落户，两年平均增长5.4个百分点。",
    # numbers inside words, and estimates
    "他一度很失望，后来二次创业，四处奔走，只想多学一点。",
    "消息传出后，质疑声四起，猜测四起。",  # 四起 "arise on all sides", a verb
    "十几位观众来了，住了五六年，一两年内不会变。",
    "他三番五次登门，数十名记者和上百家媒体赶来，场面十分热闹。",
    "這一年間他很忙，最近一次見面時，这两项新规已经实施，中铁1号盾构机完工。",
    "增强四个意识，落实八项规定精神，推进三年行动方案，做到“两个维护”。",
    # a word the dictionary has that opens on a number and a classifier; digits side by side
    "人们从四面八方赶来，他在三局工作，事情一一办妥，三五个朋友，一兩個月後再說。",
    # a classifier that begins a common word is none (西九|文化區, 近百|記者)
    "他們在西九文化區演出，近百記者在場。",
    "那次山难他九死一生。",  # an idiom, no toll
    "比赛在3/4举行，进入1/2决赛。",  # a date, a round: no share
    "法官又指，控方證據不足。（43段）（判詞50段）",  # a judgment's paragraphs cited
    "他说公诉人胡说八道，别人说三道四。",  # sayings with a number inside
    "党的二十届三中全会召开，十四届全国人大二次会议闭幕。",  # meetings' names
    "新药进入三期临床试验，二期工程明年动工。",  # phases
    # a numeral another word holds, before a unit (冰冻三尺, 唯一|尺度, 大二|升)
    "这不是冰冻三尺的事，它成了唯一尺度，她从大二升到大三。",
    # a name holding 一多, a classifier opening a verb (回升), sayings, one by one
    "闻一多回到清华，血氧由七十多回升，他三天两头来，房价一年一年上涨，军情六处否认。",
    "3号患者是一名女性，地铁4号线已经开通，三伏天很热。",
    "他们喊出「两头抓，一起上」的口号。",  # a slogan in quotes, a comma inside
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_figures(text: str) -> None:
    found = [f.text for f in figures_of(text) if f.text not in {"5.4个百分点"}]
    assert found == []


def test_labels_follow_the_clause() -> None:
    labelled = {
        f.text: f.about
        for f in figures_of(
            "2019年，全球数字经济规模达到31.8万亿美元，占GDP比重为41.5%。"
            "据统计，1-10月签约项目683个，增长69.5%；签署了7项合作协议。"
        )
    }
    assert labelled["31.8万亿美元"] == "2019年 全球数字经济规模"
    assert labelled["41.5%"] == "2019年 全球数字经济规模 占GDP比重"
    assert labelled["683个"].endswith("签约项目")
    assert labelled["69.5%"].endswith("签约项目 增速")
    assert labelled["7项"].endswith("合作协议")


def test_seed_has_its_figures(seed_text: str) -> None:
    figures = analyze(seed_text).figures
    texts = [f.text for f in figures]
    assert 36 <= len(figures) <= 45
    for expected in [
        "31.8万亿美元",
        "41.5%",
        "35.8万亿元",
        "7024亿元",
        "1877个",
        "320.3%",
        "11217.84亿元",
    ]:
        assert expected in texts
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    growth = [f for f in figures if f.kind == "percent" and f.about.endswith("增速")]
    assert len(growth) >= 7


def test_a_score_is_one_figure() -> None:
    """21比18 was missed (or read as two bare numbers)."""
    found = {f.text: f for f in figures_of("中国女排在决胜局以21比18获胜，总比分3比1。")}
    assert set(found) == {"21比18", "3比1"}
    assert found["21比18"].value == "21:18" and found["21比18"].kind == "other"
    assert [f.text for f in figures_of("今年出口同比增长，环比下降。")] == []


def test_a_figure_before_de_is_labelled_by_its_noun() -> None:
    text = "目前已有近4成的巴西国民表示要储存食物，他送了一条价值1000多元的项链，72岁的李秀芝说。"
    labels = labels_of(text)
    assert labels == {"4成": "巴西国民", "1000多元": "项链", "72岁": "李秀芝"}


def test_a_time_with_an_approximation_is_labelled_by_its_event() -> None:
    # 许, 左右 and 前后 say "about" the time; the event is the clause after, or before where
    # the time ends the sentence
    text = "凌晨两点许，巡逻队发现了火情。大批车辆在晚上8点左右离开园区。火情发生在三时许。"
    labels = labels_of(text)
    assert labels == {
        "两点": "巡逻队发现了火情",
        "8点": "离开园区",
        "三时": "火情发生在",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("货车追尾大巴，造成2死7伤。", [("2死", 2, "死"), ("7伤", 7, "伤")]),
        ("工廠爆炸釀成三死十一傷。", [("三死", 3, "死"), ("十一傷", 11, "傷")]),
        ("山体滑坡已致4死。", [("4死", 4, "死")]),
    ],
)
def test_the_dead_and_the_hurt_are_counts_labelled_by_their_cause(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = figures_of(text)
    assert [(f.text, f.value, f.unit) for f in found] == expected
    assert all(f.kind == "count" and f.about.endswith(("造成", "釀成", "已致")) for f in found)


def test_a_label_runs_past_a_thousands_comma() -> None:
    (date, _) = figures_of("截至2023年底，全县登记的志愿者有3,460人。")
    assert date.about == "全县登记的志愿者有3,460人"


def test_a_number_inside_a_web_address_is_no_figure() -> None:
    # percent-encoded characters (%E5%95%8F) and a link's digits are the address's own
    text = (
        "全文见https://example.org/2023/05/%E8%AB%8B%E5%95%8F-100%E5%85%83.html，全年增长5%。"
        '另见<a href="www.example.org/?n=35%25">2017 年的报告</a>。'
    )
    assert [f.text for f in figures_of(text)] == ["5%", "2017 年"]


def test_a_label_cut_to_its_end_does_not_open_inside_a_latin_word() -> None:
    # the last 24 characters would open on "ngie": the label opens after the whole word
    text = "阿布扎比国家制冷公司大股东Engie去年年报中向全体股东详细披露了其持股比例为40%。"
    (figure,) = figures_of(text)
    assert figure.about == "去年年报中向全体股东详细披露了其持股比例"


def test_a_byline_or_an_aside_in_brackets_is_not_in_the_label() -> None:
    # a comma inside the aside does not cut the clause that holds the figure's subject
    text = "（本报讯）全市新增岗位12万个。两类基金（指数基金，量化基金）占其中的35%。"
    labels = labels_of(text)
    assert labels == {"12万个": "全市新增岗位", "35%": "两类基金占其中"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千五", 2500),  # a bare last digit counts the place below the unit before it
        ("一百五", 150),
        ("三万五", 35000),
        ("一亿二", 120000000),
        ("三千零五", 3005),  # after 零 it counts ones
        ("五万零三", 50003),
        ("一千二百三十四", 1234),
        ("一亿两千万", 120000000),
        ("二十五", 25),
        ("二〇二〇", 2020),
    ],
)
def test_chinese_numerals_read_as_people_say_them(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_a_range_is_one_figure_with_both_ends_scaled() -> None:
    # the currency and the magnitude written at the other end, or at both (dev gold: "1-2")
    found = table("有多达30亿至40亿美元流出，另有 5 万到 8 万英镑，产能减少 1 亿-1.5 亿吨。")
    assert found == [
        ("30亿至40亿美元", "3000000000-4000000000", "美元", "money", "more"),
        ("5 万到 8 万英镑", "50000-80000", "英镑", "money", None),
        ("1 亿-1.5 亿吨", "100000000-150000000", "吨", "measure", None),
    ]


def test_a_range_is_labelled_by_the_noun_after_it_when_nothing_before_names_it() -> None:
    # 15%–20%的患者: the first end reads only "–20%" after it, so its label was 比例; the
    # second end reads the noun the range modifies. A label with the first end in it (在20%
    # 至) is no better than the kind's own
    found = figures_of("到第二周，大约有15%–20%的患者症状会突然加重。75岁到84岁的人群进入老年。")
    assert [(f.text, f.about) for f in found] == [("15%–20%", "患者症状"), ("75岁到84岁", "人群")]
    assert figures_of("约在20%至25%之间浮动。")[0].about == "比例"


def test_a_range_that_runs_into_a_date_is_two_figures() -> None:
    # 从…的 80 万|到 2023 年的: 到 goes on to a year, so the first number stands alone
    found = figures_of("会员从 2020 年的 80 万到 2023 年的 260 万，价格从 5 元到 8 元。")
    assert [(f.text, f.value, f.kind) for f in found] == [
        ("2020 年", "2020 年", "date"),
        ("80 万", 800000, "count"),
        ("2023 年", "2023 年", "date"),
        ("260 万", 2600000, "count"),
        ("5 元到 8 元", "5-8", "money"),
    ]


def test_a_number_before_a_word_opening_on_guo_counts_no_countries() -> None:
    # 国际, 国道, 国外 are words: 3·15|国际消费者权益日, 107|国道 name a day and a road, and
    # 80 万|国际游客 counts tourists; 五国政府 counts countries (20国集团, G20, is a name)
    found = figures_of("每年 315国际消费者权益日，107 国道旁有 80 万国际游客，五国政府和20国集团。")
    assert [(f.text, f.unit) for f in found] == [("80 万", ""), ("五国", "国")]


def test_a_verb_the_dictionary_holds_is_no_count_but_a_counted_one_is() -> None:
    # 质疑声四起: "arise on all sides"; after 的 (五起诉讼中的四起) the same word counts cases
    found = figures_of("质疑声四起。法院驳回了五起诉讼中的四起。")
    assert [(f.text, f.unit) for f in found] == [("五起", "起"), ("四起", "起")]


def test_a_classifier_and_ci_that_count_times_are_one_unit() -> None:
    # 架次 sorties, 场次 showings: a word of counted occurrences; 名次 is a rank's place
    found = figures_of("全年起降 4.2 万架次，加演 18 场次，他排第 2 名次。")
    assert [(f.text, f.unit) for f in found][:2] == [("4.2 万架次", "架次"), ("18 场次", "场次")]
    assert all(f.unit != "名次" for f in found)


def test_a_range_with_its_unit_at_both_ends_is_one_figure() -> None:
    # each end written whole (60%-80%, 300元至500元, 3月至9月): one figure, as a range whose
    # unit comes once is; its label is what the first end measures
    found = figures_of(
        "去年3月至9月，手机的毛利率在 25% – 40% 之间，单价从 300 元到 500 元不等，"
        "年龄在18岁至30岁的买家占8个到10个百分点。"
    )
    assert [(f.text, f.value, f.unit, f.kind) for f in found] == [
        ("去年3月至9月", "去年3月至9月", "", "date"),
        ("25% – 40%", "25-40", "%", "percent"),
        ("300 元到 500 元", "300-500", "元", "money"),
        ("18岁至30岁", "18-30", "岁", "measure"),
        ("8个到10个百分点", "8-10", "个百分点", "percent"),
    ]
    assert found[0].about.startswith("手机的毛利率")  # what follows the range's second end
    assert found[1].about.startswith("去年3月至9月 手机的毛利率")  # the range is the scope
    assert found[4].about.endswith("买家占")


def test_days_of_one_month_are_one_date_when_only_the_last_has_its_day_word() -> None:
    # 7月1至22日 gave 7月 and 22日, two dates of which neither is the span
    found = figures_of("展览于2023年5月3至8日举行，10月28-29日另有讲座，共有40人报名。")
    assert [(f.text, f.kind) for f in found] == [
        ("2023年5月3至8日", "date"),
        ("10月28-29日", "date"),
        ("40人", "count"),
    ]


def test_a_date_in_digits_alone_is_a_date_but_not_in_a_link_or_a_phone_number() -> None:
    found = figures_of(
        "记者会于2023/08/22举行（某报，2019.8.29），原文于2019-03-06发布，"
        "见 http://example.com/2020-02-07/1.html ，电话021-60900099。"
    )
    assert [(f.text, f.kind) for f in found] == [
        ("2023/08/22", "date"),
        ("2019.8.29", "date"),
        ("2019-03-06", "date"),
    ]


def test_the_last_few_days_are_an_amount_and_the_near_of_recently_no_approximation() -> None:
    # 最近三天 (the last three days) was dropped as 最近一次 is, and its 近 read as "nearly";
    # 附近一家 (a shop nearby) had become "nearly one shop"
    found = figures_of(
        "最近三天他没有回复，最后两天是周末，他去了附近一家药房，死亡人数已近3000人。"
    )
    assert [(f.text, f.approx) for f in found] == [
        ("三天", None),
        ("两天", None),
        ("3000人", "less"),
    ]
    assert found[0].about == "最近"


def test_up_and_down_before_a_number_say_where_or_which_not_how_vague() -> None:
    # 上 rounds up only before 百, 千, 万 (上百家); 楼上|七张床 is upstairs; 上一年 is the
    # year before and no amount, though 等上一个小时 is one and 创下|一年多来 too
    found = figures_of(
        "楼上七张床，上百家企业参加，较上一年增长108%，创下一年多来的最大降幅，等上一个小时。"
    )
    assert [f.text for f in found] == ["七张", "108%", "一年", "一个小时"]


def test_a_span_of_centuries_and_a_late_middle_part_are_one_date() -> None:
    found = figures_of("在 17–18 世纪，瘟疫流行；到 18 世纪中晚期，人们注意到牛痘。")
    assert [f.text for f in found] == ["17–18 世纪", "18 世纪中晚期"]


def test_tenths_after_cheng_before_a_noun_are_the_shares_own() -> None:
    # 九成五選票 is 95% of the votes; 三成五个单位 is 30% and five units
    found = figures_of("點算九成五選票後，七成三跑手表示會繼續，三成五个单位反对。")
    assert [(f.text, f.value) for f in found][:3] == [("九成五", 95), ("七成三", 73), ("三成", 30)]


def test_a_century_standing_as_a_time_is_a_date_and_one_naming_a_thing_is_not() -> None:
    # a part of the century, a time word, 的 or a pause after it: a period; before a noun the
    # century names a paper, a plan or a firm
    found = figures_of(
        "早在 18 世纪，这里已有集市；十九世纪末铁路通车，20世纪中叶人口翻倍，"
        "21 世纪以来更甚。《21世纪商业评论》称，二十一世纪影业的股价也涨了。"
    )
    assert [(f.text, f.kind) for f in found] == [
        ("18 世纪", "date"),
        ("十九世纪末", "date"),
        ("20世纪中叶", "date"),
        ("21 世纪", "date"),
    ]
    # an adverb or a copula after it opens the predicate: the century is the time it is about
    found = figures_of("19 世纪正值清代晚期，二十世纪也是战乱不断的年代。")
    assert [(f.text, f.kind) for f in found] == [("19 世纪", "date"), ("二十世纪", "date")]


def test_units_in_latin_letters_and_cents_measure() -> None:
    found = table("硬盘可存 2PB 数据，带宽 300Mbps，气压 990hPa，噪声 70dB，一颗糖卖 50 美分。")
    assert found == [
        ("2PB", 2, "PB", "measure", None),
        ("300Mbps", 300, "Mbps", "measure", None),
        ("990hPa", 990, "hPa", "measure", None),
        ("70dB", 70, "dB", "measure", None),
        ("50 美分", 50, "美分", "money", None),
    ]


def test_a_change_by_an_amount_to_a_level_is_two_figures() -> None:
    # 增长X至Y says "by X, to Y" where Y is far above X; a range runs upward; a day's span and
    # an hour's are each their own (the day and the hour are not one range)
    found = figures_of(
        "存款增长了 40 亿元至 2600 亿元，利率降低5%至3%，气温上升2℃至4℃。"
        "观测时段为6月1日8时至6月2日8时。"
    )
    assert [f.text for f in found] == [
        "40 亿元",
        "2600 亿元",
        "5%",
        "3%",
        "2℃至4℃",
        "6月1日",
        "8时",
        "6月2日",
        "8时",
    ]


def test_a_count_before_a_noun_in_latin_letters_is_a_count() -> None:
    # after the classifier a letter opens the noun (3824家A股, 7例SARS); right after the number
    # it makes a name (5G, 4K)
    texts = [f.text for f in figures_of("共有3824 家A 股公司，确诊7例SARS，5G基站建成。")]
    assert texts == ["3824 家", "7例"]


def test_a_grade_or_phase_naming_its_noun_is_no_figure() -> None:
    # 三级医院, 四期别墅: a label of the noun after it; 分四期建设 counts phases, 八级大风 is a force
    texts = [
        f.text
        for f in figures_of("该市有三级医院。四期别墅已交房。项目分四期建设。局部有八级大风。")
    ]
    assert texts == ["四期", "八级"]


def test_a_figure_whose_clause_names_nothing_is_labelled_by_what_its_unit_measures() -> None:
    figures = figures_of("她被安排接受检测。两日后收到结果。35 岁。")
    assert [(f.text, f.about) for f in figures] == [("两日", "时长"), ("35 岁", "年龄")]


def test_a_figure_alone_is_labelled_by_the_unit_it_shows() -> None:
    # 华氏100度 shows ℉ (a temperature), 八旬 shows 岁 (an age), whatever they are written in
    figures = figures_of("华氏100度。八旬。")
    assert [(f.text, f.about) for f in figures] == [("华氏100度", "温度"), ("八旬", "年龄")]


def test_a_quote_opening_before_a_figure_is_not_its_label() -> None:
    figures = figures_of("她笑着说：「我今年四十岁了，还在学。」")
    assert [(f.text, f.about) for f in figures] == [("四十岁", "我今年")]


def test_orders_gigawatts_and_mach_numbers_are_measured() -> None:
    # 单 counts orders where no word opens on it (单位, 单车: Model 3|单车成本 is per car)
    found = table("每天完成 20 单，3单位停工，Model 3 单车成本降低，装机 43 吉瓦，速度 2.2 马赫。")
    assert found == [
        ("20 单", 20, "单", "count", None),
        ("43 吉瓦", 43, "吉瓦", "measure", None),
        ("2.2 马赫", 2.2, "马赫", "measure", None),
    ]


def test_traditional_and_spoken_roundings_and_a_digits_hundreds() -> None:
    """餘 is 余 in traditional text; 几 after a round number of twenty or more rounds it up as
    多 does (20幾蚊, 二十几岁), while 十几个 and 几个 stay vague; 2百人 is two hundred."""
    found = table("現場有2000餘人，單程要20幾蚊，他二十几岁，约2百人排队，十几个人，几个人。")
    assert found == [
        ("2000餘人", 2000, "人", "count", "more"),
        ("20幾蚊", 20, "元", "money", "about"),
        ("二十几岁", 20, "岁", "measure", "about"),
        ("2百人", 200, "人", "count", "about"),
    ]


def test_the_new_year_and_another_year_are_which_not_how_long() -> None:
    # 新|一年 "the new year", 另|一年 "another year" name a year; 刷新|一年以来 counts one
    assert [f.text for f in figures_of("标题\n\n全家人在忙乱中走入新一年。\n")] == []
    assert [f.text for f in figures_of("标题\n\n另一年，在通江县，我遇见了他。\n")] == []
    assert [f.text for f in figures_of("标题\n\n库存刷新一年以来的新高。\n")] == ["一年"]


def test_a_number_of_articles_after_a_laws_name_is_which_article() -> None:
    # 《基本法》23條, 刑法255條: the article's number, a label; 6條電話線 and 《孟子》三章 count
    assert not figures_of("標題\n\n他們沒提及《基本法》23條立法的時間表。\n")
    assert not figures_of("標題\n\n根據刑法255條規定，意圖欺騙他人者可被判刑。\n")
    assert [f.text for f in figures_of("標題\n\n辦公室的6條電話線全日響。\n")] == ["6條"]
    assert [f.text for f in figures_of("标题\n\n课本收录了《孟子》三章。\n")] == ["三章"]


def test_both_countries_is_no_count() -> None:
    # 中美两国, 兩國關係: the two named before, as 两地 is no count; 其中两国 and 共有两国 are
    assert not figures_of("标题\n\n中美两国的关系正在改善。\n")
    assert not figures_of("標題\n\n日媒認為兩國關係惡化似乎勢不可免。\n")
    assert [f.text for f in figures_of("标题\n\n会议共有两国参加。\n")] == ["两国"]


def test_one_day_said_twice_is_a_saying() -> None:
    # 一天比一天, 活一天算一天, 日复一日: no amount; 隔离一天 is one
    assert not figures_of("标题\n\n情况一天比一天恶化。\n")
    assert not figures_of("标题\n\n他说自己是活一天算一天。\n")
    assert not figures_of("标题\n\n这是日复一日的训练。\n")
    assert [f.text for f in figures_of("标题\n\n他被要求隔离一天。\n")] == ["一天"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工业和服务业增速分别回落0.5和0.4个百分点。",
            [("0.5", 0.5, "个百分点", "percent"), ("0.4个百分点", 0.4, "个百分点", "percent")],
        ),
        (
            "甲乙公司收入分别为3.2和4.5亿元。",
            [("3.2", 320000000, "元", "money"), ("4.5亿元", 450000000, "元", "money")],
        ),
        (
            "这些选手分别为12、15和18岁。",
            [
                ("12", 12, "岁", "measure"),
                ("15", 15, "岁", "measure"),
                ("18岁", 18, "岁", "measure"),
            ],
        ),
    ],
)
def test_bare_numbers_before_a_figure_share_its_unit(text: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("案件涉及第9、13、15和44項控罪。", ["44項"]),  # which items, not how many
    ],
)
def test_numbers_that_share_no_unit(text: str, kept: list[str]) -> None:
    assert [f.text for f in figures_of(text)] == kept


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("全城須停擺4、5星期。", "4、5星期", "4-5"),  # four or five weeks: the dev gold's range
        ("他每天只睡2、3個小時。", "2、3個小時", "2-3"),
        ("庭外仍有3、40人等候。", "3、40人", "30-40"),  # 三四十: the first written short
        ("这种肉以前最多13、4块。", "13、4块", "13-14"),  # the second written short
        ("这部小说写了12、3萬字。", "12、3萬字", "120000-130000"),
        ("出口增加了2、3成。", "2、3成", "20-30"),
    ],
)
def test_two_numbers_saying_one_or_the_other_are_a_range(text: str, span: str, value: str) -> None:
    (figure,) = figures_of(text)
    assert (figure.text, figure.value, figure.approx) == (span, value, "about")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("增速低于2018、2019年水平。", "2018、2019年"),  # as dev04's gold writes it
        ("在70、80、90年代，经济起飞。", "70、80、90年代"),
        ("去年11、12月，销量下滑。", "11、12月"),
        ("会议在5月1、2日举行。", "5月1、2日"),  # the days' list joins their month
        ("他凌晨3、4点才下班。", "3、4点"),
    ],
)
def test_numbers_listed_before_a_date_share_its_unit(text: str, span: str) -> None:
    assert [f.text for f in figures_of(text) if f.kind == "date"] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("在 2006 到 2010 年，指数上涨了一倍。", "2006 到 2010 年"),
        ("2017–2018 学年，留学人数有所下降。", "2017–2018 学年"),
        ("过去几年（2012-2017财年）里销量大增。", "2012-2017财年"),
    ],
)
def test_a_range_of_years_is_one_date(text: str, span: str) -> None:
    dates = [f for f in figures_of(text) if f.kind == "date"]
    assert [f.text for f in dates] == [span]


def test_a_per_mille_is_a_share_as_a_percent_is() -> None:
    assert table("该市去年的出生率为 6.8‰，比前年下降 0.3 个千分点。") == [
        ("6.8‰", 6.8, "‰", "percent", None),
        ("0.3 个千分点", 0.3, "个千分点", "percent", None),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("这段质粒只有 12kb，另一段长 2Mb。", ("12kb", 12, "kb", "measure", None)),
        ("网络延迟降到了 35ms。", ("35ms", 35, "ms", "measure", None)),
    ],
)
def test_more_latin_units(text: str, figure: tuple) -> None:
    assert figure in table(text)


def test_days_of_the_current_month_are_one_date() -> None:
    # 在20至22日: the days' span with no month before it (was 22日 alone)
    assert table("确诊病例在 20 至 22 日激增，共 3 天。")[0][:4] == (
        "20 至 22 日",
        "20 至 22 日",
        "",
        "date",
    )


def test_a_price_per_unit_is_one_figure_and_a_vote_counts_no_pairs() -> None:
    # 35 元一斤: 一斤 is the price's "per", no amount, and says 8000 多 is a price; 232 对
    # 196: "against", no pairs; a year before 一年 is no price (2020 一年之间), and pairs
    # counted stay (90 对)
    assert [(row[0], row[3]) for row in table("土鸡卖到 35 元一斤，房价 8000 多一平米。")] == [
        ("35 元", "money"),
        ("8000 多", "money"),
    ]
    assert not table("众议院以 232 对 196 的票数通过决议。")
    assert [row[0] for row in table("在 2020 一年之间，日均开行 90 对列车。")] == ["一年", "90 对"]


def test_hundreds_of_millions_counted_with_ge_are_one_figure() -> None:
    # 两个亿, 一个多亿, 4-5个亿: spoken magnitudes; 个 before 万 stays a count (三个|万元户)
    rows = table("去年投了两个亿，今年一个多亿，明年 4-5个亿；村里有三个万元户。")
    assert [(row[0], row[1]) for row in rows] == [
        ("两个亿", 200000000),
        ("一个多亿", 100000000),
        ("4-5个亿", "400000000-500000000"),
        ("三个", 3),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "政府四面树敌，索性不理民意。",
        "培训中心四周由高墙和栏杆阻隔。",
        "需求供给两面受困，平台两头压榨。",
        # 四周 before no verb: still "all around" where no time's word follows it
        "他望着四周黑黑的山梁，村子四周的风景很美。",
        # a weekday, not a count of incidents (周五|起 "from Friday") nor a week (星期六)
        "政府称，自本周五起加征关税。他在一个星期六下午回家。",
        # "one day", a day not counted: 有 opening a clause, a part of the day after it
        "有一天，他去了北京。一天晚上，他又回来了。",
    ],
)
def test_a_numeral_and_measure_word_that_make_an_idiom_before_a_verb_count_nothing(
    text: str,
) -> None:
    # 四面 "all sides", 四周 "all around", 两头 "both ends": CC-CEDICT gives no counting sense
    assert table(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "他每天骑三轮车上班，风雨无阻。",
        "我们一家人去公园散步。",
        "七国集团峰会昨天在东京开幕。",
        "四人帮倒台以后，他回到北京。",
        "她一年到头都在外地，兩口子很少見面。",
        "這部電影是三部曲的最後一部分。",
    ],
)
def test_a_word_that_runs_on_past_the_numeral_and_its_unit_counts_nothing(text: str) -> None:
    # 三轮车 "pedicab", 一家人 "household", 一年到头 "all year round", 两口子 "husband and
    # wife": CC-CEDICT gives them no counting sense; 七国集团 "G7", 四人帮 "Gang of Four":
    # only a proper noun's
    assert table(text) == []


def test_a_count_jieba_lists_as_one_word_stays_a_figure() -> None:
    # 两辆车, 两间房 are in jieba's dictionary but not CC-CEDICT's: counts; 一年期 counts a year
    rows = table("他买了两辆车，又租了两间房，签了一年期的合同。")
    assert [row[0] for row in rows] == ["两辆", "两间", "一年"]


def test_a_numeral_and_measure_word_that_count_stay_figures() -> None:
    # 四面墙: a noun follows; 九天之后 ("the ninth heaven" is a count's sense too), 三倍, 四级;
    # 三、四周: a list of numbers; 一家: one
    text = "四面墙都刷白了。九天之后，三倍做空，四级防护，三、四周或五周，不足一家公立医院。"
    assert [row[0] for row in table(text)] == [
        "四面",
        "九天",
        "三倍",
        "四级",
        "四周",
        "五周",
        "一家",
    ]
    # 四周 as four weeks: a time's word after it, a span's before it; 五起: five incidents
    text = "治疗四周后出院，疗程为期四周，每四周复查，今年发生五起事故，用了一个星期。"
    assert [row[0] for row in table(text)] == ["四周", "四周", "四周", "五起", "一个星期"]
    # 一天 counted: a day's work, only one day left
    text = "他们一天工作十小时，只有一天时间。"
    assert [row[0] for row in table(text)] == ["一天", "十小时", "一天"]


def test_a_decade_spoken_digit_by_digit_is_a_date() -> None:
    # 七零年代: the 1970s said as 七零, as 八十年代 is (was 七零年, seventy years)
    assert table("他生於香港，七零年代入讀小學，八零年代末移民。") == [
        ("七零年代", "七零年代", "", "date", None),
        ("八零年代末", "八零年代末", "", "date", None),
    ]


def test_a_school_year_before_shi_is_no_clock() -> None:
    # 中二時, 高三时: "in Form 2", "in senior year 3", then 时 "when"; 凌晨二時 stays a clock
    assert table("她在中二時寫過一篇文章，高三时转学。") == []
    assert [row[0] for row in table("事件在凌晨二時發生。")] == ["二時"]


def test_a_dash_between_two_amounts_of_one_unit_is_a_range_not_a_minus() -> None:
    # 100 家-200 家: the dash joins a range (was 100 家 and a count of -200); 从3度降到-5度
    # keeps its minus, 3 度 is no unit before the dash
    assert table("在全国有 100 家-200 家经销商，人数下降 35% -40%。") == [
        ("100 家-200 家", "100-200", "家", "count", None),
        ("35% -40%", "35-40", "%", "percent", None),
    ]
    assert [row[1] for row in table("气温从3度降到-5度。")] == [3, -5]


@pytest.mark.parametrize(
    ("sentence", "text", "seconds"),
    [
        ("救護車停車後共花7分56秒，才起程。", "7分56秒", 476),
        ("他以2小時3分15秒跑完全程。", "2小時3分15秒", 7395),
        ("日均上网时长达到 8 小时 25 分钟。", "8 小时 25 分钟", 30300),
    ],
)
def test_a_duration_in_parts_is_one_measure_in_seconds(
    sentence: str, text: str, seconds: int
) -> None:
    # 7分56秒: not a count of 7 points and 56 seconds; 2小時3分15秒 lost its minutes
    figures = analyze(sentence).figures
    assert [(f.text, f.value, f.unit, f.kind) for f in figures] == [
        (text, seconds, "秒", "measure")
    ]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("將申領長者綜援年齡由60增加到65歲。", ("60", 60, "歲", "measure")),
        ("价格从10降到8元。", ("10", 10, "元", "money")),
    ],
)
def test_where_a_change_starts_is_in_the_unit_of_where_it_ends(
    sentence: str, first: tuple[str, int, str, str]
) -> None:
    # 由60增加到65歲: 60 is an age too, the unit written once at the end
    figures = analyze(sentence).figures
    assert (figures[0].text, figures[0].value, figures[0].unit, figures[0].kind) == first


def test_a_span_from_one_hour_to_another_is_a_clock_time() -> None:
    # 每晚 6 点到 12 点: a clock's span, a date; not a range of index points
    figures = analyze("志愿者每晚 6 点到 12 点免费接听来电。").figures
    assert [(f.text, f.kind) for f in figures] == [("6 点到 12 点", "date")]


def test_minutes_after_dian_without_fen_are_the_clocks() -> None:
    # 下午3点45开会: minutes as they are said, no 分 after them; an index's points stay points
    figures = analyze("他们下午3点45开会，开到 5 点 10 才散，指数收于3150点。").figures
    assert [(f.text, f.kind) for f in figures] == [
        ("3点45", "date"),
        ("5 点 10", "date"),
        ("3150点", "measure"),
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("大橋工程耗資3億5000萬元。", ("3億5000萬元", 350_000_000, "元", "money")),
        ("该市人口约1亿2千万。", ("1亿2千万", 120_000_000, "", "count")),
        ("全國已有4萬3千無症狀感染者。", ("4萬3千", 43_000, "", "count")),
        ("市值达2万亿3千亿元。", ("2万亿3千亿元", 2_300_000_000_000, "元", "money")),
    ],
)
def test_digits_with_a_magnitude_and_more_of_the_next_are_one_amount(
    sentence: str, figure: tuple[str, int, str, str]
) -> None:
    # 3億|5000萬元 was two figures, 4萬3千 with no measure word none
    assert [(f.text, f.value, f.unit, f.kind) for f in analyze(sentence).figures] == [figure]


def test_a_chinese_numeral_with_a_magnitude_and_no_unit_stays_out() -> None:
    # 十万八千里: "a world away", an idiom
    assert not analyze("两人的想法相差十万八千里。").figures


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("在1990 年代，经济快速增长。", "1990 年代"),
        ("如2000年代初陳水扁政府那樣。", "2000年代初"),
        ("讓學生了解1900-1920 年代的關係。", "1900-1920 年代"),
        ("2015年代表公司簽約。", "2015年"),
    ],
)
def test_a_decade_by_its_year_is_the_decade(sentence: str, text: str) -> None:
    # 1990 年代 was 1990 年 with 代… left to what it measures; 2015年|代表 is a year
    assert [(f.text, f.kind) for f in analyze(sentence).figures] == [(text, "date")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 股 opening 股份 after a magnitude: still an amount (1.15 亿 shares), no ticker
        (
            "基金共持有 2.4 亿股份，另一家持有 800 万股份。",
            [("2.4 亿", 240000000), ("800 万", 8000000)],
        ),
        # a share after what only a share follows: 减少了 1/3
        ("去年的产量减少了 1/3，价格翻了一番。", [("1/3", 33.33)]),
    ],
)
def test_an_amount_before_a_word_its_unit_opens_and_a_share_after_a_change(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    assert [(f.text, f.value) for f in analyze(sentence).figures] == expected


def test_basis_points_in_latin_letters_are_a_measure() -> None:
    # 25BP, 50BPs: basis points as finance pages write them, beside 25个基点; 100Mbps stays
    text = "央行将利率下调 25BP，年内累计下调 50BPs，网速达 100Mbps。"
    assert [(f.text, f.value, f.unit, f.kind) for f in analyze(text).figures] == [
        ("25BP", 25, "BP", "measure"),
        ("50BPs", 50, "BPs", "measure"),
        ("100Mbps", 100, "Mbps", "measure"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("中央组织沿海9省市对口支援43项工程。", "9省市", "省市"),
        ("全市18區都設有票站。", "18區", "區"),
        ("这次洪水波及 17 省份的 218 条河流。", "17 省份", "省份"),
        ("他们走遍了山里的6镇2乡。", "6镇", "镇"),
    ],
)
def test_an_administrative_division_after_digits_counts_itself(
    sentence: str, text: str, unit: str
) -> None:
    found = [f for f in figures_of(sentence) if f.text == text]
    assert found and found[0].unit == unit and found[0].kind == "count"


@pytest.mark.parametrize(
    "sentence", ["那段旧的 322 省道已经废弃。", "他们要求徹查612鎮壓。", "设定在0.7–1.3区间。"]
)
def test_a_division_that_opens_a_word_after_a_number_counts_nothing(sentence: str) -> None:
    # 省道 "provincial road", 鎮壓 "crackdown", 区间 "range": words, not divisions counted
    assert not [f for f in figures_of(sentence) if f.unit in {"省", "鎮", "区"}]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("他身高1米65，体重50公斤。", "1米65", 1.65, "米"),  # a height as it is said
        ("她身高一米七。", "一米七", 1.7, "米"),
        ("姚明身高2米26。", "2米26", 2.26, "米"),
        ("有3成5的人支持。", "3成5", 35, "%"),  # a share in tenths and its next digit
        ("九成九的人不知道。", "九成九", 99, "%"),
    ],
)
def test_a_unit_between_a_numbers_whole_and_its_next_digits(
    text: str, span: str, value: float, unit: str
) -> None:
    (figure,) = figures_of(text)[:1]
    assert (figure.text, figure.value, figure.unit) == (span, value, unit)


def test_a_unit_between_digits_keeps_the_approximation_before_it() -> None:
    assert [(f.text, f.approx) for f in figures_of("近三成五的人支持，他身高约1米65。")] == [
        ("三成五", "less"),
        ("1米65", "about"),
    ]


def test_a_unit_then_a_number_counting_something_else_is_two_figures() -> None:
    assert [f.text for f in figures_of("三成的人用了3成5年。")][-2:] == ["3成", "5年"]
    assert "一米一" not in [f.text for f in figures_of("他一米一米地往前挪。")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("George Michael (1963~2016) 是歌手。", ["1963~2016"]),  # a life's span
        ("照片裡寫著「許樹昌教授　2016-present」。", ["2016"]),  # as dev18's gold has it
        ("该时期应涵盖1900-1911、1912-1928期间的内容。", ["1900-1911", "1912-1928"]),
    ],
)
def test_a_span_of_years_without_its_character_is_a_date(text: str, spans: list[str]) -> None:
    assert [f.text for f in figures_of(text) if f.kind == "date"] == spans


def test_a_span_of_years_shaped_numbers_counting_something_is_no_date() -> None:
    assert [(f.text, f.kind) for f in figures_of("共有1990-2010人参加。")] == [
        ("1990-2010人", "count")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("起拍价相当于原值的 3.6 折。", "3.6 折", 36),  # a price at 36% of what it was
        ("全场商品打八折。", "八折", 80),
        ("预售价格4至8折不等。", "4至8折", "40-80"),  # a range counts in tens too
        ("约3至5成的人支持。", "3至5成", "30-50"),
        # two digits of tenths are 8.5折, as shops write it: 85%, not 850%
        ("会员购书一律85折。", "85折", 85),
        ("这批库存按七五折清仓。", "七五折", 75),
    ],
)
def test_discounts_and_shares_count_in_tens(text: str, span: str, value: object) -> None:
    (figure,) = figures_of(text)
    assert (figure.text, figure.value, figure.unit) == (span, value, "%")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("法国的年产出在 1940、1941、1942 和 1944 年下降。", "1940、1941、1942 和 1944 年"),
        ("他於7月21與28日到場。", "7月21與28日"),
    ],
)
def test_the_last_of_the_numbers_listed_before_a_date_may_be_joined_by_and(
    text: str, span: str
) -> None:
    assert [f.text for f in figures_of(text) if f.kind == "date"] == [span]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("咖啡在巴黎卖到 4 欧一杯。", [("4 欧", 4, "欧元", "money")]),
        (
            "這批貨值 12萬歐，買家付了 8 萬。",
            [("12萬歐", 120_000, "歐元", "money"), ("8 萬", 80_000, "", "count")],
        ),
        ("房租是每月 900 镑左右。", [("900 镑", 900, "英镑", "money")]),
        ("这根导线的电阻是 6 欧姆。", [("6 欧姆", 6, "欧姆", "measure")]),  # ohms, not euros
        ("有 3 欧洲球队晋级。", []),  # 欧洲 "Europe", a word 欧 opens
        ("吸引了 1400 万欧洲观众。", [("1400 万", 14_000_000, "", "count")]),
    ],
)
def test_the_euro_and_the_pound_by_their_first_character(text: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工人们在工地干了两月才回家。", [("两月", 2, "月", "measure")]),
        ("近兩月來，颱風接連登陸。", [("兩月", 2, "月", "measure")]),
        ("今年前两月，出口增长了。", [("今年前两月", "今年前两月", "", "date")]),
        ("他二月回国，三月走。", [("二月", "二月", "", "date"), ("三月", "三月", "", "date")]),
    ],
)
def test_two_months_without_a_classifier_is_a_span(text: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她读了40本书。", [("40本", 40, "本", "count")]),
        ("圖書館送來二十本書。", [("二十本", 20, "本", "count")]),
        ("他读的是三本院校。", []),  # 三本 "a third-tier college": a word, no count
        ("这本书卖了 5 万册。", [("5 万册", 50_000, "册", "count")]),
    ],
)
def test_a_classifier_before_the_noun_it_counts_is_a_count(
    text: str, expected: list[tuple]
) -> None:
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("男女比例一度升至 3∶1。", [("3∶1", "3:1", "", "other")]),
        ("学生 6∶15 起床。", [("6∶15", "6∶15", "", "date")]),  # a clock, the sign for a colon
        ("会上仅两人反对。", [("两人", 2, "人", "count")]),
        ("两人随后离开。", []),  # the two people the text named: no count
    ],
)
def test_a_ratio_sign_and_a_count_of_people_after_only(text: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit, f.kind) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一支笔从 8 毛钱涨到 2 块。",
            [("8 毛钱", 0.8, "元", "money", None), ("2 块", 2, "元", "money", None)],
        ),
        ("每斤只赚 3 毛多钱。", [("3 毛多钱", 0.3, "元", "money", "more")]),
        ("该公司 2021 毛利率下滑。", []),  # 毛利率 "gross margin", no dimes
    ],
)
def test_dimes_are_tenths_of_a_yuan(text: str, expected: list[tuple]) -> None:
    assert table(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("展会吸引了 600 多参展商。", [("600 多", 600, "", "count", "more")]),
        ("村里有 200 余村民签了名。", [("200 余", 200, "", "count", "more")]),
        ("其中 70 多数是学生。", []),  # 多数 "most": a word, the number a code's
    ],
)
def test_a_bare_number_and_more_before_its_noun_is_a_count(
    text: str, expected: list[tuple]
) -> None:
    assert table(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每斤青菜涨了1.2角，菜农说不多。", [("1.2角", 0.12, "元", "money", None)]),
        ("一张邮票只要 5 角钱。", [("5 角钱", 0.5, "元", "money", None)]),
        ("那时三角五分钱能买一个馒头。", [("三角五分钱", 0.35, "元", "money", None)]),
        ("运价一度低于每吨公里 4—5 角钱。", [("4—5 角钱", "0.4-0.5", "元", "money", None)]),
        ("这不过是冰山一角。", []),  # "the tip of the iceberg": a corner, no money
        ("门上画着 5 角星。", []),  # a five-pointed star
    ],
)
def test_jiao_written_or_before_qian_is_a_tenth_of_a_yuan(text: str, expected: list[tuple]) -> None:
    assert table(text) == expected


def test_dimes_and_cents_are_one_price() -> None:
    assert table("那时 4 毛 5 分钱能买两斤米。")[0] == ("4 毛 5 分钱", 0.45, "元", "money", None)


def test_a_hong_kong_dime_is_a_tenth_of_a_dollar() -> None:
    assert table("印刷費每張只收 1.2毫，比去年低。") == [("1.2毫", 0.12, "元", "money", None)]
    assert table("雨量錄得 12毫米。") == [("12毫米", 12, "毫米", "measure", None)]


def test_a_day_by_hao_before_evening_about_or_another_day_is_a_date() -> None:
    # 号 names a day where 晚 (evening), 左右 (about) or a range to another day follows;
    # a building's or a street's number stays none (8号楼, 体育路10号的住处, 3号楼至5号楼)
    text = "截至28号晚，转发很多。上月15号左右开始，2号至6号的数据缺失。"
    assert [(f.text, f.kind) for f in figures_of(text)] == [
        ("28号", "date"),
        ("15号", "date"),
        ("2号至6号", "date"),
    ]
    assert figures_of("他住在8号楼，体育路10号的住处，3号楼至5号楼停电。") == []


def test_a_range_of_days_whose_first_day_has_no_day_word_is_one_date() -> None:
    # 4月16至4月20日: the first day's 日 is left to the second, which names its month again
    figures = analyze("估計涉及在4月16至4月20日到診所覆診的數百名病人。").figures
    assert (figures[0].text, figures[0].kind) == ("4月16至4月20日", "date")


@pytest.mark.parametrize(("text", "value"), [("5分钱", 0.05), ("8分錢", 0.08)])
def test_cents_before_money_are_money(text: str, value: float) -> None:
    (figure,) = analyze(f"那时一根冰棍只要{text}。").figures
    assert (figure.text, figure.value, figure.unit, figure.kind) == (text, value, "元", "money")


@pytest.mark.parametrize(
    "text",
    [
        "中方愿加强在二十国集团框架下的协调。",  # G20: a bloc's name
        "各国领导人出席20国集团峰会。",
        "企业要着力突破一批关键核心技术。",  # 突破 "to break through", not "to exceed"
    ],
)
def test_a_blocs_name_and_a_collective_classifier_count_nothing(text: str) -> None:
    assert figures_of(text) == []


def test_a_currency_sign_a_space_before_its_number_is_still_the_figures() -> None:
    # $ 3.99, HK$ 5,000: typeset with a space between sign and number, the sign still names
    # the currency; a sign before no number is no figure
    found = figures_of("应用售价为$ 3.99，会员年费HK$ 5,000，手续费为 € 12。符号 $ 代表美元。")
    assert [(f.text, f.value, f.unit, f.kind) for f in found] == [
        ("$ 3.99", 3.99, "元", "money"),
        ("HK$ 5,000", 5000, "港元", "money"),
        ("€ 12", 12, "欧元", "money"),
    ]


def test_an_hour_before_qijian_is_a_clock_time() -> None:
    # 11时|期间 "during": the hour's 时 does not open 时期 here; 时期 alone stays no clock
    figures = analyze("交通管制在当晚9时30分至11时期间实施，那个时期的旧路已经封闭。").figures
    assert [(f.text, f.kind) for f in figures] == [("9时30分至11时", "date")]
    assert analyze("三时期的文物都在这里。").figures == ()


def test_a_century_before_a_superlative_is_a_date() -> None:
    # 十九世纪|最: the predicate opens; a paper's name (21世纪经济报道) stays a name
    figures = analyze("十九世纪最热闹的是港口，《21世纪经济报道》也来了。").figures
    assert [(f.text, f.kind) for f in figures] == [("十九世纪", "date")]


def test_zai_after_a_number_counts_years() -> None:
    # 载 is the literary year (四十载, 逾20载); the saying 千载难逢 counts nothing
    found = figures_of("老师傅执教逾20载，学校建校四十载。那是千载难逢的机会。")
    assert [(f.text, f.value, f.unit) for f in found] == [("20载", 20, "载"), ("四十载", 40, "载")]


def test_centuries_counted_with_a_classifier_are_a_duration() -> None:
    # 个世纪 is a unit of time as 个月 is: 两个世纪 lasts two centuries (not "two 个" labelled
    # 世纪前), and 半个(多)世纪 is half of one, which nothing read before
    found = figures_of("两个世纪前这里是港口。这座城已有半个多世纪的历史。半個世紀過去了。")
    assert [(f.text, f.value, f.unit, f.kind, f.approx) for f in found] == [
        ("两个世纪", 2, "个世纪", "measure", None),
        ("半个多世纪", 0.5, "个世纪", "measure", "more"),
        ("半個世紀", 0.5, "個世紀", "measure", None),
    ]
    assert found[-1].about == "时长"


def test_a_date_that_ends_its_line_is_labelled_by_the_field_before_it() -> None:
    # a fact sheet's "上映时间：1995 年" has nothing after the date; the label is the field, never
    # the line break, and a date that ends its sentence takes the clause that led to it
    found = figures_of(
        "影片资料\n\n上映时间：1995 年\n导演：张三\n\n他生于1976年。2019年，全球经济放缓。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("1995 年", "上映时间"),
        ("1976年", "他生于"),
        ("2019年", "全球经济放缓"),
    ]
    # a closing mark the label opened stays
    found = figures_of("2015年，他创办了「有人读书会」。")
    assert [f.about for f in found] == ["他创办了「有人读书会」"]


def test_dates_listed_together_share_the_event_after_the_last() -> None:
    # 2016年、2017年两年都陷入亏损: both years lost money; the first year's label is the event,
    # not the next year in the list
    found = figures_of(
        "2016年、2017年两年都陷入亏损。他们在2019年和2020年分别裁员。"
        "比赛于2021年、2022年及2023年举行。2018年，2019年计划公布。"
    )
    dates = [(f.text, f.about) for f in found if f.kind == "date"]
    assert dates == [
        ("2016年", "两年都陷入亏损"),
        ("2017年", "两年都陷入亏损"),
        ("2019年", "分别裁员"),
        ("2020年", "分别裁员"),
        ("2021年", "举行"),
        ("2022年", "举行"),
        ("2023年", "举行"),
        ("2018年", "2019年计划公布"),  # a comma parts two clauses, not a list
        ("2019年", "计划公布"),
    ]


def test_a_count_is_labelled_up_to_a_list_word_not_a_character_inside_a_word() -> None:
    # 与 in 参与 and 和 in 和平 join no list: the label runs on past them; a 和 or 、 that
    # is a word of its own still ends it
    found = figures_of(
        "委员会征求前述五家参与单位的意见。共有1000多人参与了调查。"
        "另有30名和平使者到场。现场有20名记者和摄影师。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("五家", "参与单位"),
        ("1000多人", "参与了调查"),
        ("30名", "和平使者"),
        ("20名", "记者"),
    ]


def test_a_count_of_people_is_labelled_by_the_word_its_ren_opens() -> None:
    # 人 is a classifier and a noun's head: 1100万人口 counts 人口, not 口; a plain 人 still
    # leaves the words after it as the label
    found = figures_of("有1100万人口的武汉封城了。全市有5000人员在岗。另有30人参与救援。")
    assert [(f.text, f.about) for f in found] == [
        ("1100万人", "人口"),
        ("5000人", "人员"),
        ("30人", "参与救援"),
    ]


def test_a_count_is_labelled_by_the_word_its_unit_opens() -> None:
    # 部 and 项 are classifiers that also open nouns (部委, 部门, 项目): the label is the noun,
    # as jieba cuts it in context, so 四名|人大代表 keeps its own word and 三个|人 stays 人
    found = figures_of("五部委联合发文。另有3052项目获批，四名人大代表提出议案，三个人退出。")
    assert [(f.text, f.about) for f in found[:3]] == [
        ("五部", "部委"),
        ("3052项", "项目获批"),
        ("四名", "人大代表"),
    ]
    assert found[3].text == "三个" and not found[3].about.startswith("个")


def test_a_count_inside_a_quote_or_an_aside_counts_a_noun_that_ends_there() -> None:
    # the closing mark is the quote's or the aside's, which opened before the count: the noun
    # ends with it, and whatever follows the quote is no part of what is counted
    found = figures_of(
        "他说：「医院里有三十个病人」，情况严重。共有五家银行（包括三家政策性银行）参与。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("三十个", "病人"),
        ("五家", "银行"),
        ("三家", "政策性银行"),
    ]


def test_a_label_opens_after_the_quote_that_closes_before_its_clause() -> None:
    # the sentence ends inside the quote (。」): the clause of the figure starts after the
    # closing mark, which is no part of its label
    found = figures_of(
        "他说：「这是我最后的机会。」他的顾问工作只坚持了15个月。"
        "她写道：「我们回不去了。」这条微博被浏览了200多万次。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("15个月", "他的顾问工作只坚持了"),
        ("200多万次", "这条微博被浏览了"),
    ]


def test_a_date_that_modifies_a_noun_is_labelled_by_the_noun_not_its_de() -> None:
    # 2019年9月的联合国气候行动峰会: the summit is what happened then; the 的 of 的确 is no
    # such 的 (2019年的确是…)
    found = figures_of(
        "2019年9月的联合国气候行动峰会上，他发表了讲话。2003年的非典疫情改变了一切。"
        "2018年的确是艰难的一年。"
    )
    assert [(f.text, f.about) for f in found if f.kind == "date"] == [
        ("2019年9月", "联合国气候行动峰会上"),
        ("2003年", "非典疫情改变了一切"),
        ("2018年", "的确是艰难的一年"),
    ]


def test_a_share_is_labelled_by_the_noun_it_owns_past_a_space_and_before_a_modal() -> None:
    # 72% 的石油 is 72%的石油 with the space a typesetter puts round a number; the noun ends at a
    # modal (会) or an adverb (据信's 据) of one character as at a verb of two
    found = figures_of(
        "去年它进口了 72% 的石油。调查显示，有 80% 的企业会受到影响。他说，70%的地表水据信已被污染。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("72%", "石油"),
        ("80%", "企业"),
        ("70%", "地表水"),
    ]


def test_a_number_in_chinese_after_a_latin_word_is_a_figure_as_with_a_space() -> None:
    # G20 and C919 are codes: digits glued to letters; 两 after Android is no part of a code,
    # and a typesetter's space (Android 两套) must not decide whether it is found
    for text in ("iOS和Android两套操作系统。", "iOS 和 Android 两套操作系统。"):
        assert [(f.text, f.about) for f in figures_of(text)] == [("两套", "操作系统")]
    assert figures_of("G20峰会在第一天召开。") == []


def test_an_amount_after_a_growth_verb_is_a_change_and_a_rate_after_it_a_growth() -> None:
    # 库存增加|190万桶 says by how much the stock changed, not a rate; the 同比增长|124.9% after
    # it inherits the subject (余额), not the 变化 of the figure before
    found = figures_of("2017年全年居民短期消费贷款余额增加1.87万亿元，同比增长124.9%。")
    assert [(f.text, f.about) for f in found if f.kind != "date"] == [
        ("1.87万亿元", "2017年全年居民短期消费贷款余额 变化"),
        ("124.9%", "2017年全年居民短期消费贷款余额 增速"),
    ]


def test_a_span_after_past_or_future_is_labelled_by_what_happened_in_it() -> None:
    # 过去 and 未来 say which ten years, not what was measured: what happened in them follows,
    # in the next clause; a noun of time that is the clause's subject (周期约一周) stays
    found = figures_of(
        "过去十年，美国页岩油行业迅猛发展。未来五年，中国居民杠杆率将持续上升。检测周期约一周。"
    )
    assert [(f.text, f.about) for f in found] == [
        ("十年", "过去 美国页岩油行业迅猛发展"),
        ("五年", "未来 中国居民杠杆率将持续上升"),
        ("一周", "检测周期"),
    ]


def test_the_second_figure_of_a_pair_is_labelled_as_the_first() -> None:
    # 分别下降32.4%和|32.6%: both are of the same clause, spaced or not; the second's label is
    # not the clause with the first figure in it
    for text in (
        "全国新招聘职位数和人数分别同比下降32.4%和32.6%。",
        "全国新招聘职位数和人数分别同比下降32.4% 和 32.6%。",
    ):
        labels = [f.about for f in figures_of(text)]
        assert labels == ["全国新招聘职位数和人数 增速"] * 2
    found = figures_of("其最高时速和一般时速分别为430公里和300公里。")
    assert [f.about for f in found] == ["其最高时速和一般时速"] * 2


def test_a_long_date_label_is_cut_before_an_aside_it_opens_not_inside_it() -> None:
    # the label of a date is cut at 24 characters: not inside an aside it opens (敏实集团
    # (0425.HK) lost to （0), nor on the 的 of a noun cut off
    found = figures_of(
        "3月16日，位于湖北武汉东西湖区的汽车零部件企业敏实集团（0425.HK）宣布复工。"
        "1998年之后一直在改善一套被普遍使用的名叫 curl 的开源软件。"
    )
    assert [f.about for f in found] == [
        "位于湖北武汉东西湖区的汽车零部件企业敏实集团",
        "之后一直在改善一套被普遍使用的名叫 curl",
    ]


def test_a_figure_opening_its_clause_is_labelled_by_what_follows_not_a_preposition() -> None:
    # the clause before the figure is only a preposition or a conjunction (以, 而, 在): it
    # names nothing, so the label is what the clause says after the figure, past its
    # function words; where nothing follows but another figure or a bare word, the unit's label
    labels = labels_of(
        "去年，该公司宣布，以30亿元收购一家本地银行。"
        "国家标准为10ppm，而5ppm就被视为超标。"
        "他说，在两周内完成全部检测。"
        "与5年前相比，变化不大。"
        "市场预计，在20%到30%之间。"
    )
    assert labels["30亿元"] == "收购一家本地银行"
    assert labels["5ppm"] == "视为超标"
    assert labels["两周"] == "完成全部检测"
    assert labels["5年"] == "时长"
    assert labels["20%到30%"] == "比例"


def test_the_verb_joining_a_label_to_its_figure_goes_as_whole_words() -> None:
    # 只有 and 已有 go whole (not leaving 只, 已); a verb of its own (持有, 拥有) and a word
    # ending in one (大约有 → 大约) stay whole; where the verb was all the clause held, the
    # label is what follows
    labels = labels_of(
        "今年医院的检测阳性率只有45%。"
        "该基金持有300亿元。"
        "这家公司从事有机农业已有十多年。"
        "调查发现，只有7%的受访者愿意付费。"
    )
    assert labels["45%"] == "今年医院的检测阳性率"
    assert labels["300亿元"] == "该基金持有"
    assert labels["十多年"] == "这家公司从事有机农业"
    assert labels["7%"] == "受访者愿意付费"


def test_a_pronoun_alone_before_a_figure_is_no_label() -> None:
    # 他|46岁 is an age, 另有|两成 a share, 这|80亿元 an amount: the pronoun says whose, not
    # what; the words after an age are what happened then, no name for it
    labels = labels_of(
        "王强是这家工厂的老板。他46岁时开始在南京做生意。"
        "受访者中六成支持，另有两成表示反对。"
        "去年公司的利润增加了。这80亿元将用于研发。"
    )
    assert labels["46岁"] == "年龄"
    assert labels["两成"] == "比例"
    assert labels["80亿元"] == "金额"


def test_an_adverb_before_a_figure_is_not_in_its_label() -> None:
    # 已经, 甚至, 分别, 都 say how the figure stands to the clause, not what it measures; an
    # adverb alone leaves the unit to name it; a name jieba cuts up keeps its last character
    labels = labels_of(
        "全市财政收入已经达到58亿元。"
        "这座水库的蓄水量甚至超过3亿立方米。"
        "工厂停产已经两个月。"
        "周立正45岁，李永正52岁。"
    )
    assert labels["58亿元"] == "全市财政收入"
    assert labels["3亿立方米"] == "这座水库的蓄水量"
    assert labels["两个月"] == "工厂停产"
    assert labels["45岁"] == "周立正"
    assert labels["52岁"] == "李永正"
    assert figures_of("已经两个月。")[0].about == "时长"


def test_a_figure_opening_a_quote_leaves_no_quote_mark_in_its_label() -> None:
    # the 「 opens the quoted phrase the figure starts, not the label's words
    labels = labels_of("全市的口罩工厂「24小时不停工」。专家估计「30%左右」。")
    assert labels["24小时"] == "全市的口罩工厂"
    assert labels["30%"] == "专家估计"


def test_a_figure_after_every_is_labelled_by_what_happens_at_that_interval() -> None:
    # 每|三年 is how often something happens: the label is that, never 每 left dangling;
    # a figure after it (每|五公里|一座加油站) is a density, named by the subject alone
    labels = labels_of(
        "病毒传播很快，每48小时翻一番。"
        "这家公司的董事会每隔两个月就召开一次会议。"
        "公路沿线的加油站密度是每五公里一座。"
    )
    assert labels["48小时"] == "翻一番"
    assert labels["两个月"] == "这家公司的董事会 召开一次会议"
    assert labels["五公里"] == "公路沿线的加油站密度"


def test_a_count_is_labelled_by_its_noun_not_by_the_clause_after_it() -> None:
    # 三名|工程师表示… counts engineers: the label stops where the predicate starts (a verb,
    # an adverb, a place word after the noun), and a compound that holds a verb stays whole
    labels = labels_of(
        "两名年轻工程师表示，新系统很快上线。"
        "六名医护人员都没有做防护。"
        "全国有800万辆汽车上装了这种芯片。"
        "四个非政府组织参加了会议。"
    )
    assert labels["两名"] == "年轻工程师"
    assert labels["六名"] == "医护人员"
    assert labels["800万辆"] == "汽车"
    assert labels["四个"] == "非政府组织"


def test_a_count_is_labelled_past_brackets_quotes_and_copulas() -> None:
    # an aside is no part of the counted noun, a closed quote no label; after 是 the noun says
    # what the things counted are, and a preposition after the count opens no noun at all
    labels = labels_of(
        "九家全国性银行（六家大行和三家股份行）获准发放贷款。"
        "公司买了两个新秀丽（Samsonite）手提箱。"
        "政府推出「4万亿」刺激计划。"
        "路上跑的700万辆是德国车。"
        "全市学生总数为100万人在这里上学。"
    )
    assert labels["九家"] == "全国性银行"
    assert labels["两个"] == "新秀丽手提箱"
    assert labels["4万亿"] == "刺激计划"
    assert labels["700万辆"] == "德国车"
    assert "在" not in labels["100万人"]


def test_a_century_before_the_last_two_is_a_date_whatever_follows() -> None:
    # only the present and the last century name things (21世纪经济报道, 20世纪福克斯); an
    # earlier one is a time even before a name or a place
    figures = analyze(
        "这种习俗始于16世纪伊丽莎白一世时期，十八世纪法国也有。20世纪福克斯拍过。"
    ).figures
    assert [(f.text, f.kind) for f in figures] == [("16世纪", "date"), ("十八世纪", "date")]


def test_a_century_before_its_decade_is_one_date() -> None:
    found = figures_of("十九世纪七十年代的伦敦很拥挤。")
    assert [(f.text, f.kind) for f in found] == [("十九世纪七十年代", "date")]


def test_months_joined_by_dao_are_one_date() -> None:
    found = figures_of("当地每年6到8月多雨，2021年2到4月却很干。")
    assert [(f.text, f.kind) for f in found] == [("6到8月", "date"), ("2021年2到4月", "date")]


def test_the_end_of_a_month_is_part_of_the_date() -> None:
    found = figures_of("截至2022年3月末，存款余额为12亿元。")
    assert (found[0].text, found[0].kind) == ("2022年3月末", "date")


def test_yingli_is_the_mile() -> None:
    found = figures_of("两座城市相距约 80 英哩。")
    assert [(f.text, f.value, f.unit, f.kind) for f in found] == [
        ("80 英哩", 80, "英哩", "measure")
    ]


def test_a_date_that_only_opens_a_frame_is_labelled_by_the_next_clause() -> None:
    # 自…起, …以来, …开始 close the frame; what happened then is the clause after the comma
    found = figures_of(
        "自2015年起，这家工厂改产电池。2019年以来，销量翻了一番。从5月初开始，价格回落。"
    )
    assert [(f.text, f.about) for f in found if f.kind == "date"] == [
        ("2015年", "这家工厂改产电池"),
        ("2019年", "销量翻了一番"),
        ("5月初", "价格回落"),
    ]


def test_pairs_after_a_number_are_counted() -> None:
    # 双 after a number counts pairs; 双方 and 2019双11 (a shopping day) count nothing
    found = figures_of(
        "这家工厂每天生产 800 双运动鞋，限量款只有 300 双，他买了五双。双方约定 2019双11 当天发货。"
    )
    assert [(f.text, f.value, f.unit) for f in found if f.kind == "count"] == [
        ("800 双", 800, "双"),
        ("300 双", 300, "双"),
        ("五双", 5, "双"),
    ]


def test_a_qi_that_opens_qijian_is_no_classifier() -> None:
    # 十一期间: the National Day holiday's period, not eleven issues; 12 期培训 is a count
    found = figures_of("十一期间景区客流大增，全年一共举办了 12 期培训。")
    assert [(f.text, f.value) for f in found] == [("12 期", 12)]
