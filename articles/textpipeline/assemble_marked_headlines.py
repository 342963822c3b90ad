"""The assembler's rules for lines a mark of their own tells apart, before the general headline tests
(``assemble_headlines.py``) see them: a headline behind a label (●快讯● 永川区科协举办…), a place tag
(▲甘孜州 丹巴县章谷镇科协开展…, 【眉山】…) or brackets (【永川区科协举办青少年科技创新大赛】); an editor's
note (编者按：…) over a headline; a headline's English line (its 副题 under it; over it, after a story, the
next story's first headline line); a health tip's question (问：…？) as its only headline.

The mark is taken out of a headline: a label is recorded as a banner, a place becomes the brief's 引题,
brackets are recorded as a repair. A place-tagged line inside a story its reporter signed is left to
the sub-heading rules, and a column's name alone over place-tagged briefs becomes their banner.

``MarkedHeadlineRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``meta``,
``current``, ``result``) and helpers (``_open``, ``_new_draft``, ``_close_by_page``), and the other
mixins' tests (``_column_head``, ``_digest_title_as_banner``, ``_next_news_story``).
"""

from __future__ import annotations

import re

from .credits_signatures import affiliated_credit
from .draft import CLOSED_BY_ATTRIBUTION, Draft
from .lines import Line
from .lookahead import after_meta, announces_story, credit_at, heading_at, prose_at, signed_piece_at, story_at
from .model import PARAGRAPH, Repair
from .pagemeta import meta_line_kind, record_meta_line
from .shapes import attribution_of, is_prose
from .shapes_briefs import is_news_lead, place_labelled_headline
from .shapes_credits import split_trailing_attribution
from .shapes_furniture import is_bodies_column, is_briefs_heading
from .shapes_headlines import (
    bracketed_headline,
    could_be_headline,
    is_heading_like,
    is_latin_headline,
    labelled_headline,
)
from .shapes_sections import is_bare_note_label, opens_a_piece
from .shapes_turns import (
    is_qa_column_label,
    is_speaker_role,
    named_speaker,
    opens_a_numbered_turn,
    opens_a_turn,
    says_it_is_a_transcript,
)
from .surnames import has_surname


class MarkedHeadlineRules:
    """Handlers for the lines a mark tells apart around a headline (see ``assemble._Assembler.step``)."""

    def _labelled_headline(self, index: int, line: Line) -> bool:
        """●快讯● 永川区科协举办… over its story: the label is a banner, the rest the headline.
        (It was a sidebar line of the story above, which then took this one's text.) A place behind a
        mark (▲甘孜州 丹巴县章谷镇科协开展…) is the brief's own label, its 引题 (it was the title)."""
        parts = labelled_headline(line.text)
        placed = None if parts else place_labelled_headline(line.text)
        if (parts or placed) is None or not (
            announces_story(self.lines, index + 1)
            or story_at(self.lines, index + 1)
            or (placed and story_at(self.lines, after_meta(self.lines, index + 1)))  # (its date line between)
        ):
            return False
        if placed and self._section_of_a_round_up(index):
            return False  # 【眉山】专家服务团走进田间地头 over undated prose in a reported story: its sub-heading
        if placed:  # ▲甘孜州 丹巴县章谷镇科协开展…: the place is the brief's 引题, the mark taken out
            mark, place, headline = placed
            self._column_over_placed_briefs()
            self._close_by_page()
            draft = self._new_draft(line, title=headline)
            draft.place_label = place
            draft.item.repairs.append(Repair("place_tag", f"标题前的地名标签“{place}”已移作引题，“{mark}”已去掉", mark))
            return True
        record_meta_line(self.meta, "banner", parts[0])
        self._close_by_page()
        self._new_draft(line, title=parts[1])
        return True

    def _section_of_a_round_up(self, index: int) -> bool:
        """A place-tagged line inside a story its reporter signed, over prose that is no brief's (no date
        leads it, no attribution closes it): a section of the round-up, not a brief of its own."""
        current = self._open()
        if not (current and current.is_article and current.has_body and (current.item.bylines or current.item.dateline)):
            return False
        following = after_meta(self.lines, index + 1)
        if following >= len(self.lines) or announces_story(self.lines, following):
            return False
        text = self.lines[following].text
        return not (is_news_lead(text) or split_trailing_attribution(text))

    def _column_over_placed_briefs(self) -> None:
        """市州科协 (or 科协动态) alone over 【眉山】“田间学校”开到丹棱桔园: the column's name, a banner over
        its place-tagged briefs (it was an item without a story, or the first brief's 引题)."""
        current = self._open()
        if not (current and current.is_article and current is self.result.drafts[-1] and current.title_lines):
            return
        if current.has_body or current.has_credit or current.item.captions:
            return
        if not all(is_bodies_column(title) or is_briefs_heading(title) for title in current.title_lines):
            return
        for title in current.title_lines:
            record_meta_line(self.meta, "banner", title)
        self.result.drafts.pop()
        self.current = None

    def _bracketed_headline(self, index: int, line: Line) -> bool:
        """【永川区科协举办青少年科技创新大赛】 over its lead or story: the story's headline, not a banner
        (the story was flagged as having none); the brackets are recorded as taken out."""
        headline = bracketed_headline(line.text)
        if headline is None or not (announces_story(self.lines, index + 1) or story_at(self.lines, index + 1)):
            return False
        self._digest_title_as_banner()
        self._close_by_page()
        draft = self._new_draft(line, title=headline)
        draft.item.repairs.append(Repair("headline_brackets", f"标题“{headline}”外的括号【】已去掉", "【】"))
        return True

    def _note_over_headline(self, index: int, line: Line) -> bool:
        """编者按：… after a finished story (or first on the page) and over a headline: it opens the
        piece below, which takes that headline; it is not the last paragraph of the story above."""
        current = self._open()
        if not opens_a_piece(line.text):
            return False
        if current is not None and not current.has_body:
            if current.is_article and current.title_lines and is_bare_note_label(line.text) and prose_at(self.lines, index + 1):
                current.add_subheading(line.text)  # 【编者按】 right under its headline, over its text: the
                current.cover(line)  # story's first sub-heading, no 副题 of the headline
                return True
            return False  # 编者按：… right under its headline: the story's first paragraph, as printed
        label = is_bare_note_label(line.text) and prose_at(self.lines, index + 1)  # 编者按 over its text
        following = after_meta(self.lines, index + (2 if label else 1))
        if following < len(self.lines) and self._column_head(following, self.lines[following].text):
            following += 1
        headline = self.lines[following].text if following < len(self.lines) else ""
        if not (is_heading_like(headline) or could_be_headline(headline)):
            return False
        if not (
            announces_story(self.lines, following + 1)
            or (heading_at(self.lines, following + 1) and announces_story(self.lines, following + 2))
            or (is_heading_like(headline) and signed_piece_at(self.lines, following + 1))  # a commentary signed
            or (heading_at(self.lines, following + 1) and signed_piece_at(self.lines, following + 2))  # at its end,
            # （本报评论员 张 扬）, under its headline or its column's name and its headline; first on a post
            # (its account's name and date line above), a headline over the story's text
            or (not self.result.drafts and self.meta.site is not None and story_at(self.lines, following + 1))
            or self._note_over_next_news_story(current, following, headline)
        ):
            return False  # (百年科协人 / 扎根山区… / ——记… over 本报记者 X: a headline of three lines)
        draft = self._new_draft(line, title=None)
        if label:
            draft.open_notes(line.text)  # the note's text comes next, before the headline
        else:
            draft.add_paragraph(line.text)
            draft.leading_notes = len(draft.item.blocks)
        return True

    def _note_over_next_news_story(self, current: Draft | None, index: int, headline: str) -> bool:
        """【编者按】 between two unsigned stories of a post, over a headline that the story above would end at
        without it (a headline over a news lead): the note is the next story's, not the last words of this one."""
        return current is not None and self._next_news_story(current, index, headline)

    def _latin_subtitle(self, index: int, line: Line) -> bool:
        """New Progress in Flexible Electronics… under a Chinese headline, over its byline or story: the
        headline's English line, its 副题 (it was the story's first paragraph, and the lead under it
        opened a story without a headline)."""
        current = self._open()
        if not (current and current.is_article and current.title_lines) or current.has_body or current.has_credit:
            return False
        text = line.text
        if not is_latin_headline(text):
            return False
        if not (credit_at(self.lines, index + 1) or story_at(self.lines, index + 1)):
            return False
        current.title_lines.append(text)
        current.cover(line)
        return True

    def _latin_over_headline(self, index: int, line: Line) -> bool:
        """EU-China Young Scientists Forum Held in Chengdu over 中欧青年科学家论坛在成都举行 over its lead,
        under a story: the next story's headline in English over its Chinese one, which opens that story
        (it was read as a paragraph cut by a column break, and the next story glued into this one)."""
        current = self._open()
        if not (current and current.is_article and current.has_body) or not is_latin_headline(line.text):
            return False
        chinese = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if not (_HAN.search(chinese) and heading_at(self.lines, index + 1)):
            return False
        if not (announces_story(self.lines, index + 2) or self._next_news_story(current, index + 1, chinese)):
            return False
        self._new_draft(line, title=line.text)
        return True

    def _speaker_label(self, index: int, line: Line) -> bool:
        """主持人 (or 谢宏伟, whom a transcript's lead introduced) alone over what they say, inside a story: a
        speaker's label, joined to their words as one turn (主持人：谢老师，…？). It is no headline, kicker or
        byline: it is followed, not preceded, by its text (each turn had become a story, the guest its author).
        A name so printed is a speaker's only in a story that says it is a transcript (以下为访谈实录) and has
        turns already; never over a turn that names its own speaker, a headline over its byline or lead, or
        prose opening with that name (a profile's section under its person's name)."""
        current = self._open()
        text = line.text
        if current is None or not current.is_article or not current.has_body or len(text) > 4:
            return False
        transcript = _is_transcript(current)
        role = is_speaker_role(text)
        if not role and not (transcript and _named_in(current, text) and _has_turns(current)):
            return False  # (a name over a feature's sections, where nobody speaks yet, heads a section)
        speech_at = index + 1
        if speech_at >= len(self.lines) or credit_at(self.lines, speech_at):
            return False
        speech = self.lines[speech_at]
        if not (prose_at(self.lines, speech_at) or (transcript and _short_speech(speech.text))):
            return False  # (in a transcript a turn may be short and unstopped: 农民自己会操作吗, 谢谢大家)
        if _opens_a_labelled_turn(speech.text) or credit_at(self.lines, speech_at + 1):
            return False  # its own speaker's turn (the name a photo's caption), or a headline over its byline or lead
        if not role and speech.text.startswith(text):
            return False  # 李红梅 over 李红梅是…: prose told of the person, the head of their section
        current.add_paragraph(f"{text}：{speech.text}")
        current.item.repairs.append(
            Repair("speaker_label", f"说话人“{text}”单独成行，已接到其所说的话前：“{text}：{speech.text[:8]}…”", added="：")
        )
        current.cover(line)
        current.cover(speech)
        self.taken_through = speech_at
        return True

    def _question_as_headline(self, index: int, line: Line) -> bool:
        """问：天热了，老人如何预防中暑？ over 答：… where no story is open: a health tip's question is its
        only headline (under a headline, or inside an interview, it is a turn of the text). Under a Q&A
        column's label (健康问答) each answering doctor's attribution closes a pair, not the column: the next
        question goes on in it."""
        text = line.text
        if self._open() is not None or text[:1] not in "问Q" or text[-1] not in "？?" or not opens_a_turn(text):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if following[:1] not in "答A" or not opens_a_turn(following):
            return False
        current = self.current
        if (
            current is not None
            and current.closed == CLOSED_BY_ATTRIBUTION
            and current.title_lines
            and is_qa_column_label(current.title_lines[-1])
        ):
            current.closed = None  # the column's next pair
            self._paragraph(line)
            return True
        self._new_draft(line, title=text)
        return True

    def _qa_column_after_story(self, index: int, line: Line) -> bool:
        """科普问答 (问答·营养) over 问：… under a story: a Q&A column of its own, titled by its label, with its
        own 供稿 or doctor's attribution (it was the story's sub-heading, and the column's turns its text)."""
        current = self.current
        if current is None or not current.has_body or not is_qa_column_label(line.text):
            return False
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if not opens_a_numbered_turn(following) or self._story_goes_on_after_turns(index + 1):
            return False
        self._new_draft(line, title=line.text)
        return True

    def _story_goes_on_after_turns(self, index: int) -> bool:
        """现场问答 over 问：…, 答：… then 此次活动共服务居民200余人次。 and （渝北区科协）: the story's prose goes
        on after the turns up to its attribution, the label a sub-heading of the story. A column's own
        供稿 or doctor (（…医院 何 芳）) closing the prose keeps it a column, the prose its answer's."""
        after_turns = False  # a paragraph that is no turn follows the last turn
        for following in self.lines[index:]:
            text, aside = following.text, attribution_of(following.text)
            if aside is not None:
                text = ""
            elif trailing := split_trailing_attribution(following.text):
                text, aside = trailing[0], trailing[1].strip("（）() ")
            if opens_a_numbered_turn(text):
                after_turns = False
            elif is_prose(text):
                after_turns = True
            elif text:
                return False  # a headline, a byline: the column ends unsigned
            if aside is not None:
                return after_turns and "供稿" not in aside and affiliated_credit(aside) is None
        return False


_HAN = re.compile("[\u4e00-\u9fff]")


def _is_transcript(story: Draft) -> bool:
    """A story its lead calls a transcript (以下为访谈实录), or whose turns were labelled already."""
    return any(repair.code == "speaker_label" for repair in story.item.repairs) or any(
        says_it_is_a_transcript(block.text) for block in story.item.blocks
    )


def _named_in(story: Draft, text: str) -> bool:
    """谢宏伟 alone: a person's name the story has given already (the guest its lead introduced)."""
    return 2 <= len(text) <= 4 and has_surname(text) and any(text in block.text for block in story.item.blocks)


def _has_turns(story: Draft) -> bool:
    """Whether the story has a turn already (主持人：…, 谢宏伟：…, or a label joined to one): a transcript
    under way, not a feature whose lead calls it a 实录 over sections about each person."""
    return any(repair.code == "speaker_label" for repair in story.item.repairs) or any(
        block.kind == PARAGRAPH and _opens_a_labelled_turn(block.text) for block in story.item.blocks
    )


def _opens_a_labelled_turn(text: str) -> bool:
    """主持人：…, 问：…, 谢宏伟：…: a turn printed with its speaker."""
    if opens_a_turn(text):
        return True
    name = named_speaker(text)
    return name is not None and has_surname(name)


def _short_speech(text: str) -> bool:
    """农民自己会操作吗, 好的，谢谢谢老师: a turn's words, not another speaker's label nor a bracketed attribution."""
    return not is_speaker_role(text) and attribution_of(text) is None and meta_line_kind(text) is None
