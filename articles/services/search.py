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
