"""Undo the hard wrapping of a page too short, or too uneven, for a column width to show.

On a page that starts its paragraphs two cells in, a line printed at the margin right under an
unfinished paragraph line goes on with it. On a page that does not, a short piece's narrow column
still shows itself by unfinished prose lines of one width, each cut inside a clause and ending a
sentence in the end. ``unwrap_lines`` (unwrap.py) turns here when no column width shows.
"""

from __future__ import annotations

import re
from collections import Counter

from . import credits_photos
from .credits_signatures import is_post_then_name_row
from .lines import Line
from .shapes import attribution_of, ends_sentence
from .shapes_headlines import is_heading_like
from .shapes_lists import is_field_line, is_table_row, list_number
from .unwrap_joins import bracket_goes_on, credit_alone, join_runs, leaves_bracket_open, starts_its_own_line
from .unwrap_widths import (
    MIN_WIDTH,
    SLACK,
    at_the_edge,
    indented_lines,
    indents_paragraphs,
    printed_width,
)


def unwrap_by_indent(text: str, lines: list[Line], printed: str) -> list[Line]:
    """On a page that starts its paragraphs two cells in, a line printed at the margin right under an
    unfinished paragraph line goes on with it (会议总结了全市学会工作， / 部署了下一阶段任务。). Pages
    too short for a column width to show (``unwrap_lines``) still show this."""
    indented = indented_lines(text, lines)
    if not indents_paragraphs(lines, indented):
        cuts = _short_column_cuts(text, lines, printed)
        if not cuts and not any(leaves_bracket_open(line.text) for line in lines[:-1]):
            return lines  # the usual page: nothing to join
        return join_runs(
            lines,
            lambda _run_start, index: index in cuts or bracket_goes_on(text, lines[index], lines[index + 1]),
        )
    # The paragraphs' first lines that reached the column's edge show where it is.
    edge = max(
        (
            printed_width(printed, line)
            for line, flag in zip(lines, indented, strict=True)
            if flag and len(line.text) >= 10 and not is_heading_like(line.text)
        ),
        default=0,
    )

    def goes_on(run_start: int, index: int) -> bool:
        at_edge = bool(edge) and printed_width(printed, lines[index]) >= edge - SLACK
        return bracket_goes_on(text, lines[index], lines[index + 1]) or _goes_on_unindented(
            text, lines, indented, run_start, index, at_edge
        )

    return join_runs(lines, goes_on)


MIN_CUT_LINES = 2  # unfinished prose lines of one width that show a short piece's column


def _short_column_cuts(text: str, lines: list[Line], printed: str) -> set[int]:
    """The lines of a piece too short for ``column_width`` that a narrow column cut (5月5日，德阳市科协联 /
    合市科技局在旌阳区文 / 庙广场启动宣传月活动。): each goes on into the next. A run starts at an
    unfinished line of prose (a comma in it, no number heading it), goes on through lines at its width, and must end a
    sentence (or a credited caption); that width must be shared by MIN_CUT_LINES unfinished lines
    of the page, the column's edge (two verse lines of one width end no sentence: never joined)."""
    widths = [printed_width(printed, line) for line in lines]
    # only the widths of lines that may open a run are counted (the costly tests, for the lines of those widths)
    run_widths = {width for line, width in zip(lines, widths, strict=True) if _opens_a_run(line.text)}
    unfinished = Counter(
        width
        for line, width in zip(lines, widths, strict=True)
        if width >= MIN_WIDTH
        and width in run_widths
        and not (_closed(line.text) or starts_its_own_line(line.text))  # (a byline's width)
    )
    cuts: set[int] = set()
    start = 0
    while start < len(lines) - 1:
        edge = widths[start]
        opening = lines[start].text
        if unfinished[edge] < MIN_CUT_LINES or not _opens_a_run(opening):
            start += 1
            continue
        end = start
        while (
            end + 1 < len(lines)
            and _HAN_END.search(lines[end].text)  # cut inside a sentence (verse ends its lines on ， or none)
            and at_the_edge(lines[end].text, widths[end], edge)
            and _short_column_goes_on(text, lines[end], lines[end + 1])
        ):
            end += 1
        if end > start and _closed(lines[end].text) and not _parallel(lines[start : end + 1]):
            cuts.update(range(start, end))
        start = end + 1
    return cuts


def _opens_a_run(text: str) -> bool:
    """An unfinished line of prose: a comma in it, no number heading it (三、深化改革创新，发展活力不断增强 is a
    numbered heading), not a padded table's row (1     攀西地区芒果…       罗平、吴敏)."""
    return (
        not _closed(text)
        and _INNER_MARK.search(text) is not None
        and list_number(text) is None
        and not is_table_row(text)
    )


def _parallel(run: list[Line]) -> bool:
    """科学之花，开遍巴渝 / 创新之火，燃遍山城 / 科技之光，照亮未来。: each line cut by its comma at the same
    place is verse, printed a line to a couplet (a column cuts prose where the width falls, not at its commas)."""
    marks = {mark.start() if (mark := _INNER_MARK.search(line.text)) else -1 for line in run}
    return len(marks) == 1 and -1 not in marks


_INNER_MARK = re.compile(r"[，、；,]")
# a line cut inside a sentence: on a word, or on a semicolon (…占11.0%; over 卫生健康支出…: a sentence's
# clauses, as a budget's or a statistics bulletin's figures are listed, go on past it)
_HAN_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z；;]$")


def _closed(text: str) -> bool:
    """The line ends a sentence, or a caption with its photographer's credit."""
    return ends_sentence(text) or _ends_a_unit(text)


def _short_column_goes_on(text: str, line: Line, following: Line) -> bool:
    """The next line, printed right under at the margin, can carry on the line."""
    if text.count("\n", line.end, following.start) != 1 or text[following.start - 1] != "\n":
        return False
    return not (
        is_table_row(line.text)  # a table's row, padded to the table's width, ends where its cells end
        or is_table_row(following.text)
        or is_post_then_name_row(line.text)  # 中国工程院院士、华中科技大学教授 李培根: a list's row, whole on its line
        or is_post_then_name_row(following.text)
        or starts_its_own_line(following.text)
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
    if credit_alone(following.text):
        return not is_heading_like(line.text)  # …体验科学实验的乐趣。 本报 / 记者 张燕 摄
    if is_heading_like(line.text) and not at_edge:
        return False  # a sub-heading; a line as wide as the paragraphs' first lines was cut by the edge
    return not (is_table_row(following.text) or starts_its_own_line(following.text))


def _ends_a_unit(text: str) -> bool:
    """（渝科） or …启动。本报记者 沈静 摄: a closing attribution or a credited caption, ended by what it
    is, though with no full stop; the headline at the margin under it is the next story's."""
    if text[-1] in "）)":
        return attribution_of(text) is not None
    if text[-1] in "摄图":
        credit = credits_photos.parse_photo_credit(text)
        return credit is not None and bool(credit.photographers)
    return False
