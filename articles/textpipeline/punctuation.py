"""Character width repairs for item text (GB/T 15834).

Two one-for-one substitutions, so every repair keeps the character count:

* full-width digits and Latin letters (１２月, ＡＢＣ) become half-width, with the marks
  inside such a number (０．７４％ → 0.74%, １２：３０ → 12:30);
* half-width punctuation inside Chinese text becomes full-width
  (``,`` → ``，``, ``:`` → ``：``, ``(`` ``)`` → ``（`` ``）``, ``?`` → ``？``,
  ``!`` → ``！``, ``;`` → ``；``; straight ``"…"`` around Chinese → ``“…”``, a ``.`` after
  Chinese text → ``。``). Numbers (12.5, 12:30, 1,000), URLs, e-mail
  addresses and English phrases ("World Bank Group", "Corporation, IFC") keep
  their half-width marks, because neither neighbour is Chinese.

A space left after a converted mark before Chinese text is dropped (full-width
marks carry their own spacing); whitespace is never counted as content.
``stray_spaces`` drops the spaces a scan or a justified PDF line leaves in
story text: beside a full-width mark, and between the characters of a
letter-spaced paragraph (重 庆 市 科 协). Spaces between Chinese words
(verse, lists) are kept: nothing proves them wrong; so is a table row's column gap
beside a bracket (科普活动（场）    参与人次（万）).
"""

from __future__ import annotations

import re

from .credits_names import padded_names
from .surnames import has_surname

_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
# Half-width marks and their full-width forms in Chinese text (GB/T 15834).
FULL_WIDTH_MARKS = {",": "，", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", ";": "；"}
_FULLWIDTH_ALNUM_RE = re.compile("[０-９Ａ-Ｚａ-ｚ]")
_HALF_MARKS = re.compile(r"[,:?!;()]")
_PARENS = re.compile(r"[()]")
_CHINESE_CLASS = "[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’…—·]"  # what is_chinese() accepts
_CHINESE_RE = re.compile(_CHINESE_CLASS)
# Any mark but , ? ! ; right after Chinese text (the look-behind follows the mark, so the scan is fast).
_MARK_NOT_AFTER_CHINESE = re.compile(f"[,:?!;()](?<!{_CHINESE_CLASS}[,?!;])")
# A web or e-mail address, which keeps its marks; not the sentence's mark right after it (…org.cn,谢谢).
_NOT_IN_ADDRESS = r"\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
ADDRESS = re.compile(
    rf"(?:https?://|www\.)[^{_NOT_IN_ADDRESS}]*[^{_NOT_IN_ADDRESS},.;:!?)]"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
# A short run of Latin letters, digits and % between Chinese text: 增长6.5%,CPI上涨 (its comma is Chinese)
_EMBEDDED_BEFORE = re.compile(rf"{_CHINESE_CLASS}[A-Za-z0-9.%‰]{{1,12}}$")
_EMBEDDED_AFTER = re.compile(rf"[A-Za-z0-9.%‰]{{1,12}}{_CHINESE_CLASS}")


def is_chinese(ch: str) -> bool:
    """CJK ideograph or CJK/full-width punctuation."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or ch in "“”‘’…—·"


# Marks that belong to a number (GB/T 15835: numbers are written half-width): ０．７４％ → 0.74%,
# １２：３０ → 12:30, １９９８－０１－０５ → 1998-01-05, ３／４ → 3/4. Only between digits (％ after one),
# so a full-width colon or dash in Chinese text is left alone.
_NUMBER_MARKS = {"．": ".", "：": ":", "－": "-", "／": "/", "％": "%"}
# ＡＩ＋制造, ５Ｇ＋工业互联网: the plus after a full-width word or number goes half-width with it (AI+制造)
_PLUS_AFTER_ALNUM = re.compile("(?<=[０-９Ａ-Ｚａ-ｚ])＋")
# ８９．６ cut by a column's edge beside the point is still one number
_NUMBER_MARK_RE = re.compile(r"(?<=\d)(?:．(?=\n?\d)|[：－／](?=\d)|％)|(?<=\d\n)．(?=\d)")
# １２，０００亩, １，２００，０００人次: a full-width comma that parts a number's thousands groups is the number's
_THOUSANDS_GROUPS = re.compile(r"(?<!\d)\d{1,3}(?:，\d{3})+(?!\d)")
# ３８μｇ／ｍ３, １２０ｋｍ／ｈ: the slash of a unit after a figure (ＡＩ／ＶＲ, two words, keeps its own)
_UNIT_SLASH = re.compile(r"(?<=\d)([A-Za-zμ]{1,3})／(?=[A-Za-z]{1,3}\d?(?![A-Za-z]))")


# Marks a web or e-mail address set in full-width type holds (ｈｔｔｐｓ：／／ｗｗｗ．ｃｑｋｊｇ．ｃｎ, ｋｅｐｕ＠ｃｑａｓｔ．ｏｒｇ):
# the address is written half-width as a whole, its marks too.
_ADDRESS_MARKS = str.maketrans("：／．＠＿－％？＝＆＃～＋", ":/.@_-%?=&#~+")
# The ideographic space between two words of Latin letters set full-width: Ｊｏｈｎ　Ｓｍｉｔｈ is John Smith.
_LATIN_WORD_SPACE = re.compile("(?<=[Ａ-Ｚａ-ｚ])\u3000(?=[Ａ-Ｚａ-ｚ])")


def halfwidth_alnum(text: str) -> tuple[str, int]:
    """Full-width digits and letters to ASCII, and the marks inside such numbers and addresses and the
    spaces between such words; returns the new text and how many characters changed."""
    if not _FULLWIDTH_ALNUM_RE.search(text):
        return text, 0
    count = len(_FULLWIDTH_ALNUM_RE.findall(text))
    spaces = 0
    if "\u3000" in text:
        text, spaces = _LATIN_WORD_SPACE.subn(" ", text)
    text, pluses = _PLUS_AFTER_ALNUM.subn("+", text) if "＋" in text else (text, 0)
    text = text.translate(_FULLWIDTH_ALNUM)
    text, marks = _NUMBER_MARK_RE.subn(lambda match: _NUMBER_MARKS[match.group()], text)
    if "，" in text:
        marks += sum(match.group().count("，") for match in _THOUSANDS_GROUPS.finditer(text))
        text = _THOUSANDS_GROUPS.sub(lambda match: match.group().replace("，", ","), text)
    if "／" in text:
        text, slashes = _UNIT_SLASH.subn(r"\1/", text)
        marks += slashes
    marks += pluses
    if "／／" in text or "＠" in text or "www．" in text:
        text, address_marks = _halfwidth_addresses(text)
        marks += address_marks
    return text, count + spaces + marks


def _halfwidth_addresses(text: str) -> tuple[str, int]:
    """The full-width marks of each address (https：／／www．cqkjg．cn → https://www.cqkjg.cn), not the
    sentence's mark after it (…ｃｎ．, …ｃｎ：); returns the text and how many marks changed."""
    probe = text.translate(_ADDRESS_MARKS)  # one for one, so an address found in it stands at its place in text
    count = 0
    for match in ADDRESS.finditer(probe):
        start, end = match.span()
        count += sum(1 for was, now in zip(text[start:end], match.group(), strict=True) if was != now)
        text = text[:start] + match.group() + text[end:]
    return text, count


# A scan's digits read as letters: 2O23年, l000余人 (O for 0, l or I for 1), and as the Chinese zero
# (2〇23年, 12〇余人). A run of digits and such letters with two digits or more, no other letter beside
# it (H1N1, 5G, iOS 17 are left alone); 〇 beside one digit is enough (二〇二三年 has none).
_OCR_LETTERS = "OolI〇"
_OCR_RUN_CHARS = frozenset("0123456789" + _OCR_LETTERS)
_OCR_DIGIT = str.maketrans(_OCR_LETTERS, "00110")


def ocr_digits(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Letters a scan misread inside a number turned back into digits; returns the text and each
    (as printed, repaired) number changed."""
    if not ("O" in text or "l" in text or "o" in text or "I" in text or "〇" in text):
        return text, []
    runs = sorted({run for letter in _OCR_LETTERS for run in _misread_runs(text, letter)})
    if not runs:
        return text, []
    pieces, changed, position = [], [], 0
    for start, end in runs:
        if start < position:
            continue
        number = text[start:end]
        pieces += [text[position:start], number.translate(_OCR_DIGIT)]
        changed.append((number, pieces[-1]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), changed


def _misread_runs(text: str, letter: str):
    """(start, end) of each number holding ``letter`` next to a digit: found with str.find, which is
    much cheaper than a regular expression over a whole page where most such letters are English."""
    found = text.find(letter)
    while found != -1:
        if (found and text[found - 1].isdigit()) or text[found + 1 : found + 2].isdigit():
            start = end = found
            while start and text[start - 1] in _OCR_RUN_CHARS:
                start -= 1
            while end < len(text) and text[end] in _OCR_RUN_CHARS:
                end += 1
            number = text[start:end]
            latin_beside = (start and text[start - 1].isascii() and text[start - 1].isalpha()) or (
                end < len(text) and text[end].isascii() and text[end].isalpha()
            )
            digits = sum(char.isdigit() for char in number)
            one_misread = digits == 1 and len(number) == 2 and _counts_or_dates(text, start, end, number)
            if not latin_beside and (digits >= 2 or one_misread or (letter == "〇" and digits)):
                yield start, end
            found = text.find(letter, end)
        else:
            found = text.find(letter, found + 1)


# A scan's 日 read as 口 after a month and day: 2021年5月20口，/ 5月20口上午 / 5月20口举行. 月 and a day of
# the month before it make a date; after it, a mark or a word that follows a date and makes no word with 口
# (口罩, 口岸, 20口井 are not dates), so nothing else is read as 日.
# 曰 after a month and its day can only be 日 (五月十六曰, 5月16曰).
_DAY_MISREAD = re.compile(
    # Each date opens with its month's or day's number: the lookahead lets the engine skip to one instead
    # of trying every branch at every character of the page (the same matches, ~8× faster)
    r"(?=[0-9一二三四五六七八九十])(?:"
    r"(?<![0-9])(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])(曰)"
    r"|(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(曰)"
    r"|(?<=[日曰口][至到—－-])(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(曰)"  # …至十八曰
    r"|(?<![0-9])(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])(口)"
    r"(?=$|[\s，。、；：！？,.;:!?）)—～~－-]|[上下中]午|凌晨|当天|以来|[早晚夜起至到在前后电讯]"
    r"|举行|举办|召开|开幕|开展|开始|启动|发布|正式|结束|闭幕|落幕|截止|揭晓|进行|完成|上线|开通|成立|出台|印发|公布)"
    r")"
)


def ocr_day_marks(text: str) -> tuple[str, list[tuple[str, str]]]:
    """日 a scan misread as 口 or 曰 in a date turned back; returns the text and each (as printed, repaired) date."""
    if ("口" not in text and "曰" not in text) or "月" not in text:
        return text, []
    changed = []

    def repaired(match: re.Match) -> str:
        changed.append((match.group(), match.group()[:-1] + "日"))
        return changed[-1][1]

    return _DAY_MISREAD.sub(repaired, text), changed


# Characters a scan confuses (己/已, 巳/已, 末/未, 人/入, 曰/日), turned back only where the printed one
# cannot stand (a wrong repair is worse than none). 己经, 己建成, 己达 are 已… unless 己 ends a word that can
# be their subject (自己经常, 知己); 己有 is left, for 与己有关, 对己有利 are right. 巳 before such a verb
# is 已 (巳经, 巳成为, 巳公布: 巳 is only an hour and a year of the old calendar, 辛巳, 巳时). 末 ends many
# words (明末, 粉末, 秋末, 周末), so 末来 is 未来 only before what 来 as a verb cannot take (末来还将, 末来可期)
# or after a verb taking 未来 as its object (面向末来), and 末能 is 未能 only after a word that governs 未能
# (仍末能, 但末能). The other way, 未 after a month is 末 where 未 cannot begin a word (截至6月未，; 6月未能,
# 6月未到 stay), and before 已 or 止 only after a month's name (截至6月未已有, 2023年6月未止): after a count
# of months 未已, 未止 are "not yet over" (连续三月未止). 深人 is 深入 only before what 深入 takes (深人企业, 深人开展); 幽深人迹, 夜深人静,
# 资深人士 stay. 入次 after a count is 人次 (200余入次). 曰 after 近, 今, 昨, 当 is 日 (近曰 is no word;
# 子曰, 或曰 stay), unless a quotation follows.
_CONFUSED_CHARACTERS = re.compile(
    # A match is the misread character alone (_CONFUSED_WITH): the lookahead lets the engine skip to one
    # instead of trying every branch at every character of the page (the same matches, ~5× faster)
    r"(?=[己巳末未人入曰])(?:"
    r"(?<![自知异利克舍为律一])(己)(?=经|达|建|成|累计|完成|超过|举办|开展|实现|形成|取得)"
    r"|(巳)(?=经|达|建成|成为|累计|完成|超过|举办|开展|实现|形成|取得|公布|发布|启动)"
    r"|(末)(?=来(?:还将|将|已来|可期|已经|发展|产业|科技|城市|[一二三四五六七八九十两几数]+年))"
    r"|(?<=面向|走向|迈向|拥抱|展望|开创|共创|赢得|引领|点亮|畅想|憧憬)(末)(?=来)"
    r"|(?<=[仍但却均尚并都还])(末)(?=能)"
    r"|(?<=[0-9一二三四五六七八九十]月)(?:(?=未[，。、；,;])|(?<=[至到止年][0-9一二三四五六七八九十]月)"
    r"|(?<=[至到止年][0-9一二三四五六七八九十]{2}月)(?=未[已止]))(未)"
    r"|(?<=深)(人)(?=开展|推进|实施|学习|贯彻|基层|一线|田间|地头|社区|企业|农村|乡村|浅出|人心|交流|研究"
    r"|调研|调查|了解|挖掘|推动|落实|探讨|分析|群众|园区|学校|车间|乡镇|生产|实际|细致|持久)"
    r"|(?<=[0-9余万多千百])(入)(?=次)"
    r"|(?<=[近今昨当])(曰)(?![：:“\"])"
    r")"
)
_CONFUSED_WITH = {"己": "已", "巳": "已", "末": "未", "未": "末", "人": "入", "入": "人", "曰": "日"}
# The groups whose misread character ends the word recorded (月未, 深人, 近曰); the others begin it (末来, 入次)
_ENDS_WORD = frozenset((6, 7, 9))


def ocr_confused_characters(text: str) -> tuple[str, list[tuple[str, str]]]:
    """己经, 巳经, 末来, 6月未, 深人, 余入次, 近曰 a scan misread turned back (已经, 未来, 6月末, 深入, 余人次,
    近日); returns the text and each (as printed, repaired) word."""
    if not any(char in text for char in "己巳末未人入曰"):
        return text, []
    changed = []

    def repaired(match: re.Match) -> str:
        misread, start = match.group(), match.start()
        ends_word = match.lastindex in _ENDS_WORD
        word = text[start - 1 : start + 1] if ends_word else text[start : start + 2]
        changed.append((word, word.replace(misread, _CONFUSED_WITH[misread])))
        return _CONFUSED_WITH[misread]

    return _CONFUSED_CHARACTERS.sub(repaired, text), changed


# Words a number counts with (l2所学校, 2O个项目, l0人): what stands before them is a number. So is what
# stands before a per cent sign or a word of amount (9O%, 6O余期, l5万亩, 3O多人).
_MEASURE_WORDS = frozenset("所个人名家场次项位座台件辆户条种批")
_AMOUNT_WORDS = frozenset("%％余万亿多")


def _counts_or_dates(text: str, start: int, end: int, number: str) -> bool:
    """A digit and a letter beside it are a misread number where nothing else can stand there: a day
    between a month and 日 or 号 (5月2l日, 5月2O号), a month before 月 (1O月, l1月), or a count before
    its measure word or an amount (共有l2所学校, 9O%以上, 6O余期)."""
    value = number.translate(_OCR_DIGIT)
    after = text[end : end + 1]
    if start >= 2 and text[start - 1] == "月" and text[start - 2].isdigit() and after in ("日", "号"):
        return 1 <= int(value) <= 31
    if after == "月":
        return 1 <= int(value) <= 12 and value[0] != "0"
    return (after in _MEASURE_WORDS or after in _AMOUNT_WORDS) and value[0] != "0"


def fullwidth_punctuation(text: str) -> tuple[str, int]:
    """Half-width , : ( ) ? ! ; beside Chinese text to full-width; returns text and count."""
    if not _HALF_MARKS.search(text):
        return text, 0
    may_protect = "@" in text or "://" in text or "www." in text
    if not may_protect and " " not in text and not _MARK_NOT_AFTER_CHINESE.search(text):
        # The usual case: every mark is , ? ! ; right after Chinese text (中文,), so every one converts.
        count = 0
        for mark in ",?!;":
            if mark in text:
                count += text.count(mark)
                text = text.replace(mark, FULL_WIDTH_MARKS[mark])
        return text, count
    protected = _protected_positions(text) if may_protect else set()
    convert = set()
    pairs = _paren_pairs(text) if "(" in text else {}
    paired = set(pairs) | set(pairs.values())
    for index, pair_end in pairs.items():
        if index not in protected and pair_end not in protected and _pair_is_chinese(text, index, pair_end):
            convert.update((index, pair_end))
    total = 0
    for match in _HALF_MARKS.finditer(text):
        total += 1
        index, mark = match.start(), match.group()
        if index in protected or index in convert or (mark in "()" and index in paired):
            continue
        if mark != ":" and index and is_chinese(text[index - 1]):
            convert.add(index)  # the usual case, decided without looking further: 中文,
        elif _beside_chinese(text, index):
            convert.add(index)
        elif mark in ",;" and _between_embedded_runs(text, index):
            convert.add(index)  # 增长6.5%,CPI上涨2.1%: a list of figures in a Chinese sentence
    if not convert:
        return text, 0
    if len(convert) == total and " " not in text:  # every mark converts and no space to drop
        for mark, full in FULL_WIDTH_MARKS.items():
            text = text.replace(mark, full)
        return text, total
    chars = list(text)
    for index in convert:
        chars[index] = FULL_WIDTH_MARKS[chars[index]]
    if " " in text:  # a space after a converted mark is dropped before Chinese text
        for index in sorted(convert, reverse=True):
            if index + 2 < len(chars) and chars[index + 1] == " " and is_chinese(chars[index + 2]):
                del chars[index + 1]
    return "".join(chars), len(convert)


def _protected_positions(text: str) -> set[int]:
    positions: set[int] = set()
    for match in ADDRESS.finditer(text):
        positions.update(range(match.start(), match.end()))
    return positions


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _beside_chinese(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1 : index + 2]
    if before == " ":
        before = _neighbour(text, index, -1)
    if after == " ":
        after = _neighbour(text, index, 1)
    if text[index] == ":" and before.isdigit() and after.isdigit():
        return False
    return bool((before and is_chinese(before)) or (after and is_chinese(after)))


def _between_embedded_runs(text: str, index: int) -> bool:
    """The mark stands between two short Latin or number runs, each glued to Chinese text on its
    other side (6.5%,CPI between 增长 and 上涨); Corporation,IFC inside English and 1,000 stay."""
    if text[index - 1 : index].isdigit() and text[index + 1 : index + 2].isdigit():
        return False  # a thousands separator
    return bool(_EMBEDDED_BEFORE.search(text, max(0, index - 13), index) and _EMBEDDED_AFTER.match(text, index + 1))


def _paren_pairs(text: str) -> dict[int, int]:
    pairs, stack = {}, []
    for match in _PARENS.finditer(text):
        if match.group() == "(":
            stack.append(match.start())
        elif stack:
            pairs[stack.pop()] = match.start()
    return pairs


# What code's or a formula's brackets hold: nothing, a short symbol (f(x)), or quoted or assigned
# arguments (print('Hello, world!'), run(n=2)); GDP(Gross Domestic Product) is an explanation.
_CODE_ARGUMENTS = re.compile(r"^(?:[\x21-\x7e]{0,3}|[\x20-\x7e]*['\"=_][\x20-\x7e]*)$")


def _pair_is_chinese(text: str, start: int, end: int) -> bool:
    inside = text[start + 1 : end]
    glued = text[start - 1] if start else ""
    if glued.isascii() and glued.isalnum() and _CODE_ARGUMENTS.match(inside):
        return False  # print('Hello'), f(x): code or a formula, its brackets glued to its name
    before, after = _neighbour(text, start, -1), _neighbour(text, end, 1)
    return (
        _CHINESE_RE.search(inside) is not None
        or bool(before and is_chinese(before))
        or bool(after and is_chinese(after))
        or (_FIGURES_ONLY.fullmatch(inside) is not None and _figure_led_by_chinese(text, start))
    )


# (9:00-17:30), (2024), (10%): times, years or figures in brackets
_FIGURES_ONLY = re.compile(r"[\d:.,\-~%/ ]+")
_FIGURE_BEFORE = re.compile(r"[0-9A-Za-z.\-:/+%]+$")


def _figure_led_by_chinese(text: str, start: int) -> bool:
    """电话023-68862233(9:00-17:30): the brackets are glued to a figure that Chinese text leads to,
    so they are the Chinese sentence's (an English one has a space or a word before its figure)."""
    glued = _FIGURE_BEFORE.search(text, max(0, start - 24), start)
    return glued is not None and glued.start() > 0 and is_chinese(text[glued.start() - 1])


# A half-width full stop after Chinese text, at the end or before more Chinese or a quote: 工程. → 工程。,
# 魅力."太好玩了 → 魅力。“太好玩了 (not 2.3, www.x.cn, 等等... — a digit, a letter or another dot is beside those).
_CHINESE_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff”’）》」』])\.(?=$|\s|[\u4e00-\u9fff“‘（《「『\"])")
# …and after a figure that Chinese text leads to, or a phone number after its label's colon: 上涨2.1%. / 人数达300.
# 下一步 / 咨询电话：023-63850123. (not 5.3万, a decimal point, nor 附件：1.活动安排表, a list's number)
_FIGURE_FULL_STOP = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])(\d+(?:-\d+)*(?:\.\d+)?[%‰]?)|(?<=[\u4e00-\u9fff][：:])(\d+(?:-\d+)+|\d{5,}))"
    r"\.(?=$|[\u4e00-\u9fff“‘（《「『\"])"
)


def _stop_after_address(text: str) -> tuple[str, int]:
    """咨询邮箱：kepu@bbkx.cn. at a Chinese sentence's end: the address keeps its dots, the sentence's
    stop after it (which ADDRESS leaves out) is 。; returns the text and how many stops changed."""
    chars, count = list(text), 0
    for match in ADDRESS.finditer(text):
        start, end = match.span()
        if text[end : end + 1] != "." or not start or not is_chinese(text[start - 1]):
            continue
        following = text[end + 1 : end + 2]
        if not following or following.isspace() or is_chinese(following):
            chars[end] = "。"
            count += 1
    return "".join(chars), count


def chinese_quotes_and_stops(text: str) -> tuple[str, int]:
    """Straight double quotes around Chinese text to “ ” (in pairs; an odd count is left, nothing
    proves which one opens), and a half-width full stop after Chinese text to 。; returns the text
    and how many marks changed. One-for-one, so the character count is kept."""
    count = 0
    if "." in text:
        text, count = _CHINESE_FULL_STOP.subn("。", text)
        text, figures = _FIGURE_FULL_STOP.subn(r"\1\2。", text)
        count += figures
        if "@" in text or "www." in text or "://" in text:
            text, stops = _stop_after_address(text)
            count += stops
    if '"' not in text:
        return text, count
    protected = _protected_positions(text) if ("://" in text or "www." in text) else set()
    quotes = [index for index, char in enumerate(text) if char == '"' and index not in protected]
    if len(quotes) % 2:
        return text, count
    chars = list(text)
    for start, end in zip(quotes[::2], quotes[1::2], strict=True):
        if _pair_is_chinese(text, start, end):
            chars[start], chars[end] = "“", "”"
            count += 2
    return "".join(chars), count


_FULL_MARKS = "，。、；：？！“”‘’（）《》〈〉「」『』【】…—·"
_HAN_OR_MARK = f"[\u4e00-\u9fff{_FULL_MARKS}]"
# A space with a full-width mark on one side and Chinese (or another mark) on the other; not the space
# between a closing bracket and the next field's label, which parts two fields (科普大篷车（Ⅱ型）　数量：1辆),
# nor the one after a name's marker in a list of names, which parts two names (刘晓红（女）　李　刚).
_SPACE_BESIDE_MARK = re.compile(
    f"(?<=[{_FULL_MARKS}])(?<![（(][女男兼][）)])[ \u3000\t]+(?={_HAN_OR_MARK})(?!(?<=[）》」』】”’][ \u3000\t])[\u4e00-\u9fff]{{2,6}}[：:])"
    f"|(?<=[\u4e00-\u9fff])[ \u3000\t]+(?=[{_FULL_MARKS}])"
)
# Marks that end a sentence or a clause: a space beside one, however wide, is a copy's debris (活动。  下一句).
_CLAUSE_MARKS = frozenset("，。、；：？！…—·")
# A tab or a run of spaces between a bracket or quote and the next cell: a table row's column gap, kept
# (科普活动（场）    参与人次（万）); a single space is the debris (“科普日” 活动), and so is every space of a
# paragraph spread letter by letter (（ 记 者 ）  相 关).
_COLUMN_GAP = re.compile("\t|[ \u3000]{2,}")
_SPACED_CHARS = re.compile(f"(?<={_HAN_OR_MARK}) (?={_HAN_OR_MARK})")


# A two-character name spread apart in running prose after the person's office: 区科协主席谭 华要求, 县科协
#主席王 刚主持 (the layout padded the name to three characters' width, as in a byline)
_OFFICES = "主席|书记|主任|会长|部长|局长|院长|校长|县长|区长|市长|镇长|村长|站长|教授|事长|书长|究员"  # (理事长, 秘书长, 研究员)
_NAME_SPREAD_AFTER_OFFICE = re.compile(rf"(?<={_OFFICES})([\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _name_closed_up(match: re.Match) -> str:
    return match.group(1) if has_surname(match.group(1)) else match.group()


def stray_spaces(text: str) -> tuple[str, int]:
    """Spaces a copy left in Chinese story text, dropped; returns the text and how many were dropped."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text, 0
    before = len(text)
    text = _NAME_SPREAD_AFTER_OFFICE.sub(_name_closed_up, text)
    in_names = before - len(text)
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text, in_names
    closed, beside_marks = _SPACE_BESIDE_MARK.subn("", text)
    beside_marks += in_names
    tokens = closed.split(" ")
    letter_spaced = len(tokens) >= 6 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens)
    between = 0
    if letter_spaced and (names := padded_names(closed)):
        return " ".join(names), beside_marks + len(tokens) - len(names)  # 王晓晖 黄 强 李 刚: the padding only
    if letter_spaced:
        closed, between = _SPACED_CHARS.subn("", closed)
    elif beside_marks and ("  " in text or "\t" in text or "\u3000\u3000" in text):
        return _drop_spaces_beside_marks(text)  # not spread letter by letter: its wide gaps may be a table's
    return closed, beside_marks + between


def _drop_spaces_beside_marks(text: str) -> tuple[str, int]:
    """The spaces beside full-width marks dropped, but a table row's column gaps kept; returns the text
    and how many were dropped."""
    pieces, dropped, position = [], 0, 0
    for match in _SPACE_BESIDE_MARK.finditer(text):
        start, end = match.span()
        beside_clause = text[start - 1] in _CLAUSE_MARKS or text[end] in _CLAUSE_MARKS
        if not beside_clause and _COLUMN_GAP.fullmatch(match.group()):
            continue  # 科普活动（场）    参与人次（万）
        pieces.append(text[position:start])
        dropped += 1
        position = end
    pieces.append(text[position:])
    return "".join(pieces), dropped
