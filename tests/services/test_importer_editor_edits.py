"""A re-import respects an editor's merge and split of the machine's items."""

from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article
from articles.services.editing import merge_adjacent_items, split_item_at
from articles.services.importer import import_page

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR) / "seeds" / "002_af39cf8c56ef8002.txt"


def items():
    return list(Article.objects.filter(source_document__source_ref=SEED.name).order_by("span_start"))


def test_a_merged_item_does_not_come_back_on_reimport():
    import_page(SEED.read_bytes(), source_ref=SEED.name)
    first, second = items()[:2]
    merge_adjacent_items(first=first, second=second)
    assert len(items()) == 3
    outcome = import_page(SEED.read_bytes(), source_ref=SEED.name, force=True)
    assert outcome.created == 0
    assert len(items()) == 3
    assert (outcome.unchanged + outcome.updated, outcome.merged) == (3, 1)  # the merged-away item is no “未变”


def test_a_split_off_part_stays_without_a_false_alarm():
    import_page(SEED.read_bytes(), source_ref=SEED.name)
    article = items()[3]
    part = split_item_at(article=article, paragraph_index=2, title="青白江区科协线上宣传")
    import_page(SEED.read_bytes(), source_ref=SEED.name, force=True)
    part.refresh_from_db()
    assert not part.flags.filter(code="not_in_page").exists()
    assert len(items()) == 5


def test_the_same_page_in_another_encoding_is_unchanged():
    import_page(SEED.read_bytes(), source_ref=SEED.name)
    outcome = import_page(SEED.read_text(encoding="utf-8").encode("gb18030"), source_ref=SEED.name)
    assert (outcome.status, outcome.unchanged) == ("unchanged", 4)
