"""Facet counts beside a list: a region tree and the themes.

Each facet counts the articles of a queryset the caller gives (the current filter
without the facet's own), in one grouped query: the region tree groups the
article's region paths by their first 8, 15 and 22 characters — province,
prefecture, county (``/510000/510600/510681/``) — and counts distinct articles
at each level, so an article about 广汉市 counts once for 德阳市 and once for 四川省
however many places under them it names. Names come from one more query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, Value
from django.db.models.functions import Substr

from articles.models import Article, ArticleRegion, Region, Theme

# Path prefix lengths of the three levels with six-digit adcodes: "/510000/", "/510000/510600/", …
LEVEL_LENGTHS = (8, 15, 22)
# 重庆 and 四川 lead the tree; the rest follow in adcode order.
HOME_PROVINCES = ("500000", "510000")


@dataclass
class RegionNode:
    adcode: str
    name: str
    path: str
    count: int
    selected: bool = False
    on_path: bool = False  # the selected region or one of its ancestors
    url: str = ""
    children: list[RegionNode] = field(default_factory=list)

    @property
    def expanded(self) -> bool:
        return self.on_path


@dataclass
class ThemeCount:
    theme: Theme
    count: int
    selected: bool = False
    url: str = ""


def region_path_counts(articles) -> dict[str, int]:
    """Distinct articles per region path prefix at the three levels, in one grouped query."""
    links = ArticleRegion.objects.filter(article__in=articles.order_by().values("pk"))
    levels = [
        links.annotate(
            prefix=Substr("region__path", 1, length), level=Value(level, output_field=IntegerField())
        )
        .values("prefix", "level")
        .annotate(n=Count("article", distinct=True))
        .values_list("prefix", "level", "n")
        .order_by()
        for level, length in enumerate(LEVEL_LENGTHS)
    ]
    rows = levels[0].union(*levels[1:], all=True)
    counts: dict[str, int] = {}
    for prefix, level, n in rows:
        # A shorter path (a province's own link at the prefecture level) is not a group of that level.
        if len(prefix) == LEVEL_LENGTHS[level] and prefix.endswith("/"):
            counts[prefix] = n
    return counts


def region_tree(articles, *, selected: Region | None = None, url_for=None) -> list[RegionNode]:
    """Provinces → prefectures → counties with their article counts (two queries in all).

    Prefectures are listed under every province; counties only under the branch
    of the selected region, so the tree stays short at any size.
    """
    counts = region_path_counts(articles)
    if not counts:
        return []
    regions = Region.objects.filter(path__in=list(counts)).only("adcode", "name", "path")
    nodes = {
        region.path: RegionNode(
            adcode=region.adcode, name=region.name, path=region.path, count=counts[region.path]
        )
        for region in regions
    }
    selected_path = selected.path if selected else ""
    roots: list[RegionNode] = []
    for path in sorted(nodes, key=len):
        node = nodes[path]
        node.selected = path == selected_path
        node.on_path = bool(selected_path) and selected_path.startswith(path)
        node.url = url_for(node) if url_for else ""
        parent_path = path[: path.rstrip("/").rfind("/") + 1]
        parent = nodes.get(parent_path)
        if parent is None:
            if len(path) == LEVEL_LENGTHS[0]:
                roots.append(node)
        elif len(path) < LEVEL_LENGTHS[2] or parent.on_path:
            parent.children.append(node)
    for node in nodes.values():
        node.children.sort(key=lambda child: child.adcode)
    roots.sort(key=lambda node: (node.adcode not in HOME_PROVINCES, node.adcode))
    return roots


def theme_counts(articles, themes: list[Theme], *, selected=(), url_for=None) -> list[ThemeCount]:
    """Every theme with the number of articles carrying it, in one grouped query."""
    links = Article.themes.through.objects.filter(article__in=articles.order_by().values("pk"))
    counts = dict(links.values("theme_id").annotate(n=Count("id")).values_list("theme_id", "n").order_by())
    selected = set(selected)
    result = []
    for theme in themes:
        item = ThemeCount(theme=theme, count=counts.get(theme.pk, 0), selected=theme.slug in selected)
        item.url = url_for(item) if url_for else ""
        result.append(item)
    return result


def children_counts(articles, region: Region) -> list[tuple[Region, int]]:
    """The region's direct children with their article counts (two queries, any depth)."""
    children = list(Region.objects.filter(parent=region).only("adcode", "name", "path"))
    if not children:
        return []
    links = ArticleRegion.objects.filter(
        article__in=articles.order_by().values("pk"), region__path__startswith=region.path
    )
    # Children's codes may differ in length (towns under a county), so group by each child's own prefix length.
    lengths = sorted({len(child.path) for child in children})
    queries = [
        links.annotate(prefix=Substr("region__path", 1, length))
        .values("prefix")
        .annotate(n=Count("article", distinct=True))
        .values_list("prefix", "n")
        .order_by()
        for length in lengths
    ]
    rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    counts = dict(rows)
    return [(child, counts.get(child.path, 0)) for child in children]
