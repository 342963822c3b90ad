"""The assembler's rules for page furniture inside and around a story: the lines a footer, a page's
head or a box prints that leave the open story open (a date in mid-sentence, a running head printed
again, 定价：48元 between its paragraphs, an event's 主办单位：…, a subscription ad's terms), the paper's
statement that ends it, and the source a story takes from a 来源： line or the office that printed it.

The page's head and the site's name are in ``assemble_page_heads``; banners, slogans and lists of
links in ``assemble_banners``.

``FurnitureRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``) and helpers (``_open``, ``_close_by_page``, ``_signature_date``).
"""

from __future__ import annotations

import re

from . import credits_bylines
from .assemble_notices import after_attachment, after_colon, after_contact, after_field, in_numbered_section
from .draft import continues
from .lines import Line, fold
from .lookahead import announces_story, credit_at, guide_number_at, prose_at, story_at, weather_box_at
from .lookahead_pictures import titled_photo_at
from .model import PARAGRAPH
from .pagemeta import lists_sponsors_by_role, meta_line_kind, record_meta_line
from .pagemeta_boilerplate import is_download_file, is_layout_credit, is_paper_footer
from .pagemeta_boxes import dating_office, is_contact_line, is_event_host_line, printing_office
from .pagemeta_editors import names_page_editors
from .pagemeta_heads import date_first_head, head_date, head_page, running_head
from .pagemeta_navigation import is_comment_bar, is_contents_heading, is_digest_heading, is_empty_comment_box
from .pagemeta_sources import headed_source, labelled_source, reposted_from
from .shapes import attribution_of
from .shapes_briefs import is_news_lead
from .shapes_furniture import is_bulletin_name, is_classified_heading, reads_as_classified
from .shapes_headlines import is_heading_like, is_strong_headline
from .shapes_lists import ends_a_field_run, is_cell, is_field_line, is_time_mark, is_time_slot, list_number
from .shapes_notices import is_full_date, names_a_document
from .shapes_pictures import is_picture_note

# A subscription ad's headline (欢迎订阅2025年度《重庆科技报》) and the terms its text prints
_SUBSCRIPTION = re.compile(r"订阅|征订|订报")
_SUBSCRIPTION_TERMS = re.compile(r"邮发代号|定价|(?:订报|订阅|发行)(?:热线|电话)")
# How an ad prints its contacts: 订购热线：…, 招生电话：…, 手机：… (联系人：, 地址： are anyone's contact lines)
_ADVERT_CONTACT = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:热线|电话|手机|微信)\s*[:：]")
# Where a sentence a running head cut meets its continuation: a word's character on both sides (…副主任陈 / 刚当选…)
_CUT_END = re.compile(r"[\u4e00-\u9fff]$")
_CUT_START = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]")


class FurnitureRules:
    """Handlers for the lines a page prints around its stories (see ``assemble._Assembler.step``)."""

    def _inside_story(self, index: int, meta_kind: str, line: Line) -> bool:
        """Metadata-shaped lines that leave the open story open; False for the rest, which end it.

        A notice's date under its issuer is the notice's text, not the page's date; a picture's
        note (图片来源：网络) is the story's; an ornament (————, ▼) or a page number, and a running
        head printed again on the next PDF page, stay on the page while the story goes on (a
        paragraph they cut is joined across them), nor an app's comment bar copied over its prose.
        """
        text = line.text
        if meta_kind == "site_date" and self._signature_date(line):
            return True
        if meta_kind == "site_date" and self._date_inside_sentence(index, line):
            return True
        if meta_kind == "site_date" and self._timeline_date(index, line):
            return True
        current = self._open()
        if is_picture_note(text) and current is not None and current.has_body:
            current.item.credit_lines.append(text)  # 图片来源：网络 under a story's picture: the story goes on
            current.cover(line)
            return True
        if meta_kind == "decoration" or (meta_kind in ("site_date", "boilerplate") and text in self.meta.source_lines):
            record_meta_line(self.meta, meta_kind, text)
            return True
        if meta_kind == "site_date" and self._story_goes_on_after(index):
            record_meta_line(self.meta, meta_kind, text)
            self._record_head_date(line)
            return True
        if meta_kind == "navigation" and is_comment_bar(text) and self._before_the_storys_end(index):
            record_meta_line(self.meta, meta_kind, text)  # 写评论... over its prose or its （秀科）: an app's bar
            return True
        if meta_kind == "boilerplate" and self._editors_inside_story(index, line):
            record_meta_line(self.meta, meta_kind, text)
            return True
        return False

    def _running_head_in_sentence(self, index: int, line: Line) -> bool:
        """…副主任陈 / 重庆科技报 3 (四川科技报, the page's banner or footer printed again) / 刚当选为…: a PDF
        page's running head or foot, printed where the copy crossed the page, inside a sentence it cut; page
        furniture, and the sentence is joined across it (陈刚). So is a pointer to another page (相关阅读 …
        详见第4版) set into the column. The sentence proves the cut: the line above
        stops mid-word, the line below carries it on. (A bare 3/4 there may be the sentence's ratio: kept.)"""
        text = line.text
        if text in self.meta.source_lines:
            kind = None  # the page's banner or footer, printed again: recorded once already
        elif running_head(fold(text)):
            kind = "site_date"
        elif meta_line_kind(text) == "navigation":
            kind = "navigation"  # 相关阅读  …  详见第4版: a pointer to another page set into the column
        else:
            return False
        if not self._sentence_cut_at(index):
            return False
        if kind is None:
            self.meta.source_lines.append(text)
        else:
            record_meta_line(self.meta, kind, text)
        return True

    def _sentence_cut_at(self, index: int) -> bool:
        """The open story's last paragraph stops mid-word over the line at ``index``, and the line under it
        carries the sentence on (no furniture, no new story's headline or lead)."""
        current = self._open()
        if current is None or not current.is_article or not current.has_body or index + 1 >= len(self.lines):
            return False
        last = current.item.blocks[-1]
        following = self.lines[index + 1].text
        return (
            last.kind == PARAGRAPH
            and bool(_CUT_END.search(last.text) and _CUT_START.match(following))
            and meta_line_kind(following) is None
            and not is_news_lead(following)
            and not is_heading_like(following)  # (the next story's headline)
            and continues(last.text, following)
        )

    def _editors_inside_story(self, index: int, line: Line) -> bool:
        """…专家大院的老师 / 责任编辑：胡 敏 美编：陈 曦 / 们手把手地教。: the page's editors, printed where the
        copy crossed the page's foot; the story goes on under them (a sentence they cut is joined across
        them), as under a running head printed again. Over a headline or a lead they still end it."""
        return names_page_editors(line.text) and self._story_goes_on_after(index)

    def _record_head_date(self, line: Line) -> None:
        """四川科技报 2023年1月4日 第2版: the day of the issue the stories below it are from (a second issue
        pasted under the first has its own)."""
        date = head_date(line.text)
        if date is not None:
            self.result.head_dates.append((line.start, date))

    def _record_head_page(self, line: Line) -> None:
        """第2版, 四川科技报 2023年1月4日 第2版: the page the stories below it are printed on (a story's rest
        under 第2版 is the one that jumps to it)."""
        page = head_page(line.text)
        if page is not None:
            self.result.head_pages.append((line.start, page))

    def _date_inside_sentence(self, index: int, line: Line) -> bool:
        """…会议要求各部门在 / 2024年6月30日 / 前完成整改。: a date a column break set on a line of its own in
        mid-sentence (the words above govern it, the story goes on under it) is the sentence's; it was
        taken for the page's date and the deadline lost."""
        current = self._open()
        if not (current and current.is_article and current.has_body) or not is_full_date(line.text):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not continues(last.text, line.text) or not self._story_goes_on_after(index):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _timeline_date(self, index: int, line: Line) -> bool:
        """2023年3月 / … / 2023年5月30日 / 州科协在西昌召开…: a full date over its entry's text in a
        大事记 whose other dates head their entries is the next entry's heading, not the next PDF
        page's date (it was taken for the page's date and the entry glued under the month before)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or not is_time_mark(line.text):
            return False
        if not self._timeline_entry(index, current):
            return False
        current.add_subheading(line.text)
        current.cover(line)
        return True

    def _story_goes_on_after(self, index: int) -> bool:
        """四川科技报 2021年8月20日 第3版 between two paragraphs of a story, the second no new story's
        lead: the next PDF page's head, printed where the copy crossed it; the story goes on under it
        (a paragraph it cut is joined across it), also past the page's number (巴中科技 2023年第5期 / — 6 —).
        A head over a headline or a lead still ends the story."""
        current = self._open()
        if current is None or not current.is_article or not current.has_body:
            return False
        after = index + 1
        while after < len(self.lines) and meta_line_kind(self.lines[after].text) == "decoration":
            after += 1
        return (
            story_at(self.lines, after)
            and not credit_at(self.lines, after)
            and not is_news_lead(self.lines[after].text)
        )

    def _furniture_kind(self, index: int, line: Line) -> str | None:
        """The kind of page furniture the line is by its words (``meta_line_kind``), or a weather box's
        line (今日天气 over its rows), which interrupts no story; None: no furniture."""
        meta_kind = meta_line_kind(line.text)
        if meta_kind is None and weather_box_at(self.lines, index):
            return "decoration"
        return meta_kind

    def _boilerplate_the_story_keeps(self, index: int, line: Line) -> bool:
        """联系人：张老师 over 联系电话：… at a story's end, 邮发代号：77-25  全年定价：156元 in a subscription
        ad: lines a footer prints too, here the open story's own text (taken into it)."""
        if is_contact_line(line.text) and after_contact(self._open()):
            self.current.add_paragraph(line.text)
            self.current.cover(line)
            return True
        if is_layout_credit(line.text) and self._among_the_storys_fields(index):
            self.current.add_paragraph(line.text)
            self.current.cover(line)
            return True
        return self._terms_of_an_advert(index, line)

    def _among_the_storys_fields(self, index: int) -> bool:
        """设计：中国建筑西南设计研究院 under 项目概况如下： or over 施工：中建三局: a fact of the story's own
        list of fields (a feature's layout credit sits among its credits, which no paragraph holds)."""
        current = self._open()
        if current is None or not current.has_body:
            return False
        if after_colon(current) or after_field(current):
            return True
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return _events_field(following)

    def _unless_the_storys_own(self, index: int, line: Line, meta_kind: str | None) -> str | None:
        """``meta_kind``, or None where the words are the open story's own: 定价：48元 between its
        paragraphs (the footer prints at the foot); 2024-07-15 重庆科技馆 after a story's text began (a post's
        date-first head stands over the text, under its headline at most); 本期要目 after a story began, 首页 科普资讯 科普视频 under
        平台设有以下栏目：, 今日看点 over the story's prose (a digest box's heading is over teasers)."""
        text = line.text
        if meta_kind == "boilerplate" and is_paper_footer(text) and self._lone_furniture_in_story(index):
            return None
        current = self._open()
        if meta_kind == "site_date" and current and current.has_body and date_first_head(fold(text)):
            return None  # 一、比赛时间地点 / 2024-07-15 重庆科技馆: a schedule's day and venue in the text, no post's head
        if meta_kind == "decoration" and current and current.has_body and guide_number_at(self.lines, index):
            return None  # A01 over 合川马门溪龙 and its text, A02 over the next: a guide's numbers, no page's
        if meta_kind == "boilerplate" and list_number(text) and is_download_file(text) and after_attachment(self._open()):
            return None  # 附件：1.申报书.docx over 2.汇总表.xlsx: the notice's second attachment, no download box
        if meta_kind == "decoration" and text.isdigit() and self._rank_in_a_table(index, text):
            return None  # 1 under 排名 or 序号: the row's rank in a table copied a cell a line, no page number
        if meta_kind == "navigation" and (
            (self._open() is not None and is_contents_heading(text))  # (a story closed above it: the next source's)
            or after_colon(self._open())
            or (is_digest_heading(text) and self._lone_furniture_in_story(index))
        ):
            return None
        if meta_kind == "co_organizers" and lists_sponsors_by_role(text) and self._before_the_storys_end(index):
            return None  # 重庆市科协主办 重庆科技馆承办 over the story's （渝科）: who held its event (a foot is under it)
        return meta_kind

    def _rank_in_a_table(self, index: int, number: str) -> bool:
        """1 under 排名 or 序号, 2 under the last cell of the row above (10.2%), 29 under 泸州市, in a table
        copied one cell a line: a rank or a figure of the table, the story's text. A page number stands
        between prose, not among cells: a cell on each side, two cells above it, or the rank before it."""
        current = self._open()
        blocks = current.item.blocks if current is not None and current.has_body else []
        cells = [block.text for block in blocks[-2:] if block.kind == PARAGRAPH and is_cell(block.text)]
        if not blocks or blocks[-1].kind != PARAGRAPH or not is_cell(blocks[-1].text):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return is_cell(following) or len(cells) == 2 or cells[-1] == str(int(number) - 1)

    def _before_the_storys_end(self, index: int) -> bool:
        """The open story's prose or its closing attribution follows the line: the line is inside it."""
        following = index + 1
        if following < len(self.lines) and attribution_of(self.lines[following].text) is not None:
            current = self._open()
            return current is not None and current.is_article and current.has_body
        return self._story_goes_on_after(index)

    def _event_hosts_in_story(self, index: int, line: Line) -> bool:
        """主办单位：… over 承办单位：… between two paragraphs of the open story, over its byline, under an
        event's 时间：/地点： fields or its programme's last row (9:30—11:30  院士专家科普报告), over its other
        fields (会议地点：…; a footer's 地址：… is furniture), or in a notice's numbered section (一、大赛组织 over
        them, 二、日程安排 after them): who held its event, the story's facts (they were taken for a web site's
        footer and the page's co-organizers, and the story split under them)."""
        after = index
        while after < len(self.lines) and is_event_host_line(self.lines[after].text):
            after += 1
        current = self._open()
        if after == index or not (current and current.is_article and current.has_body):
            return False
        byline = after < len(self.lines) and credits_bylines.parse_byline_line(self.lines[after].text)
        paragraphs = [block.text for block in current.item.blocks[-2:] if block.kind == PARAGRAPH]
        among_fields = current.item.blocks[-1].kind == PARAGRAPH and (
            ends_a_field_run(paragraphs) or is_time_slot(paragraphs[-1])
        )
        following = self.lines[after].text if after < len(self.lines) else ""
        in_section = in_numbered_section(current.item.blocks, following)
        fields_below = after < len(self.lines) and _events_field(following)
        if not (self._story_goes_on_after(after - 1) or byline or among_fields or in_section or fields_below):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _lone_furniture_in_story(self, index: int) -> bool:
        """定价：48元, 今日看点 or a quoted 本报所刊稿件版权归…所有 between two paragraphs of the open story, no
        other furniture beside it: the story's own words, which a footer or a digest box also prints."""
        return (
            self._story_goes_on_after(index)  # (a story is open above, its prose goes on below)
            and meta_line_kind(self.lines[index - 1].text) is None
            and meta_line_kind(self.lines[index + 1].text) is None
        )

    def _statement_over_furniture(self, index: int, line: Line) -> bool:
        """本报声明 over 本报所刊稿件版权归…所有，未经授权不得转载。: the heading of the paper's own
        furniture (its copyright), furniture too; a 声明 over a sentence of its own is a notice."""
        text = line.text
        if not (len(text) <= 6 and text.endswith("声明") and is_heading_like(text)) or index + 1 >= len(self.lines):
            return False
        if meta_line_kind(self.lines[index + 1].text) != "boilerplate":
            return False
        record_meta_line(self.meta, "boilerplate", text)
        self._close_by_page()
        return True

    def _comment_box_heading(self, index: int, line: Line) -> bool:
        """观点 over 暂无观点 (学习强国), 评论 over 还没有评论: the heading of an empty comment box, furniture
        too (it was an item, the next copy's headline its 副题)."""
        text = line.text
        if len(text) > 6 or index + 1 >= len(self.lines) or not is_empty_comment_box(self.lines[index + 1].text):
            return False
        record_meta_line(self.meta, "navigation", text)
        self._close_by_page()
        return True

    def _terms_of_an_advert(self, index: int, line: Line) -> bool:
        """邮发代号：77-25  全年定价：156元 and 订报热线：… under 欢迎订阅2025年度《重庆科技报》, its text going
        on under them: the subscription ad's own terms, its text (the same fields in the paper's footer
        are furniture)."""
        current = self._open()
        if current is None or not _SUBSCRIPTION.search("".join(current.title_lines)):
            return False
        if not _SUBSCRIPTION_TERMS.search(line.text):
            return False
        after = index + 1
        while after < len(self.lines) and _SUBSCRIPTION_TERMS.search(self.lines[after].text):
            after += 1  # the rest of its terms, each a line
        if not story_at(self.lines, after) or meta_line_kind(self.lines[after].text) is not None:
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _advert_line(self, index: int, line: Line) -> bool:
        """地址：…, 订购热线：…, 邮发代号：… under 诚聘 or 欢迎订阅…《四川科技报》, and 优质水稻种子 杂交玉米种子 in a
        box under a 广告 label: the ad's own lines (a footer's and a page's furniture elsewhere), up to the
        next story's headline over its lead or byline."""
        current = self._open()
        if current is None or not (current.advert_box or current.classified) or credit_at(self.lines, index):
            return False  # (本报讯… under 征订工作有序推进: news of the subscription drive)
        text = line.text
        subscription = _SUBSCRIPTION.search("".join(current.title_lines)) and (
            _SUBSCRIPTION_TERMS.search(text) or _SUBSCRIPTION.search(text)  # (全国各地邮局均可订阅)
        )
        if is_paper_footer(text) and not subscription:
            return False  # 本报地址：…, 广告热线：… under the last ad: the paper's footer
        contact = is_contact_line(text) or _ADVERT_CONTACT.match(text) or subscription
        short_line = (
            current.advert_box
            and current.title_lines
            and is_heading_like(text)
            and not (is_strong_headline(text) or is_classified_heading(text))  # (遗失声明 under 遗失声明: the next)
        )
        if not (contact or short_line) or announces_story(self.lines, index + 1):
            return False
        if short_line and self._heads_its_own_text(index):
            return False  # 科普进校园 over …VR设备。 本报记者 刘洋 摄, or over a commentary's prose: the next item's headline
        current.add_paragraph(text)
        current.cover(line)
        return True

    def _heads_its_own_text(self, index: int) -> bool:
        """A short line in an ad box over a credited photo caption, or over prose that reads as no ad's (no
        terms, no contact): the headline of the item under the box, with no byline or lead to announce it."""
        if titled_photo_at(self.lines, index + 1):
            return True
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return prose_at(self.lines, index + 1) and not (reads_as_classified(following) or is_contact_line(following))

    def _open_post(self) -> None:
        """A post's account and date: its items are the drafts from here on (a headline over them, waiting for
        its text, is the post's own), and no repost's origin above it is theirs."""
        written = [index for index, draft in enumerate(self.result.drafts) if draft.has_body]
        self.post_items_from = written[-1] + 1 if written else 0
        if self.result.drafts and self.result.drafts[-1].has_body:
            self.later_head_at = len(self.result.drafts)  # a later copy's head under the last story
        self.repost_origin = None

    def _under_a_later_source(self, meta_kind: str) -> bool:
        """来源：绵阳市科协 on a web article's info line after a paper's story, or under a post pasted after
        other stories: the later source's own, not the page's (whose source its first source names)."""
        if self.post_items_from:
            return True  # a post's head after stories were written
        return meta_kind == "web_info" and any(draft.has_body for draft in self.result.drafts[:-1])

    def _repost_origin(self, text: str) -> None:
        """以下文章来源于广元科协 over a post's headline after another source's stories: the source of the post's
        items (at the page's head it is the page's source, see ``record_meta_line``)."""
        origin = reposted_from(text)
        if origin and any(draft.has_body for draft in self.result.drafts):
            self.repost_origin = origin

    def _closing_source(self, text: str) -> None:
        """来源：叙永县科协 under a story's text: that story's source, as each of several WeChat posts pasted one
        after another closes with its own (the page keeps only the first). Under a post's last item it closes
        the post: the items of the post above it came from there too, but for one its writer signed (文/李明):
        that is the account's own, and the 来源 only the reprint's under which it stands."""
        current = self._open()
        source = labelled_source(text)
        if source and current is not None and current.is_article and current.has_body and (
            current.item.source is None or current.headed_source
        ):
            current.item.source = source  # (出品：科普中国 under the headline made it; its own 来源 says where it came from)
            current.headed_source = False
            if self.post_items_from is not None:
                for draft in self.result.drafts[self.post_items_from :]:
                    if draft.is_article and draft.has_body and draft.item.source is None and not draft.item.bylines:
                        draft.item.source = source  # 学会党建 | … over 学会党建 | … over 来源：…
                self.post_items_from = len(self.result.drafts)

    def _credit_block_over_source(self, index: int) -> bool:
        """审核专家：…, 监制：… between a piece's text and its 来源：科普中国: one credit block closing the piece,
        so the lines dropped as furniture leave the piece open for the 来源 under them."""
        current = self._open()
        if current is None or not (current.is_article and current.has_body):
            return False
        for at in range(index, len(self.lines)):
            text = self.lines[at].text
            kind = meta_line_kind(text)
            if kind != "boilerplate":
                return kind == "source" and at > index
            if not is_field_line(text):
                return False  # 长按识别二维码 over 来源：…: a post's follow box, no credit of the piece
        return False

    def _source_under_headline(self, text: str) -> None:
        """出品：科普中国 (or 来源：X) under a story's headline, over its text: that story's source (the line went to
        the page, and the story had none), unless a 来源： closing the story names another (``_closing_source``).
        Over the page's first headline (学习强国's head) it is the copy's story's (``_source_from_the_head``)."""
        self._headed_source(headed_source(text))

    def _headed_source(self, source: str | None) -> None:
        """A source printed in a story's head: the story's, or over the page's first headline the copy's."""
        current = self._open()
        if source and (not self.result.drafts or self.later_head_at == len(self.result.drafts)):
            # 来源：四川日报 over the page's first headline, or in a later copy's head (see _source_from_the_head)
            self.copy_sources.append((len(self.result.drafts), source))
        if source and current is not None and current.is_article and current.title_lines and not current.has_body:
            current.headed_source = current.item.source is None
            current.item.source = current.item.source or source

    def _printing_office(self, text: str) -> None:
        """达州市科协办公室  2024年3月19日印发 at the foot of a 纪要 or a 通知 (under its 分送：): the office
        that printed it issued the document above, its source when nothing else named one."""
        office = printing_office(text)
        last = self.result.drafts[-1] if self.result.drafts else None
        if office and last is not None and last.is_article and last.has_body and last.item.source is None:
            last.item.source = office

    def _bulletin_issuer(self, text: str) -> None:
        """重庆市潼南区科学技术协会  2024年3月20日 under 工作简报 and its 第5期, over the first item: the body that
        issues the bulletin, the page's site (its 区科协 is that body's), the bulletin's name its banner."""
        office = dating_office(text)
        if office and self.meta.site and is_bulletin_name(self.meta.site) and not any(
            draft.has_body for draft in self.result.drafts
        ):
            self.meta.banners.append(self.meta.site)
            self.meta.site = office

    def _later_pieces_office(self, text: str) -> bool:
        """德阳市科协办公室编  2026年6月5日 under 工作简报 and its 第12期 after a story with text: the office and
        issue day of a bulletin pasted below, which date the pieces under it (``_record_head_date``), not the
        page's site and date (the story above had taken the bulletin's day)."""
        return dating_office(text) is not None and any(draft.has_body for draft in self.result.drafts)

    def _office_under_document_head(self, text: str) -> None:
        """德阳市科学技术协会办公室　　2024年3月22日 under a 纪要's title (and its 〔2024〕第3期): the office that
        issued the document, its source, as the office printing it at its foot is (see ``_printing_office``)."""
        office = dating_office(text)
        current = self._open()
        if (
            office
            and current is not None
            and current.is_article
            and current.title_lines
            and not current.has_body
            and current.item.source is None
            and names_a_document(current.title_lines[-1])
        ):
            current.item.source = office


def _events_field(text: str) -> bool:
    """会议地点：…, 联系人：李婷 028-…: a field of the event's own (no footer's 地址：…, no byline)."""
    return is_field_line(text) and meta_line_kind(text) is None and not credits_bylines.parse_byline_line(text)
