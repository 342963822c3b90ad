"""Recompute the stored facet counts (services/facet_counts.py), e.g. after writing with raw SQL."""

from django.core.management.base import BaseCommand

from articles.services import facet_counts


class Command(BaseCommand):
    help = "重新计算列表页的分面计数（导入和后台编辑会自动计算；用 SQL 直接改过数据后运行）。"

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="数据库别名（默认 default）")

    def handle(self, *args, database, verbosity, **options):
        refreshed = facet_counts.refresh(using=database)
        if verbosity >= 1:
            self.stdout.write(
                f"分面计数 {refreshed.rows} 行，数据版本 {refreshed.version}，用时 {refreshed.seconds * 1000:.0f} ms"
            )
