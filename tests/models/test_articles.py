"""Article constraints and the QuerySet methods every public read goes through."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Region, Theme
from tests.factories import make_article, make_organization, make_page

pytestmark = pytest.mark.django_db


def test_two_articles_cannot_claim_the_same_place_on_a_page():
    page = make_page()
    make_article("第一篇", source_document=page, position=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("第二篇", source_document=page, position=0)


def test_articles_without_a_page_do_not_collide_on_position():
    make_article("编辑手写一", position=0)
    make_article("编辑手写二", position=0)
    assert Article.objects.count() == 2


def test_title_may_not_be_empty():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("")


def test_span_must_be_ordered():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("倒序", span_start=10, span_end=5)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.domain)//x.cn", "data:text/html,<script>alert(1)</script>", "ftp://x.cn/a"],
)
def test_the_link_to_the_original_must_be_a_web_address(url):
    """原文链接 (what the admin's form validates) takes http:// and https:// addresses only."""
    article = make_article("有原文链接", original_url="https://mp.weixin.qq.com/s/abc")
    article.full_clean()
    article.original_url = url
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert "请填写以 http:// 或 https:// 开头的网页地址。" in refused.value.message_dict["original_url"]
    page = make_page(original_url=url)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_published_hides_drafts_and_items_waiting_for_review():
    shown = make_article("已发布")
    make_article("草稿", status=Article.Status.DRAFT)
    make_article("待审", status=Article.Status.REVIEW)
    assert list(Article.objects.published()) == [shown]


def test_in_region_includes_everything_below_the_region():
    in_pengzhou = make_article("彭州", regions=["510182"])
    in_chengdu = make_article("成都", regions=["510100"])
    in_ningbo = make_article("宁波江北", regions=["330205"])
    sichuan = Region.objects.get(adcode="510000")
    found = set(Article.objects.in_region(sichuan))
    assert found == {in_pengzhou, in_chengdu}
    assert in_ningbo not in found


def test_in_region_lists_an_article_once_even_with_two_regions_below():
    article = make_article("两地", regions=["510182", "510104"])
    chengdu = Region.objects.get(adcode="510100")
    assert list(Article.objects.in_region(chengdu)) == [article]


def test_with_theme_matches_any_of_the_themes():
    poverty, science = Theme.objects.get(slug="tuopin-gongjian"), Theme.objects.get(slug="kexue-puji")
    a = make_article("扶贫", themes=[poverty])
    b = make_article("科普", themes=[science])
    make_article("其他")
    assert set(Article.objects.with_theme(poverty, science)) == {a, b}


def test_by_organization():
    deyang = make_organization("德阳市科学技术协会")
    a = make_article("德阳", organizations=[deyang])
    make_article("别处")
    assert list(Article.objects.by_organization(deyang)) == [a]


def test_body_markup_keeps_subheadings_and_sidebars_distinguishable():
    article = make_article(body="导语。\n\n## 小标题\n\n正文。\n\n> “数”说成绩\n> 20563个公益岗位")
    assert article.subheadings == ["小标题"]
    assert [block.kind for block in article.blocks] == ["paragraph", "subheading", "paragraph", "sidebar"]
    assert article.plain_body == "导语。\n\n小标题\n\n正文。\n\n“数”说成绩\n20563个公益岗位"
