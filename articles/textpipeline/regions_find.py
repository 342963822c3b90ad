"""Finding region names in text: all hits in one Aho–Corasick pass, the hits a name's context rules
out, the choice of a unit for each in the context of the others until that context is stable, and
the passes after it (units listed with a 、, former 地区 names, towns of other counties).

``RegionFinder`` is mixed into ``regions.RegionGazetteer`` and uses its table, its lookups
(``_support``, ``_best``), its context rules (``regions_context.PlaceContext``) and its home rules
(``regions_home.HomePlace``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .orgnames import SUFFIXES
from .regions_context import _dictionary_words
from .regions_home import BOTH_HOME
from .regions_names import AREA, LEVEL_CHARS, Candidate, non_overlapping, to_simplified
from .regions_not_places import (
    BODY_ENDS,
    CAMPUS,
    COMMUNITY,
    EVENT_AFTER_NAME,
    HOME_TOWN_OF,
    JOINT_VENTURE_AFTER,
    JOINT_VENTURE_PARTNERS,
    NAME_GOES_ON,
    PARTS_OF_TOWN,
    PEOPLE_NAMED_AS_COUNTIES,
    PLACE_IN_NAME,
    RIVER_ENDS,
    STANDARD_TIME,
    TOWN_AFTER_SHORT_NAME,
    TOWN_NAME_AFTER_COUNTY,
    is_given_name,
)

# What may follow a bare short name to make it a place for sure: 丰都科协, 荣昌籍.
# What may follow the last name of a list of units: 江北、南岸两区, 秀山、酉阳等地, 石柱、彭水三县.
_LIST_COUNT = re.compile(r"(?:[两二三四五六七八九十几多]个?|等)(?:区县|区|县|市|地|州)")
# Verbs a list of places follows (足迹遍布万州、开州等区县): its first name stands after one of them
_LIST_OPENERS = ("遍布", "覆盖", "涉及", "包括", "辐射", "走遍", "分布在", "来自", "涵盖")
# A branch named by its place (南充分中心, 重庆分公司): the name is that place for sure, even glued to the name
# of the body it is a branch of (国家重点实验室南充分中心)
_BRANCH_NEXT = ("分中心", "分院", "分公司", "分行", "分校")
_BRANCH_OF = (*BODY_ENDS, "实验室", "研究院", "研究所", "集团", "银行")
_STRONG_NEXT = ("科协", "科学技术协会", "籍", "境内", "两地", "辖区")
# The name forms of bodies (学会, 协进会, 研究会): a name whose first character closes one is that body's
# name's tail, not a place (澳门科技协进会理事长 holds no 会理)
_BODY_SUFFIXES = tuple(suffix for suffix in SUFFIXES if len(suffix) >= 2)


# 四川省江津县（今重庆市江津区）: the place as it was named, then what it is now called
_NOW_NAMED = re.compile(r"[（(](?:今|现)")
# A unit's name the gazetteer may not hold (江津县, renamed 江津区): one to four characters and its level, last
_UNLISTED_UNIT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:县|市|区|州|镇|乡)")


def _without_former_names(chosen: list[tuple[int, int, str, str]], simple: str) -> list[tuple[int, int, str, str]]:
    """Drop the names written right before （今…）: 四川省江津县（今重庆市江津区） is the place of today's name
    only (四川省 was its province then, not a place of the story)."""
    by_end = {match[1]: match for match in chosen}
    former = set()
    for note in _NOW_NAMED.finditer(simple):
        end = note.start()
        if end not in by_end:  # 江津县 of 四川省江津县: the county by a name the gazetteer lacks, under its province
            end = next((at for at in range(end - 2, end - 6, -1) if at in by_end
                        and _UNLISTED_UNIT.fullmatch(simple, at, note.start())), end)
        while (match := by_end.get(end)) is not None:
            former.add(match)
            end = match[0]
    return [match for match in chosen if match not in former]


@dataclass(frozen=True)
class RegionMatch:
    adcode: str
    surface: str  # as written in the original text
    start: int
    end: int


class RegionFinder:
    """The gazetteer's search of a text for region names."""

    # -- finding in text ------------------------------------------------------

    def _raw_matches(self, simple: str) -> list[tuple[int, int, str]]:
        """All (start, end, surface) hits, overlapping ones included, in order of their end.

        The automaton runs over the UTF-8 bytes (seen as Latin-1 characters):
        far faster than over characters, where the root node has a thousand
        children. Byte offsets are turned back into character offsets as we go.
        """
        if not self._surfaces:  # no regions known: an empty automaton cannot be searched
            return []
        data = simple.encode("utf-8")
        out = []
        byte_pos = char_pos = 0
        for end_byte, surface in self._automaton.iter(data.decode("latin-1")):
            end_byte += 1
            char_pos += len(data[byte_pos:end_byte].decode("utf-8"))
            byte_pos = end_byte
            out.append((char_pos - len(surface), char_pos, surface))
        return out

    def find(
        self, text: str, *, province_hint: str | None = None, context_codes: Sequence[str] = ()
    ) -> list[RegionMatch]:
        """Return the region names in ``text``, resolved in context, in text order."""
        return [
            RegionMatch(code, text[start:end], start, end)
            for start, end, code in self.find_spans(text, province_hint=province_hint, context_codes=context_codes)
        ]

    def find_spans(
        self,
        text: str,
        *,
        province_hint: str | None = None,
        context_codes: Sequence[str] = (),
        home_codes: Sequence[str] = (),
    ) -> list[tuple[int, int, str]]:
        """``find()`` as (start, end, adcode) tuples, for callers that need no RegionMatch objects.

        ``home_codes`` (the place the paper is named for) only chooses among namesakes the text names
        (内江日报's 市中区 is 内江's) and places towns: it makes no ordinary word a name of its counties
        (广安日报's 冲在前锋 is no 前锋区, 遂宁日报's 大英博物馆 no 大英县), as a place the text names does."""
        if text.isascii():
            return []
        simple = to_simplified(text)
        raw = self._raw_matches(simple)
        if not raw:
            return []
        # Official names and names of provinces and prefectures anchor the units below them written
        # right after: 重庆开州, 成都彭州市, 凉山州布拖县 (but 康定市新都桥镇 is a town, see _valid).
        anchors: dict[int, frozenset[str]] = {}  # end → the units the anchoring names ending there may be
        for _, end, surface in raw:
            if self._anchor[surface]:
                anchors[end] = anchors.get(end, frozenset()) | {c.adcode for c in self._surfaces[surface]}
        anchor_ends = set(anchors)
        # where a town's parts are listed → where the list starts (an anchor there speaks for them all)
        parts_of_town = {at: match.start() for match in PARTS_OF_TOWN.finditer(simple) for at in range(*match.span())}
        fixed = []  # (start, end, surface, code) that need no context
        pending: dict[tuple, list[tuple[int, int]]] = {}  # (surface, features) → spans: they resolve alike
        n = len(simple)
        for start, end, surface in raw:
            if start and start not in anchor_ends and self._ends_in_word(simple, start, surface):
                continue  # 沿海城市: 海 belongs to 沿海
            if self._level_opens_pair(simple, end, surface):
                continue  # 新建区县科技馆: 新建 (build new) the 区县's museums, not 新建区
            if surface[-1] not in LEVEL_CHARS and simple.endswith(_BODY_SUFFIXES, 0, start + 1):
                continue  # 协进会理事长 (会理): the body's name ends on the name's first character
            if simple.startswith(STANDARD_TIME, start):
                continue  # （北京时间）: the clock a deadline is set by, not the city
            code = self._fixed.get(surface)
            if code is not None:
                if not self._word_between_bodies(simple, start, end, surface, anchor_ends):
                    fixed.append((start, end, surface, code))
                continue
            if len(surface) == 2 and start >= 2 and start not in anchor_ends and is_given_name(simple, start):
                continue  # 副主席王江安、李兴文: people, not 江安县 and 兴文县
            if start in parts_of_town and not self._anchored_below(surface, anchors.get(parts_of_town[start], frozenset())):
                continue  # 城市东区、西区: parts of the town the story is about
            if surface[-1] not in LEVEL_CHARS and (
                simple.startswith(PLACE_IN_NAME, end)
                or (simple.startswith(COMMUNITY, end) and (len(self._surfaces[surface]) > 1 or surface in self._common))
            ):
                continue  # 通江街道, 合江亭, 江北社区: a street's, a pavilion's or a community's name
            if surface[-1] not in LEVEL_CHARS and EVENT_AFTER_NAME.match(simple, end):
                continue  # 汶川特大地震: an event, not the place
            if surface[-1] not in LEVEL_CHARS and self._names_a_car_maker(simple, end, raw):
                continue  # 北京现代重庆工厂: the joint venture's name, not where its plant is
            if surface in PEOPLE_NAMED_AS_COUNTIES and simple.startswith(HOME_TOWN_OF, end):
                continue  # 东坡故里: 苏东坡's home town, not 东坡区
            if surface[-1] not in LEVEL_CHARS and self._names_a_river(simple, end, surface):
                continue  # 嘉陵江: the river, not 南充's 嘉陵区
            before = simple[start - 1] if start else ""
            after = simple[end] if end < n else ""
            left_boundary = not before or self._boundary(before)
            branch = self._names_a_branch(simple, start, end, surface, left_boundary)
            features = (
                left_boundary or branch,
                not after or self._boundary(after),
                simple.startswith(_STRONG_NEXT, end) or branch or self._county_before_its_town(simple, end, surface),
                self._names_before(anchors.get(start, frozenset()), simple, end, surface),
                self._in_a_place_slot(simple, start, end),
            )
            pending.setdefault((surface, features), []).append((start, end))
        chosen = self._choose(fixed, pending, set(context_codes), province_hint, frozenset(home_codes))
        context_codes = (*context_codes, *home_codes)
        if any(word in simple for word in BOTH_HOME):
            chosen = self._with_cities_of_both_homes(chosen, fixed, pending, context_codes, province_hint)
        if "、" in simple:
            chosen = self._with_listed_siblings(chosen, pending, simple)
        if any(match[2].endswith(AREA) for match in chosen):
            chosen = self._without_areas_of_named_units(chosen)
        if any(TOWN_AFTER_SHORT_NAME.match(simple, match[1]) for match in chosen):
            chosen = self._without_towns_of_other_counties(chosen, simple, context_codes)
        if _NOW_NAMED.search(simple):
            chosen = _without_former_names(chosen, simple)
        return [(start, end, code) for start, end, _, code in chosen]

    def _names_before(self, before: frozenset[str], simple: str, end: int, surface: str) -> frozenset[str]:
        """The units a name right before may be, as context for ``surface``. Where the name goes on as a local
        thing's or a person's (宜宾江北公园, 泸州江北学校, 成都梁平同学), a unit of a province none of its namesakes
        lie in pairs with nothing (遂宁潼南共建 still names both places)."""
        if not before or not simple.startswith(NAME_GOES_ON, end):
            return before
        provinces = {c.adcode[:2] for c in self._surfaces[surface]}
        return frozenset(unit for unit in before if unit[:2] in provinces)

    @staticmethod
    def _names_a_branch(simple: str, start: int, end: int, surface: str, left_boundary: bool) -> bool:
        """南充分中心, 国家重点实验室南充分中心: a place before 分中心 or 分院 names a branch there for sure, on its
        own or glued to the name of the body it is a branch of. Glued to another word (基地都江堰分中心) it is a
        place as any other name is, and a direction's part (医院东区分院) is a campus, not 攀枝花's 东区."""
        return (
            simple.startswith(_BRANCH_NEXT, end)
            and not CAMPUS.fullmatch(surface)
            and (left_boundary or simple.endswith(_BRANCH_OF, 0, start))
        )

    def _county_before_its_town(self, simple: str, end: int, surface: str) -> bool:
        """忠县新立镇, 荣县双古镇: a two-character official county name (one character and its level) right before a
        town's name proves the county, as 科协 after it does, on a page of no province too."""
        return (
            len(surface) == 2
            and surface[-1] in LEVEL_CHARS
            and any(c.official and self._entries[c.adcode].level == "county" for c in self._surfaces[surface])
            and TOWN_NAME_AFTER_COUNTY.match(simple, end) is not None
        )

    @staticmethod
    def _names_a_car_maker(simple: str, end: int, raw: list[tuple[int, int, str]]) -> bool:
        """Whether a place's short name and the foreign partner's after it name a car joint venture: 北京现代汽车,
        上海大众、广州本田等车企, 北京现代重庆工厂 (a plant's place after the name), not 成都现代农业."""
        if not simple.startswith(JOINT_VENTURE_PARTNERS, end):  # the usual name: one test, not one per partner
            return False
        partner = next(name for name in JOINT_VENTURE_PARTNERS if simple.startswith(name, end))
        after = end + len(partner)
        return bool(JOINT_VENTURE_AFTER.match(simple, after)) or any(start == after for start, _, _ in raw)

    def _names_a_river(self, simple: str, end: int, surface: str) -> bool:
        """Whether a short name and the 江 or 河 after it are a river's name in the dictionary (嘉陵江, 金沙江)
        rather than a region's (重庆江北区: 江北 is a name of its own)."""
        river = surface + simple[end : end + 1]
        return simple.startswith(RIVER_ENDS, end) and river in _dictionary_words() and river not in self._surfaces

    def _without_areas_of_named_units(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Drop a former X地区 where the text names another unit called X…: on a 合江县 page, 合江地区 is
        the county's area, not 佳木斯市 (once 合江地区)."""
        kept = []
        for match in chosen:
            surface, code = match[2], match[3]
            if surface.endswith(AREA) and surface != self._entries[code].name:
                stem, lineage = surface.removesuffix(AREA), self._lineage_t(code)
                if any(
                    other[3] not in lineage
                    and code not in self._lineage_t(other[3])
                    and self._entries[other[3]].name.startswith(stem)
                    for other in chosen
                ):
                    continue
            kept.append(match)
        return kept

    def _without_towns_of_other_counties(
        self, chosen: list[tuple[int, int, str, str]], simple: str, context_codes: Sequence[str]
    ) -> list[tuple[int, int, str, str]]:
        """Drop a county named only by the bare name of a town (南溪镇, 新都桥镇) where the text names another
        county and neither this county nor its prefecture: 云阳县科协在南溪镇 is a town of 云阳县, not 宜宾's
        南溪区, and 康定市科协在新都桥镇 one of 康定市, not 成都's 新都区; so is 新都桥镇 on 甘孜日报, whose
        prefecture is a context given (江安镇 alone, or on a page about 宜宾, is still the seat of 江安县).
        A town written right after another county's name is that county's whatever else the text names:
        铜梁区安居镇 is no 安居区, though 射洪市 of its prefecture 遂宁 is named too, and no more is the
        安居镇 or 安居古镇 the text names again."""

        def town(match):
            surface, code = match[2], match[3]
            return (
                surface != self._entries[code].name
                and self._entries[code].level == "county"
                and TOWN_AFTER_SHORT_NAME.match(simple, match[1])
            )

        def vouched(match):
            """A town's county is kept where the text names it or its prefecture (not just its province); one
            named by a name its county no longer bears (元坝镇 of 昭化区, once 元坝区) only where it names the
            county: 苍溪县 has its own 元坝镇."""
            code = match[3]
            former = not self._entries[code].name.startswith(match[2])
            return not named.isdisjoint(self._lineage_t(code)[: 1 if former else -1])

        def written_under_another_county(match):
            before = county_ending_at.get(match[0])
            return before is not None and before not in self._lineage_t(match[3])

        named = set(context_codes)
        county_ending_at = {}  # end → the county-level unit named there (铜梁区 of 铜梁区安居镇)
        for match in chosen:
            if not town(match):
                named.update(self._lineage_t(match[3]))
                if self._entries[match[3]].level == "county":
                    county_ending_at[match[1]] = match[3]
        if not any(self._entries[code].level in ("county", "prefecture") for code in named if code in self._entries):
            return chosen
        towns_of_other_counties = {match[2:] for match in chosen if town(match) and written_under_another_county(match)}
        return [
            match
            for match in chosen
            if match[2:] not in towns_of_other_counties and (not town(match) or vouched(match))
        ]

    def _with_listed_siblings(
        self, chosen: list[tuple[int, int, str, str]], pending: dict[tuple, list[tuple[int, int]]], simple: str
    ) -> list[tuple[int, int, str, str]]:
        """石柱、秀山、彭水: a unit whose short name is also an ordinary word (石柱, 南岸), listed with
        a 、 beside a unit of the same parent and level the text names, is that unit."""
        by_start = {match[0]: match for match in chosen}
        by_end = {match[1]: match for match in chosen}
        taken = {(match[0], match[1]) for match in chosen}
        added = []
        for (surface, features), spans in pending.items():
            for start, end in spans:
                comma_after, comma_before = simple.startswith("、", end), start > 0 and simple[start - 1] == "、"
                opens_list = simple.endswith(_LIST_OPENERS, 0, start) or (comma_after and surface not in self._common)
                if not (features[0] or features[3] or opens_list):
                    continue  # a word's part (大石柱) is no name in a list; 遍布万州、开州, 支持成都、绵阳 open one
                if not (comma_after or comma_before) or (start, end) in taken:
                    continue
                if not (features[1] or _LIST_COUNT.match(simple, end)):
                    continue  # the list's last name ends where a word goes on, unless the list is counted
                neighbours = (by_start.get(end + 1) if comma_after else None, by_end.get(start - 1) if comma_before else None)
                kin = {(self._entries[m[3]].parent_adcode, self._entries[m[3]].level) for m in neighbours if m}
                fits = {
                    c.adcode
                    for c in self._surfaces[surface]
                    if (self._entries[c.adcode].parent_adcode, self._entries[c.adcode].level) in kin
                }
                if len(fits) == 1:
                    added.append((start, end, surface, fits.pop()))
        return non_overlapping(chosen + added) if added else chosen

    def _choose(
        self,
        fixed: list[tuple[int, int, str, str]],
        pending: dict[tuple, list[tuple[int, int]]],
        context: set[str],
        province_hint: str | None,
        home: frozenset[str] = frozenset(),
    ) -> list[tuple[int, int, str, str]]:
        """Resolve the pending hits in the context of the regions chosen, until that context is stable;
        ``home`` only ranks the valid namesakes of a hit (see find_spans)."""
        mentioned: set[str] = set(context)
        support: dict[str, int] = {}  # adcode → _support() under ``mentioned``
        decided: dict[tuple, str | None] = {}  # (surface, features) → code
        previous: dict[tuple, str | None] = {}  # the decisions of the round before
        chosen: list[tuple[int, int, str, str]] = []
        for _ in range(4):  # grow the mentioned set until it is stable
            resolved = list(fixed)
            same = bool(previous)  # every decision as in the round before?
            for key, spans in pending.items():
                code = decided.get(key, "")
                if code == "":
                    surface, features = key
                    code = decided[key] = self._decide(
                        self._surfaces[surface], surface, features, support, mentioned, province_hint, False, home
                    )
                    same = same and code == previous[key]
                if code is not None:
                    resolved += [(start, end, key[0], code) for start, end in spans]
            if same:
                break  # the same names as the round before: nothing changes any more
            chosen = non_overlapping(resolved)
            if not pending:
                break
            new_mentioned = set(context)
            for code in {m[3] for m in chosen}:
                new_mentioned.update(self._lineage_t(code))
            if new_mentioned == mentioned:
                break
            # Only the support of the candidates depends on the mentioned set: the next
            # round decides again only the hits with a candidate whose support changed.
            new_support = {code: self._support(code, new_mentioned, province_hint) for code in support}
            changed = {code for code, sup in new_support.items() if sup != support[code]}
            if not changed:
                break  # another round would choose the same names again
            mentioned, support, previous = new_mentioned, new_support, decided
            decided = {
                key: code
                for key, code in decided.items()
                if all(c.adcode not in changed for c in self._surfaces[key[0]])
            }
        return self._settle_ties(chosen, pending, decided, support, mentioned, province_hint, home)

    def _settle_ties(
        self,
        chosen: list[tuple[int, int, str, str]],
        pending: dict[tuple, list[tuple[int, int]]],
        decided: dict[tuple, str | None],
        support: dict[str, int],
        mentioned: set[str],
        province_hint: str | None,
        home: frozenset[str] = frozenset(),
    ) -> list[tuple[int, int, str, str]]:
        """Namesakes the stable context leaves tied (江北区 on a page naming no province): the one of
        重庆 or 四川. Settled last, so that the pick is no context for itself (宁波市江北区 is 宁波's)."""
        settled = []
        for key, spans in pending.items():
            if key in decided and decided[key] is None:
                surface, features = key
                code = self._decide(
                    self._surfaces[surface], surface, features, support, mentioned, province_hint, True, home
                )
                if code is not None:
                    settled += [(start, end, surface, code) for start, end in spans]
        return non_overlapping(chosen + settled) if settled else chosen

    def _decide(
        self,
        cands: Sequence[Candidate],
        surface: str,
        features: tuple[bool, bool, bool, frozenset[str], bool],
        support: dict[str, int],
        mentioned: set[str],
        province_hint: str | None,
        home_wins: bool = True,
        home: frozenset[str] = frozenset(),
    ) -> str | None:
        """The unit a hit stands for, or None; fills ``support`` for every candidate. Whether a candidate
        is valid rests on the text's context only; the ``home`` adds to its rank among the valid ones."""
        valid = []
        for c in cands:
            sup = support.get(c.adcode)
            if sup is None:
                sup = support[c.adcode] = self._support(c.adcode, mentioned, province_hint)
            if self._valid(c, surface, features, sup):
                valid.append(c)
        # 宁波江北区: the city written right before a namesake names its parent, whatever the page's province
        anchored = [c for c in valid if not features[3].isdisjoint(self._lineage_t(c.adcode)[1:])]
        if len(valid) > 1 and home:
            support = {
                c.adcode: max(support[c.adcode], self._support(c.adcode, mentioned | home, province_hint))
                for c in valid
            }
        return self._best(anchored or valid, support, home_wins) if valid else None
