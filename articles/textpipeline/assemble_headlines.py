"""The assembler's rules for headlines: whether a heading-like line opens a story, joins the open
story's headline stack (引题, 主题, 副题), or only divides the story. Where one story ends and the next
begins when nothing closed the first is asked of ``assemble_boundaries.py``; lines a mark of their own
tells apart (●快讯● …, 【眉山】…, 【…】, 编者按：…, 问：…？, an English 副题) are handled in
``assemble_marked_headlines.py``.

A headline is trusted only where its story follows it (a byline, a dateline lead, prose) or where
nothing is open above it; a line that fails these tests is left to the sub-heading rules
(``assemble_sections.py``) or stays a paragraph. What else proves a punctuated line a headline (a
column's label over it, a letter's salutation under it…) is asked of ``assemble_punctuated_headlines.py``;
whether a short line in a story is its list's or table's line, no heading, of ``assemble_list_lines.py``.

``HeadlineRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``, ``after_photo``) and helpers (``_open``, ``_new_draft``, ``_close_by_page``),
and the other mixins' tests (``_column_head``, ``_signs_notice``, ``_numbered_subheading``,
``_next_news_story``, ``_headline_standing_alone``, ``_first_row_under_title``…).
"""

from __future__ import annotations

import re

from .assemble_list_lines import labels_a_group, last_is_figure_line, lead_or_dateline, under_a_group_label
from .assemble_notice_lists import (
    among_fields,
    field_under_field,
    next_cell_of_list,
    next_group_of_list,
    next_row_of_list,
    open_list_rows,
    opens_a_list,
    opens_field_run,
    opens_fields,
    opens_or_continues_list,
    row_under_row,
    under_a_table,
)
from .assemble_notices import after_colon
from .assemble_pictures import PHOTO_SECTIONS, is_photo_headline
from .assemble_sections import QUESTION_HEAD, numbered_section_at, reads_as_subheading
from .credits_signatures import affiliated_credit, is_post_then_name_row
from .draft import CLOSED_BY_PAGE, Draft, continues, cut_before_the_predicate, cut_inside_a_name
from .lines import Line
from .lookahead import (
    announces_story,
    bullet_at,
    could_headline_at,
    credit_at,
    cv_entry_at,
    dashed_subtitle_at,
    head_names,
    heading_at,
    marked_brief_at,
    numbered_list_at,
    prose_at,
    run_in_brief_at,
    titled_brief_at,
    winners_at,
)
from .lookahead_pictures import credited_story_paragraph_at, numbered_caption_at, titled_photo_at
from .lookahead_stacked import heads_a_stacked_subheading, tail_of_dashed_subtitle
from .model import PARAGRAPH, PHOTO, SUBHEADING, Block, Repair
from .pagemeta import meta_line_kind, record_meta_line
from .pagemeta_boxes import is_organizers_line
from .shapes_briefs import is_news_lead, is_place_name
from .shapes_furniture import (
    could_name_a_bulletin,
    is_briefs_heading,
    is_bulletin_name,
    is_classified_heading,
    is_column_name,
    is_rule,
    reads_as_classified,
    reference_piece_keeper,
)
from .shapes_headlines import (
    carries_column_tag,
    could_be_headline,
    is_heading_like,
    is_notice_title,
    is_strong_headline,
)
from .shapes_lists import (
    is_award_grade,
    is_contact_field,
    is_field_line,
    is_figure_line,
    is_list_title,
    is_listed,
    is_names_field,
    is_numbered_heading,
    is_office_label,
    is_table_header,
    is_table_note,
    is_time_slot,
    opens_at_a_clock_time,
)
from .shapes_notices import closes_a_notice, is_personnel_notice, numbers_the_document
from .shapes_sections import is_box_heading, is_plain_box_heading, is_section_number, numbers_a_clause


class HeadlineRules:
    """Handlers for the lines that may head a story (see ``assemble._Assembler.step``)."""

    def _heading(self, index: int, line: Line) -> bool:
        text = line.text
        if self._speakers_section(index, line):
            return True
        current = self._open()
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if current and current.has_body and cut_inside_a_name(text, following):
            return False  # 区科协主席王 over 明介绍，…: a paragraph's start a break cut, no sub-heading
        if current and current.has_body and cut_before_the_predicate(text, following):
            return False  # 省领导王晓晖、黄强 over 出席开幕式。: the sentence's people, no sub-heading
        if current and current.has_body and self._sentence_down_a_column(index, current):
            return True
        if current and current.has_body and is_names_field(text):
            return False  # 指导教师：黄海 林峰 in a story: a line of its list, no sub-heading
        if current and current.has_body and self._dashed_signature(index, current):
            return False  # ——四川省农业科学院研究员 刘明 under a quote: who said it, no story's headline
        if current and current.has_body and is_contact_field(text):
            return False  # 联系人：赵明 028-86×××××× in a notice: its contact, no sub-heading
        if is_field_line(text) and is_contact_field(following):
            return False  # 会议地点：… over 联系人：李婷 028-…: a notice's closing fields, no headline over a 副题
        if current and current.has_body and cv_entry_at(self.lines, index):
            return False  # 2021年 获…一等奖 among a CV's year lines: its list's line (the last headed the next story)
        if current and current.has_body and labels_a_group(text) and head_names(self.lines, index + 1):
            return False  # 主  席 (or 一等奖) over 潘复生 in a story: its list's label, no headline over a byline
        if current and current.has_body and is_award_grade(text) and open_list_rows(current):
            return False  # 二等奖 under the 一等奖 rows a 如下： opened: the list's next group, no story's 引题
        if current and current.has_body and under_a_group_label(current, text):
            return False  # 潘复生 under 主  席, 张志军 李春梅 under …名单: who holds the office or is listed, no headline
        if (
            current
            and current.has_body
            and is_list_title(text)
            and not bullet_at(self.lines, index + 1)  # (获奖名单 over ● 张三: a sidebar's heading)
            and (head_names(self.lines, index + 1) or is_office_label(following))
        ):
            current.add_subheading(text)  # …主席、副主席名单 over 主  席 and names: the story's list, no story of its own
            current.cover(line)
            return True
        if current and current.has_body and is_time_slot(text):
            return False  # 16:40—17:00 颁奖仪式 over the next headline: a timetable's row, never a headline
        if current and current.has_body and is_table_note(text) and under_a_table(current):
            return False  # 数据来源：… under a table's last row: the table's note, no sub-heading over what follows
        if current and current.has_body and is_table_header(text, following):
            return False  # 序号  专利名称  专利权人 over rows of three cells: the table's header row, no sub-heading
        if current and current.has_body and row_under_row(current, text) and not lead_or_dateline(following):
            return False  # 重庆市科技馆  重庆土壤学会  重庆市花卉盆景协会 under a row of four: the table's next row
            # (科普日活动    精彩纷呈 over 本报讯…: a spaced headline over the next story's lead)
        if (
            current
            and current.has_body
            and is_field_line(text)
            and (
                among_fields(current, following)
                or field_under_field(current, text, following)
                or opens_field_run(text, following)
            )
        ):  # 报名时间：… between 岗位要求：… and 报名方式：…, 列席：… under 出席：…: a field, no (sub-)heading
            return False
        if current and current.is_article and current.title_lines and not current.has_body and opens_fields(text, following):
            current.add_paragraph(text)  # 领衔代表：刘建平 over 附议代表：… under a 建议's title: its fields, no 副题
            current.cover(line)
            return True
        title_lines = current.title_lines if current and current.is_article and not current.has_body else None
        if title_lines and numbers_the_document(title_lines[-1], text):
            current.add_paragraph(text)  # 川科协发〔2024〕37号 under a 通知's title: the number it is filed under, no 副题
            current.cover(line)
            return True
        if not is_heading_like(text):
            if is_numbered_heading(text):
                return self._numbered_subheading(index, line)
            if text.endswith("。") and self._stopped_numbered_heading(index, line):
                return True
            if QUESTION_HEAD.match(text) and self._question_subheading(index, line):
                return True
            if not could_be_headline(text):
                return False
            if not (
                announces_story(self.lines, index + 1)
                or self._question_under_label(text)
                or self._headline_over_turns(index, text)
                or self._headline_under_label(index, text)
                or self._headline_standing_alone(index, text)
                or self._tagged_headline_over_fields(index, text)
                or self._over_a_salutation(index)
                or dashed_subtitle_at(self.lines, index + 1)  # 他们，在平凡岗位上闪光 over ——…风采: a 主题 over its 副题
            ):
                return False
        if is_photo_headline(text) and (
            (could_headline_at(self.lines, index + 1) and titled_photo_at(self.lines, index + 2))
            or (text in PHOTO_SECTIONS and self._pictures_under_section_name(index + 1))
        ):
            record_meta_line(self.meta, "banner", text)  # 图片新闻 over titled photos: the section's name
            self._close_by_page()
            return True
        if is_column_name(text) and not is_briefs_heading(text) and self._credited_caption_at(index + 1):
            record_meta_line(self.meta, "banner", text)  # 环球掠影 over 图为…。新华社发: the photo column's name
            self._close_by_page()
            return True
        current = self._open()
        if current and current.is_article and current.title_lines and self._timeline_entry(index, current):
            current.add_subheading(text)  # 1月10日 over what happened that day, in 大事记 (no 副题 of the headline)
            current.cover(line)
            return True
        if text[-1] in "：:" and current and current.is_article and current.has_body and opens_a_list(self.lines, index):
            return False  # 出席会议的还有： over 王建华 李红梅…: the story's list, not a headline over its authors
        if current and current.has_body and self._signs_notice(index):
            return False  # 重庆市科学技术协会 over 2023年12月15日: the notice's signature, its text
        if current and current.has_body and is_figure_line(text) and last_is_figure_line(current):
            return False  # 300余项 推广实用技术 under 2万人次 培训农民: the sidebar's figures go on
        if is_briefs_heading(text) and (
            titled_brief_at(self.lines, index + 1) or run_in_brief_at(self.lines, index + 1)
        ):  # 科协动态 over ■ 南充市科协开展… and its story, 科技简讯 over 我国首台…下线 近日，…: the column's
            record_meta_line(self.meta, "banner", text)  # name, ending the story above; each brief
            self._close_by_page()  # under its own headline is an item of its own
            return True
        if (bullet_at(self.lines, index + 1) or marked_brief_at(self.lines, index + 1)) and is_briefs_heading(text):
            self._new_draft(line, title=text).briefs = True  # 科协简讯 over its marked briefs: an item
            return True
        if bullet_at(self.lines, index + 1):
            last = self.result.drafts[-1] if self.result.drafts else None
            # (not a story a banner closed: 【地方科协】 over 广元市科协召开全委会 over ●… opens the next story)
            target = current or (last if last is not None and last.closed != CLOSED_BY_PAGE else None)
            if target is not None:
                target.add_sidebar_line(text, start_new=True)
                target.cover(line)
                return True
        if current and current.item.kind == PHOTO and not self.after_photo:
            if not (current.has_body or current.item.captions):
                return False  # the one caption line of a （图片） item
            self._new_draft(line, title=text)
            return True
        if (
            (current is None or (current.title_lines and not current.has_body and not current.has_credit))
            and is_organizers_line(text)
            and heading_at(self.lines, index + 1)
        ):
            record_meta_line(self.meta, "boilerplate", text)  # 主办：X Y between a 特刊's head and its headline: the
            return True  # issue's organizers, the page's furniture (no title, nor the story's bodies)
        if (
            current
            and current.title_lines
            and not current.has_body
            and not current.has_credit
            and not self.after_photo
        ):
            if is_numbered_heading(text) and self._numbered_subheading(index, line):
                return True  # （一）加强组织建设 under the headline, （二）… further on: the first section, no 副题
            if self._heads_a_lists_group(current, index, line):
                return True  # 小学组 under …获奖名单, over its table: the list's first category, no 副题
            if (
                is_award_grade(text)
                or winners_at(self.lines, index)
                or is_time_slot(text)
                or self._first_row_under_title(current, text, following)
            ):
                current.add_paragraph(text)  # 一等奖 or a winner under …获奖名单, 9:00—9:20 开幕式 under 大赛议程,
                # 学会名称    资助金额 over its rows: the list, the timetable or the table begins, no more headline
                current.cover(line)
                return True
            if current.title_lines[-1].startswith(("——", "--", "－－")):
                if tail_of_dashed_subtitle(self.lines, index, current.title_lines[-1]):
                    subtitle = current.title_lines[-1]
                    current.title_lines[-1] = subtitle + text  # …“最美科技工作者” / 风采（二）: one 副题
                    current.item.repairs.append(
                        Repair("joined_title", f"副题被折成两行：“{subtitle}”+“{text}”，下一行是副题的后半，已连成一个副题")
                    )
                    current.cover(line)
                    return True
                current.add_subheading(text)  # 刘建华：让每一粒种子… under …风采（二）'s ——副题: the stack ended at its
                current.cover(line)  # 副题, so a heading under it heads the first part of the text
                return True
            current.title_lines.append(text)
            current.cover(line)
            return True
        if (
            current
            and current.has_body
            and heading_at(self.lines, index + 1)
            and next_row_of_list(current, text)
        ):
            return False  # 四川职业技术学院科普志愿服务队 under …服务队 rows, over the next headline: the list's last row
        if current and current.has_body and head_names(self.lines, index + 1) and next_group_of_list(current, text):
            return False  # 重庆市土壤学会（1名） over 黄志刚, in a 名单如下： list: its next group, no headline over a byline
        if (
            current
            and current.has_body
            and next_cell_of_list(current, text)
            and not credit_at(self.lines, index + 1)
        ):
            return False  # 良好 under 88.2, in a table copied one cell a line: its cell, no sub-heading (but
            # 专家服务团走进綦江 over 本报讯…, under 重庆动物园: a headline over its lead, no cell)
        if self._heads_a_lists_group(current, index, line):
            return True  # 小学组 under 名单如下：, over its first row; 中学组 over its table's header
        if after_colon(current) and not (is_strong_headline(text) or is_numbered_heading(text)):
            return False  # 以下20名同志获评： / 王一 李二 张三: the list the colon opened, names or not
        if (
            current
            and current.has_body
            and open_list_rows(current)
            and not self._prose_below(index)
            and not self._byline_under(index)
        ):
            return False  # 一批开放场馆 under 一场启动仪式, in the list 三个一： opened, only credits below: its row
        if (
            current is None
            or self.after_photo
            or is_strong_headline(text)
            or current.awaits_headline  # under 编者按：…, whose piece a byline or its own signature proved
            or (is_classified_heading(text) and self._classified_text_below(index))  # 诚聘, 招租, 欢迎订阅… over
            # an ad's terms, under a story: a paid notice (招聘 over a job fair's figures is the story's section)
            or _notice_closed(current)  # 今日大雪 under 更正's …特此更正。: a notice has no sub-headings
            or current.advert_box  # an ad has no sub-headings: a line it did not take (_advert_line) heads the next item
            or announces_story(self.lines, index + 1)
            or numbered_caption_at(self.lines, index + 1)  # 科普大篷车进乡村 over 图①：…: a photo story
            or (titled_photo_at(self.lines, index + 1) and not is_listed(text))  # 美丽乡村 over 茶园一景。 刘洋 摄
            or (current.title_lines and current.item.captions and not current.has_body)  # after a titled photo
            or dashed_subtitle_at(self.lines, index + 1)  # 让科技之花开遍巴渝乡村 over ——…综述
            or (heading_at(self.lines, index + 1) and dashed_subtitle_at(self.lines, index + 2))  # its 引题
        ):
            self._new_draft(line, title=text)
            return True
        last = current.item.blocks[-1] if current.item.blocks else None
        if last is not None and last.kind == PARAGRAPH and continues(last.text, text):
            return False  # the rest of a paragraph a column break cut
        if current.has_body and self._notice_below_a_story(index, current):
            self._new_draft(line, title=text)  # …公告 under a story's last sentence, over its signed text
            return True
        if current.has_body and is_personnel_notice(text, following):
            self._new_draft(line, title=text)  # 人事任免 over 经…研究决定：, under a report: the notice, an item of its own
            return True
        if self._addressed_document(current, index, text):
            self._new_draft(line, title=text)  # …的答复 over 刘建平代表：, under the 建议's last sentence: the reply
            return True
        if not current.title_lines and current.item.dateline and current.has_body and prose_at(self.lines, index + 1):
            self._new_draft(line, title=text)  # 又讯… then 永川区科协召开… over its story: a headline-less
            return True  # brief has no sub-headings, so this heads the next story
        if self._next_news_story(current, index, text):
            draft = self._new_draft(line, title=text)
            ruled = index > 0 and is_rule(self.lines[index - 1].text)  # ———— between the two
            # 1, 2 (or 01, 02) over each headline of a digest: the number of its story, as a rule would part them
            numbered = index > 0 and _is_bare_number(self.lines[index - 1].text)
            dated = any(  # under the headline, or under its second line
                meta_line_kind(self.lines[under].text) in _DATE_LINES for under in range(index + 1, min(index + 3, len(self.lines)))
            )
            briefs = bool(self.meta.banners) and is_briefs_heading(self.meta.banners[-1])  # 科协动态 over them
            # 学会党建 | …: a post's items carry their column's tag; in a 工作简报 each item is a brief
            tagged = carries_column_tag(text)
            bulletin = any(is_bulletin_name(printed) or could_name_a_bulletin(printed) for printed in self.meta.source_lines)
            if not (ruled or numbered or dated or briefs or tagged or bulletin):
                # a sub-heading has no date line or column tag of its own, a brief no sub-heading
                draft.flag(
                    "headline_or_subheading",
                    f"“{text}”下面是一段新闻导语，按新稿件的标题拆开；如果它是上一篇的小标题，请把两篇合并",
                    text,
                )
            return True
        if self._signed_piece_after_report(current, index):
            self._new_draft(line, title=text)  # 秋季腹泻高发… over its text and （…保健院 儿科副主任医师 黄丽）
            return True
        if self._another_bodys_reference_piece(current, text):
            self._new_draft(line, title=text)  # 遂宁市科协10月大事记 under 广元市科协10月大事记's entries
            return True
        if self._next_reader_question(current, index):
            self._new_draft(line, title=text)  # 生猪养殖户如何防控非洲猪瘟 over 荣昌区读者李女士问：…
            return True
        if (
            last is not None
            and last.kind == PARAGRAPH
            and opens_or_continues_list(last.text)
            and not is_numbered_heading(text)
            and not heads_a_stacked_subheading(self.lines, index, last.text)  # (a list's last entry over 分会场设置)
            and not (is_section_number(text) and heading_at(self.lines, index + 1))  # 二 over the next section's
            and not (is_figure_line(last.text) and not is_figure_line(text) and prose_at(self.lines, index + 1))
        ):
            return False  # one of the short lines a colon introduced: 其中： / 科普讲座3600余场
        # (专家点评 over prose under 参与学生：2000余人: the figures' box ends, the heading heads what follows)
        if (
            is_section_number(text)
            and current.has_body
            and heading_at(self.lines, index + 1)
            and not numbers_a_clause(text, self.lines[index + 1].text)  # 三 over 是引进…: 三是…, a clause
        ):
            current.add_subheading(text)  # 01 over 科技特派员扎根田间: the heading joins it below
            current.cover(line)
            return True
        if last is not None and last.kind == SUBHEADING and is_section_number(last.text) and reads_as_subheading(text):
            current.item.blocks[-1] = Block(SUBHEADING, f"{last.text} {text}")  # 一 over 科学实验秀《神奇的液氮》
            current.cover(line)  # over its fields (时间：…): the section's heading, under its number
            return True
        if current.has_body and is_place_name(text) and self._heading_over_its_text(index + 1):
            current.add_subheading(text)  # 石柱县 over 中益乡“科技小院”建起来了 over 石柱县中益乡今年…:
            current.cover(line)  # a round-up's part, named by its place over its heading (a dated lead
            return True  # under the two would have opened the next story, the place its 引题)
        if (
            (current.has_body or current.has_credit)
            and (
                prose_at(self.lines, index + 1)
                or numbered_section_at(self.lines, index)  # （一）… over 1.…
                or (not is_listed(text) and numbered_list_at(self.lines, index + 1) is not None)  # 新展品抢先看 over 1.… 2.…
                or credited_story_paragraph_at(self.lines, index + 1)  # over 当天，…。（永川区科协供图）
                # 分会场设置 over 智能制造与数字化分会场 over its text: a section's head over its first sub-heading
                or heads_a_stacked_subheading(self.lines, index, last.text if last is not None else None)
                # 活动日程安排 over 9:00—9:30  开幕式: a programme's heading (a row over the next row is none, nor is
                # 分论坛二：… 地点：…, its row)
                or (is_time_slot(following) and not opens_at_a_clock_time(text) and not is_field_line(text))
            )
            and reads_as_subheading(text)
        ):
            if last is not None and last.kind == SUBHEADING and is_section_number(last.text):
                current.item.blocks[-1] = Block(SUBHEADING, f"{last.text} {text}")
            else:
                current.add_subheading(text)
            current.cover(line)
            return True
        return False

    @staticmethod
    def _another_bodys_reference_piece(current: Draft, text: str) -> bool:
        """遂宁市科协10月大事记 under the entries of 广元市科协10月大事记: another body's chronicle (yearbook,
        work plan, bulletin) printed on the same page is a piece of its own, not a section of the first."""
        keeper = reference_piece_keeper(text)
        open_keepers = {reference_piece_keeper(title) for title in current.title_lines} - {None}
        return keeper is not None and bool(open_keepers) and keeper not in open_keepers

    def _dashed_signature(self, index: int, current: Draft) -> bool:
        """——四川省农业科学院研究员 刘明 under a quote or in a box (【专家观点】): who said it, signed in the
        story's body; a dash line after a story's plain text (——科技助力乡村振兴一线见闻, ——记…教授刘明) is
        the next story's kicker or subtitle."""
        if not _names_a_signer(self.lines[index].text):
            return False
        if index and self.lines[index - 1].text.endswith(_QUOTE_ENDS):
            return True
        headings = [block.text for block in current.item.blocks if block.kind == SUBHEADING]
        return bool(headings) and (is_box_heading(headings[-1]) or is_plain_box_heading(headings[-1]))

    def _classified_text_below(self, index: int) -> bool:
        """The lines under the heading at ``index``, up to the next heading, read as a classified's (its terms, its
        contact), or none follow."""
        for at in range(index + 1, min(index + 6, len(self.lines))):
            text = self.lines[at].text
            if at > index + 1 and heading_at(self.lines, at):
                return False
            if reads_as_classified(text):
                return True
        return index + 1 >= len(self.lines)

    def _speakers_section(self, index: int, line: Line) -> bool:
        """把科普阵地建到田间地头 over 黔江区科协党组书记 王建国 under a 发言摘登's headline: one speaker's part of
        the digest, its heading and who spoke both the digest's sub-headings (no story under its byline, no 副题:
        the reporter who put the speeches together signs the whole)."""
        current = self._open()
        if current is None or not current.is_article or not _is_speech_digest(current.title_lines):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if not is_heading_like(line.text) or not is_post_then_name_row(following):
            return False
        if index + 2 < len(self.lines) and _opens_a_piece(self.lines[index + 2].text):
            return False  # 市科协党组书记 张华 over 同志们，…: a whole speech, the next piece (the digest has ended)
        for at in (index, index + 1):
            current.add_subheading(self.lines[at].text)
            current.cover(self.lines[at])
        self.taken_through = index + 1
        return True

    def _heading_over_its_text(self, index: int) -> bool:
        """A sub-heading at ``index`` over undated prose: 中益乡“科技小院”建起来了 over 石柱县中益乡今年…。"""
        if not (heading_at(self.lines, index) and prose_at(self.lines, index + 1)):
            return False
        return not is_news_lead(self.lines[index + 1].text)


_DASHES = ("——", "--", "－－")
_QUOTE_ENDS = ("”", "”。", "\"", "」")


def _names_a_signer(text: str) -> bool:
    """——四川省农业科学院研究员 刘明: a line the dash opens (and does not close: —— 一线见闻 —— is a
    decorated sub-heading) naming a person after a unit and post."""
    if not text.startswith(_DASHES) or text.endswith(_DASHES):
        return False
    signer = text.lstrip("—-－ ")
    return is_post_then_name_row(signer) or affiliated_credit(signer) is not None


# ——…座谈会发言摘登, 代表委员发言摘编: the speeches of a meeting, put together under one headline
_SPEECH_DIGEST = re.compile(r"(?:摘登|摘编|选登)$")


# 同志们，…, 各位领导、各位来宾：…, 尊敬的…: how a speech given whole opens (a digest prints only excerpts)
_SPEECH_OPENING = re.compile(r"^(?:同志们|各位(?:领导|来宾|嘉宾|代表|委员|专家)|尊敬的|女士们|朋友们)")


def _opens_a_piece(text: str) -> bool:
    """同志们，今天…, 本报讯 6月5日，…: the first line of a speech or a news story, no speaker's excerpt of a
    digest (its heading and signature head a piece of their own)."""
    return bool(_SPEECH_OPENING.match(text)) or lead_or_dateline(text)


def _is_speech_digest(title_lines: list[str]) -> bool:
    """A headline stack whose last line names a digest of speeches (——…发言摘登)."""
    return bool(title_lines) and bool(_SPEECH_DIGEST.search(title_lines[-1]))


_DATE_LINES = ("site_date", "web_info")  # 2024-05-19, 发布时间：… 来源：…: a web story's own date line


def _notice_closed(draft: Draft) -> bool:
    """A notice titled by its kind (更正, 遗失声明, 讣告, 征稿启事) whose text so far ends with its closing
    formula (特此更正。, 声明作废。): it is complete, so a heading under it heads the next piece."""
    last = draft.item.blocks[-1] if draft.item.blocks else None
    return (
        last is not None
        and last.kind == PARAGRAPH
        and bool(draft.title_lines)
        and is_notice_title(draft.title_lines[-1])
        and closes_a_notice(last.text)
    )


def _is_bare_number(text: str) -> bool:
    """1, 2, 01: a digest's story number on its own line (a sub-heading's number joins its heading)."""
    return text.strip().isdigit() and len(text.strip()) <= 2

