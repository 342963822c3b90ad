"""Undo a PDF copy's hard wrapping: lines cut at the column's width are joined back into paragraphs.

Text copied out of a PDF often keeps every printed line as a line of its
own. Such a page shows itself by its widths: most long lines are exactly
as wide as the column. A line that reaches that width was cut by the
layout, so it is joined with the line right after it (no blank line
between). Pages whose paragraphs are single lines (the seeds' layout) have
no common width and are left as they are.

Widths are counted in display cells (a Chinese character is two, an ASCII
character one), so a line with a few digits still measures as full.
"""

from __future__ import annotations

import re
from collections import Counter

from . import credits_bylines, credits_datelines, credits_names, credits_photos
from .lines import Line
from .lookahead import dashed_subtitle_at
from .pagemeta import meta_line_kind
from .shapes import attribution_of, ends_sentence, is_bullet
from .shapes_headlines import could_be_headline, is_heading_like
from .shapes_lists import is_field_line, is_table_row, list_number

MIN_LINES = 8  # lines at the column's width needed before a page counts as wrapped
MIN_SHARE = 0.5  # of the page's long lines
MIN_WIDTH = 16  # cells: shorter lines are headlines, names, credits
MAX_WIDTH = 120  # cells: wider than any newspaper or PDF column
SLACK = 2  # a line ending in a half-width character, or one cell short of the margin
_NEVER_OPENS_A_LINE = frozenset("”’）》」』】〕，。、；：？！…")  # closing marks (GB/T 15834 line-start rule)


def display_width(text: str) -> int:
    """Cells the text takes: ASCII one, everything else two.

    Chinese type sets its ambiguous-width marks (“ ” — · …) a full em wide, so treating every
    non-ASCII character as wide measures a Chinese column better than East Asian Width does.
    """
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _indent_width(text: str, line: Line) -> int:
    """Cells of whitespace the line is printed in by (a tab counts four)."""
    indent = text[text.rfind("\n", 0, line.start) + 1 : line.start]
    return display_width(indent.replace("\t", "    ")) if indent else 0


def _printed_width(text: str, line: Line) -> int:
    """The line's width as printed, its indent included (a paragraph's first line starts two cells in)."""
    return display_width(text[line.start : line.end]) + _indent_width(text, line)


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
    if not _may_be_wrapped(lines):
        return _unwrap_by_indent(text, lines, printed)
    # A table's rows share a width without being cut at it.
    widths = [0 if is_table_row(line.text) else _printed_width(printed, line) for line in lines]
    width = column_width(widths)
    if width is None or _list_at_the_edge(lines, widths, width):
        return _unwrap_by_indent(text, lines, printed)
    indented = _indented(text, lines)
    indents = _indents_paragraphs(lines, indented)
    return _join_runs(
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


def _indented(text: str, lines: list[Line]) -> list[bool]:
    """Which lines are printed two cells in (　　 or two spaces): a paragraph's first line."""
    return [_indent_width(text, line) >= 2 for line in lines]


def _indents_paragraphs(lines: list[Line], indented: list[bool]) -> bool:
    """The page starts its paragraphs two cells in (MIN_INDENTED prose lines show it)."""
    return (
        sum(1 for line, flag in zip(lines, indented, strict=True) if flag and len(line.text) >= 10)
        >= MIN_INDENTED
    )


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
    return index == 0 or not _at_the_edge(lines[index - 1].text, widths[index - 1], width)


_CJK = re.compile("[\u4e00-\u9fff]")


def _join_runs(lines: list[Line], goes_on) -> list[Line]:
    """``lines`` with each run joined into one line, a run going on while ``goes_on(run_start, index)``
    says line ``index`` continues into the next."""
    joined: list[Line] = []
    run_start = 0
    for index in range(len(lines)):
        if index + 1 < len(lines) and goes_on(run_start, index):
            continue
        joined.append(_join(lines[run_start : index + 1]))
        run_start = index + 1
    return joined


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
    if _at_the_edge(following, widths[index + 1], width):
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
    if _bracket_goes_on(text, line, following):
        return True  # 本报讯（通讯员 冉小平 陈 / 思宇）4月15日…: narrower for its spaces, not finished
    if _headline_after_a_sentence(lines, widths, width, run_start, index):
        return False  # 汪洋中的小木屋（附图片1张） / 李德润葛洪
    if not _at_the_edge(line.text, widths[index], width) or text.count("\n", line.end, following.start) != 1:
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
    if _credit_alone(following.text):
        # 秀山县…工作人员正在打包金丝皇菊准备发货 / 摄/齐岚森: the caption's credit the edge cut off (a
        # story's last line ends its sentence, a headline is no caption)
        return not (ends_sentence(line.text) or is_heading_like(line.text))
    if following.text[0] in "（(" and _dateline_goes_on(line.text, following.text):
        # 新华社波恩12月30日电 / （记者吕鸿）德国外长…: the edge cut the dateline before its bracket
        return True
    if _starts_its_own_line(following.text):
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
        or not (ends_sentence(after) or _at_the_edge(after, widths[index + 2], width))
    )
    return _at_the_edge(following.text, widths[index + 1], width) and not (over_credit or over_unfinished)


def _at_the_edge(line: str, line_width: int, width: int) -> bool:
    """The line ends at the column's edge: neither short of it nor set wider than the column (a
    headline across the columns), but for a comma or stop hung past the edge (标点悬挂)."""
    return width - SLACK <= line_width <= width or (width < line_width <= width + SLACK and line[-1] in _HUNG)


_HUNG = frozenset("，。、,.")


MIN_INDENTED = 2  # indented prose lines that show a page starts its paragraphs two cells in


def _unwrap_by_indent(text: str, lines: list[Line], printed: str) -> list[Line]:
    """On a page that starts its paragraphs two cells in, a line printed at the margin right under an
    unfinished paragraph line goes on with it (会议总结了全市学会工作， / 部署了下一阶段任务。). Pages
    too short for a column width to show (``unwrap_lines``) still show this."""
    indented = _indented(text, lines)
    if not _indents_paragraphs(lines, indented):
        cuts = _short_column_cuts(text, lines, printed)
        if not cuts and not any(_leaves_bracket_open(line.text) for line in lines[:-1]):
            return lines  # the usual page: nothing to join
        return _join_runs(
            lines,
            lambda _run_start, index: index in cuts or _bracket_goes_on(text, lines[index], lines[index + 1]),
        )
    # The paragraphs' first lines that reached the column's edge show where it is.
    edge = max(
        (
            _printed_width(printed, line)
            for line, flag in zip(lines, indented, strict=True)
            if flag and len(line.text) >= 10 and not is_heading_like(line.text)
        ),
        default=0,
    )

    def goes_on(run_start: int, index: int) -> bool:
        at_edge = bool(edge) and _printed_width(printed, lines[index]) >= edge - SLACK
        return _bracket_goes_on(text, lines[index], lines[index + 1]) or _goes_on_unindented(
            text, lines, indented, run_start, index, at_edge
        )

    return _join_runs(lines, goes_on)


MIN_CUT_LINES = 2  # unfinished prose lines of one width that show a short piece's column


def _short_column_cuts(text: str, lines: list[Line], printed: str) -> set[int]:
    """The lines of a piece too short for ``column_width`` that a narrow column cut (5月5日，德阳市科协联 /
    合市科技局在旌阳区文 / 庙广场启动宣传月活动。): each goes on into the next. A run starts at an
    unfinished line of prose (a comma in it, no number heading it), goes on through lines at its width, and must end a
    sentence (or a credited caption); that width must be shared by MIN_CUT_LINES unfinished lines
    of the page, the column's edge (two verse lines of one width end no sentence: never joined)."""
    widths = [_printed_width(printed, line) for line in lines]
    unfinished = Counter(
        width
        for line, width in zip(lines, widths, strict=True)
        if width >= MIN_WIDTH and not (_closed(line.text) or _starts_its_own_line(line.text))  # (a byline's width)
    )
    cuts: set[int] = set()
    start = 0
    while start < len(lines) - 1:
        edge = widths[start]
        opening = lines[start].text
        if (
            unfinished[edge] < MIN_CUT_LINES
            or _closed(opening)
            or not _INNER_MARK.search(opening)
            or list_number(opening) is not None  # 三、深化改革创新，发展活力不断增强: a numbered heading
        ):
            start += 1
            continue
        end = start
        while (
            end + 1 < len(lines)
            and _HAN_END.search(lines[end].text)  # cut inside a clause (verse ends its lines on ， or none)
            and _at_the_edge(lines[end].text, widths[end], edge)
            and _short_column_goes_on(text, lines[end], lines[end + 1])
        ):
            end += 1
        if end > start and _closed(lines[end].text) and not _parallel(lines[start : end + 1]):
            cuts.update(range(start, end))
        start = end + 1
    return cuts


def _parallel(run: list[Line]) -> bool:
    """科学之花，开遍巴渝 / 创新之火，燃遍山城 / 科技之光，照亮未来。: each line cut by its comma at the same
    place is verse, printed a line to a couplet (a column cuts prose where the width falls, not at its commas)."""
    marks = {mark.start() if (mark := _INNER_MARK.search(line.text)) else -1 for line in run}
    return len(marks) == 1 and -1 not in marks


_INNER_MARK = re.compile(r"[，、；,]")
_HAN_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]$")


def _closed(text: str) -> bool:
    """The line ends a sentence, or a caption with its photographer's credit."""
    return ends_sentence(text) or _ends_a_unit(text)


def _short_column_goes_on(text: str, line: Line, following: Line) -> bool:
    """The next line, printed right under at the margin, can carry on the line."""
    if text.count("\n", line.end, following.start) != 1 or text[following.start - 1] != "\n":
        return False
    return not (
        is_table_row(following.text)
        or _starts_its_own_line(following.text)
        or list_number(following.text) is not None
        or is_field_line(line.text)  # 地点：重庆市科技馆一楼 over 时间：…: a notice's fields, one per line
        or is_field_line(following.text)
    )


def _goes_on_unindented(
    text: str, lines: list[Line], indented: list[bool], run_start: int, index: int, at_edge: bool
) -> bool:
    line, following = lines[index], lines[index + 1]
    if not indented[run_start] or indented[index + 1] or text.count("\n", line.end, following.start) != 1:
        return False  # the paragraph did not start indented, the next one does, or a blank line between
    if ends_sentence(line.text) or line.text[-1] in "：:" or _ends_a_unit(line.text):
        return False
    if _credit_alone(following.text):
        return not is_heading_like(line.text)  # …体验科学实验的乐趣。 本报 / 记者 张燕 摄
    if is_heading_like(line.text) and not at_edge:
        return False  # a sub-heading; a line as wide as the paragraphs' first lines was cut by the edge
    return not (is_table_row(following.text) or _starts_its_own_line(following.text))


def _bracket_goes_on(text: str, line: Line, following: Line) -> bool:
    """The line leaves a bracket open and the next line, printed right under it at the margin, closes
    it before opening another: one bracket cut by the column's edge."""
    if not _leaves_bracket_open(line.text) or text.count("\n", line.end, following.start) != 1:
        return False
    if text[following.start - 1] != "\n":
        return False
    close = min((at for at in (following.text.find("）"), following.text.find(")")) if at >= 0), default=-1)
    return 0 <= close <= _CUT_BRACKET and not any(mark in following.text[:close] for mark in "（(")


def _leaves_bracket_open(line: str) -> bool:
    if "（" not in line and "(" not in line:
        return False
    return line.count("（") + line.count("(") - line.count("）") - line.count(")") == 1


_CUT_BRACKET = 12  # characters: the rest of a byline or an attribution a column break cut


def _starts_its_own_line(text: str) -> bool:
    """A byline, a dateline lead, a closing attribution or page metadata never continues a line."""
    return bool(
        is_bullet(text)
        or credits_bylines.parse_byline_line(text)
        or credits_bylines.opens_byline(text)
        or credits_datelines.parse_lead(text)
        or attribution_of(text) is not None
        or meta_line_kind(text) is not None
    )


def _ends_a_unit(text: str) -> bool:
    """（渝科） or …启动。本报记者 沈静 摄: a closing attribution or a credited caption, ended by what it
    is, though with no full stop; the headline at the margin under it is the next story's."""
    if text[-1] in "）)":
        return attribution_of(text) is not None
    if text[-1] in "摄图":
        credit = credits_photos.parse_photo_credit(text)
        return credit is not None and bool(credit.photographers)
    return False


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


def _credit_alone(text: str) -> bool:
    """摄/齐岚森, 本报记者 沈静 摄: a photo credit with no caption before it on its line."""
    credit = credits_photos.parse_photo_credit(text)
    return credit is not None and not credit.caption


def _credit_stands_apart(before: str, credit: str) -> bool:
    """A photo credit the edge cut from its caption is set apart by a space (…准备发货 摄/齐岚森), unless
    the cut went through it (…的乐趣。 本报 / 记者 张燕 摄)."""
    return _credit_alone(credit) and not _credit_alone(before.rsplit(None, 1)[-1] + credit)


def _join(run: list[Line]) -> Line:
    if len(run) == 1:
        return run[0]
    pieces = [run[0].text]
    for previous, line in zip(run, run[1:], strict=False):
        # Two English words meet at the cut (the space was the wrap); digits (2 / 020年) were one number;
        # a caption's credit stands apart from it (…准备发货 摄/齐岚森).
        words_meet = _is_latin_letter(previous.text[-1]) and _is_latin_letter(line.text[0])
        pieces.append(
            (" " if words_meet or _credit_stands_apart(previous.text, line.text) else "") + line.text
        )
    return Line("".join(pieces), run[0].start, run[-1].end, parts=len(run))


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()
