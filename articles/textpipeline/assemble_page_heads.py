"""The assembler's rules for a page's head: a web site's, a paper's or an account's name (重庆科技报
over its date line, 四川省科学技术协会 over its breadcrumb, 城口发布 under - END -) and a post's head and
info lines, whose author and source are the headline's above them.

The page's head names the page, no story: these rules take it out of the stories and give its
bylines and source to the story it heads.

``PageHeadRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``) and helpers (``_open``, ``_close_by_page``).
"""

from __future__ import annotations

import re

from . import credits_names, credits_sources
from .lines import Line, fold
from .lookahead import after_meta, credit_at, exclaimed_headline_at, prose_at, story_at
from .model import AUTHOR, Byline
from .pagemeta import document_info_date, meta_line_kind, record_meta_line
from .pagemeta_boilerplate import is_newsletter_note
from .pagemeta_heads import (
    PLATFORM_ACCOUNT_LINE,
    WEEKDAY,
    head_site_and_date,
    is_issue_line,
    is_media_centre,
    journal_masthead,
    wechat_head,
)
from .pagemeta_navigation import is_breadcrumb
from .pagemeta_sources import document_info_fields, web_info_fields
from .regions_home import MASTHEAD_OPENERS
from .shapes_briefs import is_place_name
from .shapes_furniture import (
    could_name_a_bulletin,
    is_bodies_column,
    is_column_name,
    is_masthead_name,
    is_paper_name,
    letters_closed_up,
    paper_of_edition,
    reads_as_account_name,
)
from .shapes_headlines import could_be_headline, is_heading_like, is_notice_title
from .shapes_lists import is_numbered_heading
from .shapes_notices import names_a_document, signs_with_date
from .shapes_sections import is_bare_note_label, is_editors_note, opens_a_piece

# A journal's issue under its name: 2023年12月 调查研究, 2024年第3期 (the month or number, maybe the column)
_WEB_INFO_PEOPLE = ("作者", "记者", "通讯员", "摄影")  # the info line's labels of people who made the story

# How the name of a 科协 or a society ends: the bodies whose sites and accounts post the pages
_ASSOCIATION_ENDS = "科学技术协会|科协|协会|学会|研究会"
# The names a body's web site goes by: 重庆市科学技术协会, 四川省科协, 德阳市人民政府, 科技工作者之家网
_SITE_OWNER = re.compile(rf"(?:{_ASSOCIATION_ENDS}|人民政府|政府网|门户网站|网站|网)$")
# A post's account named for its body: 万州区科协, 重庆市土壤学会
_ACCOUNT_BODY = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}(?:{_ASSOCIATION_ENDS})$")
# …and the bodies that run a WeChat account, named on its closing card (秀山土家族苗族自治县科学技术协会)
_ACCOUNT_OWNER = re.compile(rf"(?:{_ASSOCIATION_ENDS}|人民政府|融媒体中心)$")


# What a county media centre's app adds to its place's short name: 秀山融媒, 万州发布 (大美荣昌, 掌上长寿: an opener)
_COUNTY_APP_ENDS = ("融媒", "发布")


def is_county_app_name(text: str) -> bool:
    """大美荣昌, 掌上长寿, 秀山融媒, 万州发布: a county media centre's app, named for its place (荣昌, 长寿), on
    the first line of its screen; no 引题, which says something of the story, not a place alone."""
    if 4 <= len(text) <= 6 and text.startswith(MASTHEAD_OPENERS):
        return is_place_name(text[2:])
    return 4 <= len(text) <= 6 and text.endswith(_COUNTY_APP_ENDS) and is_place_name(text[:-2])


# Openers that praise a place (大美巫山, 美丽荣昌): an app's name, or a paper's 引题 or column head
_PLACE_PRAISE = ("大美", "美丽")


def _papers_own_story(text: str) -> bool:
    """本报讯（记者 刘洋）…, 本报记者 刘洋, 【本报讯】…: a story the paper filed itself."""
    return fold(text).lstrip("【（(").startswith(("本报", "本刊"))


def _runs_the_account(text: str) -> bool:
    """秀山土家族苗族自治县科学技术协会 under 秀山科协 on a post's closing card: the body that runs it."""
    return len(text) <= 30 and bool(_ACCOUNT_OWNER.search(text)) and is_heading_like(text)


class PageHeadRules:
    """Handlers for the names and head lines a page prints over its stories (see
    ``assemble._Assembler.step``)."""

    def _site_name(self, index: int, line: Line) -> bool:
        """四川省科学技术协会 over 首页 > 新闻中心 > 市州动态, or 重庆科技报 over its masthead's date line
        or alone over the first headline, before any story: the web site's or the paper's name. After
        a story, a paper's name over its date line is the next page's masthead (pages copied into one file).
        A journal's name over its issue (重庆科协 over 2023年12月 调查研究) is the site, the issue line its banner;
        so is a body's name over its bulletin's (四川省土壤肥料学会 over 工作简报)."""
        if index and not self.result.drafts and self.meta.site == self.lines[index - 1].text and is_issue_line(line.text):
            record_meta_line(self.meta, "banner", line.text)  # 2023年12月 调查研究 under 重庆科协: its issue, no headline
            return True
        if not (self.result.drafts or self.meta.site) and (journal := journal_masthead(line.text)):
            self.meta.site = journal  # 《重庆科技》2023年第6期 over its imprint or contents: no headline
            self.meta.source_lines.append(line.text)
            return True
        if index + 1 >= len(self.lines) or not is_heading_like(line.text):
            return False
        under = self.lines[index + 1].text
        if self._folded_headline_at(index):
            return False  # 重庆科技报数字报 over 正式上线 over …重庆科技报数字报正式上线…: a headline's first line
        if self.result.drafts or self.meta.site:
            # the next page's 重庆科技报 over its date or first headline, or a site's name over its breadcrumb
            masthead = self._masthead_at(index) and (
                not story_at(self.lines, index + 1) or opens_a_piece(under)  # over 编者按：…
            )
            # …or the next source's issuing body over its bulletin's name (四川省科协 over 科协工作简报)
            if not (masthead or self._site_over_breadcrumb(index) or self._body_over_its_bulletin(index)):
                return False
            record_meta_line(self.meta, "boilerplate", line.text)
            self._close_by_page()
            self.repost_origin = None  # (the next source's stories are no repost's)
            if not (index and self._body_over_its_bulletin(index - 1)):
                self._later_source(line.text)  # (a bulletin's name under its body: the body is the site)
            return True
        following = meta_line_kind(under)
        if following == "decoration" and index + 2 < len(self.lines):
            following = meta_line_kind(self.lines[index + 2].text)  # its English name in between
        over_date = following == "site_date" and is_paper_name(line.text)
        # 重庆科协 over 2021年第3期, 2023年12月 调查研究 (maybe with （内部资料 免费交流） in between); not
        # 德阳市科协会议纪要 over 〔2024〕第3期 and its text
        issue_at = index + 2 if is_newsletter_note(under) and index + 2 < len(self.lines) else index + 1
        over_issue = (
            len(line.text) <= 12
            and is_issue_line(self.lines[issue_at].text)
            and not story_at(self.lines, after_meta(self.lines, issue_at + 1))
        )
        if not (
            following == "navigation"
            or over_date
            or over_issue
            or self._body_over_its_bulletin(index)
            or self._site_over_headline_and_info(index, line.text)
            or self._site_over_info_and_headline(index, line.text)
            or self._account_over_its_post(index, line.text)
            or self._site_over_its_column(index, line.text, under)
            or (index == 0 and self._county_app_over_headline(index))
            or (
                is_masthead_name(line.text)
                and (could_be_headline(under) or opens_a_piece(under))  # over 编者按：… too
            )
        ):
            return False  # (四川科技报 over a headline: no date line under the paper's name)
        self.meta.site = paper_of_edition(letters_closed_up(line.text))  # (四 川 科 技 报, 四川科技报数字报: its name)
        self.meta.source_lines.append(line.text)
        return True

    def _county_app_over_headline(self, index: int) -> bool:
        """大美荣昌, 秀山融媒 over the first headline: a county app's name atop its screen. 大美巫山 over a
        story the paper filed itself (本报讯, 本报记者) praises the place as a paper's 引题 does: no app."""
        text, under = self.lines[index].text, self.lines[index + 1].text
        if not (is_county_app_name(text) and could_be_headline(under)):
            return False
        story = self.lines[index + 2].text if index + 2 < len(self.lines) else ""
        return not (text.startswith(_PLACE_PRAISE) and _papers_own_story(story))

    def _folded_headline_at(self, index: int) -> bool:
        """The line at ``index`` and the next, joined, are words of the lead under them (重庆科技报数字报 over
        正式上线 over 本报讯…重庆科技报数字报正式上线…): a headline folded on two lines, no masthead."""
        lead = after_meta(self.lines, index + 2)
        if lead >= len(self.lines):
            return False
        return self.lines[index].text + self.lines[index + 1].text in self.lines[lead].text

    def _masthead_at(self, index: int) -> bool:
        """A paper's or a platform's name at ``index``, or a name a bulletin shares with a column over its
        issue line (科协工作动态 over 2023年第9期)."""
        text = self.lines[index].text
        return is_masthead_name(text) or (
            could_name_a_bulletin(text) and index + 1 < len(self.lines) and is_issue_line(self.lines[index + 1].text)
        )

    def _body_over_its_bulletin(self, index: int) -> bool:
        """四川省土壤肥料学会 over 工作简报 (or over 科协工作通讯, 科普周刊): the body that issues the bulletin,
        printed over its name, is the site; no headline names a body alone."""
        name = self.lines[index].text
        return (
            len(name) <= 20 and bool(_SITE_OWNER.search(name)) and index + 1 < len(self.lines) and self._masthead_at(index + 1)
        )

    def _site_over_headline_and_info(self, index: int, text: str) -> bool:
        """重庆市科学技术协会 over a headline over 2021-03-12 16:05 来源：新华社: the web site of a body
        (its name, not a kicker: a 引题 names no body alone) over the page's first headline and its info line."""
        if index + 2 >= len(self.lines) or not _SITE_OWNER.search(text) or len(text) > 20:
            return False
        return could_be_headline(self.lines[index + 1].text) and meta_line_kind(
            self.lines[index + 2].text
        ) in ("web_info", "site_date")

    def _site_over_info_and_headline(self, index: int, text: str) -> bool:
        """苍溪县人民政府 over 发布时间：… 信息来源：县科协, over a headline and its story: the web site of a body,
        its info line printed before the headline (a headline names no body alone; it was the story's 主题,
        the real headline its 副题)."""
        if index + 3 >= len(self.lines) or not _SITE_OWNER.search(text) or len(text) > 20:
            return False
        return (
            meta_line_kind(self.lines[index + 1].text) == "web_info"
            and could_be_headline(self.lines[index + 2].text)
            and (story_at(self.lines, index + 3) or self._numbered_section_at(index + 3))
        )

    def _numbered_section_at(self, index: int) -> bool:
        """一、部门基本情况 over prose at ``index``: a report's first section (a 决算 or a 统计公报 opens with one)."""
        return is_numbered_heading(self.lines[index].text) and story_at(self.lines, index + 1)

    def _account_over_its_post(self, index: int, text: str) -> bool:
        """万州区科协 over 万州区农学会召开第四次会员代表大会 over its lead, the page's first lines: the name of the
        account a post was copied from (a 主题 says what happened; a body's name alone does not). Not over a
        paper's story (本报讯…), where a body's name over a headline is printed as its 主题, nor over a
        document's or a notice's title, which its issuer's name heads (重庆市机械工程学会 over
        2024年招聘秘书处工作人员启事)."""
        if index or len(text) > 12 or not _ACCOUNT_BODY.match(text) or index + 2 >= len(self.lines):
            return False
        if is_bodies_column(text):
            return False  # 基层科协, 区县科协: the column of the bodies' news, no account
        headline, lead = self.lines[index + 1].text, self.lines[index + 2].text
        return (
            could_be_headline(headline)
            and not (headline.startswith("关于") or names_a_document(headline) or is_notice_title(headline))
            and not lead.startswith("本报")
            and story_at(self.lines, index + 2)
        )

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
        the account that posted the story, not a headline without a story. The card may name the body
        that runs the account, under the account or alone (秀山科协 over 秀山土家族苗族自治县科学技术协会)."""
        text = line.text
        if not self.result.drafts or index == 0 or self.in_recommendations or not is_heading_like(text):
            return False  # (南川区成立老科技工作者协会 under 往期回顾: a link's title)
        if len(text) > 12 and not _ACCOUNT_OWNER.search(text):
            return False
        if meta_line_kind(self.lines[index - 1].text) not in ("navigation", "boilerplate"):
            return False
        if credit_at(self.lines, index):
            return False  # 执行：马骁 罗丹, 本版摄影：本报记者 李想 under 策划：X: the credit block goes on, no account
        card_end = index + 1
        if len(text) <= 12 and card_end < len(self.lines) and _runs_the_account(self.lines[card_end].text):
            card_end += 1
        if after_meta(self.lines, card_end) < len(self.lines):
            return False
        if (len(text) > 12 or card_end > index + 1) and not self._card_prompt_at(card_end):
            return False  # a body's name ending the page, with no prompt to follow it: a notice's signer
        if index + 1 < len(self.lines) and signs_with_date(text, self.lines[index + 1].text):
            return False  # 重庆市科学技术协会 over 2024年8月15日: a notice's signature
        if self.meta.site is None:
            self.meta.site = text
            self.meta.source_lines.append(text)
        else:
            record_meta_line(self.meta, "boilerplate", text)
        if card_end > index + 1:
            record_meta_line(self.meta, "boilerplate", self.lines[index + 1].text)
            self.taken_through = index + 1
        return True

    def _card_prompt_at(self, index: int) -> bool:
        """长按识别二维码关注我们 (or another line of furniture, no date) at ``index``, under an account's card."""
        return index < len(self.lines) and meta_line_kind(self.lines[index].text) in ("navigation", "boilerplate")

    def _web_info_author(self, text: str) -> None:
        """作者：X (记者：X, 通讯员：X, 摄影：X) and 来源：Y on a web page's info line are the bylines and
        source of the headline above it. Over the page's first headline, its 来源 is the source of the
        page's stories (``_source_from_the_head``)."""
        current = self._open()
        if not self.result.drafts:
            self.head_source = web_info_fields(text).get("来源") or self.head_source
            return
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
            elif value and credits_names.ROLE_ONLY.match(value):
                # 作者：通讯员 李 娟  记者 何 勇: the people by their roles
                current.item.bylines.extend(credits_names.parse_role_tokens(value, require_role=True) or ())
        current.item.bylines.extend(credits_sources.info_line_writers(text))  # 文/图：孙 婷
        if fields.get("单位") and current.item.bylines and text in self.meta.source_lines:
            # 作者：刘晓红 单位：绵阳市中心医院心血管内科: where the author works, the item's credit line (its body
            # the item's organization), no more the page's
            self.meta.source_lines.remove(text)
            current.item.credit_lines.append(text)
        if fields.get("来源") and current.item.source is None:
            current.item.source = fields["来源"]

    def _document_index(self, text: str) -> bool:
        """发文字号：渝科协发〔2024〕12号 in a 政务公开 index block over the page's first headline: the published
        document's citation number, which an editor cites it by, kept aside as its credit line (the
        block's other lines are page metadata; 发布机构 names its issuer, the source unless it is signed)."""
        if self.result.drafts:
            return False
        fields = document_info_fields(text)
        self.head_source = self.head_source or fields.get("发布机构") or fields.get("发文机关")
        if not (fields.get("发文字号") or fields.get("文号")) or self.head_document_number is not None:
            return False
        self.head_document_number = text
        self.meta.page_date = self.meta.page_date or document_info_date(text)
        return True

    def _document_number_from_the_head(self) -> None:
        """The index block's 发文字号 line is a credit line of the document under it (it was no item's)."""
        if self.head_document_number is None:
            return
        draft = next((draft for draft in self.result.drafts if draft.is_article and draft.has_body), None)
        if draft is not None:
            draft.item.credit_lines.insert(0, self.head_document_number)
        else:
            record_meta_line(self.meta, "document_info", self.head_document_number)

    def _source_from_the_head(self) -> None:
        """发布时间：… 信息来源：县科协 under the site's name, over the headline: the page's stories came from
        there (they had no source; an info line under a headline gives that story its own). 来源：… over the
        page's headline or in a later copy's head (学习强国 / its date line / 来源：重庆日报) names the source of
        that copy's one story."""
        if self.head_source is not None:
            for draft in self.result.drafts:
                if draft.is_article and draft.has_body and draft.item.source is None:
                    draft.item.source = self.head_source
        ends = [start for start, _ in self.copy_sources[1:]] + [len(self.result.drafts)]
        for (start, source), end in zip(self.copy_sources, ends[: len(self.copy_sources)], strict=True):
            stories = [draft for draft in self.result.drafts[start:end] if draft.is_article and draft.has_body]
            if len(stories) == 1 and stories[0].item.source is None:
                stories[0].item.source = source  # (over several stories, each closes with its own or none)

    def _media_centre_head(self, text: str) -> None:
        """长寿区融媒体中心  2024-08-02 16:40 under an app story's headline (or 2024年5月21日 09:15  大足融媒): the
        media centre whose story it is, its source as a 来源： there would be (it was only the page's site)."""
        site = head_site_and_date(text)[0]
        if site and is_media_centre(site):
            self._headed_source(site)  # (see assemble_furniture)

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
            # the date line named its site itself (a platform's line names the account under its name)
            (self.meta.site is not None and len(self.result.drafts) == 1 and not self._platform_account_line(index))
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
            self._later_source(current.title_lines[0])
        self.result.drafts.pop()
        self.current = None

    def _site_over_breadcrumb(self, index: int) -> bool:
        """资阳科协网 over 首页 > 工作动态: a site's name. Not a headline the page prints over its breadcrumb,
        its byline or lead straight under the breadcrumb (华龙网's 永川区科协：… / 当前位置：首页 > 区县 > 永川 /
        重庆日报记者 申晓佳)."""
        if not is_breadcrumb(self.lines[index + 1].text):
            return False
        below = after_meta(self.lines, index + 2)  # (字号：T|T, 原标题：… may come between)
        return not (self.meta.site and (credit_at(self.lines, below) or story_at(self.lines, below)))

    def _platform_account_line(self, index: int) -> bool:
        """2024-09-18 10:01 · 泸州市科学技术协会官方账号: 今日头条's or 百家号's line under the account's name."""
        return bool(PLATFORM_ACCOUNT_LINE.match(fold(self.lines[index].text)))

    def _later_source(self, name: str) -> None:
        """重庆科协 over a post, 四川科技报 over its date line, after the stories of another source pasted into the
        same file: the site of the items from here on (a 四川 paper's 市科协 is 四川's city's, a 重庆 post's
        重庆市科协)."""
        if any(draft.has_body for draft in self.result.drafts):
            self.later_site = None if name == self.meta.site else name

    def _later_sites_masthead(self, index: int, text: str) -> None:
        """四川科技报 2021年7月2日 星期五 after another source's stories: the next source's masthead, its site."""
        site = head_site_and_date(text)[0]
        if site and not self._reprints_origin(text):
            self._later_source(site)

    def _reprints_origin(self, text: str) -> bool:
        """重庆科协 2024-05-12 under an item's headline, or 重庆日报 2024年5月10日 right under a story's text: where
        that one item was first printed, not the masthead of a source pasted below it (a page's head prints
        its weekday or its page's number: 重庆科技报 2022年9月21日 星期三)."""
        current = self._open()
        if current is None or not current.is_article or re.search(rf"{WEEKDAY}|第\s*\S{{1,3}}\s*版", text):
            return False
        return bool(current.title_lines) and (not current.has_body or current.closed is None)

    def _story_under_date(self, index: int) -> bool:
        """A story's paragraph right under the date line at ``index``: the line above the date is a web
        page's headline. A WeChat headline ending in ！ (…启动啦！) over the story is the post's own: the
        line above the date is then the account's name, as it is over an editor's note (编者按：…) that
        introduces the post's headline below it; a note over the story's text is the story's first paragraph,
        under the headline above the date."""
        following = after_meta(self.lines, index + 1)
        if following < len(self.lines) and is_editors_note(self.lines[following].text):
            if is_bare_note_label(self.lines[following].text) and prose_at(self.lines, following + 1):
                following += 1  # 【编者按】 on a line of its own: its text is the paragraph under it
            return story_at(self.lines, following + 1)
        return (
            story_at(self.lines, following)
            and not exclaimed_headline_at(self.lines, following)
            and not self._over_original_label(following)
        )

    def _over_original_label(self, index: int) -> bool:
        """绵阳市科协：冬季科学健身，这份指南请收好 over 原创 绵阳市科协 科普绵阳: a WeChat post's headline, its
        原创 label under it, however much it reads as prose (it was the story under a title of the account)."""
        return index + 1 < len(self.lines) and wechat_head(self.lines[index + 1].text) is not None
