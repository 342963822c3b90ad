"""Terms for school science and nature education (科学教育, 科学课, 科技辅导员, 自然教育, 研学) added to the
科学普及 theme of a database made before them, where an editor has not written them in already."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

SLUG = "kexue-puji"
TERMS = ("科学教育*2", "科学课*2", "科技辅导员*2", "自然教育*2", "研学")


def add_terms(apps, schema_editor):
    change_theme_terms(apps, {SLUG: TERMS})


class Migration(migrations.Migration):
    dependencies = [("articles", "0020_seed_universities_and_short_forms")]

    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
