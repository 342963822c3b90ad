"""Reconcile a PageResult with its page text: no character may be dropped silently.

Every non-whitespace character of ``PageResult.text`` must be found in an
item's printed text (kicker, title, subtitle, body blocks, caption texts,
credit lines as printed), in the page metadata lines, in a flagged
remainder, or in the text of a recorded repair that removed it (a repeated
paragraph); what a repair put in its place (``Repair.added``) is not counted as the page's. Derived fields (Item.source, Item.dateline, bylines, PageMeta
fields) are views of printed text already counted, so they are not counted
again.

A web copy's invisible characters, HTML entities and <br> tags are undone before splitting
(cleaning.py), so the page is counted as cleaned. Width repairs change a character one for one (，for , , 1 for １, “ for "), so the
characters are compared after NFKC folding, which maps both to one form (and “ ” and 。,
which NFKC keeps, to " and .).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .cleaning import clean_copy
from .model import PageResult


@dataclass
class Accounting:
    input_count: int
    accounted_count: int
    by_destination: dict[str, int] = field(default_factory=dict)
    missing: Counter = field(default_factory=Counter)  # in the page, found nowhere
    extra: Counter = field(default_factory=Counter)  # found, but not in the page

    @property
    def balanced(self) -> bool:
        return self.input_count == self.accounted_count and not self.missing and not self.extra


def account(result: PageResult) -> Accounting:
    """Count the page's characters against items, metadata, remainders and removals."""
    pieces = {
        "items": [text for item in result.items for text in item.printed_texts()],
        "meta": list(result.meta.source_lines),
        "remainders": [r.text for r in result.remainders],
        "removed": [r.removed for r in _repairs(result) if r.removed],
    }
    found: Counter = Counter()
    by_destination = {}
    for name, texts in pieces.items():
        counter = Counter()
        for text in texts:
            counter.update(_folded(text))
        by_destination[name] = sum(counter.values())
        found.update(counter)
    added = Counter(_folded("".join(r.added for r in _repairs(result))))
    found.subtract(added)  # a repair's replacement characters are not the page's
    found = +found
    page = Counter(_folded(clean_copy(result.text).text))  # what splitting read (cleaning.py)
    return Accounting(
        input_count=sum(page.values()),
        accounted_count=sum(found.values()),
        by_destination=by_destination,
        missing=page - found,
        extra=found - page,
    )


def _repairs(result: PageResult):
    yield from result.repairs
    for item in result.items:
        yield from item.repairs


# Marks a width repair changes that NFKC keeps apart: "…" → “…”, 工程. → 工程。
_SAME_MARK = {"“": '"', "”": '"', "。": "."}


def _folded(text: str):
    for ch in text:
        if not ch.isspace():
            for folded in unicodedata.normalize("NFKC", ch):
                if not folded.isspace():
                    yield _SAME_MARK.get(folded, folded)
