"""The assembler's rules for the boxes printed inside a story: 【相关链接】, 小贴士, 记者手记 over its own
title, a box drawn with box characters, a box printed over the interview it belongs to.

A box's heading and its text stay in the story (as a sub-heading, a sidebar or the story's notes), where
the headline rules would make them an item of their own; kept apart from ``assemble_sections`` (the
story's sub-headings) so each reads in one sitting.

``BoxRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``, ``current``,
``boxed_title_for``, ``in_recommendations``, ``taken_through``, ``sentence_rest_at``) and helpers
(``_open``, ``_close_by_page``, ``_new_draft``, ``_paragraph``, ``_sentence_cut_at``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import credits_bylines, credits_datelines, shapes
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_PAGE, Draft, continues
from .lines import Line
from .lookahead import announces_story, bullet_at, heading_at, prose_at, signed_piece_at
from .model import PARAGRAPH, Repair
from .pagemeta import record_meta_line
from .pagemeta_navigation import opens_recommendations
from .shapes_briefs import is_news_lead
from .shapes_furniture import is_dated_link
from .shapes_headlines import could_be_headline, is_heading_like
from .shapes_lists import is_figure_line, is_listed, is_reference_entry, is_year_entry, list_number
from .shapes_sections import (
    is_afterword,
    is_box_heading,
    is_comment_box,
    is_opinion_box,
    is_plain_box_heading,
)

_BOX_LINES = 8  # lines a box read inside a sentence may hold: its title and a short list
# A box drawn with box characters: its top and bottom borders, and the bars either side of its lines
_BOX_TOP = re.compile(r"^┌[─━]+┐$")
_BOX_BOTTOM = re.compile(r"^└[─━]+┘$")
_BOX_BARS = re.compile(r"^[│┃]\s*(.*?)\s*[│┃]?$")


def _box_line(text: str) -> bool:
    """如何预防中暑, 1.避免在高温时段外出；: a box's title or one of its list's items."""
    return is_heading_like(text) or list_number(text) is not None or shapes.is_bullet(text)


class BoxRules:
    """Handlers for the boxes printed inside a story (see ``assemble._Assembler.step``)."""

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
