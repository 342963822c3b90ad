"""Evidence of an organization by its name's suffix (…学会, …协会, …大学, …学院, …医院, …有限公司): where a
well-formed name starts, proved by a region name or a clean boundary, and the key it is recorded under;
and a society named by its level and discipline alone (市农学会), a context form to resolve.

The units of a university or an academy (its colleges, hospitals, institutes and branches) are tied to
the body they answer to in ``organizations_units``; where a name starts across the 与 or 及 inside it
(材料科学与工程学院) is found in ``organizations_joined``.

``SuffixEvidence`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``gaz``,
``regions``, ``_known_spans``) and helpers (``_is_name``, those of ``NameBounds``, ``BodyUnits`` and
``JoinedDisciplines``).
"""

from __future__ import annotations

import re

from .organizations_bounds import (
    BELONGED_NOTE,
    BRANCH_OF_ASSOCIATION,
    NOT_IN_NAME_RE,
    RENAMED_NOTE,
    TO_BE_BUILT_RE,
    Cand,
)
from .organizations_kexie import GROUP
from .organizations_schools import SCHOOL_SUFFIXES, names_no_school
from .organizations_units import PLACED_KINDS, academy_of
from .orgnames import (
    FULL_SUFFIXES,
    KEXIE_NAMES,
    LEVEL_CHARS,
    SAME_ZONE,
    SUFFIX_RE,
    SUFFIXES,
    ZONE_SUFFIXES,
    ZONES_LONGEST_FIRST,
    short_key,
    zone_region,
)
from .regions_not_places import ORDINARY_FIRST
from .segment import DATA_DIR, read_word_list

# 学会部, 学会处, 学会学术部: a 科协's department for its societies (a few characters, then 部 or 处)
_DEPARTMENT_TAIL = re.compile(r"[\u4e00-\u9fff]{0,2}?[部处]")
# A society's name holds no other society's whole name (会理市石榴协会荣膺全国农技协: two names and a verb);
# a union of societies does (四川省农村专业技术协会联合会).
# Nor a 科协's (四川省科协所属学会, 省科协现有所属学会: "the societies under the 科协").
_SOCIETY_INSIDE = re.compile("学会|协会|研究会|农技协|科协")
# An honour a society is given, no discipline it is named by: “四川省一流学会”, 市级示范学会, 优秀农技协
_HONOUR = re.compile("(?:[一二三四五]星级?|一流|优秀|先进|示范|标杆|模范|星级)")
_UNION_SUFFIXES = ("联合会",)
# A university's college (四川农业大学园艺学院): its university is its parent, and its name may hold 与.
_COLLEGE_SUFFIXES = ("学院",)
_BODY_INSIDE = re.compile("大学|学院|研究院|研究所|公司|学会|协会")
# Words that open a kind of college, no one college: 高校相关学院, 有关学院, 各学院
_GENERIC_COLLEGE_HEADS = ("高校", "院校", "相关", "有关", "各", "其他", "其它", "部分")
# Kinds of body, no discipline, before 与: 企业与化学化工学院, 高校与科研院所 are two
_KINDS_OF_BODY = ("企业", "高校", "院校", "院所", "学校", "政府", "部门", "机构", "医院", "社区", "单位", "行业", "园区")
# A company's branch named after the company's name, by its region (重庆分公司, 四川省分公司, 成都分行) or its
# field of work (西南油气田分公司)
_BRANCH_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:分公司|分行)")
# A society's branch or committee named after it: 四川省营养学会临床营养分会, 重庆市医学会神经病学专科分会,
# 四川省营养学会科普工作委员会 (not 分会场, a venue the society hosts)
_SOCIETY_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:分会(?!场)|专业委员会|工作委员会|专委会)")
# A committee's short form and its full one: 全科医学专委会 is 全科医学专业委员会, one body by either name
_COMMITTEE_SHORT, _COMMITTEE = "专委会", "专业委员会"
# What a branch's name never holds: 四川省营养学会理事会换届暨临床营养分会 is the society's meeting, 暨 another
_NOT_IN_BRANCH = re.compile("暨|理事会|换届|大会|会议|年会")
# Words that name a society's or a company's branches in general, no one branch: 专科分会, 各专业委员会, 下属分会,
# 旗下分公司, 下设分公司, 新设分行, 异地分行, 多个分公司 (where, how many or that it has them, not what it does);
# 全 is "all" (全省分会), but 全科 is a discipline, general practice (全科医学专业委员会)
_GENERIC_BRANCH = re.compile(
    "(?:专科|专业|学科|学术|下属|所属|旗下|下设|新设|设立|新成立|异地|外地|当地|本地|各|每|全(?!科)"
    "|[多几数一二两三四五六七八九十百千]+[个家所])"
)
# What a name's words after its region never open with: 平昌县各建设校园科技馆 is "a 科技馆 in each", no body
_DISTRIBUTIVE = "各每"
SOCIETY_KINDS = ("xuehui", "xiehui", "yanjiuhui")
# Hospitals and institutes a region runs, named by its level like a society (市人民医院, 州农业科学技术研究所)
_LEVEL_NAMED_KINDS = ("yiyuan", "keyan")
# 中国 opening a national society's name after words that are no place (not the 中国 of 美中国际)
_NATIONAL_OPENING = re.compile("中国(?!际)")
# …and 中华 opening one (中华医学会, 中华中医药学会, 中华预防医学会): the other name the nation's societies go by
_NATIONAL_SOCIETY_OPENING = re.compile("中国(?!际)|中华")
# A research centre may be a national one, named from 中国 (中国大熊猫保护研究中心) as a national society is; but
# 中国式, 中国特色 are words ("Chinese-style": 习近平新时代中国特色社会主义思想研究中心), and 中国 after a body's name
# goes on that body's centre (北京大学中国经济研究中心): neither opens a nation's body
_NATIONAL_CENTRE_SUFFIXES = ("研究中心",)
_NATIONAL_CENTRE_OPENING = re.compile("中国(?!际|式|特色)")
# A country's one-character short form after living in, all of or posted to it: 旅美, 全美, 留英, 驻日 (中国…
# after it names the Chinese there: 旅美中国科学家工程师专业人士协会 is no national society)
_ABROAD_SHORT = re.compile("[旅留全驻][美英法德日俄加澳韩意欧非]$")
_BUILDING_VERBS = ("建设", "建成", "新建", "筹建", "组建", "共建", "合建")
# Bodies whose own name may open with a place above the place written before it (雅安市四川农业大学,
# 綦江区重庆齿轮箱有限责任公司): a registered name runs from the larger region down, so there the own name starts
_OWN_NAMED_KINDS = (*PLACED_KINDS, "qiye")
# A level a kind of institute is ranked at, opening its words after the region: 重庆市级研究中心, 四川省级研究院 are
# a count's or a rank's words, no institute's name
_RANK_OPENING = re.compile("(?:[省市区县州]|国家)?级")
# A hospital its university names (陆军军医大学第一附属医院): no region needed in its name
_UNIVERSITY_HOSPITAL = re.compile(r"(?:大学|医学院)(?:第[一二三四五六七八九十]{1,2})?附属")
# A society's name as printed → the name its record has: 省老科技工作者协会 is 四川省老科学技术工作者协会 (省老科协).
LONG_FORMS = {"老科技工作者协会": FULL_SUFFIXES["老科协"]}
# Words a level character opens (市场, 区块链): no 市/区/县 of a context form.
_LEVEL_WORDS = (
    "市场", "市民", "市政", "市容", "市级", "市区", "市县", "市值", "市直", "市属", "区块", "区域", "区级", "区县",
    "区属", "县域", "县级", "县城", "县区", "县属", "省级", "省内", "省市", "省属", "州级", "州属",
)
# 院士 after an academy's name is an academician's title; a 院士(专家)工作站 is the station the body before it hosts
_ACADEMICIAN_TITLE = re.compile(r"院士(?!(?:[（(]?专家[）)]?)?工作[站室])")
# A country or a part of the world before 大学 names the country's universities (美国大学的博士后), no body
COUNTRIES = frozenset(word for word, _freq in read_word_list(DATA_DIR / "countries.txt"))
# A cooperative's name after its region is its own (脆李, 讲治镇稻鱼鸭), not its legal kind (农民专业合作社), a
# rating (示范) or a level (村级股份经济合作社); nor a clause (脐橙种植大户领办专业合作社: 领办 is a verb)
_COOPERATIVE_SUFFIXES = ("专业合作社", "股份经济合作社")
_KINDS_OF_COOPERATIVE = re.compile(
    "(?:农民|农村|集体|新型|规范|[村乡镇县市省]级|国家级)$|" + _HONOUR.pattern + "$|领办|创办|牵头|组建|成立|带动"
)
# Bodies a town's farmers run, named by their town alone in a story of its county (先锋镇花椒专业技术协会)
_TOWN_RUN_KINDS = ("nongjixie",)
_TOWN_RUN_SUFFIXES = ("专业合作社", "科普惠农服务站")
# A 科普惠农服务站 is named by the town or village it serves, after its region (荣昌区清江镇科普惠农服务站); other
# words there count or build them (荣昌区建成科普惠农服务站20个)
_STATION_SUFFIXES = ("科普惠农服务站",)
_STATIONS_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区)")
# An agricultural extension station is named by what it extends, after its region (万州区农业技术推广站, 重庆市农业
# 技术推广总站); a verb or a kind of place there builds or counts stations (永川区新建乡镇农业技术推广站15个)
_EXTENSION_SUFFIXES = ("推广总站", "推广站")
_NOT_EXTENDED = re.compile("|".join((*_BUILDING_VERBS, "乡镇", "基层", "区县", "各", "[村乡镇县区市]级", r"\d")))
# How a zone's name ends, before its committee (管委会): a district's kind (两江新区, 绵阳高新区) or a science
# park's city (中国(绵阳)科技城, 西部(重庆)科学城, 天府国际生物城); no 物业管理委员会
_ZONE_NAME_ENDS = ("区", "科技城", "科学城", "生物城")
# The place a zone's name holds in brackets: 中国(绵阳)科技城
_BRACKETED_PLACE = re.compile(r"\(([\u4e00-\u9fff]{2,8})\)")
# The 科协's venues, museums among them: a short name that is an ordinary word first (大英, see
# regions_not_places) opens none alone (大英博物馆 is the British Museum, no 大英县 venue)
_VENUE_SUFFIXES = ("科技馆", "博物馆")
# A school's name, before the honorific name of its club (龙岗中学“少年科学院”, 龙岗中学少年科学院): the club is the
# school's, no academy or college of its own (中小学 is a kind of school, no school's name)
_SCHOOL_NAME_ENDS = ("中学", "小学", "学校")
_SCHOOL_IN_NAME = re.compile("(?<!中)小学|中学")  # (学校生命科学学院 is a university's college: its 学校)
_CLUB_NAMED_KINDS = ("keyan", "gaoxiao")
# Societies named by a one-character discipline: 医学会, 农学会, 药学会, 化学会, 数学会, 力学会…
_ONE_CHARACTER_DISCIPLINES = frozenset("医农药化数力光声林牧")


class SuffixEvidence:
    """The names ending in a known suffix in ``_Finder``'s text (see ``organizations._Finder.run``)."""

    def _by_suffix(self) -> list[Cand]:
        out = []
        for m in SUFFIX_RE.finditer(self.text):
            suffix, p, end = m.group(), m.start(), m.end()
            if suffix == "协会" and self.text.endswith("科学技术", 0, p):
                continue
            if BRANCH_OF_ASSOCIATION.match(self.text, end):
                continue  # 市人民医院分会 is a branch of an association, not the hospital
            if suffix.endswith("院") and _ACADEMICIAN_TITLE.match(self.text, end):
                continue  # 中国科学院院士: an academician's title, not the academy
            if _DEPARTMENT_TAIL.match(self.text, end) and self.text.endswith(KEXIE_NAMES, 0, p):
                continue  # 省科协学会部, 省科协学会学术部: a department of the 科协, not a society
            kind, needs_region, scoped, contextual = SUFFIXES[suffix]
            cand = self._named(p, end, suffix, kind, needs_region, scoped)
            if cand and kind in _LEVEL_NAMED_KINDS and cand.region is None and cand.name[0] in LEVEL_CHARS:
                cand = self._society_in_context(p, end, suffix, kind) or cand  # 州农业科学技术研究所: the 州's
            if cand and kind == "qiye":
                cand = self._branch_after(cand) or cand
            if cand and kind in SOCIETY_KINDS:
                cand = self._society_branch(cand) or cand
            if cand:
                out.append(cand)
            elif contextual and self._is_context_at(p):
                out.append(Cand(p - 1, end, kind, name=self.text[p - 1:end], context=(self.text[p - 1], suffix)))
            elif kind in (*SOCIETY_KINDS, *_LEVEL_NAMED_KINDS) and (
                cand := self._society_in_context(p, end, suffix, kind)
            ):
                out.append(cand)
        return out + self._academy_branches() + self._academy_centres() + self._numbered_schools()

    def _branch_after(self, company: Cand) -> Cand | None:
        """中国电信股份有限公司重庆分公司: a company's branch in a region, named by the company and the region, is a
        body of its own in that region, under the company."""
        branch = _BRANCH_AFTER.match(self.text, company.end)
        if not branch or not company.key:
            return None
        region = self._region_at(company.end, branch.end(1))
        if region and region[2] == branch.end(1):
            name = self.text[company.start : branch.end()]
            return Cand(company.start, branch.end(), "qiye", name, name, region=region[0], parent=company.key)
        words = branch.group(1)  # 西南油气田分公司: a branch named by its field of work, in the company's region
        if region or _GENERIC_BRANCH.match(words) or NOT_IN_NAME_RE.search(words) or SUFFIX_RE.search(words) or (
            self._opens_with_or_holds_a_boundary(company.end, branch.end(1))
        ):
            return None
        name = self.text[company.start : branch.end()]
        return Cand(company.start, branch.end(), "qiye", name, name, region=company.region, parent=company.key)

    def _society_branch(self, society: Cand) -> Cand | None:
        """四川省营养学会临床营养分会, 重庆市医学会神经病学专科分会, 四川省营养学会科普工作委员会: a branch or committee
        named by its society and its discipline is a body of its own under the society (its name proves it)."""
        branch = _SOCIETY_BRANCH.match(self.text, society.end)
        if branch is None or not society.key:
            return None
        discipline = branch.group(1)
        if (
            _GENERIC_BRANCH.match(discipline)
            or _SOCIETY_INSIDE.search(discipline)
            or NOT_IN_NAME_RE.search(discipline)
            or _NOT_IN_BRANCH.search(discipline)
            or self._opens_with_or_holds_a_boundary(society.end, branch.end(1))
        ):
            return None  # 医学会专科分会, 学会成立城市更新专业委员会: the branches in general, a clause
        name = self.text[society.start : branch.end()]
        written = self.text[society.end : branch.end()]
        full = written.removesuffix(_COMMITTEE_SHORT) + _COMMITTEE if written.endswith(_COMMITTEE_SHORT) else written
        return Cand(society.start, branch.end(), society.kind, society.key + full, name,
                    name if full != written else "", society.region, society.key, region_end=society.region_end)

    def _unit_after_renamed_note(self, start: int) -> bool:
        """中药研究所 of 卫生部中医研究院（现中国中医科学院）中药研究所, 柑橘研究所 of 中国农业科学院（后属中国热带
        农业科学院）柑橘研究所: a unit printed after its body's name and the note of what the body is called now
        or belonged to, which names no body alone."""
        if start < 1 or self.text[start - 1] != ")":
            return False
        opening = self.text.rfind("(", 0, start - 1)
        return (
            opening > 0
            and (RENAMED_NOTE.match(self.text, opening + 1) or BELONGED_NOTE.match(self.text, opening + 1)) is not None
            and any(self.text.endswith(suffix, 0, opening) for suffix in SUFFIXES)
        )

    def _society_in_context(self, p: int, end: int, suffix: str, kind: str) -> Cand | None:
        """市农学会, 区青少年科技教育协会: a society named by its level and discipline alone, the
        society of the region the text is about at that level (as 市科协 is that city's 科协)."""
        start, clean = self._scan_left(p)
        if not clean or p - start < 2 or self.text[start] not in LEVEL_CHARS or not self._is_context_at(start + 1):
            return None
        core = self.text[start + 1 : p]
        if self.text.startswith(_LEVEL_WORDS, start) or NOT_IN_NAME_RE.search(core):
            return None  # 市场营销协会, 区块链协会, 县域经济研究会: a word, not a level
        if _SOCIETY_INSIDE.search(core) or _HONOUR.fullmatch(core):
            return None  # 省科协所属学会, 市级示范学会: the 科协's societies, an honour
        if len(core) < 2 and not (suffix == "学会" and core in _ONE_CHARACTER_DISCIPLINES) and not (
            kind == "yiyuan" and core
        ):
            return None  # 市级学会, 省学会: no discipline named (市中医院 names its kind of hospital)
        name = LONG_FORMS.get(core + suffix, core + suffix)
        return Cand(start, end, kind, name=self.text[start:end], context=(self.text[start], name))

    def _named(self, p, end, suffix, kind, needs_region, scoped) -> Cand | None:
        """A name ending in ``suffix`` whose start is proved, or None."""
        if suffix in ZONE_SUFFIXES and (listed := self._listed_zone_committee(p, end, suffix)):
            return listed
        if suffix in SCHOOL_SUFFIXES and (placed := self._school_named_by_its_place(p, end)):
            return placed  # 江津中学: named by its place alone, whatever the words before it
        start, clean = self._scan_left(p, trade_name=kind == "qiye")
        if p - start >= 2 and (across := self._start_across_yu(start, p, suffix, kind)) is not None:
            start = across
        if kind == "yiyuan" and (university := self._known_university_opening(start, p)) is not None:
            start, clean = university, True  # 我们请重庆医科大学附属儿童医院: the hospital its university names
        chain = self._region_chain(start, p)
        if suffix in _VENUE_SUFFIXES and len(chain) == 1 and self.text[chain[0][1] : chain[0][2]] in ORDINARY_FIRST:
            chain = []
        if not chain and needs_region:
            start, chain = self._written_region_inside(start, p)
            if not chain and clean and (kind in _TOWN_RUN_KINDS or suffix in _TOWN_RUN_SUFFIXES):
                chain = self._town_opening(start, p)  # 先锋镇花椒专业技术协会: a town's, in the item's county
        elif not chain and kind == "gaoxiao":
            if self._known_university_after_words(start, end):
                return None  # 会议同意增补西南大学: the known 西南大学, not the words before it
            start, chain = self._place_after_words(start, p)
        elif not chain and kind == "keyan" and (academy := academy_of(self.text[start:p])):
            chain = self._region_chain(start + len(academy), p)  # 中国科学院重庆…研究院: 重庆's institute
        national_kind = kind in SOCIETY_KINDS or suffix in _NATIONAL_CENTRE_SUFFIXES
        opening = (
            _NATIONAL_CENTRE_OPENING if suffix in _NATIONAL_CENTRE_SUFFIXES
            else _NATIONAL_SOCIETY_OPENING if kind in SOCIETY_KINDS else _NATIONAL_OPENING
        )
        if not chain and national_kind and (china := opening.search(self.text, start + 1, p)) and (
            not _abroad_before(self.text[start : china.start()])
            and not (suffix in _NATIONAL_CENTRE_SUFFIXES and _BODY_INSIDE.search(self.text, start, china.start()))
        ):
            start, clean = china.start(), True  # 基地携同中国汽车工程学会: a national society's name opens with 中国
        where = None  # the place written before a body's own name, saying where it is
        placed_in = None  # the same before a company's name: where the company is, if its name's place holds it
        own = self._own_name_after_places(chain, p) if chain and kind in _OWN_NAMED_KINDS else None
        if kind == "qiye" and own == len(chain):
            own = None  # 重庆中国青年旅行社有限公司: a company's trade name may hold 中国 after its place
        if own is not None:
            placed_in = chain[own - 1][0] if kind == "qiye" else None
            if own == len(chain):  # 广汉市中国民用航空飞行学院: the national name opens after the place
                start, clean, where, chain = chain[-1][2], True, chain[-1][0], []
            else:  # 雅安市四川农业大学, 綦江区重庆齿轮箱有限责任公司: 四川 lies above 雅安市, so it opens the name
                start, chain = chain[own][1], chain[own:]
        if NOT_IN_NAME_RE.search(self.text, start, p):
            return None
        if kind in _CLUB_NAMED_KINDS and self._a_schools_club(start, p):
            return None  # 龙岗中学“少年科学院”: a school's club; the school is the body
        if kind in PLACED_KINDS and TO_BE_BUILT_RE.search(self.text, start, p):
            return None  # 共建智能传感器产业研究院: a body still to be built has no name yet
        if not chain and self._unit_after_renamed_note(start):
            return None
        if kind in SOCIETY_KINDS + ("nongjixie",) and not suffix.endswith(_UNION_SUFFIXES) and (
            _SOCIETY_INSIDE.search(self.text, start, p)
        ):
            return None
        core = self.text[chain[-1][2] if chain else start:p]
        if core.startswith("某") or (chain and core.startswith(tuple(_DISTRIBUTIVE))):
            return None  # 某音乐学院: a body the text does not name
        if not chain and kind == "gaoxiao" and core in COUNTRIES:
            return None  # 日本大学的青年研究人员: Japan's universities
        if kind == "gaoxiao" and core.startswith(_GENERIC_COLLEGE_HEADS):
            return None  # 四川大学、西南石油大学等高校相关学院: the colleges concerned, no one college
        if not chain and kind in PLACED_KINDS and core.startswith(_BUILDING_VERBS):
            return None  # 将建成社区科普大学, 将建设智能传感器产业研究院: a body still to be built has no name yet
        if chain and kind == "keyan" and (
            core.startswith(_BUILDING_VERBS) or _RANK_OPENING.match(core) or core in _KINDS_OF_BODY
        ):
            return None  # 成都新建研究中心, 重庆市级研究中心, 重庆高校研究中心: a kind of institute, no one institute
        if kind in (*SOCIETY_KINDS, "nongjixie") and _HONOUR.fullmatch(core):
            return None  # 四川省一流学会: an honour, not a society
        if suffix in SCHOOL_SUFFIXES and names_no_school(suffix, core):
            return None  # 渝北区农村小学, 江北区两所中学, 重庆科技馆中学科学: a kind or count of schools, 中 "in"
        if suffix in _VENUE_SUFFIXES and SUFFIX_RE.search(core):
            return None  # 重庆文理学院恐龙博物馆: the museum of a body named before it, which is the one recorded
        if suffix in _COOPERATIVE_SUFFIXES and _KINDS_OF_COOPERATIVE.search(core):
            return None  # 巫溪县农民专业合作社, 江津区村级股份经济合作社: a kind of cooperative, no one cooperative
        if suffix in _STATION_SUFFIXES and not _STATIONS_PLACE.fullmatch(core):
            return None  # 荣昌区建成科普惠农服务站: a count of stations, no one station
        if suffix in _EXTENSION_SUFFIXES and _NOT_EXTENDED.search(core):
            return None  # 永川区新建乡镇农业技术推广站: stations built in the towns, no one station
        if suffix == "政府" and core:
            return None  # 北碚区政府 (a region's government); 梓潼县党委政府 is two bodies, no name
        if suffix in ZONE_SUFFIXES and not (core.endswith(_ZONE_NAME_ENDS) and (chain or len(core) >= 4)):
            return None  # 绵阳高新区管委会, 中国(绵阳)科技城管委会; no 物业管理委员会, no bare 高新区管委会
        national = national_kind and clean and opening.match(core) is not None and (
            len(core) >= 4 or (suffix == "学会" and len(core) == 3 and core[-1] in _ONE_CHARACTER_DISCIPLINES)
        )  # 中国药学会, 中华医学会: a discipline of one character after the nation's name
        if needs_region and not chain and not (suffix == "医院" and _UNIVERSITY_HOSPITAL.search(core)) and not national:
            return None  # (陆军军医大学第一附属医院 needs no region: its university names it; 中国汽车工业协会
            # is a national society: 中国 is its region)
        if not chain and (not clean or len(core) < 2):
            return None
        if kind in ("xuehui", "xiehui", "yanjiuhui") and len(core) < 2 and not (
            (suffix == "学会" and core in _ONE_CHARACTER_DISCIPLINES) or (suffix in FULL_SUFFIXES and not core)
        ):
            return None  # 重庆学会 and 重庆大学会(同) are not names; 重庆市医学会 and 重庆市红十字会 are
        code = chain[-1][0] if chain else self._bracketed_place_in(start, p) if kind == "qiye" else where
        if placed_in and (code is None or code in self.regions.lineage(placed_in)):
            code = placed_in  # 綦江区重庆齿轮箱有限责任公司: the 重庆 company lies in 綦江区
        if code is None and suffix in ZONE_SUFFIXES and (place := _BRACKETED_PLACE.search(core)):
            code = self._resolve(place.group(1))  # 中国(绵阳)科技城管委会: 绵阳's
        name_start = chain[-1][1] if scoped and chain else start
        name = self.text[name_start:end]
        if suffix in FULL_SUFFIXES:  # 重庆市老科协: the record of 重庆市老科学技术工作者协会
            key = self.text[name_start:p] + FULL_SUFFIXES[suffix]
            return Cand(name_start, end, kind, key, name, name, code, region_end=chain[-1][2] if chain else -1)
        short = _abbreviation(core, suffix) if chain else ""
        parent = self._university_of(name) if suffix in _COLLEGE_SUFFIXES else None
        return Cand(name_start, end, kind, short_key(self._society_key(name, chain, code, kind, end)), name,
                     short if short and short in self.text else "", code, parent,
                     region_end=chain[-1][2] if chain else -1)

    def _a_schools_club(self, start: int, p: int) -> bool:
        """Whether the name from ``start`` to its suffix at ``p`` is a school's club named like an academy: in quotes
        right after the school's name, naming no place (龙岗中学“少年科学院”), or glued to it (大足区龙岗中学少年科学院)."""
        quoted = start > 0 and self.text[start - 1] in "“\"「『" and not self._region_at(start, p)
        return (quoted and self.text.endswith(_SCHOOL_NAME_ENDS, 0, start - 1)) or (
            _SCHOOL_IN_NAME.search(self.text, start, p) is not None
        )

    def _own_name_after_places(self, chain: list[tuple[str, int, int]], p: int) -> int | None:
        """Where a university's or an institute's own name starts among the places before it (the index in
        ``chain``): at a place that lies above the one before it (雅安市四川农业大学: 四川), or after them all where
        a national name follows (广汉市中国民用航空飞行学院: 中国); None where the places open the name."""
        for k in range(1, len(chain)):
            if chain[k - 1][0] not in self.regions.lineage(chain[k][0]):
                return k
        return len(chain) if _NATIONAL_OPENING.match(self.text, chain[-1][2], p) else None

    def _listed_zone_committee(self, p: int, end: int, suffix: str) -> Cand | None:
        """两江新区管委会, 西部（重庆）科学城管委会: the committee of a listed zone, in the zone's region and keyed by
        the zone's main name (西部(重庆)科学城 is 重庆高新区), as its 科协 is; a zone its region's name opens
        (重庆高新区) is named by that region (see ``ContextForms._body``)."""
        zone = next((z for z in ZONES_LONGEST_FIRST if self.text.endswith(z, 0, p)), None)
        if zone is None:
            return None
        start, code = p - len(zone), zone_region(zone)
        key = short_key(SAME_ZONE.get(zone, zone) + suffix)
        region = self._region_at(start, p)
        region_end = region[2] if region and region[0] == code else -1
        return Cand(start, end, "zhengfu", key, self.text[start:end], region=code, region_end=region_end)

    def _place_after_words(self, start: int, p: int) -> tuple[int, list]:
        """A university's name opens with a place, if any is in the run (会议同意增补重庆大学, ——对话重庆大学,
        今天走近四川农业大学: a clause's verbs, then 重庆大学), unless a body's name stands before the place
        (电子科技大学成都学院: a college its university names)."""
        for j in range(start + 1, p - 1):
            if self._region_at(j, p):
                if SUFFIX_RE.search(self.text, start, j) or GROUP in self.text[start:j]:
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

    def _known_university_opening(self, start: int, p: int) -> int | None:
        """Where a known university's name opens a hospital's own name after words that are no name (我们请重庆医科大学
        附属儿童医院, 特邀陆军军医大学第一附属医院, 我们请四川大学华西医院): the hospital is the university's, and the
        clause's verbs before it are not part of its name."""
        for known_start, known_end, key in self._known_spans:
            if start < known_start and known_end < p and self.gaz.entries[key].kind == "gaoxiao":
                before = self.text[start:known_start]
                if known_end - known_start >= 4 and not any(self._is_name(before[k:]) for k in range(len(before) - 1)):
                    return known_start
        return None

    def _society_key(self, name: str, chain: list[tuple[str, int, int]], code: str | None, kind: str, end: int) -> str:
        """One key for a society however its name was written, taken from the words printed: from its most
        specific region on (重庆市荣昌区畜牧兽医学会 = 荣昌区畜牧兽医学会, unless another unit of the province
        bears that region's name), and 老科技工作者协会 in its full form (= 老科学技术工作者协会)."""
        if kind not in SOCIETY_KINDS:
            return name
        key = name
        if len(chain) >= 2 and not any(other[:2] == code[:2] for other in self.regions.namesakes(code)):
            key = self.text[chain[-1][1] : end]
        for written, full in LONG_FORMS.items():
            if key.endswith(written):
                return key[: -len(written)] + full
        return key


def _abroad_before(words: str) -> bool:
    """Whether ``words`` end with a country or a part of the world: 英国, 亚太, 旅美 (not 携同, 基地将汇聚)."""
    return _ABROAD_SHORT.search(words) is not None or any(words[-k:] in COUNTRIES for k in range(2, 6))


def _abbreviation(core: str, suffix: str) -> str:
    """The customary short form 老卫生科技工作者协会 → 老卫协 (first two + 协), if long enough."""
    if suffix == "协会" and len(core) >= 4:
        return core[:2] + "协"
    if suffix in ("中学校", "小学校"):
        return core + suffix[:-1]  # 重庆市巴蜀中学校: 巴蜀中学, as papers write it
    return ""
