"""The stored search vector: jieba-segmented title (weight A) and body (weight B)."""

from django.db import connection


def refresh_search_vectors(article_ids) -> None:
    """Recompute ``search_vector`` from the segmented fields (PostgreSQL only; SQLite reads the text)."""
    ids = list(article_ids)
    if not ids or connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET search_vector ="
            " setweight(to_tsvector('simple', coalesce(search_title, '')), 'A') ||"
            " setweight(to_tsvector('simple', coalesce(search_text, '')), 'B')"
            " WHERE id = ANY(%s)",
            [ids],
        )
