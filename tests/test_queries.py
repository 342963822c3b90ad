"""SQL queries per page stay constant as data grows: each page at 10 and at 200 published articles."""

import itertools
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, ArticleOrganization, ArticleRegion, Region, Theme
from tests.factories import make_organization

pytestmark = pytest.mark.django_db

REGIONS = ["500118", "500241", "510681", "510603", "510100", "500000", "510000", "511402"]
THEMES = ["kexue-puji", "tuopin-gongjian", "chengyu-shuangcheng", "keji-jinrong"]

# Queries per page (a ceiling); the real check is that 10 and 200 articles give the same number.
# A list page's count is with an empty count cache: one data-version query (services/facets.py)
# plus the queries it would make without a cache. The region tree is one statement (its names
# joined in); a search's COUNT, ranked ids and both facets are one (``search_counts.prime``).
PAGES = {
    "home": ("/", 10),
    "list": ("/articles/", 9),
    "list filtered": (
        "/articles/?region=510000&theme=kexue-puji&theme=tuopin-gongjian&kind=article"
        "&date_after=2019-01-01&date_before=2030-01-01",
        10,
    ),
    "list page 2": ("/articles/?region=500000&page=2", 10),
    "list bad params": ("/articles/?region=999999&theme=nope&date_after=x&page=abc", 10),
    # themes, region, data version, the shared statement, the page's rows, their themes, bylines and captions
    "search": ("/articles/?q=科普&region=510000", 8),  # the segmenter is cached: no table signature per request
    "region": ("/regions/510000/", 13),
    "theme": ("/themes/kexue-puji/", 10),
    "organization": ("/organizations/{org}/", 12),
    "detail": ("{article}", 9),
    # feeds and sitemaps: the data version (ETag) and the last change (Last-Modified) first
    # (articles/views/revalidate.py); a feed's items with their themes, bylines and captions
    "rss": ("/feeds/rss/", 6),
    "atom": ("/feeds/atom/", 6),
    "region feed": ("/feeds/regions/510000/rss/", 7),
    "theme feed": ("/feeds/themes/kexue-puji/atom/", 7),
    "sitemap index": ("/sitemap.xml", 8),
    "sitemap articles": ("/sitemap-articles.xml", 4),
    "sitemap regions": ("/sitemap-regions.xml", 5),
}

# With the counts cached for the current data version: the COUNT, the facets and a search's
# ranked ids give way to one version query; the cards and the facet panel are cached HTML
# (articles/views/fragments.py), so the page's rows and their themes are not read either.
WARM = {
    "home": 8,  # the latest cards are not cached: their themes and captions
    "list": 3,  # data version, themes, the page's ids (cards and facet panel from the fragment cache)
    "list filtered": 4,
    "list page 2": 4,
    "list bad params": 4,
    "search": 3,  # the segmenter is cached per process: no table signature per request
    "region": 6,
    "theme": 4,
    "organization": 6,
}


def grow(count: int, organization) -> Article:
    """Add published articles (plus a draft for every five) with regions, themes and an organization."""
    regions = list(Region.objects.filter(adcode__in=REGIONS))
    themes = list(Theme.objects.filter(slug__in=THEMES))
    start = Article.objects.count()
    articles = Article.objects.bulk_create(
        Article(
            title=f"测试稿件 科普 {start + n}",
            slug=f"ce-shi-{start + n}",
            body="## 小标题\n\n正文一段。\n\n> 边栏",
            date=date(2020, 1, 1) + timedelta(days=(start + n) % 300),
            status=Article.Status.DRAFT if n % 5 == 4 else Article.Status.PUBLISHED,
            kind=Article.Kind.PHOTO if n % 7 == 0 else Article.Kind.ARTICLE,
            search_title=f"测试 稿件 科普 {start + n}",
            search_text="正文 一段",
        )
        for n in range(count)
    )
    cycle_regions, cycle_themes = itertools.cycle(regions), itertools.cycle(themes)
    ArticleRegion.objects.bulk_create(
        ArticleRegion(article=a, region=next(cycle_regions)) for a in articles for _ in range(2)
    )
    Article.themes.through.objects.bulk_create(
        Article.themes.through(article=a, theme=next(cycle_themes)) for a in articles
    )
    ArticleOrganization.objects.bulk_create(
        ArticleOrganization(article=a, organization=organization) for a in articles
    )
    for article in articles[:3]:
        article.bylines.create(role="reporter", name="李霜")
        article.captions.create(text="图片说明")
    from articles.services.search import refresh_search_vectors

    refresh_search_vectors([a.pk for a in articles])
    return articles[0]


def count_queries(client, url, *, cold: bool = True) -> int:
    """Queries of one request; ``cold`` first empties the count cache (facets, COUNT, ranked pages)."""
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture(autouse=True)
def segmenter_checked_once(monkeypatch):
    """The search segmenter's table check runs at most every few seconds, not per request: keep a
    slow test run (growing 190 articles) from crossing that interval between two counts."""
    from articles.services import context

    monkeypatch.setattr(context, "SEGMENTER_CHECK_SECONDS", float("inf"))


@pytest.mark.parametrize("page", list(PAGES))
def test_queries_are_constant_from_10_to_200_articles(client, page):
    """The page makes the same number of queries with 10 and with 200 articles, within its ceiling."""
    organization = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    article = grow(10, organization)
    url_template, ceiling = PAGES[page]
    url = url_template.format(org=organization.slug, article=article.get_absolute_url())
    client.get(url)  # warm per-process caches (the segmenter) outside the count
    small = count_queries(client, url)
    small_warm = count_queries(client, url, cold=False)
    grow(190, organization)
    large = count_queries(client, url)
    large_warm = count_queries(client, url, cold=False)
    assert small == large, f"{page}: {small} queries at 10 articles, {large} at 200"
    assert large <= ceiling, f"{page}: {large} queries, expected at most {ceiling}"
    assert small_warm == large_warm, f"{page}: cached, {small_warm} queries at 10 articles, {large_warm} at 200"
    assert large_warm <= WARM.get(page, ceiling), f"{page}: cached, {large_warm} queries"


# Pages whose counts a refresh keeps (services/facet_counts.py): at most one region and one theme.
STORED = ["home", "list", "list page 2", "region", "theme"]


@pytest.mark.parametrize("page", STORED)
def test_stored_counts_keep_the_queries_constant(client, page):
    """Refreshed counts (as after an import or an edit) are read on a cold page: the same number of
    queries at 10 and at 200 articles, within the live path's ceiling, the table read each time."""
    from articles.models import FacetCount
    from articles.services import facet_counts

    organization = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    grow(10, organization)
    url = PAGES[page][0]
    client.get(url)
    facet_counts.refresh()
    table = FacetCount._meta.db_table

    def cold_queries() -> list[str]:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return [query["sql"] for query in queries.captured_queries]

    small = cold_queries()
    grow(190, organization)
    facet_counts.refresh()
    large = cold_queries()
    assert len(small) == len(large), f"{page}: {len(small)} queries at 10 articles, {len(large)} at 200"
    assert len(large) <= PAGES[page][1]
    assert any(f'"{table}" c' in sql for sql in large), f"{page}: the stored counts were not read"
