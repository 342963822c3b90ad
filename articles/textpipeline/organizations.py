"""Find organizations in an item's text and resolve each to one canonical record.

Three sources of evidence, precision first:
1. the gazetteer (known names, short forms and aliases), matched with Aho-Corasick;
2. well-formed names found by their suffix (…科协, …学会, …有限公司, …大学) whose
   start is proved by a region name or a clean boundary;
3. context forms (市科协, 省科协, 区科协, 市教委) resolved by the nearest earlier
   body or region of that level, the item's regions, then the page's home: the
   place its paper is named for (攀枝花日报, 巫山发布), else its province.

A 科协's canonical key is "<region official name>科学技术协会" (凉山州科协 →
凉山彝族自治州科学技术协会); its parent follows the region hierarchy.

The naming rules and the gazetteer of known organizations live in ``orgnames.py``. This module
holds the entry points, the gazetteer's evidence and the mentions made of the candidates; the other
evidence and the context forms are mixed into ``_Finder`` from ``organizations_kexie`` (科协 by their
names), ``organizations_suffix`` (names by their suffix), ``organizations_units`` (the units of
universities and academies), ``organizations_context`` (context forms, one key per body) and
``organizations_bounds`` (where a name starts, its region names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import OrganizationMention
from .organizations_bounds import BELONGED_NOTE, BRANCH_OF_ASSOCIATION, RENAMED_NOTE, Cand, NameBounds, is_cjk
from .organizations_context import ContextForms
from .organizations_joined import JoinedDisciplines
from .organizations_kexie import GROUP, KexieEvidence
from .organizations_schools import SchoolEvidence
from .organizations_suffix import SOCIETY_KINDS, SuffixEvidence
from .organizations_units import BodyUnits
from .orgnames import (
    KEXIE,
    SUFFIX_RE,
    SUFFIXES,
    OrganizationGazetteer,
    OrgEntry,
    Regions,
    depth,
    norm,
    printed_name,
)

# Characters that make a two-character short form part of another word: 西大街, 西大道, 重医德; or open the name of
# a body attached to it: 重医附一院, 重医附属永川医院, 西大附中 are a hospital and a school, not the university
_NO_SHORT_FORM_BEFORE = frozenset("街道路门桥巷德风疗附")
_BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?分会(?!场)")  # 重医二院分会: nor is a branch a short form opens
# What may stand glued before a national ministry's name: 国家科技部, 中国外交部
NATIONAL_PREFIXES = ("中国", "我国", "国家", "国务院", "中华人民共和国")
_DEFINED = re.compile(r"^\s*[(（]\s*(?:下称|简称|以下简称)\s*[“\"‘']?([^”\"’')）]{2,16})[”\"’']?\s*[)）]")
# The name a body goes by, in brackets after its full name: （西南医院） (kept when it ends as the name does)
_CJK_GLOSS = re.compile(r"^\s*[(（]\s*([\u4e00-\u9fff]{2,12})\s*[)）]")  # a trade name may be two (华邦)
_LATIN_GLOSS = re.compile(r"^\s*[(（]\s*([A-Za-z][A-Za-z .,&'-]{1,80})\s*[)）]")
_OPENS_PAREN = re.compile(r"\s*[(（]")
_LIST_WORDS = "与和及、"  # 与重大科协: what joins bodies named in a list
# Bodies whose name's ending regions listed before them share: 合川市、永川市、南川市科协, 宣汉县、渠县预防医学会
_LISTED_KINDS = ("kexie", *SOCIETY_KINDS, "nongjixie")
_TOWN_SUFFIX = re.compile("镇|乡|街道")  # how a town's name ends (三汇镇 of 渠县三汇镇科协)


def find_organizations(
    text: str,
    gazetteer: OrganizationGazetteer,
    regions: Regions,
    *,
    province_hint: str | None = None,
    context_codes: Sequence[str] = (),
    normalized: str | None = None,
    home_code: str | None = None,
    home_zone: str | None = None,
) -> list[OrganizationMention]:
    """Organizations named in ``text``, one mention per body, in order of first mention.

    ``normalized`` is ``segment.simplify(text)`` when the caller already has it; ``home_code`` is the
    unit the page's paper or site is named for (攀枝花日报: 攀枝花市), the last answer to 市科协; ``home_zone``
    the development zone it is named for (万盛经开区科协: 万盛经开区), the last answer to 经开区科协.
    """
    finder = _Finder(norm(text) if normalized is None else normalized, gazetteer, regions, province_hint,
                     tuple(context_codes), home_code, home_zone)
    return finder.run()


def mention_for_name(
    name: str,
    gazetteer: OrganizationGazetteer,
    regions: Regions,
    *,
    province_hint: str | None = None,
    context_codes: Sequence[str] = (),
) -> OrganizationMention:
    """Resolve one written name (a co-organizer line) to a mention, known or not."""
    written = norm(name.strip())
    found = find_organizations(written, gazetteer, regions, province_hint=province_hint,
                               context_codes=context_codes)
    if len(found) == 1 and len(found[0].name_in_text) >= len(written) - 1:
        return found[0]
    entry = gazetteer.lookup(written)
    if entry:
        return _from_entry(entry, written)
    return OrganizationMention(key=written, name_in_text=written, kind=_kind_of(written))


class _Finder(KexieEvidence, SuffixEvidence, JoinedDisciplines, SchoolEvidence, BodyUnits, ContextForms, NameBounds):
    """One pass over one normalized text."""

    def __init__(self, text, gazetteer, regions, province_hint, context_codes, home_code=None, home_zone=None):
        self.text = text
        self.gaz = gazetteer
        self.regions = regions
        self.hint = province_hint
        # The page's home and the units above it: 攀枝花市, 四川省 on 攀枝花日报; 重庆市 on 重庆科技报
        self._home = regions.lineage(home_code) if home_code else [province_hint] if province_hint else []
        self._home_code = home_code
        self._home_zone = home_zone  # 万盛经开区 on its 科协's account: the zone 经开区科协 means
        self.context_codes = context_codes
        self._is_name = regions.is_name
        self._resolved: dict[str, str | None] = {}  # _resolve() per region name: hint and context are fixed
        self._found_places: list[tuple[int, str]] | None = None  # see _places()
        self._destinations: set[str] = set()  # see _places()
        # the item's one county-level unit, under which a town named alone lies; of several, the page's home
        # (射洪科协's post of a visit to 潼南区: its towns are 射洪市's), else see ``_towns_county``
        self._counties = frozenset(code for code in context_codes if depth(code) == 3)
        self._county = next(iter(self._counties)) if len(self._counties) == 1 else (
            home_code if home_code in self._counties else None)
        self._known_spans: list[tuple[int, int, str]] = []  # see _known()
        self._hosts: list[Cand] = []  # the bodies a 科协 was found under

    def run(self) -> list[OrganizationMention]:
        cands = [*self._known(), *self._kexie(), *self._by_suffix()]
        cands = self._resolve_short_hosts(cands)
        cands = _non_overlapping(self._without_a_students_word(_without_a_place_before_a_known_name(cands)))
        cands = self._with_the_regions_listed_before(cands)
        self._resolve_context(cands)
        self._one_key_per_body(cands)
        self._one_key_per_placed_body(cands)
        self._colleges_of_the_texts_university(cands)
        self._units_under_their_bodies(cands)
        return self._mentions([c for c in cands if c.key])

    # --- evidence -----------------------------------------------------------------
    def _known(self) -> list[Cand]:
        out = []
        self._known_spans = self.gaz.matches(self.text)
        for start, end, key in self._known_spans:
            if not self._stands_alone(start, end) or not self._names_its_host(start, end, key):
                continue
            entry = self.gaz.entries[key]  # its region counts for a context form after it (重庆市科协 … 市科协)
            if entry.kind == "zhengfu" and entry.region_code is None and not self._national_body_at(start, end):
                continue
            out.append(Cand(start, end, entry.kind, key, self.text[start:end], region=entry.region_code, known=True))
        return out

    def _national_body_at(self, start: int, end: int) -> bool:
        """Whether a ministry's name (国防部, 农业农村部) names the State Council's: written alone or after
        中国/国家, not glued to another country's or body's name (以色列国防部, 省科协科技部), nor opening a
        field's departments or a minister's post (农业农村部门, 外交部长), nor a commission's short form opening
        委员 (长江委员会)."""
        if self.text.startswith(("门", "长"), end) and self.text[end - 1] == "部":
            return False
        if self.text.startswith("员", end) and self.text[end - 1] == "委":
            return False  # 长江委员会: 委员 ("member"), no 长江委 (as 科委员 is no 科委)
        return (
            start == 0 or not is_cjk(self.text[start - 1]) or self._boundary_ends_at(start)
            or self.text.endswith(NATIONAL_PREFIXES, 0, start)
        )

    def _stands_alone(self, start: int, end: int) -> bool:
        """Whether a known short form at ``start`` names its body: a two-character one (西大, 川大) only where a
        clean boundary opens it (与西大合作, not 东西大通道 or 四川大力), and none opens a branch (重医二院分会,
        重医儿童医院分会: an association's branch there)."""
        if end - start == 2 and is_cjk(self.text[start]) and not (
            start == 0 or not is_cjk(self.text[start - 1]) or self._boundary_ends_at(start)
        ):
            return False
        if end - start == 2 and (
            self.text[end : end + 1] in _NO_SHORT_FORM_BEFORE or self.text.startswith("学城", end)
        ):
            return False  # 西大街, 重医德, 重医疗, 西大学城: another word's characters, not 西大, 重医
        return not BRANCH_OF_ASSOCIATION.match(self.text, end) and (end - start > 3 or not _BRANCH_AFTER.match(self.text, end))

    def _names_its_host(self, start: int, end: int, key: str) -> bool:
        """Whether a 科协's short form that abbreviates its host to two characters (重大科协 of 重庆大学) names it:
        those may be a word ("major": 研究部署重大科协改革事项), so only where the text names the host in full, or
        where the short form opens a clause or follows a list's word (。重大科协召开, 与重大科协)."""
        host = key.removesuffix("科学技术协会")
        if end - start != 4 or not self.text.endswith("科协", 0, end) or host.startswith(self.text[start : start + 2]):
            return True
        return host in self.text or start == 0 or not is_cjk(self.text[start - 1]) or self.text[start - 1] in _LIST_WORDS

    def _with_the_regions_listed_before(self, cands: list[Cand]) -> list[Cand]:
        """宣汉县、大竹县、渠县预防医学会, 合川市、永川市、南川市科协: the regions listed with 、 before a 科协 or a
        society named by its region share its name's ending; each is a body of its own, recorded by the name it
        would have written in full (宣汉县预防医学会)."""
        out = []
        for cand in cands:
            if (cand.kind in _LISTED_KINDS and not cand.known and not cand.context and cand.region_end > cand.start
                    and not self._opens_with_a_town(cand.region_end, cand.end)):
                ending = self.text[cand.region_end : cand.end]
                listed = (self._listed_body(start, end, ending) for start, end in self._listed_regions(cand.start))
                out.extend(filter(None, listed))
            out.append(cand)
        return out

    def _opens_with_a_town(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` open with a town named after the region before them: 渠县三汇镇
        科协's 三汇镇 is 渠县's alone (宣汉县、大竹县、渠县三汇镇科协 names no 宣汉县三汇镇)."""
        return any(
            (town := self._town_ending_at(found.end())) and town[1] == start
            for found in _TOWN_SUFFIX.finditer(self.text, start, end)
        )

    def _listed_regions(self, start: int) -> list[tuple[int, int]]:
        """The (start, end) of the region names listed with 、 right before ``start``, the first after a clean
        boundary (not 合川区科协、永川区科协, two names; nor a list that opens inside other words)."""
        listed = []
        while start > 0 and self.text[start - 1] == "、" and (found := self._region_ending_at(start - 1)):
            listed.append((found[1], start - 1))
            start = found[1]
        if start > 0 and is_cjk(self.text[start - 1]) and not self._boundary_ends_at(start):
            return []
        return listed[::-1]

    def _listed_body(self, start: int, end: int, ending: str) -> Cand | None:
        """The body named by the region from ``start`` to ``end`` and ``ending``, found as in a text of its own."""
        name = self.text[start:end] + ending
        finder = _Finder(name, self.gaz, self.regions, self.hint, self.context_codes, self._home_code, self._home_zone)
        whole = next((c for c in [*finder._known(), *finder._kexie(), *finder._by_suffix()]
                      if c.start == 0 and c.end == len(name) and c.key and not c.context), None)
        if whole:
            whole.start, whole.end, whole.region_end = start, end, -1  # its ending is printed once, after the list
        return whole

    def _without_a_students_word(self, cands: list[Cand]) -> list[Cand]:
        """西南交大学子, 川大学生: a known short form (西南交大, 川大) and 学子 or 学生, no university named
        …大学 (西南交大学 had been one)."""
        return [
            c for c in cands
            if c.known or not c.name.endswith("大学") or self.text[c.end : c.end + 1] not in "子生"
            or self.gaz.lookup(c.name[:-1]) is None
        ]

    # --- output -------------------------------------------------------------------------
    def _mentions(self, cands: list[Cand]) -> list[OrganizationMention]:
        by_key: dict[str, OrganizationMention] = {}
        defined: dict[str, str] = {}  # a short form the text defines (以下简称“重庆研究院”) → its body's key
        for cand in cands:
            if cand.name in defined and not cand.known:
                cand.key = defined[cand.name]  # 重庆研究院 again after its definition: the body it names
            other_names = self._other_names(cand)
            entry = self.gaz.get(cand.key) or self.gaz.lookup(cand.key) or next(
                filter(None, map(self.gaz.lookup, other_names)), None)  # 重庆市土壤学会: the known 重庆土壤学会
            aliases = self._aliases(cand)
            if entry:
                mention = _from_entry(entry, cand.name, aliases)
            else:
                mention = OrganizationMention(
                    key=cand.key, name_in_text=cand.name, short_name=cand.short or _short_name(aliases),
                    kind=cand.kind, region_code=cand.region, parent_key=cand.parent, aliases=aliases + other_names)
            for alias in aliases:
                defined.setdefault(alias, mention.key)
            previous = by_key.get(mention.key)
            if previous is None:
                by_key[mention.key] = mention
            elif aliases or (mention.short_name and not previous.short_name):
                merged = tuple(dict.fromkeys(previous.aliases + aliases))
                by_key[mention.key] = _replace(previous, aliases=merged,  # its short form as printed: 市科普作协,
                                               # or a later mention's (荣昌区农技协 after 荣昌区农村专业技术协会)
                                               short_name=previous.short_name or mention.short_name)
        return [_with_printed_brackets(mention) for mention in by_key.values()]

    def _aliases(self, cand: Cand) -> tuple[str, ...]:
        """Short forms defined right after the name: (下称“X”), (World Bank Group), (…, IFC)."""
        out = []
        if _OPENS_PAREN.match(self.text, cand.end):  # both forms start with a bracket
            rest = self.text[cand.end:cand.end + 120]
            if m := _DEFINED.match(rest):
                out.append(m.group(1))
            elif (m := _CJK_GLOSS.match(rest)) and (
                (len(m.group(1)) > 2 and m.group(1).endswith(cand.name[-2:])) or self._trade_name_of(m.group(1), cand)
            ) and not (RENAMED_NOTE.match(m.group(1)) or BELONGED_NOTE.match(m.group(1))):
                out.append(m.group(1))  # 陆军军医大学第一附属医院（西南医院）: the name it goes by, same kind;
                # 重庆长城汽车有限公司（长城汽车）: a company's trade name (not （后属中国热带农业科学院）: the body
                # it belonged to later is another body)
            elif m := _LATIN_GLOSS.match(rest):
                out.extend(part.strip() for part in m.group(1).split(",") if part.strip())
        if cand.short and cand.short != cand.name and cand.kind != "kexie":
            out.append(cand.short)
        return tuple(dict.fromkeys(out))


    def _trade_name_of(self, words: str, cand: Cand) -> bool:
        """Whether ``words`` in brackets after a company's name are its trade name: the name's own characters, in
        order, short of its legal form (长城汽车 of 重庆长城汽车有限公司, 涪陵榨菜 of 涪陵榨菜集团股份有限公司), no
        place (重庆) and no other body's name (集团)."""
        if cand.kind != "qiye" or len(words) < 2 or self._resolve(words) or SUFFIX_RE.search(words):
            return False
        legal = SUFFIX_RE.search(cand.name)
        own = iter(cand.name[: legal.start()] if legal else cand.name)
        return words != GROUP and all(ch in own for ch in words)


# An acronym in brackets: （…, NUS）, （IFC）
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def _short_name(aliases: tuple[str, ...]) -> str:
    """The first alias that is a short name: one in Chinese (重庆研究院, 西南医院) or an acronym of the English name
    beside it (NUS of National University of Singapore, IFC), not the English name itself (International
    College was 西南大学国际学院's short name, and SWU, the university's acronym, is not the college's)."""
    english = [alias for alias in aliases if alias[:1].isascii() and not _ACRONYM.fullmatch(alias)]
    return next((
        alias for alias in aliases
        if not alias[:1].isascii()
        or (_ACRONYM.fullmatch(alias) and (not english or any(_spells(alias, name.split()) for name in english)))
    ), "")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the words in order, each capitalized word giving its initial and perhaps more
    of its letters (CQUPT of Chongqing University of Posts and Telecommunications, SWU of Southwest University),
    a small word (of, and) its initial or nothing."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if not word[0].isupper() and _spells(acronym, rest):
        return True
    if not acronym or acronym[0] != word[0].upper():
        return False
    letters = word[1:].upper()
    for taken in range(1, len(acronym) + 1):  # the word gives acronym[:taken]: its initial, then letters in order
        if taken > 1:
            found = letters.find(acronym[taken - 1])
            if found < 0:
                return False
            letters = letters[found + 1:]
        if _spells(acronym[taken:], rest):
            return True
    return False


def _from_entry(entry: OrgEntry, name_in_text: str, aliases: tuple[str, ...] = ()) -> OrganizationMention:
    others = [n for n in entry.names if n != entry.key]
    return OrganizationMention(
        key=entry.key, name_in_text=name_in_text, short_name=min(others, key=len) if others else "",
        kind=entry.kind, region_code=entry.region_code, parent_key=entry.parent_key, known=True,
        aliases=tuple(a for a in aliases if a not in entry.names))


def _with_printed_brackets(mention: OrganizationMention) -> OrganizationMention:
    """The mention with its names' brackets as Chinese text prints them (see ``orgnames.printed_name``)."""
    names = (mention.key, mention.name_in_text, mention.short_name, mention.parent_key or "", *mention.aliases)
    if not any("(" in name or ")" in name for name in names):
        return mention
    return _replace(
        mention, key=printed_name(mention.key), name_in_text=printed_name(mention.name_in_text),
        short_name=printed_name(mention.short_name),
        parent_key=printed_name(mention.parent_key) if mention.parent_key else mention.parent_key,
        aliases=tuple(printed_name(alias) for alias in mention.aliases),
    )


def _replace(mention: OrganizationMention, **changes) -> OrganizationMention:
    from dataclasses import replace

    return replace(mention, **changes)


def _without_a_place_before_a_known_name(cands: list[Cand]) -> list[Cand]:
    """在绵阳市西南科技大学举行: the place says where the known body is, it makes no other body (绵阳市西南科技大学
    had been a second university beside 西南科技大学)."""
    known_spans = {(c.start, c.end) for c in cands if c.known}
    return [
        c for c in cands
        if c.known or c.context is not None or c.region_end <= c.start or (c.region_end, c.end) not in known_spans
    ]


def _non_overlapping(cands: list[Cand]) -> list[Cand]:
    """Leftmost-longest; on equal spans a known name beats a pattern, a pattern a context form."""
    rank = sorted(cands, key=lambda c: (c.start, -(c.end - c.start), not c.known, c.context is not None))
    kept, last_end = [], -1
    for cand in rank:
        if cand.start >= last_end:
            kept.append(cand)
            last_end = cand.end
    return kept


def _kind_of(name: str) -> str:
    if KEXIE.search(name):
        return "kexie"
    matches = list(SUFFIX_RE.finditer(name))
    m = matches[-1] if matches else None
    return SUFFIXES[m.group()][0] if m and m.end() == len(name) else "qita"
