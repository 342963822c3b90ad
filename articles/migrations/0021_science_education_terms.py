"""Terms for school science and nature education (科学教育, 科学课, 科技辅导员, 自然教育, 研学) added to the
科学普及 theme of a database made before them, where an editor has not written them in already."""

from django.db import migrations

SLUG = "kexue-puji"
TERMS = ("科学教育*2", "科学课*2", "科技辅导员*2", "自然教育*2", "研学")


def add_terms(apps, schema_editor):
    Theme = apps.get_model("articles", "Theme")
    theme = Theme.objects.filter(slug=SLUG).first()
    if theme is None:
        return
    lines = theme.keywords.splitlines()
    present = {line.split("*")[0].strip() for line in lines}
    added = [term for term in TERMS if term.split("*")[0] not in present]
    if added:
        theme.keywords = "\n".join([*lines, *added])
        theme.save(update_fields=["keywords"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0020_seed_universities_and_short_forms")]

    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
