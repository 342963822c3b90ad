"""Bring the regions' former names up to articles/data/regions.csv as rebuilt: a former name another
province's unit still bears is kept (重庆's 双桥区, now 大足区, beside 承德's 双桥区), and the county-level
达川市 is 通川区's former name, not 达川区's.

Names an editor added are kept; a name is dropped only where the table now gives it to another unit.
"""

from django.db import migrations

from articles.regiondata import DEFAULT_CSV, read_csv


def sync_former_names(apps, schema_editor):
    Region = apps.get_model("articles", "Region")
    rows = read_csv(DEFAULT_CSV)
    owner = {}
    for row in rows:
        for name in row.former_names:
            owner.setdefault(name, set()).add(row.adcode)
    table = {row.adcode: row.former_names for row in rows}
    changed = []
    for region in Region.objects.filter(adcode__in=table).only("id", "adcode", "former_names"):
        current = [n for n in region.former_names.splitlines() if n.strip()]
        kept = [n for n in current if region.adcode in owner.get(n, {region.adcode})]
        names = kept + [n for n in table[region.adcode] if n not in kept]
        if names != current:
            region.former_names = "\n".join(names)
            changed.append(region)
    Region.objects.bulk_update(changed, ["former_names"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0026_byline_intern_role"),
    ]

    operations = [
        migrations.RunPython(sync_former_names, migrations.RunPython.noop),
    ]
