"""Themes from the editors' weighted term rules."""

from pathlib import Path

import pytest

from articles.textpipeline.themes import DEFAULT_THEME_RULES, ThemeRule, assign_themes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

RULES = (
    ThemeRule.from_text("tuopin", "脱贫攻坚", "脱贫攻坚*3\n脱贫*2\n扶贫"),
    ThemeRule.from_text("yiqing", "疫情防控", "疫情防控*3，疫情、防疫*2"),
    ThemeRule.from_text("jinrong", "科技金融", "普惠金融*3\n金融"),
)


def seed_slice(prefix: str, start: str, end: str) -> str:
    text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i : text.index(end, i + len(start))]


def test_rule_terms_parse_weights_and_separators():
    assert RULES[0].terms() == [("脱贫攻坚", 3.0), ("脱贫", 2.0), ("扶贫", 1.0)]
    assert [t for t, _ in RULES[1].terms()] == ["疫情防控", "疫情", "防疫"]
    assert ThemeRule("x", "x", ("科普 * 2", "巴蜀×1.5")).terms() == [("科普", 2.0), ("巴蜀", 1.5)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("九龙坡区科协开展科学课进校园活动", "科技辅导员走进谢家湾小学，为学生带来机器人编程、趣味实验等科学教育课程。"),
        ("大熊猫国家公园开展自然教育活动", "雅安市科协组织中小学生走进保护区，开展研学活动。"),
    ],
)
def test_school_science_and_nature_education_is_science_popularisation(title, body):
    """科学课, 科技辅导员, 科学教育, 自然教育 and 研学 named no term of any theme: no theme at all."""
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES))[0] == "kexue-puji"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("秋季养生小贴士", "秋季天气干燥，专家提醒：多喝水，早睡早起，注意保暖，预防感冒。"),
        ("如何科学应对高温天气？", "高温天气要注意防范中暑，老人和慢性病患者尤其要注意。"),
        ("市营养学会开展“全民营养周”活动", "举办营养讲座12场，倡导合理膳食。"),
        ("市医学会举办基层医师培训班", "培训内容涵盖慢性病管理、急诊急救等，助力分级诊疗制度落地。"),
    ],
)
def test_health_advice_is_health_without_a_doctor_in_it(title, body):
    """A page of 养生 tips, heat and 中暑, 营养 and 膳食 named no word of the health rule (医院, 医生…)."""
    rules = {rule.slug: rule for rule in DEFAULT_THEME_RULES}
    assert "weisheng-jiankang" in assign_themes(title, body, list(rules.values()))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a crop's pests and a pig farm's disinfection are farming, no epidemic (each was 疫情防控)
        ("柑橘黄龙病防控要抓好“三板斧”", "忠县农业技术推广中心高级农艺师提醒果农，防控黄龙病要及时挖除病树，防治木虱。",
         ["xiangcun-zhenxing"]),
        ("玉米草地贪夜蛾防控技术要点", "当前正值我省玉米大喇叭口期，草地贪夜蛾进入为害高峰，各地要开展成虫监测。",
         ["xiangcun-zhenxing"]),
        ("生猪养殖户如何防控非洲猪瘟", "要封闭管理猪场，要严格车辆人员消毒，要定期消毒。", ["xiangcun-zhenxing"]),
        # a project's start of work is no return to work (it was 复工复产)
        ("“中国天眼”的二十二年", "2011年3月，500米口径球面射电望远镜工程正式开工；2016年9月25日落成启用。", []),
        # the history of science told (no theme)
        ("科技史上的今天", "1903年12月17日，奥维尔·莱特驾驶“飞行者一号”飞行了12秒。", ["kexue-puji"]),
        # a disease and its treatment, no doctor or hospital named (no theme)
        ("幽门螺杆菌会传染全家吗", "共用餐具是家庭内传播的重要原因。治疗需要规范使用抗生素。", ["weisheng-jiankang"]),
        ("“三高”人群吃饭有讲究", "“三高”指高血压、高血糖和高血脂。", ["weisheng-jiankang"]),
        # an epidemic is still named by its own words
        ("社区开展疫情防控宣传", "志愿者在小区门口测温、消毒，提醒居民做好防控。", ["yiqing-fangkong"]),
        # a network cut off, a country in a body, a refitted 卫生间 (were 疫情防控, 学会与组织建设, 卫生健康)
        ("网络安全知识进机关", "专家建议，涉密电脑要与互联网物理隔离，不随意插拔移动存储设备。", []),
        ("联合国呼吁加强维和行动", "秘书长呼吁各会员国为维和行动提供更多支持。", []),
        ("乡村科普活动室建成", "綦江区科协在东溪镇建成乡村科普活动室，配备了科普图书，并改造了卫生间。", ["kexue-puji"]),
        # a 科协's congress and plenary meetings are its organization's (were 人大代表履职 and none)
        ("剑阁县科协召开第四次代表大会", "剑阁县科学技术协会第四次代表大会召开。县委书记、县人大常委会主任何勇出席并讲话。"
         "大会选举产生了县科协第四届委员会。", ["xuehui-zuzhi-jianshe"]),
        ("广元市科协召开九届四次全委会议", "会议审议通过了工作报告。", ["xuehui-zuzhi-jianshe"]),
        ("市科协召开2024年全市科协工作会议", "会议总结了2023年工作，部署2024年重点任务。", ["xuehui-zuzhi-jianshe"]),
        # the health of soil is a field's, no one's (it was 卫生健康); its fields kept for grain are farming
        ("重庆市土壤学会举办土壤健康与耕地保护学术研讨会", "来自市内高校的150余名专家学者围绕土壤污染防治、高标准农田建设进行了交流。",
         ["xiangcun-zhenxing", "xuehui-zuzhi-jianshe"]),
        # one 科技小院 in a list of joint work does not make a university's agreement farming (it was 乡村振兴)
        ("永川区科协与重庆文理学院签署战略合作协议", "双方将在共建院士专家工作站、科技小院，联合开展学术交流等方面开展合作。",
         ["chanxueyan-fuwu-qiye"]),
    ],
)
def test_a_themes_own_words_decide_it_not_a_word_it_shares(title, body, expected):
    """防控 and 消毒 of a farm, 开工 of a project, a disease's words and the history of science; a longer word
    holding a theme's term (物理隔离, 会员国, 人大常委会主任) and a 科协's own meetings."""
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES)) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a school named 巴蜀 is no story of the two provinces (it was 成渝地区双城经济圈)
        ("巴蜀小学举办科技节", "4月10日，重庆市巴蜀小学第十届科技节开幕，学生们展示了自制水火箭和机器人。", ["kexue-puji"]),
        # the youth contests and camps of science (no theme)
        ("永川区青少年机器人竞赛举行", "由永川区科协、区教委主办，全区28所中小学的300余名选手参赛。", ["kexue-puji"]),
        ("彭水县举办航模比赛", "来自全县12所学校的学生参加了航空航天模型比赛。", ["kexue-puji"]),
        # the pupils' coding and robot contests (no theme); bare 编程 and 挑战赛 are a job's skill, a sport's race
        ("遂宁举办中小学生创意编程大赛", "4月2日，遂宁市首届中小学生创意编程大赛举行，150名选手参赛。", ["kexue-puji"]),
        ("我市学子获FLL工程挑战赛冠军", "巴南区一所小学的战队夺得全国冠军。", ["kexue-puji"]),
        ("重庆大学队获RoboMaster机甲大师赛一等奖", "队员们在赛前完成了机器人调试。", ["kexue-puji"]),
        ("山地自行车挑战赛开赛", "来自各地的选手参加了20公里挑战赛。", []),
        ("软件园招聘编程人员", "企业提供编程岗位200个。", ["chanxueyan-fuwu-qiye"]),
        # SARS, the epidemic of 2003 (it was 科学普及 alone)
        ("市科协编发防治非典读本", "《非典型肺炎防治知识问答》印制完成，指导群众预防非典。", ["yiqing-fangkong"]),
        ("非典型案例分析", "专家分析了三个非典型案例。", []),  # 非典型 alone: any "atypical"
        # 学会 the verb (it was 学会与组织建设); a village's crop and its farmers (no theme)
        ("荣县：茶农学会“看天管茶”", "荣县科协开展“气象为农”活动，为茶农讲解茶园管护技术。", ["xiangcun-zhenxing"]),
        ("沐川县举办茶叶技术培训", "6月7日，沐川县科协在舟坝镇举办茶叶技术培训。", ["xiangcun-zhenxing"]),
        ("市营养学会举办学术年会", "会议交流了营养学研究进展。", ["weisheng-jiankang", "xuehui-zuzhi-jianshe"]),
        # a lab built with a university, its contracts and patents (no theme)
        ("重庆大学与科学城共建联合实验室", "学校将组织团队入驻。", ["chanxueyan-fuwu-qiye"]),
        ("山地城镇建设实验室巡礼", "实验室共建联合研究中心，近三年签订横向合同1.2亿元，转化专利37件。", ["chanxueyan-fuwu-qiye"]),
        # the statistics of technology transfer: contracts registered and their turnover (no theme); a contract
        # of another kind is none
        ("全省技术合同成交额突破2000亿元", "1—11月全省共登记3.6万项，同比增长18.2%。", ["chanxueyan-fuwu-qiye"]),
        ("我市技术交易额再创新高", "全年登记合同4200项。", ["chanxueyan-fuwu-qiye"]),
        ("劳动合同纠纷案例解读", "律师讲解了签订劳动合同的注意事项。", []),
        # a 辟谣 piece is science told, and a flu piece health (it was 疫情防控 from 口罩 alone)
        ("网传“喝板蓝根能预防流感”", "专家表示，目前没有可靠证据。预防流感最有效的办法是接种疫苗、勤洗手、戴口罩。",
         ["weisheng-jiankang", "kexue-puji"]),
        ("吃味精致癌？真相来了", "谣言：味精加热后会产生致癌物。真相：正常烹饪温度下味精是安全的。", ["kexue-puji"]),
        # a farm's animals vaccinated against 禽流感: farm work, no one's health (流感 inside it was 卫生健康)
        ("养殖户接种禽流感疫苗", "近日，梁平区畜牧站技术人员深入养殖场，为养殖户的鸡鸭接种禽流感疫苗，并讲解科学养殖技术。",
         ["xiangcun-zhenxing"]),
    ],
)
def test_a_themes_own_story_kinds_name_it(title, body, expected):
    """A school's name, 非典型 and 学会 the verb hold a theme's term; contests, epidemics of the 2000s, a
    village's crop and a joint lab named no term of their theme."""
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES)) == expected


def test_studying_a_plenums_spirit_is_party_study():
    """学习贯彻…全会精神, 中心组学习: a 科协's study of the Party's decisions named none of 党建, 党课, 党支部."""
    title = "全省科协系统学习贯彻党的二十届三中全会精神"
    body = "成都市科协召开会议，传达学习全会精神。会议强调，要在科技助力乡村振兴上展现新作为。"
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES))[0] == "dangjian-xuexi"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 科协 head's office names who speaks (two such titles made a silkworm story party work)
        ("市科协党组书记、常务副主席王合清说，科技特派员要扎根乡村。巫溪县科协党组书记、主席向红梅介绍，带动农户增收。",
         ["xiangcun-zhenxing"]),
        ("科协党组书记罗明富、党组成员唐双慰问退役军人，祝大家节日快乐、身体健康。", []),  # and a greeting no health
        ("市科协党组召开理论学习中心组学习会。", ["dangjian-xuexi"]),  # the 党组 itself at work
        ("科协党组书记罗明富走访慰问机关退休老干部，希望老干部们常“回家”看看。", ["dangjian-xuexi"]),  # 老干部工作
    ],
)
def test_an_office_and_a_greeting_are_no_evidence(body, expected):
    """党组书记 and 身体健康 hold 党组 and 健康, but name an office and wish well."""
    assert assign_themes("巫溪县科协开展活动", body, list(DEFAULT_THEME_RULES)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 科协's department names where a candidate works (科学普及部 made a 任前公示 science popularisation)
        ("陈丽娟，现任市科协科学普及部副部长，拟任市科协科学普及部部长。王晓峰，现任市科协学会学术部部长。", []),
        # an obituary's formula for the dead (it made the obituary party work)
        ("中国共产党优秀党员、中国工程院院士王守成同志，因病医治无效逝世。", []),
        # the science the department does is science popularisation still
        ("市科协科学普及部组织开展科普进社区活动，发放科普资料2000余份。", ["kexue-puji"]),
    ],
)
def test_a_department_and_an_obituarys_formula_are_no_evidence(body, expected):
    """科学普及部, 学会学术部 and 中国共产党优秀党员 hold 科学普及, 学会 and 党员, but name a desk and a life."""
    assert assign_themes("重庆市科协公告", body, list(DEFAULT_THEME_RULES)) == expected


def test_science_communication_is_science_popularisation():
    """科学传播 is what 科普 is called at an international meeting; a foreign 学会 named in it made the
    story 学会与组织建设 alone."""
    title = "国际科学传播大会在成都开幕"
    body = "英国皇家学会会员、牛津大学教授在主旨报告中介绍了开放科学的进展。会议期间还将举办科普作品展。"
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES))[0] == "kexue-puji"


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("", "今天天气很好。", []),
        ("", "扶贫", ["tuopin"]),  # weak evidence still gives one theme
        ("脱贫攻坚收官之年", "会议部署疫情防控。", ["tuopin", "yiqing"]),
        ("普惠金融论坛", "疫情之下，防疫之中", ["jinrong", "yiqing"]),
        ("", "脫貧攻堅決戰決勝", ["tuopin"]),  # traditional characters
        ("", "脱贫攻坚 疫情防控 普惠金融", ["tuopin", "yiqing", "jinrong"]),  # ties keep rule order
    ],
)
def test_assign_themes(title, body, expected):
    assert assign_themes(title, body, RULES) == expected


def test_longest_term_counts_once_and_title_weighs_more():
    """脱贫攻坚 is not also counted as 脱贫; a title hit beats one body hit."""
    assert assign_themes("", "脱贫攻坚 疫情 疫情 疫情 疫情", RULES) == ["yiqing", "tuopin"]
    assert assign_themes("疫情", "扶贫 扶贫", RULES)[0] == "yiqing"
    assert assign_themes("", "扶贫 扶贫 扶贫 疫情", RULES)[0] == "tuopin"


def test_max_themes_and_relative_floor():
    body = "脱贫攻坚" * 5 + "疫情防控" * 5 + "普惠金融" * 5
    assert len(assign_themes("", body, RULES, max_themes=2)) == 2
    assert assign_themes("", "脱贫攻坚" * 5 + "金融", RULES) == ["tuopin"]


def test_default_rules_cover_the_taxonomy():
    names = [r.name for r in DEFAULT_THEME_RULES]
    assert names == ["疫情防控", "复工复产", "脱贫攻坚", "乡村振兴与农业", "科学普及", "成渝地区双城经济圈",
                     "产学研合作与服务企业", "党建与学习", "科技金融", "学会与组织建设", "人大代表履职", "卫生健康"]
    slugs = [r.slug for r in DEFAULT_THEME_RULES]
    assert len(set(slugs)) == 12 and all(s.isascii() and s == s.lower() for s in slugs)
    assert all(len(r.terms()) >= 5 for r in DEFAULT_THEME_RULES)


def test_a_youth_science_contest_is_science_popularization():
    """青少年科技创新大赛, the 科协's contests for school pupils, named no word of the 科普 rule."""
    rules = {rule.slug: rule for rule in DEFAULT_THEME_RULES}
    found = assign_themes(
        "德阳举办青少年科技创新大赛", "全市120所学校的600余名学生参赛。", [rules["kexue-puji"], rules["xuehui-zuzhi-jianshe"]]
    )
    assert found == ["kexue-puji"]


@pytest.mark.parametrize(
    "prefix, start, end, first, also",
    [
        ("000", "重庆市科技类社会组织", "4月2日", "yiqing-fangkong", {"xuehui-zuzhi-jianshe"}),
        ("000", "梁平区屏锦镇", "文/许天位", "tuopin-gongjian", set()),
        ("000", "重庆小雨点作为", "印象深刻", "keji-jinrong", set()),
        ("001", "荣昌区:人大代表", "10月27日", "renda-daibiao-lvzhi", set()),
        ("001", "重庆小雨点荣获", "高校专家服务队", "keji-jinrong", set()),
        ("001", "高校专家服务队", "专家团队通过", "chanxueyan-fuwu-qiye", set()),
        ("002", "德阳市科协推广使用", "(李华)", "dangjian-xuexi", set()),
        ("002", "遂宁市科协安排部署", "(遂宁市科协)", "tuopin-gongjian", set()),
        ("002", "青白江区科协服务", "(青白江区科协)", "fugong-fuchan", {"chanxueyan-fuwu-qiye"}),
        ("003", "我市多措并举", "张亚飞", "tuopin-gongjian", {"yiqing-fangkong"}),
        ("004", "川渝科协共建共享", "(渝科)", "chengyu-shuangcheng", {"kexue-puji"}),
        ("004", "泸州市科协与永川区科协", "(赵祎)", "chengyu-shuangcheng", set()),
        ("004", "达州市预防医学会", "(达州市科协)", "weisheng-jiankang", set()),
        ("004", "省科协赴布拖县", "(省科协机关党委)", "tuopin-gongjian", set()),
    ],
)
def test_seed_articles_get_plausible_themes(prefix, start, end, first, also):
    text = seed_slice(prefix, start, end)
    title, _, body = text.partition("\n")
    themes = assign_themes(title, body, DEFAULT_THEME_RULES)
    assert 1 <= len(themes) <= 3
    assert themes[0] == first, themes
    assert also <= set(themes), themes


RENDA = (ThemeRule.from_text("renda", "人大代表履职", "人大代表*3\n人大*2"),)


@pytest.mark.parametrize(
    ("title", "title_words", "found"),
    [
        ("机器人大赛", ["机器人", "大赛"], []),  # 人大 begins inside 机器人 and stops inside 大赛
        ("个人大数据", ["个人", "大", "数据"], []),
        # a lone character the dictionary left over (机械人, the 港澳 robot) is the word before's tail
        ("机械人大赛", ["机械", "人", "大赛"], []),
        ("人大会议", ["人", "大", "会议"], ["renda"]),  # two lone characters: the term is whole
        ("市人大代表", ["市", "人大代表"], ["renda"]),  # inside one word
        ("区人大视察", ["区", "人大", "视察"], ["renda"]),  # a word of its own
        ("人大常委会", ["人大常委会"], ["renda"]),
        ("机器人大赛", None, ["renda"]),  # without the segmenter's words every substring counts
    ],
)
def test_a_term_straddling_two_words_is_no_evidence(title, title_words, found):
    ends = None
    if title_words is not None:
        assert "".join(title_words) == title
        ends = [sum(len(w) for w in title_words[: n + 1]) for n in range(len(title_words))]
    assert assign_themes(title, "", RENDA, title_ends=ends) == found


def test_a_term_holding_a_words_start_counts():
    """预防医学 across 预防 / 医学会: the term starts where a word does, so it is the text's."""
    rules = (ThemeRule.from_text("weisheng", "卫生健康", "预防医学*2"),)
    words = ["达州市", "预防", "医学会"]
    ends = [3, 5, 8]
    assert "".join(words) == "达州市预防医学会"
    assert assign_themes("达州市预防医学会", "", rules, title_ends=ends) == ["weisheng"]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # one use in a physicist's list of uses made a laser interview 卫生健康
        ("科技城里的“追光者”", "张宏：比如激光切割、激光医疗，还有大家每天用的光纤通信，都离不开激光技术。", []),
        # one place in a list of where the lab goes made an ecologist's interview 乡村振兴与农业
        ("院士眼中的生态屏障", "我们要把实验室搬到库区、搬到田间，守护好长江上游。", []),
        # the same word as the clause's own subject is the story's, weak as it is
        ("科技城里的“追光者”", "激光医疗让许多眼疾得到了精准治疗。", ["weisheng-jiankang"]),
        # and a list's word that the title names too
        ("激光医疗走进基层", "张宏：比如激光切割、激光医疗，都离不开激光技术。", ["weisheng-jiankang"]),
    ],
)
def test_one_item_of_a_list_named_in_passing_is_no_theme(title, body, expected):
    """Below the bar every theme must clear, one general word once in the body, as one short item of a list,
    says what something is used for, not what the story is about."""
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES)) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a museum's guide and its exhibits, no 科普 said (it had no theme)
        ("自贡恐龙博物馆推出数字导览",
         "观众扫描展柜旁二维码即可收听语音讲解，共覆盖馆内32件重点展品。本件标本1979年出土于自贡大山铺。",
         ["kexue-puji"]),
        # 巴蜀 names an exhibition's land and past, no policy of the two provinces (it was 成渝地区双城经济圈)
        ("重庆自然博物馆“巴蜀古生物”展厅焕新开放", "重庆自然博物馆“巴蜀古生物”展厅重新开放，新增展品120余件。",
         ["kexue-puji"]),
        ("巴蜀文化进校园", "学生们了解了巴蜀文化的历史。", []),
        # 巴蜀文化旅游走廊 is one of the double city circle's named projects: the policy, by its own name (it
        # lost the theme with 巴蜀)
        ("璧山区与泸县科协携手", "重庆市璧山区科协与四川省泸县科协签署协议，共建巴蜀文化旅游走廊。", ["chengyu-shuangcheng"]),
        # guard: the land's culture and its tourism named apart are no such project
        ("巴蜀文化旅游节开幕", "游客在古镇体验巴蜀文化，参观旅游走廊上的非遗展示。", []),
        # the policy's own words still name it
        ("川渝科协签署合作协议", "助力成渝地区双城经济圈建设。", ["chengyu-shuangcheng"]),
        # a museum named once in a travel piece makes no theme alone
        ("古城清真寺揽胜", "1935年，这个清真寺被世俗化，改成了博物馆，不再作祈祷之地。", []),
    ],
)
def test_a_museums_exhibits_are_science_popularisation_and_bashu_is_no_policy(title, body, expected):
    assert assign_themes(title, body, list(DEFAULT_THEME_RULES)) == expected


@pytest.mark.parametrize(
    ("body", "health"),
    [
        # a budget's functional classes, in every body's 决算 (it was 卫生健康)
        ("一般公共预算财政拨款支出532.18万元，其中科学技术（类）支出389.65万元，卫生健康（类）支出31.27万元，"
         "住房保障（类）支出52.85万元。", False),
        ("卫生健康支出31.27万元，主要用于行政事业单位医疗（项）。", False),
        # a health commission's own work is health still
        ("区卫生健康委联合区科协开展健康讲座，医生为居民讲解慢性病预防。", True),
    ],
)
def test_a_budgets_functional_class_is_no_theme(body, health):
    themes = assign_themes("永川区科协2025年部门决算公开", body, list(DEFAULT_THEME_RULES))
    assert ("weisheng-jiankang" in themes) is health
