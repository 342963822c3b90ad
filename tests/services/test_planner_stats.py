"""A first import on PostgreSQL refreshes the planner's statistics, so its foreign-key checks stop
scanning the article table (services/planner_stats.py)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles.models import Article
from articles.services import batch, planner_stats
from articles.services.context import get_import_context
from articles.services.pagefiles import collect_page_files

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))


def page_files(folder: Path, count: int, start: int = 0):
    """``count`` distinct pages: the seeds in turn, each with a line of its own at its foot."""
    folder.mkdir()
    for n in range(start, start + count):
        seed = SEEDS[n % len(SEEDS)]
        (folder / f"{n:03d}.txt").write_text(
            f"{seed.read_text(encoding='utf-8')}\n\n编号{n}\n", encoding="utf-8"
        )
    files, problems = collect_page_files([folder])
    assert not problems
    return files


def article_seq_scans() -> int:
    """Whole-table reads of the article table so far (this connection's counts flushed first)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT seq_scan FROM pg_stat_user_tables WHERE relid = %s::regclass", [Article._meta.db_table]
        )
        return cursor.fetchone()[0]


def import_all(files) -> list[str]:
    return [outcome.status for _file, outcome in batch.import_page_files(files, context=get_import_context())]


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_foreign_key_checks_of_a_first_import_use_the_index(tmp_path):
    """Statistics taken from the empty table (as a fresh install's migrations or a vacuum leave
    them) made every check of the rest of the import read the whole table: ~35 reads a page."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Article._meta.db_table}")
    assert planner_stats.counted_articles() == 0  # "empty": what misled the plans

    first = page_files(tmp_path / "first", planner_stats.FIRST_REFRESH + 3)
    assert set(import_all(first)) == {"created"}
    assert planner_stats.counted_articles() > 100  # refreshed after the 32nd page

    before = article_seq_scans()
    more = page_files(tmp_path / "more", 5, start=len(first))
    assert set(import_all(more)) == {"created"}
    assert article_seq_scans() - before <= 2, "the checks of five more pages read the whole article table"


@pytest.mark.postgres_only
@pytest.mark.django_db
def test_the_statistics_are_refreshed_fourfold_apart_and_not_on_a_large_table(monkeypatch):
    refreshed_after = []
    monkeypatch.setattr(
        planner_stats, "analyze_grown_tables", lambda using: refreshed_after.append(statistics.written)
    )
    monkeypatch.setattr(planner_stats, "counted_articles", lambda using="default": 10)
    statistics = planner_stats.PlannerStatistics()
    for _n in range(600):
        statistics.page_written()
    assert refreshed_after == [32, 128, 512]

    monkeypatch.setattr(planner_stats, "counted_articles", lambda using="default": 50_000)
    refreshed_after.clear()
    statistics = planner_stats.PlannerStatistics()
    for _n in range(100):
        statistics.page_written()
    assert refreshed_after == []


def test_sqlite_needs_no_refresh(monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's planner reads its tables' sizes itself")
    monkeypatch.setattr(planner_stats, "analyze_grown_tables", lambda using: pytest.fail("ANALYZE on SQLite"))
    statistics = planner_stats.PlannerStatistics()
    for _n in range(100):
        statistics.page_written()
