"""Page heads and post heads: the line that prints a page's site (or paper) and date, a WeChat post's
account line, a periodical's issue, a paper's archive edition line.

``meta_line_kind`` calls these 'site_date'; ``head_date`` and ``wechat_head`` read the day and the account
that the assembler dates and credits stories by.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .dates import CN_DATE_TEXT, ROC_DATE_TEXT, cn_number, parse_iso_date
from .lines import fold
from .shapes_furniture import DATED_HEAD_EDITORS as _HEAD_EDITORS
from .shapes_furniture import EDITOR_ROLES as _EDITOR_ROLES
from .shapes_furniture import is_paper_name
from .shapes_notices import is_issuer
from .surnames import has_surname

DATE_TEXT = rf"(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|{CN_DATE_TEXT}|{ROC_DATE_TEXT})"  # 113年7月22日: 民国 years
# A page head's separators between its parts: 2023年12月8日 星期五 ◆ 第3版 ◆ 科协视窗 (│, a box-drawing bar, from PDFs)
_HEAD_SEP = r"\s*(?:[◆◇■□●○★☆|｜丨│·•]\s*)?"
# A site's name stands apart from its date (经理罗宾逊１９９７年１２月３１日 is a sentence cut at a column's edge).
NAME_SEP = r"(?:\s*[◆◇■□●○★☆|｜丨│·•]\s*|\s+)"
# The page's number and section in its head, then maybe its editors: 第2版 科协动态 责任编辑：王丽 美编：李明
_PAGE_AFTER_DATE = rf"第\s*[0-9A-Za-z一二三四五六七八九十]{{1,3}}\s*版(?:\s*[:：◆◇■□●○★☆|｜丨│·•]?\s*(?!{_EDITOR_ROLES})\S{{1,10}})?"
# A page's number with its 第 (星期五  重庆科技报  第2版: the paper's name between the weekday and its page)
_NUMBERED_PAGE = r"第\s*[0-9A-Za-z一二三四五六七八九十]{1,3}\s*版"
# A page's number printed bare: 3, A2, 3版 (A2 │ 要闻 │ 2024.05.20 星期一, 2024年6月21日 星期五  要闻  3)
_BARE_PAGE = r"[A-H]?\d{1,2}(?:\s*版)?"
# A section's name in a head: 要闻, 科普·健康 (no editor's role, no weekday)
_SECTION = rf"(?!{_EDITOR_ROLES}|星期|周[一二三四五六日天]|第)[\u4e00-\u9fff][\u4e00-\u9fff·]{{1,7}}"
WEEKDAY = r"[（(]?(?:星期|周)[一二三四五六日天][）)]?"  # 星期五, （星期五）
_AFTER_WEEKDAY = r"(?:(?<=星期[一二三四五六日天])|(?<=周[一二三四五六日天])|(?<=[）)]))"
# …or straight after the date or the issue, where the paper's name opens the line (重庆科技报 2022年9月27日 乡村振兴,
# 资阳日报 2014年6月20日 星期五 第3期 A2 综合新闻: see site_date)
_AFTER_DATE = r"(?<=[日\d期）)])"
# 农历癸卯年九月廿七 (or 辛丑年正月廿二 without 农历): a masthead's lunar date, beside the printed one or under it
_CYCLIC_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
LUNAR_DATE = (
    rf"(?:农历\s*(?:{_CYCLIC_YEAR})?|{_CYCLIC_YEAR})\s*(?:闰)?[正一二三四五六七八九十冬腊]{{1,2}}月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十)"
)
# The count of all issues after the year's: （总第1875期）, or after a space without brackets (2018年第6期 总第58期)
TOTAL_ISSUE = r"(?:\s*[（(]总第\s*\d{1,5}\s*期[）)]|\s+总第\s*\d{1,5}\s*期)"
# The issue, printed first or after the date: 第1234期, 第48期（总第1875期）
_ISSUE = rf"(?:总)?第\s*\d{{1,5}}\s*期{TOTAL_ISSUE}?"
# The number of pages that day: 今日4版, 今日十六版
_PAGE_COUNT = r"(?:今日|本期)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版"
# where a post was sent from, after its time: 四川, and 今日头条's · 四川
_POSTED_FROM = r"(?:[·•]\s*)?[^\s\d·•]{2,8}"
_SITE_DATE = re.compile(
    # 第2版 2021年3月5日 星期五: the page's number may come first; A2 │ 要闻 │ 2024.05.20: so may its section;
    # 第1234期 2009年3月18日: so may the issue
    rf"^(?:{_BARE_PAGE}{NAME_SEP}(?:{_SECTION}{NAME_SEP})?|(?:(?:第\s*[0-9一二三四五六七八九十]{{1,3}}\s*版|{_ISSUE}){_HEAD_SEP})?"
    # a WeChat post's place after its time (… 18:00 四川) on the line under the account's name; a paper's
    # section between its name and the date (重庆日报 要闻 2024年8月2日: see site_date)
    rf"(?:(\S{{2,24}}?){NAME_SEP}(?:{_SECTION}{NAME_SEP})?)?)"
    # a site's page labels its date: 甘孜州科协 发布时间：2023-06-08 (only after the site's name, see site_date)
    rf"(?:(?:发布|更新)?(?:时间|日期)\s*[:：]\s*)?"
    rf"({DATE_TEXT})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+(?P<posted>{_POSTED_FROM}))?)?"
    r"(?:\s*发布)?"  # a video's post date: 2023-07-05 发布 (B站), 2023-07-05 16:45发布
    rf"(?:{_HEAD_SEP}{WEEKDAY})?"
    rf"(?:{_HEAD_SEP}{LUNAR_DATE})?"
    rf"(?:{_HEAD_SEP}{WEEKDAY})?"  # the weekday after the lunar date
    # 第48期（总第1875期） 今日4版: the issue and the number of pages beside the date
    rf"(?:{_HEAD_SEP}{_ISSUE})?"
    rf"(?:{_HEAD_SEP}{_PAGE_COUNT})?"
    # 第2版 科协动态, or after the weekday the section, then maybe its number: 星期五  要闻  3; or its number,
    # then the section: 星期五  A2  综合新闻
    # (2023年11月7日 星期二  四川科技报  3版  市州科协, 2023年11月17日 星期五  重庆科技报  第2版: a head may
    # print the date first, the paper after it)
    rf"(?:{_HEAD_SEP}{_PAGE_AFTER_DATE}|(?:{_AFTER_WEEKDAY}|{_AFTER_DATE}){NAME_SEP}"
    rf"(?:(?P<page>{_BARE_PAGE}){NAME_SEP})?(?P<section>{_SECTION})(?P<number>{NAME_SEP}(?:{_BARE_PAGE}|{_NUMBERED_PAGE}))?"
    rf"(?:(?<=版){NAME_SEP}{_SECTION})?"
    # …or the page's bare number alone, ending a PDF's running head or foot: 重庆科技报  2024年7月8日  03
    rf"|(?:{_AFTER_WEEKDAY}|{_AFTER_DATE}){NAME_SEP}(?P<bare_page>{_BARE_PAGE})(?=$))?"
    # the editors, maybe after a bar (第4版 | 科普天地 | 责任编辑：孙明), and the desk's phone
    rf"(?:\s*发表于\s*[^\s\d]{{2,8}})?(?:\s*[|｜丨│])?{_HEAD_EDITORS}"
    r"(?:\s+(?:电话|传真)\s*[:：]\s*[\d()（）-]{5,20})?$"
)
_DATE_LABEL = re.compile(r"(?:发布|更新)?(?:时间|日期)\s*[:：]\s*$")
_OPENS_WITH_BARE_PAGE = re.compile(rf"{_BARE_PAGE}{NAME_SEP}")


def site_date(text: str) -> re.Match | None:
    """A page head's or a post's site and date line (see _SITE_DATE), ``text`` folded. A section between
    the name and the date only after a paper's name (张三 李四 2021-06-18 is two names and a date); a
    section after the weekday only after a paper's name or with the page's number beside it (a section named
    like a person, 2021年1月8日 星期五 王丽, only with the number); a section straight after the date only
    after a paper's name; a bare page number first only with the weekday after the date."""
    match = _SITE_DATE.match(text)
    if match is None:
        return None
    label = _DATE_LABEL.search(text, match.end(1) if match.group(1) else 0, match.start(2))
    if label and not (match.group(1) and _names_a_site(match.group(1))):
        return None  # 发布时间：… alone is a web page's info line, 活动 时间：… a notice's field: a head names its site
    before_date = label.start() if label else match.start(2)
    section = re.sub(NAME_SEP, "", text[match.end(1) : before_date]) if match.group(1) else ""
    if section and (not is_paper_name(match.group(1)) or _named_like_a_person(section)):
        return None
    numbered = match.group("number") or match.group("page")
    if match.group("section") and not numbered and _named_like_a_person(match.group("section")):
        return None
    names_its_paper = (match.group(1) and is_paper_name(match.group(1))) or is_paper_name(match.group("section") or "")
    if match.group("section") and not numbered and not names_its_paper:
        return None  # 2024年9月10日 星期二 报到, a schedule's or a diary's day: a head names its paper or page
    if match.group("section") and not re.search(WEEKDAY, text[match.end(2) : match.start("section")]) and not (
        match.group(1) and is_paper_name(match.group(1))
    ):
        return None  # 2024年9月10日 报到: a section straight after the date only where the paper's name opens the line
    if match.group("bare_page") and not (
        (match.group(1) and is_paper_name(match.group(1))) or re.search(WEEKDAY, text[match.end(2) :])
    ):
        return None  # 会议定于 2024年7月8日 3: a bare page number after the date only in a paper's head
    if _OPENS_WITH_BARE_PAGE.match(text) and not re.search(WEEKDAY, text[match.end(2) :]):
        return None  # 1 报名 2024年8月20日, a table's numbered row: a head's bare page number goes with a weekday
    return match


def _names_a_site(name: str) -> bool:
    """甘孜州科协, 四川科技报, 中国科协网: a body, a paper or a web site, whose pages print their posting time."""
    return is_issuer(name) or is_paper_name(name) or name.endswith(("网", "之家"))


def _named_like_a_person(section: str) -> bool:
    """王丽 where a head prints its section: a name, not a section (要闻, 综合, 科普·健康)."""
    return len(section) <= 3 and has_surname(section)


# A WeChat post's head line: 原创 王丽 四川科协 2023-05-20 09:12 发表于四川, or since 2023 the place
# after the time without 发表于 (… 2024-04-02 17:05 四川). The author is optional; without 原创 a time or
# 发表于 must follow the date, so that "张三 李四 2021-06-18" is not taken for one.
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
WECHAT_HEAD = re.compile(
    rf"^(原创\s*)?(?:([^\s\d]{{2,20}})\s+)?([^\s\d]{{2,24}})\s+({DATE_TEXT})(\s+{TIME}(?:\s+{_POSTED_FROM})?)?"
    r"(\s*发表于\s*[^\s\d]{2,8})?$"
)
# 2024-05-18 重庆自然博物馆: a post's or a site's line printing its date first, then who posted it
_DATE_FIRST_HEAD = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+([^\s\d，。、：:；;！？（）()《》“”]{2,30})$")


# 香港科學會 新聞稿, 四川省科协新闻通稿, 中華科技交流協會 活動報導: a letterhead, the issuer and what it sends out
_RELEASE_HEAD = re.compile(rf"^(\S{{2,30}}?){NAME_SEP}?(?:新闻通稿|新闻稿|通稿|活动报道|活动报导)$")


def release_head(text: str) -> re.Match | None:
    """香港科学会 新闻稿 (``text`` folded): a press release's letterhead naming its issuer, over its date and
    headline; no 引题 (a headline names no body and its kind of document alone)."""
    match = _RELEASE_HEAD.match(text) if text[-1:] in "稿道导" else None
    return match if match and is_issuer(match.group(1)) else None


def date_first_head(text: str) -> re.Match | None:
    """2024-05-18 重庆自然博物馆 (``text`` folded): the day in figures, then the body or the paper that posted
    the page (a headline prints no date in figures; 2024-05-18 报到, a schedule's day, names no body)."""
    match = _DATE_FIRST_HEAD.match(text) if text[:1].isdigit() else None
    return match if match and (is_issuer(match.group(2)) or is_paper_name(match.group(2))) else None


# 今日头条's and 百家号's info line under the account's name: 2024-09-18 10:01·泸州市科学技术协会官方账号,
# 2024-07-09 17:32 · 四川 · 巴中日报社官方账号 (when, the poster's province, the account)
PLATFORM_ACCOUNT_LINE = re.compile(
    rf"^({DATE_TEXT})\s*(?:{TIME})?\s*(?:[·・•]\s*[\u4e00-\u9fff]{{2,3}}\s*(?=[·・•]))?[·・•]?\s*([^\s·・•]{{2,30}}?)官方账号$"
)
# What a newsletter calls itself: 会讯 (an association's news), 简报, 通讯, 会刊, 快讯
_NEWSLETTER = "(?:会讯|简报|通讯|会刊|快讯)"
_NEWSLETTER_ENDS = "讯报刊"
# A periodical's head: its name and the year's issue (巴中科技 2023年第5期, 重庆科协 2021年第3期（总第215期）),
# over its first headline or printed again where a PDF's page turns
# ; a newsletter's masthead, its issuer and what it is, then the issue without its year (澳門科技協進會 會訊 第86期)
ISSUE_HEAD = re.compile(
    rf"^([^\s\d，。、：:；;！？]{{2,12}}|[^\s\d，。、：:；;！？]{{2,20}}{NAME_SEP}?{_NEWSLETTER})"
    rf"{NAME_SEP}(?:\d{{4}}\s*年\s*|(?<=[{_NEWSLETTER_ENDS}]\s))(?:总)?第\s*\d{{1,5}}\s*期{TOTAL_ISSUE}?$"
)
_ISSUE_LINE = re.compile(
    rf"^(?:(?:\d{{4}}\s*年\s*|[〔\[［(（]\d{{4}}[〕\]］)）]\s*)?(?:总)?第\s*\d{{1,5}}\s*期{TOTAL_ISSUE}?|\d{{4}}\s*年\s*\d{{1,2}}\s*月)"
    r"(?:\s+[\u4e00-\u9fff]{2,8})?$"
)


def is_issue_line(text: str) -> bool:
    """2021年第3期, 第215期（总第1234期）, 2023年12月 调查研究: a periodical's issue (and its column) on a
    line of its own, under its name."""
    return bool(_ISSUE_LINE.match(fold(text)))


# A magazine's name in 书名号 with its issue on one line: 《重庆科技》2023年第6期（总第218期）
_JOURNAL_MASTHEAD = re.compile(r"^《\s*([^《》\s]{2,12})\s*》\s*(\S.*)$")


def journal_masthead(text: str) -> str | None:
    """重庆科技 for 《重庆科技》2023年第6期: the magazine a masthead names with its issue, else None."""
    masthead = _JOURNAL_MASTHEAD.match(fold(text))
    return masthead.group(1) if masthead and is_issue_line(masthead.group(2)) else None


# A paper's archive site under each story: 《 人民日报 》（ 2022年11月16日 17 版）, the paper, its date and page.
PRINT_EDITION = re.compile(
    rf"^《\s*([^《》\s]{{2,12}})\s*》\s*[（(]\s*({DATE_TEXT})\s*(?:第\s*)?[0-9A-Za-z]{{1,3}}\s*版\s*[）)]$"
)


def wechat_head(text: str) -> tuple[str, str] | None:
    """(author, account) of a WeChat head line (原创 王丽 四川科协 2023-05-20 09:12, or its 原创 王丽 四川科协
    without the date), author possibly ''."""
    key = fold(text)
    if site_date(key):
        return None
    match = WECHAT_HEAD.match(key) or ORIGINAL_LABEL.match(key)
    if not match:
        return None
    author = text[match.start(2) : match.end(2)] if match.group(2) else ""
    return author, text[match.start(3) : match.end(3)]


# …and its 原创 label on a line of its own under the title: 原创 叙永科协 (the account), 原创 王丽 叙永科协
# (groups numbered as the head's: 2 the author, 3 the account)
_ORIGINAL_WORD = r"[^\s\d，。、：:；;！？!?（）()《》“”]"
ORIGINAL_LABEL = re.compile(rf"^(原创)\s+(?:({_ORIGINAL_WORD}{{2,20}})\s+)?({_ORIGINAL_WORD}{{2,24}})$")


# A PDF page's number in a running head without a date: 第3版, 3, A2, or the page of the file's pages (3/4)
_PAGE_MARK = rf"第\s*\d{{1,3}}\s*版|{_BARE_PAGE}|\d{{1,3}}\s*/\s*\d{{1,3}}"
_RUNNING_HEAD = re.compile(
    rf"^(?:(?P<before>{_PAGE_MARK}){NAME_SEP})?(?P<paper>[^\s\d]{{2,12}}?)(?:{NAME_SEP}(?P<after>{_PAGE_MARK}))?$"
)


def running_head(text: str) -> re.Match | None:
    """重庆科技报 3, 四川科技报 第3版, 3/4 四川科技报, or the bare 四川科技报: the paper's name as a PDF
    prints it at the top of each page, maybe with the page's number and no date (``text`` folded)."""
    head = _RUNNING_HEAD.match(text)
    return head if head and is_paper_name(head.group("paper")) else None


def numbered_running_head(text: str) -> bool:
    """A running head that prints the page's number beside the paper's name (重庆科技报 3): no headline
    or sentence is printed so; the bare name may be a story's words."""
    head = running_head(fold(text))
    return bool(head and (head.group("before") or head.group("after")))


def head_site_and_date(text: str) -> tuple[str | None, str | None]:
    """The site and the date (as printed) of a line meta_line_kind calls 'site_date'."""
    if head := running_head(fold(text)):
        return text[head.start("paper") : head.end("paper")], None  # (no date on the line)
    if match := site_date(fold(text)):
        return _paper_of(text, match), match.group(2)
    if match := PRINT_EDITION.match(fold(text)):
        return text[match.start(1) : match.end(1)], match.group(2)
    if issue := ISSUE_HEAD.match(fold(text)):
        return text[issue.start(1) : issue.end(1)], None  # the issue gives a year, not a day
    if match := WECHAT_HEAD.match(fold(text)):
        return text[match.start(3) : match.end(3)], match.group(4)
    if match := date_first_head(fold(text)):
        return text[match.start(2) : match.end(2)], match.group(1)
    if match := release_head(fold(text)):
        return text[match.start(1) : match.end(1)], None  # the date is on the line under it
    if match := PLATFORM_ACCOUNT_LINE.match(fold(text)):
        return None, match.group(1)  # the account's name (its province may be glued to it) is printed over it
    match = ORIGINAL_LABEL.match(fold(text))
    return text[match.start(3) : match.end(3)], None


# 长寿区融媒体中心, 大足融媒: a district's or county's media centre, the outlet its app's stories are
_MEDIA_CENTRE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:融媒体中心|融媒体|融媒)$")


def is_media_centre(name: str) -> bool:
    """长寿区融媒体中心, 大足融媒: a county media centre, whose app's head line names the story's outlet."""
    return bool(_MEDIA_CENTRE.match(name))


def _paper_of(text: str, match: re.Match) -> str | None:
    """The paper a page head names: before its date, or after the weekday where the date comes first
    (2023年11月7日 星期二 四川科技报: the paper, not a section); or a media centre after the time, where an
    app prints it (2024年5月21日 09:15   大足融媒: the outlet, no place it was posted from)."""
    if match.group(1):
        return text[match.start(1) : match.end(1)]
    if match.group("posted") and is_media_centre(match.group("posted")):
        return text[match.start("posted") : match.end("posted")]
    section = match.group("section")
    return text[match.start("section") : match.end("section")] if section and is_paper_name(section) else None


def head_date(text: str) -> dt.date | None:
    """The day a page head or a post's head line prints (四川科技报 2023年1月4日 第2版: 2023-01-04)."""
    date = head_site_and_date(text)[1]
    return parse_iso_date(date) if date else None


_HEAD_PAGE = re.compile(r"第\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-zＡ-Ｚ][0-9０-９]{1,2})\s*版")


def head_page(text: str) -> str | None:
    """The page number a page head prints (四川科技报 2023年1月4日 第2版, 第二版 要闻: 2), as
    ``page_key`` writes it."""
    match = _HEAD_PAGE.search(text)
    return page_key(match.group(1)) if match else None


def page_key(number: str) -> str:
    """A page's number one way however printed: 2, ２ and 二 are 2; A2 and ａ2 are A2."""
    number = unicodedata.normalize("NFKC", number).upper()
    return str(cn_number(number)) if not number.strip("一二三四五六七八九十") else number
