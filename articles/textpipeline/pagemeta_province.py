"""The page's province: 重庆 or 四川, from the paper or site it is named for, else from the places its
text names (``infer_province``); no province for a central daily's page.
"""

from __future__ import annotations

import re

from .credits_signatures import desk_signature
from .lines import fold
from .regions_home import MASTHEAD_OPENERS
from .shapes_briefs import CHONGQING_PLACES, SICHUAN_CITIES, SICHUAN_COUNTY_CITIES

_CHONGQING = re.compile(rf"重庆|巴渝|{CHONGQING_PLACES}|两江新区|我市")
_SICHUAN = re.compile(rf"四川|天府|蜀|{SICHUAN_CITIES}|锦江区|青白江|彭州|川农大|省科协|{SICHUAN_COUNTY_CITIES}")

# The province a desk's closing mark opens with: （渝科） signs a 重庆 paper's story, （川科） a 四川 one's
_DESK_PROVINCES = {"渝": "500000", "川": "510000", "蜀": "510000", "蓉": "510000"}

# The central dailies (and any paper named 中国…): national papers, no province's pages
_NATIONAL_PAPERS = (
    "中国", "人民日报", "光明日报", "经济日报", "科技日报", "解放军报", "工人日报", "农民日报", "法治日报",
    "新华每日电讯", "学习时报", "求是",
)


def infer_province(text: str, site: str | None = None) -> str | None:
    """'500000' for a 重庆 page, '510000' for a 四川 page, None when the evidence is unclear.

    A paper or site named for a place of either province (重庆科技报, 四川科协, 攀枝花日报, 巫山发布) is
    that province's page whatever its text names: a 重庆 paper's story of a 川渝 meeting names more of
    四川's places. A central daily's page (人民日报, 科技日报) is no province's. Any other page is the province whose places its text names far more often."""
    if site and (province := _province_named_first(fold(site))):
        return province
    if site and fold(site).startswith(_NATIONAL_PAPERS):
        return None  # a central daily's page: each story's province is its own (科技日报's 宁波江北区)
    chongqing = len(_CHONGQING.findall(text))
    sichuan = len(_SICHUAN.findall(text))
    if chongqing >= 3 and chongqing >= 1.5 * sichuan:
        return "500000"
    if sichuan >= 3 and sichuan >= 1.5 * chongqing:
        return "510000"
    return None


def _province_named_first(name: str) -> str | None:
    """The province whose place a paper's or site's name opens with: 重庆科技报, 渝北发布 → '500000';
    四川科技报, 川报观察, 攀枝花日报 → '510000'; 今日渝北 → '500000'."""
    if name.startswith(MASTHEAD_OPENERS):
        name = name[2:]
    if name.startswith(("重庆", "渝")) or _CHONGQING.match(name):
        return "500000"
    if name.startswith(("四川", "川")) or _SICHUAN.match(name):
        return "510000"
    return None


def desk_province(text: str) -> str | None:
    """The province of the desks whose marks close stories in ``text`` ((渝科) → '500000'), or None where
    none does or desks of both provinces do. It speaks for a story, not for its page: a 四川 paper prints a
    川渝 story signed (渝科) too."""
    marks = (mark.strip("（()） \t") for mark in text.splitlines())
    found = {_DESK_PROVINCES.get(mark[0]) for mark in marks if desk_signature(mark)} - {None}
    return found.pop() if len(found) == 1 else None
