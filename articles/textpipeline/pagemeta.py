"""Page metadata: site and date, source, original link, boilerplate, co-organizers, province.

None of these lines is article text. ``meta_line_kind`` recognises them one
line at a time; ``record_meta_line`` stores a recognised line in PageMeta;
``infer_province`` weighs the page's place names.
"""

from __future__ import annotations

import re

from .dates import parse_iso_date
from .model import PageMeta

_SITE_DATE = re.compile(
    r"^(\S{2,24}?)\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_SOURCE = re.compile(r"^(?:来源|稿源|信息来源|文章来源)\s*[:：]\s*(.+)$")
_URL = re.compile(r"^(?:原文链接|原文地址|阅读原文|链接|网址)\s*[:：]\s*(\S+)$")
_BOILERPLATE = re.compile(
    r"^(?:版权声明|免责声明|声明|电话|联系电话|传真|邮箱|电子邮箱|E-?mail|地址|邮编|责任编辑|编辑|审核|校对|投稿邮箱|"
    r"Copyright|©|备案号|ICP)\s*[:：]?"
)
_NAVIGATION = frozenset(
    [
        "时政",
        "推荐资讯",
        "推荐阅读",
        "相关阅读",
        "相关新闻",
        "热门推荐",
        "热点",
        "首页",
        "返回",
        "返回顶部",
        "返回首页",
        "分享",
        "分享到",
        "打印",
        "打印本页",
        "关闭",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "点击排行",
        "更多",
        "阅读原文",
        "扫一扫",
        "收藏",
        "点赞",
        "在看",
    ]
)
_CO_ORGANIZERS = re.compile(r"(?:本版|本刊|本期)?(?:协办|联办|承办)单位")

_CHONGQING = re.compile(
    r"重庆|巴渝|渝[中北东西南]|万州|涪陵|大渡口|江北|沙坪坝|九龙坡|南岸|北碚|綦江|大足|渝北|巴南|黔江|长寿|江津|合川|永川|"
    r"南川|璧山|铜梁|潼南|荣昌|开州|梁平|武隆|城口|丰都|垫江|忠县|云阳|奉节|巫山|巫溪|石柱|秀山|酉阳|彭水|两江新区|我市"
)
_SICHUAN = re.compile(
    r"四川|天府|蜀|成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山|"
    r"锦江区|青白江|彭州|川农大|省科协"
)


def meta_line_kind(text: str) -> str | None:
    """'site_date', 'source', 'url', 'boilerplate', 'navigation' or 'co_organizers', else None."""
    if _CO_ORGANIZERS.search(text) and len(text.split()) >= 3:
        return "co_organizers"
    if text in _NAVIGATION:
        return "navigation"
    if _URL.match(text):
        return "url"
    if _SOURCE.match(text):
        return "source"
    if _BOILERPLATE.match(text):
        return "boilerplate"
    match = _SITE_DATE.match(text)
    if match and parse_iso_date(match.group(2)) and not re.search(r"\d", match.group(1)):
        return "site_date"
    return None


def record_meta_line(meta: PageMeta, kind: str, text: str) -> None:
    """Store one metadata line in ``meta`` (the line itself goes to source_lines)."""
    meta.source_lines.append(text)
    if kind == "site_date":
        match = _SITE_DATE.match(text)
        meta.site = meta.site or match.group(1)
        meta.page_date = meta.page_date or parse_iso_date(match.group(2))
    elif kind == "source" and meta.source is None:
        meta.source = _SOURCE.match(text).group(1).strip()
    elif kind == "url" and meta.original_url is None:
        meta.original_url = _URL.match(text).group(1)
    elif kind == "co_organizers":
        meta.co_organizers.extend(co_organizer_names(text))
    elif kind == "banner":
        meta.banners.append(text)
    else:
        meta.boilerplate.append(text)


def co_organizer_names(text: str) -> list[str]:
    """The organizations of a co-organizer list, without the label and its remark."""
    text = re.sub(r"[（(][^（）()]*[）)]", " ", text)
    text = _CO_ORGANIZERS.sub(" ", text)
    names = []
    for token in re.split(r"[\s、，,；;]+", text):
        token = token.strip("-•●·:：")
        if len(token) >= 2:
            names.append(token)
    return names


def infer_province(text: str) -> str | None:
    """'500000' for a 重庆 page, '510000' for a 四川 page, None when the evidence is unclear."""
    chongqing = len(_CHONGQING.findall(text))
    sichuan = len(_SICHUAN.findall(text))
    if chongqing >= 3 and chongqing >= 1.5 * sichuan:
        return "500000"
    if sichuan >= 3 and sichuan >= 1.5 * chongqing:
        return "510000"
    return None
