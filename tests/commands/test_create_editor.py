"""create_editor gives a staff account in the right role group."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("role", "group", "can_publish"), [("editor", "编辑", False), ("reviewer", "审核", True)])
def test_creates_a_staff_user_in_the_role_group(monkeypatch, role, group, can_publish):
    monkeypatch.setenv("KEXIE_EDITOR_PASSWORD", "qingchun-jianbian-2020")
    call_command("create_editor", "wang", role=role, stdout=io.StringIO())
    user = User.objects.get(username="wang")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.has_perm("articles.change_article")
    assert user.has_perm("articles.publish_article") is can_publish
    assert user.check_password("qingchun-jianbian-2020")


def test_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("KEXIE_EDITOR_PASSWORD", "123")
    with pytest.raises(CommandError, match="密码不合格"):
        call_command("create_editor", "wang", stdout=io.StringIO())
    assert not User.objects.filter(username="wang").exists()


def test_says_in_chinese_why_a_password_is_refused(monkeypatch):
    monkeypatch.setenv("KEXIE_EDITOR_PASSWORD", "1234567")
    with pytest.raises(CommandError) as refused:
        call_command("create_editor", "wang", stdout=io.StringIO())
    assert "密码太短，至少需要 8 个字符。" in str(refused.value) and "short" not in str(refused.value)
