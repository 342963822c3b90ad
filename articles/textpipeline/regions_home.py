"""The home of this press, 重庆 and 四川, and the place a paper is named for: which namesake a page
means when nothing else tells them apart, the cities a 川渝 word lets stand alone, and the unit a
paper's or site's name opens with (攀枝花日报, 今日渝北).

``HomePlace`` is mixed into ``regions.RegionGazetteer`` and uses its lookups (``resolve_name``,
``_lineage_t``) and its choice of hits (``_choose``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .regions_names import non_overlapping, to_simplified

# The provinces of the press this product serves, 重庆 and 四川: of namesakes nothing else tells apart
# (重庆's and 宁波's 江北区 on a page that names no province), the one here is meant.
CHUANYU = ("50", "51")
# Words that name 四川 and 重庆 together (川渝合作, 成渝地区双城经济圈): a story using one names both
# provinces, so 成都 alone on a 重庆 page is 成都市, as it is where 四川 is named (cities only, see
# _with_cities_of_both_homes).
BOTH_HOME = ("川渝", "成渝", "双城经济圈")
# Words a district paper's or app's name opens with before its place: 今日渝北, 今日合川, 掌上綦江, 大美荣昌
MASTHEAD_OPENERS = ("今日", "掌上", "大美", "美丽")


class HomePlace:
    """The gazetteer's rules for the home provinces and the place a paper is named for."""

    def unit_named_first(self, name: str, *, province_hint: str | None = None) -> str | None:
        """The unit of 重庆 or 四川, in the page's province, that a paper's or site's name opens with:
        攀枝花日报 → 510400, 巫山发布 → 500237, 重庆科技报 → 500000, 今日渝北 → 500112; None for 科技工作者之家.
        A name that goes on with a unit under it names that one: a bulletin's issuer 重庆市潼南区科学技术协会 → 500152."""
        simple = to_simplified(name.strip())
        if simple.startswith(MASTHEAD_OPENERS) and len(simple) > 3:
            simple = simple[2:]
        code, length = None, 0
        for k in range(min(len(simple), 10), 1, -1):  # the longest name first: 重庆市科协官网 → 重庆市
            found = self.resolve_name(simple[:k], province_hint=province_hint)
            if found and found[:2] in CHUANYU and (province_hint is None or found[:2] == province_hint[:2]):
                code, length = found, k
                break
        while code and length < len(simple):  # 重庆市 → 潼南区 → (科学技术协会: no unit)
            below, more = self._unit_opening(simple[length:], province_hint=province_hint, context_codes=(code,))
            if not below or code not in self._lineage_t(below)[1:]:
                break
            code, length = below, length + more
        return code

    def _unit_opening(
        self, name: str, *, province_hint: str | None, context_codes: Sequence[str] = ()
    ) -> tuple[str | None, int]:
        """The unit the longest name ``name`` opens with means (重庆市科协官网 → 重庆市), and that name's length."""
        for k in range(min(len(name), 10), 1, -1):
            code = self.resolve_name(name[:k], province_hint=province_hint, context_codes=context_codes)
            if code:
                return code, k
        return None, 0

    def _with_cities_of_both_homes(
        self,
        chosen: list[tuple[int, int, str, str]],
        fixed: list[tuple[int, int, str, str]],
        pending: dict[tuple, list[tuple[int, int]]],
        context_codes: Sequence[str],
        province_hint: str | None,
    ) -> list[tuple[int, int, str, str]]:
        """Add the cities a 川渝 word lets stand alone: 成都 in a 成渝地区双城经济圈 story on a 重庆 page is
        成都市, as it is where 四川 is named. Only a city (a unit right under its province: 成都, 绵阳, 重庆's
        永川): a county's short name is often a landmark's first characters (朝天门, 翠屏山 and 高坪广场 in
        重庆 are no districts of 广元, 宜宾 and 南充)."""
        context = set(context_codes) | {prefix + "0000" for prefix in CHUANYU}
        cities = [
            match
            for match in self._choose(fixed, pending, context, province_hint)
            if match not in chosen and len(self._lineage_t(match[3])) == 2
        ]
        return non_overlapping(chosen + cities) if cities else chosen
