"""The stored search vector: jieba-segmented title (weight A) and body (weight B)."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DatabaseError, connection, connections

logger = logging.getLogger(__name__)

# The same expression in the UPDATE below and in an INSERT's VALUES (with the text as parameters).
_VECTOR_SQL = (
    "setweight(to_tsvector('simple', coalesce({title}, '')), 'A') ||"
    " setweight(to_tsvector('simple', coalesce({text}, '')), 'B')"
)


def refresh_search_vectors(article_ids) -> None:
    """Recompute ``search_vector`` from the segmented fields (PostgreSQL only; SQLite reads the text)."""
    ids = list(article_ids)
    if not ids or connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET search_vector = "
            + _VECTOR_SQL.format(title="search_title", text="search_text")
            + " WHERE id = ANY(%s)",
            [ids],
        )


def search_vector_insert_sql() -> str | None:
    """For a new article's ``search_vector``: the SQL that computes it in the INSERT itself on
    PostgreSQL, with the segmented title and text as its two parameters (``None`` elsewhere).

    Saves the ``UPDATE`` that ``refresh_search_vectors`` would run after the insert; the
    vector is the one it would compute.
    """
    if connection.vendor != "postgresql":
        return None
    return _VECTOR_SQL.format(title="%s::text", text="%s::text")


# Planner settings for one statement, set and reset around it in the same round trip. The
# working memory keeps a common word's materialized match (~50,000 rows with their facet keys,
# ~5 MB) in memory instead of spilling it to a temporary file that each count then reads back.
_GIN_ONLY = (
    "SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'; {sql}; RESET enable_seqscan; RESET work_mem"
)


def execute_matching(cursor, sql: str, params) -> None:
    """Execute a statement that matches the stored vectors; on PostgreSQL, through the GIN index.

    For a word in half the articles the planner's costs for reading every row and for the
    index's bitmap differ by ~2 % (100,000 articles), and which wins follows the table's size
    on disk — but reading every row also decompresses every stored vector, which its costs do
    not count: 0.5–0.8 s against ~0.05 s. So the statement runs with sequential scans off (the
    link tables it joins are then read through their covering indexes, as fast), set for it
    alone: ``SET LOCAL`` and ``RESET`` go in the same call (one implicit transaction outside a
    transaction block), and the cursor is left on the statement's own rows.
    """
    if cursor.db.vendor != "postgresql":
        cursor.execute(sql, params)
        return
    cursor.execute(_GIN_ONLY.format(sql=sql), params)
    cursor.cursor.nextset()  # past the two SETs, to the statement's rows
    cursor.cursor.nextset()


# The GIN index takes new entries into a pending list and merges them when the list is full (or
# on a vacuum, which a table that is mostly updated rarely gets). The planner counts the pending
# pages into the index's cost: with PostgreSQL's 4 MB list, a few hundred editors' saves (each
# adds the article's whole vector again) made it read every published article and test its
# vector instead — a cold search for a common word took 0.8–1.5 s instead of ~0.14 s at 100,000
# articles. So the site's connections keep the list small (settings.py: 256 kB, merged every few
# dozen saves), while an import, which writes thousands of vectors, batches them in a list this
# large (256 kB there cost it 13 %) and merges what is left when it ends.
IMPORT_PENDING_LIST = "4MB"
SEARCH_INDEX = "article_search_vector_gin"


@contextmanager
def batched_index_writes(using: str = "default") -> Iterator[None]:
    """For bulk writes on PostgreSQL (an import, a repair of every article's facet keys): a large
    pending list while they write, merged at the end."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('gin_pending_list_limit'), set_config('gin_pending_list_limit', %s, false)",
            [IMPORT_PENDING_LIST],
        )
        previous = cursor.fetchone()[0]
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('gin_pending_list_limit', %s, false)", [previous])
        merge_pending_entries(using)


def merge_pending_entries(using: str = "default") -> int | None:
    """Merge the search index's pending list into the index (PostgreSQL); the pages it emptied,
    or None where there is none or it could not be merged (logged: the next vacuum will)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [SEARCH_INDEX])
            return cursor.fetchone()[0]
    except DatabaseError as error:  # not the index's owner, or inside a failed transaction
        logger.warning("could not merge the search index's pending list: %s", error)
        return None
