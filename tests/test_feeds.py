"""Feeds, sitemap and robots.txt: well-formed, filtered like the pages, published items only."""

from datetime import UTC, date, datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.utils.http import parse_http_date

from articles.models import Article, Byline
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


@pytest.mark.parametrize("url", ["/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/sitemap-articles.xml"])
def test_feeds_and_sitemaps_are_revalidated_after_a_withdrawal(client, url):
    """Feeds and sitemaps say no-cache with an ETag: a cache that asks again gets 304 while nothing
    changed, and the new list (a later Last-Modified, another ETag) once the newest story is withdrawn."""
    from articles.services import editing

    older = make_article("较早的稿件")
    newest = make_article("最新的稿件")
    first = client.get(url)
    assert first["Cache-Control"] == "no-cache" and first.has_header("ETag")
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    editing.send_back_to_review(articles=Article.objects.filter(pk=newest.pk))
    second = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert second.status_code == 200 and second["ETag"] != first["ETag"]
    assert parse_http_date(second["Last-Modified"]) >= parse_http_date(first["Last-Modified"])
    assert parse_http_date(second["Last-Modified"]) >= int(
        Article.objects.get(pk=newest.pk).updated_at.timestamp()
    )
    if "articles" in url or "feeds" in url:
        assert newest.get_absolute_url() not in second.content.decode()
        assert older.get_absolute_url() in second.content.decode()


def test_atom_updated_is_the_last_correction(client):
    """An editor's correction moves the entry's <updated>, so readers fetch it again; <published> stays."""
    article = make_article("原标题")
    before = ElementTree.fromstring(client.get("/feeds/atom/").content).find(f"{ATOM}entry")
    Article.objects.filter(pk=article.pk).update(updated_at=article.updated_at + timedelta(hours=3))
    after = ElementTree.fromstring(client.get("/feeds/atom/").content).find(f"{ATOM}entry")
    assert after.findtext(f"{ATOM}published") == before.findtext(f"{ATOM}published")
    updated = datetime.fromisoformat(after.findtext(f"{ATOM}updated"))
    assert updated == article.updated_at + timedelta(hours=3)


def test_feed_dates_are_the_news_date_in_the_site_zone(client):
    """pubDate/published is the story's date (midnight in Beijing time), not when it was imported;
    a story without a date gives its publishing moment, in +08:00 too."""
    make_article("四年前的新闻", date=date(2020, 7, 30))
    make_article("没有日期的新闻", date=None, published_at=datetime(2026, 12, 7, 2, 30, tzinfo=UTC))
    rss = ElementTree.fromstring(client.get("/feeds/rss/").content)
    dates = {item.findtext("title"): item.findtext("pubDate") for item in rss.iter("item")}
    assert dates == {
        "四年前的新闻": "Thu, 30 Jul 2020 00:00:00 +0800",
        "没有日期的新闻": "Mon, 07 Dec 2026 10:30:00 +0800",
    }
    atom = ElementTree.fromstring(client.get("/feeds/atom/").content)
    published = [entry.findtext(f"{ATOM}published") for entry in atom.iter(f"{ATOM}entry")]
    assert published == ["2020-07-30T00:00:00+08:00", "2026-12-07T10:30:00+08:00"]
    assert all(entry.findtext(f"{ATOM}updated").endswith("+08:00") for entry in atom.iter(f"{ATOM}entry"))


def test_atom_authors_come_from_the_bylines(client):
    """The feed has an author (the site), each entry its bylines' names, else its source."""
    with_bylines = make_article("绵阳市科协调研", source_text="绵阳日报")
    with_bylines.bylines.create(order=0, role=Byline.Role.AUTHOR, name="谢勇")
    with_bylines.bylines.create(order=1, role=Byline.Role.PHOTOGRAPHER, name="唐突")
    make_article("只有来源的稿件", source_text="科技日报", date=date(2020, 1, 1))
    make_article("什么都没有的稿件", date=date(2019, 1, 1))
    atom = ElementTree.fromstring(client.get("/feeds/atom/").content)
    assert atom.findtext(f"{ATOM}author/{ATOM}name") == "川渝科协新闻"
    authors = [entry.findtext(f"{ATOM}author/{ATOM}name") for entry in atom.iter(f"{ATOM}entry")]
    assert authors == ["谢勇、唐突", "科技日报", None]


def test_photo_story_summary_is_its_caption(client):
    """A photo story has no body: its caption is the summary in both feeds."""
    photo = make_article("丰都村民犁田备耕", kind=Article.Kind.PHOTO, body="")
    photo.captions.create(order=0, text="3月5日，丰都县村民在田间犁田备耕。", photographer="唐突")
    rss = ElementTree.fromstring(client.get("/feeds/rss/").content).find("channel/item/description").text
    atom = ElementTree.fromstring(client.get("/feeds/atom/").content).find(f"{ATOM}entry/{ATOM}summary").text
    assert rss == atom == "<p>3月5日，丰都县村民在田间犁田备耕。</p>"


def test_long_summary_is_cut_with_an_ellipsis(client):
    """A summary longer than the feeds keep ends with "…", never mid-word without a mark."""
    make_article("绵阳市科协调研", body="调研组一行深入企业详细了解了该" * 20)
    rss = ElementTree.fromstring(client.get("/feeds/rss/").content).find("channel/item/description").text
    assert rss.endswith("…</p>") and len(rss) == len("<p></p>") + 200
