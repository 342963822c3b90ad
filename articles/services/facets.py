"""Facet counts beside a list: a region tree and the themes.

Each facet counts the articles of a queryset the caller gives (the current filter
without the facet's own), in one grouped query: the region tree groups the
article's region paths by their first 8, 15 and 22 characters — province,
prefecture, county (``/510000/510600/510681/``) — and counts distinct articles
at each level, so an article about 广汉市 counts once for 德阳市 and once for 四川省
however many places under them it names; the names come in the same statement.

A search's COUNT, ranked ids and facets come from one statement instead (``prime``):
the match is found once, not once per count.

The grouped counts read every matching link, so they are cached (``CountCache``):
the key is the SQL of the counted queryset plus ``data_version()``, a fingerprint
that changes whenever an article is created, saved (publishing and withdrawing
save it), deleted, or gets new region or theme links. Behind the cache, a filter of at most
one region and one theme (a ``facet_counts.Shape``, given as ``shape=``) reads counts kept on
write (``services/facet_counts.py``) while they are current, instead of counting.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.db.models.functions import Substr
from django.db.models.sql.datastructures import Join

from articles.models import Article, ArticleRegion, FacetCountVersion, Region, Theme
from articles.services import facet_counts  # imports this module too: each uses the other at call time
from articles.services.search import execute_matching

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
    stored = FacetCountVersion._meta.db_table
    return "SELECT " + ", ".join(
        [f"(SELECT MAX({quote(column)}) FROM {quote(model._meta.db_table)})" for model, column in columns]
        + [f"(SELECT {quote('version')} FROM {quote(stored)} WHERE {quote('id')} = 1)"]
    )


def versions(using: str = "default") -> tuple[str, str | None]:
    """``data_version()`` and the version the stored counts were computed at (``facet_counts``),
    in one query."""
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(_version_sql(using))
        *row, stored = cursor.fetchone()
    return hashlib.sha1(repr(tuple(row)).encode()).hexdigest()[:16], stored


def data_version(using: str = "default") -> str:
    """A fingerprint of the public data in one query of index-only MAX() look-ups (constant time).

    Article ``updated_at`` moves on every save (publish, withdraw, edit, re-import), the
    article and link ids on every insert, and the history id on every save or delete
    (django-simple-history writes a record for each, in the same transaction).
    """
    return versions(using)[0]


class CountCache:
    """Per request: one ``data_version()`` query, then cached values keyed by the SQL they count."""

    def __init__(self, using: str = "default"):
        self.using = using
        self._version: str | None = None
        self._stored_version: str | None = None

    @property
    def version(self) -> str:
        if self._version is None:
            self._version, self._stored_version = versions(self.using)
        return self._version

    @property
    def stored_counts_current(self) -> bool:
        """Whether the stored counts (``facet_counts``) were computed at this data version."""
        return self.version == self._stored_version

    def get(self, kind: str, queryset, compute):
        """``compute()`` once per data version for this queryset's SQL (any filter, any facet)."""
        key = self.key(kind, queryset)
        return compute() if key is None else self._fetch(key, compute)

    def get_keyed(self, kind: str, key_text: str, compute):
        """Like ``get()``, keyed by a text the caller derives from the filter (its valid
        parameters) instead of compiled SQL: a warm request compiles no query to find its entry."""
        return self._fetch(self.keyed(kind, key_text), compute)

    def key(self, kind: str, queryset) -> str | None:
        """The cache key ``get()`` uses for this queryset (None when it matches nothing by construction)."""
        try:
            sql, params = queryset.query.sql_with_params()
        except EmptyResultSet:
            return None
        return self._key(kind, hashlib.sha1(f"{sql}\x00{params!r}".encode()).hexdigest())

    def keyed(self, kind: str, key_text: str) -> str:
        """The cache key ``get_keyed()`` uses."""
        return self._key(kind, hashlib.sha1(f"{KEY_SCHEMA}\x00{key_text}".encode()).hexdigest())

    def _key(self, kind: str, digest: str) -> str:
        return f"{CACHE_PREFIX}:{kind}:{self.version}:{digest}"

    @staticmethod
    def _fetch(key: str, compute):
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, CACHE_SECONDS)
        return value


# Cache kinds of the entries ``prime()`` fills for the paginator, the theme facet and the region tree.
COUNT_KIND = "count"
THEMES_KIND = "themes"
RANKED_KIND = "ranked"  # a search's ranked ids (articles/views/results.py)


def regions_kind(branch: str) -> str:
    return f"regions-{branch}"


def _cached(counts: CountCache | None, kind: str, queryset, compute):
    return counts.get(kind, queryset, compute) if counts is not None else compute()


def stored_or(counts: CountCache | None, shape, read, compute):
    """``read(version)`` from the stored counts when the filter is covered (``shape``) and they
    are current, else ``compute()`` (the live query)."""
    if counts is not None and shape is not None and counts.stored_counts_current:
        value = read(counts.version)  # None if a refresh committed since the version query
        if value is not None:
            return value
    return compute()


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
    sql, params = _region_counts_sql(connection, "", f"l.article_id IN ({ids_sql})", ids_params, branch)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [tuple(row) for row in cursor.fetchall()]


def _region_counts_sql(connection, join: str, where: str, source_params, branch: str) -> tuple[str, list]:
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


# The CTE name of a search's match in ``prime()``'s statement; ``in_match()`` filters by it.
MATCH = "kexie_match"


def in_match(queryset):
    """``queryset`` restricted to the ids of the ``MATCH`` CTE: only inside ``prime()``'s statement."""
    return queryset.filter(pk__in=RawSQL(f"SELECT id FROM {MATCH}", ()))


@dataclass
class Wanted:
    """One count a cold list page needs: ``kind`` is "count" (the paginator's), "themes",
    "regions" or "ranked"; ``key`` is its ``CountCache`` key, that of the queryset the
    paginator or the facet counts on its own. ``articles``: the same set built on
    ``in_match()`` (the match plus the other filters), or None when it is the match itself.
    "ranked" also has ``rank``: given the CTE name of its set (columns id, date), the queryset
    of (id, position) rows of the ranked ids (``results.ranked_positions``)."""

    kind: str
    articles: object
    key: str | None
    branch: str = ""
    rank: object = None  # "ranked": CTE name of the set -> the (id, position) queryset


def prime(match, wanted: list[Wanted], using: str = "default") -> None:
    """A search's COUNT, ranked ids and facets in one statement; the entries the cache lacks are cached.

    Each used to evaluate the search again — a GIN bitmap scan and a visit to every matching
    row's page, or worse the plan that reads every stored vector, or probes one row's vector
    per region link when a region filter's selectivity is misjudged. Here the published
    matches (``match``) are a ``MATERIALIZED`` CTE, found once; each facet's set is the match
    plus the other filters (a set two of them share is materialized too), and the COUNT, the
    theme links and the region links are counted, and the newest ranked, from those. The values
    are exactly what ``CountedPaginator.count``, ``ResultIds.ranked``, ``theme_counts`` and
    ``region_tree`` compute on their own (each facet still ignores its own parameter), so those
    then read them from the cache.
    With fewer than two entries missing nothing is done.
    """
    wanted = [item for item in wanted if item.key is not None]
    if len(wanted) < 2:
        return
    present = cache.get_many([item.key for item in wanted])
    missing = [item for item in wanted if item.key not in present]
    if len(missing) < 2:
        return
    values = _shared_counts(match, missing, using)
    if values is not None:
        cache.set_many({item.key: values[item.kind] for item in missing}, CACHE_SECONDS)


def _ids_sql(queryset) -> tuple[str, tuple, bool] | None:
    """SQL and params of the queryset's ids and dates (the ranking takes the newest), and whether
    each id appears once (filters are EXISTS subqueries; a join could repeat an id)."""
    queryset = queryset.order_by().values("pk", "date")
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return sql, tuple(params), not any(isinstance(alias, Join) for alias in queryset.query.alias_map.values())


def _shared_counts(match, wanted: list[Wanted], using: str) -> dict | None:
    connection = connections[using]
    quote = connection.ops.quote_name
    ThemeLink = Article.themes.through
    match_sql = _ids_sql(match)
    if match_sql is None:
        return None
    sources = {MATCH: match_sql}
    names, uses = [], {MATCH: 0}
    for item in wanted:
        name = MATCH
        if item.articles is not None:
            ids = _ids_sql(item.articles)
            if ids is None:
                return None
            name = next((n for n, sql in sources.items() if sql == ids), f"s{len(sources)}")
            sources[name] = ids
        names.append(name)
        uses[name] = uses.get(name, 0) + 1
    ctes, params = [], []
    for name, (sql, source_params, _unique) in sources.items():
        materialized = " MATERIALIZED" if name == MATCH or uses[name] > 1 else ""
        ctes.append(f"{name}(id, date) AS{materialized} ({sql})")
        params += source_params
    for index, (item, name) in enumerate(zip(wanted, names, strict=True)):
        if item.kind == RANKED_KIND:  # (id, position) rows of the set's newest, ranked
            try:
                sql, ranked_params = item.rank(name).query.sql_with_params()
            except EmptyResultSet:
                return None
            ctes.append(f"r{index}(id, position) AS ({sql})")
            params += ranked_params

    def restrict(name: str, column: str) -> tuple[str, str]:
        """(join, where) keeping the rows whose ``column`` is in the set ``name``."""
        if sources[name][2]:
            return f"JOIN {name} ON {name}.id = {column}", ""
        return "", f"{column} IN (SELECT id FROM {name})"

    null_id, null_text = "CAST(NULL AS BIGINT)", "CAST(NULL AS TEXT)"
    branches = []
    for index, (item, name) in enumerate(zip(wanted, names, strict=True)):
        if item.kind == COUNT_KIND:
            branches.append(f"SELECT 0, {null_id}, {null_text}, {null_text}, {null_text}, COUNT(*) FROM {name}")
        elif item.kind == THEMES_KIND:
            join, where = restrict(name, "t.article_id")
            branches.append(
                f"SELECT 1, t.theme_id, {null_text}, {null_text}, {null_text}, COUNT(*)"
                f" FROM {quote(ThemeLink._meta.db_table)} t {join} {f'WHERE {where}' if where else ''}"
                " GROUP BY t.theme_id"
            )
        elif item.kind == "regions":
            sql, region_params = _region_counts_sql(connection, *restrict(name, "l.article_id"), (), item.branch)
            branches.append(f"SELECT 2, {null_id}, x.path, x.adcode, x.name, x.n FROM ({sql}) x")
            params += region_params
        elif item.kind == RANKED_KIND:
            branches.append(f"SELECT 3, id, {null_text}, {null_text}, {null_text}, position FROM r{index}")
        else:
            raise ValueError(item.kind)
    values: dict = {COUNT_KIND: 0, THEMES_KIND: {}, "regions": [], RANKED_KIND: []}
    with connection.cursor() as cursor:
        execute_matching(cursor, f"WITH {', '.join(ctes)} " + " UNION ALL ".join(branches), params)
        for kind, theme_id, path, adcode, name, n in cursor.fetchall():
            if kind == 0:
                values[COUNT_KIND] = n
            elif kind == 1:
                values[THEMES_KIND][theme_id] = n
            elif kind == 2:
                values["regions"].append((path, adcode, name, n))
            else:
                values[RANKED_KIND].append((n, theme_id))
    values[RANKED_KIND] = [pk for _position, pk in sorted(values[RANKED_KIND])]
    return values


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

    rows = _cached(counts_cache, regions_kind(branch), articles, compute)
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

    counts = _cached(counts_cache, THEMES_KIND, articles, compute)
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
