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


def test_editor_role_takes_the_right_to_publish_away_from_a_reviewer(monkeypatch):
    """Run again with --role editor, the account is in 编辑 only: it may no longer publish."""
    monkeypatch.setenv("KEXIE_EDITOR_PASSWORD", "qingchun-jianbian-2020")
    call_command("create_editor", "zhao", role="reviewer", stdout=io.StringIO())
    call_command("create_editor", "zhao", role="editor", stdout=io.StringIO())

    user = User.objects.get(username="zhao")
    assert list(user.groups.values_list("name", flat=True)) == ["编辑"]
    assert not user.has_perm("articles.publish_article")


def test_without_a_terminal_or_password_says_what_to_do(monkeypatch):
    """No KEXIE_EDITOR_PASSWORD and no terminal to ask on (a script, cron): a message, not a traceback."""
    monkeypatch.delenv("KEXIE_EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    with pytest.raises(CommandError, match="KEXIE_EDITOR_PASSWORD"):
        call_command("create_editor", "wang", stdout=io.StringIO())
    assert not User.objects.filter(username="wang").exists()


def test_says_in_chinese_why_a_password_is_refused(monkeypatch):
    monkeypatch.setenv("KEXIE_EDITOR_PASSWORD", "1234567")
    with pytest.raises(CommandError) as refused:
        call_command("create_editor", "wang", stdout=io.StringIO())
    assert "密码太短，至少需要 8 个字符。" in str(refused.value) and "short" not in str(refused.value)
