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
asked of ``lookahead.py``. This module keeps the state, the driver loop that
tries the rules in order, and the placing of paragraphs; the rules are mixed
in from ``assemble_<what>.py``: headlines (and marked_headlines: 【眉山】…, 编者按,
问：…; punctuated_headlines: a comma or ？ in a headline; list_lines: a story's
lists and tables), boundaries (where the next story begins when nothing closed
the one above), sections (sub-headings and boxes),
briefs (and marked lines), notices (signatures, contacts, lists and fields),
credits (and attributions: (渝科), （下转第2版）), leads (datelines), pictures
and furniture (metadata, banners, a site's name, links).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .assemble_attributions import AttributionRules
from .assemble_banners import BannerRules
from .assemble_boundaries import BoundaryRules
from .assemble_boxes import BoxRules
from .assemble_briefs import BriefRules
from .assemble_credits import CreditRules
from .assemble_furniture import FurnitureRules
from .assemble_headlines import HeadlineRules
from .assemble_leads import LeadRules, flag_next_columns_lead
from .assemble_list_lines import ListLineRules
from .assemble_marked_headlines import MarkedHeadlineRules
from .assemble_notices import NoticeRules
from .assemble_page_heads import PageHeadRules
from .assemble_pictures import PictureRules, is_photo_headline
from .assemble_punctuated_headlines import PunctuatedHeadlineRules
from .assemble_sections import SectionRules
from .credits_names import parse_role_tokens
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE, CLOSED_BY_PAGE, Draft
from .jumps import join_jumped_parts, title_lone_rests
from .lines import Line
from .lookahead import credit_at
from .model import (
    ARTICLE,
    PARAGRAPH,
    PHOTO,
    SIDEBAR,
    SUBHEADING,
    Byline,
    Flag,
    Item,
    PageMeta,
    Remainder,
    Repair,
)
from .pagemeta import continues_co_organizers, record_meta_line
from .pagemeta_navigation import closes_a_post, is_comment_heading, is_comment_likes, opens_recommendations
from .shapes import BODY_ENDS, attribution_of
from .shapes_briefs import is_news_lead
from .shapes_credits import jump_marker, split_headline_jump, split_leading_jump, split_trailing_attribution
from .shapes_furniture import is_advert_label, is_classified_heading, page_head
from .shapes_sections import (
    is_afterword,
    is_box_heading,
    is_plain_box_heading,
    is_signed_inside,
    is_titled_link_box,
)


@dataclass
class Assembly:
    drafts: list[Draft] = field(default_factory=list)
    remainders: list[Remainder] = field(default_factory=list)
    # where each dated page head starts and its day: the stories under it are of that issue
    # (split_dates.dating_at)
    head_dates: list[tuple[int, dt.date]] = field(default_factory=list)
    # where each numbered page head starts and the page it numbers (第2版): a story's rest under it is the one
    # that jumps to that page (jumps.join_jumped_parts)
    head_pages: list[tuple[int, str]] = field(default_factory=list)


def assemble(lines: list[Line], meta: PageMeta) -> Assembly:
    """Walk the lines once, building drafts, page metadata and remainders."""
    return _Assembler(lines, meta).run()


class _Assembler(
    HeadlineRules,
    PunctuatedHeadlineRules,
    ListLineRules,
    MarkedHeadlineRules,
    BoundaryRules,
    SectionRules,
    BoxRules,
    BriefRules,
    NoticeRules,
    CreditRules,
    AttributionRules,
    LeadRules,
    PictureRules,
    FurnitureRules,
    PageHeadRules,
    BannerRules,
):
    def __init__(self, lines: list[Line], meta: PageMeta) -> None:
        self.lines = lines
        self.meta = meta
        self.result = Assembly()
        self.current: Draft | None = None  # the article text flows into
        self.after_photo = False  # a standalone photo came after the current article's last line
        self.in_recommendations = False  # after 往期推荐: the titles of other posts follow
        self.in_comments = False  # …the list being readers' comments (网友评论), each with its likes
        self.in_co_organizers = False  # after 本版协办单位：: the list's lines follow
        self.advert_next = False  # after a 广告 label: the next item is an advertisement
        self.boxed_title_for: Draft | None = None  # after 记者手记 over its own title: the draft it goes to
        self.signed_over_headlines: list[tuple[Line, list[Byline]]] = []  # 本报评论员 over a headline
        # an app's byline over the headline, and how many drafts came before it
        self.bylines_over_headline: list[tuple[Line, list[Byline], int]] = []
        self.cut_name_rest: tuple[int, Draft] | None = None  # 晓东 under 本报通讯员 吴: its line and story
        self.taken_through = -1  # the last line a handler took with the one it was given (王晓晖 under 省领导)
        self.sentence_rest_at = -1  # 12例，其中… under a box read mid-sentence: joined to its sentence already
        self.head_source: str | None = None  # 信息来源：… on a web page's info line over its first headline
        self.head_document_number: str | None = None  # 发文字号：… in a 政务公开 index block over it (its line)
        self.post_items_from: int | None = None  # after a post's account and date: where its items start
        self.later_head_at: int | None = None  # …and where a later copy's head came under a written story
        self.copy_sources: list[tuple[int, str]] = []  # 来源：… in a later copy's head: its first draft, the source
        self.repost_origin: str | None = None  # 以下文章来源于 X over a post after another source's stories
        self.later_site: str | None = None  # the head of a source pasted after the page's first: its items' site

    # -- driver ---------------------------------------------------------------

    def run(self) -> Assembly:
        for index, line in enumerate(self.lines):
            self.step(index, line)
        self._credit_signed_over_headlines()
        self._credit_bylines_over_the_headline()
        self._source_from_the_head()
        self._document_number_from_the_head()
        # （下转第2版） … （上接第1版） on one copy
        self.result.drafts = join_jumped_parts(self.result.drafts, self.result.head_pages)
        self.result.drafts = title_lone_rests(self.result.drafts)  # its headline over （上接第1版）, its start not copied
        for draft in self.result.drafts:
            if draft.awaits_headline:  # the headline the note announced never came
                _flag_unplaced(draft, draft.item.blocks[0].text)
            if draft.classified and not (draft.item.dateline or draft.item.bylines):
                _flag_classified(draft)
        return self.result

    def step(self, index: int, line: Line) -> None:
        text = line.text
        if index <= self.taken_through or index == self.sentence_rest_at:
            return None
        if self._rest_of_a_cut_name(index, line):
            return None
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
                is_box_heading(text)
                or (len(text) <= 8 and is_plain_box_heading(text))
                or is_titled_link_box(text)
                or is_afterword(text)  # 编辑回复： under a letter's signature
                or (text[-1] in "：:" and opens_recommendations(text) and is_plain_box_heading(text[:-1]))
            )
            and self._box_heading(index, line)  # (相关链接： over a box's title and its prose, not a list of links)
        ):
            return None  # 【延伸阅读】 over prose in a story: its box, though the words also head link lists
        if self._dated_link(index, line):
            return None
        if self._advert_line(index, line):
            return None
        if self._running_head_in_sentence(index, line):
            return None
        if self._drawn_box_in_sentence(index, line):
            return None
        meta_kind = self._furniture_kind(index, line)
        if meta_kind == "site_date" or page_head(text):
            self._record_head_page(line)
        if meta_kind == "boilerplate" and self._boilerplate_the_story_keeps(index, line):
            return None
        if meta_kind and self._pointer_under_a_cut_sentence(line):
            return None  # ▶详见第3版 under a sentence it cuts: the story's jump, not the page's pointer
        if meta_kind in ("boilerplate", "co_organizers") and self._event_hosts_in_story(index, line):
            return None  # 主办单位：… over 承办单位：… in a story: its event's hosts, its text
        meta_kind = self._unless_the_storys_own(index, line, meta_kind)
        if meta_kind and (
            self._inside_story(index, meta_kind, line)
            or self._notice_contact(index, meta_kind, line)
            or self._signature_on_one_line(meta_kind, line)
        ):
            return None
        if meta_kind is None and self.in_co_organizers and continues_co_organizers(text):
            meta_kind = "co_organizers"  # 本版协办单位： over 成都市科协、自贡市科协、…: the list goes on
        self.in_co_organizers = meta_kind == "co_organizers"
        if meta_kind == "site_date" and self.in_recommendations:
            meta_kind = "navigation"  # 广元市科协开展科技志愿服务  2023-05-29 under 相关新闻: a link, no site
        if meta_kind == "document_info" and self._document_index(text):
            return None
        if meta_kind:
            page_source, page_site, page_date = self.meta.source, self.meta.site, self.meta.page_date
            record_meta_line(self.meta, meta_kind, text)
            if meta_kind == "site_date" and self._later_pieces_office(text):
                self.meta.site, self.meta.page_date = page_site, page_date  # (the pieces below it keep its date)
            if meta_kind in ("web_info", "source") and self._under_a_later_source(meta_kind):
                self.meta.source = page_source  # (its own story keeps it)
            if meta_kind == "web_info":
                self._web_info_author(text)
            elif meta_kind == "boilerplate":
                self._printing_office(text)
            elif meta_kind == "source":
                self._closing_source(text)
                self._source_under_headline(text)
                self._repost_origin(text)
            elif meta_kind == "site_date":
                self._open_post()
                self._media_centre_head(text)
                self._later_sites_masthead(index, text)
                self._record_head_date(line)
                self._office_under_document_head(text)
                self._bulletin_issuer(text)
                self._wechat_author(text)
                self._account_name(index)
            if opens_recommendations(text):
                self.in_comments = is_comment_heading(text)
            self.in_recommendations = opens_recommendations(text) or (
                self.in_recommendations and meta_kind == "navigation" and not self._closes_the_list(text)
            )
            if meta_kind == "boilerplate" and self._credit_block_over_source(index):
                return None  # 审核专家：… over 来源：科普中国: the piece's credit block, its 来源 still the piece's
            return self._close_by_page()
        if self._signature_alone(index, line) or self._signature_over_date(index, line):
            return None
        if (
            self._site_name(index, line)
            or self._account_after_the_end(index, line)
            or self._statement_over_furniture(index, line)
            or self._comment_box_heading(index, line)
        ):
            return None
        if self.in_recommendations and self._recommended_title(index, line):
            return None
        self.in_recommendations = False
        if text[:1] == "【" and (self._bracketed_subheading(index, line) or self._bracketed_headline(index, line)):
            return None
        if is_advert_label(text):  # 广告: what follows is paid for, not news
            record_meta_line(self.meta, "banner", text)
            self._close_by_page()
            self.advert_next = True
            return None
        if page_head(text) and self._story_goes_on_after(index):
            record_meta_line(self.meta, "banner", text)  # 第3版 between two paragraphs: the story goes on
            return None
        if self._commentator_over_headline(index, line):
            return None
        if self._banner_line(index, text):
            record_meta_line(self.meta, "banner", text)
            return self._close_by_page()
        for handler in (
            self._speaker_label,
            self._numbered_entry,
            self._digest_head,
            self._digest_section,
            self._headline_only_teaser,
            self._attachment,
            self._labelled_headline,
            self._photo_credit,
            self._picture_marker,
            self._picture_caption,
            self._strip_caption,
            self._strip_credit,
            self._marked_caption,
            self._caption_over_credit,
            self._attribution,
            self._section_bar,
            self._quoted_subheading,
            self._place_tagged_brief,
            self._chapter_head,
            self._bullet,
            self._unmarked_run_in_brief,
            self._byline_line,
            self._names,
            self._teacher_credit,
            self._authors_unit,
            self._lead,
            self._headline_run_into_credit,
            self._note_over_headline,
            self._latin_subtitle,
            self._latin_over_headline,
            self._question_as_headline,
            self._qa_column_after_story,
            self._heading,
        ):
            if handler(index, line):
                return
        self._paragraph(line)

    # -- paragraphs ---------------------------------------------------------------

    def _closes_the_list(self, text: str) -> bool:
        """分享 收藏 在看 点赞 under a list: the post's closing bar; under 网友评论 a like count (点赞 36) is a
        comment's, and the comments go on."""
        return closes_a_post(text) and not (self.in_comments and is_comment_likes(text))

    def _paragraph(self, line: Line) -> None:
        leading = split_leading_jump(line.text)
        if leading:  # （上接第1版）… : the rest of a story begun on another page
            self._continuation(line, leading[0], jump_marker(leading[0])[1])
            if not leading[1]:
                return
            line = Line(leading[1], line.end - len(leading[1]), line.end, line.parts)
        trailing = split_trailing_attribution(line.text)
        if trailing and self._signs_the_box(trailing[1]):
            trailing = None  # …效果最好。（宜宾市科协科普部部长 周林） under 专家说: the expert's words, signed
        text = trailing[0] if trailing else line.text
        if (
            trailing
            and (
                self._brief_after_closed_story(line, text)
                or self._first_brief_of_a_digest(line, text)
                or self._first_brief_on_the_page(line, text)
            )
        ) or (trailing is None and self._unsigned_run_in_brief(line, text)):
            current = self.current  # its own attribution: a brief of its own, not a stray paragraph
        else:
            current = self._place_paragraph(line, text)
        if trailing:
            self._attribute(current, trailing[1], line)

    def _place_paragraph(self, line: Line, text: str) -> Draft:
        current = self.current
        if (
            current is not None
            and current.closed in (CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE)
            and current.is_article
        ):
            if not _under_afterword(current):  # (编后 or 编辑回复： under the signature is printed there)
                current.item.repairs.append(
                    Repair("stray_returned", f"署名之后的段落“{line.text[:12]}…”移回本文末尾")
                )
        elif current is None or current.closed:
            current = self._new_draft(line, title=None)
            _flag_unplaced(current, line.text)
        if _read_across_columns(text) and "interleaved_columns" not in [flag.code for flag in current.item.flags]:
            current.flag(
                "interleaved_columns",
                "该段似为并排两栏逐行混排（行中有宽空白隔开两栏的文字）：两栏的句子交错，顺序无法确定，请按原版面拆开核对",
                text[:30],
            )
        current.add_paragraph(text)
        flag_next_columns_lead(current, text)
        if current.takes_notes:
            current.leading_notes = len(current.item.blocks)  # 编者按 or 人物简介 over the headline: the note's text
        current.cover(line)
        if line.parts > 1 and not any(r.code == "unwrapped" for r in current.item.repairs):
            current.item.repairs.append(
                Repair("unwrapped", "原文按版面栏宽逐行折断，已把栏宽处折断的行连回段落")
            )
        self.after_photo = False
        return current

    def _signs_the_box(self, printed: str) -> bool:
        """（周林） under the text of 【专家观点】, 专家说 or 编后 in a story its reporter signed: who said or
        wrote the box, kept with its words; a body (（遂宁市科协）), a sender (（…中心 供稿）) or a role-marked
        credit (（通讯员 李平）) still signs the whole story."""
        current = self.current
        if current is None or not current.is_article or not current.item.bylines:
            return False
        headings = [block.text for block in current.item.blocks if block.kind == SUBHEADING]
        if not headings or not is_signed_inside(headings[-1]):
            return False
        content = attribution_of(printed) or printed
        return not (
            content.endswith(BODY_ENDS)
            or any(word in content for word in _SENT_WORDS)  # （遂宁市疾控中心 供稿）: who sent the story
            or parse_role_tokens(content, require_role=True)  # （通讯员 李平）: its co-author
        )

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
        if title and self._headline_after_its_lead(line):
            return self.current
        jump = split_headline_jump(title) if title else None
        if jump:
            title = jump[0]  # 他让老品种变成金果果（上接第1版）: the rest's headline, printed again
        draft = Draft(Item(kind=PHOTO if title and is_photo_headline(title) else ARTICLE))
        if self.advert_next:
            self.advert_next = False
            draft.advert_box = True
            draft.flag("advertisement", "版面上标为“广告”：这是广告，不是新闻；请确认后删除或保留", title or line.text[:30])
        elif title and is_classified_heading(title):
            draft.classified = True  # flagged at the end, unless a dateline or byline shows it is news
        if title:
            draft.title_lines.append(title)
        draft.item.source = self.repost_origin
        draft.item.site = self.later_site
        if jump:
            _flag_continued(draft, jump[1], jump_marker(jump[1])[1])
        draft.cover(line)
        self.result.drafts.append(draft)
        self.current = draft
        self.after_photo = False
        return draft

    def _headline_after_its_lead(self, line: Line) -> bool:
        """本报讯（记者 王琳琳）4月13日，…年会在西南大学召开，… / 重庆土壤学会召开2024年学术年会 / 年会以…（渝科）: a
        headline set beside its story's text, copied after the lead paragraph. The page's first story, untitled
        (a dateline lead, one paragraph, no attribution closing it), takes it, moved to the front, when nothing
        announces a story of its own under it (no byline, no lead); the editor is told."""
        waiting = self.current
        if waiting is None or waiting.closed or not waiting.is_article or waiting.title_lines:
            return False
        if self.result.drafts[0] is not waiting:
            return False  # (又讯… under a story, then the next story's headline: a brief of its own)
        blocks = waiting.item.blocks
        if not (waiting.item.dateline and len(blocks) == 1 and blocks[0].kind == PARAGRAPH):
            return False
        if not any(flag.code == "missing_headline" for flag in waiting.item.flags):
            return False
        after = next((at + 1 for at, candidate in enumerate(self.lines) if candidate is line), len(self.lines))
        if after >= len(self.lines) or credit_at(self.lines, after) or is_news_lead(self.lines[after].text):
            return False
        waiting.title_lines.append(line.text)
        waiting.item.flags = [flag for flag in waiting.item.flags if flag.code != "missing_headline"]
        waiting.flag(
            "headline_or_subheading",
            f"标题“{line.text[:16]}”排在导语之后，已移到本文开头；若它是另一篇稿件的标题，请拆开",
            line.text[:30],
        )
        waiting.cover(line)
        return True

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
        _flag_continued(self._new_draft(line, title=None), marker, page)

    def _remainder(self, line: Line, code: str, message: str) -> None:
        self.result.remainders.append(
            Remainder(line.text, (line.start, line.end), Flag(code, message, line.text[:30]))
        )


# （遂宁市疾控中心 供稿）, （供图：李平）: the words of an attribution naming who sent the story or its pictures
_SENT_WORDS = ("供稿", "供图", "撰稿", "稿源")

# A gutter a copy read across: three spaces or more between two runs of prose (…攀枝花市科协    本报讯（记者…)
_COLUMN_GUTTER = re.compile(r"(?<=[\u4e00-\u9fff，。、；）”])[ \u3000]{3,}(?=[\u4e00-\u9fff（“])")
_PROSE_RUN = re.compile(r"[\u4e00-\u9fff]{6}")


def _read_across_columns(text: str) -> bool:
    """5月6日，攀枝花市科协    本报讯（记者 吉克阿依）近日，凉山州科协: a line of one column, a gutter, the line
    beside it in the next column (a table's spaced cells are names, no runs of prose on both sides)."""
    parts = _COLUMN_GUTTER.split(text)
    return len(parts) > 1 and all(_PROSE_RUN.search(part) for part in parts) and any("，" in part for part in parts)


def _under_afterword(draft: Draft) -> bool:
    """The story's last block is the heading of the editors' word under its signature (编后, 编辑回复：)."""
    blocks = draft.item.blocks
    return bool(blocks) and blocks[-1].kind == SUBHEADING and is_afterword(blocks[-1].text)


def _flag_classified(draft: Draft) -> None:
    """招聘, 欢迎订阅《重庆科技报》 over a piece with no reporter's lead or byline: a paid notice the paper
    printed without a 广告 label (征订工作有序推进 over 本报讯… is news of the subscription drive)."""
    title = draft.title_lines[0]
    draft.item.flags.insert(0, Flag("advertisement", f"“{title}”是广告的标题：这多半是广告，不是新闻；请确认后删除或保留", title))


def _flag_continued(draft: Draft, marker: str, page: str) -> None:
    """（上接第1版）: the draft is the rest of a story begun on another page; the marker is its credit."""
    draft.item.credit_lines.append(marker)
    draft.flag("continued_from", f"这部分接自第{page}版（“{marker}”），标题和开头在那一版，请与那篇稿件合并", marker)


def _flag_unplaced(draft: Draft, paragraph: str) -> None:
    draft.flag("unplaced_paragraph", f"段落“{paragraph[:12]}…”前没有标题，无法确定所属文章", paragraph[:30])


