"""The count cache: counts keyed by the SQL they count and the data version, a fingerprint of the public data.

``data_version()`` changes whenever an article is created, saved (publishing and withdrawing
save it), deleted, or gets new region or theme links; ``CountCache`` keeps each count under it.
Kept apart from the facets (``facets.py``) and the search's one-statement priming
(``search_counts.py``), which both store their values here.
"""

from __future__ import annotations

import functools
import hashlib
import os

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections

from articles.models import Article, ArticleRegion, FacetCountVersion

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


def cached(counts: CountCache | None, kind: str, queryset, compute):
    return counts.get(kind, queryset, compute) if counts is not None else compute()


def stored_or(counts: CountCache | None, shape, read, compute):
    """``read(version)`` from the stored counts when the filter is covered (``shape``) and they
    are current, else ``compute()`` (the live query)."""
    if counts is not None and shape is not None and counts.stored_counts_current:
        value = read(counts.version)  # None if a refresh committed since the version query
        if value is not None:
            return value
    return compute()
