"""Re-cut the search index with the current dictionary: every story, or those holding given names."""

from django.core.management.base import BaseCommand

from articles.models import Article
from articles.services.reindex import articles_naming, reindex_articles


class Command(BaseCommand):
    help = (
        "用当前词典（项目词表和地区、组织名称表）重新切分稿件的检索词。后台新增名称时会自动处理含该名称的稿件；"
        "升级后词表变了，或用 SQL 直接改过名称表时运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--name", action="append", default=[], metavar="名称", help="只处理含这个名称的稿件（可重复）"
        )

    def handle(self, *args, name, verbosity, **options):
        articles = articles_naming(name) if name else Article.objects.all()
        counts = reindex_articles(articles)
        if verbosity >= 1:
            self.stdout.write(f"检查 {counts.checked} 篇稿件，{counts.changed} 篇的检索词已更新。")
