"""Keep an article's row narrow on PostgreSQL: its long values stored beside it, its facet keys in it.

A search for a common word reads the row of every matching article (half the corpus) for its date
and facet keys. PostgreSQL moves long values out of a row only until the row is under ~2 kB, so
an article's compressed body and segmented text stayed in it: 1.3 kB a row, 133 MB for 100,000
articles. With a 128-byte target the long values all go to the TOAST table and the rows take 28 MB:
a cold search's match took 22 instead of 44 ms (docs/BENCHMARKS.md). The facet keys, a few
integers read by every search, are stored plain so that they never leave the row nor need
decompressing. Rows are laid out so when written; ``VACUUM FULL articles_article`` rewrites older ones.
"""

from django.db import migrations

TABLE = "articles_article"
PLAIN_COLUMNS = ["facet_regions", "facet_themes"]


def _alter(schema_editor, *, narrow: bool) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite keeps a row's values together whatever their size
    quote = schema_editor.quote_name
    table = quote(TABLE)
    if narrow:
        schema_editor.execute(f"ALTER TABLE {table} SET (toast_tuple_target = 128)")
    else:
        schema_editor.execute(f"ALTER TABLE {table} RESET (toast_tuple_target)")
    storage = "PLAIN" if narrow else "EXTENDED"
    changes = ", ".join(f"ALTER COLUMN {quote(column)} SET STORAGE {storage}" for column in PLAIN_COLUMNS)
    schema_editor.execute(f"ALTER TABLE {table} {changes}")


def narrow_rows(apps, schema_editor):
    _alter(schema_editor, narrow=True)


def default_rows(apps, schema_editor):
    _alter(schema_editor, narrow=False)


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_facet_keys")]

    operations = [migrations.RunPython(narrow_rows, default_rows, elidable=False)]
