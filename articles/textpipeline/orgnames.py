"""How organizations are named, and the organizations already known.

The naming rules (kinds, the 科协 pattern, the table of name suffixes and what
each implies, the canonical name of a region's 科协) and the gazetteer of known
organizations, with the seed list it starts from. They live apart from the finder
(``organizations.py``, which locates and resolves mentions in text) so that each
module reads in one sitting, and because the services that load the known
organizations from the database need only ``OrgEntry`` and the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import ahocorasick

from .punctuation import fullwidth_punctuation
from .segment import DATA_DIR, simplify

KINDS = ("kexie", "xuehui", "xiehui", "yanjiuhui", "nongjixie", "gaoxiao", "yiyuan",
         "qiye", "zhengfu", "renda", "meiti", "keyan", "qita")
CHINA_KEXIE = "中国科学技术协会"
LEVEL_CHARS = "省市州区县"
KEXIE = re.compile(r"科学技术协会|科协")
SUFFIXES = {  # suffix → (kind, needs a region prefix, region-scoped, allows a context form)
    # a region's 农技协 and their union, keyed by their full names (FULL_SUFFIXES): 潼南区农技协 is 潼南区农村专业技术协会
    "农村专业技术协会联合会": ("nongjixie", True, True, True),
    "农村专业技术协会": ("nongjixie", True, True, True),
    "专业技术协会": ("nongjixie", True, False, False),  # 米易县枇杷专业技术协会: a county's 农技协
    "农技协联合会": ("nongjixie", True, True, True),
    "农技协": ("nongjixie", True, True, True),
    "老科协": ("xiehui", True, True, True),
    "人大常委会": ("renda", True, True, True),
    "红十字会": ("qita", True, False, False),
    "研究会": ("yanjiuhui", True, False, False),
    "联合会": ("xiehui", True, False, False),
    "学会": ("xuehui", True, False, False),
    "协会": ("xiehui", True, False, False),
    "协进会": ("xiehui", True, False, False),  # 宜宾市科技协进会, 澳門科技協進會: a society by its 港澳台 name form
    "股份有限公司": ("qiye", False, False, False),
    "有限责任公司": ("qiye", False, False, False),
    "有限公司": ("qiye", False, False, False),
    "大学": ("gaoxiao", False, False, False),
    "学院": ("gaoxiao", False, False, False),
    # a college of the 专科 level, named like a 学院 (重庆三峡医药高等专科学校, 乐山师范高等专科学校)
    "高等专科学校": ("gaoxiao", False, False, False),
    "医院": ("yiyuan", True, False, False),
    "妇幼保健院": ("yiyuan", True, True, True),  # 四川省妇幼保健院: a region's one maternal and child hospital
    "教委": ("zhengfu", True, True, True),
    "教育委员会": ("zhengfu", True, True, True),  # the full names of the 委, keyed by their short forms
    "卫生健康委员会": ("zhengfu", True, True, True),
    "发展和改革委员会": ("zhengfu", True, True, True),
    "经济和信息化委员会": ("zhengfu", True, True, True),
    "扶贫办": ("zhengfu", True, True, True),
    "人民政府": ("zhengfu", True, True, False),
    "政府": ("zhengfu", True, True, False),  # 北碚区政府: the 人民政府's short form (FULL_SUFFIXES)
    # a development zone's administrative committee: 两江新区管委会 (ZONE_SUFFIXES: its zone's name)
    "管委会": ("zhengfu", False, False, False),
    "管理委员会": ("zhengfu", False, False, False),
    "农业农村委": ("zhengfu", True, True, True),
    "科技局": ("zhengfu", True, True, True),
    "科学技术局": ("zhengfu", True, True, False),
    "卫健委": ("zhengfu", True, True, True),
    # the government's other departments a 科协 story names beside it: 区经济信息委, 市气象局, 县应急管理局
    "经济信息委": ("zhengfu", True, True, True),
    "经信委": ("zhengfu", True, True, True),
    "发展改革委": ("zhengfu", True, True, True),
    "发改委": ("zhengfu", True, True, True),
    "教育局": ("zhengfu", True, True, True),
    # the bureau that runs both, in most of 四川 (南充市教育和体育局), and its short form (市教体局)
    "教育和体育局": ("zhengfu", True, True, True),
    "教体局": ("zhengfu", True, True, True),
    "财政局": ("zhengfu", True, True, True),
    "农业农村局": ("zhengfu", True, True, True),
    "农牧农村局": ("zhengfu", True, True, True),  # the pastoral counties' (甘孜, 阿坝, 凉山)
    "农牧农村和科技局": ("zhengfu", True, True, True),  # 红原县's, where one bureau runs both
    "乡村振兴局": ("zhengfu", True, True, True),
    "文化广播电视和旅游局": ("zhengfu", True, True, True),
    "卫生健康委": ("zhengfu", True, True, True),
    "卫生健康局": ("zhengfu", True, True, True),  # a county's bureau, where a city has a 委
    "卫健局": ("zhengfu", True, True, True),
    "应急管理局": ("zhengfu", True, True, True),
    "生态环境局": ("zhengfu", True, True, True),
    "市场监管局": ("zhengfu", True, True, True),
    "气象局": ("zhengfu", True, True, True),
    "统计局": ("zhengfu", True, True, True),  # co-publisher of every 公民科学素质调查 and 统计公报 with the 科协
    "气象台": ("qita", True, True, True),  # 重庆市气象台: the 气象局's forecasting office, which signs weather 科普
    "民政局": ("zhengfu", True, True, True),
    "地震局": ("zhengfu", True, True, True),
    "体育局": ("zhengfu", True, True, True),
    "人力资源和社会保障局": ("zhengfu", True, True, True),
    "人力社保局": ("zhengfu", True, True, True),  # 重庆市人力社保局 (FULL_SUFFIXES: the 局's full name)
    "人社局": ("zhengfu", True, True, True),
    # a province's departments (厅): 省教育厅, 四川省科学技术厅 = 省科技厅 (FULL_SUFFIXES: their full names)
    "教育厅": ("zhengfu", True, True, True),
    "科学技术厅": ("zhengfu", True, True, True),
    "科技厅": ("zhengfu", True, True, True),
    "经济和信息化厅": ("zhengfu", True, True, True),
    "经信厅": ("zhengfu", True, True, True),
    "人力资源和社会保障厅": ("zhengfu", True, True, True),
    "人社厅": ("zhengfu", True, True, True),
    "住房和城乡建设厅": ("zhengfu", True, True, True),
    "住建厅": ("zhengfu", True, True, True),
    "农业农村厅": ("zhengfu", True, True, True),
    "自然资源厅": ("zhengfu", True, True, True),
    "生态环境厅": ("zhengfu", True, True, True),
    "民政厅": ("zhengfu", True, True, True),
    "财政厅": ("zhengfu", True, True, True),
    "水利厅": ("zhengfu", True, True, True),
    "商务厅": ("zhengfu", True, True, True),
    "交通运输厅": ("zhengfu", True, True, True),
    "文化和旅游厅": ("zhengfu", True, True, True),
    "应急管理厅": ("zhengfu", True, True, True),
    # the departments' names before the 2018 reorganization, in older pages: 省科委, 县农业局, 县卫生局, 县农委
    "科学技术委员会": ("zhengfu", True, True, True),
    "科委": ("zhengfu", True, True, True),
    "农业委员会": ("zhengfu", True, True, True),
    "农委": ("zhengfu", True, True, True),
    "卫生和计划生育委员会": ("zhengfu", True, True, True),
    "卫生计生委": ("zhengfu", True, True, True),
    "卫计委": ("zhengfu", True, True, True),
    "计生委": ("zhengfu", True, True, True),
    "农业局": ("zhengfu", True, True, True),
    "卫生局": ("zhengfu", True, True, True),
    "林业局": ("zhengfu", True, True, True),
    "农业厅": ("zhengfu", True, True, True),
    "卫生厅": ("zhengfu", True, True, True),
    "林业厅": ("zhengfu", True, True, True),
    "研究所": ("keyan", False, False, False),  # 中国科学院成都生物研究所
    "研究院": ("keyan", False, False, False),
    "研究设计院": ("keyan", False, False, False),  # 中国核动力研究设计院
    "科学院": ("keyan", False, False, False),  # 重庆市农业科学院
    "农科院": ("keyan", True, True, True),  # 市农科院, 四川省农科院: the 农业科学院 of that region
    # a research centre, named by its region or as a national one: 中国大熊猫保护研究中心, 四川省…研究中心
    "研究中心": ("keyan", True, False, False),
    "科普作协": ("xiehui", True, True, True),  # 市科普作协: the region's 科普作家协会
    # public-health bodies a region runs, the sources of health and 辟谣 pieces: 重庆市疾病预防控制中心 = 市疾控中心
    # (FULL_SUFFIXES: its full name), 重庆市精神卫生中心 (a region's psychiatric hospital)
    "疾病预防控制中心": ("qita", True, True, True),
    "疾控中心": ("qita", True, True, True),
    "精神卫生中心": ("yiyuan", True, False, False),
    "日报": ("meiti", True, False, False),
    # the 科协's venues, named by their region: 四川科技馆, 市科技馆, 昭觉县科技工作者之家
    "科技馆": ("qita", True, True, True),
    "科技工作者之家": ("qita", True, True, True),
    # museums, the same kind of venue (科普教育基地, exhibition co-organizers): 重庆自然博物馆, 自贡恐龙博物馆, 市博物馆
    "博物馆": ("qita", True, True, True),
    # the 科协's stations in a town or village (中国科协's 科普惠农兴村计划), named by their place: 荣昌区清江镇科普惠农服务站
    "科普惠农服务站": ("qita", True, False, False),
    "总队": ("qita", True, False, False),  # 重庆市科技志愿服务总队, a notice's co-signer
    # the agricultural extension stations a region runs, often co-winners of its science awards: 重庆市农业技术推广总站,
    # 万州区农业技术推广站
    "推广总站": ("qita", True, False, False),
    "推广站": ("qita", True, False, False),
    # schools, the actors of youth science education, named by their region: 渝北区实验小学, 彭水县第一中学
    "中学": ("qita", True, False, False),
    "小学": ("qita", True, False, False),
    # the registered names of many 重庆 schools (重庆市巴蜀中学校); a town's main primary school (清溪场镇中心校)
    "中学校": ("qita", True, False, False),
    "小学校": ("qita", True, False, False),
    "中心校": ("qita", True, False, False),
    # the farmers' cooperatives a 科协 trains and serves, named from their county on: 巫溪县脆李专业合作社,
    # 开江县讲治镇稻鱼鸭专业合作社; a village's collective, 龙洞村股份经济合作社
    "专业合作社": ("qita", True, False, False),
    "股份经济合作社": ("qita", True, False, False),
}
# Short suffixes whose body goes by a full name: 重庆市老科协 is 重庆市老科学技术工作者协会.
FULL_SUFFIXES = {
    "老科协": "老科学技术工作者协会",
    "农技协联合会": "农村专业技术协会联合会",
    "农技协": "农村专业技术协会",
    "农科院": "农业科学院",
    "科普作协": "科普作家协会",
    "政府": "人民政府",
    "科技厅": "科学技术厅",
    "经信厅": "经济和信息化厅",
    "人社厅": "人力资源和社会保障厅",
    "住建厅": "住房和城乡建设厅",
    "人社局": "人力资源和社会保障局",
    "人力社保局": "人力资源和社会保障局",
    "卫计委": "卫生计生委",
    "疾控中心": "疾病预防控制中心",
    "教体局": "教育和体育局",
}
# Full suffixes whose body's record goes by the short form papers print: 重庆市教育委员会 is 重庆市教委.
SHORT_SUFFIXES = {
    "教育委员会": "教委",
    "卫生健康委员会": "卫生健康委",
    "发展和改革委员会": "发展改革委",
    "经济和信息化委员会": "经济信息委",
    "管理委员会": "管委会",
    "科学技术委员会": "科委",
    "农业委员会": "农委",
    "卫生和计划生育委员会": "卫生计生委",
}
# Suffixes of a zone's body: the name before them is a zone's (两江新区, 天府新区, 绵阳高新区), no other
# committee's (物业管理委员会); a bare 高新区 or 经开区 names no zone of its own.
ZONE_SUFFIXES = ("管委会", "管理委员会")
# What a suffix is not followed by (a pattern): 重庆市政府网 and 四川政府采购网 are sites, 展览中学习 and 课堂中学会 are 中 and a verb (no
# 中学; 第八中学会议室 and 实验中学到会交流 are schools), 学科委员会 and 农委员 are a committee's members (no 科委 or 农委)
_SCHOOL_WORDS = "[长园友庆区训史歌内外医徽服车门领委级方际本刊报队舍址风务名地企党团科]"
_NOT_AFTER = {
    "协会": "员", "学会": "了", "大学": "[生城]", "医院": "", "政府": "(?:采购)?网", "中学": "[生习]|到(?!会)|会(?!议)",
    "小学": "生", "科委": "员", "农委": "员",
    # 中学校长, 中学校园: 中学 and a word of 校 (its head, its campus), no 中学校; 中心校区 is a campus, and a town
    # centre's 校外活动辅导站 (校外: out of school) no school, though the school going out (中心校外出) is one
    "中学校": _SCHOOL_WORDS, "小学校": _SCHOOL_WORDS, "中心校": "区|外(?!出)",
}
SUFFIX_RE = re.compile(
    "|".join(
        re.escape(s) + (f"(?!{_NOT_AFTER[s]})" if _NOT_AFTER.get(s) else "")
        for s in sorted(SUFFIXES, key=len, reverse=True)
    )
)
_NORMALIZED_LIMIT = 100_000


class Regions(Protocol):
    """What the organization modules need from ``regions.RegionGazetteer``."""

    def resolve_name(self, name: str, *, province_hint=None, context_codes=()) -> str | None: ...
    def is_name(self, name: str) -> bool: ...
    def find_spans(self, text: str, *, province_hint=None, context_codes=()) -> list: ...
    def get(self, adcode: str): ...
    def namesakes(self, adcode: str) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class OrgEntry:
    """A known organization: canonical full name plus every name it goes by."""

    key: str
    names: tuple[str, ...]
    kind: str = "qita"
    region_code: str | None = None
    parent_key: str | None = None


class OrganizationGazetteer:
    """Known organizations, with one automaton over all their names (built once)."""

    def __init__(self, entries: Iterable[OrgEntry]):
        self.entries: dict[str, OrgEntry] = {}
        owners: dict[str, set[str]] = {}
        for entry in entries:
            self.entries[entry.key] = entry
            for name in {entry.key, *entry.names}:
                name = norm(name)
                if len(name) >= 2 and not _is_context_form(name):
                    owners.setdefault(name, set()).add(entry.key)
        self.by_name = {name: keys.pop() for name, keys in owners.items() if len(keys) == 1}
        self._automaton = ahocorasick.Automaton()
        for name, key in self.by_name.items():
            self._automaton.add_word(name, (name, key))
        if self.by_name:
            self._automaton.make_automaton()
        self._normalized: dict[str, str] = {}  # norm() of the names looked up, memoised

    def get(self, key: str) -> OrgEntry | None:
        return self.entries.get(key)

    def lookup(self, name: str) -> OrgEntry | None:
        """The entry whose key or any name equals ``name``."""
        normalized = self._normalized.get(name)
        if normalized is None:
            if len(self._normalized) > _NORMALIZED_LIMIT:
                self._normalized.clear()
            normalized = self._normalized[name] = norm(name)
        key = self.by_name.get(normalized)
        return self.entries.get(key) if key else None

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every known name in ``text`` (overlaps included)."""
        if not self.by_name:
            return []
        found = []
        for end, (name, key) in self._automaton.iter(text):
            start = end - len(name) + 1
            if name.isascii() and (_is_ascii_letter(text, start - 1) or _is_ascii_letter(text, end + 1)):
                continue  # IFC inside a longer Latin word
            found.append((start, end + 1, key))
        return found


def load_seed_entries(regions: Regions, path=DATA_DIR / "organizations.txt") -> list[OrgEntry]:
    """The starting organizations shipped with the project, regions resolved."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, kind, region, parent, names = (line.split("|") + [""] * 5)[:5]
        code = regions.resolve_name(region) if region else None
        entries.append(OrgEntry(key, tuple(n for n in names.split(",") if n), kind, code, parent or None))
    return entries


def short_key(name: str) -> str:
    """The key of a body whose name ends in a full suffix: its short form (重庆市教育委员会 → 重庆市教委)."""
    for full, short in SHORT_SUFFIXES.items():
        if name.endswith(full):
            return name[: -len(full)] + short
    return name


def kexie_names(code: str, regions: Regions) -> tuple[str, str, str | None]:
    """(canonical key, short name, parent key) of the 科协 of region ``code``."""
    entry = regions.get(code)
    parent_code = _parent_region(code, regions)
    # 内江's and 乐山's 市中区 are two bodies: a name another unit of the province bears takes its city's.
    city = regions.get(parent_code).name if parent_code and depth(code) > 1 else ""
    prefix = city if city and any(other[:2] == code[:2] for other in regions.namesakes(code)) else ""
    key = prefix + entry.name + "科学技术协会"
    short = prefix + _short_region(entry) + "科协"
    if depth(code) <= 1 or parent_code is None:
        return key, short, CHINA_KEXIE
    return key, short, kexie_names(parent_code, regions)[0]


# Development zones with a 科协 of their own that the official 行政区划 table does not list (两江新区
# is no district): the 科协 is named by the zone and answers to the 科协 of the unit around it.
ZONES = {
    "两江新区": "500000",
    "重庆高新区": "500000",
    "西部科学城重庆高新区": "500000",
    "西部(重庆)科学城": "500000",
    "万盛经开区": "500000",
    "双桥经开区": "500111",  # run by 大足区 (双桥 its former name, also 承德's 双桥区)
    "天府新区": "510000",
    "成都高新区": "510100",
    "成都天府新区": "510100",
    "川渝高竹新区": "511600",  # 广安's 邻水县 and 重庆's 渝北区, run from 广安
    "高竹新区": "511600",
}
ZONES_LONGEST_FIRST = tuple(sorted(ZONES, key=len, reverse=True))
# The other names of a listed zone, each the same zone and 科协 (ZONES keeps the region a story there is in):
# 成都天府新区 is 四川天府新区's 成都 part, 西部（重庆）科学城 is 重庆高新区.
SAME_ZONE = {
    "西部科学城重庆高新区": "重庆高新区",
    "西部(重庆)科学城": "重庆高新区",
    "成都天府新区": "天府新区",
    "高竹新区": "川渝高竹新区",
}
# Where a story in a zone happens, where that is not its 科协's region: 四川天府新区 spans 成都 and 眉山, and a
# story of 天府新区 bare is of the part 成都 runs (眉山天府新区 names its other part)
ZONE_PLACES = {**ZONES, "天府新区": "510100", "眉山天府新区": "511400"}
ZONE_PLACES_LONGEST_FIRST = tuple(sorted(ZONE_PLACES, key=len, reverse=True))


def add_zones_places(codes: list[str], text: str, lineage) -> None:
    """Add to ``codes`` the place of each zone ``text`` names that none of them lies in: 两江新区 is no district,
    but a story there is 重庆's. A zone inside a longer one's name is that one (眉山天府新区 is not 天府新区 too)."""
    for zone in ZONE_PLACES_LONGEST_FIRST:
        if zone in text:
            text = text.replace(zone, " ")
            code = ZONE_PLACES[zone]
            if not any(code in lineage(found) for found in codes):
                codes.append(code)


# The kinds of zone a city has one of, that its papers name bare (高新区科协 on 绵阳日报 is 绵阳高新区's)
CITY_ZONE_KINDS = ("高新区", "经开区")


KEXIE_NAMES = ("科协", "科学技术协会")  # how a 科协's name ends, short and full


def zone_kexie_names(zone: str, regions: Regions, code: str | None = None) -> tuple[str, str, str | None]:
    """(canonical key, short name, parent key) of a development zone's 科协: 两江新区科学技术协会, answering to
    the 科协 of the unit around it (``code``; by default the listed zone's). A listed zone's other name gives
    the zone's (成都天府新区科协 is 天府新区科学技术协会)."""
    zone = SAME_ZONE.get(zone, zone)
    return zone + "科学技术协会", zone + "科协", kexie_names(code or ZONES[zone], regions)[0]


def zone_region(zone: str) -> str:
    """The region of a listed zone's 科协, by any of its names (成都天府新区 → 四川天府新区's 510000)."""
    return ZONES[SAME_ZONE.get(zone, zone)]


def zone_named_first(name: str) -> str | None:
    """The listed zone a paper's or site's name opens with (万盛经开区科协 → 万盛经开区), by its main name."""
    written = norm(name.strip())
    zone = next((z for z in ZONES_LONGEST_FIRST if written.startswith(z)), None)
    return SAME_ZONE.get(zone, zone) if zone else None


def _parent_region(code: str, regions: Regions) -> str | None:
    """The nearest real ancestor (skipping 市辖区/县 placeholders of the official table)."""
    entry = regions.get(code)
    parent = entry.parent_adcode if entry else None
    while parent:
        up = regions.get(parent)
        if up is None:
            return None
        if up.name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            return parent
        parent = up.parent_adcode
    return None


def _short_region(entry) -> str:
    """凉山彝族自治州 → 凉山州, 秀山土家族苗族自治县 → 秀山县, else the name."""
    name = entry.name
    for long, short in (("自治州", "州"), ("自治县", "县")):
        if name.endswith(long):
            aliases = [a for a in getattr(entry, "aliases", ()) if a.endswith(short) and len(a) >= 3]
            return min(aliases, key=len) if aliases else name[:2] + short
    return name


def _is_context_form(name: str) -> bool:
    return len(name) >= 2 and name[0] in LEVEL_CHARS and (name[1:] in SUFFIXES or name[1:] in KEXIE_NAMES)


def depth(code: str) -> int:
    if len(code) > 6:
        return 4
    if code.endswith("0000"):
        return 0 if code == "100000" else 1
    return 2 if code.endswith("00") else 3


def printed_name(name: str) -> str:
    """A name with the brackets Chinese text prints (重庆建设工业（集团）有限责任公司): the finder reads NFKC text,
    whose brackets are half-width, while the body is repaired to full-width (GB/T 15834); the name recorded and
    shown must be the one the body prints (and a clean source's)."""
    if "(" not in name and ")" not in name:
        return name
    return fullwidth_punctuation(name)[0]


def norm(text: str) -> str:
    """Traditional → simplified and full-width → ASCII, case kept (names are shown)."""
    return simplify(text)


def _is_ascii_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()
