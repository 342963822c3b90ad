"""Compress the long text columns with lz4 instead of pglz, on PostgreSQL servers built with it.

Every imported article writes its body three times over (body, segmented search text,
machine output, plus the history copy) and the page's raw text once; pglz compression of
those was ~15 % of the server's CPU during an import (``perf``, docs/BENCHMARKS.md), lz4
does the same job several times faster and decompresses faster on every read. Only rows
written afterwards are compressed the new way; older rows stay readable as they are.
"""

from django.db import migrations

LONG_COLUMNS = {
    "articles_article": ["body", "machine_output", "search_text", "search_vector"],
    "articles_historicalarticle": ["body"],
    "articles_sourcedocument": ["raw_text", "boilerplate", "remainders", "flags"],
}


def _lz4_available(cursor) -> bool:
    cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
    row = cursor.fetchone()
    return bool(row and row[0])


def _set_compression(schema_editor, method: str) -> None:
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if not _lz4_available(cursor):
            return
    quote = schema_editor.quote_name
    for table, columns in LONG_COLUMNS.items():
        changes = ", ".join(f"ALTER COLUMN {quote(column)} SET COMPRESSION {method}" for column in columns)
        schema_editor.execute(f"ALTER TABLE {quote(table)} {changes}")


def use_lz4(apps, schema_editor):
    _set_compression(schema_editor, "lz4")


def use_default(apps, schema_editor):
    _set_compression(schema_editor, "DEFAULT")


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_facet_counts")]

    operations = [migrations.RunPython(use_lz4, use_default, elidable=False)]
