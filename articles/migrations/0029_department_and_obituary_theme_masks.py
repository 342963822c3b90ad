"""Theme terms of a database made before them: a 科协's departments (科学普及部, 科普部, 学会学术部, 学会部) name
where a person works, and an obituary's 中国共产党优秀党员 tells a life; each hides the shorter term inside it
without counting (added where an editor has not written it in already)."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "kexue-puji": ("科学普及部*0", "科普部*0"),
    "dangjian-xuexi": ("中国共产党优秀党员*0",),
    "xuehui-zuzhi-jianshe": ("学会学术部*0", "学会部*0"),
}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0028_epidemic_contest_crop_and_cooperation_theme_terms")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
