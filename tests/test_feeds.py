"""Feeds, sitemap and robots.txt: well-formed, filtered like the pages, published items only."""

from datetime import date
from xml.etree import ElementTree

import pytest

from articles.models import Article
from tests.factories import make_article, make_organization

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(db):
    return {
        "sichuan": make_article(
            "德阳市科协开展科普活动", regions=["510600"], themes=["kexue-puji"], date=date(2020, 7, 1)
        ),
        "chongqing": make_article(
            "永川区科协助力脱贫攻坚", regions=["500118"], themes=["tuopin-gongjian"], date=date(2020, 4, 2)
        ),
        "draft": make_article(
            "草稿不应出现", status=Article.Status.DRAFT, regions=["510600"], themes=["kexue-puji"]
        ),
        "review": make_article(
            "待审不应出现", status=Article.Status.REVIEW, regions=["500118"], themes=["kexue-puji"]
        ),
    }


def rss_titles(response):
    root = ElementTree.fromstring(response.content)
    return [item.findtext("title") for item in root.iter("item")]


def atom_titles(response):
    root = ElementTree.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_rss_and_atom_for_all_news(client, news):
    """The site feeds list the published articles newest first, with their themes as categories."""
    rss = client.get("/feeds/rss/")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    assert rss_titles(rss) == ["德阳市科协开展科普活动", "永川区科协助力脱贫攻坚"]
    assert "<category>科学普及</category>" in rss.content.decode()
    atom = client.get("/feeds/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert atom_titles(atom) == ["德阳市科协开展科普活动", "永川区科协助力脱贫攻坚"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/feeds/regions/510000/rss/", ["德阳市科协开展科普活动"]),
        ("/feeds/regions/500000/rss/", ["永川区科协助力脱贫攻坚"]),
        ("/feeds/themes/kexue-puji/rss/", ["德阳市科协开展科普活动"]),
        ("/feeds/themes/tuopin-gongjian/rss/", ["永川区科协助力脱贫攻坚"]),
    ],
)
def test_region_and_theme_feeds(client, news, url, expected):
    """A region feed includes everything under the region; a theme feed only that theme; never drafts."""
    assert rss_titles(client.get(url)) == expected
    assert atom_titles(client.get(url.replace("/rss/", "/atom/"))) == expected


def test_feed_summaries_are_the_article_text_escaped_as_html(client, db):
    """The summary is HTML in both feeds: the article's words shown as words, never as markup, paragraphs kept."""
    make_article(
        "反诈骗科普讲座", body="演示了 <img src=x onerror=alert(1)> 这类恶意代码。\n\n请<谨慎点击>链接。"
    )
    rss = ElementTree.fromstring(client.get("/feeds/rss/").content).find("channel/item/description").text
    atom = ElementTree.fromstring(client.get("/feeds/atom/").content).find(f"{ATOM}entry/{ATOM}summary")
    assert atom.get("type") == "html"
    expected = (
        "<p>演示了 &lt;img src=x onerror=alert(1)&gt; 这类恶意代码。</p>\n\n<p>请&lt;谨慎点击&gt;链接。</p>"
    )
    assert rss == atom.text == expected


def test_unknown_feed_object_is_404(client, db):
    assert client.get("/feeds/regions/000000/rss/").status_code == 404
    assert client.get("/feeds/themes/nope/atom/").status_code == 404


def test_sitemap_lists_published_pages_only(client, news):
    """sitemap.xml indexes sections; the sections hold published articles and the pages that have them."""
    org = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    news["sichuan"].organizations.add(org)
    hidden_org = make_organization("只在草稿中出现的协会")
    news["draft"].organizations.add(hidden_org)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and b"sitemap-articles.xml" in index.content
    articles = client.get("/sitemap-articles.xml").content.decode()
    assert news["sichuan"].get_absolute_url() in articles and news["chongqing"].get_absolute_url() in articles
    assert (
        news["draft"].get_absolute_url() not in articles and news["review"].get_absolute_url() not in articles
    )
    regions = client.get("/sitemap-regions.xml").content.decode()
    assert "/regions/510000/" in regions and "/regions/510600/" in regions and "/regions/500118/" in regions
    assert "/regions/510100/" not in regions
    themes = client.get("/sitemap-themes.xml").content.decode()
    assert (
        "/themes/kexue-puji/" in themes
        and "/themes/tuopin-gongjian/" in themes
        and "/themes/weisheng-jiankang/" not in themes
    )
    organizations = client.get("/sitemap-organizations.xml").content.decode()
    assert org.get_absolute_url() in organizations and hidden_org.get_absolute_url() not in organizations


def test_robots_txt(client, db):
    """robots.txt keeps crawlers out of the admin and points at the sitemap."""
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text and "Sitemap: http://testserver/sitemap.xml" in text


def test_robots_txt_and_favicon_answer_head(client, db):
    """Crawlers and link checkers ask with HEAD: robots.txt and /favicon.ico answer it as GET, without a body."""
    robots = client.head("/robots.txt")
    assert (
        robots.status_code == 200
        and robots.content == b""
        and robots["Content-Type"].startswith("text/plain")
    )
    favicon = client.head("/favicon.ico")
    assert favicon.status_code == 301 and favicon["Location"].endswith("favicon.svg")
    assert client.post("/robots.txt").status_code == 405


def test_pages_announce_their_feeds(client, news):
    """Pages link the feeds with rel=alternate; a region page links its own feed."""
    html = client.get("/regions/510000/").content.decode()
    assert 'type="application/rss+xml"' in html and "/feeds/regions/510000/rss/" in html
    assert "/feeds/themes/kexue-puji/atom/" in client.get("/themes/kexue-puji/").content.decode()
