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

This module holds the gazetteer's table and its lookups; the rest is mixed in:
``regions_find`` (the search of a text), ``regions_context`` (the rules for one
hit), ``regions_not_places`` (the words that make a name no place),
``regions_home`` (重庆, 四川 and the paper's own place); ``regions_names`` holds
what they share.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from .regions_context import PlaceContext
from .regions_find import RegionFinder
from .regions_home import CHUANYU, HomePlace
from .regions_names import AREA, LEVEL_CHARS, SHORT, STRONG, TIGHT, Candidate, to_simplified
from .regions_not_places import ORDINARY_FIRST, WORD_TAILS, common_words_from_jieba

_LEVEL_RANK = {"province": 2, "prefecture": 1, "county": 0}
_NAMES_LIMIT = 50_000  # about 10 MB of names; cleared when full


@dataclass(frozen=True)
class RegionEntry:
    adcode: str
    name: str
    parent_adcode: str | None
    level: str
    aliases: tuple[str, ...] = ()  # short + former names, + editor-added names


def _classify(surface: str, official: bool) -> int:
    if not official and surface.endswith(AREA):
        return SHORT  # 合江地区, 佳木斯's former name: more often the area of a 合江 the page is about
    if len(surface) >= 3 and (official or surface[-1] in LEVEL_CHARS):
        return STRONG
    if len(surface) == 2 and surface[-1] in LEVEL_CHARS:
        return TIGHT
    return SHORT


class RegionGazetteer(HomePlace, RegionFinder, PlaceContext):
    """Region names of all of China, matched in text with context rules."""

    def __init__(self, entries: Iterable[RegionEntry], *, common_words: Collection[str] | None = None):
        """Index ``entries``; ``common_words`` defaults to jieba's frequent non-place words."""
        self._entries: dict[str, RegionEntry] = {}
        surfaces: dict[str, list[Candidate]] = {}
        for entry in entries:
            self._entries[entry.adcode] = entry
            names = [(entry.name, True)] + [(a, False) for a in entry.aliases]
            seen = set()
            for surface, official in names:
                if len(surface) < 2 or surface in seen:
                    continue
                seen.add(surface)
                surfaces.setdefault(surface, []).append(
                    Candidate(entry.adcode, _classify(surface, official), official)
                )
        self._surfaces = {s: tuple(c) for s, c in surfaces.items()}
        self._anchor = {
            s: any(c.kind == STRONG or self._entries[c.adcode].level != "county" for c in cs)
            for s, cs in self._surfaces.items()
        }
        # The unit of a surface that needs no context: the one strong name of one unit.
        self._fixed = {s: cs[0].adcode for s, cs in self._surfaces.items() if len(cs) == 1 and cs[0].kind == STRONG}
        self._lineage: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, tuple[Candidate, ...]] = {}  # _candidates_of() per name seen
        self._automaton = ahocorasick.Automaton()
        for surface in self._surfaces:
            self._automaton.add_word(surface.encode("utf-8").decode("latin-1"), surface)
        self._automaton.make_automaton()
        short_surfaces = [s for s, cs in self._surfaces.items() if any(c.kind in (SHORT, TIGHT) for c in cs)]
        if common_words is None:
            common_words = common_words_from_jieba(short_surfaces)
        # jieba tags 新区 a place: it is a kind
        self._common = frozenset(common_words) | frozenset(WORD_TAILS) | frozenset(ORDINARY_FIRST)

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
        self, candidates: Sequence[Candidate], support: dict[str, int], home_wins: bool = True
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

    def is_name(self, name: str) -> bool:
        """Whether ``name`` is a name of some unit, context aside (cheap: resolve_name() is None when not)."""
        return bool(self._candidates_of(name))

    def _candidates_of(self, name: str) -> tuple[Candidate, ...]:
        """The units a written name may stand for (memoised: organizations ask for many substrings)."""
        found = self._names.get(name)
        if found is None:
            if len(self._names) > _NAMES_LIMIT:
                self._names.clear()
            found = self._names[name] = self._surfaces.get(to_simplified(name.strip()), ())
        return found


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
