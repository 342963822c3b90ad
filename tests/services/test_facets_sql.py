"""The facet SQL (services/facets.py) counts exactly what the filters mean, on both databases.

A search's COUNT, ranked ids and facets come from one statement (``search_counts.prime``: the match
found once, each facet's set built on it); everything else from one grouped statement per
facet. These tests pin the counts against the ORM's own answer, and the one-statement path
against the separate statements it replaces, page for page.
"""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.filters import ArticleFilterSet
from articles.models import Article, Region
from articles.services import facets, search_counts
from tests.factories import indexed, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(db):
    """Search hits and misses over 德阳市's counties (one article names two of them), 重庆, drafts."""
    day = date(2020, 1, 1)
    made = {
        "two_counties": indexed(
            make_article("广汉旌阳科普", regions=["510681", "510603"], themes=["kexue-puji"], date=day)
        ),
        "guanghan": indexed(
            make_article("广汉科普讲座", regions=["510681"], themes=["kexue-puji", "tuopin-gongjian"],
                         date=day + timedelta(days=1))
        ),
        "deyang": indexed(
            make_article("德阳市脱贫", body="科普下乡。", regions=["510600"], themes=["tuopin-gongjian"],
                         date=day + timedelta(days=2))
        ),
        "yongchuan": indexed(
            make_article("永川科普", regions=["500118"], themes=["kexue-puji"], kind=Article.Kind.PHOTO,
                         date=day + timedelta(days=3))
        ),
        "two_provinces": indexed(
            make_article("川渝科普合作", regions=["500118", "510681"], themes=["chengyu-shuangcheng"], date=None)
        ),
        "no_match": indexed(make_article("广汉年会", regions=["510681", "510603"], themes=["kexue-puji"], date=day)),
        "draft": indexed(
            make_article("草稿科普", status=Article.Status.DRAFT, regions=["510681", "500118"],
                         themes=["kexue-puji"], date=day + timedelta(days=9))
        ),
        "review": indexed(
            make_article("待审科普", status=Article.Status.REVIEW, regions=["510603"], themes=["tuopin-gongjian"])
        ),
    }
    return made


def snapshot(client, url: str) -> dict:
    """What a cold request shows: total, the page's ids in order, every count of the region tree
    (all levels shown) and of the themes."""
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    tree, stack = {}, list(response.context["region_tree"])
    while stack:
        node = stack.pop()
        tree[node.adcode] = node.count
        stack.extend(node.children)
    return {
        "total": response.context["total"],
        "ids": list(response.context["page_obj"].object_list),
        "regions": tree,
        "themes": {item.theme.slug: item.count for item in response.context["theme_facets"]},
    }


def expected(query: str) -> dict:
    """The same numbers from the ORM: each facet over the filter without its own parameter; the
    region tree shows provinces and prefectures, counties only under the selected prefecture."""
    from django.http import QueryDict

    filterset = ArticleFilterSet(QueryDict(query))
    without_region = filterset.queryset_without("region")
    branch = facets.region_branch(filterset.selected_region)
    linked = Region.objects.filter(article_links__article__in=without_region).values_list("path", flat=True)
    shown = set()
    for path in linked:
        shown |= {path[:8], path[:15]}
        if branch and path.startswith(branch):
            shown.add(path[:22])
    regions = {region.adcode: without_region.in_region(region).count() for region in Region.objects.filter(path__in=shown)}
    without_theme = filterset.queryset_without("theme")
    themes = {theme.slug: without_theme.with_theme(theme).count() for theme in filterset.themes}
    return {"total": filterset.filtered.count(), "regions": regions, "themes": themes}


URLS = [
    "q=科普",
    "q=科普&region=510000",
    "q=科普&region=510600",
    "q=科普&region=510681",
    "q=科普&theme=kexue-puji",
    "q=科普&region=510000&theme=kexue-puji",
    "q=科普&kind=photo",
    "q=科普&date_after=2020-01-02",
    "q=广汉",
    "q=没有这个词",
    "",
    "region=510600",
    "theme=tuopin-gongjian&region=510000",
]


@pytest.mark.parametrize("query", URLS)
def test_counts_match_the_orm(client, corpus, query):
    """Totals, region counts (distinct articles at every level shown) and theme counts are what the
    filters mean: published only, each facet without its own filter."""
    shown = snapshot(client, f"/articles/?{query}")
    want = expected(query)
    assert shown["total"] == want["total"]
    assert shown["themes"] == want["themes"]
    assert shown["regions"] == {code: n for code, n in want["regions"].items() if n}


@pytest.mark.parametrize("query", URLS)
def test_one_statement_path_equals_separate_statements(client, corpus, monkeypatch, query):
    """``search_counts.prime`` gives the same total, page, ranking and facets as the separate statements."""
    primed = snapshot(client, f"/articles/?{query}")
    monkeypatch.setattr(search_counts, "prime", lambda *args, **kwargs: None)
    separate = snapshot(client, f"/articles/?{query}")
    assert primed == separate


def test_search_counts_an_article_in_two_counties_once(client, corpus):
    """广汉旌阳科普 names two counties of 德阳市: once for 德阳市 and once for 四川省; the draft and the
    article under review never count, nor does the article without the word."""
    shown = snapshot(client, "/articles/?q=科普&region=510600")
    assert shown["total"] == 4  # two_counties, guanghan, deyang (body), two_provinces
    assert shown["regions"]["510000"] == 4 and shown["regions"]["510600"] == 4
    assert shown["regions"]["510681"] == 3 and shown["regions"]["510603"] == 1
    assert shown["regions"]["500000"] == 2  # 永川科普 and 川渝科普合作: the region facet ignores region=
    assert shown["themes"] == {**dict.fromkeys(shown["themes"], 0), "kexue-puji": 2, "tuopin-gongjian": 2,
                               "chengyu-shuangcheng": 1}
    assert corpus["draft"].pk not in shown["ids"] and corpus["no_match"].pk not in shown["ids"]


def test_theme_facet_ignores_the_theme_filter_in_a_search(client, corpus):
    shown = snapshot(client, "/articles/?q=科普&theme=chengyu-shuangcheng")
    assert shown["total"] == 1
    assert shown["themes"]["kexue-puji"] == 3 and shown["themes"]["chengyu-shuangcheng"] == 1
    assert shown["regions"] == {"500000": 1, "500118": 1, "510000": 1, "510600": 1}


def test_a_cold_search_counts_in_one_statement(client, corpus):
    """The COUNT, the ranked ids and both facets of a search: one statement that finds the match once."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get("/articles/?q=科普&region=510000")
    statements = [q["sql"] for q in queries.captured_queries]
    shared = [sql for sql in statements if search_counts.MATCH in sql]
    assert len(shared) == 1
    assert not any("COUNT(" in sql.upper() for sql in statements if sql not in shared)


def test_ranking_is_the_same_with_a_small_rank_limit(client, corpus, monkeypatch):
    """Past the ranked set the pages continue newest first, identically on both paths."""
    from articles.views import results

    monkeypatch.setattr(results, "RANK_LIMIT", 2)
    pages = {}
    for mode in ("primed", "separate"):
        if mode == "separate":
            monkeypatch.setattr(search_counts, "prime", lambda *args, **kwargs: None)
        cache.clear()
        pages[mode] = [
            list(client.get("/articles/", {"q": "科普", "page": n}).context["page_obj"].object_list) for n in (1, 2)
        ]
    assert pages["primed"] == pages["separate"]


def test_region_rows_join_the_names(corpus):
    """One statement gives the paths, codes, names and counts."""
    with CaptureQueriesContext(connection) as queries:
        rows = facets.region_rows(Article.objects.published(), branch="/510000/510600/")
    assert len(queries) == 1
    assert ("/510000/510600/510681/", "510681", "广汉市", 4) in rows
    assert ("/510000/", "510000", "四川省", 5) in rows
