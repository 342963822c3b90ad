"""The count cache (services/facets.py): cached counts follow every change that affects the public site."""

import re

import pytest
from django.core.cache import cache

from articles.models import Article, ArticleRegion, Region, Theme
from articles.services import count_cache, editing
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
    version = count_cache.data_version()
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


# The rendered fragments (articles/views/fragments.py): the facet panel and the cards are cached
# HTML under the data version, so whatever changes the data is on the page at the next request.


def card_titles(response) -> list[str]:
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'<article class="card">.*?<h2><a [^>]*>(.*?)</a>', html, re.S)]


def panel_counts(response) -> dict[str, str]:
    """Region adcode → the count the cached facet panel shows."""
    html = response.content.decode()
    return dict(re.findall(r'data-adcode="(\d+)">\s*<span>[^<]*</span><span class="count">(\d+)', html))


def test_a_repeated_request_renders_no_fragment(client):
    make_article("稿件", regions=["510681"], themes=["kexue-puji"])
    first = client.get("/articles/?theme=kexue-puji")
    assert "articles/includes/card.html" in [t.name for t in first.templates]
    second = client.get("/articles/?theme=kexue-puji")
    used = [t.name for t in second.templates]
    assert "articles/includes/card.html" not in used and "articles/includes/filters.html" not in used
    assert second.content == first.content


def test_publish_and_withdraw_show_at_once_in_cached_cards_and_panel(client):
    make_article("已发布", regions=["510681"], themes=["kexue-puji"])
    draft = make_article("草稿稿件", status=Article.Status.DRAFT, regions=["500118"], themes=["kexue-puji"])
    for _ in range(2):  # the second request is served from the fragments
        response = client.get("/articles/")
        assert card_titles(response) == ["已发布"] and panel_counts(response) == {"510000": "1", "510600": "1"}
        assert "草稿稿件" not in response.content.decode()
    editing.publish(articles=[draft])
    response = client.get("/articles/")
    assert sorted(card_titles(response)) == ["已发布", "草稿稿件"]
    assert panel_counts(response)["500000"] == "1"
    editing.send_back_to_review(articles=[draft])
    response = client.get("/articles/")
    assert card_titles(response) == ["已发布"] and "500000" not in panel_counts(response)
    assert "草稿稿件" not in response.content.decode()


def test_an_edit_and_a_theme_rename_show_at_once(client):
    article = make_article("旧标题", regions=["510681"], themes=["kexue-puji"])
    theme = Theme.objects.get(slug="kexue-puji")
    assert card_titles(client.get("/articles/")) == ["旧标题"]
    article.title = "新标题 <script>alert(1)</script>"
    article.save()
    response = client.get("/articles/")
    assert card_titles(response) == ["新标题 &lt;script&gt;alert(1)&lt;/script&gt;"]  # escaped, cached or not
    assert "<script>alert(1)" not in client.get("/articles/").content.decode()
    theme.name = "科学普及（新）"
    theme.save()  # not an article change: the fragments are keyed by the theme rows too
    html = client.get("/articles/").content.decode()
    assert html.count("科学普及（新）") >= 2  # the panel's checkbox and the card's tag


def test_search_fragments_are_keyed_by_the_words(client):
    make_article("科普活动", regions=["510681"], search_title="科普 活动", search_text="科普 活动")
    from articles.services.search import refresh_search_vectors

    refresh_search_vectors(Article.objects.values_list("pk", flat=True))
    plain = client.get("/articles/").content.decode()
    searched = client.get("/articles/", {"q": "科普"}).content.decode()
    assert "<mark>科普</mark>" in searched and "<mark>" not in plain
    assert "<mark>科普</mark>" in client.get("/articles/", {"q": "科普"}).content.decode()
    assert "<mark>" not in client.get("/articles/").content.decode()
