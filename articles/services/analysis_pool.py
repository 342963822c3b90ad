"""Worker processes for page analysis that survive a worker's death.

``multiprocessing.Pool`` waits forever for a task whose process died (the kernel's out-of-memory
killer, a crash inside a native library such as the segmenter's) and restarts a worker whose
start-up fails again and again: the import hung with no message. Here a process pool from
``concurrent.futures`` reports both. A page whose process died is analysed again alone, in a
process of its own: if that one dies too, the page is the cause and is reported as failed; the
pages that were queued behind it are analysed again and imported as usual. A worker that cannot
start (its dictionaries cannot be loaded) answers every page with that reason instead. If no
process has ever got as far as its start-up and the one started for a page alone dies too,
processes cannot run here (a script that calls the import without an ``if __name__ == "__main__":``
guard makes every spawned process run it again): the pool then analyses in this process with
``fallback``. (A page that kills its process is not analysed here: it would kill the import.)
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import tempfile
import threading
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import wait

from articles.services.analysis import FAILED, AnalysisTask, PageAnalysis

logger = logging.getLogger(__name__)

DIED = "分析这一页时分析进程意外退出（可能是内存不足，或某个依赖库崩溃），这一页没有导入；其余页面照常导入"
COULD_NOT_START = "分析进程无法启动，这一页没有导入"
FELL_BACK = (
    "分析进程无法运行（两次都在启动时退出），其余页面改在本进程中分析（较慢）。"
    "如果是从脚本调用 import_seeds，请把调用放在 if __name__ == \"__main__\": 之下：否则每个分析进程都会重新运行这个脚本"
)
UNGUARDED = (
    "分析进程启动时重新运行了调用 import_seeds 的脚本：请把脚本里的调用放在 if __name__ == \"__main__\": 之下"
)


def starting_a_worker() -> bool:
    """This process is a spawned worker still running the importing process's main script: the
    script started an import at its top level, which must not run again here."""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))

# Worker-process side: why ``start`` failed in this process, if it did.
_start_error: str | None = None


def _start(start, spec_path: str, started) -> None:
    """The pool's initializer: ``start(spec)``, its failure kept for the pages instead of raised
    (a raising initializer breaks the pool before any page can say why).

    The spec (~300 KB of tables) comes in a file, not with the process: the importing process
    writes a new process's start-up data into a pipe, and a process that died before reading more
    than the pipe holds (64 KB) would leave that write, and the import, waiting forever."""
    global _start_error
    started.set()  # this process got past its bootstrap: processes can run here
    # Ctrl-C is the importing process's to handle: it stops the pool after the pages in hand.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_the_parent, daemon=True).start()
    try:
        with open(spec_path, "rb") as spec_file:
            spec = pickle.load(spec_file)  # written by this import's own process (AnalysisPool)
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


# The fork server listens on a Unix socket at <temporary directory>/pymp-XXXXXXXX/listener-XXXXXXXX,
# and a socket's path holds at most 107 bytes on Linux: a longer temporary directory cannot serve.
_SOCKET_PATH_MAX = 107
_SERVER_SOCKET_UNDER_TEMP = len("/pymp-xxxxxxxx/listener-xxxxxxxx")


def _fork_server_fits() -> bool:
    """Whether the fork server's socket path fits under the temporary directory (``TMPDIR``)."""
    return len(os.fsencode(tempfile.gettempdir())) + _SERVER_SOCKET_UNDER_TEMP <= _SOCKET_PATH_MAX


def _process_context():
    """Fresh processes, not forks of this one: they must not inherit its database connections. Where it
    can, they are forked from a server process that imported the analysis and loaded jieba's tables once
    (``analysis_preload``: ~750 regular expressions, the pinyin and IDF tables, ~1.8 s a process), else
    spawned, each loading them itself (Windows; a ``TMPDIR`` too long for the server's socket)."""
    if "forkserver" not in multiprocessing.get_all_start_methods() or not _fork_server_fits():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["articles.services.analysis_preload"])
    return context


@dataclass
class Submitted:
    """A page handed to the pool: its task, its future and the executor that runs it."""

    task: AnalysisTask
    future: Future
    executor: ProcessPoolExecutor | None  # None: analysed in this process (the pool fell back)


class AnalysisPool:
    """``workers`` processes that run ``analyse(task)`` after ``start(spec)``; started on first use.

    ``submit`` queues a page, ``done`` says whether its analysis is ready, ``result`` waits for it.
    Both callables must be importable module-level functions (the processes are not forks of this one).
    """

    def __init__(self, workers: int, spec, *, analyse, start, fallback=None):
        self.workers = workers
        self.spec = spec
        self.analyse = analyse
        self.start = start
        self.fallback = fallback  # analyses a task in this process when no process can
        self._executor: ProcessPoolExecutor | None = None
        self._alone: ProcessPoolExecutor | None = None  # for pages whose process died
        self._started = None  # an Event, made with the first executor: a process reached _start
        self._fell_back = False
        self._spec_path: str | None = None  # the spec, pickled for the processes (see _start)

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        context = _process_context()
        if self._started is None:
            self._started = context.Event()
        if self._spec_path is None:
            with tempfile.NamedTemporaryFile("wb", prefix="kexie-import-", suffix=".pickle", delete=False) as file:
                pickle.dump(self.spec, file, protocol=pickle.HIGHEST_PROTOCOL)
            self._spec_path = file.name
        return ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_start,
            initargs=(self.start, self._spec_path, self._started),
        )

    def submit(self, task: AnalysisTask) -> Submitted:
        if self._fell_back:
            return self._in_this_process(task)
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
            if submitted.executor is not None:
                self._drop(submitted.executor)
            if self._fell_back:
                return self.fallback(submitted.task)
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
            if self._started.is_set() or self.fallback is None:
                return PageAnalysis(FAILED, error=DIED)
            logger.warning(FELL_BACK)  # no process ever got as far as its start-up: none can run here
            self._fell_back = True
            self.close()
            return self.fallback(task)

    def _in_this_process(self, task: AnalysisTask) -> Submitted:
        future: Future = Future()
        future.set_result(self.fallback(task))
        return Submitted(task, future, None)

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
        if self._spec_path is not None:
            os.unlink(self._spec_path)
            self._spec_path = None
