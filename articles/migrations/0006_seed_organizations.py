"""The starting organizations (中国科协, the two provincial 科协, a few bodies known by abbreviation).

Read from articles/textpipeline/data/organizations.txt, the same file the pipeline's
tests use, so editors see and correct these records in the admin like any other.
"""

from django.db import migrations
from django.db.models import Q

from articles.slugs import pinyin_slug
from articles.textpipeline.segment import DATA_DIR


def rows():
    for line in (DATA_DIR / "organizations.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, kind, region, parent, names = (line.split("|") + [""] * 5)[:5]
            yield key, kind, region, parent, [name for name in names.split(",") if name]


def seed_region(Region, name: str):
    """The region a row names: a province by its name, else the one county or city of that name in 重庆 or 四川
    (万州区, 南充市; another province's 朝阳区 is not meant). None when the name is empty or not one region."""
    if not name:
        return None
    province = Region.objects.filter(name=name, parent__isnull=True).first()
    if province is not None:
        return province
    local = list(Region.objects.filter(Q(adcode__startswith="50") | Q(adcode__startswith="51"), name=name)[:2])
    return local[0] if len(local) == 1 else None


def load(apps, schema_editor):
    Organization = apps.get_model("articles", "Organization")
    OrganizationAlias = apps.get_model("articles", "OrganizationAlias")
    Region = apps.get_model("articles", "Region")
    for key, kind, region_name, parent_key, names in rows():
        region = seed_region(Region, region_name)
        parent = Organization.objects.filter(name=parent_key).first() if parent_key else None
        short = next((name for name in names if any("\u4e00" <= char <= "\u9fff" for char in name)), "")
        organization, _ = Organization.objects.get_or_create(
            name=key,
            defaults={"kind": kind, "region": region, "parent": parent, "short_name": short, "slug": pinyin_slug(key)},
        )
        for name in [key, *names]:
            OrganizationAlias.objects.get_or_create(name=name, defaults={"organization": organization})


def unload(apps, schema_editor):
    Organization = apps.get_model("articles", "Organization")
    Organization.objects.filter(name__in=[row[0] for row in rows()], articles__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_editor_groups")]

    operations = [migrations.RunPython(load, unload)]
