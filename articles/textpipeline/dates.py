"""Dates: the page's date, and each item's date from its dateline or lead.

Articles usually print 7月29日 without a year. The year comes, in this
order, from the date itself (2020年7月29日), the page date, the caller's
``year_hint``, the page's latest complete date (``page_anchor``: the year that
puts the month and day nearest it, so a 12月30日电 story on a page that says
1998年1月1日 is of 1997), or the year the page writes in (``present_year``: the latest
it names at least twice, else the latest it names; a plan's year, 到2021年, is not counted, and a
beginning, 从2021年开始, puts it at least at the year before). A
month later than the page date's month belongs to the year before (a 12月30日电
story on a 1 January page). With no date in the text (近日, 日前) the item gets the
page date if the page prints one, else None: a date is never invented.
Where the year comes only from the page's text and the page names several
years, or one only as the time of a past it tells (2008年，杨正荣自费学习…),
split_dates.py flags the item (``date_year_guessed``) for an editor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from .punctuation import halfwidth_alnum

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "O": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?:\d{1,2}|[〇零一二三四五六七八九十]{1,3})"
# The nought of a year in Chinese numerals: 〇 as set, 零, and the look-alikes of text copied from scans and
# older sites (二○○九年 with the circle ○, 二OO八年 with Latin O, 二00八年 with digits)
_CN_NOUGHT = "〇零○O0"
# 二〇二四年: a year in Chinese numerals, as a masthead or a formal notice's signature prints it
_CN_YEAR = rf"(?:一九|二[{_CN_NOUGHT}])[{_CN_NOUGHT}一二三四五六七八九]{{2}}"
# Text in which a year in Chinese numerals may be (the test is cheap; the Chinese-numeral patterns are not)
_CN_YEAR_HINTS = ("〇", "零", "○", "一九", "二O", "二0")
_YEAR_TEXT = rf"(?:\d{{4}}|{_CN_YEAR})"
# 二〇二四年六月一日 whole, for the patterns that find date lines (pagemeta_heads.py, pagemeta_boxes.py)
CN_DATE_TEXT = rf"{_CN_YEAR}年[〇零一二三四五六七八九十]{{1,3}}月[〇零一二三四五六七八九十]{{1,3}}日"
# Each pattern with a year comes twice: with a year in digits only, and (for a text with _CN_YEAR_HINTS
# in it) in Chinese numerals too; the second is slower over a whole page, and few pages need it.
_MONTH_DAY = re.compile(rf"(?:(\d{{4}})年)?({_NUM})月({_NUM})日"), re.compile(rf"(?:({_YEAR_TEXT})年)?({_NUM})月({_NUM})日")
# 农历三月十五日 (a lunar day, not the calendar's), 为迎接3月12日植树节 (the occasion ahead, not the event's day),
# 明年1月1日起 (a day of the year ahead: a plan the story announces, not the day it reports)
_NOT_THE_EVENTS_DAY = re.compile(r"(?:农历|阴历|迎接|喜迎|庆祝|明年|次年|来年)\s*$")
# 自2024年1月1日起施行, 从3月1日起: the day a rule takes effect or a plan begins (its 起 follows), no event's
_FROM_THE_DAY = re.compile(r"(?:自|从)\s*$")
_ON_FROM = re.compile(r"\s*起")
# …unless an activity the story reports starts then: 自5月18日起，全市开展为期一周的科技活动周
_EVENT_FROM = re.compile(r"\s*起[，,]?[^，。；]{0,6}?(?:开展|举办|举行|启动|召开)")
# 本报11月3日第3版《…》, 11月3日刊发的: an earlier issue the text refers to (a correction), no event's day.
_ISSUE_REFERENCE = re.compile(rf"\s*(?:第\s*{_NUM}\s*版|刊发|刊登|刊载|出版)")
_FULL_DATE = re.compile(rf"(\d{{4}})年({_NUM})月({_NUM})日"), re.compile(rf"({_YEAR_TEXT})年({_NUM})月({_NUM})日")
_ISO = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_CN_ISO = re.compile(rf"^({_CN_YEAR})年({_NUM})月({_NUM})日$")
_YEAR = re.compile(r"((?:19|20)\d{2})年"), re.compile(rf"((?:19|20)\d{{2}}|{_CN_YEAR})年")


def _for(text: str, patterns: tuple[re.Pattern, re.Pattern]) -> re.Pattern:
    """The pattern of the pair that ``text`` needs: Chinese-numeral years only where one may be."""
    return patterns[1] if any(start in text for start in _CN_YEAR_HINTS) else patterns[0]


def parse_iso_date(text: str) -> dt.date | None:
    """2020-03-25, 2020/3/25, 2020年3月25日, 二〇二〇年三月二十五日 → date; None if not a real date."""
    text = halfwidth_alnum(text.strip())[0]
    match = _ISO.match(text)
    if match:
        return _safe_date(*(int(g) for g in match.groups()))
    match = _CN_ISO.match(text)
    if match:
        return _safe_date(cn_year(match.group(1)), cn_number(match.group(2)), cn_number(match.group(3)))
    match = _ROC_DATE.match(text)
    if match:  # 113年7月22日: year 113 of the 民国 calendar is 2024
        return _safe_date(int(match.group(1)) + _ROC_YEAR_ONE, int(match.group(2)), int(match.group(3)))
    return None


# 113年7月22日: a date of Taiwanese copy, its year counted in the 民国 calendar (100 to 119: 2011 to 2030)
ROC_DATE_TEXT = r"(?<!\d)1[01]\d年\d{1,2}月\d{1,2}日"
_ROC_DATE = re.compile(r"^(1[01]\d)年(\d{1,2})月(\d{1,2})日$")
_ROC_YEAR_ONE = 1911


# A year a plan reaches for: 力争到2021年, 至2025年 (not 截至2020年 or 2019年到2021年, which are spans of time),
# 力争2025年, 预计2025年, 将于2025年; …and after it: 2035年远景目标, 2025年前
_TARGET_BEFORE = re.compile(r"(?<![\d年月日截止])[到至]\s*$|(?:力争|争取|预计|计划|将于?)\s*$")
_TARGET_AFTER = re.compile(r"\s*(?:底?前(?!后)|远景|目标)")
# The years a plan's title spans: 《…纲要（2021—2035年）》 (its horizon, not the page's year)
_PLAN_SPAN_BEFORE = re.compile(r"[（(]\d{4}\s*年?\s*[—–－\-~～至到]{1,2}\s*$")
_PLAN_SPAN_AFTER = re.compile(r"\s*[—–－\-~～至到]{1,2}\s*\d{4}\s*年\s*[）)]")
# A document's edition in its title: 《兽药生产质量管理规范（2020年修订）》, （2020年版）, （2018年修正本）
_EDITION_AFTER = re.compile(r"\s*(?:修订|修正|版)[本版]?\s*[）)]")
# A year something began in: 2019年以来, 自2018年起 (the story's own year is later, and unsaid).
_SINCE_AFTER = re.compile(r"\s*(?:以来|起|开始|至今)")
# …and one its sentence goes on to count the years since: 2021年，冯涛被派驻到龙台镇，3年来… (the story is of
# 2024 at least, not of 2021). A year whose clause gives its own figures (2023年，潼南区新建服务站12个，十年来全区
# 累计…) is the year of an account, the count a total reaching back past it.
_YEARS_FIGURE = r"\d+(?:\.\d+)?\s*万?\s*[个家所项场次名人户亩座批元]"
_COUNTED_SINCE = re.compile(
    rf"(?:(?!\d{{4}}\s*年|{_YEARS_FIGURE})[^。！？；\n]){{0,60}}?[，,]\s*这?(?<!\d)(?:\d{{1,2}}|[一二两三四五六七八九十几]{{1,3}})\s*年多?来"
)
# A beginning with what began between: 自2019年德阳海智工作基地获批以来 (a clause opened by 自 or 从 and closed by 以来)
_SINCE_OPENED = re.compile(r"(?:自|从)\s*$")
_SINCE_CLOSED = re.compile(r"[^，,。；;！？!?\n]{0,30}?(?:以来|起|开始|至今)")
# The end of a closed period: 截至2023年底, 截止到2023年末 (a figure for a year gone by; the present is after it,
# as if it began with the year after)
_CLOSED_BEFORE = re.compile(r"(?:截至|截止(?:到|至)?)\s*$")
_CLOSED_AFTER = re.compile(r"\s*[底末]")
# The year a sentence tells of, opening it as its time: 2008年，杨正荣…, 2012年我从外地打工回来
_TOLD_AFTER = re.compile(r"\s*(?:[，,]|[我他她](?![国省市县区乡镇村]))")
# A year of a body's history: 成立于1953年, 始建于1958年, 创办于1985年 (a society's page nearly always
# gives it; the story is decades later, and its year unsaid).
_FOUNDED_BEFORE = re.compile(r"(?:成立|创办|创立|组建|建立|建校|建院|诞生|建|发现|出土|发掘)于\s*$")  # 建于: 始建于, 创建于 too
# The year a thing was found: 1957年发现于合川太和镇, 1979年出土 (a fossil's or a relic's history on a museum's page)
_FOUND_AFTER = re.compile(r"\s*(?:被|在)?(?:发现于|出土|发掘于)")
# A person's birth year: 1968年生，四川遂宁人, 1982年11月出生, 出生于1968年 (a profile's; the story is decades later)
_BORN_AFTER = re.compile(r"\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日\s*)?)?出?生(?=[于在的，,。；;、）)\s]|$)")
_BORN_BEFORE = re.compile(r"(?<![发产衍])生于\s*$")  # not 发生于2023年, 产生于: when a thing happened


def page_years(text: str) -> list[int]:
    """Years the page text mentions (2020年, full-width digits and 二〇二〇年 too), but those of a plan
    (到2021年实现全覆盖, 2035年远景目标, 规划（2021—2035年）), of a document's edition (规范（2020年修订）), of a beginning (2019年以来, 2021年，…，3年来) or of a
    body's founding (成立于1953年) or a person's birth (1968年生), which say what is to come or what came before, not
    when the page was written."""
    return [year for year, began, _ in _named_years(text) if not began]


def beginning_years(text: str) -> list[int]:
    """Years the page names as a beginning (2019年以来, 从2021年开始): not its present, but a bound of it."""
    return [year for year, began, _ in _named_years(text) if began]


def _began(text: str, match: re.Match) -> int | None:
    """The year a beginning named at ``match`` starts the present from (2019年以来, 自2019年…获批以来: 2019;
    截至2023年底: 2024, the year after the period it closes), None if it names none."""
    year = cn_year(match.group(1))
    if _CLOSED_AFTER.match(text, match.end()) and _CLOSED_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return year + 1
    if _SINCE_AFTER.match(text, match.end()) or _COUNTED_SINCE.match(text, match.end()):
        return year
    if _SINCE_OPENED.search(text, max(0, match.start() - 2), match.start()) and _SINCE_CLOSED.match(text, match.end()):
        return year
    return None


def only_years_told(text: str) -> bool:
    """Whether every year the page names (but a beginning's) opens a sentence as the time of what it tells:
    2008年，杨正荣自费学习…, 2012年我从外地打工回来. A life or a past told is as often years before the page
    as of its year; a year that names a thing (2020年行动计划, 2023年学会工作会) is the page's own."""
    named = [told for _, began, told in _named_years(text) if not began]
    return bool(named) and all(named)


@lru_cache(maxsize=1)  # page_years and beginning_years ask of the same page, one after the other
def _named_years(text: str) -> list[tuple[int, bool, bool]]:
    """(year, whether it is a beginning, whether it is the time of a sentence told) of each year the page
    names, but those of a plan, an edition, a founding, a birth or a find; a beginning's year is the one the
    present starts from (``_began``)."""
    text = _halfwidth_page(text)
    named = []
    for match in _for(text, _YEAR).finditer(text):
        if _names_no_present(text, match):
            continue
        began = _began(text, match)
        told = bool(_TOLD_AFTER.match(text, match.end()))
        named.append((cn_year(match.group(1)) if began is None else began, began is not None, told))
    return named


def _names_no_present(text: str, match: re.Match) -> bool:
    """Whether the year at ``match`` is a plan's, an edition's, a founding's, a birth's or a find's: a time to
    come or long gone, which says nothing of when the page was written."""
    start, end = match.start(), match.end()
    return bool(
        _TARGET_BEFORE.search(text, max(0, start - 3), start)
        or _TARGET_AFTER.match(text, end)
        or _PLAN_SPAN_BEFORE.search(text, max(0, start - 10), start)
        or (start and text[start - 1] in "（(" and _PLAN_SPAN_AFTER.match(text, end))
        or (start and text[start - 1] in "（(" and _EDITION_AFTER.match(text, end))
        or _FOUNDED_BEFORE.search(text, max(0, start - 4), start)
        or _BORN_AFTER.match(text, end)
        or _BORN_BEFORE.search(text, max(0, start - 3), start)
        or _FOUND_AFTER.match(text, end)
    )


@lru_cache(maxsize=1)  # the years and the anchor of a page are read from the same text
def _halfwidth_page(text: str) -> str:
    """The page's text with full-width digits half-width (２０２０年 → 2020年), as the year patterns read it."""
    return halfwidth_alnum(text)[0]


def page_anchor(text: str) -> dt.date | None:
    """The latest complete date the page prints (1998年1月1日) within a year of a year it mentions
    most: the best evidence of when it was written when it prints no page date. None if none.

    Complete dates far from those years are history (新中国成立于1949年10月1日) or plans, not the
    page's present, so they are passed over.
    """
    text = _halfwidth_page(text)
    counts = Counter(cn_year(year) for year in _for(text, _YEAR).findall(text))
    if not counts:
        return None
    most = max(counts.values())
    present = [year for year, count in counts.items() if count == most]
    dates = (
        _safe_date(cn_year(match.group(1)), cn_number(match.group(2)), cn_number(match.group(3)))
        for match in _for(text, _FULL_DATE).finditer(text)
    )
    return max((date for date in dates if date and any(abs(date.year - year) <= 1 for year in present)), default=None)


def present_year(years: list[int], beginnings: list[int] = ()) -> int | None:
    """The year a page most likely writes in, from the years it names: the latest named at least
    twice (a target, 到2000年, or a year of history is usually named once), else the latest; never
    earlier than the year before a beginning it names (回顾2018年…，从2021年开始将…: 2020 at least)."""
    counts = Counter(years)
    repeated = [year for year, count in counts.items() if count > 1]
    named = max(repeated or counts, default=None)
    if named is None or not beginnings:
        return named  # a beginning alone (2019年以来) says the present is later, not which year it is
    return max(named, max(beginnings) - 1)


def later_than_named(years: list[int], beginnings: list[int]) -> bool:
    """Whether a beginning the page names puts its present after every year it names otherwise: the
    named years (回顾2018年) are then the past, and the present a guess from the beginning alone."""
    return bool(years) and bool(beginnings) and max(beginnings) - 1 > max(years)


# A story reports what happened, so its date is more often after the dates its page prints than
# before them: a candidate before the anchor counts this much farther away.
_BEFORE_ANCHOR = dt.timedelta(days=30)


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """``month``/``day`` in the year (the anchor's, or the one before or after) nearest ``anchor``,
    a date before it counting ``_BEFORE_ANCHOR`` farther (1月1日 half a year from 1997年6月30日 is 1998's)."""
    candidates = [_safe_date(anchor.year + offset, month, day) for offset in (-1, 0, 1)]
    return min(
        (date for date in candidates if date),
        key=lambda date: date - anchor if date >= anchor else anchor - date + _BEFORE_ANCHOR,
        default=None,
    )


# A date this many years or more before the year a page is written in is history the story recounts
# (屠呦呦 born 1930年12月30日, in a piece that goes on to 2015), not the day it reports.
_YEARS_OF_HISTORY = 2


def is_history(date: dt.date, present: int | None) -> bool:
    """Whether ``date`` lies years before the page's ``present`` year (a life or a history told)."""
    return present is not None and date.year <= present - _YEARS_OF_HISTORY


def first_date(
    text: str,
    *,
    page_date: dt.date | None = None,
    year_hint: int | None = None,
    anchor: dt.date | None = None,
    page_year: int | None = None,
) -> dt.date | None:
    """The first month-and-day in ``text`` as a date, its year taken as the module explains."""
    text = halfwidth_alnum(text)[0]
    for match in _for(text, _MONTH_DAY).finditer(text):
        if _ISSUE_REFERENCE.match(text, match.end()):
            continue
        if _NOT_THE_EVENTS_DAY.search(text, max(0, match.start() - 4), match.start()):
            continue
        if (
            _FROM_THE_DAY.search(text, max(0, match.start() - 2), match.start())
            and _ON_FROM.match(text, match.end())
            and not _EVENT_FROM.match(text, match.end())
        ):
            continue
        month, day = cn_number(match.group(2)), cn_number(match.group(3))
        if match.group(1):
            year = cn_year(match.group(1))
        elif page_date:
            year = page_date.year - 1 if month > page_date.month else page_date.year
        elif year_hint is None and anchor is not None:
            found = nearest_year(month, day, anchor)
            if found:
                return found
            continue
        else:
            year = year_hint or page_year
        if year is None:
            return None
        found = _safe_date(year, month, day)
        if found:
            return found
    return None


# 8/7/2024, 10/5/2024: a date in figures as 港澳 and Western copy write it, the day first or (less often) the
# month first; a mainland page writes the year first (2024/7/8, read by _LEADING_FIGURES_DATE)
_YEAR_LAST_FIGURES = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def year_last_date(text: str, page_date: dt.date | None = None, told: str = "") -> dt.date | None:
    """The first date in figures with the year last (本报雅安8/7/2024电), read the one way the page allows: a
    day after ``page_date`` is none the page reports, and the month and day the story ``told`` (7月8日) pick
    between 8 July and 7 August. None when it stays ambiguous: no date is better than a guessed one."""
    match = _YEAR_LAST_FIGURES.search(text)
    if match is None:
        return None
    first, second, year = (int(part) for part in match.groups())
    readings = {day for day in (_safe_date(year, second, first), _safe_date(year, first, second)) if day}
    readings = {day for day in readings if page_date is None or day <= page_date}
    if len(readings) > 1 and told:
        named = {(cn_number(found.group(2)), cn_number(found.group(3))) for found in _MONTH_DAY[0].finditer(told)}
        readings = {day for day in readings if (day.month, day.day) in named}
    return readings.pop() if len(readings) == 1 else None


_TIME_OF_DAY = r"(?:[上中下]午|晚上?|凌晨|早上|清晨|傍晚)?"
# 29日，5日至7日，5日—7日上午，: a bare day, or the first of a span of days
_LEADING_DAY = re.compile(rf"^\s*(本月|上月)?({_NUM})日(?:[至到—–－~～-]{_NUM}日)?{_TIME_OF_DAY}\s*[，,、]")
# 2021.3.8，2021-03-10，: a lead that opens with the whole date in figures
_LEADING_FIGURES_DATE = re.compile(r"^\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})日?\s*[，,、]")
_LEADING_YEAR_LAST = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*[，,、]")  # 10/5/2024，…: the year last
_LEADING_RELATIVE_DAY = re.compile(rf"^\s*(今天|今日|今晨|今早|今晚|昨天|昨日|昨晚|昨夜|前天|前日|前晚){_TIME_OF_DAY}\s*[，,、]")
_DAYS_BEFORE = {"今": 0, "昨": 1, "前": 2}
_LEADING_WEEKDAY = re.compile(rf"^\s*(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天]){_TIME_OF_DAY}\s*[，,、]")
_WEEKDAYS = "一二三四五六日"


def leading_day(text: str, page_date: dt.date | None) -> dt.date | None:
    """本报讯 29日，… : a lead that opens with a bare day is dated in the page's month (or the one before);
    本月18日，… in the page's month, 上月28日，… in the month before; one that opens with 昨日，…,
    今天，…, 上周六，… or 周六，… (the last one on or before the page's day) is dated from the page's
    own date. A day after the page's (本月25日，科协将…, 本周五，…) is a plan, not the day a story reports."""
    figures = _LEADING_FIGURES_DATE.match(text)
    if figures:
        return _safe_date(*(int(part) for part in figures.groups()))
    if _LEADING_YEAR_LAST.match(text):
        return year_last_date(text, page_date)  # 10/5/2024，… on a page of 15 May: 10 May
    if page_date is None:
        return None
    relative = _LEADING_RELATIVE_DAY.match(text)
    if relative:
        return page_date - dt.timedelta(days=_DAYS_BEFORE[relative.group(1)[0]])
    weekday = _LEADING_WEEKDAY.match(text)
    if weekday:
        return _weekday_of(weekday.group(1), _WEEKDAYS.index(weekday.group(2).replace("天", "日")), page_date)
    match = _LEADING_DAY.match(halfwidth_alnum(text)[0])
    if not match:
        return None
    day = cn_number(match.group(2))
    if match.group(1) == "本月":
        return _safe_date(page_date.year, page_date.month, day) if day <= page_date.day else None
    if match.group(1) == "上月" or day > page_date.day:  # 30日 on a 2 August page is 30 July
        previous = page_date.replace(day=1) - dt.timedelta(days=1)
        return _safe_date(previous.year, previous.month, day)
    return _safe_date(page_date.year, page_date.month, day)


def _weekday_of(week: str | None, weekday: int, page_date: dt.date) -> dt.date | None:
    """The day ``weekday`` (0 for Monday) of the page's week (本周, 这周), of the week before (上周), or the
    last such day up to the page's own (周六 alone); None for a day of the page's week still to come."""
    monday = page_date - dt.timedelta(days=page_date.weekday())
    if week == "上":
        return monday - dt.timedelta(days=7 - weekday)
    if week:
        day = monday + dt.timedelta(days=weekday)
        return day if day <= page_date else None
    return page_date - dt.timedelta(days=(page_date.weekday() - weekday) % 7)


def cn_number(text: str) -> int:
    """12, １２, 十二, 二十, 三: a number written in digits or Chinese numerals (0 when it is neither)."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CN_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(text, 0)


def cn_year(text: str) -> int:
    """2024 or 二〇二四 (digit by digit, 〇, 零 or a look-alike for nought) as a number."""
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGITS[char]) for char in text))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
