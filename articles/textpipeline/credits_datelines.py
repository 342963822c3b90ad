"""Split a lead that opens with a dateline into the dateline, the printed credit and the story.

``本报讯(记者 陈婧)``, ``本报重庆1月2日电 记者李维平``,
``本报约翰内斯堡１２月３０日电记者温宪、新华社记者刘也刚报道：``, ``新华社北京１２月３１日电``,
``据新华社莫斯科１２月３０日电（记者张铁柱）``; also an outlet's reporters opening a lead with no dateline
(``川观新闻记者 张三 …``) and a lead whose reporters open it in brackets (``（记者 孙丽）9月3日，…``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .credits_bylines import BYLINE_TAIL, FILED_FROM, filed_from, parse_byline_line
from .credits_names import (
    GRADE,
    HAN,
    NAME,
    ORG_PREFIX,
    OUTLET,
    REPORTER_WORD,
    ROLE,
    SENDING_BODY,
    SPREAD_NAME,
    as_printed,
    parse_names,
    parse_role_tokens,
)
from .credits_signatures import body_and_people
from .lines import fold
from .model import AUTHOR, Byline
from .surnames import has_surname

_CN_NUM = "〇零一二三四五六七八九十"
_DAY = rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})"
# 7月8日, or 8/7/2024 in 港澳 and Western copy (day first): the date a dispatch was filed
_FILED_ON = rf"(?:{_DAY}月{_DAY}日|\d{{1,2}}/\d{{1,2}}/\d{{4}})"

_DATELINE = re.compile(
    rf"^(?:[又另]讯(?=[\s（(]|记者|通讯员)|本会讯(?!息)|(?:据|综合)?{OUTLET}(?:和新华社)?"
    rf"(?:(?:驻)?(?P<place>[^\s\d{_CN_NUM}记者，。,（(：:]{{0,12}}?){_FILED_ON}(?:\s*\d{{1,2}}时(?:\d{{1,2}}分)?)?(?:电|讯|消息)"
    rf"|(?:专)?讯|(?<=本报|本刊)综合(?:报道|消息|讯)|(?<=本报|本刊)(?!记者|通讯|特约)(?P<town>[{HAN}]{{2,3}}?)[讯电](?=[\s（(】]|记者|通讯员|$)|(?:(?<=本报|本刊)|(?<=新华社|中新社)|(?<=人民日报))电))"
)  # 又讯 / 另讯: "another report", a second brief printed under the first one's headline
ANOTHER_REPORT = ("又讯", "另讯")
# 【本报讯】, （本会讯）: a dateline set in brackets (本会讯, "this association reports", is a newsletter's 本报讯)
_BRACKETED_DATELINE = re.compile(r"^([【（(])([^【】（）()]{2,24}?(?:讯|电))([】）)])")


def dateline_place(dateline: str) -> str | None:
    """Where a dateline was filed: 中新网成都6月2日电 → 成都, 本报成都讯 → 成都; None for 本报讯."""
    at = 1 if dateline.startswith("【") else 0  # 【本报成都讯】
    match = _DATELINE.match(fold(dateline[at:]))
    group = next((name for name in ("place", "town") if match and match.group(name)), None)
    if group is None:
        return None
    return dateline[at + match.start(group) : at + match.end(group)]


_PAREN_CREDIT = re.compile(r"\s*[（(]([^（）()]{1,40})[）)]")
_COLON_CREDIT = re.compile(rf"\s*((?:{ROLE})[^：:。，,]{{1,60}}?(?:报道)?[：:])")
# Several outlets' reporters, commas between them, closed by 报道：
# 记者温宪，中国国际广播电台记者殷立青，新华社记者赵毅、尚绪谦、刘也刚报道：
_CREDIT_GROUP = rf"(?:{ROLE})\s*{NAME}(?:、{NAME})*?"  # one outlet's reporters: 、 between names
_LIST_CREDIT = re.compile(rf"\s*({_CREDIT_GROUP}(?:[，,、]\s*{_CREDIT_GROUP})*报道[：:])")
_SPACE_CREDIT = re.compile(  # 记者 蕭 寧 成都報道: a spread name too, closed up by the byline rules
    rf"\s*((?:{ROLE})\s*(?:{NAME}|{SPREAD_NAME})(?:[、，,]{NAME})*(?:\s+(?:{ROLE})\s*{NAME}(?:[、，,]{NAME})*)*(?:\s*报道)?)\s+"
)


@dataclass(frozen=True)
class Lead:
    """A lead paragraph split into its dateline, printed credit and story text."""

    dateline: str
    credit: str
    text: str
    bylines: tuple[Byline, ...]
    source: str = ""  # 本报讯（攀枝花市科协）: the body that sent it, in the dateline's brackets


_FILED_FROM_IN_LEAD = re.compile(rf"\s+([{HAN}]{{2,8}}?)(?:报道|报导)(?:\s*[：:])?(?=\s)")


@lru_cache(maxsize=1024)  # a line is tested again when the lines before it look ahead
def parse_lead(text: str) -> Lead | None:
    """Split a lead opening with a dateline (本报讯, 新华社北京12月31日电 …), else None.

    Matching runs on the folded text (本報訊 reads as 本报讯); every part
    returned is sliced from the text as printed.
    """
    key = fold(text)
    bracketed = _BRACKETED_DATELINE.match(key)
    # 【本报讯】6月1日，…: set in brackets; in round ones only the paper's or the association's own (（据新华社电）
    # quotes another's story, no lead)
    if bracketed and _DATELINE.fullmatch(bracketed.group(2)) and (key[0] == "【" or key[1] == "本"):
        inner = text[1 : bracketed.end() - 1]
        lead = parse_lead(inner + " " + text[bracketed.end() :])  # read as 本报成都讯 6月1日，…
        if lead is not None and lead.dateline.startswith(inner):
            opening, closing = text[0], text[bracketed.end() - 1]
            return replace(lead, dateline=f"{opening}{inner}{closing}{lead.dateline[len(inner) :].lstrip()}")
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
    body = SENDING_BODY.match(paren.group(1)) if paren else None
    sent_by = body_and_people(paren.group(1)) if paren and not body else None
    if body and not REPORTER_WORD.search(paren.group(1)):
        dateline_end = rest_start = paren.end()  # 本报讯（攀枝花市科协）3月10日，…: sent by a body
        source = text[paren.start(1) + body.start(1) : paren.start(1) + body.end(1)]
    elif sent_by and not REPORTER_WORD.search(paren.group(1)):
        # 本报讯（自贡市科协 李 敏）, （歧坪镇 王小红）: the body that sent it (a town is where she works), then
        # who wrote it, as a closing attribution names them
        dateline_end = rest_start = paren.end()
        at = key.find(sent_by[0], paren.start(1)) if sent_by[0] else -1
        source = text[at : at + len(sent_by[0])] if at >= 0 else ""
        bylines = [Byline(AUTHOR, name) for name in sent_by[1]]
    elif paren and (REPORTER_WORD.search(paren.group(1)) or parse_names(paren.group(1))):
        dateline_end = rest_start = paren.end()
        # 本报讯（记者 张伟 通讯员 李娜 文/图）, （记者 张伟 摄影报道）: a tail says what they did
        content = paren.group(1)
        tailed = parse_byline_line(content) if BYLINE_TAIL.search(content) else None
        # …or a writer's label: 本报讯（文/图 记者 王芳）, （记者 张强/文 李红/图）
        bylines = tailed or parse_role_tokens(content, require_role=False) or parse_byline_line(content) or []
        while (more := _PAREN_CREDIT.match(key, rest_start)) and REPORTER_WORD.search(more.group(1)):
            dateline_end = rest_start = (
                more.end()
            )  # 本报讯（记者 张三）（通讯员 李四）: each bracket its people
            bylines += parse_role_tokens(more.group(1), require_role=True) or []
    else:
        found = (
            _COLON_CREDIT.match(key, rest_start)
            or _LIST_CREDIT.match(key, rest_start)
            or _SPACE_CREDIT.match(key, rest_start)
        )
        if found:
            filed = filed_from(_FILED_FROM_IN_LEAD, key, found.end(1))  # 记者 萧宁 成都报道 第三届…
            rest_start = filed.end() if filed else found.end(1)
            credit = text[found.start(1) : rest_start].strip()
            printed = re.sub(r"\s*[：:]$", "", found.group(1).strip())
            filed_before_colon = filed_from(FILED_FROM, printed)  # 记者 萧宁 成都报道：第三届…
            printed = (
                printed[: filed_before_colon.start()]
                if filed_before_colon
                else re.sub(r"\s*报道$", "", printed)
            )
            bylines = parse_role_tokens(printed, require_role=True) or []
    bylines = as_printed(bylines, text, key) or []
    return Lead(text[:dateline_end].strip(), credit, text[rest_start:].strip(), tuple(bylines), source)


# 川观新闻记者 张三 市科协…, 新重庆-重庆日报记者 张三 通讯员 李四 报道 6月1日，…: an outlet's reporters
# opening the lead without a dateline, a space (or 报道, a colon) between them and the story.
_STAFF_LEAD = re.compile(
    rf"^((?!本报|本刊){ORG_PREFIX}{GRADE}记者\s*[{HAN}]{{2,3}}"
    rf"(?:\s+{ROLE}\s*[{HAN}]{{2,3}}|[、，,]\s*[{HAN}]{{2,3}}|\s+[{HAN}]{{2,3}}(?=\s))*(?:\s*报道)?)(?:\s*[：:]\s*|\s+)(?=\S)"
)


def _staff_lead(text: str, key: str) -> Lead | None:
    """An outlet's reporters run into the lead with no dateline (川观新闻记者 张三 …)."""
    match = _STAFF_LEAD.match(key)
    if match is None:
        return None
    printed = re.sub(rf"^[{HAN}]{{2,8}}[-—－·]|\s*报道$", "", match.group(1))  # the app before the paper
    bylines = parse_role_tokens(printed, require_role=True)
    if not bylines or not all(has_surname(byline.name) for byline in bylines):
        return None
    if match.group().rstrip()[-1:] in "：:" and bylines[-1].name[-1] in "问答":
        return None  # 县融媒体中心记者张洁问：… : an interview's question, no reporter 张洁问
    return Lead(
        text[: match.end(1)].strip(), "", text[match.end() :].strip(), tuple(as_printed(bylines, text, key))
    )


# （記者 林佳慧／台北報導）: a Taiwanese paper's byline, the place it was filed from after a slash
_FILED_AFTER_SLASH = re.compile(rf"\s*[／/]\s*[{HAN}]{{2,8}}?(?:报导|报道)$")


def _credit_lead(text: str, key: str) -> Lead | None:
    """（记者 孙丽）9月3日，… : a lead whose reporters open it in brackets, the 本报讯 left out."""
    if key[:1] not in "（(":
        return None
    paren = _PAREN_CREDIT.match(key)
    if not paren or not REPORTER_WORD.search(paren.group(1)) or not key[paren.end() :].strip():
        return None  # no reporter, or the brackets are all the line holds (a closing attribution)
    credit = _FILED_AFTER_SLASH.sub("", paren.group(1))  # （记者 林佳慧／台北报导）: where she filed it
    bylines = as_printed(parse_role_tokens(credit, require_role=True), text, key)
    if not bylines:
        return None
    return Lead(text[: paren.end()].strip(), "", text[paren.end() :].strip(), tuple(bylines))
