"""Terms of weight 0 that hide a shorter term inside them without counting, added to the themes of a
database made before them (where an editor has not written them in already): a 科协 head's office
(党组书记) is no party work, a greeting (身体健康) no health story; the care of retired cadres (老干部) is."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

TERMS = {
    "dangjian-xuexi": (
        "老干部", "党组书记*0", "党组副书记*0", "党组成员*0", "党委书记*0", "党委副书记*0", "党委委员*0"
    ),
    "weisheng-jiankang": ("身体健康*0",),
}


def add_terms(apps, schema_editor):
    change_theme_terms(apps, TERMS)


class Migration(migrations.Migration):
    dependencies = [("articles", "0022_seed_national_bodies")]

    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
