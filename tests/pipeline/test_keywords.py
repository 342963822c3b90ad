"""TF-IDF keywords from the segmenter's words."""

from pathlib import Path

import pytest

from articles.textpipeline.keywords import (
    KeywordExtractor,
    keywords,
    words_outside_english_runs,
    words_outside_links,
    words_outside_marked_latin,
    words_outside_references,
)
from articles.textpipeline.segment import Segmenter, normalize

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_slice(prefix: str, start: str, end: str) -> str:
    text = next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i : text.index(end, i + len(start))]


@pytest.fixture(scope="module")
def seg():
    return Segmenter()


def test_stop_words_numbers_and_single_characters_excluded():
    ex = KeywordExtractor({"脱贫攻坚": 9.0, "工作": 1.0}, ["工作"])
    words = ["工作", "工作", "脱贫攻坚", "2020", "3.5", "年", "的", "85%", "脱贫攻坚"]
    assert ex.keywords(words) == ["脱贫攻坚"]


@pytest.mark.parametrize(
    ("word", "candidate"),
    [
        ("余份", False),  # 2000余份
        ("多名", False),  # 30多名
        ("余万元", False),
        ("余人次", False),
        ("余热", True),  # 发挥余热
        ("多元", True),
        ("余额", True),
        ("万余人次", False),  # 5万余人次
        ("亿人", False),  # 1亿人
        ("三届", False),  # 三届五次全委会
        ("第三十七届", False),
        ("委在", False),  # 农业农村委 / 在: glued across a word's edge
        ("之春", False),  # 科技 / 之春
        ("千家万户", True),
        ("届时", True),
        ("2nd", False),  # The 2nd International Conference: an English ordinal
        ("21st", False),
        ("5g", True),
        ("余年", False),  # 20余年
        ("余天", False),
    ],
)
def test_what_is_left_of_a_number_is_no_keyword(word, candidate):
    assert KeywordExtractor({}, []).is_candidate(word) is candidate


def test_quantities_in_real_text_are_not_keywords(seg):
    text = "科普志愿者向市民发放科普资料2000余份，30多名医疗专家提供义诊，发放资料余份。"
    words = seg.analyze(text).words
    assert {"余份", "多名"} & set(words)  # jieba does cut them out of the numbers
    assert not {"余份", "多名"} & set(keywords(words))


def test_rarer_word_outranks_common_one_and_ties_keep_order():
    ex = KeywordExtractor({"普惠金融": 12.0, "企业": 4.0, "甲乙": 5.0, "丙丁": 5.0}, [])
    assert ex.keywords(["企业", "企业", "普惠金融", "甲乙", "丙丁"], top_k=3) == ["普惠金融", "企业", "甲乙"]


@pytest.mark.parametrize(
    "prefix, start, end, expected, top",
    [
        ("002", "德阳市科协推广使用", "(李华)", "学习强国", 2),
        ("001", "重庆小雨点荣获", "高校专家服务队", "小雨点", 2),
        ("001", "重庆小雨点荣获", "高校专家服务队", "普惠金融", 8),
        ("000", "重庆小雨点作为", "印象深刻", "小雨点", 2),
        ("002", "遂宁市科协安排部署", "(遂宁市科协)", "脱贫攻坚", 3),
        ("001", "荣昌区:人大代表", "10月27日", "人大代表", 2),
    ],
)
def test_seed_articles_keywords(seg, prefix, start, end, expected, top):
    """The word an editor would tag the seed article with ranks near the top."""
    words = seg.analyze(seed_slice(prefix, start, end)).words
    result = keywords(words)
    assert expected in result[:top], result
    assert not {"工作", "开展", "相关", "进行", "积极", "我们", "表示"} & set(result)


def test_the_compact_idf_table_answers_as_the_dict_it_replaces():
    """jieba's IDF table held in flat buffers: the same value for every word, the same default."""
    import statistics

    from articles.textpipeline.keywords import CompactIdf, _jieba_idf_path, default_extractor

    table = {}
    with _jieba_idf_path().open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.rstrip("\n").partition(" ")
            if value:
                table[word] = float(value)
    extractor = default_extractor()
    assert isinstance(extractor.idf, CompactIdf) and len(extractor.idf) == len(table)
    assert all(extractor.idf.get(word) == value for word, value in table.items())
    assert extractor.idf.get("不在表里的词", -1.0) == -1.0 and extractor.idf.get("") is None
    assert extractor.default_idf == statistics.median(table.values())


def test_a_later_line_wins_in_the_compact_table():
    from articles.textpipeline.keywords import CompactIdf

    idf = CompactIdf([b"b 2.0\n", b"a 1.5\n", b"b 3.0\n", b"c\n", "科普 9.5\n".encode()])
    assert (idf.get("a"), idf.get("b"), idf.get("c"), idf.get("科普"), len(idf)) == (1.5, 3.0, None, 9.5, 3)


def test_english_function_words_in_an_english_name_are_no_keywords(seg):
    """2023 International Conference on Smart Agriculture: "on" was a keyword; the names stay, in their case."""
    text = "2023 International Conference on Smart Agriculture在渝举行，Conference on Smart Agriculture聚焦智慧农业。"
    found = keywords(seg.analyze(text).words, top_k=20)
    assert "on" not in found
    assert {"conference", "agriculture"} <= set(found)  # the segmenter's words are case-folded
    assert not KeywordExtractor({}, ["on"]).is_candidate("On")


def test_an_english_quotes_function_words_are_no_keywords(seg):
    """“AI is a tool, not a teacher.” in a Chinese story: "not" was one of its keywords."""
    text = "学生们用AI大模型设计实验方案。“AI is not a teacher, it is what we make of it.”老师说。"
    found = keywords(seg.analyze(text).words, top_k=20)
    assert not {"not", "it", "what", "we"} & set(found)
    assert "ai" in found


def test_an_attached_files_type_is_no_keyword(seg):
    """附件：1.科普项目申报书.docx / 2.科普项目汇总表.xlsx: docx and xlsx were keywords of the notice."""
    found = keywords(seg.analyze("附件：1.科普项目申报书.docx\n2.科普项目汇总表.xlsx\n3.项目清单.pdf").words, top_k=20)
    assert not {"docx", "xlsx", "pdf"} & set(found)


@pytest.mark.parametrize(
    "word", ["图为", "作者简介", "地说", "附图片", "现场", "去年", "打造", "助力", "全区", "据悉", "序号", "项目名称", "完成"]
)
def test_printing_words_and_segmenter_glue_are_no_keywords(word):
    """图为 opens a caption, 作者简介 a note, （附图片5张） a picture note; 高兴地说 segments into 高兴 + 地说;
    现场 and 去年 say nothing of what the story is about, nor do a campaign's verbs (打造, 助力), 全区 or a
    table's column heads (序号, 项目名称: they were keywords of award lists)."""
    assert not keywords([word, word, word, "猕猴桃"], top_k=5).count(word)


@pytest.mark.parametrize(
    "word",
    ["十五日", "二十日", "辛丑年", "廿二", "星期五", "周五", "今天上午", "上午", "总第", "年区", "日至", "年底",
     "九年", "二〇〇九年", "三月", "十二月", "正月"],
)
def test_a_dates_and_a_times_pieces_are_no_keywords(word):
    """3月5日（星期五）上午, 2021年区科协, 5月22日至28日, 二〇〇九年三月 (二 / 〇 / 〇 / 九年 / 三月): their
    pieces had been keywords."""
    assert not keywords([word, word, word, "猕猴桃"], top_k=5).count(word)


def test_a_heads_office_is_no_keyword(seg):
    """党组书记, 常务副主席: how a 科协's head is named (they were keywords of stories about silkworms)."""
    text = "市科协党组书记、常务副主席王合清说，科技特派员要扎根乡村。巫溪县科协党组书记、主席向红梅介绍，蚕农增收。"
    assert not {"党组书记", "常务副", "副主席"} & set(keywords(seg.analyze(text).words))


def test_a_regions_wing_is_no_district_glued_to_it(seg):
    """成渝北翼 (the northern wing of 成渝): no 渝北 (a district of 重庆) in its words or keywords."""
    words = seg.analyze("南充是成渝北翼的重要节点城市，两地将共建院士专家工作站。").words
    assert "渝北" not in words and "渝北" not in keywords(words)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("川渝高竹新区科协工作站在邻水县高滩镇揭牌。", {"川渝高"}),
        ("万达开川渝统筹发展示范区科协负责人参加。", {"开川"}),
        ("九龙坡区白市驿镇、隆昌市石燕桥镇科协代表到场观摩。", {"白市", "桥镇", "石燕", "驿镇"}),
        # 万达开 is no word of 万达开县店 (a 万达 store in 开县): no 万达开 and 县店
        ("万达开县店员工志愿者走进石柱县小学。", {"万达开", "县店"}),
        # a national new area's name is one place (两江 and 新区, 天府 and 新区 were keywords)
        ("产学研合作签约仪式在两江新区举行，重庆大学与5家企业签约。", {"两江", "新区"}),
        ("科技成果转化对接活动在天府新区举行。", {"天府", "新区"}),
        # a ceremony and a contract's parties are in every signing story, no topic
        ("签约仪式上，甲方与乙方代表签订技术合同。", {"仪式", "甲方", "乙方"}),
        # the 科协's stations in the towns (服务站 and 惠农 were keywords)
        ("荣昌区清江镇科普惠农服务站组织农技人员走进竹林村柑橘园。", {"服务站", "惠农"}),
    ],
)
def test_a_cooperation_zones_or_towns_name_is_no_fragments(seg, text, fragments):
    """川渝高竹新区, 万达开, 白市驿镇, 石燕桥镇: whole names, not the pieces jieba cut them into."""
    assert not fragments & set(keywords(seg.analyze(text).words))


@pytest.mark.parametrize("word", ["年会", "年轻", "日报", "月饼"])
def test_words_that_open_with_a_dates_unit_are_still_keywords(word):
    assert keywords([word, word, word, "猕猴桃"], top_k=5).count(word) == 1


def test_an_unknown_word_opening_with_a_preposition_is_glue_not_a_keyword(seg):
    """在炳草 is 在 glued to a street's name (炳草岗) jieba does not know; 老科协 is a project word."""
    ex = KeywordExtractor({"从业者": 8.0, "老科协": 9.0}, [])
    assert not ex.is_candidate("在炳草")
    assert ex.is_candidate("从业者")  # a word the IDF table knows
    found = keywords(seg.analyze("市老科协在炳草岗街道开展康养科普活动，老科协专家为从业者答疑。").words, top_k=20)
    assert "老科协" in found and "市老" not in found and not [w for w in found if w.startswith("在炳")]


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("由市", False),  # 由 市科协…: a preposition glued to what follows
        ("时应", False),
        ("还成", False),
        ("张三说", False),  # a name and the verb after it
        ("孙其峰", True),  # a name with 其 inside, behind its surname
        ("胡彩玲", True),
        ("避蚊胺", True),  # a term jieba does not know, no grammar in it
        ("乡华溪村", False),  # 中益乡华溪村 cut as 中益 + 乡华溪村: the town's 乡 glued to the village
        ("乡脆", False),  # 曲尺乡脆李
        ("镇石", False),  # 永新镇石房村
        ("区大", False),  # 高烈度区大跨桥梁: an area's 区 glued to what follows
        ("县竹", False),
    ],
)
def test_a_guess_of_the_segmenter_that_glues_grammar_on_is_no_keyword(word, kept):
    """Words neither jieba's tables nor the project know are the segmenter's guesses; those holding a
    character that binds clauses (由, 时, 还, 说…) are two words glued, not a name or a new term."""
    ex = KeywordExtractor({"猕猴桃": 9.0}, [])
    found = ex.keywords([word, word, word, "猕猴桃"], top_k=5, known=lambda w: w == "猕猴桃")
    assert (word in found) is kept
    assert word in ex.keywords([word, "猕猴桃"], top_k=5)  # without a dictionary to ask, every word is known


def test_a_project_word_with_such_a_character_is_still_a_keyword(seg):
    """以赛促学 holds 以, but the project's dictionary knows it: a keyword (so would be an editor's name)."""
    text = "市科协以赛促学，组织青少年参加科技创新大赛。以赛促学的做法受到学校欢迎，以赛促学成效明显。"
    assert "以赛促学" in keywords(seg.analyze(text).words, known=seg.has_word)
    assert "由市" not in keywords(seg.analyze("活动由市科协主办，由市科协承办，由市科协组织。").words, known=seg.has_word)


@pytest.mark.parametrize(
    ("text", "town", "fragment"),
    [
        ("广安市科协在武胜县沿口镇开展科普惠农活动。", "沿口镇", "口镇"),
        ("金川县科协在勒乌镇举办雪梨种植技术现场培训会。", "勒乌镇", "乌镇"),
        ("涪陵区蔺市镇科协开展科普活动。", "蔺市镇", "市镇"),
    ],
)
def test_a_towns_name_the_segmenter_cut_is_one_keyword(seg, text, town, fragment):
    """沿 + 口镇, 勒 + 乌镇: a town's name cut after its first character, in a place's slot, is one word
    (口镇 and 乌镇, a town of 浙江, were keywords)."""
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert town in found and fragment not in found


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["武胜县", "的", "故乡"], "故乡"),  # a grammatical character opens no town's name
        (["在", "旧", "乡镇"], "乡镇"),  # nor does a word of a town's suffix
        (["代表团", "赴", "乌镇"], "乌镇"),  # no place's slot before 赴
    ],
)
def test_a_word_ending_in_a_towns_suffix_stays_itself_outside_a_places_slot(words, kept):
    ex = KeywordExtractor({}, [])
    found = ex.keywords(words, top_k=5)
    assert kept in found and not [w for w in found if len(w) > len(kept) and w.endswith(kept)]


@pytest.mark.parametrize(
    ("words", "text", "kept"),
    [
        (["详情", "http", "www.sckx.org.cn"], "详情见 http://www.sckx.org.cn 。", ["详情"]),
        (["邮件", "xuehui", "sckx.org.cn"], "发邮件至xuehui@sckx.org.cn", ["邮件"]),
        (["cn", "科协"], "登录www.kx.cn，科协官网的cn域名", ["cn", "科协"]),  # also outside the address
        (["科协"], "科协官网", ["科协"]),  # no address: the words as they were
    ],
)
def test_words_only_inside_an_address_are_dropped(words, text, kept):
    assert list(words_outside_links(words, text)) == kept


@pytest.mark.parametrize(
    ("words", "text", "kept"),
    [
        # a bracketed translation: its words go, its acronym stays (Intelligent, Manufacturing were keywords)
        (
            ["大会", "intelligent", "manufacturing", "icimam"],
            "先进材料大会(The 2nd International Conference on Intelligent Manufacturing, ICIMAM 2024)举行",
            ["大会", "icimam"],
        ),
        # an abstract's or a quoted title's words (perovskite, solar were keywords)
        (["钙钛矿", "perovskite", "solar"], "论文题为“Stable perovskite solar cells via interface engineering”", ["钙钛矿"]),
        # an English word the Chinese text uses on its own stays, also when a run holds it too
        (["python", "编程"], "学生学习Python编程，课程名为Python for Young Learners", ["python", "编程"]),
        (["nature", "energy"], "在《Nature Energy》发表论文", ["nature", "energy"]),  # two words: a name
        (["ai", "科普"], "AI赋能科普", ["ai", "科普"]),  # no run: the words as they were
        # a person's name in brackets after the Chinese one, and the pieces of A*STAR (Lee, Jun-ho, STAR were keywords)
        (["李俊浩", "lee", "jun-ho"], "教授李俊浩（Lee Jun-ho）一行到绵阳考察", ["李俊浩"]),
        (["研究局", "star"], "新加坡科技研究局（A*STAR）代表参加座谈", ["研究局"]),
    ],
)
def test_words_only_inside_a_run_of_english_are_dropped(words, text, kept):
    assert list(words_outside_english_runs(words, text)) == kept


def test_a_societys_own_structure_is_no_keyword_and_a_discipline_stays_whole(seg):
    """分会, 专科, 专业委员会, 供稿 name a society's parts, no topic; 神经病学 (neurology) was cut to 神经病, an insult."""
    text = "重庆市医学会神经病学专科分会举办学术年会，分会主任委员作专题报告。传染病学专业委员会同期召开会议。（市医学会供稿）"
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert not {"分会", "专科", "专业", "委员会", "学会", "供稿", "神经病", "传染病"} & set(found)
    assert {"神经病学", "传染病学"} <= set(found)


@pytest.mark.parametrize(
    ("text", "whole", "fragment"),
    [
        ("在巫溪县尖山镇花台村的脆李园里，镇科协组织村民学习管护技术。", "花台村", "花台"),
        ("研究中心围绕智能网联汽车测试开展研发。", "智能网联汽车", "智能网"),
    ],
)
def test_a_villages_name_and_a_project_term_are_whole_keywords(seg, text, whole, fragment):
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert whole in found and fragment not in found


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["这个", "村"], "这个"),  # grammar, no village's name
        (["到", "村"], None),
        (["病人", "学"], "病人"),  # 学 after a word that names no disease
    ],
)
def test_a_lone_suffix_after_no_name_stays_apart(words, kept):
    found = KeywordExtractor({}, []).keywords(words, top_k=5)
    assert "".join(words) not in found
    assert kept is None or kept in found


@pytest.mark.parametrize(
    ("text", "fragments", "kept"),
    [
        # the same name after a lone word (的 / 程 / 大禾) as after a longer one (大禾 was a keyword)
        ("初夏的程大禾院士查看玉米苗。教授程大禾说，种子是有生命的。", {"大禾"}, "玉米"),
        # 岳, a surname that seldom stands alone (明清 was a keyword)
        ("这是岳明清最平常的一天。今年岳明清61岁了，推广研究员岳明清说，只要跑得动就不下山。", {"明清"}, "下山"),
        # a Yi name cut after its clan name: both pieces (吉克 and 阿依 were keywords)
        ("吉克阿依带领团队开展脱毒种薯繁育研究。如今，吉克阿依团队的良种覆盖17个县市。", {"吉克", "阿依"}, "种薯"),
        # a word after a surname that ends a word (脆李) is no name's
        ("巫山脆李种植面积扩大，当地脆李种植户增收。", set(), "种植"),
    ],
)
def test_the_pieces_of_a_name_the_segmenter_cut_are_no_keywords(seg, text, fragments, kept):
    """程 / 大禾, 岳 / 明清, 吉克 / 阿依 in profiles: a name's pieces are no topic of the story."""
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert not fragments & set(found)
    assert kept in found


@pytest.mark.parametrize(
    ("text", "given_name"),
    [
        ("药学部主任夏培元当选理事长。夏培元表示，学会将服务会员。", "培元"),
        ("重庆交通大学傅德兴教授作报告。傅德兴介绍了桥梁监测。", "德兴"),
        # 黄 stands alone as a word too, but after a post it is a surname (美玲 was a keyword)
        ("澳门科技协进会副理事长黄美玲带领30名澳门中学生走进重庆大学。黄美玲表示，明年将组织更多学生来渝。", "美玲"),
    ],
)
def test_a_given_name_cut_from_a_common_surname_is_no_keyword(seg, text, given_name):
    """夏 / 培元: the given name of a person whose surname the segmenter cut off (培元 was a keyword)."""
    assert given_name not in keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)


def test_a_given_name_cut_from_its_surname_is_no_keyword(seg):
    """彭 / 东林, 李 / 春华: a given name the segmenter cut from its surname (东林, 春华 were keywords); a word
    also used on its own, or after a preposition, stays."""
    text = "彭东林团队深耕时栅技术20余年，彭东林说，时栅技术是方向。李春华介绍，团队向群众讲解了时栅。"
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert not {"东林", "春华", "余年"} & set(found)
    assert "群众" in found
    ex = KeywordExtractor({}, [])
    assert "东林" in ex.keywords(["彭", "东林", "东林", "书院"], top_k=5)  # 东林 on its own too
    assert "绿化" in ex.keywords(["黄", "绿化", "绿化", "工程"], top_k=5)  # 黄 after no post: no surname


@pytest.mark.parametrize(
    ("words", "text", "kept"),
    [
        # the segmenter cuts a word at its ü (ller was a keyword); Hans stays
        (["院士", "hans", "ller"], "院士Hans Müller出席仪式。Müller表示将每年来蓉工作。", ["院士", "hans"]),
        # a sub- or superscript makes a formula or a unit's symbol (CO2, m2 were keywords)
        (["示范园", "co2", "m2"], "示范园内CO₂浓度控制在800 ppm左右，面积达1.2万m²。", ["示范园"]),
        (["co2", "排放"], "CO₂浓度上升，CO2排放增加", ["co2", "排放"]),  # written plain too: a word of its own
        (["示范园", "5g"], "5G智慧农业示范园", ["示范园", "5g"]),  # no such letter: the words as they were
    ],
)
def test_pieces_of_latin_words_with_marked_letters_are_dropped(words, text, kept):
    assert list(words_outside_marked_latin(words, text)) == kept


@pytest.mark.parametrize(
    ("words", "blocks", "kept"),
    [
        # the cited author, the heading and the publisher's words go (王五, 参考文献 were keywords)
        (
            ["碳纤维", "复合材料", "参考文献", "王五", "航空工业"],
            ["碳纤维复合材料用量上升[1]。", "参考文献：", "[1] 王五. 航空复合材料应用[M]. 北京: 航空工业出版社, 2018."],
            ["碳纤维", "复合材料"],
        ),
        # no reference entry: a heading alone and the words as they were
        (["参考文献", "整理"], ["参考文献整理工作启动。"], ["参考文献", "整理"]),
    ],
)
def test_words_only_in_a_reference_list_are_dropped(words, blocks, kept):
    text = normalize("\n".join(blocks))
    assert list(words_outside_references(words, blocks, text)) == kept


@pytest.mark.parametrize("word", ["Prof", "Dr", "Assoc", "ppm", "kPa", "MW", "kcal"])
def test_a_persons_title_and_a_units_symbol_are_no_keywords(word):
    """Prof. Liu, Dr. Brown, 800 ppm, 101 kPa, 50 MW: a title before a name or a unit after a figure, no topic."""
    assert not keywords([word.lower(), word.lower(), "猕猴桃"], top_k=5).count(word.lower())


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        # 刚 read as "just" before 当选: 王成 was a keyword, another person's name
        ("6月4日，綦江区科协第三次代表大会召开。大会选举产生了区科协第三届委员会，王成刚当选为区科协主席。", "王成刚", "王成"),
        # a head jieba knows as a name of its own (罗文), its last character before what she does
        ("罗文娟把中医药与人工智能结合，开发了舌诊辅助诊断系统。罗文娟说，系统还在改进。", "罗文娟", "罗文"),
    ],
)
def test_a_three_character_name_cut_before_its_verb_is_whole(seg, text, whole, cut):
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert whole in found and cut not in found


def test_an_adverb_between_a_name_and_its_verb_is_no_part_of_the_name(seg):
    """张华亦指出: 张华 said too, 亦 an adverb (张华亦 would be no one)."""
    found = keywords(seg.analyze("会上，市科协主席张华亦指出，要加强科普。张华亦强调，要服务基层。").words,
                     top_k=20, known=seg.has_word)
    assert "张华亦" not in found


def test_a_three_character_name_cut_before_its_last_character_is_whole(seg):
    """王焰新 cut as 王焰 + 新 each time: 王焰 was a keyword, a name cut short."""
    text = "院士来了！听王焰新院士讲地下水的故事。11月6日，中国科学院院士王焰新走进龙岗中学。王焰新说，地下水更新很慢。"
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert "王焰新" in found and "王焰" not in found


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        # a photographer's credit after the name is no part of it
        (["记者", "刘芸", "摄", "猕猴桃", "记者", "刘芸", "摄"], "刘芸"),
        # followed by different characters: no one name
        (["王焰", "新", "猕猴桃", "王焰", "大"], "王焰"),
        # named once: too little to tell a cut name from a name and a word
        (["王焰", "新", "猕猴桃"], "王焰"),
    ],
)
def test_a_name_and_what_follows_it_stay_apart(words, kept):
    ex = KeywordExtractor({"猕猴桃": 9.0, "记者": 1.0}, [])
    assert kept in ex.keywords(words, top_k=5, known=lambda w: w in {"猕猴桃", "记者"})


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["新设立", "3", "家海智", "计划", "家海智"], False),  # 3家 海智: the count's measure glued on
        (["5", "人来", "渝", "人来"], False),
        (["家海智", "计划", "家海智"], True),  # no count before it: the segmenter's guess stands
        (["3", "名人堂", "名人堂"], True),  # a word the tables know stays
    ],
)
def test_a_measure_word_glued_to_the_word_after_a_count_is_no_keyword(words, kept):
    ex = KeywordExtractor({"名人堂": 9.0, "计划": 1.0, "新设立": 1.0, "渝": 1.0}, [])
    found = ex.keywords(words, top_k=5, known=lambda w: w in {"名人堂", "计划", "新设立", "渝"})
    assert (words[-1] in found) is kept


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("报名人员年龄在18周岁以上、35周岁以下，具有本科及以上学历，笔试成绩合格者进入面试。重庆科技馆公开招聘工作人员。",
         {"周岁", "以上", "以下", "以上学历", "合格者", "公开"}),
        ("全省科普经费筹集额首破32亿元。分市（州）看，成都市、绵阳市居前两位。", {"额首", "分市"}),
    ],
)
def test_the_boiler_words_of_recruitment_and_statistics_are_no_keywords(seg, text, junk):
    found = keywords(seg.analyze(text).words, top_k=20, known=seg.has_word)
    assert not junk & set(found) and {"招聘", "成都市"} & set(found)
