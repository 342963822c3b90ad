"""How the long text columns are stored on PostgreSQL (migration 0011)."""

import importlib

import pytest
from django.db import connection

from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.postgres_only]

lz4_migration = importlib.import_module("articles.migrations.0011_lz4_compression")


def column_compression() -> dict[tuple[str, str], str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, a.attname, a.attcompression FROM pg_attribute a"
            " JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = ANY(%s) AND a.attnum > 0",
            [list(lz4_migration.LONG_COLUMNS)],
        )
        return {(table, column): method for table, column, method in cursor.fetchall()}


def test_the_long_columns_are_compressed_with_lz4_where_the_server_has_it():
    with connection.cursor() as cursor:
        if not lz4_migration._lz4_available(cursor):
            pytest.skip("this PostgreSQL is built without lz4")
    stored = column_compression()
    expected = {(table, column) for table, columns in lz4_migration.LONG_COLUMNS.items() for column in columns}
    assert {key: stored[key] for key in expected} == dict.fromkeys(expected, "l")
    assert stored[("articles_article", "title")] == "", "short columns keep the server's default"


def test_a_long_body_is_stored_compressed_and_reads_back_the_same():
    body = "重庆市科协组织专家深入基层开展科普活动，" * 400  # ~8,000 characters: past the TOAST threshold
    article = make_article("科普", body=body)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(body), pg_column_size(body) < octet_length(body)"
            " FROM articles_article WHERE id = %s",
            [article.pk],
        )
        method, smaller = cursor.fetchone()
        if lz4_migration._lz4_available(cursor):
            assert method == "lz4"
    assert smaller
    article.refresh_from_db()
    assert article.body == body


narrow_migration = importlib.import_module("articles.migrations.0013_narrow_article_rows")


def test_article_rows_move_their_long_values_out_and_keep_their_facet_keys_plain():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'articles_article'")
        assert "toast_tuple_target=128" in (cursor.fetchone()[0] or [])
        cursor.execute(
            "SELECT a.attname, a.attstorage FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            " WHERE c.relname = 'articles_article' AND a.attname = ANY(%s)",
            [[*narrow_migration.PLAIN_COLUMNS, "facet_upper_regions"]],
        )
        assert dict(cursor.fetchall()) == dict.fromkeys([*narrow_migration.PLAIN_COLUMNS, "facet_upper_regions"], "p")


def test_an_articles_row_stays_narrow_with_a_real_body():
    """A seed article's first 600 characters as body and segmented text: one of them, compressed,
    stayed in the row (64 kB of heap for 40 articles); now the heap holds a few hundred bytes an
    article, and that is what a search for a common word reads."""
    from pathlib import Path

    seed = (Path(__file__).resolve().parents[2] / "seeds").glob("004_*.txt")
    body = next(seed).read_text(encoding="utf-8")[:600]

    def heap_bytes() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_relation_size('articles_article')")
            return cursor.fetchone()[0]

    before = heap_bytes()
    for number in range(40):
        make_article(f"科普{number}", body=f"{number}{body}", search_text=f"{number} {body}")
    assert heap_bytes() - before <= 4 * 8192  # 64 kB (8 pages) when a long value stays in the row
