"""Stray spaces a copy left in Chinese story text, dropped.

``stray_spaces`` drops the spaces a scan or a justified PDF line leaves in
story text: beside a full-width mark, and between the characters of a
letter-spaced paragraph (重 庆 市 科 协). Spaces between Chinese words
(verse, lists) are kept: nothing proves them wrong; so is a table row's column gap
beside a bracket (科普活动（场）    参与人次（万）).
Apart from the width rules of punctuation.py, which keep the character count: this drops characters.
"""

from __future__ import annotations

import re

from .credits_names import padded_names
from .credits_signatures import is_post_then_name_row
from .surnames import has_surname

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
# …or set apart by spaces on both sides, spread or not: 急诊科主任医师 曹 钰 提醒, 药学部主任 童 荣生 也表示,
# 营养科主任 刘伟 提醒 (a doctor's title ends in 医师, 营养师, 药师; two words of prose follow, no next name)
_NAME_APART_AFTER_OFFICE = re.compile(
    rf"(?<={_OFFICES}|医师|养师|药师|士长) ([\u4e00-\u9fff]) ?([\u4e00-\u9fff]{{1,2}}) (?=[\u4e00-\u9fff]{{2}})"
)


def _name_closed_up(match: re.Match) -> str:
    return match.group(1) if has_surname(match.group(1)) else match.group()


def _name_apart_closed_up(match: re.Match) -> str:
    return match.group(1) + match.group(2) if has_surname(match.group(1)) else match.group()


# A chronicle entry's day and the space that sets it apart from the entry's text
_ENTRY_DAY_APART = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日 (?=[“‘《（])")


def stray_spaces(text: str) -> tuple[str, int]:
    """Spaces a copy left in Chinese story text, dropped; returns the text and how many were dropped."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text, 0
    if is_post_then_name_row(text):
        return text, 0  # 重庆理工大学副校长 秦小屿 教授: a list's row, its cells spaced as its rows are
    if entry := _ENTRY_DAY_APART.match(text):  # 3月12日 “全国…”: set apart as 1月5日 市科协… is
        rest, dropped = stray_spaces(text[entry.end() :])
        return entry.group() + rest, dropped
    before = len(text)
    text = _NAME_APART_AFTER_OFFICE.sub(_name_apart_closed_up, text)
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
