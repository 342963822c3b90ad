"""The assembler's tests for the short lines inside a story that are its text, no headings: a list's
title over its rows, a group's label (主  席, 一等奖) over the names under it, a table's first row, a
figure under figures, a row over no story's lead, and a sentence a column set one name a line (省领导 /
王晓晖 / 出席开幕式。).

``HeadlineRules._heading`` asks them before it takes such a line for a headline or a sub-heading:
short and unpunctuated, a list's line reads like one. (The lists, fields and tables of notices are
``assemble_notices``'s.)

``ListLineRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``,
``taken_through``).
"""

from __future__ import annotations

import re

from . import credits_datelines, credits_names
from .assemble_notices import after_colon
from .draft import Draft, sentence_down_a_column
from .lines import Line
from .lookahead import credit_at, prose_at, winners_at
from .model import PARAGRAPH, SUBHEADING, Repair
from .shapes_briefs import is_news_lead
from .shapes_lists import (
    is_award_grade,
    is_contest_group,
    is_figure_line,
    is_list_title,
    is_office_label,
    is_table_header,
    spaced_cells,
)


class ListLineRules:
    """Tests for the lines of a story's lists and tables (see ``HeadlineRules._heading``)."""

    @staticmethod
    def _first_row_under_title(current: Draft, text: str, following: str) -> bool:
        """A table's header over its rows, or under a list's title (…名单) a row of spaced cells over one of as
        many (王建国  四川农业大学 over 黄晓东  宜宾市第一人民医院): the table or the list begins."""
        if is_table_header(text, following):
            return True
        listed = any(is_list_title(title) for title in current.title_lines)
        return listed and spaced_cells(text) >= 2 and spaced_cells(text) == spaced_cells(following)

    def _heads_a_lists_group(self, current: Draft | None, index: int, line: Line) -> bool:
        """小学组 over a list's rows (under 名单如下：, under the list's headline, or between its tables): the
        list's category, a sub-heading as each of the 初中组 and 高中组 after it (no 副题, no paragraph); taken."""
        if current is None or not is_contest_group(line.text):
            return False
        if not (
            (after_colon(current) and prose_at(self.lines, index + 1))
            or ((current.has_body or current.title_lines) and self._list_opens_at(current, index + 1))
        ):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _list_opens_at(self, current: Draft, index: int) -> bool:
        """A list's first line at ``index``, under the headline: a table's header or first row, an award's
        grade (一等奖) or people with their units."""
        text = self.lines[index].text if index < len(self.lines) else ""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return bool(text) and (
            is_award_grade(text) or winners_at(self.lines, index) or self._first_row_under_title(current, text, following)
        )

    def _byline_under(self, index: int) -> bool:
        """A byline directly under ``index`` (本报记者 周杰), not a credit block's labelled line (执行：马骁, 文字：X):
        the line over it is a story's headline, whose text the copy may have lost."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return credit_at(self.lines, index + 1) and not _LABELLED_CREDIT.match(following)

    def _prose_below(self, index: int) -> bool:
        """Any story text below ``index`` on the page (a headline with none under it heads no story)."""
        return any(prose_at(self.lines, at) for at in range(index + 1, len(self.lines)))

    def _sentence_down_a_column(self, index: int, current: Draft) -> bool:
        """省领导 / 王晓晖 / 黄 强 / 出席开幕式。 or 区领导 / 张强 李明 / 出席。 in a story: one paragraph of it, the
        names joined by 、 (the label headed a new item with the first name its author)."""
        run = sentence_down_a_column([line.text for line in self.lines[index : index + 10]])
        if run is None:
            return False
        sentence, count, names = run
        current.add_paragraph(sentence)
        current.item.repairs.append(  # the names' 、 added, as the sentence prints them
            Repair(
                "joined_break", f"接续被分栏逐行截断的句子：“{sentence[:12]}…”（{count} 行合为一段）", added="、" * (names - 1)
            )
        )
        for taken in self.lines[index : index + count]:
            current.cover(taken)
        self.taken_through = index + count - 1
        return True


# A credit block's line, its role before a colon or a bar: 执行：马骁 罗丹, 文字｜X, 本版摄影：X
_LABELLED_CREDIT = re.compile(r"^(?:本版)?[\u4e00-\u9fff]{1,4}\s*[:：丨|｜]")


def last_is_figure_line(draft: Draft) -> bool:
    last = draft.item.blocks[-1] if draft.item.blocks else None
    return last is not None and last.kind == PARAGRAPH and is_figure_line(last.text)


def under_a_group_label(draft: Draft, text: str) -> bool:
    """潘复生 under 主  席, 张 伟 under 一等奖, 张志军 李春梅 王海波 under the sub-heading …先进个人名单: who holds
    the office, won the award or is on the list, a row of the story's list (no headline over a byline)."""
    last = draft.item.blocks[-1]
    if labels_a_group(last.text):
        return True
    return last.kind == SUBHEADING and is_list_title(last.text) and bool(credits_names.parse_names(text))


def labels_a_group(text: str) -> bool:
    """主  席, 一等奖: an office or an award's grade alone on its line, over the names a list puts under it."""
    return is_office_label(text) or is_award_grade(text)


def lead_or_dateline(text: str) -> bool:
    """9月16日，… or 本报讯（记者 李明）9月16日，…: a story's first line, which no table's row stands over."""
    return is_news_lead(text) or credits_datelines.parse_lead(text) is not None
