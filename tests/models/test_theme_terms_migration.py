"""Migrations 0021 and 0023: terms added to the themes of an older database."""

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
