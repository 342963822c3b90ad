"""Store the facet keys as compact JSON text on PostgreSQL too, as SQLite always has (``IdListField``).

A cold search groups its matches by their list of keys before counting them; PostgreSQL hashes and
compares a text value in one pass over its bytes, an ``integer[]`` one element at a time (~25 ms
less for a word in half of 100,000 articles, docs/BENCHMARKS.md). The values are converted in place
(``[2,10,30]`` from ``{2,10,30}``) and stay stored plain, in the row (0013). The conversion
rewrites the table once: ~20 s for 100,000 articles. SQLite's columns are already such text.
"""

from django.db import migrations

import articles.models.fields

TABLE = "articles_article"
COLUMNS = ["facet_regions", "facet_upper_regions", "facet_themes"]


def _alter(schema_editor, type_and_using: str) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    # A new type brings its default storage, and the rewrite would then move the keys out of rows
    # longer than the table's 128-byte target (0013): every search would fetch them back one by
    # one (a facet's count took ~1 s instead of ~15 ms). One statement: the rewrite at its end
    # already stores them plain.
    changes = ", ".join(
        f"ALTER COLUMN {quote(column)} TYPE {type_and_using.format(column=quote(column))},"
        f" ALTER COLUMN {quote(column)} SET STORAGE PLAIN"
        for column in COLUMNS
    )
    schema_editor.execute(f"ALTER TABLE {quote(TABLE)} {changes}")
    # The rewrite drops the columns' statistics, which the search's plans need. An empty table (a
    # fresh install) has none to lose, and statistics taken from it would tell a first import's
    # foreign-key checks that the table stays empty (services/planner_stats.py).
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {quote(TABLE)})")
        if cursor.fetchone()[0]:
            cursor.execute(f"ANALYZE {quote(TABLE)}")


def to_text(apps, schema_editor):
    _alter(schema_editor, "text USING '[' || array_to_string({column}, ',') || ']'")


def to_arrays(apps, schema_editor):
    _alter(schema_editor, "integer[] USING translate({column}, '[]', '{{}}')::integer[]")


def _field(verbose_name: str, help_text: str):
    return articles.models.fields.IdListField(
        default=list, editable=False, help_text=help_text, verbose_name=verbose_name
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0014_facet_upper_regions")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(to_text, to_arrays, elidable=False)],
            state_operations=[
                migrations.AlterField(
                    model_name="article",
                    name="facet_regions",
                    field=_field("分面地区", "所涉地区及其省、市、区县级上级的编号，由地区关联自动生成。"),
                ),
                migrations.AlterField(
                    model_name="article",
                    name="facet_themes",
                    field=_field("分面主题", "主题编号，由主题关联自动生成。"),
                ),
                migrations.AlterField(
                    model_name="article",
                    name="facet_upper_regions",
                    field=_field("分面省市", "分面地区中省级和市级的编号，由地区关联自动生成。"),
                ),
            ],
        ),
    ]
