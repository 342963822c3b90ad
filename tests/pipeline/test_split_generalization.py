"""split_page on hand-made pages in the conventions of regional 科协 papers and web reposts.

Each ``pages/NN_*.txt`` has a sibling ``.json`` with what a careful editor
publishes from it: the items (kind, headline parts, bylines, closing source,
date, and where given sub-headings and caption counts) and the page
metadata (banners, site, page date, source, co-organizers, page editors).
The pages vary the conventions the seeds and the devset do not show, so the
splitting rules are checked for generality, not for five pages.
"""

import json
from pathlib import Path

import pytest

from articles.textpipeline.accounting import account
from articles.textpipeline.decode import decode_page
from articles.textpipeline.pagemeta_editors import page_editors
from articles.textpipeline.split import split_page

PAGES = Path(__file__).resolve().parent / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def load(name: str):
    decoded = decode_page((PAGES / f"{name}.txt").read_bytes())
    result = split_page(decoded.text, encoding=decoded.encoding)
    gold = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return result, gold


def summary(item) -> dict:
    """The fields the gold gives, in the gold's shape."""
    return {
        "kind": item.kind,
        "kicker": item.kicker,
        "title": item.title,
        "subtitle": item.subtitle,
        "bylines": sorted({(b.role, b.name) for b in item.bylines}),
        "source": item.source,
        "date": item.date.isoformat() if item.date else None,
    }


def expected(gold_item: dict) -> dict:
    wanted = {key: gold_item[key] for key in ("kind", "kicker", "title", "subtitle", "source", "date")}
    wanted["bylines"] = sorted({tuple(b) for b in gold_item["bylines"]})
    return wanted


def test_pages_present():
    assert len(NAMES) >= 10
    for name in NAMES:
        assert (PAGES / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", NAMES)
def test_items(name):
    """Item count, kinds, headline parts, bylines, sources and dates match the gold."""
    result, gold = load(name)
    got = [summary(item) for item in result.items]
    want = [expected(item) for item in gold["items"]]
    assert [g["title"] for g in got] == [w["title"] for w in want]
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_blocks_and_captions(name):
    """Sub-headings stay inside their article; captions keep their photographer; flags, paragraph
    counts and each story's opening where the gold gives them."""
    result, gold = load(name)
    assert len(result.items) == len(gold["items"])
    for item, wanted in zip(result.items, gold["items"], strict=True):
        if "subheadings" in wanted:
            assert item.subheadings == wanted["subheadings"], item.title
        if "captions" in wanted:
            assert len(item.captions) == wanted["captions"], item.title
        uncredited = [caption.text for caption in item.captions if not caption.photographer]
        assert len(uncredited) == wanted.get("uncredited_captions", 0), uncredited  # 图为… printed without a credit
        if "flags" in wanted:
            assert sorted({flag.code for flag in item.flags}) == wanted["flags"], item.title
        if "paragraphs" in wanted:  # which story a paragraph went to (编者按 over the next headline)
            assert len(item.paragraphs) == wanted["paragraphs"], item.title
            assert (item.paragraphs[0][:6] if item.paragraphs else None) == wanted["opens_with"], item.title


@pytest.mark.parametrize("name", NAMES)
def test_page_metadata(name):
    """Banners, site, page date, source, co-organizers and page editors; encoding when given."""
    result, gold = load(name)
    meta, wanted = result.meta, gold["meta"]
    assert meta.banners == wanted["banners"]
    assert meta.site == wanted["site"]
    assert (meta.page_date.isoformat() if meta.page_date else None) == wanted["page_date"]
    assert meta.source == wanted["source"]
    assert meta.co_organizers == wanted["co_organizers"]
    assert [b.name for b in page_editors(meta)] == wanted["editors"]
    assert all(b.role == "editor" for b in page_editors(meta))
    if "encoding" in gold:
        assert result.encoding == gold["encoding"]


@pytest.mark.parametrize("name", NAMES)
def test_accounting_balanced(name):
    """Every non-blank character lands in an item, the metadata, a remainder or a recorded removal."""
    result, _ = load(name)
    report = account(result)
    assert report.balanced, (report.missing, report.extra)
    assert not result.remainders, [r.text for r in result.remainders]
