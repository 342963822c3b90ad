"""The count cache (services/facets.py): cached counts follow every change that affects the public site."""

import pytest
from django.core.cache import cache

from articles.models import Article, ArticleRegion, Region
from articles.services import editing, facets
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def counts(client, url="/articles/"):
    response = client.get(url)
    assert response.status_code == 200
    tree = {node.adcode: node.count for node in response.context["region_tree"]}
    themes = {item.theme.slug: item.count for item in response.context["theme_facets"] if item.count}
    return response.context["total"], tree, themes


def test_publish_and_withdraw_change_the_cached_counts(client):
    """Publishing and sending back to review change the version: drafts are never counted."""
    make_article("已发布", regions=["510681"], themes=["kexue-puji"])
    draft = make_article("草稿", status=Article.Status.DRAFT, regions=["500118"], themes=["kexue-puji"])
    assert counts(client) == (1, {"510000": 1}, {"kexue-puji": 1})
    editing.publish(articles=[draft])
    assert counts(client) == (2, {"500000": 1, "510000": 1}, {"kexue-puji": 2})
    editing.send_back_to_review(articles=[draft])
    assert counts(client) == (1, {"510000": 1}, {"kexue-puji": 1})


def test_new_links_and_deletes_change_the_cached_counts(client):
    article = make_article("稿件", regions=["510681"], themes=["kexue-puji"])
    other = make_article("另一篇", regions=["510681"])
    assert counts(client, "/articles/?region=500000") == (0, {"510000": 2}, {})
    ArticleRegion.objects.create(article=article, region=Region.objects.get(adcode="500118"))
    assert counts(client, "/articles/?region=500000") == (1, {"500000": 1, "510000": 2}, {"kexue-puji": 1})
    other.delete()
    assert counts(client) == (1, {"500000": 1, "510000": 1}, {"kexue-puji": 1})


def test_a_repeated_request_reads_the_counts_from_the_cache(client, django_assert_max_num_queries):
    make_article("稿件", regions=["510681"], themes=["kexue-puji"])
    first = counts(client, "/articles/?theme=kexue-puji")
    version = facets.data_version()
    assert any(version in key for key in cache._cache)  # locmem: the keys carry the version
    with django_assert_max_num_queries(5):
        assert counts(client, "/articles/?theme=kexue-puji") == first


def test_cache_keys_differ_by_filter(client):
    make_article("四川", regions=["510681"], themes=["kexue-puji"])
    make_article("重庆", regions=["500118"], themes=["tuopin-gongjian"])
    assert counts(client, "/articles/?region=510000")[0] == 1
    assert counts(client, "/articles/?region=500000")[0] == 1
    assert counts(client, "/articles/?theme=kexue-puji&theme=tuopin-gongjian")[0] == 2
    assert counts(client)[0] == 2
