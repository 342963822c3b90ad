"""Load the national region table (province, prefecture, county) from articles/data/regions.csv.

The CSV is generated from its source by ``manage.py rebuild_region_data``; see docs/REGIONS.md.
"""

from django.db import migrations

from articles.regiondata import DEFAULT_CSV, read_csv


def tree_fields(rows):
    """Path and full name of every row, computed from the parent links."""
    by_code = {row.adcode: row for row in rows}
    paths, full_names = {}, {}

    def resolve(code):
        if code in paths:
            return
        row = by_code[code]
        parent = row.parent_adcode if row.parent_adcode in by_code else None
        if parent:
            resolve(parent)
            paths[code] = f"{paths[parent]}{code}/"
            parent_name = by_code[parent].name
            full_names[code] = row.name if row.name.startswith(parent_name) else full_names[parent] + row.name
        else:
            paths[code] = f"/{code}/"
            full_names[code] = row.name

    for code in by_code:
        resolve(code)
    return paths, full_names


def load_regions(apps, schema_editor):
    Region = apps.get_model("articles", "Region")
    rows = read_csv(DEFAULT_CSV)
    paths, full_names = tree_fields(rows)
    Region.objects.bulk_create(
        [
            Region(
                adcode=row.adcode,
                name=row.name,
                full_name=full_names[row.adcode],
                short_names="\n".join(row.short_names),
                former_names="\n".join(row.former_names),
                level=row.level,
                path=paths[row.adcode],
            )
            for row in rows
        ],
        batch_size=500,
    )
    ids = dict(Region.objects.values_list("adcode", "id"))
    children = []
    for row in rows:
        if row.parent_adcode in ids:
            children.append(Region(id=ids[row.adcode], parent_id=ids[row.parent_adcode]))
    Region.objects.bulk_update(children, ["parent"], batch_size=500)


def unload_regions(apps, schema_editor):
    Region = apps.get_model("articles", "Region")
    Region.objects.update(parent=None)
    Region.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_search_index")]

    operations = [migrations.RunPython(load_regions, unload_regions)]
