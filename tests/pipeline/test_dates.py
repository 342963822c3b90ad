"""Item and page dates: year from the date, the page, the caller or the page's text; never invented."""

import datetime as dt

import pytest

from articles.textpipeline.dates import first_date, parse_iso_date
from articles.textpipeline.split import split_page


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("7月29日,座谈会召开", {"page_date": dt.date(2020, 8, 1)}, dt.date(2020, 7, 29)),
        ("１２月３０日电", {"page_date": dt.date(1998, 1, 1)}, dt.date(1997, 12, 30)),
        ("2019年7月29日,座谈会召开", {"page_date": dt.date(2020, 8, 1)}, dt.date(2019, 7, 29)),
        ("7月29日,座谈会召开", {"year_hint": 2021}, dt.date(2021, 7, 29)),
        ("7月29日,座谈会召开", {"page_year": 2020}, dt.date(2020, 7, 29)),
        ("本报北京一月四日讯", {"year_hint": 1998}, dt.date(1998, 1, 4)),
        ("十二月二十五日", {"year_hint": 1997}, dt.date(1997, 12, 25)),
        ("7月29日,座谈会召开", {}, None),
        ("近日,座谈会召开", {"year_hint": 2020}, None),
        ("2月30日", {"year_hint": 2020}, None),
    ],
)
def test_first_date(text, kwargs, expected):
    """Month and day with the year from the text, page date, hint or page year; None without a year."""
    assert first_date(text, **kwargs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-03-25", dt.date(2020, 3, 25)),
        ("２０２０-０３-２５", dt.date(2020, 3, 25)),
        ("2020年3月5日", dt.date(2020, 3, 5)),
        ("2020-13-01", None),
    ],
)
def test_parse_iso_date(text, expected):
    """Page dates in ISO or Chinese form, full-width digits too."""
    assert parse_iso_date(text) == expected


def test_item_dates_in_a_page():
    """Dateline first, then the lead; 近日 with no page date gives None; year_hint fills the year."""
    text = "\n\n".join(
        [
            "第一条新闻的标题",
            "本报讯 7月29日,川渝科协座谈会召开。",
            "第二条新闻的标题",
            "本报讯 近日,达州市预防医学会组织开展培训会。",
            "(达州市科协)",
            "第三条新闻的标题",
            "新华社北京１２月３１日电 记者王明 会议今天召开。",
        ]
    )
    first, second, third = split_page(text, year_hint=2020).items
    assert first.date == dt.date(2020, 7, 29)
    assert second.date is None
    assert third.date == dt.date(2020, 12, 31)
    assert split_page(text).items[0].date is None


def test_page_date_from_site_line():
    """科技工作者之家 2020-03-25 gives the page date, which items without their own date carry."""
    result = split_page("科技工作者之家 2020-03-25\n\n一条新闻的标题\n\n近日,德阳市科协召开会议。(李华)")
    assert result.meta.page_date == dt.date(2020, 3, 25)
    assert result.items[0].date == dt.date(2020, 3, 25)
