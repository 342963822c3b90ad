"""Migration 0027: the former names of an older database brought up to the rebuilt region table."""

import importlib

import pytest
from django.apps import apps

from articles.models import Region

migration = importlib.import_module("articles.migrations.0027_former_names_across_provinces")


@pytest.mark.django_db
def test_former_names_are_synced_and_an_editors_own_names_stay():
    dazu, dachuan, tongchuan = (Region.objects.get(adcode=code) for code in ("500111", "511703", "511702"))
    assert "双桥区" in dazu.former_names.splitlines()  # a new database has them from the start
    dazu.former_names = "大足县\n大足"  # as loaded before, with a name an editor added
    dachuan.former_names = "达县\n达川市"
    tongchuan.former_names = ""
    for region in (dazu, dachuan, tongchuan):
        region.save()
    migration.sync_former_names(apps, None)
    migration.sync_former_names(apps, None)
    for region in (dazu, dachuan, tongchuan):
        region.refresh_from_db()
    assert dazu.former_names.splitlines() == ["大足县", "大足", "双桥区", "双桥"]
    assert dachuan.former_names.splitlines() == ["达县"]
    assert tongchuan.former_names.splitlines() == ["达川市"]
