"""Migration 0021: the 科学普及 theme's terms for school science and nature education."""

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
