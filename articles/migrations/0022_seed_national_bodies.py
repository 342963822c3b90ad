"""Seed list rows added since 0020 (the State Council's ministries and national bureaus, 农业农村部, 国家统计局): a
database migrated before them gets them too; 0006's loader creates only the rows and names it lacks."""

import importlib

from django.db import migrations


def load(apps, schema_editor):
    importlib.import_module("articles.migrations.0006_seed_organizations").load(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0021_science_education_terms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
