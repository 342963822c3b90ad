"""A search's COUNT, ranked ids and facets in one statement (``prime``): the match is found once.

Kept apart from the facets (``facets.py``), whose values it stores in the count cache
(``count_cache.py``) for them to read. It counts the facets from the matching rows' own facet
keys (``facet_keys.py``: the ids of the regions and themes each article counts for) rather than
by joining the link tables: a search for a common word matches half the corpus, and joining its
~80,000 region links to the regions with a COUNT(DISTINCT) per level cost ~140 ms at 100,000
articles, counting the keys ~40 ms (docs/BENCHMARKS.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.expressions import RawSQL
from django.db.models.sql.datastructures import Join

from articles.models import Region
from articles.services.count_cache import CACHE_SECONDS, COUNT_KIND, RANKED_KIND, THEMES_KIND
from articles.services.facets import LEVEL_LENGTHS
from articles.services.search import execute_matching

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
    plus the other filters (a set two of them share is materialized too), and the COUNT and
    each facet's keys are counted, and the newest ranked, from those. The values
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


# The columns a set's CTE may carry beside its ids, and the article fields they come from.
_SET_COLUMNS = {"date": "date", "regions": "facet_regions", "upper_regions": "facet_upper_regions",
                "themes": "facet_themes"}


def _set_columns(wanted: list[Wanted]) -> list[str]:
    """The columns the wanted entries read: the ranking the dates, each facet its keys.

    Every row of a common word's match is copied into the CTE, so a column nobody reads costs
    (the county-level region keys of half the corpus: ~10 ms at 100,000 articles).
    """
    needed = set()
    for item in wanted:
        if item.kind == RANKED_KIND:
            needed.add("date")
        elif item.kind == THEMES_KIND:
            needed.add("themes")
        elif item.kind == "regions":
            needed.add("regions" if item.branch else "upper_regions")
    return [column for column in _SET_COLUMNS if column in needed]


def _ids_sql(queryset, columns: list[str]) -> tuple[str, tuple, bool] | None:
    """SQL and params of the queryset's ids and ``columns``, and whether each id appears once
    (filters are EXISTS subqueries; a join could repeat an id)."""
    queryset = queryset.order_by().values("pk", *(_SET_COLUMNS[column] for column in columns))
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return sql, tuple(params), not any(isinstance(alias, Join) for alias in queryset.query.alias_map.values())


def _shared_counts(match, wanted: list[Wanted], using: str) -> dict | None:
    connection = connections[using]
    quote = connection.ops.quote_name
    columns = _set_columns(wanted)
    match_sql = _ids_sql(match, columns)
    if match_sql is None:
        return None
    sources = {MATCH: match_sql}
    names, uses = [], {MATCH: 0}
    for item in wanted:
        name = MATCH
        if item.articles is not None:
            ids = _ids_sql(item.articles, columns)
            if ids is None:
                return None
            name = next((n for n, sql in sources.items() if sql == ids), f"s{len(sources)}")
            sources[name] = ids
        names.append(name)
        uses[name] = uses.get(name, 0) + 1
    ctes, params = [], []
    for name, (sql, source_params, _unique) in sources.items():
        materialized = " MATERIALIZED" if name == MATCH or uses[name] > 1 else ""
        ctes.append(f"{name}({', '.join(['id', *columns])}) AS{materialized} ({sql})")
        params += source_params
    for index, (item, name) in enumerate(zip(wanted, names, strict=True)):
        if item.kind == RANKED_KIND:  # (id, position) rows of the set's newest, ranked
            try:
                sql, ranked_params = item.rank(name).query.sql_with_params()
            except EmptyResultSet:
                return None
            ctes.append(f"r{index}(id, position) AS ({sql})")
            params += ranked_params

    def key_counts(name: str, column: str) -> str:
        """(key, n): how many rows of the set ``name`` hold each id of their ``column`` keys.

        On PostgreSQL the rows are first counted per distinct list of keys (the JSON text of
        ``IdListField``: a few thousand lists among half the corpus' rows), and only those lists
        are unnested: unnesting every row's keys made ~200,000 rows to count for a common word
        (28 against 14 ms measured).
        """
        rows = name if sources[name][2] else f"(SELECT DISTINCT id, {column} FROM {name})"
        if connection.vendor == "postgresql":
            keys = "unnest(CAST(string_to_array(btrim(g.keys, '[]'), ',') AS INTEGER[]))"
            return (
                f"SELECT k.key, CAST(SUM(g.n) AS BIGINT) AS n FROM (SELECT s.{column} AS keys, COUNT(*) AS n"
                f" FROM {rows} s GROUP BY s.{column}) g, {keys} AS k(key) GROUP BY k.key"
            )
        else:
            keys = f"SELECT j.value AS key FROM {rows} s, json_each(s.{column}) j"
        return f"SELECT k.key, COUNT(*) AS n FROM ({keys}) k GROUP BY k.key"

    null_id, null_text = "CAST(NULL AS BIGINT)", "CAST(NULL AS TEXT)"
    county = LEVEL_LENGTHS[-1]
    branches = []
    for index, (item, name) in enumerate(zip(wanted, names, strict=True)):
        if item.kind == COUNT_KIND:
            branches.append(f"SELECT 0, {null_id}, {null_text}, {null_text}, {null_text}, COUNT(*) FROM {name}")
        elif item.kind == THEMES_KIND:
            branches.append(
                f"SELECT 1, c.key, {null_text}, {null_text}, {null_text}, c.n FROM ({key_counts(name, 'themes')}) c"
            )
        elif item.kind == "regions":
            # Provinces and prefectures everywhere, counties only under the selected branch: without
            # one, the upper keys alone are counted.
            shown = f"length(g.path) < {county}"
            if item.branch:
                shown += " OR g.path LIKE %s"
                params.append(connection.ops.prep_for_like_query(item.branch) + "%")
            keys = key_counts(name, "regions" if item.branch else "upper_regions")
            branches.append(
                f"SELECT 2, {null_id}, g.path, g.adcode, g.name, c.n FROM ({keys}) c"
                f" JOIN {quote(Region._meta.db_table)} g ON g.id = c.key WHERE {shown}"
            )
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
