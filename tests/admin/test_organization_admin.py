"""Organizations: search by any alias, merge duplicates, new names reach the importer without a restart."""

import pytest
from django.urls import reverse

from articles.models import Organization, OrganizationAlias, SourceDocument
from articles.services import editing
from articles.services.context import get_import_context
from tests.factories import make_organization

from .formdata import change_form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_organization_changelist")


def test_search_by_any_alias(editor_client):
    organization = make_organization("重庆测试卫生科技工作者协会", short_name="重庆测卫协")
    OrganizationAlias.objects.create(organization=organization, name="市测卫协")
    make_organization("重庆测试土壤学会")

    response = editor_client.get(CHANGELIST, {"q": "市测卫协"})

    assert [o.name for o in response.context["cl"].result_list] == ["重庆测试卫生科技工作者协会"]


def test_merge_action_relinks_articles_and_keeps_names(editor_client, page_items):
    _page, first, second, _third = page_items
    target = make_organization("德测市科学技术协会", short_name="德测市科协")
    duplicate = make_organization("德测科协")
    first.organizations.add(duplicate)
    second.organizations.add(target, duplicate)

    form_page = editor_client.post(CHANGELIST, {"action": "merge", "_selected_action": [target.pk, duplicate.pk]})
    assert form_page.status_code == 200 and "保留哪一个" in form_page.content.decode()
    editor_client.post(
        CHANGELIST, {"action": "merge", "_selected_action": [target.pk, duplicate.pk], "apply": "1", "target": target.pk}
    )

    assert not Organization.objects.filter(pk=duplicate.pk).exists()
    assert set(target.articles.all()) == {first, second}
    assert {"德测市科学技术协会", "德测市科协", "德测科协"} <= set(target.aliases.values_list("name", flat=True))


def test_a_name_belongs_to_one_organization(editor_client):
    """Organization.clean refuses a short name another organization already goes by."""
    make_organization("川测省科学技术协会", short_name="川测省科协")
    other = make_organization("川测科协（重复）")
    url = reverse("admin:articles_organization_change", args=[other.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    data["short_name"] = "川测省科协"

    response = editor_client.post(url, data)

    assert response.status_code == 200 and "已属于组织" in response.content.decode()


def test_a_parent_under_the_organization_itself_is_refused(editor_client):
    province = make_organization("四川测试省科学技术协会")
    city = make_organization("乐山测试市科学技术协会", parent=province)
    url = reverse("admin:articles_organization_change", args=[province.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    data["parent"] = str(city.pk)

    response = editor_client.post(url, data)

    assert response.status_code == 200
    expected = "上级组织不能是它自己的下级（乐山测试市科学技术协会 → 四川测试省科学技术协会）"
    assert expected in response.content.decode()
    province.refresh_from_db()
    assert province.parent is None


@pytest.mark.parametrize(("field", "forged"), [("parent", "abc"), ("region", "1e3"), ("parent", "9" * 23)])
def test_a_forged_id_in_an_autocomplete_field_is_a_form_error(editor_client, field, forged):
    organization = make_organization("川测市科学技术协会")
    url = reverse("admin:articles_organization_change", args=[organization.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    data[field] = forged

    response = editor_client.post(url, data)

    assert response.status_code == 200 and "选择一个有效的选项" in response.content.decode()


def test_an_alias_taken_by_another_organization_names_it(editor_client):
    """An alias another organization holds gets the same message as a full or short name, not Django's
    “具有 名称 的 组织名称 已存在”."""
    make_organization("川测省科学技术协会", short_name="川测省科协")
    other = make_organization("川测科协（重复）")
    url = reverse("admin:articles_organization_change", args=[other.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    empty_row = next(key for key, value in data.items() if key.startswith("aliases-") and key.endswith("-name") and not value)
    data[empty_row] = "川测省科协"

    response = editor_client.post(url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "名称“川测省科协”已属于组织“川测省科学技术协会”，请改名或合并组织。" in html and "已存在" not in html


def test_new_alias_reaches_matching_and_segmenter_without_restart(editor_client):
    """An alias added in the admin is in the next import context: jieba keeps it whole."""
    organization = make_organization("重庆市测试盆景协会")
    before = get_import_context()
    assert "渝测盆协" not in editing.get_segmenter().query_tokens("渝测盆协")
    url = reverse("admin:articles_organization_change", args=[organization.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    data["aliases-0-name"] = "渝测盆协"  # the inline's empty row

    response = editor_client.post(url, data)

    assert response.status_code == 302
    after = get_import_context()
    assert after is not before
    assert editing.get_segmenter().query_tokens("渝测盆协") == ["渝测盆协"]


def test_short_name_becomes_an_alias_on_save(editor_client):
    organization = make_organization("绵测市发明协会")
    url = reverse("admin:articles_organization_change", args=[organization.pk])
    data = change_form_data(editor_client, url, form_id="organization_form")
    data["short_name"] = "绵测发明协会"

    editor_client.post(url, data)

    assert OrganizationAlias.objects.get(name="绵测发明协会").organization == organization


def test_region_admin_navigates_the_tree_and_searches_adcode(editor_client):
    regions = reverse("admin:articles_region_changelist")

    top = editor_client.get(regions, {"parent": "root"}).context["cl"]
    children = editor_client.get(regions, {"parent": "510000"}).context["cl"]
    by_code = editor_client.get(regions, {"q": "500153"}).context["cl"]

    assert {"重庆市", "四川省"} <= {r.name for r in top.result_list}
    assert "德阳市" in {r.name for r in children.result_list} and children.result_count == 21
    assert [r.name for r in by_code.result_list] == ["荣昌区"]


def test_source_document_admin_shows_text_and_items(editor_client, page_items):
    page, first, *_ = page_items

    html = editor_client.get(reverse("admin:articles_sourcedocument_change", args=[page.pk])).content.decode()

    assert "【地方科协】" in html and first.title in html


def test_source_document_admin_shows_the_repairs_made_outside_the_items(editor_client):
    """A masthead's misread date (2O23) is repaired on the page, not in any item: the page keeps the
    repair and the editor sees it beside the page's other findings."""
    from articles.services.importer import import_page

    text = (
        "重庆科技报\n2O23年12月5日 星期二\n\n万州区科协开展科普活动\n本报记者 刘洋\n\n"
        "12月1日，万州区科协在高笋塘街道开展科普活动，群众300余人参加。\n"
    )
    import_page(text.encode("utf-8"), source_ref="masthead-2O23.txt")
    page = SourceDocument.objects.get(source_ref="masthead-2O23.txt")
    assert page.page_date.isoformat() == "2023-12-05"
    assert [repair["code"] for repair in page.repairs] == ["ocr_digits"]

    html = editor_client.get(reverse("admin:articles_sourcedocument_change", args=[page.pk])).content.decode()

    assert "页面上的修复" in html
    assert "<code>ocr_digits</code>" in html and "“2O23”→“2023”" in html
