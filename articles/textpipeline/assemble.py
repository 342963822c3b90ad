"""Group the lines of a page into items: a small state machine over lines.

Rules (DOMAIN.md, "Page conventions"):

* Metadata lines and banners go to PageMeta; they also close the open item.
* A headline opens an item when nothing is open, when the open item was
  closed (closing attribution, closing byline, banner), right after a
  standalone photo, when it is followed by a byline or a dateline lead
  (本报讯, 新华社…电), or when it carries a marker no body line has
  (（附图片１张）, （图片）, （篆刻）, 致读者).
* Inside an open item, a second headline line before any byline or body is
  the subtitle; a short line followed by real prose is a sub-heading; a
  short line followed by another short line is verse and stays a paragraph.
* A caption ending in a photo credit (X 摄, 摄/X, （新华社记者X摄）) is a photo
  item of its own, unless the open article announced its pictures
  (图片：, （附图片２张）).
* A parenthesised line ((渝科), （宁记）, （新华社北京１月１日电）) closes the item.
  A paragraph after a closing attribution is a stray and goes back to that
  item (the repair is recorded); text before any headline becomes an
  untitled item flagged for an editor.
* A headline followed by bullet lines is a sidebar of the item it follows.
* A punctuated line (人工智能能否替代医生？) is a headline only when a byline,
  a dateline lead or an editor's note (编者按) follows; captions printed
  between a headline and its lead belong to that article, as do captions
  by the article's own 文/图 author.
* Numbered lines (一、… （一）…) before prose are sub-headings, never
  headlines; short lines after a colon are a list and stay paragraphs.
  Dates or clock times alone over prose (1月10日, 09:30), more than one in
  a piece, head a timeline's entries; a box's name (记者手记) may have a
  title of its own under it.
* Metadata between a headline and its story (来源：, 发布时间：…作者：X)
  does not close the headline's item.

What the lines after a position say (a byline follows, prose follows…) is
asked of ``lookahead.py``; this module keeps the state and the rules for
headlines, banners, metadata and paragraphs; the rules for credits and for
pictures are mixed in from ``assemble_credits.py`` and ``assemble_pictures.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import credits, shapes
from .assemble_credits import CreditRules, headline_cut
from .assemble_furniture import FurnitureRules
from .assemble_pictures import PHOTO_SECTIONS, PictureRules, is_photo_headline
from .draft import (
    CLOSED_BY_ATTRIBUTION,
    CLOSED_BY_BYLINE,
    CLOSED_BY_PAGE,
    Draft,
    continues,
    cut_inside_a_name,
)
from .headline import headline_parts
from .jumps import join_jumped_parts
from .lines import Line
from .lookahead import (
    after_meta,
    announces_story,
    bullet_at,
    caption_over_credit_at,
    could_headline_at,
    credit_at,
    cv_entry_at,
    dashed_subtitle_at,
    heading_at,
    marked_brief_at,
    numbered_caption_at,
    prose_at,
    run_in_brief_at,
    story_at,
    timeline_at,
    titled_brief_at,
    titled_photo_at,
    winners_at,
)
from .model import (
    ARTICLE,
    AUTHOR,
    PARAGRAPH,
    PHOTO,
    SIDEBAR,
    SUBHEADING,
    Block,
    Byline,
    Flag,
    Item,
    PageMeta,
    Remainder,
    Repair,
)
from .pagemeta import (
    closes_a_post,
    continues_co_organizers,
    is_contact_line,
    is_contents_heading,
    is_name_in_capitals,
    meta_line_kind,
    opens_recommendations,
    record_meta_line,
)
from .shapes import is_heading_like


@dataclass
class Assembly:
    drafts: list[Draft] = field(default_factory=list)
    remainders: list[Remainder] = field(default_factory=list)


def assemble(lines: list[Line], meta: PageMeta) -> Assembly:
    """Walk the lines once, building drafts, page metadata and remainders."""
    return _Assembler(lines, meta).run()


class _Assembler(CreditRules, PictureRules, FurnitureRules):
    def __init__(self, lines: list[Line], meta: PageMeta) -> None:
        self.lines = lines
        self.meta = meta
        self.result = Assembly()
        self.current: Draft | None = None  # the article text flows into
        self.after_photo = False  # a standalone photo came after the current article's last line
        self.in_recommendations = False  # after 往期推荐: the titles of other posts follow
        self.in_co_organizers = False  # after 本版协办单位：: the list's lines follow
        self.advert_next = False  # after a 广告 label: the next item is an advertisement
        self.boxed_title_for: Draft | None = None  # after 记者手记 over its own title: the draft it goes to
        self.signed_over_headlines: list[tuple[Line, list[Byline]]] = []  # 本报评论员 over a headline

    # -- driver ---------------------------------------------------------------

    def run(self) -> Assembly:
        for index, line in enumerate(self.lines):
            self.step(index, line)
        self._credit_signed_over_headlines()
        self.result.drafts = join_jumped_parts(self.result.drafts)  # （下转第2版） … （上接第1版） on one copy
        for draft in self.result.drafts:
            if draft.awaits_headline:  # the headline the note announced never came
                _flag_unplaced(draft, draft.item.blocks[0].text)
        return self.result

    def step(self, index: int, line: Line) -> None:
        text = line.text
        if self.boxed_title_for is not None:
            blocks = self.boxed_title_for.item.blocks
            if blocks[-1].kind == SIDEBAR:
                self.boxed_title_for.add_sidebar_line(text)  # 德阳“科技副总”工作一览 over ● figures: the sidebar's
            else:
                self.boxed_title_for.add_subheading(text)  # 陪伴，是最好的科普 under 记者手记: the box's title
            self.boxed_title_for.cover(line)
            self.boxed_title_for = None
            return None
        if (
            (
                shapes.is_box_heading(text)
                or (len(text) <= 8 and shapes.is_plain_box_heading(text))
                or (text[-1] in "：:" and opens_recommendations(text) and shapes.is_plain_box_heading(text[:-1]))
            )
            and self._box_heading(index, line)  # (相关链接： over a box's title and its prose, not a list of links)
        ):
            return None  # 【延伸阅读】 over prose in a story: its box, though the words also head link lists
        if self._dated_link(index, line):
            return None
        meta_kind = meta_line_kind(text)
        if meta_kind == "boilerplate" and is_contact_line(text) and _after_contact(self._open()):
            self.current.add_paragraph(text)  # 联系人：张老师 over 联系电话：…: the story's contact, both lines its text
            self.current.cover(line)
            return None
        if meta_kind == "navigation" and (
            (self.result.drafts and is_contents_heading(text)) or _after_colon(self._open())
        ):
            # 本期要目 after a story began, 首页 科普资讯 科普视频 under 平台设有以下栏目：: the story's own list
            meta_kind = None
        if meta_kind and (self._inside_story(index, meta_kind, line) or self._notice_contact(index, meta_kind, line)):
            return None
        if meta_kind is None and self.in_co_organizers and continues_co_organizers(text):
            meta_kind = "co_organizers"  # 本版协办单位： over 成都市科协、自贡市科协、…: the list goes on
        self.in_co_organizers = meta_kind == "co_organizers"
        if meta_kind == "site_date" and self.in_recommendations:
            meta_kind = "navigation"  # 广元市科协开展科技志愿服务  2023-05-29 under 相关新闻: a link, no site
        if meta_kind:
            record_meta_line(self.meta, meta_kind, text)
            if meta_kind == "web_info":
                self._web_info_author(text)
            elif meta_kind == "boilerplate":
                self._printing_office(text)
            elif meta_kind == "site_date":
                self._wechat_author(text)
                self._account_name(index)
            self.in_recommendations = opens_recommendations(text) or (
                self.in_recommendations and meta_kind == "navigation" and not closes_a_post(text)
            )
            return self._close_by_page()
        if self._signature_alone(index, line):
            return None
        if self._site_name(index, line) or self._account_after_the_end(index, line):
            return None
        if self.in_recommendations and self._recommended_title(index, line):
            return None
        self.in_recommendations = False
        if text[:1] == "【" and (self._bracketed_subheading(index, line) or self._bracketed_headline(index, line)):
            return None
        if shapes.is_advert_label(text):  # 广告: what follows is paid for, not news
            record_meta_line(self.meta, "banner", text)
            self._close_by_page()
            self.advert_next = True
            return None
        if shapes.page_head(text) and self._story_goes_on_after(index):
            record_meta_line(self.meta, "banner", text)  # 第3版 between two paragraphs: the story goes on
            return None
        if self._commentator_over_headline(index, line):
            return None
        if (
            (shapes.is_marked_banner(text) and not credits.parse_byline_line(text))  # 【记者 王磊】 is a byline
            or (
                shapes.is_parallel_slogan(text)
                and credits.parse_photo_credit(text) is None  # 本报记者 王建民摄: a credit, not a slogan
                and not prose_at(self.lines, index + 1)
                and not credit_at(self.lines, index + 1)  # 科技助农 春耕正忙 right over 本报记者 X: a headline
                and not dashed_subtitle_at(self.lines, index + 1)  # …over ——记… : a headline with its 副题
            )
            or self._column_head(index, text)
            or self._decorated_banner(index, text)
            or self._named_in_capitals_too(index, text)
        ):
            record_meta_line(self.meta, "banner", text)
            return self._close_by_page()
        for handler in (
            self._attachment,
            self._labelled_headline,
            self._photo_credit,
            self._picture_marker,
            self._picture_caption,
            self._marked_caption,
            self._caption_over_credit,
            self._attribution,
            self._section_bar,
            self._bullet,
            self._unmarked_run_in_brief,
            self._byline_line,
            self._names,
            self._lead,
            self._headline_run_into_credit,
            self._note_over_headline,
            self._latin_subtitle,
            self._heading,
        ):
            if handler(index, line):
                return
        self._paragraph(line)

    def _attachment(self, index: int, line: Line) -> bool:
        """附件：…名单 in a notice or a decision names its attachment, a paragraph (it was a headline, and
        the signature under it its 副题); 附件 under the signed document heads the attachment printed
        with it, and the attachment's title under that is a sub-heading (they were an item of their own,
        附件 its byline)."""
        if not shapes.is_attachment_line(line.text):
            return False
        draft = self.current
        if draft is None or not (draft.is_article and draft.has_body) or draft.closed not in (None, CLOSED_BY_BYLINE):
            return False
        if not shapes.is_bare_attachment_head(line.text):
            if draft.closed:
                return False
            draft.add_paragraph(line.text)
            draft.cover(line)
            return True
        draft.closed = None  # the attachment is the document's, printed after its signature
        draft.add_subheading(line.text)
        draft.cover(line)
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if is_heading_like(following):
            self.boxed_title_for = draft  # 2023年度先进集体名单: the attachment's title
        return True

    def _labelled_headline(self, index: int, line: Line) -> bool:
        """●快讯● 永川区科协举办… over its story: the label is a banner, the rest the headline.
        (It was a sidebar line of the story above, which then took this one's text.)"""
        parts = shapes.labelled_headline(line.text)
        if parts is None or not (announces_story(self.lines, index + 1) or story_at(self.lines, index + 1)):
            return False
        record_meta_line(self.meta, "banner", parts[0])
        self._close_by_page()
        self._new_draft(line, title=parts[1])
        return True


    def _decorated_banner(self, index: int, text: str) -> bool:
        """✦ 本周看点 ✦ between stories (none open, or over a headline over its news lead): a section's
        banner; inside a story, its sub-heading."""
        if not (text[:1] == text[-1:] and shapes.is_decorated_heading(text) and not credits.parse_byline_line(text)):
            return False
        current = self._open()
        if current is None:
            return True
        # 🌱春耕时节🌱 / headline / 3月8日，… after a paper's story (本报讯): the next section's banner; in a post
        # that opened with no dateline, the post's own section heading over its part
        lead = self.lines[index + 2].text if index + 2 < len(self.lines) else ""
        return (
            current.item.dateline is not None
            and could_headline_at(self.lines, index + 1)
            and shapes.is_news_lead(lead)
        )

    def _named_in_capitals_too(self, index: int, text: str) -> bool:
        """基层科协 over BASIC LEVEL: a section's name with its English or pinyin in capitals under it is
        the section's banner, not a headline (a paper's name over its own is its masthead: _site_name)."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            len(text) <= 8
            and is_heading_like(text)
            and is_name_in_capitals(following)
            and not shapes.is_masthead_name(text)
        )

    def _bracketed_subheading(self, index: int, line: Line) -> bool:
        """【初心】 under a portrait's byline or between its paragraphs, over more of its prose: a
        section's sub-heading, not a page banner that ends the story (a banner stands over a
        headline; 【简讯】 or 【科协动态】, a column's name, still opens its column)."""
        current = self._open()
        if not (current and current.is_article and (current.has_body or current.has_credit)):
            return False
        content = line.text[1:-1].strip()
        if not shapes.is_bracketed_label(line.text) or shapes.is_column_name(content) or shapes.is_briefs_heading(content):
            return False
        if not story_at(self.lines, index + 1):
            return False
        if current.has_body and shapes.is_news_lead(self.lines[index + 1].text):
            return False  # 【地方科协】 over 近日，…: a banner over a brief that lost its headline (flagged)
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _bracketed_headline(self, index: int, line: Line) -> bool:
        """【永川区科协举办青少年科技创新大赛】 over its lead or story: the story's headline, not a banner
        (the story was flagged as having none); the brackets are recorded as taken out."""
        headline = shapes.bracketed_headline(line.text)
        if headline is None or not (announces_story(self.lines, index + 1) or story_at(self.lines, index + 1)):
            return False
        self._digest_title_as_banner()
        self._close_by_page()
        draft = self._new_draft(line, title=headline)
        draft.item.repairs.append(Repair("headline_brackets", f"标题“{headline}”外的括号【】已去掉", "【】"))
        return True

    def _digest_title_as_banner(self) -> None:
        """✨重磅✨ 川渝科协一周要闻汇总来啦！ over its first bracketed story: the digest's title is the page's
        banner, not a headline without a story (it was an empty item waiting for review)."""
        current = self._open()
        if not (current and current.is_article and current is self.result.drafts[-1] and current.title_lines):
            return
        if current.has_body or current.has_credit or current.item.captions:
            return
        if not _DIGEST_TITLE.search("".join(current.title_lines)):
            return
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        self.result.drafts.pop()
        self.current = None

    def _note_over_headline(self, index: int, line: Line) -> bool:
        """编者按：… after a finished story (or first on the page) and over a headline: it opens the
        piece below, which takes that headline; it is not the last paragraph of the story above."""
        current = self._open()
        if not shapes.opens_a_piece(line.text) or (current is not None and not current.has_body):
            return False  # right under its headline: the story's first paragraph, as printed
        following = after_meta(self.lines, index + 1)
        if following < len(self.lines) and self._column_head(following, self.lines[following].text):
            following += 1
        headline = self.lines[following].text if following < len(self.lines) else ""
        if not (is_heading_like(headline) or shapes.could_be_headline(headline)):
            return False
        if not (
            announces_story(self.lines, following + 1)
            or (heading_at(self.lines, following + 1) and announces_story(self.lines, following + 2))
        ):
            return False  # (百年科协人 / 扎根山区… / ——记… over 本报记者 X: a headline of three lines)
        draft = self._new_draft(line, title=None)
        draft.add_paragraph(line.text)
        draft.leading_notes = len(draft.item.blocks)
        return True

    def _column_head(self, index: int, text: str) -> bool:
        """科普时间 over 冬季如何预防流感？ and its byline or story: the column's name, not a title
        over a 副题 (a 副题 opening with a dash keeps the two lines one headline)."""
        if not shapes.is_column_name(text):
            return False
        headline = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if not (is_heading_like(headline) or shapes.could_be_headline(headline)) or headline.startswith(("——", "--")):
            return False
        if (
            shapes.is_column_name(headline)
            or meta_line_kind(headline) is not None  # 科协动态 over 2021-06-18 17:30: a web page's title
            or credits.parse_names(headline)  # 华文女作家的风采 over 曾敏之: a title over its author
            or credits.parse_byline_line(headline)
        ):
            return False
        following = index + 2  # past the rest of a stacked headline: 引题, 主题, 副题
        while following < index + 4 and heading_at(self.lines, following) and not credit_at(self.lines, following):
            following += 1
        return (
            announces_story(self.lines, following)
            or story_at(self.lines, following)
            or (following < len(self.lines) and shapes.is_salutation(self.lines[following].text))  # 编辑同志：
        )

    def _notice_contact(self, index: int, meta_kind: str, line: Line) -> bool:
        """联系电话：… or 联系人：… inside a notice, with more of its text or its signature after them, is
        the notice's own text, not the page's contact footer: the notice goes on through it. The
        signature is the issuer over a date, or the issuer alone closing the page."""
        current = self._open()
        if meta_kind != "boilerplate" or not is_contact_line(line.text):
            return False
        if not (current and current.is_article and current.has_body):
            return False
        following = index + 1
        while following < len(self.lines) and is_contact_line(self.lines[following].text):
            following += 1
        if not (
            self._signs_notice(following) or self._signs_alone(following) or story_at(self.lines, following)
        ):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _signs_notice(self, index: int) -> bool:
        following = index + 1
        return following < len(self.lines) and shapes.signs_with_date(
            self.lines[index].text, self.lines[following].text
        )

    def _signs_alone(self, index: int) -> bool:
        """四川科技报社 at ``index`` with nothing but page furniture after it: an issuer signing without a
        date (a paper's masthead name heads a page, it closes none)."""
        return (
            index < len(self.lines)
            and shapes.is_issuer(self.lines[index].text)
            and not shapes.is_masthead_name(self.lines[index].text)
            and not self._signs_notice(index)  # over its date: signed and dated
            and after_meta(self.lines, index + 1) >= len(self.lines)
        )

    def _signature_date(self, line: Line) -> bool:
        """重庆市科学技术协会 over 2021年3月30日: the date goes into the notice's text; the issuers signing
        over it (one or more lines) are its source."""
        current = self._open()
        if not (current and current.is_article and current.has_body):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not shapes.signs_with_date(last.text, line.text):
            return False
        current.item.source = current.item.source or "、".join(_signing_issuers(current))  # who issued it
        current.add_paragraph(line.text)
        current.cover(line)
        current.closed = CLOSED_BY_BYLINE  # signed and dated: the notice ends (a headline after it heads the next)
        return True

    def _signature_alone(self, index: int, line: Line) -> bool:
        """四川科技报社 closing the page under a notice's contact lines: the notice's issuer, signed without
        a date (it was taken for the page's site, and the contact lines for the page's footer)."""
        current = self._open()
        if not (current and current.is_article and current.has_body) or not self._signs_alone(index):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not is_contact_line(last.text):
            return False
        current.item.source = current.item.source or line.text
        current.add_paragraph(line.text)
        current.cover(line)
        current.closed = CLOSED_BY_BYLINE
        return True

    # -- handlers: each returns True when it consumed the line -------------------

    def _section_bar(self, index: int, line: Line) -> bool:
        """▍活动一：… or ✦ 大会亮点 ✦ inside a post: its section's sub-heading, even right under the headline."""
        current = self._open()
        if not (current is not None and current.is_article):
            return False
        decorated = current.has_body and shapes.is_decorated_heading(line.text) and not credits.parse_byline_line(line.text)
        if not (shapes.is_section_bar(line.text) or decorated):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _bullet(self, index: int, line: Line) -> bool:
        current = self._open()
        if current is not None and current.briefs and shapes.is_marked_brief(line.text):
            current.item.blocks.append(Block(PARAGRAPH, line.text))  # △…。（据新华社电）: one brief
            current.cover(line)
            return True
        if not shapes.is_bullet(line.text) or credits.parse_byline_line(line.text):
            return False  # ■本报记者 X is a byline with a mark, not a sidebar line
        if self._run_in_brief(index, line):
            return True
        if titled_brief_at(self.lines, index) and self._in_titled_briefs(index):
            self._titled_brief(line)  # ■ 达州市科协举办… over its story, in a column of such briefs
            return True
        if (
            current is not None
            and current.title_lines
            and not (current.has_body or current.has_credit)
            and story_at(self.lines, index + 1)
        ):
            names = credits.marked_names(line.text)
            if names:  # ■ 钱 江 under the title: its author behind a mark, not a sidebar
                self._credit(line, [Byline(AUTHOR, name) for name in names])
                return True
        if current is not None and current.has_body and self._names(index, line):
            return True  # ■ 陈思 under the story's last paragraph: its author behind a mark, as □ 陈思 is
        if current is not None and current.briefs:
            current.item.blocks.append(Block(PARAGRAPH, line.text))  # one brief, as printed
            current.cover(line)
            return True
        if (
            current is not None
            and current.is_article
            and current.has_body
            and current.item.blocks[-1].kind == PARAGRAPH
            and is_heading_like(shapes.strip_bullet(line.text))
            and story_at(self.lines, index + 1)
            and not bullet_at(self.lines, index + 1)
        ):
            current.add_subheading(line.text)  # ■ 科普大篷车开进村 over its section's prose: a marked sub-heading
            current.cover(line)
            return True
        label = shapes.strip_bullet(line.text)
        if (
            current is None
            and shapes.visible_length(label) <= 8
            and is_heading_like(label)
            and could_headline_at(self.lines, index + 1)
            and not bullet_at(self.lines, index + 1)
        ):
            record_meta_line(self.meta, "banner", line.text)  # ■专家访谈 over a headline: the column's name
            return True
        target = self.current or (self.result.drafts[-1] if self.result.drafts else None)
        if target is None:
            self._remainder(line, "unplaced_sidebar", "页首的列表行找不到所属文章")
            return True
        target.add_sidebar_line(line.text)
        target.cover(line)
        return True


    def _latin_subtitle(self, index: int, line: Line) -> bool:
        """New Progress in Flexible Electronics… under a Chinese headline, over its byline or story: the
        headline's English line, its 副题 (it was the story's first paragraph, and the lead under it
        opened a story without a headline)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        text = line.text
        if not (_LATIN_HEADLINE.match(text) and len(text) <= 160) or text.endswith("."):
            return False
        if not (credit_at(self.lines, index + 1) or story_at(self.lines, index + 1)):
            return False
        current.title_lines.append(text)
        current.cover(line)
        return True

    def _heading(self, index: int, line: Line) -> bool:
        text = line.text
        current = self._open()
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if current and current.has_body and cut_inside_a_name(text, following):
            return False  # 区科协主席王 over 明介绍，…: a paragraph's start a break cut, no sub-heading
        if current and current.has_body and shapes.is_names_field(text):
            return False  # 指导教师：黄海 林峰 in a story: a line of its list, no sub-heading
        if current and current.has_body and cv_entry_at(self.lines, index):
            return False  # 2021年 获…一等奖 among a CV's year lines: its list's line (the last headed the next story)
        if current and current.has_body and _row_under_row(current, text):
            return False  # 重庆市科技馆  重庆土壤学会  重庆市花卉盆景协会 under a row of four: the table's next row
        if current and current.has_body and shapes.is_field_line(text) and _among_fields(current, following):
            return False  # 报名时间：… between 岗位要求：… and 报名方式：…: a notice's field, no sub-heading
        if current and current.is_article and current.title_lines and not current.has_body and _opens_fields(text, following):
            current.add_paragraph(text)  # 领衔代表：刘建平 over 附议代表：… under a 建议's title: its fields, no 副题
            current.cover(line)
            return True
        if not is_heading_like(text):
            if shapes.is_numbered_heading(text):
                return self._numbered_subheading(index, line)
            if _QUESTION_HEAD.match(text) and self._question_subheading(index, line):
                return True
            if not shapes.could_be_headline(text):
                return False
            if not (
                announces_story(self.lines, index + 1)
                or self._question_under_label(text)
                or self._headline_standing_alone(index, text)
            ):
                return False
        if is_photo_headline(text) and (
            (could_headline_at(self.lines, index + 1) and titled_photo_at(self.lines, index + 2))
            or (text in PHOTO_SECTIONS and self._pictures_under_section_name(index + 1))
        ):
            record_meta_line(self.meta, "banner", text)  # 图片新闻 over titled photos: the section's name
            self._close_by_page()
            return True
        if shapes.is_column_name(text) and not shapes.is_briefs_heading(text) and self._credited_caption_at(index + 1):
            record_meta_line(self.meta, "banner", text)  # 环球掠影 over 图为…。新华社发: the photo column's name
            self._close_by_page()
            return True
        current = self._open()
        if current and current.is_article and current.title_lines and self._timeline_entry(index, current):
            current.add_subheading(text)  # 1月10日 over what happened that day, in 大事记 (no 副题 of the headline)
            current.cover(line)
            return True
        if text[-1] in "：:" and current and current.is_article and current.has_body and _opens_a_list(self.lines, index):
            return False  # 出席会议的还有： over 王建华 李红梅…: the story's list, not a headline over its authors
        if current and current.has_body and self._signs_notice(index):
            return False  # 重庆市科学技术协会 over 2023年12月15日: the notice's signature, its text
        if current and current.has_body and shapes.is_figure_line(text) and _last_is_figure_line(current):
            return False  # 300余项 推广实用技术 under 2万人次 培训农民: the sidebar's figures go on
        if shapes.is_briefs_heading(text) and (
            titled_brief_at(self.lines, index + 1) or run_in_brief_at(self.lines, index + 1)
        ):  # 科协动态 over ■ 南充市科协开展… and its story, 科技简讯 over 我国首台…下线 近日，…: the column's
            record_meta_line(self.meta, "banner", text)  # name, ending the story above; each brief
            self._close_by_page()  # under its own headline is an item of its own
            return True
        if (bullet_at(self.lines, index + 1) or marked_brief_at(self.lines, index + 1)) and shapes.is_briefs_heading(text):
            self._new_draft(line, title=text).briefs = True  # 科协简讯 over its marked briefs: an item
            return True
        if bullet_at(self.lines, index + 1):
            last = self.result.drafts[-1] if self.result.drafts else None
            # (not a story a banner closed: 【地方科协】 over 广元市科协召开全委会 over ●… opens the next story)
            target = current or (last if last is not None and last.closed != CLOSED_BY_PAGE else None)
            if target is not None:
                target.add_sidebar_line(text, start_new=True)
                target.cover(line)
                return True
        if current and current.item.kind == PHOTO and not self.after_photo:
            if not (current.has_body or current.item.captions):
                return False  # the one caption line of a （图片） item
            self._new_draft(line, title=text)
            return True
        if (
            current
            and current.title_lines
            and not current.has_body
            and not current.has_credit
            and not self.after_photo
        ):
            if shapes.is_award_grade(text) or winners_at(self.lines, index):
                current.add_paragraph(text)  # 一等奖 or a winner under …获奖名单: the list begins, no more headline
                current.cover(line)
                return True
            current.title_lines.append(text)
            current.cover(line)
            return True
        if _after_colon(current) and not (shapes.is_strong_headline(text) or shapes.is_numbered_heading(text)):
            return False  # 以下20名同志获评： / 王一 李二 张三: the list the colon opened, names or not
        if (
            current is None
            or self.after_photo
            or shapes.is_strong_headline(text)
            or announces_story(self.lines, index + 1)
            or numbered_caption_at(self.lines, index + 1)  # 科普大篷车进乡村 over 图①：…: a photo story
            or (titled_photo_at(self.lines, index + 1) and not shapes.is_listed(text))  # 美丽乡村 over 茶园一景。 刘洋 摄
            or (current.title_lines and current.item.captions and not current.has_body)  # after a titled photo
            or dashed_subtitle_at(self.lines, index + 1)  # 让科技之花开遍巴渝乡村 over ——…综述
            or (heading_at(self.lines, index + 1) and dashed_subtitle_at(self.lines, index + 2))  # its 引题
        ):
            self._new_draft(line, title=text)
            return True
        last = current.item.blocks[-1] if current.item.blocks else None
        if last is not None and last.kind == PARAGRAPH and continues(last.text, text):
            return False  # the rest of a paragraph a column break cut
        if self._addressed_document(current, index, text):
            self._new_draft(line, title=text)  # …的答复 over 刘建平代表：, under the 建议's last sentence: the reply
            return True
        if not current.title_lines and current.item.dateline and current.has_body and prose_at(self.lines, index + 1):
            self._new_draft(line, title=text)  # 又讯… then 永川区科协召开… over its story: a headline-less
            return True  # brief has no sub-headings, so this heads the next story
        if self._next_news_story(current, index, text):
            draft = self._new_draft(line, title=text)
            ruled = index > 0 and shapes.is_rule(self.lines[index - 1].text)  # ———— between the two
            dated = index + 1 < len(self.lines) and meta_line_kind(self.lines[index + 1].text) in _DATE_LINES
            briefs = bool(self.meta.banners) and shapes.is_briefs_heading(self.meta.banners[-1])  # 科协动态 over them
            if not (ruled or dated or briefs):  # a sub-heading has no date line of its own, a brief no sub-heading
                draft.flag(
                    "headline_or_subheading",
                    f"“{text}”下面是一段新闻导语，按新稿件的标题拆开；如果它是上一篇的小标题，请把两篇合并",
                    text,
                )
            return True
        if (
            last is not None
            and last.kind == PARAGRAPH
            and _opens_or_continues_list(last.text)
            and not shapes.is_numbered_heading(text)
        ):
            return False  # one of the short lines a colon introduced: 其中： / 科普讲座3600余场
        if shapes.is_section_number(text) and current.has_body and heading_at(self.lines, index + 1):
            current.add_subheading(text)  # 01 over 科技特派员扎根田间: the heading joins it below
            current.cover(line)
            return True
        if (
            (current.has_body or current.has_credit)
            and (prose_at(self.lines, index + 1) or _numbered_section_at(self.lines, index))  # （一）… over 1.…
            and _reads_as_subheading(text)
        ):
            if last is not None and last.kind == SUBHEADING and shapes.is_section_number(last.text):
                current.item.blocks[-1] = Block(SUBHEADING, f"{last.text} {text}")
            else:
                current.add_subheading(text)
            current.cover(line)
            return True
        return False

    def _addressed_document(self, current: Draft, index: int, text: str) -> bool:
        """A document's title (…的答复, …的通知) over its salutation (刘建平代表：, 各区县科协：) and its text,
        after a finished sentence: the next document, not a sub-heading of the one above (a signature
        closing that one is not needed)."""
        last = current.item.blocks[-1] if current.item.blocks else None
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            current.is_article
            and last is not None
            and last.kind == PARAGRAPH
            and shapes.ends_sentence(last.text)
            and shapes.is_document_title(text)
            and shapes.is_salutation(following)
            and prose_at(self.lines, index + 2)
        )

    def _question_subheading(self, index: int, line: Line) -> bool:
        """什么是科技小院？ alone over its answer in a piece, with another such question in it: an explainer's
        sub-heading, as a numbered question is (a question asked once stays a paragraph of its story)."""
        current = self._open()
        if not (current and current.is_article and (current.has_body or current.has_credit)):
            return False
        if not prose_at(self.lines, index + 1):
            return False
        asked = any(block.kind == SUBHEADING and _QUESTION_HEAD.match(block.text) for block in current.item.blocks)
        return (asked or self._question_ahead(index + 2)) and self._as_subheading(current, line)

    def _question_ahead(self, index: int) -> bool:
        """Another short question over prose further on in this story (up to its end or its next headline)."""
        for position in range(index, min(index + _QUESTION_REACH, len(self.lines) - 1)):
            text = self.lines[position].text
            if _QUESTION_HEAD.match(text) and prose_at(self.lines, position + 1):
                return True
            if shapes.attribution_of(text) or (is_heading_like(text) and announces_story(self.lines, position + 1)):
                return False
        return False

    def _as_subheading(self, current: Draft, line: Line) -> bool:
        current.add_subheading(line.text)
        current.cover(line)
        return True

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

    def _credited_caption_at(self, index: int) -> bool:
        """A picture's caption with its credit at ``index``, on one line (图为…。新华社发) or over it."""
        if index >= len(self.lines):
            return False
        photo = credits.parse_photo_credit(self.lines[index].text)
        return (photo is not None and bool(photo.caption)) or caption_over_credit_at(self.lines, index)

    def _pictures_under_section_name(self, index: int) -> bool:
        """图片报道 over 9月9日，…上课。新华社记者 杨文斌 摄: pictures each with its credit, under the
        section's name (numbered captions, １、… ２、…, are one photo item's pictures under it)."""
        if caption_over_credit_at(self.lines, index):
            return True
        return self._credited_caption_at(index) and shapes.list_number(self.lines[index].text) is None

    def _timeline_entry(self, index: int, current: Draft) -> bool:
        """A date over its entry's text, with more such dates after it or before it in the piece."""
        after_one = any(block.kind == SUBHEADING and shapes.is_time_mark(block.text) for block in current.item.blocks)
        return timeline_at(self.lines, index, after_one=after_one)

    def _next_news_story(self, current: Draft, index: int, text: str) -> bool:
        """A headline over a news lead (3月12日，…) after a story that opened with one: the page's next story.

        Web pages and briefs print stories with neither byline nor dateline; a sub-heading
        is shorter and the stories of a round-up it divides rarely each open with a date.
        """
        if not (current.is_article and current.has_body and shapes.reads_as_news_headline(text)):
            return False
        if _ROUNDUP_PART.match(text) and any(_ROUNDUP.search(title) for title in current.title_lines):
            return False  # 渝中区：… under ——全市各区县科协开展全国科普日活动综述: a part's heading
        if current.item.blocks[-1].kind != PARAGRAPH:
            return False  # under a section number (01) or a sub-heading: this section's heading
        paragraphs = [b.text for b in current.item.blocks if b.kind == PARAGRAPH]
        if not paragraphs or not shapes.ends_sentence(paragraphs[-1]):
            return False
        opened_with_lead = current.item.dateline is not None or shapes.is_news_lead(paragraphs[0])
        after = after_meta(self.lines, index + 1)  # 2022/3/17 来源：… may come between
        following = self.lines[after].text if after < len(self.lines) else ""
        # After a feature without sections (no lead of its own), a lead that names the headline's subject
        # again opens a story; in a round-up (综述) or a piece already divided so (seed 000), the next section.
        roundup = any(block.kind == SUBHEADING for block in current.item.blocks) or any(
            _ROUNDUP.search(title) for title in current.title_lines
        )
        return shapes.is_news_lead(following) and (
            opened_with_lead or (not roundup and _lead_repeats_subject(text, following))
        )

    def _numbered_subheading(self, index: int, line: Line) -> bool:
        """一、… or （一）… before prose inside an article is a sub-heading; it never opens an item."""
        current = self._open()
        if (
            current is None
            or not (current.has_body or current.has_credit)
            or not (prose_at(self.lines, index + 1) or _numbered_section_at(self.lines, index))
            or self._in_numbered_list(index, current)
        ):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _box_heading(self, index: int, line: Line) -> bool:
        """【相关链接】 over prose inside a story, 小贴士 over prose or a numbered list: its box, kept in the
        story under that heading (a bracketed line elsewhere is a section banner)."""
        current = self._open()
        if current is None and self.current is not None and (
            shapes.is_afterword(line.text) or self.current.closed == CLOSED_BY_ATTRIBUTION
        ):
            current = self.current  # 编后 under a signed letter, 链接 under （广安市科协）: printed with it
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if opens_recommendations(line.text) and shapes.is_dated_link(following):
            record_meta_line(self.meta, "navigation", line.text)  # 相关阅读 over 石柱县科协召开第四次代表大会
            self.in_recommendations = True  # 2024-04-12: links to other posts, no box of the story
            self._close_by_page()
            return True
        titled = _box_title(following) and prose_at(self.lines, index + 2)
        after = self.lines[index + 2].text if index + 2 < len(self.lines) else ""
        listed = (
            shapes.list_number(following) is not None
            or shapes.is_figure_line(following)
            or shapes.is_year_entry(following)  # 彭良志简历 over 1963年 出生于…
            or (following.endswith(("：", ":")) and shapes.list_number(after) is not None)  # 三步走： over 1.…
        )
        boxed = prose_at(self.lines, index + 1) or titled or (
            (shapes.is_plain_box_heading(line.text) or shapes.is_box_heading(line.text)) and listed
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
        current.add_subheading(line.text)
        current.cover(line)
        if titled:
            self.boxed_title_for = current
        return True

    def _in_titled_briefs(self, index: int) -> bool:
        """Right under a briefs column's name, or after a brief of such a column."""
        previous = self.lines[index - 1].text if index else ""
        return shapes.is_briefs_heading(previous) or (self.current is not None and self.current.titled_brief)

    def _unmarked_run_in_brief(self, index: int, line: Line) -> bool:
        """合肥建成量子保密通信城域网 记者从…获悉，…（吴长锋） under a briefs column's name or after its
        brief: the next brief, its headline run into its lead without a mark (it was a paragraph)."""
        return self._in_titled_briefs(index) and self._run_in_brief(index, line, marked=False)

    def _run_in_brief(self, index: int, line: Line, *, marked: bool = True) -> bool:
        """■江津区科协开展科普进社区活动 近日，…（江津区科协）: a brief's headline run into its lead, cut
        apart (the line was a sidebar line, or a remainder with no story to hold it)."""
        cut = shapes.run_in_brief(line.text, marked=marked)
        if cut is None:
            return False
        current = self._open()
        if current is not None and current.has_body and not current.titled_brief:
            return False  # inside a story: a marked sub-heading run into its section, left as printed
        head_end, lead_start = cut
        head = Line(line.text[:head_end], line.start, line.start + head_end, line.parts)
        lead = Line(line.text[lead_start:], line.start + lead_start, line.end, line.parts)
        self._close_by_page()
        self._titled_brief(head)
        self.current.item.repairs.append(headline_cut(shapes.strip_bullet(head.text), lead.text))
        self._paragraph(lead)
        return True

    def _titled_brief(self, line: Line) -> None:
        """A brief of its own under its headline, the mark in front taken out (and recorded)."""
        mark = line.text[0]
        draft = self._new_draft(line, title=shapes.strip_bullet(line.text))
        draft.titled_brief = True
        if shapes.is_bullet(line.text):
            draft.item.repairs.append(Repair("brief_mark", f"简讯标题前的标记“{mark}”已去掉", mark))

    def _in_numbered_list(self, index: int, current: Draft) -> bool:
        """3.王刚 重庆医科大学 after the paragraph 2.李娜 西南大学, or over 4.…: an item of a numbered list
        (the numbers run on in one style), not a numbered sub-heading over the prose after it."""
        number = shapes.list_number(self.lines[index].text)
        if number is None:
            return False
        style, value = number
        last = current.item.blocks[-1] if current.item.blocks else None
        if last is not None and last.kind == PARAGRAPH and shapes.list_number(last.text) == (style, value - 1):
            return True
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return shapes.list_number(following) == (style, value + 1)

    def _paragraph(self, line: Line) -> None:
        leading = shapes.split_leading_jump(line.text)
        if leading:  # （上接第1版）… : the rest of a story begun on another page
            self._continuation(line, leading[0], shapes.jump_marker(leading[0])[1])
            if not leading[1]:
                return
            line = Line(leading[1], line.end - len(leading[1]), line.end, line.parts)
        trailing = shapes.split_trailing_attribution(line.text)
        text = trailing[0] if trailing else line.text
        if trailing and (self._brief_after_closed_story(line, text) or self._first_brief_of_a_digest(line, text)):
            current = self.current  # its own attribution: a brief of its own, not a stray paragraph
        else:
            current = self._place_paragraph(line, text)
        if trailing:
            self._attribute(current, trailing[1], line)

    def _first_brief_of_a_digest(self, line: Line, text: str) -> bool:
        """四川科协 | 基层科协工作简讯 over 宜宾市科协开展…。11月30日，…。（宜宾市科协）: the digest's
        title is the page's banner and its first paragraph a brief of its own, headed by its run-in
        sentence like the briefs after it (it was the digest's body, the others items of their own).
        Without a run-in sentence (科协简讯 over 4月12日，…。（自贡市科协供稿））, it is headless and flagged,
        as the briefs after it are (the column's name was its title)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        if not shapes.is_briefs_heading(headline_parts(current.title_lines[-1:])[1]):
            return False
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        run_in = shapes.run_in_headline(text)
        if run_in is None:
            current.title_lines = []
            current.flag("missing_headline", f"栏目名下的段落“{text[:12]}…”带着自己的署名，是一条简讯，缺标题", text[:30])
            current.add_paragraph(text)
            current.cover(line)
            return True
        headline, stop, rest = run_in
        current.title_lines = [headline]
        current.item.repairs.append(
            Repair("run_in_headline", f"段首的短句“{headline}{stop}”是这条简讯的标题，已移作标题", stop)
        )
        current.add_paragraph(rest)
        current.cover(line)
        return True

    def _brief_after_closed_story(self, line: Line, text: str) -> bool:
        """宜宾市科协开展科普进校园活动。11月30日，…。（宜宾市科协） after a story its attribution closed:
        another body's brief, its run-in first sentence the headline (without one, flagged) — it
        was returned to the story above as a stray paragraph. A stray carries no attribution of its own."""
        current = self.current
        if not (current is not None and current.closed == CLOSED_BY_ATTRIBUTION and current.is_article):
            return False
        if any(block.text == text for block in current.item.blocks):
            return False  # the story's last paragraph printed again: a repeat, removed with the story's
        run_in = shapes.run_in_headline(text)
        if run_in is None:
            draft = self._new_draft(line, title=None)
            draft.flag("missing_headline", f"署名之后的段落“{text[:12]}…”带着自己的署名，像另一条简讯，缺标题", text[:30])
            draft.add_paragraph(text)
            return True
        headline, stop, rest = run_in
        draft = self._new_draft(line, title=headline)
        draft.item.repairs.append(
            Repair("run_in_headline", f"段首的短句“{headline}{stop}”是这条简讯的标题，已移作标题", stop)
        )
        draft.add_paragraph(rest)
        return True

    def _place_paragraph(self, line: Line, text: str) -> Draft:
        current = self.current
        if (
            current is not None
            and current.closed in (CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE)
            and current.is_article
        ):
            current.item.repairs.append(
                Repair("stray_returned", f"署名之后的段落“{line.text[:12]}…”移回本文末尾")
            )
        elif current is None or current.closed:
            current = self._new_draft(line, title=None)
            _flag_unplaced(current, line.text)
        current.add_paragraph(text)
        current.cover(line)
        if line.parts > 1 and not any(r.code == "unwrapped" for r in current.item.repairs):
            current.item.repairs.append(
                Repair("unwrapped", "原文按版面栏宽逐行折断，已把栏宽处折断的行连回段落")
            )
        self.after_photo = False
        return current

    # -- helpers -----------------------------------------------------------------

    def _open(self) -> Draft | None:
        """The current article if it still takes text."""
        return self.current if self.current is not None and not self.current.closed else None

    def _new_draft(self, line: Line, *, title: str | None) -> Draft:
        waiting = self.current
        if title and waiting is not None and waiting.awaits_headline:
            waiting.title_lines.append(title)  # the headline the editor's note above it introduced
            waiting.cover(line)
            self.after_photo = False
            return waiting
        draft = Draft(Item(kind=PHOTO if title and is_photo_headline(title) else ARTICLE))
        if self.advert_next:
            self.advert_next = False
            draft.flag("advertisement", "版面上标为“广告”：这是广告，不是新闻；请确认后删除或保留", title or line.text[:30])
        if title:
            draft.title_lines.append(title)
        draft.cover(line)
        self.result.drafts.append(draft)
        self.current = draft
        self.after_photo = False
        return draft


    def _close_by_page(self) -> None:
        """A banner or metadata line ends the open item, unless it has only its headline so far.

        Web pages print 来源：, 发布时间： and the like between a headline and
        its story; the story still belongs to that headline.
        """
        current = self.current
        if current is not None and not current.closed and (current.has_body or current.item.captions):
            current.closed = CLOSED_BY_PAGE
        self.after_photo = False

    def _continuation(self, line: Line, marker: str, page: str) -> None:
        """（上接第1版）: what follows is the rest of a story whose headline is on another page."""
        draft = self._new_draft(line, title=None)
        draft.item.credit_lines.append(marker)
        draft.flag(
            "continued_from", f"这部分接自第{page}版（“{marker}”），标题和开头在那一版，请与那篇稿件合并", marker
        )

    def _remainder(self, line: Line, code: str, message: str) -> None:
        self.result.remainders.append(
            Remainder(line.text, (line.start, line.end), Flag(code, message, line.text[:30]))
        )


# A headline's line in English: Latin words only (three or more), no Chinese
_LATIN_HEADLINE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9'’&,:;\-–—()/ ]*(?: [A-Za-z0-9'’&,:;\-–—()/]+){2,}$")


# A headline announcing a round-up whose parts each open with their own dated lead.
# A round-up's title: by its kind (综述, 巡礼…) or by its many subjects (各地科协…, 全市各区县…)
_ROUNDUP = re.compile(r"综述|巡礼|扫描|侧记|纵览|盘点|集锦|各地|多地|各区县|各市州|各市（州）")
_ROUNDUP_PART = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\S")  # 渝中区：科普游园会人气旺: a part named by its place


_SHORT_HEADLINE = 24  # characters: a line with a comma after a closed story is a headline up to this long
# 万州区科协举办科普讲座: the body or place a news headline opens with
_HEADLINE_SUBJECT = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}?{shapes.SUBJECT_TAIL}")


def _lead_repeats_subject(headline: str, lead: str) -> bool:
    """万州区科协举办科普讲座 over 7月22日，万州区科协邀请…: the lead names the headline's subject again."""
    subject = _HEADLINE_SUBJECT.match(headline)
    return subject is not None and len(subject.group()) >= 3 and subject.group() in lead[:40]


_DATE_LINES = ("site_date", "web_info")  # 2024-05-19, 发布时间：… 来源：…: a web story's own date line
# A round-up's title: 一周要闻汇总, 科协动态速递, 基层简讯
_DIGEST_TITLE = re.compile(r"汇总|要闻|一周|简讯|动态|速递|速览|集锦|盘点|合集|周报|月报")


def _last_is_figure_line(draft: Draft) -> bool:
    last = draft.item.blocks[-1] if draft.item.blocks else None
    return last is not None and last.kind == PARAGRAPH and shapes.is_figure_line(last.text)


def _flag_unplaced(draft: Draft, paragraph: str) -> None:
    draft.flag("unplaced_paragraph", f"段落“{paragraph[:12]}…”前没有标题，无法确定所属文章", paragraph[:30])


def _signing_issuers(draft: Draft) -> list[str]:
    """重庆市科技志愿服务总队 over 重庆市老科技工作者协会, the draft's last paragraphs: the bodies that sign it
    together, in print order (the date under them comes next)."""
    issuers: list[str] = []
    for block in reversed(draft.item.blocks):
        if block.kind != PARAGRAPH or not shapes.is_issuer(block.text) or len(issuers) == _MOST_SIGNATORIES:
            break
        issuers.insert(0, block.text)
    return issuers


_MOST_SIGNATORIES = 4  # bodies signing one notice together, one a line


def _among_fields(draft: Draft, following: str) -> bool:
    """The draft's last paragraph and the line after the one at hand each open with a label (岗位要求：…,
    报名方式：…): the line between them is one of those fields too."""
    last = draft.item.blocks[-1]
    return last.kind == PARAGRAPH and shapes.opens_with_label(last.text) and shapes.opens_with_label(following)


def _row_under_row(draft: Draft, text: str) -> bool:
    """A line of cells spaced apart right under a table's row is its next row, however few its cells
    (three phrases spaced apart alone may be a headline's)."""
    last = draft.item.blocks[-1]
    return last.kind == PARAGRAPH and shapes.is_table_row(last.text) and shapes.spaced_cells(text) >= 2


def _opens_fields(text: str, following: str) -> bool:
    """领衔代表：刘建平 over 附议代表：王丽、陈刚: a run of a document's field lines, each a label and its value
    (作者：… over 发布时间：… is a web page's head, its info line no field of the text)."""
    return shapes.is_field_line(text) and shapes.is_field_line(following) and meta_line_kind(following) is None


def _last_paragraph(draft: Draft | None) -> str:
    """The open item's last block when it is a paragraph, else ""."""
    if draft is None or draft.closed or not draft.item.blocks or draft.item.blocks[-1].kind != PARAGRAPH:
        return ""
    return draft.item.blocks[-1].text


def _after_contact(draft: Draft | None) -> bool:
    """The open item's text so far ends in a contact line of its own (联系人：张老师)."""
    return is_contact_line(_last_paragraph(draft))


def _after_colon(draft: Draft | None) -> bool:
    """The open item's text so far ends in a paragraph that ends with a colon: a list follows."""
    return _last_paragraph(draft).endswith(("：", ":"))


def _box_title(text: str) -> bool:
    """陪伴，是最好的科普 under 记者手记, over the box's text: the box's own title (a phrase or two)."""
    return (
        shapes.visible_length(text) <= 20
        and shapes.could_be_headline(text)
        and not text.endswith(("：", ":"))
        and not credits.parse_byline_line(text)
        and not shapes.is_year_entry(text)  # 1963年 出生于… under 彭良志简历: the CV's first entry
    )


# 什么是科技小院？, 科技小院起源于哪里？: a short question of one clause, no speaker before a colon
_QUESTION_HEAD = re.compile(r"^[^，。；：！？,;:!?\s]{3,19}[？?]$")
_QUESTION_REACH = 40  # lines: how far a story's next question head is looked for


def _reads_as_subheading(text: str) -> bool:
    """Sub-headings are short; a long line listing things (、) is a paragraph cut by a break, and
    ——服务团团长李建国 under a quoted sentence names who said it (—— 一线见闻 —— is a sub-heading)."""
    if text.startswith(("——", "--")) and not text.endswith(("——", "--")):
        return False
    return shapes.visible_length(text) <= 24 or "、" not in text


def _numbered_section_at(lines: list[Line], index: int) -> bool:
    """一、活动主题 over 提升全民科学素质，协力建设科技强国: a numbered heading over its section's short
    text, which is no item of the list (二、… under 一、… is the list's next item); 一、基本情况 over
    （一）组织覆盖面持续扩大 heads a section whose own parts begin under it."""
    text = lines[index].text
    if index + 1 >= len(lines) or not shapes.is_numbered_heading(text):
        return False
    following = lines[index + 1].text
    if shapes.is_numbered_heading(following) and shapes.list_number(following) == (
        _LEVEL_BELOW.get(shapes.list_number(text)[0]),
        1,
    ):
        return True
    if shapes.list_number(text)[0] != "一、":
        return False  # 2.联系人名单 under 附件：, 2.下列哪种… over its options: a list's items
    return not (
        shapes.is_numbered_heading(following)
        or shapes.list_number(following) is not None
        or meta_line_kind(following) is not None
    )


_LEVEL_BELOW = {"一、": "（一）", "（一）": "1."}  # the numbering of a section's parts under its heading's


def _opens_a_list(lines: list[Line], index: int) -> bool:
    """A line ending in a colon over names or prose (江津区科协： over 科技助农 春耕忙 is a headline cut after
    its colon: headline_parts joins the two)."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(credits.parse_names(following)) or not is_heading_like(following)


def _opens_or_continues_list(text: str) -> bool:
    """A paragraph ending in a colon opens a list; a short unpunctuated one is a list line or verse."""
    return text[-1] in "：:" or is_heading_like(text)


