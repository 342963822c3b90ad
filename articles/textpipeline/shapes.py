"""The shape of a single line: headline-like, prose, bullet, attribution, banner.

These are cheap tests on one line; deciding what a line *is* also needs its
neighbours, which ``assemble`` does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .dates import CN_DATE_TEXT, cn_number
from .punctuation import ADDRESS
from .surnames import has_long_name_head, has_surname

SENTENCE_FINAL = "。！？!?…"
_CLOSERS = "”’」』）)】\"'"  # straight quotes too: a copy's "不转账！" closes its sentence like “不转账！”
_INNER_STOPS = re.compile(r"[，,。；;]")
_BULLET = re.compile(r"^(?:[-•●▪■◆*]\s*\S)")
_LIST_ITEM = re.compile(r"^[0-9０-９一二三四五六七八九十]{1,2}[、．.]|^[A-HＡ-Ｈ][、．.](?=[^A-Za-z.．])")  # …, or a quiz's A.…
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")
_ATTRIBUTION = re.compile(r"^[（(]\s*([^（）()]{1,30}?)\s*[）)]$")
_STRONG_HEADLINE = re.compile(
    r"[（(](?:附图片[0-9０-９一二三四五六七八九十]+张|图片|书法|篆刻|中国画|国画|油画|版画|水墨画|漫画|剪纸|摄影|"
    r"外[一二三四五]首|[二三四五六七八九十]首|组诗|连载[^（）()]{0,4}|[上中下]|之[一二三四五六七八九十])[）)]$"
)
_LETTER_TITLE = re.compile(
    r"(?:一封信|公开信|倡议书|慰问信|感谢信|贺信|征稿启事|征文启事|招聘启事|招生启事)$"
    r"|^关于[^。！？]{2,40}的(?:通知|决定|意见|公告|公示|通报|通告|批复|实施方案|办法|函)$"  # an official document's title
    r"|^在[^。！？]{2,40}(?:上|时)的(?:讲话|致辞|报告|发言|主旨演讲|工作报告)$"  # a speech's title
)
_GENRE_HEADLINES = frozenset(
    (
        "图片新闻",
        "致读者",
        "读者来信",
        "社论",
        "短评",
        "编后",
        "编后语",
        "快讯",
        "简讯",
        "书讯",
        "更正",
        "更正启事",
        "更正说明",
        "更正与致歉",
        # a notice's kind (a paper prints them between its stories): each a piece of its own
        "声明",
        "郑重声明",
        "严正声明",
        "遗失声明",
        "作废声明",
        "致歉声明",
        "启事",
        "遗失启事",
    )
)
_BANNER_BRACKETS = re.compile(r"^【[^【】]{1,24}】$")
_BANNER_BILINGUAL = re.compile(r"^[^|｜]{2,16}\s*[|｜]\s*[A-Za-z][A-Za-z .·-]{2,40}$")
# 科技活动周 | 图说: a section and its column, two short labels (重磅 | 首批…名单公布 is a post's title)
_BANNER_LABELS = re.compile(r"^[\u4e00-\u9fff]{2,6}\s+[|｜]\s+[\u4e00-\u9fff]{2,6}$")
EDITOR_ROLES = (  # each also after 本版 (本版责任编辑：王新民)
    "(?:本版)?(?:责任编辑|责任校对|美术编辑|图片编辑|摄影编辑|文字编辑|执行编辑|值班编辑|新媒体编辑|视频编辑|"
    "责编|编辑|美编|校对|审核|审校|审签|终审|复审|初审|版式|设计|排版|制图|监制|统筹|主编)"
)
_EDITOR_NAME = r"[\u4e00-\u9fff·]{2,4}"
# The page's editors at the end of its head: … 第2版 科协动态 责任编辑：王丽 美编：李明
HEAD_EDITORS = rf"(?P<editors>(?:\s+{EDITOR_ROLES}\s*[:：]\s*{_EDITOR_NAME}(?:[、，,\s]\s*{_EDITOR_NAME})*)+)?"
# …and on a dated head, where the date anchors them, also without colons: … 第2版 责任编辑 林峰 校对 杨柳
DATED_HEAD_EDITORS = (
    rf"(?P<editors>(?:\s+{EDITOR_ROLES}(?:\s*[:：]\s*{_EDITOR_NAME}(?:[、，,\s]\s*{_EDITOR_NAME})*"
    rf"|\s+{_EDITOR_NAME}(?:[、，,]\s*{_EDITOR_NAME})*))+)?"
)
# The page's number and section: 第3版  区县科协, 03版：要闻, A2版 | 科普 (a space or a mark before the section).
_PAGE_NUMBER = re.compile(
    r"^第?\s*[0-9０-９A-Za-zＡ-Ｚ一二三四五六七八九十]{1,3}\s*版"
    rf"(?:(?:\s*[:：|｜丨│·]\s*|\s+)(?!{EDITOR_ROLES})[^\s。，,]{{1,12}})?{HEAD_EDITORS}$"
)
# …or the section alone before its editors, the number on the masthead's date line: 区县科协 责编：吴敏 美编：罗欣
# (not an author's name, 王芳 编辑：李雪, nor a body's, 綦江区科协 编辑：李雪: a story's credits at its foot)
# (科普·健康, 广告·服务: two words joined by a dot)
_SECTION_AND_EDITORS = re.compile(
    rf"^(?!{EDITOR_ROLES})(?P<section>[\u4e00-\u9fff]{{2,8}}|[\u4e00-\u9fff]{{2,4}}·[\u4e00-\u9fff]{{2,4}}){HEAD_EDITORS}$"
)
_COLLECTIVE_SECTION = ("区县", "市县", "市州", "基层", "地方", "全市", "全省", "学会", "科协")
_BODY_ENDS = ("科协", "协会", "学会", "研究会", "局", "委", "办", "中心")


@lru_cache(maxsize=64)  # asked of the same line by several tests
def visible_length(text: str) -> int:
    return len("".join(text.split()))


def tail_of_a_cut_word(head: str, tail: str, text: str, longest: int = 4) -> bool:
    """…助力晚 over 秋生产 over a story printing 晚秋: a short line (``longest`` characters at most) whose
    first character completes the headline's last word, the word whole in the story's text (the name 秋生产
    nowhere in it): the headline's end the layout cut off, no author's name."""
    head, tail, text = head.strip(), tail.strip(), "".join(text.split())
    if not head or not 2 <= len(tail) <= longest or " " in tail or "\u3000" in tail:
        return False
    return head[-1] + tail[0] in text and tail not in text


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .&'-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _headline_length(text: str) -> int:
    """A headline's length in Chinese characters: Latin letters and digits among Chinese ones take half
    a character's width each (2023 International Conference on Smart Agriculture在渝举行 is set in
    about 30). A line with no Chinese character is measured by its characters: an English sentence."""
    length = visible_length(text)
    if not text.isascii() and _HAN.search(text):
        latin = sum(len("".join(run.split())) for run in _LATIN_RUN.findall(text))
        length -= latin // 2
    return length


# 。（完）, 。（渝科）, and a copy's .(江津区科协) (not 2.(x), a number's point)
_CLOSING_BRACKET = re.compile(r"(?:(?<=[。！？!?…”])|(?<=[^\d.]\.))\s*[（(][^（）()]{1,20}[）)]$")


# The blocks emoji and other pictographs come from: technical symbols (⌛), miscellaneous symbols and
# dingbats (☀ ✅ ❤), symbols and arrows (⬆ ⭐), and the supplementary planes' U+1F000–U+1FAFF (🎉 👍 👆)
_PICTOGRAPH_BLOCKS = ((0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
# What dresses or joins them: variation selector-16 (⬆️), the zero-width joiner, a keycap, a flag's tags
_PICTOGRAPH_MARKS = frozenset("\ufe0f\u200d\u20e3")


def is_pictograph(char: str) -> bool:
    """An emoji or another pictograph a post sets among its words (🎉, 👍, ✅, ⬆️), or a mark that
    dresses one: neither a word nor a punctuation mark (❶, a numeral, is no pictograph)."""
    code = ord(char)
    if char in _PICTOGRAPH_MARKS or 0xE0020 <= code <= 0xE007F:
        return True
    return any(low <= code <= high for low, high in _PICTOGRAPH_BLOCKS) and unicodedata.category(char) in ("So", "Sk")


def strip_pictographs(text: str) -> str:
    """``text`` without the pictographs, and the spaces among them, at its ends (🔥🔥石柱县科协…啦！👍 →
    石柱县科协…啦！)."""
    start, end = 0, len(text)
    while start < end and (is_pictograph(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (is_pictograph(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def _without_trailing_pictographs(text: str) -> str:
    """…盛宴。🎉🎉 → …盛宴。: a post's emoji after a sentence's end hide no words."""
    end = len(text)
    while end and (is_pictograph(text[end - 1]) or text[end - 1] == " "):
        end -= 1
    return text[:end] if end < len(text) and end else text


def ends_sentence(text: str) -> bool:
    """Ends with 。！？… , possibly inside closing quotes or brackets, or before a bracketed
    attribution: …签署合作协议。（完）, …取得实效。（李华）; a post's emoji after it do not count
    (…欢声笑语不断。😊)."""
    text = _without_trailing_pictographs(text)
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped:
        return False
    if text[-1:] in "）)" and stripped[-1] not in SENTENCE_FINAL:
        attributed = _CLOSING_BRACKET.search(text)
        if attributed:
            stripped = text[: attributed.start()].rstrip(_CLOSERS + " ")
            if not stripped:
                return False
    # 工程. and Academy of Science. : a half-width full stop ends a sentence too, unless a digit is
    # before it (2. over 5万 is a number the layout broke)
    return stripped[-1] in SENTENCE_FINAL or (stripped[-1] == "." and len(stripped) > 1 and not stripped[-2].isdigit())


def cut_inside_an_address(previous: str, following: str) -> bool:
    """``previous`` stops on a dot inside a web or e-mail address that ``following`` finishes
    (网址为https://www.cqkjg. / cn/yun，…, 邮箱kepu@cqast. / org.cn。): the dot is the address's, no
    full stop. The address read across the break goes on past the dot, and the next line opens as an
    address's rest does: a lowercase letter (not a sentence's capital, nor 2023年 opening a paragraph)."""
    if previous[-1:] != "." or not ("a" <= following[:1] <= "z"):
        return False
    tail = previous[-_ADDRESS_REACH:]
    if "@" not in tail and "://" not in tail and "www." not in tail:
        return False
    joined = tail + following[:_ADDRESS_REACH]
    return any(match.start() < len(tail) - 1 and match.end() > len(tail) for match in ADDRESS.finditer(joined))


_ADDRESS_REACH = 200  # characters either side of the break an address may take


def is_prose(text: str) -> bool:
    """A real paragraph: ends a sentence or is too long for a heading or verse line."""
    return ends_sentence(text) or visible_length(text) >= 20


_SECTION_BAR = re.compile(r"^[▍▌▎▋▊▏▐█]\s*\S")


def is_section_bar(text: str) -> bool:
    """▍活动一：科普大篷车进社区: a WeChat post's section heading, set after a bar."""
    return bool(_SECTION_BAR.match(text))


# ✦ 大会亮点 ✦, ◆ 五年成就 ◆, 🔸活动回顾🔸: a post's section heading between two like marks.
_DECORATED_HEADING = re.compile(r"^([^\w\s])\s*[\u4e00-\u9fff][^。！？，]{1,14}?\s*\1$")


# 📌 大会亮点, 💡 小贴士: a pictograph, then a few words (✅ 首次发布川渝科技合作十大成果 is a list's line)
_PICTOGRAPH_HEADING = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*[\u4e00-\u9fff]{2,6}$")


def is_decorated_heading(text: str) -> bool:
    return bool(_DECORATED_HEADING.match(text) or _PICTOGRAPH_HEADING.match(text))


_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\S")
# How the name of a body or a place a headline opens with ends: 北碚区科协, 綦江区, 重庆市医学会
SUBJECT_TAIL = r"(?:科协|学会|协会|研究会|区|县|市|州|镇|乡|村)"


_REFERENCE_ENTRY = re.compile(r"^\s*[\[［]\d{1,3}[\]］]\s*\S")


def is_reference_entry(text: str) -> bool:
    """[1]中国疾病预防控制中心.中国流感疫苗预防接种技术指南[J].…: an entry of a reference list, whose
    marks follow the citation standard (GB/T 7714), not prose's."""
    return text[:1] in "[［ " and bool(_REFERENCE_ENTRY.match(text))


def is_field_line(text: str) -> bool:
    """时间：2024年1月20日, 地点：重庆科技馆, 主讲人：李明: a notice's field, a line of its own.

    A short label, then a value with no clause in it: 会议指出：要加强组织，推动… is a sentence.
    """
    return len(text) <= 50 and bool(_FIELD_LINE.match(text)) and not _INNER_STOPS.search(text)


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


# 一等奖, 优秀奖, 金奖 (5名): the grade an award list prints over its winners
_AWARD_GRADE = re.compile(
    r"^(?:[一二三四五六七八九十]等奖|特等奖|优秀奖|优胜奖|鼓励奖|入围奖|提名奖|[金银铜]奖)"
    r"\s*(?:[（(][0-9一二三四五六七八九十]+\s*[名个项件人队][）)])?$"
)


def is_award_grade(text: str) -> bool:
    """一等奖, 二等奖（3名）, 金奖: an award list's grade alone on its line, over that grade's winners."""
    return len(text) <= 12 and bool(_AWARD_GRADE.match(text.strip()))


def is_labelled_list(text: str) -> bool:
    """二等奖：陈晨（渝北区科协）、赵雪（涪陵区科技馆）、…: a label, then its list (、 between the members, no
    clause), however long; a line of its own, as the shorter field lines are."""
    return opens_with_label(text) and "、" in text and not _INNER_STOPS.search(text)


def spaced_cells(text: str) -> int:
    """How many cells tabs, runs of spaces or an ideographic space set apart on the line (1: none)."""
    return len([cell for cell in _CELL_GAP.split(text.strip()) if cell.strip()])


@lru_cache(maxsize=64)
def is_table_row(text: str) -> bool:
    """A row of cells set apart by tabs, runs of spaces or an ideographic space (　), as a table or a
    list of names is copied:
    学术交流活动\t126场\t12.5%, 渝中区科协  江北区科协  沙坪坝区科协  九龙坡区科协, 张  伟  渝中区科协.

    Such a row is printed on a line of its own: never a headline, never joined to the next line.
    Three cells spaced apart may be a headline's phrases (聚焦科普  服务群众  助力发展), so
    without a tab it takes four cells, or three with a number or a name spaced to two characters' width,
    or cells that each name a body.
    """
    if "\t" not in text and "  " not in text and "\u3000" not in text:
        return False
    cells = [cell for cell in _CELL_GAP.split(text) if cell.strip()]
    if len(cells) < 2:
        return False
    if "\t" in text.strip() or len(cells) >= 4:
        return True
    if all(cell.strip().endswith(_BODY_ENDS) for cell in cells):
        return True  # 永川区科协  荣昌区科协: a list of bodies' names, two or three a row
    return len(cells) == 3 and any(len(cell.strip()) == 1 or any(c.isdigit() for c in cell) for cell in cells)


@lru_cache(maxsize=64)  # a line is tested again when the lines before it look ahead
def is_heading_like(text: str) -> bool:
    """Short, no sentence punctuation inside or at the end: a headline, sub-heading or verse line."""
    length = _headline_length(text)
    if not 1 <= length <= 45 or _INNER_STOPS.search(text) or ends_sentence(text) or is_table_row(text):
        return False
    if text[-1] in "：:、" or _BULLET.match(text) or _LIST_ITEM.match(text):
        return False
    if opens_a_turn(text):
        return False  # 问：您为什么选择柑橘病害研究: an interview's question, though printed without ？
    return not _ATTRIBUTION.match(text)


# Abstract:, Key words:, Keywords: — an English field's label (a bilingual paper's English version)
_LATIN_LABEL = re.compile(r"^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15}){0,2}\s*[:：]\s*\S")
# 关键词：…；…, Keywords: …; …: a paper's keywords, a list that takes no closing stop
_KEYWORD_LIST = re.compile(r"^(?:关键词|关键字|主题词|key\s?words?)\s*[：:]", re.IGNORECASE)


def opens_with_latin_label(text: str) -> bool:
    """Abstract: This report analyzes…: an English field's label opens the line."""
    return bool(_LATIN_LABEL.match(text))


def is_keyword_list(text: str) -> bool:
    """关键词：科技社团；协同发展, Keywords: …; …: a paper's keywords, with no closing stop."""
    return bool(_KEYWORD_LIST.match(text))


# An interview's turns: 问：…, 答：…, 记者：…, Q：… (who speaks, then a colon); an explainer numbers its
# questions and answers: 问1：…, 答1：…, Q1：…
_SPEAKER = re.compile(r"^(?:(?:问|答|Q|A)\s*[0-9]{0,2}|记者)\s*[：:]")


def opens_a_turn(text: str) -> bool:
    """问：…, 答：…, 问1：…, 记者：…, 安岳县读者王先生问：…: a turn of an interview or of a Q&A column, which
    no break cut from the line before."""
    return (text[:1] in "问答QA记" and bool(_SPEAKER.match(text))) or asks_as_reader(text)


# 安岳县读者王先生问：…, 网友“小张”问：…, 荣昌区养殖户李先生问：…: a reader's question a Q&A column answers
_READER_QUESTION = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:读者|网友|市民|村民|居民|农户|农民|果农|菜农|茶农|养殖户|种植户|听众|患者)"
    r"[\u4e00-\u9fff“”\"]{0,8}问\s*[：:]"
)


def asks_as_reader(text: str) -> bool:
    """安岳县读者王先生问：我家柠檬树叶片发黄…: a reader's question, which opens a Q&A column's piece."""
    return "问" in text[:24] and bool(_READER_QUESTION.match(text))


# 荣昌区读者李女士又问：…: the same reader asking on (又问, 再问, 还问, 接着问)
_ASKS_AGAIN = re.compile(r"(?:又|再|还|接着|继续)问\s*[：:]")


def asks_again(question: str, first_question: str) -> bool:
    """荣昌区读者李女士又问：… (or the same reader's name over 问：) under 荣昌区读者李女士问：…: the reader's
    follow-up question, in the same piece, not the next reader's."""
    asker = question[: question.find("问")]
    match = _ASKS_AGAIN.search(question[: len(asker) + 3])
    return match is not None or asker == first_question[: first_question.find("问")]


# 谣言一：…, 网传：…, 误区二：… and 真相：…, 专家解读：…: a 辟谣 piece's claims and its verdicts on them
_DEBUNK_LABEL = re.compile(
    r"^(?:谣言|传言|网传|误区|真相|辟谣|(?:专家|科学)?解读|专家提醒)[一二三四五六七八九十0-9]{0,2}\s*[：:]"
)


def opens_a_debunk_part(text: str) -> bool:
    """谣言一：隔夜菜会致癌, 真相：…: a claim or its verdict, each a paragraph of its own (a claim is printed
    without a stop, so no break cut the verdict from it)."""
    return bool(_DEBUNK_LABEL.match(text))


# 周红：…, 周红（重医附属儿童医院医生）：…: a turn led by the speaker's name (its surname is checked by the caller)
_NAMED_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:[（(][^（）()]{1,30}[）)])?\s*[：:]\s*\S")


def named_speaker(text: str) -> str | None:
    """The name a turn opens with (周红 of 周红：主要是…), else None."""
    match = _NAMED_SPEAKER.match(text)
    return match.group(1) if match else None


_CLOSING_FORMULA = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢|感谢大家|此致敬礼|此致)[！!。]?$")


def is_closing_formula(text: str) -> bool:
    """谢谢大家！, 此致敬礼: the formula a speech or a letter ends with."""
    return bool(_CLOSING_FORMULA.match(text))


def could_be_headline(text: str) -> bool:
    """A short line a headline may be although it is punctuated: 人工智能能否替代医生？, “双碳”目标下，X还能火多久？,
    江津区科协：

    Only trusted when a byline, a dateline lead or a 副题 follows (see assemble).
    """
    if is_heading_like(text):
        return True
    if is_table_row(text) or not 2 <= visible_length(text) <= 30 or "。" in text or text[-1] in "，,；;、":
        return False
    if is_closing_formula(text):
        return False  # 谢谢大家！ closes a speech; it heads nothing
    if opens_a_turn(text):
        return False  # 问：为什么要出台《若干措施》？ over 答：…: an explainer's first question, its text
    if text[-1] in "：:" and (visible_length(text) > 16 or _INNER_STOPS.search(text[:-1])):
        return False  # 江津区科协： over 科技助农 春耕忙: a 引题 that names who; longer, it opens a list
    if len(_INNER_STOPS.findall(text)) > 1 or _ATTRIBUTION.match(text) or text.rstrip(_CLOSERS)[-1:] == "…":
        return False
    return not (_BULLET.match(text) or _LIST_ITEM.match(text))


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


CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def is_listed(text: str) -> bool:
    """③科普知识有奖问答, 3.科学实验秀, 二、…: an item of a numbered list (no picture's title)."""
    return text[:1] in CIRCLED_DIGITS or list_number(text) is not None


# 第二章　申报与认定, 第三章　附　则, 第一节 …: a rule's or a report's chapter head (its articles, 第三条　…, are prose)
_CHAPTER_HEAD = re.compile(r"^第[一二三四五六七八九十百]{1,4}(?:章|节|部分|编)(?:\s+|$)")


def is_chapter_head(text: str) -> bool:
    """第二章　申报与认定, 第三章　附　则: a chapter's number and its short unpunctuated name."""
    match = _CHAPTER_HEAD.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    return 1 <= visible_length(rest) <= 16 and not _INNER_STOPS.search(rest) and not ends_sentence(rest)


_RULE_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]{1,5}条[\s　]*\S")


def opens_a_rule_article(text: str) -> bool:
    """第三条　申报单位应当具备以下条件：: an article of a rule (办法, 条例), its text after the number."""
    return bool(_RULE_ARTICLE.match(text))


def is_numbered_heading(text: str, *, longest: int = 24) -> bool:
    """一、搭建服务平台 / （一）选好苗子 / 1.加强组织 / 一、不慎落水怎么办？: a numbered sub-heading,
    short and unpunctuated but for the question mark a science piece's headings end with."""
    match = _NUMBERED_HEADING.match(text)
    if not match:
        return False
    rest = text[match.end() :].strip().removesuffix("？").removesuffix("?")
    if not 2 <= visible_length(rest) <= longest or ends_sentence(rest) or _NEXT_NUMBER.search(rest):
        return False  # (1.〇 2.× 3.〇: a key of answers, its items on one line)
    phrases = re.split(r"[，,]", rest)  # 一、坚持党建引领，政治底色更加鲜明: two phrases, one comma
    return (
        len(phrases) <= 2
        and all(visible_length(phrase) >= 2 for phrase in phrases)
        and not re.search(r"[。；;]", rest)
    )


def is_editors_note(text: str) -> bool:
    """编者按：…, 核心提示：… opens an article, between its headline and its story."""
    return text.lstrip("【[").startswith(("编者按", "编者的话", "编者注", "编辑按", "核心提示", "内容提要", "内容摘要"))


def opens_a_piece(text: str) -> bool:
    """编者按：…, 编者的话：…: a note that introduces what follows, never a story's last paragraph
    (编者注 may close one: 编者注：本文作者系…)."""
    return text.lstrip("【[").startswith(("编者按", "编者的话", "编辑按"))


def is_strong_headline(text: str) -> bool:
    """Headline markers that cannot be body text: （附图片１张）, （图片）, （篆刻）, 致读者, and a letter's or
    an official document's title (致全市广大科技工作者的一封信, 倡议书, 关于开展…活动的通知), which heads
    a piece of its own wherever it stands."""
    if len(text) <= 8 and (" " in text or "\u3000" in text):
        text = re.sub(r"[ \u3000]+", "", text)  # 书　讯: a genre's name spread to the column's width
    return bool(_STRONG_HEADLINE.search(text) or _LETTER_TITLE.search(text)) or text in _GENRE_HEADLINES


# 征稿启事, 通知: a notice is titled by its kind (as 更正 and 简讯 are); the line under it is its text cut by the column
NOTICE_KINDS = ("启事", "通知", "公告", "通告", "公示", "声明")


def is_notice_title(text: str) -> bool:
    """郑重声明, 征稿启事, 关于…的通知, 更正, 致读者: the title of a notice, which its issuer may sign."""
    return text.endswith(NOTICE_KINDS) or bool(_LETTER_TITLE.search(text)) or text in _GENRE_HEADLINES


# 更正, 致歉声明, 遗失声明, 郑重声明, 致读者: a notice on the paper's own or a party's business, which corrects or
# announces and reports nothing (its words are another story's: 《梁平柚子种植技术》一文)
_HOUSE_NOTICE = re.compile(r"^(?:更正|致歉|致读者)|声明$")


def is_house_notice(title: str) -> bool:
    """更正启事, 致歉声明, 遗失声明, 致读者: a notice about no theme of the news."""
    return bool(_HOUSE_NOTICE.search(title.strip()))


def is_genre_headline(text: str) -> bool:
    """更正, 简讯, 致读者: a piece titled by its kind alone."""
    return text in _GENRE_HEADLINES


def is_full_date(text: str) -> bool:
    """2021年6月18日 and nothing else."""
    return bool(_BARE_DATE.match(text.strip()))


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


_RULE = re.compile(r"^(?:[—\-－_＿=＝~～*＊·•]\s*){3,}$")


def is_rule(text: str) -> bool:
    """————————, ＊＊＊, - - -: a rule the page prints between two pieces."""
    return bool(_RULE.match(text))


def is_list_item(text: str) -> bool:
    """１、… or 一、…: a numbered line."""
    return bool(_LIST_ITEM.match(text))


def ends_with_credit(text: str) -> bool:
    """A caption naming its artist or source last: 矿工（石膏）（孙宝田）."""
    return bool(re.search(r"[）)]\s*[（(][^（）()]{2,12}[）)]$", text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    """The line without its leading bullet (●, •, ■…)."""
    return text[1:].lstrip() if _BULLET.match(text) else text


# 第0236号, 渝科协发〔2024〕5号: a document's number (a 建议's, a 通知's), printed under its title
_DOCUMENT_NUMBER = re.compile(r"^(?:第\s*[0-9０-９]{1,6}\s*号|\S{0,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号)$")


def is_document_number(text: str) -> bool:
    """第0236号, 渝科协发〔2024〕5号: the number a document is filed under, no source or byline."""
    return bool(_DOCUMENT_NUMBER.match(text.strip()))


def attribution_of(text: str) -> str | None:
    """The content of a line that is a parenthesised attribution: (渝科), （宁记）, else None."""
    match = _ATTRIBUTION.match(text)
    return match.group(1) if match else None


def is_bracketed_label(text: str) -> bool:
    """【初心】, 【地方科协】: a short label in square brackets on a line of its own."""
    return bool(_BANNER_BRACKETS.match(text))


def page_head(text: str) -> re.Match | None:
    """第3版  区县科协 (责任编辑：王丽): the page's number and section, its editors in group ``editors``;
    区县科协 责编：吴敏 (the number printed on the date line above) when it names its editors."""
    if "版" in text and (head := _PAGE_NUMBER.match(text)):
        return head
    head = _SECTION_AND_EDITORS.match(text) if "编" in text else None
    if not head or not head.group("editors"):
        return None
    section = head.group("section")
    if (len(section) <= 3 and has_surname(section)) or (
        section.endswith(_BODY_ENDS) and not section.startswith(_COLLECTIVE_SECTION)
    ):
        return None
    return head


def is_marked_banner(text: str) -> bool:
    """Banners that announce themselves: 【地方科协】, 地方动态 | DI FANG DONG TAI, 科技活动周 | 图说,
    第3版  区县科协, 区县科协 责编：吴敏."""
    return bool(
        _BANNER_BRACKETS.match(text)
        or (("|" in text or "｜" in text) and (_BANNER_BILINGUAL.match(text) or _BANNER_LABELS.match(text)))
        or page_head(text)
    )


_BOX_NAMES = (
    r"(?:相关)?(?:链接|相关链接|知识链接|背景链接|延伸阅读|相关阅读|名词解释|小贴士|背景资料|知识点"
    r"|记者手记|记者观察|采访手记|编后|编后语|短评|点评|小知识|知识卡片|温馨提示|专家提醒|专家建议"
    r"|人物名片|人物简介|人物档案|专家简介|作者简介|个人简介|小档案|数读|数说|一组数据|简历|个人简历|人物简历)"
)
_PERSONS_BOX = re.compile(r"^([\u4e00-\u9fff]{2,4})(?:简历|简介)$")  # 彭良志简历: a person's CV under the portrait
_BOX_HEADING = re.compile(rf"^[【\[]\s*{_BOX_NAMES}\s*[】\]]$")
# Without brackets, a box's name stands alone or behind a mark: 小贴士, ■ 链接, ◆温馨提示
_PLAIN_BOX_HEADING = re.compile(rf"^(?:[■□●◆◇▶★☆]\s*)?{_BOX_NAMES}$")


def is_box_heading(text: str) -> bool:
    """【相关链接】, 【延伸阅读】, 【名词解释】, 【记者手记】: the heading of a box printed with the story above it."""
    return bool(_BOX_HEADING.match(text))


# The editors' word printed under a piece, after its signature: 编后, or the reply under a reader's letter
_AFTERWORDS = ("编后", "编后语", "编后记", "编辑回复", "编者回复", "编辑答复", "编者答", "记者回复")


def is_afterword(text: str) -> bool:
    """编后, 编后语, 【编后】, 编辑回复：: the editors' word printed under a piece, after its signature."""
    return text.strip("【】[] ■□●◆◇▶★☆").rstrip("：:") in _AFTERWORDS


_SALUTATION = re.compile(r"^[\u4e00-\u9fff、]{2,12}[：:]$|^各[\u4e00-\u9fff、]{0,6}[（(][\u4e00-\u9fff]{1,3}[）)][\u4e00-\u9fff、]{2,16}[：:]$")


# 关于…的建议的答复, …的通知: a document's title by its kind, at its end
_DOCUMENT_TITLE = re.compile(r"(?:通知|通报|决定|答复|意见|批复|复函|公告|建议|请示|倡议书|邀请函)$")


# …纪要, …管理办法, …实施意见: a document named by its kind (an official one, not a story)
_DOCUMENT_KIND = re.compile(
    r"(?:通知|通报|决定|答复|意见|批复|复函|公告|建议|请示|倡议书|邀请函|纪要|简报|办法|方案|要点|细则|规定|规则|条例|章程|规划)$"
)


def names_a_document(text: str) -> bool:
    """重庆市科协常委会第十五次会议纪要, 科普基地认定管理办法: a title naming a document by its kind, at its end."""
    return bool(_DOCUMENT_KIND.search(text))


def is_document_title(text: str) -> bool:
    """关于加强基层科普阵地建设的建议的答复: a document's title, which a salutation (刘建平代表：) follows."""
    return len(text) <= 60 and bool(_DOCUMENT_TITLE.search(text)) and is_heading_like(text)


def is_salutation(text: str) -> bool:
    """编辑同志：, 各区县科协：, 各市（州）科协、省级学会：: a letter's or notice's opening line, addressed to its
    readers."""
    return bool(_SALUTATION.match(text))


# Boxes that are someone's piece (a comment, a reporter's notes), not background (链接, 名词解释): signed
# apart under their own title, they stand alone
_OPINION_BOXES = ("短评", "点评", "快评", "记者手记", "记者观察", "采访手记")


def is_opinion_box(text: str) -> bool:
    """短评, 【记者手记】, ■ 点评: a box heading over someone's piece."""
    return text.strip("【】[] ■□●◆◇▶★☆") in _OPINION_BOXES


def is_plain_box_heading(text: str) -> bool:
    """小贴士, ■ 链接, 温馨提示, 彭良志简历: a box's heading printed without brackets (only inside a story, over
    its text)."""
    if len(text) > 8:
        return False
    person = _PERSONS_BOX.match(text)
    return bool(_PLAIN_BOX_HEADING.match(text)) or (person is not None and has_surname(person.group(1)))


# What a paper's regular column is called by (科普时间, 科技前沿, 健康讲堂, 基层科协风采, 学会动态, 今日谈):
# nouns that name a recurring page feature and close no news headline.
_COLUMN_NOUNS = (
    "时间", "前沿", "讲堂", "视点", "风采", "动态", "之窗", "传真", "资讯", "园地", "速递", "聚焦", "观察",
    "快讯", "简讯", "广角", "天地", "百科", "课堂", "讲坛", "之声", "纵横", "博览", "长廊", "掠影", "集锦",
    "播报", "面对面", "茶座", "漫谈", "杂谈", "随笔", "来信", "信箱", "要闻", "速览",
    "谈", "论坛", "新论", "快评", "时评",  # 今日谈, 人民论坛, 国际时评: a commentary's column
)
# A paper's sections by their plain names, printed over the page's first headline.
_SECTION_NAMES = frozenset(
    ["要闻", "综合", "综合新闻", "本地新闻", "地方新闻", "国内新闻", "国际新闻", "科技要闻", "专题", "评论", "时评", "副刊", "专版", "特刊",
     "短评", "快评", "社评", "述评", "随笔", "漫谈",  # a commentary's kind over its own headline
     "本报评论员", "本报特约评论员", "特约评论员",  # …or its writer's post, the name signing its end
     "公告", "公示", "通告",  # a notice's kind over its own title, as 公告 over 四川省科协关于…的通知
     "通知公告", "通知通告", "公示公告", "公告公示"]  # …or a site's column of them
)
# 健康科普, 趣味科普: a short name of four characters (a longer one is a headline: 院士进校园讲科普).
_SHORT_COLUMN_NOUNS = ("科普", "常识", "知识")
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|刊|周刊|杂志)$")


def is_paper_name(text: str) -> bool:
    """重庆科技报, 四川科技报, 科普周刊: a paper's name (over its masthead's date line, the page's source)."""
    return bool(_PAPER_NAME.match(text))


_MASTHEAD_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:科技|科普|日|晚|农民|青年|经济|健康|卫生)报$|^[\u4e00-\u9fff]{2,8}(?:周刊|杂志)$"
    r"|^[\u4e00-\u9fff]{2,8}(?:简报|工作通讯)$"  # 科协工作简报: a bulletin's name over its issue line
)


# Platforms whose name heads a copied post or page the way a paper's does, and no headline is.
_PLATFORM_NAMES = frozenset(
    ["科普中国", "科技工作者之家", "学习强国", "新华网", "人民网", "央视网", "华龙网", "中国科普网", "中国科技网",
     "央视新闻", "川观新闻", "上游新闻", "四川在线", "新华社", "中国新闻网", "中新网"]
)


def is_masthead_name(text: str) -> bool:
    """四川科技报, 重庆日报, 科普周刊, 科普中国: a paper's or a platform's name that no headline is
    (捷报, 喜报 may end one)."""
    return bool(_MASTHEAD_NAME.match(text)) or text in _PLATFORM_NAMES


# Verbs a news headline tells its event with, which no column's name holds
_NEWS_VERBS = ("走进", "走入", "深入", "开进", "来到", "开展", "举办", "举行", "召开", "启动", "助力", "迎来", "亮相")


def is_column_name(text: str) -> bool:
    """科普时间, 科技前沿, 基层科协风采: a short bare name ending in a column's noun, no phrase
    with 的 (华文女作家的风采 is a title). Only a column head where a headline and its story
    follow (see assemble)."""
    if text in _SECTION_NAMES:
        return True
    if not _COLUMN_NAME.match(text) or len(text) <= 2 or "的" in text or any(verb in text for verb in _NEWS_VERBS):
        return False  # 院士走进课堂 tells what happened: a headline, not the column 科普课堂
    return text.endswith(_COLUMN_NOUNS) or (len(text) == 4 and text.endswith(_SHORT_COLUMN_NOUNS))


# What a 科普 or health page labels each of its pieces with (科学家故事, 科技史话, 名医说健康, 专家坐诊, 健康问答,
# 谣言粉碎机): printed over the piece's headline, they are its 引题 (no headline ends so)
_PIECE_LABEL_NOUNS = ("故事", "史话", "说健康", "话健康", "坐诊", "答疑", "问答", "竞答", "粉碎机", "辟谣")
# 历史上的今天, 科技史上的今天: the almanac's label, its 的 a fixed phrase's
_ON_THIS_DAY = re.compile(r"^[\u4e00-\u9fff]{0,4}史上的今天$")


# Where someone did it (农技专家田间答疑, 医生社区坐诊): with who before it, a headline telling of an event,
# no label (社区故事, 一线故事 name a column by its scene alone)
_SCENES = ("田间", "地头", "田头", "村头", "院坝", "街头", "现场", "一线", "车间", "大棚", "果园", "社区", "村里", "家门口")


def is_piece_label(text: str) -> bool:
    """科学家故事, 名医说健康, 谣言粉碎机, 科技史上的今天: a bare label a 科普 page prints over a piece's
    headline (the rest of the name no phrase with 的, no news verb, no scene: 院士走进课堂讲故事 and
    农技专家田间答疑 tell what happened)."""
    if _ON_THIS_DAY.match(text):
        return True
    if not _COLUMN_NAME.match(text) or len(text) <= 2 or "的" in text or any(verb in text for verb in _NEWS_VERBS):
        return False
    return text.endswith(_PIECE_LABEL_NOUNS) and not any(scene in text[2:] for scene in _SCENES)


_BRIEFS_NOUNS = ("简讯", "快讯", "短讯", "动态", "速递", "资讯", "集锦", "播报", "速览", "短波", "要闻", "传真")


def is_briefs_heading(text: str) -> bool:
    """科协简讯, 学会动态, 简讯: the name of a column of briefs, each a marked line of its own."""
    return (text in _BRIEFS_NOUNS or is_column_name(text)) and text.endswith(_BRIEFS_NOUNS)


def is_bodies_column(text: str) -> bool:
    """区县科协, 基层科协, 市州科协: a column named for the bodies whose briefs it prints."""
    return bool(_COLUMN_NAME.match(text)) and text.startswith(_COLLECTIVE_SECTION) and text.endswith(("科协", "学会"))


def is_marked_brief(text: str) -> bool:
    """△泰国政府1月3日宣布…。（据新华社电）: a brief behind a triangle, a whole story on one line (a
    picture's caption behind ▲ is shorter and names no source)."""
    return (
        text[:1] in "△▲"
        and visible_length(text) >= 16
        and (ends_sentence(text) or text.endswith(("）", ")")))
    )


# ●快讯● 永川区科协举办…: a label between marks printed in front of a headline. (A web page's
# 【科协动态】万州区… keeps its bracketed label in the title, as the site shows it.)
_LABELLED_HEADLINE = re.compile(
    r"^([●■◆★▲◎]\s*[\u4e00-\u9fff]{2,4}\s*[●■◆★▲◀◎]|【[\u4e00-\u9fff]{2,6}】)\s*(\S.*)$"  # 【工作动态】市科协召开…
)


def labelled_headline(text: str) -> tuple[str, str] | None:
    """(label, headline) of ●快讯● 永川区科协举办青少年科技创新大赛 or 【工作动态】市科协召开上半年工作推进会,
    else None. Only a headline where its story follows (see assemble)."""
    match = _LABELLED_HEADLINE.match(text)
    if not match or is_editors_note(text) or not is_heading_like(match.group(2)):
        return None
    if match.group(1)[0] == "【" and not is_column_name(match.group(1)[1:-1]):
        return None  # 【德阳】德阳市科协召开…: a place's tag the headline is printed with, not a column
    return match.group(1), match.group(2)


_BRACKETED = re.compile(r"^【([^【】]{10,40})】$")


def bracketed_headline(text: str) -> str | None:
    """【永川区科协举办青少年科技创新大赛】: a news headline a digest prints in brackets (ten characters
    or more, a headline's shape, no parallel slogan), else None; 【地方科协】 is a section's banner."""
    match = _BRACKETED.match(text)
    if match is None:
        return None
    content = match.group(1).strip()
    if is_parallel_slogan(content) or is_column_name(content) or not (is_heading_like(content) or could_be_headline(content)):
        return None
    return content


# 附件, 附件2, 附件：2023年度先进集体名单: the head of a document's attachment, or the line naming it
_ATTACHMENT = re.compile(r"^附件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*(?:[：:]\s*\S.{0,60})?$")


def is_attachment_line(text: str) -> bool:
    """附件, 附件1, 附件：…名单: a notice's or a decision's attachment, named or headed (never a headline)."""
    return bool(_ATTACHMENT.match(text))


def is_bare_attachment_head(text: str) -> bool:
    """附件, 附件2: the head printed over an attachment's own title, after the document's signature."""
    return is_attachment_line(text) and not re.search(r"[：:]", text)


def is_parallel_slogan(text: str) -> bool:
    """Two equally long phrases (决战脱贫攻坚 决胜全面小康): a column head when no story follows.

    Two names of four (海来伍呷 沙马阿果, with a Yi or Tibetan name's head) are a line of authors, and
    two bodies' names (永川区科协  荣昌区科协) a row of a name list."""
    parts = text.split()
    if len(parts) != 2 or all(has_long_name_head(part) for part in parts):
        return False
    if all(part.endswith(_BODY_ENDS) for part in parts):
        return False
    lengths = [visible_length(p) for p in parts]
    return (
        lengths[0] == lengths[1]
        and 3 <= lengths[0] <= 8
        and all(re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts)
    )


def is_picture_marker(text: str) -> bool:
    """图片： introduces the captions of an article's pictures."""
    return text in ("图片：", "图片:", "图片", "图：", "附图：", "附图:")


_TRAILING_ATTRIBUTION = re.compile(  # after a copy's half-width full stop too, not a number's point
    r"(?:(?<=[。！？!?”’…])|(?<=[^\d.]\.))\s*([（(]\s*(?:[^（）()，,。：:；;]{2,16}?|完)\s*[）)])$"
)
_END_MARKS = frozenset(["完", "全文完", "终", "END", "End", "end", "未完待续", "待续", "未完", "本文有删节", "有删节", "略有删节"])


_PICTURE_NOTE = re.compile(
    r"^(?:资料图片?|资料照片|网络图片|示意图|组图|配图|图片(?:来自|来源于?)[:：]?\s*\S{1,12}|视频截图"
    r"|(?:数据|表格数据)(?:来源于?|来自)[:：]?\s*\S{1,20}"  # under a table: its figures' source
    r"|附(?:图片?|照片)\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[张幅]?)$"  # under a headline: pictures follow
)
# （本文图片均由遂宁市科协提供）: who gave the piece's pictures, at its end
_PICTURES_GIVEN = re.compile(r"^(?:本文|文中|本组)?(?:图片|照片|配图)均?由(\S{1,24}?)(?:提供|拍摄)$")
# 现场座无虚席。（图为报告会现场。记者 张伟 摄）: a picture's caption and credit closing a paragraph.
_PICTURE_CREDIT_END = re.compile(r"[（(][^（）()]{0,80}?(?:摄|摄影|供图|资料图片?|资料照片)\s*[）)]$")


_ADVERT_LABELS = frozenset(["广告", "【广告】", "[广告]", "（广告）", "(广告)", "广而告之", "广告专版", "商业广告"])


# A classified advertisement's heading, which needs no 广告 label: 招聘, 诚聘, 欢迎订阅2025年度《重庆科技报》
# (a 招聘启事 is as often a body's own notice: 四川科技报社现面向社会公开招聘…)
_CLASSIFIED_HEADING = re.compile(r"^(?:招聘|诚聘|急聘|招商|招租|转让|出租|求购)$|^(?:欢迎订阅|征订)\S{0,20}$")


def is_classified_heading(text: str) -> bool:
    """招聘, 欢迎订阅《重庆科技报》: the heading of a paid notice that papers print without a 广告 label."""
    return bool(_CLASSIFIED_HEADING.match(strip_bullet(text).strip()))


def is_advert_label(text: str) -> bool:
    """广告, 【广告】: the label papers print over a paid notice (公益广告 is the paper's own message)."""
    return text.strip() in _ADVERT_LABELS


def is_public_service_label(text: str) -> bool:
    """公益广告, 【公益广告】: the label over the paper's own message (节约用水 从我做起), page furniture."""
    return text.strip().strip("【】[]（）()") in ("公益广告", "公益宣传")


def is_picture_note(content: str) -> bool:
    """（资料图片）, （图片来自网络）, （数据来源：重庆市科协）: what a picture or a table is, in brackets;
    no source or author of the story."""
    return bool(_PICTURE_NOTE.match(content.strip()))


def pictures_given_by(content: str) -> str | None:
    """各区县科协 of 本组图片均由各区县科协提供: who gave a piece's or a strip's pictures, else None."""
    match = _PICTURES_GIVEN.match(content.strip())
    return match.group(1) if match else None


def ends_with_picture_credit(text: str) -> bool:
    """A paragraph closed by its picture's bracketed caption or credit: finished, as if by 。"""
    return bool(_PICTURE_CREDIT_END.search(text))


# （根据录音整理）, （本文据讲话录音整理）: how the text was made, a speech's transcription note
_TRANSCRIBED = re.compile(r"^(?:本文)?(?:根据|据)[\u4e00-\u9fff]{0,16}整理(?:而成)?$")


def is_end_mark(content: str) -> bool:
    """（完）, (END), （未完待续）, （本文有删节）, （根据录音整理，有删节）: where the story ends and how, or how its
    text was made; no source, no author."""
    marks = [mark.strip() for mark in re.split(r"[，,、；;]", content.strip())]
    return all(mark in _END_MARKS or _TRANSCRIBED.match(mark) for mark in marks)


def is_to_be_continued(content: str) -> bool:
    """（未完待续）, （待续）: an end mark that says the story is not over."""
    return content.strip() in ("未完待续", "待续", "未完")


def is_author_note(content: str) -> bool:
    """（作者系重庆市科协科普部部长）, （原标题：…）, （本文图片均由遂宁市科协提供）: who the author is, what
    a reposted story was first called or who gave its pictures, not where the story came from."""
    content = content.strip()
    return content.startswith(("作者系", "作者为", "作者是", "本文作者", "原标题：", "原标题:", "本文系", "本文为")) or bool(
        _PICTURES_GIVEN.match(content)
    )  # 本文系重庆市社科规划项目成果: what the piece is, not who sent it


# 宜宾市科协开展科普进校园活动。11月30日，…: a brief's bold first sentence, then its dated lead.
_RUN_IN = re.compile(r"^([^，,。；;：:！？!?（(“]{6,30})(。)\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|近日|日前|当天|\d{1,2}日)")


def run_in_headline(text: str) -> tuple[str, str, str] | None:
    """(headline, its full stop, the rest) of a brief printed with its headline run into its lead."""
    match = _RUN_IN.match(text)
    if match is None:
        return None
    return match.group(1), match.group(2), text[match.end() :].lstrip()


def split_trailing_attribution(text: str) -> tuple[str, str] | None:
    """A closing attribution printed at the end of the last paragraph: '…家园。(李华)' → ('…家园。', '(李华)')."""
    if not text.rstrip("\n").endswith(("）", ")")):
        return None  # the attribution ends the line: skip the scan
    match = _TRAILING_ATTRIBUTION.search(text)
    if not match or not re.search(r"[\u4e00-\u9fff]", match.group(1)):
        jump = _TRAILING_JUMP.search(text)  # …专题课，（下转第2版）: the page cut it mid-sentence
        if jump and jump.start() > 0 and jump_marker(jump.group()) and jump_marker(jump.group())[0] == "to":
            return text[: jump.start()].rstrip(), jump.group()
        return None
    return text[: match.start()].rstrip(), match.group(1)


# A jump between pages: （下转第2版） ends this page's part of a story, （上接第1版） opens the rest of one.
_JUMP = re.compile(r"[（(]\s*(上接|下转|接|转)\s*(?:第\s*)?([0-9０-９一二三四五六七八九十A-Za-z]{1,3})\s*版\s*[）)]")
_TRAILING_JUMP = re.compile(_JUMP.pattern + r"$")
# …also without its brackets on a line of its own, as PDF copies print it: 转第2版, 下转A2版, 上接第1版
_BARE_JUMP = re.compile(r"(上接|下转|接|转)\s*(?:第\s*)?([0-9０-９一二三四五六七八九十A-Za-z]{1,3})\s*版")


def jump_marker(text: str) -> tuple[str, str] | None:
    """('from' | 'to', page) when ``text`` is only a jump marker, bracketed or bare, else None."""
    match = _JUMP.fullmatch(text.strip()) or _BARE_JUMP.fullmatch(text.strip())
    if not match:
        return None
    return ("from" if match.group(1) in ("上接", "接") else "to"), unicodedata.normalize("NFKC", match.group(2))


def split_leading_jump(text: str) -> tuple[str, str] | None:
    """'（上接第1版）…text' → ('（上接第1版）', '…text'); None when the line does not open with one."""
    match = _JUMP.match(text)
    if not match or jump_marker(match.group()) is None or jump_marker(match.group())[0] != "from":
        return None
    return match.group(), text[match.end() :].lstrip()


def reads_as_account_name(text: str) -> bool:
    """A WeChat account's name: short, no digits, no punctuation (重庆科协, 科普中国, 四川科技报)."""
    return 2 <= len(text) <= 16 and text.isalpha()


_SOURCE_LABEL = re.compile(
    r"^(?:作者单位|单位|本文来源|文章来源|稿件来源|来源|稿源|供稿|信息来源|资料来源)\s*[:：丨|]\s*(.+)$"
    r"|^(?:本文)?(?:转自|转载自|原载(?:于)?)\s*[:：]?\s*(.+)$"  # 转自川观新闻: a repost's first outlet
)
# 综合新华社、人民网报道: the outlets a story was compiled from
_COMPILED_FROM = re.compile(r"^(?:本报)?综合(?!报道$)(.{2,30}?)(?:报道|消息)?$|^据(.{2,20}?)(?:报道|消息)?$")


_SUPPLIED = re.compile(r"^(?!图|照片)([^由]{2,30}?)\s*(?:供稿|来稿|提供)$")  # 永川区科协供稿, 重庆市气象台提供


# 《四川科技报》2023年7月14日第2版: an outlet's title, then the issue a piece was printed in
_TITLE_THEN_ISSUE = re.compile(
    r"^《([^《》]{2,20})》\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*[版期])?$"
)


def labelled_source(content: str) -> str:
    """A closing attribution's source without its label: 作者单位：重庆市科协 → 重庆市科协,
    永川区科协供稿 (重庆市气象台提供) → 永川区科协, 综合新华社、人民网报道 → 新华社、人民网, 据科普中国 → 科普中国, 原载《四川科技报》2023年
    7月14日第2版 → 四川科技报 (题图由X提供 credits a picture and stays as printed)."""
    found = _SOURCE_LABEL.match(content) or _SUPPLIED.match(content) or _COMPILED_FROM.match(content)
    source = next(group for group in found.groups() if group) if found else content
    titled = _TITLE_THEN_ISSUE.match(source) if source[:1] == "《" else None
    return titled.group(1) if titled else source  # 据《成都日报》, 原载《四川科技报》2023年7月14日第2版


# A news lead opens with when it happened: 3月12日，… / 近日，… / 2021年3月12日上午，…
_NEWS_LEAD = re.compile(
    # 9月18日，9月18日—19日，9月17日（星期五）上午，昨天下午，
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—–－~～-](?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:上午|下午|晚上|晚|早上|中午)?"
    r"|(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚)?|近日|日前|近期|连日来"
    r"|记者(?:日前|近日)?从[^，。,]{2,30}(?:获悉|了解到)"  # 记者从成都市科协获悉，…
    r"|(?:今年|\d{4}年)?\d{1,2}月(?:份|\d{1,2}日)?以来)[，,]"  # 5月以来，…: since a month, as a brief opens
)


def run_in_brief(text: str, *, marked: bool = True) -> tuple[int, int] | None:
    """■江津区科协开展科普进社区活动 近日，江津区科协…。（江津区科协）: a brief's headline behind a mark, run
    into its story's lead after a space; (end of the headline, start of the lead) in ``text``, else None.
    With ``marked`` False the mark may be missing (a column of briefs under its name prints none)."""
    if marked and not is_bullet(text):
        return None
    body_start = len(text) - len(strip_bullet(text))
    gap = _RUN_IN_GAP.search(text, body_start)
    if gap is None:
        return None
    head, lead = text[body_start : gap.start()], text[gap.end() :]
    if not (6 <= len(head) <= 40 and is_heading_like(head)) or not is_news_lead(lead):
        return None
    return gap.start(), gap.end()


_RUN_IN_GAP = re.compile(r"[ \u3000]+")


def is_news_lead(text: str) -> bool:
    """3月12日，北碚区第五届青少年机器人竞赛在区科技馆举行……: a story's first sentence, when and what."""
    return bool(_NEWS_LEAD.match(text)) and is_prose(text)


# The short names of 重庆's districts and counties, of 四川's cities and prefectures and of its county-level
# cities (named without 市): how a brief's place tag and a page's province hint print them (pagemeta).
CHONGQING_PLACES = (
    r"渝[中北东西南]|万州|涪陵|大渡口|江北|沙坪坝|九龙坡|南岸|北碚|綦江|大足|渝北|巴南|黔江|长寿|江津|合川|永川|"
    r"南川|璧山|铜梁|潼南|荣昌|开州|梁平|武隆|城口|丰都|垫江|忠县|云阳|奉节|巫山|巫溪|石柱|秀山|酉阳|彭水"
)
SICHUAN_CITIES = r"成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山"
SICHUAN_COUNTY_CITIES = r"都江堰|崇州|邛崃|简阳|什邡|广汉|绵竹|江油|阆中|峨眉山|华蓥|万源|隆昌|射洪|西昌|会理|康定|马尔康"
_SHORT_PLACE = re.compile(rf"(?:{CHONGQING_PLACES}|{SICHUAN_CITIES}|{SICHUAN_COUNTY_CITIES})")
# An official name by its level: 渝北区, 攀枝花市, 甘孜州, 忠县, 东区
_OFFICIAL_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}(?:区|县|市|州|旗)")
# Words that end like a place's level and name none
_PLACE_LIKE_WORDS = frozenset(
    ["城区", "市区", "新区", "郊区", "山区", "园区", "景区", "社区", "校区", "片区", "辖区", "小区", "城市", "都市", "超市",
     "全区", "全市", "全县", "全州", "本区", "本市", "本县", "我区", "我市", "我县", "各区", "各县", "区县", "市县", "市州"]
)


# …and words that end a topic's name, not a place's: 智慧城市, 科技园区, 示范区 (两江新区 and 天府新区 are places)
_PLACE_LIKE_ENDINGS = (
    *(word for word in _PLACE_LIKE_WORDS if len(word) == 2 and word != "新区" and word[0] not in "全本我各"),
    "示范区", "试验区", "实验区", "先行区", "功能区", "保护区",
)


def is_place_name(text: str) -> bool:
    """渝北区, 攀枝花市, 甘孜州, 忠县, or a 川渝 place's short name (达州, 巴中, 万州): a county's or a
    city's name, as a brief's place tag prints it (no person: 甘孜州 behind ◆ is no 甘 with a given name;
    no topic: 智慧城市, 科技园区, though 成都市 ends like 都市)."""
    if text in _PLACE_LIKE_WORDS:
        return False
    if text.endswith(_PLACE_LIKE_ENDINGS) and not _KNOWN_PLACE.fullmatch(text):
        return False
    return bool(_OFFICIAL_PLACE.fullmatch(text) or _SHORT_PLACE.fullmatch(text))


_KNOWN_PLACE = re.compile(rf"(?:{CHONGQING_PLACES}|{SICHUAN_CITIES}|{SICHUAN_COUNTY_CITIES})(?:区|县|市|州)")


def is_no_persons_name(text: str) -> bool:
    """甘孜州, 攀枝花市, 渝北区, 泸定县: a 川渝 place by its short name and its level, or any name ending
    区 or 县, which no person's does (陈九州 and 江北 may be a person's, 甘孜州 is a place)."""
    return bool(_KNOWN_PLACE.fullmatch(text)) or (text.endswith(("区", "县")) and is_place_name(text))


# A brief's place tag in front of its lead: 【万州区】5月10日，…, ■ 渝北区 3月15日，…, 达州：7月8日，…
_PLACE_TAG = re.compile(
    r"^(?:【\s*(?P<bracketed>[\u4e00-\u9fff]{2,8})\s*】\s*"
    r"|(?P<mark>[-•●▪■◆*])\s*(?P<marked>[\u4e00-\u9fff]{2,8})[ \u3000]+"
    r"|(?P<colon>[\u4e00-\u9fff]{2,8})[：:]\s*)"
)


def place_tag(text: str) -> tuple[str, str, str] | None:
    """(the marks taken off, the place, the rest) of a line opened by a place's tag (【万州区】5月10日，…,
    ■ 渝北区 3月15日，…, 达州：7月8日，…), else None. Only a brief's tag where its lead follows (see
    assemble_briefs)."""
    match = _PLACE_TAG.match(text)
    if match is None:
        return None
    place = match.group("bracketed") or match.group("marked") or match.group("colon")
    if not is_place_name(place):
        return None
    if match.group("bracketed"):
        marks = "【】"
    elif match.group("marked"):
        marks = match.group("mark")
    else:
        marks = text[match.start("colon") + len(place)]
    return marks, place, text[match.end() :]


# ▲甘孜州 丹巴县章谷镇科协开展…: a mark, a place and a space in front of a brief's headline
_PLACE_OVER_HEADLINE = re.compile(r"^([▲△■□◆◇●○★☆▶►•])\s*([\u4e00-\u9fff]{2,8})[ \u3000]+(\S.*)$")


def place_labelled_headline(text: str) -> tuple[str, str, str] | None:
    """(mark, place, headline) of ▲甘孜州 丹巴县章谷镇科协开展科普惠农活动, else None: the place is the
    brief's label, printed in front of its headline (the two were read as title and 副题). Only a
    headline where its story follows (see assemble)."""
    match = _PLACE_OVER_HEADLINE.match(text)
    if match is None or not is_place_name(match.group(2)) or not is_heading_like(match.group(3)):
        return None
    return match.group(1), match.group(2), match.group(3)


_PLACE_COLON = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]\s*\S")


def is_place_led_headline(text: str) -> bool:
    """大足区：科技特派员助力柑橘提质增效: a headline led by its place and a colon, as a column of
    briefs prints each brief's (a sidebar's list line names no place first)."""
    match = _PLACE_COLON.match(text)
    return match is not None and is_place_name(match.group(1)) and is_heading_like(text)


def reads_as_news_headline(text: str) -> bool:
    """北碚区举办青少年机器人竞赛: long enough to say who did what (a sub-heading is a short phrase)."""
    return 8 <= visible_length(text) <= 32 and not is_numbered_heading(text)


_SECTION_NUMBER = re.compile(r"^(?:0[1-9]|[Pp][Aa][Rr][Tt]\s*\.?\s*0?[1-9])$")


def is_section_number(text: str) -> bool:
    """01, 02, PART.03: a WeChat post's section number, printed on its own line over the section's heading."""
    return bool(_SECTION_NUMBER.match(text.strip()))


_BARE_DATE = re.compile(rf"^(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{CN_DATE_TEXT})$")
_ISSUER_TAILS = (
    "科协", "科学技术协会", "协会", "学会", "研究会", "联合会", "委员会", "组委会", "常委会", "人民政府", "办公室", "办公厅",
    "局", "委", "中心", "报社", "杂志社", "编辑部", "总队", "支队", "大队", "服务队",
    "学院", "大学", "研究院", "研究所", "医院", "公司",  # co-signers of a 倡议书 beside the 科协
)


def is_issuer(text: str) -> bool:
    """重庆市科学技术协会, 四川科技报社, 重庆市科技志愿服务总队: a body's name alone, as a notice is signed."""
    return visible_length(text) <= 30 and not _INNER_STOPS.search(text) and text.endswith(_ISSUER_TAILS)


# 倡议单位：…, 联合发起单位：…: the label a proposal's or a call's signature line may open with
_SIGNING_LABEL = re.compile(r"^(?:联合)?(?:倡议|发起|主办|发布|印发)(?:单位|方)\s*[：:]\s*")


def signing_bodies(text: str) -> list[str]:
    """The bodies a signature line names, in print order: 重庆市科学技术协会; 重庆市科学技术协会　　重庆市教育
    委员会 (co-signers spaced on one line); 倡议单位：德阳市科学技术协会　德阳市科技志愿服务总队. None: []."""
    rest = _SIGNING_LABEL.sub("", text.strip(), count=1)
    bodies = rest.split()
    return bodies if bodies and all(is_issuer(body) for body in bodies) else []


# …联合发布, …出品: what the bodies of a line under a headline did (they issued the piece)
_ISSUED = re.compile(r"\s*(?:联合|共同)?(?:发布|出品|推出|制作|供稿)$")


def issuers_under_headline(text: str) -> list[str]:
    """重庆市科协 国网重庆市电力公司, 四川省科协 四川省卫生健康委员会 联合发布: the bodies a line under a
    headline names as the piece's issuers (no 副题: a 副题 says more of the story); else []."""
    return signing_bodies(_ISSUED.sub("", text.strip()))


def signs_with_date(issuer: str, date_line: str) -> bool:
    """重庆市科学技术协会 over 2022年8月20日: a notice's signature, kept in its text (not the page's date)."""
    return bool(_BARE_DATE.match(date_line.strip())) and bool(signing_bodies(issuer))


# Marks and emoji pointing up or down at a picture: ▲ ↑ ⬆️ 👆 over it, ▼ ↓ ⬇️ 👇 under it
PICTURE_POINTERS = "▲△▼▽↑↓⬆⬇☝👆👇🔼🔽⏫⏬"
# ▲ 活动现场。, ↑ 志愿者为群众讲解。, ⬆️现场群众参观科普展台: a pointer, then the picture's caption (a lone
# ▼ is an ornament).
_POINTED_CAPTION = re.compile(rf"^[{PICTURE_POINTERS}]\ufe0f?\s*[^\s{PICTURE_POINTERS}\ufe0f]")


def is_pointed_caption(text: str) -> bool:
    """A caption opened by a mark pointing at its picture: ▲…, ▼…, ↑…, ⬆️…, 👆… (not a lead-in to what
    follows, ▼活动流程如下：, nor a prompt to the reader, 👇点击下方“阅读原文”报名)."""
    return bool(_POINTED_CAPTION.match(text)) and text[-1] not in "：:" and not _READER_PROMPT.search(text[:12])


# What a post asks its reader to do to a link or a code: 点击上方蓝字, 长按识别二维码, 扫码 (one table for
# pagemeta's follow prompts and the prompts under a pointer)
READER_ACTIONS = "点击|长按|扫码|扫描|识别"
# What a post asks its reader to do under a pointer: 点击下方“阅读原文”, 长按识别二维码, 扫码报名, 关注我们
_READER_PROMPT = re.compile(rf"{READER_ACTIONS}|关注|阅读原文|戳|报名通道")


# 图①：…, 图① …, 图2 …, 上图：…, 图：… (a number may stand before a space alone; a bare 图 needs its colon)
_NUMBERED_PICTURE = re.compile(
    r"^(?:图\s*[①-⑳0-9０-９一二三四五六七八九十]{1,2}(?:\s*[:：]|\s+(?=\S))"
    r"|(?:[上下左右中]图|图[上下左右中]|图(?=\s*[:：]\s*\S))\s*[:：])"
)


_SCENE = re.compile(r"^[\u4e00-\u9fff]{1,8}现场。?$")
_SENTENCE_WORDS = frozenset("了我你他她们在到是")  # 我们来到了活动现场。 is a sentence of the story


def is_scene_caption(text: str) -> bool:
    """大会现场。, 签约仪式现场: the caption papers print under a picture of the event, never a paragraph."""
    return text.endswith(("现场", "现场。")) and bool(_SCENE.match(text)) and not _SENTENCE_WORDS.intersection(text)


def is_numbered_caption(text: str) -> bool:
    """图①：…, 上图：…, 图左：…, 图：…: the caption of one of a story's pictures."""
    return bool(_NUMBERED_PICTURE.match(text))



# 关于开展2024年全国科普日活动的通知  2024-08-15: a list page's link, its post's title and date
_DATED_LINK = re.compile(
    r"^(\S.{4,58}?)\s+[\[【（(]?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\]】）)]?$"
)


def is_dated_link(text: str) -> bool:
    """A post's title and its date on one line, as a column's list of posts prints them (the title
    ends no sentence)."""
    if not (text[-1:].isdigit() or text[-1:] in "日]】）)") or len(text) > 80:
        return False  # every line of a story is tested: most end in a stop
    match = _DATED_LINK.match(text)
    return bool(match) and "。" not in match.group(1) and not ends_sentence(match.group(1))


# 120个 建成科普示范基地, 2万人次 培训农民: a figure and what it counts, a line of a 数读 sidebar
_FIGURE_LINE = re.compile(r"^\d[\d.,]*\s*(?:余|多)?\s*[万亿千百]?[^\s\d，,。]{0,3}\s+[^\s，,。]{2,20}$")


def is_figure_line(text: str) -> bool:
    """A figure, a space and what it counts: one line of a sidebar's list of figures."""
    return text[:1].isdigit() and bool(_FIGURE_LINE.match(text))
