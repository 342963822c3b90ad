"""The assembler's rules for a page's furniture: a site's or account's name, a post's head and info
lines, lists of links (往期推荐, a column's dated posts), a section's or column's banner (科普时间 over
a headline, ✦ 本周看点 ✦, 基层科协 over BASIC LEVEL), and furniture inside a story that leaves it open.

``FurnitureRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``) and helpers (``_open``, ``_close_by_page``, ``_signature_date``).
"""

from __future__ import annotations

import re

from . import credits_bylines, credits_names, credits_photos, credits_sources, shapes
from .assemble_notices import after_colon, after_contact
from .draft import continues
from .lines import Line
from .lookahead import (
    after_meta,
    announces_story,
    could_headline_at,
    credit_at,
    dashed_subtitle_at,
    dated_links_at,
    exclaimed_headline_at,
    heading_at,
    prose_at,
    story_at,
    weather_box_at,
)
from .model import AUTHOR, PARAGRAPH, Byline
from .pagemeta import meta_line_kind, record_meta_line
from .pagemeta_boilerplate import is_name_in_capitals, is_paper_footer
from .pagemeta_boxes import (
    dating_office,
    is_comment_line,
    is_comment_signature,
    is_contact_line,
    is_event_host_line,
    printing_office,
)
from .pagemeta_editors import names_page_editors
from .pagemeta_heads import head_date, is_issue_line, wechat_head
from .pagemeta_navigation import is_breadcrumb, is_contents_heading, is_digest_heading, is_page_first_teaser
from .pagemeta_sources import labelled_source, web_info_fields
from .shapes_briefs import is_news_lead
from .shapes_furniture import (
    is_column_name,
    is_marked_banner,
    is_masthead_name,
    is_paper_name,
    is_parallel_slogan,
    is_public_service_label,
    reads_as_account_name,
)
from .shapes_headlines import could_be_headline, is_heading_like
from .shapes_lists import is_field_line, list_number
from .shapes_notices import is_full_date, is_salutation, names_a_document, signs_with_date
from .shapes_pictures import is_picture_note
from .shapes_sections import is_decorated_heading, is_editors_note, opens_a_piece

# A journal's issue under its name: 2023年12月 调查研究, 2024年第3期 (the month or number, maybe the column)
_WEB_INFO_PEOPLE = ("作者", "记者", "通讯员", "摄影")  # the info line's labels of people who made the story


# A subscription ad's headline (欢迎订阅2025年度《重庆科技报》) and the terms its text prints
_SUBSCRIPTION = re.compile(r"订阅|征订|订报")
_SUBSCRIPTION_TERMS = re.compile(r"邮发代号|定价|(?:订报|订阅|发行)(?:热线|电话)")

# The names a body's web site goes by: 重庆市科学技术协会, 四川省科协, 德阳市人民政府, 科技工作者之家网
_SITE_OWNER = re.compile(r"(?:科学技术协会|科协|协会|学会|研究会|人民政府|政府网|门户网站|网站|网)$")


class FurnitureRules:
    """Handlers for the lines a page prints around its stories (see ``assemble._Assembler.step``)."""

    def _inside_story(self, index: int, meta_kind: str, line: Line) -> bool:
        """Metadata-shaped lines that leave the open story open; False for the rest, which end it.

        A notice's date under its issuer is the notice's text, not the page's date; a picture's
        note (图片来源：网络) is the story's; an ornament (————, ▼) or a page number, and a running
        head printed again on the next PDF page, stay on the page while the story goes on (a
        paragraph they cut is joined across them).
        """
        text = line.text
        if meta_kind == "site_date" and self._signature_date(line):
            return True
        if meta_kind == "site_date" and self._date_inside_sentence(index, line):
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
        return False

    def _record_head_date(self, line: Line) -> None:
        """四川科技报 2023年1月4日 第2版: the day of the issue the stories below it are from (a second issue
        pasted under the first has its own)."""
        date = head_date(line.text)
        if date is not None:
            self.result.head_dates.append((line.start, date))

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
        return self._terms_of_an_advert(index, line)

    def _unless_the_storys_own(self, index: int, line: Line, meta_kind: str | None) -> str | None:
        """``meta_kind``, or None where the words are the open story's own: 定价：48元 between its
        paragraphs (the footer prints at the foot); 本期要目 after a story began, 首页 科普资讯 科普视频 under
        平台设有以下栏目：, 今日看点 over the story's prose (a digest box's heading is over teasers)."""
        text = line.text
        if meta_kind == "boilerplate" and is_paper_footer(text) and self._lone_furniture_in_story(index):
            return None
        if meta_kind == "navigation" and (
            (self.result.drafts and is_contents_heading(text))
            or after_colon(self._open())
            or (is_digest_heading(text) and self._lone_furniture_in_story(index))
        ):
            return None
        return meta_kind

    def _event_hosts_in_story(self, index: int, line: Line) -> bool:
        """主办单位：… over 承办单位：… between two paragraphs of the open story, over its byline, or under an
        event's 时间：/地点： fields: who held its event, the story's facts (they were taken for a web site's
        footer and the page's co-organizers, and the story split under them)."""
        after = index
        while after < len(self.lines) and is_event_host_line(self.lines[after].text):
            after += 1
        current = self._open()
        if after == index or not (current and current.is_article and current.has_body):
            return False
        byline = after < len(self.lines) and credits_bylines.parse_byline_line(self.lines[after].text)
        last = current.item.blocks[-1]
        among_fields = last.kind == PARAGRAPH and is_field_line(last.text)
        if not (self._story_goes_on_after(after - 1) or byline or among_fields):
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

    def _site_name(self, index: int, line: Line) -> bool:
        """四川省科学技术协会 over 首页 > 新闻中心 > 市州动态, or 重庆科技报 over its masthead's date line
        or alone over the first headline, before any story: the web site's or the paper's name. After
        a story, a paper's name over its date line is the next page's masthead (pages copied into one file).
        A journal's name over its issue (重庆科协 over 2023年12月 调查研究) is the site, the issue line its banner;
        so is a body's name over its bulletin's (四川省土壤肥料学会 over 工作简报)."""
        if index and not self.result.drafts and self.meta.site == self.lines[index - 1].text and is_issue_line(line.text):
            record_meta_line(self.meta, "banner", line.text)  # 2023年12月 调查研究 under 重庆科协: its issue, no headline
            return True
        if index + 1 >= len(self.lines) or not is_heading_like(line.text):
            return False
        under = self.lines[index + 1].text
        if self.result.drafts or self.meta.site:
            # the next page's 重庆科技报 over its date or first headline, or a site's name over its breadcrumb
            masthead = is_masthead_name(line.text) and (
                not story_at(self.lines, index + 1) or opens_a_piece(under)  # over 编者按：…
            )
            if not (masthead or is_breadcrumb(under)):
                return False
            record_meta_line(self.meta, "boilerplate", line.text)
            self._close_by_page()
            return True
        following = meta_line_kind(under)
        if following == "decoration" and index + 2 < len(self.lines):
            following = meta_line_kind(self.lines[index + 2].text)  # its English name in between
        over_date = following == "site_date" and is_paper_name(line.text)
        # 重庆科协 over 2021年第3期, 2023年12月 调查研究; not 德阳市科协会议纪要 over 〔2024〕第3期 and its text
        over_issue = (
            len(line.text) <= 12 and is_issue_line(under) and not story_at(self.lines, after_meta(self.lines, index + 2))
        )
        if not (
            following == "navigation"
            or over_date
            or over_issue
            or _body_over_its_bulletin(line.text, under)
            or self._site_over_headline_and_info(index, line.text)
            or self._site_over_its_column(index, line.text, under)
            or (
                is_masthead_name(line.text)
                and (could_be_headline(under) or opens_a_piece(under))  # over 编者按：… too
            )
        ):
            return False  # (四川科技报 over a headline: no date line under the paper's name)
        self.meta.site = line.text
        self.meta.source_lines.append(line.text)
        return True

    def _site_over_headline_and_info(self, index: int, text: str) -> bool:
        """重庆市科学技术协会 over a headline over 2021-03-12 16:05 来源：新华社: the web site of a body
        (its name, not a kicker: a 引题 names no body alone) over the page's first headline and its info line."""
        if index + 2 >= len(self.lines) or not _SITE_OWNER.search(text) or len(text) > 20:
            return False
        return could_be_headline(self.lines[index + 1].text) and meta_line_kind(
            self.lines[index + 2].text
        ) in ("web_info", "site_date")

    def _site_over_its_column(self, index: int, text: str, under: str) -> bool:
        """重庆高新区 over 科学城要闻 over a headline, the page's first lines: the site's name over its column
        (a 引题 stands over its headline, never over a column's name)."""
        return (
            index == 0
            and len(text) <= 12
            and " " not in text
            and is_column_name(under)
            and index + 2 < len(self.lines)
            and could_be_headline(self.lines[index + 2].text)
        )

    def _account_after_the_end(self, index: int, line: Line) -> bool:
        """城口发布 under - END - / 长按识别二维码关注我们, with nothing but furniture after it: the name of
        the account that posted the story, not a headline without a story."""
        text = line.text
        if not self.result.drafts or index == 0 or len(text) > 12 or not is_heading_like(text):
            return False
        if meta_line_kind(self.lines[index - 1].text) not in ("navigation", "boilerplate"):
            return False
        if after_meta(self.lines, index + 1) < len(self.lines):
            return False
        if index + 1 < len(self.lines) and signs_with_date(text, self.lines[index + 1].text):
            return False  # 重庆市科学技术协会 over 2024年8月15日: a notice's signature
        if self.meta.site is None:
            self.meta.site = text
            self.meta.source_lines.append(text)
        else:
            record_meta_line(self.meta, "boilerplate", text)
        return True

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

    def _web_info_author(self, text: str) -> None:
        """作者：X (记者：X, 通讯员：X, 摄影：X) and 来源：Y on a web page's info line are the bylines and
        source of the headline above it."""
        current = self._open()
        if current is None or not current.title_lines or current.has_body:
            return
        fields = web_info_fields(text)
        for label in _WEB_INFO_PEOPLE:
            value = fields.get(label)
            names = credits_sources.field_names(value) if value else None  # 李 梅, 孙婷、李强, 格桑卓玛
            if names:
                current.item.bylines.extend(
                    Byline(credits_sources.FIELD_ROLES[label], name) for name in names
                )
        current.item.bylines.extend(credits_sources.info_line_writers(text))  # 文/图：孙 婷
        if fields.get("来源") and current.item.source is None:
            current.item.source = fields["来源"]

    def _closing_source(self, text: str) -> None:
        """来源：叙永县科协 under a story's text: that story's source, as each of several WeChat posts pasted one
        after another closes with its own (the page keeps only the first)."""
        current = self._open()
        source = labelled_source(text)
        if source and current is not None and current.is_article and current.has_body and current.item.source is None:
            current.item.source = source

    def _printing_office(self, text: str) -> None:
        """达州市科协办公室  2024年3月19日印发 at the foot of a 纪要 or a 通知 (under its 分送：): the office
        that printed it issued the document above, its source when nothing else named one."""
        office = printing_office(text)
        last = self.result.drafts[-1] if self.result.drafts else None
        if office and last is not None and last.is_article and last.has_body and last.item.source is None:
            last.item.source = office

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

    def _wechat_author(self, text: str) -> None:
        """The author on a WeChat head line (原创 王丽 四川科协 …) is the byline of the headline above it."""
        head = wechat_head(text)
        current = self._open()
        names = credits_names.parse_names(head[0]) if head and head[0] else None
        if current is not None and current.title_lines and not current.has_body and names:
            current.item.bylines.extend(Byline(AUTHOR, name) for name in names)

    def _account_name(self, index: int) -> None:
        """重庆科协 / 2021-06-18 17:30 at the head of a WeChat copy: the line above a bare date is the account.

        Only when it is short and no story follows the date (a web page's headline above its date keeps
        its story; a headline ending in ！ is no story): on the page's first line it is the page's site; after a post, the next post's head.
        """
        current = self.current
        if (
            (self.meta.site is not None and len(self.result.drafts) == 1)  # the date line named its site itself
            or not self.result.drafts
            or current is not self.result.drafts[-1]
            or current.has_body
            or current.has_credit
            or current.item.captions
            or len(current.title_lines) != 1
            or not reads_as_account_name(current.title_lines[0])
            or index < 1
            or self.lines[index - 1].text != current.title_lines[0]
            or self._story_under_date(index)
        ):
            return
        if len(self.result.drafts) == 1 and index == 1:
            self.meta.site = current.title_lines[0]
            self.meta.source_lines.insert(len(self.meta.source_lines) - 1, self.meta.site)
        else:  # a second post's head, copied into the same file after the first post
            record_meta_line(self.meta, "boilerplate", current.title_lines[0])
        self.result.drafts.pop()
        self.current = None

    def _story_under_date(self, index: int) -> bool:
        """A story's paragraph right under the date line at ``index``: the line above the date is a web
        page's headline. A WeChat headline ending in ！ (…启动啦！) over the story is the post's own: the
        line above the date is then the account's name, as it is over an editor's note (编者按：…) that
        introduces the post's headline below it; a note over the story's text is the story's first paragraph,
        under the headline above the date."""
        following = after_meta(self.lines, index + 1)
        if following < len(self.lines) and is_editors_note(self.lines[following].text):
            return story_at(self.lines, following + 1)
        return story_at(self.lines, following) and not exclaimed_headline_at(self.lines, following)

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
            # 本报记者 赵雪 over the lead: the byline of the title above, no headline
            and not (credit_at(self.lines, index) and story_at(self.lines, index + 1))
            and not dashed_subtitle_at(self.lines, index)
            and (announces_story(self.lines, index + 1) or story_at(self.lines, index + 1))
        )

    def _recommended_title(self, index: int, line: Line) -> bool:
        """Under 往期推荐 / 推荐阅读: another post's title (●… or a bare title) is navigation, not an item;
        so is a digest's line under 本期导读, its page first (02版 …, A4 …), which elsewhere is a page's head.

        A title followed by its story (a real 相关阅读 sidebar) ends the list.
        """
        text = line.text
        if (
            is_comment_line(text)
            or (index > 0 and is_comment_signature(self.lines[index - 1].text))
            or is_page_first_teaser(shapes.strip_bullet(text))
        ):
            record_meta_line(self.meta, "navigation", text)  # under 网友评论: a reader's comment, not the story's
            return True
        if (story_at(self.lines, index) and not _listed_title(text)) or (
            story_at(self.lines, index + 1) and not _listed_title(self.lines[index + 1].text)
        ):
            return False
        if announces_story(self.lines, index + 1) and not self._headline_below(index + 1):
            return False  # this title's byline, lead or 副题 follows: a story of its own
        if credits_photos.parse_photo_credit(text) or is_parallel_slogan(text) or is_marked_banner(text):
            return False  # a picture's caption, or a section's banner over what follows: the list has ended
        record_meta_line(self.meta, "navigation", text)
        return True

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
                and not prose_at(self.lines, index + 1)
                and not credit_at(self.lines, index + 1)  # 科技助农 春耕正忙 right over 本报记者 X: a headline
                and not dashed_subtitle_at(self.lines, index + 1)  # …over ——记… : a headline with its 副题
                and not self._kicker_set_on_its_headline(index)  # 科技助农 振兴有我 / 市科协…扎根大康镇
                # 科普惠民 服务乡村 after a photo and over a credited caption: the next photo's title
                and not (self.after_photo and self._credited_caption_at(index + 1))
            )
            or self._column_head(index, text)
            or self._public_service_message(index, text)
            or self._decorated_banner(index, text)
            or self._named_in_capitals_too(index, text)
        )

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
        """科普时间 over 冬季如何预防流感？ and its byline or story: the column's name, not a title
        over a 副题 (a 副题 opening with a dash keeps the two lines one headline)."""
        if not is_column_name(text):
            return False
        if index + 2 < len(self.lines) and names_page_editors(self.lines[index + 1].text):
            index += 1  # 科协动态 over 编辑 / 王丽   美编 / 刘洋, then the headline: the section's editors between
        headline = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
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



def _body_over_its_bulletin(name: str, under: str) -> bool:
    """四川省土壤肥料学会 over 工作简报 (or over 科协工作通讯, 科普周刊): the body that issues the bulletin,
    printed over its name, is the site; no headline names a body alone."""
    return len(name) <= 20 and bool(_SITE_OWNER.search(name)) and is_masthead_name(under)


def _listed_title(text: str) -> bool:
    """2.四川省第十一届青少年科技创新大赛圆满落幕 under 往期回顾: a numbered post title, no sentence,
    however long (one of 18 characters or more read as story text and made an item without a headline)."""
    return list_number(text) is not None and not shapes.ends_sentence(text) and len(text) <= 60
