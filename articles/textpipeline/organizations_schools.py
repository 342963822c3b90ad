"""Schools, the actors of youth science education: how papers name them besides region + own name + 中学.

- a kind or a count of schools names none (渝北区农村小学, 江北区两所中学);
- a county's or a city's flagship school goes by its place alone (江津中学, 四川省绵阳中学);
- the best-known ones by their city and number (成都七中 = 成都市第七中学, 重庆八中);
- a town's main primary school is its 中心校 (清溪场镇中心校), named by its town.

``SchoolEvidence`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``regions``) and the
helpers of ``NameBounds``.
"""

from __future__ import annotations

import re

from .organizations_bounds import Cand
from .orgnames import LEVEL_CHARS, SUFFIXES

# A school's name after its region: its own name (实验, 南开, 第一), not a kind of school (渝北区农村小学, 重庆市中小学);
# 中学校, 小学校: the registered names of many 重庆 schools (重庆市巴蜀中学校); 中心校: a town's (清溪场镇中心校)
SCHOOL_SUFFIXES = ("中学", "小学", "中学校", "小学校", "中心校")
_KINDS_OF_SCHOOL = (
    "中", "大中", "农村", "乡村", "城区", "城镇", "城乡", "公办", "民办", "普通", "重点", "示范", "薄弱", "寄宿制", "完全",
    "初级", "高级", "全日制", "部分", "所有", "各级", "其他", "周边", "辖区",
    "初", "高",  # 成都七中初中学校: 初中 and 学校, no 中学
    "乡镇", "山区", "郊区", "城郊", "库区", "偏远", "边远", "贫困", "试点", "特色", "优质", "定点", "结对", "帮扶",
    "对口", "参赛", "获奖", "入选", "参评", "参与",  # 巴南区乡镇中学, 荣昌区试点小学, 北碚区参赛中学
)
# A count of schools, no school: 江北区两所中学, 全区12所小学, 几所中学
_SCHOOL_COUNT = re.compile(r"[\d一二两三四五六七八九十百几数多]+所")
# What 中学 is "in … learn" after (重庆科技馆中学科学, 东溪古镇中学写生): a venue, whose name ends the body before it
_VENUES = ("古镇", "景区", "公园", "基地", "广场", "展厅", "展馆", "场馆", "课堂", "校园")
# A 中心校 is named by the town whose main school it is
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")
# A school's number after its city (成都七中, 重庆十一中); not 二中院 (a court), 一中心 (a centre), nor 七中 before
# the name of another school it runs (成都七中初中学校, 七中实验学校), nor 一 "a" before a word of 中 (泸州一中试基地
# is 一个中试基地, a pilot plant; 一中药材基地, 一中转站, 一中年男子, 一中秋活动)
_WORDS_OF_ZHONG = "试|药|草药|转|年|秋|午|途|餐|标"
_NUMBERED_SCHOOL = re.compile(
    "([一二三四五六七八九十]{1,3})中(?!学|心|院|级|国|医|华|央|共|期|旬|间|层|档|部|型|等|初中|高中|小学|实验|育才|附"
    f"|{_WORDS_OF_ZHONG})"
)


def names_no_school(suffix: str, core: str) -> bool:
    """Whether ``core``, the words between a school's region and its suffix, name no one school: a kind or a
    count of schools (渝北区农村小学, 江北区两所中学), a venue's 中 "in" (重庆科技馆中学科学), or no town before 中心校."""
    if suffix == "中心校":
        return not _TOWN.fullmatch(core)
    return (
        len(core) < 2 or core.endswith(_KINDS_OF_SCHOOL) or _SCHOOL_COUNT.search(core) is not None
        or core.endswith((*_VENUES, *SUFFIXES))
    )


class SchoolEvidence:
    """Schools named by their place alone or by their city's number, in ``_Finder``'s text."""

    def _school_named_by_its_place(self, p: int, end: int) -> Cand | None:
        """江津中学, 雅安中学, 四川省绵阳中学: a school named by its place's bare name right before its suffix at ``p``,
        with the regions written before that place (四川省); the words before them are no part of it (命名江津中学).
        A place with its level (江津区中学) names the district's schools, no one school."""
        found = self._region_ending_at(p)
        if found is None or self.text[p - 1] in LEVEL_CHARS:
            return None
        code, start = found
        while (above := self._region_ending_at(start)) and above[0] in self.regions.lineage(code):
            start = above[1]
        name = self.text[start:end]  # (the place is the school's own name: 江津区中学 is no other name of it)
        return Cand(start, end, "qita", name, name, region=code)

    def _numbered_schools(self) -> list[Cand]:
        """成都七中, 重庆八中: a city's numbered school by its short form, recorded by its full name (成都市第七中学)."""
        out = []
        for m in _NUMBERED_SCHOOL.finditer(self.text):
            found = self._region_ending_at(m.start())
            if found is None:
                continue
            code, start = found
            entry = self.regions.get(code)
            if entry is None:
                continue
            name = self.text[start : m.end()]
            key = f"{entry.name}第{m.group(1)}中学"
            out.append(Cand(start, m.end(), "qita", key, name, short=name, region=code))
        return out
