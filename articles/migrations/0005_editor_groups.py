"""The editors' roles: 编辑 (edit, may not publish) and 审核 (edit and publish).

Permissions are created here first: on a fresh database Django only creates them
after all migrations have run, and a group needs them to exist.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "编辑"
REVIEWER = "审核"

# (model, actions) for both roles; pages and regions come from the importer and the official table.
EDITOR_PERMISSIONS = [
    ("article", ["view", "add", "change", "delete"]),
    ("byline", ["view", "add", "change", "delete"]),
    ("photocaption", ["view", "add", "change", "delete"]),
    ("articleflag", ["view", "change"]),
    ("articleregion", ["view", "add", "change", "delete"]),
    ("articleorganization", ["view", "add", "change", "delete"]),
    ("organization", ["view", "add", "change", "delete"]),
    ("organizationalias", ["view", "add", "change", "delete"]),
    ("theme", ["view", "add", "change"]),
    ("region", ["view", "change"]),
    ("sourcedocument", ["view", "change"]),
]
REVIEWER_EXTRA = ["publish_article"]


def codenames(pairs):
    return [f"{action}_{model}" for model, actions in pairs for action in actions]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor_codes = codenames(EDITOR_PERMISSIONS)
    for name, codes in [(EDITOR, editor_codes), (REVIEWER, editor_codes + REVIEWER_EXTRA)]:
        group, _created = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(content_type__app_label="articles", codename__in=codes)
        missing = set(codes) - set(permissions.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"missing permissions for group {name}: {sorted(missing)}")
        group.permissions.set(permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITOR, REVIEWER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_load_themes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
