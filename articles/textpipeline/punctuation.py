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
The spaces a copy left in story text are punctuation_spaces.py's, the characters
a scan misread punctuation_ocr.py's.
"""

from __future__ import annotations

import re

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
_HAN = re.compile("[\u4e00-\u9fff]")
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
        return _percent_after_figures(text)
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


# 8.3％: a full-width percent sign typed after half-width digits (Word, WPS) is the number's own
_PERCENT_AFTER_DIGIT = re.compile(r"(?<=[0-9])％")


def _percent_after_figures(text: str) -> tuple[str, int]:
    """A figure written half-width keeps its percent sign half-width too (8.3％ → 8.3%), so each number
    reads as one token, as a full-width one is written (８．３％ → 8.3%)."""
    if "％" not in text:
        return text, 0
    return _PERCENT_AFTER_DIGIT.subn("%", text)


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
        elif mark not in "()" and index - 1 in convert and text[index - 1] == ")":
            convert.add(index)  # 名单如下（按姓氏笔画排序）: the mark after a Chinese bracket is the sentence's
        elif _beside_chinese(text, index):
            convert.add(index)
        elif mark in ",;" and _between_embedded_runs(text, index):
            convert.add(index)  # 增长6.5%,CPI上涨2.1%: a list of figures in a Chinese sentence
        elif mark in ",;" and _ends_after_embedded_run(text, index):
            convert.add(index)  # （一）…支出389.65万元，占73.2%; : a list item's figure, then its clause's mark
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
    if after in _CLOSING_QUOTES and before and not is_chinese(before):
        return _quote_holds_chinese(text, index, after)  # “This is amazing!”: the quoted text decides
    return bool((before and is_chinese(before)) or (after and is_chinese(after)))


_CLOSING_QUOTES = {"”": "“", "’": "‘"}


def _quote_holds_chinese(text: str, index: int, closing: str) -> bool:
    """Whether the quotation that a mark closes (the text from its opening quote up to the mark) is
    Chinese: GB/T 15834 keeps an English quotation's own marks (“This is amazing!”), the quotes
    around it being the Chinese sentence's."""
    opening = text.rfind(_CLOSING_QUOTES[closing], 0, index)
    return _HAN.search(text, opening + 1, index) is not None


def _between_embedded_runs(text: str, index: int) -> bool:
    """The mark stands between two short Latin or number runs, each glued to Chinese text on its
    other side (6.5%,CPI between 增长 and 上涨); Corporation,IFC inside English and 1,000 stay."""
    if text[index - 1 : index].isdigit() and text[index + 1 : index + 2].isdigit():
        return False  # a thousands separator
    return bool(_EMBEDDED_BEFORE.search(text, max(0, index - 13), index) and _EMBEDDED_AFTER.match(text, index + 1))


def _ends_after_embedded_run(text: str, index: int) -> bool:
    """The mark ends the text right after a short figure glued to Chinese text (占73.2%;): it closes the
    Chinese clause the figure ends, as the same mark would between two such figures."""
    return not text[index + 1 :].strip() and bool(_EMBEDDED_BEFORE.search(text, max(0, index - 13), index))


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
    if _CHINESE_RE.search(inside) is None and _in_formula(text, start, end):
        return False  # × (1/T2 - 1/T1)，: a formula's brackets, though Chinese text follows it
    before, after = _neighbour(text, start, -1), _neighbour(text, end, 1)
    return (
        _CHINESE_RE.search(inside) is not None
        or bool(before and is_chinese(before))
        or bool(after and is_chinese(after))
        or (_FIGURES_ONLY.fullmatch(inside) is not None and _figure_led_by_chinese(text, start))
    )


# What a formula's brackets hold: symbols, figures and operators (1/T2 - 1/T1, a+b, 2πr)
_FORMULA_TERMS = re.compile(r"[A-Za-z0-9 .+\-*/^×÷·\u0391-\u03c9]+")


def _in_formula(text: str, start: int, end: int) -> bool:
    """The brackets hold formula terms and stand in a formula: the stretch of non-Chinese text around
    them holds an equals sign (ln(P2/P1) = -ΔH/R × (1/T2 - 1/T1)), so they are written as typed."""
    if not _FORMULA_TERMS.fullmatch(text, start + 1, end):
        return False
    left = start
    while left > 0 and not is_chinese(text[left - 1]):
        left -= 1
    right = end + 1
    while right < len(text) and not is_chinese(text[right]):
        right += 1
    return "=" in text[left:right]


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
