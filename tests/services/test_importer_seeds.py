"""The five seed pages end to end: what a careful editor publishes from each (DOMAIN.md)."""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article, Organization, SourceDocument
from articles.services.importer import import_page

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))


@pytest.fixture
def imported():
    outcomes = {}
    for path in SEEDS:
        outcomes[path.name[:3]] = import_page(path.read_bytes(), source_ref=path.name)
    return outcomes


def page_articles(prefix):
    return Article.objects.filter(source_document__source_ref__startswith=prefix).order_by("position")


def headline(article):
    return " ".join(part for part in (article.kicker, article.title, article.subtitle) if part)


def find(prefix, words):
    matches = [a for a in page_articles(prefix) if words in headline(a)]
    assert len(matches) == 1, f"{words!r} on page {prefix}: {[headline(a) for a in page_articles(prefix)]}"
    return matches[0]


@pytest.mark.parametrize(
    ("prefix", "articles", "photos"),
    [("000", 3, 1), ("001", 3, 1), ("002", 4, 0), ("003", 1, 2), ("004", 9, 0)],
)
def test_each_seed_yields_the_items_an_editor_would_publish(imported, prefix, articles, photos):
    kinds = list(page_articles(prefix).values_list("kind", flat=True))
    assert kinds.count("article") == articles
    assert kinds.count("photo") == photos
    assert imported[prefix].status == "created"


def test_no_banner_footer_subheading_or_list_becomes_an_article(imported):
    headlines = [headline(a) for a in Article.objects.all()]
    for not_an_article in [
        "地方科协",
        "DI FANG DONG TAI",
        "决战脱贫攻坚 决胜全面小康",
        "唱好双城记",
        "本版协办单位",
        "代表履职有方向和目标",
        "“数”说成绩",
        "推荐资讯",
        "重庆土壤学会助力农业领域复产",
    ]:
        assert not any(h.startswith(not_an_article) for h in headlines), not_an_article


def test_round_up_keeps_its_three_sections_as_subheadings(imported):
    round_up = find("000", "众志成城抗疫")
    assert round_up.subheadings == ["重庆老卫生科技工作者协会发挥余热", "重庆土壤学会助力农业领域复产", "市花卉盆景协会倡导会员献爱心"]
    assert [(b.role, b.name) for b in round_up.bylines.all()] == [("reporter", "刘代荣")]


def test_broken_paragraphs_are_joined(imported):
    liangping = find("000", "和睦社区")
    assert "资金流向重点向贫困群众倾斜" in liangping.body
    assert [(b.role, b.name) for b in liangping.bylines.all()] == [("author", "许天位")]
    experts = find("001", "高校专家服务队")
    assert "重庆市亚特蓝电器有限责任公司" in experts.body


def test_dateline_is_kept_apart_from_the_story(imported):
    award = find("001", "诺贝尔奖")
    assert award.dateline.startswith("本报讯")
    assert not award.plain_body.startswith("本报讯")
    assert [(b.role, b.name) for b in award.bylines.all()] == [("reporter", "刘壹刀")]
    assert award.date == date(2020, 10, 27)


def test_photo_items_keep_their_photographer(imported):
    photographers = {
        c.photographer for c in Article.objects.filter(kind="photo").prefetch_related("captions")
        for c in c.captions.all()
    }
    assert {"唐突", "沈静", "齐岚森", "林登周"} <= photographers


def test_web_repost_items_carry_the_page_date_source_and_link(imported):
    page = SourceDocument.objects.get(source_ref__startswith="002")
    assert page.page_date == date(2020, 3, 25)
    assert page.original_url.startswith("https://mp.weixin.qq.com/")
    assert "【地方科协】" in "".join(page.banners) or "地方科协" in "".join(page.banners)
    sources = [a.source_text for a in page_articles("002")]
    assert sources == ["", "遂宁市科协", "广元市科协", "青白江区科协"]
    # （李华） closes the first item: a person, so its author, not its source.
    assert [(b.role, b.name) for b in page_articles("002")[0].bylines.all()] == [("author", "李华")]
    assert all(a.page_date == date(2020, 3, 25) for a in page_articles("002"))
    assert all(a.original_url == page.original_url for a in page_articles("002"))


def test_long_article_with_authors_line_and_sidebar(imported):
    article = page_articles("003").get(kind="article")
    assert len(article.subheadings) == 4
    assert [b.name for b in article.bylines.all()] == ["张亚飞", "蓝倩", "王琳琳"]
    assert any(block.kind == "sidebar" for block in article.blocks)
    assert "20563" in article.body


def test_co_organizers_become_organizations_with_regions(imported):
    page = SourceDocument.objects.get(source_ref__startswith="004")
    assert page.co_organizers.count() == 21
    liangshan = page.co_organizers.get(region__adcode="513400")
    assert liangshan.kind == "kexie"


def test_repeated_paragraphs_are_kept_once_and_doubts_are_flagged(imported):
    jinjiang = find("004", "锦江区产业功能区科协服务企业创新发展")
    assert jinjiang.body.count("会议总结了锦江区产业功能区科协上半年的工作") == 1
    assert Article.objects.filter(flags__isnull=False).exists()
    pengzhou = find("004", "彭州市科协走访慰问退役军人")
    assert pengzhou.flags.filter(code="mid_sentence_start").exists()
    assert pengzhou.status == Article.Status.REVIEW


def test_stray_paragraph_goes_back_to_its_article(imported):
    training = find("004", "流脑防控技术培训会")
    assert "祝小平" in training.body


def test_regions_are_resolved_in_context(imported):
    luzhou = find("004", "泸州市科协与永川区科协")
    assert {"510500", "500118"} <= set(luzhou.regions.values_list("adcode", flat=True))
    round_up = find("000", "众志成城抗疫")
    codes = set(round_up.regions.values_list("adcode", flat=True))
    assert "500105" in codes  # 重庆's 江北区, not 宁波's
    assert "330205" not in codes


def test_organizations_resolve_to_one_record_each(imported):
    assert Organization.objects.filter(name="德阳市科学技术协会").count() == 1
    deyang = Organization.objects.get(aliases__name="德阳市科协")
    assert deyang.region.adcode == "510600"
    assert deyang.parent and deyang.parent.name == "四川省科学技术协会"
    assert page_articles("002")[0].organizations.filter(pk=deyang.pk).exists()
    assert find("002", "遂宁市科协").source_organization.name == "遂宁市科学技术协会"


def test_every_article_has_one_to_three_themes_and_keywords(imported):
    for article in Article.objects.filter(kind="article"):
        assert 1 <= article.themes.count() <= 3, headline(article)
        assert article.keywords, headline(article)


def test_unflagged_items_are_published_flagged_ones_wait(imported):
    for article in Article.objects.prefetch_related("flags"):
        expected = Article.Status.REVIEW if article.flags.all() else Article.Status.PUBLISHED
        assert article.status == expected, headline(article)
