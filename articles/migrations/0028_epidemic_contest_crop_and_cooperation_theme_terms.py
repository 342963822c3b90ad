"""Theme terms of a database made before them: 非典 and the other epidemics of the 2000s pages are 疫情防控; the
youth contests, camps and school festivals of science 科学普及; a village's crops 乡村振兴与农业; a
lab or centre built with a place or a company, its contracts and patents 产学研合作与服务企业 (each added where
an editor has not written it in already). 非典型 (any "atypical"), 重庆's schools named 巴蜀 and 学会 the verb
(茶农学会“看天管茶”, 学会了) hide the shorter term inside them without counting."""

from django.db import migrations

from articles.migrations._theme_terms import change_theme_terms

ADDED = {
    "yiqing-fangkong": ("非典*2", "非典型肺炎*2", "非典型*0", "SARS*2", "甲流*2", "甲型H1N1*2"),
    "xiangcun-zhenxing": ("茶叶", "茶园", "茶农", "花椒", "蔬菜", "中药材"),
    "kexue-puji": (
        "青少年科技*2", "科技教育*2", "机器人竞赛*2", "机器人大赛*2", "航模*2", "航空航天模型*2", "科技节*2", "科学营*2",
        "英才计划*2", "信息学奥林匹克*2",
    ),
    "chengyu-shuangcheng": ("巴蜀小学*0", "巴蜀中学*0", "巴蜀幼儿园*0"),
    "chanxueyan-fuwu-qiye": (
        "联合实验室*2", "联合研究中心*2", "横向合同*2", "技术转移*2", "专利转化*2", "转化专利*2", "联合培养",
    ),
    "xuehui-zuzhi-jianshe": ("学会“*0", "学会了*0", "学会如何*0"),
}


def change_terms(apps, schema_editor):
    change_theme_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("articles", "0027_former_names_across_provinces")]

    operations = [migrations.RunPython(change_terms, migrations.RunPython.noop)]
