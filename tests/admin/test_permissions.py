"""Roles: 编辑 edits but may not publish, 审核 publishes; logged-out users see nothing; failed logins are throttled."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article, ArticleFlag, Theme
from tests.factories import make_article

from .conftest import make_user
from .formdata import change_form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def test_groups_created_by_migration():
    """编辑 lacks publish_article, 审核 has it; both may change articles and organizations."""
    editor = set(Group.objects.get(name="编辑").permissions.values_list("codename", flat=True))
    reviewer = set(Group.objects.get(name="审核").permissions.values_list("codename", flat=True))

    assert "publish_article" not in editor and "publish_article" in reviewer
    assert {"change_article", "delete_article", "change_organization", "change_theme"} <= editor
    assert editor < reviewer
    assert "add_region" not in editor and "delete_sourcedocument" not in reviewer


@pytest.mark.parametrize(
    "name",
    [
        "admin:articles_article_changelist",
        "admin:articles_organization_changelist",
        "admin:articles_region_changelist",
        "admin:articles_theme_changelist",
        "admin:articles_sourcedocument_changelist",
        "admin:articles_articleflag_changelist",
    ],
)
def test_logged_out_users_are_sent_to_login(client, page_items, name):
    response = client.get(reverse(name))

    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_logged_out_users_reach_no_article_data(client, page_items):
    """Change form, history and autocomplete redirect to the login without showing data."""
    _page, first, *_ = page_items
    urls = [
        reverse("admin:articles_article_change", args=[first.pk]),
        reverse("admin:articles_article_history", args=[first.pk]),
        reverse("admin:autocomplete") + "?app_label=articles&model_name=articleregion&field_name=region&term=荣",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "荣昌" not in response.content.decode()


def test_staff_without_group_is_forbidden(client, page_items):
    client.force_login(make_user("nobody"))

    response = client.get(CHANGELIST)
    assert response.status_code == 403
    assert "没有权限" in response.content.decode()  # templates/403.html, not Django's English page


def test_non_staff_cannot_enter(client, page_items):
    client.force_login(make_user("reader", "审核", staff=False))

    assert client.get(CHANGELIST).status_code == 302


def test_editor_has_no_publish_action(editor_client, page_items):
    """The publish action is neither offered to nor accepted from an editor."""
    _page, first, *_ = page_items
    response = editor_client.get(CHANGELIST)
    assert "publish" not in dict(response.context["action_form"].fields["action"].choices)

    editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": [first.pk]})

    first.refresh_from_db()
    assert first.status == Article.Status.REVIEW


@pytest.mark.parametrize(
    "form", [{"index": "0"}, {"index": "0", "select_across": "1"}], ids=["selected", "select_across"]
)
def test_a_forged_publish_from_an_editor_says_it_needs_the_reviewer_role(editor_client, page_items, form):
    """A publish posted by an editor (a stale page, a forged form) publishes nothing and says why."""
    _page, first, *_ = page_items
    published = Article.objects.filter(status=Article.Status.PUBLISHED).count()

    response = editor_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [first.pk], **form}, follow=True
    )

    shown = [str(message) for message in response.context["messages"]]
    assert shown == ["发布需要审核权限，你的账号没有；所选稿件没有发布。"]
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == published
    first.refresh_from_db()
    assert first.status == Article.Status.REVIEW


def test_editor_cannot_publish_through_the_form(editor_client, page_items):
    """Status is read-only for 编辑; a forged status is ignored."""
    _page, first, *_ = page_items
    url = reverse("admin:articles_article_change", args=[first.pk])
    data = change_form_data(editor_client, url)
    assert "status" not in data
    data["status"] = "published"

    editor_client.post(url, data)

    first.refresh_from_db()
    assert first.status == Article.Status.REVIEW


def test_editor_cannot_withdraw_a_published_article(editor_client, page_items):
    _page, _first, second, _third = page_items

    editor_client.post(CHANGELIST, {"action": "send_back_to_review", "_selected_action": [second.pk]})

    second.refresh_from_db()
    assert second.status == Article.Status.PUBLISHED


def test_editor_cannot_delete_a_published_article(editor_client, page_items):
    """Deleting takes an article off the public site, a withdrawal: refused to 编辑 from the form and the action."""
    _page, _first, second, third = page_items
    delete_url = reverse("admin:articles_article_delete", args=[second.pk])

    change_page = editor_client.get(reverse("admin:articles_article_change", args=[second.pk]))
    assert delete_url not in change_page.content.decode()  # no 删除 button
    refused = editor_client.post(delete_url, {"post": "yes"})
    assert refused.status_code == 403
    # Not “ask to be put in 编辑”, where the editor already is.
    assert "需要“审核”组的权限" in refused.content.decode() and "加入“编辑”" not in refused.content.decode()
    delete_selected = {"action": "delete_selected", "_selected_action": [third.pk], "post": "yes"}
    editor_client.post(CHANGELIST, delete_selected)

    assert Article.objects.filter(pk__in=[second.pk, third.pk]).count() == 2


def test_the_delete_action_on_a_published_article_asks_an_editor_for_a_reviewer(editor_client, page_items):
    """删除所选的 稿件 with a published one selected: the actions' own message, not Django's about related objects."""
    _page, first, second, _third = page_items

    response = editor_client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [first.pk, second.pk]}, follow=True
    )

    html = response.content.decode()
    assert "所选稿件中有已发布的，删除已发布的稿件需要审核权限。" in html
    assert "相关对象" not in html and "无法删除" not in html
    assert Article.objects.filter(pk__in=[first.pk, second.pk]).count() == 2


def test_the_delete_page_names_an_articles_themes_in_chinese(reviewer_client, page_items):
    """Its theme links read “稿件主题: 科学普及” like the region and organization links, not “Article_themes object”."""
    _page, first, *_ = page_items
    theme = Theme.objects.order_by("position").first()
    first.themes.add(theme)

    html = reviewer_client.get(reverse("admin:articles_article_delete", args=[first.pk])).content.decode()

    assert f"稿件主题: {theme.name}" in html and "稿件主题: 1" in html
    assert "object (" not in html and "Article-theme" not in html


def test_editor_deletes_an_unpublished_article_reviewer_a_published_one(client, editor, reviewer, page_items):
    _page, _first, second, _third = page_items
    draft = make_article("未发布的稿件", status=Article.Status.REVIEW)

    client.force_login(editor)
    client.post(reverse("admin:articles_article_delete", args=[draft.pk]), {"post": "yes"})
    client.force_login(reviewer)
    client.post(reverse("admin:articles_article_delete", args=[second.pk]), {"post": "yes"})

    assert not Article.objects.filter(pk__in=[draft.pk, second.pk]).exists()


def test_an_editor_deletes_a_flagged_unpublished_article_with_its_flags(editor_client):
    """Its 待查 flags go with it: deleting it needs no right to delete a flag on its own (editors have none)."""
    draft = make_article("有待查标记的稿件", status=Article.Status.REVIEW)
    ArticleFlag.objects.create(article=draft, code="mid_sentence_start", message="第二段开头可能缺字。", excerpt="活动")
    delete_url = reverse("admin:articles_article_delete", args=[draft.pk])

    assert editor_client.get(delete_url).status_code == 200
    editor_client.post(delete_url, {"post": "yes"})

    assert not Article.objects.filter(pk=draft.pk).exists()
    assert not ArticleFlag.objects.filter(article_id=draft.pk).exists()


def test_reviewer_can_set_status_in_the_form(reviewer_client, page_items):
    _page, first, *_ = page_items
    url = reverse("admin:articles_article_change", args=[first.pk])
    data = change_form_data(reviewer_client, url)
    data["status"] = "published"

    reviewer_client.post(url, data)

    first.refresh_from_db()
    assert first.status == Article.Status.PUBLISHED and first.published_at is not None


def test_editor_cannot_add_or_delete_regions(editor_client):
    assert editor_client.get(reverse("admin:articles_region_add")).status_code == 403


def test_repeated_failed_logins_are_throttled(client, db):
    """After five wrong passwords even the right one is refused for a while."""
    make_user("guessme", "编辑")
    login = reverse("admin:login")
    statuses = [client.post(login, {"username": "guessme", "password": "wrong"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # the form with an error, then the lockout page

    response = client.post(login, {"username": "guessme", "password": "pw-guessme"})

    assert response.status_code == 429
    assert "登录暂时被锁定" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_is_the_workbenchs_and_states_the_wait_in_minutes(client, db):
    """The lockout page has the site's header and says 15 分钟, not axes' ISO 8601 “PT15M”."""
    make_user("guessme", "编辑")
    login = reverse("admin:login")
    for _ in range(5):
        response = client.post(login, {"username": "guessme", "password": "wrong"})

    html = response.content.decode()
    assert response.status_code == 429
    assert "请 15 分钟后再试" in html and "PT15M" not in html
    assert "川渝科协新闻 · 编辑后台" in html and "Django 管理" not in html


def test_successful_login_works(client, db):
    make_user("rightpw", "编辑")

    response = client.post(reverse("admin:login"), {"username": "rightpw", "password": "pw-rightpw"})

    assert response.status_code == 302
    assert client.get(CHANGELIST).status_code == 200
