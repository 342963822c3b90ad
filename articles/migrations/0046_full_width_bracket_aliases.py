"""Organizations' names keep the full-width brackets their story prints (重庆建设工业（集团）有限责任公司) since the
importer writes them as the body text's repair does: a record an older import named with half-width brackets
(…(集团)…) gets the full-width form of each such name as an alias, so the next import finds that record instead of
making a second one. The record's own name, which an editor may have set, is left as it is."""

from django.db import migrations
from django.db.models import Q

FULL_WIDTH = str.maketrans({"(": "（", ")": "）"})


def add_full_width_aliases(apps, schema_editor):
    OrganizationAlias = apps.get_model("articles", "OrganizationAlias")
    for alias in OrganizationAlias.objects.filter(Q(name__contains="(") | Q(name__contains=")")):
        OrganizationAlias.objects.get_or_create(
            name=alias.name.translate(FULL_WIDTH), defaults={"organization_id": alias.organization_id}
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0045_search_tokens_of_zones_and_whole_body_names")]

    operations = [migrations.RunPython(add_full_width_aliases, migrations.RunPython.noop)]
