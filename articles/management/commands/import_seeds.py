"""Import newspaper and web pages (plain text) into articles: one transaction per page."""

import signal
import sys
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from articles.models import Article
from articles.services import facet_counts
from articles.services.analysis_pool import UNGUARDED, starting_a_worker
from articles.services.batch import (
    MAX_DEFAULT_WORKERS,
    MIN_FILES_FOR_WORKERS,
    default_workers,
    import_page_files,
)
from articles.services.context import get_import_context
from articles.services.pagefiles import collect_page_files

# A page outcome's counts, summed over the pages for the summary.
COUNTED = (
    "created",
    "updated",
    "unchanged",
    "removed",
    "flagged",
    "restored",
    "restored_under_new_ids",
    "held_deleted",
)
# A page's outcome as ``-v 2`` reports it (failed and duplicate pages are reported apart).
PAGE_STATUS = {"created": "新导入", "updated": "有更新", "unchanged": "无变化"}


class Terminated(BaseException):
    """SIGTERM (a service manager stopping the import), raised where the import is, as Ctrl-C is."""


@contextmanager
def stopped_by_sigterm():
    """While inside, SIGTERM stops the import the way Ctrl-C does (without it the process died at
    once and left its analysis processes waiting); only the main thread may set a handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Command(BaseCommand):
    help = "导入版面文本（文件或目录，默认是项目的 seeds/）。重复运行不会产生重复稿件，也不会覆盖编辑的修改。"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="文件或目录；省略时导入 seeds/")
        parser.add_argument("--dry-run", action="store_true", help="只分析和统计，不写入数据库")
        parser.add_argument(
            "--status", choices=Article.Status.values, help="新稿件的状态（默认：无问题的发布，有问题的待审核）"
        )
        parser.add_argument(
            "--force", action="store_true", help="内容未变的页面也重新分析（编辑删除的稿件仍不恢复）"
        )
        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help="重新分析所给的页面，并恢复编辑从这些页面删除的稿件（须写明文件或目录）；"
            "恢复的稿件取删除时的状态和发布时间，无记录的为待审核",
        )
        parser.add_argument("--no-progress", action="store_true", help="不显示进度条")
        parser.add_argument(
            "--workers", type=int, help=f"分析页面的进程数（默认：不少于 {MIN_FILES_FOR_WORKERS} 个文件时为核数减一，最多 {MAX_DEFAULT_WORKERS} 个；0 表示不另开进程）"
        )

    def handle(
        self,
        *args,
        paths,
        dry_run,
        status,
        force,
        restore_deleted,
        no_progress,
        workers,
        verbosity,
        **options,
    ):
        if starting_a_worker():  # a script without a __main__ guard, run again by a spawned worker
            raise CommandError(UNGUARDED)
        if restore_deleted and not paths:  # an editor's deletion is undone page by page, never for all seeds
            raise CommandError("--restore-deleted 须写明要恢复的页面文件或目录。")
        files, problems = collect_page_files(paths or [Path(settings.BASE_DIR) / "seeds"])
        for problem in problems:
            self.stderr.write(self.style.ERROR(f"失败 {problem}"))
        if not files and problems:
            raise CommandError("没有可导入的文件。")
        try:
            context = get_import_context()
        except DatabaseError as error:
            raise CommandError(f"数据库不可用或尚未初始化（请先运行 manage.py migrate）：{error}") from error
        totals = dict.fromkeys(("pages", "duplicates", *COUNTED), 0)
        restored: list[tuple[int, str, str, str]] = []  # (id, title, status, URL) of each restored story
        failures = len(problems)
        workers = default_workers(len(files)) if workers is None else max(0, workers)
        outcomes = import_page_files(
            files,
            context=context,
            workers=workers,
            status=status,
            force=force,
            restore_deleted=restore_deleted,
            dry_run=dry_run,
        )
        interrupted = None  # the signal that stopped the import, if one did
        try:
            with stopped_by_sigterm():
                for page_file, outcome in self._progress(outcomes, total=len(files), disabled=no_progress or verbosity == 0):
                    failures += self._tally(page_file, outcome, totals, verbosity)
                    restored.extend(outcome.restored_articles)
        except (KeyboardInterrupt, Terminated) as stop:  # the page being written is rolled back, the written ones stay
            interrupted = signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT
            outcomes.close()  # stops the analysis processes
        if not dry_run:  # once for the whole import, not per page; nothing to do if nothing changed
            facet_counts.refresh(unless_current=True)
        prefix = "（试运行，未写入）" if dry_run else ""
        if verbosity >= 1:
            self.stdout.write(
                f"{prefix}页面 {totals['pages']}，稿件新建 {totals['created']}，更新 {totals['updated']}，"
                f"未变 {totals['unchanged']}，删除 {totals['removed']}，待查 {totals['flagged']}，失败 {failures}"
                + (f"，重复跳过 {totals['duplicates']}" if totals["duplicates"] else "")
                + (f"，已删除未恢复 {totals['held_deleted']}" if totals["held_deleted"] else "")
                + (self._restored(totals, restored) if restore_deleted else "")
            )
            for pk, title, status, url in restored:  # where to look at them, and whether the public sees them
                self.stdout.write(f"  恢复 #{pk} {title}（{Article.Status(status).label}）{url}")
        if interrupted:
            raise CommandError(
                "导入已中断：写完的页面都已保存，中断时正在写入的那一页已回滚，其余页面没有导入；"
                "再次运行同一命令会跳过已导入的页面，接着导入其余页面。",
                returncode=128 + interrupted,  # 130 for Ctrl-C, 143 for SIGTERM, as a shell reports them
            )
        if failures:
            raise CommandError(f"{failures} 个文件导入失败，见上。", returncode=1)

    @staticmethod
    def _restored(totals: dict, restored: list[tuple[int, str, str, str]]) -> str:
        """How many came back with which status (a restore publishes only what was published when
        deleted); restored stories keep their old id, so their old URL works again: say how many could not."""
        statuses = Counter(status for _pk, _title, status, _url in restored)
        by_status = "".join(
            f"，{Article.Status(status).label} {statuses[status]}"
            for status in Article.Status.values
            if statuses[status]
        )
        elsewhere = totals["restored_under_new_ids"]
        if not elsewhere:
            return f"（新建中恢复编辑删除的 {totals['restored']}{by_status}）"
        return (
            f"（新建中恢复编辑删除的 {totals['restored']}{by_status}，"
            f"其中 {elsewhere} 篇原编号已被占用或无记录，用了新编号，旧链接仍打不开）"
        )

    def _tally(self, page_file, outcome, totals: dict, verbosity: int) -> int:
        """Add a page's outcome to the totals and report it; 1 if the page failed, else 0."""
        if outcome.status == "failed":
            self.stderr.write(self.style.ERROR(f"失败 {page_file.path}: {outcome.error}"))
            return 1
        if outcome.status == "duplicate":  # reported whatever the verbosity: the editor may have meant another file
            self.stderr.write(self.style.WARNING(
                f"跳过 {page_file.path}：文字与已导入的 {outcome.same_as} 完全相同，没有重复导入"
            ))
            totals["duplicates"] += 1
            return 0
        totals["pages"] += 1
        for key in COUNTED:
            totals[key] += getattr(outcome, key)
        if verbosity >= 2:
            self.stdout.write(
                f"{page_file.source_ref}: {PAGE_STATUS[outcome.status]}，新建 {outcome.created}，更新 {outcome.updated}，"
                f"未变 {outcome.unchanged}，删除 {outcome.removed}，待查 {outcome.flagged}"
                + (f"，已删除未恢复 {outcome.held_deleted}" if outcome.held_deleted else "")
            )
            for title in outcome.updated_titles:  # what the editor may want to look at again
                self.stdout.write(f"  更新：{title}")
        return 0

    def _progress(self, outcomes, *, total, disabled):
        if disabled or total < 20 or not sys.stderr.isatty():
            return outcomes
        from tqdm import tqdm

        return tqdm(outcomes, total=total, unit="页", file=sys.stderr)
