"""Migration 0046: a body an older import named with half-width brackets is found by its full-width name."""

import importlib

import pytest
from django.apps import apps

from articles.models import Organization, OrganizationAlias
from articles.services.importer import import_page

migration = importlib.import_module("articles.migrations.0046_full_width_bracket_aliases")

OLD_NAME = "重庆建设工业(集团)有限责任公司"
NEW_NAME = "重庆建设工业（集团）有限责任公司"
PAGE = "重庆科技报 2024年6月5日\n\n校企签署合作协议\n\n本报讯 近日，重庆建设工业(集团)有限责任公司与重庆大学签署产学研合作协议。\n"


@pytest.mark.django_db
def test_the_next_import_finds_the_older_record_by_its_full_width_name():
    older = Organization.objects.create(name=OLD_NAME, slug="jianshe-old", kind=Organization.Kind.QIYE)
    OrganizationAlias.objects.create(name=OLD_NAME, organization=older)
    migration.add_full_width_aliases(apps, None)
    migration.add_full_width_aliases(apps, None)  # once
    assert OrganizationAlias.objects.get(name=NEW_NAME).organization == older
    assert Organization.objects.get(pk=older.pk).name == OLD_NAME  # the record's own name is left

    outcome = import_page(PAGE.encode(), source_ref="new.txt")
    assert outcome.status == "created", outcome.error
    assert not Organization.objects.filter(name=NEW_NAME).exists()
    assert older.article_links.exists()


@pytest.mark.django_db
def test_without_the_alias_the_import_makes_a_second_record():
    """What the migration prevents (the importer names the body with full-width brackets now)."""
    older = Organization.objects.create(name=OLD_NAME, slug="jianshe-old", kind=Organization.Kind.QIYE)
    OrganizationAlias.objects.create(name=OLD_NAME, organization=older)
    import_page(PAGE.encode(), source_ref="new.txt")
    assert Organization.objects.filter(name=NEW_NAME).exists()
