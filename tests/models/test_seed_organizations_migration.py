"""Migrations 0006 and 0043: the seed list's bodies, with their regions down to a county, in a new database and in an
older one."""

import importlib

import pytest
from django.apps import apps

from articles.models import Organization, OrganizationAlias, Region

seed = importlib.import_module("articles.migrations.0006_seed_organizations")
since_0041 = importlib.import_module("articles.migrations.0043_seed_local_universities")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "adcode"),
    [("重庆三峡学院", "500101"), ("长江师范学院", "500102"), ("西华师范大学", "511300"), ("重庆三峡中心医院", "500101")],
)
def test_a_new_database_places_the_seed_bodies_in_their_county_or_city(name, adcode):
    assert Organization.objects.get(name=name).region.adcode == adcode


@pytest.mark.django_db
def test_a_short_form_answers_to_its_university():
    assert OrganizationAlias.objects.get(name="三峡学院").organization.name == "重庆三峡学院"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "adcode"), [("重庆市", "500000"), ("万州区", "500101"), ("朝阳区", None), ("", None)])
def test_a_rows_region_is_a_province_or_the_one_local_place_of_that_name(name, adcode):
    region = seed.seed_region(Region, name)
    assert (region.adcode if region else None) == adcode


@pytest.mark.django_db
def test_an_older_database_gets_the_new_rows_and_the_missing_regions_once_and_keeps_an_editors_region():
    Organization.objects.filter(name="重庆三峡学院").delete()  # made before the row
    Organization.objects.filter(name="重庆三峡中心医院").update(region=None)  # made when 0006 read provinces only
    edited = Organization.objects.get(name="长江师范学院")
    edited.region = Region.objects.get(adcode="500000")  # an editor's choice
    edited.save()
    since_0041.load(apps, None)
    since_0041.load(apps, None)
    assert Organization.objects.filter(name="重庆三峡学院").count() == 1
    assert Organization.objects.get(name="重庆三峡学院").region.adcode == "500101"
    assert Organization.objects.get(name="重庆三峡中心医院").region.adcode == "500101"
    assert Organization.objects.get(name="长江师范学院").region.adcode == "500000"
