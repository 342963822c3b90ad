"""split_page: decoded page text in, items + page metadata + remainders out (no enrichment).

The stages: cut the text into lines (lines.py), group them into items
(assemble.py), then finish each item: headline parts (headline.py),
duplicates removed and doubts flagged (repair.py), character widths
(punctuation.py), date (dates.py).
"""

from __future__ import annotations

import datetime as dt

from . import repair
from .assemble import assemble
from .dates import first_date, page_years
from .draft import Draft
from .headline import headline_parts
from .lines import split_lines
from .model import ARTICLE, PARAGRAPH, PHOTO, Flag, Item, PageMeta, PageResult
from .pagemeta import infer_province


def split_page(text: str, *, encoding: str = "utf-8", year_hint: int | None = None) -> PageResult:
    """Split one decoded page into items; every non-blank character ends up somewhere (see accounting.py)."""
    meta = PageMeta()
    assembly = assemble(split_lines(text), meta)
    meta.province_code = infer_province(text)
    years = page_years(text)
    page_year = max(years) if years else None
    items = [
        _finish(draft, position, meta.page_date, year_hint, page_year)
        for position, draft in enumerate(assembly.drafts)
    ]
    if len(set(years)) > 1:
        for item in items:
            _flag_guessed_year(item, meta.page_date, year_hint, page_year)
    return PageResult(text=text, encoding=encoding, meta=meta, items=items, remainders=assembly.remainders)


def _finish(
    draft: Draft, position: int, page_date: dt.date | None, year_hint: int | None, page_year: int | None
) -> Item:
    item = draft.item
    if item.kind == ARTICLE and not item.blocks and item.captions:
        item.kind = PHOTO  # a headline over pictures and no story: a photo item with a title
    elif item.kind == ARTICLE and not item.blocks and draft.title_lines:
        # 迎虎年（书法） over （关山月）: a work of art or a picture whose image the text cannot carry.
        item.flags.append(Flag("no_body", "只有标题，没有正文或图片说明（可能是书画、篆刻等作品或图片），请核对", ""))
    item.kicker, item.title, item.subtitle = headline_parts(draft.title_lines)
    repair.remove_duplicates(item)
    repair.flag_doubts(item)
    repair.normalize_widths(item)
    item.date = _item_date(item, page_date, year_hint, page_year)
    item.position = position
    item.span = (draft.start or 0, draft.end)
    return item


def _flag_guessed_year(item: Item, page_date, year_hint, page_year) -> None:
    """A date whose year only the page's other years suggest is shown to an editor, not trusted.

    With no page date and no year beside the month and day, the year is the latest the page
    mentions; on a page that names several years (一九九七年回顾, 到2000年的目标) that is a guess.
    """
    if item.date is None or page_date is not None or year_hint is not None:
        return
    if item.date.year != page_year or _item_date(item, None, None, None) is not None:
        return  # the year was written with the date itself
    item.flags.append(
        Flag(
            "date_year_guessed",
            f"页面没有印日期，“{item.date.month}月{item.date.day}日”的年份按页面提到的最晚年份推定为"
            f"{page_year}年，页面还提到其他年份，请核对",
            f"{item.date.month}月{item.date.day}日",
        )
    )


def _item_date(
    item: Item, page_date: dt.date | None, year_hint: int | None, page_year: int | None
) -> dt.date | None:
    """From the dateline, else the lead paragraph (or caption), else the page date, else None."""
    lead = next((b.text for b in item.blocks if b.kind == PARAGRAPH), "")
    if not lead and item.captions:
        lead = item.captions[0].text
    for source in (item.dateline or "", lead):
        found = first_date(source, page_date=page_date, year_hint=year_hint, page_year=page_year)
        if found:
            return found
    return page_date
