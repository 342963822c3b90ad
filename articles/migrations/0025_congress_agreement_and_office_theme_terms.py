"""Theme terms of a database made before them: a 科协's congress and plenary meetings are 学会与组织建设,
a university's work with a place or a company (校地合作, 校企合作) 产学研合作与服务企业 (each added where an editor has not
written it in already); a leader's office (县人大常委会主任), a network cut off (物理隔离), a country in
a body (会员国) and a refitted 卫生间 hide the shorter term inside them without counting; 科技小院, one item of
a 科协's list of work, weighs as a plain term (taken out where the rule still has it as first written)."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "yiqing-fangkong": ("物理隔离*0", "种族隔离*0", "隔离带*0"),
    "xiangcun-zhenxing": ("科技小院",),
    "chanxueyan-fuwu-qiye": ("校地合作*2", "校企合作*2"),
    "xuehui-zuzhi-jianshe": (
        "代表大会*2", "全委会*2", "全委会议*2", "全委扩大会议*2", "全体委员会议*2", "科协工作会议*2", "选举产生",
        "人民代表大会*0", "会员国*0",
    ),
    "renda-daibiao-lvzhi": ("人大常委会主任*0", "人大常委会副主任*0", "人大常委会党组书记*0"),
    "weisheng-jiankang": ("卫生间*0",),
}
REMOVED = {"xiangcun-zhenxing": ("科技小院*2",)}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED, REMOVED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0024_farm_disease_and_history_theme_terms")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
