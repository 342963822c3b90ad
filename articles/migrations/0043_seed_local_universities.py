"""Seed list rows added since 0041 (local universities by their short names: 三峡学院 in a 万州 story is 重庆三峡学院,
长江师院 is 长江师范学院): a database migrated before them gets them too; 0006's loader creates only the rows and
names it lacks. Seed rows placed in a county or city (重庆三峡中心医院 in 万州区) were created with no region before
0006 read such names (it looked only among the provinces): those still without one get it now; a region an editor
set is left as it is."""

import importlib

from django.db import migrations

seed = importlib.import_module("articles.migrations.0006_seed_organizations")


def load(apps, schema_editor):
    seed.load(apps, schema_editor)
    Organization = apps.get_model("articles", "Organization")
    Region = apps.get_model("articles", "Region")
    for key, _kind, region_name, _parent, _names in seed.rows():
        region = seed.seed_region(Region, region_name)
        if region is not None:
            Organization.objects.filter(name=key, region__isnull=True).update(region=region)


class Migration(migrations.Migration):
    dependencies = [("articles", "0042_museum_rumour_budget_and_flu_theme_terms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
