"""The shape of a single line, as every other line test asks it first: its visible length, whether it
ends a sentence (inside closing quotes, before a bracketed attribution or a post's emoji) or is prose,
an address cut at a dot, its bullet, a bracketed attribution alone on it, the pictographs at its ends.

These are cheap tests on one line; deciding what a line *is* also needs its neighbours, which
``assemble`` does. What kind of line it may be is tested beside this module, one concern a module:
``shapes_headlines``, ``shapes_sections`` (sub-headings and boxes), ``shapes_lists`` (lists, tables and
fields), ``shapes_turns`` (interviews and Q&A), ``shapes_briefs`` (briefs and places),
``shapes_notices``, ``shapes_credits``, ``shapes_pictures`` and ``shapes_furniture``. The patterns
several of them share (INNER_STOPS, CLOSERS, BULLET, LIST_ITEM, ATTRIBUTION, BODY_ENDS) are kept here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .punctuation import ADDRESS

SENTENCE_FINAL = "。！？!?…"
CLOSERS = "”’」』）)】\"'"  # straight quotes too: a copy's "不转账！" closes its sentence like “不转账！”
# A clause's stop inside a line; the comma of a thousands group (1,200,000人次) is the number's.
INNER_STOPS = re.compile(r"[。；;]|(?<!\d)[，,]|[，,](?!\d{3}(?!\d))")
BULLET = re.compile(r"^(?:[-•●▪■◆*]\s*\S)")
LIST_ITEM = re.compile(r"^[0-9０-９一二三四五六七八九十]{1,2}[、．.]|^[A-HＡ-Ｈ][、．.](?=[^A-Za-z.．])")  # …, or a quiz's A.…
ATTRIBUTION = re.compile(r"^[（(]\s*([^（）()]{1,30}?)\s*[）)]$")
BODY_ENDS = ("科协", "协会", "学会", "研究会", "局", "委", "办", "中心")


@lru_cache(maxsize=1024)  # asked of the same line by several tests
def visible_length(text: str) -> int:
    return len("".join(text.split()))


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


@lru_cache(maxsize=1024)  # asked of the same line by several tests, and again when the lines before it look ahead
def ends_sentence(text: str) -> bool:
    """Ends with 。！？… , possibly inside closing quotes or brackets, or before a bracketed
    attribution: …签署合作协议。（完）, …取得实效。（李华）; a post's emoji after it do not count
    (…欢声笑语不断。😊)."""
    text = _without_trailing_pictographs(text)
    stripped = text.rstrip(CLOSERS + " ")
    if not stripped:
        return False
    if text[-1:] in "）)" and stripped[-1] not in SENTENCE_FINAL:
        attributed = _CLOSING_BRACKET.search(text)
        if attributed:
            stripped = text[: attributed.start()].rstrip(CLOSERS + " ")
            if not stripped:
                return False
    # 工程. and Academy of Science. : a half-width full stop ends a sentence too, unless a digit is
    # before it (2. over 5万 is a number the layout broke)
    return stripped[-1] in SENTENCE_FINAL or (stripped[-1] == "." and len(stripped) > 1 and not stripped[-2].isdigit())


# What only a sentence opens with, before its comma: 截至目前，, 据了解，, 今年以来，
_SENTENCE_OPENER = re.compile(
    r"^(?:截至目前|截至\d{4}年(?:\d{1,2}月)?底?|据了解|据悉|据统计|近年来|今年以来|与此同时|此外|下一步)，"
)


def stops_mid_word(text: str) -> bool:
    """…党组书记、常务副主席: a line of prose that stops on a word's character, no mark after it."""
    return bool(re.search(r"[\u4e00-\u9fff]$", text)) and any(mark in text for mark in "，、。；")


def opens_a_new_sentence(text: str) -> bool:
    """截至目前，全市已建成…: the line opens a sentence of its own, so it carries on no sentence cut above it."""
    return bool(_SENTENCE_OPENER.match(text))


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


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text))


def strip_bullet(text: str) -> str:
    """The line without its leading bullet (●, •, ■…)."""
    return text[1:].lstrip() if BULLET.match(text) else text


def attribution_of(text: str) -> str | None:
    """The content of a line that is a parenthesised attribution: (渝科), （宁记）, else None."""
    match = ATTRIBUTION.match(text)
    return match.group(1) if match else None
