"""KexieAdminSite: ids that cannot be a model's keys, from a URL or a forged action form, are a
404 or a message in every model's admin, never a 500 (kexie_cms/admin_site.py)."""

from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from articles.models import Article
from kexie_cms.admin_site import ChecksObjectIds, KexieAdminSite, is_object_id

pytestmark = pytest.mark.django_db

NOT_IDS = ["abc", "1.5", "99999999999999999999999", "-99999999999999999999999", "1\x00"]
MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.fixture
def staff(admin_client):
    admin_client.raise_request_exception = False  # a 500 is what these tests look for
    return admin_client


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_the_site_is_the_projects_and_every_model_admin_checks_ids():
    assert isinstance(admin.site, KexieAdminSite)
    assert {"auth.User", "auth.Group", "articles.Article", "axes.AccessAttempt"} <= {
        m._meta.label for m in MODELS
    }
    assert all(isinstance(model_admin, ChecksObjectIds) for model_admin in admin.site._registry.values())


@pytest.mark.parametrize(
    ("value", "expected"), [("12", True), ("abc", False), ("1.5", False), ("9" * 30, False), ("1\x00", False)]
)
def test_is_object_id(value, expected):
    assert is_object_id(Article, value) is expected


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_a_url_with_what_cannot_be_an_id_is_not_a_server_error(staff, model, view):
    for value in NOT_IDS[:4]:  # the NUL is refused before the admin (test_middleware.py)
        try:
            url = admin_url(model, view, value)
        except NoReverseMatch:
            pytest.skip(f"{model._meta.label} has no {view} page")
        assert staff.get(url).status_code in (302, 403, 404), (url, value)  # 403: a page nobody may use


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_a_forged_action_with_what_cannot_be_an_id_changes_nothing_and_says_why(staff, model):
    url = admin_url(model, "changelist")
    actions = admin.site._registry[model].get_actions(staff.get(url).wsgi_request)
    if "delete_selected" not in actions:
        pytest.skip(f"{model._meta.label}'s list has no actions")
    for value in NOT_IDS[:4]:
        form = {"action": "delete_selected", "_selected_action": ["1", value], "index": "0"}
        response = staff.post(
            url, urlencode(form, doseq=True), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 302, (model, value, response.status_code)
        assert "所选条目的编号无效" in staff.get(response.url).content.decode()


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_a_list_filtered_by_a_number_past_the_columns_range_is_the_invalid_filter_page(staff, model):
    response = staff.get(admin_url(model, "changelist") + "?id__in=99999999999999999999999")
    assert response.status_code in (200, 302)  # PostgreSQL finds nothing; SQLite's integers end before it
    if response.status_code == 302:
        assert response.url.endswith("?e=1")


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_a_list_with_its_counts_shown_is_not_a_server_error(staff, model):
    """显示计数 (``?_facets=True``) counts every filter choice in one query: no filter lists a whole table."""
    url = admin_url(model, "changelist")
    assert staff.get(url + "?_facets=True").status_code == 200, url


@pytest.mark.parametrize(
    ("object_id", "version_id"), [("abc", "1"), ("{pk}", "abc"), ("{pk}", "1.5"), ("{pk}", "9" * 25)]
)
def test_a_version_page_for_what_cannot_be_an_id_is_not_found(staff, object_id, version_id):
    from articles.models import Theme

    theme = Theme.objects.create(name="测试主题", slug="ceshi")
    url = f"/admin/articles/theme/{object_id.format(pk=theme.pk)}/history/{version_id}/"
    assert staff.get(url).status_code == 404
    assert (
        staff.get(f"/admin/articles/theme/{theme.pk}/history/{theme.history.get().history_id}/").status_code
        == 200
    )


def test_a_form_saved_after_its_token_has_gone_tells_the_editor_to_go_back_and_save_again(admin_user):
    """An admin form posted with a stale security token: the site's page, the edit not saved, a way back to the form."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    url = reverse("admin:articles_theme_add")
    response = client.post(url, {"name": "新主题", "csrfmiddlewaretoken": "x" * 64})
    body = response.content.decode()
    assert response.status_code == 403
    assert "<h1>页面已过期</h1>" in body and "没有保存" in body and "刷新页面后再提交一次" in body
    assert f'href="{url}"' in body and 'href="/admin/"' in body and "DEBUG" not in body


def test_a_save_after_the_session_ended_says_on_the_login_page_that_it_was_not_saved(client, admin_user):
    """Logged out in another tab (or the session expired) while editing: the save leads to the login page,
    which says the change was not saved, instead of silently dropping it."""
    from tests.factories import make_article

    article = make_article("原来的标题")
    client.force_login(admin_user)
    url = admin_url(Article, "change", article.pk)
    client.logout()

    response = client.post(url, {"title": "改过的标题"}, follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("admin:login"))
    assert "登录已过期" in html and "刚才的修改没有保存" in html
    assert Article.objects.get(pk=article.pk).title == "原来的标题"
    assert "登录已过期" not in client.get(reverse("admin:login")).content.decode()  # said once


def test_password_rules_and_screen_reader_captions_are_in_chinese(client, admin_user):
    """Django's zh_Hans catalogue lacks the 5.2 msgids of the length rule and the sidebar's hidden
    table headers; the project's locale/ supplies them, so no English reaches an editor."""
    admin_user.set_password("qingchun-jianbian-2020")
    admin_user.save()
    client.force_login(admin_user)
    url = reverse("admin:password_change")

    response = client.post(
        url, {"old_password": "qingchun-jianbian-2020", "new_password1": "abc", "new_password2": "abc"}
    )
    sidebar = client.get(reverse("admin:articles_article_changelist")).content.decode()

    html = response.content.decode()
    assert "密码太短，至少需要 8 个字符。" in html and "too short" not in html
    for english in ["Model name", "Add link", "Change or view list link"]:
        assert english not in sidebar
    assert "数据表" in sidebar


def test_a_save_too_large_to_post_says_so_in_the_admin(admin_client, settings):
    """A body over DATA_UPLOAD_MAX_MEMORY_SIZE: the admin's page states the limit and that nothing was
    saved, not the public site's 400 page about control characters."""
    from tests.factories import make_article

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
    article = make_article("原来的标题", body="原来的正文。")
    url = admin_url(Article, "change", article.pk)

    response = admin_client.post(url, {"title": "新标题", "body": "很长的正文。" * 500_000})

    html = response.content.decode()
    assert response.status_code == 400
    assert "一次提交的内容不能超过 2.5 MB" in html and "没有保存" in html
    assert "川渝科协新闻 · 编辑后台" in html and "控制字符" not in html and "回到首页" not in html
    article.refresh_from_db()
    assert article.body == "原来的正文。"
    assert "回到首页" in admin_client.post("/search/", {"q": "科普" * 2_000_000}).content.decode()
