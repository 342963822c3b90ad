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

The naming rules and the gazetteer of known organizations live in ``orgnames.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import OrganizationMention
from .orgnames import (
    CHINA_KEXIE,
    FULL_SUFFIXES,
    KEXIE,
    KEXIE_NAMES,
    LEVEL_CHARS,
    SUFFIX_RE,
    SUFFIXES,
    ZONES,
    ZONES_LONGEST_FIRST,
    OrganizationGazetteer,
    OrgEntry,
    Regions,
    depth,
    kexie_names,
    norm,
    short_key,
    zone_kexie_names,
)
from .regions import CHUANYU  # 重庆, 四川: bare short place names are trusted only here

SUB_BODIES = ("产业功能区",)  # 锦江区产业功能区科协: a 科协 under the district's
# Bodies with a 科协 of their own (DOMAIN: 企业科协, 高校科协, 医院科协), found by their name's suffix.
_HOST_SUFFIXES = ("大学", "学院", "医院", "股份有限公司", "有限责任公司", "有限公司", "研究院", "研究所", "科学院")
_HOST_KINDS = ("gaoxiao", "qiye", "keyan", "yiyuan")  # the kinds of those bodies, for a host the gazetteer knows
# A development zone's kind at the end of its name (绵阳高新区, 德阳经开区, 宜宾三江新区), the long forms first
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区"}
_ZONE_BEFORE = re.compile("(" + "|".join([*_ZONE_SHORT, "高新区", "经开区", "开发区", "新区"]) + ")$")
_TOWN_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(镇|乡|街道)$")
# What a town's own name does not end with (乡镇, 城镇, 村镇) or hold (全区街道, 各街道, 该镇, 区县乡镇)
_NOT_TOWN_END = "乡镇城村"
_NOT_IN_TOWN = "全各该每省州区县"
_SKIP_BEFORE = ("分会",)  # 市人民医院分会 is a branch of an association, not the hospital
# Characters that make a two-character short form part of another word: 西大街, 西大道, 重医德
_NO_SHORT_FORM_BEFORE = frozenset("街道路门桥巷德风疗")
_BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?分会")  # 重医二院分会: nor is a branch a short form opens
_STEP_VERBS = "获任赴入到在于从为被考留调"  # 1998年获…学位, 2005年任…所长, 2010年赴…: a year's step, then the body
# 学会部, 学会处, 学会学术部: a 科协's department for its societies (a few characters, then 部 or 处)
_DEPARTMENT_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}?[部处]")
# Words that end the text before a name: verbs, prepositions, roles (no name ends with them).
_BOUNDARY_TEXT = (
    "的 了 在 与 及 和 向 由 对 为 把 被 将 是 赴 到 从 给 让 使 等 并 或 暨 据 应 "
    "邀请 协助 帮助 指导 组织 联合 会同 携手 举办 召开 参加 参观 走访 前往 支持 依托 通过 成立 推动 "
    "加入 来自 奔赴 发起 捐赠 获得 荣获 作为 其中 包括 带领 感谢 结合 部署 安排 落实 单位 成员 "
    "会员 主任 会长 理事长 书记 主席 秘书长 专家 教授 博士 员工 作者系 "
    "毕业于 就读于 位于 任教于 现任 曾任 担任 任职 先生 女士 同志 老师 同学 领导 隶属 属于 "
    "后属 原属 现属 改属 归属 划归 并入 更名为 改名为 "
    "走进 走近 走入 来到 深入 进入 前来 看望 慰问 专访 采访 拜访 访问 对话 "  # ——对话重庆大学教授…: an interview's 副题
    "考入 考上 考取 录取 就读 毕业 入学 调入 调任 受聘 聘为 任教 "  # 谢德体考入西南农学院: a life's steps
    "获评 评为 入选 获批 授予 当选 "  # 会理市石榴协会获评全国农技协…: a headline's honour, not one name
    "引进 对接 联手 牵手 聘请 依靠 委托 "  # 引进西南大学柑桔研究所专家团队: a body a 科协 brings in or works with
    "审议 听取 表彰 表扬 考核 评选 "  # 会议听取镇科协工作报告: a meeting's business, then the body it is about
    "去年 今年 明年 前年 当年 同年 近年 近日 日前 目前 此前 今天 昨天 当天"  # 去年市科协牵头: a time, then the body
)
_BOUNDARY_WORDS = frozenset(_BOUNDARY_TEXT.split())
# What may stand glued before a national ministry's name: 国家科技部, 中国外交部
NATIONAL_PREFIXES = ("中国", "我国", "国家", "国务院", "中华人民共和国")
_BOUNDARY_TUPLE = tuple(sorted(_BOUNDARY_WORDS))  # for str.endswith
_BOUNDARY_PHRASES = tuple(w for w in _BOUNDARY_TUPLE if len(w) > 1)  # none is inside a town's name (太和镇 has 和)
# Disciplines that end in a boundary word: 重庆市中西医结合学会 is one name, not 结合 + 学会.
_NAME_WORDS = ("中西医结合", "医养结合")
# Words no organization name contains: 广元市全面推开行业协会 is a phrase, not a body.
_NOT_IN_NAME = (
    "全面", "推开", "关于", "做好", "开展", "推进", "加强", "助力", "举办", "召开", "实施", "落实",
    "调研", "考察", "视察", "督查", "督导", "检查",  # 南川区科协调研基层农技协: the 科协 visits the 农技协
    "签署", "签订", "走进", "携手",  # 在成都签署川渝学会协同发展合作协议: 川渝学会 is no body either
    "首个", "首家", "首批", "第一个", "第一家", "唯一", "多家", "多所", "一所",  # 凉山州首个医院: a count
)
_NOT_IN_NAME_RE = re.compile("|".join(_NOT_IN_NAME))
# A society's name holds no other society's whole name (会理市石榴协会荣膺全国农技协: two names and a verb);
# a union of societies does (四川省农村专业技术协会联合会).
# Nor a 科协's (四川省科协所属学会, 省科协现有所属学会: "the societies under the 科协").
_SOCIETY_INSIDE = re.compile("学会|协会|研究会|农技协|科协")
# An honour a society is given, no discipline it is named by: “四川省一流学会”, 市级示范学会, 优秀农技协
_HONOUR = re.compile("(?:[一二三四五]星级?|一流|优秀|先进|示范|标杆|模范|星级)")
_UNION_SUFFIXES = ("联合会",)
# A company's group, whose 科协 is named by it (攀钢集团科协); the kinds of known body a 科协 can be under.
_GROUP = "集团"
_HOST_KINDS = ("gaoxiao", "yiyuan", "qiye", "keyan")
_UNIT_AFTER = re.compile(r"([\u4e00-\u9fff]{2,12}?)中心")  # a 科协's unit: 企业创新服务中心, 科学技术传播中心
# A university's college (四川农业大学园艺学院): its university is its parent, and its name may hold 与.
_COLLEGE_SUFFIXES = ("学院",)
_UNIVERSITY_IN_NAME = re.compile("大学(?![生城])")  # not 大学生创业学院, 重庆大学城市科技学院
_BODY_INSIDE = re.compile("大学|学院|研究院|研究所|公司|学会|协会")
# What a name's words after its region never open with: 平昌县各建设校园科技馆 is "a 科技馆 in each", no body
_DISTRIBUTIVE = "各每"
# How a context form ends (市科协, 市教委): another may follow it glued on, in a headline
_CONTEXT_FORM_ENDS = (*KEXIE_NAMES, *(suffix for suffix, (*_, contextual) in SUFFIXES.items() if contextual))
_NOT_CONTEXT = "全本该各每我" + LEVEL_CHARS  # 全市科协, 区县科协: generic, not one body
_SOCIETY_KINDS = ("xuehui", "xiehui", "yanjiuhui")
# Bodies named "<region><what it is>" (a society, a department, a venue), whose region may be written several ways
_REGION_NAMED_KINDS = (*_SOCIETY_KINDS, "nongjixie", "zhengfu", "renda", "qita")
# A hospital its university names (陆军军医大学第一附属医院): no region needed in its name
_UNIVERSITY_HOSPITAL = re.compile(r"(?:大学|医学院)(?:第[一二三四五六七八九十]{1,2})?附属")
# A society's name as printed → the name its record has: 省老科技工作者协会 is 四川省老科学技术工作者协会 (省老科协).
_LONG_FORMS = {"老科技工作者协会": FULL_SUFFIXES["老科协"]}
# Words a level character opens (市场, 区块链): no 市/区/县 of a context form.
_LEVEL_WORDS = (
    "市场", "市民", "市政", "市容", "市级", "市区", "市县", "市值", "市直", "市属", "区块", "区域", "区级", "区县",
    "区属", "县域", "县级", "县城", "县区", "县属", "省级", "省内", "省市", "省属", "州级", "州属",
)
# What a bracket after a body's name says of its name then or now, before that name: 卫生部中医研究院（现中国
# 中医科学院）, （原四川省农科院） (the word is no part of the name; 原子能 is a word of its own)
_RENAMED_NOTE = re.compile(r"(?:现名|原名|现为|原为|现|今|原(?!子))")
_DEFINED = re.compile(r"^\s*[(（]\s*(?:下称|简称|以下简称)\s*[“\"‘']?([^”\"’')）]{2,16})[”\"’']?\s*[)）]")
# The name a body goes by, in brackets after its full name: （西南医院） (kept when it ends as the name does)
_CJK_GLOSS = re.compile(r"^\s*[(（]\s*([\u4e00-\u9fff]{3,12})\s*[)）]")
_LATIN_GLOSS = re.compile(r"^\s*[(（]\s*([A-Za-z][A-Za-z .,&'-]{1,80})\s*[)）]")
_OPENS_PAREN = re.compile(r"\s*[(（]")
MAX_NAME = 18
# Societies named by a one-character discipline: 医学会, 农学会, 药学会, 化学会, 数学会, 力学会…
_ONE_CHARACTER_DISCIPLINES = frozenset("医农药化数力光声林牧")


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    key: str = ""
    name: str = ""
    short: str = ""
    region: str | None = None
    parent: str | None = None
    known: bool = False
    context: tuple[str, str] | None = None  # (level char, suffix) still to resolve
    host_words: str = ""  # 攀钢 of 攀钢科协: a host's short name, still to find among the text's hosts
    region_end: int = -1  # where the written region name ends, for context look-back


def find_organizations(
    text: str,
    gazetteer: OrganizationGazetteer,
    regions: Regions,
    *,
    province_hint: str | None = None,
    context_codes: Sequence[str] = (),
    normalized: str | None = None,
    home_code: str | None = None,
) -> list[OrganizationMention]:
    """Organizations named in ``text``, one mention per body, in order of first mention.

    ``normalized`` is ``segment.simplify(text)`` when the caller already has it; ``home_code`` is the
    unit the page's paper or site is named for (攀枝花日报: 攀枝花市), the last answer to 市科协.
    """
    finder = _Finder(norm(text) if normalized is None else normalized, gazetteer, regions, province_hint,
                     tuple(context_codes), home_code)
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


class _Finder:
    """One pass over one normalized text."""

    def __init__(self, text, gazetteer, regions, province_hint, context_codes, home_code=None):
        self.text = text
        self.gaz = gazetteer
        self.regions = regions
        self.hint = province_hint
        # The page's home and the units above it: 攀枝花市, 四川省 on 攀枝花日报; 重庆市 on 重庆科技报
        self._home = regions.lineage(home_code) if home_code else [province_hint] if province_hint else []
        self.context_codes = context_codes
        self._is_name = regions.is_name
        self._resolved: dict[str, str | None] = {}  # _resolve() per region name: hint and context are fixed
        self._found_places: list[tuple[int, str]] | None = None  # see _places()
        counties = {code for code in context_codes if depth(code) == 3}
        self._county = counties.pop() if len(counties) == 1 else None  # a town named alone is under it
        self._known_spans: list[tuple[int, int, str]] = []  # see _known()
        self._hosts: list[_Cand] = []  # the bodies a 科协 was found under

    def run(self) -> list[OrganizationMention]:
        cands = [*self._known(), *self._kexie(), *self._by_suffix()]
        cands = self._resolve_short_hosts(cands)
        cands = _non_overlapping(self._without_a_students_word(_without_a_place_before_a_known_name(cands)))
        self._resolve_context(cands)
        self._one_key_per_body(cands)
        return self._mentions([c for c in cands if c.key])

    # --- evidence -----------------------------------------------------------------
    def _known(self) -> list[_Cand]:
        out = []
        self._known_spans = self.gaz.matches(self.text)
        for start, end, key in self._known_spans:
            if not self._stands_alone(start, end):
                continue
            entry = self.gaz.entries[key]  # its region counts for a context form after it (重庆市科协 … 市科协)
            if entry.kind == "zhengfu" and entry.region_code is None and not self._national_body_at(start, end):
                continue
            out.append(_Cand(start, end, entry.kind, key, self.text[start:end], region=entry.region_code, known=True))
        return out

    def _national_body_at(self, start: int, end: int) -> bool:
        """Whether a ministry's name (国防部, 农业农村部) names the State Council's: written alone or after
        中国/国家, not glued to another country's or body's name (以色列国防部, 省科协科技部), nor opening a
        field's departments or a minister's post (农业农村部门, 外交部长)."""
        if self.text.startswith(("门", "长"), end) and self.text[end - 1] == "部":
            return False
        return (
            start == 0 or not _is_cjk(self.text[start - 1]) or self._boundary_ends_at(start)
            or self.text.endswith(NATIONAL_PREFIXES, 0, start)
        )

    def _stands_alone(self, start: int, end: int) -> bool:
        """Whether a known short form at ``start`` names its body: a two-character one (西大, 川大) only where a
        clean boundary opens it (与西大合作, not 东西大通道 or 四川大力), and none opens a branch (重医二院分会)."""
        if end - start == 2 and _is_cjk(self.text[start]) and not (
            start == 0 or not _is_cjk(self.text[start - 1]) or self._boundary_ends_at(start)
        ):
            return False
        if end - start == 2 and (
            self.text[end : end + 1] in _NO_SHORT_FORM_BEFORE or self.text.startswith("学城", end)
        ):
            return False  # 西大街, 重医德, 重医疗, 西大学城: another word's characters, not 西大, 重医
        return end - start > 3 or not _BRANCH_AFTER.match(self.text, end)

    def _kexie(self) -> list[_Cand]:
        out = []
        for m in KEXIE.finditer(self.text):
            p, end = m.start(), m.end()
            infix = next((s for s in SUB_BODIES if self.text.endswith(s, 0, p)), "")
            q = p - len(infix)
            if self.text.endswith("中国", 0, q) and not infix:
                out.append(self._china_kexie_unit(q - 2, end)
                           or _Cand(q - 2, end, "kexie", CHINA_KEXIE, self.text[q - 2:end], "中国科协"))
                continue
            zone = None if infix else next((z for z in ZONES_LONGEST_FIRST if self.text.endswith(z, 0, q)), None)
            if zone:  # 两江新区科协: a development zone's, which no region name ends before
                key, short, parent = zone_kexie_names(zone, self.regions)
                out.append(_Cand(q - len(zone), end, "kexie", key, self.text[q - len(zone):end], short, ZONES[zone], parent))
                continue
            found = self._region_ending_at(q)
            if found is None and not infix and (zone_cand := self._city_zone_kexie(q, end)):
                out.append(zone_cand)  # 绵阳高新区科协, 宜宾三江新区科协: a zone the list lacks, its city's
                continue
            region_end = q
            if found is None and not infix:
                town = self._town_ending_at(q)
                if town:  # 万州区龙沙镇科协: a town's, under its district's
                    found, infix = town[0], self.text[town[1]:q]
                    q = region_end = town[1]
                    if found[1] == q:
                        region_end = -1  # 螺髻山镇科协: the district is the item's, not written here
            if found:
                code, start = found
                out.append(self._kexie_cand(code, start, end, infix, region_end))
            elif not infix and (host := self._known_host_ending_at(q) or self._host_ending_at(q)):
                self._hosts.append(host)
                out.append(self._host_kexie(host, end))  # 重庆邮电大学科协: a university's or a company's
            elif not infix and self._is_context_at(p):
                out.append(_Cand(p - 1, end, "kexie", name=self.text[p - 1:end], context=(self.text[p - 1], "科协")))
            elif not infix and (words := self._host_words_before(p)):
                out.append(_Cand(p - len(words), end, "kexie", name=self.text[p - len(words):end], host_words=words))
        return out

    def _china_kexie_unit(self, start: int, end: int) -> _Cand | None:
        """中国科协企业创新服务中心: a 中心 directly under 中国科协 is a body of its own, answering to it (its
        departments, 中国科协科普部, are the 科协 itself)."""
        unit = _UNIT_AFTER.match(self.text, end)
        if unit is None or _NOT_IN_NAME_RE.search(unit.group()) or any(
            self.text.startswith(_BOUNDARY_TUPLE, j) for j in range(end, unit.end(1))
        ):
            return None
        key = "中国科协" + unit.group()
        return _Cand(start, unit.end(), "qita", key, self.text[start:unit.end()], parent=CHINA_KEXIE)

    def _city_zone_kexie(self, q: int, end: int) -> _Cand | None:
        """The 科协 of a development zone named by its city (绵阳高新区, 宜宾三江新区, 德阳经开区) ending at
        ``q``: keyed as the listed zones are (city's short name, zone), answering to the city's 科协."""
        match = _ZONE_BEFORE.search(self.text, max(0, q - MAX_NAME), q)
        if match is None:
            return None
        suffix_start = match.start(1)
        start, _clean = self._scan_left(suffix_start)
        chain = self._region_chain(start, suffix_start)
        if not chain or depth(chain[-1][0]) > 2 or _NOT_IN_NAME_RE.search(self.text, start, q):
            return None
        code, name_start, region_end = chain[-1]
        name = self.text[region_end:suffix_start]  # 三江 of 宜宾三江新区
        if len(name) > 6:  # 天府国际空港 of 成都天府国际空港新区
            return None
        entry = self.regions.get(code)
        city = entry.name.removesuffix("市") if len(entry.name) > 2 else entry.name  # 绵阳市 → 绵阳, as 成都高新区
        zone = city + name + _ZONE_SHORT.get(match.group(1), match.group(1))
        key, short, parent = zone_kexie_names(zone, self.regions, code)
        return _Cand(name_start, end, "kexie", key, self.text[name_start:end], short, code, parent, region_end=region_end)

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
            if self._county and (town_start == 0 or not _is_cjk(self.text[town_start - 1])
                                 or self._boundary_ends_at(town_start)):
                return (self._county, town_start), town_start  # 。螺髻山镇, 联合观音桥街道: the whole name
        return None

    def _opens_with_or_holds_a_boundary(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` open with a boundary word or hold one of two characters
        or more: 审议通过 and 会议听取 of 审议通过镇科协, 会议听取镇科协 are a verb's clause before the
        bare 镇科协 (the item's own town's), no town's name."""
        return self.text.startswith(_BOUNDARY_TUPLE, start) or any(
            self.text.startswith(_BOUNDARY_PHRASES, j, end) for j in range(start + 1, end - 1)
        )

    def _host_ending_at(self, q: int) -> _Cand | None:
        """The university, institute, hospital or company whose name ends at ``q`` (its 科协 follows): by its
        name's suffix (重庆邮电大学, 攀钢集团), else a known body of such a kind (川农大)."""
        for suffix in _HOST_SUFFIXES:
            if self.text.endswith(suffix, 0, q):
                kind, needs_region, scoped, _ = SUFFIXES[suffix]
                return self._named(q - len(suffix), q, suffix, kind, needs_region, scoped)
        if self.text.endswith(_GROUP, 0, q) and self.text[self._scan_left(q - len(_GROUP))[0]] not in _NOT_CONTEXT:
            return self._named(q - len(_GROUP), q, _GROUP, "qiye", False, False)  # not 各集团, 全市企业集团
        known = [(start, key) for start, end, key in self._known_spans
                 if end == q and self.gaz.entries[key].kind in _HOST_KINDS]
        if known:
            start, key = min(known)  # the longest name
            entry = self.gaz.entries[key]
            return _Cand(start, q, entry.kind, key, self.text[start:q], region=entry.region_code, known=True)
        return None

    def _host_words_before(self, p: int) -> str:
        """The words between a clean boundary and the 科协 at ``p`` (攀钢 of 。攀钢科协), that may be a short
        name of a host the text names in full."""
        start, clean = self._scan_left(p)
        words = self.text[start:p]
        return words if clean and 2 <= len(words) <= 8 and words[0] not in _NOT_CONTEXT else ""

    def _resolve_short_hosts(self, cands: list[_Cand]) -> list[_Cand]:
        """Give 攀钢科协 and 长安汽车科协 the 科协 of the company the text names in full (攀钢集团科协,
        重庆长安汽车股份有限公司): its short name is how its name starts after its region. Without such a
        company nothing tells the words are a body's, and the candidate is dropped."""
        hosts = [*self._hosts, *(c for c in cands if c.kind == "qiye" and c.key)]
        out = []
        for cand in cands:
            if cand.host_words:
                cand = self._short_host_kexie(cand, hosts)
            if cand:
                out.append(cand)
        return out

    def _short_host_kexie(self, cand: _Cand, hosts: list[_Cand]) -> _Cand | None:
        """The 科协 of the host whose short name ends ``cand``'s words: all of them, or 4+ of their last."""
        words = cand.host_words
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

    def _known_host_ending_at(self, q: int) -> _Cand | None:
        """The known university, institute or company whose name or short form ends at ``q`` (西大科协, 攀钢科协)."""
        for start, end, key in self.gaz.matches(self.text[max(0, q - MAX_NAME) : q]):
            start, end = start + max(0, q - MAX_NAME), end + max(0, q - MAX_NAME)
            entry = self.gaz.entries[key]
            if end == q and entry.kind in _HOST_KINDS and self._stands_alone(start, end):
                return _Cand(start, end, entry.kind, key, self.text[start:end], region=entry.region_code, known=True)
        return None

    def _host_kexie(self, host: _Cand, end: int) -> _Cand:
        """A 高校科协, 医院科协 or 企业科协, named by its host; a university's answers to its province's 科协,
        a hospital's to the 科协 of the region its name gives (凉山州第一人民医院科协 → 凉山州科协). A host the
        gazetteer knows has its region from there (西南大学 names no place)."""
        region = host.region
        if region is None and (entry := self.gaz.get(host.key)):
            region = entry.region_code
        parent = None
        if host.kind == "gaoxiao" and region:
            parent = kexie_names(region[:2] + "0000", self.regions)[0]
        elif host.kind == "yiyuan" and region:
            parent = kexie_names(region, self.regions)[0]
        return _Cand(host.start, end, "kexie", host.key + "科学技术协会", self.text[host.start:end],
                     host.key + "科协", region, parent)

    def _kexie_cand(self, code: str, start: int, end: int, infix: str, region_end: int) -> _Cand:
        key, short, parent = kexie_names(code, self.regions)
        if infix:
            parent = key
            key = key.removesuffix("科学技术协会") + infix + "科学技术协会"
            short = short.removesuffix("科协") + infix + "科协"
        return _Cand(start, end, "kexie", key, self.text[start:end], short, code, parent, region_end=region_end)

    def _by_suffix(self) -> list[_Cand]:
        out = []
        for m in SUFFIX_RE.finditer(self.text):
            suffix, p, end = m.group(), m.start(), m.end()
            if suffix == "协会" and self.text.endswith("科学技术", 0, p):
                continue
            if self.text.startswith(_SKIP_BEFORE, end):
                continue
            if _DEPARTMENT_TAIL.match(self.text, end) and self.text.endswith(KEXIE_NAMES, 0, p):
                continue  # 省科协学会部, 省科协学会学术部: a department of the 科协, not a society
            kind, needs_region, scoped, contextual = SUFFIXES[suffix]
            cand = self._named(p, end, suffix, kind, needs_region, scoped)
            if cand:
                out.append(cand)
            elif contextual and self._is_context_at(p):
                out.append(_Cand(p - 1, end, kind, name=self.text[p - 1:end], context=(self.text[p - 1], suffix)))
            elif kind in _SOCIETY_KINDS and (cand := self._society_in_context(p, end, suffix, kind)):
                out.append(cand)
        return out

    def _unit_after_renamed_note(self, start: int) -> bool:
        """中药研究所 of 卫生部中医研究院（现中国中医科学院）中药研究所: a unit printed after its body's name
        and the note of what the body is called now, which names no body alone."""
        if start < 1 or self.text[start - 1] != ")":
            return False
        opening = self.text.rfind("(", 0, start - 1)
        return (
            opening > 0 and _RENAMED_NOTE.match(self.text, opening + 1) is not None
            and any(self.text.endswith(suffix, 0, opening) for suffix in SUFFIXES)
        )

    def _society_in_context(self, p: int, end: int, suffix: str, kind: str) -> _Cand | None:
        """市农学会, 区青少年科技教育协会: a society named by its level and discipline alone, the
        society of the region the text is about at that level (as 市科协 is that city's 科协)."""
        start, clean = self._scan_left(p)
        if not clean or p - start < 2 or self.text[start] not in LEVEL_CHARS or not self._is_context_at(start + 1):
            return None
        core = self.text[start + 1 : p]
        if self.text.startswith(_LEVEL_WORDS, start) or _NOT_IN_NAME_RE.search(core):
            return None  # 市场营销协会, 区块链协会, 县域经济研究会: a word, not a level
        if _SOCIETY_INSIDE.search(core) or _HONOUR.fullmatch(core):
            return None  # 省科协所属学会, 市级示范学会: the 科协's societies, an honour
        if len(core) < 2 and not (suffix == "学会" and core in _ONE_CHARACTER_DISCIPLINES):
            return None  # 市级学会, 省学会: no discipline named
        name = _LONG_FORMS.get(core + suffix, core + suffix)
        return _Cand(start, end, kind, name=self.text[start:end], context=(self.text[start], name))

    def _named(self, p, end, suffix, kind, needs_region, scoped) -> _Cand | None:
        """A name ending in ``suffix`` whose start is proved, or None."""
        start, clean = self._scan_left(p)
        if suffix in _COLLEGE_SUFFIXES and p - start >= 2 and (across := self._college_start_across_yu(start)) is not None:
            start = across
        chain = self._region_chain(start, p)
        if not chain and needs_region:
            start, chain = self._written_region_inside(start, p)
        elif not chain and kind == "gaoxiao":
            if self._known_university_after_words(start, end):
                return None  # 会议同意增补西南大学: the known 西南大学, not the words before it
            start, chain = self._place_after_words(start, p)
        if _NOT_IN_NAME_RE.search(self.text, start, p):
            return None
        if not chain and self._unit_after_renamed_note(start):
            return None
        if kind in _SOCIETY_KINDS + ("nongjixie",) and not suffix.endswith(_UNION_SUFFIXES) and (
            _SOCIETY_INSIDE.search(self.text, start, p)
        ):
            return None
        core = self.text[chain[-1][2] if chain else start:p]
        if core.startswith("某") or (chain and core.startswith(tuple(_DISTRIBUTIVE))):
            return None  # 某音乐学院: a body the text does not name
        if kind in (*_SOCIETY_KINDS, "nongjixie") and _HONOUR.fullmatch(core):
            return None  # 四川省一流学会: an honour, not a society
        national = kind in _SOCIETY_KINDS and clean and core.startswith("中国") and len(core) >= 4
        if needs_region and not chain and not (suffix == "医院" and _UNIVERSITY_HOSPITAL.search(core)) and not national:
            return None  # (陆军军医大学第一附属医院 needs no region: its university names it; 中国汽车工业协会
            # is a national society: 中国 is its region)
        if not chain and (not clean or len(core) < 2):
            return None
        if kind in ("xuehui", "xiehui", "yanjiuhui") and len(core) < 2 and not (
            (suffix == "学会" and core in _ONE_CHARACTER_DISCIPLINES) or (suffix in FULL_SUFFIXES and not core)
        ):
            return None  # 重庆学会 and 重庆大学会(同) are not names; 重庆市医学会 and 重庆市红十字会 are
        code = chain[-1][0] if chain else None
        name_start = chain[-1][1] if scoped and chain else start
        name = self.text[name_start:end]
        if suffix in FULL_SUFFIXES:  # 重庆市老科协: the record of 重庆市老科学技术工作者协会
            key = self.text[name_start:p] + FULL_SUFFIXES[suffix]
            return _Cand(name_start, end, kind, key, name, name, code, region_end=chain[-1][2] if chain else -1)
        short = _abbreviation(core, suffix) if chain else ""
        parent = self._university_of(name) if suffix in _COLLEGE_SUFFIXES else None
        return _Cand(name_start, end, kind, short_key(self._society_key(name, chain, code, kind, end)), name,
                     short if short and short in self.text else "", code, parent,
                     region_end=chain[-1][2] if chain else -1)

    def _place_after_words(self, start: int, p: int) -> tuple[int, list]:
        """A university's name opens with a place, if any is in the run (会议同意增补重庆大学, ——对话重庆大学,
        今天走近四川农业大学: a clause's verbs, then 重庆大学), unless a body's name stands before the place
        (电子科技大学成都学院: a college its university names)."""
        for j in range(start + 1, p - 1):
            if self._region_at(j, p):
                if SUFFIX_RE.search(self.text, start, j) or _GROUP in self.text[start:j]:
                    break
                return j, self._region_chain(j, p)
        return start, []

    def _known_university_after_words(self, start: int, end: int) -> bool:
        """Whether the run ends in a known university's whole name after words that are no place (会议同意增补西南大学;
        not 西安电子科技大学, which a place opens)."""
        for known_start, known_end, key in self._known_spans:
            if known_end == end and start < known_start and self.gaz.entries[key].kind == "gaoxiao":
                before = self.text[start:known_start]
                return known_end - known_start >= 4 and not any(
                    self._is_name(before[k:]) for k in range(len(before) - 1))
        return False

    def _college_start_across_yu(self, start: int) -> int | None:
        """Where a college's name starts when 与 stopped the scan inside it (西南大学蚕桑纺织与生物质科学学院,
        资源与环境学院): at its university's name, if the words before 与 are that name and a discipline."""
        if start < 1 or self.text[start - 1] != "与":
            return None
        left, _clean = self._scan_left(start - 1)
        before = self.text[left : start - 1]
        university = _UNIVERSITY_IN_NAME.search(before)
        if not university or university.start() < 2 or university.end() == len(before):
            return None  # 重庆大学与四川大学华西医学院: two bodies
        if _BODY_INSIDE.search(before, university.end()):
            return None  # 西南大学资源环境学院与农学院: two colleges
        return left

    def _university_of(self, name: str) -> str | None:
        """The university a college's name starts with, its record's key: 四川农业大学园艺学院 and 川农大园艺学院
        → 四川农业大学."""
        university = _UNIVERSITY_IN_NAME.search(name)
        if university and university.start() >= 2 and len(name) - university.end() >= 3:
            written = name[: university.end()]
            entry = self.gaz.lookup(written)
            return entry.key if entry else written
        known = [key for start, end, key in self.gaz.matches(name)
                 if start == 0 and len(name) - end >= 3 and self.gaz.entries[key].kind == "gaoxiao"]
        return known[0] if known else None

    def _society_key(self, name: str, chain: list[tuple[str, int, int]], code: str | None, kind: str, end: int) -> str:
        """One key for a society however its name was written, taken from the words printed: from its most
        specific region on (重庆市荣昌区畜牧兽医学会 = 荣昌区畜牧兽医学会, unless another unit of the province
        bears that region's name), and 老科技工作者协会 in its full form (= 老科学技术工作者协会)."""
        if kind not in _SOCIETY_KINDS:
            return name
        key = name
        if len(chain) >= 2 and not any(other[:2] == code[:2] for other in self.regions.namesakes(code)):
            key = self.text[chain[-1][1] : end]
        for written, full in _LONG_FORMS.items():
            if key.endswith(written):
                return key[: -len(written)] + full
        return key

    # --- regions --------------------------------------------------------------------
    def _resolve(self, name: str) -> str | None:
        if not self._is_name(name):
            return None  # most substrings tried name no region at all
        code = self._resolved.get(name, "")
        if code == "":
            code = self._resolved[name] = self._resolve_new(name)
        return code

    def _resolve_new(self, name: str) -> str | None:
        if not _is_cjk_run(name):
            return None
        code = self.regions.resolve_name(name, province_hint=self.hint, context_codes=self.context_codes)
        if code and (name[-1] in LEVEL_CHARS or code[:2] in CHUANYU):
            return code
        return None

    def _region_ending_at(self, q: int) -> tuple[str, int] | None:
        """The most specific region name ending at ``q`` (四川省泸州市 → 泸州市), the longest of a level
        (长宁县科协 is 长宁县's, not the 宁县 its name ends with)."""
        best = None
        if q < 1 or not _is_cjk(self.text[q - 1]):
            return None  # a region name is all CJK (see _resolve)
        for k in range(2, min(q, 10) + 1):
            if not _is_cjk(self.text[q - k]):
                break  # no longer name is all CJK either
            code = self._resolve(self.text[q - k:q])
            if code and (best is None or depth(code) >= depth(best[0])):
                best = (code, q - k)
        return best

    def _region_at(self, pos: int, limit: int, shortest: int = 2) -> tuple[str, int, int] | None:
        """The longest region name at ``pos`` (ending by ``limit``, at least ``shortest`` long): (code, start, end)."""
        cjk = _CJK_PREFIX.match(self.text, pos, limit).end() - pos  # a region name is all CJK (see _resolve)
        for k in range(min(10, cjk), shortest - 1, -1):
            code = self._resolve(self.text[pos:pos + k])
            if code:
                return code, pos, pos + k
        return None

    def _region_chain(self, start: int, limit: int) -> list[tuple[str, int, int]]:
        """Adjacent region names from ``start``: [(code, start, end)…], longest name first."""
        chain, pos = [], start
        while pos < limit and (link := self._region_at(pos, limit)):
            chain.append(link)
            pos = link[2]
        return chain

    def _written_region_inside(self, start: int, p: int) -> tuple[int, list]:
        """A region written with its level (重庆市) inside the run: 统一交重庆市红十字会."""
        for j in range(start + 1, p - 2):
            # The chain's first (longest) name must be 3+ characters and end in a level character.
            first = self._region_at(j, p, shortest=3)
            if first and self.text[first[2] - 1] in LEVEL_CHARS:
                return j, self._region_chain(j, p)
        return start, []

    def _scan_left(self, p: int) -> tuple[int, bool]:
        """Start of the name before ``p`` and whether a boundary (not length) stopped it."""
        i = p
        while i > 0:
            if self.text.endswith("(集团)", 0, i):
                i -= 4
                continue
            if (opening := self._bracketed_place_before(i)) is not None:
                i = opening  # 中国(绵阳)科技城工业技术研究院: the city in brackets is part of the name
                continue
            if p - i >= MAX_NAME:
                return i, False
            if not _is_cjk(self.text[i - 1]) or self._boundary_ends_at(i):
                if i < p - 1 and self.text[i] in "访记" and self.text[i - 1] in "—-－":
                    return i + 1, True  # ——访西南大学科技小院负责人: a portrait's 副题, not 访西南大学
                if self.text[i - 1] == "(" and (renamed := _RENAMED_NOTE.match(self.text, i, p - 1)):
                    return renamed.end(), True  # （现中国中医科学院）: the name now, without 现
                return self._after_a_date(i, p), True
            i -= 1
        return i, True

    def _without_a_students_word(self, cands: list[_Cand]) -> list[_Cand]:
        """西南交大学子, 川大学生: a known short form (西南交大, 川大) and 学子 or 学生, no university named
        …大学 (西南交大学 had been one)."""
        return [
            c for c in cands
            if c.known or not c.name.endswith("大学") or self.text[c.end : c.end + 1] not in "子生"
            or self.gaz.lookup(c.name[:-1]) is None
        ]

    def _after_a_date(self, i: int, p: int) -> int:
        """1990年获中国农业科学院…, 2005年 任西南大学…: past a number's 年 (月, 日) and the verb a life's step
        opens with (it was 年获中国农业科学院, or 获中国农业科学院 after a space)."""
        text = self.text
        if text[i - 1].isdigit() and i < p and text[i] in "年月日号":
            i += 1
        elif not (text[i - 1].isspace() and i >= 3 and text[i - 2] in "年月日号" and text[i - 3].isdigit()):
            return i
        return i + 1 if i < p - 1 and text[i] in _STEP_VERBS else i

    def _bracketed_place_before(self, i: int) -> int | None:
        """Where ``(绵阳)`` ending at ``i`` opens, in a name that goes on before it (中国(绵阳)…)."""
        if i < 4 or self.text[i - 1] not in ")）":
            return None
        window = max(0, i - 8)
        opening = max(self.text.rfind("(", window, i - 1), self.text.rfind("（", window, i - 1))
        if opening < 2 or not self.text.endswith("中国", 0, opening):
            return None  # the pattern of 中国(绵阳)科技城, 中国(四川)自由贸易试验区
        place = self.text[opening + 1 : i - 1]
        return opening if _is_cjk_run(place) and self._is_name(place) else None

    def _boundary_ends_at(self, i: int) -> bool:
        return self.text.endswith(_BOUNDARY_TUPLE, 0, i) and not self.text.endswith(_NAME_WORDS, 0, i)

    def _is_context_at(self, p: int) -> bool:
        """市科协 / 省科协 at ``p - 1`` standing alone (not 全市科协, not 区县科协)."""
        if p < 1 or self.text[p - 1] not in LEVEL_CHARS:
            return False
        before = p - 1
        if before == 0 or not _is_cjk(self.text[before - 1]):
            return True
        if self.text[before - 1] == "该" and (before < 2 or self.text[before - 2] != "应"):
            return True  # 该县农技协: the county's, as 县农技协 (not 应该)
        if self.text.endswith(_CONTEXT_FORM_ENDS, 0, before):
            return True  # 市科协市教委, 市教委市科协: two context forms in a row are two bodies
        return self.text[before - 1] not in _NOT_CONTEXT and self._boundary_ends_at(before)

    # --- context forms ----------------------------------------------------------------
    def _resolve_context(self, cands: list[_Cand]) -> None:
        """Give 市科协-style candidates the body they mean, or drop them (empty key)."""
        for i, cand in enumerate(cands):
            if not cand.context:
                continue
            level, suffix = cand.context
            code = self._context_region(level, suffix, cand.start, cands[:i])
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

    def _one_key_per_body(self, cands: list[_Cand]) -> None:
        """One key for a body named by its region however the region is written (凉山州营养学会, 州营养学会 and
        凉山彝族自治州营养学会; 重庆营养学会 and 重庆市营养学会): the key of its first name as printed, else of
        its context form. Keys stay as printed, so a record made under one of them keeps its name."""
        first: dict[tuple[str, str], str] = {}
        for cand in sorted(cands, key=lambda c: c.context is not None):  # stable: a printed name, in text order
            if body := self._body(cand):
                cand.key = first.setdefault((cand.region, body), cand.key)

    def _body(self, cand: _Cand) -> str:
        """What follows the region in the name of a body named by its region (营养学会 of 凉山州营养学会, 老科学技术
        工作者协会 of 市老科协), or "" for other bodies (重庆大学 is no 重庆's 大学)."""
        if cand.known or not cand.key or not cand.region or cand.kind not in _REGION_NAMED_KINDS:
            return ""
        if cand.context:
            return _full_name(cand.context[1])
        return _full_name(self.text[cand.region_end : cand.end]) if cand.region_end >= 0 else ""

    def _other_names(self, cand: _Cand) -> tuple[str, ...]:
        """The body's name with its region written the other customary ways: by the official name, the short one
        (凉山州, 彭水县) and, for a province's society, the bare name (重庆土壤学会). A record made under any of
        them, on this page or an earlier one, is found by them."""
        body = self._body(cand)
        if not body:
            return ()
        official, short, _parent = kexie_names(cand.region, self.regions)
        regions = [official.removesuffix("科学技术协会"), short.removesuffix("科协")]
        if depth(cand.region) == 1 and cand.kind in _SOCIETY_KINDS:
            regions.append(_region_name(cand.region, self.regions)[:-1])  # 重庆市 → 重庆
        return tuple(name for name in dict.fromkeys(region + body for region in regions) if name != cand.key)

    def _places(self) -> list[tuple[int, str]]:
        """(end, adcode) of the region names in the text; looked for only when a context form needs them."""
        if self._found_places is None:
            found = self.regions.find_spans(self.text, province_hint=self.hint, context_codes=self.context_codes)
            self._found_places = [(end, code) for _, end, code in found]
        return self._found_places

    def _context_region(self, level, suffix, pos, earlier) -> str | None:
        def named(code):
            entry = self.regions.get(code)
            return code if entry and entry.name.endswith(level) and code[:2] in CHUANYU else None

        def lies_in(code):  # 市科协 on a page about 涪城区: 绵阳市, the city the district lies in
            return next((unit for unit in self.regions.lineage(code) if named(unit)), None)

        # A unit of the form's level the text names first; only then one a named unit lies in.
        kind_ends = KEXIE_NAMES if suffix == "科协" else (suffix,)  # a 科协's key is its full name
        for fits in (named, lies_in):
            for cand in reversed(earlier):  # the same kind of body named just before
                if cand.region and cand.key.endswith(kind_ends) and (code := fits(cand.region)):
                    return code
            before = [(end, code) for end, code in self._places() if end <= pos]
            before += [(c.region_end, c.region) for c in earlier if c.region and c.region_end >= 0]
            for _end, code in sorted(before, reverse=True):
                if code := fits(code):
                    return code
            in_item = list(dict.fromkeys(unit for code in self.context_codes if (unit := fits(code))))
            if len(in_item) == 1:
                return in_item[0]
        return next((unit for unit in self._home if named(unit)), None)

    # --- output -------------------------------------------------------------------------
    def _mentions(self, cands: list[_Cand]) -> list[OrganizationMention]:
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
                    key=cand.key, name_in_text=cand.name, short_name=cand.short or (aliases[0] if aliases else ""),
                    kind=cand.kind, region_code=cand.region, parent_key=cand.parent, aliases=aliases + other_names)
            for alias in aliases:
                defined.setdefault(alias, mention.key)
            previous = by_key.get(mention.key)
            if previous is None:
                by_key[mention.key] = mention
            elif aliases:
                merged = tuple(dict.fromkeys(previous.aliases + aliases))
                by_key[mention.key] = _replace(previous, aliases=merged,
                                               short_name=previous.short_name or merged[0])
        return list(by_key.values())

    def _aliases(self, cand: _Cand) -> tuple[str, ...]:
        """Short forms defined right after the name: (下称“X”), (World Bank Group), (…, IFC)."""
        out = []
        if _OPENS_PAREN.match(self.text, cand.end):  # both forms start with a bracket
            rest = self.text[cand.end:cand.end + 120]
            if m := _DEFINED.match(rest):
                out.append(m.group(1))
            elif (m := _CJK_GLOSS.match(rest)) and m.group(1).endswith(cand.name[-2:]):
                out.append(m.group(1))  # 陆军军医大学第一附属医院（西南医院）: the name it goes by, same kind
            elif m := _LATIN_GLOSS.match(rest):
                out.extend(part.strip() for part in m.group(1).split(",") if part.strip())
        if cand.short and cand.short != cand.name and cand.kind != "kexie":
            out.append(cand.short)
        return tuple(dict.fromkeys(out))


def _is_town_name(core: str) -> bool:
    """Whether 螺髻山 (before 镇/乡/街道) can be a town's own name: not a generic word (乡镇, 江北区各街道,
    该镇) nor the end of another body's name (荣昌区科协和该镇)."""
    return not (
        core[0] in _NOT_CONTEXT or core[-1] in _NOT_TOWN_END or "科协" in core
        or any(ch in _NOT_IN_TOWN for ch in core)
    )


def _full_name(name: str) -> str:
    """老科协 and 老科技工作者协会 at the end of a name in the form its record has (老科学技术工作者协会)."""
    for written, full in (*FULL_SUFFIXES.items(), *_LONG_FORMS.items()):
        if name.endswith(written):
            return name[: -len(written)] + full
    return name


def _goes_by(host: _Cand, short: str, text: str) -> bool:
    """Whether ``short`` is how ``host``'s name starts after its region, shorter than it (攀钢 of 攀钢集团)."""
    own = text[max(host.start, host.region_end) : host.end]
    return own.startswith(short) and len(own) >= len(short) + 2


def _region_name(code: str, regions: Regions) -> str:
    return regions.get(code).name


def _from_entry(entry: OrgEntry, name_in_text: str, aliases: tuple[str, ...] = ()) -> OrganizationMention:
    others = [n for n in entry.names if n != entry.key]
    return OrganizationMention(
        key=entry.key, name_in_text=name_in_text, short_name=min(others, key=len) if others else "",
        kind=entry.kind, region_code=entry.region_code, parent_key=entry.parent_key, known=True,
        aliases=tuple(a for a in aliases if a not in entry.names))


def _replace(mention: OrganizationMention, **changes) -> OrganizationMention:
    from dataclasses import replace

    return replace(mention, **changes)


def _without_a_place_before_a_known_name(cands: list[_Cand]) -> list[_Cand]:
    """在绵阳市西南科技大学举行: the place says where the known body is, it makes no other body (绵阳市西南科技大学
    had been a second university beside 西南科技大学)."""
    known_spans = {(c.start, c.end) for c in cands if c.known}
    return [
        c for c in cands
        if c.known or c.context is not None or c.region_end <= c.start or (c.region_end, c.end) not in known_spans
    ]


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    """Leftmost-longest; on equal spans a known name beats a pattern, a pattern a context form."""
    rank = sorted(cands, key=lambda c: (c.start, -(c.end - c.start), not c.known, c.context is not None))
    kept, last_end = [], -1
    for cand in rank:
        if cand.start >= last_end:
            kept.append(cand)
            last_end = cand.end
    return kept


def _abbreviation(core: str, suffix: str) -> str:
    """The customary short form 老卫生科技工作者协会 → 老卫协 (first two + 协), if long enough."""
    if suffix == "协会" and len(core) >= 4:
        return core[:2] + "协"
    return ""


def _kind_of(name: str) -> str:
    if KEXIE.search(name):
        return "kexie"
    matches = list(SUFFIX_RE.finditer(name))
    m = matches[-1] if matches else None
    return SUFFIXES[m.group()][0] if m and m.end() == len(name) else "qita"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_CJK_RUN = re.compile("[\u4e00-\u9fff]*")
_CJK_PREFIX = re.compile("[\u4e00-\u9fff]{0,10}")


def _is_cjk_run(s: str) -> bool:
    return _CJK_RUN.fullmatch(s) is not None
