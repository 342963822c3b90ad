"""Fresh planner statistics for the tables a large import grows from (almost) nothing (PostgreSQL).

PostgreSQL plans each foreign-key check once per connection and keeps that plan. A check planned
while ``articles_article`` holds a page or two, with statistics that say the table is empty (taken
when it was: a fresh install's migrations, a vacuum), reads the whole table; each of a page's ~35
checks (its links, bylines, captions and flags point at its articles) then scans every article
written so far, and the import slows with every page: 108 µs a check and half of PostgreSQL's time
over the first 500 pages of the benchmark corpus (docs/BENCHMARKS.md). ANALYZE, once the tables
hold a few dozen pages' rows, tells the planner what they hold and makes it plan the checks again,
with the primary key's index (2–9 µs a check). PostgreSQL's own advice after a bulk load is the
same: ANALYZE.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connections

from articles.models import Article, Organization, OrganizationAlias, SourceDocument

logger = logging.getLogger(__name__)

GROWN_TABLES = (SourceDocument, Article, Organization, OrganizationAlias)  # what new pages add rows to
FIRST_REFRESH = 32  # pages written: enough rows for the index to win the next plan
SMALL_TABLE = 1_000  # articles counted (or none: never counted) below which an import refreshes them


class PlannerStatistics:
    """Counts the pages a batch writes and, while the statistics describe a small article table,
    refreshes them after ``FIRST_REFRESH`` pages and again each time the pages written have grown
    fourfold (32, 128, 512…): a plan made from a small table's statistics is kept until the next
    refresh, so each is made for a table no more than four times smaller than the one it serves.
    Elsewhere (SQLite, a table counted large) it does nothing: autovacuum keeps up."""

    def __init__(self, using: str = "default"):
        self.using = using
        vendor = connections[using].vendor
        self.next_refresh = (
            FIRST_REFRESH if vendor == "postgresql" and counted_articles(using) < SMALL_TABLE else None
        )
        self.written = 0

    def page_written(self) -> None:
        if self.next_refresh is None:
            return
        self.written += 1
        if self.written < self.next_refresh:
            return
        analyze_grown_tables(self.using)
        self.next_refresh = self.written * 4 if counted_articles(self.using) < SMALL_TABLE else None


def counted_articles(using: str = "default") -> float:
    """The article table's row count as the planner's statistics have it (-1: never counted)."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [Article._meta.db_table])
        return cursor.fetchone()[0]


def analyze_grown_tables(using: str = "default") -> bool:
    """ANALYZE the tables an import grows; False (logged) where PostgreSQL refused, e.g. to a user
    who does not own them — the import goes on, only slower."""
    connection = connections[using]
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in GROWN_TABLES)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {tables}")
    except DatabaseError as error:
        logger.warning("could not refresh the planner's statistics of %s: %s", tables, error)
        return False
    return True
