"""Whether a short line in a notice or document is the next of its lists, fields and tables: a field under
a field (出席：… over 列席：…), a table's next row or cell, the next row or group of a list a colon opened
(名单如下：). Such lines are the text's own, no headings.

Kept apart from ``assemble_notices`` (the rules that sign a notice off and keep its contact lines and
attachment) so each reads in one sitting; the headline, credit and boundary rules ask these too.
"""

from __future__ import annotations

import re

from . import credits_bylines, credits_datelines, credits_names, credits_signatures, shapes
from .draft import Draft
from .lines import Line
from .model import PARAGRAPH
from .pagemeta import meta_line_kind
from .shapes_headlines import SUBJECT_TAIL, is_heading_like
from .shapes_lists import (
    is_cell,
    is_clause_field,
    is_field_line,
    is_list_title,
    is_office_label,
    is_table_row,
    opens_with_label,
    spaced_cells,
)
from .shapes_sections import opens_a_piece


def among_fields(draft: Draft, following: str) -> bool:
    """The draft's last paragraph and the line after the one at hand each open with a label (岗位要求：…,
    报名方式：…): the line between them is one of those fields too."""
    last = draft.item.blocks[-1]
    return last.kind == PARAGRAPH and opens_with_label(last.text) and opens_with_label(following)


def field_under_field(draft: Draft, text: str, following: str) -> bool:
    """列席：市科协各部门主要负责人 right under 出席：张伟、李红梅: the last field of a run (a 纪要's
    attendance) is the document's text too. A headline led by its place or body names it before its colon
    (渝中区：科普游园会人气旺), which no field's label does; and a line over a byline or a dateline lead
    (科普中国：让科学流行起来 over 本报记者 王丽) heads the next story, whatever its colon."""
    last = draft.item.blocks[-1]
    return (
        last.kind == PARAGRAPH
        and is_field_line(last.text)
        and is_field_line(text)
        and not _SUBJECT_LABEL.match(text)
        and not (credits_bylines.parse_byline_line(following) or credits_datelines.parse_lead(following))
    )


def opens_field_run(text: str, following: str) -> bool:
    """投票时间：9月5日至9月12日 over 投票规则：每个微信号每天可投3票。 in a story: the first of a run of
    fields, no sub-heading over them (a line over a byline, a dateline lead or 编者按：… heads a story)."""
    return (
        is_field_line(text)
        and opens_with_label(following)
        and not opens_a_piece(following)
        and not _SUBJECT_LABEL.match(text)
        and meta_line_kind(following) is None
        and not (credits_bylines.parse_byline_line(following) or credits_datelines.parse_lead(following))
    )


_SUBJECT_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{1,5}}{SUBJECT_TAIL}[：:]")


def row_under_row(draft: Draft, text: str) -> bool:
    """A line of cells spaced apart right under a table's row is its next row, however few its cells
    (three phrases spaced apart alone may be a headline's)."""
    last = draft.item.blocks[-1]
    return last.kind == PARAGRAPH and is_table_row(last.text) and spaced_cells(text) >= 2


def opens_fields(text: str, following: str) -> bool:
    """领衔代表：刘建平 over 附议代表：王丽、陈刚: a run of a document's field lines, each a label and its value
    (作者：… over 发布时间：… is a web page's head, its info line no field of the text); 理事长：黄志刚 … over a
    bare 副理事长： opens a list of officers, one office a field and the next over its names."""
    return (
        is_field_line(text)
        and (is_field_line(following) or is_clause_field(following) or is_office_label(following))
        and meta_line_kind(following) is None
    )


def opens_a_list(lines: list[Line], index: int) -> bool:
    """A line ending in a colon over names or prose (江津区科协： over 科技助农 春耕忙 is a headline cut after
    its colon: headline_parts joins the two)."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(credits_names.parse_names(following)) or not is_heading_like(following)


def next_row_of_list(draft: Draft, text: str) -> bool:
    """四川职业技术学院科普志愿服务队 under 遂宁市气象局科普志愿服务队, the rows a 名单如下： opened: the list's
    next row, shaped as the row above it (a body's name with the same ending, a line of names, a table's
    row), though a headline and its lead come next (it was the next story's title, and its headline the 副题)."""
    rows = open_list_rows(draft)
    return bool(rows) and _same_shape(rows[-1], text)


def next_group_of_list(draft: Draft, text: str) -> bool:
    """重庆市土壤学会（1名） under 重庆市农学会（2名） and its names, in the list a 名单如下： opened: the list's
    next group heading, though a name follows it (it headed a story of its own, the name its byline)."""
    rows = open_list_rows(draft)
    return bool(rows) and (bool(_GROUP_COUNT.search(text)) or any(_same_shape(row, text) for row in rows))


def next_cell_of_list(draft: Draft, text: str) -> bool:
    """良好 under 四川省土木建筑学会 and 88.2, in the cells a 得分如下： opened one a line: the table's next cell,
    no sub-heading over what follows."""
    rows = open_list_rows(draft)
    return len(rows) >= 2 and is_cell(text) and all(is_cell(row) for row in rows)


def under_a_table(draft: Draft) -> bool:
    """The draft's text ends in a table's row (类别    场次) or in one of its cells copied a line each."""
    last = draft.item.blocks[-1] if draft.item.blocks else None
    return last is not None and last.kind == PARAGRAPH and (is_table_row(last.text) or is_cell(last.text))


# （2名）, (3个): how many members a list's group heading counts
_GROUP_COUNT = re.compile(r"[（(][0-9一二三四五六七八九十]{1,3}\s*[名人个项家件][）)]$")


def open_list_rows(draft: Draft) -> list[str]:
    """The rows of the list a colon or a list's title opened at the end of the draft's text (名单如下： or
    附：先进集体名单 over rows, names, group headings, none ending a sentence), top to bottom; [] when its
    text ends otherwise."""
    rows = []
    for block in reversed(draft.item.blocks):
        if block.text[-1] in "：:" or is_list_title(block.text):  # (附：先进集体名单 over its rows)
            return rows[::-1] if block.kind == PARAGRAPH or rows else []
        if block.kind != PARAGRAPH:
            return []
        if shapes.ends_sentence(block.text) or not (
            is_heading_like(block.text) or is_table_row(block.text) or is_cell(block.text)
        ):
            return []
        rows.append(block.text)
    return []


def _names_row(text: str) -> list[str] | None:
    """The names of a list's row of names: 王明 田丽, or one two-character name spread to three's width
    (张  伟, as a list of one name a line prints each)."""
    return credits_names.parse_names(text) or credits_signatures.spread_name(text)


def _same_shape(row: str, text: str) -> bool:
    """Two rows of one list: names both (王明 田丽 刘峰), a table's cells both, or a body's name each with the
    same ending (…科普志愿服务队)."""
    if _names_row(row) and _names_row(text):
        return True
    if is_table_row(row) and is_table_row(text):
        return True
    return len(row) >= 5 and len(text) >= 5 and row[-3:] == text[-3:]


def opens_or_continues_list(text: str) -> bool:
    """A paragraph ending in a colon opens a list; a short unpunctuated one is a list line or verse."""
    return text[-1] in "：:" or is_heading_like(text)
