"""enrich_page fills regions, organizations, themes, keywords and search text."""

from dataclasses import replace
from pathlib import Path

import pytest

from articles.textpipeline.credits_datelines import dateline_place
from articles.textpipeline.enrich import EnrichmentContext, enrich_item, enrich_page, item_text
from articles.textpipeline.model import (
    AUTHOR,
    PARAGRAPH,
    Block,
    Byline,
    Caption,
    Flag,
    Item,
    PageMeta,
    PageResult,
)
from articles.textpipeline.orgnames import OrganizationGazetteer, load_seed_entries
from articles.textpipeline.regions import load_gazetteer
from articles.textpipeline.segment import Segmenter
from articles.textpipeline.split import split_page
from articles.textpipeline.themes import DEFAULT_THEME_RULES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_item(prefix: str, start: str, end: str) -> Item:
    text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
    i = text.index(start)
    title, *paragraphs = [p.strip() for p in text[i : text.index(end, i + len(start))].split("\n") if p.strip()]
    return Item(title=title, blocks=[Block(PARAGRAPH, p) for p in paragraphs])


@pytest.fixture(scope="module")
def ctx():
    regions = load_gazetteer()
    return EnrichmentContext(
        regions=regions,
        organizations=OrganizationGazetteer(load_seed_entries(regions)),
        theme_rules=DEFAULT_THEME_RULES,
        segmenter=Segmenter(["亚特蓝电器"]),
    )


def test_enrich_page_fills_every_item(ctx):
    page = PageResult(text="", encoding="utf-8", meta=PageMeta(province_code="510000"), items=[
        seed_item("002", "德阳市科协推广使用", "(李华)"),
        seed_item("002", "青白江区科协服务", "(青白江区科协)"),
    ])
    enrich_page(page, ctx)
    deyang, qingbaijiang = page.items
    assert deyang.region_codes == ["510600"]
    assert [m.key for m in deyang.organizations] == ["德阳市科学技术协会"]
    assert deyang.themes[0] == "dangjian-xuexi"
    assert "学习强国" in deyang.keywords[:3]
    assert "学习强国" in deyang.search_text.split()
    assert qingbaijiang.region_codes == ["510113"]
    assert qingbaijiang.organizations[0].key == "青白江区科学技术协会"
    assert qingbaijiang.themes[0] == "fugong-fuchan"
    assert "复工复产" in qingbaijiang.keywords


@pytest.mark.parametrize(
    ("site", "province", "later_site", "body", "expected"),
    [
        ("四川科技报", "510000", "重庆科协", "市科协", ["重庆市科学技术协会"]),
        ("重庆科技报", "500000", "四川科协", "省科协", ["四川省科学技术协会"]),
        ("四川科技报", "510000", None, "市科协", []),  # whose city? the page's paper names none
    ],
)
def test_a_later_sources_short_names_are_its_own(ctx, site, province, later_site, body, expected):
    """A 重庆 post pasted after a 四川 paper's story: its 市科协 (or 省科协) is its own province's, not the page's."""
    post = Item(title="全国科普日活动总结会召开", blocks=[Block(PARAGRAPH, f"9月18日，{body}召开总结会。")], site=later_site)
    page = PageResult(text="", encoding="utf-8", meta=PageMeta(site=site, province_code=province), items=[post])
    enrich_page(page, ctx)
    assert [m.key for m in post.organizations] == expected


@pytest.mark.parametrize(
    ("speaker", "regions", "bodies"),
    [
        ("陈志强", ["511300"], ["南充市科学技术协会"]),  # 市科协主席陈志强出席并讲话: the story's place and his body
        ("李明", [], []),  # named nowhere in the story: nothing to go by
    ],
)
def test_a_speech_naming_no_place_is_where_the_story_before_it_says_it_was_given(ctx, speaker, regions, bodies):
    """在全市科协系统工作会议上的讲话 after the story of the meeting its speaker is named in: the story's place, and
    the body his post there names (the speech, whose 全市 says no city, had none)."""
    story = Item(title="全市科协系统工作会议召开", blocks=[Block(PARAGRAPH, "2月23日，南充市科协召开全市科协系统工作会议。市科协主席陈志强出席并讲话。")])
    speech = Item(
        title="在全市科协系统工作会议上的讲话",
        blocks=[Block(PARAGRAPH, "同志们："), Block(PARAGRAPH, "过去一年，全市科协系统扎实推进各项工作。")],
        bylines=[Byline(AUTHOR, speaker)],
    )
    page = PageResult(text="", encoding="utf-8", meta=PageMeta(province_code="510000"), items=[story, speech])
    enrich_page(page, ctx)
    assert speech.region_codes == regions
    assert [m.key for m in speech.organizations] == bodies


def test_province_hint_decides_context_forms(ctx):
    """The same 市科协 is 重庆市科协 on a 重庆 page and unresolved without a province."""
    item = Item(title="高校专家服务队对接企业", blocks=[Block(PARAGRAPH, "由市科协、市教委共同开展精准对接活动。")])
    assert [m.key for m in enrich_item(item, ctx, province_hint="500000").organizations] == [
        "重庆市科学技术协会", "重庆市教委"]
    assert enrich_item(item, ctx, province_hint=None).organizations == []


def test_a_story_of_the_other_province_is_read_as_that_provinces(ctx):
    """A 重庆 paper's story of 成都, 德阳, 绵阳, 遂宁 names them without 市: they are its regions still."""
    item = Item(title="成都平原经济区科协联盟成立", blocks=[Block(PARAGRAPH, "成都、德阳、绵阳、遂宁4市科协将加强合作。")])
    assert enrich_item(item, ctx, province_hint="500000").region_codes == ["510100", "510600", "510700", "510900"]


def test_a_story_sent_by_a_body_of_the_other_province_is_that_provinces(ctx):
    """A 重庆 paper's story closed by （德阳市科协）, held 在德阳: its 市科协 is 德阳's (it was 重庆市科协, and 重庆 a
    region of the story)."""
    item = Item(
        title="全市科普工作会召开",
        blocks=[Block(PARAGRAPH, "全市科普工作会在德阳召开，市科协党组书记作工作报告。")],
        source="德阳市科协",
    )
    found = enrich_item(item, ctx, province_hint="500000")
    assert [m.key for m in found.organizations] == ["德阳市科学技术协会"] and found.region_codes == ["510600"]


def test_a_source_in_a_short_form_is_of_the_province_of_its_authors_unit(ctx):
    """文/重庆医科大学附属儿童医院 王 敏 over （来源：市科协） on a page of no province: its 市科协 is 重庆's and
    the story 重庆's (the short source named no province, and the body and the region were lost)."""
    item = Item(
        title="秋季谨防腹泻",
        blocks=[Block(PARAGRAPH, "秋季是儿童腹泻高发季节。")],
        credit_lines=["文/重庆医科大学附属儿童医院 王 敏", "（来源：市科协）"],
        source="市科协",
    )
    found = enrich_item(item, ctx, province_hint=None)
    assert "重庆市科学技术协会" in [m.key for m in found.organizations] and found.region_codes == ["500000"]


def test_a_story_signed_by_a_desk_is_its_desks_provinces(ctx):
    """A 川渝 story signed (渝科) names more of 四川's places: its 市科协 was 成都市科协 on a page with no masthead."""
    item = Item(
        title="川渝营养学会签署合作协议",
        blocks=[Block(PARAGRAPH, "重庆市营养学会与四川省营养学会在成都签署合作协议。四川省科协、市科协有关负责人见证签约。")],
        source="渝科",
    )
    found = enrich_item(item, ctx, province_hint="510000")
    assert [m.key for m in found.organizations][-1] == "重庆市科学技术协会"


def test_a_context_form_the_text_leaves_open_is_the_papers_places(ctx):
    """市科协 on a 攀枝花日报 page is 攀枝花市科协; 县科协 on 巫山发布 巫山县科协."""
    item = Item(title="科技工作者日慰问活动举行", blocks=[Block(PARAGRAPH, "市科协党组书记走访慰问了一线科技工作者。")])
    found = enrich_item(item, ctx, province_hint="510000", site="攀枝花日报")
    assert [m.key for m in found.organizations] == ["攀枝花市科学技术协会"]
    county = Item(title="县科协开展科普活动", blocks=[Block(PARAGRAPH, "县科协在曲尺乡开展科普活动。")])
    found = enrich_item(county, ctx, province_hint="500000", site="巫山发布")
    assert [m.key for m in found.organizations] == ["巫山县科学技术协会"]
    assert enrich_item(county, ctx, province_hint="500000", site="重庆科技报").organizations == []


@pytest.mark.parametrize(
    ("title", "paragraph", "site", "province", "expected"),
    [
        # the paper's place settles a namesake (市中区 of 内江 or 乐山: none was found) and a town
        ("市中区科协开展科普活动", "市中区科协在城西街道开展科普活动。", "内江日报", "510000", ["511002"]),
        ("新都桥镇开展科普活动", "州科协在新都桥镇开展科普活动。", "甘孜日报", "510000", ["513300"]),  # not 新都区
        ("江安镇开展科普活动", "县科协在江安镇开展科普活动。", "宜宾日报", "510000", ["511523"]),  # 江安县's seat
        # but it makes no ordinary word one of its counties: no 前锋区, 大英县, 南部县, 东坡区
        ("党员志愿者冲在前锋", "党员志愿者冲在前锋，帮助群众转移。", "广安日报", "510000", []),
        ("线上展览", "同学们在大英博物馆线上展览中学习。", "遂宁日报", "510000", []),
        ("物流园开工", "位于城区南部的现代物流园开工。", "南充日报", "510000", []),
        ("苏东坡的科学精神", "讲座介绍了苏东坡的科学精神。", "眉山日报", "510000", []),
        # a body named by its level is the home's: its place is the story's (万州时报's 区科协 gave no region)
        ("专家进社区开展健康科普", "区科协在高笋塘街道开展活动。", "万州时报", "500000", ["500101"]),
        ("区科协召开全委会", "区科协召开第七届委员会第三次全体会议。", "今日渝北", None, ["500112"]),
        # …and a bulletin's issuer's (its head line names the district under the city)
        ("区科协召开科普工作会", "区科协召开2024年科普工作会。", "重庆市潼南区科学技术协会", "500000", ["500152"]),
        ("市科协召开全市科协工作会议", "全市科协工作会议在渝召开。市科协主席出席。", "重庆科技报", "500000", ["500000"]),
        ("全市科协工作会议召开", "会议在万州区召开。市科协主席出席。", "重庆科技报", "500000", ["500101"]),
        # the bodies of every place of a level are no one place's: a national meeting is no 重庆 story
        ("中国科协召开常委会议", "中国科协召开常委会议。各省、市科协负责人列席会议。", "重庆科技报", "500000", []),
        ("中国科协召开常委会议", "中国科协召开常委会议。各市科协负责人列席会议。", "重庆科技报", "500000", []),
        # a story of the other province keeps the paper's places (泸州 had dropped out of a story of 永川)
        ("永川区科协来访", "重庆市永川区科协将加强与泸州的合作。", "泸州日报", "510000", ["500118", "510500"]),
        ("永川区科协来访", "重庆市永川区科协将加强与泸州的合作。", "四川科技报", "510000", ["500118", "510500"]),
        ("永川区科协来访", "重庆市永川区科协在城市南部开展活动。", "四川科技报", "510000", ["500118"]),  # no 南部县
        # a story that names no place: 在渝/来蓉, and the paper's unit of the level 全市/我市/全区 name
        ("各区县科协庆祝科技工作者日", "连日来，我市各区县科协以座谈会等形式庆祝节日。", "重庆科技报", "500000", ["500000"]),
        ("全区科普工作会议召开", "全区科普工作会议召开。", "万州时报", "500000", ["500101"]),
        ("全市科协工作会议召开", "全市科协工作会议在渝召开。", "科技工作者之家", None, ["500000"]),
        ("专家座谈会举行", "院士专家来蓉参加座谈会。", "科技工作者之家", None, ["510100"]),
        ("全市科协工作会议召开", "全市科协工作会议召开。", "科技工作者之家", None, []),  # whose 全市?
        ("市场监管部门开展检查", "本市场监管部门开展全区域检查。", "重庆科技报", "500000", []),
        # a speaker's 我市 is the speaker's city, and 日本市民 has no 本市
        ("智慧社区建设", "来自青岛的社区工作者介绍：“我市已建成智慧社区300个。”", "重庆科技报", "500000", []),
        ("防灾科普", "日本市民普遍重视防灾科普。", "重庆科技报", "500000", []),
        # a town's body a county's account names without its county: the county's town (a digest's brief)
        ("盘龙镇科协开展生猪养殖技术培训", "6月15日，盘龙镇科协在大建村开展培训。", "荣昌科协", "500000", ["500153"]),
        ("昌元街道科协开展科普活动", "6月19日，昌元街道科协在宝城社区开展活动。", "荣昌科协", "500000", ["500153"]),
        ("专家送技术下乡", "专家送技术下乡。", "荣昌科协", "500000", []),  # a phrase's 下乡 is no town
        ("盘龙镇科协开展培训", "盘龙镇科协开展培训。", "遂宁科协", "510000", []),  # a city's account: which county's?
        # no body of the page's place, or no place the paper is named for: no region
        ("专家进社区开展健康科普", "专家走进社区开展健康科普活动。", "万州时报", "500000", []),
        ("市科协开展活动", "市科协开展科普活动。", "科技工作者之家", None, []),
    ],
)
def test_the_papers_place_and_its_bodies_place_the_story(ctx, title, paragraph, site, province, expected):
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint=province, site=site).region_codes == expected


@pytest.mark.parametrize(
    ("title", "paragraph", "expected"),
    [
        # the headline's body is the city's: the city stays beside the counties that speak (it had dropped out)
        ("广元市科协召开九届四次全委会议", "广元市科协九届四次全委会议召开。会上，利州区科协、苍溪县科协作交流发言。",
         ["510800", "510802", "510824"]),
        ("凉山州营养学会走进越西县", "凉山州营养学会专家走进越西县开展科普宣传。", ["513400", "513434"]),
        # not a university's 科协, a place opening a headline, or a city written with its county
        ("四川大学科协举办论坛", "四川大学科协在成都市举办青年科技工作者论坛。", ["510100"]),
        ("攀枝花：芒果花开迎蜂来", "仁和区的芒果花开了。", ["510411"]),
        ("巴中市通江县：沙溪镇科协开展培训", "沙溪镇科协开展银耳种植技术培训。", ["511921"]),
    ],
)
def test_the_region_of_the_body_a_headline_opens_with_stays(ctx, title, paragraph, expected):
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint="510000").region_codes == expected


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        # a province-wide 公示's winners' units, in cells or numbered, and a work's title in a 名单's entry (they
        # were 绵阳, 涪陵, 成都)
        ("关于第十六届四川省青年科技奖拟推荐人选的公示",
         ["现将第十六届四川省青年科技奖拟推荐人选名单予以公示。", "1\t王晓峰\t四川大学华西医院",
          "2\t黄丽萍\t绵阳市农业科学研究院", "四川省科学技术协会"], ["510000"]),
        ("关于2024年度重庆市科协科技奖拟授奖项目的公示",
         ["拟授予以下项目重庆市科协科技奖，现予以公示。", "1. 榨菜低盐加工技术 完成单位：重庆市涪陵区农业科学研究所"],
         ["500000"]),
        ("我会2024年度优秀论文评选结果揭晓",
         ["四川省土木建筑学会现将一等奖论文名单公布如下：", "1.《成都地铁盾构隧道沉降控制技术》 作者：周涛（西南交通大学）"],
         ["510000"]),
        ("2023年度全市科普工作先进个人名单", ["重庆市科协公布先进个人名单。", "李小红  江北区科协"], ["500000"]),
        # numbered entries set with single spaces: a winner's university is no region of the list (it was 成都市)
        ("“天府峨眉计划”科技创新领军人才拟入选人员公示",
         ["现将2024年度“天府峨眉计划”拟入选人员予以公示。", "1 周晓东 四川大学 材料科学", "2 吴婷 成都理工大学 地质工程",
          "四川省科学技术协会"], ["510000"]),
        # a list naming no place but in its entries is where they all lie (it was four districts')
        ("2023年度全市科协系统先进集体名单", ["永川区科协  荣昌区科协", "大足区科协  綦江区科协"], ["500000"]),
        # an appended 名单 is one too, and the entry its prose names for all is one winner of four (it was 永川's)
        ("重庆市科学技术协会关于表彰2023年度先进集体的决定",
         ["重庆市科协决定对永川区科协等4个先进集体予以表彰。", "附件：2023年度先进集体名单", "永川区科协  荣昌区科协"],
         ["500000"]),
        # the units a 授牌 story lists after 分别是： are the city's it names, not two of its counties' (it was 三台县
        # and 梓潼县)
        ("绵阳市新建3家院士（专家）工作站",
         ["12月3日，绵阳市科协举行院士（专家）工作站集中授牌仪式。此次授牌的工作站分别是：", "三台县农业科学研究所专家工作站",
          "梓潼县顺丰农业开发有限公司专家工作站"], ["510700"]),
        # the places a story's schedule lists after 分别是： are where it happens
        ("市科协开展科普活动", ["活动地点分别是：", "渝北区科技馆"], ["500112"]),
        # a list of a story that is no 公示 or 名单, though it mentions one it made, and a sentence opening with 3.5万
        ("市科协开展科普活动", ["活动安排如下：", "1. 5月18日 渝北区科技馆 科普讲座"], ["500112"]),
        ("市科协开展科普活动", ["活动安排如下：", "1 渝北区科技馆 科普讲座"], ["500112"]),
        ("我区3家单位入选市级科普基地",
         ["近日，重庆市科协公布2020年度重庆市科普基地名单，我区3家单位榜上有名。",
          "1.江津区中山古镇科普馆，年接待游客5万余人次。", "2.江津区四面山植物园，建有植物科普长廊2公里。"], ["500116"]),
        ("2020年度科普示范单位名单公布",
         ["市科协公布了首批科普示范单位名单。", "3.5万余名市民走进北碚区、合川区各科普场馆参与活动。"],
         ["500109", "500117"]),
    ],
)
def test_the_entries_of_a_list_notice_are_not_its_regions(ctx, title, paragraphs, expected):
    """四川省青年科技奖's 公示 was 绵阳's, where one candidate works: the issuer's region stays."""
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph) for paragraph in paragraphs])
    assert enrich_item(item, ctx, province_hint=expected[0][:2] + "0000").region_codes == expected


def test_a_name_found_in_the_item_is_a_known_word_for_its_keywords(ctx):
    """都江堰市科协 (都) and 乡城县产业功能区科协 (乡 first) are bodies the tables will hold, not the
    segmenter's guesses that glue grammar or a town's 乡 on; 乡华溪村 of 中益乡华溪村 is such a guess."""
    item = Item(title="都江堰市科协助企复工", blocks=[Block(PARAGRAPH, "都江堰市科协组织专家帮助企业复工复产。都江堰市科协还开展了防疫科普。")])
    assert "都江堰市科协" in enrich_item(item, ctx, province_hint="510000").keywords
    item = Item(title="乡城县产业功能区科协召开总结会", blocks=[Block(PARAGRAPH, "乡城县产业功能区科协召开上半年工作总结会。")])
    assert "乡城县产业功能区科协" in enrich_item(item, ctx, province_hint="510000").keywords
    item = Item(title="华溪村建成村科普站", blocks=[Block(PARAGRAPH, "石柱土家族自治县中益乡华溪村科普站正式揭牌。")])
    assert not [word for word in enrich_item(item, ctx, province_hint="500000").keywords if word.startswith("乡")]


def test_a_body_named_in_full_is_one_keyword(ctx):
    """綦江区科协 in the headline, 綦江区科学技术协会 in the lead: one body, no 科学技术 and 协会 keywords."""
    item = Item(title="綦江区科协召开第三次代表大会", blocks=[Block(
        PARAGRAPH, "6月4日，綦江区科学技术协会第三次代表大会召开。大会选举产生了区科协第三届委员会。")])
    found = enrich_item(item, ctx, province_hint="500000").keywords
    assert not {"科学技术", "协会"} & set(found)


def test_text_includes_captions_and_is_simplified(ctx):
    """Captions count, and a traditional-character item enriches like its simplified twin."""
    simplified = Item(title="资阳市科协与大足区科协签署合作协议",
                      blocks=[Block(PARAGRAPH, "两地科协服务成渝地区双城经济圈建设。")],
                      captions=[Caption("丰都村民犁田备耕", "林登周")])
    traditional = replace(simplified, title="資陽市科協與大足區科協簽署合作協議",
                          blocks=[Block(PARAGRAPH, "兩地科協服務成渝地區雙城經濟圈建設。")],
                          captions=[Caption("豐都村民犁田備耕", "林登周")])
    assert "丰都村民犁田备耕" in item_text(simplified)
    a = enrich_item(simplified, ctx, province_hint="510000")
    b = enrich_item(traditional, ctx, province_hint="510000")
    assert a == b
    assert {m.key for m in a.organizations} == {"资阳市科学技术协会", "大足区科学技术协会"}
    assert a.themes[0] == "chengyu-shuangcheng"
    assert "丰都" in a.search_text.split()


def test_deterministic_and_photo_item_without_evidence(ctx):
    photo = Item(kind="photo", captions=[Caption("4月2日，重庆铁路枢纽东环线首组１２.５米的轨排稳稳落在路基上。")])
    first = enrich_item(photo, ctx, province_hint="500000")
    assert first == enrich_item(photo, ctx, province_hint="500000")
    assert first.themes == [] and first.organizations == []
    assert first.region_codes == ["500000"]
    assert "12.5" in first.search_text.split() or "12" in first.search_text.split()


def test_item_text_normalizes_like_the_whole_text():
    """ItemText normalizes the headline and the body apart; the result equals normalizing the joined text."""
    from articles.textpipeline.enrich import ItemText
    from articles.textpipeline.model import Caption
    from articles.textpipeline.segment import normalize, simplify

    item = seed_item("002", "德阳市科协推广使用", "(李华)")
    variants = [
        item,
        replace(item, kicker="本報訊", subtitle="——ＡＢＣ（副題）"),
        replace(item, title="", captions=[Caption("圖為…現場")]),
        Item(title="只有標題，ＴＩＴＬＥ"),
        Item(blocks=[Block(PARAGRAPH, "只有正文：ＯＫ")]),
        Item(),
    ]
    for it in variants:
        texts = ItemText.of(it)
        assert texts.text == item_text(it)
        assert texts.simple == simplify(texts.text)
        assert texts.lower == normalize(texts.text)
        assert texts.theme_title == normalize(" ".join(p for p in (it.kicker, it.title) if p))
        body = "\n".join(p for p in (it.subtitle, it.body, *(c.text for c in it.captions)) if p)
        assert texts.theme_body == normalize(body)


def test_latin_keywords_keep_their_printed_case(ctx):
    """Search text is lowercased; keywords are shown to readers, so VR stays VR."""
    item = Item(title="市民体验VR设备", blocks=[Block(PARAGRAPH, "市民在科技馆体验VR设备，VR让科普更生动。")])
    found = enrich_item(item, ctx, province_hint="500000")
    assert "VR" in found.keywords and "vr" not in found.keywords
    assert "vr" in found.search_text.split()


def test_a_name_with_brackets_keeps_the_brackets_its_text_prints(ctx):
    """重庆建设工业(集团)有限责任公司 was recorded and kept as a keyword with the search form's half-width brackets,
    while the body prints （集团）; a name printed without brackets is left as it is."""
    item = Item(title="九龙坡区企业与高校开展技术对接",
                blocks=[Block(PARAGRAPH, "九龙坡区组织重庆建设工业（集团）有限责任公司与重庆大学开展技术对接活动。")])
    found = enrich_item(item, ctx, province_hint="500000")
    company = next(m for m in found.organizations if m.kind == "qiye")
    assert (company.key, company.name_in_text) == ("重庆建设工业（集团）有限责任公司",) * 2
    assert "重庆建设工业（集团）有限责任公司" in found.keywords
    assert "重庆建设工业(集团)有限责任公司" in found.search_text.split()  # the search form, as a query is cut
    item = Item(title="世界银行集团专家来访",
                blocks=[Block(PARAGRAPH, "国际金融公司（International Finance Corporation, IFC）专家来访。")])
    found = enrich_item(item, ctx, province_hint="500000")
    ifc = next(m for m in found.organizations if m.key == "国际金融公司")
    assert ifc.name_in_text == "国际金融公司" and "（" not in "".join(ifc.aliases)


def test_a_body_is_one_keyword_by_either_of_its_names(ctx):
    """重庆长城汽车有限公司 and its trade name 长城汽车 were two of a story's keywords: the full name stays."""
    item = Item(title="永川区企业获批市级院士专家工作站", blocks=[
        Block(PARAGRAPH, "近日，重庆长城汽车有限公司（长城汽车）获批市级院士专家工作站。"),
        Block(PARAGRAPH, "其中，长城汽车工作站引进院士团队，围绕新能源汽车热管理系统开展联合攻关。")])
    found = enrich_item(item, ctx, province_hint="500000")
    assert [(m.key, m.short_name) for m in found.organizations] == [("重庆长城汽车有限公司", "长城汽车")]
    assert "重庆长城汽车有限公司" in found.keywords and "长城汽车" not in found.keywords  # the full name, alone


def test_a_bodys_second_name_leaves_its_keyword_slot_to_the_next_word(ctx):
    """长城汽车 folded into 重庆长城汽车有限公司 left seven keywords, and the next party named (重庆医科大学) none."""
    item = Item(title="科技成果转化签约活动举行", blocks=[Block(PARAGRAPH, (
        "本报讯（记者 李红）9月6日，重庆长城汽车有限公司（以下简称“长城汽车”）与重庆医科大学签约；转让方为西南大学，"
        "受让方为重庆太极实业（集团）股份有限公司（太极）。重庆建设工业（集团）有限责任公司（建设工业）也参加签约。"))])
    found = enrich_item(item, ctx, province_hint="500000")
    assert len(found.keywords) == 8 and "长城汽车" not in found.keywords
    assert {"重庆长城汽车有限公司", "重庆医科大学"} <= set(found.keywords) and "简称" not in found.keywords
    # a story with fewer words than slots keeps what it has
    short = enrich_item(Item(title="重庆长城汽车有限公司（长城汽车）获奖", blocks=[]), ctx, province_hint="500000")
    assert "长城汽车" not in short.keywords and len(short.keywords) < 8


def test_the_pieces_of_web_and_mail_addresses_are_no_keywords(ctx):
    """http, www.sckx.org.cn and the mailbox's name were four of a story's eight keywords."""
    body = (
        "会议指出，要深化学会治理结构改革，详情见 http://www.sckx.org.cn 或发邮件至 xuehui@sckx.org.cn。"
        "全省学会负责人参加会议，学会改革取得新进展。"
    )
    found = enrich_item(Item(title="四川省科协召开学会工作会议", blocks=[Block(PARAGRAPH, body)]), ctx, province_hint="510000")
    assert "改革" in found.keywords  # the story's own word (学会, like 科协, names the bodies: a stop word)
    assert not {word for word in found.keywords if any(piece in word for piece in ("http", "www", "sckx", "xuehui"))}
    assert "sckx.org.cn" in found.search_text  # still found by its address


def test_the_datelines_place_is_a_region_of_the_story(ctx):
    item = Item(title="川渝两地科协签署合作协议", dateline="中新网成都6月2日电（记者 刘忠俊）",
                blocks=[Block(PARAGRAPH, "2日，两地科协签署合作协议，将在学会建设等方面深化合作。")])
    assert "510100" in enrich_item(item, ctx, province_hint="510000").region_codes
    undated = replace(item, dateline=None)
    assert "510100" not in enrich_item(undated, ctx, province_hint="510000").region_codes


@pytest.mark.parametrize(
    ("title", "dateline", "paragraph", "expected"),
    [
        # a dateline city outside 川渝 is a place too (本报酒泉…电 gave no region)
        ("神舟六号载人飞船发射成功", "本报酒泉10月12日电（记者 付毅飞）",
         "今天9时整，神舟六号载人飞船在酒泉卫星发射中心发射升空。", ["620900"]),
        # …and the parent of the namesake the story names (宁波's 江北区, not 重庆's)
        ("江北区打造智能制造新高地", "本报宁波11月4日电（记者 江 耘）",
         "江北区科技局4日发布消息，今年前三季度，江北区规上工业增加值增长7.2%。", ["330205"]),
        # a story filed abroad: a district named alone is the foreign city's (首尔江南区 had become 南宁's)
        ("韩国首尔江南区房价持续上涨", "本报首尔7月7日电（记者 王海林）",
         "韩国国土交通部7日公布数据，首尔江南区公寓价格上半年上涨3.1%。", []),
        ("中韩企业家座谈会举行", "本报首尔7月7日电（记者 王海林）",
         "来自浙江省义乌市和北京的企业家参加座谈会。", ["330782", "110000"]),
        # a lead saying where its news comes from: not the filing desk's city (北京 had been the region)
        ("老挝科技代表团参观开发区", "新华社北京5月12日电",
         "万象消息：老挝科技部代表团11日参观了开发区的科技企业。", []),
        ("全国科技活动周启幕", "新华社北京5月12日电", "综合消息：全国科技活动周12日启幕。", ["110000"]),
        # a body's news comes from no place: the filing desk's city and the bodies stay
        ("全国科技活动周启幕", "新华社北京5月12日电", "据科技部消息，全国科技活动周12日启幕。", ["110000"]),
        ("科普大篷车进社区", "中新网成都6月2日电", "据省科协消息，科普大篷车近日走进郫都区、新津区。",
         ["510117", "510118"]),
    ],
)
def test_the_datelines_city_places_the_story_whatever_its_province(ctx, title, dateline, paragraph, expected):
    item = Item(title=title, dateline=dateline, blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint=None).region_codes == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("北碚区 退休教师 张文华", ["500109"]),  # the signature had become a credit line, and the region lost
        ("重庆市九龙坡区读者　李红", ["500107"]),
        ("四川岳池　王德明", ["511621"]),
        ("本报记者 张文华", []),  # a byline names no place
        ("四川大学华西医院 李明", []),  # nor does the author's unit
    ],
)
def test_the_place_a_letter_is_signed_with_is_its_region(ctx, signature, expected):
    item = Item(title="小区科普栏何时更新？", credit_lines=[signature],
                blocks=[Block(PARAGRAPH, "我家小区的科普宣传栏已经两年没有更新了，希望有关部门重视。")])
    assert enrich_item(item, ctx, province_hint="500000").region_codes == expected


def test_a_ministry_named_bare_in_a_story_filed_abroad_is_the_host_countrys(ctx):
    """据新华社莫斯科…电 … 在外交部吹风会上: Ukraine's ministry, not the State Council's; 中国外交部 still is."""
    item = Item(title="乌外长总结今年外交工作", dateline="据新华社莫斯科12月30日电（记者张铁柱）",
                blocks=[Block(PARAGRAPH, "乌多文科是30日在外交部吹风会上总结今年外交工作时说这番话的。")])
    assert enrich_item(item, ctx, province_hint=None).organizations == []
    chinas = replace(item, blocks=[Block(PARAGRAPH, "中国外交部发言人30日表示欢迎。")])
    assert [m.key for m in enrich_item(chinas, ctx, province_hint=None).organizations] == ["外交部"]


def test_a_notices_addressees_are_not_its_regions(ctx):
    """各区县（自治县）科协，…万盛经开区科协，…： names whom a city-wide notice goes to (it was about 綦江区,
    万盛's district); the same place in the notice's text is a region it is about."""
    addressees = "各区县（自治县）科协，两江新区、西部科学城重庆高新区、万盛经开区科协，市级学会，有关单位："
    body = "为深入贯彻落实有关要求，决定开展2023年全国科普日活动。"
    signed = [Block(PARAGRAPH, body), Block(PARAGRAPH, "重庆市科学技术协会")]
    notice = Item(title="关于开展2023年全国科普日活动的通知", blocks=[Block(PARAGRAPH, addressees), *signed])
    assert enrich_item(notice, ctx, province_hint="500000").region_codes == ["500000"]
    named = replace(notice, blocks=[Block(PARAGRAPH, addressees), Block(PARAGRAPH, "活动主场设在万盛经开区。")])
    assert enrich_item(named, ctx, province_hint="500000").region_codes == ["500110"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a candidate's native place in a CV and the address to write to (they were 南充市 and 渝北区)
        ("陈丽娟，女，1982年11月出生，四川南充人，现任市科协科学普及部副部长。", ["500000"]),
        ("王晓峰，男，籍贯：四川南充，现任市科协学会学术部部长。", ["500000"]),
        # …in a profile, a birthplace and the places of a life before the story (遂宁, 成都, 宁波, 西充, 广东 were regions)
        ("吉克阿依，1980年生，四川遂宁人。她放弃了留在成都的机会，回到昭觉县。", ["500000", "513431"]),
        ("王建华，男，汉族，四川遂宁人，现任市科协党组书记。", ["500000"]),
        ("1930年12月30日，屠呦呦出生于浙江宁波。", ["500000"]),
        ("我出生在南充市西充县的一个农村家庭。", ["500000"]),
        ("2012年我从广东打工回来，在彭水县养蜂。", ["500000", "500243"]),
        ("科技志愿者从成都出发，到昭觉县开展服务。", ["500000", "510100", "513431"]),  # a trip's start is the story's
        # a trip come back from and a birthplace whose 故居 is visited are the story's (潼南区 was dropped)
        ("市科协调研组从潼南区调研回来后，形成了柠檬产业调研报告。", ["500000", "500152"]),
        ("100余名中小学生走进出生于潼南区双江镇的杨尚昆同志的故居，开展研学活动。", ["500000", "500152"]),
        ("杨尚昆出生于潼南区双江镇，故居为清代建筑。", ["500000", "500152"]),
        ("公示期间如有意见，请来信反映。通信地址：重庆市渝北区金开大道1520号", ["500000"]),
        # where something happens is a region still, and so is a place the CV says a person works in
        ("陈丽娟，女，1982年11月出生，现任南充市科协副主席。", ["500000", "511300"]),
        ("活动地址：重庆市渝北区金开大道1520号", ["500000", "500112"]),
        # the places a body has already worked with (北京, 上海, 广东 were regions of a 重庆 story)
        ("据悉，RSC在中国已与北京、上海、广东等地科协建立合作关系。", ["500000"]),
        ("我市与北京、上海等地科协签署合作协议。", ["500000", "110000", "310000"]),  # this story's partners
        # a notice's contact address beside its 联系人 or phone, a supplier's (they were 渝北区)
        ("联系人：刘建华\u3000电话：023-86125678\n地址：重庆市渝北区金开大道1520号", ["500000"]),
        ("地址：重庆市渝北区金开大道1520号\n联系电话：023-86125678", ["500000"]),
        ("地址：重庆市渝北区金开大道1520号\u3000电话：023-86125678", ["500000"]),
        ("供应商地址：重庆市渝北区金开大道1520号", ["500000"]),
        ("时间：5月18日\n地址：重庆市渝北区金开大道1520号", ["500000", "500112"]),  # an event's venue
        # a reference list's entries: the city a cited work was published in (it was 北京, 成都)
        ("参考文献：\n[1] 王五. 航空复合材料应用[M]. 北京: 航空工业出版社, 2018.", ["500000"]),
        ("参考文献：\n1. 李四. 川西高原牧草研究[J]. 四川草原, 2019(3): 12-15.", ["500000"]),
        ("据统计，成都市已建成科普基地120个[1]。", ["500000", "510100"]),  # a sentence citing one is the story's
        # where the expert a box quotes works (it was 成都, 宜宾): who said it, not where the story happens
        ("“中暑的早期症状是头晕、乏力。”\n——成都市第三人民医院主任医师 黄静", ["500000"]),
        ("专家说\n不要等口渴了才喝水，少量多次饮水效果最好。（宜宾市科协科普部部长 周林）", ["500000"]),
        ("成都市第三人民医院主任医师黄静说，中暑的早期症状是头晕。", ["500000", "510100"]),  # told in the story
        # an exhibit's history: where a fossil was found long ago, what it is named after, a specimen's 出处 (they
        # were 永川区, 合川区, 宣城市)
        ("这种恐龙因最早发现于重庆永川而得名，是侏罗纪晚期的大型肉食性恐龙。", ["500000"]),
        ("展厅内的马门溪龙1957年发现于合川太和镇。", ["500000"]),
        ("菊石化石\n出处：安徽宣城", ["500000"]),
        # a find the story reports is where it happens
        ("科研人员近日在合川区发现一处恐龙足迹化石群。", ["500000", "500117"]),
    ],
)
def test_a_native_place_and_a_mailing_address_are_no_regions_of_the_item(ctx, text, expected):
    """四川南充人 and 通信地址：重庆市渝北区… in a 重庆市科协 任前公示 made it a story of 南充 and 渝北."""
    blocks = [Block(PARAGRAPH, paragraph) for paragraph in text.split("\n")]
    item = Item(title="重庆市科协2024年市管干部任前公示", blocks=blocks)
    assert enrich_item(item, ctx, province_hint="500000").region_codes == expected


@pytest.mark.parametrize(
    ("title", "paragraph", "expected"),
    [
        # where the visitors went to learn is no region of a story of their own county (东坡区 was one)
        ("荣昌区科协组织农技协负责人外出学习", "6月12日，荣昌区科协组织农技协负责人赴眉山市东坡区考察学习。", ["500153"]),
        ("荣昌区科协组织会员外出学习", "荣昌区科协组织会员到江北区、渝北区等地参观学习。", ["500153"]),
        ("农技协负责人外出学习", "6月12日，荣昌区农技协负责人前往成都学习泡菜加工技术。", ["500153"]),
        # …but it is the story's only place, or a place the visitors went to work in
        ("农技协负责人外出学习", "6月12日，农技协负责人赴眉山市东坡区考察学习。", ["511402"]),
        ("市科协开展科普调研", "6月12日，市科协赴巫山县开展科普调研，学习当地经验。", ["500237"]),
        # …or where a body of the city or province above it took its people: a 现场会 there (大足区 was lost)
        ("基层组织建设现场会召开", "重庆市科协组织各区县科协负责人40余人到大足区观摩学习，现场观看了科普e站。", ["500111"]),
    ],
)
def test_a_study_tours_destination_places_the_story_only_when_it_names_no_other(ctx, title, paragraph, expected):
    """赴眉山市东坡区考察学习 in a story of 荣昌区科协: a story of 荣昌区, not of 东坡区 too."""
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint="500000").region_codes == expected


def test_a_study_tour_of_the_body_that_sent_the_story_is_no_region_of_it(ctx):
    """区科协…赴璧山区考察学习 signed （荣昌区科协）: the visitors' own place is the sender's, so the story is
    荣昌区's, not 璧山区's (the place was looked for only in the text above the attribution)."""
    paragraph = "6月8日，区科协组织各镇街科协负责人20余人赴璧山区考察学习。"
    item = Item(title="区科协组织负责人外出学习", blocks=[Block(PARAGRAPH, paragraph)], source="荣昌区科协")
    assert enrich_item(item, ctx, province_hint="500000").region_codes == ["500153"]


def test_a_story_in_a_development_zone_is_its_citys(ctx):
    """两江新区 is no district of the official table: a story there is 重庆's, not 丰润区's (新区)."""
    item = Item(title="两江新区科协揭牌成立", blocks=[Block(PARAGRAPH, "1月16日，两江新区科学技术协会正式揭牌成立。")])
    assert enrich_item(item, ctx, province_hint="500000").region_codes == ["500000"]
    in_a_district = replace(item, blocks=[Block(PARAGRAPH, "两江新区科协在渝北区举办科普活动。")])
    assert enrich_item(in_a_district, ctx, province_hint="500000").region_codes == ["500112"]


@pytest.mark.parametrize(
    ("title", "lead", "source", "hint", "expected"),
    [
        # the closing attribution names in full the 市科协 the lead names by its level (they had no region)
        ("市科协调研高新区科技型企业", "8月21日，市科协到高新区调研科技型企业发展情况。", "遂宁市科协", "510000", ["510900"]),
        ("区科协召开八届三次全委会", "5月18日，区科协召开八届三次全委会。", "綦江区科协", "500000", ["500110"]),
    ],
)
def test_a_body_named_by_its_level_and_in_full_in_the_attribution_gives_its_region(ctx, title, lead, source, hint,
                                                                                 expected):
    """市科协 in the text, (遂宁市科协) closing it: one body, named by its level, so the story is 遂宁市's."""
    item = Item(title=title, blocks=[Block(PARAGRAPH, lead)], source=source, credit_lines=[f"（{source}）"])
    assert enrich_item(item, ctx, province_hint=hint).region_codes == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # 天府新区 bare is the part 成都 runs (it was 四川省's; with a 宜宾 party, 宜宾's alone)
        ("12月2日，科技成果转化对接活动在天府新区举行，15家企业与高校院所签订了合作协议。", ["510100"]),
        ("12月2日，对接活动在天府新区举行，宜宾市3家企业参加。", ["511500", "510100"]),
        # 眉山天府新区 is its 眉山 part
        ("12月2日，对接活动在眉山天府新区举行。", ["511400"]),
    ],
)
def test_a_story_in_tianfu_new_area_is_chengdus(ctx, paragraph, expected):
    item = Item(title="科技成果转化对接活动举行", blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint="510000").region_codes == expected


def test_a_story_in_a_zone_a_district_runs_is_that_districts(ctx):
    """双桥经开区 is run by 大足区 (双桥 its former name, and 承德's 双桥区): a story there is 大足区's (it had
    no region)."""
    item = Item(title="双桥经开区开展科技活动周活动", blocks=[Block(PARAGRAPH, "5月9日，双桥经开区在通桥街道开展科技活动周活动。")])
    assert enrich_item(item, ctx, province_hint="500000").region_codes == ["500111"]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("中新网成都6月2日电（记者 刘忠俊）", "成都"),
        ("本报重庆1月2日电", "重庆"),
        ("本报成都讯（记者 刘洋）", "成都"),
        ("本报快讯", None),
        ("本报通讯员讯", None),
        ("新华社北京５月２９日电", "北京"),
        ("本报讯（记者 王明）", None),
        ("华龙网-新重庆客户端5月6日11时30分讯", None),  # the app's name is no place
    ],
)
def test_dateline_place(dateline, place):
    assert dateline_place(dateline) == place


def test_a_theme_term_the_segmenter_cuts_apart_is_no_evidence(ctx):
    """机器人大赛 holds 人大 only across 机器人 / 大赛: a robot contest is not about 人大代表履职."""
    item = Item(
        title="绵阳科技城举办青少年机器人大赛",
        blocks=[Block(PARAGRAPH, "12月3日，第六届绵阳科技城青少年机器人大赛在绵阳市科技馆举行，来自全市的300余支队伍参赛。")],
    )
    themes = enrich_item(item, ctx, province_hint="510000").themes
    assert "renda-daibiao-lvzhi" not in themes
    assert themes == ["kexue-puji"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("綦江区科协", ["綦江区科学技术协会"]),  # (綦江区科协 刘洋), (綦江区科协): the body that sent the story
        ("成都日报", []),  # 据《成都日报》: a paper the story is reprinted from is no body it names
        ("重庆市人民政府网", []),  # 来源：重庆市人民政府网: a body's web site (it added 重庆市人民政府)
        (None, []),
    ],
)
def test_the_body_a_closing_attribution_names_is_one_the_story_names(ctx, source, expected):
    """The body of a closing attribution is among the item's organizations, though the text never names it."""
    item = Item(title="綦江区古剑山科普示范基地揭牌", source=source,
                blocks=[Block(PARAGRAPH, "3月6日，古剑山科普示范基地揭牌，基地设有地质科普长廊和植物识别区。")])
    assert [m.key for m in enrich_item(item, ctx, province_hint="500000").organizations] == expected


@pytest.mark.parametrize(
    ("credit_lines", "expected"),
    [
        (["市科协党组书记　刘　涛"], ["重庆市科学技术协会"]),  # a speaker's post names the body
        (["（作者系重庆医科大学附属第一医院主任医师）"], ["重庆医科大学附属第一医院"]),  # an author's unit
        (["南岸区科协供图"], ["南岸区科学技术协会"]),
        (["四川日报记者 张三"], []),  # the reporter's paper is no body the story names
        (["本报记者 李四"], []),
    ],
)
def test_the_body_a_credit_line_names_is_one_the_story_names(ctx, credit_lines, expected):
    """The body of a speaker's or author's post in a credit line is among the item's organizations."""
    item = Item(title="在区县科协工作座谈会上的讲话", credit_lines=credit_lines,
                blocks=[Block(PARAGRAPH, "同志们：要真抓实干。谢谢大家！")])
    assert [m.key for m in enrich_item(item, ctx, province_hint="500000").organizations] == expected


@pytest.mark.parametrize(
    ("paragraph", "unwanted"),
    [
        ("3月7日，荣昌区科协召开女科技工作者座谈会，来自区人民医院、荣昌畜牧兽医研究所等单位的20余名女科技工作者参加。",
         "weisheng-jiankang"),
        ("8月23日，黔江区科协召开科技工作者座谈会，20余名来自教育、卫生、农业等领域的科技工作者代表参加。",
         "xiangcun-zhenxing"),
    ],
)
def test_where_the_participants_come_from_is_no_theme(ctx, paragraph, unwanted):
    """来自区人民医院…等单位: the bodies and fields the people who came work in say nothing of the story's theme."""
    item = Item(title="区科协召开科技工作者座谈会", blocks=[Block(PARAGRAPH, paragraph)])
    assert unwanted not in enrich_item(item, ctx, province_hint="500000").themes


@pytest.mark.parametrize(
    ("rows", "farming"),
    [
        # the winners' units: where the people listed work (乡村振兴与农业 came from 农业大学, 农业科学研究院)
        (["1\t陈浩\t四川农业大学", "2\t黄丽萍\t绵阳市农业科学研究院", "3\t张婷\t西南交通大学"], False),
        (["1. 核级阀门研制 完成单位：四川农业大学、绵阳市农业科学研究院"], False),
        # a row of bodies alone lists the honoured bodies themselves: they are the story's
        (["四川农业大学  绵阳市农业科学研究院  西南交通大学"], True),
    ],
)
def test_the_units_in_a_lists_rows_are_no_theme(ctx, rows, farming):
    """An award's 公示 is about the award, not about the fields its winners' units are named for."""
    paragraphs = ["现将第十六届四川省青年科技奖拟推荐名单予以公示。", *rows, "公示期为2024年8月26日至9月1日。"]
    item = Item(title="关于四川省青年科技奖拟推荐名单的公示", blocks=[Block(PARAGRAPH, p) for p in paragraphs])
    assert ("xiangcun-zhenxing" in enrich_item(item, ctx, province_hint="510000").themes) is farming


@pytest.mark.parametrize(
    ("rows", "health"),
    [
        # a winners' list set with one space: the hospital is where one winner works (it was 卫生健康)
        (["王晓雨 四川大学华西医院", "孙立峰 电子科技大学", "李婧 西南交通大学"], False),
        # rows of names spaced out to a width, the unit followed by the post, and numbered rows with the name last
        (["王  磊  电子科技大学教授", "石  悦  四川大学华西医院研究员", "罗  霞  绵阳市中心医院主任医师"], False),
        (["1 四川大学华西医院 王晓雨", "2 电子科技大学 孙立峰"], False),
        # a sentence naming the hospital is the story's
        (["王晓雨在四川大学华西医院为患者义诊，医生们还开展了健康咨询。"], True),
    ],
)
def test_the_unit_beside_a_name_in_a_list_is_no_theme(ctx, rows, health):
    paragraphs = ["本报讯 近日，中国科协公布青年人才托举工程入选名单，我省12名青年科技工作者入选。", "入选名单如下：", *rows]
    item = Item(title="我省12名青年科技工作者入选托举工程", blocks=[Block(PARAGRAPH, p) for p in paragraphs])
    assert ("weisheng-jiankang" in enrich_item(item, ctx, province_hint="510000").themes) is health


def test_a_profiles_head_keeps_its_unit_as_a_theme(ctx):
    """罗文娟 重庆市中医院主治医师 over her story: a profile of a doctor, no row of a list."""
    paragraphs = ["罗文娟 重庆市中医院主治医师", "罗文娟把中医药与人工智能结合，开发了舌诊辅助诊断系统。"]
    item = Item(title="青年科技人才风采录", blocks=[Block(PARAGRAPH, p) for p in paragraphs])
    assert "weisheng-jiankang" in enrich_item(item, ctx, province_hint="500000").themes


def test_a_hospital_the_story_is_about_still_gives_its_theme(ctx):
    """区人民医院 as the story's actor, not the participants' workplace, is still evidence of 卫生健康."""
    item = Item(title="区人民医院开展义诊", blocks=[Block(PARAGRAPH, "3月7日，区人民医院医生为居民免费测量血压。")])
    assert "weisheng-jiankang" in enrich_item(item, ctx, province_hint="500000").themes


@pytest.mark.parametrize(
    ("title", "paragraph", "themes"),
    [
        # the corrected story's words had given the correction its theme
        ("致歉声明", "因排版失误，本报4月9日第3版《梁平柚子种植技术》一文作者署名“张华”应为“章华”，特向作者和读者致歉。", []),
        ("更正", "本报3月8日第2版《乡村振兴科技助农》一文中，“张平”应为“张萍”。特此更正。", []),
        # a notice that announces an activity is about it
        ("关于开展2024年全国科普日活动的通知", "为提升公民科学素质，决定开展2024年全国科普日活动，普及科学知识。", ["kexue-puji"]),
    ],
)
def test_a_correction_or_a_statement_is_about_no_theme(ctx, title, paragraph, themes):
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)])
    assert enrich_item(item, ctx, province_hint="500000").themes == themes


@pytest.mark.parametrize(
    ("title", "paragraph", "flags"),
    [
        # an ad under 广告 had been filed under 渝北区科协, 渝北区 and 科学普及
        ("招生启事", "渝北区科协青少年科技活动中心秋季机器人编程班开始招生。", [Flag("advertisement", "广告")]),
        ("遗失声明", "重庆市黔江区科技工作者协会遗失公章一枚，声明作废。", [Flag("advertisement", "广告")]),
        # the corrected story's bodies and places had been the correction's
        ("更正", "本报6月7日第1版《市科协、市教委、市科技局联合开展科普进校园》一文中，“6月3日”应为“6月5日”。特此更正。", []),
    ],
)
def test_an_advert_or_a_correction_is_in_no_feed(ctx, title, paragraph, flags):
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)], flags=flags)
    enrichment = enrich_item(item, ctx, province_hint="500000")
    assert (enrichment.organizations, enrichment.region_codes, enrichment.themes) == ([], [], [])


@pytest.mark.parametrize(
    ("title", "dateline", "paragraph", "region_codes"),
    [
        ("致歉信背后的科学家精神", "本报讯（通讯员 陈红）", "5月13日，綦江区科协组织科技工作者学习老科学家写给学生的致歉信，弘扬科学家精神。",
         ["500110"]),
        ("更正观念 科学认识转基因", "本报讯（记者 李想）", "5月12日，北碚区科协在天生街道举办转基因科普讲座。", ["500109"]),
    ],
)
def test_news_under_a_headline_opening_with_a_notices_word_keeps_its_feeds(ctx, title, dateline, paragraph, region_codes):
    """A 本报讯 story headlined 致歉信背后… or 更正观念… is news, no correction: it had lost its bodies and places."""
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph)], dateline=dateline)
    enrichment = enrich_item(item, ctx, province_hint="500000")
    assert enrichment.region_codes == region_codes
    assert enrichment.organizations and enrichment.themes


def test_the_unit_on_an_authors_info_line_is_the_items_organization(ctx):
    """作者：刘晓红 单位：绵阳市中心医院心血管内科 under the headline: the author's hospital, as （作者单位：…） names it
    (the line went to the page alone, no organization)."""
    result = split_page("高血压患者春季要注意什么？医生这样说\n\n作者：刘晓红 单位：绵阳市中心医院心血管内科\n\n"
                        "春季气温变化大，是心脑血管疾病的高发季节。高血压患者应该如何做好自我管理呢？")
    enrich_page(result, ctx)
    assert [m.key for m in result.items[0].organizations] == ["绵阳市中心医院"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("防溺水安全教育“六不准”", "暑假将至，涪陵区科协提醒广大家长和学生牢记“六不准”：不准私自下水游泳。"),
        ("汛期来临 这份防汛避险指南请收好", "进入主汛期，市民要提高防范意识，掌握避险知识。"),
    ],
)
def test_a_safety_education_explainer_is_science_for_the_public(ctx, title, text):
    """防溺水“六不准”, 防汛避险指南: a 科协's safety explainer teaches the public, 科学普及 (it had no theme)."""
    found = enrich_item(Item(title=title, blocks=[Block(PARAGRAPH, text)]), ctx, province_hint="500000")
    assert found.themes == ["kexue-puji"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("万州区全力做好防汛抢险工作",
         "7月12日，受强降雨影响，区防汛抗旱指挥部启动Ⅲ级应急响应，组织沿河群众转移避险，共转移群众1200余人。"),
    ],
)
def test_a_flood_response_is_no_science_for_the_public(ctx, title, text):
    """组织群众转移避险: what a flood's responders did, news, not a safety explainer (避险 alone gave 科学普及)."""
    found = enrich_item(Item(title=title, blocks=[Block(PARAGRAPH, text)]), ctx, province_hint="500000")
    assert "kexue-puji" not in found.themes


@pytest.mark.parametrize(
    ("title", "paragraphs", "province", "expected"),
    [
        # a 全市 ranking of 区县: the city's, and its districts' (it was the three districts' alone)
        ("前三季度区县科普工作考核排名出炉",
         ["市科协通报了前三季度全市区县科普工作考核情况。", "1\t渝北区\t96.5", "2\t九龙坡区\t95.8", "3\t永川区\t94.2"],
         "500000", ["500000", "500112", "500107", "500118"]),
        # a 全省 table of its cities (四川省 was missing)
        ("全省科普统计数据发布", ["数据显示，全省科普经费筹集额同比增长9.4%。成都市、绵阳市、德阳市位列前三。"],
         "510000", ["510000", "510100", "510700", "510600"]),
        # one district first in the city, beside another: the districts' story
        ("永川区科协创新科普形式", ["永川区科协在全市率先开展科普直播，荣昌区科协前来交流。"],
         "500000", ["500118", "500153"]),
        # three cities of two provinces: no one 全市 holds them
        ("川渝三地科协签署合作协议", ["成都市、德阳市与重庆市渝北区科协签署协议，全市科普资源共享。"],
         "510000", ["510100", "510600", "500112"]),
    ],
)
def test_a_story_of_all_the_places_of_a_unit_is_the_units(ctx, title, paragraphs, province, expected):
    """市科协通报…全市区县 over a table of three districts was tagged with the districts alone: a reader browsing
    重庆市 did not find the city-wide ranking."""
    item = Item(title=title, blocks=[Block(PARAGRAPH, paragraph) for paragraph in paragraphs])
    assert enrich_item(item, ctx, province_hint=province).region_codes == expected


def test_where_an_exhibit_was_found_is_no_region_of_the_museums_story(ctx):
    """自贡恐龙博物馆's story lost 自贡 and its province to 永川龙因最早发现于重庆永川而得名 (it was 永川区 alone)."""
    item = Item(
        title="自贡恐龙博物馆推出数字导览",
        blocks=[Block(PARAGRAPH, "近日，自贡恐龙博物馆推出全新数字导览服务，观众扫码即可收听讲解。"),
                Block(PARAGRAPH, "永川龙因最早发现于重庆永川而得名，是侏罗纪晚期的大型肉食性恐龙。")],
        source="自贡市科协",
    )
    assert enrich_item(item, ctx, province_hint=None).region_codes == ["510300"]


def test_the_hong_kong_word_for_robot_makes_a_youth_contest_no_deputys_work(ctx):
    """机械人 (港澳台 for 机器人) / 大赛 holds no 人大: a youth robot contest is science popularization."""
    page = PageResult(text="", encoding="utf-8", meta=PageMeta(province_code="510000"), items=[
        Item(title="青少年大赛在绵阳举行", blocks=[Block(PARAGRAPH, "首届川港青少年机械人大赛在绵阳举行，香港8支代表队参赛。")]),
    ])
    enrich_page(page, ctx)
    assert page.items[0].themes == ["kexue-puji"]
