"""A page's new organizations are created together, with the records one create() each would make."""

import pytest

from articles.models import Organization, OrganizationAlias
from articles.services.context import get_import_context
from articles.services.organizations import OrganizationResolver
from articles.textpipeline.model import OrganizationMention

pytestmark = pytest.mark.django_db


def test_planned_organizations_get_parents_slugs_aliases_and_history_in_one_flush():
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    child = OrganizationMention(
        key="甲乙市测试学会", name_in_text="甲乙市测试学会", short_name="甲乙测试会", parent_key="甲乙市科学技术协会"
    )
    same_slug = OrganizationMention(key="甲乙市测试學會", name_in_text="甲乙市测试學會")
    refs = [resolver.plan(child), resolver.plan(same_slug), resolver.plan(child)]
    assert Organization.objects.filter(name__startswith="甲乙").count() == 0  # nothing written before flush()
    resolver.flush()

    created = Organization.objects.get(pk=resolver.pk(refs[0]))
    assert resolver.pk(refs[2]) == created.pk
    assert created.parent.name == "甲乙市科学技术协会"
    assert created.parent.pk < created.pk  # parents first, as nested create() calls did
    assert Organization.objects.get(pk=resolver.pk(refs[1])).slug == f"{created.slug}-2"
    assert set(created.aliases.values_list("name", flat=True)) == {"甲乙市测试学会", "甲乙测试会"}
    for organization in (created, created.parent):
        assert list(organization.history.values_list("history_type", flat=True)) == ["+"]
    assert resolver.lookup("甲乙测试会") == created.pk


def test_ensure_still_answers_with_an_id_at_once():
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    pk = resolver.ensure(OrganizationMention(key="丙丁县测试协会", name_in_text="丙丁县测试协会"))
    assert OrganizationAlias.objects.get(name="丙丁县测试协会").organization_id == pk


def test_an_alias_taken_since_the_lookup_is_left_to_its_owner():
    """As with get_or_create: a name another import saved in the meantime keeps its organization."""
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    ref = resolver.plan(OrganizationMention(key="戊己市测试协会", name_in_text="戊己测试协会"))
    owner = Organization.objects.create(name="戊己县另一协会", slug="wuji-other")
    OrganizationAlias.objects.create(name="戊己测试协会", organization=owner)  # claimed after plan()
    resolver.flush()
    created = Organization.objects.get(pk=resolver.pk(ref))
    assert OrganizationAlias.objects.get(name="戊己测试协会").organization == owner
    assert OrganizationAlias.objects.get(name="戊己市测试协会").organization == created


def test_a_record_made_under_the_name_as_written_is_found_by_that_name():
    """甲乙市丙丁区畜牧学会, made before a society's key began at its most specific region, is the record of key
    丙丁区畜牧学会 (it became a second record); from then on the key finds it too."""
    old = Organization.objects.create(name="甲乙市丙丁区畜牧学会", slug="jiayi-bingding-xumu")
    OrganizationAlias.objects.create(name="甲乙市丙丁区畜牧学会", organization=old)
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    ref = resolver.plan(OrganizationMention(key="丙丁区畜牧学会", name_in_text="甲乙市丙丁区畜牧学会", kind="xuehui"))
    resolver.flush()
    assert resolver.pk(ref) == old.pk
    assert not Organization.objects.filter(name="丙丁区畜牧学会").exists()
    assert OrganizationAlias.objects.get(name="丙丁区畜牧学会").organization == old


@pytest.mark.parametrize("written", ["市土壤学会", "老科协"])
def test_a_name_the_context_resolves_finds_no_record_by_itself(written):
    """市土壤学会 or a bare 老科协 is the body of whichever place the text is about: never looked up as written."""
    other = Organization.objects.create(name="戊己市土壤学会", slug="wuji-turang")
    OrganizationAlias.objects.create(name=written, organization=other)
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    ref = resolver.plan(OrganizationMention(key="庚辛市土壤学会", name_in_text=written, kind="xuehui"))
    resolver.flush()
    assert Organization.objects.get(pk=resolver.pk(ref)).name == "庚辛市土壤学会"


def test_a_record_made_under_one_way_of_writing_its_region_is_found_by_another():
    """甲乙土壤学会, made before the finder gave a body its region's other names, is the record of a later page's
    甲乙市土壤学会: the mention carries 甲乙土壤学会 among its names, and the record keeps its own."""
    old = Organization.objects.create(name="甲乙土壤学会", slug="jiayi-turang")
    OrganizationAlias.objects.create(name="甲乙土壤学会", organization=old)
    resolver = OrganizationResolver(get_import_context(), province_hint=None)
    ref = resolver.plan(OrganizationMention(key="甲乙市土壤学会", name_in_text="甲乙市土壤学会", kind="xuehui",
                                            aliases=("甲乙土壤学会",)))
    resolver.flush()
    assert resolver.pk(ref) == old.pk
    assert Organization.objects.get(pk=old.pk).name == "甲乙土壤学会"
    assert OrganizationAlias.objects.get(name="甲乙市土壤学会").organization == old
