"""Migrations 0021, 0023, 0024, 0025, 0028, 0029, 0042 and 0044: terms added to (and taken from) the themes of an older database."""

import importlib

import pytest
from django.apps import apps

from articles.models import Theme

migration = importlib.import_module("articles.migrations.0021_science_education_terms")


@pytest.mark.django_db
def test_the_terms_join_an_older_rule_once_and_an_editors_own_words_stay():
    theme = Theme.objects.get(slug="kexue-puji")
    assert {"科学教育*2", "研学"} <= set(theme.keywords.splitlines())  # a new database has them from the start
    theme.keywords = "科普*2\n研学*3"  # a rule an editor wrote before the terms existed
    theme.save()
    migration.add_terms(apps, None)
    migration.add_terms(apps, None)
    theme.refresh_from_db()
    assert theme.keywords.splitlines() == ["科普*2", "研学*3", "科学教育*2", "科学课*2", "科技辅导员*2", "自然教育*2"]


offices = importlib.import_module("articles.migrations.0023_offices_and_greetings_are_no_theme_evidence")


@pytest.mark.django_db
def test_the_offices_and_the_greeting_join_an_older_rule_once():
    """Migration 0023: 党组书记*0 and the other offices, and 身体健康*0, hide the term inside them."""
    party = Theme.objects.get(slug="dangjian-xuexi")
    assert "党组书记*0" in party.keywords.splitlines()  # a new database has them from the start
    party.keywords = "党建*2\n党组\n党组书记*1"  # an editor's own weight stays
    party.save()
    offices.add_terms(apps, None)
    offices.add_terms(apps, None)
    party.refresh_from_db()
    assert party.keywords.splitlines() == [
        "党建*2", "党组", "党组书记*1", "老干部", "党组副书记*0", "党组成员*0", "党委书记*0", "党委副书记*0", "党委委员*0"
    ]
    assert "身体健康*0" in Theme.objects.get(slug="weisheng-jiankang").keywords.splitlines()


farming = importlib.import_module("articles.migrations.0024_farm_disease_and_history_theme_terms")


@pytest.mark.django_db
def test_farm_and_disease_terms_join_an_older_rule_once_and_shared_words_leave_it():
    """Migration 0024: crop and livestock words join 乡村振兴与农业; bare 防控 and 消毒 leave 疫情防控 (an
    editor's own weighted 消毒*2 stays)."""
    epidemic = Theme.objects.get(slug="yiqing-fangkong")
    assert "防控" not in epidemic.keywords.splitlines()  # a new database never had it
    epidemic.keywords = "疫情防控*3\n防控\n消毒*2\n口罩"
    epidemic.save()
    farm = Theme.objects.get(slug="xiangcun-zhenxing")
    farm.keywords = "乡村振兴*3\n柑橘*3"
    farm.save()
    farming.change_terms(apps, None)
    farming.change_terms(apps, None)
    epidemic.refresh_from_db()
    farm.refresh_from_db()
    assert epidemic.keywords.splitlines() == ["疫情防控*3", "消毒*2", "口罩"]
    assert farm.keywords.splitlines()[:3] == ["乡村振兴*3", "柑橘*3", "病虫害*2"]
    assert farm.keywords.splitlines().count("柑橘*2") == 0 and "生猪*2" in farm.keywords.splitlines()


meetings = importlib.import_module("articles.migrations.0025_congress_agreement_and_office_theme_terms")


@pytest.mark.django_db
def test_congress_terms_and_office_masks_join_an_older_rule_once_and_the_heavy_xiaoyuan_leaves_it():
    """Migration 0025: 代表大会 and 全委会 join 学会与组织建设, 人大常委会主任*0 hides 人大常委会; 科技小院*2 becomes
    a plain term (an editor's own 科技小院*3 stays)."""
    society = Theme.objects.get(slug="xuehui-zuzhi-jianshe")
    assert "代表大会*2" in society.keywords.splitlines()  # a new database has it from the start
    society.keywords = "学会*2\n代表大会*1"
    society.save()
    farm = Theme.objects.get(slug="xiangcun-zhenxing")
    farm.keywords = "乡村振兴*3\n科技小院*2"
    farm.save()
    meetings.change_terms(apps, None)
    meetings.change_terms(apps, None)
    society.refresh_from_db()
    farm.refresh_from_db()
    assert society.keywords.splitlines()[:3] == ["学会*2", "代表大会*1", "全委会*2"]
    assert farm.keywords.splitlines() == ["乡村振兴*3", "科技小院"]
    assert "人大常委会主任*0" in Theme.objects.get(slug="renda-daibiao-lvzhi").keywords.splitlines()
    farm.keywords = "乡村振兴*3\n科技小院*3"
    farm.save()
    meetings.change_terms(apps, None)
    farm.refresh_from_db()
    assert farm.keywords.splitlines() == ["乡村振兴*3", "科技小院*3"]


stories = importlib.import_module("articles.migrations.0028_epidemic_contest_crop_and_cooperation_theme_terms")


@pytest.mark.django_db
def test_epidemic_contest_crop_and_cooperation_terms_join_an_older_rule_once():
    """Migration 0028: 非典 joins 疫情防控, 科技节 科学普及, 茶农 乡村振兴与农业; 巴蜀小学*0 hides 巴蜀 and 学会“*0
    the verb 学会 (an editor's own 非典*3 stays)."""
    epidemic = Theme.objects.get(slug="yiqing-fangkong")
    assert "非典*2" in epidemic.keywords.splitlines()  # a new database has it from the start
    epidemic.keywords = "疫情防控*3\n非典*3"
    epidemic.save()
    twin_cities = Theme.objects.get(slug="chengyu-shuangcheng")
    twin_cities.keywords = "成渝*2\n巴蜀"
    twin_cities.save()
    stories.change_terms(apps, None)
    stories.change_terms(apps, None)
    epidemic.refresh_from_db()
    twin_cities.refresh_from_db()
    assert epidemic.keywords.splitlines() == [
        "疫情防控*3", "非典*3", "非典型肺炎*2", "非典型*0", "SARS*2", "甲流*2", "甲型H1N1*2"
    ]
    assert twin_cities.keywords.splitlines() == ["成渝*2", "巴蜀", "巴蜀小学*0", "巴蜀中学*0", "巴蜀幼儿园*0"]
    assert "科技节*2" in Theme.objects.get(slug="kexue-puji").keywords.splitlines()
    assert "学会“*0" in Theme.objects.get(slug="xuehui-zuzhi-jianshe").keywords.splitlines()


masks = importlib.import_module("articles.migrations.0029_department_and_obituary_theme_masks")


@pytest.mark.django_db
def test_department_and_obituary_masks_join_an_older_rule_once():
    """Migration 0029: 科学普及部*0 and 科普部*0 join 科学普及, 学会学术部*0 学会与组织建设, 中国共产党优秀党员*0
    党建与学习 (an editor's own weight for one stays)."""
    science = Theme.objects.get(slug="kexue-puji")
    assert "科普部*0" in science.keywords.splitlines()  # a new database has it from the start
    science.keywords = "科普*3\n科普部*1"
    science.save()
    party = Theme.objects.get(slug="dangjian-xuexi")
    party.keywords = "党建*3"
    party.save()
    masks.change_terms(apps, None)
    masks.change_terms(apps, None)
    science.refresh_from_db()
    party.refresh_from_db()
    assert science.keywords.splitlines() == ["科普*3", "科普部*1", "科学普及部*0"]
    assert party.keywords.splitlines() == ["党建*3", "中国共产党优秀党员*0"]
    assert "学会学术部*0" in Theme.objects.get(slug="xuehui-zuzhi-jianshe").keywords.splitlines()


since_0029 = importlib.import_module("articles.migrations.0042_museum_rumour_budget_and_flu_theme_terms")


@pytest.mark.django_db
def test_the_terms_changed_since_0029_reach_an_older_database_once():
    """Migration 0042: an older 成渝 rule loses 巴蜀 (not an editor's own 巴蜀*3) and gains 巴蜀文化旅游走廊; 科学普及
    gains the museum words at their weights, 卫生健康 the budget masks; every rule ends as the shipped one."""
    from articles.textpipeline.themes import DEFAULT_THEME_RULES

    circle = Theme.objects.get(slug="chengyu-shuangcheng")
    assert "巴蜀" not in circle.keywords.splitlines()  # a new database never had it
    circle.keywords = "成渝*2\n巴蜀\n巴蜀小学*0"
    circle.save()
    science = Theme.objects.get(slug="kexue-puji")
    science.keywords = "科普*3\n博物馆*1"  # an editor's own weight stays
    science.save()
    since_0029.change_terms(apps, None)
    since_0029.change_terms(apps, None)
    circle.refresh_from_db()
    science.refresh_from_db()
    assert circle.keywords.splitlines() == ["成渝*2", "巴蜀文化旅游走廊*2"]
    assert science.keywords.splitlines()[:3] == ["科普*3", "博物馆*1", "自然博物馆*2"]
    assert "展厅*0.5" in science.keywords.splitlines()
    shipped = {rule.slug: set(rule.keywords) for rule in DEFAULT_THEME_RULES}
    for slug, terms in since_0029.ADDED.items():
        assert set(terms) <= shipped[slug], slug  # the migration adds what the shipped rules hold
    assert not set(since_0029.REMOVED["chengyu-shuangcheng"]) & shipped["chengyu-shuangcheng"]


since_0042 = importlib.import_module("articles.migrations.0044_coding_contest_and_technology_contract_theme_terms")


@pytest.mark.django_db
def test_the_coding_contest_and_technology_contract_terms_reach_an_older_database_once():
    """Migration 0044: an older 科学普及 rule gains the coding and robot contests (an editor's own weight for one
    stays), 产学研合作与服务企业 the technology contracts; each term once, and each as the shipped rules hold it."""
    from articles.textpipeline.themes import DEFAULT_THEME_RULES

    science = Theme.objects.get(slug="kexue-puji")
    science.keywords = "科普*3\n编程大赛*1"  # an older rule an editor weighted
    science.save()
    transfer = Theme.objects.get(slug="chanxueyan-fuwu-qiye")
    transfer.keywords = "产学研*3"
    transfer.save()
    since_0042.change_terms(apps, None)
    since_0042.change_terms(apps, None)
    science.refresh_from_db()
    transfer.refresh_from_db()
    assert science.keywords.splitlines()[:3] == ["科普*3", "编程大赛*1", "编程比赛*2"]
    assert science.keywords.splitlines().count("机甲大师*2") == 1
    assert transfer.keywords.splitlines() == ["产学研*3", "技术合同*2", "技术交易*2"]
    shipped = {rule.slug: set(rule.keywords) for rule in DEFAULT_THEME_RULES}
    for slug, terms in since_0042.ADDED.items():
        assert set(terms) <= shipped[slug], slug
