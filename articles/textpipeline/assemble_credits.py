"""The assembler's rules for credits: bylines and names, a signature under a story's last paragraph, a
commentator's post over its headline, and which story (or a feature's package) a credit goes to.
Closing attributions in brackets and jumps to other pages are ``assemble_attributions``'s; dateline
leads, and a headline the copy ran into its lead or byline, are ``assemble_leads``'s.

``CreditRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``result``, ``cut_name_rest``, ``signed_over_headlines``, ``bylines_over_headline``) and helpers
(``_open``, ``_close_by_page``, ``_remainder``, ``_attribute``, ``_column_head``).
"""

from __future__ import annotations

from . import credits_bylines, credits_names, credits_signatures, credits_sources, shapes
from .assemble_notice_lists import among_fields
from .draft import CLOSED_BY_BYLINE, Draft, sentence_down_a_column
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
from .model import AUTHOR, PARAGRAPH, REPORTER, Byline
from .pagemeta import meta_line_kind
from .pagemeta_navigation import opens_recommendations
from .shapes import is_prose
from .shapes_briefs import is_no_persons_name
from .shapes_credits import is_author_note, labelled_source
from .shapes_headlines import is_heading_like, tail_of_a_cut_word
from .shapes_lists import is_field_line
from .shapes_sections import is_editors_note


class CreditRules:
    """Handlers for the lines that say who wrote a story (see ``assemble._Assembler.step``)."""

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
        if not current.has_body and current.title_lines and (not current.item.bylines or self._joint_signature(index)):
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

    def _joint_signature(self, index: int) -> bool:
        """重庆大学公共管理学院教授 李四 under 重庆市科协学会部部长 张三 under an article's title: its second
        author signs as the first did, post then name (the line was a sub-heading over the text)."""
        return index > 0 and all(
            credits_signatures.speaker(self.lines[at].text) for at in (index - 1, index)
        )

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


def _common_word(word: str) -> bool:
    """一起, 科普, 高质量: a word more common than most of the language's (jieba's IDF table holds it, rarer
    than its median word it is not). 一起向未来 and 聚力高质量 are slogans, no pen name 一起 and name 向未来;
    墨石 and 方可为 are no words."""
    idf = default_extractor()
    weight = idf.idf.get(word)
    return weight is not None and weight < idf.default_idf


def _only_editors_note(draft: Draft) -> bool:
    return all(b.kind == PARAGRAPH and is_editors_note(b.text) for b in draft.item.blocks)
