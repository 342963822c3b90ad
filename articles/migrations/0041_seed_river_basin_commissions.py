"""Seed list rows added since 0022 (水利部's river-basin commissions: 水利部长江水利委员会 = 长江委, …): a database
migrated before them gets them too; 0006's loader creates only the rows and names it lacks."""

import importlib

from django.db import migrations


def load(apps, schema_editor):
    importlib.import_module("articles.migrations.0006_seed_organizations").load(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0040_search_tokens_without_parts_of_names")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
