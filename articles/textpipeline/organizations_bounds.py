"""Where an organization's name starts and ends in the text, and the region names it opens with.

A name found by its suffix or before 科协 runs left to the nearest boundary: a word no name ends with
(verbs, prepositions, roles, times), a character that is not CJK, or the longest name allowed. The
region names inside it (重庆市, 凉山州) are resolved once per text, trusting bare short names only in
重庆 and 四川. ``Cand`` is what the evidence rules (``organizations_kexie``, ``organizations_suffix``)
and the context forms (``organizations_context``) pass between them.

``NameBounds`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``regions``,
``hint``, ``context_codes``, ``_is_name``, ``_resolved``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .orgnames import KEXIE_NAMES, LEVEL_CHARS, SUFFIXES, depth
from .regions_home import CHUANYU  # 重庆, 四川: bare short place names are trusted only here
from .regions_not_places import LEVEL_PAIRS, TOWN_AFTER_SHORT_NAME

_STEP_VERBS = "获任赴入到在于从为被考留调"  # 1998年获…学位, 2005年任…所长, 2010年赴…: a year's step, then the body
# Words that end the text before a name: verbs, prepositions, roles (no name ends with them).
_BOUNDARY_TEXT = (
    "的 了 在 与 及 和 向 由 对 为 把 被 将 是 赴 到 从 给 让 使 等 并 或 暨 据 应 "
    "邀请 协助 帮助 指导 组织 联合 会同 携手 举办 召开 参加 参观 走访 前往 支持 依托 通过 成立 推动 "
    "加入 来自 奔赴 发起 捐赠 获得 荣获 作为 其中 包括 带领 感谢 结合 部署 安排 落实 单位 成员 "
    "会员 主任 会长 理事长 书记 主席 秘书长 专家 教授 博士 员工 作者系 "
    "毕业于 就读于 位于 任教于 现任 曾任 担任 兼任 出任 任职 先生 女士 同志 老师 同学 领导 隶属 属于 "
    "后属 原属 现属 改属 归属 划归 并入 更名为 改名为 "
    "所属 下属 "  # 四川省科学技术协会所属四川科技馆: the parent, then its unit's name
    "走进 走近 走入 来到 深入 进入 前来 看望 慰问 专访 采访 拜访 访问 对话 "  # ——对话重庆大学教授…: an interview's 副题
    "追忆 缅怀 怀念 "  # ——追忆西南大学…教授: a memorial's 副题
    "考入 考上 考取 录取 就读 毕业 入学 调入 调任 受聘 聘为 任教 "  # 谢德体考入西南农学院: a life's steps
    "获评 评为 入选 获批 授予 当选 "  # 会理市石榴协会获评全国农技协…: a headline's honour, not one name
    "引进 对接 联手 牵手 聘请 依靠 委托 "  # 引进西南大学柑桔研究所专家团队: a body a 科协 brings in or works with
    "审议 听取 表彰 表扬 考核 评选 "  # 会议听取镇科协工作报告: a meeting's business, then the body it is about
    "辖区 辖区内 境内 区内 县内 市内 "  # 组织辖区内四川九洲电器集团有限责任公司: where the body is, then its name
    "去年 今年 明年 前年 当年 同年 近年 近日 日前 目前 此前 今天 昨天 当天 "  # 去年市科协牵头: a time, then the body
    "后来 当时 当初 起初 最初 随后 此后 之后 然后 这时 此时 那时 如今 "  # 后来县科协请了…: a life story's time
    "落户 落地 入驻 揭牌 "  # 院士工作站落户三峡学院: a headline's platform settling in, then the body
    "汇聚 汇集 集聚 吸引 签约 "  # 基地将汇聚中国汽车工程学会: what a platform gathers, then the body
    "现有 共有 拥有 已有 新增 "  # 简阳市现有农技协52个: a count of a region's bodies (绵阳市共有绵阳市发明协会等: one)
    "还有 另有 也有 的有 "  # 出席仪式的还有澳门大学、…的代表: a guest list's verb, then the bodies
    "但 而 却 也 又 即 "  # 有些冷清，但斯坦福大学的实验室, 即凉山州…研究院 ("namely"): a conjunction or adverb
    "甲方 乙方 丙方 丁方 委托方 受托方 受让方 转让方 出让方"  # 甲方重庆川仪…公司、乙方西南大学: a contract party's label
)
# Of these, the words a company's trade name may open with after its region: 成都汇聚智能科技有限公司, 重庆又一村…
_TRADE_NAME_WORDS = ("汇聚", "汇集", "集聚", "但", "而", "却", "也", "又")
# What a national company's name opens with, before any word of its trade name: 中国联合工程有限公司
_NATIONAL_COMPANY_OPENING = "中国"
_BOUNDARY_WORDS = frozenset(_BOUNDARY_TEXT.split())
BOUNDARY_TUPLE = tuple(sorted(_BOUNDARY_WORDS))  # for str.endswith
_BOUNDARY_PHRASES = tuple(w for w in BOUNDARY_TUPLE if len(w) > 1)  # none is inside a town's name (太和镇 has 和)
# Where a body lies, after a word that is no region's name (组织区内重庆长安…): 重庆市内燃机学会 is one name
_WHERE_WORDS = ("区内", "县内", "市内")
# Disciplines that end in a boundary word: 重庆市中西医结合学会 is one name, not 结合 + 学会.
_NAME_WORDS = ("中西医结合", "医养结合")
# Words no organization name contains: 广元市全面推开行业协会 is a phrase, not a body.
_NOT_IN_NAME = (
    "全面", "推开", "关于", "做好", "开展", "推进", "加强", "助力", "举办", "召开", "实施", "落实",
    "调研", "考察", "视察", "督查", "督导", "检查",  # 南川区科协调研基层农技协: the 科协 visits the 农技协
    "签署", "签订", "走进", "携手",  # 在成都签署川渝学会协同发展合作协议: 川渝学会 is no body either
    "首个", "首家", "首批", "第一个", "第一家", "唯一", "多家", "多所", "一所",  # 凉山州首个医院: a count
)
NOT_IN_NAME_RE = re.compile("|".join(_NOT_IN_NAME))
# A university or institute still to be built has no name yet: 共建智能传感器产业研究院, 明年将重点建设社区科普大学
# (a company's trade name may hold these words: 重庆共建科技有限公司)
TO_BE_BUILT_RE = re.compile("共建|合建|筹建|组建|重点建设|加快建设|大力建设|着力建设")
# How a context form ends (市科协, 市教委): another may follow it glued on, in a headline
_CONTEXT_FORM_ENDS = (*KEXIE_NAMES, *(suffix for suffix, (*_, contextual) in SUFFIXES.items() if contextual))
NOT_CONTEXT = "全本该各每我" + LEVEL_CHARS  # 全市科协, 区县科协: generic, not one body
# What a bracket after a body's name says of its name then or now, before that name: 卫生部中医研究院（现中国
# 中医科学院）, （原四川省农科院） (the word is no part of the name; 原子能 is a word of its own)
RENAMED_NOTE = re.compile(r"(?:现名|原名|现为|原为|现|今|原(?!子))")
# A bracket's note of the body a body belonged to then or later: 中国农业科学院（后属中国热带农业科学院）
BELONGED_NOTE = re.compile(r"(?:后属|原属|现属|改属|归属|划归|后并入|并入|时称|曾名)")
MAX_NAME = 18
# 分会 after a body's name opens an association's branch there (市人民医院分会); 分会场 is a venue the body hosts
BRANCH_OF_ASSOCIATION = re.compile("分会(?!场)")
# A year in Chinese numerals ends the words before a name, as 去年 does: 周立新一九九八年大学毕业 (no 一九九八年大学)
_CHINESE_YEAR_END = re.compile("[〇零一二三四五六七八九]{4}年$")


@dataclass
class Cand:
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


class NameBounds:
    """Boundaries and region names of the names in ``_Finder``'s text."""

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
        if name[0] in LEVEL_CHARS and name[-1] not in LEVEL_CHARS:
            return None  # 市中医药学会: a context form's level and 中医药, not 市中区 without its 区 (as in regions_context)
        code = self.regions.resolve_name(name, province_hint=self.hint, context_codes=self.context_codes)
        if code and (name[-1] in LEVEL_CHARS or code[:2] in CHUANYU):
            return code
        return None

    def _resolve_under(self, name: str, parent: str) -> str | None:
        """The unit named ``name`` that lies under ``parent``, the region written right before it: 内江市市中区
        is 内江's, though 市中区 alone is 内江's or 乐山's."""
        if not self._is_name(name):
            return None
        key = name + "@" + parent
        code = self._resolved.get(key, "")
        if code == "":
            code = self.regions.resolve_name(name, province_hint=self.hint, context_codes=(parent,))
            if code and parent not in self.regions.lineage(code)[1:]:
                code = None
            code = self._resolved[key] = code if code and _is_cjk_run(name) else None
        return code

    def _region_ending_at(self, q: int, anchored: bool = True) -> tuple[str, int] | None:
        """The most specific region name ending at ``q`` (四川省泸州市 → 泸州市), the longest of a level
        (长宁县科协 is 长宁县's, not the 宁县 its name ends with). A namesake only the region written right
        before it tells apart (内江市市中区) starts where that region does."""
        best = None
        if q < 1 or not is_cjk(self.text[q - 1]):
            return None  # a region name is all CJK (see _resolve)
        for k in range(2, min(q, 10) + 1):
            if not is_cjk(self.text[q - k]):
                break  # no longer name is all CJK either
            found = (code := self._resolve(self.text[q - k:q])) and (code, q - k)
            if not code and anchored and self._is_name(self.text[q - k:q]):
                found = self._namesake_ending_at(q - k, q)
            if found and (best is None or depth(found[0]) >= depth(best[0]) or not _lies_in(best[0], found[0])):
                best = found  # (天津市科协 is 天津市's: 津市, a 湖南 city, is no region of it but a piece of its name)
        return best

    def _namesake_ending_at(self, start: int, q: int) -> tuple[str, int] | None:
        """(code, the parent's start) of the namesake from ``start`` to ``q`` under the region ending at ``start``."""
        parent = self._region_ending_at(start, anchored=False)
        code = parent and self._resolve_under(self.text[start:q], parent[0])
        return (code, parent[1]) if code else None

    def _region_at(self, pos: int, limit: int, shortest: int = 2, under: str | None = None) -> tuple[str, int, int] | None:
        """The longest region name at ``pos`` (ending by ``limit``, at least ``shortest`` long): (code, start, end);
        ``under`` a unit, the longest name of a unit under it (市中区 after 内江市)."""
        cjk = _CJK_PREFIX.match(self.text, pos, limit).end() - pos  # a region name is all CJK (see _resolve)
        for k in range(min(10, cjk), shortest - 1, -1):
            name = self.text[pos:pos + k]
            code = self._resolve_under(name, under) if under else self._resolve(name)
            if code:
                return code, pos, pos + k
        return None

    def _region_chain(self, start: int, limit: int) -> list[tuple[str, int, int]]:
        """Adjacent region names from ``start``: [(code, start, end)…], longest name first. A namesake only the
        region before it tells apart (市中区 of 内江市市中区) starts where that region does: it is named by both."""
        chain, pos = [], start
        while pos < limit:
            if (link := self._region_at(pos, limit)) and not chain and self._town_of_the_items_county(link):
                return [(self._county, start, start)]  # 元坝镇柑橘专业技术协会 in a story of 苍溪县: its town
            if link and link[2] - link[1] == 3 and self.text.startswith(LEVEL_PAIRS, link[2] - 1):
                break  # 新建区县科技馆: 新建 ("build new") 区县, no 新建区 (as in regions_find)
            if link:
                chain.append(link)
            elif chain and (link := self._region_at(pos, limit, under=chain[-1][0])):
                chain.append((link[0], chain[-1][1], link[2]))
            else:
                break
            pos = link[2]
        return chain

    def _town_of_the_items_county(self, link: tuple[str, int, int]) -> bool:
        """Whether a unit's bare name opens a town's (元坝镇, 南溪镇) in a story of another county, the one the
        item names (苍溪县 has its own 元坝镇; 昭化区 was 元坝区): the town is that county's, as in regions_find."""
        code, name_start, name_end = link
        return (
            self._county is not None
            and self.text[name_end - 1] not in LEVEL_CHARS
            and TOWN_AFTER_SHORT_NAME.match(self.text, name_end) is not None
            and code not in self.regions.lineage(self._county)
            and self._county not in self.regions.lineage(code)
        )

    def _written_region_inside(self, start: int, p: int) -> tuple[int, list]:
        """A region written with its level (重庆市) inside the run: 统一交重庆市红十字会."""
        for j in range(start + 1, p - 2):
            # The chain's first (longest) name must be 3+ characters and end in a level character.
            first = self._region_at(j, p, shortest=3)
            if first and self.text[first[2] - 1] in LEVEL_CHARS:
                return j, self._region_chain(j, p)
        return start, []

    def _scan_left(self, p: int, trade_name: bool = False) -> tuple[int, bool]:
        """Start of the name before ``p`` and whether a boundary (not length) stopped it; ``trade_name``, a
        company's, whose trade name may open with a conjunction or a gathering verb after its region."""
        i = p
        while i > 0:
            if self.text.endswith("(集团)", 0, i):
                i -= 4
                continue
            if (opening := self._bracketed_place_before(i, p, trade_name)) is not None:
                i = opening  # 中国(绵阳)科技城工业技术研究院: the city in brackets is part of the name
                continue
            if p - i >= MAX_NAME:
                return i, False
            if trade_name and self._trade_name_word_after_region(i):
                i -= 1
                continue
            if not is_cjk(self.text[i - 1]) or self._boundary_ends_at(i) or self._chinese_year_ends_at(i):
                if i < p - 1 and self.text[i] in "访记" and self.text[i - 1] in "—-－":
                    return i + 1, True  # ——访西南大学科技小院负责人: a portrait's 副题, not 访西南大学
                if self.text[i - 1] == "(" and (renamed := RENAMED_NOTE.match(self.text, i, p - 1)):
                    return renamed.end(), True  # （现中国中医科学院）: the name now, without 现
                return self._after_a_date(i, p), True
            i -= 1
        return i, True

    def _trade_name_word_after_region(self, i: int) -> bool:
        """Whether a trade name's word ending at ``i`` follows a region's name (重庆又一村农业开发有限公司), or a verb
        of two characters or more follows the 中国 a national company's name opens with (中国联合工程有限公司)."""
        word = next((w for w in _TRADE_NAME_WORDS if self.text.endswith(w, 0, i)), None)
        if word is not None and self._region_ending_at(i - len(word)) is not None:
            return True
        opening = self.text.rfind(_NATIONAL_COMPANY_OPENING, max(0, i - 6), i)
        word = self.text[opening + len(_NATIONAL_COMPANY_OPENING) : i] if opening >= 0 else ""
        return len(word) > 1 and word in _BOUNDARY_WORDS

    def _after_a_date(self, i: int, p: int) -> int:
        """1990年获中国农业科学院…, 2005年 任西南大学…: past a number's 年 (月, 日) and the verb a life's step
        opens with (it was 年获中国农业科学院, or 获中国农业科学院 after a space)."""
        text = self.text
        if text[i - 1].isdigit() and i < p and text[i] in "年月日号":
            i += 1
        elif not self._chinese_year_ends_at(i) and not (
            text[i - 1].isspace() and i >= 3 and text[i - 2] in "年月日号" and text[i - 3].isdigit()
        ):
            return i
        return i + 1 if i < p - 1 and text[i] in _STEP_VERBS else i

    def _chinese_year_ends_at(self, i: int) -> bool:
        return _CHINESE_YEAR_END.search(self.text, max(0, i - 5), i) is not None

    def _bracketed_place_before(self, i: int, p: int, trade_name: bool = False) -> int | None:
        """Where ``(绵阳)`` ending at ``i`` opens, in a name that goes on before it (中国(绵阳)…); in a company's
        (``trade_name``), after any trade name: 华润微电子(重庆)有限公司, 中冶赛迪(重庆)信息技术有限公司, a subsidiary's
        standard form, whose words after the place (to its suffix at ``p``) are a short business, no other company's
        name (长安汽车(重庆)西南铝业集团有限责任公司 is two)."""
        if i < 4 or self.text[i - 1] not in ")）":
            return None
        window = max(0, i - 8)
        opening = max(self.text.rfind("(", window, i - 1), self.text.rfind("（", window, i - 1))
        if opening < 2 or not (self.text.endswith("中国", 0, opening) or (
            trade_name and is_cjk(self.text[opening - 1]) and _is_business_after_place(self.text[i:p])
        )):
            return None  # the pattern of 中国(绵阳)科技城, 中国(四川)自由贸易试验区
        place = self.text[opening + 1 : i - 1]
        return opening if _is_cjk_run(place) and self._is_name(place) else None

    def _bracketed_place_in(self, start: int, end: int) -> str | None:
        """The region a company's name holds in brackets (华润微电子(重庆)有限公司: 重庆), if any."""
        for m in _BRACKETED.finditer(self.text, start, end):
            if code := self._resolve(m.group(1)):
                return code
        return None

    def _boundary_ends_at(self, i: int) -> bool:
        text = self.text
        if text.endswith(_NAME_WORDS, 0, i):
            return False
        if text.endswith(_WHERE_WORDS, 0, i) and not text.endswith("辖区内", 0, i):
            return self._region_ending_at(i - 1) is None  # 重庆市内燃机学会, 天津市内河航运…: 内 opens the discipline
        return text.endswith(BOUNDARY_TUPLE, 0, i)

    def _opens_with_or_holds_a_boundary(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` open with a boundary word or hold one of two characters
        or more: 审议通过 and 会议听取 of 审议通过镇科协, 会议听取镇科协 are a verb's clause before the
        bare 镇科协 (the item's own town's), no town's name."""
        return self.text.startswith(BOUNDARY_TUPLE, start) or any(
            self.text.startswith(_BOUNDARY_PHRASES, j, end) for j in range(start + 1, end - 1)
        )

    def _is_context_at(self, p: int) -> bool:
        """市科协 / 省科协 at ``p - 1`` standing alone (not 全市科协, not 区县科协)."""
        if p < 1 or self.text[p - 1] not in LEVEL_CHARS:
            return False
        before = p - 1
        if before == 0 or not is_cjk(self.text[before - 1]):
            return True
        if self.text[before - 1] == "该" and (before < 2 or self.text[before - 2] != "应"):
            return True  # 该县农技协: the county's, as 县农技协 (not 应该)
        if self.text.endswith(_CONTEXT_FORM_ENDS, 0, before):
            return True  # 市科协市教委, 市教委市科协: two context forms in a row are two bodies
        return self.text[before - 1] not in NOT_CONTEXT and self._boundary_ends_at(before)


def _lies_in(code: str, region: str) -> bool:
    """Whether the unit ``code`` lies in ``region`` (or is it)."""
    level = depth(region)
    return level == 0 or code.startswith(region[: {1: 2, 2: 4, 3: 6}.get(level, len(region))])


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_CJK_RUN = re.compile("[\u4e00-\u9fff]*")
_MAX_BUSINESS = 6  # the characters of a subsidiary's business after its bracketed place (信息技术, 生物医药科技)


def _is_business_after_place(words: str) -> bool:
    """Whether the words after a subsidiary's bracketed place are its business (信息技术), a few characters
    naming no group of its own."""
    return len(words) <= _MAX_BUSINESS and "集团" not in words


_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）]")
_CJK_PREFIX = re.compile("[\u4e00-\u9fff]{0,10}")


def _is_cjk_run(s: str) -> bool:
    return _CJK_RUN.fullmatch(s) is not None
