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


def _guessed(items):
    return [item.title for item in items if any(flag.code == "date_year_guessed" for flag in item.flags)]


@pytest.mark.parametrize(
    ("page_lines", "guessed"),
    [
        # No printed date; the page names 1997 and 2000: the year of 12月31日 is a guess, shown to an editor.
        (["一九九七年的回顾", "本报北京12月31日电 1997年经济平稳，到2000年翻一番。"], ["一九九七年的回顾"]),
        # One year on the whole page: taken, no doubt raised.
        (["座谈会召开", "本报讯 7月29日，2020年度座谈会召开。"], []),
        # The year printed with the date itself.
        (["座谈会召开", "本报讯 2019年7月29日，座谈会召开，回顾2017年以来的工作。"], []),
        # A printed page date settles the year.
        (["科技工作者之家 2020-03-25", "座谈会召开", "本报讯 3月24日，座谈会召开，回顾2017年以来的工作。"], []),
        # No month and day at all: nothing to guess.
        (["座谈会召开", "本报讯 近日，座谈会召开，回顾2017年至2020年的工作。"], []),
    ],
)
def test_a_year_only_the_page_suggests_is_flagged(page_lines, guessed):
    """Without a page date, the latest year a page names dates its items; where it names several, that
    is a guess (人民日报 pages of January 1998 name 1997, 1998 and 2000) and an editor is asked."""
    items = split_page("\n\n".join(page_lines)).items
    assert _guessed(items) == guessed
    assert all(item.date is not None for item in items if item.title in guessed)
