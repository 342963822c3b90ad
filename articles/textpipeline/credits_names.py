"""The words every credit is read with: names, role words, outlets and bodies, and the readers of names.

A credit names people by a role word (本报记者, 新华社驻…记者, 通讯员), an outlet (本报, 川观新闻), a body
(重庆市科协, 重庆医科大学附属第一医院) or a bare run of names (张亚飞 蓝倩 王琳琳, 李德润葛洪). The patterns and
small readers here are shared by bylines, datelines, photo credits, signatures and sources
(``credits_bylines``, ``credits_datelines``, ``credits_photos``, ``credits_signatures``, ``credits_sources``).
"""

from __future__ import annotations

import re

from .lines import closed_up
from .model import AUTHOR, CORRESPONDENT, INTERN, PHOTOGRAPHER, REPORTER, Byline
from .orgnames import LEVEL_CHARS
from .regions_context import _dictionary_words
from .shapes_briefs import is_no_persons_name
from .surnames import DOUBLE_SURNAMES, has_long_name_head, has_surname

HAN = r"\u4e00-\u9fff"
# 吉克·阿呷莫, 艾力·买买提: a name with a middle dot (Yi, Tibetan, Uyghur) runs longer than a Han name
DOTTED_NAME = rf"[{HAN}]{{1,5}}·[{HAN}]{{1,5}}"
NAME = rf"(?:{DOTTED_NAME}|[{HAN}·]{{2,5}})"
# 新重庆-重庆日报记者, 上游新闻·重庆晨报记者, 第1眼TV-重庆广电记者: an app or site printed before the paper
# (joint outlets; an app's name may hold digits and Latin letters)
JOINT_OUTLET = rf"(?:[{HAN}0-9A-Za-z]{{2,8}}[-—－·])"
# 永川区融媒体中心, 区融媒体中心, 万盛融媒体: a district's or county's media centre, which puts out the district's
# paper, site and station and signs their reporters as a paper does (永川区融媒体中心记者 吕小兰, 万盛融媒体记者 石磊)
MEDIA_CENTRE = rf"[{HAN}]{{0,10}}?融媒体(?:中心)?"
ORG_PREFIX = (
    rf"(?:本报(?:驻[{HAN}]{{1,8}}?)?|新华社(?:驻[{HAN}]{{1,8}}?)?|中新社|中国新闻社|人民日报|人民网"
    rf"|{JOINT_OUTLET}?[{HAN}]{{2,8}}?(?:报|电视台|电台|广播电台|广电|网|在线|新闻|客户端)|{MEDIA_CENTRE})"
)  # 报: 四川日报, 华西都市报, and this press's own 重庆科技报 and 四川科技报; 在线: 四川在线; 广电: 重庆广电
GRADE = r"(?:特约|特派|首席|见习|实习|驻站|全媒体|融媒体)?"  # 特约记者, 见习记者, 特派记者 (sent to cover an event)…
ROLE = rf"(?:{ORG_PREFIX})?{GRADE}(?:记者|通讯员|实习生|评论员)"
_ROLE_TOKEN = re.compile(rf"({ROLE})({NAME})?")

ROLE_ONLY = re.compile(ROLE)
_NAME_TOKEN = re.compile(NAME)
# Emily Chen, John Smith, Jun-ho Lee: a name in Latin script, two to four capitalised words; a title
# before it (Dr. John Smith) is no part of the name
LATIN_NAME = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?:\s[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){1,3}"
LATIN_PERSON = rf"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s*)?({LATIN_NAME})"
_LATIN_PERSON = re.compile(LATIN_PERSON)
HAN_NAME = re.compile(f"[{HAN}·]+")
# 丨 (U+4E28) is a CJK character, so the name patterns would take it in: WeChat prints it as a bar (记者丨王丽).
_SEPARATORS = re.compile(r"[\s、，,丨|｜]+")

SPREAD_NAME = rf"[{HAN}]\s[{HAN}](?=\s|$)"  # 萧 宁: a name of two printed apart

# □ 成都中医药大学附属医院 刘明: a marked byline naming the author's body, then the author; also with the
# author's department and post after the body (重庆医科大学附属第一医院营养科 主任医师 刘芳)
# 重庆市气象台, 市生态环境局, 四川省辐射环境管理监测中心站: a service's office, bureau or station (a name
# before it: 台, 局 and 站 alone close no body)
BODY_TAIL = (
    r"(?:医院|保健院|大学|学院|研究院|研究所|研究中心|科协|科学技术协会|学会|协会|中心|学校|中学|小学"
    rf"|(?<=[{HAN}]{{2}})(?:气象台|天文台|局|站))"
)
DEPARTMENT = rf"(?:[{HAN}]{{1,8}}?(?:科|室|部|所|中心|门诊))"
POST = r"(?:副?主任医师|主治医师|医师|(?:副|助理)?研究员|副?教授|讲师|博士|(?:高级)?工程师|院士|科普专家|副?主任|所长|院长|护士长)"
# 初二（3）班, 五年级（1）班, 三年级, 高2021级5班: a student's grade and class, between the school and the name
SCHOOL_CLASS = r"(?:[初高][一二三]|[一二三四五六七八九]年级|[初高]20\d\d级)(?:[（(]?[\d一二三四五六七八九十]{1,2}[）)]?班)?"
# （指导老师：邱霞）, （指导教师：刘军 唐丽）: the teacher who guided a student's work, after the student's name
TEACHER_NOTE = rf"[（(]指导(?:老师|教师)[:：]?\s*[{HAN}\s、，,]{{2,20}}[）)]"
# (a body's context form, 市科协 or 县医院, has one character before its tail: 市科协学会部 张小凡; a student
# has a school, then a class, and a teacher maybe after: 成都七中初中学校 初二（5）班 唐语嫣（指导老师：邱霞）)
AFFILIATED = re.compile(
    rf"^(?:[{HAN}（）()]{{2,24}}|[省市州区县]){BODY_TAIL}(?:\s*{DEPARTMENT})?(?:\s*{POST})?(?:\s*{SCHOOL_CLASS})?"
    rf"\s+([{HAN}]{{2,4}}|[{HAN}]\s[{HAN}])(?:\s*{TEACHER_NOTE})?$"  # 阿苦日者, 向 敏
)

# Outlets that open a lead: 本报, 新华社, and any paper, site, app or station by its name
# (人民网, 中新网, 华龙网-新重庆客户端, 四川日报, 川观新闻, 重庆电视台); 本站 on a body's own site (本站讯).
_OUTLET_TAIL = r"(?:网|日报|晚报|报|新闻|客户端|电视台|广播电视台|融媒体中心)"
OUTLET = rf"(?:本报|本站|新华社|中新社|人民日报|本刊|[{HAN}]{{1,8}}?{_OUTLET_TAIL}(?:[-—－][{HAN}]{{1,8}}?{_OUTLET_TAIL})?)"

# 区融媒体中心 记者 何静, 文/涪陵区融媒体中心 李明: a media centre a space before its people, who are its staff as
# 本报's are; the credit reads as the people alone (the centre is the outlet, no author and no source)
_MEDIA_CENTRE_APART = re.compile(rf"(?:(?<=[\s/／:：丨|｜（(])|^)[{HAN}]{{0,10}}?融媒体中心[ \u3000]+(?=[{HAN}])")


def without_media_centre(text: str) -> str:
    """The credit without a media centre printed a space before its people (区融媒体中心 记者 何静 → 记者 何静)."""
    return _MEDIA_CENTRE_APART.sub("", text) if "融媒体中心" in text else text


REPORTER_WORD = re.compile("记者|通讯员|实习生|特约")  # a bracketed credit that names reporters

# Characters that follow 记者 in ordinary words (记者手记, 记者站, 记者们, 记者招待会), never a name.
_NOT_NAME_START = frozenset("手招站们节证团会部问采旁文的曾驱")

# A byline's decoration (■本报记者 X, ◎记者 X).
MARK_CHARS = "■□◎●○◆◇▲△★☆▶►|｜ \t\u3000"
BYLINE_MARK = re.compile(f"^[{MARK_CHARS}]+")

# How a body's name ends: 科协, 学会, 委员会, 局, 中心, 大学…
BODY_ENDS = (
    r"科协|科学技术协会|学会|协会|研究会|委员会|人民政府|办公室|局|委|中心|医院|大学|学院|研究院|研究所|站|气象台"
    r"|小学|中学|学校|幼儿园"  # 供稿：荣昌区实验小学: a school sends its own story
)

BODY_ENDS_TUPLE = tuple(BODY_ENDS.split("|"))


def affiliated_person(name: str) -> str | None:
    """The person after a body's name, closed up (向 敏 → 向敏): a surname, and four characters only
    for a name of four (吉克阿呷, 欧阳晓丽); no body by its short name (区科协 区妇联: two bodies); else None."""
    name = "".join(name.split())
    if is_body_in_context(name):
        return None
    return name if has_surname(name) and (len(name) <= 3 or has_long_name_head(name)) else None


# The people's organizations a region has, by their short names (区妇联, 县残联: no person, though 区 is a surname)
_PEOPLES_ORGANIZATIONS = ("妇联", "残联", "侨联", "文联", "社科联", "工商联", "总工会", "团委", "关工委", "红十字会")


def is_name_like_a_body(name: str) -> bool:
    """王学会, 陈大学, 赵学院: a surname and a given name that is a body's ending, a person (a body names a place
    or a field before its ending; 县科协, 区医院 name their level)."""
    return len(name) == 3 and name[0] not in LEVEL_CHARS and has_surname(name) and name[1:] in BODY_ENDS_TUPLE


def is_body_in_context(name: str) -> bool:
    """区妇联, 县残联, 市科协: a body by its level and short name (the story's region's), no person."""
    return name[:1] in LEVEL_CHARS and (name[1:] in _PEOPLES_ORGANIZATIONS or name[1:].endswith(BODY_ENDS_TUPLE))


# 公告, 简讯: the kind of notice printed over it, whose first character is also a surname (公, 简);
# also with a word before it, 郑重声明, 遗失启事 (郑 and 遗 are surnames too), longer than a name of three
_NOTICE_LABELS = (
    "公告",
    "公示",
    "公函",
    "通知",
    "通告",
    "启事",
    "声明",
    "更正",
    "告示",
    "简讯",
    "简报",
    "快讯",
)


def _notice_label(token: str) -> bool:
    """公告, 郑重声明: a notice's kind, no name."""
    return token in _NOTICE_LABELS or (len(token) >= 4 and token.endswith(_NOTICE_LABELS))


_MOST_NAME_CHARACTERS = 6 * 4  # the characters of the longest line parse_names reads as names


def parse_names(text: str, *, joined: bool = False) -> list[str] | None:
    """Names of a bare name line (张亚飞 蓝倩 王琳琳, 周德武), else None.

    Every name must start with a common surname. With ``joined``, a run of
    5–9 characters without spaces is accepted as names printed together
    (李德润葛洪); callers allow that only where a byline is expected.
    """
    if len("".join(text.split())) > _MOST_NAME_CHARACTERS:
        return None  # a line of prose: no six names of four characters, nor a run of nine, hold it
    tokens = _spread_names_closed_up(text)
    if not 1 <= len(tokens) <= 6 or any(_notice_label(token) for token in tokens):
        return None
    limit = 9 if joined and len(tokens) == 1 else 4
    for token in tokens:
        if not (2 <= len(token) <= limit and HAN_NAME.fullmatch(token) and has_surname(token)):
            return None
        if is_no_persons_name(token):
            return None  # 利州区, 甘孜州: a place, though 利 and 甘 are surnames
    if len(tokens) == 1 and len(tokens[0]) > 4:
        names = split_joined_names(tokens[0])
        return names if len(names) > 1 else None  # 李岚清出席并讲话 is no run of names
    return tokens


def padded_names(text: str) -> list[str] | None:
    """Names of a line printed with the two-character names padded to the width of three (王晓晖 黄 强
    李 刚 → 王晓晖, 黄强, 李刚), else None. One name printed whole tells it from a line spread letter by
    letter, which closing up would run together (王晓晖黄强李刚)."""
    tokens = text.split()
    if not any(len(token) >= 2 and HAN_NAME.fullmatch(token) for token in tokens):
        return None
    joined = join_split_names(tokens)
    return joined if len(joined) < len(tokens) and parse_names(" ".join(joined)) else None


_GAP = re.compile("[ \u3000]+")


def _spread_names_closed_up(text: str) -> list[str]:
    """The words of a name line, names printed spread letter by letter closed up: 吴  燕   邓  超 → 吴燕,
    邓超; 罗 斌   吉 克 阿 依 → 罗斌, 吉克阿依. The narrowest gap between single characters is inside a
    name, a wider one between names (a name has at most four characters: 吉克阿依, 欧阳明); where all
    gaps are alike, single characters only pair up (吴  燕  邓  超: no name is one character long)."""
    words = _GAP.split(text.strip())
    gaps = [len(gap) + gap.count("\u3000") for gap in _GAP.findall(text.strip())]  # (　 is two wide)
    if len(set(gaps)) < 2 and len(words) >= 4 and len(words) % 2 == 0 and all(len(word) == 1 for word in words):
        return [first + second for first, second in zip(words[::2], words[1::2], strict=True)]
    if len(set(gaps)) < 2 or all(len(word) > 1 for word in words):
        return text.split()
    narrow = min(gaps)
    closed, spread = [words[0]], len(words[0]) == 1  # spread: the last word is single characters closed up
    for gap, word in zip(gaps, words[1:], strict=True):
        if gap == narrow and len(word) == 1 and spread and len(closed[-1]) < 4:
            closed[-1] += word
        else:
            closed.append(word)
            spread = len(word) == 1
    return closed


def closed_up_name(name: str) -> str:
    """A two-character name printed spread to the width of three (钱 江) as the name (钱江)."""
    return closed_up(name, most=2)


def split_joined_names(run: str) -> list[str]:
    """Names printed without a space (李德润葛洪 → 李德润, 葛洪): the one way to cut ``run`` into
    2–3 character names (3–4 with a double surname) that all start with a surname; the run
    itself when there is no such way or more than one."""

    options = [names for names in _surname_cuts(run) if len(names) > 1]
    return options[0] if len(options) == 1 else [run]


def split_pen_names(run: str) -> list[str] | None:
    """剑武安远远, 墨石方可为: a pen name (whose first character need be no surname) and names printed
    together: the one way to cut ``run`` into a pen name of two characters and full names after it, each
    a surname and a given name of two; else None. (Shorter names would read a slogan as people: 科普进万家
    is no 科普进 and 万家, 科技强国 no 科技 and 强国.)"""
    options = [
        [run[:2], *tail]
        for tail in _surname_cuts(run[2:])
        if tail and all(len(name) >= 3 + (name[:2] in DOUBLE_SURNAMES) for name in tail)
    ]
    return options[0] if len(options) == 1 else None


def _surname_cuts(rest: str) -> list[list[str]]:
    """Every way to cut ``rest`` into 2–3 character names (3–4 with a double surname) that all start with a surname."""
    if not rest:
        return [[]]
    found = []
    double = rest[:2] in DOUBLE_SURNAMES
    for size in (3, 4) if double else (2, 3):
        head = rest[:size]
        if len(head) == size and has_surname(head):
            found += [[head, *tail] for tail in _surname_cuts(rest[size:])]
    return found


# A body's name, which a dateline's brackets may give instead of reporters: （攀枝花市科协）, （市科协供稿）
SENDING_BODY = re.compile(rf"^\s*([{HAN}]{{1,20}}?(?:{BODY_ENDS}))(?:\s*供稿)?\s*$")


def latin_name(text: str) -> str | None:
    """Dr. John Smith → John Smith, Emily Chen → Emily Chen: a person's name in Latin script, else None."""
    person = _LATIN_PERSON.fullmatch(text.strip())
    return person.group(1) if person else None


# A credit's words between its separators, a name in Latin script one word however many it has
_CREDIT_WORD = re.compile(rf"{_LATIN_PERSON.pattern}|[^\s、，,丨|｜]+")


def _credit_words(text: str) -> list[str]:
    """记者 张静 实习生 Emily Chen → 记者, 张静, 实习生, Emily Chen."""
    return [word.group(1) or word.group() for word in _CREDIT_WORD.finditer(text)]


def names_of(text: str) -> list[str]:
    """Names of a credit, a surname and given name printed apart (王 伟) joined into one."""
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    return join_split_names(tokens)


_SPREAD_NAME = 3  # single characters in a row that can only be one name spread letter by letter (罗 晓 东)


def join_split_names(tokens: list[str]) -> list[str]:
    """Tokens with each pair of single characters joined: a two-character name printed apart (王 伟); three
    single characters alone in a row are one name (罗 晓 东), for no name is one character long."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        run = _single_run(tokens, index)
        if run == _SPREAD_NAME and (index == 0 or not _is_single(tokens[index - 1])):
            joined.append("".join(tokens[index : index + run]))
            index += run
            continue
        if (
            len(token) == 1
            and index + 1 < len(tokens)
            and len(tokens[index + 1]) == 1
            and re.fullmatch(f"[{HAN}]", tokens[index + 1])
        ):
            joined.append(token + tokens[index + 1])
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def _is_single(token: str) -> bool:
    return bool(re.fullmatch(f"[{HAN}]", token))


def _single_run(tokens: list[str], index: int) -> int:
    """How many single Chinese characters stand in a row from ``index``."""
    end = index
    while end < len(tokens) and _is_single(tokens[end]):
        end += 1
    return end - index


def as_printed(bylines: list[Byline] | None, text: str, key: str) -> list[Byline] | None:
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
        name = text[found.start() : found.end()]  # (a Latin name keeps the space between its words)
        printed.append(Byline(byline.role, " ".join(name.split()) if " " in byline.name else "".join(name.split())))
    return printed


_ROLE_KINDS = {"通讯员": CORRESPONDENT, "实习生": INTERN, "评论员": AUTHOR}  # 本报评论员 writes the paper's opinion
_PICTURE_ROLE_WORDS = frozenset(("摄影", "摄像", "图"))


# 讲治镇, 歧坪镇党委宣传办, 新立镇政府: a town (or village, street, community) or one of its offices
_TOWN_UNIT = re.compile(
    rf"[{HAN}]{{1,8}}?(?:镇|乡|街道|村|社区)(?:[{HAN}]{{0,6}}?(?:政府|党委|办|委员会|站|中心))?"
)
# How the unit a person writes for may end when printed in brackets after the name, also by its short
# form (省建科院, 县农业农村局, 讲治镇, 城南街道, 县科协)
_UNIT_ENDS = "镇乡道村区院所站厂司局办委会协校心部处室组队"
_UNIT_IN_BRACKETS = re.compile(rf"(?<=[{HAN}])\s*[（(]([{HAN}]{{2,16}})[）)]")


def _name_like_a_town(token: str) -> bool:
    """李文镇, 张德镇, 陈建村: a surname and a given name that ends as a town's or a village's does (镇 is
    common in given names), not a town, whose first half is a word (石桥镇, 张家村) or no surname (讲治镇).
    A town it may still be (钟灵镇): a person the editor can see and strike is better than one dropped."""
    return (
        len(token) == 3 and token[-1] in "镇乡村" and has_surname(token) and token[:2] not in _dictionary_words()
    )


def names_a_town(token: str) -> bool:
    """讲治镇, 钟灵镇, 歧坪镇党委宣传办: a token shaped as a town's (or village's, street's) name or office,
    name-like or not (李文镇 too): where a body is expected, as after 供稿：, it is the town."""
    return _TOWN_UNIT.fullmatch(token) is not None


def is_unit(token: str) -> bool:
    """讲治镇, 歧坪镇党委宣传办, 苍溪县科协, 县科协: the unit a correspondent writes for, printed beside the
    name (通讯员 三角镇 胡小平, 通讯员 秦 勇 新立镇), no person (a unit's name is three characters or more)."""
    if len(token) < 3 or _name_like_a_town(token):
        return False
    if _TOWN_UNIT.fullmatch(token) or is_body_in_context(token):
        return True
    return len(token) >= 4 and SENDING_BODY.match(token) is not None and not is_name_like_a_body(token)


def _without_bracketed_units(text: str) -> str:
    """记者 李 强 通讯员 王小红（歧坪镇）, 通讯员 陈 雪（省建科院）: the credit without the unit each person
    writes for, printed in brackets after the name (where they work, no name of the credit's)."""
    return _UNIT_IN_BRACKETS.sub(lambda found: " " if found.group(1)[-1] in _UNIT_ENDS else found.group(), text)


def _beside_a_name(tokens: list[str], index: int) -> bool:
    """A person's name next to the token at ``index``: the unit it names is that person's (通讯员 王建村 alone
    may be a person's name)."""
    neighbours = tokens[max(index - 1, 0) : index] + tokens[index + 1 : index + 2]
    return any(
        _NAME_TOKEN.fullmatch(token) and not ROLE_ONLY.fullmatch(token) and not is_unit(token) for token in neighbours
    )


def parse_role_tokens(text: str, *, require_role: bool) -> list[Byline] | None:
    """Names with their roles from 记者温宪、新华社记者刘也刚、赵毅 or 记者 X 通讯员 Y (or 记者 王 伟).

    The unit a person writes for, beside the name or in brackets after it (通讯员 三角镇 胡小平,
    通讯员 王小红（歧坪镇）), is where the person works: it names no one. Without ``require_role`` a name
    before any role word is the paper's reporter (本报讯（张三）), unless a 记者 follows: in 本报讯（张三 记者 李四）
    the word marks 李四 alone, and the names before it are the unmarked correspondents."""
    bylines: list[Byline] = []
    role = None if require_role else REPORTER
    role_printed = require_role
    pictures_from = None
    if "（" in text or "(" in text:
        text = _without_bracketed_units(text)
    tokens = join_split_names(_credit_words(text))
    for index, token in enumerate(tokens):
        match = _ROLE_TOKEN.fullmatch(token)
        if match and not (match.group(2) and match.group(2)[0] in _NOT_NAME_START):
            role = _ROLE_KINDS.get(match.group(1)[-3:], REPORTER)
            if not role_printed and role == REPORTER:
                bylines = [Byline(CORRESPONDENT, byline.name) for byline in bylines]
            role_printed = True
            if match.group(2):
                bylines.append(Byline(role, match.group(2)))
        elif token in _PICTURE_ROLE_WORDS and bylines:
            role = PHOTOGRAPHER  # 本报记者 周洁 摄影 唐磊: who took the pictures follows the word
            pictures_from = len(bylines)
        elif role and is_unit(token) and _beside_a_name(tokens, index):
            continue  # 通讯员 三角镇 胡小平: where he works
        elif role and (_NAME_TOKEN.fullmatch(token) or latin_name(token)) and not ROLE_ONLY.fullmatch(token):
            bylines.append(Byline(role, token))  # 通讯员 李娜, 实习生 Emily Chen
        else:
            return None
    if pictures_from == len(bylines):  # 本报记者 周洁 摄影: no one after the word, so she took them
        bylines += [Byline(PHOTOGRAPHER, byline.name) for byline in bylines]
    return bylines or None
