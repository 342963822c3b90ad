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
from .model import ARTICLE, PARAGRAPH, PHOTO, Item, PageMeta, PageResult
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
    return PageResult(text=text, encoding=encoding, meta=meta, items=items, remainders=assembly.remainders)


def _finish(
    draft: Draft, position: int, page_date: dt.date | None, year_hint: int | None, page_year: int | None
) -> Item:
    item = draft.item
    if item.kind == ARTICLE and not item.blocks and item.captions:
        item.kind = PHOTO  # a headline over pictures and no story: a photo item with a title
    item.kicker, item.title, item.subtitle = headline_parts(draft.title_lines)
    repair.remove_duplicates(item)
    repair.flag_doubts(item)
    repair.normalize_widths(item)
    item.date = _item_date(item, page_date, year_hint, page_year)
    item.position = position
    item.span = (draft.start or 0, draft.end)
    return item


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
