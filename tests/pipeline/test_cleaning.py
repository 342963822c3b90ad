"""cleaning.clean_copy: a web copy's invisible characters, HTML entities and <br> tags undone, offsets kept."""

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.cleaning import clean_copy
from articles.textpipeline.split import split_page


@pytest.mark.parametrize(
    ("text", "cleaned", "kinds"),
    [
        ("举办\u200b科普讲座", "举办科普讲座", ["invisible"]),
        ("王\u200b\u200c强", "王强", ["invisible"]),  # a run of them is one change
        ("\ufeff大渡口区科协", "大渡口区科协", ["invisible"]),
        ("&ldquo;讲得好！&rdquo;", "“讲得好！”", ["entity", "entity"]),
        ("主讲。&nbsp;居民", "主讲。 居民", ["entity"]),
        ("&#12288;&#x4E2D;", "\u3000中", ["entity", "entity"]),
        ("第一行<br>第二行<BR/>第三行</p>", "第一行\n第二行\n第三行\n", ["tag", "tag", "tag"]),
        # marks that set the writing direction are invisible too
        ("铜梁区科协\u200e开展", "铜梁区科协开展", ["invisible"]),
        ("\u202b王强\u202c", "王强", ["invisible", "invisible"]),
        ("\u2067李梅\u2069", "李梅", ["invisible", "invisible"]),
        # a source escaped twice, and the entities a browser reads without their ;
        ("&amp;ldquo;科普&amp;rdquo;", "“科普”", ["entity", "entity"]),
        ("&amp;amp;hellip;", "…", ["entity"]),
        ("&nbsp&nbsp比赛中", "  比赛中", ["entity", "entity"]),
        ("R&amp;D投入", "R&D投入", ["entity"]),
        # a no-break space inside a sentence is debris; in brackets, between names or before a run-in lead it is a space
        ("培训班，邀请四川农业大学\u00a0专家为农户讲课。", "培训班，邀请四川农业大学专家为农户讲课。", ["space"]),
        ("培训中，专家围绕柠檬&ensp;修剪、病虫害防治", "培训中，专家围绕柠檬修剪、病虫害防治", ["space"]),
        ("（叙永县科协\u00a0罗敏）", "（叙永县科协 罗敏）", []),
        ("本报讯（通讯员&nbsp;谭晓燕）5月8日，", "本报讯（通讯员 谭晓燕）5月8日，", ["entity"]),
        ("张亚飞\u00a0蓝倩\u00a0王琳琳", "张亚飞 蓝倩 王琳琳", []),
        ("科协召开会议\u00a0近日，科协开会。", "科协召开会议 近日，科协开会。", []),
        # a CMS's source view: tags with attributes, a run's style removed, a picture on a line of its own
        ('<p style="text-indent:2em;">标题</p>', "\n标题\n", ["tag", "tag"]),
        ("<strong>本报讯（通讯员 邓小华）</strong>8月28日", "本报讯（通讯员 邓小华）8月28日", ["markup", "markup"]),
        ('说：<span style="color:#333;">“好。”</span>', "说：“好。”", ["markup", "markup"]),
        ("<b>重点</b>", "重点", ["markup", "markup"]),
        ('甲。<img src="/u/a.jpg" alt="" />乙', '甲。\n<img src="/u/a.jpg" alt="" />\n乙', ["picture"]),
        # a Markdown copy: heading and quote marks, bold, a picture on a line of its own
        ("# 南充市科协表彰优秀科技工作者\n## 座谈交流", "南充市科协表彰优秀科技工作者\n座谈交流", ["markdown", "markdown"]),
        ("**本报讯（记者 何文静）** 5月30日，对**20名**", "本报讯（记者 何文静） 5月30日，对20名", ["markdown"] * 4),
        ("> 王建国表示，将持续做好服务。", "王建国表示，将持续做好服务。", ["markdown"]),
        ("# 南充市科协\u00a0表彰", "南充市科协 表彰", ["markdown"]),  # with a no-break space too
        ("# 标题\n表彰。![](https://a.cn/640?wx_fmt=jpeg)获奖者", "标题\n表彰。\n![](https://a.cn/640?wx_fmt=jpeg)\n获奖者", ["markdown", "picture"]),
        # what only looks like markup or an entity stays as printed
        ("R&D投入", "R&D投入", []),
        ("&unknownx;", "&unknownx;", []),
        ("&copy 2023", "&copy 2023", []),  # only nbsp, amp, lt, gt and quot are read without ;
        ("&nbspx", "&nbspx", []),
        ("3<5，a<b>c", "3<5，a<b>c", []),  # a bare <b> with no </b>
        ("<科普讲座> 开讲", "<科普讲座> 开讲", []),
        ("a<b 这个比较>c", "a<b 这个比较>c", []),  # no attribute is named so
        ("<p>专家认为x<y的情况仍需研究。</p><p>会议还通报了情况。</p>",  # a < that opens no tag swallows no </p>
         "\n专家认为x<y的情况仍需研究。\n\n会议还通报了情况。\n", ["tag"] * 4),
        # asterisks that mask a name or a number are no bold, nor ** on a page with no other Markdown
        ("# 名单\n王**、李**，电话139****1234、138****5678", "名单\n王**、李**，电话139****1234、138****5678", ["markdown"]),
        ("王**同志和李**同志", "王**同志和李**同志", []),
        ("#科技活动周#", "#科技活动周#", []),
        ("没有需要清理的文字", "没有需要清理的文字", []),
    ],
)
def test_clean_copy(text, cleaned, kinds):
    result = clean_copy(text)
    assert result.text == cleaned
    assert [change.kind for change in result.changes] == kinds


MARKUP_PAGE = (
    "潼南区科协 2023-08-30\n\n"
    '<p style="text-indent:2em;">潼南区科协举办柠檬产业技术培训</p>\n'
    '<p style="text-indent:2em;"><strong>本报讯（通讯员 邓小华）</strong>8月28日，潼南区科协在太安镇举办培训会。</p>\n'
    '<p style="text-align:center;"><img src="/uploads/2023/08/ningmeng.jpg" alt="" /></p>\n'
    '<p style="text-indent:2em;">种植户罗文说：<span style="color:#333;">&ldquo;专家来得正是时候。&rdquo;</span></p>\n'
    '<p style="text-align:right;">（潼南区科协）</p>\n'
)
MARKDOWN_PAGE = (
    "# 南充市科协表彰优秀科技工作者\n\n"
    "**本报讯（记者 何文静）** 5月30日，南充市科协对**20名**科技工作者进行了表彰。\n\n"
    "![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640?wx_fmt=jpeg)\n\n"
    "获奖者来自农业、医疗等领域，长期扎根基层。\n\n"
    "## 座谈交流\n\n"
    "> 南充市科协主席王建国表示，将持续做好服务工作。\n\n"
    "# 阆中市科协送科技下乡\n\n"
    "**本报讯（通讯员 杨丽）** 5月28日，阆中市科协组织专家来到天宫镇，开展科技下乡活动。\n"
)


@pytest.mark.parametrize(
    ("page", "titles", "bylines", "first_blocks", "picture"),
    [
        (
            MARKUP_PAGE,
            ["潼南区科协举办柠檬产业技术培训"],
            [("correspondent", "邓小华")],
            ["8月28日，潼南区科协在太安镇举办培训会。", "种植户罗文说：“专家来得正是时候。”"],
            '<img src="/uploads/2023/08/ningmeng.jpg" alt="" />',
        ),
        (
            MARKDOWN_PAGE,
            ["南充市科协表彰优秀科技工作者", "阆中市科协送科技下乡"],
            [("reporter", "何文静")],
            [
                "5月30日，南充市科协对20名科技工作者进行了表彰。",
                "获奖者来自农业、医疗等领域，长期扎根基层。",
                "座谈交流",
                "南充市科协主席王建国表示，将持续做好服务工作。",
            ],
            "![](https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640?wx_fmt=jpeg)",
        ),
    ],
    ids=["html", "markdown"],
)
def test_a_copy_through_markup_splits_as_the_page_shows(page, titles, bylines, first_blocks, picture):
    """A CMS source view's tags and a Markdown export's marks are no text: the headline, the 本报讯
    byline and the paragraphs read clean, the picture's tag is its position among the page's furniture,
    and the item names the marks it lost."""
    result = split_page(page)
    assert account(result).balanced
    assert [item.title for item in result.items] == titles
    first = result.items[0]
    assert [(b.role, b.name) for b in first.bylines] == bylines
    assert [block.text for block in first.blocks] == first_blocks
    assert picture in result.meta.source_lines
    assert all(any(r.code == "copy_cleaned" for r in item.repairs) for item in result.items)


def test_every_cleaned_character_knows_where_it_stood_in_the_page():
    text = "甲\u200b乙&ldquo;丙&rdquo;丁"
    result = clean_copy(text)
    assert result.text == "甲乙“丙”丁"
    assert [text[result.page_offset(i)] for i in range(len(result.text))] == ["甲", "乙", "&", "丙", "&", "丁"]
    assert result.page_offset(len(result.text)) == len(text)


PAGE = (
    "南岸区科协举办科普讲座\n\n"
    "本报讯（记者\u00a0张\u200b伟）12月1日，南岸区科协在南坪街道举办\u200b科普讲座，100余名居民参加。\n\n"
    "&ldquo;讲得通俗易懂！&rdquo;居民陈阿姨说。<br>\n\n"
    "大渡口区科协开展科技活动周\n\n"
    "本报讯（记者 李娜）12月2日，大渡口区科协开展科技活动周活动。\n"
)


def test_a_web_copy_splits_as_its_clean_text_with_spans_in_the_page_and_the_cleaning_recorded():
    """A zero-width space inside the reporter's name and entities for quotes: the byline is found, the
    story reads clean, the spans point into the page as given, and the item says what was undone."""
    result = split_page(PAGE)
    assert account(result).balanced
    first, second = result.items
    assert [(b.role, b.name) for b in first.bylines] == [("reporter", "张伟")]
    assert first.paragraphs == ["12月1日，南岸区科协在南坪街道举办科普讲座，100余名居民参加。", "“讲得通俗易懂！”居民陈阿姨说。"]
    assert [r.code for r in first.repairs if r.code == "copy_cleaned"] == ["copy_cleaned"]
    assert PAGE[first.span[0] :].startswith("南岸区科协举办科普讲座")
    assert PAGE[second.span[0] :].startswith("大渡口区科协开展科技活动周")
    assert PAGE[: second.span[1]].endswith("开展科技活动周活动。")
    assert all(r.code != "copy_cleaned" for r in second.repairs)


@pytest.mark.parametrize("space", ["\u00a0", "\u2002", "\u202f"])
def test_no_break_and_typographic_spaces_read_as_spaces(space):
    """地方动态\u00a0|\u00a0DI FANG DONG TAI is the banner it shows (it was the next story's title)."""
    result = split_page(f"地方动态{space}|{space}DI{space}FANG{space}DONG{space}TAI\n\n德阳市科协举办培训班\n\n本报讯（记者 王强）11月29日，德阳市科协举办培训班。")
    assert result.meta.banners == ["地方动态 | DI FANG DONG TAI"]
    assert [item.title for item in result.items] == ["德阳市科协举办培训班"]


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("重 庆 市 科 协 召 开 会 议", "重庆市科协召开会议"),
        ("  本 报 讯 （ 记 者 李 霜 ） 4 月 2 日 ，", "  本报讯（记者李霜）4月2日，"),
        # a wider gap was a real space between words
        ("2023   I n t e r n a t i o n a l   C o n f e r e n c e", "2023 International Conference"),
        # a spread page head or byline with a wider gap between its parts: the gap counts once
        ("第 4 版   学 会 园 地", "第4版 学会园地"),
        ("本 报 记 者   张 亚 飞", "本报记者 张亚飞"),
        ("本 报 记 者  谭 晓 东", "本报记者 谭晓东"),
        # words with spaces between them are not letter-spaced
        ("科技 创新 引领 未来 发展 之路", "科技 创新 引领 未来 发展 之路"),
        ("决战脱贫攻坚 决胜全面小康", "决战脱贫攻坚 决胜全面小康"),
        # a scanned masthead: the spread name closed up, the date after it kept apart
        ("重 庆 科 技 报 2021年6月15日 星期二", "重庆科技报 2021年6月15日 星期二"),
        ("科 技 日 报 2021年6月15日", "科技日报 2021年6月15日"),
        # a line of names only, or too few spread characters, proves nothing
        ("张 勇 李 华", "张 勇 李 华"),
        ("张 勇   李 华   王 强", "张 勇   李 华   王 强"),
        ("重 庆 市 2021年6月15日", "重 庆 市 2021年6月15日"),
        # names spaced to align in a story's list: no date after them, no masthead
        ("王 芳 李 强 张建国 刘晓东", "王 芳 李 强 张建国 刘晓东"),
        # names of two padded to the width of three: one name printed whole shows the list
        ("王晓晖 黄 强 李 刚 张 伟", "王晓晖 黄 强 李 刚 张 伟"),
    ],
)
def test_a_letter_spaced_line_is_closed_up(text, cleaned):
    result = clean_copy(text)
    assert result.text == cleaned
    assert all(text[result.page_offset(i)] == char for i, char in enumerate(result.text))


SPREAD_LEAD = "本 报 讯 （ 记 者 杨 帆 ） 5 月 2 0 日 ， 綦 江 区 科 协 开 展 宣 传 活 动 。"


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (f"{SPREAD_LEAD}\n（ 渝 科 ）", "本报讯（记者杨帆）5月20日，綦江区科协开展宣传活动。\n（渝科）"),
        (f"{SPREAD_LEAD}\n\n渝 科", "本报讯（记者杨帆）5月20日，綦江区科协开展宣传活动。\n\n渝科"),
        # on a page nothing spread, a short line's spaces prove nothing; words and wide gaps are kept
        ("本报讯（记者 杨帆）5月20日，綦江区科协开展宣传活动。\n（ 渝 科 ）", None),
        (f"{SPREAD_LEAD}\n张亚飞 蓝倩", None),
        (f"{SPREAD_LEAD}\nA B", None),
        (f"{SPREAD_LEAD}\n李  华", None),
    ],
)
def test_a_short_line_on_a_spread_page_is_closed_up_too(text, cleaned):
    """（ 渝 科 ） under letter-spaced lines is spread as they are (too short to prove it alone)."""
    result = clean_copy(text)
    if cleaned is None:
        assert result.text.split("\n")[-1] == text.split("\n")[-1]
    else:
        assert result.text == cleaned
    assert all(text[result.page_offset(i)] == char for i, char in enumerate(result.text))


def test_a_line_spread_with_no_break_spaces_is_closed_up_too():
    """重\u00a0庆\u00a0市… (a web copy of a justified line): its spaces are no-break ones."""
    assert clean_copy("\u00a0".join("重庆市科协召开会议")).text == "重庆市科协召开会议"
