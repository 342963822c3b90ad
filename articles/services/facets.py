"""Facet counts beside a list: a region tree and the themes.

Each facet counts the articles of a queryset the caller gives (the current filter
without the facet's own), in one grouped query: the region tree groups the
article's region paths by their first 8, 15 and 22 characters — province,
prefecture, county (``/510000/510600/510681/``) — and counts distinct articles
at each level, so an article about 广汉市 counts once for 德阳市 and once for 四川省
however many places under them it names; the names come in the same statement.

A search's COUNT, ranked ids and facets come from one statement instead
(``search_counts.prime``): the match is found once, not once per count, and the facets are
counted from the matching articles' facet keys (``facet_keys.py``), not from their links.

The grouped counts read every matching link, so they are cached (``count_cache.CountCache``):
the key is the SQL of the counted queryset plus ``data_version()``, a fingerprint
that changes whenever an article is created, saved (publishing and withdrawing
save it), deleted, or gets new region or theme links. Behind the cache, a filter of at most
one region and one theme (a ``facet_counts.Shape``, given as ``shape=``) reads counts kept on
write (``services/facet_counts.py``) while they are current, instead of counting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count
from django.db.models.functions import Substr

from articles.models import Article, ArticleRegion, Region, Theme
from articles.services import facet_counts  # imports this module too: each uses the other at call time
from articles.services.count_cache import (
    THEMES_KIND,
    CountCache,
    cached,
    regions_kind,
    stored_or,
)

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


def region_branch(selected: Region | None) -> str:
    """The prefecture path whose counties the tree shows (the selected prefecture's, or the
    selected county's prefecture); "" when nothing at prefecture level or below is selected."""
    path = selected.path if selected else ""
    return path[: LEVEL_LENGTHS[1]] if len(path) >= LEVEL_LENGTHS[1] else ""


def region_path_counts(articles, *, branch: str = "") -> dict[str, int]:
    """Distinct articles per region path prefix of the levels the tree shows (see ``region_rows``)."""
    return {path: n for path, _adcode, _name, n in region_rows(articles, branch=branch)}


def region_rows(articles, *, branch: str = "") -> list[tuple[str, str, str, int]]:
    """(path, adcode, name, distinct articles) of every region of the shown levels with articles
    below it, in one statement (names joined in).

    Only the levels the tree shows: provinces and prefectures everywhere, counties only
    under ``branch`` (the selected prefecture's path; none when nothing at prefecture level
    or below is selected).
    """
    connection = connections[articles.db]
    try:
        ids_sql, ids_params = articles.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return []
    sql, params = region_counts_sql(connection, "", f"l.article_id IN ({ids_sql})", ids_params, branch)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [tuple(row) for row in cursor.fetchall()]


def region_counts_sql(connection, join: str, where: str, source_params, branch: str) -> tuple[str, list]:
    """SQL and params for (path, adcode, name, n) over the links that ``join`` (a JOIN on
    ``l.article_id``) or ``where`` (a condition on it, with ``source_params``) keep.

    PostgreSQL: the links and their regions' path prefixes are read once for both levels
    (``GROUPING SETS``; at 100k articles this sort-based plan measured faster than hashing
    the distinct (article, prefix) pairs, and a bigger ``work_mem`` did not help), the
    selected branch's counties from its own links. Other databases: each link's region is
    mapped to its ancestors at the shown levels by path, then counted per ancestor. Either
    way an (article, region) counts once however many of its links lie below the region, and
    a prefix shorter than its level's length (a province's own link cut at 15) is no group.
    """
    quote = connection.ops.quote_name
    link, region = quote(ArticleRegion._meta.db_table), quote(Region._meta.db_table)
    province, prefecture, county = LEVEL_LENGTHS
    joined = f"FROM {link} l JOIN {region} r ON r.id = l.region_id {join}"

    def where_and(*conditions: str) -> str:
        conditions = [c for c in (where, *conditions) if c]
        return f"WHERE {' AND '.join(conditions)}" if conditions else ""

    if connection.vendor == "postgresql":
        counts = (
            "SELECT CASE WHEN GROUPING(p1) = 0 THEN p1 ELSE p2 END AS prefix,"
            " CASE WHEN GROUPING(p1) = 0 THEN %s ELSE %s END AS size, COUNT(DISTINCT article_id) AS n"
            f" FROM (SELECT l.article_id, substr(r.path, 1, %s) AS p1, substr(r.path, 1, %s) AS p2 {joined} {where_and()}) x"
            " GROUP BY GROUPING SETS ((p1), (p2))"
        )
        params = [province, prefecture, province, prefecture, *source_params]
        if branch:
            counts += (
                f" UNION ALL SELECT substr(r.path, 1, %s), %s, COUNT(DISTINCT l.article_id) {joined}"
                f" {where_and('r.path LIKE %s')} GROUP BY 1"
            )
            params += [county, county, *source_params, connection.ops.prep_for_like_query(branch) + "%"]
        sql = (
            f"SELECT g.path, g.adcode, g.name, c.n FROM ({counts}) c"
            f" JOIN {region} g ON g.path = c.prefix WHERE length(c.prefix) = c.size"
        )
        return sql, params
    cuts, params = ["substr(r.path, 1, %s)", "substr(r.path, 1, %s)"], [province, prefecture]
    if branch:
        cuts.append("CASE WHEN substr(r.path, 1, %s) = %s THEN substr(r.path, 1, %s) END")
        params += [len(branch), branch, county]
    sql = (
        "SELECT g.path, g.adcode, g.name, c.n FROM ("
        "SELECT lv.ancestor_id, COUNT(DISTINCT l.article_id) AS n"
        f" FROM {link} l JOIN ({region_ancestors_sql(connection, cuts)}) lv ON lv.region_id = l.region_id"
        f" {join} {where_and()} GROUP BY lv.ancestor_id"
        f") c JOIN {region} g ON g.id = c.ancestor_id"
    )
    return sql, [*params, *source_params]


def region_ancestors_sql(connection, cuts: list[str]) -> str:
    """(region_id, ancestor_id) of every region and the regions whose path is one of ``cuts``
    (expressions on its path ``r.path``, e.g. ``substr(r.path, 1, %s)``: its ancestor at that
    level, itself included), so that links can be counted once per ancestor."""
    region = connection.ops.quote_name(Region._meta.db_table)
    return f"SELECT r.id AS region_id, a.id AS ancestor_id FROM {region} r JOIN {region} a ON a.path IN ({', '.join(cuts)})"



def region_tree(
    articles,
    *,
    selected: Region | None = None,
    url_for=None,
    counts_cache: CountCache | None = None,
    shape=None,
) -> list[RegionNode]:
    """Provinces → prefectures → counties with their article counts (one query, none when cached).

    Prefectures are listed under every province; counties only under the branch
    of the selected region, so the tree stays short at any size. ``shape``: ``articles`` as a
    ``facet_counts.Shape``, to read the stored counts.
    """
    selected_path = selected.path if selected else ""
    branch = region_branch(selected)

    def compute():
        return stored_or(
            counts_cache,
            shape,
            lambda version: facet_counts.region_rows(shape, version, branch=branch, using=counts_cache.using),
            lambda: region_rows(articles, branch=branch),
        )

    rows = cached(counts_cache, regions_kind(branch), articles, compute)
    if not rows:
        return []
    nodes = {path: RegionNode(adcode=adcode, name=name, path=path, count=n) for path, adcode, name, n in rows}
    roots: list[RegionNode] = []
    for path in sorted(nodes, key=len):
        node = nodes[path]
        node.selected = path == selected_path
        node.on_path = bool(selected_path) and selected_path.startswith(path)
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
    if url_for:  # only the nodes shown: counties outside the selected branch are counted, not linked
        stack = list(roots)
        while stack:
            node = stack.pop()
            node.url = url_for(node)
            stack.extend(node.children)
    return roots


def theme_counts(
    articles,
    themes: list[Theme],
    *,
    selected=(),
    url_for=None,
    counts_cache: CountCache | None = None,
    shape=None,
) -> list[ThemeCount]:
    """Every theme with the number of articles carrying it, in one grouped query (none when cached;
    from the stored counts when ``shape`` is ``articles`` as a ``facet_counts.Shape``)."""

    def live() -> dict[int, int]:
        links = Article.themes.through.objects.filter(article__in=articles.order_by().values("pk"))
        return dict(links.values("theme_id").annotate(n=Count("id")).values_list("theme_id", "n").order_by())

    def compute() -> dict[int, int]:
        return stored_or(
            counts_cache,
            shape,
            lambda version: facet_counts.theme_counts(shape, version, using=counts_cache.using),
            live,
        )

    counts = cached(counts_cache, THEMES_KIND, articles, compute)
    selected = set(selected)
    result = []
    for theme in themes:
        item = ThemeCount(theme=theme, count=counts.get(theme.pk, 0), selected=theme.slug in selected)
        item.url = url_for(item) if url_for else ""
        result.append(item)
    return result


def children_counts(
    articles, region: Region, *, counts_cache: CountCache | None = None, key: str | None = None, shape=None
) -> list[tuple[Region, int]]:
    """The region's direct children with their article counts (two queries, one when cached; any depth).

    ``key``: the filter's parameters, to find the cached counts without compiling the query;
    ``shape``: ``articles`` as a ``facet_counts.Shape``, to read the stored counts."""
    children = list(Region.objects.filter(parent=region).only("adcode", "name", "path"))
    if not children:
        return []

    def compute():
        return stored_or(
            counts_cache,
            shape,
            lambda version: facet_counts.children_counts(shape, version, region, children, using=counts_cache.using),
            lambda: _children_path_counts(articles, region, children),
        )

    if counts_cache is not None and key is not None:
        counts = counts_cache.get_keyed(f"children-{region.pk}", key, compute)
    else:
        counts = cached(counts_cache, f"children-{region.pk}", articles, compute)
    return [(child, counts.get(child.path, 0)) for child in children]


def _children_path_counts(articles, region: Region, children) -> dict[str, int]:
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
    return dict(rows)
