"""Hard-wrapped PDF copies: lines cut at the column's width are joined back (no database)."""

from pathlib import Path

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.decode import decode_page
from articles.textpipeline.lines import split_lines
from articles.textpipeline.split import split_page
from articles.textpipeline.unwrap import column_width, unwrap_lines
from articles.textpipeline.unwrap_widths import display_width

from .printing import wrap

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def unwrapped(text: str) -> list[str]:
    return [line.text for line in unwrap_lines(text, split_lines(text))]


PARAGRAPH = (
    "据统计，2017年，荣昌区278名区人大代表亮承诺1352条，完成率达到93.7%；2020年1162名市区镇三级人大代表"
    "作出承诺8682条，目前完成率已达89.6%。全区科技工作者要弘扬科学家精神，在服务成渝地区双城经济圈建设中展现新作为。"
)


def test_display_width_counts_chinese_as_two_cells():
    assert display_width("科协2020年") == 3 * 2 + 4
    assert display_width("ＡＢ") == 4


def test_single_line_paragraphs_are_not_a_wrapped_page():
    """The seeds' layout: every paragraph on one line of its own width."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = decode_page(path.read_bytes()).text
        assert column_width([display_width(line.text) for line in split_lines(text)]) is None, path.name
        assert unwrapped(text) == [line.text for line in split_lines(text)]


@pytest.mark.parametrize("cells", [30, 36, 48])
def test_a_wrapped_paragraph_is_joined_whole(cells):
    """2020 cut as 20 / 20年 becomes one number again; the span covers every printed line."""
    text = wrap("\n\n".join([PARAGRAPH, PARAGRAPH.replace("荣昌区", "永川区")]), cells)
    lines = unwrap_lines(text, split_lines(text))
    assert [line.text for line in lines] == [PARAGRAPH, PARAGRAPH.replace("荣昌区", "永川区")]
    assert lines[0].start == 0 and lines[0].parts > 1


@pytest.mark.parametrize(
    ("after", "joined"),
    [
        ("本报记者 王五", False),  # a byline
        ("本报讯（记者 王五）5月28日，科协举办活动。", False),  # a dateline lead
        ("●全市269个扶贫车间已全部开工复工。", False),  # a bullet
        ("（永川区科协）", False),  # a closing attribution
        ("编辑：刘洋", False),  # page metadata
        ("　　新的段落从缩进开始，和上一行没有关系。", False),  # an indented paragraph
        ("发展贡献力量。", True),  # the rest of the sentence
    ],
)
def test_what_never_continues_a_cut_line(after, joined):
    cut = wrap(PARAGRAPH * 3, 36).split("\n")
    text = "\n".join(cut[:12]) + "\n" + after  # twelve lines at the column's width, then ``after``
    lines = unwrapped(text)
    assert (len(lines) == 1) == joined, lines[-1]


def test_a_sentence_ending_at_the_margin_before_a_headline_ends_the_paragraph():
    body = wrap(PARAGRAPH * 2, 36, blank_between=False).split("\n")
    # Make the last printed line end a sentence exactly at the margin.
    last = "全区科技工作者要弘扬科学家精神勇于创新。"[: 36 // 2 - 1] + "。"
    text = "\n".join([*body[:8], last, "永川区科协举办座谈会", "本报记者 王五", PARAGRAPH])
    lines = unwrapped(text)
    assert "永川区科协举办座谈会" in lines
    assert lines[lines.index("永川区科协举办座谈会") + 1] == "本报记者 王五"


@pytest.mark.parametrize(
    ("caption", "apart"),
    [
        (["图为活动现场，市民在", "展位前咨询。 刘洋 摄"], True),  # a caption over its credit (it was glued on)
        (["图为活动现场，市民在展位前咨询。 刘洋 摄"], True),
        (["图为数不多的几位专家之一，他", "在会上发言。"], False),  # no credit ends it: no caption is proven
    ],
)
def test_a_credited_caption_under_a_sentence_ending_at_the_margin_is_its_own_line(caption, apart):
    """…接受群众咨询800余人次。 at the margin, then 图为…, a credit ending its run: the caption starts apart."""
    body = wrap(PARAGRAPH * 2, 36, blank_between=False).split("\n")
    last = "全区科技工作者要弘扬科学家精神勇于创新。"[: 36 // 2 - 1] + "。"
    lines = unwrapped("\n".join([*body[:8], last, *caption]))
    assert (not any("。图为" in line for line in lines)) == apart, lines


SHORT_PIECE = ["德阳市科协开展“科技之春”宣传月活动", "本报讯（通讯员 刘 洋）"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a short piece cut by a narrow column: a word cut across lines, a fragment taken for a sub-heading
        (
            ["5月5日，德阳市科协联", "合市科技局在旌阳区文", "庙广场启动宣传月活动。"],
            ["5月5日，德阳市科协联合市科技局在旌阳区文庙广场启动宣传月活动。"],
        ),
        # …and its caption, cut in two, over its credit (the column's width shown by the lines above)
        (
            ["5月5日，德阳市科协联", "合市科技局在旌阳区文", "庙广场启动宣传月活动。", "图为活动现场，市民在", "展位前咨询。 刘洋 摄"],
            ["5月5日，德阳市科协联合市科技局在旌阳区文庙广场启动宣传月活动。", "图为活动现场，市民在展位前咨询。 刘洋 摄"],
        ),
        # verse lines of one width end no sentence; numbered headings of one width head their text
        (["科技兴农，振兴乡村", "春风拂面，花开满园"], ["科技兴农，振兴乡村", "春风拂面，花开满园"]),
        (  # …nor verse lines of one width that end a sentence on the last: each is cut at its comma
            ["科学之花，开遍巴渝", "创新之火，燃遍山城", "科技之光，照亮未来。"],
            ["科学之花，开遍巴渝", "创新之火，燃遍山城", "科技之光，照亮未来。"],
        ),
        (
            ["春风拂面花开满园，", "科技兴农振兴乡村。", "田间地头笑声阵阵，", "专家送来好技术。"],
            ["春风拂面花开满园，", "科技兴农振兴乡村。", "田间地头笑声阵阵，", "专家送来好技术。"],
        ),
        (
            ["一、坚持党建引领，政治底色更加鲜明", "二、聚焦主责主业，服务效能持续提升", "三、深化改革创新，发展活力不断增强", "全年新增工作站3个。"],
            ["一、坚持党建引领，政治底色更加鲜明", "二、聚焦主责主业，服务效能持续提升", "三、深化改革创新，发展活力不断增强", "全年新增工作站3个。"],
        ),
        # a line the column cut right after a semicolon: the sentence's clauses go on (a budget's figures)
        (
            ["科学技术支出389万元，占73.2%；社保支出", "58万元，占11.0%；就业支出31万元，占5%;", "住房保障支出52万元，占9.9%。"],
            ["科学技术支出389万元，占73.2%；社保支出58万元，占11.0%；就业支出31万元，占5%;住房保障支出52万元，占9.9%。"],
        ),
        (  # …but verse lines cut at their semicolons, each at the same place, stay apart
            ["科学之花，开遍巴渝；", "创新之火，燃遍山城；", "科技之光，照亮未来。"],
            ["科学之花，开遍巴渝；", "创新之火，燃遍山城；", "科技之光，照亮未来。"],
        ),
        # one line at a width no other unfinished line shares proves no column
        (["5月5日，德阳市科协联合", "市科技局启动宣传月活动。"], ["5月5日，德阳市科协联合", "市科技局启动宣传月活动。"]),
    ],
)
def test_a_short_pieces_lines_cut_by_a_narrow_column_are_joined(lines, expected):
    """Fewer lines than a column width needs (MIN_LINES), but unfinished prose lines of one width
    ending in a sentence: the column cut them."""
    assert unwrapped("\n".join([*SHORT_PIECE, *lines]))[len(SHORT_PIECE) :] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a byline's role word alone on its line (a scan, a narrow column) labels the names under it
        (["本报记者", "罗斌"], ["本报记者 罗斌"]),
        (["本报记者", "罗斌 吉克阿依"], ["本报记者 罗斌 吉克阿依"]),
        (["通讯员", "王 芳"], ["通讯员 王 芳"]),
        # …not a sentence under it, nor a byline of its own
        (["记者", "罗斌介绍，昭觉县今年种植马铃薯2万亩。"], ["记者", "罗斌介绍，昭觉县今年种植马铃薯2万亩。"]),
        (["本报记者", "通讯员 王芳"], ["本报记者", "通讯员 王芳"]),
        (["本报记者罗斌", "吉克阿依"], ["本报记者罗斌", "吉克阿依"]),
    ],
)
def test_a_bylines_role_word_alone_on_its_line_labels_the_names_under_it(lines, expected):
    headline = "凉山州科协组织专家赴昭觉县开展科技帮扶活动"
    assert unwrapped("\n".join([headline, *lines]))[1:] == expected


def test_a_bylines_role_word_alone_on_its_line_is_no_subtitle():
    result = split_page("凉山州科协组织专家赴昭觉县开展科技帮扶活动\n本报记者\n罗斌\n本报讯 8月20日，凉山州科协组织专家赴昭觉县解甲乡开展科技帮扶活动。")
    (item,) = result.items
    assert (item.title, item.subtitle) == ("凉山州科协组织专家赴昭觉县开展科技帮扶活动", "")
    assert [(byline.role, byline.name) for byline in item.bylines] == [("reporter", "罗斌")]


FULL_WIDTH_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@pytest.mark.parametrize("cells", [30, 32, 36])
def test_full_width_digits_are_measured_as_printed(cells):
    """A scan's １２０ takes six cells of the column, though the page reads it as 120: a line ending in
    such digits still reaches the edge, and a date at the end of a cut line is no masthead."""
    printed = "\n\n".join(
        [PARAGRAPH, "加中央银行付款部经理罗宾逊1997年12月31日说，政府采取这一措施是必要的。" * 2]
    )
    page = split_page("加拿大银行注销无主户头\n\n" + wrap(printed.translate(FULL_WIDTH_DIGITS), cells))
    (item,) = page.items
    assert [block.text for block in item.blocks] == printed.split("\n\n")
    assert page.meta.site is None and page.meta.page_date is None
    assert account(page).balanced


def test_english_words_keep_their_space_and_digits_do_not_gain_one():
    text = "\n".join(
        ["甲" * 17 + "W", "orld Bank " + "乙" * 13] * 5 + ["甲" * 16 + "20", "20年" + "乙" * 15] * 5
    )
    lines = unwrapped(text)
    assert lines[0].startswith("甲" * 17 + "W orld Bank")  # a word cut at the edge cannot be told from two
    assert "甲" * 16 + "2020年" in lines[0]


@pytest.mark.parametrize("seed", ["001", "003", "004"])
@pytest.mark.parametrize(("blank_between", "indent"), [(True, ""), (False, ""), (False, "\u3000\u3000")])
def test_wrapped_seed_pages_split_like_the_originals(seed, blank_between, indent):
    """The seeds printed into a 36-cell column come out as the same items, every character accounted for."""
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    original = split_page(decode_page(path.read_bytes()).text)
    wrapped = split_page(wrap(original.text, 36, blank_between=blank_between, indent=indent))
    assert [(i.kind, i.title) for i in wrapped.items] == [(i.kind, i.title) for i in original.items]
    assert [i.date for i in wrapped.items] == [i.date for i in original.items]
    assert account(wrapped).balanced
    assert any(r.code == "unwrapped" for item in wrapped.items for r in item.repairs)
    assert not any(r.code == "unwrapped" for item in original.items for r in item.repairs)


BODIES = ["船山区科协", "安居区科协", "射洪市科协", "蓬溪县科协", "大英县科协", "遂宁市中心医院", "遂宁市气象局",
          "四川职业技术学院", "遂宁市科技馆", "遂宁市第一中学"]


@pytest.mark.parametrize("names", ["罗平、吴敏", "罗平"])
def test_a_padded_tables_last_row_is_not_joined_to_the_sentence_under_it(names):
    """Rows padded to one width, one holding 、 in its last cell, are a table's, not a narrow column's lines:
    the last row and the 异议 sentence under it stay apart."""
    rows = [
        "序号  项目名称                           主要完成单位                         主要完成人",
        f"1     攀西地区芒果提质增效技术集成       攀枝花市农林科学研究院               {names}",
        "2     天然气净化装置节能改造技术         中国石油西南油气田分公司             蒋华、邓伟",
    ]
    closing = "任何单位或个人对公示项目有异议的，请在公示期内以书面形式向省科技厅提出。"
    text = "\n".join(["2023年度四川省科学技术进步奖拟授奖项目公示", "", "现将2023年度拟授奖项目予以公示。", *rows, closing])
    assert unwrapped(text)[-4:] == [*rows, closing]


@pytest.mark.parametrize("suffix", ["科普志愿服务队", "志愿服务队"])
def test_rows_of_bodies_names_of_one_width_are_no_wrapped_column(suffix):
    """Ten unmarked rows of about one width, among single-line paragraphs: before, they were read as a
    column's lines and glued into one paragraph (and one false hospital)."""
    rows = [body + suffix for body in BODIES]
    lead = "本报讯（记者 蒋  琳）9月18日，遂宁市科协召开2024年全国科普日活动总结会，对10个科普志愿服务先进集体进行通报表扬。"
    text = "\n".join([lead, "", "附：先进集体名单", *rows, "", "全市青少年科技创新大赛落幕", lead.replace("18", "19")])
    assert unwrapped(text)[2:-2] == rows


def test_a_lists_rows_of_one_width_are_not_taken_for_a_wrapped_column():
    """Rows of a name list share a width because they are aligned, not because the layout cut them."""
    rows = [
        f"{name}  {unit}区科协"
        for name, unit in zip(
            ["张  伟", "李小红", "王  强", "陈  静", "刘  洋", "赵  敏", "孙  丽", "周  平", "吴  刚"],
            ["渝中", "江北", "沙坪坝", "九龙坡", "南岸", "北碚", "渝北", "巴南", "永川"],
            strict=True,
        )
    ]
    text = "\n".join(rows)
    assert unwrapped(text) == rows
    wrapped = wrap(PARAGRAPH * 2, 40) + "\n\n" + text  # a hard-wrapped story above the list
    assert unwrapped(wrapped)[-len(rows) :] == rows


@pytest.mark.parametrize(
    ("page", "paragraphs"),
    [
        # Paragraphs start two cells in; a line at the margin under an unfinished one goes on with it.
        (
            "　　会议总结了今年以来全市学会工作，\n部署了下一阶段重点任务。\n　　与会人员表示，将认真落实会议精神。",
            [
                "会议总结了今年以来全市学会工作，部署了下一阶段重点任务。",
                "与会人员表示，将认真落实会议精神。",
            ],
        ),
        # A finished sentence, a colon's list, or a page without indented paragraphs: as printed.
        (
            "　　会议总结了今年以来全市学会工作。\n部署了下一阶段重点任务。\n　　与会人员表示，将认真落实会议精神。",
            [
                "会议总结了今年以来全市学会工作。",
                "部署了下一阶段重点任务。",
                "与会人员表示，将认真落实会议精神。",
            ],
        ),
        (
            "　　会议部署了三项重点任务，包括：\n加强学会建设\n　　与会人员表示，将认真落实会议精神。",
            ["会议部署了三项重点任务，包括：", "加强学会建设", "与会人员表示，将认真落实会议精神。"],
        ),
        (
            "会议总结了今年以来全市学会工作，\n部署了下一阶段重点任务。\n与会人员表示，将认真落实会议精神。",
            [
                "会议总结了今年以来全市学会工作，",
                "部署了下一阶段重点任务。",
                "与会人员表示，将认真落实会议精神。",
            ],
        ),
    ],
)
def test_a_line_at_the_margin_under_an_indented_paragraph_goes_on_with_it(page, paragraphs):
    assert [line.text for line in unwrap_lines(page, split_lines(page))] == paragraphs


@pytest.mark.parametrize(
    "unit",
    [
        "　　（渝科）",  # a closing attribution
        "　　（李华）",
        "　　10月27日，科学家风采展巡展在彭水县启动。本报记者 沈静 摄",  # a credited caption
        "　　科学家风采展巡展现场 摄/齐岚森",
    ],
)
def test_a_headline_at_the_margin_under_an_attribution_or_a_credited_caption_is_its_own_line(unit):
    """A copy without blank lines that indents its paragraphs: the next story's headline at the margin
    under （渝科） or a credited caption was joined to it (（渝科）开州区科协启动… was a headline)."""
    page = (
        "荣昌区科协举办科技工作者日活动\n　　本报讯（记者 何军林）5月30日，荣昌区科协在昌州街道举办主题活动。\n"
        + unit
        + "\n开州区科协启动“科普大篷车”巡展\n　　本报讯（记者 李霜）6月2日，巡展活动在汉丰街道启动。"
    )
    lines = [line.text for line in unwrap_lines(page, split_lines(page))]
    assert lines[2:4] == [unit.strip("　"), "开州区科协启动“科普大篷车”巡展"]


@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # No column width, no indents: only the open bracket shows the cut.
        (
            "本报讯（通讯员 冉小平 陈\n思宇）4月15日，垫江县科协举办培训会。",
            ["本报讯（通讯员 冉小平 陈思宇）4月15日，垫江县科协举办培训会。"],
        ),
        # Closed brackets, a blank line between, or a new bracket first: separate lines.
        ("会议由市科协（主办）\n承办单位另行通知。", ["会议由市科协（主办）", "承办单位另行通知。"]),
        ("本报讯（通讯员 冉小平\n\n思宇）4月15日", ["本报讯（通讯员 冉小平", "思宇）4月15日"]),
        ("活动地点（待定\n（另行通知）", ["活动地点（待定", "（另行通知）"]),
    ],
)
def test_a_bracket_the_column_edge_cut_is_joined(page, lines):
    assert [line.strip() for line in unwrapped(page)] == [line.strip() for line in lines]


@pytest.mark.parametrize("cells", [28, 30])
def test_a_wrapped_columns_byline_cut_inside_its_bracket_is_one_dateline(cells):
    """The byline's line is narrower than the column for its half-width spaces, so its width alone
    did not show the cut: the lead lost its credit (（通讯员 冉小平 陈 was a paragraph)."""
    story = (
        "本报讯（通讯员 冉小平 陈思宇）4月15日，垫江县科协联合县农业农村委在澄溪镇举办牡丹种植技术培训会，"
        "邀请西南大学园艺园林学院专家为60余名种植户讲解牡丹栽培、病虫害防治等知识。\n\n"
        "据了解，垫江县牡丹种植面积已达1.2万亩，年接待游客超过100万人次，带动农户增收致富。"
    )
    page = "垫江县科协：牡丹花开引客来\n" + wrap(story, cells, blank_between=False, indent="　　")
    assert "）" not in page.split("\n")[1]  # the printed line ends inside the bracket
    item = split_page(page).items[0]
    assert item.dateline == "本报讯（通讯员 冉小平 陈思宇）"
    assert [(b.role, b.name) for b in item.bylines] == [
        ("correspondent", "冉小平"),
        ("correspondent", "陈思宇"),
    ]
    assert item.paragraphs[0].startswith("4月15日，垫江县科协")


WRAPPED_COLUMN = """\
重庆科技报 2021年4月20日 第2版
要闻
垫江县科协：牡丹花开引客来
　　科技助农添新彩
　　本报讯（通讯员 冉小平 陈
思宇）4月15日，垫江县科协联合县农
业农村委在澄溪镇举办牡丹种植技术培
训会，邀请西南大学园艺园林学院专家
为60余名种植户讲解牡丹栽培、病虫害
防治等知识。
　　据了解，垫江县牡丹种植面积已达
1.2万亩，年接待游客超过100万人次。
　　（垫江县科协）
铜梁区举办院士专家进企业活动
　　本报讯（记者 何 磊）4月16日，铜
梁区“院士专家进企业”活动启动，10
位专家深入20家企业开展技术对接。
"""


def test_a_byline_cut_inside_its_bracket_on_a_column_page_is_joined():
    """A page wrapped at a column width: the lead's first line is narrower than the column (its
    half-width spaces), so the width alone read it as a paragraph's last line."""
    first, second = split_page(WRAPPED_COLUMN).items
    assert first.dateline == "本报讯（通讯员 冉小平 陈思宇）"
    assert [(b.role, b.name) for b in first.bylines] == [
        ("correspondent", "冉小平"),
        ("correspondent", "陈思宇"),
    ]
    assert first.paragraphs[0].startswith("4月15日，垫江县科协联合县农业农村委在澄溪镇举办牡丹种植技术培训会")
    assert second.title == "铜梁区举办院士专家进企业活动"


def test_a_headline_at_the_margin_does_not_run_into_a_byline_the_edge_cut():
    """A 15-character headline fills a 32-cell column, and the byline under it is cut at the edge
    (…见习记者 何 / 子琦): the byline's first part still starts a line of its own."""
    page = wrap(
        "全省科技馆免费开放服务人次创新高\n四川日报全媒体记者 吴梦琳\n\n"
        "记者12月4日从省科协获悉，今年以来全省61个免费开放科技馆累计接待观众超过860万人次。\n\n"
        "其中，四川科技馆接待观众182万人次，位居全国省级科技馆前列，流动科技馆巡展覆盖全部县区。\n\n"
        "绵阳科技城举办青少年机器人大赛\n川观新闻记者 钟振宇 见习记者 何子琦\n\n"
        "12月3日，第六届绵阳科技城青少年机器人大赛在绵阳市科技馆举行，来自全市的300余支队伍参赛。\n\n"
        "比赛设置了机器人竞技、创意编程、工程挑战等项目，吸引了众多家长和学生到场观摩。",
        32,
    )
    assert "川观新闻记者 钟振宇 见习记者 何\n子琦" in page  # the cut this test is about
    items = split_page(page).items
    assert [item.title for item in items] == [
        "全省科技馆免费开放服务人次创新高",
        "绵阳科技城举办青少年机器人大赛",
    ]
    assert [(b.role, b.name) for b in items[1].bylines] == [("reporter", "钟振宇"), ("reporter", "何子琦")]


# A story printed in a 36-cell column (18 characters), paragraphs two cells in or flush.
INDENTED_STORY = wrap(PARAGRAPH + "\n\n" + PARAGRAPH, 36, blank_between=False, indent="　　")
FLUSH_STORY = wrap(PARAGRAPH * 2, 36, blank_between=False) + "\n"  # a blank line after it
SENTENCE_AT_THE_EDGE = "　　全区科技工作者要弘扬科学家精神。"  # one paragraph, its stop at the column's edge


@pytest.mark.parametrize(
    ("story", "after", "expected"),
    [
        # A headline set across the columns is wider than the column: not a line the edge cut.
        (
            INDENTED_STORY,
            [SENTENCE_AT_THE_EDGE, "伟大的世界奇迹——读长篇报告文学《世界沙漠第一路》", "路小路"],
            [
                "全区科技工作者要弘扬科学家精神。",
                "伟大的世界奇迹——读长篇报告文学《世界沙漠第一路》",
                "路小路",
            ],
        ),
        # ...and the line over it does not run into it, though that line's paragraph is unfinished (the
        # page lost its end).
        (
            INDENTED_STORY,
            ["　　资阳市疾控中心副主任医师就如何开展", "锦江区产业功能区科协服务企业创新发展大会", "　　本报讯 近日，锦江区召开大会。"],
            ["资阳市疾控中心副主任医师就如何开展", "锦江区产业功能区科协服务企业创新发展大会", "本报讯 近日，锦江区召开大会。"],
        ),
        # A comma hung past the edge (标点悬挂) still ends a cut line.
        (
            FLUSH_STORY,
            ["会议总结了今年以来全市学会工作情况并，", "部署了下一阶段重点任务。"],
            ["会议总结了今年以来全市学会工作情况并，部署了下一阶段重点任务。"],
        ),
        # A 主题 as long as the column over its ——副题: two lines of a headline.
        (
            FLUSH_STORY,
            [
                "全省科协系统深化科创中国试点城市建设",
                "——推动产学研用深度融合",
                "本报成都6月12日电 全省科协系统召开推进会。",
            ],
            [
                "全省科协系统深化科创中国试点城市建设",
                "——推动产学研用深度融合",
                "本报成都6月12日电 全省科协系统召开推进会。",
            ],
        ),
        # A caption's credit the edge cut off goes back to the caption, set apart by its space; a
        # story's last sentence keeps its credit line apart.
        (
            FLUSH_STORY,
            ["秀山县扶贫产业园，工作人员正在打包菊", "摄/齐岚森"],
            ["秀山县扶贫产业园，工作人员正在打包菊 摄/齐岚森"],
        ),
        (
            FLUSH_STORY,
            ["秀山县扶贫产业园工作人员在打包菊花。", "本报记者 沈静 摄"],
            ["秀山县扶贫产业园工作人员在打包菊花。", "本报记者 沈静 摄"],
        ),
        # A punctuated headline over a dateline lead, after a sentence that ended at the edge.
        (
            INDENTED_STORY,
            [
                SENTENCE_AT_THE_EDGE,
                "昨日，市科协举办科技工作者座谈会",
                "本报讯 昨日，市科协举办科技工作者座谈会。",
            ],
            [
                "全区科技工作者要弘扬科学家精神。",
                "昨日，市科协举办科技工作者座谈会",
                "本报讯 昨日，市科协举办科技工作者座谈会。",
            ],
        ),
        # A closing attribution as long as the column is whole; the headline under it is one.
        (
            INDENTED_STORY,
            ["　　她请邓亚萍签完名后姐妹俩又聊了起来。", "（本报记者王霞光和李明明摄影报道）", "男篮联赛开始第二循环", "　　本报讯 日历翻到了1998年。"],
            ["她请邓亚萍签完名后姐妹俩又聊了起来。", "（本报记者王霞光和李明明摄影报道）", "男篮联赛开始第二循环", "本报讯 日历翻到了1998年。"],
        ),
        # A dateline the edge cut before its bracketed credit is one dateline.
        (
            INDENTED_STORY,
            ["　　新华社德国首都波恩１２月３０日电", "（记者吕鸿）德国外长金克尔３０日在此", "讲话。"],
            ["新华社德国首都波恩１２月３０日电（记者吕鸿）德国外长金克尔３０日在此讲话。"],
        ),
        # A headline as long as the column after a sentence that ended at the edge: over its byline (a
        # short unfinished line) or over a paragraph two cells in, it heads the next piece.
        (
            INDENTED_STORY,
            [SENTENCE_AT_THE_EDGE, "汪洋中的挪威海岛小木屋（附图片１张）", "李德润　葛洪", "　　金秋的一个下午，我们出发了。"],
            ["全区科技工作者要弘扬科学家精神。", "汪洋中的挪威海岛小木屋（附图片１张）", "李德润　葛洪", "金秋的一个下午，我们出发了。"],
        ),
        (
            INDENTED_STORY,
            [SENTENCE_AT_THE_EDGE, "芬兰冬日众鸟欣有托群兽爱人庐的见闻记", "　　据新华社赫尔辛基1月4日电，每到冬季，"],
            ["全区科技工作者要弘扬科学家精神。", "芬兰冬日众鸟欣有托群兽爱人庐的见闻记", "据新华社赫尔辛基1月4日电，每到冬季，"],
        ),
        # On a page that indents its paragraphs, a headline at the margin under a short line is one though
        # it fills the line; under a sentence that ended at the edge, the paragraph goes on at the margin.
        (
            INDENTED_STORY,
            ["读者来信", "农村科普需要更多接地气的科普讲解员们", "编辑同志："],
            ["读者来信", "农村科普需要更多接地气的科普讲解员们", "编辑同志："],
        ),
        (
            INDENTED_STORY,
            [SENTENCE_AT_THE_EDGE, "德国共花一亿多马克购买的烟花绝大部分", "从中国进口。"],
            ["全区科技工作者要弘扬科学家精神。德国共花一亿多马克购买的烟花绝大部分从中国进口。"],
        ),
    ],
)
def test_where_a_column_page_line_ends_at_the_edge_by_its_length(story, after, expected):
    """The edge cuts prose; headlines, attributions and captions reach it only by their length."""
    lines = unwrapped(story + "\n" + "\n".join(after))
    assert lines[: -len(expected)] == ([PARAGRAPH, PARAGRAPH] if story is INDENTED_STORY else [PARAGRAPH * 2])
    assert lines[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("page", "paragraphs"),
    [
        # A first line as wide as the other paragraphs' first lines was cut by the edge, though it reads
        # like a sub-heading (no stop in it).
        (
            "　　比赛分为自主命题讲解和随机命题讲解两\n个环节，最终评出一等奖2名、二等奖4名。\n　　与会人员表示，将认真落实会议的精神。",
            [
                "比赛分为自主命题讲解和随机命题讲解两个环节，最终评出一等奖2名、二等奖4名。",
                "与会人员表示，将认真落实会议的精神。",
            ],
        ),
        (
            "　　加强学会建设\n会议部署了三项重点任务。\n　　与会人员表示，将认真落实会议的精神。",
            ["加强学会建设", "会议部署了三项重点任务。", "与会人员表示，将认真落实会议的精神。"],
        ),
        # A credit cut through at the edge is one credit again (no space inside 本报记者).
        (
            "　　11月20日，江北区科协组织青少年走进重\n庆大学实验室，体验科学实验的乐趣。 本报\n记者 张燕 摄\n"
            "　　与会人员表示，将认真落实会议的精神。",
            [
                "11月20日，江北区科协组织青少年走进重庆大学实验室，体验科学实验的乐趣。 本报记者 张燕 摄",
                "与会人员表示，将认真落实会议的精神。",
            ],
        ),
    ],
)
def test_a_short_indented_pages_lines_at_the_edge(page, paragraphs):
    assert [line.text for line in unwrap_lines(page, split_lines(page))] == paragraphs
