"""Editing benchmark (issue 4): what an editor's change costs at 100,000 articles on PostgreSQL.

Run after ``bench_site.py`` has generated its data, with the same ``DATABASE_URL``. Times, on
published articles of the generated data: withdrawing and publishing one article, adding and
removing a theme on one, and publishing ten at once — each one transaction in which
``count_corrections.following`` corrects the stored public counts — beside the full recount
(``facet_counts.refresh``) that every change paid before. It ends by checking the corrected
counts against a full refresh, and leaves the data as it found it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_site import percentile, setup_django


def timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each change")
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    from articles.models import Article, FacetCount, Theme
    from articles.services import count_cache, editing, facet_counts

    if connection.vendor != "postgresql":
        raise SystemExit("bench_editing.py needs PostgreSQL: set DATABASE_URL")
    facet_counts.refresh()
    articles = list(Article.objects.published().filter(regions__isnull=False).distinct().order_by("pk")[:40])
    one, ten = articles[0], articles[10:20]
    theme = Theme.objects.exclude(pk__in=one.themes.all()).order_by("pk").first()
    changes = {
        "withdraw one article, then publish it": lambda: (
            editing.send_back_to_review(articles=[one]),
            editing.publish(articles=[one]),
        ),
        "add a theme to one article, then remove it": lambda: (
            editing.set_theme(articles=[one], theme=theme, present=True),
            editing.set_theme(articles=[one], theme=theme, present=False),
        ),
        "withdraw ten articles, then publish them": lambda: (
            editing.send_back_to_review(articles=ten),
            editing.publish(articles=ten),
        ),
    }
    rows = [("full recount (`refresh`), what each change cost before", timed(facet_counts.refresh, max(5, args.runs // 4)))]
    for label, change in changes.items():
        rows.append((f"{label} (2 transactions)", timed(change, args.runs)))
    kept = sorted(FacetCount.objects.filter(articles__gt=0).values_list("region_id", "theme_id", "articles"),
                  key=lambda row: (row[0] or 0, row[1] or 0))
    data, stored = count_cache.versions()
    facet_counts.refresh()
    fresh = sorted(FacetCount.objects.filter(articles__gt=0).values_list("region_id", "theme_id", "articles"),
                   key=lambda row: (row[0] or 0, row[1] or 0))
    n = Article.objects.count()
    print(f"{n:,} articles; counts current after the changes: {data == stored}; equal to a full refresh: {kept == fresh}")
    print("| change | runs | median ms | p95 ms |")
    print("|---|---|---|---|")
    for label, times in rows:
        print(f"| {label} | {len(times)} | {statistics.median(times):.1f} | {percentile(times, 95):.1f} |")
    return 0 if data == stored and kept == fresh else 1


if __name__ == "__main__":
    sys.exit(main())
