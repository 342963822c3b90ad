"""Which article ids a list page shows, in order, and how many there are: the paginator's side
of /articles/ and the region, theme and organization pages.

Without a search the order is newest first (``article_status_newest`` serves it, 20 index
entries a page). A search orders by relevance, which needs ``ts_rank`` over each match's
vector: at 100,000 articles a common word has tens of thousands of matches, so only the
``RANK_LIMIT`` newest are ranked (``ranked_ids``) and older matches follow newest first. The
ranked ids and the COUNT are cached per data version (``count_cache.CountCache``); on a cold
search both come from ``search_counts.prime``'s one statement (``ranked_positions`` is the same
ranking with each id's position).
"""

from __future__ import annotations

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import F, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import RowNumber

from articles.models import Article
from articles.services import count_cache, facet_counts

# A search ranks at most this many of its newest matches (a multiple of the page size).
RANK_LIMIT = 2000
RANKED_KIND = count_cache.RANKED_KIND


def _rank_order():
    """Relevance (title above body), then newest first: a total order (ids are unique)."""
    return [F("search_rank").desc(), F("date").desc(nulls_last=True), F("id").desc()]


def _ranked(articles, tokens, groups=()):
    newest = articles.newest_first().values("pk")[:RANK_LIMIT]
    return Article.objects.filter(pk__in=newest).with_search_rank(tokens, groups)


def ranked_ids(articles, tokens, groups=()) -> list[int]:
    """The ``RANK_LIMIT`` newest of ``articles``, by relevance (``groups``: see ``with_search_rank``)."""
    return list(_ranked(articles, tokens, groups).order_by(*_rank_order()).values_list("pk", flat=True))


def ranked_positions(cte: str, tokens, groups=()):
    """``ranked_ids`` as (id, position) rows, for a statement that cannot keep an ORDER BY: the
    set is a CTE of ``search_counts.prime``'s statement with (id, date) columns, its newest taken in
    ``newest_first()`` order.

    The newest are handed over in id order (``DISTINCT … ORDER BY id``; a plain ``IN`` hashes
    them into a random order): PostgreSQL then fetches their rows and stored vectors, written in
    id order, from neighbouring pages — the vectors' reads for ``ts_rank`` are most of the ranking
    (docs/BENCHMARKS.md).
    """
    newest = RawSQL(
        f"SELECT DISTINCT id FROM (SELECT id FROM {cte} ORDER BY date DESC NULLS LAST, id DESC LIMIT %s) n"
        " ORDER BY id",
        (RANK_LIMIT,),
    )
    return (
        Article.objects.filter(pk__in=newest)
        .with_search_rank(tokens, groups)
        .annotate(rank_position=Window(RowNumber(), order_by=_rank_order()))
        .order_by()
        .values_list("pk", "rank_position")
    )


class CountedPaginator(Paginator):
    """Counts the filtered queryset without its ordering and rank: one plain COUNT."""

    def __init__(self, object_list, per_page, *, count_queryset, counts_cache=None, count_key=None, count_shape=None):
        super().__init__(object_list, per_page)
        self.count_queryset = count_queryset.order_by()
        self.counts_cache = counts_cache
        self.count_key = count_key
        self.count_shape = count_shape  # the filter as a ``facet_counts.Shape``: read the stored count

    @cached_property
    def count(self):
        if self.counts_cache is None:
            return self.count_queryset.count()
        if self.count_key is not None:
            return self.counts_cache.get_keyed(count_cache.COUNT_KIND, self.count_key, self.compute_count)
        return self.counts_cache.get(count_cache.COUNT_KIND, self.count_queryset, self.compute_count)

    def compute_count(self) -> int:
        shape = self.count_shape
        return count_cache.stored_or(
            self.counts_cache,
            shape,
            lambda version: facet_counts.total(shape, version, using=self.counts_cache.using),
            self.count_queryset.count,
        )


class ResultIds:
    """The list's article ids in display order, sliced by the paginator (only ids: the cards
    come from the fragment cache, and the page's rows are fetched only for cards it misses).

    Without a search: newest first. With a search: the ``RANK_LIMIT`` newest matches ranked
    (title above body, then date), their order cached per data version under ``key``; matches
    older than those follow in newest-first order. A query with at most ``RANK_LIMIT`` matches
    (every realistic narrow query, and every seed query) is ranked in full.
    """

    def __init__(self, articles, tokens, counts, key, groups=()):
        self.articles = articles
        self.tokens = tokens
        self.groups = groups
        self.counts = counts
        self.key = key

    def newest(self, start: int, stop: int) -> list[int]:
        return list(self.articles.newest_first().values_list("pk", flat=True)[start:stop])

    def ranked(self) -> list[int]:
        return self.counts.get_keyed(RANKED_KIND, self.key, lambda: ranked_ids(self.articles, self.tokens, self.groups))

    def __getitem__(self, bounds: slice) -> list[int]:
        start, stop = bounds.start or 0, bounds.stop
        if not self.tokens:
            return self.newest(start, stop)
        if start >= RANK_LIMIT:  # past the ranked set: plain newest-first, the same positions
            return self.newest(start, stop)
        ranked = self.ranked()
        if stop <= len(ranked) or len(ranked) < RANK_LIMIT:
            return ranked[start:stop]
        return ranked[start:] + self.newest(len(ranked), stop)
