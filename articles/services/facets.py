"""Facet counts beside a list: a region tree and the themes.

Each facet counts the articles of a queryset the caller gives (the current filter
without the facet's own), in one grouped query: the region tree groups the
article's region paths by their first 8, 15 and 22 characters — province,
prefecture, county (``/510000/510600/510681/``) — and counts distinct articles
at each level, so an article about 广汉市 counts once for 德阳市 and once for 四川省
however many places under them it names. Names come from one more query.

The grouped counts read every matching link, so they are cached (``CountCache``):
the key is the SQL of the counted queryset plus ``data_version()``, a fingerprint
that changes whenever an article is created, saved (publishing and withdrawing
save it), deleted, or gets new region or theme links.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, IntegerField, Value
from django.db.models.functions import Substr

from articles.models import Article, ArticleRegion, Region, Theme

# An upper bound on staleness for changes the version cannot see (a link removed with no
# article saved); publishing, withdrawing, editing, importing and deleting change the version.
CACHE_SECONDS = int(os.environ.get("KEXIE_COUNT_CACHE_SECONDS", "600"))
CACHE_PREFIX = "kexie:counts"
# Bump when what a parameter-keyed entry (``CountCache.get_keyed``) means changes shape.
KEY_SCHEMA = "1"


@functools.cache
def _version_sql(using: str) -> str:
    """Built once per database alias: ``Article.history`` builds a manager class on each access."""
    quote = connections[using].ops.quote_name
    ThemeLink = Article.themes.through
    History = Article.history.model
    columns = [
        (Article, "updated_at"),
        (Article, "id"),
        (History, History._meta.pk.column),
        (ArticleRegion, "id"),
        (ThemeLink, "id"),
    ]
    return "SELECT " + ", ".join(
        f"(SELECT MAX({quote(column)}) FROM {quote(model._meta.db_table)})" for model, column in columns
    )


def data_version(using: str = "default") -> str:
    """A fingerprint of the public data in one query of index-only MAX() look-ups (constant time).

    Article ``updated_at`` moves on every save (publish, withdraw, edit, re-import), the
    article and link ids on every insert, and the history id on every save or delete
    (django-simple-history writes a record for each, in the same transaction).
    """
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(_version_sql(using))
        row = cursor.fetchone()
    return hashlib.sha1(repr(row).encode()).hexdigest()[:16]


class CountCache:
    """Per request: one ``data_version()`` query, then cached values keyed by the SQL they count."""

    def __init__(self, using: str = "default"):
        self.using = using
        self._version: str | None = None

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = data_version(self.using)
        return self._version

    def get(self, kind: str, queryset, compute):
        """``compute()`` once per data version for this queryset's SQL (any filter, any facet)."""
        try:
            sql, params = queryset.query.sql_with_params()
        except EmptyResultSet:
            return compute()
        return self._fetch(kind, hashlib.sha1(f"{sql}\x00{params!r}".encode()).hexdigest(), compute)

    def get_keyed(self, kind: str, key_text: str, compute):
        """Like ``get()``, keyed by a text the caller derives from the filter (its valid
        parameters) instead of compiled SQL: a warm request compiles no query to find its entry."""
        return self._fetch(kind, hashlib.sha1(f"{KEY_SCHEMA}\x00{key_text}".encode()).hexdigest(), compute)

    def _fetch(self, kind: str, digest: str, compute):
        key = f"{CACHE_PREFIX}:{kind}:{self.version}:{digest}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, CACHE_SECONDS)
        return value


def _cached(counts: CountCache | None, kind: str, queryset, compute):
    return counts.get(kind, queryset, compute) if counts is not None else compute()

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


def region_path_counts(articles, *, branch: str = "") -> dict[str, int]:
    """Distinct articles per region path prefix, in one grouped query.

    Only the levels the tree shows: provinces and prefectures everywhere, counties only
    under ``branch`` (the selected prefecture's path; none when nothing at prefecture level
    or below is selected). On PostgreSQL the links are joined and read once for every level
    (``GROUPING SETS``) instead of once per level; other databases group each level in a
    ``UNION ALL``.
    """
    if connections[articles.db].vendor == "postgresql":
        rows = _grouping_sets_counts(articles, branch, articles.db)
    else:
        links = ArticleRegion.objects.filter(article__in=articles.order_by().values("pk"))
        levels = [
            links.annotate(
                prefix=Substr("region__path", 1, length), level=Value(level, output_field=IntegerField())
            )
            .values("prefix", "level")
            .annotate(n=Count("article", distinct=True))
            .values_list("prefix", "level", "n")
            .order_by()
            for level, length in enumerate(LEVEL_LENGTHS[:2])
        ]
        if branch:
            levels.append(
                links.filter(region__path__startswith=branch)
                .annotate(prefix=Substr("region__path", 1, LEVEL_LENGTHS[2]), level=Value(2, output_field=IntegerField()))
                .values("prefix", "level")
                .annotate(n=Count("article", distinct=True))
                .values_list("prefix", "level", "n")
                .order_by()
            )
        rows = levels[0].union(*levels[1:], all=True)
    counts: dict[str, int] = {}
    for prefix, level, n in rows:
        # A shorter path (a province's own link at the prefecture level) is not a group of that level.
        if prefix and len(prefix) == LEVEL_LENGTHS[level] and prefix.endswith("/"):
            counts[prefix] = n
    return counts


def _grouping_sets_counts(articles, branch: str, using: str) -> list[tuple[str, int, int]]:
    """PostgreSQL: (prefix, level, count) for the shown levels; provinces and prefectures from
    one pass over the links, the selected branch's counties from its own (small) links."""
    connection = connections[using]
    quote = connection.ops.quote_name
    link_table, region_table = quote(ArticleRegion._meta.db_table), quote(Region._meta.db_table)
    try:
        subquery, params = articles.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return []
    province, prefecture, county = LEVEL_LENGTHS
    joined = f"FROM {link_table} l JOIN {region_table} r ON r.id = l.region_id WHERE l.article_id IN ({subquery})"
    sql = (
        "SELECT CASE WHEN GROUPING(p1) = 0 THEN p1 ELSE p2 END, GROUPING(p1), COUNT(DISTINCT article_id)"
        f" FROM (SELECT l.article_id, substr(r.path, 1, %s) AS p1, substr(r.path, 1, %s) AS p2 {joined}) x"
        " GROUP BY GROUPING SETS ((p1), (p2))"
    )
    sql_params = [province, prefecture, *params]
    if branch:
        sql += (
            f" UNION ALL SELECT substr(r.path, 1, %s), 2, COUNT(DISTINCT l.article_id) {joined}"
            " AND r.path LIKE %s GROUP BY 1"
        )
        sql_params += [county, *params, connection.ops.prep_for_like_query(branch) + "%"]
    with connection.cursor() as cursor:
        cursor.execute(sql, sql_params)
        return cursor.fetchall()


def region_tree(
    articles, *, selected: Region | None = None, url_for=None, counts_cache: CountCache | None = None
) -> list[RegionNode]:
    """Provinces → prefectures → counties with their article counts (two queries, none when cached).

    Prefectures are listed under every province; counties only under the branch
    of the selected region, so the tree stays short at any size.
    """

    selected_path = selected.path if selected else ""
    # Counties show only under the selected prefecture (or the selected county's prefecture).
    branch = selected_path[: LEVEL_LENGTHS[1]] if len(selected_path) >= LEVEL_LENGTHS[1] else ""

    def compute() -> list[tuple[str, str, str, int]]:
        counts = region_path_counts(articles, branch=branch)
        if not counts:
            return []
        regions = Region.objects.filter(path__in=list(counts)).values_list("path", "adcode", "name")
        return [(path, adcode, name, counts[path]) for path, adcode, name in regions]

    rows = _cached(counts_cache, f"regions-{branch}", articles, compute)
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
    articles, themes: list[Theme], *, selected=(), url_for=None, counts_cache: CountCache | None = None
) -> list[ThemeCount]:
    """Every theme with the number of articles carrying it, in one grouped query (none when cached)."""

    def compute() -> dict[int, int]:
        links = Article.themes.through.objects.filter(article__in=articles.order_by().values("pk"))
        return dict(links.values("theme_id").annotate(n=Count("id")).values_list("theme_id", "n").order_by())

    counts = _cached(counts_cache, "themes", articles, compute)
    selected = set(selected)
    result = []
    for theme in themes:
        item = ThemeCount(theme=theme, count=counts.get(theme.pk, 0), selected=theme.slug in selected)
        item.url = url_for(item) if url_for else ""
        result.append(item)
    return result


def children_counts(
    articles, region: Region, *, counts_cache: CountCache | None = None, key: str | None = None
) -> list[tuple[Region, int]]:
    """The region's direct children with their article counts (two queries, one when cached; any depth).

    ``key``: the filter's parameters, to find the cached counts without compiling the query."""
    children = list(Region.objects.filter(parent=region).only("adcode", "name", "path"))
    if not children:
        return []

    def compute():
        return _children_path_counts(articles, region, children)

    if counts_cache is not None and key is not None:
        counts = counts_cache.get_keyed(f"children-{region.pk}", key, compute)
    else:
        counts = _cached(counts_cache, f"children-{region.pk}", articles, compute)
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
