"""Each article's facet keys: copies of its region and theme links that a search counts in one pass.

A search for a common word matches half of the articles. Its region tree joined ~80,000 links
to the regions and grouped them with COUNT(DISTINCT) per level (~140 ms at 100,000 articles),
its themes joined ~100,000 theme links (~50 ms). Instead each article carries the ids it counts
for, and a search counts them over its matching rows as it reads them (~40 ms for both,
``search_counts.py``):

- ``facet_regions``: the regions of the tree's levels it is about: each linked region's
  ancestors at province, prefecture and county level, itself included, each id once;
- ``facet_upper_regions``: those of ``facet_regions`` at province and prefecture level, all a
  search's region tree shows until a branch is opened: a few distinct lists where the full keys
  have thousands, so counting them costs a third (``search_counts.py``);
- ``facet_themes``: its themes.

Who keeps them: the importer writes them with the article (``region_keys``, from the import
context's ``region_ancestors``); an editor's change recomputes the articles it tracks
(``count_corrections.Follower``); ``facet_counts.refresh()`` repairs every article whose keys
differ from its links (after an import, ``refresh_counts``, or a write nobody tracked).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from contextlib import nullcontext

from django.db import connections
from django.db.models import Count, Max

from articles.models import Article, ArticleRegion, Region
from articles.services import search

WRITE_BATCH = 240  # articles per UPDATE (4 parameters each, below SQLite's 999): memory stays flat
KEY_FIELDS = ("facet_regions", "facet_upper_regions", "facet_themes")
_ancestors: dict = {}  # "signature", "map" (region_ancestors) and "upper" (upper_region_ids) of the region table


def level_ancestors(paths: dict[int, str], lengths: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """Region id → the ids of it and its ancestors whose paths have one of ``lengths``
    (``facets.LEVEL_LENGTHS``: province, prefecture, county), from every region's path."""
    lengths = tuple(lengths)
    by_path = {path: pk for pk, path in paths.items()}
    return {
        pk: tuple(by_path[path[:n]] for n in lengths if len(path) >= n and path[:n] in by_path)
        for pk, path in paths.items()
    }


def region_keys(region_ids: Iterable[int], ancestors: dict[int, tuple[int, ...]]) -> list[int]:
    """An article's ``facet_regions`` from the ids of its linked regions."""
    return sorted({key for pk in region_ids for key in ancestors.get(pk, ())})


def upper_keys(keys: Iterable[int], upper_ids: frozenset[int]) -> list[int]:
    """An article's ``facet_upper_regions`` from its ``facet_regions``."""
    return [key for key in keys if key in upper_ids]


def region_ancestors(using: str = "default") -> dict[int, tuple[int, ...]]:
    """``level_ancestors`` of the region table, kept per process until the table changes (the tree
    is the official one, loaded by migrations; an editor edits names and aliases, not paths)."""
    return _region_levels(using)["map"]


def upper_region_ids(using: str = "default") -> frozenset[int]:
    """The ids of the regions at province and prefecture level (``upper_keys``), kept as above."""
    return _region_levels(using)["upper"]


def _region_levels(using: str) -> dict:
    from articles.services.facets import LEVEL_LENGTHS  # facets imports facet_counts, which imports this

    regions = Region.objects.using(using)
    signature = (using, *regions.aggregate(rows=Count("pk"), changed=Max("updated_at")).values())
    if _ancestors.get("signature") != signature:
        paths = dict(regions.values_list("id", "path"))
        _ancestors["map"] = level_ancestors(paths, LEVEL_LENGTHS)
        _ancestors["upper"] = frozenset(pk for pk, path in paths.items() if len(path) < LEVEL_LENGTHS[-1])
        _ancestors["signature"] = signature
    return _ancestors


def update(article_ids: Iterable[int] | None = None, *, using: str = "default") -> int:
    """Recompute the keys of these articles (every article when None) from their links and
    write those that differ; the number of articles written."""
    articles = Article.objects.using(using)
    region_links = ArticleRegion.objects.using(using)
    theme_links = Article.themes.through.objects.using(using)
    if article_ids is not None:
        ids = sorted(set(article_ids))
        if not ids:
            return 0
        articles, region_links, theme_links = (
            articles.filter(pk__in=ids),
            region_links.filter(article_id__in=ids),
            theme_links.filter(article_id__in=ids),
        )

    def rows(queryset, *fields):
        """All rows in chunks (a server-side cursor on PostgreSQL) for every article; a few in one fetch."""
        queryset = queryset.order_by().values_list(*fields)
        return queryset.iterator(chunk_size=5000) if article_ids is None else queryset

    regions, themes = defaultdict(set), defaultdict(set)
    for article_id, region_id in rows(region_links, "article_id", "region_id"):
        regions[article_id].add(region_id)
    for article_id, theme_id in rows(theme_links, "article_id", "theme_id"):
        themes[article_id].add(theme_id)
    ancestors, upper_ids = region_ancestors(using), upper_region_ids(using)
    changed, written = [], 0
    # Repairing every article may rewrite thousands of rows, each adding its search vector to the
    # search index again: batched as an import's are (search.py).
    with search.batched_index_writes(using) if article_ids is None else nullcontext():
        stored = rows(articles, "pk", "facet_regions", "facet_upper_regions", "facet_themes")
        for pk, *stored_keys in stored:
            want_regions, want_themes = region_keys(regions[pk], ancestors), sorted(themes[pk])
            want_upper = upper_keys(want_regions, upper_ids)
            if stored_keys != [want_regions, want_upper, want_themes]:
                changed.append(Article(
                    pk=pk, facet_regions=want_regions, facet_upper_regions=want_upper, facet_themes=want_themes
                ))
            if len(changed) == WRITE_BATCH:
                written += _write(changed, using)
                changed = []
        return written + _write(changed, using)


def _write(articles: list[Article], using: str) -> int:
    """One UPDATE joined to the new keys as VALUES rows. ``bulk_update`` writes a CASE with a
    branch per article that every row then walks: repairing 100,000 articles took 90 s."""
    if not articles:
        return 0
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = [Article._meta.get_field(name) for name in KEY_FIELDS]
    params = []
    for article in articles:
        params.append(article.pk)
        params += [field.get_db_prep_value(getattr(article, field.attname), connection) for field in fields]
    table = quote(Article._meta.db_table)
    rows = ", ".join(["(" + ", ".join(["%s"] * (1 + len(fields))) + ")"] * len(articles))
    columns = ", ".join(f"k{index}" for index in range(len(fields)))
    assignments = ", ".join(f"{quote(field.column)} = v.k{index}" for index, field in enumerate(fields))
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH v(id, {columns}) AS (VALUES {rows})"
            f" UPDATE {table} SET {assignments} FROM v WHERE {table}.{quote(Article._meta.pk.column)} = v.id",
            params,
        )
    return len(articles)
