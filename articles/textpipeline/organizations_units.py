"""A university's or an academy's units and the body each answers to: its colleges, hospitals and institutes
(四川农业大学园艺学院, 四川大学华西医院, 西南大学柑桔研究所) keyed by the body's full name, an academy's
branch in a region (中国科学院成都分院), and one key for a university or an institute the text also names
without the place its name opens with (重庆三峡学院, 三峡学院).

``BodyUnits`` is mixed into ``organizations._Finder`` and uses its state (``text``, ``gaz``, ``regions``,
``_hosts``) and helpers (those of ``NameBounds``); ``organizations_suffix`` finds the names it ties together.
"""

from __future__ import annotations

import re

from .organizations_bounds import NOT_IN_NAME_RE, Cand
from .orgnames import FULL_SUFFIXES, SUFFIX_RE, SUFFIXES

# A university's name in a college's: 四川农业大学 of 四川农业大学园艺学院
# (not 大学生创业学院, 重庆大学城市科技学院; but 生命, 生物, 生态 open a discipline: 西南大学生命科学学院)
UNIVERSITY_IN_NAME = re.compile("大学(?!城|生(?!命|物|态))")
# A university named …学院 (重庆三峡学院, 长江师范学院) before a college's discipline: 重庆三峡学院生物与食品工程学院
# (not an academy, 中国科学院)
COLLEGE_NAMED_UNIVERSITY = re.compile("(?<!科)学院")
PLACED_KINDS = ("gaoxiao", "keyan")  # universities and institutes named by the place they are in
# The national academies whose institutes are named by their place: 中国科学院重庆绿色智能技术研究院, 中国科学院成都
# 生物研究所 (a closed list; 中科院 is the academy's short form)
ACADEMIES = ("中国科学院", "中科院", "中国工程院", "中国社会科学院", "中国农业科学院", "中国医学科学院")
_INSTITUTE_SUFFIXES = ("研究院", "研究所")
# An academy's branch in a region, named by the academy and the region: 中国科学院成都分院 (中科院成都分院)
_ACADEMY_BRANCH = re.compile("(" + "|".join(ACADEMIES) + r")([\u4e00-\u9fff]{2,6}?)分院")
_ACADEMY_SHORT_NAMES = {"中科院": "中国科学院"}
# An academy's national centre, named by the academy and its field: 中国科学院国家空间科学中心, 中国科学院计算机网络
# 信息中心 (its institutes end in a suffix, 研究所 or 研究院, and are found by it)
_ACADEMY_CENTRE = re.compile("(" + "|".join(ACADEMIES) + r")([\u4e00-\u9fff]{2,10}?)中心")
# A university's or an academy's units, keyed by its full name and answering to it: its hospitals, institutes and
# colleges (四川大学华西医院, 西南大学柑桔研究所, 市农科院水稻研究所)
_UNIT_KINDS = ("gaoxiao", "yiyuan", "keyan")
_BODY_OF_UNITS_KINDS = ("gaoxiao", "keyan")
# What a university's own story calls it: 学校生命科学学院, 学校将组织…学院, 我校, 该校
_THE_UNIVERSITY = ("学校", "我校", "该校", "本校")
# The national words an independent college's own name opens with, no discipline: 中央音乐学院, 首都体育学院
_NATIONAL_WORDS = ("中央", "首都")  # (中国语言文学学院 is a discipline)
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


class BodyUnits:
    """The units of the universities and academies in ``_Finder``'s text and the bodies they answer to (see
    ``organizations._Finder.run``)."""

    def _academy_branches(self) -> list[Cand]:
        """中国科学院成都分院 and 中科院成都分院: an academy's branch in a region is a body of its own there, under the
        academy (it was the academy itself), keyed by the academy's full name."""
        out = []
        for m in _ACADEMY_BRANCH.finditer(self.text):
            region = self._region_at(m.start(2), m.end(2))
            if region is None or region[2] != m.end(2):
                continue
            academy = _ACADEMY_SHORT_NAMES.get(m.group(1), m.group(1))
            short = next((s + m.group(2) + "分院" for s, full in _ACADEMY_SHORT_NAMES.items() if full == academy), "")
            out.append(Cand(m.start(), m.end(), "keyan", academy + m.group(2) + "分院", m.group(),
                            short if short in self.text else "", region[0], academy, region_end=m.end(2)))
        return out

    def _academy_centres(self) -> list[Cand]:
        """中国科学院国家空间科学中心: a centre named after an academy is that academy's unit, a body of its own under
        it (it was the academy itself), keyed by the academy's full name; the words between hold no boundary,
        verb or other body (中国科学院专家来到展示中心 names the academy alone)."""
        out = []
        for m in _ACADEMY_CENTRE.finditer(self.text):
            field = m.group(2)
            start, clean = self._scan_left(m.start(2) + len(field))
            if (
                start != m.start() or not clean or field.startswith("院士") or field.endswith("研究")
                or NOT_IN_NAME_RE.search(field) or SUFFIX_RE.search(field)
                or self._opens_with_or_holds_a_boundary(m.start(2), m.end(2))
            ):
                continue
            academy = _ACADEMY_SHORT_NAMES.get(m.group(1), m.group(1))
            region = self._region_at(m.start(2), m.end(2))
            out.append(Cand(m.start(), m.end(), "keyan", academy + field + "中心", m.group(), "",
                            region[0] if region else None, academy, region_end=region[2] if region else -1))
        return out

    def _university_of(self, name: str) -> str | None:
        """The university a college's name starts with, its record's key: 四川农业大学园艺学院 and 川农大园艺学院
        → 四川农业大学, 重庆三峡学院生物与食品工程学院 → 重庆三峡学院."""
        university = UNIVERSITY_IN_NAME.search(name) or COLLEGE_NAMED_UNIVERSITY.search(name)
        if university and university.start() >= 2 and len(name) - university.end() >= 3:
            written = name[: university.end()]
            entry = self.gaz.lookup(written)
            return entry.key if entry else written
        known = [key for start, end, key in self.gaz.matches(name)
                 if start == 0 and len(name) - end >= 3 and self.gaz.entries[key].kind == "gaoxiao"
                 and (not name.endswith("大学", 0, end) or UNIVERSITY_IN_NAME.match(name, end - 2))]  # not 大学城
        return known[0] if known else None

    def _one_key_per_placed_body(self, cands: list[Cand]) -> None:
        """三峡学院 beside 重庆三峡学院 (or its college 重庆三峡学院生物与食品工程学院); 绿色智能技术研究院, 重庆研究院
        and 中科院重庆研究院 beside 中国科学院重庆绿色智能技术研究院: a university or an academy's institute the text
        also names without the place (and the academy) its name opens with, or by the place alone, is that one
        body, and that name is its short form."""
        placed: dict[str, Cand] = {}  # the name without the place (and academy) → the body, or the college under it
        by_place: dict[str, Cand] = {}  # an institute named by its place alone (重庆研究院) → the institute
        own_names: dict[str, set[str]] = {}  # the same → the institutes of that place named by their own names
        for cand in cands:
            if cand.kind not in PLACED_KINDS or cand.known or cand.region_end <= cand.start:
                continue
            body = cand.parent if cand.parent and cand.name.startswith(cand.parent) else cand.name
            place_end = cand.region_end - cand.start
            if len(body) - place_end >= 4:
                placed.setdefault(body[place_end:], cand)
            if (academy := academy_of(body)) and body.endswith(_INSTITUTE_SUFFIXES):
                by_place_name = body[len(academy) : place_end] + body[-3:]
                kept = by_place.get(by_place_name)  # the longest name: 中科院重庆研究院 in a headline, then the
                if kept is None or len(cand.name) > len(kept.name):  # full name, is the full name's short form
                    by_place[by_place_name] = cand
                if len(body) > len(by_place_name) + len(academy):
                    own_names.setdefault(by_place_name, set()).add(cand.key)
        for by_place_name, keys in own_names.items():
            if len(keys) > 1:  # 中科院成都研究所 beside the 成都 生物研究所 and 有机化学研究所: either one
                del by_place[by_place_name]
        for cand in cands:
            if cand.kind not in PLACED_KINDS or cand.known:
                continue
            # 中国科学院地球化学研究所 beside 中国科学院广州地球化学研究所: the academy's other institute, named by no place
            named = by_place.get(_without_academy(cand.name)) or placed.get(cand.name)
            if named is None or named is cand or named.key == cand.key:
                continue
            if named.parent:
                cand.key, cand.region = named.parent, named.region
            else:
                cand.key, cand.region = named.key, named.region
                named.short = named.short or cand.name

    def _colleges_of_the_texts_university(self, cands: list[Cand]) -> None:
        """学校生命科学学院, 学校将组织机械与运载工程学院: a college named by its discipline alone, in a sentence that
        speaks of 学校 (我校, 该校), is a college of the one university the text names (西华师范大学生命科学学院);
        学校 written before it is no part of its name."""
        universities = {
            c.key for c in (*cands, *self._hosts)
            if c.kind == "gaoxiao" and c.key and c.parent is None and (c.known or c.key.endswith("大学") or c.region_end > c.start)
        }
        for cand in cands:
            if cand.known or cand.kind != "gaoxiao" or cand.parent or cand.region or not cand.key.endswith("学院"):
                continue
            said = self.text.startswith(_THE_UNIVERSITY, cand.start)
            if said:
                cand.start, cand.name, cand.key = cand.start + 2, cand.name[2:], cand.key[2:]
            sentence = self.text[_sentence_start(self.text, cand.start) : cand.start]
            if len(universities) == 1 and (
                said or (any(word in sentence for word in _THE_UNIVERSITY) and self._discipline_alone(cand.name))
            ):
                cand.parent = next(iter(universities))
                cand.key = cand.parent + cand.key

    def _discipline_alone(self, college: str) -> bool:
        """Whether a college's name is a discipline alone (生命科学学院), not an independent college's own name
        opening with a place or a national word (北京电影学院, 中央音乐学院)."""
        return not college.startswith(_NATIONAL_WORDS) and not any(
            self.regions.is_name(college[:k]) for k in range(2, min(4, len(college) - 2) + 1)
        )

    def _units_under_their_bodies(self, cands: list[Cand]) -> None:
        """A hospital, institute or college whose name opens with a university's or an academy's answers to it
        (四川大学华西医院 → 四川大学), is keyed by that body's full name (市农科院水稻研究所 → 重庆市农业科学院水稻研究所)
        and lies where the body does when its own name holds no place (西南大学柑桔研究所: 重庆, as 西南大学)."""
        regions = {c.key: c.region for c in cands if c.key and c.region}
        for cand in cands:
            if cand.known or not cand.key or cand.kind not in _UNIT_KINDS:
                continue
            if cand.parent is None and (body := self._body_opening(cand.key)):
                written, cand.parent = body
                cand.key = cand.parent + cand.key[len(written) :]
            if cand.parent and cand.region is None:
                entry = self.gaz.get(cand.parent)
                cand.region = entry.region_code if entry else regions.get(cand.parent)

    def _body_opening(self, name: str) -> tuple[str, str] | None:
        """(the name as written, its record's key) of the university or academy ``name`` opens with, before a
        unit's own name of two characters or more: 西南大学 of 西南大学柑桔研究所, 重庆市农科院 (重庆市农业科学院) of
        重庆市农科院水稻研究所."""
        for m in SUFFIX_RE.finditer(name):
            if m.end() > len(name) - 2:
                return None
            suffix = m.group()
            if SUFFIXES[suffix][0] in _BODY_OF_UNITS_KINDS and m.start() >= 2:
                written = name[: m.end()]
                full = written[: -len(suffix)] + FULL_SUFFIXES.get(suffix, suffix)
                entry = self.gaz.lookup(full) or self.gaz.lookup(written)
                return written, entry.key if entry else full
        return None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def academy_of(name: str) -> str:
    """The national academy a name opens with (中国科学院 of 中国科学院成都生物研究所), or ""."""
    return next((academy for academy in ACADEMIES if name.startswith(academy)), "")


def _without_academy(name: str) -> str:
    return name[len(academy_of(name)) :]
