"""split_page on the parts of a story that are not its paragraphs: numbered and dated headings, a
box's own title, a quote's speaker, a quiz's options, a table printed in parts, photo captions
whose credit stands on the next line, and the labels over a piece."""

import datetime as dt

import pytest

from articles.textpipeline import shapes
from articles.textpipeline.accounting import account
from articles.textpipeline.draft import continues
from articles.textpipeline.model import PARAGRAPH, PHOTO, Block, Item
from articles.textpipeline.repair import remove_duplicates
from articles.textpipeline.shapes_furniture import is_masthead_name
from articles.textpipeline.shapes_headlines import is_heading_like
from articles.textpipeline.shapes_lists import is_numbered_heading, is_time_mark
from articles.textpipeline.split import split_page

PROSE = "全市新建企业科协18家、高校科协2家，实现县级以上学会党建工作全覆盖。"
MORE = "全年新增院士（专家）工作站3个，引进院士专家团队5个，帮助企业解决技术难题40余项。"
ENTRIES = [  # distinct paragraphs (a repeated one is removed as a copy's repeat)
    "市科协召开七届三次全委会议，审议通过市科协2022年工作报告。",
    "“科技之春”科普宣传月活动在渝北区启动，全市38个区县同步开展科普活动。",
    "全国科技工作者日重庆主场活动在重庆科技馆举行，表彰优秀科技工作者。",
]


def page(*lines: str):
    result = split_page("\n\n".join(lines))
    assert account(result).balanced
    return result


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("一、坚持党建引领，政治底色更加鲜明", True),  # two phrases, one comma
        ("（二）加强基层组织建设", True),
        ("3.适度运动", True),
        ("一、坚持党建引领，强化理论武装，政治底色更加鲜明", False),  # three phrases: a sentence's start
        ("（一）强化理论武装。市科协党组全年召开学习会12次。", False),  # a run-in heading before prose
        ("二、勇攀高峰；敢为人先", False),
        ("一、，鲜明", False),
        ("一、不慎落水怎么办？", True),  # a science piece's question heading
        ("二、为什么会“抽筋”？", True),
        ("三、怎么办？我们要冷静。", False),  # a sentence after the question: prose
    ],
)
def test_a_numbered_heading_may_hold_two_phrases(text, heading):
    assert is_numbered_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("1月10日", True),
        ("１２月２０日", True),  # full-width digits as printed
        ("2023年3月5日", True),
        ("2023年3月", True),
        ("09:30", True),
        ("11：40", True),
        ("3月5日，活动启动", False),
        ("第3期", False),
        ("2023年全国科普日", False),
    ],
)
def test_a_date_or_a_time_alone_is_a_time_mark(text, mark):
    assert is_time_mark(text) is mark


def test_a_numbered_heading_is_not_glued_to_its_sections_first_paragraph():
    """三、深化改革创新，发展活力不断增强 over 全年新增…: a heading, though it ends no sentence."""
    assert continues("三、深化改革创新，发展活力不断增强", MORE) is False
    assert (
        continues("活动期间，全市共举办科普讲座、科普展览和", "科技咨询活动1200余场。") is True
    )  # a real cut


def test_a_review_under_a_two_phrase_headline_over_its_subtitle():
    """凝心聚力 奋楫争先 over ——…综述 is the headline (a parallel slogan over a story is a banner), and
    its numbered headings with a comma head their sections."""
    result = page(
        "凝心聚力 奋楫争先",
        "——遂宁市科协2023年工作综述",
        "通讯员 杨帆",
        PROSE,
        "一、坚持党建引领，政治底色更加鲜明",
        ENTRIES[0],
        "二、深化改革创新，发展活力不断增强",
        MORE,
    )
    assert result.meta.banners == []
    item = result.items[0]
    assert (item.title, item.subtitle) == ("凝心聚力 奋楫争先", "——遂宁市科协2023年工作综述")
    assert item.subheadings == ["一、坚持党建引领，政治底色更加鲜明", "二、深化改革创新，发展活力不断增强"]
    assert item.paragraphs == [PROSE, ENTRIES[0], MORE]
    assert page(
        "决战脱贫攻坚 决胜全面小康", "市科协召开脱贫攻坚推进会", "本报记者 王明", PROSE
    ).meta.banners == ["决战脱贫攻坚 决胜全面小康"]


@pytest.mark.parametrize(
    "marks",
    [
        ["1月10日", "3月5日", "5月30日"],
        ["09:00", "09:30", "10:15"],
        ["2023年1月", "2023年3月", "2023年5月30日"],  # a full date among months: an entry, not the page's date
    ],
)
def test_the_dates_of_a_timeline_head_its_entries(marks):
    """大事记 or a live report: each date or time over its entry is a sub-heading, the first too (it was
    the headline's 副题)."""
    lines = ["重庆市科协2023年大事记"]
    for mark, entry in zip(marks, ENTRIES, strict=True):
        lines += [mark, entry]
    result = page(*lines)
    item = result.items[0]
    assert result.meta.page_date is None
    assert item.subtitle == ""
    assert item.subheadings == marks
    assert item.paragraphs == ENTRIES


@pytest.mark.parametrize(
    ("first", "second", "pieces"),
    [
        ("广元市科协10月大事记", "遂宁市科协10月大事记", 2),  # another body's chronicle: a piece of its own
        ("四川科协年鉴（2022）", "重庆市科协年鉴（2022）", 2),
        ("重庆市科协2023年大事记", "重庆市科协2023年大事记", 1),  # the same body's title printed again
        ("广元市科协10月大事记", "市科协组织建设", 1),  # a plain heading: the chronicle's section
    ],
)
def test_another_bodys_chronicle_on_the_page_is_a_piece_of_its_own(first, second, pieces):
    """Two 市科协 chronicles printed one under the other are two items, each with its own entries."""
    items = page(first, ENTRIES[0], ENTRIES[1], second, ENTRIES[2]).items
    assert len(items) == pieces
    assert items[0].title == first
    if pieces == 2:
        assert (items[1].title, items[1].paragraphs) == (second, [ENTRIES[2]])


@pytest.mark.parametrize(
    ("second_body", "first_is_heading"),
    [
        ("绵阳市科学技术协会", True),  # the same shape heads the next body's entries: a sub-heading
        ("2021年度学术交流", False),  # no other body's heading: the body under the headline is its issuer
    ],
)
def test_a_body_under_a_yearbooks_headline_heads_its_entries_when_bodies_section_it(second_body, first_is_heading):
    """四川科协年鉴 over 德阳市科学技术协会 and its entries, then 绵阳市科学技术协会 and its: each body heads
    its section; the first was taken for the yearbook's issuer (its source and credit)."""
    item = page("四川科协年鉴（2022）", "德阳市科学技术协会", PROSE, second_body, MORE).items[0]
    assert item.title == "四川科协年鉴（2022）"
    assert ("德阳市科学技术协会" in item.subheadings) is first_is_heading
    assert (item.source == "德阳市科学技术协会") is not first_is_heading


@pytest.mark.parametrize(
    "head",
    [
        ["城口县科协工作简报"],
        ["城口县科协工作简报", "第5期", "城口县科学技术协会编        2024年6月3日"],
    ],
)
def test_a_bulletins_bracketed_heads_over_its_entries_are_its_sections(head):
    """城口县科协工作简报 over 【工作动态】 and 【科普宣传】, each over dated entries and no headline: one
    piece titled by the bulletin, the heads its sub-headings (they were banners over titleless items)."""
    result = page(*head, "【工作动态】", "5月8日，县科协组织农技专家到修齐镇开展培训。", "【科普宣传】",
                  "5月30日，县科协走访慰问一线科技工作者12名。")
    [item] = result.items
    assert item.title == "城口县科协工作简报"
    assert item.subheadings == ["【工作动态】", "【科普宣传】"]
    assert len(item.paragraphs) == 2
    assert "【工作动态】" not in result.meta.banners


def test_a_single_date_under_a_headline_is_no_timeline():
    """One date under the headline with no other date after it: no timeline's entry (as before)."""
    item = page("市科协召开全委会", "3月5日", PROSE, MORE).items[0]
    assert item.subheadings == []


def test_a_quotes_speaker_under_it_is_a_paragraph_not_a_subheading():
    item = page(
        "让科技之光照亮大山深处",
        "本报记者 王晓东",
        PROSE,
        "“农民需要的不是一堂课，而是一整季的陪伴。”",
        "——服务团团长李建国",
        MORE,
    ).items[0]
    assert item.subheadings == []
    assert "——服务团团长李建国" in item.paragraphs
    decorated = page("让科技之光照亮大山深处", "本报记者 王晓东", PROSE, "—— 一线见闻 ——", MORE).items[0]
    assert decorated.subheadings == ["—— 一线见闻 ——"]


@pytest.mark.parametrize("box", ["链接", "链接：", "相关链接：", "■ 小贴士："])
def test_a_boxs_name_over_its_text_heads_it_with_or_without_a_colon(box):
    """链接： over the box's prose heads it as 链接 does (it stayed a paragraph of the story)."""
    item = page("让大熊猫“住”得更好", "本报记者 邓雨晴", PROSE, box, MORE).items[0]
    assert (item.paragraphs, item.subheadings) == ([PROSE, MORE], [box])


@pytest.mark.parametrize("box", ["链接：院士专家工作站是什么？", "■ 相关链接：科技小院"])
def test_a_link_boxs_name_with_its_title_on_one_line_heads_the_box(box):
    """链接：院士专家工作站是什么？ over the box's text heads it in the story (it was read as the page's source
    link, and the box's text was left without a story)."""
    item, = page("让大熊猫“住”得更好", "本报记者 邓雨晴", PROSE, box, MORE, "（渝科）").items
    assert (item.paragraphs, item.subheadings) == ([PROSE, MORE], [box])


def test_a_lead_in_ending_in_a_dash_is_not_glued_to_the_list_it_opens():
    """不妨举几个例子——— over 有扎根高原二十年…；: a dash opens what follows as a colon does (the two were
    joined as a column break's halves)."""
    lead_in = "这套丛书为二十位女科技工作者立传，不妨举几个例子———"
    entry = "有扎根高原二十年，培育出耐寒青稞新品种的；"
    assert continues(lead_in, entry) is False
    item = page("巾帼科技工作者的风采", "苏念慈", lead_in, entry, "有走遍三峡库区，绘制地质灾害图谱的。").items[0]
    assert item.paragraphs[:2] == [lead_in, entry]


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("早上六点，老李就出门了。他说，他要去的地方是——", "大山深处的柑橘园。", True),
        ("这套丛书为二十位女科技工作者立传，不妨举几个例子———", "有扎根高原二十年，培育出耐寒青稞新品种的；", False),
        ("这套丛书为二十位女科技工作者立传，不妨举几个例子——", "● 有扎根高原二十年，培育出耐寒青稞新品种的", False),
    ],
)
def test_a_dash_keeps_apart_only_a_list_it_opens(previous, following, joined):
    """他要去的地方是—— over 大山深处的柑橘园。 is one sentence a break cut (it was kept as two paragraphs once
    a dash, like a colon, opened a list)."""
    assert continues(previous, following) is joined


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("2023年度区县科协工作目标考核获评优秀等次的单位", "渝北区科协", False),  # a list's heading over its first row
        ("本次活动由四川省科学技术协会、四川省教育厅和", "成都市科协", True),  # …和 governs the name: one sentence cut
        # …走访了 wants its object: the name is a wrapped line of the sentence (it became a sub-heading)
        ("9月8日，市科协组织10位院士专家赴永川区开展科技咨询服务活动，专家们先后走访了", "永川区农业农村委", True),
    ],
)
def test_a_bodys_name_alone_under_a_long_line_is_a_lists_row(previous, following, joined):
    """成都市科协 alone on its line under a list's long heading is the list's first row: it was glued to the
    heading, and every row and the next paragraph after it."""
    assert continues(previous, following) is joined


@pytest.mark.parametrize(
    "heading", ["评价等次为“好”的单位（按行政区划排序）", "2023年度区县科协工作目标考核获评优秀等次的单位"]
)
def test_a_single_column_list_under_a_long_heading_keeps_its_rows_and_the_paragraph_after_it(heading):
    """The heading, each body's name and the paragraph after the list each stay a paragraph of their own."""
    rows = ["成都市科协", "自贡市科协", "德阳市科协"]
    text = "\n".join(
        ["全省科协系统综合评价结果公布", "", "本报讯（记者 邱月）2月5日，省科协通报2023年度工作综合评价结果。",
         heading, *rows, "通报指出，各市（州）科协成效明显。"]
    )
    item = split_page(text).items[0]
    assert item.paragraphs[1:] == [heading, *rows, "通报指出，各市（州）科协成效明显。"]


def test_a_boxs_own_title_under_its_name_is_a_subheading_not_glued_to_its_text():
    """记者手记 over 陪伴，是最好的科普 over the box's text (the title was joined to the text as a cut paragraph)."""
    item = page(
        "让科技之光照亮大山深处", "本报记者 王晓东", PROSE, "记者手记", "陪伴，是最好的科普", MORE
    ).items[0]
    assert item.subheadings == ["记者手记", "陪伴，是最好的科普"]
    assert item.paragraphs == [PROSE, MORE]


@pytest.mark.parametrize(
    ("box", "lead"),
    [
        ("■延伸阅读", "本报讯 6月8日，万州区科协在高笋塘街道举办科普大篷车进社区活动。"),
        ("■延伸閱讀", "本報訊 6月8日，萬州區科協在高筍塘街道舉辦科普大篷車進社區活動。"),
        ("【延伸阅读】", "【本报讯】6月8日，万州区科协在高笋塘街道举办科普大篷车进社区活动。"),
        ("相关链接", "本报讯（记者 李娜）6月8日，万州区科协在高笋塘街道举办科普大篷车进社区活动。"),
    ],
)
def test_a_headline_over_a_dateline_lead_under_a_boxs_name_is_a_story_of_its_own(box, lead):
    """■延伸阅读 over 万州区科协推动科普进社区 over 本报讯 …: the dateline announces a new story, so the
    headline is no box title and the brief no box text of the story above (it took its source and region)."""
    result = page("川渝科协携手共建西部科创走廊", "本报记者 郑敏", PROSE, box, "万州区科协推动科普进社区", lead, "（渝科）")
    first, second = result.items
    assert (first.title, first.paragraphs, first.source) == ("川渝科协携手共建西部科创走廊", [PROSE], None)
    assert second.title == "万州区科协推动科普进社区"
    assert second.dateline and second.source == "渝科"
    assert second.paragraphs == [lead[len(second.dateline):].lstrip()]


def test_a_quizs_lettered_options_are_paragraphs_and_its_question_the_title():
    result = page(
        "科普知识小测试",
        "防范电信诈骗，你知道多少？",
        "1.接到自称“公检法”的电话，要求将资金转入“安全账户”，你应该：",
        "A.立即转账",
        "B.挂断电话，拨打110核实",
        "C.按对方要求下载软件",
        "2.下列哪种情况可能是网络诈骗？",
        "A.刷单返利",
        "B.以上都是",
    )
    item = result.items[0]
    assert (item.kicker, item.title) == ("科普知识小测试", "防范电信诈骗，你知道多少？")
    assert item.subheadings == []
    assert "C.按对方要求下载软件" in item.paragraphs
    assert is_heading_like("AI赋能科普")  # letters that open a word are no option's


def _blocks(*texts: str) -> Item:
    return Item(kind="article", blocks=[Block(PARAGRAPH, text) for text in texts])


def test_a_tables_header_printed_again_and_a_short_refrain_are_kept():
    """A copy repeats paragraphs of prose: those go; a table's header over its second part stays."""
    header = "序号\t项目名称\t作者\t学校"
    item = _blocks(
        header,
        "1\t智能灌溉系统\t张小明\t巴蜀中学",
        "二等奖（2项）",
        header,
        "1\t垃圾分类识别\t王浩然\t育才中学",
    )
    remove_duplicates(item)
    assert [b.text for b in item.blocks].count(header) == 2 and item.repairs == []
    refrain = _blocks("我爱你中国", "我的母亲", "我爱你中国")
    remove_duplicates(refrain)
    assert len(refrain.blocks) == 3
    prose = _blocks(PROSE, MORE, PROSE)
    remove_duplicates(prose)
    assert [b.text for b in prose.blocks] == [PROSE, MORE]
    assert [r.code for r in prose.repairs] == ["duplicate_removed"]


@pytest.mark.parametrize(
    ("section", "captions"),
    [
        ("图片新闻", ["7月15日，荣昌区科协在昌州街道开展“科普进社区”活动。", "通讯员 刘波 摄",
                  "7月18日，秀山县科协组织专家走进隘口镇茶园，指导茶农夏季管护。", "本报记者 杨梅 摄"]),
        # each credit run on at the end of its caption (图片报道 was one photo item's title over both)
        ("图片报道", ["7月15日，荣昌区科协在昌州街道开展“科普进社区”活动。通讯员 刘波 摄",
                  "7月18日，秀山县科协组织专家走进隘口镇茶园，指导茶农夏季管护。本报记者 杨梅 摄"]),
    ],
)
def test_captions_with_their_credits_under_a_photo_section_are_photo_items(section, captions):
    """Under 图片新闻, a sentence over 通讯员 刘波 摄 (or ending in it) is a caption: one photo item each,
    with its photographer (it was an untitled paragraph flagged for an editor)."""
    result = page(
        section,
        *captions,
        "开州：科技特派员进村指导柑橘种植",
        "本报讯（记者 陈涛）近日，开州区科协组织科技特派员走进竹溪镇。",
    )
    assert result.meta.banners == [section]
    photos = [item for item in result.items if item.kind == PHOTO]
    assert [(p.captions[0].text[:6], p.captions[0].photographer) for p in photos] == [
        ("7月15日，", "刘波"),
        ("7月18日，", "杨梅"),
    ]
    assert result.items[-1].title == "开州：科技特派员进村指导柑橘种植"
    assert all(not item.flags for item in result.items)


TITLED_PHOTOS = (
    "秀山：科技专家进茶园",
    "9月12日，秀山县科协组织农技专家走进隘口镇茶园，为茶农讲解秋季茶园管理技术。",
    "通讯员 田晓 摄",
    "南岸：社区里的“科学小课堂”",
    "9月15日，南岸区珊瑚社区科普志愿者为辖区儿童开设“科学小课堂”。",
    "本报记者 龙帆 摄",
)


@pytest.mark.parametrize("banners", [["图片新闻"], []])
def test_titled_photos_whose_credit_stands_under_the_caption(banners):
    """Titled photos, each credit on the line under its caption, under 图片新闻 or not: a photo item each
    with its own title, caption and photographer (图片新闻 was the first one's title and its title glued
    to its caption; without the banner the first was a story, the second flagged as a sub-heading)."""
    result = page(*banners, *TITLED_PHOTOS)
    assert result.meta.banners == banners
    assert [(item.kind, item.title, item.captions[0].text[:6], item.captions[0].photographer) for item in result.items] == [
        (PHOTO, "秀山：科技专家进茶园", "9月12日，", "田晓"),
        (PHOTO, "南岸：社区里的“科学小课堂”", "9月15日，", "龙帆"),
    ]
    assert all(not item.flags and not item.repairs for item in result.items)


@pytest.mark.parametrize(
    ("lines", "photos"),
    [
        # a 组图 numbered ①②, its credit under it, then a titled photo: two photo items, each its photographer's
        (["全国科普日 山城科普嘉年华", "①9月14日，重庆市全国科普日主场活动在重庆科技馆启动。", "②市民在展区观看液氮实验。",
          "本报记者 龙帆 摄", *TITLED_PHOTOS[:3]],
         [(2, "龙帆"), (1, "田晓")]),
        # …between stories, with no headline over it
        (["①9月14日，重庆市全国科普日主场活动在重庆科技馆启动。", "②市民在展区观看液氮实验。", "本报记者 龙帆 摄"],
         [(2, "龙帆")]),
    ],
)
def test_captions_numbered_by_bare_circled_digits_over_a_credit_are_a_photo_group(lines, photos):
    """①… ②… over 本报记者 X 摄: a photo group (it was an article, the next titled photo its sub-heading and
    its photographer the group's too)."""
    items = page(*lines).items
    assert [(item.kind, len(item.captions), item.captions[0].photographer) for item in items] == [
        (PHOTO, count, photographer) for count, photographer in photos
    ]


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # under 图片新闻, 1、 with its credit over an uncredited 2、: both captions (2、 was a paragraph)
        (["图片新闻", "1、新年夜，江北嘴灯光秀吸引市民驻足。（本报记者 王山 摄）", "2、1月2日，科技馆迎来新年首批参观者。"],
         [("1、新年夜，", "王山"), ("2、1月2日", None)]),
        # under a story that announces its pictures, 1、图为… before the credited 2、图为… (1、 was a paragraph)
        (["科普基地冬季开放（附图片2张）", "因冬季客流增加，市内多家科普基地近日延长开放时间。", "1、图为讲解员在为游客介绍展品。",
          "2、图为游客在观看天象演示。（本报记者 李川 摄）"],
         [("1、图为讲解", None), ("2、图为游客", "李川")]),
        # after 图片：, a sentence over its photographer's credit (it stayed a paragraph)
        (["院士走进中学校园（附图片1张）", "本报讯 新年前夕，市科协邀请院士走进巴蜀中学，为师生作科普报告。", "图片：",
          "院士与同学们亲切交流，现场气氛热烈。", "（本报记者 周翔 摄影报道）"],
         [("院士与同学们", "周翔")]),
    ],
)
def test_a_numbered_pictures_siblings_and_a_caption_after_its_label_are_captions(lines, captions):
    (item,) = page(*lines).items
    assert [(caption.text[:6], caption.photographer) for caption in item.captions] == captions
    assert not any(paragraph.startswith(caption[:6]) for paragraph in item.paragraphs for caption, _ in captions)


def test_circled_lines_with_no_credit_under_them_stay_a_list():
    item = page("科普大篷车进校园", "本报记者 龙帆", PROSE, "①展品讲解；", "②科学实验秀；", MORE).items[0]
    assert item.kind != PHOTO and not item.captions and "①展品讲解；" in item.paragraphs


def test_a_briefs_columns_name_over_untitled_briefs_with_their_own_attributions_is_a_banner():
    """科协简讯 over briefs each closed by （X供稿）: the column's banner, each brief an item with its own source,
    headless and flagged alike (the column's name was the first brief's title, the others headless)."""
    result = page(
        "科协简讯",
        "4月12日，自贡市科协联合市气象学会在自流井区开展防灾减灾主题宣传活动，发放宣传资料1200余份。（自贡市科协供稿）",
        "4月15日，泸州市纳溪区科协组织区农技协专家到护国镇开展茶叶生产技术培训。（纳溪区科协供稿）",
    )
    assert result.meta.banners == ["科协简讯"]
    assert [(item.title, item.source, [flag.code for flag in item.flags]) for item in result.items] == [
        ("", "自贡市科协", ["missing_headline"]),
        ("", "纳溪区科协", ["missing_headline"]),
    ]


@pytest.mark.parametrize(
    ("lines", "kind", "source"),
    [
        # a photo item no photographer is named for: the body that gave the picture is its source
        (["4月16日，雅安市科协、市教育局联合举办“科学家进校园”活动，为600余名师生作科普报告。（雅安市科协 供图）"],
         PHOTO, "雅安市科协"),
        (["▲近日，潼南区农技人员在田间指导农户使用无人机进行病虫害防治。（潼南区科协供图）"], PHOTO, "潼南区科协"),
        (["▲11月18日，万州区科协在太白街道开展应急科普宣传活动。（通讯员 向阳 摄）"], PHOTO, None),  # a person's
        # …a story's text may be the paper's own: there the body's 供图 stays its pictures' credit (test page 33)
        (["科普大篷车开进大山", "彭水县科协组织科普大篷车深入偏远乡镇，为群众带去科普展品和科普图书。", "彭水县科协供图"], "article", None),
    ],
)
def test_a_body_that_gave_a_photo_items_picture_is_its_source(lines, kind, source):
    item = page(*lines).items[-1]
    assert (item.kind, item.source) == (kind, source)


@pytest.mark.parametrize(
    ("lines", "subheadings"),
    [
        # short questions, each alone over its answer, more than one in the piece: the explainer's sub-headings
        (["“科技小院”到底是什么", "□ 李晓燕", "什么是科技小院？", PROSE, "科技小院起源于哪里？", MORE],
         ["什么是科技小院？", "科技小院起源于哪里？"]),
        # one question in a story is its paragraph; so is a speaker's question
        (["“科技小院”到底是什么", "□ 李晓燕", "什么是科技小院？", PROSE, MORE], []),
        (["“科技小院”到底是什么", "本报记者 李晓燕", "记者：什么是科技小院？", PROSE, "记者：它起源于哪里？", MORE], []),
    ],
)
def test_unnumbered_question_heads_in_an_explainer(lines, subheadings):
    """什么是科技小院？ over its answer, with another question so printed further on, is a sub-heading as a
    numbered question is (they were paragraphs)."""
    item = page(*lines).items[0]
    assert [block.text for block in item.blocks if block.kind == "subheading"] == subheadings


def test_inside_a_story_a_credit_under_a_paragraph_stays_the_storys():
    item = page(
        "“小院”里的大科技", "本报记者 刘洋", PROSE, "研究生在花椒地里采集样品。", "本报记者 刘洋 摄", MORE
    ).items[0]
    assert item.kind != PHOTO and len(item.paragraphs) >= 2


def test_a_marked_column_label_over_a_headline_is_a_banner():
    result = page(
        "■专家访谈",
        "如何科学应对高温天气？",
        "——访重庆市气象台首席预报员陈明",
        "本报记者 赵雪",
        "记者：原因是什么？",
        PROSE,
    )
    assert result.meta.banners == ["■专家访谈"] and result.remainders == []
    assert result.items[0].title == "如何科学应对高温天气？"


def test_a_notice_keeps_its_submission_contacts_and_the_papers_signature():
    item = page(
        "征稿启事",
        PROSE,
        "三、投稿方式",
        "投稿邮箱：kxb2024@163.com",
        "联系电话：023-63600000",
        "重庆科技报社",
        "2024年3月1日",
    ).items[0]
    assert item.paragraphs[-4:] == [
        "投稿邮箱：kxb2024@163.com",
        "联系电话：023-63600000",
        "重庆科技报社",
        "2024年3月1日",
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # a 公示's contacts over its signature, 通信地址 among them: the notice's text, signed and dated
        ["联系电话：028-86601234", "通信地址：成都市青羊区东城根上街95号", "四川省科学技术协会", "2024年6月30日"],
        ["通讯地址：成都市青羊区东城根上街95号", "四川省科学技术协会", "2024年6月30日"],
    ],
)
def test_a_notices_contact_lines_over_its_signature_stay_in_it(tail):
    """通信地址：… under a 公示's 联系电话：… became the next story's kicker; the next story keeps its own
    headline."""
    result = page("“天府峨眉计划”拟入选人员公示", "现将拟入选人员予以公示。公示时间为2024年7月1日至7月5日。", *tail,
                  "泸州市科协开展“人才入企”活动", "本报讯（记者 王芳）6月25日，泸州市科协组织专家走进企业。")
    first, second = result.items
    assert first.paragraphs[-len(tail):] == tail
    assert result.meta.boilerplate == []
    assert (second.kicker, second.title, second.subtitle) == ("", "泸州市科协开展“人才入企”活动", "")


def test_a_venues_address_over_the_storys_attribution_stays_in_the_story():
    """地址：… under 开放时间：…, over （渝科）: the visit details of a 科技馆's story, not the page's boilerplate."""
    lines = ["开放时间：周二至周日9:30-17:00，周一闭馆。", "地址：重庆市江北区江北城文星门街7号"]
    result = split_page("\n".join(["重庆科技馆新展区正式开放", "本报讯 9月16日，重庆科技馆新展区正式对公众开放。", *lines,
                                   "（渝科）"]))
    (item,) = result.items
    assert item.paragraphs[-2:] == lines
    assert (result.meta.boilerplate, item.source) == ([], "渝科")


def test_a_web_pages_footer_address_is_still_boilerplate():
    result = page("重庆科技馆新展区正式开放", "本报讯 9月16日，重庆科技馆新展区正式对公众开放。", "（渝科）",
                  "地址：重庆市渝中区人民路258号", "版权所有：重庆市科学技术协会")
    assert "地址：重庆市渝中区人民路258号" not in result.items[0].paragraphs


@pytest.mark.parametrize(
    ("text", "masthead"),
    [
        ("四川科技报", True),
        ("科普中国", True),  # a platform's name over a copied post
        ("科技工作者之家", True),
        ("科普中国行", False),  # a series' label may be a headline's
        ("织密防护网", False),  # a headline ending in 网
    ],
)
def test_a_paper_or_platform_name_is_no_headline(text, masthead):
    assert is_masthead_name(text) is masthead


def test_a_reference_lists_entries_keep_their_citation_marks_and_raise_no_doubt():
    """[1]中心.指南[J].杂志,2022 was given 。 and ， as prose, and its last entry flagged as cut off."""
    entry = "[1]中国疾病预防控制中心.中国流感疫苗预防接种技术指南[J].中华流行病学杂志,2022,43(10):1515-1544."
    (item,) = split_page(
        "\n".join(["秋冬季节，如何预防流感？", "秋冬季节是流感高发期,接种流感疫苗是预防流感最有效的手段.", "参考文献：", entry])
    ).items
    assert item.paragraphs[0] == "秋冬季节是流感高发期，接种流感疫苗是预防流感最有效的手段。"  # prose still is
    assert item.paragraphs[-1] == entry
    assert "incomplete_paragraph" not in [flag.code for flag in item.flags]


@pytest.mark.parametrize(
    ("box", "sidebar"),
    [
        (["【数读】", "● 科普活动 320场", "● 受益群众 10万人次"], "【数读】\n● 科普活动 320场\n● 受益群众 10万人次"),
        # a box name over its own title over the bullets (the three lines went to the page's boilerplate,
        # the story's figures lost without a flag)
        (["■相关链接", "綦江“科技副总”工作一览", "●选派专家103名", "●覆盖企业86家"],
         "■相关链接\n綦江“科技副总”工作一览\n●选派专家103名\n●覆盖企业86家"),
    ],
)
def test_a_box_name_over_bullets_heads_the_storys_sidebar(box, sidebar):
    """【数读】 over ● lines at the end of a story: the sidebar's heading, as “数”说成绩 is (it was the page's
    banner, and the bullets a sidebar without its name)."""
    result = split_page(
        "\n".join(
            [
                "綦江区科协2021年工作亮点",
                "本报记者 张三",
                "2021年，綦江区科协围绕中心、服务大局，各项工作取得新成效，全年组织开展科普活动320场。",
                *box,
            ]
        )
    )
    (item,) = result.items
    assert result.meta.banners == [] and result.meta.boilerplate == []
    assert [block.text for block in item.blocks if block.kind == "sidebar"] == [sidebar]


@pytest.mark.parametrize(
    ("above", "notice"),
    [
        # 遗失声明 under a 更正 (it had been the 更正's sub-heading, 绵阳 one of its regions)
        (["更正", "本报3月8日第2版《南充市科协召开全委会》一文中，“张平”应为“张萍”。特此更正。"],
         ["遗失声明", "四川绵阳某农业科技有限公司不慎遗失营业执照副本，声明作废。"]),
        # 郑重声明 under a story with no closing attribution (it had been the story's sub-heading)
        (["阿坝州科协开展科普援藏活动", f"本报讯（记者 泽仁）{PROSE}"],
         ["郑重声明", "近期发现有人冒用“四川科技报社”名义开展评选活动并收取费用，本报从未开展此类活动，特此声明。"]),
        # …whose last paragraph lacks its full stop: 郑重声明 had been read as that paragraph's author, a name
        # of surname 郑, and the paragraph as the notice's title
        (["阿坝州科协开展科普援藏活动", f"本报讯（记者 泽仁）{PROSE}", "活动中，志愿者还为当地学生演示了科学小实验"],
         ["郑重声明", "近期发现有人冒用“四川科技报社”名义开展评选活动并收取费用，本报从未开展此类活动，特此声明。"]),
    ],
)
def test_a_notice_under_another_piece_is_a_piece_of_its_own(above, notice):
    first, second = split_page("\n".join([*above, *notice])).items
    assert (first.title, first.subheadings, len(first.paragraphs)) == (above[0], [], len(above) - 1)
    assert (second.title, second.subheadings, second.bylines, second.paragraphs) == (notice[0], [], [], notice[1:])


NEXT_STORY = ["甘孜州科协举办青稞种植技术培训", f"本报讯（通讯员 降措）{PROSE}（甘孜州科协）"]


@pytest.mark.parametrize(
    ("notice", "issuer"),
    [
        (["郑重声明", "近期发现有人冒用本报名义开展评选活动并收取费用，本报从未开展此类活动，特此声明。"], "四川科技报社"),
        (["征稿启事", f"{PROSE}来稿请注明作者姓名和联系电话。"], "重庆科技报社"),
        (["关于开展2024年全国科普日活动的通知", "各区县科协：", PROSE], "重庆市科学技术协会"),
    ],
)
def test_a_notice_signed_without_a_date_over_the_next_story(notice, issuer):
    """The issuer under the notice's last sentence signs it (it had become the next story's title, the
    story's headline its 副题)."""
    signed, story = split_page("\n".join([*notice, issuer, *NEXT_STORY])).items
    assert (signed.title, signed.paragraphs[-1], signed.source) == (notice[0], issuer, issuer)
    assert (story.title, story.subtitle, story.source) == (NEXT_STORY[0], "", "甘孜州科协")


TRIBUTE = ["送别老会长张德华", "本报记者 何静", "4月3日，沙坪坝区殡仪馆，数百名师生前来送别张德华教授。"]


@pytest.mark.parametrize(
    ("piece", "issuer"),
    [
        # a 讣告 signed by its mourners, with no date under them
        (["讣告", "重庆大学教授张德华同志，因病于2023年3月30日在重庆逝世，享年85岁。", "特此讣告。"], "张德华同志治丧小组"),
        (["讣  告", "重庆大学教授张德华同志，因病于2023年3月30日在重庆逝世，享年85岁。", "特此讣告。"], "张德华同志治丧工作小组"),
        # a 生平 signed by the body the deceased led
        (["张德华同志生平", "重庆市机械工程学会原理事长张德华同志，于2023年3月30日在重庆逝世，享年85岁。", "张德华同志永垂不朽！"],
         "重庆市机械工程学会"),
    ],
)
def test_a_death_notice_or_life_signed_without_a_date_over_the_next_story(piece, issuer):
    """The mourners' or the body's name under a 讣告's or 生平's last sentence signs it (it had become the next
    story's title, that story's headline its 副题)."""
    signed, story = split_page("\n".join([*piece, issuer, *TRIBUTE])).items
    assert (signed.paragraphs[-1], signed.source) == (issuer, issuer)
    assert (story.title, story.subtitle, story.bylines[0].name) == (TRIBUTE[0], "", "何静")


def test_a_memorial_story_under_a_life_heads_its_own_piece():
    """张德华同志生平 over the next story's headline with no signature: that headline still heads it (the guard of
    the signature above)."""
    life = ["张德华同志生平", "重庆市机械工程学会原理事长张德华同志，于2023年3月30日在重庆逝世，享年85岁。", "我们要学习他严谨治学的精神。"]
    signed, story = split_page("\n".join([*life, *TRIBUTE])).items
    assert (signed.paragraphs[-1], signed.source) == (life[-1], None)
    assert (story.title, story.subtitle) == (TRIBUTE[0], "")


@pytest.mark.parametrize(
    "issuers",
    [
        ["重庆市科学技术协会", "重庆市教育委员会"],
        ["重庆市科学技术协会", "重庆市教育委员会", "共青团重庆市委"],
    ],
)
def test_bodies_signing_a_notice_together_without_a_date_over_the_next_story(issuers):
    """All of them sign it (the last had become the next story's title, its headline the 副题)."""
    notice = ["关于开展2024年全国科普日活动的通知", "各区县科协：", PROSE]
    signed, story = split_page("\n".join([*notice, *issuers, *NEXT_STORY])).items
    assert (signed.paragraphs[-len(issuers) :], signed.source) == (issuers, "、".join(issuers))
    assert (story.title, story.subtitle) == (NEXT_STORY[0], "")


def test_bodies_signing_a_notice_together_over_its_date_stay_its_signature():
    """The first of them does not close the notice when more names and a date follow."""
    signers = ["凉山彝族自治州科学技术协会", "西昌学院", "凉山州医学会", "2024年5月28日"]
    (item,) = split_page("\n".join(["致全州广大科技工作者的倡议书", "全州广大科技工作者：", PROSE, *signers])).items
    assert item.paragraphs[-4:] == signers


@pytest.mark.parametrize(
    ("box", "advertisement"),
    [
        (["● 招聘", "云阳县某农业科技公司招聘农技员3名，要求农学相关专业，电话：023-55100000。"], True),
        (["■ 璧山区：青杠街道科协举办科普讲座", "7月2日，璧山区青杠街道科协在街道文化中心举办健康科普讲座。（璧山区科协）"], False),
    ],
)
def test_a_marked_box_under_a_signed_story_is_a_piece_of_its_own(box, advertisement):
    """● 招聘 under a story's closing attribution had become the story's sidebar, its text a stray paragraph
    moved back into the story (云阳 one of its regions); a classified ad's heading flags it."""
    story, piece = split_page("\n".join(["奉节脐橙科技小院揭牌", f"本报讯（通讯员 向阳）{PROSE}（奉节县科协）", *box])).items
    assert (story.paragraphs, story.repairs, [b.kind for b in story.blocks]) == ([PROSE], [], [PARAGRAPH])
    assert (piece.title, piece.paragraphs) == (shapes.strip_bullet(box[0]), [box[1].removesuffix("（璧山区科协）")])
    assert [flag.code for flag in piece.flags] == (["advertisement"] if advertisement else [])


@pytest.mark.parametrize(
    ("notice", "signature"),
    [
        (["致读者", "因元旦放假，本报2025年1月3日休刊一期，1月7日正常出版。"], ["本报编辑部"]),
        (["更正启事", "本报4月9日第1版刊发的《长寿区科协召开七届三次全委会》一文有误，特此更正。"], ["本报编辑部", "2024年4月12日"]),
    ],
)
def test_the_papers_desk_signing_a_notice_is_its_issuer(notice, signature):
    """本报编辑部 under a notice signs it as 重庆科技报社 does: its source, the signature kept in its text (it had
    been an author's byline, and the date under it the page's)."""
    (item,) = split_page("\n".join([*notice, *signature])).items
    assert (item.bylines, item.source, item.paragraphs) == ([], "本报编辑部", [*notice[1:], *signature])


@pytest.mark.parametrize("issuer", ["重庆科技馆", "四川科技馆"])
def test_a_kexie_units_notice_is_signed_by_the_unit_over_its_date(issuer):
    """重庆科技馆 over 2024年2月23日 under its recruitment notice: its issuer and the notice's date (the name had
    stayed text, the date gone to the page's dates)."""
    notice = [f"{issuer}2024年公开招聘工作人员启事", PROSE, "咨询电话：023-61863000", issuer, "2024年2月23日"]
    result = page("重庆科技报", "2024年2月23日 星期五", *notice)
    (item,) = result.items
    assert (item.source, item.paragraphs[-2:]) == (issuer, notice[-2:])


def test_the_papers_desk_under_a_commentarys_headline_is_its_author():
    (item,) = split_page("\n".join(["让科技工作者把更多精力用在科研上", "本报编辑部", PROSE])).items
    assert [(b.role, b.name) for b in item.bylines] == [("author", "本报编辑部")]


@pytest.mark.parametrize(
    ("headline", "text", "advertisement"),
    [
        ("欢迎订阅2025年度《重庆科技报》", PROSE, True),
        ("招聘", "云阳县某农业科技公司招聘农技员3名，要求农学相关专业，电话：023-55100000。", True),
        # news of the subscription drive under its reporter's lead or byline (it was flagged as an ad)
        ("征订工作有序推进", f"本报讯（记者 王丽）{PROSE}", False),
        ("征订工作有序推进", f"本报记者 王丽\n{PROSE}", False),
    ],
)
def test_a_classified_heading_flags_a_piece_without_a_reporters_lead(headline, text, advertisement):
    (item,) = split_page("\n".join([headline, text])).items
    assert [flag.code for flag in item.flags] == (["advertisement"] if advertisement else [])


OPEN_STORY = ["黔江区科协开展科普大篷车进乡村活动", f"本报讯（记者 汪 洋）{PROSE}"]


@pytest.mark.parametrize(
    ("piece", "source"),
    [
        (["讣告", "西南大学教授张文华同志，因病于2024年12月1日在重庆逝世，享年89岁。", "重庆市老科技工作者协会", "2024年12月3日"],
         "重庆市老科技工作者协会"),
        (["答读者问", "问：申报科普教育基地需要什么条件？", "答：须有固定的科普场所和专兼职科普人员。（省科协科普部）"], "省科协科普部"),
        (["诚聘", "重庆某生物科技公司诚聘研发人员3名，要求硕士及以上学历。"], None),
    ],
)
def test_a_piece_titled_by_its_kind_under_an_open_story_is_a_piece_of_its_own(piece, source):
    """讣告, 答读者问, 诚聘 under a 本报讯 story with no closing attribution had become its sub-heading, the
    piece's issuer the story's source."""
    story, own = page(*OPEN_STORY, *piece).items
    assert (story.subheadings, story.source, len(story.paragraphs)) == ([], None, 1)
    assert (own.title, own.source) == (piece[0], source)


def test_a_classified_word_heading_a_storys_section_is_its_sub_heading():
    """招聘 over a job fair's figures, then 培训, in a 本报讯 story: its sections (招聘 had split off the rest of
    the story, flagged as an advertisement, with its closing attribution)."""
    (story,) = page(
        "永川区举办科技人才供需对接会", "本报讯（通讯员 王晓）5月10日，永川区科协联合区人力社保局举办科技人才供需对接会。",
        "招聘", "60余家企业带来岗位1200余个。", "培训", "区科协还组织专家为求职者开展职业技能培训。", "（永川区科协）",
    ).items
    assert (story.subheadings, story.source, story.flags) == (["招聘", "培训"], "永川区科协", [])


@pytest.mark.parametrize(
    ("notice", "box"),
    [
        (["更正", "本报11月29日第4版《合川区科协举办科普讲解大赛》一文作者应为“陈琳”，特此更正。"],
         ["今日大雪", "大雪节气，气温显著下降。农户要注意做好越冬作物防冻工作。"]),
        (["遗失声明", "重庆市黔江区科技工作者协会遗失公章一枚，声明作废。"],
         ["科普日历", "12月6日 1998年的今天，我国首台万亿次计算机研制成功。"]),
    ],
)
def test_a_heading_under_a_notices_closing_formula_heads_the_next_piece(notice, box):
    """特此更正。 and 声明作废。 end a notice: the box under it had become its sub-heading."""
    first, second = page(*notice, *box).items
    assert (first.title, first.subheadings, first.paragraphs) == (notice[0], [], notice[1:])
    assert (second.title, second.paragraphs) == (box[0], box[1:])


NEWS_UNDER_AN_AD = ["綦江区科协举办青少年科技创新大赛", "本报讯（记者 李 霜）9月8日，第十五届綦江区青少年科技创新大赛在綦江中学举行。"]


@pytest.mark.parametrize(
    "box",
    [
        ["重庆农科种业有限公司", "优质水稻种子 杂交玉米种子", "地址：重庆市九龙坡区白市驿镇农科大道1号", "订购热线：023-65700000"],
        ["重庆农科种业有限公司", "优质水稻种子 杂交玉米种子", "全市包邮 送货上门", "订购热线：023-65700000 13500000000"],
    ],
)
def test_an_advert_box_of_short_lines_ends_at_the_next_storys_headline(box):
    """The box's lines under 广告 had been stacked into the next story's kicker, title and 副题 (the story
    flagged as an ad, its headline a 副题), its address set aside as the page's furniture."""
    result = page("广告", *box, *NEWS_UNDER_AN_AD)
    advert, news = result.items
    assert (advert.title, advert.paragraphs, [flag.code for flag in advert.flags]) == (box[0], box[1:], ["advertisement"])
    assert (news.kicker, news.title, news.subtitle, news.flags) == ("", NEWS_UNDER_AN_AD[0], "", [])
    assert result.meta.boilerplate == []


@pytest.mark.parametrize(
    ("headline", "text", "kind"),
    [
        ("科普进校园", ["学生们在科技馆体验VR设备。 本报记者 刘洋 摄"], "photo"),  # over a photo's caption
        ("科学家精神代代传", ["在重庆科技馆，一群孩子围着院士展板听讲解员讲述科学家的故事。近年来，全市科协系统大力弘扬科学家精神。",
                        "（渝科）"], "article"),  # over an unbylined commentary's prose
    ],
)
def test_a_headline_under_an_advert_box_heads_its_own_item_without_a_byline(headline, text, kind):
    """The box ends at its contact line: the headline under it had been the ad's paragraph (the photo
    untitled, the commentary taken into the ad and out of every feed)."""
    advert, news = page("广告", "重庆某农资公司", "联系电话：023-87654321", headline, *text).items
    assert (advert.title, advert.paragraphs) == ("重庆某农资公司", ["联系电话：023-87654321"])
    assert (news.kind, news.title, news.flags) == (kind, headline, [])


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        ("诚聘", ["重庆某生物科技公司诚聘研发人员3名，要求硕士及以上学历。", "地址：重庆市北碚区蔡家岗街道同兴路88号", "电话：13983000000（刘女士）"]),
        ("欢迎订阅2025年《四川科技报》", ["邮发代号：61-18  全年定价：120元", "订报热线：028-86759000", "全国各地邮局均可订阅"]),
    ],
)
def test_a_classified_under_a_story_keeps_its_contacts_and_terms(heading, lines):
    """诚聘 and 欢迎订阅… under a 本报讯 story: a flagged ad of its own with its address, phone and terms (the
    heading had been the story's sub-heading or last paragraph, its lines the page's furniture)."""
    result = page(*OPEN_STORY, heading, *lines)
    story, advert = result.items
    assert (story.subheadings, len(story.paragraphs)) == ([], 1)
    assert (advert.title, advert.paragraphs, [flag.code for flag in advert.flags]) == (heading, lines, ["advertisement"])
    assert result.meta.boilerplate == []


def test_the_classifieds_label_is_a_banner_over_flagged_notices():
    """分类广告 had been the title of an unflagged article, 遗失声明 its 副题."""
    notices = [
        "遗失声明", "成都市金牛区科学技术协会遗失事业单位法人证书副本一份，声明作废。",
        "遗失声明", "王建华遗失四川农业大学毕业证书一本，声明作废。",
        "招租", "成都市武侯区人民南路四段临街门面200平方米出租，电话：028-85550000。",
    ]
    result = page("分类广告", *notices)
    assert result.meta.banners == ["分类广告"]
    assert [(item.title, [flag.code for flag in item.flags]) for item in result.items] == [
        ("遗失声明", ["advertisement"]), ("遗失声明", ["advertisement"]), ("招租", ["advertisement"])
    ]


LEAD = "本报讯（记者 陈静）7月17日，四川省科协启动高温天气科普宣传行动。"
QUOTE = "“农民朋友田间作业要错峰，早出晚归。”"


@pytest.mark.parametrize(
    "box",
    [
        ["【专家观点】", QUOTE, "——四川省农业科学院研究员 刘明"],
        ["【专家观点】", QUOTE, "——四川省农业科学院研究员 刘明", "专家说", MORE],
        ["专家说", QUOTE, "——四川省人民医院急诊科主任 罗刚"],
        ["【专家点评】", QUOTE, "--四川省人民医院急诊科主任 罗刚"],
    ],
)
def test_an_expert_boxs_dashed_signatures_stay_under_their_quotes(box):
    """——四川省农业科学院研究员 刘明 under the last quote of 【专家观点】 headed a story (专家说 under it its
    byline): a quote's signature, in the story's box."""
    (item,) = page("我省启动高温天气科普宣传行动", LEAD, *box).items
    assert item.title == "我省启动高温天气科普宣传行动"
    assert [byline.name for byline in item.bylines] == ["陈静"]
    assert [block.text for block in item.blocks[1:]] == box


@pytest.mark.parametrize(
    ("dashed", "headline"),
    [
        ("——科技助力乡村振兴一线见闻", "科技特派员扎根綦江"),  # a series' kicker
        ("——记重庆市优秀科技工作者、西南大学教授刘明", None),  # a profile's subtitle, its headline lost
    ],
)
def test_a_dash_line_after_a_storys_plain_text_heads_the_next_story(dashed, headline):
    """——科技助力乡村振兴一线见闻 or ——记…教授刘明 under a story's plain text, with no quote or box above it:
    the next story's kicker or subtitle (it was glued to the story above as an expert's signature)."""
    lines = [dashed, headline] if headline else [dashed]
    first, second = page("我省启动高温天气科普宣传行动", LEAD, *lines, "本报记者 李四", MORE).items
    assert [block.text for block in first.blocks] == [LEAD.split("）", 1)[1]]
    assert dashed in (second.kicker, second.title, second.subtitle)
    assert [byline.name for byline in second.bylines] == ["李四"]


@pytest.mark.parametrize(
    ("box", "signed"),
    [
        ("专家说", "不要等口渴了才喝水，少量多次饮水效果最好。（宜宾市科协科普部部长 周林）"),
        ("【专家观点】", "多喝水，少量多次饮水效果最好。（周林）"),
        ("编后", "科技馆不是“一次性景点”，要有新展品，更要有新玩法。（晓文）"),
    ],
)
def test_the_signature_of_an_expert_box_or_an_afterword_stays_in_its_text(box, signed):
    """（宜宾市科协科普部部长 周林） after 专家说's text, （晓文） after a 编后: who said or wrote the box, kept with
    its words (they were the story's source or a co-author of its reporter's story)."""
    (item,) = page("我省启动高温天气科普宣传行动", LEAD, box, signed).items
    assert (item.source, [byline.name for byline in item.bylines]) == (None, ["陈静"])
    assert item.blocks[-1].text == signed


def test_a_bodys_attribution_under_an_expert_box_is_still_the_storys_source():
    """…（遂宁市科协） under 专家说's text: the body that sent the whole story."""
    (item,) = page("我省启动高温天气科普宣传行动", LEAD, "专家说", MORE + "（遂宁市科协）").items
    assert (item.source, item.blocks[-1].text) == ("遂宁市科协", MORE)


@pytest.mark.parametrize(
    ("attribution", "source", "bylines"),
    [
        ("（遂宁市疾控中心 供稿）", "遂宁市疾控中心", ["陈静"]),  # the body that sent the story
        ("（通讯员 李平）", None, ["陈静", "李平"]),  # the reporter's co-author
    ],
)
def test_a_sender_or_a_correspondent_under_an_expert_box_still_signs_the_story(attribution, source, bylines):
    """…（遂宁市疾控中心 供稿） or …（通讯员 李平） under 专家说's text: the story's source or its co-author, not
    the box's speaker (they stayed in the text)."""
    (item,) = page("我省启动高温天气科普宣传行动", LEAD, "专家说", MORE + attribution).items
    assert (item.source, [byline.name for byline in item.bylines]) == (source, bylines)
    assert item.blocks[-1].text == MORE


@pytest.mark.parametrize("signature", [[], ["（李平）"]])
def test_a_short_comment_under_the_commentators_piece_is_a_piece_of_its_own(signature):
    """短评 over 科普不能只在节日热闹 over its text under a 本报评论员 piece: the paper's next comment, signed or
    not (unsigned, its two headings were sub-headings of the commentary)."""
    result = page("以科学家精神涵养创新文化", "本报评论员", PROSE, "短评", "科普不能只在节日热闹", MORE, *signature)
    commentary, comment = result.items
    assert (commentary.title, commentary.blocks) == ("以科学家精神涵养创新文化", [Block(PARAGRAPH, PROSE)])
    assert (comment.title, comment.paragraphs) == ("科普不能只在节日热闹", [MORE])
    assert [byline.name for byline in comment.bylines] == ["李平" for _ in signature]


def test_a_short_comment_under_a_news_story_stays_its_box():
    """短评 over its title and text under a reporter's story, unsigned: the story's box, as before."""
    (item,) = page("让科技之光照亮大山深处", "本报记者 王晓东", PROSE, "短评", "科普不能只在节日热闹", MORE).items
    assert item.subheadings == ["短评", "科普不能只在节日热闹"]


SPEAKERS = [
    ("把科普阵地建到田间地头", "黔江区科协党组书记 王建国", PROSE),
    ("让专家服务常态化", "重庆市农业科学院研究员 刘晓梅", MORE),
    ("企业要当好“链主”", "重庆佳禾农业科技有限公司董事长 陈斌", ENTRIES[0]),
]


@pytest.mark.parametrize("subtitle", ["——专题座谈会发言摘登", "——代表委员发言摘编"])
def test_a_digest_of_speeches_with_headed_speakers_is_one_article(subtitle):
    """凝聚科技力量 服务乡村振兴 / ——…发言摘登, then each speaker's heading over 单位职务 Name over the speech:
    one article, the reporter's (the first heading was its 副题, the dash line its title, the speakers' lines
    bylines of stories of their own)."""
    lines = [line for speaker in SPEAKERS for line in speaker]
    (item,) = page("凝聚科技力量 服务乡村振兴", subtitle, *lines, "（本报记者 周敏 整理）").items
    assert (item.title, item.subtitle, item.kicker) == ("凝聚科技力量 服务乡村振兴", subtitle, "")
    assert [(byline.role, byline.name) for byline in item.bylines] == [("reporter", "周敏")]
    assert [block.text for block in item.blocks] == lines
    assert item.subheadings == [line for speaker in SPEAKERS for line in speaker[:2]]


@pytest.mark.parametrize(
    "text",
    [
        "同志们，今天我们召开全市科协工作会议，总结去年工作，部署今年任务。",  # a leader's whole speech
        "本报讯 6月5日，市科协科普大篷车开进秀山县清溪场镇，为当地群众带去科普展品。",  # a news story
    ],
)
def test_a_digest_with_no_closing_credit_ends_where_the_next_piece_begins(text):
    """A 发言摘登 with no （…整理） credit, then 奋力开创科协事业新局面 / 市科协党组书记 张华 over 同志们，… (or a
    本报讯 lead): the next piece, signed by its author (it was the digest's last speaker, its text glued on)."""
    speech = ["奋力开创科协事业新局面", "市科协党组书记 张华", text]
    digest, piece = page("凝聚科技力量 服务乡村振兴", "——专题座谈会发言摘登", *SPEAKERS[0], *speech).items
    assert digest.subheadings == list(SPEAKERS[0][:2])
    assert (piece.title, [byline.name for byline in piece.bylines]) == ("奋力开创科协事业新局面", ["张华"])


NOTICE_TEXT = ["各区县科协：", "经专家评审，决定命名重庆科技馆等30家单位为重庆市科普教育基地。", "重庆市科学技术协会", "2024年6月3日"]


@pytest.mark.parametrize(
    ("lines", "kicker", "title", "first"),
    [
        # under a title naming the document, its number is the first line of its text, no 副题
        (["重庆市科协关于命名重庆市科普教育基地的通知", "渝科协发〔2024〕37号"], "", "重庆市科协关于命名重庆市科普教育基地的通知", "渝科协发〔2024〕37号"),
        # over the title (a 红头文件's layout) it is no 引题 either: the first line of the text
        (["渝科协发〔2024〕37号", "重庆市科协关于命名重庆市科普教育基地的通知"], "", "重庆市科协关于命名重庆市科普教育基地的通知", "渝科协发〔2024〕37号"),
        # …nor is the 红头 over it (the issuing body, its 文件 or not): the document's issuer, no 引题
        (["重庆市科学技术协会", "渝科协发〔2024〕37号", "", "关于命名重庆市科普教育基地的通知"], "", "关于命名重庆市科普教育基地的通知", "渝科协发〔2024〕37号"),
        (["重庆市科学技术协会文件", "渝科协发〔2024〕37号", "关于命名重庆市科普教育基地的通知"], "", "关于命名重庆市科普教育基地的通知", "渝科协发〔2024〕37号"),
        # a 公告's number by the year, under its title: no 副题
        (["重庆市科学技术协会公告", "2024年第3号"], "", "重庆市科学技术协会公告", "2024年第3号"),
        # an issue's number (第3期) is no document's number: under the title it is left as it was read
        (["重庆市科协关于命名重庆市科普教育基地的通知", "2024年第3期"], "", "重庆市科协关于命名重庆市科普教育基地的通知", "各区县科协："),
    ],
)
def test_a_documents_number_under_its_title_is_the_first_line_of_its_text(lines, kicker, title, first):
    (item,) = split_page("\n".join([*lines, *NOTICE_TEXT])).items
    assert (item.kicker, item.title, item.subtitle) == (kicker, title, "")
    assert item.blocks[0].text == first
    if lines[0].startswith("重庆市科学技术协会") and len(lines) > 2:
        assert (item.source, item.credit_lines) == ("重庆市科学技术协会", [lines[0]])


WORK_POINTS_TEXT = ["2024年，区科协将围绕全区中心工作，重点抓好以下工作。", "一、强化政治引领", "年内新建企业科协5个。",
                    "二、服务创新驱动", "新建市级院士专家工作站1个。"]


@pytest.mark.parametrize(
    ("head", "title", "source"),
    [
        # the issuing body over a document's name that names its own body: the issuer, no title or 引题
        (["中共重庆市江津区科学技术协会党组", "江津区科协2024年工作要点"], "江津区科协2024年工作要点", "中共重庆市江津区科学技术协会党组"),
        (["重庆市科学技术协会", "重庆市科协2024年工作要点"], "重庆市科协2024年工作要点", "重庆市科学技术协会"),
        # …over a name that does not name its body, the two are one title (as before)
        (["重庆市科学技术协会", "科普基地认定管理办法"], "重庆市科学技术协会科普基地认定管理办法", None),
    ],
)
def test_an_issuer_over_a_document_naming_its_own_body_is_its_issuer_not_its_title(head, title, source):
    """中共…党组 over 江津区科协2024年工作要点 was the title, and its 落款 with the date then removed as a repeat."""
    signature = [head[0], "2024年2月26日"]
    (item,) = split_page("\n".join([*head, *WORK_POINTS_TEXT, *signature])).items
    assert (item.kicker, item.title, item.subtitle) == ("", title, "")
    if source:
        assert item.source == source
    assert [block.text for block in item.blocks[-2:]] == signature


STORY_HEAD = "院士专家走进铜梁开展科技服务"
STORY_LEAD = "5月16日，铜梁区科协邀请市农科院专家走进安居镇，为种植大户讲解水稻病虫害绿色防控技术。"
STORY_MORE = "铜梁区科协负责人表示，下一步将持续推动科技服务向村社延伸，让更多农户用上新技术。"


@pytest.mark.parametrize(
    ("lines", "kinds", "captions"),
    [
        # a credited caption between two paragraphs of one story: the story's picture (it was a photo item)
        ([STORY_HEAD, "文/渝科 图/铜梁区科协", STORY_LEAD, "王磊（右）在田间查看稻苗长势 铜梁区科协供图", STORY_MORE],
         ["article"], ["王磊（右）在田间查看稻苗长势"]),
        # …over the story's closing editor line
        ([STORY_HEAD, STORY_LEAD, STORY_MORE, "▲直播截图 铜梁区科协供图", "（编辑：周洁 审核：陈刚）"],
         ["article"], ["▲直播截图"]),
        # a caption that only names the kind of picture (视频截图) is no news item of its own, even last on the
        # page or under the story's signature
        ([STORY_HEAD, STORY_LEAD, STORY_MORE, "视频截图 刘芳 摄"], ["article"], ["视频截图"]),
        ([STORY_HEAD, STORY_LEAD, STORY_MORE, "（渝科）", "▲视频截图 铜梁区科协供图"], ["article"], ["▲视频截图"]),
        # between two sections of a story in sections: the story goes on under it (the next section was a story)
        ([STORY_HEAD, STORY_LEAD, "【展区 01】水稻种质", STORY_MORE, "图为专家查看稻种样本。 刘芳 摄",
          "【展区 02】柑橘种苗", "柑橘种苗展区展出了市农科院选育的晚熟品种12个。", "开放时间：每日9:00-17:00"],
         ["article"], ["图为专家查看稻种样本。"]),
        # guards: a dated caption telling news of its own over a headline stays a photo item between stories…
        ([STORY_HEAD, STORY_LEAD, "一、加强科技服务", STORY_MORE,
          "4月2日，重庆铁路枢纽东环线首组轨排落在龙盛车站路基上。 新华社记者 唐突 摄",
          "荣昌区科协开展科普进社区活动", "近日，荣昌区科协联合区卫健委走进昌州街道，开展健康科普宣传。",
          "活动现场发放宣传资料500余份，受到居民欢迎。"],
         ["article", "photo", "article"], []),
        # …and so does a caption over the next story's headline and byline
        ([STORY_HEAD, STORY_LEAD, "王磊在田间查看稻苗长势 刘芳 摄", "荣昌区科协开展科普进社区活动", "本报记者 陈静",
          "近日，荣昌区科协联合区卫健委走进昌州街道，开展健康科普宣传。"],
         ["article", "photo", "article"], []),
    ],
)
def test_a_caption_the_story_goes_on_under_is_the_storys_picture(lines, kinds, captions):
    """A caption stands alone as photo news only between stories: one inside a story (its text, its closing
    line or its next section goes on under it) or one that only names the kind of picture (视频截图) is the
    story's picture; a dated caption over a headline, or one over a headline with its byline, is not."""
    items = page(*lines).items
    assert [item.kind for item in items] == kinds
    assert [caption.text for caption in items[0].captions] == captions


TALK_HEAD = "节目实录|柑橘黄龙病怎么防"
TALK_LEAD = "8月2日，万州区科协邀请农技专家陈国华做客直播间。以下为节目实录。"


@pytest.mark.parametrize(
    ("lines", "titles", "paragraphs"),
    [
        # a role or the guest's name alone over what they say: the label of a turn, joined to it (each turn was
        # a story titled by its first line, the label its kicker and the guest its author)
        ([TALK_HEAD, TALK_LEAD, "主持人", "陈老师，黄龙病为什么难防？", "陈国华", "因为它靠木虱传播，发现时往往已经扩散。",
          "主持人", "果农该怎么办", "陈国华", "谢谢大家"],
         ["柑橘黄龙病怎么防"],
         [TALK_LEAD, "主持人：陈老师，黄龙病为什么难防？", "陈国华：因为它靠木虱传播，发现时往往已经扩散。",
          "主持人：果农该怎么办", "陈国华：谢谢大家"]),
        # guard: a name over prose in a story that is no transcript is no speaker's label
        (["万州区三位科技工作者获表彰", "8月2日，万州区科协表彰了陈国华等三位优秀科技工作者。", "陈国华",
          "陈国华扎根基层二十年，累计推广柑橘新品种12个，带动果农增收。"],
         ["万州区三位科技工作者获表彰"],
         ["8月2日，万州区科协表彰了陈国华等三位优秀科技工作者。", "陈国华扎根基层二十年，累计推广柑橘新品种12个，带动果农增收。"]),
    ],
)
def test_a_speakers_label_alone_over_a_turn_is_joined_to_it(lines, titles, paragraphs):
    """A transcript exported from subtitle or script tools prints its speakers alone on a line (主持人, or the
    guest the lead introduced) over their words: each label goes with its turn, in one story."""
    items = page(*lines).items
    assert [item.title for item in items] == titles
    assert items[0].paragraphs == paragraphs
    assert not items[0].bylines


DRONE_HEAD = "访谈实录|植保无人机进村记"
DRONE_LEAD = "5月9日，本报记者周敏专访研究员刘志强。以下为访谈实录。"


@pytest.mark.parametrize(
    ("lines", "titles", "subheadings", "paragraphs"),
    [
        # a book named 《…实录》 in a feature's lead makes no transcript: each person's name over prose about
        # them is the sub-heading of their section (it was joined as 吴秀英：吴秀英是…)
        (["扎根山乡的科技人", "本报记者 陈曦", "近日，《巴渝科技工作者口述实录》出版，书中收录了吴秀英、赵志刚等15人的故事。",
          "吴秀英", "吴秀英是彭水县农技中心的农艺师，三十年来推广魔芋种植技术。",
          "赵志刚", "赵志刚是西南大学教授，他研发的水稻新品种已推广50万亩。"],
         ["扎根山乡的科技人"], ["吴秀英", "赵志刚"],
         ["近日，《巴渝科技工作者口述实录》出版，书中收录了吴秀英、赵志刚等15人的故事。",
          "吴秀英是彭水县农技中心的农艺师，三十年来推广魔芋种植技术。",
          "赵志刚是西南大学教授，他研发的水稻新品种已推广50万亩。"]),
        # a lead calling a feature 采访实录 over sections told of each person, no one speaking: sub-headings
        (["科技特派员的一天", "本报记者 陈曦", "记者跟随吴秀英、赵志刚两位特派员，记录下他们的一天。以下为记者的采访实录。",
          "吴秀英", "早上7点，吴秀英已经来到彭水县的魔芋基地，查看种苗的长势。",
          "赵志刚", "上午9点，赵志刚走进西南大学的实验室，和学生们一起筛选稻种。"],
         ["科技特派员的一天"], ["吴秀英", "赵志刚"],
         ["记者跟随吴秀英、赵志刚两位特派员，记录下他们的一天。以下为记者的采访实录。",
          "早上7点，吴秀英已经来到彭水县的魔芋基地，查看种苗的长势。",
          "上午9点，赵志刚走进西南大学的实验室，和学生们一起筛选稻种。"]),
        # guard: a transcript's turns under its speakers' names, the first turn a role's, stay joined
        ([DRONE_HEAD, DRONE_LEAD, "主持人", "刘老师，无人机打药省工吗？", "刘志强", "省工省药，一台一天能作业300亩。"],
         ["植保无人机进村记"], [],
         [DRONE_LEAD, "主持人：刘老师，无人机打药省工吗？", "刘志强：省工省药，一台一天能作业300亩。"]),
    ],
)
def test_a_name_over_text_told_of_that_person_is_no_speakers_label(lines, titles, subheadings, paragraphs):
    """A name alone over prose that tells of that person (吴秀英是…) heads their section of a feature: nobody
    speaks, whatever 实录 the lead names (a book's title, a reporter's 采访实录 of a day)."""
    items = page(*lines).items
    assert [item.title for item in items] == titles
    assert items[0].subheadings == subheadings
    assert items[0].paragraphs == paragraphs


@pytest.mark.parametrize(
    ("lines", "titles", "paragraphs", "bylines"),
    [
        # the reporter's name alone after the turns, over the next story's headline and its 本报讯 lead: the
        # interview's byline, the headline the next story's (it was joined as 周敏：永川区…, the next story untitled)
        ([DRONE_HEAD, DRONE_LEAD, "周敏：现在农户用得多吗？", "刘志强：非常多。", "周敏",
          "永川区新增2家科普示范基地", f"本报讯（通讯员 邓丽）{PROSE}"],
         ["植保无人机进村记", "永川区新增2家科普示范基地"],
         [DRONE_LEAD, "周敏：现在农户用得多吗？", "刘志强：非常多。"], ["周敏"]),
        # a name alone over a turn that names its speaker already (a photo's name caption in a copied post): the
        # host's question stays the host's (it was 刘志强：主持人：…)
        ([DRONE_HEAD, DRONE_LEAD, "主持人：现在农户用得多吗？", "刘志强：非常多。", "刘志强", "主持人：农户自己会飞吗？",
          "刘志强：区科协每年都办飞手培训班。"],
         ["植保无人机进村记"],
         [DRONE_LEAD, "主持人：现在农户用得多吗？", "刘志强：非常多。", "主持人：农户自己会飞吗？",
          "刘志强：区科协每年都办飞手培训班。"], []),
        # guard: the guest's name alone over a short unstopped turn that goes on in the interview stays its label
        ([DRONE_HEAD, DRONE_LEAD, "主持人：现在农户用得多吗？", "刘志强", "非常多", "主持人：农户自己会飞吗？"],
         ["植保无人机进村记"],
         [DRONE_LEAD, "主持人：现在农户用得多吗？", "刘志强：非常多", "主持人：农户自己会飞吗？"], []),
    ],
)
def test_a_name_alone_in_a_transcript_over_no_turn_of_its_own_is_no_speakers_label(lines, titles, paragraphs, bylines):
    """In a transcript a name alone is a speaker's label only over words of theirs: over the next story's
    headline it is the interview's byline, and over a turn that names its speaker already it is no second label."""
    items = page(*lines).items
    assert [item.title for item in items] == titles
    assert items[0].paragraphs == paragraphs
    assert [byline.name for byline in items[0].bylines] == bylines


@pytest.mark.parametrize(
    ("lines", "subheadings"),
    [
        # a numbered head over the 1. 2. items of its section, every sibling alike (招聘/招收公告)
        (["某研究院2024年博士后招收公告", PROSE, "一、招收方向", "1.智能制造", "2.新材料",
          "二、申请条件", "1.已获得博士学位；", "2.年龄35周岁以下。"], ["一、招收方向", "二、申请条件"]),
        (["某学会招聘启事", PROSE, "一、岗位名称：学术部干事", "二、招聘条件", "1.本科及以上学历；", "2.年龄30周岁以下。"],
         ["二、招聘条件"]),
        # an unnumbered head over a numbered list, as its sibling over prose is
        (["宜宾科技馆国庆照常开放", PROSE, "新展品抢先看", "1.磁悬浮列车模型", "2.声音的形状", "活动安排", MORE],
         ["新展品抢先看", "活动安排"]),
        # no head: a list a colon opened, an item of the same numbering as the list under it
        (["某研究院2024年博士后招收公告", PROSE, "附件：", "1.申请表", "2.推荐信"], []),
        (["宜宾科技馆国庆照常开放", PROSE, "本次活动包括：", "新展品", "1.磁悬浮列车模型", "2.声音的形状"], []),
        (["宜宾科技馆国庆照常开放", PROSE, "1.申请条件", "1.本科及以上学历；", "2.年龄30周岁以下。"], []),
    ],
)
def test_a_short_head_over_a_numbered_list_is_a_subheading(lines, subheadings):
    """一、招收方向 or 新展品抢先看 over 1.… 2.… is its section's head, as its siblings over prose are (they
    stayed paragraphs when a list followed)."""
    item = page(*lines).items[0]
    assert [block.text for block in item.blocks if block.kind == "subheading"] == subheadings


@pytest.mark.parametrize(
    "headline",
    [
        ["渝北区院士专家工作站", "招聘科研助理公告"],  # the station over the notice's name: one title
        ["渝北区科协招聘科研助理公告"],
    ],
)
def test_a_signed_notice_under_a_news_story_is_a_piece_of_its_own(headline):
    """…公告 after a story's last sentence, over a text its issuer signs over a date: a notice printed next to
    the story (it was merged into it, giving the story its date, source and region)."""
    story = ["荣昌区新建3家院士专家工作站", f"本报讯（通讯员 邓丽）{PROSE}", "下一步，区科协将推动院士专家成果在荣昌转化落地。"]
    notice = ["因工作需要，重庆市渝北区某院士专家工作站现招聘科研助理2名。", "联系人：吴老师 电话：023-67821566",
              "渝北区科协", "2024年5月10日"]
    first, second = page(*story, *headline, *notice).items
    assert (first.title, first.source, len(first.paragraphs)) == (story[0], None, 2)
    assert (second.title, second.source, second.date, second.paragraphs) == (
        "".join(headline), "渝北区科协", dt.date(2024, 5, 10), notice
    )


def test_a_heading_inside_a_story_over_unsigned_text_stays_its_subheading():
    lines = ["荣昌区新建3家院士专家工作站", f"本报讯（通讯员 邓丽）{PROSE}", "下一步，区科协将推动成果转化落地。",
             "招聘公告", MORE, "联系人：吴老师 电话：023-67821566"]
    (item,) = page(*lines).items
    assert item.title == lines[0]


HONOUREE = "二十多年来，刘建华带领团队扎根永川、开州等地的试验田，选育出水稻新品种12个。"
OTHER_HONOUREE = "陈晓玲长期从事城市地下管网安全监测研究，已在渝中区、江北区等6个区应用。"


@pytest.mark.parametrize(
    ("lines", "kicker", "title", "subtitle", "subheadings"),
    [
        # a feature's 主题 with a comma in it, over its ——副题: the headline, no column-broken paragraph
        (["守一方水土，护一方平安", "——2023年四川省“最美科技工作者”风采", HONOUREE, "（川科）"],
         "", "守一方水土，护一方平安", "——2023年四川省“最美科技工作者”风采", []),
        # the stack ends at its ——副题: the first profile's head under it heads its part, as the next one does
        (["科技为民显担当", "——2023年四川省“最美科技工作者”风采", "刘建华：让每一粒种子都有“好身世”", HONOUREE,
          "陈晓玲：守护山城的“地下血管”", OTHER_HONOUREE, "（川科）"],
         "", "科技为民显担当", "——2023年四川省“最美科技工作者”风采",
         ["刘建华：让每一粒种子都有“好身世”", "陈晓玲：守护山城的“地下血管”"]),
        # a ——副题 the column broke (…“最美科技工作者” / 风采（一）): one 副题, its tail no sub-heading
        (["科技为民显担当", "——2023年四川省“最美科技工作者”", "风采（一）", HONOUREE, "（川科）"],
         "", "科技为民显担当", "——2023年四川省“最美科技工作者”风采（一）", []),
        # but a head of no colon with a sibling further on heads the first part, as its sibling does
        (["科技为民显担当", "——2023年四川省“最美科技工作者”风采", "扎根田野的育种人", HONOUREE, "守护山城的监测者",
          OTHER_HONOUREE, "（川科）"],
         "", "科技为民显担当", "——2023年四川省“最美科技工作者”风采", ["扎根田野的育种人", "守护山城的监测者"]),
        # (a 引题 over the 主题 and its ——副题 stays the stack's first line)
        (["最美科技工作者", "守一方水土，护一方平安", "——2023年四川省“最美科技工作者”风采", HONOUREE, "（川科）"],
         "最美科技工作者", "守一方水土，护一方平安", "——2023年四川省“最美科技工作者”风采", []),
    ],
)
def test_a_headline_over_its_dashed_subtitle_ends_the_stack(lines, kicker, title, subtitle, subheadings):
    """他们，在平凡岗位上闪光 over ——…风采（二）: a 主题 (a comma in it or not) over its 副题, and nothing under the
    副题 joins the stack (the comma headline was glued to its 副题 and lead as one untitled paragraph; the
    first profile's head became the 副题, the headline the 引题)."""
    (item,) = page(*lines).items
    assert (item.kicker, item.title, item.subtitle) == (kicker, title, subtitle)
    assert item.subheadings == subheadings
    assert item.paragraphs[0] == HONOUREE and not item.flags


def test_a_comma_line_over_a_dashed_sentence_inside_a_story_stays_its_paragraph():
    """要去的地方是—— over 大山深处的柑橘园。 is one sentence run on: a ——line that ends a sentence is no 副题."""
    lines = ["科技特派员进山记", f"本报讯（记者 王明）{PROSE}", "老王说，我们这次要去的地方是", "——大山深处的柑橘园，那里的果农等着我们。"]
    (item,) = page(*lines).items
    assert (item.title, item.subtitle) == ("科技特派员进山记", "")
    assert item.paragraphs[-1] == "老王说，我们这次要去的地方是——大山深处的柑橘园，那里的果农等着我们。"


def test_a_sections_head_stacked_on_its_first_subheading_heads_the_section():
    """分会场设置 over 智能制造与数字化分会场 over its text: both are sub-headings, as the section's next one is
    (the pair were paragraphs, and under a keynote list's last entry glued to it)."""
    lead = "本报讯（记者 陈晓东）11月16日，重庆市机械工程学会学术年会在重庆大学召开。主论坛上，2位专家作了主旨报告："
    entries = ["重庆大学教授王建国：《高端装备智能制造的机遇与挑战》", "四川大学教授周文斌：《增材制造在航空航天领域的应用》"]
    sections = ["分会场设置", "智能制造与数字化分会场", "由学会智能制造专委会承办，共有18位专家作报告。",
                "先进材料与成形分会场", "由学会塑性工程分会承办，重点研讨轻量化材料成形工艺。"]
    for over in ([PROSE], entries):
        text = "\n".join(["学术年会在渝召开", "", lead, *over, *sections])
        (item,) = split_page(text).items
        assert item.subheadings == ["分会场设置", "智能制造与数字化分会场", "先进材料与成形分会场"]
        assert item.paragraphs[-len(over) - 2 :] == [*over, sections[2], sections[4]]


def test_two_short_lines_under_an_unfinished_line_stay_verse():
    """你说，科学没有捷径 over 只有一步一步的攀登 over 身边的物理 over a question: the lines of a poem, the
    poem's last line no section's head (the text above it ended no sentence)."""
    verse = ["你把星辰装进公式", "把江河写成方程", "你说，科学没有捷径", "只有一步一步的攀登"]
    text = "\n".join(["致科学家", "", *verse, "", "身边的物理", "为什么高压锅煮饭更快？因为锅内气压高，水的沸点随之升高。"])
    item = split_page(text).items[0]
    assert "只有一步一步的攀登" not in item.subheadings
