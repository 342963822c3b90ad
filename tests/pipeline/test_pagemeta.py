"""Page metadata lines, one at a time: what kind each is and what it records (no database)."""

import datetime as dt

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.model import PageMeta
from articles.textpipeline.pagemeta import meta_line_kind, record_meta_line
from articles.textpipeline.pagemeta_editors import page_editors
from articles.textpipeline.pagemeta_heads import head_page, wechat_head
from articles.textpipeline.shapes_furniture import reads_as_account_name
from articles.textpipeline.split import split_page


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("科技工作者之家 2020-03-25", "site_date"),
        ("2021-06-18 17:30", "site_date"),
        ("原创 王丽 四川科协 2023-05-20 09:12 发表于四川", "site_date"),
        ("四川科协 2023-05-20 09:12", "site_date"),
        ("王丽 四川科协 2023-05-20 09:12", "site_date"),
        ("原创 重庆科协 2021年6月18日", "site_date"),
        ("原创 叙永科协", "site_date"),  # the post's 原创 label without its date, under the title (was its 副题)
        ("原创 王丽 叙永科协", "site_date"),
        ("原创作品展", None),
        # 今日头条's and 百家号's line under the account (it was the headline's 引题 or 副题, the date lost)
        ("2024-09-18 10:01·泸州市科学技术协会官方账号", "site_date"),
        ("2024-07-09 17:32 · 四川 · 巴中日报社官方账号", "site_date"),
        ("2024-07-09 17:32四川巴中日报社官方账号", "site_date"),
        ("泸州市科学技术协会官方账号", None),
        ("原创 科普剧《小水滴》", None),
        ("张三 李四 2021-06-18", None),  # two names and a date, no time, no 原创: not a head line
        ("四川科技报·2023年6月14日", "site_date"),
        ("经理罗宾逊1997年12月31日", None),  # a sentence a column's edge cut after a date: no name stands apart
        # a PDF page's running head without its date: the paper and the page's number (it was a headline, or
        # glued into the sentence it cut); the bare name may be a story's words
        ("四川科技报 第3版", "site_date"),
        ("重庆科技报 3", "site_date"),
        ("3版 重庆科技报", "site_date"),
        ("四川科技报", None),
        ("四川科技报 2", "site_date"),
        ("科技创新 3", None),
        ("四川科协 四川省科学技术协会 2024-04-02 17:05 四川", "site_date"),  # since 2023: the place, no 发表于
        ("张三 李四 2021-06-18 重庆", None),  # a place needs the time before it
        ("▲左右滑动查看名单", "decoration"),  # a post's swipe hint over a picture that was not copied
        ("出品：科普中国", "source"),
        ("本文为科普中国·创作培育计划作品", "boilerplate"),
        ("本文由科普中国·星空计划出品", "boilerplate"),  # a production note (it was the story's last paragraph)
        ("内容资源由项目单位提供", "boilerplate"),
        ("本文由科普中国授权发布，转载请注明出处。", "boilerplate"),  # a repost's permission
        ("转载请注明出处", "boilerplate"),
        ("本文由中国科普博览提供，转载请注明出处。", "boilerplate"),  # the request after the supplier (was text)
        ("本文由璧山区科协提供。", None),  # the supplier alone: the story's source
        ("未经授权，禁止转载", "boilerplate"),
        ("点击“阅读原文”，了解更多科普知识", "boilerplate"),
        ("本文由记者深入一线采写。", None),  # no permission: the story's own words
        ("附件下载：", "boilerplate"),
        ("2024年重庆市科普基地认定名单.pdf", "boilerplate"),
        ("附件：2024年重庆市科普基地认定名单.pdf", None),  # the notice's own attachment line
        ("本文为我们提供了新的思路。", None),  # a sentence of a story
        ("向上滑动查看更多", "decoration"),
        ("长按识别二维码报名", "decoration"),  # where a post's QR code stood
        ("扫码报名", "decoration"),
        ("长按识别二维码关注我们", "boilerplate"),  # the account's own call to follow it
        ("扫描二维码报名，名额有限。", None),  # a sentence of the notice
        ("以下文章来源于重庆科技报，作者张三", "source"),
        ("本文转载自四川科协", "source"),
        ("来源丨德阳市科协", "source"),
        ("来源 | 德阳市科协", "source"),
        ("图片来源：永川区科协", "boilerplate"),
        ("图片/来源网络", "boilerplate"),  # it was a photographer named 来源网络
        ("视频：点击观看", "boilerplate"),
        ("点击阅读原文", "boilerplate"),
        ("报名请点击文末“阅读原文”", "boilerplate"),  # what the link is for, before it (was a headline)
        ("更多详情请点击“阅读原文”", "boilerplate"),
        ("点击阅读原文报名", "boilerplate"),
        ("请于9月30日前点击“阅读原文”报名。", None),  # a sentence of the notice, with its stop
        # …and a clause after it that tells more (its deadline, how long the replay stays) was dropped
        ("有意参赛者请点击“阅读原文”下载报名表，报名截止时间为9月30日", None),
        ("观看比赛回放请点击“阅读原文”，回放保留至9月30日", None),
        ("点击阅读原文下载报名表", "boilerplate"),
        ("图片/王磊", None),  # a photographer's credit
        ("编辑丨刘洋", "boilerplate"),
        # the expert who checked a 科普 piece, as 审核： is (each stayed the story's text, its body an organization)
        ("审核专家：彭 涛 重庆医科大学基础医学院教授", "boilerplate"),
        ("科学性审核：周 敏 主任医师", "boilerplate"),
        ("科学审核：李明", "boilerplate"),
        ("审核专家组认为，该项目达到国内领先水平。", None),
        ("科学性审核是科普创作的重要一环。", None),
        ("稿件联系邮箱：kepu@cqast.cn  咨询电话：023-63850123", "boilerplate"),  # the desk's (it was story text)
        ("来稿电话：023-63850123", "boilerplate"),
        ("稿件联系人为王老师。", None),
        ("发表于重庆", "boilerplate"),
        ("首页 | 机构概况 | 新闻中心 | 学会工作 | 科学普及 | 人才举荐 | 党建工作", "navigation"),  # it was the site's name
        ("【字体：大 中 小】【打印】【关闭】", "navigation"),  # it was a sub-heading
        ("相关链接", "navigation"),
        ("原文链接:https://mp.weixin.qq.com/s?__biz=MzI5MTMyNTI3NQ==&mid=2247489626#rd", "url"),
        ("网址：www.cast.org.cn", "url"),
        ("https://mp.weixin.qq.com/s/Lm2Nb4Vc6Xz8Aq1Sw3Ed5r", "url"),  # a post's address between two sources
        ("详情请登录https://www.cqkjg.cn查询。", None),  # an address inside a sentence is its text
        ("链接：院士专家工作站是什么？", None),  # a box's name and its title (it was the page's source link)
        ("网站地图 | 联系我们 | 法律声明", "navigation"),  # a footer's links
        ("主办：重庆市科学技术协会 承办：重庆市科技宣传中心", "boilerplate"),  # the site's owners
        ("主办：重庆市科协", None),  # a notice's field stays its text
        ("访问量：1234567", "boilerplate"),
        ("网站标识码：5000000012", "boilerplate"),
        ("手机版", "navigation"),
        ("科技活动周 | 图说", None),  # two labels: a banner
        ("收录于合集 #科普活动 12个", "boilerplate"),  # a post's collection was its headline's 主题
        ("#科普活动 #防灾减灾 3个", "boilerplate"),
        ("#科普活动", None),
        ("2021年1月8日 星期五 第2版 科协动态 责任编辑：王丽 美编：李明", "site_date"),  # was a headline
        ("2021年1月8日 星期五 本版编辑：王丽", "site_date"),
        ("2021年1月8日 星期五 王丽", None),
        # the date first, then the paper's name and its page with 第 (a PDF's even page)
        ("2023年11月17日 星期五          重庆科技报          第2版", "site_date"),
        ("2023年11月17日 星期五 第2批 名单", None),  # a list's day and batch, no page
        ("分享到：微信 微博 QQ空间", "navigation"),  # a web page's share bar
        ("分享到 微信、朋友圈、新浪微博", "navigation"),
        ("喜欢就点个在看吧", "boilerplate"),
        ("分享 收藏 在看 点赞", "navigation"),
        ("阅读 2345", "navigation"),
        ("赞 12  在看 3", "navigation"),
        ("阅读 10万+", "navigation"),
        ("往期推荐", "navigation"),
        ("原创", "navigation"),
        ("微信扫一扫", "navigation"),
        ("阅读 科普 读本", None),  # words that are not all furniture: text
        # a news app's furniture copied with its story (each stayed in the body or became an item)
        ("微信 微博 QQ空间", "navigation"),  # the share bar's platforms, under 分享到： (was the page's site)
        ("微信 公众号", None),
        ("打开APP阅读全文", "navigation"),
        ("5G新闻 打开封面新闻APP", "navigation"),
        ("下载新重庆客户端，查看更多精彩内容", "navigation"),
        ("下载客户端后，村民可在线预约农技专家。", None),
        ("还没有评论，快来抢沙发吧！", "navigation"),
        # an app's comment bar and its download prompt at the story's foot (each became a title-only item, or
        # a paragraph moved back into the body)
        ("3条评论", "navigation"),
        ("评论（12）", "navigation"),
        ("请登录后发表评论", "navigation"),
        ("写评论…", "navigation"),
        ("扫码下载“永川融媒”APP", "navigation"),
        ("现场共收到读者留言56条评论。", None),  # a story's words about comments
        ("登录后发表评论的网友超过500人。", None),
        # a media centre's copyright under its story (it was moved back into the body as a stray paragraph)
        ("【版权声明】本文为永川融媒原创，转载请注明出处。", "boilerplate"),
        ("本文为永川区融媒体中心原创稿件，未经授权不得转载。", "boilerplate"),
        ("本文为他多年研究的原创成果，转载请注明出处后在课堂上使用并推广。", None),
        # a PDF's running foot, the paper, the date and the bare page number (it stayed in the story)
        ("四川科技报  2024年9月3日  05", "site_date"),
        ("会议定于 2024年9月3日 5", None),
        ("暂无观点", "navigation"),  # 学习强国's empty comment box
        ("查看原图", "navigation"),
        ("举报/反馈", "navigation"),
        ("0/2000", "navigation"),  # a comment box's character counter
        ("阅读量：3.6万", "navigation"),
        ("ID：jrtt", "navigation"),
        ("字号：T|T", "navigation"),  # 华龙网's font switch (was the subtitle)
        ("热点推荐", "navigation"),
        ("作者最新文章", "navigation"),
        ("分享会在永川举行", None),
        ("2345 阅读", None),  # a count needs its word before it
        ("本报讯（记者 王五）5月28日，科协举办活动。", None),
        ("电话：023-12345678", "boilerplate"),
        ("电话 023-12345678", "boilerplate"),
        ("Copyright © 2020 四川科协", "boilerplate"),
        ("本版图片由南充市科协提供", "boilerplate"),  # the page's picture credit, not a headline
        ("【责任编辑：刘小明】", "boilerplate"),  # a footer label in brackets (was a section banner)
        # a PDF's page footers: 第 8 页 alone, P8 (8/12 may be a ratio a sentence prints, 12/8 a date)
        ("第 8 页", "decoration"),
        ("P8", "decoration"),
        ("8/12", None),
        ("12/8", None),
        ("[图片]", "decoration"),  # where a web page's picture stood (was the headline's 副题)
        ("【图片】", "decoration"),
        ("【地方科协】", None),  # a section banner in brackets stays one (assemble reads it)
        ("原标题：《科技小院扎根田间 助农增收见实效》", "boilerplate"),  # a repost's first title, not its headline
        ("本版照片均由记者何雨拍摄", "boilerplate"),
        # a label word that opens story text (here a line a PDF copy cut) is no label
        ("电话号码、工作岗位及履职承诺等基本情况在代表家站公示。", None),
        ("地址。在全镇干部职工的共同努力下，合作社接到订单。", None),
        ("编辑部近日收到读者来信。", None),
        ("声明称，该协会将依法维权。", None),
        ("主办单位：重庆市荣昌区科学技术协会  地址：重庆市荣昌区昌州大道西段  渝ICP备12345678号", "boilerplate"),
        ("版权所有 © 四川省科学技术协会", "boilerplate"),
        ("【字体：大 中 小】", "navigation"),
        ("共4条  第1页/共1页", "navigation"),  # a list page's pager
        ("第 1 页 共 2 页", "decoration"),  # a PDF's page footer inside a notice
        ("第2页/共3页", "decoration"),
        ("首页 上一页 1 2 3 下一页 尾页", "navigation"),
        ("共青团员30人参加", None),
        ("会议由区科协主办，技术支持来自重庆大学。", None),
        # news sites' heads: breadcrumbs, share prompts, a date line that names its source
        ("四川频道 >> 正文", "navigation"),
        ("新闻中心 > 区县动态", "navigation"),
        ("您的位置：首页 > 工作动态", "navigation"),
        ("资阳科协网　首页 > 工作动态", "navigation"),  # the site's name before its breadcrumb (it was the title)
        ("分享到：", "navigation"),
        ("温度>30℃时暂停作业", None),  # a comparison, not a trail of page names
        ("2021年05月31日08:25 | 来源：人民网-四川频道", "web_info"),
        ("2021-05-31 08:25:13  来源：华龙网  作者：张三", "web_info"),
        ("2021年5月31日，来源于群众的意见被采纳。", None),
        ("万州区科学技术协会 2023-06-12 来源：万州区科协", "web_info"),  # the site's name before the date
        # a periodical's name and issue: its head (it had been the first headline)
        ("巴中科技 2023年第5期", "site_date"),
        ("重庆科协 2021年第3期（总第215期）", "site_date"),
        ("巴中科技                     2023年第5期", "site_date"),
        ("科普讲座 第5期", None),  # no year: a series' event, maybe a headline
        ("时间：2021年10月1日", None),  # a notice's field: when its event is, not when the page was posted
        ("会议于 2023-06-12 召开，来源：万州区科协", None),
        # a post's ornaments and its closing credits
        ("————————", "decoration"),
        ("▼", "decoration"),
        ("* * *", "decoration"),
        ("·END·", "navigation"),
        ("- END -", "navigation"),
        ("👇扫码关注我们👇", "boilerplate"),
        # a post's follow prompt with a comma before whom to follow, and a bare 关注我们 (they were body text,
        # the headline's 引题, or an author)
        ("点击上方蓝字，关注我们", "boilerplate"),
        ("点击上方“叙永科协”，关注我们", "boilerplate"),
        ("▲点击上方蓝字，关注“叙永科协”", "boilerplate"),
        ("👆点击上方“重庆科协”关注我们", "boilerplate"),
        ("关注我们", "boilerplate"),
        ("关注我们吧！", "boilerplate"),
        ("欢迎关注“重庆科协”", "boilerplate"),
        ("点击量突破10万，关注度持续上升", None),  # a sentence about the figures
        ("社会各界关注我们的工作。", None),
        ("关注民生", None),
        ("素材｜省科协办公室", "boilerplate"),
        ("排版｜小科", "boilerplate"),
        ("监制：李强", "boilerplate"),
        # who laid out a feature, as 美编 (设计：X was an article's title, 制图：X its paragraph)
        ("设计：吴小雨", "boilerplate"),
        ("本版制图：周小雨", "boilerplate"),
        ("插画｜王一", "boilerplate"),
        ("海报：李明 张丽", "boilerplate"),
        ("设计：采用模块化结构，便于后期维护。", None),  # a design's description is a story's text
        ("《科普中国》上线", None),
        ("……会议指出，要加强组织。", None),
        ("★科普中国★", None),
        ("策划一场科普活动需要什么？", None),
        # page numbers a PDF copy leaves between paragraphs
        ("-3-", "decoration"),
        ("— 12 —", "decoration"),
        ("12", "decoration"),
        ("01", None),  # a WeChat section number, read with the heading under it
        ("2021", None),
        # a front page's box of teasers for stories on other pages
        ("本期导读", "navigation"),
        ("本期要目", "navigation"),  # a bulletin's contents box (it was the first item's title)
        ("目录", "navigation"),
        # a 区县 portal's menu spaced without bars (it let the portal's name over it be the title)
        ("首页 政务公开 政务服务 互动交流 走进石柱", "navigation"),
        ("乡村振兴 科技先行 科普惠民 助力发展", None),  # a slogan opens with no 首页
        ("科技助农忙秋收 ▶2版", "navigation"),
        ("院士专家进万州（见第3版）", "navigation"),
        ("（下转第2版）", None),  # a story's own jump, read by the assembler
        # a masthead: the date with its weekday and lunar date, the issue and registration numbers
        ("2023年11月10日 星期五 农历癸卯年九月廿七", "site_date"),
        # a page head with ◆ or | between its parts (it was the first story's title)
        ("2023年12月8日 星期五 ◆ 第3版 ◆ 科协视窗", "site_date"),
        ("2023年12月8日｜第3版｜要闻", "site_date"),
        ("四川科技报 ◆ 2023年12月8日", "site_date"),
        ("2023年12月5日 星期二 第48期 今日4版", "site_date"),  # it was the first story's 副题
        # a lunar date on a line of its own under the printed one (it had been the first headline or kicker)
        ("农历戊子年十月十五", "boilerplate"),
        ("癸巳年三月廿九", "boilerplate"),
        ("农历四月初十 星期三", "boilerplate"),
        ("农历新年到", None),
        # a paper's English name in capitals: the masthead's, no story's (it was the first title)
        ("CHONGQING SCIENCE AND TECHNOLOGY NEWS", "decoration"),
        ("COVID-19 PANDEMIC", None),
        ("NEWS", None),
        # a web page's furniture (it was a headline-only item)
        ("扫一扫在手机打开当前页", "boilerplate"),
        ("联系我们：kxgzz@cast.org.cn", "boilerplate"),  # it was a headline-only item
        ("联系我们的专家一起攻关", None),
        # a 港澳 release's contact lines, in traditional characters (they were a headline-only item)
        ("聯絡我們：info@hksci.org.hk", "boilerplate"),
        ("聯絡電話：(852) 2345 6789", "boilerplate"),
        ("電郵：info@macau-sci.org.mo", "boilerplate"),
        ("联络两地青少年开展科普交流", None),
        ("电邮系统正式上线", None),
        ("扫一扫，关注我们", "boilerplate"),
        ("第1234期 今日8版", "boilerplate"),
        ("国内统一连续出版物号：CN50-0018", "boilerplate"),
        ("第3期培训班开班", None),
        # a repost's origin; 转自 alone opens a sentence as often
        ("转自：科普中国", "source"),
        ("转自 | 科普中国", "source"),
        ("转自四面八方的专家齐聚一堂", None),
        ("市科协召开第3版面设计会", None),
        # a work bulletin's issue line and its distribution at the foot (it was the title and a paragraph)
        ("2024年第12期", "boilerplate"),
        ("〔2024〕第3期", "boilerplate"),  # a 纪要's issue, its year in brackets (it was the 副题)
        ("第12期（总第236期）", "boilerplate"),
        ("2018年第6期 总第58期", "boilerplate"),  # 总第 without brackets (it was glued into the first headline)
        ("（内部资料 免费交流）", "boilerplate"),  # a county newsletter's note (it made its name an article)
        ("内部资料 注意保存", "boilerplate"),
        ("内部资料显示，该县科普工作成效明显", None),
        ("第十期", "boilerplate"),  # in Chinese numerals, under a quiz's title (it was its author)
        # a 政务公开 page's index block over the document (its first line was the title, the rest its text)
        ("索引号：11500000MB1520123X/2024-00015", "document_info"),
        ("成文日期：2024-04-02", "document_info"),
        ("索引号：008765432/2024-00021\u3000\u3000主题分类：科技\u3000\u3000发布机构：泸州市科协", "document_info"),
        ("发文字号：泸市科协〔2024〕5号\u3000\u3000成文日期：2024-02-20\u3000\u3000发布日期：2024-02-22", "document_info"),
        ("主题分类：科技\u3000地点：市科技馆", None),
        ("报：中国科协办公厅，市委办公厅", "boilerplate"),
        ("抄送：市委宣传部，市科技局", "boilerplate"),
        ("发：各区县科协，各市级学会", "boilerplate"),
        ("（共印60份）", "boilerplate"),
        # …and the office that printed it, under them (it was an item of its own: title and 副题)
        ("达州市科协办公室  2024年3月19日印发", "boilerplate"),
        ("重庆市科协办公室2024年1月5日印发", "boilerplate"),
        ("市科协于2024年3月19日印发", None),  # a sentence cut at 印发 names no office on its own
        ("报告会在市科技馆举行。", None),
        # a note on the page's stories, not the last story's source (it was)
        ("（本版稿件除署名外均由重庆市科协科普部提供）", "boilerplate"),
        ("本版稿件由四川省科协提供", "boilerplate"),
        ("本栏稿件由各区县科协提供", "boilerplate"),  # …and a column's (it was the last story's source)
        ("本栏目由重庆市科协、重庆市卫生健康委员会联合主办", "co_organizers"),  # (it was the last story's text)
        ("本栏目由市科协主办的科普讲座在渝中区举行。", None),
        ("重庆市科协 主办　重庆市中医院 协办", "co_organizers"),  # each body before its role
        ("重庆市科协主办区县科协承办的讲座", None),
        ("大赛由重庆市科协主办 重庆科技馆承办", None),  # a story's sentence, who held its event (no body 大赛由…)
        ("四川省科协 主办", "co_organizers"),  # one body's credit alone at a page's foot (it was the story's text)
        ("德阳市科协、西南科技大学 协办", "co_organizers"),
        ("四川省科协主办", None),  # unspaced: the end of a sentence or a headline cut at the column
        ("科普讲座 主办", None),  # no body named
        ("（本版图片由重庆市食品药品检验检测研究院提供）", "boilerplate"),  # the page's pictures (it was the source)
        ("（本文稿件由重庆市科协提供）", None),
        # a post's prompts where its pictures and videos stood: the story goes on through them (the first
        # closed the story as its attribution, and the caption under it became a headline)
        ("（点击图片可放大）", "decoration"),
        ("点击查看大图", "decoration"),
        ("视频加载中...", "decoration"),
        ("向上滑动阅览", "decoration"),
        ("点击图片，了解更多", None),
        ("发展新质生产力", None),
        # a web page's font bar with 字号 and no colon, its print button beside it (it was a sub-heading)
        ("【字号 大 中 小】 【打印】", "navigation"),
        ("【字体：大 中 小】", "navigation"),
        # the font bar beside bare print and close buttons (it was the item's 副题)
        ("【字体：大 中 小】  打印本页  关闭窗口", "navigation"),
        ("【字号：大 中 小】 【打印】 关闭", "navigation"),
        # a download box's file, its name with spaces (it became an item: a standard's number over its title)
        ("T/SCNJ 003-2023 丘陵山区智能微耕机作业规范.pdf", "boilerplate"),
        ("附件1 推荐表.docx", None),  # a notice's own attachment line: its text (a signature follows)
        ("请于3月1日前报送 推荐表.docx", None),
        ("详见附件，文件格式为.pdf。", None),
        # a post's closing calls, stacked one a line or with a reason (they became an item, or its text)
        ("点分享", "navigation"),
        ("点收藏", "navigation"),
        ("点击“在看”，让更多人看到", "boilerplate"),
        ("点个“在看”，你最好看", "boilerplate"),
        ("喜欢就点个在看吧", "boilerplate"),
        ("他点击在看后，文章被更多人看到。", None),
        # an older site's print and close buttons (they stayed at the end of the story)
        ("【打印此文】【关闭窗口】", "navigation"),
        ("【打印文章】 【关闭本页】", "navigation"),
        ("打印此文件后签字盖章", None),
        ("【字体：大 中 小】 石柱县科协", None),
        # the buttons spaced with 　, or the bar ending in a bare 分享到： (the last paragraph, or a sub-heading)
        ("打印本页\u3000关闭窗口", "navigation"),
        ("【打印本页】\u3000【关闭窗口】\u3000分享到：", "navigation"),
        ("【打印本页】【关闭窗口】分享到：", "navigation"),
        ("【通知】\u3000关于开展科普月活动的通知", None),
        # the site's owner and its address in the footer (the line was an item's 副题)
        ("主办:成都市郫都区科学技术协会  地址:成都市郫都区郫筒街道望丛东路139号", "boilerplate"),
        ("主办：重庆市科学技术协会 承办：重庆科技报社", "boilerplate"),
        ("主办：市科协 地点：市科技馆", None),
        # the co-organizer list's heading alone on its line (the list under it was an item without text)
        ("本版协办单位", "co_organizers"),
        ("协办单位", None),
        ("《人民日报》（2022年11月16日 17 版）", "site_date"),
        ("《人民日报》（2022年11月16日）发表评论员文章", None),
        # a section between a name and a date only after a paper's name; after a date only after the weekday
        ("王丽 四川科协 2021-06-18", None),
        ("王丽 2021年3月5日 供稿", None),
        # a paper's masthead and footer lines (each had been an item's title or text)
        ("重庆市科学技术协会主管主办", "boilerplate"),
        ("主管：四川省科学技术协会  主办：四川科技报社", "boilerplate"),
        ("国内统一连续出版物号 CN 50-0018  邮发代号 77-25", "boilerplate"),
        ("本报地址：重庆市渝北区龙溪街道金山路1号  邮编：401147", "boilerplate"),
        ("新闻热线：023-63600000  广告热线：023-63600001", "boilerplate"),
        ("印刷：重庆日报报业集团印务有限公司  定价：1.50元", "boilerplate"),
        ("本报社址：成都市青羊区八宝街111号", "boilerplate"),
        ("本报邮箱：cqkjb@163.com", "boilerplate"),
        ("总编室：023-63600010  发行部：023-63600002", "boilerplate"),
        ("广告经营许可证：渝工商广字第0018号", "boilerplate"),
        ("重庆科技报社出版  社址：重庆市渝北区金山路1号  邮政编码：401147", "boilerplate"),
        ("每周二、五出版  每份定价：1.50元  全年定价：156元", "boilerplate"),
        ("本报所刊稿件版权归四川科技报所有，未经授权不得转载。", "boilerplate"),
        ("本版主编：许静 责任编辑：邓颖 美编：罗杰 校对：谢文", "boilerplate"),
        ("印刷术是中国古代四大发明之一。", None),
        # a schedule's or a diary's day and a table's numbered row: a head names its paper, number or weekday
        ("2024年9月10日 星期二 报到", None),
        ("2024年7月3日 星期三 晴转多云", None),
        ("1 报名 2024年8月20日", None),
        # a weather box's row or issuer alone is no furniture (assemble finds the box by its neighbours)
        ("番茄 结果期 20～28℃", None),
        ("（重庆市气象台提供）", None),
        # QR prompts and a lettered page number (each had been the next story's kicker or title)
        ("微信扫一扫 获取更多科普资讯", "boilerplate"),
        ("扫码观看视频", "decoration"),
        ("A3", "decoration"),
        ("A3 综合新闻", None),
        ("B02", "decoration"),
        ("5G", None),
        # a teaser with 见 and its page first; a page's number and section alone is its head
        ("详见第5版 冬季慢病管理指南", "navigation"),
        ("第3版 区县传真", None),
        ("【第02版】综合新闻", "navigation"),  # an e-paper's link to another of its pages
        ("参与群众超过500万人次。详见第5版", None),  # a teaser's sentence before its pointer is its text
        # a line of a scan's noise, with no character, letter or digit (it had been a headline or a sidebar)
        ("▓▒░■□▲△◆◇ ~~ ##@@ ‖‖ ┃┃ ▓▒░", "decoration"),
        ("■■■□□□▲▲▲ ¤¤¤ ◎◎◎", "decoration"),
        ("~~~~####^^^^****", "decoration"),
        ("◎ 聚焦 ◎", None),
        # a video player's furniture: its notices, running time, counters and platform (each had been a
        # headline, a sub-heading or glued onto the title as a broken paragraph)
        ("此视频暂不支持播放", "decoration"),
        ("该视频已删除", "decoration"),
        ("视频时长 02:35", "decoration"),
        ("时长 01:26", "decoration"),
        ("【视频】科技志愿者走进宝顶镇 时长 01:26", "decoration"),
        ("00:00 / 05:16", "decoration"),
        # a table's bare label whose table (an image on the PDF page) was not copied: where it stood
        ("表2", "decoration"),
        ("附表1", "decoration"),
        ("表2 各市州科普经费投入情况", None),
        ("表彰", None),
        ("00:00/03:42", "decoration"),
        ("9:00 / 17:30 开放", None),
        ("09:00 / 20:00", None),  # opening hours broken off their sentence (开放时间为 / 09:00 / 20:00), no player
        ("0:00 / 1:02:35", "decoration"),
        ("扫码预约直播", "decoration"),
        # …its prompt to play the video where it stood (it was glued onto the lead as a broken paragraph)
        ("点击上方视频，观看讲座精彩片段", "decoration"),
        ("点击上方视频观看", "decoration"),
        ("↑点击视频", "decoration"),
        ("点击观看完整视频", "decoration"),
        ("点击视频可以看到，志愿者们正在讲解。", None),  # a story's sentence about the video
        ("点击播放量突破1.2万次", "boilerplate"),  # (a counter, as before)
        ("播放量 1.2万  点赞 856  评论 32", "navigation"),
        ("视频号", "navigation"),
        ("收起全文", "navigation"),
        ("举报", "navigation"),  # 今日头条's button under the post (it was the headline over 相关推荐)
        ("相关推荐", "navigation"),
        ("视频时长不宜超过3分钟", None),
        ("此视频由渝中区科协拍摄制作。", None),
        ("播放量突破1.2万次", None),
        # a contents box's letter-spaced head is navigation; column heads papers letter-space are not (they were)
        # a headline with an issue or a document's kind is no masthead or letterhead
        ("重庆市科协 第5期", None),
        ("科协开展新闻稿写作培训", None),
        ("新闻稿", None),
        ("目  录", "navigation"),
        ("关 注", None),
        ("热 点", None),
    ],
)
def test_meta_line_kind(line, kind):
    assert meta_line_kind(line) == kind


@pytest.mark.parametrize(
    ("noise", "where"),
    [
        ("▓▒░■□▲△◆◇ ~~ ##@@ ‖‖ ┃┃ ▓▒░", "between"),
        ("■■■□□□▲▲▲ ¤¤¤ ◎◎◎", "inside"),
        ("�����@@##¥¥%%……&&**", "between"),
    ],
)
def test_a_line_of_noise_is_taken_out_of_the_stories_and_flagged(noise, where):
    """A scan's line of symbols between two stories had become the second's headline (its real one the 副题),
    inside a story a sidebar: it goes to the page's record, with a flag for an editor."""
    first = ["巫山县科协开展脆李种植技术培训", "本报讯（通讯员 张勇）6月10日，巫山县科协组织专家在曲尺乡开展脆李种植技术培训。"]
    second = ["城口县科协为基层科普人员“充电”", "本报讯（记者 刘芳）6月11日，城口县科协举办基层科普人员能力提升培训班。"]
    lines = [*first, noise, *second] if where == "between" else [*first[:1], first[1], noise, "培训现场，专家为果农讲解了疏果技术。"]
    result = split_page("\n".join(["重庆科技报 2021年6月15日 星期二", *lines]))
    assert [(item.title, item.subtitle) for item in result.items] == (
        [(first[0], ""), (second[0], "")] if where == "between" else [(first[0], "")]
    )
    assert all(noise not in block.text for item in result.items for block in item.blocks)
    assert noise in result.meta.source_lines
    assert [(flag.code, flag.excerpt) for flag in result.flags] == [("garbage_line", noise)]
    assert account(result).balanced


@pytest.mark.parametrize(
    ("line", "site", "date", "source"),
    [
        ("原创 王丽 四川科协 2023-05-20 09:12 发表于四川", "四川科协", dt.date(2023, 5, 20), None),
        ("四川科技报 第3版", "四川科技报", None, None),  # a PDF page's head without its date
        ("四川科技报  2024年9月3日  05", "四川科技报", dt.date(2024, 9, 3), None),  # …and its foot with the date
        # a county app's head line, the media centre after the time (the site was lost as a place posted from)
        ("2024年5月21日 09:15   永川融媒", "永川融媒", dt.date(2024, 5, 21), None),
        ("2024-03-12 18:00 四川", None, dt.date(2024, 3, 12), None),
        ("科技工作者之家 2020-03-25", "科技工作者之家", dt.date(2020, 3, 25), None),
        ("以下文章来源于重庆科技报，作者张三", None, None, "重庆科技报"),
        ("来源丨德阳市科协", None, None, "德阳市科协"),
        ("转自微信公众号“重庆科普”", None, None, "重庆科普"),  # (it was an article with no body)
        ("转载自“科普中国”", None, None, "科普中国"),
        ("视频来源：荣昌区科协", None, None, "荣昌区科协"),  # a video's source (it was the next item's headline)
        ("原视频：四川科协抖音号", None, None, "四川科协抖音号"),  # a repost's video (it was a paragraph)
        ("2022-09-20 18:30 发表于重庆", None, dt.date(2022, 9, 20), None),  # WeChat's head under its account
        ("2024-03-12 18:00 四川", None, dt.date(2024, 3, 12), None),  # since 2023: the place without 发表于
        # 今日头条's author line: the account, its time and · place (it was the headline's 副题)
        ("德阳发布 2023-06-21 16:45 · 四川", "德阳发布", dt.date(2023, 6, 21), None),
        # a video's post date under its title (it was a sub-heading, or glued onto the title)
        ("2023-07-05 发布", None, dt.date(2023, 7, 5), None),
        ("2023-07-05 16:45发布", None, dt.date(2023, 7, 5), None),
        ("2021年05月31日08:25 | 来源：人民网-四川频道", None, dt.date(2021, 5, 31), "人民网-四川频道"),
        ("2021-05-31 08:25:13  来源：华龙网  作者：张三", None, dt.date(2021, 5, 31), "华龙网"),
        # a platform's note of the outlet it took the story from (it stayed in the body)
        ("本文来自【重庆晨报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。", None, None, "重庆晨报"),
        ("本文来自【四川日报】，仅代表作者观点。“学习强国”学习平台提供信息发布传播服务。", None, None, "四川日报"),
        ("来源：人民网-四川频道  2021年05月31日08:25", None, dt.date(2021, 5, 31), "人民网-四川频道"),
        # masthead dates in the order and dress other papers print them (each had been the headline)
        ("2021年3月5日（星期五）", None, dt.date(2021, 3, 5), None),
        ("2021年3月5日 农历辛丑年正月廿二 星期五", None, dt.date(2021, 3, 5), None),
        ("2021年3月5日 星期五 辛丑年正月廿二", None, dt.date(2021, 3, 5), None),
        ("第2版 2021年3月5日 星期五", None, dt.date(2021, 3, 5), None),
        # a web page's publishing time alone, with its clock run on, in brackets (each lost the date)
        ("发布时间：2021-03-05 10:21", None, dt.date(2021, 3, 5), None),
        ("发布时间：2021年03月05日10:21  来源：南岸区科协", None, dt.date(2021, 3, 5), "南岸区科协"),
        ("【发布时间：2021-03-05】【来源：南岸区科协】", None, dt.date(2021, 3, 5), "南岸区科协"),
        # the site's name, its date and the story's source on one line (the line had been the headline)
        ("万州区科学技术协会 2023-06-12 来源：万州区科协", "万州区科学技术协会", dt.date(2023, 6, 12), "万州区科协"),
        ("重庆科技报 2023年7月25日 10:21 来源：巫山县科协", "重庆科技报", dt.date(2023, 7, 25), "巫山县科协"),
        # a paper's archive site under each story: the paper, its date and page (it was the story's last
        # paragraph, flagged as cut off)
        ("《 人民日报 》（ 2022年11月16日 17 版）", "人民日报", dt.date(2022, 11, 16), None),
        ("《光明日报》（2018年09月10日 02版）", "光明日报", dt.date(2018, 9, 10), None),
        # page heads in more shapes: the issue with its running total, the page's number (and section)
        # before the date, the section between the paper's name and the date or after the weekday (each
        # had been a headline or an item without one, the page's date lost)
        ("2024年6月21日 星期五  第25期（总第1875期）  本期8版", None, dt.date(2024, 6, 21), None),
        ("3   2024年3月15日 星期五", None, dt.date(2024, 3, 15), None),
        ("2024年6月21日 星期五  要闻  3", None, dt.date(2024, 6, 21), None),
        ("A2 │ 要闻 │ 2024.05.20 星期一", None, dt.date(2024, 5, 20), None),
        ("重庆日报 要闻 2024年8月2日", "重庆日报", dt.date(2024, 8, 2), None),
        ("重庆日报 2024年8月2日 星期五 要闻", "重庆日报", dt.date(2024, 8, 2), None),
        ("文匯報 內地新聞 ２０２４年８月２日", "文匯報", dt.date(2024, 8, 2), None),
        # the date first, then the paper (and its page and section): the paper is the site (the head had
        # been an item of its own or the first story's title, the page's date lost)
        ("2023年11月7日 星期二 四川科技报", "四川科技报", dt.date(2023, 11, 7), None),
        ("2023年11月7日 星期二   四川科技报   3版   市州科协", "四川科技报", dt.date(2023, 11, 7), None),
        # the issue first, the page's number before its section, the section straight after the date, the
        # number of pages in Chinese numerals (each head had been the first story's title or kicker)
        ("第1234期 2009年3月18日 星期三", None, dt.date(2009, 3, 18), None),
        ("资阳日报 2014年6月20日 星期五 A2 综合新闻", "资阳日报", dt.date(2014, 6, 20), None),
        ("资阳日报 2014年6月20日 星期五 第3期 A2 综合新闻", "资阳日报", dt.date(2014, 6, 20), None),
        ("重庆科技报 2022年9月27日 乡村振兴", "重庆科技报", dt.date(2022, 9, 27), None),
        ("2008年5月14日 星期三 今日十六版", None, dt.date(2008, 5, 14), None),
        # …but a day and a word without the paper's name is a schedule's or a diary's line
        ("2024年9月10日 报到", None, None, None),
        # an info line with who posted it and a counter without 次数 (it was the 副题, the page's date lost)
        ("发布时间：2024-07-02 15:20\u3000浏览：312次", None, dt.date(2024, 7, 2), None),
        ("发布者：州科协办公室\u3000发布时间：2024年06月05日 10:20\u3000阅读：523", None, dt.date(2024, 6, 5), None),
        ("发布人：办公室  发布日期：2024-03-01", None, dt.date(2024, 3, 1), None),
        # a site's name before its breadcrumb
        ("资阳科协网　首页 > 工作动态", "资阳科协网", None, None),
        ("首页 > 工作动态", None, None, None),
        # a newsletter's masthead: its issuer, what it is and the issue, no year (it had been the kicker and
        # headline, the real headline pushed into the 副题)
        ("澳門科技協進會 會訊 第86期", "澳門科技協進會 會訊", None, None),
        ("重庆市土壤学会简报 第12期", "重庆市土壤学会简报", None, None),
        # a press release's letterhead: its issuer and the document's kind (it had been the kicker)
        ("香港科學會 新聞稿", "香港科學會", None, None),
        ("四川省科协新闻通稿", "四川省科协", None, None),
        ("中華科技交流協會 活動報導", "中華科技交流協會", None, None),
    ],
)
def test_record_meta_line(line, site, date, source):
    meta = PageMeta()
    record_meta_line(meta, meta_line_kind(line), line)
    assert (meta.site, meta.page_date, meta.source) == (site, date, source)
    assert meta.source_lines == [line]


@pytest.mark.parametrize(
    ("line", "original_url"),
    [
        ("原文链接:https://mp.weixin.qq.com/s?__biz=MzI5MTMyNTI3NQ==#rd", "https://mp.weixin.qq.com/s?__biz=MzI5MTMyNTI3NQ==#rd"),
        ("阅读原文：HTTP://www.cast.org.cn/", "HTTP://www.cast.org.cn/"),
        # an address that is no web page is the page's furniture, and no link the site would show (it ran
        # script in the reader's browser)
        ("原文链接：javascript:alert(document.domain)//x.cn", None),
        ("原文链接：data:text/html,<script>alert(1)</script>", None),
        ("原文链接：vbscript:msgbox(1)//x.cn", None),
        ("网址：www.cast.org.cn", None),
    ],
)
def test_only_a_web_address_is_the_link_to_the_original(line, original_url):
    meta = PageMeta()
    record_meta_line(meta, meta_line_kind(line), line)
    assert meta.original_url == original_url
    assert meta.source_lines == [line]


def test_wechat_head_names_author_and_account():
    assert wechat_head("原创 王丽 四川科协 2023-05-20 09:12 发表于四川") == ("王丽", "四川科协")
    assert wechat_head("王丽 四川科协 2023-05-20 09:12") == ("王丽", "四川科协")
    assert wechat_head("原创 四川科协 2023-05-20") == ("", "四川科协")
    assert wechat_head("原创 王丽 四川科协") == ("王丽", "四川科协")
    assert wechat_head("原创 四川科协") == ("", "四川科协")
    assert wechat_head("科技工作者之家 2020-03-25") is None  # a site and its date, no post head


def test_editors_with_wechat_separators():
    meta = PageMeta(boilerplate=["编辑丨刘洋", "审核 | 陈静", "责任编辑：赵敏"])
    assert [b.name for b in page_editors(meta)] == ["刘洋", "陈静", "赵敏"]


def test_editors_of_this_page_named_so():
    """本版责任编辑：王新民 (an old paper's foot) was the title of an item with no text."""
    result = split_page("\n\n".join(["联合国秘书长呼吁加强维和行动", "新华社联合国１月５日电（记者 顾震球）联合国秘书长安南５日呼吁各会员国加强对维和行动的支持。", "本版责任编辑：王新民 本版美术编辑：李强"]))
    assert len(result.items) == 1
    assert [b.name for b in page_editors(result.meta)] == ["王新民", "李强"]


def test_editors_under_longer_titles_are_names_not_roles():
    meta = PageMeta(boilerplate=["责任编辑：周敏  美术编辑：李强  图片编辑：王芳", "值班编辑 赵敏 校对 刘洋"])
    assert [b.name for b in page_editors(meta)] == ["周敏", "李强", "王芳", "赵敏", "刘洋"]


STORY = "5月28日，永川区科协在区科技馆举办第五个全国科技工作者日座谈会，区委常委王芳出席会议并讲话。"


@pytest.mark.parametrize(
    "lines",
    [
        ["今日头条", "泸州市科协", "2024-09-18 10:01 · 泸州市科学技术协会官方账号", "泸州：全国科普日主场活动举行"],
        ["泸州：全国科普日主场活动举行", "泸州市科协", "2024-09-18 10:01·泸州市科学技术协会官方账号"],
        ["巴中日报", "2024-09-18 17:32 · 四川 · 巴中日报社官方账号", "泸州：全国科普日主场活动举行"],
    ],
)
def test_a_platform_accounts_line_dates_the_page_and_its_name_is_no_title(lines):
    """The account's name and its 头条/百家号 line around the headline: the page's date, no title or 副题."""
    result = split_page("\n".join([*lines, STORY]))
    (item,) = result.items
    assert (item.title, item.subtitle, item.kicker) == ("泸州：全国科普日主场活动举行", "", "")
    assert result.meta.page_date == dt.date(2024, 9, 18)


@pytest.mark.parametrize(
    "head",
    [
        ["上游新闻", "上游新闻·重庆晨报记者 刘钊", "2024-03-21 10:05"],
        ["学习强国", "学习平台 2024-08-15", "来源：四川日报", "作者：四川日报全媒体记者 吴梦琳"],
    ],
)
def test_a_byline_an_app_prints_over_the_pages_one_headline_is_the_storys(head):
    """App, byline (and time), then the headline: the byline of the one story below (it was left unplaced)."""
    result = split_page("\n".join([*head, "永川区科协召开科技工作者座谈会", STORY]))
    (item,) = result.items
    assert [byline.role for byline in item.bylines] == ["reporter"] and not result.remainders


def test_a_later_copys_byline_over_its_headline_is_that_storys():
    """学习强国 / its date line / 作者：… over the second copy's headline: the second story's byline, not the
    first's, and 观点 / 暂无观点 (the empty comment box between them) no item."""
    copy = ["学习强国", "学习平台 2024-08-16", "作者：重庆日报记者 黄光红"]
    result = split_page(
        "\n".join(["一条新闻的标题", "本报讯 " + STORY, "观点", "暂无观点", "", *copy, "綦江：农技协带领村民种出致富菇", STORY])
    )
    assert [item.title for item in result.items] == ["一条新闻的标题", "綦江：农技协带领村民种出致富菇"]
    assert [[byline.name for byline in item.bylines] for item in result.items] == [[], ["黄光红"]]
    assert result.meta.boilerplate[:2] == ["观点", "暂无观点"]


def test_a_source_line_over_the_headline_is_each_copys_stories_source():
    """来源：四川日报 over the page's headline, 来源：重庆日报 in a later copy's head: each copy's story's source
    (only the page had one)."""
    result = split_page(
        "\n".join(["学习强国", "学习平台 2024-08-15", "来源：四川日报", "遂宁：科创中国助力锂电产业", STORY,
                   "学习强国", "学习平台 2024-08-16", "来源：重庆日报", "綦江：农技协带领村民种出致富菇", STORY])
    )
    assert [(item.title, item.source) for item in result.items] == [
        ("遂宁：科创中国助力锂电产业", "四川日报"), ("綦江：农技协带领村民种出致富菇", "重庆日报")
    ]


def test_a_byline_over_two_headlines_stays_flagged():
    """Over two stories a byline in the page's head belongs to neither for certain."""
    result = split_page("\n".join(["上游新闻·重庆晨报记者 刘钊", "永川区科协召开座谈会", "本报讯 " + STORY,
                                   "江津区科协开展科普活动", "本报讯 " + STORY]))
    assert [item.bylines for item in result.items] == [[], []]
    assert [part.flag.code for part in result.remainders] == ["unplaced_byline"]


@pytest.mark.parametrize(
    "app",
    [
        "红星新闻", "封面新闻", "第1眼TV", "新重庆-重庆日报", "今日头条", "川观新闻",
        "大美永川", "掌上永川", "永川融媒", "永川发布",  # a county media centre's app, named for its place
    ],
)
def test_a_news_apps_name_over_its_copied_story_is_the_site(app):
    """The app's name on the screen's first line is the page's site (it was the headline's 引题)."""
    result = split_page("\n".join([app, "永川区科协召开科技工作者座谈会", "记者 张三", STORY]))
    (item,) = result.items
    assert (item.title, item.kicker, result.meta.site) == ("永川区科协召开科技工作者座谈会", "", app)


@pytest.mark.parametrize("kicker", ["美丽乡村", "掌上明珠"])
def test_a_kicker_named_like_an_app_but_for_no_place_stays_the_kicker(kicker):
    """美丽乡村 over a headline names no county: the story's 引题, no app."""
    result = split_page("\n".join([kicker, "永川区科协召开科技工作者座谈会", "记者 张三", STORY]))
    (item,) = result.items
    assert (item.kicker, result.meta.site) == (kicker, None)


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("永川区融媒体中心  2024-05-29 16:40", "永川区融媒体中心"),
        ("2024年5月29日 09:15   永川融媒", "永川融媒"),
        ("永川区科协  2024-05-29 16:40", None),  # a 科协's own post: the site, no outlet it was taken from
    ],
)
def test_a_media_centres_head_line_under_the_headline_is_the_storys_source(head, source):
    """An app's unlabeled line of its outlet and time under the headline names the story's source, as 来源：
    there would (it was only the page's site, or lost)."""
    result = split_page("\n".join(["永川区科协召开科技工作者座谈会", head, STORY, "记者：张三"]))
    (item,) = result.items
    assert item.source == source


@pytest.mark.parametrize("kicker", ["大美永川", "美丽永川"])
@pytest.mark.parametrize("lead", ["本报讯（记者 张三）" + STORY, "【本报讯】" + STORY], ids=["dateline", "bracketed"])
def test_a_place_praised_over_the_papers_own_story_stays_the_kicker(kicker, lead):
    """大美永川 over a headline and a 本报讯 lead: a paper's 引题 praising the place, no county app's name (it
    became the page's site, the story lost its 引题)."""
    result = split_page("\n".join([kicker, "永川区科协召开科技工作者座谈会", lead, "（永科）"]))
    (item,) = result.items
    assert (item.kicker, item.title, result.meta.site) == (kicker, "永川区科协召开科技工作者座谈会", None)


@pytest.mark.parametrize(
    "opening",
    [
        [],
        ["编者按：近日，区科协组织专家走进乡村。本文记录了活动的点滴。"],  # the note over the story (it made the site)
    ],
)
def test_headline_over_a_bare_date_keeps_its_story(opening):
    """A web page's short headline above its date is the article's title, not an account name."""
    result = split_page("\n\n".join(["科协动态", "2021-06-18 17:30", *opening, STORY]))
    assert [item.title for item in result.items] == ["科协动态"]
    assert result.items[0].paragraphs == [*opening, STORY]
    assert result.meta.site is None and result.meta.page_date == dt.date(2021, 6, 18)


@pytest.mark.parametrize(
    "opening",
    [
        [],
        ["编者按：5月28日，永川区科协召开座谈会。现将会议情况刊发如下。"],  # the note over the post's headline
        ["【编者按】", "5月28日，永川区科协召开座谈会。现将会议情况刊发如下。"],  # its label on a line of its own
    ],
)
@pytest.mark.parametrize("lead", ["本报讯 " + STORY, STORY])
def test_account_over_a_bare_date_is_the_site(opening, lead):
    """重庆科协 / 2021-06-18 17:30 over the post (an editor's note under the date had made the account's name
    a headline over the note, 【编者按】 its 副题; a post's headline over its text, no lead, was no headline)."""
    result = split_page("\n\n".join(["重庆科协\n2021-06-18 17:30", *opening, "永川区科协举办座谈会", lead]))
    assert [item.title for item in result.items] == ["永川区科协举办座谈会"]
    assert result.items[0].paragraphs[: len(opening[-1:])] == opening[-1:]
    assert result.meta.site == "重庆科协"
    assert result.meta.source_lines == ["重庆科协", "2021-06-18 17:30"]


def test_a_posts_headline_under_its_date_and_over_its_original_label_is_the_title():
    """科普绵阳 / 2023年12月04日 18:30 四川 / the headline / 原创 绵阳市科协 科普绵阳: a headline that reads as
    prose, its 原创 label under it, is the post's title (it was the story under a title of the account)."""
    lines = ["科普绵阳", "2023年12月04日 18:30 四川", "绵阳市科协：冬季科学健身，这份指南请收好", "原创 绵阳市科协 科普绵阳"]
    result = split_page("\n".join(lines) + "\n\n此视频暂不支持播放\n" + STORY)
    assert [(item.title, item.paragraphs) for item in result.items] == [(lines[2], [STORY])]
    assert (result.meta.site, result.meta.page_date) == ("科普绵阳", dt.date(2023, 12, 4))


@pytest.mark.parametrize(
    ("issue", "site", "banners"),
    [
        ("2023年12月 调查研究", "重庆科协", ["2023年12月 调查研究"]),  # the month's issue, then its column
        ("2024年第3期", "重庆科协", []),  # an issue number alone is the masthead's furniture
        ("2023年12月", "重庆科协", ["2023年12月"]),
    ],
)
def test_a_journals_name_over_its_issue_is_the_site(issue, site, banners):
    """重庆科协 over 2023年12月 调查研究: a journal's name and issue (they were the 引题 and the title, the
    headline its 副题)."""
    result = split_page("\n".join(["重庆科协", issue, "", "关于我市基层科协组织建设情况的调研报告", "", STORY]))
    assert (result.meta.site, result.meta.banners) == (site, banners)
    assert [(item.kicker, item.title, item.subtitle) for item in result.items] == [
        ("", "关于我市基层科协组织建设情况的调研报告", "")
    ]


def test_recommended_titles_are_navigation_but_a_related_story_is_kept():
    """Under 相关阅读 a bare title is navigation; a title with its own story is an article."""
    result = split_page(
        "\n\n".join(["一条新闻的标题", "本报讯 " + STORY, "相关阅读", "另一条旧闻的标题", "相关阅读", "科普大篷车开进校园", "本报讯 " + STORY])
    )
    assert [item.title for item in result.items] == ["一条新闻的标题", "科普大篷车开进校园"]
    assert "另一条旧闻的标题" in result.meta.boilerplate


@pytest.mark.parametrize(
    "comments",
    [
        ["蜀中小麦哥 2024-05-06 11:02", "科技特派员辛苦了！", "点赞 36", "旌阳老农 2024-05-06 12:15", "希望多来我们村讲讲课", "点赞 12"],
        ["山城小王 重庆 3小时前", "带娃去科技馆看看", "回复", "点赞 5", "巴南老李 重庆 2小时前", "科技馆之夜一定去", "回复", "点赞 2"],
    ],
)
def test_a_comments_like_count_does_not_end_the_comment_list(comments):
    """点赞 36 under a comment is the comment's (it ended the list: the next comment was an item, its
    commenter the page's site and its time the page's date)."""
    result = split_page("\n".join(["一条新闻的标题", "本报讯 " + STORY, "网友评论", *comments]))
    assert [item.title for item in result.items] == ["一条新闻的标题"]
    assert result.meta.boilerplate == ["网友评论", *comments]
    assert result.meta.site is None and result.meta.page_date is None


@pytest.mark.parametrize(
    "tail",
    [
        ["写评论...", "茶农们纷纷表示受益匪浅。", "（秀科）"],  # between two paragraphs
        ["评论(3)", "本次评选共征集作品320件。", "（秀科）"],
        ["0条评论", "茶农们纷纷表示受益匪浅。", "（记者：田芳）"],
        ["茶农们纷纷表示受益匪浅。", "0条评论", "（记者：田芳）"],  # over the closing attribution
    ],
)
def test_an_app_comment_bar_inside_a_story_does_not_end_it(tail):
    """写评论... between a story's paragraphs or over its （秀科）: the app's bar, furniture the story goes on
    past (the paragraphs under it were an untitled item, the story lost its source or byline)."""
    result = split_page("\n".join(["秀山县科协送技术到茶园", "本报讯（记者 张三）" + STORY, *tail]))
    (item,) = result.items
    bar = next(line for line in tail if "评论" in line)
    assert result.meta.boilerplate == [bar]
    assert [block.text for block in item.blocks[1:]] == [line for line in tail[:2] if line != bar]
    assert item.credit_lines[-1] == tail[-1]


def test_an_app_comment_bar_after_a_storys_attribution_still_ends_it():
    """3条评论 under a story's （秀科） and over the next headline: the foot of the first story's screen."""
    next_story = ["荣昌区科协开展科普进社区活动", "本报讯（记者 李四）" + STORY, "（荣科）"]
    result = split_page("\n".join(["秀山县科协送技术到茶园", "本报讯（记者 张三）" + STORY, "（秀科）", "3条评论", *next_story]))
    assert [item.title for item in result.items] == ["秀山县科协送技术到茶园", "荣昌区科协开展科普进社区活动"]
    assert [item.source for item in result.items] == ["秀科", "荣科"]
    assert result.meta.boilerplate == ["3条评论"]


@pytest.mark.parametrize("heading", ["热门评论", "热点推荐"])
def test_a_second_app_copy_under_a_list_keeps_its_headline(heading):
    """App name, headline, byline and the app's time line under a list: the next copy's head, not listed
    titles (the headline, byline and time line went to the boilerplate, the lead was left untitled)."""
    result = split_page(
        "\n".join(["一条新闻的标题", "本报讯 " + STORY, heading, "小凉山的风：孩子们的笑容最美", "",
                   "封面新闻", "四川省科协与宜宾市共建试点城市", "封面新闻记者 边雪", "2024-04-19 09:12:30", STORY])
    )
    assert [item.title for item in result.items] == ["一条新闻的标题", "四川省科协与宜宾市共建试点城市"]
    assert [byline.name for byline in result.items[1].bylines] == ["边雪"]


def test_a_video_platforms_recommended_titles_under_its_report_button_are_navigation():
    """举报 / 相关推荐 / a title under a 今日头条 post (举报 was a headline, 相关推荐 its author)."""
    result = split_page("\n".join(["一条新闻的标题", "本报讯 " + STORY, "举报", "相关推荐", "另一条旧闻的标题"]))
    assert [item.title for item in result.items] == ["一条新闻的标题"]
    assert result.meta.boilerplate == ["举报", "相关推荐", "另一条旧闻的标题"]


def test_ornaments_inside_a_post_do_not_end_its_story():
    result = split_page("标题在这里\n\n" + STORY + "\n\n————————\n\n今年以来，省科协组织开展了系列活动。\n\n▼\n\n·END·")
    assert len(result.items) == 1 and result.items[0].paragraphs == [STORY, "今年以来，省科协组织开展了系列活动。"]
    assert result.meta.boilerplate == ["————————", "▼", "·END·"]


def test_page_number_inside_a_story_does_not_end_it():
    result = split_page("标题在这里\n\n" + STORY + "\n\n-3-\n\n活动由区科协、区教委联合主办。")
    assert len(result.items) == 1 and result.items[0].paragraphs == [STORY, "活动由区科协、区教委联合主办。"]
    assert result.meta.boilerplate == ["-3-"]


LEAD = "5月15日，平昌县科协在平昌中学举办青少年科技创新培训班，全县60余名科技辅导员参加"


@pytest.mark.parametrize("footer", ["第 8 页", "第8页", "P8"])
def test_a_pdf_page_footer_inside_a_sentence_is_taken_out_and_the_sentence_joined(footer):
    """参加 / 第 8 页 / 培训。 had been glued as 参加第 8 页培训。 (or the footer a sub-heading)."""
    text = f"平昌县科协举办青少年科技创新培训\n{LEAD}\n{footer}\n培训。培训邀请省内专家进行了授课。"
    result = split_page(text)
    assert [item.paragraphs for item in result.items] == [[LEAD + "培训。培训邀请省内专家进行了授课。"]]
    assert result.meta.boilerplate == [footer]


def test_an_editor_named_in_brackets_is_the_pages_editor():
    from articles.textpipeline.split import split_page

    result = split_page(
        "荣昌区科协开展“科技助农”志愿服务活动\n发布时间：2023-04-11 09:15  来源：荣昌区科协\n[图片]\n"
        "4月10日，荣昌区科协组织农业专家走进清升镇，开展“科技助农”志愿服务活动。\n【责任编辑：刘小明】"
    )
    (item,) = result.items
    assert (item.title, item.subtitle) == ("荣昌区科协开展“科技助农”志愿服务活动", "")
    assert [b.name for b in page_editors(result.meta)] == ["刘小明"]


@pytest.mark.parametrize(
    ("lines", "banners", "title", "subtitle"),
    [
        # A column's name over a headline and its byline: a banner, not the story's title.
        (["科普时间", "冬季如何预防流感？", "本报记者 王静", STORY], ["科普时间"], "冬季如何预防流感？", ""),
        (["基层科协风采", "荣昌区科协：让科普走进田间地头", "本报记者 赵敏", STORY], ["基层科协风采"],
         "荣昌区科协：让科普走进田间地头", ""),
        # a commentary's kind over its headline (短评 was the title, the headline its 副题)
        (["短评", "科普不能“一阵风”", STORY, "（杨光）"], ["短评"], "科普不能“一阵风”", ""),
        (["快评", "让科技志愿服务常态化", STORY], ["快评"], "让科技志愿服务常态化", ""),
        # a site's column of notices over its first notice (通知公告 was the notice's title, the title its 副题)
        (["通知公告", "关于召开2024年全区科普工作会议的通知", "各镇（街道）科协：", STORY], ["通知公告"],
         "关于召开2024年全区科普工作会议的通知", ""),
        # the paper's commentator over the headline, signing at the end (the label was a byline with no story)
        (["本报评论员", "让科技工作者把更多精力用在科研上", STORY, "本报评论员 陈 思"], ["本报评论员"],
         "让科技工作者把更多精力用在科研上", ""),
        # A title over its 副题, over its author's name, over a web page's date, or a phrase with 的.
        (["博物馆延长开放时间", "——记者探访市科技馆", "本报记者 王静", STORY], [], "博物馆延长开放时间", "——记者探访市科技馆"),
        (["华文女作家的风采", "曾敏之", STORY], [], "华文女作家的风采", ""),
        (["科协动态", "2021-06-18 17:30", STORY], [], "科协动态", ""),
        # the section over its editors' line, then the headline (the section was the headline's 引题)
        (["科协动态", "编辑 / 王丽   美编 / 刘洋   校对 / 陈晨", "广元市科协开展“科技之春”宣传月活动", "本报记者 王静", STORY],
         ["科协动态"], "广元市科协开展“科技之春”宣传月活动", ""),
        # a column named for the bodies whose news it prints (区县科协 was the 引题, 市（州）科协 the title)
        (["区县科协", "綦江区科协举办科普志愿者培训", "本报讯 " + STORY], ["区县科协"], "綦江区科协举办科普志愿者培训", ""),
        (["市（州）科协", "泸州老窖博士后科研工作站新进站博士后5名", "本报讯（通讯员 张洁）" + STORY], ["市（州）科协"],
         "泸州老窖博士后科研工作站新进站博士后5名", ""),
        # a special issue's banner (it was the title, the headline its 副题)
        (["芦山“4·20”强烈地震抗震救灾专刊", "雅安市科协组织专家开展震后科普宣传", "本报讯 " + STORY],
         ["芦山“4·20”强烈地震抗震救灾专刊"], "雅安市科协组织专家开展震后科普宣传", ""),
        (["纪念汶川特大地震十周年", "十年重建路 科技展新颜", "——北川、汶川、青川三县科协十年工作回顾", "本报记者 王静", STORY],
         ["纪念汶川特大地震十周年"], "十年重建路 科技展新颜", "——北川、汶川、青川三县科协十年工作回顾"),
    ],
)
def test_a_column_head_over_a_headline_is_a_banner(lines, banners, title, subtitle):
    result = split_page("\n".join(lines))
    assert result.meta.banners == banners
    assert [(item.title, item.subtitle) for item in result.items] == [(title, subtitle)]


@pytest.mark.parametrize(
    ("heading", "links"),
    [
        # 相关链接 with a colon, the site's footer under the links (the links were an item, the footer its 副题)
        ("相关链接:", ["郫都区科协召开2023年学会工作会议", "郫都区举办第十届青少年科技创新大赛",
                    "主办:成都市郫都区科学技术协会  地址:成都市郫都区郫筒街道望丛东路139号"]),
        ("相关阅读：", ["郫都区科协召开2023年学会工作会议", "郫都区举办第十届青少年科技创新大赛"]),
        # 相关阅读 under the story's attribution, over dated links (it was the story's last sub-heading)
        ("相关阅读", ["石柱县科协召开第四次代表大会 2024-04-12", "石柱县开展2024年“科技之春”宣传月活动 2024-03-28"]),
        # a news app's and 百家号's lists (the titles were body paragraphs, or an item)
        ("热点推荐", ["成都大运会场馆将向市民开放", "四川一地发现大熊猫新踪迹"]),
        ("作者最新文章", ["巴中：首届“巴山科普节”开幕", "南江县科协开展全国科普日活动"]),
    ],
)
def test_related_links_under_a_story_are_navigation(heading, links):
    result = split_page("\n".join(["石柱县科协“科普大篷车”开进中益乡", STORY, "（县科协 冉芳）", heading, *links]))
    (item,) = result.items
    assert item.subheadings == [] and item.paragraphs == [STORY]
    assert not item.flags
    assert result.meta.boilerplate == [heading, *links]


def test_a_notice_label_under_a_commentary_is_no_name():
    """公告 over a notice, under a commentary signed ○ 李明远: the notice's label (it was a second author,
    公 being a surname, and the notice ran on in the commentary)."""
    result = split_page(
        "\n".join(
            [
                "让“科技副总”真正沉下去",
                "○ 李明远",
                "科技人才进企业，贵在“真进”、难在“常驻”。各地科协要在“一企一策”上下功夫。",
                "公告",
                "四川省科协关于2023年度科普图书出版资助项目申报的通知",
                "各市（州）科协、省级学会：",
                "现开展2023年度科普图书出版资助项目申报工作，申报截止时间为2023年7月15日。",
                "四川省科学技术协会",
                "2023年6月8日",
            ]
        )
    )
    commentary, notice = result.items
    assert [(b.role, b.name) for b in commentary.bylines] == [("author", "李明远")]
    assert notice.title == "四川省科协关于2023年度科普图书出版资助项目申报的通知"
    assert notice.paragraphs[0] == "各市（州）科协、省级学会："
    assert result.meta.banners == ["公告"]
    (story,) = split_page("\n".join(["让“科技副总”真正沉下去", STORY, "公告"])).items
    assert story.bylines == []  # the label alone at the page's end is still no author


def test_a_reading_box_inside_a_story_is_its_box_but_a_list_of_titles_is_navigation():
    """【延伸阅读】 over prose closes the story with its box; over other stories' titles it heads links."""
    box = split_page("\n".join(["一条新闻的标题", "本报讯 " + STORY, "【延伸阅读】", "科技特派员制度始于1999年，是一项推动科技人员深入农村基层的制度创新。"]))
    (item,) = box.items
    assert item.subheadings == ["【延伸阅读】"] and len(item.paragraphs) == 2
    links = split_page("\n".join(["一条新闻的标题", "本报讯 " + STORY, "【延伸阅读】", "另一条旧闻的标题", "第三条旧闻的标题"]))
    assert [item.title for item in links.items] == ["一条新闻的标题"]
    assert "另一条旧闻的标题" in links.meta.boilerplate


LIST_PAGE = """\
重庆市科学技术协会
首页 > 通知公告
通知公告
关于开展2024年全国科普日活动的通知  2024-08-15
关于推荐第十八届中国青年科技奖候选人的通知  2024-07-02
关于公布2024年重庆市科普基地认定名单的通知  [2024-06-18]
共3条  第1页/共1页
"""


def test_a_columns_list_of_dated_posts_is_navigation_under_its_banner():
    """A 通知公告 column copied as a page: each line a link to a post, none an item, none the page's date."""
    result = split_page(LIST_PAGE)
    assert result.items == []
    assert result.meta.banners == ["通知公告"]
    assert "关于推荐第十八届中国青年科技奖候选人的通知  2024-07-02" in result.meta.boilerplate
    assert "共3条  第1页/共1页" in result.meta.boilerplate
    assert result.meta.page_date is None
    assert account(result).balanced


@pytest.mark.parametrize(
    "links",
    [
        ["[2024-06-21] 资阳市科协开展“科普进校园”活动", "[2024-06-18] 安岳县科协召开柠檬产业技术培训会"],
        ["2024-06-21\u3000资阳市科协开展“科普进校园”活动", "2024-06-18\u3000安岳县科协召开柠檬产业技术培训会"],
    ],
)
def test_a_list_of_posts_dated_first_is_navigation_over_the_story(links):
    """A 区县 site's list with each post's date before its title: links, not the story's kicker and 副题."""
    story = ["资阳市科协开展“科普进校园”活动", "发布日期：2024-06-21", "6月20日，资阳市科协走进雁江区第一小学，开展活动。"]
    result = split_page("\n".join(links + story))
    assert [(item.title, item.subtitle, item.kicker) for item in result.items] == [(story[0], "", "")]
    assert links == result.meta.boilerplate[:2]


@pytest.mark.parametrize(
    "block",
    [
        ["索引号：11500000MB1520123X/2024-00015", "发布机构：重庆市科学技术协会", "成文日期：2024-04-02",
         "发文字号：渝科协发〔2024〕12号", "主题分类：科技、教育", "发布日期：2024-04-07"],
        ["索引号：11500000MB1520123X/2024-00015\u3000\u3000主题分类：科技\u3000\u3000发布机构：重庆市科协",
         "发文字号：渝科协发〔2024〕12号\u3000\u3000成文日期：2024-04-02\u3000\u3000发布日期：2024-04-07"],
    ],
)
def test_a_published_documents_index_block_is_its_metadata_and_keeps_its_number(block):
    """索引号：… over 发文字号：… over the notice: no item of its own, no headline; the 发文字号 is the notice's
    credit line, the 发布日期 the page's date."""
    notice = ["重庆市科学技术协会关于印发《重庆市科协科技志愿服务管理办法（试行）》的通知", "各区县（自治县）科协：",
              "现将《办法》印发给你们，请认真贯彻执行。", "重庆市科学技术协会", "2024年4月2日"]
    result = split_page("\n".join(block + notice))
    (item,) = result.items
    assert (item.title, item.subtitle, item.source) == (notice[0], "", "重庆市科学技术协会")
    assert [line for line in item.credit_lines if "渝科协发〔2024〕12号" in line] == [
        next(line for line in block if line.startswith("发文字号"))
    ]
    assert result.meta.page_date == dt.date(2024, 4, 7)
    assert account(result).balanced


def test_a_single_dated_title_is_no_list():
    """One title with its date over a story is the story's headline and date line, not a link."""
    result = split_page("关于开展2024年全国科普日活动的通知  2024-08-15\n本报讯 " + STORY)
    assert [item.title for item in result.items] == ["关于开展2024年全国科普日活动的通知"]
    assert not result.meta.boilerplate


COUNTY_MEDIA_POST = """\
点击蓝字 关注我们
科普大篷车开进大山深处
来源：城口县融媒体中心 | 记者：陈华 | 编辑：李娜
6月5日，城口县科协组织科普大篷车走进东安镇，为当地群众带来一场精彩的科普盛宴。
据悉，今年以来，城口县科普大篷车已累计行程3000余公里，开展活动20余场次。
- END -
长按识别二维码关注我们
城口发布
"""


def test_a_county_media_posts_info_line_and_account_name():
    """记者：X on the info line is the reporter; the account's name under the post's end is the site,
    not a headline without a story."""
    result = split_page(COUNTY_MEDIA_POST)
    (item,) = result.items
    assert item.title == "科普大篷车开进大山深处"
    assert [(b.role, b.name) for b in item.bylines] == [("reporter", "陈华")]
    assert item.source == "城口县融媒体中心"
    assert result.meta.site == "城口发布"
    assert [b.name for b in page_editors(result.meta)] == ["李娜"]
    assert account(result).balanced


@pytest.mark.parametrize(
    "card",
    [
        ["城口发布", "城口县融媒体中心"],  # the account over the body that runs it (it became an item)
        ["石柱土家族自治县科学技术协会"],  # the body alone, longer than an account's name (it became an item)
    ],
)
def test_a_closing_card_naming_the_body_that_runs_the_account_is_furniture(card):
    """The account's card under the post's end may name the body that runs it: furniture, not an item."""
    post = COUNTY_MEDIA_POST.replace("长按识别二维码关注我们\n城口发布\n", "\n".join([*card, "长按识别二维码关注我们", ""]))
    result = split_page(post)
    assert [item.title for item in result.items] == ["科普大篷车开进大山深处"]
    assert set(card) <= {result.meta.site, *result.meta.boilerplate}
    assert account(result).balanced


def test_a_last_headline_over_furniture_is_not_a_card():
    """A headline after the post's end that is no body's name stays a headline (its story lost)."""
    post = COUNTY_MEDIA_POST.replace("城口发布\n", "城口县举办首届科普讲解大赛决赛\n")
    result = split_page(post)
    assert "城口县举办首届科普讲解大赛决赛" not in result.meta.boilerplate


def test_a_short_last_line_after_a_story_is_still_read():
    """Without the post's furniture before it, a short last line is not taken for an account's name."""
    result = split_page(COUNTY_MEDIA_POST.replace("- END -\n长按识别二维码关注我们\n", ""))
    assert result.meta.site != "城口发布"


@pytest.mark.parametrize("distribution", ["分送：市科协党组成员，各部室。", None])
def test_a_documents_printing_line_is_its_foot_and_names_its_issuer(distribution):
    """达州市科协办公室  2024年3月19日印发 under a 纪要 (and its 分送： line) is the document's foot, not an
    item of its own; the office that printed it is the 纪要's source."""
    lines = [
        "达州市科协2024年第3次党组会议纪要",
        "2024年3月18日上午，市科协党组书记、主席张明华主持召开2024年第3次党组会议。会议研究了换届工作有关事宜。",
        distribution,
        "达州市科协办公室  2024年3月19日印发",
    ]
    result = split_page("\n".join(line for line in lines if line))
    assert account(result).balanced
    assert [item.title for item in result.items] == ["达州市科协2024年第3次党组会议纪要"]
    assert result.items[0].source == "达州市科协办公室"
    assert "达州市科协办公室  2024年3月19日印发" in result.meta.boilerplate


@pytest.mark.parametrize("issue", ["〔2024〕第3期", "[2024]第3期", "2024年第3期"])
def test_a_minutes_issue_number_and_issuing_office_under_its_title_are_its_head(issue):
    """德阳市科协会议纪要 over 〔2024〕第3期 and 德阳市科学技术协会办公室　　2024年3月22日, then its text: the
    issue number is no 副题 (it was), and the office is the 纪要's source (it was only the page's site)."""
    result = split_page("\n\n".join(["德阳市科协会议纪要", issue, "德阳市科学技术协会办公室　　　　2024年3月22日",
                                     "3月20日，市科协主持召开主席办公会，研究部署近期重点工作。"]))
    assert account(result).balanced
    assert [(item.title, item.subtitle, item.source) for item in result.items] == [
        ("德阳市科协会议纪要", "", "德阳市科学技术协会办公室")]
    assert issue in result.meta.source_lines and result.meta.page_date == dt.date(2024, 3, 22)


def test_a_pdf_notices_page_footers_leave_its_text_and_signature_whole():
    """第 1 页 共 2 页 between a notice's parts is the PDF's footer; the issuer over the date at the end
    is the notice's signature, not an account's name and the page's date."""
    notice = "\n".join(
        [
            "关于开展2024年全国科普日活动的通知",
            "各区县科协，市级学会，有关单位：",
            "一、活动主题",
            "提升全民科学素质，协力建设科技强国。",
            "第 1 页 共 2 页",
            "二、工作要求",
            "各单位要高度重视，精心组织，确保活动取得实效。",
            "第 2 页 共 2 页",
            "重庆市科学技术协会",
            "2024年8月15日",
        ]
    )
    result = split_page(notice)
    (item,) = result.items
    assert not any("页" in paragraph and "共" in paragraph for paragraph in item.paragraphs)
    assert item.paragraphs[-2:] == ["重庆市科学技术协会", "2024年8月15日"]
    assert result.meta.site is None
    assert account(result).balanced


@pytest.mark.parametrize(
    ("text", "site", "province"),
    [
        # a paper or site named for its province, its places named without 市 (绵竹, 什邡) or not at all
        ("省科技特派员服务团走进绵竹、什邡、广汉等地。", "四川科技报", "510000"),
        ("科普大篷车开进社区。", "重庆科协", "500000"),
        ("科普大篷车开进社区。", None, None),
        ("科普大篷车开进社区。", "科技工作者之家", None),
        # …whatever places its text names: a 川渝 story of a 重庆 paper names 四川's more often
        ("重庆市科协在渝北区、江北区、沙坪坝区开展活动。", "四川科协", "510000"),
        ("云阳县科协在南溪镇开展科普活动。遂宁市科协、南充市科协、四川省科协、内江市科协人员参加。", "重庆科技报", "500000"),
        ("川渝两地科协在成都、德阳、绵阳联合开展活动。", "重慶科技報", "500000"),
        # a paper or site named for a city, prefecture or county of either province
        ("科普大篷车开进社区。", "攀枝花日报", "510000"),
        ("科普大篷车开进社区。", "凉山日报", "510000"),
        ("科普大篷车开进社区。", "巫山发布", "500000"),
        ("科普大篷车开进社区。", "彭水新闻网", "500000"),
        # a central daily's page is no province's (科技日报's story of 宁波's 江北区 had made it 重庆's)
        ("宁波江北区打造新高地。江北区科技局发布消息，江北区工业增加值增长。", "科技日报", None),
        ("重庆市科协在渝北区、江北区、沙坪坝区开展活动。", "人民日报", None),
        # any other site: the text's places decide
        ("重庆市科协在渝北区、江北区、沙坪坝区开展活动。", "科技工作者之家", "500000"),
        # county-level cities count as their province's places
        ("服务团走进绵竹、什邡、广汉、江油开展培训。", None, "510000"),
    ],
)
def test_the_pages_province(text, site, province):
    from articles.textpipeline.pagemeta_province import infer_province

    assert infer_province(text, site) == province


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("审核：李华 四川大学华西医院 主任医师", ["李华"]),  # the reviewer's affiliation and title are no names
        ("审核：李强 重庆市疾病预防控制中心 研究员", ["李强"]),
        ("责任编辑 张三 电话：028-12345678", ["张三"]),
        ("编辑：徐嘉 陈燕", ["徐嘉", "陈燕"]),
        ("责任编辑：欧阳晓明", ["欧阳晓明"]),
        ("编辑：于青 和平", ["于青", "和平"]),  # surnames that verse starts with too are names here
        ("責任編輯：陳志明", ["陳志明"]),  # traditional, as printed
    ],
)
def test_an_editors_line_names_only_people(line, names):
    assert [b.name for b in page_editors(PageMeta(boilerplate=[line]))] == names


@pytest.mark.parametrize(
    ("head", "page_date", "banners", "editors"),
    [
        ("2021年1月8日 星期五 第2版 科协动态 责任编辑：王丽 美编：李明", dt.date(2021, 1, 8), [], ["王丽", "李明"]),
        ("第2版 科协动态 责任编辑：王丽 张强", None, ["第2版 科协动态 责任编辑：王丽 张强"], ["王丽", "张强"]),
        ("03版：要闻 本版编辑：刘洋", None, ["03版：要闻 本版编辑：刘洋"], ["刘洋"]),
        ("第2版 科协动态", None, ["第2版 科协动态"], []),
        # a city paper's second head line: a lettered page without 版, its section and editors (it was an item)
        ("绵阳日报  2024年5月22日  星期三\nA3  综合新闻  责任编辑：何晓燕", dt.date(2024, 5, 22),
         ["A3  综合新闻  责任编辑：何晓燕"], ["何晓燕"]),
        # the section and its editors under the masthead's date with the number (it was the 引题)
        ("2023年11月7日 星期二 第4版\n区县科协 责编:吴敏 美编:罗欣", dt.date(2023, 11, 7), ["区县科协 责编:吴敏 美编:罗欣"],
         ["吴敏", "罗欣"]),
        ("区县科协 责任编辑：吴敏", None, ["区县科协 责任编辑：吴敏"], ["吴敏"]),
        # the section and editors after the page's number, a bar between them, the desk's phone after them
        ("科普时报  2024年5月24日  第4版 | 科普天地 | 责任编辑：孙明  电话：010-58884000", dt.date(2024, 5, 24), [],
         ["孙明"]),
        # the editors' roles without colons on a dated head
        ("四川科技报 要闻 2024年10月18日 星期五 第2版 责任编辑 林峰 校对 杨柳 美编 何丹", dt.date(2024, 10, 18), [],
         ["林峰", "杨柳", "何丹"]),
        # a section of two words joined by a dot over its editors
        ("重庆科技报 2024年11月8日 星期五 第8版\n广告·服务  责任编辑：刘敏  校对：陈佳", dt.date(2024, 11, 8),
         ["广告·服务  责任编辑：刘敏  校对：陈佳"], ["刘敏", "陈佳"]),
        ("3   2024年3月15日 星期五\n科协动态", dt.date(2024, 3, 15), ["科协动态"], []),
        # the page's chief editor first (it was the kicker)
        ("本版主编：许静 责任编辑：邓颖 美编：罗杰 校对：谢文", None, [], ["许静", "邓颖", "罗杰", "谢文"]),
        # a masthead with its publisher and registration lines over the date line (they were an item)
        ("重庆科技报\n重庆市科学技术协会主管主办\n国内统一连续出版物号 CN 50-0018  邮发代号 77-25\n"
         "2024年6月21日 星期五  第25期（总第1875期）  本期8版", dt.date(2024, 6, 21), [], []),
        # an e-paper's (方正-style 数字报) line over the page, labelled 版次 (it was the headline)
        ("四川科技报\n2024年5月17日 星期五 第1版\n版次：01版 要闻  责任编辑：刘雪梅  美术编辑：张帆", dt.date(2024, 5, 17),
         [], ["刘雪梅", "张帆"]),
        ("四川科技报\n版次：A3  日期：2023-09-12  责任编辑：邓敏", dt.date(2023, 9, 12), [], ["邓敏"]),
        # the number of pages beside the paper's registration, alone on its line (it was the headline)
        ("四川科技报\n2023年6月2日 星期五\n今日12版  国内统一连续出版物号 CN51-0017", dt.date(2023, 6, 2), [], []),
        # a magazine's imprint, its address after its editors (it was the headline, and the address its region)
        ("主管：重庆市科学技术协会 主办：重庆科技报社\n编辑出版：《重庆科技》编辑部 地址：重庆市渝北区龙山街道", None, [], []),
    ],
)
def test_a_page_head_ending_with_its_editors(head, page_date, banners, editors):
    """A PDF's page head with its editors at the end was the first story's headline (the date lost too)."""
    result = split_page("\n".join([head, "绵阳市科协召开年度工作总结会", f"本报讯（记者 陈晓东）{STORY}"]))
    assert [item.title for item in result.items] == ["绵阳市科协召开年度工作总结会"]
    assert result.meta.page_date == page_date
    assert result.meta.banners == banners
    assert [b.name for b in page_editors(result.meta)] == editors


@pytest.mark.parametrize(
    "furniture",
    [
        # the paper's footer: where it is made, printed and sold (it was an item, the printer its organization)
        ["本报地址：重庆市渝北区龙溪街道金山路1号  邮编：401147", "新闻热线：023-63600000  广告热线：023-63600001",
         "印刷：重庆日报报业集团印务有限公司  定价：1.50元"],
        # the paper's copyright under its heading (it was an item titled 本报声明)
        ["本报声明", "本报所刊稿件版权归四川科技报所有，未经授权不得转载。"],
        # QR prompts between two stories (they were the next story's kicker and title)
        ["微信扫一扫 获取更多科普资讯", "扫码观看视频"],
        # a post's bare address pasted between two sources (it was the story's last paragraph)
        ["https://mp.weixin.qq.com/s/Lm2Nb4Vc6Xz8Aq1Sw3Ed5r"],
    ],
)
def test_a_papers_furniture_between_or_after_stories_is_no_item(furniture):
    """Footer lines, the copyright box and QR prompts go to the page's metadata; the stories stay as they are."""
    result = split_page(
        "\n\n".join(["绵阳市科协召开年度工作总结会", f"本报讯（记者 陈晓东）{STORY}", *furniture,
                      "江津区科协组织科技志愿者进社区", f"本报讯（通讯员 吴丹）{STORY}"])
    )
    assert [(item.title, item.paragraphs) for item in result.items] == [
        ("绵阳市科协召开年度工作总结会", [STORY]), ("江津区科协组织科技志愿者进社区", [STORY])]
    assert all(line in result.meta.source_lines for line in furniture)
    assert account(result).balanced


@pytest.mark.parametrize(
    "lines",
    [
        ["《重庆科技报》是重庆市科学技术协会主管主办的科技类报纸，每周二、五出版。", "邮发代号：77-25  全年定价：156元",
         "订阅方式：全国各地邮局（所）均可订阅，也可拨打11185订阅。"],
        # the terms right under the headline, its hotline under them (both had gone to the furniture)
        ["邮发代号：77-25  全年定价：156元", "订报热线：023-63891234", "全国各地邮局均可订阅，也可直接到本报发行部办理。"],
    ],
)
def test_a_subscription_ads_terms_are_its_text(lines):
    """邮发代号：77-25  全年定价：156元 inside a subscription ad had closed it: the rest became an item without
    a headline."""
    result = split_page("\n".join(["欢迎订阅2025年度《重庆科技报》", *lines]))
    assert [(item.title, item.paragraphs) for item in result.items] == [("欢迎订阅2025年度《重庆科技报》", lines)]


@pytest.mark.parametrize(
    "under",
    [
        ["重庆日报记者 申晓佳 通讯员 黄江"],
        ["本报讯 " + STORY],
        ["字号：T|T", "原标题：院士专家服务团走进永川职教园区", "重庆日报记者 申晓佳 通讯员 黄江"],  # furniture between
    ],
)
def test_a_headline_over_the_breadcrumb_under_the_sites_info_line_is_the_title(under):
    """华龙网 / its info line / the headline / 当前位置：首页 > 区县 > 永川 / byline or lead: the headline,
    not a second site name (it was boilerplate and the story untitled)."""
    result = split_page(
        "\n".join(["华龙网", "2024-06-12 08:31:07 来源：重庆日报", "永川区科协：院士专家服务团走进职教园区",
                   "当前位置：首页 > 区县 > 永川", *under, STORY])
    )
    assert [item.title for item in result.items] == ["永川区科协：院士专家服务团走进职教园区"]
    assert result.meta.site == "华龙网" and result.meta.boilerplate[0] == "当前位置：首页 > 区县 > 永川"


def test_a_web_pages_menu_controls_and_related_links_are_no_story_text():
    """The menu bar was the site's name, 【字体：大 中 小】【打印】【关闭】 a sub-heading, 相关链接 an author
    and the linked titles an item without text."""
    result = split_page(
        "\n".join(
            [
                "首页 | 机构概况 | 新闻中心 | 学会工作 | 科学普及 | 人才举荐 | 党建工作",
                "当前位置：首页 > 新闻中心 > 科协要闻",
                "市科协召开2023年全市科普工作会议",
                "发布时间：2023-05-12 15:30:21 来源：本网 作者：张三",
                "【字体：大 中 小】【打印】【关闭】",
                STORY,
                "相关链接",
                "重庆市科协召开全委会",
                "全国科技活动周重庆主场活动启动",
            ]
        )
    )
    [item] = result.items
    assert item.title == "市科协召开2023年全市科普工作会议"
    assert item.subheadings == [] and item.paragraphs == [STORY]
    assert [(b.role, b.name) for b in item.bylines] == [("author", "张三")]
    assert result.meta.site is None
    assert "重庆市科协召开全委会" in result.meta.boilerplate


@pytest.mark.parametrize(
    "names",
    [
        ["本版协办单位：", "成都市科协、自贡市科协、攀枝花市科协、", "凉山州科协、甘孜州科协"],
        # the heading without its colon, the names spaced apart (they were an item with a no_body flag)
        ["本版协办单位", "成都市科协 自贡市科协 攀枝花市科协 凉山州科协 甘孜州科协"],
    ],
)
def test_a_co_organizer_list_under_its_label_on_lines_of_its_own(names):
    """本版协办单位： alone on its line, the names on the lines under it: they were an item without a
    headline, and the page had no co-organizers."""
    result = split_page("\n".join(["南充市科协开展科普活动", f"本报讯（记者 张三）{STORY}", *names]))
    assert [item.title for item in result.items] == ["南充市科协开展科普活动"]
    assert result.meta.co_organizers == ["成都市科协", "自贡市科协", "攀枝花市科协", "凉山州科协", "甘孜州科协"]


@pytest.mark.parametrize(
    ("footer", "sponsors"),
    [
        ("本栏目由重庆市科协、重庆市卫生健康委员会联合主办", ["重庆市科协", "重庆市卫生健康委员会"]),
        ("本版由四川省科协、重庆市科协共同支持", ["四川省科协", "重庆市科协"]),
        ("（本栏目由德阳市科协和德阳市科技馆协办）", ["德阳市科协", "德阳市科技馆"]),
        ("重庆市科协 主办　重庆市中医院 协办", ["重庆市科协", "重庆市中医院"]),  # (it was the story's text)
        ("四川省科协 主办 德阳市科协、德阳市科技馆 承办", ["四川省科协", "德阳市科协", "德阳市科技馆"]),
        ("四川省科协 主办", ["四川省科协"]),  # one body alone (it was the story's last paragraph)
    ],
)
def test_a_columns_sponsors_at_its_foot_are_the_pages_co_organizers(footer, sponsors):
    """The sponsor line under a column's last story was that story's last paragraph, flagged as cut
    off, and its bodies and their region were the story's."""
    result = split_page("\n".join(["“三高”人群吃饭有讲究", "四川省人民医院营养科主任 饶志勇", STORY, footer]))
    (item,) = result.items
    assert item.paragraphs == [STORY] and item.flags == []
    assert result.meta.co_organizers == sponsors


@pytest.mark.parametrize("hosts", ["大赛由重庆市科协主办 重庆科技馆承办", "重庆市科协主办 重庆科技馆承办"])
def test_an_events_sponsors_over_the_storys_attribution_are_its_text(hosts):
    """Who held the event, printed before the story's （渝科）: the story's last paragraph, not the page's
    co-organizers (a column's foot stands under the story), nor a body 大赛由重庆市科协."""
    lead = "本报讯（记者 李想）7月15日，第十届重庆市青少年机器人大赛在重庆科技馆开赛。"
    result = split_page("\n\n".join(["青少年机器人大赛开赛", lead, hosts, "（渝科）"]))
    (item,) = result.items
    assert item.paragraphs[-1] == hosts and result.meta.co_organizers == []


def test_a_site_date_and_source_line_under_a_headline_is_the_pages_info():
    """重庆科技报 2023-07-25 来源：巫山县科协 under a headline had become its 副题, the date lost."""
    result = split_page("\n".join(["巫山：脆李科技小院助农增收", "重庆科技报 2023-07-25 来源：巫山县科协", STORY]))
    assert [(item.title, item.subtitle) for item in result.items] == [("巫山：脆李科技小院助农增收", "")]
    assert (result.meta.site, result.meta.page_date, result.meta.source) == (
        "重庆科技报", dt.date(2023, 7, 25), "巫山县科协")


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("出品：科普中国", "科普中国"),  # a science piece's producer under its title
        ("来源：科普中国", "科普中国"),
        ("制作：重庆市科学技术协会", None),  # who made it is no source
    ],
)
def test_a_source_line_under_a_headline_is_the_storys_source(head, source):
    """出品：科普中国 under a headline, over the text, went to the page's source only: the story had none."""
    result = split_page("\n".join(["蚊子为什么偏爱叮咬某些人", head, "作者：王 磊", STORY]))
    assert [item.source for item in result.items] == [source]


@pytest.mark.parametrize(
    ("head", "closing", "source"),
    [
        ("出品：科普中国", "来源：重庆市卫生健康委员会", "重庆市卫生健康委员会"),  # the story's own 来源 says where it came from
        ("出品：科普中国", "", "科普中国"),
    ],
)
def test_a_closing_source_outranks_the_producer_under_the_headline(head, closing, source):
    """来源：X closing a story is its source, though 出品：Y under its headline named one first (Y was kept);
    the page's source stays the producer."""
    result = split_page("\n".join(["重庆科协", "2024-05-16", "夏季如何预防中暑", head, STORY, closing]))
    assert [item.source for item in result.items] == [source]
    assert result.meta.source == "科普中国"


@pytest.mark.parametrize(
    ("closing", "sources"),
    [
        (["来源：泸州市科协", "来源：叙永县科协"], ["泸州市科协", "叙永县科协"]),
        (["稿源：泸州市科协", "信息来源：叙永县科协"], ["泸州市科协", "叙永县科协"]),
        # a science post's producer is the page's, not the story's source
        (["出品：泸州市科协", "来源：叙永县科协"], [None, "叙永县科协"]),
        # 以下文章来源于 X heads the next reposted post: it is no source of the post above it
        (["", "以下文章来源于 叙永科协"], [None, None]),
    ],
)
def test_each_wechat_post_pasted_one_after_another_keeps_its_own_source(closing, sources):
    """Two posts, each closed by its 来源: only the first went to the page, the second to its boilerplate, and
    neither post had a source."""
    posts = [
        ["泸州科协", "2023-07-21 18:30 发表于四川", "泸州市科协召开科技工作者座谈会",
         "7月20日，泸州市科协召开科技工作者座谈会，15名科技工作者代表参加座谈。", closing[0], "阅读 512"],
        ["泸州科协", "2023-07-25 17:05 发表于四川", "叙永县科协开展暑期青少年科普研学活动",
         "7月24日，叙永县科协组织全县40名中小学生走进泸州市科技馆，开展暑期科普研学活动。", closing[1], "阅读 306"],
    ]
    result = split_page("\n".join(line for post in posts for line in post if line))
    assert [item.source for item in result.items] == sources
    assert account(result).balanced


@pytest.mark.parametrize(
    ("origin", "source"),
    [
        ("以下文章来源于广元科协，作者广元科协", "广元科协"),
        ("本文转载自微信公众号“广元科协”", "广元科协"),
        ("原创 广元科协", None),  # no repost: the post is the account's own
    ],
)
def test_a_reposts_origin_over_a_post_after_another_source_is_its_items_source(origin, source):
    """以下文章来源于广元科协 over a post pasted after a web article: the post's source (it went to the
    page's boilerplate, the page's source being the web article's)."""
    result = split_page(
        "\n".join(
            [
                "当前位置：首页 > 科协动态", "江北区科协开展“科技之春”宣传月活动", "来源：江北区科协  发布日期：2023-04-12",
                "4月10日，江北区科协在观音桥商圈开展“科技之春”宣传月集中宣传活动。", "———————————————",
                "四川科协", "2023-04-14 21:05 发表于四川", origin, "广元市科协举办青年科技人才沙龙",
                "4月13日，广元市科协举办青年科技人才沙龙，30名青年科技人才围绕数字经济开展交流。",
            ]
        )
    )
    assert [item.source for item in result.items] == ["江北区科协", source]
    assert account(result).balanced


BULLETIN_ITEM = ["区科协召开2024年科普工作会", "3月18日，区科协召开2024年科普工作会，各镇街科协负责人参加会议。"]
SC_POST = ["四川科协", "2024-03-22 18:00 发表于四川", "攀枝花市科协开展“三下乡”活动", "3月20日，攀枝花市科协在米易县开展科技“三下乡”活动。"]


@pytest.mark.parametrize(
    ("head", "after", "site", "province"),
    [
        # the bulletin's name names no body: its issuer on the dated line is the site (the page had no province,
        # or the 四川 post's pasted after it)
        (["工作简报", "第5期"], [], "重庆市潼南区科学技术协会", "500000"),
        (["工作简报", "第5期"], ["———————————————", *SC_POST], "重庆市潼南区科学技术协会", "500000"),
        # the body over the bulletin's name is already the site
        (["重庆市潼南区科协", "工作简报", "第5期"], [], "重庆市潼南区科协", "500000"),
    ],
)
def test_a_bulletins_issuer_on_its_head_line_is_the_site(head, after, site, province):
    """重庆市潼南区科学技术协会  2024年3月20日 under 工作简报 and its 第5期: the body that issues the bulletin."""
    result = split_page("\n".join([*head, "重庆市潼南区科学技术协会        2024年3月20日", *BULLETIN_ITEM, *after]))
    assert (result.meta.site, result.meta.province_code) == (site, province)
    assert result.items[0].title == "区科协召开2024年科普工作会"


@pytest.mark.parametrize("issuer", ["重庆市潼南区科学技术协会编", "重庆市潼南区科学技术协会编印"])
def test_a_bulletin_compiled_by_its_issuer_names_it_the_site(issuer):
    """科协简报 over 重庆市潼南区科学技术协会编  2024年3月20日: the body that compiled the bulletin is the site."""
    result = split_page("\n".join(["科协简报", "2024年第8期", f"{issuer}        2024年3月20日", *BULLETIN_ITEM]))
    assert (result.meta.site, result.meta.banners) == ("重庆市潼南区科学技术协会", ["科协简报"])


PAPER_STORY = ["重庆科技报 2022年5月24日 星期二", "荣昌区科协召开第三届委员会第五次全体会议", "本报记者 陈静",
               "5月20日，荣昌区科协召开第三届委员会第五次全体会议，审议通过了区科协2021年工作报告。"]
WEB_ARTICLE = ["首页 > 工作动态 > 基层动态", "绵阳市科协举办青少年科技创新大赛", "发布时间：2022-05-18 来源：绵阳市科协 作者：赵敏",
               "5月15日，第三十七届绵阳市青少年科技创新大赛在绵阳中学举行，全市200余名学生参赛。"]
POST = ["四川科协", "2022-05-20 18:30 发表于四川", "绵阳市科协举办青少年科技创新大赛",
        "5月15日，第三十七届绵阳市青少年科技创新大赛在绵阳中学举行，全市200余名学生参赛。", "来源：绵阳市科协"]


@pytest.mark.parametrize(
    ("lines", "page_source", "sources"),
    [
        # a web article's or a post's 来源 after a paper's story: its own (it was the page's too)
        ([*PAPER_STORY, "————————————————", *WEB_ARTICLE], None, [None, "绵阳市科协"]),
        ([*PAPER_STORY, "", *POST], None, [None, "绵阳市科协"]),
        # the page's first source's 来源 is the page's
        (WEB_ARTICLE, "绵阳市科协", ["绵阳市科协"]),
        (POST, "绵阳市科协", ["绵阳市科协"]),
    ],
)
def test_a_later_sources_source_line_is_its_storys_not_the_pages(lines, page_source, sources):
    """来源：绵阳市科协 under a web article or a post pasted after a paper's story sources that story only."""
    result = split_page("\n".join(lines))
    assert result.meta.source == page_source
    assert [item.source for item in result.items] == sources


SC_PAPER_STORY = ["四川科技报 2022年9月20日 星期二 第2版", "资阳市科协开展全国科普日活动",
                  "本报讯（记者 何平）9月17日，资阳市科协在安岳县开展全国科普日主场活动。"]
SC_POST_HEAD = ["四川科协", "2024-05-16", "德阳市科协开展科技志愿服务", "5月10日，德阳市科协组织科技志愿者深入旌阳区开展志愿服务活动。"]
SC_POST_STORY = ["省科协召开学会工作座谈会", "5月13日，省科协召开学会工作座谈会，市科协负责人参加。"]
CQ_POST_STORY = ["市科协召开全国科普日活动总结会", "9月18日，市科协召开2022年全国科普日活动总结会，区县科协负责人40余人参加。"]


@pytest.mark.parametrize(
    ("lines", "sites"),
    [
        # a post's account, a paper's masthead (alone or over its date line) after another source's stories
        ([*SC_PAPER_STORY, "", "重庆科协", "2022-09-19 18:30", *CQ_POST_STORY], [None, "重庆科协"]),
        ([*SC_PAPER_STORY, "", "重庆科技报 2022年9月21日 星期三", *CQ_POST_STORY], [None, "重庆科技报"]),
        ([*SC_PAPER_STORY, "", "重庆科技报", "2022年9月21日 星期三", *CQ_POST_STORY], [None, "重庆科技报"]),
        # a body over its bulletin's name: the body is the site, not the bulletin
        ([*SC_PAPER_STORY, "", "重庆市科协", "科协工作动态", "2022年第9期", *CQ_POST_STORY], [None, "重庆市科协"]),
        # the next page of the same paper is still the page's site
        ([*SC_PAPER_STORY, "", "四川科技报 2022年9月21日 星期三", *CQ_POST_STORY], [None, None]),
        # the page's own head names no later source
        (["重庆科协", "2022-09-19 18:30", *CQ_POST_STORY], [None]),
        # a reprint's origin under one item's headline, or under its text, heads no source (the page's own
        # stories after it had become 重庆's)
        ([*SC_POST_HEAD, "川渝科协共建科普基地", "重庆科协 2024-05-12", "5月12日，川渝两地科协在荣昌区共建科普基地。",
          *SC_POST_STORY], [None, None, None]),
        ([*SC_POST_HEAD, "川渝科协共建科普基地", "重庆科协  2024年5月12日 17:30", "5月12日，川渝两地科协在荣昌区共建科普基地。",
          *SC_POST_STORY], [None, None, None]),
        ([*SC_PAPER_STORY, "重庆日报 2024-05-10", "省科协召开常委会议", "本报讯（记者 王琳）5月12日，省科协召开十届常委会第五次会议。"],
         [None, None]),
    ],
)
def test_a_later_sources_head_is_the_site_of_its_stories(lines, sites):
    """重庆科协 over a post pasted after a 四川科技报 story: the post's site, whose 市科协 is 重庆's."""
    result = split_page("\n".join(lines))
    assert [item.site for item in result.items] == sites


@pytest.mark.parametrize(
    "head",
    [
        ["巴中科技 2023年第5期"],
        ["重庆科协 2021年第3期（总第215期）"],
        ["重庆科协", "2021年第3期"],
        ["苍溪科协", "2018年第6期 总第58期"],
        ["苍溪科协", "（内部资料 免费交流）", "2018年第6期"],
    ],
)
def test_a_periodicals_name_and_issue_over_its_first_headline_is_its_head(head):
    """重庆科协 2021年第3期（总第215期） had been the title, the headline its 副题."""
    result = split_page("\n".join([*head, "潼南区科协开展植树节科普活动", STORY]))
    assert [(item.title, item.subtitle) for item in result.items] == [("潼南区科协开展植树节科普活动", "")]
    assert result.meta.site == head[0].split()[0]


@pytest.mark.parametrize(
    "head", [["四 川 科 技 报", "2019年11月20日 星期三 第4版"], ["四 川 科 技 报"], ["重 庆 科 技 报", "2019年11月20日"]]
)
def test_a_mastheads_name_set_letter_spaced_is_the_site(head):
    """四 川 科 技 报 over the date line or the first headline had been the title or its 引题, and the page had no site."""
    result = split_page("\n".join([*head, "乐山市科协召开2019年学会工作会", STORY]))
    assert [(item.kicker, item.title, item.subtitle) for item in result.items] == [("", "乐山市科协召开2019年学会工作会", "")]
    assert result.meta.site == head[0].replace(" ", "")


def test_a_periodicals_head_printed_again_where_the_page_turns_leaves_the_sentence_whole():
    """《…纲要 / 巴中科技      2023年第5期 / （2021—2035年）》 had been glued into one paragraph."""
    result = split_page("\n".join([
        "巴中市科协召开科普工作推进会", STORY, "会议要求，各地要对标对表《全民科学素质行动规划纲要",
        "巴中科技                                  2023年第5期", "（2021—2035年）》，聚焦重点人群，补齐短板弱项。",
    ]))
    assert result.items[0].paragraphs == [STORY, "会议要求，各地要对标对表《全民科学素质行动规划纲要（2021—2035年）》，聚焦重点人群，补齐短板弱项。"]
    assert result.meta.site == "巴中科技"


HEADLINE_THEN_INFO = ["全国科技活动周将于5月22日举行", "2021-03-12 16:05  来源：新华社"]


@pytest.mark.parametrize(
    ("top", "head"),
    [
        ("重庆市科学技术协会", HEADLINE_THEN_INFO),
        ("德阳市人民政府", HEADLINE_THEN_INFO),
        # the info line printed before the headline
        ("苍溪县人民政府", HEADLINE_THEN_INFO[::-1]),
        ("重庆市科学技术协会", ["发布时间：2021-03-12 16:05 信息来源：新华社", HEADLINE_THEN_INFO[0]]),
    ],
)
@pytest.mark.parametrize("opening", [[], ["一、部门基本情况"]])
def test_a_bodys_site_name_over_the_headline_and_its_info_line(top, head, opening):
    """The body's name had been the title, the headline its 副题 (also when the text opens with a numbered
    section, as a 决算 or a 统计公报 does)."""
    result = split_page("\n".join([top, *head, *opening, STORY]))
    assert result.meta.site == top
    assert [(item.kicker, item.title, item.subtitle) for item in result.items] == [("", "全国科技活动周将于5月22日举行", "")]
    over_a_kicker = split_page("\n".join(["唱好双城记", "全国科技活动周将于5月22日举行", "2021-03-12 来源：新华社", STORY]))
    assert over_a_kicker.meta.site is None  # a 引题 names no body


@pytest.mark.parametrize(
    ("lines", "site", "title", "subtitle"),
    [
        # a post's account over its headline and lead (万州区科协 was the title, the headline its 副题)
        (["万州区科协", "万州区农学会召开第四次会员代表大会", STORY, "（万州区科协）"], "万州区科协",
         "万州区农学会召开第四次会员代表大会", ""),
        # …but a paper's story (本报讯) keeps what it prints, and an issuer heads its document's title
        (["重庆市科学技术协会", "全市科普基地达到300个", "本报讯（记者 李华）" + STORY], None,
         "重庆市科学技术协会", "全市科普基地达到300个"),
    ],
)
def test_an_accounts_name_over_its_posts_headline_is_the_site(lines, site, title, subtitle):
    result = split_page("\n".join(lines))
    assert result.meta.site == site
    assert [(item.title, item.subtitle) for item in result.items] == [(title, subtitle)]


WEATHER_BOXES = [
    ["今日天气", "主城区 多云转阵雨 24℃～32℃", "万州 阵雨 23℃～30℃", "重庆市气象台6月20日16时发布"],
    ["天气", "成都 晴 16～25℃", "泸州 多云 18～26℃"],
    ["天气预报", "西昌 晴转多云 -2～12℃  会理 晴 1～15℃"],
]


@pytest.mark.parametrize("box", WEATHER_BOXES)
def test_a_weather_box_between_stories_is_the_pages_furniture(box):
    """今日天气 and its rows had run into the story above (万州 one of its regions), and the last row had
    become the next story's title, its headline the 副题."""
    result = split_page("\n".join([
        "市科协召开全市学会工作会议", f"本报讯（记者 周敏）{STORY}", *box,
        "璧山区科协举办科技工作者沙龙", f"本报讯（通讯员 刘佳）{STORY}",
    ]))
    assert [(item.title, item.subtitle, item.paragraphs) for item in result.items] == [
        ("市科协召开全市学会工作会议", "", [STORY]), ("璧山区科协举办科技工作者沙龙", "", [STORY])]
    assert result.meta.boilerplate == box


@pytest.mark.parametrize("box", WEATHER_BOXES)
def test_a_weather_box_inside_a_story_leaves_it_whole(box):
    """The story goes on under the box, as under any box the copy put between its paragraphs."""
    result = split_page("\n".join(["市科协召开全市学会工作会议", f"本报讯（记者 周敏）{STORY}", *box, LEAD + "。"]))
    [item] = result.items
    assert item.paragraphs == [STORY, LEAD + "。"] and not item.flags


@pytest.mark.parametrize(
    "lines",
    [
        ["天气", STORY],  # a story's sub-heading over its prose
        ["今年入夏以来，重庆多地出现40℃以上高温", STORY],
        ["——访重庆市气象台首席预报员陈明", STORY],
    ],
)
def test_weather_words_in_a_story_are_its_text(lines):
    result = split_page("\n".join(["市科协召开全市学会工作会议", f"本报讯（记者 周敏）{STORY}", *lines]))
    assert result.meta.boilerplate == []


@pytest.mark.parametrize(
    ("heading", "teasers", "lead"),
    [
        # the box's heading was unknown: the box ran into the story above, its last teaser became the title
        ("要闻提要", ["·四川省科协发布科普惠农服务清单", "·凉山州科技馆新馆开工"], f"本报讯（记者 赵雪）{STORY}"),
        ("今日看点", ["·四川省科协发布科普惠农服务清单", "·凉山州科技馆新馆开工"], f"本报讯（记者 赵雪）{STORY}"),
        ("要闻速览", ["·四川省科协发布科普惠农服务清单", "·凉山州科技馆新馆开工"], f"本报讯（记者 赵雪）{STORY}"),
        # the story under the box opens with its reporter's line: the box took its headline, the story
        # above its byline
        ("本期导读", ["·四川省科协发布科普惠农服务清单", "·凉山州科技馆新馆开工"], f"本报记者 赵雪\n{STORY}"),
        # teasers with the page first: 02版 X was the page's banner, the others the next story's 引题 and title
        ("本期导读", ["02版 自贡：灯会里的科技范儿", "A4 巴中：科普大篷车进村入户", "详见第5版 冬季慢病管理指南"],
         f"本报讯（记者 赵雪）{STORY}"),
    ],
)
def test_a_digest_box_between_stories_is_navigation(heading, teasers, lead):
    result = split_page("\n".join([
        "全国科技活动周重庆主场活动启幕", f"本报讯（记者 李娜）{STORY}", heading, *teasers,
        "成都：科学家精神进校园", lead,
    ]))
    assert [(item.kicker, item.title, item.subtitle, item.paragraphs) for item in result.items] == [
        ("", "全国科技活动周重庆主场活动启幕", "", [STORY]), ("", "成都：科学家精神进校园", "", [STORY])]
    assert [[b.name for b in item.bylines] for item in result.items] == [["李娜"], ["赵雪"]]
    assert result.meta.boilerplate == [heading, *teasers] and result.meta.banners == []


@pytest.mark.parametrize(
    "message",
    [["公益广告", "节约用水 从我做起"], ["【公益广告】", "节约用水从我做起"], ["公益广告", "节约用水 从我做起", "邮编：401147"]],
)
def test_a_public_service_message_is_the_pages_furniture(message):
    """公益广告 had been an item without text (or the slogan's 引题), the slogan its title."""
    result = split_page("\n".join(["“科普重庆”短视频大赛开始报名", f"本报讯（记者 邓颖）{STORY}（渝科）", *message]))
    assert [item.title for item in result.items] == ["“科普重庆”短视频大赛开始报名"]
    assert result.meta.banners == message[:2]


def test_a_headline_under_a_public_service_label_keeps_its_story():
    result = split_page("\n".join(["公益广告", "节约用水 从我做起", "“科普重庆”短视频大赛开始报名", f"本报讯（记者 邓颖）{STORY}"]))
    assert [item.title for item in result.items] == ["“科普重庆”短视频大赛开始报名"]
    assert result.meta.banners == ["公益广告", "节约用水 从我做起"]


@pytest.mark.parametrize(
    "lines",
    [
        # a story's table shaped like a weather box's rows (it went to the furniture)
        ["几种常见蔬菜的适宜棚温如下：", "番茄 结果期 20～28℃", "黄瓜 结果期 18～30℃"],
        # a footer's label, a quoted copyright line, the publisher's words as a sub-heading, a digest's
        # heading over the story's prose (each went to the furniture and cut the story in two)
        ["今年柚子价格稳中有升：", "批发价：每斤2.5元", "零售价：每斤4元"],
        ["专家以报刊版权为例进行讲解：", "本报所刊稿件版权归作者所有，转载须经授权。"],
        ["重庆科技报社出版 四十年如一日"],
        ["今日看点"],
        # a schedule's day and a table's numbered rows (they were the page's head, its date theirs)
        ["日程安排如下：", "2024年9月10日 星期二 报到"],
        ["赛程如下：", "1 报名 2024年8月20日", "2 初赛 2024年9月11日"],
    ],
)
def test_furniture_words_between_a_storys_paragraphs_are_its_text(lines):
    """Furniture's words with the story's prose on both sides stay the story's, and it stays whole."""
    going_on = "与会代表一致认为，科技工作者是推动创新发展的重要力量。"
    result = split_page("\n".join(["市科协召开全市学会工作会议", f"本报讯（记者 周敏）{STORY}", *lines, going_on, "（渝科）"]))
    [item] = result.items
    assert [block.text for block in item.blocks] == [STORY, *lines, going_on]
    assert item.source == "渝科" and result.meta.source_lines == [] and result.meta.page_date is None


def test_a_weather_offices_credit_closing_a_story_is_its_source():
    """（重庆市气象台提供） under a story had gone to the furniture as a weather box's issuer."""
    result = split_page("\n".join(["我市迎来今年首场强降温", f"本报讯（记者 李华）{STORY}", "（重庆市气象台提供）"]))
    [item] = result.items
    assert item.source == "重庆市气象台" and result.meta.boilerplate == []


@pytest.mark.parametrize(
    ("info_line", "source"),
    [
        # an account named …发布 keeps its name (发布 opens a field only as 发布时间：/发布日期：)
        ("时间：2024-09-03 09:12:26  来源：石柱发布  浏览次数：215", "石柱发布"),
        ("发布时间：2024-09-03  来源：巫山发布", "巫山发布"),
        # fields run together without a space still end at the next label and its colon
        ("来源：南岸区科协作者：张丽华", "南岸区科协"),
        ("来源：渝北发布发布时间：2024-09-03", "渝北发布"),
        # the site's own piece names no source: the body that wrote it is (it was 本站原创)
        ("作者：石柱县科协\u3000 来源：本站原创\u3000 时间：2024-09-03 \u3000 点击数：437", "石柱县科协"),
        ("作者：李华  来源：原创  时间：2024-09-03", None),
    ],
)
def test_an_info_lines_source_runs_to_the_next_label_and_its_colon(info_line, source):
    """来源：石柱发布 on a site's info line was cut to 石柱: the value stopped before 发布 as if a field began."""
    result = split_page("\n".join(["石柱：科技助力黄连产业提质增效", info_line, "9月1日，县科协在黄水镇组织开展黄连种植技术培训会。"]))
    (item,) = result.items
    assert item.source == source


@pytest.mark.parametrize("stories", [1, 2])
def test_an_info_line_over_the_first_headline_gives_the_pages_stories_their_source(stories):
    """发布时间：… 信息来源：县科协 under the site's name, over the headline: the stories' source (they had
    none; the page kept it)."""
    lines = [
        "苍溪县人民政府",
        "当前位置：首页 > 政务动态 > 部门动态",
        "发布时间：2023-07-25 10:12 信息来源：县科协",
        "我县12名中学生参加四川省青少年高校科学营",
        "7月20日至24日，苍溪县12名优秀高中学生赴西南交通大学参加科学营活动。",
        "县科协举办青少年科技辅导员培训",
        "7月26日，县科协举办青少年科技辅导员培训，全县60余名辅导员参加。",
    ]
    result = split_page("\n".join(lines[: 3 + 2 * stories]))
    assert [item.source for item in result.items] == ["县科协"] * stories


def test_an_info_line_under_a_headline_is_that_storys_alone():
    """An info line under the first headline is that story's; the next story under its own keeps its own."""
    result = split_page(
        "\n".join(
            [
                "我县12名中学生参加四川省青少年高校科学营",
                "发布时间：2023-07-25 10:12 信息来源：县科协",
                "7月20日至24日，苍溪县12名优秀高中学生赴西南交通大学参加科学营活动。",
                "县教育局举办青少年科技辅导员培训",
                "发布时间：2023-07-27 09:00 信息来源：县教育局",
                "7月26日，县教育局举办青少年科技辅导员培训，全县60余名辅导员参加。",
            ]
        )
    )
    assert [item.source for item in result.items] == ["县科协", "县教育局"]


@pytest.mark.parametrize(
    "box",
    [
        # a front page's index box, each section's page over its headline (it was the story's kicker and title)
        ["版面导读", "第2版 要闻", "遂宁潼南共建川渝毗邻地区科普联盟", "第3版 区县传真", "隆昌荣昌携手开展“科技之春”进乡村"],
        # an e-paper's list of the stories on the page shown, under its heading (it was the title and 副题)
        ["本版新闻", "·荣昌区广顺街道建成社区科普e站", "·大足区龙岗街道开展“科普进社区”活动"],
        ["本版标题导航", "广元利州区成立首个镇级科协", "泸州叙永县开展冬季科普"],
        ["标题导航", "市科协召开十届五次全委会议", "合川区钱塘镇建成科普示范基地"],
        # its list of pages, each number in brackets (they were the kicker, title and 副题; the headline a source)
        ["【第01版】要闻", "【第02版】综合新闻", "【第03版】市州传真"],
        # a magazine's letter-spaced contents, its entries' page numbers after dotted leaders (it was an article)
        ["目  录", "卷首语", "以科技创新引领现代化产业体系建设 / 重庆市科协 …………1",
         "学会动态", "重庆市土壤学会赴潼南开展土壤检测服务 …………16"],
    ],
)
def test_an_e_papers_list_of_its_stories_is_navigation(box):
    """The heading and every line of the list go to the page's metadata; the story under it keeps its title."""
    result = split_page("\n".join(["四川科技报", "2024年5月17日 星期五", *box, "",
                                   "四川省科协召开2024年全省学会工作会议", f"本报讯（记者 何晓燕）{STORY}"]))
    (item,) = result.items
    assert (item.title, item.subtitle, item.kicker) == ("四川省科协召开2024年全省学会工作会议", "", "")
    assert result.meta.boilerplate == box


@pytest.mark.parametrize(
    "masthead",
    [
        # an e-paper's name, the medium after the paper's (it was the headline, the headline its 副题)
        ["重庆科技报数字报", "第A3版：区县传真", "2023年09月12日"],
        ["重庆科技报电子版", "第A3版：区县传真", "2023年09月12日"],
        # …over its date line (the site kept the medium)
        ["重庆科技报数字报", "2023年09月12日 星期二"],
    ],
)
def test_an_e_papers_name_is_its_papers(masthead):
    """重庆科技报数字报 is the site 重庆科技报, and the headline under the masthead is the title."""
    result = split_page("\n".join([*masthead, "", "荣昌区广顺街道建成社区科普e站", f"本报讯（通讯员 刘燕）{STORY}"]))
    assert result.meta.site == "重庆科技报"
    assert [(item.title, item.subtitle) for item in result.items] == [("荣昌区广顺街道建成社区科普e站", "")]


@pytest.mark.parametrize("head", [["重庆科技报", "2023年9月12日", ""], []])
def test_an_e_papers_name_folded_over_the_rest_of_a_headline_is_the_headline(head):
    """重庆科技报数字报 over 正式上线, the lead printing 重庆科技报数字报正式上线: a headline on two lines (its first
    line was dropped as a masthead)."""
    lead = "本报讯（记者 张华）9月10日，重庆科技报数字报正式上线，读者可通过手机阅读每期报纸。"
    result = split_page("\n".join([*head, "重庆科技报数字报", "正式上线", lead]))
    assert [item.title for item in result.items] == ["重庆科技报数字报正式上线"]
    assert "重庆科技报数字报" not in result.meta.boilerplate


@pytest.mark.parametrize("masthead", ["《重庆科技》2023年第6期", "《重庆科技》2023年第6期（总第218期）"])
def test_a_magazines_name_with_its_issue_is_the_site(masthead):
    """《重庆科技》2023年第6期 over the imprint and a 卷首语: the site (it was the 引题, then glued to 卷首语 as the
    title), the column the kicker."""
    result = split_page("\n".join([masthead, "主管：重庆市科学技术协会 主办：重庆科技报社",
                                   "编辑出版：《重庆科技》编辑部 地址：重庆市渝北区龙山街道", "",
                                   "卷首语", "以科技创新引领现代化产业体系建设", "重庆市科协", STORY]))
    assert result.meta.site == "重庆科技"
    assert [(item.kicker, item.title) for item in result.items] == [("卷首语", "以科技创新引领现代化产业体系建设")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第2版", "2"),
        ("第二版  要闻", "2"),
        ("四川科技报 2023年1月4日 第十二版", "12"),
        ("重庆科技报  2021年3月10日  星期三  第A3版", "A3"),
        ("四川科技报 2023年1月4日", None),
    ],
)
def test_the_page_a_head_numbers(text, expected):
    """第二版 and 第2版 head one page: a story's rest under it is the one that jumps to 第2版."""
    assert head_page(text) == expected


def test_a_tables_bare_label_over_the_next_headline_is_set_aside_not_the_title():
    """表2 between two stories (its table, an image, not copied) is where the table stood: no headline."""
    result = split_page(
        "四川科技报\n2026年12月2日\n\n全省科普示范县创建评估结果公布\n本报讯（记者 李晓雯）11月28日，省科协公布评估结果。\n\n"
        "表2\n凉山州科普经费投入同比增长18.6%\n本报讯（通讯员 吉克阿呷）2026年全州科普经费投入达到6820万元。\n（凉山州科协）"
    )
    assert [(item.title, item.subtitle) for item in result.items] == [
        ("全省科普示范县创建评估结果公布", ""),
        ("凉山州科普经费投入同比增长18.6%", ""),
    ]
    assert "表2" in result.meta.boilerplate


@pytest.mark.parametrize(
    ("name", "account"),
    [
        ("荣昌科协", True),
        ("科普中国·重庆", True),  # a platform's regional account, set apart by its middle dot
        ("科技工作者之家·四川", True),
        ("·科普中国", False),
        ("科普中国·", False),
        ("科普·中国·重庆", False),
        ("直播实录|秋季养生话中医", False),
    ],
)
def test_an_accounts_name(name, account):
    assert reads_as_account_name(name) is account


def test_a_platforms_regional_account_over_its_date_line_is_the_pages_site():
    result = split_page(
        "科普中国·重庆\n2024-09-20\n\n直播回顾|秋季养生话中医\n\n"
        "9月19日晚，“健康巴渝”科普直播走进重庆市中医院，主持人与两位专家在线解答网友提问。\n\n（渝科）"
    )
    assert result.meta.site == "科普中国·重庆"
    (item,) = result.items
    assert (item.kicker, item.title) == ("直播回顾", "秋季养生话中医")


@pytest.mark.parametrize(
    ("line", "site", "date"),
    [
        # a post's line printing its date first, then who posted it, under the headline: the page's head
        ("2024-05-18 重庆自然博物馆", "重庆自然博物馆", dt.date(2024, 5, 18)),
        ("2024-05-18 荣昌区科协", "荣昌区科协", dt.date(2024, 5, 18)),
        # …a day then what happens on it names no body: the story's line
        ("2024-05-18 报到", None, None),
    ],
)
def test_a_date_first_line_naming_who_posted_it_under_the_headline(line, site, date):
    result = split_page(f"古生物展厅焕新开放\n{line}\n5月18日，重庆自然博物馆古生物展厅完成提升改造后重新开放，新增展品120余件。")
    assert (result.meta.site, result.meta.page_date) == (site, date)
    if site:
        (item,) = result.items
        assert (item.title, item.subtitle) == ("古生物展厅焕新开放", "")


def test_a_prompt_to_play_the_video_is_not_joined_to_the_lead():
    """点击上方视频，观看讲座精彩片段 over 11月6日，…: the player's prompt where the video stood is the post's
    furniture; the lead starts at its date (the prompt was joined onto it as a paragraph cut by a column)."""
    lead = "11月6日，中国科学院院士走进大足区龙岗中学，为600余名师生带来一场科普讲座。"
    result = split_page("\n\n".join(["院士来了！听院士讲地下水的故事", "点击上方视频,观看讲座精彩片段", lead]))
    assert account(result).balanced
    (item,) = result.items
    assert item.paragraphs == [lead] and not [r for r in item.repairs if r.code == "joined_break"]


@pytest.mark.parametrize(
    ("head", "site"),
    [
        (["澳門科技協進會 會訊 第86期"], "澳門科技協進會 會訊"),
        (["香港科學會 新聞稿", "2024年5月10日"], "香港科學會"),
    ],
)
def test_a_newsletters_masthead_or_a_releases_letterhead_is_no_part_of_the_headline(head, site):
    result = split_page("\n\n".join([
        *head, "香港科學會代表團訪問四川省科協",
        "2024年5月8日，香港科學會代表團一行12人訪問四川省科學技術協會，雙方就青少年科普交流進行座談。",
    ]))
    (item,) = result.items
    assert (result.meta.site, item.kicker, item.title, item.subtitle) == (site, "", "香港科學會代表團訪問四川省科協", "")
    assert not item.repairs


@pytest.mark.parametrize(
    "page",
    [
        # a notice's section giving its day and venue (a body's name) on a line of their own, under its heading
        "关于举办2024年重庆市青少年科技创新大赛的通知\n各区县科协：\n一、活动时间地点\n2024-08-10 重庆科技馆\n"
        "二、参加对象\n全市中小学生。\n重庆市科学技术协会\n2024年7月1日",
        # …or in a story's running text, after its first paragraph
        "科普讲座走进社区\n本报讯 重庆科技馆将举办科普讲座，安排如下：\n2024-08-10 重庆科技馆\n欢迎市民参加。（渝科）",
    ],
)
def test_a_date_first_line_inside_a_storys_text_is_no_page_head(page):
    result = split_page(page)
    assert (result.meta.site, result.meta.page_date) == (None, None)
    (item,) = result.items
    assert any(block.text.startswith("2024-08-10") for block in item.blocks)
    if "通知" in item.title:
        assert [block.text for block in item.blocks if block.kind == "subheading"] == ["一、活动时间地点", "二、参加对象"]


@pytest.mark.parametrize(
    ("head", "site", "page_date"),
    [
        # a body's web site prints its name and the posting time over the headline: the page's site and date
        ("甘孜州科协 发布时间:2023-06-08", "甘孜州科协", dt.date(2023, 6, 8)),
        ("绵阳市科学技术协会  发布日期：2024年3月12日", "绵阳市科学技术协会", dt.date(2024, 3, 12)),
        # …but a notice's field naming no site stays over the headline as it was (no site, no date)
        ("活动 时间：2024-03-12", None, None),
    ],
)
def test_a_sites_name_and_its_posting_time_over_the_headline_are_the_pages_head(head, site, page_date):
    """甘孜州科协 发布时间:2023-06-08 over 扎根高原 科技兴农 / ——…事迹材料: the site's head, as 科技工作者之家
    2020-03-25 is (it was the kicker, and the page and story lost their date)."""
    lead = "扎西达瓦，男，藏族，1976年10月出生，中共党员，现任泸定县农业农村局高级农艺师。"
    result = split_page("\n\n".join([head, "扎根高原 科技兴农", "——泸定县农业农村局高级农艺师扎西达瓦先进事迹材料", lead]))
    assert (result.meta.site, result.meta.page_date) == (site, page_date)
    if site:
        item = result.items[0]
        assert (item.kicker, item.title, item.date) == ("", "扎根高原 科技兴农", page_date)
