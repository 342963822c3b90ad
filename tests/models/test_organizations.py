"""Organizations: every name maps to exactly one record, enforced by the database."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Organization, OrganizationAlias
from articles.services.organizations import merge_organizations
from tests.factories import make_organization

pytestmark = pytest.mark.django_db


def test_full_and_short_names_are_aliases_of_one_record():
    deyang = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    assert set(OrganizationAlias.objects.filter(organization=deyang).values_list("name", flat=True)) == {
        "德阳市科学技术协会",
        "德阳市科协",
    }
    assert deyang.all_names() == ["德阳市科学技术协会", "德阳市科协"]


def test_the_database_refuses_a_name_for_two_organizations():
    make_organization("德阳市科学技术协会", short_name="德阳市科协")
    other = make_organization("德阳市科技局")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationAlias.objects.create(organization=other, name="德阳市科协")


def test_clean_explains_a_taken_short_name_to_the_editor():
    make_organization("德阳市科学技术协会", short_name="德阳市科协")
    other = make_organization("德阳市科技局")
    other.short_name = "德阳市科协"
    with pytest.raises(ValidationError, match="已属于组织"):
        other.clean()


def test_an_organization_cannot_be_its_own_parent():
    body = make_organization("遂宁市科学技术协会")
    body.parent = body
    with pytest.raises(ValidationError):
        body.clean()


def test_an_organization_cannot_be_under_its_own_subordinate():
    """四川省科协 → 乐山市科协 → 四川省科协 would be a cycle; the message names the chain."""
    province = make_organization("四川测试省科学技术协会")
    city = make_organization("乐山测试市科学技术协会", parent=province)
    county = make_organization("沐川测试县科学技术协会", parent=city)
    province.parent = county

    with pytest.raises(ValidationError, match="沐川测试县科学技术协会 → 乐山测试市科学技术协会 → 四川测试省"):
        province.clean()
    county.parent = province
    county.clean()  # moving a body under another in the same tree is fine


def test_merging_a_body_into_its_own_subordinate_leaves_no_cycle():
    province = make_organization("四川测试省科学技术协会")
    duplicate = make_organization("四川测试省科协（重复）", parent=province)
    city = make_organization("乐山测试市科学技术协会", parent=duplicate)
    target = make_organization("四川测试省科协", parent=city)  # the real one, filed under the wrong parent

    merge_organizations(target, [duplicate])

    for body in (target, city):
        body.refresh_from_db()
        assert body.pk not in [pk for pk, _name in Organization.ancestors(body.parent_id)]
    assert (city.parent, target.parent) == (province, city)


def test_empty_names_are_refused_by_the_database():
    body = make_organization("遂宁市科学技术协会")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationAlias.objects.create(organization=body, name="")
