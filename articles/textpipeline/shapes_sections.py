"""The shapes of what divides a story inside or is printed with it: a post's section heading (▍…,
✦ 大会亮点 ✦, 📌 小贴士, 01 over it), a rule's chapter head and article (第二章　…, 第三条　…), the
editor's note that opens a piece (编者按：…), a box's heading (【相关链接】, 小贴士, 记者手记, 彭良志简历)
and the editors' word printed under a piece (编后).

Whether such a line is a sub-heading or a box of the open story is decided in ``assemble_sections``
and ``assemble_boxes``.
"""

from __future__ import annotations

import re

from .shapes import INNER_STOPS, ends_sentence, visible_length
from .surnames import has_surname

_SECTION_BAR = re.compile(r"^[▍▌▎▋▊▏▐█]\s*\S")


def is_section_bar(text: str) -> bool:
    """▍活动一：科普大篷车进社区: a WeChat post's section heading, set after a bar."""
    return bool(_SECTION_BAR.match(text))


# ✦ 大会亮点 ✦, ◆ 五年成就 ◆, 🔸活动回顾🔸: a post's section heading between two like marks (straight quotation
# marks, "让每一个孩子都爱上科学", quote a saying: a headline, as with “ ” round it).
_DECORATED_HEADING = re.compile(r"^([^\w\s\"'])\s*[\u4e00-\u9fff][^。！？，]{1,14}?\s*\1$")
# "科普中国", "院士风采": a column's or a brand's name in straight quotation marks, a few words naming no saying
_QUOTED_NAME = re.compile(r"^\"\s*[\u4e00-\u9fff]{2,6}\s*\"$")


# 📌 大会亮点, 💡 小贴士: a pictograph, then a few words (✅ 首次发布川渝科技合作十大成果 is a list's line)
_PICTOGRAPH_HEADING = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*[\u4e00-\u9fff]{2,6}$")


def is_decorated_heading(text: str) -> bool:
    """✦ 大会亮点 ✦, 📌 小贴士, "科普中国": a section's or a column's name set off by marks."""
    return bool(_DECORATED_HEADING.match(text) or _PICTOGRAPH_HEADING.match(text) or is_quoted_name(text))


def is_quoted_name(text: str) -> bool:
    """"科普中国": a column's or a brand's name in straight quotes (a quoted saying is longer)."""
    return text[:1] == '"' and bool(_QUOTED_NAME.match(text))


# 第二章　申报与认定, 第三章　附　则, 第一节 …: a rule's or a report's chapter head (its articles, 第三条　…, are prose)
_CHAPTER_HEAD = re.compile(r"^第[一二三四五六七八九十百]{1,4}(?:章|节|部分|编)(?:\s+|$)")


def is_chapter_head(text: str) -> bool:
    """第二章　申报与认定, 第三章　附　则: a chapter's number and its short unpunctuated name."""
    match = _CHAPTER_HEAD.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    return 1 <= visible_length(rest) <= 16 and not INNER_STOPS.search(rest) and not ends_sentence(rest)


_RULE_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]{1,5}条[\s　]*\S")


def opens_a_rule_article(text: str) -> bool:
    """第三条　申报单位应当具备以下条件：: an article of a rule (办法, 条例), its text after the number."""
    return bool(_RULE_ARTICLE.match(text))


def is_editors_note(text: str) -> bool:
    """编者按：…, 核心提示：… opens an article, between its headline and its story."""
    return text.lstrip("【[").startswith(("编者按", "编者的话", "编者注", "编辑按", "核心提示", "内容提要", "内容摘要"))


def opens_a_piece(text: str) -> bool:
    """编者按：…, 编者的话：…: a note that introduces what follows, never a story's last paragraph
    (编者注 may close one: 编者注：本文作者系…)."""
    return text.lstrip("【[").startswith(("编者按", "编者的话", "编辑按"))


def is_bare_note_label(text: str) -> bool:
    """编者按, 【编者按】, 编者按：: the note's label on a line of its own, its text under it."""
    return opens_a_piece(text) and len(text.strip("【】[]：: ")) <= 4


# “技术不落地，等于零”: a phrase quoted whole on a line of its own, no sentence ended inside the quotes, as a
# profile (人物通讯) heads its parts; a line of dialogue ends its sentence inside them (“岳老师！”)
_QUOTED_PHRASE = re.compile(r"^“[^“”。！？!?；;：:…]{2,20}”$")


def is_quoted_subheading(text: str) -> bool:
    """“技术不落地，等于零”, “只要还跑得动，我就不下山”: a sub-heading quoting the story's subject."""
    return bool(_QUOTED_PHRASE.match(text))


# 刘明一边说，…, 一位果农凑过来问道。: a line whose first clause ends on the speaker's verb carries on the
# sentence of the quote above it (“你们来得正好，李子刚熟” was dialogue a break had cut, no sub-heading)
_SPEECH_TAG = re.compile(r"^[^，,。！？!?；;：:“”]{0,16}?(?:说|问|讲|喊|答|问道|说道|答道|喊道|笑道|叹道|表示|介绍)[，,。：:！？!?]")


def continues_a_quote(text: str) -> bool:
    """刘明一边说，一边…, 一位果农凑过来问道。: the speaker of the quoted words on the line above."""
    return bool(_SPEECH_TAG.match(text))


_BOX_NAMES = (
    r"(?:相关)?(?:链接|相关链接|知识链接|背景链接|延伸阅读|相关阅读|名词解释|小贴士|背景资料|背景|新闻背景|知识点"
    r"|记者手记|记者观察|采访手记|编后|编后语|短评|点评|小知识|知识卡片|温馨提示|专家提醒|专家建议"
    r"|专家观点|专家说|专家点评|专家解读"  # what experts said about the story, each quote signed
    r"|健康提示|健康小贴士|安全提示"  # a health or safety piece's tips
    r"|人物名片|人物简介|人物小传|人物档案|专家简介|作者简介|个人简介|小档案|数读|数说|一组数据|简历|个人简历|人物简历"
    r"|数说[\u4e00-\u9fff]{2,4}|数据看板|一图读懂|一图看懂|图解"  # a box of figures or a chart's (数说科技节)
    r"|参考文献|参考资料|主要参考文献)"  # a 科普 piece's references, after its text
)
_PERSONS_BOX = re.compile(r"^([\u4e00-\u9fff]{2,4})(?:简历|简介)$")  # 彭良志简历: a person's CV under the portrait
_BOX_HEADING = re.compile(rf"^[【\[]\s*{_BOX_NAMES}\s*[】\]]$")
# Without brackets, a box's name stands alone or behind a mark, a colon after it: 小贴士, ■ 链接, ◆温馨提示, 链接：
_PLAIN_BOX_HEADING = re.compile(rf"^(?:[■□●◆◇▶★☆]\s*)?{_BOX_NAMES}\s*[：:]?$")


def is_box_heading(text: str) -> bool:
    """【相关链接】, 【延伸阅读】, 【名词解释】, 【记者手记】: the heading of a box printed with the story above it."""
    return bool(_BOX_HEADING.match(text))


# The editors' word printed under a piece, after its signature: 编后, or the reply under a reader's letter
_AFTERWORDS = ("编后", "编后语", "编后记", "编辑回复", "编者回复", "编辑答复", "编者答", "记者回复")


def is_afterword(text: str) -> bool:
    """编后, 编后语, 【编后】, 编辑回复：: the editors' word printed under a piece, after its signature."""
    return text.strip("【】[] ■□●◆◇▶★☆").rstrip("：:") in _AFTERWORDS


# Boxes of experts' words printed in a story, each quote signed by who said it: （宜宾市科协科普部部长 周林）
_EXPERT_BOXES = ("专家观点", "专家说", "专家点评", "专家解读", "专家提醒", "专家建议", "专家支招")


def is_signed_inside(text: str) -> bool:
    """【专家观点】, 专家说, 编后: a box in a story whose text its speaker or writer signs at its end; that
    signature is the box's, printed with its text, not the story's source or byline."""
    return text.strip("【】[] ■□●◆◇▶★☆：:") in _EXPERT_BOXES or is_afterword(text)


# Boxes that are someone's piece (a comment, a reporter's notes), not background (链接, 名词解释): signed
# apart under their own title, they stand alone
_OPINION_BOXES = ("短评", "点评", "快评", "记者手记", "记者观察", "采访手记")


def is_opinion_box(text: str) -> bool:
    """短评, 【记者手记】, ■ 点评: a box heading over someone's piece."""
    return text.strip("【】[] ■□●◆◇▶★☆") in _OPINION_BOXES


def is_comment_box(text: str) -> bool:
    """短评, ■ 点评: a box heading over a comment, which another writer signs (a 记者手记 is the story's
    reporter's, under the story's own signature)."""
    return is_opinion_box(text) and not text.strip("【】[] ■□●◆◇▶★☆").startswith(("记者", "采访"))


def is_plain_box_heading(text: str) -> bool:
    """小贴士, ■ 链接, 温馨提示, 链接：, 彭良志简历: a box's heading printed without brackets (only inside a story,
    over its text)."""
    if len(text) > 8:
        return False
    person = _PERSONS_BOX.match(text)
    return bool(_PLAIN_BOX_HEADING.match(text)) or (person is not None and has_surname(person.group(1)))


# 链接：院士专家工作站是什么？: a background box's name with its own title run on after the colon (a phrase or
# a question; an address there is a page's source link)
_TITLED_LINK_BOX = re.compile(r"^(?:[■□●◆◇▶★☆]\s*)?(?:相关|知识|背景)?链接\s*[：:]\s*[^，。；：！？,;:!?./\s]{2,20}[？?]?$")


def is_titled_link_box(text: str) -> bool:
    """链接：院士专家工作站是什么？: a link box's heading with the box's title on its line (only inside a story,
    over its text)."""
    return bool(_TITLED_LINK_BOX.match(text))


# (A01 too, an exhibit's audio-guide number over its name: page furniture unless its story keeps it, see
# assemble_furniture._code_over_an_exhibit)
_SECTION_NUMBER = re.compile(r"^(?:0[1-9]|[Pp][Aa][Rr][Tt]\s*\.?\s*0?[1-9]|[一二三四五六七八九十]|[A-H]\d{1,2})$")


def numbers_a_clause(numeral: str, following: str) -> bool:
    """一 over 是建立了花椒示范基地: the 一是…, 二是… of an enumeration in prose, cut after its numeral, no
    section number over a heading."""
    return numeral.strip() in _CLAUSE_NUMERALS and following.startswith("是")


_CLAUSE_NUMERALS = frozenset("一二三四五六七八九十")


def is_section_number(text: str) -> bool:
    """01, 02, PART.03, 一: a WeChat post's section number, printed on its own line over the section's
    heading; A01, an exhibit's guide number over its name."""
    return bool(_SECTION_NUMBER.match(text.strip()))
