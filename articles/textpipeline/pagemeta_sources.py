"""A page's source lines: a web page's info line of labelled fields (发布时间：… 来源：… 作者：…), a news
site's dated source line, 来源：X and 转自 X, and the link to the original.

``meta_line_kind`` calls these 'web_info', 'source' and 'url'; ``record_meta_line`` stores what they say.
"""

from __future__ import annotations

import datetime as dt
import re

from .credits_names import BODY_TAIL
from .dates import parse_iso_date
from .lines import fold
from .pagemeta_heads import DATE_TEXT, NAME_SEP, TIME

# A news site's date line, then its source: 2021年05月31日08:25 | 来源：人民网-四川频道, maybe after the
# site's name (万州区科学技术协会 2023-06-12 来源：万州区科协)
_DATED_FIELDS = re.compile(
    rf"^(?:([^\s\d]\S{{1,23}}?){NAME_SEP})?({DATE_TEXT})\s*(?:{TIME})?\s*[|｜丨]?\s*(?=(?:来源|稿源|作者)\s*[:：])"
)
# 通讯员 李 娟, 本报记者 何勇 (or 记者 李娟 何勇): a role word, then its names (spread or not); a name is no role
# word and no next field's label (浏览次数：)
_ROLE_WORD = r"(?:本报)?(?:特约)?(?:记者|通讯员|实习生)"
_STAFF_NAME = r"(?:[\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff]|\s*[:：])"
_STAFF = rf"{_ROLE_WORD}\s*{_STAFF_NAME}(?:\s+(?!{_ROLE_WORD}){_STAFF_NAME})*"
# A web page's info line: 发布时间：2023-03-15  来源：九龙坡区科协  作者：张丽华  浏览次数：1268; 发布者：州科协办公室
# 发布时间：…　阅读：523 (who posted it, and its counter with no 次数)
_INFO_LABELS = (
    r"发布时间|发布日期|发布者|发布人|发布机构|时间|日期|来源|作者|记者|通讯员|摄影|单位|编辑"
    r"|浏览次数|阅读次数|浏览|阅读|点击数|点击|字号"
)
WEB_INFO_FIELD = re.compile(
    rf"({_INFO_LABELS})\s*[:：]\s*"
    # 作者：李 梅, a name spread to three cells; 作者：石柱县融媒体中心 马小燕, a media centre's reporter;
    # 作者：通讯员 李 娟  记者 何 勇, the people by their roles (a role word with no colon is no label)
    # 作者：中国科学院水生生物研究所 陈 立, an author after the body of which the author is
    r"([\u4e00-\u9fff] [\u4e00-\u9fff](?=\s|$)|[\u4e00-\u9fff]{0,10}融媒体中心[ \u3000]+[\u4e00-\u9fff]{2,4}(?=\s|$)"
    rf"|[\u4e00-\u9fff（）()]{{2,24}}?{BODY_TAIL}[ \u3000]+(?:[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff] [\u4e00-\u9fff])(?=\s|$)"
    rf"|{_STAFF}(?:\s+{_STAFF})*(?=\s|$)"
    # 作者：李华 王强, two authors spaced (a single value's first word is kept: 来源：黔江区科协)
    r"|[\u4e00-\u9fff]{2,4}(?:[ \u3000][\u4e00-\u9fff]{2,4})+(?=\s|$)|\S*?)"
    # up to the next field's label and its colon (来源：石柱发布 is the account's name, 发布 no label)
    rf"(?=\s|$|(?:{_INFO_LABELS})\s*[:：])"
)
# A 政务公开 page's index block over the document it publishes: 索引号：…, 发布机构：…, 成文日期：…, 发文字号：…,
# 主题分类：…, one a line or several to a line. The labels are the national template's, a closed list; a line
# of them names one that only such a block prints (发布日期：… alone is a web page's time).
_DOCUMENT_INFO_OWN = "索引号|发布机构|发文机关|成文日期|发文字号|文号|主题分类|主题词|公开方式|公开范围|信息分类|组配分类|体裁分类|生成日期|有效性"
_DOCUMENT_INFO_LABELS = frozenset([*_DOCUMENT_INFO_OWN.split("|"), "发布日期", "公开日期", "发布时间"])
_DOCUMENT_INFO_FIELD = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,5})\s*[:：]\s*(\S+)")


def document_info_fields(text: str) -> dict[str, str]:
    """The fields of a line of a 政务公开 index block ({'发文字号': '渝科协发〔2024〕12号', …}), or {} for any
    other line."""
    folded = fold(text).strip()
    fields = {match.group(1): match.group(2) for match in _DOCUMENT_INFO_FIELD.finditer(folded)}
    if not fields or not re.match(rf"(?:{_DOCUMENT_INFO_OWN}|发布日期|公开日期)\s*[:：]", folded):
        return {}
    if not set(fields) <= _DOCUMENT_INFO_LABELS or not set(fields) & set(_DOCUMENT_INFO_OWN.split("|")):
        return {}
    return fields


# A web page's publishing time alone on its line, as a CMS prints it in figures: 发布时间：2021-03-05 10:21
# (not a notice's 时间：, its event's, nor a document's field among others: 发布时间：2024年3月4日)
PUBLISHED_AT = re.compile(rf"^(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*(?:{TIME})?$")
_LEADING_DATE = re.compile(DATE_TEXT)
_SEPARATOR = r"\s*[:：丨|｜]\s*"  # 来源：X, and WeChat's 来源丨X / 编辑 | X
SOURCE = re.compile(
    rf"^(?:(?:(?:来源|稿源|信息来源|文章来源|本文来源|视频来源|原视频|出品){_SEPARATOR}|本文来自(?=[【\[]))(.+)"
    r"|(?:以下文章来源于|本文(?:转载|转)自|(?:文章)?转载自|转自(?=\s*[:：|｜]|(?:微信)?公众号))\s*[:：|｜]?\s*"
    r"(?:(?:微信)?公众号)?[“\"「]?([^，,\s”\"」]+)[”\"」]?"  # 转自微信公众号“重庆科普”
    r"(?:\s*[，,]?\s*作者\s*\S+)?)$"
)
# 本文来自【重庆晨报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。: a platform's note of the
# outlet it took the story from, in black brackets
_BRACKETED_SOURCE = re.compile(r"^[【\[]([^【】\[\]]{2,20})[】\]](?:[，,。;；].*)?$")
_TRAILING_DATE = re.compile(rf"\s+({DATE_TEXT})\s*(?:{TIME})?$")

# 原文链接：https://mp.weixin.qq.com/s?… : the label, then an address (链接：院士专家工作站是什么？ is a box's name
# over its title, no address). Only a web address (group 1) is the page's link to the original: 网址：www.…
# without its scheme, or javascript:…, data:… (a link that would run in the reader's browser), is the
# page's furniture all the same, and no link.
URL = re.compile(
    r"^(?:原文链接|原文地址|阅读原文|链接|网址)\s*[:：]\s*(?:((?i:https?)://[!-~]+)|[!-~]*[./][!-~]*)$"
)
# https://mp.weixin.qq.com/s/… alone on its line: a copied post's address, which a page pasted from several
# sources prints between them (a story quotes an address inside its sentence, not as a line of its own)
BARE_URL = re.compile(r"^https?://[!-~]+$")


_PEOPLES_LABELS = ("作者", "记者", "通讯员", "摄影", "编辑")  # fields a centre's person stands in


def _field_value(label: str, value: str) -> str:
    """A field's value: 作者：石柱县融媒体中心 马小燕 is the centre's reporter, but 来源：石柱县融媒体中心 谭小雨 is
    the centre (the source holds no person)."""
    return value if label in _PEOPLES_LABELS else value.split()[0]


# 来源：本站原创: the site's own piece, which names no source
_THIS_SITE = frozenset(["本站", "本网", "原创", "本站原创", "本网原创", "网站原创", "本站编辑"])
_BODY_NAME = re.compile(rf"[\u4e00-\u9fff（）()]{{2,24}}?{BODY_TAIL}")


def web_info_fields(text: str) -> dict[str, str]:
    """The labelled fields of a web page's info line, values as printed: {'来源': '九龙坡区科协', …}. A
    来源 that is the site's own (本站原创) is none; a body as the 作者 (作者：什邡市科协) is then the source."""
    key = fold(text).replace("【", " ").replace("】", " ")  # 【发布时间：2021-03-05】【来源：南岸区科协】
    fields = {
        m.group(1): _field_value(m.group(1), text[m.start(2) : m.end(2)]) for m in WEB_INFO_FIELD.finditer(key) if m.group(2)
    }
    if fields.get("来源") in _THIS_SITE:
        del fields["来源"]
        if _BODY_NAME.fullmatch(fields.get("作者", "")):
            fields["来源"] = fields["作者"]
    dated = dated_fields(key)  # 2021年05月31日08:25 | 来源：…: the date has no label
    if dated:
        fields.setdefault("日期", dated.group(2))
        if dated.group(1):
            fields.setdefault("站点", text[dated.start(1) : dated.end(1)])
    return fields


def web_info_date(text: str) -> dt.date | None:
    """The date of a web page's info line, also with its clock run on (2021年03月05日10:21)."""
    fields = web_info_fields(text)
    when = next((fields[k] for k in ("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期") if k in fields), "")
    if not when:
        published = PUBLISHED_AT.match(fold(text))
        when = re.split("[:：]", published.group(0), maxsplit=1)[1] if published else ""
    match = _LEADING_DATE.search(fold(when))
    return parse_iso_date(match.group(0)) if match else None


def dated_fields(text: str) -> re.Match | None:
    """A dated line of fields whose date is real (a site's name before it holds no digit)."""
    match = _DATED_FIELDS.match(text)
    return match if match and parse_iso_date(match.group(2)) else None


def source_and_date(text: str) -> tuple[str, dt.date | None]:
    """The source a line meta_line_kind calls 'source' names, and the day printed after it
    (来源：人民网-四川频道  2021年05月31日08:25)."""
    match = SOURCE.match(fold(text))
    group = 1 if match.group(1) else 2
    source = text[match.start(group) : match.end(group)].strip()
    if bracketed := _BRACKETED_SOURCE.match(source):
        return bracketed.group(1).strip(), None  # 本文来自【重庆晨报】，仅代表作者观点。…: the platform's notice after it
    dated = _TRAILING_DATE.search(fold(source))
    if dated and dated.start() > 0:
        return source[: dated.start()].strip(), parse_iso_date(dated.group(1))
    return source, None


def reposted_from(text: str) -> str | None:
    """以下文章来源于广元科协，作者广元科协 (or 转自微信公众号“重庆科普”) over a reposted post's headline: the
    account that first posted it."""
    match = SOURCE.match(fold(text))
    return source_and_date(text)[0] if match and match.group(2) else None


def labelled_source(text: str) -> str | None:
    """来源：叙永县科协 under a post's text: the body the story came from, which closes it (not 以下文章来源于 X
    or 转自 X, which a reposted post prints over its headline, nor a science post's producer, 出品：X, which
    closes it with the post's credits)."""
    return None if fold(text).startswith("出品") else headed_source(text)


def headed_source(text: str) -> str | None:
    """来源：科普中国 or 出品：科普中国 under a piece's headline, over its text: where the piece came from (a
    science piece's producer, printed under its title, is its source)."""
    match = SOURCE.match(fold(text))
    return source_and_date(text)[0] if match and match.group(1) else None
