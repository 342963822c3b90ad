"""Public pages through the test client: home, list, detail, region/theme/organization, bad input."""

import re
from datetime import date
from html import unescape

import pytest
from django.urls import reverse

from articles.models import Article, Region
from tests.factories import make_article, make_organization

pytestmark = pytest.mark.django_db

DRAFT, REVIEW = Article.Status.DRAFT, Article.Status.REVIEW


def titles(response) -> list[str]:
    """Headlines of the article cards on a list page, markup stripped."""
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<article class="card">.*?<h2><a [^>]*>(.*?)</a>', html, re.S)
    ]


@pytest.fixture
def news(db):
    """A few published articles across 重庆 and 四川, plus unpublished ones that must never show."""
    deyang = make_organization(
        "德阳市科学技术协会", short_name="德阳市科协", region=Region.objects.get(adcode="510600")
    )
    return {
        "deyang": make_article(
            "德阳市科协开展科普进社区活动",
            body="## 科普大篷车\n\n德阳市科协组织科普大篷车进社区。\n\n> “数”说成绩\n> 服务群众3000人次",
            dateline="本报讯（记者 李霜）",
            regions=["510681"],  # 广汉市, under 德阳市
            themes=["kexue-puji"],
            organizations=[deyang],
            date=date(2020, 7, 20),
        ),
        "yongchuan": make_article(
            "永川区科协助力脱贫攻坚", regions=["500118"], themes=["tuopin-gongjian"], date=date(2020, 4, 2)
        ),
        "photo": make_article(
            "秀山县青少年科技创新大赛",
            kind=Article.Kind.PHOTO,
            regions=["500241"],
            themes=["kexue-puji"],
            date=date(2020, 10, 27),
        ),
        "both": make_article(
            "唱好双城记 建设经济圈",
            regions=["500000", "510000"],
            themes=["chengyu-shuangcheng"],
            date=date(2020, 10, 20),
        ),
        "draft": make_article(
            "草稿不应出现", status=DRAFT, regions=["510681"], themes=["kexue-puji"], date=date(2021, 1, 1)
        ),
        "review": make_article("待审不应出现", status=REVIEW, regions=["500118"], themes=["kexue-puji"]),
        "org": deyang,
    }


def test_home_shows_latest_themes_and_region_tree(client, news):
    """The home page lists published news, the themes and 重庆/四川 first in the region tree, with counts."""
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "秀山县青少年科技创新大赛" in html and "永川区科协助力脱贫攻坚" in html
    assert "草稿不应出现" not in html and "待审不应出现" not in html
    tree = response.context["region_tree"]
    assert [node.adcode for node in tree[:2]] == ["500000", "510000"]
    assert {node.adcode: node.count for node in tree} == {"500000": 3, "510000": 2}
    counts = {item.theme.slug: item.count for item in response.context["theme_facets"]}
    assert counts["kexue-puji"] == 2 and counts["tuopin-gongjian"] == 1
    assert 'lang="zh-hans"' in html and 'rel="canonical"' in html and 'property="og:title"' in html


def test_list_is_newest_first_and_published_only(client, news):
    """/articles/ lists every published article, newest first; drafts and review items are absent."""
    response = client.get("/articles/")
    assert titles(response) == [
        "秀山县青少年科技创新大赛",
        "唱好双城记 建设经济圈",
        "德阳市科协开展科普进社区活动",
        "永川区科协助力脱贫攻坚",
    ]
    assert response.context["total"] == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=510000", {"德阳市科协开展科普进社区活动", "唱好双城记 建设经济圈"}),
        ("region=510600", {"德阳市科协开展科普进社区活动"}),  # the prefecture includes 广汉市 below it
        ("region=500000", {"永川区科协助力脱贫攻坚", "秀山县青少年科技创新大赛", "唱好双城记 建设经济圈"}),
        ("theme=kexue-puji", {"德阳市科协开展科普进社区活动", "秀山县青少年科技创新大赛"}),
        (
            "theme=kexue-puji&theme=tuopin-gongjian",
            {"德阳市科协开展科普进社区活动", "秀山县青少年科技创新大赛", "永川区科协助力脱贫攻坚"},
        ),
        ("region=500000&theme=kexue-puji", {"秀山县青少年科技创新大赛"}),
        ("kind=photo", {"秀山县青少年科技创新大赛"}),
        ("kind=article&region=500000", {"永川区科协助力脱贫攻坚", "唱好双城记 建设经济圈"}),
        ("date_after=2020-10-01", {"秀山县青少年科技创新大赛", "唱好双城记 建设经济圈"}),
        ("date_before=2020-07-20", {"德阳市科协开展科普进社区活动", "永川区科协助力脱贫攻坚"}),
        (
            "date_after=2020-05-01&date_before=2020-10-20",
            {"德阳市科协开展科普进社区活动", "唱好双城记 建设经济圈"},
        ),
    ],
)
def test_list_filters(client, news, query, expected):
    """Each parameter narrows the list as documented."""
    response = client.get(f"/articles/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.context["total"] == len(expected)
    assert response.context["notes"] == []


def test_organization_filter_and_page(client, news):
    """organization=<slug> filters, and the organization page shows its names, parent body and region."""
    org = news["org"]
    org.parent = make_organization("四川省科学技术协会", short_name="四川省科协")
    org.save()
    assert set(titles(client.get(f"/articles/?organization={org.slug}"))) == {"德阳市科协开展科普进社区活动"}
    response = client.get(f"/organizations/{org.slug}/")
    html = response.content.decode()
    assert titles(response) == ["德阳市科协开展科普进社区活动"]
    assert "德阳市科协" in html and "四川省科学技术协会" in html and "四川省德阳市" in html
    assert "又称" not in html  # its aliases are its full and short names, shown once each
    org.aliases.create(name="德阳科协")
    assert "<dt>又称</dt><dd>德阳科协</dd>" in client.get(f"/organizations/{org.slug}/").content.decode()
    assert client.get("/organizations/no-such-body/").status_code == 404


def test_organization_only_unpublished_items_name_has_no_page(client, news):
    """An organization named only by a draft or a review item has no page and is no filter, as in the sitemap."""
    hidden = make_organization("理塘县科学技术协会", short_name="理塘县科协")
    news["draft"].organizations.add(hidden)
    news["review"].organizations.add(hidden)
    assert client.get(f"/organizations/{hidden.slug}/").status_code == 404
    response = client.get(f"/articles/?organization={hidden.slug}")
    assert "理塘县科学技术协会" not in response.content.decode()
    assert response.context["notes"] == [f"没有找到组织“{hidden.slug}”，已忽略组织条件。"]
    # Its parent named on a public organization's page is text, not a link to a missing page.
    news["org"].parent = hidden
    news["org"].save()
    html = client.get(f"/organizations/{news['org'].slug}/").content.decode()
    assert "理塘县科学技术协会" in html and f"/organizations/{hidden.slug}/" not in html
    # Once an article naming it (or supplied by it) is published, the page is there.
    make_article("理塘县科协开展科普活动", source_organization=hidden)
    assert client.get(f"/organizations/{hidden.slug}/").status_code == 200
    assert (
        f"/organizations/{hidden.slug}/" in client.get(f"/organizations/{news['org'].slug}/").content.decode()
    )


def test_facets_leave_out_their_own_filter(client, news):
    """Theme counts ignore the theme filter, region counts ignore the region filter, both follow the rest."""
    response = client.get("/articles/?region=500000&theme=kexue-puji")
    themes = {item.theme.slug: item.count for item in response.context["theme_facets"]}
    # Within 重庆 (theme filter left out): 秀山 photo (科普), 永川 (脱贫), 双城 (双城经济圈).
    assert (themes["kexue-puji"], themes["tuopin-gongjian"], themes["chengyu-shuangcheng"]) == (1, 1, 1)
    tree = {node.adcode: node for node in response.context["region_tree"]}
    # With 科普 only (region filter left out): 秀山 in 重庆, 德阳/广汉 in 四川.
    assert (tree["500000"].count, tree["510000"].count) == (1, 1)
    assert tree["500000"].selected
    assert [child.adcode for child in tree["500000"].children] == ["500241"]


def test_region_tree_counts_everything_below_once(client, news):
    """A county's article counts for its prefecture and province; the county shows under the selected branch."""
    response = client.get("/articles/?region=510600")
    sichuan = next(node for node in response.context["region_tree"] if node.adcode == "510000")
    deyang = next(node for node in sichuan.children if node.adcode == "510600")
    assert (sichuan.count, deyang.count) == (2, 1)
    assert deyang.selected and [(c.adcode, c.count) for c in deyang.children] == [("510681", 1)]
    html = response.content.decode()
    assert 'aria-current="true"' in html and "广汉市" in html


def test_counts_change_when_a_theme_is_chosen(client, news):
    """Choosing a theme changes the region counts beside the list."""
    before = {n.adcode: n.count for n in client.get("/articles/").context["region_tree"]}
    after = {n.adcode: n.count for n in client.get("/articles/?theme=tuopin-gongjian").context["region_tree"]}
    assert before == {"500000": 3, "510000": 2}
    assert after == {"500000": 1}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("region=999999", "没有找到代码为“999999”的地区"),
        ("region=abc", "没有找到代码为“abc”的地区"),
        ("date_after=2020-13-45", "起始日期格式不对"),
        ("date_before=yesterday", "截止日期格式不对"),
        ("page=abc", "页码“abc”无效"),
        ("page=0", "页码“0”无效"),
        ("page=99999", "没有第 99999 页"),
        ("theme=%3Cscript%3Ealert(1)%3C/script%3E", "没有找到主题"),
        ("kind=video", "类型只能是文章或图片新闻"),
        ("organization=nobody", "没有找到组织“nobody”"),
        ("q=" + "科" * 80, "关键词太长"),
        ("date_after=2020-12-01&date_before=2020-01-01", "起始日期晚于截止日期"),
    ],
)
def test_invalid_parameters_get_a_friendly_message(client, news, query, message):
    """Bad parameters never give a 500: the page explains, and the other filters still apply."""
    response = client.get(f"/articles/?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "<script>alert" not in html


def test_bad_parameter_is_ignored_but_others_apply(client, news):
    """An unknown region is dropped with a note while a valid theme keeps filtering."""
    response = client.get("/articles/?region=000000&theme=kexue-puji&theme=nope")
    assert set(titles(response)) == {"德阳市科协开展科普进社区活动", "秀山县青少年科技创新大赛"}
    assert len(response.context["notes"]) == 2


def test_pagination(client, news, settings):
    """page= moves through the list; links keep the filters; page past the end shows the last page."""
    for number in range(25):
        make_article(f"批量稿件{number:02d}", regions=["500118"], date=date(2019, 1, 1))
    first = client.get("/articles/?region=500000")
    assert first.context["page_obj"].paginator.num_pages == 2
    assert "?region=500000&amp;page=2" in first.content.decode()
    second = client.get("/articles/?region=500000&page=2")
    assert len(titles(second)) == 28 - 20
    assert titles(client.get("/articles/?region=500000&page=99999")) == titles(second)


def relaxations(response) -> dict[str, str]:
    """The empty list's ways out: link text → href, unescaped."""
    html = response.content.decode()
    box = re.search(r'<ul class="relaxations".*?</ul>', html, re.S)
    if box is None:
        return {}
    return {
        unescape(text): unescape(href)
        for href, text in re.findall(r'<a href="([^"]*)">(.*?)</a>', box.group())
    }


def test_an_empty_list_offers_to_drop_each_condition(client, news):
    """No results: one link per condition that drops it and keeps the others, the query escaped."""
    slug = news["org"].slug
    response = client.get(
        f"/articles/?q=<b>宇宙飞船&region=500000&theme=tuopin-gongjian&organization={slug}&date_after=2020-10-01"
    )
    assert titles(response) == []
    html = response.content.decode()
    assert "<b>宇宙飞船" not in html and "去掉关键词“&lt;b&gt;宇宙飞船”" in html
    q = "q=%3Cb%3E%E5%AE%87%E5%AE%99%E9%A3%9E%E8%88%B9"
    assert relaxations(response) == {
        "去掉关键词“<b>宇宙飞船”": f"/articles/?region=500000&theme=tuopin-gongjian&organization={slug}&date_after=2020-10-01",
        "去掉地区“重庆市”": f"/articles/?{q}&theme=tuopin-gongjian&organization={slug}&date_after=2020-10-01",
        "去掉主题“脱贫攻坚”": f"/articles/?{q}&region=500000&organization={slug}&date_after=2020-10-01",
        "去掉组织“德阳市科学技术协会”": f"/articles/?{q}&region=500000&theme=tuopin-gongjian&date_after=2020-10-01",
        "去掉起始“2020-10-01”": f"/articles/?{q}&region=500000&theme=tuopin-gongjian&organization={slug}",
    }
    # A list with results does not offer them.
    assert relaxations(client.get("/articles/?region=500000")) == {}


def test_an_empty_topic_page_offers_to_leave_it(client, news):
    """On a region page, dropping the region goes to /articles/ with the other conditions; the rest stay on the page."""
    response = client.get("/regions/510000/?kind=photo&date_before=2020-01-01")
    assert titles(response) == []
    assert relaxations(response) == {
        "去掉地区“四川省”": "/articles/?kind=photo&date_before=2020-01-01",
        "去掉类型“图片新闻”": "/regions/510000/?date_before=2020-01-01",
        "去掉截止“2020-01-01”": "/regions/510000/?kind=photo",
    }


def test_region_page_has_breadcrumbs_children_and_feeds(client, news):
    """/regions/<adcode>/ lists the region and below, with its parents and its children with counts."""
    response = client.get("/regions/510600/")
    html = response.content.decode()
    assert response.status_code == 200
    assert titles(response) == ["德阳市科协开展科普进社区活动"]
    assert [region.adcode for region in response.context["breadcrumbs"]] == ["510000"]
    children = {child.adcode: count for child, count in response.context["children"]}
    assert children["510681"] == 1 and children["510603"] == 0
    assert reverse("articles:region_feed", args=["510600"]) in html
    assert client.get("/regions/000000/").status_code == 404


def test_region_page_filters_further(client, news):
    """A region page takes the other parameters, and its facet links stay on the page."""
    response = client.get("/regions/500000/?kind=photo")
    assert titles(response) == ["秀山县青少年科技创新大赛"]
    kexue = next(item for item in response.context["theme_facets"] if item.theme.slug == "kexue-puji")
    assert kexue.url == "/regions/500000/?kind=photo&theme=kexue-puji"
    sichuan = next(node for node in response.context["region_tree"] if node.adcode == "500000")
    assert sichuan.url == "/articles/?kind=photo"  # the selected region's link removes it
    assert response.context["canonical_path"] == "/regions/500000/?kind=photo"


def test_theme_page(client, news):
    """/themes/<slug>/ is the list for that theme; an unknown theme is a 404."""
    response = client.get("/themes/kexue-puji/")
    assert set(titles(response)) == {"德阳市科协开展科普进社区活动", "秀山县青少年科技创新大赛"}
    assert "科学普及" in response.content.decode()
    assert client.get("/themes/no-such-theme/").status_code == 404


def test_detail_page(client, news):
    """The article page shows headline, dateline, sub-headings, sidebars, links and neighbours."""
    article = news["deyang"]
    article.bylines.create(role="reporter", name="李霜")
    article.captions.create(text="科普大篷车开进社区。 张三 摄", photographer="张三")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="story-title">德阳市科协开展科普进社区活动</h1>' in html
    assert "<h2>科普大篷车</h2>" in html
    assert 'class="sidebar-box"' in html and "服务群众3000人次" in html
    assert "本报讯（记者 李霜）" in html and "记者 李霜" in html
    assert "科普大篷车开进社区。" in html
    assert "/regions/510681/" in html and "/themes/kexue-puji/" in html
    assert f"/organizations/{news['org'].slug}/" in html
    assert response.context["newer"] == news["both"] and response.context["older"] == news["yongchuan"]
    assert 'property="og:type" content="article"' in html
    assert f'rel="canonical" href="http://testserver{article.get_absolute_url()}"' in html


def test_photo_story_shows_its_caption_as_summary(client, db):
    """A photo story (no body) has its caption as the list card's summary and the page's description."""
    photo = make_article("丰都村民犁田备耕", kind=Article.Kind.PHOTO, body="")
    photo.captions.create(order=0, text="3月5日，丰都县村民在田间犁田备耕。", photographer="唐突")
    card = client.get("/articles/?kind=photo").content.decode()
    assert '<p class="summary">3月5日，丰都县村民在田间犁田备耕。</p>' in card
    home = client.get("/").content.decode()
    assert "3月5日，丰都县村民在田间犁田备耕。" in home
    detail = client.get(photo.get_absolute_url()).content.decode()
    assert '<meta name="description" content="3月5日，丰都县村民在田间犁田备耕。">' in detail


def test_sidebar_is_named_by_its_first_line(client, news):
    """A sidebar box's accessible name is its heading line, not a cut fragment of its whole text."""
    html = client.get(news["deyang"].get_absolute_url()).content.decode()
    match = re.search(r'<aside class="sidebar-box" aria-labelledby="([^"]+)"><p id="([^"]+)">(.*?)</p>', html)
    assert match and match[1] == match[2] and match[3] == "“数”说成绩"


@pytest.mark.django_db
def test_english_paragraphs_are_marked_english_and_chinese_ones_are_not(client):
    """A bilingual paper's English abstract and affiliation carry lang="en" (set ragged-right, without
    the Chinese indent); Chinese paragraphs, with a Latin word or two among them, stay as they are."""
    article = make_article(
        "柑橘病虫害发生规律及防控策略",
        body=(
            "摘要：研究了重庆地区柑橘黄龙病（HLB）的发生规律。\n\n"
            "Occurrence Regularity and Control Strategies of Citrus Diseases and Pests\n\n"
            "College of Plant Protection, Southwest University, Chongqing 400715, China"
        ),
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<p>摘要：研究了重庆地区柑橘黄龙病（HLB）的发生规律。</p>" in html
    assert '<p lang="en">Occurrence Regularity and Control Strategies' in html
    assert '<p lang="en">College of Plant Protection' in html


def test_source_box_only_when_it_has_something_to_say(client, news):
    """No empty 来源 footer for a story without site, supplier or link; one with the link otherwise."""
    html = client.get(news["yongchuan"].get_absolute_url()).content.decode()
    assert 'class="source-box"' not in html
    Article.objects.filter(pk=news["yongchuan"].pk).update(original_url="https://mp.weixin.qq.com/s/abc")
    html = client.get(news["yongchuan"].get_absolute_url()).content.decode()
    assert re.search(r'<footer class="source-box">\s*<p>原文链接：', html)


@pytest.mark.parametrize("path", ["/articles/", "/regions/510000/", "/themes/kexue-puji/", "organization"])
def test_the_page_heading_comes_first(client, news, path):
    """The h1 is the first heading of a list page: the filter panel's and context box's h2s follow it."""
    if path == "organization":
        path = news["org"].get_absolute_url()
    html = client.get(path).content.decode()
    headings = re.findall(r"<h([1-6])[ >]", html)
    assert headings[0] == "1" and headings.count("1") == 1, headings


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://mp.weixin.qq.com/s/abc", True),
        ("javascript:alert(document.domain)//x.cn", False),
        (" JavaScript:alert(1)//x.cn", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("www.cast.org.cn", False),
    ],
)
def test_detail_links_to_the_original_only_at_a_web_address(client, news, url, link):
    """原文链接 is a link only to an http(s) address: one stored before the check (javascript:) runs nothing."""
    article = news["yongchuan"]
    Article.objects.filter(pk=article.pk).update(original_url=url)
    html = client.get(article.get_absolute_url()).content.decode()
    assert ('原文链接：<a href="https://mp.weixin.qq.com/s/abc" rel="nofollow noopener">' in html) is link
    assert "javascript:" not in html.lower() and "data:text" not in html and "www.cast.org.cn" not in html


def test_detail_related_are_published_and_share_theme_or_region(client, news):
    """Related articles share a theme or a region, and are never unpublished."""
    same_county = make_article("秀山县科协举办培训", regions=["500241"], date=date(2019, 5, 1))
    response = client.get(news["photo"].get_absolute_url())
    assert set(response.context["related"]) == {news["deyang"], same_county}  # 科普 theme; 秀山县


@pytest.mark.parametrize("path", ["/articles/{pk}/wrong-slug/", "/articles/{pk}/", "/articles/0{pk}/{slug}/"])
def test_other_urls_of_an_article_redirect_to_canonical(client, news, path):
    """A wrong slug, no slug or a zero-padded id redirects permanently to the article's one URL."""
    article = news["yongchuan"]
    response = client.get(path.format(pk=article.pk, slug=article.slug))
    assert response.status_code == 301 and response["Location"] == article.get_absolute_url()
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("name", ["draft", "review"])
def test_unpublished_article_is_404(client, news, name):
    """A draft's or review item's URL is a 404, whatever the slug."""
    article = news[name]
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(f"/articles/{article.pk}/other/").status_code == 404
    assert client.get(f"/articles/{article.pk}/").status_code == 404
    assert client.get(f"/articles/0{article.pk}/{article.slug}/").status_code == 404


def test_unpublished_never_counted_or_listed(client, news):
    """Drafts appear in no list, count, facet or neighbour link."""
    pages = [
        "/",
        "/articles/",
        "/articles/?theme=kexue-puji",
        "/regions/510000/",
        "/regions/510600/",
        "/themes/kexue-puji/",
        news["deyang"].get_absolute_url(),
        news["yongchuan"].get_absolute_url(),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "草稿不应出现" not in html and "待审不应出现" not in html, url
        assert news["draft"].get_absolute_url() not in html and news["review"].get_absolute_url() not in html
    response = client.get("/articles/?region=510681")
    assert response.context["total"] == 1


def test_404_page_is_friendly(client, db):
    """Unknown URLs get the site's own 404 page in Chinese."""
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "找不到这个页面" in response.content.decode()


def test_page_works_without_javascript(client, news):
    """The filter form is a plain GET form with labelled controls and a submit button."""
    html = client.get("/articles/").content.decode()
    assert '<form class="filter-form facet" method="get" action="/articles/"' in html
    for control in ["id_q", "id_kind", "id_date_after", "id_date_before", "theme-kexue-puji"]:
        assert f'for="{control}"' in html and f'id="{control}"' in html
    assert '<button type="submit">筛选</button>' in html
    assert 'href="#main"' in html and "<main" in html and 'role="search"' in html


@pytest.mark.parametrize(
    ("view", "status", "heading"),
    [
        ("bad_request", 400, "无法处理这个请求"),
        ("permission_denied", 403, "没有权限"),
        ("server_error", 500, "服务器出错了"),
    ],
)
def test_the_error_pages_are_chinese_and_read_nothing(rf, django_assert_num_queries, view, status, heading):
    """templates/error_page.html: whatever went wrong (the database down, a bad request), the page renders."""
    from django.core.exceptions import BadRequest, PermissionDenied
    from django.views import defaults

    request = rf.get("/articles/?q=%00")
    handler = getattr(defaults, view)
    with django_assert_num_queries(0):
        response = (
            handler(request)
            if view == "server_error"
            else handler(request, {"bad_request": BadRequest, "permission_denied": PermissionDenied}[view]())
        )
    body = response.content.decode()
    assert response.status_code == status
    assert f"<h1>{heading}</h1>" in body and f"<title>{heading} · 川渝科协新闻</title>" in body


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_a_rejected_post_gets_the_sites_chinese_page(method, db):
    """A form posted without its security token is told so in Chinese, in the site's style."""
    from django.test import Client

    response = getattr(Client(enforce_csrf_checks=True), method)("/admin/login/")
    body = response.content.decode()
    assert response.status_code == 403
    assert "<title>页面已过期 · 川渝科协新闻</title>" in body and "刷新页面后再提交一次" in body
    assert 'href="/admin/"' in body and "DEBUG" not in body and "Forbidden" not in body


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize(
    "path", ["/", "/articles/", "/regions/510000/", "/feeds/rss/", "/sitemap.xml", "/robots.txt"]
)
def test_a_write_to_a_read_only_page_is_405(method, path, db):
    """A public page has no form: any write gets 405 and a Chinese page saying it can only be read,
    not 页面已过期 about typing that was never there."""
    from django.test import Client

    response = getattr(Client(enforce_csrf_checks=True), method)(path)
    body = response.content.decode()
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD"
    assert "<title>这个网址只能浏览 · 川渝科协新闻</title>" in body and "页面已过期" not in body
