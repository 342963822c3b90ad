"""An item while it is being assembled, and how paragraphs are added to it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .credits_signatures import is_person_row, is_post_then_name_row, unit_and_names
from .lines import Line
from .model import (
    ARTICLE,
    PARAGRAPH,
    PHOTOGRAPHER,
    SIDEBAR,
    SUBHEADING,
    Block,
    Byline,
    Caption,
    Flag,
    Item,
    Repair,
)
from .pagemeta_boxes import is_contact_line
from .shapes import (
    BODY_ENDS,
    INNER_STOPS,
    attribution_of,
    cut_inside_an_address,
    ends_sentence,
    is_bullet,
    opens_a_new_sentence,
    stops_mid_word,
    visible_length,
)
from .shapes_credits import is_note_in_the_text
from .shapes_lists import (
    follows_an_unstopped_item,
    is_award_grade,
    is_bare_figure,
    is_catalogue_line,
    is_cell,
    is_field_line,
    is_keyword_list,
    is_labelled_list,
    is_list_title,
    is_names_field,
    is_numbered_heading,
    is_reference_entry,
    is_table_row,
    is_time_slot,
    is_titled_entry,
    is_year_entry,
    list_number,
    numbered_authors,
    opens_a_paper_field,
    opens_at_a_clock_time,
    opens_with_label,
    opens_with_latin_label,
)
from .shapes_notices import is_full_date
from .shapes_pictures import ends_with_picture_credit
from .shapes_sections import numbers_a_clause
from .shapes_turns import opens_a_debunk_part, opens_a_turn
from .surnames import has_surname

# Closing states: why an item stopped taking text.
CLOSED_BY_ATTRIBUTION = "attribution"  # (渝科), (李华): a stray paragraph after it goes back in
CLOSED_BY_BYLINE = "byline"  # 文/X or a line of names at the end
CLOSED_BY_PAGE = "page"  # a banner or metadata line came between


@dataclass
class Draft:
    """A mutable item plus the assembly state that does not belong in the result."""

    item: Item = field(default_factory=Item)
    title_lines: list[str] = field(default_factory=list)
    closed: str | None = None
    picture_mode: bool = False  # after 图片：, caption lines belong to this item
    briefs: bool = False  # a column of briefs (科协简讯): its marked lines are its paragraphs
    titled_brief: bool = False  # one of a column's briefs printed each under its marked headline
    in_strip: bool = False  # a photo of a strip of pointed captions under 图片新闻 (assemble_pictures)
    place_label: str = ""  # a brief's place tag (【万州区】5月10日，…): its 引题 when it has none
    digest_section: bool = False  # one of a digest's sections (01 over its headline, ▶射洪市 over its lead)
    classified: bool = False  # under a classified ad's heading (招聘, 欢迎订阅…): an ad unless it reads as news
    advert_box: bool = False  # opened under a 广告 label: its short lines and contacts are the ad's
    headed_source: bool = False  # its source is the producer under its headline, which a closing 来源 replaces
    signed_box: bool = False  # a box under the story's own signature (延伸阅读 …（绵阳市科协）): its signer is the box's
    leading_notes: int = 0  # editor's notes printed over the headline, before it came (assemble)
    note_titles: int | None = None  # the title lines there were when a note or box over the headline began
    cut_cell_width: int = 0  # how long a table's first cell runs before the copy cut it, once a name proved it
    start: int | None = None
    end: int = 0

    def cover(self, line: Line) -> None:
        self.start = line.start if self.start is None else min(self.start, line.start)
        self.end = max(self.end, line.end)

    @property
    def is_article(self) -> bool:
        return self.item.kind == ARTICLE

    @property
    def has_body(self) -> bool:
        """Story text under the headline (an editor's note printed over it is not yet that)."""
        return len(self.item.blocks) > self.leading_notes

    @property
    def awaits_headline(self) -> bool:
        return bool(self.leading_notes) and not self.title_lines

    @property
    def takes_notes(self) -> bool:
        """A note or box printed over the headline (编者按 on its own line, 人物简介) goes on: its paragraphs
        are no story text until the headline comes."""
        return self.note_titles is not None and len(self.title_lines) == self.note_titles

    def open_notes(self, heading: str | None) -> None:
        """Begin a note or box over the headline, under ``heading`` (编者按, 人物简介) if it has one."""
        if heading:
            self.add_subheading(heading)
        self.leading_notes = len(self.item.blocks)
        self.note_titles = len(self.title_lines)

    @property
    def has_credit(self) -> bool:
        return bool(self.item.bylines or self.item.dateline or self.item.credit_lines)

    def add_paragraph(self, text: str) -> None:
        """Append a paragraph, joining it to the previous one when a column break cut it."""
        blocks = self.item.blocks
        if _cut_cell(blocks, text):
            self._rejoin_cell(text)
            return
        if (
            blocks
            and blocks[-1].kind == PARAGRAPH
            and continues(blocks[-1].text, text)
            and not _labels_a_figure(blocks)
            and not (len(blocks) >= 2 and blocks[-2].kind == PARAGRAPH and follows_an_unstopped_item(blocks[-2].text, blocks[-1].text))
        ):
            previous = blocks[-1].text
            blocks[-1] = Block(PARAGRAPH, previous + (" " if _english_meets_english(previous, text) else "") + text)
            self.item.repairs.append(
                Repair("joined_break", f"接续被分栏截断的段落：“…{previous[-8:]}” + “{text[:8]}…”")
            )
            if hyphen := _LINE_END_HYPHEN.search(previous):
                word = hyphen.group() + _WORD_START.match(text).group() if _WORD_START.match(text) else ""
                if word:
                    self.flag(
                        "line_end_hyphen",
                        f"英文词“{word}”在行末以连字符断开，连字符照原样保留：若是排版断词请删去（Sci-ence → Science），合成词则保留",
                        word,
                    )
        else:
            blocks.append(Block(PARAGRAPH, text))

    def _rejoin_cell(self, row: str) -> None:
        """重庆宗申动力机械股 over 份有限公司\t刘  强\t巴南区: the row's first cell, cut by the copy, joined when
        the rest of a name proves the cut, or the cell is cut at the width a proved cut had (重庆市万州区农业技
        over 术推广站\t…, as long as 重庆宗申动力机械股); else the editor is told, both lines kept as they are."""
        blocks = self.item.blocks
        fragment = blocks[-1].text
        if cut_inside_a_name(fragment, row) or len(fragment) == self.cut_cell_width:  # (cut at that width again)
            self.cut_cell_width = len(fragment)
            blocks[-1] = Block(PARAGRAPH, fragment + row)
            self.item.repairs.append(Repair("joined_cell", f"接续被折断的表格单元格：“{fragment}” + “{row.split(chr(9))[0]}”"))
            return
        blocks.append(Block(PARAGRAPH, row))
        self.flag(
            "cut_table_cell",
            f"表格中“{fragment}”单独一行，可能是下一行“{row.split(chr(9))[0]}…”首格被折断的前半，请核对",
            fragment,
        )

    def add_subheading(self, text: str) -> None:
        self.item.blocks.append(Block(SUBHEADING, text))

    def add_sidebar_line(self, text: str, *, start_new: bool = False) -> None:
        blocks = self.item.blocks
        if blocks and blocks[-1].kind == SIDEBAR and not start_new:
            blocks[-1] = Block(SIDEBAR, blocks[-1].text + "\n" + text)
        else:
            blocks.append(Block(SIDEBAR, text))

    def add_caption(self, text: str, photographers: tuple[str, ...], credit: str) -> None:
        self.item.captions.append(Caption(text, photographers[0] if photographers else None))
        self.item.bylines.extend(Byline(PHOTOGRAPHER, name) for name in photographers)
        if credit:
            self.item.credit_lines.append(credit)

    def flag(self, code: str, message: str, excerpt: str = "") -> None:
        self.item.flags.append(Flag(code, message, excerpt))


# Sci- / ence: a Latin word the line's end cut with a hyphen, which may be the typesetter's or the word's own
# (opto-electronics): kept, and the editor told
_LINE_END_HYPHEN = re.compile(r"[A-Za-z]+-$")
_WORD_START = re.compile(r"[a-z]+")


def _labels_a_figure(blocks: list[Block]) -> bool:
    """16.23% over 全市公民具备科学素质比例: the last paragraph labels the bare figure over it, a figure card
    (a post's 数读) or a table's next cell; it is whole, and the text under it no rest of it."""
    return len(blocks) >= 2 and blocks[-2].kind == PARAGRAPH and is_bare_figure(blocks[-2].text)


def _cut_cell(blocks: list[Block], row: str) -> bool:
    """A line without a tab between two rows of a tabbed table, each with as many tabs, and no sentence:
    the first cell of the row under it, cut by the copy (建站单位\t…\t…, then 重庆宗申动力机械股 over
    份有限公司\t刘  强\t巴南区)."""
    if len(blocks) < 2 or "\t" not in row or blocks[-1].kind != PARAGRAPH or blocks[-2].kind != PARAGRAPH:
        return False
    fragment, above = blocks[-1].text, blocks[-2].text
    return (
        "\t" not in fragment
        and above.count("\t") == row.count("\t")
        and len(fragment) <= 20
        and not INNER_STOPS.search(fragment)
        and not ends_sentence(fragment)
        and not is_award_grade(fragment)
        and not row.startswith("\t")
    )


_HAN = re.compile(r"[\u4e00-\u9fff]")
ATTACHMENTS = ("附件：", "附件:", "附件1", "附件 ")
_APPENDED = ("附：", "附:")  # a table or list appended to the story, under its title
_UNIT_IN_BRACKETS = re.compile(r"[（(][^（）()]{1,6}[）)]")  # a header cell's unit or level: 筹集额（亿元）, 市（州）


# The last character of a line cut in mid-sentence before what it governs: 于, 在, 与, 的, 对, 向, 从…
_KEYCAP = re.compile("^[0-9#*]\ufe0f?\u20e3")  # 1️⃣, 2️⃣: a keycap number opening a post's part
_POINTS_BELOW = frozenset("▼▽↓⬇👇🔽⏬")  # a post's pointer at what follows (a picture, figures, a list)
_OPEN_WORD_ENDS = frozenset("于在与和及的对向从为将把被至到自")
# …专家们先后走访了 / 由市科协、市教委、 over a body's name: a verb's object or a series cut, no list's heading
_NAME_GOVERNING_ENDS = frozenset("了是、")

def continues(previous: str, following: str) -> bool:
    """True when ``following`` carries on a paragraph a column or page break cut short.

    The previous paragraph must not end a sentence (nor introduce a list with
    a colon, or a dash over a list's row) and must read as prose (inner punctuation or long); one of the
    two must be long, so two short verse lines are never glued together.
    """
    if cut_inside_an_address(previous, following):
        return True  # 网址为https://www.cqkjg. / cn/yun，…: the dot is the address's, not a full stop
    if cut_inside_a_quotation(previous, following):
        return True  # “黄连要种五年…产量低。 / 瞿老师来了以后，…两三百斤。”村民谭大姐笑着说。: one quotation
    if numbers_a_clause(previous, following):
        return True  # 一 / 是建立了花椒示范基地: 一是…, cut after its numeral
    if value_cut_from_its_label(previous, following):
        return True  # …方式进行。报名网址： / 重庆市人力资源和社会保障局网站（http://…）。: one field, cut after its colon
    if ends_sentence(previous) or previous[-1] in "：:；;" or is_table_row(previous) or is_table_row(following):
        return False  # a table's or a name list's rows are printed one per line
    if previous.rstrip("\ufe0f")[-1:] in _POINTS_BELOW:
        return False  # 一起来看看这些数字👇 over the figures: a pointer, like a colon, introduces what is below
    if previous.endswith("——") and (following.endswith(("；", ";")) or is_bullet(following)):
        return False  # 不妨举几个例子——— over 有扎根高原二十年的；: a dash, like a colon, opens a list (but
        # 要去的地方是—— over 大山深处的柑橘园。 is one sentence run on)
    if is_full_date(following) and previous[-1] not in _OPEN_WORD_ENDS:
        return False  # 倡议单位：A　B over 2024年3月22日: a signature's date (…要求各部门在 governs it: a break)
    if opens_a_turn(following):
        return False  # 问：…寄语 / 答：…: the next turn of an interview, its question printed without ？
    if opens_a_debunk_part(following):
        return False  # 谣言一：隔夜菜会致癌，一口都不能吃 / 真相：…: a rumour's claim, then the verdict on it
    if (aside := attribution_of(previous)) is not None and is_note_in_the_text(aside):
        return False  # （单位：万元）, （注：表中为部分学会）, （00:12:31）: a note in the text, whole on its line
    if ends_with_picture_credit(previous):
        return False  # …座无虚席。（图为报告会现场。记者 张伟 摄）
    if is_field_line(previous) and (is_field_line(following) or opens_with_label(following) or is_names_field(previous)):
        return False  # 时间：… over 地点：… (or 报名方式：扫码报名，…): a notice's fields, one per line; 指导教师：黄海 林峰
    if previous.endswith(("联系", "联系方式")) and opens_with_label(following):
        return False  # 请按以下方式联系 over 采购人：…: a notice's call to ask, its contact fields under it
    if opens_with_label(previous) and opens_with_label(following):
        return False  # 时间：2024年7月3日至…，每天上午9:00至12:00（…） over 地点：…: a long field, then the next
    if opens_a_paper_field(following) or is_keyword_list(previous) or is_catalogue_line(previous):
        return False  # （1.西南大学…） over 摘 要：…, 关键词：… over the English title: a paper's parts, a line each
    if numbered_authors(previous):
        return False  # 张建国1，李红梅2 over （1.西南大学植物保护学院…）: the authors, their affiliations under them
    if _HAN.match(following) and not _HAN.search(previous):
        return False  # Mamenchisaurus hochuanensis over 晚侏罗世: a Latin line is whole (a name, a title); a Chinese
        # sentence cut after a Latin word has Chinese before it
    if _english_line_apart(previous, following):
        return False  # …Region over ZHANG Jianguo1: English lines are never glued without a space (a paper's parts)
    if _HAN.search(previous[-1]) and opens_with_latin_label(following):
        return False  # 关键词：…；协同发展 over Abstract: This report…: the English version begins, no break
    if _KEYCAP.match(following):
        return False  # 2️⃣图书捐赠 under …小实验😄: a post's numbered heading
    if is_reference_entry(following):
        return False  # [1] Heaney RP. …: 1263-1270. over [2] 中国营养学会. …: each reference its own entry
    if is_year_entry(following) and previous[-1:] not in _OPEN_WORD_ENDS:
        return False  # 1998年 获华中农业大学博士学位 under 1990年 获…工作: a CV's next entry (not …还于 / 2023年 联合…)
    if is_labelled_list(previous) and opens_with_label(following):
        return False  # 二等奖：A（单位）、B（单位）… over 三等奖：…: each grade's winners a line of their own, however long
    if is_labelled_list(previous) and previous[-1] in "）)" and following[:1] not in "、，,）)":
        return False  # 二等奖：…、秦雨（重庆市地震局） over 获得一等奖的选手…: the list's last member ended it
    if _row_ending_in_a_field(previous):
        return False  # 上午 院士专家报告会 地点：重庆文理学院 over 活动周期间，…: a schedule's row, a line of its own
    if is_time_slot(previous) and not INNER_STOPS.search(previous):
        return False  # 10:30—11:30 分组讨论 over 下午，与会专家…: a timetable's row, whole on its line
    if opens_at_a_clock_time(previous) and opens_at_a_clock_time(following):
        return False  # …报告人：刘立平 总建筑师 over 09:40-10:20 主旨报告二 …: an agenda's rows, one a line
    if is_titled_entry(previous):
        return False  # 李明华：《新能源汽车关键零部件精密成形技术》 over the next speaker or sentence: a list's entry, whole
    if is_person_row(following) and previous[-1] not in _OPEN_WORD_ENDS:
        return False  # …（按姓氏笔画排序） over 王建军　攀枝花钢铁研究院有限公司首席专家: a list's rows, one per line
    if is_post_then_name_row(previous):
        return False  # 长安汽车股份有限公司总工程师 谭本宏 over the next row or 会上还为…: a speakers' list, one a line
        # (its first row stands under the list's …有： line; a row under a sentence's 市委常委、 or 会议由 goes on it)
    if unit_and_names(previous) or (unit_and_names(following) and previous[-1] not in _OPEN_WORD_ENDS | {"是"}):
        return False  # 重庆市第八中学校 郑浩 孙嘉怡 … over 市科协…表示，: a school's row of winners, however long
        # (but …获一等奖的是 over 重庆市第八中学校 郑浩 孙嘉怡 over 同学的作品…: one sentence, cut twice)
    if is_list_title(previous):
        return False  # 附：…先进集体名单（10个） over its first row: the list's title, a line of its own
    if previous.startswith(_APPENDED) and is_cell(_UNIT_IN_BRACKETS.sub("", following)):
        return False  # 附：…筹集额前五位市（州） over 序号 or 市（州）: an appended table's title over its first cell
    if is_numbered_heading(previous):
        return False  # 三、深化改革创新，发展活力不断增强 over its section's first paragraph
    if is_contact_line(previous) or is_contact_line(following) or list_number(following) or following.startswith(ATTACHMENTS) or previous.startswith(ATTACHMENTS):
        return False  # 联系人：…，电话：023-… over 附件：1.…方案 over 2.报名表 over the issuer: each a line of its own
    if stops_mid_word(previous) and opens_a_new_sentence(following):
        return False  # …据市科协党组书记、常务副主席 over 截至目前，全市…: paragraphs out of order, no cut (flagged)
    if cut_inside_a_name(previous, following):
        return True  # 在重庆市亚特蓝电 / 器有限责任公司…, 区科协主席王 / 明介绍，…: short, but cut mid-name
    if cut_before_the_predicate(previous, following):
        return True  # 省领导王晓晖、黄强 / 出席开幕式。: short, but cut between the people and what they did
    if _bare_body_name(following) and previous[-1] not in _OPEN_WORD_ENDS | _NAME_GOVERNING_ENDS:
        return False  # …获评优秀等次的单位（按行政区划排序） over 成都市科协: a list's heading over its first row
    prev_len, next_len = visible_length(previous), visible_length(following)
    if prev_len < 20 and next_len < 20:
        return False
    # 定价：48元 over the next paragraph: a field's colon is its label's, no sign of prose
    said = re.split("[：:]", previous, maxsplit=1)[1] if is_field_line(previous) else previous
    reads_as_prose = prev_len >= 25 or any(ch in said for ch in "，,、；;：:“")
    return reads_as_prose


# 报名网址： ending a paragraph of prose, after a sentence it ended (…方式进行。报名网址：): a field named in the
# running text, its value to come; 名单如下：, 具体安排如下： introduce a list instead
_LABEL_AFTER_A_SENTENCE = re.compile(r"[。！？]([\u4e00-\u9fff]{2,8})[：:]$")
_LIST_LEAD_INS = ("如下", "以下", "下列", "附件", "名单", "包括", "有")


def value_cut_from_its_label(previous: str, following: str) -> bool:
    """``previous`` is prose that ends on a field's label after a sentence of its own, and ``following`` is
    one sentence with no label, number or bullet of its own: the label's value, which a break cut from it."""
    label = _LABEL_AFTER_A_SENTENCE.search(previous)
    if label is None or label.group(1).endswith(_LIST_LEAD_INS):
        return False
    if not ends_sentence(following) or any(stop in following[:-1] for stop in "。！？"):
        return False
    return not (
        opens_with_label(following)
        or list_number(following) is not None
        or is_bullet(following)
        or is_person_row(following)
        or is_table_row(following)
    )


def _english_line_apart(previous: str, following: str) -> bool:
    """An English line under an English paragraph that ends where its part ends (…Region over ZHANG Jianguo1,
    …Hongmei2 over (1. College…): a paper's English part of its own. A wrapped sentence goes on (…work with
    over my Chinese colleagues, …Chongqing over 400715, China;), and so does an English phrase or name printed
    on its own line inside a Chinese sentence (…大学教授 over Martin Jansen over 介绍了…)."""
    if _HAN.search(previous) or _HAN.search(following):
        return False
    return not (following[0].islower() or following[0].isdigit() or _ENGLISH_GOES_ON.search(previous))


# …Architecture, / …Communication and / …work with: an English line that cannot end its sentence or part
_ENGLISH_GOES_ON = re.compile(r"(?:[,;]|\b(?:and|or|of|the|a|an|with|for|to|in|on|at|by|from|as))$")
# An English phrase's words at a join (…主题为Science Communication and over Public Engagement)
_LATIN_END = re.compile(r"[A-Za-z0-9 ,;:.'\"()-]+$")
_LATIN_START = re.compile(r"^[A-Za-z0-9 ,;:.'\"()-]+")


def _english_meets_english(previous: str, following: str) -> bool:
    """English words meet across the break (…work with + my Chinese…, …and + Public Engagement): the line's
    end stood for a space. Where Chinese meets English, or a code or a word is cut (cstc2021 + jscx), none."""
    if not (re.match(r"[A-Za-z0-9,;]", previous[-1]) and re.match(r"[A-Za-z0-9(]", following[0])):
        return False
    if not _HAN.search(previous):
        return True
    return " " in _LATIN_END.search(previous).group().strip() or " " in _LATIN_START.match(following).group().strip()


def _bare_body_name(text: str) -> bool:
    """成都市科协, 重庆市岩石力学与工程学会: a body's name alone on its line, no mark, as a list prints one a row."""
    return visible_length(text) <= 16 and text.endswith(BODY_ENDS) and not _MARKS.search(text)


_MARKS = re.compile(r"[，,、；;：:。！？!?“”（）()\s]")


def cut_inside_a_quotation(previous: str, following: str) -> bool:
    """``previous`` leaves a “ open and ``following`` closes it without opening a quotation of its own:
    the quotation a break cut, though its first part ends a sentence. A quotation that runs over
    paragraphs opens each of them with “ (GB/T 15834), so a line that closes a quotation it never
    opened cannot begin a paragraph."""
    return _quote_depth(previous) > 0 and not following.startswith("“") and _closes_before_opening(following)


def _quote_depth(text: str) -> int:
    """Quotations (“…”) the text leaves open at its end."""
    return text.count("“") - text.count("”")


def _closes_before_opening(text: str) -> bool:
    """The text closes a quotation (”) that it did not open: 瞿老师来了以后，…两三百斤。”村民…."""
    depth = 0
    for char in text:
        if char == "“":
            depth += 1
        elif char == "”":
            depth -= 1
            if depth < 0:
                return True
    return False


def _row_ending_in_a_field(text: str) -> bool:
    """上午 院士专家报告会 地点：重庆文理学院: spaced cells, the last a field, as a schedule's row is printed."""
    cells = text.split()
    return len(cells) >= 2 and is_field_line(cells[-1])


# The rest of a company's name a break cut (…亚特蓝电 / 器有限责任公司), or of a person's after a title
# (…科协主席王 / 明介绍，): what the next line opens with, and what the cut line ends with.
_NAME_REST = re.compile(r"^[^\W\d省市区县州镇乡村]{1,2}(?:股份有限公司|有限责任公司|有限公司|集团公司)")  # no name is that short
_SPEAKER_REST = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:介绍|表示|说|指出|强调|认为|告诉记者|坦言)[，,：:]")
_TITLES = (
    r"(?:主席|书记|主任|局长|部长|会长|理事长|院长|校长|秘书长|县长|区长|市长|镇长|站长|所长|经理|董事长|教授|研究员"
    r"|辅导员|院士|工程师|处长|科长|厅长|省长|队长)"
)
_TITLE_AND_SURNAME = re.compile(_TITLES + r"([\u4e00-\u9fff])$")


_TITLE_SURNAME_AND_ONE = re.compile(_TITLES + r"([\u4e00-\u9fff])[\u4e00-\u9fff]$")
# The last character of a name, then what its bearer did: 华讲授柑橘栽培技术，…, 华介绍，…
_LAST_CHAR_THEN_VERB = re.compile(
    r"^[\u4e00-\u9fff](?:介绍|表示|说|指出|强调|认为|告诉记者|坦言|讲授|讲解|主讲|解读|作了|做了|带来|现场)"
)


# A list of people a line ends with (…王晓晖、黄强, …李刚、张伟等), and what the next line says they did
_NAME_LIST_END = re.compile(r"、([\u4e00-\u9fff]{2,3})等?$")
_ATTENDED = re.compile(r"^等?(?:出席|参加|到会|陪同|会见|观看|参观|视察|调研|考察|列席|莅临|致辞|讲话)")


def _given_name_goes_on(following: str) -> bool:
    """永红宣布活动启动。 under …常务副主席郭: the rest of the sentence, opening with the given name (a post
    and a lone surname end no heading, a person is named in full), not a heading or a sentence of its own."""
    return (
        bool(_HAN.match(following))
        and ends_sentence(following)
        and not opens_a_new_sentence(following)
        and not opens_with_label(following)
    )


def cut_before_the_predicate(previous: str, following: str) -> bool:
    """``previous`` ends with a list of people (省领导王晓晖、黄强) and ``following`` says what they did
    (出席开幕式。): one sentence a break cut, not a sub-heading over its text."""
    names = _NAME_LIST_END.search(previous)
    return bool(names and has_surname(names.group(1)) and _ATTENDED.match(following))


# Who the people printed one to a line are: 省领导, 市委领导, 出席会议的领导 (and their 等, after the names)
_PEOPLE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}领导(?:同志)?$")
_MOST_NAMES = 8


def sentence_down_a_column(texts: list[str]) -> tuple[str, int, int] | None:
    """省领导 / 王晓晖 / 黄 强 / 出席开幕式。: one sentence a narrow column printed its people one or two to a
    line in: (the sentence, 省领导王晓晖、黄强出席开幕式。, how many lines it took and how many names it joined),
    else None (the label was a headline, its first name the author)."""
    if not texts or not _PEOPLE_LABEL.match(texts[0]):
        return None
    names: list[str] = []
    for count, text in enumerate(texts[1 : _MOST_NAMES + 2], start=2):
        if names and _ATTENDED.match(text) and ends_sentence(text):
            return texts[0] + "、".join(names) + text, count, len(names)
        on_the_line = _names_on_a_line(text)
        if not on_the_line:
            return None
        names.extend(on_the_line)
    return None


def _names_on_a_line(text: str) -> list[str]:
    """张强 李明 → both; 黄 强 → 黄强, one name padded; anything else → none."""
    words = text.split()
    if len(words) >= 2 and all(2 <= len(word) <= 3 and has_surname(word) for word in words):
        return words  # two names to a line, a space between
    name = "".join(words)
    return [name] if 2 <= len(name) <= 3 and len(text) <= 4 and has_surname(name) else []


def cut_inside_a_name(previous: str, following: str) -> bool:
    """``previous`` stops inside a name that ``following`` finishes: a break, not a heading over text."""
    if not previous or not '\u4e00' <= previous[-1] <= '\u9fff':
        return False
    if _NAME_REST.match(following):
        return True
    title = _TITLE_AND_SURNAME.search(previous)
    if title:
        return has_surname(title.group(1)) and bool(
            _SPEAKER_REST.match(following) or _given_name_goes_on(following)
        )
    title = _TITLE_SURNAME_AND_ONE.search(previous)  # 教授李明 / 华讲授…: a three-character name cut after two
    return bool(title and has_surname(title.group(1)) and _LAST_CHAR_THEN_VERB.match(following))
