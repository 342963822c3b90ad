"""Counts of published articles kept on write, so a cold list page reads them instead of counting.

The region tree's COUNT(DISTINCT) over every region link costs ~170 ms at 100,000 articles
and ran again after every publish, edit or import (the count cache is keyed by the data
version). ``FacetCount`` holds, for every region of the tree's levels with articles (and NULL
= everywhere) and every theme (and NULL = any), the number of distinct published articles;
``refresh()`` recomputes it in one transaction and stores the ``count_cache.data_version()`` it read
first. A list whose filter is a ``Shape`` (at most one region and one theme, nothing else)
reads its COUNT, region tree, theme facet and region children from the table when the stored
version is the request's; any other filter, or a version that moved since (a write the
refresh has not followed yet), takes the live queries of ``facets.py``. Each read is one
statement that also checks the version, so a cold page makes as many queries as before.

Who keeps them current: ``import_seeds`` refreshes once after all pages, ``manage.py
refresh_counts`` on demand; an editor's change (editing services, admin) corrects just the rows
of the articles it changed, in its own transaction (``count_corrections.py``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections, transaction
from django.utils import timezone

from articles.models import Article, ArticleRegion, FacetCount, FacetCountVersion, Region, Theme
from articles.services import count_cache, facet_keys, facets


@dataclass(frozen=True)
class Shape:
    """A filter the stored counts cover: published articles, at most one region (with
    everything under it) and at most one theme."""

    region: Region | None = None
    theme: Theme | None = None


def shape_of(filterset, *without: str) -> Shape | None:
    """The filterset's valid filter, minus the ``without`` parameters, as a ``Shape``; None when
    it has anything else (words, organization, kind, dates, several themes)."""
    cleaned = {name: value for name, value in filterset.cleaned.items() if name not in without}
    if set(cleaned) - {"region", "theme"}:
        return None
    themes = filterset.selected_themes if "theme" in cleaned else []
    if len(themes) > 1:
        return None
    return Shape(region=cleaned.get("region"), theme=themes[0] if themes else None)


@dataclass
class Refreshed:
    """What ``refresh()`` stored: the data version, the rows written and how long it took
    (``skipped``: the stored counts were already of this version; ``rows`` is then 0)."""

    version: str
    rows: int
    seconds: float
    skipped: bool = False


# --- writing ------------------------------------------------------------------------------------


def refresh(*, using: str = "default", unless_current: bool = False) -> Refreshed:
    """Recompute every count in one transaction with one set-based statement, after repairing
    (in a transaction of its own) any article's facet keys that differ from its links
    (``facet_keys.update``).

    The version row is locked first (refreshes run one at a time) and the data version read
    before counting: a write committed meanwhile moves the version past the stored one, so
    readers ignore this snapshot (until the next refresh) rather than trust a mixed one.
    ``unless_current``: do nothing when the stored counts are of the current version (an
    import that created and changed nothing); only for writers that always move the version.
    """
    started = time.perf_counter()
    connection = connections[using]
    table = connection.ops.quote_name(FacetCount._meta.db_table)
    if unless_current and _is_current(using):
        return Refreshed(version=count_cache.data_version(using), rows=0, seconds=time.perf_counter() - started,
                         skipped=True)
    # Before the version row is locked: repairing keys writes articles, and an editor's change
    # (count_corrections) locks the article tables before that row; the other order could deadlock.
    facet_keys.update(using=using)
    with transaction.atomic(using=using):
        marker = FacetCountVersion.objects.using(using).select_for_update().filter(pk=1).first()
        if marker is None:
            marker = FacetCountVersion(pk=1)
        version = count_cache.data_version(using)
        if unless_current and marker.version == version:
            return Refreshed(version=version, rows=0, seconds=time.perf_counter() - started, skipped=True)
        select, params = counts_sql(connection, Article.objects.using(using).published())
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table}")
            cursor.execute(f"INSERT INTO {table} (region_id, theme_id, articles) {select}", params)
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            rows = cursor.fetchone()[0]
        marker.version, marker.refreshed_at = version, timezone.now()
        marker.save(using=using)
    return Refreshed(version=version, rows=rows, seconds=time.perf_counter() - started)


def _is_current(using: str) -> bool:
    data, stored = count_cache.versions(using)
    return data == stored


def counts_sql(connection, articles) -> tuple[str, list]:
    """SELECT of (region id, theme id, n) rows counting ``articles`` (published ones): every
    article once in the (NULL, NULL) row, once per theme, and once per region of the tree's
    levels it is about (its regions and their ancestors), alone and with each theme."""
    quote = connection.ops.quote_name
    try:
        ids_sql, ids_params = articles.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # an empty id list: nothing to count
        return "SELECT NULL, NULL, 0 WHERE 1 = 0", []
    link = quote(Article.themes.through._meta.db_table)
    levels = facets.region_ancestors_sql(connection, ["substr(r.path, 1, %s)"] * len(facets.LEVEL_LENGTHS))
    null = "CAST(NULL AS BIGINT)"  # typed, or PostgreSQL takes the first branch's NULLs for text
    sql = (
        f"WITH pairs AS (SELECT DISTINCT l.article_id, lv.ancestor_id AS region_id"
        f" FROM {quote(ArticleRegion._meta.db_table)} l JOIN ({levels}) lv ON lv.region_id = l.region_id"
        f" WHERE l.article_id IN ({ids_sql}))"
        f" SELECT {null}, {null}, COUNT(*) FROM ({ids_sql}) a"
        f" UNION ALL SELECT {null}, t.theme_id, COUNT(*) FROM {link} t WHERE t.article_id IN ({ids_sql}) GROUP BY t.theme_id"
        " UNION ALL SELECT region_id, NULL, COUNT(*) FROM pairs GROUP BY region_id"
        f" UNION ALL SELECT p.region_id, t.theme_id, COUNT(*) FROM pairs p"
        f" JOIN {link} t ON t.article_id = p.article_id GROUP BY p.region_id, t.theme_id"
    )
    return sql, [*facets.LEVEL_LENGTHS, *ids_params, *ids_params, *ids_params]


def refresh_on_commit(*, using: str = "default") -> None:
    """Refresh once when the current transaction commits, however often it is asked for; at
    once outside a transaction. For writes ``following`` cannot follow (re-tagging every article)."""
    connection = connections[using]
    if not connection.in_atomic_block:
        refresh(using=using)
        return
    if any(getattr(func, "kexie_facet_refresh", False) for _sids, func, _robust in connection.run_on_commit):
        return

    def callback():
        callback.kexie_facet_refresh = False  # ran: no longer pending
        refresh(using=using)

    callback.kexie_facet_refresh = True
    # robust: a failed refresh is logged, not raised after the editor's change has committed;
    # the stored version then lags and readers count live until the next refresh.
    transaction.on_commit(callback, using=using, robust=True)


# --- reading ------------------------------------------------------------------------------------
# Each reader returns None when the stored version is not ``version``: the caller counts live.


def total(shape: Shape, version: str, *, using: str = "default") -> int | None:
    """Published articles of the shape (the paginator's COUNT)."""
    where = f"WHERE {_condition('c.region_id', shape.region)} AND {_condition('c.theme_id', shape.theme)}"
    rows = _read(using, version, ["c.articles"], where, _ids(shape.region) + _ids(shape.theme))
    return None if rows is None else sum(n for (n,) in rows)


def theme_counts(shape: Shape, version: str, *, using: str = "default") -> dict[int, int] | None:
    """{theme id: published articles} within the shape's region (the theme facet, which leaves
    the theme filter out: the shape's theme is not read)."""
    rows = _read(
        using,
        version,
        ["c.theme_id", "c.articles"],
        f"WHERE {_condition('c.region_id', shape.region)} AND c.theme_id IS NOT NULL",
        _ids(shape.region),
    )
    return None if rows is None else dict(rows)


def region_rows(shape: Shape, version: str, *, branch: str = "", using: str = "default") -> list[tuple] | None:
    """``facets.region_rows`` for the shape's theme (the tree leaves the region filter out: the
    shape's region is not read): (path, adcode, name, n) of provinces and prefectures, and of
    the counties under ``branch``."""
    region = connections[using].ops.quote_name(Region._meta.db_table)
    levels, params = f"length(g.path) < {facets.LEVEL_LENGTHS[2]}", _ids(shape.theme)
    if branch:
        levels = f"({levels} OR g.path LIKE %s)"
        params.append(connections[using].ops.prep_for_like_query(branch) + "%")
    return _read(
        using,
        version,
        ["g.path", "g.adcode", "g.name", "c.articles"],
        f"JOIN {region} g ON g.id = c.region_id WHERE {_condition('c.theme_id', shape.theme)} AND {levels}",
        params,
    )


def children_counts(shape: Shape, version: str, region: Region, children, *, using: str = "default") -> dict | None:
    """``facets._children_path_counts`` for the shape's theme (the shape's region is not read):
    {child path: n}; None also when a child is below the tree's levels (towns are not stored)."""
    if any(len(child.path) not in facets.LEVEL_LENGTHS for child in children):
        return None
    table = connections[using].ops.quote_name(Region._meta.db_table)
    rows = _read(
        using,
        version,
        ["g.path", "c.articles"],
        f"JOIN {table} g ON g.id = c.region_id WHERE {_condition('c.theme_id', shape.theme)} AND g.parent_id = %s",
        [*_ids(shape.theme), region.pk],
    )
    return None if rows is None else dict(rows)


def _condition(column: str, value) -> str:
    return f"{column} IS NULL" if value is None else f"{column} = %s"


def _ids(value) -> list:
    return [] if value is None else [value.pk]


def _read(using: str, version: str, columns: list[str], where: str, params: list) -> list[tuple] | None:
    """The rows of ``SELECT columns FROM FacetCount c {where}``, or None when the stored version
    differs — in one statement: a marker row (first column 0) comes only with a stale version."""
    quote = connections[using].ops.quote_name
    table, versions = quote(FacetCount._meta.db_table), quote(FacetCountVersion._meta.db_table)
    nulls = ", ".join("NULL" for _ in columns)
    sql = (
        f"SELECT 1, {', '.join(columns)} FROM {table} c {where}"
        f" UNION ALL SELECT 0, {nulls} WHERE NOT EXISTS (SELECT 1 FROM {versions} v WHERE v.version = %s)"
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [*params, version])
        rows = cursor.fetchall()
    if any(row[0] == 0 for row in rows):
        return None
    return [tuple(row[1:]) for row in rows]
