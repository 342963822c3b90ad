"""The whole unit a story is about when it reports on all the places below it.

A 全市 ranking of 区县 (渝北区 96.5, 九龙坡区 95.8, 永川区 94.2), a 全省 table of cities, a 全州 account of its
counties: the text names the lower units, one by one, but its subject is the city, the province or the
prefecture that holds them all. A reader browsing 重庆市 should find it; the units keep their own tags too.
"""

from __future__ import annotations

import re

from .regions import RegionGazetteer

# 全省, 全市, 全州: the whole of a unit of that level (not 安全区, 健全, 全市场, 全省级; a 全区 or 全县 has no
# lower units a story lists)
_WHOLE_UNIT = re.compile(r"(?<![安健完齐保周成])全([省市州])(?![场域级])")
# Lower units a story names one by one before it is about their whole: fewer are a story of two places
# that compares one with the whole (永川区在全市率先…，荣昌区…)
_UNITS_LISTED = 3


def with_whole_unit(region_codes: list[str], text: str, regions: RegionGazetteer) -> list[str]:
    """The regions with, first, the unit of the level a 全市/全省/全州 names that holds every one of them,
    when the text names several (``_UNITS_LISTED``) places below it and not the unit itself."""
    if len(region_codes) < _UNITS_LISTED or "全" not in text:
        return region_codes
    levels = {match.group(1) for match in _WHOLE_UNIT.finditer(text)}
    if not levels:
        return region_codes
    lineages = [regions.lineage(code) for code in region_codes]
    for code in lineages[0][1:]:
        name = regions.get(code).name
        if name.endswith(tuple(levels)) and all(code in lineage[1:] for lineage in lineages):
            return [code, *region_codes]
    return region_codes
