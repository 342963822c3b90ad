"""Evidence of a 科协 by its name: a region's (凉山州科协), a development zone's (两江新区科协, 绵阳高新区科协),
a town's (万州区龙沙镇科协), 中国科协's units, and the 科协 of a university, hospital or company named by its
host (重庆邮电大学科协, 攀钢科协), whose parent follows the region hierarchy.

``KexieEvidence`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``gaz``,
``regions``, ``_county``, ``_counties``, ``_known_spans``, ``_hosts``) and helpers (``_stands_alone``, ``_named`` and
those of ``NameBounds``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .organizations_bounds import BOUNDARY_TUPLE, MAX_NAME, NOT_CONTEXT, NOT_IN_NAME_RE, Cand, is_cjk
from .orgnames import (
    CHINA_KEXIE,
    CITY_ZONE_KINDS,
    KEXIE,
    KEXIE_NAMES,
    LEVEL_CHARS,
    SAME_ZONE,
    SUFFIXES,
    ZONES_LONGEST_FIRST,
    depth,
    kexie_names,
    zone_kexie_names,
    zone_region,
)

SUB_BODIES = ("产业功能区",)  # 锦江区产业功能区科协: a 科协 under the district's
# Bodies with a 科协 of their own (DOMAIN: 企业科协, 高校科协, 医院科协), found by their name's suffix.
_HOST_SUFFIXES = ("大学", "学院", "医院", "股份有限公司", "有限责任公司", "有限公司", "研究院", "研究所", "科学院")
_HOST_KINDS = ("gaoxiao", "qiye", "keyan", "yiyuan")  # the kinds of those bodies (a 科协 can be under a known one)
# A development zone's kind at the end of its name (绵阳高新区, 德阳经开区, 宜宾三江新区), the long forms first
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区"}
_ZONE_BEFORE = re.compile("(" + "|".join([*_ZONE_SHORT, "高新区", "经开区", "开发区", "新区"]) + ")$")
# The kinds of zone a district or county names its own (万州经开区, 涪陵高新区); 新区 and 开发区 after a county's name
# are as often a new town's or a plan's words
_COUNTY_ZONE_KINDS = (*_ZONE_SHORT, *CITY_ZONE_KINDS)
_TOWN_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(镇|乡|街道)$")
_TOWN_OPENING = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道)")
# What a town's own name does not end with (乡镇, 城镇, 村镇) or hold (全区街道, 各街道, 该镇, 区县乡镇)
_NOT_TOWN_END = "乡镇城村"
_NOT_IN_TOWN = "全各该每省州区县"
# jieba's tags of the words that open or end a clause (随着, 要求, 督促, 通过, 同意), and how frequent such a word is
# at least: before a bare 镇科协 they are no part of a town's name (随着舟坝镇科协 is 舟坝镇's, 要求镇科协 no town's)
_CLAUSE_TAGS = ("v", "p", "c", "d")
_CLAUSE_WORD_MIN_FREQ = 300
# A company's group, whose 科协 is named by it (攀钢集团科协).
GROUP = "集团"
# How a group's company's name ends after the group's (中国东方电气集团有限公司, 攀钢集团有限公司)
_COMPANY_FORMS = ("公司", "有限公司", "股份有限公司", "有限责任公司")
# A term (第三届, 首届, 新一届, 本届): the opening of no name; 新一届集团科协 is the 科协 of the group the text names
_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+|首|新一?|本|上一?|下一?|历)[届次期批]")
_UNIT_AFTER = re.compile(r"([\u4e00-\u9fff]{2,12}?)中心")  # a 科协's unit: 企业创新服务中心, 科学技术传播中心


class KexieEvidence:
    """The 科协 named in ``_Finder``'s text (see ``organizations._Finder.run``)."""

    def _kexie(self) -> list[Cand]:
        out = []
        for m in KEXIE.finditer(self.text):
            p, end = m.start(), m.end()
            infix = next((s for s in SUB_BODIES if self.text.endswith(s, 0, p)), "")
            q = p - len(infix)
            if self.text.endswith("中国", 0, q) and not infix:
                out.append(self._china_kexie_unit(q - 2, end)
                           or Cand(q - 2, end, "kexie", CHINA_KEXIE, self.text[q - 2:end], "中国科协"))
                continue
            zone = None if infix else next((z for z in ZONES_LONGEST_FIRST if self.text.endswith(z, 0, q)), None)
            if zone:  # 两江新区科协: a development zone's, which no region name ends before
                key, short, parent = zone_kexie_names(zone, self.regions)
                out.append(Cand(q - len(zone), end, "kexie", key, self.text[q - len(zone):end], short, zone_region(zone),
                                parent))
                continue
            found = self._region_ending_at(q)
            if found and self._cuts_a_word(found[1], q):
                found = None  # 担任县科协: the county's own 县科协, not 任县's
            if found is None and not infix and (zone_cand := self._city_zone_kexie(q, end)):
                out.append(zone_cand)  # 绵阳高新区科协, 宜宾三江新区科协: a zone the list lacks, its city's
                continue
            if found is None and not infix and (zone_cand := self._bare_zone_kexie(q, end, out)):
                out.append(zone_cand)  # 经开区科协 on 万盛经开区科协's account, 高新区科协 on 绵阳日报
                continue
            region_end = q
            if found is None and not infix:
                town = self._town_ending_at(q)
                if town:  # 万州区龙沙镇科协: a town's, under its district's
                    found, infix = town[0], self.text[town[1]:q]
                    q = region_end = town[1]
                    if found[1] == q:
                        region_end = -1  # 螺髻山镇科协: the district is the item's, not written here
                elif town_cand := self._bare_town_kexie(q, end):
                    out.append(town_cand)  # 在巫溪县尖山镇…，镇科协: the town the text named before
                    continue
            if found:
                code, start = found
                out.append(self._kexie_cand(code, start, end, infix, region_end))
            elif not infix and (host := self._known_host_ending_at(q) or self._host_ending_at(q)):
                self._hosts.append(host)
                out.append(self._host_kexie(host, end))  # 重庆邮电大学科协: a university's or a company's
            elif not infix and self._is_context_at(p):
                out.append(Cand(p - 1, end, "kexie", name=self.text[p - 1:end], context=(self.text[p - 1], "科协")))
            elif not infix and (words := self._host_words_before(p)):
                out.append(Cand(p - len(words), end, "kexie", name=self.text[p - len(words):end], host_words=words))
        return out

    def _cuts_a_word(self, start: int, q: int) -> bool:
        """Whether a two-character region name (任县, one character and its level) starts inside a word that ends
        the text before a name (担任, 兼任): 不再担任县科协主席 names the item's own county, not 河北's 任县."""
        return q - start == 2 and self._boundary_ends_at(start + 1)

    def _china_kexie_unit(self, start: int, end: int) -> Cand | None:
        """中国科协企业创新服务中心: a 中心 directly under 中国科协 is a body of its own, answering to it (its
        departments, 中国科协科普部, are the 科协 itself)."""
        unit = _UNIT_AFTER.match(self.text, end)
        if unit is None or NOT_IN_NAME_RE.search(unit.group()) or any(
            self.text.startswith(BOUNDARY_TUPLE, j) for j in range(end, unit.end(1))
        ):
            return None
        key = "中国科协" + unit.group()
        return Cand(start, unit.end(), "qita", key, self.text[start:unit.end()], parent=CHINA_KEXIE)

    def _city_zone_kexie(self, q: int, end: int) -> Cand | None:
        """The 科协 of a development zone named by its city (绵阳高新区, 宜宾三江新区, 德阳经开区) or by its district
        or county (万州经开区, 璧山高新区: 重庆's usual form, a 产业功能区科协) ending at ``q``: keyed as the listed
        zones are (the unit's short name, zone), answering to that unit's 科协."""
        match = _ZONE_BEFORE.search(self.text, max(0, q - MAX_NAME), q)
        if match is None:
            return None
        suffix_start = match.start(1)
        start, _clean = self._scan_left(suffix_start)
        chain = self._region_chain(start, suffix_start)
        if not chain or NOT_IN_NAME_RE.search(self.text, start, q):
            return None
        code, name_start, region_end = chain[-1]
        level = depth(code)
        if level > 3 or (level == 3 and (region_end != suffix_start or match.group(1) not in _COUNTY_ZONE_KINDS)):
            return None  # a county's zone is named by the county and its kind alone (万州经开区), no other words
        name = self.text[region_end:suffix_start]  # 三江 of 宜宾三江新区
        if len(name) > 6:  # 天府国际空港 of 成都天府国际空港新区
            return None
        entry = self.regions.get(code)
        if level == 3:  # 万州经开区, 万州区经开区 → 万州; 忠县经开区 keeps its 县
            written = self.text[name_start:region_end]
            city = written[:-1] if len(written) > 2 and written[-1] in LEVEL_CHARS else written
        else:
            city = entry.name.removesuffix("市") if len(entry.name) > 2 else entry.name  # 绵阳市 → 绵阳, as 成都高新区
        zone = city + name + _ZONE_SHORT.get(match.group(1), match.group(1))
        key, short, parent = zone_kexie_names(zone, self.regions, code)
        return Cand(name_start, end, "kexie", key, self.text[name_start:end], short, code, parent, region_end=region_end)

    def _bare_zone_kexie(self, q: int, end: int, earlier: list[Cand]) -> Cand | None:
        """经开区科协, 高新区科协, 科学城科协 with no place before the zone's kind: the zone of that kind the text
        named before (its 科协, or the zone with its city), else the page's own zone (万盛经开区科协's account), else
        its city's (绵阳日报: 绵阳高新区)."""
        kind = next((k for k in (*CITY_ZONE_KINDS, "科学城") if self.text.endswith(k, 0, q)), None)
        start = q - len(kind) if kind else 0
        if kind is None or not (start == 0 or not is_cjk(self.text[start - 1]) or self._boundary_ends_at(start)):
            return None
        for cand in reversed(earlier if kind in CITY_ZONE_KINDS else []):  # 绵阳高新区科协 … 高新区科协
            if cand.kind == "kexie" and not cand.context and cand.key.endswith(kind + "科学技术协会"):
                return Cand(start, end, "kexie", cand.key, self.text[start:end], cand.short, cand.region, cand.parent)
        if named := self._zone_named_before(kind, start):
            key, short, parent, region = named  # 在成都高新区，高新区科协…: 成都高新区's, not the paper's city's
            # (西部（重庆）科学城管委会 … 科学城科协: 重庆高新区's)
            return Cand(start, end, "kexie", key, self.text[start:end], short, region, parent)
        zone = self._home_zone if self._home_zone and _zone_goes_by(self._home_zone, kind) else None
        if zone:
            key, short, parent = zone_kexie_names(zone, self.regions)
            return Cand(start, end, "kexie", key, self.text[start:end], short, zone_region(zone), parent)
        home = self._home[0] if self._home and self._home_zone is None else None
        if kind in CITY_ZONE_KINDS and home and depth(home) == 2 and not self._names_another_city(home, start):
            entry = self.regions.get(home)
            city = entry.name.removesuffix("市") if len(entry.name) > 2 else entry.name
            key, short, parent = zone_kexie_names(city + kind, self.regions, home)
            return Cand(start, end, "kexie", key, self.text[start:end], short, home, parent)
        return None

    def _zone_named_before(self, kind: str, start: int) -> tuple[str, str, str | None, str] | None:
        """(key, short name, parent key, region) of the 科协 of the zone of ``kind`` the text names with its city
        nearest before ``start``, without 科协 (在成都高新区，高新区科协…)."""
        k = self.text.rfind(kind, 0, start)
        while k >= 0:
            zone_end = k + len(kind)
            if zone := next((z for z in ZONES_LONGEST_FIRST if self.text.endswith(z, 0, zone_end)), None):
                return (*zone_kexie_names(zone, self.regions), zone_region(zone))
            if cand := self._city_zone_kexie(zone_end, zone_end):
                return cand.key, cand.short, cand.parent, cand.region
            k = self.text.rfind(kind, 0, k)
        return None

    def _names_another_city(self, home: str, before: int) -> bool:
        """Whether the text names a place of a city but ``home`` before ``before``: 市科协赴成都学习，高新区科协… on
        巴中日报 may be 成都's zone as well as the paper's city's."""
        spans = self.regions.find_spans(self.text[:before], province_hint=self.hint, context_codes=self.context_codes)
        return any(
            city != home for *_, code in spans for city in self.regions.lineage(code) if depth(city) == 2
        )

    def _town_ending_at(self, q: int) -> tuple[tuple[str, int], int] | None:
        """((district code, its start), the town's start) for 万州区龙沙镇 ending at ``q``: a town, 乡 or
        街道 named right after its district. A town named alone (螺髻山镇, after a clean boundary) is
        under the item's one county-level region, if it names exactly one: (that code, the town's start)."""
        match = _TOWN_BEFORE.search(self.text, max(0, q - 7), q)
        if match is None:
            return None
        suffix_start = q - len(match.group(2))
        for town_start in range(suffix_start - 2, max(match.start(), suffix_start - 4) - 1, -1):  # shortest first
            if self._opens_with_or_holds_a_boundary(town_start, suffix_start) or not _is_town_name(
                self.text[town_start:suffix_start]
            ):
                continue
            district = self._region_ending_at(town_start)
            if district and depth(district[0]) >= 3:
                return district, town_start
            core = self.text[town_start:suffix_start]
            if _holds_a_clause_word(core):
                return None  # 随着舟坝, 向东要求: a clause's words, the town (if any) named without them
            # a town named like a clause's word (打通镇, 丰收镇) only where it opens a clause (，打通镇科协作交流发言):
            # after other words it is their clause's (向东要求镇科协)
            opens_a_clause = town_start == 0 or not is_cjk(self.text[town_start - 1])
            after_a_word = self._boundary_ends_at(town_start) or _clause_word_ends(self.text, town_start)
            # 选举产生铜鼓镇科协 after 荣昌区铜鼓镇科协: the town the text named after its district, whatever word runs
            # into it here
            if named := self._named_after_its_district(town_start, q):
                return (named, town_start), town_start
            if (county := self._towns_county(town_start, self.text[town_start:q])) and (opens_a_clause or (after_a_word and core not in _clause_words())):
                return (county, town_start), town_start  # 。螺髻山镇, 联合观音桥街道, 随着舟坝镇: the whole name
        return None

    def _town_opening(self, start: int, p: int) -> list[tuple[str, int, int]]:
        """[(its county, ``start``, ``start``)] where a town's name alone opens the words from ``start`` to ``p``
        (先锋镇花椒 of 先锋镇花椒专业技术协会), as a region chain of its county: the district the text named it after
        before, else the item's county (in a story of 江津区); else []."""
        town = _TOWN_OPENING.match(self.text, start, p)
        if town is None or not _is_town_name(core := town.group(1)) or _holds_a_clause_word(core):
            return []  # 服务先锋镇: a verb's clause, no town's name
        county = self._named_after_its_district(start, town.end()) or self._towns_county(start, town.group())  # 开州区长沙镇 before
        return [(county, start, start)] if county else []

    def _towns_county(self, at: int, town: str) -> str | None:
        """The county ``town`` named alone at ``at`` lies under: of the item's several, the one its people travel to
        if that is the county named nearest before the town (赴江津区学习，走进先锋镇…: 江津区's, never the visitors'),
        else the item's one (``_county``), else the one that is no mere place its people travel to (射洪市科协召开推进会
        …太和街道科协…会后赴潼南区考察: 射洪市's), else the one of the sentence that first names the town."""
        if len(self._counties) > 1 and (visited := self._visited_county_before(at)):
            return visited
        if self._county is None and len(self._counties) > 1:
            stays = self._counties - self._destinations
            return next(iter(stays)) if len(stays) == 1 else self._county_introducing(town)
        return self._county

    def _county_introducing(self, town: str) -> str | None:
        """The one county named in the sentence before the text first names ``town`` (江津区科协组织专家到先锋镇…:
        江津区's, though 永川区科协 and 綦江区科协 come to watch later), else None (普格县科协、布拖县科协联合螺髻山镇科协)."""
        first = self.text.find(town)
        opens = max(self.text.rfind(end, 0, first) for end in "。！？；\n") + 1
        spans = self.regions.find_spans(self.text[opens:first], province_hint=self.hint, context_codes=self.context_codes)
        counties = {code for *_, code in spans if depth(code) == 3}
        return next(iter(counties)) if len(counties) == 1 else None

    def _visited_county_before(self, at: int) -> str | None:
        """The county named nearest before ``at``, if the text names it only as a place travelled to (赴江津区)."""
        self._places()  # (sets ``_destinations``)
        spans = self.regions.find_spans(self.text[:at], province_hint=self.hint, context_codes=self.context_codes)
        counties = [(start, code) for start, _end, code in spans if depth(code) == 3]
        nearest = max(counties)[1] if counties else None
        return nearest if nearest in self._destinations else None

    def _named_after_its_district(self, town_start: int, q: int) -> str | None:
        """The district code where the text named the town ``text[town_start:q]`` before, right after its district
        (荣昌区铜鼓镇), else None."""
        town = self.text[town_start:q]
        k = self.text.find(town, 0, town_start)
        while k >= 0:
            if (district := self._region_ending_at(k)) and depth(district[0]) >= 3:
                return district[0]
            k = self.text.find(town, k + 1, town_start)
        return None

    def _bare_town_kexie(self, q: int, end: int) -> Cand | None:
        """镇科协 (乡科协, 街道科协) standing alone, ending at ``q``: opening a clause, the 科协 of the town the text
        named nearest before it (在巫溪县尖山镇花台村…，镇科协组织); after a verb, of the town whose 科协 it named
        (要求镇科协 after 万州区长岭镇科协), for there it is as often every town's (在龙水镇召开…，要求实现镇科协全覆盖)."""
        suffix = next((s for s in ("街道", "镇", "乡") if self.text.endswith(s, 0, q)), None)
        start = q - len(suffix or "")
        opens_a_clause = start == 0 or not is_cjk(self.text[start - 1])
        if suffix is None or not (opens_a_clause or self._boundary_ends_at(start)
                                  or _clause_word_ends(self.text, start)):
            return None
        k = self.text.rfind(suffix, 0, start)
        while k >= 0:
            if (town := self._town_ending_at(k + len(suffix))) and (
                opens_a_clause or self.text.startswith(KEXIE_NAMES, k + len(suffix))
            ):
                (code, _district_start), town_start = town
                return self._kexie_cand(code, start, end, self.text[town_start : k + len(suffix)], -1)
            k = self.text.rfind(suffix, 0, k)
        return None

    def _host_ending_at(self, q: int) -> Cand | None:
        """The university, institute, hospital or company whose name ends at ``q`` (its 科协 follows): by its
        name's suffix (重庆邮电大学, 攀钢集团), else a known body of such a kind (川农大)."""
        for suffix in _HOST_SUFFIXES:
            if self.text.endswith(suffix, 0, q):
                kind, needs_region, scoped, _ = SUFFIXES[suffix]
                return self._named(q - len(suffix), q, suffix, kind, needs_region, scoped)
        if self.text.endswith(GROUP, 0, q) and self.text[(start := self._scan_left(q - len(GROUP))[0])] not in NOT_CONTEXT:
            if _ORDINAL.match(self.text, start, q):
                return None  # 第三届集团科协: the group's 科协 of its third term, no group's name
            return self._named(q - len(GROUP), q, GROUP, "qiye", False, False)  # not 各集团, 全市企业集团
        known = [(start, key) for start, end, key in self._known_spans
                 if end == q and self.gaz.entries[key].kind in _HOST_KINDS]
        if known:
            start, key = min(known)  # the longest name
            entry = self.gaz.entries[key]
            return Cand(start, q, entry.kind, key, self.text[start:q], region=entry.region_code, known=True)
        return None

    def _host_words_before(self, p: int) -> str:
        """The words between a clean boundary and the 科协 at ``p`` (攀钢 of 。攀钢科协), that may be a short
        name of a host the text names in full."""
        start, clean = self._scan_left(p)
        words = self.text[start:p]
        return words if clean and 2 <= len(words) <= 8 and words[0] not in NOT_CONTEXT else ""

    def _resolve_short_hosts(self, cands: list[Cand]) -> list[Cand]:
        """Give 攀钢科协 and 长安汽车科协 the 科协 of the company the text names in full (攀钢集团科协,
        重庆长安汽车股份有限公司): its short name is how its name starts after its region. Without such a
        company nothing tells the words are a body's, and the candidate is dropped."""
        hosts = [*self._hosts, *(c for c in cands if c.kind == "qiye" and c.key)]
        out, goes_by = [], {}
        for cand in cands:
            if cand.host_words:
                if (cand := self._short_host_kexie(cand, hosts)) and cand.name != GROUP + "科协":
                    goes_by.setdefault(cand.key, cand.name)  # (集团科协 is what any group's is called)
            elif self._named_by_a_group(cand) and (host := next(
                (h for h in hosts if _is_the_group(h, cand.name.removesuffix("科协"), self.text)), None
            )):
                whole = self._host_kexie(host, cand.end)  # 东方电气集团科协: 中国东方电气集团有限公司's
                whole.start, whole.name = cand.start, cand.name
                cand = whole
                goes_by.setdefault(cand.key, cand.name)
            if cand:
                out.append(cand)
        for cand in out:  # the 科协 goes by the name the text gives it (长安汽车科协), not its company's whole name
            if cand.kind == "kexie" and cand.key in goes_by:
                cand.short = goes_by[cand.key]
        return out

    def _named_by_a_group(self, cand: Cand) -> bool:
        """Whether ``cand`` is a 科协 found by its group's name alone (东方电气集团科协), no company the list knows."""
        return cand.kind == "kexie" and not cand.known and cand.name.endswith(GROUP + "科协") and (
            cand.key == cand.name.removesuffix("科协") + "科学技术协会"
        )

    def _short_host_kexie(self, cand: Cand, hosts: list[Cand]) -> Cand | None:
        """The 科协 of the host whose short name ends ``cand``'s words: all of them, or 4+ of their last."""
        words = cand.host_words
        if (term := _ORDINAL.match(words)) and words[term.end() :] == GROUP:
            return self._the_groups_kexie(cand, term.end(), hosts)
        for k in range(len(words), 1, -1):
            short = words[-k:]
            if (k < len(words) and k < 4) or self._is_name(short):
                continue
            host = next((h for h in hosts if _goes_by(h, short, self.text)), None)
            if host:
                kexie = self._host_kexie(host, cand.end)  # a new candidate, spanning the short name
                kexie.start = cand.start + len(words) - k
                kexie.name = self.text[kexie.start : cand.end]
                return kexie
        return None

    def _the_groups_kexie(self, cand: Cand, group_start: int, hosts: list[Cand]) -> Cand | None:
        """新一届集团科协 (集团科协 after a term): the 科协 of the one group company the text names (攀钢集团有限公司),
        else none."""
        groups = {host.key: host for host in hosts if host.kind == "qiye" and GROUP in host.key}
        if len(groups) != 1:
            return None
        kexie = self._host_kexie(next(iter(groups.values())), cand.end)
        kexie.start = cand.start + group_start
        kexie.name = self.text[kexie.start : cand.end]
        return kexie

    def _known_host_ending_at(self, q: int) -> Cand | None:
        """The known university, institute or company whose name or short form ends at ``q`` (西大科协, 攀钢科协)."""
        for start, end, key in self.gaz.matches(self.text[max(0, q - MAX_NAME) : q]):
            start, end = start + max(0, q - MAX_NAME), end + max(0, q - MAX_NAME)
            entry = self.gaz.entries[key]
            if end == q and entry.kind in _HOST_KINDS and self._stands_alone(start, end):
                return Cand(start, end, entry.kind, key, self.text[start:end], region=entry.region_code, known=True)
        return None

    def _host_kexie(self, host: Cand, end: int) -> Cand:
        """A 高校科协, 医院科协 or 企业科协, named by its host; a university's answers to its province's 科协,
        a hospital's or a company's to the 科协 of the region its name gives (凉山州第一人民医院科协 → 凉山州科协). A
        host the gazetteer knows has its region from there (西南大学 names no place); another that no name places
        lies nowhere the text proves (复旦大学科协 in a 四川 paper is no 四川 university's)."""
        region = host.region
        if region is None and (entry := self.gaz.get(host.key)):
            region = entry.region_code
        parent = None
        if host.kind == "gaoxiao" and region:
            parent = kexie_names(region[:2] + "0000", self.regions)[0]
        elif host.kind in ("yiyuan", "qiye") and region:
            parent = kexie_names(region, self.regions)[0]  # 企业科协 sit under their region's 科协 (DOMAIN)
        return Cand(host.start, end, "kexie", host.key + "科学技术协会", self.text[host.start:end],
                     host.key + "科协", region, parent)

    def _kexie_cand(self, code: str, start: int, end: int, infix: str, region_end: int) -> Cand:
        key, short, parent = kexie_names(code, self.regions)
        if infix:
            parent = key
            key = key.removesuffix("科学技术协会") + infix + "科学技术协会"
            short = short.removesuffix("科协") + infix + "科协"
        return Cand(start, end, "kexie", key, self.text[start:end], short, code, parent, region_end=region_end)


def _is_town_name(core: str) -> bool:
    """Whether 螺髻山 (before 镇/乡/街道) can be a town's own name: not a generic word (乡镇, 江北区各街道,
    该镇) nor the end of another body's name (荣昌区科协和该镇)."""
    return not (
        core[0] in NOT_CONTEXT or core[-1] in _NOT_TOWN_END or "科协" in core
        or any(ch in _NOT_IN_TOWN for ch in core)
    )


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """The frequent verbs, prepositions, conjunctions and adverbs of jieba's dictionary, of two to four characters
    (read as a word list; empty without jieba)."""
    try:
        import jieba
    except ImportError:  # pragma: no cover
        return frozenset()
    words = set()
    with jieba.get_dict_file() as f:
        for raw in f:
            parts = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).split()
            if (len(parts) >= 3 and 2 <= len(parts[0]) <= 4 and parts[2] in _CLAUSE_TAGS
                    and int(parts[1]) >= _CLAUSE_WORD_MIN_FREQ):
                words.add(parts[0])
    return frozenset(words)


def _clause_word_ends(text: str, i: int) -> bool:
    """Whether a clause's word ends at ``i`` (随着 of 随着舟坝镇): a town's name may start after it."""
    return any(text[max(0, i - k) : i] in _clause_words() for k in (2, 3, 4))


def _holds_a_clause_word(core: str) -> bool:
    """Whether a town's supposed name opens or ends with a clause's word and more (随着舟坝, 东要求); a town may be
    named like one (打通镇, 丰收镇, 前进镇)."""
    words = _clause_words()
    return any(core[:k] in words or core[-k:] in words for k in (2, 3, 4) if k < len(core))


def _zone_goes_by(zone: str, kind: str) -> bool:
    """Whether a listed zone's name, or another of its names, ends with ``kind`` (重庆高新区 is 西部(重庆)科学城)."""
    return any(name.endswith(kind) for name in (zone, *(other for other, same in SAME_ZONE.items() if same == zone)))


def _goes_by(host: Cand, short: str, text: str) -> bool:
    """Whether ``short`` is how ``host``'s name starts after its region or 中国, shorter than it (攀钢 of 攀钢集团,
    东方电气集团 of 中国东方电气集团有限公司)."""
    own = text[max(host.start, host.region_end) : host.end]
    own = own.removeprefix("中国") if own.startswith("中国") and not short.startswith("中国") else own
    return (own.startswith(short) and len(own) >= len(short) + 2) or _abbreviates_university(short, host, text)


def _is_the_group(host: Cand, group: str, text: str) -> bool:
    """Whether ``host`` is the company of the group named ``group``: its name, after its region or 中国, is the
    group's and a company's form alone (中国东方电气集团有限公司 of 东方电气集团; 东方电气集团东方汽轮机有限公司 is
    one of its subsidiaries, whose 科协 is another)."""
    names = {text[host.start : host.end], text[max(host.start, host.region_end) : host.end]}
    return any(name.removeprefix("中国") == group + form for name in names for form in _COMPANY_FORMS)


def _abbreviates_university(short: str, host: Cand, text: str) -> bool:
    """Whether ``short`` is how papers abbreviate ``host``, a university: some of its name's characters in order, up
    to the 大 of 大学 (西华师大 of 西华师范大学, 川师大 of 四川师范大学)."""
    name = text[host.start : host.end]
    if host.kind != "gaoxiao" or not name.endswith("大学") or not short.endswith("大") or len(short) < 3:
        return False
    rest = iter(name)
    return len(name) >= len(short) + 2 and all(ch in rest for ch in short)
