"""Recognise names that sign a piece without a role word: signatures and closing attributions.

A column's author behind a mark (``□ 陈小雨``), a name spread under a title (``李 明``), a reader's letter
signed with a place (``四川岳池　王德明``), a speech's speaker (``市委副书记　王　强``), a desk's mark
(``渝科``), the people of a closing attribution (``（赵祎 谢勇）``, ``（南川区科协 王芳）``), an author after
a unit and post (``（解答专家：西南大学园艺园林学院副教授 陈海波）``) and a body with its people.
"""

from __future__ import annotations

import re

from .credits_bylines import affiliated_author
from .credits_names import (
    BODY_TAIL,
    BYLINE_MARK,
    HAN,
    MARK_CHARS,
    SCHOOL_CLASS,
    SENDING_BODY,
    TEACHER_NOTE,
    closed_up_name,
    is_body_in_context,
    is_unit,
    names_a_town,
    parse_names,
)
from .lines import fold
from .model import AUTHOR, Byline
from .shapes_briefs import is_no_persons_name
from .surnames import has_long_name_head, has_surname

# 解答专家：西南大学园艺园林学院副教授 陈海波: the expert who answered a reader's question
_EXPERT_LABEL = re.compile(r"^(?:解答|答疑|释疑|讲解|咨询)?专家\s*[:：]\s*(.+)$")


def affiliated_credit(content: str) -> list[Byline] | None:
    """（重庆市永川区人民医院药剂科 周涛）, （解答专家：西南大学园艺园林学院副教授 陈海波）: a closing credit
    naming its author after the author's unit and post, or the expert who answered; the author (the unit
    is where the author works, no body that sent the story), else None."""
    labelled = _EXPERT_LABEL.match(content.strip())
    named = labelled.group(1) if labelled else content
    people = parse_names(closed_up_name(named)) if labelled else None
    return affiliated_author(named) or ([Byline(AUTHOR, name) for name in people] if people else None)


_UNIT_AND_NAMES = re.compile(
    rf"^[{HAN}（）()]{{2,24}}{BODY_TAIL}(?:\s+{SCHOOL_CLASS})?((?:\s+[{HAN}]{{2,3}})+)\s*(?:{TEACHER_NOTE})?$"
)


def unit_and_names(text: str) -> list[str] | None:
    """巴南区鱼洞中学 李明轩 王子涵: a body, then people of it (a list's line, or an author's credit), else None;
    a school's students may have their class before them and their teacher after (永川中学 王浩宇 陈一鸣（指导老师：刘军））."""
    match = _UNIT_AND_NAMES.match(fold(text.strip()))
    names = match.group(1).split() if match else None
    return names if names and all(has_surname(name) for name in names) else None


# 石磊　四川大学华西医院教授, 高　峰　泸州老窖股份有限公司酿酒大师: a name (padded to three cells or not), a
# space, then the person's body and post, with no punctuation
_PERSON_ROW = re.compile(rf"^([{HAN}](?:[\u3000 ]{{1,2}})?[{HAN}]{{1,3}})[\u3000\s]+[{HAN}]{{4,40}}$")


def is_person_row(text: str) -> bool:
    """石磊　四川大学华西医院教授: a person, then her body and post (a list's row of honourees, or an
    author's credit: the rows around it tell which)."""
    row = _PERSON_ROW.match(text.strip())
    return row is not None and has_surname(row.group(1)[0])


# 指导老师：王芳, 指导教师 陈静 刘军: the teachers who guided a student's essay, on a line under its byline
_TEACHER_CREDIT = re.compile(rf"^指导(?:老师|教师)\s*[:：]?\s*([{HAN}][{HAN}\s、，,]{{1,20}})$")


def teacher_credit(text: str) -> list[str] | None:
    """The teachers a 指导老师：王芳 line names (a credit printed with a student's essay: no author of it, and
    no body that sent it), else None."""
    match = _TEACHER_CREDIT.match(fold(text.strip()))
    return parse_names(closed_up_name(match.group(1))) if match else None


# 作者单位：陆军军医大学第二附属医院（新桥医院）耳鼻咽喉头颈外科: where a science piece's author works, on a line
# of its own under the text (in brackets after a signature, see signed_with_note)
_AUTHORS_UNIT = re.compile(r"^作者单位\s*[:：]\s*([^。！？!?；;]{2,50})$")


def is_authors_unit(text: str) -> bool:
    """作者单位：X on a line of its own: a credit of the piece (where its author works), no text of it and no
    body it tells of."""
    return bool(_AUTHORS_UNIT.match(fold(text.strip())))


def marked_names(text: str) -> list[str] | None:
    """□ 陈小雨, ◎李明远, ■ 钱 江: a column's or a literary page's author under the title, behind a
    mark (a two-character name is often printed spread to the width of three)."""
    mark = BYLINE_MARK.match(text) if text[:1] in MARK_CHARS else None
    if not mark or mark.end() >= len(text):
        return None
    name = closed_up_name(text[mark.end() :])
    if is_no_persons_name(name):
        return None  # ◆ 甘孜州 over a brief: the place it comes from, no 甘 with a given name
    return parse_names(name)


# □ 刘 静（作者单位：重庆市科技发展战略研究院）, 王平（作者系…）: a signature with the author's unit or post after it
_SIGNATURE_WITH_NOTE = re.compile(
    r"^(.{2,12}?)\s*([（(](?:作者单位|作者系|作者为|作者是)[^（）()]{2,40}[）)])$"
)


def signed_with_note(text: str) -> tuple[list[str], str] | None:
    """The names of a signature that has the author's unit or post in brackets after it, and that note."""
    match = _SIGNATURE_WITH_NOTE.match(text)
    if not match:
        return None
    signature = match.group(1)
    names = marked_names(signature) or parse_names(closed_up_name(signature))
    return (names, match.group(2)) if names else None


def spread_name(text: str) -> list[str] | None:
    """李 明 alone under a title: a two-character name printed spread to the width of three, no mark."""
    if not (3 <= len(text) <= 4 and (" " in text or "\u3000" in text)):
        return None
    name = closed_up_name(text)
    return parse_names(name) if len(name) == 2 else None


# A province's short name, which a reader's letter signs with before the county: 四川岳池 王德明
_PROVINCE_SHORT = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
]
_READER_WORDS = "读者|居民|村民|网友|市民|农民|职工|教师|学生|群众"
# What a letter's writer is, printed apart between place and name: 北碚区 退休教师 张文华, 万州区 村干部 李强
_OCCUPATION = rf"[\u4e00-\u9fff]{{0,4}}(?:教师|老师|医生|职工|干部|工人|农民|学生|党员|工程师|技术员|志愿者|{_READER_WORDS})"
_PLACE_SIGNATURE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,14}}?)(?:{_READER_WORDS})?[ \u3000]+(?:{_OCCUPATION}[ \u3000]+)?([\u4e00-\u9fff]{{2,3}})$"
)


def place_signature(text: str) -> list[str] | None:
    """四川岳池　王德明, 重庆市九龙坡区读者　李红, 北碚区 退休教师 张文华: a letter signed with the writer's
    place (and what the writer is), then the name."""
    match = _place_signed(text)
    return [match.group(2)] if match else None


# 读者　李长春, 读者：李长春: a letter signed by its writer as a reader, no place given
_READER_SIGNATURE = re.compile(rf"^(?:{_READER_WORDS})(?:[ \u3000]+|[ \u3000]*[：:][ \u3000]*)([\u4e00-\u9fff]{{2,3}})$")


def reader_signature(text: str) -> list[str] | None:
    """读者　李长春, 读者：李长春: the writer of a letter, signed as a reader (the line had headed the next piece)."""
    match = _READER_SIGNATURE.match(text.strip())
    return [match.group(1)] if match and has_surname(match.group(1)) else None


def signature_place(text: str) -> str | None:
    """The writer's place a letter is signed with (北碚区 of 北碚区 退休教师 张文华): where the letter is from."""
    match = _place_signed(text)
    return match.group(1) if match else None


def _place_signed(text: str) -> re.Match | None:
    if len(text) > 24 or (" " not in text and "\u3000" not in text):
        return None
    match = _PLACE_SIGNATURE.match(text.strip())
    if not match or not has_surname(match.group(2)):
        return None
    place = match.group(1)
    return match if place[-1] in "省市区县镇乡村州旗" or place.startswith(tuple(_PROVINCE_SHORT)) else None


# The posts that close a title before its holder's name (市委副书记　王　强)
_OFFICES = "书记|主席|市长|省长|部长|主任|院长|校长|会长|理事长|局长|区长|县长|秘书长|院士|教授|研究员|委员|常委|党组成员|总工程师|巡视员"

# 市委副书记　王　强 under a speech's title: the speaker's office, then the name (two characters often spread);
# the offices may be two or three (重庆市科协党组书记、常务副主席  李国强)
_OFFICE_THEN_NAME = re.compile(
    rf"^(?:[{HAN}]{{1,14}}、)?(?:[{HAN}]{{1,14}}、)?[{HAN}]{{0,14}}(?:{_OFFICES})"
    rf"[ \u3000]+([{HAN}](?:[ \u3000]{{1,2}}[{HAN}]|[{HAN}]{{1,2}}))$"
)


# 重庆理工大学副校长 秦小屿 教授, 中国工程院院士、华中科技大学教授 李培根: a body and post, a space, the
# person's name (and a title after it): a row of a list of speakers or academicians, printed one a line
_POST_THEN_NAME_ROW = re.compile(
    rf"^[{HAN}、（）()]{{2,40}}(?:{_OFFICES}|专家|总经理|董事长|所长|主任医师|总监)"
    rf"[ \u3000]+([{HAN}](?:[ \u3000]{{1,2}}[{HAN}]|[{HAN}]{{1,2}}))(?:[ \u3000]+(?:教授|院士|研究员|博士))?$"
)


def is_post_then_name_row(text: str) -> bool:
    """重庆理工大学副校长 秦小屿 教授: a body and post, then a person, spaced apart with no mark (a row of a
    list of speakers or academicians under its 有： line, or a speech's signature: the rows around it tell)."""
    match = _POST_THEN_NAME_ROW.match(text.strip())
    return match is not None and has_surname(closed_up_name(match.group(1)))


def speaker(text: str) -> list[str] | None:
    """市委副书记　王　强, 中国科协主席 万钢: the office and name a speech's title is signed with."""
    match = _OFFICE_THEN_NAME.match(text.strip())
    if not match:
        return None
    name = closed_up_name(match.group(1))
    return [name] if has_surname(name) else None


# A desk's or body's closing mark ends in what it is: (渝科), (宁记), (金融办), (区委), (市协).
_DESK_TAIL = frozenset("记科办讯综编部委局会协社组院所站队")


def attribution_people(content: str) -> list[str] | None:
    """The people of a closing attribution that names only people — (李华), (赵祎 谢勇) — else None.

    Two or three characters with a surname each; a desk's mark (宁记: a place and 记) is not a name.
    """
    names = parse_names(closed_up_name(content))  # （文　华）: a two-character name spread out
    if not names or any(
        (len(name) > 3 and not has_long_name_head(name)) or name[-1] in _DESK_TAIL for name in names
    ):
        return None  # （吉克阿呷）: a Yi name of four characters (（成都商报） is none)
    return names


# The one-character short names of the provinces (渝 重庆, 川 and 蜀 四川, 蓉 成都), which open a desk's mark
_PROVINCE_ABBREVIATIONS = frozenset(
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀蓉黔贵滇云藏陕秦甘陇青宁新港澳台"
)


def desk_signature(text: str) -> bool:
    """渝科, 川科, 宁记: a desk's mark (a province's short name and the desk's character) signing a story on
    a line of its own, as it does in brackets."""
    text = text.strip()
    return len(text) == 2 and text[0] in _PROVINCE_ABBREVIATIONS and text[1] in _DESK_TAIL


_SENT_LABEL = re.compile(r"^(?:供稿|稿源|来源)\s*[:：]\s*")


def body_and_people(content: str) -> tuple[str | None, list[str]] | None:
    """（南川区科协 王芳）, （璧山区科协 张三 李四）, （供稿：区科协 张倩）: a closing attribution naming the
    body that sent the story, then the people who wrote it; else None. A town there (供稿：钟灵镇 吴 敏) is
    where they work, no body: the body is None."""
    labelled = _SENT_LABEL.match(content.strip()) is not None
    content = _SENT_LABEL.sub("", content.strip())  # 供稿： says what the body did
    body, rest = (content.split(maxsplit=1) + [""])[:2]  # （綦江区科协　陈红梅）: any space between them
    sent = SENDING_BODY.match(body) if rest else None
    # 供稿： names who supplied it, a body first: a town's name there is the town even if a person's may be so
    town = bool(rest) and sent is None and (is_unit(body) or (labelled and names_a_town(body)))
    people = attribution_people(rest.strip()) if (sent or town) and not body.endswith("供稿") else None
    if people and any(is_body_in_context(name) for name in people):
        return None  # （供稿：区科协 区妇联）: two bodies sent it
    return (sent.group(1) if sent else None, people) if people else None
