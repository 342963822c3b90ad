"""The assembler's rules for where one story ends and the next begins when nothing closed the first
(no attribution, no closing byline, no banner): a headline over a news lead after a story that opened
with one, a document's title over its salutation, a reader's next question in a Q&A column.

A heading-like line inside an open story is a sub-heading unless one of these tests finds the story
above finished and the line the next one's headline; ``HeadlineRules._heading`` asks them once the
surer signs (a byline, a dateline lead under the line) have been looked for.

``BoundaryRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``).
"""

from __future__ import annotations

import os
import re

from . import credits_datelines, credits_photos, credits_signatures, shapes
from .assemble_notice_lists import open_list_rows
from .credits_names import POST, is_body_in_context
from .draft import Draft
from .lookahead import after_meta, credit_at, heading_at, own_attribution_at, prose_at
from .model import PARAGRAPH, SUBHEADING
from .pagemeta import meta_line_kind
from .shapes_briefs import is_news_lead
from .shapes_headlines import SUBJECT_TAIL, is_heading_like, reads_as_news_headline
from .shapes_lists import is_list_title, is_listed, is_table_row, spaced_cells
from .shapes_notices import is_document_title, is_salutation
from .shapes_sections import is_box_heading, is_plain_box_heading, is_section_number, is_signed_inside
from .shapes_turns import asks_again, asks_as_reader, is_closing_formula


class BoundaryRules:
    """Tests for a headline that opens the next story inside an open one (see ``HeadlineRules._heading``)."""

    def _next_reader_question(self, current: Draft, index: int) -> bool:
        """A headline over a reader's question (荣昌区读者李女士问：…) after a piece that opened with one and
        ended on its answer: a Q&A column's next piece, its own asker, expert and place, not a sub-heading
        of the piece above."""
        blocks = current.item.blocks
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return (
            current.is_article
            and current.has_body
            and blocks[0].kind == PARAGRAPH
            and asks_as_reader(blocks[0].text)
            and blocks[-1].kind == PARAGRAPH
            and asks_as_reader(following)
            and not asks_again(following, blocks[0].text)  # 李女士又问：… under 花期保果: the same piece
        )

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
            and is_document_title(text)
            and is_salutation(following)
            and prose_at(self.lines, index + 2)
        )

    def _signed_piece_after_report(self, current: Draft, index: int) -> bool:
        """A headline (or a kicker over one) over prose that closes with an attribution of its own naming
        someone else (a person none of the report's, or a body that supplied it), after a finished report that opened with its byline or 本报讯（记者 …）:
        the next piece, signed only at its end (（四川省妇幼保健院 儿科副主任医师 黄丽）, （市疾控中心 供稿）),
        as health and 科普 shorts are printed among news. A report has no sub-heading over text another signs
        (a desk's or a body's bare signature, （渝科）, （永川区科协）, closes the report itself)."""
        if not (current.is_article and current.has_body and (current.item.bylines or current.item.dateline)):
            return False
        last = current.item.blocks[-1]
        if last.kind != PARAGRAPH or not shapes.ends_sentence(last.text):
            return False
        text = self.lines[index].text
        if is_signed_inside(text) or is_section_number(text) or is_listed(text) or _MARKED_HEADING.match(text):
            return False  # 专家支招 over a quote and its speaker, ■ 一、 sub-headings: the report's own sections
        attribution = own_attribution_at(self.lines, index + 1)
        kicker = attribution is None and heading_at(self.lines, index + 1)
        if kicker:
            attribution = own_attribution_at(self.lines, index + 2)  # 食品安全科普 over “网红”野生菌…: kicker, headline
        return attribution is not None and _signed_by_another(attribution.strip("（）() "), current, kicker)

    def _next_news_story(self, current: Draft, index: int, text: str) -> bool:
        """A headline over a news lead (3月12日，…) after a story that opened with one: the page's next story.

        Web pages and briefs print stories with neither byline nor dateline; a sub-heading
        is shorter and the stories of a round-up it divides rarely each open with a date.
        """
        if not (current.is_article and current.has_body):
            return False
        last = current.item.blocks[-1]
        after = after_meta(self.lines, index + 1)  # 2022/3/17 来源：… may come between
        following = self.lines[after].text if after < len(self.lines) else ""
        if (
            spaced_cells(text) >= 2
            and last.kind == PARAGRAPH
            and _ends_in_list_row(current, last.text)
            and not (is_news_lead(following) or credits_datelines.parse_lead(following))
        ):
            return False  # 黄晓东  宜宾市第一人民医院 under 王建国  四川农业大学: the list's next row (科普日活动
            # 精彩纷呈 over 本报讯…: a spaced headline over the next story's lead)
        headline = text
        if not is_news_lead(following) and not is_section_number(text) and self._second_headline_line(after):
            # 界石镇 / “科普小院”飘出茶香, 重庆邮电大学…学院学子 / 获全国…一等奖: a headline on two lines
            headline = text + following
            after = after_meta(self.lines, after + 1)
            following = self.lines[after].text if after < len(self.lines) else ""
        if not reads_as_news_headline(headline):
            return False
        if _ROUNDUP_PART.match(text) and any(_ROUNDUP.search(title) for title in current.title_lines):
            return False  # 渝中区：… under ——全市各区县科协开展全国科普日活动综述: a part's heading
        if current.item.blocks[-1].kind != PARAGRAPH:
            return False  # under a section number (01) or a sub-heading: this section's heading
        if self._the_one_web_post(current, index) and _opens_with_a_context_form(text):
            return False  # 区科协四届一次全委会… over 12月9日，… in a post of one 发布时间 line: its sub-heading
        paragraphs = [b.text for b in current.item.blocks if b.kind == PARAGRAPH]
        if not paragraphs:
            return False
        if _ends_in_list_row(current, paragraphs[-1]):
            return is_news_lead(following)  # 合计  19  280, 黄晓东  宜宾市第一人民医院: a table or a list has no
            # section of dated news, the headline over one opens the next story
        if not shapes.ends_sentence(paragraphs[-1]):
            return False
        opened_with_lead = current.item.dateline is not None or is_news_lead(paragraphs[0])
        # After a feature without sections (no lead of its own), a lead that names the headline's subject
        # again opens a story; in a round-up (综述) or a piece already divided so (seed 000), the next section.
        # A document divided by numbered sections (一、总体要求) or closed by its formula (谢谢大家！) is no
        # round-up: an unnumbered headline after it is the next story's. A box's heading (小贴士, 相关链接)
        # divides nothing: the box is printed with the feature, the feature has no sections for it.
        roundup = (
            any(block.kind == SUBHEADING and _labels_a_part(block.text) for block in current.item.blocks)
            and not is_closing_formula(paragraphs[-1])
        ) or any(_ROUNDUP.search(title) for title in current.title_lines)
        if opened_with_lead and len(paragraphs) == 1 and _lead_opens_with_subject(headline, following):
            return True  # 武胜县人民医院举办… over 武胜县人民医院联合…, after a one-paragraph brief: the next brief
        return (is_news_lead(following) or _subject_first_lead(headline, following)) and (
            opened_with_lead or (not roundup and _lead_repeats_subject(headline, following))
        )

    def _the_one_web_post(self, current: Draft, index: int) -> bool:
        """Whether ``current`` is the page's first item, a web post whose info line (发布时间：… 来源：…) under
        its title is the page's only one: a site prints one post on a page (a digest's stories follow it too, but each names
        its subject in full: 城口县科协召开…)."""
        if not self.result.drafts or current is not self.result.drafts[0]:
            return False
        info = [at for at, line in enumerate(self.lines) if meta_line_kind(line.text) == "web_info"]
        # (an info line over the first headline is the page's, over a list of stories: not the post's own)
        return len(info) == 1 and 0 < info[0] < index and self.lines[info[0] - 1].text in current.title_lines

    def _second_headline_line(self, index: int) -> bool:
        """A headline's second line at ``index``: short and bare, no credit (孩子们体验科普展品 over 本报记者
        王芳 摄 is a picture's title), a news lead under it."""
        if index + 1 >= len(self.lines) or not is_heading_like(self.lines[index].text):
            return False
        if credit_at(self.lines, index) or credits_photos.parse_photo_credit(self.lines[index].text):
            return False
        lead = after_meta(self.lines, index + 1)
        return lead < len(self.lines) and is_news_lead(self.lines[lead].text)


# A headline announcing a round-up whose parts each open with their own dated lead.
# A round-up's title: by its kind (综述, 巡礼…) or by its many subjects (各地科协…, 全市各区县…)
_ROUNDUP = re.compile(r"综述|巡礼|扫描|侧记|纵览|盘点|集锦|各地|多地|各区县|各市州|各市（州）")

_ROUNDUP_PART = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\S")  # 渝中区：科普游园会人气旺: a part named by its place

# 万州区科协举办科普讲座: the body or place a news headline opens with
_HEADLINE_SUBJECT = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}?{SUBJECT_TAIL}")


def _signed_by_another(attribution: str, current: Draft, kicker: bool) -> bool:
    """（四川省妇幼保健院 儿科副主任医师 黄丽）, （市疾控中心 供稿） under a report by 周敏: its writer or supplier is
    not the report's (its people named), so the text it closes is not the report's.

    A report's last section closes with its supplier's credit （綦江区科协 供稿） or a co-writer's （綦江区科协 李平）
    too: a supplier signs a piece of its own only under a column's kicker, a writer only by an expert's post (医师,
    教授…)."""
    if _SUPPLIED.search(attribution):
        return kicker
    if not re.search(POST, attribution):
        return False
    credited = credits_signatures.affiliated_credit(attribution)
    people = [byline.name for byline in credited] if credited else (credits_signatures.body_and_people(attribution) or (None, []))[1]
    return bool(people) and not any(byline.name in people for byline in current.item.bylines)


_SUPPLIED = re.compile(r"\s*供稿$")  # （市疾控中心 供稿）: a body that supplied the piece

_MARKED_HEADING = re.compile(r"^[■□●◆◇▶★☆]")  # ■ 科普讲座答疑解惑: a report's marked sub-heading


def _labels_a_part(heading: str) -> bool:
    """A sub-heading that names a part of a round-up: not a list's item (1.…) nor a box's heading (小贴士,
    【相关链接】), which any feature may carry."""
    return not (is_listed(heading) or is_box_heading(heading) or is_plain_box_heading(heading))


def _ends_in_list_row(current: Draft, last: str) -> bool:
    """The story's text ends in a table's row, or in a row of spaced cells of the list its title (…名单) or a
    colon (如下：) opened: finished, though no stop closes it."""
    if is_table_row(last):
        return True
    listed = any(is_list_title(title) for title in current.title_lines) or bool(open_list_rows(current))
    return listed and spaced_cells(last) >= 2


def _lead_repeats_subject(headline: str, lead: str) -> bool:
    """万州区科协举办科普讲座 over 7月22日，万州区科协邀请…: the lead names the headline's subject again."""
    subject = _HEADLINE_SUBJECT.match(headline)
    return subject is not None and len(subject.group()) >= 3 and subject.group() in lead[:40]


def _lead_opens_with_subject(headline: str, lead: str) -> bool:
    """武胜县人民医院举办科普活动 over 武胜县人民医院联合县科协在沿口镇开展…。: an undated lead that opens
    with the headline's subject, a sentence of prose. Not when the sentence goes on from the subject with
    还, 也, 同时…: 武胜县人民医院还组织专家开展义诊。 tells more of the story above, under its sub-heading."""
    subject = _HEADLINE_SUBJECT.match(headline)
    return (
        subject is not None
        and len(subject.group()) >= 3
        and lead.startswith(subject.group())
        and not lead[len(os.path.commonprefix([headline, lead])):].startswith(_GOING_ON)
        and shapes.ends_sentence(lead)
        and not is_heading_like(lead)
    )


def _subject_first_lead(headline: str, lead: str) -> bool:
    """开州长沙镇科普惠农服务站获评市级示范站 over 开州区长沙镇科普惠农服务站日前被…: a news lead that names the
    headline's subject first (in full or short) and then when, as county copy often writes it (3月12日，… first
    is the other way)."""
    match = _SUBJECT_THEN_TIME.match(lead)
    return match is not None and len(os.path.commonprefix([headline, lead])) >= 2 and shapes.ends_sentence(lead)


# 开州区长沙镇科普惠农服务站日前被…, …服务站10月12日被…: a subject, then when it happened
_SUBJECT_THEN_TIME = re.compile(r"^[^，,。；;：:！？!?“”（）()\s]{3,24}?(?:日前|近日|近期|\d{1,2}月\d{1,2}日)")


# What a sentence says after its subject when it tells more of what was told before: 还, 也, 同时…
_GOING_ON = ("还", "也", "又", "亦", "并", "同时", "此外", "另外", "随后", "此前")


def _opens_with_a_context_form(text: str) -> bool:
    """区科协四届一次全委会…: a heading naming its subject by the context form (区科协, 县委) of a body the post
    named before, as a section of that post does."""
    return any(is_body_in_context(text[:k]) for k in range(3, min(len(text), 7)))
