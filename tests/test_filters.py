"""The FilterSet and the facet services on their own: each filter, leniency, facets without their own filter."""

from datetime import date

import pytest
from django.http import QueryDict

from articles.filters import ArticleFilterSet
from articles.models import Article, Region, Theme
from articles.services import facets
from tests.factories import make_article, make_organization

pytestmark = pytest.mark.django_db


def run(query: str) -> ArticleFilterSet:
    return ArticleFilterSet(QueryDict(query))


def titles(filterset) -> set[str]:
    return set(filterset.filtered.values_list("title", flat=True))


@pytest.fixture
def news(db):
    org = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    return {
        "guanghan": make_article(
            "广汉", regions=["510681"], themes=["kexue-puji"], organizations=[org], date=date(2020, 7, 1)
        ),
        "deyang": make_article("德阳", regions=["510600"], themes=["tuopin-gongjian"], date=date(2020, 6, 1)),
        "two": make_article(
            "广汉与德阳", regions=["510681", "510603"], themes=["kexue-puji", "tuopin-gongjian"]
        ),
        "yongchuan": make_article("永川", regions=["500118"], kind=Article.Kind.PHOTO, date=date(2020, 4, 2)),
        "draft": make_article("草稿", status=Article.Status.DRAFT, regions=["510681"], themes=["kexue-puji"]),
        "org": org,
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"广汉", "德阳", "广汉与德阳", "永川"}),
        ("region=510000", {"广汉", "德阳", "广汉与德阳"}),
        ("region=510681", {"广汉", "广汉与德阳"}),
        ("region=500000", {"永川"}),
        ("theme=kexue-puji", {"广汉", "广汉与德阳"}),
        ("theme=kexue-puji&theme=tuopin-gongjian", {"广汉", "德阳", "广汉与德阳"}),
        ("kind=photo", {"永川"}),
        ("date_after=2020-06-01", {"广汉", "德阳"}),  # 广汉与德阳 carries the factory date 2020-04-02
        ("date_before=2020-04-02", {"永川", "广汉与德阳"}),
    ],
)
def test_each_filter(news, query, expected):
    """Filters are published-only, region includes everything below, themes are any-of."""
    assert titles(run(query)) == expected


def test_organization_filter(news):
    assert titles(run(f"organization={news['org'].slug}")) == {"广汉"}


def test_no_duplicates_when_several_links_match(news):
    """An article with two regions under the filter appears once (EXISTS, not a join)."""
    assert list(run("region=510600").filtered.values_list("title", flat=True)).count("广汉与德阳") == 1
    assert run("region=510600").filtered.count() == 3


@pytest.mark.parametrize(
    ("query", "dropped"),
    [
        ("region=12345678", "region"),
        ("kind=movie", "kind"),
        ("date_before=2020-02-30", "date_before"),
        ("organization=nobody", "organization"),
    ],
)
def test_invalid_values_are_dropped_with_a_message(news, query, dropped):
    filterset = run(query)
    assert dropped not in filterset.cleaned
    assert len(filterset.messages()) == 1
    assert titles(filterset) == {"广汉", "德阳", "广汉与德阳", "永川"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        # written right, but no such day: the reader is not asked again for the form already used
        ("date_after=2020-02-30", "起始日期没有这一天（2020年2月30日），已忽略起始日期。"),
        ("date_before=2021-4-31", "截止日期没有这一天（2021年4月31日），已忽略截止日期。"),
        ("date_after=2020-13-45", "起始日期格式不对，请写成 2020-04-02 这样的形式，已忽略起始日期。"),
        ("date_before=yesterday", "截止日期格式不对，请写成 2020-04-02 这样的形式，已忽略截止日期。"),
        # an unknown region or organization is quoted cut short, as a theme is
        ("region=" + "5" * 20000, f"没有找到代码为“{'5' * 27}...”的地区，已忽略地区条件。"),
        ("organization=" + "x" * 20000, f"没有找到组织“{'x' * 27}...”，已忽略组织条件。"),
        # 科普 from an old GBK form: the address's encoding is wrong, not the words
        (
            "q=%BF%C6%C6%D5",
            "关键词的编码不对（网址里的中文不是 UTF-8 编码），请在上方搜索框里重新输入关键词。",
        ),
    ],
)
def test_messages_say_what_is_wrong_with_a_value(news, query, message):
    assert run(query).messages() == [message]


def test_unknown_themes_are_dropped_but_known_ones_kept(news):
    filterset = run("theme=kexue-puji&theme=%3Cb%3E")
    assert filterset.cleaned["theme"] == ["kexue-puji"]
    assert titles(filterset) == {"广汉", "广汉与德阳"}
    assert filterset.messages() == ["没有找到主题 “<b>”，已忽略。"]


def test_queryset_without_leaves_out_only_the_named_filter(news):
    filterset = run("region=500000&theme=kexue-puji")
    assert titles(filterset) == set()
    assert set(filterset.queryset_without("region").values_list("title", flat=True)) == {"广汉", "广汉与德阳"}
    assert set(filterset.queryset_without("theme").values_list("title", flat=True)) == {"永川"}


def test_region_path_counts_count_distinct_articles_per_level(news):
    """广汉与德阳 names two counties of 德阳市: it counts once for 德阳市 and once for 四川省."""
    counts = facets.region_path_counts(Article.objects.published(), branch="/510000/510600/")
    assert counts == {
        "/510000/": 3,
        "/510000/510600/": 3,
        "/510000/510600/510681/": 2,
        "/510000/510600/510603/": 1,
        "/500000/": 1,
        "/500000/500118/": 1,
    }


def test_region_path_counts_count_only_the_levels_shown(news):
    """Counties are counted only under the selected branch: the tree shows no others."""
    published = Article.objects.published()
    assert facets.region_path_counts(published) == {
        "/510000/": 3,
        "/510000/510600/": 3,
        "/500000/": 1,
        "/500000/500118/": 1,
    }
    other_branch = facets.region_path_counts(published, branch="/510000/510100/")  # 成都市: none there
    assert not any(prefix.startswith("/510000/510600/") and len(prefix) > 15 for prefix in other_branch)


def test_region_tree_shows_counties_only_on_the_selected_branch(news):
    published = Article.objects.published()
    tree = facets.region_tree(published)
    sichuan = next(node for node in tree if node.adcode == "510000")
    assert [child.adcode for child in sichuan.children] == ["510600"]
    assert sichuan.children[0].children == []
    tree = facets.region_tree(published, selected=Region.objects.get(adcode="510600"))
    deyang = next(node for node in tree if node.adcode == "510000").children[0]
    assert deyang.selected and [(c.adcode, c.count) for c in deyang.children] == [
        ("510603", 1),
        ("510681", 2),
    ]
    assert [node.adcode for node in tree] == ["500000", "510000"]


def test_theme_counts_cover_every_theme(news):
    items = facets.theme_counts(
        Article.objects.published(), list(Theme.objects.all()), selected=["kexue-puji"]
    )
    counts = {item.theme.slug: item.count for item in items}
    assert counts["kexue-puji"] == 2 and counts["tuopin-gongjian"] == 2 and counts["weisheng-jiankang"] == 0
    assert [item.theme.slug for item in items if item.selected] == ["kexue-puji"]


def test_children_counts(news):
    children = dict(
        (child.adcode, count)
        for child, count in facets.children_counts(
            Article.objects.published(), Region.objects.get(adcode="510600")
        )
    )
    assert children["510681"] == 2 and children["510603"] == 1 and children["510604"] == 0


def test_filtersets_do_not_share_their_filters(news):
    """The declared filters are copied per instance without deepcopy (articles/filters.FilterCopies):
    each instance must still own its filters, their choices and their method binding."""
    first, second = run("region=510681"), run("region=500000")
    assert first.filters["region"] is not second.filters["region"]
    assert first.filters["theme"].extra is not second.filters["theme"].extra
    first.filters["theme"].extra["choices"] = [("only-here", "只在这里")]
    assert ("only-here", "只在这里") not in second.filters["theme"].extra.get("choices", [])
    assert "choices" not in ArticleFilterSet.base_filters["theme"].extra
    # Method filters run against their own instance: two filters, two different results.
    assert titles(first) == {"广汉", "广汉与德阳"}
    assert titles(second) == {"永川"}
