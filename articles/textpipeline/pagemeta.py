"""Page metadata: site and date, source, original link, boilerplate, co-organizers, province.

None of these lines is article text. ``meta_line_kind`` recognises them one
line at a time; ``record_meta_line`` stores a recognised line in PageMeta;
``infer_province`` weighs the page's place names.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from .credits_names import parse_names
from .dates import CN_DATE_TEXT, parse_iso_date
from .lines import fold
from .model import EDITOR, Byline, PageMeta
from .shapes import (
    CHONGQING_PLACES,
    READER_ACTIONS,
    SICHUAN_CITIES,
    SICHUAN_COUNTY_CITIES,
    has_surname,
    is_issuer,
    is_paper_name,
    page_head,
)
from .shapes import DATED_HEAD_EDITORS as _HEAD_EDITORS
from .shapes import EDITOR_ROLES as _EDITOR_ROLES
from .surnames import may_start_a_name

_DATE_TEXT = rf"(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|{CN_DATE_TEXT})"
# A page head's separators between its parts: 2023年12月8日 星期五 ◆ 第3版 ◆ 科协视窗 (│, a box-drawing bar, from PDFs)
_HEAD_SEP = r"\s*(?:[◆◇■□●○★☆|｜丨│·•]\s*)?"
# A site's name stands apart from its date (经理罗宾逊１９９７年１２月３１日 is a sentence cut at a column's edge).
_NAME_SEP = r"(?:\s*[◆◇■□●○★☆|｜丨│·•]\s*|\s+)"
# The page's number and section in its head, then maybe its editors: 第2版 科协动态 责任编辑：王丽 美编：李明
_PAGE_AFTER_DATE = rf"第\s*[0-9A-Za-z一二三四五六七八九十]{{1,3}}\s*版(?:\s*[:：◆◇■□●○★☆|｜丨│·•]?\s*(?!{_EDITOR_ROLES})\S{{1,10}})?"
# A page's number printed bare: 3, A2, 3版 (A2 │ 要闻 │ 2024.05.20 星期一, 2024年6月21日 星期五  要闻  3)
_BARE_PAGE = r"[A-H]?\d{1,2}(?:\s*版)?"
# A section's name in a head: 要闻, 科普·健康 (no editor's role, no weekday)
_SECTION = rf"(?!{_EDITOR_ROLES}|星期|周[一二三四五六日天]|第)[\u4e00-\u9fff][\u4e00-\u9fff·]{{1,7}}"
_WEEKDAY = r"[（(]?(?:星期|周)[一二三四五六日天][）)]?"  # 星期五, （星期五）
_AFTER_WEEKDAY = r"(?:(?<=星期[一二三四五六日天])|(?<=周[一二三四五六日天])|(?<=[）)]))"
_SITE_DATE = re.compile(
    # 第2版 2021年3月5日 星期五: the page's number may come first; A2 │ 要闻 │ 2024.05.20: so may its section
    rf"^(?:{_BARE_PAGE}{_NAME_SEP}(?:{_SECTION}{_NAME_SEP})?|(?:第\s*[0-9一二三四五六七八九十]{{1,3}}\s*版{_HEAD_SEP})?"
    # a WeChat post's place after its time (… 18:00 四川) on the line under the account's name; a paper's
    # section between its name and the date (重庆日报 要闻 2024年8月2日: see _site_date)
    rf"(?:(\S{{2,24}}?){_NAME_SEP}(?:{_SECTION}{_NAME_SEP})?)?)"
    rf"({_DATE_TEXT})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[^\s\d]{{2,8}})?)?"
    rf"(?:{_HEAD_SEP}{_WEEKDAY})?"
    # 农历癸卯年九月廿七 (or 辛丑年正月廿二 without 农历): a masthead's lunar date beside the printed one
    rf"(?:{_HEAD_SEP}(?:农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)"
    r"\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十))?"
    rf"(?:{_HEAD_SEP}{_WEEKDAY})?"  # the weekday after the lunar date
    # 第48期（总第1875期） 今日4版: the issue and the number of pages beside the date
    rf"(?:{_HEAD_SEP}(?:总)?第\s*\d{{1,5}}\s*期(?:\s*[（(]总第\s*\d{{1,5}}\s*期[）)])?)?"
    rf"(?:{_HEAD_SEP}(?:今日|本期)\s*\d{{1,2}}\s*版)?"
    # 第2版 科协动态, or after the weekday the section, then maybe its number: 星期五  要闻  3
    rf"(?:{_HEAD_SEP}{_PAGE_AFTER_DATE}|{_AFTER_WEEKDAY}{_NAME_SEP}(?P<section>{_SECTION})(?P<number>{_NAME_SEP}{_BARE_PAGE})?)?"
    # the editors, maybe after a bar (第4版 | 科普天地 | 责任编辑：孙明), and the desk's phone
    rf"(?:\s*发表于\s*[^\s\d]{{2,8}})?(?:\s*[|｜丨│])?{_HEAD_EDITORS}"
    r"(?:\s+(?:电话|传真)\s*[:：]\s*[\d()（）-]{5,20})?$"
)
_OPENS_WITH_BARE_PAGE = re.compile(rf"{_BARE_PAGE}{_NAME_SEP}")


def _site_date(text: str) -> re.Match | None:
    """A page head's or a post's site and date line (see _SITE_DATE), ``text`` folded. A section between
    the name and the date only after a paper's name (张三 李四 2021-06-18 is two names and a date); a
    section after the weekday only after a paper's name or with the page's number after it (a section named
    like a person, 2021年1月8日 星期五 王丽, only with the number); a bare page number first only with the
    weekday after the date."""
    match = _SITE_DATE.match(text)
    if match is None:
        return None
    section = re.sub(_NAME_SEP, "", text[match.end(1) : match.start(2)]) if match.group(1) else ""
    if section and (not is_paper_name(match.group(1)) or _named_like_a_person(section)):
        return None
    if match.group("section") and not match.group("number") and _named_like_a_person(match.group("section")):
        return None
    if match.group("section") and not match.group("number") and not (match.group(1) and is_paper_name(match.group(1))):
        return None  # 2024年9月10日 星期二 报到, a schedule's or a diary's day: a head names its paper or page
    if _OPENS_WITH_BARE_PAGE.match(text) and not re.search(_WEEKDAY, text[match.end(2) :]):
        return None  # 1 报名 2024年8月20日, a table's numbered row: a head's bare page number goes with a weekday
    return match


def _named_like_a_person(section: str) -> bool:
    """王丽 where a head prints its section: a name, not a section (要闻, 综合, 科普·健康)."""
    return len(section) <= 3 and has_surname(section)


# A WeChat post's head line: 原创 王丽 四川科协 2023-05-20 09:12 发表于四川, or since 2023 the place
# after the time without 发表于 (… 2024-04-02 17:05 四川). The author is optional; without 原创 a time or
# 发表于 must follow the date, so that "张三 李四 2021-06-18" is not taken for one.
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WECHAT_HEAD = re.compile(
    rf"^(原创\s*)?(?:([^\s\d]{{2,20}})\s+)?([^\s\d]{{2,24}})\s+({_DATE_TEXT})(\s+{_TIME}(?:\s+[^\s\d]{{2,8}})?)?"
    r"(\s*发表于\s*[^\s\d]{2,8})?$"
)
# A periodical's head: its name and the year's issue (巴中科技 2023年第5期, 重庆科协 2021年第3期（总第215期）),
# over its first headline or printed again where a PDF's page turns
_ISSUE_HEAD = re.compile(
    rf"^([^\s\d，。、：:；;！？]{{2,12}}){_NAME_SEP}\d{{4}}\s*年\s*(?:总)?第\s*\d{{1,5}}\s*期"
    r"(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?$"
)
_ISSUE_LINE = re.compile(
    r"^(?:(?:\d{4}\s*年\s*|[〔\[［(（]\d{4}[〕\]］)）]\s*)?(?:总)?第\s*\d{1,5}\s*期(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?|\d{4}\s*年\s*\d{1,2}\s*月)"
    r"(?:\s+[\u4e00-\u9fff]{2,8})?$"
)


def is_issue_line(text: str) -> bool:
    """2021年第3期, 第215期（总第1234期）, 2023年12月 调查研究: a periodical's issue (and its column) on a
    line of its own, under its name."""
    return bool(_ISSUE_LINE.match(fold(text)))


# A paper's archive site under each story: 《 人民日报 》（ 2022年11月16日 17 版）, the paper, its date and page.
_PRINT_EDITION = re.compile(
    rf"^《\s*([^《》\s]{{2,12}})\s*》\s*[（(]\s*({_DATE_TEXT})\s*(?:第\s*)?[0-9A-Za-z]{{1,3}}\s*版\s*[）)]$"
)
# A news site's date line, then its source: 2021年05月31日08:25 | 来源：人民网-四川频道, maybe after the
# site's name (万州区科学技术协会 2023-06-12 来源：万州区科协)
_DATED_FIELDS = re.compile(
    rf"^(?:([^\s\d]\S{{1,23}}?){_NAME_SEP})?({_DATE_TEXT})\s*(?:{_TIME})?\s*[|｜丨]?\s*(?=(?:来源|稿源|作者)\s*[:：])"
)
# A web page's info line: 发布时间：2023-03-15  来源：九龙坡区科协  作者：张丽华  浏览次数：1268
_WEB_INFO_FIELD = re.compile(
    r"(发布时间|发布日期|时间|日期|来源|作者|记者|通讯员|摄影|单位|编辑|浏览次数|阅读次数|点击数|点击|字号)\s*[:：]\s*"
    r"([\u4e00-\u9fff] [\u4e00-\u9fff](?=\s|$)|\S*?)"  # 作者：李 梅, a name spread to three cells
    r"(?=\s|$|(?:发布|来源|作者|记者|通讯员|摄影|单位|编辑|浏览|阅读|点击|字号))"
)
# A web page's publishing time alone on its line, as a CMS prints it in figures: 发布时间：2021-03-05 10:21
# (not a notice's 时间：, its event's, nor a document's field among others: 发布时间：2024年3月4日)
_PUBLISHED_AT = re.compile(rf"^(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*(?:{_TIME})?$")
_LEADING_DATE = re.compile(_DATE_TEXT)
_SEPARATOR = r"\s*[:：丨|｜]\s*"  # 来源：X, and WeChat's 来源丨X / 编辑 | X
_SOURCE = re.compile(
    rf"^(?:(?:来源|稿源|信息来源|文章来源|本文来源|出品){_SEPARATOR}(.+)"
    r"|(?:以下文章来源于|本文(?:转载|转)自|(?:文章)?转载自|转自(?=\s*[:：|｜]|(?:微信)?公众号))\s*[:：|｜]?\s*"
    r"(?:(?:微信)?公众号)?[“\"「]?([^，,\s”\"」]+)[”\"」]?"  # 转自微信公众号“重庆科普”
    r"(?:\s*[，,]?\s*作者\s*\S+)?)$"
)
_TRAILING_DATE = re.compile(rf"\s+({_DATE_TEXT})\s*(?:{_TIME})?$")
# A name in capitals, two to eight words, Latin letters only (a paper's or column's English name).
_LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Z&'.-]*(?: [A-Z&'.-]+){1,7}$")
_URL = re.compile(r"^(?:原文链接|原文地址|阅读原文|链接|网址)\s*[:：]\s*(\S+)$")
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
# A label needs its separator or a space before the value: 电话号码、… and 编辑部近日… are story text.
_BOILERPLATE = re.compile(
    r"^(?:本版)?(?:版权声明|免责声明|声明|电话|联系电话|联系我们|联系方式|商务合作|传真|邮箱|电子邮箱|地址|邮编|责任编辑|责编|编辑|"
    r"美编|版式|审核|校对|投稿邮箱|备案号|图片来源|图源|题图|封面图片?|封面来源|素材来源)(?:\s*[:：丨|｜]|\s+\S)"
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
    # a web page's download box: 附件下载：, then the file's name (the notice's own 附件：… line is its text)
    r"|^(?:附件下载|相关附件|下载附件)\s*[:：]?\s*\S{0,60}$|^[^。，,：:\s]{1,60}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|zip|rar|pptx?)$"
    # a science-popularization post's provenance: 本文为科普中国·创作培育计划作品, 内容资源由项目单位提供
    r"|^本文(?:为|系)[^。，,]{2,30}(?:作品|原创|稿件|成果)。?$|^内容资源由[^。，,]{0,16}提供。?$"
    # a repost's permission and its request: 本文由科普中国授权发布，转载请注明出处。
    r"|^本文(?:由|经)[^。，,]{2,24}授权(?:发布|转载|刊发|刊登)[^。]{0,20}。?$"
    r"|^(?:转载请注明(?:出处|来源)|如需转载[^。]{0,20}|未经(?:授权|许可)[^。]{0,12}(?:不得|禁止|严禁)转载[^。]{0,10})[。！]?$"
    r"|^点击(?:下方|上方|左下角|底部|文末)?[“\"「]?阅读原文[”\"」]?[^。]{0,20}$"  # 点击（下方）“阅读原文”，了解更多科普知识
    rf"|^(?:{READER_ACTIONS})[^。，,]{{0,12}}关注|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]"
    # …with a comma before whom to follow: 点击上方蓝字，关注我们, 点击上方“叙永科协”，关注我们, 点击蓝字，关注“X”;
    # and a bare 关注我们 (the line under 长按识别二维码), 欢迎关注“重庆科协”
    rf"|^(?:(?:{READER_ACTIONS})[^。，,！!]{{0,16}}[，,]\s*|欢迎)?关注{_FOLLOWED}[吧！!~～。]*$"
    r"|^发表于\s*[^\s\d]{2,8}$|^[^。！？]{0,10}(?:点个?|点亮|分享|转发)[^。！？]{0,6}在看[^。]{0,6}$"
    # a post's credits, with their separator: 素材｜X, 排版｜X, 监制｜X
    r"|^(?:本版)?(?:素材|排版|监制|统筹|策划|出品|制作|视觉|文案|初审|复审|终审|审校|主编|执行主编|值班编辑)\s*[:：丨|｜]"
    # a masthead's issue and registration lines: 第1234期 今日8版, 国内统一连续出版物号：CN50-0018; a 纪要's
    # or a 简报's 〔2024〕第3期; a quiz's or a column's 第十期
    r"|^(?:\d{4}\s*年\s*|[〔\[［(（]\d{4}[〕\]］)）]\s*)?(?:总)?第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,5})\s*期(?:\s*(?:今日|本期)?\s*\d{1,2}\s*版)?(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?$"
    r"|^(?:今日|本期)\s*\d{1,2}\s*版$"
    # a web page's counters and its footer's owners: 访问量：1234567, 网站标识码：…, 主办：X 承办：Y, 主办：X 地址：Y
    r"|^(?:网站标识码|访问量|访问次数|浏览次数|阅读次数|阅读量|点击数|点击量)\s*[:：]\s*\d+\s*(?:次)?$"
    r"|^(?:主办|主管)(?:单位)?\s*[:：]\s*\S{2,30}\s+"
    r"(?:(?:承办|协办|主管|技术支持|运营|运维)(?:单位)?|地址|联系电话|电话|邮编|邮箱|传真)\s*[:：]"
    # a post's collection under its account line: 收录于合集 #科普活动 12个
    r"|^收录于(?:合集|话题)(?:\s*#\S+)*(?:\s*\d{1,4}个)?$|^(?:#\S+\s*)+\d{1,4}个$"
    # a bulletin's distribution at its foot: 报：中国科协办公厅…, 送：…, 发：…, 抄送：…, （共印60份）
    r"|^(?:报|送|发|抄送|抄报|主送|报送|分送)\s*[:：]\s*\S|^[（(]?共印\s*\d{1,5}\s*份[）)]?$"
    r"|^(?:(?:国内统一连续出版物号|国内统一刊号|国际标准连续出版物号|邮发代号)\s*[:：]?\s*\S{1,20}(?:\s+\S{1,20})??\s*)+$"
    # …its publisher (重庆市科学技术协会主管主办, 主管：X  主办：Y) and a paper's footer (_PAPER_FOOTER)
    r"|^[\u4e00-\u9fff]{2,30}主管(?:、|\s*)?主办$|^主管(?:单位)?\s*[:：]\s*\S{2,30}\s+主办(?:单位)?\s*[:：]"
    rf"|{_PAPER_FOOTER_TEXT}"
    r"|^CN\s*\d{2}\s*-\s*\d{4}(?:/[A-Z]{1,2})?$"
)
# A document's printing line at its foot (its 版记): 达州市科协办公室  2024年3月19日印发, the office that printed it
_PRINTED_BY = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,30}}?)\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})\s*印发$")
# …and the line under a 纪要's or 简报's head: 德阳市科学技术协会办公室　　2024年3月22日, the office and its day
_DATED_BY = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,30}}?)\s+(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})$")
_SWIPE_HINT = re.compile(r"^[▲△▼▽↑↓←→👆👇👈👉\s]*(?:左右|上下|向左|向右|向上|向下)?滑动(?:查看|阅览|阅读)[^。，,]{0,8}$")
# A post's prompts where its pictures and videos stood: （点击图片可放大）, 视频加载中...
_MEDIA_PROMPT = re.compile(
    r"^[（(]?(?:点击|轻触)(?:图片|大图)?(?:可|即可)?(?:放大|查看大图|看大图)[）)]?$|^视频加载中\S{0,3}$"
    # 长按识别二维码报名, 扫码报名: where a post's QR code stood
    r"|^(?!.*关注)[（(]?(?:长按|扫描|扫码|识别)[^。，,：:]{0,8}二维码[^。，,：:]{0,8}[）)]?$|^[（(]?扫码(?:报名|参与|观看|阅读|下载|进群)[^。，,：:\s]{0,6}[）)]?$"
)
# A weather box beside the stories: 今日天气 over rows of a place, its weather and the day's low and high
# (主城区 多云转阵雨 24℃～32℃, 成都 晴 16～25℃), then who issued the forecast (重庆市气象台6月20日16时发布)
_WEATHER_HEADING = re.compile(r"^(?:今日|明日|今明|今天|明天|本周|近日|城市|全市|全省)?天气(?:预报)?$")
_WEATHER_ROW = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff\d~～-]{1,10}){1,3}\s+-?\d{1,2}\s*℃?\s*[~～至/—–-]\s*-?\d{1,2}\s*℃\s*)+$"
)
_WEATHER_ISSUER = re.compile(r"^[（(]?[\u4e00-\u9fff]{2,12}气象(?:台|局)[^。，,；;：:]{0,16}(?:发布|提供)[）)]?$")


def is_paper_footer(text: str) -> bool:
    """定价：1.50元, 重庆科技报社出版, 本报所刊稿件版权归…所有: a line of a paper's footer, whose words a
    story may also print (a book's 定价：48元, a quoted copyright line)."""
    return bool(_PAPER_FOOTER.match(fold(text)))


def is_weather_row(text: str) -> bool:
    """主城区 多云转阵雨 24℃～32℃: shaped like a weather box's row (so is a story's table, 番茄 结果期 20～28℃)."""
    text = fold(text)
    return "℃" in text and bool(_WEATHER_ROW.match(text))


def is_weather_issuer(text: str) -> bool:
    """重庆市气象台6月20日16时发布: shaped like a weather box's issuer (so is a story's （重庆市气象台提供）)."""
    text = fold(text)
    return "气象" in text and bool(_WEATHER_ISSUER.match(text))


def is_weather_heading(text: str) -> bool:
    """今日天气, 天气, 天气预报: the heading a weather box prints over its rows."""
    return bool(_WEATHER_HEADING.match(_strip_decoration(fold(text))))


# [图片], and a picture's own markup, which cleaning.py puts on a line of its own: <img src=…>, ![alt](url).
_IMAGE_PLACEHOLDER = re.compile(
    r"^(?:[\[【]\s*(?:图片|图|image|img|视频)\s*[\]】]|<img\b[^<>]*>|!\[[^\[\]]*\]\([^()\s]+\))$", re.IGNORECASE
)
_BRACKETED = re.compile(r"^[【\[]([^【】\[\]]+)[】\]]$")

# Contact lines, which a notice prints between its text and its signature (assemble keeps them there).
_CONTACT = re.compile(r"^(?:联系人|联系电话|咨询电话|报名电话|联系方式|电话|传真|邮箱|电子邮箱|投稿邮箱|联系地址|地址|邮编)\s*[:：]")


def printing_office(text: str) -> str | None:
    """达州市科协办公室 in 达州市科协办公室  2024年3月19日印发: the office that issued the document above."""
    match = _PRINTED_BY.match(fold(text))
    return match.group(1) if match and is_issuer(match.group(1)) else None


def dating_office(text: str) -> str | None:
    """德阳市科学技术协会办公室 in 德阳市科学技术协会办公室　　2024年3月22日: a body's name and a day, as a
    document's head prints who issued it and when."""
    match = _DATED_BY.match(fold(text))
    return match.group(1) if match and is_issuer(match.group(1)) else None


def is_contact_line(text: str) -> bool:
    """联系人：李老师, 联系电话：023-63600000, 地址：…"""
    return bool(_CONTACT.match(text))


# A web site's footer: 主办单位：… 渝ICP备12345678号, 版权所有, 技术支持：…
_SITE_FOOTER = re.compile(r"ICP[备证]|版权所有|公网安备|(?:主办单位|技术支持|网站维护)\s*[:：]")
_FONT_SIZE = re.compile(r"^[【\[]?\s*字[体号]\s*[:：]?\s*[大中小\s]+[】\]]?$")  # 【字体：大 中 小】, 【字号 大 中 小】
_LETTERED_PAGE = re.compile(r"^[A-H]\d{1,2}$")
# 第 1 页 共 2 页, 第 8 页, P8: a PDF's page footer (8/12 alone may be a ratio or a score a sentence prints)
_PDF_PAGE_NUMBER = re.compile(r"^(?:第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|[Pp]\.?\s?\d{1,3})$")
# 共4条  第1页/共1页, 首页 上一页 1 2 3 下一页 尾页: a list page's pager
_PAGER = re.compile(r"^(?:共\s*\d+\s*条|第\s*\d+\s*页\s*/\s*共\s*\d+\s*页|首页|尾页|上一页|下一页|末页|\d{1,3}|[\s|｜])+$")
# 首页 > 新闻中心 > 区县动态, 当前位置：首页 > …; a site may print its name before it (资阳科协网　首页 > 工作动态)
_BREADCRUMB = re.compile(
    r"^(?:([\u4e00-\u9fffA-Za-z]{2,12})\s+)?(?:(?:当前|您的|您现在的)?位置\s*[:：]\s*)?(?:首页|网站首页|主页)\s*[>›»/＞]"
)
# 四川频道 >> 正文, 新闻中心 > 区县动态: short names chained by arrows.
_ARROW_TRAIL = re.compile(r"^[^\s\d>›»＞]{1,12}(?:\s*(?:>>|[>›»＞])\s*[^\s\d>›»＞]{1,12})+$")
_BRACKETED_NAV = re.compile(r"^(?:\s*[【\[]([^【】\[\]]{1,10})[】\]])+\s*$")
# 首页 | 机构概况 | 新闻中心 | 学会工作 | 科学普及: a site's menu bar, its sections between bars
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_FOOTER_LINKS = frozenset(["网站地图", "联系我们", "关于我们", "法律声明", "网站声明", "隐私政策", "版权声明", "帮助中心", "手机版"])
# Headings over a list of other posts' titles (WeChat, web pages): the list is navigation too.
# What a WeChat post prints under everything, its list of other posts included: 阅读原文, 阅读 2345,
# 分享 收藏 在看 点赞. After it, a list of recommended titles has ended.
_POST_END = re.compile(r"^(?:阅读原文|阅读\s*\d|.{0,12}(?:在看|点赞))")


def closes_a_post(text: str) -> bool:
    """阅读原文, 阅读 2345, 分享 收藏 在看 点赞: the last lines a WeChat post prints."""
    return bool(_POST_END.match(text.strip()))


def is_name_in_capitals(text: str) -> bool:
    """BASIC LEVEL, DI FANG DONG TAI: a paper's or a section's name in Latin capitals, beside its Chinese one."""
    return text[:1].isupper() and bool(_LATIN_MASTHEAD.match(unicodedata.normalize("NFKC", text)))


def is_breadcrumb(text: str) -> bool:
    """首页 > 通知公告, 当前位置：首页 > 新闻中心: where a web page stands in its site."""
    return bool(_BREADCRUMB.match(fold(text)))


# A front page's digest box over its teasers, whose heading a story may also print over its own prose
_DIGEST_HEADINGS = frozenset(["要闻提要", "本期提要", "今日提要", "今日看点", "本期看点", "要闻速览"])
_CONTENTS_HEADINGS = ("要目", "本期要目", "本期要览", "目录", "本期目录")
RECOMMENDATION_HEADINGS = frozenset(
    ["往期推荐", "往期回顾", "往期精彩", "精彩回顾", "精彩推荐", "热文推荐", "近期热文", "猜你喜欢", "更多精彩",
     "推荐阅读", "推荐资讯", "相关阅读", "相关新闻", "热门推荐", "延伸阅读", "相关链接", "相关文章",
     # a site's box of its sections
     "栏目导航", "网站导航", "频道导航",
     # a paper's front-page box of the stories inside
     "导读", "本期导读", "今日导读", "要闻导读", "本版导读", "内容导读",
     *_DIGEST_HEADINGS,
     # …and a bulletin's (简报, 工作通讯) contents box over its items' titles
     *_CONTENTS_HEADINGS,
     # a web page's readers' comments under the story, each signed and dated like a site's line
     "网友评论", "读者评论", "用户评论", "最新评论", "热门评论", "精彩评论", "全部评论", "相关评论",
     # …and a WeChat post's, its readers' messages (留言) under the post
     "读者留言", "网友留言", "精选留言", "留言精选", "精彩留言", "热门留言", "留言区", "写留言"]
)


def is_contents_heading(text: str) -> bool:
    """本期要目, 目录: a bulletin's contents heading (only over its first item; inside a story, the story's)."""
    return _strip_decoration(fold(text).strip()).strip("【】[] :：") in _CONTENTS_HEADINGS


def is_digest_heading(text: str) -> bool:
    """今日看点, 【要闻速览】: a digest box's heading, or a story's sub-heading over its prose."""
    return _strip_decoration(fold(text).strip()).strip("【】[] :：") in _DIGEST_HEADINGS


def opens_recommendations(text: str) -> bool:
    """往期推荐, 【推荐阅读】, 🌟往期回顾🌟, ▼ 相关新闻 ▼, 相关链接：: a heading over a list of other posts'
    titles, in whatever brackets, ornaments or colon the post dresses it."""
    heading = _strip_decoration(fold(text).strip()).strip("【】[] :：")
    return heading in RECOMMENDATION_HEADINGS or _counted_heading(heading)


def _counted_heading(text: str) -> bool:
    """网友评论（2）, 精选留言 12条: a list's heading with the count of what it lists."""
    return bool(_COUNTED.search(text)) and _COUNTED.sub("", text) in RECOMMENDATION_HEADINGS


# the count after a list's heading: 网友评论（2）, 精选留言 12条
_COUNTED = re.compile(r"\s*(?:[（(]\s*\d{1,5}\s*条?\s*[)）]|\d{1,5}\s*条)$")


# 科技助农忙秋收 ▶2版, 院士专家进万州（见第3版）: a teaser pointing to a story on another page; or its
# 见 first (详见第5版 冬季慢病管理指南).
_PAGE_TEASER = re.compile(
    r"^[^\s].{1,40}?\s*(?:[▶►→>＞]+\s*|[（(]\s*(?:详)?见?\s*|(?:详)?见\s*)"
    r"第?\s*[\d一二三四五六七八九十]{1,2}\s*版\s*[）)]?$"
    r"|^(?:详)?见\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,2}\s*版\s*[:：]?\s*[^\s\d].{1,40}$"
)
# 02版 自贡：灯会里的科技范儿, A4 巴中：科普大篷车进村入户: a teaser with its page first, which reads as a
# page's head (第3版 区县传真) but under a digest's heading (本期导读)
_PAGE_FIRST_TEASER = re.compile(r"^(?:第?\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]\d{1,2}(?=\s))\s*[:：|｜丨]?\s*[^\s\d].{1,40}$")


def is_page_first_teaser(text: str) -> bool:
    """02版 自贡：灯会里的科技范儿, A4 巴中：科普大篷车进村入户: a digest's line, the page it points to first."""
    return bool(_PAGE_FIRST_TEASER.match(fold(text)))


_NAVIGATION = frozenset(
    [
        "时政",
        "推荐资讯",
        "推荐阅读",
        "相关阅读",
        "相关新闻",
        "热门推荐",
        "热点",
        "首页",
        "返回",
        "返回顶部",
        "返回首页",
        "分享",
        "分享到",
        "打印",
        "打印本页",
        "关闭",
        "关闭窗口",
        "上一篇",
        "下一篇",
        "点击排行",
        "更多",
        "阅读原文",
        "扫一扫",
        "收藏",
        "点赞",
        "在看",
        "END",
        "End",
        "end",
        "完",
        # WeChat's page furniture, copied with the post
        "原创",
        "转发",
        "留言",
        "写留言",
        "精选留言",
        "赞",
        "喜欢",
        "关注",
        "阅读",
        "评论",
        "我要评论",
        "发表评论",
        "微信扫一扫",
        "关注该公众号",
        "继续滑动看下一个",
        "向上滑动看下一个",
        "轻触阅读原文",
        "预览时标签不可点",
        "知道了",
        "手机版",
        *RECOMMENDATION_HEADINGS,
    ]
)
# A line of furniture words, some with their counts: 分享 收藏 在看 点赞 / 阅读 2345 / 赞 12  在看 3.
_COUNT = re.compile(r"^\d+(?:\.\d+)?[万wW千kK]?\+?$")
_CO_ORGANIZERS = re.compile(r"(?:本版|本刊|本期)?(?:协办|联办|承办)单位")
# 本版协办单位 on a line of its own, over the list's names: the list's heading
# A column's or a page's sponsors at its foot: 本栏目由重庆市科协、重庆市卫生健康委员会联合主办, 本版由四川省科协、
# 重庆市科协共同支持 (the bodies behind the column, not the last story's text or its bodies)
_SPONSORS = re.compile(
    r"^[（(]?(?:本栏目|本专栏|本栏|本版|本刊|本期|本专版)由([^。，,：:（）()]{2,80}?)(?:联合|共同)?"
    r"(?:主办|协办|承办|联办|支持|策划)[）)]?。?$"
)
_CO_ORGANIZERS_HEADING = re.compile(r"^[【\[]?(?:本版|本刊|本期)(?:协办|联办|承办)单位[】\]]?$")

_CHONGQING = re.compile(rf"重庆|巴渝|{CHONGQING_PLACES}|两江新区|我市")
_SICHUAN = re.compile(rf"四川|天府|蜀|{SICHUAN_CITIES}|锦江区|青白江|彭州|川农大|省科协|{SICHUAN_COUNTY_CITIES}")


# The longest metadata lines are copyright notices and co-organizer lists of a few hundred characters.
MAX_META_LINE = 400


@lru_cache(maxsize=64)  # a line is tested again when the lines before it look ahead
def meta_line_kind(text: str) -> str | None:
    """'site_date', 'web_info', 'source', 'url', 'boilerplate', 'navigation', 'co_organizers' or
    'decoration' (rules, pointers and page numbers, which interrupt no story), else None."""
    if len(text) > MAX_META_LINE:
        return None  # a page pasted as one line is story text an editor must see, not a footer
    text = fold(text)
    if is_garbage_line(text):
        return "decoration"  # ▓▒░■□ ~~ ##@@ ‖‖: a scan's noise, which interrupts no story (split_page flags it)
    if len(text) <= 80 and text and (text[0] in _DECORATION or text[-1] in _DECORATION or _is_symbol(text[0])):
        bare = _strip_decoration(text)
        if not bare or (bare.isdigit() and len(bare) <= 3):
            return "decoration"  # ————, ▼, ***: a rule or pointer between parts of a post; -3-: a page number
        if len(bare) <= 40 and (bare in _NAVIGATION or _BOILERPLATE.match(bare)):
            return "navigation" if bare in _NAVIGATION else "boilerplate"  # ·END·, 👇扫码关注我们👇
    if text.isdigit() and len(text) <= 3 and not text.startswith("0"):
        return "decoration"  # 12: a page number a PDF copy left between paragraphs (01 is a section number)
    if len(text) <= 3 and _LETTERED_PAGE.match(text):
        return "decoration"  # A3, B02: a section's page number, alone on its line
    if len(text) <= 20 and _PDF_PAGE_NUMBER.match(text):
        return "decoration"  # 第 1 页 共 2 页: a PDF's page footer, which interrupts no story
    if is_name_in_capitals(text):
        return "decoration"  # CHONGQING SCIENCE AND TECHNOLOGY NEWS: a paper's name in capitals, beside its Chinese one
    if _IMAGE_PLACEHOLDER.match(text) or _SWIPE_HINT.match(text) or _MEDIA_PROMPT.match(text):
        return "decoration"  # [图片], ▲左右滑动查看名单, 视频加载中: where a picture stood, not the picture
    bracketed = _BRACKETED.match(text)
    if bracketed and _BOILERPLATE.match(bracketed.group(1)):
        return "boilerplate"  # 【责任编辑：刘小明】
    if "由" in text and _SPONSORS.match(text):
        return "co_organizers"
    if "单位" in text and _CO_ORGANIZERS.search(text) and (
        len(text.split()) >= 3 or re.search(r"单位\s*[:：]", text) or _CO_ORGANIZERS_HEADING.match(text)
    ):
        return "co_organizers"
    short = len(text) <= 40
    if text in _NAVIGATION or _BREADCRUMB.match(text) or (short and (_short_navigation(text) or _counted_heading(text))):
        return "navigation"
    if len(text) <= 120 and ("|" in text or "｜" in text or "丨" in text) and _menu_bar(text):
        return "navigation"  # 首页 | 机构概况 | 新闻中心 | 学会工作 | …: the site's menu
    if len(text) <= 120 and text[:1] in "首网主" and _spaced_menu(text):
        return "navigation"  # 首页 政务公开 政务服务 互动交流: the menu a portal prints with spaces
    if "版" in text and len(text) <= 50 and _PAGE_TEASER.match(text) and not re.search(r"[转接]", text):
        return "navigation"  # not （下转第2版）, the end of a story continued elsewhere
    if len(text) <= 200 and ("来源" in text or "稿源" in text or "作者" in text) and _dated_fields(text):
        return "web_info"
    if len(text) <= 200 and _SITE_FOOTER.search(text):
        return "boilerplate"
    if any(label in text for label in ("时间", "日期", "来源", "作者")) and len(_WEB_INFO_FIELD.findall(text)) >= 2:
        return "web_info"
    if ("时间" in text or "日期" in text) and _PUBLISHED_AT.match(text) and web_info_date(text):
        return "web_info"
    if _URL.match(text):
        return "url"
    if _SOURCE.match(text):
        return "source"
    if _BOILERPLATE.match(text) or printing_office(text):
        return "boilerplate"
    match = _site_date(text) or (_PRINT_EDITION.match(text) if text[:1] == "《" else None)
    if match and parse_iso_date(match.group(2)) and not re.search(r"\d", match.group(1) or ""):
        return "site_date"
    match = _WECHAT_HEAD.match(text)
    if match and parse_iso_date(match.group(4)) and (match.group(1) or match.group(5) or match.group(6)):
        return "site_date"
    if "期" in text and _ISSUE_HEAD.match(text):
        return "site_date"
    if text.startswith("原创") and _ORIGINAL_LABEL.match(text):
        return "site_date"  # the post's account (and author) without the date: no 副题
    return None


_DECORATION = frozenset("-—–－=＝~～*＊_·•▼▽▲△◆◇■□●○★☆♦❤→←↓↑ \u3000")  # not 。 or …: sentences end so


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum() says of a character, in one search


def is_garbage_line(text: str) -> bool:
    """▓▒░■□▲△◆◇ ~~ ##@@ ‖‖ ┃┃, ~~~~####^^^^****: a line of mixed symbols with no character, letter or
    digit, noise a scan or a broken copy left; not a rule of one or two marks (————, ★★★, ◆ ◆ ◆), nor a
    row of emoji a post is decorated with."""
    if _LETTER_OR_DIGIT.search(text):
        return False  # the cheap test first: a character, a letter or a digit (most lines)
    marks = "".join(fold(text).split())
    if len(marks) < 6 or len(set(marks)) < 3 or all(mark in _DECORATION for mark in marks):
        return False
    return not any(
        mark.isalnum() or unicodedata.category(mark).startswith("L") or 0x2600 <= ord(mark) <= 0x27BF or ord(mark) >= 0x1F000
        for mark in marks
    )


def _is_symbol(char: str) -> bool:
    """Emoji and other pictographs (👇, ✅); CJK characters, letters and digits are never symbols."""
    return not ("\u4e00" <= char <= "\u9fff") and (
        unicodedata.category(char) in ("So", "Sk", "Cs") or 0x1F000 <= ord(char) <= 0x1FAFF
    )


def _strip_decoration(text: str) -> str:
    """The words inside a line's ornaments: ·END· → END, 👇扫码关注我们👇 → 扫码关注我们."""
    start, end = 0, len(text)
    while start < end and (text[start] in _DECORATION or _is_symbol(text[start])):
        start += 1
    while end > start and (text[end - 1] in _DECORATION or _is_symbol(text[end - 1])):
        end -= 1
    return text[start:end]


# A web page's share bar: 分享到：微信 微博 QQ空间
_SHARE_BAR = re.compile(
    r"^分享(?:到)?\s*[:：]?\s*(?:(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|人人网|复制链接|更多)[\s,，、|｜]*)+$"
)


def _short_navigation(text: str) -> bool:
    """分享到：, 【打印本页】 【关闭窗口】, 分享 收藏 在看 点赞, 【字体：大 中 小】, 四川频道 >> 正文,
    分享到：微信 微博 QQ空间."""
    return (
        text.rstrip(":：") in _NAVIGATION  # 分享到：
        or (text.startswith("分享") and bool(_SHARE_BAR.match(text)))
        or _bracketed_navigation(text)
        or (" " in text and _navigation_words(text))
        or bool(_FONT_SIZE.match(text))
        or (("页" in text or "条" in text) and bool(_PAGER.match(text)))
        or (any(arrow in text for arrow in ">›»＞") and bool(_ARROW_TRAIL.match(text)))
    )


def _navigation_words(text: str) -> bool:
    """分享 收藏 在看 点赞, 阅读 2345, 赞 12  在看 3: only furniture words, each optionally with its count."""
    tokens = text.split()
    if len(tokens) < 2:
        return False
    previous_was_word = False
    for token in tokens:
        if token in _NAVIGATION:
            previous_was_word = True
        elif previous_was_word and _COUNT.match(token):
            previous_was_word = False
        else:
            return False
    return True


def wechat_head(text: str) -> tuple[str, str] | None:
    """(author, account) of a WeChat head line (原创 王丽 四川科协 2023-05-20 09:12, or its 原创 王丽 四川科协
    without the date), author possibly ''."""
    key = fold(text)
    if _site_date(key):
        return None
    match = _WECHAT_HEAD.match(key) or _ORIGINAL_LABEL.match(key)
    if not match:
        return None
    author = text[match.start(2) : match.end(2)] if match.group(2) else ""
    return author, text[match.start(3) : match.end(3)]


def _bracketed_navigation(text: str) -> bool:
    """【打印本页】 【关闭窗口】: a line made only of bracketed navigation words."""
    if not _BRACKETED_NAV.match(text):
        return False
    words = re.findall(r"[【\[]([^【】\[\]]+)[】\]]", text)
    return all(word.strip() in _NAVIGATION or _FONT_SIZE.match(word) for word in words)  # 【字体：大 中 小】【打印】


def _menu_bar(text: str) -> bool:
    """首页 | 机构概况 | 新闻中心 | 学会工作: four or more short section names between bars, or a footer's
    links (网站地图 | 联系我们 | 法律声明); 科技活动周 | 图说, two labels, is a banner."""
    parts = [part.strip() for part in re.split(r"[|｜丨]", text)]
    if not all(_MENU_ITEM.match(part) for part in parts):
        return False
    return len(parts) >= 4 or (len(parts) >= 2 and any(part in _FOOTER_LINKS for part in parts))  # 网站地图 | 联系我们


_HOME_PAGE = frozenset(["首页", "网站首页", "主页"])


def _spaced_menu(text: str) -> bool:
    """首页 政务公开 政务服务 互动交流 走进石柱: a 区县 portal's menu, its sections spaced apart after 首页
    (a headline stacked on one line opens with no 首页)."""
    parts = text.split()
    return len(parts) >= 4 and parts[0] in _HOME_PAGE and all(_MENU_ITEM.match(part) for part in parts[1:])


# 游客123：活动很有意义，希望多举办！    2021-05-24 15:20: a reader's comment, signed and dated
_COMMENT = re.compile(r"^[^\s：:]{1,20}[：:]\S.{0,300}?\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# @成都李阿姨：原来是谣言…, 小编回复：感谢关注…: a reader's message under a post's 读者留言, and the reply to it
_POST_MESSAGE = re.compile(r"^(?:[@＠][^\s：:]{1,20}|(?:小编|作者|编辑|作者小编)回复)[：:]\S")


# 游客 2023-04-18 18:32 over the comment's text on the next line: a reader's comment signed and dated
# to the minute on a line of its own (a link under 相关新闻 is dated to the day)
_COMMENT_SIGNATURE = re.compile(r"^[^\s：:，。、；;！？]{1,12}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")


def is_comment_signature(text: str) -> bool:
    """游客 2023-04-18 18:32: who commented and when, the comment's text on the line below."""
    return bool(_COMMENT_SIGNATURE.match(fold(text).strip()))


def is_comment_line(text: str) -> bool:
    """A reader's comment under a web page's 网友评论 (who, what, when) or a post's 读者留言 (@who: what)."""
    return bool(_COMMENT.match(text) or _POST_MESSAGE.match(text))

# …and its 原创 label on a line of its own under the title: 原创 叙永科协 (the account), 原创 王丽 叙永科协
# (groups numbered as the head's: 2 the author, 3 the account)
_ORIGINAL_WORD = r"[^\s\d，。、：:；;！？!?（）()《》“”]"
_ORIGINAL_LABEL = re.compile(rf"^(原创)\s+(?:({_ORIGINAL_WORD}{{2,20}})\s+)?({_ORIGINAL_WORD}{{2,24}})$")


def web_info_fields(text: str) -> dict[str, str]:
    """The labelled fields of a web page's info line, values as printed: {'来源': '九龙坡区科协', …}."""
    key = fold(text).replace("【", " ").replace("】", " ")  # 【发布时间：2021-03-05】【来源：南岸区科协】
    fields = {m.group(1): text[m.start(2) : m.end(2)] for m in _WEB_INFO_FIELD.finditer(key) if m.group(2)}
    dated = _dated_fields(key)  # 2021年05月31日08:25 | 来源：…: the date has no label
    if dated:
        fields.setdefault("日期", dated.group(2))
        if dated.group(1):
            fields.setdefault("站点", text[dated.start(1) : dated.end(1)])
    return fields


def web_info_date(text: str) -> dt.date | None:
    """The date of a web page's info line, also with its clock run on (2021年03月05日10:21)."""
    fields = web_info_fields(text)
    when = next((fields[k] for k in ("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期") if k in fields), "")
    if not when:
        published = _PUBLISHED_AT.match(fold(text))
        when = re.split("[:：]", published.group(0), maxsplit=1)[1] if published else ""
    match = _LEADING_DATE.search(fold(when))
    return parse_iso_date(match.group(0)) if match else None


def _dated_fields(text: str) -> re.Match | None:
    """A dated line of fields whose date is real (a site's name before it holds no digit)."""
    match = _DATED_FIELDS.match(text)
    return match if match and parse_iso_date(match.group(2)) else None


def _head_site_and_date(text: str) -> tuple[str | None, str | None]:
    """The site and the date (as printed) of a line meta_line_kind calls 'site_date'."""
    match = _site_date(fold(text)) or _PRINT_EDITION.match(fold(text))
    if match:
        return (text[match.start(1) : match.end(1)] if match.group(1) else None), match.group(2)
    if issue := _ISSUE_HEAD.match(fold(text)):
        return text[issue.start(1) : issue.end(1)], None  # the issue gives a year, not a day
    if match := _WECHAT_HEAD.match(fold(text)):
        return text[match.start(3) : match.end(3)], match.group(4)
    match = _ORIGINAL_LABEL.match(fold(text))
    return text[match.start(3) : match.end(3)], None


def head_date(text: str) -> dt.date | None:
    """The day a page head or a post's head line prints (四川科技报 2023年1月4日 第2版: 2023-01-04)."""
    date = _head_site_and_date(text)[1]
    return parse_iso_date(date) if date else None


def _source_and_date(text: str) -> tuple[str, dt.date | None]:
    """The source a line meta_line_kind calls 'source' names, and the day printed after it
    (来源：人民网-四川频道  2021年05月31日08:25)."""
    match = _SOURCE.match(fold(text))
    group = 1 if match.group(1) else 2
    source = text[match.start(group) : match.end(group)].strip()
    dated = _TRAILING_DATE.search(fold(source))
    if dated and dated.start() > 0:
        return source[: dated.start()].strip(), parse_iso_date(dated.group(1))
    return source, None


def labelled_source(text: str) -> str | None:
    """来源：叙永县科协 under a post's text: the body the story came from, which closes it (not 以下文章来源于 X
    or 转自 X, which a reposted post prints over its headline, nor a science post's producer, 出品：X)."""
    match = _SOURCE.match(fold(text))
    if match is None or not match.group(1) or fold(text).startswith("出品"):
        return None
    return _source_and_date(text)[0]


def record_meta_line(meta: PageMeta, kind: str, text: str) -> None:
    """Store one metadata line in ``meta`` (the line itself goes to source_lines)."""
    meta.source_lines.append(text)
    if kind == "site_date":
        site, date = _head_site_and_date(text)
        meta.site = meta.site or site
        meta.page_date = meta.page_date or (parse_iso_date(date) if date else None)
    elif kind == "web_info":
        meta.page_date = meta.page_date or web_info_date(text)
        fields = web_info_fields(text)
        meta.site = meta.site or fields.get("站点")
        if meta.source is None and fields.get("来源"):
            meta.source = fields["来源"]
    elif kind == "source" and meta.source is None:
        meta.source, date = _source_and_date(text)
        meta.page_date = meta.page_date or date
    elif kind == "url" and meta.original_url is None:
        match = _URL.match(fold(text))
        meta.original_url = text[match.start(1) : match.end(1)]
    elif kind == "co_organizers":
        meta.co_organizers.extend(co_organizer_names(text))
    elif kind == "banner":
        meta.banners.append(text)
    elif kind == "navigation" and (breadcrumb := _BREADCRUMB.match(fold(text))) and breadcrumb.group(1):
        meta.site = meta.site or text[breadcrumb.start(1) : breadcrumb.end(1)]  # 资阳科协网 before 首页 > …
        meta.boilerplate.append(text)
    else:
        meta.boilerplate.append(text)


def co_organizer_names(text: str) -> list[str]:
    """The organizations of a co-organizer list, without the label and its remark (or a sponsor line's)."""
    sponsors = _SPONSORS.match(fold(text))
    if sponsors:
        return [name for name in re.split(r"[、，,和与及]", text[sponsors.start(1) : sponsors.end(1)]) if len(name) >= 2]
    text = re.sub(r"[（(][^（）()]*[）)]", " ", text)
    text = _CO_ORGANIZERS.sub(" ", text)
    names = []
    for token in re.split(r"[\s、，,；;]+", text):
        token = token.strip("-•●·:：")
        if len(token) >= 2:
            names.append(token)
    return names


# What a co-organizer list's names end with: the bodies that co-organize a page
_BODY_ENDINGS = ("科协", "科学技术协会", "学会", "协会", "研究会", "联合会", "大学", "学院", "医院", "公司", "中心", "局", "委")


def continues_co_organizers(text: str) -> bool:
    """成都市科协、自贡市科协、攀枝花市科协、 under 本版协办单位：: a line of bodies' names only, no
    sentence, which goes on with the list above it."""
    if "。" in text or len(text) > 200:
        return False
    names = co_organizer_names(text)
    return bool(names) and all(name.endswith(_BODY_ENDINGS) for name in names)


# The central dailies (and any paper named 中国…): national papers, no province's pages
_NATIONAL_PAPERS = (
    "中国", "人民日报", "光明日报", "经济日报", "科技日报", "解放军报", "工人日报", "农民日报", "法治日报",
    "新华每日电讯", "学习时报", "求是",
)


def infer_province(text: str, site: str | None = None) -> str | None:
    """'500000' for a 重庆 page, '510000' for a 四川 page, None when the evidence is unclear.

    A paper or site named for a place of either province (重庆科技报, 四川科协, 攀枝花日报, 巫山发布) is
    that province's page whatever its text names: a 重庆 paper's story of a 川渝 meeting names more of
    四川's places. A central daily's page (人民日报, 科技日报) is no province's. Any other page is the province whose places its text names far more often."""
    if site and (province := _province_named_first(fold(site))):
        return province
    if site and fold(site).startswith(_NATIONAL_PAPERS):
        return None  # a central daily's page: each story's province is its own (科技日报's 宁波江北区)
    chongqing = len(_CHONGQING.findall(text))
    sichuan = len(_SICHUAN.findall(text))
    if chongqing >= 3 and chongqing >= 1.5 * sichuan:
        return "500000"
    if sichuan >= 3 and sichuan >= 1.5 * chongqing:
        return "510000"
    return None


def _province_named_first(name: str) -> str | None:
    """The province whose place a paper's or site's name opens with: 重庆科技报, 渝北发布 → '500000';
    四川科技报, 川报观察, 攀枝花日报 → '510000'."""
    if name.startswith(("重庆", "渝")) or _CHONGQING.match(name):
        return "500000"
    if name.startswith(("四川", "川")) or _SICHUAN.match(name):
        return "510000"
    return None


_EDITOR_LINE = re.compile(rf"^(?:{_EDITOR_ROLES})(?:\s*[:：丨|｜]|\s)")
_CJK_AFTER = re.compile(r"[\u4e00-\u9fff·]")
_EDITOR_TOKEN = re.compile(rf"({_EDITOR_ROLES})(?:\s*[:：丨|｜]|\s)|([\u4e00-\u9fff·]{{2,4}})|[、，,\s]+|(.)")


def names_page_editors(text: str) -> bool:
    """责任编辑：张晓  美术编辑：黄蓉, 编辑 / 王丽   美编 / 刘洋: a line of the page's furniture naming its editors."""
    return bool(_EDITOR_LINE.match(fold(text))) and meta_line_kind(text) == "boilerplate"


def _credit_lines(meta: PageMeta):
    """The footer lines that may credit the page's editors, and the editors at the end of its head."""
    for line in meta.boilerplate:
        yield line[1:-1] if _BRACKETED.match(line) else line  # 【责任编辑：刘小明】
    for line in meta.source_lines:  # every meta line, in page order
        head = _site_date(fold(line)) or page_head(fold(line))
        if head and head.group("editors"):  # 2021年1月8日 星期五 第2版 科协动态 责任编辑：王丽 美编：李明
            yield line[head.start("editors") :].strip()


def page_editors(meta: PageMeta) -> list[Byline]:
    """The page's editors from its footer lines (责任编辑：X 版式：Y, 编辑 X 校对 Y) and a post's info line
    (编辑：X), role editor, as printed."""
    editors: list[Byline] = []
    for line in _credit_lines(meta):
        key = fold(line)
        if not _EDITOR_LINE.match(key):
            continue
        for match in _EDITOR_TOKEN.finditer(key):
            if match.group(3):
                break  # anything but roles and names: not a credit line after all
            if match.group(2):
                text = line[match.start(2) : match.end(2)]
                if _CJK_AFTER.match(key, match.end(2)) or not may_start_a_name(match.group(2)):
                    break  # 审核：李华 四川大学华西医院 主任医师: the names end where an affiliation begins
                name = Byline(EDITOR, text)
                if name not in editors:
                    editors.append(name)
    for line in meta.source_lines:  # 来源：城口县融媒体中心 | 记者：陈华 | 编辑：李娜: a post's info line
        if "编辑" in line and meta_line_kind(line) == "web_info":
            for name in (parse_names(web_info_fields(line).get("编辑", "")) or []):
                if (editor := Byline(EDITOR, name)) not in editors:
                    editors.append(editor)
    return editors
