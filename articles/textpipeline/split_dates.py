"""The date of each item ``split_page`` finds, and the page's say in its year: the dateline, the lead,
a notice's signature or the page's printed date, in that order; a year only guessed (no page date, none
beside the day) flagged for an editor, and a page whose days run from December into January put
across the turn of the year.

Kept apart from ``split.py`` because the year rules (``Dating``: page date, caller's hint, the latest
complete date printed, the year the page writes in) are one question of their own, asked of
``dates.py`` for each item once the items are assembled.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from . import credits_bylines
from .dates import first_date, is_history, leading_day, parse_iso_date, year_last_date
from .draft import Draft
from .model import PARAGRAPH, SUBHEADING, Block, Flag, Item
from .shapes_headlines import NOTICE_KINDS
from .shapes_lists import is_time_mark, opens_with_label
from .shapes_notices import (
    heads_the_enclosure,
    is_bare_attachment_head,
    is_document_number,
    signed_on_one_line,
    signs_with_date,
)
from .shapes_sections import is_editors_note


@dataclass(frozen=True)
class Dating:
    """What the page says about the year of its items' dates, strongest first (see dates.py)."""

    page_date: dt.date | None
    year_hint: int | None
    anchor: dt.date | None  # the latest complete date the page prints
    page_year: int | None  # the year it writes in (dates.present_year)


UNDATED = Dating(None, None, None, None)


def dating_at(draft: Draft, head_dates: list[tuple[int, dt.date]], dating: Dating) -> Dating:
    """Two issues pasted into one file, each under its dated head (四川科技报 2022年12月28日 第2版, then
    四川科技报 2023年1月4日 第2版): a story is of the issue whose head is the last above it, its 近日 that
    issue's day and its 1月2日 that issue's year, not the first head's."""
    if len({date for _, date in head_dates}) < 2 or draft.start is None:
        return dating
    above = [date for start, date in head_dates if start <= draft.start]
    return dataclasses.replace(dating, page_date=above[-1]) if above else dating


def crosses_new_year(items: list[Item]) -> bool:
    """Days of late in a year and early in one, and no others, on one page: its stories may straddle
    the turn of a year (a page of days all over the year says nothing about it)."""
    months = {item.date.month for item in items if item.date is not None}
    return months <= {11, 12, 1, 2} and bool(months & {11, 12}) and bool(months & {1, 2})


def date_across_new_year(items: list[Item], dating: Dating, years: list[int]) -> None:
    """December's and January's days of a page that crosses the turn of a year, whose year comes only
    from the year it writes in, are a year apart: the December of the year before it when it names
    that year too (回顾2020年 on a 2021 page), else of that year (回顾2020年工作 on 31 December), and
    January of the year after December's (a 1月1日 beside 12月31日 was put in the same year)."""
    if dating.page_year is None or dating.anchor is not None:
        return  # an anchor already puts each day in the year nearest it (dates.nearest_year)
    by_page_year = Dating(None, None, None, dating.page_year)
    december_year = dating.page_year - 1 if dating.page_year - 1 in years else dating.page_year
    for item in items:
        if item.date is None or item.date == item_date(item, UNDATED) or item.date != item_date(item, by_page_year):
            continue  # no date, its year written beside it, or one the page's printed date gave
        year = december_year if item.date.month >= 11 else december_year + 1
        with contextlib.suppress(ValueError):  # 2月29日 stays where its year has one
            item.date = item.date.replace(year=year)


def year_doubt(several_years: bool, crosses_new_year: bool, only_years_told: bool) -> str | None:
    """Why the year the page's text suggests for its days is a guess, if it is: the page names several
    years (一九九七年回顾, 到2000年的目标), its days run from December into January, or it names a year
    only as the time of something told (2008年，杨正荣自费学习…: a life's year, not the page's)."""
    if several_years:
        return "页面还提到其他年份"
    if crosses_new_year:
        return "页面上的日期从岁末跨到年初，可能不在同一年"
    if only_years_told:
        return "页面只在叙述往事时提到这个年份"
    return None


def flag_guessed_year(item: Item, dating: Dating, doubt: str) -> None:
    """A date whose year only the page's other dates and years suggest is shown to an editor, not trusted.

    With no page date and no year beside the month and day, the year is the one nearest the
    latest complete date the page prints, else the year it writes in (``present_year``); ``doubt`` says
    why either is a guess (``year_doubt``).
    """
    if item.date is None or dating.page_date is not None or dating.year_hint is not None:
        return
    if item_date(item, UNDATED) == item.date:
        return  # the year was written with the date itself
    day = f"{item.date.month}月{item.date.day}日"
    if dating.anchor is not None:
        anchor = dating.anchor
        reason = f"按页面中最晚的完整日期（{anchor.year}年{anchor.month}月{anchor.day}日）推定为{item.date.year}年"
    else:
        reason = f"按页面提到的年份推定为{item.date.year}年"
    item.flags.append(Flag("date_year_guessed", f"页面没有印日期，“{day}”的年份{reason}，{doubt}，请核对", day))


def item_date(item: Item, dating: Dating) -> dt.date | None:
    """From the dateline, else the lead paragraph (or caption), else a notice's signature, else the page date;
    a commentary by the page that prints it. A notice (公告, 公示, 启事, 通知) on an undated page is of its
    signature's day or none: the days in its text are the schedule it announces (报名时间, 公示时间, 请于…前),
    which it was published before."""
    if (
        dating.page_date is not None
        and not item.dateline
        and credits_bylines.signed_as_commentary(item.credit_lines)
    ):
        return dating.page_date
    if is_chronicle(item):
        return _signature_date(item) or dating.page_date  # its first entry's day is no day of the whole
    if dating.page_date is None and not item.dateline and item.title.endswith(NOTICE_KINDS):
        return _signature_date(item)  # the days in its text are its schedule (报名时间：…), not its own
    # The lead is the story's first paragraph, not an editor's note or a document's number (2024年第2号)
    # printed over it.
    lead = next((b.text for b in item.blocks if b.kind == PARAGRAPH and not _over_the_lead(b.text)), "")
    if not lead and item.captions:
        lead = "\n".join(caption.text for caption in item.captions)  # 1、新年夜… 2、1月2日，…: the first day any names
    if not item.dateline and tells_a_death(lead) and (
        published := _signature_date(item) or (dating.page_date if opens_with_a_death(lead) else None)
    ):
        # …于2022年4月11日在成都逝世，享年89岁 opening a 讣告, 生平 or memorial piece: the day it was published
        # (its 治丧委员会's date, else the page's), not the death's; a news report of a death has its dateline,
        # or opens with its own event's day (5月30日，…追思会举行。…于5月20日逝世)
        return published
    opening = leading_day(lead, dating.page_date)
    if opening and not first_date(item.dateline or "", page_date=dating.page_date):
        return opening
    for source in (item.dateline or "", lead):
        found = first_date(
            source,
            page_date=dating.page_date,
            year_hint=dating.year_hint,
            anchor=dating.anchor,
            page_year=dating.page_year,
        )
        if not found and source is not lead:
            found = year_last_date(source, dating.page_date, told=lead)  # 本报雅安8/7/2024电 over 7月8日，…
        if found and source is lead and is_history(found, _present(dating)):
            break  # 1930年12月30日，屠呦呦出生于…: a life or a history told, not the day a story reports
        if found and source is lead and (signed := _signature_date(item)) is not None and found > signed:
            return signed  # 公示时间为2024年7月1日至… in a 公示 signed 2024年6月30日: a day it announces, ahead
        if found and source is lead and dating.page_date is not None and found > dating.page_date:
            # …定于2024年11月8日召开 in a 启事 signed 2024年10月16日: the day it announces is ahead; the notice's own
            # is its signature's
            signed = _signature_date(item)
            if signed is not None and signed <= dating.page_date:
                return signed
            if opens_with_label(lead):
                return dating.page_date  # 活动时间：2024年7月22日… in a call published in June: the call's day
        if found:
            return found
    return _signature_date(item) or dating.page_date


def _over_the_lead(text: str) -> bool:
    """编者按：…, 2024年第2号, 渝科协发〔2024〕12号: a note or the number a document is filed under, printed
    over the story's first paragraph, which tells its day."""
    return is_editors_note(text) or is_document_number(text)


# 1月5日 市科协召开…, 2023年3月12日，…: an entry of a chronicle, opened by its day
_ENTRY_DAY = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_CHRONICLE_ENTRIES = 3  # days heading entries: fewer are a story told day by day


def is_chronicle(item: Item) -> bool:
    """重庆市科协2023年大事记 (1月5日 …, 3月12日 …, 12月28日 …), a 工作简报's dated entries: a list of
    days, most of its paragraphs opened (or headed) by one; the whole is of no one of them. A story
    under a 本报讯 dateline (5月15日，…发布活动安排 over 5月18日…) is the day its lead reports."""
    if item.dateline:
        return False
    paragraphs = [block.text for block in item.blocks if block.kind == PARAGRAPH]
    opened = sum(1 for text in paragraphs if _ENTRY_DAY.match(text))
    headed = sum(1 for heading in item.subheadings if is_time_mark(heading) and _ENTRY_DAY.match(heading))
    return opened + headed >= _CHRONICLE_ENTRIES and 2 * (opened + headed) >= len(paragraphs)


# An obituary's lead: …于2022年4月11日在成都逝世，享年89岁 (the day of a death, not of its notice)
_TELLS_A_DEATH = re.compile(r"(?:逝世|病逝|去世|辞世|与世长辞).{0,12}享年")


def tells_a_death(lead: str) -> bool:
    """Whether a lead tells of someone's death (逝世…享年): its date is the death's, and the notice's
    signature date, else the page's printed date, is the story's."""
    return _TELLS_A_DEATH.search(lead) is not None


# A day named in a lead (5月20日, 20日): the death's, or another event's before it
_DAY = re.compile(r"(?:\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*[日号]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def opens_with_a_death(lead: str) -> bool:
    """Whether a lead's first sentence tells the death and names no day but the death's (…于4月11日在成都逝世，
    享年89岁): a memorial piece of its page's day. 5月30日，…追思会举行。…于5月20日逝世 or 5月28日，记者获悉，
    …于5月27日逝世 open with another day's event: a news report of that day."""
    death = _TELLS_A_DEATH.search(lead)
    if death is None:
        return False
    before = lead[: death.start()]
    return _SENTENCE_END.search(before) is None and len(_DAY.findall(before)) <= 1


def _present(dating: Dating) -> int | None:
    """The year the page was written in: its printed date's, the caller's, else the latest of the
    year its latest complete date is in and the year it writes in."""
    if dating.page_date is not None:
        return dating.page_date.year
    if dating.year_hint is not None:
        return dating.year_hint
    years = [year for year in (dating.anchor and dating.anchor.year, dating.page_year) if year]
    return max(years, default=None)


def _heads_enclosure(block: Block, item: Item) -> bool:
    """The sub-heading naming the document a 关于印发《…》的通知 issues, printed under the notice's signature."""
    return block.kind == SUBHEADING and heads_the_enclosure(block.text, f"{item.kicker}{item.title}")


def _signature_date(item: Item) -> dt.date | None:
    """A notice dated under its issuer's name (or beside it, on one line), at its end or over its attachment
    (附件 / its list, or the document it issues)."""
    blocks = item.blocks
    for position in range(len(blocks) - 2, -1, -1):
        issuer, date_line = blocks[position], blocks[position + 1]
        after = blocks[position + 2] if position + 2 < len(blocks) else None
        if after is not None and not is_bare_attachment_head(after.text) and not _heads_enclosure(after, item):
            continue
        if issuer.kind == date_line.kind == PARAGRAPH and signs_with_date(issuer.text, date_line.text):
            return parse_iso_date(date_line.text)
        if date_line.kind == PARAGRAPH and (signature := signed_on_one_line(date_line.text)):
            return parse_iso_date(signature[1])  # 南充市科学技术协会 2024年3月10日, one line
    return None
