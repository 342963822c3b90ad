"""The assembler's rules for closing attributions and jumps: the bracketed line under a story that
says who sent it or where it was filed ((渝科), （本报悉尼１月１日电）, （供稿：遂宁市科协 撰稿：张敏）,
（责任编辑：陈七）) and closes it, or that says its rest is on another page (（下转第2版）, ▶详见第3版, a
front page's teaser with only its headline).

An attribution is read for what it names (a body, people, editors, a dateline, an outlet) and the
story closed; a note about a picture or the date a speech was given leaves it open, and two bodies'
attributions under one story are flagged. Bylines and names printed without brackets are
``assemble_credits``'s.

``AttributionRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``current``,
``result``, ``taken_through``) and helpers (``_open``, ``_remainder``, ``_continuation``,
``_titled_brief``).
"""

from __future__ import annotations

from . import credits_bylines, credits_signatures, credits_sources, shapes
from .assemble_pictures import credit_last_captions
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_PAGE, Draft
from .lines import Line
from .model import AUTHOR, PARAGRAPH, PHOTOGRAPHER, Byline, PageMeta
from .pagemeta_editors import page_editors
from .pagemeta_navigation import is_page_pointer
from .shapes_credits import (
    is_author_note,
    is_date_span,
    is_end_mark,
    is_note_in_the_text,
    is_to_be_continued,
    jump_marker,
    labelled_source,
    names_its_origin,
    transcriber_of,
)
from .shapes_headlines import could_be_headline
from .shapes_notices import adoption_date, is_date_alone, is_document_number, signing_bodies
from .shapes_pictures import is_picture_note


class AttributionRules:
    """Handlers for the lines that close a story in brackets or send it on to another page (see
    ``assemble._Assembler.step``)."""

    def _headline_only_teaser(self, index: int, line: Line) -> bool:
        """●泸县玉蟾街道建成社区科普馆 over ▶详见第5版: a front page's teaser with only its headline, an item
        of its own whose story is on that page (it was the story above's sidebar). A teaser stands between
        items: it carries a bullet, or the story above is closed; under an open story the line is that
        story's (a list's last row, a caption, a sentence cut at the jump) and the pointer is its jump."""
        pointer = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if pointer is None or not is_page_pointer(pointer.text) or not could_be_headline(shapes.strip_bullet(line.text)):
            return False
        if not shapes.is_bullet(line.text) and self.current is not None and not self.current.closed:
            return False
        self._titled_brief(line)  # (its mark taken out)
        draft = self.current
        draft.item.credit_lines.append(pointer.text)
        draft.flag("continues_elsewhere", f"只有标题，正文在“{pointer.text}”所指的版面，不在这页文字里，请补全", pointer.text)
        draft.cover(pointer)
        draft.closed = CLOSED_BY_PAGE
        self.taken_through = index + 1
        return True

    def _pointer_under_a_cut_sentence(self, line: Line) -> bool:
        """李明院士在报告中指出 over ▶详见第3版: the open story's last sentence runs on to that page, a jump of
        that story (a pointer under a finished paragraph or a caption is only the page's furniture)."""
        current = self._open()
        if current is None or not is_page_pointer(line.text) or not current.item.blocks:
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or shapes.ends_sentence(last.text):
            return False
        current.item.credit_lines.append(line.text)
        current.flag("continues_elsewhere", f"正文在“{line.text}”处转到所指的版面，后文不在这页文字里，请补全", line.text)
        current.cover(line)
        current.closed = CLOSED_BY_ATTRIBUTION
        return True

    def _attribution(self, index: int, line: Line) -> bool:
        content = shapes.attribution_of(line.text)
        jump = jump_marker(line.text)  # also bare: 转第2版, 上接第1版
        if (content is None and jump is None) or (content is not None and is_document_number(content)):
            return False  # （第0236号） under a 建议's title: its number, not who wrote it
        if content is not None and is_date_span(content) and self._span_under_headline(line):
            return True
        if content is not None and is_note_in_the_text(content):
            return False  # （限于篇幅，其余获奖者名单略）, （掌声）, （共86家）: a note in the body it is printed in
        if jump and jump[0] == "from":
            self._continuation(line, line.text, jump[1])
            return True
        target = self.current or (self.result.drafts[-1] if self.result.drafts else None)
        if target is None:
            self._remainder(line, "unplaced_attribution", "页首的括号署名找不到所属文章")
            return True
        self._attribute(target, line.text, line)
        return True

    def _span_under_headline(self, line: Line) -> bool:
        """黄文彬同志生平 over （1938.7—2021.3）: the life span printed under a headline is its subtitle (it was
        read as a closing attribution, the dates the story's source and all its text strays after it)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        current.title_lines.append(line.text)
        current.cover(line)
        return True

    def _attribute(self, target: Draft, printed: str, line: Line) -> None:
        """Record a closing attribution ((渝科), （本报悉尼１月１日电）) and close the item."""
        content = shapes.attribution_of(printed) or printed
        item = target.item
        source_before = item.source
        jump = jump_marker(printed)
        if jump:  # （下转第2版）: the rest of the story is on another page
            item.credit_lines.append(printed)
            target.flag("continues_elsewhere", f"正文在“{printed}”处转到第{jump[1]}版，后文不在这页文字里，请补全", printed)
            target.cover(line)
            target.closed = CLOSED_BY_ATTRIBUTION
            return
        if is_date_alone(content) and target.title_lines and item.dateline is None and (
            not target.has_body or _issuers_apart(target)
        ):
            item.dateline = content  # 在…大会上的讲话 over （2021年6月18日）, a 计划 over （2024年4月）: when; it goes on
            item.credit_lines.append(printed)
            target.cover(line)
            return
        if (adopted := adoption_date(content)) and not target.has_body and target.title_lines and item.dateline is None:
            item.dateline = adopted  # 决议 over （2022年9月22日…代表大会通过）: when it was adopted, not who wrote it
            item.credit_lines.append(printed)
            target.cover(line)
            return
        if is_picture_note(content):  # （资料图片）: about a picture; the story goes on
            item.credit_lines.append(printed)
            target.cover(line)
            return
        if (transcriber := transcriber_of(content)) and (bylines := _bylines_of(transcriber)):
            named = {byline.name for byline in item.bylines}  # （本报记者 罗丹根据视频采访整理）: who wrote it down
            item.bylines.extend(byline for byline in bylines if byline.name not in named)
            item.credit_lines.append(printed)
            target.cover(line)
            target.closed = CLOSED_BY_ATTRIBUTION
            return
        if is_end_mark(content) or is_author_note(content):
            item.credit_lines.append(printed)
            if is_to_be_continued(content):  # （未完待续）: the rest is in a later issue
                target.flag("continues_elsewhere", f"正文以“{printed}”结束，后文不在这页文字里，请核对或补全", printed)
            target.cover(line)
            target.closed = CLOSED_BY_ATTRIBUTION
            return
        fields = credits_sources.labelled_fields(content)
        if fields:  # （供稿：遂宁市科协 撰稿：张敏 审核：李明）: each field for what it says
            item.source = item.source or fields[0]
            item.bylines.extend(byline for byline in fields[1] if byline not in item.bylines)
            item.credit_lines.append(printed)
            target.cover(line)
            target.closed = CLOSED_BY_ATTRIBUTION
            target.picture_mode = False
            return
        if self._rival_attribution(target, content, printed):
            target.cover(line)
            return
        credited = credits_bylines.parse_byline_line(content)
        people = None if credited else credits_signatures.attribution_people(content)
        editors = None if credited or people else _editors_of(content)
        if editors:
            item.bylines.extend(editors)  # （责任编辑：陈七）: who edited it
        elif credited:
            item.bylines.extend(credited)  # （记者 王 伟）: who wrote it, not where it came from
            photographers = [byline.name for byline in credited if byline.role == PHOTOGRAPHER]
            if target.picture_mode and photographers:
                credit_last_captions(item, photographers[0])  # 图片： over a caption over （本报记者 周翔 摄影报道）
            body = credits_sources.body_credited(content)
            if body and body[1] and item.source is None:
                item.source = body[0]  # （文/图 德阳市科协 王芳）: her body sent it
        elif people:
            named = {byline.name for byline in item.bylines}  # 本报讯（记者 张伟）… （张伟）: one person
            item.bylines.extend(Byline(AUTHOR, name) for name in people if name not in named)  # （李华）: a person wrote it
        elif content.endswith(("电", "讯")) and item.dateline is None:
            item.dateline = content
        elif sent_by := credits_sources.body_then_byline(content):  # （涪陵区科协 文/王敏）: the body, then its writer
            item.source = item.source or sent_by[0]
            item.bylines.extend(byline for byline in sent_by[1] if byline not in item.bylines)
        elif sent_by := credits_signatures.body_and_people(content):  # （南川区科协 王芳）: the body, then who wrote it
            item.source = item.source or sent_by[0]
            named = {byline.name for byline in item.bylines}
            item.bylines.extend(Byline(AUTHOR, name) for name in sent_by[1] if name not in named)
        elif affiliated := credits_signatures.affiliated_credit(content):  # （…医院药剂科 周涛）: who wrote it, and where she works
            item.bylines.extend(byline for byline in affiliated if byline not in item.bylines)
        elif names_its_origin(content):
            # （来源：健康报）: where the piece came from, said in so many words, over the unit its author's byline
            # names (文/巴中市中心医院 赵 敏 is where she works)
            item.source, staff = credits_sources.source_then_staff(labelled_source(content))
            item.bylines.extend(staff)  # （来源：川观新闻 记者 杨洋）: the outlet's reporter
        elif issuers := credits_sources.issuers_named(content):  # （重庆市科协科普部 重庆医科大学附属第一医院
            item.source = item.source or issuers  # 联合出品）: the bodies that produced it, without what they did
        elif item.source is None and not credits_sources.is_note_about_another_thing(content):
            # （作者单位：重庆市科协）, （万州区科协/文）→ the body; （题图由X提供） credits no source
            body = credits_sources.body_credited(content)
            source = body[0] if body else credits_sources.story_supplier(content) or labelled_source(content)
            item.source, staff = credits_sources.source_then_staff(source)
            item.bylines.extend(staff)  # （来源：川观新闻 记者 杨洋）: the outlet's reporter
        if target.signed_box:
            item.source = source_before  # 延伸阅读 … （绵阳市科协） under （本报记者 唐敏）: the box's signer, not the story's source
        item.credit_lines.append(printed)
        target.cover(line)
        target.closed = CLOSED_BY_ATTRIBUTION
        target.picture_mode = False

    def _rival_attribution(self, target: Draft, content: str, printed: str) -> bool:
        """（綦江区科协） straight over （大足区科协） under one story: two bodies sign it, each another story's
        attribution; the copy read two columns a line of each, and whose text is whose cannot be proven. The
        item is flagged and names neither as its source (it took the first)."""
        item = target.item
        if target.closed != CLOSED_BY_ATTRIBUTION or not item.source or not item.credit_lines:
            return False
        if shapes.attribution_of(item.credit_lines[-1]) != item.source:
            return False  # (the source came from elsewhere: a 来源 line, a byline's body)
        if content == item.source or not content.endswith(shapes.BODY_ENDS) or len(content) > 16:
            return False
        target.flag(
            "rival_attributions",
            f"文末连着两个不同单位的署名“{item.credit_lines[-1]}”“{printed}”：两篇稿件的文字可能逐行交错混排，"
            "来源无法确定，请按原版面拆开核对",
            printed,
        )
        item.source = None
        item.credit_lines.append(printed)
        return True


def _editors_of(content: str) -> list[Byline] | None:
    """（责任编辑：陈七）: the editors a closing attribution names, else None."""
    editors = page_editors(PageMeta(boilerplate=[content]))
    return editors or None


def _bylines_of(credit: str) -> list[Byline] | None:
    """The bylines a credit names (本报记者 罗丹), or the people it names alone (罗丹), else None."""
    if bylines := credits_bylines.parse_byline_line(credit):
        return bylines
    people = credits_signatures.attribution_people(credit)
    return [Byline(AUTHOR, name) for name in people] if people else None


def _issuers_apart(target: Draft) -> bool:
    """A 公报 or 计划 over its issuers' line (重庆市科学技术局  重庆市科学技术协会) over its date in brackets: the
    document's masthead, printed before its text. The issuers are taken out of the text as its source and credit,
    and True returned; False when the text under the title is more than that one line."""
    item = target.item
    if len(item.blocks) != target.leading_notes + 1 or item.blocks[-1].kind != PARAGRAPH:
        return False
    issuers = signing_bodies(item.blocks[-1].text)
    if not issuers:
        return False
    item.credit_lines.append(item.blocks.pop().text)
    item.source = item.source or "、".join(issuers)
    return True
