"""Lines that are furniture in one place and a story's text in another, which the assembler judges where
they stand: a weather box's heading, rows and issuer; readers' comments under a page; a notice's contact
lines; an event's hosts; and the office and day that sign a document.

Each test says only what a line is shaped as; ``lookahead`` and the assembler decide by the lines around it.
"""

from __future__ import annotations

import re

from .dates import CN_DATE_TEXT
from .lines import fold
from .pagemeta_navigation import strip_decoration
from .shapes_notices import is_issuer

# A document's printing line at its foot (its 版记): 达州市科协办公室  2024年3月19日印发, the office that printed it
_PRINTED_BY = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,30}}?)\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})\s*印发$")
# …and the line under a 纪要's or 简报's head: 德阳市科学技术协会办公室　　2024年3月22日, the office and its day
# (重庆市万州区科学技术协会编  2021年6月30日: the body that compiled it)
_DATED_BY = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,30}}?)(?:编印|编)?\s+(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})$")

# A weather box beside the stories: 今日天气 over rows of a place, its weather and the day's low and high
# (主城区 多云转阵雨 24℃～32℃, 成都 晴 16～25℃), then who issued the forecast (重庆市气象台6月20日16时发布)
_WEATHER_HEADING = re.compile(r"^(?:今日|明日|今明|今天|明天|本周|近日|城市|全市|全省)?天气(?:预报)?$")
_WEATHER_ROW = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff\d~～-]{1,10}){1,3}\s+-?\d{1,2}\s*℃?\s*[~～至/—–-]\s*-?\d{1,2}\s*℃\s*)+$"
)
_WEATHER_ISSUER = re.compile(r"^[（(]?[\u4e00-\u9fff]{2,12}气象(?:台|局)[^。，,；;：:]{0,16}(?:发布|提供)[）)]?$")


def is_weather_row(text: str) -> bool:
    """主城区 多云转阵雨 24℃～32℃: shaped like a weather box's row (so is a story's table, 番茄 结果期 20～28℃)."""
    text = fold(text)
    return "℃" in text and bool(_WEATHER_ROW.match(text))


def is_weather_issuer(text: str) -> bool:
    """重庆市气象台6月20日16时发布: shaped like a weather box's issuer (so is a story's （重庆市气象台提供）)."""
    text = fold(text)
    return "气象" in text and bool(_WEATHER_ISSUER.match(text))


def is_weather_heading(text: str) -> bool:
    """今日天气, 天气, 天气预报: the heading a weather box prints over its rows."""
    return bool(_WEATHER_HEADING.match(strip_decoration(fold(text))))


# Contact lines, which a notice prints between its text and its signature (assemble keeps them there).
# (来稿电话：…, 稿件联系邮箱：…: where a call for submissions asks its entries sent)
_CONTACT = re.compile(
    r"^(?:联系人|联系电话|咨询电话|报名电话|联系方式|电话|传真|邮箱|电子邮箱|(?:投稿|来稿|稿件)(?:联系)?(?:邮箱|电话)|"
    r"联系地址|通信地址|通讯地址|地址|邮编)\s*[:：]"
)


# 主办单位：泸州市科协 泸州市人大教科文卫工委, 承办单位：…: who held an event, also the words of a web site's
# footer (主办单位：… 渝ICP备…) and of a page's co-organizer list (协办单位：…); 本版/本刊 name the page's alone
_EVENT_HOSTS = re.compile(r"^(?:主办|承办|协办|联办|指导|支持)单位\s*[:：]\S")


# 主办：四川省科学技术协会 四川省教育厅: who puts out a special issue, its bodies and nothing more on the line
_ORGANIZERS = re.compile(r"^主办(?:单位)?\s*[:：]\s*[^，。；！？,;!?：:\s][^，。；！？,;!?：:]{1,59}$")


def is_organizers_line(text: str) -> bool:
    """主办：四川省科学技术协会 四川省教育厅: an issue's (or an event's) organizers, alone on a line."""
    return bool(_ORGANIZERS.match(fold(text)))


def is_event_host_line(text: str) -> bool:
    """承办单位：江阳区科协 泸州市科技馆: shaped like an event's hosts (and like a footer's or a page's list)."""
    return "单位" in text and bool(_EVENT_HOSTS.match(fold(text)))


def printing_office(text: str) -> str | None:
    """达州市科协办公室 in 达州市科协办公室  2024年3月19日印发: the office that issued the document above."""
    match = _PRINTED_BY.match(fold(text))
    return match.group(1) if match and is_issuer(match.group(1)) else None


def dating_office(text: str) -> str | None:
    """德阳市科学技术协会办公室 in 德阳市科学技术协会办公室　　2024年3月22日 (or …科学技术协会编  2021年6月30日):
    a body's name and a day, as a document's head prints who issued it and when."""
    match = _DATED_BY.match(fold(text))
    return match.group(1) if match and is_issuer(match.group(1)) else None


def is_contact_line(text: str) -> bool:
    """联系人：李老师, 联系电话：023-63600000, 地址：…"""
    return bool(_CONTACT.match(text))


# 游客123：活动很有意义，希望多举办！    2021-05-24 15:20: a reader's comment, signed and dated
_COMMENT = re.compile(r"^[^\s：:]{1,20}[：:]\S.{0,300}?\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# @成都李阿姨：原来是谣言…, 小编回复：感谢关注…: a reader's message under a post's 读者留言, and the reply to it
_POST_MESSAGE = re.compile(r"^(?:[@＠][^\s：:]{1,20}|(?:小编|作者|编辑|作者小编)回复)[：:]\S")


# 游客 2023-04-18 18:32 over the comment's text on the next line: a reader's comment signed and dated
# to the minute on a line of its own (a link under 相关新闻 is dated to the day)
_COMMENT_SIGNATURE = re.compile(r"^[^\s：:，。、；;！？]{1,12}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")


def is_comment_signature(text: str) -> bool:
    """游客 2023-04-18 18:32: who commented and when, the comment's text on the line below."""
    return bool(_COMMENT_SIGNATURE.match(fold(text).strip()))


def is_comment_line(text: str) -> bool:
    """A reader's comment under a web page's 网友评论 (who, what, when) or a post's 读者留言 (@who: what)."""
    return bool(_COMMENT.match(text) or _POST_MESSAGE.match(text))
