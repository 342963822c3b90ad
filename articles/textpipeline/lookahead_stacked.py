"""Short lines stacked where a story's text begins: a section's head over its first sub-heading, or a
headline's ——副题 over the end of it the column broke off.

Long reports stack two short unpunctuated lines where a section begins (分会场设置 over 第一分会场,
主要做法 over 一是…): the section's name, then the first sub-heading under it. Both are the story's
sub-headings, as the section's later sub-headings are. Under a ——副题 a short line is the 副题's tail
(——2022年重庆市“最美科技工作者” / 风采（二）) unless it heads the first of the text's parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .assemble_sections import reads_as_subheading
from .lines import Line
from .lookahead import credit_at, heading_at, prose_at
from .shapes import attribution_of, ends_sentence, visible_length
from .shapes_briefs import is_news_lead
from .shapes_lists import is_award_label, is_titled_entry

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2}")


def heads_a_stacked_subheading(lines: Sequence[Line], index: int, above: str | None) -> bool:
    """分会场设置 over 智能制造与数字化分会场 over 由学会智能制造专委会承办，…: the line at ``index`` heads a
    section, the heading under it the section's first part. ``above`` (the story's last paragraph) is whole:
    a sentence or a list's entry ended it, so the two are no verse's lines; both read as
    Chinese headings (no rows, fields, award names or an exhibit's Latin name over its period)."""
    if above is None or not (ends_sentence(above) or is_titled_entry(above)) or index + 2 >= len(lines):
        return False
    pair = (lines[index].text, lines[index + 1].text)
    return (
        all(_could_head_a_section(text) for text in pair)
        and heading_at(lines, index + 1)
        and reads_as_subheading(pair[1])
        and prose_at(lines, index + 2)
        and not is_news_lead(lines[index + 2].text)
    )


def _could_head_a_section(text: str) -> bool:
    """A Chinese heading in one run: no Latin name, no spaced cells (a table's or winners' row, a line of
    names), no field (施工：中建三局) or list's entry (王建国：《…》), no award's name over its winner."""
    return (
        bool(_HAN.search(text))
        and not _SPACE_OR_COLON.search(text)
        and not _LATIN.search(text)
        and not is_award_label(text)
    )


_SPACE_OR_COLON = re.compile(r"[\s：:]")


_LONGEST_SUBTITLE = 40  # as lookahead.dashed_subtitle_at
_PARTS_SCANNED = 80  # lines looked down for a sibling heading: a feature's few profiles


def tail_of_dashed_subtitle(lines: Sequence[Line], index: int, subtitle: str) -> bool:
    """风采（二） under ——2022年重庆市“最美科技工作者”, over prose: the end of the ——副题 the column broke off.
    A head of the text's first part has a name and a colon (刘建华：让每一粒种子…) or a sibling heading
    further down the story (扎根田野的育种人 … 守护山城的监测者); a lone short line has neither."""
    text = lines[index].text
    if _SPACE_OR_COLON.search(text) or visible_length(subtitle + text) > _LONGEST_SUBTITLE:
        return False
    if not prose_at(lines, index + 1):
        return False
    for position in range(index + 2, min(len(lines), index + _PARTS_SCANNED)):
        if attribution_of(lines[position].text) is not None or credit_at(lines, position):
            return True  # the story ends (its attribution, the next story's byline) with no sibling
        if heading_at(lines, position) and prose_at(lines, position + 1):
            return False
    return True
