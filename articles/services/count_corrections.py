"""An editor's change corrects the stored public counts in its own transaction.

A full ``facet_counts.refresh()`` costs ~0.8 s at 100,000 articles, and every publish, withdrawal,
theme or region change, merge, split or delete paid it. Such a change touches a few articles,
so ``following`` counts what they contribute before and after it and adds the difference to
their ``FacetCount`` rows, recomputes their facet keys (``facet_keys.py``, which a search counts),
then stores the new data version — all in the change's transaction,
so readers see the new counts exactly when they see the change. If the stored counts were not
current to begin with (an import running, a write by raw SQL) it recounts everything on commit
instead (``facet_counts.refresh_on_commit``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, ArticleRegion, FacetCount, FacetCountVersion
from articles.services import count_cache, facet_keys
from articles.services.facet_counts import counts_sql, refresh_on_commit

_ACTIVE = "kexie_counts_follower"  # the connection's follower while a ``following`` block runs
# More changed articles than this and a full recount costs about as much as correcting them
# (and their ids, three times over in ``counts_sql``, stay far below the databases' limits).
MAX_TRACKED = 500


@contextmanager
def following(article_ids: Iterable[int] = (), *, using: str = "default") -> Iterator[Follower]:
    """Keep the stored counts current across a change to these articles, in one transaction.

    Call it before the change: it snapshots what the articles count for now and, when the
    block ends without an error, applies the difference to their rows and stores the new data
    version, in the same transaction as the change. Articles the block changes are added
    with ``track`` (before changing them), those it creates with ``track(ids, created=True)``. Inside
    another ``following`` block it joins that one. When the stored counts were not current
    to begin with (an import running, raw SQL), it falls back to ``refresh_on_commit``.
    """
    connection = connections[using]
    active = getattr(connection, _ACTIVE, None)
    if active is not None:
        active.track(article_ids)
        yield active
        return
    with transaction.atomic(using=using):
        follower = Follower(using)
        follower.track(article_ids)
        setattr(connection, _ACTIVE, follower)
        try:
            yield follower
        finally:
            setattr(connection, _ACTIVE, None)
        follower.finish()


def keeps_counts(func):
    """Run ``func`` in one transaction inside ``following()``; it ``track``s the articles it changes."""

    @functools.wraps(func)
    def inner(*args, **kwargs):
        with following():
            return func(*args, **kwargs)

    return inner


def track(article_ids: Iterable[int], *, created: bool = False, using: str = "default") -> None:
    """Articles about to change (or, ``created``, just created) inside the running ``following``
    block; without one, the whole table is recounted on commit."""
    active = getattr(connections[using], _ACTIVE, None)
    if active is None:
        refresh_on_commit(using=using)
    else:
        active.track(article_ids, created=created)


def track_all(*, using: str = "default") -> None:
    """A change to articles nobody listed (re-tagging every article): recount all on commit."""
    active = getattr(connections[using], _ACTIVE, None)
    if active is not None:
        active.current = False  # its own correction would store a version it does not cover
    refresh_on_commit(using=using)


class Follower:
    """The before-and-after counts of the articles one transaction changes (see ``following``).

    On PostgreSQL the article and link tables are locked against other writers (readers go on)
    until the commit, so the data version stored at the end is this transaction's alone; on
    SQLite every transaction already holds the write lock from its start (``transaction_mode``).
    """

    def __init__(self, using: str):
        self.using = using
        self.tracked: set[int] = set()
        self.before: Counter = Counter()
        connection = connections[using]
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            tables = [Article, ArticleRegion, Article.themes.through]
            with connection.cursor() as cursor:
                cursor.execute(
                    f"LOCK TABLE {', '.join(quote(model._meta.db_table) for model in tables)}"
                    " IN SHARE ROW EXCLUSIVE MODE"
                )
        data, stored = count_cache.versions(using)
        self.current = stored == data
        if not self.current:
            refresh_on_commit(using=using)

    def track(self, article_ids: Iterable[int], *, created: bool = False) -> None:
        """Snapshot what these articles count for now (nothing, if just ``created``)."""
        new = {pk for pk in article_ids if pk is not None} - self.tracked
        self.tracked |= new
        if self.current and len(self.tracked) > MAX_TRACKED:
            self.current = False
            refresh_on_commit(using=self.using)
        if self.current and new and not created:
            self.before += self._counts(new)

    def finish(self) -> None:
        if len(self.tracked) <= MAX_TRACKED:  # more: the refresh on commit repairs every article's keys
            facet_keys.update(self.tracked, using=self.using)
        if not self.current:
            return
        after = self._counts(self.tracked) if self.tracked else Counter()
        delta = {key: after[key] - self.before[key] for key in after.keys() | self.before.keys()}
        if not _add(self.using, {key: d for key, d in delta.items() if d}):
            refresh_on_commit(using=self.using)
            return
        FacetCountVersion.objects.using(self.using).filter(pk=1).update(
            version=count_cache.data_version(self.using), refreshed_at=timezone.now()
        )

    def _counts(self, article_ids: set[int]) -> Counter:
        connection = connections[self.using]
        published = Article.objects.using(self.using).published().filter(pk__in=sorted(article_ids))
        sql, params = counts_sql(connection, published)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return Counter({(region, theme): n for region, theme, n in cursor.fetchall() if n})


def _add(using: str, delta: dict[tuple, int]) -> bool:
    """Add ``delta`` ((region id, theme id) → change) to the rows; False (nothing written) if a
    count would go below zero, i.e. the rows did not hold what the articles counted for."""
    if not delta:
        return True
    regions = {region for region, _theme in delta if region is not None}
    themes = {theme for _region, theme in delta if theme is not None}
    candidates = FacetCount.objects.using(using).filter(
        Q(region__isnull=True) | Q(region_id__in=regions), Q(theme__isnull=True) | Q(theme_id__in=themes)
    )
    rows = {(row.region_id, row.theme_id): row for row in candidates if (row.region_id, row.theme_id) in delta}
    changed, created, emptied = [], [], []
    for (region, theme), change in delta.items():
        row = rows.get((region, theme))
        n = (row.articles if row else 0) + change
        if n < 0:
            return False
        if row is None:
            created.append(FacetCount(region_id=region, theme_id=theme, articles=n))
        elif n == 0:
            emptied.append(row.pk)
        else:
            row.articles = n
            changed.append(row)
    FacetCount.objects.using(using).bulk_update(changed, ["articles"])
    FacetCount.objects.using(using).bulk_create(created)
    FacetCount.objects.using(using).filter(pk__in=emptied).delete()
    return True
