"""The stored search vector: jieba-segmented title (weight A) and body (weight B)."""

from django.db import connection

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


# Planner settings for one statement, set and reset around it in the same round trip.
_GIN_ONLY = "SET LOCAL enable_seqscan = off; {sql}; RESET enable_seqscan"


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
    cursor.cursor.nextset()  # past SET, to the statement's rows
