"""The shapes of lists, tables and fields: a numbered line and its numbering (3.王刚, 二、…, （三）…, ③…),
a numbered sub-heading's short text, a table's row of spaced cells, a field (时间：…, 指导教师：黄海 林峰,
Keywords: …), an award list's grade, a reference list's entry, a CV's or a timeline's dated entry and a
sidebar's line of figures.

Each is printed on a line of its own: these tests keep such lines from being joined to the next or
taken for headlines, and tell a list's items from the sub-headings of a story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import cn_number
from .shapes import BODY_ENDS, INNER_STOPS, LIST_ITEM, ends_sentence, visible_length
from .shapes_turns import opens_a_turn
from .surnames import has_surname

_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")
# | 1 | 自贡恐龙博物馆 | 自贡市科协 |: a table copied with its rules, cells between bars
_BAR = re.compile(r"[|｜]")


# 时间：…, 联系电话：…; 名　称：…, 地  址：… (a two-character label spaced to the width of four)
_FIELD_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff][\u3000 ]{1,4}[\u4e00-\u9fff])[：:]\S")


_REFERENCE_ENTRY = re.compile(r"^\s*[\[［]\d{1,3}[\]］]\s*\S")


def is_reference_entry(text: str) -> bool:
    """[1]中国疾病预防控制中心.中国流感疫苗预防接种技术指南[J].…: an entry of a reference list, whose
    marks follow the citation standard (GB/T 7714), not prose's."""
    return text[:1] in "[［ " and bool(_REFERENCE_ENTRY.match(text))


def is_field_line(text: str) -> bool:
    """时间：2024年1月20日, 地点：重庆科技馆, 主讲人：李明: a notice's field, a line of its own.

    A short label, then a value with no clause in it: 会议指出：要加强组织，推动… is a sentence.
    """
    return len(text) <= 50 and bool(_FIELD_LINE.match(text)) and not INNER_STOPS.search(text)


# a telephone number: 028-86123456, 023－6371××××, 13812345678 (a copy may mask its digits with ×)
_PHONE_NUMBER = re.compile(r"(?<!\d)(?:0\d{2,3}\s*[-－—]\s*[\d×*xX]{7,8}|1[3-9]\d{9})(?![\d×])")


def is_contact_field(text: str) -> bool:
    """联系人：赵明 028-86××××××, 咨询电话：023-63711234: a notice's contact, a field with a phone number."""
    return is_field_line(text) and bool(_PHONE_NUMBER.search(text))


def is_names_field(text: str) -> bool:
    """指导教师：黄海 林峰, 获奖者：王小明、李思思: a field whose value is people's names only (a list's line)."""
    if not is_field_line(text):
        return False
    names = _NAME_SEPARATORS.split(re.split(r"[：:]", text, maxsplit=1)[-1].strip())
    return all(2 <= len(name) <= 4 and has_surname(name) for name in names)


_NAME_SEPARATORS = re.compile(r"[\s、，,]+")


def opens_with_label(text: str) -> bool:
    """报名方式：扫描二维码报名，名额有限。: a field's label opens the line, whatever its value says."""
    return bool(_FIELD_LINE.match(text))


def ends_a_field_run(paragraphs: list[str]) -> bool:
    """…活动地点：重庆科技馆 / 参加对象：四至八年级学生，限额60名: the last paragraph is a field, by its shape
    or as the last of a run of labelled lines (a field's value may run to a second clause, 额满即止; a
    sentence's stop makes it a rule's text: 答题规则：扫码答题。本期活动截至9月30日。)."""
    if not paragraphs:
        return False
    last = paragraphs[-1]
    if is_field_line(last):
        return True
    return len(paragraphs) > 1 and is_clause_field(last) and opens_with_label(paragraphs[-2])


def is_clause_field(text: str) -> bool:
    """参加对象：四至八年级学生，限额60名, 报名方式：扫码报名，额满即止: a label and a value of clauses joined by
    commas, no sentence (答题规则：扫码答题。本期活动截至9月30日。 is a rule's text)."""
    return len(text) <= 50 and opens_with_label(text) and not _SENTENCE_STOPS.search(text)


_SENTENCE_STOPS = re.compile(r"[。；;！？!?]")


# 一等奖, 优秀奖, 金奖 (5名): the grade an award list prints over its winners
_AWARD_GRADE = re.compile(
    r"^(?:[一二三四五六七八九十]等奖|特等奖|优秀奖|优胜奖|鼓励奖|入围奖|提名奖|[金银铜]奖)"
    r"\s*(?:[（(][0-9一二三四五六七八九十]+\s*[名个项件人队][）)])?$"
)


def is_award_grade(text: str) -> bool:
    """一等奖, 二等奖（3名）, 金奖: an award list's grade alone on its line, over that grade's winners."""
    return len(text) <= 12 and bool(_AWARD_GRADE.match(text.strip()))


# 最佳创意奖, 特等奖作品, 科普创作一等奖获得者: an award named alone on its line (a grade, or 最佳…奖),
# maybe with what won it; the line a winners list or a story prints over the winner
_AWARD_LABEL = re.compile(
    r"^(?:最佳[\u4e00-\u9fff]{1,6}奖|[\u4e00-\u9fff]{0,8}(?:[一二三四五六七八九十特]等奖|优秀奖|优胜奖|鼓励奖|[金银铜]奖))"
    r"(?:作品|获得者|获奖者)?$"
)


def is_award_label(text: str) -> bool:
    """最佳创意奖, 特等奖作品, 一等奖（3名）: an award's name over its winners, never an essay's title."""
    return is_award_grade(text) or (len(text.strip()) <= 16 and bool(_AWARD_LABEL.match(text.strip())))


# 小学组, 初中组（12项）, 青少年组: a contest's category, which a winners list prints over its entries
_CONTEST_GROUP = re.compile(r"^[\u4e00-\u9fff]{1,5}组\s*(?:[（(][0-9一二三四五六七八九十]+\s*[名个项件人队][）)])?$")


def is_contest_group(text: str) -> bool:
    """小学组, 高中组（8名）: a winners list's category alone on its line, over that category's rows."""
    return bool(_CONTEST_GROUP.match(text.strip()))


# 9:00—9:20  开幕式, 14:00-16:30 第二组选手比赛: a time slot, then what happens in it; or its start alone, set
# off by a space (17:30 闭幕)
_TIME_SLOT = re.compile(r"^\d{1,2}[:：]\d{2}(?:\s*[—–~～\-至到]+\s*\d{1,2}[:：]\d{2}\s*|\s+)[^\s\d]")


def is_time_slot(text: str) -> bool:
    """9:00—9:20  开幕式, 17:30 闭幕: a timetable's row (an agenda, a programme), a line of its own, never a
    headline."""
    return len(text) <= 40 and bool(_TIME_SLOT.match(text.strip()))


# 09:40-10:20 主旨报告二 …, 17:30 闭幕: a clock time or span opening a line, set off from what happens then
_CLOCK_ROW = re.compile(r"^\d{1,2}[:：]\d{2}(?:\s*[—–~～\-至到]+\s*\d{1,2}[:：]\d{2}\s*|\s+)[^\s\d:：，,。]")


def opens_at_a_clock_time(text: str) -> bool:
    """09:00-09:40 主旨报告一 … 报告人：刘立平 总建筑师, 17:30 闭幕: a line an agenda's row opens, however long
    (a sentence about a time writes 9时30分 or puts a comma after it: 9:30，会议开始)."""
    return text[:1].isdigit() and bool(_CLOCK_ROW.match(text))


# 重庆理工大学教授李明华：《新能源汽车关键零部件精密成形技术》: who spoke, a colon, and the talk's title closing
# the line (a paper's, a work's): an entry of a keynote or papers list
_TITLED_ENTRY = re.compile(r"^[^，,。；;：:《》“”]{2,40}[：:]\s*《[^《》]{1,60}》$")


def is_titled_entry(text: str) -> bool:
    """王建国：《高端装备智能制造的机遇与挑战》: a list's entry, whole at its title's closing 》."""
    return text.endswith("》") and bool(_TITLED_ENTRY.match(text))


# 主  席, 副主席（按姓氏笔画排序）, 常委: an office over the names of those who hold it, in a list of officers
_OFFICE_LABEL = re.compile(
    r"^(?:常务)?副?(?:主席|主任|会长|理事长|秘书长|书记|委员|常委|理事|监事长|监事)(?:[（(][^）)]{1,12}[）)])?[：:]?$"
)
# 市科协第九届委员会主席、副主席名单, …名单（按姓氏笔画排序）: a list's title
_LIST_TITLE = re.compile(r"名单(?:[（(][^）)]{1,12}[）)])?$")


def is_office_label(text: str) -> bool:
    """主  席 (spread to the width of three), 副主席（按姓氏笔画排序）: a list's label over the names of those
    holding that office, never a headline nor a 副题."""
    return len(text) <= 20 and bool(_OFFICE_LABEL.match("".join(text.split())))


def is_list_title(text: str) -> bool:
    """…主席、副主席名单: the title of a list printed inside a story."""
    return bool(_LIST_TITLE.search(text))


_CELL_LENGTH = 10
_CELL_MARK = re.compile(r"[，。、；：！？,;:!?“”（）()]")


def is_cell(text: str) -> bool:
    """学会名称, 得分, 96.5, 良好: a few characters with no mark, as a table copied one cell per line prints them
    (a line of such a run is no sub-heading, and no sentence's lost start)."""
    return 0 < visible_length(text) <= _CELL_LENGTH and not _CELL_MARK.search(text)


def is_labelled_list(text: str) -> bool:
    """二等奖：陈晨（渝北区科协）、赵雪（涪陵区科技馆）、…: a label, then its list (、 between the members, no
    clause), however long; a line of its own, as the shorter field lines are."""
    return opens_with_label(text) and "、" in text and not INNER_STOPS.search(text)


def spaced_cells(text: str) -> int:
    """How many cells tabs, runs of spaces or an ideographic space set apart on the line (1: none)."""
    return len([cell for cell in _CELL_GAP.split(text.strip()) if cell.strip()])


@lru_cache(maxsize=1024)
def is_table_row(text: str) -> bool:
    """A row of cells set apart by tabs, runs of spaces or an ideographic space (　), as a table or a
    list of names is copied:
    学术交流活动\t126场\t12.5%, 渝中区科协  江北区科协  沙坪坝区科协  九龙坡区科协, 张  伟  渝中区科协.

    Such a row is printed on a line of its own: never a headline, never joined to the next line.
    Three cells spaced apart may be a headline's phrases (聚焦科普  服务群众  助力发展), so
    without a tab it takes four cells, or three with a figure or a name spaced to two characters' width,
    or cells that each name a body (a phrase with a number in it, 表彰100名科技工作者, is a headline's).
    Cells between bars (| 1 | 自贡恐龙博物馆 | 自贡市科协 |) make a row with three bars, or two that close
    the line at both ends (one bar divides a banner: 地方动态 | DI FANG).
    """
    if _barred_row(text):
        return True
    if "\t" not in text and "  " not in text and "\u3000" not in text:
        return _single_spaced_row(text) or _row_of_names(text)
    cells = [cell for cell in _CELL_GAP.split(text) if cell.strip()]
    if len(cells) < 2:
        return False
    if "\t" in text.strip() or len(cells) >= 4:
        return True
    if all(cell.strip().endswith(BODY_ENDS) for cell in cells):
        return True  # 永川区科协  荣昌区科协: a list of bodies' names, two or three a row
    if len(cells) == 2 and _FIGURE_CELL.match(cells[1].strip()) and _BARE_WORDS.match(cells[0].strip()):
        return True  # 资阳市医学会    3万元, 渝北区    96.5: a name and its figure
    return len(cells) == 3 and any(len(cell.strip()) == 1 or _FIGURE_CELL.match(cell.strip()) for cell in cells)


# A table's figure: a number with a unit or a word or two around it (126场, 12.5%, 2023年, 第3名, 共12人)
_FIGURE_CELL = re.compile(r"^\D{0,2}\d[\d.,，%％‰]*\D{0,3}$")
# A row's first cell that names what the figure counts: words alone, no mark nor figure (资阳市医学会)
_BARE_WORDS = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}$")


def _single_spaced_row(text: str) -> bool:
    """展览策划 2 硕士研究生及以上 科学技术史、物理学 35周岁以下: a PDF table's row copied with one space between
    its cells. Four cells or more, each a word of two characters or more or a bare count, one count after the
    first cell, and no clause (a headline's phrases carry no bare count). A row led by its number (1 四川省农学会
    杨思远 四川农业大学 川西高原青稞抗逆育种研究, a 公示's table) takes four words after it: a numbered heading
    spaces out three phrases at most (1 聚焦科普 服务群众 助力发展)."""
    cells = text.split(" ")
    if len(cells) < _LEAST_SINGLE_SPACED or _CLAUSE_MARK.search(text):
        return False
    counts = sum(1 for cell in cells[1:] if _BARE_COUNT.match(cell))
    words = sum(1 for cell in cells if len(_HAN.findall(cell)) >= 2)
    if _BARE_COUNT.match(cells[0]) and words >= _LEAST_WORDS_AFTER_ROW_NUMBER:
        return 1 + counts + words == len(cells)
    return counts >= 1 and counts + words == len(cells)


def _row_of_names(text: str) -> bool:
    """王建国 李秀英 张卫东 刘海燕 陈志强 杨丽华 赵文斌 黄晓梅: persons' names one space apart, more than a byline
    ever holds (张亚飞 蓝倩 王琳琳): a row of a 表彰 or 公示 name list, which takes no closing stop."""
    names = text.split(" ")
    return len(names) > _MOST_BYLINE_NAMES and all(_PERSONS_NAME.fullmatch(name) and has_surname(name) for name in names)


_MOST_BYLINE_NAMES = 6  # as parse_names reads a bare name line
_PERSONS_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LEAST_SINGLE_SPACED = 4
_LEAST_WORDS_AFTER_ROW_NUMBER = 4
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?]")
_BARE_COUNT = re.compile(r"^\d{1,4}(?:\.\d+)?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def is_table_header(text: str, following: str) -> bool:
    """重庆方        四川方 over 潼南区科协    遂宁市科协: a line of as many spaced cells as the table row under
    it is the table's header row (two or three words spaced apart alone read as a slogan or a heading); so is
    岗位名称 招聘人数 学历 专业 其他条件 over a row of as many cells copied one space apart."""
    if _single_spaced_row(following):
        cells = text.split(" ")
        return len(cells) == len(following.split(" ")) and all(len(_HAN.findall(cell)) >= 2 for cell in cells) and not _CLAUSE_MARK.search(text)
    return spaced_cells(text) >= 2 and is_table_row(following) and spaced_cells(text) == spaced_cells(following)


def is_table_note(text: str) -> bool:
    """数据来源：重庆市科协学会学术部, 注：…, 单位：万元: the note a table prints under its rows, on where its
    figures come from or what they count; it closes the table, it heads nothing."""
    return bool(_TABLE_NOTE.match(text))


_TABLE_NOTE = re.compile(r"^(?:数据来源|资料来源|数据|来源|单位|注|说明|备注)\s*[：:]\S")


def _barred_row(text: str) -> bool:
    """| 序号 | 单位名称 |, 1 | 自贡恐龙博物馆 | 自贡市科协: cells between bars, a table's row."""
    bars = len(_BAR.findall(text))
    if bars < 2:
        return False
    stripped = text.strip()
    cells = [cell for cell in _BAR.split(stripped) if cell.strip()]
    bounded = _BAR.match(stripped) is not None and _BAR.match(stripped[-1]) is not None
    return len(cells) >= 2 and (bars >= 3 or bounded)


# Abstract:, Key words:, Keywords: — an English field's label (a bilingual paper's English version)
_LATIN_LABEL = re.compile(r"^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15}){0,2}\s*[:：]\s*\S")
# 关键词：…；…, Keywords: …; …: a paper's keywords, a list that takes no closing stop
_KEYWORD_LIST = re.compile(r"^(?:关键词|关键字|主题词|key\s?words?)\s*[：:]", re.IGNORECASE)


def opens_with_latin_label(text: str) -> bool:
    """Abstract: This report analyzes…: an English field's label opens the line."""
    return bool(_LATIN_LABEL.match(text))


# 摘 要：…, 基金项目：…, 中图分类号：…, Abstract: …: the labels of a paper's front matter, each part a line of its own
_PAPER_FIELD = re.compile(
    r"^(?:摘\s*要|关\s*键\s*词|关键字|基金项目|中图分类号|文献标识码|文章编号|作者简介|收稿日期|通信作者|通讯作者|DOI"
    r"|Abstract|Key\s?words?)\s*[：:]",
    re.IGNORECASE,
)
# 中图分类号：S436.66 文献标识码：A 文章编号：…: a paper's catalogue line, codes that take no closing stop
_CATALOGUE_LINE = re.compile(r"^(?:中图分类号|文献标识码|文章编号|DOI)\s*[：:]", re.IGNORECASE)
# 张建国1，李红梅2, 王 芳1,2*: a paper's authors, each marked with the number of the affiliation under them
_NUMBERED_AUTHORS = re.compile(r"^(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}[0-9]{1,2}(?:,[0-9]{1,2})*\*?(?:[，,、]\s*|\s+|$)){1,10}$")


def opens_a_paper_field(text: str) -> bool:
    """摘 要：为明确…, Key words: …, 基金项目：…: a part of a paper's front matter opens the line."""
    return bool(_PAPER_FIELD.match(text.strip()))


def is_catalogue_line(text: str) -> bool:
    """中图分类号：S436.66 文献标识码：A: a paper's catalogue codes, a line with no closing stop."""
    return bool(_CATALOGUE_LINE.match(text.strip()))


def numbered_authors(text: str) -> list[str] | None:
    """张建国1，李红梅2: a paper's authors marked with their affiliations' numbers; the names, else None."""
    if not _NUMBERED_AUTHORS.match(text.strip()):
        return None
    names = re.findall(r"[\u4e00-\u9fff]{2,4}", re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text))
    return names if all(has_surname(name) for name in names) else None


def is_keyword_list(text: str) -> bool:
    """关键词：科技社团；协同发展, Keywords: …; …: a paper's keywords, with no closing stop."""
    return bool(_KEYWORD_LIST.match(text))


_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[、．.](?![0-9０-９]))"
)


_NEXT_NUMBER = re.compile(r"\s[0-9]{1,2}[.．、]")  # the next item of a list on the same line


def list_number(text: str) -> tuple[str, int] | None:
    """The numbering a line opens with, as (style, number): 3.王刚 → ("1.", 3), 二、… → ("一、", 2),
    （三）… → ("（一）", 3); None for an unnumbered line. Styles tell one list from another."""
    match = _NUMBERED_HEADING.match(text)
    if not match:
        return None
    marker = match.group(0)
    number = "".join(ch for ch in marker if ch.isdigit() or ch in "一二三四五六七八九十")
    style = "1." if number.isdigit() else "（一）" if marker[0] in "（(" else "一、"
    return style, cn_number(number)


def follows_an_unstopped_item(before: str, item: str) -> bool:
    """1、…教授张立实：川渝地区居民营养状况调查 over 2、…主任陈霞：临床营养支持的规范化路径: ``item`` is the next
    item of the numbered list ``before`` is an item of, and ``before`` ended with no stop; the list prints its
    items without one, so the item's missing 。 is no sign of a break, and the text under it no rest of it."""
    number, previous = list_number(item), list_number(before)
    return number is not None and previous is not None and number == (previous[0], previous[1] + 1) and not ends_sentence(before)


def without_list_number(text: str) -> str:
    """报送方式：… for 二、报送方式：…: the line after the numbering it opens with (the line itself if none)."""
    match = _NUMBERED_HEADING.match(text)
    return text[match.end() :].lstrip() if match else text


CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def is_listed(text: str) -> bool:
    """③科普知识有奖问答, 3.科学实验秀, 二、…: an item of a numbered list (no picture's title)."""
    return text[:1] in CIRCLED_DIGITS or list_number(text) is not None


def is_numbered_heading(text: str, *, longest: int = 24) -> bool:
    """一、搭建服务平台 / （一）选好苗子 / 1.加强组织 / 一、不慎落水怎么办？: a numbered sub-heading,
    short and unpunctuated but for the question mark a science piece's headings end with."""
    match = _NUMBERED_HEADING.match(text)
    if not match:
        return False
    rest = text[match.end() :].strip().removesuffix("？").removesuffix("?")
    if not 2 <= visible_length(rest) <= longest or ends_sentence(rest) or _NEXT_NUMBER.search(rest):
        return False  # (1.〇 2.× 3.〇: a key of answers, its items on one line)
    if opens_a_turn(rest):
        return False  # 1. 问：流感疫苗每年都要打吗？ over 答：…: a Q&A column's numbered question, a turn of its text
    phrases = re.split(r"[，,]", rest)  # 一、坚持党建引领，政治底色更加鲜明: two phrases, one comma
    return (
        len(phrases) <= 2
        and all(visible_length(phrase) >= 2 for phrase in phrases)
        and not re.search(r"[。；;]", rest)
    )


# 3月5日, 2023年3月5日, 09:30 alone on a line: a timeline's entry (大事记, a live report) over its text
# …behind a mark too (▶7月8日 over its day's news in a weekly digest)
_TIME_MARK = re.compile(r"^(?:[▶►▷■□●○◆◇★☆]\s*)?(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年|\d{1,2}[:：]\d{2})$")


# 1990年 获…, 1990—1994年 就读于…, 2005.09 任…: a year (or a span of years) opening a CV's entry, set off by a
# space or a colon (2021年3月，… opens prose)
_YEAR = r"(?:19|20)\d{2}(?:年\d{1,2}月|年|\.\d{1,2})?"
# (2022 年底 is a PDF's spaced year in a sentence, not an entry)
_YEAR_ENTRY = re.compile(rf"^{_YEAR}(?:\s*[—–~\-至]+\s*(?:{_YEAR}|今))?(?:\s+|\s*[：:]\s*)(?=[^\s年月日号底初末])")


def is_year_entry(text: str) -> bool:
    """1963年 出生于重庆市合川县, 1990—1994年 就读于西南农业大学: an entry of a year-by-year CV (简历)."""
    return text[:2] in ("19", "20") and bool(_YEAR_ENTRY.match(text))


def is_time_mark(text: str) -> bool:
    """A date or a clock time and nothing else, maybe behind a mark (\\d takes full-width digits too)."""
    return len(text) <= 12 and bool(_TIME_MARK.match(text.strip()))


def is_list_item(text: str) -> bool:
    """１、… or 一、…: a numbered line."""
    return bool(LIST_ITEM.match(text))


# 120个 建成科普示范基地, 2万人次 培训农民, 12亿元：带动农民增收: a figure and what it counts, a line of a 数读
# sidebar (a date's 2023年： heads a year's entry, 10:30：开幕式 is a time)
_FIGURE_LINE = re.compile(
    r"^\d[\d.,]*\s*(?:余|多)?\s*[万亿千百]?"
    r"(?:[^\s\d，,。：:]{0,3}\s+|(?![年月日号])[^\s\d，,。：:]{0,3}\s*[：:]\s*(?=[^\d\s]))[^\s，,。]{2,20}$"
)
# 建站数量：36个, 推广面积：100万亩: what it counts, a colon, the figure (the same line the other way round)
_LABELLED_FIGURE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*\d[\d.,]*\s*(?:余|多)?\s*[万亿千百]?[^\s\d，,。；;：:]{0,3}$")


def is_figure_line(text: str) -> bool:
    """A figure and what it counts, either way round: one line of a sidebar's list of figures."""
    if text[:1].isdigit():
        return bool(_FIGURE_LINE.match(text))
    return bool(_LABELLED_FIGURE.match(text))


# 1号作品, 3号选手, 12号候选人, NO.5: a vote's or a contest's numbered entry, on a line of its own
_ENTRY_LABEL = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*号\s*(?:作品|选手|候选人|参赛者|参赛作品|项目)$|^NO\.\s?\d{1,3}$", re.I)
_WORK_TITLE = re.compile(r"^《[^《》]{1,40}》$")


def in_numbered_entry(texts: list[str], index: int) -> bool:
    """1号作品 over 《柑橘黄龙病的识别与防控》 over 作者：江津区农业技术推广中心 刘强: the line at ``index`` is a
    line of a vote's numbered entry (its number, its work's title, its fields), a list, no headline and no
    byline of a story."""
    text = texts[index]
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if _ENTRY_LABEL.match(text):
        return bool(_WORK_TITLE.match(following) or opens_with_label(following))
    label_above = index >= 1 and _ENTRY_LABEL.match(texts[index - 1])
    if label_above and (_WORK_TITLE.match(text) or opens_with_label(text)):
        return True
    return (
        index >= 2
        and bool(_ENTRY_LABEL.match(texts[index - 2]))
        and bool(_WORK_TITLE.match(texts[index - 1]))
        and opens_with_label(text)
    )


def is_bare_figure(text: str) -> bool:
    """3800余场, 16.23%, 120件: a figure alone with its unit, as a post's figure card or a table's cell prints
    it; a figure heads no section (a year, 2024年, may head a chronicle's entries)."""
    return bool(_BARE_FIGURE.match(text))


_BARE_FIGURE = re.compile(r"^[+-−]?\d[\d,.]*(?:余|多)?(?:[%％‰]|[\u4e00-\u9fff]{1,3}(?<![年月日号时]))?$")
