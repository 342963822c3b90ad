"""The page's editors: the footer lines and head ends that credit them (责任编辑：X 美编：Y) and a post's
info line (编辑：X), read as bylines of the editor role.
"""

from __future__ import annotations

import re

from .credits_names import parse_names
from .lines import fold
from .model import EDITOR, Byline, PageMeta
from .pagemeta import BRACKETED, meta_line_kind
from .pagemeta_heads import site_date
from .pagemeta_sources import web_info_fields
from .shapes_furniture import EDITOR_ROLES as _EDITOR_ROLES
from .shapes_furniture import page_head
from .surnames import may_start_a_name

_EDITOR_LINE = re.compile(rf"^(?:{_EDITOR_ROLES})(?:\s*[:：丨|｜]|\s)")
# an e-paper's line over each page, its editors after its number and date: 版次：A3  日期：2023-09-12  责任编辑：邓敏
_EDITION_EDITORS = re.compile(rf"^版次\s*[:：].*?\s(?P<editors>(?:{_EDITOR_ROLES})\s*[:：].*)$")
_CJK_AFTER = re.compile(r"[\u4e00-\u9fff·]")
_EDITOR_TOKEN = re.compile(rf"({_EDITOR_ROLES})(?:\s*[:：丨|｜]|\s)|([\u4e00-\u9fff·]{{2,4}})|[、，,\s]+|(.)")


def names_page_editors(text: str) -> bool:
    """责任编辑：张晓  美术编辑：黄蓉, 编辑 / 王丽   美编 / 刘洋: a line of the page's furniture naming its editors."""
    return bool(_EDITOR_LINE.match(fold(text))) and meta_line_kind(text) == "boilerplate"


def _credit_lines(meta: PageMeta):
    """The footer lines that may credit the page's editors, and the editors at the end of its head."""
    for line in meta.boilerplate:
        if (page_line := _EDITION_EDITORS.match(fold(line))) is not None:  # 版次：01版 要闻  责任编辑：刘雪梅
            yield line[page_line.start("editors") :]
            continue
        yield line[1:-1] if BRACKETED.match(line) else line  # 【责任编辑：刘小明】
    for line in meta.source_lines:  # every meta line, in page order
        head = site_date(fold(line)) or page_head(fold(line))
        if head and head.group("editors"):  # 2021年1月8日 星期五 第2版 科协动态 责任编辑：王丽 美编：李明
            yield line[head.start("editors") :].strip()


def page_editors(meta: PageMeta) -> list[Byline]:
    """The page's editors from its footer lines (责任编辑：X 版式：Y, 编辑 X 校对 Y) and a post's info line
    (编辑：X), role editor, as printed."""
    editors: list[Byline] = []
    for line in _credit_lines(meta):
        key = fold(line)
        if not _EDITOR_LINE.match(key):
            continue
        for match in _EDITOR_TOKEN.finditer(key):
            if match.group(3):
                break  # anything but roles and names: not a credit line after all
            if match.group(2):
                text = line[match.start(2) : match.end(2)]
                if _CJK_AFTER.match(key, match.end(2)) or not may_start_a_name(match.group(2)):
                    break  # 审核：李华 四川大学华西医院 主任医师: the names end where an affiliation begins
                name = Byline(EDITOR, text)
                if name not in editors:
                    editors.append(name)
    for line in meta.source_lines:  # 来源：城口县融媒体中心 | 记者：陈华 | 编辑：李娜: a post's info line
        if "编辑" in line and meta_line_kind(line) == "web_info":
            for name in (parse_names(web_info_fields(line).get("编辑", "")) or []):
                if (editor := Byline(EDITOR, name)) not in editors:
                    editors.append(editor)
    return editors
