"""Item and page dates: year from the date, the page, the caller or the page's text; never invented."""

import datetime as dt

import pytest

from articles.textpipeline.dates import (
    first_date,
    leading_day,
    nearest_year,
    page_anchor,
    parse_iso_date,
    present_year,
)
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
        # The year nearest the page's latest complete date, across the new year both ways.
        ("１２月３０日电", {"anchor": dt.date(1998, 1, 1), "page_year": 2000}, dt.date(1997, 12, 30)),
        ("一月二日电", {"anchor": dt.date(1997, 12, 31)}, dt.date(1998, 1, 2)),
        ("7月29日,座谈会召开", {"anchor": dt.date(2020, 8, 1)}, dt.date(2020, 7, 29)),
        # A printed page date or the caller's year comes first.
        ("12月30日电", {"anchor": dt.date(1998, 1, 1), "year_hint": 1998}, dt.date(1998, 12, 30)),
        ("12月30日电", {"anchor": dt.date(1998, 1, 1), "page_date": dt.date(1998, 12, 31)}, dt.date(1998, 12, 30)),
        ("2月29日", {"anchor": dt.date(2021, 1, 10)}, dt.date(2020, 2, 29)),  # the only leap year of the three
        ("7月29日,座谈会召开", {}, None),
        ("近日,座谈会召开", {"year_hint": 2020}, None),
        ("2月30日", {"year_hint": 2020}, None),
        # An earlier issue the text cites (a correction) is no event's day; the next date is.
        ("本报11月3日第3版《科普大篷车进校园》一文中“渝北区”应为“渝中区”", {"year_hint": 2023}, None),
        ("本报11月3日刊发的《科普大篷车进校园》，11月5日起", {"year_hint": 2023}, dt.date(2023, 11, 5)),
        ("本报11月3日讯 科普大篷车", {"year_hint": 2023}, dt.date(2023, 11, 3)),
        ("二〇二四年三月五日，会议召开", {}, dt.date(2024, 3, 5)),
        # a day of the year ahead is a plan, not the event's (明年1月1日 on 1997-12-31 had become 1997-01-01)
        ("法国政府30日宣布，明年1月1日起最低工资标准提高4％。", {"page_date": dt.date(1997, 12, 31)}, None),
        ("次年3月5日，该项目通过验收", {"year_hint": 2020}, None),
        # the day a rule takes effect (自…起施行) is no event's (2024-01-01 was the 政策解读's date)
        ("近日，省科协印发《办法》。《办法》自2024年1月1日起施行。", {"page_date": dt.date(2023, 11, 22)}, None),
        ("从3月1日起，全市科普基地免费开放", {"year_hint": 2024}, None),
        ("自3月1日至5日，科技活动周在全市举行", {"year_hint": 2024}, dt.date(2024, 3, 1)),  # a span, no 起
        # ...but an activity the story reports may start then (自5月18日起，全市开展… had lost its date)
        ("自5月18日起，全市开展为期一周的科技活动周", {"year_hint": 2024}, dt.date(2024, 5, 18)),
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
        # a masthead's or a formal notice's date in Chinese numerals, 〇 or 零 for nought
        ("二〇二四年六月一日", dt.date(2024, 6, 1)),
        ("二零二三年十二月三十一日", dt.date(2023, 12, 31)),
        ("一九九七年七月一日", dt.date(1997, 7, 1)),
        ("二〇二四年二月三十日", None),
        ("一二三四年五月二日", None),  # no year of ours
        # the look-alike noughts of text copied from scans and older sites (二○○九年 had been no date)
        ("二○○九年三月十八日", dt.date(2009, 3, 18)),
        ("二OO八年五月十二日", dt.date(2008, 5, 12)),
        ("二00八年五月十二日", dt.date(2008, 5, 12)),
        # Taiwanese copy counts years in the 民国 calendar (113年7月22日 had been a headline, the date lost)
        ("113年7月22日", dt.date(2024, 7, 22)),
        ("13年7月22日", None),
    ],
)
def test_parse_iso_date(text, expected):
    """Page dates in ISO or Chinese form, full-width digits too."""
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1929年11月2日建交，1998年1月1日起生效，1989年12月13日签署", dt.date(1998, 1, 1)),
        # History far from the year the page talks about is not its present.
        ("2020年工作会议召开，2020年目标完成。新中国成立于1949年10月1日。", None),
        ("2020年7月1日，2020年任务，2019年回顾。1949年10月1日", dt.date(2020, 7, 1)),
        ("１９９７年１２月３１日", dt.date(1997, 12, 31)),
        ("二〇二四年三月五日召开，二〇二四年任务", dt.date(2024, 3, 5)),
        ("一九九七年的回顾，到2000年翻一番", None),  # years alone are no date
        ("2020年2月30日", None),  # not a real date
    ],
)
def test_page_anchor_is_the_latest_complete_date(text, expected):
    assert page_anchor(text) == expected


def test_nearest_year_has_no_answer_for_a_day_no_year_has():
    assert nearest_year(2, 30, dt.date(2020, 1, 1)) is None


@pytest.mark.parametrize(
    ("month", "day", "anchor", "expected"),
    [
        (12, 30, dt.date(1998, 1, 1), dt.date(1997, 12, 30)),  # two days before beats a year after
        (1, 2, dt.date(1997, 12, 31), dt.date(1998, 1, 2)),
        # Half a year either way: a story is more often after the dates its page prints.
        (1, 1, dt.date(1997, 6, 30), dt.date(1998, 1, 1)),
        (7, 1, dt.date(2020, 1, 10), dt.date(2020, 7, 1)),
        (12, 1, dt.date(2020, 1, 10), dt.date(2019, 12, 1)),  # 40 days before, not 11 months after
    ],
)
def test_nearest_year_leans_after_the_anchor(month, day, anchor, expected):
    assert nearest_year(month, day, anchor) == expected


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        ([], None),
        ([2020], 2020),
        ([1997, 2000], 2000),  # named once each: the latest
        ([1997, 1997, 1997, 1998, 1998, 2000], 1998),  # 到2000年, a target named once, is not the present
        ([1998, 1998, 1998, 1999, 1992, 1997], 1998),
        ([2019, 2020, 2020, 2021, 2021], 2021),
    ],
)
def test_present_year_is_the_latest_named_more_than_once(years, expected):
    assert present_year(years) == expected


@pytest.mark.parametrize(
    ("years", "beginnings", "expected"),
    [
        ([2018], [2021], 2020),  # 回顾2018年…，从2021年开始将…: the page writes in 2020 at least (it was 2018)
        ([2020, 2020], [2019], 2020),  # 2019年以来 is before the present: no change
        ([], [2019], None),  # a beginning alone says the present is later, not which year
    ],
)
def test_a_beginning_the_page_names_bounds_its_present_year(years, beginnings, expected):
    assert present_year(years, beginnings) == expected


def test_a_target_year_named_once_does_not_date_the_page():
    """人民日报, 5 January 1998: 1998 named twice, 1999 once as a plan; 1月4日电 is 1998's, flagged."""
    text = "\n\n".join([
        "俄罗斯外交拓宽经贸路",
        "新华社莫斯科1月4日电 1998年俄罗斯将继续拓展对外经贸关系，1998年的目标已经确定，1999年还将扩大。",
    ])
    (item,) = split_page(text).items
    assert item.date == dt.date(1998, 1, 4)
    assert [flag.code for flag in item.flags if flag.code == "date_year_guessed"] == ["date_year_guessed"]


def test_a_year_end_page_dates_its_items_by_its_latest_complete_date():
    """A 1 January page that names 1997, 1998 and the 2000 target: 12月30日 is 1997's, 1月1日 1998's,
    not 2000's (the latest year named); still a guess, so flagged with the date it was taken from."""
    text = "\n\n".join([
        "新年贺词发表",
        "本报北京12月31日电 1998年1月1日起，新的一年开始，1997年成绩显著，到2000年翻一番。",
        "元旦升旗仪式举行",
        "本报北京1月1日电 今天清晨举行升旗仪式。",
    ])
    first, second = split_page(text).items
    assert (first.date, second.date) == (dt.date(1997, 12, 31), dt.date(1998, 1, 1))
    messages = [flag.message for item in (first, second) for flag in item.flags if flag.code == "date_year_guessed"]
    assert len(messages) == 2 and all("1998年1月1日" in message for message in messages)


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


@pytest.mark.parametrize(
    ("page_lines", "page_date", "expected"),
    [
        # a masthead date with the circle ○ for nought (it had become the first headline)
        (["重庆科技报", "二○○九年三月十八日 星期三", "大足县科协开展科普宣传", "本报讯 3月12日，大足县科协开展科普宣传。"],
         dt.date(2009, 3, 18), [("大足县科协开展科普宣传", dt.date(2009, 3, 12))]),
        # a notice's signature date stays in the notice and dates it (it had become an item of its own)
        (["关于开展科普月活动的通知", "各区（市）县科协：", "请各单位于四月三十日前报送活动总结。", "成都市科学技术协会",
          "二○一○年二月二十六日"], None, [("关于开展科普月活动的通知", dt.date(2010, 2, 26))]),
    ],
)
def test_a_chinese_numeral_date_with_a_look_alike_nought(page_lines, page_date, expected):
    """二○○九年 (the circle ○, not 〇) is read as a date in a masthead and in a signature."""
    result = split_page("\n\n".join(page_lines))
    assert result.meta.page_date == page_date
    assert [(item.title, item.date) for item in result.items] == expected


@pytest.mark.parametrize(
    ("page_lines", "expected"),
    [
        # a chronicle's entries, each opened by its day: no one of them is the whole's (it was 1月5日's)
        (["重庆市科协2023年大事记", "1月5日 市科协召开十届三次全委会议。", "3月12日 全国科技工作者日筹备会召开。",
          "12月28日 市科协召开全市科协工作会议。"], None),
        # a printed date over it dates it
        (["重庆科技报", "2024年1月10日", "重庆市科协2023年大事记", "1月5日 市科协召开十届三次全委会议。",
          "3月12日 全国科技工作者日筹备会召开。", "12月28日 市科协召开全市科协工作会议。"], dt.date(2024, 1, 10)),
        # two dated paragraphs: a story told day by day, its first day its own
        (["市科协开展科普下乡活动", "3月5日，市科协专家到綦江区开展培训。", "3月6日，专家到南川区开展培训。"], dt.date(2024, 3, 5)),
        # a 本报讯 lead over the days of the programme it announces: the lead's day
        (["永川区科技活动周活动安排出炉", "本报讯（通讯员 黄敏）5月15日，永川区科协发布活动安排。", "5月18日 启动仪式。",
          "5月20日 院士专家报告会。"], dt.date(2024, 5, 15)),
    ],
)
def test_a_chronicle_is_not_dated_by_its_first_entry(page_lines, expected):
    """大事记: a list of dated entries is of the page's date (or none), not of its first entry's day."""
    assert split_page("\n\n".join(page_lines), year_hint=2024).items[0].date == expected


@pytest.mark.parametrize(
    ("lead", "signature", "expected"),
    [
        # a signed obituary: the notice's date, not the death's (the lead's 4月11日 was the story's date)
        ("王守成同志因病医治无效，于2022年4月11日在成都逝世，享年89岁。", ["四川大学王守成院士治丧委员会", "2022年4月13日"],
         dt.date(2022, 4, 13)),
        ("张明同志于2023年1月6日在重庆病逝，享年92岁。", ["重庆市农学会", "2023年1月7日"], dt.date(2023, 1, 7)),
        # unsigned, the page's printed date (a memorial piece is published days after the death)
        ("王守成同志因病医治无效，于2022年4月11日在成都逝世，享年89岁。", [], dt.date(2022, 4, 15)),
        # a news report of the death under its dateline keeps the lead's day; a lead of no death keeps its own
        ("本报讯 王守成同志因病医治无效，于2022年4月11日在成都逝世，享年89岁。", [], dt.date(2022, 4, 11)),
        ("4月11日，市科协召开会议。", ["重庆市科学技术协会", "2022年4月13日"], dt.date(2022, 4, 11)),
        ("4月11日，市科协召开会议。", [], dt.date(2022, 4, 11)),
    ],
)
def test_a_signed_obituary_is_dated_by_its_signature_not_the_death(lead, signature, expected):
    """逝世…享年 in the lead: the death's day is no story's day when the notice is signed with its own."""
    page = ["四川科技报", "2022年4月15日", "沉痛悼念王守成院士", lead, *signature]
    assert split_page("\n\n".join(page)).items[0].date == expected


@pytest.mark.parametrize(
    ("page_head", "expected"),
    [
        # a memorial feature on a dated web repost: the repost's day, not the death's (in the year before)
        (["科技工作者之家 2024-01-12"], dt.date(2024, 1, 12)),
        # on an undated page the death's day is the only day there is
        ([], dt.date(2023, 12, 29)),
    ],
)
def test_a_memorial_feature_is_dated_by_its_page_not_the_death(page_head, expected):
    """2023年12月29日凌晨，…逝世，享年91岁 opening a memorial piece printed weeks later."""
    page = [*page_head, "他把一生献给了秦巴山区的果园", "2023年12月29日凌晨，四川农业大学教授陈志强先生在成都逝世，享年88岁。",
            "陈志强1935年生于四川省广安县，1957年毕业于西南农学院。", "（王建国）"]
    assert split_page("\n\n".join(page)).items[0].date == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a news report opening with its own event, the death told after it: the event's day
        ("9月12日，张国华研究员追思会在四川农业大学举行。张国华于9月3日在雅安病逝，享年86岁。", dt.date(2023, 9, 12)),
        ("9月14日，记者从四川农业大学获悉，张国华研究员因病于9月13日在雅安逝世，享年86岁。", dt.date(2023, 9, 14)),
        # over-reach guard: a piece opening with the death is of its page's day, with or without a date
        ("9月3日凌晨，四川农业大学研究员张国华在雅安病逝，享年86岁。他的学生在追思会上发言。", dt.date(2023, 9, 20)),
    ],
)
def test_a_report_opening_with_its_event_keeps_its_day_though_it_tells_a_death(lead, expected):
    """追思会, 纪念座谈会, 院士逝世 news: a lead whose first day is not the death's is an ordinary report."""
    page = ["四川科技报  2023年9月20日  第2版", "张国华研究员追思会举行", lead, "（川科）"]
    assert split_page("\n\n".join(page)).items[0].date == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        # a notice of a meeting ahead, signed: the signature's day (the meeting's 11月8日 was the notice's date)
        (["重庆市土壤学会", "2024年10月16日"], dt.date(2024, 10, 16)),
        # unsigned, the lead's day stays
        ([], dt.date(2024, 11, 8)),
    ],
)
def test_a_signed_notice_of_an_event_ahead_is_dated_by_its_signature(signature, expected):
    """定于2024年11月8日…召开 after the page's day: the day the notice announces, not its own."""
    page = ["重庆科技报", "2024年10月18日 星期五", "启事", "重庆市土壤学会第九次会员代表大会定于2024年11月8日在西南大学召开。", *signature]
    assert split_page("\n\n".join(page)).items[0].date == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a call's field names its event ahead: the post's day (it was dated by the camp, 7月22日)
        ("活动时间：2024年7月22日—7月26日（共5天）", dt.date(2024, 6, 25)),
        ("讲座时间：2024年7月22日（周一）14:30—16:30", dt.date(2024, 6, 25)),
        ("2024年7月22日，渝北区科协将举办科技夏令营。", dt.date(2024, 7, 22)),  # a story's lead: its own day
    ],
)
def test_an_unsigned_calls_field_of_an_event_ahead_dates_it_by_the_post(lead, expected):
    """活动时间：2024年7月22日… in a post of 2024-06-25 with no signature: the call's day, not its event's."""
    page = ["渝北科协\n2024-06-25 09:00", "渝北区“小小科学家”科技夏令营开始招募啦", lead, "活动地点：重庆科技馆"]
    assert split_page("\n\n".join(page)).items[0].date == expected


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
        # No printed date; the page names 1997 and 1996: the year of 12月31日 is a guess, shown to an editor.
        (["一九九七年的回顾", "本报北京12月31日电 1997年经济平稳，比1996年增长8%。"], ["一九九七年的回顾"]),
        # ... but a plan's year (到2000年翻一番) says nothing of when the page was written
        (["一九九七年的回顾", "本报北京12月31日电 1997年经济平稳，到2000年翻一番。"], []),
        # One year on the whole page: taken, no doubt raised.
        (["座谈会召开", "本报讯 7月29日，2020年度座谈会召开。"], []),
        # The year printed with the date itself.
        (["座谈会召开", "本报讯 2019年7月29日，座谈会召开，回顾2017年以来的工作。"], []),
        # A printed page date settles the year.
        (["科技工作者之家 2020-03-25", "座谈会召开", "本报讯 3月24日，座谈会召开，回顾2017年以来的工作。"], []),
        # No month and day at all: nothing to guess.
        (["座谈会召开", "本报讯 近日，座谈会召开，回顾2017年至2020年的工作。"], []),
        # One past year (回顾2018年) on a page that says what begins in 2021: it writes later, a guess.
        (["省科协慰问科技工作者", "本报成都12月31日电 负责人回顾了2018年调研时的情景，表示从2021年开始将加大支持。"],
         ["省科协慰问科技工作者"]),
        # One year, named only as the time of a life told (2012年我…, 2008年，…): a guess (both were taken, unflagged)
        (["大山里的“蜂王”", "答：2012年我从外地打工回来，就想着养蜂。", "梁平区科协开展柚子冬管培训",
          "本报讯 12月3日上午，梁平区科协开展柚子冬季管理技术培训。", "（梁平区科协）"], ["梁平区科协开展柚子冬管培训"]),
        (["他让老品种变成金果果", "本报讯 3月10日，攀枝花市科协走访芒果种植户。2008年，杨正荣自费学习芒果高接换种技术。"],
         ["他让老品种变成金果果"]),
        # …but a year that names a thing of the page (2020年行动计划, 2020年度) is its own
        (["座谈会召开", "本报讯 7月29日，座谈会召开。", "会议部署了2020年行动计划。"], []),
        (["座谈会召开", "本报讯 7月29日，座谈会召开。2020年我国科技经费投入继续增长。"], []),
    ],
)
def test_a_year_only_the_page_suggests_is_flagged(page_lines, guessed):
    """Without a page date, the latest year a page names dates its items; where it names several, that
    is a guess (人民日报 pages of January 1998 name 1997, 1998 and 2000) and an editor is asked."""
    items = split_page("\n\n".join(page_lines)).items
    assert _guessed(items) == guessed
    assert all(item.date is not None for item in items if item.title in guessed)


def test_a_plans_year_is_not_the_year_of_a_story_on_an_undated_page():
    """到2021年实现全覆盖 was the only year on the page: 4月20日 became 2021-04-20, unflagged."""
    result = split_page(
        "\n".join(["江津区科协开展宣传月活动", "本报讯 4月20日，江津区科协开展宣传月活动，将力争到2021年实现全区全覆盖。"])
    )
    assert result.items[0].date is None
    dated = split_page("\n".join(["江津区科协开展宣传月活动", "本报讯 4月20日，2020年科技之春宣传月启动，力争到2021年全覆盖。"]))
    assert dated.items[0].date == dt.date(2020, 4, 20)


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a document's edition in its title is not the story's year (it was 2020-11-06, unflagged)
        ("11月6日，荣昌区科协举办兽药GMP检查培训，解读《兽药生产质量管理规范（2020年修订）》。", None),
        ("11月6日，区科协组织学习《中华人民共和国药典（2020年版）》。", None),
        ("11月6日，区科协组织学习《中华人民共和国科学技术进步法（2021年修订本）》。", None),
        # a year the text names of its own still dates it
        ("2024年11月6日，区科协组织学习《中华人民共和国药典（2020年版）》。", dt.date(2024, 11, 6)),
    ],
)
def test_a_documents_edition_is_not_the_year_of_a_story(story, expected):
    """《…规范（2020年修订）》 was the only year: 11月6日 became 2020-11-06."""
    assert split_page("区科协开展培训\n" + story).items[0].date == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("本报讯（记者 张三）2月20日，重庆市科协召开科普工作会议。", dt.date(2024, 2, 20)),
        ("本报讯（记者 张三）近日，重庆市科协召开科普工作会议。", None),  # no day told: none invented
    ],
    ids=["day_told", "no_day"],
)
def test_a_documents_number_over_the_lead_does_not_hide_its_day(lead, expected):
    """2024年第2号 over a bulletin's headline is the first line of its text, over the lead: the lead's 2月20日
    still dates the story, in the number's year (it was undated)."""
    (item,) = split_page("\n".join(["2024年第2号", "重庆市科协科普工作简报", lead])).items
    assert (item.title, item.blocks[0].text, item.date) == ("重庆市科协科普工作简报", "2024年第2号", expected)


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a year its sentence counts the years since (3年来) is a beginning: the present is later (it was 2021-09-12)
        ("9月12日，果农正在采摘柠檬。2021年，冯涛被派驻到龙台镇，3年来，他带领团队建成示范园。", None),
        ("9月12日，果农正在采摘柠檬。2021年，冯涛被派驻到龙台镇，三年多来，他带领团队建成示范园。", None),
        # …but a year whose clause gives its figures is an account's: the count reaches back past it (it was no date)
        ("2023年，潼南区新建科普惠农服务站12个，十年来全区累计建成服务站150个。12月5日，区科协召开年度总结会。",
         dt.date(2023, 12, 5)),
        # a count in the next sentence is not of that year: it is the only one named, told (a guess, flagged)
        ("9月12日，果农正在采摘柠檬。2021年，冯涛被派驻到龙台镇。3年来，他带领团队建成示范园。", dt.date(2021, 9, 12)),
    ],
)
def test_a_year_its_sentence_counts_years_since_is_a_beginning(story, expected):
    """2021年，…，3年来: the story is of 2024 at least, not of 2021."""
    assert split_page("科技特派员扎根柠檬园\n" + story).items[0].date == expected


@pytest.mark.parametrize("span", ["（2021—2035年）", "（2021-2035年）", "（2021年—2035年）", "（2021至2035年）"])
def test_the_years_a_plans_title_spans_are_not_the_year_of_a_story(span):
    """《纲要（2021—2035年）》 was the only year: 5月10日 became 2035-05-10, unflagged. Under a
    periodical's head (巴中科技 2023年第5期) the issue's year dates it."""
    story = f"5月10日，巴中市科协召开推进会。会议要求，各地要对标对表《全民科学素质行动规划纲要{span}》。"
    assert split_page("巴中市科协召开科普工作推进会\n" + story).items[0].date is None
    issued = split_page("巴中科技 2023年第5期\n巴中市科协召开科普工作推进会\n" + story)
    assert (issued.meta.site, issued.items[0].title, issued.items[0].date) == (
        "巴中科技", "巴中市科协召开科普工作推进会", dt.date(2023, 5, 10))


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the occasion ahead is not the event's day (3月12日 had been taken)
        ("为迎接3月12日植树节，3月10日，潼南区科协开展植树节科普宣传活动。", dt.date(2021, 3, 10)),
        ("3月12日植树节当天，潼南区科协开展植树节科普宣传活动。", dt.date(2021, 3, 12)),
        # a lunar day is no calendar day (农历三月十五日 had become 15 March): the page's date
        ("今年农历三月十五日，秀山县科协在梅江镇举办民俗科普展。", dt.date(2021, 4, 30)),
    ],
)
def test_the_day_a_lead_reports(lead, expected):
    result = split_page(f"重庆科技报 2021年4月30日 星期五\n潼南区科协开展科普活动\n本报讯 {lead}")
    assert result.items[0].date == expected


@pytest.mark.parametrize(
    ("page_lines", "expected"),
    [
        # the page reviews the year ending and names none after it: January is the next year's (both were 2020)
        (["省科协举行迎新年科普晚会", "本报成都12月31日电 四川省科协举行晚会，回顾2020年全省科普工作。",
          "市科协开展新年首场科普活动", "本报重庆1月1日电 新年第一天，重庆市科协开展科普咨询服务。"],
         [dt.date(2020, 12, 31), dt.date(2021, 1, 1)]),
        # it names the year ending and the year begun: December is the year before (both were 2021)
        (["省科协举行迎新年科普晚会", "本报成都12月31日电 四川省科协举行晚会，回顾2020年全省科普工作。",
          "市科协开展新年首场科普活动", "本报重庆1月1日电 2021年第一天，重庆市科协开展科普咨询服务。"],
         [dt.date(2020, 12, 31), dt.date(2021, 1, 1)]),
    ],
)
def test_days_running_from_december_into_january_are_a_year_apart(page_lines, expected):
    """A page crossing New Year with no date printed: its January is the year after its December."""
    assert [item.date for item in split_page("\n".join(page_lines)).items] == expected


def test_days_running_from_december_into_january_on_an_undated_page_are_flagged():
    """12月30日 and 1月2日 on a page with no date were both given 2021, unflagged."""
    result = split_page("\n".join([
        "南充市科协召开2021年度工作总结会", "12月30日，南充市科协召开2021年度工作总结会，总结2021年工作。", "（南充市科协）",
        "顺庆区科协开展新年科普进社区活动", "1月2日，顺庆区科协在中城街道开展新年科普进社区活动。", "（顺庆区科协）",
    ]))
    assert [(item.date.month, item.date.day) for item in result.items] == [(12, 30), (1, 2)]
    assert all("date_year_guessed" in [flag.code for flag in item.flags] for item in result.items)
    alone = split_page("\n".join(result.text.splitlines()[:3]))
    assert alone.items[0].flags == []


@pytest.mark.parametrize(
    ("page_lines", "expected"),
    [
        # a life told from its first day (1930-12-30 had been the piece's date)
        (["屠呦呦与青蒿素的故事", "1930年12月30日，屠呦呦出生于浙江宁波。2015年10月5日，她获得诺贝尔生理学或医学奖。"], None),
        # a history that runs on to the present (2016-09-25, seven years before its 2023)
        (["“中国天眼”的二十二年", "1994年，南仁东提出构想。2016年9月25日落成启用。截至2023年，已发现脉冲星800颗。"], None),
        # on a dated page, the history's day gives way to the page's
        (["科技工作者之家 2021-10-01", "新中国科技史回眸", "1949年10月1日，中华人民共和国成立。"], dt.date(2021, 10, 1)),
        # a story of the year before the page's present is still dated by its day
        (["科技工作者之家 2021-01-05", "年度盘点", "2020年12月30日，重庆市科协召开全委会。"], dt.date(2020, 12, 30)),
        (["座谈会召开", "本报讯 2019年7月29日，座谈会召开，回顾2017年以来的工作。"], dt.date(2019, 7, 29)),
        # a goal's year is no present: the story is of its own day (2035 would have made it history)
        (["全会精神宣讲会召开", "2021年3月5日，市科协召开宣讲会，解读2035年远景目标。围绕2035年远景目标，"
          "力争2025年建成科普强市。"], dt.date(2021, 3, 5)),
    ],
)
def test_a_date_years_before_the_pages_present_is_history_not_the_items_date(page_lines, expected):
    """A lead that opens a life or a history with its first date is not dated by it."""
    assert split_page("\n".join(page_lines)).items[0].date == expected


@pytest.mark.parametrize("founded", ["成立于1953年", "始建于1953年", "创办于1953年", "建于1953年"])
def test_the_year_a_body_was_founded_is_not_the_year_of_a_story_on_an_undated_page(founded):
    """据悉，四川省土木建筑学会成立于1953年 was the only year: 3月26日 became 1953-03-26, and so did the
    next story's 4月8日."""
    result = split_page(
        "\n\n".join([
            "四川省土木建筑学会召开第十届会员代表大会", "本报讯（记者 何雨薇）3月26日，四川省土木建筑学会第十届会员代表大会在成都召开。",
            f"据悉，四川省土木建筑学会{founded}。", "（何雨薇）",
            "成都市营养学会召开换届大会", "本报讯（通讯员 陈红）4月8日，成都市营养学会第五次会员代表大会召开。",
        ])
    )
    assert [item.date for item in result.items] == [None, None]


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        # a person's birth year (it was 1968-10-15, unflagged)
        ("张建国，1968年生，四川遂宁人，现任遂宁市科协主席。", None),
        ("张建国，男，1968年11月出生，现任遂宁市科协主席。", None),
        ("张建国出生于1968年，现任遂宁市科协主席。", None),
        ("他是1990年出生的青年科技工作者。", None),
        ("2023年生产总值增长6%。", dt.date(2023, 10, 15)),  # a year's output, not a birth
        ("首例病例发生于2023年。", dt.date(2023, 10, 15)),  # when a thing happened
    ],
)
def test_a_persons_birth_year_is_not_the_year_of_a_story_on_an_undated_page(profile, expected):
    """张建国，1968年生，四川遂宁人 was the only year: 10月15日 became 1968-10-15."""
    lead = "本报讯（记者 李敏）10月15日，遂宁市科协主席张建国到射洪市调研基层科协工作。"
    assert split_page("\n".join(["遂宁市科协主席调研基层科协工作", lead + profile])).items[0].date == expected


@pytest.mark.parametrize("since", ["2019年以来", "自2019年起", "2019年开始"])
def test_the_year_something_began_is_not_the_year_of_a_story_on_an_undated_page(since):
    """2019年以来，…。7月12日，…: the story's year is later and unsaid; it was 2019, and so was the next
    story's (7月8日, no year at all)."""
    result = split_page(
        "\n".join([
            "科技小院扎根田间", f"{since}，四川农业大学与安岳县科协合作建设柠檬科技小院。7月12日，科技小院举行开放日活动。",
            "乐山市科协举办茶叶种植技术培训班", "本报讯 7月8日，乐山市科协在沐川县举办茶叶种植技术培训班。",
        ])
    )
    assert [item.date for item in result.items] == [None, None]
    dated = split_page("科技小院扎根田间\n2019年以来，各地建设科技小院。2021年7月12日，科技小院举行开放日活动。")
    assert dated.items[0].date == dt.date(2021, 7, 12)



@pytest.mark.parametrize(
    ("lead", "page_date", "expected"),
    [
        ("29日，广元市科协组织专家开展服务。", dt.date(2020, 7, 31), dt.date(2020, 7, 29)),
        ("29日上午，广元市科协组织专家开展服务。", dt.date(2020, 7, 31), dt.date(2020, 7, 29)),
        ("二十九日，科协开展服务。", dt.date(2020, 7, 31), dt.date(2020, 7, 29)),
        ("30日，科协开展服务。", dt.date(2020, 8, 2), dt.date(2020, 7, 30)),  # the month before
        ("30日，科协开展服务。", dt.date(2021, 1, 2), dt.date(2020, 12, 30)),  # and the year before
        ("31日，科协开展服务。", dt.date(2020, 7, 3), None),  # no 31 June: not a date
        ("29日，科协开展服务。", None, None),  # no page date: no month to put it in
        ("科协29日开展服务。", dt.date(2020, 7, 31), None),  # only a lead that opens with the day
        ("近日，科协开展服务。", dt.date(2020, 7, 31), None),
        ("本月18日，荣昌区科协举办座谈会。", dt.date(2024, 6, 20), dt.date(2024, 6, 18)),  # the page's month
        ("本月25日，科协将举办座谈会。", dt.date(2024, 6, 20), None),  # after the page: not a day it reports
        ("上月28日，科协举办座谈会。", dt.date(2024, 6, 20), dt.date(2024, 5, 28)),  # the month before
        ("上月28日，科协举办座谈会。", dt.date(2024, 1, 5), dt.date(2023, 12, 28)),  # and the year before
        ("昨晚，科协举办讲座。", dt.date(2024, 6, 20), dt.date(2024, 6, 19)),
        ("今晨，科协举办讲座。", dt.date(2024, 6, 20), dt.date(2024, 6, 20)),
        ("前天下午，科协举办讲座。", dt.date(2024, 6, 20), dt.date(2024, 6, 18)),
        # 2024-06-05 is a Wednesday: the week before runs 27 May to 2 June.
        ("上周六，北碚区科协举办科普活动。", dt.date(2024, 6, 5), dt.date(2024, 6, 1)),
        ("上周一上午，科协举办讲座。", dt.date(2024, 6, 5), dt.date(2024, 5, 27)),
        ("上星期日，科协举办讲座。", dt.date(2024, 6, 5), dt.date(2024, 6, 2)),
        ("本周一，科协举办讲座。", dt.date(2024, 6, 5), dt.date(2024, 6, 3)),
        ("本周五，科协将举办讲座。", dt.date(2024, 6, 5), None),  # later in the page's week: a plan
        ("周六，科协举办科普活动。", dt.date(2024, 6, 3), dt.date(2024, 6, 1)),  # the last Saturday
        ("星期三，科协举办讲座。", dt.date(2024, 6, 5), dt.date(2024, 6, 5)),  # the page's own day
        ("上周六，科协举办科普活动。", None, None),
        ("上周末，科协举办科普活动。", dt.date(2024, 6, 5), None),  # two days: no one date
        ("周六科协举办科普活动。", dt.date(2024, 6, 3), None),  # only a lead that opens with the day
        # a span of days: its first (the page date had been taken)
        ("5日至7日，永川区科协开展集中宣传活动。", dt.date(2021, 3, 9), dt.date(2021, 3, 5)),
        ("5日—7日，永川区科协开展集中宣传活动。", dt.date(2021, 3, 9), dt.date(2021, 3, 5)),
        # the whole date in figures, with or without a page date (the page date had been taken)
        ("2021.3.8，大足区科协召开座谈会。", dt.date(2021, 3, 18), dt.date(2021, 3, 8)),
        ("2021-03-10，江津区科协召开学会工作会。", None, dt.date(2021, 3, 10)),
        ("2021.13.8，大足区科协召开座谈会。", None, None),
        # the year last, as 港澳 copy writes it: the reading after the page's day is none it reports (the
        # post's date had been taken); both readings possible, no guess
        ("10/5/2024，香港科学会与重庆市科协联合举办报告会。", dt.date(2024, 5, 15), dt.date(2024, 5, 10)),
        ("5/10/2024，香港科学会与重庆市科协联合举办报告会。", dt.date(2024, 5, 15), dt.date(2024, 5, 10)),
        ("3/4/2024，香港科学会与重庆市科协联合举办报告会。", dt.date(2024, 5, 15), None),
    ],
)
def test_leading_day(lead, page_date, expected):
    assert leading_day(lead, page_date) == expected


def test_a_lead_opening_with_a_bare_day_dates_the_item():
    result = split_page("四川科技报 2020年7月31日\n\n广元市科协开展专家服务行\n\n本报讯（记者 王五）29日上午，专家开展服务，30日返回。")
    assert result.items[0].date == dt.date(2020, 7, 29)


def test_a_lead_opening_with_last_weeks_day_dates_the_item():
    """上周六 on a Wednesday page is the Saturday before it, not the page's day."""
    page = "重庆科技报 2024年6月5日 星期三\n\n北碚区科协开展科普进社区活动\n\n本报讯（记者 李华）上周六，北碚区科协走进天生街道开展科普活动。"
    result = split_page(page)
    assert result.meta.page_date == dt.date(2024, 6, 5)
    assert result.items[0].date == dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("second_head", "lead", "expected"),
    [
        ("四川科技报 2023年1月4日 第2版", "近日，内江市科协走访慰问一线科技工作者。", dt.date(2023, 1, 4)),
        ("四川科技报 2023年1月4日 第2版", "1月2日，资阳市科协在雁江区开展“迎新春”科普活动。", dt.date(2023, 1, 2)),
        ("2023年1月4日 星期三 第2版", "近日，内江市科协走访慰问一线科技工作者。", dt.date(2023, 1, 4)),
        # the same issue's head printed again where a PDF's page turns dates nothing anew
        ("四川科技报 2022年12月28日 第3版", "近日，内江市科协走访慰问一线科技工作者。", dt.date(2022, 12, 28)),
    ],
)
def test_a_second_issue_pasted_under_the_first_dates_its_own_stories(second_head, lead, expected):
    """Stories under a second dated page head had taken the first head's day and year (近日 was 2022-12-28,
    1月2日 under a 2023年1月4日 head was 2022-01-02): each is dated by the last head above it."""
    result = split_page("\n\n".join([
        "四川科技报 2022年12月28日 第2版", "遂宁市科协召开年度学会工作总结会", "本报讯（记者 钟涛）12月26日，遂宁市科协召开学会工作总结会。",
        second_head, "市科协开展走访慰问活动", f"本报讯（记者 钟涛）{lead}",
    ]))
    assert [item.date for item in result.items] == [dt.date(2022, 12, 26), expected]
    assert result.meta.page_date == dt.date(2022, 12, 28)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the 公示 period it announces starts after its signature: the notice is of its signature's day
        ("现将拟入选人员予以公示。公示时间为2024年7月1日至7月5日。", dt.date(2024, 6, 30)),
        # …and so is one whose lead tells of a day before it: on an undated page a notice (公示, 公告…) is of the
        # day it was signed and put out (the 评审会 of 6月20日 is no day of its own)
        ("2024年6月20日，市科协召开评审会，确定拟入选人员。", dt.date(2024, 6, 30)),
    ],
)
def test_a_notice_is_dated_by_its_signature_not_a_later_day_it_announces(lead, expected):
    """公示时间为2024年7月1日至… in a 公示 signed 2024年6月30日, no page date: it was dated 7月1日."""
    lines = ["“天府峨眉计划”拟入选人员公示", lead, "联系电话：028-86601234", "四川省科学技术协会", "2024年6月30日"]
    assert split_page("\n\n".join(lines)).items[0].date == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a beginning with what began between (it was 2019-11-08)
        ("德阳市科协主席介绍，自2019年德阳海智工作基地获批以来，已累计引进海外专家项目37个。", None),
        # the end of a closed period: the figure is of a year gone by (it was 2023-11-08)
        ("研究员介绍，截至2023年底，全球圈养大熊猫数量达到728只。", None),
        # the year a fossil was found (it was 1957-11-08)
        ("展厅内的合川马门溪龙1957年发现于合川太和镇。", None),
        ("展厅内的合川马门溪龙发现于1957年。", None),
        # a year the story tells of its own, named twice, still dates it
        ("2023年，德阳市共引进海外专家项目12个，2023年目标全部完成。", dt.date(2023, 11, 8)),
        # 截至 a day of the year (not its end) is no closed year
        ("截至2023年10月，全市引进海外专家项目37个，2023年目标全部完成。", dt.date(2023, 11, 8)),
    ],
)
def test_a_year_before_the_story_is_not_the_year_of_a_story_on_an_undated_page(told, expected):
    """自2019年…获批以来, 截至2023年底, 1957年发现于: years before the story reports, so its year, unsaid, is
    later; the 11月8日 of its lead was put in them."""
    lead = "本报讯（记者 黄晓燕）11月8日，“海智专家德阳行”活动在东方电机有限公司举行。"
    assert split_page("\n\n".join(["德阳“海智”专家走进东方电机", lead, told])).items[0].date == expected


@pytest.mark.parametrize(
    ("page_lines", "expected"),
    [
        # an unsigned notice on an undated page: its schedule's first day is not its own (it was 2023-06-12)
        (["重庆科技馆2023年公开招聘工作人员公告", "重庆科技馆公开招聘工作人员3名。报名时间：2023年6月12日至6月16日。"], None),
        (["2024年度科普基地拟认定名单公示", "现将拟认定名单予以公示，公示时间为2024年7月1日至7月5日。"], None),
        # signed: its signature's day (it was 2024-07-01)
        (["2024年度科普基地拟认定名单公示", "现将拟认定名单予以公示，公示时间为2024年7月1日至7月5日。",
          "重庆市科学技术协会", "2024年6月28日"], dt.date(2024, 6, 28)),
        # on a dated post: the post's day
        (["渝北科协\n2024-06-25 09:00", "渝北区科协2024年公开招聘工作人员公告", "报名时间：2024年7月1日至7月5日。"],
         dt.date(2024, 6, 25)),
        # a story whose title names no notice keeps its lead's day
        (["重庆科技馆举办招聘会", "重庆科技馆2023年6月12日举办招聘会，招聘工作人员3名。"], dt.date(2023, 6, 12)),
    ],
)
def test_a_notice_is_not_dated_by_the_schedule_it_announces(page_lines, expected):
    """报名时间：2023年6月12日至6月16日 in an unsigned 公告 on an undated page: the notice was published before it."""
    assert split_page("\n\n".join(page_lines)).items[0].date == expected


@pytest.mark.parametrize(
    ("dateline", "lead", "expected"),
    [
        # a dateline's date in figures, the year last: the day its lead names picks the reading (the dateline
        # and byline had stayed in the story, its date lost)
        ("本报雅安8/7/2024电 记者 王一鸣", "7月8日，海峡两岸青少年科学营在雅安开营。", dt.date(2024, 7, 8)),
        ("本报雅安7/8/2024电 记者 王一鸣", "7月8日，海峡两岸青少年科学营在雅安开营。", dt.date(2024, 7, 8)),
        ("本报雅安7/8/2024电 记者 王一鸣", "海峡两岸青少年科学营日前在雅安开营。", None),  # no day told: no guess
        ("本报雅安7月8日电 记者 王一鸣", "海峡两岸青少年科学营在雅安开营。", None),  # no year anywhere
    ],
)
def test_a_datelines_date_in_figures_with_the_year_last(dateline, lead, expected):
    (item,) = split_page(f"海峡两岸青少年科学营在雅安开营\n{dateline} {lead}").items
    assert (item.dateline, item.date, item.paragraphs[0]) == (dateline.split()[0], expected, lead)
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "王一鸣")]


def test_a_date_line_in_the_minguo_calendar_dates_the_page_and_is_no_headline():
    result = split_page("113年7月22日\n\n兩岸大學生科學營走進四川都江堰\n\n於113年7月15日至21日，2024海峽兩岸大學生科學營在四川成都舉行。")
    (item,) = result.items
    assert (result.meta.page_date, item.title, item.subtitle, item.date) == (
        dt.date(2024, 7, 22), "兩岸大學生科學營走進四川都江堰", "", dt.date(2024, 7, 15))
