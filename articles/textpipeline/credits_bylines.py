"""Recognise a byline: a line made only of credits under a headline or at a story's end.

Chinese papers print a byline as ``本报记者 刘代荣``, ``本报记者阎晓明``, ``本报驻阿联酋记者林皎明``,
``新华社记者潘大成``, ``本报记者 X 通讯员 Y``, ``文/许天位``, ``赵敏 文/图``, ``主持人：本报记者 杨 帆``, or a
body then its author (``□ 成都中医药大学附属医院 刘明``); also the cut byline a break left (``本报通讯员 吴``
over ``晓东``), a byline's first line, and one printed in brackets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .credits_names import (
    AFFILIATED,
    BODY_ENDS,
    BODY_TAIL,
    BYLINE_MARK,
    DEPARTMENT,
    GRADE,
    HAN,
    JOINT_OUTLET,
    LATIN_PERSON,
    MARK_CHARS,
    NAME,
    OUTLET,
    POST,
    REPORTER_WORD,
    ROLE,
    ROLE_ONLY,
    SENDING_BODY,
    SPREAD_NAME,
    affiliated_person,
    as_printed,
    is_name_like_a_body,
    is_unit,
    latin_name,
    names_of,
    parse_names,
    parse_role_tokens,
    without_media_centre,
)
from .lines import fold
from .model import AUTHOR, EDITOR, PHOTOGRAPHER, Byline
from .shapes_sections import is_afterword
from .surnames import has_surname

_ROLE_COLON = re.compile(rf"(?<![\u4e00-\u9fff])({ROLE})[:：]")  # one character for one: positions stay

_WRITER_ROLE = (
    r"(?:文\s*[/／、]\s*图|图\s*[/／、]\s*文|文图|图文|文·图|文字|(?:(?:本报|本刊)?特约)?(?:撰文|撰稿)|文|图片|照片|图|摄影|摄像|视频|摄|作者|整理|口述|采写|执笔"
    r"|责任编辑|责编|编辑|审核|校对"  # a post's one credit line also names who edited and checked it
    r"|执行"  # a feature's credit block names who carried it out
    r"|报告人)"  # 报告人：李建华 under a 工作报告's title: who delivered it, its author
)
# (口述 周文博 整理 本报记者 孙倩: an expert's first-person piece, who told it and who wrote it up, spaced)
_WRITER_SEP = r"(?:\s*[/／:：丨|｜]\s*|(?<=[/／·][图文])\s+|(?<=文图|图文|摄影|撰文|撰稿|文字|作者|口述|整理)\s+)"

# 图/沙坪坝区科协: a body that gave the pictures (or sent the text), longer than a name; credited as printed
_CREDITED_BODY = rf"[{HAN}]{{1,20}}?(?:{BODY_ENDS})"
_WRITER_PART = (
    rf"({_WRITER_ROLE}){_WRITER_SEP}((?:{NAME}|[{HAN}]\s[{HAN}]|{_CREDITED_BODY})(?:[\s、，,]+(?:{NAME}|{SPREAD_NAME}))*?)"
)
_WRITER = re.compile(rf"^{_WRITER_PART}(?:\s+{_WRITER_PART})*$")
_WRITER_WHOLE = re.compile(rf"^({_WRITER_ROLE}){_WRITER_SEP}(.+)$")
_LABEL_BEFORE_STAFF = re.compile(
    rf"^(文\s*[/／、]\s*图|图\s*[/／、]\s*文|文图|图文|文|图|摄影|摄)\s+((?:{ROLE}).+)$"
    rf"|^(作者)\s*[:：]?\s*((?:{ROLE}).+)$"  # 学习强国's 作者：四川日报全媒体记者 吴梦琳
)
# 主持人：本报记者 杨 帆 under a round-table's title: the reporter who hosted it
_HOST_BEFORE_STAFF = re.compile(rf"^(?:主持人|主持)\s*[：:]?\s*((?:{ROLE}).+)$")
_WRITER_PARTS = re.compile(rf"{_WRITER_PART}(?=\s+{_WRITER_ROLE}{_WRITER_SEP}|$)")

# 王磊（重庆医科大学附属第一医院）: the name, then the author's body in brackets
# 作者：张丽 重庆医科大学附属第一医院 主任医师: the name, the author's body, then the author's post
_POST_ENDS = frozenset("师员授士家任长")  # the last character of each post: most lines need no closer look
# (the name may be printed apart, 孙 悦; the body may end in the author's department: …华西医院临床营养科)
_NAME_BODY_POST = re.compile(
    rf"^([{HAN}]{{2,4}}|{SPREAD_NAME})\s+[{HAN}（）()]{{2,30}}?{BODY_TAIL}{DEPARTMENT}?(?:\s*{POST})?$"
)
_NAME_THEN_BODY = re.compile(
    rf"^([{HAN}]{{2,4}}|[{HAN}]\s[{HAN}]|{LATIN_PERSON})\s*[（(][{HAN}（）()]{{2,30}}?{BODY_TAIL}{DEPARTMENT}?(?:\s*{POST})?[）)]$"
)  # …医院主任医师) too; Dr. John Smith（英国帝国理工学院）
# 王芳（wangfang@cqkjb.com）: the author's e-mail in brackets after the name, a contact, no name of the credit's
_BRACKETED_EMAIL = re.compile(r"\s*[（(]\s*(?:(?:E-?mail|邮箱)\s*[:：]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[）)]", re.I)
# What the names before it did: 赵敏 文/图, 赵敏/文; a lone 文 or 图 stands apart (刘学文 is a name).
_DID = r"(?:\s*[/／]?\s*(文/图|文图)|(?:\s*[/／]\s*|\s+)(文|图|整理|采写|执笔|编译))"
_WRITER_AFTER = re.compile(rf"^((?!{ROLE}){NAME}(?:[\s、，,]+{NAME})*){_DID}$")
# 记者 张三 文 李四 图: each part's names, then what they did (the role word optional).
# (周文博 口述 孙倩 整理: who told a first-person piece and who wrote it up)
_LABEL_AFTER_PART = rf"(?:({ROLE})\s*)?({NAME}(?:[\s、，,]+{NAME})*?)(?:\s*[/／]?\s*(文/图|文图)|(?:\s*[/／]\s*|\s+)(文|图|摄|口述|整理))"
_LABELS_AFTER = re.compile(rf"^{_LABEL_AFTER_PART}(?:\s+{_LABEL_AFTER_PART})+$")
_LABEL_AFTER_PARTS = re.compile(rf"{_LABEL_AFTER_PART}(?=\s|$)")

# 本版摄影：X, 本版文字：X 摄影：Y: who took the page's pictures, who wrote its text (本版图片由X提供 is furniture)
_PAGE_CREDIT = re.compile(r"^本版(?:摄影|图片|照片|图|摄|文字|撰文|文(?=[/／:：\s]))(?!均?由)")
# A byline's tail (记者 X 报道, 本报记者 X 文/图, 记者 X 整理, 记者 X 综合报道: compiled from several reports)…
# …and 发自成都, where the reporter filed from (a place, no second name)
BYLINE_TAIL = re.compile(
    r"\s*(?:摄影报道|摄影报导|综合报道|综合整理|报道|报导|文\s*[/／]\s*图|文图|图文|整理|采写|编译|执笔|发自[\u4e00-\u9fff]{2,8})$"
)
_TAIL_ENDS = ("道", "导", "图", "文", "理", "写", "译", "笔")
# …and 成都报道, where the reporter filed from: a place's name before 报道, a space away from the names
# (本报记者 郑敏 成都报道); in a lead, the story follows after a space or a colon.
FILED_FROM = re.compile(rf"\s+([{HAN}]{{2,8}}?)(?:报道|报导)$")


def closed_up(name: str) -> str:
    """A name printed apart, closed up (孙 悦 → 孙悦)."""
    return "".join(name.split())


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The official, short and former names of the national region table (成都, 成都市, 开县)."""
    from articles import regiondata

    names: set[str] = set()
    for row in regiondata.read_csv(regiondata.DEFAULT_CSV):
        names.update((row.name, *row.short_names, *row.former_names))
    return frozenset(names)


def filed_from(pattern: re.Pattern, key: str, pos: int = 0) -> re.Match | None:
    """成都报道 after a reporter's name: the place the story was filed from, no second reporter (a
    token that is no place's name, as in 记者 张三 李四报道, is left to the name rules; so is one right
    after a role, 通讯员 罗江报道, which names the correspondent)."""
    match = pattern.search(key, pos) if pattern is FILED_FROM else pattern.match(key, pos)
    if not match or match.group(1) not in _place_names():
        return None
    return None if _ROLE_AT_END.search(key, 0, match.start()) else match


_ROLE_AT_END = re.compile(rf"(?:{ROLE})\s*$")


# 本报评论员, 本刊特约评论员: the paper's own voice signs a commentary; the byline is the title itself.
# 图｜网络, 图片来源：视觉中国: pictures from the web or a stock library, after the writer's credit
_STOCK_PICTURES = re.compile(
    r"\s+(?:图|图片|配图|图片来源|图源)\s*[|｜丨/／:：]?\s*(?:来自|源自|来源)?(?:网络|视觉中国|摄图网|图虫创意|千图网|pixabay)$",
    re.I,
)
_COMMENTATOR = re.compile(r"(?:本报|本刊|本台|本网|特约)评论员")


def signed_as_commentary(credit_lines: list[str]) -> bool:
    """本报评论员, （本报特约评论员 王平）: the paper's opinion, which reports no day's event (a day it names,
    5月30日，我们将迎来…, is no date of the piece)."""
    return any(_COMMENTATOR.search(line) for line in credit_lines)


_COLLECTIVE_AUTHOR = re.compile(
    rf"^[{MARK_CHARS}]*((?:本报|本刊|本台|本网)(?:特约)?评论员|(?:本报|本刊)编辑部)$"
)

# 重庆市科协调研组, 本报调研组, 市科协课题组: the team that wrote a 调研报告 signs it under the headline
_TEAM_AUTHOR = re.compile(
    rf"^((?:本报|本刊|[{HAN}]{{1,20}}?(?:{BODY_ENDS}))(?:联合)?(?:调研组|课题组|调查组|写作组))$"
)


def _media_centre_staff(staff: str) -> list[Byline] | None:
    """区融媒体中心 记者 何静: the centre's people, each a person's name; 区融媒体中心 通讯员培训班开班 and
    县融媒体中心 记者走基层 are headlines (培训班开班 and 走基层 name no one)."""
    bylines = parse_byline_line(staff)
    return bylines if bylines and all(affiliated_person(fold(byline.name)) for byline in bylines) else None


def parse_byline_line(text: str) -> list[Byline] | None:
    """Bylines of a line made only of credits (本报记者 X 通讯员 Y, 文/X, 图/X 文/Y, 本报评论员), else None."""
    bylines = _line_bylines(text)
    return None if bylines is None else list(bylines)  # a copy: the cached list stays as parsed


@lru_cache(maxsize=1024)  # a line is tested by several rules, and again when the lines before it look ahead
def _line_bylines(text: str) -> list[Byline] | None:
    """``parse_byline_line`` of one line, cached."""
    if is_afterword(text):
        return None  # 记者回复 heads the reply under a reader's letter: no reporter named 回复
    staff = without_media_centre(text)
    if staff != text:
        return _media_centre_staff(staff)
    if "@" in text and (email := _BRACKETED_EMAIL.search(text)):
        return parse_byline_line(text[: email.start()] + text[email.end() :])  # 文/王芳（wangfang@cqkjb.com）
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
    if posted and re.search(POST + "$", posted.group()) and has_surname(closed_up(posted.group(1))):
        return [
            Byline(AUTHOR, closed_up(text.strip()[: posted.end(1)]))
        ]  # 张丽 重庆医科大学附属第一医院 主任医师, unlabelled
    if text[:1] in "【[" and text[-1:] in "】]" and len(text) > 2:
        return parse_byline_line(text[1:-1])  # 【记者 王磊】: a byline in the brackets a banner is set in
    if ("：" in text or ":" in text) and (colons := [m.end() - 1 for m in _ROLE_COLON.finditer(fold(text))]):
        # 记者：刘洋 通讯员：王芳 reads as 记者 刘洋 通讯员 王芳, if each name has a surname (记者：您好 is a question)
        spaced = "".join(" " if at in colons else char for at, char in enumerate(text))
        bylines = parse_byline_line(spaced)
        return bylines if bylines and all(has_surname(fold(byline.name)) for byline in bylines) else None
    key = fold(text)
    mark = BYLINE_MARK.match(key) if key[:1] in MARK_CHARS else None
    if mark and mark.end() < len(key):
        text, key = text[mark.end() :], key[mark.end() :]
    if key.startswith("本版") and _PAGE_CREDIT.match(key):
        text, key = text[2:], key[2:]  # 本版摄影  本报记者 刘洋: who took the page's pictures
    tail = BYLINE_TAIL.search(key) if key[-1:] in _TAIL_ENDS or "发自" in key else None
    tail = (tail and filed_from(FILED_FROM, key)) or tail
    if tail and ROLE_ONLY.match(key):
        bylines = as_printed(parse_role_tokens(key[: tail.start()], require_role=True), text, key)
        return _tailed(bylines, tail.group()) if bylines else bylines
    hosted = _HOST_BEFORE_STAFF.match(key)
    staff = _staff_credit(hosted.group(1), (AUTHOR,)) if hosted else None
    if staff:
        return as_printed(staff, text, key)  # 主持人：本报记者 杨帆: the host's staff credit
    labelled = _LABEL_BEFORE_STAFF.match(key)
    staff = (
        _staff_credit(labelled.group(2) or labelled.group(4), writer_roles(labelled.group(1) or labelled.group(3)))
        if labelled
        else None
    )
    if staff:
        return as_printed(staff, text, key)  # 文 本报记者 王强: the label, a space, the role word
    whole = _WRITER_WHOLE.match(key)  # 文/重庆市疾控中心 刘敏: the body's name is longer than a name
    affiliated = None
    if whole:
        # 作者：王磊（重庆医科大学附属第一医院）: the body after the name, in brackets; 文/张丽 重庆市科协 or
        # 文/重庆市科协 张丽: a body is no second author, though as short as a name
        named = whole.group(2)
        by_body = AFFILIATED.match(named) or _NAME_BODY_POST.match(named)
        if by_body or not _WRITER.match(key):
            affiliated = by_body or _NAME_THEN_BODY.match(named)
    if affiliated and affiliated.re is not AFFILIATED:
        person = latin_name(affiliated.group(1)) or closed_up(affiliated.group(1))  # 王磊（重庆医科大学…）, 孙 悦
        person = person if has_surname(person) or latin_name(person) else None  # 重庆市气象台, Dr. John Smith（…）
    else:
        person = affiliated_person(affiliated.group(1)) if affiliated else None  # 文/图 越西县科协 阿苦日者
    if person:
        roles = writer_roles(whole.group(1))
        return as_printed([Byline(role, person) for role in roles], text, key)
    if _WRITER.match(key):
        bylines = []
        for part in _WRITER_PARTS.finditer(key):
            roles = writer_roles(part.group(1))
            staff = _staff_credit(part.group(2), roles)
            if staff:
                bylines.extend(staff)  # 文/图 通讯员 罗文
                continue
            affiliated = AFFILIATED.match(part.group(2))
            if affiliated and (person := affiliated_person(affiliated.group(1))):
                bylines.extend(Byline(role, person) for role in roles)  # 作者：重庆大学 张三
                continue
            names = names_of(part.group(2))
            spaced = part.group(1).endswith(("摄影", "撰文", "撰稿", "文字", "作者", "口述", "整理")) and not re.search(
                r"[/／:：丨|｜]", part.group()
            )
            if spaced and not all(has_surname(name) for name in names):
                return None  # 摄影 作品展: a space after a role word only before a person's name
            if any(_NOT_A_NAME.search(name) for name in names):
                return None  # 图片：来源网络, 视频：点击观看: a note on the picture, no person
            bylines.extend(_credited(names, roles))
        return as_printed(bylines, text, key) if bylines else None  # 文/万州区科协: a source (body_credited)
    if _LABELS_AFTER.match(key):
        bylines = []
        for part in _LABEL_AFTER_PARTS.finditer(key):
            roles = writer_roles(part.group(3) or part.group(4))
            staff = (
                parse_role_tokens(part.group(1) + " " + part.group(2), require_role=True)
                if part.group(1)
                else None
            )
            people = staff or [Byline(AUTHOR, name) for name in names_of(part.group(2))]
            if PHOTOGRAPHER in roles:
                people = [b for b in people if AUTHOR in roles] + [
                    Byline(PHOTOGRAPHER, b.name) for b in people
                ]
            bylines.extend(people)
        return as_printed(bylines, text, key)
    writer = _WRITER_AFTER.match(key)
    if writer:
        roles = writer_roles(writer.group(2) or writer.group(3))  # 赵敏 文/图 wrote and photographed
        names = names_of(writer.group(1))
        if len(names) > 1 and SENDING_BODY.match(names[0]):
            names = names[
                1:
            ]  # 德阳市科协 王芳 文/图: her body, no photographer (the story's source, body_credited)
        people = _credited(names, roles)
        return as_printed(people, text, key) if people else None  # 万州区科协/文: a source (body_credited)
    if mark:
        affiliated = affiliated_author(text)
        if affiliated:
            return affiliated
    if tail and (names := parse_names(key[: tail.start()])):
        return as_printed(
            _tailed([Byline(AUTHOR, name) for name in names], tail.group()), text, key
        )  # 杨柳 李红 报道
    return as_printed(parse_role_tokens(key, require_role=True), text, key)


def byline_cut_in_a_name(text: str, following: str) -> list[Byline] | None:
    """本报通讯员 吴 over 晓东: a byline ending on a lone surname and a line of one or two characters
    after it, the rest of the name a column or page break cut off: the bylines of the two read as one."""
    head, following = text.rstrip(), following.strip()
    if not (_LONE_SURNAME_END.search(head) and _NAME_REST.fullmatch(following)) or parse_byline_line(head):
        return None
    name = head[-1] + following
    bylines = parse_byline_line(head + following) if has_surname(name) else None
    return bylines if bylines and bylines[-1].name == name else None


_LONE_SURNAME_END = re.compile(rf"(?<=\s)[{HAN}]$")


def ends_on_a_lone_character(text: str) -> bool:
    """本报通讯员 吴: a line ending on one character after a space, as a byline a break cut inside its
    name does (the cheap test before ``byline_cut_in_a_name`` looks at the lines below)."""
    return _LONE_SURNAME_END.search(text.rstrip()) is not None


_NAME_REST = re.compile(f"[{HAN}]{{1,2}}")


def _tailed(bylines: list[Byline], tail: str) -> list[Byline]:
    """The bylines as a byline's tail says: 摄影报道 (a report in pictures: its photographer wrote its
    words too) and 文/图 wrote and took the pictures."""
    if "摄影" in tail or "图" in tail:
        return bylines + [Byline(PHOTOGRAPHER, b.name) for b in bylines]  # （本报记者王霞光摄影报道）, 本报记者 X 文/图
    return bylines


# 川观新闻记者 钟振宇 见习记者 何 (the rest on the next printed line): a byline's start, a role word
# then a spaced name, which prose does not print (记者从省科协获悉 has no space).
_BYLINE_START = re.compile(
    rf"^[{MARK_CHARS}]*{JOINT_OUTLET}?{OUTLET}?(?:驻[{HAN}]{{1,6}}?)?{GRADE}"
    rf"(?:记者|通讯员|实习生)\s+[{HAN}]{{1,3}}(?:\s|$)"
)


def opens_byline(text: str) -> bool:
    """A byline's first printed line, whole or cut at the column's edge: it starts a line of its own."""
    return bool(_BYLINE_START.match(text))


def bracketed_byline(text: str) -> list[Byline] | None:
    """（记者 张三 文 李四 图）: a credit line printed in brackets, with a role word or a 文/图 label —
    under a headline, the story's byline; at a story's end, its closing attribution. Else None."""
    key = fold(text.strip())
    if (
        not (key[:1] in "（(" and key[-1:] in "）)")
        or not REPORTER_WORD.search(key)
        and not re.search("[文图摄]", key)
    ):
        return None
    return parse_byline_line(text.strip()[1:-1].strip())


def affiliated_author(text: str) -> list[Byline] | None:
    """重庆医科大学附属第一医院 李明: the author's body, then the author — a byline where one is
    expected (under a headline, or with a mark), else None."""
    key = fold(text.strip())
    affiliated = AFFILIATED.match(key)
    person = affiliated_person(affiliated.group(1)) if affiliated else None
    if not person:
        return None
    return as_printed([Byline(AUTHOR, person)], text.strip(), key)


# 杨  柳, 王　　芳: a two-character name spread with two spaces, standing apart (after a space, a label's
# mark or the line's start; before a space, a bracket or the end).
_WIDE_SPREAD_NAME = re.compile(
    rf"(?<![^\s/／:：丨|｜、，,])([{HAN}])[ \u3000]{{2,3}}([{HAN}])(?=[\s（(、，,]|$)"
)


def _closed_up_names(text: str) -> str:
    """The credit with each widely spread two-character name closed up (文/王  芳 → 文/王芳)."""
    return _WIDE_SPREAD_NAME.sub(r"\1\2", text)


def _credited(names: list[str], roles: tuple[str, ...]) -> list[Byline]:
    """Each name in each role, but no body: a body that wrote it is the story's source (文/万州区科协, see
    ``body_credited``); one that gave its pictures (图片：县科协) is their credit as printed, no person's byline;
    a town before a person (摄影：三角镇 何 军) is where the person works."""
    return [
        Byline(role, name)
        for name in names
        if (not SENDING_BODY.match(name) or is_name_like_a_body(name)) and not (len(names) > 1 and is_unit(name))
        for role in roles
    ]


def _staff_credit(names: str, roles: tuple[str, ...]) -> list[Byline] | None:
    """文/图 通讯员 罗文, 文/本报记者 张三: a 文/图 label over the paper's own role words.

    The role word is not a name: the person is the correspondent (or reporter) the role names,
    and also the photographer when the label says 图; None when ``names`` has no role word.
    """
    if not ROLE_ONLY.match(names):
        return None
    staff = parse_role_tokens(names, require_role=True)
    if not staff:
        return None
    photographers = [Byline(PHOTOGRAPHER, b.name) for b in staff]
    if roles == (PHOTOGRAPHER,):
        return photographers
    return staff + photographers if PHOTOGRAPHER in roles else staff


def writer_roles(label: str) -> tuple[str, ...]:
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
