"""Where a college's or a society's name starts when 与 or 及 joins two disciplines inside it (西南大学蚕桑纺织与
生物质科学学院, 重庆市岩石力学与工程学会), so that the scan leftward from its suffix, stopped at 与, goes on
to its university or region; and when 与 joins two bodies instead (重庆大学与四川大学华西医学院, 市科协与区农学会).

Kept apart from ``organizations_suffix`` so each reads in one sitting. ``JoinedDisciplines`` is mixed into
``organizations._Finder`` and uses its state (``text``) and the helpers of ``NameBounds`` (``_scan_left``,
``_region_at``, ``_region_chain``); ``SuffixEvidence._named`` asks it through ``_start_across_yu``.
"""

from __future__ import annotations

from .organizations_suffix import (
    _BODY_INSIDE,
    _COLLEGE_SUFFIXES,
    _KINDS_OF_BODY,
    _SOCIETY_INSIDE,
    SOCIETY_KINDS,
)
from .organizations_units import COLLEGE_NAMED_UNIVERSITY, UNIVERSITY_IN_NAME
from .orgnames import SUFFIX_RE

# A university's people or organs, no discipline, before 与: 重庆科技学院师生与…, 重庆三峡学院党委与…
_PEOPLE_BEFORE_YU = ("师生", "党委", "院士", "学生", "学子", "教师", "团队", "代表", "校友", "一行", "干部", "职工")
# The words that join two disciplines in one college's or society's name: 材料科学与工程学院, 能源及环境学院
_DISCIPLINE_JOINTS = "与及"
# How a person's word ends, before 与 (志愿者与美术学院, 辅导员与…): people, no discipline
_PERSON_ENDINGS = ("者", "员", "们", "师")
# How a federation's short name ends (妇联, 残联, 文联, 工商联, 侨联): a body, no discipline, before 与
_FEDERATION_ENDING = "联"


class JoinedDisciplines:
    """The start of a college's or a society's name across the 与 inside it (see ``SuffixEvidence._named``)."""

    def _college_start_across_yu(self, start: int, p: int) -> int | None:
        """Where a college's name starts when 与 or 及 stopped the scan inside it (西南大学蚕桑纺织与生物质科学学院,
        资源与环境学院, 香港城市大学能源及环境学院): at its university's name, if the words before 与 are that
        name and a discipline and those after it (to ``p``) no place."""
        if start < 1 or self.text[start - 1] not in _DISCIPLINE_JOINTS or self._region_at(start, p):
            return None  # 重庆科技学院师生与重庆三峡学院: the words after 与 open another body's name with its place
        left, clean = self._scan_left(start - 1)
        before = self.text[left : start - 1]
        if before.endswith(_PEOPLE_BEFORE_YU):
            return None
        university = UNIVERSITY_IN_NAME.search(before) or COLLEGE_NAMED_UNIVERSITY.search(before)
        if not university and clean and self._is_discipline(before, left):
            return left  # 组织机械与运载工程学院, 、材料科学与工程学院: one college's discipline on both sides
        if not university or university.start() < 2 or university.end() == len(before):
            return None  # 重庆大学与四川大学华西医学院: two bodies
        if _BODY_INSIDE.search(before, university.end()):
            return None  # 西南大学资源环境学院与农学院: two colleges
        return left

    def _start_across_yu(self, start: int, p: int, suffix: str, kind: str) -> int | None:
        """Where a college's or a society's name starts when 与 stopped the scan inside it, or None."""
        if suffix in _COLLEGE_SUFFIXES:
            return self._college_start_across_yu(start, p)
        if kind in SOCIETY_KINDS:
            return self._society_start_across_yu(start, p)
        return None

    def _society_start_across_yu(self, start: int, p: int) -> int | None:
        """Where a society's name starts when 与 stopped the scan inside it (重庆市岩石力学与工程学会, 四川省土壤与
        肥料学会): at its region, if a region and one discipline stand before 与 and a discipline after it (重庆市科协
        与重庆市农学会, 市科协与区农学会 are two bodies)."""
        if start < 1 or self.text[start - 1] not in _DISCIPLINE_JOINTS or self._region_at(start, p):
            return None
        if not self._is_discipline(self.text[start:p], start):
            return None
        left, clean = self._scan_left(start - 1)
        chain = self._region_chain(left, start - 1)
        if not clean or not chain or chain[0][1] != left:
            return None
        opening = chain[-1][2]
        return left if self._is_discipline(self.text[opening : start - 1], opening) else None

    def _is_discipline(self, words: str, start: int) -> bool:
        """Whether ``words`` (at ``start``) can be a discipline opening a college's name before 与 (机械, 材料科学): a
        few characters naming no body, no place and no kind of body (企业与…学院, 市妇联与市营养学会 are two)."""
        return (
            2 <= len(words) <= 6 and not SUFFIX_RE.search(words) and not _BODY_INSIDE.search(words)
            and not words.endswith(_PERSON_ENDINGS) and not words.endswith(_FEDERATION_ENDING)
            and not _SOCIETY_INSIDE.search(words) and not words.endswith(_KINDS_OF_BODY)
            and self._region_at(start, start + len(words)) is None
        )
