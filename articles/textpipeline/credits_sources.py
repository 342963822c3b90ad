"""Recognise a body credited as a story's source, and credits printed as labelled fields.

A body that sent or wrote the story (``渝中区科协供稿``, ``文/万州区科协``, ``作者：重庆市科协调研宣传部``), or
only its pictures (``图片：省科协科技服务中心``); an outlet before its reporters (``川观新闻 记者 杨 洋``);
and the labelled fields of a closing attribution or a web page's info line
(``（供稿：遂宁市科协 撰稿：张敏 审核：李明）``, ``文/图：孙 婷``).
"""

from __future__ import annotations

import re

from .credits_bylines import parse_byline_line, writer_roles
from .credits_names import (
    AFFILIATED,
    BODY_ENDS,
    DOTTED_NAME,
    HAN,
    HAN_NAME,
    ROLE,
    SENDING_BODY,
    affiliated_person,
    is_name_like_a_body,
    names_of,
    parse_names,
    without_media_centre,
)
from .lines import fold
from .model import AUTHOR, CORRESPONDENT, EDITOR, INTERN, PHOTOGRAPHER, REPORTER, Byline
from .organizations_bounds import BOUNDARY_TUPLE, NOT_IN_NAME_RE
from .surnames import has_long_name_head, has_surname


def sending_body(text: str) -> str | None:
    """重庆市科学技术协会, 渝中区科协供稿: the body a line names alone, else None."""
    match = SENDING_BODY.match(text)
    return match.group(1) if match else None


# What a closing note names when it speaks of the story itself: 本文由…提供, (图文由秀山县科协提供), 信息由…提供
_THE_STORY_ITSELF = r"(?:本文|本稿|此文|文章|稿件|图文|文图|信息|素材|内容|以上内容)"
# 《巴蜀科普读本》由四川科学技术出版社出版, 题图由甘孜州气象局提供: who published the book or supplied the picture
# a closing note is about (something named before 由, not the story itself)
_NOTE_ABOUT_ANOTHER_THING = re.compile(rf"^(?!{_THE_STORY_ITSELF})[^由]{{1,20}}由[^由]{{2,30}}$")
# 图文由秀山县科协提供, 本文由璧山区科协供稿: the body that supplied the story
_STORY_SUPPLIED_BY = re.compile(rf"^{_THE_STORY_ITSELF}由\s*([^由]{{2,30}}?)\s*(?:提供|供稿)$")


def is_note_about_another_thing(content: str) -> bool:
    """Whether a closing note says who did something to another thing than the story (its book, its picture):
    it names no source."""
    return _NOTE_ABOUT_ANOTHER_THING.match(content) is not None


def story_supplier(content: str) -> str | None:
    """秀山县科协 of （图文由秀山县科协提供）: the body a closing note says supplied the story, its source; else None."""
    found = _STORY_SUPPLIED_BY.match(content)
    return found.group(1) if found else None


_SOURCE_THEN_STAFF = re.compile(rf"^(\S+?)\s+((?:{ROLE})\s*\S.*)$")


def source_then_staff(source: str) -> tuple[str, list[Byline]]:
    """川观新闻 记者 杨 洋 (来源：…): the outlet, then its reporters' bylines; else the source alone."""
    found = _SOURCE_THEN_STAFF.match(source.strip())
    staff = parse_byline_line(found.group(2)) if found else None
    return (found.group(1), staff) if found and staff else (source, [])


_LABELLED_BODY = re.compile(
    r"^(文\s*[/／]\s*图|图\s*[/／]\s*文|图文|文图|文字|文|图片|图|摄影|视频|供图|供稿|图片来源|图片提供)\s*[:：/／|｜丨\s]\s*(.+)$"
)

# …and after it: 万州区科协/文, 渝中区科协 供稿
_BODY_LABELLED = re.compile(r"^(.+?)\s*(?:[/／]\s*|\s)(文/图|文图|文|图)$|^(.+?)\s*(供稿|供图|来稿)$")
_PICTURES_ONLY = ("图片", "图", "摄影", "视频", "供图", "图片来源", "图片提供")
_SUPPLIED = re.compile(r"\s*提供$")


# 作者：重庆市科协调研宣传部  四川省科协学会学术部: a report's authors are bodies or their departments
_AUTHOR_BODIES = re.compile(r"^(?:作者|撰稿|撰文|执笔)\s*[:：]\s*(.+)$")
# 本会秘书处: a newsletter's own association (本会, "this association", as a paper is 本报) is a body too
_DEPARTMENT = re.compile(
    rf"^((?:[{HAN}]{{1,20}}?(?:{BODY_ENDS})|本会)[{HAN}]{{0,8}}?(?:部|处|室|办公室|中心|科|组))$"
)


# （重庆市科协科普部 重庆医科大学附属第一医院 联合出品）: bodies, then what they did with the piece
_ISSUED_BY = re.compile(r"^(.+?)\s*(?:联合|共同)?(?:出品|制作|推出|发布)$")


def issuers_named(text: str) -> str | None:
    """重庆市科协科普部、重庆医科大学附属第一医院 of 重庆市科协科普部 重庆医科大学附属第一医院 联合出品: the bodies
    (or their departments) a credit says produced the piece, without what they did; else None."""
    issued = _ISSUED_BY.match(text.strip())
    return _bodies_only(issued.group(1)) if issued else None


def _author_bodies(text: str) -> str | None:
    """重庆市科协调研宣传部、四川省科协学会学术部 of 作者：重庆市科协调研宣传部  四川省科协学会学术部, else None."""
    labelled = _AUTHOR_BODIES.match(text)
    return _bodies_only(labelled.group(1)) if labelled else None


def _bodies_only(names: str) -> str | None:
    """The names parted by spaces or 、 joined by 、 when every one is a body or a body's department
    (重庆市科协科普部 重庆医科大学附属第一医院), else None: a person among them makes it a byline."""
    bodies = [part for part in re.split(r"[\s、，,]+", names) if part]
    if not all(SENDING_BODY.match(body) or _DEPARTMENT.match(body) for body in bodies):
        return None
    return "、".join(bodies)


def body_credited(text: str) -> tuple[str, bool] | None:
    """The body a credit line names instead of a person, and whether it gave the text (文/万州区科协,
    渝中区科协供稿, 作者：重庆市科协调研宣传部: the story's source) or only its pictures (图片：省科协科技服务中心);
    else None."""
    text = text.strip()
    authors = _author_bodies(text)
    if authors:
        return authors, True
    label, named = None, None
    if text[:1] in "文图摄视供" and (labelled := _LABELLED_BODY.match(text)):
        label, named = labelled.group(1), labelled.group(2)
    elif text[-1:] in "文图稿" and (labelled := _BODY_LABELLED.match(text)):
        label, named = labelled.group(2) or labelled.group(4), labelled.group(1) or labelled.group(3)
    if named and label in _PICTURES_ONLY:
        named = _SUPPLIED.sub("", named)  # 图／中华科技交流协会提供: the body that supplied the pictures
    body = (_body_or_department(named) or _body_before_person(named)) if named else None
    return (body.group(1), label not in _PICTURES_ONLY) if body else None


# 供稿：学术部: a department alone, the posting body's own (its name is the account's, over the post)
_OWN_DEPARTMENT = re.compile(rf"^供稿\s*[:：]\s*([{HAN}]{{1,6}}(?:部|处|室|办公室|办))$")


def own_department(text: str) -> str | None:
    """学术部 of 供稿：学术部: the department of the body posting the page that supplied the story, else None."""
    found = _OWN_DEPARTMENT.match(text.strip())
    return found.group(1) if found else None


# 涪陵区科协 文/王敏: the body that sent the story, then its writer's labelled credit
_BODY_THEN_CREDIT = re.compile(r"^(\S+?)\s+((?:文|图|文/图|文图|撰稿|供稿)\s*[/／:：|｜]\s*\S.*)$")


def body_then_byline(text: str) -> tuple[str, list[Byline]] | None:
    """(涪陵区科协, [author 王敏]) of 涪陵区科协 文/王敏: a closing attribution naming the body that sent the
    story and the person who wrote it, else None (it was one source, 涪陵区科协 文/王敏)."""
    match = _BODY_THEN_CREDIT.match(text.strip())
    if match is None or (body := _body_or_department(match.group(1))) is None:
        return None
    bylines = parse_byline_line(match.group(2))
    return (body.group(1), bylines) if bylines else None


def _body_or_department(named: str) -> re.Match | None:
    """重庆市科协, 市科协学会部: a body, or a department of one, alone; the match of its name, else None.

    A name tells no act: 图文 | 区科协走访区人民医院 is a WeChat post's headline under its label (one body
    visits another), not the credit of a body named 区科协走访区人民医院."""
    found = SENDING_BODY.match(named) or _DEPARTMENT.match(named.strip())
    if found and is_name_like_a_body(found.group(1)):
        return None  # 文/图 刘学会: a person
    return found if found and not _tells_an_act(found.group(1)) else None


_ACT_WORDS = tuple(word for word in BOUNDARY_TUPLE if len(word) > 1)  # 走访, 成立, 参观: no name holds them


def _tells_an_act(name: str) -> bool:
    """市科协调研重庆大学, 区科协揭牌成立科普服务中心: a sentence ending in a body, no body's name."""
    return NOT_IN_NAME_RE.search(name) is not None or any(word in name for word in _ACT_WORDS)


def _body_before_person(named: str) -> re.Match | None:
    """文/图 德阳市科协 王 芳: the body a person's name follows, the match of its name; else None."""
    named = named.strip()
    affiliated = AFFILIATED.match(fold(named))
    if not affiliated or not affiliated_person(affiliated.group(1)):
        return None
    return _body_or_department(named[: affiliated.start(1)].strip())


# What a credit's label says its value did (None: the body that sent the story, its source), for a
# closing attribution of labelled fields (（供稿：遂宁市科协 撰稿：张敏 审核：李明）) and a web page's info line.
FIELD_ROLES = {
    "供稿": None,
    "来源": None,
    "稿源": None,
    "资料来源": None,  # the body that sent the story: its source
    "撰稿": AUTHOR,
    "作者": AUTHOR,
    "文": AUTHOR,
    "文字": AUTHOR,
    "记者": REPORTER,
    "本报记者": REPORTER,
    "通讯员": CORRESPONDENT,
    "特约通讯员": CORRESPONDENT,
    "实习生": INTERN,
    "摄影": PHOTOGRAPHER,
    "图": PHOTOGRAPHER,
    "图片": PHOTOGRAPHER,
    "供图": PHOTOGRAPHER,
    "审核": EDITOR,
    "编辑": EDITOR,
    "责任编辑": EDITOR,
    "责编": EDITOR,
    "初审": EDITOR,
    "复审": EDITOR,
    "终审": EDITOR,
}
# (文/张晓东 来源：四川科普网): a writer's label takes a slash as well as a colon. A value runs on over spaces up to the
# next label (图/张伟 王芳), and a writer's may open with what the writer is (文/图 李晶, 文/记者 李晶)
_FIELD_LABELS = "|".join(sorted(FIELD_ROLES, key=len, reverse=True))
_FIELD = re.compile(
    rf"({_FIELD_LABELS})\s*[:：/／]\s*(?:(图|本报记者|记者|通讯员)\s+)?"
    rf"([^\s:：]+(?:\s+(?!(?:{_FIELD_LABELS})\s*[:：/／])[^\s:：/／]+)*)"
)


def field_names(value: str) -> list[str] | None:
    """Names of a labelled field (作者：孙婷、李强, 作者：李 梅, 作者：孙婷（重庆市中医院）, 作者：重庆大学 王丽), else None.

    The label says people stand there, so a Yi or Tibetan name's head does as well as a surname
    (作者：格桑卓玛, 作者：扎西); 作者：本站 or 作者：管理员 names no one.
    """
    value = re.sub(r"\s*[（(][^（）()]*[）)]$", "", value.strip())  # the author's body, in brackets
    value = without_media_centre(value)  # 作者：石柱县融媒体中心 马小燕: the centre's reporter
    affiliated = AFFILIATED.match(fold(value))
    if affiliated and (person := affiliated_person(affiliated.group(1))):
        return [person]  # 作者：中国科学院水生生物研究所 陈 立: the author, after the author's body
    names = names_of(value)
    if not names or not all(_field_name(name) for name in names):
        return None
    return names


def _field_name(name: str) -> bool:
    if re.fullmatch(DOTTED_NAME, name):
        return True
    return bool(HAN_NAME.fullmatch(name)) and (
        (2 <= len(name) <= 3 and has_surname(name)) or has_long_name_head(name)
    )


# 文/图：孙 婷 on a web page's info line: a writer's label its fields do not list
_INFO_WRITER = re.compile(
    rf"(?<![{HAN}])(文\s*[/／]\s*图|图\s*[/／]\s*文|撰稿|撰文|文字|文|图片|图)\s*[:：]\s*([{HAN}]\s[{HAN}](?=\s|$)|[^\s:：]+)"
)


def info_line_writers(text: str) -> list[Byline]:
    """The bylines of the writer's labels on a web page's info line (文/图：孙 婷, 撰稿：王丽)."""
    key = fold(text)
    bylines = []
    for found in _INFO_WRITER.finditer(key):
        names = field_names(text[found.start(2) : found.end(2)])
        bylines.extend(Byline(role, name) for name in names or () for role in writer_roles(found.group(1)))
    return bylines


def labelled_fields(text: str) -> tuple[str | None, list[Byline]] | None:
    """The source and the people of a credit made only of two or more labelled fields, else None."""
    key = fold(text)
    fields = list(_FIELD.finditer(key))
    if len(fields) < 2 or _FIELD.sub("", key).strip(" 　，,;；|｜丨") != "":
        return None
    source, bylines = None, []
    for field in fields:
        role, value = FIELD_ROLES[field.group(1)], text[field.start(3) : field.end(3)]
        if role is None:
            source = source or value
            continue
        names = parse_names(value)
        if not names and role == PHOTOGRAPHER:
            continue  # 图/受访者提供, 图片：网络: where the pictures came from, no one who took them (the line keeps it)
        if not names:
            return None  # 撰稿：遂宁市科协: a body where a person should stand
        bylines.extend(Byline(each, name) for name in names for each in _writers_roles(role, field.group(2)))
    return source, bylines


def _writers_roles(role: str, title: str | None) -> tuple[str, ...]:
    """The roles of a field's names: a writer's title before them says what the writer is (文/图 李晶 wrote and took
    the pictures, 文/记者 李晶 is a reporter); else the label's."""
    if role != AUTHOR or title is None:
        return (role,)
    return (AUTHOR, PHOTOGRAPHER) if title == "图" else (FIELD_ROLES[title],)
