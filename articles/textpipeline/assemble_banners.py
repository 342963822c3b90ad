"""The assembler's rules for a page's banners and lists of links: a section's or column's banner
(科普时间 over a headline, ✦ 本周看点 ✦, 基层科协 over BASIC LEVEL), a parallel slogan or a public
service message, which are no headline over a story (a kicker set on its headline is), and the
lists of other posts (往期推荐, a column's dated posts), which are navigation.

``BannerRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``after_photo``) and helpers (``_open``, ``_credited_caption_at``).
"""

from __future__ import annotations

from . import credits_bylines, credits_datelines, credits_names, credits_photos, credits_sources, shapes
from .lines import Line
from .lookahead import (
    after_meta,
    announces_story,
    could_headline_at,
    credit_at,
    dashed_subtitle_at,
    dated_links_at,
    heading_at,
    prose_at,
    story_at,
)
from .model import PARAGRAPH
from .pagemeta import meta_line_kind, record_meta_line
from .pagemeta_boilerplate import is_name_in_capitals
from .pagemeta_boxes import is_comment_line, is_comment_signature
from .pagemeta_editors import names_page_editors
from .pagemeta_navigation import is_page_first_teaser
from .shapes_briefs import is_news_lead
from .shapes_credits import jump_marker
from .shapes_furniture import (
    is_bodies_column,
    is_column_name,
    is_marked_banner,
    is_masthead_name,
    is_parallel_slogan,
    is_public_service_label,
)
from .shapes_headlines import could_be_headline, is_heading_like
from .shapes_lists import is_table_header, list_number
from .shapes_notices import is_salutation
from .shapes_sections import is_chapter_head, is_decorated_heading, is_quoted_name, opens_a_piece


class BannerRules:
    """Handlers for the banners and lists of links a page prints between its stories (see
    ``assemble._Assembler.step``)."""

    def _dated_link(self, index: int, line: Line) -> bool:
        """关于开展2024年全国科普日活动的通知  2024-08-15 among lines like it, outside a story: a list page's
        links to posts, navigation (not an item, and its date is not the page's); the column's name over
        them is the page's banner."""
        current = self._open()
        if current is not None and current.has_body:
            return False
        if dated_links_at(self.lines, index):
            record_meta_line(self.meta, "navigation", line.text)
            return True
        if len(line.text) <= 12 and is_heading_like(line.text) and dated_links_at(self.lines, index + 1):
            record_meta_line(self.meta, "banner", line.text)  # 通知公告 over the list: the column's name
            return True
        return False

    def _headline_below(self, index: int) -> bool:
        """南川区科协开展院士专家服务活动 over 本报讯（记者 X）…, under the list's last link: the next
        story's own headline at ``index`` (a 副题 opens with a dash), so the line above it is a link."""
        return (
            could_headline_at(self.lines, index)
            # 本报记者 赵雪 over the lead: the byline of the title above, no headline (an app prints its time
            # line between them: 封面新闻记者 边雪 / 2024-04-19 09:12:30 / lead)
            and not (credit_at(self.lines, index) and story_at(self.lines, after_meta(self.lines, index + 1)))
            and not dashed_subtitle_at(self.lines, index)
            and (announces_story(self.lines, index + 1) or story_at(self.lines, index + 1))
        )

    def _recommended_title(self, index: int, line: Line) -> bool:
        """Under 往期推荐 / 推荐阅读: another post's title (●… or a bare title) is navigation, not an item;
        so is a digest's line under 本期导读, its page first (02版 …, A4 …), which elsewhere is a page's head.

        A title followed by its story (a real 相关阅读 sidebar) ends the list.
        """
        text = line.text
        if self._closing_credit_at(index):
            return False  # the post's own credit under the list: the list has ended
        if (
            is_comment_line(text)
            or (index > 0 and is_comment_signature(self.lines[index - 1].text))
            or is_page_first_teaser(shapes.strip_bullet(text))
        ):
            record_meta_line(self.meta, "navigation", text)  # under 网友评论: a reader's comment, not the story's
            return True
        if (story_at(self.lines, index) and not _listed_title(text)) or (
            story_at(self.lines, index + 1)
            and not _listed_title(self.lines[index + 1].text)
            and not self._headline_printed_below(index)
        ):
            return False
        if (
            announces_story(self.lines, index + 1)
            and not self._headline_below(index + 1)
            and not self._closing_credit_at(index + 1)
        ):
            return False  # this title's byline, lead or 副题 follows: a story of its own
        if credits_photos.parse_photo_credit(text) or is_parallel_slogan(text) or is_marked_banner(text):
            return False  # a picture's caption, or a section's banner over what follows: the list has ended
        record_meta_line(self.meta, "navigation", text)
        return True

    def _closing_credit_at(self, index: int) -> bool:
        """文字：谭静 under 往期推荐's last title, with no story under it (the post's editors or its end): the
        post's own closing credit, which ends the list and opens no story of the title's."""
        text = self.lines[index].text if index < len(self.lines) else ""
        return (
            bool(credits_bylines.parse_byline_line(text))
            and not credits_datelines.parse_lead(text)
            and not story_at(self.lines, after_meta(self.lines, index + 1))
        )

    def _headline_printed_below(self, index: int) -> bool:
        """● 省药学会发布合理用药科普读本 under 本期要目, over the bulletin's first brief: a contents entry, its
        headline printed again further down, on a line of its own or run into its lead (a sidebar's title
        over its own story is printed once; a paragraph may open with a headline's words)."""
        title = shapes.strip_bullet(self.lines[index].text)
        if len(title) < 6:
            return False
        below = (shapes.strip_bullet(line.text) for line in self.lines[index + 2 : index + 60])
        return any(text == title or text.startswith(title + "。") for text in below)  # (or run into its lead)

    def _banner_line(self, index: int, text: str) -> bool:
        """A section's or column's name between stories, or a slogan over none: the page's banner, which
        ends the open story."""
        return (
            (
                is_marked_banner(text)
                and not credits_bylines.parse_byline_line(text)  # 【记者 王磊】 is a byline
                and not credits_sources.body_credited(text)  # 文字 | 市科协学会部: a body's credit
                and not opens_a_piece(text)  # 【编者按】 over its text opens the piece below
            )
            or (
                is_parallel_slogan(text)
                and credits_photos.parse_photo_credit(text) is None  # 本报记者 王建民摄: a credit, not a slogan
                and not is_chapter_head(text)  # 第一部分  部门概况: a report's part, as its 第二部分 is
                and not prose_at(self.lines, index + 1)
                and not credit_at(self.lines, index + 1)  # 科技助农 春耕正忙 right over 本报记者 X: a headline
                and not self._heads_table(index)  # 重庆方        四川方 over the pairs: the table's header row
                and not dashed_subtitle_at(self.lines, index + 1)  # …over ——记… : a headline with its 副题
                # 凝心聚力 担当作为 over 奋力谱写…新篇章 over ——在…上的工作报告: a two-line title over its 副题
                and not (heading_at(self.lines, index + 1) and dashed_subtitle_at(self.lines, index + 2))
                and not self._kicker_set_on_its_headline(index)  # 科技助农 振兴有我 / 市科协…扎根大康镇
                # 科普惠民 服务乡村 after a photo and over a credited caption: the next photo's title
                and not (self.after_photo and self._credited_caption_at(index + 1))
            )
            or self._column_head(index, text)
            or self._public_service_message(index, text)
            or self._decorated_banner(index, text)
            or self._named_in_capitals_too(index, text)
        )

    def _heads_table(self, index: int) -> bool:
        """The line at ``index`` has as many spaced cells as the table row under it: the table's header."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return is_table_header(self.lines[index].text, following)

    def _kicker_set_on_its_headline(self, index: int) -> bool:
        """科技助农 振兴有我 on the line right over 市科协“科技小院”扎根大康镇, the headline set apart from its
        本报讯 lead: the headline's 引题, set with it. A section's banner stands apart from its first headline
        at least as far as the headline from its lead (决战脱贫攻坚 决胜全面小康, a blank line under it).
        So is a slogan right under a story's paragraph, over a headline over its byline or lead
        (凝心聚力谱新篇 科技强市建新功), set no farther from the headline than the headline from its byline: a
        section's banner heads a page or follows another banner, and stands apart (唱好双城记 建设经济圈
        between blank lines, over a headline set close on its byline)."""
        if index + 2 >= len(self.lines) or not heading_at(self.lines, index + 1):
            return False
        slogan, headline, under = self.lines[index : index + 3]
        current = self._open()
        if (
            current is not None
            and current.is_article
            and current.has_body
            and current.item.blocks[-1].kind == PARAGRAPH
            and credit_at(self.lines, index + 2)
            and headline.start - slogan.end <= under.start - headline.end
        ):
            return True
        if is_parallel_slogan(headline.text):
            return False  # 讲文明 树新风 over 崇尚科学 反对迷信: two slogans, the page's
        return announces_story(self.lines, index + 2) and headline.start - slogan.end < under.start - headline.end

    def _public_service_message(self, index: int, text: str) -> bool:
        """公益广告 and the slogan under it (节约用水从我做起): the paper's own message, page furniture
        (the label was an item without text, the slogan its title); a headline over its story is no slogan."""
        if is_public_service_label(text):
            return True
        return (
            index > 0
            and is_public_service_label(self.lines[index - 1].text)
            and is_heading_like(text)
            and not story_at(self.lines, after_meta(self.lines, index + 1))  # (the page's footer may follow)
            and not announces_story(self.lines, index + 1)
        )

    def _decorated_banner(self, index: int, text: str) -> bool:
        """✦ 本周看点 ✦ between stories (none open, or over a headline over its news lead): a section's
        banner; inside a story, its sub-heading."""
        if not (text[:1] == text[-1:] and is_decorated_heading(text) and not credits_bylines.parse_byline_line(text)):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if is_quoted_name(text) and following.startswith(("——", "--")):
            return False  # "科技兴农" over ——访…: a headline quoting a saying, over its 副题
        current = self._open()
        if current is None:
            return True
        # 🌱春耕时节🌱 / headline / 3月8日，… after a paper's story (本报讯): the next section's banner; in a post
        # that opened with no dateline, the post's own section heading over its part
        lead = self.lines[index + 2].text if index + 2 < len(self.lines) else ""
        return (
            current.item.dateline is not None
            and could_headline_at(self.lines, index + 1)
            and is_news_lead(lead)
        )

    def _named_in_capitals_too(self, index: int, text: str) -> bool:
        """基层科协 over BASIC LEVEL: a section's name with its English or pinyin in capitals under it is
        the section's banner, not a headline (a paper's name over its own is its masthead: _site_name)."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            len(text) <= 8
            and is_heading_like(text)
            and is_name_in_capitals(following)
            and not is_masthead_name(text)
        )

    def _column_head(self, index: int, text: str) -> bool:
        """科普时间 over 冬季如何预防流感？ and its byline or story, or over （上接第1版） and the rest of a
        story: the column's name, not a title over a 副题 (a 副题 opening with a dash keeps the two lines
        one headline)."""
        if not (is_column_name(text) or is_bodies_column(text)):
            return False  # (区县科协 over a headline: the column of the bodies' news, no 引题)
        if index + 2 < len(self.lines) and names_page_editors(self.lines[index + 1].text):
            index += 1  # 科协动态 over 编辑 / 王丽   美编 / 刘洋, then the headline: the section's editors between
        headline = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if (jump := jump_marker(headline)) and jump[0] == "from":
            return True  # 综合 over （上接第1版）: the section of the page the story goes on in
        if not (is_heading_like(headline) or could_be_headline(headline)) or headline.startswith(("——", "--")):
            return False
        if (
            is_column_name(headline)
            or meta_line_kind(headline) is not None  # 科协动态 over 2021-06-18 17:30: a web page's title
            or credits_names.parse_names(headline)  # 华文女作家的风采 over 曾敏之: a title over its author
            or credits_bylines.parse_byline_line(headline)
        ):
            return False
        following = index + 2  # past the rest of a stacked headline: 引题, 主题, 副题
        while following < index + 4 and heading_at(self.lines, following) and not credit_at(self.lines, following):
            following += 1
        return (
            announces_story(self.lines, following)
            or story_at(self.lines, following)
            or (following < len(self.lines) and is_salutation(self.lines[following].text))  # 编辑同志：
        )


def _listed_title(text: str) -> bool:
    """2.四川省第十一届青少年科技创新大赛圆满落幕 under 往期回顾: a numbered post title, no sentence,
    however long (one of 18 characters or more read as story text and made an item without a headline)."""
    return list_number(text) is not None and not shapes.ends_sentence(text) and len(text) <= 60
