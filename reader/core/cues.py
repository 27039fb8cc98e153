"""Words that mark who speaks in Chinese news: speech verbs, titles, bylines, groups.

Matched as strings on the raw text (research notes: extraction.md §1.4). They anchor the clause
structure the speaker finder reads; they are not how names are found (that is `persons`).
"""

from __future__ import annotations

import re
from typing import Final

# Criticised hard, hit back, challenged, replied: compounds of 批 (criticise) and 嗆 (retort)
# Taiwan's papers write for saying, 质问 and 回复; as often with an object or as a noun (痛批|
# 政府, 质问|校方为什么…, 的回复), so only where the clause goes on after them (质问：「…」).
_RETORTS: Final = "痛批 怒批 反批 狠批 反嗆 反呛 回嗆 回呛 质问 質問 回复 回覆".split()
# Speech and opinion verbs, longest first when matched. Traditional forms included.
VERBS: Final = sorted(
    (
        "表示 指出 强调 強調 介绍 介紹 提到 提及 谈到 談到 谈及 談及 透露 坦言 直言 "
        "坦承 声称 聲稱 宣称 宣稱 宣布 披露 回应 回應 回答 答复 答覆 解释 解釋 补充 "
        "補充 重申 分享道 分享说 感慨 感叹 感嘆 笑称 笑稱 笑言 举例说 總結 总结道 "
        "写道 寫道 写到 寫到 说到 說到 记道 記道 供称 供稱 呼吁 呼籲 建议 建議 提醒 警告 表态 表態 承认 承認 证实 證實 认为 "
        "認為 觉得 覺得 相信 坚信 堅信 预计 預計 分析 设想 設想 说 說 称 稱 指 答 "
        "问 問 追问 追問 告诉 告訴 说道 說道 问道 問道 分析称 分析稱 分析指 回應指 "
        "回应指 解釋指 解释称 表示指 续指 續指 又指 亦指 则指 則指 笑道 笑說 笑说 "
        "比喻为 比喻為 形容 批评 批評 质疑 質疑 反驳 反駁 舉例說 感叹道 直指 估计 "
        "估計 引述 表明 提出 作出 答道 喊道 道 说明 說明 辩称 辯稱 "
        # recalled, denied, criticised, urged, sighed, claimed, alleged, retorted, complained,
        # praised: verbs of saying too
        "忆述 憶述 否认 否認 抨击 抨擊 促请 促請 慨叹 慨嘆 直斥 声言 聲言 指称 指稱 反问 反問 "
        "抱怨 埋怨 称赞 稱讚 赞扬 讚揚 叹道 嘆道 歎道 评论道 評論道 评价道 評價道 评论 評論 评价 評價 "
        "回忆 回憶 "
        # summed up, predicted, remembered, held (a view): 某某总结，…, 某某预测，…
        "总结 预测 預測 记得 記得 主张 主張 "
        # told (a reporter, the authorities) of a grievance: 向记者反映， 村民反映称
        "反映 反映称 反映稱 反映说 反映說 反映指 "
        # gave as an example (工會主席許芳文舉例，…): HK papers' verb for a speaker's case in point
        "举例 舉例 "
        # asked (a question): 某某主动提问：「…」; bare, for 提问 is as often the noun
        "提问 提問 "
        # promised, hinted, condemned: as often the nouns (兑现承诺, 强烈的暗示, 广泛的谴责)
        "承诺 承諾 暗示 谴责 譴責 " + " ".join(_RETORTS)
    ).split(),
    key=len,
    reverse=True,
)


# commented, judged, recalled, predicted, held, summed up, promised, hinted, condemned: as often
# the nouns (网友的评论, 给予高度评价, 美好的回忆, 做出预测, 所作的总结, 兑现承诺), and
# remembered as often a thought (还记得那天), so verbs of saying only before a colon or a
# quote, before a comma where a person stands right before them (他回忆，…), or ending the
# sentence after a quote (「…」某某评价。), or with 道; where a noun's suffix follows them,
# the first half of a longer noun (评论员, 评论家, 回忆录 "memoir", 承诺书)
AS_OFTEN_NOUNS: Final = frozenset(
    "评论 評論 评价 評價 回忆 回憶 预测 預測 记得 記得 主张 主張 总结 總結 "
    "承诺 承諾 暗示 谴责 譴責".split()
)
# what stands before one of those where it is the noun: a modifier's 的, a demonstrative or a
# measure word (此主張「…」, 这份总结「…」), a conjunction (批评和建议), 予以 (予以高度评价)
BEFORE_THE_NOUN: Final = re.compile(r"(?:[的和与與及此这這该該那份項项種种]|予以?.?.?)$")


def _runs_on(verb: str) -> str:
    """`verb`'s pattern, taking in where it runs on into a longer verb of saying: a short form
    ending in 指 into 指出 or 指稱 (亦指 "also said": 亦指|出, 分析指|出, 回應指|稱), one in 说
    into 说明 before a pause (举例说|明，; 笑说|明天 keeps 明 for the next word); 说到 only
    before a pause (说到这里 is "speaking of this"). Matched first
    at an earlier character, the short form would cut the longer verb in two."""
    if verb.endswith("指"):
        return re.escape(verb) + "(?:出|称|稱)?"
    if verb in AS_OFTEN_NOUNS:  # 评论员, 评论家, 評論界, 回忆录: a noun, not a verb
        return re.escape(verb) + "(?![员員家者界人录錄书書性])"
    if verb in {"说到", "說到"}:  # 曾经说到，…: said; 说到这里, 说到底: "speaking of"
        return re.escape(verb) + "(?=[，：,:])"
    if verb.endswith(("说", "說")):
        return re.escape(verb) + "(?:明(?=[，：,:]))?"
    return re.escape(verb)


VERB_RE: Final = re.compile("|".join(map(_runs_on, VERBS)))
# Verbs that need the clause to continue right after them (说， 称： …) to count as speech.
BARE_VERBS: Final = frozenset(
    (
        "说 說 称 稱 指 答 问 問 分析 相信 预计 預計 提出 估计 估計 形容 道 反映 写到 寫到 举例 舉例 提问 提問"
    ).split()
    + _RETORTS
)

# A single-character verb after one of these is part of another word (询问, 据说, 手指, 简称).
COMPOUND_BEFORE: Final = frozenset(
    "询詢质質访訪提疑学學顾顧请請据據听聽小传傳解演游宣号號简簡自俗统統名对對手意直所确確特泛尊堪之"
    "来來如话話"  # 对他来说 (as for him), 比如说, 换句话说: no one speaks
)


def called_by_people(before: str) -> bool:
    """Whether `before` (what stands before a verb) ends on 人 standing alone, so that the
    称/稱 after it says what people call someone (，人稱「大班」 "known as"): no one speaks.
    Not where 人 ends a noun (發言人稱, 證人稱: the spokesperson, the witness said)."""
    return re.search(r"(?:^|[，,；;、。\n])人$", before) is not None


# what was said once, between 了 and the colon that opens it (说了一句话：, 讲了这番话：, 回答了
# 一个词：, 喊了一声：): a count and a word for words, not the end of the saying
SAID_ONCE: Final = (
    r"了(?:[一二两兩三几幾这這那]?(?:[个個]?[字词詞]|[句番段声聲](?:话|話)?)|话|話)?[：:]"
)

# Verbs that only attribute when a speech quote follows (作出“…”的指示)
QUOTE_VERBS: Final = frozenset({"作出", "提出"})
NOT_SPEECH_AFTER: Final = re.compile(
    r"^(?:感谢|感謝|祝贺|祝賀|欢迎|歡迎|慰问|慰問|敬意|歉意|遗憾|遺憾|关注|關注|的|(?!"
    + SAID_ONCE
    + r")了(?![，,])|(?:过|過)(?![：:，,「“])|出来|出來|明书|明書|法|为|為|作"
    r"|甚少|很少|极少|極少|中[。！？!?]|[来來去进進]的)"  # 称为, 稱作: naming; 回应甚少:
    # seldom answered; 仍在持续追问中。: asking goes on, nothing said; 了 before what was said
    # is an object (说了很多), but 指出了，… opens it as 指出，… does; 介绍来的工人: a verb
    # and where to, then 的, modify a noun (the workers he brought in), no one speaking
)
NOT_SPEECH_BEFORE: Final = (
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
    "不",
    "不必",  # 更不必说, 不用说: needless to say, no one speaks
    "不用",
    "无须",
    "無須",
    "未",  # 霍官未說明: did not say (艾未未說 is a name's: see speakers._cues)
    # a speech act denied or refused is none: 沒有回應置評請求, 拒絕評論, 不願透露, 無法證實
    "没有",
    "沒有",
    "拒绝",
    "拒絕",
    "不愿",
    "不願",
    "无法",
    "無法",
    "也就是",  # 也就是说: "that is to say", no one speaks (他就是说 "he just says" is said)
    # seldom: what one rarely says is no statement (他很少说「当下」如何)
    "很少",
    "甚少",
    "鲜少",
    "鮮少",
    "极少",
    "極少",
    # a passive: who is criticised or questioned does not speak (新政广受质疑, 遭批评, 受到指责)
    "受",
    "遭",
    "受到",
    "遭到",
)
ADVERBS: Final = re.compile(
    r"(?:也|还|還|则|則|更|又|亦|另|再|便|就|却|卻|仍|才|只是|只|仅仅|僅僅|仅|僅|已|早已|当即|當即|立即|旋即|即|进一步|進一步|同时|同時|此前|曾|曾经|曾經|纷纷|紛紛|都|均|随即|隨即|"
    r"[多数數几幾首一二两兩三四五六七八九十]{1,2}[次度番回]|"  # a verb's count (多次, 數度, 两度)
    r"(?<![的之])[\u4e00-\u9fff][着著]|"  # the manner of the saying (笑着, 急著)
    r"坦率地|直接|当场|當場|当时|當時|昨日|昨天|今天|今日|日前|近日|近期|近來|近来|最近|早前|目前|"
    r"[上下本这這]?[周週][一二三四五六日]|上周|上週|本周|本週|[上下中]午|早上|晚上|凌晨|清晨|傍晚|深夜|晚間|晚间|當天|当天|"
    # how they said it, an aspect of them before it or not (情绪激动地, 语气坚定地)
    r"(?:情绪|情緒|语气|語氣|神情|神色|表情|脸色|臉色|声音|聲音|态度|態度|口气|口氣|眼神)?"
    r"[\u4e00-\u9fff]{2}地|最初|起初|一开始|一開始|一直|一向|始终|始終|一再|再三|随后|隨後|然后|然後|后来|後來|其后|其後|事后|事後|首先|最后|最後|"
    r"生前|臨終前|临终前|"  # 他生前曾警告: in his lifetime, when he said it
    r"(?<![面针針相绝絕应應反])(?:对记者|對記者|向记者|向記者)|对此|對此|对本报|對本報|在会上|在會上|"
    r"(?<![面针針相绝絕应應反面])(?:对|對|向)(?:媒体|媒體|传媒|傳媒|外界|[A-Z][A-Za-z]{1,10}(?:中文)?)|在[^的，。；：\ue000]{2,4}|在 ?[A-Z][A-Za-z]{1,15} ?上?|"
    r"(?<![面针針相绝絕应應反])(?:对|對|向)[^，,。；：\ue000]{1,8}?(?:记者|記者)|"  # 向财新记者, 对南方周末记者: to a paper's reporter
    r"在[^，。；：\ue000]{1,24}(?:上|时|時|中|期间|期間|后|後)|"
    # 於|于 before an occasion's noun (於記者會上, 于发布会上: not 于 the surname of 于建嵘)
    r"[於于](?:記者會|记者会|發布會|发布会|新聞發布會|新闻发布会|會議|会议|論壇|论坛|研討會|研讨会|"
    r"典禮|典礼|儀式|仪式|活動|活动|節目|节目|訪問|访问|聲明|声明)(?:上|中|時|时|後|后)?|"
    r"接受[^，。；：\ue000]{0,24}(?:采访|採訪|专访|專訪|访问|訪問)(?:时|時)?|"
    r"回应|回應|解释|解釋|補充|补充|並|并|亦|在接受采访时|在接受採訪時|"
    r"(?:書面|书面)(?:回覆|回复|答覆|答复)?|回覆|回复|"  # 局長某某|書面回覆|指: in writing
    r"不?(?:点名|點名)|"  # 某某|不點名|批評: by name or not, the manner of a criticism
    r"发文|發文|贴文|貼文|撰文|发帖|發帖|受访时|受訪時|"
    r"(?:发|發|发布|發布|转发|轉發)(?:微博|推特|推文|臉書|脸书|影片|视频|視頻|帖子)|"  # 发微博|称
    r"(?:发表|發表)[^，。；：\ue000]{0,8}?(?:讲话|講話|谈话|談話|演讲|演講|致辞|致詞|贺词|賀詞)(?:时|時)?|"  # 晚间发表视频讲话|称
    r"同日|续|續|今早|今晨|今午|今晚|今次|稍早|(?:发表|發表|发|發)?(?:新闻稿|新聞稿|声明|聲明|公告|推文)(?:中)?|(?:會|会|賽|赛|庭|事)(?:後|后|前|上|間|间)|(?:\d{1,2}月)?\d{1,2}日|[０-９]{1,2}日|[廿卅十二三]?[一二三四五六七八九十]?(?<=[一二三四五六七八九十廿卅])日)+$"
)
# chief officers in Latin letters, as Chinese news writes them (CEO孙某)
CHIEF_OFFICERS: Final = ("CEO", "CFO", "COO", "CTO", "CIO")
# longest first; a tuple, so `str.endswith(TITLES)` takes it as it is
TITLES: Final = tuple(
    sorted(
        (
            "董事长 董事長 副董事长 董事 总裁 總裁 副总裁 副總裁 总经理 總經理 副总经理 "
            "副總經理 常务副总经理 執行總經理 执行总经理 执行董事 首席执行官 首席經濟學家 "
            # a firm's chief officers, as mainland (首席…官) and Taiwan (…長) papers write them
            "首席執行官 首席技术官 首席技術官 首席运营官 首席運營官 首席營運官 首席财务官 "
            "首席財務官 首席信息官 首席資訊官 首席投资官 首席投資官 首席营销官 首席行銷官 "
            "首席风险官 首席風險官 执行长 執行長 技术长 技術長 财务长 財務長 营运长 營運長 "
            "首席经济学家 首席分析师 首席科学家 总工程师 總工程師 总经济师 总监 總監 工程总监 "
            "工程總監 经理 經理 创始人 創辦人 创办人 联合创始人 合伙人 负责人 負責人 董秘 "
            "书记 書記 副书记 部长 部長 副部长 副部長 局长 局長 副局长 副局長 厅长 廳長 "
            "处长 處長 科长 主任 副主任 省长 省長 市长 市長 区长 區長 县长 縣長 秘书长 "
            "镇长 鎮長 乡长 鄉長 村长 村長 支书 支書 "
            "秘書長 发言人 發言人 委员 委員 议员 議員 代表 副代表 主席 副主席 会长 會長 "
            "副会长 副會長 理事长 理事長 副理事长 副理事長 院长 院長 副院长 副院長 所长 "
            "所長 副所长 副所長 校长 校長 教授 副教授 研究员 研究員 副研究员 博士 院士 "
            "专家 專家 学者 學者 医生 醫生 主任医师 行政总裁 行政總裁 署长 署長 司长 司長 "
            "副司长 总书记 總書記 国家主席 國家主席 宣传部长 宣傳部長 总干事 總幹事 总编辑 "
            "主编 社长 社長 会長 候選會長 候选会长 秘書 秘书 干事 幹事 评论人士 評論人士 分析人士 "
            "分析师 分析師 分析员 分析員 经济学家 經濟學家 律师 律師 法官 警司 总警司 總警司 顾问 顧問 "
            "督察 總督察 总督察 高級督察 高级督察 警長 警长 裁判官 主任裁判官 暫委裁判官 暂委裁判官 "
            "创会会长 大使 总领事 總領事 检察官 檢察官 主管 总编 總編 队长 隊長 教练 教練 "
            "主帅 主帥 总统 總統 副总统 副總統 总理 總理 副总理 副總理 首相 外相 外长 外長 "
            "防长 防長 财长 財長 行长 行長 国务卿 國務卿 特首 行政长官 行政長官 州长 州長 知事 议长 議長 总督 "
            "党魁 黨魁 "
            "總督 国王 國王 女王 教宗 总司令 總司令 参议员 參議員 众议员 眾議員 大律師 大律师 大臣 "
            "資深大律師 资深大律师 事務律師 事务律师 "
            # an heir's, a monarch's or a pastor's office (亲王 and 王子 are honours, dropped
            # after a name: name_shapes._HONOURS_AFTER; 太子 is no title: 太子党)
            "王储 王儲 皇太子 天皇 牧师 牧師"
        ).split()
        + list(CHIEF_OFFICERS),
        key=len,
        reverse=True,
    )
)
# a firm's officers: titles a company has and a person does not (特斯拉|首席执行官|马斯克, where
# 普京|发言人|佩斯科夫 and 王某|律师|李某 are a person's people)
FIRM_OFFICERS: Final = frozenset(
    t
    for t in TITLES
    if t in CHIEF_OFFICERS
    or re.search(
        r"董事|总裁|總裁|经理|經理|首席|执行长|執行長|技术长|技術長|财务长|財務長|营运长|營運長"
        r"|总工程师|總工程師|总经济师|總監|总监|创始人|創辦人|创办人|合伙人|董秘"
        r"|分析师|分析師|经济学家|經濟學家",
        t,
    )
)
BYLINE_ROLES: Final = (
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
GROUPS: Final = sorted(
    (
        "与会嘉宾 與會嘉賓 与会代表 與會代表 参会企业代表 參會企業代表 企业代表 企業代表 "
        "业内人士 業內人士 业内专家 業內專家 相关负责人 相關負責人 有关负责人 有關負責人 "
        "知情人士 分析人士 受访者 受訪者 受访企业 多位专家 网友 網友 市民 专家 專家 "
        "业界 業界 消息人士 提问者 提問者 有学生 有學生 另一学生 另一學生 现场施工人员 "
        "現場施工人員 居民 村民 家长 家長 学生 學生 员工 員工 工作人员 工作人員 官员 "
        "官員 与会专家 與會專家 高管 高层 高層 许多人 許多人 很多人 不少人"
    ).split(),
    key=len,
    reverse=True,
)
# What a title names when it ends on one of these: a firm or a body, not a person (防护服生产商
# 杜邦, 互联网巨头谷歌, 投资银行高盛, 餐饮品牌云海肴); 经销商 and 书商 may be people, so 商
# alone is not here
ORGANISATION_HEADS: Final = tuple(
    "公司 集团 集團 企业 企業 厂商 廠商 生产商 生產商 制造商 製造商 巨头 巨頭 机构 機構 "
    "银行 銀行 团体 團體 组织 組織 平台 网站 網站 媒体 媒體 智库 智庫 政府 品牌".split()
)
PRONOUNS: Final = ("他们", "他們", "她们", "她們", "他", "她")
# Words that begin with a surname but are not names (jieba tags some as names).
NOT_NAMES: Final = frozenset(
    (
        "双子星 卫星 高水平 智慧 沙龙 比翼双飞 新思维 拓宽 多谢 郑重声明 同时 同時 "
        "还有 還有 于是 於是 任何 高层 高層 文件 方面 时间 時間 全国 全國 项目 項目 "
        "公司 成本 成都 周年 周期 安全 程度 万元 萬元 金额 金額 江苏 向记者 向記者 "
        "高度 石油 钱包 林业 黄金 黃金 马上 馬上 温度 溫度 白色 王国 王國 高管"
    ).split()
)
