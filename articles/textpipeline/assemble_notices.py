"""The assembler's rules for notices and documents: the signature and date that close one, the contact
lines and attachment printed in it. The short lines of its lists, fields and tables, which are its text
and no headings, are ``assemble_notice_lists``'s.

A notice prints as its own text what elsewhere is page furniture (联系电话：…, an issuer's name, a
date); these rules keep such lines in the notice and say when it is signed off.

``NoticeRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``current``,
``boxed_title_for``) and helper ``_open``.
"""

from __future__ import annotations

import re

from . import shapes
from .draft import ATTACHMENTS, CLOSED_BY_BYLINE, Draft
from .lines import Line
from .lookahead import after_meta, announces_story, story_at
from .model import PARAGRAPH, SUBHEADING, Block
from .pagemeta_boilerplate import is_download_file
from .pagemeta_boxes import is_contact_line
from .shapes_furniture import is_masthead_name
from .shapes_headlines import is_heading_like, is_notice_title, is_signed_title
from .shapes_lists import (
    in_numbered_entry,
    is_field_line,
    list_number,
    opens_with_label,
    without_list_number,
)
from .shapes_notices import (
    heads_the_enclosure,
    is_attachment_line,
    is_bare_attachment_head,
    is_full_date,
    is_issuer,
    names_a_document,
    signed_on_one_line,
    signing_bodies,
    signs_with_date,
)


class NoticeRules:
    """Handlers for the lines of a notice or document (see ``assemble._Assembler.step``)."""

    def _attachment(self, index: int, line: Line) -> bool:
        """附件：…名单 in a notice or a decision names its attachment, a paragraph (it was a headline, and
        the signature under it its 副题); 附件 under the signed document heads the attachment printed
        with it, and the attachment's title under that is a sub-heading (they were an item of their own,
        附件 its byline)."""
        if not is_attachment_line(line.text):
            return self._enclosure_title(line)
        draft = self.current
        if draft is None or not (draft.is_article and draft.has_body) or draft.closed not in (None, CLOSED_BY_BYLINE):
            return False
        if not is_bare_attachment_head(line.text):
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

    def _enclosure_title(self, line: Line) -> bool:
        """X in or after a notice titled 关于印发《X》的通知: the title of the document it issues, a sub-heading over
        its text (it was a new item after the signature, and over it a repeat of the notice's words, deleted)."""
        draft = self.current
        if draft is None or not (draft.is_article and draft.has_body) or draft.closed not in (None, CLOSED_BY_BYLINE):
            return False
        if not any(heads_the_enclosure(line.text, title) for title in draft.title_lines):
            return False
        draft.closed = None  # the enclosure is the notice's substance, printed after its signature
        draft.add_subheading(line.text)
        draft.cover(line)
        return True

    def _numbered_entry(self, index: int, line: Line) -> bool:
        """1号作品 / 《花椒采摘小妙招》 / 作者：先锋镇农业服务中心 何平 under a vote post's paragraph: a candidate
        of its list, the post's paragraphs (each candidate was an item without text, its author a byline)."""
        current = self._open()
        if not (current and current.is_article and current.has_body):
            return False
        start = max(0, index - 2)  # (the entry's number and title above, its next line below)
        if not in_numbered_entry([printed.text for printed in self.lines[start : index + 2]], index - start):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _notice_contact(self, index: int, meta_kind: str, line: Line) -> bool:
        """联系电话：… or 联系人：… inside a notice, with more of its text, its attachment or its signature
        after them, is the notice's own text, not the page's contact footer: the notice goes on through it.
        The signature is the issuer over a date, or the issuer alone closing the page. So are they under
        the notice's other fields (采购人：…, 名　称：…) or its call to ask (请按以下方式联系), signed or not:
        a tender's announcement ends with them, and a story's visit details over its closing attribution."""
        current = self._open()
        if meta_kind != "boilerplate" or not is_contact_line(line.text):
            return False
        if not (current and current.is_article and current.has_body):
            return False
        following = index + 1
        while following < len(self.lines) and is_contact_line(self.lines[following].text):
            following += 1
        if not (
            self._signs_notice(following)
            or self._signs_alone(following)
            or story_at(self.lines, following)
            or (following < len(self.lines) and is_attachment_line(self.lines[following].text))
            or _among_notice_fields(current)
            or self._closes_with_attribution(following)
        ):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True

    def _notice_below_a_story(self, index: int, current: Draft) -> bool:
        """渝北区院士专家工作站 / 招聘科研助理公告 after a news story's last sentence, over a text its issuer signs
        over a date: the headline of a notice printed next to the story, which needs no byline to start (its
        signature closes it); a notice's own lines (a forwarded notice's title) are no new piece."""
        if any(is_notice_title(title) for title in current.title_lines) or not _last_paragraph(current).endswith("。"):
            return False
        title_end = index
        if not is_notice_title(self.lines[index].text):
            title_end += 1  # the headline's first line over the one naming the notice
            if title_end >= len(self.lines) or not (
                is_heading_like(self.lines[title_end].text) and is_notice_title(self.lines[title_end].text)
            ):
                return False
        for position in range(title_end + 1, min(title_end + _NOTICE_REACH, len(self.lines) - 1)):
            text = self.lines[position].text
            if signs_with_date(text, self.lines[position + 1].text):
                return position > title_end + 1
            if shapes.attribution_of(text) or announces_story(self.lines, position + 1):
                return False
        return False

    def _signature_on_one_line(self, meta_kind: str, line: Line) -> bool:
        """南充市科学技术协会 2024年3月10日 under a notice's or a document's text: its signature flattened onto one
        line, its last paragraph, the issuers its source (it was taken for a post's site and date, and lost)."""
        signature = signed_on_one_line(line.text) if meta_kind == "site_date" else None
        current = self._open()
        if signature is None or not (current and current.is_article and current.has_body):
            return False
        if not any(is_notice_title(title) or names_a_document(title) for title in current.title_lines):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        current.item.source = current.item.source or "、".join(signing_bodies(signature[0]))
        current.closed = CLOSED_BY_BYLINE  # signed and dated: the notice ends
        return True

    def _closes_with_attribution(self, index: int) -> bool:
        """（渝科） at ``index``, under 地址：… in a 科技馆's opening story: the story's closing attribution, so the
        contact lines above it are its text (a venue's address, its hotline), no page footer."""
        return index < len(self.lines) and shapes.attribution_of(self.lines[index].text) is not None

    def _signs_notice(self, index: int) -> bool:
        following = index + 1
        return following < len(self.lines) and signs_with_date(
            self.lines[index].text, self.lines[following].text
        )

    def _signs_alone(self, index: int) -> bool:
        """四川科技报社 at ``index`` with nothing but page furniture after it: an issuer signing without a
        date (a paper's masthead name heads a page, it closes none)."""
        return self._signs_undated(index) and after_meta(self.lines, index + 1) >= len(self.lines)

    def _signs_undated(self, index: int) -> bool:
        """四川科技报社 at ``index``, no date under it: an issuer's name alone, as a notice is signed."""
        return (
            index < len(self.lines)
            and is_issuer(self.lines[index].text)
            and not is_masthead_name(self.lines[index].text)
            and not self._signs_notice(index)  # over its date: signed and dated
        )

    def _dated_below(self, index: int) -> bool:
        """西昌学院 / 凉山州医学会 / 2024年5月28日 under ``index``: a date a few names below, so that more
        bodies sign with the one at ``index``."""
        for following in range(index + 1, min(index + 1 + _MOST_SIGNING_LINES, len(self.lines))):
            text = self.lines[following].text
            if is_full_date(text):
                return True
            if not is_heading_like(text):
                return False
        return False

    def _signature_date(self, line: Line) -> bool:
        """重庆市科学技术协会 over 2021年3月30日: the date goes into the notice's text; the issuers signing
        over it (one or more lines) are its source."""
        current = self._open()
        if not (current and current.is_article and current.has_body):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not signs_with_date(last.text, line.text):
            return False
        current.item.source = current.item.source or "、".join(_signing_issuers(current))  # who issued it
        current.add_paragraph(line.text)
        current.cover(line)
        current.closed = CLOSED_BY_BYLINE  # signed and dated: the notice ends (a headline after it heads the next)
        return True

    def _signature_alone(self, index: int, line: Line) -> bool:
        """四川科技报社 signing a notice without a date: closing the page under the notice's contact lines
        (it was taken for the page's site, and the contact lines for the page's footer), or under a
        notice's last sentence (郑重声明 … 特此声明。) over the next piece (it was that piece's headline);
        so do bodies signing it together, one a line (see _cosigners)."""
        current = self._open()
        if not (current and current.is_article and current.has_body) or not self._signs_undated(index):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH:
            return False
        signed_at_the_end = self._signs_alone(index) and is_contact_line(last.text)
        signed_under_notice = (
            any(is_signed_title(title) for title in current.title_lines)
            and shapes.ends_sentence(last.text)
            and not story_at(self.lines, index + 1)  # a body's name over prose heads a part of the text
            # the first of bodies signing together, one a line (西昌学院 among them, its name no issuer's)
            and not self._signs_undated(index + 1)
            and not self._dated_below(index)
        )
        cosigners = None if signed_at_the_end or signed_under_notice else self._cosigners(index)
        if not (signed_at_the_end or signed_under_notice or cosigners):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        if cosigners is None or index == cosigners[1]:  # the (last) signer: the notice ends
            together = _signing_issuers(current) if cosigners else []
            current.item.source = current.item.source or "、".join(together) or line.text
            current.closed = CLOSED_BY_BYLINE
        return True

    def _cosigners(self, index: int) -> tuple[int, int] | None:
        """The first and last line of bodies signing a notice together, one a line, without a date, the
        line at ``index`` among them (重庆市科学技术协会 over 重庆市教育委员会): under the notice's last
        sentence, over the next piece's headline and its lead (the last signer had become that headline);
        else None. A longer run of such lines is a list (张建国  重庆大学 …)."""
        current = self._open()
        if not any(is_signed_title(title) for title in current.title_lines):
            return None
        first = last = index
        while first - 1 > 0 and self._signs_undated(first - 1):
            first -= 1
        while self._signs_undated(last + 1):
            last += 1
        signed = index - first  # the signers above already in the draft, each its last paragraphs
        blocks = current.item.blocks
        if not 2 <= last + 1 - first <= _MOST_SIGNING_LINES or len(blocks) <= signed:
            return None
        above = blocks[len(blocks) - signed - 1]
        if above.kind != PARAGRAPH or not shapes.ends_sentence(above.text) or self._dated_below(last):
            return None
        if [block.text for block in blocks[len(blocks) - signed :]] != [self.lines[i].text for i in range(first, index)]:
            return None
        ends_page = after_meta(self.lines, last + 1) >= len(self.lines)
        return (first, last) if ends_page or announces_story(self.lines, last + 2) else None

    def _signature_over_date(self, index: int, line: Line) -> bool:
        """本报编辑部 over 2024年4月12日 under a piece's last sentence: the issuer signing it, a paragraph
        whose date closes it (本报编辑部 had been read as an author's byline, its date as the page's)."""
        current = self._open()
        if not (current and current.is_article and current.has_body) or not self._signs_notice(index):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not shapes.ends_sentence(last.text):
            return False
        current.add_paragraph(line.text)
        current.cover(line)
        return True


def _signing_issuers(draft: Draft) -> list[str]:
    """重庆市科技志愿服务总队 over 重庆市老科技工作者协会, the draft's last paragraphs: the bodies that sign it
    together, in print order (the date under them comes next); several may share a line, under its label
    (倡议单位：A　B), which opens the signature."""
    issuers: list[str] = []
    for block in reversed(draft.item.blocks[-_MOST_SIGNING_LINES:]):
        bodies = signing_bodies(block.text) if block.kind == PARAGRAPH else []
        if not bodies:
            break
        issuers[:0] = bodies
        if opens_with_label(block.text):
            break
    return issuers


_NOTICE_REACH = 30  # lines: how far a notice's signature is looked for under its headline
_MOST_SIGNING_LINES = 4  # bodies signing one notice together, one a line


def _last_paragraph(draft: Draft | None) -> str:
    """The open item's last block when it is a paragraph, else ""."""
    if draft is None or draft.closed or not draft.item.blocks or draft.item.blocks[-1].kind != PARAGRAPH:
        return ""
    return draft.item.blocks[-1].text


def after_contact(draft: Draft | None) -> bool:
    """The open item's text so far ends in a contact line of its own (联系人：张老师)."""
    return is_contact_line(_last_paragraph(draft))


# 请按以下方式联系, 联系方式如下：: a notice's call to ask, its contact fields under it
_ASKS_TO_CONTACT = re.compile(r"(?:联系|联系方式(?:如下)?)[：:]?$")


def _among_notice_fields(draft: Draft) -> bool:
    """The notice open in ``draft`` ends in one of its fields (采购人：…, 名　称：…, numbered too: 二、报送方式：…)
    or in its call to ask (请按以下方式联系): the contact lines under it are its own."""
    last = _last_paragraph(draft)
    notice = any(is_notice_title(title) for title in draft.title_lines)
    return notice and (opens_with_label(without_list_number(last)) or bool(_ASKS_TO_CONTACT.search(last)))


def after_attachment(draft: Draft | None) -> bool:
    """The open item's text so far ends in its 附件： line, or in a numbered file listed under it
    (附件：1.申报书.docx over 2.汇总表.xlsx): the next numbered file is the list's too."""
    last = _last_paragraph(draft)
    return last.startswith(ATTACHMENTS) or (list_number(last) is not None and is_download_file(last))


# 1．, 2.: the number of a file in a 附件 list (1．2026年…安排表: a year may follow it closed up)
_FILE_NUMBER = re.compile(r"^(\d{1,2})\s*[.．、]")


def next_attached_file(draft: Draft | None, text: str) -> bool:
    """2．活动总结报送表 under 附件：1．…安排表: the attachment list's next file, numbered on from its last
    (1．, 2．…; the first under a bare 附件：); 二、报名方式 under 附件：1．报名表 is the notice's next section."""
    if not after_attachment(draft):
        return False
    last = _last_paragraph(draft)
    for prefix in ATTACHMENTS:
        last = last.removeprefix(prefix).lstrip()
    listed = _FILE_NUMBER.match(last)
    number = _FILE_NUMBER.match(text)
    return number is not None and int(number.group(1)) == (int(listed.group(1)) + 1 if listed else 1)


def after_field(draft: Draft | None) -> bool:
    """The open item's text so far ends in a field line of its own (施工：中建三局)."""
    return is_field_line(_last_paragraph(draft))


def after_colon(draft: Draft | None) -> bool:
    """The open item's text so far ends in a paragraph that ends with a colon: a list follows."""
    return _last_paragraph(draft).endswith(("：", ":"))


def in_numbered_section(blocks: list[Block], following: str) -> bool:
    """The story's last sub-heading is numbered (一、大赛组织) and the lines come right under it, or the next
    of its numbers (二、日程安排) follows them: they are inside a document's numbered section, no page edge."""
    heading = next((block for block in reversed(blocks) if block.kind == SUBHEADING), None)
    number = list_number(heading.text) if heading is not None else None
    return number is not None and (blocks[-1] is heading or list_number(following) == (number[0], number[1] + 1))
