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
