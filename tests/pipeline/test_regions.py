"""Finding regions in text: context, short and former names, false places, the seed pages."""

from pathlib import Path

import pytest

from articles.textpipeline.regions import RegionEntry, RegionGazetteer, load_gazetteer, regions_in_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CQ, SC = "500000", "510000"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def names(gaz, codes):
    return [gaz.get(c).name for c in codes]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # Context settles 江北区.
        ("江北区老卫协副会长", CQ, ["500105"]),
        ("宁波市江北区", None, ["330205"]),
        ("重庆市科协与江北区科协", SC, ["500105"]),
        ("重慶市江北區", None, ["500105"]),  # traditional characters
        ("資陽市科協", SC, ["512000"]),
        # Regions named in the same text.
        ("成都彭州市科协", None, ["510182"]),
        ("成都市科协……彭州的企业", None, ["510182"]),
        ("凉山州布拖县", None, ["513429"]),
        ("资阳市安岳县", None, ["512021"]),
        # Short and former names.
        ("荣昌区", CQ, ["500153"]),
        ("在荣昌,", CQ, ["500153"]),
        # after a verb of going, as after 在 or 到 (走进宜宾 found no place)
        ("“院士专家企业行”活动走进宜宾。", SC, ["511500"]),
        ("科技志愿者深入东区、西区等地社区", SC, ["510402", "510403"]),
        # ...but after a town's word they are that town's parts (they gave 攀枝花's 东区 and 西区)
        ("德阳市科协计划在城市东区、西区各建一个科普馆", SC, ["510600"]),
        ("攀枝花市东区、西区科协联合开展活动", SC, ["510402", "510403"]),
        ("专家组走访德阳，", SC, ["510600"]),
        ("开州", CQ, ["500154"]),
        ("“开县春橙”", CQ, ["500154"]),
        ("梁平县", None, ["500155"]),
        # 重庆's former 双桥区 (now part of 大足区) on a 重庆 page, not 承德's 双桥区
        ("双桥区科协组织科技工作者进社区", CQ, ["500111"]),
        ("撤销大足县和双桥区，设立大足区", CQ, ["500111"]),
        ("承德市双桥区", None, ["130802"]),
        ("达川市科协", SC, ["511702"]),
        ("武隆县", None, ["500156"]),
        ("丰都村民犁田备耕", CQ, ["500230"]),
        ("丰都科协", None, ["500230"]),
        ("秀山县隘口镇", CQ, ["500241"]),
        ("彭水县科协", CQ, ["500243"]),
        ("凉山州科协", None, ["513400"]),
        ("近日,忠县马灌镇", CQ, ["500233"]),
        # a two-character county name before a town's name, on a page of no province (忠县, 荣县 gave nothing)
        ("西南大学专家在忠县新立镇给果农讲解冬季清园技术", None, ["500233"]),
        ("荣县双古镇举办茶叶培训", None, ["510321"]),
        ("永川区科协", SC, ["500118"]),
        ("南充", SC, ["511300"]),
        ("达州", SC, ["511700"]),
        ("资阳", SC, ["512000"]),
        ("江北", CQ, ["500105"]),
        ("四川泸州", None, ["510500"]),
        ("重庆开州黄陵村", None, ["500154"]),
        # 城市-tailed and common-word names where the text really means the place.
        ("辽宁海城市科协", None, ["210381"]),
        ("在海城市举行", None, ["210381"]),
        ("南充南部县", None, ["511321"]),
        ("新疆南部的那一大片", None, ["650000"]),  # 新疆 itself, not 南部县 of 四川
        # A common-word name (石柱, 南岸) listed with a 、 beside a sibling the text names is that unit.
        ("石柱、秀山、彭水等区县科协", CQ, ["500240", "500241", "500243"]),
        ("渝中、南岸、江北三区", CQ, ["500103", "500108", "500105"]),
        ("阆中市、南部县、仪陇县", SC, ["511381", "511321", "511324"]),
        # ... also the list's last name, when a count of units (两区, 等地) follows it rather than a word.
        ("江北、南岸两区科协派员参加", CQ, ["500105", "500108"]),
        ("秀山、石柱等地的果农", CQ, ["500241", "500240"]),
        ("江北、南岸边的渔船", CQ, ["500105"]),  # 南岸边: the bank of a river, no count after it
        # ... and the list's first name after a verb that opens a list (万州 was lost)
        ("他的足迹遍布万州、开州等区县", CQ, ["500101", "500154"]),
        ("服务覆盖石柱、秀山两县", CQ, ["500240", "500241"]),
        ("大石柱、秀山等地", CQ, ["500241"]),  # 大石柱: a word's part, no verb before it
        # 川渝, 成渝 and 双城经济圈 name both provinces: the other one's city alone is a place (成都 gave none)
        ("第三届成渝地区双城经济圈科技创新大会在成都举行", CQ, ["510100"]),
        ("川渝两地科协在绵阳签署协议", CQ, ["510700"]),
        ("双城经济圈建设：川渝在永川共建产业园", SC, ["500118"]),
        ("来自成都信息工程大学的专家在开州对接企业", CQ, ["500154"]),  # no 川渝: 成都 stays no region
        # ...but only the other province's cities: a county's short name may begin a landmark's name
        ("川渝科普志愿者从朝天门出发，前往翠屏山公园", CQ, []),
        ("成渝科普联展在朝天门广场开幕，并在高坪广场设立分会场", CQ, []),
        ("川渝两地代表参观了安岳石刻，并前往广安、达州调研", CQ, ["511600", "511700"]),
        # ... or after any verb, when the name is no ordinary word (成都 and 乐山 were lost)
        ("重点支持成都、绵阳、德阳等试点城市建设", SC, ["510100", "510700", "510600"]),
        ("重点支持乐山、泸州、自贡三市", SC, ["511100", "510500", "510300"]),
        # the page's own province glued between words (no region was found); another province so glued is none
        ("在全国科技工作者日重庆主场活动上的讲话", CQ, ["500000"]),
        ("在中山东路举办科普展", SC, []),
        # a branch named by its place, glued to the name of the body it is a branch of (南充 was lost)
        ("西南石油大学获批建设油气藏国家重点实验室南充分中心", SC, ["511300"]),
        ("充分中心作用", SC, []),
        # glued to a word no body's name ends in, a place before 分中心 is a place as any other (都江堰 was lost)
        ("省科协为大熊猫繁育研究基地都江堰分中心授牌", SC, ["510181"]),
        ("成都大熊猫基地都江堰分中心", SC, ["510181"]),
        ("研究院都江堰分院", SC, ["510181"]),
        # a place before 故里 is the home town (合川 and 广安 were lost); 东坡故里 is 苏东坡's (see FALSE_PLACES)
        ("中国科学院院士回到合川故里", CQ, ["500117"]),
        ("回到广安故里", SC, ["511600"]),
        # a 川渝 pair written together, a city of one province before a district of the other (潼南, 荣昌 were lost)
        ("遂宁潼南共建川渝毗邻地区科普联盟", SC, ["510900", "500152"]),
        ("内江荣昌现代农业高新技术产业示范区", SC, ["511000", "500153"]),
        ("广安渝北合作", SC, ["511600", "500112"]),
        # …but a short name going on as a local thing's or a person's name pairs nothing (江北区, 梁平区 were added)
        ("宜宾市科协组织专家来到宜宾江北公园", SC, ["511500"]),
        ("泸州江北学校的师生参加", SC, ["510500"]),
        ("获得一等奖的成都梁平同学表示", SC, ["510100"]),
    ],
)
def test_regions_in_text(gaz, text, hint, expected):
    assert regions_in_text(text, gaz, province_hint=hint) == expected


FALSE_PLACES = [
    "加强合作,推动发展",  # 合作市
    "成渝地区双城经济圈建设",  # 双城区
    "共建全域科普格局",  # 普格县
    "老卫协会理事",  # 会理市
    "澳门科技协进会理事长梁振华来访",  # 会理市: 协进会 is a society's name form, 会 its last character
    "市中医院分会",  # 市中区
    "特木里镇四且村",  # 木里县
    "创建卫生城区",  # 城区
    "各新区、开发区",
    "东方红",  # 东方市
    "世界和平",  # 和平区
    "长安汽车",
    "白云山",
    "他的长寿秘诀",  # 长寿区: 健康长寿 is no district
    "长寿老人讲述养生之道",
    "参观大英博物馆",  # 大英县
    "普陀山",
    "西湖龙井",
    "城中村",
    "中山大学",
    "召开县委常委会",  # 开县
    "提高县域经济",  # 高县
    "西南部地区",  # 南部县
    "健康长寿",  # 长寿区
    "冲在前锋",  # 前锋区
    "安居乐业",  # 安居区
    "长江北岸",  # 江北区
    "市区镇三级人大代表",
    "区县科协相关人员",
    "今年新建区县科技馆3座",  # 新建区 (江西): 新建 ("build new") the 区县's museums
    "中国沿海城市之间的合作",  # 海城市 (辽宁)
    "适应城市生活的方式",  # 应城市 (湖北)
    "揭牌后，新区科协将团结引领科技工作者",  # 新区 was 丰润区's (河北) name
    "门前的石柱、石狮、牌坊",  # a list of things, no sibling unit named beside 石柱
    "安居乐业、石柱、南岸",  # common words listed together prove nothing of each other
    "东坡故里办起“科普赶场天”",  # 东坡区: 苏东坡's home town
    "市人民医院东区分院的专家走进社区",  # 攀枝花's 东区: a hospital's east campus
    "学校西区分校",
    "召开县乡镇干部会议",  # 开县
    "2050年的嘉陵江，江边的渡轮",  # 嘉陵区: a river named for the county it flows by
    "金沙江畔的村庄",  # 金沙县 (贵州)
    "安宁河谷的村庄",  # 安宁市 (云南)
    "应于2024年7月15日9点30分（北京时间）前提交响应文件",  # the clock a tender's deadline is set by
]


@pytest.mark.parametrize("hint", [CQ, SC, None])
@pytest.mark.parametrize("text", FALSE_PLACES)
def test_no_false_places(gaz, text, hint):
    assert gaz.find(text, province_hint=hint) == []


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("江北区科协开展科技工作者日活动", None, ["500105"]),
        ("江北区科协开展科技工作者日活动", SC, ["500105"]),  # a 四川 page speaks for neither
        ("江北科协开展活动", None, ["500105"]),
        ("长宁科协开展活动", None, ["511524"]),  # 宜宾's 长宁县, not 上海's 长宁区
        ("宁波市江北区科协", None, ["330205"]),  # the context still decides first
        # the city's short name right before it: its own county, on any page (had been 重庆's 500105)
        ("宁波江北区打造智能制造新高地", None, ["330205"]),
        ("宁波江北区打造智能制造新高地", CQ, ["330205"]),
        ("上海市长宁区", None, ["310105"]),
        ("市中区科协开展活动", None, []),  # two of 四川: still ambiguous
        ("朝阳区科协开展活动", None, []),
    ],
)
def test_namesakes_nothing_tells_apart_are_the_ones_of_chongqing_or_sichuan(gaz, text, hint, expected):
    """江北区科协 on a page naming no province was no region (重庆's and 宁波's tied)."""
    assert regions_in_text(text, gaz, province_hint=hint) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name ending in a county's short name, after a post or a 、 of a list of names
        ("宜宾市科协召开全委会。市科协副主席王江安、李兴文等出席会议。", ["宜宾市"]),
        ("四川省机械工程学会理事长刘江油，绵阳市科协党组书记李长宁出席", ["绵阳市"]),
        ("绵阳市科协副主席黄江油，秘书长王三台出席", ["绵阳市"]),
        ("宜宾市长宁县科协主任李江安。", ["长宁县"]),
        ("宜宾市科协组织专家王兴文、李江安走进长宁", ["长宁县"]),
        # …and after a word for a student or a contestant (王江津 gave 江津区)
        ("重庆市江北中学学生王江津、綦江中学学生李南川发明的书包获专利", ["江北区", "綦江区"]),
        ("重庆市科技竞赛选手刘万州、队员张江津获一等奖", ["重庆市"]),
        # places after a post's verb, a preposition or a 、 of a list of places still count
        ("宜宾市科协副主席到江安、兴文调研", ["江安县", "兴文县"]),
        ("宜宾市委书记和江安的干部座谈", ["江安县"]),
        ("宜宾市江安、长宁、兴文三县", ["江安县", "长宁县", "兴文县"]),
        ("凉山州普格、布拖、昭觉等县", ["普格县", "布拖县", "昭觉县"]),
        ("绵阳、江油两地", ["江油市"]),
    ],
)
def test_a_persons_given_name_is_no_county(gaz, text, expected):
    """王江安, 李兴文 after 副主席 on a 宜宾 page were 江安县 and 兴文县."""
    assert names(gaz, regions_in_text(text, gaz)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # the place as it was named, then （今…）: today's place only (四川省 was a region of the story)
        ("1937年2月生于四川省江津县（今重庆市江津区），长期从事柑橘研究。", CQ, ["江津区"]),
        ("出生于四川省涪陵地区（今重庆市涪陵区）", CQ, ["涪陵区"]),
        ("生于四川省江津县(现重庆市江津区)", None, ["江津区"]),
        # no note of today's name: both stay
        ("四川省科协与重庆市江津区科协联合开展活动", CQ, ["四川省", "江津区"]),
    ],
)
def test_a_former_name_before_its_name_today_is_no_place_of_the_story(gaz, text, hint, expected):
    """四川省江津县（今重庆市江津区） tagged 四川省 too."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a prefecture's former X地区 is the area of the X the page names, or needs context as a short name does
        ("合江县科协开展荔枝技术培训。合江地区荔枝种植面积达30万亩。", None, ["合江县"]),
        ("泸州市合江县科协开展培训。合江地区荔枝种植面积达30万亩。", SC, ["合江县"]),
        ("黑龙江嫩江市的大豆，嫩江地区的农民", None, ["嫩江市"]),  # not 齐齐哈尔市 (嫩江地区 once)
        ("合江地区荔枝种植面积达30万亩", None, []),
        # … and with context it is the prefecture still; an official X地区 needs none
        ("黑龙江省合江地区", None, ["佳木斯市"]),
        ("四川绵阳地区", None, ["绵阳市"]),
        ("绵阳地区的农民", SC, ["绵阳市"]),
        ("黔江地区", CQ, ["黔江区"]),
        ("阿克苏地区", None, ["阿克苏地区"]),
    ],
)
def test_a_former_area_name_yields_to_the_unit_the_page_names(gaz, text, hint, expected):
    """合江地区 (佳木斯市's former name) on a 合江县 page was 佳木斯市."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 会同 ("together with") between a body and a body named by its level
        ("普格县科协会同县教育局开展青少年科普活动", ["普格县"]),
        ("普格县科协会同县科协开展活动", ["普格县"]),
        ("县农业农村局会同县财政局开展检查", []),
        # 会同县 itself, and a county after a body that no body's name follows
        ("湖南省会同县科协开展活动", ["会同县"]),
        ("怀化市会同县", ["会同县"]),
        ("会同县科协开展活动", ["会同县"]),
        ("在会同县举行", ["会同县"]),
        ("省科协石棉县帮扶工作队", ["石棉县"]),
        # a county named in full after a society's name is that county (the society's branch there)
        ("四川省地理学会会东县分会成立", ["会东县"]),
    ],
)
def test_an_ordinary_word_between_two_bodies_is_no_county(gaz, text, expected):
    """普格县科协会同县教育局 gave 湖南's 会同县."""
    assert names(gaz, regions_in_text(text, gaz)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a county's short name naming a street or a pavilion elsewhere
        ("乐山市市中区科协在通江街道开展科普进校园活动", SC, ["市中区"]),
        ("成都市科协举办科普讲解大赛。选手们介绍了合江亭的历史。", None, ["成都市"]),
        ("选手们介绍了武侯祠、杜甫草堂、合江亭等景点", SC, ["武侯区"]),
        # a community bearing a 重庆 district's short name, on a 重庆 paper (江北社区 of 巴州区)
        ("巴州区科协在江北社区开展健康义诊", CQ, ["巴州区"]),
        ("渝北区科协在江北社区开展活动", CQ, ["渝北区"]),
        # ...but a county's own name before 社区 is its communities' (both were lost)
        ("九龙坡社区科普大学春季班开学，渝北社区科普志愿者也前来助阵", CQ, ["九龙坡区", "渝北区"]),
        # the county itself; a town bearing its name is its seat
        ("巴中市通江县科协在诺江镇开展活动", SC, ["通江县"]),
        ("科技志愿者到通江开展活动", SC, ["通江县"]),
        ("泸州合江镇的荔枝", SC, ["合江县"]),
    ],
)
def test_a_short_name_in_a_street_or_a_pavilion_is_no_county(gaz, text, hint, expected):
    """通江街道 in 乐山, 合江亭 in 成都 and 江北社区 in 巴中 were 通江县, 合江县 and 重庆's 江北区."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a county's short name opening the name of a town of another county
        ("甘孜州科协走进康定市新都桥镇", SC, ["康定市"]),
        ("甘孜州新都桥镇的牧民", SC, ["甘孜藏族自治州"]),
        # …with the county named earlier in the sentence, not right before the town
        ("康定市科协科技志愿者在新都桥镇为牧民讲解牦牛养殖知识", SC, ["康定市"]),
        ("新都桥镇的牧民学习养殖技术。康定市科协供稿", SC, ["康定市"]),
        ("云阳县南溪镇开展科普活动。四川省科协人员参加。", CQ, ["云阳县", "四川省"]),
        ("云阳县科协在南溪镇开展科普活动。遂宁市科协、四川省科协人员参加。", CQ, ["云阳县", "遂宁市"]),
        # a town bearing its county's name, alone or in its prefecture, is the county's seat
        ("在南溪镇开展科普活动", SC, ["南溪区"]),
        ("宜宾市翠屏区科协在江安镇开展活动", SC, ["翠屏区", "江安县"]),
        ("荣昌区科协和云阳县科协在荣昌镇开展活动", CQ, ["荣昌区", "云阳县"]),
        # …and so is a town bearing a name its county no longer bears, unless the text names that county
        ("苍溪县科协召开推进会，元坝镇柑橘专业技术协会作交流发言", SC, ["苍溪县"]),
        ("昭化区科协和苍溪县科协在元坝镇开展活动", SC, ["昭化区", "苍溪县"]),
        ("县科协在元坝镇开展活动", SC, ["昭化区"]),
        # a word with 镇 or 乡 (城乡, 城镇) after a short name is no town's name
        ("云阳县科协到荣昌城乡结合部开展活动", CQ, ["云阳县", "荣昌区"]),
        # a town written right after a county is that county's, though the town's namesake's prefecture is named
        ("铜梁区科协与射洪市科协在铜梁区安居镇联合开展活动", CQ, ["铜梁区", "射洪市"]),
        ("遂宁市科协人员到铜梁安居镇参观", CQ, ["遂宁市", "铜梁区"]),
        # …and so is the same town named again on its own
        ("铜梁区科协与射洪市科协在铜梁区安居镇开展活动。射洪市金华镇的果农与安居镇的果农交流", CQ, ["铜梁区", "射洪市"]),
        ("铜梁区科协与射洪市科协在铜梁区安居镇开展活动，专家在安居古镇摆摊设点", CQ, ["铜梁区", "射洪市"]),
        ("遂宁市科协人员到安居镇参观", CQ, ["安居区"]),
    ],
)
def test_a_town_of_a_named_county_is_no_county_of_its_name(gaz, text, hint, expected):
    """康定市新都桥镇 gave 成都's 新都区 and 云阳县科协在南溪镇 宜宾's 南溪区."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("北川县科协在擂鼓镇举办科普讲座。“5·12”汶川特大地震后，县科协办公楼全部垮塌。", SC, ["北川羌族自治县"]),
        ("青川县科协参与5·12汶川地震灾后重建", SC, ["青川县"]),
        ("芦山“4·20”强烈地震后，宝兴县科协深入灾区", SC, ["宝兴县"]),
        ("汶川大地震十周年", SC, []),
        # a place's seismic station or site is the place's (北川, 荣昌 were lost)
        ("百余名中学生走进北川地震遗址", SC, ["北川羌族自治县"]),
        ("荣昌地震台的技术人员走进当地小学", CQ, ["荣昌区"]),
        # the county itself
        ("汶川县科协在映秀镇开展活动", SC, ["汶川县"]),
        ("科技志愿者到汶川开展活动", SC, ["汶川县"]),
    ],
)
def test_an_earthquake_named_for_its_place_is_no_place(gaz, text, hint, expected):
    """汶川特大地震 tagged 汶川县 on the stories of other counties that name it."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("7月1日，北京现代重庆工厂新车型下线。", CQ, ["重庆市"]),
        ("北京现代、广州本田等车企负责人来渝考察", CQ, []),
        ("上海大众汽车公司技术人员走进校园", CQ, []),
        # a word the partner's name opens keeps the place (现代农业, 现代化, 大众创业)
        ("成都现代农业园区迎来参观者", SC, ["成都市"]),
        ("推进重庆现代化建设", CQ, ["重庆市"]),
        ("重庆大众创业万众创新活动周启动", CQ, ["重庆市"]),
        ("北京市现代农业研究院专家来渝", CQ, ["北京市"]),
    ],
)
def test_a_car_joint_ventures_place_is_no_place(gaz, text, hint, expected):
    """北京现代重庆工厂 gave 北京 beside 重庆: the place opens the joint venture's name, not where it happens."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # a city's one short name where a place goes is that city, whatever the page's province
        ("第八届全国科普讲解大赛日前在武汉举行", None, ["武汉市"]),
        ("永川区科协组织科技工作者赴成都考察学习", CQ, ["永川区", "成都市"]),
        ("座谈会在杭州召开", SC, ["杭州市"]),
        # not a body's, a town's or a village's name, nor a title's words, nor a word after no verb of place
        ("专家在中山大学作报告", None, []),
        ("南川区科协在南平镇组织种植培训", CQ, ["南川区"]),
        ("他曾在《毛泽东在青岛》中饰演主角", None, []),
        ("武汉大学教授来渝讲学", CQ, []),
        ("科普讲解大赛在武汉举行", SC, ["武汉市"]),
        # nor a brand's, a dish's or a university's name, an idea's or a foreign place's, nor after 关于 or 受到
        ("在宁德时代等龙头企业带动下", CQ, []),
        ("调研组来到青岛啤酒重庆公司", CQ, ["重庆市"]),
        ("在宁波银行重庆分行参加融资对接会", CQ, ["重庆市"]),
        ("介绍关于宁德时代的成功经验", None, []),
        ("受到青岛啤酒等企业关注", None, []),
        ("在兰州拉面馆用餐", None, []),
        ("主讲人毕业于哈尔滨工业大学", CQ, []),
        ("曾在青岛科技大学任教", SC, []),
        ("要在延安精神的激励下奋进", CQ, []),
        ("播放了在北海道拍摄的纪录片", CQ, []),
        # a verb or an adverb may follow the city (the event's word is no noun)
        ("乒乓球擂台赛在武汉重新开赛", None, ["武汉市"]),
        ("该展现在深圳展出", None, ["深圳市"]),
        ("新书《在温州的日子》和在杭州西湖边写作的经历", CQ, []),
    ],
)
def test_a_citys_short_name_where_a_place_goes_is_that_city(gaz, text, hint, expected):
    """在武汉举行 and 赴成都考察 (on a 重庆 page) gave no region: a city's short name needed its province."""
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


def test_match_offsets_refer_to_the_original_text(gaz):
    text = "會議在重慶市江北區召開"
    [match] = [m for m in gaz.find(text) if m.adcode == "500105"]
    assert (match.surface, text[match.start : match.end]) == ("江北區", "江北區")


@pytest.mark.parametrize(
    ("name", "hint", "context", "expected"),
    [
        ("德阳市", None, (), "510600"),
        ("德阳", None, (), "510600"),
        ("凉山州", None, (), "513400"),
        ("凉山彝族自治州", None, (), "513400"),
        ("江北区", CQ, (), "500105"),
        ("江北区", None, ("330200",), "330205"),
        ("江北区", None, (), "500105"),  # nothing tells 重庆 from 宁波: this press's 重庆
        ("市中区", None, (), None),  # 内江's and 乐山's (and 山东's two): no one of 重庆 or 四川
        ("朝阳区", None, (), None),  # 北京's and 长春's: none of them
        ("开县", None, (), "500154"),
        ("彭水", None, (), "500243"),
        ("秀山", None, (), "500241"),
        ("没有这个地方", None, (), None),
        ("酒泉", None, (), None),  # an ordinary word first…
        ("新区", CQ, (), None),  # an ordinary word first (两江新区科协): not 丰润区 on a 重庆 page
        ("新区", "130000", (), "130208"),  # … unless the page is 河北's
    ],
)
def test_resolve_name(gaz, name, hint, context, expected):
    assert gaz.resolve_name(name, province_hint=hint, context_codes=context) == expected


def test_a_name_in_a_datelines_place_slot_is_a_place(gaz):
    """…but 本报酒泉…电 files the story from 酒泉市."""
    assert gaz.resolve_name("酒泉", in_place_slot=True) == "620900"


@pytest.mark.parametrize(
    ("site", "hint", "expected"),
    [
        ("攀枝花日报", SC, "510400"),
        ("凉山日报", SC, "513400"),
        ("巫山发布", CQ, "500237"),
        ("彭水新闻网", CQ, "500243"),
        ("重庆市科协官网", CQ, "500000"),
        ("四川科技报", SC, "510000"),
        ("重慶科技報", CQ, "500000"),
        ("叙永科协", None, "510524"),
        ("今日渝北", None, "500112"),  # a district paper's name may open with 今日 or 掌上
        ("今日合川", CQ, "500117"),
        ("掌上綦江", CQ, "500110"),
        ("今日头条", None, None),
        ("巫山发布", SC, None),  # not of the page's province
        ("科技工作者之家", SC, None),
        ("科普四川", SC, None),  # a place at its end names no paper of that place
        # a name that goes on with a unit under the first names that one: a bulletin's issuer
        ("重庆市潼南区科学技术协会", CQ, "500152"),
        ("四川省绵阳市游仙区科协", SC, "510704"),
        ("重庆市科学技术协会", CQ, "500000"),
    ],
)
def test_the_unit_a_paper_is_named_for(gaz, site, hint, expected):
    assert gaz.unit_named_first(site, province_hint=hint) == expected


def test_lineage_and_get(gaz):
    assert gaz.lineage("510182") == ["510182", "510100", "510000"]
    assert gaz.lineage("500105") == ["500105", "500000"]
    assert gaz.get("500154").name == "开州区"
    assert gaz.get("999999") is None


def test_editor_added_alias():
    """Aliases given by editors match like short names."""
    gaz = RegionGazetteer(
        [
            RegionEntry("500000", "重庆市", None, "province", ("重庆", "巴渝")),
            RegionEntry("500154", "开州区", "500000", "county", ("开州",)),
        ],
        common_words=(),
    )
    assert regions_in_text("巴渝大地", gaz) == ["500000"]


@pytest.mark.parametrize(
    ("seed", "hint", "expected"),
    [
        ("000", CQ, ["巴南区", "江北区", "沙坪坝区", "涪陵区", "潼南区", "梁平区"]),
        ("001", CQ, ["荣昌区", "彭水苗族土家族自治县", "开州区"]),
        ("002", SC, ["德阳市", "遂宁市", "广元市", "青白江区"]),
        (
            "003",
            CQ,
            [
                "秀山土家族苗族自治县",
                "丰都县",
                "忠县",
                "潼南区",
                "璧山区",
                "巫山县",
                "威海市",
                "荣昌区",
                "泉州市",
                "云阳县",
                "大足区",
                "开州区",
            ],
        ),
    ],
)
def test_seed_pages(gaz, seed, hint, expected):
    """Each seed page yields the regions an editor would tag, and nothing else."""
    [path] = SEEDS.glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert names(gaz, regions_in_text(text, gaz, province_hint=hint)) == expected


def _article(text, start, end):
    return text[text.index(start) : text.index(end, text.index(start))]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("川渝科协共建共享科普工作格局", "(渝科)", ["安岳县", "重庆市"]),
        ("泸州市科协与永川区科协", "(赵祎)", ["泸州市", "永川区"]),
        ("资阳市科协与大足区科协", "(资阳市科协)", ["大足区", "安岳县"]),
        ("省科协赴布拖县", "(省科协机关党委)", ["布拖县"]),
        ("达州市预防医学会", "(达州市科协)", ["达州市"]),
        ("锦江区产业功能区科协", "(锦江区科协)", ["锦江区"]),
        ("德阳市科协提升", "(德阳市科协)", ["德阳市"]),
        ("彭州市科协走访", "(彭州市科协)", ["彭州市"]),
        ("绵阳市科协调研", "(谢勇)", ["绵阳市"]),
    ],
)
def test_seed_004_articles(gaz, start, end, expected):
    """The 四川 page's news items, one by one."""
    [path] = SEEDS.glob("004_*.txt")
    text = _article(path.read_text(encoding="utf-8"), start, end)
    assert names(gaz, regions_in_text(text, gaz, province_hint=SC)) == expected


def test_an_empty_region_table_finds_nothing_rather_than_failing():
    """A database whose regions are not loaded yet still imports: no places, no crash."""
    empty = RegionGazetteer([], common_words=())
    assert empty.find("重庆市江北区科协开展科普活动") == []
    assert regions_in_text("四川省德阳市", empty) == []
