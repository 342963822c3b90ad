"""Theme terms changed in the rules since 0029, for a database made before them (where an editor has not written
them in already): 科学普及 counts museums' halls and exhibits as supporting words (博物馆*0.5 …), 辟谣 pieces,
safety explainers (防溺水, 避险指南) and the 港澳 机械人大赛; 卫生健康 counts flu and vaccines but not farm animals'
(禽流感*0), a budget's functional classes (卫生健康（类）支出*0) nor the health of soil; 乡村振兴与农业 counts
耕地, 高标准农田, 粮食安全; 成渝地区双城经济圈 no longer counts 巴蜀 alone (the land and its culture, “巴蜀古生物”
展厅), only the circle's named project 巴蜀文化旅游走廊."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "xiangcun-zhenxing": ("耕地*2", "高标准农田*2", "粮食安全*2"),
    "kexue-puji": (
        "博物馆*0.5", "自然博物馆*2", "展厅*0.5", "展品*0.5", "展柜*0.5", "导览*0.5", "标本*0.5", "化石*0.5",
        "机械人竞赛*2", "机械人大赛*2", "辟谣*2", "谣言", "流言", "网传", "防溺水*2", "避险指南*2", "避险知识*2",
        "自救知识*2",
    ),
    "chengyu-shuangcheng": ("巴蜀文化旅游走廊*2",),
    "weisheng-jiankang": (
        "流感*2", "疫苗", "卫生健康(类)*0", "卫生健康支出*0", "卫生健康类*0", "行政事业单位医疗*0", "医疗保障(类)*0",
        "土壤健康*0", "耕地健康*0", "植物健康*0", "生态健康*0", "禽流感*0", "猪流感*0", "禽流感疫苗*0", "动物疫苗*0",
        "兽用疫苗*0",
    ),
}
REMOVED = {"chengyu-shuangcheng": ("巴蜀", "巴蜀小学*0", "巴蜀中学*0", "巴蜀幼儿园*0")}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED, REMOVED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0041_seed_river_basin_commissions")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
