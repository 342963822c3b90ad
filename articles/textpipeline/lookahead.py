"""What the lines after a position say: the look-ahead the assembler needs.

``shapes`` judges one line on its own; deciding what a line *is* often needs
the lines after it (a punctuated line is a headline only when a byline or a
dateline lead follows; names under a headline are its authors when prose
follows). These read-only queries over the page's lines live apart from the
state machine in ``assemble.py``, which keeps only the grouping of lines into
drafts. The look-ahead over photos and their captions is ``lookahead_pictures``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import credits_bylines, credits_datelines, credits_names, credits_photos, credits_signatures, shapes
from .lines import Line
from .pagemeta import meta_line_kind
from .pagemeta_boxes import is_weather_heading, is_weather_issuer, is_weather_row
from .pagemeta_navigation import LETTERED_PAGE
from .shapes import is_prose
from .shapes_briefs import is_marked_brief, is_news_lead, is_no_persons_name, run_in_brief
from .shapes_credits import split_trailing_attribution
from .shapes_furniture import is_dated_link, is_marked_banner
from .shapes_headlines import could_be_headline, is_heading_like, is_strong_headline
from .shapes_lists import (
    CIRCLED_DIGITS,
    is_award_label,
    is_field_line,
    is_office_label,
    is_time_mark,
    is_year_entry,
    list_number,
    numbered_authors,
)
from .shapes_sections import is_afterword, is_bare_note_label, is_editors_note


def _text_at(lines: Sequence[Line], index: int) -> str | None:
    return lines[index].text if 0 <= index < len(lines) else None


def prose_at(lines: Sequence[Line], index: int) -> bool:
    text = _text_at(lines, index)
    return text is not None and is_prose(text) and credits_photos.parse_photo_credit(text) is None


def numbered_list_at(lines: Sequence[Line], index: int) -> str | None:
    """1.智能网联汽车… over 2.汽车轻量化材料 at ``index``: the first two items of a numbered list; its
    numbering style (1., （一）, 一、, ①), None when no list starts there."""
    first, second = _text_at(lines, index), _text_at(lines, index + 1)
    if first is None or second is None:
        return None
    if first[:1] == CIRCLED_DIGITS[0] and second[:1] == CIRCLED_DIGITS[1]:
        return "①"
    number = list_number(first)
    if number is None or number[1] != 1 or list_number(second) != (number[0], 2):
        return None
    return number[0]


def heading_at(lines: Sequence[Line], index: int) -> bool:
    text = _text_at(lines, index)
    return text is not None and is_heading_like(text)


def could_headline_at(lines: Sequence[Line], index: int) -> bool:
    text = _text_at(lines, index)
    return text is not None and could_be_headline(text)


def credit_at(lines: Sequence[Line], index: int) -> bool:
    """A byline or a dateline lead at ``index``."""
    text = _text_at(lines, index)
    return text is not None and bool(
        credits_bylines.parse_byline_line(text) or credits_datelines.parse_lead(text)
    )


def marked_brief_at(lines: Sequence[Line], index: int) -> bool:
    """△…。（据新华社电） at ``index``: a brief of a column of briefs."""
    text = _text_at(lines, index)
    return text is not None and is_marked_brief(text)


def dashed_subtitle_at(lines: Sequence[Line], index: int) -> bool:
    """——我市基层科普工作综述 at ``index``: a headline's 副题 (a sub-heading has none)."""
    text = _text_at(lines, index)
    return (
        text is not None
        and text.startswith(("——", "--", "－－"))
        and 4 <= shapes.visible_length(text) <= 40
        and not shapes.ends_sentence(text)
    )


def timeline_at(lines: Sequence[Line], index: int, *, after_one: bool = False) -> bool:
    """3月5日 (or 09:30) at ``index`` over prose, after such a date (``after_one``) or with another
    further on: an entry of a timeline (大事记, a live report), whose dates head its parts."""
    text = _text_at(lines, index)
    if text is None or not is_time_mark(text) or not prose_at(lines, index + 1):
        return False
    return after_one or any(is_time_mark(other.text) for other in lines[index + 2 : index + 40])


def dated_links_at(lines: Sequence[Line], index: int) -> bool:
    """A line of a list of posts with their dates at ``index`` (one such line beside another): 通知公告 or
    工作动态 copied as a page, links to read elsewhere."""
    text = _text_at(lines, index)
    if text is None or not is_dated_link(text):
        return False
    return any((other := _text_at(lines, at)) is not None and is_dated_link(other) for at in (index - 1, index + 1))


def bullet_at(lines: Sequence[Line], index: int) -> bool:
    """A list line at ``index`` (a sidebar's); ■本报记者 X is a byline with a mark, and ■ 钱 江 over prose
    an author, not one."""
    text = _text_at(lines, index)
    if text is None or not shapes.is_bullet(text) or credits_bylines.parse_byline_line(text):
        return False
    return not (credits_signatures.marked_names(text) and story_at(lines, index + 1))  # ■ 钱 江 over the essay: its author


def titled_brief_at(lines: Sequence[Line], index: int) -> bool:
    """■ 南充市科协开展科技助力乡村振兴调研 over its story at ``index``: a brief's headline behind a mark
    (a column of such briefs prints a story under each; a sidebar's list lines have none)."""
    text = _text_at(lines, index)
    return (
        bullet_at(lines, index)
        and is_heading_like(shapes.strip_bullet(text))
        and story_at(lines, index + 1)
        and not bullet_at(lines, index + 1)
    )


def run_in_brief_at(lines: Sequence[Line], index: int) -> bool:
    """我国首台大型盾构机下线 近日，…。（张 晔） at ``index``: a brief's headline run into its lead, marked or not."""
    text = _text_at(lines, index)
    return text is not None and run_in_brief(text, marked=False) is not None


def ends_story(lines: Sequence[Line], index: int) -> bool:
    """Nothing follows, or a headline, banner, metadata, caption or sidebar does."""
    text = _text_at(lines, index)
    return (
        text is None
        or (is_heading_like(text) and not is_field_line(text))  # 指导教师：黄海 林峰 goes on with a list
        or shapes.is_bullet(text)
        or is_afterword(text)  # 编辑回复： under a letter's signature
        or is_marked_banner(text)
        or meta_line_kind(text) is not None
        or credits_photos.parse_photo_credit(text) is not None
    )


def signed_piece_at(lines: Sequence[Line], index: int) -> bool:
    """Prose from ``index`` on that closes with an attribution of its own (（作者单位：…）, （本报评论员 王平）,
    …正名。（王平）) before any heading: a piece signed apart from the story above it."""
    return own_attribution_at(lines, index) is not None


def own_attribution_at(lines: Sequence[Line], index: int) -> str | None:
    """The attribution closing the prose from ``index`` on before any heading (see ``signed_piece_at``)."""
    for position in range(index, len(lines)):
        text = lines[position].text
        if (attribution := shapes.attribution_of(text)) is not None:
            return attribution if position > index else None
        if not prose_at(lines, position):
            return None
        if trailing := split_trailing_attribution(text):
            return trailing[1]
    return None


_ORDINAL = re.compile(r"^第[一二三四五六七八九十百零〇]")  # 第十期, 第三届: a number in a series, no pen name


def head_names(lines: Sequence[Line], index: int) -> list[str] | None:
    """Names on the line after a headline: 周德武, 张亚飞 蓝倩, or names/pen name before prose."""
    text = _text_at(lines, index)
    if text is None:
        return None
    names = credits_names.parse_names(text) or credits_signatures.marked_names(text) or credits_signatures.spread_name(text)
    names = names or numbered_authors(text)  # 张建国1，李红梅2: a paper's authors, numbered by affiliation
    if not names and not post_then_name_list_at(lines, index):
        names = credits_signatures.speaker(text)
    if names:
        return names
    if not prose_at(lines, index + 1):
        return None
    names = credits_names.parse_names(text, joined=True)
    if names:
        return names
    if (
        2 <= len(text) <= 3
        and text.isalpha()
        and not _ORDINAL.match(text)
        and not is_bare_note_label(text)
        and not is_no_persons_name(text)
    ):
        return [text]  # (编者按 over its text is the note's label, no pen name; 德阳市 a place, a table's cell)
    return None


def post_then_name_list_at(lines: Sequence[Line], index: int) -> bool:
    """中国工程院院士、华中科技大学教授 李培根 at ``index``, one of the rows under a …有： or …如下： line (or a
    bare label such as 嘉宾): a row of a list of speakers or academicians, no speech's signature under its
    title. Rows right under a title (two authors' signatures under an article's title) are signatures."""
    text = _text_at(lines, index)
    if text is None or not credits_signatures.is_post_then_name_row(text):
        return False
    first = index
    while (row := _text_at(lines, first - 1)) is not None and credits_signatures.is_post_then_name_row(row):
        first -= 1
    above = _text_at(lines, first - 1)
    return above is not None and (above.rstrip().endswith(("：", ":")) or _LIST_LABEL.match(above.strip()) is not None)


_LIST_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}$")  # 嘉宾, 出席领导 over the rows: the list's label, its colon left out


_CLOCK = re.compile(r"\d{1,2}:\d{2}")  # the time a WeChat post's account line prints
_DATED = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def cv_entry_at(lines: Sequence[Line], index: int) -> bool:
    """1998年 获华中农业大学博士学位 at ``index``, with another such line above or under it: a line of a
    year-by-year CV (简历), a list's line like a timeline's."""
    text = _text_at(lines, index)
    return (
        text is not None
        and is_year_entry(text)
        and any((other := _text_at(lines, at)) is not None and is_year_entry(other) for at in (index - 1, index + 1))
    )


def winners_at(lines: Sequence[Line], index: int) -> bool:
    """巴南区鱼洞中学 李明轩 王子涵 over 沙坪坝区树人小学 陈一诺 at ``index``: a list of people with their
    units, two lines or more with no story under them (authors with their units stand over their text)."""
    end = index
    while (text := _text_at(lines, end)) is not None and credits_signatures.unit_and_names(text):
        end += 1
    return (end - index >= 2 and not story_at(lines, end)) or listed_person_at(lines, index)


def _run_around(lines: Sequence[Line], index: int, is_row: Callable[[Sequence[Line], int], bool]) -> tuple[int, int]:
    """The first and last index of the run of rows ``is_row`` accepts around ``index`` (which it accepts)."""
    first = last = index
    while is_row(lines, first - 1):
        first -= 1
    while is_row(lines, last + 1):
        last += 1
    return first, last


_LISTED_ROWS = 3  # two people with their posts may be a story's two authors; three stacked are a list


def listed_person_at(lines: Sequence[Line], index: int) -> bool:
    """石磊　四川大学华西医院教授 at ``index``, among three rows or more of people with their bodies and posts
    (刘红梅　宜宾市农业科学院副院长), or under an office's label (副理事长： over 刘建国 …主任 / 陈　静 …教授): a
    row of a list of honourees or officers, no author's byline or signature."""
    if not _person_row(lines, index):
        return False
    first, last = _run_around(lines, index, _person_row)
    return last - first + 1 >= _LISTED_ROWS or is_office_label(_text_at(lines, first - 1) or "")


def _person_row(lines: Sequence[Line], index: int) -> bool:
    return (text := _text_at(lines, index)) is not None and credits_signatures.is_person_row(text)


def student_byline_at(lines: Sequence[Line], index: int) -> bool:
    """重庆市沙坪坝区树人小学 三年级 刘一诺 at ``index`` over the essay (指导老师：赵敏 maybe between): an author
    signing with a school or a body, right under the headline and over the story (江津区科协 张丽 over
    綦江区科协 王强 is a list of people by their bodies, no byline; under 最佳创意奖 the school and the
    student are the award's winner, whom the story goes on to praise)."""
    text = _text_at(lines, index)
    if text is None or not credits_bylines.affiliated_author(text):
        return False
    if is_award_label(_text_at(lines, index - 1) or ""):
        return False
    if any((other := _text_at(lines, at)) and credits_bylines.affiliated_author(other) for at in (index - 1, index + 1)):
        return False
    under = index + 1
    if credits_signatures.teacher_credit(_text_at(lines, under) or ""):
        under += 1
    return story_at(lines, under)


def announces_story(lines: Sequence[Line], index: int) -> bool:
    """A byline, names, a dateline lead, an editor's note or a web page's info line follows.

    At most one more headline line and up to two photo captions (printed
    under the headline, before the lead) may come in between.
    """
    headlines = captions = 0
    for position in range(index, index + 4):
        text = _text_at(lines, position)
        if text is None:
            return False
        kind = meta_line_kind(text)
        if kind == "navigation":
            return False  # 阅读原文, 相关阅读: the page's furniture, no story of this headline's
        if kind == "web_info" and position == index:
            return True  # a web page prints its headline over its info line (时间：… 来源：…)
        if kind == "site_date" and position == index and ("发表于" in text or _CLOCK.search(text)):
            return True  # a WeChat post prints its title over its account line (四川科协 2023-12-07 19:30)
        if kind == "source" and position == index and _DATED.search(text):
            return True  # …and a repost over its source with the date (来源：四川科协 2024-09-14 09:02)
        if kind is not None:
            continue  # 来源：… between a headline and its byline
        if (
            (credits_bylines.parse_byline_line(text) and not listed_person_at(lines, position))
            or credits_bylines.bracketed_byline(text)  # （记者 张三 文 李四 图） under the headline
            or credits_datelines.parse_lead(text)
            or is_editors_note(text)
            or head_names(lines, position)
            or (position == index and student_byline_at(lines, position))
        ):
            return True
        photo = credits_photos.parse_photo_credit(text)
        if photo is not None and photo.caption and photo.photographers and captions < 2:
            captions += 1
            continue
        if headlines or captions or not could_be_headline(text) or is_strong_headline(text):
            return False  # 身边的物理 over 为什么高压锅煮饭更快？ over 文/王涛: a column's name over the title
        headlines += 1
    return False


def story_at(lines: Sequence[Line], index: int) -> bool:
    """A paragraph of a story at ``index``: prose that cannot be a headline or a listed title."""
    return index < len(lines) and prose_at(lines, index) and not is_heading_like(shapes.strip_bullet(lines[index].text))


def exclaimed_headline_at(lines: Sequence[Line], index: int) -> bool:
    """达州市2023年全国科普日主场活动启动啦！ over a story's paragraph at ``index``: a post's headline that
    ends in ！ or ？ (启动啦！, 喜报！, 你了解吗？), as WeChat headlines often do, not a story's first sentence."""
    text = _text_at(lines, index)
    return (
        text is not None
        and text.rstrip("”’\"")[-1:] in "！？!?"
        and len(text) >= 8  # 恭喜！ is a lead's cry, not a headline
        and text[:1] not in "“\"‘「"  # “快看，机器人会跳舞！” opens a feature's lead
        and could_be_headline(text)
        and not is_news_lead(text)
        and story_at(lines, after_meta(lines, index + 1))
    )


def _weather_line_at(lines: Sequence[Line], index: int) -> bool:
    text = _text_at(lines, index)
    return text is not None and len(text) <= 80 and (is_weather_row(text) or is_weather_issuer(text))


def weather_box_at(lines: Sequence[Line], index: int) -> bool:
    """A line of a weather box at ``index``: 今日天气 over 主城区 多云转阵雨 24℃～32℃, a row under it, or rows
    with their issuer (重庆市气象台6月20日16时发布). A row or an issuer alone is a story's text: 番茄 结果期
    20～28℃ is its table, （重庆市气象台提供） its source."""
    text = _text_at(lines, index)
    if text is None:
        return False
    if is_weather_heading(text):
        return (following := _text_at(lines, index + 1)) is not None and is_weather_row(following)
    if not _weather_line_at(lines, index):
        return False
    first, last = _run_around(lines, index, _weather_line_at)
    if first > 0 and is_weather_heading(lines[first - 1].text):
        return True
    run = [lines[position].text for position in range(first, last + 1)]
    return any(map(is_weather_row, run)) and any(map(is_weather_issuer, run))


def after_meta(lines: Sequence[Line], index: int) -> int:
    """The first line at or after ``index`` that is not page metadata."""
    while index < len(lines) and meta_line_kind(lines[index].text) is not None:
        index += 1
    return index


def guide_number_at(lines: Sequence[Line], index: int) -> bool:
    """A01 over 合川马门溪龙 over its text, A02 over the next name a few lines off: the numbers a visitor keys
    into an audio guide, a list's; a section's page number (A3) heads a page, not each of a story's parts
    a few lines apart."""
    code = lines[index].text
    if not LETTERED_PAGE.match(code) or not _heads_a_part(lines, index):
        return False
    siblings = {f"{code[0]}{int(code[1:]) + step:0{len(code) - 1}d}" for step in (-1, 1)}
    nearby = range(max(0, index - _EXHIBIT_LINES), min(len(lines), index + _EXHIBIT_LINES + 1))
    return any(lines[at].text in siblings and _heads_a_part(lines, at) for at in nearby)


_EXHIBIT_LINES = 8  # how far apart two exhibits' guide numbers stand at most (a name, its lines of text)


def _heads_a_part(lines: Sequence[Line], index: int) -> bool:
    """The line at ``index`` stands over a heading-like line over prose (no byline, no lead: no new story)."""
    name = index + 1
    return (
        name + 1 < len(lines)
        and is_heading_like(lines[name].text)
        and prose_at(lines, name + 1)
        and not credit_at(lines, name + 1)
    )
