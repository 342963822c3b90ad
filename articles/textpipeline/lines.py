"""Cut decoded page text into non-blank lines that remember where they came from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Line:
    text: str  # stripped of surrounding whitespace
    start: int  # offsets of the stripped text in the page text
    end: int
    parts: int = 1  # printed lines joined into this one (unwrap.py)


def split_lines(text: str) -> list[Line]:
    """Every line holding something other than whitespace, with its span."""
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(stripped, start, start + len(stripped)))
        offset += len(raw) + 1
    return lines


_SPREAD_WORDS = {
    most: re.compile(rf"^[\u4e00-\u9fff](?:[ \u3000]{{1,2}}[\u4e00-\u9fff]){{1,{most - 1}}}$") for most in (2, 4)
}
_SPREAD = re.compile("[ \u3000]+")


def closed_up(text: str, *, most: int) -> str:
    """A short word printed one character at a time to fill its column (冬　夜, 钱 江), closed up;
    anything else as it is. ``most``: the word's longest length (2 for a name, 4 for a title)."""
    stripped = text.strip()
    return _SPREAD.sub("", stripped) if _SPREAD_WORDS[most].match(stripped) else text


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified for single characters only, so folding keeps every offset.

    Characters of the simplified set (GB2312) are left alone, so a simplified
    page never pays for folding.
    """
    try:
        import opencc
    except ImportError:  # pragma: no cover - OpenCC is a project requirement
        return {}
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - a phrase rule crossed a newline
        return {}
    table = {
        ord(t): s
        for t, s in zip(chars, converted, strict=True)
        if len(s) == 1 and s != t and not _in_gb2312(t)
    }
    table[ord("於")] = "于"  # in GB2312 as a surname, but 来源於, 位於 are the traditional 于
    table[ord("後")] = "后"  # in GB2312 too, but 之後, 編後 are the traditional 后 (a simplified page writes 后)
    table[ord("麽")] = "么"  # 什麽, 怎麽: the traditional 么
    return table


def _in_gb2312(char: str) -> bool:
    """GB2312 holds the simplified set: 著, 乾, 於 are folded by OpenCC but are ordinary simplified text."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def fold_page(text: str) -> str:
    """A whole page with its traditional characters folded (see ``fold``), without filling the
    per-line cache."""
    return fold.__wrapped__(text)


# each line is folded by several tests in a row. This and the other per-line caches hold 1024 lines, a page's: unwrapping
# tests every line of a page before assembly tests them again (64 missed two calls in five)
@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """``text`` with traditional characters as simplified, same length: 本報訊（記者 陳志明） → 本报讯（记者 陈志明）.

    Pattern matching (credits, metadata labels, surnames) runs on the folded
    key; what is stored is always sliced from the text as printed.
    """
    table, traditional = _t2s()
    return text.translate(table) if traditional is not None and traditional.search(text) else text


@lru_cache(maxsize=1)
def _t2s() -> tuple[dict[int, str], re.Pattern | None]:
    table = _t2s_table()
    if not table:  # pragma: no cover
        return table, None
    return table, re.compile("[" + "".join(sorted(chr(c) for c in table)) + "]")
