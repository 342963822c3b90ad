"""Find administrative regions (province, prefecture, county) in page text.

Pure Python, no Django. A :class:`RegionGazetteer` is built once from the
region table (``articles/data/regions.csv``) and matches every official,
short and former name in one Aho–Corasick pass. Ambiguity is settled by
context: the page's province, regions given by the caller, and the regions the
same text names (成都 … 彭州; 凉山州布拖县; a 重庆 page's 江北区 is 500105).

Names fall in three classes:

* *strong*: an official name of three or more characters (江北区, 会理市) or a
  short name that keeps its level suffix (凉山州, 秀山县, 梁平县);
* *tight*: a two-character official or former name whose stem is one
  character (忠县, 高县, 开县, 城区). It counts when nothing but a boundary
  stands before it (开县春橙, but not 召开县委, 提高县域, 卫生城区) and the unit
  is in the page's province or near a region the text names;
* *short*: a bare short or former name (荣昌, 丰都, 开州). It counts only for a
  unit in the page's province, under a region the text names, or at province
  level — or when 科协/籍/境内… follows it — and never when it sits inside a
  longer word (协会理事, 科普格局, 特木里镇), starts with a level character
  (市中医院), ends a person's name (副主席王江安、李兴文) or is a common word
  (合作, 南部, 前锋) unless 科协 or its parent region stands right next to it.

Traditional characters are matched as simplified (OpenCC ``t2s``); offsets
always refer to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from .orgnames import KEXIE, SUFFIX_RE
from .surnames import has_surname

STRONG, TIGHT, SHORT = 0, 1, 2
# The provinces of the press this product serves, 重庆 and 四川: of namesakes nothing else tells apart
# (重庆's and 宁波's 江北区 on a page that names no province), the one here is meant.
CHUANYU = ("50", "51")
# Words that name 四川 and 重庆 together (川渝合作, 成渝地区双城经济圈): a story using one names both
# provinces, so 成都 alone on a 重庆 page is 成都市, as it is where 四川 is named (cities only, see
# _with_cities_of_both_homes).
_BOTH_HOME = ("川渝", "成渝", "双城经济圈")
_LEVEL_RANK = {"province": 2, "prefecture": 1, "county": 0}
_LEVEL_CHARS = frozenset("省市区县州旗盟")
_AREA = "地区"  # the end of a prefecture's former name (合江地区, 绵阳地区): also "the area of"

# Characters that may stand right before or after a place name inside a
# sentence without being part of the same word.
_FUNCTION_CHARS = frozenset("在到赴于和与及、的对向从自去至经同为把往是了等或暨将由被让给跟共驻来进入访达抵")

# What may follow a bare short name to make it a place for sure: 丰都科协, 荣昌籍.
# What may follow the last name of a list of units: 江北、南岸两区, 秀山、酉阳等地, 石柱、彭水三县.
_LIST_COUNT = re.compile(r"(?:[两二三四五六七八九十几多]个?|等)(?:区县|区|县|市|地|州)")
# Verbs a list of places follows (足迹遍布万州、开州等区县): its first name stands after one of them
_LIST_OPENERS = ("遍布", "覆盖", "涉及", "包括", "辐射", "走遍", "分布在", "来自", "涵盖")
_STRONG_NEXT = ("科协", "科学技术协会", "籍", "境内", "两地", "辖区")
# Words of going or being somewhere: a city's one short name right after one (在武汉举行, 赴成都考察) is that
# city whatever the page's province, unless a body's name goes on (在中山大学 is no 中山市).
_PLACE_VERBS = frozenset("在到赴于来去往至抵驻")
# Words that end in one of them but say no going or being (关于宁德, 受到青岛, 由于深圳): a closed set of grammar
_NOT_PLACE_VERBS = (
    "关于", "对于", "由于", "至于", "等于", "属于", "基于", "用于", "终于", "受到", "得到", "达到", "感到", "看到",
    "想到", "收到", "遇到", "提到", "谈到", "直到", "做到", "未来", "以来", "本来", "原来", "后来", "带来", "将来",
    "过去", "失去",
)
# Words of an event at a place that jieba tags as nouns (赴成都参观, 在武汉交流, 在深圳创业): see _in_a_place_slot
_EVENT_AFTER_PLACE = ("参观", "交流", "落户", "创业", "任教", "读书", "上学", "考察", "调研", "工作", "等地")

# What makes a short name before it part of another place's name: 通江街道 (a street of 乐山's 市中区, not
# 通江县), 合江亭 (a pavilion in 成都, not 合江县). Not 镇 or 乡: a county's seat often bears its name; nor 村:
# 丰都村民 are the county's villagers.
_PLACE_IN_NAME = ("街道", "亭")
# A community is named so too, but by a name many places share (江北社区 of 巴州区, not 重庆's 江北区): a
# county's own name before 社区 is its communities' (九龙坡社区科普大学, 渝北社区).
_COMMUNITY = "社区"
# A town's or township's name after a county's short name: 江安镇 may be 江安县's seat, but 南溪镇 in a story
# of 云阳县 is that county's town; so is a name one character longer, 新都桥镇 in a story of 康定市 (not 成都's
# 新都区: a town's own name is rarely one character). A character that makes a word with 镇 or 乡 (城镇, 乡镇,
# 古镇) names no town.
_TOWN_AFTER_SHORT_NAME = re.compile(r"(?:[\u4e00-\u9fff](?<![城乡村集市古小重名强]))?[镇乡]")

# Ordinary words an official name may end in: 海城市 is 海 + 城市, so 沿海城市 and 适应城市 (应城市)
# are no places. A name of one character plus such a word counts only after a boundary or a region.
_WORD_TAILS = ("城市", "山区", "新区", "郊区", "城区", "市区", "矿区", "林区", "园区")
# Short names jieba tags as places that are ordinary words first in these pages: 长寿 (健康长寿, 长寿老人),
# 大英 (大英博物馆). Written whole (长寿区, 大英县) or beside their parent they are places still.
_ORDINARY_FIRST = ("长寿", "大英")
# A town's parts, though 攀枝花 has districts so named: 城市东区、西区 (and the parts listed with it) right
# after a town's word are that town's, in a 德阳 story 德阳's; 攀枝花市东区 is still the district.
_PARTS_OF_TOWN = re.compile(r"(?<=[城市县镇])[东西南北]区(?:、[东西南北]区)*")

# Posts printed before a person's name: 副主席王江安, 党组书记李长宁, 理事长刘江油. A two-character short
# name right after a surname after one of them is a given name (王江安 is no 江安县), as it is after a 、
# that lists names (王江安、李兴文等: 李兴文 is no 兴文县).
_POSTS = (
    "主席", "书记", "主任", "理事长", "会长", "秘书长", "局长", "院长", "校长", "部长", "处长", "科长", "所长",
    "站长", "馆长", "社长", "厂长", "队长", "经理", "董事长", "委员", "主委", "代表", "教授", "研究员", "工程师",
    "院士", "专家", "博士", "医生", "医师", "老师", "记者", "通讯员", "负责人", "同志", "先生", "女士",
)

# How the name of a body ends (科协, 教育局, 区政府). A county whose stem is an ordinary word, between
# such a name and a body named by its level (县教育局, 区科协), is that word: 科协会同县教育局 (会同,
# "together with") is no 会同县.
_BODY_ENDS = ("科协", "学会", "协会", "研究会", "联合会", "局", "委", "政府", "办", "公司", "中心", "医院", "大学", "学院")

# In jieba's dictionary, a word at least this frequent and not tagged as a
# place (ns) is an ordinary word first: 合作, 南部, 前锋, 石棉, 安居.
_COMMON_WORD_MIN_FREQ = 100
# Words a district paper's or app's name opens with before its place: 今日渝北, 今日合川, 掌上綦江
MASTHEAD_OPENERS = ("今日", "掌上")
_NAMES_LIMIT = 50_000  # about 10 MB of names; cleared when full


@dataclass(frozen=True)
class RegionEntry:
    adcode: str
    name: str
    parent_adcode: str | None
    level: str
    aliases: tuple[str, ...] = ()  # short + former names, + editor-added names


@dataclass(frozen=True)
class RegionMatch:
    adcode: str
    surface: str  # as written in the original text
    start: int
    end: int


@dataclass(frozen=True)
class _Candidate:
    adcode: str
    kind: int  # STRONG, TIGHT or SHORT
    official: bool  # the surface is the unit's official name


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _classify(surface: str, official: bool) -> int:
    if not official and surface.endswith(_AREA):
        return SHORT  # 合江地区, 佳木斯's former name: more often the area of a 合江 the page is about
    if len(surface) >= 3 and (official or surface[-1] in _LEVEL_CHARS):
        return STRONG
    if len(surface) == 2 and surface[-1] in _LEVEL_CHARS:
        return TIGHT
    return SHORT


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - OpenCC is a project requirement
        return None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Return ``text`` in simplified characters, one character for one.

    OpenCC's t2s keeps the length for place names; if a phrase rule ever
    changes the length, fall back to converting character by character so
    that offsets still line up with the original.
    """
    converter = _t2s()
    if converter is None or text.isascii():
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    chars = []
    for ch in text:
        c = converter.convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def common_words_from_jieba(surfaces: Iterable[str]) -> frozenset[str]:
    """Those of ``surfaces`` that jieba's dictionary knows as frequent non-place words.

    Only reads the dictionary file as a word list (no segmentation); returns
    an empty set when jieba is not installed.
    """
    wanted = set(surfaces)
    try:
        import jieba
    except ImportError:  # pragma: no cover
        return frozenset()
    common = set()
    with jieba.get_dict_file() as f:
        for raw in f:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            parts = line.split()
            if (
                len(parts) >= 3
                and parts[0] in wanted
                and int(parts[1]) >= _COMMON_WORD_MIN_FREQ
                and not parts[2].startswith("ns")
            ):
                common.add(parts[0])
    return frozenset(common)


@cache
def _dictionary_words() -> dict[str, bool]:
    """jieba's dictionary words of two to eight characters, each with whether jieba tags it a noun; read
    once, when first needed (empty when jieba is not installed). (A flag, not the tag: ~6 MB less of the ~50 MB.)"""
    try:
        import jieba
    except ImportError:  # pragma: no cover
        return {}
    nouns = {}
    with jieba.get_dict_file() as f:
        for raw in f:
            parts = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).split()
            if len(parts) >= 3 and 2 <= len(parts[0]) <= 8:
                nouns[parts[0]] = parts[2].startswith("n")
    return nouns


class RegionGazetteer:
    """Region names of all of China, matched in text with context rules."""

    def __init__(self, entries: Iterable[RegionEntry], *, common_words: Collection[str] | None = None):
        """Index ``entries``; ``common_words`` defaults to jieba's frequent non-place words."""
        self._entries: dict[str, RegionEntry] = {}
        surfaces: dict[str, list[_Candidate]] = {}
        for entry in entries:
            self._entries[entry.adcode] = entry
            names = [(entry.name, True)] + [(a, False) for a in entry.aliases]
            seen = set()
            for surface, official in names:
                if len(surface) < 2 or surface in seen:
                    continue
                seen.add(surface)
                surfaces.setdefault(surface, []).append(
                    _Candidate(entry.adcode, _classify(surface, official), official)
                )
        self._surfaces = {s: tuple(c) for s, c in surfaces.items()}
        self._anchor = {
            s: any(c.kind == STRONG or self._entries[c.adcode].level != "county" for c in cs)
            for s, cs in self._surfaces.items()
        }
        # The unit of a surface that needs no context: the one strong name of one unit.
        self._fixed = {s: cs[0].adcode for s, cs in self._surfaces.items() if len(cs) == 1 and cs[0].kind == STRONG}
        self._lineage: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, tuple[_Candidate, ...]] = {}  # _candidates_of() per name seen
        self._automaton = ahocorasick.Automaton()
        for surface in self._surfaces:
            self._automaton.add_word(surface.encode("utf-8").decode("latin-1"), surface)
        self._automaton.make_automaton()
        short_surfaces = [s for s, cs in self._surfaces.items() if any(c.kind in (SHORT, TIGHT) for c in cs)]
        if common_words is None:
            common_words = common_words_from_jieba(short_surfaces)
        # jieba tags 新区 a place: it is a kind
        self._common = frozenset(common_words) | frozenset(_WORD_TAILS) | frozenset(_ORDINARY_FIRST)

    @classmethod
    def from_rows(cls, rows: Iterable, **kwargs) -> RegionGazetteer:
        """Build from ``regiondata.RegionRow``s (or anything with the same fields)."""
        return cls(
            (
                RegionEntry(r.adcode, r.name, r.parent_adcode, r.level, (*r.short_names, *r.former_names))
                for r in rows
            ),
            **kwargs,
        )

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, adcode: str) -> RegionEntry | None:
        return self._entries.get(adcode)

    def lineage(self, adcode: str) -> list[str]:
        """Return ``adcode`` and its ancestors, most specific first."""
        return list(self._lineage_t(adcode))

    def _lineage_t(self, adcode: str) -> tuple[str, ...]:
        cached = self._lineage.get(adcode)
        if cached is None:
            chain = []
            code: str | None = adcode
            while code and code in self._entries and code not in chain:
                chain.append(code)
                code = self._entries[code].parent_adcode
            cached = self._lineage[adcode] = tuple(chain)
        return cached

    # -- resolution -----------------------------------------------------------

    def _support(self, adcode: str, mentioned: set[str], hint: str | None) -> int:
        """2: the text names a prefecture or county above (or at) it; 1: its province is the page's or named."""
        lineage = self._lineage_t(adcode)
        if not mentioned.isdisjoint(lineage[:-1]):
            return 2
        if lineage and (lineage[-1] == hint or lineage[-1] in mentioned):
            return 1
        return 0

    def _best(
        self, candidates: Sequence[_Candidate], support: dict[str, int], home_wins: bool = True
    ) -> str | None:
        """The candidate the context supports most; on a tie, with ``home_wins``, the one of 重庆 or 四川."""
        if len(candidates) == 1:
            return candidates[0].adcode
        scored = sorted(
            ((support[c.adcode], c.official, _LEVEL_RANK.get(self._entries[c.adcode].level, 0)), c.adcode)
            for c in candidates
        )
        if not scored:
            return None
        if scored[-1][0] != scored[-2][0]:
            return scored[-1][1]
        if not home_wins:
            return None  # nothing in the context tells them apart
        home = [code for score, code in scored if score == scored[-1][0] and code[:2] in CHUANYU]
        return home[0] if len(home) == 1 else None

    def resolve_name(
        self,
        name: str,
        *,
        province_hint: str | None = None,
        context_codes: Sequence[str] = (),
        in_place_slot: bool = False,
    ) -> str | None:
        """Return the adcode a name means in context, or None if unknown or ambiguous.

        德阳市/德阳 → 510600; 凉山州 → 513400; 江北区 → 500105 with the hint
        500000 (or 重庆 in ``context_codes``), 330205 under 宁波, and alone 500105
        (this press's 重庆); 朝阳区 alone (北京's or 长春's) → None. A name ``in_place_slot``
        (a dateline's: 本报酒泉…电) is a place even where it is also an ordinary word.
        """
        candidates = self._candidates_of(name)
        if not candidates:
            return None
        mentioned = set(context_codes)
        support = {c.adcode: self._support(c.adcode, mentioned, province_hint) for c in candidates}
        if name in self._common and not in_place_slot:  # 新区, 安居: an ordinary word names a unit only where the context places it
            candidates = [c for c in candidates if c.official or support[c.adcode]]
            if not candidates:
                return None
        return self._best(candidates, support)

    def namesakes(self, adcode: str) -> tuple[str, ...]:
        """The other units whose official name is this unit's (内江's and 乐山's 市中区)."""
        entry = self._entries.get(adcode)
        if entry is None:
            return ()
        return tuple(c.adcode for c in self._surfaces.get(entry.name, ()) if c.official and c.adcode != adcode)

    def unit_named_first(self, name: str, *, province_hint: str | None = None) -> str | None:
        """The unit of 重庆 or 四川, in the page's province, that a paper's or site's name opens with:
        攀枝花日报 → 510400, 巫山发布 → 500237, 重庆科技报 → 500000, 今日渝北 → 500112; None for 科技工作者之家."""
        simple = to_simplified(name.strip())
        if simple.startswith(MASTHEAD_OPENERS) and len(simple) > 3:
            simple = simple[2:]
        for k in range(min(len(simple), 10), 1, -1):  # the longest name first: 重庆市科协官网 → 重庆市
            code = self.resolve_name(simple[:k], province_hint=province_hint)
            if code and code[:2] in CHUANYU and (province_hint is None or code[:2] == province_hint[:2]):
                return code
        return None

    def is_name(self, name: str) -> bool:
        """Whether ``name`` is a name of some unit, context aside (cheap: resolve_name() is None when not)."""
        return bool(self._candidates_of(name))

    def _candidates_of(self, name: str) -> tuple[_Candidate, ...]:
        """The units a written name may stand for (memoised: organizations ask for many substrings)."""
        found = self._names.get(name)
        if found is None:
            if len(self._names) > _NAMES_LIMIT:
                self._names.clear()
            found = self._names[name] = self._surfaces.get(to_simplified(name.strip()), ())
        return found

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

    @staticmethod
    def _boundary(ch: str) -> bool:
        return not _is_cjk(ch) or ch in _FUNCTION_CHARS

    @classmethod
    def _ends_in_word(cls, simple: str, start: int, surface: str) -> bool:
        """One character plus an ordinary word (海城市 = 海 + 城市), glued to the character before it."""
        return (
            len(surface) == 3
            and surface.endswith(_WORD_TAILS)
            and not cls._boundary(simple[start - 1])
        )

    def _word_between_bodies(
        self, simple: str, start: int, end: int, surface: str, anchor_ends: set[int]
    ) -> bool:
        """An official name whose stem is an ordinary word (会同县), glued to a body's name before it and
        its level opening a body's name after it: 普格县科协会同县教育局 is the 科协 with (会同) the 县教育局
        (省科协石棉县帮扶队 is still 石棉县)."""
        return (
            len(surface) == 3
            and surface[:2] in self._common
            and start not in anchor_ends
            and simple.endswith(_BODY_ENDS, 0, start)
            and (KEXIE.match(simple, end) or SUFFIX_RE.match(simple, end)) is not None
        )

    @staticmethod
    def _in_a_place_slot(simple: str, start: int, end: int) -> bool:
        """Whether a name stands after a word of going or being somewhere (在, 赴, 来到; not 关于, 受到) and
        where a city's name ends: before a mark, a verb or an event's word (在武汉举行, 赴成都参观, 在武汉重新开赛),
        not inside a longer word (北海道, 哈尔滨工业大学, 延安精神) nor before a noun that goes on a brand's or
        a dish's name (在宁德时代, 来到青岛啤酒, 在兰州拉面馆)."""
        if start == 0 or simple[start - 1] not in _PLACE_VERBS or simple.endswith(_NOT_PLACE_VERBS, 0, start):
            return False
        if not RegionGazetteer._ends_a_city_name(simple, start, end):
            return False
        words = _dictionary_words()
        if any(simple[start:k] in words for k in range(end + 1, min(len(simple), end + 6) + 1)):
            return False
        if end == len(simple) or not "\u4e00" <= simple[end] <= "\u9fff" or simple.startswith(_EVENT_AFTER_PLACE, end):
            return True
        following = next((simple[end:k] for k in range(min(len(simple), end + 4), end + 1, -1) if simple[end:k] in words), "")
        return not (following and words[following])  # nor a place's (在杭州西湖边): a landmark

    @staticmethod
    def _ends_a_city_name(simple: str, start: int, end: int) -> bool:
        """Whether a name ends where a city's would, in prose: not a body's (在中山大学), a town's, a street's or
        a village's (在南平镇, 在南平村), nor inside a title (《毛泽东在青岛》)."""
        return not (
            simple.startswith((*_BODY_ENDS, *_PLACE_IN_NAME, _COMMUNITY, "村"), end)
            or SUFFIX_RE.match(simple, end)
            or _TOWN_AFTER_SHORT_NAME.match(simple, end)
            or simple.rfind("《", 0, start) > simple.rfind("》", 0, start)
        )

    def _anchored_below(self, surface: str, before: frozenset[str]) -> bool:
        """Whether a name right before (攀枝花市东区) is a parent of one of the units ``surface`` may be."""
        return any(not before.isdisjoint(self._lineage_t(c.adcode)[1:]) for c in self._surfaces[surface])

    def _valid(
        self, cand: _Candidate, surface: str, features: tuple[bool, bool, bool, frozenset[str], bool], support: int
    ) -> bool:
        """Whether a hit may stand for ``cand``; ``features`` = (boundary before, right_ok, strong_next,
        the units a name right before may be, after a word of going or being somewhere). A name right before
        anchors the unit only as one of its parents: 重庆开州, 成都彭州市, but not 康定市新都桥镇 (a town of
        康定, not 成都's 新都区)."""
        if cand.kind == STRONG:
            return True
        left_boundary, right_ok, strong_next, before, place_slot = features
        anchored = bool(before) and not before.isdisjoint(self._lineage_t(cand.adcode)[1:])
        left_ok = left_boundary or anchored
        level = self._entries[cand.adcode].level
        # 在武汉举行, 赴成都考察, 在杭州召开: a city's short name of no other unit and no ordinary word, where a place goes
        city_where_a_place_goes = (
            place_slot and level == "prefecture" and len(self._surfaces[surface]) == 1 and surface not in self._common
        )
        if cand.kind == TIGHT:  # 新区 (丰润区's former name) is an ordinary word first: 两江新区科协
            return left_ok and (
                support > 0 or city_where_a_place_goes
                or (strong_next and (cand.official or surface not in self._common))
            )
        # SHORT
        if level == "province":  # 重庆 glued into 全国科技工作者日重庆主场活动 on a 重庆 page: the page's own province
            return left_ok or right_ok or strong_next or (support > 0 and surface not in self._common)
        if not (support > 0 or strong_next):
            return city_where_a_place_goes
        if strong_next:
            return left_ok
        if surface[0] in _LEVEL_CHARS:
            return False  # 市中医院, 区县: the first character belongs to the word before
        if len(surface) >= 3:
            return True
        if support == 2 or (anchored and surface not in self._common):
            # A common word (南部, 合作) needs its own parent named: 新疆南部 is not 南部县 of 四川.
            return left_ok or right_ok
        # Only the province speaks for it: 丰都村民, 在荣昌 — not 健康长寿, 冲在前锋.
        return left_ok and not (surface in self._common and level == "county")

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
        parts_of_town = {at: match.start() for match in _PARTS_OF_TOWN.finditer(simple) for at in range(*match.span())}
        fixed = []  # (start, end, surface, code) that need no context
        pending: dict[tuple, list[tuple[int, int]]] = {}  # (surface, features) → spans: they resolve alike
        n = len(simple)
        for start, end, surface in raw:
            if start and start not in anchor_ends and self._ends_in_word(simple, start, surface):
                continue  # 沿海城市: 海 belongs to 沿海
            code = self._fixed.get(surface)
            if code is not None:
                if not self._word_between_bodies(simple, start, end, surface, anchor_ends):
                    fixed.append((start, end, surface, code))
                continue
            if len(surface) == 2 and start >= 2 and start not in anchor_ends and _is_given_name(simple, start):
                continue  # 副主席王江安、李兴文: people, not 江安县 and 兴文县
            if start in parts_of_town and not self._anchored_below(surface, anchors.get(parts_of_town[start], frozenset())):
                continue  # 城市东区、西区: parts of the town the story is about
            if surface[-1] not in _LEVEL_CHARS and (
                simple.startswith(_PLACE_IN_NAME, end)
                or (simple.startswith(_COMMUNITY, end) and (len(self._surfaces[surface]) > 1 or surface in self._common))
            ):
                continue  # 通江街道, 合江亭, 江北社区: a street's, a pavilion's or a community's name
            before = simple[start - 1] if start else ""
            after = simple[end] if end < n else ""
            features = (
                not before or self._boundary(before),
                not after or self._boundary(after),
                simple.startswith(_STRONG_NEXT, end),
                anchors.get(start, frozenset()),
                self._in_a_place_slot(simple, start, end),
            )
            pending.setdefault((surface, features), []).append((start, end))
        chosen = self._choose(fixed, pending, set(context_codes), province_hint, frozenset(home_codes))
        context_codes = (*context_codes, *home_codes)
        if any(word in simple for word in _BOTH_HOME):
            chosen = self._with_cities_of_both_homes(chosen, fixed, pending, context_codes, province_hint)
        if "、" in simple:
            chosen = self._with_listed_siblings(chosen, pending, simple)
        if any(match[2].endswith(_AREA) for match in chosen):
            chosen = self._without_areas_of_named_units(chosen)
        if any(_TOWN_AFTER_SHORT_NAME.match(simple, match[1]) for match in chosen):
            chosen = self._without_towns_of_other_counties(chosen, simple, context_codes)
        return [(start, end, code) for start, end, _, code in chosen]

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
        return _non_overlapping(chosen + cities) if cities else chosen

    def _without_areas_of_named_units(self, chosen: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Drop a former X地区 where the text names another unit called X…: on a 合江县 page, 合江地区 is
        the county's area, not 佳木斯市 (once 合江地区)."""
        kept = []
        for match in chosen:
            surface, code = match[2], match[3]
            if surface.endswith(_AREA) and surface != self._entries[code].name:
                stem, lineage = surface.removesuffix(_AREA), self._lineage_t(code)
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
        prefecture is a context given (江安镇 alone, or on a page about 宜宾, is still the seat of 江安县)."""

        def town(match):
            surface, code = match[2], match[3]
            return (
                surface != self._entries[code].name
                and self._entries[code].level == "county"
                and _TOWN_AFTER_SHORT_NAME.match(simple, match[1])
            )

        named = set(context_codes)
        for match in chosen:
            if not town(match):
                named.update(self._lineage_t(match[3]))
        if not any(self._entries[code].level in ("county", "prefecture") for code in named if code in self._entries):
            return chosen
        # a town's county is kept where the text names it or its prefecture (not just its province)
        return [match for match in chosen if not town(match) or not named.isdisjoint(self._lineage_t(match[3])[:-1])]

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
        return _non_overlapping(chosen + added) if added else chosen

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
            chosen = _non_overlapping(resolved)
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
        return _non_overlapping(chosen + settled) if settled else chosen

    def _decide(
        self,
        cands: Sequence[_Candidate],
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


def _is_given_name(simple: str, start: int) -> bool:
    """Whether the two characters at ``start`` follow a surname printed after a post or a 、 of a
    list of names (主席王江安, 、李兴文), not after a preposition (书记和江安的干部: 和 is no surname here)."""
    surname = simple[start - 1]
    if surname in _FUNCTION_CHARS or surname in _LEVEL_CHARS or not has_surname(surname):
        return False
    return simple[start - 2] == "、" or simple.endswith(_POSTS, 0, start - 1)


def _non_overlapping(matches: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest matches, then the earliest, without overlaps; return them in text order."""
    if len(matches) < 2:
        return list(matches)
    taken: list[tuple[int, int, str, str]] = []
    occupied = bytearray(max(m[1] for m in matches))
    for _length, start, m in sorted([(m[0] - m[1], m[0], m) for m in matches]):  # (−length, start) is unique
        end = m[1]
        if occupied.find(1, start, end) >= 0:
            continue
        occupied[start:end] = b"\1" * (end - start)
        taken.append(m)
    return sorted(taken)


def regions_in_text(
    text: str,
    gazetteer: RegionGazetteer,
    *,
    province_hint: str | None = None,
    context_codes: Sequence[str] = (),
    home_codes: Sequence[str] = (),
    abroad: bool = False,
) -> list[str]:
    """Distinct adcodes named in ``text``, most specific only, in order of first mention.

    A region drops out when a region below it is also named (资阳市安岳县 →
    安岳县 only). In a story filed ``abroad`` (本报首尔…电) a county counts only
    with its prefecture or province named too: 首尔江南区 is Seoul's, not 南宁's.
    """
    found = gazetteer.find_spans(
        text, province_hint=province_hint, context_codes=context_codes, home_codes=home_codes
    )
    codes = list(dict.fromkeys(code for _, _, code in found))
    if abroad:
        named = set(codes) | set(context_codes) | set(home_codes)
        codes = [
            code for code in codes
            if gazetteer.get(code).level != "county" or not named.isdisjoint(gazetteer.lineage(code)[1:])
        ]
    ancestors = set()
    for code in codes:
        ancestors.update(gazetteer.lineage(code)[1:])
    return [code for code in codes if code not in ancestors]


def load_gazetteer(csv_path=None, **kwargs) -> RegionGazetteer:
    """Build a gazetteer from the region table shipped with the app."""
    from articles import regiondata

    return RegionGazetteer.from_rows(regiondata.read_csv(csv_path or regiondata.DEFAULT_CSV), **kwargs)
