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
from dataclasses import dataclass

from .model import AUTHOR, CORRESPONDENT, PHOTOGRAPHER, REPORTER, Byline
from .surnames import has_surname

_HAN = r"\u4e00-\u9fff"
_NAME = rf"[{_HAN}·]{{2,5}}"
_ORG_PREFIX = rf"(?:本报(?:驻[{_HAN}]{{1,8}}?)?|新华社(?:驻[{_HAN}]{{1,8}}?)?|中新社|中国新闻社|人民日报|人民网|[{_HAN}]{{2,8}}?(?:日报|晚报|电视台|电台|广播电台))"
_ROLE = rf"(?:{_ORG_PREFIX})?(?:特约|首席|见习|实习|驻站)?(?:记者|通讯员|实习生)"
_ROLE_TOKEN = re.compile(rf"({_ROLE})({_NAME})?")
_NAME_TOKEN = re.compile(_NAME)
_SEPARATORS = re.compile(r"[\s、，,]+")
_WRITER = re.compile(rf"^(文/图|文图|文·图|文|图|摄影|摄)\s*[/／:：]\s*({_NAME}(?:[\s、，,]+{_NAME})*)$")
_WRITER_AFTER = re.compile(rf"^({_NAME}(?:[\s、，,]+{_NAME})*)\s*[/／]?\s*(文/图|文图|文|图)$")

_CN_NUM = "〇零一二三四五六七八九十"
_DAY = rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})"
_DATELINE = re.compile(
    rf"^(?:据|综合)?(?:本报|新华社|中新社|人民日报|本刊)(?:和新华社)?"
    rf"(?:(?:驻)?[^\s\d{_CN_NUM}记者，。,（(：:]{{0,12}}?{_DAY}月{_DAY}日(?:电|讯)|(?:专)?讯|电)"
)
_PAREN_CREDIT = re.compile(r"^\s*[（(]([^（）()]{1,40})[）)]")
_COLON_CREDIT = re.compile(rf"^\s*((?:{_ROLE})[^：:。，,]{{1,60}}?(?:报道)?[：:])")
_SPACE_CREDIT = re.compile(rf"^\s*((?:{_ROLE})\s*{_NAME}(?:[、，,]{_NAME})*)\s+")

_PERSON = rf"[{_HAN}·]{{2,4}}"
_PHOTO_CREDIT_PATTERNS = (
    re.compile(rf"[（(]\s*((?:{_ROLE})?\s*({_PERSON}(?:[\s、]+{_PERSON})*)\s*摄)\s*[）)]$"),
    re.compile(rf"(?:^|(?<=[\s。！？!?”’）)]))((?:{_ROLE})?\s*({_PERSON}(?:\s+{_PERSON})*)\s*摄)$"),
    re.compile(rf"(?:^|(?<=[\s。！？!?”’）)]))(摄(?:影)?\s*[/／:：]\s*({_PERSON}(?:[\s、]+{_PERSON})*))$"),
    re.compile(r"[（(]([^（）()]{0,12}(?:发|供)[^（）()]{0,12}(?:照片|图片|图))[）)]$"),
)


@dataclass(frozen=True)
class Lead:
    """A lead paragraph split into its dateline, printed credit and story text."""

    dateline: str
    credit: str
    text: str
    bylines: tuple[Byline, ...]


@dataclass(frozen=True)
class PhotoCredit:
    caption: str  # the caption text before the credit
    credit: str  # the credit as printed
    photographers: tuple[str, ...]


def parse_byline_line(text: str) -> list[Byline] | None:
    """Bylines of a line made only of credits (本报记者 X 通讯员 Y, 文/X), else None."""
    if len(text) > 40:
        return None
    writer = _WRITER.match(text)
    if writer:
        role = PHOTOGRAPHER if writer.group(1) in ("图", "摄", "摄影") else AUTHOR
        return [Byline(role, name) for name in _SEPARATORS.split(writer.group(2)) if name]
    writer = _WRITER_AFTER.match(text)
    if writer:
        role = PHOTOGRAPHER if writer.group(2) == "图" else AUTHOR
        return [Byline(role, name) for name in _SEPARATORS.split(writer.group(1)) if name]
    return _parse_role_tokens(text, require_role=True)


def parse_names(text: str, *, joined: bool = False) -> list[str] | None:
    """Names of a bare name line (张亚飞 蓝倩 王琳琳, 周德武), else None.

    Every name must start with a common surname. With ``joined``, a run of
    5–9 characters without spaces is accepted as names printed together
    (李德润葛洪); callers allow that only where a byline is expected.
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 6:
        return None
    limit = 9 if joined and len(tokens) == 1 else 4
    for token in tokens:
        if not (2 <= len(token) <= limit and re.fullmatch(f"[{_HAN}·]+", token) and has_surname(token)):
            return None
    return tokens


def parse_lead(text: str) -> Lead | None:
    """Split a lead opening with a dateline (本报讯, 新华社北京12月31日电 …), else None."""
    match = _DATELINE.match(text)
    if not match:
        return None
    dateline, rest = match.group(0), text[match.end() :]
    credit = ""
    paren = _PAREN_CREDIT.match(rest)
    if paren and (re.search("记者|通讯员|实习生|特约", paren.group(1)) or parse_names(paren.group(1))):
        dateline += paren.group(0).strip()
        rest = rest[paren.end() :]
        bylines = _parse_role_tokens(paren.group(1), require_role=False) or []
    else:
        found = _COLON_CREDIT.match(rest) or _SPACE_CREDIT.match(rest)
        if found:
            credit = found.group(1).strip()
            rest = rest[found.end(1) :]
            bylines = _parse_role_tokens(re.sub(r"(?:报道)?[：:]$", "", credit), require_role=True) or []
        else:
            bylines = []
    return Lead(dateline.strip(), credit, rest.strip(), tuple(bylines))


def parse_photo_credit(text: str) -> PhotoCredit | None:
    """A photo credit at the end of a caption (X 摄, 摄/X, （新华社记者X摄）), else None."""
    tail = text[-40:]
    if "摄" not in tail and not ("照片" in tail or "图" in tail):
        return None  # every credit pattern ends the line; skip the regex scans
    for pattern in _PHOTO_CREDIT_PATTERNS:
        match = pattern.search(text)
        if match:
            names = match.group(2).split() if pattern.groups >= 2 and match.group(2) else []
            names = [n for part in names for n in re.split("[、]", part) if n]
            return PhotoCredit(text[: match.start()].strip(), text[match.start() :].strip(), tuple(names))
    return None


def _parse_role_tokens(text: str, *, require_role: bool) -> list[Byline] | None:
    """Names with their roles from 记者温宪、新华社记者刘也刚、赵毅 or 记者 X 通讯员 Y."""
    bylines: list[Byline] = []
    role = None if require_role else REPORTER
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        match = _ROLE_TOKEN.fullmatch(token)
        if match:
            role = CORRESPONDENT if "通讯员" in match.group(1) else REPORTER
            if match.group(2):
                bylines.append(Byline(role, match.group(2)))
        elif role and _NAME_TOKEN.fullmatch(token):
            bylines.append(Byline(role, token))
        else:
            return None
    return bylines or None
