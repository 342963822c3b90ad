"""Import many page files: analysis in worker processes, writes in page order in this one.

Analysing a page (decode, split, regions, organizations, segmentation) is pure
CPU work and needs no database, so with ``workers > 1`` it runs in a process
pool while this process writes the pages analysed before. Look-ahead is
bounded, so memory stays flat however many files there are.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator

from django.db import DatabaseError
from django.db.models import Count

from articles.models import SourceDocument
from articles.services.analysis import UNCHANGED, AnalysisTask, init_worker, run_task, run_task_in_worker
from articles.services.context import ImportContext
from articles.services.importer import PageOutcome, unchanged_outcome, write_analysis
from articles.services.pagefiles import PageFile, PageFileError, read_page_bytes

LOOKAHEAD = 16  # pages read and queued for analysis ahead of the writer


def import_page_files(
    files: list[PageFile],
    *,
    context: ImportContext,
    workers: int = 0,
    status: str | None = None,
    force: bool = False,
    dry_run: bool = False,
) -> Iterator[tuple[PageFile, PageOutcome]]:
    """Yield each file with its outcome, in order; a failing page never stops the others."""
    known = dict(SourceDocument.objects.values_list("source_ref", "content_hash"))
    counts = dict(SourceDocument.objects.annotate(n=Count("articles")).values_list("source_ref", "n"))
    slots, stopped = threading.Semaphore(LOOKAHEAD), threading.Event()

    def tasks() -> Iterator[AnalysisTask]:
        for page_file in files:
            slots.acquire()
            if stopped.is_set():
                return
            try:
                data = read_page_bytes(page_file)
            except PageFileError as error:
                yield AnalysisTask(None, read_error=str(error))
                continue
            yield AnalysisTask(data, known.get(page_file.source_ref), force)

    try:
        for page_file, analysis in zip(files, _analyses(tasks(), context, workers), strict=True):
            slots.release()
            yield page_file, _write(page_file, analysis, context, counts, status=status, dry_run=dry_run)
    finally:
        stopped.set()  # let the reader thread finish if we stop early
        for _ in range(LOOKAHEAD):
            slots.release()


def _write(page_file, analysis, context, counts, *, status, dry_run) -> PageOutcome:
    if analysis.status == UNCHANGED:
        return unchanged_outcome(page_file.source_ref, counts.get(page_file.source_ref, 0))
    try:
        return write_analysis(
            analysis, source_ref=page_file.source_ref, file_name=page_file.path.name, context=context,
            status=status, dry_run=dry_run,
        )
    except DatabaseError as error:  # rolled back with the page's transaction; the next page goes on
        return PageOutcome(page_file.source_ref, status="failed", error=f"写入数据库失败，已回滚：{error}")


def _analyses(tasks: Iterable[AnalysisTask], context: ImportContext, workers: int):
    if workers <= 1:
        yield from (run_task(task, context.enrichment) for task in tasks)
        return
    # spawn, not fork: the children must not inherit this process's database connections.
    pool = multiprocessing.get_context("spawn").Pool(workers, initializer=init_worker, initargs=(context.spec,))
    try:
        yield from pool.imap(run_task_in_worker, tasks, chunksize=1)
    finally:
        pool.terminate()
        pool.join()
