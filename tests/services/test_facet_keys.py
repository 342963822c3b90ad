"""Each article's facet keys (services/facet_keys.py): what its links give, kept by every writer."""

import importlib
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

from articles.models import Article, ArticleRegion, Region, Theme
from articles.services import facet_counts, facet_keys
from articles.services.importer import import_page
from tests.factories import make_article

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))
LEVELS = (8, 15, 22)
PATHS = {
    1: "/510000/",
    2: "/510000/510600/",
    3: "/510000/510600/510681/",
    4: "/500000/",
    5: "/500000/500100/",
    6: "/500000/500100/500118/",
    7: "/520000/520100/",  # its province is not in this table
}


@pytest.mark.parametrize(
    ("region", "ancestors"),
    [(1, (1,)), (2, (1, 2)), (3, (1, 2, 3)), (6, (4, 5, 6)), (7, (7,))],
)
def test_level_ancestors_are_the_region_and_its_ancestors_at_each_level(region, ancestors):
    assert facet_keys.level_ancestors(PATHS, LEVELS)[region] == ancestors


@pytest.mark.parametrize(
    ("linked", "keys"),
    [
        ([], []),
        ([3], [1, 2, 3]),
        ([3, 2], [1, 2, 3]),  # a county and its prefecture: each key once
        ([3, 6], [1, 2, 3, 4, 5, 6]),
        ([99], []),  # a region the table does not hold
    ],
)
def test_region_keys_hold_each_ancestor_once(linked, keys):
    assert facet_keys.region_keys(linked, facet_keys.level_ancestors(PATHS, LEVELS)) == keys


def keys_from_links(article: Article) -> tuple[list[int], list[int], list[int]]:
    """The keys by the ORM, independently: every region whose path is a level prefix of a linked
    region's path, those of them above county level, and the themes."""
    prefixes = {path[:n] for path in article.regions.values_list("path", flat=True) for n in LEVELS if len(path) >= n}
    regions = Region.objects.filter(path__in=prefixes).order_by("id")
    upper = [pk for pk, path in regions.values_list("id", "path") if len(path) < LEVELS[-1]]
    return list(regions.values_list("id", flat=True)), upper, sorted(article.themes.values_list("id", flat=True))


def stored_keys(article: Article) -> tuple[list[int], list[int], list[int]]:
    article.refresh_from_db(fields=["facet_regions", "facet_upper_regions", "facet_themes"])
    return article.facet_regions, article.facet_upper_regions, article.facet_themes


@pytest.mark.parametrize(
    ("keys", "upper"),
    [([], []), ([1, 2, 3], [1, 2]), ([1, 2, 3, 4, 5, 6], [1, 2, 4, 5]), ([7], [7])],
)
def test_upper_keys_are_the_province_and_prefecture_keys(keys, upper):
    upper_ids = frozenset(pk for pk, path in PATHS.items() if len(path) < LEVELS[-1])
    assert facet_keys.upper_keys(keys, upper_ids) == upper


@pytest.mark.django_db
def test_the_importer_writes_each_articles_keys_with_it():
    for path in SEEDS:
        import_page(path.read_bytes(), source_ref=path.name)
    articles = list(Article.objects.all())
    assert sum(1 for article in articles if article.facet_regions) >= 20
    for article in articles:
        assert stored_keys(article) == keys_from_links(article), article.title
    assert facet_keys.update() == 0


@pytest.mark.django_db
def test_a_reimport_that_moves_an_article_to_other_regions_moves_its_keys():
    seed = next(path for path in SEEDS if path.name.startswith("002"))
    import_page(seed.read_bytes(), source_ref=seed.name)
    luzhou = Region.objects.get(adcode="510500")
    assert not Article.objects.filter(regions=luzhou).exists()
    changed = seed.read_text(encoding="utf-8").replace("遂宁", "泸州")
    import_page(changed.encode("utf-8"), source_ref=seed.name)
    moved = Article.objects.filter(regions=luzhou)
    assert moved.exists()
    for article in moved:
        assert luzhou.pk in article.facet_regions
        assert stored_keys(article) == keys_from_links(article)
    assert facet_keys.update() == 0


@pytest.mark.django_db
def test_update_repairs_links_written_behind_its_back():
    article = make_article(regions=["510681", "500118"], themes=["kexue-puji"])
    assert stored_keys(article) == keys_from_links(article) != ([], [], [])
    ArticleRegion.objects.filter(article=article, region__adcode="500118").delete()
    article.themes.add(Theme.objects.get(slug="tuopin-gongjian"))
    assert facet_keys.update([article.pk]) == 1
    assert stored_keys(article) == keys_from_links(article)
    assert facet_keys.update() == 0


@pytest.mark.django_db
def test_a_full_refresh_of_the_counts_repairs_the_keys():
    article = make_article(regions=["510681"], themes=["kexue-puji"])
    Article.objects.filter(pk=article.pk).update(facet_regions=[], facet_themes=[])
    facet_counts.refresh()
    assert stored_keys(article) == keys_from_links(article)


@pytest.mark.django_db
def test_the_migration_fills_the_keys_of_existing_articles():
    articles = [make_article(regions=["510681", "510603"], themes=["kexue-puji"]), make_article(regions=["500000"])]
    Article.objects.update(facet_regions=[], facet_themes=[])
    migration = importlib.import_module("articles.migrations.0012_facet_keys")
    migration.fill_keys(apps, SimpleNamespace(connection=connection))
    for article in articles:
        assert stored_keys(article) == keys_from_links(article)


@pytest.mark.django_db
def test_the_field_stores_sorted_integers_and_reads_back_lists():
    article = make_article()
    Article.objects.filter(pk=article.pk).update(facet_regions=[30, 2, 10])
    assert stored_keys(article) == ([2, 10, 30], [], [])
    article.facet_themes = [5]
    article.save(update_fields=["facet_themes"])
    assert Article.objects.filter(pk=article.pk).values_list("facet_themes", flat=True).get() == [5]


@pytest.mark.django_db
def test_update_writes_in_batches(monkeypatch):
    monkeypatch.setattr(facet_keys, "WRITE_BATCH", 2)
    articles = [make_article(regions=["510681"], themes=["kexue-puji"]) for _ in range(5)]
    Article.objects.update(facet_regions=[], facet_upper_regions=[], facet_themes=[])
    assert facet_keys.update() == 5
    for article in articles:
        assert stored_keys(article) == keys_from_links(article)


def _schema_editor():
    """What the migrations' functions use of a schema editor, on the test's connection (its
    deferred foreign-key checks run first: PostgreSQL alters no table with checks pending)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def execute(sql, params=()):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)

    return SimpleNamespace(connection=connection, execute=execute, quote_name=connection.ops.quote_name)


as_text_migration = importlib.import_module("articles.migrations.0015_facet_keys_as_text")


def _toast_rows() -> int:
    """The chunks in the article table's TOAST table (a new one after each rewrite)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'articles_article'")
        cursor.execute(f"SELECT count(*) FROM {cursor.fetchone()[0]}")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_the_migration_fills_the_upper_keys_from_the_full_keys():
    """0014 ran on the ``integer[]`` columns of PostgreSQL, which 0015 turned into text: there
    the test takes the columns back to arrays for it (in its transaction) and forward again."""
    articles = [make_article(regions=["510681", "510603"]), make_article(regions=["500000"]), make_article()]
    Article.objects.update(facet_upper_regions=[])
    migration = importlib.import_module("articles.migrations.0014_facet_upper_regions")
    as_text_migration.to_arrays(apps, _schema_editor())
    migration.fill_upper_keys(apps, _schema_editor())
    as_text_migration.to_text(apps, _schema_editor())
    for article in articles:
        assert stored_keys(article) == keys_from_links(article)
    assert any(stored_keys(article)[1] for article in articles)


@pytest.mark.django_db
@pytest.mark.postgres_only
def test_the_keys_become_json_text_and_back_to_arrays():
    """0015 on PostgreSQL: ``{2,10,30}`` becomes ``[2,10,30]`` (and an empty list ``[]``), in the
    row uncompressed; its reverse gives the arrays back."""
    article, empty = make_article(), make_article()
    Article.objects.filter(pk=article.pk).update(facet_regions=[30, 2, 10], facet_themes=[5])
    # Keys longer than the row's 128-byte target (0013), which the rewrite must not move out of it.
    # PostgreSQL fits a row to that target only when it stores some value of it apart: a long body.
    many = make_article(body="重庆市科协组织专家深入基层开展科普活动，" * 400)
    Article.objects.filter(pk=many.pk).update(facet_upper_regions=list(range(1000, 1080)))
    toast_rows = _toast_rows()

    def stored(column: str) -> list:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {column} FROM articles_article WHERE id IN (%s, %s) ORDER BY id",
                           [article.pk, empty.pk])
            return [row[0] for row in cursor.fetchall()]

    assert stored("facet_regions") == ["[2,10,30]", "[]"]
    as_text_migration.to_arrays(apps, _schema_editor())
    assert stored("facet_regions") == [[2, 10, 30], []]
    assert stored("facet_themes") == [[5], []]
    as_text_migration.to_text(apps, _schema_editor())
    assert stored("facet_regions") == ["[2,10,30]", "[]"]
    assert stored("facet_themes") == ["[5]", "[]"]
    assert _toast_rows() == toast_rows, "the keys stay in their rows"
    assert stored("pg_column_compression(facet_upper_regions)") == [None, None], "and uncompressed"
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_column_compression(facet_upper_regions) FROM articles_article WHERE id = %s", [many.pk])
        assert cursor.fetchone() == (None,)
    many.refresh_from_db(fields=["facet_upper_regions"])
    assert many.facet_upper_regions == list(range(1000, 1080))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attstorage FROM pg_attribute a"
            " JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 'articles_article' AND a.attname = ANY(%s)",
            [as_text_migration.COLUMNS],
        )
        assert {name: (kind, storage) for name, kind, storage in cursor.fetchall()} == dict.fromkeys(
            as_text_migration.COLUMNS, ("text", "p")
        )
