"""Undo a PDF copy's hard wrapping: lines cut at the column's width are joined back into paragraphs.

Text copied out of a PDF often keeps every printed line as a line of its
own. Such a page shows itself by its widths: most long lines are exactly
as wide as the column. A line that reaches that width was cut by the
layout, so it is joined with the line right after it (no blank line
between). Pages whose paragraphs are single lines (the seeds' layout) have
no common width and are left as they are.

Widths are counted in display cells (a Chinese character is two, an ASCII
character one), so a line with a few digits still measures as full.

A page with no common width is joined by its paragraphs' indents instead
(unwrap_indent.py); both ways measure lines with unwrap_widths.py and join
them with unwrap_joins.py.
"""

from __future__ import annotations

import re
from collections import Counter

from . import credits_bylines, credits_datelines, credits_names, credits_photos
from .credits_signatures import is_post_then_name_row
from .lines import Line
from .lookahead import dashed_subtitle_at
from .shapes import attribution_of, ends_sentence
from .shapes_headlines import could_be_headline, is_heading_like
from .shapes_lists import is_table_row
from .unwrap_indent import unwrap_by_indent
from .unwrap_joins import (
    bracket_goes_on,
    credit_alone,
    join_bare_byline_roles,
    join_hanging_values,
    join_runs,
    starts_its_own_line,
)
from .unwrap_widths import (
    MIN_WIDTH,
    SLACK,
    at_the_edge,
    indented_lines,
    indents_paragraphs,
    printed_width,
)

MIN_LINES = 8  # lines at the column's width needed before a page counts as wrapped
MIN_SHARE = 0.5  # of the page's long lines
MAX_WIDTH = 120  # cells: wider than any newspaper or PDF column
_NEVER_OPENS_A_LINE = frozenset("”’）》」』】〕，。、；：？！…")  # closing marks (GB/T 15834 line-start rule)


def _may_be_wrapped(lines: list[Line]) -> bool:
    """A cheap first look: MIN_LINES lines of nearly one length (in characters, within a quarter of
    the length or two characters). Most pages fail it, and skip measuring every line's width."""
    lengths = Counter(len(line.text) for line in lines if MIN_WIDTH // 2 <= len(line.text) <= MAX_WIDTH)
    if sum(lengths.values()) < MIN_LINES:
        return False
    for length in lengths:
        slack = max(2, length // 4)
        if sum(n for other, n in lengths.items() if length - slack <= other <= length) >= MIN_LINES:
            return True
    return False


def column_width(widths: list[int]) -> int | None:
    """The width most long lines share, if the page is hard-wrapped; else None."""
    long = [width for width in widths if MIN_WIDTH <= width <= MAX_WIDTH]
    if len(long) < MIN_LINES:
        return None
    counts = Counter(long)
    best, best_count = None, 0
    for width in counts:
        in_band = sum(n for w, n in counts.items() if width - SLACK <= w <= width)
        if in_band > best_count or (in_band == best_count and best is not None and width > best):
            best, best_count = width, in_band
    all_long = [width for width in widths if width >= MIN_WIDTH]
    if best_count < MIN_LINES or best_count < MIN_SHARE * len(all_long):
        return None
    return best


def unwrap_lines(text: str, lines: list[Line], *, printed: str | None = None) -> list[Line]:
    """``lines`` with each run of layout-cut lines joined into one (its span covers the run).

    ``printed`` is the page as it was printed when ``text`` reads it character for character
    (１２０ as 120): the column's edge is measured on what the layout set, full-width digits two
    cells wide."""
    printed = text if printed is None else printed
    lines = join_bare_byline_roles(join_hanging_values(text, lines))
    if not _may_be_wrapped(lines):
        return unwrap_by_indent(text, lines, printed)
    # A table's rows (and a list's 单位职务 姓名 rows) share a width without being cut at it.
    widths = [
        0 if is_table_row(line.text) or is_post_then_name_row(line.text) else printed_width(printed, line)
        for line in lines
    ]
    width = column_width(widths)
    if width is None or _list_at_the_edge(lines, widths, width):
        return unwrap_by_indent(text, lines, printed)
    indented = indented_lines(text, lines)
    indents = indents_paragraphs(lines, indented)
    return join_runs(
        lines,
        lambda run_start, index: (
            not (
                indents
                and any(
                    _headline_at_the_margin(lines, widths, width, indented, at) for at in (index, index + 1)
                )
            )
            and _cut_by_layout(text, lines, widths, run_start, index, width)
        ),
    )


def _list_at_the_edge(lines: list[Line], widths: list[int], width: int) -> bool:
    """Whether the lines that reach the "column's edge" are a list's rows, not prose cut there: few of
    them carry a mark (，。、), and the page's sentences run on far past that edge on lines of their own.
    Ten rows of bodies (船山区科协科普志愿服务队 / 安居区科协科普志愿服务队 …) share a width; a column's
    prose would not leave a sentence twice as wide."""
    at_edge = [line.text for line, line_width in zip(lines, widths, strict=True) if width - SLACK <= line_width <= width]
    marked = sum(1 for line in at_edge if _MARK.search(line))
    if marked * _MARKED_SHARE >= len(at_edge):
        return False
    return any(
        line_width > 2 * width and ends_sentence(line.text) for line, line_width in zip(lines, widths, strict=True)
    )


_MARKED_SHARE = 4  # a column's prose: at least a quarter of the lines at its edge carry a mark
_MARK = re.compile(r"[，。、；：？！,.;:?!“”（）()《》]")


def _headline_at_the_margin(
    lines: list[Line], widths: list[int], width: int, indented: list[bool], index: int
) -> bool:
    """On a page that indents its paragraphs, a headline-like line at the margin under a short line (a
    paragraph's last, a banner) is a headline, though its length took it to the column's edge
    (读者来信 / 农村科普需要更多“接地气”的讲解员); under a sentence that ended at the edge it may be the
    paragraph going on (…礼花争艳。 / 德国共花1·6亿马克购买的迎新烟花绝大部 / 分从中国进口。)."""
    if index >= len(lines) or indented[index] or not is_heading_like(lines[index].text):
        return False
    if not _CJK.search(lines[index].text):
        return False  # __biz=MzI5…&id: the rest of a link
    return index == 0 or not at_the_edge(lines[index - 1].text, widths[index - 1], width)


_CJK = re.compile("[\u4e00-\u9fff]")


def _headline_after_a_sentence(
    lines: list[Line], widths: list[int], width: int, run_start: int, index: int
) -> bool:
    """A headline-like line left apart from the sentence that ended above it, over a line of names, is
    a headline over its byline (汪洋中的小木屋（附图片1张） / 李德润葛洪), not a paragraph or a long
    sub-heading going on (…织牢疫情防 / 护网)."""
    if not (
        run_start == index > 0 and is_heading_like(lines[index].text) and ends_sentence(lines[index - 1].text)
    ):
        return False
    following = lines[index + 1].text
    if at_the_edge(following, widths[index + 1], width):
        return False
    names = credits_names.parse_names(
        following, joined=True
    )  # of two or three characters: 应有保障 is no name
    return bool(names) and all(2 <= len(name) <= 3 for name in names)


def _cut_by_layout(
    text: str, lines: list[Line], widths: list[int], run_start: int, index: int, width: int
) -> bool:
    """Line ``index`` (of the run from ``run_start``) reaches the column's edge and the next line goes on
    from it."""
    line, following = lines[index], lines[index + 1]
    if bracket_goes_on(text, line, following):
        return True  # 本报讯（通讯员 冉小平 陈 / 思宇）4月15日…: narrower for its spaces, not finished
    if _headline_after_a_sentence(lines, widths, width, run_start, index):
        return False  # 汪洋中的小木屋（附图片1张） / 李德润葛洪
    if not at_the_edge(line.text, widths[index], width) or text.count("\n", line.end, following.start) != 1:
        # short (a paragraph's last line), wider (a headline set across the columns), or a blank line between
        return False
    if text[following.start - 1] not in "\n":
        return False  # the next line is indented: a new paragraph
    if widths[index + 1] > width + SLACK:
        return False  # the next line is set wider than the column: a headline across the columns
    if is_table_row(following.text):
        return False
    if following.text[0] in _NEVER_OPENS_A_LINE:
        return True  # closing marks follow what they close
    if attribution_of(line.text) is not None:
        return False  # （本报记者王霞光摄影报道）: a closing attribution is whole, though it reached the edge
    if credit_alone(following.text):
        # 秀山县…工作人员正在打包金丝皇菊准备发货 / 摄/齐岚森: the caption's credit the edge cut off (a
        # story's last line ends its sentence, a headline is no caption)
        return not (ends_sentence(line.text) or is_heading_like(line.text))
    if following.text[0] in "（(" and _dateline_goes_on(line.text, following.text):
        # 新华社波恩12月30日电 / （记者吕鸿）德国外长…: the edge cut the dateline before its bracket
        return True
    if starts_its_own_line(following.text):
        return False
    if is_heading_like(line.text) and dashed_subtitle_at(lines, index + 1):
        return False  # a 主题 that reached the edge by its length, over its ——副题
    closed = ends_sentence(line.text) or credits_photos.parse_photo_credit(line.text) is not None
    if not closed:
        return True
    if _credited_caption_opens(lines, index + 1):
        return False  # …接受群众咨询800余人次。 / 图为活动现场，市民在 / 展位前咨询。 刘洋 摄: the picture's caption
    # A sentence or caption ends at the margin: a headline-like line after it starts a new item, unless
    # that line reaches the margin too (headlines are not set to the column's width) and is not over a
    # byline or dateline lead, or over a short unfinished line (李德润葛洪: a paragraph's last line ends
    # its sentence); a punctuated line over a lead (昨日，市科协举办座谈会 / 本报讯 …) heads it.
    after = lines[index + 2].text if index + 2 < len(lines) else ""
    over_credit = bool(
        after and (credits_bylines.parse_byline_line(after) or credits_datelines.parse_lead(after))
    )
    if not is_heading_like(following.text):
        return not (over_credit and could_be_headline(following.text))
    # (were it the paragraph going on, it would end one unfinished where a paragraph starts two cells in)
    over_unfinished = bool(after) and (
        text[lines[index + 2].start - 1] != "\n"
        or not (ends_sentence(after) or at_the_edge(after, widths[index + 2], width))
    )
    return at_the_edge(following.text, widths[index + 1], width) and not (over_credit or over_unfinished)


_CAPTION_OPENER = re.compile(r"^(?:图为|图[①②③④⑤⑥⑦⑧⑨⑩]|[上下左右]图[：:])")
_CAPTION_LINES = 3  # a caption's lines in a column, its credit on the last


def _credited_caption_opens(lines: list[Line], index: int) -> bool:
    """图为… at line ``index``, its credit (刘洋 摄) ending it or one of the next lines: a caption starts
    there, never the sentence above going on."""
    if not _CAPTION_OPENER.match(lines[index].text):
        return False
    for line in lines[index : index + _CAPTION_LINES]:
        credit = credits_photos.parse_photo_credit(line.text)
        if credit is not None and credit.photographers:
            return True
    return False


def _dateline_goes_on(line: str, following: str) -> bool:
    """The line is a dateline whose bracketed credit the next line opens with."""
    lead = credits_datelines.parse_lead(line)
    if lead is None or lead.text:
        return False
    joined = credits_datelines.parse_lead(line + following)
    return joined is not None and len(joined.dateline) > len(line)
