"""Which lines never go on from the line above, and how a run of cut lines is joined back into one.

A byline, a dateline lead, a closing attribution, a bullet or page metadata starts its own line; a
bracket the column's edge left open goes on into the next line; a photo credit the edge cut from its
caption stays set apart by a space. Shared by both ways of unwrapping a page (unwrap.py, unwrap_indent.py).
"""

from __future__ import annotations

import re

from . import credits_bylines, credits_datelines, credits_names, credits_photos
from .lines import Line, fold
from .pagemeta import meta_line_kind
from .shapes import attribution_of, ends_sentence, is_bullet
from .shapes_lists import list_number
from .unwrap_widths import display_width


def join_runs(lines: list[Line], goes_on) -> list[Line]:
    """``lines`` with each run joined into one line, a run going on while ``goes_on(run_start, index)``
    says line ``index`` continues into the next."""
    joined: list[Line] = []
    run_start = 0
    for index in range(len(lines)):
        if index + 1 < len(lines) and goes_on(run_start, index):
            continue
        joined.append(_join(lines[run_start : index + 1]))
        run_start = index + 1
    return joined


# 嘉宾：, 主办单位：: the label of a field whose values stand one a line, each after the first set in by
# the label's width; a one-character label (问：, 答：, 注：) is a turn or a note, and its width is the
# usual paragraph indent, so the paragraphs set in under it are no values of it
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")


def join_hanging_values(text: str, lines: list[Line]) -> list[Line]:
    """``lines`` with a field's values joined into its line, set apart by a wide space: 嘉宾：…副院长 况利 over
    　　　…主任 周新雨 (the second guest set in by the label's width) is one line listing both, not a line
    of its own that a name ends (no byline, no sub-heading). Numbered values stay items of their own, and
    a value is a person or a body, not a sentence: a line ending one closes the field (问：…？ or 注：…。
    over indented paragraphs is a turn or a note over the story's text)."""
    joined: list[Line] = []
    width = 0  # cells the open field's label takes; 0 when no field is open
    for line in lines:
        if (
            width
            and _indent(text, line) == width
            and text.count("\n", joined[-1].end, line.start) == 1
            and list_number(line.text) is None  # 附件：1.… over 2.…: a numbered list keeps its items apart
            and not ends_sentence(line.text)
        ):
            last = joined[-1]
            joined[-1] = Line(last.text + "\u3000" + line.text, last.start, line.end, parts=last.parts + 1)
            continue
        label = _FIELD_LABEL.match(line.text)
        opens_field = label and not _indent(text, line) and not ends_sentence(line.text)
        width = display_width(label.group()) if opens_field else 0
        joined.append(line)
    return joined


def join_bare_byline_roles(lines: list[Line]) -> list[Line]:
    """``lines`` with a byline's role word standing alone (本报记者, 通讯员: a narrow column or a scan set it on
    a line of its own) joined by a space to the names under it: 本报记者 over 罗斌 is the byline 本报记者 罗斌,
    not a subtitle over an unlabelled author. The names line must read as that role's names whole."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.parts == 1
            and len(last.text) <= _LONGEST_ROLE
            and credits_names.ROLE_ONLY.fullmatch(fold(last.text))
            and _names_under_role(last.text, line.text)
        ):
            joined[-1] = Line(last.text + " " + line.text, last.start, line.end, parts=2)
            continue
        joined.append(line)
    return joined


_LONGEST_ROLE = 12  # characters: 本报驻成都记者, 四川日报全媒体记者


def _names_under_role(role: str, names: str) -> bool:
    """The line under a bare role word is only the names it labels (罗斌, 罗斌 吉克阿依)."""
    if len(names) > 30 or credits_bylines.opens_byline(names) or credits_bylines.parse_byline_line(names):
        return False
    bylines = credits_bylines.parse_byline_line(f"{role} {names}")
    return bool(bylines) and all(byline.name.replace(" ", "") in names.replace(" ", "") for byline in bylines)


def _indent(text: str, line: Line) -> int:
    return display_width(text[text.rfind("\n", 0, line.start) + 1 : line.start])


def bracket_goes_on(text: str, line: Line, following: Line) -> bool:
    """The line leaves a bracket open and the next line, printed right under it at the margin, closes
    it before opening another: one bracket cut by the column's edge."""
    if not leaves_bracket_open(line.text) or text.count("\n", line.end, following.start) != 1:
        return False
    if text[following.start - 1] != "\n":
        return False
    close = min((at for at in (following.text.find("）"), following.text.find(")")) if at >= 0), default=-1)
    return 0 <= close <= _CUT_BRACKET and not any(mark in following.text[:close] for mark in "（(")


def leaves_bracket_open(line: str) -> bool:
    if "（" not in line and "(" not in line:
        return False
    return line.count("（") + line.count("(") - line.count("）") - line.count(")") == 1


_CUT_BRACKET = 12  # characters: the rest of a byline or an attribution a column break cut


def starts_its_own_line(text: str) -> bool:
    """A byline, a dateline lead, a closing attribution or page metadata never continues a line."""
    return bool(
        is_bullet(text)
        or credits_bylines.parse_byline_line(text)
        or credits_bylines.opens_byline(text)
        or credits_datelines.parse_lead(text)
        or attribution_of(text) is not None
        or meta_line_kind(text) is not None
    )


def credit_alone(text: str) -> bool:
    """摄/齐岚森, 本报记者 沈静 摄: a photo credit with no caption before it on its line."""
    credit = credits_photos.parse_photo_credit(text)
    return credit is not None and not credit.caption


def _credit_stands_apart(before: str, credit: str) -> bool:
    """A photo credit the edge cut from its caption is set apart by a space (…准备发货 摄/齐岚森), unless
    the cut went through it (…的乐趣。 本报 / 记者 张燕 摄)."""
    return credit_alone(credit) and not credit_alone(before.rsplit(None, 1)[-1] + credit)


def _join(run: list[Line]) -> Line:
    if len(run) == 1:
        return run[0]
    pieces = [run[0].text]
    for previous, line in zip(run, run[1:], strict=False):
        # Two English words meet at the cut (the space was the wrap); digits (2 / 020年) were one number;
        # a caption's credit stands apart from it (…准备发货 摄/齐岚森); an address cut at the edge has no space.
        words_meet = (
            _is_latin_letter(previous.text[-1])
            and _is_latin_letter(line.text[0])
            and not _address_goes_on(previous.text, line.text)
        )
        pieces.append(
            (" " if words_meet or _credit_stands_apart(previous.text, line.text) else "") + line.text
        )
    return Line("".join(pieces), run[0].start, run[-1].end, parts=len(run))


# The address a line ends in: https://www.kcz, www.kcz, kepu@cqast (a run of an address's characters)
_ADDRESS_TAIL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|[\w.+-]+@)[\w./%?=&#~+:@-]*$", re.ASCII)


def _address_goes_on(previous: str, following: str) -> bool:
    """（https://www.kcz / gk.org.cn）: the line stops inside a web or e-mail address and the next goes on in
    its lowercase letters; a space never belongs in an address."""
    return bool(_ADDRESS_TAIL.search(previous)) and following[:1].islower()


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()
