"""Boilerplate: the lines a paper, a site or a post prints around every story and that no story owns:
footers and copyright, editors' and producers' credits, follow prompts, where pictures and videos stood,
a masthead's registration lines and its name in capitals.

``meta_line_kind`` calls these 'boilerplate' (or 'decoration', for a picture's placeholder).
"""

from __future__ import annotations

import re
import unicodedata

from .lines import fold
from .pagemeta_heads import LUNAR_DATE, TOTAL_ISSUE, WEEKDAY
from .shapes_pictures import READER_ACTIONS

# A name in capitals, two to eight words, Latin letters only (a paper's or column's English name).
_LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Z&'.-]*(?: [A-Z&'.-]+){1,7}$")

# Whom a post's prompt asks readers to follow: 我们, an account in quotes, 公众号
_FOLLOWED = r"(?:我们|我|本号|公众号|[“\"「『][^”\"」』]{1,16}[”\"」』](?:公众号)?)"
# The labels of a paper's footer, each with its colon: 本报地址：…  邮编：…, 新闻热线：…, 印刷：…
_FOOTER_LABELS = (
    "本报地址|本报社址|社址|本报邮箱|本报网址|新闻热线|广告热线|发行热线|订报热线|读者热线|总编室|发行部|广告部|"
    "印刷|印刷单位|承印|定价|每份定价|零售价|全年定价|广告经营许可证|邮政编码"
)
# A paper's footer: where it is made, printed and sold (本报地址：…, 新闻热线：…, 印刷：…, 每份定价：1.50元,
# 重庆科技报社出版, 每周二、五出版), and its copyright (本报所刊稿件版权归四川科技报所有，未经授权不得转载。)
_PAPER_FOOTER_TEXT = (
    rf"^(?:{_FOOTER_LABELS})\s*[:：]|^[\u4e00-\u9fff]{{2,12}}报社出版(?:\s|$)|^每周[一二三四五六日、]{{1,7}}出版(?:\s|$)"
    r"|^本报(?:所刊|刊发|刊登)?(?:的)?(?:稿件|文章|作品|图文|内容)[^。]{0,6}版权(?:均)?归[^。，,]{2,20}所有[^。]{0,30}[。！]?$"
)
_PAPER_FOOTER = re.compile(_PAPER_FOOTER_TEXT)
# A newsletter's note under its name: （内部资料 免费交流）, 内部资料 注意保存
_NEWSLETTER_NOTE_TEXT = (
    r"^[（(]?内部(?:资料|刊物|交流资料)(?:[\s，,、·]*(?:免费交流|免费赠阅|免费发放|注意保存|妥善保存|妥善保管|请勿外传"
    r"|仅供参考|仅供交流|内部交流))*[）)]?$"
)
_NEWSLETTER_NOTE = re.compile(_NEWSLETTER_NOTE_TEXT)
# A file's name in a download box, maybe after a standard's number: T/SCNJ 003-2023 丘陵山区智能微耕机作业规范.pdf
DOWNLOAD_FILE = r"^(?:[A-Za-z0-9/._-]+\s+)*[^。，,：:\s]{1,60}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|zip|rar|pptx?)$"
_DOWNLOAD_FILE = re.compile(DOWNLOAD_FILE)
# A label needs its separator or a space before the value: 电话号码、… and 编辑部近日… are story text.
# (聯絡我們：…, 電郵：…: a 港澳 release's contact lines, folded to simplified before the match)
# (稿件联系邮箱：…, 来稿电话：…: the desk's address for contributions, no story's contact)
# (科学性审核：周 敏 主任医师, 审核专家：彭 涛 …: the expert who checked a 科普 piece, as 审核： is)
# A periodical's registration: 国内统一连续出版物号：CN50-0018, 邮发代号 62-37
_REGISTRATION = r"(?:国内统一连续出版物号|国内统一刊号|国际标准连续出版物号|邮发代号)\s*[:：]?\s*\S{1,20}(?:\s+\S{1,20})??"
# An outlet's request about reprinting: 转载请注明出处, 未经授权不得转载
_REPRINT_REQUEST = r"(?:转载请注明(?:出处|来源)|如需转载[^。]{0,20}|未经(?:授权|许可)[^。]{0,12}(?:不得|禁止|严禁)转载[^。]{0,10})"
BOILERPLATE = re.compile(
    r"^(?:本版)?(?:版权声明|免责声明|声明|电话|联系电话|联系我们|联系方式|联络电话|联络我们|联络方式|电邮|查询电话|商务合作|传真|邮箱|电子邮箱|地址|邮编|责任编辑|责编|编辑|"
    r"美编|版式|(?:科学性|科学)?审核(?:专家)?|校对|(?:投稿|来稿|稿件)(?:联系)?(?:邮箱|电话)|备案号|图片来源|图源|题图|封面图片?|封面来源|素材来源)(?:\s*[:：丨|｜]|\s+\S)"
    r"|^(?:E-?mail|Copyright|©|ICP)"
    r"|^原标题\s*[:：]"  # a repost's note of the title it first ran under
    # the page's picture credit: 本版图片由南充市科协提供, 本版照片均由记者何雨拍摄, in brackets too
    r"|^[（(]?本版(?:图片|照片|图|摄影)均?由[^。，,（）()]{2,24}(?:提供|拍摄|摄)[）)]?。?$"
    # …and its stories': （本版稿件除署名外均由重庆市科协科普部提供）, a note on the page, no story's source
    r"|^[（(]?(?:本版|本栏目?)(?:稿件|文字|文章|内容)[^。，,（）()]{0,10}由[^。，,（）()]{2,24}(?:提供|供稿)[）)]?。?$"
    r"|^(?:微信|手机)?扫一扫[^。]{0,16}$"  # 扫一扫在手机打开当前页, 扫一扫，关注我们, 微信扫一扫 获取更多科普资讯
    # 图片/来源网络, 视频：点击观看: where a picture came from, a player's prompt
    r"|^(?:图片|照片|视频)\s*[/／:：|｜丨]\s*(?:来源|来自)于?\s*\S{0,12}$"
    r"|^(?:(?:视频|图片|原文)\s*[/／:：|｜丨]?\s*)?点击(?:查看|观看|阅读|播放)\S{0,8}$"
    # a web page's download box: 附件下载：, then the file's name, maybe after a standard's number (T/SCNJ
    # 003-2023 丘陵山区…规范.pdf); the notice's own 附件：… and 附件1 报名表.docx lines are its text
    r"|^(?:附件下载|相关附件|下载附件)\s*[:：]?\s*\S{0,60}$"
    rf"|{DOWNLOAD_FILE}"
    # a science-popularization post's provenance: 本文为科普中国·创作培育计划作品, 本文由科普中国·星空计划出品,
    # 内容资源由项目单位提供
    rf"|^本文(?:为|系)[^。，,]{{2,30}}(?:作品|原创|稿件|成果)(?:[，,]\s*{_REPRINT_REQUEST})?[。！]?$"
    r"|^本文由[^。，,]{2,30}出品。?$"
    # …and the outlet's notice under its label in brackets: 【版权声明】本文为秀山融媒原创，转载请注明出处。
    r"|^[【\[](?:版权声明|免责声明)[】\]]\s*\S"
    r"|^内容资源由[^。，,]{0,16}提供。?$"
    # a repost's permission and its request: 本文由科普中国授权发布，转载请注明出处。
    r"|^本文(?:由|经)[^。，,]{2,24}授权(?:发布|转载|刊发|刊登)[^。]{0,20}。?$"
    # …and the same request after the site that supplied it: 本文由中国科普博览提供，转载请注明出处。 (本文由璧山区科协提供
    # alone names the story's source)
    r"|^本文由[^。，,]{2,24}提供[，,]\s*(?:转载请注明|如需转载|未经(?:授权|许可))[^。]{0,20}[。！]?$"
    rf"|^{_REPRINT_REQUEST}[。！]?$"
    # 点击（下方）“阅读原文”，了解更多科普知识; with what it is for before it: 报名请点击文末“阅读原文”, 更多详情请点击…
    # (a clause after it that tells more, 报名截止时间为9月30日, 回放保留至…, is the story's: no figure, and a
    # second clause only to read or see more)
    r"|^(?:[^。！？“”\"]{1,10}请)?点击(?:下方|上方|左下角|底部|文末)?[“\"「]?阅读原文[”\"」]?"
    r"(?:[^。，,\d]{0,20}|[，,]\s*(?:了解|瞭解|查看|获取|进入)[^。，,\d]{0,16})$"  # (瞭解: 了解 as traditional prints it)
    rf"|^(?:{READER_ACTIONS})[^。，,]{{0,12}}关注|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]"
    # …with a comma before whom to follow: 点击上方蓝字，关注我们, 点击上方“叙永科协”，关注我们, 点击蓝字，关注“X”;
    # and a bare 关注我们 (the line under 长按识别二维码), 欢迎关注“重庆科协”
    rf"|^(?:(?:{READER_ACTIONS})[^。，,！!]{{0,16}}[，,]\s*|欢迎)?关注{_FOLLOWED}[吧！!~～。]*$"
    r"|^发表于\s*[^\s\d]{2,8}$|^[^。！？]{0,10}(?:点击?个?|点亮|分享|转发)[^。！？]{0,6}在看[^。]{0,10}$"
    # a post's credits, with their separator: 素材｜X, 排版｜X, 监制｜X
    r"|^(?:本版)?(?:素材|排版|监制|统筹|策划|出品|制作|视觉|文案|初审|复审|终审|审校|主编|执行主编|值班编辑)\s*[:：丨|｜]"
    # …and who laid out a feature, as 美编 (设计：吴小雨, 本版制图：X; 设计：采用… is a story's text)
    r"|^(?:本版)?(?:设计|制图|插画|海报)\s*[:：丨|｜]\s*[^，。；！？,;!?]{1,24}$"
    # a masthead's issue and registration lines: 第1234期 今日8版, 国内统一连续出版物号：CN50-0018; a 纪要's
    # or a 简报's 〔2024〕第3期; a quiz's or a column's 第十期
    r"|^(?:\d{4}\s*年\s*|[〔\[［(（]\d{4}[〕\]］)）]\s*)?(?:总)?第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,5})\s*期(?:\s*(?:今日|本期)?\s*\d{1,2}\s*版)?"
    rf"{TOTAL_ISSUE}?$"
    # …alone or beside the paper's registration: 今日12版  国内统一连续出版物号 CN51-0017
    rf"|^(?:今日|本期)\s*\d{{1,2}}\s*版(?:\s+{_REGISTRATION})*$"
    # an e-paper's (方正-style 数字报) line over each page: 版次：01版 要闻  责任编辑：X, 版次：A3  日期：2023-09-12
    r"|^版次\s*[:：]\s*(?:第\s*)?[A-Za-z]?\d{1,3}\s*版?(?:\s|$)"
    rf"|{_NEWSLETTER_NOTE_TEXT}"
    # a masthead's lunar date on a line of its own under the printed date: 农历戊子年十月十五, 癸巳年三月廿九
    rf"|^{LUNAR_DATE}(?:\s*{WEEKDAY})?$"
    # a web page's counters and its footer's owners: 访问量：1234567, 网站标识码：…, 主办：X 承办：Y, 主办：X 地址：Y
    r"|^(?:网站标识码|访问量|访问次数|浏览次数|阅读次数|阅读量|点击数|点击量)\s*[:：]\s*\d+\s*(?:次)?$"
    # …and a magazine's imprint: 编辑出版：《重庆科技》编辑部 地址：…
    r"|^(?:主办|主管|编辑出版|出版)(?:单位)?\s*[:：]\s*\S{2,30}\s+"
    r"(?:(?:承办|协办|主管|技术支持|运营|运维)(?:单位)?|地址|联系电话|电话|邮编|邮箱|传真)\s*[:：]"
    # a post's collection under its account line: 收录于合集 #科普活动 12个
    r"|^收录于(?:合集|话题)(?:\s*#\S+)*(?:\s*\d{1,4}个)?$|^(?:#\S+\s*)+\d{1,4}个$"
    # a bulletin's distribution at its foot: 报：中国科协办公厅…, 送：…, 发：…, 抄送：…, （共印60份）
    r"|^(?:报|送|发|抄送|抄报|主送|报送|分送)\s*[:：]\s*\S|^[（(]?共印\s*\d{1,5}\s*份[）)]?$"
    rf"|^(?:{_REGISTRATION}\s*)+$"
    # …its publisher (重庆市科学技术协会主管主办, 主管：X  主办：Y) and a paper's footer (_PAPER_FOOTER)
    r"|^[\u4e00-\u9fff]{2,30}主管(?:、|\s*)?主办$|^主管(?:单位)?\s*[:：]\s*\S{2,30}\s+主办(?:单位)?\s*[:：]"
    rf"|{_PAPER_FOOTER_TEXT}"
    r"|^CN\s*\d{2}\s*-\s*\d{4}(?:/[A-Z]{1,2})?$"
)

# Who laid out a feature (设计：吴小雨, 本版制图：X): furniture in a credit block, a fact among a story's fields
_LAYOUT_CREDIT = re.compile(r"^(?:本版)?(?:设计|制图|插画|海报)\s*[:：丨|｜]")

SWIPE_HINT = re.compile(r"^[▲△▼▽↑↓←→👆👇👈👉\s]*(?:左右|上下|向左|向右|向上|向下)?滑动(?:查看|阅览|阅读)[^。，,]{0,8}$")
_RUNNING_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"  # 02:35, 1:02:35
# A post's prompts where its pictures and videos stood: （点击图片可放大）, 视频加载中...
MEDIA_PROMPT = re.compile(
    r"^[（(]?(?:点击|轻触)(?:图片|大图)?(?:可|即可)?(?:放大|查看大图|看大图)[）)]?$|^视频加载中\S{0,3}$"
    # 长按识别二维码报名, 扫码报名: where a post's QR code stood
    r"|^(?!.*关注)[（(]?(?:长按|扫描|扫码|识别)[^。，,：:]{0,8}二维码[^。，,：:]{0,8}[）)]?$|^[（(]?扫码(?:报名|参与|观看|阅读|下载|进群|预约)[^。，,：:\s]{0,6}[）)]?$"
    # a player's notices where its video stood: 此视频暂不支持播放, 该视频已删除, 视频无法播放
    r"|^(?:此|该|本)?视频(?:暂不支持播放|暂时无法播放|无法播放|已(?:被)?(?:删除|失效|下架))\S{0,3}$"
    # …its running time: 视频时长 02:35, 时长 01:26, and a link to the video with its time: 【视频】X 时长 01:26
    rf"|^(?:[【\[]视频[】\]][^。！？]{{2,40}}\s+)?(?:视频)?时长\s*[:：]?\s*{_RUNNING_TIME}$"
    # …and its position over its length, left by the player's bar before play: 00:00 / 05:16 (a bar copied
    # unplayed stands at 00:00; 09:00 / 20:00 is a time of day, opening hours or a schedule broken off its sentence)
    rf"|^(?:0{{1,2}}:)?0{{1,2}}:00\s*/\s*{_RUNNING_TIME}$"
    # …and its prompt to play it: 点击上方视频，观看讲座精彩片段, ↑点击视频, 点击观看完整视频
    r"|^[▲△↑⬆👆▼▽↓⬇👇\ufe0f\s]*(?:点击|轻触)(?:上方|下方)?(?:视频|播放)(?:[，,]?\s*(?:观看|查看|收看)[^。！？，,]{0,12})?$"
    r"|^[▲△↑⬆👆▼▽↓⬇👇\ufe0f\s]*(?:点击|轻触)(?:观看|查看|收看|播放)(?:完整|精彩)?视频[^。！？，,]{0,8}$"
)


def is_newsletter_note(text: str) -> bool:
    """（内部资料 免费交流）: the note a county's newsletter prints under its name, over its issue line."""
    return bool(_NEWSLETTER_NOTE.match(fold(text)))


def is_download_file(text: str) -> bool:
    """科普项目汇总表.xlsx: a file's name alone on its line."""
    return bool(_DOWNLOAD_FILE.match(text))


def is_layout_credit(text: str) -> bool:
    """设计：吴小雨, 插画｜王一: who laid out a feature, or who designed what a story's facts list."""
    return bool(_LAYOUT_CREDIT.match(fold(text)))


def is_paper_footer(text: str) -> bool:
    """定价：1.50元, 重庆科技报社出版, 本报所刊稿件版权归…所有: a line of a paper's footer, whose words a
    story may also print (a book's 定价：48元, a quoted copyright line)."""
    return bool(_PAPER_FOOTER.match(fold(text)))


# [图片], and a picture's own markup, which cleaning.py puts on a line of its own: <img src=…>, ![alt](url).
IMAGE_PLACEHOLDER = re.compile(
    r"^(?:[\[【]\s*(?:图片|图|image|img|视频)\s*[\]】]|<img\b[^<>]*>|!\[[^\[\]]*\]\([^()\s]+\))$"
    # a table's bare label (表2, 附表1) whose table, an image on the PDF page, was not copied: where it stood
    r"|^附?表\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})$",
    re.IGNORECASE,
)

# A web site's footer: 主办单位：… 渝ICP备12345678号, 版权所有, 技术支持：…
SITE_FOOTER = re.compile(r"ICP[备证]|版权所有|公网安备|(?:主办单位|技术支持|网站维护)\s*[:：]")


def is_name_in_capitals(text: str) -> bool:
    """BASIC LEVEL, DI FANG DONG TAI: a paper's or a section's name in Latin capitals, beside its Chinese one."""
    return text[:1].isupper() and bool(_LATIN_MASTHEAD.match(unicodedata.normalize("NFKC", text)))
