"""Worker processes for page analysis that survive a worker's death.

``multiprocessing.Pool`` waits forever for a task whose process died (the kernel's out-of-memory
killer, a crash inside a native library such as the segmenter's) and restarts a worker whose
start-up fails again and again: the import hung with no message. Here a process pool from
``concurrent.futures`` reports both. A page whose process died is analysed again alone, in a
process of its own: if that one dies too, the page is the cause and is reported as failed; the
pages that were queued behind it are analysed again and imported as usual. A worker that cannot
start (its dictionaries cannot be loaded) answers every page with that reason instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import wait

from articles.services.analysis import FAILED, AnalysisTask, PageAnalysis

DIED = "分析这一页时分析进程意外退出（可能是内存不足，或某个依赖库崩溃），这一页没有导入；其余页面照常导入"
COULD_NOT_START = "分析进程无法启动，这一页没有导入"

# Worker-process side: why ``start`` failed in this process, if it did.
_start_error: str | None = None


def _start(start, spec) -> None:
    """The pool's initializer: ``start(spec)``, its failure kept for the pages instead of raised
    (a raising initializer breaks the pool before any page can say why)."""
    global _start_error
    # Ctrl-C is the importing process's to handle: it stops the pool after the pages in hand.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_the_parent, daemon=True).start()
    try:
        start(spec)
    except Exception as error:  # reported with every page this process is given
        _start_error = f"{type(error).__name__}: {error}"


def _exit_with_the_parent() -> None:
    """Exit when the importing process is gone, however it ended (killed, out of memory): a worker
    waits for pages from it and would otherwise wait forever, holding its ~175 MB."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        wait([parent.sentinel])
        os._exit(1)


def _analyse(analyse, task: AnalysisTask) -> PageAnalysis:
    if _start_error is not None:
        return PageAnalysis(FAILED, error=f"{COULD_NOT_START}：{_start_error}")
    return analyse(task)


@dataclass
class Submitted:
    """A page handed to the pool: its task, its future and the executor that runs it."""

    task: AnalysisTask
    future: Future
    executor: ProcessPoolExecutor


class AnalysisPool:
    """``workers`` processes that run ``analyse(task)`` after ``start(spec)``; started on first use.

    ``submit`` queues a page, ``done`` says whether its analysis is ready, ``result`` waits for it.
    Both callables must be importable module-level functions (the processes are spawned).
    """

    def __init__(self, workers: int, spec, *, analyse, start):
        self.workers = workers
        self.spec = spec
        self.analyse = analyse
        self.start = start
        self._executor: ProcessPoolExecutor | None = None
        self._alone: ProcessPoolExecutor | None = None  # for pages whose process died

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        # spawn, not fork: the children must not inherit this process's database connections.
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(self.start, self.spec),
        )

    def submit(self, task: AnalysisTask) -> Submitted:
        if self._executor is None:
            self._executor = self._new_executor(self.workers)
        try:
            future = self._executor.submit(_analyse, self.analyse, task)
        except BrokenProcessPool:  # a worker died since the last page: a fresh pool for the next ones
            self._drop(self._executor)
            return self.submit(task)
        return Submitted(task, future, self._executor)

    @staticmethod
    def done(submitted: Submitted) -> bool:
        return submitted.future.done()

    def result(self, submitted: Submitted) -> PageAnalysis:
        try:
            return submitted.future.result()
        except (BrokenProcessPool, CancelledError):  # cancelled: by ``_drop`` of its broken executor
            self._drop(submitted.executor)
            return self._analyse_alone(submitted.task)

    def _analyse_alone(self, task: AnalysisTask) -> PageAnalysis:
        """A page whose process died, analysed again in a process that runs nothing else."""
        if self._alone is None:
            self._alone = self._new_executor(1)
        try:
            return self._alone.submit(_analyse, self.analyse, task).result()
        except BrokenProcessPool:
            self._alone.shutdown(wait=True)
            self._alone = None
            return PageAnalysis(FAILED, error=DIED)

    def _drop(self, executor: ProcessPoolExecutor) -> None:
        """Forget a broken executor (its surviving processes are stopped)."""
        if executor is self._executor:
            self._executor = None
        executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Cancel what has not started, let each process finish its page, and stop them."""
        for executor in (self._executor, self._alone):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._alone = None
