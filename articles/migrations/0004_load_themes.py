"""The starting theme taxonomy of DOMAIN.md, with keyword rules editors can change afterwards."""

from django.db import migrations

from articles.textpipeline.themes import DEFAULT_THEME_RULES


def load_themes(apps, schema_editor):
    Theme = apps.get_model("articles", "Theme")
    for position, rule in enumerate(DEFAULT_THEME_RULES):
        Theme.objects.get_or_create(
            slug=rule.slug,
            defaults={"name": rule.name, "keywords": "\n".join(rule.keywords), "position": position},
        )


def unload_themes(apps, schema_editor):
    Theme = apps.get_model("articles", "Theme")
    Theme.objects.filter(slug__in=[rule.slug for rule in DEFAULT_THEME_RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_load_regions")]

    operations = [migrations.RunPython(load_themes, unload_themes)]
