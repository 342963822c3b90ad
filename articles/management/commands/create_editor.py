"""Create (or update) an editor's account in the 编辑 or 审核 group."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

ROLES = {"editor": "编辑", "reviewer": "审核"}


class Command(BaseCommand):
    help = "创建编辑账号：--role editor（编辑，可修改不可发布）或 reviewer（审核，可发布）。密码从终端输入或 KEXIE_EDITOR_PASSWORD。"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, default="editor")
        parser.add_argument("--email", default="")

    def handle(self, *args, username, role, email, **options):
        try:
            group = Group.objects.get(name=ROLES[role])
        except Group.DoesNotExist as error:
            raise CommandError("找不到编辑用户组，请先运行 manage.py migrate。") from error
        password = os.environ.get("KEXIE_EDITOR_PASSWORD") or self._ask_password()
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise CommandError("密码不合格：" + "；".join(error.messages)) from error
        user.email = email or user.email
        user.is_staff = True
        user.set_password(password)
        user.save()
        # One role: the other role's group goes, so --role editor takes the right to publish away.
        user.groups.remove(*Group.objects.filter(name__in=ROLES.values()).exclude(pk=group.pk))
        user.groups.add(group)
        self.stdout.write(f"账号 {username} 已可登录 /admin/，角色：{group.name}。")

    def _ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("请在终端中运行，或设置 KEXIE_EDITOR_PASSWORD。")
        try:
            first = getpass.getpass("密码：")
            again = getpass.getpass("再输一次：")
        except EOFError as error:
            raise CommandError("没有读到密码。请在终端中运行，或设置 KEXIE_EDITOR_PASSWORD。") from error
        if first != again:
            raise CommandError("两次输入的密码不一致。")
        return first
