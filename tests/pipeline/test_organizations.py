"""Organizations found in text and resolved to one canonical record each."""

from pathlib import Path

import pytest

from articles.textpipeline.organizations import find_organizations, mention_for_name
from articles.textpipeline.orgnames import (
    OrganizationGazetteer,
    OrgEntry,
    load_seed_entries,
    zone_named_first,
)
from articles.textpipeline.pagemeta_province import infer_province
from articles.textpipeline.regions import load_gazetteer, regions_in_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CQ, SC = "500000", "510000"


def seed_slice(prefix: str, start: str, end: str) -> str:
    text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i : text.index(end, i + len(start))]


@pytest.fixture(scope="module")
def regions():
    return load_gazetteer()


@pytest.fixture(scope="module")
def gaz(regions):
    return OrganizationGazetteer(load_seed_entries(regions))


def keys(text, gaz, regions, hint, codes=()):
    return [m.key for m in find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)]


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        ("德阳市科学技术协会与德阳市科协是同一家。", SC, ["德阳市科学技术协会"]),
        # the public-health bodies health and 辟谣 pieces quote (no organization was found, their names keywords)
        ("专访重庆市疾病预防控制中心慢病所所长。记者采访了市疾控中心专家。", CQ, ["重庆市疾病预防控制中心"]),
        ("重庆市精神卫生中心、万州区疾病预防控制中心联合开展义诊", CQ,
         ["重庆市精神卫生中心", "万州区疾病预防控制中心"]),
        ("成都市疾控中心和四川省疾病预防控制中心发布提示", SC,
         ["成都市疾病预防控制中心", "四川省疾病预防控制中心"]),
        ("四川省泸州市科协与重庆市永川区科协联合开展活动", SC, ["泸州市科学技术协会", "永川区科学技术协会"]),
        ("成都彭州市科协党组书记罗明富", SC, ["彭州市科学技术协会"]),
        ("由市科协、市教委共同开展活动", CQ, ["重庆市科学技术协会", "重庆市教委"]),
        ("广元市科协召开会议。市科协要求稳定帮扶队伍", SC, ["广元市科学技术协会"]),
        # the government's departments beside the 科协 (区应急管理局, 区气象局 were no bodies)
        ("綦江区科协联合区应急管理局、区气象局开展活动。重庆市气象局专家讲解。", CQ,
         ["綦江区科学技术协会", "綦江区应急管理局", "綦江区气象局", "重庆市气象局"]),
        ("广安市科协联合市教育局举办大赛", SC, ["广安市科学技术协会", "广安市教育局"]),
        # a bureau of education and sport, merged in most of 四川 (it was none; 体育局 was a keyword), by either name
        ("大赛由绵阳市科协、绵阳市教育和体育局主办，市教体局承办", SC,
         ["绵阳市科学技术协会", "绵阳市教育和体育局"]),
        ("大赛由绵阳市科协、绵阳市体育局主办", SC, ["绵阳市科学技术协会", "绵阳市体育局"]),
        ("青白江区科协迅速发出响应令。区科协落实3名干部", SC, ["青白江区科学技术协会"]),
        ("省科协调研组一行到布拖县调研，与县科协相关负责人座谈", SC,
         ["四川省科学技术协会", "布拖县科学技术协会"]),
        ("凉山州科协相关负责人", SC, ["凉山彝族自治州科学技术协会"]),
        # A county whose name ends with another's (长宁县 / 宁县, 仪陇县 / 陇县, 筠连县 / 连县): the longer.
        ("长宁县科协在竹海镇开展科普活动", SC, ["长宁县科学技术协会"]),
        ("仪陇县科协与筠连县科协座谈", SC, ["仪陇县科学技术协会", "筠连县科学技术协会"]),
        ("长宁县科协开展活动", None, ["长宁县科学技术协会"]),  # no page province to choose by
        # …or a unit of another province whose name ends a region's longer name (天津市 / 津市, of 湖南)
        ("重庆市科协与天津市科协签署合作协议", CQ, ["重庆市科学技术协会", "天津市科学技术协会"]),
        ("石渠县产业功能区科协成立", SC, ["石渠县产业功能区科学技术协会"]),
        ("成都市锦江区产业功能区科协组织召开理事会", SC, ["锦江区产业功能区科学技术协会"]),
        ("为贯彻落实成都市青白江区委、区政府的要求", SC, []),
        ("全市科协系统要全面对标，区县科协相关人员参加", SC, []),
        ("重庆土壤学会与重庆市花卉盆景协会、重庆市园林行业协会", CQ,
         ["重庆土壤学会", "重庆市花卉盆景协会", "重庆市园林行业协会"]),
        ("捐款78899元统一交重庆市红十字会", CQ, ["重庆市红十字会"]),
        ("重庆市科技志愿服务总队发出倡议", CQ, ["重庆市科技志愿服务总队"]),  # a 总队 co-signs notices
        ("荣昌区人大常委会创新开展代表活动", CQ, ["荣昌区人大常委会"]),
        ("达州市预防医学会组织开展培训", SC, ["达州市预防医学会"]),
        ("宜宾市科技协进会理事长来访", SC, ["宜宾市科技协进会"]),  # 协进会: a society's name form
        # a guest list's verb is no part of the name (还有澳门大学 was one)
        ("出席签约仪式的还有澳门大学、澳门科技大学的代表", SC, ["澳门大学", "澳门科技大学"]),
        ("参加活动的还有长江师范学院师生", CQ, ["长江师范学院"]),
        ("重庆还有一家公司获奖", CQ, []),
        # two disciplines joined by 及 in one college's name, as by 与 (环境学院 was cut off alone)
        ("香港城市大学能源及环境学院院长梁明一行到永川区考察", CQ, ["香港城市大学能源及环境学院"]),
        ("四川大学材料科学及工程学院教授来访", SC, ["四川大学材料科学及工程学院"]),
        ("重庆大学及四川大学环境学院专家参加", SC, ["重庆大学", "四川大学环境学院"]),  # two bodies
        ("双方协进会商合作", SC, []),  # no region's name before it: no body
        ("巴南区老卫协会员、退休返聘医生", CQ, ["重庆老卫生科技工作者协会"]),
        ("使隔离点达到传染病医院污水排放标准", CQ, []),
        ("重医二院分会、市人民医院分会等积极响应", CQ, []),
        ("《广元市全面推开行业协会商会与行政机关脱钩改革的工作方案》", SC, []),
        ("與駐紮在科技小院的川農大研究生交流", SC, ["四川农业大学"]),  # traditional + alias
        ("已协助瑞集能源成都有限公司、成都瑞杰汽车配件有限责任公司解决口罩", SC,
         ["瑞集能源成都有限公司", "成都瑞杰汽车配件有限责任公司"]),
        ("分成6个组奔赴重庆星星套装门(集团)有限责任公司", CQ, ["重庆星星套装门（集团）有限责任公司"]),
        # A person's career is not part of the name: the name starts after 毕业于 / 现任.
        ("他1960年毕业于旁遮普大学法学院", SC, ["旁遮普大学法学院"]),
        ("孙其峰先生现任天津美术学院教授", SC, ["天津美术学院"]),
        ("她曾任四川农业大学副校长", SC, ["四川农业大学"]),
        ("他长期领导中国科学院的工作", SC, ["中国科学院"]),
        ("毕业于某音乐学院", SC, []),  # unnamed
        ("四川大学、西南石油大学等高校相关学院负责人参加", SC, ["四川大学", "西南石油大学"]),  # the colleges concerned
        ("各学院和有关学院的负责人参加", SC, []),
        # A body's later or former parent, in brackets: the name starts after 后属 / 原属, and the unit printed
        # after the note names no body alone (考古研究所 was one).
        ("长期领导中国科学院（后属中国社会科学院）考古研究所", SC, ["中国科学院", "中国社会科学院"]),
        ("长期领导重庆市农业科学院（后属西南大学）果树研究所的吴老先生", CQ, ["重庆市农业科学院", "西南大学"]),
        ("该所原属四川农业大学", SC, ["四川农业大学"]),
        # Societies named by a one-character discipline; a 学会 that only a word's edge makes is none.
        ("绵阳市医学会联合开展科技志愿服务", SC, ["绵阳市医学会"]),
        ("会议由西南大学和重庆市农学会共同主办", CQ, ["西南大学", "重庆市农学会"]),
        ("重庆大学会同企业开展攻关", CQ, ["重庆大学"]),
        # A portrait's or an interview's 副题 names the body after its dash and 访/记.
        ("——访西南大学科技小院负责人李明", CQ, ["西南大学"]),
        ("——记四川农业大学教授王强", SC, ["四川农业大学"]),
        ("——专访西南大学资源环境学院教授李明", CQ, ["西南大学资源环境学院"]),
        ("记者采访了四川农业大学教授王强", SC, ["四川农业大学"]),
        ("——对话重庆大学教授刘国强", CQ, ["重庆大学"]),  # was 话重庆大学
        ("今天走近四川农业大学教授王建华", SC, ["四川农业大学"]),  # was 今天走近四川农业大学
        ("市信访办公室主任", CQ, []),
        # Where a visit goes is not part of the body's name: it starts after 走进 / 来到 / 深入.
        ("江北区科协组织青少年走进重庆大学实验室", CQ, ["江北区科学技术协会", "重庆大学"]),
        ("专家团队走进东方电气集团东方汽轮机有限公司", SC, ["东方电气集团东方汽轮机有限公司"]),
        ("科技志愿者来到西南大学开展义诊", CQ, ["西南大学"]),
        ("——对话重庆大学教授刘国强", CQ, ["重庆大学"]),
        ("本期推出系列专访，今天走近四川农业大学教授王建华。", CQ, ["四川农业大学"]),
        # A clause's verbs before a university are no part of its name: it opens with a place or is a known
        # name (they were 会议同意增补重庆大学, 会议同意增补西南大学); a place after a body's name is the college's.
        ("会议同意增补重庆大学、西南大学科协为团体会员单位。", CQ, ["重庆大学", "西南大学科学技术协会"]),
        ("会议同意增补西南大学为团体会员单位。", CQ, ["西南大学"]),
        ("他毕业于西安电子科技大学", SC, ["西安电子科技大学"]),
        ("电子科技大学成都学院举办活动", SC, ["电子科技大学成都学院"]),
        # "A 科技馆 in each of": 各 after a county opens no venue's name.
        ("在巴州区、平昌县各建设校园科技馆1所。", SC, []),
        # A time before a context form ends the words before it (it was 去年市科协).
        ("去年市科协牵头成立了“科技服务团”", CQ, ["重庆市科学技术协会"]),
        ("今年市科协将继续开展活动", CQ, ["重庆市科学技术协会"]),
        ("重庆市中西医结合学会2023年学术年会召开", CQ, ["重庆市中西医结合学会"]),  # 结合 ends no name here
        # A headline's honour is no part of the name before it, and no count names a body (they were
        # 会理市石榴协会获评全国农技协 and 凉山州首个医院).
        ("会理市石榴协会获评全国农技协科普示范基地", SC, ["会理市石榴协会"]),
        ("会理市石榴协会荣膺全国农技协科普示范基地", SC, ["会理市石榴协会"]),
        ("米易县枇杷专业技术协会入选全国农技协名单", SC, ["米易县枇杷专业技术协会"]),
        ("四川省农村专业技术协会联合会召开会议", SC, ["四川省农村专业技术协会联合会"]),  # a union holds its members' kind
        ("凉山州第一人民医院举办义诊。这是凉山州首个医院义诊。", SC, ["凉山州第一人民医院"]),
        ("重庆市首家医院获评示范", CQ, []),
        # Research institutes; a city in brackets inside a name (中国(绵阳)…) is part of it.
        ("中国科学院成都生物研究所、重庆市农业科学院的专家参加", SC, ["中国科学院成都生物研究所", "重庆市农业科学院"]),
        # an academy's centre is its unit, a body of its own (it was the academy: 中国科学院 was credited)
        ("由重庆科技馆与中国科学院国家空间科学中心联合打造的展区开放", CQ, ["重庆科技馆", "中国科学院国家空间科学中心"]),
        ("中科院国家空间科学中心专家讲解", CQ, ["中国科学院国家空间科学中心"]),
        # …not a centre the academy's people visit or sets up (the academy alone)
        ("中国科学院专家来到展示中心。中国科学院和市科技中心合作。", CQ, ["中国科学院"]),
        ("到中国(绵阳)科技城工业技术研究院调研", SC, ["中国（绵阳）科技城工业技术研究院"]),
        ("在中国（绵阳）科技城工业技术研究院副院长陪同下", SC, ["中国（绵阳）科技城工业技术研究院"]),
        ("该研究所负责人表示", SC, []),
        # A bracket's note of a body's name now or then is no part of that name, and a unit printed after
        # the note names no body alone (they were 现中国中医科学院 and 中药研究所).
        ("分配到卫生部中医研究院(现中国中医科学院)中药研究所工作", SC, ["卫生部中医研究院", "中国中医科学院"]),
        ("调入西南农业大学（原四川农学院）园艺系", SC, ["西南农业大学", "四川农学院"]),
        ("成都市科学技术局、区卫健委联合开展", SC, ["成都市科学技术局"]),
        ("结合实际，学会要加强自身建设", CQ, []),
        # The societies under a 科协 and a society's honour are no society (四川省科协所属学会, 四川省一流学会).
        ("省科协现有所属学会、协会、研究会168个。", SC, ["四川省科学技术协会"]),
        ("原《四川省科协所属学会管理暂行办法》同时废止。", SC, ["四川省科学技术协会"]),
        # the parent before 所属 or 下属, then its unit: two bodies (四川省科学技术协会所属四川科技馆 was one name)
        ("四川省科学技术协会所属四川科技馆2024年公开招聘工作人员10名。", SC, ["四川省科学技术协会", "四川科技馆"]),
        ("对获评“四川省一流学会”的市级学会奖励5万元。", SC, []),
        # A 委's full name is the body its short form names; a context form glued after another is a body too.
        ("重庆市科学技术协会、重庆市教育委员会联合印发实施意见。", CQ, ["重庆市科学技术协会", "重庆市教委"]),
        ("市科协市教委联合部署青少年科技教育工作", CQ, ["重庆市科学技术协会", "重庆市教委"]),
        ("市教委市科协联合部署青少年科技教育工作", CQ, ["重庆市教委", "重庆市科学技术协会"]),
        ("重庆市卫生健康委员会、市发展和改革委员会", CQ, ["重庆市卫生健康委", "重庆市发展改革委"]),
        # A region's 政府 is its 人民政府; a zone's 管委会 is named by its zone (they were no bodies).
        ("市科协、北碚区政府在重庆自然博物馆联合举办，两江新区管委会有关负责人参加。", CQ,
         ["重庆市科学技术协会", "北碚区人民政府", "重庆自然博物馆", "两江新区管委会"]),
        # a body's own museum: the body is recorded, not a museum of the region (nor a British one)
        ("参观重庆文理学院恐龙博物馆", CQ, ["重庆文理学院"]),
        ("北碚区人民政府与北碚区政府是同一家。", CQ, ["北碚区人民政府"]),
        ("与梓潼县党委政府、县科协座谈", SC, ["梓潼县科学技术协会"]),  # two bodies, no name
        # 担任县科协, 兼任县科协: the county's own 县科协 after a verb, not 河北's 任县 (its name starts in the verb)
        ("酉阳县科协召开全委会。白云飞不再担任县科协主席职务", CQ, ["酉阳土家族苗族自治县科学技术协会"]),
        ("梓潼县科协召开会议，李明兼任县科协副主席", SC, ["梓潼县科学技术协会"]),
        ("来源：重庆市政府网", CQ, []),  # a web site
        ("在四川政府采购网提交响应文件", SC, []),  # a tender's site (it was 四川人民政府)
        ("北碚区政府采购了一批科普设备", CQ, ["北碚区人民政府"]),  # the government buys
        ("由小区物业管理委员会组织，高新区管委会参加", CQ, []),  # no zone's name
        ("秦雨（重庆市地震局）", CQ, ["重庆市地震局"]),
        ("今年新建区县科技馆3座", CQ, []),  # 新建 ("build new") 区县, no 新建区 (江西)'s museum
        # A development zone's 科协: named by the zone (no district), answering to the city's or province's.
        ("两江新区科协揭牌成立", CQ, ["两江新区科学技术协会"]),
        ("两江新区科学技术协会正式揭牌成立。新区科协将团结引领", CQ, ["两江新区科学技术协会"]),
        ("重庆两江新区科协、西部科学城重庆高新区科协和万盛经开区科协联合举办", CQ,
         ["两江新区科学技术协会", "重庆高新区科学技术协会", "万盛经开区科学技术协会"]),
        # a headline's platform settling in a university: the university alone (was 院士工作站落户三峡学院)
        ("万州：院士工作站落户三峡学院。院士工作站在重庆三峡学院揭牌", CQ, ["重庆三峡学院"]),
        ("专家工作站入驻西南大学", CQ, ["西南大学"]),
        # the units that sign health and weather 科普: a region's 妇幼保健院, its 气象台
        ("（四川省妇幼保健院 儿科副主任医师 黄丽）", SC, ["四川省妇幼保健院"]),
        ("（作者单位：重庆市气象台）", CQ, ["重庆市气象台"]),
    ],
)
def test_find_organizations(gaz, regions, text, hint, expected):
    assert keys(text, gaz, regions, hint) == expected


@pytest.mark.parametrize(
    ("text", "hint", "region", "parent"),
    [
        ("两江新区科协揭牌成立", CQ, "500000", "重庆市科学技术协会"),
        ("四川天府新区科协召开会议", SC, "510000", "四川省科学技术协会"),
        ("成都高新区科协举办活动", SC, "510100", "成都市科学技术协会"),
    ],
)
def test_a_development_zones_kexie_answers_to_the_one_around_it(gaz, regions, text, hint, region, parent):
    [mention] = find_organizations(text, gaz, regions, province_hint=hint)
    assert (mention.kind, mention.region_code, mention.parent_key) == ("kexie", region, parent)


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a zone's other names are the zone (成都天府新区科协 was a second body, 成都's)
        ("四川天府新区科协组织专家走进企业。成都天府新区科协负责人表示", SC,
         [("天府新区科学技术协会", "510000", "四川省科学技术协会")]),
        ("西部（重庆）科学城科协与重庆高新区科协", CQ, [("重庆高新区科学技术协会", "500000", "重庆市科学技术协会")]),
        # the zone of 广安 and 渝北 (it was no body at all)
        ("川渝高竹新区科学技术协会揭牌成立。高竹新区科协将围绕汽车零部件产业服务企业", SC,
         [("川渝高竹新区科学技术协会", "511600", "广安市科学技术协会")]),
    ],
)
def test_a_zones_kexie_is_one_body_by_any_of_the_zones_names(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        # a bare zone's 科协 on a city's paper is its city's zone's (they were no bodies)
        ("高新区科协组织12家企业参加比赛。经开区科协也组织了5家企业参赛。", "绵阳日报",
         [("绵阳高新区科学技术协会", "510700"), ("绵阳经开区科学技术协会", "510700")]),
        # on the zone's own account or site, the zone's
        ("经开区科协科普大篷车开进石林镇中心小学", "万盛经开区科协", [("万盛经开区科学技术协会", "500000")]),
        ("科学城科协举办“科技大讲堂”第一期", "重庆高新区", [("重庆高新区科学技术协会", "500000")]),
        # the zone of that kind named before it
        ("德阳经开区科协与市科协座谈。经开区科协表示", "绵阳日报", [("德阳经开区科学技术协会", "510600"),
                                                             ("德阳市科学技术协会", "510600")]),
        # the zone the text named with its city before, without 科协 (it was the paper's city's)
        ("考察团在成都高新区参观，高新区科协负责人介绍了经验。", "巴中日报", [("成都高新区科学技术协会", "510100")]),
        ("代表团赴德阳高新区学习，高新区科协负责人介绍经验。", "绵阳日报", [("德阳高新区科学技术协会", "510600")]),
        # another city named before: the paper's city's zone is no surer than that city's (it was 巴中高新区科协)
        ("市科协赴成都学习，高新区科协负责人介绍了经验。", "巴中日报", [("巴中市科学技术协会", "511900")]),
        # no home to tell whose: no body
        ("高新区科协组织企业参加比赛", "科技工作者之家", []),
        ("科学城科协举办讲座", "绵阳日报", []),
        # the science city named before it, by its committee (it was no body)
        ("重庆大学与西部（重庆）科学城管委会签约。科学城科协相关负责人介绍了情况。", "重庆科技报",
         [("重庆大学", "500000"), ("重庆高新区管委会", "500000"), ("重庆高新区科学技术协会", "500000")]),
        ("全市高新区科协要加强建设", "绵阳日报", []),
    ],
)
def test_a_bare_zones_kexie_is_the_zone_of_the_text_or_of_the_page(gaz, regions, text, site, expected):
    province = infer_province(text, site)
    found = find_organizations(
        text, gaz, regions, province_hint=province, home_code=regions.unit_named_first(site, province_hint=province),
        home_zone=zone_named_first(site),
    )
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a zone the list lacks, named by its city: the city's, keyed as the listed zones are (they were no body)
        ("绵阳高新区科协召开第一次代表大会", None, [("绵阳高新区科学技术协会", "510700", "绵阳市科学技术协会")]),
        ("宜宾三江新区科协成立，德阳经开区科协发来贺信", SC,
         [("宜宾三江新区科学技术协会", "511500", "宜宾市科学技术协会"),
          ("德阳经开区科学技术协会", "510600", "德阳市科学技术协会")]),
        ("攀枝花钒钛高新区科协成立", SC, [("攀枝花钒钛高新区科学技术协会", "510400", "攀枝花市科学技术协会")]),
        ("重庆经开区科协开展活动", CQ, [("重庆经开区科学技术协会", "500000", "重庆市科学技术协会")]),
        # one record however the city and the zone's kind are written
        ("四川省绵阳市高新区科协成立。绵阳高新区科协表示", SC, [("绵阳高新区科学技术协会", "510700", "绵阳市科学技术协会")]),
        ("德阳经济技术开发区科协与德阳经开区科协", SC, [("德阳经开区科学技术协会", "510600", "德阳市科学技术协会")]),
        # …or by its district or county, 重庆's usual form: the district's (万州经开区科协 was no body)
        ("万州经开区科协与长寿经开区科协、重庆市璧山高新区科协签约", CQ,
         [("万州经开区科学技术协会", "500101", "万州区科学技术协会"),
          ("长寿经开区科学技术协会", "500115", "长寿区科学技术协会"),
          ("璧山高新区科学技术协会", "500120", "璧山区科学技术协会")]),
        ("万州区经开区科协成立", CQ, [("万州经开区科学技术协会", "500101", "万州区科学技术协会")]),
        # a county's new town or plan is no zone with a 科协 of its own
        ("荣昌区新区科协成立", CQ, []),
        ("万州区推进经开区科协建设", CQ, []),
        # no city right before the zone: no certain body
        ("绵阳市科协联合高新区科协开展活动", SC, [("绵阳市科学技术协会", "510700", "四川省科学技术协会")]),
        ("全市开发区科协要加强建设", SC, []),
        ("各开发区科协", SC, []),
        ("绵阳市推进开发区科协建设", SC, []),
    ],
)
def test_a_zone_named_by_its_city_has_the_citys_kexie_above_it(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected
    assert {m.kind for m in found} <= {"kexie"}


@pytest.mark.parametrize(
    ("text", "hint", "key", "region", "parent"),
    [
        # a town's or a street's, named after its district (they were no organization at all)
        ("万州区龙沙镇科协成立", CQ, "万州区龙沙镇科学技术协会", "500101", "万州区科学技术协会"),
        ("璧山区青杠街道科协开展活动", CQ, "璧山区青杠街道科学技术协会", "500120", "璧山区科学技术协会"),
        ("璧山区大兴场镇科协开展活动", CQ, "璧山区大兴场镇科学技术协会", "500120", "璧山区科学技术协会"),
        # a university's answers to its province's; a company's to its region's (they were the university and the
        # company themselves)
        ("重庆邮电大学科协举办学术沙龙", CQ, "重庆邮电大学科学技术协会", "500000", "重庆市科学技术协会"),
        ("重庆长安汽车股份有限公司科协获评示范", CQ, "重庆长安汽车股份有限公司科学技术协会", "500000",
         "重庆市科学技术协会"),
        # a university whose name carries no place: its region is the seed list's (it had none, nor a parent)
        ("西南大学科协召开三届二次全委会", CQ, "西南大学科学技术协会", "500000", "重庆市科学技术协会"),
        ("。西大科协主席表示", CQ, "西南大学科学技术协会", "500000", "重庆市科学技术协会"),
        # a hospital's answers to the 科协 of the region its name gives (they were the hospitals themselves)
        ("重庆医科大学附属第一医院科协组织专家走进社区", CQ, "重庆医科大学附属第一医院科学技术协会", "500000",
         "重庆市科学技术协会"),
        ("凉山州第一人民医院科学技术协会成立。这是凉山州首个医院科协。", SC, "凉山州第一人民医院科学技术协会",
         "513400", "凉山彝族自治州科学技术协会"),
        ("四川大学华西医院科协申报的科普馆入选", SC, "四川大学华西医院科学技术协会", "510000", "四川省科学技术协会"),
        # a company's by its group's name or by the short name of a company the text names in full, and a
        # university's by its known short name (they were no organization at all)
        ("攀钢集团科协举办发布会。攀钢科协成立于2019年。", SC, "攀钢集团有限公司科学技术协会", "510000",
         "四川省科学技术协会"),
        ("川农大科协成立", SC, "四川农业大学科学技术协会", "510000", "四川省科学技术协会"),
    ],
)
def test_a_towns_a_universitys_and_a_companys_kexie(gaz, regions, text, hint, key, region, parent):
    """DOMAIN: below the district's 科协 come 乡镇科协, 企业科协, 高校科协 and the 科协 of a hospital."""
    [mention] = find_organizations(text, gaz, regions, province_hint=hint)
    assert (mention.key, mention.kind, mention.region_code, mention.parent_key) == (key, "kexie", region, parent)
    assert mention.short_name == key.removesuffix("科学技术协会") + "科协"


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a company's 科协 goes by the name the text gives it, and sits under its region's 科协 (its short name was
        # the company's whole name, and it had no parent)
        ("长安汽车科协入选名单。重庆长安汽车股份有限公司科协成立于2016年。", CQ,
         [("重庆长安汽车股份有限公司科学技术协会", "长安汽车科协", "500000", "重庆市科学技术协会")]),
        # a group's name is how its company's starts after 中国 (two bodies), and 第三届 is the 科协's term, no name
        # (第三届集团科协 was a body)
        ("东方电气集团科协召开大会。中国东方电气集团有限公司科学技术协会第三次会员代表大会在成都召开。"
         "张志强当选为第三届集团科协主席。", SC,
         [("中国东方电气集团有限公司科学技术协会", "东方电气集团科协", None, None)]),
        # a university no name places is the province's where the seed list has it (it had no region, and so no
        # parent); its 科协 by the university's abbreviation is the same body (（西华师大科协） was none)
        # (西华师范大学 the seed list places in 南充市: its 科协 lies there, still under the province's)
        ("西华师范大学科协科技服务团成立大会在南充举行。", SC,
         [("西华师范大学科学技术协会", "西华师范大学科协", "511300", "四川省科学技术协会")]),
        ("西华师范大学科协科技服务团成立大会在南充举行。（西华师大科协）", SC,
         [("西华师范大学科学技术协会", "西华师大科协", "511300", "四川省科学技术协会")]),
        ("四川师范大学科协举办活动。川师大科协负责人表示", SC,
         [("四川师范大学科学技术协会", "川师大科协", "510000", "四川省科学技术协会")]),
        # one the seed list lacks lies nowhere the text proves (复旦大学科协, 武汉大学科协 were the paper's
        # province's universities', under its 科协)
        ("四川大学科协与复旦大学科协签署合作协议。", SC,
         [("四川大学科学技术协会", "四川大学科协", "510000", "四川省科学技术协会"),
          ("复旦大学科学技术协会", "复旦大学科协", None, None)]),
        ("西南大学科协与武汉大学科协签署合作协议。", CQ,
         [("西南大学科学技术协会", "西南大学科协", "500000", "重庆市科学技术协会"),
          ("武汉大学科学技术协会", "武汉大学科协", None, None)]),
        # a group's subsidiary, whose name opens with the group's, is not the group (the group's 科协 was the
        # subsidiary's)
        ("东方电气集团科协举办论坛，东方电气集团东方汽轮机有限公司200余名科技工作者参加。", SC,
         [("东方电气集团科学技术协会", "东方电气集团科协", None, None),
          ("东方电气集团东方汽轮机有限公司", "", None, None)]),
        # 集团科协 after any term is the 科协 of the one group the text names (新一届集团科协 was a body)
        ("攀钢集团召开新一届集团科协成立大会。首届集团科协于2015年成立。", SC,
         [("攀钢集团有限公司", "攀钢", "510000", None),
          ("攀钢集团有限公司科学技术协会", "攀钢集团有限公司科协", "510000", "四川省科学技术协会")]),
    ],
)
def test_a_companys_and_a_universitys_kexie_by_the_names_the_text_gives(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.short_name, m.region_code, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the short name, first written, is the one the record is found by (it was no body)
        ("长安汽车科协入选名单。重庆长安汽车股份有限公司科协成立于2016年。", CQ,
         [("重庆长安汽车股份有限公司科学技术协会", "长安汽车科协")]),
        ("日前，以长安汽车科协为示范。重庆长安汽车股份有限公司参加", CQ,
         [("重庆长安汽车股份有限公司科学技术协会", "长安汽车科协"), ("重庆长安汽车股份有限公司", "重庆长安汽车股份有限公司")]),
        ("长安汽车科协入选名单", CQ, []),  # no company named in full: nothing tells the words are a body's
        ("新能源汽车科协成立。重庆长安汽车股份有限公司参加", CQ,  # not how the company's name starts
         [("重庆长安汽车股份有限公司", "重庆长安汽车股份有限公司")]),
        ("各集团科协要加强建设", CQ, []),
        ("全市企业集团科协要加强建设", CQ, []),
    ],
)
def test_words_before_a_kexie_are_a_companys_only_when_the_text_names_it(gaz, regions, text, hint, expected):
    """长安汽车科协 was no body beside 重庆长安汽车股份有限公司; 汽车科协 and 各集团科协 are none either."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.name_in_text) for m in found] == expected


def test_a_kexie_visiting_a_society_is_no_society_named_after_it(gaz, regions):
    """南川区科协调研基层农技协工作: the 科协 visits the 农技协 (the whole was one 农技协's name)."""
    assert keys("南川区科协调研基层农技协工作", gaz, regions, CQ) == ["南川区科学技术协会"]
    assert keys("市科协考察团走访重庆市花卉盆景协会", gaz, regions, CQ) == ["重庆市科学技术协会", "重庆市花卉盆景协会"]
    # 在成都签署川渝学会协同发展合作协议: what is signed names no 学会 of 成都
    assert keys("市科协与四川省科协在成都签署川渝学会协同发展合作协议", gaz, regions, SC) == ["四川省科学技术协会"]


@pytest.mark.parametrize("text", ["全市乡镇科协达800余个", "各街道科协要加强组织建设", "青杠街道科协开展活动"])
def test_a_town_without_its_district_is_no_certain_body(gaz, regions, text):
    """No district written before it and none in the item: nothing tells whose town it is."""
    assert keys(text, gaz, regions, CQ) == []


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # named alone, the town is under the item's one county-level region (they were no organization)
        ("3月12日，普格县科协在螺髻山镇开展活动。螺髻山镇科协负责人介绍了情况。", SC,
         [("普格县科学技术协会", "513428", "凉山彝族自治州科学技术协会"),
          ("普格县螺髻山镇科学技术协会", "513428", "普格县科学技术协会")]),
        ("重庆市江北区科协联合观音桥街道科协开展活动", CQ,
         [("江北区科学技术协会", "500105", "重庆市科学技术协会"),
          ("江北区观音桥街道科学技术协会", "500105", "江北区科学技术协会")]),
        ("在昭觉县，竹核乡科协组织农民培训", SC, [("昭觉县竹核乡科学技术协会", "513431", "昭觉县科学技术协会")]),
        # one record, whether the district is written before the town or not
        ("近日，北碚区朝阳街道科协举办讲座。朝阳街道科协负责人表示", CQ,
         [("北碚区朝阳街道科学技术协会", "500109", "北碚区科学技术协会")]),
        # two counties, or only a prefecture: whose town it is stays unknown
        ("普格县科协、布拖县科协联合螺髻山镇科协开展活动", SC,
         [("普格县科学技术协会", "513428", "凉山彝族自治州科学技术协会"),
          ("布拖县科学技术协会", "513429", "凉山彝族自治州科学技术协会")]),
        ("凉山州科协指导螺髻山镇科协", SC, [("凉山彝族自治州科学技术协会", "513400", "四川省科学技术协会")]),
        # …but a county the item's people only travel to is no county of its towns (射洪市's were dropped)
        ("射洪市科协召开推进会。会上，太和街道科协、金华镇科协作了交流发言。会后，与会人员赴潼南区柠檬产业园考察。", SC,
         [("射洪市科学技术协会", "510981", "遂宁市科学技术协会"),
          ("射洪市太和街道科学技术协会", "510981", "射洪市科学技术协会"),
          ("射洪市金华镇科学技术协会", "510981", "射洪市科学技术协会")]),
        # …and a town named right after the county they travel to is that county's (it was the visitors' 潼南区's)
        ("潼南区科协组织基层科协干部赴射洪市考察学习，太和街道科协介绍了经验。", SC,
         [("潼南区科学技术协会", "500152", "重庆市科学技术协会"),
          ("射洪市太和街道科学技术协会", "510981", "射洪市科学技术协会")]),
        # generic words are no town's name, with or without the district before them
        ("全县乡镇科协要加强建设，普格县科协表示", SC, [("普格县科学技术协会", "513428", "凉山彝族自治州科学技术协会")]),
        ("江北区各街道科协要加强组织建设", CQ, []),
        ("江北区科协要求全区街道科协", CQ, [("江北区科学技术协会", "500105", "重庆市科学技术协会")]),
        ("荣昌区科协与乡镇科协、该镇科协座谈", CQ, [("荣昌区科学技术协会", "500153", "重庆市科学技术协会")]),
        ("荣昌区科协推进城镇科协建设", CQ, [("荣昌区科学技术协会", "500153", "重庆市科学技术协会")]),
        # a verb's clause before a bare 镇科协 (the item's own town's) is no town's name (奉节县审议通过镇科协)
        ("奉节县永乐镇科协召开会员大会，审议通过镇科协年度工作报告", CQ,
         [("奉节县永乐镇科学技术协会", "500236", "奉节县科学技术协会")]),
        ("奉节县永乐镇科协召开会员大会。会议听取镇科协工作报告，表彰镇科协优秀会员", CQ,
         [("奉节县永乐镇科学技术协会", "500236", "奉节县科学技术协会")]),
        # a town bearing another county's (former) name, in a story of its own county (元坝镇 gave 昭化区, once 元坝区)
        ("苍溪县科协召开全县农技协工作推进会，元坝镇柑橘专业技术协会作交流发言。", SC,
         [("苍溪县科学技术协会", "510824", "广元市科学技术协会"), ("元坝镇柑橘专业技术协会", "510824", None)]),
        # a clause's word before a town named alone is no part of its name (随着舟坝镇科协 was a town 随着舟坝), nor is
        # one before a bare 镇科协 (向东要求镇科协 was a town 东要求): that is the 科协 of the town named before it
        ("近日，随着舟坝镇科协挂牌成立，沐川县19个乡镇全部建立科协组织。", SC,
         [("沐川县舟坝镇科学技术协会", "511129", "沐川县科学技术协会")]),
        # …nor a word jieba takes for a noun (选举产生铜鼓镇科协 was a town 产生铜鼓): the town the text named before
        ("荣昌区铜鼓镇科协成立大会召开，选举产生铜鼓镇科协第一届委员会。", CQ,
         [("荣昌区铜鼓镇科学技术协会", "500153", "荣昌区科学技术协会")]),
        ("万州区长岭镇科协召开会员代表大会。区科协副主席向东要求镇科协当好桥梁纽带。", CQ,
         [("万州区长岭镇科学技术协会", "500101", "万州区科学技术协会"),
          ("万州区科学技术协会", "500101", "重庆市科学技术协会")]),
        ("在巫溪县尖山镇花台村的脆李园里，镇科协组织20多名村民学习脆李管护技术。", CQ,
         [("巫溪县尖山镇科学技术协会", "500238", "巫溪县科学技术协会")]),
        # after a verb, a bare 镇科协 is every town's unless the text named that town's 科协 before (it was 龙水镇's,
        # the venue's)
        ("大足区科协在龙水镇召开推进会，要求年底前实现镇科协全覆盖。", CQ,
         [("大足区科学技术协会", "500111", "重庆市科学技术协会")]),
        # a town may be named like a clause's word where it opens a clause (打通镇科协 was lost)
        ("綦江区科协召开镇街科协工作会，打通镇科协作交流发言。", CQ,
         [("綦江区科学技术协会", "500110", "重庆市科学技术协会"),
          ("綦江区打通镇科学技术协会", "500110", "綦江区科学技术协会")]),
        # a one-character boundary word may end a town's name (太和 of 射洪市太和街道)
        ("射洪市科协指导工作。太和街道科协开展活动", SC,
         [("射洪市科学技术协会", "510981", "遂宁市科学技术协会"),
          ("射洪市太和街道科学技术协会", "510981", "射洪市科学技术协会")]),
    ],
)
def test_a_town_named_alone_is_under_the_items_one_county(gaz, regions, text, hint, expected):
    """螺髻山镇科协, 观音桥街道科协 without their county were dropped; 江北区各街道科协 was a body."""
    codes = regions_in_text(text, regions, province_hint=hint)  # the item's regions, as enrichment passes them
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected


def test_a_town_named_alone_in_a_story_of_two_counties_is_the_home_countys(gaz, regions):
    """On a county 科协's own account, its towns' 科协 beside another county's were dropped."""
    text = "射洪市科协与潼南区科协召开联席会议，太和街道科协作了交流发言。"
    codes = regions_in_text(text, regions, province_hint=SC)
    found = find_organizations(text, gaz, regions, province_hint=SC, context_codes=codes, home_code="510981")
    assert ("射洪市太和街道科学技术协会", "510981") in [(m.key, m.region_code) for m in found]
    assert "射洪市太和街道科学技术协会" not in keys(text, gaz, regions, SC, codes)  # no home: either county's


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("本报讯 5月30日，江北区科协在观音桥步行街开展活动。", None, [("江北区科学技术协会", "500105")]),
        ("江北区科协开展活动", SC, [("江北区科学技术协会", "500105")]),
        ("宁波市江北区科协开展活动", None, [("江北区科学技术协会", "330205")]),
        ("市中区科协开展活动", None, []),  # 内江's or 乐山's: nothing tells
        ("朝阳区科协开展活动", None, []),  # 北京's or 长春's
    ],
)
def test_a_namesakes_kexie_nothing_tells_apart_is_the_one_of_chongqing_or_sichuan(gaz, regions, text, hint, expected):
    """江北区科协 on a page naming no province was no organization: 重庆's and 宁波's tied."""
    codes = regions_in_text(text, regions, province_hint=hint)  # the item's regions, as enrichment passes them
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "codes", "expected"),
    [
        ("四川科技馆举办主题展。成都市科技馆、长宁县科技馆同步举办分展。", SC, (),
         [("四川科技馆", "510000"), ("成都市科技馆", "510100"), ("长宁县科技馆", "511524")]),
        ("重庆科技馆举办全国科普日主场活动", CQ, (), [("重庆科技馆", "500000")]),
        ("4月2日，昭觉县科技工作者之家在县城挂牌成立。", SC, (), [("昭觉县科技工作者之家", "513431")]),
        # a museum is the same kind of venue (重庆自然博物馆 was no body beside 重庆科技馆)
        ("5月18日，重庆自然博物馆古生物展厅重新开放。重庆科技馆同日推出活动。", CQ, (),
         [("重庆自然博物馆", "500000"), ("重庆科技馆", "500000")]),
        ("自贡恐龙博物馆举办恐龙灯会科普展", SC, (), [("自贡恐龙博物馆", "510300")]),
        # named by its level, it is the one of the region the text is about, as 区科协 is
        ("荣昌区科普讲解大赛在区科技馆举行", CQ, ("500153",), [("荣昌区科技馆", "500153")]),
        # no region: a kind of venue, or a web site's name
        ("紧紧围绕现代科技馆体系建设", SC, (), []),
        ("走进博物馆，各地博物馆纷纷开放，数字博物馆建设加快", CQ, (), []),
        ("科技工作者之家 2020-03-25", SC, (), []),
    ],
)
def test_a_science_museum_and_a_home_of_scientists_are_bodies(gaz, regions, text, hint, codes, expected):
    """四川科技馆, 成都市科技馆 and 昭觉县科技工作者之家 were no organizations."""
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.region_code) for m in found] == expected
    assert {m.kind for m in found} <= {"qita"}


def test_context_form_follows_the_article_region(gaz, regions):
    """市科协 is 重庆市科协 in a 重庆 paper, 广元市科协 where the article is about 广元."""
    assert keys("市科协开展精准对接活动", gaz, regions, CQ) == ["重庆市科学技术协会"]
    assert keys("市科协开展精准对接活动", gaz, regions, CQ, ["510800"]) == ["广元市科学技术协会"]
    assert keys("市科协开展精准对接活动", gaz, regions, None) == []


@pytest.mark.parametrize("text", [
    "去年市科协牵头成立了服务团", "今年市科协将新建站点", "同年市科协启动评选",
    # a life story's narrative times (后来市科协, 当时市科协 were no body)
    "后来市科协请了专家来讲课", "当时市科协派出服务团", "随后市科协启动评选", "这时市科协伸出援手", "如今市科协年年开展活动",
])
def test_a_time_word_before_a_context_form_is_no_part_of_it(gaz, regions, text):
    """去年市科协, 后来市科协 were no body: a time word ends the text before the name."""
    assert keys(text, gaz, regions, CQ) == ["重庆市科学技术协会"]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the form names a level above the region the text is about: the unit of that level it lies in
        ("市科协党组书记一行到涪城区调研科普工作", None, ["绵阳市科学技术协会"]),
        ("市科协党组书记一行到涪城区调研科普工作", SC, ["绵阳市科学技术协会"]),
        ("市科协党组书记一行到涪城区调研科普工作", CQ, ["绵阳市科学技术协会"]),  # a 重庆 paper's story on 绵阳
        ("市科协组织专家到涪城区、游仙区开展服务", None, ["绵阳市科学技术协会"]),  # two districts, one city
        ("州科协到普格县开展科普下乡活动", SC, ["凉山彝族自治州科学技术协会"]),
        ("省科协调研组到涪城区调研", CQ, ["四川省科学技术协会"]),
        ("渝北区科普讲解大赛举行，市科协相关负责人出席", CQ, ["重庆市科学技术协会"]),
        ("渝北区科普讲解大赛举行，市科协相关负责人出席", SC, ["重庆市科学技术协会"]),  # 重庆 is a city
        ("省科协调研组到渝北区调研", SC, ["四川省科学技术协会"]),  # 重庆 is no 省: the page's province
        # a city the body travels to is not its own (赴成都考察 had made it 成都市科协)
        ("市科协组团赴成都考察。永川区科协组织科技工作者参加", None, ["重庆市科学技术协会", "永川区科学技术协会"]),
        ("市科协组团赴成都考察", CQ, ["重庆市科学技术协会"]),
        ("市科协组织专家赴什邡市开展服务", SC, []),
        # …nor is a venue in the other province (在成都签署 had made a 重庆 paper's 市科协 成都市科协)
        ("重庆市营养学会与四川省营养学会在成都签署合作协议。四川省科协、市科协有关负责人见证签约。", CQ,
         ["重庆市营养学会", "四川省营养学会", "四川省科学技术协会", "重庆市科学技术协会"]),
        ("在绵阳召开的科普工作会上，市科协负责人作了发言", SC, ["绵阳市科学技术协会"]),
        # a home of no city (a 四川 paper): the venue is the one 市 there is to mean (市科协 was lost)
        ("全市科协系统工作会在重庆召开，市科协党组书记作工作报告。", SC, ["重庆市科学技术协会"]),
        # two cities, or no unit of the form's level above the region: no body
        ("市科协组织专家到涪城区、旌阳区开展服务", None, []),
        ("区科协到绵阳市开展活动", SC, []),
        ("县科协到涪城区开展活动", SC, []),
        ("省科协调研组到渝北区调研", None, []),
    ],
)
def test_a_context_form_is_the_unit_of_its_level_the_region_lies_in(gaz, regions, text, hint, expected):
    """市科协 on a page that names only 涪城区 was no organization: it is 绵阳市科协."""
    assert keys(text, gaz, regions, hint, regions_in_text(text, regions, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        # the text names no unit of the form's level: the place the page's paper or site is named for
        ("市科协党组书记张伟走访慰问了一线科技工作者", "攀枝花日报", ["攀枝花市科学技术协会"]),
        ("州科协举办科普讲解大赛", "凉山日报", ["凉山彝族自治州科学技术协会"]),
        ("县科协联合市科协开展活动", "巫山发布", ["巫山县科学技术协会", "重庆市科学技术协会"]),
        ("县科协开展科普活动", "彭水新闻网", ["彭水苗族土家族自治县科学技术协会"]),
        ("省科协调研组到米易县调研", "攀枝花日报", ["四川省科学技术协会"]),
        ("市科协开展活动", "甘孜日报", []),  # no city above 甘孜州
        ("市科协开展活动", "科技工作者之家", []),
        # the text's own region first
        ("市科协党组书记一行到涪城区调研科普工作", "攀枝花日报", ["绵阳市科学技术协会"]),
        # …but not a city of the home's own lineage: 绵阳日报's 市科协 in 江油市, 都江堰融媒's beside 成都市科协
        ("市科协联合市农业农村局在江油市大康镇举行揭牌仪式", "绵阳日报", ["绵阳市科学技术协会", "绵阳市农业农村局"]),
        ("“科技小院”在江油市大康镇揭牌。市科协联合市农业农村局举行仪式", "绵阳日报",
         ["绵阳市科学技术协会", "绵阳市农业农村局"]),
        ("市科协在胥家镇举办培训。成都市科协相关负责人出席", "都江堰融媒",
         ["都江堰市科学技术协会", "成都市科学技术协会"]),
        # the home's own city named before the body owns it: 成都市's contest run by 市科协 is 成都's
        ("成都市第37届青少年科技创新大赛在成都七中开幕。大赛由市科协、市教育局联合主办", "都江堰融媒",
         ["成都市第七中学", "成都市科学技术协会", "成都市教育局"]),
        ("江油市科协联合市农业农村局举行揭牌仪式", "绵阳日报", ["江油市科学技术协会", "江油市农业农村局"]),
    ],
)
def test_a_context_form_the_text_leaves_open_is_the_unit_the_paper_is_named_for(gaz, regions, text, site, expected):
    """市科协 on a 攀枝花日报 page was no organization: it is 攀枝花市科协."""
    province = infer_province(text, site)
    found = find_organizations(
        text, gaz, regions, province_hint=province, context_codes=regions_in_text(text, regions, province_hint=province),
        home_code=regions.unit_named_first(site, province_hint=province),
    )
    assert [m.key for m in found] == expected


def test_kexie_hierarchy_and_names(gaz, regions):
    found = {m.key: m for m in find_organizations(
        "德阳市科协、青白江区科协、永川区科协、凉山州科协、四川省科协", gaz, regions, province_hint=SC,
        context_codes=())}
    assert found["德阳市科学技术协会"].parent_key == "四川省科学技术协会"
    assert found["德阳市科学技术协会"].short_name == "德阳市科协"
    assert found["德阳市科学技术协会"].region_code == "510600"
    assert found["青白江区科学技术协会"].parent_key == "成都市科学技术协会"
    assert found["永川区科学技术协会"].parent_key == "重庆市科学技术协会"
    assert found["凉山彝族自治州科学技术协会"].short_name == "凉山州科协"
    assert found["四川省科学技术协会"].parent_key == "中国科学技术协会"
    assert found["四川省科学技术协会"].known and not found["德阳市科学技术协会"].known
    assert {m.kind for m in found.values()} == {"kexie"}


def test_short_forms_defined_in_text_and_across_pages(gaz, regions):
    text = seed_slice("001", "重庆小雨点荣获", "高校专家服务队")
    found = {m.key: m for m in find_organizations(text, gaz, regions, province_hint=CQ)}
    xyd = found["重庆小雨点小额贷款有限公司"]
    assert (xyd.short_name, xyd.kind, xyd.known) == ("重庆小雨点", "qiye", False)
    assert found["国际金融公司"].known and found["世界银行集团"].known
    # Once the importer has stored it, a later page's 重庆小雨点 is the same body.
    known = OrganizationGazetteer([*gaz.entries.values(), OrgEntry(xyd.key, (xyd.short_name,), "qiye", CQ)])
    earlier = seed_slice("000", "重庆小雨点作为", "印象深刻")
    assert keys(earlier, known, regions, CQ) == ["重庆小雨点小额贷款有限公司"]


def test_a_short_form_the_text_defines_is_that_body_wherever_it_comes_again(gaz, regions):
    """重庆研究院, defined by （以下简称“重庆研究院”）, was a second body of its own."""
    text = (
        "中国科学院重庆绿色智能技术研究院（以下简称“重庆研究院”）与綦江区签署协议。"
        "重庆研究院将为企业提供技术支持。多家企业与重庆研究院开展了合作。"
    )
    [found] = find_organizations(text, gaz, regions, province_hint=CQ)
    assert (found.key, found.short_name) == ("中国科学院重庆绿色智能技术研究院", "重庆研究院")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's trade name in brackets after its full name is its short name (it had none)
        ("近日，重庆长城汽车有限公司（长城汽车）获批市级院士专家工作站。", [("重庆长城汽车有限公司", "长城汽车")]),
        ("涪陵榨菜集团股份有限公司（涪陵榨菜）建成工作站。", [("涪陵榨菜集团股份有限公司", "涪陵榨菜")]),
        # a trade name of two characters too (it was none: a bracket of two was no name)
        ("受让方为重庆太极实业股份有限公司（太极）。", [("重庆太极实业股份有限公司", "太极")]),
        ("重庆太极实业股份有限公司（民营）建成工作站。", [("重庆太极实业股份有限公司", "")]),
        # a place, the group or words not of its name in brackets are no trade name
        ("华润微电子有限公司（重庆）发布新品。", [("华润微电子有限公司", "")]),
        ("重庆长城汽车有限公司（原长城汽车厂）获批工作站。", [("重庆长城汽车有限公司", "")]),
        ("重庆长城汽车有限公司（永川基地）获批工作站。", [("重庆长城汽车有限公司", "")]),
    ],
)
def test_a_companys_trade_name_in_brackets_is_its_short_name(gaz, regions, text, expected):
    found = find_organizations(text, gaz, regions, province_hint=CQ)
    assert [(m.key, m.short_name) for m in found] == expected


def test_a_universitys_hospital_needs_no_region_and_keeps_the_name_it_goes_by(gaz, regions):
    """陆军军医大学第一附属医院（西南医院） was found as 陆军军医大学: a hospital needed a region in its name."""
    text = "陆军军医大学第一附属医院（西南医院）的专家走进社区。"
    [found] = find_organizations(text, gaz, regions, province_hint=CQ)
    assert (found.key, found.kind, found.short_name) == ("陆军军医大学第一附属医院", "yiyuan", "西南医院")
    assert keys("市民医院开展义诊", gaz, regions, CQ) == []  # a hospital without region or university still needs one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English name in brackets is no short name (it was International College), nor another body's acronym
        ("6月28日，西南大学国际学院（International College, SWU）负责人为学员颁发证书。",
         [("西南大学国际学院", "")]),
        ("西南大学国际学院（International College）负责人出席。", [("西南大学国际学院", "")]),
        # an acronym of the English name beside it, or one alone, is the body's short name
        ("他与新加坡国立大学（National University of Singapore, NUS）签署协议。", [("新加坡国立大学", "NUS")]),
        ("重庆亚特蓝电器有限责任公司（ATL）负责人出席。", [("重庆亚特蓝电器有限责任公司", "ATL")]),
        # one that takes more than a word's initial (CQUPT: 重庆邮电大学 had none)
        ("重庆邮电大学（Chongqing University of Posts and Telecommunications，CQUPT）与学院签署协议。",
         [("重庆邮电大学", "CQUPT")]),
    ],
)
def test_an_english_name_in_brackets_is_no_short_name(gaz, regions, text, expected):
    """西南大学国际学院（International College, SWU） got the short name International College."""
    found = find_organizations(text, gaz, regions, province_hint=CQ)
    assert [(m.key, m.short_name) for m in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a society named 中国… is national: 中国 is its region (中国汽车工业协会 was no body)
        ("中国汽车工业协会20日发布数据显示，一季度我国新能源汽车出口增长。", ["中国汽车工业协会"]),
        ("他是中国美术家协会理事。", ["中国美术家协会"]),
        # …by a discipline of one character too, and named 中华… (none was a body)
        ("论坛由中国药学会主办，中国农学会、中华医学会、中华中医药学会协办。",
         ["中国药学会", "中国农学会", "中华医学会", "中华中医药学会"]),
        # …but no discipline, no society
        ("中国学会与中华学会有何不同", []),
        # the State Council's ministries and bureaus, a closed list (农业农村部, 国家统计局 were no bodies)
        ("农业农村部、国家统计局和中国科学院有关负责人出席。", ["农业农村部", "国家统计局", "中国科学院"]),
        ("记者从国家科技部获悉", ["科学技术部"]),
        # 水利部's river-basin commissions, by their bare name as an interviewee's employer (none was a body)
        ("记者采访了中国工程院院士、长江水利委员会专家王浩。", ["水利部长江水利委员会"]),
        ("水利部长江水利委员会专家到万州调研。长江委专家表示", ["水利部长江水利委员会"]),
        # …not 委员 ("member") after a short form's 委
        ("长江委员会议召开", []),
        # …not another country's, a field's departments or a minister's post
        ("据尼加拉瓜国防部宣布，", []),
        ("以色列国防部长莫迪凯表示", []),
        ("县农业农村部门和教育部门联合开展培训", []),
    ],
)
def test_national_bodies_need_no_region(gaz, regions, text, expected):
    assert keys(text, gaz, regions, None) == expected


def test_abbreviation_of_a_named_association(regions):
    text = "重庆老卫生科技工作者协会注重发挥专业优势。市老卫协常务理事蒋贵东"
    [m] = find_organizations(text, OrganizationGazetteer([]), regions, province_hint=CQ)
    assert (m.key, m.short_name, m.kind, m.region_code) == ("重庆老卫生科技工作者协会", "老卫协", "xiehui", CQ)


@pytest.mark.parametrize(
    "name, key, short",
    [
        ("凉山州科学技术协会", "凉山彝族自治州科学技术协会", "凉山州科协"),
        ("攀枝花市科学技术协会", "攀枝花市科学技术协会", "攀枝花市科协"),
        ("重庆市科协", "重庆市科学技术协会", "重庆市科协"),
        ("某某研究中心", "某某研究中心", ""),
    ],
)
def test_mention_for_name(gaz, regions, name, key, short):
    m = mention_for_name(name, gaz, regions, province_hint=SC, context_codes=())
    assert (m.key, m.short_name) == (key, short)


EXPECTED_SEEDS = [
    ("000", "重庆市科技类社会组织", "4月2日", CQ,
     {"重庆老卫生科技工作者协会", "重庆土壤学会", "重庆市花卉盆景协会", "重庆市园林行业协会", "重庆市红十字会"}),
    ("001", "荣昌区:人大代表", "10月27日", CQ, {"荣昌区人大常委会"}),
    ("001", "高校专家服务队", "专家团队通过", CQ,
     {"重庆市科学技术协会", "重庆市教委", "重庆大学", "成都信息工程大学", "重庆交通大学", "重庆科技学院"}),
    ("002", "德阳市科协推广", "(李华)", SC, {"德阳市科学技术协会"}),
    ("002", "广元市科协积极", "(广元市科协)", SC, {"广元市科学技术协会", "广元市农村专业技术协会联合会"}),
    ("004", "川渝科协共建共享", "(渝科)", SC,
     {"四川省科学技术协会", "重庆市科学技术协会", "四川农业大学", "资阳市科学技术协会"}),
    ("004", "绵阳市科协调研", "(谢勇)", SC, {"绵阳市科学技术协会", "绵阳市发明协会"}),
]


@pytest.mark.parametrize("prefix, start, end, hint, expected", EXPECTED_SEEDS)
def test_seed_articles(gaz, regions, prefix, start, end, hint, expected):
    found = set(keys(seed_slice(prefix, start, end), gaz, regions, hint))
    assert expected <= found, expected - found
    assert not {k for k in found if len(k) > 20 or k.startswith(("为", "使", "全", "该"))}


def test_two_counties_of_one_province_named_alike_are_two_bodies(gaz, regions):
    """内江's and 乐山's 市中区: the 科协 of each takes its city's name, so they are never one record."""
    # the item's regions, as enrichment passes them (the text's 内江市市中区 resolves to 511002)
    neijiang = find_organizations(
        "内江市市中区科协组织专家走进学校。", gaz, regions, province_hint=SC, context_codes=("511002",)
    )
    leshan = find_organizations(
        "乐山市市中区科协开展科普活动。", gaz, regions, province_hint=SC, context_codes=("511102",)
    )
    assert [(m.key, m.region_code, m.parent_key) for m in neijiang] == [
        ("内江市市中区科学技术协会", "511002", "内江市科学技术协会")
    ]
    assert [(m.key, m.region_code) for m in leshan] == [("乐山市市中区科学技术协会", "511102")]
    # a name no other unit of the province bears keeps its own: 江北区 is also 宁波's, in another province
    assert keys("江北区科协助力复工复产", gaz, regions, CQ) == ["江北区科学技术协会"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both in one item: the city written before each tells them apart (both were dropped)
        ("内江市市中区科协、乐山市市中区科协分别在城西街道、张公桥街道开展科普活动。",
         [("内江市市中区科学技术协会", "511002"), ("乐山市市中区科学技术协会", "511102")]),
        # a body named by its suffix is the district's, not its city's (they were 511000 and 市中区农业农村局)
        ("内江市市中区人民医院、乐山市市中区农业农村局派员参加",
         [("内江市市中区人民医院", "511002"), ("乐山市市中区农业农村局", "511102")]),
    ],
)
def test_namesakes_in_one_item_are_told_apart_by_the_city_written_before_them(gaz, regions, text, expected):
    codes = regions_in_text(text, regions, province_hint=SC)  # the item's regions, as enrichment passes them
    found = find_organizations(text, gaz, regions, province_hint=SC, context_codes=codes)
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "codes", "expected"),
    [
        ("重庆市老科协组织专家开展科普讲座。", CQ, (), [("重庆市老科学技术工作者协会", "重庆市老科协")]),
        # the context form names the city the article is about, as 市科协 does
        ("攀枝花市东区科协联合市老科协开展活动。", SC, ("510402",),
         [("东区科学技术协会", "东区科协"), ("攀枝花市老科学技术工作者协会", "攀枝花市老科协")]),
        # the full name is the key the short forms above resolve to: one record
        ("攀枝花市老科学技术工作者协会开展活动。", SC, ("510400",), [("攀枝花市老科学技术工作者协会", "")]),
    ],
)
def test_an_old_scientists_association_is_one_record_by_either_name(gaz, regions, text, hint, codes, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.short_name) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "codes", "expected"),
    [
        # a society named by its level and discipline is that of the region the text is about, as 市科协 is
        ("6月8日，宜宾市科协联合市农学会在屏山县开展活动。", SC, (),
         ["宜宾市科学技术协会", "宜宾市农学会"]),
        ("渝北区科普讲解大赛举行。区青少年科技教育协会、区医学会等单位协办。", CQ, (),
         ["渝北区青少年科技教育协会", "渝北区医学会"]),
        ("绵阳市科协召开学会工作推进会。会上，市机械工程学会、市医学会作了交流发言。", SC, (),
         ["绵阳市科学技术协会", "绵阳市机械工程学会", "绵阳市医学会"]),
        ("省反邪教协会邀请专家开展宣讲。", SC, (), ["四川省反邪教协会"]),
        # 该县 is the county just named; the old scientists' association under its other name is one record
        ("屏山县科协负责人表示，该县农技协将加强合作。", SC, (), ["屏山县科学技术协会", "屏山县农村专业技术协会"]),
        ("此次活动由省老科技工作者协会主办。", SC, (), ["四川省老科学技术工作者协会"]),
        # a level character that opens a word, or no discipline: no body of the region
        ("渝北区举办市场营销协会年会，区块链协会也参加。", CQ, (), []),
        ("屏山县召开县域经济研究会年会", SC, (), []),
        # 市中医药学会 is 市 + 中医药学会, not 内江's 市中区 short of its 区; a 川渝 story that names 荣昌区 names
        # 重庆市 too, so 内江市 named later is not the only city it may mean: the paper's own
        ("由市中医药学会主办的川渝论坛在荣昌区举行。荣昌区科协、内江市科协有关负责人出席。", CQ, ("500153", "511000"),
         ["重庆市中医药学会", "荣昌区科学技术协会", "内江市科学技术协会"]),
        # …where the item names one city only, that one (it was a 医药学会 of 内江's 市中区)
        ("市中医药学会联合开展义诊。内江市科协有关负责人出席。", SC, ("511000",),
         ["内江市中医药学会", "内江市科学技术协会"]),
        # 省 in a 重庆 paper's 川渝 story: 重庆 is no 省, the pair's other is 四川 (省中医药学会 was dropped)
        ("由市中医药学会、省中医药学会联合主办的川渝论坛在荣昌区举行。", CQ, ("500153",),
         ["重庆市中医药学会", "四川省中医药学会"]),
        # …with no pair named, no 省 the text proves: none guessed
        ("由市中医药学会、省中医药学会联合主办的论坛在荣昌区举行。", CQ, ("500153",), ["重庆市中医药学会"]),
        ("绵阳市召开市级学会工作会", SC, (), []),
    ],
)
def test_a_society_named_by_its_level_is_the_one_of_the_region_in_context(gaz, regions, text, hint, codes, expected):
    """市农学会, 区医学会, 省反邪教协会 were no organizations at all."""
    assert keys(text, gaz, regions, hint, codes) == expected


@pytest.mark.parametrize(
    ("text", "hint", "wanted", "unwanted"),
    [
        ("四川省气象学会理事会在成都召开。省科协学会部有关负责人到会指导。", SC, "四川省科学技术协会", "四川省科协学会"),
        ("市科协学会处负责人出席。", CQ, "重庆市科学技术协会", "重庆市科协学会"),
        ("作者：重庆市科协调研宣传部  四川省科协学会学术部", SC, "四川省科学技术协会", "四川省科协学会"),
    ],
)
def test_a_kexies_department_for_societies_is_no_society(text, hint, wanted, unwanted, gaz, regions):
    """省科协学会部: the 科协's department (it was a society, 四川省科协学会)."""
    found = keys(text, gaz, regions, hint)
    assert wanted in found and unwanted not in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("万州区科协引进西南大学柑桔研究所专家团队。", "西南大学柑桔研究所"),
        ("万州区科协对接中国农业科学院柑桔研究所专家。", "中国农业科学院柑桔研究所"),
        ("万州区科协联手西南大学柑桔研究所开展培训。", "西南大学柑桔研究所"),
        ("万州区科协聘请西南大学柑桔研究所专家授课。", "西南大学柑桔研究所"),
    ],
)
def test_a_verb_that_brings_in_a_body_is_not_part_of_its_name(text, wanted, gaz, regions):
    """引进西南大学柑桔研究所: the body is 西南大学柑桔研究所 (it was 引进西南大学柑桔研究所)."""
    assert wanted in keys(text, gaz, regions, CQ)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("1978年，谢德体考入西南农学院土壤农业化学专业。", "西南农学院"),
        ("他2001年毕业西南大学后回乡创业。", "西南大学"),
        ("2010年调入重庆市农业科学院工作。", "重庆市农业科学院"),
    ],
)
def test_a_life_step_before_a_bodys_name_is_not_part_of_it(text, wanted, gaz, regions):
    """谢德体考入西南农学院: the body is 西南农学院 (it was 谢德体考入西南农学院)."""
    assert keys(text, gaz, regions, CQ) == [wanted]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # one society written with and without its city: one key, as printed from its district on
        ("重庆市荣昌区畜牧兽医学会举办培训班。荣昌区畜牧兽医学会专家现场指导。", CQ, ["荣昌区畜牧兽医学会"]),
        # 老科技工作者协会 in its full form, and the context form 市老科协 the same body
        ("绵阳市老科技工作者协会一行到访。市老科协会长张明表示。", SC, ["绵阳市老科学技术工作者协会"]),
        # a district another city of the province also has keeps its city; names stay as printed
        ("内江市市中区医学会召开年会。", SC, ["内江市市中区医学会"]),
        ("重庆土壤学会召开年会。", CQ, ["重庆土壤学会"]),
        # a region written by its short, official or bare name, or by its level alone: one key, the first printed
        ("凉山州营养学会在越西县开展宣传。州营养学会专家讲解膳食知识。", SC, ["凉山州营养学会"]),
        ("重庆市营养学会在渝中区开展宣传。重庆营养学会今年将开展活动50场。", CQ, ["重庆市营养学会"]),
        ("彭水县科协联合彭水县农业农村委开展培训。县农业农村委负责人表示。", CQ,
         ["彭水苗族土家族自治县科学技术协会", "彭水县农业农村委"]),
        # a discipline abbreviated one character a word, after the full name (市植保学会, 省农机学会 were others)
        ("德阳市植物保护学会、德阳市土壤肥料学会开展服务。市植保学会专家识别病虫害，市土肥学会发放建议卡。", SC,
         ["德阳市植物保护学会", "德阳市土壤肥料学会"]),
        ("四川省农业机械学会发布标准。省农机学会秘书长王强介绍。", SC, ["四川省农业机械学会"]),
        # or one that drops a generic closing word (市机械学会 was a new body beside 重庆市机械工程学会)
        ("重庆市机械工程学会2024年学术年会召开。市机械学会理事长王时龙致辞。", CQ, ["重庆市机械工程学会"]),
        ("四川省土木工程学会发布标准。省土木学会秘书长王强介绍。", SC, ["四川省土木工程学会"]),
        ("重庆市机械工程学会（以下简称市机械学会）与市科协联合举办", CQ, ["重庆市机械工程学会", "重庆市科学技术协会"]),
        # but not one named beside the full name, a list of two bodies (市农业学会 was 重庆市农业工程学会)
        ("由重庆市农业工程学会、市农业学会联合主办的论坛在璧山区举行", CQ, ["重庆市农业工程学会", "重庆市农业学会"]),
        ("重庆市水利工程学会与市水利学会联合举办", CQ, ["重庆市水利工程学会", "重庆市水利学会"]),
        # nor one named before the full name: a short form follows the name it shortens
        ("市农业学会组织专家下乡。重庆市农业工程学会举办培训。", CQ, ["重庆市农业学会", "重庆市农业工程学会"]),
        # but not a word of its own that the full name closes with something else (市机械学会 of 机械制造学会)
        ("重庆市机械制造学会与市机械学会联合举办", CQ, ["重庆市机械制造学会", "重庆市机械学会"]),
        # not a discipline's first word alone, nor one only a character shorter: other societies
        ("德阳市植物保护学会与市植物学会开展服务", SC, ["德阳市植物保护学会", "德阳市植物学会"]),
        ("重庆市中医药学会与市中医学会联合义诊", CQ, ["重庆市中医药学会", "重庆市中医学会"]),
        # nor one whose characters close the full one's words (四川省地理学会 was 四川省地球物理学会's short name)
        ("四川省地球物理学会学术年会在成都召开，四川省地理学会相关负责人应邀出席。", SC,
         ["四川省地球物理学会", "四川省地理学会"]),
        ("四川省生物物理学会与四川省生理学会联合举办", SC, ["四川省生物物理学会", "四川省生理学会"]),
    ],
)
def test_a_society_written_two_ways_is_one_record(text, hint, expected, gaz, regions):
    """重庆市荣昌区畜牧兽医学会 and 荣昌区畜牧兽医学会 were two records, and so were 老科技 and 老科协."""
    assert keys(text, gaz, regions, hint) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a known 科协 (the seed list's, or one an editor added) counts as one the text names
        ("重庆市科协科普大篷车从潼南区出发，前往南充市巡展。市科协科普部负责人介绍。", CQ, ["重庆市科学技术协会"]),
        # a 科协 found by its name is keyed by its full name: it counts too
        ("雅安市科协举办讲座，邀请德阳日报记者讲解。市科协全体干部参加。", SC, ["雅安市科学技术协会", "德阳日报"]),
    ],
)
def test_a_context_form_is_the_body_of_its_kind_named_before_it(text, hint, expected, gaz, regions):
    """市科协 after 重庆市科协 … 南充市 was 南充市科协: the 科协 named before it did not count."""
    assert keys(text, gaz, regions, hint, regions_in_text(text, regions, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the short forms these papers use are the seed list's (they were keywords only)
        ("巫山县科协与西大合作共建科技小院，重医、川大华西医院的专家定期义诊。", CQ,
         ["巫山县科学技术协会", "西南大学", "重庆医科大学", "四川大学"]),
        ("来自川大、电子科大的青年学者参加。", SC, ["四川大学", "电子科技大学"]),
        ("攀钢集团有限公司副总经理出席。他指出，攀钢要用好企业科协平台。", SC, ["攀钢集团有限公司"]),
        # a two-character short form inside a word, or opening a branch's name, names no body
        ("渝东西大通道建成通车", CQ, []),
        ("青羊区西大街社区开展活动", SC, []),  # a street (it was 西南大学)
        ("重医德 强医术", CQ, []),  # a slogan's virtue (it was 重庆医科大学)
        ("要改变“重医疗、轻预防”的观念。西大学城片区居民参加。", CQ, []),  # (重庆医科大学 and 西南大学)
        ("西南交大学子走进科技馆", SC, ["西南交通大学"]),  # the short form and 学子 (西南交大学 was a university)
        ("川大学生志愿者", SC, ["四川大学"]),
        ("四川大力发展科普事业", SC, []),
        # 重大 is 重庆大学 in its 科协's name, and a word ("major") on its own (重大科协 was no body)
        ("重大科协第三次代表大会在虎溪校区召开。", CQ, ["重庆大学科学技术协会"]),
        ("。重大项目取得重大突破", CQ, []),
        # and "major" before 科协 too, unless it opens a clause or a list's item or the text names 重庆大学 (研究部署重大
        # 科协改革事项 named 重庆大学's 科协)
        ("市科协党组召开会议，研究部署重大科协改革事项，推动重大科协平台建设。", CQ, ["重庆市科学技术协会"]),
        ("市科协与重大科协签署协议", CQ, ["重庆市科学技术协会", "重庆大学科学技术协会"]),
        ("江津区老卫协,重医二院分会积极响应", CQ, ["重庆老卫生科技工作者协会"]),
        # the university's hospitals by the short forms papers use, and a short form opening the name of a body
        # attached to the university (each was 重庆医科大学 or 西南大学)
        ("重医附一院、重医附二院专家到万州区人民医院坐诊", CQ,
         ["重庆医科大学附属第一医院", "重庆医科大学附属第二医院", "万州区人民医院"]),
        ("重庆医科大学附属第一医院神经内科团队与重医儿童医院合作", CQ,
         ["重庆医科大学附属第一医院", "重庆医科大学附属儿童医院"]),
        ("重医附属永川医院专家义诊，西大附中学生参加。", CQ, []),
        ("沙坪坝区老卫协,重医儿童医院分会积极响应", CQ, ["重庆老卫生科技工作者协会"]),  # a branch there, as 重医二院分会
        # a 分会场 is a venue the body hosts, no branch (西南大学, 重庆医科大学 were lost)
        ("活动主会场设在重庆大学，西南大学分会场同步举行。", CQ, ["重庆大学", "西南大学"]),
        ("重庆医科大学分会场、重庆市人民医院分会场同步开讲", CQ, ["重庆医科大学", "重庆市人民医院"]),
    ],
)
def test_a_short_form_of_a_known_body_in_running_text(text, hint, expected, gaz, regions):
    """西大, 重医, 川大 were keywords, not 西南大学, 重庆医科大学, 四川大学."""
    assert keys(text, gaz, regions, hint) == expected


def test_a_body_named_by_its_region_is_found_by_the_regions_other_names(gaz, regions):
    """重庆市土壤学会 is the known 重庆土壤学会, and a new record carries its other names for later pages to find it."""
    [mention] = find_organizations("重庆土壤学会召开年会。", gaz, regions, province_hint=CQ)
    assert mention.aliases == ("重庆市土壤学会",)
    [mention] = find_organizations("州营养学会专家到越西县。", gaz, regions, province_hint=SC, context_codes=("513434",))
    assert (mention.key, mention.aliases) == ("凉山彝族自治州营养学会", ("凉山州营养学会",))
    known = OrganizationGazetteer([*gaz.entries.values(), OrgEntry("重庆土壤学会", ("重庆土壤学会",), "xuehui", CQ)])
    [mention] = find_organizations("重庆市土壤学会召开年会。", known, regions, province_hint=CQ)
    assert (mention.key, mention.known) == ("重庆土壤学会", True)


@pytest.mark.parametrize(
    ("text", "hint", "codes", "expected"),
    [
        # a county's 农技协 by its full name (it was a plain 协会)
        ("米易县枇杷专业技术协会现有会员356户", SC, (), [("米易县枇杷专业技术协会", "nongjixie", "510421")]),
        # the bureaus of the pastoral counties and a county's health bureau (they were no bodies)
        ("丹巴县科协联合县卫健局、县农牧农村局开展科普", SC, ("513323",),
         [("丹巴县科学技术协会", "kexie", "513323"), ("丹巴县卫健局", "zhengfu", "513323"),
          ("丹巴县农牧农村局", "zhengfu", "513323")]),
        ("甘孜州农牧农村局、泸定县卫生健康局专家参加", SC, (),
         [("甘孜州农牧农村局", "zhengfu", "513300"), ("泸定县卫生健康局", "zhengfu", "513322")]),
        # farmers' cooperatives by their full name (they were no bodies); no region, no name
        ("开江县科协走进讲治镇，开江县讲治镇稻鱼鸭专业合作社现有社员420户", SC, (),
         [("开江县科学技术协会", "kexie", "511723"), ("开江县讲治镇稻鱼鸭专业合作社", "qita", "511723")]),
        ("镇科协联合巫溪县脆李专业合作社开展培训", CQ, (), [("巫溪县脆李专业合作社", "qita", "500238")]),
        ("各农技协要主动对接专业合作社", SC, (), []),
        # a cooperative's legal kind, rating or level, or a clause, names none (each was a cooperative)
        ("巫溪县农民专业合作社、开州区示范专业合作社和江津区村级股份经济合作社", CQ, (), []),
        ("奉节县脐橙种植大户领办专业合作社", CQ, (), []),
        # a town's station by its place (it was no body), not a count of stations
        ("6月16日，荣昌区清江镇科普惠农服务站组织农技人员走进竹林村", CQ, (),
         [("荣昌区清江镇科普惠农服务站", "qita", "500153")]),
        ("荣昌区建成科普惠农服务站20个", CQ, (), []),
        # a town's 农技协 by its town alone: the county the text named the town after, else the item's (no body)
        ("2015年，他牵头成立先锋镇花椒专业技术协会，吸收会员300多户。", CQ, ("500116",),
         [("先锋镇花椒专业技术协会", "nongjixie", "500116")]),
        ("开州区长沙镇科普惠农服务站依托长沙镇春橙专业技术协会建设", CQ, ("500151", "500154"),
         [("开州区长沙镇科普惠农服务站", "qita", "500154"), ("长沙镇春橙专业技术协会", "nongjixie", "500154")]),
        ("开州区科协服务先锋镇花椒专业技术协会", CQ, ("500154",), [("开州区科学技术协会", "kexie", "500154")]),
        # …the county travelled to right before the town, not the visitors' (it was 荣昌区's)
        ("荣昌区科协组织种植大户赴江津区学习，走进先锋镇花椒专业技术协会示范基地。", CQ, ("500153", "500116"),
         [("荣昌区科学技术协会", "kexie", "500153"), ("先锋镇花椒专业技术协会", "nongjixie", "500116")]),
        # …with guests from other counties, the county of the sentence that first names the town (it was no body)
        ("江津区科协组织专家到先锋镇开展培训。永川区科协、綦江区科协负责人到场观摩。专家们走进先锋镇花椒专业技术协会。",
         CQ, ("500116", "500118", "500110"),
         [("江津区科学技术协会", "kexie", "500116"), ("永川区科学技术协会", "kexie", "500118"),
          ("綦江区科学技术协会", "kexie", "500110"), ("先锋镇花椒专业技术协会", "nongjixie", "500116")]),
    ],
)
def test_a_county_farmers_association_and_its_bureaus_are_found_by_their_names_ending(
    gaz, regions, text, hint, codes, expected
):
    """米易县枇杷专业技术协会 was a 协会, not a 农技协; 县卫健局, 甘孜州农牧农村局, 专业合作社, 科普惠农服务站 and a town's
    专业技术协会 were no organizations."""
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.kind, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # 农技协 is 农村专业技术协会, in a union too: one record under the full name (each was two, the union's full
        # name a plain 协会)
        ("潼南区农技协在柏梓镇举办培训。潼南区农村专业技术协会副理事长授课。", CQ,
         [("潼南区农村专业技术协会", "潼南区农技协", "nongjixie")]),
        ("荣昌区农村专业技术协会联合会召开会员代表大会，荣昌区农技协联合会理事长讲话。", CQ,
         [("荣昌区农村专业技术协会联合会", "荣昌区农技协联合会", "nongjixie")]),
        ("重庆市潼南区农村专业技术协会召开会议", CQ, [("潼南区农村专业技术协会", "", "nongjixie")]),
        ("四川省农技协召开会议", SC, [("四川省农村专业技术协会", "四川省农技协", "nongjixie")]),
        ("荣昌区科协指导区农技协开展培训。", CQ,
         [("荣昌区科学技术协会", "荣昌区科协", "kexie"), ("荣昌区农村专业技术协会", "荣昌区农技协", "nongjixie")]),
    ],
)
def test_a_farmers_association_short_and_full_is_one_record(gaz, regions, text, hint, expected):
    """潼南区农技协 and 潼南区农村专业技术协会 were two organizations."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.short_name, m.kind) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "codes", "expected"),
    [
        # a city's and a county's bureaus (they were no bodies)
        ("市乡村振兴局、市人民医院在涪城区开展培训", SC, ("510703",),
         [("绵阳市乡村振兴局", "zhengfu", "510700"), ("绵阳市人民医院", "yiyuan", "510700")]),
        ("红原县农牧农村和科技局派员参加", SC, (), [("红原县农牧农村和科技局", "zhengfu", "513233")]),
        # the statistics bureau co-publishing a survey beside the 教委 (市统计局 was no body, 统计局 a keyword)
        ("11月18日，市科协、市教委、市统计局联合发布公民科学素质调查结果。", CQ, (),
         [("重庆市科学技术协会", "kexie", "500000"), ("重庆市教委", "zhengfu", "500000"),
          ("重庆市统计局", "zhengfu", "500000")]),
        ("荣昌区统计局发布公报", CQ, (), [("荣昌区统计局", "zhengfu", "500153")]),
        # …no region named or implied: no body (国家统计局 is the national one, in the gazetteer)
        ("据统计局最新数据显示", CQ, (), []),
        # a hospital or institute named by its level is the region's, as 州科协 is (they had no region)
        ("金川县科协邀请州农业科学技术研究所专家授课", SC, ("513226",),
         [("金川县科学技术协会", "kexie", "513226"), ("阿坝藏族羌族自治州农业科学技术研究所", "keyan", "513200")]),
        ("邀请州农业科学研究院西昌农业科学研究所专家授课", SC, ("513429",),
         [("凉山彝族自治州农业科学研究院西昌农业科学研究所", "keyan", "513400")]),
        ("凉山州第一人民医院专家与州第一人民医院护士", SC, (), [("凉山州第一人民医院", "yiyuan", "513400")]),
        # short forms of a region's academy and society (they were no bodies)
        ("市科普作协理事长作报告。市农科院专家授课", CQ, (),
         [("重庆市科普作家协会", "xiehui", "500000"), ("重庆市农业科学院", "keyan", "500000")]),
        ("省农科院专家与四川省农业科学院", SC, (), [("四川省农业科学院", "keyan", "510000")]),
        # 农科院 after the region's 农业科学研究院 named in full is that body's short form (it was a second body)
        ("凉山州科协组织州农业科学研究院专家赴昭觉县开展帮扶。州农科院研究员说。", SC, (),
         [("凉山彝族自治州科学技术协会", "kexie", "513400"), ("凉山彝族自治州农业科学研究院", "keyan", "513400")]),
        # …not a 农业科学院 printed in full beside it
        ("凉山州农业科学研究院、州农业科学院", SC, (),
         [("凉山州农业科学研究院", "keyan", "513400"), ("凉山彝族自治州农业科学院", "keyan", "513400")]),
        # a hospital by its level where the text names two units of that level is either's: none is guessed
        # (it was the unit named last)
        ("丰都县科协和石柱县科协联合开展科普活动，县人民医院医生现场讲解。", CQ, ("500230", "500240"),
         [("丰都县科学技术协会", "kexie", "500230"), ("石柱土家族自治县科学技术协会", "kexie", "500240")]),
        ("重庆市科协联合达州市科协、遂宁市科协在渝北区开展义诊活动。市人民医院的专家参加。", CQ, ("500112",),
         [("重庆市科学技术协会", "kexie", "500000"), ("达州市科学技术协会", "kexie", "511700"),
          ("遂宁市科学技术协会", "kexie", "510900")]),
        ("渝北区科协联合市人民医院开展义诊", CQ, ("500112",),
         [("渝北区科学技术协会", "kexie", "500112"), ("重庆市人民医院", "yiyuan", "500000")]),
        # a level character of another word: no body
        ("城市中医院、全市中医院建设", CQ, (), []),
    ],
)
def test_a_citys_bureaus_hospitals_and_institutes_named_by_their_level(gaz, regions, text, hint, codes, expected):
    """市人民医院, 县农牧农村和科技局, 市农科院 were no organizations, 州农业科学技术研究所 had no region."""
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.kind, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a science park's committee (they were no bodies); a listed zone's in its region, by its main name
        ("电子科技大学与中国（绵阳）科技城管委会签署协议。天府国际生物城管委会也参加", SC,
         [("电子科技大学", "510000"), ("中国（绵阳）科技城管委会", "510700"), ("天府国际生物城管委会", None)]),
        ("西部（重庆）科学城管委会与两江新区管委会", CQ, [("重庆高新区管委会", "500000"), ("两江新区管委会", "500000")]),
        ("绵阳科技城管委会", SC, [("绵阳科技城管委会", "510700")]),
        ("科学城管委会、物业管理委员会", CQ, []),  # no zone's name
    ],
)
def test_a_zones_committee_is_named_by_its_zone(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a province's departments (厅), by the full name and the short one (they were no bodies)
        ("四川省科学技术厅、四川省人力资源和社会保障厅联合公布名单。省科技厅相关负责人介绍", SC,
         [("四川省科学技术厅", "zhengfu", "510000"), ("四川省人力资源和社会保障厅", "zhengfu", "510000")]),
        ("本次锦标赛由省科协、省教育厅、省科技厅、省体育局联合主办", SC,
         [("四川省科学技术协会", "kexie", "510000"), ("四川省教育厅", "zhengfu", "510000"),
          ("四川省科学技术厅", "zhengfu", "510000"), ("四川省体育局", "zhengfu", "510000")]),
        ("四川省住房和城乡建设厅副厅长王健与省住建厅干部", SC, [("四川省住房和城乡建设厅", "zhengfu", "510000")]),
        ("重庆市人力资源和社会保障局与市人力社保局、区人社局", CQ,
         [("重庆市人力资源和社会保障局", "zhengfu", "500000")]),
        # the departments' names before 2018, in older pages; 县 of 大足县, a 县 until 2011
        ("四川省科委、四川省科协联合召开会议。大足县科协联合县农业局、县卫生局、县农委开展科普宣传", SC,
         [("四川省科委", "zhengfu", "510000"), ("四川省科学技术协会", "kexie", "510000"),
          ("大足区科学技术协会", "kexie", "500111"), ("大足区农业局", "zhengfu", "500111"),
          ("大足区卫生局", "zhengfu", "500111"), ("大足区农委", "zhengfu", "500111")]),
        ("市科学技术委员会与市科委、县林业局、县卫计委", CQ, [("重庆市科委", "zhengfu", "500000")]),
        # a committee's members: no 科委
        ("四川省学科委员会委员", SC, []),
    ],
)
def test_a_provinces_departments_and_the_departments_old_names(gaz, regions, text, hint, expected):
    """省教育厅, 省科技厅 (= 四川省科学技术厅), 省体育局, 县农业局, 省科委 were no organizations."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.kind, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the place written before a company whose name opens with a place above it says where it is: no name runs
        # from a district up to its province (綦江区重庆齿轮箱有限责任公司 was a company of 重庆 by that name)
        ("市科协为綦江区重庆齿轮箱有限责任公司授牌", CQ,
         [("重庆市科学技术协会", CQ), ("重庆齿轮箱有限责任公司", "500110")]),
        ("专家走进什邡市四川宏达股份有限公司", SC, [("四川宏达股份有限公司", "510682")]),
        # a name that runs from the province down keeps every place it holds
        ("四川省成都市蓉城科技有限公司成立", SC, [("四川省成都市蓉城科技有限公司", "510100")]),
        ("重庆市綦江区齿轮箱有限责任公司成立", CQ, [("重庆市綦江区齿轮箱有限责任公司", "500110")]),
    ],
)
def test_a_place_before_a_companys_name_says_where_it_is(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a company's branch in a region is a body there, under the company (it was the company)
        ("市科协与中国电信股份有限公司重庆分公司签订战略合作协议", CQ,
         [("重庆市科学技术协会", "500000", "中国科学技术协会"),
          ("中国电信股份有限公司重庆分公司", "500000", "中国电信股份有限公司")]),
        ("中国人寿保险股份有限公司绵阳市分公司营销部", SC,
         [("中国人寿保险股份有限公司绵阳市分公司", "510700", "中国人寿保险股份有限公司")]),
        # …or named by its field of work: a body under the company (it was cut to the company)
        ("中国石油天然气股份有限公司西南油气田分公司完成", SC,
         [("中国石油天然气股份有限公司西南油气田分公司", None, "中国石油天然气股份有限公司")]),
        # no name before 分公司: the company
        ("重庆长安汽车股份有限公司与各分公司", CQ, [("重庆长安汽车股份有限公司", "500000", None)]),
        ("重庆长安汽车股份有限公司各分公司", CQ, [("重庆长安汽车股份有限公司", "500000", None)]),
        ("中国移动通信集团重庆有限公司旗下分公司负责人参加", CQ, [("中国移动通信集团重庆有限公司", None, None)]),
        ("重庆小雨点小额贷款有限公司下设分公司", CQ, [("重庆小雨点小额贷款有限公司", "500000", None)]),
        ("招商银行股份有限公司异地分行", CQ, [("招商银行股份有限公司", None, None)]),
        ("中国人民财产保险股份有限公司多个分公司", CQ, [("中国人民财产保险股份有限公司", None, None)]),
    ],
)
def test_a_companys_branch_in_a_region_is_a_body_under_the_company(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a society's branch or committee named by it is a body under it (they were no bodies)
        ("四川省营养学会年会召开。四川省营养学会临床营养分会、四川省营养学会科普工作委员会分别召开会议", SC,
         [("四川省营养学会", "510000", None), ("四川省营养学会临床营养分会", "510000", "四川省营养学会"),
          ("四川省营养学会科普工作委员会", "510000", "四川省营养学会")]),
        ("重庆市医学会神经病学专科分会举办培训", CQ,
         [("重庆市医学会神经病学专科分会", "500000", "重庆市医学会")]),
        ("绵阳市医学会儿科专业委员会成立", SC, [("绵阳市医学会儿科专业委员会", "510700", "绵阳市医学会")]),
        # a discipline opening with 全科 (general practice) is one, not 全 "all" (the branch was lost)
        ("重庆市医学会全科医学专业委员会成立大会召开", CQ,
         [("重庆市医学会全科医学专业委员会", "500000", "重庆市医学会")]),
        # 专委会 is 专业委员会: one body by either name (they were two)
        ("重庆市医学会全科医学专委会成立。重庆市医学会全科医学专业委员会首届主任委员当选", CQ,
         [("重庆市医学会全科医学专业委员会", "500000", "重庆市医学会")]),
        # a national society's branch (the society and its branch were no bodies)
        ("中国药学会医院药学专业委员会西部论坛召开", SC,
         [("中国药学会医院药学专业委员会", None, "中国药学会")]),
        ("中华中医药学会脾胃病分会副主任委员作报告", SC, [("中华中医药学会脾胃病分会", None, "中华中医药学会")]),
        # 全 "all" before a branch's word is still the branches in general
        ("四川省医学会全省分会工作会议召开", SC, [("四川省医学会", "510000", None)]),
        # the branches in general, a clause, a venue: the society alone
        ("审议通过了《重庆市医学会专科分会管理办法》", CQ, [("重庆市医学会", "500000", None)]),
        ("重庆市风景园林学会成立城市更新专业委员会", CQ, [("重庆市风景园林学会", "500000", None)]),
        ("重庆市医学会分会场设在永川", CQ, [("重庆市医学会", "500000", None)]),
        # a meeting's words are no branch's name (it was a branch …理事会换届暨临床营养分会, and the society lost)
        ("四川省营养学会理事会换届暨临床营养分会成立大会召开", SC, [("四川省营养学会", "510000", None)]),
    ],
)
def test_a_societys_branch_is_a_body_under_the_society(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected


def test_a_societys_short_form_is_its_record_and_its_short_name(gaz, regions):
    """市科普作协 after 重庆市科普作家协会 is that society, and the short name it goes by."""
    found = find_organizations("重庆市科普作家协会年会召开。市科普作协理事长作报告。", gaz, regions, province_hint=CQ)
    assert [(m.key, m.short_name) for m in found] == [("重庆市科普作家协会", "重庆市科普作协")]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a research centre, national or named by its region or its college (each was missed)
        ("中国大熊猫保护研究中心的专家在雅安开展调查", SC, [("中国大熊猫保护研究中心", "keyan", None)]),
        ("重庆市风电装备工程技术研究中心落户永川", CQ, [("重庆市风电装备工程技术研究中心", "keyan", "500000")]),
        ("郫都区科协联合四川旅游学院川菜发展研究中心举办培训", SC,
         [("郫都区科学技术协会", "kexie", "510117"), ("四川旅游学院川菜发展研究中心", "keyan", "510000")]),
        # …but a plan, a rank or a kind of body after the region names no centre
        ("该企业计划在成都新建研究中心", SC, []),
        ("目前重庆市级研究中心已达120家，四川省级研究院超过200家", CQ, []),
        ("企业要依托重庆高校研究中心开展联合攻关", CQ, []),
        # …and 中国 inside longer words, or 中国式 and 中国特色, open no national centre's name
        ("习近平新时代中国特色社会主义思想研究中心特约研究员李华作报告", SC, []),
        ("为建设中国特色科技创新研究中心贡献力量", SC, []),
        ("他介绍了推动中国式现代化研究中心的工作情况", SC, []),
        ("北京大学中国经济研究中心专家作了视频发言", CQ, []),
        ("中国方面已提名中国驻南非研究中心主任王学贤", CQ, [("中国驻南非研究中心", "keyan", None)]),
    ],
)
def test_a_research_centre_is_a_research_body(gaz, regions, text, hint, expected):
    """中国大熊猫保护研究中心 was missed in award tables and prose alike."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.kind, m.region_code) for m in found if m.kind in ("keyan", "kexie")] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a research and design institute, an agricultural extension station of a region (each was missed)
        ("完成单位：中国核动力研究设计院", SC, [("中国核动力研究设计院", "keyan", None)]),
        ("完成单位：西南大学、重庆市农业技术推广总站", CQ,
         [("西南大学", "gaoxiao", "500000"), ("重庆市农业技术推广总站", "qita", "500000")]),
        ("重庆市万州区农业技术推广站派出技术员", CQ, [("重庆市万州区农业技术推广站", "qita", "500101")]),
        ("各地要发挥农业技术推广站作用", CQ, []),  # a kind of station, no one station
        # stations a region builds or has in its towns, no one station (it was 永川区新建乡镇农业技术推广站)
        ("近年来，永川区新建乡镇农业技术推广站15个", CQ, []),
        ("荣昌区乡镇农业技术推广站共有技术人员80名", CQ, []),
        # a 高等专科学校 is a college named like a 学院 (each was missed)
        ("获表彰的有重庆三峡医药高等专科学校教授何小兵、四川中医药高等专科学校教授王红", CQ,
         [("重庆三峡医药高等专科学校", "gaoxiao", "500000"), ("四川中医药高等专科学校", "gaoxiao", "510000")]),
        ("他考入高等专科学校学习护理", CQ, []),  # the kind of college, no one college
    ],
)
def test_an_award_winners_unit_is_a_body_by_its_suffix(gaz, regions, text, hint, expected):
    """重庆市农业技术推广总站 and 中国核动力研究设计院 in a 科技奖 公示 were no bodies: their endings were unknown."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.kind, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a society's two disciplines 与 joins (each was missed: the scan stopped at 与)
        ("重庆市气象学会、重庆市岩石力学与工程学会获评优秀", CQ,
         [("重庆市气象学会", "xuehui", "500000"), ("重庆市岩石力学与工程学会", "xuehui", "500000")]),
        ("四川省土壤与肥料学会召开年会", CQ, [("四川省土壤与肥料学会", "xuehui", "510000")]),
        # …but a body before 与, or a place after it, makes two bodies
        ("重庆市科协与重庆市农学会联合举办", CQ,
         [("重庆市科学技术协会", "kexie", "500000"), ("重庆市农学会", "xuehui", "500000")]),
        ("市气象局与市农学会联合举办", CQ, [("重庆市气象局", "zhengfu", "500000"), ("重庆市农学会", "xuehui", "500000")]),
        # a federation's short name (妇联, 残联, 工商联) is a body, no discipline
        ("重庆市妇联与市营养学会联合举办", CQ, [("重庆市营养学会", "xuehui", "500000")]),
        ("重庆市工商联与市发明协会联合举办", CQ, [("重庆市发明协会", "xiehui", "500000")]),
    ],
)
def test_a_societys_name_may_hold_yu(gaz, regions, text, hint, expected):
    """重庆市岩石力学与工程学会 is one society, named by two disciplines."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.kind, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a college named from its university on answers to it (it had no parent)
        ("四川农业大学园艺学院的研究生在盐源县测定糖度", SC, [("四川农业大学园艺学院", "四川农业大学")]),
        ("川农大园艺学院的研究生", SC, [("川农大园艺学院", "四川农业大学")]),  # by the university's known name
        # 与 inside a college's name ends no name (it was 西南大学 and a college 生物质科学学院)
        ("西南大学蚕桑纺织与生物质科学学院的研究生来到黔江", CQ, [("西南大学蚕桑纺织与生物质科学学院", "西南大学")]),
        ("四川农业大学资源与环境学院与农学院联合开展", SC, [("四川农业大学资源与环境学院", "四川农业大学")]),
        # two bodies joined by 与, and a 大学城 or 大学生 that names no university
        ("重庆大学与四川大学华西临床医学院签约", SC,
         [("重庆大学", None), ("四川大学华西临床医学院", "四川大学")]),
        ("重庆大学城市科技学院举办活动", CQ, [("重庆大学城市科技学院", None)]),
        # a university named …学院 opens a college's name across 与 too, and named without its place it is the same
        # body (they were 食品工程学院 and a second university 三峡学院)
        ("重庆三峡学院生物与食品工程学院的教师团队调试设备。该项目由区科协联合三峡学院实施。", CQ,
         [("重庆三峡学院生物与食品工程学院", "重庆三峡学院"), ("重庆三峡学院", None)]),
        ("重庆三峡学院的教师团队调试设备。该项目由区科协联合三峡学院实施。", CQ, [("重庆三峡学院", None)]),
        # a university's people, or a place after 与, are no college's discipline: two bodies (each pair was one
        # college, and 中国科学院 no university named …学院)
        ("重庆科技学院师生与重庆三峡学院共同举办科普展。", CQ, [("重庆科技学院", None), ("重庆三峡学院", None)]),
        ("重庆三峡学院党委与重庆文理学院签约", CQ, [("重庆三峡学院", None), ("重庆文理学院", None)]),
        ("中国科学院院士与重庆文理学院专家座谈", CQ, [("重庆文理学院", None)]),
        ("西南大学师生与化学化工学院教师座谈", CQ, [("西南大学", None), ("化学化工学院", None)]),
        # 学校 in a college's sentence is the one university the text names (学校生命科学学院 was a body), and a
        # discipline opens a college's name across 与 without its university too (运载工程学院 was one)
        ("西华师范大学科协服务团由学校生命科学学院、化学化工学院等单位的专家组成。", SC,
         [("西华师范大学科学技术协会", "四川省科学技术协会"), ("西华师范大学生命科学学院", "西华师范大学"),
          ("西华师范大学化学化工学院", "西华师范大学")]),
        ("重庆大学与科学城签约。学校将组织机械与运载工程学院、材料科学与工程学院的团队入驻。", CQ,
         [("重庆大学", None), ("重庆大学机械与运载工程学院", "重庆大学"), ("重庆大学材料科学与工程学院", "重庆大学")]),
        ("企业与化学化工学院合作", CQ, [("化学化工学院", None)]),  # a kind of body before 与 is no discipline
        # an independent college named by a place or a national word is no college of the university (each was
        # 西华师范大学's), and people before 与 are no discipline (志愿者与美术学院 was one college)
        ("西华师范大学与中央音乐学院签署协议，学校将选派教师赴中央音乐学院进修。", SC,
         [("西华师范大学", None), ("中央音乐学院", None)]),
        ("西华师范大学举办影视周，该校学生可参加北京电影学院的培训。", SC,
         [("西华师范大学", None), ("北京电影学院", None)]),
        ("四川美术学院的志愿者与美术学院学生一起绘制墙画", CQ, [("四川美术学院", None)]),
        # 大学生命科学 is a university and its discipline, no 大学生 (it was 西南科技大学 and a college 工程学院);
        # 大学生 ("students") opens a college of its own
        ("11月29日，西南科技大学生命科学与工程学院副院长陈丽当选副理事长。", SC,
         [("西南科技大学生命科学与工程学院", "西南科技大学")]),
        ("重庆大学生创业学院举办活动", CQ, [("重庆大学生创业学院", None)]),
    ],
)
def test_a_college_answers_to_the_university_its_name_starts_with(gaz, regions, text, hint, expected):
    """四川农业大学园艺学院 had no parent, and 西南大学蚕桑纺织与生物质科学学院 was cut at 与."""
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 中心 directly under 中国科协 is a body of its own (it was 中国科协 itself), whichever name opens it
        ("中国科协企业创新服务中心公布2023年度名单", [("中国科协企业创新服务中心", "qita", "中国科学技术协会")]),
        ("中国科学技术协会企业创新服务中心公布名单", [("中国科协企业创新服务中心", "qita", "中国科学技术协会")]),
        # a department is the 科协 itself, and a venue after a verb is no unit of it
        ("中国科协科普部主办", [("中国科学技术协会", "kexie", None)]),
        ("中国科协在北京会议中心召开大会", [("中国科学技术协会", "kexie", None)]),
    ],
)
def test_a_centre_under_the_china_kexie_is_a_body_of_its_own(gaz, regions, text, expected):
    """中国科协企业创新服务中心, which publishes lists of its own, was recorded as 中国科协."""
    found = find_organizations(text, gaz, regions, province_hint=CQ)
    assert [(m.key, m.kind, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a year's step of a life (获, 任, 赴 after 1990年) opens no body's name (年获中国农业科学院 was one)
        ("彭良志1990年获中国农业科学院硕士学位，1998年获华中农业大学博士学位，2005年任西南大学柑桔研究所副所长。", CQ,
         ["中国农业科学院", "华中农业大学", "西南大学柑桔研究所"]),
        ("2010年赴四川农业大学进修。", SC, ["四川农业大学"]),
        ("1998年 获华中农业大学博士学位", CQ, ["华中农业大学"]),  # a CV's line, the year set apart
        # a place before a body the list knows says where it is (绵阳市西南科技大学 was a second university)
        ("报告会在绵阳市西南科技大学举行", SC, ["西南科技大学"]),
        # nor before a name that opens with a place above it or with 中国 (广汉市中国民用航空飞行学院 and
        # 雅安市四川农业大学 were bodies of their own)
        ("锦标赛在广汉市中国民用航空飞行学院举行，雅安市四川农业大学的学生参加。", SC,
         ["中国民用航空飞行学院", "四川农业大学"]),
        # a body the list does not know keeps its place in its name
        ("绵阳市科技馆举办展览", SC, ["绵阳市科技馆"]),
        # where the body lies, then its name (辖区内四川九洲电器集团有限责任公司 was one company, with no region)
        ("绵阳高新区科协组织辖区内四川九洲电器集团有限责任公司等12家企业参加比赛", SC,
         ["绵阳高新区科学技术协会", "四川九洲电器集团有限责任公司"]),
        ("组织区内重庆长安汽车股份有限公司参加", CQ, ["重庆长安汽车股份有限公司"]),
        # a contract party's label, glued before its name, is no part of it (甲方重庆川仪… was a second company)
        ("签约项目中，甲方重庆川仪自动化股份有限公司、乙方西南大学合作开展攻关，受让方四川宏华石油设备有限公司出席。",
         CQ, ["重庆川仪自动化股份有限公司", "西南大学", "四川宏华石油设备有限公司"]),
        ("重庆四方新材料股份有限公司与西南大学签约", CQ, ["重庆四方新材料股份有限公司", "西南大学"]),  # 方 alone
        # 内 after a region's name opens the discipline (内燃机, 内河): the region is the name's, no 市内 boundary
        ("重庆市内燃机学会召开年会，天津市内燃机研究所专家作报告，重庆市内河航运协会派员参加。", CQ,
         ["重庆市内燃机学会", "天津市内燃机研究所", "重庆市内河航运协会"]),
        # 即 ("namely") and a memorial's 追忆 are no part of the name after them (即凉山州农业科学研究院 and
        # 追忆西南大学资源环境学院 were bodies of their own) …
        ("获奖者中来自基层的1人，即凉山州农业科学研究院研究员沙马阿牛。", SC, ["凉山州农业科学研究院"]),
        ("——追忆西南大学资源环境学院教授李明远", CQ, ["西南大学资源环境学院"]),
        ("即墨区科协来渝交流", CQ, ["即墨区科学技术协会"]),  # … but a region's name may open with 即
        # a national company's name opens with 中国 and may go on with a verb's words (中国联合工程有限公司 was
        # 工程有限公司); 联合 after a body still joins two
        ("陈晓玲，中国联合工程有限公司重庆分院高级工程师。", CQ, ["中国联合工程有限公司"]),
        ("市科协联合重庆建工集团有限公司举办培训", CQ, ["重庆市科学技术协会", "重庆建工集团有限公司"]),
    ],
)
def test_the_words_before_a_name_that_are_no_part_of_it(text, hint, expected, gaz, regions):
    assert keys(text, gaz, regions, hint) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # what a platform gathers, and a conjunction, end the words before a name (汇聚中国汽车工程学会 was missed,
        # 但斯坦福大学 was one)
        ("基地将汇聚中国汽车工程学会、重庆市汽车工程学会等学会资源", CQ, ["中国汽车工程学会", "重庆市汽车工程学会"]),
        ("街头有些冷清，但斯坦福大学的实验室里依然灯火通明。", CQ, ["斯坦福大学"]),
        # a national society's name opens with 中国 whatever word no place stands before it
        ("基地携同中国汽车工程学会开展服务", CQ, ["中国汽车工程学会"]),
        ("美中国际交流协会", CQ, []),
        # not after a country or a part of the world: the Chinese there (each was a national 中国… society)
        ("旅美中国科学家工程师专业人士协会代表团来渝访问。", CQ, []),
        ("全美中国工程师协会、英国中国科学家工程师协会和亚太中国经济研究会", CQ, []),
        # a year in Chinese numerals before 大学毕业 is a life's step, no name (研究员周立新一九九八年大学 was one)
        ("研究员周立新一九九八年大学毕业后来到卧龙。", SC, []),
        ("一九九八年获中国农业科学院硕士学位", CQ, ["中国农业科学院"]),
        # a body still to be built is not named yet (共建智能传感器产业研究院, 重点建设社区科普大学 were bodies)
        ("与北碚区政府签署合作协议，共建智能传感器产业研究院。", CQ, ["北碚区人民政府"]),  # the government is one
        ("与北碚区签约共建产业研究院", CQ, []),
        ("会议提出，明年将重点建设社区科普大学。", CQ, []),
        # after its region, a company's trade name may hold those words (成都汇聚…, 重庆又一村…, 重庆共建… were cut or lost)
        ("成都汇聚智能科技有限公司的科技志愿者走进社区", CQ, ["成都汇聚智能科技有限公司"]),
        ("巴南区科协联合重庆又一村农业开发有限公司举办培训", CQ, ["巴南区科学技术协会", "重庆又一村农业开发有限公司"]),
        ("重庆而立科技有限公司与成都也买酒电子商务有限公司、四川集聚信息技术有限公司开展科普", CQ,
         ["重庆而立科技有限公司", "成都也买酒电子商务有限公司", "四川集聚信息技术有限公司"]),
        ("近日，重庆共建科技有限公司走进社区开展金融科普。", CQ, ["重庆共建科技有限公司"]),
        ("明年将建成社区科普大学，将建设智能传感器产业研究院。", CQ, []),
        ("重庆建设摩托车股份有限公司", CQ, ["重庆建设摩托车股份有限公司"]),  # a company's name may hold 建设
        # a count of a region's bodies names none (简阳市现有农技协, 绵阳市共有学会 were bodies)
        ("简阳市现有农技协52个，绵阳市共有学会38个，全县已有协会9个。", SC, []),
        # but a body named after the count is one (绵阳市共有绵阳市发明协会 was rejected whole)
        ("绵阳市共有绵阳市发明协会等38个学会。", SC, ["绵阳市发明协会"]),
        ("巫溪县现有巫溪县脆李专业合作社等12家合作社", CQ, ["巫溪县脆李专业合作社"]),
        # a place in brackets inside a company's name is a subsidiary's, part of the name (信息技术有限公司 was a
        # company, and 华润微电子(重庆)有限公司 was lost)
        ("7月1日，华润微电子（重庆）有限公司、中冶赛迪（重庆）信息技术有限公司发布新产品。", CQ,
         ["华润微电子（重庆）有限公司", "中冶赛迪（重庆）信息技术有限公司"]),
        # a group's name after the bracket is another company's (it was one 长安汽车(重庆)西南铝业… company)
        ("参会企业包括长安汽车（重庆）西南铝业集团有限责任公司等。", CQ, ["西南铝业集团有限责任公司"]),
        # a country before 大学 is its universities, and an academy before 院士 an academician's title
        ("美国大学的博士后待遇有所下降，日本大学的青年研究人员也在减少。", CQ, []),
        ("中国科学院院士张甘霖、中国工程院院士周绪红作报告", CQ, []),
        ("中国科学院院士、中国科学院成都生物研究所研究员", SC, ["中国科学院成都生物研究所"]),
        # a 院士(专家)工作站 is its host's: the body before it stays (…科学院, …医院, …学院 were lost)
        ("重庆市畜牧科学院院士工作站揭牌，陆军军医大学第一附属医院院士工作站负责人介绍了经验。", CQ,
         ["重庆市畜牧科学院", "陆军军医大学第一附属医院"]),
        ("重庆三峡学院院士专家工作站与重庆市人民医院院士（专家）工作站", CQ, ["重庆三峡学院", "重庆市人民医院"]),
    ],
)
def test_words_that_are_no_part_of_a_name_and_names_that_name_no_body(text, hint, expected, gaz, regions):
    """汇聚, 但, 一九九八年 and 共建 before a suffix were made part of a name; 美国大学 and 中国科学院院士 were bodies."""
    assert keys(text, gaz, regions, hint) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # regions listed with 、 before a 科协 or a society share its name's ending (only the last was found)
        ("6月3日，合川市、永川市、南川市科协负责人在永川市召开联席会。", CQ,
         [("合川区科学技术协会", "500117"), ("永川区科学技术协会", "500118"), ("南川区科学技术协会", "500119")]),
        ("安县、罗江县科协联合举办培训", SC, [("安州区科学技术协会", "510705"), ("罗江区科学技术协会", "510604")]),
        ("宣汉县、大竹县、渠县预防医学会作为团体会员参会。", SC,
         [("宣汉县预防医学会", "511722"), ("大竹县预防医学会", "511724"), ("渠县预防医学会", "511725")]),
        # two names in full are two bodies already; a list that opens inside other words is left alone
        ("合川区科协、永川区科协联合举办", CQ, [("合川区科学技术协会", "500117"), ("永川区科学技术协会", "500118")]),
        # a town after the last region is that region's alone (宣汉县三汇镇科协, 大竹县三汇镇科协 were invented)
        ("宣汉县、大竹县、渠县三汇镇科协负责人参加了会议。", SC, [("渠县三汇镇科学技术协会", "511725")]),
    ],
)
def test_regions_listed_before_a_bodys_name_share_its_ending(gaz, regions, text, hint, expected):
    codes = regions_in_text(text, regions, province_hint=hint)
    found = find_organizations(text, gaz, regions, province_hint=hint, context_codes=codes)
    assert [(m.key, m.region_code) for m in found] == expected


def test_a_note_of_the_body_it_belonged_to_is_no_name_it_goes_by(gaz, regions):
    """中国农业科学院（后属中国热带农业科学院）: 后属中国热带农业科学院 was its short name."""
    found = find_organizations("长期领导中国农业科学院（后属中国热带农业科学院）柑橘研究所的吴老先生", gaz, regions,
                               province_hint=CQ)
    assert [(m.key, m.short_name, m.aliases) for m in found] == [
        ("中国农业科学院", "", ()), ("中国热带农业科学院", "", ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an academy's institute is in the place its name holds, and its names without the academy and the place,
        # or by the place alone, are the same body (it had no region, and 绿色智能技术研究院, 重庆研究院 were others)
        ("绿色智能技术研究院发布传感器。中国科学院重庆绿色智能技术研究院发布新型柔性传感器。重庆研究院负责人介绍。",
         [("中国科学院重庆绿色智能技术研究院", "500000")]),
        ("中国科学院重庆绿色智能技术研究院与中科院重庆研究院", [("中国科学院重庆绿色智能技术研究院", "500000")]),
        # an academy's branch in a region is a body of its own there, by either name (both were the academy)
        ("中科院成都分院启动专项行动。中国科学院成都分院在蓉启动行动。", [("中国科学院成都分院", "510100")]),
        ("中国科学院成都分院与永川区人民政府签署协议", [("中国科学院成都分院", "510100"), ("永川区人民政府", "500118")]),
        # the short name first, as a headline prints it, is the same body (it was a second one)
        ("中科院重庆研究院与永川区共建研究中心。中国科学院重庆绿色智能技术研究院与永川区签署协议。",
         [("中国科学院重庆绿色智能技术研究院", "500000")]),
        ("中国科学院成都生物研究所的专家参加", [("中国科学院成都生物研究所", "510100")]),
        # a name that keeps the academy but names no place is the academy's other institute (it was merged)
        ("中国科学院广州地球化学研究所与中国科学院地球化学研究所专家在北碚区讲学。",
         [("中国科学院广州地球化学研究所", "440100"), ("中国科学院地球化学研究所", None)]),
        # a place's name alone with two institutes of that place named is neither (it was the longer one's)
        ("中国科学院成都生物研究所、中国科学院成都有机化学研究所专家到场，中科院成都研究所也发来贺信。",
         [("中国科学院成都生物研究所", "510100"), ("中国科学院成都有机化学研究所", "510100"),
          ("中科院成都研究所", "510100")]),
    ],
)
def test_an_academys_institute_is_the_places_and_one_body_by_its_short_names(gaz, regions, text, expected):
    found = find_organizations(text, gaz, regions, province_hint=CQ)
    assert [(m.key, m.region_code) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a hospital or an institute a university's name opens answers to it and lies where it does (each had no
        # parent, and those with no place in their name no region)
        ("四川大学华西医院教授李为民团队进站", CQ, [("四川大学华西医院", "510000", "四川大学")]),
        ("由陆军军医大学第一附属医院承办，西南医科大学附属医院协办", CQ,
         [("陆军军医大学第一附属医院", CQ, "陆军军医大学"), ("西南医科大学附属医院", SC, "西南医科大学")]),
        ("来自西南大学柑桔研究所的专家", CQ, [("西南大学柑桔研究所", CQ, "西南大学")]),
        # the clause's verbs before the university are no part of the hospital's name (我们请重庆医科大学附属儿童医院
        # was a body of its own under 我们请重庆医科大学; 我们请四川大学华西医院 gave 四川大学 alone)
        ("我们请重庆医科大学附属儿童医院专家解答。", CQ,
         [("重庆医科大学附属儿童医院", CQ, "重庆医科大学")]),
        ("特邀陆军军医大学第一附属医院专家解答。", CQ, [("陆军军医大学第一附属医院", CQ, "陆军军医大学")]),
        ("我们请四川大学华西医院专家解答。", CQ, [("四川大学华西医院", "510000", "四川大学")]),
        # a hospital lies where it stands, not only in the province its name holds (重庆三峡中心医院 was 重庆市's, and
        # 川北医学院附属医院 nowhere)
        ("川北医学院附属医院骨科主任医师周平", SC, [("川北医学院附属医院", "511300", "川北医学院")]),
        ("万州区的重庆三峡中心医院开设了门诊", CQ, [("重庆三峡中心医院", "500101", None)]),
        # a college lies where its university does (西南大学食品科学学院 had no region)
        ("西南大学食品科学学院协办", CQ, [("西南大学食品科学学院", CQ, "西南大学")]),
        ("西南大学生命科学学院教授何平作引导发言", CQ, [("西南大学生命科学学院", CQ, "西南大学")]),  # (no 大学生)
        # an academy's institute is keyed by the academy's full name and answers to it (市农科院水稻研究所 was
        # 重庆市农科院水稻研究所, with no parent)
        ("重庆市农业科学院选育新品种。市农科院水稻研究所所长介绍。", CQ,
         [("重庆市农业科学院", CQ, None), ("重庆市农业科学院水稻研究所", CQ, "重庆市农业科学院")]),
        ("重庆市农科院果树研究所专家", CQ, [("重庆市农业科学院果树研究所", CQ, "重庆市农业科学院")]),
    ],
)
def test_a_universitys_or_academys_unit_answers_to_it_and_lies_where_it_does(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code, m.parent_key) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the short form a local paper uses is the university (三峡学院 was a body of its own, with no region)
        ("万州区科协联合三峡学院举办科技活动周主场活动", CQ, [("万州区科学技术协会", "500101"), ("重庆三峡学院", "500101")]),
        ("重庆三峡学院师生参加", CQ, [("重庆三峡学院", "500101")]),
        ("长江师院专家授课", CQ, [("长江师范学院", "500102")]),
        # a university lies in its city, not only in its province (西华师范大学 was 四川省's)
        ("西华师范大学专家授课", SC, [("西华师范大学", "511300")]),
        ("宜宾学院专家授课", SC, [("宜宾学院", "511500")]),  # named by its city: already there
    ],
)
def test_a_local_university_lies_in_its_city_and_is_one_body_by_its_short_name(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code) for m in found] == expected


def test_a_company_named_with_its_place_in_brackets_lies_there(gaz, regions):
    """华润微电子（重庆）有限公司 is a 重庆 subsidiary: its region is the place its name holds in brackets."""
    found = find_organizations("华润微电子（重庆）有限公司发布新产品", gaz, regions, province_hint=SC)
    assert [(m.key, m.region_code) for m in found] == [("华润微电子（重庆）有限公司", CQ)]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a school named by its region is a body there, the actor of youth science education (none was found)
        ("渝北区实验小学300余名学生走进重庆科技馆。重庆南开中学、彭水县第一中学的科技辅导员参加了交流。", CQ,
         [("渝北区实验小学", "500112"), ("重庆科技馆", CQ), ("重庆南开中学", CQ), ("彭水县第一中学", "500243")]),
        # a kind of school, its pupils, or 中 and a verb name no school
        ("重庆市中小学科技创新大赛", CQ, []),
        ("渝北区农村小学的学生", CQ, []),
        ("彭水县中学生参加比赛", CQ, []),
        ("成都七中初中学校初二（5）班", SC, []),
        ("科技工作者在大英博物馆线上展览中学习", SC, []),
        # a school's club named like an academy is the school's, no academy of its own (少年科学院 was a body)
        ("中国科学院院士走进大足区龙岗中学作讲座，并为龙岗中学“少年科学院”授牌。", CQ, [("大足区龙岗中学", "500111")]),
        ("大足区龙岗中学少年科学院成立", CQ, [("大足区龙岗中学", "500111")]),
        # …not an institute beside a school, nor one for schools (中小学 is a kind of school)
        ("重庆南开中学与重庆市教育科学研究院、重庆市中小学教育研究院合作", CQ,
         [("重庆南开中学", CQ), ("重庆市教育科学研究院", CQ), ("重庆市中小学教育研究院", CQ)]),
        # a count or a kind of school names none (each was a school)
        ("江北区两所中学、巴南区乡镇中学、开州区山区小学和荣昌区试点小学获评", CQ, []),
        ("北碚区参赛中学代表队获奖，南岸区城郊小学也参与了活动", CQ, []),
        # 中 "in" after a venue: the venue stays (重庆科技馆中学 and 綦江区东溪古镇中学 were schools)
        ("孩子们在重庆科技馆中学科学、用科学。", CQ, [("重庆科技馆", CQ)]),
        ("学生们在綦江区东溪古镇中学写生", CQ, []),
        # a school before 会议室 or 到会 (it was a society 重庆市第八中学会, and no school)
        ("座谈会在重庆市第八中学会议室召开", CQ, [("重庆市第八中学", CQ)]),
        ("渝北区实验中学到会交流", CQ, [("渝北区实验中学", "500112")]),
        # a registered name ending in 中学校 keeps its 校 (it was cut: 重庆市育才中学); 校长, 校园 after 中学 are words
        ("重庆市育才中学校“雏鹰”战队夺得冠军", CQ, [("重庆市育才中学校", CQ)]),
        ("重庆市育才中学校长王刚在重庆市育才中学校园里介绍", CQ, [("重庆市育才中学", CQ)]),
        # a school named by its place alone (綦江中学, 四川省绵阳中学): none was found, or the words before it were glued on
        ("近日，綦江区科协命名綦江中学张三、綦江区实验小学李四为首批小院士。", CQ,
         [("綦江区科学技术协会", "500110"), ("綦江中学", "500110"), ("綦江区实验小学", "500110")]),
        ("获奖学校：四川省绵阳中学、雅安中学", SC, [("四川省绵阳中学", "510700"), ("雅安中学", "511800")]),
        ("江津区中学开展科技活动", CQ, []),  # the district's schools, no one school
        # a numbered short form after its city (成都七中) is that city's numbered school (none was found)
        ("来自成都七中、重庆八中的学员", CQ, [("成都市第七中学", "510100"), ("重庆市第八中学", CQ)]),
        ("重庆二中院审理此案，成都一中心医院派员", CQ, [("成都一中心医院", "510100")]),  # a court, a hospital
        # 一 as "a" before a word of 中 (一个中试基地, 中药材, 中转站, 中年男子) after a city: no school
        ("学员在宜宾一中试车间参观", SC, []),
        ("宜宾一中药材种植基地投产", SC, []),
        ("宜宾一中转仓库建成，宜宾一中年农民获奖", SC, []),
        # the school itself before its teachers, its pupils' club or a verb is still one
        ("宜宾一中师生参观了中试车间", SC, [("宜宾市第一中学", "511500")]),
        # a town's 中心校 is its primary school (none was found); a 中心校区 is a campus
        ("秀山县清溪场镇中心校的项目获一等奖", CQ, [("秀山县清溪场镇中心校", "500241")]),
        ("秀山县清溪场镇中心校区投入使用", CQ, []),
        # 校外 (out of school) after a town centre: its 校外活动辅导站, no school; the school going out (外出) is one
        ("秀山县清溪场镇中心校外活动站开展科普活动", CQ, []),
        ("秀山县清溪场镇中心校外辅导站开展科普活动", CQ, []),
        ("秀山县清溪场镇中心校外出研学", CQ, [("秀山县清溪场镇中心校", "500241")]),
    ],
)
def test_a_school_named_by_its_region_is_a_body_there(gaz, regions, text, hint, expected):
    found = find_organizations(text, gaz, regions, province_hint=hint)
    assert [(m.key, m.region_code) for m in found] == expected
