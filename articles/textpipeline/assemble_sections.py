"""The assembler's rules for what divides a story inside: its sub-headings (numbered, bracketed, a
section bar, a question an explainer asks more than once, a timeline's dates) and the boxes printed
in it (【相关链接】, 小贴士, 记者手记 over its own title).

A short line inside an open story is one of these only over its section's text; they keep it in the
story, where the headline rules would make it an item of its own.

``SectionRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``boxed_title_for``, ``in_recommendations``) and helpers (``_open``, ``_close_by_page``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import credits_bylines, credits_datelines, shapes
from .assemble_notices import next_attached_file
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_PAGE, Draft, continues
from .lines import Line, fold
from .lookahead import (
    announces_story,
    bullet_at,
    heading_at,
    numbered_list_at,
    prose_at,
    signed_piece_at,
    story_at,
    timeline_at,
)
from .model import PARAGRAPH, SUBHEADING, Repair
from .pagemeta import meta_line_kind, record_meta_line
from .pagemeta_heads import date_first_head
from .pagemeta_navigation import opens_recommendations
from .shapes_briefs import is_news_lead
from .shapes_furniture import (
    could_name_a_bulletin,
    is_bracketed_label,
    is_briefs_heading,
    is_bulletin_name,
    is_column_name,
    is_dated_link,
)
from .shapes_headlines import NOTICE_KINDS, could_be_headline, is_heading_like
from .shapes_lists import (
    is_bare_figure,
    is_field_line,
    is_figure_line,
    is_listed,
    is_numbered_heading,
    is_reference_entry,
    is_time_mark,
    is_year_entry,
    list_number,
)
from .shapes_sections import (
    continues_a_quote,
    is_afterword,
    is_box_heading,
    is_chapter_head,
    is_comment_box,
    is_decorated_heading,
    is_opinion_box,
    is_plain_box_heading,
    is_quoted_subheading,
    is_section_bar,
    opens_a_piece,
    opens_a_rule_article,
)

_BOX_LINES = 8  # lines a box read inside a sentence may hold: its title and a short list
# A box drawn with box characters: its top and bottom borders, and the bars either side of its lines
_BOX_TOP = re.compile(r"^┌[─━]+┐$")
_BOX_BOTTOM = re.compile(r"^└[─━]+┘$")
_BOX_BARS = re.compile(r"^[│┃]\s*(.*?)\s*[│┃]?$")


def _box_line(text: str) -> bool:
    """如何预防中暑, 1.避免在高温时段外出；: a box's title or one of its list's items."""
    return is_heading_like(text) or list_number(text) is not None or shapes.is_bullet(text)


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

    def _box_heading(self, index: int, line: Line) -> bool:
        """【相关链接】 over prose inside a story, 小贴士 over prose or a numbered list: its box, kept in the
        story under that heading (a bracketed line elsewhere is a section banner)."""
        current = self._open()
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if self._box_over_headline(index, line):
            return True
        if _box_title(following) and signed_piece_at(self.lines, index + 2) and (
            is_comment_box(line.text) or (current is None and is_opinion_box(line.text))
        ):  # 短评 over 为“土专家”正名 and its text, signed apart: a piece of its own, under an open story too
            return False  # (a 记者手记 only under a story its signature closed)
        if is_comment_box(line.text) and _box_title(following) and prose_at(self.lines, index + 2) and _is_commentary(current):
            return False  # 短评 over 科普不能只在节日热闹 under a 本报评论员 piece: the paper's next comment, often unsigned
        if current is not None and current.is_article and current.has_body:
            self._sentence_across_the_box(index, current)
        if current is None and self.current is not None and (
            is_afterword(line.text) or self.current.closed == CLOSED_BY_ATTRIBUTION
        ):
            current = self.current  # 编后 under a signed letter, 链接 under （广安市科协）: printed with it
        elif current is None and self.current is not None and is_reference_entry(following):
            current = self.current  # 参考文献 over [1] …, under the story's credits and reviewer: its references
            current.closed = None  # (the entries under the heading are the story's too)
        if opens_recommendations(line.text) and is_dated_link(following):
            record_meta_line(self.meta, "navigation", line.text)  # 相关阅读 over 石柱县科协召开第四次代表大会
            self.in_recommendations = True  # 2024-04-12: links to other posts, no box of the story
            self._close_by_page()
            return True
        after = self.lines[index + 2].text if index + 2 < len(self.lines) else ""
        # 延伸阅读 over a headline over 本报讯 6月8日，…: that headline's own story, announced by its
        # dateline, not the box's title over the box's text
        titled = _box_title(following) and prose_at(self.lines, index + 2) and credits_datelines.parse_lead(after) is None
        listed = (
            is_listed(following)  # 1.…, 一、…, ①… (健康提示 over ①不给低龄儿童购买…)
            or _figures_or_list_at(self.lines, index + 1)
            or is_year_entry(following)  # 彭良志简历 over 1963年 出生于…
            or is_reference_entry(following)  # 参考文献 over [1] 中华耳鼻咽喉…杂志编辑委员会. …
        )
        boxed = prose_at(self.lines, index + 1) or titled or (
            (is_plain_box_heading(line.text) or is_box_heading(line.text)) and listed
        )
        titled_list = _box_title(following) and bullet_at(self.lines, index + 2)
        if current and current.is_article and current.has_body and (bullet_at(self.lines, index + 1) or titled_list):
            current.add_sidebar_line(line.text, start_new=True)  # 【数读】 over ● 科普活动 320场: the sidebar's
            current.cover(line)  # heading, as “数”说成绩 is (it was the page's banner)
            if titled_list:
                self.boxed_title_for = current  # ■相关链接 / 德阳“科技副总”工作一览 / ●…: the sidebar's title
            return True
        if not (current and current.is_article and current.has_body and boxed):
            return False
        if current.closed == CLOSED_BY_ATTRIBUTION and (
            titled or _figures_or_list_at(self.lines, index + 1) or signed_piece_at(self.lines, index + 1)
        ):
            current.closed = None  # 数说重庆科普 over 82个 科普场馆 under （渝科）: the figures are the box's too,
            # as is the text under 延伸阅读 and its own title, and the text under 背景 up to its own
            # signature (潼南区科协供稿): signed by its own body, no brief of its own
            current.signed_box = True  # (whoever signs the box sent the box, not the story)
        current.add_subheading(line.text)
        current.cover(line)
        if titled:
            self.boxed_title_for = current
        return True

    def _drawn_box_in_sentence(self, index: int, line: Line) -> bool:
        """…已建成院士（专家）工作站 / ┌──┐ / │ 小贴士 │ / │院士（专家）工作站是科协组│ / │织引进…平台│ / └──┘ /
        27个，…: a box drawn with box characters, set into the sentence it stands beside. The borders show
        where it starts and ends: the sentence is joined across it, and the box (its title, then its lines
        joined, the bars stripped) is the story's sidebar under it."""
        current = self._open()
        if not _BOX_TOP.match(line.text) or not (current and current.is_article and current.has_body):
            return False
        bottom = next(
            (at for at in range(index + 1, min(len(self.lines), index + 2 + _BOX_LINES)) if _BOX_BOTTOM.match(self.lines[at].text)),
            None,
        )
        inside = [_BOX_BARS.match(self.lines[at].text) for at in range(index + 1, bottom or index + 1)]
        if bottom is None or not inside or not all(inside) or not self._sentence_cut_at(bottom):
            return False
        texts = [bars.group(1) for bars in inside if bars.group(1)]
        title = texts.pop(0) if len(texts) > 1 and is_heading_like(texts[0]) else ""
        for at in (index, bottom):
            current.cover(self.lines[at])
        for at in range(index + 1, bottom):
            current.cover(self.lines[at])
        lines = [self.lines[at].text for at in range(index, bottom + 1)]
        borders = "".join(lines[0] + lines[-1]) + "".join(re.sub(r"[^│┃]", "", text) for text in lines[1:-1])
        current.item.repairs.append(Repair("box_borders", "去掉方框的边线（┌─┐│└─┘），框内文字作为本文的附框", borders))
        self._paragraph(self.lines[bottom + 1])  # the sentence's rest (and the story's attribution, if it has one)
        current.add_sidebar_line(title or "".join(texts), start_new=True)
        if title:
            current.add_sidebar_line("".join(texts))
        self.taken_through = bottom + 1
        return True

    def _sentence_across_the_box(self, index: int, current: Draft) -> None:
        """…该院已收治热射病患者 / 小贴士 / 如何预防中暑 / 1.… / 2.… / 12例，其中…: a scan read the box in the
        middle of the sentence it stands beside; the first prose line under the box's title and list
        finishes that sentence, and is joined to it now (its line is then skipped). The box stays the
        story's, under its heading."""
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or shapes.ends_sentence(last.text):
            return
        after = index + 1
        while after < min(len(self.lines), index + 1 + _BOX_LINES) and _box_line(self.lines[after].text):
            after += 1
        if after == index + 1 or after >= len(self.lines) or after > index + _BOX_LINES:
            return  # no box under the heading, or no end of it in sight
        rest = self.lines[after]
        if is_heading_like(rest.text) or is_news_lead(rest.text) or credits_datelines.parse_lead(rest.text):
            return
        if not continues(last.text, rest.text):
            return
        current.add_paragraph(rest.text)
        current.cover(rest)
        self.sentence_rest_at = after

    def _box_over_headline(self, index: int, line: Line) -> bool:
        """人物简介 and its text over an interview's headline and byline, at the top of a page or section (or
        under only the column's name, 对话): the box of the story below, printed first (it was a story
        titled 人物简介)."""
        current = self._open()
        if current is None and self.current is not None and self.current.closed != CLOSED_BY_PAGE:
            return False  # 记者手记 under a signed story: that story's box
        column = current is not None and len(current.title_lines) == 1 and len(current.title_lines[0]) <= 6
        if current is not None and not (column and not current.item.blocks and not current.has_credit):
            return False
        headline = index + 1
        while prose_at(self.lines, headline):
            headline += 1
        text = self.lines[headline].text if headline < len(self.lines) else ""
        if headline == index + 1 or not (is_heading_like(text) or could_be_headline(text)):
            return False
        if not (
            announces_story(self.lines, headline + 1)
            or (heading_at(self.lines, headline + 1) and announces_story(self.lines, headline + 2))
        ):
            return False
        draft = current if current is not None else self._new_draft(line, title=None)
        draft.open_notes(line.text)
        draft.cover(line)
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


def _is_commentary(draft: Draft | None) -> bool:
    """A piece the paper's commentator signs (本报评论员, 特约评论员): a comment, which boxes no other comment."""
    return draft is not None and any("评论员" in credit for credit in draft.item.credit_lines)


def _box_title(text: str) -> bool:
    """陪伴，是最好的科普 under 记者手记, over the box's text: the box's own title (a phrase or two)."""
    return (
        shapes.visible_length(text) <= 20
        and could_be_headline(text)
        and not text.endswith(("：", ":"))
        and not credits_bylines.parse_byline_line(text)
        and not is_year_entry(text)  # 1963年 出生于… under 彭良志简历: the CV's first entry
    )


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


def _figures_or_list_at(lines: Sequence[Line], index: int) -> bool:
    """建站数量：36个 or 120个 建成…, or 三步走： over 1.… or 科技活动周“三个一”： over 一场启动仪式 at ``index``: a
    box's figures, or the colon that opens its list."""
    if index >= len(lines):
        return False
    following = lines[index].text
    if is_figure_line(following):
        return True
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return following.endswith(("：", ":")) and bool(after) and (list_number(after) is not None or is_heading_like(after))
