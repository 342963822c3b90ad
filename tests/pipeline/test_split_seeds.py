"""split_page on the five seed pages gives what a careful editor publishes (DOMAIN.md, last section)."""

import datetime as dt
from pathlib import Path

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.decode import decode_page
from articles.textpipeline.model import ARTICLE, PHOTO, PHOTOGRAPHER, SIDEBAR
from articles.textpipeline.split import split_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def split_seed(number: str):
    path = next(SEEDS.glob(f"{number}_*.txt"))
    decoded = decode_page(path.read_bytes())
    return split_page(decoded.text, encoding=decoded.encoding)


def codes(item):
    return [flag.code for flag in item.flags]


@pytest.mark.parametrize(
    ("number", "kinds", "province"),
    [
        ("000", [ARTICLE, PHOTO, ARTICLE, ARTICLE], "500000"),
        ("001", [ARTICLE, PHOTO, ARTICLE, ARTICLE], "500000"),
        ("002", [ARTICLE] * 4, "510000"),
        ("003", [PHOTO, PHOTO, ARTICLE], "500000"),
        ("004", [ARTICLE] * 9, "510000"),
    ],
)
def test_item_kinds_and_province(number, kinds, province):
    """Each seed splits into the expected articles and photo items, and its province is recognised."""
    result = split_seed(number)
    assert [item.kind for item in result.items] == kinds
    assert [item.position for item in result.items] == list(range(len(kinds)))
    assert result.meta.province_code == province


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_character_accounted(number):
    """No text of a seed is dropped silently, and spans point at the items' lines."""
    result = split_seed(number)
    report = account(result)
    assert report.balanced, (report.missing, report.extra)
    for item in result.items:
        start, end = item.span
        assert 0 <= start < end <= len(result.text)


def test_seed_000_round_up_with_sub_headings():
    """000: a round-up under one reporter with three sub-headed sections, a photo, 文/ byline, 本报讯 lead."""
    roundup, photo, poverty, xiaoyudian = split_seed("000").items
    assert (roundup.kicker, roundup.title, roundup.subtitle) == (
        "重庆市科技类社会组织",
        "众志成城抗疫",
        "齐心协力复产",
    )
    assert [(b.role, b.name) for b in roundup.bylines] == [("reporter", "刘代荣")]
    assert roundup.subheadings == [
        "重庆老卫生科技工作者协会发挥余热",
        "重庆土壤学会助力农业领域复产",
        "市花卉盆景协会倡导会员献爱心",
    ]
    assert "3月26日，学会副理事长王帅一行到潼南区" in roundup.body
    assert photo.captions[0].photographer == "唐突"
    assert photo.captions[0].text.startswith("4月2日，重庆铁路枢纽东环线首组12.5米的轨排")
    assert (photo.bylines[0].role, photo.bylines[0].name) == (PHOTOGRAPHER, "唐突")
    assert (poverty.title, poverty.subtitle) == ("梁平区屏锦镇和睦社区", "坚决打赢扶贫攻坚战")
    assert [(b.role, b.name) for b in poverty.bylines] == [("author", "许天位")]
    assert "资金流向重点向贫困群众倾斜。" in poverty.body
    assert (xiaoyudian.title, xiaoyudian.subtitle) == (
        "重庆小雨点作为中国科技金融企业代表",
        "向全球金融机构分享应对疫情经验",
    )
    assert xiaoyudian.dateline == "本报讯（通讯员 陈婧）"
    assert [(b.role, b.name) for b in xiaoyudian.bylines] == [("correspondent", "陈婧")]
    assert xiaoyudian.paragraphs[0].startswith("4月2日，G20全球中小企业金融论坛")
    assert "CEO林坚诺" in xiaoyudian.paragraphs[0]
    assert "首席执行官Matthew Gamsler说：“重庆小雨点" in xiaoyudian.body
    assert "stray_latin" not in codes(xiaoyudian)
    assert xiaoyudian.date == dt.date(2020, 4, 2)


def test_seed_001_stray_english_flagged_in_caption():
    """001: three sub-headings, a caption with a stray 'and' flagged, 亚特蓝电/器 joined."""
    rongchang, photo, award, experts = split_seed("001").items
    assert rongchang.title == "荣昌区：人大代表用行动赢得群众口碑"
    assert rongchang.subheadings == ["代表履职有方向和目标", "代表工作有统领和抓手", "代表履职成效更加明显"]
    assert "93.7%" in rongchang.body
    assert photo.captions[0].photographer == "沈静"
    assert "stray_latin" in codes(photo)
    assert award.bylines[0].name == "刘壹刀"
    assert "世界银行集团（World Bank Group）" in award.body
    assert "（International Finance Corporation, IFC）" in award.body
    assert "stray_latin" not in codes(award)
    assert "重庆市亚特蓝电器有限责任公司" in experts.body
    assert experts.date == dt.date(2020, 10, 28)


def test_seed_002_web_repost():
    """002: site, date, source, link and boilerplate are metadata; four items closed by attributions."""
    result = split_seed("002")
    meta = result.meta
    assert meta.site == "科技工作者之家"
    assert meta.page_date == dt.date(2020, 3, 25)
    assert meta.source == "四川科协"
    assert meta.original_url.startswith("https://mp.weixin.qq.com/s?__biz=")
    assert meta.banners == ["【地方科协】"]
    assert {"时政", "推荐资讯"} <= set(meta.boilerplate)
    assert any(line.startswith("版权声明") for line in meta.boilerplate)
    assert [item.source for item in result.items] == [None, "遂宁市科协", "广元市科协", "青白江区科协"]
    assert [(b.role, b.name) for b in result.items[0].bylines] == [("author", "李华")]  # （李华）: a person
    assert all(item.date == dt.date(2020, 3, 25) for item in result.items)
    assert result.items[0].paragraphs[-1].endswith("精神家园。")


def test_seed_003_column_photos_article_sidebar():
    """003: banner, two photos with photographers, one article with four sub-headings, authors and a sidebar."""
    result = split_seed("003")
    first, second, article = result.items
    assert result.meta.banners == ["决战脱贫攻坚 决胜全面小康"]
    assert [first.captions[0].photographer, second.captions[0].photographer] == ["齐岚森", "林登周"]
    assert (article.kicker, article.title, article.subtitle) == (
        "我市多措并举打好疫情防控和脱贫攻坚“组合拳”",
        "“两线作战”应大考",
        "化危为机谋双赢",
    )
    assert len(article.subheadings) == 4
    assert [b.name for b in article.bylines] == ["张亚飞", "蓝倩", "王琳琳"]
    sidebars = [b.text for b in article.blocks if b.kind == SIDEBAR]
    assert len(sidebars) == 1 and sidebars[0].startswith("“数”说成绩") and sidebars[0].count("●") == 4
    assert "精准帮扶、就业扶贫" in article.body


def test_seed_004_damage_repaired_and_flagged():
    """004: nine items; stray paragraph returned, repeats removed, lost beginning flagged, co-organizers listed."""
    result = split_seed("004")
    items = result.items
    assert result.meta.banners == ["唱好双城记 建设经济圈", "地方动态 | DI FANG DONG TAI"]
    assert len(result.meta.co_organizers) == 21
    assert result.meta.co_organizers[0] == "凉山州科学技术协会"
    assert [item.source for item in items] == [
        "渝科",
        None,
        "资阳市科协",
        "省科协机关党委",
        "达州市科协",
        "锦江区科协",
        "德阳市科协",
        "彭州市科协",
        None,
    ]
    # A person closing an item is its author; a desk (渝科) or a body is its source.
    assert [b.name for b in items[1].bylines] == ["赵祎"] and [b.name for b in items[8].bylines] == ["谢勇"]
    assert all(item.dateline == "本报讯" for item in items)
    assert items[0].date == dt.date(2020, 7, 29)
    assert items[4].date is None  # 近日: no date in the text
    assert "大足区科协主席丁洋介绍了" in items[2].body
    dazhou = items[4]
    assert dazhou.paragraphs[-1].startswith("培训会上，省疾控中心主任医师祝小平")
    assert "stray_returned" in [r.code for r in dazhou.repairs]
    jinjiang = items[5]
    assert len(jinjiang.paragraphs) == 2
    assert sum(r.code == "duplicate_removed" for r in jinjiang.repairs) == 4
    assert "possible_duplicate" in codes(jinjiang)
    assert "mid_sentence_start" in codes(items[7])
    assert "企业发展等相关情况" in items[8].body
