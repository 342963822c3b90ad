"""split_page: decoded page text in, items + page metadata + remainders out (no enrichment).

The stages: undo a web copy's invisible characters and entities (cleaning.py), cut the
text into lines (lines.py), group them into items
(assemble.py), then finish each item: title lines mended (split_titles.py),
headline parts (headline.py), duplicates removed and doubts flagged (repair.py),
character widths (punctuation.py), a scan's misread characters (punctuation_ocr.py),
date (split_dates.py, dates.py).
"""

from __future__ import annotations

import re

from . import credits_sources, repair, split_dates
from .assemble import assemble
from .cleaning import Cleaned, clean_copy, describe
from .dates import (
    beginning_years,
    later_than_named,
    only_years_told,
    page_anchor,
    page_years,
    present_year,
)
from .decode import MOJIBAKE
from .draft import Draft
from .lines import fold_page, split_lines
from .model import (
    ARTICLE,
    AUTHOR,
    CORRESPONDENT,
    INTERN,
    PHOTO,
    PHOTOGRAPHER,
    REPORTER,
    Flag,
    Item,
    PageMeta,
    PageResult,
    Remainder,
    Repair,
)
from .pagemeta_navigation import is_garbage_line
from .pagemeta_province import infer_province
from .printed import give_back
from .punctuation import halfwidth_alnum
from .punctuation_ocr import ocr_confused_characters, ocr_day_marks, ocr_digits
from .repair_repeats import (
    drop_repeated_headline,
    drop_repeated_headline_items,
    remove_repeats_of_other_stories,
)
from .split_dates import (
    Dating,
    date_across_new_year,
    dating_at,
    flag_guessed_year,
    item_date,
    year_doubt,
)
from .split_titles import (
    document_head_apart,
    drop_repeated_title_lines,
    flag_side_by_side_headlines,
    headline_parts_after_join,
    issuers_apart,
    record_column_brackets,
    record_separator,
    rejoin_broken_title,
    strip_headline_emoji,
    strip_headline_hashtags,
)
from .unwrap import unwrap_lines

_MOJIBAKE_NOTE = (
    "整页文字曾按 Latin-1 或 Windows-1252 误读成乱码（如“é‡åº†”），已还原为 UTF-8；误读时丢失的字显示为 �，"
    "已在所在稿件中标出"
)


def split_page(text: str, *, encoding: str = "utf-8", year_hint: int | None = None) -> PageResult:
    """Split one decoded page into items; every non-blank character ends up somewhere (see accounting.py)."""
    meta = PageMeta()
    cleaned = clean_copy(text)  # a web copy's invisible characters, entities and <br>; spans stay the page's
    # ２０２３年 and ０．７４％ read as ASCII (as the items keep them), 本報訊 as 本报讯 (given back below)
    widths = halfwidth_alnum(cleaned.text)[0]
    digits, misread = ocr_digits(widths)  # a scan's 2O23年 read as 2023年
    days, misread_days = ocr_day_marks(digits)  # …and its 5月20口 as 5月20日
    read, misread_words = ocr_confused_characters(days)  # …and its 己经, 末来, 近曰 as 已经, 未来, 近日
    folded = fold_page(read)
    lines = unwrap_lines(folded, split_lines(folded), printed=cleaned.text)
    assembly = assemble(lines, meta)
    joined = "\n".join(line.text for line in lines)  # 2020年 cut as 20 / 20年 by the layout is whole again
    meta.province_code = infer_province(joined, meta.site)
    years, beginnings = page_years(joined), beginning_years(joined)
    dating = Dating(meta.page_date, year_hint, page_anchor(joined), present_year(years, beginnings))
    earlier: dict[str, Item] = {}  # each story's paragraphs, for the repeats a later story carries
    items = _drop_repeated_items(
        drop_repeated_headline_items(
            [
                _finish(draft, position, dating_at(draft, assembly.head_dates, dating), earlier)
                for position, draft in enumerate(assembly.drafts)
            ]
        )
    )
    several_years = len(set(years)) > 1 or later_than_named(years, beginnings)
    crosses_new_year = split_dates.crosses_new_year(items)
    if crosses_new_year:
        date_across_new_year(items, dating, years)
    doubt = year_doubt(several_years, crosses_new_year, only_years_told(joined))
    if doubt:
        for item in items:
            flag_guessed_year(item, dating, doubt)
    remainders = assembly.remainders
    if widths != cleaned.text:
        _record_full_width(items, cleaned.text, widths)
    page_repairs = _record_misread(items, widths, digits, _digits_repair) if misread else []
    if misread_days:
        page_repairs += _record_misread(items, digits, days, _days_repair)
    if misread_words:
        page_repairs += _record_misread(items, days, read, _words_repair)
    if encoding.endswith(MOJIBAKE):
        page_repairs.append(Repair("mojibake", _MOJIBAKE_NOTE))
    if folded != cleaned.text:
        # records of lines keep the page's characters, but not a scan's misread digits, days and words
        records = "".join(now if was != now else printed for printed, was, now in zip(cleaned.text, widths, read, strict=True))
        remainders = give_back(records, read, folded, items, meta, remainders)
    if cleaned.origin is not None:
        remainders = _in_page_offsets(items, remainders, cleaned, text)
    flags = [_garbage_flag(line) for line in meta.source_lines if is_garbage_line(line)]
    return PageResult(
        text=text, encoding=encoding, meta=meta, items=items, remainders=remainders, flags=flags, repairs=page_repairs
    )


def _garbage_flag(line: str) -> Flag:
    """A line of symbols a scan or a broken copy left, taken out of the stories: kept on the page's record and
    shown to an editor, who may find what it stood for in the original."""
    return Flag("garbage_line", f"乱码行“{line[:20]}”已移出正文，请对照原件核对是否缺字", line)


def _record_full_width(items: list[Item], text: str, widths: str) -> None:
    """The full-width letters, digits and number marks each item's lines held, which the rules read
    and the items keep as ASCII: counted into the item's width repair."""
    for item in items:
        start, end = item.span
        count = sum(1 for printed, read in zip(text[start:end], widths[start:end], strict=True) if printed != read)
        if not count:
            continue
        earlier = next((r for r in item.repairs if r.code == "fullwidth"), None)
        total = count + (int(earlier.detail.split()[0]) if earlier else 0)
        repair = Repair("fullwidth", f"{total} 个全角数字或字母改为半角")
        item.repairs = [repair if r is earlier else r for r in item.repairs] if earlier else [repair, *item.repairs]


def _record_misread(items: list[Item], was: str, now: str, repair_of) -> list[Repair]:
    """What a scan misread (2O23, 5月20口), which the rules read and every text keeps repaired: each
    item's recorded as its repair (``repair_of``), with the characters replaced and put in; those of
    lines outside every item (a masthead's date) returned as the page's."""
    outside = [True] * len(was)
    for item in items:
        start, end = item.span
        outside[start:end] = [False] * (end - start)
        repair = repair_of(was[start:end], now[start:end])
        if repair:
            item.repairs.append(repair)
    rest_was = "".join(char if out else "\n" for char, out in zip(was, outside, strict=True))
    rest_now = "".join(char if out else "\n" for char, out in zip(now, outside, strict=True))
    repair = repair_of(rest_was, rest_now)
    return [repair] if repair else []


def _changed(was_text: str, now_text: str) -> tuple[str, str]:
    """The characters replaced and those put in their place."""
    changed = [(was, now) for was, now in zip(was_text, now_text, strict=True) if was != now]
    return "".join(was for was, _ in changed), "".join(now for _, now in changed)


def _misread_repair(code: str, what: str, find):
    """The repair recording what ``find`` (``ocr_digits``, ``ocr_day_marks``) turned back in a stretch of text."""

    def repair(was_text: str, now_text: str) -> Repair | None:
        removed, added = _changed(was_text, now_text)
        if not removed:
            return None
        found = find(was_text)[1]
        shown = "、".join(f"“{was}”→“{now}”" for was, now in found[:5])
        return Repair(code, f"{len(found)} 处{what}：{shown}", removed, added)

    return repair


_digits_repair = _misread_repair("ocr_digits", "数字里被扫描认成字母 O、l 或“〇”的 0、1 已改回", ocr_digits)
_days_repair = _misread_repair("ocr_day", "日期里被扫描认成“口”或“曰”的“日”已改回", ocr_day_marks)
_words_repair = _misread_repair("ocr_characters", "被扫描认错的字（己/已、巳/已、末/未、人/入、曰/日、汛/讯）已改回", ocr_confused_characters)


def _in_page_offsets(items: list[Item], remainders: list[Remainder], cleaned: Cleaned, text: str) -> list[Remainder]:
    """Spans of the cleaned text as page offsets, and what cleaning undid recorded on its item: also
    on the rest of its first and last lines (# 标题, <p style=…>标题</p>), up to another item."""
    spans = [(cleaned.page_offset(start), cleaned.page_offset(end)) for start, end in (item.span for item in items)]
    for item, span in zip(items, spans, strict=True):
        item.span = span
        first, last = _whole_lines(span, text, [other for other in spans if other is not span])
        changes = [change for change in cleaned.changes if first <= change.offset < last]
        if changes:
            item.repairs.append(Repair("copy_cleaned", describe(changes)))
    return [
        Remainder(r.text, (cleaned.page_offset(r.span[0]), cleaned.page_offset(r.span[1])), r.flag) for r in remainders
    ]


def _whole_lines(span: tuple[int, int], text: str, others: list[tuple[int, int]]) -> tuple[int, int]:
    """``span`` widened to the start of its first line and the end of its last, but not into another span."""
    start, end = span
    line_end = text.find("\n", end)
    first = max([text.rfind("\n", 0, start) + 1] + [e for _, e in others if e <= start])
    last = min([len(text) if line_end < 0 else line_end] + [s for s, _ in others if s >= end])
    return first, last


def _finish(draft: Draft, position: int, dating: Dating, earlier: dict[str, Item]) -> Item:
    item = draft.item
    if item.kind == ARTICLE and not item.blocks and item.captions:
        item.kind = PHOTO  # a headline over pictures and no story: a photo item with a title
    elif item.kind == ARTICLE and not item.blocks and draft.title_lines:
        # 迎虎年（书法） over （关山月）: a work of art or a picture whose image the text cannot carry.
        item.flags.append(Flag("no_body", "只有标题，没有正文或图片说明（可能是书画、篆刻等作品或图片），请核对", ""))
    if item.kind == PHOTO and item.source is None:
        item.source = _picture_supplier(item)
    title_lines = document_head_apart(drop_repeated_title_lines(draft.title_lines, item), item)
    stacked = title_lines
    title_lines = rejoin_broken_title(title_lines, item)
    title_lines = issuers_apart(strip_headline_hashtags(title_lines, item), item)
    flag_side_by_side_headlines(title_lines, item)
    item.kicker, item.title, item.subtitle = headline_parts_after_join(stacked, title_lines)
    item.kicker = item.kicker or draft.place_label  # 【万州区】5月10日，…: the brief's place, its 引题
    record_separator(title_lines, item)
    record_column_brackets(title_lines, item)
    strip_headline_emoji(item)
    item.bylines = _one_writer_each(item.bylines)  # 记者 X over 本报讯（记者 X）: one byline
    repair.strip_caption_labels(item)
    repair.remove_duplicates(item)
    remove_repeats_of_other_stories(item, earlier)
    drop_repeated_headline(item)
    repair.mark_poem_titles(item)
    repair.flag_doubts(item)
    repair.normalize_widths(item)
    item.date = item_date(item, dating)
    item.position = position
    item.span = (draft.start or 0, draft.end)
    return item


def _picture_supplier(item: Item) -> str | None:
    """（雅安市科协 供图） under a photo item no photographer is named for: the body gave the picture and its
    caption, the item's source. (Under a story, whose text may be the paper's own, a body's 供图 stays the
    credit of its pictures.)"""
    if any(byline.role == PHOTOGRAPHER for byline in item.bylines):
        return None
    for credit in item.credit_lines:
        body = credits_sources.body_credited(credit.strip().strip("（）()"))
        if body is not None:
            return body[0]
    return None


def _one_writer_each(bylines: list) -> list:
    """Each byline once, and no author who is the story's reporter, correspondent or intern already (本报讯（记者
    杨柳） … 杨柳 李红 报道 named 杨柳 twice); a photographer who wrote it too (文/图 X) keeps both."""
    unique = list(dict.fromkeys(bylines))
    reporting = {b.name for b in unique if b.role in (REPORTER, CORRESPONDENT, INTERN)}
    return [b for b in unique if not (b.role == AUTHOR and b.name in reporting)]


def _drop_repeated_items(items: list[Item]) -> list[Item]:
    """A whole story pasted twice (same headline, same text) is kept once; the copy is recorded on the
    kept one as a removed repeat, as a repeated paragraph is (repair.remove_duplicates).

    The paper's copy and the website's copy of one story differ only in what is around the text (本报讯
    and a byline on one, 来源 and 发布时间 on the other): the bodies are compared, not the credits. The
    copy with the byline is kept, in the first copy's place, and takes the other's source if it has none.
    """
    kept: list[Item] = []
    for item in items:
        first = next((earlier for earlier in kept if _same_story(earlier, item)), None)
        if first is None:
            kept.append(item)
            continue
        keeper, copy = (item, first) if _credited(item) and not _credited(first) else (first, item)
        keeper.source = keeper.source or copy.source
        printed = "\n".join(text for text in copy.printed_texts() if text)
        keeper.repairs.append(Repair("duplicate_removed", f"删除整篇重复的稿件：“{item.title[:20]}”又印了一遍", printed))
        kept[kept.index(first)] = keeper
    for position, item in enumerate(kept):
        item.position = position
    return kept


def _same_story(first: Item, later: Item) -> bool:
    """Two items are one story pasted twice: same kind, headline and pictures and the same body, word
    for word (spacing aside); a body cut short or changed may be another version, which an editor keeps."""
    if (first.kind, first.title, first.subtitle) != (later.kind, later.title, later.subtitle) or not later.title:
        return False
    if first.captions != later.captions:
        return False
    body, copy = (re.sub(r"\s+", "", item.body) for item in (first, later))
    if len(copy) < 20:
        return False
    return body == copy


def _credited(item: Item) -> bool:
    """The item prints who wrote it or the paper's 本报讯: the paper's copy rather than a website's."""
    return bool(item.credit_lines or item.dateline)
