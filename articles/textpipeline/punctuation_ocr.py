"""Characters a scan misread, turned back where nothing else can stand there.

Digits read as letters (2O23年, l000余人, 2〇23年), 日 read as 口 or 曰 in a date (5月20口举行, 五月十六曰)
and characters a scan confuses (己经, 末来, 深人, 余入次, 近曰). Each repair keeps the character count
and returns what it changed, so the importer can record it. Kept apart from the width rules of
punctuation.py: these repair the scan's reading, not the typesetting.
"""

from __future__ import annotations

import re

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
            # one digit and letters (2O, 2OO, l5O): a number only where a count, a month or a day must stand
            one_digit = digits == 1 and _round_number(number) and _counts_or_dates(text, start, end, number)
            if not latin_beside and (digits >= 2 or one_digit or (letter == "〇" and digits)):
                yield start, end
            found = text.find(letter, end)
        else:
            found = text.find(letter, found + 1)


def _round_number(number: str) -> bool:
    """One digit and letters are a number's shape only as a scanned number is: two characters (2O, l2), or
    the digit with at most one letter before it and zeros after it (2OO, 3OOO, l5O; not Il2)."""
    if len(number) == 2:
        return True
    digit = next(index for index, char in enumerate(number) if char.isdigit())
    return digit <= 1 and all(char in "Oo〇" for char in number[digit + 1 :])


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
# 子曰, 或曰 stay), unless a quotation follows; so is 曰 closing a named day (科技工作者曰”, 读书曰活动): 曰
# "says" what follows it, it closes no quotation and no name. 本报汛 (氵 for 讠) is the dateline 本报讯, and
# 末来 after its subject (我们末来, 他们末来) is 未来 (周末来 is never preceded by 们).
_CONFUSED_CHARACTERS = re.compile(
    # A match is the misread character alone (_CONFUSED_WITH): the lookahead lets the engine skip to one
    # instead of trying every branch at every character of the page (the same matches, ~5× faster)
    r"(?=[己巳末未人入曰汛])(?:"
    r"(?<![自知异利克舍为律一])(己)(?=经|达|建|成|累计|连续|完成|超过|举办|开展|实现|形成|取得)"
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
    r"|(?<=[\u4e00-\u9fff])(曰)(?=[”」』》]|活动|系列|主题|期间|当天|前夕|来临|之际)"
    r"|(?<=本报)(汛)"
    r"|(?<=们)(末)(?=来)"
    r")"
)
_CONFUSED_WITH = {"己": "已", "巳": "已", "末": "未", "未": "末", "人": "入", "入": "人", "曰": "日", "汛": "讯"}
# The groups whose misread character ends the word recorded (月未, 深人, 近曰, 读书曰, 报汛); the others begin
# it (末来, 入次)
_ENDS_WORD = frozenset((6, 7, 9, 10, 11))


def ocr_confused_characters(text: str) -> tuple[str, list[tuple[str, str]]]:
    """己经, 巳经, 末来, 6月未, 深人, 余入次, 近曰 a scan misread turned back (已经, 未来, 6月末, 深入, 余人次,
    近日); returns the text and each (as printed, repaired) word."""
    if not any(char in text for char in "己巳末未人入曰汛"):
        return text, []
    changed = []

    def repaired(match: re.Match) -> str:
        misread, start = match.group(), match.start()
        ends_word = match.lastindex in _ENDS_WORD
        word = text[start - 1 : start + 1] if ends_word else text[start : start + 2]
        changed.append((word, word.replace(misread, _CONFUSED_WITH[misread])))
        return _CONFUSED_WITH[misread]

    return _CONFUSED_CHARACTERS.sub(repaired, text), changed


# Words a number counts with (l2所学校, 2O个项目, l0人, 2O份样品): what stands before them is a number. So is
# what stands before a per cent sign or a word of amount (9O%, 6O余期, l5万亩, 3O多人).
_MEASURE_WORDS = frozenset("所个人名家场次项位座台件辆户条种批份册株棵亩吨篇")
_AMOUNT_WORDS = frozenset("%％余万亿多")


def _counts_or_dates(text: str, start: int, end: int, number: str) -> bool:
    """A digit and letters beside it are a misread number where nothing else can stand there: a day
    between a month and 日 or 号 (5月2l日, 5月2O号, and 5月1O曰, 曰 a misread 日; 1O月1O日, its month misread
    too), a month before 月 (1O月, l1月), or a count before its measure word or an amount (共有l2所学校,
    9O%以上, 6O余期, 2OO余份), also where a column break fell between them (三等奖5O / 个)."""
    value = number.translate(_OCR_DIGIT)
    after = _next_on_page(text, end)
    month_before = start >= 2 and text[start - 1] == "月" and text[start - 2] in _OCR_RUN_CHARS
    if month_before and after in ("日", "号", "曰"):
        return 1 <= int(value) <= 31
    if after == "月":
        return 1 <= int(value) <= 12 and value[0] != "0"
    return (after in _MEASURE_WORDS or after in _AMOUNT_WORDS) and value[0] != "0"


def _next_on_page(text: str, end: int) -> str:
    """The character after ``end``, past a line break, the blank lines of a column break and the next line's
    indent (a number cut from its measure word by the layout)."""
    after = text[end : end + 1]
    if after != "\n":
        return after
    following = end + 1
    while following < len(text) and text[following] in " \u3000\n":
        following += 1
    return text[following : following + 1]
