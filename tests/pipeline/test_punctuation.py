"""GB/T 15834 width rules: half-width marks in Chinese become full-width; numbers, URLs and English stay."""

import pytest

from articles.textpipeline.punctuation import (
    chinese_quotes_and_stops,
    fullwidth_punctuation,
    halfwidth_alnum,
)
from articles.textpipeline.punctuation_ocr import ocr_confused_characters, ocr_day_marks, ocr_digits
from articles.textpipeline.punctuation_spaces import stray_spaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("疫情发生以来,重庆老卫协注重发挥优势。", "疫情发生以来，重庆老卫协注重发挥优势。"),
        ("荣昌区:人大代表用行动赢得口碑", "荣昌区：人大代表用行动赢得口碑"),
        ("696名党员(会员)共捐款", "696名党员（会员）共捐款"),
        ("今年准备养什么? 儿子还外出务工吗?", "今年准备养什么？儿子还外出务工吗？"),
        ("太好了! 大家都来", "太好了！大家都来"),
        ("坚守达27天;重医口腔医院分会", "坚守达27天；重医口腔医院分会"),
        (
            "世界银行集团(World Bank Group)和二十国集团(G20)",
            "世界银行集团（World Bank Group）和二十国集团（G20）",
        ),
        (
            "国际金融公司(International Finance Corporation, IFC)签署",
            "国际金融公司（International Finance Corporation, IFC）签署",
        ),
        ("12.5米的轨排,完成率93.7%", "12.5米的轨排，完成率93.7%"),
        ("会议于12:30开始", "会议于12:30开始"),
        ("共计1,000人", "共计1,000人"),
        # figures and Latin runs inside a Chinese sentence: their commas are Chinese (they stayed half-width)
        ("GDP增长6.5%,CPI上涨2.1%", "GDP增长6.5%，CPI上涨2.1%"),
        ("采用5G,AI等技术", "采用5G，AI等技术"),
        ("国际金融公司(International Finance Corporation,IFC)", "国际金融公司（International Finance Corporation,IFC）"),
        ("详见www.cast.org.cn,谢谢", "详见www.cast.org.cn，谢谢"),  # the sentence's comma is no part of the address
        ("访问http://a.cn/x?y=1,2后", "访问http://a.cn/x?y=1,2后"),
        ("详见https://mp.weixin.qq.com/s?a=1,b=2;c 内容", "详见https://mp.weixin.qq.com/s?a=1,b=2;c 内容"),
        ("邮箱kejie@scimall.org.cn", "邮箱kejie@scimall.org.cn"),
        ("He said: yes, (really)!", "He said: yes, (really)!"),
        ("如何用Python编写程序:“print('Hello, world!')”,引起兴趣", "如何用Python编写程序：“print('Hello, world!')”，引起兴趣"),
        ("函数f(x)的图像", "函数f(x)的图像"),  # a formula's brackets, glued to its name
        ("GDP(Gross Domestic Product)增长", "GDP（Gross Domestic Product）增长"),  # an explanation
        # times in brackets glued to a figure that Chinese text leads to: the sentence's brackets (they stayed)
        ("报名请拨打电话023-68862233(9:00-17:30).", "报名请拨打电话023-68862233（9:00-17:30）."),
        ("开放时间为每天(9:00-17:30)。", "开放时间为每天（9:00-17:30）。"),
        ("Call 023-68862233(9:00-17:30) now", "Call 023-68862233(9:00-17:30) now"),  # English keeps them
        ("函数y=f(2)的值", "函数y=f(2)的值"),
        # the quoted text decides a mark before a closing quote: English keeps its own marks
        ("专家说:“This is amazing!”", "专家说：“This is amazing!”"),
        ("他问:“Why not?”大家笑了", "他问：“Why not?”大家笑了"),
        ("大家齐喊“用好AI!”", "大家齐喊“用好AI！”"),
        # a formula's brackets stay as written, though Chinese text follows it
        ("方程:ln(P2/P1) = -ΔH/R × (1/T2 - 1/T1)，气压越低", "方程：ln(P2/P1) = -ΔH/R × (1/T2 - 1/T1)，气压越低"),
        ("面积S = π × (a + b)，其中", "面积S = π × (a + b)，其中"),
        ("二十国集团 (G20),金砖国家", "二十国集团 （G20），金砖国家"),
        # the colon after a Chinese bracket is the Chinese sentence's (GB/T 15834), not a number's
        ("获奖名单如下(排名不分先后):", "获奖名单如下（排名不分先后）："),
        ("Note (draft): ok", "Note (draft): ok"),  # English brackets keep the English colon
        # a list item's figure at the line's end, then its clause's semicolon (决算 and 统计 lists)
        ("（二）教育支出58.41万元，占11.0%;", "（二）教育支出58.41万元，占11.0%；"),
        ("参会人数达1200;", "参会人数达1200；"),
        ("version 2.0;", "version 2.0;"),  # no Chinese before the figure: English keeps its mark
    ],
)
def test_fullwidth_punctuation(text, expected):
    """Marks beside Chinese convert; marks between numbers, in URLs, e-mail and English stay."""
    assert fullwidth_punctuation(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("１２月３０日", "12月30日", 4),
        ("ＡＢＣ公司ｘｙ", "ABC公司xy", 5),
        ("已经是12月", "已经是12月", 0),
        # The marks of a full-width number go with its digits.
        ("从１９９７年的０．７４％上调到接近１％", "从1997年的0.74%上调到接近1%", 11),
        ("比分为３：１，时间１２：３０", "比分为3:1，时间12:30", 8),
        ("１９９８－０１－０５出版，占３／４", "1998-01-05出版，占3/4", 13),
        # A full-width mark that is not inside a number stays: Chinese text keeps its colons, dashes and
        # the full-width dot of a list number.
        ("原因：１．资金；２．人才", "原因：1．资金；2．人才", 2),
        ("记者：王１号", "记者：王1号", 1),
        ("增长１０％—２０％", "增长10%—20%", 6),
        # A column's edge cut the number beside its point; the page's lines are joined afterwards.
        ("已达８９\n．６％", "已达89\n.6%", 5),
        ("已达８９．\n６％", "已达89.\n6%", 5),
        ("第１．\n\n２．", "第1．\n\n2．", 2),  # a blank line between: two list numbers
        # Half-width digits alone do not trigger the number marks (the text had nothing full-width),
        # but a full-width percent sign after them is the number's (8.3％ typed by Word or WPS).
        ("占0．5％", "占0．5%", 1),
        ("同比增长8.3％，下降5.6％。", "同比增长8.3%，下降5.6%。", 2),
        ("占比达到百分之十％", "占比达到百分之十％", 0),  # no figure before it: left as printed
        # An address set full-width is written half-width whole, its marks too, not the sentence's mark after it.
        ("网址为ｈｔｔｐｓ：／／ｗｗｗ．ｃｑｋｊｇ．ｃｎ，欢迎", "网址为https://www.cqkjg.cn，欢迎", 20),
        ("邮箱ｋｅｐｕ＠ｃｑａｓｔ．ｏｒｇ．ｃｎ．", "邮箱kepu@cqast.org.cn．", 17),
        ("网址：ｗｗｗ．ｃｑｋｊｇ．ｃｎ／ｙｕｎ？ｉｄ＝２０：", "网址：www.cqkjg.cn/yun?id=20：", 22),
        ("注：ＡＩ／ＶＲ技术", "注：AI／VR技术", 4),  # no address: the ／ between two words stays
        # The ideographic space between two words of full-width letters is a word space.
        ("美国教授Ｊｏｈｎ　Ｓｍｉｔｈ表示", "美国教授John Smith表示", 10),
        ("ＡＢＣ　公司", "ABC\u3000公司", 3),  # beside Chinese it is the typesetter's
        ("华为　ＡＢ", "华为\u3000AB", 2),
        # the plus after a full-width word or number goes with it (AI＋制造 kept the full-width plus)
        ("ＡＩ＋制造", "AI+制造", 3),
        ("５Ｇ＋工业互联网", "5G+工业互联网", 3),
        ("互联网＋农业", "互联网＋农业", 0),  # no full-width word before it: left as printed
        # the comma of a full-width number's thousands groups and a unit's slash are the number's
        ("超过１２，０００亩", "超过12,000亩", 6),
        ("超１，２００，０００人次", "超1,200,000人次", 9),
        ("浓度为３８μｇ／ｍ３", "浓度为38μg/m3", 6),
        ("２０１９，２０２０年", "2019，2020年", 8),  # four digits after it: two years, not a thousands group
        ("第１，２名", "第1，2名", 2),
    ],
)
def test_halfwidth_alnum(text, expected, changed):
    """Full-width digits and letters become ASCII and are counted."""
    assert halfwidth_alnum(text) == (expected, changed)


def test_count_matches_converted_marks():
    """The count is the number of marks changed."""
    assert fullwidth_punctuation("一,二:三(四)")[1] == 4
    assert fullwidth_punctuation("no change here")[1] == 0


@pytest.mark.parametrize(
    ("text", "expected", "dropped"),
    [
        ("5月28日， 永川区科协举办座谈会。", "5月28日，永川区科协举办座谈会。", 1),
        ("区委常委、 宣传部部长王芳出席会议 。", "区委常委、宣传部部长王芳出席会议。", 2),
        ("他说： “科普要接地气。” 大家鼓掌。", "他说：“科普要接地气。”大家鼓掌。", 2),
        ("重 庆 市 科 协 相 关 负 责 人 表 示 ， 将 继 续 支 持 。", "重庆市科协相关负责人表示，将继续支持。", 18),
        # Kept: spaces between words (verse, lists), around numbers and in English.
        ("春眠不觉晓 处处闻啼鸟", "春眠不觉晓 处处闻啼鸟", 0),
        ("住房 饮水 教育 医疗", "住房 饮水 教育 医疗", 0),
        ("新开发公益岗位 20563个。", "新开发公益岗位 20563个。", 0),
        ("由世界银行集团（World Bank Group）发起。", "由世界银行集团（World Bank Group）发起。", 0),
        ("没有空格的句子。", "没有空格的句子。", 0),
        # a table row's column gap beside a bracket or quote is kept; beside a clause mark a wide space is debris
        ("科普活动（场）    参与人次（万）", "科普活动（场）    参与人次（万）", 0),
        ("区县    （万人）    合计", "区县    （万人）    合计", 0),
        ("科普活动（场）\t参与人次（万）", "科普活动（场）\t参与人次（万）", 0),
        ("“科普日” 活动丰富", "“科普日”活动丰富", 1),
        ("活动圆满结束。  下一步将继续推进", "活动圆满结束。下一步将继续推进", 1),
        ("他说：  “科普要接地气。”", "他说：“科普要接地气。”", 1),
        # the space between a closing bracket and the next field's label parts two fields (it was dropped)
        ("名称：科普大篷车（Ⅱ型）\u3000数量：1辆\u3000单价：62.80万元", "名称：科普大篷车（Ⅱ型）\u3000数量：1辆\u3000单价：62.80万元", 0),
        ("（渝北区） 举行", "（渝北区）举行", 1),
        # a chronicle entry's day set apart from its text, as its siblings' are (it was glued to the quote)
        ("3月12日 “全国科技工作者日”筹备会召开。", "3月12日 “全国科技工作者日”筹备会召开。", 0),
        ("3月12日 “科普日” 活动丰富", "3月12日 “科普日”活动丰富", 1),
        ("会议定于3月12日 “全国科技工作者日”召开", "会议定于3月12日“全国科技工作者日”召开", 1),  # in prose: debris
        # …and the space after a name's marker in a list of names parts two names (it glued 刘晓红（女）李　刚)
        ("马　骏　刘晓红（女）　李　刚（兼）　何　勇", "马　骏　刘晓红（女）　李　刚（兼）　何　勇", 0),
        # names of two padded to the width of three: the padding goes, the names stay apart
        ("王晓晖 黄 强 李 刚 张 伟", "王晓晖 黄强 李刚 张伟", 3),
        # a two-character name padded apart in prose after the person's office (it stayed apart)
        ("区科协主席谭 华要求，各基地要提升展教水平。", "区科协主席谭华要求，各基地要提升展教水平。", 1),
        ("急诊科主任李 军在会上介绍。", "急诊科主任李军在会上介绍。", 1),
        ("区科协主席 谭华要求，", "区科协主席 谭华要求，", 0),  # a space after the office: no name cut
        ("他是主任 工作认真", "他是主任 工作认真", 0),
        # …or set apart by spaces on both sides, after a doctor's title too (曹 钰 stayed, 荣生 was a keyword)
        ("急诊科主任医师 曹 钰 提醒，高温天气要警惕中暑。", "急诊科主任医师曹钰提醒，高温天气要警惕中暑。", 3),
        ("药学部主任 童 荣生 也表示，要少量多次饮水。", "药学部主任童荣生也表示，要少量多次饮水。", 3),
        ("营养科主任 刘伟 提醒，要少油少盐。", "营养科主任刘伟提醒，要少油少盐。", 2),
        ("副主席 王 刚 李 明", "副主席 王 刚 李 明", 0),  # a post's list of padded names: no prose after a name
        ("重 庆 市 科 协 （ 记 者 ）  相 关 负 责 人 表 示 将 继 续 支 持 。", "重庆市科协（记者）相关负责人表示将继续支持。", 21),
    ],
)
def test_stray_spaces(text, expected, dropped):
    assert stray_spaces(text) == (expected, dropped)


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ('开展"科普进社区"活动', "开展“科普进社区”活动", 2),
        ('知识:"不轻信、不转账!"', '知识:“不轻信、不转账!”', 2),
        ('"科普"与"科技"', "“科普”与“科技”", 4),
        ('他说"好', '他说"好', 0),  # one quote: which side it stands on is not proven
        ('He said "yes" twice', 'He said "yes" twice', 0),  # English keeps its quotes
        ("继续推进工程.", "继续推进工程。", 1),
        ("工程.下一步", "工程。下一步", 1),
        ("同比上涨2.1%.", "同比上涨2.1%。", 1),  # after a figure the sentence led to
        ("人数达300.下一步", "人数达300。下一步", 1),
        ("咨询电话:023-63850123.", "咨询电话:023-63850123。", 1),  # a phone number its label leads to
        ("咨询电话：023-63850123.", "咨询电话：023-63850123。", 1),
        ("附件：1.活动安排表", "附件：1.活动安排表", 0),  # a list's number after the colon
        ("版本v2.0.", "版本v2.0.", 0),
        ('感受科技的魅力."太好玩了!"小王说', "感受科技的魅力。“太好玩了!”小王说", 3),  # the stop before a quote stayed
        ('他说:"太好了."', "他说:“太好了。”", 3),
        ('He said "OK." twice', 'He said "OK." twice', 0),
        ("惠及2.3万人次", "惠及2.3万人次", 0),
        ("登录www.cq.cn预约", "登录www.cq.cn预约", 0),
        ('访问 http://a.cn/?q="x" 查看', '访问 http://a.cn/?q="x" 查看', 0),
        ("等等...", "等等...", 0),
        # the sentence's stop after an e-mail or web address (it stayed half-width); the address keeps its dots
        ("咨询邮箱：kepu@bbkx.cn.", "咨询邮箱：kepu@bbkx.cn。", 1),
        ("详见www.cqast.cn.下一步", "详见www.cqast.cn。下一步", 1),
        ("报名电话023-68862233（9:00-17:30）.咨询", "报名电话023-68862233（9:00-17:30）。咨询", 1),
        ("Mail kepu@bbkx.cn.", "Mail kepu@bbkx.cn.", 0),  # an English sentence's
    ],
)
def test_chinese_quotes_and_stops(text, expected, changed):
    """Straight quotes around Chinese become “ ” in pairs; a full stop after Chinese becomes 。;
    numbers, URLs, English and ellipses keep their marks; the count says how many changed."""
    assert chinese_quotes_and_stops(text) == (expected, changed)
    assert len(chinese_quotes_and_stops(text)[0]) == len(text)


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("活动于2O23年11月举行", "活动于2023年11月举行", [("2O23", "2023")]),
        ("参与群众达l000余人", "参与群众达1000余人", [("l000", "1000")]),
        ("2o2l年", "2021年", [("2o2l", "2021")]),
        # letters beside other letters, or a number with one digit, are not proven misreadings
        ("H1N1流感", "H1N1流感", []),
        ("5G网络和iOS 17", "5G网络和iOS 17", []),
        ("O2O模式", "O2O模式", []),
        ("第1O期", "第1O期", []),
        ("型号A1O0B", "型号A1O0B", []),
        # one digit and one letter: a day between a month and 日 or 号, or a count before its measure word
        ("2021年5月2l日", "2021年5月21日", [("2l", "21")]),
        ("5月2O日，南川区", "5月20日，南川区", [("2O", "20")]),
        ("12月1O号举行", "12月10号举行", [("1O", "10")]),
        ("共有l2所学校参赛", "共有12所学校参赛", [("l2", "12")]),
        ("新建2O个站点", "新建20个站点", [("2O", "20")]),
        # …a month before 月, or an amount before a per cent sign or 余, 万, 亿, 多
        ("2019年1O月16日", "2019年10月16日", [("1O", "10")]),
        ("截至l1月末", "截至11月末", [("l1", "11")]),
        ("覆盖9O%以上的行政村", "覆盖90%以上的行政村", [("9O", "90")]),
        ("培训农民6O余期，带动种植l5万亩", "培训农民60余期，带动种植15万亩", [("6O", "60"), ("l5", "15")]),
        ("投资l2亿元，3O多人参加", "投资12亿元，30多人参加", [("l2", "12"), ("3O", "30")]),
        ("2O月", "2O月", []),  # no such month
        ("O5月", "O5月", []),  # no month starts with 0
        ("Hello 1月", "Hello 1月", []),
        ("5月4O日", "5月4O日", []),  # no such day
        ("第2O卷", "第2O卷", []),  # no measure word after it
        ("O2个", "O2个", []),  # no count starts with 0
        ("共Il2人", "共Il2人", []),  # two letters to one digit
        ("型号B2l个", "型号B2l个", []),  # a letter beside it: a model name
        # the Chinese zero beside a digit (a scan's 〇 for 0); 二〇二三年 is written so
        ("2〇23年5月1〇日", "2023年5月10日", [("2〇23", "2023"), ("1〇", "10")]),
        ("12〇余人参加", "120余人参加", [("12〇", "120")]),
        ("提高到2〇〇〇斤以上", "提高到2000斤以上", [("2〇〇〇", "2000")]),
        ("二〇二三年五月", "二〇二三年五月", []),
        # a scanned round number: one digit and a run of O or l before a count's word (200, 3000, 150)
        ("发放资料2OO余份，带动3OOO余户", "发放资料200余份，带动3000余户", [("2OO", "200"), ("3OOO", "3000")]),
        ("培训l5O余名农民，采集样品2O份", "培训150余名农民，采集样品20份", [("l5O", "150"), ("2O", "20")]),
        ("第1OO期", "第1OO期", []),  # no count's word after it
        ("型号A2OO余台", "型号A2OO余台", []),  # a letter beside it: a model name
        # the count's word on the next line, where the column break fell
        ("三等奖5O\n个。", "三等奖50\n个。", [("5O", "50")]),
        ("三等奖5O\n\n个。", "三等奖50\n\n个。", [("5O", "50")]),
        ("代号5O\n\n区域", "代号5O\n\n区域", []),  # the next line opens with no count's word
        # the month and its day both misread (1O月1O日), and a day before a misread 曰 (5月1O曰)
        ("1O月1O日，大会召开", "10月10日，大会召开", [("1O", "10"), ("1O", "10")]),
        ("2024年5月1O曰", "2024年5月10曰", [("1O", "10")]),
        ("5月4O曰", "5月4O曰", []),  # no such day
    ],
)
def test_ocr_digits(text, expected, changed):
    """A scan's O and l inside a number of two digits or more are the digits 0 and 1, and beside one
    digit where only a number can stand (a day, a count)."""
    assert ocr_digits(text) == (expected, changed)


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("2021年5月20口，南川区", "2021年5月20日，南川区", [("5月20口", "5月20日")]),
        ("12月3口上午，大会开幕", "12月3日上午，大会开幕", [("12月3口", "12月3日")]),
        ("5月20口举行。", "5月20日举行。", [("5月20口", "5月20日")]),
        ("本报重庆5月20口电", "本报重庆5月20日电", [("5月20口", "5月20日")]),
        ("活动于5月9口至11日举行", "活动于5月9日至11日举行", [("5月9口", "5月9日")]),
        ("截至10月31口", "截至10月31日", [("10月31口", "10月31日")]),
        ("比赛于5月22口结束。", "比赛于5月22日结束。", [("5月22口", "5月22日")]),
        ("该办法于3月1口印发", "该办法于3月1日印发", [("3月1口", "3月1日")]),
        # 口 beginning a word (口罩, 口井), or no month and day of the month before it, is no 日
        ("5月20口罩厂复工", "5月20口罩厂复工", []),
        ("全村5月新打20口井", "全村5月新打20口井", []),
        ("今年5月20口井全部完工", "今年5月20口井全部完工", []),
        ("共20口，分布在", "共20口，分布在", []),
        ("5月32口，", "5月32口，", []),
        ("13月2口，", "13月2口，", []),
        # 曰 after a month and its day, figures or Chinese numerals, and at the end of a span of days
        ("5月16曰，江津区", "5月16日，江津区", [("5月16曰", "5月16日")]),
        ("五月十六曰至十八曰，", "五月十六日至十八日，", [("五月十六曰", "五月十六日"), ("十八曰", "十八日")]),
        ("子曰：学而时习之", "子曰：学而时习之", []),
    ],
)
def test_ocr_day_marks(text, expected, changed):
    """A scan's 口 after a month and day, before a mark or a word that follows a date, is 日."""
    assert ocr_day_marks(text) == (expected, changed)


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("眉山市己建成工作站12个，末来还将新建5个。", "眉山市已建成工作站12个，未来还将新建5个。", [("己建", "已建"), ("末来", "未来")]),
        ("调研组一行深人企业生产车间", "调研组一行深入企业生产车间", [("深人", "深入")]),
        ("活动己经开展三年，累计己达500场", "活动已经开展三年，累计已达500场", [("己经", "已经"), ("己达", "已达")]),
        # where the printed character ends or begins a word of its own, it stays
        ("要靠自己经常学习", "要靠自己经常学习", []),
        ("知己有几人", "知己有几人", []),
        ("周末来临，期末来了，年末来到", "周末来临，期末来了，年末来到", []),
        ("资深人士和高深人物", "资深人士和高深人物", []),
        ("加深人们对科学的理解", "加深人们对科学的理解", []),
        ("夜深人静之时", "夜深人静之时", []),
        ("今年己举办培训班，但果园仍末能丰产", "今年已举办培训班，但果园仍未能丰产", [("己举", "已举"), ("末能", "未能")]),
        ("周末能去科技馆", "周末能去科技馆", []),
        # 末, 己, 人 that a word before them makes right stay, whatever that word is
        ("明末来华的传教士，清末来渝", "明末来华的传教士，清末来渝", []),
        ("这种白色粉末能有效吸附杂质", "这种白色粉末能有效吸附杂质", []),
        ("每年秋末来到湿地", "每年秋末来到湿地", []),
        ("节水与己有关，也对己有利，于己有益", "节水与己有关，也对己有利，于己有益", []),
        ("林区幽深人迹罕至，水深人家少", "林区幽深人迹罕至，水深人家少", []),
        ("面向末来发展，末来可期", "面向未来发展，未来可期", [("末来", "未来"), ("末来", "未来")]),
        ("拥抱末来，展望末来", "拥抱未来，展望未来", [("末来", "未来"), ("末来", "未来")]),
        # 巳 before a verb, 未 ending a month, 入次 after a count, 曰 after 近, 今, 昨, 当
        ("截至6月未已有30名选手报名", "截至6月末已有30名选手报名", [("月未", "月末")]),
        ("截至十一月未，", "截至十一月末，", [("月未", "月末")]),
        ("培训选手200余入次，3万入次", "培训选手200余人次，3万人次", [("入次", "人次"), ("入次", "人次")]),
        ("近曰，组委会巳公布名单", "近日，组委会已公布名单", [("近曰", "近日"), ("巳公", "已公")]),
        ("该县巳成为示范县，巳经完成", "该县已成为示范县，已经完成", [("巳成", "已成"), ("巳经", "已经")]),
        ("今曰举行，昨曰结束，当曰返回", "今日举行，昨日结束，当日返回", [("今曰", "今日"), ("昨曰", "昨日"), ("当曰", "当日")]),
        ("子曰：学而时习之；或曰", "子曰：学而时习之；或曰", []),
        # 曰 closing a named day (科技工作者曰, 读书曰活动): 曰 "says" something, it closes no name
        ("举办“全国科技工作者曰”系列活动", "举办“全国科技工作者日”系列活动", [("者曰", "者日")]),
        ("开展世界读书曰活动", "开展世界读书日活动", [("书曰", "书日")]),
        ("孔子曰“学而时习之”", "孔子曰“学而时习之”", []),
        # 本报汛 (氵 for 讠) is no word: it is the dateline 本报讯
        ("本报汛（记者 王明）5月8日", "本报讯（记者 王明）5月8日", [("报汛", "报讯")]),
        ("本报讯 今年汛期", "本报讯 今年汛期", []),
        # 末来 after its subject (我们末来), 己 before 连续 (学会己连续5年)
        ("我们末来还希望多搞几次，该学会己连续5年开展", "我们未来还希望多搞几次，该学会已连续5年开展", [("末来", "未来"), ("己连", "已连")]),
        ("他们周末来到科技馆，自己连续三天", "他们周末来到科技馆，自己连续三天", []),
        ("辛巳年巳时", "辛巳年巳时", []),
        ("6月未能完成，8月未到期", "6月未能完成，8月未到期", []),
        ("连续三月未止的旱情，旱情三月未已", "连续三月未止的旱情，旱情三月未已", []),
        ("截止2023年12月未止，到十一月未已完成", "截止2023年12月末止，到十一月末已完成", [("月未", "月末"), ("月未", "月末")]),
        ("未来可期，收入增加，进入次年", "未来可期，收入增加，进入次年", []),
        ("自己，周末，年末，入选，入驻", "自己，周末，年末，入选，入驻", []),
    ],
)
def test_ocr_confused_characters(text, expected, changed):
    """A scan's 己经, 末来, 深人 in words that cannot be printed so are 已经, 未来, 深入."""
    assert ocr_confused_characters(text) == (expected, changed)
