"""Seed list rows added since 0006 (universities whose name carries no place, 西大, 川大, 重医, 攀钢): a database
migrated before them gets them too; 0006's loader creates only the rows and names it lacks."""

import importlib

from django.db import migrations


def load(apps, schema_editor):
    importlib.import_module("articles.migrations.0006_seed_organizations").load(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0019_source_text_index")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
