"""The shapes of headlines: a line short and unpunctuated enough to be one, a punctuated line that may
be one (人工智能能否替代医生？), a headline's length as it is set and its end the layout cut off, the titles
that announce themselves by their kind (（附图片１张）, 倡议书, 关于…的通知, 更正, 致读者, a notice's
title), and a headline printed with its label (●快讯●, 【工作动态】, a digest's brackets).

Whether such a line opens a story depends on the lines after it, which ``assemble_headlines`` asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .shapes import ATTRIBUTION, BULLET, CLOSERS, INNER_STOPS, LIST_ITEM, ends_sentence, visible_length
from .shapes_furniture import is_column_name, is_parallel_slogan
from .shapes_lists import is_numbered_heading, is_table_row, opens_a_paper_field, spaced_cells
from .shapes_sections import is_editors_note
from .shapes_turns import is_closing_formula, opens_a_turn, quotes_a_voice

_STRONG_HEADLINE = re.compile(
    r"[（(](?:附图片[0-9０-９一二三四五六七八九十]+张|图片|书法|篆刻|中国画|国画|油画|版画|水墨画|漫画|剪纸|摄影|"
    r"外[一二三四五]首|[二三四五六七八九十]首|组诗|连载[^（）()]{0,4}|[上中下]|之[一二三四五六七八九十])[）)]$"
)
_LETTER_TITLE = re.compile(
    r"(?:一封信|公开信|倡议书|慰问信|感谢信|贺信|征稿启事|征文启事|招聘启事|招生启事)$"
    r"|^关于[^。！？]{2,40}的(?:通知|决定|意见|公告|公示|通报|通告|批复|实施方案|办法|函)$"  # an official document's title
    r"|^[^。！？，]{2,40}(?:代表大会|全委会|全体会议|常委会)(?:决议|公报)$"  # a meeting's resolution or communiqué
    r"|^在[^。！？]{2,40}(?:上|时)的[\u4e00-\u9fff]{0,4}?(?:讲话|致辞|报告|发言|主旨演讲)$"  # a speech's title (总结讲话)
)
_GENRE_HEADLINES = frozenset(
    (
        "图片新闻",
        "致读者",
        "读者来信",
        "社论",
        "短评",
        "编后",
        "编后语",
        "快讯",
        "简讯",
        "书讯",
        "更正",
        "更正启事",
        "更正说明",
        "更正与致歉",
        # a notice's kind (a paper prints them between its stories): each a piece of its own
        "声明",
        "郑重声明",
        "严正声明",
        "遗失声明",
        "作废声明",
        "致歉声明",
        "启事",
        "遗失启事",
        # a death notice and a reader's questions answered: each a piece of its own under its kind's name
        "讣告",
        "讣闻",
        "答读者问",
        "读者问答",
        "有问必答",
        "政策问答",
    )
)


def tail_of_a_cut_word(head: str, tail: str, text: str, longest: int = 4) -> bool:
    """…助力晚 over 秋生产 over a story printing 晚秋: a short line (``longest`` characters at most) whose
    first character completes the headline's last word, the word whole in the story's text (the name 秋生产
    nowhere in it): the headline's end the layout cut off, no author's name."""
    head, tail, text = head.strip(), tail.strip(), "".join(text.split())
    if not head or not 2 <= len(tail) <= longest or " " in tail or "\u3000" in tail:
        return False
    return head[-1] + tail[0] in text and tail not in text


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .&'-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _headline_length(text: str) -> int:
    """A headline's length in Chinese characters: Latin letters and digits among Chinese ones take half
    a character's width each (2023 International Conference on Smart Agriculture在渝举行 is set in
    about 30). A line with no Chinese character is measured by its characters: an English sentence."""
    length = visible_length(text)
    if not text.isascii() and _HAN.search(text):
        latin = sum(len("".join(run.split())) for run in _LATIN_RUN.findall(text))
        length -= latin // 2
    return length


# A headline's line in English: Latin words only (three or more), no Chinese
_LATIN_HEADLINE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9'’&,:;\-–—()/ ]*(?: [A-Za-z0-9'’&,:;\-–—()/]+){2,}$")


def is_latin_headline(text: str) -> bool:
    """EU-China Young Scientists Forum Held in Chengdu: a headline's English line (Latin words only, no
    sentence's full stop)."""
    return bool(_LATIN_HEADLINE.match(text)) and len(text) <= 160 and not text.endswith(".")


_LONGEST_HEADLINE = 45  # characters
_STACK_ON_ONE_LINE = 60  # characters: 引题   主题   副题 on one line


# How the name of a body or a place a headline opens with ends: 北碚区科协, 綦江区, 重庆市医学会
SUBJECT_TAIL = r"(?:科协|学会|协会|研究会|区|县|市|州|镇|乡|村)"


# 主席：, 副主席（以姓氏笔画为序）：, 常务委员会委员：: the post a list of the people elected to it follows
_POST_OVER_NAMES = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:主席|书记|秘书长|委员|常委|会长|理事长|理事|监事长|监事|主任|院长|部长)"
    r"(?:[（(][^（）()]{1,12}[）)])?[：:]$"
)


@lru_cache(maxsize=1024)  # a line is tested again when the lines before it look ahead
def is_heading_like(text: str) -> bool:
    """Short, no sentence punctuation inside or at the end: a headline, sub-heading or verse line. A
    headline's stack printed on one line, its 引题, 主题 and 副题 set apart by wide gaps, may run longer."""
    length = _headline_length(text)
    longest = _STACK_ON_ONE_LINE if 2 <= spaced_cells(text) <= 3 else _LONGEST_HEADLINE
    if not 1 <= length <= longest or INNER_STOPS.search(text) or ends_sentence(text) or is_table_row(text):
        return False
    if text[-1] in "：:、" or BULLET.match(text) or LIST_ITEM.match(text):
        return False
    if opens_a_paper_field(text):
        return False  # 中图分类号：S436.66 文献标识码：A: a paper's catalogue field, no sub-heading
    if opens_a_turn(text) and not quotes_a_voice(text):
        return False  # 问：您为什么选择柑橘病害研究: an interview's question, though printed without ？
    if text.startswith("据") and not text.startswith(("据点", "据守")):
        return False  # 据市科协相关负责: an "according to" clause a break cut off its sentence heads nothing
    return not ATTRIBUTION.match(text)


def could_be_headline(text: str) -> bool:
    """A short line a headline may be although it is punctuated: 人工智能能否替代医生？, “双碳”目标下，X还能火多久？,
    江津区科协：

    Only trusted when a byline, a dateline lead or a 副题 follows (see assemble).
    """
    if is_heading_like(text):
        return True
    if is_table_row(text) or not 2 <= visible_length(text) <= 30 or "。" in text or text[-1] in "，,；;、":
        return False
    if is_closing_formula(text):
        return False  # 谢谢大家！ closes a speech; it heads nothing
    if opens_a_turn(text):
        return False  # 问：为什么要出台《若干措施》？ over 答：…: an explainer's first question, its text
    if _POST_OVER_NAMES.match(re.sub(r"[ \u3000]+", "", text)):
        return False  # 主席： over 王　平: a post and the list of names elected to it, no 引题 and its byline
    if text[-1] in "：:" and (visible_length(text) > 16 or INNER_STOPS.search(text[:-1])):
        return False  # 江津区科协： over 科技助农 春耕忙: a 引题 that names who; longer, it opens a list
    if len(INNER_STOPS.findall(text)) > 1 or ATTRIBUTION.match(text) or text.rstrip(CLOSERS)[-1:] == "…":
        return False
    return not (BULLET.match(text) or LIST_ITEM.match(text))


def is_strong_headline(text: str) -> bool:
    """Headline markers that cannot be body text: （附图片１张）, （图片）, （篆刻）, 致读者, and a letter's or
    an official document's title (致全市广大科技工作者的一封信, 倡议书, 关于开展…活动的通知), which heads
    a piece of its own wherever it stands."""
    if len(text) <= 8 and (" " in text or "\u3000" in text):
        text = re.sub(r"[ \u3000]+", "", text)  # 书　讯: a genre's name spread to the column's width
    return bool(_STRONG_HEADLINE.search(text) or _LETTER_TITLE.search(text)) or text in _GENRE_HEADLINES


# 征稿启事, 通知: a notice is titled by its kind (as 更正 and 简讯 are); the line under it is its text cut by the column
NOTICE_KINDS = ("启事", "通知", "公告", "通告", "公示", "声明")


def is_notice_title(text: str) -> bool:
    """郑重声明, 征稿启事, 关于…的通知, 更正, 致读者: the title of a notice, which its issuer may sign."""
    return text.endswith(NOTICE_KINDS) or bool(_LETTER_TITLE.search(text)) or text in _GENRE_HEADLINES


# 黄文彬同志生平, 生平简介, 悼词: a memorial's title, the piece its mourners (a 协会, a 治丧委员会) sign at its end
_MEMORIAL_TITLE = ("生平", "生平简介", "悼词", "祭文")


def is_signed_title(text: str) -> bool:
    """The title of a piece its issuer signs at its end: a notice's (see ``is_notice_title``) or a memorial's
    (黄文彬同志生平); a short title letter-spaced as printed (讣  告) too."""
    compact = "".join(text.split())
    return is_notice_title(compact) or compact.endswith(_MEMORIAL_TITLE)


# 更正, 致歉声明, 遗失声明, 郑重声明, 致读者: a notice on the paper's own or a party's business, which corrects or
# announces and reports nothing (its words are another story's: 《梁平柚子种植技术》一文)
_HOUSE_NOTICE = re.compile(r"^(?:更正|致歉|致读者)|声明$")


def is_house_notice(title: str) -> bool:
    """更正启事, 致歉声明, 遗失声明, 致读者: a notice about no theme of the news."""
    return bool(_HOUSE_NOTICE.search(title.strip()))


def is_genre_headline(text: str) -> bool:
    """更正, 简讯, 致读者: a piece titled by its kind alone."""
    return text in _GENRE_HEADLINES


# ●快讯● 永川区科协举办…: a label between marks printed in front of a headline. (A web page's
# 【科协动态】万州区… keeps its bracketed label in the title, as the site shows it.)
_LABELLED_HEADLINE = re.compile(
    r"^([●■◆★▲◎]\s*[\u4e00-\u9fff]{2,4}\s*[●■◆★▲◀◎]|【[\u4e00-\u9fff]{2,6}】)\s*(\S.*)$"  # 【工作动态】市科协召开…
)


def labelled_headline(text: str) -> tuple[str, str] | None:
    """(label, headline) of ●快讯● 永川区科协举办青少年科技创新大赛 or 【工作动态】市科协召开上半年工作推进会,
    else None. Only a headline where its story follows (see assemble)."""
    match = _LABELLED_HEADLINE.match(text)
    if not match or is_editors_note(text) or not is_heading_like(match.group(2)):
        return None
    if match.group(1)[0] == "【" and not is_column_name(match.group(1)[1:-1]):
        return None  # 【德阳】德阳市科协召开…: a place's tag the headline is printed with, not a column
    return match.group(1), match.group(2)


# 学会党建 | 市机械工程学会召开…: a post's column name barred off the headline it tags
_BARRED_TAG = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[|｜丨]\s*\S")


def carries_column_tag(text: str) -> bool:
    """学会党建 | 市机械工程学会召开…, 【工作动态】市科协召开…: a headline tagged with its column's name, as
    each item of a post or a column is (a story's sub-heading never is)."""
    return bool(_BARRED_TAG.match(text)) or labelled_headline(text) is not None


_BRACKETED = re.compile(r"^【([^【】]{10,40})】$")


def bracketed_headline(text: str) -> str | None:
    """【永川区科协举办青少年科技创新大赛】: a news headline a digest prints in brackets (ten characters
    or more, a headline's shape, no parallel slogan), else None; 【地方科协】 is a section's banner."""
    match = _BRACKETED.match(text)
    if match is None:
        return None
    content = match.group(1).strip()
    if is_parallel_slogan(content) or is_column_name(content) or not (is_heading_like(content) or could_be_headline(content)):
        return None
    return content


def reads_as_news_headline(text: str) -> bool:
    """北碚区举办青少年机器人竞赛: long enough to say who did what (a sub-heading is a short phrase)."""
    return 8 <= visible_length(text) <= 32 and not is_numbered_heading(text)
