"""The editing services on their own: edited-field bookkeeping, merge, split, re-extraction, re-tagging."""

import pytest

from articles.models import Article, Region, Theme
from articles.services import editing
from tests.factories import make_article, make_page

pytestmark = pytest.mark.django_db


def test_mark_edited_keeps_editable_order_and_ignores_others(page_items):
    _page, first, *_ = page_items

    added = editing.mark_edited(article=first, field_names=["regions", "title", "status", "slug"])
    again = editing.mark_edited(article=first, field_names=["title"])

    first.refresh_from_db()
    assert added == ["title", "regions"] and again == []
    assert first.edited_fields == ["title", "regions"]


def test_current_values_match_machine_output_shape(page_items):
    _page, first, *_ = page_items

    values = editing.current_values(first)

    assert set(values) == set(Article.EDITABLE_FIELDS)
    assert values["bylines"] == [["reporter", "李霜"]]
    assert values["regions"] == [Region.objects.get(adcode="500153").pk]


def test_merge_moves_everything_and_keeps_provenance(page_items):
    page, first, second, _third = page_items

    # the order of arguments does not matter; second is published, first not: 审核 may merge them
    merged = editing.merge_adjacent_items(first=second, second=first, may_withdraw=True)

    assert merged.pk == first.pk and merged.position == 0 and merged.source_document == page
    assert merged.status == Article.Status.REVIEW  # part of its text is unreviewed
    assert merged.flags.count() == 1
    assert merged.body.index("荣昌区") < merged.body.index("## 江北区")
    assert {"body", "regions"} <= set(merged.edited_fields)


def test_merge_of_a_published_and_an_unpublished_item_needs_the_right_to_withdraw(page_items):
    _page, first, second, _third = page_items

    with pytest.raises(editing.EditingError, match="需要审核权限"):
        editing.merge_adjacent_items(first=first, second=second)

    assert Article.objects.filter(pk__in=[first.pk, second.pk]).count() == 2


def test_merge_refuses_other_pages(page_items):
    _page, first, *_ = page_items
    other = make_article("别处", source_document=make_page(), position=1)

    with pytest.raises(editing.EditingError):
        editing.merge_adjacent_items(first=first, second=other)


def test_split_positions_stay_unique_on_a_crowded_page(page_items):
    """Splitting the first item: position 1 is taken, so the new item gets a free one."""
    page, first, *_ = page_items

    new = editing.split_item_at(article=first, paragraph_index=1, title="活动很受欢迎")

    positions = list(page.articles.values_list("position", flat=True))
    assert len(set(positions)) == len(positions) == 4
    assert new.position not in (0, 1, 2)
    assert first.span_start < first.span_end == new.span_start < new.span_end
    assert set(new.edited_fields) == {"kind", "title", "body", *editing.EXTRACTED_FIELDS}


@pytest.mark.parametrize(
    ("raw", "text", "expected"),
    [
        ("前文。\n\n会议要求,各学会加强组织建设。", "会议要求，各学会加强组织建设。", 5),  # punctuation made full-width
        ("前文。\n\n资金流向重点向贫\n\n困群众倾斜。", "资金流向重点向贫困群众倾斜。", 5),  # a joined line break
        ("前文。", "找不到的段落", None),
    ],
)
def test_locate_in_page(raw, text, expected):
    assert editing.locate_in_page(raw, 0, len(raw), text) == expected


def test_reextract_writes_only_unedited_fields(page_items):
    _page, first, *_ = page_items
    first.regions.set([])
    first.keywords = ["编辑的词"]
    first.save()
    editing.mark_edited(article=first, field_names=["keywords"])

    written = editing.reextract(article=first)

    first.refresh_from_db()
    assert "keywords" not in written and "regions" in written
    assert first.keywords == ["编辑的词"]
    assert "500153" in {r.adcode for r in first.regions.all()}
    assert first.machine_output["keywords"]  # the machine's value is kept beside


def test_retag_with_theme(page_items):
    _page, first, second, third = page_items
    theme = Theme.objects.create(name="学会建设测试", slug="xue-hui-test", keywords="学会工作\n组织建设")

    outcome = editing.retag_with_theme(theme=theme)

    assert list(theme.articles.all()) == [third]
    assert (outcome.added, outcome.removed) == (1, 0)
    third.refresh_from_db()
    assert theme.pk in third.machine_output["themes"]
