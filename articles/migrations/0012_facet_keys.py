"""Each article's facet keys (``services/facet_keys.py``), filled from its links."""

from collections import defaultdict

from django.db import migrations

import articles.models.fields

# Province, prefecture and county path lengths (services/facets.py LEVEL_LENGTHS), as of this migration.
LEVEL_LENGTHS = (8, 15, 22)


def fill_keys(apps, schema_editor):
    """The keys of the articles that exist, computed as ``facet_keys.update`` does (kept here, as
    it was when written, so that later changes to the service cannot change this migration)."""
    using = schema_editor.connection.alias
    Article = apps.get_model("articles", "Article")
    paths = dict(apps.get_model("articles", "Region").objects.using(using).values_list("id", "path"))
    by_path = {path: pk for pk, path in paths.items()}
    ancestors = {
        pk: [by_path[path[:n]] for n in LEVEL_LENGTHS if len(path) >= n and path[:n] in by_path]
        for pk, path in paths.items()
    }
    regions, themes = defaultdict(set), defaultdict(set)
    links = apps.get_model("articles", "ArticleRegion").objects.using(using).values_list("article_id", "region_id")
    for article_id, region_id in links.iterator(chunk_size=5000):
        regions[article_id].update(ancestors.get(region_id, ()))
    for article_id, theme_id in Article.themes.through.objects.using(using).values_list("article_id", "theme_id"):
        themes[article_id].add(theme_id)
    linked = sorted(regions.keys() | themes.keys())
    for start in range(0, len(linked), 500):  # a batch at a time: memory stays flat at any size
        changed = [
            Article(pk=pk, facet_regions=sorted(regions[pk]), facet_themes=sorted(themes[pk]))
            for pk in linked[start : start + 500]
        ]
        Article.objects.using(using).bulk_update(changed, ["facet_regions", "facet_themes"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_lz4_compression"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="facet_regions",
            field=articles.models.fields.IntegerListField(
                default=list, editable=False,
                help_text="所涉地区及其省、市、区县级上级的编号，由地区关联自动生成。", verbose_name="分面地区",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="facet_themes",
            field=articles.models.fields.IntegerListField(
                default=list, editable=False, help_text="主题编号，由主题关联自动生成。", verbose_name="分面主题"
            ),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop, elidable=True),
    ]
