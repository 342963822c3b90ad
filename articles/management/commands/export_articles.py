"""Write every article as JSON Lines (UTF-8, one object per line)."""

from django.core.management.base import BaseCommand, CommandError

from articles.services.export import export_queryset, write_jsonl


class Command(BaseCommand):
    help = "导出全部稿件为 JSON Lines（每行一个对象，UTF-8，中文不转义）。格式见 docs/EXPORT.md。"

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="输出文件；省略时写到标准输出。")

    def handle(self, *args, output=None, **options):
        articles = export_queryset().iterator(chunk_size=500)
        if not output or output == "-":
            stream = self.stdout._out  # the raw stream: OutputWrapper would add its own line endings
            if (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8")
            count = write_jsonl(articles, stream)
            stream.flush()
        else:
            try:
                with open(output, "w", encoding="utf-8") as stream:
                    count = write_jsonl(articles, stream)
            except OSError as error:
                raise CommandError(f"无法写入 {output}：{error.strerror}") from error
        if options["verbosity"] >= 1:
            self.stderr.write(f"已导出 {count} 篇稿件。")
