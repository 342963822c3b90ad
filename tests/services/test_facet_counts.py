"""Counts kept on write (services/facet_counts.py): equal to the live counts, never stale."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, ArticleRegion, FacetCount, FacetCountVersion, Region, Theme
from articles.services import count_cache, facet_counts, facets
from articles.services.facet_counts import Shape
from tests.factories import make_article
from tests.services.counts import (
    TABLE,
    assert_current,
    live_page_counts,
    page_counts,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


SHAPE_REGIONS = ["510000", "500000", "510600", "510681", "510603", "500118", "510100", "511400"]


THEMES = ["kexue-puji", "tuopin-gongjian", "chengyu-shuangcheng"]


def live_set(shape: Shape):
    articles = Article.objects.published()
    if shape.region is not None:
        articles = articles.in_region(shape.region)
    if shape.theme is not None:
        articles = articles.with_theme(shape.theme)
    return articles


def shapes():
    regions = [None, *Region.objects.filter(adcode__in=SHAPE_REGIONS)]
    themes = [None, *Theme.objects.all()]
    return [Shape(region=region, theme=theme) for region in regions for theme in themes]


def live_themes(articles) -> dict[int, int]:
    return {item.theme.pk: item.count for item in facets.theme_counts(articles, list(Theme.objects.all())) if item.count}


def test_stored_counts_equal_the_live_counts_for_every_covered_shape(dataset):
    """COUNT, theme facet, region tree (every branch) and region children: table = live queries."""
    version = facet_counts.refresh().version
    assert version == count_cache.data_version()
    branches = ["", *{facets.region_branch(r) for r in Region.objects.filter(adcode__in=SHAPE_REGIONS)} - {""}]
    regions = list(Region.objects.filter(adcode__in=SHAPE_REGIONS))
    for shape in shapes():
        articles = live_set(shape)
        label = (shape.region and shape.region.adcode, shape.theme and shape.theme.slug)
        assert facet_counts.total(shape, version) == articles.count(), label
        if shape.theme is None:  # the theme facet leaves the theme filter out
            stored_themes = {k: v for k, v in facet_counts.theme_counts(shape, version).items() if v}
            assert stored_themes == live_themes(articles), label
        if shape.region is None:  # the region tree and a region's children leave the region filter out
            for branch in branches:
                stored = sorted(facet_counts.region_rows(shape, version, branch=branch))
                assert stored == sorted(facets.region_rows(articles, branch=branch)), (label, branch)
            for region in regions:
                children = list(Region.objects.filter(parent=region))
                if not children:  # counties: the table has no towns
                    continue
                stored = facet_counts.children_counts(shape, version, region, children)
                live = facets._children_path_counts(articles, region, children)
                paths = [child.path for child in children]  # what children_counts reads of them
                assert [stored.get(p, 0) for p in paths] == [live.get(p, 0) for p in paths], (label, region.adcode)
    # The dataset is not trivial: a county's two places count once for the prefecture.
    deyang = Shape(region=Region.objects.get(adcode="510600"))
    assert facet_counts.total(deyang, version) == 3


def test_a_stale_version_reads_nothing(dataset):
    version = facet_counts.refresh().version
    make_article("新稿", regions=["510681"])
    assert count_cache.data_version() != version
    assert facet_counts.total(Shape(), count_cache.data_version()) is None
    assert facet_counts.region_rows(Shape(), count_cache.data_version()) is None


URLS = [
    "/articles/",
    "/articles/?region=510600",
    "/articles/?region=510681&theme=kexue-puji",
    "/articles/?theme=tuopin-gongjian",
    "/regions/510000/",
    "/themes/kexue-puji/",
]


@pytest.mark.parametrize("url", URLS)
def test_a_covered_list_page_reads_the_table_and_shows_the_live_counts(client, dataset, url):
    facet_counts.refresh()
    stored, read_table = page_counts(client, url)
    assert read_table
    assert stored == live_page_counts(client, url)


def test_the_page_shows_what_the_table_holds(client, dataset):
    """The cold page's total is the table's (a changed row shows), not a recount."""
    facet_counts.refresh()
    FacetCount.objects.filter(region=None, theme=None).update(articles=99)
    (total, _tree, _themes), _read = page_counts(client)
    assert total == 99


def test_a_stale_snapshot_falls_back_to_the_live_path(client, dataset):
    """A write the refresh did not follow (no refresh here) is counted live, not missed."""
    facet_counts.refresh()
    ArticleRegion.objects.create(article=Article.objects.get(title="无地区"), region=Region.objects.get(adcode="500118"))
    (total, tree, _themes), read_table = page_counts(client, "/articles/?region=500000")
    assert not read_table
    assert total == 2 and tree["500000"] == 2


def test_uncovered_filters_count_live(client, dataset):
    facet_counts.refresh()
    for url in ["/articles/?kind=article", "/articles/?date_after=2019-01-01&region=510600", "/articles/?q=科普"]:
        cache.clear()
        _counts, read_table = page_counts(client, url)
        assert not read_table, url


def test_two_themes_read_only_the_theme_facet_from_the_table(client, dataset):
    """The theme facet leaves the themes out (covered); the COUNT and the region tree count live."""
    facet_counts.refresh()
    url = "/articles/?theme=kexue-puji&theme=chengyu-shuangcheng"
    with CaptureQueriesContext(connection) as queries:
        stored, _read = page_counts(client, url)
    assert sum(bool(re.search(rf"\b{TABLE}\b", q["sql"])) for q in queries.captured_queries) == 1
    assert stored == live_page_counts(client, url)


def test_refresh_counts_command():
    make_article("稿件", regions=["510681"])
    out = io.StringIO()
    call_command("refresh_counts", stdout=out)
    assert "分面计数" in out.getvalue()
    assert_current()
    assert FacetCount.objects.get(region=None, theme=None).articles == 1


def test_import_seeds_refreshes_once_and_dry_run_does_not():
    seed = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))[0]
    call_command("import_seeds", str(seed), "--dry-run", "--workers", "0", stdout=io.StringIO())
    assert FacetCountVersion.objects.get().version == ""
    call_command("import_seeds", str(seed), "--workers", "0", stdout=io.StringIO())
    assert_current()
    published = Article.objects.published().count()
    assert published > 0
    assert FacetCount.objects.get(region=None, theme=None).articles == published


def test_an_unchanged_reimport_leaves_the_counts_alone():
    """Nothing created or changed: the stored counts are of the current version, no recount."""
    seed = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))[0]
    call_command("import_seeds", str(seed), "--workers", "0", stdout=io.StringIO())
    refreshed_at = FacetCountVersion.objects.get().refreshed_at
    call_command("import_seeds", str(seed), "--workers", "0", stdout=io.StringIO())
    assert FacetCountVersion.objects.get().refreshed_at == refreshed_at
    assert_current()
    assert facet_counts.refresh(unless_current=True).skipped
    assert not facet_counts.refresh().skipped  # an operator's refresh always recounts


def test_refresh_replaces_every_row(dataset):
    facet_counts.refresh()
    before = FacetCount.objects.count()
    Article.objects.published().update(status=Article.Status.DRAFT)
    facet_counts.refresh()
    assert before > 1
    assert list(FacetCount.objects.values_list("region", "theme", "articles")) == [(None, None, 0)]

