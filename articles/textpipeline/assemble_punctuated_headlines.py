"""The assembler's tests for a punctuated headline: a line that reads as prose (a comma or a question
mark in it: 防范电信诈骗，你知道多少？, 冬季流感高发，这份防护指南请收好) heads a piece only where what is
around it proves it, as a byline or a dateline lead under it would: the column's label over it (the
label its 引题), a Q&A's turns under it, a letter's salutation under it, or no story open above it.

``HeadlineRules._heading`` asks them for a line ``shapes_headlines.could_be_headline`` allows but
``is_heading_like`` does not; a line that fails them stays a paragraph.

``PunctuatedHeadlineRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``,
``result``) and helper ``_open``.
"""

from __future__ import annotations

from . import shapes
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE
from .headline import named_label_over_headline
from .lookahead import after_meta, credit_at, prose_at, story_at
from .shapes_headlines import carries_column_tag
from .shapes_lists import is_field_line
from .shapes_notices import is_salutation
from .shapes_turns import opens_a_numbered_turn


class PunctuatedHeadlineRules:
    """Tests for a punctuated line that heads a piece (see ``HeadlineRules._heading``)."""

    def _over_a_salutation(self, index: int) -> bool:
        """小区里的“科普角”为何成了杂物间？ over 编辑同志： and the letter: a letter's title, punctuated or not
        (a question is the usual title of a reader's letter)."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return self._open() is None and is_salutation(following) and prose_at(self.lines, index + 2)

    def _question_under_label(self, text: str) -> bool:
        """防范电信诈骗，你知道多少？ right under 科普知识小测试: the headline's question under the column's
        label (headline_parts makes the label the 引题), not the first paragraph of a piece so titled."""
        current = self._open()
        return (
            current is not None
            and len(current.title_lines) == 1
            and not (current.has_body or current.has_credit)
            and text.endswith(("？", "?"))
        )

    def _headline_over_turns(self, index: int, text: str) -> bool:
        """关于结核病，这些问题你要知道 under 世界防治结核病日, over 问：…: the headline of a Q&A piece under its
        label (the turns under it prove it, as a byline or a lead would), not the piece's first paragraph."""
        current = self._open()
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            current is not None
            and len(current.title_lines) == 1
            and not (current.has_body or current.has_credit)
            and opens_a_numbered_turn(following)
        )

    def _headline_under_label(self, index: int, text: str) -> bool:
        """屠呦呦：青蒿一握，济世苍生 right under 科学家故事, over its story or credit: the headline under the
        piece's label (headline_parts makes the label the 引题), not the first paragraph of a piece so titled."""
        current = self._open()
        return (
            current is not None
            and len(current.title_lines) == 1
            and not (current.has_body or current.has_credit)
            and named_label_over_headline(current.title_lines[0], text)
            and (story_at(self.lines, index + 1) or credit_at(self.lines, index + 1))
        )

    def _headline_standing_alone(self, index: int, text: str) -> bool:
        """冬季流感高发，这份防护指南请收好 over prose where no story is open (first on the page, or after a
        story its attribution closed): a headline, though a comma is in it (inside a story only a byline,
        a lead or a 副题 under such a line proves one)."""
        previous = self.result.drafts[-1] if self.result.drafts else None
        if previous is not None and (
            previous.closed not in (CLOSED_BY_BYLINE, CLOSED_BY_ATTRIBUTION)
            or shapes.visible_length(text) > _SHORT_HEADLINE
            or any(text in block.text for block in previous.item.blocks)  # a stray repeat of its text
        ):
            return False
        return (
            self._open() is None
            and not text.endswith(("：", ":"))
            and story_at(self.lines, after_meta(self.lines, index + 1))  # 策划：… 作者：… may come between
        )

    def _tagged_headline_over_fields(self, index: int, text: str) -> bool:
        """活动预告｜2026年科技活动周来了！ over 时间：… where no story is open: a post's headline, its column's
        tag barred off it (the 引题), its event's fields under it; the ！ a WeChat headline often ends with
        made it the first paragraph of an untitled item."""
        following = after_meta(self.lines, index + 1)
        return (
            self._open() is None
            and carries_column_tag(text)
            and following < len(self.lines)
            and is_field_line(self.lines[following].text)
        )


_SHORT_HEADLINE = 24  # characters: a line with a comma after a closed story is a headline up to this long
