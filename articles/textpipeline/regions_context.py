"""The context rules for a region's name found in text: whether a hit stands where a word ends, in a
place slot (在武汉举行, 赴成都参观), right after its parent (重庆开州), and whether it may stand for a
unit at all given its class and what the context says for the unit.

``PlaceContext`` is mixed into ``regions.RegionGazetteer`` and uses its table (``_entries``,
``_surfaces``, ``_common``, ``_lineage_t``).
"""

from __future__ import annotations

from functools import cache

from .orgnames import KEXIE, SUFFIX_RE
from .regions_names import FUNCTION_CHARS, LEVEL_CHARS, STRONG, TIGHT, Candidate
from .regions_not_places import (
    BODY_ENDS,
    COMMUNITY,
    LEVEL_PAIRS,
    PLACE_IN_NAME,
    TOWN_AFTER_SHORT_NAME,
    WORD_TAILS,
    jieba_dictionary,
)

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


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@cache
def _dictionary_words() -> dict[str, bool]:
    """jieba's dictionary words of two to eight characters, each with whether jieba tags it a noun; read
    once, when first needed (empty when jieba is not installed). (A flag, not the tag: ~6 MB less of the ~50 MB.)"""
    return {word: tag.startswith("n") for word, _, tag in jieba_dictionary() if 2 <= len(word) <= 8}


_CHUAN_YU = {"50", "51"}  # 重庆's and 四川's adcodes open so


class PlaceContext:
    """The gazetteer's rules for one hit in its text."""

    @staticmethod
    def _boundary(ch: str) -> bool:
        return not _is_cjk(ch) or ch in FUNCTION_CHARS

    @classmethod
    def _ends_in_word(cls, simple: str, start: int, surface: str) -> bool:
        """One character plus an ordinary word (海城市 = 海 + 城市), glued to the character before it."""
        return (
            len(surface) == 3
            and surface.endswith(WORD_TAILS)
            and not cls._boundary(simple[start - 1])
        )

    @staticmethod
    def _level_opens_pair(simple: str, end: int, surface: str) -> bool:
        """An official name of three characters whose level opens 区县 or 县区: 今年新建区县科技馆 is 新建
        ("build new") 区县, not 南昌's 新建区."""
        return len(surface) == 3 and simple.startswith(LEVEL_PAIRS, end - 1)

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
            and simple.endswith(BODY_ENDS, 0, start)
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
        if not PlaceContext._ends_a_city_name(simple, start, end):
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
            simple.startswith((*BODY_ENDS, *PLACE_IN_NAME, COMMUNITY, "村"), end)
            or SUFFIX_RE.match(simple, end)
            or TOWN_AFTER_SHORT_NAME.match(simple, end)
            or simple.rfind("《", 0, start) > simple.rfind("》", 0, start)
        )

    def _anchored_below(self, surface: str, before: frozenset[str]) -> bool:
        """Whether a name right before (攀枝花市东区) is a parent of one of the units ``surface`` may be."""
        return any(not before.isdisjoint(self._lineage_t(c.adcode)[1:]) for c in self._surfaces[surface])

    def _valid(
        self, cand: Candidate, surface: str, features: tuple[bool, bool, bool, frozenset[str], bool], support: int
    ) -> bool:
        """Whether a hit may stand for ``cand``; ``features`` = (boundary before, right_ok, strong_next,
        the units a name right before may be, after a word of going or being somewhere). A name right before
        anchors the unit only as one of its parents: 重庆开州, 成都彭州市, but not 康定市新都桥镇 (a town of
        康定, not 成都's 新都区)."""
        if cand.kind == STRONG:
            return True
        left_boundary, right_ok, strong_next, before, place_slot = features
        anchored = bool(before) and not before.isdisjoint(self._lineage_t(cand.adcode)[1:])
        # 遂宁潼南, 内江荣昌: a 川渝 pair, a place of the other province named right before, ends a name as a comma does
        paired = any(unit[:2] != cand.adcode[:2] and {unit[:2], cand.adcode[:2]} == _CHUAN_YU for unit in before)
        left_ok = left_boundary or anchored or paired
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
        if paired and surface not in self._common:
            return True  # 内江荣昌: the pair speaks for the other province as its own name would
        if not (support > 0 or strong_next):
            return city_where_a_place_goes
        if strong_next:
            return left_ok
        if surface[0] in LEVEL_CHARS:
            return False  # 市中医院, 区县: the first character belongs to the word before
        if len(surface) >= 3:
            return True
        if support == 2 or (anchored and surface not in self._common):
            # A common word (南部, 合作) needs its own parent named: 新疆南部 is not 南部县 of 四川.
            return left_ok or right_ok
        # Only the province speaks for it: 丰都村民, 在荣昌 — not 健康长寿, 冲在前锋.
        return left_ok and not (surface in self._common and level == "county")
