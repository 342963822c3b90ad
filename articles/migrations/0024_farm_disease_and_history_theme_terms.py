"""Theme terms of a database made before them: a farm's crops, pests and livestock are 乡村振兴与农业, a
disease's and a treatment's words 卫生健康, the history of science 科学普及 (each added where an editor has
not written it in already); bare 防控 and 消毒 (a crop's pests, a pig farm) and 开工 (any project's start)
are no evidence of 疫情防控 or 复工复产 (each taken out where the rule still has it as first written)."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "xiangcun-zhenxing": (
        "病虫害*2", "虫害*2", "病害", "农药*2", "品种", "果农*2", "果园", "作物", "水稻*2", "玉米*2", "小麦*2", "柑橘*2",
        "生猪*2", "畜牧", "兽医*2", "猪瘟*2", "农艺师*2", "栽培*2", "育苗*2", "苗木",
    ),
    "kexue-puji": ("科技史*2", "科学史*2"),
    "weisheng-jiankang": (
        "传染", "病毒", "细菌", "治疗", "药物", "用药*2", "抗生素*2", "血压*2", "血糖*2", "血脂*2",
    ),
}
REMOVED = {"yiqing-fangkong": ("防控", "消毒"), "fugong-fuchan": ("开工",)}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED, REMOVED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0023_offices_and_greetings_are_no_theme_evidence")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
