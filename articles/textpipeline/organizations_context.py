"""Context forms and one key per body: 市科协, 省科协, 区农学会, 市教委 resolved by the nearest earlier body
or region of that level, the item's regions (but the page's home over a unit of its own lineage), then
the page's home (a hospital or an institute, 县人民医院, only where the text names one unit it may be); and a
body named by its region
keyed alike however the region is written (凉山州营养学会, 州营养学会, 凉山彝族自治州营养学会).

``ContextForms`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``regions``,
``hint``, ``context_codes``, ``_home``, ``_found_places``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .organizations_bounds import Cand
from .organizations_suffix import LONG_FORMS, SOCIETY_KINDS
from .orgnames import FULL_SUFFIXES, KEXIE_NAMES, Regions, depth, kexie_names, short_key
from .regions_home import BOTH_HOME, CHUANYU  # 重庆, 四川: bare short place names are trusted only here

# Bodies named "<region><what it is>" (a society, a department, a venue), whose region may be written several ways
_REGION_NAMED_KINDS = (*SOCIETY_KINDS, "nongjixie", "zhengfu", "renda", "qita", "yiyuan", "keyan")
# Kinds whose printed name may only open with a place (重庆医科大学附属第一医院, 大足石刻研究院 are no region's):
# only a context form (州人民医院) is surely named by its region, and goes by the region's other names
_PLACE_NAMED_KINDS = ("yiyuan", "keyan")


class ContextForms:
    """The body each context form means, and one key per body (see ``organizations._Finder.run``)."""

    def _resolve_context(self, cands: list[Cand]) -> None:
        """Give 市科协-style candidates the body they mean, or drop them (empty key)."""
        for i, cand in enumerate(cands):
            if not cand.context:
                continue
            level, suffix = cand.context
            # a hospital or an institute is only guessed where the text names one unit of its level (县人民医院 on a
            # page of two counties is either's)
            code = self._context_region(level, suffix, cand.start, cands[:i], only_one=cand.kind in _PLACE_NAMED_KINDS)
            if not code:
                continue
            if cand.kind == "kexie":
                cand.key, cand.short, cand.parent = kexie_names(code, self.regions)
            elif suffix in FULL_SUFFIXES:  # 市老科协 in an article about 攀枝花
                region = _region_name(code, self.regions)
                cand.key, cand.short = region + FULL_SUFFIXES[suffix], region + suffix
            else:
                cand.key = short_key(_region_name(code, self.regions) + suffix)
            cand.region = code

    def _one_key_per_body(self, cands: list[Cand]) -> None:
        """One key for a body named by its region however the region is written (凉山州营养学会, 州营养学会 and
        凉山彝族自治州营养学会; 重庆营养学会 and 重庆市营养学会): the key of its first name as printed, else of
        its context form. Keys stay as printed, so a record made under one of them keeps its name."""
        first: dict[tuple[str, str], str] = {}
        named_first: dict[str, Cand] = {}  # the candidate that first named each key
        for cand in sorted(cands, key=lambda c: c.context is not None):  # stable: a printed name, in text order
            if body := self._body(cand):
                if (cand.region, body) not in first and cand.kind in _SHORTENED_KINDS and (full := next(
                    (key for (region, named), key in first.items()
                     if region == cand.region and self._shortens(body, named, named_first[key], cand)),
                    None,
                )):
                    # 市植保学会: 德阳市植物保护学会, as 德阳市植保学会; 州农科院: 凉山州农业科学研究院, as 凉山州农科院
                    cand.short = cand.key if cand.kind in SOCIETY_KINDS else cand.short or cand.name
                    first[cand.region, body] = full
                cand.key = first.setdefault((cand.region, body), cand.key)
                named_first.setdefault(cand.key, cand)

    def _shortens(self, short: str, full: str, full_cand: Cand, short_cand: Cand) -> bool:
        """Whether the society named ``short`` is the one named ``full`` before: an abbreviation as papers make
        them, or the name without a generic closing word after the full one, unless the two are named side by side
        (重庆市农业工程学会、市农业学会 are two bodies, as 中国农学会 and 中国农业工程学会 are)."""
        if _abbreviates(short, full):
            return True
        if _academy_short_form(short, full):  # 州农科院 after 州农业科学研究院: printed short, named before
            return full_cand.start < short_cand.start and not short_cand.name.endswith(short)
        return _drops_closing_word(short, full) and full_cand.start < short_cand.start and not (
            self._named_side_by_side(full_cand, short_cand)
        )

    def _named_side_by_side(self, one: Cand, other: Cand) -> bool:
        """Whether two names are joined in one sentence as a list joins bodies (重庆市农业工程学会、市农业学会)."""
        earlier, later = sorted((one, other), key=lambda cand: cand.start)
        between = self.text[earlier.end : later.start]
        return not _SENTENCE_END.search(between) and self.text.endswith(_LIST_JOINTS, 0, later.start)

    def _body(self, cand: Cand) -> str:
        """What follows the region in the name of a body named by its region (营养学会 of 凉山州营养学会, 老科学技术
        工作者协会 of 市老科协), or "" for other bodies (重庆大学 is no 重庆's 大学)."""
        if cand.known or not cand.key or not cand.region or cand.kind not in _REGION_NAMED_KINDS:
            return ""
        if cand.context:
            return _full_name(cand.context[1])
        return _full_name(self.text[cand.region_end : cand.end]) if cand.region_end >= 0 else ""

    def _other_names(self, cand: Cand) -> tuple[str, ...]:
        """The body's name with its region written the other customary ways: by the official name, the short one
        (凉山州, 彭水县) and, for a province's society, the bare name (重庆土壤学会). A record made under any of
        them, on this page or an earlier one, is found by them."""
        body = self._body(cand)
        if not body or (cand.kind in _PLACE_NAMED_KINDS and not cand.context):
            return ()
        official, short, _parent = kexie_names(cand.region, self.regions)
        regions = [official.removesuffix("科学技术协会"), short.removesuffix("科协")]
        if depth(cand.region) == 1 and cand.kind in SOCIETY_KINDS:
            regions.append(_region_name(cand.region, self.regions)[:-1])  # 重庆市 → 重庆
        return tuple(name for name in dict.fromkeys(region + body for region in regions) if name != cand.key)

    def _places(self) -> list[tuple[int, str]]:
        """(end, adcode) of the region names in the text but those a body travels to (赴成都考察: the 市科协
        that goes there is another city's) and a venue outside the home's province (a 重庆 paper's 在成都签署…
        市科协 is 重庆's); looked for only when a context form needs them."""
        if self._found_places is None:
            found = self.regions.find_spans(self.text, province_hint=self.hint, context_codes=self.context_codes)
            self._found_places = [
                (end, code)
                for start, end, code in found
                if not (self.text.endswith(_TRAVEL, 0, start) or self._venue_elsewhere(start, code))
            ]
            self._destinations = {code for _, _, code in found} - {code for _, code in self._found_places}
        return self._found_places

    def _venue_elsewhere(self, start: int, code: str) -> bool:
        """Whether a place after 在 (在成都签署协议) lies outside the province of the page's home, in a story of the
        home's province: where a meeting was held. A story of the other province (a 重庆 paper's 全市科普工作会在
        德阳召开, signed 德阳市科协) is that place's own: its 市科协 is the place's; so is a home of no city (a 四川
        paper's 全市科协系统工作会在重庆召开: 市科协 is 重庆's, there is none else to mean)."""
        return (
            bool(self._home)
            and self.hint == self._home[-1]
            and self.regions.get(self._home[0]).name.endswith("市")  # a 四川 paper's 在重庆召开: no other 市 to mean
            and self.text.endswith(_VENUE, 0, start)
            and self.regions.lineage(code)[-1] != self._home[-1]
        )

    def _units_the_item_lies_in(self, lies_in) -> set[str]:
        """The units of a context form's level the places the item names lie in (荣昌区 lies in 重庆市)."""
        return {unit for code in self.context_codes if code not in self._destinations and (unit := lies_in(code))}

    def _context_region(self, level, suffix, pos, earlier, only_one=False) -> str | None:
        """The unit of ``level`` a context form at ``pos`` means: the one named nearest before it, else the page's
        home; with ``only_one``, None where the text names two or more units it could mean."""

        def named(code):
            entry = self.regions.get(code)
            return code if entry and entry.name.endswith(level) and code[:2] in CHUANYU else None

        def lies_in(code):  # 市科协 on a page about 涪城区: 绵阳市, the city the district lies in
            return next((unit for unit in self.regions.lineage(code) if named(unit)), None)

        def formerly(code):  # 县农业局 after 大足县科协 on a page of 2006: 大足区, a 县 until 2011
            entry = self.regions.get(code)
            former = entry and entry.name[:-1] + level in entry.aliases and not entry.name.endswith(level)
            return code if former and depth(code) == 3 and code[:2] in CHUANYU else None

        def or_home(code, above_home=True):  # 绵阳日报's 市科协 in a story of 江油市 (a city in 绵阳), 都江堰融媒's beside 成都市
            lineage = self.regions.lineage(code)
            above = above_home and code in self.regions.lineage(home or "")
            return home if home and (home in lineage or above) else code

        # A unit of the form's level the text names first; only then one a named unit lies in; last one that bore
        # a name of that level (大足县, now 大足区)
        kind_ends = KEXIE_NAMES if suffix == "科协" else (suffix,)  # a 科协's key is its full name

        def units(fits):  # the units the text names that the form may mean, the likeliest first
            for cand in reversed(earlier):  # the same kind of body named just before
                if cand.region and cand.key.endswith(kind_ends) and (code := fits(cand.region)):
                    yield code
            # a body's region (江油市科协 联合市农业农村局), or a place named before (a city in the home's: the home;
            # but the home's own city stays: 都江堰融媒's 成都市第37届…大赛由市科协主办 is 成都's)
            before = [(end, code, True) for end, code in self._places() if end <= pos]
            before += [(c.region_end, c.region, False) for c in earlier if c.region and c.region_end >= 0]
            for _end, code, place in sorted(before, key=lambda named_at: (named_at[0], not named_at[2]), reverse=True):
                if unit := fits(code):
                    yield or_home(unit, above_home=False) if place else unit
            in_item = list(dict.fromkeys(
                unit for code in self.context_codes if code not in self._destinations and (unit := fits(code))
            ))
            if len(in_item) == 1 and fits is named and len(self._units_the_item_lies_in(lies_in)) > 1:
                return  # 市中医药学会 in a story of 荣昌区 and 内江市: 重庆市 is named too, by its district
            if len(in_item) == 1 or only_one:  # one the item names elsewhere, unless it is the home's city or lies in it
                yield from map(or_home, in_item)

        home = next((unit for unit in self._home if named(unit)), None)
        for fits in (named, lies_in, formerly):
            # the likeliest unit (and with ``only_one`` whether there is another), taken lazily: the search of
            # the whole text for places (``_places``) runs only when no body named before answers
            if found := _first_distinct(units(fits), 2 if only_one else 1):
                return None if len(found) > 1 else found[0]
        return home or self._partner_province(level, named)

    def _partner_province(self, level: str, named) -> str | None:
        """省中医药学会 in a 重庆 paper's 川渝 story: 重庆 is no 省, so the 省 meant is the other of the pair, 四川."""
        if level != "省" or not self._home or not any(word in self.text for word in BOTH_HOME):
            return None
        home_province = self._home[-1][:2]
        return next((code for p in CHUANYU if p != home_province and (code := named(p + "0000"))), None)


# What a place a body travels to follows: 赴成都考察, 前往德阳学习
_TRAVEL = ("赴", "前往")
# What a venue follows: 在成都签署
_VENUE = "在"


def _first_distinct(items: Iterable[str], count: int) -> list[str]:
    """The first ``count`` distinct items, taking no more of ``items`` than it needs."""
    found: list[str] = []
    for item in items:
        if item not in found:
            found.append(item)
            if len(found) == count:
                break
    return found


# Kinds whose short forms may name a body named in full before (市植保学会 of 德阳市植物保护学会, 州农科院 of
# 凉山州农业科学研究院)
_SHORTENED_KINDS = (*SOCIETY_KINDS, "keyan")
_RESEARCH_ACADEMY = "科学研究院"
# How a society's name ends after its discipline
_SOCIETY_ENDINGS = ("研究会", "学会", "协会")
# Generic words closing a discipline that papers drop from a society's name (市机械学会 of 重庆市机械工程学会)
_DROPPED_CLOSING_WORDS = ("工程", "科学技术")


def _abbreviates(short: str, full: str) -> bool:
    """Whether a society's name abbreviates its discipline as papers do, the first character of each word (植保学会,
    土肥学会, 农机学会 of 植物保护学会, 土壤肥料学会, 农业机械学会): the same ending, the short discipline's characters
    in order among the openings of the full one's two-character words, at most half as long, and no word of it whole
    at its start (植物学会 is a society of its own beside 植物保护学会, 中医学会 beside 中医药学会; 地理学会 and 生理学会
    beside 地球物理学会 and 生物物理学会, whose 理 closes a word)."""
    ending = next((e for e in _SOCIETY_ENDINGS if short.endswith(e)), None)
    if ending is None or not full.endswith(ending):
        return False
    abbreviated, discipline = short[: -len(ending)], full[: -len(ending)]
    if len(abbreviated) < 2 or 2 * len(abbreviated) > len(discipline) or discipline.startswith(abbreviated):
        return False
    word_openings = iter(discipline[::2])
    return abbreviated[0] == discipline[0] and all(ch in word_openings for ch in abbreviated)


def _drops_closing_word(short: str, full: str) -> bool:
    """Whether a society's name drops a generic word closing its discipline (机械学会 of 机械工程学会)."""
    ending = next((e for e in _SOCIETY_ENDINGS if short.endswith(e)), None)
    if ending is None or not full.endswith(ending) or len(short) < len(ending) + 2:
        return False
    return full[: -len(ending)] in (short[: -len(ending)] + word for word in _DROPPED_CLOSING_WORDS)


def _academy_short_form(short: str, full: str) -> bool:
    """Whether an academy's name as its short form expands (农业科学院 of 农科院) may be that of the 科学研究院 named
    before: 农科院 is the usual short form of both 农业科学院 and 农业科学研究院 (凉山州农业科学研究院 = 凉山州农科院)."""
    return full.endswith(_RESEARCH_ACADEMY) and short == full[: -len(_RESEARCH_ACADEMY)] + "科学院"


# What joins the names of bodies in a list (重庆市农业工程学会、市农业学会), and what ends a sentence
_LIST_JOINTS = ("、", "和", "与", "及", "暨", "同")
_SENTENCE_END = re.compile("[。！？；!?;\n]")


def _full_name(name: str) -> str:
    """老科协 and 老科技工作者协会 at the end of a name in the form its record has (老科学技术工作者协会)."""
    for written, full in (*FULL_SUFFIXES.items(), *LONG_FORMS.items()):
        if name.endswith(written) and not name.endswith(full):  # (人民政府 ends in 政府 already)
            return name[: -len(written)] + full
    return name


def _region_name(code: str, regions: Regions) -> str:
    return regions.get(code).name
