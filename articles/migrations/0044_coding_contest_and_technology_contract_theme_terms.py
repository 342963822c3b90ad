"""Theme terms changed in the rules since 0042, for a database made before them (where an editor has not written them
in already): 科学普及 counts the pupils' coding and robot contests and classes (创意编程大赛, VEX工程挑战赛,
RoboMaster机甲大师赛, 人工智能教育; bare 编程 and 挑战赛 still name no theme); 产学研合作与服务企业 counts the
technology contracts registered and their turnover (技术合同成交额, 技术交易额)."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "kexue-puji": (
        "编程大赛*2", "编程比赛*2", "创意编程*2", "青少年编程*2", "编程教育*2", "人工智能教育*2", "工程挑战赛*2",
        "机甲大师*2", "robomaster*2",
    ),
    "chanxueyan-fuwu-qiye": ("技术合同*2", "技术交易*2"),
}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0043_seed_local_universities")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
