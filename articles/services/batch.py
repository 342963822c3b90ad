"""Import many page files: analysis in worker processes, writes in page order in this one.

Analysing a page (decode, split, regions, organizations, segmentation) is pure
CPU work and needs no database, so with ``workers >= 1`` it runs in a process
pool while this process writes the pages analysed before. Unchanged pages, and new
files holding a page's text already imported under another name, are recognised
here, before any analysis, so a re-import never starts the pool.
At most ``LOOKAHEAD`` pages are in flight, so memory stays flat however many
files there are.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator

from django.db.models import Count

from articles.models import SourceDocument
from articles.services import reindex, search
from articles.services.analysis import (
    DUPLICATE,
    FAILED,
    UNCHANGED,
    AnalysisTask,
    PageAnalysis,
    init_worker,
    run_task,
    run_task_in_worker,
    text_digest,
)
from articles.services.analysis_pool import AnalysisPool
from articles.services.context import ImportContext
from articles.services.importer import (
    WRITTEN,
    PageOutcome,
    duplicate_outcome,
    unchanged_outcome,
    write_analysis,
)
from articles.services.pagefiles import PageFile, PageFileError, read_page_bytes
from articles.services.planner_stats import PlannerStatistics
from articles.textpipeline.decode import PageDecodeError, decode_page

LOOKAHEAD = 16  # pages read and queued for analysis ahead of the writer
MIN_FILES_FOR_WORKERS = 20  # below this, starting worker processes costs more than it saves
MAX_DEFAULT_WORKERS = 2  # each holds ~200 MB: the import's peak memory bounds them (see default_workers)


def default_workers(file_count: int, cores: int | None = None) -> int:
    """Analysis processes for a batch: one per core but the writer's, at most two; none for a
    few pages or on one core.

    Since the rules grew, analysing a page costs about three times the CPU of writing it, so
    on two cores a second worker would use the writer's idle time (22 MB on SQLite: 56–65 s
    against 74–76 s with one), but each worker holds its own copy of the gazetteers and
    dictionaries it touches (about 200 MB; this process, which then never loads the
    segmenter, about 250 MB): two put the import's peak at ~500 MB (docs/BENCHMARKS.md), so
    two are the default only where a core is left for the writer. ``--workers 0`` analyses
    in this process instead.
    """
    cores = cores or os.cpu_count() or 1
    if file_count < MIN_FILES_FOR_WORKERS or cores < 2:
        return 0
    return min(cores - 1, MAX_DEFAULT_WORKERS)


def import_page_files(
    files: list[PageFile],
    *,
    context: ImportContext,
    workers: int = 0,
    status: str | None = None,
    force: bool = False,
    restore_deleted: bool = False,
    dry_run: bool = False,
) -> Iterator[tuple[PageFile, PageOutcome]]:
    """Yield each file with its outcome, in order; a failing page never stops the others.
    ``restore_deleted``: re-read the pages (as ``force``) and create again the stories editors deleted."""
    known = dict(SourceDocument.objects.values_list("source_ref", "content_hash"))
    holders = {digest: source_ref for source_ref, digest in known.items()}  # which page holds each text
    counts = dict(SourceDocument.objects.annotate(n=Count("articles")).values_list("source_ref", "n"))
    reread = force or restore_deleted
    tasks = (_task(page_file, known.get(page_file.source_ref), reread, holders) for page_file in files)
    statistics = PlannerStatistics()  # a first import's foreign-key checks would scan the articles
    names = reindex.name_mark()
    with search.batched_index_writes():
        for page_file, analysis in zip(files, _analyses(tasks, context, workers), strict=True):
            outcome = _write(
                page_file,
                analysis,
                context,
                counts,
                status=status,
                restore_deleted=restore_deleted,
                dry_run=dry_run,
            )
            if outcome.status in WRITTEN and not dry_run:
                statistics.page_written()
            yield page_file, outcome
        reindex.reindex_names_added_since(names)  # the run's new names, in the stories before them


def _task(
    page_file: PageFile, known_digest: str | None, force: bool, holders: dict[str, str]
) -> AnalysisTask | PageAnalysis:
    """The work one file needs, or its outcome right away: unreadable, undecodable, unchanged, or a
    new file with the text of a page imported before or earlier in this run (``holders``: text digest
    → page; the first file with a text is added to it).

    Decoding is cheap and done here, so bad files, unchanged pages and copies never reach a worker.
    """
    try:
        decoded = decode_page(read_page_bytes(page_file))
    except (PageFileError, PageDecodeError) as error:
        return PageAnalysis(FAILED, error=str(error))
    digest = text_digest(decoded.text)
    if digest == known_digest and not force:
        return PageAnalysis(UNCHANGED, digest=digest)
    holder = holders.setdefault(digest, page_file.source_ref)
    if known_digest is None and holder != page_file.source_ref:  # --force re-reads pages, it copies none
        return PageAnalysis(DUPLICATE, digest=digest, error=holder)
    return AnalysisTask(decoded.text, decoded.encoding, digest)


def _analyses(tasks, context: ImportContext, workers: int) -> Iterator[PageAnalysis]:
    """Analyses in task order: in this process, or in a pool started on the first page that needs one
    (``analysis_pool.py``: a page whose process dies is reported, the others go on)."""

    def here(task: AnalysisTask) -> PageAnalysis:  # in this process
        return run_task(task, context.enrichment)

    if workers < 1:
        for task in tasks:
            yield task if isinstance(task, PageAnalysis) else here(task)
        return
    # ``here`` also serves when no process can run (the pool falls back to it)
    pool = AnalysisPool(workers, context.spec, analyse=run_task_in_worker, start=init_worker, fallback=here)
    pending: deque = deque()

    def ready(entry) -> bool:
        return isinstance(entry, PageAnalysis) or pool.done(entry)

    def result(entry) -> PageAnalysis:
        return entry if isinstance(entry, PageAnalysis) else pool.result(entry)

    try:
        for task in tasks:
            pending.append(task if isinstance(task, PageAnalysis) else pool.submit(task))
            while pending and (len(pending) > LOOKAHEAD or ready(pending[0])):
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
    finally:
        pool.close()


def _write(page_file, analysis, context, counts, *, status, restore_deleted, dry_run) -> PageOutcome:
    if analysis.status == UNCHANGED:
        return unchanged_outcome(page_file.source_ref, counts.get(page_file.source_ref, 0))
    if analysis.status == DUPLICATE:
        return duplicate_outcome(page_file.source_ref, analysis.error)
    return write_analysis(
        analysis, source_ref=page_file.source_ref, file_name=page_file.path.name, context=context,
        status=status, restore_deleted=restore_deleted, dry_run=dry_run,
    )
