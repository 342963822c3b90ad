"""The assembler's rules for dateline leads: 本报讯（记者 X）…, 新华社…电 opening a story or a brief of its
own (or repeated, or quoted inside a round-up), and a headline the copy ran into its lead or byline on
one line.

A lead opens the story under its headline, or a brief whose headline was lost; inside a story it is a
round-up's dispatch. These rules decide which, and cut a headline from the credit printed after it.

``LeadRules`` is mixed into ``assemble._Assembler`` and uses its state (``lines``, ``current``) and
helpers (``_open``, ``_new_draft``, ``_close_by_page``, ``_credit``, ``_attribute``,
``_column_name_as_banner``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from . import credits_bylines, credits_datelines, credits_names, shapes
from .draft import Draft
from .lines import Line, fold
from .model import PARAGRAPH, Flag, Repair
from .shapes_credits import split_trailing_attribution
from .shapes_headlines import could_be_headline, is_heading_like

_CUT_CANDIDATE = re.compile(r"\s+(?=本报|本刊|新华社|记者|通讯员|特约|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|网|新闻|客户端)(?:记者|讯))")


class LeadRules:
    """Handlers for the dateline leads that open stories and briefs (see ``assemble._Assembler.step``)."""

    def _lead(self, index: int, line: Line) -> bool:
        lead = credits_datelines.parse_lead(line.text)
        if lead is None:
            return False
        current = self._open()
        repeated = _repeated_lead(current, lead) if current and current.has_body else None
        if repeated is not None:
            current.item.repairs.append(Repair("duplicate_removed", f"删除重复的导语：“{lead.text[:16]}…”", line.text))
            current.cover(line)  # the copy printed the story's lead twice: no brief of its own
            if repeated != lead.text:
                readings = "、".join(f"“{kept}”/“{dropped}”" for kept, dropped in _differences(repeated, lead.text))
                current.item.flags.append(
                    Flag("possible_duplicate", f"重复的导语与首段有字不同（{readings}），已删去后一份，请核对哪一份读对了", lead.text[:30])
                )
            return True
        if self._column_name_as_banner(current):  # 各地动态 over 本报讯 4月22日，…: the column's first brief
            current.flag("missing_headline", f"电头“{lead.dateline}”前没有标题", lead.dateline)
        if current and current.has_body and not (
            _opens_a_brief(lead) or _after_own_brief(current, lead) or _home_news_after_a_dateline(current, lead)
        ):
            # a second dateline inside a round-up (新华社…电) stays in the text; its reporters wrote that part,
            # but only a round-up's, which opened with a dispatch of its own: a commentary quoting a dispatch
            # (本报评论员 李华) or an interview's question (县融媒体中心记者张洁问：) adds no one
            if current.item.dateline and lead.dateline:
                current.item.bylines.extend(byline for byline in lead.bylines if byline not in current.item.bylines)
            return False
        if current and current.has_body:
            current = None  # 本报讯（记者 X）… after a finished story: a brief of its own, its headline lost
        if current is None:
            current = self._new_draft(line, title=None)
            current.flag("missing_headline", f"电头“{lead.dateline}”前没有标题", lead.dateline)
        item = current.item
        item.dateline = lead.dateline
        item.credit_lines.append(lead.dateline + lead.credit)
        item.bylines.extend(lead.bylines)
        if lead.source and not item.source:
            item.source = lead.source
        # 本报讯 …任务。（李华）: a brief's one paragraph may carry its closing attribution too
        trailing = split_trailing_attribution(lead.text) if lead.text else None
        if lead.text:
            current.add_paragraph(trailing[0] if trailing else lead.text)
            flag_next_columns_lead(current, lead.text)
        current.cover(line)
        if trailing:
            self._attribute(current, trailing[1], line)
        self.after_photo = False
        return True

    def _headline_run_into_credit(self, index: int, line: Line) -> bool:
        """永川区科协举办科技工作者沙龙 本报讯（记者 张伟）12月1日… or 潼南区科协开展科普志愿服务 本报记者 李娜:
        a headline the copy ran into its lead or byline on one line — cut apart, a headline and its
        credit (the whole line was a paragraph of the story above, its story merged into it)."""
        if " " not in line.text and "\u3000" not in line.text:
            return False  # the usual line: nothing printed after a space
        current = self._open()
        cut = _headline_and_credit(line.text, short=current is None or not current.has_body)
        if cut is None:
            return False
        head_end, rest_start = cut
        head = Line(line.text[:head_end], line.start, line.start + head_end, line.parts)
        rest = Line(line.text[rest_start:], line.start + rest_start, line.end, line.parts)
        self._close_by_page()
        draft = self._new_draft(head, title=head.text)
        draft.item.repairs.append(headline_cut(head.text, rest.text))
        if not self._lead(index, rest):
            self._credit(rest, credits_bylines.parse_byline_line(rest.text))
        return True


def _repeated_lead(draft: Draft, lead: credits_datelines.Lead) -> str | None:
    """The paragraph of the open story that this lead repeats under the same dateline, else None: the copy
    printed the lead twice, word for word or as a second scan that misread a character or two (市民/市氏)."""
    if draft.item.dateline != lead.dateline:
        return None
    paragraphs = [block.text for block in draft.item.blocks if block.kind == PARAGRAPH]
    if lead.text in paragraphs:
        return lead.text
    return next((text for text in paragraphs if _rescanned(text, lead.text)), None)


_RESCAN_MIN = 20  # characters: a lead long enough that two readings this close are one text
_RESCAN_LENGTH_SLACK = 2
_RESCAN_SAME = 0.9  # share of characters the two readings have in common


def _rescanned(first: str, second: str) -> bool:
    """Two readings of one paragraph: as long within two characters, nine in ten characters alike."""
    if min(len(first), len(second)) < _RESCAN_MIN or abs(len(first) - len(second)) > _RESCAN_LENGTH_SLACK:
        return False
    return SequenceMatcher(None, first, second, autojunk=False).ratio() >= _RESCAN_SAME


def _differences(kept: str, dropped: str) -> list[tuple[str, str]]:
    """The stretches where two readings differ, each as (kept reading, dropped reading)."""
    matcher = SequenceMatcher(None, kept, dropped, autojunk=False)
    return [(kept[a:b], dropped[c:d]) for tag, a, b, c, d in matcher.get_opcodes() if tag != "equal"][:5]


# 4月18日，黔 本报讯 4月20日，秀山县科协: the next column's story opening beside a line of this one, past a
# gutter as narrow as one space (a story never says 本报讯 after a space within its text)
_NEXT_COLUMNS_LEAD = re.compile(r"[\u4e00-\u9fff，。；][ \u3000]+本报讯")


def flag_next_columns_lead(draft: Draft, text: str) -> None:
    """Two columns read across, line by line: the next column's 本报讯 inside a paragraph. Their sentences
    interleave and nothing proves their order, so the editor is asked to take them apart."""
    if "本报讯" not in text or not _NEXT_COLUMNS_LEAD.search(text):
        return
    if "interleaved_columns" not in [flag.code for flag in draft.item.flags]:
        draft.flag(
            "interleaved_columns",
            "该段似为并排两栏逐行混排（行中出现另一栏的“本报讯”）：两栏的句子交错，请按原版面拆开核对",
            text[:30],
        )


def _opens_a_brief(lead: credits_datelines.Lead) -> bool:
    """本报讯（记者 X）, 本报成都讯 记者 X: the paper's own news with its reporters, which no round-up
    quotes inside another story (a round-up's parts are filed as 电 from elsewhere)."""
    if lead.dateline.startswith(credits_datelines.ANOTHER_REPORT):
        return True  # "another report": a brief of its own by definition
    return bool(lead.bylines) and _own_news(lead.dateline)

def _after_own_brief(current: Draft, lead: credits_datelines.Lead) -> bool:
    """新华社成都12月5日电（记者 X）…, 本报酒泉11月4日电（记者 X）… after a story the paper filed under its
    own dateline (本报讯（记者 Y）, 本报长春11月4日电（记者 Y））: the paper's own story quotes no other
    reporter's dispatch whole, so this is the next brief (a round-up is not filed under a dateline;
    the same dateline again, without reporters, is a second dispatch printed under the one headline)."""
    filed, dateline = fold(current.item.dateline or ""), fold(lead.dateline)
    return bool(lead.bylines) and "电" in dateline and filed.startswith(("本报", "本刊")) and filed != dateline


def _home_news_after_a_dateline(current: Draft, lead: credits_datelines.Lead) -> bool:
    """本报讯 …, 本报黔江讯 … (reporters named or not) after a story that opened with its own dateline
    (新华社上海3月20日电, 本报讯): the paper's home news is no part of a story filed elsewhere or of
    another brief, so this is the next brief, its headline lost."""
    return _own_news(lead.dateline) and fold(current.item.dateline or "").startswith(_FILERS)


_FILERS = ("本报", "本刊", "新华社", "中新社")  # who files a story under a dateline (据新华社…电 quotes one)


def _own_news(dateline: str) -> bool:
    """本报讯, 本报成都讯, 本刊讯 (本報訊): the paper's own news, not a dispatch it carries."""
    dateline = fold(dateline)
    return dateline.startswith(("本报", "本刊")) and "讯" in dateline


def _headline_and_credit(text: str, *, short: bool = False) -> tuple[int, int] | None:
    """Where a headline printed on its lead's or byline's line ends and the credit starts, else None.

    The part before a space must read as a headline (six or more characters) and everything after
    it as a dateline lead (本报讯（记者 X）…) or a byline line (本报记者 X). With ``short`` (no story
    text above it), four characters are headline enough before the paper's own reporter (科普进校园
    本报记者 王 琳); in a story, 据介绍 本报记者 李娜 is its text.
    """
    for gap in _CUT_CANDIDATE.finditer(text, 0, 48):
        head, rest = text[: gap.start()], text[gap.end() :]
        shortest = _SHORT_HEADLINE if short and _PAPERS_REPORTER.match(rest) else _HEADLINE
        if shapes.visible_length(head) < shortest or not (is_heading_like(head) or could_be_headline(head)):
            continue
        if credits_datelines.parse_lead(rest) or _people_credited(rest):
            return gap.start(), gap.end()
    return None


_HEADLINE, _SHORT_HEADLINE = 6, 4  # characters a headline run into its credit needs
_PAPERS_REPORTER = re.compile(r"^本报(?:记者|通讯员|特约记者)\s*[\u4e00-\u9fff]")


def _people_credited(text: str) -> bool:
    """本报记者 李娜 after a headline on its line: a byline naming people (县融媒体中心 记者走基层 is one
    headline: 走基层 names no one)."""
    bylines = credits_bylines.parse_byline_line(text)
    return bool(bylines) and all(credits_names.affiliated_person(fold(byline.name)) for byline in bylines)


def headline_cut(headline: str, rest: str) -> Repair:
    """The record of a headline cut from what the copy printed after it on its line."""
    return Repair("headline_cut", f"标题与下文印在同一行：“{headline}”之后的“{rest[:12]}…”另起一行")
