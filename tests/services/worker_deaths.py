"""Analysis functions for worker processes that die or cannot start (``test_batch.py``).

Module-level so that spawned workers can import them; not a test module.
"""

import os
import signal

from articles.services.analysis import run_task_in_worker

POISON = "【这一页让分析进程崩溃】"


def analyse_unless_poisoned(task):
    """The real analysis, except that a page holding ``POISON`` kills its process the way the
    kernel's out-of-memory killer does (SIGKILL: no cleanup, no exception)."""
    if POISON in task.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return run_task_in_worker(task)


def start_without_memory(spec):
    """A worker start that fails as loading the dictionaries would with too little memory."""
    raise MemoryError("无法为分词词典分配内存")
