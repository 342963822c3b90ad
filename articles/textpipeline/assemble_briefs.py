"""The assembler's rules for briefs and marked lines: a column of briefs under its name, a brief's
headline run into its lead, a digest's title, and what a line opened by a mark (●, ■, △) is: a
brief, a sidebar's line, a marked sub-heading or author, or a column's name.

Briefs are short stories printed one after another, often marked and without a byline; each is an
item of its own, so these rules say where one ends and the next begins.

``BriefRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``) and helpers (``_open``, ``_new_draft``, ``_close_by_page``, ``_paragraph``,
``_remainder``, ``_credit``, ``_names``).
"""

from __future__ import annotations

import re

from . import credits_bylines, credits_datelines, credits_signatures, shapes
from .assemble_leads import headline_cut
from .assemble_notices import after_colon
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE, Draft
from .headline import headline_parts
from .lines import Line
from .lookahead import (
    after_meta,
    bullet_at,
    could_headline_at,
    heading_at,
    marked_brief_at,
    run_in_brief_at,
    story_at,
    titled_brief_at,
)
from .model import AUTHOR, PARAGRAPH, Block, Byline, Repair
from .pagemeta import record_meta_line
from .pagemeta_navigation import is_contents_heading, opens_recommendations
from .shapes_briefs import (
    RunIn,
    is_marked_brief,
    is_news_lead,
    is_place_led_headline,
    marked_place,
    names_its_own_subject,
    place_tag,
    run_in_brief,
    run_in_headline,
)
from .shapes_credits import split_trailing_attribution
from .shapes_furniture import is_bodies_column, is_briefs_heading, is_bulletin_name, is_column_name
from .shapes_headlines import is_heading_like
from .shapes_lists import is_time_mark
from .shapes_sections import is_section_number
from .shapes_turns import named_speaker, opens_a_turn
from .surnames import has_surname


class BriefRules:
    """Handlers for briefs and marked lines (see ``assemble._Assembler.step``)."""

    def _bullet(self, index: int, line: Line) -> bool:
        current = self._open()
        if current is not None and current.briefs and is_marked_brief(line.text):
            current.item.blocks.append(Block(PARAGRAPH, line.text))  # △…。（据新华社电）: one brief
            current.cover(line)
            return True
        if not shapes.is_bullet(line.text) or credits_bylines.parse_byline_line(line.text):
            return False  # ■本报记者 X is a byline with a mark, not a sidebar line
        if current is not None and current.is_article and is_time_mark(line.text) and self._timeline_entry(index, current):
            current.add_subheading(line.text)  # ■ 7月8日 over its day's news: a timeline's entry, as 7月8日 is
            current.cover(line)
            return True
        if self._marked_turn(index):
            return False  # ■记者：…？ ■周红：…: an interview's turns, its paragraphs
        if self._marked_briefs_heading(index, line):
            return True
        if self._run_in_brief(index, line):
            return True
        if titled_brief_at(self.lines, index) and (
            self._in_titled_briefs(index) or self._place_led_brief(line) or self._marked_headline_over_lead(index)
        ):
            self._titled_brief(line)  # ■ 达州市科协举办… over its story, in a column of such briefs
            return True
        signed = self.current is not None and self.current.closed in (CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE)
        if signed and titled_brief_at(self.lines, index):
            self._titled_brief(line)  # ● 招聘 over its text under a signed story: a box of its own, no sidebar of it
            return True
        if (
            current is not None
            and current.title_lines
            and not (current.has_body or current.has_credit)
            and story_at(self.lines, index + 1)
        ):
            names = credits_signatures.marked_names(line.text)
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
            and (
                (current.has_body and current.item.blocks[-1].kind == PARAGRAPH)
                or (current.title_lines and current.has_credit and not current.has_body)  # …right under the byline
            )
            and is_heading_like(shapes.strip_bullet(line.text))
            and story_at(self.lines, index + 1)
            and not bullet_at(self.lines, index + 1)
        ):
            current.add_subheading(line.text)  # ■ 科普大篷车开进村 over its section's prose: a marked sub-heading (the
            # first of them too, ■ 邓凯 … under the byline, heads its part as its siblings do: no sidebar)
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

    def _marked_briefs_heading(self, index: int, line: Line) -> bool:
        """■洪城简讯 over ●5月20日，…: a column of briefs under its name behind a mark, an item of its own as
        洪城简讯 unmarked is, the mark taken out (it was a sidebar of the story above). Only over dated
        briefs: ■产业新动态 over ●荣昌猪新品系选育取得突破… is a sub-heading of the story's points. Over a
        brief whose headline runs into its lead (某某访问德阳 11月13日，…), the name is the page's banner and
        each brief an item of its own, as under 简讯 unmarked (it was a sub-heading of the story above,
        the first brief its paragraph)."""
        label = shapes.strip_bullet(line.text)
        if label == line.text or not is_briefs_heading(label):
            return False
        if run_in_brief_at(self.lines, index + 1):
            record_meta_line(self.meta, "banner", line.text)  # ■简讯 over 某某访问德阳 11月13日，…: the column's
            self._close_by_page()  # name, as 简讯 unmarked is, ending the story above; each brief an item
            return True
        if not (self._dated_brief_at(index + 1) or marked_brief_at(self.lines, index + 1)):
            return False
        draft = self._new_draft(line, title=label)
        draft.briefs = True
        draft.item.repairs.append(Repair("brief_mark", f"简讯栏名前的标记“{line.text[0]}”已去掉", line.text[0]))
        return True

    def _dated_brief_at(self, index: int) -> bool:
        """●5月20日，射洪市农技协联合会…: a marked line opened by its news lead, a brief's."""
        return bullet_at(self.lines, index) and is_news_lead(shapes.strip_bullet(self.lines[index].text))

    def _place_tagged_brief(self, index: int, line: Line) -> bool:
        """【万州区】5月10日，…, ■ 渝北区 3月15日，…, 达州：7月8日，…, 【开州区】本报讯（通讯员 李红）…: a brief of
        its own opened by its place's tag, in a column of such briefs. The place is its 引题 (the marks
        around it recorded as taken out); it has no headline and is flagged (the briefs were one article
        under the column's name, the tags in its text)."""
        tagged = place_tag(line.text)
        if tagged is None:
            return False
        marks, place, rest = tagged
        if not (
            is_news_lead(rest) or credits_datelines.parse_lead(rest)
        ) or not self._opens_place_brief(index):
            return False
        self._close_by_page()
        draft = self._new_draft(line, title=None)
        draft.place_label = place
        draft.item.repairs.append(Repair("place_tag", f"简讯开头的地名标签“{place}”已移作引题，“{marks}”已去掉", marks))
        draft.flag("missing_headline", f"地名标签“{place}”下的简讯没有标题", line.text[:30])
        lead = Line(rest, line.end - len(rest), line.end, line.parts)
        if not self._lead(index, lead):
            self._paragraph(lead)
        return True

    def _opens_place_brief(self, index: int) -> bool:
        """Whether a place-tagged lead at ``index`` opens a brief: after another such brief, with no story
        open, or under a column's name. Inside a story with a body or a credit, or under a headline
        (川渝科协共庆科技工作者日, 科技工作者日 各地这样过), it is one of a round-up's parts."""
        if self.current is not None and self.current.place_label:
            return True
        return self._open() is None or self._column_title_dropped()

    def _column_title_dropped(self) -> bool:
        """The open draft has only a column's name for its title (区县动态, 区县传真, 区县科协) over the first
        of the column's briefs: the name goes to the page's banners and the draft is dropped (it was
        the first brief's headline, or an article of all the briefs)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        if current is not self.result.drafts[-1]:
            return False
        column = headline_parts(current.title_lines[-1:])[1]
        if not (
            is_briefs_heading(column) or is_column_name(column) or is_bodies_column(column)
        ):
            return False
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        self.result.drafts.pop()
        self.current = None
        return True

    def _marked_turn(self, index: int) -> bool:
        """■记者：… or ■问：…, and ■周红：… beside such a line: an interview's turn behind a mark.

        A name's turn needs a reporter's or question's turn beside it: ■地点：… in a box is a field."""
        label = shapes.strip_bullet(self.lines[index].text)
        if opens_a_turn(label):
            return True
        name = named_speaker(label)
        if name is None or not has_surname(name):
            return False
        beside = (self.lines[j].text for j in (index - 1, index + 1) if 0 <= j < len(self.lines))
        return any(shapes.is_bullet(text) and opens_a_turn(shapes.strip_bullet(text)) for text in beside)

    def _in_titled_briefs(self, index: int) -> bool:
        """Right under a briefs column's name or a 相关新闻 heading (its stories, each under its own
        headline, not a list of links), or after a brief of such a column."""
        previous = self.lines[index - 1].text if index else ""
        return (
            is_briefs_heading(shapes.strip_bullet(previous))  # 简讯, or ■简讯 behind its mark
            or opens_recommendations(previous)
            or (self.current is not None and self.current.titled_brief)
        )

    def _place_led_brief(self, line: Line) -> bool:
        """■ 大足区：科技特派员助力柑橘提质增效 over its story with no story open (first on the page, after
        a banner or a story's attribution) or under a column's name: a brief's headline, whatever the
        column is called or if it has no name (it was lost to a remainder or glued into the brief above
        as its sidebar)."""
        if not is_place_led_headline(shapes.strip_bullet(line.text)):
            return False
        return self._open() is None or self._column_title_dropped()

    def _marked_headline_over_lead(self, index: int) -> bool:
        """●县科协开展春季农技培训 over 4月20日，酉阳县科协…, no story open: the first of a column of briefs
        whose name the page does not print (it was lost to a remainder, the briefs merged into one
        untitled item under it). A sidebar's line has no news lead under it."""
        if self._open() is not None or index + 1 >= len(self.lines):
            return False
        lead = self.lines[index + 1].text
        return is_news_lead(lead) or credits_datelines.parse_lead(lead) is not None

    def _unmarked_run_in_brief(self, index: int, line: Line) -> bool:
        """合肥建成量子保密通信城域网 记者从…获悉，…（吴长锋） under a briefs column's name or after its
        brief: the next brief, its headline run into its lead without a mark (it was a paragraph)."""
        return self._in_titled_briefs(index) and self._run_in_brief(index, line, marked=False)

    def _run_in_brief(self, index: int, line: Line, *, marked: bool = True) -> bool:
        """■江津区科协开展科普进社区活动 近日，…（江津区科协）: a brief's headline run into its lead, cut
        apart (the line was a sidebar line, or a remainder with no story to hold it)."""
        cut = run_in_brief(line.text, marked=marked)
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

    def _first_brief_of_a_digest(self, line: Line, text: str) -> bool:
        """四川科协 | 基层科协工作简讯 over 宜宾市科协开展…。11月30日，…。（宜宾市科协）: the digest's
        title is the page's banner and its first paragraph a brief of its own, headed by its run-in
        sentence like the briefs after it (it was the digest's body, the others items of their own).
        Without a run-in sentence (科协简讯 over 4月12日，…。（自贡市科协供稿））, it is headless and flagged,
        as the briefs after it are (the column's name was its title)."""
        current = self._open()
        if not self._column_name_as_banner(current):
            return False
        run_in = run_in_headline(text)
        if run_in is None:
            current.flag("missing_headline", f"栏目名下的段落“{text[:12]}…”带着自己的署名，是一条简讯，缺标题", text[:30])
            current.add_paragraph(text)
            current.cover(line)
            return True
        current.title_lines = [run_in[0]]
        _headed_by_its_run_in(current, run_in)
        current.cover(line)
        return True

    def _column_name_as_banner(self, current: Draft | None) -> bool:
        """The open draft holds only a briefs column's name (各地动态, 四川科协 | 基层科协工作简讯) over its
        first brief: the name goes to the page's banners and the draft, left without a title, is the
        brief's (the column's name was the first brief's headline, the others' missing)."""
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        if not is_briefs_heading(headline_parts(current.title_lines[-1:])[1]):
            return False
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        current.title_lines = []
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
        run_in = run_in_headline(text)
        if run_in is None:
            draft = self._new_draft(line, title=None)
            draft.flag("missing_headline", f"署名之后的段落“{text[:12]}…”带着自己的署名，像另一条简讯，缺标题", text[:30])
            draft.add_paragraph(text)
            return True
        _headed_by_its_run_in(self._new_draft(line, title=run_in[0]), run_in)
        return True

    def _first_brief_on_the_page(self, line: Line, text: str) -> bool:
        """省土壤学会开展春耕土壤健康服务。3月下旬，…。（省土壤学会） with no story open above it, under a 简报's
        head or over the next such brief: a brief headed by its run-in sentence, as the briefs after it are
        (it was a paragraph without a headline, flagged). A newspaper page's first paragraph, the rest of
        a story from the page before, stays flagged."""
        if self.current is not None:
            return False
        run_in = run_in_headline(text)
        if run_in is None or not (self._under_a_bulletins_head() or self._run_in_brief_after(line)):
            return False
        _headed_by_its_run_in(self._new_draft(line, title=run_in[0]), run_in)
        return True

    def _unsigned_run_in_brief(self, line: Line, text: str) -> bool:
        """1.梁平区科协举办…。8月15日，… beside another such paragraph, under a story's last paragraph or with no
        story open (under 【简讯】), or after such a brief: a column of briefs printed without attributions,
        each headed by its run-in sentence (they were paragraphs of the story above, or one untitled item).
        Under a story each must name its own subject: a story's numbered points and run-in parts
        (1.加强组织建设。8月底前，…, 科普大篷车进社区。9月17日，…) stay its paragraphs."""
        run_in = run_in_headline(text)
        if run_in is None:
            return False
        current = self.current
        if current is not None and current.closed:
            return False  # after a signed story: a stray, or a brief with its own attribution (see above)
        after_a_brief = current is not None and any(repair.code == "run_in_headline" for repair in current.item.repairs)
        under_a_story = current is not None and not after_a_brief
        if under_a_story and not (
            current.is_article and current.has_body and not after_colon(current) and names_its_own_subject(run_in)
        ):
            return False
        if not (after_a_brief or self._run_in_brief_after(line, signed=False, own_subject=under_a_story)):
            return False
        _headed_by_its_run_in(self._new_draft(line, title=run_in.headline), run_in)
        return True

    def _under_a_bulletins_head(self) -> bool:
        """学会工作简报 (or a 本期要目 box) over the page's items."""
        return any(is_bulletin_name(name) for name in (self.meta.site or "", *self.meta.banners)) or any(
            is_contents_heading(line) for line in self.meta.boilerplate
        )

    def _run_in_brief_after(self, line: Line, *, signed: bool = True, own_subject: bool = False) -> bool:
        """Another brief with its headline run into its lead after ``line``, and its own attribution
        unless ``signed`` is False, its headline naming its own subject if ``own_subject``."""
        below = next((at for at, other in enumerate(self.lines) if other.start >= line.end), len(self.lines))
        index = after_meta(self.lines, below)
        if index >= len(self.lines):
            return False
        text = self.lines[index].text
        trailing = split_trailing_attribution(text)
        if trailing is None and signed:
            return False
        run_in = run_in_headline(trailing[0] if trailing else text)
        return run_in is not None and (names_its_own_subject(run_in) or not own_subject)

    def _digest_head(self, index: int, line: Line) -> bool:
        """科协要闻 | A；B over 【A】 and 【B】, or 今日要闻 | 5月30日 over its numbered stories, before any story:
        the digest's title, the page's banner (it was an item without a headline, or the first story's title
        over its real headline)."""
        current = self._open()
        if current is not None and (current.has_body or current.title_lines):
            return False
        if not names_a_digest(line.text, [other.text for other in self.lines[index + 1 : index + 60]]):
            return False
        record_meta_line(self.meta, "banner", line.text)
        return True

    def _digest_title_only(self) -> bool:
        """The open draft holds only a digest's title (川渝科协一周要闻汇总, 科协简讯丨…工作动态), nothing under it."""
        current = self._open()
        if not (current and current.is_article and current is self.result.drafts[-1] and current.title_lines):
            return False
        if current.has_body or current.has_credit or current.item.captions:
            return False
        return bool(_DIGEST_TITLE.search("".join(current.title_lines)))

    def _digest_section(self, index: int, line: Line) -> bool:
        """01 over 盘龙镇科协开展… over 6月15日，…, or ▶射洪市 over 10月16日，…, under a digest's title (科协简讯丨
        荣昌区基层科协工作动态) or after such a section: a brief of its own, headed by its headline (or by none,
        flagged), its place its 引题, the number or mark taken out (the first section's number or place was
        the post's title, the others its sub-headings). The digest's title is the page's banner."""
        number = line.text.strip() if is_section_number(line.text) else ""
        placed = None if number else marked_place(line.text)
        if not (number or placed):
            return False
        previous = self.current  # a digest's section, or a numbered brief; a story's place tag (【遂宁】) is none
        in_sections = previous is not None and previous.is_article and (
            previous.digest_section or any(repair.code == "brief_number" for repair in previous.item.repairs)
        )
        if not (in_sections or self._digest_title_only()):
            return False
        headed = heading_at(self.lines, index + 1) and self._news_lead_at(index + 2)
        if not (headed or (placed and self._news_lead_at(index + 1))):
            return False
        self._digest_title_as_banner()
        if headed:
            heading = self.lines[index + 1]
            draft = self._new_draft(heading, title=heading.text)
            draft.cover(line)
            self.taken_through = index + 1
        else:
            draft = self._new_draft(line, title=None)
            draft.flag("missing_headline", f"地名“{placed[1]}”下的简讯没有标题", line.text[:30])
        draft.digest_section = True
        if number:
            draft.item.repairs.append(Repair("brief_number", f"简讯标题前的序号“{number}”已去掉", number))
        else:
            mark, place = placed
            draft.place_label = place
            draft.item.repairs.append(Repair("place_tag", f"简讯开头的地名“{place}”已移作引题，“{mark}”已去掉", mark))
        return True

    def _news_lead_at(self, index: int) -> bool:
        """A news lead (6月15日，…, 本报讯…) at ``index``, page metadata skipped."""
        index = after_meta(self.lines, index)
        if index >= len(self.lines):
            return False
        text = self.lines[index].text
        return is_news_lead(text) or credits_datelines.parse_lead(text) is not None

    def _digest_title_as_banner(self) -> None:
        """✨重磅✨ 川渝科协一周要闻汇总来啦！ over its first bracketed story: the digest's title is the page's
        banner, not a headline without a story (it was an empty item waiting for review)."""
        if not self._digest_title_only():
            return
        current = self.current
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        self.result.drafts.pop()
        self.current = None


def _headed_by_its_run_in(draft: Draft, run_in: RunIn) -> None:
    """The brief's text after its run-in headline (宜宾市科协开展科普进校园活动。), the move recorded, and the
    list number in front of it (1.) taken out."""
    headline, stop, rest, number = run_in
    draft.item.repairs.append(Repair("run_in_headline", f"段首的短句“{headline}{stop}”是这条简讯的标题，已移作标题", stop))
    if number:
        draft.item.repairs.append(Repair("brief_number", f"简讯标题前的序号“{number.strip()}”已去掉", number))
    draft.add_paragraph(rest)


# A round-up's title: 一周要闻汇总, 科协动态速递, 基层简讯
_DIGEST_TITLE = re.compile(r"汇总|要闻|一周|简讯|动态|速递|速览|集锦|盘点|合集|周报|月报")
# 科协要闻 | …, 今日要闻丨5月30日: a round-up's column, a bar, then what it holds
_DIGEST_HEAD = re.compile(r"^(?P<column>[^|｜丨]{2,10}?)\s*[|｜丨]\s*(?P<rest>\S.*)$")
_DIGEST_DAY = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$")


def names_a_digest(text: str, below: list[str]) -> bool:
    """今日要闻 | 5月30日 (the round-up's column and its day), or 科协要闻 | A；B whose A and B are headlines
    printed ``below`` (in brackets or not): a digest's title, no story's."""
    match = _DIGEST_HEAD.match(text)
    if match is None or not _DIGEST_TITLE.search(match["column"]):
        return False
    rest = match["rest"].strip()
    if _DIGEST_DAY.match(rest):
        return True
    headlines = [part.strip() for part in re.split(r"[；;]", rest) if part.strip()]
    printed = {shapes.strip_bullet(other).strip("【】[] ") for other in below}
    return len(headlines) >= 2 and all(headline in printed for headline in headlines)
