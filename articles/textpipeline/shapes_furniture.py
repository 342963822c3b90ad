"""The shapes of a page's furniture: its head (第3版  区县科协 and its editors), a section's banner
(【地方科协】, 地方动态 | DI FANG DONG TAI), a column's or a piece's label (科普时间, 学会动态, 科学家故事),
a paper's, a platform's or an account's name, a parallel slogan, an advert's label, a rule between two
pieces and a list page's dated link.

Such lines name the page, its sections and its columns, no story: ``pagemeta`` reads the page's head
and source from them, and ``assemble_page_heads`` and ``assemble_banners`` keep them out of the stories.
"""

from __future__ import annotations

import re

from .shapes import BODY_ENDS, ends_sentence, strip_bullet, visible_length
from .surnames import has_long_name_head, has_surname

# 【地方科协】, and a series' label with its issue number: 【科普小课堂】第12期
_BANNER_BRACKETS = re.compile(r"^【[^【】]{1,24}】(?:\s*第\s*[0-9一二三四五六七八九十百]{1,4}\s*期)?$")
_BANNER_BILINGUAL = re.compile(r"^[^|｜]{2,16}\s*[|｜]\s*[A-Za-z][A-Za-z .·-]{2,40}$")
# 国际交流 INTERNATIONAL EXCHANGE: a section's name and its English in capitals, two words or more, a space apart
_BANNER_BILINGUAL_SPACED = re.compile(r"^[\u4e00-\u9fff]{2,8}[ \u3000]+[A-Z]{2,}(?: [A-Z]{2,})+$")
# 科技活动周 | 图说: a section and its column, two short labels (重磅 | 首批…名单公布 is a post's title)
_BANNER_LABELS = re.compile(r"^[\u4e00-\u9fff]{2,6}\s+[|｜]\s+[\u4e00-\u9fff]{2,6}$")
EDITOR_ROLES = (  # each also after 本版 (本版责任编辑：王新民)
    "(?:本版)?(?:责任编辑|责任校对|美术编辑|图片编辑|摄影编辑|文字编辑|执行编辑|值班编辑|新媒体编辑|视频编辑|"
    "责编|编辑|美编|校对|审核|审校|审签|终审|复审|初审|版式|设计|排版|制图|监制|统筹|主编)"
)
# An editor's name, or a two-character one spread to the width of three (胡 敏)
_EDITOR_NAME = r"(?:[\u4e00-\u9fff] [\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff·]{2,4})"
# The page's editors at the end of its head: … 第2版 科协动态 责任编辑：王丽 美编：李明
HEAD_EDITORS = rf"(?P<editors>(?:\s+{EDITOR_ROLES}\s*[:：]\s*{_EDITOR_NAME}(?:[、，,\s]\s*{_EDITOR_NAME})*)+)?"
# …and on a dated head, where the date anchors them, also without colons: … 第2版 责任编辑 林峰 校对 杨柳
DATED_HEAD_EDITORS = (
    rf"(?P<editors>(?:\s+{EDITOR_ROLES}(?:\s*[:：]\s*{_EDITOR_NAME}(?:[、，,\s]\s*{_EDITOR_NAME})*"
    rf"|\s+{_EDITOR_NAME}(?:[、，,]\s*{_EDITOR_NAME})*))+)?"
)
# The page's number and section: 第3版  区县科协, 03版：要闻, A2版 | 科普 (a space or a mark before the section).
_PAGE_NUMBER = re.compile(
    r"^第?\s*[0-9０-９A-Za-zＡ-Ｚ一二三四五六七八九十]{1,3}\s*版"
    rf"(?:(?:\s*[:：|｜丨│·]\s*|\s+)(?!{EDITOR_ROLES})[^\s。，,]{{1,12}})?{HEAD_EDITORS}$"
)
# …or a city paper's lettered page without 版, its section and its editors: A3  综合新闻  责任编辑：何晓燕
_LETTERED_PAGE_HEAD = re.compile(
    rf"^[A-HＡ-Ｈ]\d{{1,2}}(?:\s*[:：|｜丨│·]\s*|\s+)(?!{EDITOR_ROLES})[\u4e00-\u9fff·]{{2,8}}{HEAD_EDITORS}$"
)
# …or the section alone before its editors, the number on the masthead's date line: 区县科协 责编：吴敏 美编：罗欣
# (not an author's name, 王芳 编辑：李雪, nor a body's, 綦江区科协 编辑：李雪: a story's credits at its foot)
# (科普·健康, 广告·服务: two words joined by a dot)
_SECTION_AND_EDITORS = re.compile(
    rf"^(?!{EDITOR_ROLES})(?P<section>[\u4e00-\u9fff]{{2,8}}|[\u4e00-\u9fff]{{2,4}}·[\u4e00-\u9fff]{{2,4}}){HEAD_EDITORS}$"
)
_COLLECTIVE_SECTION = ("区县", "市县", "市州", "基层", "地方", "全市", "全省", "学会", "科协")


_RULE = re.compile(r"^(?:[—\-－_＿=＝~～*＊·•]\s*){3,}$")


def is_rule(text: str) -> bool:
    """————————, ＊＊＊, - - -: a rule the page prints between two pieces."""
    return bool(_RULE.match(text))


def is_bracketed_label(text: str) -> bool:
    """【初心】, 【地方科协】: a short label in square brackets on a line of its own."""
    return bool(_BANNER_BRACKETS.match(text))


def page_head(text: str) -> re.Match | None:
    """第3版  区县科协 (责任编辑：王丽): the page's number and section, its editors in group ``editors``;
    A3  综合新闻  责任编辑：何晓燕 (a lettered page only with its editors, A3 alone is a page number);
    区县科协 责编：吴敏 (the number printed on the date line above) when it names its editors."""
    if "版" in text and (head := _PAGE_NUMBER.match(text)):
        return head
    if (head := _LETTERED_PAGE_HEAD.match(text)) and head.group("editors"):
        return head
    head = _SECTION_AND_EDITORS.match(text) if "编" in text else None
    if not head or not head.group("editors"):
        return None
    section = head.group("section")
    if (len(section) <= 3 and has_surname(section)) or (
        section.endswith(BODY_ENDS) and not section.startswith(_COLLECTIVE_SECTION)
    ):
        return None
    return head


def is_marked_banner(text: str) -> bool:
    """Banners that announce themselves: 【地方科协】, 地方动态 | DI FANG DONG TAI, 国际交流 INTERNATIONAL EXCHANGE,
    科技活动周 | 图说, 第3版  区县科协, 区县科协 责编：吴敏."""
    return bool(
        _BANNER_BRACKETS.match(text)
        or (("|" in text or "｜" in text) and (_BANNER_BILINGUAL.match(text) or _BANNER_LABELS.match(text)))
        or _BANNER_BILINGUAL_SPACED.match(text)
        or page_head(text)
    )


# What a paper's regular column is called by (科普时间, 科技前沿, 健康讲堂, 基层科协风采, 学会动态, 今日谈):
# nouns that name a recurring page feature and close no news headline.
_COLUMN_NOUNS = (
    "时间", "前沿", "讲堂", "视点", "风采", "动态", "之窗", "传真", "资讯", "园地", "速递", "聚焦", "观察",
    "快讯", "简讯", "广角", "天地", "百科", "课堂", "讲坛", "之声", "纵横", "博览", "长廊", "掠影", "集锦",
    "播报", "面对面", "茶座", "漫谈", "杂谈", "随笔", "来信", "信箱", "要闻", "速览",
    "谈", "论坛", "新论", "快评", "时评",  # 今日谈, 人民论坛, 国际时评: a commentary's column
    "进行时",  # 科普进行时, 乡村振兴进行时: a running column's name
)
# A paper's sections by their plain names, printed over the page's first headline.
_SECTION_NAMES = frozenset(
    ["要闻", "综合", "综合新闻", "本地新闻", "地方新闻", "国内新闻", "国际新闻", "科技要闻", "专题", "评论", "时评", "副刊", "专版", "特刊",
     "短评", "快评", "社评", "述评", "随笔", "漫谈",  # a commentary's kind over its own headline
     "本报评论员", "本报特约评论员", "特约评论员",  # …or its writer's post, the name signing its end
     "公告", "公示", "通告",  # a notice's kind over its own title, as 公告 over 四川省科协关于…的通知
     "通知公告", "通知通告", "公示公告", "公告公示"]  # …or a site's column of them
)
# 健康科普, 趣味科普: a short name of four characters (a longer one is a headline: 院士进校园讲科普; but
# 食品安全科普, a field's 科普 up to six, see is_column_name).
_SHORT_COLUMN_NOUNS = ("科普", "常识", "知识")
# 区县新闻, 本地新闻: the news of a scope, a page's section (图片新闻 titles a photo item)
_NEWS_SECTION = re.compile(r"^(?:区县|市县|市州|乡镇|基层|地方|本地|本市|本区|本县|全市|全省|国内|国际|社会|科技)新闻$")
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
# 国际科技合作, 川港科技合作, 中外青少年科技交流: a column of exchange news, named by who meets whom (国际,
# 中外, 两岸, or two places' one-character names) and in what field; a verb in it (川渝深化科技合作) makes a headline
_EXCHANGE_COLUMN = re.compile(
    r"^(?:国际|对外|中外|两岸|海峡两岸|[\u4e00-\u9fff][川渝港澳台外欧美日韩俄非])(?:青少年|青年)?(?:科技|学术|人才|科普)?(?:合作|交流)$"
)
# 乡村振兴·农技课堂, 科普日 · 区县传真: a column set in a wider theme's name, the two apart by a middle dot (spaced or not)
_THEMED_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,6}[ \u3000]?[·•・][ \u3000]?([\u4e00-\u9fff]{2,8})$")
# A special issue's or page's banner: 芦山“4·20”强烈地震抗震救灾专刊, 纪念改革开放三十周年特刊, 纪念汶川特大地震十周年
_SPECIAL_ISSUE = re.compile(
    r"^[\u4e00-\u9fff\d·“”]{2,16}(?:专刊|特刊|专版|增刊|专号)$|^纪念[\u4e00-\u9fff\d·“”]{2,16}周年(?:专刊|特刊|专版)?$"
)


# What an e-paper adds to its paper's name: 重庆科技报数字报, 四川科技报电子版 (the medium, the same paper)
_EDITION_SUFFIX = re.compile(r"(?<=[报刊志])(?:数字报|电子报|数字版|电子版)$")
_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|刊|周刊|杂志)(?:数字报|电子报|数字版|电子版)?$")


_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,11}")


def paper_of_edition(name: str) -> str:
    """重庆科技报数字报 → 重庆科技报: the paper an e-paper's name names, without the medium."""
    return _EDITION_SUFFIX.sub("", name)


def letters_closed_up(text: str) -> str:
    """四 川 科 技 报 → 四川科技报: a name set with a space between its characters, as a masthead spreads it."""
    return text.replace(" ", "") if _LETTER_SPACED.fullmatch(text) else text


def is_paper_name(text: str) -> bool:
    """重庆科技报, 四川科技报, 科普周刊 (四 川 科 技 报 too): a paper's name (over its masthead's date line, the
    page's source)."""
    return bool(_PAPER_NAME.match(letters_closed_up(text)))


_MASTHEAD_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:科技|科普|日|晚|农民|青年|经济|健康|卫生)报(?:数字报|电子报|数字版|电子版)?$|^[\u4e00-\u9fff]{2,8}(?:周刊|杂志)$"
    r"|^[\u4e00-\u9fff]{2,8}(?:简报|工作通讯)$"  # 科协工作简报: a bulletin's name over its issue line
)


_BULLETIN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:简报|工作通讯)$")


# 遂宁市科协10月大事记, 四川科协年鉴（2022）, 永川区科协2024年工作要点, 城口县科协工作简报: a body's
# reference piece, named by the body that keeps it and the period it covers
_REFERENCE_PIECE = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,16}?)(?:（?\d{4}）?年?度?)?(?:\d{1,2}月份?)?"
    r"(?:大事记|年鉴|工作要点|工作简报)(?:（\d{4}）)?$"
)


def reference_piece_keeper(text: str) -> str | None:
    """遂宁市科协 of 遂宁市科协10月大事记: the body whose chronicle, yearbook, work plan or bulletin the line
    names; None when it names none."""
    match = _REFERENCE_PIECE.match(text.strip())
    return match.group("body") if match else None


def is_bulletin_name(text: str) -> bool:
    """工作简报, 重庆市医学会工作简报, 科协工作通讯: the name of a bulletin, whose items are each a brief story."""
    return bool(_BULLETIN_NAME.match(text))


# 科协工作动态, 工作简讯, 科协信息, 情况通报: names a bulletin shares with a column's, which only its issue
# line under it (2023年第9期) makes a bulletin's
_ISSUED_NAME = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:工作动态|工作简讯|科协信息|情况通报)$")


def could_name_a_bulletin(text: str) -> bool:
    """科协工作动态: a bulletin's name over its issue line, a column's name elsewhere."""
    return bool(_ISSUED_NAME.match(text))


# Platforms whose name heads a copied post or page the way a paper's does, and no headline is.
_PLATFORM_NAMES = frozenset(
    ["科普中国", "科技工作者之家", "学习强国", "新华网", "人民网", "央视网", "华龙网", "中国科普网", "中国科技网",
     "央视新闻", "川观新闻", "上游新闻", "四川在线", "新华社", "中国新闻网", "中新网",
     # news apps and platforms a story is copied from, their name on the screen's first line
     "红星新闻", "封面新闻", "第1眼TV", "新重庆", "新重庆-重庆日报", "今日头条", "百家号", "澎湃新闻"]
)


def is_masthead_name(text: str) -> bool:
    """四川科技报, 重庆日报, 科普周刊, 科普中国: a paper's or a platform's name that no headline is
    (捷报, 喜报 may end one)."""
    text = letters_closed_up(text)
    return bool(_MASTHEAD_NAME.match(text)) or text in _PLATFORM_NAMES


# Verbs a news headline tells its event with, which no column's name holds
_NEWS_VERBS = ("走进", "走入", "深入", "开进", "来到", "开展", "举办", "举行", "召开", "启动", "助力", "迎来", "亮相")


def is_exchange_column(text: str) -> bool:
    """国际科技合作, 川港科技合作, 中外青少年科技交流: the name of a column of exchange news, which over a
    headline is its 引题 (川渝深化科技合作 tells what happened)."""
    return bool(_EXCHANGE_COLUMN.match(text))


def is_column_name(text: str) -> bool:
    """科普时间, 科技前沿, 基层科协风采: a short bare name ending in a column's noun, no phrase
    with 的 (华文女作家的风采 is a title). Only a column head where a headline and its story
    follow (see assemble)."""
    if text in _SECTION_NAMES or _NEWS_SECTION.match(text):
        return True
    if (themed := _THEMED_COLUMN.match(text)) and not any(verb in text for verb in _NEWS_VERBS):
        return is_column_name(themed.group(1))
    if _SPECIAL_ISSUE.match(text) and not any(verb in text for verb in _NEWS_VERBS):
        return True  # 抗震救灾专刊, 纪念…十周年: the banner of the pages a paper gives an event
    if not _COLUMN_NAME.match(text) or len(text) <= 2 or "的" in text or any(verb in text for verb in _NEWS_VERBS):
        return False  # 院士走进课堂 tells what happened: a headline, not the column 科普课堂
    return (
        text.endswith(_COLUMN_NOUNS)
        or (len(text) == 4 and text.endswith(_SHORT_COLUMN_NOUNS))
        or (len(text) <= 6 and text.endswith("科普") and text[-3] not in _TEACHING_VERBS)
    )


# 院士讲科普, 送科普: 科普 after a verb is what someone did, a headline (食品安全科普, 应急科普: a column's field)
_TEACHING_VERBS = "讲学送做搞教说谈享普"


# What a 科普 or health page labels each of its pieces with (科学家故事, 科技史话, 名医说健康, 专家坐诊, 健康问答,
# 谣言粉碎机): printed over the piece's headline, they are its 引题 (no headline ends so)
_PIECE_LABEL_NOUNS = ("故事", "史话", "说健康", "话健康", "坐诊", "答疑", "问答", "竞答", "粉碎机", "辟谣")
# 历史上的今天, 科技史上的今天: the almanac's label, its 的 a fixed phrase's
_ON_THIS_DAY = re.compile(r"^[\u4e00-\u9fff]{0,4}史上的今天$")


# 沉痛悼念, 深切缅怀, 永远怀念, 沉痛哀悼: the set words a memorial page prints over a 生平 or a tribute's headline,
# naming no one (沉痛悼念黄文彬同志 names whom: a headline)
_MOURNING_HEAD = re.compile(r"^(?:沉痛|深切|深深|永远|沉痛地)?(?:悼念|哀悼|缅怀|怀念)$")


def is_mourning_head(text: str) -> bool:
    """沉痛悼念, 深切缅怀: a memorial page's set head over its headline, a 引题 that says nothing of its own."""
    return bool(_MOURNING_HEAD.match(text))


# Where someone did it (农技专家田间答疑, 医生社区坐诊): with who before it, a headline telling of an event,
# no label (社区故事, 一线故事 name a column by its scene alone)
_SCENES = ("田间", "地头", "田头", "村头", "院坝", "街头", "现场", "一线", "车间", "大棚", "果园", "社区", "村里", "家门口")


def is_piece_label(text: str) -> bool:
    """科学家故事, 名医说健康, 谣言粉碎机, 科技史上的今天: a bare label a 科普 page prints over a piece's
    headline (the rest of the name no phrase with 的, no news verb, no scene: 院士走进课堂讲故事 and
    农技专家田间答疑 tell what happened)."""
    if _ON_THIS_DAY.match(text):
        return True
    if not _COLUMN_NAME.match(text) or len(text) <= 2 or "的" in text or any(verb in text for verb in _NEWS_VERBS):
        return False
    return text.endswith(_PIECE_LABEL_NOUNS) and not any(scene in text[2:] for scene in _SCENES)


_BRIEFS_NOUNS = ("简讯", "快讯", "短讯", "动态", "速递", "资讯", "集锦", "播报", "速览", "短波", "要闻", "传真")


def is_briefs_heading(text: str) -> bool:
    """科协简讯, 学会动态, 简讯: the name of a column of briefs, each a marked line of its own."""
    return text.endswith(_BRIEFS_NOUNS) and (text in _BRIEFS_NOUNS or is_column_name(text))


def is_bodies_column(text: str) -> bool:
    """区县科协, 基层科协, 市州科协, 市（州）科协: a column named for the bodies whose briefs it prints."""
    if "（" in text or "(" in text:
        text = re.sub(r"[（(]([\u4e00-\u9fff])[）)]", r"\1", text)  # 市（州）科协 is 市州科协
    return bool(_COLUMN_NAME.match(text)) and text.startswith(_COLLECTIVE_SECTION) and text.endswith(("科协", "学会"))


def is_parallel_slogan(text: str) -> bool:
    """Two equally long phrases (决战脱贫攻坚 决胜全面小康): a column head when no story follows.

    Two names of four (海来伍呷 沙马阿果, with a Yi or Tibetan name's head) are a line of authors, and
    two bodies' names (永川区科协  荣昌区科协) a row of a name list."""
    parts = text.split()
    if len(parts) != 2 or all(has_long_name_head(part) for part in parts):
        return False
    if all(part.endswith(BODY_ENDS) for part in parts):
        return False
    lengths = [visible_length(p) for p in parts]
    return (
        lengths[0] == lengths[1]
        and 3 <= lengths[0] <= 8
        and all(re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts)
    )


_ADVERT_LABELS = frozenset(
    ["广告", "【广告】", "[广告]", "（广告）", "(广告)", "广而告之", "广告专版", "商业广告"]
    + ["分类广告", "【分类广告】", "分类信息", "【分类信息】", "广告·服务", "广告•服务"]  # over classifieds
)


# A classified advertisement's heading, which needs no 广告 label: 招聘, 诚聘, 欢迎订阅2025年度《重庆科技报》
# (a 招聘启事 is as often a body's own notice: 四川科技报社现面向社会公开招聘…)
# (a 遗失声明 is a classified too: a party's notice the paper sells space for, no news of the body it names)
_CLASSIFIED_HEADING = re.compile(
    r"^(?:招聘|诚聘|急聘|招商|招租|转让|出租|求购|遗失声明|遗失启事|作废声明)$|^(?:欢迎订阅|征订)\S{0,20}$"
)


# What a classified's text prints: its terms and its contact (要求硕士及以上学历, 待遇面议, 租金, 联系电话：…, 邮发代号)
_CLASSIFIED_TERMS = re.compile(
    r"诚聘|急聘|招聘\S{0,6}(?:人员|岗位|若干)|要求|学历|待遇|薪|简历|面议|租金|售价|转让费|订阅|征订|邮发代号|定价"
    r"|电话|热线|手机|微信|联系人|邮箱"
)


def reads_as_classified(text: str) -> bool:
    """重庆某公司诚聘研发人员3名，要求硕士及以上学历。, 联系电话：…: a classified's text (60余家企业带来岗位1200余个。
    under a job fair's 招聘 section is a story's)."""
    return bool(_CLASSIFIED_TERMS.search(text))


def is_classified_heading(text: str) -> bool:
    """招聘, 欢迎订阅《重庆科技报》: the heading of a paid notice that papers print without a 广告 label."""
    return bool(_CLASSIFIED_HEADING.match(strip_bullet(text).strip()))


def is_advert_label(text: str) -> bool:
    """广告, 【广告】: the label papers print over a paid notice (公益广告 is the paper's own message)."""
    return text.strip() in _ADVERT_LABELS


def is_public_service_label(text: str) -> bool:
    """公益广告, 【公益广告】: the label over the paper's own message (节约用水 从我做起), page furniture."""
    return text.strip().strip("【】[]（）()") in ("公益广告", "公益宣传")


def reads_as_account_name(text: str) -> bool:
    """A WeChat account's name: short, no digits, no punctuation (重庆科协, 科普中国, 四川科技报), but for the
    middle dot setting a platform's regional account apart from the platform (科普中国·重庆, 四川科协·科普)."""
    name = text.replace("·", "", 1) if "·" in text[1:-1] else text
    return 2 <= len(text) <= 16 and name.isalpha()



# 关于开展2024年全国科普日活动的通知  2024-08-15: a list page's link, its post's title and date
_DATED_LINK = re.compile(
    r"^(\S.{4,58}?)\s+[\[【（(]?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\]】）)]?$"
)
# [2024-06-21] 资阳市科协开展“科普进校园”活动, 2024-06-21　标题: the same link, its date first (a 区县 site's
# list); a bare date first only in figures, as 2024年6月21日 also opens a story's sentence
_DATE_FIRST_LINK = re.compile(
    r"^(?:[\[【]\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*[\]】]\s*"
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}\s+)(\S.{4,58})$"
)


def is_dated_link(text: str) -> bool:
    """A post's title and its date on one line, as a column's list of posts prints them, the date last
    or first (the title ends no sentence)."""
    if len(text) > 80:
        return False
    if text[:1] in "[【" or text[:1].isdigit():
        match = _DATE_FIRST_LINK.match(text)
    elif text[-1:].isdigit() or text[-1:] in "日]】）)":
        match = _DATED_LINK.match(text)
    else:
        return False  # every line of a story is tested: most end in a stop
    return bool(match) and "。" not in match.group(1) and not ends_sentence(match.group(1))
