"""Recognise a photo credit closing a caption and who took the picture.

``新华社记者 唐突 摄``, ``摄/齐岚森``, ``（新华社记者兰红光摄）``, ``（新华社发美联社照片）``,
``（永川区科协供图）``, ``本版摄影  本报记者 刘洋``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .credits_names import DOTTED_NAME, HAN, ROLE, as_printed, is_unit
from .lines import fold
from .model import PHOTOGRAPHER, Byline
from .surnames import has_long_name_head, has_surname

_PERSON = rf"(?:{DOTTED_NAME}|[{HAN}·]{{2,4}}|[{HAN}]\s[{HAN}])"
_AFTER = r"(?:^|(?<=[\s。！？!?”’）)■▲△▼◆●]))"  # a credit follows the caption's end, a space or a photo mark
_PHOTO_CREDIT_PATTERNS = (
    re.compile(rf"[（(]\s*((?:{ROLE})?\s*({_PERSON}(?:[\s、]+{_PERSON})*)\s*摄)\s*[）)]$"),
    re.compile(rf"{_AFTER}((?:{ROLE})?\s*({_PERSON}(?:\s+{_PERSON})*)\s*[/／]?\s*摄)$"),  # X 摄, X/摄
    # after a caption's sentence: 活动现场。本报记者 X 摄影, 通讯员 X 供图 (a line of its own, 本报记者 X 摄影
    # credits the story's text and pictures: a byline)
    re.compile(rf"(?<=[。！？!?…”])\s*((?:{ROLE})\s*({_PERSON}(?:\s+{_PERSON})*)\s*(?:摄影|供图))$"),
    # …。 摄影 谭明, …。 谭明 摄影: the label a space away from the name (摄影作品展 has none)
    re.compile(rf"(?<=[。！？!?…”])\s*(摄影\s+({_PERSON}(?:[\s、]+{_PERSON})*))$"),
    re.compile(rf"(?<=[。！？!?…”])\s*(({_PERSON}(?:\s+{_PERSON})*)\s+摄影)$"),
    re.compile(
        rf"{_AFTER}((?:摄(?:影)?|图|供图)\s*[/／:：丨|]\s*({_PERSON}(?:[\s、]+{_PERSON})*))$"
    ),  # 摄/X, 图/X
    # 活动现场（摄影：张三）, （摄影 张三）: the label first, in brackets
    re.compile(rf"[（(]\s*((?:摄影|摄|图)\s*[/／:：丨|\s]\s*({_PERSON}(?:[\s、]+{_PERSON})*))\s*[）)]$"),
    re.compile(rf"(?:{_AFTER}|[（(])((?:新华社|中新社)发)[）)]?$"),  # …。新华社发: an agency's picture
    # 本版摄影  本报记者 刘洋: who took the page's pictures, on a line of its own
    re.compile(rf"^(本版(?:摄影|图片|照片)\s*[:：/／]?\s*(?:{ROLE})?\s*({_PERSON}(?:[\s、]+{_PERSON})*))$"),
    re.compile(r"[（(]([^（）()]{0,12}(?:发|供)[^（）()]{0,12}(?:照片|图片|图))[）)]$"),  # （永川区科协供图）
    re.compile(r"[（(]((?:图片|照片)由[^（）()]{2,20}提供)[）)]$"),  # （图片由永川区科协提供）
    re.compile(
        rf"{_AFTER}([^\s。，,、（）()]{{2,16}}\s*供图|(?:供图|图片来源)\s*[:：]\s*[^\s。，,]{{2,20}})$"
    ),
)


@dataclass(frozen=True)
class PhotoCredit:
    caption: str  # the caption text before the credit
    credit: str  # the credit as printed
    photographers: tuple[str, ...]


@lru_cache(maxsize=1024)
def parse_photo_credit(text: str) -> PhotoCredit | None:
    """A photo credit at the end of a caption (X 摄, 摄/X, （新华社记者X摄）), else None."""
    tail = text[-40:]
    if not any(mark in tail for mark in ("摄", "攝", "照片", "图", "圖", "社发", "社發")):
        return None  # every credit pattern ends the line; skip the regex scans
    key = fold(text)
    for pattern in _PHOTO_CREDIT_PATTERNS:
        match = pattern.search(key)
        if not match:
            continue
        start = match.start()
        names: list[str] = []
        if pattern.groups >= 2 and match.group(2):
            start, names = _photographers(key, match)
            if key.startswith("本版") and match.start() == 0:
                start = 0  # 本版摄影  本报记者 刘洋: all of it the credit
        bylines = as_printed([Byline(PHOTOGRAPHER, n) for n in names], text, key) or []
        return PhotoCredit(text[:start].strip(), text[start:].strip(), tuple(b.name for b in bylines))
    return None


def _photographers(key: str, match: re.Match) -> tuple[int, list[str]]:
    """Where the credit starts and who took the picture.

    The names run back from 摄 while a token reads as a name (2–3 characters
    with a surname, or a surname and a given name printed apart, 张 勇); a
    longer token such as 沙龙现场 is the end of the caption, a role word
    (通讯员, 本报记者) belongs to the credit.
    """
    names_start, names_end = match.span(2)
    bracketed = match.group(0).startswith(("（", "("))
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s、]+", key[names_start:names_end])]
    names: list[str] = []
    first = names_end
    index = len(tokens) - 1
    while index >= 0:
        offset, token = tokens[index]
        if (
            index > 0
            and len(token) == 1
            and len(tokens[index - 1][1]) == 1
            and has_surname(tokens[index - 1][1])
        ):
            names.insert(0, tokens[index - 1][1] + token)
            first = names_start + tokens[index - 1][0]
            index -= 2
            continue
        if re.fullmatch(ROLE, token):
            first = names_start + offset
            if (bracketed and index > 0) or _people_of_a_role_before(key, match, tokens, index):
                # （本报记者 张三 通讯员 李四 摄）, 本报记者 马 丽 通讯员 谭 斌 摄: each role's people took it
                index -= 1
                continue
            break
        if bracketed and names and is_unit(token):
            first = names_start + offset  # （摄影：钟灵镇 石 磊）: where the photographer works, no name
            index -= 1
            continue
        if not (2 <= len(token) <= 3 or "·" in token or has_long_name_head(token)):
            break  # 沙龙现场 ends the caption; 欧阳晓丽, 泽仁多吉 are names of four
        if names and not has_surname(token):
            break
        names.insert(0, token)
        first = names_start + offset
        index -= 1
    if not names:
        return match.start(), []
    between = key[match.start(1) : first]
    if match.group(0).startswith(("（", "(")):
        start = match.start()
    elif re.fullmatch(rf"\s*(?:{ROLE})?\s*(?:(?:摄影?|图|供图)\s*[/／:：丨|]|摄影(?=\s))?\s*", between):
        start = match.start(1)
    else:
        start = first  # the rejected tokens are the end of the caption
    return start, names


_ONE_NAME_PART = re.compile(rf"[{HAN}]{{1,3}}")  # 马丽, or 马 and 丽 printed apart


def _people_of_a_role_before(key: str, match: re.Match, tokens: list[tuple[int, str]], index: int) -> bool:
    """本报记者 马 丽 before the role word at ``index`` (通讯员 谭 斌 摄): another role word and its people
    before it, so the credit runs on back (its people took the picture too; the caption ends before)."""
    at = index - 1
    while at >= 0 and not re.fullmatch(ROLE, tokens[at][1]):
        if not _ONE_NAME_PART.fullmatch(tokens[at][1]):
            return False
        at -= 1
    if at == index - 1:
        return False  # no one between the two role words
    return at >= 0 or re.fullmatch(rf"\s*(?:{ROLE})\s*", key[match.start(1) : match.start(2)]) is not None
