"""Recognise who wrote or photographed what: bylines, datelines, photo credits.

Chinese papers print credits in a handful of shapes:

* a byline line: ``本报记者 刘代荣``, ``本报记者阎晓明``, ``本报驻阿联酋记者林皎明``,
  ``新华社记者潘大成``, ``本报记者 X 通讯员 Y``, ``文/许天位``;
* a bare line of names (``张亚飞 蓝倩 王琳琳``) — only trusted in context;
* a dateline opening the lead: ``本报讯(记者 陈婧)``, ``本报重庆1月2日电 记者李维平``,
  ``本报约翰内斯堡１２月３０日电记者温宪、新华社记者刘也刚报道：``,
  ``新华社北京１２月３１日电``, ``据新华社莫斯科１２月３０日电（记者张铁柱）``;
* a photo credit closing a caption: ``新华社记者 唐突 摄``, ``摄/齐岚森``,
  ``（新华社记者兰红光摄）``, ``（新华社发美联社照片）``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lines import closed_up, fold
from .model import AUTHOR, CORRESPONDENT, EDITOR, PHOTOGRAPHER, REPORTER, Byline
from .shapes import is_no_persons_name
from .surnames import DOUBLE_SURNAMES, has_long_name_head, has_surname

_HAN = r"\u4e00-\u9fff"
# 吉克·阿呷莫, 艾力·买买提: a name with a middle dot (Yi, Tibetan, Uyghur) runs longer than a Han name
_DOTTED_NAME = rf"[{_HAN}]{{1,5}}·[{_HAN}]{{1,5}}"
_NAME = rf"(?:{_DOTTED_NAME}|[{_HAN}·]{{2,5}})"
# 新重庆-重庆日报记者, 上游新闻·重庆晨报记者: an app or site printed before the paper (joint outlets)
_JOINT_OUTLET = rf"(?:[{_HAN}]{{2,8}}[-—－·])"
_ORG_PREFIX = (
    rf"(?:本报(?:驻[{_HAN}]{{1,8}}?)?|新华社(?:驻[{_HAN}]{{1,8}}?)?|中新社|中国新闻社|人民日报|人民网"
    rf"|{_JOINT_OUTLET}?[{_HAN}]{{2,8}}?(?:报|电视台|电台|广播电台|网|新闻|客户端))"
)  # 报: 四川日报, 华西都市报, and this press's own 重庆科技报 and 四川科技报
_GRADE = r"(?:特约|特派|首席|见习|实习|驻站|全媒体|融媒体)?"  # 特约记者, 见习记者, 特派记者 (sent to cover an event)…
_ROLE = rf"(?:{_ORG_PREFIX})?{_GRADE}(?:记者|通讯员|实习生|评论员)"
_ROLE_TOKEN = re.compile(rf"({_ROLE})({_NAME})?")
_ROLE_COLON = re.compile(rf"(?<![\u4e00-\u9fff])({_ROLE})[:：]")  # one character for one: positions stay
_ROLE_ONLY = re.compile(_ROLE)
_NAME_TOKEN = re.compile(_NAME)
_HAN_NAME = re.compile(f"[{_HAN}·]+")
# 丨 (U+4E28) is a CJK character, so the name patterns would take it in: WeChat prints it as a bar (记者丨王丽).
_SEPARATORS = re.compile(r"[\s、，,丨|｜]+")
_WRITER_ROLE = (
    r"(?:文\s*[/／、]\s*图|图\s*[/／、]\s*文|文图|图文|文·图|文字|(?:(?:本报|本刊)?特约)?(?:撰文|撰稿)|文|图片|照片|图|摄影|摄像|视频|摄|作者|整理|口述|采写|执笔"
    r"|责任编辑|责编|编辑|审核|校对)"  # a post's one credit line also names who edited and checked it
)
_WRITER_SEP = r"(?:\s*[/／:：丨|｜]\s*|(?<=[/／·][图文])\s+|(?<=文图|图文|摄影|撰文|撰稿|文字|作者)\s+)"
_SPREAD_NAME = rf"[{_HAN}]\s[{_HAN}](?=\s|$)"  # 萧 宁: a name of two printed apart
_WRITER_PART = rf"({_WRITER_ROLE}){_WRITER_SEP}((?:{_NAME}|[{_HAN}]\s[{_HAN}])(?:[\s、，,]+(?:{_NAME}|{_SPREAD_NAME}))*?)"
_WRITER = re.compile(rf"^{_WRITER_PART}(?:\s+{_WRITER_PART})*$")
_WRITER_WHOLE = re.compile(rf"^({_WRITER_ROLE}){_WRITER_SEP}(.+)$")
_LABEL_BEFORE_STAFF = re.compile(rf"^(文\s*[/／、]\s*图|图\s*[/／、]\s*文|文图|图文|文|图|摄影|摄)\s+((?:{_ROLE}).+)$")
# 主持人：本报记者 杨 帆 under a round-table's title: the reporter who hosted it
_HOST_BEFORE_STAFF = re.compile(rf"^(?:主持人|主持)\s*[：:]?\s*((?:{_ROLE}).+)$")
_WRITER_PARTS = re.compile(rf"{_WRITER_PART}(?=\s+{_WRITER_ROLE}{_WRITER_SEP}|$)")
# □ 成都中医药大学附属医院 刘明: a marked byline naming the author's body, then the author; also with the
# author's department and post after the body (重庆医科大学附属第一医院营养科 主任医师 刘芳)
_BODY_TAIL = r"(?:医院|大学|学院|研究院|研究所|研究中心|科协|科学技术协会|学会|协会|中心|学校|中学|小学)"
_DEPARTMENT = rf"(?:[{_HAN}]{{1,8}}?(?:科|室|部|所|中心|门诊))"
# 王磊（重庆医科大学附属第一医院）: the name, then the author's body in brackets
# 作者：张丽 重庆医科大学附属第一医院 主任医师: the name, the author's body, then the author's post
_POST = r"(?:副?主任医师|主治医师|医师|(?:副|助理)?研究员|副?教授|讲师|博士|(?:高级)?工程师|院士|科普专家|副?主任|所长|院长|护士长)"
_AFFILIATED = re.compile(
    rf"^[{_HAN}（）()]{{2,24}}{_BODY_TAIL}{_DEPARTMENT}?(?:\s*{_POST})?\s+([{_HAN}]{{2,4}}|[{_HAN}]\s[{_HAN}])$"  # 阿苦日者, 向 敏
)
_POST_ENDS = frozenset("师员授士家任长")  # the last character of each post: most lines need no closer look
_NAME_BODY_POST = re.compile(rf"^([{_HAN}]{{2,4}})\s+[{_HAN}（）()]{{2,30}}?{_BODY_TAIL}(?:\s*{_POST})?$")
_NAME_THEN_BODY = re.compile(
    rf"^([{_HAN}]{{2,4}})\s*[（(][{_HAN}（）()]{{2,30}}?{_BODY_TAIL}(?:\s*{_POST})?[）)]$"  # …医院主任医师) too
)
# What the names before it did: 赵敏 文/图, 赵敏/文; a lone 文 or 图 stands apart (刘学文 is a name).
_DID = r"(?:\s*[/／]?\s*(文/图|文图)|(?:\s*[/／]\s*|\s+)(文|图|整理|采写|执笔|编译))"
_WRITER_AFTER = re.compile(rf"^((?!{_ROLE}){_NAME}(?:[\s、，,]+{_NAME})*){_DID}$")
# 记者 张三 文 李四 图: each part's names, then what they did (the role word optional).
_LABEL_AFTER_PART = rf"(?:({_ROLE})\s*)?({_NAME}(?:[\s、，,]+{_NAME})*?)(?:\s*[/／]?\s*(文/图|文图)|(?:\s*[/／]\s*|\s+)(文|图|摄))"
_LABELS_AFTER = re.compile(rf"^{_LABEL_AFTER_PART}(?:\s+{_LABEL_AFTER_PART})+$")
_LABEL_AFTER_PARTS = re.compile(rf"{_LABEL_AFTER_PART}(?=\s|$)")

_CN_NUM = "〇零一二三四五六七八九十"
_DAY = rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})"
# Outlets that open a lead: 本报, 新华社, and any paper, site, app or station by its name
# (人民网, 中新网, 华龙网-新重庆客户端, 四川日报, 川观新闻, 重庆电视台).
_OUTLET_TAIL = r"(?:网|日报|晚报|报|新闻|客户端|电视台|广播电视台)"
_OUTLET = rf"(?:本报|新华社|中新社|人民日报|本刊|[{_HAN}]{{1,8}}?{_OUTLET_TAIL}(?:[-—－][{_HAN}]{{1,8}}?{_OUTLET_TAIL})?)"
_DATELINE = re.compile(
    rf"^(?:又讯(?=[\s（(]|记者|通讯员)|(?:据|综合)?{_OUTLET}(?:和新华社)?"
    rf"(?:(?:驻)?(?P<place>[^\s\d{_CN_NUM}记者，。,（(：:]{{0,12}}?){_DAY}月{_DAY}日(?:\s*\d{{1,2}}时(?:\d{{1,2}}分)?)?(?:电|讯|消息)"
    rf"|(?:专)?讯|(?<=本报|本刊)综合(?:报道|消息|讯)|(?<=本报|本刊)(?!记者|通讯|特约)(?P<town>[{_HAN}]{{2,3}}?)[讯电](?=[\s（(】]|记者|通讯员|$)|(?:(?<=本报|本刊)|(?<=新华社|中新社)|(?<=人民日报))电))"
)  # 又讯: "another report", a second brief printed under the first one's headline
_BRACKETED_DATELINE = re.compile(r"^【([^【】]{2,24}?(?:讯|电))】")


def dateline_place(dateline: str) -> str | None:
    """Where a dateline was filed: 中新网成都6月2日电 → 成都, 本报成都讯 → 成都; None for 本报讯."""
    at = 1 if dateline.startswith("【") else 0  # 【本报成都讯】
    match = _DATELINE.match(fold(dateline[at:]))
    group = next((name for name in ("place", "town") if match and match.group(name)), None)
    if group is None:
        return None
    return dateline[at + match.start(group) : at + match.end(group)]


_REPORTER_WORD = re.compile("记者|通讯员|实习生|特约")  # a bracketed credit that names reporters
_PAREN_CREDIT = re.compile(r"\s*[（(]([^（）()]{1,40})[）)]")
_COLON_CREDIT = re.compile(rf"\s*((?:{_ROLE})[^：:。，,]{{1,60}}?(?:报道)?[：:])")
# Several outlets' reporters, commas between them, closed by 报道：
# 记者温宪，中国国际广播电台记者殷立青，新华社记者赵毅、尚绪谦、刘也刚报道：
_CREDIT_GROUP = rf"(?:{_ROLE})\s*{_NAME}(?:、{_NAME})*?"  # one outlet's reporters: 、 between names
_LIST_CREDIT = re.compile(rf"\s*({_CREDIT_GROUP}(?:[，,、]\s*{_CREDIT_GROUP})*报道[：:])")
_SPACE_CREDIT = re.compile(  # 记者 蕭 寧 成都報道: a spread name too, closed up by the byline rules
    rf"\s*((?:{_ROLE})\s*(?:{_NAME}|{_SPREAD_NAME})(?:[、，,]{_NAME})*(?:\s+(?:{_ROLE})\s*{_NAME}(?:[、，,]{_NAME})*)*(?:\s*报道)?)\s+"
)
# Characters that follow 记者 in ordinary words (记者手记, 记者站, 记者们, 记者招待会), never a name.
_NOT_NAME_START = frozenset("手招站们节证团会部问采旁文的曾驱")

_PERSON = rf"(?:{_DOTTED_NAME}|[{_HAN}·]{{2,4}}|[{_HAN}]\s[{_HAN}])"
_AFTER = r"(?:^|(?<=[\s。！？!?”’）)■▲△▼◆●]))"  # a credit follows the caption's end, a space or a photo mark
_PHOTO_CREDIT_PATTERNS = (
    re.compile(rf"[（(]\s*((?:{_ROLE})?\s*({_PERSON}(?:[\s、]+{_PERSON})*)\s*摄)\s*[）)]$"),
    re.compile(rf"{_AFTER}((?:{_ROLE})?\s*({_PERSON}(?:\s+{_PERSON})*)\s*[/／]?\s*摄)$"),  # X 摄, X/摄
    # after a caption's sentence: 活动现场。本报记者 X 摄影, 通讯员 X 供图 (a line of its own, 本报记者 X 摄影
    # credits the story's text and pictures: a byline)
    re.compile(rf"(?<=[。！？!?…”])\s*((?:{_ROLE})\s*({_PERSON}(?:\s+{_PERSON})*)\s*(?:摄影|供图))$"),
    # …。 摄影 谭明, …。 谭明 摄影: the label a space away from the name (摄影作品展 has none)
    re.compile(rf"(?<=[。！？!?…”])\s*(摄影\s+({_PERSON}(?:[\s、]+{_PERSON})*))$"),
    re.compile(rf"(?<=[。！？!?…”])\s*(({_PERSON}(?:\s+{_PERSON})*)\s+摄影)$"),
    re.compile(rf"{_AFTER}((?:摄(?:影)?|图|供图)\s*[/／:：丨|]\s*({_PERSON}(?:[\s、]+{_PERSON})*))$"),  # 摄/X, 图/X
    # 活动现场（摄影：张三）, （摄影 张三）: the label first, in brackets
    re.compile(rf"[（(]\s*((?:摄影|摄|图)\s*[/／:：丨|\s]\s*({_PERSON}(?:[\s、]+{_PERSON})*))\s*[）)]$"),
    re.compile(rf"(?:{_AFTER}|[（(])((?:新华社|中新社)发)[）)]?$"),  # …。新华社发: an agency's picture
    # 本版摄影  本报记者 刘洋: who took the page's pictures, on a line of its own
    re.compile(rf"^(本版(?:摄影|图片|照片)\s*[:：/／]?\s*(?:{_ROLE})?\s*({_PERSON}(?:[\s、]+{_PERSON})*))$"),
    re.compile(r"[（(]([^（）()]{0,12}(?:发|供)[^（）()]{0,12}(?:照片|图片|图))[）)]$"),  # （永川区科协供图）
    re.compile(r"[（(]((?:图片|照片)由[^（）()]{2,20}提供)[）)]$"),  # （图片由永川区科协提供）
    re.compile(rf"{_AFTER}([^\s。，,、（）()]{{2,16}}\s*供图|(?:供图|图片来源)\s*[:：]\s*[^\s。，,]{{2,20}})$"),
)


@dataclass(frozen=True)
class Lead:
    """A lead paragraph split into its dateline, printed credit and story text."""

    dateline: str
    credit: str
    text: str
    bylines: tuple[Byline, ...]
    source: str = ""  # 本报讯（攀枝花市科协）: the body that sent it, in the dateline's brackets


@dataclass(frozen=True)
class PhotoCredit:
    caption: str  # the caption text before the credit
    credit: str  # the credit as printed
    photographers: tuple[str, ...]


# A byline's decoration (■本报记者 X, ◎记者 X) and tail (记者 X 报道, 本报记者 X 文/图, 记者 X 整理).
_MARK_CHARS = "■□◎●○◆◇▲△★☆▶►|｜ \t\u3000"
_BYLINE_MARK = re.compile(f"^[{_MARK_CHARS}]+")
_PAGE_PICTURES = re.compile(r"^本版(?:摄影|图片|照片|图|摄)(?!均?由)")
# …and 发自成都, where the reporter filed from (a place, no second name)
_BYLINE_TAIL = re.compile(
    r"\s*(?:摄影报道|摄影报导|报道|报导|文\s*[/／]\s*图|文图|图文|整理|采写|编译|执笔|发自[\u4e00-\u9fff]{2,8})$"
)
_TAIL_ENDS = ("道", "导", "图", "文", "理", "写", "译", "笔")
# …and 成都报道, where the reporter filed from: a place's name before 报道, a space away from the names
# (本报记者 郑敏 成都报道); in a lead, the story follows after a space or a colon.
_FILED_FROM = re.compile(rf"\s+([{_HAN}]{{2,8}}?)(?:报道|报导)$")
_FILED_FROM_IN_LEAD = re.compile(rf"\s+([{_HAN}]{{2,8}}?)(?:报道|报导)(?:\s*[：:])?(?=\s)")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The official, short and former names of the national region table (成都, 成都市, 开县)."""
    from articles import regiondata

    names: set[str] = set()
    for row in regiondata.read_csv(regiondata.DEFAULT_CSV):
        names.update((row.name, *row.short_names, *row.former_names))
    return frozenset(names)


def _filed_from(pattern: re.Pattern, key: str, pos: int = 0) -> re.Match | None:
    """成都报道 after a reporter's name: the place the story was filed from, no second reporter (a
    token that is no place's name, as in 记者 张三 李四报道, is left to the name rules; so is one right
    after a role, 通讯员 罗江报道, which names the correspondent)."""
    match = pattern.search(key, pos) if pattern is _FILED_FROM else pattern.match(key, pos)
    if not match or match.group(1) not in _place_names():
        return None
    return None if _ROLE_AT_END.search(key, 0, match.start()) else match


_ROLE_AT_END = re.compile(rf"(?:{_ROLE})\s*$")


# 本报评论员, 本刊特约评论员: the paper's own voice signs a commentary; the byline is the title itself.
# 图｜网络, 图片来源：视觉中国: pictures from the web or a stock library, after the writer's credit
_STOCK_PICTURES = re.compile(r"\s+(?:图|图片|配图|图片来源|图源)\s*[|｜丨/／:：]?\s*(?:来自|源自|来源)?(?:网络|视觉中国|摄图网|图虫创意|千图网|pixabay)$", re.I)
_COMMENTATOR = re.compile(r"(?:本报|本刊|本台|本网|特约)评论员")


def signed_as_commentary(credit_lines: list[str]) -> bool:
    """本报评论员, （本报特约评论员 王平）: the paper's opinion, which reports no day's event (a day it names,
    5月30日，我们将迎来…, is no date of the piece)."""
    return any(_COMMENTATOR.search(line) for line in credit_lines)


_COLLECTIVE_AUTHOR = re.compile(rf"^[{_MARK_CHARS}]*((?:本报|本刊|本台|本网)(?:特约)?评论员|(?:本报|本刊)编辑部)$")
# How a body's name ends: 科协, 学会, 委员会, 局, 中心, 大学…
_BODY_ENDS = r"科协|科学技术协会|学会|协会|研究会|委员会|人民政府|办公室|局|委|中心|医院|大学|学院|研究院|研究所"
# 重庆市科协调研组, 本报调研组, 市科协课题组: the team that wrote a 调研报告 signs it under the headline
_TEAM_AUTHOR = re.compile(rf"^((?:本报|本刊|[{_HAN}]{{1,20}}?(?:{_BODY_ENDS}))(?:联合)?(?:调研组|课题组|调查组|写作组))$")


def parse_byline_line(text: str) -> list[Byline] | None:
    """Bylines of a line made only of credits (本报记者 X 通讯员 Y, 文/X, 图/X 文/Y, 本报评论员), else None."""
    if len(text) > 40:
        return None
    if "  " in text or "\u3000" in text:
        text = _closed_up_names(text)  # 图/文 杨  柳: the name spread with two spaces
    collective = _COLLECTIVE_AUTHOR.match(text.strip()) or _TEAM_AUTHOR.match(text.strip())
    if collective:
        return [Byline(AUTHOR, collective.group(1))]
    stock = _STOCK_PICTURES.search(text)
    if stock and stock.start() > 0:
        return parse_byline_line(text[: stock.start()])  # 文｜张丽 图｜网络: the pictures are nobody's byline
    posted = _NAME_BODY_POST.match(fold(text.strip())) if text.rstrip()[-1:] in _POST_ENDS else None
    if posted and re.search(_POST + "$", posted.group()) and has_surname(posted.group(1)):
        return [Byline(AUTHOR, text.strip()[: posted.end(1)])]  # 张丽 重庆医科大学附属第一医院 主任医师, unlabelled
    if text[:1] in "【[" and text[-1:] in "】]" and len(text) > 2:
        return parse_byline_line(text[1:-1])  # 【记者 王磊】: a byline in the brackets a banner is set in
    if ("：" in text or ":" in text) and (colons := [m.end() - 1 for m in _ROLE_COLON.finditer(fold(text))]):
        # 记者：刘洋 通讯员：王芳 reads as 记者 刘洋 通讯员 王芳, if each name has a surname (记者：您好 is a question)
        spaced = "".join(" " if at in colons else char for at, char in enumerate(text))
        bylines = parse_byline_line(spaced)
        return bylines if bylines and all(has_surname(fold(byline.name)) for byline in bylines) else None
    key = fold(text)
    mark = _BYLINE_MARK.match(key) if key[:1] in _MARK_CHARS else None
    if mark and mark.end() < len(key):
        text, key = text[mark.end() :], key[mark.end() :]
    if key.startswith("本版") and _PAGE_PICTURES.match(key):
        text, key = text[2:], key[2:]  # 本版摄影  本报记者 刘洋: who took the page's pictures
    tail = _BYLINE_TAIL.search(key) if key[-1:] in _TAIL_ENDS or "发自" in key else None
    tail = (tail and _filed_from(_FILED_FROM, key)) or tail
    if tail and _ROLE_ONLY.match(key):
        bylines = _as_printed(_parse_role_tokens(key[: tail.start()], require_role=True), text, key)
        return _tailed(bylines, tail.group()) if bylines else bylines
    hosted = _HOST_BEFORE_STAFF.match(key)
    staff = _staff_credit(hosted.group(1), (AUTHOR,)) if hosted else None
    if staff:
        return _as_printed(staff, text, key)  # 主持人：本报记者 杨帆: the host's staff credit
    labelled = _LABEL_BEFORE_STAFF.match(key)
    staff = _staff_credit(labelled.group(2), _writer_roles(labelled.group(1))) if labelled else None
    if staff:
        return _as_printed(staff, text, key)  # 文 本报记者 王强: the label, a space, the role word
    whole = _WRITER_WHOLE.match(key)  # 文/重庆市疾控中心 刘敏: the body's name is longer than a name
    affiliated = None
    if whole:
        # 作者：王磊（重庆医科大学附属第一医院）: the body after the name, in brackets; 文/张丽 重庆市科协 or
        # 文/重庆市科协 张丽: a body is no second author, though as short as a name
        named = whole.group(2)
        by_body = _AFFILIATED.match(named) or _NAME_BODY_POST.match(named)
        if by_body or not _WRITER.match(key):
            affiliated = by_body or _NAME_THEN_BODY.match(named)
    if affiliated and affiliated.re is not _AFFILIATED:
        person = affiliated.group(1) if has_surname(affiliated.group(1)) else None  # 王磊（重庆医科大学…）
    else:
        person = _affiliated_person(affiliated.group(1)) if affiliated else None  # 文/图 越西县科协 阿苦日者
    if person:
        roles = _writer_roles(whole.group(1))
        return _as_printed([Byline(role, person) for role in roles], text, key)
    if _WRITER.match(key):
        bylines = []
        for part in _WRITER_PARTS.finditer(key):
            roles = _writer_roles(part.group(1))
            staff = _staff_credit(part.group(2), roles)
            if staff:
                bylines.extend(staff)  # 文/图 通讯员 罗文
                continue
            affiliated = _AFFILIATED.match(part.group(2))
            if affiliated and (person := _affiliated_person(affiliated.group(1))):
                bylines.extend(Byline(role, person) for role in roles)  # 作者：重庆大学 张三
                continue
            names = _names_of(part.group(2))
            spaced = part.group(1).endswith(("摄影", "撰文", "撰稿", "文字", "作者")) and not re.search(r"[/／:：丨|｜]", part.group())
            if spaced and not all(has_surname(name) for name in names):
                return None  # 摄影 作品展: a space after a role word only before a person's name
            if any(_NOT_A_NAME.search(name) for name in names):
                return None  # 图片：来源网络, 视频：点击观看: a note on the picture, no person
            bylines.extend(_credited(names, roles))
        return _as_printed(bylines, text, key) if bylines else None  # 文/万州区科协: a source (body_credited)
    if _LABELS_AFTER.match(key):
        bylines = []
        for part in _LABEL_AFTER_PARTS.finditer(key):
            roles = _writer_roles(part.group(3) or part.group(4))
            staff = _parse_role_tokens(part.group(1) + " " + part.group(2), require_role=True) if part.group(1) else None
            people = staff or [Byline(AUTHOR, name) for name in _names_of(part.group(2))]
            if PHOTOGRAPHER in roles:
                people = [b for b in people if AUTHOR in roles] + [Byline(PHOTOGRAPHER, b.name) for b in people]
            bylines.extend(people)
        return _as_printed(bylines, text, key)
    writer = _WRITER_AFTER.match(key)
    if writer:
        roles = _writer_roles(writer.group(2) or writer.group(3))  # 赵敏 文/图 wrote and photographed
        names = _names_of(writer.group(1))
        if len(names) > 1 and _SENDING_BODY.match(names[0]):
            names = names[1:]  # 德阳市科协 王芳 文/图: her body, no photographer (the story's source, body_credited)
        people = _credited(names, roles)
        return _as_printed(people, text, key) if people else None  # 万州区科协/文: a source (body_credited)
    if mark:
        affiliated = affiliated_author(text)
        if affiliated:
            return affiliated
    if tail and (names := parse_names(key[: tail.start()])):
        return _as_printed(_tailed([Byline(AUTHOR, name) for name in names], tail.group()), text, key)  # 杨柳 李红 报道
    return _as_printed(_parse_role_tokens(key, require_role=True), text, key)


def byline_cut_in_a_name(text: str, following: str) -> list[Byline] | None:
    """本报通讯员 吴 over 晓东: a byline ending on a lone surname and a line of one or two characters
    after it, the rest of the name a column or page break cut off: the bylines of the two read as one."""
    head, following = text.rstrip(), following.strip()
    if not (_LONE_SURNAME_END.search(head) and _NAME_REST.fullmatch(following)) or parse_byline_line(head):
        return None
    name = head[-1] + following
    bylines = parse_byline_line(head + following) if has_surname(name) else None
    return bylines if bylines and bylines[-1].name == name else None


_LONE_SURNAME_END = re.compile(rf"(?<=\s)[{_HAN}]$")


def ends_on_a_lone_character(text: str) -> bool:
    """本报通讯员 吴: a line ending on one character after a space, as a byline a break cut inside its
    name does (the cheap test before ``byline_cut_in_a_name`` looks at the lines below)."""
    return _LONE_SURNAME_END.search(text.rstrip()) is not None
_NAME_REST = re.compile(f"[{_HAN}]{{1,2}}")


def _tailed(bylines: list[Byline], tail: str) -> list[Byline]:
    """The bylines as a byline's tail says: 摄影报道 took the pictures only, 文/图 wrote and took them."""
    if "摄影" in tail:
        return [Byline(PHOTOGRAPHER, b.name) for b in bylines]  # （本报记者王霞光摄影报道）
    if "图" in tail:
        return bylines + [Byline(PHOTOGRAPHER, b.name) for b in bylines]  # 本报记者 X 文/图
    return bylines


# 川观新闻记者 钟振宇 见习记者 何 (the rest on the next printed line): a byline's start, a role word
# then a spaced name, which prose does not print (记者从省科协获悉 has no space).
_BYLINE_START = re.compile(
    rf"^[{_MARK_CHARS}]*{_JOINT_OUTLET}?{_OUTLET}?(?:驻[{_HAN}]{{1,6}}?)?{_GRADE}"
    rf"(?:记者|通讯员|实习生)\s+[{_HAN}]{{1,3}}(?:\s|$)"
)


def opens_byline(text: str) -> bool:
    """A byline's first printed line, whole or cut at the column's edge: it starts a line of its own."""
    return bool(_BYLINE_START.match(text))


def bracketed_byline(text: str) -> list[Byline] | None:
    """（记者 张三 文 李四 图）: a credit line printed in brackets, with a role word or a 文/图 label —
    under a headline, the story's byline; at a story's end, its closing attribution. Else None."""
    key = fold(text.strip())
    if not (key[:1] in "（(" and key[-1:] in "）)") or not _REPORTER_WORD.search(key) and not re.search("[文图摄]", key):
        return None
    return parse_byline_line(text.strip()[1:-1].strip())


def affiliated_author(text: str) -> list[Byline] | None:
    """重庆医科大学附属第一医院 李明: the author's body, then the author — a byline where one is
    expected (under a headline, or with a mark), else None."""
    key = fold(text.strip())
    affiliated = _AFFILIATED.match(key)
    person = _affiliated_person(affiliated.group(1)) if affiliated else None
    if not person:
        return None
    return _as_printed([Byline(AUTHOR, person)], text.strip(), key)


def _affiliated_person(name: str) -> str | None:
    """The person after a body's name, closed up (向 敏 → 向敏): a surname, and four characters only
    for a name of four (吉克阿呷, 欧阳晓丽); else None."""
    name = "".join(name.split())
    return name if has_surname(name) and (len(name) <= 3 or has_long_name_head(name)) else None


# 解答专家：西南大学园艺园林学院副教授 陈海波: the expert who answered a reader's question
_EXPERT_LABEL = re.compile(r"^(?:解答|答疑|释疑|讲解|咨询)?专家\s*[:：]\s*(.+)$")


def affiliated_credit(content: str) -> list[Byline] | None:
    """（重庆市永川区人民医院药剂科 周涛）, （解答专家：西南大学园艺园林学院副教授 陈海波）: a closing credit
    naming its author after the author's unit and post, or the expert who answered; the author (the unit
    is where the author works, no body that sent the story), else None."""
    labelled = _EXPERT_LABEL.match(content.strip())
    named = labelled.group(1) if labelled else content
    people = parse_names(_closed_up(named)) if labelled else None
    return affiliated_author(named) or ([Byline(AUTHOR, name) for name in people] if people else None)


_UNIT_AND_NAMES = re.compile(rf"^[{_HAN}（）()]{{2,24}}{_BODY_TAIL}((?:\s+[{_HAN}]{{2,3}})+)$")


def unit_and_names(text: str) -> list[str] | None:
    """巴南区鱼洞中学 李明轩 王子涵: a body, then people of it (a list's line, or an author's credit), else None."""
    match = _UNIT_AND_NAMES.match(fold(text.strip()))
    names = match.group(1).split() if match else None
    return names if names and all(has_surname(name) for name in names) else None


# 公告, 简讯: the kind of notice printed over it, whose first character is also a surname (公, 简);
# also with a word before it, 郑重声明, 遗失启事 (郑 and 遗 are surnames too), longer than a name of three
_NOTICE_LABELS = ("公告", "公示", "公函", "通知", "通告", "启事", "声明", "更正", "告示", "简讯", "简报", "快讯")


def _notice_label(token: str) -> bool:
    """公告, 郑重声明: a notice's kind, no name."""
    return token in _NOTICE_LABELS or (len(token) >= 4 and token.endswith(_NOTICE_LABELS))


def parse_names(text: str, *, joined: bool = False) -> list[str] | None:
    """Names of a bare name line (张亚飞 蓝倩 王琳琳, 周德武), else None.

    Every name must start with a common surname. With ``joined``, a run of
    5–9 characters without spaces is accepted as names printed together
    (李德润葛洪); callers allow that only where a byline is expected.
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or any(_notice_label(token) for token in tokens):
        return None
    limit = 9 if joined and len(tokens) == 1 else 4
    for token in tokens:
        if not (2 <= len(token) <= limit and _HAN_NAME.fullmatch(token) and has_surname(token)):
            return None
    if len(tokens) == 1 and len(tokens[0]) > 4:
        names = split_joined_names(tokens[0])
        return names if len(names) > 1 else None  # 李岚清出席并讲话 is no run of names
    return tokens


def marked_names(text: str) -> list[str] | None:
    """□ 陈小雨, ◎李明远, ■ 钱 江: a column's or a literary page's author under the title, behind a
    mark (a two-character name is often printed spread to the width of three)."""
    mark = _BYLINE_MARK.match(text) if text[:1] in _MARK_CHARS else None
    if not mark or mark.end() >= len(text):
        return None
    name = _closed_up(text[mark.end() :])
    if is_no_persons_name(name):
        return None  # ◆ 甘孜州 over a brief: the place it comes from, no 甘 with a given name
    return parse_names(name)


# □ 刘 静（作者单位：重庆市科技发展战略研究院）, 王平（作者系…）: a signature with the author's unit or post after it
_SIGNATURE_WITH_NOTE = re.compile(r"^(.{2,12}?)\s*([（(](?:作者单位|作者系|作者为|作者是)[^（）()]{2,40}[）)])$")


def signed_with_note(text: str) -> tuple[list[str], str] | None:
    """The names of a signature that has the author's unit or post in brackets after it, and that note."""
    match = _SIGNATURE_WITH_NOTE.match(text)
    if not match:
        return None
    signature = match.group(1)
    names = marked_names(signature) or parse_names(_closed_up(signature))
    return (names, match.group(2)) if names else None


def spread_name(text: str) -> list[str] | None:
    """李 明 alone under a title: a two-character name printed spread to the width of three, no mark."""
    if not (3 <= len(text) <= 4 and (" " in text or "\u3000" in text)):
        return None
    name = _closed_up(text)
    return parse_names(name) if len(name) == 2 else None


# 杨  柳, 王　　芳: a two-character name spread with two spaces, standing apart (after a space, a label's
# mark or the line's start; before a space, a bracket or the end).
_WIDE_SPREAD_NAME = re.compile(rf"(?<![^\s/／:：丨|｜、，,])([{_HAN}])[ \u3000]{{2,3}}([{_HAN}])(?=[\s（(、，,]|$)")


def _closed_up_names(text: str) -> str:
    """The credit with each widely spread two-character name closed up (文/王  芳 → 文/王芳)."""
    return _WIDE_SPREAD_NAME.sub(r"\1\2", text)


def _closed_up(name: str) -> str:
    """A two-character name printed spread to the width of three (钱 江) as the name (钱江)."""
    return closed_up(name, most=2)


# A province's short name, which a reader's letter signs with before the county: 四川岳池 王德明
_PROVINCE_SHORT = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"]
_READER_WORDS = "读者|居民|村民|网友|市民|农民|职工|教师|学生|群众"
# What a letter's writer is, printed apart between place and name: 北碚区 退休教师 张文华, 万州区 村干部 李强
_OCCUPATION = r"[\u4e00-\u9fff]{0,4}(?:教师|老师|医生|职工|干部|工人|农民|学生|党员|工程师|技术员|志愿者)"
_PLACE_SIGNATURE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,14}}?)(?:{_READER_WORDS})?[ \u3000]+(?:{_OCCUPATION}[ \u3000]+)?([\u4e00-\u9fff]{{2,3}})$"
)


def place_signature(text: str) -> list[str] | None:
    """四川岳池　王德明, 重庆市九龙坡区读者　李红, 北碚区 退休教师 张文华: a letter signed with the writer's
    place (and what the writer is), then the name."""
    match = _place_signed(text)
    return [match.group(2)] if match else None


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


# 市委副书记　王　强 under a speech's title: the speaker's office, then the name (two characters often spread);
# the offices may be two or three (重庆市科协党组书记、常务副主席  李国强)
_OFFICE_THEN_NAME = re.compile(
    rf"^(?:[{_HAN}]{{1,14}}、)?(?:[{_HAN}]{{1,14}}、)?[{_HAN}]{{0,14}}(?:书记|主席|市长|省长|部长|主任|院长|校长|会长|理事长|局长|区长|县长|秘书长|院士|教授|研究员|委员)"
    rf"[ \u3000]+([{_HAN}](?:[ \u3000]{{1,2}}[{_HAN}]|[{_HAN}]{{1,2}}))$"
)


def speaker(text: str) -> list[str] | None:
    """市委副书记　王　强, 中国科协主席 万钢: the office and name a speech's title is signed with."""
    match = _OFFICE_THEN_NAME.match(text.strip())
    if not match:
        return None
    name = _closed_up(match.group(1))
    return [name] if has_surname(name) else None


# A desk's or body's closing mark ends in what it is: (渝科), (宁记), (金融办), (区委), (市协).
_DESK_TAIL = frozenset("记科办讯综编部委局会协社组院所站队")


def attribution_people(content: str) -> list[str] | None:
    """The people of a closing attribution that names only people — (李华), (赵祎 谢勇) — else None.

    Two or three characters with a surname each; a desk's mark (宁记: a place and 记) is not a name.
    """
    names = parse_names(_closed_up(content))  # （文　华）: a two-character name spread out
    if not names or any((len(name) > 3 and not has_long_name_head(name)) or name[-1] in _DESK_TAIL for name in names):
        return None  # （吉克阿呷）: a Yi name of four characters (（成都商报） is none)
    return names


# The one-character short names of the provinces (渝 重庆, 川 and 蜀 四川, 蓉 成都), which open a desk's mark
_PROVINCE_ABBREVIATIONS = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀蓉黔贵滇云藏陕秦甘陇青宁新港澳台")


def desk_signature(text: str) -> bool:
    """渝科, 川科, 宁记: a desk's mark (a province's short name and the desk's character) signing a story on
    a line of its own, as it does in brackets."""
    text = text.strip()
    return len(text) == 2 and text[0] in _PROVINCE_ABBREVIATIONS and text[1] in _DESK_TAIL


def sending_body(text: str) -> str | None:
    """重庆市科学技术协会, 渝中区科协供稿: the body a line names alone, else None."""
    match = _SENDING_BODY.match(text)
    return match.group(1) if match else None


def body_and_people(content: str) -> tuple[str, list[str]] | None:
    """（南川区科协 王芳）, （璧山区科协 张三 李四）: a closing attribution naming the body that sent the
    story, then the people who wrote it; else None."""
    body, rest = (content.split(maxsplit=1) + [""])[:2]  # （綦江区科协　陈红梅）: any space between them
    sent = _SENDING_BODY.match(body) if rest else None
    people = attribution_people(rest.strip()) if sent and not body.endswith("供稿") else None
    return (sent.group(1), people) if people else None


_SOURCE_THEN_STAFF = re.compile(rf"^(\S+?)\s+((?:{_ROLE})\s*\S.*)$")


def source_then_staff(source: str) -> tuple[str, list[Byline]]:
    """川观新闻 记者 杨 洋 (来源：…): the outlet, then its reporters' bylines; else the source alone."""
    found = _SOURCE_THEN_STAFF.match(source.strip())
    staff = parse_byline_line(found.group(2)) if found else None
    return (found.group(1), staff) if found and staff else (source, [])


def split_joined_names(run: str) -> list[str]:
    """Names printed without a space (李德润葛洪 → 李德润, 葛洪): the one way to cut ``run`` into
    2–3 character names (3–4 with a double surname) that all start with a surname; the run
    itself when there is no such way or more than one."""

    def cuts(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        found = []
        double = rest[:2] in DOUBLE_SURNAMES
        for size in (3, 4) if double else (2, 3):
            head = rest[:size]
            if len(head) == size and has_surname(head):
                found += [[head, *tail] for tail in cuts(rest[size:])]
        return found

    options = [names for names in cuts(run) if len(names) > 1]
    return options[0] if len(options) == 1 else [run]


# A body's name, which a dateline's brackets may give instead of reporters: （攀枝花市科协）, （市科协供稿）
_SENDING_BODY = re.compile(
    rf"^\s*([{_HAN}]{{1,20}}?(?:{_BODY_ENDS}))(?:\s*供稿)?\s*$"
)


_LABELLED_BODY = re.compile(
    r"^(文\s*[/／]\s*图|图\s*[/／]\s*文|文字|文|图片|图|摄影|视频|供图|供稿|图片来源|图片提供)\s*[:：/／|｜丨\s]\s*(.+)$"
)


def _credited(names: list[str], roles: tuple[str, ...]) -> list[Byline]:
    """Each name in each role, but a body as an author: a body that wrote it is the story's source
    (文/万州区科协, see ``body_credited``); one that took its pictures stays their credit."""
    return [Byline(role, name) for name in names for role in roles if role != AUTHOR or not _SENDING_BODY.match(name)]


# …and after it: 万州区科协/文, 渝中区科协 供稿
_BODY_LABELLED = re.compile(r"^(.+?)\s*(?:[/／]\s*|\s)(文/图|文图|文|图)$|^(.+?)\s*(供稿|供图|来稿)$")
_PICTURES_ONLY = ("图片", "图", "摄影", "视频", "供图", "图片来源", "图片提供")


# 作者：重庆市科协调研宣传部  四川省科协学会学术部: a report's authors are bodies or their departments
_AUTHOR_BODIES = re.compile(r"^(?:作者|撰稿|撰文|执笔)\s*[:：]\s*(.+)$")
_DEPARTMENT = re.compile(rf"^[{_HAN}]{{1,20}}?(?:{_BODY_ENDS})[{_HAN}]{{0,8}}?(?:部|处|室|办公室|中心|科|组)$")


def _author_bodies(text: str) -> str | None:
    """重庆市科协调研宣传部、四川省科协学会学术部 of 作者：重庆市科协调研宣传部  四川省科协学会学术部, else None."""
    labelled = _AUTHOR_BODIES.match(text)
    if not labelled:
        return None
    bodies = [part for part in re.split(r"[\s、，,]+", labelled.group(1)) if part]
    if not all(_SENDING_BODY.match(body) or _DEPARTMENT.match(body) for body in bodies):
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
    body = (_SENDING_BODY.match(named) or _body_before_person(named)) if named else None
    return (body.group(1), label not in _PICTURES_ONLY) if body else None


def _body_before_person(named: str) -> re.Match | None:
    """文/图 德阳市科协 王 芳: the body a person's name follows, the match of its name; else None."""
    named = named.strip()
    affiliated = _AFFILIATED.match(fold(named))
    if not affiliated or not _affiliated_person(affiliated.group(1)):
        return None
    return _SENDING_BODY.match(named[: affiliated.start(1)].strip())


@lru_cache(maxsize=64)  # a line is tested again when the lines before it look ahead
def parse_lead(text: str) -> Lead | None:
    """Split a lead opening with a dateline (本报讯, 新华社北京12月31日电 …), else None.

    Matching runs on the folded text (本報訊 reads as 本报讯); every part
    returned is sliced from the text as printed.
    """
    key = fold(text)
    bracketed = _BRACKETED_DATELINE.match(key)
    if bracketed and _DATELINE.fullmatch(bracketed.group(1)):  # 【本报讯】6月1日，…: set in brackets
        inner = text[1 : bracketed.end() - 1]
        lead = parse_lead(inner + " " + text[bracketed.end() :])  # read as 本报成都讯 6月1日，…
        if lead is not None and lead.dateline.startswith(inner):
            return replace(lead, dateline=f"【{inner}】{lead.dateline[len(inner):].lstrip()}")
    match = _DATELINE.match(key)
    if not match:
        return _credit_lead(text, key) or _staff_lead(text, key)
    dateline_end = rest_start = match.end()
    if key[rest_start : rest_start + 1] in ("：", ":") and rest_start < len(key):
        dateline_end = rest_start = rest_start + 1  # 本报讯：6月1日，…
    credit = ""
    bylines: list[Byline] = []
    paren = _PAREN_CREDIT.match(key, rest_start)
    source = ""
    body = _SENDING_BODY.match(paren.group(1)) if paren else None
    if body and not _REPORTER_WORD.search(paren.group(1)):
        dateline_end = rest_start = paren.end()  # 本报讯（攀枝花市科协）3月10日，…: sent by a body
        source = text[paren.start(1) + body.start(1) : paren.start(1) + body.end(1)]
    elif paren and (_REPORTER_WORD.search(paren.group(1)) or parse_names(paren.group(1))):
        dateline_end = rest_start = paren.end()
        # 本报讯（记者 张伟 通讯员 李娜 文/图）, （记者 张伟 摄影报道）: a tail says what they did
        content = paren.group(1)
        tailed = parse_byline_line(content) if _BYLINE_TAIL.search(content) else None
        # …or a writer's label: 本报讯（文/图 记者 王芳）, （记者 张强/文 李红/图）
        bylines = tailed or _parse_role_tokens(content, require_role=False) or parse_byline_line(content) or []
        while (more := _PAREN_CREDIT.match(key, rest_start)) and _REPORTER_WORD.search(more.group(1)):
            dateline_end = rest_start = more.end()  # 本报讯（记者 张三）（通讯员 李四）: each bracket its people
            bylines += _parse_role_tokens(more.group(1), require_role=True) or []
    else:
        found = (
            _COLON_CREDIT.match(key, rest_start)
            or _LIST_CREDIT.match(key, rest_start)
            or _SPACE_CREDIT.match(key, rest_start)
        )
        if found:
            filed = _filed_from(_FILED_FROM_IN_LEAD, key, found.end(1))  # 记者 萧宁 成都报道 第三届…
            rest_start = filed.end() if filed else found.end(1)
            credit = text[found.start(1) : rest_start].strip()
            printed = re.sub(r"\s*[：:]$", "", found.group(1).strip())
            filed_before_colon = _filed_from(_FILED_FROM, printed)  # 记者 萧宁 成都报道：第三届…
            printed = printed[: filed_before_colon.start()] if filed_before_colon else re.sub(r"\s*报道$", "", printed)
            bylines = _parse_role_tokens(printed, require_role=True) or []
    bylines = _as_printed(bylines, text, key) or []
    return Lead(text[:dateline_end].strip(), credit, text[rest_start:].strip(), tuple(bylines), source)


# 川观新闻记者 张三 市科协…, 新重庆-重庆日报记者 张三 通讯员 李四 报道 6月1日，…: an outlet's reporters
# opening the lead without a dateline, a space (or 报道, a colon) between them and the story.
_STAFF_LEAD = re.compile(
    rf"^((?!本报|本刊){_ORG_PREFIX}{_GRADE}记者\s*[{_HAN}]{{2,3}}"
    rf"(?:\s+{_ROLE}\s*[{_HAN}]{{2,3}}|[、，,]\s*[{_HAN}]{{2,3}}|\s+[{_HAN}]{{2,3}}(?=\s))*(?:\s*报道)?)(?:\s*[：:]\s*|\s+)(?=\S)"
)


def _staff_lead(text: str, key: str) -> Lead | None:
    """An outlet's reporters run into the lead with no dateline (川观新闻记者 张三 …)."""
    match = _STAFF_LEAD.match(key)
    if match is None:
        return None
    printed = re.sub(rf"^[{_HAN}]{{2,8}}[-—－·]|\s*报道$", "", match.group(1))  # the app before the paper
    bylines = _parse_role_tokens(printed, require_role=True)
    if not bylines or not all(has_surname(byline.name) for byline in bylines):
        return None
    return Lead(text[: match.end(1)].strip(), "", text[match.end() :].strip(), tuple(_as_printed(bylines, text, key)))


def _credit_lead(text: str, key: str) -> Lead | None:
    """（记者 孙丽）9月3日，… : a lead whose reporters open it in brackets, the 本报讯 left out."""
    if key[:1] not in "（(":
        return None
    paren = _PAREN_CREDIT.match(key)
    if not paren or not _REPORTER_WORD.search(paren.group(1)) or not key[paren.end() :].strip():
        return None  # no reporter, or the brackets are all the line holds (a closing attribution)
    bylines = _as_printed(_parse_role_tokens(paren.group(1), require_role=True), text, key)
    if not bylines:
        return None
    return Lead(text[: paren.end()].strip(), "", text[paren.end() :].strip(), tuple(bylines))


@lru_cache(maxsize=64)
def parse_photo_credit(text: str) -> PhotoCredit | None:
    """A photo credit at the end of a caption (X 摄, 摄/X, （新华社记者X摄）), else None."""
    tail = text[-40:]
    if not any(mark in tail for mark in ("摄", "攝", "照片", "图", "圖", "社发", "社發")):
        return None  # every credit pattern ends the line; skip the regex scans
    key = fold(text)
    for pattern in _PHOTO_CREDIT_PATTERNS:
        match = pattern.search(key)
        if not match:
            continue
        start = match.start()
        names: list[str] = []
        if pattern.groups >= 2 and match.group(2):
            start, names = _photographers(key, match)
            if key.startswith("本版") and match.start() == 0:
                start = 0  # 本版摄影  本报记者 刘洋: all of it the credit
        bylines = _as_printed([Byline(PHOTOGRAPHER, n) for n in names], text, key) or []
        return PhotoCredit(text[:start].strip(), text[start:].strip(), tuple(b.name for b in bylines))
    return None


def _photographers(key: str, match: re.Match) -> tuple[int, list[str]]:
    """Where the credit starts and who took the picture.

    The names run back from 摄 while a token reads as a name (2–3 characters
    with a surname, or a surname and a given name printed apart, 张 勇); a
    longer token such as 沙龙现场 is the end of the caption, a role word
    (通讯员, 本报记者) belongs to the credit.
    """
    names_start, names_end = match.span(2)
    bracketed = match.group(0).startswith(("（", "("))
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s、]+", key[names_start:names_end])]
    names: list[str] = []
    first = names_end
    index = len(tokens) - 1
    while index >= 0:
        offset, token = tokens[index]
        if (
            index > 0
            and len(token) == 1
            and len(tokens[index - 1][1]) == 1
            and has_surname(tokens[index - 1][1])
        ):
            names.insert(0, tokens[index - 1][1] + token)
            first = names_start + tokens[index - 1][0]
            index -= 2
            continue
        if re.fullmatch(_ROLE, token):
            first = names_start + offset
            if bracketed and index > 0:
                index -= 1  # （本报记者 张三 通讯员 李四 摄）: the brackets hold the credit, each role's people
                continue
            break
        if not (2 <= len(token) <= 3 or "·" in token or has_long_name_head(token)):
            break  # 沙龙现场 ends the caption; 欧阳晓丽, 泽仁多吉 are names of four
        if names and not has_surname(token):
            break
        names.insert(0, token)
        first = names_start + offset
        index -= 1
    if not names:
        return match.start(), []
    between = key[match.start(1) : first]
    if match.group(0).startswith(("（", "(")):
        start = match.start()
    elif re.fullmatch(rf"\s*(?:{_ROLE})?\s*(?:(?:摄影?|图|供图)\s*[/／:：丨|]|摄影(?=\s))?\s*", between):
        start = match.start(1)
    else:
        start = first  # the rejected tokens are the end of the caption
    return start, names


def _staff_credit(names: str, roles: tuple[str, ...]) -> list[Byline] | None:
    """文/图 通讯员 罗文, 文/本报记者 张三: a 文/图 label over the paper's own role words.

    The role word is not a name: the person is the correspondent (or reporter) the role names,
    and also the photographer when the label says 图; None when ``names`` has no role word.
    """
    if not _ROLE_ONLY.match(names):
        return None
    staff = _parse_role_tokens(names, require_role=True)
    if not staff:
        return None
    photographers = [Byline(PHOTOGRAPHER, b.name) for b in staff]
    if roles == (PHOTOGRAPHER,):
        return photographers
    return staff + photographers if PHOTOGRAPHER in roles else staff


def _writer_roles(label: str) -> tuple[str, ...]:
    """文/图 X wrote and photographed; 图/X photographed; 文/X wrote."""
    label = re.sub(r"[\s/／·、]", "", label)  # 文/图, 文·图 and 文、图 are one label
    if label in ("文图", "图文"):
        return (AUTHOR, PHOTOGRAPHER)
    if label in ("视频", "摄像"):
        return (PHOTOGRAPHER,)  # who filmed it: the pictures' credit
    if label in ("责任编辑", "责编", "编辑"):
        return (EDITOR,)
    if label in ("审核", "校对"):
        return ()  # named on the credit line as printed; no byline of the story
    return (PHOTOGRAPHER,) if label in ("图", "图片", "照片", "摄", "摄影") else (AUTHOR,)


_NOT_A_NAME = re.compile(r"来源|网络|点击|查看|阅读|观看|提供|资料|截图|下载")


def _names_of(text: str) -> list[str]:
    """Names of a credit, a surname and given name printed apart (王 伟) joined into one."""
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    return _join_split_names(tokens)


def _join_split_names(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            len(token) == 1
            and index + 1 < len(tokens)
            and len(tokens[index + 1]) == 1
            and re.fullmatch(f"[{_HAN}]", tokens[index + 1])
        ):
            joined.append(token + tokens[index + 1])
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def _as_printed(bylines: list[Byline] | None, text: str, key: str) -> list[Byline] | None:
    """The bylines with their names as printed (陳志明, not the folded 陈志明)."""
    if not bylines or text == key:
        return bylines
    printed = []
    position = 0
    for byline in bylines:
        found = re.compile(r"\s*".join(map(re.escape, byline.name))).search(key, position)
        if found is None:
            found = re.compile(r"\s*".join(map(re.escape, byline.name))).search(key)
        if found is None:
            printed.append(byline)
            continue
        position = found.end()
        printed.append(Byline(byline.role, "".join(text[found.start() : found.end()].split())))
    return printed


_ROLE_KINDS = {"通讯员": CORRESPONDENT, "评论员": AUTHOR}  # 本报评论员 writes the paper's opinion
_PICTURE_ROLE_WORDS = frozenset(("摄影", "摄像", "图"))


def _parse_role_tokens(text: str, *, require_role: bool) -> list[Byline] | None:
    """Names with their roles from 记者温宪、新华社记者刘也刚、赵毅 or 记者 X 通讯员 Y (or 记者 王 伟)."""
    bylines: list[Byline] = []
    role = None if require_role else REPORTER
    pictures_from = None
    for token in _join_split_names([t for t in _SEPARATORS.split(text.strip()) if t]):
        match = _ROLE_TOKEN.fullmatch(token)
        if match and not (match.group(2) and match.group(2)[0] in _NOT_NAME_START):
            role = _ROLE_KINDS.get(match.group(1)[-3:], REPORTER)
            if match.group(2):
                bylines.append(Byline(role, match.group(2)))
        elif token in _PICTURE_ROLE_WORDS and bylines:
            role = PHOTOGRAPHER  # 本报记者 周洁 摄影 唐磊: who took the pictures follows the word
            pictures_from = len(bylines)
        elif role and _NAME_TOKEN.fullmatch(token) and not _ROLE_ONLY.fullmatch(token):
            bylines.append(Byline(role, token))
        else:
            return None
    if pictures_from == len(bylines):  # 本报记者 周洁 摄影: no one after the word, so she took them
        bylines += [Byline(PHOTOGRAPHER, byline.name) for byline in bylines]
    return bylines or None


# What a credit's label says its value did (None: the body that sent the story, its source), for a
# closing attribution of labelled fields (（供稿：遂宁市科协 撰稿：张敏 审核：李明）) and a web page's info line.
FIELD_ROLES = {
    "供稿": None, "来源": None, "稿源": None, "资料来源": None,  # the body that sent the story: its source
    "撰稿": AUTHOR, "作者": AUTHOR, "文": AUTHOR, "文字": AUTHOR,
    "记者": REPORTER, "本报记者": REPORTER, "通讯员": CORRESPONDENT, "特约通讯员": CORRESPONDENT,
    "摄影": PHOTOGRAPHER, "图": PHOTOGRAPHER, "图片": PHOTOGRAPHER, "供图": PHOTOGRAPHER,
    "审核": EDITOR, "编辑": EDITOR, "责任编辑": EDITOR, "责编": EDITOR, "初审": EDITOR, "复审": EDITOR, "终审": EDITOR,
}
# (文/张晓东 来源：四川科普网): a writer's label takes a slash as well as a colon
_FIELD = re.compile(r"(" + "|".join(sorted(FIELD_ROLES, key=len, reverse=True)) + r")\s*[:：/／]\s*([^\s:：]+)")


def field_names(value: str) -> list[str] | None:
    """Names of a labelled field (作者：孙婷、李强, 作者：李 梅, 作者：孙婷（重庆市中医院）), else None.

    The label says people stand there, so a Yi or Tibetan name's head does as well as a surname
    (作者：格桑卓玛, 作者：扎西); 作者：本站 or 作者：管理员 names no one.
    """
    value = re.sub(r"\s*[（(][^（）()]*[）)]$", "", value.strip())  # the author's body, in brackets
    names = _names_of(value)
    if not names or not all(_field_name(name) for name in names):
        return None
    return names


def _field_name(name: str) -> bool:
    if re.fullmatch(_DOTTED_NAME, name):
        return True
    return bool(_HAN_NAME.fullmatch(name)) and (
        (2 <= len(name) <= 3 and has_surname(name)) or has_long_name_head(name)
    )


# 文/图：孙 婷 on a web page's info line: a writer's label its fields do not list
_INFO_WRITER = re.compile(
    rf"(?<![{_HAN}])(文\s*[/／]\s*图|图\s*[/／]\s*文|撰稿|撰文|文字|文|图片|图)\s*[:：]\s*([{_HAN}]\s[{_HAN}](?=\s|$)|[^\s:：]+)"
)


def info_line_writers(text: str) -> list[Byline]:
    """The bylines of the writer's labels on a web page's info line (文/图：孙 婷, 撰稿：王丽)."""
    key = fold(text)
    bylines = []
    for found in _INFO_WRITER.finditer(key):
        names = field_names(text[found.start(2) : found.end(2)])
        bylines.extend(Byline(role, name) for name in names or () for role in _writer_roles(found.group(1)))
    return bylines


def labelled_fields(text: str) -> tuple[str | None, list[Byline]] | None:
    """The source and the people of a credit made only of two or more labelled fields, else None."""
    key = fold(text)
    fields = list(_FIELD.finditer(key))
    if len(fields) < 2 or _FIELD.sub("", key).strip(" 　，,;；|｜丨") != "":
        return None
    source, bylines = None, []
    for field in fields:
        role, value = FIELD_ROLES[field.group(1)], text[field.start(2) : field.end(2)]
        if role is None:
            source = source or value
            continue
        names = parse_names(value)
        if not names:
            return None  # 撰稿：遂宁市科协: a body where a person should stand
        bylines.extend(Byline(role, name) for name in names)
    return source, bylines
