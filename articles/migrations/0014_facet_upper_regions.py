"""Each article's province- and prefecture-level facet keys, apart from the full list.

A search's region tree shows provinces and prefectures until a branch is opened. Counting them
from ``facet_regions`` unnested every county key too (~5 keys an article, thousands of distinct
lists); the upper keys alone have few distinct lists (services/facet_keys.py). Filled here from
``facet_regions``, which already holds every level's ids; stored plain on PostgreSQL, as the
other keys are (0013).
"""

import json

from django.db import migrations

import articles.models.fields

COUNTY_PATH_LENGTH = 22  # services.facets.LEVEL_LENGTHS[-1]: shorter paths are provinces and prefectures


def store_plain(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE articles_article ALTER COLUMN facet_upper_regions SET STORAGE PLAIN")


def fill_upper_keys(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(
            "UPDATE articles_article a SET facet_upper_regions = ARRAY(SELECT k FROM unnest(a.facet_regions) k"
            " JOIN articles_region r ON r.id = k WHERE length(r.path) < %s ORDER BY k)"
            " WHERE cardinality(a.facet_regions) > 0",
            [COUNTY_PATH_LENGTH],
        )
        return
    Region, Article = apps.get_model("articles", "Region"), apps.get_model("articles", "Article")
    upper = {pk for pk, path in Region.objects.values_list("id", "path") if len(path) < COUNTY_PATH_LENGTH}
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE articles_article SET facet_upper_regions = %s WHERE id = %s",
            [
                (json.dumps([key for key in keys if key in upper], separators=(",", ":")), pk)
                for pk, keys in Article.objects.values_list("id", "facet_regions").iterator()
                if keys
            ],
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0013_narrow_article_rows")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="facet_upper_regions",
            field=articles.models.fields.IntegerListField(
                default=list,
                editable=False,
                help_text="分面地区中省级和市级的编号，由地区关联自动生成。",
                verbose_name="分面省市",
            ),
        ),
        migrations.RunPython(store_plain, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(fill_upper_keys, migrations.RunPython.noop, elidable=False),
    ]
