"""A name added in the admin re-cuts the index of the stories holding it: a search for it finds them."""

import pytest
from django.urls import reverse

from articles.models import Organization, OrganizationAlias, Region
from articles.services.context import get_segmenter
from tests.factories import indexed, make_article, make_organization
from tests.services.test_reindex import TEAM, found

from .formdata import change_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_segmenter")]


@pytest.fixture
def team_story(db):
    return indexed(
        make_article("志愿队走进社区", body=f"近日，{TEAM}走进北碚区天生街道，为居民讲解防灾知识。")
    )


def add_organization(client, name: str):
    url = reverse("admin:articles_organization_add")
    data = change_form_data(client, url, form_id="organization_form")
    data.update(name=name, slug="qing-miao-miao-zhi-yuan-dui")
    return client.post(url, data, follow=True)


def test_a_new_organization_makes_the_stories_naming_it_found_by_its_name(
    editor_client, team_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = add_organization(editor_client, TEAM)

    assert Organization.objects.filter(name=TEAM).exists() and len(callbacks) == 1
    assert get_segmenter().query_tokens(TEAM) == [TEAM]
    assert found(TEAM) == ["志愿队走进社区"]
    assert response.status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_editor_is_told_how_many_stories_were_re_cut(admin_client, team_story):
    """With real commits (no test transaction), the re-cut runs inside the save's request and the
    page the editor lands on says so. (A superuser: a flush between transactional tests can leave
    the editors' groups without their permissions.)"""
    response = add_organization(admin_client, TEAM)

    assert f"按新名称“{TEAM}”重新切分了 1 篇稿件的检索词" in response.content.decode()
    assert found(TEAM) == ["志愿队走进社区"]


def test_without_the_re_cut_the_story_is_missed(
    editor_client, team_story, django_capture_on_commit_callbacks
):
    """The failure the re-cut prevents: the same save with its after-commit work not run."""
    with django_capture_on_commit_callbacks(execute=False):
        add_organization(editor_client, TEAM)

    assert get_segmenter().query_tokens(TEAM) == [TEAM]
    assert found(TEAM) == []


def test_an_alias_added_or_renamed_on_its_own_page_re_cuts_too(
    editor_client, team_story, django_capture_on_commit_callbacks
):
    organization = make_organization("北碚区青少年科普志愿者协会")
    alias = OrganizationAlias.objects.create(organization=organization, name="北碚青志协")
    url = reverse("admin:articles_organizationalias_change", args=[alias.pk])
    data = change_form_data(editor_client, url, form_id="organizationalias_form")
    data["name"] = TEAM

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url, data)

    assert get_segmenter().query_tokens(TEAM) == [TEAM]  # a rename alone is seen by the search box
    assert found(TEAM) == ["志愿队走进社区"]


def test_a_regions_new_short_name_re_cuts_the_stories_using_it(
    admin_client, django_capture_on_commit_callbacks
):
    # 2 + 2 characters: a word of two would be found already (its two characters joined, SITE.md)
    indexed(make_article("北碚城区居民学急救", body="近日，北碚城区居民在社区学习急救知识。"))
    assert get_segmenter().query_tokens("北碚城区") != ["北碚城区"]
    region = Region.objects.get(adcode="500109")
    url = reverse("admin:articles_region_change", args=[region.pk])
    data = change_form_data(admin_client, url, form_id="region_form")
    data["short_names"] = "\n".join(filter(None, [region.short_names, "北碚城区"]))

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, data)

    assert get_segmenter().query_tokens("北碚城区") == ["北碚城区"]
    assert found("北碚城区") == ["北碚城区居民学急救"]
