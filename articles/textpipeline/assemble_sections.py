"""The assembler's rules for what divides a story inside: its sub-headings (numbered, bracketed, a
section bar, a question an explainer asks more than once, a timeline's dates). The boxes printed in
it (【相关链接】, 小贴士, 记者手记 over its own title) are ``assemble_boxes``'s.

A short line inside an open story is one of these only over its section's text; they keep it in the
story, where the headline rules would make it an item of its own.

``SectionRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``) and
helpers (``_open``, ``_new_draft``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import credits_bylines, shapes
from .assemble_boxes import _figures_or_list_at
from .assemble_notices import next_attached_file
from .draft import Draft
from .lines import Line, fold
from .lookahead import (
    announces_story,
    numbered_list_at,
    prose_at,
    story_at,
    timeline_at,
)
from .model import PARAGRAPH, SUBHEADING
from .pagemeta import meta_line_kind
from .pagemeta_heads import date_first_head
from .shapes_briefs import is_news_lead
from .shapes_furniture import (
    could_name_a_bulletin,
    is_bracketed_label,
    is_briefs_heading,
    is_bulletin_name,
    is_column_name,
)
from .shapes_headlines import NOTICE_KINDS, is_heading_like
from .shapes_lists import (
    is_bare_figure,
    is_field_line,
    is_listed,
    is_numbered_heading,
    is_time_mark,
    list_number,
)
from .shapes_sections import (
    continues_a_quote,
    is_chapter_head,
    is_decorated_heading,
    is_quoted_subheading,
    is_section_bar,
    opens_a_piece,
    opens_a_rule_article,
)


class SectionRules:
    """Handlers for the lines that divide a story (see ``assemble._Assembler.step``)."""

    def _bracketed_subheading(self, index: int, line: Line) -> bool:
        """【初心】 under a portrait's byline or between its paragraphs, over more of its prose: a
        section's sub-heading, not a page banner that ends the story (a banner stands over a
        headline; 【简讯】 or 【科协动态】, a column's name, still opens its column)."""
        if self._bulletin_section(index, line):
            return True
        current = self._open()
        if not (current and current.is_article and (current.has_body or current.has_credit)):
            return False
        content = line.text[1:-1].strip()
        if not is_bracketed_label(line.text) or is_column_name(content) or is_briefs_heading(content):
            return False
        if opens_a_piece(content):
            return False  # 【编者按】 after a story opens the piece below (_note_over_headline), never ends one
        if not (
            story_at(self.lines, index + 1)
            or _figures_or_list_at(self.lines, index + 1)
            or (current.has_body and _fields_at(self.lines, index + 1) and not _heads_a_notice(content))
        ):
            return False  # (【数据看板】 over 建站数量：36个 is the story's box, no banner over a headline)
        if current.has_body and is_news_lead(self.lines[index + 1].text):
            return False  # 【地方科协】 over 近日，…: a banner over a brief that lost its headline (flagged)
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _bulletin_section(self, index: int, line: Line) -> bool:
        """城口县科协工作简报 over 【工作动态】 over its dated entries, then 【科普宣传】 over its: with no headline
        under them, the bulletin is the piece, titled by its name, and its bracketed heads are its sections
        (they were page banners over titleless items, each entry's paragraph unplaced)."""
        if not is_bracketed_label(line.text) or not prose_at(self.lines, index + 1):
            return False
        current = self._open()
        if current is not None and current.is_article and current.title_lines:
            if not _names_a_bulletin(current.title_lines[0]):
                return False  # a headline's story in the bulletin: its own sub-heading or the next banner
            current.cover(line)
        else:
            bulletin = next((printed for printed in self.meta.source_lines if _names_a_bulletin(printed)), None)
            if bulletin is None:
                return False
            current = self._new_draft(line, title=bulletin)
            self.meta.source_lines.remove(bulletin)  # the piece's title now, no line of the page's head
            if bulletin in self.meta.banners:
                self.meta.banners.remove(bulletin)
        current.add_subheading(line.text)
        return True

    def _section_bar(self, index: int, line: Line) -> bool:
        """▍活动一：… or ✦ 大会亮点 ✦ inside a post: its section's sub-heading, even right under the headline."""
        current = self._open()
        if not (current is not None and current.is_article):
            return False
        decorated = current.has_body and is_decorated_heading(line.text) and not credits_bylines.parse_byline_line(line.text)
        if not (is_section_bar(line.text) or decorated):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _quoted_subheading(self, index: int, line: Line) -> bool:
        """“技术不落地，等于零” between a story's finished paragraph and its next: the sub-heading of a profile's
        part (it was glued onto the paragraph under it as the start of a sentence a break had cut). Not when
        the line under it names the quote's speaker (刘明一边说，…: dialogue a break cut) or opens another
        story (本报讯 …, a byline: the quoted line is that story's headline)."""
        current = self._open()
        if not (current is not None and current.is_article and current.has_body and is_quoted_subheading(line.text)):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not shapes.ends_sentence(last.text) or not story_at(self.lines, index + 1):
            return False
        if continues_a_quote(self.lines[index + 1].text) or announces_story(self.lines, index + 1):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _chapter_head(self, index: int, line: Line) -> bool:
        """第二章　申报与认定 over 第三条　申报单位应当具备以下条件： in a 管理办法: the chapter's sub-heading,
        right under the headline too (第一章　总　则); spaced out (附　则), it is no table's row."""
        current = self._open()
        if not (current is not None and current.is_article and current.title_lines and is_chapter_head(line.text)):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if not (prose_at(self.lines, index + 1) or opens_a_rule_article(following) or is_numbered_heading(following)):
            return False  # (第一部分　部门概况 over 一、职能职责: a report's part over its first section)
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _numbered_subheading(self, index: int, line: Line) -> bool:
        """一、… or （一）… before prose inside an article is a sub-heading; it never opens an item. Right under
        the headline (a 工作要点 or a 办法 printed without a preamble), only the first heading whose sibling
        (二、…) heads prose further on is one. 2．活动总结报送表 under 附件：1．… is the attachment list's next entry."""
        current = self._open()
        sectioned = numbered_section_at(self.lines, index)  # 二、招聘条件 over 1.… 2.…: a section, no list item
        if (
            current is None
            or not (current.has_body or current.has_credit or self._first_section_under_headline(index, current))
            or not (sectioned or prose_at(self.lines, index + 1))
            or (self._in_numbered_list(index, current) and not sectioned)
            or next_attached_file(current, line.text)
        ):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _first_section_under_headline(self, index: int, current: Draft) -> bool:
        """一、总体要求 right under 巴中市科协2024年科普工作要点, with 二、重点任务 over prose further on: the
        document's first section (it stayed a paragraph while its siblings were sub-headings)."""
        number = list_number(self.lines[index].text)
        if not (current.is_article and current.title_lines and number and number[1] == 1):
            return False
        return self._next_section_ahead(index, number)

    def _next_section_ahead(self, index: int, number: tuple[str, int]) -> bool:
        """The numbered heading after the one at ``index`` (二、… after 一、…) heads prose further on in this
        story (up to its end or its next headline)."""
        sibling = (number[0], number[1] + 1)
        for position in range(index + 2, min(index + _SECTION_REACH, len(self.lines) - 1)):
            text = self.lines[position].text
            if list_number(text) == sibling:
                return is_numbered_heading(text) and prose_at(self.lines, position + 1)
            if shapes.attribution_of(text) or (is_heading_like(text) and announces_story(self.lines, position + 1)):
                return False
        return False

    def _stopped_numbered_heading(self, index: int, line: Line) -> bool:
        """一、提高政治站位，切实增强做好科协工作的责任感和使命感。 alone over prose in a speech whose next
        heading (二、…) is a sub-heading over prose too: a section's heading printed with a full stop (a
        list's items follow one another, a run-in heading goes on in its own line)."""
        current = self._open()
        text = line.text
        if not (current is not None and current.is_article and current.has_body and text.endswith("。")):
            return False
        number = list_number(text)
        if number is None or not is_numbered_heading(text[:-1], longest=_STOPPED_HEADING):
            return False
        if not prose_at(self.lines, index + 1) or not self._next_section_ahead(index, number):
            return False
        return self._as_subheading(current, line)

    def _in_numbered_list(self, index: int, current: Draft) -> bool:
        """3.王刚 重庆医科大学 after the paragraph 2.李娜 西南大学, or over 4.…: an item of a numbered list
        (the numbers run on in one style), not a numbered sub-heading over the prose after it."""
        number = list_number(self.lines[index].text)
        if number is None:
            return False
        style, value = number
        last = current.item.blocks[-1] if current.item.blocks else None
        if last is not None and last.kind == PARAGRAPH and list_number(last.text) == (style, value - 1):
            return True
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return list_number(following) == (style, value + 1)

    def _question_subheading(self, index: int, line: Line) -> bool:
        """什么是科技小院？ alone over its answer in a piece, with another such question in it: an explainer's
        sub-heading, as a numbered question is (a question asked once stays a paragraph of its story)."""
        current = self._open()
        if not (current and current.is_article and (current.has_body or current.has_credit)):
            return False
        if not self._answer_at(index + 1):
            return False
        asked = any(block.kind == SUBHEADING and QUESTION_HEAD.match(block.text) for block in current.item.blocks)
        return (asked or self._question_ahead(index + 2)) and self._as_subheading(current, line)

    def _question_ahead(self, index: int) -> bool:
        """Another short question over prose further on in this story (up to its end or its next headline)."""
        for position in range(index, min(index + _QUESTION_REACH, len(self.lines) - 1)):
            text = self.lines[position].text
            if QUESTION_HEAD.match(text) and self._answer_at(position + 1):
                return True
            if shapes.attribution_of(text) or (is_heading_like(text) and announces_story(self.lines, position + 1)):
                return False
        return False

    def _answer_at(self, index: int) -> bool:
        """Prose, or a list (1.…, 一、…, ①…): what answers an explainer's question (家长应该怎么做？ over 1.不给…)."""
        return prose_at(self.lines, index) or (index < len(self.lines) and is_listed(self.lines[index].text))

    def _as_subheading(self, current: Draft, line: Line) -> bool:
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _timeline_entry(self, index: int, current: Draft) -> bool:
        """A date over its entry's text, with more such dates after it or before it in the piece."""
        after_one = any(block.kind == SUBHEADING and is_time_mark(block.text) for block in current.item.blocks)
        return timeline_at(self.lines, index, after_one=after_one)


def _names_a_bulletin(text: str) -> bool:
    """城口县科协工作简报, 科协工作动态: a bulletin's name."""
    return is_bulletin_name(text) or could_name_a_bulletin(text)


# 什么是科技小院？, 科技小院起源于哪里？: a short question of one clause, no speaker before a colon
QUESTION_HEAD = re.compile(r"^[^，。；：！？,;:!?\s]{3,19}[？?]$")

_QUESTION_REACH = 40  # lines: how far a story's next question head is looked for
_SECTION_REACH = 60  # lines: how far a document's next numbered section is looked for
_STOPPED_HEADING = 32  # characters: a numbered heading printed with a full stop is up to this long


def reads_as_subheading(text: str) -> bool:
    """Sub-headings are short; a long line listing things (、) is a paragraph cut by a break, and
    ——服务团团长李建国 under a quoted sentence names who said it (—— 一线见闻 —— is a sub-heading)."""
    if text.startswith(("——", "--")) and not text.endswith(("——", "--")):
        return False
    if is_bare_figure(text):
        return False  # 3800余场 over 全年开展…重点活动: a figure card's figure over its label, no heading
    return shapes.visible_length(text) <= 24 or "、" not in text


def numbered_section_at(lines: list[Line], index: int) -> bool:
    """一、活动主题 over 提升全民科学素质，协力建设科技强国: a numbered heading over its section's short
    text, which is no item of the list (二、… under 一、… is the list's next item); 一、基本情况 over
    （一）组织覆盖面持续扩大 heads a section whose own parts begin under it."""
    text = lines[index].text
    if index + 1 >= len(lines) or not is_numbered_heading(text):
        return False
    following = lines[index + 1].text
    if is_numbered_heading(following) and _first_part_below(list_number(text)[0], list_number(following)):
        return True
    items = numbered_list_at(lines, index + 1)  # 一、招收方向 over 1.… 2.…: its section's list, numbered finer
    if items is not None and _LEVELS.index(items) > _LEVELS.index(list_number(text)[0]):
        return True
    if list_number(text)[0] != "一、":
        return False  # 2.联系人名单 under 附件：, 2.下列哪种… over its options: a list's items
    return not (
        is_numbered_heading(following)
        or list_number(following) is not None
        or (meta_line_kind(following) is not None and not date_first_head(fold(following)))
    )  # (2024-07-15 重庆科技馆 under 一、比赛时间地点 is its section's day and venue, no post's head)


_LEVELS = ("一、", "（一）", "1.", "①")  # numbering styles, coarsest first


def _first_part_below(style: str, number: tuple[str, int] | None) -> bool:
    """（一）… or 1.… under 一、…: the first part of the section, numbered finer (a 工作要点 may skip a level,
    一、 over 1.); 二、… under 一、… is the list's next item."""
    return (
        number is not None
        and number[1] == 1
        and style in _LEVELS
        and number[0] in _LEVELS
        and _LEVELS.index(number[0]) > _LEVELS.index(style)
    )


def _heads_a_notice(label: str) -> bool:
    """活动预告, 培训通知: a head naming a notice of its own, whose fields (活动时间：…) announce another event,
    not the story's above (讲座信息 over 主讲人：… is that story's)."""
    return label.endswith((*NOTICE_KINDS, "预告"))


def _fields_at(lines: Sequence[Line], index: int) -> bool:
    """主讲人：李华 over 讲座时间：10月15日 at ``index``: a notice's block of fields, the text of the
    bracketed head above them (【讲座信息】), no story of a banner's."""
    return index + 1 < len(lines) and is_field_line(lines[index].text) and is_field_line(lines[index + 1].text)
