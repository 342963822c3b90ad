"""The assembler's rules for credits: bylines, names and closing attributions (dateline leads, and a
headline the copy ran into its lead or byline, are ``assemble_leads``'s).

``CreditRules`` is mixed into ``assemble._Assembler`` and uses its state (``current``,
``result``) and helpers (``_open``, ``_new_draft``, ``_close_by_page``, ``_remainder``,
``_continuation``).
"""

from __future__ import annotations

from . import credits_bylines, credits_names, credits_signatures, credits_sources, shapes
from .assemble_notices import among_fields
from .assemble_pictures import credit_last_captions
from .draft import CLOSED_BY_ATTRIBUTION, CLOSED_BY_BYLINE, CLOSED_BY_PAGE, Draft, sentence_down_a_column
from .keywords import default_extractor
from .lines import Line
from .lookahead import (
    after_meta,
    credit_at,
    ends_story,
    head_names,
    heading_at,
    listed_person_at,
    prose_at,
    story_at,
    winners_at,
)
from .model import (
    AUTHOR,
    PARAGRAPH,
    PHOTOGRAPHER,
    REPORTER,
    Byline,
    PageMeta,
)
from .pagemeta import meta_line_kind
from .pagemeta_editors import page_editors
from .pagemeta_navigation import is_page_pointer, opens_recommendations
from .shapes import is_prose
from .shapes_briefs import is_no_persons_name
from .shapes_credits import (
    is_author_note,
    is_editors_aside,
    is_end_mark,
    is_to_be_continued,
    jump_marker,
    labelled_source,
    names_its_origin,
)
from .shapes_headlines import could_be_headline, is_heading_like, tail_of_a_cut_word
from .shapes_lists import is_field_line
from .shapes_notices import adoption_date, is_document_number, is_full_date
from .shapes_pictures import is_picture_note
from .shapes_sections import is_editors_note


class CreditRules:
    """Handlers for the lines that say who wrote a story and where it was filed (see ``assemble._Assembler.step``)."""

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
        if content is not None and is_editors_aside(content):
            return False  # （限于篇幅，其余获奖者名单略）: the editor's note, in the body it is printed in
        if jump and jump[0] == "from":
            self._continuation(line, line.text, jump[1])
            return True
        target = self.current or (self.result.drafts[-1] if self.result.drafts else None)
        if target is None:
            self._remainder(line, "unplaced_attribution", "页首的括号署名找不到所属文章")
            return True
        self._attribute(target, line.text, line)
        return True

    def _attribute(self, target: Draft, printed: str, line: Line) -> None:
        """Record a closing attribution ((渝科), （本报悉尼１月１日电）) and close the item."""
        content = shapes.attribution_of(printed) or printed
        item = target.item
        jump = jump_marker(printed)
        if jump:  # （下转第2版）: the rest of the story is on another page
            item.credit_lines.append(printed)
            target.flag("continues_elsewhere", f"正文在“{printed}”处转到第{jump[1]}版，后文不在这页文字里，请补全", printed)
            target.cover(line)
            target.closed = CLOSED_BY_ATTRIBUTION
            return
        if is_full_date(content) and not target.has_body and target.title_lines and item.dateline is None:
            item.dateline = content  # 在…大会上的讲话 over （2021年6月18日）: when it was given; it goes on
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

    def _byline_line(self, index: int, line: Line) -> bool:
        if self._field_among_fields(index, line) or listed_person_at(self.lines, index):
            return False  # 石磊　四川大学华西医院教授 among others like it: a list's row, no byline
        bylines = credits_bylines.parse_byline_line(line.text)
        if not bylines and self._byline_cut_in_a_name(index, line):
            return True
        body = credits_sources.body_credited(line.text)
        department = None if bylines or body else credits_sources.own_department(line.text)
        if not bylines:
            if not ((body or department) and self.result.drafts):
                return False
            bylines = []  # 图片：省科协科技服务中心 under 文字：王丽: a body's credit, no person's
        target = self._credit(line, bylines)
        if body and body[1] and target is not None and target.item.source is None:
            target.item.source = body[0]  # 文/万州区科协: the body that wrote it
        poster = credits_sources.sending_body(self.meta.site or "") if department else None
        if poster and target is not None and target.item.source is None:
            target.item.source = poster + department  # 供稿：学术部 on 四川省营养学会's post: its 学术部
        return True

    def _field_among_fields(self, index: int, line: Line) -> bool:
        """作者：谭思远 向雨桐 between 作品名称：… and 学校：… in the story's text: a field of a list of entries
        (the students who made a work), no byline (it closed the story, and 学校：… headed the next)."""
        current = self._open()
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            current is not None
            and current.has_body
            and is_field_line(line.text)
            and among_fields(current, following)
            and meta_line_kind(following) is None  # (作者：… over 编辑：… closes a post: its credits)
        )

    def _byline_cut_in_a_name(self, index: int, line: Line) -> bool:
        """本报通讯员 吴 over 晓东 (a running head maybe between them): one byline a break cut inside the
        name; the name's rest is taken with it (see ``_rest_of_a_cut_name``)."""
        if not credits_bylines.ends_on_a_lone_character(line.text):
            return False
        rest = after_meta(self.lines, index + 1)
        if rest >= len(self.lines):
            return False
        bylines = credits_bylines.byline_cut_in_a_name(line.text, self.lines[rest].text)
        if not bylines:
            return False
        joined = Line(line.text.rstrip() + self.lines[rest].text.strip(), line.start, line.end, line.parts)
        target = self._credit(joined, bylines)
        if target is not None:
            self.cut_name_rest = (rest, target)
        return True

    def _rest_of_a_cut_name(self, index: int, line: Line) -> bool:
        """晓东 under 本报通讯员 吴: already credited with the byline it completes."""
        if self.cut_name_rest is None or self.cut_name_rest[0] != index:
            return False
        self.cut_name_rest[1].cover(line)
        self.cut_name_rest = None
        return True

    def _names(self, index: int, line: Line) -> bool:
        current = self._open()
        if current is None:
            return False
        if not current.has_body and current.title_lines and not current.item.bylines:
            names = head_names(self.lines, index) or self._pen_names_under_a_whole_headline(current, index, line)
            following = "".join(following.text for following in self.lines[index + 1 : index + 5])  # the lead, wrapped or not
            if names and tail_of_a_cut_word(current.title_lines[-1], line.text, following):
                return False  # 助力晚 over 秋生产: the headline's end, no author
            listed = winners_at(self.lines, index)  # 沙坪坝区树人小学 陈一诺 over more winners: the list's
            affiliated = None if names or listed else credits_bylines.affiliated_author(line.text)
            if affiliated:
                self._credit(line, affiliated)  # 重庆医科大学附属第一医院 李明 under the headline
                return True
        elif (
            current.has_body
            and current.item.blocks[-1].kind == "paragraph"
            and is_prose(current.item.blocks[-1].text)
            and not current.item.blocks[-1].text.endswith(("：", ":"))  # 以下20名同志获评： opens a list of names
        ):
            if credits_signatures.desk_signature(line.text) and ends_story(self.lines, index + 1):
                self._attribute(current, line.text, line)  # 渝科, 宁记 under the last paragraph, as （渝科）
                return True
            # (the place first: 沙坪坝区 李先生 is no two names; 张　岚, a name of two spread to three cells)
            names = (
                credits_signatures.place_signature(line.text)
                or credits_signatures.reader_signature(line.text)
                or credits_names.parse_names(line.text)
                or credits_signatures.marked_names(line.text)
                or self._spread_signature(index, line)
            )
            if names and (not ends_story(self.lines, index + 1) or any(is_no_persons_name(name) for name in names)):
                names = None  # (石柱县 over a sub-heading: a place, no person signing)
            if names and sentence_down_a_column([following.text for following in self.lines[index : index + 10]]):
                names = None  # 区领导 over 张强 李明 over 出席。: the sentence's people, no signature (see _heading)
            signs = not names and (
                credits_signatures.signed_with_note(line.text)
                or credits_signatures.body_and_people(line.text)
            )
            if signs and ends_story(self.lines, index + 1):  # (the cheap tests on the line first)
                return self._signature_with_note(line) or self._body_signature(index, line)
        else:
            names = None
        if not names:
            return False
        self._credit(line, [Byline(AUTHOR, name) for name in names])
        return True

    def _teacher_credit(self, index: int, line: Line) -> bool:
        """指导老师：王芳 under a student's essay's title or byline, over the essay: the teacher who guided it, a
        credit line of the essay (no byline: the teacher did not write it; no source either)."""
        current = self._open()
        if current is None or current.has_body or not current.title_lines:
            return False
        if not credits_signatures.teacher_credit(line.text):
            return False
        self._credit(line, [])
        return True

    def _authors_unit(self, index: int, line: Line) -> bool:
        """作者单位：陆军军医大学第二附属医院 in a science piece: a credit line of the open story (no byline, no
        source: where its author works); the story stays open, as under its reviewer's 科学性审核： line (the
        line had been a paragraph, and its hospital an organization of the story)."""
        current = self._open()
        if current is None or not current.is_article or not current.title_lines:
            return False
        if not credits_signatures.is_authors_unit(line.text):
            return False
        current.item.credit_lines.append(line.text)
        current.cover(line)
        return True

    def _spread_signature(self, index: int, line: Line) -> list[str] | None:
        """张　岚 under a story's last paragraph: its author's name of two spread to three cells; but over a
        headline, 党　建 or 关　注 is the column head of the story that follows (no author 党建)."""
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else None
        if following is not None and is_heading_like(following):
            return None
        return credits_signatures.spread_name(line.text)

    def _pen_names_under_a_whole_headline(self, current: Draft, index: int, line: Line) -> list[str] | None:
        """剑武安远远 under 追求崇高——九七年主题性美术创作点评, over the text: a headline that has its ——副题
        takes no second one, so a short run of characters between it and the text is its authors, a pen
        name among them (墨石方可为: 墨石, 方可为); else None."""
        text = line.text.strip()
        if not (4 <= len(text) <= 7 and credits_names.HAN_NAME.fullmatch(text)):
            return None
        if not any("——" in title for title in current.title_lines) or not prose_at(self.lines, index + 1):
            return None
        names = credits_names.split_pen_names(text)
        return None if names and any(_common_word(name) for name in names) else names

    def _signature_with_note(self, line: Line) -> bool:
        """□ 刘 静（作者单位：重庆市科技发展战略研究院） under the story's last paragraph: its author, and the
        unit the source as a closing （作者单位：…） gives it (it was the next story's headline)."""
        signed = credits_signatures.signed_with_note(line.text)
        if signed is None:
            return False
        target = self._credit(line, [Byline(AUTHOR, name) for name in signed[0]])
        note = shapes.attribution_of(signed[1]) or ""
        if target is not None and target.item.source is None and not is_author_note(note):
            target.item.source = labelled_source(note)
        return True

    def _body_signature(self, index: int, line: Line) -> bool:
        """江津区科协 张丽 under the story's last paragraph, before the next headline: the body that sent it,
        then who wrote it, as （江津区科协 张丽） gives them in brackets (it was a paragraph, and the next
        piece ran on into this story). Over another such line (綦江区科协 王强) it opens a list of people
        by their bodies, the story's text."""
        sent_by = credits_signatures.body_and_people(line.text)
        if sent_by is None or _next_is_body_and_people(self.lines, index + 1):
            return False
        target = self._credit(line, [Byline(AUTHOR, name) for name in sent_by[1]])
        if target is not None and target.item.source is None:
            target.item.source = sent_by[0]
        return True

    def _commentator_over_headline(self, index: int, line: Line) -> bool:
        """本报评论员 over a commentary's headline, no 本报评论员 陈 思 signing its end: the commentary's
        author, credited to the story the headline opens (with the signature it is the column's name, a
        banner)."""
        post = line.text
        bylines = credits_bylines.parse_byline_line(post)
        if not bylines:
            return False
        if [byline.name for byline in bylines] != [post]:
            if not self._named_commentator_over_headline(index, line):
                return False
        elif not self._column_head(index, post) or _signed_by_post_below(self.lines, index + 1, post):
            return False
        self._close_by_page()
        self.signed_over_headlines.append((line, bylines))
        return True

    def _named_commentator_over_headline(self, index: int, line: Line) -> bool:
        """■ 本报评论员 唐 文 over a headline and its prose, no story open above it (or only a column's
        name, 时评): the commentary's author printed first (it was an unplaced byline)."""
        current = self._open()
        if current is not None and (current.item.blocks or current.has_credit):
            return False  # under a story's text: its closing signature
        return (
            credits_bylines.signed_as_commentary([line.text])
            and heading_at(self.lines, index + 1)
            and (story_at(self.lines, index + 2) or (heading_at(self.lines, index + 2) and story_at(self.lines, index + 3)))
        )

    def _credit_signed_over_headlines(self) -> None:
        """Give each commentator's post printed over a headline to the story that headline opened (or
        that the column's name over the post, 时评, began)."""
        for line, bylines in self.signed_over_headlines:
            story = next(
                (draft for draft in self.result.drafts if (draft.start or 0) > line.start or draft.end > line.start), None
            )
            if story is None:
                self._remainder(line, "unplaced_byline", f"署名“{line.text}”找不到所属文章")
                continue
            story.item.bylines[:0] = bylines
            story.item.credit_lines.insert(0, line.text)
            story.cover(line)

    def _credit_bylines_over_the_headline(self) -> None:
        """上游新闻·重庆晨报记者 刘钊 before any headline, as an app prints its head (app, byline, time,
        headline), or under a later copy's head (学习强国 / its date line / 作者：…): the byline of the one
        story below it; with more stories below, or none, it is left flagged."""
        for line, bylines, drafts_before in self.bylines_over_headline:
            if len(self.result.drafts) != drafts_before + 1:
                self._remainder(line, "unplaced_byline", f"署名“{line.text}”找不到所属文章")
                continue
            story = self.result.drafts[drafts_before]
            story.item.bylines[:0] = bylines
            story.item.credit_lines.insert(0, line.text)
            story.cover(line)

    def _credit(self, line: Line, bylines: list[Byline]) -> Draft | None:
        """Credit ``bylines`` to the open story (or the last one); the story credited, if any."""
        current = self._open()
        if current is None:
            target = self.result.drafts[-1] if self.result.drafts else None
            if target is None or self.later_head_at == len(self.result.drafts):
                # before the page's or a later copy's first headline: see _credit_bylines_over_the_headline
                self.bylines_over_headline.append((line, bylines, len(self.result.drafts)))
                return None
        else:
            target = current
            if target.has_body and not _only_editors_note(target):
                target.closed = CLOSED_BY_BYLINE
        target = self._package_credited(target, bylines) or target
        target.item.bylines.extend(bylines)
        target.item.credit_lines.append(line.text)
        target.cover(line)
        return target

    def _package_credited(self, story: Draft, bylines: list[Byline]) -> Draft | None:
        """文字：赵雪梅 周杰 / 摄影：陈刚 under a 相关新闻 story its own 本报讯（通讯员 周杰） credits, naming the
        feature's reporter above it: the credit block of the whole package, the feature's (it was the short
        story's, the feature's reporter its author)."""
        if not (story.has_body and story.item.bylines) or story not in self.result.drafts:
            return None
        opening = next((at for at, line in enumerate(self.lines) if line.start == story.start), 0)
        if not (opening and opens_recommendations(self.lines[opening - 1].text)):
            return None  # a story of its own, not one printed with a feature under 相关新闻
        feature = self._feature_over(story)
        if feature is None:
            return None
        if feature.end > story.start:
            return feature  # 摄影：陈刚 under 文字：赵雪梅 周杰: the block goes on
        named = {byline.name for byline in bylines}
        if not named - {byline.name for byline in story.item.bylines}:
            return None  # 文字：周杰 names only the story's own people
        staff = {byline.name for byline in feature.item.bylines if byline.role in (REPORTER, AUTHOR)}
        return feature if staff & named else None

    def _feature_over(self, story: Draft) -> Draft | None:
        """The last article with a body before ``story``: the feature a 相关新闻 story is printed with."""
        earlier = self.result.drafts[: self.result.drafts.index(story)] if story in self.result.drafts else []
        return next((draft for draft in reversed(earlier) if draft.is_article and draft.has_body), None)

    def package_credit_goes_on(self, story: Draft) -> Draft:
        """The draft a credit line under ``story`` goes to: the feature, once the package's credit block under
        the story began with it (摄影：陈刚 under 文字：赵雪梅 周杰), else the story."""
        feature = self._feature_over(story)
        return feature if feature is not None and story.start is not None and feature.end > story.start else story


def _next_is_body_and_people(lines: list[Line], index: int) -> bool:
    """The line at ``index`` names a body and its people too (綦江区科协 王强): a run of them is a list."""
    return index < len(lines) and credits_signatures.body_and_people(lines[index].text) is not None


def _signed_by_post_below(lines: list[Line], index: int, post: str) -> bool:
    """本报评论员 陈 思 closing the story from ``index`` on, before the next headline over its own credit."""
    for following in range(index, len(lines)):
        text = lines[following].text
        if text.startswith(post) and text != post:
            return True
        if following > index and is_heading_like(text) and credit_at(lines, following + 1):
            return False  # the next story's headline over its byline or lead
    return False


def _editors_of(content: str) -> list[Byline] | None:
    """（责任编辑：陈七）: the editors a closing attribution names, else None."""
    editors = page_editors(PageMeta(boilerplate=[content]))
    return editors or None

def _common_word(word: str) -> bool:
    """一起, 科普, 高质量: a word more common than most of the language's (jieba's IDF table holds it, rarer
    than its median word it is not). 一起向未来 and 聚力高质量 are slogans, no pen name 一起 and name 向未来;
    墨石 and 方可为 are no words."""
    idf = default_extractor()
    weight = idf.idf.get(word)
    return weight is not None and weight < idf.default_idf


def _only_editors_note(draft: Draft) -> bool:
    return all(b.kind == PARAGRAPH and is_editors_note(b.text) for b in draft.item.blocks)
